"""How often `timeline.finite_verbs.main_verb` finds the main clause's finite verb, per language.

Gold: `tests/data/finite_verbs_gold.jsonl`, news-like sentences written for this purpose (none taken from the
corpora), one JSON object a line: `lang`, `text`, `verb` (index of the main finite verb among `text.split()`),
and optionally `also` (indices of words that stand for the verb as well: a reflexive or object clitic right before
it, "se rassemblent", which keeps the verb in a cut label just as well).

Per language it prints: found (main_verb returns the marked verb), wrong (it returns another word), none (it
returns nothing). `--misses` lists the sentences it gets wrong.

    python benchmarks/finite_verbs_eval.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.finite_verbs import main_verb  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "finite_verbs_gold.jsonl"


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def outcome(item: dict) -> tuple[str, int | None]:
    """"found", "wrong" or "none" for one gold sentence, with the index main_verb returned."""
    found = main_verb(item["text"].split(), item["lang"])
    if found is None:
        return "none", None
    return ("found" if found == item["verb"] or found in item.get("also", []) else "wrong"), found


def evaluate(gold: list[dict]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for item in gold:
        counts.setdefault(item["lang"], Counter())[outcome(item)[0]] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the sentences where the verb is not found")
    args = parser.parse_args()
    gold = load_gold()
    for lang, counts in sorted(evaluate(gold).items()):
        total = sum(counts.values())
        print(f"{lang}: found {counts['found']}/{total} ({counts['found'] / total:.3f}), "
              f"wrong word {counts['wrong']}, none {counts['none']}")
    if args.misses:
        for item in gold:
            kind, found = outcome(item)
            if kind != "found":
                words = item["text"].split()
                got = words[found] if found is not None else "-"
                print(f"  [{item['lang']}] {kind}: got {got!r}, want {words[item['verb']]!r}: {item['text']}")


if __name__ == "__main__":
    main()
