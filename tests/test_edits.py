"""Hand corrections: the editable table's delta applied to the events frame."""

from __future__ import annotations

import pandas as pd

from timeline.edits import MANUAL_DOC, apply_edits, editor_view, parse_date_input


def test_view_shows_dates_in_words(frame):
    view = editor_view(frame)
    assert list(view["event_id"]) == list(frame["event_id"])
    assert view.loc[1, "when"] == "May 2024" and view.loc[1, "value"] == "2024-05"


def test_fix_a_date_and_a_label(frame):
    ids = list(frame["event_id"])
    edited, problems = apply_edits(frame, ids, {"edited_rows": {1: {"value": "2024-04", "label": "Fehlstart"}}})
    row = edited[edited["event_id"] == "a:300"].iloc[0]
    assert not problems
    assert (row["value"], row["label"], row["granularity"]) == ("2024-04", "Fehlstart", "month")
    assert row["date_start"] == pd.Timestamp("2024-04-01") and row["date_end"] == pd.Timestamp("2024-04-30 23:59:59")
    assert len(edited) == len(frame)


def test_written_dates_keep_their_precision():
    assert parse_date_input("2024-SU") == "2024-SU"
    assert parse_date_input("19 June 2024") == "2024-06-19"
    assert parse_date_input("19.06.2024") == "2024-06-19"
    assert parse_date_input("Mai 2024") == "2024-05"
    assert parse_date_input("  ") is None
    assert parse_date_input("kein Datum hier") is None


def test_bad_date_is_reported_and_ignored(frame):
    edited, problems = apply_edits(frame, list(frame["event_id"]), {"edited_rows": {1: {"value": "irgendwann"}}})
    assert problems and "irgendwann" in problems[0]
    assert edited.loc[edited["event_id"] == "a:300", "value"].iloc[0] == "2024-05"


def test_delete_and_add_rows_on_a_filtered_view(frame):
    view_ids = ["a:700", "b:10"]  # the table showed only two rows
    edited, problems = apply_edits(
        frame, view_ids,
        {"deleted_rows": [1], "added_rows": [{"value": "2024-06-20", "label": "Putin reist nach Vietnam", "doc_id": "b"}]},
        titles={"b": "Putin lands"},
    )
    assert not problems
    assert "b:10" not in set(edited["event_id"]) and "a:700" in set(edited["event_id"])
    added = edited[edited["event_id"] == "manual:1"].iloc[0]
    assert (added["doc_id"], added["title"], added["granularity"]) == ("b", "Putin lands", "day")
    assert added["sources"] == ["b"] and added["date_start"] == pd.Timestamp("2024-06-20")


def test_added_row_without_article_or_date(frame):
    edited, problems = apply_edits(frame, [], {"added_rows": [{"label": "Nur ein Label"}, {}]})
    added = edited[edited["event_id"] == "manual:1"].iloc[0]
    assert added["doc_id"] == MANUAL_DOC and pd.isna(added["date_start"]) and len(problems) == 1
    assert len(edited) == len(frame) + 1  # the empty row is ignored


def test_positions_outside_the_view_are_ignored(frame):
    edited, _ = apply_edits(frame, ["a:100"], {"edited_rows": {"7": {"label": "x"}}, "deleted_rows": [5]})
    pd.testing.assert_frame_equal(edited, frame)


def test_merged_rows_are_deleted_and_redated_together(frame):
    members = {"a:100": ["a:100", "b:10"]}
    edited, _ = apply_edits(frame, ["a:100"], {"edited_rows": {0: {"value": "2024-06-20"}}}, members=members)
    assert set(edited.loc[edited["event_id"].isin(["a:100", "b:10"]), "value"]) == {"2024-06-20"}
    edited, _ = apply_edits(frame, ["a:100"], {"deleted_rows": [0]}, members=members)
    assert not {"a:100", "b:10"} & set(edited["event_id"])


def test_a_label_edit_to_a_merged_event_applies_to_every_report(frame):
    members = {"a:100": ["a:100", "b:10"]}
    before = frame.set_index("event_id")["expression"]
    edited, problems = apply_edits(frame, ["a:100"], {"edited_rows": {0: {"label": "Gipfel in Pjöngjang"}}},
                                   members=members)
    rows = edited.set_index("event_id")
    assert not problems and set(rows.loc[["a:100", "b:10"], "label"]) == {"Gipfel in Pjöngjang"}
    assert rows.loc["b:10", "expression"] == before["b:10"]  # each report keeps its own words


def test_an_event_added_by_hand_needs_a_date_and_a_label(frame):
    from timeline.edits import add_event

    for value, label, missing in (("2024-06-19", "", "a label too"), ("", "Gipfel", "a date too"),
                                  (" ", " ", "a date and a label"), ("kein Datum", "Gipfel", "not a date")):
        unchanged, problem = add_event(frame, value, label)
        assert unchanged is frame and problem and missing in problem
    added, problem = add_event(frame, "19. Juni 2024", "  Gipfel in   Pjöngjang ", "b", {"b": "Putin lands"})
    assert problem is None and len(added) == len(frame) + 1
    row = added.iloc[-1]
    assert (row["event_id"], row["label"], row["value"], row["doc_id"], row["title"]) == (
        "manual:1", "Gipfel in Pjöngjang", "2024-06-19", "b", "Putin lands")
