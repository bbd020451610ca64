"""A document to extract from: its text and what is known about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The longest text one document may have: about a long book, a few seconds of processing. Longer inputs are
# refused with a message (split them into articles) rather than freezing the app or the CLI for minutes.
MAX_DOCUMENT_CHARS = 2_000_000


@dataclass
class Document:
    doc_id: str
    text: str
    dct: date | None = None  # publication date; None: detect it from the text (or leave unresolved)
    lang: str | None = None  # ISO 639-1 code; None: detect it
    title: str = ""
    url: str = ""
    # Where `dct` comes from: "typed by the user", "page metadata", "front matter", or "PDF properties" / "DOCX
    # properties" (when the file was saved: the text's own date line wins over it). "": given with the document.
    dct_source: str = ""
