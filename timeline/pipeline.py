"""From documents to the events frame: language, publication date, temporal expressions, events, merging."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Iterable

import pandas as pd

from . import schema
from .document import Document
from .dct import publication_date
from .events import describe
from .langid import detect_language
from .merge import merge_events
from .tagger import tag
from .timex import granularity_of, interval_of, years_of


def _as_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def extract(
    text: str,
    dct: date | str | None = None,
    lang: str | None = None,
    doc_id: str = "text",
    title: str = "",
) -> pd.DataFrame:
    """The events frame (see `timeline.schema`) of one text: one row per temporal expression found.

    `dct` is the publication date; without it the date is looked for in the text (dateline, update line; see
    `timeline.dct.publication_date`) and, when none is found, expressions that need it are kept with anchor
    "unresolved". `lang` is an ISO 639-1
    code; without it the language is detected.
    """
    return extract_document(Document(doc_id=doc_id, text=text, dct=_as_date(dct), lang=lang, title=title))


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while one document is extracted. Extraction builds hundreds of thousands of
    small objects on a text dense with dates, and none of them in cycles: the collector's passes over them cost
    a third of the time and free nothing. It is resumed only if it was running before, so that concurrent
    extractions (the dashboard's sessions) leave it running when the last one ends."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def extract_document(document: Document) -> pd.DataFrame:
    """The events frame of one document."""
    with _cycle_collection_paused():
        return schema.from_columns(_columns(document))


@_cycle_collection_paused()  # here, not in each caller: the batch workers call this directly
def _columns(document: Document) -> dict[str, list]:
    """The events frame's columns for the document, one value per temporal expression (columns, not one dict
    per row: a text dense with dates has hundreds of thousands of rows)."""
    text = document.text
    lang = document.lang or detect_language(text)
    found = publication_date(text, lang, _as_date(document.dct), document.dct_source, document.doc_id)
    dct = found.date if found else None
    timexes = tag(text, dct, lang)
    contexts = describe(text, timexes, lang)
    # The dateline or update line: the publication date is the rows' `dct`, not an event.
    if any(context.publication for context in contexts):  # (rarely: a pair per row would cost a dense text)
        kept = [(timex, context) for timex, context in zip(timexes, contexts) if not context.publication]
        timexes, contexts = [timex for timex, _ in kept], [context for _, context in kept]
    count = len(timexes)
    # The contexts' columns first, then the contexts go: a text dense with dates (400,000 rows) never holds
    # the contexts, the timexes and all the columns at once.
    columns: dict[str, list] = {
        "label": [context.label for context in contexts],
        "clause": [context.clause for context in contexts],
        "sentence": [context.sentence for context in contexts],
        "sentence_start": [context.sentence_start for context in contexts],
        "actors": [context.actors for context in contexts],
        "places": [context.places for context in contexts],
    }
    del contexts
    intervals = [interval_of(t.value) if t.type in ("DATE", "TIME") else None for t in timexes]
    years = [years_of(t.type, t.value) for t in timexes]
    columns.update({
        "event_id": [f"{document.doc_id}:{timex.start}" for timex in timexes],
        "doc_id": [document.doc_id] * count,
        "title": [document.title] * count,
        "lang": [lang] * count,
        "dct": [dct.isoformat() if dct else None] * count,
        "start": [timex.start for timex in timexes],
        "end": [timex.end for timex in timexes],
        "expression": [timex.text for timex in timexes],
        "type": [timex.type for timex in timexes],
        "value": [timex.value for timex in timexes],
        "mod": [timex.mod for timex in timexes],
        "granularity": [granularity_of(timex.type, timex.value) for timex in timexes],
        "date_start": [interval.start if interval else None for interval in intervals],
        "date_end": [interval.end if interval else None for interval in intervals],
        "anchor": [timex.anchor for timex in timexes],
        "confidence": [timex.confidence for timex in timexes],
        # One list for all rows: the frame keeps one list object per distinct content (schema).
        "sources": [[document.doc_id]] * count,
        "reports": [[]] * count,  # filled when rows of several articles merge
        "year_start": [span[0] if span else None for span in years],
        "year_end": [span[1] if span else None for span in years],
        "inferred": [timex.inferred for timex in timexes],
    })
    return columns


def extract_documents(documents: Iterable[Document], merge: bool = True) -> pd.DataFrame:
    """One events frame for many documents, in document order. With `merge`, an event that several articles
    report (same dates, same happening) is one row whose `sources` lists them all (see `timeline.merge`)."""
    columns: dict[str, list] = {name: [] for name in schema.COLUMNS}
    with_rows = 0
    for document in documents:
        document_columns = _columns(document)
        for name, values in document_columns.items():
            columns[name].extend(values)
        with_rows += bool(document_columns["start"])
    with _cycle_collection_paused():
        frame = schema.from_columns(columns)  # one frame for all: building frames costs more than tagging short texts
    return merge_events(frame) if merge and with_rows > 1 else frame
