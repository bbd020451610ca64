"""A date that dates a figure compared with the clause's own ("…, up from $9 million a year earlier"): its label
says what held at that date, from the sentence's words (`timeline.figures`). Sentences of our own, in each language
of the packs."""

from __future__ import annotations

import pytest
from test_label_clauses import label  # the label `describe` gives an expression of a sentence


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # the verb tells its subject's level: the subject, the pack's past copula in its number, the compared figure
    ("en", "Revenue at the bakery chain declined 8% to $41.5 million, from $45.1 million a year earlier.",
     "a year earlier", (), "Revenue at the bakery chain was $45.1 million"),
    ("en", "Orders for the new ferry rose to 120 units last month from 95 units in June.", "June",
     ("last month",), "Orders for the new ferry were 95 units"),
    ("en", "The brewery said net income jumped to $7.2 million, or 31 cents a share, from $5.8 million, or 25 cents a "
     "share, a year ago.", "a year ago", (), "Net income was $5.8 million, or 25 cents a share"),
    ("de", "Die Arbeitslosenquote im Kreis stieg auf 5,2 Prozent, nach 4,9 Prozent im Vorjahr.", "Vorjahr", (),
     "Die Arbeitslosenquote im Kreis betrug 4,9 Prozent"),
    ("de", "Im Mai sanken die Übernachtungen auf 8000, gegenüber 9500 im April.", "April", ("Mai",),
     "Die Übernachtungen betrugen 9500"),
    ("fr", "Le taux de chômage de la région a augmenté à 5,2 %, contre 4,9 % en 2019.", "2019", (),
     "Le taux de chômage de la région était de 4,9 %"),
    ("fr", "Les ventes de la coopérative ont progressé à 12 millions d'euros, contre 9 millions d'euros en 2019.",
     "2019", (), "Les ventes de la coopérative étaient de 9 millions d'euros"),
    # the clause's own copula tells it
    ("en", "Attendance was 41,000, up from 38,500 a year ago.", "a year ago", (), "Attendance was 38,500"),
    # the compared phrase names its own quantity
    ("en", "The airline posted a loss of $3 million, compared with net income of $2 million, or 10 cents a share, "
     "a year earlier.", "a year earlier", (), "Net income was $2 million, or 10 cents a share"),
    # the verb's object is the quantity: the clause with the compared figure in its own's place
    ("en", "The mill earned $12 million, or 50 cents a share, compared with $9 million, or 40 cents a share, in "
     "1994.", "1994", (), "The mill earned $9 million, or 40 cents a share"),
    ("de", "Die Sparkasse meldete einen Gewinn von 12 Millionen Euro, nach 9 Millionen Euro im Jahr 2019.",
     "Jahr 2019", (), "Die Sparkasse meldete einen Gewinn von 9 Millionen Euro"),
    # an apposition stands for the subject before the verb: the noun the figure is tied to names the quantity
    ("en", "Brill, a maker of garden tools, reported sales of $61.2 million for the year, up 12% from $54.6 million "
     "in 1995.", "1995", (), "Sales were $54.6 million"),
    ("de", "Die Mühle, ein Familienbetrieb aus Lana, meldete einen Umsatz von 5 Millionen Euro, nach 4 Millionen Euro "
     "im Jahr 2019.", "Jahr 2019", (), "Umsatz betrug 4 Millionen Euro"),
])
def test_a_date_after_a_compared_figure_tells_what_held_then(lang, text, expression, others, wanted):
    assert label(text, lang, expression, *others) == wanted


@pytest.mark.parametrize("text, expression, others, wanted", [
    # the date before the compared phrase's noun, or after it: that noun names the quantity
    ("The brewery posted a loss of $2.1 million, or 9 cents a share, compared with year-ago profit of $1.4 million, "
     "or 6 cents a share.", "year-ago", (), "Profit was $1.4 million, or 6 cents a share"),
    ("The chain reported net income of $8 million for the half, compared with profit a year earlier of $6.5 million, "
     "as prices rose.", "a year earlier", ("the half",), "Profit was $6.5 million"),
    # a date's possessive before the compared figure: the verb tells its subject's level
    ("Fares rose 6% to $214, from last year's $202.", "last year", (), "Fares were $202"),
    # "twice" compares too
    ("Turnover at the ferry line reached $40 million, nearly twice the $21 million a year earlier.", "a year earlier",
     (), "Turnover at the ferry line was $21 million"),
])
def test_a_date_inside_a_compared_phrase_tells_what_held_then(text, expression, others, wanted):
    assert label(text, "en", expression, *others) == wanted


def test_a_comparison_that_complements_a_noun_keeps_its_label():
    """After a noun ("an increase from …") the comparison is that noun's complement: its phrase, date inside, is
    the label already."""
    text = "Exports in the latest month were $9 billion, an increase from last year's $8 billion."
    assert label(text, "en", "last year", "the latest month").startswith("An increase from")


@pytest.mark.parametrize("lang, text, expression, others", [
    # no figure between the marker and the date: the date is the comparison's base, no figure's date
    ("en", "Exports fell by $2 billion from 1996.", "1996", ()),
    # figures of different kinds: the change is a percentage, the compared figure dollars, and no verb has dollars
    ("en", "The company reported a 47% decline in profit, compared with $9 million in 1994.", "1994", ()),
    # the phrase after the figure is no restatement of it: the date belongs to that phrase
    ("en", "Revenue totaled $9 million, up from $7 million, reflecting the purchase of a rival earlier this year.",
     "earlier this year", ()),
    # the date does not end the phrase
    ("en", "Support rose from 35 percent in 1990 to 51 percent in 1998.", "1990", ("1998",)),
    # no subject for a verb of change, and a pronoun is no measured quantity
    ("en", "It rose to $5 million, from $4 million a year earlier.", "a year earlier", ()),
])
def test_a_date_of_no_compared_figure_keeps_its_label(lang, text, expression, others):
    got = label(text, lang, expression, *others)
    assert not any(copula in got.split() for copula in ("was", "were")) or got.startswith(text.split()[0])


@pytest.mark.parametrize("text, expression, others, wanted", [
    ("The bank declared a special dividend of 20 cents, payable March 3 to stock of record Feb. 10.", "Feb. 10",
     ("March 3",), "Record date of the special dividend"),
    ("The mill's 2-for-1 split will be paid in June to holders of record May 4.", "May 4", ("June",),
     "Record date of the mill's 2-for-1 split"),
    ("The utility said it will distribute warrants to shareholders of record April 2.", "April 2", (),
     "Record date of the warrants"),
])
def test_a_record_date_of_a_payout_is_told_as_such(text, expression, others, wanted):
    """A record date: the holders are listed at it, which the sentence names by no event; the pack's term for it
    and the payout's noun say it."""
    assert label(text, "en", expression, *others) == wanted


def test_a_date_after_holders_without_the_record_link_keeps_its_label():
    assert not label("The bank paid the dividend to its holders in May.", "en", "May").startswith("Record date")
