"""`python -m timeline`: the extract contract and its error handling, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "summit-2024-06-19.de.txt"
CONTRACT_FIELDS = ["doc_id", "start", "end", "text", "type", "value", "granularity", "date_start", "date_end", "event"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=ROOT, input=stdin, capture_output=True,
                          timeout=120)


def records(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_extract_file_with_dct_as_jsonl():
    result = run("extract", str(SAMPLE), "--dct", "2024-06-19")
    assert result.returncode == 0, result.stderr
    rows = records(result)
    text = SAMPLE.read_text(encoding="utf-8")
    for row in rows:
        assert list(row)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS
        assert row["doc_id"] == SAMPLE.name
        assert text[row["start"]:row["end"]] == row["text"]
        assert row["text"] in row["event"] or row["event"]
    by_text = {row["text"]: row for row in rows}
    assert by_text["Mai"]["value"] == "2024-05"
    assert (by_text["Mai"]["date_start"], by_text["Mai"]["date_end"]) == ("2024-05-01", "2024-05-31T23:59:59")
    assert by_text["Mai"]["granularity"] == "month"
    assert by_text["seit 24 Jahren"]["date_start"] == ""
    assert by_text["1961"]["value"] == "1961"


def test_extract_finds_the_publication_date_itself():
    rows = records(run("extract", str(SAMPLE)))
    mittwoch = [row for row in rows if row["text"] == "Mittwoch"]
    assert mittwoch and all(row["value"] == "2024-06-19" for row in mittwoch)


def test_extract_jsonl_input_csv_output(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"doc_id": "a", "text": "Gestern wurde gewählt.", "dct": "2024-06-19", "lang": "de"}) + "\n"
        + json.dumps({"doc_id": "b", "text": "No dates in here at all."}) + "\n"
        + json.dumps({"doc_id": "c", "text": "The summit was on Tuesday."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = run("extract", "--input", str(docs), "--dct", "2024-06-20", "--lang", "en", "--format", "csv",
                 "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["doc_id"], r["text"], r["value"]) for r in rows] == [("a", "Gestern", "2024-06-18"),
                                                                     ("c", "Tuesday", "2024-06-18")]


def test_extract_reads_stdin():
    result = run("extract", "-", "--dct", "2024-06-19", "--lang", "de", stdin="Im Mai 2020 kam er.".encode())
    assert [(r["doc_id"], r["value"]) for r in records(result)] == [("stdin", "2020-05")]


def test_document_without_dates_yields_nothing(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Hier steht nichts Datiertes.", encoding="utf-8")
    result = run("extract", str(path))
    assert result.returncode == 0 and result.stdout == b""


@pytest.mark.parametrize(
    "args, content, message",
    [
        (["--dct", "2023-02-31"], None, "dct must be a real date"),
        (["--dct", "yesterday"], None, "dct must be a real date"),
        ([], b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ([], "Größe".encode("latin-1"), "not UTF-8 text"),
        (["--format", "xml"], None, "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, args, content, message):
    path = tmp_path / "doc.txt"
    path.write_bytes(content if content is not None else b"Am 3. Mai 2020.")
    result = run("extract", str(path), *args)
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in lines[0]


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "docs.jsonl:2: not valid JSON"),
        ('["a", "list"]', "docs.jsonl:2: expected a JSON object"),
        ('{"text": "x"}', 'docs.jsonl:2: missing or non-string "doc_id"'),
        ('{"doc_id": "x"}', 'docs.jsonl:2: missing or non-string "text"'),
        ('{"doc_id": "x", "text": "y", "dct": "2024-13-01"}', "docs.jsonl:2: dct must be a real date"),
    ],
)
def test_malformed_jsonl_names_file_and_line(tmp_path, line, message):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"doc_id": "ok", "text": "Am 3. Mai 2020."}\n' + line + "\n", encoding="utf-8")
    result = run("extract", "--input", str(docs))
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_missing_file_and_no_input():
    missing = run("extract", "does-not-exist.txt")
    assert missing.returncode == 2 and "does-not-exist.txt: cannot read" in missing.stderr.decode()
    nothing = run("extract")
    assert nothing.returncode == 2 and "no input" in nothing.stderr.decode()


def test_evaluate_command_prints_scores(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "d", "lang": "de", "dct": "2024-06-19", "text": "Im Mai 2020 kam er.",
                                "timexes": [{"start": 3, "end": 11, "text": "Mai 2020", "type": "DATE",
                                             "value": "2020-05"}]}) + "\n", encoding="utf-8")
    result = run("evaluate", str(gold), "--errors")
    assert result.returncode == 0
    assert "value    P 1.000  R 1.000  F1 1.000" in result.stdout.decode()


def test_document_over_the_length_limit_is_refused_by_line(tmp_path):
    from timeline.document import MAX_DOCUMENT_CHARS

    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc_id": "ok", "text": "Am 3. Mai 2020."}) + "\n"
                    + json.dumps({"doc_id": "big", "text": "x" * (MAX_DOCUMENT_CHARS + 1)}) + "\n", encoding="utf-8")
    result = run("extract", "--input", str(docs))
    assert result.returncode == 2
    assert "docs.jsonl:2:" in result.stderr.decode() and "more than the limit" in result.stderr.decode()


def test_extract_reads_markdown_html_and_word_through_the_ingest_code(tmp_path):
    docx = pytest.importorskip("docx")
    (tmp_path / "note.md").write_text("---\ntitle: Gipfel\ndate: 2024-06-19\n---\n# Gipfel\n\nAm **Mittwoch** "
                                      "landete Putin.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html lang='en'><head><title>Summit</title></head><body><article><h1>Summit"
                                        "</h1><p>WASHINGTON, June 19, 2024 — The talks ended on Tuesday.</p>"
                                        "</article></body></html>", encoding="utf-8")
    word = docx.Document()
    word.add_paragraph("Berlin, 3. März 2025. Der Bundestag hat am Montag das Klimagesetz beschlossen.")
    word.save(tmp_path / "brief.docx")
    result = run("extract", str(tmp_path / "note.md"), str(tmp_path / "page.html"), str(tmp_path / "brief.docx"))
    assert result.returncode == 0, result.stderr
    values = {(r["doc_id"], r["text"]): r["value"] for r in records(result)}
    assert values[("note.md", "Mittwoch")] == "2024-06-19"  # front matter date, markup gone
    assert values[("page.html", "Tuesday")] == "2024-06-18"
    assert values[("brief.docx", "Montag")] == "2025-03-03"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nonsense")
    result = run("extract", str(broken))
    assert result.returncode == 2 and b"broken.pdf" in result.stderr.strip().splitlines()[-1]
