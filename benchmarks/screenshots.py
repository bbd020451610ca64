"""Refresh the README's screenshots (docs/dashboard.png, docs/dashboard-full.png) from the dashboard on the
bundled sample, in Debian's headless chromium. The test suite never writes docs/: its screenshots go to artifacts/.

    python benchmarks/screenshots.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import free_port, launch_chromium, save_screenshots, start_server, stop_server, wait_until_idle  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402


def main() -> None:
    port = free_port()
    server = start_server(port)
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(f"http://127.0.0.1:{port}")
                wait_until_idle(page)
                save_screenshots(page, ROOT / "docs")
            finally:
                browser.close()
    finally:
        stop_server(server)
    print(f"wrote {ROOT / 'docs' / 'dashboard.png'} and {ROOT / 'docs' / 'dashboard-full.png'}")


if __name__ == "__main__":
    main()
