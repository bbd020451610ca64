"""Calibrated confidence: the probability that an expression's TIMEX3 value is right.

An expression's features are what the tagger knows of how it read it: its type, its anchor (absolute, dct,
narrative, ...), its granularity, what it inferred (the `inferred` reason, "" when all was written out), the
text's language, and its genre as the tagger judged it ("story": a text telling a past story, whose dates
anchored to the publication date are mostly wrong; "news": any other).
`resources/calibration/confidence.toml` holds, for each combination of features, how many such expressions the
tagger found on the development corpora and how many of them carried the gold value (fitted by
`python benchmarks/calibration.py --fit`). The probability is read at three levels, each a Beta prior worth
PRIOR_WEIGHT expressions for the next: all expressions; those of the same type and anchor; those of the same
type and anchor in the same genre. The table keeps the finer counts (granularity, inference, language), but
they are not read: scored on a corpus left out of the fit (`python benchmarks/calibration.py
--holdout-corpus`), finer levels and a smaller prior made the probabilities worse on the corpus left out
(they learn a corpus's conventions, and a language known from one genre only, German histories, misled its
other genre, German news). The levels and the prior were chosen by that held-out score, so the held-out figures
in the README are mildly optimistic. The prior is worth 250 expressions: from 200 to 300 the held-out ECE was
about the same on every corpus (mean 0.040 over the six, against 0.045 with 100), as a heavier prior leans less
on what one corpus's conventions taught the finer levels.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from .timex import Timex, granularity_of

TABLE = Path(__file__).with_name("resources") / "calibration" / "confidence.toml"
PRIOR_WEIGHT = 250.0
SEPARATOR = "|"


Features = tuple[str, str, str, str, str, str]


def features(timex: Timex, lang: str, story: bool = False) -> Features:
    return (timex.type, timex.anchor, granularity_of(timex.type, timex.value), timex.inferred, lang,
            "story" if story else "news")


def _chain(parts: Features) -> list[str]:
    """The feature keys read, from coarse to fine."""
    type_, anchor, _granularity, _inferred, _lang, genre = parts
    return ["", feature_key((type_, anchor)), feature_key((genre, type_, anchor))]


def feature_key(parts: tuple[str, ...]) -> str:
    return SEPARATOR.join(parts)


@lru_cache(maxsize=1)
def _counts() -> dict[str, tuple[int, int]]:
    if not TABLE.is_file():
        return {}
    with TABLE.open("rb") as handle:
        return aggregate(tomllib.load(handle).get("counts", {}))


def aggregate(rows: dict[str, tuple[int, int] | list[int]]) -> dict[str, tuple[int, int]]:
    """(right, total) per feature key and per coarser key, from the (right, total) of each feature key."""
    totals: dict[str, list[int]] = {}
    for key, (right, total) in rows.items():
        type_, anchor, granularity, inferred, lang, genre = key.split(SEPARATOR)
        for coarse in _chain((type_, anchor, granularity, inferred, lang, genre)):
            entry = totals.setdefault(coarse, [0, 0])
            entry[0] += right
            entry[1] += total
    return {key: (right, total) for key, (right, total) in totals.items()}


def probability(parts: Features, fallback: float,
                counts: dict[str, tuple[int, int]] | None = None) -> float:
    """The calibrated probability for these features (from `counts`, by default the fitted table);
    `fallback` when there is no table."""
    counts = _counts() if counts is None else counts
    if "" not in counts:
        return fallback
    estimate = counts[""][0] / counts[""][1]
    for key in _chain(parts)[1:]:
        right, total = counts.get(key, (0, 0))
        estimate = (right + PRIOR_WEIGHT * estimate) / (total + PRIOR_WEIGHT)
    return round(estimate, 3)


class _Memo:
    """Probabilities already worked out, for the table they came from (a text dense with dates asks the same
    few questions many times; a new table, as benchmarks/calibration.py writes one, starts afresh)."""

    table: dict[str, tuple[int, int]] | None = None
    known: dict[tuple[Features, float], float] = {}


def calibrate(timex: Timex, lang: str, story: bool = False) -> Timex:
    """The same expression with its confidence replaced by the calibrated probability (`story`: the text tells
    a past story)."""
    counts = _counts()
    if _Memo.table is not counts:
        _Memo.table, _Memo.known = counts, {}
    key = (features(timex, lang, story), timex.confidence)
    if key not in _Memo.known:
        _Memo.known[key] = probability(*key, counts)
    timex.confidence = _Memo.known[key]
    return timex
