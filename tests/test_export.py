"""Exports: CSV and JSON Lines read back by `read_events`, an offline HTML chart, TimelineJS JSON."""

from __future__ import annotations

import json

import pandas as pd

from timeline import read_events, schema
from timeline.chart import timeline_figure
from timeline.export import chart_html, events_csv, events_jsonl, timelinejs, timelinejs_json


def _same(left: pd.DataFrame, right: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(schema.conform(left), schema.conform(right))


def test_csv_and_jsonl_round_trip(frame, tmp_path):
    for name, data in (("events.csv", events_csv(frame)), ("events.jsonl", events_jsonl(frame))):
        path = tmp_path / name
        path.write_bytes(data)
        back = read_events(path)
        _same(back, frame)
        assert back.loc[back["event_id"] == "b:10", "label"].iloc[0].startswith("<script>")  # data, not markup


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


def test_timelinejs_keeps_only_the_precision_there_is(frame):
    slides = {slide["unique_id"]: slide for slide in timelinejs(frame)["events"]}
    assert "a-900" not in slides  # the duration has no place on a timeline
    assert slides["a-100"]["start_date"] == {"year": 2024, "month": 6, "day": 19}
    assert "end_date" not in slides["a-100"]
    assert slides["a-300"]["start_date"] == {"year": 2024, "month": 5}
    assert slides["a-700"]["start_date"] == {"year": 1961}
    assert slides["a-300"]["display_date"] == "May 2024"
    assert slides["a-100"]["group"] == "Putin besucht Nordkorea"


def test_timelinejs_spans_for_seasons_and_decades():
    from conftest import event

    frame = schema.from_records([event("s", 1, "im Sommer", "2024-SU", "Sommer"), event("s", 20, "1990er", "199", "Neunziger")])
    slides = timelinejs(frame, "Title")["events"]
    assert slides[0]["start_date"] == {"year": 2024, "month": 6} and slides[0]["end_date"] == {"year": 2024, "month": 8}
    assert slides[1]["start_date"] == {"year": 1990} and slides[1]["end_date"] == {"year": 1999}


def test_timelinejs_text_is_escaped(frame):
    document = json.loads(timelinejs_json(frame, "<b>T</b>"))
    slide = next(s for s in document["events"] if s["unique_id"] == "b-10")
    assert slide["text"]["headline"].startswith("&lt;script&gt;")
    assert "<script>" not in slide["text"]["text"] and "<mark" in slide["text"]["text"]
    assert "<i>" not in slide["group"]
    assert document["title"]["text"]["headline"] == "&lt;b&gt;T&lt;/b&gt;"


def test_exports_of_an_empty_frame():
    empty = schema.empty_frame()
    assert events_csv(empty).decode().startswith("event_id,")
    assert events_jsonl(empty) == b""
    assert timelinejs(empty) == {"events": []}


def test_csv_for_excel_has_a_bom_and_a_semicolon_variant(frame):
    import csv
    import io

    from timeline.export import csv_for_excel

    plain = events_csv(frame)
    excel = csv_for_excel(plain)
    assert excel.startswith(b"\xef\xbb\xbf") and excel[3:] == plain.replace(b"\xef\xbb\xbf", b"")
    german = csv_for_excel(plain, delimiter=";").decode("utf-8")
    assert german.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(german.lstrip("\ufeff"), newline=""), delimiter=";"))
    original = list(csv.reader(io.StringIO(plain.decode("utf-8-sig"), newline="")))
    assert rows == original  # the same cells, commas inside labels included
    assert any(";" not in cell and "," in cell for row in rows for cell in row)
