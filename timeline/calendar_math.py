"""Calendar points at any precision, their arithmetic, and their TIMEX3 values."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

# Granularities from fine to coarse; a unit code (as in TIMEX3 durations) shifts at its own granularity.
UNIT_GRANULARITY = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "H": "half",
                    "Y": "year", "DE": "decade", "CE": "century"}
SEASON_ORDER = ("WI", "SP", "SU", "FA")
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
FUTURE_WEIGHT = 2
# A tense moves a yearless date a year only when this year's lies clearly on its wrong side: a day a few weeks
# ahead of the DCT in a past-tense clause is one announced ("set Nov. 10 as the deadline"); a quarter that ended
# a few weeks before it in a future-tense clause is the one about to be reported; a day a week or two back in a
# "future" clause is mostly a misread cue ("soll in der Nacht des 14. August ... haben": alleged, not planned).
# (Two months: dividends, deadlines and meetings are announced up to a couple of months ahead; 46 days: quarterly
# results come out within about six weeks of the quarter's end. The figures were checked on the dev corpora.)
PAST_TENSE_SLACK_DAYS = 62
FUTURE_TENSE_SLACK_DAYS = {"day": 14, "quarter": 46, "half": 46}
PERIOD_MONTHS = {"quarter": 3, "half": 6}
GRANULARITY_ORDER = ["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]


def as_fine_as(granularity: str, other: str) -> bool:
    """Whether a point of `granularity` is known at least as finely as one of `other` (a day as a month, not a
    year as a month)."""
    return GRANULARITY_ORDER.index(granularity) <= GRANULARITY_ORDER.index(other)


@dataclass(frozen=True)
class Point:
    """A calendar date known to some precision: year, year-month, day, ISO week, quarter, half, season, decade."""

    year: int
    month: int | None = None
    day: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: bool = False  # year is the first year of the decade
    century: bool = False  # year is the first year of the century

    @property
    def granularity(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        for name in ("week", "quarter", "half", "season"):
            if getattr(self, name) is not None:
                return name
        if self.century:
            return "century"
        if self.decade:
            return "decade"
        return "year"

    def as_date(self) -> date:
        """A representative day (the first of the period) for arithmetic."""
        if self.day is not None:
            return date(self.year, self.month or 1, self.day)
        if self.week is not None:
            return date.fromisocalendar(self.year, self.week, 1)
        if self.month is not None:
            return date(self.year, self.month, 1)
        if self.quarter is not None:
            return date(self.year, 3 * self.quarter - 2, 1)
        if self.half is not None:
            return date(self.year, 6 * self.half - 5, 1)
        if self.season is not None:
            return date(self.year, SEASON_START_MONTH[self.season], 1)
        return date(self.year, 1, 1)


def from_date(day: date) -> Point:
    return Point(day.year, day.month, day.day)


def at_granularity(day: date, granularity: str) -> Point:
    """The period of the given granularity that contains `day`."""
    if granularity == "day":
        return from_date(day)
    if granularity == "week":
        iso = day.isocalendar()
        return Point(iso.year, week=iso.week)
    if granularity == "month":
        return Point(day.year, day.month)
    if granularity == "quarter":
        return Point(day.year, quarter=(day.month - 1) // 3 + 1)
    if granularity == "half":
        return Point(day.year, half=1 if day.month <= 6 else 2)
    if granularity == "season":
        if day.month in (1, 2):
            return Point(day.year - 1, season="WI")
        return Point(day.year, season=SEASON_ORDER[(day.month % 12) // 3])
    if granularity == "decade":
        return Point(day.year - day.year % 10, decade=True)
    if granularity == "century":
        return Point(day.year - day.year % 100, century=True)
    return Point(day.year)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def moved(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` units."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        raise ValueError(f"unknown unit {unit!r}")
    return add_months(day, amount * months)


def shift(day: date, amount: int, unit: str) -> Point:
    """`day` moved by `amount` units, at that unit's granularity ("vor zwei Jahren" -> the year two years back)."""
    return at_granularity(moved(day, amount, unit), UNIT_GRANULARITY[unit])


# The unit that spans one period of a granularity (a season spans three months).
GRANULARITY_UNIT = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "half": "H", "season": "Q", "year": "Y",
                    "decade": "DE", "century": "CE"}


def shift_point(point: Point, amount: int, unit: str, counted: bool) -> Point:
    """A point moved by an offset ("twenty years earlier", "the next decade"), known as precisely as the coarser
    of the point and the unit. Counted decades and centuries from a year or finer are so many years: "a decade
    earlier" than 490 BC is 500 BC, not the 500s BC ("the next decade" is the calendar one). An offset shorter
    than the point's own period cannot be placed in it: "Tage zuvor" after "2012" is still 2012, the most that
    is known; a longer one moves it at its own granularity ("twenty years before the 1930s": the 1910s)."""
    granularity = UNIT_GRANULARITY[unit]
    if counted and unit in ("DE", "CE") and as_fine_as(point.granularity, "year"):
        granularity = "year"
    start = point.as_date()
    day = moved(start, amount, unit)
    if not as_fine_as(point.granularity, granularity):
        period = moved(start, 1, GRANULARITY_UNIT[point.granularity]) - start
        return point if abs(day - start) < period else at_granularity(day, point.granularity)
    return at_granularity(day, granularity)


def value_of(point: Point) -> str:
    """The TIMEX3 value of a point: 2024-06-19, 2024-06, 2024-W25, 2024-Q1, 2024-H2, 2024-SP, 2024, 199, 19;
    before year 1 (astronomical years: 0 is 1 BC) BC0480-09, BC0333, BC046 (the 460s BC), BC03 (4th century BC)."""
    if point.year < 1:
        bc_year = 1 - point.year
        if point.century:
            return f"BC{bc_year // 100 - 1:02d}"
        if point.decade:
            return f"BC{bc_year // 10:03d}"
        return f"BC{bc_year:04d}" + value_of(replace(point, year=2000))[4:]
    if point.century:
        return f"{point.year // 100:02d}"
    if point.decade:
        return f"{point.year // 10:03d}"
    year = f"{point.year:04d}"
    if point.day is not None:
        return f"{year}-{point.month:02d}-{point.day:02d}"
    if point.month is not None:
        return f"{year}-{point.month:02d}"
    if point.week is not None:
        return f"{year}-W{point.week:02d}"
    if point.quarter is not None:
        return f"{year}-Q{point.quarter}"
    if point.half is not None:
        return f"{year}-H{point.half}"
    if point.season is not None:
        return f"{year}-{point.season}"
    return year


def is_valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def nearest_year(dct: date, make: Callable[[int], Point | None], tense: str, near: date | None = None) -> Point | None:
    """The year that places a yearless date (a month, a day, a season) in the tense's direction from the DCT.

    Past tense: the latest such date not after the DCT's period; future: the earliest not before it; unknown: the
    candidate nearest to `near` (the date the text is talking about) or else to the DCT ("19. Dezember" in
    September is this December), where news' lean to the past makes days ahead count double (in a review of
    the year dated 30 December, "June 6" is the June gone by); onset (the start of a state, "ab 1. Juli"): the
    nearest, without that lean.
    """
    this_year = make(dct.year)
    if tense in ("unknown", "onset") or this_year is None:
        weight = 1 if tense == "onset" else FUTURE_WEIGHT
        near = near or dct
        # Only years of the calendar: a text dated in year 1 or 9999 has no year on the other side.
        candidates = [p for year in (near.year - 1, near.year, near.year + 1) if 1 <= year <= 9999
                      and (p := make(year)) is not None]

        def cost(point: Point) -> int:
            days = (point.as_date() - near).days
            return days * weight if days > 0 else -days

        return min(candidates, key=cost, default=None)
    reference = at_granularity(dct, this_year.granularity).as_date()
    start = this_year.as_date()
    if tense == "past" and start > reference:
        if this_year.granularity == "day" and (start - dct).days <= PAST_TENSE_SLACK_DAYS:
            return this_year
        return make(dct.year - 1)
    if tense == "future" and start < reference:
        slack = FUTURE_TENSE_SLACK_DAYS.get(this_year.granularity)
        if slack is not None and (dct - period_end(this_year)).days <= slack:
            return this_year
        return make(dct.year + 1)
    return this_year


def period_end(point: Point) -> date:
    """The last day of a period (a day, month, quarter, half or season)."""
    months = PERIOD_MONTHS.get(point.granularity)
    return add_months(point.as_date(), months) - timedelta(days=1) if months else point.as_date()


def easter(year: int) -> date:
    """Easter Sunday (Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(rule: str, year: int) -> date:
    """The day a holiday rule names in `year`.

    Rules (as language packs write them): "12-25" a fixed day; "easter+49" days from Easter Sunday;
    "11-4-4" the fourth Thursday (weekday 4) of November; "05-1-L" the last Monday of May.
    """
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[len("easter"):] or 0))
    parts = rule.split("-")
    if len(parts) == 2:
        return date(year, int(parts[0]), int(parts[1]))
    month, weekday, which = int(parts[0]), int(parts[1]), parts[2]
    if which == "L":
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (int(which) - 1))
