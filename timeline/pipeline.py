"""From documents to the events frame: language, publication date, temporal expressions, events, merging."""

from __future__ import annotations

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


def extract_document(document: Document) -> pd.DataFrame:
    """The events frame of one document."""
    return schema.from_records(_rows(document))


def _rows(document: Document) -> list[dict]:
    """One record of the events frame per temporal expression in the document."""
    text = document.text
    lang = document.lang or detect_language(text)
    found = publication_date(text, lang, _as_date(document.dct), document.dct_source, document.doc_id)
    dct = found.date if found else None
    timexes = tag(text, dct, lang)
    contexts = describe(text, timexes, lang)
    rows = []
    for timex, context in zip(timexes, contexts):
        if context.publication:
            continue  # the dateline or update line: the publication date is the row's `dct`, not an event
        interval = interval_of(timex.value) if timex.type in ("DATE", "TIME") else None
        years = years_of(timex.type, timex.value)
        rows.append(
            {
                "event_id": f"{document.doc_id}:{timex.start}",
                "doc_id": document.doc_id,
                "title": document.title,
                "lang": lang,
                "dct": dct.isoformat() if dct else None,
                "start": timex.start,
                "end": timex.end,
                "expression": timex.text,
                "type": timex.type,
                "value": timex.value,
                "mod": timex.mod,
                "granularity": granularity_of(timex.type, timex.value),
                "date_start": interval.start if interval else None,
                "date_end": interval.end if interval else None,
                "label": context.label,
                "clause": context.clause,
                "sentence": context.sentence,
                "sentence_start": context.sentence_start,
                "actors": context.actors,
                "places": context.places,
                "anchor": timex.anchor,
                "confidence": timex.confidence,
                "sources": [document.doc_id],
                "year_start": years[0] if years else None,
                "year_end": years[1] if years else None,
                "inferred": timex.inferred,
            }
        )
    return rows


def extract_documents(documents: Iterable[Document], merge: bool = True) -> pd.DataFrame:
    """One events frame for many documents, in document order. With `merge`, an event that several articles
    report (same dates, same happening) is one row whose `sources` lists them all (see `timeline.merge`)."""
    rows: list[dict] = []
    with_rows = 0
    for document in documents:
        document_rows = _rows(document)
        rows.extend(document_rows)
        with_rows += bool(document_rows)
    frame = schema.from_records(rows)  # one frame for all: building frames costs more than tagging short texts
    return merge_events(frame) if merge and with_rows > 1 else frame
