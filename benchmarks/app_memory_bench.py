"""The dashboard server's memory over many page loads. Prints resident memory (RSS, from /proc) every few loads,
split by where it lives (glibc's main malloc arena, its other arenas, other anonymous memory, files), the growth
after the warm-up, and the least-squares slope over the last 100 loads (what "flat" is judged by).

- `--mode browser` (default): one `streamlit run app.py`, visited N times by Debian's headless chromium, each
  visit a new browser context (a new session: page, websocket, script run, chart drawn), closed before the next;
  the server process is measured.
- `--mode apptest`: N sessions of Streamlit's AppTest, one after the other, in this process (the script, its
  session state and the shared caches, without the web server and browser); this process is measured.

Run: python benchmarks/app_memory_bench.py [--mode browser|apptest] [--loads 200] [--every 10] [--paste] [--trace]
`--paste`: each load also pastes an article of its own (new text, new extraction, new events in the session).
`--trace` (browser mode): WHAT grows, in a shorter run (e.g. `--loads 60 --trace`). The server runs with tracemalloc;
after the warm-up loads and after the last it collects garbage and takes a snapshot, and the script prints the
growth of the Python heap between the two by file and by call stack, next to pyarrow's pool and glibc's malloc
counters (memory that tracemalloc does not see). RSS under tracemalloc is not the server's usual RSS.
`--trim` (browser mode, without tracemalloc): at the same two points, glibc's counters, then `malloc_trim(0)` (free
memory handed back to the system) and RSS again: how much of the growth is memory malloc keeps free, not data.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import conftest  # noqa: E402
from conftest import WAIT_MS, _answers, free_port, launch_chromium, start_server, stop_server, wait_until_idle  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402


def rss_mb(pid: int) -> float:
    """Resident memory of process `pid` in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


# glibc maps each extra malloc arena as heaps aligned to HEAP_MAX_SIZE (64 MB on 64-bit); the main arena is [heap]
ARENA_ALIGNMENT = 64 << 20


def rss_by_kind(pid: int) -> dict[str, float]:
    """Resident memory of `pid` in MB by where it lives (/proc/PID/smaps): the main malloc arena (`[heap]`), the
    other malloc arenas, other anonymous memory (Python's object arenas, large blocks malloc maps on their own,
    thread stacks, pyarrow's pool) and files (code, data files)."""
    kinds = dict.fromkeys(("main_arena", "other_arenas", "other_anonymous", "files"), 0.0)
    kind = "files"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            name = fields[5] if len(fields) > 5 else ""
            start = int(fields[0].split("-")[0], 16)
            kind = ("main_arena" if name == "[heap]" else "files" if name.startswith(("/", "[v")) else
                    "other_arenas" if not name and start % ARENA_ALIGNMENT == 0 else "other_anonymous")
        elif fields[0] == "Rss:":
            kinds[kind] += int(fields[1]) / 1024
    return kinds


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
    from conftest import dashboard

    at = dashboard(300).run()
    if paste:
        at.sidebar.text_area[0].input(article(number))
        at.sidebar.button[0].click().run()
    if at.exception:
        raise RuntimeError(f"load {number}: {at.exception}")


def measure(loads: int, every: int, pid: int, load: Callable[[int], None],
            snapshot: Callable[[int], None] | None = None, warm: int = 20) -> list[tuple[int, float]]:
    curve: list[tuple[int, float]] = [(0, rss_mb(pid))]
    print(f"process {pid}; RSS at the start: {curve[0][1]:.0f} MB", flush=True)
    started = time.perf_counter()
    for number in range(1, loads + 1):
        load(number)
        if number % every == 0 or number == loads:
            time.sleep(1)  # let the server drop the closed session
            gc.collect()
            curve.append((number, rss_mb(pid)))
            kinds = ", ".join(f"{kind} {mb:.1f}" for kind, mb in rss_by_kind(pid).items())
            print(f"{number:4d} loads: RSS {curve[-1][1]:6.1f} MB ({kinds}; {time.perf_counter() - started:.0f} s)",
                  flush=True)
        if snapshot and number in (min(warm, loads - 1), loads):
            time.sleep(5)  # the server drops a closed session's state a little after the websocket closes
            snapshot(number)
    return curve


# --- --trace: the server under tracemalloc, snapshots on SIGUSR1 -------------------------------------------------

TRACE_FRAMES = 8


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def native_memory() -> dict[str, float]:
    """Memory tracemalloc does not see, in MB: pyarrow's pool and glibc malloc's in-use and free bytes."""
    figures: dict[str, float] = {}
    if "pyarrow" in sys.modules:
        figures["pyarrow_pool"] = sys.modules["pyarrow"].total_allocated_bytes() / 2**20
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        counters = libc.mallinfo2()
    except (OSError, AttributeError):
        return figures
    figures["malloc_in_use"] = (counters.uordblks + counters.hblkhd) / 2**20
    figures["malloc_free_in_arenas"] = counters.fordblks / 2**20
    return figures


def serve_traced(port: int, trace_dir: Path, python_heap: bool) -> None:
    """`streamlit run app.py` in this process (under tracemalloc with `python_heap`); SIGUSR1 writes the memory
    figures, what grew since the first signal, and RSS after glibc's free memory is handed back."""
    if python_heap:
        tracemalloc.start(TRACE_FRAMES)
    first: list[tracemalloc.Snapshot] = []
    ignored = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen importlib._bootstrap*>")]
    reports: list[dict] = []

    def on_signal(signum: int, frame: object) -> None:
        gc.collect()
        report = {"rss_mb": rss_mb(os.getpid()), **native_memory()}
        if python_heap:
            snapshot = tracemalloc.take_snapshot().filter_traces(ignored)
            report["traced_mb"] = sum(stat.size for stat in snapshot.statistics("filename")) / 2**20
            if first:
                report["by_file"] = [[str(stat.traceback[0].filename), stat.size_diff, stat.count_diff]
                                     for stat in snapshot.compare_to(first[0], "filename")[:20]]
                report["by_stack"] = [[stat.traceback.format(most_recent_first=True), stat.size_diff,
                                       stat.count_diff] for stat in snapshot.compare_to(first[0], "traceback")[:12]]
            else:
                first.append(snapshot)
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            report["rss_trimmed_mb"] = rss_mb(os.getpid())
        except (OSError, AttributeError):  # not glibc
            pass
        (trace_dir / f"snapshot-{len(reports)}.json").write_text(json.dumps(report))
        reports.append(report)

    signal.signal(signal.SIGUSR1, on_signal)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true", "--server.port", str(port),
                "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    cli.main()


def start_traced_server(port: int, trace_dir: Path, python_heap: bool) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, __file__, "--serve-traced", str(port), "--trace-dir", str(trace_dir)]
                               + (["--python-heap"] if python_heap else []),
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if _answers(f"http://127.0.0.1:{port}/_stcore/health"):
            return process
        time.sleep(0.3)
    stop_server(process)
    raise RuntimeError("the traced server did not start")


def request_snapshot(server: subprocess.Popen, trace_dir: Path, number: int) -> dict:
    path = trace_dir / f"snapshot-{len(list(trace_dir.glob('snapshot-*.json')))}.json"
    server.send_signal(signal.SIGUSR1)
    deadline = time.monotonic() + 600
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(0.5)  # the file is written at once, but give it a moment
    report = json.loads(path.read_text())
    figures = ", ".join(f"{name} {report[name]:.1f}" for name in (
        "traced_mb", "rss_mb", "pyarrow_pool", "malloc_in_use", "malloc_free_in_arenas", "rss_trimmed_mb")
        if name in report)
    print(f"{number:4d} loads (MB): {figures}", flush=True)
    return report


def print_growth(report: dict, loads: int) -> None:
    print(f"\nPython heap growth over the last {loads} loads, by file (bytes, blocks):")
    for filename, size, count in report["by_file"]:
        print(f"  {size:+10,d} B {count:+8,d}  {filename}")
    print("by call stack (most recent call first):")
    for lines, size, count in report["by_stack"]:
        print(f"  {size:+10,d} B {count:+8,d}")
        for line in lines[:TRACE_FRAMES * 2]:
            print(f"      {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("browser", "apptest"), default="browser")
    parser.add_argument("--loads", type=int, default=200)
    parser.add_argument("--every", type=int, default=10, help="measure after this many loads")
    parser.add_argument("--paste", action="store_true", help="each visit pastes an article of its own")
    parser.add_argument("--trace", action="store_true", help="browser mode: what grows (server under tracemalloc)")
    parser.add_argument("--trim", action="store_true", help="browser mode: how much of the growth malloc keeps free")
    parser.add_argument("--serve-traced", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--trace-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--python-heap", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.serve_traced:
        serve_traced(args.serve_traced, args.trace_dir, args.python_heap)
        return
    reports: list[dict] = []
    if args.mode == "apptest":
        curve = measure(args.loads, args.every, os.getpid(), lambda number: app_session(number, args.paste))
    else:
        port = free_port()
        trace_dir = Path(tempfile.mkdtemp(prefix="app-memory-"))
        watched = args.trace or args.trim
        server = start_traced_server(port, trace_dir, args.trace) if watched else start_server(port)
        if args.trace:  # pages take several times longer under tracemalloc
            conftest.WAIT_MS = 5 * WAIT_MS
        url = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                try:
                    curve = measure(args.loads, args.every, server.pid,
                                    lambda number: visit(browser, url, number, args.paste),
                                    (lambda number: reports.append(request_snapshot(server, trace_dir, number)))
                                    if watched else None)
                finally:
                    browser.close()
        finally:
            stop_server(server)
            shutil.rmtree(trace_dir, ignore_errors=True)

    warm = next((point for point in curve if point[0] >= min(20, args.loads)), curve[-1])
    last = curve[-1]
    loads_after = max(last[0] - warm[0], 1)
    print(f"\nRSS: {curve[0][1]:.0f} MB after start, {warm[1]:.0f} MB after {warm[0]} loads (warm), "
          f"{last[1]:.0f} MB after {last[0]} loads; peak {max(mb for _, mb in curve):.0f} MB")
    print(f"growth after warm-up: {last[1] - warm[1]:+.1f} MB over {loads_after} loads "
          f"({(last[1] - warm[1]) / loads_after * 100:+.1f} MB per 100 loads)")
    tail = [point for point in curve if point[0] >= last[0] - 100 and point[0] > 0]
    if len(tail) > 2:  # "flat": the least-squares slope of RSS over the last 100 loads
        mean_load = sum(load for load, _ in tail) / len(tail)
        mean_mb = sum(mb for _, mb in tail) / len(tail)
        slope = (sum((load - mean_load) * (mb - mean_mb) for load, mb in tail)
                 / sum((load - mean_load) ** 2 for load, _ in tail))
        print(f"slope over loads {tail[0][0]}-{last[0]}: {slope * 100:+.1f} MB per 100 loads (least squares)")
    print("RSS at loads " + ", ".join(f"{load}: {mb:.0f} MB" for load, mb in curve if load % 50 == 0))
    if len(reports) == 2 and "by_file" in reports[1]:
        print_growth(reports[1], loads_after)


if __name__ == "__main__":
    main()
