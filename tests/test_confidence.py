"""Confidence as a probability: the fitted table, its back-off for rare feature combinations, and its use."""

from __future__ import annotations

from datetime import date

from timeline import confidence
from timeline.tagger import tag


def test_rare_combinations_lean_on_their_parents():
    rows = {"DATE|dct|day||en": [90, 100], "DATE|dct|day|x|en": [0, 1]}
    counts = confidence.aggregate(rows)
    assert counts[""] == (90, 101)
    seen_often = confidence.probability(("DATE", "dct", "day", "", "en"), 0.5, counts)
    seen_once = confidence.probability(("DATE", "dct", "day", "x", "en"), 0.5, counts)
    never_seen = confidence.probability(("DURATION", "none", "duration", "", "fr"), 0.5, counts)
    assert 0.85 < seen_often < 0.91
    assert 0.5 < seen_once < seen_often  # one miss pulls it down, but not to 0
    assert abs(never_seen - 90 / 101) < 0.01  # nothing known: the overall rate


def test_no_table_keeps_the_fallback():
    assert confidence.probability(("DATE", "dct", "day", "", "en"), 0.42, {}) == 0.42


def test_written_dates_are_surer_than_inferred_ones():
    found = {t.text: t for t in tag("Am 3. März 2015 begann der Bau; am 9. Mai soll er enden.", date(2015, 1, 8), "de")}
    written, inferred = found["3. März 2015"], found["9. Mai"]
    assert inferred.inferred and not written.inferred
    assert 0 < inferred.confidence < written.confidence <= 1


def test_the_fitted_table_is_shipped():
    assert confidence.TABLE.is_file() and "" in confidence._counts()
