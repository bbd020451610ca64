"""Whole expressions, durations and numbers that are not dates, on sentences of our own in German, English
and French (where the language has the pattern)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag


def found(text: str, dct: date, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, lang)}


JAN_2005 = date(2005, 1, 28)


@pytest.mark.parametrize(
    "text, lang, dct, expected",
    [
        ("The ferry leaves at 9 a.m. PST Dec. 2, weather permitting.", "en", date(2005, 11, 20),
         {"9 a.m. PST Dec. 2": "2005-12-02T09:00"}),
        ("Hearings resume the week of June 12.", "en", date(2006, 5, 30), {"the week of June 12": "2006-W24"}),
        # a boundary word joined to its year or decade by a hyphen is part of the expression
        ("The plant will reopen in mid-2027.", "en", date(2026, 3, 4), {"mid-2027": "2027"}),
        ("Prices rose steadily in the mid-1990s.", "en", date(2026, 3, 4), {"the mid-1990s": "199"}),
        ("L'usine rouvrira d'ici mi-2027.", "fr", date(2026, 3, 4), {"mi-2027": "2027"}),
        ("Les prix ont augmenté fin 2025.", "fr", date(2026, 3, 4), {"fin 2025": "2025"}),
        ("Pilgrims crowd the town in Easter week.", "en", date(2005, 3, 1), {"Easter week": "2005-W12"}),
        ("Polls close at noon; the count ends at midnight.", "en", JAN_2005,
         {"noon": "2005-01-28T12:00", "midnight": "2005-01-28T24:00"}),
        ("Sales in the 1987 fourth quarter fell.", "en", date(1988, 2, 1), {"the 1987 fourth quarter": "1987-Q4"}),
        ("Zwei Tage nach Weihnachten schneite es im ganzen Land.", "de", date(2016, 12, 20),
         {"Zwei Tage nach Weihnachten": "2016-12-27"}),
        ("Two days after Christmas the roads froze.", "en", date(2016, 12, 20),
         {"Two days after Christmas": "2016-12-27"}),
        ("Im kommenden Frühjahr beginnt der Umbau.", "de", date(2017, 1, 20), {"kommenden Frühjahr": "2017-SP"}),
        # The first of two joined seasons or months is in the year the second names.
        ("Die Fischer blieben im Herbst und Winter 1921 an Land.", "de", JAN_2005,
         {"Herbst": "1921-FA", "Winter 1921": "1921-WI"}),
        ("Zwischen Frühling und Sommer 1788 wuchs der Fluss.", "de", JAN_2005,
         {"Frühling": "1788-SP", "Sommer 1788": "1788-SU"}),
        ("Zwischen Juni und September 1931 ruhte die Mühle.", "de", JAN_2005,
         {"Juni": "1931-06", "September 1931": "1931-09"}),
        ("Next May the council votes again.", "en", date(2013, 3, 22), {"Next May": "2013-05"}),
        ("La réunion est prévue pour mai.", "fr", date(2003, 4, 2), {"mai": "2003-05"}),
        # The first end of a range of years shares the era its second end names.
        ("The colony was held by nomads (712-706 BC) and then abandoned.", "en", JAN_2005,
         {"712": "BC0712", "706 BC": "BC0706"}),
        ("The temple was rebuilt between 214 and 209 BC.", "en", JAN_2005, {"214": "BC0214", "209 BC": "BC0209"}),
        ("Der Tempel wurde zwischen 214 und 209 v. Chr. neu errichtet.", "de", JAN_2005,
         {"214": "BC0214", "209 v. Chr.": "BC0209"}),
        ("La colonie fut tenue par des nomades (712-706 av. J.-C.).", "fr", JAN_2005,
         {"712": "BC0712", "706 av. J.-C.": "BC0706"}),
        ("Le temple fut rebâti de 214 à 209 av. J.-C. par les rois.", "fr", JAN_2005,
         {"214": "BC0214", "209 av. J.-C.": "BC0209"}),
        # The first end of a range or pair of days takes the month and year the second names.
        ("La foire se tiendra du 4 au 9 octobre 2004 sur le port.", "fr", date(2004, 3, 1),
         {"4": "2004-10-04", "9 octobre 2004": "2004-10-09"}),
        ("Les bureaux seront fermés les 2 et 3 novembre pour travaux.", "fr", date(2004, 10, 20),
         {"2": "2004-11-02", "3 novembre": "2004-11-03"}),
    ],
)
def test_whole_expressions(text, lang, dct, expected):
    assert found(text, dct, lang) == expected


# Wednesday 19 June 2024.
MIDWEEK = date(2024, 6, 19)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A time zone after a clock time belongs to the expression; a 24-hour time is a time with one.
        ("Trading reopened at 9:30 a.m. ET.", "en", {"9:30 a.m. ET": "2024-06-19T09:30"}),
        ("The probe fired its engine at 14:00 GMT.", "en", {"14:00 GMT": "2024-06-19T14:00"}),
        ("Die Sitzung begann um 10 Uhr MEZ.", "de", {"10 Uhr MEZ": "2024-06-19T10:00"}),
        ("Le vol a décollé à 14 h heure locale.", "fr", {"14 h heure locale": "2024-06-19T14:00"}),
        # A clock time followed by its day takes that day.
        ("The dam burst at 6 a.m. local time on Sunday, officials said.", "en",
         {"6 a.m. local time on Sunday": "2024-06-16T06:00"}),
        ("The polls opened at 1400 GMT on May 3.", "en", {"1400 GMT on May 3": "2024-05-03T14:00"}),
        ("Der Damm brach um 6 Uhr am Sonntag.", "de", {"6 Uhr am Sonntag": "2024-06-16T06:00"}),
        ("Die Wahllokale öffneten um 8 Uhr Ortszeit am 3. Mai.", "de",
         {"8 Uhr Ortszeit am 3. Mai": "2024-05-03T08:00"}),
        ("Le barrage a cédé à 6 heures dimanche.", "fr", {"6 heures dimanche": "2024-06-16T06:00"}),
        # Midnight and noon are T24:00 and T12:00 ("Mittag" is a part of the day).
        ("Das Ultimatum lief um Mitternacht ab.", "de", {"Mitternacht": "2024-06-19T24:00"}),
        ("La trêve a commencé à minuit et les pourparlers à midi.", "fr",
         {"minuit": "2024-06-19T24:00", "midi": "2024-06-19T12:00"}),
        # A time named after its day in French stays its own expression, on that day.
        ("Dimanche à 6 h, la digue a cédé.", "fr", {"Dimanche": "2024-06-16", "6 h": "2024-06-16T06:00"}),
        # The first time of a range is on the day the second names; in hours, it is a time as the second is.
        ("Le courant a été coupé entre 1 h 15 et 5 h dimanche.", "fr",
         {"1 h 15": "2024-06-16T01:15", "5 h dimanche": "2024-06-16T05:00"}),
        ("La salle est ouverte de 9 à 17 heures.", "fr", {"9": "2024-06-19T09:00", "17 heures": "2024-06-19T17:00"}),
    ],
)
def test_clock_times_with_zones_and_days(text, lang, expected):
    assert found(text, MIDWEEK, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Wir warteten eine Viertelstunde, dann noch eine halbe Stunde.", "de",
         {"eine Viertelstunde": "PT15M", "eine halbe Stunde": "PT30M"}),
        ("Sie kämpfte zwölf lange Monate um die Zulassung.", "de", {"zwölf lange Monate": "P12M"}),
        ("Der Antrag muss binnen 30 Werktage beantwortet sein.", "de", {"30 Werktage": "P30D"}),
        ("Die Strafe: zwei Jahre und sechs Monate Haft.", "de", {"zwei Jahre und sechs Monate": "P2Y6M"}),
        ("Vor Jahren stand hier eine Mühle.", "de", {"Vor Jahren": "PAST_REF"}),
        ("She was jailed for two years and six months.", "en", {"two years and six months": "P2Y6M"}),
        ("The repairs took 2 1/2 years.", "en", {"2 1/2 years": "P2Y6M"}),
        ("The ovation lasted a minute and a half.", "en", {"a minute and a half": "PT1M30S"}),
        # Compound number words are one number.
        ("The lighthouse stood dark for twenty-five years.", "en", {"twenty-five years": "P25Y"}),
        ("Der Leuchtturm blieb fünfundzwanzig Jahre dunkel.", "de", {"fünfundzwanzig Jahre": "P25Y"}),
        ("Le phare est resté éteint vingt-cinq ans.", "fr", {"vingt-cinq ans": "P25Y"}),
        ("Le chantier a duré trente et un jours.", "fr", {"trente et un jours": "P31D"}),
        # The first count of a range counts the unit of the second.
        ("Les travaux dureront de 3 à 5 semaines.", "fr", {"3": "P3W", "5 semaines": "P5W"}),
        # Spans stay durations beside the ages above.
        ("Il a travaillé à la mine pendant 20 ans, puis il est parti.", "fr", {"20 ans": "P20Y"}),
        ("Le maire a obtenu un mandat de 6 ans, renouvelable.", "fr", {"6 ans": "P6Y"}),
        ("Die Burg stand seit 300 Jahren leer.", "de", {"seit 300 Jahren": "P300Y"}),
        # "within" is a stretch, not the day at its end ("in zwei Wochen" is that day).
        ("Die Behörde muss binnen zwei Wochen entscheiden.", "de", {"zwei Wochen": "P2W"}),
        ("The agency must decide within two weeks.", "en", {"two weeks": "P2W"}),
        ("Binnen kurzem war die Brücke wieder offen.", "de", {"Binnen kurzem": "FUTURE_REF"}),
        # A length said as an adjective, the unit inside the word.
        ("Nach zehntägiger Fahrt erreichte die Fähre den Hafen.", "de", {"zehntägiger": "P10D"}),
        ("Die Stadt hielt einer dreimonatigen Blockade stand.", "de", {"dreimonatigen": "P3M"}),
        ("Ein 45-minütiges Gewitter überflutete den Keller.", "de", {"45-minütiges": "PT45M"}),
        ("Es folgten mehrwöchige Verhandlungen.", "de", {"mehrwöchige": "PXW"}),
    ],
)
def test_durations(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Nouns of a many-word table entry are capitalized mid-sentence too.
        ("Die Fähre fährt im Moment nicht.", {"im Moment": "PRESENT_REF"}),
        ("Der Pegel stieg in letzter Zeit stark.", {"in letzter Zeit": "PAST_REF"}),
        ("Das Ergebnis wird in Kürze bekannt gegeben.", {"in Kürze": "FUTURE_REF"}),
        ("Der Hafen wird bald wieder geöffnet.", {"bald": "FUTURE_REF"}),
        # The future and the past as times, without the preposition.
        ("Die Gemeinde will in Zukunft mehr Radwege bauen.", {"Zukunft": "FUTURE_REF"}),
        ("Der Verein plant in naher Zukunft einen Neubau.", {"naher Zukunft": "FUTURE_REF"}),
        ("Die Mühle wurde in der Vergangenheit oft umgebaut.", {"der Vergangenheit": "PAST_REF"}),
        # Not times: "so bald" as a conjunction, the future as a thing.
        ("Der Antrag gilt, so bald er unterschrieben ist.", {}),
        ("Die Zukunft der Mühle ist offen.", {}),
        # "heutig", the adjective of "heute", is present-day; before a weekday or a part of the day, that day.
        ("Die Fähre verbindet die Insel mit dem heutigen Hafenviertel.", {"heutigen": "PRESENT_REF"}),
        ("Aus heutiger Sicht war der Bau ein Fehler.", {"heutiger": "PRESENT_REF"}),
        ("Der Brauch hat sich bis zum heutigen Tag gehalten.", {"heutigen Tag": "PRESENT_REF"}),
        ("Am heutigen Abend spielt das Orchester im Park.", {"heutigen Abend": "2005-01-28TEV"}),
        ("Am heutigen Freitag öffnet die Messe.", {"Freitag": "2005-01-28"}),
    ],
)
def test_german_vague_references(text, expected):
    assert found(text, JAN_2005, "de") == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die Armee verlor 850 Panzer und 2000 Soldaten.", "de"),
        ("Das Spiel endete 3:1, zur Pause stand es 2:1.", "de"),
        ("Der 16 Jahre alte Stürmer traf zweimal.", "de"),
        ("Auf Seite 1984 steht die Tabelle.", "de"),
        ("The army lost 1500 tanks and 2000 soldiers.", "en"),
        ("Oil makes up three-quarters of its exports.", "en"),
        ("The quarterback gave the quarter of his bonus to charity.", "en"),
        ("A 45-year-old cyclist was hurt.", "en"),
        ("Turn to page 1984 of the report.", "en"),
        ("Le club a gagné 3-1 devant 2000 spectateurs.", "fr"),
        ("Un homme de 45 ans a été blessé.", "fr"),
        ("Voir la page 1984 du rapport.", "fr"),
        # Ages: after a name, after a person, as an age limit or an age difference.
        ("Marie Lebrun, 61 ans, tient la boulangerie du village.", "fr"),
        ("Un pêcheur breton de 52 ans a été secouru.", "fr"),
        ("Agée de 88 ans, la doyenne a voté.", "fr"),
        ("Elle est morte à l'âge de 101 ans.", "fr"),
        ("Le stage s'adresse aux 8-12 ans.", "fr"),
        ("Le club de judo accueille les enfants de 6 à 10 ans.", "fr"),
        ("Der 12 Jahre jüngere Bruder übernahm den Hof.", "de"),
        ("Der Eintritt ist frei für Kinder unter 14 Jahren.", "de"),
        ("Wählen dürfen alle ab 16 Jahren.", "de"),
        ("Der neunjährige Paul gewann das Schachturnier.", "de"),
        # Ranges of counts, and counts said of a year.
        ("Die Zimmer kosten von 1200 bis 1650 Euro im Monat.", "de"),
        ("Im Ofen herrschen 1400 bis 1600 Grad.", "de"),
        ("Shots are offered to babies aged 6 months and older.", "en"),
        ("The camp takes children ages 8 to 12 years.", "en"),
    ],
)
def test_numbers_that_are_not_dates(text, lang):
    assert found(text, JAN_2005, lang) == {}


def test_a_count_said_of_a_year_is_no_year():
    found_ = found("Verkauft wurden davon 3500 im Jahr 2019 und 2800 im vergangenen Jahr.", JAN_2005, "de")
    assert found_ == {"Jahr 2019": "2019", "vergangenen Jahr": "2004"}


def test_a_year_before_a_noun_after_an_article_is_a_year():
    assert found("He cited a 2009 study of the 1992 protests.", JAN_2005, "en") == {"2009": "2009", "1992": "1992"}


def test_a_plan_points_forward():
    assert found("The union plans a strike on Saturday.", JAN_2005, "en") == {"Saturday": "2005-01-29"}
    assert found("Firms must file the report by Feb. 3.", JAN_2005, "en") == {"Feb. 3": "2005-02-03"}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Am Morgen des 30. Juli 1914 fiel die Entscheidung. Am Abend desselben Tages kam die Antwort.", "de",
         {"Am Morgen des 30. Juli 1914": "1914-07-30TMO", "Am Abend desselben Tages": "1914-07-30TEV"}),
        ("On the night of April 18, 1775 the riders set out. That evening the bells rang.", "en",
         {"the night of April 18, 1775": "1775-04-18TNI", "That evening": "1775-04-18TEV"}),
    ],
)
def test_part_of_a_given_day_is_one_expression(text, lang, expected):
    assert found(text, date(2011, 2, 16), lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expression"),
    [
        ("Demand for copper will double over the next decade.", "en", "the next decade"),
        ("Over the following decade the port handled twice as much grain.", "en", "the following decade"),
        ("Im Laufe des nächsten Jahrzehnts soll die Bahnstrecke elektrifiziert werden.", "de",
         "des nächsten Jahrzehnts"),
        ("Le trafic du port a doublé pendant la décennie suivante.", "fr", "la décennie suivante"),
    ],
)
def test_a_stretch_over_the_next_decade_is_a_duration(text, lang, expression):
    timexes = {t.text: (t.type, t.value) for t in tag(text, JAN_2005, lang)}
    assert timexes[expression] == ("DURATION", "P1DE")


def test_in_the_next_decade_is_the_calendar_decade():
    assert found("Sales should recover in the next decade.", JAN_2005, "en") == {"the next decade": "201"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Checking every claim can take weeks.", "en", {"weeks": "PXW"}),
        ("The strike lasted months.", "en", {"months": "PXM"}),
        ("Der Umbau kann Monate dauern.", "de", {"Monate": "PXM"}),
        ("Die Verhandlungen dauerten Jahre.", "de", {"Jahre": "PXY"}),
        ("Le chantier peut prendre des semaines.", "fr", {"semaines": "PXW"}),
        ("She won the half marathon, finishing in 1:24:09.", "en", {"1:24:09": "PT1H24M9S"}),
        ("Repairs will take a couple of weeks.", "en", {"a couple of weeks": "P2W"}),
        ("Prices should stay high over the next couple of years.", "en", {"the next couple of years": "P2Y"}),
    ],
)
def test_a_time_taken_is_a_duration(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The choir sings in the cathedral during Holy Week.", "en", {"Holy Week": "2005-W12"}),
        ("In der Karwoche singt der Chor im Dom.", "de", {"der Karwoche": "2005-W12"}),
        ("Le musée ferme pendant la Semaine sainte.", "fr", {"la Semaine sainte": "2005-W12"}),
        ("The band first played together in the summer of '71.", "en", {"the summer of '71": "1971-SU"}),
    ],
)
def test_holy_week_and_a_season_of_a_two_digit_year(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the dot after a full month name ends the sentence; after an abbreviation it is the month's
        ("The fort fell on 4 March. Its garrison surrendered.", {"4 March": "2005-03-04"}),
        ("The fort fell on the night of 3 to 4 March.", {"the night of 3": "2005-03-03TNI", "4 March": "2005-03-04"}),
        ("The fort fell on 4 Sept. to the rebels.", {"4 Sept.": "2004-09-04"}),
        ("The fort fell on Oct. 23 to the rebels.", {"Oct. 23": "2004-10-23"}),
    ],
)
def test_a_sentence_end_after_a_month_is_no_part_of_the_date(text, expected):
    assert found(text, JAN_2005, "en") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a number after the comma starts the next phrase: the day stays with its month
        ("On 9 November, 7 miners were rescued.", "en", {"9 November": "2004-11-09"}),
        ("By 21 October, 15 bridges had been rebuilt.", "en", {"21 October": "2004-10-21"}),
        ("On Monday 10 January, 3 ministers resigned.", "en", {"Monday 10 January": "2005-01-10"}),
        # a year after the comma is still the date's, and a month-first date keeps its day
        ("The treaty was signed on 9 November, 1989.", "en", {"9 November, 1989": "1989-11-09"}),
        ("On November 9, 7 miners were rescued.", "en", {"November 9": "2004-11-09"}),
        ("Le 9 novembre, 7 mineurs ont été sauvés.", "fr", {"9 novembre": "2004-11-09"}),
    ],
)
def test_a_number_after_a_comma_leaves_a_day_first_date_whole(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised season before a capitalised word is part of a name
        ("The Winter War began in 1939.", {"1939": "1939"}),
        ("He ran at the Summer Games of 1996.", {"1996": "1996"}),
        # a season of a year stays one
        ("In Winter 1941 the army froze.", {"Winter 1941": "1941-WI"}),
        ("In the summer of 1941 the army advanced.", {"summer of 1941": "1941-SU"}),
    ],
)
def test_a_season_in_a_name_is_no_date(text, expected):
    assert found(text, JAN_2005, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a season with no article is one where a word of time governs it or it follows another season
        ("The herds graze the high pastures in summer.", {"summer": "2005-SU"}),
        ("The pass stays shut until spring.", {"spring": "2005-SP"}),
        ("The ferry stops before the onset of autumn.", {"autumn": "2005-FA"}),
        ("The road is dusty by the end of autumn.", {"the end of autumn": "2005-FA"}),
        ("The club meets through the spring and summer.", {"the spring": "2005-SP", "summer": "2005-SU"}),
        # the first of two joined seasons is in the year the second names
        ("Both bridges were built in spring and summer 1932.", {"spring": "1932-SP", "summer 1932": "1932-SU"}),
        # elsewhere "spring" and "fall" are other words
        ("Rents may fall as the hot spring dries up.", {}),
        ("The water of a hot spring stays warm by night.", {}),
        ("Climber Hurt in Fall on Glacier", {}),  # a headline's capitalised noun
    ],
)
def test_a_season_without_article(text, expected):
    assert found(text, date(2005, 6, 15), "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound names a part of its season; a genitive ("des Frühjahres") is the season too
        ("Die Brücke wurde im Spätherbst 1932 eröffnet.", {"Spätherbst 1932": "1932-FA"}),
        ("Die Lage des Frühjahres 1932 zwang die Stadt zum Sparen.", {"Frühjahres 1932": "1932-SP"}),
        ("Die Schafe weiden im Hochsommer auf der Alm.", {"Hochsommer": "2005-SU"}),
        ("Die Ernte des Sommers war dürftig.", {"Sommers": "2005-SU"}),
        # the second of two joined seasons shares the first's article
        ("Die Fähre fährt im Frühjahr und Sommer seltener.", {"Frühjahr": "2005-SP", "Sommer": "2005-SU"}),
        ("Die Hütte ist im Frühsommer und Herbst offen.", {"Frühsommer": "2005-SU", "Herbst": "2005-FA"}),
    ],
)
def test_a_german_season_in_a_compound_genitive_or_pair(text, expected):
    assert found(text, date(2005, 6, 15), "de") == expected


def test_a_german_compound_season_keeps_its_part():
    (timex,) = tag("Die Brücke wurde im Spätherbst 1932 eröffnet.", date(2005, 6, 15), "de")
    assert timex.mod == "END"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the fall of" a thing that is no year is its falling: its capture, collapse or drop
        ("Looting spread after the fall of the old port town.", {}),
        ("The fall of her cabinet surprised the press.", {}),
        ("Historians still argue over the fall of an empire.", {}),
        ("The fall of communism opened the borders.", {}),
        # the fall of a year is the season
        ("The dam was finished in the fall of that year.", {"the fall": "2004-FA"}),
        ("By the fall of the year the barns were full.", {"the fall": "2004-FA"}),
    ],
)
def test_the_fall_of_something_else_than_a_year_is_no_season(text, expected):
    assert found(text, date(2005, 6, 15), "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of the day the text is written on
        ("Le conseil se réunira ce soir.", {"ce soir": "2005-01-28TEV"}),
        ("Cet après-midi, la séance a repris.", {"Cet après-midi": "2005-01-28TAF"}),
        # "seconde" before its noun is the ordinal; alone, a second of time
        ("Elle a gagné une seconde fois.", {}),
        ("Il a hésité une seconde avant de répondre.", {"une seconde": "PT1S"}),
    ],
)
def test_french_parts_of_today_and_the_ordinal_seconde(text, expected):
    assert found(text, JAN_2005, "fr") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of the day a story has reached is one of the day just told
        ("Le 12 janvier, les pompiers sont arrivés. Dans la soirée, le feu était maîtrisé.",
         {"12 janvier": "2005-01-12", "la soirée": "2005-01-12TEV"}),
        ("Le 3 janvier, la délégation a passé la nuit à l'hôtel.",
         {"3 janvier": "2005-01-03", "la nuit": "2005-01-03TNI"}),
        ("Le 20 janvier, les grévistes ont levé le camp en fin de matinée.",
         {"20 janvier": "2005-01-20", "fin de matinée": "2005-01-20TMO"}),
        # the day after or before, with its part
        ("Le 10 janvier, le maire a signé l'accord. Les opposants ont manifesté le lendemain soir.",
         {"10 janvier": "2005-01-10", "le lendemain soir": "2005-01-11TEV"}),
        ("Le 10 janvier, le maire a signé l'accord, rédigé la veille au soir.",
         {"10 janvier": "2005-01-10", "la veille au soir": "2005-01-09TEV"}),
        # "le soir même" is the day told, however far back
        ("Le 5 janvier, le navire a quitté le port. L'équipage était épuisé. Les vents soufflaient fort. Le "
         "capitaine a donné l'alerte le soir même.", {"5 janvier": "2005-01-05", "le soir même": "2005-01-05TEV"}),
    ],
)
def test_french_parts_of_a_day_told(text, expected):
    assert found(text, JAN_2005, "fr") == expected


def test_a_quarter_of_a_city_is_no_quarter_of_a_year():
    """A bare "the quarter" is the quarter a report has named; in a text that names none it is a city's."""
    assert found("Residents of the quarter protested against the new road.", JAN_2005, "en") == {}
    assert found("Acme earned $5 million in the third quarter. The quarter was hard.", JAN_2005, "en") == {
        "the third quarter": "2004-Q3", "The quarter": "2004-Q3"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of days in one month: each end is a date, the day written alone in the month of the other end
        ("The congress met on 3-5 June 1848 in Prague.", {"3": "1848-06-03", "5 June 1848": "1848-06-05"}),
        ("The fair ran from the 10th to the 16th of August 1851.",
         {"the 10th": "1851-08-10", "the 16th of August 1851": "1851-08-16"}),
        ("The fire burnt from October 8-11.", {"October 8": "2004-10-08", "11": "2004-10-11"}),
        ("The summit of May 2-4, 2005 was moved.", {"May 2": "2005-05-02", "4, 2005": "2005-05-04"}),
        # a number after a count or score is no day
        ("The vote on May 3 ended 40-12 against the plan.", {"May 3": "2004-05-03"}),
        ("See pages 12-14 of the report.", {}),
    ],
)
def test_both_ends_of_a_range_of_days(text, expected):
    assert found(text, JAN_2005, "en") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a list of days of one month: each day is a date, a later day written alone in the month of the one before
        ("The harbour stayed shut on October 9 and 10 after the storm.", "en",
         {"October 9": "2004-10-09", "10": "2004-10-10"}),
        ("Ballots were counted on Nov. 7, 8 and 9.", "en",
         {"Nov. 7": "2004-11-07", "8": "2004-11-08", "9": "2004-11-09"}),
        ("The fair opened on August 14th or 15th.", "en", {"August 14th": "2004-08-14", "15th": "2004-08-15"}),
        # ...and the first day takes the year the last names, as a month of a list does
        ("The strike of June 2 and 3, 1921 closed the mills.", "en",
         {"June 2": "1921-06-02", "3, 1921": "1921-06-03"}),
        ("The mills stood still in July and August 1921.", "en", {"July": "1921-07", "August 1921": "1921-08"}),
        ("Les moulins se sont arrêtés en juillet et août 1921.", "fr",
         {"juillet": "1921-07", "août 1921": "1921-08"}),
        # a count after the date is no day, nor is a number after a comma that no "and" or "or" follows
        ("On October 9 and 12 others were injured.", "en", {"October 9": "2004-10-09"}),
        ("On October 9 and 14 villages were flooded.", "en", {"October 9": "2004-10-09"}),
        ("On October 9, 14 villages were flooded.", "en", {"October 9": "2004-10-09"}),
        ("On October 9, 14 were rescued.", "en", {"October 9": "2004-10-09"}),
        # a day-first list: every earlier day takes the month and year of the last
        ("The ferry sailed on 11, 12 and 13 March 1921.", "en",
         {"11": "1921-03-11", "12": "1921-03-12", "13 March 1921": "1921-03-13"}),
        ("Le musée fermera les 11, 12 et 13 mars 1921.", "fr",
         {"11": "1921-03-11", "12": "1921-03-12", "13 mars 1921": "1921-03-13"}),
        # ...but counts are no days
        ("Rents rose 11, 12 and 13 percent in March 1921.", "en", {"March 1921": "1921-03"}),
        ("Les loyers ont augmenté de 11, 12 et 13 pour cent en mars 1921.", "fr", {"mars 1921": "1921-03"}),
    ],
)
def test_every_day_of_a_list_of_days(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


def test_a_german_time_zone_written_as_german_spells_it():
    """"mitteleuropäischer Zeit" writes its noun with a capital: the zone belongs to the time."""
    assert found("Der Start ist um 10 Uhr mitteleuropäischer Zeit.", JAN_2005, "de") == {
        "10 Uhr mitteleuropäischer Zeit": "2005-01-28T10:00"}


def test_a_french_capital_without_its_accent():
    """French print often drops the accent of a capital: "Eté 2003" is the summer of 2003."""
    assert found("Eté 2003 : la canicule a frappé la ville.", JAN_2005, "fr") == {"Eté 2003": "2003-SU"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La boutique sera fermée le 6 avril. Elle rouvrira ensuite.", {"6 avril": "2005-04-06"}),
        ("Il est né le 6 janv. 1950 à Lyon.", {"6 janv. 1950": "1950-01-06"}),
    ],
)
def test_a_french_sentence_end_after_a_month_is_no_part_of_the_date(text, expected):
    assert found(text, JAN_2005, "fr") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A decade of any century, and decades before Christ (the 490s BC run from 499 to 490 BC: BC049).
        ("Les années 1880 virent naître le chemin de fer local.", "fr", {"Les années 1880": "188"}),
        ("Les années 1750 furent calmes dans la vallée.", "fr", {"Les années 1750": "175"}),
        ("The city walls were raised in the 490s BC by the tyrants.", "en", {"the 490s BC": "BC049"}),
        ("Pottery of the late 90s B.C. shows eastern styles.", "en", {"the late 90s B.C.": "BC009"}),
        ("In den 620er Jahren v. Chr. wuchs die Siedlung.", "de", {"620er Jahren v. Chr.": "BC062"}),
        ("Dans les années 370 av. J.-C. la cité déclina.", "fr", {"les années 370 av. J.-C.": "BC037"}),
    ],
)
def test_decades_of_any_century_and_before_christ(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # Hundreds said in words count whole, in offsets and durations.
        ("Three hundred years later the abbey lay in ruins.", "en", {"Three hundred years later": "2305"}),
        ("The drought lasted two hundred years, the chronicles say.", "en", {"two hundred years": "P200Y"}),
        ("Vor vierhundert Jahren stand hier eine Mühle.", "de", {"Vor vierhundert Jahren": "1605"}),
        ("Il y a cinq cents ans, un moulin se trouvait ici.", "fr", {"Il y a cinq cents ans": "1505"}),
    ],
)
def test_hundreds_in_words(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A part of day after (en) or before (fr) a named day belongs to it.
        ("The carolers sang on Christmas night in the square.", "en", {"Christmas night": "2004-12-25TNI"}),
        ("The children will hunt for eggs on Easter morning.", "en", {"Easter morning": "2005-03-27TMO"}),
        ("Les cloches ont sonné la nuit de Noël.", "fr", {"la nuit de Noël": "2004-12-25TNI"}),
    ],
)
def test_part_of_a_named_day(text, lang, expected):
    assert found(text, JAN_2005, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # An amount or a count per unit of time is a rate: the unit is a set of times, not a stretch of time.
        ("The cleaners are paid $14 an hour at the depot.", "en", {"an hour": ("SET", "PT1H")}),
        ("The mill turns out 2,400 bales a week.", "en", {"a week": ("SET", "P1W")}),
        ("The port handles eighty thousand containers a month.", "en", {"a month": ("SET", "P1M")}),
        ("The bakery ships bread four times a week.", "en", {"four times a week": ("SET", "P1W")}),
        ("Der Pfleger verdient 2800 Euro im Monat.", "de", {"im Monat": ("SET", "P1M")}),
        ("Die Fähre legt vier Mal pro Woche ab.", "de", {"vier Mal pro Woche": ("SET", "P1W")}),
        ("Der Kurier bekommt 12 Euro pro Stunde.", "de", {"pro Stunde": ("SET", "PT1H")}),
        ("Le serveur touche 11 euros de l'heure.", "fr", {"de l'heure": ("SET", "PT1H")}),
        ("La coopérative vend 900 litres par jour.", "fr", {"par jour": ("SET", "P1D")}),
        ("Le comité se réunit deux fois par an.", "fr", {"deux fois par an": ("SET", "P1Y")}),
        # A speed marks no time at all.
        ("The ferry crossed at 30 miles an hour.", "en", {}),
        ("Der Zug fuhr 200 Kilometer pro Stunde.", "de", {}),
        ("Le train roulait à 250 kilomètres à l'heure.", "fr", {}),
        # A real stretch of time, and a date after an amount, stay what they were.
        ("The guard waited an hour at the gate.", "en", {"an hour": ("DURATION", "PT1H")}),
        ("The firm earned $3 a share a year earlier.", "en", {"a year earlier": ("DATE", "2004")}),
        ("Der Wächter wartete eine Stunde lang.", "de", {"eine Stunde": ("DURATION", "PT1H")}),
        ("Il gagnait 2 000 euros l'an dernier.", "fr", {"l'an dernier": ("DATE", "2004")}),
    ],
)
def test_a_rate_per_unit_of_time_is_a_set(text, lang, expected):
    assert {t.text: (t.type, t.value) for t in tag(text, JAN_2005, lang)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A boundary noun of a calendar unit: the current unit, or the one named after it.
        ("Le chômage recule depuis le début de l'année.", {"le début de l'année": ("2011", "START")}),
        ("Le chantier sera livré à la fin du mois.", {"la fin du mois": ("2011-06", "END")}),
        ("Les salaires seront versés en fin de semaine.", {"fin de semaine": ("2011-W24", "END")}),
        ("La mairie votera le budget en début d'année prochaine.",
         {"début d'année prochaine": ("2012", "START")}),
        ("Le pont rouvrira au milieu de la semaine prochaine.",
         {"milieu de la semaine prochaine": ("2011-W25", "MID")}),
        ("Les loyers ont flambé depuis la fin de l'an dernier.", {"la fin de l'an dernier": ("2010", "END")}),
        # Not a date: a boundary that only qualifies a noun, or a unit named further on.
        ("Les fêtes de fin d'année approchent.", {}),
        ("La fin du mois de juin sera chaude.", {"juin": ("2011-06", "")}),
    ],
)
def test_french_boundary_of_a_calendar_unit(text, expected):
    assert {t.text: (t.value, t.mod) for t in tag(text, date(2011, 6, 15), "fr")} == expected
