"""Explicit dates for languages without a resource pack.

A recogniser generated from the language's CLDR locale data (cldr_dates.py) finds them in one linear scan;
dateparser's search, about a hundred times slower, reads only languages CLDR (as bundled with babel) lacks.
Only expressions with a digit are kept (a day, month or year written out): dateparser's search also reads
ordinary words as relative dates ("die" as Dienstag), which is worse than finding nothing.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .calendar_math import Point, value_of
from .cldr_dates import recognise
from .timex import Timex

_HAS_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def dateparser_value(parsed: datetime, period: str) -> str:
    """The TIMEX3 value of a date dateparser read, at the precision it reports ("year", "month", else a day)."""
    if period == "year":
        return value_of(Point(parsed.year))
    if period == "month":
        return value_of(Point(parsed.year, parsed.month))
    return value_of(Point(parsed.year, parsed.month, parsed.day))


def fallback_tag(text: str, dct: date | None, lang: str) -> list[Timex]:
    """Explicit dates (with a digit), as DATE timexes at the precision written: from the language's CLDR data,
    or from dateparser when CLDR has no locale for it."""
    found = recognise(text, dct, lang)
    return found if found is not None else dateparser_tag(text, dct, lang)


def dateparser_tag(text: str, dct: date | None, lang: str) -> list[Timex]:
    """Explicit dates found by dateparser, as DATE timexes at the precision dateparser reports."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:  # dateparser is a core requirement; without it there is simply no fallback
        return []
    base = datetime(dct.year, dct.month, dct.day) if dct else datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": []}
    try:
        found = search_dates(text, languages=[lang], settings=settings) or []
        parser = DateDataParser(languages=[lang], settings=settings)
    except (ValueError, KeyError):  # a language dateparser does not know
        return []
    except OverflowError:  # dateparser counts past year 1 or 9999 from a publication date near the calendar's end
        return []
    timexes = []
    position = 0
    for expression, _ in found:
        start = text.find(expression, position)
        if start < 0 or not _HAS_DIGIT.search(expression):
            continue
        position = start + len(expression)
        try:
            data = parser.get_date_data(expression)
        except OverflowError:  # as above
            continue
        if data.date_obj is None:
            continue
        has_year = bool(_YEAR.search(expression))
        if not has_year and dct is None:
            continue
        anchor = "absolute" if has_year else "dct"
        value = dateparser_value(data.date_obj, data.period or "day")
        timexes.append(Timex(start, position, expression, "DATE", value, "", anchor, 0.6))
    return timexes
