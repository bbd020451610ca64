"""What the format readers (`pdf_reader`, `docx_reader`, and `ingest` for text and HTML) share: the error they
raise, the budget they read within, and what a reader gives back.

Reading keeps to a budget of what a file holds (pages, content, paragraphs, cells, elements, characters: the
MAX_* limits below), checked while reading, so a hostile file is refused within seconds instead of holding the
app for minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


class IngestError(ValueError):
    """A file or text that cannot be read; the message names it and says why, for showing to a user."""


MAX_UPLOAD_MB = 20
# Keep equal to `server.maxUploadSize` (megabytes) in .streamlit/config.toml: Streamlit counts 1 MB as 2**20 bytes.
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
# A .docx is a zip: refuse archives that would unpack to more than this (zip bombs).
MAX_UNPACKED_BYTES = 10 * MAX_UPLOAD_BYTES

# What one file may hold, whatever its packing: a file past any of these is refused as soon as reading reaches
# it, so that reading stays within seconds and a few hundred MB (benchmarks/hostile_files_bench.py). The text
# itself is limited by MAX_DOCUMENT_CHARS (timeline/document.py).
MAX_PARAGRAPHS = 200_000  # Word: paragraphs, those in table cells included
MAX_TABLE_CELLS = 100_000  # Word
MAX_XML_ELEMENTS = 2_000_000  # Word: every element of the document part (runs, formatting, ...)
MAX_HTML_ELEMENTS = 50_000  # HTML: start tags (and any other "<" that does not close an element)
MAX_PDF_PAGES = 1_000
MAX_PDF_CONTENT_BYTES = 256 * 2**20  # PDF: unpacked content of all pages, a stream shared by pages once for each
MAX_PDF_PAGE_TEXT_BYTES = 2 * 2**20  # PDF: content the text extractor parses for one page (forms as often as drawn)
MAX_PDF_TEXT_BYTES = 8 * 2**20  # PDF: the same, for all pages


@dataclass
class FileContent:
    """A file's text and what its own properties say ("" or None where they say nothing)."""

    text: str
    title: str = ""
    language: str = ""  # as declared, e.g. "de-DE"
    created: date | None = None  # the day the file was made, by its properties


def over_budget(name: str, limit: str) -> IngestError:
    return IngestError(f"{name}: it holds more than {limit}, more than one article may have; split it into "
                       "articles or paste the part you need.")


def property_day(value: object) -> date | None:
    # Writers put 1601-01-01 or 1970-01-01 for "unknown": such a date is no publication date.
    day = value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None
    return day if day is not None and day.year > 1970 else None
