"""A date opening a clause before an aside, a source or a phrase describing the date: the label is the clause after
it (`timeline.insertions`). Sentences of our own, in each language of the packs."""

from __future__ import annotations

import pytest

from tests.test_label_clauses import label
from timeline.insertions import insertion_after_date, without_insertion


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
