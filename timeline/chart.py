"""The timeline chart: dated events at their real precision, one lane per article (or type, or actor).

A day or a time is a marker; a month, season, quarter, year, decade or century is a bar from `date_start` to
`date_end`. Rows without a date (durations, sets, vague or unresolved references) are left off the axis.
All text that reaches Plotly goes through `plotly_literal`: Plotly renders hover, label, legend and tick text as
(a subset of) HTML.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .datewords import date_in_words
from .safe_text import plotly_literal

Lane = Literal["doc_id", "type", "actor"]
LANES: dict[str, str] = {"doc_id": "Article", "type": "Type", "actor": "Actor"}

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939",
)
POINT_SPAN = timedelta(days=1, seconds=1)  # intervals up to a day are drawn as a marker
WEBGL_THRESHOLD = 1500  # more dated events than this: WebGL (Scattergl); Plotly cannot combine it with rangebreaks
LABEL_LIMIT = 400  # more dated events than this: labels on hover only
LABEL_CHARS = 36
MAX_SUBROWS = 7
NO_ACTOR = "(no actor named)"
MAX_LANES = 25  # more lanes than this: the least busy ones are gathered in a last lane
OTHER_LANE = "\x00other"

# Collapse an empty stretch when it is longer than this share of the axis left after earlier collapses.
GAP_SHARE = 0.15
MIN_GAP = timedelta(days=120)
PAD_SHARE = 0.03

# Assumed plot width, to estimate how much of the axis a label takes (only used to stagger labels).
PLOT_WIDTH_PX = 720
CHAR_PX = 6.5
BAR_POINTS = 9
BAR_POINTS_WEBGL = 3  # with thousands of bars, fewer hover points keep zooming fast
BAR_WIDTH_PX = 9


@dataclass(frozen=True)
class Break:
    """An empty stretch of time hidden from the axis."""

    start: datetime
    end: datetime

    @property
    def years(self) -> float:
        return (self.end - self.start).days / 365.25


def article_colors(doc_ids: Iterable[str]) -> dict[str, str]:
    """A stable colour per article, in order of first appearance (cycles after the palette)."""
    colors: dict[str, str] = {}
    for doc_id in doc_ids:
        if doc_id not in colors:
            colors[doc_id] = PALETTE[len(colors) % len(PALETTE)]
    return colors


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrapped(text: str, width: int = 72, limit: int = 360) -> str:
    return "<br>".join(plotly_literal(line) for line in textwrap.wrap(_shorten(text, limit), width)) or ""


def hover_text(row: Mapping[str, Any], titles: dict[str, str] | None = None) -> str:
    """The escaped hover label: label, expression as written -> date in words, article title, sentence, and
    the other articles reporting the event (merged rows; `titles` names them by doc_id)."""
    when = date_in_words(row["value"], row["granularity"], row["mod"])
    title = row["title"] or row["doc_id"]
    lines = [
        f"<b>{_wrapped(row['label'] or row['expression'], 60, 160)}</b>",
        f"“{plotly_literal(_shorten(row['expression'], 80))}” → {plotly_literal(when)}",
        f"<i>{plotly_literal(_shorten(title, 90))}</i>",
    ]
    others = [source for source in (row["sources"] or []) if source != row["doc_id"]]
    if others:
        names = ", ".join(_shorten((titles or {}).get(source, source), 50) for source in others)
        lines.append(f"Also reported by: {plotly_literal(names)}")
    if row.get("inferred"):
        lines.append(f"<i>Not written out: {plotly_literal(row['inferred'])}</i>")
    if row["sentence"]:
        lines.append(_wrapped(row["sentence"]))
    return "<br>".join(lines)


def compact_breaks(intervals: Iterable[tuple[datetime, datetime]]) -> list[Break]:
    """Empty stretches to hide so that clusters of events far apart in time each get readable room."""
    spans = sorted((start, max(start, end)) for start, end in intervals)
    if len(spans) < 2:
        return []
    clusters = [list(spans[0])]
    for start, end in spans[1:]:
        if start <= clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], end)
        else:
            clusters.append([start, end])
    gaps = sorted(((clusters[i][1], clusters[i + 1][0]) for i in range(len(clusters) - 1)), key=lambda g: g[0] - g[1])
    visible = clusters[-1][1] - clusters[0][0]
    collapsed = []
    for start, end in gaps:  # longest first
        if end - start < max(MIN_GAP, GAP_SHARE * visible):
            break
        collapsed.append((start, end))
        visible -= end - start
    pad = max(PAD_SHARE * visible, timedelta(days=1))
    breaks = []
    for start, end in sorted(collapsed):
        room = min(pad, (end - start) / 3)
        breaks.append(Break(start + room, end - room))
    return breaks


def _visible_position(moment: datetime, origin: datetime, breaks: list[Break]) -> float:
    """Seconds from `origin` along the axis once `breaks` are hidden."""
    seconds = (moment - origin).total_seconds()
    for item in breaks:
        if moment >= item.end:
            seconds -= (item.end - item.start).total_seconds()
        elif moment > item.start:
            seconds -= (moment - item.start).total_seconds()
    return seconds


def _iso(moment: datetime) -> str:
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
            f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}")


# Tick steps for a compact axis, in months (Plotly's automatic ticks ignore how rangebreaks split the axis).
TICK_STEPS_MONTHS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200)
TICKS_PER_AXIS = 14


def _segment_ticks(start: datetime, end: datetime, most: int) -> list[tuple[datetime, str]]:
    """Round ticks inside [start, end]: at most `most` of them, the finest month step that allows it."""
    months = (end.year - start.year) * 12 + end.month - start.month
    step = next((m for m in TICK_STEPS_MONTHS if months / m <= most), TICK_STEPS_MONTHS[-1])
    index = start.year * 12 + start.month - 1
    index += -index % step
    ticks = []
    while True:
        moment = datetime(index // 12, index % 12 + 1, 1)
        if moment > end:
            break
        if moment >= start:
            ticks.append((moment, str(moment.year) if step % 12 == 0 else f"{moment:%b} {moment.year}"))
        index += step
    if not ticks:  # a short stretch between two breaks still gets its date
        middle = start + (end - start) / 2
        ticks.append((middle, f"{middle:%b} {middle.year}" if months < 24 else str(middle.year)))
    return ticks


def compact_ticks(first: datetime, last: datetime, breaks: list[Break]) -> list[tuple[datetime, str]]:
    """Tick positions and texts for each visible stretch of a compact axis, in proportion to its width."""
    edges = [first] + [moment for item in breaks for moment in (item.start, item.end)] + [last]
    segments = list(zip(edges[::2], edges[1::2]))
    total = sum((end - start).total_seconds() for start, end in segments) or 1.0
    ticks = []
    for start, end in segments:
        share = (end - start).total_seconds() / total
        ticks += _segment_ticks(start, end, max(1, int(TICKS_PER_AXIS * share)))
    return ticks


def _lane_rows(frame: pd.DataFrame, lane: str) -> pd.DataFrame:
    """One row per (event, lane): the actor view repeats an event under each of its actors."""
    if lane == "actor":
        rows = frame.assign(lane_key=[list(a) if len(a) else [NO_ACTOR] for a in frame["actors"]])
        rows = rows.explode("lane_key")
        rows["lane_name"] = rows["lane_key"]
    elif lane == "type":
        rows = frame.assign(lane_key=frame["type"].where(frame["type"] != "", "(none)"))
        rows["lane_name"] = rows["lane_key"]
    else:
        rows = frame.assign(lane_key=frame["doc_id"])
        rows["lane_name"] = [title or doc for title, doc in zip(frame["title"], frame["doc_id"])]
    rows = rows.reset_index(drop=True)
    counts = rows["lane_key"].value_counts(sort=True)
    if len(counts) > MAX_LANES:  # the busiest lanes keep their own row; the rest share one
        kept = set(counts.index[: MAX_LANES - 1])
        kind = "actors" if lane == "actor" else "articles" if lane == "doc_id" else "types"
        other = f"({len(counts) - len(kept)} other {kind})"
        rest = ~rows["lane_key"].isin(kept)
        rows.loc[rest, "lane_key"] = OTHER_LANE
        rows.loc[rest, "lane_name"] = other
        first = [key for key in dict.fromkeys(rows["lane_key"]) if key != OTHER_LANE]
        order = {key: i for i, key in enumerate(first + [OTHER_LANE])}
        rows = rows.iloc[rows["lane_key"].map(order).argsort(kind="stable")]
        rows = rows.reset_index(drop=True)
    return rows


def _stagger(
    rows: pd.DataFrame, origin: datetime, breaks: list[Break], show_labels: bool, shown_span: float | None = None
) -> pd.DataFrame:
    """Give each row a sub-row inside its lane so that markers, bars and labels do not pile up.

    Rows that find no free sub-row go to one extra overflow row, without label (hover shows it), so that a
    marker never covers a label. `shown_span`: the visible axis length (seconds) when the view is zoomed in.
    """
    starts = [_visible_position(s, origin, breaks) for s in rows["start_dt"]]
    ends = [_visible_position(e, origin, breaks) for e in rows["end_dt"]]
    axis = shown_span or max(max(ends) - min(starts), 1.0)
    per_char = axis * CHAR_PX / PLOT_WIDTH_PX
    rows = rows.assign(vis_start=starts, vis_end=ends)
    subrow = [0] * len(rows)
    labelled = [False] * len(rows)
    reach = list(ends)  # where the row's drawing ends, label included
    label_lengths = [len(label) for label in rows["short_label"]]
    for _, lane in rows.groupby("lane_key", sort=False):
        free_at: list[float] = []
        for index in lane.sort_values(["vis_start", "vis_end"]).index:  # positions: rows has a RangeIndex
            start = starts[index]
            end = max(ends[index], start + 12 * per_char)  # a marker itself takes some room
            label_end = end + (label_lengths[index] + 2) * per_char
            slot = next((i for i, free in enumerate(free_at) if free <= start), None)
            if slot is None and len(free_at) < MAX_SUBROWS:
                free_at.append(0.0)
                slot = len(free_at) - 1
            if slot is None:  # crowded: the overflow row, label left to the hover
                slot = MAX_SUBROWS
            else:
                labelled[index] = show_labels
                free_at[slot] = label_end if show_labels else end
                reach[index] = free_at[slot]
            subrow[index] = slot
    return rows.assign(subrow=subrow, labelled=labelled, reach=reach)


FOCUS_BEFORE = timedelta(days=730)
FOCUS_AFTER = timedelta(days=120)
FOCUS_MIN_EVENTS = 0.5  # share of events the window must hold
FOCUS_MAX_SPAN = 0.25  # share of the axis the window may take at most (else zooming does not help)


def _focus_window(dated: pd.DataFrame, origin: datetime, breaks: list[Break]) -> tuple[datetime, datetime] | None:
    """The articles' own period, when it holds most events but only a small part of the axis."""
    dcts = dated["dct"].dropna()
    if dcts.empty:
        return None
    low = pd.Timestamp(dcts.min()).to_pydatetime() - FOCUS_BEFORE
    high = pd.Timestamp(dcts.max()).to_pydatetime() + FOCUS_AFTER
    inside = (dated["end_dt"] >= low) & (dated["start_dt"] <= high)
    if inside.mean() < FOCUS_MIN_EVENTS:
        return None
    low, high = max(low, min(dated.loc[inside, "start_dt"])), min(high, max(dated.loc[inside, "end_dt"]))
    ends = [_visible_position(e, origin, breaks) for e in dated["end_dt"]]
    total = max(ends) - _visible_position(min(dated["start_dt"]), origin, breaks)
    span = _visible_position(high, origin, breaks) - _visible_position(low, origin, breaks)
    if total <= 0 or span > FOCUS_MAX_SPAN * total:
        return None
    return low, high


def _empty_figure(message: str) -> go.Figure:
    figure = go.Figure()
    figure.add_annotation(text=plotly_literal(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                          font_size=15)
    figure.update_layout(height=260, xaxis_visible=False, yaxis_visible=False, meta={"events": 0, "webgl": False})
    return figure


def timeline_figure(
    frame: pd.DataFrame,
    lane: Lane = "doc_id",
    compact: bool = True,
    colors: dict[str, str] | None = None,
    focus: bool = True,
    titles: dict[str, str] | None = None,
) -> go.Figure:
    """The interactive timeline of the events frame's dated rows (undated rows are not drawn).

    Every drawn point carries its `event_id` as customdata, so a selection maps back to frame rows.
    `layout.meta` reports what was drawn: events, bars, markers, webgl, breaks (ISO pairs), hidden_labels,
    focus (the initial zoom, ISO pair, or None). With `focus`, when most events fall in the articles' own
    period (publication dates and the two years before) and that period is a small part of the axis, the
    chart opens zoomed on it; the range slider and the "all" button show everything. Events several articles
    report (merged rows, see `timeline.merge`) get a larger marker with a dark ring; `titles` (doc_id -> title)
    names those articles in the hover.
    """
    if lane not in LANES:
        raise ValueError(f"lane must be one of {', '.join(LANES)}, got {lane!r}")
    if "year_start" in frame and (frame["date_start"].isna() & frame["year_start"].notna()).any():
        from .chart_years import years_figure  # years before Christ: a year axis (chart_years imports this module)

        return years_figure(frame, colors, titles)
    dated = frame[frame["date_start"].notna()].copy()
    if dated.empty:
        return _empty_figure("No dated events to show")
    colors = colors or article_colors(frame["doc_id"])
    missing = article_colors(d for d in dated["doc_id"] if d not in colors)
    colors = {**colors, **{d: PALETTE[(len(colors) + i) % len(PALETTE)] for i, d in enumerate(missing)}}

    dated["start_dt"] = [pd.Timestamp(v).to_pydatetime() for v in dated["date_start"]]
    dated["end_dt"] = [
        pd.Timestamp(e).to_pydatetime() if pd.notna(e) else s for s, e in zip(dated["start_dt"], dated["date_end"])
    ]
    dated["is_point"] = [(e - s) <= POINT_SPAN for s, e in zip(dated["start_dt"], dated["end_dt"])]
    dated["short_label"] = [
        _shorten(label or expr, LABEL_CHARS) for label, expr in zip(dated["label"], dated["expression"])
    ]
    hover_columns = ["value", "granularity", "mod", "title", "doc_id", "label", "expression", "sources", "sentence",
                     "inferred"]
    dated["hover"] = [hover_text(row, titles) for row in dated[hover_columns].to_dict(orient="records")]
    dated["reports"] = [len(sources or []) for sources in dated["sources"]]

    markers = int(dated["is_point"].sum())
    webgl = len(dated) > WEBGL_THRESHOLD
    breaks = compact_breaks(zip(dated["start_dt"], dated["end_dt"])) if compact and not webgl else []
    show_labels = len(dated) <= LABEL_LIMIT

    rows = _lane_rows(dated, lane)
    origin = min(rows["start_dt"])
    window = _focus_window(dated, origin, breaks) if focus else None
    shown_span = None
    if window is not None:
        shown_span = _visible_position(window[1], origin, breaks) - _visible_position(window[0], origin, breaks)
    rows = _stagger(rows, origin, breaks, show_labels, shown_span)

    # Lanes top to bottom in order of first appearance; each lane is as tall as its sub-rows.
    lane_order = list(dict.fromkeys(rows["lane_key"]))
    heights = rows.groupby("lane_key")["subrow"].max().to_dict()
    lane_top: dict[str, float] = {}
    cursor = 0.0
    for key in lane_order:
        lane_top[key] = cursor
        cursor += heights[key] + 1 + 0.6
    rows["y"] = [-(lane_top[key] + sub * 1.0) for key, sub in zip(rows["lane_key"], rows["subrow"])]
    lane_names = rows.drop_duplicates("lane_key").set_index("lane_key")["lane_name"].to_dict()

    figure = go.Figure()
    scatter = go.Scattergl if webgl else go.Scatter
    for doc_id in dict.fromkeys(rows["doc_id"]):
        mine = rows[rows["doc_id"] == doc_id]
        name = plotly_literal(_shorten(mine["title"].iloc[0] or doc_id, 40))
        color = colors[doc_id]
        bars = mine[~mine["is_point"]]
        points = mine[mine["is_point"]]
        if len(bars):
            # Bars are thick line segments: Plotly's Bar with a date base is not drawn on an axis with
            # rangebreaks. Several points along each segment make the whole bar hoverable and clickable.
            xs, ys, texts, ids = [], [], [], []
            count = BAR_POINTS_WEBGL if webgl else BAR_POINTS
            for start, end, y, hover, event_id in zip(
                bars["start_dt"], bars["end_dt"], bars["y"], bars["hover"], bars["event_id"]
            ):
                step = (end - start) / (count - 1)
                xs += [_iso(start + step * i) for i in range(count)] + [None]
                ys += [y] * count + [None]
                texts += [hover] * count + [None]
                ids += [event_id] * count + [None]
            figure.add_trace(
                scatter(
                    # numpy arrays pass Plotly's validation at once; long lists are checked item by item
                    x=np.array(xs, dtype=object), y=np.array(ys, dtype=float), mode="lines+markers", connectgaps=False,
                    line={"color": color, "width": BAR_WIDTH_PX},
                    marker={"color": color, "size": BAR_WIDTH_PX, "opacity": 0},
                    opacity=0.6,
                    customdata=np.array(ids, dtype=object), hovertext=np.array(texts, dtype=object), hoverinfo="text",
                    name=name, legendgroup=doc_id, showlegend=True,
                )
            )
        if len(points):
            figure.add_trace(
                scatter(
                    x=np.array([_iso(s + (e - s) / 2) for s, e in zip(points["start_dt"], points["end_dt"])],
                               dtype=object),
                    y=points["y"].to_numpy(dtype=float),
                    mode="markers",
                    marker={"color": color, "size": np.where(points["reports"] < 2, 10, 14),
                            "line": {"color": np.where(points["reports"] < 2, "white", "#222").astype(object),
                                     "width": 1.5},
                            # an open diamond: the date was partly inferred (the hover says what)
                            "symbol": np.where(points["inferred"] != "", "diamond-open",
                                               np.where(points["mod"] != "", "circle-open", "circle")).astype(object)},
                    customdata=points["event_id"].to_numpy(dtype=object),
                    hovertext=points["hover"].to_numpy(dtype=object),
                    hoverinfo="text",
                    name=name,
                    legendgroup=doc_id,
                    showlegend=len(bars) == 0,
                )
            )
    # Labels are annotations, not text traces: the range slider would repeat trace text in miniature.
    labels = [
        {"x": _iso(end if not point else start + (end - start) / 2), "y": y, "xref": "x", "yref": "y",
         "text": plotly_literal(label), "showarrow": False, "xanchor": "left", "xshift": 9,
         "font": {"size": 12, "color": "#333"}}
        for start, end, point, y, label, shown in zip(
            rows["start_dt"], rows["end_dt"], rows["is_point"], rows["y"], rows["short_label"], rows["labelled"]
        )
        if shown
    ]

    # Alternate lane shading and lane names on the y axis.
    shapes = []
    for number, key in enumerate(lane_order):
        top, bottom = -lane_top[key] + 0.8, -(lane_top[key] + heights[key]) - 0.8
        if number % 2 == 0:
            shapes.append({"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "y0": bottom, "y1": top,
                           "fillcolor": "rgba(120,120,120,0.07)", "line": {"width": 0}, "layer": "below"})
    annotations = labels
    for item in breaks:  # a dashed line where time is left out, with how much
        shapes.append({"type": "line", "xref": "x", "yref": "paper", "x0": _iso(item.start), "x1": _iso(item.start),
                       "y0": 0, "y1": 1, "line": {"color": "#999", "width": 1, "dash": "dot"}})
        gap = f"{item.years:.0f} years" if item.years >= 2 else f"{(item.end - item.start).days // 30} months"
        annotations.append({"x": _iso(item.start), "y": 1, "xref": "x", "yref": "paper", "yanchor": "bottom",
                            "text": f"⋯ {gap} omitted ⋯", "showarrow": False, "font": {"size": 10, "color": "#777"}})

    total_rows = cursor
    height = int(min(2600, max(340, 150 + 23 * total_rows)))
    first, last = min(rows["start_dt"]), max(rows["end_dt"])
    visible = max(rows["vis_end"]) - min(rows["vis_start"])
    margin = timedelta(seconds=max(visible * 0.02, 86400 * 2))
    label_room = timedelta(seconds=max(0.0, max(rows["reach"]) - max(rows["vis_end"])))  # after the last break
    full_range = [_iso(first - margin), _iso(last + margin + label_room)]
    x_range = full_range
    if window is not None:
        window_end = _visible_position(window[1], origin, breaks)
        inside = rows[rows["start_dt"] <= window[1]]
        room = timedelta(seconds=max(0.0, max(inside["reach"]) - window_end))
        pad = timedelta(seconds=(shown_span or 0.0) * 0.02)
        x_range = [_iso(window[0] - pad), _iso(window[1] + pad + room)]
    figure.update_layout(
        height=height,
        margin={"l": 10, "r": 20, "t": 40, "b": 10},
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 13, "color": "#222"}},
        dragmode="zoom",
        barmode="overlay",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.06, "x": 0, "title": {"text": "Articles: "}},
        shapes=shapes,
        annotations=annotations,
        meta={
            "events": int(len(dated)),
            "markers": markers,
            "bars": int(len(dated) - markers),
            "webgl": webgl,
            "breaks": [[_iso(b.start), _iso(b.end)] for b in breaks],
            "hidden_labels": int((~rows["labelled"]).sum()),
            "focus": [_iso(window[0]), _iso(window[1])] if window else None,
        },
        plot_bgcolor="white",
    )
    if breaks:
        ticks = compact_ticks(first - margin, last + margin + label_room, breaks)
        if window is not None:  # the opening view gets ticks of its own
            ticks = [t for t in ticks if not window[0] <= t[0] <= window[1]]
            ticks += _segment_ticks(window[0], window[1], TICKS_PER_AXIS)
        figure.update_xaxes(tickvals=[_iso(t) for t, _ in ticks], ticktext=[text for _, text in ticks])
    figure.update_xaxes(
        type="date",
        side="top",  # the dates stay in sight above a tall chart; the range slider stays below it
        range=x_range,
        rangebreaks=[{"bounds": [_iso(b.start), _iso(b.end)]} for b in breaks],
        rangeslider={"visible": True, "thickness": 0.07, "range": full_range},
        rangeselector={
            "buttons": [
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                {"count": 10, "label": "10y", "step": "year", "stepmode": "backward"},
                {"step": "all", "label": "all"},
            ],
            "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom",
        },
        showgrid=True,
        gridcolor="rgba(0,0,0,0.08)",
        showline=True,
        linecolor="#bbb",
    )
    figure.update_yaxes(
        tickvals=[-lane_top[key] for key in lane_order],
        ticktext=[plotly_literal(_shorten(str(lane_names[key]), 28)) for key in lane_order],
        range=[-(total_rows - 0.6) + 0.2, 1.0],
        fixedrange=True,
        showgrid=False,
        zeroline=False,
        title=None,
    )
    return figure
