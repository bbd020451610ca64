"""A date in a subordinate or relative clause of a longer sentence: its label tells that clause's event, told so
that it reads alone (`timeline.subclauses`). Sentences of our own, in each language of the packs."""

from __future__ import annotations

import pytest

from timeline.events import describe
from timeline.timex import Timex


def label(text: str, lang: str, expression: str, *others: str) -> str:
    """The label `describe` gives `expression`, with `others` tagged as dates too."""
    spans = sorted((text.find(e), text.find(e) + len(e), e) for e in (expression, *others))
    assert all(start >= 0 for start, _, _ in spans)
    timexes = [Timex(start, end, e, "DATE", "XXXX") for start, end, e in spans]
    return next(c.label for t, c in zip(timexes, describe(text, timexes, lang)) if t.text == expression)


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a leading subordinate clause holding the date, its main clause after the comma
    ("de", "Nachdem die Regierung im März 2019 zurückgetreten war, übernahm der Präsident die Geschäfte.",
     "März 2019", "Die Regierung war zurückgetreten"),
    ("de", "Weil die Brücke im Winter gesperrt wurde, mussten die Pendler einen langen Umweg fahren.", "Winter",
     "Die Brücke wurde gesperrt"),
    ("en", "After the plant closed in 2010, the town lost half its jobs.", "2010", "The plant closed"),
    ("en", "When the new dam broke in April, the whole valley was flooded within hours.", "April",
     "The new dam broke"),
    ("fr", "Après que l'usine a fermé en 2010, la ville a perdu la moitié de ses emplois.", "2010",
     "L'usine a fermé"),
    ("fr", "Lorsque le pont a rouvert en juin, les commerçants du centre ont retrouvé leurs clients.", "juin",
     "Le pont a rouvert"),
    # ... and one after its main clause
    ("de", "Der Bürgermeister war gerade im Urlaub, als das Hochwasser im Juli die Altstadt erreichte.", "Juli",
     "Das Hochwasser erreichte die Altstadt"),
    ("en", "The council met again after the old mayor resigned in March.", "March", "The old mayor resigned"),
])
def test_a_date_in_a_subordinate_clause_tells_that_clause(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the main clause's own date keeps the main clause (the leading clause with it when the sentence fits)
    ("de", "Nachdem die Regierung zurückgetreten war, übernahm der Präsident am 3. Mai die Geschäfte.", "3. Mai",
     "Nachdem die Regierung zurückgetreten war, übernahm der Präsident die Geschäfte"),
    ("en", "After the plant closed, the town lost half its jobs in 2011.", "2011",
     "After the plant closed, the town lost half its jobs"),
    # a subordinator that governs the date opens no clause: "Seit 2010", "since 2010"
    ("de", "Seit 2010 wohnt die Familie in einem kleinen Haus am Stadtrand.", "2010",
     "Die Familie wohnt in einem kleinen Haus am Stadtrand"),
    ("en", "Since 2010 the family has lived in a small house at the edge of town.", "2010",
     "The family has lived in a small house at the edge of town"),
    # a date set off by commas between the two clauses is the main clause's
    ("en", "After the storm passed, on May 3, they opened the road again.", "May 3",
     "After the storm passed, they opened the road again"),
    # an attribution tells no event of its own: the sentence stays
    ("en", "The river rose all night, as the weather service had warned on Sunday.", "Sunday",
     "The river rose all night, as the weather service had warned"),
    ("fr", "La rivière a monté toute la nuit, comme l'avait annoncé la préfecture le 3 mars.", "3 mars",
     "La rivière a monté toute la nuit, comme l'avait annoncé la préfecture"),
])
def test_a_date_outside_the_subordinate_clause_keeps_its_label(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


def test_a_german_main_clause_after_a_subordinate_one_puts_its_subject_first():
    text = ("Nachdem die Regierung im März 2019 nach langen Verhandlungen über den Haushalt zurückgetreten war, "
            "übernahm der Präsident am 3. Mai die Geschäfte des Staates für die nächsten Monate.")
    assert label(text, "de", "3. Mai", "März 2019") == \
        "Der Präsident übernahm die Geschäfte des Staates für die nächsten Monate"
    assert label(text, "de", "März 2019", "3. Mai") == \
        "Die Regierung war nach langen Verhandlungen über den Haushalt zurückgetreten"
    # not after "und", whose subject is the clause's before it, nor where the date stands for the subject
    made = label("Die Truppe zog nach Osten und erreichte am 2. August das Tal.", "de", "2. August")
    assert not made.startswith("Das Tal"), made
    made = label("So begann der 3. Oktober eine neue Zeit.", "de", "3. Oktober")
    assert not made.startswith("Eine neue Zeit"), made


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # the relative pronoun is the subject: the noun it describes takes its place
    ("de", "Der Minister, der im Januar zurückgetreten war, kehrte nach Berlin zurück.", "Januar", (),
     "Der Minister war zurückgetreten"),
    ("en", "The general, who had drilled new troops all winter, attacked in the spring.", "the spring", (),
     "The general attacked"),
    ("en", "The general, who in January had drilled new troops, attacked the fort.", "January", (),
     "The general had drilled new troops"),
    ("fr", "Le ministre, qui avait démissionné en janvier après de vives critiques, est revenu à Paris.",
     "janvier", (), "Le ministre avait démissionné après de vives critiques"),
    # a name after a preposition is the nearest noun: "an option for Leon, who …"
    ("en", "The job was no longer an option for Maria, who in March moved to a farm near the coast.", "March", (),
     "Maria moved to a farm near the coast"),
    # the main clause after a relative clause between its subject and its verb: subject and main clause
    ("de", "Der Minister für Arbeit, der im Januar nach heftiger Kritik zurückgetreten war, kehrte im Herbst nach "
           "Berlin zurück.", "Herbst", ("Januar",), "Der Minister für Arbeit kehrte nach Berlin zurück"),
    ("fr", "Le ministre, qui avait démissionné en janvier, est revenu à Paris à l'automne pour présenter son livre.",
     "l'automne", ("janvier",), "Le ministre est revenu à Paris pour présenter son livre"),
])
def test_a_date_in_a_relative_clause_tells_what_its_noun_did(lang, text, expression, others, wanted):
    assert label(text, lang, expression, *others) == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the pronoun is no subject: it stays after its noun
    ("de", "Das Buch, das er im Mai veröffentlichte, wurde ein großer Erfolg bei den Lesern.", "Mai",
     "Das Buch, das er veröffentlichte"),
    ("en", "The plan, which the council approved in May, was dropped after the election.", "May",
     "The plan, which the council approved"),
    # a linking word ties two nouns: which one the pronoun stands for is not told
    ("en", "Nobody asked about the head of the bank, who resigned in March after the losses came to light.",
     "March", "The head of the bank, who resigned after the losses came to light"),
    # in a verb-final clause an article after an adverb may open its subject ("die beispielsweise der Autor …")
    ("de", "Die Zahlen, die beispielsweise der Autor im Jahr 2004 in seinem Buch nannte, gelten als zu hoch.",
     "Jahr 2004", "Die Zahlen, die beispielsweise der Autor in seinem Buch nannte"),
])
def test_a_relative_pronoun_that_is_no_subject_stays(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the content clause after a reporting verb holds the date: it is what happened then
    ("en", "He said that prices rose in May.", "May", "Prices rose"),
    ("fr", "Le maire a expliqué que le marché avait rouvert en avril.", "avril", "Le marché avait rouvert"),
    # the report's own date keeps the report
    ("en", "He said on Friday that prices would rise.", "Friday", "He said that prices would rise"),
    # "that" after a preposition is a determiner; after a noun, a relative pronoun with no subject of its own
    ("en", "In that year, the town built a new school.", "year", "The town built a new school"),
    ("en", "The club honoured the team that won the cup in 1953.", "1953",
     "The club honoured the team that won the cup"),
])
def test_a_content_clause_holding_the_date_is_its_label(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted
