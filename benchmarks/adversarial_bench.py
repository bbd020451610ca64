"""Dense and pathological inputs against the whole pipeline: is extraction linear in time and bounded in memory?

Each family is one pattern repeated (or grown) to 10 K, 100 K and 1 M characters and run through
`timeline.extract` (tagging, DCT finding, events, labels, clauses, actors). Every run is a child process of its
own, so its peak memory (ru_maxrss, whole process with Python and pandas) is its own. Per family the script
reports characters per CPU second at each size, the peak memory, and the slope of CPU time against size on a
log-log scale (1.0 is linear, 2.0 quadratic), next to the speed on ordinary news (KRAUTS and TBAQ dev texts,
one `extract` per article). The target (issue 13): at least a third of the news speed and under 500 MB at the
document limit (2,000,000 characters).

    python benchmarks/adversarial_bench.py                          # every family at 10 K, 100 K, 1 M
    python benchmarks/adversarial_bench.py --sizes 10000,2000000    # up to the document limit
    python benchmarks/adversarial_bench.py --family months-en --family long-token
    python benchmarks/adversarial_bench.py --news-fallback --family dates-es-fallback   # news without packs too
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "corpora"
NEWS_CORPORA = ["krauts.dev.jsonl", "tbaq.dev.jsonl"]
DCT = "2024-06-19"
TARGET_SHARE = 1 / 3
TARGET_MB = 500


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _nested(size: int) -> str:
    half = size // 2 - 5
    return "(" * half + "2024" + ")" * half


def _mixed(size: int) -> str:
    """Every script, controls, bidi marks and lone surrogates among date-like fragments (fixed seed)."""
    import random

    generator = random.Random(13)
    fragments = ["19.", "Juni", "2024", "May", " ", "\n", "\u202e", "\u200f", "\ud800", "\x00", "年", "月", "١٩",
                 "June 5", "W53", "—", "'", "(", ")", "9999", "0001", "mardi", "Q4"]
    pieces, length = [], 0
    while length < size:
        piece = generator.choice(fragments) if generator.random() < 0.7 else chr(generator.randrange(0x20, 0x3000))
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)[:size]


def _day_list(size: int) -> str:
    """One sentence: a list of days set off by commas, each its own ("4. Mai 1903, 5. Mai 1904, …")."""
    days = (f"{number % 28 + 1}. Mai {1900 + number % 100}" for number in range(size))
    text = "Die Termine sind "
    while len(text) < size:
        text += next(days) + ", "
    return text[:size]


# name: (text of a given size, language)
FAMILIES: dict[str, tuple[Callable[[int], str], str | None]] = {
    "months-en": (_repeat("May "), "en"),
    "months-de": (_repeat("Mai "), "de"),
    "years-in": (_repeat("in 2024, "), "en"),
    "dates-de": (_repeat("19. Juni 2024 "), "de"),
    "dates-numeric": (_repeat("19.06.2024 "), "de"),
    "dates-fr": (_repeat("le 3 mars 2024, "), "fr"),
    "day-list-de": (_day_list, "de"),
    "day-lists-en": (_repeat("3, 4 and 5 June, "), "en"),
    "weekdays": (_repeat("Monday Tuesday "), "en"),
    "durations": (_repeat("for three years and "), "en"),
    "numbers": (_repeat("12 "), "en"),
    "numbers-grouped": (_repeat("1,234.56 "), "en"),
    "clock-times": (_repeat("at 10:30 "), "en"),
    "ordinals-de": (_repeat("1. 2. "), "de"),
    "digits-token": (_repeat("1"), "en"),
    "long-token": (_repeat("a"), "en"),
    "dotted-token": (_repeat("1."), "de"),
    "long-sentence": (_repeat("the minister said on Monday that talks in May 2024 would resume, and "), "en"),
    "nested-brackets": (_nested, "en"),
    "brackets-dates": (_repeat("(2024) [May] "), "en"),
    "capitalised-names": (_repeat("President Joe Biden of New York "), "en"),
    "newlines": (_repeat("2024\n"), "en"),
    "whitespace": (lambda size: " " * (size - 4) + "2024", "en"),
    "punctuation": (_repeat(". "), "en"),
    "dates-es-fallback": (_repeat("el 5 de mayo de 2024, "), "es"),
    "dates-cs-fallback": (_repeat("5. května 2024 a 12.03.2024, "), "cs"),
    "years-es-fallback": (_repeat("en 2024, "), "es"),
    "numbers-es-fallback": (_repeat("12 3000 1.998 "), "es"),
    "mixed-scripts": (_mixed, None),
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _warm_up() -> None:
    import timeline

    for lang in ("de", "en", "fr", "es"):  # compile every pack and load dateparser before the clock starts
        timeline.extract("Am 19. Juni 2024 und am 3 mars 2024.", dct=DCT, lang=lang)


def _run_family(family: str, size: int, queue: multiprocessing.Queue) -> None:
    _pin()
    import timeline

    make, lang = FAMILIES[family]
    text = make(size)
    _warm_up()
    start = time.process_time()
    frame = timeline.extract(text, dct=DCT, lang=lang)
    seconds = time.process_time() - start
    queue.put({"seconds": seconds, "characters": len(text), "rows": len(frame), "peak_mb": _peak_mb()})


def _run_news(through_fallback: bool, queue: multiprocessing.Queue) -> None:
    _pin()
    import timeline
    import timeline.tagger

    if through_fallback:  # as if German and English had no pack: the tagger's fallback reads them (CLDR data)
        timeline.tagger.load_pack = lambda code: None  # type: ignore[assignment]

    documents = [json.loads(line) for name in NEWS_CORPORA for line in (SHARED / name).open(encoding="utf-8")]
    _warm_up()
    start = time.process_time()
    rows = sum(len(timeline.extract(d["text"], dct=(d.get("dct") or "")[:10] or None, lang=d.get("lang")))
               for d in documents)
    seconds = time.process_time() - start
    characters = sum(len(d["text"]) for d in documents)
    queue.put({"seconds": seconds, "characters": characters, "rows": rows, "peak_mb": _peak_mb()})


def _child(target: Callable, args: tuple, timeout: float) -> dict | None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    try:
        return queue.get(timeout=timeout)
    except Exception:  # queue.Empty: the run took longer than the timeout (or died)
        return None
    finally:
        if process.is_alive():
            process.kill()
        process.join()


def slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(characters)."""
    usable = [(math.log(n), math.log(max(s, 1e-3))) for n, s in points]
    if len(usable) < 2:
        return None
    mean_x = sum(x for x, _ in usable) / len(usable)
    mean_y = sum(y for _, y in usable) / len(usable)
    denominator = sum((x - mean_x) ** 2 for x, _ in usable)
    return sum((x - mean_x) * (y - mean_y) for x, y in usable) / denominator if denominator else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated text sizes in characters")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these families")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run counts as too slow")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("--news-fallback", action="store_true",
                        help="also time the ordinary news through the fallback tagger (packs left out)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    news = _child(_run_news, (False,), args.timeout)
    if news is None:
        print("ordinary news did not finish", file=sys.stderr)
        return 1
    news_speed = news["characters"] / news["seconds"]
    print(f"ordinary news (KRAUTS+TBAQ dev, {news['characters']:,} chars): {news_speed:,.0f} chars/CPU-s, "
          f"peak {news['peak_mb']:.0f} MB; target: >= {news_speed * TARGET_SHARE:,.0f} chars/CPU-s, "
          f"< {TARGET_MB} MB")
    if args.news_fallback:
        plain = _child(_run_news, (True,), args.timeout)
        if plain is not None:
            speed = plain["characters"] / plain["seconds"]
            print(f"ordinary news through the fallback (packs left out): {speed:,.0f} chars/CPU-s "
                  f"({speed / news_speed:.2f} of the news speed), {plain['rows']:,} rows, peak {plain['peak_mb']:.0f} MB")
    header = "".join(f"{f'{size:,} c/s':>14}" for size in sizes)
    print(f"{'family':18}{header}{'peak MB':>9}{'slope':>7}{'share':>7}  verdict")
    results = {"news": news, "families": {}}
    failures = 0
    for family in args.family or list(FAMILIES):
        runs = [(size, _child(_run_family, (family, size), args.timeout)) for size in sizes]
        cells = "".join(
            f"{'timeout':>14}" if run is None else f"{run['characters'] / max(run['seconds'], 1e-3):14,.0f}"
            for _, run in runs
        )
        finished = [(size, run) for size, run in runs if run is not None]
        fit = slope([(run["characters"], run["seconds"]) for _, run in finished])
        peak = max((run["peak_mb"] for _, run in finished), default=float("nan"))
        last = finished[-1][1] if finished else None
        share = (last["characters"] / max(last["seconds"], 1e-3)) / news_speed if last else 0.0
        ok = len(finished) == len(runs) and share >= TARGET_SHARE and peak < TARGET_MB
        failures += not ok
        print(f"{family:18}{cells}{peak:9.0f}{(fit if fit is not None else float('nan')):7.2f}{share:7.2f}  "
              f"{'ok' if ok else 'SLOW OR BIG'}", flush=True)
        results["families"][family] = {"runs": dict((str(s), r) for s, r in runs), "slope": fit, "share": share}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
