"""How long Plotly takes to draw the bundled sample's chart in Debian's headless chromium (Plotly.newPlot, median
of the rounds), next to a one-trace chart and to the same chart with a range slider and Plotly's automargin (how it
was drawn before).

    python benchmarks/chart_draw_bench.py [--rounds 12]
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import plotly  # noqa: E402
from conftest import launch_chromium  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from timeline import extract_documents  # noqa: E402
from timeline.chart import article_colors, timeline_figure  # noqa: E402
from timeline.samples import load_samples  # noqa: E402

DRAW = """async (figure) => { const plot = document.getElementById('plot'); Plotly.purge(plot);
  const started = performance.now(); await Plotly.newPlot(plot, figure.data, figure.layout, {displaylogo: false});
  return performance.now() - started; }"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=12)
    rounds = parser.parse_args().rounds
    frame = extract_documents(load_samples())
    sample = json.loads(timeline_figure(frame, colors=article_colors(frame["doc_id"])).to_json())
    before = copy.deepcopy(sample)
    before["layout"]["xaxis"].update(automargin=True, rangeslider={"visible": True, "thickness": 0.07})
    before["layout"]["yaxis"]["automargin"] = True
    figures = {"the sample's chart": sample, "the same with range slider and automargin": before,
               "one trace of three points": {"data": [{"type": "scatter", "x": [1, 2, 3], "y": [1, 3, 2]}],
                                             "layout": {}}}
    script = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text(encoding="utf-8")
    times: dict[str, list[float]] = {name: [] for name in figures}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_content("<html><body><div id='plot' style='width:900px'></div></body></html>")
        page.add_script_tag(content=script)
        for _ in range(rounds):  # alternating, so that the machine's drift affects all alike
            for name, figure in figures.items():
                times[name].append(page.evaluate(DRAW, figure))
        browser.close()
    for name, milliseconds in times.items():
        print(f"{name}: {statistics.median(milliseconds):.0f} ms (median of {rounds})")


if __name__ == "__main__":
    main()
