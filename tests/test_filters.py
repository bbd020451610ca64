"""Filtering the events frame by period, article, type and text."""

from __future__ import annotations

from datetime import date

from timeline import schema
from timeline.filters import filter_events, period_bounds


def test_no_criteria_keeps_everything(frame):
    assert list(filter_events(frame)["event_id"]) == list(frame["event_id"])


def test_period_keeps_overlapping_intervals(frame):
    june = filter_events(frame, start=date(2024, 6, 1), end=date(2024, 6, 30), include_undated=False)
    assert set(june["event_id"]) == {"a:100", "a:500", "b:10"}  # two days and the year 2024
    since = filter_events(frame, start=date(2024, 5, 31))
    assert "a:300" in set(since["event_id"]) and "a:900" in set(since["event_id"])  # May's last day; undated kept
    assert "a:700" not in set(filter_events(frame, end=date(1960, 12, 31), include_undated=False)["event_id"])


def test_articles_types_and_text(frame):
    assert set(filter_events(frame, doc_ids=["b"])["event_id"]) == {"b:10"}
    assert set(filter_events(frame, types=["DURATION"])["event_id"]) == {"a:900"}
    assert set(filter_events(frame, query="SATELLIT")["event_id"]) == {"a:300", "a:400", "a:500"}
    assert set(filter_events(frame, query="satellit geplant")["event_id"]) == {"a:500"}  # every word
    assert set(filter_events(frame, query="kim jong")["event_id"]) == {"a:100"}  # actors are searched
    assert filter_events(frame, query="<script>")["event_id"].tolist() == ["b:10"]
    assert filter_events(frame, doc_ids=["b"], types=["DURATION"]).empty


def test_undated_only_without_period(frame):
    dated_only = filter_events(frame, include_undated=False)
    assert dated_only["date_start"].notna().all()


def test_bounds(frame):
    assert period_bounds(frame) == (date(1961, 1, 1), date(2024, 12, 31))
    assert period_bounds(schema.empty_frame()) is None
    assert filter_events(schema.empty_frame(), query="x", start=date(2020, 1, 1)).empty
