"""Sentence boundaries, as character spans into the text."""

from __future__ import annotations

import re
from functools import lru_cache

# A sentence ends at . ! ? (optionally followed by closing quotes) before whitespace and an upper-case letter,
# digit or opening quote, or at a line break. Abbreviations and ordinals ("19. Juni", "Dr. Kim") must not split.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”“»«)]*\s+(?=[\"'„“»«(]?[A-ZÄÖÜ0-9])|\n+")
_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b\d{1,2}|\b[A-Za-zÄÖÜäöü]|\b(?:Dr|Mr|Ms|Mrs|Nr|Fr|Hr|bzw|ca|vgl|usw|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez|Prof|Gen|Sen|Rep|Gov|St|Jr|Inc|Corp|Co|Ltd|No|Abs|Art|gem|geb|Mio|Mrd|Tsd|z\.B|u\.a|d\.h))\.$"
)


@lru_cache(maxsize=4)  # the tagger and the event describer split the same text one after the other
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans (start, end) of the sentences in `text`, whitespace trimmed, covering every non-blank character."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if "\n" not in boundary.group() and _NO_SPLIT_BEFORE.search(text[max(0, boundary.start() - 12):boundary.start()]):
            continue
        _append(text, start, boundary.start(), spans)
        start = boundary.end()
    _append(text, start, len(text), spans)
    return tuple(spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
