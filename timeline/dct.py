"""The publication date (document creation time) of an article, found in its text or its HTML.

Only places where newsrooms put that date are read: an update/publication line or a dateline among the first
lines, a short byline-like line that holds little but a date, a last "Stand:" line, and the page's metadata.
A date anywhere else in the body is an event, not the publication date, so it is never taken; when nothing is
found the answer is None and the pipeline leaves the expressions that need a DCT unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from .event_resources import load

TOP_LINES = 6  # non-blank lines read at the top of the article
TOP_CHARS = 1500
FOOTER_LINES = 3
LINE_CHARS = 300
CUE_GAP = 30  # at most this many characters between a cue ("Aktualisiert am") and its date
BYLINE_MAX_CHARS = 120
BYLINE_MAX_WORDS = 6
# What follows the date of a dateline: the end of the line, a full stop or dash before the text, a time of day.
_DATELINE_END = re.compile(r"\s*(?:$|[.:–—|(/]|-\s|\d{1,2}[:.]\d{2})")


@dataclass
class DctGuess:
    date: date
    start: int
    end: int
    source: str  # update line, dateline, html metadata, byline, footer, file name, or a stated source
    inferred: bool = False  # the year was not written with the date (a yearless dateline)


# Dates a file carries about itself say when it was saved, which may be long after the article appeared: the
# text's own date line wins over them.
FILE_PROPERTY_SOURCES = frozenset({"PDF properties", "DOCX properties"})
# A yearless dateline is at most this far before the file's own date (a story filed on Dec. 30, saved Jan. 2).
YEARLESS_REACH_DAYS = 366
_YEAR_IN_TEXT = re.compile(r"(?<![\w.,/-])(1[89]\d\d|20\d\d)(?![\w/-]|[.,]\d)")
_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class _Patterns:
    dates: re.Pattern[str]
    months: dict[str, int]
    cue: re.Pattern[str]  # a cue at the end of the text before a date
    footer_cue: re.Pattern[str]
    dateline_prefix: re.Pattern[str]
    byline_words: frozenset[str]
    yearless: re.Pattern[str]  # a day and month without year, as datelines write it


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _cue(words: list[str]) -> re.Pattern[str]:
    """A cue at the start of the line or after a separator ("Von A. Schmidt | Aktualisiert am"), right before
    the date: "The study, published on June 3, 2024, found" is a sentence, not an update line."""
    return re.compile(rf"(?:^|[|·•–—/])\W*\b(?:{_alternation(words)})\b[^\n\d]{{0,{CUE_GAP}}}$", re.IGNORECASE)


@cache
def _patterns(lang: str | None) -> _Patterns:
    data = load(lang)["dct"]
    months = {name.lower(): number for name, number in data["months"].items()}
    pieces = {
        "day": r"(?P<day>[0-3]?\d)",
        "mm": r"(?P<mm>[01]?\d)",
        "month": rf"(?P<month>{_alternation(list(months))})",
        "year": r"(?P<year>[12]\d{3})",
    }
    dates = _date_pattern(data["formats"], pieces)
    weekday = _alternation(data["weekdays"])
    return _Patterns(
        dates=dates,
        months=months,
        cue=_cue(data["cues"]),
        footer_cue=_cue(data["footer_cues"]),
        # "Berlin, ", "BERLIN (dpa) – ", "CAPE CANAVERAL, Fla., ", "Frankfurt am Main, Mittwoch, " before the date.
        dateline_prefix=re.compile(
            rf"^\s*[A-ZÄÖÜ][\w'’.\-]*(?:\s+[\w'’.\-]+){{0,3}}(?:,\s*[A-Z][\w.]{{1,6}})?"
            rf"\s*(?:\([^)\n]{{1,40}}\))?\s*[,/–—-]\s*"
            rf"(?:(?i:{weekday})\.?,?\s*)?$"
        ),
        byline_words=frozenset(word.lower() for word in data["byline_words"]),
        yearless=_date_pattern(data.get("yearless_formats", []), pieces),
    )


def _date_pattern(formats: list[str], pieces: dict[str, str]) -> re.Pattern[str]:
    """One regex for all `formats`; each gets its own named groups (a regex cannot reuse a name across
    alternatives). No formats: a pattern that never matches."""
    alternatives = []
    for index, form in enumerate(formats):
        filled = form.format(**pieces)
        alternatives.append(re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m[1]}{index}>", filled))
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w.]){'|'.join(alternatives)}(?![\w])", re.IGNORECASE)


def _date_of(match: re.Match[str], months: dict[str, int], year: int | None = None) -> date | None:
    groups = {re.sub(r"\d+$", "", name): value for name, value in match.groupdict().items() if value}
    month = months[groups["month"].lower()] if "month" in groups else int(groups["mm"])
    try:
        return date(int(groups.get("year") or year or 0), month, int(groups["day"]))
    except ValueError:  # 31. Februar, month 13: not a date at all
        return None


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every non-blank line, each cut to its first LINE_CHARS characters: a date line is
    short, and the cut keeps the work per line bounded whatever the text."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines.append((offset, line.rstrip("\r\n")[:LINE_CHARS]))
        offset += len(line)
    return lines


def _is_byline(line: str, match: re.Match[str], patterns: _Patterns) -> bool:
    """A short line that holds a date and otherwise only names, times and byline words ("By Jane Doe | ...")."""
    if len(line) > BYLINE_MAX_CHARS:
        return False
    rest = line[: match.start()] + " " + line[match.end():]
    words = re.findall(r"[^\W\d_][\w.'’\-]*", rest)
    if len(words) > BYLINE_MAX_WORDS:
        return False
    return all(word[0].isupper() or word.lower() in patterns.byline_words for word in words)


def _from_lines(text: str, lang: str | None) -> DctGuess | None:
    patterns = _patterns(lang)
    lines = _lines(text)
    top = [(offset, line) for offset, line in lines[:TOP_LINES] if offset < TOP_CHARS]
    found: dict[str, DctGuess] = {}
    for offset, line in top:
        for match in patterns.dates.finditer(line):
            day = _date_of(match, patterns.months)
            if day is None:
                continue
            before, after = line[: match.start()], line[match.end():]
            if patterns.cue.search(before):
                source = "update line"
            elif before.strip() and patterns.dateline_prefix.match(before) and _DATELINE_END.match(after):
                source = "dateline"
            elif _is_byline(line, match, patterns):
                source = "byline"
            else:
                continue
            found.setdefault(source, DctGuess(day, offset + match.start(), offset + match.end(), source))
    for offset, line in reversed(lines[-FOOTER_LINES:]):
        for match in patterns.dates.finditer(line):
            day = _date_of(match, patterns.months)
            if day is not None and patterns.footer_cue.search(line[: match.start()]):
                found.setdefault("footer", DctGuess(day, offset + match.start(), offset + match.end(), "footer"))
    for source in ("update line", "dateline", "footer", "byline"):
        if source in found:
            return found[source]
    return None


def _from_html(html: str) -> DctGuess | None:
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on some malformed documents; metadata is only a fallback
        return None
    if not found:
        return None
    try:
        return DctGuess(date.fromisoformat(found), -1, -1, "html metadata")
    except ValueError:
        return None


def find_dct(text: str, lang: str | None, html: str | None = None) -> DctGuess | None:
    """The article's publication date: its update line or dateline first, then HTML metadata, then a byline
    or a last "Stand:" line. None when the article does not say (never a date taken from the body)."""
    guess = _from_lines(text, lang)
    if guess is not None and guess.source in ("update line", "dateline"):
        return guess
    if html:
        from_html = _from_html(html)
        if from_html is not None:
            return from_html
    return guess


def _yearless_datelines(text: str, lang: str | None) -> Iterator[tuple[int, re.Match[str]]]:
    """The dates without year of datelines ("NAIROBI, Aug. 21 (AP) --") among the text's first lines, with the
    offset of their line."""
    patterns = _patterns(lang)
    for offset, line in [(offset, line) for offset, line in _lines(text)[:TOP_LINES] if offset < TOP_CHARS]:
        for match in patterns.yearless.finditer(line):
            before, after = line[: match.start()], line[match.end():]
            if before.strip() and patterns.dateline_prefix.match(before) and _DATELINE_END.match(after):
                yield offset, match


# The end of a wire's dateline: a dash, after the agency in brackets if it names one ("NAIROBI, Aug. 21 (AP) --").
_WIRE_DATELINE_END = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:[–—]|-\s|--)")


def yearless_dateline_span(text: str, lang: str | None) -> tuple[int, int] | None:
    """Where the text's dateline without year has its date, if it has one written as the wires write it (a dash
    after the date): it dates the article, whichever year the article is of. Not a date before a colon, which may
    open a programme's line ("ZDF, Samstag, 17. Januar: …")."""
    for offset, match in _yearless_datelines(text, lang):
        if _WIRE_DATELINE_END.match(text, offset + match.end()):
            return offset + match.start(), offset + match.end()
    return None


def _yearless_dateline(text: str, lang: str | None, reference: date | None) -> DctGuess | None:
    """A dateline whose date has no year ("NAIROBI, Aug. 21 (AP) --"), the year inferred: the last such day on
    or before `reference` (the file's own date), else the year the text names most often (the latest of equals).
    None when there is no such dateline or no year to give it."""
    patterns = _patterns(lang)
    for offset, match in _yearless_datelines(text, lang):
        if reference is not None:
            day = _date_of(match, patterns.months, reference.year)
            if day is not None and day > reference:
                day = _date_of(match, patterns.months, reference.year - 1)
            if day is None or (reference - day).days > YEARLESS_REACH_DAYS:
                continue
        else:
            years = _YEAR_IN_TEXT.findall(text)
            if not years:
                return None
            counts = {int(year): years.count(year) for year in set(years)}
            year = max(counts, key=lambda y: (counts[y], y))
            day = _date_of(match, patterns.months, year)
            if day is None:
                continue
        return DctGuess(day, offset + match.start(), offset + match.end(), "dateline", inferred=True)
    return None


def date_in_name(name: str) -> date | None:
    """A full date written in a file name ("summit-2024-06-19.txt", "20240619_report.pdf"), else None."""
    match = _DATE_IN_NAME.search(name or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def publication_date(
    text: str, lang: str | None, stated: date | None = None, stated_source: str = "", name: str = ""
) -> DctGuess | None:
    """The publication date an article is anchored on, and where it comes from (`DctGuess.source`).

    A date `stated` with the document wins (typed by the user, page metadata, front matter, given with it),
    except a file's own date (`FILE_PROPERTY_SOURCES`), which only says when the file was saved: then the
    text's update line, dateline, footer or byline comes first, then a date in the file `name`, then a
    dateline without year (year inferred from the file's date or the text's years), then the file's date.
    """
    if stated is not None and stated_source not in FILE_PROPERTY_SOURCES:
        return DctGuess(stated, -1, -1, stated_source)
    guess = _from_lines(text, lang)
    if guess is not None:
        return guess
    named = date_in_name(name)
    if named is not None:
        return DctGuess(named, -1, -1, "file name")
    guess = _yearless_dateline(text, lang, stated)
    if guess is not None:
        return guess
    return DctGuess(stated, -1, -1, stated_source) if stated is not None else None
