"""The text of a PDF file, within the reading budget (`timeline.file_reading`): pypdf's text layer, lines joined
into paragraphs, running heads and page numbers dropped."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from .document import MAX_DOCUMENT_CHARS
from .file_reading import (
    MAX_PDF_CONTENT_BYTES,
    MAX_PDF_PAGE_TEXT_BYTES,
    MAX_PDF_PAGES,
    MAX_PDF_TEXT_BYTES,
    FileContent,
    IngestError,
    over_budget,
    property_day,
)

# Operators that may show text (pypdf parses only streams with one), and drawing a form XObject by name.
_PDF_TEXT_OPERATORS = (b"Tj", b"TJ", b"Do", b"'", b'"')
_PDF_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")


def read_pdf(name: str, data: bytes) -> FileContent:
    """The text layer of a PDF (pages reflowed into paragraphs, running heads dropped) and its properties."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"{name}: the PDF is password-protected; save an unprotected copy and upload that.")
        pages = [_reflow(page) for page in _without_running_heads(_pdf_pages(reader, name))]
        metadata = reader.metadata
        catalog_lang = reader.root_object.get("/Lang")
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise IngestError(f"{name}: the PDF cannot be read (damaged or not really a PDF: {error}).") from error
    if not pages:
        raise IngestError(f"{name}: the PDF has no pages.")
    text = "\n\n".join(page for page in pages if page.strip())
    if not any(character.isalpha() for character in text):
        raise IngestError(
            f"{name}: the PDF has no text layer (probably a scan or images); run text recognition (OCR) on it "
            "or paste the text instead."
        )
    title = metadata.title if metadata else None
    return FileContent(text, title or "", str(catalog_lang) if catalog_lang else "", pdf_date(metadata))


def _pdf_pages(reader: Any, name: str) -> list[str]:
    """The text of each page, within the budget: pages; content the extractor scans (every page's, however
    shared) and parses (pages and forms that show text; pypdf's time grows faster than a page's content, so one
    page has a limit too); characters."""
    if len(reader.pages) > MAX_PDF_PAGES:
        raise over_budget(name, f"{MAX_PDF_PAGES:,} pages")
    content = _PdfContent()
    texts: list[str] = []
    scanned = parsed = characters = 0
    for number, page in enumerate(reader.pages, start=1):
        scanned += sum(length for length, _, _ in content.streams(page.get("/Contents")))
        if scanned > MAX_PDF_CONTENT_BYTES:
            raise over_budget(name, f"{MAX_PDF_CONTENT_BYTES // 2**20} MB of page content (up to page {number})")
        work = content.parsed(page.get("/Contents"), page.get("/Resources"), set())
        if work > MAX_PDF_PAGE_TEXT_BYTES:
            raise over_budget(name, f"{MAX_PDF_PAGE_TEXT_BYTES // 2**20} MB of text content on page {number}")
        parsed += work
        if parsed > MAX_PDF_TEXT_BYTES:
            raise over_budget(name, f"{MAX_PDF_TEXT_BYTES // 2**20} MB of text content (up to page {number})")
        texts.append(page.extract_text() or "")
        characters += len(texts[-1])
        if characters > MAX_DOCUMENT_CHARS:
            raise over_budget(name, f"{MAX_DOCUMENT_CHARS:,} characters (up to page {number})")
    return texts


class _PdfContent:
    """What pypdf's text extractor does with content streams: it unpacks each stream once (and keeps it), scans
    every page's streams for operators that may show text, and parses those that have one, and the forms
    they draw, each time they draw them."""

    def __init__(self) -> None:
        self.facts: dict[int, tuple[int, bool, list[bytes]]] = {}  # id -> length, shows text, forms drawn

    def streams(self, contents: Any) -> list[tuple[int, bool, list[bytes]]]:
        contents = contents.get_object() if contents is not None else None
        if contents is None:
            return []
        return [self._facts(stream.get_object()) for stream in (contents if isinstance(contents, list) else [contents])]

    def parsed(self, contents: Any, resources: Any, drawing: set[int]) -> int:
        """Bytes parsed to extract the text of a page or form; a form drawn inside itself counts once, as pypdf
        stops there."""
        streams = self.streams(contents)
        if not any(shows_text for _, shows_text, _ in streams):
            return 0
        work = sum(length for length, _, _ in streams)
        forms = _pdf_forms(resources)
        for drawn in (name for _, _, names in streams for name in names):
            form = forms.get(drawn)
            if form is not None and id(form) not in drawing:
                drawing.add(id(form))
                work += self.parsed(form, form.get("/Resources") or resources, drawing)
                drawing.discard(id(form))
            if work > MAX_PDF_PAGE_TEXT_BYTES:
                break  # refused anyway: do not walk a million drawings
        return work

    def _facts(self, stream: Any) -> tuple[int, bool, list[bytes]]:
        if id(stream) not in self.facts:
            data = stream.get_data() if hasattr(stream, "get_data") else b""
            shows_text = any(operator in data for operator in _PDF_TEXT_OPERATORS)
            self.facts[id(stream)] = (len(data), shows_text, _PDF_DRAW.findall(data) if b"Do" in data else [])
        return self.facts[id(stream)]


def _pdf_forms(resources: Any) -> dict[bytes, Any]:
    """The form XObjects a content stream can draw, by name (images show no text)."""
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    forms = {}
    for key, value in (xobjects.get_object().items() if xobjects is not None else ()):
        value = value.get_object()
        if hasattr(value, "get_data") and value.get("/Subtype") == "/Form":
            forms[str(key)[1:].encode("latin-1")] = value
    return forms


def pdf_date(metadata: object) -> date | None:
    """The PDF's creation date from its document information, None when absent or malformed."""
    try:
        return property_day(getattr(metadata, "creation_date", None) if metadata else None)
    except Exception:  # pypdf raises on malformed date strings; the date is only a fallback
        return None


def _without_running_heads(pages: list[str]) -> list[str]:
    """Drop page headers and footers (the same line, page numbers aside, on at least half of three or more
    pages) after their first appearance, so a dated running head does not become an event on every page."""

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip())

    counts: dict[str, int] = {}
    for page in pages:
        for line_key in {key(line) for line in page.splitlines() if line.strip()}:
            counts[line_key] = counts.get(line_key, 0) + 1
    repeated = {line_key for line_key, count in counts.items() if len(pages) >= 3 and count >= len(pages) / 2}
    seen: set[str] = set()
    cleaned = []
    for page in pages:
        lines = []
        for line in page.splitlines():
            line_key = key(line)
            if line_key in repeated and (line_key in seen or line_key == "#"):
                continue
            seen.add(line_key)
            lines.append(line)
        cleaned.append("\n".join(lines))
    return cleaned


def _reflow(page: str) -> str:
    """Join a PDF page's visual lines into paragraphs, so sentences are not cut at every line end.

    A line much shorter than the page's full lines, or a blank line, ends a paragraph; a line ending in a hyphen
    before a lower-case letter is a word split by hyphenation and is joined without the hyphen.
    """
    lines = [line.strip() for line in page.splitlines()]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return ""
    full = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            paragraphs.append(current)
            current = ""
            continue
        if not current:
            current = line
        elif current.endswith("-") and line[0].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        if len(line) < 0.7 * full:
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n".join(paragraph for paragraph in paragraphs if paragraph)
