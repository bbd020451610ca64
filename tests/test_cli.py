"""`python -m timeline`: the extract contract and its error handling, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    result = run("extract", "-", "--dct", "2024-06-19", "--lang", "de", stdin=b"Im Mai 2020 kam er.")
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
        ([], b"", "the file is empty"),
        ([], b" \n\t\n", "the file is empty"),
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


def test_empty_stdin_is_refused_with_one_line():
    result = run("extract", "-", stdin=b"")
    assert result.returncode == 2 and result.stderr.decode().strip() == "error: -: the file is empty (no text to read)"


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


# --- the contract for hostile input: exit 2 and exactly one line on stderr, for extract and evaluate alike -------

DEEP = "[" * 100_000 + "]" * 100_000
GOLD = {"doc_id": "d", "lang": "de", "dct": "2024-06-19", "text": "Im Mai 2020 kam er.",
        "timexes": [{"start": 3, "end": 11, "text": "Mai 2020", "type": "DATE", "value": "2020-05"}]}


def run_main(capsys, monkeypatch, *args: str, stdin: bytes = b"") -> tuple[int, list[str], str]:
    """`main` in this process (fast), with stdin fed as a user's pipe would: exit status, stderr lines, stdout."""
    from timeline.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(stdin)), encoding="utf-8"))
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.err.splitlines(), captured.out


def assert_one_line_error(status: int, lines: list[str], *fragments: str) -> None:
    assert status == 2, lines
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ") and "Traceback" not in lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.mark.parametrize(
    "line, fragments",
    [
        ('{"doc_id": "a", "text": "x", "n": ' + DEEP + "}", ["docs.jsonl:1:", "nested too deeply"]),
        ('{"doc_id": "a", "text": "x", "n": ' + "7" * 5000 + "}", ["docs.jsonl:1:", "4,300 digits"]),
        (DEEP, ["docs.jsonl:1:", "nested too deeply"]),
        ('{"doc_id": "a", "text": "x", "lang": "klingon"}', ["docs.jsonl:1:", "unknown language 'klingon'"]),
        ('{"doc_id": "a", "text": "x", "lang": 7}', ["docs.jsonl:1:", '"lang" must be a string']),
        ('{"doc_id": "a", "text": "Am 3. Mai 2020 \\ud800."}', ["docs.jsonl:1:", '"text" holds an unpaired surrogate']),
        ('{"doc_id": "a\\udc00", "text": "x"}', ["docs.jsonl:1:", '"doc_id" holds an unpaired surrogate']),
    ],
)
def test_hostile_jsonl_input_is_one_line_naming_file_and_line(tmp_path, capsys, monkeypatch, line, fragments):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(line + "\n", encoding="utf-8")
    assert_one_line_error(*run_main(capsys, monkeypatch, "extract", "--input", str(docs))[:2], *fragments)


@pytest.mark.parametrize("code", ["xx", "klingon", "../../etc/passwd", "a" * 252, "EN", "de-DE", "zh-Hans"])
def test_unknown_language_is_an_error(capsys, monkeypatch, code):
    status, lines, out = run_main(capsys, monkeypatch, "extract", "-", "--lang", code, stdin=b"Am 3. Mai 2020.")
    assert_one_line_error(status, lines, "--lang: unknown language", "--allow-unknown-lang")
    assert out == ""


DETECTABLE = "Am 3. Mai 2020 hat der Bundestag in Berlin das neue Gesetz beschlossen, sagte die Ministerin am Abend."


def test_unknown_language_detected_when_the_user_allows_it(capsys, monkeypatch):
    status, lines, out = run_main(capsys, monkeypatch, "extract", "-", "--lang", "../../etc/passwd",
                                  "--allow-unknown-lang", "--dct", "2024-06-19", stdin=DETECTABLE.encode())
    assert status == 0 and not lines
    rows = [json.loads(line) for line in out.splitlines()]
    assert "2020-05-03" in [row["value"] for row in rows] and {row["lang"] for row in rows} == {"de"}


@pytest.mark.parametrize("code", ["de", "en", "fr", "sw", "zh", "fil"])
def test_languages_with_a_pack_or_a_dateparser_locale_are_known(capsys, monkeypatch, code):
    status, lines, _ = run_main(capsys, monkeypatch, "extract", "-", "--lang", code, stdin=b"2020-05-03")
    assert status == 0 and not lines


def test_raw_line_separators_inside_json_strings_are_text(tmp_path, capsys, monkeypatch):
    text = "Am 3. Mai 2020 begann es.\u2028Am 4. Mai 2020 ging es weiter.\x85Ende."
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc_id": "a", "text": text, "lang": "de"}, ensure_ascii=False) + "\n"
                    + json.dumps({"doc_id": "b", "text": "Am 5. Mai 2020 endete es.\u2029", "lang": "de"},
                                 ensure_ascii=False)
                    + "\n", encoding="utf-8")
    status, lines, out = run_main(capsys, monkeypatch, "extract", "--input", str(docs))
    assert status == 0, lines
    rows = [json.loads(line) for line in out.splitlines()]
    assert {(row["doc_id"], row["value"]) for row in rows} == {("a", "2020-05-03"), ("a", "2020-05-04"),
                                                                ("b", "2020-05-05")}
    for row in rows:
        if row["doc_id"] == "a":
            assert text[row["start"]:row["end"]] == row["text"]


def test_zero_device_is_refused_without_reading_it_all(capsys, monkeypatch):
    for args in (["extract", "/dev/zero"], ["extract", "--input", "/dev/zero"], ["evaluate", "/dev/zero"]):
        assert_one_line_error(*run_main(capsys, monkeypatch, *args)[:2], "/dev/zero: binary file")


def test_endless_stdin_is_read_only_up_to_the_limit():
    with open("/dev/zero", "rb") as zeros:
        result = subprocess.run([sys.executable, "-m", "timeline", "extract", "-"], cwd=ROOT, stdin=zeros,
                                capture_output=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == ["error: -: binary file, expected UTF-8 text"]
    endless_text = subprocess.Popen(["yes", "Am 3. Mai 2020."], stdout=subprocess.PIPE)
    try:
        result = subprocess.run([sys.executable, "-m", "timeline", "extract", "-"], cwd=ROOT,
                                stdin=endless_text.stdout, capture_output=True, timeout=120)
    finally:
        endless_text.kill()
        endless_text.wait()
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "error: -: more than the limit of 2,000,000 characters for one document"]


def test_deep_json_through_the_real_command(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"doc_id": "a", "text": ' + DEEP + "}\n", encoding="utf-8")
    for command in ("extract --input", "evaluate"):
        result = run(*command.split(), str(docs))
        assert result.returncode == 2
        assert len(result.stderr.decode().splitlines()) == 1 and "docs.jsonl:1: " in result.stderr.decode()


def test_file_names_with_line_breaks_stay_on_one_line(tmp_path, capsys, monkeypatch):
    missing = str(tmp_path / "two\nlines.txt")
    assert_one_line_error(*run_main(capsys, monkeypatch, "extract", missing)[:2], "two\\nlines.txt: cannot read")
    binary = tmp_path / "odd\u2028name\x85.txt"
    binary.write_bytes(b"\x00\x01")
    assert_one_line_error(*run_main(capsys, monkeypatch, "extract", str(binary))[:2],
                          "odd\\u2028name\\x85.txt: binary file")
    assert_one_line_error(*run_main(capsys, monkeypatch, "evaluate", missing)[:2], "two\\nlines.txt: cannot read")


def test_file_name_that_is_not_utf8_still_gives_rows(tmp_path, capsys, monkeypatch):
    import os

    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "wb") as handle:
        handle.write(b"Am 3. Mai 2020 kam er.")
    status, lines, out = run_main(capsys, monkeypatch, "extract", os.fsdecode(path), "--lang", "de")
    assert status == 0 and not lines
    assert json.loads(out.splitlines()[0])["doc_id"] == "caf\ufffd.txt"


@pytest.mark.parametrize(
    "content, fragments",
    [
        (None, ["gold.jsonl: cannot read"]),
        ("", ["gold.jsonl: no documents"]),
        ("\n  \n", ["gold.jsonl: no documents"]),
        ("{not json\n", ["gold.jsonl:1: not valid JSON"]),
        ("[1, 2]\n", ["gold.jsonl:1: expected a JSON object"]),
        ("{}\n", ['gold.jsonl:1: missing or non-string "text"']),
        (json.dumps(GOLD | {"timexes": None}), ['gold.jsonl:1: missing "timexes"']),
        (json.dumps(GOLD | {"timexes": [{"start": "3", "end": 11}]}), ['timex 1: "start" must be a whole number']),
        (json.dumps(GOLD | {"timexes": [GOLD["timexes"][0] | {"end": 99}]}), ["timex 1: offsets 3..99 outside"]),
        (json.dumps(GOLD | {"timexes": [GOLD["timexes"][0] | {"value": None}]}), ['non-string "value"']),
        (json.dumps(GOLD | {"dct": "2024-02-31"}), ['"dct" must start with a real date']),
        (json.dumps(GOLD | {"lang": "xx"}), ["gold.jsonl:1: unknown language 'xx'"]),
        (json.dumps(GOLD | {"doc_id": ["d"]}), ['"doc_id" must be a string']),
        (json.dumps(GOLD | {"doc_id": "d\ud800"}), ['"doc_id" holds an unpaired surrogate']),
        ('{"text": "' + "9" * 5000 + '", "n": ' + "9" * 5000 + "}", ["gold.jsonl:1:", "4,300 digits"]),
    ],
)
def test_evaluate_bad_gold_is_one_line(tmp_path, capsys, monkeypatch, content, fragments):
    gold = tmp_path / "gold.jsonl"
    if content is not None:
        gold.write_text(content, encoding="utf-8")
    assert_one_line_error(*run_main(capsys, monkeypatch, "evaluate", str(gold))[:2], *fragments)


def test_evaluate_bad_arguments_are_one_line(tmp_path, capsys, monkeypatch):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    for args in (["evaluate"], ["evaluate", str(gold), "--limit", "0"], ["evaluate", str(gold), "--limit", "x"]):
        assert_one_line_error(*run_main(capsys, monkeypatch, *args)[:2])
    status, lines, out = run_main(capsys, monkeypatch, "evaluate", str(gold), "--limit", "1")
    assert status == 0 and not lines and "F1 1.000" in out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(
    st.binary(max_size=300),
    st.lists(st.text(max_size=80), max_size=3).map(
        lambda texts: "".join(json.dumps({"doc_id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                              for i, t in enumerate(texts)).encode("utf-8", "surrogatepass")),
))
def test_any_input_file_gives_rows_or_one_line(tmp_path, capsys, monkeypatch, content):
    docs = tmp_path / "docs.jsonl"
    docs.write_bytes(content)
    status, lines, _ = run_main(capsys, monkeypatch, "extract", "--input", str(docs))
    assert (status, lines) == (0, []) or (status == 2 and len(lines) == 1 and "internal error" not in lines[0]), lines


def test_an_internal_failure_still_keeps_to_one_line(capsys, monkeypatch):
    import timeline.pipeline

    def broken(documents):
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(timeline.pipeline, "extract_documents", broken)
    status, lines, _ = run_main(capsys, monkeypatch, "extract", "-", stdin=b"Am 3. Mai 2020.")
    assert_one_line_error(status, lines, "internal error, please report it (RuntimeError: a bug\\nover two lines)")
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
