"""The events frame: the product's one data contract.

Every layer (library, CLI, app, exports, share store) produces and consumes a pandas DataFrame with exactly
these columns, in this order, with these dtypes. One row is one dated mention of an event.

| column       | dtype          | meaning |
|--------------|----------------|---------|
| event_id     | string         | stable id of the row: "<doc_id>:<start>" (merged rows keep the first source's id) |
| doc_id       | string         | the document the expression was found in (file name, JSONL doc_id, upload name) |
| title        | string         | the document's title ("" when unknown) |
| lang         | string         | ISO 639-1 code of the document's language |
| dct          | datetime64[s]  | document creation time (publication date); NaT when not known |
| start, end   | Int64          | character offsets (Python str indices) of the expression in the document's text |
| expression   | string         | the expression as written: text[start:end] (the CLI calls it `text`) |
| type         | string         | TIMEX3 type: DATE, TIME, DURATION or SET |
| value        | string         | TIMEX3 value: 2024-06-19, 2024-05, 199, 2024-SP, P24Y, XXXX-WXX-2, PRESENT_REF, ... |
| mod          | string         | TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... ("" when none) |
| granularity  | string         | day, month, year, decade, century, season, quarter, half, week, time, ... ("" for durations/sets) |
| date_start   | datetime64[s]  | first instant of the interval a DATE/TIME denotes; NaT for durations, sets, vague or unresolved |
| date_end     | datetime64[s]  | last instant of that interval (inclusive, 23:59:59 of the last day for day precision and coarser) |
| label        | string         | short event label for the chart (about 12 words, the article's language) |
| clause       | string         | the clause the expression belongs to: the CLI's `event` field |
| sentence     | string         | the whole sentence around the expression |
| sentence_start | Int64        | offset of the sentence in the document's text |
| actors       | object         | list[str]: people and organisations taking part (may be empty) |
| places       | object         | list[str]: where it happened: countries, and names after "in", "à", "nach"... (may be empty) |
| anchor       | string         | absolute | dct | narrative | unresolved | none (durations, sets, vague refs) |
| confidence   | float64        | 0..1, the calibrated probability that the value is right (timeline/confidence.py) |
| sources      | object         | list[str]: doc_ids of every article that reports this event (merged rows list several) |
| reports      | object         | list[dict]: for a merged row, each source's own report, in `sources` order: {doc_id, title, start, end, expression, sentence} (offsets into that source's text); [] for a row one article reports (its own fields say it) |
| year_start, year_end | float64 | the interval as astronomical years with fractions; NaN without a date (below) |
| inferred     | string         | what the tagger inferred rather than read, in words (below); "" when all was written |

Datetimes use second resolution so that any year from 1 to 9999 fits (nanoseconds stop at 1677 and 2262);
years before Christ ("333 v. Chr." BC0333) have NaT there and their place in `year_start`/`year_end`: astronomical
years (1 BC is 0, 480 BC is -479) plus the elapsed fraction of the year, so "BC0480" spans -479.0 to -478.0 and
2024-07-01 starts at about 2024.5; every row with a date has them, for plotting any era on one numeric axis.
Text never holds lone surrogates (U+D800 to U+DFFF, which no UTF-8 file, page or export can carry): each becomes
U+FFFD, one character for one, so that offsets stay valid.
`inferred` reads like "year taken from the publication date", "year taken from the publication date, direction
guessed from the tense", "year taken from the story's earlier dates", "counted from an earlier date in the text",
"day taken from the publication date" or "two-digit year expanded" (timeline/normalize.py lists them all).
Rows whose `actors`, `places`, `sources` or `reports` are equal may hold one shared list object (a text dense
with dates has 500,000 rows and a handful of distinct lists): give a row a new list, never change a cell's list
in place.
`read_events` reads back what `write_events` wrote (CSV or JSON Lines) with the same dtypes, and the Parquet dataset
of a batch run (`timeline.dataset`: strings, int64, float64, timestamps, list<string> for actors, places and
sources, list<struct> for reports).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

DATETIME = "datetime64[s]"
LIST_COLUMNS = ("actors", "places", "sources")
REPORTS = "reports"
REPORT_FIELDS = ("doc_id", "title", "start", "end", "expression", "sentence")

COLUMNS: dict[str, str] = {
    "event_id": "string",
    "doc_id": "string",
    "title": "string",
    "lang": "string",
    "dct": DATETIME,
    "start": "Int64",
    "end": "Int64",
    "expression": "string",
    "type": "string",
    "value": "string",
    "mod": "string",
    "granularity": "string",
    "date_start": DATETIME,
    "date_end": DATETIME,
    "label": "string",
    "clause": "string",
    "sentence": "string",
    "sentence_start": "Int64",
    "actors": "object",
    "places": "object",
    "anchor": "string",
    "confidence": "float64",
    "sources": "object",
    "reports": "object",
    "year_start": "float64",
    "year_end": "float64",
    "inferred": "string",
}

# The clause and the sentence repeat for every date they hold: stored as references to one Python string each
# (still dtype "string"), a sentence of 200 dates costs one copy, not 200 (Arrow-backed strings copy each).
SHARED_STRING_COLUMNS = ("clause", "sentence")
SHARED_STRINGS = pd.StringDtype("python")

ANCHORS = ("absolute", "dct", "narrative", "unresolved", "none")
DATETIME_COLUMNS = tuple(name for name, dtype in COLUMNS.items() if dtype == DATETIME)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [_without_surrogates(str(item)) for item in value]
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        if text.startswith("["):
            return [str(item) for item in json.loads(text)]
        return [text]
    return [str(value)]


def _as_reports(value: Any) -> list[dict[str, Any]]:
    """A `reports` cell as a list of report dicts (from a list, or from the JSON a CSV holds)."""
    if isinstance(value, str):
        value = json.loads(value) if value.strip() else []
    if not isinstance(value, (list, tuple, np.ndarray)):
        return []
    reports = []
    for item in value:
        if isinstance(item, Mapping):
            report = {field: item.get(field) for field in REPORT_FIELDS}
            for field in ("start", "end"):
                report[field] = None if _missing(report[field]) else int(report[field])
            for field in ("doc_id", "title", "expression", "sentence"):
                report[field] = "" if _missing(report[field]) else str(report[field])
            reports.append(report)
    return reports


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD: one character for one, so offsets stay valid."""
    return _SURROGATE.sub("\ufffd", text)


def _each_without_surrogates(strings: list[str]) -> list[str]:
    """The strings without lone surrogates; each distinct string is looked at once and stays shared."""
    clean: dict[str, str] = {}
    result = []
    for text in strings:
        cleaned = clean.get(text)
        if cleaned is None:
            cleaned = clean[text] = _without_surrogates(text) if _SURROGATE.search(text) else text
        result.append(cleaned)
    return result


def _list_cells(items: list[Any], convert: Callable[[Any], list[Any]]) -> np.ndarray:
    """An object column of lists, each cell converted by `convert`; cells of equal content share one list object
    (a text dense with dates has 500,000 rows and a few distinct lists: a list each would cost 130 MB)."""
    shared: dict[Any, list[Any]] = {}
    cells = []
    for item in items:
        key = tuple(item) if isinstance(item, (list, tuple)) else item
        try:
            cell = shared.get(key)
        except TypeError:  # unhashable content (a merged row's report dicts): a list of its own
            cells.append(convert(item))
            continue
        if cell is None:
            cell = shared[key] = convert(item)
        cells.append(cell)
    column = np.empty(len(cells), dtype=object)
    column[:] = cells
    return column


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def _datetimes(values: list[Any]) -> np.ndarray:
    """ISO strings, datetimes or Timestamps as second-resolution datetimes (any year from 1 to 9999)."""
    parsed = []
    from_text: dict[str, np.datetime64 | None] = {}  # a text dense with dates repeats its intervals
    for item in values:
        if isinstance(item, str):
            if item not in from_text:
                from_text[item] = np.datetime64(item.strip(), "s") if item.strip() else None
            parsed.append(from_text[item])
        elif _missing(item):
            parsed.append(None)
        elif isinstance(item, pd.Timestamp):
            parsed.append(item.as_unit("s").to_datetime64())
        else:
            parsed.append(item)
    return np.array(parsed, dtype=DATETIME)


def _column(values: pd.Series | list[Any], dtype: str, name: str, length: int) -> pd.Series | np.ndarray:
    """One column of the contract, converted from whatever it was (a fast path keeps right dtypes as they are)."""
    if isinstance(values, pd.Series) and str(values.dtype) == dtype and name not in LIST_COLUMNS + (REPORTS,):
        values = values.reset_index(drop=True)
        return values.fillna("") if dtype == "string" else values
    items = values.tolist() if isinstance(values, pd.Series) else list(values)
    if name in LIST_COLUMNS + (REPORTS,):
        return _list_cells(items, _as_reports if name == REPORTS else _as_list)
    if dtype == DATETIME:
        if isinstance(values, pd.Series) and pd.api.types.is_datetime64_any_dtype(values):
            return values.astype(DATETIME).reset_index(drop=True)
        return _datetimes(items)
    if dtype == "string":
        strings = [item if type(item) is str else "" if _missing(item) else str(item) for item in items]
        if name in SHARED_STRING_COLUMNS:
            return pd.array(_each_without_surrogates(strings), dtype=SHARED_STRINGS)
        try:
            return pd.array(strings, dtype="string")
        except UnicodeEncodeError:  # lone surrogates, which no UTF-8 file, page or export can hold
            return pd.array([_without_surrogates(item) for item in strings], dtype="string")
    if all(isinstance(item, (int, float)) or item is None for item in items):  # the common case, without parsing
        if dtype == "Int64":
            return pd.array([None if item is None or item != item else int(item) for item in items], dtype="Int64")
        return np.array([np.nan if item is None else item for item in items], dtype=dtype)
    numbers = pd.to_numeric(pd.Series(items, dtype=object), errors="coerce")
    return numbers.astype(dtype).reset_index(drop=True)


def empty_frame() -> pd.DataFrame:
    """A frame with every column and no rows."""
    return from_records([])


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Return `frame` with exactly the contract's columns, order and dtypes (missing columns are filled)."""
    length = len(frame)
    columns = {}
    for name, dtype in COLUMNS.items():
        values = frame[name] if name in frame.columns else [None] * length
        columns[name] = _column(values, dtype, name, length)
    return pd.DataFrame(columns)


def from_records(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a conforming frame from dicts (unknown keys are dropped, missing ones filled)."""
    records = list(records)
    return from_columns({name: [r.get(name) for r in records] for name in COLUMNS}, len(records))


def from_columns(columns: dict[str, list[Any]], length: int | None = None) -> pd.DataFrame:
    """Build a conforming frame from lists of values by column name (unknown names are dropped, missing
    columns filled): the pipeline's way, which needs no dict per row. The lists are taken out of `columns` as
    they are converted, so that a large frame never exists twice in memory: pass a dict you no longer need."""
    if length is None:
        length = max((len(values) for values in columns.values()), default=0)
    converted = {}
    for name, dtype in COLUMNS.items():
        values = columns.pop(name, None)
        converted[name] = _column(values if values is not None else [None] * length, dtype, name, length)
        del values
    return pd.DataFrame(converted)


def _iso(value: Any) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return ""
    timestamp = pd.Timestamp(value)
    if timestamp.hour == timestamp.minute == timestamp.second == 0:
        return timestamp.strftime("%Y-%m-%d") if timestamp.year >= 1000 else f"{timestamp.year:04d}-{timestamp.month:02d}-{timestamp.day:02d}"
    return timestamp.isoformat()


def to_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Plain JSON-ready dicts: datetimes as ISO strings ("" when missing), lists as lists, NA as None."""
    records = []
    for row in conform(frame).to_dict(orient="records"):
        record: dict[str, Any] = {}
        for name, value in row.items():
            if name in DATETIME_COLUMNS:
                record[name] = _iso(value)
            elif name in LIST_COLUMNS:
                record[name] = list(value)
            elif name == REPORTS:
                record[name] = [dict(report) for report in value]
            elif value is pd.NA or (isinstance(value, float) and pd.isna(value)):
                record[name] = None
            else:
                record[name] = value.item() if hasattr(value, "item") else value
        records.append(record)
    return records


def write_events(frame: pd.DataFrame, path: str | Path) -> None:
    """Write the frame as CSV (lists JSON-encoded) or JSON Lines, chosen by the file's suffix."""
    path = Path(path)
    records = to_records(frame)
    if path.suffix.lower() == ".csv":
        flat = pd.DataFrame(records, columns=list(COLUMNS))
        for name in LIST_COLUMNS + (REPORTS,):
            flat[name] = [json.dumps(v, ensure_ascii=False) for v in flat[name]]
        flat.to_csv(path, index=False, lineterminator="\r\n")  # RFC 4180: a lone "\r" in a text gets quoted
    else:
        with path.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_events(path: str | Path) -> pd.DataFrame:
    """Read back a frame written by `write_events` (or by the CLI's jsonl/csv output), a Parquet file of events,
    or the output directory of `python -m timeline batch` (its merged events when the run merged)."""
    path = Path(path)
    if path.is_dir() or path.suffix.lower() == ".parquet":
        from . import dataset  # pyarrow only when Parquet is asked for

        if path.is_dir():
            return dataset.read_dataset(path)
        import pyarrow.parquet as pq

        return dataset.events_frame(pq.read_table(path))
    if path.suffix.lower() == ".csv":
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    else:
        with path.open(encoding="utf-8") as handle:
            raw = pd.DataFrame([json.loads(line) for line in handle if line.strip()])
    if "expression" not in raw.columns and "text" in raw.columns:
        raw = raw.rename(columns={"text": "expression"})
    return conform(raw)
