"""Twenty uploaded articles in a real browser (Debian's chromium through Playwright): one summary notice, the chart
within the first two screen heights, no overlapping labels (measured from the drawn SVG text), every zoom button
showing events, and a date set in the Articles tab placing an article's events. Screenshots go to artifacts/."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from conftest import ROOT, wait_until_idle  # noqa: E402

from timeline.samples import load_samples  # noqa: E402

ARTIFACTS = ROOT / "artifacts"
WAIT_MS = 120_000
SIZES = ((1280, 800), (1920, 1080))

CITIES = ("LAGOS", "LIMA", "OSLO", "QUITO", "DAKAR", "HANOI", "PERTH", "RIGA", "SUVA", "TUNIS", "BERN", "CAIRO",
          "DELHI", "KYIV", "MINSK", "PARIS", "ROME", "SEOUL", "TAIPEI", "ACCRA")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# Sentences with a date each; the article's own period, a few years back, and one far in the past.
EVENTS = (
    "The council approved the harbour plan on {d} {m} {y}.",
    "Engineers began testing the new pumps in {m2} {y}.",
    "A first study of the river was published in {old}.",
    "The ministry had promised funding in {y1}.",
    "Residents protested outside the town hall on {d2} {m2} {y}.",
    "The last comparable flood happened in {y5}.",
)


def _article(number: int) -> tuple[str, bytes]:
    """Article `number` of twenty: 14 plain-text files with a dated dateline, 3 Word files whose dateline has no
    year (the file's creation date gives it), 3 texts with no date of their own."""
    year, month = 2015 + number % 10, number % 12
    fill = {"d": 3 + number, "m": MONTHS[month], "y": year, "m2": MONTHS[(month + 1) % 12], "d2": 2 + number % 20,
            "old": 1890 + 7 * number, "y1": year - 1, "y5": year - 5 - number % 4}
    body = " ".join(sentence.format(**fill) for sentence in EVENTS[: 4 + number % 3])
    headline = f"Harbour plan number {number + 1} moves ahead in {CITIES[number].title()}"
    if number < 14:
        text = (f"{headline}\n{CITIES[number]}, {MONTHS[month]} {4 + number}, {year} (AP) -- {body} "
                "On Monday the mayor spoke.")
        return f"article-{number + 1:02d}.txt", text.encode("utf-8")
    if number < 17:
        docx = pytest.importorskip("docx")
        word = docx.Document()
        word.add_paragraph(headline)
        word.add_paragraph(f"{CITIES[number]}, {MONTHS[month][:3]}. {4 + number} (AP) -- {body} "
                           "On Monday the mayor spoke.")
        word.core_properties.created = datetime(year, month + 1, 28)
        data = io.BytesIO()
        word.save(data)
        return f"article-{number + 1:02d}.docx", data.getvalue()
    text = f"{headline}\nThe mayor spoke on Monday, a week after the storm. Last month the council met twice."
    return f"article-{number + 1:02d}.txt", text.encode("utf-8")


# Plotly has laid the chart out for the window as it is now (after a resize), or shows the range asked for.
RESIZED_SCRIPT = """() => { const plot = document.querySelector('.js-plotly-plot');
  return !!plot._fullLayout && Math.abs(plot._fullLayout.width - plot.getBoundingClientRect().width) < 2; }"""
IN_RANGE_SCRIPT = """(low) => String(document.querySelector('.js-plotly-plot')._fullLayout.xaxis.range[0])
  .slice(0, 10) === low.slice(0, 10)"""


def _resize(page, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_function(RESIZED_SCRIPT, timeout=WAIT_MS)
    wait_until_idle(page)


# Text drawn by Plotly that must not overlap: tick labels (dates and break marks), event labels, lane names and
# the zoom buttons' texts. Event labels hidden outside the view have no size.
OVERLAP_SCRIPT = """() => {
  const plot = document.querySelector('.js-plotly-plot');
  const selectors = ['.xtick text', '.ytick text', '.annotation-text', '.updatemenu-item-text'];
  const boxes = [];
  for (const selector of selectors) {
    for (const element of plot.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(element).display !== 'none'
          && element.closest('g') && getComputedStyle(element.closest('g')).visibility !== 'hidden') {
        boxes.push({kind: selector, text: element.textContent,
                    x0: box.left, x1: box.right, y0: box.top, y1: box.bottom});
      }
    }
  }
  const clashes = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 1 && dy > 2) clashes.push(`${a.kind} "${a.text}" / ${b.kind} "${b.text}"`);
    }
  }
  return {count: boxes.length, clashes: clashes};
}"""

# Drawn text of the chart with its box on the screen: event labels, dates on the axis, lane names.
DRAWN_SCRIPT = """(selector) => [...document.querySelector('.js-plotly-plot').querySelectorAll(selector)]
  .map(element => { const box = element.getBoundingClientRect();
                    return {text: element.textContent, top: box.top, bottom: box.bottom, left: box.left,
                            width: box.width}; })
  .filter(item => item.width > 0)"""

# How many drawn events lie inside the x range now shown (from the figure's data, as Plotly holds it).
EVENTS_IN_VIEW_SCRIPT = """() => {
  const plot = document.querySelector('.js-plotly-plot');
  const range = plot._fullLayout.xaxis.range.map(x => new Date(String(x).replace(' ', 'T')).getTime());
  let count = 0;
  for (const trace of plot.data) {
    for (const x of trace.x || []) {
      if (x === null) continue;
      const t = new Date(String(x).replace(' ', 'T')).getTime();
      if (t >= range[0] && t <= range[1]) count += 1;
    }
  }
  return count;
}"""


def _lane_names_whole(page) -> None:
    """Every lane name lies inside the chart (its left margin is set, not measured by Plotly)."""
    left = page.locator(".js-plotly-plot").first.bounding_box()["x"]
    cut = [item["text"] for item in page.evaluate(DRAWN_SCRIPT, ".ytick text") if item["left"] < left]
    assert not cut, f"lane names cut at the chart's left edge: {cut}"


def _no_overlaps(page, where: str) -> int:
    result = page.evaluate(OVERLAP_SCRIPT)
    assert not result["clashes"], f"{where}: overlapping labels: {result['clashes'][:5]}"
    return result["count"]


def _upload(page, paths: list[Path]) -> None:
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files([str(p) for p in paths])


@pytest.fixture(scope="module")
def twenty(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("twenty")
    paths = []
    for number in range(20):
        name, data = _article(number)
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def test_twenty_uploads_one_summary_a_legible_chart_and_working_zoom(browser, server_url, twenty):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(server_url)
        wait_until_idle(page)
        page.screenshot(path=str(ARTIFACTS / "seed-1280x800.png"))
        _no_overlaps(page, "seed at 1280x800")
        labels = " ".join(page.locator(".js-plotly-plot .annotation-text").all_text_contents())
        assert "ehemalige S" in labels and "Er traf den damaligen" in labels  # 1961 and July 2000, labelled

        _upload(page, twenty)
        page.get_by_text("20 articles:").first.wait_for(timeout=WAIT_MS)
        wait_until_idle(page)
        alerts = page.locator('[data-testid="stMain"] [data-testid="stAlert"]').all_text_contents()
        assert len(alerts) == 1, alerts
        assert alerts[0].startswith("20 articles: 17 dated from their text")
        assert "3 need a date — set them in Articles. For 3 of them the year was inferred." in alerts[0]
        chart = page.locator(".js-plotly-plot").first.bounding_box()
        assert chart["y"] < 2 * 800, f"the chart starts at {chart['y']:.0f} px"
        for width, height in SIZES:
            _resize(page, width, height)
            assert _no_overlaps(page, f"26 articles at {width}x{height}") > 20
            lanes = [item["text"] for item in page.evaluate(DRAWN_SCRIPT, ".ytick text") if item["bottom"] <= height]
            assert len(lanes) >= 4, lanes  # four lanes named on the first screen, below the summary notice
            _lane_names_whole(page)
            page.screenshot(path=str(ARTIFACTS / f"twenty-{width}x{height}.png"))
            page.screenshot(path=str(ARTIFACTS / f"twenty-{width}x{height}-full.png"), full_page=True)
        _resize(page, 1280, 800)
        zooms = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.meta.zooms")
        buttons = page.locator(".js-plotly-plot .updatemenu-button")
        labels = [buttons.nth(i).text_content() for i in range(buttons.count())]
        assert labels[-1] == "all" and "1m" in labels
        for index, label in enumerate(labels):
            buttons.nth(index).click()
            page.wait_for_function(IN_RANGE_SCRIPT, arg=zooms[label][0], timeout=WAIT_MS)
            wait_until_idle(page)
            assert page.evaluate(EVENTS_IN_VIEW_SCRIPT) > 0, f"zoom {label} shows no event"
            _no_overlaps(page, f"zoom {label}")
            page.screenshot(path=str(ARTIFACTS / f"twenty-zoom-{label}.png"))
    finally:
        page.close()


def test_a_date_set_in_articles_places_that_articles_events(browser, server_url, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("Storm damage in the valley\nThe mayor spoke on Monday, a week after the storm. Last month "
                       "the council met twice.", encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(server_url)
        wait_until_idle(page)
        _upload(page, [undated])
        page.get_by_text("no publication date found").first.wait_for(timeout=WAIT_MS)
        wait_until_idle(page)
        page.get_by_role("tab", name="Articles", exact=True).click()
        # the Articles table, once drawn (its accessibility table names the columns and holds the rows in view)
        grid = page.locator('[data-testid="stDataFrame"]').filter(has=page.locator('th:text-is("Published")'))
        row = len(load_samples())  # the bundled samples, then the upload
        title_cell = grid.locator(f"#glide-cell-0-{row}")  # no row markers: the title is column 0
        sync_api.expect(title_cell).to_have_text("Storm damage in the valley", timeout=WAIT_MS)
        wait_until_idle(page)
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 40, box["y"] + 35 * (row + 1) + 17)  # its title cell
        sync_api.expect(title_cell).to_have_attribute("aria-selected", "true", timeout=WAIT_MS)
        page.keyboard.press("ArrowRight")  # the publication date
        sync_api.expect(grid.locator(f"#glide-cell-1-{row}")).to_have_attribute("aria-selected", "true",
                                                                               timeout=WAIT_MS)
        page.keyboard.press("Enter")
        date_input = page.locator('[id^="gdg-overlay"] input[type="date"]')  # the grid's cell editor
        date_input.wait_for(timeout=10_000)
        date_input.fill("2024-06-21")
        page.keyboard.press("Enter")
        # its events are on the chart now: a lane of its own
        page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot .ytick text')]"
                               ".some(text => text.textContent.includes('Storm damage in the valley'))",
                               timeout=WAIT_MS)
        wait_until_idle(page)
        page.screenshot(path=str(ARTIFACTS / "articles-date-set.png"), full_page=True)
    finally:
        page.close()



def _seed_story() -> dict[str, list[str]]:
    """The German summit article's labels for 1961, July 2000 and May/June 2024, as the library makes them."""
    from timeline import extract_documents

    summit = next(document for document in load_samples() if document.doc_id.startswith("summit-2024-06-19.de"))
    rows = extract_documents([summit])
    story: dict[str, list[str]] = {"1961": [], "July 2000": [], "May/June 2024": []}
    for value, label in zip(rows["value"], rows["label"]):
        key = "1961" if value == "1961" else "July 2000" if value == "2000-07" else \
            "May/June 2024" if value.startswith(("2024-05", "2024-06")) else None
        if key:
            story[key].append(label)
    return story


@pytest.mark.parametrize("width,height", SIZES)
def test_the_seeds_first_screen_tells_its_story_without_overlaps(browser, server_url, width, height):
    story = _seed_story()
    assert all(story.values()), story
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        page.goto(server_url)
        wait_until_idle(page)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"seed-{width}x{height}.png"))
        _no_overlaps(page, f"seed at {width}x{height}")
        in_sight = [item for item in page.evaluate(DRAWN_SCRIPT, ".annotation-text")
                    if item["top"] >= 0 and item["bottom"] <= height]
        for period, labels in story.items():  # each period labelled on the first screen, not only on hover
            assert any(item["text"].rstrip("…")[:12] == label[:12] for label in labels for item in in_sight), \
                (period, labels, [item["text"] for item in in_sight])
        dates = [item["text"] for item in page.evaluate(DRAWN_SCRIPT, ".xtick text") if item["bottom"] <= height]
        assert {"1961", "2000"} <= set(dates), dates  # the treaty's stretch of the compact axis has its date
        lanes = [item for item in page.evaluate(DRAWN_SCRIPT, ".ytick text") if item["bottom"] <= height - 2 * 18]
        assert len(lanes) >= 4, [item["text"] for item in lanes]  # four lanes and two rows of each in sight
        _lane_names_whole(page)
    finally:
        page.close()
