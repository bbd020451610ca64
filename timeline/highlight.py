"""Article text as HTML with its dated expressions marked: every piece of user text is escaped here.

The app renders only this module's output as raw HTML, so this is the one place where escaping must be right.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .datewords import date_in_words

MARK_STYLE = "background:#fde68a;color:inherit;border-radius:3px;padding:0 2px"
FOCUS_STYLE = "background:#f97316;color:#fff;border-radius:3px;padding:0 2px;font-weight:600"
UNDATED_STYLE = "background:#e5e7eb;color:inherit;border-radius:3px;padding:0 2px"
BOX_STYLE = "line-height:1.65;font-size:1rem;max-height:32rem;overflow-y:auto;padding:0.25rem 0.5rem"


@dataclass(frozen=True)
class Mark:
    """A span of the text to mark, with the tooltip to show on it."""

    start: int
    end: int
    tooltip: str = ""
    focus: bool = False
    dated: bool = True


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def _usable(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks inside the text, sorted, without overlaps (the earlier, then the longer, span wins)."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if not 0 <= mark.start < mark.end <= length:
            continue
        if kept and mark.start < kept[-1].end:
            if mark.focus and not kept[-1].focus:  # the focused span must stay visible
                kept[-1] = mark
            continue
        kept.append(mark)
    return kept


def highlight_html(text: str, marks: Iterable[Mark]) -> str:
    """`text` escaped, line breaks kept, each mark wrapped in <mark> with its escaped tooltip."""
    parts = []
    position = 0
    for mark in _usable(marks, len(text)):
        parts.append(_escape(text[position:mark.start]))
        style = FOCUS_STYLE if mark.focus else MARK_STYLE if mark.dated else UNDATED_STYLE
        title = f' title="{html.escape(mark.tooltip, quote=True)}"' if mark.tooltip else ""
        parts.append(f'<mark style="{style}"{title}>{_escape(text[mark.start:mark.end])}</mark>')
        position = mark.end
    parts.append(_escape(text[position:]))
    return f'<div style="{BOX_STYLE}">{"".join(parts)}</div>'


def _tooltip(row: pd.Series) -> str:
    return f"{date_in_words(row['value'], row['granularity'], row['mod'])} · {row['label']}"


def document_html(text: str, events: pd.DataFrame, focus_event: str | None = None) -> str:
    """The whole article with every expression of `events` (rows of this document) marked."""
    marks = [
        Mark(int(row["start"]), int(row["end"]), _tooltip(row), row["event_id"] == focus_event,
             pd.notna(row["date_start"]))
        for _, row in events.iterrows()
        if pd.notna(row["start"]) and pd.notna(row["end"])
    ]
    return highlight_html(text, marks)


def sentence_html(row: pd.Series) -> str:
    """The event's sentence with its expression marked (the whole sentence unmarked when offsets don't fit)."""
    sentence = str(row["sentence"])
    marks = []
    if pd.notna(row["start"]) and pd.notna(row["sentence_start"]):
        start = int(row["start"]) - int(row["sentence_start"])
        end = start + len(str(row["expression"]))
        if sentence[start:end] == row["expression"]:
            marks.append(Mark(start, end, date_in_words(row["value"], row["granularity"], row["mod"]), focus=True))
    if not marks and row["expression"]:  # offsets lost (e.g. a merged or hand-made row): mark the first match
        found = sentence.find(str(row["expression"]))
        if found >= 0:
            marks.append(Mark(found, found + len(row["expression"]), focus=True))
    return highlight_html(sentence, marks)
