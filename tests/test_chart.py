"""The timeline chart: precision shown as markers or bars, lanes, escaping, compact axis, WebGL, dates in words."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

import pandas as pd
import pytest
from conftest import event

from timeline import schema
from timeline.chart import OTHER_COLOR, WEBGL_THRESHOLD, article_colors, compact_breaks, hover_text, timeline_figure
from timeline.datewords import date_in_words


def _drawn_ids(figure) -> set[str]:
    return {i for trace in figure.data for i in (trace.customdata if trace.customdata is not None else []) if i}


def _lane_names(figure) -> list[str]:
    """The lane names on the y axis, without the colour square that lanes by article carry."""
    return [text.split("</span> ", 1)[-1] for text in figure.layout.yaxis.ticktext]


def _trace_of(figure, event_id: str):
    return next(t for t in figure.data if t.customdata is not None and event_id in list(t.customdata))


def test_days_are_markers_and_coarser_dates_are_bars(frame):
    figure = timeline_figure(frame)
    assert figure.layout.meta["markers"] == 2 and figure.layout.meta["bars"] == 5
    assert _trace_of(figure, "a:100").mode == "markers"
    bar = _trace_of(figure, "a:300")  # "Im Mai" -> May 2024: a segment from 1 to 31 May
    assert bar.mode.startswith("lines")
    xs = [x for x, i in zip(bar.x, bar.customdata) if i == "a:300"]
    assert xs[0].startswith("2024-05-01") and xs[-1].startswith("2024-05-31 23:59:59")


def test_undated_rows_stay_off_the_axis(frame):
    figure = timeline_figure(frame)
    assert "a:900" not in _drawn_ids(figure)  # the duration
    assert _drawn_ids(figure) == set(frame.loc[frame["date_start"].notna(), "event_id"])


def test_hover_is_escaped_and_complete(frame):
    figure = timeline_figure(frame)
    trace = _trace_of(figure, "b:10")
    text = trace.hovertext[list(trace.customdata).index("b:10")]
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;b&gt;late&lt;/b&gt;" in text and "&lt;i&gt;in&lt;/i&gt;" in text  # label and title literal
    assert "18 June 2024" in text and "June 18" in text and "he landed" in text
    for trace in figure.data:  # nothing raw anywhere Plotly renders text
        assert "<script" not in (trace.name or "")
    assert all("<script" not in a.text for a in figure.layout.annotations)
    assert all("<i>in" not in t for t in figure.layout.yaxis.ticktext)


def test_hover_words_for_each_precision(frame):
    assert "“Im Mai” → May 2024" in hover_text(frame[frame["event_id"] == "a:300"].iloc[0])
    assert "→ 1961" in hover_text(frame[frame["event_id"] == "a:700"].iloc[0])
    assert "→ 19 June 2024" in hover_text(frame[frame["event_id"] == "a:100"].iloc[0])


@pytest.mark.parametrize("value, words", [
    ("2024-05", "May 2024"), ("1961", "1961"), ("2024-06-19", "19 June 2024"), ("2024-06-19T14:30", "19 June 2024, 14:30"),
    ("2024-SU", "summer 2024"), ("2024-Q2", "Q2 2024"), ("199", "1990s"), ("19", "20th century"), ("P3Y", "3 years"),
    ("PRESENT_REF", "now"), ("XXXX-05", "May (date unknown)"), ("XXXX-WXX-2", "Tuesday (date unknown)"),
])
def test_dates_in_words(value, words):
    assert date_in_words(value) == words


def test_modifiers_in_words():
    assert date_in_words("2024-05", mod="START") == "early May 2024"
    assert date_in_words("1961", mod="APPROX") == "about 1961"


def test_lanes_by_article_type_and_actor(frame):
    by_article = timeline_figure(frame)
    ticks = _lane_names(by_article)
    assert by_article.layout.yaxis.ticktext[0].startswith('<span style="color:#1f77b4">■</span>')
    assert ticks[0] == "Putin besucht Nordkorea" and ticks[1].startswith("Putin lands &lt;i&gt;in&lt;/i&gt; Py")
    by_type = timeline_figure(frame, lane="type")
    assert list(by_type.layout.yaxis.ticktext) == ["DATE"]
    by_actor = timeline_figure(frame, lane="actor")
    assert set(by_actor.layout.yaxis.ticktext) == {"Kim Jong Un", "Putin", "Nordkorea", "(no actor named)"}
    # an event with two actors is drawn in both lanes
    assert sum(list(t.customdata).count("a:100") for t in by_actor.data if t.customdata is not None) == 2
    with pytest.raises(ValueError):
        timeline_figure(frame, lane="colour")


def test_one_colour_per_article_stable_under_filtering(frame):
    colors = article_colors(frame["doc_id"])
    assert colors["a"] != colors["b"]
    only_b = timeline_figure(frame[frame["doc_id"] == "b"], colors=colors)
    assert only_b.data[0].marker.color == colors["b"]


def test_compact_axis_gives_recent_events_room(frame):
    # 1961, July 2000 and 2023-2024: without breaks the recent cluster would be a sliver of a 64-year axis
    figure = timeline_figure(frame, compact=True)
    breaks = figure.layout.xaxis.rangebreaks
    assert len(breaks) == 2
    hidden = sum((datetime.fromisoformat(b.bounds[1]) - datetime.fromisoformat(b.bounds[0])).days for b in breaks)
    assert hidden > 55 * 365
    dated = frame[frame["date_start"].notna()]
    for start, end in zip(dated["date_start"], dated["date_end"]):  # no event is hidden inside a break
        for b in breaks:
            assert end < pd.Timestamp(b.bounds[0]) or start > pd.Timestamp(b.bounds[1])
    assert not timeline_figure(frame, compact=False).layout.xaxis.rangebreaks
    assert figure.layout.xaxis.tickvals  # own ticks: Plotly's ignore the breaks


def test_compact_breaks_leave_close_events_alone():
    days = [(datetime(2024, 6, d), datetime(2024, 6, d, 23, 59, 59)) for d in (1, 5, 19)]
    assert compact_breaks(days) == []
    assert compact_breaks([]) == []


def test_zoom_presets_and_set_margins(frame):
    figure = timeline_figure(frame)
    assert not figure.layout.xaxis.rangeslider.visible  # below a chart taller than the screen, out of sight
    assert figure.layout.xaxis.automargin is False and figure.layout.yaxis.automargin is False  # one layout pass
    shown = [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in figure.layout.yaxis.ticktext]
    assert figure.layout.margin.l >= 5 * max(len(text) for text in shown)  # room for the lane names (the browser
    # tests check that none is cut)
    assert {b.label for b in figure.layout.updatemenus[0].buttons} >= {"1m", "1y", "all"}


def test_crowded_labels_are_staggered_not_piled(frame):
    records = [event("c", 10 * i, f"{i}. Juni", f"2024-06-{i:02d}", f"Ereignis Nummer {i} mit langem Text")
               for i in range(1, 29)]
    figure = timeline_figure(schema.from_records(records))
    ys = [y for t in figure.data for y in t.y if y is not None]
    assert len(set(ys)) > 1  # sub-rows
    labels = [(a.x, a.y) for a in figure.layout.annotations if "Ereignis" in a.text and a.visible]
    assert len(labels) == len(set(labels))  # never two labels on one spot
    assert figure.layout.meta["hidden_labels"] + len(labels) == 28
    # a zoomed view places its own labels, each inside the view
    days = pd.date_range("2024-01-01", periods=150, freq="1D")  # more than a lane's MAX_SUBROWS hold
    records = [event("c", 10 * i, f"{day:%d.%m.}", f"{day:%Y-%m-%d}", f"Ereignis Nummer {i} mit langem Text")
               for i, day in enumerate(days)]
    figure = timeline_figure(schema.from_records(records))
    full = [a.visible for a in figure.layout.annotations]
    zoom = next(b.args[0] for b in figure.layout.updatemenus[0].buttons if b.label == "1m")
    low, high = zoom["xaxis.range"]
    for n in range(len(days)):  # every label a zoomed view shows belongs to an event in it
        if zoom[f"annotations[{n}].visible"]:
            assert low[:10] <= f"{days[n]:%Y-%m-%d}" <= high
    assert sum(zoom[f"annotations[{n}].visible"] for n in range(len(days))) > 0
    assert not all(full)  # the full view leaves some to the hover (the latest events keep theirs)


def test_many_events_use_webgl():
    records = [event("d", i, "x", f"{2000 + i % 20}-{i % 12 + 1:02d}-{i % 27 + 1:02d}", f"e{i}")
               for i in range(WEBGL_THRESHOLD + 10)]
    figure = timeline_figure(schema.from_records(records))
    assert figure.layout.meta["webgl"]
    assert any(t.type == "scattergl" for t in figure.data)
    assert not figure.layout.xaxis.rangebreaks  # Plotly hides WebGL traces on axes with breaks


def test_empty_and_undated_frames_give_a_message():
    assert timeline_figure(schema.empty_frame()).layout.meta["events"] == 0
    undated = schema.from_records([event("e", 5, "drei Jahre", "P3Y", "lange", timex_type="DURATION")])
    figure = timeline_figure(undated)
    assert figure.layout.meta["events"] == 0 and "No dated events" in figure.layout.annotations[0].text


def test_ancient_and_far_dates_fit():
    records = [event("f", 1, "im Jahr 800", "0800", "Krönung Karls"), event("f", 30, "2150", "2150", "Zukunft")]
    figure = timeline_figure(schema.from_records(records))
    assert figure.layout.meta["events"] == 2
    assert figure.layout.xaxis.range[0].startswith("07")


def test_opens_on_every_event_and_zooms_count_back_from_the_latest(frame):
    history = [event("h", 1000 + i, str(year), str(year), f"Ereignis {year}") for i, year in
               enumerate(range(1950, 2021, 5))]
    recent = [event("h", 2000 + i, f"{i + 1}. Juni", f"2024-06-{i + 1:02d}", f"Juni {i + 1}") for i in range(20)]
    figure = timeline_figure(schema.from_records(history + recent))
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    last = pd.Timestamp("2024-06-20 23:59:59")
    assert low < pd.Timestamp("1950") and last < high  # everything in view
    assert (high - last) / (high - low) < 0.03  # and the axis ends near the data (no room for labels)
    buttons = {b.label: b.args[0] for b in figure.layout.updatemenus[0].buttons}
    assert list(buttons) == ["1m", "6m", "1y", "10y", "all"]
    starts = pd.to_datetime([r["date_start"] for r in history + recent])
    for label, update in buttons.items():
        view_low, view_high = (pd.Timestamp(x) for x in update["xaxis.range"])
        assert (view_high - last) / (view_high - view_low) < 0.03, label
        assert ((starts >= pd.Timestamp(view_low)) & (starts <= pd.Timestamp(view_high))).any(), label
    assert buttons["1m"]["xaxis.range"][0].startswith("2024-05-20")


def test_zoom_buttons_that_would_show_everything_are_left_out(frame):
    june = [event("j", i, f"{i + 1}. Juni", f"2024-06-{i + 1:02d}", f"Juni {i + 1}") for i in range(10)]
    buttons = [b.label for b in timeline_figure(schema.from_records(june)).layout.updatemenus[0].buttons]
    assert buttons == ["all"]


def test_very_long_spans_are_clipped_not_stretching_the_axis():
    records = [event("k", i, f"{i + 1}. Juni", f"2024-06-{i + 1:02d}", f"Juni {i + 1}") for i in range(5)]
    records += [event("k", 100, "this century", "20", "a century of change"),
                event("k", 200, "im 19. Jahrhundert", "18", "Industrialisierung")]
    figure = timeline_figure(schema.from_records(records))
    low, high = figure.layout.xaxis.range
    assert high < "2024-07" and low > "1890"  # neither 2099 nor 1800 stretches the axis
    assert figure.layout.meta["clipped"] == 2
    arrows = [s for t in figure.data if isinstance(t.marker.symbol, tuple) for s in t.marker.symbol]
    assert {"triangle-left", "triangle-right"} <= set(arrows)


def test_twenty_articles_get_twenty_distinct_colours_and_the_rest_grey():
    colors = article_colors(f"doc{i}" for i in range(25))
    assert len(set(list(colors.values())[:20])) == 20
    assert set(list(colors.values())[20:]) == {OTHER_COLOR}
    records = [event(f"doc{i}", 1, "Mai 2024", "2024-05", f"E{i}", title=f"Artikel {i}") for i in range(22)]
    figure = timeline_figure(schema.from_records(records))
    assert figure.layout.meta["grey_articles"] == 2


def test_ticks_do_not_overlap_at_the_designed_width(frame):
    from timeline.chart import PLOT_WIDTH_PX, TICK_CHAR_PX, axis_ticks

    records = [event("t", i, str(year), str(year), f"E{year}") for i, year in enumerate((1961, 1975, 2000))]
    records += [event("t", 100 + i, f"{i + 1}. Mai", f"2024-05-{i + 1:02d}", f"Mai {i + 1}") for i in range(20)]
    figure = timeline_figure(schema.from_records(records))
    breaks = [tuple(datetime.fromisoformat(x) for x in b.bounds) for b in figure.layout.xaxis.rangebreaks]
    assert len(breaks) == 3
    for year in ("1961", "1975", "2000", "2024"):  # every stretch of the compact axis is dated
        assert any(text.endswith(year) for text in figure.layout.xaxis.ticktext), year
    assert any("yrs ⋯" in text for text in figure.layout.xaxis.ticktext)
    from timeline.chart import Break, _visible_position

    low, high = (datetime.fromisoformat(x) for x in figure.layout.xaxis.range)
    hidden = [Break(*b) for b in breaks]
    ticks = axis_ticks(low, high, hidden)
    total = _visible_position(high, low, hidden)
    boxes = sorted((_visible_position(t, low, hidden) / total * PLOT_WIDTH_PX, len(text) * TICK_CHAR_PX / 2)
                   for t, text in ticks)
    for (x1, h1), (x2, h2) in zip(boxes, boxes[1:]):
        assert x1 + h1 <= x2 - h2


def test_many_lanes_gather_the_least_busy_ones():
    records = [event(f"doc{i:02d}", 1, "Mai 2024", "2024-05", f"E{i}", title=f"Artikel {i}") for i in range(40)]
    records += [event("doc00", 50 + i, "Juni 2024", f"2024-06-{i + 1:02d}", f"F{i}", title="Artikel 0") for i in range(3)]
    figure = timeline_figure(schema.from_records(records))
    ticks = _lane_names(figure)
    assert len(ticks) == 25 and ticks[0] == "Artikel 0" and ticks[-1] == "(16 other articles)"
    assert figure.layout.meta["events"] == 43


def test_recurring_values_in_words():
    assert date_in_words("XXXX-WXX-2", "set") == "every Tuesday"
    assert date_in_words("P1W", "set") == "every week"
    assert date_in_words("P4Y", "set") == "every 4 years"
    assert date_in_words("XXXX-XX-XXTMO", "set") == "every morning"


def test_lanes_below_the_first_screen_grow_and_the_first_four_share_it():
    from timeline.chart import FIRST_SCREEN_LANES, FIRST_SCREEN_ROWS, FIRST_SCREEN_TAIL

    records = [event(doc, 10 * i, f"{i}. Juni", f"2024-06-{i:02d}", f"Ereignis {doc}{i} mit einem langen Text",
                     title=f"Artikel {doc}") for doc in "abcdef" for i in range(1, 13)]
    frame = schema.from_records(records)
    figure = timeline_figure(frame)
    tops = [-top for top in figure.layout.yaxis.tickvals]
    assert len(tops) == 6
    # four dense lanes on the first screen, the fourth with two rows in sight
    assert tops[FIRST_SCREEN_LANES - 1] + FIRST_SCREEN_TAIL <= FIRST_SCREEN_ROWS

    def shown(figure) -> list[str]:
        return [a.text.split()[1] for a in figure.layout.annotations if a.text.startswith("Ereignis") and a.visible]

    for doc in "def":  # the fourth lane and those further down take the rows their labels need
        assert sum(label.startswith(doc) for label in shown(figure)) == 12
    for doc in "abc":  # above it, crowded lanes keep some labels each
        assert 0 < sum(label.startswith(doc) for label in shown(figure)) < 12
    grown = timeline_figure(frame, grow=True)  # every label asked for: every lane grows
    assert len(shown(grown)) == len(records) and grown.layout.meta["hidden_labels"] == 0
    assert grown.layout.height > figure.layout.height


def test_a_long_history_grows_instead_of_hiding_its_labels():
    """One lane of 120 events in four years (a war's history): it takes the rows its labels need, up to
    MAX_SUBROWS, instead of a strip of a dozen rows."""
    from timeline.chart import MAX_SUBROWS, ROW_PX

    days = pd.date_range("1914-07-28", "1918-11-11", periods=120)
    records = [event("w", 10 * i, f"{day:%d.%m.%Y}", f"{day:%Y-%m-%d}", f"Schlacht Nummer {i} an der Front")
               for i, day in enumerate(days)]
    figure = timeline_figure(schema.from_records(records))
    labelled = sum(1 for a in figure.layout.annotations if a.visible)
    assert figure.layout.height >= ROW_PX * MAX_SUBROWS * 0.9 or figure.layout.meta["hidden_labels"] == 0
    assert labelled > len(records) / 2


def test_a_lone_event_between_breaks_keeps_a_tenth_of_the_axis():
    spans = [(datetime(1961, 1, 1), datetime(1961, 12, 31))]
    spans += [(datetime(year, 1, 1), datetime(year, 12, 31)) for year in range(1990, 2025, 2)]
    spans += [(datetime(1711, 12, 25), datetime(1711, 12, 25, 23))]
    breaks = compact_breaks(spans)
    assert len(breaks) == 2
    shown = (datetime(2024, 12, 31) - datetime(1711, 12, 25)) - sum((b.end - b.start for b in breaks), timedelta())
    lone = [breaks[1].start - breaks[0].end]  # the stretch kept around 1961, between the two breaks
    assert lone[0] >= 0.08 * shown  # a tenth of the axis before the pads around the other stretches
    assert breaks[0].start > datetime(1711, 12, 25, 23) and breaks[1].end < datetime(1990, 1, 1)
