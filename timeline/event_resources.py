"""Language knowledge for publication dates, sentences, clauses, labels, actors, names and merging:
`resources/<lang>/events.toml`, with the month and weekday names of the tagger's file of the same language's
directory, `resources/<lang>/dates.toml`.

One engine reads these files; a language whose directory has no events.toml gets the union of all of them, so
that an article in, say, Dutch still has its English or German update line found. Adding a language adds a
directory with both files: events.toml is checked when read (every key in REQUIRED, the right kind of value), and
a ResourceError names the file and key.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from .resource_schema import (
    FLAG,
    MONTHS,
    PAIRS,
    PATTERN,
    PATTERNS,
    TABLE,
    TEXT,
    WORDS,
    ResourceError,
    fits,
    pack_languages,
    read_toml,
)

_DIRECTORY = Path(__file__).parent / "resources"  # a directory per language: <lang>/dates.toml, <lang>/events.toml
EVENTS = "events.toml"  # the event layer's file of a language's directory


@cache
def available() -> tuple[str, ...]:
    """The languages whose directory holds an events.toml."""
    return pack_languages(_DIRECTORY, EVENTS)


# What every pack must hold (section -> key -> kind); keys marked optional may be left out.
REQUIRED: dict[str, dict[str, str]] = {
    "dct": {"cues": WORDS, "footer_cues": WORDS, "formats": WORDS, "byline_words": WORDS},
    "sentences": {"abbreviations": WORDS, "ordinal_stop": FLAG},
    "clauses": {"strong": WORDS, "after_comma": WORDS, "coordinators": WORDS, "elaborating": WORDS},
    "labels": {"publication": TEXT, "date_prepositions": WORDS, "leading": WORDS, "titles": WORDS, "pronouns": WORDS,
               "determiners": WORDS},
    "actors": {"capitalised_names": FLAG},
    "stopwords": {"words": WORDS},
    "merge": {"suffixes": WORDS},
    "names": {"spelling": PAIRS, "common": PAIRS, "endings": WORDS},
}
OPTIONAL: dict[str, dict[str, str]] = {
    "clauses": {"comma_joins_main_clauses": FLAG, "correlatives": WORDS, "shared_subject_predicates": FLAG,
                "compound_prefixes": WORDS, "date_list_joiners": WORDS,
                "apposition_adverbs": WORDS},
    "dct": {"weekday_abbreviations": WORDS, "yearless_formats": WORDS, "notices": WORDS, "time_zones": WORDS},
    "sentences": {"abbreviation_endings": WORDS},
    "labels": {"date_postpositions": WORDS, "range_words": WORDS, "opened_range_words": TABLE, "inversion": TABLE,
               "relative_subjects": TABLE,
               "openers": WORDS, "noun_agents": WORDS,
               "clause_starts": WORDS, "relatives": WORDS, "noun_links": WORDS, "subordinators": WORDS,
               "verb_final": FLAG, "subordinate_reads_alone": FLAG, "infinitive_openers": WORDS,
               "infinitive_marker": TEXT, "separable_prefixes": WORDS, "inseparable_prefixes": WORDS,
               "infinitive_endings": WORDS, "past_participle_shape": PATTERN,
               "infinitive_clitics": WORDS,
               "embedded_openers": WORDS, "event_infinitives": WORDS,
               "date_postpositions_after_article": WORDS, "date_noun_links": WORDS,
               "event_time_nouns": WORDS, "event_genitive_openers": WORDS, "day_parts": WORDS,
               "correlative_pairs": WORDS,
               "limit_prepositions": WORDS, "period_end_links": WORDS, "negations": WORDS,
               "exception_prepositions": WORDS, "duration_verbs": WORDS, "bracket_verbs": WORDS, "expletives": WORDS,
               "time_complement_verbs": PATTERNS,
               "passive_auxiliaries": WORDS,
               "source_openers": WORDS, "relative_time_links": WORDS, "comparison_particles": WORDS, "sameness": WORDS,
               "phrase_final_prepositions": WORDS, "date_continuations": WORDS, "prepositions": WORDS,
               "hyphenated_dates_modify": FLAG, "correlates": WORDS, "complementizers": WORDS,
               "reported_speech_verbs": WORDS,
               "infinitive_nouns": WORDS,
               "participle_shapes": PATTERNS,
               "clause_subordinators": WORDS, "comparative_subordinators": WORDS,
               "unasserted_subordinators": WORDS, "subject_relatives": WORDS,
               "verb_checked_openers": WORDS,
               "reporting_participles": WORDS, "addressee_reporting": WORDS, "distributives": WORDS,
               "notice_headings": WORDS,
               "sentence_adverbs": WORDS,
               "command_phrases": WORDS, "role_openers": WORDS, "quantifiers": WORDS, "degree_words": WORDS,
               "modifiers_before_noun": FLAG,
               "prenominal_modifiers": WORDS, "focus_particles": WORDS, "cleft_openers": WORDS,
               "cleft_links": WORDS, "fronted_participles": PATTERNS,
               "trailing_participles": PATTERNS, "gerund_openers": WORDS, "gerund_shapes": PATTERNS,
               "perfect_participles": WORDS,
               "relative_agreement": TABLE, "subject_relative_agreement": TABLE,
               "agreeing_copulas": WORDS, "predicate_agreement": TABLE, "article_agreement": TABLE,
               "personal_relatives": WORDS,
               "dated_antecedents": FLAG,
               "nominative_articles": TABLE, "unstacked_prepositions": WORDS, "prepositionless_dates": PATTERN},
    "actors": {"place_prepositions": WORDS, "name_particles": WORDS, "noun_markers": WORDS, "noun_endings": WORDS,
               "never_in_names": WORDS, "not_names": WORDS, "modifier_articles": WORDS},
    "names": {"demonym_endings": WORDS},
    "merge": {"reporting_after": WORDS, "reporting_before": WORDS},
    "verbs": {"finite": WORDS, "finite_shapes": PATTERNS, "not_after": WORDS, "subject_pronouns": WORDS,
              "object_pronouns": WORDS,
              "adverb_endings": WORDS, "copulas": WORDS, "finite_after_subject": WORDS,
              "finite_shapes_after_subject": PATTERNS, "not_before_verb": WORDS, "opens_relative": WORDS,
              "agent_prepositions": WORDS, "naming_participles": WORDS, "relative_openers": WORDS,
              "floating_quantifiers": WORDS, "absolute_prepositions": WORDS,
              "absolute_predicates": WORDS, "verb_second": FLAG},
    "event_nouns": {"words": WORDS, "endings": WORDS, "not_events": WORDS, "in_compounds": FLAG,
                    "sequence_prepositions": WORDS, "measured_sequence": PATTERN, "purpose_links": WORDS,
                    "attribute_links": WORDS,
                    "phrase_links": WORDS, "possessive": PATTERN, "possessive_object_links": WORDS,
                    "date_before_noun": FLAG, "definite_article": TEXT, "articles": TABLE,
                    "ungoverned_articles": TABLE, "subject_articles": TABLE, "declined_modifiers": FLAG,
                    "dated_attributes": FLAG, "vowels": TEXT, "article_before_vowel": TABLE,
                    "article_before_consonant": TABLE, "short_stem_endings": WORDS, "attribute_shape": PATTERN,
                    "participle_shape": PATTERN, "nominal_gerund": TEXT, "participles_after_noun": PATTERN,
                    "complement_verbs": WORDS,
                    "adjectives_before_noun": WORDS, "measure_adjective": PATTERN, "phase_nouns": WORDS,
                    "date_adjectives": PATTERN, "dates_in_parentheses": FLAG, "time_nouns": WORDS,
                    "declension_endings": WORDS, "dative_plural": TABLE, "dative_plural_endings": WORDS,
                    "genitive_singular": TABLE, "year_after_noun": FLAG, "name_genitive": PATTERN,
                    "life_events": WORDS, "reign_titles": WORDS, "attribute_nominatives": TABLE,
                    "oblique_ending": TEXT, "headline_determiners": WORDS, "headline_participle": PATTERN,
                    "feminine_suffixes": WORDS, "feminine_nominatives": TABLE,
                    "perfect_auxiliaries": WORDS, "aside_copulas": TABLE, "aside_conjunctions": WORDS,
                    "apposition_states": TABLE, "apposition_lead": PATTERN, "past_copula": TEXT,
                    "agreement_nouns": WORDS, "agreement_references": WORDS, "agreement_verbs": PATTERN},
    "figures": {"markers": WORDS, "approximators": WORDS, "scales": WORDS, "change_verbs": WORDS, "copula": TEXT,
                "plural_copula": TEXT, "copula_preposition": TEXT, "singular_verbs": WORDS, "plural_verbs": WORDS,
                "plural_verb_endings": WORDS, "plural_noun_endings": WORDS, "singular_noun_endings": WORDS,
                "dropped_articles": WORDS, "restating": WORDS, "record_links": WORDS, "payouts": WORDS,
                "record_label": TEXT, "definite_article": TEXT},
}


def validate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """`data` if it holds every required key with the right kind of value, else a ResourceError naming the
    file and the key ("timeline/resources/xx/events.toml: [labels] leading must be a list of strings")."""
    for section, keys in REQUIRED.items():
        if not isinstance(data.get(section), dict):
            raise ResourceError(f"{path}: section [{section}] is missing")
        for key, kind in keys.items():
            if key not in data[section]:
                raise ResourceError(f"{path}: [{section}] {key} is missing (it must be {kind})")
            if not fits(data[section][key], kind):
                raise ResourceError(f"{path}: [{section}] {key} must be {kind}")
    for section, keys in OPTIONAL.items():
        for key, kind in keys.items():
            if key in data.get(section, {}) and not fits(data[section][key], kind):
                raise ResourceError(f"{path}: [{section}] {key} must be {kind}")
    return data


@cache
def _read(lang: str) -> dict[str, Any]:
    path = _DIRECTORY / lang / EVENTS
    return _with_calendar(validate(read_toml(path), path), path, lang)


def _with_calendar(data: dict[str, Any], path: Path, lang: str) -> dict[str, Any]:
    """`data` with the language's month and weekday names under [dct] `months` and `weekdays`, read from the
    tagger's file of the same language's directory (`resources/<lang>/dates.toml`, [tables.month] and
    [tables.weekday]): one table per language, not a copy here. Weekday abbreviations that only datelines use
    ("Wed., June 19") stay in this file as `weekday_abbreviations`: the tagger would read "sat" and "sun" as days."""
    from .language import load_pack  # the tagger's packs (imported here: the tagger imports this module)

    try:
        pack = load_pack(lang)
    except ValueError:
        pack = None
    if pack is None or not pack.tables.get("month") or not pack.tables.get("weekday"):
        raise ResourceError(f"{path}: no tagger pack resources/{lang}/dates.toml with [tables.month] and "
                            "[tables.weekday] to read its month and weekday names from")
    months, weekdays = dict(pack.tables["month"]), list(pack.tables["weekday"])
    if not fits(months, MONTHS):
        raise ResourceError(f"resources/{lang}/dates.toml: [tables.month] must be {MONTHS}")
    abbreviations = data["dct"].get("weekday_abbreviations", [])
    dct = {**data["dct"], "months": months, "weekdays": weekdays + [w for w in abbreviations if w not in weekdays]}
    return {**data, "dct": dct}


def _union(left: Any, right: Any) -> Any:
    if isinstance(left, dict) and isinstance(right, dict):
        merged = dict(left)
        for key, value in right.items():
            merged[key] = _union(merged[key], value) if key in merged else value
        return merged
    if isinstance(left, list) and isinstance(right, list):
        return left + [item for item in right if item not in left]
    return left


@cache
def load(lang: str | None) -> dict[str, Any]:
    """The data for `lang`, or the union of every language's data when its directory has no events.toml."""
    if lang in available():
        return _read(lang)
    merged: dict[str, Any] = {}
    for code in available():
        merged = _union(merged, _read(code)) if merged else dict(_read(code))
    return merged


def any_pattern(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern that matches where any of a pack's regular expressions (a PATTERNS value) does, each in a group
    of its own so that their alternations stay apart; None when there are none."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns)) if patterns else None


@cache
def pack_words(lang: str | None, section: str, key: str) -> frozenset[str]:
    """The words of the pack's [`section`] `key`, lower case: an empty set when the pack has none."""
    return frozenset(word.lower() for word in load(lang).get(section, {}).get(key, []))
