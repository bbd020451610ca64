"""Shared fixtures: hand-built events frames (independent of the tagger) and a live `streamlit run` server."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pytest

from timeline import schema
from timeline.timex import granularity_of, interval_of

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def event(doc_id: str, start: int, expression: str, value: str, label: str, *, title: str = "Putin besucht Nordkorea",
          sentence: str | None = None, actors: tuple[str, ...] = (), timex_type: str = "DATE", mod: str = "") -> dict:
    """One events-frame record as the pipeline would make it; the sentence starts 10 characters before."""
    interval = interval_of(value) if timex_type in ("DATE", "TIME") else None
    sentence = sentence if sentence is not None else f"Satz mit {expression} darin."
    return {
        "event_id": f"{doc_id}:{start}", "doc_id": doc_id, "title": title, "lang": "de", "dct": "2024-06-19",
        "start": start, "end": start + len(expression), "expression": expression, "type": timex_type, "value": value,
        "mod": mod, "granularity": granularity_of(timex_type, value),
        "date_start": interval.start if interval else None, "date_end": interval.end if interval else None,
        "label": label, "clause": label, "sentence": sentence, "sentence_start": start - 9, "actors": list(actors),
        "anchor": "absolute", "confidence": 0.9, "sources": [doc_id],
    }


@pytest.fixture
def frame() -> pd.DataFrame:
    """Two articles: a day, a month, a year and a 1961 bar, a duration, and a label full of HTML."""
    return schema.from_records([
        event("a", 100, "am Mittwoch", "2024-06-19", "Kim lobt neue Allianz", actors=("Kim Jong Un", "Putin")),
        event("a", 300, "Im Mai", "2024-05", "Start eines Spionagesatelliten scheitert", actors=("Nordkorea",)),
        event("a", 400, "im November letzten Jahres", "2023-11", "Satellit erreicht Umlaufbahn"),
        event("a", 500, "im Jahr 2024", "2024", "drei weitere Satelliten geplant"),
        event("a", 600, "seit Juli 2000", "2000-07", "Putins erste Reise nach Nordkorea"),
        event("a", 700, "1961", "1961", "Vertrag über Freundschaft"),
        event("a", 900, "seit 24 Jahren", "P24Y", "erster Besuch seit 24 Jahren", timex_type="DURATION"),
        event("b", 10, "June 18", "2024-06-18", "<script>alert(1)</script> Putin lands <b>late</b>",
              title="Putin lands <i>in</i> Pyongyang", sentence="On June 18 <script>alert(1)</script> he landed.",
              actors=("Putin",)),
    ])


WAIT_MS = 90_000

# Plotly has drawn the figure the last run sent: its div carries the layout, and no redraw is queued.
_PLOTLY_SETTLED = """() => {
  const plots = [...document.querySelectorAll('.js-plotly-plot')];
  return plots.length > 0 && plots.every(p => p._fullLayout && !(p._transitionData && p._transitionData._frameQueue
    && p._transitionData._frameQueue.length)) && document.fonts.status === 'loaded';
}"""


def wait_until_idle(page) -> None:
    """Until the script has finished (no "Running..." status widget, no stale elements, no placeholders of widgets
    still loading), the chart is drawn, and so is the rest of a new visitor's page (built once the first screen's
    chart is drawn)."""
    page.wait_for_selector(".js-plotly-plot .main-svg", state="visible", timeout=WAIT_MS)
    page.wait_for_selector(".st-key-first_screen", state="detached", timeout=WAIT_MS)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=WAIT_MS)
    page.wait_for_function("!document.querySelector('[data-stale=\"true\"]')", timeout=WAIT_MS)
    # widgets whose scripts are still loading show as grey placeholders
    page.wait_for_function("!document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=WAIT_MS)
    page.wait_for_function(_PLOTLY_SETTLED, timeout=WAIT_MS)


def open_tab(page, name: str, shows) -> None:
    """Click the tab `name` until `shows` (a locator inside it) is visible: a click that lands while the script
    reruns under load can be lost when the tabs are drawn anew."""
    from playwright.sync_api import expect

    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        page.get_by_role("tab", name=name, exact=True).click()
        try:
            expect(shows).to_be_visible(timeout=10_000)
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            wait_until_idle(page)


def save_screenshots(page, folder: Path) -> None:
    """The dashboard as a visitor first sees it, and the whole page."""
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "dashboard.png"))
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": 1400, "height": max(1000, min(int(height) + 50, 6000))})
    wait_until_idle(page)
    page.screenshot(path=str(folder / "dashboard-full.png"), full_page=True)


def dashboard(timeout: float = 90) -> AppTest:
    """The dashboard in AppTest as a browser has it once the first screen's chart is drawn (the browser's report
    of that is a component's trigger, which AppTest cannot send): the whole page from the first run."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    at.session_state["page_complete"] = True
    return at


LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def launch_chromium(playwright):
    """Debian's headless chromium, with the flags this sandbox needs (never a browser Playwright downloads)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start_server(port: int, timeout: float = 60, script: Path = ROOT / "app.py") -> subprocess.Popen:
    """`streamlit run app.py` (or `script`) on `port`, in its own process group; returns once it answers."""
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true", "--server.port", str(port),
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=script.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with status {process.returncode}")
        if _answers(f"http://127.0.0.1:{port}/_stcore/health"):
            return process
        time.sleep(0.3)
    stop_server(process)
    raise RuntimeError(f"streamlit did not answer on port {port} within {timeout:.0f} s")


def stop_server(process: subprocess.Popen) -> None:
    """Stop the server and anything it started (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"no Chromium at {CHROMIUM}: the browser tests need Debian's chromium package")
    port = free_port()
    process = start_server(port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(process)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Debian's headless chromium, one per test module (the browser tests skip without it)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: the browser tests need Debian's chromium package")
    with sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            yield browser
        finally:
            browser.close()
