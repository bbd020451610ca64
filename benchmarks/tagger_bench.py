"""The tagger against the baseline (dateparser.search.search_dates), side by side on the same gold corpora.

For each system and corpus: TempEval-3 value F1 and relaxed F1, characters per second on one core (CPU time
of the process), and the process's peak memory. Each system runs in a child process of its own, pinned to one core, so that the peak
memory is its own and not the other's.

    python benchmarks/tagger_bench.py                      # KRAUTS, TE3 Platinum, TBAQ dev (../shared/corpora)
    python benchmarks/tagger_bench.py --corpus PATH.jsonl  # any corpus in that format
    python benchmarks/tagger_bench.py --pipeline           # also time extract_documents() (events, merging)
    python benchmarks/tagger_bench.py --speed --repeat 3   # KRAUTS + TBAQ dev texts as one corpus, for speed
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.evaluate import Counts, Report, Span, read_gold, score_document  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
DEFAULT_CORPORA = ["krauts.dev.jsonl", "te3_platinum.dev.jsonl", "tbaq.dev.jsonl", "ftib.dev.jsonl"]
SPEED_CORPORA = ["krauts.dev.jsonl", "tbaq.dev.jsonl"]


def _dct(document: dict) -> date | None:
    return date.fromisoformat(document["dct"][:10]) if document.get("dct") else None


def tagger_spans(documents: list[dict]) -> list[list[Span]]:
    from timeline.tagger import tag

    spans = []
    for document in documents:
        found = tag(document["text"], _dct(document), document.get("lang") or "en")
        spans.append([Span(t.start, t.end, t.text, t.type, t.value) for t in found])
    return spans


def pipeline_spans(documents: list[dict]) -> list[list[Span]]:
    """The whole pipeline as the CLI runs it: tagging, events, labels, actors, merging across articles."""
    from timeline import Document, extract_documents

    frame = extract_documents(
        [Document(doc_id=str(i), text=d["text"], dct=_dct(d), lang=d.get("lang")) for i, d in enumerate(documents)]
    )
    spans: list[list[Span]] = [[] for _ in documents]
    for row in frame.itertuples():
        for source in row.sources:  # a merged row stands for the expression in each of its articles
            if source == row.doc_id:
                spans[int(source)].append(Span(int(row.start), int(row.end), row.expression, row.type, row.value))
    return spans


def baseline_spans(documents: list[dict]) -> list[list[Span]]:
    """dateparser's search, as people use it: every hit is a DATE at day precision, offsets found in order."""
    from dateparser.search import search_dates

    spans = []
    for document in documents:
        dct = _dct(document)
        settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)} if dct else {}
        text = document["text"]
        found = search_dates(text, languages=[document.get("lang") or "en"], settings=settings) or []
        document_spans, position = [], 0
        for expression, moment in found:
            start = text.find(expression, position)
            if start < 0:
                continue
            position = start + len(expression)
            document_spans.append(Span(start, position, expression, "DATE", moment.strftime("%Y-%m-%d")))
        spans.append(document_spans)
    return spans


SYSTEMS = {"timeline.tagger": tagger_spans, "timeline.extract": pipeline_spans, "dateparser": baseline_spans}


def _run(system: str, corpus: str, documents: list[dict], queue: multiprocessing.Queue) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    spans_of = SYSTEMS[system]
    # Load resources and compile every language's rules before the clock starts.
    spans_of(list({document.get("lang"): document for document in documents}.values()))
    start = time.process_time()
    found = spans_of(documents)
    elapsed = time.process_time() - start  # CPU time of this process: other load on the machine does not count
    counts = Counts()
    for document, system_spans in zip(documents, found):
        gold = [Span(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in document["timexes"]]
        score_document(gold, system_spans, counts)
    characters = sum(len(d["text"]) for d in documents)
    report = Report(corpus, len(documents), characters, counts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put({"scores": report.scores(), "seconds": elapsed, "characters": characters, "peak_mb": peak_mb})


def measure(system: str, corpus: str, documents: list[dict]) -> dict:
    queue: multiprocessing.Queue = multiprocessing.get_context("spawn").Queue()
    process = multiprocessing.get_context("spawn").Process(target=_run, args=(system, corpus, documents, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", help="gold JSONL (repeatable); default: the dev corpora")
    parser.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    parser.add_argument("--pipeline", action="store_true", help="also run the whole extract() pipeline")
    parser.add_argument("--speed", action="store_true", help="KRAUTS and TBAQ dev texts together (the speed target)")
    parser.add_argument("--repeat", type=int, default=1, help="run each measurement N times, report the median")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    corpora = args.corpus or [str(SHARED / name) for name in DEFAULT_CORPORA]
    if args.speed:
        corpora = [str(SHARED / name) for name in SPEED_CORPORA]
    systems = ["timeline.tagger"] + (["timeline.extract"] if args.pipeline else []) + ["dateparser"]
    results = []
    print(f"{'corpus':24} {'system':17} {'value F1':>8} {'relaxed F1':>10} {'relaxed P':>9} {'chars/s':>10} {'peak MB':>8}")
    groups = {"+".join(Path(c).name.split(".")[0] for c in corpora): corpora} if args.speed else {c: [c] for c in corpora}
    for corpus, paths in groups.items():
        name = Path(corpus).name.replace(".dev.jsonl", "")
        documents = [d for path in paths for d in read_gold(path, args.limit)]
        for system in systems:
            runs = [measure(system, name, documents) for _ in range(args.repeat)]
            result = sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]  # the median run
            s = result["scores"]
            speed = result["characters"] / result["seconds"] if result["seconds"] else float("inf")
            print(
                f"{name:24} {system:17} {s['value_f1']:8.3f} {s['relaxed_f1']:10.3f} "
                f"{s['relaxed_p']:9.3f} {speed:10,.0f} {result['peak_mb']:8.0f}",
                flush=True,
            )
            results.append({"corpus": name, "system": system, "chars_per_second": speed, **result})
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
