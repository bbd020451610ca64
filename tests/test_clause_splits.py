"""Where a sentence is cut into clauses (`timeline.clauses`): between two dates only where a clause or a dated
phrase follows, not inside a list of nouns; and an insertion set off by commas stays with the main clause it
interrupts. Sentences of our own, in each language of the packs."""

from __future__ import annotations

from datetime import date as day

import pytest

from timeline.document import Document
from timeline.events import describe
from timeline.pipeline import extract_document
from timeline.timex import Timex


def contexts(text: str, lang: str, *expressions: str) -> dict[str, tuple[str, str]]:
    """(label, clause) of each expression, all of them tagged as dates."""
    spans = sorted((text.find(e), text.find(e) + len(e), e) for e in expressions)
    assert all(start >= 0 for start, _, _ in spans)
    timexes = [Timex(start, end, e, "DATE", "XXXX") for start, end, e in spans]
    return {t.text: (c.label, c.clause) for t, c in zip(timexes, describe(text, timexes, lang))}


@pytest.mark.parametrize("lang, text, first, second, verb", [
    ("en", "The ministry on Monday praised the rescue teams in Greece and Turkey for their work on Sunday, "
           "thanking them in a letter.", "Monday", "Sunday", "praised"),
    ("de", "Die Stiftung lobte am Montag die Helfer in Hamburg und Bremen für ihren Einsatz am Wochenende.",
     "Montag", "Wochenende", "lobte"),
    ("fr", "Le ministre a salué lundi les secouristes de Lyon et Grenoble pour leur travail de dimanche.",
     "lundi", "dimanche", "a salué"),
])
def test_no_cut_inside_a_list_of_nouns(lang: str, text: str, first: str, second: str, verb: str) -> None:
    """"X and Y" with no verb after the coordinator is one phrase: the second date keeps the sentence's verb."""
    found = contexts(text, lang, first, second)
    assert verb in found[second][0]
    assert verb in found[second][1]


@pytest.mark.parametrize("text, first, second, wanted", [
    # the only verb after "and" is that of a clause a subordinator or relative pronoun opens later
    ("In 2003, the band was in and out of the charts for months until it finally split in May 2006.", "2003",
     "May 2006", "The band was in and out of the charts"),
    ("The prize went to Ada Brook, the painter and sculptor who in 1998 had moved to the coast, in June 2001.",
     "June 2001", "1998", "The prize went to Ada Brook, the painter and sculptor"),
])
def test_no_cut_at_a_coordinator_whose_verb_is_a_dependent_clauses(text: str, first: str, second: str,
                                                                    wanted: str) -> None:
    assert contexts(text, "en", first, second)[first][0].startswith(wanted)


@pytest.mark.parametrize("lang, text, first, second, first_clause, second_clause", [
    # a coordinator with a verb after it still cuts
    ("de", "Im Jahr 2019 war sie Trainerin und seit 2021 leitet sie den Verein.", "2019", "2021",
     "Im Jahr 2019 war sie Trainerin", "und seit 2021 leitet sie den Verein."),
    # so does one right after the first date's item: each item has its date
    ("fr", "Elle a gagné l'argent en 2011 et l'or en 2013.", "2011", "2013",
     "Elle a gagné l'argent en 2011", "et l'or en 2013."),
    # ... or its bracket
    ("de", "Sie gewann Silber (2011) und Gold (2013).", "2011", "2013", "Sie gewann Silber (2011)",
     "und Gold (2013)."),
])
def test_clauses_and_dated_items_still_cut(
    lang: str, text: str, first: str, second: str, first_clause: str, second_clause: str
) -> None:
    found = contexts(text, lang, first, second)
    assert found[first][1] == first_clause
    assert found[second][1] == second_clause


def test_a_coordinator_before_a_comma_cuts() -> None:
    """"and, by May 10, …": the coordinator opens the second clause, the first does not end in "and"."""
    found = contexts("On May 3, the team won the semifinal and, by May 10, the cup was theirs.", "en",
                     "May 3", "May 10")
    assert found["May 3"][0] == "The team won the semifinal"
    assert found["May 10"][0] == "The cup was theirs"


def test_a_comma_with_a_verb_after_it_is_preferred() -> None:
    """Between two dates without a coordinator that opens a clause, the cut is the comma a verb follows, not the
    last one, inside a list ("trucks, buses and cars")."""
    found = contexts("Having repaired the bridge in 2019, the city opened the road to trucks, buses and cars in 2021.",
                     "en", "2019", "2021")
    assert found["2019"][0] == "The city had repaired the bridge"  # (the perfect participle takes its subject)
    assert found["2021"][0] == "The city opened the road to trucks, buses and cars"


@pytest.mark.parametrize("lang, text, date, wanted", [
    # a German insertion after which the verb-final rest of the main clause follows
    ("de", "Der Gemeinderat hat am Montag das Vorhaben, das alte Rathaus zu renovieren, genehmigt.", "am Montag",
     "Der Gemeinderat hat das Vorhaben, das alte Rathaus zu renovieren, genehmigt"),
    ("de", "Die Schule hat gestern den Antrag, der von den Eltern kam, abgelehnt.", "gestern",
     "Die Schule hat den Antrag, der von den Eltern kam, abgelehnt"),
])
def test_an_insertion_keeps_the_main_clause_whole(lang: str, text: str, date: str, wanted: str) -> None:
    assert contexts(text, lang, date)[date][0] == wanted


@pytest.mark.parametrize("lang, text, date, subject", [
    # after the insertion the main clause's finite verb: the date after it is the main clause's, with its subject
    ("en", "The museum, which opened in a former mill, announced on Tuesday a new exhibition.", "Tuesday",
     "The museum"),
    ("fr", "Le musée, qui a ouvert dans un ancien moulin, a annoncé mardi une nouvelle exposition.", "mardi",
     "Le musée"),
    ("de", "Der Verein, der im alten Bahnhof probt, spielte am Samstag vor vollem Haus.", "am Samstag",
     "Der Verein"),
])
def test_the_main_clause_goes_on_after_an_insertion(lang: str, text: str, date: str, subject: str) -> None:
    assert contexts(text, lang, date)[date][1].startswith(subject)


@pytest.mark.parametrize("lang, text, date, wanted", [
    # the insertion holds a name with commas of its own: its closing comma is the one the main clause's verb follows
    ("en", "The Denver, Colo., bakery, which is half-owned by Miller Foods Inc., Chicago, had sales of $4 million "
           "last year.", "last year", "The Denver, Colo., bakery had sales of $4 million last year"),
    # ...or a list; an adverb may stand before the main clause's verb
    ("en", "Three villages in the valley (Arlen, Bosk and Carrow), which had long opposed the dam, finally accepted "
           "the plan in 1988.", "1988", "Three villages in the valley finally accepted the plan"),
    ("fr", "La banque, qui possède des agences à Lyon, Nantes et Lille, a annoncé mardi une fusion.", "mardi",
     "La banque a annoncé mardi une fusion"),
])
def test_the_main_clause_goes_on_after_an_insertion_with_commas(lang: str, text: str, date: str, wanted: str) -> None:
    """The insertion ends at the comma after which the main clause's finite verb follows, not at its first one."""
    frame = extract_document(Document(doc_id="t", text=text, lang=lang, dct=day(2024, 6, 12)))
    assert frame.set_index("expression").loc[date, "label"] == wanted


def test_a_clause_after_an_insertion_keeps_its_own_subject() -> None:
    """A comma after which a clause with its own subject and verb goes on ends the search for the main verb: a
    verb after a later comma is that clause's ("…, the actress, 26, would")."""
    text = "Before the hearing at the court, which was first reported by a local paper, prosecutors had said on " \
           "Friday that the actress, 26, would be arrested."
    assert not contexts(text, "en", "Friday")["Friday"][1].startswith("Before the hearing")


def test_a_reporting_clause_after_a_complete_clause_stays_apart() -> None:
    """After a clause that has its verb, a finite verb after the insertion opens a clause of its own."""
    text = "Das Projekt sei gescheitert, das die Stadt geplant habe, sagte am Freitag der Bürgermeister."
    clause = contexts(text, "de", "am Freitag")["am Freitag"][1]
    assert not clause.startswith("Das Projekt")


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the date in the second main clause, its subject before its verb
    ("en", "Rebels shelled the harbour for hours and the navy withdrew its ships on 4 May.", "4 May",
     "The navy withdrew its ships"),
    # ...after a fronted date
    ("en", "Despite the protests the council approved the budget and on 12 March 2019 work began on the bridge.",
     "12 March 2019", "Work began on the bridge"),
    # verb second: the subject after the verb, put back in front
    ("de", "Die Verteidiger zogen sich in die Berge zurück und schon im August besetzten die Rebellen die Stadt.",
     "im August", "Die Rebellen besetzten die Stadt"),
    ("de", "Der Sturm riss viele Bäume um und am 3. März fiel in der ganzen Stadt der Strom aus.", "3. März",
     "Am 3. März fiel in der ganzen Stadt der Strom aus"),  # the subject far after the verb: the date stays
    # the date in the first main clause: the label stops before the coordinator
    ("en", "The storm hit the coast on Monday and thousands of homes lost power.", "Monday",
     "The storm hit the coast"),
    ("de", "Die Regierung trat am 3. Mai zurück und die Opposition forderte Neuwahlen.", "3. Mai",
     "Die Regierung trat zurück"),
    ("fr", "Le maire a démissionné en mars et le conseil a élu son successeur.", "mars", "Le maire a démissionné"),
])
def test_a_date_goes_with_its_own_main_clause_of_two_coordinated(
    lang: str, text: str, expression: str, wanted: str
) -> None:
    """Two main clauses joined by a coordinator, each with a subject and a finite verb of its own: the date
    labels the clause it stands in, not the other one nor both."""
    assert contexts(text, lang, expression)[expression][0] == wanted


@pytest.mark.parametrize("lang, text, expression, kept", [
    # nouns coordinated: no verb before the coordinator
    ("en", "Alice and Bob married in 2020.", "2020", "Alice and Bob married"),
    # ...inside the object of a reporting verb
    ("en", "He said Alice and Bob married in 2020.", "2020", "He said Alice and Bob married"),
    # ...inside a clause opened by a conjunction
    ("en", "Officials warned that fees for students and small firms could rise next year.", "next year",
     "small firms could rise"),
    # a second part that shares the subject
    ("en", "The firm was founded in Boston and moved to Chicago in 1998.", "1998", "was founded in Boston"),
    ("de", "Die Firma wurde in Bozen gegründet und zog im Jahr 1998 nach Meran.", "Jahr 1998",
     "wurde in Bozen gegründet"),
    # an adverb is no subject ([verbs] adverb_endings)
    ("en", "Gunmen killed three guards on Friday and seriously wounded six others.", "Friday", "seriously wounded"),
    # a participle after the second noun, no verb of a clause
    ("en", "The fleet counted 20 Spanish ships on 3 May and 30 English ships supported by galleys.", "3 May",
     "30 English ships"),
    # a verb-final part shares the first part's auxiliary
    ("de", "Am Montag wurden in der Schule einige Bücher und Hefte vorgestellt.", "Montag", "Bücher und Hefte"),
    # a range of dates
    ("en", "He lived in Rome between 1990 and 1995 and the city grew.", "1990", "He lived in Rome"),
    # a date that opens the clauses dates each of them
    ("en", "On Sunday, the polls closed and the opposition claimed victory.", "Sunday", "the opposition claimed"),
    ("de", "Am Freitag schlossen die Wahllokale und die Opposition erklärte sich zum Sieger.", "Freitag",
     "die Opposition erklärte"),
])
def test_no_cut_where_no_second_main_clause_follows(lang: str, text: str, expression: str, kept: str) -> None:
    found = contexts(text, lang, expression)
    assert kept in found[expression][1]


@pytest.mark.parametrize("text, expression, wanted", [
    # a fronted date before the second clause's verb
    ("Die Stadt hat die Straße am Hafen gesperrt, gestern wurde auch die Brücke am Markt geschlossen.", "gestern",
     "Die Brücke wurde auch am Markt geschlossen"),
    ("Der Rat tagte lange im alten Rathaus, im März 2011 wurde das Gebäude dann abgerissen.", "März 2011",
     "Das Gebäude wurde dann abgerissen"),
    # the second clause's subject (a pronoun for a noun of the first) before its verb
    ("Die Firma baute zwei neue Hallen, letztere hatte sie im Mai 2010 an einen Händler verkauft.", "Mai 2010",
     "Letztere hatte sie an einen Händler verkauft"),
    # "denn" joins main clauses and goes as a leading connective ([labels] leading)
    ("Der Verein sucht neue Helfer, denn im Mai beginnt die neue Saison.", "Mai", "Die neue Saison beginnt"),
    # the date in the first clause: the label stops before the comma
    ("Die Firma wurde 1990 in Bozen gegründet, heute beschäftigt sie fünfhundert Leute.", "1990",
     "Die Firma wurde in Bozen gegründet"),
])
def test_a_comma_alone_joins_two_german_main_clauses(text: str, expression: str, wanted: str) -> None:
    """German joins two main clauses by a comma alone ([clauses] comma_joins_main_clauses), the second with a
    subject or a fronted phrase before its finite verb: the date labels the clause it stands in."""
    assert contexts(text, "de", expression)[expression][0] == wanted


@pytest.mark.parametrize("text, expression, kept", [
    # a verb right after the comma ends a clause that opened the sentence: no main clause of its own
    ("Kaum war die Nachricht im Dorf bekannt, wurde am Montag die Feier abgesagt.", "Montag", "Kaum war"),
    # an infinitive group after the comma: no subject of its own
    ("Die Armee nahm die Stadt ein, nur um sie zwei Monate später wieder zu verlieren.", "zwei Monate",
     "Die Armee nahm"),
    # a correlative answers the subordinate clause before the comma ([clauses] correlatives)
    ("Je länger der Streit dauerte, desto schwieriger wurde 2010 die Lage.", "2010", "Je länger"),
    # the object of a reporting verb
    ("Der Sprecher sagte, am Montag werde die Brücke wieder geöffnet.", "Montag", "Der Sprecher sagte"),
])
def test_no_cut_at_a_comma_no_second_main_clause_follows(text: str, expression: str, kept: str) -> None:
    assert kept in contexts(text, "de", expression)[expression][1]


@pytest.mark.parametrize("text, expression, wanted", [
    # a finite verb right after the comma, an adverb after it: a second predicate of the first clause's subject
    ("Die kleine Armee des Königs eroberte nach langen Kämpfen mehrere Dörfer am Fluss, wurde aber im Mai von den "
     "Rebellen geschlagen.", "Mai", "Wurde aber von den Rebellen geschlagen"),
    # ...its object after it is no subject to put in front of the verb; the predicate after it keeps its own
    ("Die Regierung des kleinen Landes erklärte den Vertrag der Nachbarn für ungültig, brach die Gespräche mit "
     "ihnen am 3. Mai ab und rief den Botschafter zurück.", "3. Mai",
     "Brach die Gespräche mit ihnen ab und rief den Botschafter zurück"),
    # after "und", which takes the subject back in front of the predicate
    ("Der neue Trainer der Mannschaft stellte im Sommer eine junge Truppe zusammen und gewann mit ihr im Mai "
     "überraschend den Pokal.", "Mai", "Der neue Trainer der Mannschaft gewann mit ihr überraschend den Pokal"),
])
def test_a_date_in_a_second_predicate_of_one_subject_labels_that_predicate(
    text: str, expression: str, wanted: str
) -> None:
    """A finite verb right after a comma or "und" opens a second predicate of the clause before's subject ([clauses]
    shared_subject_predicates): a date in it, past the cut of a clause too long for the chart, labels it."""
    assert contexts(text, "de", expression)[expression][0] == wanted


@pytest.mark.parametrize("text, expression, kept", [
    # the clause fits the chart: its label shows both predicates, the date's too
    ("Die Firma wurde in Bozen gegründet und zog im Jahr 1998 nach Meran.", "Jahr 1998", "wurde in Bozen gegründet"),
    # a subordinate clause before the comma ends in its finite verb: the main clause follows, no second predicate
    ("Als die Nachricht von dem schweren Unglück in den Bergen im ganzen Tal bekannt wurde, sagte am Montag der Rat "
     "die große Feier ab.", "Montag", "Als die Nachricht"),
    # ...and so does a participle phrase set off inside the main clause
    ("Mit einer kleinen Ausstellung, gestaltet von den Schülern der Oberstufe, gab es im Mai einen Rückblick auf "
     "das ganze Jahr der Schule.", "Mai", "Mit einer kleinen Ausstellung"),
])
def test_no_second_predicate_cut_where_none_is_cut_off(text: str, expression: str, kept: str) -> None:
    assert kept in contexts(text, "de", expression)[expression][1]


@pytest.mark.parametrize("text, expression, wanted", [
    # "denn" after a comma opens a main clause of its own ([clauses] after_comma), even after a fronted date
    ("Am frühen Abend fahre ich nach Graz, denn morgen beginnt die Messe in der neuen Halle.", "morgen",
     "Die Messe beginnt in der neuen Halle"),
])
def test_denn_after_a_comma_opens_a_clause(text: str, expression: str, wanted: str) -> None:
    from timeline import extract

    frame = extract(text, lang="de", dct="2024-06-19")
    assert frame[frame["expression"] == expression]["label"].iloc[0] == wanted


@pytest.mark.parametrize("lang, text, first, second, wanted_first, wanted_second", [
    ("en", "The old king was buried on 3 June and the funeral of his brother and his cousin took place the same day.",
     "3 June", "the same day", "The old king was buried",
     "The funeral of his brother and his cousin took place the same day"),
    ("en", "The general fled on 4 July and his army and his fleet surrendered in August.", "4 July", "August",
     "The general fled", "His army and his fleet surrendered"),
    ("fr", "Le roi est mort le 3 juin et les troupes du duc et du comte ont quitté la ville en août.", "3 juin",
     "août", "Le roi est mort", "Les troupes du duc et du comte ont quitté la ville"),
])
def test_between_two_dates_the_coordinator_that_opens_the_subject_cuts(
    lang: str, text: str, first: str, second: str, wanted_first: str, wanted_second: str
) -> None:
    """Two coordinators before the second date's verb, with no verb nor comma between them: the first opens the
    second clause, the later one joins two nouns of its subject, so the cut is at the first."""
    found = contexts(text, lang, first, second)
    assert found[first][0] == wanted_first
    assert found[second][0].startswith(wanted_second), found[second][0]


@pytest.mark.parametrize("lang, text, first, second, wanted_second", [
    # the later coordinator opens the second date's phrase: it cuts
    ("en", "The king sent letters to his allies and friends on 3 June and on 5 June the duke left.", "3 June",
     "5 June", "The duke left"),
])
def test_between_two_dates_a_coordinator_before_the_date_still_cuts(
    lang: str, text: str, first: str, second: str, wanted_second: str
) -> None:
    assert contexts(text, lang, first, second)[second][0] == wanted_second
