"""The fallback tagger (languages without a pack) on the dev corpora of languages that have one, pack left out.

German, English and French have gold and CLDR data, so the fallback can be scored there as if they had no pack:
the CLDR recogniser (timeline/cldr_dates.py, what `fallback_tag` runs), dateparser's search (the fallback before
it, `dateparser_tag`), and both: the recogniser, then dateparser on the sentences holding a digit that the
recogniser left uncovered. The corpora were never used to shape the recogniser (it is generated from CLDR).

Scores are `python -m timeline evaluate`'s, twice: against every gold expression, and against the explicit dates
only (gold DATEs whose text holds a digit: what the fallback sets out to find). Speed is the tagger's own (characters per CPU second).

    python benchmarks/fallback_eval.py                       # krauts, tbaq, te3_platinum, ftib, wikiwars
    python benchmarks/fallback_eval.py --corpus ftib.dev.jsonl --taggers cldr,dateparser
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.evaluate import evaluate_documents, read_gold  # noqa: E402
from timeline.fallback import dateparser_tag, fallback_tag  # noqa: E402
from timeline.sentences import sentence_spans  # noqa: E402
from timeline.timex import Timex  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = ["krauts.dev.jsonl", "wikiwarsde.dev.jsonl", "tbaq.dev.jsonl", "te3_platinum.dev.jsonl",
           "wikiwars_en.dev.jsonl", "ftib.dev.jsonl"]
_DIGIT = re.compile(r"\d")


def both(text: str, dct: date | None, lang: str) -> list[Timex]:
    """The recogniser, then dateparser on each sentence with a digit outside what the recogniser found."""
    found = fallback_tag(text, dct, lang)
    extra: list[Timex] = []
    for start, end in sentence_spans(text):
        inside = [t for t in found if start <= t.start < end]
        rest = list(text[start:end])
        for timex in inside:
            rest[timex.start - start: timex.end - start] = " " * (timex.end - timex.start)
        if not _DIGIT.search("".join(rest)):
            continue
        for timex in dateparser_tag(text[start:end], dct, lang):
            timex.start, timex.end = timex.start + start, timex.end + start
            if all(timex.end <= t.start or t.end <= timex.start for t in inside):
                extra.append(timex)
    return sorted(found + extra, key=lambda t: t.start)


TAGGERS = {"dateparser": dateparser_tag, "cldr": fallback_tag, "cldr+dateparser": both}


def explicit(document: dict) -> dict:
    kept = [t for t in document["timexes"] if t["type"] == "DATE" and _DIGIT.search(t["text"])]
    return {**document, "timexes": kept}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", help="a file in ../shared/corpora (default: all six)")
    parser.add_argument("--taggers", default=",".join(TAGGERS), help="comma-separated: " + ", ".join(TAGGERS))
    args = parser.parse_args()
    print("| corpus | fallback | value F1 (all gold) | value P / R / F1 (explicit dates) | relaxed F1 (explicit) "
          "| chars/CPU-s |")
    print("|---|---|---|---|---|---|")
    for name in args.corpus or CORPORA:
        documents = read_gold(SHARED / name)
        characters = sum(len(d["text"]) for d in documents)
        for tagger_name in args.taggers.split(","):
            tagger = TAGGERS[tagger_name]
            start = time.process_time()
            outputs = [tagger(d["text"], _dct(d), d["lang"]) for d in documents]
            seconds = time.process_time() - start
            everything = _score(documents, outputs)
            dates = _score([explicit(d) for d in documents], outputs)
            print(f"| {name} | {tagger_name} | {everything['value_f1']:.3f} | {dates['value_p']:.3f} / "
                  f"{dates['value_r']:.3f} / {dates['value_f1']:.3f} | {dates['relaxed_f1']:.3f} | {characters / max(seconds, 1e-6):,.0f} |",
                  flush=True)


def _dct(document: dict) -> date | None:
    return date.fromisoformat(document["dct"][:10]) if document.get("dct") else None


def _score(documents: list[dict], outputs: list[list[Timex]]) -> dict[str, float]:
    """evaluate's scores of outputs already computed (evaluate_documents asks for them in document order)."""
    answers = iter(outputs)
    return evaluate_documents(documents, lambda text, dct, lang: next(answers)).scores()


if __name__ == "__main__":
    main()
