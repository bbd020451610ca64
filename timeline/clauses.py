"""Clauses of a sentence, so that each date goes with the event it dates, not with its neighbour's.

"In January, Taiwan elected a new president, and in March Russia held a presidential vote": the sentence is cut
at punctuation that always ends a clause (; : and spaced dashes) and at a comma followed by a word that opens a
finite clause (", and", ", als", ", der"...). A clause that still holds two dates is cut once more between
them, at a bare coordinator ("und", "and") or, failing that, at a comma. The words come from
`resources/events/<lang>.toml`; the cutting is the same for every language.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from .event_resources import load

Span = tuple[int, int]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class ClauseRules:
    hard: re.Pattern[str]  # cut text that always separates clauses
    after_comma: re.Pattern[str]  # ", und ": cuts the comma, the word opens the next clause
    coordinator: re.Pattern[str]  # " und " between two dates of one clause
    coordinators: frozenset[str]
    comma: re.Pattern[str]
    elaborating: re.Pattern[str]  # at the start of a clause that describes the date before it


@cache
def rules(lang: str | None) -> ClauseRules:
    data = load(lang)["clauses"]
    # A leading or trailing space in a mark means "only with a space there": "6:28" and "Baden-Baden" are no cuts.
    strong = "|".join(
        (r"(?<=\s)" if mark.startswith(" ") else "") + re.escape(mark.strip()) + (r"(?=\s)" if mark.endswith(" ") else "")
        for mark in data["strong"]
    )
    return ClauseRules(
        # (?<!\s): a run of blanks is tried from its start only, so that matching stays linear.
        hard=re.compile(rf"(?<!\s)\s*(?:{strong})\s*"),
        after_comma=re.compile(rf",\s*(?=(?:{_alternation(data['after_comma'])})\b)", re.IGNORECASE),
        coordinator=re.compile(rf"(?<!\s)\s+(?=(?:{_alternation(data['coordinators'])})\s)", re.IGNORECASE),
        coordinators=frozenset(word.lower() for word in data["coordinators"]),
        comma=re.compile(r",\s+"),
        elaborating=re.compile(rf"(?:{_alternation(data['elaborating'])})\b", re.IGNORECASE),  # used with .match
    )


def _overlaps(start: int, end: int, dates: list[Span]) -> bool:
    """Whether [start, end) overlaps a date; `dates` sorted and disjoint, as a tagger's are."""
    index = bisect_left(dates, (end, end))
    return index > 0 and dates[index - 1][1] > start


def _inside(dates: list[Span], span: Span) -> list[Span]:
    first = bisect_left(dates, (span[0], span[0]))
    last = bisect_left(dates, (span[1], span[1]))
    return [d for d in dates[first:last] if d[1] <= span[1]]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, span: Span, cuts: list[Span]) -> list[Span]:
    """Pieces of `span` between the cuts (cuts sorted, inside span, disjoint), blank pieces dropped."""
    pieces, position = [], span[0]
    for cut_start, cut_end in cuts:
        pieces.append(_trim(text, position, cut_start))
        position = cut_end
    pieces.append(_trim(text, position, span[1]))
    return [piece for piece in pieces if piece[1] > piece[0]]


def clause_spans(text: str, sentence: Span, dates: list[Span], lang: str | None) -> list[Span]:
    """The clauses of `text[sentence[0]:sentence[1]]`, as spans into `text`; no cut falls inside a date."""
    rule = rules(lang)
    dates = sorted(dates)
    start, end = sentence
    chunk = text[start:end]
    cuts = []
    for pattern in (rule.hard, rule.after_comma):
        for match in pattern.finditer(chunk):
            cut = (start + match.start(), start + match.end())
            if match.end() > match.start() and not _overlaps(*cut, dates) and not _joins_range(text, cut, dates):
                cuts.append(cut)
    clauses = _cut(text, sentence, _disjoint(cuts))
    return [piece for clause in clauses for piece in _split_between_dates(text, clause, dates, rule)]


_DASHES = frozenset("-–—")


def _joins_range(text: str, cut: Span, dates: list[Span]) -> bool:
    """Whether a dash cut stands between two dates, as in "(1930 – 2017)": a range, not two clauses."""
    if text[cut[0]:cut[1]].strip() not in _DASHES:
        return False
    before = bisect_left(dates, (cut[0], cut[0]))  # dates are sorted: the one before the cut, the one after it
    after = bisect_left(dates, (cut[1], cut[1]))
    return before > 0 and after < len(dates) and dates[before - 1][1] <= cut[0] and \
        not text[dates[before - 1][1]:cut[0]].strip() and not text[cut[1]:dates[after][0]].strip()


def _disjoint(cuts: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for cut in sorted(cuts):
        if merged and cut[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], cut[1]))
        else:
            merged.append(cut)
    return merged


def _split_between_dates(text: str, clause: Span, dates: list[Span], rule: ClauseRules) -> list[Span]:
    inside = _inside(dates, clause)
    cuts = []
    for (_, left_end), (right_start, _) in zip(inside, inside[1:]):
        between = text[left_end:right_start]
        if between.strip().lower() in rule.coordinators:
            continue  # two dates joined by "and" alone are one date phrase: "für 2014 und 2015"
        # The coordinator nearest the second date: "Alice and Bob married in 2020 and in 2022 they moved".
        found = list(rule.coordinator.finditer(between)) or list(rule.comma.finditer(between))
        if found:
            cuts.append((left_end + found[-1].start(), left_end + found[-1].end()))
    return _cut(text, clause, cuts) if cuts else [clause]
