"""Fuzzing the library: many random strings through `timeline.extract` and `extract_documents`.

Inputs mix date-like fragments of the three packs' languages with random characters of every script, controls,
bidi marks, lone surrogates and long runs; languages are drawn from the packs, dateparser's fallback, detection
and (one input in twenty) codes that are no language, which must give a ValueError naming them. For every row:
`text[start:end]` is the expression (lone surrogates read as U+FFFD), the value is a valid TIMEX3 value
(`timeline.timex.is_valid_value`), and a DATE or TIME without unknown parts has its interval.

    python benchmarks/fuzz_bench.py                      # 100,000 inputs (a few minutes), seed 13
    python benchmarks/fuzz_bench.py --inputs 5000 --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402
from timeline.timex import is_valid_value  # noqa: E402

FRAGMENTS = [
    "19. Juni 2024", "am 3. Oktober", "Mai", "im Mai", "vor zwei Jahren", "zwei Jahre später", "Tags zuvor", "gestern",
    "KW 53 2021", "KW 53 2020", "Woche 53", "Pfingsten 9999", "Weihnachten", "um 18 Uhr", "um 24 Uhr", "31. Februar",
    "June 19, 2024", "May", "last week", "next winter", "week 53", "for two weekends", "every Monday", "the 90s",
    "21st century", "Q4 2024", "at 24:59", "at 10:30 pm", "tomorrow", "three years ago", "two weeks later",
    "Thanksgiving", "le 3 mars 2024", "mardi", "en 2024", "l'hiver 9999", "el 5 de mayo de 2024",
    "0001", "9999", "10000", "01.01.0001", "31.12.9999", "2024-06-19", "2021-W53", "P1WE", "1.", "12", "1,234.56",
    "(", ")", "[", "]", ".", ",", ";", " — ", "\n", "\n\n", " ", "\t", "'", '"', "„", "“",
    "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069", "\x00", "\x1b", "\x85", "\u2028", "\ufeff", "\ud800",
    "\udfff", "\ud83d", "年", "月", "日", "٢٠٢٤", "١٩", "२०२४", "יוני", "Июнь", "июня", "🙂",
]
LANGUAGES = [None, None, "de", "de", "en", "en", "fr", "es", "it", "ja", "la", "zxx"]
NOT_LANGUAGES = ["xx", "EN", "de-DE", "../de", "", " en", "d\x00e", "a" * 300, "ü", "de/../../etc/passwd"]
DCT_RANGE = (date(1, 1, 1), date(9999, 12, 31))


def _random_char(generator: random.Random) -> str:
    roll = generator.random()
    if roll < 0.1:
        return chr(generator.randrange(0xD800, 0xE000))  # lone surrogate
    if roll < 0.2:
        return chr(generator.randrange(0, 0x20))
    if roll < 0.6:
        return chr(generator.randrange(0x20, 0x3000))
    return chr(generator.randrange(0x3000, 0x110000))


def random_text(generator: random.Random) -> str:
    pieces = []
    for _ in range(generator.randrange(0, 30)):
        roll = generator.random()
        if roll < 0.6:
            pieces.append(generator.choice(FRAGMENTS))
        elif roll < 0.95:
            pieces.append("".join(_random_char(generator) for _ in range(generator.randrange(1, 6))))
        else:
            pieces.append(generator.choice(FRAGMENTS) * generator.randrange(2, 60))  # a dense run
        if generator.random() < 0.5:
            pieces.append(" ")
    return "".join(pieces)


def random_dct(generator: random.Random) -> str | None:
    roll = generator.random()
    if roll < 0.3:
        return None
    if roll < 0.4:
        return generator.choice(["0001-01-01", "9999-12-31", "2020-12-31", "2021-01-03", "2024-02-29"])
    first, last = DCT_RANGE
    return (first + timedelta(days=generator.randrange((last - first).days + 1))).isoformat()


def _clean(text: str) -> str:
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def check_frame(frame, texts: dict[str, str]) -> list[str]:
    """What is wrong with the rows of a frame: offsets, values, intervals."""
    problems = []
    for row in frame.itertuples():
        text = texts[row.doc_id]
        if not (0 <= row.start < row.end <= len(text)) or _clean(text[row.start:row.end]) != row.expression:
            problems.append(f"offsets {row.start}:{row.end} {row.expression!r}")
        if not is_valid_value(row.type, row.value):
            problems.append(f"invalid value {row.type} {row.value!r} for {row.expression!r}")
        resolved = "X" not in row.value and not row.value.endswith("_REF")
        # A date before Christ has no datetime interval: its place is year_start/year_end (see timeline.schema).
        placed = row.year_start == row.year_start if row.value.startswith("BC") else (
            row.date_start is not None and row.date_start == row.date_start)
        if row.type in ("DATE", "TIME") and resolved and not placed:
            problems.append(f"no interval {row.type} {row.value!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    generator = random.Random(args.seed)
    exceptions: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    examples: dict[str, str] = {}
    refused = rows = 0
    batch: list[timeline.Document] = []
    started = time.process_time()
    for number in range(args.inputs):
        text = random_text(generator)
        wrong_code = generator.random() < 0.05
        lang = generator.choice(NOT_LANGUAGES) if wrong_code else generator.choice(LANGUAGES)
        dct = random_dct(generator)
        try:
            frame = timeline.extract(text, dct=dct, lang=lang, doc_id="d")
            if wrong_code and lang:  # "" means "detect", as None does
                problems["bad language code accepted"] += 1
                examples.setdefault("bad language code accepted", repr(lang))
        except Exception as error:  # noqa: BLE001 - counting every kind is the point
            if wrong_code and isinstance(error, ValueError) and "unknown language code" in str(error):
                refused += 1
                continue
            kind = f"{type(error).__name__}: {str(error)[:80]}"
            exceptions[kind] += 1
            examples.setdefault(kind, f"{text!r} lang={lang!r} dct={dct!r}\n{traceback.format_exc(limit=-3)}")
            continue
        rows += len(frame)
        for problem in check_frame(frame, {"d": text}):
            kind = problem.split(" ")[0] + " " + problem.split(" ")[1]
            problems[kind] += 1
            examples.setdefault(kind, f"{problem} in {text!r} lang={lang!r} dct={dct!r}")
        if not wrong_code:
            doc_id = f"doc{len(batch)}" + ("\ud800" if number % 2 else "")  # a surrogate in some ids too
            batch.append(timeline.Document(doc_id=doc_id, text=text, dct=dct, lang=lang))
        if len(batch) == 5:  # several documents at once: merging, shared frame
            try:
                merged = timeline.extract_documents(batch)
                texts = {d.doc_id.replace("\ud800", "\ufffd"): d.text for d in batch}
                for problem in check_frame(merged, texts):
                    kind = "merged " + problem.split(" ")[0]
                    problems[kind] += 1
                    examples.setdefault(kind, problem)
            except Exception as error:  # noqa: BLE001
                kind = f"extract_documents {type(error).__name__}: {str(error)[:80]}"
                exceptions[kind] += 1
                examples.setdefault(kind, traceback.format_exc(limit=-3))
            batch = []
        if (number + 1) % 10_000 == 0:
            print(f"{number + 1:,} inputs, {sum(exceptions.values())} exceptions, {sum(problems.values())} problems",
                  file=sys.stderr, flush=True)
    seconds = time.process_time() - started
    print(f"inputs: {args.inputs:,} (seed {args.seed}); rows: {rows:,}; CPU: {seconds:,.0f} s")
    print(f"unknown language codes refused with a ValueError naming them: {refused:,}")
    print(f"exceptions: {sum(exceptions.values())}")
    for kind, count in exceptions.most_common():
        print(f"  {count:6}  {kind}\n          {examples[kind]}")
    print(f"invalid rows (offsets, values, intervals): {sum(problems.values())}")
    for kind, count in problems.most_common():
        print(f"  {count:6}  {kind}: {examples.get(kind, '')}")
    return 1 if exceptions or problems else 0


if __name__ == "__main__":
    sys.exit(main())
