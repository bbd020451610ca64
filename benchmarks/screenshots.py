"""Refresh the README's screenshots from the dashboard in Debian's headless chromium: the bundled sample's first
view (docs/dashboard.png, docs/dashboard-full.png), twenty uploaded articles (docs/twenty-articles.png, the test
suite's twenty files) and a long history (docs/long-history.png: the English Wikipedia history of the First World
War from ../shared's WikiWars corpus, CC BY-SA 3.0; left out when ../shared is not there). The test suite never
writes docs/: its screenshots go to artifacts/.

    python benchmarks/screenshots.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import free_port, launch_chromium, save_screenshots, start_server, stop_server, wait_until_idle  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from test_browser_timeline import _article  # noqa: E402

DOCS = ROOT / "docs"
WIKIWARS = ROOT.parent / "shared" / "corpora" / "wikiwars_en.dev.jsonl"
HISTORY = "02_WW1"
WAIT_MS = 180_000


def _upload(page, paths: list[Path], done: str) -> None:
    """Upload files in the sidebar and wait until the page says `done` and has drawn the chart."""
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files([str(p) for p in paths])
    page.get_by_text(done).first.wait_for(timeout=WAIT_MS)
    wait_until_idle(page)


def twenty_articles(page, url: str, folder: Path) -> Path:
    paths = []
    for number in range(20):
        name, data = _article(number)
        paths.append(folder / name)
        paths[-1].write_bytes(data)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(url)
    wait_until_idle(page)
    _upload(page, paths, "20 articles:")
    page.screenshot(path=str(DOCS / "twenty-articles.png"))
    return DOCS / "twenty-articles.png"


def long_history(page, url: str, folder: Path) -> Path | None:
    if not WIKIWARS.exists():
        print(f"no {WIKIWARS}: the long history's screenshot is left as it is", file=sys.stderr)
        return None
    document = next(json.loads(line) for line in WIKIWARS.open(encoding="utf-8")
                    if json.loads(line)["doc_id"] == HISTORY)
    path = folder / "world-war-i.txt"
    path.write_text("World War I\n" + document["text"], encoding="utf-8")
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.goto(url)
    wait_until_idle(page)
    page.get_by_text("Articles in the timeline").click()  # its list is built when opened
    page.get_by_role("button", name="Remove all").click()
    page.get_by_text("No events yet").wait_for(timeout=WAIT_MS)
    _upload(page, [path], "dated events added")
    page.screenshot(path=str(DOCS / "long-history.png"))
    return DOCS / "long-history.png"


def main() -> None:
    port = free_port()
    server = start_server(port)
    url = f"http://127.0.0.1:{port}"
    written = [DOCS / "dashboard.png", DOCS / "dashboard-full.png"]
    try:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
            browser = launch_chromium(playwright)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(url)
                wait_until_idle(page)
                save_screenshots(page, DOCS)
                page.close()
                for shoot in (twenty_articles, long_history):
                    page = browser.new_page()
                    written.append(shoot(page, url, Path(folder)))
                    page.close()
            finally:
                browser.close()
    finally:
        stop_server(server)
    print("wrote " + ", ".join(str(path.relative_to(ROOT)) for path in written if path))


if __name__ == "__main__":
    main()
