"""How many event labels the chart leaves to the hover, and how tall it gets: the bundled sample, long histories
(English Wikipedia war histories from ../shared's WikiWars corpus, left out when it is not there), each with the
default lanes and with "Every label" (`grow`).

    python benchmarks/labels_bench.py
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from timeline import Document, extract_documents  # noqa: E402
from timeline.chart import article_colors, timeline_figure  # noqa: E402
from timeline.samples import load_samples  # noqa: E402

WIKIWARS = ROOT.parent / "shared" / "corpora" / "wikiwars_en.dev.jsonl"
HISTORIES = {"First World War": ["02_WW1"], "Korean War": ["06_KoreanWar"],
             "four war histories": ["02_WW1", "04_AmRevWar", "06_KoreanWar", "17_AlgerianWar"]}


def histories() -> dict[str, list[Document]]:
    if not WIKIWARS.exists():
        print(f"no {WIKIWARS}: only the sample", file=sys.stderr)
        return {}
    records = {record["doc_id"]: record for record in map(json.loads, WIKIWARS.open(encoding="utf-8"))}
    return {name: [Document(doc_id=key, text=records[key]["text"], dct=date.fromisoformat(records[key]["dct"]),
                            lang="en", title=key) for key in keys] for name, keys in HISTORIES.items()}


def main() -> None:
    for name, documents in {"bundled sample": load_samples(), **histories()}.items():
        frame = extract_documents(documents)
        colors = article_colors(frame["doc_id"])
        figures = {grow: timeline_figure(frame, colors=colors, grow=grow) for grow in (False, True)}
        meta = figures[False].layout.meta
        print(f"{name}: {meta['events']} events; labels hidden {meta['hidden_labels']}, chart "
              f"{figures[False].layout.height} px; with every label: hidden "
              f"{figures[True].layout.meta['hidden_labels']}, chart {figures[True].layout.height} px")


if __name__ == "__main__":
    main()
