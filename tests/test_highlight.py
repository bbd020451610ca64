"""The highlighted article text: escaped, every expression marked, the focused one stronger."""

from __future__ import annotations

from conftest import event

from timeline import schema
from timeline.highlight import Mark, document_html, highlight_html, sentence_html


def test_text_is_escaped_and_marks_wrap_the_spans():
    text = "Am <b>Mittwoch</b> <script>alert(1)</script> kam er.\nDann 1961."
    start = text.index("1961")
    page = highlight_html(text, [Mark(start, start + 4, 'year "1961" <x>')])
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;Mittwoch&lt;/b&gt;" in page
    assert '>1961</mark>' in page and 'title="year &quot;1961&quot; &lt;x&gt;"' in page
    assert "<br>" in page


def test_overlapping_and_out_of_range_marks_are_dropped():
    page = highlight_html("abcdefgh", [Mark(0, 4), Mark(2, 6), Mark(6, 99), Mark(5, 5)])
    assert page.count("<mark") == 1


def test_focused_mark_wins_an_overlap():
    page = highlight_html("abcdefgh", [Mark(0, 4), Mark(2, 6, focus=True)])
    assert page.count("<mark") == 1 and ">cdef</mark>" in page


def test_document_marks_every_expression():
    text = "Im Mai scheiterte ein Start. Am 19. Juni 2024 kam Putin."
    rows = schema.from_records([
        {**event("d", 0, "Im Mai", "2024-05", "Start scheitert"), "sentence_start": 0},
        {**event("d", text.index("19. Juni"), "19. Juni 2024", "2024-06-19", "Putin kommt"), "sentence_start": 29},
    ])
    page = document_html(text, rows, focus_event=f"d:{text.index('19. Juni')}")
    assert page.count("<mark") == 2
    assert "May 2024 · Start scheitert" in page
    assert "font-weight:600" in page  # the focused one


def test_sentence_marks_its_expression(frame):
    row = frame[frame["event_id"] == "b:10"].iloc[0].copy()
    row["sentence"], row["start"], row["sentence_start"] = "On June 18 <script>alert(1)</script> he landed.", 13, 10
    page = sentence_html(row)
    assert ">June 18</mark>" in page and "<script>" not in page
    row["start"] = 500  # offsets that do not fit: the expression is found in the sentence instead
    assert ">June 18</mark>" in sentence_html(row)
