"""Cutting the dates out of a clause's text, the first step of its label: the chart's axis shows them.

A date goes with the words that govern it ("im Mai", "14 Jahre lang", "two years ago") where that leaves whole
words; a date inside a phrase ("am heutigen Samstag", "in the Oct. 23 killing", "today's computers"), part of a
hyphenated word ("Herz-Jesu-Sonntag") or described by the clause after it stays, since cutting it would leave a
hole. The second end of a range goes where its first went (see `_without_dates`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .clauses import Span, rules
from .finite_verbs import is_copula, is_listed_finite
from .label_rules import _WORD, _label_rules, _LabelRules, _within

_POSSESSIVE_AFTER = re.compile(r"['’]s\b")

# A date joined to a word by a hyphen is part of that word ("Herz-Jesu-Sonntag", "MIP-Montag", "2014-Saison").
_IN_COMPOUND = re.compile(r"[^\W_]-$")

_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")

# A date set off by a comma with one word after it before the next comma ("Houellebecq, 1958 geboren, gilt"): the
# word is about the date, and would stand alone without it.
_LONE_WORD_AFTER = re.compile(r"\s+[^\W\d_][\w'’-]*,")

# A quotation mark right before a date (or the words governing it) opens a quoted title that holds the date.
_OPENING_QUOTES = ('"', "„", "“", "«", "‚", "‹")


def _without_dates(text: str, span: Span, dates: list[Span], lang: str | None, memo: dict | None = None) -> str:
    """The text of `span` with its dates (`dates` sorted) cut out where that leaves whole words: a date with the
    words that govern it ("im Mai", "14 Jahre lang", "two years ago"), at the start or end of the span or after
    a comma. A date inside a phrase ("am heutigen Samstag", "in fiscal 1989", "Entre 2000 et 2005", "today's
    computers", "(1990-1995)") stays: cutting it would leave a hole ("Am heutigen beginnt"); so does a date that is
    part of a hyphenated word ("Herz-Jesu-Sonntag"). The second end of a range goes where its first went, so no
    half range is left ("(1930 –)", "Entre 2000 et,"). `memo` keeps the answers for one text: the dates of one
    clause all ask about that clause."""
    if memo is not None:
        if span not in memo:
            memo[span] = _without_dates(text, span, dates, lang)
        return memo[span]
    rule = _label_rules(lang)
    pieces: list[str] = []
    position = span[0]
    kept: bool | None = None  # what became of the date before, if any
    last_end = span[0]
    for date_start, date_end in _within(dates, span):
        if date_start < position:
            continue
        before = text[position:date_start]
        if kept is not None and rule.range_between.fullmatch(text[last_end:date_start]):
            # The second end of a range ("1930 – 2017", "Entre 2000 et 2005") goes where the first went.
            embedded = kept
            governing, head = None, ""
        else:
            # "les 6 et 13 avril": a bare day joined to the date opens it
            opened = rule.range_start_before.search(before)
            governing = rule.preposition_before.search(before, 0, opened.start() if opened else len(before))
            governs_from = governing.start() if governing else opened.start() if opened else len(before)
            if governing and _opens_relative(before, governing.start(), rule):
                # "…, die am 1. Mai stattfindet": the relative pronoun stays, only "am" goes with the date
                governs_from = governing.start() + len(governing.group().split()[0])
                governing = rule.preposition_before.search(before, governs_from) if \
                    before[governs_from:].strip() else None
                governs_from = governing.start() if governing else len(before)
            head = before[:governs_from]
            head_words = head.split()
            last = head_words[-1].lower() if head_words else ""
            # The words after the date are matched in place, not on a slice: a clause of many dates stays linear.
            embedded = (not governing and last[-1:].isalnum() and last not in rule.loose
                        and not (is_listed_finite(last, lang) and not is_copula(last, lang))  # "said Friday"
                        and not (rule.preposition_opening.match(text, date_start)  # "er am Morgen des 26. Mai"
                                 and last not in rule.determiners)  # not "in einem am Vorabend veröffentlichten"
                        or _attributive(governing.group() if governing else "", text[date_start:date_end],
                                        text, date_end, span[1], rule)
                        or head.rstrip().endswith(("'", "’", "(", "["))
                        or head.endswith(_OPENING_QUOTES)  # a title: '"Den 11. September verstehen"'"
                        or _IN_COMPOUND.search(before) is not None
                        or not governing and head.rstrip().endswith(",") and (
                            _LONE_WORD_AFTER.match(text, date_end, span[1]) is not None
                            or _list_item(text, date_end, span[1], dates, lang))
                        or _COMPOUND_AFTER.match(text, date_end, span[1]) is not None
                        or _POSSESSIVE_AFTER.match(text, date_end, span[1]) is not None
                        or _described_after(text, date_end, span[1], lang))
        if embedded:
            if kept:  # nothing was cut since the date before: "1990–1995" stays as written
                pieces[-1] += before + text[date_start:date_end]
            else:
                pieces.append(before + text[date_start:date_end])
            last_end, kept, position = date_end, True, date_end
            continue
        _add(pieces, head, glued=bool(kept))
        last_end, kept = date_end, False
        following = rule.postposition_after.match(text, date_end, span[1]) or _range_end(text, date_end, span, dates)
        position = following.end() if following else date_end
    _add(pieces, text[position:span[1]], glued=bool(kept))
    return " ".join(" ".join(pieces).split())


_WORD_AND_SPACE = re.compile(r"\S+\s+")

# A bare number after a dash is the other end of the range the date opens ("von 8.30-12 Uhr"): it goes with it.
_RANGE_END_AFTER = re.compile(r"\s*[-–]\s*\d{1,4}(?:[.:]\d\d)?\b(?![.,:]?\d)")

_SPACE = re.compile(r"[ \t]+")


def _attributive(governing: str, date: str, text: str, date_end: int, end: int, rule: _LabelRules) -> bool:
    """Whether a date after an article (the last word governing it, or its own first word before a calendar date)
    modifies the word that follows it ("in the Oct. 23 killing", "by the 15 September attack date", "der 1998
    gegründete Verein", "the 1784 Treaty of Mangalore"): cut, it would leave "involved killing"."""
    last_governing = governing.split()[-1].lower() if governing.split() else ""
    first = date.split(maxsplit=1)[0].lower() if date.split() else ""
    # an article inside the date counts before a calendar date only: "the end of June civilians became" is no
    # modifier
    if last_governing not in rule.determiners and not (first in rule.determiners and any(map(str.isdigit, date))):
        return False
    following = _WORD.match(text, date_end + 1, end) if text[date_end:date_end + 1] == " " else None
    if rule.postposition_after.match(text, date_end, end) or not rule.capitalised_names and date.split() \
            and date.split()[-1][:1].isupper():
        return False  # "les 13 avril prochains": the word after belongs to the date; "für die kommenden Jahre
        # bilden": a date ending in a (German) noun modifies nothing after it
    return following is not None and following.group().lower() not in rule.stopwords \
        and not is_listed_finite(following.group(), rule.lang)  # "in der zweiten Jahreshälfte werde"


def _range_end(text: str, date_end: int, span: Span, dates: list[Span]) -> re.Match[str] | None:
    """The bare number closing the range a date opens ("8.30-12"), unless it starts a date of its own."""
    found = _RANGE_END_AFTER.match(text, date_end, span[1])
    if found is None:
        return None
    index = bisect_left(dates, (date_end + 1, date_end + 1))
    return None if index < len(dates) and dates[index][0] < found.end() else found


def _described_after(text: str, date_end: int, end: int, lang: str | None) -> bool:
    """Whether a clause describing the date follows it with no comma between ("ruled until 1910 when his
    successor came"): cut, the date would leave "ruled when his successor came"."""
    space = _SPACE.match(text, date_end, end)
    found = rules(lang).elaborating.match(text, space.end(), end) if space else None
    # one word only: a preposition and a relative pronoun read as a preposition and its article ("in der Zeit")
    return found is not None and " " not in found.group()


def _list_item(text: str, date_end: int, end: int, dates: list[Span], lang: str | None) -> bool:
    """Whether a coordinator and a word that is no date follow the date: an item of a list ("das Fest der
    Erstkommunion, Fronleichnam und viele andere Festtage"), not a list of dates ("1994, 1995 and 1997")."""
    coordinator = rules(lang).coordinator.match(text, date_end, end)
    if coordinator is None:
        return False
    after = _WORD_AND_SPACE.match(text, coordinator.end(), end)
    index = bisect_left(dates, (after.end(), after.end())) if after else 0
    return after is not None and not (index < len(dates) and dates[index][0] == after.end())


def _add(pieces: list[str], text: str, glued: bool) -> None:
    """Text after a kept date joins it as written ("December's", "2014/15"); after a cut, a space."""
    if glued and pieces:
        pieces[-1] += text
    else:
        pieces.append(text)


def _opens_relative(before: str, position: int, rule: _LabelRules) -> bool:
    """Whether the word at `position` of `before` is a relative pronoun opening a clause (after a comma or at
    the start), not an article of the date: "…, die am 1. Mai stattfindet"."""
    word = before[position:].split()[0].lower()
    return word in rule.relatives and (not before[:position].strip() or before[:position].rstrip().endswith(","))
