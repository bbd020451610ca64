"""Dashboard timings: server start to the sample's chart in a browser, and 200 articles through the library.

Run: python benchmarks/app_bench.py [--articles 200] [--no-browser]
The 200 articles are made by recombining the sample articles' sentences (fixed seed), with their own dates.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from timeline import Document, extract_documents  # noqa: E402
from timeline.chart import timeline_figure  # noqa: E402
from timeline.export import chart_html, events_csv, timelinejs_json  # noqa: E402
from timeline.samples import load_samples  # noqa: E402
from timeline.sentences import sentence_spans  # noqa: E402


def generated_articles(count: int, seed: int = 7) -> list[Document]:
    """`count` articles of 20-40 sentences drawn from the samples, each keeping one sample's language and date."""
    rng = random.Random(seed)
    samples = load_samples()
    pools = {
        sample.doc_id: [sample.text[start:end] for start, end in sentence_spans(sample.text)] for sample in samples
    }
    articles = []
    for number in range(count):
        sample = samples[number % len(samples)]
        same_language = [s for s in samples if s.lang == sample.lang]
        sentences = [rng.choice(pools[rng.choice(same_language).doc_id]) for _ in range(rng.randint(20, 40))]
        articles.append(Document(doc_id=f"generated-{number:03d}", text="\n".join(sentences), dct=sample.dct,
                                 lang=sample.lang, title=f"Generated article {number}"))
    return articles


def library_timings(count: int) -> None:
    articles = generated_articles(count)
    characters = sum(len(a.text) for a in articles)
    started = time.perf_counter()
    frame = extract_documents(articles)
    extracted = time.perf_counter()
    figure = timeline_figure(frame)
    charted = time.perf_counter()
    events_csv(frame), timelinejs_json(frame), chart_html(figure, "bench", frame)
    exported = time.perf_counter()
    print(f"{count} articles ({characters:,} characters) -> {len(frame):,} events, "
          f"{int(frame['date_start'].notna().sum()):,} dated")
    print(f"  extract_documents: {extracted - started:6.2f} s ({(extracted - started) / count * 1000:.0f} ms/article)")
    print(f"  timeline_figure:   {charted - extracted:6.2f} s (webgl={figure.layout.meta['webgl']})")
    print(f"  exports (CSV, TimelineJS, HTML): {exported - charted:6.2f} s")


def browser_timing() -> None:
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM, free_port, start_server, stop_server

    port = free_port()
    started = time.perf_counter()
    process = start_server(port)
    answered = time.perf_counter()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            )
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            loading = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}")
            page.wait_for_selector(".js-plotly-plot .main-svg", state="visible", timeout=120_000)
            visible = time.perf_counter()
            page.reload()
            page.wait_for_selector(".js-plotly-plot .main-svg", state="visible", timeout=120_000)
            warm = time.perf_counter()
            browser.close()
    finally:
        stop_server(process)
    print(f"server start -> health check answers: {answered - started:6.2f} s")
    print(f"server start -> sample chart visible:  {visible - started:6.2f} s "
          f"(page load to chart: {visible - loading:.2f} s, cold cache)")
    print(f"reload -> chart visible (warm cache):   {warm - visible:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--no-browser", action="store_true")
    arguments = parser.parse_args()
    if not arguments.no_browser:
        browser_timing()
    library_timings(arguments.articles)


if __name__ == "__main__":
    main()
