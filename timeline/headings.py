"""Section headings that are dates ("1917", "Camden, 16. August 1780", "Western Theater 1861-1863"): a history tells
what happened then in the section under the heading, so the heading's dates take the label of the section's first
sentence, where that sentence tells of the heading's time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .event_nouns import is_event_noun
from .finite_verbs import has_verb
from .label_rules import LABEL_WORDS
from .labels import make_label
from .timex import Timex, interval_of

Span = tuple[int, int]

HEADING_WORDS = 4  # words of a heading besides its dates: a name ("Guilford Court House"), a period's noun
SUBHEADINGS = 2  # headings without dates that may stand between a dated heading and its section's first sentence
SUBHEADING_WORDS = 8  # words of such a heading
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_OPENING_MARK = re.compile(r"^\s*[-–—\"'„“”«»(\[]")  # a quote's attribution or an aside, not a heading
_SEPARATOR = re.compile(r"^\s*[,:]|[,:]\s*$")  # "Camden, 16. August 1780", "Early 480 BC: Thrace, …"


class _HasLabel(Protocol):
    label: str


def _alone_on_line(text: str, span: Span) -> bool:
    before, after = text[:span[0]].rstrip(" \t"), text[span[1]:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _is_heading(text: str, span: Span, lang: str | None, max_words: int) -> bool:
    """A line of its own, short, that ends in no sentence's stop and holds no finite verb."""
    line = text[span[0]:span[1]].strip()
    return bool(line) and _alone_on_line(text, span) and line[-1] not in ".!?;" \
        and not _OPENING_MARK.match(line) and len(line.split()) <= max_words and not has_verb(line, lang)


def _within(inner: str, outer: str) -> bool:
    found, bounds = interval_of(inner), interval_of(outer)
    return found is not None and bounds is not None and bounds.start <= found.start and found.end <= bounds.end


def heading_labels(
    text: str, spans: tuple[Span, ...], timexes: list[Timex], contexts: Sequence[_HasLabel], on_axis: list[Span],
    lang: str | None,
) -> None:
    """Give the dates of each dated heading the label of the first sentence of its section (in place), when that
    sentence's own dates on the axis all fall within the date's; a heading that names something besides its dates,
    set off by a comma or colon, keeps the name in front ("Camden: …")."""
    by_start = {timex.start: index for index, timex in enumerate(timexes)}
    starts = sorted(by_start)
    for number, span in enumerate(spans):
        inside = [by_start[s] for s in starts if span[0] <= s < span[1]]
        # (dates with a place on the axis: "damals" in a heading is a column's name, not a section's time)
        axis = [k for k in inside if timexes[k].type in ("DATE", "TIME") and interval_of(timexes[k].value)]
        if not axis or not _is_heading(text, span, lang, HEADING_WORDS + sum(
                len(timexes[k].text.split()) for k in inside)):
            continue
        rest = text[span[0]:span[1]]
        for k in sorted(inside, reverse=True):
            rest = rest[:timexes[k].start - span[0]] + "\0" + rest[timexes[k].end - span[0]:]
        pieces = [piece for piece in rest.split("\0") if _WORD.search(piece)]
        if len(pieces) > 1 or "(" in rest or (pieces and len(_WORD.findall(pieces[0])) > HEADING_WORDS):
            continue
        if any(is_event_noun(word, lang) for piece in pieces for word in _WORD.findall(piece)):
            continue  # "Invasion Kanadas 1775/76", "Battle of Salamis": the heading tells its event itself
        name = pieces[0].strip(" ,:;") if pieces and _SEPARATOR.search(pieces[0]) else ""
        following = number + 1
        while following < len(spans) and following - number <= SUBHEADINGS \
                and not any(spans[following][0] <= s < spans[following][1] for s in starts) \
                and _is_heading(text, spans[following], lang, SUBHEADING_WORDS):
            following += 1
        if following >= len(spans) or _is_heading(text, spans[following], lang, SUBHEADING_WORDS):
            continue
        section = spans[following]
        dated = [by_start[s] for s in starts if section[0] <= s < section[1]
                 and timexes[by_start[s]].type in ("DATE", "TIME")]
        # the sentence's main clause, not the clause of its first date ("nach den Siegen im Herbst")
        told = make_label(text, section, on_axis, lang)
        if not has_verb(told, lang):
            continue  # a label cut so short that it lost its verb tells less than the heading's name
        if name and name.lower() not in told.lower() \
                and len(name.split()) + len(told.split()) <= LABEL_WORDS + 1:
            # (only whole: the label is already cut to the chart's length, and a second cut would cut it again)
            told = f"{name}: {told}"
        for k in axis:
            if all(_within(timexes[d].value, timexes[k].value) for d in dated):
                contexts[k].label = told
