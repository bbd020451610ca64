"""How the cost of merging grows with the number of rows: synthetic archives up to 100,000 rows.

    python benchmarks/merge_scale_bench.py                    # 1,000 ... 100,000 rows
    python benchmarks/merge_scale_bench.py --sizes 1000 10000

Each archive has articles of 25 dated rows; their dates spread over a period that grows with the archive (about
one day per 50 rows) with a few dates every article names ("2024", the start of a war) so that some date blocks
are large; clauses are drawn from a vocabulary of words and names, and a third of the rows retell another
article's event. Printed per size: seconds of CPU time for `merge_events`, rows merged away, and the time over
n log2 n (flat when the cost grows as n log n; a quadratic cost would grow it tenfold from 10,000 to 100,000).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import schema  # noqa: E402
from timeline.merge import merge_events  # noqa: E402
from timeline.timex import granularity_of, interval_of  # noqa: E402

ROWS_PER_ARTICLE = 25
ROWS_PER_DAY = 50
SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tu", "vor", "di", "ne", "pa", "ro", "ul", "ba", "ze", "gi", "hu")
WORDS = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in ("n", "t", "s", "r")]  # 1,024 words
NAMES = [f"{a.title()}{b} {c.title()}{d}{e}" for a, b in zip(SYLLABLES, reversed(SYLLABLES)) for c in SYLLABLES
         for d in SYLLABLES for e in ("nov", "ski", "berg")]  # 12,288 names


def archive(rows: int, seed: int = 7) -> schema.pd.DataFrame:
    rng = random.Random(seed)
    days = max(1, rows // ROWS_PER_DAY)
    start = date(2020, 1, 1)
    popular = ["2024", "2022-02-24", "2023-10"]
    records, told = [], []
    for index in range(rows):
        doc = f"article-{index // ROWS_PER_ARTICLE}"
        if told and rng.random() < 0.33:  # another article's event, retold
            value, clause, actors = rng.choice(told)
        else:
            value = rng.choice(popular) if rng.random() < 0.05 else (start + timedelta(rng.randrange(days))).isoformat()
            actors = tuple(rng.sample(NAMES, 2))
            clause = f"{actors[0]} {' '.join(rng.sample(WORDS, 5))} {actors[1]}"
            told.append((value, clause, actors))
        interval = interval_of(value)
        records.append({
            "event_id": f"{doc}:{index}", "doc_id": doc, "lang": "en", "start": index, "end": index + 5,
            "expression": value, "type": "DATE", "value": value, "granularity": granularity_of("DATE", value),
            "date_start": interval.start, "date_end": interval.end, "label": clause, "clause": clause,
            "sentence": clause + ".", "sentence_start": index, "actors": list(actors), "anchor": "absolute",
            "confidence": 1.0, "sources": [doc],
        })
    return schema.from_records(records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000, 30000, 100000])
    args = parser.parse_args()
    print(f"{'rows':>8} {'seconds':>8} {'merged away':>12} {'µs per n·log2 n':>16}")
    for size in args.sizes:
        frame = archive(size)
        started = time.process_time()
        merged = merge_events(frame)
        seconds = time.process_time() - started
        print(f"{size:>8,} {seconds:>8.2f} {size - len(merged):>12,} {seconds / (size * math.log2(size)) * 1e6:>16.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
