"""Turning what people upload or paste into `Document`s: plain text, Markdown, HTML, PDF and Word files.

Everything here works offline on bytes already in memory. Problems come back as `IngestError`, whose message
names the file and says what is wrong in words a user can act on. Reading keeps to a budget of what a file holds
(pages, content, paragraphs, cells, elements, characters: the MAX_* limits below), checked while reading, so a
hostile file is refused within seconds instead of holding the app for minutes.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import IO, Any

from charset_normalizer import from_bytes

from .articles import headline
from .document import MAX_DOCUMENT_CHARS, Document

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

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".pdf", ".docx")

# Leading bytes of common binary formats, to say what a mislabelled file really is.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (e.g. a Word, Excel or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"OggS\x00", "an Ogg media file"),
)
# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Latin-script single-byte encodings charset-normalizer may name for short Western text; Windows-1252 is what
# Windows editors write and it covers Latin-1's printable range, so among these it is the likeliest.
_LATIN_SINGLE_BYTE = frozenset(
    "cp1250 cp1252 cp1254 cp1257 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9 iso8859_10 iso8859_13 iso8859_14 "
    "iso8859_15 iso8859_16 mac_roman mac_latin2 cp850 cp437".split()
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*""", re.IGNORECASE)
_LANG_CODE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Control characters and invisible marks: zero-width space, soft hyphen (news sites hyphenate long words
# invisibly), word joiner, byte order mark.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")
# Each pattern scans from a start only up to the next delimiter (no bracket in link text, no "**" in bold, a
# link address stops at white space or an unbalanced parenthesis; a run of spaces is tried from its first one),
# so stripping stays linear in the text.
_LINK_ADDRESS = r"""\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?[ \t]*\)"""
_MARKDOWN = (
    (re.compile(r"!\[([^\[\]]*)\]" + _LINK_ADDRESS), r"\1"),  # images: keep the alt text
    (re.compile(r"\[([^\[\]]+)\]" + _LINK_ADDRESS), r"\1"),  # links: keep the link text, drop the address
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE), ""),  # heading markers
    (re.compile(r"[ \t](?<![ \t]{2})[ \t]*#+[ \t]*$", re.MULTILINE), ""),  # closing heading markers
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"\*\*(?=\S)((?:[^*\n]|\*(?!\*))+?)(?<=\S)\*\*"), r"\1"),  # bold
    (re.compile(r"__(?=\S)((?:[^_\n]|_(?!_))+?)(?<=\S)__"), r"\1"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
)
_TRAILING_SPACE = re.compile(r"[ \t](?<![ \t]{2})[ \t]*\n")  # from a run's first space only: linear in long runs
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", re.DOTALL)
_TITLE_MAX = 120
_MAX_METADATA_BYTES = 1_000_000
# Operators that may show text (pypdf parses only streams with one), and drawing a form XObject by name.
_PDF_TEXT_OPERATORS = (b"Tj", b"TJ", b"Do", b"'", b'"')
_PDF_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
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
_DETECTION_SAMPLE = 256 * 1024
_SHORT_TEXT = 64  # bytes: below this, statistical encoding detection is a coin toss


class IngestError(ValueError):
    """A file or text that cannot be read; the message names it and says why, for showing to a user."""


def read_upload(name: str, data: bytes) -> Document:
    """Read one uploaded file into a `Document` (doc_id = the file name).

    Supported: .txt and .md in any common encoding (UTF-8 with or without BOM, UTF-16/32 with BOM,
    Windows-1252, Latin-1, ...; Markdown loses its markup, and its front matter gives title, date, lang and url),
    .html/.htm (the article text; title, publication date, language and canonical address from the page's
    metadata), .pdf (the text layer, lines joined into paragraphs, running heads dropped) and .docx (paragraphs
    and tables). The title comes from the format's metadata or else the first line. `lang` and `dct` are set
    only when the format's metadata states them (None: the pipeline detects them from the text); a declared
    language yields to the text's own when that is clearly another.

    Raises `IngestError` for unsupported types, empty or oversized files (`MAX_UPLOAD_BYTES`), binary data
    under a text name, password-protected PDFs or PDFs without a text layer, damaged files and text without
    any letters.
    """
    suffix = _suffix(name)
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "no extension"
        raise IngestError(f"{name}: unsupported file type ({shown}); use {', '.join(SUPPORTED_SUFFIXES)}.")
    if not data:
        raise IngestError(f"{name}: the file is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise IngestError(f"{name}: the file is larger than the limit of {MAX_UPLOAD_MB} MB.")
    if suffix == ".pdf":
        return _read_pdf(name, data)
    if suffix == ".docx":
        return _read_docx(name, data)
    if suffix in HTML_SUFFIXES:
        _refuse_binary(name, data, "an HTML page")
        return document_from_html(decode_html(data, name=name), doc_id=name, name=name)
    _refuse_binary(name, data, "text")
    text = decode_text(data, name=name)
    if suffix != ".md":
        return _text_document(text, doc_id=name, name=name)
    metadata, text = _front_matter(text)
    document = _text_document(_strip_markdown(text), doc_id=name, name=name)
    document.title = metadata.get("title") or document.title
    document.dct = _parse_date(metadata.get("date"))
    document.dct_source = "front matter" if document.dct else ""
    document.lang = _declared_language(_language_code(metadata.get("lang") or metadata.get("language")), document.text)
    document.url = _web_address(metadata.get("url") or metadata.get("source"))
    return document


def read_uploads(
    files: Iterable[tuple[str, bytes]], progress: Callable[[int, str], object] | None = None
) -> tuple[list[Document], list[str]]:
    """Read many uploads: the documents that loaded, and one user-facing message per file that did not.

    A failing file never stops the others. Documents get distinct doc_ids: a repeated file name gets " (2)",
    " (3)", ... appended, so event ids stay unique. `progress(number, name)` is called before each file is read
    (numbered from 1), for showing which file is being read.
    """
    documents: list[Document] = []
    errors: list[str] = []
    taken: set[str] = set()
    for number, (name, data) in enumerate(files, start=1):
        if progress:
            progress(number, name)
        try:
            document = read_upload(name, data)
        except IngestError as error:
            errors.append(str(error))
            continue
        document.doc_id = _unique(document.doc_id, taken)
        taken.add(document.doc_id)
        documents.append(document)
    return documents, errors


def document_from_text(
    text: str,
    doc_id: str = "pasted",
    *,
    title: str = "",
    lang: str | None = None,
    dct: date | None = None,
    url: str = "",
) -> Document:
    """A `Document` from pasted text: cleaned (line ends, Unicode NFC, control characters) and stripped.

    The title defaults to the first line; `url` is kept only if it is an http(s) address (the app links it).
    Raises `IngestError` when nothing with letters is left.
    """
    document = _text_document(text, doc_id=doc_id, name=f"The pasted text {title!r}" if title else "The pasted text")
    document.title = title.strip() or document.title
    document.lang, document.dct, document.url = lang, dct, _web_address(url)
    document.dct_source = "typed by the user" if dct else ""
    return document


def document_from_html(html: str, doc_id: str, *, url: str = "", name: str | None = None) -> Document:
    """A `Document` from an HTML page: the main article text (trafilatura, without boilerplate or comments),
    its title, its publication date (trafilatura's metadata, else htmldate's last-modified date; never a guess
    from the body text, which `timeline.dct.find_dct` handles) and its declared language (`<html lang>` or a
    language meta tag; the text's own language when that is clearly another); `url` defaults to the page's
    canonical address when it states one. Pages where the extractor finds no article fall back to the page's
    whole visible text. Raises `IngestError` (naming `name`, default `doc_id`) when the page holds no text.
    """
    import htmldate
    import trafilatura

    name = name or doc_id
    # the extractor's time grows with the page's elements: count start tags (C speed) before it runs
    if html.count("<") - html.count("</") > MAX_HTML_ELEMENTS:
        raise _over_budget(name, f"{MAX_HTML_ELEMENTS:,} HTML elements")
    extracted = trafilatura.bare_extraction(
        html,
        url=url or None,
        include_comments=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True, "url": url or None},
    )
    text = (extracted.text if extracted else "") or ""
    if not _has_letters(text):
        text = trafilatura.html2txt(html) or ""
    published = _parse_date(extracted.date if extracted else None) or _parse_date(
        htmldate.find_date(html, extensive_search=False, original_date=False, url=url or None)
    )
    document = _text_document(text, doc_id=doc_id, name=name, empty="the page holds no readable text")
    document.title = _clean(extracted.title or "") if extracted and extracted.title else document.title
    document.lang = _declared_language(_html_language(html), document.text)
    document.dct = published
    document.dct_source = "page metadata" if published else ""
    # a page saved from a browser names its address (canonical link, og:url): the source link to show
    document.url = url or _web_address(extracted.url if extracted else None)
    return document


def decode_text(data: bytes, declared: str | None = None, *, name: str = "The file") -> str:
    """Decode bytes of text: a byte order mark wins, then UTF-8, then a `declared` charset (e.g. from HTTP
    headers) that decodes cleanly, then charset-normalizer's guess (Windows-1252 among Latin single-byte
    encodings, and for very short text). Raises `IngestError` when the bytes are not text in any encoding."""
    # a UTF-16 LE text that begins with U+0000 starts like the UTF-32 LE mark: a mark wins if the text decodes
    marked = [encoding for bom, encoding in _BOMS if data.startswith(bom)]
    for encoding in marked[:-1]:
        if _decodes(data, encoding):
            return data.decode(encoding)
    if marked:
        return _decode(data, marked[-1], name)
    # valid UTF-8 beats a declaration: pages saved as UTF-8 often keep a stale "iso-8859-1" meta tag, while
    # text in a single-byte encoding is practically never valid UTF-8 once it has any non-ASCII letter
    for encoding in ("utf-8", declared):
        if encoding and _decodes(data, encoding):
            return data.decode(_codec(encoding))
    if b"\x00" in data:
        raise IngestError(f"{name}: this is binary data, not text.")
    best = from_bytes(_sample(data)).best()
    if best is None:
        raise IngestError(f"{name}: this is binary data or an unknown text encoding; save it as UTF-8 text.")
    # too little text to tell, or a Latin-script guess: Windows-1252, the likeliest legacy encoding here
    western = len(data) < _SHORT_TEXT or best.encoding in _LATIN_SINGLE_BYTE
    encoding = "cp1252" if western and _decodes(data, "cp1252") else best.encoding
    text = data.decode(encoding, errors="replace")  # past the sample, a stray byte must not lose the file
    head = text[:_DETECTION_SAMPLE]
    if len(_BINARY_CONTROL.findall(head)) > 0.01 * len(head):
        raise IngestError(f"{name}: this is binary data, not text.")
    return text


def _sample(data: bytes) -> bytes:
    """The first `_DETECTION_SAMPLE` bytes, cut at a line end (not inside a character): enough for
    charset-normalizer to tell the encoding, which it would take seconds to do on a 20 MB file."""
    if len(data) <= _DETECTION_SAMPLE:
        return data
    cut = data.rfind(b"\n", 0, _DETECTION_SAMPLE)
    return data[: cut if cut > _DETECTION_SAMPLE // 2 else _DETECTION_SAMPLE]


def decode_html(data: bytes, declared: str | None = None, *, name: str = "The page") -> str:
    """Decode an HTML page: like `decode_text`, with the page's own `<meta charset>` used when no charset is
    `declared` by the server."""
    if not declared:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    return decode_text(data, declared, name=name)


def _text_document(text: str, *, doc_id: str, name: str, empty: str = "there is no text") -> Document:
    text = _clean(text)
    if not text:
        raise IngestError(f"{name}: {empty}.")
    if not _has_letters(text):
        raise IngestError(f"{name}: the text has no letters (only digits, symbols or spaces).")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise IngestError(f"{name}: {len(text):,} characters, more than the {MAX_DOCUMENT_CHARS:,} one article may "
                          "have; split it into articles.")
    return Document(doc_id=doc_id, text=text, title=_first_line_title(text))


def _read_pdf(name: str, data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"{name}: the PDF is password-protected; save an unprotected copy and upload that.")
        pages = [_reflow(page) for page in _without_running_heads(_pdf_pages(reader, name))]
        metadata = reader.metadata
        catalog_lang = reader.trailer["/Root"].get("/Lang")
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise IngestError(f"{name}: the PDF cannot be read (damaged or not really a PDF: {error}).") from error
    if not pages:
        raise IngestError(f"{name}: the PDF has no pages.")
    text = "\n\n".join(page for page in pages if page.strip())
    if not _has_letters(text):
        raise IngestError(
            f"{name}: the PDF has no text layer (probably a scan or images); run text recognition (OCR) on it "
            "or paste the text instead."
        )
    document = _text_document(text, doc_id=name, name=name)
    document.title = _metadata_title(metadata.title if metadata else None, name) or document.title
    document.lang = _declared_language(_language_code(str(catalog_lang)) if catalog_lang else None, document.text)
    _set_file_date(document, _pdf_date(metadata), "PDF properties")
    return document


def _pdf_pages(reader: Any, name: str) -> list[str]:
    """The text of each page, within the budget: pages; content the extractor scans (every page's, however
    shared) and parses (pages and forms that show text; pypdf's time grows faster than a page's content, so one
    page has a limit too); characters."""
    if len(reader.pages) > MAX_PDF_PAGES:
        raise _over_budget(name, f"{MAX_PDF_PAGES:,} pages")
    content = _PdfContent()
    texts: list[str] = []
    scanned = parsed = characters = 0
    for number, page in enumerate(reader.pages, start=1):
        scanned += sum(length for length, _, _ in content.streams(page.get("/Contents")))
        if scanned > MAX_PDF_CONTENT_BYTES:
            raise _over_budget(name, f"{MAX_PDF_CONTENT_BYTES // 2**20} MB of page content (up to page {number})")
        work = content.parsed(page.get("/Contents"), page.get("/Resources"), set())
        if work > MAX_PDF_PAGE_TEXT_BYTES:
            raise _over_budget(name, f"{MAX_PDF_PAGE_TEXT_BYTES // 2**20} MB of text content on page {number}")
        parsed += work
        if parsed > MAX_PDF_TEXT_BYTES:
            raise _over_budget(name, f"{MAX_PDF_TEXT_BYTES // 2**20} MB of text content (up to page {number})")
        texts.append(page.extract_text() or "")
        characters += len(texts[-1])
        if characters > MAX_DOCUMENT_CHARS:
            raise _over_budget(name, f"{MAX_DOCUMENT_CHARS:,} characters (up to page {number})")
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


def _read_docx(name: str, data: bytes) -> Document:
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
    document = _text_document("\n".join(blocks), doc_id=name, name=name, empty="the document has no text")
    document.title = _metadata_title(title, name) or document.title
    document.lang = _declared_language(_language_code(language), document.text)
    _set_file_date(document, created, "DOCX properties")
    return document


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
        day = _property_day(datetime.fromisoformat(created.strip().replace("Z", "+00:00")))
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
                raise _over_budget(name, f"{MAX_DOCUMENT_CHARS:,} characters")
        elif tag == _W_P:
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                raise _over_budget(name, f"{MAX_PARAGRAPHS:,} paragraphs")
        elif tag == _W_TC:
            cells += 1
            if cells > MAX_TABLE_CELLS:
                raise _over_budget(name, f"{MAX_TABLE_CELLS:,} table cells")
        if elements > MAX_XML_ELEMENTS:
            raise _over_budget(name, f"{MAX_XML_ELEMENTS:,} XML elements")
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


def _over_budget(name: str, limit: str) -> IngestError:
    return IngestError(f"{name}: it holds more than {limit}, more than one article may have; split it into "
                       "articles or paste the part you need.")


def _pdf_date(metadata: object) -> date | None:
    """The PDF's creation date from its document information, None when absent or malformed."""
    try:
        return _property_day(getattr(metadata, "creation_date", None) if metadata else None)
    except Exception:  # pypdf raises on malformed date strings; the date is only a fallback
        return None


def _property_day(value: object) -> date | None:
    # Writers put 1601-01-01 or 1970-01-01 for "unknown": such a date is no publication date.
    day = value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None
    return day if day is not None and day.year > 1970 else None


def _set_file_date(document: Document, day: date | None, source: str) -> None:
    """The file's own date, kept as a fallback: `timeline.dct.publication_date` prefers the text's date line."""
    if day is not None and document.dct is None:
        document.dct, document.dct_source = day, source


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


def _refuse_binary(name: str, data: bytes, expected: str) -> None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise IngestError(f"{name}: this is {kind}, not {expected}; upload it with its proper extension.")


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(f"{name}: the text is not valid {encoding.upper()} ({error.reason}).") from error


def _codec(encoding: str) -> str:
    return codecs.lookup(encoding).name


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(_codec(encoding))
    except (LookupError, UnicodeDecodeError):
        return False
    return True


def _clean(text: str) -> str:
    """Normalise line ends and Unicode (NFC: a decomposed 'ü' from a Mac becomes one character), turn page
    breaks into line breaks, drop other control characters and invisible marks, and strip."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\u2028", "\n")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return _TRAILING_SPACE.sub("\n", text).strip()


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a Markdown note's YAML front matter (between "---" lines at the very top, as note-taking apps and
    static site generators write it) from its body: the simple `key: value` pairs, lower-case keys, unquoted."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    metadata = {}
    for line in match.group(1).splitlines():
        key, separator, value = line.partition(":")
        if separator and key.strip() and not key.startswith((" ", "\t", "-", "#")):
            metadata[key.strip().lower()] = value.strip().strip("\"'")
    return metadata, text[match.end() :]


def _strip_markdown(text: str) -> str:
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return text


def _has_letters(text: str) -> bool:
    return any(character.isalpha() for character in text)


def _first_line_title(text: str) -> str:
    return headline(text, _TITLE_MAX)  # the first line, or the first sentence after a dateline


def _metadata_title(title: str | None, name: str) -> str:
    """A metadata title worth showing: not empty, not the file name, not a converter's 'Microsoft Word - x'."""
    title = _clean(title or "")
    if not _has_letters(title) or title.lower() in (name.lower(), name.rsplit(".", 1)[0].lower()):
        return ""
    if re.match(r"(?i)^(microsoft word|untitled|unbenannt|document\d*\b|dokument\d*\b)", title):
        return ""
    return title


def _language_code(value: str | None) -> str | None:
    match = _LANG_CODE.match(value or "")
    return match.group(1).lower() if match else None


def _declared_language(declared: str | None, text: str) -> str | None:
    """The language the file's metadata declares, unless the text clearly says otherwise: templates and word
    processors often carry a default ("en-US") whatever the article's language. None when nothing is declared
    (the pipeline then detects it)."""
    from .langid import detect_language

    return detect_language(text, default=declared) if declared else None


def _html_language(html: str) -> str | None:
    match = _HTML_LANG.search(html[:20000])
    if match:
        return match.group(1).lower()
    for pattern in (
        r"""<meta[^>]+http-equiv\s*=\s*["']content-language["'][^>]*content\s*=\s*["']([^"']+)""",
        r"""<meta[^>]+(?:property|name)\s*=\s*["'](?:og:locale|dc\.language|language)["']"""
        r"""[^>]*content\s*=\s*["']([^"']+)""",
    ):
        match = re.search(pattern, html[:20000], re.IGNORECASE)
        if match and _language_code(match.group(1)):
            return _language_code(match.group(1))
    return None


def _web_address(value: str | None) -> str:
    """`value` if it is an http(s) address, else "": the app shows it as a link, so no javascript: and the like."""
    value = (value or "").strip()
    return value if re.match(r"(?i)https?://[^\s/]+", value) and not re.search(r"\s", value) else ""


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _suffix(name: str) -> str:
    base = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return "." + base.rsplit(".", 1)[-1].lower() if "." in base else ""


def _unique(doc_id: str, taken: set[str]) -> str:
    candidate, number = doc_id, 1
    while candidate in taken:
        number += 1
        candidate = f"{doc_id} ({number})"
    return candidate
