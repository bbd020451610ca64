"""Section headings that are dates ("1917", "Camden, 16. August 1780", "Western Theater 1861-1863"): a history tells
what happened then in the section under the heading, so the heading's dates take the label of the section's first
sentence, where that sentence tells of the heading's time."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Protocol

from .event_nouns import is_event_noun
from .event_resources import pack_words
from .finite_verbs import has_verb
from .label_rules import LABEL_WORDS
from .labels import make_label
from .timex import Timex, interval_of

Span = tuple[int, int]
Moment = tuple[int, ...]  # year (negative before Christ), month, day, hour, minute, second: comparable across eras

HEADING_WORDS = 4  # words of a heading besides its dates: a name ("Guilford Court House"), a period's noun
SUBHEADINGS = 2  # headings without dates that may stand between a dated heading and its section's first sentence
SUBHEADING_WORDS = 8  # words of such a heading
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_OPENING_MARK = re.compile(r"^\s*[-–—\"'„“”«»(\[]")  # a quote's attribution or an aside, not a heading
_SEPARATOR = re.compile(r"^\s*[,:]|[,:]\s*$")  # "Camden, 16. August 1780", "Early 480 BC: Thrace, …"
_BEFORE_CHRIST = re.compile(r"BC(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")  # "April 480 BC": BC0480-04
SPAN_DATES = 2  # dates of a heading: one date or the two ends of one span; more are several events' dates


class _HasLabel(Protocol):
    label: str


def _alone_on_line(text: str, span: Span) -> bool:
    before = span[0]
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = span[1]
    while after < len(text) and text[after] in " \t":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def _is_heading(text: str, span: Span, lang: str | None, max_words: int) -> bool:
    """A line of its own, short, that ends in no sentence's stop and holds no finite verb."""
    line = text[span[0]:span[1]].strip()
    return bool(line) and _alone_on_line(text, span) and line[-1] not in ".!?;" \
        and not _OPENING_MARK.match(line) and len(line.split()) <= max_words and not has_verb(line, lang)


def _bounds(value: str) -> tuple[Moment, Moment] | None:
    """The first and last moment of a date's time; a year before Christ counts back from year 0."""
    bc = _BEFORE_CHRIST.fullmatch(value)
    if bc is not None:
        year, month, day = -int(bc[1]), int(bc[2] or 0), int(bc[3] or 0)
        return (year, month or 1, day or 1, 0, 0, 0), (year, month or 12, day or 31, 23, 59, 59)
    found = interval_of(value)
    return None if found is None else (found.start.timetuple()[:6], found.end.timetuple()[:6])


def _within(inner: str, outer: str) -> bool:
    found, bounds = _bounds(inner), _bounds(outer)
    return found is not None and bounds is not None and bounds[0] <= found[0] and found[1] <= bounds[1]


def _joined(pieces: Sequence[str], ranges: frozenset[str]) -> bool:
    """Whether the text between dates joins them as one span or list: marks and range words, no other word
    ("1775/76", "29. März bis 12. Mai 1780", "4. Oktober, 1777")."""
    return all(word.lower() in ranges for piece in pieces for word in _WORD.findall(piece)) \
        and not any(mark in piece for piece in pieces for mark in "()[]")


def _tells_span(text: str, timexes: list[Timex], dated: list[int], axis: list[int], ranges: frozenset[str]) -> bool:
    """Whether the sentence names the heading's span itself ("vom 9. März bis 8. Mai 1781" under "Pensacola,
    9. März bis 8. Mai 1781"): its dates stand together, each of the heading's dates holds one of them, and all
    fall within the heading's first and last date."""
    ends = [_bounds(timexes[k].value) for k in axis]
    if not dated or len(axis) < 2 or None in ends:
        return False
    first, last = min(end[0] for end in ends if end), max(end[1] for end in ends if end)
    inside = [_bounds(timexes[d].value) for d in dated]
    return _joined([text[timexes[a].end:timexes[b].start] for a, b in zip(dated, dated[1:])], ranges) \
        and all(found is not None and first <= found[0] and found[1] <= last for found in inside) \
        and all(any(_within(timexes[d].value, timexes[k].value) for d in dated) for k in axis)


def heading_labels(
    text: str, spans: tuple[Span, ...], timexes: list[Timex], contexts: Sequence[_HasLabel], on_axis: list[Span],
    lang: str | None,
) -> None:
    """Give the dates of each dated heading the label of the first sentence of its section (in place), when that
    sentence's own dates on the axis all fall within the date's, or name the heading's span itself; a heading that
    names something besides its dates, set off by a comma or colon, keeps the name in front ("Camden: …")."""
    by_start = {timex.start: index for index, timex in enumerate(timexes)}
    starts = sorted(by_start)
    ranges = pack_words(lang, "labels", "range_words")

    def dates_in(span: Span) -> list[int]:  # bisected: a text of many sentences and dates stays linear
        return [by_start[s] for s in starts[bisect_left(starts, span[0]):bisect_left(starts, span[1])]]

    for number, span in enumerate(spans):
        if not _alone_on_line(text, span):
            continue  # most sentences: no heading, and nothing more to read
        inside = dates_in(span)
        # (dates with a place on the axis: "damals" in a heading is a column's name, not a section's time)
        axis = [k for k in inside if timexes[k].type in ("DATE", "TIME") and _bounds(timexes[k].value)]
        if not axis or len(axis) > SPAN_DATES or not _is_heading(text, span, lang, HEADING_WORDS + sum(
                len(timexes[k].text.split()) for k in inside)):
            continue
        before, *between, after = [text[start:end] for start, end in zip(
            [span[0]] + [timexes[k].end for k in inside], [timexes[k].start for k in inside] + [span[1]])]
        # dates in brackets after a name ("Venustiano Carranza (1914-1920)"): the name's years, not a section's
        bracketed = before.rstrip().endswith("(") and after.strip() == ")"
        if bracketed:
            before, after = before.rstrip()[:-1], ""
        pieces = [piece for piece in (before, after) if _WORD.search(piece)]
        if len(pieces) > 1 or "(" in before + after or not _joined(between, ranges) \
                or (pieces and len(_WORD.findall(pieces[0])) > HEADING_WORDS):
            continue
        if any(is_event_noun(word, lang) for piece in pieces for word in _WORD.findall(piece)):
            continue  # "Invasion Kanadas 1775/76", "Battle of Salamis": the heading tells its event itself
        name = pieces[0].strip(" ,:;") if pieces and _SEPARATOR.search(pieces[0]) else ""
        following = number + 1
        while following < len(spans) and following - number <= SUBHEADINGS \
                and not dates_in(spans[following]) \
                and _is_heading(text, spans[following], lang, SUBHEADING_WORDS):
            following += 1
        if following >= len(spans) or _is_heading(text, spans[following], lang, SUBHEADING_WORDS):
            continue
        section = spans[following]
        dated = [k for k in dates_in(section) if timexes[k].type in ("DATE", "TIME")]
        # the sentence's main clause, not the clause of its first date ("nach den Siegen im Herbst")
        told = make_label(text, section, on_axis, lang)
        if not has_verb(told, lang):
            continue  # a label cut so short that it lost its verb tells less than the heading's name
        if bracketed and not (dated and pieces and told.startswith(pieces[0].strip())):
            # a name's years tell of the section only where it opens with the name and a date of those years
            # ("Venustiano Carranza became president in 1914"); a period's noun ("Díaz's rule") reads as it is
            continue
        if name and name.lower() not in told.lower() \
                and len(name.split()) + len(told.split()) <= LABEL_WORDS + 1:
            # (only whole: the label is already cut to the chart's length, and a second cut would cut it again)
            told = f"{name}: {told}"
        spanned = _tells_span(text, timexes, dated, axis, ranges)
        for k in axis:
            if spanned or all(_within(timexes[d].value, timexes[k].value) for d in dated):
                contexts[k].label = told
