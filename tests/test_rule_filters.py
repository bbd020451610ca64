"""The filters of the tagger's rules (first characters, needed words): a rule is skipped only where it could not
match."""

import dataclasses
import json
import re
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.language import load_pack
from timeline.rule_filters import first_characters, required_words
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


@pytest.mark.parametrize(
    ("pattern", "found_in", "not_in"),
    [
        (r"(?:ab|cd)e", ["xxabe", "cde"], ["abcd e", "ab"]),
        (r"x?(?:Mai|Juni) \d{4}", ["am mai 2024", "JUNI 1"], ["mai2024", "juli 2024"]),
        (r"\d+ (?:[jJ]ahre|[mM]onate)", ["3 jahre", "vor 3 monaten"], ["3 tage", "jahre"]),
        (r"(?:Straße|Weg)\s+\d+", ["strasse 3", "weg 7"], ["str. 3"]),
    ],
)
def test_required_words_are_found_in_every_match_and_not_elsewhere(pattern, found_in, not_in):
    needs = required_words(pattern)
    assert needs is not None
    assert all(needs.search(text.casefold()) for text in found_in)
    assert not any(needs.search(text.casefold()) for text in not_in)


@pytest.mark.parametrize("pattern", [r"(?:foo)?\d+", r"(?:abc|\d)x", r"[a-z]+", r"(?i)mai \d+", r"a\d"])
def test_no_required_words_when_a_match_needs_none_known(pattern):
    assert required_words(pattern) is None


WORDS = ["May", "Juni", "März", "mars", "the", "last", "next", "week", "Aug.", "janvier", "vor", "Jahren", "später",
         "years", "ago", "Uhr", "heute", "Quartal", "quarter", "semaine", "dernier", "Wochenende", "Mitte", "early"]
DATEISH = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet="0123456789 .,-/:()'\n", max_size=6)),
                   max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=DATEISH)
def test_every_match_of_every_rule_starts_with_an_admitted_character(text):
    for lang in ("de", "en", "fr"):
        for rule in load_pack(lang).rules:
            for match in rule.regex.finditer(text):
                if match.end() > match.start():
                    assert rule.first is None or rule.first.fullmatch(text[match.start()]), (lang, rule.name)
                    assert rule.needs is None or rule.needs.search(match.group().casefold()), (lang, rule.name)


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_every_match_in_the_samples_passes_both_filters(lang):
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt")))
    matched = 0
    for rule in load_pack(lang).rules:
        for match in rule.regex.finditer(text):
            matched += 1
            assert rule.first is None or rule.first.fullmatch(match.group()[:1]), rule.name
            assert rule.needs is None or rule.needs.search(match.group().casefold()), rule.name
    assert matched > 50


@contextmanager
def _unfiltered(lang: str):
    pack = load_pack(lang)
    rules = pack.rules
    pack.rules = [dataclasses.replace(rule, first=None, needs=None) for rule in rules]
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
