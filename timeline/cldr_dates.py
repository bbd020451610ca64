"""Explicit dates in any language CLDR describes, recognised from its locale data (through babel's bundled files).

For a language without a hand-written pack, the locale's own date patterns say how a date is written there
("d 'de' MMMM 'de' y", "d. MMMM y", "y. MMMM d.", "dd.MM.yy") and its month names, wide and abbreviated, in
format (genitive, where the language has one: "května") and stand-alone ("květen") forms, what may fill a month
slot. Every pattern that writes a day, month and year, a month and year, or a day and month (the latter placed
in the year nearest the publication date) becomes one branch of a single regex per language, compiled once per
process: one linear scan per text, no per-document compilation, whatever the density of dates. Years are four
digits, or two where the locale's numeric pattern writes two ("dd.MM.yy": the century that puts the year at most
SHORT_YEAR_AHEAD years after the publication date); a numeric date needs its year and follows the locale's order
of day and month, as does ISO 8601 ("2024-05-05"); a year alone counts when it is no part of a larger number or an
amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import TYPE_CHECKING

from .calendar_math import Point, is_valid_day, nearest_year, value_of
from .language import _alternation
from .normalize import FROM_DCT
from .timex import Timex

if TYPE_CHECKING:
    from babel import Locale

# Confidence of a fallback date: as dateparser's fallback before it (not calibrated: no gold in these languages).
CONFIDENCE = 0.6

# The fields a branch may use: day, month (number or name), year, weekday (kept in the span, not read).
_FIELDS = {"d", "M", "L", "y", "E", "c"}
# Patterns read from the locale: its date formats and the skeletons that write a day, month or year in words or
# numbers (CLDR "availableFormats"). Numeric patterns without a year ("d/M") are left out: fractions and scores.
_FORMATS = ("full", "long", "medium", "short")
_SKELETONS = ("yMMMMEEEEd", "yMMMEd", "yMMMMd", "yMMMd", "yMd", "yMMMM", "yMMM", "MMMMEEEEd", "MMMEd", "MMMMd",
              "MMMd")
_ISO = "y-MM-dd"
# A letter or digit right next to a date makes it part of a word, except in scripts written without spaces
# between words (Han, kana, Hangul syllables): "は2024年5月5日に".
_WORD = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
# Digits of any script (Arabic-Indic, Devanagari, ...): Python reads them all; the calendar checks the values.
_DAY = r"(?<!\d)\d{1,2}(?!\d)[º°ª]?"
_MONTH_NUMBER = r"(?<!\d)\d{1,2}(?!\d)"
_YEAR = r"(?<!\d)\d{4}(?!\d)"
_SHORT_YEAR = r"(?<!\d)\d{2}(?![\d.,:/-]?\d)"
# A two-digit year ("12/03/21") is read in the century that puts it at most this many years after the
# publication date: news looks back far more often than ahead.
SHORT_YEAR_AHEAD = 10
CENTURY_FROM_DCT = "century taken from the publication date"
# A year written alone is read as one in this range only (a count such as "3000 personas" mostly falls outside).
YEARS = (1000, 2099)


@dataclass(frozen=True)
class _Branch:
    """Where one pattern's fields are in the regex's groups (0: the pattern lacks the field)."""

    day: int
    month: int
    name: int
    year: int
    short_year: bool = False  # the year is written with two digits


@dataclass(frozen=True)
class Recogniser:
    regex: re.Pattern[str]
    branches: dict[int, _Branch]  # by the index of the branch's own group
    months: dict[str, int]  # month name (lower case, no trailing dot) -> 1..12


def _names(locale: Locale, attribute: str) -> tuple[dict[str, int], set[str]]:
    """Every name CLDR gives, wide and abbreviated, format and stand-alone, keyed without a trailing dot; and
    the abbreviations among them that are no wide name (they may be written with a dot)."""
    names: dict[str, int] = {}
    abbreviations: set[str] = set()
    wide: set[str] = set()
    ambiguous: set[str] = set()
    tables = getattr(locale, attribute)
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in tables.get(context, {}).get(width, {}).items():
                key = " ".join(name.lower().rstrip(".").split())
                if len(key) < 2 or re.fullmatch(r"m\d+", key):  # root's placeholders "M01", not names
                    continue
                if names.get(key, number) != number:
                    ambiguous.add(key)
                names[key] = number
                (abbreviations if width == "abbreviated" else wide).add(key)
    return {key: number for key, number in names.items() if key not in ambiguous}, abbreviations - wide


def _literal(text: str, after_field: bool) -> str:
    """A pattern's literal text as regex: spaces match any whitespace run (none needed after punctuation)."""
    out: list[str] = []
    previous_alnum = False
    for index, char in enumerate(text):
        if char.isspace():
            if out and out[-1] in (r"\s+", r"\s*"):
                continue
            first = index == 0
            out.append(r"\s+" if (first and after_field) or previous_alnum else r"\s*")
            continue
        out.append(re.escape(char))
        previous_alnum = char.isalnum()
    return "".join(out)


def _tokens(pattern: str) -> list[tuple[str, str, int]]:
    """A CLDR pattern as ("field", letter, count) and ("chars", text, 0), adjacent literal text joined."""
    from babel.dates import tokenize_pattern

    tokens: list[tuple[str, str, int]] = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "field":
            tokens.append(("field", str(value[0]), int(value[1])))
        elif tokens and tokens[-1][0] == "chars":
            tokens[-1] = ("chars", tokens[-1][1] + str(value), 0)
        else:
            tokens.append(("chars", str(value), 0))
    return tokens


def _branch_regex(pattern: str, months: str, weekdays: str) -> tuple[str, tuple[str, ...]] | None:
    """One pattern as regex with a group for each of its day, month and year; None when it writes other fields,
    no month, or neither a year nor a day with a month name."""
    tokens = _tokens(pattern)
    fields = [(letter, count) for kind, letter, count in tokens if kind == "field"]
    letters = {letter for letter, _ in fields}
    if not letters <= _FIELDS or not letters & {"M", "L"}:
        return None
    named = any(letter in "ML" and count >= 3 for letter, count in fields)
    if "y" not in letters and ("d" not in letters or not named):
        return None
    first = min(i for i, token in enumerate(tokens) if token[0] == "field")
    last = max(i for i, token in enumerate(tokens) if token[0] == "field")
    parts: list[str] = []
    groups: list[str] = []
    for position, (kind, text, count) in enumerate(tokens):
        if kind == "chars":
            literal = _literal(text, position > first)
            # A trailing literal (Hungarian "d.", Russian " г.") is optional: a sentence's end may swallow it.
            if literal and position > first:
                parts.append(f"(?:{literal})?" if position > last else literal)
        elif text in "Ec":
            parts.append(weekdays)
        elif text == "d":
            parts.append(f"({_DAY})")
            groups.append("day")
        elif text == "y" and count == 2 and not named:
            parts.append(f"({_SHORT_YEAR})")
            groups.append("short_year")
        elif text == "y":
            parts.append(f"({_YEAR})")
            groups.append("year")
        elif count >= 3:
            parts.append(f"({months})")
            groups.append("name")
        else:
            parts.append(f"({_MONTH_NUMBER})")
            groups.append("month")
    return "".join(parts), tuple(groups)


def _patterns(locale: Locale) -> list[str]:
    patterns = [locale.date_formats[name].pattern for name in _FORMATS if name in locale.date_formats]
    skeletons = locale.datetime_skeletons
    patterns += [skeletons[name].pattern for name in _SKELETONS if name in skeletons]
    patterns.append(_ISO)
    return list(dict.fromkeys(patterns))


def _weight(pattern: str) -> tuple[int, int]:
    """Branches are tried most complete first ("5 de mayo de 2024" before "5 de mayo"), longest pattern first."""
    letters = {letter for kind, letter, _ in _tokens(pattern) if kind == "field"}
    return (-len(letters), -len(pattern))


@cache
def recogniser(lang: str) -> Recogniser | None:
    """The compiled recogniser for a language code, or None when babel has no locale for it (cached per process)."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # babel is a core requirement; without it there is no recogniser
        return None
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    months, abbreviated = _names(locale, "months")
    if not months:
        return None
    month_regex = _with_dots(months, abbreviated)
    weekday_regex = _with_dots(*_names(locale, "days"))
    branches: dict[int, _Branch] = {}
    bodies: list[str] = []
    group = 0
    for pattern in sorted(_patterns(locale), key=_weight):
        built = _branch_regex(pattern, month_regex, weekday_regex)
        if built is None:
            continue
        body, fields = built
        if body in bodies:  # several patterns often write the same ("d MMM y" as medium and as yMMMd)
            continue
        group += 1
        own = group
        numbers = {}
        for field in fields:
            group += 1
            numbers[field] = group
        branches[own] = _Branch(numbers.get("day", 0), numbers.get("month", 0), numbers.get("name", 0),
                                numbers.get("year", 0) or numbers.get("short_year", 0), "short_year" in numbers)
        bodies.append(body)
    # Last, a year alone ("en 1998"): four digits not inside a number, an amount or a code ("1.998", "$2000").
    group += 1
    branches[group] = _Branch(0, 0, 0, group + 1)
    bodies.append(rf"(?<![\d$€£¥#№])(?<![\d$€£¥#№][.,:/-])({_YEAR})(?![.,:/-]?\d)")
    # Each branch is one group holding its fields' groups: a match's `lastindex` (the outermost group closed last)
    # says which branch matched.
    regex = re.compile(rf"(?<!{_WORD})(?:{'|'.join(f'({body})' for body in bodies)})(?!{_WORD})")
    return Recogniser(regex, branches, months)


def _with_dots(names: dict[str, int], abbreviations: set[str]) -> str:
    """The names as one alternation (lower, Capitalized, UPPER), abbreviations also with a trailing dot."""
    return _alternation([*names, *(name + "." for name in names if name in abbreviations)], False)


def _day_in(month: int, day: int, year: int) -> Point | None:
    return Point(year, month, day) if is_valid_day(year, month, day) else None


def _read(recogniser: Recogniser, match: re.Match[str], dct: date | None) -> tuple[str, str, str] | None:
    """The match's value, anchor and what was inferred, or None when it names no date (31 February, a lone "3000",
    no DCT)."""
    branch = recogniser.branches[match.lastindex or 0]
    year = int(match.group(branch.year)) if branch.year else None
    if branch.short_year and year is not None:
        if dct is None:
            return None  # "12/03/21" without a publication date: no century to put it in
        latest = dct.year + SHORT_YEAR_AHEAD
        year += latest - latest % 100
        year -= 100 if year > latest else 0
    if not branch.name and not branch.month:  # a year alone
        return (f"{year:04d}", "absolute", "") if year is not None and YEARS[0] <= year <= YEARS[1] else None
    if branch.name:
        month = recogniser.months[" ".join(match.group(branch.name).lower().rstrip(".").split())]
    else:
        month = int(match.group(branch.month))
    day = int(match.group(branch.day).rstrip("º°ª")) if branch.day else None
    if year is not None:
        if not year or not (1 <= month <= 12 if day is None else is_valid_day(year, month, day)):
            return None
        if branch.short_year:
            return value_of(Point(year, month, day)), "dct", CENTURY_FROM_DCT
        return value_of(Point(year, month, day)), "absolute", ""
    if dct is None or day is None:
        return None
    # A day and month without a year: the year that puts it nearest the publication date (see nearest_year).
    point = nearest_year(dct, partial(_day_in, month, day), "unknown")
    return (value_of(point), "dct", FROM_DCT) if point is not None else None


def recognise(text: str, dct: date | None, lang: str) -> list[Timex] | None:
    """Explicit dates in `text`, as DATE timexes at the precision written; None when CLDR has no such locale.

    A written year makes the date absolute; a day and month without one take the year that puts them nearest
    the publication date (none without a publication date)."""
    found = recogniser(lang)
    if found is None:
        return None
    timexes = []
    for match in found.regex.finditer(text):
        reading = _read(found, match, dct)
        if reading is not None:
            start, end = match.span()
            value, anchor, inferred = reading
            timexes.append(Timex(start, end, text[start:end], "DATE", value, "", anchor, CONFIDENCE, inferred))
    return timexes
