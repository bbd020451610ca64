"""Exports of the (edited) events frame: CSV, JSON Lines, a CSV for spreadsheets, a standalone HTML chart,
TimelineJS JSON.

CSV and JSON Lines are written by `timeline.schema.write_events`, so `timeline.read_events` reads them back with
the same columns, dtypes and text, to the character: they are the data contract, never altered. The spreadsheet
CSV is for opening in Excel, LibreOffice or Google Sheets, which run a cell that starts with `=`, `+`, `-`, `@`, a
tab or a carriage return as a formula: there such text cells get a leading apostrophe (shown, never run), so that
file is for reading, not for `read_events`. The HTML file embeds plotly.js and opens offline.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from . import schema
from .datewords import date_in_words
from .highlight import sentence_html

# Which date parts a TimelineJS date keeps for each granularity (finer parts would claim false precision).
_PARTS = {
    "minute": ("year", "month", "day", "hour", "minute"),
    "hour": ("year", "month", "day", "hour"),
    "part_of_day": ("year", "month", "day", "hour"),
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "weekend": ("year", "month", "day"),
    "month": ("year", "month"),
    "season": ("year", "month"),
    "quarter": ("year", "month"),
    "half": ("year", "month"),
}
_POINT_GRANULARITIES = ("minute", "hour", "day", "month", "year")  # one TimelineJS date says it all


def _write(frame: pd.DataFrame, suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"events{suffix}"
        schema.write_events(frame, path)
        return path.read_bytes()


def events_csv(frame: pd.DataFrame) -> bytes:
    """The events as CSV (UTF-8; list columns JSON-encoded)."""
    return _write(frame, ".csv")


# What spreadsheets read as the start of a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, made plain text with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def events_spreadsheet_csv(frame: pd.DataFrame, delimiter: str = ",") -> bytes:
    """The events as CSV for spreadsheets: the contract CSV's rows and columns, every text cell that a
    spreadsheet would take for a formula neutralised, and a byte-order mark (without it Excel reads UTF-8 as a
    legacy code page and garbles umlauts). `delimiter` ";" is for Excel in locales whose decimal mark is a comma
    (German Excel splits columns at semicolons)."""
    text = pd.read_csv(io.BytesIO(events_csv(frame)), dtype=str, keep_default_na=False)
    numeric = {"start", "end", "sentence_start", "confidence", "year_start", "year_end"}
    for name in text.columns:
        if name not in numeric:
            text[name] = text[name].map(spreadsheet_cell)
    return text.to_csv(index=False, sep=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).encode("utf-8-sig")


def events_jsonl(frame: pd.DataFrame) -> bytes:
    """The events as JSON Lines, one event per line."""
    return _write(frame, ".jsonl")


def chart_html(figure: go.Figure, title: str = "Timeline", frame: pd.DataFrame | None = None) -> bytes:
    """A standalone HTML page: the interactive chart (plotly.js embedded, works offline) and, when `frame` is
    given, a list of its events; every piece of text from the articles is escaped."""
    chart = figure.to_html(include_plotlyjs=True, full_html=False, config={"displaylogo": False})
    rows = ""
    if frame is not None and len(frame):
        items = []
        for _, row in frame.iterrows():
            when = date_in_words(row["value"], row["granularity"], row["mod"])
            items.append(
                f"<tr><td>{html.escape(when)}</td><td>{html.escape(str(row['label']))}</td>"
                f"<td>{html.escape(str(row['expression']))}</td><td>{html.escape(_articles(row))}</td></tr>"
            )
        rows = (
            "<h2>Events</h2><table><thead><tr><th>When</th><th>Event</th><th>As written</th><th>Article</th></tr>"
            f"</thead><tbody>{''.join(items)}</tbody></table>"
        )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}}table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}}</style></head>
<body><h1>{html.escape(title)}</h1><p>Generated {datetime.now():%d %B %Y %H:%M}.</p>{chart}{rows}</body></html>
"""
    return page.encode("utf-8")


def _articles(row: pd.Series) -> str:
    """The title (else doc_id) of every article that reports the row's event, the row's own first."""
    names = [str(row["title"] or row["doc_id"])]
    for report in row.get("reports", None) or []:
        name = report.get("title") or report.get("doc_id") or ""
        if name and name not in names:
            names.append(name)
    return "; ".join(names)


def _date_parts(moment: Any, granularity: str, parts: tuple[str, ...]) -> dict[str, Any]:
    stamp = pd.Timestamp(moment)
    return {part: getattr(stamp, part) for part in parts}


def timelinejs_id(event_id: str) -> str:
    """A TimelineJS slide id (it becomes part of the page's URL and an HTML id): lower-case ASCII letters, digits
    and hyphens from the event id, which holds a file name, plus a hash of it, so that ids stay unique."""
    slug = re.sub(r"[^a-z0-9]+", "-", event_id.lower()).strip("-")[:40].rstrip("-")
    digest = hashlib.sha256(event_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else f"event-{digest}"


def timelinejs_event(row: pd.Series) -> dict[str, Any] | None:
    """One TimelineJS slide for a dated row (None for undated rows); headline and text are escaped HTML."""
    if pd.isna(row["date_start"]):
        return None
    granularity = str(row["granularity"])
    parts = _PARTS.get(granularity, ("year",))
    event: dict[str, Any] = {
        "unique_id": timelinejs_id(str(row["event_id"])),
        "start_date": _date_parts(row["date_start"], granularity, parts),
        "display_date": html.escape(date_in_words(row["value"], granularity, row["mod"])),
        "text": {
            "headline": html.escape(str(row["label"] or row["expression"])),
            "text": (sentence_html(row) if row["sentence"] else "")
            + f"<p><em>{html.escape(_articles(row))}</em></p>",
        },
        "group": html.escape(str(row["title"] or row["doc_id"])),
    }
    if granularity not in _POINT_GRANULARITIES and pd.notna(row["date_end"]):
        event["end_date"] = _date_parts(row["date_end"], granularity, parts)
    return event


def timelinejs(frame: pd.DataFrame, title: str = "") -> dict[str, Any]:
    """A TimelineJS document ({"events": [...]}, plus a title slide when `title` is given)."""
    events = [event for _, row in frame.iterrows() if (event := timelinejs_event(row)) is not None]
    document: dict[str, Any] = {"events": events}
    if title:
        document["title"] = {"text": {"headline": html.escape(title), "text": ""}}
    return document


def timelinejs_json(frame: pd.DataFrame, title: str = "") -> bytes:
    return json.dumps(timelinejs(frame, title), ensure_ascii=False, indent=1).encode("utf-8")
