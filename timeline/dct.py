"""The publication date (document creation time) of an article, found in its text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class DctGuess:
    date: date
    start: int
    end: int
    source: str  # dateline, update line, byline, html metadata


def find_dct(text: str, lang: str) -> DctGuess | None:
    return None
