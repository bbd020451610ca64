"""Turning what people upload or paste into `Document`s: plain text, Markdown, HTML, PDF and Word files.

Everything here works offline on bytes already in memory. Problems come back as `IngestError`, whose message
names the file and says what is wrong in words a user can act on. Text, Markdown and HTML are read here; PDF and
Word files by `timeline.pdf_reader` and `timeline.docx_reader`; all within the budget of `timeline.file_reading`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date

from charset_normalizer import from_bytes

from .articles import headline
from .document import MAX_DOCUMENT_CHARS, Document
from .file_reading import MAX_HTML_ELEMENTS, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, FileContent, IngestError, over_budget

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
_DETECTION_SAMPLE = 256 * 1024
_SHORT_TEXT = 64  # bytes: below this, statistical encoding detection is a coin toss


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
        from .pdf_reader import read_pdf

        return _file_document(read_pdf(name, data), name, "PDF properties")
    if suffix == ".docx":
        from .docx_reader import read_docx

        return _file_document(read_docx(name, data), name, "DOCX properties")
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
        raise over_budget(name, f"{MAX_HTML_ELEMENTS:,} HTML elements")
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


def _file_document(content: FileContent, name: str, properties: str) -> Document:
    """The document of a PDF or Word file: its text, and the title, language and date its properties give."""
    document = _text_document(content.text, doc_id=name, name=name, empty="the document has no text")
    document.title = _metadata_title(content.title, name) or document.title
    document.lang = _declared_language(_language_code(content.language), document.text)
    _set_file_date(document, content.created, properties)
    return document


def _set_file_date(document: Document, day: date | None, source: str) -> None:
    """The file's own date, kept as a fallback: `timeline.dct.publication_date` prefers the text's date line."""
    if day is not None and document.dct is None:
        document.dct, document.dct_source = day, source


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
