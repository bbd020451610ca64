"""Confidence as a probability: the fitted table, its back-off for rare feature combinations, and its use."""

from __future__ import annotations

from datetime import date

from timeline import confidence
from timeline.tagger import tag


def test_rare_combinations_lean_on_their_parents():
    rows = {"DATE|dct|day||en|news": [900, 1000], "DATE|dct|day||en|story": [0, 2],
            "DURATION|none|duration||en|news": [50, 100]}
    counts = confidence.aggregate(rows)
    assert counts[""] == (950, 1102)
    news = confidence.probability(("DATE", "dct", "day", "", "en", "news"), 0.5, counts)
    story = confidence.probability(("DATE", "dct", "day", "", "en", "story"), 0.5, counts)
    duration = confidence.probability(("DURATION", "none", "duration", "", "fr", "news"), 0.5, counts)
    never_seen = confidence.probability(("SET", "none", "set", "", "fr", "news"), 0.5, counts)
    assert 0.88 < news < 0.91
    assert 0.8 < story < news  # two misses pull it down, but the type and anchor speak for it
    assert 0.5 < duration < 0.9  # a combination seen often enough leaves the overall rate
    assert abs(never_seen - 950 / 1102) < 0.01  # nothing known: the overall rate


def test_the_genre_separates_dates_anchored_to_the_publication_date():
    rows = {"DATE|dct|day||de|news": [900, 1000], "DATE|dct|day||de|story": [100, 1000]}
    counts = confidence.aggregate(rows)
    news = confidence.probability(("DATE", "dct", "day", "", "de", "news"), 0.5, counts)
    story = confidence.probability(("DATE", "dct", "day", "", "de", "story"), 0.5, counts)
    assert story < 0.2 < 0.8 < news


def test_no_table_keeps_the_fallback():
    assert confidence.probability(("DATE", "dct", "day", "", "en", "news"), 0.42, {}) == 0.42


def test_written_dates_are_surer_than_inferred_ones():
    found = {t.text: t for t in tag("Am 3. März 2015 begann der Bau; am 9. Mai soll er enden.", date(2015, 1, 8), "de")}
    written, inferred = found["3. März 2015"], found["9. Mai"]
    assert inferred.inferred and not written.inferred
    assert 0 < inferred.confidence < written.confidence <= 1


def test_the_fitted_table_is_shipped():
    assert confidence.TABLE.is_file() and "" in confidence._counts()
