"""The bundled sample articles: indexed, dated, in both languages, rich in dates, with an overlapping pair."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import pytest

from timeline import extract
from timeline.dct import find_dct
from timeline.langid import detect_language
from timeline.pipeline import extract_documents
from timeline.samples import load_samples

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"
INDEX = json.loads((SAMPLES / "index.json").read_text(encoding="utf-8"))
ORIGINAL_SUMMIT_SHA256 = "fd48b794b271b6bdc13275d6790b28b0d62957984516374c9a4cf22e66996494"


def test_index_lists_every_sample_with_its_metadata():
    assert sorted(entry["file"] for entry in INDEX) == sorted(path.name for path in SAMPLES.glob("*.txt"))
    for entry in INDEX:
        assert set(entry) == {"file", "title", "lang", "dct"}
        assert entry["title"].strip() and entry["lang"] in ("de", "en")
        date.fromisoformat(entry["dct"])
    summit = next(entry for entry in INDEX if entry["file"] == "summit-2024-06-19.de.txt")
    assert (summit["lang"], summit["dct"]) == ("de", "2024-06-19")


def test_original_german_sample_is_unchanged():
    assert hashlib.sha256((SAMPLES / "summit-2024-06-19.de.txt").read_bytes()).hexdigest() == ORIGINAL_SUMMIT_SHA256


def test_both_languages_and_enough_new_articles():
    languages = [entry["lang"] for entry in INDEX if entry["file"] != "summit-2024-06-19.de.txt"]
    assert len(languages) >= 4 and languages.count("de") >= 2 and languages.count("en") >= 2


@pytest.mark.parametrize("entry", INDEX, ids=lambda entry: entry["file"])
def test_each_sample_is_long_dated_and_in_its_language(entry):
    text = (SAMPLES / entry["file"]).read_text(encoding="utf-8")
    assert len(text.split()) >= 150
    assert detect_language(text) == entry["lang"]
    guess = find_dct(text, entry["lang"])
    assert guess is not None and guess.date.isoformat() == entry["dct"]
    assert guess.start < 200  # found in the first line(s), not in the body


@pytest.mark.parametrize("entry", INDEX, ids=lambda entry: entry["file"])
def test_each_sample_has_varied_dates(entry):
    text = (SAMPLES / entry["file"]).read_text(encoding="utf-8")
    frame = extract(text, lang=entry["lang"], doc_id=entry["file"])  # the DCT comes from the text itself
    assert len(frame) >= 10
    assert {str(d.date()) for d in frame["dct"]} == {entry["dct"]}
    assert {"day", "month", "year"} <= set(frame["granularity"])
    # Several sentences with two dated events, each attributed to its own clause.
    per_sentence = frame.groupby("sentence_start")["clause"].nunique()
    assert (per_sentence >= 2).sum() >= 2


def test_samples_load_and_an_overlapping_pair_merges():
    documents = load_samples(SAMPLES)
    assert [d.doc_id for d in documents] == [entry["file"] for entry in INDEX]
    merged = extract_documents(documents)
    shared = merged[merged["sources"].map(len) >= 2]
    assert len(shared) >= 2  # the summit and Putin's visit of July 2000, told in German and in English
    assert all(re.search(r"\d{4}", value) for value in shared["value"])
