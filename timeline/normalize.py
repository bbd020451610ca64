"""From a rule's match to a TIMEX3 type and value, anchored to the DCT or to the narrative.

Each rule kind names one way of reading the match's semantic groups:
- date:      explicit calendar parts (year, month, day, season, quarter, half, week, decade, century, time,
             `era` BC or AD: years before Christ are astronomical, 0 is 1 BC);
             a missing year comes from the DCT and the clause's tense.
- weekday:   a weekday, placed before/after the DCT by an explicit `rel` word or the clause's tense.
- relative:  `rel` + `unit` from the DCT ("letzte Woche", "this year"), optionally narrowed by a month, season,
             quarter or weekday ("im November letzten Jahres").
- offset:    `num` + `unit` from the DCT in the rule's direction ("vor zwei Jahren", "in three weeks").
- narrative: `num` + `unit` from the date the text last talked about ("zwei Jahre später", "Tags zuvor");
             with a `period` (a calendar unit) the same period that many units away ("the year-earlier quarter").
- deictic:   a day word relative to the DCT ("gestern", "tomorrow"), with an optional time or part of day.
- clock:     a time of day ("um 18 Uhr") on the day last talked about, else on the DCT.
- holiday:   a named day from the `holiday` table ("Pfingsten" easter+49), in the year given or nearest the DCT.
- duration:  "P{num}{unit}" from the value template; a missing number is X ("seit Jahrzehnten" PXDE).
- set:       the value template ("XXXX-WXX-{weekday}", "P{num}{unit}").
- ref:       a fixed value (PRESENT_REF, PAST_REF, FUTURE_REF) from the `ref` table or the template.
- ignore:    not a date; the match only keeps other rules from reading dates into it (numbers, money, scores).
A rule's `aside = 1` default marks a look aside ("im Vorjahr"): it does not move the date the text is at.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Callable

from .calendar_math import (
    UNIT_GRANULARITY, Point, add_months, as_fine_as, at_granularity, from_date, holiday, is_valid_day, nearest_year,
    shift, shift_point, value_of,
)
from .language import LanguagePack, Rule

TIME_UNITS = {"H", "MIN", "S"}
NUMERIC_GROUPS = {"year", "day", "week", "hour", "minute", "num", "morenum", "month", "quarter", "half", "century",
                  "yearhi", "yearlo", "rangefrom"}
LOOKUP_TABLE = {"day": "ordinal", "quarter": "ordinal", "half": "ordinal", "century": "ordinal", "num": "number",
                "morenum": "number", "week": "ordinal", "hour": "number"}


@dataclass
class Reading:
    type: str
    value: str
    mod: str
    anchor: str
    point: Point | None = None  # a resolved calendar date: it becomes the narrative's reference
    confidence: float = 0.9
    inferred: str = ""  # what was inferred rather than read, in words for the reader ("" when all was read)


# What a reading inferred, as the chart's hover says it.
FROM_DCT = "year taken from the publication date"
FROM_DCT_TENSE = "year taken from the publication date, direction guessed from the tense"
WEEK_FROM_DCT = "week taken from the publication date, direction guessed from the tense"
DAY_FROM_DCT = "day taken from the publication date"
FROM_STORY = "year taken from the story's earlier dates"
FROM_EARLIER = "year taken from an earlier date in the text"
FROM_RANGE_END = "year taken from the end of its range"
MONTH_FROM_RANGE_START = "month taken from the start of its range"
COUNTED_FROM_EARLIER = "counted from an earlier date in the text"
DAY_FROM_EARLIER = "day taken from an earlier date in the text"
TWO_DIGITS = "two-digit year expanded"


class Tense:
    """The tense of the clause around an expression (past | future | plan | onset | unknown; onset: a start
    without a tense, LanguagePack.onset), found only when a reading asks for it: most expressions name their year,
    and looking for tense cues is a good part of a dense text's cost."""

    def __init__(self, find: Callable[[], str]) -> None:
        self._find = find
        self.found: str | None = None  # None until asked

    def __call__(self) -> str:
        if self.found is None:
            self.found = self._find()
        return self.found


@dataclass
class Context:
    dct: date | None
    reference: Point | None
    tense_of: Callable[[], str]  # the clause's tense, asked for only by the readings that need it
    reference_distance: int = 1_000_000  # sentences between the reference date's mention and this one
    narrative: bool = False  # the text tells a past story: yearless dates follow the story, not the DCT
    period: Point | None = None  # the reporting period: the last quarter the text named ("the third quarter")
    day_context: bool = True  # the sentence speaks of a day (a time, a weekday, a day's date, a past event)
    opens_sentence: bool = False  # the expression stands in the first words of its sentence
    range_end: Point | None = None  # the date with its own year that closes the range this expression opens
    range_start: Point | None = None  # the date that opens the range this expression closes ("April 6-7")

    @property
    def tense(self) -> str:
        """past | future | onset | unknown (a plan is future)."""
        found = self.tense_of()
        return "future" if found == "plan" else found

    @property
    def plans(self) -> bool:
        """Whether the nearest cue is a plan of the writer's own time ("is due to", "soll")."""
        return self.tense_of() == "plan"


class NotADate(Exception):
    """The match cannot be read as a date (31 February, month 13, a number that is no year)."""


def group_key(name: str) -> tuple[str, str]:
    """What a rule's group holds and the table named to read it with: a group is named after what it holds (a
    number or "_" set apart groups of one name: "year_2"), optionally "__" and the table ("unit__prevunit")."""
    key, _, table = name.partition("__")
    return key.rstrip("0123456789_"), table


def group_table(name: str) -> str | None:
    """The table a group's words must be found in: the one its name gives, else its own ("rel"); None for a group
    that digits may fill (year, day, decade ...: its table, if any, is optional) and for "t"."""
    key, table = group_key(name)
    if table:
        return table
    return None if name == "t" or key in NUMERIC_GROUPS or key == "decade" else key


def semantic_values(pack: LanguagePack, rule: Rule, groups: dict[str, str | None]) -> dict[str, Any]:
    """Group texts turned into numbers and codes through the pack's tables; rule defaults fill the gaps."""
    values: dict[str, Any] = dict(rule.defaults)
    for name, text in groups.items():
        if text is None or name == "t":
            continue
        key, table = group_key(name)
        stripped = text.strip().rstrip(".").replace("'", "").replace("’", "")
        if key in NUMERIC_GROUPS and stripped.isdigit():
            values[key] = int(stripped)
            continue
        if key == "decade":
            digits = "".join(ch for ch in stripped if ch.isdigit())
            found = int(digits) if digits else pack.lookup("decade", text)
        elif table:
            found = pack.lookup(table, text)
        else:
            found = pack.lookup(LOOKUP_TABLE.get(key, key), text)
            if found is None and key in LOOKUP_TABLE:
                found = pack.lookup(key, text)
        if found is None:
            raise NotADate(f"{name}={text!r}")
        values[key] = found
    if "yearhi" in values:  # a year said in words: "nineteen ninety-seven", "the year two thousand"
        values["year"] = int(values.pop("yearhi")) * 100 + int(values.pop("yearlo", 0))
    return values


def _full_year(year: int, digits: int, ctx: Context, range_from: int | None = None) -> int:
    """A two-digit year in the document's era: the second end of a range of years (`range_from`, its first year:
    "1915-17", "1999-00") the first such year after its start; in a story (or right after a date of the same
    sentence) the century that puts it nearest the story's date, else at most ten years after the DCT."""
    if digits > 2:
        return year
    if range_from is not None:
        return range_from - range_from % 100 + year + (100 if range_from % 100 >= year else 0)
    reference = ctx.reference
    if reference is not None and (ctx.narrative or ctx.dct is None or ctx.reference_distance == 0):
        base = reference.year
        candidates = [century + year for century in range(base - base % 100 - 100, base - base % 100 + 200, 100)]
        return min(candidates, key=lambda y: (abs(y - base), y))
    pivot = (ctx.dct.year if ctx.dct else 2030) + 10
    return 2000 + year if 2000 + year <= pivot else 1900 + year


def _time_suffix(values: dict[str, Any]) -> str:
    if "hour" in values:
        hour = int(values["hour"])
        ampm = values.get("ampm")
        if ampm is not None:
            if not 1 <= hour <= 12:
                raise NotADate("hour")
            hour = hour % 12 + int(ampm)
        minute = int(values.get("minute", 0))
        if not (0 <= hour <= 24 and 0 <= minute <= 59):
            raise NotADate("time")
        return f"T{hour:02d}:{minute:02d}"
    if "part" in values:
        return f"T{values['part']}"
    return ""


def _with_time(point: Point, values: dict[str, Any]) -> tuple[str, str]:
    """(type, value) of a date with an optional time of day appended."""
    suffix = _time_suffix(values)
    if suffix and point.granularity == "day":
        return "TIME", value_of(point) + suffix
    return "DATE", value_of(point)


def _resolve_weekday(dct: date, weekday: int, direction: int, said: bool = False) -> date:
    """The weekday nearest the DCT in a direction; `said` ("last Wednesday", "mercredi prochain" written out):
    on that same weekday it means the one a week away, not the DCT itself."""
    delta = weekday - dct.isoweekday()
    if direction == 0:
        return dct + timedelta(days=delta)
    if delta == 0 and said:
        return dct + timedelta(days=7 * direction)
    if direction < 0:
        return dct + timedelta(days=delta if delta <= 0 else delta - 7)
    return dct + timedelta(days=delta if delta >= 0 else delta + 7)


def _tense_direction(tense: str) -> int:
    return {"past": -1, "future": 1, "onset": 1}.get(tense, -1)


def _explicit_point(values: dict[str, Any], year: int) -> Point | None:
    month, day = values.get("month"), values.get("day")
    if month is not None:
        if not 1 <= int(month) <= 12:
            raise NotADate("month")
        if day is not None:
            if not is_valid_day(year, int(month), int(day)):
                raise NotADate("day")
            return Point(year, int(month), int(day))
        if "weekord" in values:  # "the last week of August": the ISO week holding most of that week's days
            return _week_of_month(year, int(month), int(values["weekord"]))
        return Point(year, int(month))
    if "season" in values:
        return Point(year, season=values["season"])
    if "quarter" in values:
        if not 1 <= int(values["quarter"]) <= 4:
            raise NotADate("quarter")
        return Point(year, quarter=int(values["quarter"]))
    if "half" in values:
        if not 1 <= int(values["half"]) <= 2:
            raise NotADate("half")
        return Point(year, half=int(values["half"]))
    if "week" in values:
        if not 1 <= int(values["week"]) <= 53:
            raise NotADate("week")
        return Point(year, week=int(values["week"]))
    return Point(year)


def _week_of_month(year: int, month: int, order: int) -> Point:
    """The nth week of a month (-1: the last): the ISO week holding its 4th (11th, ...) day, or the day three days
    before its end, so that at least four of the week's days lie in the month."""
    if not -1 <= order <= 4 or order == 0:
        raise NotADate("week of month")
    if order > 0:
        return at_granularity(date(year, month, 4 + 7 * (order - 1)), "week")
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return at_granularity(last - timedelta(days=3), "week")


def _read_date(rule: Rule, values: dict[str, Any], groups: dict[str, str | None], ctx: Context) -> Reading:
    mod = values.get("mod", rule.mod)
    before_christ = values.get("era") == "BC"
    if "century" in values:
        century = int(values["century"])
        if not 1 <= century <= 30:
            raise NotADate("century")
        # The 4th century BC runs from 400 BC (astronomical year -399) to 301 BC.
        point = Point(1 - century * 100 if before_christ else (century - 1) * 100, century=True)
        return Reading("DATE", value_of(point), mod, "absolute", point)
    if "decade" in values:
        decade = int(values["decade"])
        if decade < 100 and not before_christ:  # "die 90er" -> the 1990s; "the '10s" -> 2010s when not in the future
            decade = 2000 + decade if ctx.dct and decade < 20 and 2000 + decade <= ctx.dct.year else 1900 + decade
        if decade % 10 or not decade:
            raise NotADate("decade")
        # "the 490s BC" run from 499 BC to 490 BC: the astronomical year of 490 BC, whose value reads BC049.
        point = Point(1 - decade if before_christ else decade, decade=True)
        return Reading("DATE", value_of(point), mod, "absolute", point)
    if "day" in values and "month" not in values:
        # "April 6-7", "March 5-9, 1918", "May 4 and 5": a day written alone closes a range or list of days of one
        # month, after its first day
        start = ctx.range_start
        if start is None or start.day is None or start.month is None or int(values["day"]) <= start.day:
            raise NotADate("day without its month")
        point = _checked_point({**values, "month": start.month}, int(values.get("year", start.year)))
        if point is None:
            raise NotADate("no such day")
        kind, value = _with_time(point, values)
        return Reading(kind, value, mod, "absolute" if "year" in values else "narrative", point, 0.8,
                       MONTH_FROM_RANGE_START)
    if "year" in values:
        if "era" in values:  # "44 BC", "AD 79", "476 n. Chr.": the year as written, before or after Christ
            year, digits = (1 - int(values["year"]) if before_christ else int(values["year"])), 4
            if not -9998 <= year <= 9999 or year == 1 and before_christ:
                raise NotADate("year")
        else:
            written = next((text for name, text in groups.items()
                            if text and name.partition("__")[0].rstrip("0123456789_") == "year"), "")
            digits = len(written.strip("'’ ")) if written else 4  # no digits: a year said in words
            year = _full_year(int(values["year"]), digits, ctx, values.get("rangefrom"))
            if not 1 <= year <= 9999:
                raise NotADate("year")
        if values.get("periodof") and ctx.period is not None and ctx.period.quarter is not None:
            values = {**values, "quarter": ctx.period.quarter}  # "the 1988 quarter" in a report on a third quarter
        point = _explicit_point(values, year)
        kind, value = _with_time(point, values)
        return Reading(kind, value, mod, "absolute", point, inferred=TWO_DIGITS if digits <= 2 else "")
    if ctx.range_end is not None:
        # "vom 28. September bis 19. Oktober 1781", "from December to February 1950": the first end of a range
        # lies in the year of its second, or the year before
        end = ctx.range_end.as_date()
        point = _checked_point(values, end.year)
        if point is not None and point.as_date() > end:
            point = _checked_point(values, end.year - 1)
        if point is not None:
            kind, value = _with_time(point, values)
            return Reading(kind, value, mod, "narrative", point, 0.8, FROM_RANGE_END)
    if ctx.reference is not None and (ctx.dct is None or ctx.narrative and not _plans_ahead(ctx)):
        # No year in a story told long after (a history), or in a text without a publication date: the year
        # the story is at ("14. Juli 1789 ... 15. Juli", "November 1683 ... im Februar" 1684).
        point = _story_year(values, ctx.reference)
        if point is None:
            raise NotADate("no such day")
        kind, value = _with_time(point, values)
        return Reading(kind, value, mod, "narrative", point, 0.7, FROM_STORY if ctx.narrative else FROM_EARLIER)
    if ctx.dct is None:
        template = _explicit_point(values, 2000)  # validates month/day; a leap year admits 29 February
        return Reading("DATE", "XXXX" + value_of(template)[4:], mod, "unresolved", None, 0.5)
    # Else the year nearest the DCT, in the clause's tense. A date just given in the same sentence
    # ("between June 6 and June 9") decides better than the DCT.
    near = None
    if ctx.reference_distance == 0 and ctx.reference is not None and ctx.reference.granularity in ("day", "month"):
        near = ctx.reference.as_date()
    point = nearest_year(ctx.dct, lambda year: _checked_point(values, year), ctx.tense, near)
    if point is None:
        raise NotADate("no such day")
    kind, value = _with_time(point, values)
    guessed = ctx.tense not in ("unknown", "onset")  # an onset only drops the lean: no direction guessed
    return Reading(kind, value, mod, "dct", point, 0.8, FROM_DCT_TENSE if guessed else FROM_DCT)


def _plans_ahead(ctx: Context) -> bool:
    """Whether a yearless date of a story is a plan of the writer's own time ("the book is due to be published
    in May", "a conference scheduled for May" in an obituary): it lies ahead of the DCT, not in the story."""
    return ctx.dct is not None and ctx.plans


# How far back a yearless date of the previous year may lie and still beat one later in the story's own year.
LOOK_BACK_DAYS = 31


def _story_year(values: dict[str, Any], reference: Point) -> Point | None:
    """The yearless date placed in the story: the one nearest the date the story is at (a history goes back and
    forth: leaning either way makes the story drift a year at each turn), except that one later in the year of a
    day or month the story is at stays in that year (it never moves the story to another year)."""
    at = reference.as_date()
    candidates = [p for p in (_checked_point(values, year) for year in (at.year - 1, at.year, at.year + 1)) if p]

    def cost(point: Point) -> int:
        if point.year == at.year and (reference.granularity in ("year", "decade", "century") or point.season):
            # "1917 ... im Februar": February of 1917. A season is named within its year (1740-SP): one told
            # without a year is that of the year the story is at, which looks back as often as ahead ("December
            # 1740 ... built in the spring": 1740-SP; "Januar 1740 ... im Winter": 1740-WI)
            return 0
        days = (point.as_date() - at).days
        if point.year == at.year and days >= 0 and reference.granularity in ("day", "month"):
            # A story goes on within its year: "3 May 1740 ... On 18 December" is 1740-12-18, not the nearer
            # 1739-12-18. Only a date within about a month back is a plainer look back ("3 January 1945 ...
            # begun on 16 December": 1944-12-16)
            return min(days, LOOK_BACK_DAYS)
        return abs(days)

    return min(candidates, key=cost, default=None)


def _checked_point(values: dict[str, Any], year: int) -> Point | None:
    try:
        return _explicit_point(values, year)
    except NotADate:
        return None


def _read_weekday(rule: Rule, values: dict[str, Any], ctx: Context) -> Reading:
    weekday = int(values["weekday"])
    mod = values.get("mod", rule.mod)
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-WXX-{weekday}", mod, "unresolved", None, 0.5)
    direction = values["rel"] if "rel" in values else rule.direction or _tense_direction(ctx.tense)
    day = _resolve_weekday(ctx.dct, weekday, int(direction), "rel" in values)
    point = from_date(day + timedelta(days=int(values.get("dayshift", 0))))
    kind, value = _with_time(point, values)
    return Reading(kind, value, mod, "dct", point, 0.75, "" if "rel" in values or rule.direction else WEEK_FROM_DCT)


def _read_relative(rule: Rule, values: dict[str, Any], ctx: Context) -> Reading:
    unit = values.get("unit", "Y")
    mod = values.get("mod", rule.mod)
    anchor = "dct"
    rel = int(values.get("rel", 0))
    # "next May" counts from the story's month or season; "letzten Jahr" from its year
    counted_in = _explicit_point(values, 2000).granularity if values.get("nearest") else UNIT_GRANULARITY[unit]
    if ctx.narrative and ctx.reference is not None and (rel == 0 or as_fine_as(ctx.reference.granularity, counted_in)):
        # "this year", "letzten Jahr", "the next spring" of the story: a history counts from the date it is at,
        # not from the day it was published ("1953" has no month to count "last June" from: a story at a bare
        # year leaves that look back to the DCT)
        base = shift(ctx.reference.as_date(), rel, unit)
        anchor = "narrative"
    elif ctx.dct is None:
        return Reading("DATE", "XXXX", mod, "unresolved", None, 0.4)
    else:
        rel = int(values.get("rel", 0))
        if unit == "WE" and rel == 0 and ctx.tense == "past" and ctx.dct.isoweekday() < 6:
            rel = -1  # "am Wochenende", "this weekend" told in the past on a weekday: the weekend gone by
        elif rel == 0 and mod in ("END", "START") and unit in ("Q", "H", "Y"):
            rel = _boundary_gone_by(ctx, mod, unit)
        base = shift(ctx.dct, rel, unit)
    point = base
    if unit == "Y" and values.get("nearest") and rel:
        # "next May", "letzten November", "im kommenden Frühjahr": the nearest one after (before) the month or
        # season of the DCT (or of the story), which in January is this year's spring.
        now = ctx.reference.as_date() if anchor == "narrative" and ctx.reference is not None else ctx.dct
        assert now is not None
        this_year = _explicit_point(values, now.year)
        own = at_granularity(now, this_year.granularity).as_date()
        ahead = this_year.as_date() > own if rel > 0 else this_year.as_date() < own
        point = this_year if ahead else _explicit_point(values, now.year + rel)
    elif unit == "Y" and any(k in values for k in ("month", "season", "quarter", "half")):
        point = _explicit_point(values, base.year)
    elif unit in ("W", "WE") and "weekday" in values:
        monday = base.as_date()
        point = from_date(monday + timedelta(days=int(values["weekday"]) - 1))
    kind, value = _with_time(point, values)
    if unit == "WE" and point.granularity == "week":
        value += "-WE"
    if anchor == "narrative" and rel:
        # a look back or ahead from the story ("im letzten Jahr war ein Patt entstanden"): the story stays put
        return Reading(kind, value, mod, anchor, None, 0.7)
    return Reading(kind, value, mod, anchor, point, 0.85)


UNIT_MONTHS = {"Q": 3, "H": 6, "Y": 12}


def _boundary_gone_by(ctx: Context, mod: str, unit: str) -> int:
    """The end of the year told in the past while this year is young ("the season peaked by the end of the
    year", written in March) is last year's; its start told in the future late in the year, next year's. (A
    month is too short for the tense cues to be trusted with it.)"""
    assert ctx.dct is not None
    start = at_granularity(ctx.dct, UNIT_GRANULARITY[unit]).as_date()
    days = (add_months(start, UNIT_MONTHS[unit]) - start).days
    elapsed = (ctx.dct - start).days / days
    if mod == "END" and elapsed < 0.5 and ctx.tense == "past":
        return -1
    if mod == "START" and elapsed >= 0.5 and ctx.tense == "future":
        return 1
    return 0


def _read_offset(rule: Rule, values: dict[str, Any], ctx: Context, narrative: bool) -> Reading:
    unit = values.get("unit", "D")
    amount = int(values.get("num", 1)) * (rule.direction or -1)
    counted = "num" not in rule.defaults  # "a decade later", not "the next decade"
    mod = values.get("mod", rule.mod)
    if unit in TIME_UNITS:
        raise NotADate("time offsets are not dated")
    if values.get("period") == "report":
        reading = _read_report_period(values, ctx, amount, unit, mod)
        if reading is not None:
            return reading
        values = {key: value for key, value in values.items() if key != "period"}
    if "period" in values:
        return _read_same_period(values, ctx, amount, unit, mod, narrative)
    if narrative and ctx.reference is not None:
        point = shift_point(ctx.reference, amount, unit, counted)
        kind, value = _with_time(point, values)  # "am Abend desselben Tages"
        return Reading(kind, value, mod, "narrative", point, 0.7, COUNTED_FROM_EARLIER)
    if ctx.dct is None:
        return Reading("DATE", "XXXX", mod, "unresolved", None, 0.4)
    point = shift_point(from_date(ctx.dct), amount, unit, counted)
    kind, value = _with_time(point, values)
    return Reading(kind, value, mod, "dct", point, 0.8 if not narrative else 0.6)


def _read_same_period(values: dict[str, Any], ctx: Context, amount: int, unit: str, mod: str,
                      narrative: bool) -> Reading:
    """The same period (a quarter, a month) a year before ("the year-earlier quarter", "des Vorjahresquartals"):
    that of the date just talked about, else the one holding the DCT."""
    reference = ctx.reference if narrative else None
    if values["period"] == "same":  # "im gleichen Zeitraum des Vorjahres": the period just talked about
        granularity = reference.granularity if reference is not None else "year"
    else:
        granularity = UNIT_GRANULARITY[values["period"]]
    if reference is not None and as_fine_as(reference.granularity, granularity):
        base, anchor = reference.as_date(), "narrative"
    elif ctx.dct is not None:
        base, anchor = ctx.dct, "dct"
    else:
        return Reading("DATE", "XXXX", mod, "unresolved", None, 0.4)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12}.get(unit)
    moved = add_months(base, amount * months) if months else base + timedelta(days=amount * (7 if unit == "W" else 1))
    point = at_granularity(moved, granularity)
    return Reading("DATE", value_of(point), mod, anchor, point, 0.7, COUNTED_FROM_EARLIER if anchor == "narrative" else "")


def _read_report_period(values: dict[str, Any], ctx: Context, amount: int, unit: str, mod: str) -> Reading | None:
    """In a report on a quarter, "a year ago" and "a year earlier" compare with the same quarter a year before,
    and "the latest quarter" is the quarter reported on; without one named, "the latest quarter" is the last
    quarter finished before the DCT, and the others (None) are read as plain offsets; a bare "the quarter"
    (`reported`) is no date there ("the old quarter", a city's).
    """
    if ctx.period is not None:
        months = 0 if values.get("latest") else {"M": 1, "Q": 3, "H": 6, "Y": 12}[unit] * amount
        point = at_granularity(add_months(ctx.period.as_date(), months), ctx.period.granularity)
        # A look aside: the text stays at the period it reports on.
        return Reading("DATE", value_of(point), mod, "narrative", None, 0.7, COUNTED_FROM_EARLIER)
    if values.get("reported"):  # "the quarter" alone is a date only in a report that has named its quarter
        raise NotADate("no period reported on")
    if not values.get("latest"):
        return None
    if ctx.dct is None:
        return Reading("DATE", "XXXX", mod, "unresolved", None, 0.4)
    point = shift(ctx.dct, -1, unit)
    return Reading("DATE", value_of(point), mod, "dct", point, 0.7)


def _read_deictic(rule: Rule, values: dict[str, Any], ctx: Context) -> Reading:
    mod = values.get("mod", rule.mod)
    dayrel = int(values.get("dayrel", 0))
    if ctx.narrative:
        # In a history "heute" is the present the author writes from, not a day of the story; a part of the
        # day ("am Abend") or a day word in a quote belongs to the day the story is at.
        if ctx.reference is not None and ctx.reference.granularity == "day" and (dayrel or _time_suffix(values)):
            point = from_date(ctx.reference.as_date() + timedelta(days=dayrel))
            kind, value = _with_time(point, values)
            return Reading(rule.type or kind, value, mod, "narrative", point if dayrel else None, 0.6, DAY_FROM_EARLIER)
        if not dayrel and not _time_suffix(values):
            return Reading("DATE", "PRESENT_REF", mod, "none", None, 0.6)
    if values.get("present") and not ctx.day_context and not dayrel and not _time_suffix(values):
        # "heute" with nothing around it that speaks of a day means nowadays ("Liberalismus heute").
        return Reading("DATE", "PRESENT_REF", mod, "none", None, 0.6)
    if ctx.dct is None:
        return Reading("DATE", "XXXX-XX-XX", mod, "unresolved", None, 0.4)
    point = from_date(ctx.dct + timedelta(days=dayrel))
    kind, value = _with_time(point, values)
    if rule.type:
        kind = rule.type
    return Reading(kind, value, mod, "dct", point, 0.95)


def _read_clock(rule: Rule, values: dict[str, Any], ctx: Context) -> Reading:
    """A time of day on the day just mentioned in the same sentence, or in the sentence before when the time
    opens its own ("Am Freitag kommt ein Slalom zur Austragung. Um 9 Uhr startet die Qualifikation": the
    telling goes on with that day) or is a part of the day ("Es geschah am Dienstag. Er trainierte am
    Nachmittag"); else on the DCT. A clock time further into its sentence (an item of a listing, "im
    Theatersaal, 20 Uhr.") does not reach back."""
    near = (ctx.reference_distance == 0 or ctx.narrative  # a story's times belong to the day it is at
            or ctx.reference_distance == 1 and (ctx.opens_sentence or "hour" not in values))
    if near and ctx.reference is not None and ctx.reference.granularity == "day":
        kind, value = _with_time(ctx.reference, values)
        return Reading("TIME", value, values.get("mod", rule.mod), "narrative", None, 0.7, DAY_FROM_EARLIER)
    if ctx.dct is None:
        return Reading("TIME", "XXXX-XX-XX" + _time_suffix(values), values.get("mod", rule.mod), "unresolved", None, 0.4)
    kind, value = _with_time(from_date(ctx.dct), values)
    return Reading("TIME", value, values.get("mod", rule.mod), "dct", None, 0.8, DAY_FROM_DCT)


# A named day without a year is the one of the DCT's year ("zwei Tage nach Weihnachten" in an article of
# 20 December); the tense moves it a year only when it lies further than this on the wrong side.
HOLIDAY_TENSE_DAYS = 31


def _read_holiday(rule: Rule, values: dict[str, Any], groups: dict[str, str | None], ctx: Context) -> Reading:
    """A named day ("Pfingsten", "Thanksgiving"), optionally a count of days or weeks from it: in the year
    given, else in the year the text is at."""
    name = values["holiday"]
    mod = values.get("mod", rule.mod)
    if "year" in values:
        day = holiday(name, _full_year(int(values["year"]), len(groups.get("year") or ""), ctx))
        anchor, confidence, inferred = "absolute", 0.9, ""
    elif ctx.narrative and ctx.reference is not None:
        day = holiday(name, ctx.reference.year)
        anchor, confidence, inferred = "narrative", 0.7, FROM_STORY
    elif ctx.dct is None:
        return Reading("DATE", "XXXX-XX-XX", mod, "unresolved", None, 0.4)
    else:
        day = holiday(name, ctx.dct.year)
        ahead = (day - ctx.dct).days
        if ctx.tense in ("unknown", "onset"):
            day = nearest_year(ctx.dct, lambda year: from_date(holiday(name, year)), ctx.tense).as_date()
        elif ctx.tense == "past" and ahead > HOLIDAY_TENSE_DAYS:
            day = holiday(name, ctx.dct.year - 1)
        elif ctx.tense == "future" and ahead < -HOLIDAY_TENSE_DAYS:
            day = holiday(name, ctx.dct.year + 1)
        anchor, confidence, inferred = "dct", 0.8, FROM_DCT
    point = from_date(day)
    if "shiftdir" in values:  # "two days after Christmas"
        point = shift(day, int(values["shiftdir"]) * int(values.get("num", 1)), values.get("unit", "D"))
    kind, value = _with_time(point, values)  # "Christmas night", "la nuit de Noël": a part of the named day
    return Reading(kind, value, mod, anchor, point, confidence, inferred)


# Half a unit in the next smaller one ("2 1/2 years" P2Y6M, "a minute and a half" PT1M30S).
HALF_UNIT = {"Y": (6, "M"), "D": (12, "H"), "H": (30, "MIN"), "MIN": (30, "S")}


def _plus_half(values: dict[str, Any]) -> dict[str, Any]:
    unit = values.get("unit", "")
    if unit not in HALF_UNIT:
        raise NotADate("no smaller unit for half of it")
    morenum, moreunit = HALF_UNIT[unit]
    return {**values, "morenum": morenum, "moreunit": moreunit}


def _format_template(template: str, values: dict[str, Any]) -> str:
    unit = values.get("unit", "")
    number = values.get("num", "X")
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    fields = {"morenum": "", "moreunit": "", **values, "num": number, "unit": unit,
              "T": "T" if unit in TIME_UNITS or values.get("moreunit") in TIME_UNITS else ""}
    if unit == "MIN":
        fields["unit"] = "M"
    more = values.get("moreunit")
    if more is not None:  # "zwei Jahre und sechs Monate" P2Y6M, "two hours and ten minutes" PT2H10M
        if (more in TIME_UNITS) != (unit in TIME_UNITS):
            raise NotADate("a duration mixing days and hours")
        fields["moreunit"] = "M" if more == "MIN" else more
    try:
        return template.format(**fields)
    except (KeyError, ValueError):
        raise NotADate("template") from None


# Python's dates start at year 1. A story before Christ is reckoned BC_SHIFT years later, where the proleptic
# Gregorian calendar repeats itself (every 400 years), and its dates are moved back.
BC_SHIFT = 2800


def _moved(point: Point, years: int) -> Point:
    return replace(point, year=point.year + years)


def read(pack: LanguagePack, rule: Rule, groups: dict[str, str | None], ctx: Context) -> Reading:
    """The reading of one match; raises NotADate when its parts name no real date."""
    if ctx.reference is not None and ctx.reference.year < 1:
        reading = _read(pack, rule, groups, replace(ctx, reference=_moved(ctx.reference, BC_SHIFT)))
        if reading.point is not None and reading.anchor == "narrative":
            shifted = value_of(reading.point)
            reading.point = _moved(reading.point, -BC_SHIFT)
            reading.value = value_of(reading.point) + reading.value[len(shifted):]
    else:
        reading = _read(pack, rule, groups, ctx)
    if ctx.narrative and reading.anchor == "dct":
        reading.point = None  # the publication date does not pull a story's dates into the present
    if rule.defaults.get("aside"):
        reading.point = None  # a look aside ("im Vorjahr", "the year-earlier quarter"): the text stays where it is
    return reading


def _read(pack: LanguagePack, rule: Rule, groups: dict[str, str | None], ctx: Context) -> Reading:
    values = semantic_values(pack, rule, groups)
    reading = READERS[rule.kind](rule, values, groups, ctx)
    if rule.kind in ("date", "holiday") and "within" in values:  # "the week of June 12", "Easter week"
        if reading.point is not None and reading.point.granularity == "day":
            reading.point = at_granularity(reading.point.as_date(), UNIT_GRANULARITY[values["within"]])
            reading.value, reading.type = value_of(reading.point), "DATE"
    return reading


def _read_duration(rule: Rule, values: dict[str, Any]) -> Reading:
    if values.get("plushalf"):
        values = _plus_half(values)
    value = _format_template(rule.value or "P{T}{num}{unit}{morenum}{moreunit}", values)
    return Reading("DURATION", value, values.get("mod", rule.mod), "none", None, 0.85)


def _read_set(rule: Rule, values: dict[str, Any]) -> Reading:
    value = _format_template(rule.value or "P{T}{num}{unit}", values)
    return Reading("SET", value, values.get("mod", rule.mod), "none", None, 0.85)


def _read_ref(rule: Rule, values: dict[str, Any]) -> Reading:
    value = values.get("ref") or rule.value
    return Reading(rule.type or "DATE", value, values.get("mod", rule.mod), "none", None, 0.8)


# How each rule kind is read (see the module's docstring): the kinds a pack's rules may name, with "ignore",
# whose matches the tagger drops (language.py checks every rule's kind against these).
READERS: dict[str, Callable[[Rule, dict[str, Any], dict[str, str | None], Context], Reading]] = {
    "date": _read_date,
    "weekday": lambda rule, values, groups, ctx: _read_weekday(rule, values, ctx),
    "relative": lambda rule, values, groups, ctx: _read_relative(rule, values, ctx),
    "offset": lambda rule, values, groups, ctx: _read_offset(rule, values, ctx, narrative=False),
    "narrative": lambda rule, values, groups, ctx: _read_offset(rule, values, ctx, narrative=True),
    "deictic": lambda rule, values, groups, ctx: _read_deictic(rule, values, ctx),
    "clock": lambda rule, values, groups, ctx: _read_clock(rule, values, ctx),
    "holiday": _read_holiday,
    "duration": lambda rule, values, groups, ctx: _read_duration(rule, values),
    "set": lambda rule, values, groups, ctx: _read_set(rule, values),
    "ref": lambda rule, values, groups, ctx: _read_ref(rule, values),
}
KINDS = frozenset(READERS) | {"ignore"}
