"""Dates partly inferred are drawn apart on the chart, and the hover says what was inferred."""

from __future__ import annotations

from timeline import extract
from timeline.chart import timeline_figure


def test_inferred_day_is_an_open_diamond_with_its_reason():
    frame = extract("Die Zollbehörde will die Regeln am 3. März ändern. Am 19.12.2016 wurde der Plan vorgestellt.",
                    dct="2016-12-20", lang="de")
    figure = timeline_figure(frame)
    inferred_id = frame.loc[frame["expression"] == "3. März", "event_id"].iloc[0]
    written_id = frame.loc[frame["expression"] == "19.12.2016", "event_id"].iloc[0]
    for trace in figure.data:
        ids = list(trace.customdata if trace.customdata is not None else [])
        if inferred_id in ids and trace.mode == "markers":
            index = ids.index(inferred_id)
            assert trace.marker.symbol[index] == "diamond-open"
            assert "Not written out: year taken from the publication date" in trace.hovertext[index]
            written = ids.index(written_id)
            assert trace.marker.symbol[written] == "circle"
            assert "Not written out" not in trace.hovertext[written]
            return
    raise AssertionError("the inferred day was not drawn as a marker")
