"""Why the merge errs on ECB+: re-merge a benchmark run's unmerged rows with this checkout and list its errors.

    python benchmarks/merge_analysis.py OUT                # OUT: a folder holding single.jsonl from a run of
                                                           # ../shared/corpora/merge/run_merge_dev.sh (OUT=...)
    python benchmarks/merge_analysis.py OUT --missed 20    # also 20 same-event collisions that were not merged,
                                                           # and how many of them each rule refused

Re-merging the unmerged rows (`timeline.merge.merge_events`) gives the run's merged rows without extracting
again, so a change to the merge is measured in seconds; the score is the benchmark's own scorer's. Each merged
pair judged "different" is printed with both rows' clauses and participants, which is what a fix must tell
apart. A change to extraction (labels, actors) needs a new run of the benchmark.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "merge"

from timeline import merge, schema  # noqa: E402
from timeline.export import events_jsonl  # noqa: E402


def _scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("score_merge", corpus / "score_merge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _describe(row: dict) -> str:
    return (f"    {row['doc_id']}@{row['start']} {row['expression']!r}: {row['clause'][:160]!r}\n"
            f"      actors {row['actors']} places {row['places']}")


def _verdict(a: dict, b: dict, casts: dict[str, frozenset[str]]) -> tuple[str, str]:
    """Why the merge joins two rows or not, as it sees them (the first rule that refuses the pair, or its score:
    a pair with a score that was not merged was refused when the groups joined), and the features they share
    (a name "@", a figure "#", else a word's stem)."""
    left, right = (merge._row(r["doc_id"], r["lang"], r["clause"] or r["label"], r["sentence"], r["expression"],
                              list(r["actors"]), list(r["places"]),
                              merge._sentence_key(r["sentence_start"]) not in casts.get(r["doc_id"], frozenset()))
                   for r in (a, b))
    shared = [key for key in left.features if key in right.features]
    one_story = merge._one_story(*(merge.names_of(casts.get(r["doc_id"], frozenset())) for r in (a, b)))
    score = merge._similarity(left, right, one_story, a["lang"] == b["lang"])
    clocks = {a["granularity"], b["granularity"]} <= merge.CLOCK
    if clocks and merge._other_moment(a["date_start"], b["date_start"]):
        verdict = "clock times differ"
    elif merge._different_participants(left, right, casts):
        verdict = "different participants"
    elif not shared:
        verdict = "nothing shared"
    elif not one_story and not any(key.startswith((merge.NAME, merge.NUMBER, merge.ACRONYM)) for key in shared):
        verdict = "only words shared (a template)"
    elif a["lang"] == b["lang"] and not (left.common & right.actions or left.actions & right.common or any(
            key.startswith(merge.NUMBER) and left.features[key] == right.features[key] == merge.NUMBER_WEIGHT
            for key in shared)):
        verdict = "no shared word of what happened"
    elif score == 0:
        verdict = "too little shared"
    elif a["date_start"][:10] != a["date_end"][:10] and score < merge.COARSE_OVERLAP:
        verdict = "too little shared for a long interval"
    else:
        verdict = f"score {score:.2f}"
    return verdict, ", ".join(f"{key} {min(left.features[key], right.features[key]):.1f}" for key in shared)


def _shared(a: dict, b: dict, casts: dict[str, frozenset[str]]) -> str:
    verdict, shared = _verdict(a, b, casts)
    return f"      {verdict}; shared {shared}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder with single.jsonl")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--missed", type=int, default=0, help="also list N same-event collisions not merged")
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    args = parser.parse_args()
    scorer = _scorer(args.corpus)
    single = scorer.read_rows(str(args.out / "single.jsonl"))
    merged = merge.merge_events(schema.from_records(single))
    pred = [json.loads(line) for line in events_jsonl(merged).decode("utf-8").splitlines() if line.strip()]
    gold = scorer.Gold(str(args.corpus / "ecbplus.dev.gold.json"))
    report = scorer.score(pred, single, gold, 100000)
    casts = merge.article_casts(schema.from_records(single))
    by_key = {(r["doc_id"], r["start"], r["end"]): r for r in single}
    if not args.quiet:
        print("merged pairs judged different:")
        for a, b, span in report["examples"]["different"]:
            print(f"  at {span[0]}..{span[1]}")
            print(_describe(by_key[tuple(a)]))
            print(_describe(by_key[tuple(b)]))
            print(_shared(by_key[tuple(a)], by_key[tuple(b)], casts))
    if args.missed:
        merged_docs = set()
        for row in pred:
            span = scorer.interval(row)
            for x, y in itertools.combinations(row["sources"], 2):
                merged_docs.add((min(x, y), max(x, y), span))
        buckets = defaultdict(list)
        for row in single:
            if scorer.interval(row):
                buckets[scorer.interval(row)].append(row)
        shown, reasons = 0, Counter()
        print("same-event collisions not merged:")
        for span, rows in buckets.items():
            for a, b in itertools.combinations(sorted(rows, key=lambda r: r["doc_id"]), 2):
                if a["doc_id"] == b["doc_id"] or (a["doc_id"], b["doc_id"], span) in merged_docs:
                    continue
                if gold.judge((a["doc_id"], a["start"], a["end"]), (b["doc_id"], b["start"], b["end"]), span) != "same":
                    continue
                merged_docs.add((a["doc_id"], b["doc_id"], span))
                verdict = _verdict(a, b, casts)[0]
                reasons[verdict if not verdict.startswith("score") else "a candidate, refused when groups joined"] += 1
                print(f"  at {span[0]}..{span[1]}\n{_describe(a)}\n{_describe(b)}\n{_shared(a, b, casts)}")
                shown += 1
                if shown >= args.missed:
                    break
            if shown >= args.missed:
                break
        print(f"why the {shown} collisions listed were not merged: "
              + ", ".join(f"{reason} {count}" for reason, count in reasons.most_common()))
    print(json.dumps({k: v for k, v in report.items() if k != "examples"}))
    scorer.print_report({**report, "examples": {"same": [], "different": []}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
