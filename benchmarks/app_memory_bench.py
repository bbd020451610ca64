"""The dashboard server's memory over many page loads. Prints resident memory (RSS, from /proc) every few loads
and the growth after the warm-up.

- `--mode browser` (default): one `streamlit run app.py`, visited N times by Debian's headless chromium, each
  visit a new browser context (a new session: page, websocket, script run, chart drawn), closed before the next;
  the server process is measured.
- `--mode apptest`: N sessions of Streamlit's AppTest, one after the other, in this process (the script, its
  session state and the shared caches, without the web server and browser); this process is measured.

Run: python benchmarks/app_memory_bench.py [--mode browser|apptest] [--loads 200] [--every 10] [--paste]
`--paste`: each load also pastes an article of its own (new text, new extraction, new events in the session).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import WAIT_MS, free_port, launch_chromium, start_server, stop_server, wait_until_idle  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402


def rss_mb(pid: int) -> float:
    """Resident memory of process `pid` in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def article(number: int) -> str:
    return (f"Berlin, 3. März 2025. Der Ausschuss {number} tagte am Montag. Am {number % 28 + 1}. Juni 2025 "
            f"soll Vorlage {number} beschlossen werden.")


def visit(browser, url: str, number: int, paste: bool) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.goto(url)
        wait_until_idle(page)
        if paste:
            sidebar = page.locator('[data-testid="stSidebar"]')
            sidebar.get_by_label("Article text").fill(article(number))
            sidebar.get_by_role("button", name="Add to timeline").click()
            alert = page.locator('[data-testid="stAlert"]', has_text="dated events added")
            expect(alert).to_be_visible(timeout=WAIT_MS)
            wait_until_idle(page)
    finally:
        context.close()


def app_session(number: int, paste: bool) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    if paste:
        at.sidebar.text_area[0].input(article(number))
        at.sidebar.button[0].click().run()
    if at.exception:
        raise RuntimeError(f"load {number}: {at.exception}")


def measure(loads: int, every: int, pid: int, load: Callable[[int], None]) -> list[tuple[int, float]]:
    curve: list[tuple[int, float]] = [(0, rss_mb(pid))]
    print(f"process {pid}; RSS at the start: {curve[0][1]:.0f} MB", flush=True)
    started = time.perf_counter()
    for number in range(1, loads + 1):
        load(number)
        if number % every == 0 or number == loads:
            time.sleep(1)  # let the server drop the closed session
            gc.collect()
            curve.append((number, rss_mb(pid)))
            print(f"{number:4d} loads: RSS {curve[-1][1]:6.0f} MB ({time.perf_counter() - started:.0f} s)", flush=True)
    return curve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("browser", "apptest"), default="browser")
    parser.add_argument("--loads", type=int, default=200)
    parser.add_argument("--every", type=int, default=10, help="measure after this many loads")
    parser.add_argument("--paste", action="store_true", help="each visit pastes an article of its own")
    args = parser.parse_args()

    if args.mode == "apptest":
        curve = measure(args.loads, args.every, os.getpid(), lambda number: app_session(number, args.paste))
    else:
        port = free_port()
        server = start_server(port)
        url = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                try:
                    curve = measure(args.loads, args.every, server.pid,
                                    lambda number: visit(browser, url, number, args.paste))
                finally:
                    browser.close()
        finally:
            stop_server(server)

    warm = next((point for point in curve if point[0] >= min(20, args.loads)), curve[-1])
    last = curve[-1]
    loads_after = max(last[0] - warm[0], 1)
    print(f"\nRSS: {curve[0][1]:.0f} MB after start, {warm[1]:.0f} MB after {warm[0]} loads (warm), "
          f"{last[1]:.0f} MB after {last[0]} loads; peak {max(mb for _, mb in curve):.0f} MB")
    print(f"growth after warm-up: {last[1] - warm[1]:+.1f} MB over {loads_after} loads "
          f"({(last[1] - warm[1]) / loads_after * 100:+.1f} MB per 100 loads)")


if __name__ == "__main__":
    main()
