"""Is the tagger's `confidence` a probability? Reliability tables and expected calibration error per corpus.

An expression counts as right when it overlaps a gold expression (TempEval-3 relaxed match) and carries the
gold value; an expression with no gold counterpart is wrong. Bins of width 0.1: mean confidence, share right,
count. ECE: the count-weighted mean gap between the two.

    python benchmarks/calibration.py             # with the fitted table (resources/calibration/confidence.toml)
    python benchmarks/calibration.py --holdout   # two folds: each half of every corpus's documents scored with
                                                 # a table fitted on the other half (of all corpora)
    python benchmarks/calibration.py --holdout-corpus  # each corpus scored with a table fitted on the others
                                                       # (leave one corpus out: the honest figure)
    python benchmarks/calibration.py --fit       # fit the table on all development corpora and write it

The table is fitted on the development halves of the corpora, so the plain figures are in-sample. --holdout
mimics the unseen halves (other documents of the same corpora); --holdout-corpus a corpus never seen (its
annotators' conventions and its genre's base rate included). The last column is the ECE that a perfectly
calibrated confidence would still show on a corpus of that size: on 105 expressions (TE3 Platinum) it is
about 0.05.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import confidence  # noqa: E402
from timeline.evaluate import Span, match_spans, read_gold  # noqa: E402
from timeline.tagger import tag_with_genre  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = ["krauts", "te3_platinum", "tbaq", "ftib", "wikiwarsde", "wikiwars_en"]
BINS = 10


def observations(corpus: str) -> list[tuple[confidence.Features, bool, int]]:
    """(features, right, document number) for every expression the tagger finds in the corpus."""
    found = []
    for number, document in enumerate(read_gold(SHARED / f"{corpus}.dev.jsonl")):
        dct = date.fromisoformat(document["dct"][:10]) if document.get("dct") else None
        lang = document.get("lang") or "en"
        timexes, story = tag_with_genre(document["text"], dct, lang)
        system = [Span(t.start, t.end, t.text, t.type, t.value) for t in timexes]
        gold = [Span(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in document["timexes"]]
        right = {id(s) for g, s in match_spans(gold, system) if g.value == s.value}
        found += [(confidence.features(t, lang, story), id(s) in right, number) for t, s in zip(timexes, system)]
    return found


def counts_of(rows: list[tuple[confidence.Features, bool, int]]) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for parts, right, _ in rows:
        entry = counts[confidence.feature_key(parts)]
        entry[0] += right
        entry[1] += 1
    return dict(counts)


def reliability(scored: list[tuple[float, bool]]) -> tuple[list[tuple[str, float, float, int]], float]:
    bins: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for p, right in scored:
        bins[min(int(p * BINS), BINS - 1)].append((p, right))
    table, gap = [], 0.0
    for index in sorted(bins):
        members = bins[index]
        mean = sum(p for p, _ in members) / len(members)
        share = sum(r for _, r in members) / len(members)
        table.append((f"{index / BINS:.1f}-{(index + 1) / BINS:.1f}", mean, share, len(members)))
        gap += len(members) * abs(mean - share)
    return table, gap / max(1, len(scored))


def noise_floor(probabilities: list[float], draws: int = 200) -> float:
    """The ECE a perfectly calibrated confidence would still show on this many expressions: the mean ECE when
    each expression is right with exactly its stated probability (drawn, with a fixed seed)."""
    rng = random.Random(0)
    total = 0.0
    for _ in range(draws):
        total += reliability([(p, rng.random() < p) for p in probabilities])[1]
    return total / draws


def document_interval(scored: list[tuple[float, bool, int]], draws: int = 1000) -> tuple[float, float]:
    """The 5th and 95th percentiles of the ECE over the corpus's documents drawn again with replacement (a fixed
    seed): how much the figure owes to which documents a corpus happens to hold."""
    rng = random.Random(0)
    by_document: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for p, right, number in scored:
        by_document[number].append((p, right))
    documents = list(by_document.values())
    eces = sorted(reliability([row for _ in documents for row in rng.choice(documents)])[1] for _ in range(draws))
    return eces[int(0.05 * draws)], eces[int(0.95 * draws) - 1]


def write_table(counts: dict[str, list[int]]) -> None:
    lines = [
        "# Fitted by `python benchmarks/calibration.py --fit` on the development halves of the gold corpora",
        "# (../shared/corpora/*.dev.jsonl): for each feature combination (type|anchor|granularity|inferred|language|genre), how many",
        "# expressions the tagger found and how many carried the gold value, as [right, total]. Read by",
        "# timeline/confidence.py. Counts from data the tagger's rules were shaped on: see the README.",
        "[counts]",
    ]
    lines += [f'"{key}" = [{right}, {total}]' for key, (right, total) in sorted(counts.items())]
    confidence.TABLE.parent.mkdir(parents=True, exist_ok=True)
    confidence.TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", action="store_true", help="fit the table on all corpora and write it")
    parser.add_argument("--holdout", action="store_true", help="two folds over each corpus's documents")
    parser.add_argument("--holdout-corpus", action="store_true", help="score each corpus with a table fitted on the others")
    args = parser.parse_args()
    rows = {corpus: observations(corpus) for corpus in CORPORA}
    if args.fit:
        write_table(counts_of([row for corpus in CORPORA for row in rows[corpus]]))
        confidence._counts.cache_clear()
        print(f"wrote {confidence.TABLE.relative_to(ROOT)}")
    summary = []
    everything = [row for corpus in CORPORA for row in rows[corpus]]
    folds = [confidence.aggregate(counts_of([r for r in everything if r[2] % 2 != fold])) for fold in (0, 1)]
    for corpus in CORPORA:
        if args.holdout:  # a document is scored with the table fitted on the other fold
            scored = [(confidence.probability(parts, 0.5, folds[number % 2]), right, number)
                      for parts, right, number in rows[corpus]]
        elif args.holdout_corpus:
            table = confidence.aggregate(counts_of([r for other in CORPORA if other != corpus for r in rows[other]]))
            scored = [(confidence.probability(parts, 0.5, table), right, number) for parts, right, number in rows[corpus]]
        else:
            scored = [(confidence.probability(parts, 0.5), right, number) for parts, right, number in rows[corpus]]
        bins, ece = reliability([(p, right) for p, right, _ in scored])
        summary.append((corpus, len(scored), ece, noise_floor([p for p, _, _ in scored]), document_interval(scored)))
        print(f"\n{corpus} ({len(scored)} expressions)")
        print("confidence   mean conf   share right   count")
        for label, mean, share, count in bins:
            print(f"{label:10s}   {mean:9.3f}   {share:11.3f}   {count:5d}")
        print(f"ECE {ece:.3f}")
    print("\ncorpus          expressions   ECE    documents drawn again (90 %)   ECE of a perfect calibration on as many"
          " (sampling noise)")
    for corpus, n, ece, floor, (low, high) in summary:
        print(f"{corpus:14s}  {n:11d}   {ece:.3f}  {low:.3f}–{high:.3f}                  {floor:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
