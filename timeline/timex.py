"""A temporal expression found in a text, and the calendar interval its TIMEX3 value denotes."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY_HOURS = {"MO": (6, 11), "MI": (12, 12), "AF": (12, 17), "EV": (18, 21), "NI": (22, 23), "DT": (8, 17)}


@dataclass(slots=True)  # a dense text holds hundreds of thousands
class Timex:
    """One TIMEX3 annotation: where it is, what kind, what it means."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str = ""
    anchor: str = "absolute"  # absolute | dct | narrative | unresolved | none
    confidence: float = 1.0
    inferred: str = ""  # what was inferred rather than read ("year from the publication date"); "" when read


@dataclass(frozen=True)
class Interval:
    start: datetime
    end: datetime
    granularity: str


def _day_end(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, 59)


def _days_end(first: date, days: int) -> datetime:
    """The end of the day `days` after `first`, or of the calendar's last day (a week or winter of 9999 runs
    past it)."""
    if (date.max - first).days < days:
        return _day_end(date.max)
    return _day_end(first + timedelta(days=days))


def _month_interval(year: int, first: int, last: int) -> tuple[datetime, datetime]:
    return datetime(year, first, 1), _day_end(date(year, last, calendar.monthrange(year, last)[1]))


_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:"
    r"(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?:(?P<hour>\d{2})(?::(?P<minute>\d{2}))?|(?P<part>MO|MI|AF|EV|NI|DT)))?)?"
    r"|W(?P<week>\d{2})(?:-(?P<weekday>\d)|-(?P<weekend>WE))?"
    r"|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])|H(?P<half>[12])))?$"
)
_COARSE = re.compile(r"^(?P<digits>\d{2,3})$")


@lru_cache(maxsize=4096)  # dense text repeats its values; intervals are immutable, so one object serves them all
def interval_of(value: str) -> Interval | None:
    """The interval a DATE/TIME value denotes, or None for durations, sets, refs and unknown parts (XXXX)."""
    match = _VALUE.match(value)
    if match is None:
        coarse = _COARSE.match(value)
        if coarse is None:
            return None
        digits = coarse["digits"]
        if len(digits) == 3:  # decade: 199 -> 1990..1999
            first = int(digits) * 10
            return Interval(datetime(max(first, 1), 1, 1), datetime(first + 9, 12, 31, 23, 59, 59), "decade")
        first = int(digits) * 100  # century: 19 -> 1900..1999
        return Interval(datetime(max(first, 1), 1, 1), datetime(first + 99, 12, 31, 23, 59, 59), "century")
    try:
        return _interval_from_match(match)
    except (ValueError, OverflowError):  # 2023-02-31, 2021-W53, 0000: the value names no real period
        return None


# The TIMEX3 value grammar (TimeML 1.2.1 as the TempEval corpora use it): a date at any precision, optionally
# with X for unknown digits, BC years, a time of day after a day; durations of date units (Y M W D, quarters,
# weekends, decades, centuries, millennia as in "P1WE" of the KRAUTS gold) and time units; the three refs.
_UNIT_NUMBER = r"(?:\d+(?:\.\d+)?|X)"
_DAY_PART = r"(?:\d{2}|XX)"
_CLOCK = r"T(?:(?:[01]\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?)?|24(?::00(?::00)?)?|MO|MI|AF|EV|NI|DT)"
_VALID_DATE = re.compile(
    rf"(?:BC)?(?:\d{{4}}|XXXX)(?:-(?:{_DAY_PART}(?:-{_DAY_PART}(?:{_CLOCK})?)?"
    rf"|W{_DAY_PART}(?:-(?:[1-7X](?:{_CLOCK})?|WE))?|SP|SU|FA|WI|Q[1-4X]|H[12X]))?"
    r"|(?:BC)?\d{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF"
)
_VALID_DURATION = re.compile(
    rf"P(?:(?:{_UNIT_NUMBER}(?:Y|M|W|D|Q|H|WE|DE|CE|ML))+(?:T(?:{_UNIT_NUMBER}[HMS])+)?|T(?:{_UNIT_NUMBER}[HMS])+)"
)


def is_valid_value(timex_type: str, value: str) -> bool:
    """Whether `value` is a well-formed TIMEX3 value of that type and, for a DATE or TIME without unknown
    parts, names a real period of years 1 to 9999 (2021-W53 does not: 2021 has 52 ISO weeks)."""
    if timex_type in ("DATE", "TIME"):
        if not _VALID_DATE.fullmatch(value):
            return False
        return "X" in value or value.endswith("_REF") or value.startswith("BC") or interval_of(value) is not None
    if timex_type == "DURATION":
        return _VALID_DURATION.fullmatch(value) is not None
    if timex_type == "SET":
        return _VALID_DURATION.fullmatch(value) is not None or _VALID_DATE.fullmatch(value) is not None
    return False


def _interval_from_match(match: re.Match[str]) -> Interval | None:
    year = int(match["year"])
    if year < 1:
        return None
    if match["month"]:
        month = int(match["month"])
        if match["day"]:
            day = date(year, month, int(match["day"]))
            if match["hour"]:
                hour = int(match["hour"])
                if hour == 24:
                    hour = 23
                if match["minute"]:
                    moment = datetime(year, month, day.day, hour, int(match["minute"]))
                    return Interval(moment, moment + timedelta(seconds=59), "minute")
                moment = datetime(year, month, day.day, hour)
                return Interval(moment, moment + timedelta(minutes=59, seconds=59), "hour")
            if match["part"]:
                first, last = PART_OF_DAY_HOURS[match["part"]]
                return Interval(
                    datetime(year, month, day.day, first), datetime(year, month, day.day, last, 59, 59), "part_of_day"
                )
            return Interval(datetime(year, month, day.day), _day_end(day), "day")
        start, end = _month_interval(year, month, month)
        return Interval(start, end, "month")
    if match["week"]:
        monday = date.fromisocalendar(year, int(match["week"]), 1)
        if match["weekday"]:
            day = monday + timedelta(days=int(match["weekday"]) - 1)
            return Interval(datetime(day.year, day.month, day.day), _day_end(day), "day")
        if match["weekend"]:
            saturday = monday + timedelta(days=5)
            return Interval(datetime.combine(saturday, datetime.min.time()), _days_end(saturday, 1), "weekend")
        return Interval(datetime.combine(monday, datetime.min.time()), _days_end(monday, 6), "week")
    if match["season"]:
        first, last = SEASON_MONTHS[match["season"]]
        if match["season"] == "WI":  # winter 2024 runs from December 2024 into February 2025
            last_day = date(year + 1, 3, 1) - timedelta(days=1) if year < date.max.year else date.max
            return Interval(datetime(year, 12, 1), _day_end(last_day), "season")
        start, end = _month_interval(year, first, last)
        return Interval(start, end, "season")
    if match["quarter"]:
        quarter = int(match["quarter"])
        start, end = _month_interval(year, 3 * quarter - 2, 3 * quarter)
        return Interval(start, end, "quarter")
    if match["half"]:
        half = int(match["half"])
        start, end = _month_interval(year, 6 * half - 5, 6 * half)
        return Interval(start, end, "half")
    return Interval(datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59), "year")


def granularity_of(timex_type: str, value: str) -> str:
    """Granularity for the events frame: the interval's, or a word for what has no interval."""
    interval = interval_of(value) if timex_type in ("DATE", "TIME") else None
    if interval is not None:
        return interval.granularity
    bc = _BC_VALUE.match(value) if timex_type in ("DATE", "TIME") else None
    if bc is not None:  # BC03 a century, BC046 a decade, BC0480-09 as 2020-09 would be
        digits, rest = bc["digits"], bc["rest"]
        if not rest and len(digits) < 4:
            return "century" if len(digits) == 2 else "decade"
        return granularity_of(timex_type, f"2020{rest}")
    if timex_type == "DURATION":
        return "duration"
    if timex_type == "SET":
        return "set"
    if value.endswith("_REF"):
        return "vague"
    return "unknown"


_BC_VALUE = re.compile(r"^BC(?P<digits>\d{2,4})(?P<rest>(?:-[0-9A-Z-]+)?)$")
# The proleptic Gregorian calendar repeats every 400 years: a year before Christ is reckoned this much later.
_BC_SHIFT = 2800


def _fraction(moment: datetime) -> float:
    first = datetime(moment.year, 1, 1)
    length = (datetime(moment.year + 1, 1, 1) if moment.year < 9999 else datetime(9999, 12, 31, 23, 59, 59)) - first
    return moment.year + (moment - first) / length


@lru_cache(maxsize=4096)  # as interval_of: the pair is immutable, and a dense text repeats its values
def years_of(timex_type: str, value: str) -> tuple[float, float] | None:
    """The interval a DATE/TIME value denotes as astronomical years with fractions (1 BC is year 0, 480 BC is
    -479; 2024-07-01 is about 2024.5): (first instant, last instant). Unlike datetimes, this reaches back
    before year 1. None for durations, sets, refs and unknown parts."""
    if timex_type not in ("DATE", "TIME"):
        return None
    match = _BC_VALUE.match(value)
    if match is None:
        interval = interval_of(value)
        return (_fraction(interval.start), _fraction(interval.end)) if interval else None
    digits, rest = match["digits"], match["rest"]
    if len(digits) == 2 and not rest:  # BC03: the 4th century BC, 400 to 301 BC
        first = -(int(digits) + 1) * 100 + 1
        return float(first), first + 100 - 1e-9
    if len(digits) == 3 and not rest:  # BC046: the 460s BC, 469 to 460 BC
        first = -int(digits) * 10 - 9 + 1
        return float(first), first + 10 - 1e-9
    year = 1 - int(digits)
    interval = interval_of(f"{year + _BC_SHIFT:04d}{rest}")
    if interval is None:
        return None
    return _fraction(interval.start) - _BC_SHIFT, _fraction(interval.end) - _BC_SHIFT
