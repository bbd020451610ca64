"""A date opening a clause before an aside, a source or a phrase describing the date: the label is the clause after
it (`timeline.insertions`). Sentences of our own, in each language of the packs."""

from __future__ import annotations

import pytest

from tests.test_label_clauses import label
from timeline.events import describe
from timeline.insertions import insertion_after_date, reporting_insertions, without_insertion
from timeline.timex import Timex


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # an aside between dashes, verb-second after it
    ("de", "Im Jahr 1998 – dem Jahr des Absturzes – schloss die Firma ihr Werk.", "Jahr 1998", (),
     "Die Firma schloss ihr Werk"),
    # two dates of one phrase before it, a connective first
    ("de", "Doch in der Nacht auf den 3. Mai – so die Aussage des Zeugen – stahl der Nachbar ein Fahrrad.",
     "3. Mai", ("Nacht",), "Der Nachbar stahl ein Fahrrad"),
    # a source after a comma
    ("de", "Am Dienstagabend, so die Polizei, stahl ein Mann ein Auto aus der Garage.", "Dienstagabend", (),
     "Ein Mann stahl ein Auto aus der Garage"),
    # a phrase describing the date
    ("de", "Am 3. Mai, dem Tag der Wahl, trat der Minister zurück.", "3. Mai", (), "Der Minister trat zurück"),
    # hyphens with spaces as dashes
    ("en", "Last year - by most accounts - the company lost money on every plane it sold.", "Last year", (),
     "The company lost money on every plane it sold"),
    ("en", "In 1998 (the year of the crash) the firm closed its plant.", "1998", (), "The firm closed its plant"),
    ("en", "On Tuesday night, according to the police, a man stole a car.", "Tuesday night", (), "A man stole a car"),
    ("en", "On Monday, the day of the vote, the minister resigned.", "Monday", (), "The minister resigned"),
    ("fr", "Mardi soir, selon la police, un homme a volé une voiture.", "Mardi soir", (),
     "Un homme a volé une voiture"),
    ("fr", "En 1998 – l'année du crash – l'entreprise a fermé son usine.", "1998", (),
     "L'entreprise a fermé son usine"),
])
def test_a_fronted_date_dates_the_clause_after_the_insertion(lang, text, expression, others, wanted):
    assert label(text, lang, expression, *others) == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the phrase after the comma is the subject, a relative clause follows: no insertion
    ("en", "In 2001, the company, which had 300 staff, closed.", "2001", "The company, which had 300 staff, closed"),
    # ... or a participle phrase
    ("en", "On Monday, the company, citing costs, closed the plant.", "Monday",
     "The company, citing costs, closed the plant"),
    # a clause of its own between the commas
    ("de", "Am Montag, die Sonne schien, gingen wir baden.", "Montag", "Die Sonne schien, gingen wir baden"),
])
def test_a_subject_or_clause_after_the_date_is_no_insertion(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


def test_a_dash_aside_with_a_verb_is_no_insertion():
    text = "Im Mai – die Ernte war vorbei – zogen die Arbeiter weiter."
    assert insertion_after_date(text, (0, len(text)), [(3, 6)], "de") is None


def test_dates_after_the_insertion_move_with_the_text():
    text = "Im Mai (laut Plan) beginnt am 3. Juni der Bau."
    dates = [(3, 6), (text.find("3. Juni"), text.find("3. Juni") + 7)]
    insertion = insertion_after_date(text, (0, len(text)), dates, "de")
    assert insertion is not None
    told, span, moved = without_insertion(text, (0, len(text)), dates, insertion)
    assert [told[a:b] for a, b in moved] == ["Mai", "3. Juni"] and span == (0, len(told))
    assert "laut" not in told


def test_a_date_glossed_in_brackets_dates_the_clause_after_the_gloss():
    text = "In March 1917 (February in the old calendar) the Czar was overthrown."
    assert label(text, "en", "March 1917", "February") == "The Czar was overthrown"


def typed_label(text: str, lang: str, expression: str, kind: str = "DATE") -> str:
    """The label `describe` gives `expression`, tagged as a timex of type `kind`."""
    start = text.find(expression)
    timex = Timex(start, start + len(expression), expression, kind, "XXXX")
    return describe(text, [timex], lang)[0].label


@pytest.mark.parametrize("lang, text, expression, kind, wanted", [
    # an adjective phrase, a subordinate clause, a phrase of a preposition between the date and its main clause
    ("en", "In May 1921, angry at the slow pace of reform, the governor dismissed his cabinet.", "May 1921", "DATE",
     "The governor dismissed his cabinet"),
    ("en", "In 1990, while the talks were still going on, the army occupied the capital.", "1990", "DATE",
     "The army occupied the capital"),
    ("de", "Im Mai 1990, während die Gespräche noch liefen, besetzte die Armee die Hauptstadt.", "Mai 1990", "DATE",
     "Die Armee besetzte die Hauptstadt"),
    ("de", "Am 3. Mai, nach langen Verhandlungen mit den Gewerkschaften, schloss die Firma ihr Werk.", "3. Mai",
     "DATE", "Die Firma schloss ihr Werk"),
    ("fr", "En 1990, inquiets de la sécheresse, les paysans ont vendu leur bétail.", "1990", "DATE",
     "Les paysans ont vendu leur bétail"),
    # a time counted from an event: the event is no label of it, the main clause is
    ("en", "Two days after the strike began, the minister resigned.", "Two days", "DURATION",
     "The minister resigned"),
    ("en", "The day before the ship sailed, her captain, Anna Berg, sent a letter to the owners.", "The day before",
     "DATE", "Her captain, Anna Berg, sent a letter to the owners"),
    ("de", "Zwei Tage nach dem Streik, der das Land lahmgelegt hatte, trat der Minister zurück.", "Zwei Tage",
     "DURATION", "Der Minister trat zurück"),
    ("fr", "Deux jours après la grève, le ministre a démissionné.", "Deux jours", "DURATION",
     "Le ministre a démissionné"),
    # a date in the main clause after a long phrase with commas inside: the main clause
    ("de", "Nach achttägiger, ununterbrochener Beschießung durch über tausend Geschütze aller Kaliber, bei der eine "
     "Million Granaten verschossen wurden, begann am 1. Juli der Angriff auf die Stellungen am Fluss.", "1. Juli",
     "DATE", "Der Angriff begann auf die Stellungen am Fluss"),
    # clauses of their own after the date: no phrase
    ("en", "In 1990, prices rose, the economy grew and the army occupied the capital.", "1990", "DATE",
     "Prices rose, the economy grew and the army occupied the capital"),
    # the date inside a clause, not opening it
    ("fr", "Le ministre affirmait hier, accepter le plan, une annonce accueillie avec prudence.", "hier", "DATE",
     "Le ministre affirmait hier, accepter le plan, une annonce accueillie avec prudence"),
    ("en", "Retaliating two days after the bombing, the army shelled the harbour.", "two days", "DURATION",
     "Retaliating two days after the bombing, the army shelled the harbour"),
])
def test_a_date_opening_a_phrase_dates_the_main_clause_after_it(lang, text, expression, kind, wanted):
    assert typed_label(text, lang, expression, kind) == wanted


def test_a_date_opening_a_phrase_of_several_clauses_dates_the_main_clause_after_it():
    text = "On 3 March, two days after the strike began and a month before the vote, the minister sent the fleet."
    assert label(text, "en", "3 March") == "The minister sent the fleet"


@pytest.mark.parametrize("text, expression, others, wanted", [
    # the report parts the clause's verb from a phrase: both halves are one clause, told without the report
    ("Heating costs in 2025 will fall sharply, Ms. Okafor said, from a record $90 million last year.", "last year",
     ("2025",), "Heating costs will fall sharply from a record $90 million last year"),
    # ...its subject from its verb
    ("The old ferry, port officials said, will sail again on Saturday.", "Saturday", (),
     "The old ferry will sail again"),
    # the speaker after the verb
    ("The museum will reopen, said the mayor, in early spring.", "early spring", (), "The museum will reopen"),
    # a clause of its own after the report: the report's comma cuts no clause off it
    ("Unless the union signs within 10 days, he said, the strike that began on Monday will go on.", "10 days",
     ("Monday",), "Unless the union signs within 10 days"),
])
def test_a_report_set_off_by_commas_inside_a_clause_is_left_out(text, expression, others, wanted):
    assert label(text, "en", expression, *others) == wanted


def test_a_report_that_opens_a_clause_stays():
    # a subject of its own after the report: it reads as the main clause before what it reports
    assert label("Now, the coach said, the team will play on Sunday.", "en", "Sunday") \
        == "The coach said, the team will play"


def test_what_is_said_after_the_verb_is_no_report_set_off():
    # ", said repairs of the bridge,": what is said, not who says it
    text = "Ms. Okafor, the director, said repairs of the bridge, begun in May, will end soon."
    assert reporting_insertions(text, (0, len(text)), [], "en") == []
    text = "The museum will reopen, said the mayor, in early spring."
    assert reporting_insertions(text, (0, len(text)), [], "en") == [(22, 38)]
