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


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNDATED = re.compile(r"^XXXX(?:-(?:W?XX-(?P<weekday>[1-7])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?|XX-XX)"
                      r"(?:T(?:(?P<part>MO|MI|AF|EV|NI|DT)|(?P<clock>\d{2}:\d{2})))?)?$")


def _undated_words(value: str, recurring: bool) -> str | None:
    """"XXXX-WXX-3" -> "Wednesday" (or "every Wednesday"), "XXXX-05" -> "May", "XXXX-XX-XXTMO" -> "morning"."""
    match = _UNDATED.match(value)
    if match is None:
        return None
    if match["weekday"]:
        words = WEEKDAYS[int(match["weekday"]) - 1]
    elif match["month"] and match["day"]:
        words = f"{int(match['day'])} {MONTHS[int(match['month']) - 1]}"
    elif match["month"]:
        words = MONTHS[int(match["month"]) - 1]
    elif value == "XXXX":
        return "every year" if recurring else "date unknown"
    else:
        words = "day"
    if match["part"]:
        words = PARTS_OF_DAY[match["part"]] if words == "day" else f"{words} {PARTS_OF_DAY[match['part']]}"
    if match["clock"]:
        words = match["clock"] if words == "day" else f"{words}, {match['clock']}"
    return f"every {words}" if recurring else f"{words} (date unknown)"


_BC = re.compile(r"^BC(?P<digits>\d{2,4})(?P<rest>(?:-[0-9A-Z-]+)?)$")
PROXY_YEAR = 2000  # a leap year that stands in for the year before Christ when wording its months and days


def _bc_words(value: str) -> str | None:
    """"BC0333" -> "333 BC", "BC0480-09" -> "September 480 BC", "BC03" -> "4th century BC", "BC046" -> "460s BC"."""
    match = _BC.match(value)
    if match is None:
        return None
    digits, rest = match["digits"], match["rest"]
    if not rest and len(digits) == 2:
        return f"{_ordinal(int(digits) + 1)} century BC"
    if not rest and len(digits) == 3:
        return f"{int(digits) * 10}s BC"
    words = _interval_words(f"{PROXY_YEAR}{rest}", "") or str(PROXY_YEAR)
    return words.replace(str(PROXY_YEAR), f"{int(digits)} BC", 1)


def date_in_words(value: str, granularity: str = "", mod: str = "") -> str:
    """The TIMEX3 `value` in words; the raw value when it has no wording (e.g. unresolved XXXX-05)."""
    value = (value or "").strip()
    if not value:
        return "no date"
    recurring = granularity == "set"
    words = (REFS.get(value) or _interval_words(value, granularity) or _bc_words(value)
             or _undated_words(value, recurring))
    if words is None and (words := _duration_words(value)) is not None and recurring:
        words = "every " + words.removeprefix("1 ")  # P1W -> "every week", P4Y -> "every 4 years"
    if words is None:
        if granularity == "set":
            words = f"recurring ({value})"
        elif "X" in value:
            words = f"unresolved ({value})"
        else:
            words = value
    template = MODS.get((mod or "").strip())
    return template.format(words) if template else words
