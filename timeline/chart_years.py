"""The timeline on a year axis, for events before Christ that a date axis cannot hold.

Plotly's date axis (like datetime64) starts at year 1, so a history of the Persian Wars is drawn on a numeric
axis of astronomical years (`year_start`/`year_end` of the events frame: 1 BC is 0, 480 BC is -479) with
tick labels a reader understands ("480 BC", "AD 79"). A day or shorter is a marker, a longer period a bar;
hover texts are those of the date-axis chart (escaped there), and every point carries its `event_id`.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from .chart import LABEL_CHARS, LABEL_LIMIT, PALETTE, _shorten, article_colors, hover_text
from .safe_text import plotly_literal

DAY = 1 / 365.25
NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)
TICKS = 8


def year_label(year: float) -> str:
    """An astronomical year as a reader writes it: -332 -> "333 BC", 79 -> "AD 79", 1914 -> "1914"."""
    whole = math.floor(year)
    if whole <= 0:
        return f"{1 - whole} BC"
    return f"AD {whole}" if whole < 1000 else str(whole)


def _ticks(first: float, last: float) -> list[int]:
    """Round years as written: 480 BC (astronomical -479), 470 BC, ..., AD 10, AD 20."""
    span = max(last - first, 1.0)
    step = next((s for s in NICE_STEPS if span / s <= TICKS), NICE_STEPS[-1])
    years = range(math.floor(first) - step, math.ceil(last) + step + 1)
    return [t for t in years if first - step / 2 <= t <= last + step / 2 and ((1 - t) if t <= 0 else t) % step == 0]


def years_figure(frame: pd.DataFrame, colors: dict[str, str] | None = None,
                 titles: dict[str, str] | None = None) -> go.Figure:
    """Every row with a place in years (`year_start`), one lane per article, on a BC/AD year axis."""
    placed = frame[frame["year_start"].notna()].copy()
    colors = colors or article_colors(frame["doc_id"])
    lanes = list(dict.fromkeys(placed["doc_id"]))
    columns = ["value", "granularity", "mod", "title", "doc_id", "label", "expression", "sources", "sentence",
               "inferred"]
    placed["hover"] = [hover_text(row, titles) for row in placed[columns].to_dict(orient="records")]
    placed["is_point"] = (placed["year_end"] - placed["year_start"]) <= DAY * 1.01
    show_labels = len(placed) <= LABEL_LIMIT
    placed["text"] = [plotly_literal(_shorten(label or expression, LABEL_CHARS)) if show_labels else ""
                      for label, expression in zip(placed["label"], placed["expression"])]
    placed = placed.sort_values(["doc_id", "year_start"], kind="stable")
    figure = go.Figure()
    top = 0.0
    lane_tops = []
    for number, doc_id in enumerate(lanes):
        mine = placed[placed["doc_id"] == doc_id]
        color = colors.get(doc_id, PALETTE[number % len(PALETTE)])
        y = pd.Series([top - row for row in range(len(mine))], index=mine.index, dtype=float)  # a row per event
        lane_tops.append((top, str(doc_id)))
        top -= len(mine) + 1
        name = str((titles or {}).get(doc_id) or mine["title"].iloc[0] or doc_id)
        bars = mine[~mine["is_point"]]
        xs, ys, texts, ids = [], [], [], []
        for (index, row) in bars.iterrows():
            xs += [row["year_start"], row["year_end"], None]
            ys += [y[index], y[index], None]
            texts += [row["hover"], row["hover"], None]
            ids += [row["event_id"], row["event_id"], None]
        if xs:
            figure.add_trace(go.Scatter(x=xs, y=ys, mode="lines+markers", line={"color": color, "width": 8},
                                        marker={"size": 8, "color": color}, hovertext=texts, hoverinfo="text",
                                        customdata=ids, name=name, legendgroup=doc_id, showlegend=False))
            figure.add_trace(go.Scatter(x=bars["year_end"], y=y[bars.index], mode="text", text=bars["text"],
                                        textposition="middle right", hoverinfo="skip", showlegend=False))
        points = mine[mine["is_point"]]
        figure.add_trace(go.Scatter(
            x=(points["year_start"] + points["year_end"]) / 2, y=y[points.index], mode="markers+text",
            text=points["text"], textposition="middle right",
            marker={"size": 10, "color": color,
                    "symbol": ["diamond-open" if reason else "circle" for reason in points["inferred"]]},
            hovertext=points["hover"], hoverinfo="text", customdata=points["event_id"], name=name,
            legendgroup=doc_id,
        ))
    first, last = float(placed["year_start"].min()), float(placed["year_end"].max())
    ticks = _ticks(first, last)
    margin = max((last - first) * 0.03, 1.0)
    room = (last - first + 2 * margin) * 0.3 if show_labels else 0.0  # labels right of the last events
    figure.update_layout(
        height=int(min(2600, max(300, 160 + 24 * -top))),
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.06, "x": 0, "title": {"text": "Articles: "}},
        margin={"l": 10, "r": 20, "t": 40, "b": 10},
        hovermode="closest", plot_bgcolor="white",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 13, "color": "#222"}},
        meta={"events": int(len(placed)), "axis": "years"},
    )
    figure.update_xaxes(type="linear", side="top", range=[first - margin, last + margin + room], tickvals=ticks,
                        ticktext=[year_label(t) for t in ticks], showgrid=True, gridcolor="rgba(0,0,0,0.08)")
    figure.update_yaxes(tickvals=[y for y, _ in lane_tops],
                        ticktext=[plotly_literal(_shorten(n, 28)) for _, n in lane_tops],
                        fixedrange=True, range=[top + 0.5, 1.0], showgrid=False)
    return figure
