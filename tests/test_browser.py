"""The dashboard in a real browser (Debian's chromium through Playwright): it loads, draws the sample timeline,
answers a click on an event and takes an uploaded file. Saves docs/dashboard.png (and docs/dashboard-full.png)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from conftest import CHROMIUM, ROOT, launch_chromium  # noqa: E402

DOCS = ROOT / "docs"
WAIT_MS = 90_000


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: the browser tests need Debian's chromium package")
    with sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            yield browser
        finally:
            browser.close()


def wait_until_idle(page) -> None:
    """Until the script has finished: no "Running..." status widget, and the chart drawn."""
    page.wait_for_selector(".js-plotly-plot .main-svg", state="visible", timeout=WAIT_MS)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=WAIT_MS)
    page.wait_for_timeout(500)  # let Plotly finish its layout


@pytest.fixture
def page(browser, server_url):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server_url)
    wait_until_idle(page)
    yield page
    page.close()


def test_dashboard_renders_the_sample_timeline(page):
    assert page.locator(".js-plotly-plot").count() >= 1
    assert page.get_by_text("News timeline").first.is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator(".js-plotly-plot .scatterlayer .trace").count() > 0
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "dashboard.png"))
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": 1400, "height": max(1000, min(int(height) + 50, 6000))})
    page.wait_for_timeout(800)
    page.screenshot(path=str(DOCS / "dashboard-full.png"), full_page=True)


def test_html_in_labels_is_not_rendered(page):
    assert page.locator(".js-plotly-plot script").count() == 0
    assert page.locator('[data-testid="stHtml"] script').count() == 0


def test_clicking_an_event_shows_its_sentence(page):
    point = page.locator(".js-plotly-plot .subplot.xy .scatterlayer .trace .points path.point").first
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)  # Plotly's drag layer receives the events, not the point itself
    hover = page.locator(".js-plotly-plot .hoverlayer .hovertext").first
    hover.wait_for(state="visible", timeout=10_000)
    expression = hover.text_content().split("“", 1)[1].split("”", 1)[0]
    page.mouse.click(x, y)
    page.wait_for_timeout(800)
    wait_until_idle(page)
    marked = page.locator('[data-testid="stHtml"] mark').first.inner_text()
    assert expression.startswith(marked.strip()[:20]) or marked.strip().startswith(expression[:20])


def test_uploading_a_file_through_the_page(page, tmp_path):
    article = tmp_path / "klimagesetz.txt"
    article.write_text(
        "Klimagesetz beschlossen\nBerlin, 3. März 2025. Der Bundestag hat am Montag das Klimagesetz beschlossen. "
        "Es soll am 1. Juli 2025 in Kraft treten.",
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(article))
    page.get_by_text("dated events added").first.wait_for(timeout=WAIT_MS)
    wait_until_idle(page)
    assert page.locator('[data-testid="stAlert"]', has_text="Klimagesetz beschlossen").first.is_visible()
    lanes = " ".join(page.locator(".js-plotly-plot .ytick text").all_text_contents())  # lane names: the legend
    assert "Klimagesetz beschlossen" in lanes
