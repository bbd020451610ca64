"""Labels of dates in lists (round 11): several dated phrases that share one verb, each item of a list after a
colon, a range of numbers, a phrase coordinated with an opening date. Sentences of our own, in each language of
the packs."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.document import Document
from timeline.events import describe
from timeline.pipeline import extract_document
from timeline.timex import Timex


def labels(text: str, lang: str, *expressions: str) -> dict[str, str]:
    """The label `describe` gives each expression (in text order; "TIME" after a colon of the form "20 Uhr:",
    "DURATION" after "~"), found one after the other in `text`."""
    timexes, position = [], 0
    for expression in expressions:
        kind, _, words = expression.rpartition("~")
        start = text.index(words, position)
        timexes.append(Timex(start, start + len(words), words, kind or "DATE", "XXXX"))
        position = start + len(words)
    return {t.text: c.label for t, c in zip(timexes, describe(text, timexes, lang))}


def test_dates_that_share_a_verb_and_its_particle_all_get_both():
    found = labels("Die Proben finden am 12. Januar, am 3. und 4. März und am 7., 14. und 21. April statt.", "de",
                   "12. Januar", "3.", "4. März", "7.", "14.", "21. April")
    assert set(found.values()) == {"Die Proben finden statt"}


@pytest.mark.parametrize("lang, text, expressions", [
    ("en", "The ferry sailed on 11, 12 and 13 March to Oslo.", ("11", "12", "13 March")),
    ("en", "The ferry sailed on March 11, 12, and 13 to Oslo.", ("March 11", "12", "13")),
    ("fr", "Le ferry a navigué les 11, 12 et 13 mars vers Oslo.", ("11", "12", "13 mars")),
    ("de", "Die Fähre lief am 11., 12. und 13. März nach Oslo aus.", ("11.", "12.", "13. März")),
])
def test_every_day_of_a_list_set_off_by_commas_gets_the_list_cut_whole(lang, text, expressions):
    found = labels(text, lang, *expressions)
    assert set(found.values()) == {{"en": "The ferry sailed to Oslo", "fr": "Le ferry a navigué vers Oslo",
                                     "de": "Die Fähre lief nach Oslo aus"}[lang]}


def test_a_comma_before_a_later_date_that_is_no_day_of_a_list_parts_clauses():
    found = labels("He landed on May 4, and 6 days later he sailed.", "en", "May 4", "6 days later")
    assert found == {"May 4": "He landed", "6 days later": "He sailed"}


@pytest.mark.parametrize("lang, text, expressions, wanted", [
    # each item keeps its own place, not the places of the items before it
    ("de", "Die Band spielt am 9. Mai in Linz, am 10. Mai in Graz sowie am 12. Mai in Wien.",
     ("9. Mai", "10. Mai", "12. Mai"),
     {"9. Mai": "Die Band spielt in Linz", "10. Mai": "Die Band spielt in Graz", "12. Mai": "Die Band spielt in Wien"}),
    ("en", "The band will play on May 9 in Leeds, on May 10 in York and on May 12 in Hull.",
     ("May 9", "May 10", "May 12"),
     {"May 9": "The band will play in Leeds", "May 10": "The band will play in York",
      "May 12": "The band will play in Hull"}),
    # another preposition after a coordinator: still an item of the list
    ("de", "Die Firma hieß ab 1990 Alpha Bau und seit 2005 Beta Holding.", ("1990", "2005"),
     {"1990": "Die Firma hieß Alpha Bau", "2005": "Die Firma hieß Beta Holding"}),
    # an article governs each date, as a preposition does: "le 10 mai à Rennes" is an item too
    ("fr", "La chorale chantera le 9 mai à Brest, le 10 mai à Rennes et le 12 mai à Vannes.",
     ("9 mai", "10 mai", "12 mai"),
     {"9 mai": "La chorale chantera à Brest", "10 mai": "La chorale chantera à Rennes",
      "12 mai": "La chorale chantera à Vannes"}),
    # each item opens with its own phrase, then its date
    ("en", "The choir will sing in Leeds on May 9, in York on May 10 and in Hull on May 12.",
     ("May 9", "May 10", "May 12"),
     {"May 9": "The choir will sing in Leeds", "May 10": "The choir will sing in York",
      "May 12": "The choir will sing in Hull"}),
    ("en", "The family moved to Leeds from Hull in March and to Park Road in June.", ("March", "June"),
     {"March": "The family moved to Leeds from Hull", "June": "The family moved to Park Road"}),
    ("fr", "La chorale chantera à Brest le 9 mai, à Rennes le 10 mai.", ("9 mai", "10 mai"),
     {"9 mai": "La chorale chantera à Brest", "10 mai": "La chorale chantera à Rennes"}),
])
def test_each_item_of_a_list_tells_its_own_event(lang, text, expressions, wanted):
    assert labels(text, lang, *expressions) == wanted


@pytest.mark.parametrize("lang, text, expressions, wanted", [
    # gapping: each later clause is a date and a remnant that stands for a part of the first clause, its verb
    # written once; the remnant takes that part's place
    ("de", "Am 3. Mai wurde die Brücke eröffnet, am 5. Mai der neue Bahnhof.", ("3. Mai", "5. Mai"),
     {"3. Mai": "Die Brücke wurde eröffnet", "5. Mai": "Der neue Bahnhof wurde eröffnet"}),
    ("de", "Die Schule wurde am 3. Mai geschlossen, am 5. Mai die Bibliothek.", ("3. Mai", "5. Mai"),
     {"3. Mai": "Die Schule wurde geschlossen", "5. Mai": "Die Bibliothek wurde geschlossen"}),
    ("de", "Am 2. Juni hat der Kanzler in Berlin gesprochen, am 4. Juni in Hamburg.", ("2. Juni", "4. Juni"),
     {"2. Juni": "Der Kanzler hat in Berlin gesprochen", "4. Juni": "Der Kanzler hat in Hamburg gesprochen"}),
    ("de", "Schon zwei Tage später fiel Lyon, am 24. Mai Toulon und am 3. Juni schließlich die alte Hauptstadt.",
     ("zwei Tage später", "24. Mai", "3. Juni"),
     {"zwei Tage später": "Lyon fiel", "24. Mai": "Toulon fiel", "3. Juni": "Die alte Hauptstadt fiel schließlich"}),
    ("en", "In 1990 the city built 12 schools, in 1991 30 and in 1992 41.", ("1990", "1991", "1992"),
     {"1990": "The city built 12 schools", "1991": "The city built 30 schools", "1992": "The city built 41 schools"}),
    ("en", "On May 3 the bridge was opened, on May 5 the new station.", ("May 3", "May 5"),
     {"May 3": "The bridge was opened", "May 5": "The new station was opened"}),
    ("en", "On May 3 Lyon fell, on May 5 Toulon.", ("May 3", "May 5"), {"May 3": "Lyon fell", "May 5": "Toulon fell"}),
])
def test_a_gapped_clause_takes_the_verb_and_the_rest_of_the_first(lang, text, expressions, wanted):
    assert labels(text, lang, *expressions) == wanted


def test_a_gapped_noun_phrase_beside_a_verb_with_an_object_is_not_guessed():
    # "Kiew" may stand for the subject or the object of "eroberte": the label of the later date keeps today's
    found = labels("Am 3. Mai eroberte Napoleon Moskau, am 5. Mai Kiew.", "de", "3. Mai", "5. Mai")
    assert found["5. Mai"] != "Kiew eroberte" and "Napoleon Kiew" not in found["5. Mai"]


@pytest.mark.parametrize("text, expressions, wanted", [
    # a list of a date and a figure each, the predicate written once: its auxiliary after the first date, its
    # counted noun and participle after the last figure; each date takes its own figure, no other
    ("2001 wurden 12, 2002 30 und 2003 41 Brücken gebaut.", ("2001", "2002", "2003"),
     {"2001": "12 Brücken wurden gebaut", "2002": "30 Brücken wurden gebaut", "2003": "41 Brücken wurden gebaut"}),
    ("Im Jahr 1995 wurden 300 Bäume und im Jahr 1996 450 Bäume in der Altstadt gepflanzt.", ("Jahr 1995", "Jahr 1996"),
     {"Jahr 1995": "300 Bäume wurden in der Altstadt gepflanzt",
      "Jahr 1996": "450 Bäume wurden in der Altstadt gepflanzt"}),
    # the list may follow a clause of its own, and a date of the list its preposition
    ("Bis Ende 1970 gab es Streiks in 12 Werken, 1975 wurden 20 Werke und bis zum Mai 1980 31 Werke bestreikt.",
     ("Ende 1970", "1975", "Mai 1980"),
     {"Ende 1970": "Es gab Streiks in 12 Werken", "1975": "20 Werke wurden bestreikt",
      "Mai 1980": "31 Werke wurden bestreikt"}),
])
def test_each_date_of_a_list_of_figures_takes_its_own_figure(text, expressions, wanted):
    assert labels(text, "de", *expressions) == wanted


def test_a_list_of_figures_after_a_subject_and_verb_is_no_such_list():
    # the subject and verb before the first date are the list's too: no label of a figure and a particle alone
    found = labels("Die Stadt baute 2001 12, 2002 30 und 2003 41 Brücken aus.", "de", "2001", "2002", "2003")
    assert "30 Brücken aus" not in found.values()


def test_a_time_after_a_date_with_another_preposition_is_no_item():
    # "à 20 h 30" narrows the day down, it is no second item: no label of the hall alone
    found = labels("Le concert aura lieu samedi 4 mai, à 20 h 30, à la salle des fêtes.", "fr",
                   "samedi 4 mai", "TIME~20 h 30")
    assert found["20 h 30"].startswith("Le concert aura lieu")


@pytest.mark.parametrize("lang, text, expressions, wanted", [
    ("de", "Ergebnis der Staffel: Silber 2009, Bronze 2013 und Gold 2017.", ("2009", "2013", "2017"),
     {"2009": "Ergebnis der Staffel: Silber 2009", "2013": "Ergebnis der Staffel: Bronze 2013",
      "2017": "Ergebnis der Staffel: Gold 2017"}),
    ("en", "She won three medals: silver in 2007, bronze in 2011 and gold in 2015.", ("2007", "2011", "2015"),
     {"2007": "She won three medals: silver", "2011": "She won three medals: bronze",
      "2015": "She won three medals: gold"}),
    # a schedule: what each entry can tell is its place
    ("de", "Termine: 3. Mai, 20 Uhr, Stadthalle; 4. Mai, 18 Uhr, Pfarrkirche.",
     ("3. Mai", "TIME~20 Uhr", "4. Mai", "TIME~18 Uhr"),
     {"3. Mai": "Termine: Stadthalle", "20 Uhr": "Termine: Stadthalle", "4. Mai": "Termine: Pfarrkirche",
      "18 Uhr": "Termine: Pfarrkirche"}),
])
def test_an_item_of_a_list_after_a_colon_goes_with_the_heading(lang, text, expressions, wanted):
    assert labels(text, lang, *expressions) == wanted


@pytest.mark.parametrize("lang, text, expressions", [
    ("de", "Am Montag wurden alle Männer zwischen 18 und 45 Jahren zum Dienst verpflichtet.",
     ("Montag", "DURATION~45 Jahren")),
    ("en", "On Monday all men between 18 and 45 years of age were called up.", ("Monday", "DURATION~45 years")),
])
def test_a_range_of_numbers_is_not_cut_in_half(lang, text, expressions):
    for label in labels(text, lang, *expressions).values():
        assert " 18 " in f" {label} " and "45" in label, label


def test_a_phrase_coordinated_with_an_opening_date_goes_with_it():
    assert labels("Am 2. Mai und an den beiden Tagen danach blieb die Grenze geschlossen.", "de", "2. Mai") == \
        {"2. Mai": "Die Grenze blieb geschlossen"}


def test_a_coordinated_subject_comes_first_whole():
    assert labels("Am 17. März unterzeichneten Frankreich und Spanien den Vertrag.", "de", "17. März") == \
        {"17. März": "Frankreich und Spanien unterzeichneten den Vertrag"}



@pytest.mark.parametrize("text, expressions", [
    ("In der Zeit vom 3. bis 7. Mai bleibt das Rathaus geschlossen.", ("3.", "7. Mai")),
    ("Das Museum ist am 4. Juni in der Zeit von 10 bis 12 Uhr geöffnet.", ("4. Juni", "TIME~10", "TIME~12 Uhr")),
])
def test_in_der_zeit_goes_with_the_range_it_opens(text, expressions):
    assert not any("Zeit" in label for label in labels(text, "de", *expressions).values())


@pytest.mark.parametrize("lang, text, expressions, wanted", [
    # a programme: each time before a colon opens an item, which runs to the next time before a colon
    ("de", "18.00 Uhr: Handball: Pokalfinale, Kiel - Flensburg 20.15 Uhr: Spielfilm 21.45 und 23.30 Uhr: Nachrichten",
     ("TIME~18.00 Uhr", "TIME~20.15 Uhr", "TIME~21.45", "TIME~23.30 Uhr"),
     {"18.00 Uhr": "Handball: Pokalfinale, Kiel - Flensburg", "20.15 Uhr": "Spielfilm", "21.45": "Nachrichten",
      "23.30 Uhr": "Nachrichten"}),
    ("en", "6 p.m.: Local news; 10 p.m.: Late film.", ("TIME~6 p.m.", "TIME~10 p.m."),
     {"6 p.m.": "Local news", "10 p.m.": "Late film"}),
    # an entry after the heading's colon, its day and hour joined by a comma and a preposition
    ("fr", "Programme : samedi 8 mars, à 20 h 30 : concert de la chorale ; dimanche 9 mars, à 15 h : thé dansant.",
     ("samedi 8 mars", "TIME~20 h 30", "dimanche 9 mars", "TIME~15 h"),
     {"samedi 8 mars": "Concert de la chorale", "20 h 30": "Concert de la chorale",
      "dimanche 9 mars": "Thé dansant", "15 h": "Thé dansant"}),
    # a heading: the years before the colon head what follows it
    ("en", "1990-1992: Rebels take the northern provinces", ("1992",),
     {"1992": "Rebels take the northern provinces"}),
])
def test_a_time_before_a_colon_opens_an_item_of_a_listing(lang, text, expressions, wanted):
    assert labels(text, lang, *expressions) == wanted


@pytest.mark.parametrize("lang, text, expression, kept", [
    ("de", "Der Bürgermeister sagte am Montag: Die Brücke wird neu gebaut.", "Montag", "Der Bürgermeister sagte"),
    ("en", "The mayor said in a speech on Monday, May 5: the bridge will be rebuilt.", "Monday, May 5",
     "The mayor said"),
    ("fr", "Le maire a déclaré lundi 5 mai : le pont sera reconstruit.", "lundi 5 mai", "Le maire a déclaré"),
])
def test_a_clause_that_ends_with_a_date_and_a_colon_is_no_listing(lang, text, expression, kept):
    assert labels(text, lang, expression)[expression].startswith(kept)


def test_after_an_entry_a_clause_that_ends_with_a_date_and_a_colon_is_no_entry():
    assert labels("2010: Der Minister sagte am Montag: Wir bleiben.", "de", "2010", "Montag") == \
        {"2010": "Der Minister sagte: Wir bleiben", "Montag": "Der Minister sagte"}


def test_a_list_of_dates_with_a_distributive_time_shares_the_item_after_it():
    found = labels("Termine: am 3., 4. und 5. Oktober, jeweils 20 Uhr, Vorstellung im Großen Haus.", "de",
                   "3.", "4.", "5. Oktober", "TIME~20 Uhr")
    assert set(found.values()) == {"Termine: Vorstellung im Großen Haus"}


@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("de", "Anmeldungen im Pfarrbüro oder, ab 2. Mai, telefonisch unter der Nummer 555 99.", "2. Mai",
     "Anmeldungen telefonisch unter der Nummer 555 99"),
    ("en", "Tickets at the box office or, from November 3, by phone: 0171 555 99.", "November 3",
     "Tickets by phone: 0171 555 99"),
    ("fr", "Inscriptions à la mairie ou, dès le 2 mai, par téléphone.", "2 mai", "Inscriptions par téléphone"),
])
def test_a_date_set_off_after_a_coordinator_dates_the_item_after_it(lang, text, expression, wanted):
    assert labels(text, lang, expression) == {expression: wanted}


def test_a_clause_after_a_coordinator_and_a_date_keeps_its_label():
    assert labels("We arrived late and, on May 3, everything was over.", "en", "May 3")["May 3"].endswith(
        "everything was over")


def notice_labels(text: str, lang: str) -> dict[str, str]:
    """Each expression's label as the pipeline tags and labels `text` (times told without their day included)."""
    frame = extract_document(Document(doc_id="notice", text=text, lang=lang, dct=date(2024, 4, 1)))
    return {row.expression: row.label for row in frame.itertuples()}


@pytest.mark.parametrize("lang, text, lead", [
    ("de", "Bozen. Das Sommerfest des Turnvereins lockt Familien in den Stadtpark. Termin: 14. und 15. Juni von "
     "9-17 Uhr.", "Das Sommerfest des Turnvereins lockt Familien in den Stadtpark"),
    ("en", "The town's summer fair returns to the park with music and games. Dates: June 14 and 15, from 9 a.m. "
     "to 5 p.m.", "The town's summer fair returns to the park with music and games"),
    ("fr", "La fête d'été de la commune revient au parc avec musique et jeux. Dates : 14 et 15 juin, de 9 h à "
     "17 h.", "La fête d'été de la commune revient au parc avec musique et jeux"),
])
def test_the_dates_of_a_notice_heading_without_an_item_tell_the_notice_s_event(lang, text, lead):
    found = notice_labels(text, lang)
    assert len(found) >= 3 and set(found.values()) == {lead}


def test_each_date_of_a_notice_s_schedule_line_gets_its_own_item_or_the_notice_s_event():
    found = notice_labels("Meran. Der Verlag stellt den neuen Roman der Autorin vor. Termine: 4. Mai, Lesung, "
                          "Stadtbibliothek, 19 Uhr sowie am 5. und 6. Mai, jeweils 19 Uhr, Gespräch mit der Autorin, "
                          "Rathaus, 5. Mai, 17 Uhr", "de")
    assert {key: found[key] for key in ("5.", "6. Mai", "5. Mai, 17 Uhr")} == {
                     "5.": "Der Verlag stellt den neuen Roman der Autorin vor",
                     "6. Mai": "Der Verlag stellt den neuen Roman der Autorin vor",
                     "5. Mai, 17 Uhr": "Gespräch mit der Autorin, Rathaus"}
    assert found["4. Mai"].endswith("Lesung, Stadtbibliothek")


def test_the_days_of_a_month_first_list_are_cut_from_the_label_together():
    found = notice_labels("The ferry stopped running on October 9 and 10 because of the storm.", "en")
    assert found == {"October 9": "The ferry stopped running because of the storm",
                     "10": "The ferry stopped running because of the storm"}
