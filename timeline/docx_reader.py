"""The text of a Word (.docx) file, read as a stream within the reading budget (`timeline.file_reading`):
paragraphs and table rows as python-docx reads them, and the title, language and creation date of its core
properties."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from typing import IO, Any

from .document import MAX_DOCUMENT_CHARS
from .file_reading import (
    MAX_PARAGRAPHS,
    MAX_TABLE_CELLS,
    MAX_UNPACKED_BYTES,
    MAX_XML_ELEMENTS,
    FileContent,
    IngestError,
    over_budget,
    property_day,
)

_MAX_METADATA_BYTES = 1_000_000
# No DTDs, entities or network: a document part is data, never instructions to the parser.
_SAFE_XML = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_DOCUMENT, _W_BODY, _W_P, _W_R, _W_T, _W_BR, _W_HYPERLINK = (
    f"{_W}{tag}" for tag in ("document", "body", "p", "r", "t", "br", "hyperlink")
)
_W_TR, _W_TC, _W_TCPR, _W_GRIDSPAN, _W_VMERGE, _W_VAL, _W_TYPE = (
    f"{_W}{tag}" for tag in ("tr", "tc", "tcPr", "gridSpan", "vMerge", "val", "type")
)
_RUN_MARKS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def read_docx(name: str, data: bytes) -> FileContent:
    """The paragraphs and table rows of a Word (.docx) file, and its core properties."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise IngestError(f"{name}: the document unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB.")
            parts = _package_parts(archive)
            if "officeDocument" not in parts:
                raise KeyError("no main document part")
            with archive.open(parts["officeDocument"]) as part:
                blocks = _docx_blocks(part, name)
            title, language, created = _docx_properties(archive, parts.get("core-properties"))
    except IngestError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, etree.LxmlError) as error:
        raise IngestError(f"{name}: the Word file cannot be read (damaged, or not a .docx: {error}).") from error
    return FileContent("\n".join(blocks), title, language, created)


def _package_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """The package's parts by relationship type (the last word of its URI: officeDocument, core-properties)."""
    from lxml import etree

    root = etree.fromstring(_small_part(archive, "_rels/.rels"), etree.XMLParser(**_SAFE_XML))
    return {
        relationship.get("Type", "").rsplit("/", 1)[-1]: relationship.get("Target", "").lstrip("/")
        for relationship in root
    }


def _small_part(archive: zipfile.ZipFile, part: str) -> bytes:
    """A metadata part, refused unless small: metadata takes kilobytes, and it is parsed whole."""
    if archive.getinfo(part).file_size > _MAX_METADATA_BYTES:
        raise ValueError(f"{part} is larger than {_MAX_METADATA_BYTES:,} bytes")
    return archive.read(part)


def _docx_properties(archive: zipfile.ZipFile, part: str | None) -> tuple[str, str, date | None]:
    """Title and language ("" where missing) and the day the file was created (None) from the core properties
    (Dublin Core)."""
    from lxml import etree

    if not part or part not in archive.namelist():
        return "", "", None
    root = etree.fromstring(_small_part(archive, part), etree.XMLParser(**_SAFE_XML))
    dc = "{http://purl.org/dc/elements/1.1/}"
    created = root.findtext("{http://purl.org/dc/terms/}created") or ""
    try:
        day = property_day(datetime.fromisoformat(created.strip().replace("Z", "+00:00")))
    except ValueError:  # absent or malformed: the date is only a fallback
        day = None
    return root.findtext(f"{dc}title") or "", root.findtext(f"{dc}language") or "", day


def _docx_blocks(part: IO[bytes], name: str) -> list[str]:
    """The body's paragraphs and table rows as lines, read from the WordprocessingML stream element by element:
    each finished paragraph or row becomes text and is dropped, and the budget (elements, paragraphs, table
    cells, characters) is checked as elements arrive, so a hostile file is refused having read no more than an
    article may hold. Text as python-docx reads it: a paragraph's runs and hyperlinks (tabs and line breaks
    included), a cell's own paragraphs, the text of a vertically merged cell in each of its rows."""
    from lxml import etree

    blocks: list[str] = []
    paragraphs = cells = characters = 0
    merged: dict[int, str] = {}  # text of vertically merged cells by grid column
    for elements, (_, element) in enumerate(etree.iterparse(part, events=("end",), **_SAFE_XML), start=1):
        tag = element.tag
        if tag == _W_T:
            characters += len(element.text or "")
            if characters > MAX_DOCUMENT_CHARS:
                raise over_budget(name, f"{MAX_DOCUMENT_CHARS:,} characters")
        elif tag == _W_P:
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                raise over_budget(name, f"{MAX_PARAGRAPHS:,} paragraphs")
        elif tag == _W_TC:
            cells += 1
            if cells > MAX_TABLE_CELLS:
                raise over_budget(name, f"{MAX_TABLE_CELLS:,} table cells")
        if elements > MAX_XML_ELEMENTS:
            raise over_budget(name, f"{MAX_XML_ELEMENTS:,} XML elements")
        parent = element.getparent()
        if parent is None:
            if tag != _W_DOCUMENT:
                raise ValueError("the main part is not a Word document")
        elif tag == _W_TR and parent.getparent() is not None and parent.getparent().tag == _W_BODY:
            row = _row_text(element, merged)
            if row:
                blocks.append(row)
            _drop(element)
        elif parent.tag == _W_BODY:
            if tag == _W_P:
                blocks.append(_paragraph_text(element))
            merged.clear()
            _drop(element)
    return blocks


def _drop(element: Any) -> None:
    """Free an element that has been read, and its earlier siblings, so memory stays flat while streaming."""
    element.clear()
    parent = element.getparent()
    while element.getprevious() is not None:
        del parent[0]


def _row_text(row: Any, merged: dict[int, str]) -> str:
    cells: list[str] = []
    column = 0
    for cell in row.iterchildren(_W_TC):
        properties = cell.find(_W_TCPR)
        span = properties.find(_W_GRIDSPAN) if properties is not None else None
        vmerge = properties.find(_W_VMERGE) if properties is not None else None
        text = "\n".join(_paragraph_text(paragraph) for paragraph in cell.iterchildren(_W_P))
        if vmerge is not None and vmerge.get(_W_VAL) != "restart":
            text = merged.get(column, "")
        elif vmerge is not None:
            merged[column] = text
        if text.strip() and text not in cells:  # merged cells repeat: keep each text once per row
            cells.append(text)
        column += _span(span.get(_W_VAL) if span is not None else None)
    return " | ".join(cells)


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    for child in paragraph.iterchildren(_W_R, _W_HYPERLINK):
        for run in [child] if child.tag == _W_R else child.iterchildren(_W_R):
            for item in run:
                if item.tag == _W_T:
                    parts.append(item.text or "")
                elif item.tag in _RUN_MARKS:
                    parts.append(_RUN_MARKS[item.tag])
                elif item.tag == _W_BR and item.get(_W_TYPE, "textWrapping") == "textWrapping":
                    parts.append("\n")  # page and column breaks are no text
    return "".join(parts)


def _span(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1
