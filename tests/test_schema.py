"""The events frame contract: columns, dtypes, and exports that read back without loss."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline import schema

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "summit-2024-06-19.de.txt"


@pytest.fixture(scope="module")
def sample_frame() -> pd.DataFrame:
    return timeline.extract(SAMPLE.read_text(encoding="utf-8"), doc_id="summit.txt", title="Putin besucht Nordkorea")


def test_extract_returns_the_contract(sample_frame):
    assert list(sample_frame.columns) == list(schema.COLUMNS)
    assert {name: str(dtype) for name, dtype in sample_frame.dtypes.items()} == {
        name: str(schema.empty_frame()[name].dtype) for name in schema.COLUMNS}
    assert set(sample_frame["anchor"]) <= set(schema.ANCHORS)
    assert sample_frame["event_id"].is_unique
    text = SAMPLE.read_text(encoding="utf-8")
    for row in sample_frame.itertuples():
        assert text[row.start:row.end] == row.expression
        assert row.sources == ["summit.txt"]
        if row.type in ("DURATION", "SET"):
            assert pd.isna(row.date_start)
    may = sample_frame[sample_frame["expression"] == "Mai"].iloc[0]
    assert (may["date_start"], may["date_end"]) == (pd.Timestamp("2024-05-01"), pd.Timestamp("2024-05-31 23:59:59"))
    assert may["dct"] == pd.Timestamp("2024-06-19")  # found in the article's update line


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_exports_read_back_without_loss(tmp_path, sample_frame, suffix):
    extra = schema.from_records([{
        "event_id": "manual:1", "doc_id": "manual", "title": "Hand-made, \"quoted\"; with ü and 🎉",
        "expression": "44 v. Chr.", "type": "DATE", "value": "0044-03-15", "granularity": "day",
        "date_start": "0044-03-15", "date_end": "0044-03-15T23:59:59", "label": "Caesar ermordet",
        "actors": ["Caesar", "Brutus"], "anchor": "absolute", "confidence": 1.0, "sources": ["manual"],
    }])
    frame = schema.conform(pd.concat([sample_frame, extra], ignore_index=True))
    path = tmp_path / f"events{suffix}"
    timeline.write_events(frame, path)
    back = timeline.read_events(path)
    pd.testing.assert_frame_equal(back, frame)


def test_conform_fills_missing_columns_and_fixes_dtypes():
    frame = schema.conform(pd.DataFrame({"doc_id": ["a"], "start": ["12"], "date_start": ["2024-05-01"]}))
    assert list(frame.columns) == list(schema.COLUMNS)
    assert frame.loc[0, "start"] == 12 and frame.loc[0, "label"] == ""
    assert frame.loc[0, "actors"] == [] and pd.isna(frame.loc[0, "date_end"])
    assert len(schema.empty_frame()) == 0 and list(schema.empty_frame().columns) == list(schema.COLUMNS)



def test_equal_list_cells_share_one_list():
    """A text dense with dates has hundreds of thousands of rows and a few distinct lists: one object each."""
    rows = 1000
    frame = schema.from_columns({"doc_id": ["a"] * rows, "actors": [["Kim"] if i % 2 else [] for i in range(rows)],
                                 "sources": [["a"] for _ in range(rows)], "reports": [[] for _ in range(rows)]})
    for name in ("actors", "places", "sources", "reports"):
        assert len({id(cell) for cell in frame[name]}) == (2 if name == "actors" else 1), name
    assert frame.loc[1, "actors"] == ["Kim"] and frame.loc[0, "actors"] == [] and frame.loc[0, "sources"] == ["a"]
    report = {"doc_id": "b", "title": "", "start": 0, "end": 4, "expression": "2024", "sentence": "In 2024."}
    merged = schema.from_records([{"sources": ["a", "b"], "reports": [report]}, {"sources": ["a"], "reports": []}])
    assert merged["reports"].tolist() == [[report], []] and merged["sources"].tolist() == [["a", "b"], ["a"]]
    dense = timeline.extract("May " * 2000, dct="2024-06-19", lang="en")
    assert len(dense) > 1000 and len({id(cell) for cell in dense["sources"]}) == 1


from datetime import date  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=400) | st.lists(st.sampled_from(
        ["Berlin, 15. März 2023.", "Updated June 19, 2024", "am Mittwoch", "Im Mai", "vor zwei Jahren", ";", ",",
         "und", "and", "In January, Taiwan voted,", "\n", "Kim", "31. Februar", "2024", "„", "“", "—"]), max_size=30
    ).map(" ".join),
    lang=st.sampled_from([None, "de", "en", "fr", "la"]),  # la: a known language without a pack
    dct=st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
def test_extract_never_crashes_and_rows_point_into_the_text(text, lang, dct):
    frame = timeline.extract(text, dct=dct, lang=lang)
    assert list(frame.columns) == list(schema.COLUMNS)
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.expression
        assert row.sentence_start <= row.start and row.sentence in text
