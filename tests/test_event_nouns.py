"""A date that dates a noun of action after a preposition of sequence ("nach", "after", "après"): its label is
the noun phrase, not the clause's event, which happens before or after it (`timeline.event_nouns`). Sentences of
our own, in each language of the packs."""

from __future__ import annotations

import pytest
from test_label_clauses import label  # the label `describe` gives an expression of a sentence

from timeline.event_nouns import is_event_noun
from timeline.events import describe
from timeline.timex import Timex


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a phrase that opens the clause, the date inside it before the verb-second verb or the comma
    ("de", "Nach der Wiederwahl des Bürgermeisters im Oktober 2015 begann die Stadt mit dem Umbau.",
     "Oktober 2015", "Die Wiederwahl des Bürgermeisters"),
    ("de", "Nach der Landtagswahl 2018 bildeten die beiden Parteien eine Koalition.", "2018", "Die Landtagswahl"),
    ("en", "After the vote in May, the council approved the new budget.", "May", "The vote"),
    ("en", "After the election of November 1992, the party split in two.", "November 1992", "The election"),
    ("fr", "Après la réélection du maire en octobre 2015, la ville a commencé les travaux.", "octobre 2015",
     "La réélection du maire"),
    # a link that ties a date to a noun only, wherever the phrase stands
    ("de", "Die Uferstraße ist seit der Sturmflut vom 3. Januar gesperrt.", "3. Januar", "Die Sturmflut"),
    ("fr", "Le quartier a beaucoup changé depuis l'incendie du 4 mars.", "4 mars", "L'incendie"),
    ("de", "Nach der Wahl des Jahres 2015 kehrte er in seine Heimat zurück.", "Jahres 2015", "Die Wahl"),
    # a date's possessive, or a date between the article and the noun
    ("en", "Her father asked the court to act after Thursday's hearing.", "Thursday", "The hearing"),
    ("en", "The bank has cut its rates twice since the 2008 crash.", "2008", "The crash"),
    ("en", "Prices have not recovered since its 2011 takeover of the rival firm.", "2011",
     "Its takeover of the rival firm"),
])
def test_a_date_of_a_noun_of_action_after_a_preposition_of_sequence_tells_the_noun(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, kept", [
    # the noun phrase is the subject of a clause the preposition opens: that clause is the label
    ("en", "The museum reopened after the flood of 2013 had closed it.", "2013", "closed"),
    # a document or a state, no event
    ("en", "The treaty of 1921 is still in force.", "1921", "in force"),
    ("en", "After the agreement of 1921, the border stayed open.", "1921", "border"),
    # a noun of a point in time takes the date as its complement: the date is that point, no event of its own
    ("de", "Seit Beginn des Jahres 2015 ist der Platz gesperrt.", "Jahres 2015", "gesperrt"),
    ("en", "After the start of the war in 1939, he fled to Lisbon.", "1939", "fled"),
    # a preposition of the same time: the clause's event happened at the noun's
    ("en", "During the summit in June, the leaders signed a pact.", "June", "signed"),
    ("de", "Bei der Abstimmung am Dienstag stimmte die Mehrheit dagegen.", "Dienstag", "stimmte"),
    # a date after the phrase inside the clause may date the clause: the grammar does not tell
    ("en", "The minister resigned after the vote in May.", "May", "resigned"),
    ("de", "Der Minister trat nach der Wahl im Mai zurück.", "Mai", "trat"),
])
def test_a_date_whose_noun_tells_no_other_event_keeps_its_label(lang, text, expression, kept):
    assert kept in label(text, lang, expression)


def test_the_two_ends_of_a_range_in_the_phrase_keep_one_label():
    text = "Nach dem Streik von März bis Mai 2019 einigten sich die Parteien auf einen Vertrag."
    assert label(text, "de", "März", "Mai 2019") == label(text, "de", "Mai 2019", "März")


@pytest.mark.parametrize("lang, word, event", [
    ("de", "Kommunalwahl", True), ("de", "Abstimmung", True), ("de", "Landesregierung", False),
    ("en", "announcement", True), ("en", "government", False), ("en", "hearing", True),
    ("fr", "lancement", True), ("fr", "gouvernement", False), ("fr", "l'élection", True),
])
def test_nouns_of_action_are_found_by_their_ending_or_as_general_news_events(lang, word, event):
    assert is_event_noun(word, lang) is event


def test_an_expression_of_whitespace_after_an_event_noun_gets_a_context():
    # the tagger never makes one, but `describe` takes any span: it must not look for a first word in it
    text = "Nach der Wahl  gewann die Partei."
    start = text.index("  ")
    (context,) = describe(text, [Timex(start, start + 2, "  ", "DATE", "2019")], "de")
    assert context.sentence == text
