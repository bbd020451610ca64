"""A date in a phrase set off by commas or dashes that describes the sentence's subject (an apposition, a
participle phrase), the sentence's verb right after it: its label is the subject with that phrase, not the main
clause's event (`timeline.appositions`). Sentences of our own, in each language of the packs."""

from __future__ import annotations

import pytest
from test_label_clauses import label  # the label `describe` gives an expression of a sentence

from timeline.appositions import apposition_label
from timeline.events import describe
from timeline.timex import Timex


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # an apposition: who the subject was then
    ("de", "Anna Berg, Bürgermeisterin von 2004 bis 2016, kritisiert den Plan.", "2004", ("2016",),
     "Anna Berg war Bürgermeisterin"),
    ("de", "Anna Berg, Bürgermeisterin von 2004 bis 2016, kritisiert den Plan.", "2016", ("2004",),
     "Anna Berg war Bürgermeisterin"),
    # a noun phrase dated by a closed period: what the subject was then, with the pack's past copula
    ("de", "Karl Huber, Landrat zwischen 1970 und 1976, schrieb später ein Buch.", "1976", ("1970",),
     "Karl Huber war Landrat"),
    ("en", "Tom Reed, governor from 1990 to 1998, wrote a memoir.", "1990", ("1998",), "Tom Reed was governor"),
    # a plural subject keeps the phrase (its copula would be plural)
    ("de", "Anna und Karl, Nachbarn von 1990 bis 2000, streiten vor Gericht.", "1990", ("2000",),
     "Anna und Karl, Nachbarn"),
    ("en", "Peter Hall, a director since 2010, said the company would grow.", "2010", (), "Peter Hall, a director"),
    ("en", "The old dam, under repair since March, will reopen in the autumn.", "March", ("autumn",),
     "The old dam, under repair"),
    ("fr", "Marie Dubois, ministre de la culture en 1995, a soutenu le projet.", "1995", (),
     "Marie Dubois, ministre de la culture"),
    # a participle phrase: what became of the subject then; a participle alone keeps its date
    ("fr", "L'appel à la grève, lancé vendredi par le syndicat, a été suivi.", "vendredi", (),
     "L'appel à la grève, lancé vendredi par le syndicat"),
    ("en", "The bridge, opened in 1932, will close for repairs.", "1932", (), "The bridge, opened in 1932"),
    ("en", "The old station, built in 1890 by a railway company, is now a museum.", "1890", (),
     "The old station, built by a railway company"),
    ("de", "Der Vertrag, 1961 unterzeichnet, gilt bis heute.", "1961", (), "Der Vertrag, 1961 unterzeichnet"),
    ("fr", "Le pont, construit en 1932, sera fermé pour travaux.", "1932", (), "Le pont, construit en 1932"),
    # set off by dashes
    ("en", "The old mill – a bakery until 1975 – was sold to the town.", "1975", (), "The old mill – a bakery"),
])
def test_a_date_in_a_phrase_describing_the_subject_labels_that_phrase(
        lang: str, text: str, expression: str, others: tuple[str, ...], wanted: str) -> None:
    assert label(text, lang, expression, *others) == wanted


@pytest.mark.parametrize("lang, text, expression", [
    # the phrase is the date alone: it dates the main clause
    ("en", "The first vote, on 3 May, was held in the old town hall.", "3 May"),
    ("de", "Die erste Sitzung, am 3. Mai, fand im alten Rathaus statt.", "3. Mai"),
    # a relative clause has its own verb (`timeline.subclauses` tells it)
    ("de", "Der Minister, der im Mai zurückgetreten war, kritisiert den Plan.", "Mai"),
    ("en", "The minister, who resigned in May, criticised the plan.", "May"),
    ("de", "Die Ministerin, die 2004 gewählt wurde, kritisiert den Plan.", "2004"),
    # an introductory phrase, no subject, before the comma
    ("de", "An der Küste, in einem Sturm im Mai, verloren die Fischer ihre Boote.", "Mai"),
    ("en", "In the north, during a storm in May, the fishermen lost their boats.", "May"),
    # a verb before the phrase: it may describe the object
    ("en", "She thinks her house, worth much more in May, is worth half that now.", "May"),
    # no verb right after the phrase: a list, or the phrase goes on
    ("en", "Anna, a mayor in 2004, a minister in 2010, and a judge later, retired.", "2004"),
    # a clause of its own inside the commas
    ("de", "Der Plan, so hieß es im Mai, sei gescheitert.", "Mai"),
])
def test_a_phrase_not_describing_the_subject_is_no_apposition(lang: str, text: str, expression: str) -> None:
    start = text.find(expression)
    date = (start, start + len(expression))
    assert apposition_label(text, (0, len(text)), date, [date], lang) is None


def _duration_label(text: str, lang: str, expression: str) -> str:
    """The label `describe` gives `expression`, tagged as a duration (no point on the chart's axis)."""
    start = text.find(expression)
    assert start >= 0
    (context,) = describe(text, [Timex(start, start + len(expression), expression, "DURATION", "P6M")], lang)
    return context.label


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a duration in a phrase describing the subject: how long the subject was so, not how long the verb's event
    ("en", "The small bakery, rumored a likely takeover target for nine months, said a rival had made an offer.",
     "nine months", "The small bakery, rumored a likely takeover target for nine months"),
    ("fr", "Les joueurs de Lyon, champions de France depuis trois ans, ont encore gagné mardi soir.",
     "trois ans", "Les joueurs de Lyon, champions de France depuis trois ans"),
])
def test_a_duration_in_a_phrase_describing_the_subject_labels_that_phrase(
        lang: str, text: str, expression: str, wanted: str) -> None:
    assert _duration_label(text, lang, expression) == wanted


def test_a_phrase_that_names_the_subject_tells_no_state_at_its_date() -> None:
    # "known as …": the date is part of the name the phrase gives, no state of the subject then
    text = "The counteroffensive, known as the Hundred Days Offensive, began in the summer."
    start = text.find("Hundred Days")
    date = (start, start + len("Hundred Days"))
    assert apposition_label(text, (0, len(text)), date, [date], "en") is None
