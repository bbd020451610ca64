"""Reading uploads and pasted text into Documents (timeline.ingest)."""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.docx_reader as docx_reader
import timeline.ingest as ingest_module
import timeline.pdf_reader as pdf_reader
from timeline import schema
from timeline.ingest import (
    MAX_UPLOAD_BYTES,
    IngestError,
    decode_text,
    document_from_html,
    document_from_text,
    read_upload,
    read_uploads,
)

ARTICLE_HTML = (Path(__file__).parent / "data" / "ingest" / "satellit.de.html").read_text(encoding="utf-8")

GERMAN = (
    "Gipfel in Brüssel\nDie Staats- und Regierungschefs trafen sich am 19. Juni 2024. „Wir müssen handeln“, sagte "
    "sie. Kosten: 5 Mio. €."
)
ENGLISH = "Café society\nThe naïve résumé was filed on 3 March 2021 — it cost £5."


# --- files made at test time ----------------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252") + b")"


def _pdf_text_string(text: str) -> bytes:
    """A PDF text string (metadata): UTF-16BE with a byte order mark, as hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def pdf_file(objects: list[bytes], *, info_id: int | None = None) -> bytes:
    """The PDF file holding `objects` (object i + 1 is objects[i]; 1 is the catalog), with its cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def make_pdf(pages: list[list[str]], *, title: str | None = None, lang: str | None = None) -> bytes:
    """A PDF whose pages show the given lines in Helvetica (WinAnsi, so German letters work), one line each."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * index for index in range(len(pages))]
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if lang:
        catalog += b" /Lang " + _pdf_text_string(lang)
    objects.append(catalog + b" >>")
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for page_id, lines in zip(page_ids, pages):
        body = b"BT /F1 11 Tf 14 TL 72 760 Td " + b" ".join(_pdf_string(line) + b" Tj T*" for line in lines) + b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (page_id + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    info_id = None
    if title is not None:
        objects.append(b"<< /Title " + _pdf_text_string(title) + b" >>")
        info_id = len(objects)
    return pdf_file(objects, info_id=info_id)


def make_blank_pdf(pages: int = 2) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(
    paragraphs: list[str], *, title: str = "", language: str = "", table: list[list[str]] | None = None
) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.core_properties.title = title
    document.core_properties.language = language
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- plain text and encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        GERMAN.encode("utf-8"),
        codecs.BOM_UTF8 + GERMAN.encode("utf-8"),
        GERMAN.encode("utf-16"),  # with BOM, native order
        codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"),
        GERMAN.encode("cp1252"),
        GERMAN.replace("\n", "\r\n").encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf16-le", "cp1252", "cp1252-crlf"],
)
def test_german_text_in_any_common_encoding(data):
    document = read_upload("gipfel.txt", data)
    assert document.text == GERMAN
    assert document.doc_id == "gipfel.txt"
    assert document.title == "Gipfel in Brüssel"
    assert document.lang is None and document.dct is None  # the pipeline detects them from the text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_single_byte_english(encoding):
    text = ENGLISH.replace("—", "-") if encoding == "latin-1" else ENGLISH
    assert read_upload("cafe.txt", text.encode(encoding)).text == text


def test_declared_charset_wins_when_it_decodes():
    assert decode_text("Grüße".encode("cp1252"), "windows-1252") == "Grüße"
    assert decode_text("Привет, мир".encode("koi8-r"), "koi8-r") == "Привет, мир"
    # a wrong declaration that cannot decode is ignored
    assert decode_text("Grüße".encode(), "ascii") == "Grüße"
    assert decode_text("Grüße".encode("cp1252"), "no-such-charset") == "Grüße"


def test_decomposed_umlauts_are_normalised_and_control_characters_dropped():
    data = "Mu\u0308ller kam am 2. Mai.\x00\x07\ufeff Ende".encode("utf-16")
    assert read_upload("nfd.txt", data).text == "Müller kam am 2. Mai. Ende"


def test_long_first_line_gives_a_shortened_title():
    sentence = (
        "Die Regierung hat am Mittwoch nach langen Verhandlungen und mehreren Sondersitzungen einen Haushalt "
        "beschlossen, der viele überrascht."
    )
    document = read_upload("lang.txt", sentence.encode())
    assert document.title.endswith("…")
    assert len(document.title) <= 121
    assert sentence.startswith(document.title[:-1])


@settings(max_examples=60, deadline=None)
@given(
    st.text(min_size=1, max_size=200).filter(lambda s: any(c.isalpha() for c in s)),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
)
def test_uploaded_text_reads_like_pasted_text(text, encoding):
    try:
        expected = document_from_text(text).text
    except IngestError:
        return  # only invisible letters; rejected both ways
    assert read_upload("any.txt", text.encode(encoding, errors="surrogatepass")).text == expected


def test_markdown_markup_is_removed_but_link_text_kept():
    markdown = (
        "# Raumfahrt: Start im Mai\n\n"
        "Die **ESA** hat den Satelliten *im Mai 2024* gestartet, "
        "siehe [Bericht vom 3. Juni](https://example.org/2019/01/01/x).\n\n"
        "> Ein Zitat vom 1. Juli.\n\n---\n\n![Start 2024](bild.png)"
    )
    document = read_upload("notiz.md", markdown.encode())
    assert document.title == "Raumfahrt: Start im Mai"
    assert "Die ESA hat den Satelliten im Mai 2024 gestartet, siehe Bericht vom 3. Juni." in document.text
    assert "example.org" not in document.text and "2019" not in document.text
    assert "Ein Zitat vom 1. Juli." in document.text
    assert "#" not in document.text and "**" not in document.text and "---" not in document.text


def test_markdown_front_matter_gives_metadata_not_text():
    note = (
        "---\n"
        'title: "Chronik: Hochwasser in Bayern"\n'
        "date: 2024-06-03T09:15:00+02:00\n"
        "lang: de\n"
        "source: https://example.org/hochwasser\n"
        "tags:\n  - flut\n"
        "---\n"
        "# Hochwasser\n\nAm Sonntag stiegen die Pegel. Die Regierung hat am 19. Juni 2024 Hilfen beschlossen.\n"
    )
    document = read_upload("chronik.md", note.encode())
    assert document.title == "Chronik: Hochwasser in Bayern"
    assert document.dct == date(2024, 6, 3)
    assert document.lang == "de"
    assert document.url == "https://example.org/hochwasser"
    assert document.text.startswith("Hochwasser\n\nAm Sonntag stiegen die Pegel.")
    assert "2024-06-03" not in document.text and "tags" not in document.text


def test_markdown_front_matter_links_must_be_web_addresses():
    note = "---\nurl: javascript:alert(1)\n---\nText am 2. Mai.\n"
    document = read_upload("x.md", note.encode())
    assert document.url == "" and document.text == "Text am 2. Mai."


def test_markdown_without_front_matter_keeps_a_leading_rule_harmless():
    document = read_upload("y.md", b"---\n\nText am 2. Mai.\n")
    assert document.text == "Text am 2. Mai." and document.dct is None


# --- HTML ------------------------------------------------------------------------------------------------------


def test_html_article_text_and_metadata():
    document = read_upload("satellit.html", ARTICLE_HTML.encode("utf-8"))
    assert document.title == "Satellit erfolgreich gestartet"
    assert document.dct == date(2024, 6, 19)
    assert document.lang == "de"
    assert "im Mai 2024 einen neuen Erdbeobachtungssatelliten" in document.text
    assert "Bis Ende des Jahres soll der Satellit" in document.text
    # navigation, reader comments and footer are boilerplate, not the article
    assert "Startseite" not in document.text
    assert "Leserkommentar" not in document.text and "2015" not in document.text
    assert "Impressum" not in document.text


def test_html_charset_from_meta_tag():
    page = ARTICLE_HTML.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    )
    document = read_upload("satellit.htm", page.encode("cp1252"))
    assert "Europäische Weltraumorganisation" in document.text


def test_utf8_page_with_a_stale_latin1_declaration():
    page = ARTICLE_HTML.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    assert "Europäische Weltraumorganisation" in read_upload("alt.html", page.encode("utf-8")).text


def test_html_without_date_metadata_leaves_dct_unset():
    # no publication metadata: the "© 2024" footer must not become a publication date of 1 January 2024
    page = ARTICLE_HTML.replace('<meta property="article:published_time" content="2024-06-19T08:30:00+02:00">', "")
    page = page.replace('<html lang="de-DE">', "<html>")
    document = read_upload("ohne-datum.html", page.encode())
    assert document.dct is None
    assert document.lang is None


def test_html_language_from_meta_when_no_lang_attribute():
    page = ARTICLE_HTML.replace('<html lang="de-DE">', "<html>").replace(
        "<head>", '<head>\n<meta property="og:locale" content="de_AT">'
    )
    assert read_upload("at.html", page.encode()).lang == "de"


def test_declared_language_yields_to_clearly_different_text():
    # a CMS template's lang="en" on a German article
    assert read_upload("falsch.html", ARTICLE_HTML.replace('lang="de-DE"', 'lang="en"').encode()).lang == "de"
    # text too short to tell: the declaration stands
    page = "<html lang='de'><head><title>Kurz</title></head><body><p>OK, bis dann.</p></body></html>"
    assert read_upload("kurz.html", page.encode()).lang == "de"


def test_soft_hyphens_are_removed():
    page = ARTICLE_HTML.replace("Erdbeobachtungssatelliten", "Erd\u00adbeobachtungs\u00adsatelliten")
    assert "einen neuen Erdbeobachtungssatelliten von Kourou" in read_upload("weich.html", page.encode()).text


def test_small_html_page_falls_back_to_its_visible_text():
    page = "<html><head><title>Notiz</title></head><body><p>Treffen am 4. Mai.</p></body></html>"
    document = read_upload("notiz.html", page.encode())
    assert "Treffen am 4. Mai." in document.text
    assert document.title == "Notiz"


def test_html_with_no_text_is_rejected():
    with pytest.raises(IngestError, match=r"leer\.html: the page holds no readable text"):
        read_upload("leer.html", b"<html><body><img src='a.png'><script>var x = 1;</script></body></html>")


def test_saved_page_names_its_canonical_address():
    page = ARTICLE_HTML.replace(
        "<head>", '<head>\n<link rel="canonical" href="https://www.beispielzeitung.de/wissen/satellit-100.html">'
    )
    assert (
        read_upload("gespeichert.html", page.encode()).url == "https://www.beispielzeitung.de/wissen/satellit-100.html"
    )
    assert read_upload("ohne.html", ARTICLE_HTML.encode()).url == ""


def test_document_from_html_keeps_the_url():
    document = document_from_html(ARTICLE_HTML, "https://example.org/a", url="https://example.org/a")
    assert document.url == "https://example.org/a"
    assert document.doc_id == "https://example.org/a"


# --- PDF -------------------------------------------------------------------------------------------------------


def test_pdf_text_layer_with_lines_joined_into_paragraphs():
    pages = [
        [
            "Die Regierung hat am 19. Juni 2024 in Berlin beschlossen, dass die Förde-",
            "rung für den Straßenbau bis Ende des Jahres verlängert wird. Der Minister",
            "sagte, das sei ein großer Schritt.",
            "",
            "Im Mai 2024 war der Satellit gestartet.",
        ],
        ["Seite zwei (Anhang): 3. März 2021."],
    ]
    document = read_upload("beschluss.pdf", make_pdf(pages, title="Förderbeschluss 2024", lang="de-DE"))
    assert (
        "dass die Förderung für den Straßenbau bis Ende des Jahres verlängert wird. Der Minister sagte,"
        in document.text
    )
    assert "Im Mai 2024 war der Satellit gestartet." in document.text
    assert "Seite zwei (Anhang): 3. März 2021." in document.text
    assert document.title == "Förderbeschluss 2024"
    assert document.lang == "de"
    assert document.dct is None


def test_pdf_running_heads_and_page_numbers_are_dropped_after_the_first_page():
    head = "Beispielzeitung · Mittwoch, 19. Juni 2024"
    bodies = [
        "Am 1. Mai 2024 begann der Streik der Lokführer.",
        "Die Bahn bot am 3. Mai eine Schlichtung an.",
        "Der Fahrgastverband kritisierte beide Seiten scharf.",
        "Eine Einigung wird bis Ende Juni erwartet.",
    ]
    pages = [[head, body, str(number)] for number, body in enumerate(bodies, start=1)]
    document = read_upload("zeitung.pdf", make_pdf(pages))
    assert document.text.count("19. Juni 2024") == 1
    assert document.text.startswith(head)
    for body in bodies:
        assert body in document.text
    assert not any(line.strip().isdigit() for line in document.text.splitlines())


def test_pdf_without_useful_title_uses_first_line():
    lines = [
        "Haushalt beschlossen",
        "Der Bundestag hat am Freitag nach einer langen Debatte den Haushalt für das",
        "kommende Jahr beschlossen. Die Opposition kündigte an, vor dem Verfassungs-",
        "gericht zu klagen.",
    ]
    document = read_upload("x.pdf", make_pdf([lines], title="Microsoft Word - x.docx"))
    assert document.title == "Haushalt beschlossen"
    assert document.text.splitlines()[1].endswith("vor dem Verfassungsgericht zu klagen.")
    assert document.lang is None


def test_scanned_pdf_without_text_layer_is_explained():
    with pytest.raises(IngestError, match=r"scan\.pdf: the PDF has no text layer .*OCR"):
        read_upload("scan.pdf", make_blank_pdf())


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf():
    with pytest.raises(IngestError, match=r"geheim\.pdf: the PDF is password-protected"):
        read_upload("geheim.pdf", _encrypted(make_pdf([["Geheim am 1. Mai."]]), "secret"))
    # encrypted only against editing (empty user password): readable
    assert read_upload("offen.pdf", _encrypted(make_pdf([["Offen am 1. Mai."]]), "")).text == "Offen am 1. Mai."


def test_damaged_pdf():
    with pytest.raises(IngestError, match=r"kaputt\.pdf: the PDF cannot be read"):
        read_upload("kaputt.pdf", b"%PDF-1.4\n this is not really a pdf")


# --- Word ------------------------------------------------------------------------------------------------------


def test_docx_paragraphs_tables_and_core_properties():
    data = make_docx(
        ["Chronik der Firma", "Die Firma wurde am 3. März 2021 gegründet.", "", "Im Herbst 2022 zog sie um."],
        title="Firmenchronik",
        language="de-DE",
        table=[["2020", "Gründung geplant"], ["2023", "Börsengang"]],
    )
    document = read_upload("chronik.docx", data)
    assert document.text.splitlines() == [
        "Chronik der Firma",
        "Die Firma wurde am 3. März 2021 gegründet.",
        "",
        "Im Herbst 2022 zog sie um.",
        "2020 | Gründung geplant",
        "2023 | Börsengang",
    ]
    assert document.title == "Firmenchronik"
    assert document.lang == "de"


def test_docx_without_title_uses_first_paragraph():
    document = read_upload("memo.docx", make_docx(["", "Memo zum Treffen", "Am Montag."]))
    assert document.title == "Memo zum Treffen"
    assert document.lang is None


def test_empty_docx():
    with pytest.raises(IngestError, match=r"leer\.docx: the document has no text"):
        read_upload("leer.docx", make_docx([]))


def test_damaged_docx():
    with pytest.raises(IngestError, match=r"kaputt\.docx: the Word file cannot be read"):
        read_upload("kaputt.docx", b"PK\x03\x04 broken zip")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    with pytest.raises(IngestError, match=r"zip\.docx: the Word file cannot be read"):
        read_upload("zip.docx", buffer.getvalue())


# --- refusals ---------------------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("foto.txt", PNG, r"foto\.txt: this is a PNG image, not text"),
        ("foto.html", PNG, r"foto\.html: this is a PNG image, not an HTML page"),
        ("bericht.txt", make_pdf([["Hallo"]]), r"bericht\.txt: this is a PDF document, not text"),
        ("leer.txt", b"", r"leer\.txt: the file is empty"),
        ("leer.md", b"  \n\t\r\n ", r"leer\.md: there is no text"),
        ("zahlen.txt", b"12.05.2024 1234 5678 -- ## %%", r"zahlen\.txt: the text has no letters"),
        ("bild.png", PNG, r"bild\.png: unsupported file type \(\.png\)"),
        ("README", b"text", r"README: unsupported file type \(no extension\)"),
        ("alt.doc", b"\xd0\xcf\x11\xe0", r"alt\.doc: unsupported file type \(\.doc\)"),
    ],
)
def test_refusals_name_the_file_and_the_problem(name, data, message):
    with pytest.raises(IngestError, match=message):
        read_upload(name, data)


def test_random_binary_under_a_text_name():
    generator = random.Random(7)
    junk = bytes(generator.randrange(256) for _ in range(4096))
    with pytest.raises(IngestError, match=r"junk\.txt: this is binary data"):
        read_upload("junk.txt", junk)


def test_size_limit():
    with pytest.raises(IngestError, match=r"gross\.txt: the file is larger than the limit of 20 MB"):
        read_upload("gross.txt", b"a" * (MAX_UPLOAD_BYTES + 1))
    assert read_upload("genau.txt", b"a" * 1000).text == "a" * 1000


def test_size_limit_matches_streamlit_config():
    import pathlib
    import tomllib

    config = pathlib.Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml"
    if not config.exists():
        pytest.skip(".streamlit/config.toml not written yet")
    limit = tomllib.loads(config.read_text()).get("server", {}).get("maxUploadSize", 200)
    assert limit * 1024 * 1024 == MAX_UPLOAD_BYTES


# --- many uploads and pasted text ----------------------------------------------------------------------------


def test_read_uploads_keeps_going_after_failures():
    documents, errors = read_uploads(
        [
            ("a.txt", GERMAN.encode()),
            ("foto.txt", PNG),
            ("a.txt", ENGLISH.encode()),
            ("leer.txt", b""),
            ("b.docx", make_docx(["Am 1. Mai."])),
        ]
    )
    assert [document.doc_id for document in documents] == ["a.txt", "a.txt (2)", "b.docx"]
    assert documents[1].text == ENGLISH
    assert len(errors) == 2
    assert errors[0].startswith("foto.txt:") and errors[1].startswith("leer.txt:")


def test_document_from_text():
    document = document_from_text(
        "\r\n  Erste Zeile\r\nZweite Zeile am 2. Mai 2024.  \r\n\n", lang="de", dct=date(2024, 5, 3)
    )
    assert document.text == "Erste Zeile\nZweite Zeile am 2. Mai 2024."
    assert document.doc_id == "pasted"
    assert document.title == "Erste Zeile"
    assert (document.lang, document.dct) == ("de", date(2024, 5, 3))
    assert document_from_text("Text", doc_id="note-1", title="Eigener Titel").title == "Eigener Titel"
    assert document_from_text("Text", url="https://example.org/a").url == "https://example.org/a"
    assert document_from_text("Text", url="javascript:alert(1)").url == ""


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\u200b\ufeff\u00ad"])
def test_empty_paste_is_rejected(text):
    with pytest.raises(IngestError, match="The pasted text: there is no text"):
        document_from_text(text)


def test_paste_without_letters_is_rejected():
    with pytest.raises(IngestError, match="no letters"):
        document_from_text("2024-06-19 12:00")
    with pytest.raises(IngestError, match="The pasted text 'Notiz': there is no text"):
        document_from_text(" ", "pasted-2", title="Notiz")


# --- into the pipeline ------------------------------------------------------------------------------------------


def test_html_upload_end_to_end():
    """The page's metadata date anchors relative dates; boilerplate and reader comments yield no events."""
    from timeline import extract_document

    frame = extract_document(read_upload("satellit.html", ARTICLE_HTML.encode()))
    by_value = {row["value"]: row for row in frame.to_dict("records")}
    assert "Erdbeobachtungssatelliten" in by_value["2024-05"]["label"]
    assert by_value["2024-05"]["anchor"] == "absolute"
    # "Am Mittwoch" in an article of Wednesday 19 June 2024 is that day (known only from the HTML metadata)
    (wednesday,) = [row for row in frame.to_dict("records") if row["expression"] == "Mittwoch"]
    assert wednesday["value"] == "2024-06-19"
    assert set(frame["dct"]) == {pd.Timestamp("2024-06-19")}
    assert set(frame["lang"]) == {"de"} and set(frame["title"]) == {"Satellit erfolgreich gestartet"}
    assert "2015" not in set(frame["value"])  # only in a reader comment


def test_pdf_upload_end_to_end_keeps_sentences_whole_across_line_breaks():
    from timeline import extract_document

    lines = [
        "Raumfahrt",
        "Die Europäische Weltraumorganisation hat im Mai 2024 einen neuen Erdbeobach-",
        "tungssatelliten von Kourou aus ins All gebracht. Der Start war ursprünglich",
        "für den Herbst 2023 geplant gewesen.",
    ]
    frame = extract_document(read_upload("raumfahrt.pdf", make_pdf([lines])))
    (may,) = [row for row in frame.to_dict("records") if row["value"] == "2024-05"]
    assert may["sentence"].startswith("Die Europäische Weltraumorganisation hat im Mai 2024")
    assert may["sentence"].endswith("von Kourou aus ins All gebracht.")
    assert "Erdbeobachtungssatelliten" in may["label"]
    assert "2023-FA" in set(frame["value"])


def test_sample_articles_read_as_uploads_give_events():
    from timeline import extract_document

    samples = sorted((Path(__file__).resolve().parent.parent / "sample_data").glob("*.txt"))
    assert samples
    documents, errors = read_uploads((path.name, path.read_bytes()) for path in samples)
    assert not errors and len(documents) == len(samples)
    for document in documents:
        frame = extract_document(document)
        assert list(frame.columns) == list(schema.COLUMNS)
        assert len(frame) > 0, document.doc_id
        assert set(frame["doc_id"]) == {document.doc_id}
        for row in frame.to_dict("records"):
            assert document.text[row["start"] : row["end"]] == row["expression"]


def test_word_upload_end_to_end():
    from timeline import extract_document

    data = make_docx(["Chronik", "Die Firma wurde am 3. März 2021 in Leipzig gegründet."], language="de-DE")
    frame = extract_document(read_upload("chronik.docx", data))
    assert "2021-03-03" in set(frame["value"])


def test_a_text_longer_than_an_article_may_be_is_refused_with_its_size():
    from timeline.document import MAX_DOCUMENT_CHARS

    data = ("Am 3. Mai 2020 kam er. " * (MAX_DOCUMENT_CHARS // 20)).encode()
    with pytest.raises(IngestError, match=r"huge\.txt: .* characters, more than the 2,000,000 one article may have"):
        read_upload("huge.txt", data)


# --- hostile files: the reading budget ----------------------------------------------------------------------
# Small versions of the files in benchmarks/hostile_files_bench.py, with the limits lowered so that each is
# made and refused in milliseconds; the benchmark checks the real limits' time and memory.

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_raw_docx(body: str, *, core: str | None = None, prolog: str = "", root: str = "w:document") -> bytes:
    """A .docx written by hand: `body` is the WordprocessingML inside <w:body>."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        relationships = (
            '<Relationship Id="rId1" Target="word/document.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
        )
        if core is not None:
            relationships += (
                '<Relationship Id="rId2" Target="docProps/core.xml" Type="http://schemas.openxmlformats.org/'
                'package/2006/relationships/metadata/core-properties"/>'
            )
            archive.writestr("docProps/core.xml", core)
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationships}'
            "</Relationships>",
        )
        archive.writestr("word/document.xml",
                         f'{prolog}<{root} xmlns:w="{W_NAMESPACE}"><w:body>{body}</w:body></{root}>')
    return out.getvalue()


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def make_shared_stream_pdf(pages: int, stream: bytes, *, forms: dict[str, bytes] | None = None) -> bytes:
    """A PDF whose `pages` pages all show the one content `stream` (with `forms` as form XObjects)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    xobjects = b""
    for name, body in (forms or {}).items():
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
        xobjects += b"/%s %d 0 R " % (name.encode(), len(objects))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
            b"/XObject << " + xobjects + b">> >> /Contents 4 0 R >>")
    first_page = len(objects) + 1
    objects.extend([page] * pages)
    kids = b" ".join(b"%d 0 R" % number for number in range(first_page, first_page + pages))
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages
    return pdf_file(objects)


def _text_operators(count: int) -> bytes:
    return b"BT /F1 11 Tf 14 TL 72 760 Td " + b"(Am 3. Mai 2020 tagte der Rat.) Tj T* " * count + b"ET"


REFUSAL = r"it holds more than {}, more than one article may have; split it into articles"


def test_word_file_with_too_many_paragraphs_is_refused_while_reading(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_PARAGRAPHS", 100)
    assert read_upload("ok.docx", make_raw_docx("<w:p/>" * 99 + _p("Am 3. Mai 2020."))).text == "Am 3. Mai 2020."
    with pytest.raises(IngestError, match=r"leer\.docx: " + REFUSAL.format("100 paragraphs")):
        read_upload("leer.docx", make_raw_docx("<w:p/>" * 5_000))


def test_word_table_with_too_many_cells_is_refused(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_TABLE_CELLS", 50)
    row = "<w:tr>" + "<w:tc><w:p/></w:tc>" * 10 + "</w:tr>"
    with pytest.raises(IngestError, match=r"tabelle\.docx: " + REFUSAL.format("50 table cells")):
        read_upload("tabelle.docx", make_raw_docx(f"<w:tbl>{row * 10}</w:tbl>"))


def test_word_characters_are_counted_while_reading(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_DOCUMENT_CHARS", 1_000)
    runs = "<w:r><w:t>Am 3. Mai 2020 tagte der Rat. </w:t></w:r>" * 100  # 2,800 characters in one paragraph
    with pytest.raises(IngestError, match=r"lang\.docx: " + REFUSAL.format("1,000 characters")):
        read_upload("lang.docx", make_raw_docx(f"<w:p>{runs}</w:p>"))


def test_word_elements_without_text_are_counted(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_XML_ELEMENTS", 1_000)
    with pytest.raises(IngestError, match=r"leer\.docx: " + REFUSAL.format("1,000 XML elements")):
        read_upload("leer.docx", make_raw_docx("<w:p>" + "<w:r/>" * 2_000 + _p("Am 3. Mai.") + "</w:p>"))


def test_word_cells_spanning_many_columns_are_read_once():
    span = '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr>{}</w:tc>'
    rows = "".join(f"<w:tr>{span.format(_p(year))}<w:tc>{_p(event)}</w:tc></w:tr>"
                   for year, event in (("2020", "Gründung"), ("2021", "Umzug")))
    document = read_upload("chronik.docx", make_raw_docx(f"<w:tbl>{rows * 500}</w:tbl>"))
    assert document.text.splitlines()[:2] == ["2020 | Gründung", "2021 | Umzug"]
    assert len(document.text.splitlines()) == 1_000


def test_word_merged_cells_runs_breaks_and_hyperlinks_read_as_before():
    import docx

    word = docx.Document()
    paragraph = word.add_paragraph("Zeile mit\tTab und ")
    paragraph.add_run("Umbruch").add_break()
    paragraph.add_run("danach")
    table = word.add_table(rows=3, cols=3)
    for (row, column), text in {(0, 0): "2020", (0, 1): "A", (0, 2): "B", (1, 1): "C", (1, 2): "D"}.items():
        table.cell(row, column).text = text
    table.cell(0, 0).merge(table.cell(2, 0))  # the year, merged down three rows, belongs to each
    table.cell(2, 1).merge(table.cell(2, 2)).text = "E"
    out = io.BytesIO()
    word.save(out)
    document = read_upload("tabelle.docx", out.getvalue())
    assert document.text.splitlines() == ["Zeile mit\tTab und Umbruch", "danach", "2020 | A | B", "2020 | C | D",
                                          "2020 | E"]
    link = ('<w:p><w:r><w:t xml:space="preserve">Siehe </w:t></w:r><w:hyperlink><w:r><w:t>Bericht</w:t></w:r>'
            "</w:hyperlink><w:r><w:noBreakHyphen/><w:t>Anhang</w:t></w:r></w:p>")
    assert read_upload("link.docx", make_raw_docx(link)).text == "Siehe Bericht-Anhang"


def test_word_metadata_parts_and_parser_tricks_are_refused():
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Chronik</dc:title>'
            "<dc:language>de-DE</dc:language></cp:coreProperties>")
    document = read_upload("firma.docx", make_raw_docx(_p("Die Firma wurde am 3. März 2021 gegründet."), core=core))
    assert (document.title, document.lang) == ("Chronik", "de")
    laughs = ('<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>")
    with pytest.raises(IngestError, match=r"lacht\.docx: the document has no text|lacht\.docx: the Word file cannot"):
        read_upload("lacht.docx", make_raw_docx(_p("&i;"), prolog=laughs))
    nested = "<w:tbl><w:tr><w:tc>" * 300 + _p("tief") + "</w:tc></w:tr></w:tbl>" * 300
    with pytest.raises(IngestError, match=r"tief\.docx: the Word file cannot be read"):
        read_upload("tief.docx", make_raw_docx(nested))
    with pytest.raises(IngestError, match=r"tabelle\.docx: the Word file cannot be read .*not a Word document"):
        read_upload("tabelle.docx", make_raw_docx(_p("Am 3. Mai."), root="w:workbook"))


def test_word_zip_bomb_is_refused_before_unpacking(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 10_000)
    data = make_raw_docx("<w:p/>" * 3_000)  # 18 kB of XML, packed into a few hundred bytes
    with pytest.raises(IngestError, match=r"bombe\.docx: the document unpacks to more than"):
        read_upload("bombe.docx", data)


def test_pdf_with_too_many_pages_is_refused_before_reading_them(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 3)
    pages = [["Der Anfang"], ["Die Mitte"], ["Das Ende am 3. Mai 2020"]]
    assert read_upload("drei.pdf", make_pdf(pages)).text == "Der Anfang\n\nDie Mitte\n\nDas Ende am 3. Mai 2020"
    with pytest.raises(IngestError, match=r"vier\.pdf: " + REFUSAL.format("3 pages")):
        read_upload("vier.pdf", make_pdf([["Seite"]] * 4))


def test_pdf_pages_sharing_one_stream_count_it_for_every_page(monkeypatch):
    stream = _text_operators(100)  # about 4 kB
    monkeypatch.setattr(pdf_reader, "MAX_PDF_TEXT_BYTES", 10 * len(stream))
    assert read_upload("zehn.pdf", make_shared_stream_pdf(10, stream)).text
    with pytest.raises(IngestError, match=r"elf\.pdf: it holds more than 0 MB of text content \(up to page 11\)"):
        read_upload("elf.pdf", make_shared_stream_pdf(11, stream))


def test_pdf_page_with_too_much_content_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGE_TEXT_BYTES", 100_000)
    with pytest.raises(IngestError, match=r"dicht\.pdf: it holds more than 0 MB of text content on page 1"):
        read_upload("dicht.pdf", make_shared_stream_pdf(1, _text_operators(5_000)))
    # a small form drawn many times is as much work as its content written out each time
    drawn = make_shared_stream_pdf(1, b"/X0 Do " * 1_000, forms={"X0": _text_operators(10)})
    with pytest.raises(IngestError, match=r"formular\.pdf: it holds more than 0 MB of text content on page 1"):
        read_upload("formular.pdf", drawn)


def test_pdf_content_without_text_is_only_scanned_but_counted(monkeypatch):
    graphics = b"1 2 m 3 4 l S " * 10_000  # 140 kB of drawing, no text operator: the extractor skips it
    monkeypatch.setattr(pdf_reader, "MAX_PDF_CONTENT_BYTES", 3 * len(graphics))
    with pytest.raises(IngestError, match=r"karte\.pdf: the PDF has no text layer"):
        read_upload("karte.pdf", make_shared_stream_pdf(3, graphics))
    with pytest.raises(IngestError, match=r"karten\.pdf: it holds more than 0 MB of page content \(up to page 4\)"):
        read_upload("karten.pdf", make_shared_stream_pdf(4, graphics))


def test_pdf_characters_are_counted_page_by_page(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_DOCUMENT_CHARS", 1_000)
    with pytest.raises(IngestError, match=r"viel\.pdf: " + REFUSAL.format(r"1,000 characters \(up to page 2\)")):
        read_upload("viel.pdf", make_shared_stream_pdf(5, _text_operators(20)))


def test_html_with_too_many_elements_is_refused_before_extraction(monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_HTML_ELEMENTS", 100)
    page = "<html><body>" + "<p>Am 3. Mai 2020 tagte der Rat.</p>" * 90 + "</body></html>"
    assert "3. Mai 2020" in read_upload("ok.html", page.encode()).text
    with pytest.raises(IngestError, match=r"leer\.html: " + REFUSAL.format("100 HTML elements")):
        read_upload("leer.html", ("<html><body><p>Am 3. Mai 2020.</p>" + "<span></span>" * 200).encode())


def test_fetched_pages_have_the_same_budget(monkeypatch):
    from timeline.fetch import FetchError, Response, fetch_article

    monkeypatch.setattr(ingest_module, "MAX_HTML_ELEMENTS", 100)
    page = ("<html><body>" + "<div>" * 200 + "Am 3. Mai 2020." + "</div>" * 200 + "</body></html>").encode()
    with pytest.raises(FetchError, match=r"https://news\.example\.com/a: " + REFUSAL.format("100 HTML elements")):
        fetch_article("https://news.example.com/a", resolver=lambda host, port: ["93.184.215.14"],
                      opener=lambda request: Response(200, {"content-type": "text/html"}, page))


@pytest.mark.parametrize(
    ("unit", "tail"),
    [
        ("[a](b", ""),  # links never closed
        ("[[[[", ""),  # brackets never closed
        ("**a ", ""),  # bold never closed
        ("-\n", "x"),  # lines of rule markers
        (" ", "x #\n"),  # a long run of spaces before a closing heading mark
    ],
    ids=["unclosed-links", "brackets", "unclosed-bold", "rule-lines", "spaces"],
)
def test_pathological_markdown_is_stripped_in_linear_time(unit, tail):
    # 400 kB: a pattern that rescans the rest of the line from every start would take minutes
    text = "Am 3. Mai 2020 " + unit * (400_000 // len(unit)) + tail
    document = read_upload("notiz.md", text.encode())
    assert document.text.startswith("Am 3. Mai 2020")


def test_markdown_links_with_parentheses_titles_and_line_breaks():
    text = ("Siehe [Gipfel (2024)](https://de.wikipedia.org/wiki/Gipfel_(2024)) und [den\nBericht](bericht.html "
            '"Titel") sowie ![Karte](karte.png).')
    assert read_upload("notiz.md", text.encode()).text == "Siehe Gipfel (2024) und den\nBericht sowie Karte."
