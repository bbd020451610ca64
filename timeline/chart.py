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
from functools import partial
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .datewords import date_in_words
from .safe_text import plotly_literal

Lane = Literal["doc_id", "type", "actor"]
LANES: dict[str, str] = {"doc_id": "Article", "type": "Type", "actor": "Actor"}

# Twenty colours told apart at a glance (D3's ten, then darker and lighter hues of other families); articles
# beyond them share OTHER_COLOR, and the chart says so.
PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#222222",
    "#393b79", "#637939", "#e7ba52", "#843c39", "#7b4173", "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#00796b",
)
OTHER_COLOR = "#a0a0a0"
POINT_SPAN = timedelta(days=1, seconds=1)  # intervals up to a day are drawn as a marker
WEBGL_THRESHOLD = 1500  # more dated events than this: WebGL (Scattergl); Plotly cannot combine it with rangebreaks
LABEL_LIMIT = 400  # more dated events than this: labels on hover only
GROWN_LABEL_LIMIT = 1000  # the same, with every label asked for (`grow`)
LABEL_CHARS = 30
MAX_SUBROWS = 40  # a dense lane grows to this many rows (720 px) before labels are left to the hover
GROWN_SUBROWS = 150  # with every label asked for (`grow`), a lane grows to this many
# Rows of events the first screen of a 1280x800 window holds below the page's header: with many lanes, the lanes
# above the last of the first FIRST_SCREEN_LANES share them, so that it starts on the first screen with
# room for FIRST_SCREEN_TAIL of its rows; it, and the lanes below it, grow (the page scrolls).
FIRST_SCREEN_ROWS = 22
FIRST_SCREEN_LANES = 4
FIRST_SCREEN_TAIL = 4
LANE_GAP_ROWS = 0.6
NO_ACTOR = "(no actor named)"
MAX_LANES = 25  # more lanes than this: the least busy ones are gathered in a last lane
OTHER_LANE = "\x00other"

# Collapse an empty stretch when it is longer than this share of the axis left after earlier collapses.
GAP_SHARE = 0.15
MIN_GAP = timedelta(days=120)
PAD_SHARE = 0.03
MIN_STRETCH_SHARE = 0.1

# The plot width the layout is made for: the plot area of a 1280 px wide window with the sidebar open. Labels
# and ticks that do not overlap there have more room on wider screens.
PLOT_WIDTH_PX = 600
CHAR_PX = 5.8  # mean width of a 12 px label character in Plotly's font (measured 5.1 on news text), with a margin
TICK_CHAR_PX = 7.0
TICK_GAP_PX = 16
EDGE_PX = 14  # room left at each end of the axis, so that the first and last markers are whole
ROW_PX = 18  # height of one row of events
# A bar this long and longer than LONG_SHARE of the other events' period ("this century", "seit Jahrzehnten")
# is clipped to that period, with an arrow where it goes on, instead of stretching the axis.
LONG_SPAN = timedelta(days=8 * 365)
LONG_SHARE = 0.5
STUB = timedelta(days=365)  # how much of a long bar lying wholly outside the period is drawn
ZOOMS = (("1m", 1), ("6m", 6), ("1y", 12), ("10y", 120))  # zoom buttons: months back from the latest event
BAR_POINTS = 9
BAR_POINTS_WEBGL = 3  # with thousands of bars, fewer hover points keep zooming fast
BAR_WIDTH_PX = 9
CHART_COLUMNS = ("event_id", "doc_id", "title", "dct", "expression", "type", "value", "mod", "granularity",
                 "date_start", "date_end", "label", "sentence", "actors", "sources", "inferred")


@dataclass(frozen=True)
class Break:
    """An empty stretch of time hidden from the axis."""

    start: datetime
    end: datetime

    @property
    def years(self) -> float:
        return (self.end - self.start).days / 365.25


def article_colors(doc_ids: Iterable[str]) -> dict[str, str]:
    """A stable colour per article, in order of first appearance; after the palette's twenty, OTHER_COLOR."""
    colors: dict[str, str] = {}
    for doc_id in doc_ids:
        if doc_id not in colors:
            colors[doc_id] = PALETTE[len(colors)] if len(colors) < len(PALETTE) else OTHER_COLOR
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
    # A short cluster between two breaks (one treaty in 1961) widens to MIN_STRETCH_SHARE of the axis, so that
    # its stretch has room for a date of its own beside its neighbours'.
    length = {edge: cluster[1] - cluster[0] for cluster in clusters for edge in cluster}
    breaks = []
    for start, end in sorted(collapsed):
        before, after = (max(pad, (MIN_STRETCH_SHARE * visible - length[edge]) / 2) for edge in (start, end))
        breaks.append(Break(start + min(before, (end - start) / 3), end - min(after, (end - start) / 3)))
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


# Tick steps, in months: the axis gets its own ticks (Plotly's automatic ones ignore how rangebreaks split it).
TICK_STEPS_MONTHS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200)


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


def _segments(low: datetime, high: datetime, breaks: list[Break]) -> list[tuple[datetime, datetime]]:
    """The stretches of [low, high] that stay visible once `breaks` are hidden."""
    segments, cursor = [], low
    for item in breaks:
        if item.end <= cursor or item.start >= high:
            continue
        if item.start > cursor:
            segments.append((cursor, item.start))
        cursor = max(cursor, item.end)
    if cursor < high:
        segments.append((cursor, high))
    return segments


def _gap_words(item: Break) -> str:
    years = item.years
    return f"{years:.0f} yrs" if years >= 2 else f"{max(1, (item.end - item.start).days // 30)} mo"


def axis_ticks(low: datetime, high: datetime, breaks: list[Break], width_px: float = PLOT_WIDTH_PX
               ) -> list[tuple[datetime, str]]:
    """Ticks for the view [low, high] of an axis with `breaks` hidden, none overlapping at `width_px`: first
    one date per visible stretch, then a "⋯ 39 yrs ⋯" mark at each break, then as many round dates as fit."""
    segments = _segments(low, high, breaks)
    total = sum((end - start).total_seconds() for start, end in segments) or 1.0

    def pixel(moment: datetime) -> float:
        return (_visible_position(moment, low, breaks) - _visible_position(low, low, breaks)) / total * width_px

    first, rest = [], []
    slot = 10 * TICK_CHAR_PX + TICK_GAP_PX
    for start, end in segments:
        share = (end - start).total_seconds() / total
        ticks = _segment_ticks(start, end, max(1, int(share * width_px / slot)))
        middle = start + (end - start) / 2
        best = min(ticks, key=lambda tick: abs(tick[0] - middle))
        if abs(best[0] - middle) > (end - start) / 4:  # a round date near the stretch's edge collides with the next
            months = (end.year - start.year) * 12 + end.month - start.month
            best = (middle, f"{middle:%b} {middle.year}" if months < 24 else str(middle.year))
        first.append(best)
        rest += [tick for tick in ticks if tick != best]
    marks = [(item.start - timedelta(seconds=1), f"⋯ {_gap_words(item)} ⋯") for item in breaks
             if low < item.start < high]
    placed: list[tuple[float, float, datetime, str]] = []
    for moment, text in first + marks + rest:
        at = pixel(moment)
        half = (len(text) * TICK_CHAR_PX + TICK_GAP_PX) / 2
        if at - half < -TICK_GAP_PX or at + half > width_px + TICK_GAP_PX:
            if (moment, text) not in first:
                continue
        if all(at + half <= left or at - half >= right for left, right, _, _ in placed):
            placed.append((at - half, at + half, moment, text))
    return sorted(((moment, text) for _, _, moment, text in placed), key=lambda tick: tick[0])


def clip_long_spans(starts: list[datetime], ends: list[datetime]
                    ) -> tuple[list[datetime], list[datetime], list[bool], list[bool]]:
    """Start, end, cut-at-start and cut-at-end of each interval once bars much longer than the other events'
    period are clipped to it (see LONG_SPAN); a long bar wholly outside it keeps a STUB next to it."""
    spans = [end - start for start, end in zip(starts, ends)]
    core = [i for i, span in enumerate(spans) if span < LONG_SPAN]
    cut_start, cut_end = [False] * len(starts), [False] * len(starts)
    if not core:
        return list(starts), list(ends), cut_start, cut_end
    low, high = min(starts[i] for i in core), max(ends[i] for i in core)
    starts, ends = list(starts), list(ends)
    for i, span in enumerate(spans):
        if span < LONG_SPAN or span <= LONG_SHARE * (high - low):
            continue
        if ends[i] <= low:
            starts[i], cut_start[i] = ends[i] - STUB, True
        elif starts[i] >= high:
            ends[i], cut_end[i] = starts[i] + STUB, True
        else:
            cut_start[i], cut_end[i] = starts[i] < low, ends[i] > high
            starts[i], ends[i] = max(starts[i], low), min(ends[i], high)
    return starts, ends, cut_start, cut_end


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


def _stagger(rows: pd.DataFrame, origin: datetime, breaks: list[Break], show_labels: bool,
             axis: tuple[float, float], max_subrows: Mapping[str, int] | None = None) -> pd.DataFrame:
    """Give each row a sub-row inside its lane so that markers, bars and labels do not overlap at PLOT_WIDTH_PX.

    A label goes right of its event, or left of it when it would run past the end of the axis (`axis`: its
    ends in visible seconds). Rows that find no free sub-row go to one extra overflow row, without label (hover
    shows it), so that a marker never covers a label. A lane has at most `max_subrows[lane_key]` rows (default
    MAX_SUBROWS) besides that one.
    """
    starts = [_visible_position(s, origin, breaks) for s in rows["start_dt"]]
    ends = [_visible_position(e, origin, breaks) for e in rows["end_dt"]]
    per_char = (axis[1] - axis[0]) * CHAR_PX / PLOT_WIDTH_PX
    rows = rows.assign(vis_start=starts, vis_end=ends)
    subrow = [0] * len(rows)
    labelled = [False] * len(rows)
    left_side = [False] * len(rows)
    label_lengths = [len(label) + 2 for label in rows["short_label"]]  # and the gap to the event
    for key, lane in rows.groupby("lane_key", sort=False):
        most = (max_subrows or {}).get(key, MAX_SUBROWS)
        # From the latest event back, after the latest of each decade: where a lane is crowded, the news keeps
        # its labels, and each period of the history keeps one.
        latest = lane.sort_values(["vis_start", "vis_end"], ascending=False)
        decades = latest["start_dt"].map(lambda moment: moment.year // 10)
        order = list(latest.index[~decades.duplicated()]) + list(latest.index[decades.duplicated()])
        free_until: list[float] = []  # per sub-row: where its leftmost drawing starts
        for index in order:  # positions: rows has a RangeIndex
            start = starts[index] - 7 * per_char  # a marker itself takes some room
            end = max(ends[index], starts[index]) + 7 * per_char
            label = label_lengths[index] * per_char
            # Right of the event, or left of it (where the right side is taken or past the axis's end).
            sides = [(False, start, end + label)] if end + label <= axis[1] else []
            sides += [(True, start - label, end)] if start - label >= axis[0] else []
            if not show_labels or not sides:
                sides = [(False, start, end + label if show_labels else end)]
            found = next(((i, side) for i, free in enumerate(free_until) for side in sides if free >= side[2]), None)
            if found is None and len(free_until) < most:
                free_until.append(0.0)
                found = (len(free_until) - 1, sides[0])
            if found is None:  # crowded: the overflow row, label left to the hover
                slot = most
            else:
                slot, (left, low, _) = found
                labelled[index], left_side[index] = show_labels, left
                free_until[slot] = low
            subrow[index] = slot
    return rows.assign(subrow=subrow, labelled=labelled, label_left=left_side)


def _lane_rows_allowed(roomy: pd.DataFrame) -> dict[str, int]:
    """How many sub-rows each lane may take. The lanes above the last of the first FIRST_SCREEN_LANES share the
    first screen's FIRST_SCREEN_ROWS, less FIRST_SCREEN_TAIL rows of that last lane, so that all of them are in
    sight at once: each may take as many as all can (a lane that needs fewer leaves its rows to the others), then
    rows left over go to the top lanes first. The last of them and the lanes below it grow to MAX_SUBROWS (the page
    scrolls to them). `roomy`: the rows as staggered with MAX_SUBROWS everywhere, which says how many sub-rows
    each lane would use."""
    order = list(dict.fromkeys(roomy["lane_key"]))
    first = order[:FIRST_SCREEN_LANES - 1] if len(order) > 1 else []
    need = {key: int(roomy.loc[roomy["lane_key"] == key, "subrow"].max()) + 1 for key in first}

    def fits(allowed: dict[str, int]) -> bool:  # an overflow row where events are left over
        rows = sum(need[key] if need[key] <= allowed[key] else allowed[key] + 1 for key in first)
        return rows + LANE_GAP_ROWS * len(first) + FIRST_SCREEN_TAIL <= FIRST_SCREEN_ROWS

    level = max([rows for rows in range(3, MAX_SUBROWS + 1) if fits(dict.fromkeys(first, rows))], default=3)
    allowed = {key: MAX_SUBROWS for key in order} | dict.fromkeys(first, level)
    for key in first:
        while allowed[key] < min(need[key], MAX_SUBROWS) and fits({**allowed, key: allowed[key] + 1}):
            allowed[key] += 1
    return allowed


def _empty_figure(message: str) -> go.Figure:
    figure = go.Figure()
    figure.add_annotation(text=plotly_literal(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                          font_size=15)
    figure.update_layout(height=260, xaxis_visible=False, yaxis_visible=False, meta={"events": 0, "webgl": False})
    return figure


LANE_CHARS = 28
NARROW_CHARS = frozenset(" .,;:'|!ijlftI()[]-")


def _lane_margin(names: Iterable[Any], squares: bool) -> int:
    """The left margin that holds the longest lane name (shortened to LANE_CHARS) and its colour square, from the
    widths of 12 px Source Sans characters (capitals and digits 7.5 px, narrow ones 3.4, others 6) with a margin."""
    def width(name: str) -> float:
        return sum(3.4 if c in NARROW_CHARS else 7.5 if c.isupper() or c.isdigit() or c in "mwMW" else 6.0
                   for c in name)

    longest = max((width(_shorten(str(name), LANE_CHARS)) for name in names), default=0.0)
    return int(14 + longest + (12 if squares else 0))


def _lane_name(name: str, color: str | None) -> str:
    """A lane's name on the y axis; by article, after a square of the article's colour (the chart's legend)."""
    text = plotly_literal(_shorten(name, LANE_CHARS))
    return f'<span style="color:{color}">■</span> {text}' if color else text


def timeline_figure(
    frame: pd.DataFrame,
    lane: Lane = "doc_id",
    compact: bool = True,
    colors: dict[str, str] | None = None,
    titles: dict[str, str] | None = None,
    grow: bool = False,
) -> go.Figure:
    """The interactive timeline of the events frame's dated rows (undated rows are not drawn).

    Every drawn point carries its `event_id` as customdata, so a selection maps back to frame rows. The chart
    opens on every event, long empty stretches cut out (`compact`); bars much longer than the other events'
    period are clipped to it with an arrow. Zoom buttons show the last month, six months, year or ten years up
    to the latest event reported (see `_latest_reported`); labels left out where events crowd appear in the
    zoomed views that have room for them. Lanes by article name the article after a square of its colour (no
    separate legend).
    `layout.meta` reports what was drawn: events, bars, markers, webgl, breaks (ISO pairs), hidden_labels,
    clipped (bars cut to the period), grey_articles (articles beyond the palette, drawn grey). Events several
    articles report (merged rows, see `timeline.merge`) get a larger marker with a dark ring; `titles`
    (doc_id -> title) names those articles in the hover. Crowded lanes grow (see `_lane_rows_allowed`) and leave
    the labels they have no room for to the hover; with `grow`, every lane takes the rows all its labels need (up
    to GROWN_SUBROWS), and the page scrolls.
    """
    if lane not in LANES:
        raise ValueError(f"lane must be one of {', '.join(LANES)}, got {lane!r}")
    if "year_start" in frame and (frame["date_start"].isna() & frame["year_start"].notna()).any():
        from .chart_years import years_figure  # years before Christ: a year axis (chart_years imports this module)

        return years_figure(frame, colors, titles)
    # Only the columns drawn, as plain Python objects: the filters, sorts and groups below copy the rows, and need
    # not copy the text columns the chart never reads.
    dated = frame.loc[frame["date_start"].notna(), list(CHART_COLUMNS)]
    dated = dated.astype({column: object for column in CHART_COLUMNS
                          if isinstance(dated[column].dtype, pd.StringDtype)})
    if dated.empty:
        return _empty_figure("No dated events to show")
    colors = colors or article_colors(frame["doc_id"])
    missing = [d for d in dict.fromkeys(dated["doc_id"]) if d not in colors]
    colors = {**colors, **{d: PALETTE[len(colors) + i] if len(colors) + i < len(PALETTE) else OTHER_COLOR
                           for i, d in enumerate(missing)}}

    starts = [pd.Timestamp(v).to_pydatetime() for v in dated["date_start"]]
    ends = [pd.Timestamp(e).to_pydatetime() if pd.notna(e) else s for s, e in zip(starts, dated["date_end"])]
    dated["is_point"] = [(e - s) <= POINT_SPAN for s, e in zip(starts, ends)]
    starts, ends, cut_start, cut_end = clip_long_spans(starts, ends)
    dated["start_dt"], dated["end_dt"], dated["cut_start"], dated["cut_end"] = starts, ends, cut_start, cut_end
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
    show_labels = len(dated) <= (GROWN_LABEL_LIMIT if grow else LABEL_LIMIT)
    grow = grow and show_labels  # without labels, rows only keep markers apart

    rows = _lane_rows(dated, lane)
    first, last = min(rows["start_dt"]), max(rows["end_dt"])
    origin = first
    visible = max(_visible_position(last, origin, breaks), 1.0)
    edge = timedelta(seconds=visible * EDGE_PX / PLOT_WIDTH_PX)
    axis = (-edge.total_seconds(), visible + edge.total_seconds())
    if grow:  # every label asked for: each lane as tall as its labels need
        rows = _stagger(rows, origin, breaks, show_labels, axis, dict.fromkeys(rows["lane_key"], GROWN_SUBROWS))
    else:
        roomy = _stagger(rows, origin, breaks, show_labels, axis)
        rows = _stagger(rows, origin, breaks, show_labels, axis, _lane_rows_allowed(roomy))

    # Lanes top to bottom in order of first appearance; each lane is as tall as its sub-rows.
    lane_order = list(dict.fromkeys(rows["lane_key"]))
    heights = rows.groupby("lane_key")["subrow"].max().to_dict()
    lane_top: dict[str, float] = {}
    cursor = 0.0
    for key in lane_order:
        lane_top[key] = cursor
        cursor += heights[key] + 1 + LANE_GAP_ROWS
    rows["y"] = [-(lane_top[key] + sub * 1.0) for key, sub in zip(rows["lane_key"], rows["subrow"])]
    by_article = lane == "doc_id"
    lane_names = rows.drop_duplicates("lane_key").set_index("lane_key")["lane_name"].to_dict()
    lane_docs = rows.drop_duplicates("lane_key").set_index("lane_key")["doc_id"].to_dict()

    # Built without Plotly's validation of every property: this module makes every value itself, and validating
    # them took about a quarter of the time the chart takes to build (it is rebuilt whenever an article is added).
    figure = go.Figure(_validate=False)
    scatter = partial(go.Scattergl if webgl else go.Scatter, _validate=False)
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
            cut = bars[bars["cut_start"] | bars["cut_end"]]
            if len(cut):  # an arrow where a clipped bar goes on beyond the chart
                ends_cut = [(s, "triangle-left", r)
                            for s, c, r in zip(cut["start_dt"], cut["cut_start"], cut.itertuples()) if c]
                ends_cut += [(e, "triangle-right", r)
                             for e, c, r in zip(cut["end_dt"], cut["cut_end"], cut.itertuples()) if c]
                figure.add_trace(scatter(
                    x=np.array([_iso(moment) for moment, _, _ in ends_cut], dtype=object),
                    y=np.array([row.y for _, _, row in ends_cut], dtype=float), mode="markers",
                    marker={"color": color, "size": 13, "symbol": [symbol for _, symbol, _ in ends_cut]},
                    customdata=np.array([row.event_id for _, _, row in ends_cut], dtype=object),
                    hovertext=np.array([row.hover for _, _, row in ends_cut], dtype=object), hoverinfo="text",
                    name=name, legendgroup=doc_id, showlegend=False, cliponaxis=False,
                ))
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
                    **({} if webgl else {"cliponaxis": False}),
                )
            )
    # Labels are annotations, not text traces: the zoom buttons show and hide each one (see `_labels_in_view`).
    labels: list[dict[str, Any]] = []
    items: list[_Label] = []
    for start, end, point, y, label, shown, left in zip(
        rows["start_dt"], rows["end_dt"], rows["is_point"], rows["y"], rows["short_label"], rows["labelled"],
        rows["label_left"],
    ):
        if not show_labels:
            break
        items.append(_Label(len(labels), start, end, point, float(y), len(label)))
        labels.append(_placed_label(items[-1], "right" if left else "left", bool(shown)))
        labels[-1].update({"y": y, "xref": "x", "yref": "y", "text": plotly_literal(label), "showarrow": False,
                           "font": {"size": 12, "color": "#333"}})

    # Alternate lane shading; dotted lines where time is left out (the tick labels say how much).
    shapes = []
    for number, key in enumerate(lane_order):
        gap = 0.5 + LANE_GAP_ROWS / 2
        top, bottom = -lane_top[key] + gap, -(lane_top[key] + heights[key]) - gap
        if number % 2 == 0:
            shapes.append({"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "y0": bottom, "y1": top,
                           "fillcolor": "rgba(120,120,120,0.07)", "line": {"width": 0}, "layer": "below"})
    for item in breaks:
        shapes.append({"type": "line", "xref": "x", "yref": "paper", "x0": _iso(item.start), "x1": _iso(item.start),
                       "y0": 0, "y1": 1, "line": {"color": "#999", "width": 1, "dash": "dot"}})

    total_rows = cursor
    plot_height = max(200, ROW_PX * total_rows)
    top_margin = 70  # the zoom buttons above the dates
    bottom_margin = 10
    height = int(top_margin + plot_height + bottom_margin)
    lane_texts = {key: _lane_name(str(lane_names[key]), colors[lane_docs[key]] if by_article else None)
                  for key in lane_order}
    full_range = (first - edge, last + edge)
    zooms = []
    latest = _latest_reported(dated)
    for label, months in ZOOMS:
        low = _months_before(latest, months)
        if low <= first:  # this zoom would show everything: "all" does that
            continue
        shown = _visible_position(latest, origin, breaks) - _visible_position(low, origin, breaks)
        zooms.append((label, (low, latest + timedelta(seconds=shown * EDGE_PX / PLOT_WIDTH_PX))))
    zooms.append(("all", full_range))
    buttons = []
    for label, (low, high) in zooms:
        update: dict[str, Any] = {"xaxis.range": [_iso(low), _iso(high)]}
        if breaks:
            ticks = axis_ticks(low, high, breaks)
            update.update({"xaxis.tickvals": [_iso(t) for t, _ in ticks], "xaxis.ticktext": [t for _, t in ticks]})
        if (low, high) == full_range:
            update.update({f"annotations[{n}].{key}": value for n, label in enumerate(labels)
                           for key, value in label.items() if key in ("x", "xanchor", "xshift", "visible")})
        else:
            update.update(_labels_in_view(items, low, high, breaks))
        buttons.append({"label": label, "method": "relayout", "args": [update]})
    grey = sum(1 for d in dict.fromkeys(rows["doc_id"]) if colors[d] == OTHER_COLOR)
    figure.update_layout(
        height=height,
        # Margins are set, not left to Plotly's automargin: that lays the chart out twice, and drawing it is
        # what a new visitor waits for.
        margin={"l": _lane_margin(lane_names.values(), by_article), "r": 20, "t": top_margin, "b": bottom_margin},
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 13, "color": "#222"}},
        dragmode="zoom",
        barmode="overlay",
        showlegend=not by_article,
        legend={"title": {"text": "Articles" + (" (grey: beyond the first 20)" if grey else "")}},
        shapes=shapes,
        annotations=labels,
        updatemenus=[{
            "type": "buttons", "direction": "left", "showactive": True, "active": len(buttons) - 1,
            "buttons": buttons, "x": 0, "xanchor": "left", "y": 1 + 34 / plot_height, "yanchor": "bottom",
            "pad": {"t": 0, "b": 0, "r": 0, "l": 0}, "bgcolor": "#f3f3f3", "font": {"size": 12},
        }],
        meta={
            "events": int(len(dated)),
            "markers": markers,
            "bars": int(len(dated) - markers),
            "webgl": webgl,
            "breaks": [[_iso(b.start), _iso(b.end)] for b in breaks],
            "hidden_labels": int((~rows["labelled"]).sum()),
            "clipped": int((dated["cut_start"] | dated["cut_end"]).sum()),
            "grey_articles": grey,
            "zooms": {label: [_iso(low), _iso(high)] for label, (low, high) in zooms},
        },
        plot_bgcolor="white",
    )
    if breaks:
        ticks = axis_ticks(*full_range, breaks)
        figure.update_xaxes(tickvals=[_iso(t) for t, _ in ticks], ticktext=[text for _, text in ticks])
    figure.update_xaxes(
        type="date",
        side="top",  # the dates stay in sight above a tall chart
        range=[_iso(full_range[0]), _iso(full_range[1])],
        rangebreaks=[{"bounds": [_iso(b.start), _iso(b.end)]} for b in breaks],
        automargin=False,
        showgrid=True,
        gridcolor="rgba(0,0,0,0.08)",
        showline=True,
        linecolor="#bbb",
    )
    figure.update_yaxes(
        tickvals=[-lane_top[key] for key in lane_order],
        ticktext=[lane_texts[key] for key in lane_order],
        automargin=False,
        range=[-(total_rows - LANE_GAP_ROWS) + 0.5 - LANE_GAP_ROWS / 2, 0.5 + LANE_GAP_ROWS / 2],
        fixedrange=True,
        showgrid=False,
        zeroline=False,
        title=None,
    )
    return figure


@dataclass(frozen=True)
class _Label:
    """An event label: which annotation, its event's extent and row (y)."""

    index: int
    start: datetime
    end: datetime
    point: bool
    y: float
    length: int


def _placed_label(item: _Label, xanchor: str, visible: bool) -> dict[str, Any]:
    """The label's annotation position: right of its event (xanchor "left") or left of it (xanchor "right")."""
    if item.point:
        anchor = item.start + (item.end - item.start) / 2
    else:
        anchor = item.end if xanchor == "left" else item.start
    return {"x": _iso(anchor), "xanchor": xanchor, "xshift": 9 if xanchor == "left" else -9, "visible": visible}


def _labels_in_view(items: list[_Label], low: datetime, high: datetime, breaks: list[Break]) -> dict[str, Any]:
    """Where a zoomed view shows event labels: in each row, from the latest event back, right (or left) of the
    event where the label covers neither another label nor an event of that row and stays inside the view;
    the others are hidden (hover shows them). Made for PLOT_WIDTH_PX: wider plots only have more room."""
    span = (_visible_position(high, low, breaks) - _visible_position(low, low, breaks)) or 1.0

    def pixel(moment: datetime) -> float:
        return (_visible_position(moment, low, breaks) - _visible_position(low, low, breaks)) / span * PLOT_WIDTH_PX

    marker = 7 * CHAR_PX
    update: dict[str, Any] = {}
    rows: dict[float, list[_Label]] = {}
    for item in items:
        rows.setdefault(item.y, []).append(item)
    for row in rows.values():
        events = [(pixel(item.start) - marker, pixel(item.end) + marker) for item in row]
        taken: list[tuple[float, float]] = []
        for number in sorted(range(len(row)), key=lambda n: row[n].start, reverse=True):
            item, (left_edge, right_edge) = row[number], events[number]
            placed = None
            if right_edge - marker >= 0 and left_edge + marker <= PLOT_WIDTH_PX:  # in this view
                width = (item.length + 2) * CHAR_PX
                for xanchor, extent in (("left", (right_edge, right_edge + width)),
                                        ("right", (left_edge - width, left_edge))):
                    inside = extent[0] >= 0 and extent[1] <= PLOT_WIDTH_PX
                    free = all(extent[1] <= a or extent[0] >= b for n, (a, b) in enumerate(events) if n != number)
                    if inside and free and all(extent[1] <= a or extent[0] >= b for a, b in taken):
                        taken.append(extent)
                        placed = xanchor
                        break
            for key, value in _placed_label(item, placed or "left", placed is not None).items():
                update[f"annotations[{item.index}].{key}"] = value
    return update


REPORTED_AFTER = timedelta(days=366)  # events this long after the latest publication date are plans, not news


def _latest_reported(dated: pd.DataFrame) -> datetime:
    """Where the zoom buttons count back from: the start of the latest event up to a year after the latest
    publication date ("by 2030" is a plan, and would leave the news out of every zoom), else the latest end."""
    dcts = pd.to_datetime(dated["dct"].dropna())
    if len(dcts):
        limit = dcts.max().to_pydatetime() + REPORTED_AFTER
        reported = [start for start in dated["start_dt"] if start <= limit]
        if reported:
            return max(reported)
    return max(dated["end_dt"])


def _months_before(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    if year < 1:
        return datetime(1, 1, 1)
    day = min(moment.day, 28)
    return moment.replace(year=year, month=month + 1, day=day)
