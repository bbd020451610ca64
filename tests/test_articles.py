"""Articles and their dates: where each publication date comes from, re-anchoring an edited article, one summary
for a batch of uploads, headlines rather than datelines."""

from __future__ import annotations

import io
from datetime import date, datetime

import pandas as pd
import pytest

from timeline.articles import (
    article_table,
    batch_summary,
    edited_documents,
    headline,
    replace_article_rows,
)
from timeline.dct import date_in_name, publication_date
from timeline.document import Document
from timeline.ingest import read_upload
from timeline.pdf_reader import pdf_date
from timeline.pipeline import extract_document
from timeline.share import SharedTimeline

RELATIVE = "Am Mittwoch traf die Ministerin den Präsidenten. Im Mai 2020 hatten sie sich zuletzt gesehen."


def _frames(documents: list[Document]) -> dict[str, pd.DataFrame]:
    return {document.doc_id: extract_document(document) for document in documents}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MIAMI _ The hurricane center said on Tuesday that the storm weakened. More follows.",
         "The hurricane center said on Tuesday that the storm weakened."),
        ("BUFFALO, N.Y. (AP) -- Police said a gunman killed ten people. He was 18.",
         "Police said a gunman killed ten people."),
        ("MIAMI _\nThe storm grew on Monday.", "The storm grew on Monday."),
        ("Berlin (dpa) – Die Koalition streitet. Weiter geht es.", "Die Koalition streitet."),
        ("Putin besucht Nordkorea\nPjöngjang, 19. Juni 2024 – Der Besuch", "Putin besucht Nordkorea"),
        ("USA: Biden says no", "USA: Biden says no"),
    ],
)
def test_headline_is_not_the_dateline(text, expected):
    assert headline(text) == expected


def test_yearless_dateline_takes_its_year_from_the_text_and_is_marked_inferred():
    text = "NAIROBI, Aug. 21 (AP) -- Kenya's drought, the worst since 2011, deepened in 2024 as 2024 rains failed."
    guess = publication_date(text, "en")
    assert guess is not None and guess.date == date(2024, 8, 21) and guess.inferred
    assert text[guess.start:guess.end] == "Aug. 21"


def test_yearless_dateline_counts_back_from_the_file_date():
    text = "NAIROBI, Dec. 30 (AP) -- Kenya's government said on Monday that the rains failed."
    guess = publication_date(text, "en", date(2025, 1, 2), "PDF properties")
    assert guess.date == date(2024, 12, 30) and guess.inferred and guess.source == "dateline"


def test_yearless_dateline_without_any_year_gives_no_date():
    assert publication_date("NAIROBI, Aug. 21 (AP) -- Kenya's government said the rains failed.", "en") is None


def test_a_dated_line_in_the_text_beats_the_file_properties_but_not_a_typed_date():
    text = "Berlin, 15. März 2023. Die Koalition streitet."
    assert publication_date(text, "de", date(2024, 1, 5), "PDF properties").date == date(2023, 3, 15)
    typed = publication_date(text, "de", date(2023, 3, 1), "typed by the user")
    assert typed.date == date(2023, 3, 1) and typed.source == "typed by the user"
    fallback = publication_date("Die Koalition streitet.", "de", date(2024, 1, 5), "PDF properties")
    assert fallback.date == date(2024, 1, 5) and fallback.source == "PDF properties"


def test_date_in_a_file_name():
    assert date_in_name("summit-2024-06-19.de.txt") == date(2024, 6, 19)
    assert date_in_name("20240619_report.pdf") == date(2024, 6, 19)
    assert date_in_name("report-2024-13-40.pdf") is None
    assert date_in_name("notes.txt") is None


def test_docx_core_properties_and_pdf_metadata_give_a_fallback_date():
    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_paragraph("Kenya drought deepens")
    word.add_paragraph("NAIROBI, Aug. 21 (AP) -- The rains failed again on Monday, officials said.")
    word.core_properties.created = datetime(2023, 9, 2, 10, 0)
    data = io.BytesIO()
    word.save(data)
    document = read_upload("kenya.docx", data.getvalue())
    assert (document.dct, document.dct_source) == (date(2023, 9, 2), "DOCX properties")
    rows = extract_document(document)
    monday = rows[rows["expression"] == "Monday"]
    assert list(monday["value"]) == ["2023-08-21"]  # the dateline's day, year from the file, not the file's day

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/CreationDate": "D:20240305120000Z"})
    buffer = io.BytesIO()
    writer.write(buffer)
    assert pdf_date(PdfReader(io.BytesIO(buffer.getvalue())).metadata) == date(2024, 3, 5)
    assert pdf_date(None) is None


def test_article_table_says_where_each_date_comes_from_and_counts_placed_expressions():
    documents = {
        "a.txt": Document("a.txt", "Berlin, 15. März 2023. Am Mittwoch stritt die Koalition.", title="A"),
        "b.txt": Document("b.txt", RELATIVE, title="B"),
        "c.txt": Document("c.txt", RELATIVE, title="C", dct=date(2024, 6, 19), dct_source="typed by the user"),
    }
    events = pd.concat(list(_frames(list(documents.values())).values()), ignore_index=True)
    table = article_table(documents, events).set_index("doc_id")
    assert table.loc["a.txt", "published"] == date(2023, 3, 15)
    assert table.loc["a.txt", "date_source"] == "dateline"
    assert table.loc["b.txt", "published"] is None and table.loc["b.txt", "date_source"] == "none"
    assert table.loc["b.txt", "unplaced"] >= 1  # "Am Mittwoch" waits for a date
    assert table.loc["c.txt", "date_source"] == "typed by the user"
    assert table.loc["c.txt", "placed"] == table.loc["b.txt", "placed"] + 1
    assert table.loc["a.txt", "lang"] == "de"


def test_editing_the_date_reanchors_only_that_article():
    documents = {
        "a.txt": Document("a.txt", "Berlin, 15. März 2023. Am Mittwoch stritt die Koalition.", title="A"),
        "b.txt": Document("b.txt", RELATIVE, title="B"),
    }
    frames = _frames(list(documents.values()))
    events = pd.concat(list(frames.values()), ignore_index=True)
    table = article_table(documents, events)
    changed = edited_documents(documents, table, {1: {"published": "2024-06-21", "title": "  Neuer   Titel "}})
    assert len(changed) == 1
    document = changed[0]
    assert (document.doc_id, document.dct, document.dct_source, document.title) == (
        "b.txt", date(2024, 6, 21), "typed by the user", "Neuer Titel")
    updated = replace_article_rows(events, "b.txt", extract_document(document))
    mine = updated[updated["doc_id"] == "b.txt"]
    assert list(mine.loc[mine["expression"] == "Mittwoch", "value"]) == ["2024-06-19"]
    assert (mine["title"] == "Neuer Titel").all()
    assert updated[updated["doc_id"] == "a.txt"].equals(events[events["doc_id"] == "a.txt"].reset_index(drop=True))
    assert list(dict.fromkeys(updated["doc_id"])) == ["a.txt", "b.txt"]  # the article keeps its place

    cleared = edited_documents({"b.txt": document}, article_table({"b.txt": document}, mine), {0: {"published": None}})
    assert cleared[0].dct is None and cleared[0].dct_source == ""


def test_the_typed_date_and_its_source_survive_a_share_link():
    document = Document("b.txt", RELATIVE, title="B", dct=date(2024, 6, 21), dct_source="typed by the user")
    snapshot = SharedTimeline(documents=[document], events=extract_document(document))
    restored = SharedTimeline.from_json(snapshot.to_json()).documents[0]
    assert (restored.dct, restored.dct_source) == (date(2024, 6, 21), "typed by the user")


def test_a_batch_gets_one_summary():
    documents = [Document(f"dated-{i}.txt", f"Berlin, {i + 1}. März 2023. Am Mittwoch stritt die Koalition.")
                 for i in range(3)]
    documents += [Document("file.pdf", RELATIVE, dct=date(2024, 6, 21), dct_source="PDF properties")]
    documents += [Document(f"undated-{i}.txt", RELATIVE) for i in range(2)]
    summary = batch_summary(documents, _frames(documents))
    assert summary.startswith("6 articles: 3 dated from their text, 1 from file properties, 2 need a date — set "
                              "them in Articles.")
    assert "events on the time axis" in summary
    batch = documents[:3] + documents[4:5]
    one = batch_summary(batch, _frames(batch))
    assert "1 needs a date — set it in Articles." in one


def test_a_batch_summary_says_apart_how_many_years_were_inferred():
    documents = [Document("nairobi.txt", "Talks in Kenya\nNAIROBI, Aug. 21 (AP) -- The talks ended on Tuesday, the "
                          "ministry said. In 2019 they began.", lang="en"),
                 Document("berlin.txt", "Berlin, 3. März 2023. Am Mittwoch stritt die Koalition.")]
    summary = batch_summary(documents, _frames(documents))
    # The inferred year is one of the articles dated from their text, not a further kind of article.
    assert summary.startswith("2 articles: 2 dated from their text. For 1 of them the year was inferred.")
