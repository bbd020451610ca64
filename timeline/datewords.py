"""A normalized date in plain English words, for hover labels, tables and exports.

"2024-05" -> "May 2024", "1961" -> "1961", "2024-06-19" -> "19 June 2024", "199" -> "1990s", "P3Y" -> "3 years".
The interface language is English whatever the article's language: the words describe the value, not the text.
"""

from __future__ import annotations

import re

from .timex import interval_of

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
MODS = {
    "APPROX": "about {}", "BEFORE": "before {}", "AFTER": "after {}", "ON_OR_BEFORE": "on or before {}",
    "ON_OR_AFTER": "on or after {}", "START": "early {}", "MID": "mid {}", "END": "late {}",
    "LESS_THAN": "less than {}", "MORE_THAN": "more than {}", "EQUAL_OR_LESS": "at most {}",
    "EQUAL_OR_MORE": "at least {}",
}
DURATION_UNITS = {
    "Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "CE": "century",
    "TH": "hour", "TM": "minute", "TS": "second",
}
_DURATION = re.compile(r"^P(?:(?P<date>(?:[\dX.]+(?:DE|CE|Y|M|W|D))+))?(?:T(?P<time>(?:[\dX.]+[HMS])+))?$")
_DURATION_PART = re.compile(r"([\dX.]+)(DE|CE|Y|M|W|D|H|S)")


def _day(year: int, month: int, day: int) -> str:
    return f"{day} {MONTHS[month - 1]} {year}"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _duration_words(value: str) -> str | None:
    match = _DURATION.match(value)
    if match is None or not (match["date"] or match["time"]):
        return None
    parts = []
    for section, prefix in ((match["date"], ""), (match["time"], "T")):
        for amount, unit in _DURATION_PART.findall(section or ""):
            noun = DURATION_UNITS[prefix + unit if prefix else unit]
            if amount == "X":
                parts.append("several " + ("centuries" if noun == "century" else noun + "s"))
            else:
                plural = amount != "1"
                parts.append(f"{amount} " + (("centuries" if noun == "century" else noun + "s") if plural else noun))
    return ", ".join(parts)


def _interval_words(value: str, granularity: str) -> str | None:
    interval = interval_of(value)
    if interval is None:
        return None
    start = interval.start
    kind = interval.granularity
    if kind == "day":
        return _day(start.year, start.month, start.day)
    if kind in ("hour", "minute"):
        return f"{_day(start.year, start.month, start.day)}, {start:%H:%M}"
    if kind == "part_of_day":
        return f"{_day(start.year, start.month, start.day)} ({PARTS_OF_DAY[value[-2:]]})"
    if kind == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    if kind == "year":
        return str(start.year)
    if kind == "season":
        season = SEASONS[value[-2:]]
        return f"winter {start.year}/{(start.year + 1) % 100:02d}" if value.endswith("WI") else f"{season} {start.year}"
    if kind == "quarter":
        return f"Q{value[-1]} {start.year}"
    if kind == "half":
        return f"{'first' if value.endswith('1') else 'second'} half of {start.year}"
    if kind == "week":
        return f"week {int(value[6:8])} of {value[:4]}"
    if kind == "weekend":
        end = interval.end
        return f"weekend of {start.day}–{_day(end.year, end.month, end.day)}"
    if kind == "decade":
        return f"{int(value) * 10}s"
    if kind == "century":
        return f"{_ordinal(int(value) + 1)} century"
    return granularity or None


def date_in_words(value: str, granularity: str = "", mod: str = "") -> str:
    """The TIMEX3 `value` in words; the raw value when it has no wording (e.g. unresolved XXXX-05)."""
    value = (value or "").strip()
    if not value:
        return "no date"
    words = REFS.get(value) or _interval_words(value, granularity) or _duration_words(value)
    if words is None:
        if granularity == "set":
            words = f"recurring ({value})"
        elif "X" in value:
            words = f"unresolved ({value})"
        else:
            words = value
    template = MODS.get((mod or "").strip())
    return template.format(words) if template else words
