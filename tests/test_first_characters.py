"""The first-character filter of the tagger's rules: a rule is skipped only where it could not match."""

import dataclasses
import json
import re
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.first_characters import first_characters
from timeline.language import load_pack
from timeline.tagger import tag

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"


@pytest.mark.parametrize(
    ("pattern", "admitted", "refused"),
    [
        (r"(?:ab|c)d", "ac", "bdx"),
        (r"x?y", "xy", "z"),
        (r"(?:the\s+)?(?P<year>[12][0-9]{3})", "t12", "h3"),
        (r"(?<![\w])\d+", "7٣", "a "),
        (r"[^a-c]x", "dz ", "abc"),
        (r"(?:\s*,)?May", ", \tM", "a"),
    ],
)
def test_first_characters_admit_exactly_the_possible_starts(pattern, admitted, refused):
    first = first_characters(pattern)
    assert first is not None
    assert all(first.fullmatch(character) for character in admitted)
    assert not any(first.fullmatch(character) for character in refused)


@pytest.mark.parametrize("pattern", [r"a*", r"(?:x|)", r".y", r"(?i)may", r"(?:b)?"])
def test_unknown_or_empty_starts_mean_the_rule_always_runs(pattern):
    assert first_characters(pattern) is None


DATEISH = st.text(alphabet="0123456789 .,-/:()'MayJuniMärzmarsthelastnextweekAugJanvier\n", max_size=80)


@settings(max_examples=150, deadline=None)
@given(text=DATEISH)
def test_every_match_of_every_rule_starts_with_an_admitted_character(text):
    for lang in ("de", "en", "fr"):
        for rule in load_pack(lang).rules:
            for match in rule.regex.finditer(text):
                if match.end() > match.start():
                    assert rule.first is None or rule.first.fullmatch(text[match.start()]), (lang, rule.name)


@contextmanager
def _unfiltered(lang: str):
    pack = load_pack(lang)
    rules = pack.rules
    pack.rules = [dataclasses.replace(rule, first=None) for rule in rules]
    try:
        yield
    finally:
        pack.rules = rules


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda path: path.name)
def test_the_filter_changes_no_result_on_the_samples(sample):
    index = {entry["file"]: entry for entry in json.loads((SAMPLES / "index.json").read_text(encoding="utf-8"))}
    entry = index.get(sample.name, {})
    lang = entry.get("lang") or re.search(r"\.(\w\w)\.txt$", sample.name).group(1)
    dct = date.fromisoformat(entry["dct"]) if entry.get("dct") else None
    text = sample.read_text(encoding="utf-8")
    filtered = [(t.start, t.end, t.value) for t in tag(text, dct, lang)]
    with _unfiltered(lang):
        unfiltered = [(t.start, t.end, t.value) for t in tag(text, dct, lang)]
    assert filtered == unfiltered and filtered
