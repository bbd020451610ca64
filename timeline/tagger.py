from __future__ import annotations
from datetime import date
from .timex import Timex
def tag(text: str, dct: date | None, lang: str) -> list[Timex]:
    return []  # replaced by the rule engine (in progress)
