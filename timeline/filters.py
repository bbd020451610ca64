"""Narrowing the events frame: by period, article, type and free text (what the dashboard's filters do)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

import pandas as pd

SEARCHED_COLUMNS = ("label", "expression", "sentence", "title", "value", "clause")


def _searchable(frame: pd.DataFrame) -> pd.Series:
    columns = [frame[name].astype("string").fillna("") for name in SEARCHED_COLUMNS]
    actors = frame["actors"].map(lambda names: " ".join(names) if isinstance(names, list) else "").astype("string")
    return columns[0].str.cat([*columns[1:], actors], sep=" ").str.casefold()  # vectorized: rows never loop


def filter_events(
    frame: pd.DataFrame,
    start: date | None = None,
    end: date | None = None,
    doc_ids: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    query: str = "",
    include_undated: bool = True,
) -> pd.DataFrame:
    """The rows matching every given criterion (None or empty means "no restriction"), in the frame's order.

    Period: a dated row is kept when its interval [date_start, date_end] overlaps [start, end] (whole days).
    Undated rows (no date_start) pass the period filter only when `include_undated`.
    Query: every word must occur (case-insensitive) in the label, expression, sentence, title, value or actors.
    """
    keep = pd.Series(True, index=frame.index)
    dated = frame["date_start"].notna()
    if start is not None or end is not None:
        in_period = dated.copy()
        if start is not None:
            first = pd.Timestamp(datetime.combine(start, time.min)).as_unit("s")
            in_period &= frame["date_end"].fillna(frame["date_start"]) >= first
        if end is not None:
            last = pd.Timestamp(datetime.combine(end, time.max)).as_unit("s")
            in_period &= frame["date_start"] <= last
        keep &= in_period | (~dated if include_undated else False)
    elif not include_undated:
        keep &= dated
    if doc_ids:
        keep &= frame["doc_id"].isin(list(doc_ids))
    if types:
        keep &= frame["type"].isin(list(types))
    words = query.casefold().split()
    if words and len(frame):
        haystack = _searchable(frame)
        for word in words:
            keep &= haystack.str.contains(word, regex=False)
    return frame[keep.fillna(False).astype(bool)].reset_index(drop=True)


def period_bounds(frame: pd.DataFrame) -> tuple[date, date] | None:
    """First and last day any dated row covers, or None without dated rows."""
    dated = frame[frame["date_start"].notna()]
    if dated.empty:
        return None
    return dated["date_start"].min().date(), dated["date_end"].fillna(dated["date_start"]).max().date()
