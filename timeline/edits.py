"""Hand corrections to the events frame: the table the user edits, and applying what they changed.

The dashboard's editable table reports changes as Streamlit's data-editor delta (`edited_rows` by row position,
`added_rows`, `deleted_rows`); `apply_edits` turns that into a new events frame, so edits are plain data and
can be tested, kept across reruns and exported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import pandas as pd

from . import schema
from .datewords import date_in_words
from .fallback import dateparser_value
from .timex import granularity_of, interval_of, years_of

EDITOR_COLUMNS = ("event_id", "when", "value", "label", "expression", "doc_id", "granularity", "sentence")
EDITABLE_COLUMNS = ("value", "label", "expression", "doc_id")
MANUAL_DOC = "added by hand"


def editor_view(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows as the editable table shows them: the date in words next to its TIMEX3 value."""
    view = pd.DataFrame(
        {
            "event_id": frame["event_id"].astype(str),
            "when": [date_in_words(v, g, m) for v, g, m in zip(frame["value"], frame["granularity"], frame["mod"])],
            "value": frame["value"].astype(str),
            "label": frame["label"].astype(str),
            "expression": frame["expression"].astype(str),
            "doc_id": frame["doc_id"].astype(str),
            "granularity": frame["granularity"].astype(str),
            "sentence": frame["sentence"].astype(str),
        },
        columns=list(EDITOR_COLUMNS),
    )
    return view.reset_index(drop=True)


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(settings={"RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})


def parse_date_input(text: str) -> str | None:
    """A TIMEX3 value for what a user typed as a date: a TIMEX3 value itself (2024-05, 1961, 2024-SU, 199) or
    a written date in a common language ("19 June 2024", "Mai 2024", "19.06.2024"); None when it is no date.
    The value keeps the precision typed: "June 2024" stays a month."""
    text = " ".join(str(text or "").split())
    if not text:
        return None
    if interval_of(text) is not None:
        return text
    data = _date_parser().get_date_data(text)
    moment: datetime | None = data.date_obj if data else None
    if moment is None:
        return None
    if data.period == "time":
        return f"{moment:%Y-%m-%dT%H:%M}"
    return dateparser_value(moment, data.period or "day")


def _redate(row: dict[str, Any], value: str) -> None:
    interval = interval_of(value)
    row["value"] = value
    row["type"] = "TIME" if "T" in value else "DATE"
    row["granularity"] = granularity_of(row["type"], value)
    row["date_start"] = interval.start if interval else None
    row["date_end"] = interval.end if interval else None
    row["anchor"] = "absolute"
    row["mod"] = ""
    row["confidence"] = 1.0
    years = years_of(row["type"], value)
    row["year_start"], row["year_end"] = years if years else (None, None)
    row["inferred"] = ""  # a date a person typed is read, not inferred


def _new_id(taken: set[str]) -> str:
    number = 1
    while f"manual:{number}" in taken:
        number += 1
    return f"manual:{number}"


def add_event(
    frame: pd.DataFrame, value: str, label: str, doc_id: str = MANUAL_DOC, titles: Mapping[str, str] | None = None
) -> tuple[pd.DataFrame, str | None]:
    """One event typed by hand: its date (as `parse_date_input` reads it), its label and its article (else "added by
    hand"). Both date and label are needed, so that an event is never split into a label-only and a date-only
    row. Returns the frame with the event added, or the frame unchanged and what to fix."""
    typed, label = " ".join(str(value or "").split()), " ".join(str(label or "").split())
    if not typed or not label:
        return frame, "Give the new event " + ("a date and a label." if not (typed or label) else
                                               "a label too." if typed else "a date too.")
    if parse_date_input(typed) is None:
        return frame, f"“{typed}” is not a date I can read (e.g. 2024-06-19, June 2024, 19.06.2024, 1961)."
    added, _ = apply_edits(frame, [], {"added_rows": [{"value": typed, "label": label, "doc_id": doc_id}]}, titles)
    return added, None


def apply_edits(
    frame: pd.DataFrame,
    view_ids: Sequence[str],
    delta: Mapping[str, Any],
    titles: Mapping[str, str] | None = None,
    members: Mapping[str, Sequence[str]] | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Apply a data-editor delta made on a table whose row i showed the event `view_ids[i]`.

    `members`: when the table showed merged events (see `timeline.merge`), the event ids each shown row stands
    for; an edit applies to the event: deleting the row deletes them all, a corrected date or label applies to
    them all (the expression as written and the article stay each row's own).

    Returns the new frame and one message per change that could not be applied (e.g. a date that is no date).
    A changed date re-derives type, granularity, date_start and date_end; hand-made rows get event_id
    "manual:<n>" and the article chosen (else "added by hand").
    """
    titles = titles or {}
    problems: list[str] = []
    records = {record["event_id"]: record for record in schema.to_records(frame)}
    order = list(records)
    for position, changes in (delta.get("edited_rows") or {}).items():
        position = int(position)
        if not 0 <= position < len(view_ids) or view_ids[position] not in records:
            continue
        record = records[view_ids[position]]
        group = [records[i] for i in (members or {}).get(view_ids[position], [view_ids[position]]) if i in records]
        for column, value in changes.items():
            if column not in EDITABLE_COLUMNS:
                continue
            value = "" if value is None else str(value)
            if column == "value":
                parsed = parse_date_input(value)
                if parsed is None:
                    problems.append(f"“{value}” is not a date I can read; the date of “{record['label']}” is unchanged.")
                    continue
                for member in group or [record]:
                    _redate(member, parsed)
            elif column == "doc_id":
                record["doc_id"] = value or MANUAL_DOC
                record["title"] = titles.get(record["doc_id"], record["title"])
                record["sources"] = [record["doc_id"]]
            elif column == "label":  # the event's name: every article's row of a merged event takes it
                for member in group or [record]:
                    member["label"] = value
            else:
                record[column] = value
    for position in delta.get("deleted_rows") or []:
        if 0 <= int(position) < len(view_ids):
            for event_id in (members or {}).get(view_ids[int(position)], [view_ids[int(position)]]):
                records.pop(event_id, None)
    for added in delta.get("added_rows") or []:
        label = str(added.get("label") or "").strip()
        typed = str(added.get("value") or "").strip()
        if not label and not typed:
            continue  # an empty row the editor adds while typing
        doc_id = str(added.get("doc_id") or MANUAL_DOC)
        event_id = _new_id(set(records))
        record = {
            "event_id": event_id, "doc_id": doc_id, "title": titles.get(doc_id, ""), "label": label,
            "expression": str(added.get("expression") or typed), "sentence": "", "clause": label,
            "anchor": "absolute", "confidence": 1.0, "sources": [doc_id], "type": "DATE", "value": "",
        }
        parsed = parse_date_input(typed)
        if parsed is None:
            problems.append(f"The added event “{label or typed}” has no date I can read; it is listed as undated.")
            record["anchor"] = "unresolved"
        else:
            _redate(record, parsed)
        records[event_id] = record
        order.append(event_id)
    rows = [records[event_id] for event_id in order if event_id in records]
    return (schema.from_records(rows) if rows else schema.empty_frame()), problems
