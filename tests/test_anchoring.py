"""Where yearless and relative dates land: in a story told long after, in texts without a publication date,
around plans and named days. Every sentence here is our own, written for these tests."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.tagger import tag


def values(text: str, dct: date | None, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, lang)}


# A short history in each language: five explicit years far from the DCT make it a story.
HISTORY = {
    "de": (
        "Die Zunft der Glockengießer wurde 1702 gegründet. 1705 kam ein zweiter Ofen hinzu, 1709 ein dritter. "
        "Ein Brand zerstörte 1711 die Werkstatt. Heute erinnert nur eine Tafel daran. Der Wiederaufbau begann "
        "im März 1712. Am 2. April goss man die erste neue Glocke, am Abend wurde sie geweiht. Im Oktober "
        "folgte die zweite. Im Vorjahr hatte die Stadt den Bau bezahlt."
    ),
    "en": (
        "The bell founders' guild was set up in 1702. A second furnace followed in 1705 and a third in 1709. "
        "A fire destroyed the workshop in 1711. Today only a plaque recalls it. Rebuilding began in March 1712. "
        "On 2 April the first new bell was cast, and that evening it was blessed. The second followed in October. "
        "The previous year the town had paid for the work."
    ),
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_history_dates_stay_in_the_story(lang):
    found = values(HISTORY[lang], date(2021, 5, 4), lang)
    day = "2. April" if lang == "de" else "2 April"
    month = "Oktober" if lang == "de" else "October"
    assert found[day] == "1712-04-02"
    assert found[month] == "1712-10"
    present = "Heute" if lang == "de" else "Today"
    assert found[present] == "PRESENT_REF"  # a single "today" does not pull the story into the present
    previous = "Vorjahr" if lang == "de" else "The previous year"
    assert found[previous] == "1711"


def test_part_of_day_in_a_story_sits_on_the_story_day():
    found = {t.text: t.value for t in tag(HISTORY["de"], date(2021, 5, 4), "de")}
    assert found["Abend"] == "1712-04-02TEV"


@pytest.mark.parametrize(
    "text, lang, day, expected",
    [
        ("Der Sturm auf die Festung begann am 14. Juli 1789. Am 15. Juli zog der Rat ein.", "de", "15. Juli",
         "1789-07-15"),
        ("The siege ended on 14 July 1789. On 15 July the council moved in.", "en", "15 July", "1789-07-15"),
        ("Le siège prit fin le 14 juillet 1789. Le 15 juillet, le conseil s'installa.", "fr", "15 juillet",
         "1789-07-15"),
    ],
)
def test_narrative_date_without_a_dct(text, lang, day, expected):
    assert values(text, None, lang)[day] == expected


def test_story_moves_on_into_the_next_year():
    text = ("Die Belagerung begann im November 1683. Im Dezember fiel Schnee. Im Februar gaben die Verteidiger auf. "
            "Schon 1679 und 1680 hatte es Streit gegeben, 1681 einen Vertrag, 1682 den Bruch.")
    found = values(text, date(2020, 1, 1), "de")
    assert found["Dezember"] == "1683-12"
    assert found["Februar"] == "1684-02"


@pytest.mark.parametrize(
    "text, lang, season, expected",
    [
        ("The canal was begun in 1731, widened in 1734 and 1736, and flooded in 1738. "
         "In December 1740 the locks that had been built in the spring were closed.", "en", "the spring", "1740-SP"),
        ("Der Kanal wurde 1731 begonnen, 1734 und 1736 verbreitert und 1738 überflutet. Im Januar 1740 fror er zu. "
         "Im Winter standen alle Schleusen still.", "de", "Winter", "1740-WI"),
    ],
)
def test_season_of_a_story_is_that_of_the_year_it_is_at(text, lang, season, expected):
    # Not the season whose start lies nearest: a December looks back to its spring, a January to its winter
    assert values(text, date(2020, 1, 1), lang)[season] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Die Truppen erreichten den Fluss 1940. Am 22.6.41 überschritten sie die Grenze. 1942 kam der Winter, "
         "1943 die Wende, 1944 der Rückzug.", "de", "1941-06-22"),
        ("The regiment landed in 1940. By 6/22/41 it had crossed the river. 1942 brought winter, 1943 the turn, "
         "1944 the retreat.", "en", "1941-06-22"),
    ],
)
def test_two_digit_year_follows_the_story(text, lang, expected):
    assert expected in values(text, date(2015, 3, 1), lang).values()


def test_two_digit_year_of_a_range_takes_the_first_year_century():
    assert "1917" in values("The winter of 1916-17 was harsh.", date(2009, 1, 1), "en").values()


def test_two_digit_year_in_news_follows_the_dct():
    assert "1994" in values("Le contrat signé en 94 reste valable.", date(1996, 5, 2), "fr").values()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1990 the plant closed. The year before, it had cut its output.", "1989"),
        ("In 1990 the plant closed. The following year it reopened.", "1991"),
        ("In 1990 the plant closed. The year after, it reopened.", "1991"),
    ],
)
def test_year_before_counts_back_and_year_after_forward(text, expected):
    assert expected in values(text, date(2005, 1, 28), "en").values()


def test_day_before_a_weekday_is_counted_from_that_weekday():
    found = values("Lawyers met the day before last Tuesday's hearing.", date(2005, 1, 28), "en")
    assert found == {"the day before last Tuesday": "2005-01-24"}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Im dritten Quartal 2009 stieg der Absatz stärker als im gleichen Zeitraum des Vorjahres.", "de", "2008-Q3"),
        ("Im zweiten Quartal lag der Gewinn über dem des Vorjahresquartals.", "de", "2008-Q2"),
        ("Profit rose in the fourth quarter, compared with the year-earlier quarter.", "en", "2008-Q4"),
        ("Orders in the second quarter beat the same quarter a year earlier.", "en", "2008-Q2"),
    ],
)
def test_same_period_a_year_before(text, lang, expected):
    assert expected in values(text, date(2009, 11, 3), lang).values()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Freight volume climbed 6% in the second quarter. A year ago the railway was still losing money.", "en",
         {"A year ago": "2008-Q2"}),
        ("The brewery sold more beer in the third quarter; a year earlier, a wet summer had hurt sales.", "en",
         {"a year earlier": "2008-Q3"}),
        # The hyphenated modifier of any noun is the same comparison ("year-earlier sales", "a year-ago loss").
        ("The cannery earned $4 million in the third quarter, against a year-ago loss of $2 million.", "en",
         {"year-ago": "2008-Q3"}),
        ("Tile sales doubled in the second quarter. Year-earlier sales had suffered from a strike.", "en",
         {"Year-earlier": "2008-Q2"}),
        ("The brewery said the third quarter was strong. The latest quarter also brought new hires.", "en",
         {"The latest quarter": "2009-Q3"}),
        ("The bakery chain opened four shops in the second quarter and hired 50 bakers during the quarter.", "en",
         {"the quarter": "2009-Q2"}),
        # "the 2008 period" compares with the quarter reported on, which stays the one "the quarter" names.
        ("The ferry carried more cars in the second quarter than in the 2008 period; fuel was cheap in the quarter.",
         "en", {"the 2008 period": "2008-Q2", "the quarter": "2009-Q2"}),
        ("Im zweiten Quartal wuchs der Umsatz der Reederei. Vor einem Jahr hatte sie noch Schiffe verkauft.", "de",
         {"Vor einem Jahr": "2008-Q2"}),
        ("Die Molkerei steigerte im dritten Quartal den Gewinn, ein Jahr zuvor hatte die Dürre ihn gedrückt.", "de",
         {"ein Jahr zuvor": "2008-Q3"}),
        ("Le transporteur a gagné des clients au deuxième trimestre. Il y a un an, il en perdait.", "fr",
         {"Il y a un an": "2008-Q2"}),
        ("La laiterie a vendu plus au troisième trimestre ; un an plus tôt, la sécheresse pesait.", "fr",
         {"un an plus tôt": "2008-Q3"}),
    ],
)
def test_a_year_ago_in_a_quarterly_report_is_the_same_quarter(text, lang, expected):
    found = values(text, date(2009, 11, 3), lang)
    assert expected.items() <= found.items()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("A year ago the mayor opened the bridge.", "en", "2008"),
        ("Vor einem Jahr eröffnete die Bürgermeisterin die Brücke.", "de", "2008"),
        ("Il y a un an, la maire inaugurait le pont.", "fr", "2008"),
        ("The mill's profit fell short of year-earlier results.", "en", "2008"),
        ("The latest quarter was weak for the brewery.", "en", "2009-Q3"),
        ("The brewery's sales were weak for the quarter.", "en", "2009-Q3"),
        ("Im abgelaufenen Quartal sank der Absatz der Molkerei.", "de", "2009-Q3"),
    ],
)
def test_without_a_quarter_named_a_year_ago_is_a_year(text, lang, expected):
    assert list(values(text, date(2009, 11, 3), lang).values()) == [expected]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A past-tense clause announcing a day a few weeks ahead: this year's, not last year's.
        ("The cooperative declared a dividend payable Dec. 12.", "en", "2009-12-12"),
        ("Die Genossenschaft beschloss eine Dividende, zahlbar am 12. Dezember.", "de", "2009-12-12"),
        ("La coopérative a décidé un dividende payable le 12 décembre.", "fr", "2009-12-12"),
        # ... but a month in a past-tense clause is still the one gone by.
        ("Sales fell in December, the cooperative said.", "en", "2008-12"),
        # A future-tense clause about the quarter that just ended: its results are still to come.
        ("The cooperative will report third-quarter results next week.", "en", "2009-Q3"),
    ],
)
def test_tense_moves_a_date_a_year_only_when_it_is_clearly_on_the_wrong_side(text, lang, expected):
    assert expected in values(text, date(2009, 11, 3), lang).values()


def test_a_look_back_does_not_move_the_story():
    text = ("Der Feldzug von 1863 scheiterte. 1860, 1861 und 1862 hatte es schon Gefechte gegeben. Im Jahr 1864 "
            "begann ein neuer Angriff; im Vorjahr war die Armee geschlagen worden. Im Mai erreichte sie den Fluss.")
    found = values(text, date(2020, 1, 1), "de")
    assert found["Vorjahr"] == "1863"
    assert found["Mai"] == "1864-05"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Der Feldherr siegte 333 v. Chr. am Fluss.", "de", {"333 v. Chr.": "BC0333"}),
        ("Der Krieg der beiden Städte dauerte 431–404 v. Chr. an.", "de", {"431": "BC0431", "404 v. Chr.": "BC0404"}),
        ("Im 3. Jahrhundert v. Chr. wuchs die Stadt.", "de", {"3. Jahrhundert v. Chr.": "BC02"}),
        ("Im Jahr 476 dankte der letzte Kaiser ab.", "de", {"Im Jahr 476": "0476"}),
        ("The consul was murdered in 44 BC.", "en", {"44 BC": "BC0044"}),
        ("The town was buried in AD 79.", "en", {"AD 79": "0079"}),
        ("In the spring of 480 BC the fleet sailed.", "en", {"the spring of 480 BC": "BC0480-SP"}),
        ("La ville tomba en 52 av. J.-C. après un long siège.", "fr", {"52 av. J.-C.": "BC0052"}),
    ],
)
def test_years_before_and_after_christ(text, lang, expected):
    found = values(text, date(2021, 5, 4), lang)
    assert {key: found.get(key) for key in expected} == expected


def test_a_story_before_christ_moves_on_before_christ():
    text = ("Die Seeschlacht fand 480 v. Chr. statt. 479 v. Chr. folgte die Landschlacht, 478 v. Chr. der Bund, "
            "477 v. Chr. der erste Beitrag, 476 v. Chr. ein Friede. Im September zog die Flotte aus. Zwei Jahre "
            "später kam der Frieden.")
    found = values(text, date(2021, 5, 4), "de")
    assert found["September"] == "BC0476-09"
    assert found["Zwei Jahre später"] == "BC0474"


def test_bc_years_in_the_events_frame():
    from timeline import extract

    frame = extract("Die Stadt wurde 333 v. Chr. erobert. Im Jahr 476 fiel das Reich.", dct="2021-05-04", lang="de")
    bc = frame[frame["value"] == "BC0333"].iloc[0]
    assert bc["date_start"] is pd.NaT or pd.isna(bc["date_start"])
    assert (bc["year_start"], round(bc["year_end"])) == (-332.0, -331)  # astronomical: 333 BC is -332
    early = frame[frame["value"] == "0476"].iloc[0]
    assert str(early["date_start"])[:10] == "0476-01-01" and early["year_start"] == 476.0


def test_inferred_says_what_was_not_written():
    from timeline import extract

    frame = extract("Die Messe beginnt am 3. März. Am 22.6.41 fiel der Schuss. Der Vertrag von 2010 gilt.",
                    dct="2016-12-20", lang="de")
    by_text = dict(zip(frame["expression"], frame["inferred"]))
    assert by_text["3. März"].startswith("year taken from the publication date")
    assert by_text["22.6.41"] == "two-digit year expanded"
    assert by_text["2010"] == ""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Frist endet am 3. März.", {"3. März": "2017-03-03"}),
        ("Die Frist endet am 3. Jan. 2017 um Mitternacht.", {"3. Jan. 2017": "2017-01-03"}),
        ("Er schrieb am 3. Jan Müller einen Brief.", {}),
    ],
)
def test_day_month_keeps_the_full_stop_and_no_name_is_a_month(text, expected):
    found = values(text, date(2016, 12, 20), "de")
    assert {key: value for key, value in found.items() if "Jan" in key or "März" in key} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Nothing around it speaks of a day: nowadays.
        ("Die Bauern pflügen heute mit Maschinen, die ihre Großväter nicht kannten.", "PRESENT_REF"),
        ("Heute fragt kaum jemand mehr nach dem alten Zollhaus.", "PRESENT_REF"),
        # A time, another day word, a weekday or a past event make it the publication day.
        ("Der Stadtrat tagt heute ab 18 Uhr im Rathaus.", "2016-12-20"),
        ("Der Markt ist heute und morgen geöffnet.", "2016-12-20"),
        ("Heute wurde die neue Brücke für den Verkehr freigegeben.", "2016-12-20"),
        # "bis heute" ends a span today.
        ("Der Streit dauert bis heute an.", "2016-12-20"),
    ],
)
def test_german_heute_is_nowadays_unless_the_sentence_speaks_of_a_day(text, expected):
    (value,) = [value for found, value in values(text, date(2016, 12, 20), "de").items() if "heute" in found.lower()]
    assert value.startswith(expected)


def test_english_today_stays_the_publication_day():
    assert values("Farmers today plough with machines.", date(2016, 12, 20), "en")["today"] == "2016-12-20"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # Set against another time, "today" is nowadays, even where the other side of the comparison is past.
        ("The new chips sort the mail ten times faster than can be managed today.", "en", "PRESENT_REF"),
        ("Unlike today, few families owned a car.", "en", "PRESENT_REF"),
        ("Even today, the old ferry carries more bikes than cars.", "en", "PRESENT_REF"),
        ("Früher waren die Winter viel kälter als heute.", "de", "PRESENT_REF"),
        ("Les trains rouleront deux fois plus vite qu'aujourd'hui.", "fr", "PRESENT_REF"),
        ("Aujourd'hui encore, le vieux moulin tourne.", "fr", "PRESENT_REF"),
        # A comparison with a deadline, or another day in the sentence: the publication day.
        ("Applications must arrive no later than today.", "en", "2016-12-20"),
        ("Prices were higher than today, the dealer said yesterday.", "en", "2016-12-20"),
        ("Le ministre a annoncé qu'aujourd'hui les écoles restent fermées.", "fr", "2016-12-20"),
    ],
)
def test_today_in_a_comparison_is_nowadays(text, lang, expected):
    (value,) = [value for found, value in values(text, date(2016, 12, 20), lang).items()
                if found.lower() in ("today", "heute", "aujourd'hui")]
    assert value == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # Written on a Wednesday: "last Wednesday" is a week ago, "next Wednesday" a week ahead.
        ("The council met last Wednesday.", "en", "2016-12-07"),
        ("Der Rat tagte vergangenen Mittwoch.", "de", "2016-12-07"),
        ("Le conseil s'est réuni mercredi dernier.", "fr", "2016-12-07"),
        ("Le conseil se réunira mercredi prochain.", "fr", "2016-12-21"),
    ],
)
def test_a_weekday_said_last_or_next_on_that_weekday_is_a_week_away(text, lang, expected):
    assert expected in values(text, date(2016, 12, 14), lang).values()


@pytest.mark.parametrize(
    "text, lang, expression, expected",
    [
        # Written on Wednesday 19 June 2024. The only tense cue lies beyond a clause's reach of the weekday: it
        # still says which way the week goes.
        ("On Friday, after months of talks between the two unions and the management, the orchestra plans to "
         "announce its new season.", "en", "Friday", "2024-06-21"),
        ("Samedi soir, dans la salle des fêtes du village voisin, le club de football organisera son grand repas.",
         "fr", "Samedi soir", "2024-06-22TEV"),
        # "next to" is a place, no cue of the future.
        ("On Monday, in the car park next to the old railway station, three vans were destroyed by a fire.", "en",
         "Monday", "2024-06-17"),
    ],
)
def test_a_weekday_takes_the_nearest_cue_of_its_sentence(text, lang, expression, expected):
    assert values(text, date(2024, 6, 19), lang)[expression] == expected


@pytest.mark.parametrize(
    "text, lang, expression, expected",
    [
        # Written on Wednesday 12 June 2024. The date's own clause (a relative clause, a verb right before it, an
        # attribute) has its own tense, whatever the main clause's nearer cue says.
        ("The politician who died on Tuesday will be buried on Monday.", "en", "Tuesday", "2024-06-11"),
        ("The ferry that sank on Sunday will be raised next month.", "en", "Sunday", "2024-06-09"),
        ("The man who was arrested in Paris on Tuesday will appear in court on Friday.", "en", "Tuesday",
         "2024-06-11"),
        ("The team that will play on Saturday has won three games.", "en", "Saturday", "2024-06-15"),
        ("The bill passed on Tuesday will take effect in July.", "en", "Tuesday", "2024-06-11"),
        ("The mayor said on Tuesday he will resign.", "en", "Tuesday", "2024-06-11"),
        ("The singer who died in July will be honoured in the autumn.", "en", "July", "2023-07"),
        # "was coming" is the past progressive, no "coming week".
        ("Smoke was coming from the barn Friday evening when the firemen arrived.", "en", "Friday evening",
         "2024-06-07TEV"),
        ("Der am Dienstag verstorbene Politiker wird am Montag beigesetzt.", "de", "Dienstag", "2024-06-11"),
        ("Der im Juli verstorbene Dirigent wird im Herbst geehrt.", "de", "Juli", "2023-07"),
        ("Die Familie des am Sonntag verschollenen Bergsteigers wird am Freitag empfangen.", "de", "Sonntag",
         "2024-06-09"),
        ("Die am Freitag veröffentlichte Studie zeigt einen Rückgang.", "de", "Freitag", "2024-06-07"),
    ],
)
def test_a_date_takes_the_tense_of_its_own_clause(text, lang, expression, expected):
    assert values(text, date(2024, 6, 12), lang)[expression] == expected


@pytest.mark.parametrize(
    "text, lang, expression, expected",
    [
        # Written on Wednesday 12 June 2024: "since" counts from a time before the telling, in any tense.
        ("Seit Montag campieren Demonstranten vor dem Rathaus.", "de", "Montag", "2024-06-10"),
        ("Seit Dienstag steht fest, dass die Wahl wiederholt wird.", "de", "Dienstag", "2024-06-11"),
        ("Seit März sinken die Preise.", "de", "März", "2024-03"),
        ("Since Friday the protesters camp outside the town hall.", "en", "Friday", "2024-06-07"),
        ("Rebels will keep fighting the army they have fought since August.", "en", "August", "2023-08"),
        ("Depuis lundi, les manifestants campent devant la mairie.", "fr", "lundi", "2024-06-10"),
    ],
)
def test_a_date_after_since_lies_before_the_telling(text, lang, expression, expected):
    assert values(text, date(2024, 6, 12), lang)[expression] == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # Written on Wednesday 12 June 2024. The German Perfekt of a change told with "sein" and a separable
        # verb's participle, and with "haben" and a verb in "-ieren", is past like any other participle's.
        ("In Ulm ist am Montagabend eine Lagerhalle ausgebrannt.", "Montagabend", "2024-06-10TEV"),
        ("Zwei Lastwagen sind am Dienstag auf der A 8 zusammengestoßen.", "Dienstag", "2024-06-11"),
        ("Der Verein hat sich am Sonntag für das Pokalfinale qualifiziert.", "Sonntag", "2024-06-09"),
        ("Die Opposition hat den Plan am Montag scharf kritisiert.", "Montag", "2024-06-10"),
        # a state that starts at the date ("ab") is no past for its participle: the coming Monday
        ("Die Brücke ist ab Montag für den Verkehr gesperrt.", "Montag", "2024-06-17"),
        ("Ab Montag ist die Zufahrt zum Hafen abgesperrt.", "Montag", "2024-06-17"),
        # ...which a past auxiliary still puts before the telling
        ("Ab Montag war die Brücke gesperrt.", "Montag", "2024-06-10"),
    ],
)
def test_a_german_perfect_is_past_and_a_state_from_a_date_is_not(text, expression, expected):
    assert values(text, date(2024, 6, 12), "de")[expression] == expected


def test_a_german_day_before_a_count_is_a_date():
    # "am 21. März 97 Jahre": the figure after the day is a count of the noun after it, not the day's year
    assert values("Er wäre am 21. März 97 Jahre alt geworden.", date(2024, 6, 12), "de") == {"21. März": "2024-03-21"}
    assert values("Am 3. Mai 120 Mitarbeiter entlassen", date(2024, 6, 12), "de")["3. Mai"] == "2024-05-03"
    # a year or a time of day after it is still none of the day's own ("am 3. März 15 Uhr")
    assert "3. März" not in values("Am 3. März 15 Uhr beginnt die Sitzung.", date(2024, 6, 12), "de")


@pytest.mark.parametrize(
    "text, lang, expression, expected",
    [
        # Written on Wednesday 12 June 2024. A clause that a relative pronoun or subordinator opens, with a verb
        # of its own, has its own tense: told in the present it takes none from the main clause's past.
        ("The mayor, whose term ends in September, opened the new bridge.", "en", "September", "2024-09"),
        ("The museum, which reopens in October, lost two paintings.", "en", "October", "2024-10"),
        ("Der Bürgermeister, dessen Amtszeit im September endet, eröffnete die Halle.", "de", "September", "2024-09"),
        ("Die Brücke, die im Herbst saniert wird, wurde gesperrt.", "de", "Herbst", "2024-FA"),
        ("Le maire, dont le mandat s'achève en septembre, a inauguré le pont.", "fr", "septembre", "2024-09"),
        ("Le musée, qui rouvre en octobre, a perdu deux tableaux.", "fr", "octobre", "2024-10"),
        # ...told in the past it keeps its past
        ("The mayor, whose term ended in September, opened the new bridge.", "en", "September", "2023-09"),
        # ...and a future of the main clause still speaks for it
        ("The concert, which opens the festival in November, is set to be sold out.", "en", "November", "2024-11"),
        # ...and a phrase without a verb of its own still reads the main clause
        ("Sales fell, as in October, by a tenth.", "en", "October", "2023-10"),
        ("Die Preise stiegen, wie im Oktober, deutlich.", "de", "Oktober", "2023-10"),
        ("Der Bürgermeister, der Gastgeber des Fests im Oktober, eröffnete die Halle.", "de", "Oktober", "2023-10"),
        # a past in a relative clause before the date's clause is the story of its noun, not the date's tense
        ("Die Sängerin, die 1985 berühmt wurde, gibt am 14. September ein Konzert.", "de", "14. September",
         "2024-09-14"),
        ("Der Trainer, der den Verein 2019 übernommen hatte, verlängert am Montag seinen Vertrag.", "de", "Montag",
         "2024-06-17"),
        # ...while a future there still speaks for its clause, and a subordinator's clause tells the same time
        ("The team leaves Friday for Pittsburgh, where it will face the Steelers.", "en", "Friday", "2024-06-14"),
        ("On Friday, when the minister cut short her holiday, the ministry lifted the warning.", "en", "Friday",
         "2024-06-07"),
    ],
)
def test_a_subordinate_clause_in_the_present_takes_no_past_from_the_main_clause(text, lang, expression, expected):
    assert values(text, date(2024, 6, 12), lang)[expression] == expected


@pytest.mark.parametrize(
    "text, lang, expression, expected",
    [
        # Written on Wednesday 12 June 2024: a rule coming into force, told in the present, is yet to; a state
        # opened by a date ("ab", "starting") leans neither way, so the nearer December is the coming one.
        ("The new rules take effect Dec. 1.", "en", "Dec. 1", "2024-12-01"),
        ("The ban goes into effect in November.", "en", "November", "2024-11"),
        ("Starting Dec. 1, the fees rise.", "en", "Dec. 1", "2024-12-01"),
        ("Das Gesetz tritt am 1. Dezember in Kraft.", "de", "1. Dezember", "2024-12-01"),
        ("Ab 1. Dezember gilt die neue Regel.", "de", "1. Dezember", "2024-12-01"),
        ("La loi entre en vigueur le 1er décembre.", "fr", "1er décembre", "2024-12-01"),
        ("À partir du 1er décembre, les tarifs augmentent.", "fr", "1er décembre", "2024-12-01"),
        # A past cue still decides; a start a few days back is in force now.
        ("The ban did not take effect until Dec. 1.", "en", "Dec. 1", "2023-12-01"),
        ("Starting Dec. 1, the fees rose.", "en", "Dec. 1", "2023-12-01"),
        ("Das Gesetz trat am 1. Dezember in Kraft.", "de", "1. Dezember", "2023-12-01"),
        ("La loi est entrée en vigueur le 1er décembre.", "fr", "1er décembre", "2023-12-01"),
        ("Ab 3. Juni gilt die neue Regel.", "de", "3. Juni", "2024-06-03"),
    ],
)
def test_a_rule_coming_into_force_lies_ahead(text, lang, expression, expected):
    assert values(text, date(2024, 6, 12), lang)[expression] == expected


@pytest.mark.parametrize(
    "text, lang, expression, expected",
    [
        # Written on Wednesday 12 June 2024. A report's verb tells when something was said, not when what was
        # said happens: a clause of its own before the report keeps its own tense, or none.
        ("A decision is possible in September at the earliest, the governor said.", "en", "September", "2024-09"),
        ("The plant closes in August, the company said on Monday.", "en", "August", "2024-08"),
        ("Eine Entscheidung falle im September, sagte der Minister.", "de", "September", "2024-09"),
        ("Der Prozess beginne am Montag, teilte das Gericht mit.", "de", "Montag", "2024-06-17"),
        # ...but a phrase set off by a comma has no verb of its own: the report's verb is its verb
        ("In September, it announced plans to sell the unit.", "en", "September", "2023-09"),
        ("Over the weekend, officials confirmed the reports.", "en", "the weekend", "2024-W23-WE"),
        # ...and the report does not hide the reported clause's own past
        ("Der Mann sei am Dienstag festgenommen worden, sagte die Polizei.", "de", "Dienstag", "2024-06-11"),
        ("The accident happened in May, police said.", "en", "May", "2024-05"),
    ],
)
def test_a_report_gives_no_tense_to_the_clause_it_reports(text, lang, expression, expected):
    assert values(text, date(2024, 6, 12), lang)[expression] == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # Written on Wednesday 12 June 2024: "would" after a past "said" is the future of the saying, days ago.
        ("The minister said the new law would take effect in September.", "September", "2024-09"),
        ("Organisers said the festival would return in the autumn.", "the autumn", "2024-FA"),
        ("Analysts said the bank would cut rates in late July or August.", "August", "2024-08"),
        # "would have" is a past that did not happen.
        ("He said the bridge would have reopened in April without the flood.", "April", "2024-04"),
        # A weekday lies within the days between the saying and the telling either way: the saying's tense stays.
        ("Officials said they would meet again on Monday.", "Monday", "2024-06-10"),
        # "last" is also a verb ("will last until"): no past cue
        ("Construction will begin in August and last until the end of 2025.", "August", "2024-08"),
    ],
)
def test_would_after_a_past_saying_points_ahead(text, expression, expected):
    assert values(text, date(2024, 6, 12), "en")[expression] == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # Written on Wednesday 12 June 2024: a strong verb's preterite tells the past like a weak one's, whether
        # plain, after a separable or an inseparable prefix, or in the plural.
        ("Ein Haftrichter erließ am Dienstag Haftbefehl.", "Dienstag", "2024-06-11"),
        ("Am Montag erlitt der Fahrer schwere Verletzungen.", "Montag", "2024-06-10"),
        ("Der Täter floh am Sonntag in einem grauen Kombi.", "Sonntag", "2024-06-09"),
        ("Die Partei wies am Montag alle Vorwürfe zurück.", "Montag", "2024-06-10"),
        ("Die Versammlung, die am Dienstag stattfand, verlief ruhig.", "Dienstag", "2024-06-11"),
        ("Unbekannte stahlen am Montag zwei Fahrräder aus dem Keller.", "Montag", "2024-06-10"),
        ("Im Oktober übernahmen die neuen Eigentümer das Hotel.", "Oktober", "2023-10"),
        # The plural of "verschieben" is its participle: a passive of the present, the coming Friday.
        ("Die Abstimmung wird auf Freitag verschoben.", "Freitag", "2024-06-14"),
        # Nouns written like a preterite ("Schloss", "Verbot") are capitalised and tell no tense.
        ("Am Freitag zeigt das Schloss ein Verbot für Drohnen.", "Freitag", "2024-06-14"),
    ],
)
def test_a_strong_verbs_preterite_tells_the_past(text, expression, expected):
    assert values(text, date(2024, 6, 12), "de")[expression] == expected


@pytest.mark.parametrize(
    "text",
    [
        "La chorale fera un concert dimanche à l'église.",
        "Les randonneurs ont rendez-vous dimanche devant la mairie.",
        "Le marché aux fleurs aura lieu dimanche sur la place.",
    ],
)
def test_french_plans_point_forward(text):
    assert "2016-12-18" in values(text, date(2016, 12, 14), "fr").values()


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Der Mann soll in der Nacht des 14. August eingebrochen sein.", "de"),
        ("The suspect will be charged over the break-in on Aug. 14.", "en"),
        ("Le suspect sera jugé pour le cambriolage du 14 août.", "fr"),
    ],
)
def test_a_future_cue_does_not_push_a_day_just_gone_into_next_year(text, lang):
    assert any(value.startswith("2015-08-14") for value in values(text, date(2015, 8, 19), lang).values())


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Am 3. Mai 1916 erreichte das Heer Lemberg (seit 1772 österreichisch). Am 9. Mai zog es weiter.", "de",
         "1916-05-09"),
        ("On 3 May 1916 the army reached Lemberg (Austrian since 1772). On 9 May it marched on.", "en",
         "1916-05-09"),
        ("Le 3 mai 1916, l'armée atteignit Lemberg (autrichienne depuis 1772). Le 9 mai, elle repartit.", "fr",
         "1916-05-09"),
    ],
)
def test_a_year_in_parentheses_does_not_move_the_story(text, lang, expected):
    assert expected in values(text, None, lang).values()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Im März 1862 siegte die Flotte. Die Brüder raubten bis 1881 Banken aus. Im Mai fiel die Stadt.", "de",
         "1862-05"),
        ("In March 1862 the fleet won. The brothers robbed banks until 1881. In May the town fell.", "en",
         "1862-05"),
        ("En mars 1862, la flotte gagna. Les frères pillèrent des banques jusqu'en 1881. En mai, la ville tomba.",
         "fr", "1862-05"),
    ],
)
def test_a_year_bounding_a_span_does_not_move_the_story(text, lang, expected):
    assert expected in values(text, None, lang).values()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Im März 1862 siegte die Flotte. Sie brach das Zollgesetz von 1841. Im Mai fiel die Stadt.", "de", "1862-05"),
        ("In March 1862 the fleet won. It broke the Customs Act of 1841. In May the town fell.", "en", "1862-05"),
        ("En mars 1862, la flotte gagna. Elle viola la Charte de 1841. En mai, la ville tomba.", "fr", "1862-05"),
        # not a name: a time of the story, and a range the year opens
        ("Im März 1862 siegte die Flotte. In den Monaten von 1864 bis 1866 ruhte sie. Im Mai fiel die Stadt.", "de",
         "1864-05"),
        ("In March 1862 the fleet won. In the last weeks of 1864 it rested. In May the town fell.", "en", "1864-05"),
    ],
)
def test_a_year_dating_a_name_does_not_move_the_story(text, lang, expected):
    assert expected in values(text, None, lang).values()


@pytest.mark.parametrize(
    "text, lang, dct, expected",
    [
        # a month that bounds a span does not move the story either: "zuvor" and "later" count from the story's
        # own time
        ("Es ist sein erster Besuch in Rom seit Juli 2010. Neun Monate zuvor war er in Madrid.", "de",
         date(2024, 6, 19), "2023-09"),
        ("Im März 1862 siegte die Flotte. Der Hafen blieb bis Mai 1864 gesperrt. Im August fiel die Stadt.", "de",
         None, "1862-08"),
        ("In March 1862 the fleet won. The port stayed closed until May 1864. In August the town fell.", "en",
         None, "1862-08"),
        ("En mars 1862, la flotte gagna. Le port, fermé depuis mai 1860, resta fermé. En août, la ville tomba.",
         "fr", None, "1862-08"),
    ],
)
def test_a_month_bounding_a_span_does_not_move_the_story(text, lang, dct, expected):
    assert expected in values(text, dct, lang).values()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # Written on Tuesday 6 October 2015 (ISO week 41).
        ("Die Feuerwehr rückte am Wochenende zweimal aus.", "de", "2015-W40-WE"),
        ("Am vergangenen Wochenende gewann die Mannschaft.", "de", "2015-W40-WE"),
        ("Am kommenden Wochenende spielt die Mannschaft auswärts.", "de", "2015-W42-WE"),
        ("Das Museum öffnet am Wochenende seine Türen.", "de", "2015-W41-WE"),
        ("The ambassador said over the weekend that talks had failed.", "en", "2015-W40-WE"),
        ("Les coureurs se sont rendus ce week-end à Annecy.", "fr", "2015-W40-WE"),
        ("Les coureurs iront ce week-end à Annecy.", "fr", "2015-W41-WE"),
    ],
)
def test_a_weekend_told_in_the_past_on_a_weekday_is_the_one_gone_by(text, lang, expected):
    assert expected in values(text, date(2015, 10, 6), lang).values()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Twenty-one years ago the ferry sank.", "en", "1995"),
        ("Vor einundzwanzig Jahren sank die Fähre.", "de", "1995"),
        ("Il y a vingt et un ans, le ferry a coulé.", "fr", "1995"),
    ],
)
def test_compound_number_words_count_back(text, lang, expected):
    assert list(values(text, date(2016, 12, 20), lang).values()) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Den Husten hat sie den ganzen Sommer mitgeschleppt.", "2015-SU"),
        ("Nach diesem nassen Frühling blühen die Wiesen spät.", "2015-SP"),
    ],
)
def test_a_german_season_with_an_adjective(text, expected):
    assert expected in values(text, date(2015, 9, 12), "de").values()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The station first broadcast in nineteen fifty-four.", {"nineteen fifty-four": "1954"}),
        ("The mill closed in March nineteen eighty-one.", {"March nineteen eighty-one": "1981-03"}),
        ("By the year two thousand and ten the line was electric.", {"the year two thousand and ten": "2010"}),
        ("Nineteen twenty people signed the letter.", {}),
    ],
)
def test_english_years_said_in_words(text, expected):
    assert values(text, date(2016, 12, 20), "en") == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The harvest ended in the last week of August 1921.", "en"),
        ("Die Ernte endete in der letzten Augustwoche 1921.", "de"),
        ("La moisson s'acheva la dernière semaine d'août 1921.", "fr"),
    ],
)
def test_the_last_week_of_a_month_is_a_week(text, lang):
    # 31 August 1921 was a Wednesday: the last week with most of its days in August is 22-28 August (ISO week 34).
    assert list(values(text, date(2016, 12, 20), lang).values()) == ["1921-W34"]


def test_german_of_the_weekend_is_the_weekend_gone_by():
    found = values("Die Ergebnisse vom Wochenende stehen auf Seite drei.", date(2015, 10, 6), "de")
    assert found == {"Wochenende": "2015-W40-WE"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Written on Wednesday 27 November 2013. A passive after "be" is no past cue; "were held" is.
        ("The verdict will be read out on Thursday.", "2013-11-28"),
        ("The final hearings were held on Thursday in the old town hall.", "2013-11-21"),
        ("The ferry crossing is set for Thursday.", "2013-11-28"),
        # A future auxiliary governs its whole clause, however long.
        ("Snow will keep falling across the northern valleys overnight and into Thursday.", "2013-11-28"),
        # A cue in the date's own clause comes before a nearer one across a comma.
        ("The old mill, which was sold on Thursday, will become a library.", "2013-11-21"),
        ("The new fees, the council said on Thursday, will apply to every household.", "2013-11-21"),
        # Verbs in "-ceed" are no past forms.
        ("Ms. Lind will succeed the old director on Thursday, after the annual meeting.", "2013-11-28"),
    ],
)
def test_tense_cues_of_the_whole_clause(text, expected):
    assert expected in values(text, date(2013, 11, 27), "en").values()


def test_a_distant_past_verb_does_not_push_a_planned_month_back_a_year():
    text = "The museum has selected four young painters for a residency that runs until June."
    assert values(text, date(2013, 3, 18), "en")["June"] == "2013-06"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Written on Wednesday 27 November 2013. A participle with "werden" in its clause is a passive, no past.
        ("Der neue Bürgermeister wird am Donnerstag gewählt.", "2013-11-28"),
        ("Die Brücke soll am Donnerstag wieder geöffnet werden.", "2013-11-28"),
        ("Die Brücke ist am Donnerstag wieder geöffnet worden.", "2013-11-21"),
        ("Der Rat hat am Donnerstag gewählt, die Ergebnisse werden bald veröffentlicht.", "2013-11-21"),
    ],
)
def test_german_passive_is_no_past(text, expected):
    assert expected in values(text, date(2013, 11, 27), "de").values()


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # Written on 14 May 2020: a day after "this/last/next <month>" or before "next year" belongs to it.
        ("At the hearing this February 24, the judge spoke first.", "this February 24", "2020-02-24"),
        ("The rule took effect last June 12.", "last June 12", "2019-06-12"),
        ("The ballot is due on March 3 next year.", "March 3 next year", "2021-03-03"),
        ("Last June 3,000 people came.", "Last June", "2019-06"),  # a count, not a day
    ],
)
def test_a_day_with_a_relative_month(text, expression, expected):
    assert values(text, date(2020, 5, 14), "en").get(expression) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Written on Wednesday 19 June 2024. The night into a weekday is that weekday's, not tonight.
        ("In der Nacht zu Sonntag wurde in eine Bäckerei eingebrochen.", {"Sonntag": "2024-06-16"}),
        ("Die Nacht zum Freitag soll frostig werden.", {"Freitag": "2024-06-21"}),
        ("In der Nacht vom Freitag auf Samstag fiel der Strom aus.",
         {"Nacht vom Freitag auf Samstag": "2024-06-14TNI"}),
    ],
)
def test_german_night_into_a_weekday(text, expected):
    assert values(text, date(2024, 6, 19), "de") == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # A night from one day of a month to the next is the first day's, with the second day's month and year,
        # which is an expression of its own (as the gold corpora annotate it); not the publication night.
        ("de", "In der Nacht vom 4. auf den 5. März 1801 brannte die Scheune.",
         {"Nacht vom 4.": "1801-03-04TNI", "5. März 1801": "1801-03-05"}),
        ("de", "Die Fähre sank in der Nacht vom 30. zum 31. Mai.",
         {"Nacht vom 30.": "2024-05-30TNI", "31. Mai": "2024-05-31"}),
        ("en", "On the night of 4-5 March 1801 the barn burned.",
         {"the night of 4": "1801-03-04TNI", "5 March 1801": "1801-03-05"}),
        ("fr", "Dans la nuit du 4 au 5 mars 1801, la grange a brûlé.",
         {"la nuit du 4": "1801-03-04TNI", "5 mars 1801": "1801-03-05"}),
        ("fr", "Dans la nuit de vendredi à samedi, le courant a été coupé.",
         {"la nuit de vendredi à samedi": "2024-06-14TNI"}),
        # ...and with the first day's month written too, the year of the second date
        ("de", "Die Scheune brannte in der Nacht vom 4. März auf den 5. März 1801.",
         {"in der Nacht vom 4. März": "1801-03-04TNI", "5. März 1801": "1801-03-05"}),
        ("en", "The barn burned on the night of 4 March - 5 March 1801.",
         {"the night of 4 March": "1801-03-04TNI", "5 March 1801": "1801-03-05"}),
    ],
)
def test_a_night_between_two_days_is_the_first_day_s(lang, text, expected):
    assert values(text, date(2024, 6, 19), lang) == expected


def test_a_story_goes_on_from_the_later_day_of_a_night():
    text = "In der Nacht vom 4. auf den 5. August 1801 griff das Heer an. Am Morgen kam Nebel auf."
    assert values(text, date(2024, 6, 19), "de")["Morgen"] == "1801-08-05TMO"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of counts before "ago" or "later" is one expression, read at its farther end
        ("The shop opened five or six years ago.", {"five or six years ago": "2018"}),
        ("He left 10-12 years ago.", {"10-12 years ago": "2012"}),
        # a range of durations stays two durations
        ("The trial will last two or three weeks.", {"two": "P2W", "three weeks": "P3W"}),
    ],
)
def test_a_range_of_counts_before_ago_is_one_date(text, expected):
    assert values(text, date(2024, 6, 19), "en") == expected


# A story (five years far from the DCT) that ends on a plan of the writer's own time.
STORY_WITH_A_PLAN = {
    "en": ("The mill opened in 1821 and burnt down in 1840. It was rebuilt in 1846, enlarged in 1859 and closed in "
           "1902. A book on its history is due to be published in May."),
    "de": ("Die Mühle wurde 1821 eröffnet und brannte 1840 ab. Sie wurde 1846 wieder aufgebaut, 1859 erweitert und "
           "1902 geschlossen. Ein Buch über ihre Geschichte soll im Mai erscheinen."),
    "fr": ("Le moulin a ouvert en 1821 et a brûlé en 1840. Il a été reconstruit en 1846, agrandi en 1859 et fermé en "
           "1902. Un livre sur son histoire est prévu en mai."),
}


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_plan_in_a_story_points_ahead_of_the_dct(lang):
    found = values(STORY_WITH_A_PLAN[lang], date(2019, 2, 11), lang)
    month = {"en": "May", "de": "Mai", "fr": "mai"}[lang]
    assert found[month] == "2019-05"
    assert found["1902"] == "1902"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_story_told_in_the_historic_present_stays_in_the_story(lang):
    text = {"en": "The mill opened in 1821, burnt down in 1840, was rebuilt in 1846, enlarged in 1859 and closed in "
                  "1902. In May the town will buy the ruin.",
            "de": "Die Mühle wurde 1821 eröffnet, brannte 1840 ab, wurde 1846 aufgebaut, 1859 erweitert und 1902 "
                  "geschlossen. Im Mai wird die Stadt die Ruine kaufen."}[lang]
    found = values(text, date(2019, 2, 11), lang)
    assert found["May" if lang == "en" else "Mai"] == "1902-05"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Am Donnerstag wird das Stadion eröffnet. Um 15 Uhr spielt die Jugendmannschaft.", "de",
         {"15 Uhr": "2020-10-08T15:00"}),
        ("Die Gäste kamen am Dienstag an. Am Abend gab es ein Konzert im Park.", "de",
         {"Abend": "2020-10-06TEV"}),
        ("Die Gäste kamen am Dienstag an. Es gab am Abend ein Konzert im Park.", "de",
         {"Abend": "2020-10-06TEV"}),
        ("The ferry sailed on Tuesday. At 6 p.m. it reached the island.", "en", {"6 p.m.": "2020-10-06T18:00"}),
        # A time further into its sentence, as in a listing, stays on the publication day.
        ("Der Basar ist am Dienstag geöffnet. Konzert im Pfarrsaal, 20 Uhr.", "de", {"20 Uhr": "2020-10-07T20:00"}),
    ],
)
def test_a_time_opening_a_sentence_belongs_to_the_day_just_named(text, lang, expected):
    found = values(text, date(2020, 10, 7), lang)
    for expression, value in expected.items():
        assert found[expression] == value


@pytest.mark.parametrize(
    ("text", "lang", "expression"),
    [
        ("Die Beratung ist jeden zweiten Dienstag im Monat geöffnet.", "de", "jeden zweiten Dienstag im Monat"),
        ("Der Stammtisch trifft sich am ersten Freitag jedes Monats.", "de", "ersten Freitag jedes Monats"),
        ("The book club meets every last Thursday of the month.", "en", "every last Thursday of the month"),
        ("Residents can drop off old paint on the third Saturday of each month.", "en",
         "the third Saturday of each month"),
        ("La bibliothèque ferme chaque premier lundi du mois.", "fr", "chaque premier lundi du mois"),
        ("Updates come out on the second Tuesday of every month.", "en", "the second Tuesday of every month"),
        ("Updates erscheinen am zweiten Dienstag jedes Monats.", "de", "zweiten Dienstag jedes Monats"),
        ("Les mises à jour sortent le deuxième mardi de chaque mois.", "fr", "le deuxième mardi de chaque mois"),
    ],
)
def test_a_weekday_of_every_month_is_a_monthly_set(text, lang, expression):
    """A habit, not one Tuesday: no row on the axis for it (nor one to merge with another article's Tuesday)."""
    assert [(t.text, t.type, t.value) for t in tag(text, date(2020, 10, 7), lang)] == [(expression, "SET", "P1M")]


@pytest.mark.parametrize(
    ("text", "lang", "dct", "expected"),
    [
        ("Orders slumped at the end of the year, the firm said.", "en", date(2021, 2, 9), "2020"),
        ("Orders will pick up at the end of the year.", "en", date(2021, 2, 9), "2021"),
        ("Die Aufträge brachen Ende des Jahres ein.", "de", date(2021, 2, 9), "2020"),
        ("The new line will open at the beginning of the year.", "en", date(2021, 11, 9), "2022"),
        ("The new line opened at the beginning of the year.", "en", date(2021, 11, 9), "2021"),
    ],
)
def test_the_end_of_the_year_told_in_the_past_early_in_a_year_is_last_years(text, lang, dct, expected):
    assert list(values(text, dct, lang).values()) == [expected]


def test_a_meeting_set_for_a_month_lies_ahead():
    text = "The first talks failed in 1994. A new round is now set for Vienna in June."
    assert values(text, date(2009, 4, 2), "en")["June"] == "2009-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Kurse beginnen am 4., 11., und 18. März.", {"4.": "2021-03-04", "11.": "2021-03-11",
                                                        "18. März": "2021-03-18"}),
        ("Die Ausstellung soll vom 2. bis zum 6. Juni laufen.", {"2.": "2021-06-02", "6. Juni": "2021-06-06"}),
        # An event announced in the present lies ahead.
        ("Das Sommerfest findet am 12. Juni statt.", {"12. Juni": "2021-06-12"}),
        ("Das Sommerfest fand am 12. Juni statt.", {"12. Juni": "2020-06-12"}),
    ],
)
def test_german_day_lists_and_announced_events(text, expected):
    assert values(text, date(2021, 1, 20), "de") == expected


def test_a_year_before_quarter_is_the_quarter_reported_on_in_that_year():
    text = ("Profit rose 8% in the second quarter, the brewer said. Sales were $40 million, against $37 million in "
            "the 2003 quarter.")
    found = values(text, date(2004, 8, 2), "en")
    assert found["the 2003 quarter"] == "2003-Q2"
    assert values("Sales in the 2003 period were flat.", date(2004, 8, 2), "en") == {"the 2003 period": "2003"}


def test_a_german_week_told_in_the_present_lies_ahead():
    # Thursday 21 March 2019: a diary of the coming days in the present, as German says the future.
    diary = ("Am Freitag fahre ich nach Innsbruck. Am Samstag besuche ich meine Schwester. Am Montag beginnt die "
             "Messe, am Dienstag reise ich zurück. Am Mittwoch hat der Ausschuss getagt.")
    found = values(diary, date(2019, 3, 21), "de")
    assert [found[day] for day in ("Freitag", "Samstag", "Montag", "Dienstag")] == [
        "2019-03-22", "2019-03-23", "2019-03-25", "2019-03-26"]
    assert found["Mittwoch"] == "2019-03-20"  # told in the past: the one gone by



@pytest.mark.parametrize("text, expected", [
    # Perfekt with a participle that does not start with "ge-": a separable verb, an inseparable prefix.
    ("Am Montag hat die Landesregierung ein neues Schulgesetz angekündigt.", "2019-03-18"),
    ("Am Dienstag haben die Abgeordneten den Haushalt verabschiedet.", "2019-03-19"),
    ("Heute hat der Gemeinderat beschlossen, die Gebühren zu senken.", "2019-03-21"),
    # ... and at the end of a subordinate clause, the form of "haben" after the participle
    ("Das ist das Ergebnis eines Treffens, das am Montag im großen Sitzungssaal des Rathauses stattgefunden hat.",
     "2019-03-18"),
    ("Das sind die Regeln, die der Stadtrat am Dienstag verabschiedet hat.", "2019-03-19"),
    # "zu" before the infinitive and "haben" after it: a duty, still ahead
    ("Das ist der Antrag, über den die Stadträte am Montag zu entscheiden haben.", "2019-03-25"),
    # an infinitive after "zu" is no participle: still nowadays
    ("Heute hat ein Sparer wenig zu verlieren.", "PRESENT_REF"),
    # no form of "haben": the present still points ahead
    ("Am Montag eröffnet die Landesregierung die Messe.", "2019-03-25"),
])
def test_german_perfekt_without_ge_is_past(text, expected):
    # Thursday 21 March 2019
    (value,) = values(text, date(2019, 3, 21), "de").values()
    assert value == expected


@pytest.mark.parametrize(
    "text, lang, day, expected",
    [
        ("The abbey was founded in 1702, enlarged in 1705 and 1709, and burnt in 1711. Its rebuilding began on "
         "3 May 1714. On 18 December the new roof was finished.", "en", "18 December", "1714-12-18"),
        ("Das Kloster wurde 1702 gegründet, 1705 und 1709 erweitert und brannte 1711 ab. Im März 1714 begann der "
         "Wiederaufbau. Im November stand das neue Dach.", "de", "November", "1714-11"),
    ],
)
def test_a_story_goes_on_within_its_year(text, lang, day, expected):
    # Not the nearer date of the year before: a story told in order does not step back a year
    assert values(text, date(2020, 1, 1), lang)[day] == expected


def test_a_date_a_few_weeks_back_is_a_look_back():
    text = ("The abbey was founded in 1702, enlarged in 1705 and 1709, and burnt in 1711. On 3 January 1714 the "
            "monks returned; the fire had gone out on 20 December.")
    assert values(text, date(2020, 1, 1), "en")["20 December"] == "1713-12-20"


@pytest.mark.parametrize(
    "text, lang, day, expected",
    [
        ("Chronik\n\n1702\n\nDie Zunft wurde 1702 gegründet, 1705 und 1709 erweitert. Im Winter beriet der Rat "
         "über den Neubau, der erst am 4. Mai 1711 begann.\n\nDie Gießerei am Fluss\n\nIm Juli goss man dort die "
         "erste Glocke.", "de", "Juli", "1702-07"),
        ("Chronicle\n\n1702\n\nThe guild was set up in 1702 and grew in 1705 and 1709. In the winter the council "
         "debated the new hall, begun only on 4 May 1711.\n\nThe foundry by the river\n\nIn July the first bell "
         "was cast there.", "en", "July", "1702-07"),
    ],
)
def test_a_section_under_a_year_heading_starts_at_that_year(text, lang, day, expected):
    # The previous section ended on a look ahead (1711): the undated heading opens a new part of 1702's story
    assert values(text, date(2020, 1, 1), lang)[day] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expression", "expected"),
    [
        ("The mill opened in 1874. A decade earlier the river had been dammed.", "en", "A decade earlier", "1864"),
        ("The fleet was burned in 330 BC. A century earlier the harbour had been built.", "en",
         "A century earlier", "BC0430"),
        ("Die Mühle wurde 1874 eröffnet. Ein Jahrzehnt später brannte sie ab.", "de", "Ein Jahrzehnt später", "1884"),
        ("Le moulin ouvrit en 1874. Une décennie plus tard, il brûla.", "fr", "Une décennie plus tard", "1884"),
    ],
)
def test_counted_decades_from_a_year_are_years(text, lang, expression, expected):
    assert values(text, date(2021, 5, 4), lang)[expression] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expression"),
    [
        ("The canal was dug in the 1930s. Thirty years earlier the valley had been a marsh.", "en",
         "Thirty years earlier"),
        ("In den 1930er Jahren wurde der Kanal gegraben. Dreißig Jahre zuvor war das Tal ein Sumpf.", "de",
         "Dreißig Jahre zuvor"),
        ("Le canal fut creusé dans les années 1930. Trente ans plus tôt, la vallée était un marais.", "fr",
         "Trente ans plus tôt"),
    ],
)
def test_years_counted_from_a_decade_move_the_decade(text, lang, expression):
    assert values(text, date(2021, 5, 4), lang)[expression] == "190"


# Years before Christ are reckoned within Python's calendar (normalize.BC_SHIFT), so the offsets stay inside it.
@settings(max_examples=40, deadline=None)
@given(year=st.integers(1000, 2000), bc_year=st.integers(1, 1500), before_christ=st.booleans(),
       num=st.integers(2, 9), unit=st.sampled_from(["years", "decades", "centuries"]), later=st.booleans())
def test_a_counted_offset_from_a_year_is_a_year(year, bc_year, before_christ, num, unit, later):
    written = f"{bc_year} BC" if before_christ else str(year)
    text = f"The town fell in {written}. {num} {unit} {'later' if later else 'earlier'} it was rebuilt."
    found = [t for t in tag(text, date(2021, 5, 4), "en") if t.text.endswith(("later", "earlier"))]
    assert len(found) == 1
    assert re.fullmatch(r"BC\d{4}|\d{4}", found[0].value), found[0].value


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Der Feldzug von 1863 scheiterte. 1860, 1861 und 1862 hatte es schon Gefechte gegeben. Im Jahr 1864 "
         "begann ein neuer Angriff. Im letzten Jahr war die Armee geschlagen worden. Im Mai erreichte sie den Fluss.",
         "de", {"letzten Jahr": "1863", "Mai": "1864-05"}),
        ("Der Feldzug von 1863 scheiterte. 1860, 1861 und 1862 hatte es schon Gefechte gegeben. Im Jahr 1864 "
         "begann ein neuer Angriff, der bis ins Frühjahr des nächsten Jahres dauerte.",
         "de", {"Frühjahr des nächsten Jahres": "1865-SP"}),
        ("The canal was begun in 1820. Work went on in 1821, 1822 and 1823. The locks were finished on "
         "3 August 1824. Next spring the first barges passed.", "en", {"Next spring": "1825-SP"}),
    ],
)
def test_last_and_next_year_of_a_history_count_from_the_story(text, lang, expected):
    found = values(text, date(2020, 1, 1), lang)
    assert {key: found.get(key) for key in expected} == expected


def test_a_named_month_gone_by_is_not_counted_from_a_bare_year_of_a_story():
    text = ("The expedition of 1953 crossed the ice. It had set out in 1952, and its leader wrote of it in 1960 "
            "and 1975. Its last member died last June.")
    assert values(text, date(2013, 3, 22), "en").get("last June") != "1952-06"


# Published Wednesday 2026-03-04. A date named as the target of a call or an appointment lies ahead of the call,
# which the perfect or past tells; a past cue of its own (the pluperfect, a later verb) still makes it past.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The drivers' union has called a walkout for Thursday.", "en", "2026-03-05"),
        ("A judge has rescheduled the sentencing for May 12.", "en", "2026-05-12"),
        ("The emergency session was convened for Friday.", "en", "2026-03-06"),
        ("The drivers' union had called a walkout for Thursday.", "en", "2026-02-26"),
        ("The walkout called for Thursday went ahead.", "en", "2026-02-26"),
        ("The firm set a record for the third quarter.", "en", "2025-Q3"),
        ("The bank set aside $5 million for the fourth quarter.", "en", "2025-Q4"),
        ("Die Lokführer haben für Donnerstag zu einem Ausstand aufgerufen.", "de", "2026-03-05"),
        ("Die Anhörung wurde für den 12. Mai anberaumt.", "de", "2026-05-12"),
        ("Verdi hat für Donnerstag, 6 Uhr, zum Streik aufgerufen.", "de", "2026-03-05T06:00"),
        ("Die Lokführer hatten für Donnerstag zu einem Ausstand aufgerufen.", "de", "2026-02-26"),
        ("Les cheminots ont appelé à un arrêt de travail pour jeudi.", "fr", "2026-03-05"),
        ("Le juge a fixé le procès pour le 12 mai.", "fr", "2026-05-12"),
    ],
)
def test_a_date_named_by_a_call_lies_ahead_of_it(text, lang, expected):
    assert [found.value for found in tag(text, date(2026, 3, 4), lang)] == [expected]
