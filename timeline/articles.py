"""The articles of a timeline: one row each with its title, publication date and where that date comes from,
language, and how many of its expressions are placed on the time axis; editing a row re-anchors the article.

The dashboard shows `article_table` as an editable table; `edited_documents` turns the user's changes into new
documents, whose events the caller extracts again from the stored text and puts in with `replace_article_rows`.
A batch of new articles is summed up in one sentence by `batch_summary`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd

from . import schema
from .dct import FILE_PROPERTY_SOURCES, DctGuess, publication_date
from .document import Document

ARTICLE_COLUMNS = ("doc_id", "title", "published", "date_source", "lang", "placed", "unplaced")
EDITABLE_ARTICLE_COLUMNS = ("title", "published", "lang")
TYPED = "typed by the user"
NO_DATE = "none"
TEXT_SOURCES = frozenset({"update line", "dateline", "byline", "footer"})
_SOURCE_NAMES = {"": "given with the article", "html metadata": "page metadata"}

# A dateline at the start of a line: an upper-case place ("BUFFALO, N.Y.", "MIAMI") or a place with an agency in
# brackets ("Berlin (dpa)"), then a dash, underscore or colon. Typography, not words of any one language.
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]+(?:[ ,]+[A-ZÀ-Ý][\w.'’\-]*){0,3}\s*(?:\([^)\n]{1,40}\))?"
    r"|[A-ZÀ-Ý][\w.'’\-]+(?:[ ,]+[\w.'’\-]+){0,3}\s*\([^)\n]{1,40}\))\s*(?:_|--|—|–|-)\s+"
)
_SENTENCE_END = re.compile(r"(?<=[^\s.A-Z][.!?])\s+(?=[\"“„'A-ZÀ-Ý])")
TITLE_MAX = 120


def headline(text: str, limit: int = TITLE_MAX) -> str:
    """The article's headline: its first line, unless that line opens with a dateline ("MIAMI _ The storm
    ...", "BUFFALO, N.Y. (AP) -- Police said"); then the first sentence after the dateline. Cut at `limit`."""
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        match = _DATELINE.match(line + " ")
        if match:
            rest = line[match.end():].strip()
            if not rest:  # a line with the dateline only: the story starts below
                continue
            line = _SENTENCE_END.split(rest, 1)[0]
        if len(line) <= limit:
            return line
        return line[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
    return ""


def publication_of(document: Document, lang: str | None = None) -> DctGuess | None:
    """The date the article is anchored on and where it comes from (see `timeline.dct.publication_date`)."""
    return publication_date(document.text, document.lang or lang, document.dct, document.dct_source,
                            document.doc_id)


def source_name(guess: DctGuess | None) -> str:
    """Where a publication date comes from, in words: "dateline", "PDF properties", "typed by the user", ...;
    "dateline (year inferred)" for a dateline without its year; "none" without a date."""
    if guess is None:
        return NO_DATE
    name = _SOURCE_NAMES.get(guess.source, guess.source)
    return f"{name} (year inferred)" if guess.inferred else name


def article_table(documents: Mapping[str, Document], events: pd.DataFrame) -> pd.DataFrame:
    """One row per article, in the documents' order: doc_id, title, published (date or None), date_source,
    lang, placed (expressions on the time axis) and unplaced (the others: durations, sets, vague, unresolved)."""
    rows = []
    by_doc = {doc_id: group for doc_id, group in events.groupby("doc_id", sort=False)} if len(events) else {}
    for doc_id, document in documents.items():
        mine = by_doc.get(doc_id, events.iloc[:0])
        lang = document.lang or (str(mine["lang"].iloc[0]) if len(mine) and mine["lang"].iloc[0] else None)
        guess = publication_of(document, lang)
        placed = int(mine["date_start"].notna().sum())
        rows.append({
            "doc_id": doc_id,
            "title": document.title or doc_id,
            "published": guess.date if guess else None,
            "date_source": source_name(guess),
            "lang": lang or "",
            "placed": placed,
            "unplaced": len(mine) - placed,
        })
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


def edited_documents(
    documents: Mapping[str, Document], table: pd.DataFrame, edited_rows: Mapping[Any, Mapping[str, Any]]
) -> list[Document]:
    """The documents the user changed in `article_table`'s rows (`edited_rows`: row position -> {column: new
    value}, as Streamlit's data editor reports it). A typed date becomes the article's date ("typed by the
    user"); a cleared date lets the text speak again. Other columns are ignored."""
    changed = []
    for position, values in edited_rows.items():
        row = table.iloc[int(position)]
        document = documents.get(str(row["doc_id"]))
        if document is None:
            continue
        updates: dict[str, Any] = {}
        if "title" in values:
            updates["title"] = " ".join(str(values["title"] or "").split()) or document.title
        if "lang" in values:
            updates["lang"] = str(values["lang"] or "").strip().lower() or None
        if "published" in values:
            day = _as_date(values["published"])
            updates.update(dct=day, dct_source=TYPED if day else "")
        if updates:
            changed.append(replace(document, **updates))
    return changed


def replace_article_rows(events: pd.DataFrame, doc_id: str, rows: pd.DataFrame) -> pd.DataFrame:
    """The events frame with the article's rows replaced by `rows` (its new extraction), in the same place."""
    keep = events["doc_id"] != doc_id
    position = int(keep.values.argmin()) if not keep.all() else len(events)
    parts = [events[keep].iloc[:position], rows, events[keep].iloc[position:]]
    parts = [part for part in parts if len(part)]
    return schema.conform(pd.concat(parts, ignore_index=True)) if parts else schema.empty_frame()


def batch_summary(documents: Iterable[Document], frames: Mapping[str, pd.DataFrame]) -> str:
    """One sentence about newly added articles: how many got their date from their text, from page or file
    metadata, from their file name, and how many need one ("20 articles: 14 dated from their text, 3 from
    file properties, 3 need a date — set them in Articles")."""
    documents = list(documents)
    counts: dict[str, int] = {}
    inferred = placed = 0
    for document in documents:
        rows = frames.get(document.doc_id)
        lang = str(rows["lang"].iloc[0]) if rows is not None and len(rows) else None
        guess = publication_of(document, lang)
        placed += int(rows["date_start"].notna().sum()) if rows is not None else 0
        inferred += bool(guess and guess.inferred)
        if guess is None:
            kind = "need"
        elif guess.source in TEXT_SOURCES:
            kind = "from their text"
        elif guess.source in FILE_PROPERTY_SOURCES:
            kind = "from file properties"
        elif guess.source in ("html metadata", "page metadata", "front matter"):
            kind = "from page metadata"
        elif guess.source == "file name":
            kind = "from their file names"
        else:
            kind = "given a date"
        counts[kind] = counts.get(kind, 0) + 1
    total = len(documents)
    noun = "article" if total == 1 else "articles"
    parts: list[str] = []
    for kind in ("from their text", "from page metadata", "from file properties", "from their file names",
                 "given a date"):
        if counts.get(kind):
            parts.append(f"{counts[kind]} {'dated ' if not parts and kind != 'given a date' else ''}{kind}")
    sentence = f"{total} {noun}: " + ", ".join(parts) if parts else f"{total} {noun}"
    if counts.get("need"):
        need = counts["need"]
        sentence += f"{', ' if parts else ': '}{need} " + ("needs a date — set it" if need == 1 else
                                                         "need a date — set them") + " in Articles"
    # A sentence of its own: the inferred dates are among those counted above, not a further kind.
    inferred_part = f" For {inferred} of them the year was inferred." if inferred else ""
    return f"{sentence}.{inferred_part} {placed} events on the time axis."


def _as_date(value: Any) -> date | None:
    if value is None or value == "" or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, date):
        return value if not hasattr(value, "date") else value.date()  # a datetime or Timestamp
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
