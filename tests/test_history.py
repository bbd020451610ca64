"""A history told today: the bundled sample about the Great Fire of London (our own text), and years before
Christ on the chart's year axis."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from timeline import extract
from timeline.chart import timeline_figure
from timeline.chart_years import year_label
from timeline.datewords import date_in_words

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "great-fire-of-london-2016-09-02.en.txt"


def test_the_history_sample_keeps_its_dates_in_1666():
    frame = extract(SAMPLE.read_text(encoding="utf-8"), lang="en", doc_id=SAMPLE.name)  # DCT from the update line
    found = dict(zip(frame["expression"], frame["value"]))
    assert found["Sunday, September 2, 1666"] == "1666-09-02"
    assert found["3 a.m."] == "1666-09-02T03:00"  # on the day the story is at, not the publication day
    assert found["4 September"] == "1666-09-04"
    assert found["The next day"] == "1666-09-05"
    assert found["6 September"] == "1666-09-06"
    assert found["the end of August"] == "1666-08"
    assert found["today"] == "PRESENT_REF"  # "historians today" does not pull the story into 2016
    assert found["350 years ago"] == "1666"
    assert found["25 December 1711"] == "1711-12-25"
    inferred = dict(zip(frame["expression"], frame["inferred"]))
    assert inferred["4 September"] == "year taken from the story's earlier dates"
    assert inferred["25 December 1711"] == ""
    assert not frame["value"].str.startswith("2015").any() and not frame["value"].str.startswith("2016-08").any()


def test_years_before_christ_are_worded_and_labelled():
    assert [date_in_words(v) for v in ("BC0333", "BC0480-09", "BC03", "BC046")] == [
        "333 BC", "September 480 BC", "4th century BC", "460s BC"]
    assert [year_label(y) for y in (-332, 0, 79, 1914)] == ["333 BC", "1 BC", "AD 79", "1914"]


def test_a_history_before_christ_is_drawn_on_a_year_axis():
    text = ("Die Schlacht bei Marathon fand 490 v. Chr. statt. Im August 480 v. Chr. kam das Heer des Königs. "
            "Im September 480 v. Chr. siegte die Flotte. 479 v. Chr. folgte die Landschlacht, 478 v. Chr. der "
            "Bund, 477 v. Chr. die ersten Beiträge.")
    frame = extract(text, dct="2021-05-04", lang="de")
    assert frame["date_start"].isna().all() and frame["year_start"].notna().all()
    figure = timeline_figure(frame)
    assert figure.layout.meta["axis"] == "years" and figure.layout.meta["events"] == len(frame)
    assert "490 BC" in figure.layout.xaxis.ticktext and "480 BC" in figure.layout.xaxis.ticktext
    drawn = [event for trace in figure.data
             for event in list(trace.customdata if trace.customdata is not None else []) if event]
    assert set(drawn) == set(frame["event_id"])
    hovers = " ".join(text for trace in figure.data
                      for text in list(trace.hovertext if trace.hovertext is not None else []) if text)
    assert "September 480 BC" in hovers


def test_a_text_of_our_era_keeps_the_date_axis():
    frame = extract("Am 3. März 2015 begann der Bau, im Jahr 1990 war die Planung.", dct="2016-01-01", lang="de")
    assert pd.notna(frame["date_start"]).all()
    assert timeline_figure(frame).layout.xaxis.type == "date"
