"""Draw a fresh sample of chart labels to judge, disjoint from every label judged before.

    python benchmarks/draw_labels.py --seed 20261206 --per-language 110 --out tests/data/label_judgments_third.jsonl
    python benchmarks/draw_labels.py --seed 202612062 --per-language 150 --languages de en \
        --out tests/data/label_judgments_fourth.jsonl
    python benchmarks/draw_labels.py --seed 202612063 --per-language 150 --languages de en \
        --out tests/data/label_judgments_fifth.jsonl   # drawn outside the repository, judged, then moved in
    python benchmarks/draw_labels.py --seed 202612073 --per-language 150 --languages de en --corpus en=ecbplus \
        --out tests/data/label_judgments_tenth.jsonl

Every row of `timeline.extract_document` over every document of the six development corpora in
`../shared/corpora/` (file order, each document's language and publication date), leaving out the rows whose
start or span holds an expression of an earlier judged file (tests/data/label_judgments*.jsonl); then, per
language (de: KRAUTS and WikiWarsDE; en: TBAQ, TE3 Platinum and WikiWars; fr: the French TimeBank; or the
corpora `--corpus` names, such as the ECB+ merge benchmark's English news, `ecbplus`),
`random.Random(seed).sample(pool, min(per_language, len(pool)))`, one generator for the three languages in that
order. Each drawn row is written with its sentence and empty `readable` / `why_not` fields for a judge to fill
by the rule of tests/data/label_judgments.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events_eval import corpus_path  # noqa: E402  (beside this script)

from timeline.document import Document  # noqa: E402
from timeline.pipeline import extract_document  # noqa: E402

LANGUAGES = {"de": ("krauts", "wikiwarsde"), "en": ("tbaq", "te3_platinum", "wikiwars_en"), "fr": ("ftib",)}
JUDGED = sorted((ROOT / "tests" / "data").glob("label_judgments*.jsonl"))


def judged_starts() -> set[tuple[str, str, int]]:
    starts = set()
    for path in JUDGED:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                starts.add((row["corpus"], row["doc_id"], row["start"]))
    return starts


def rows_of(corpus: str, lang: str, judged: set[tuple[str, str, int]]) -> list[dict]:
    """Every label row of `corpus` that holds no judged expression."""
    found = []
    seen = {(doc, start) for name, doc, start in judged if name == corpus}
    for line in corpus_path(corpus).read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        dct = date.fromisoformat(document["dct"]) if document.get("dct") else None
        frame = extract_document(Document(doc_id=document["doc_id"], text=document["text"], lang=lang, dct=dct))
        for row in frame.itertuples():
            start, end = int(row.start), int(row.end)
            if any((document["doc_id"], offset) in seen for offset in range(start, end)):
                continue
            found.append({"corpus": corpus, "lang": lang, "doc_id": document["doc_id"], "start": start,
                          "expression": row.expression, "label": row.label, "sentence": row.sentence,
                          "readable": None, "why_not": ""})
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-language", type=int, default=110)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=list(LANGUAGES),
                        help="draw from these languages only (a language whose rows are all judged has none left)")
    parser.add_argument("--corpus", action="append", default=[], metavar="LANG=CORPUS",
                        help="draw LANG's rows from CORPUS instead of its default corpora (en=ecbplus: the English "
                             "news of the ECB+ merge benchmark's development half); may be repeated")
    args = parser.parse_args()
    chosen = {lang: () for lang in LANGUAGES}
    for choice in args.corpus:
        lang, _, corpus = choice.partition("=")
        chosen[lang] += (corpus,)
    if args.out.exists():
        print(f"{args.out} exists: a drawn sample is judged once, not drawn again", file=sys.stderr)
        return 2
    judged = judged_starts()
    generator = random.Random(args.seed)
    drawn = []
    for lang, corpora in LANGUAGES.items():
        if lang not in args.languages:
            continue
        pool = [row for corpus in chosen[lang] or corpora for row in rows_of(corpus, lang, judged)]
        picked = generator.sample(pool, min(args.per_language, len(pool)))
        print(f"{lang}: {len(pool)} rows left after the judged ones, {len(picked)} drawn", file=sys.stderr)
        drawn.extend(picked)
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in drawn), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
