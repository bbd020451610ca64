"""One row per event when several articles report it.

Two rows from different articles are the same event when they date the same interval (same value, start and
end) and tell the same happening: their clauses (without the date itself; the rest of the sentence counts at
half weight) share enough words once stop words are gone. Words are compared by a short stem without accents
("Putins"/"Putin", "Satelliten"/"satellite"); German words listed in `resources/events/de.toml` are compared
as their English counterparts ("Vertrag"/"treaty"), multi-word names also as their initials ("European
Central Bank"/"ECB"), and numbers by their digits ("12,89"/"12.89").
Pairs are joined best-first, and a group never takes two rows of one article, so the two events an article
reports on one day stay apart even when another article tells only one of them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import schema
from .event_resources import available, load

STEM_CHARS = 6
MIN_STEM = 4
MIN_SHARED = 2.0  # shared weight needed: two words, or a number and a word
MIN_OVERLAP = 0.25  # shared weight over the smaller side's weight
MIN_SHARED_TERSE = 1.5  # ...or this much, when it is most of a terse clause ("die erste Zinssenkung seit 2019")
TERSE_OVERLAP = 0.7
NUMBER_WEIGHT = 1.5  # a shared figure ("60 Milliarden", "12,89 Meter") says more than a shared word
SENTENCE_WEIGHT = 0.5  # words of the sentence outside the event's clause
ACRONYM = "acronym:"
ACRONYM_CHARS = 6
_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")
_NAME_RUN = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+)+")


@dataclass(frozen=True)
class _Vocabulary:
    stopwords: frozenset[str]
    suffixes: tuple[str, ...]  # longest first
    translations: dict[str, str]  # folded word -> the (English) words it is compared as


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    """Every language's words at once: articles in different languages are compared with each other."""
    stopwords: set[str] = set()
    suffixes: set[str] = set()
    translations: dict[str, str] = {}
    for lang in available():
        data = load(lang)
        stopwords |= {_fold(word) for word in data["stopwords"]["words"]}
        stopwords |= {_fold(word) for word in data["labels"]["date_prepositions"]}
        stopwords |= {_fold(word) for word in data["dct"]["months"]}
        stopwords |= {_fold(word) for word in data["dct"]["weekdays"]}
        merge = data.get("merge", {})
        suffixes |= set(merge.get("suffixes", []))
        translations.update({_fold(word): _fold(meaning) for word, meaning in merge.get("translations", {}).items()})
    return _Vocabulary(frozenset(stopwords), tuple(sorted(suffixes, key=len, reverse=True)), translations)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


def _stem(word: str, vocabulary: _Vocabulary) -> str:
    for suffix in vocabulary.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


@lru_cache(maxsize=65536)
def _token_features(token: str) -> tuple[tuple[str, float], ...]:
    """What one token counts as: its digits for a number, else the stems of its (translated) word."""
    if token[0].isdigit():
        return (("#" + re.sub(r"\D", "", token), NUMBER_WEIGHT),)
    vocabulary = _vocabulary()
    folded = _fold(token)
    if token.isupper() and 2 <= len(token) <= ACRONYM_CHARS:  # "ECB", "EZB" (listed as "ecb"), "NASA"
        return ((ACRONYM + vocabulary.translations.get(folded, folded), 1.0),)
    return tuple(
        (_stem(word, vocabulary), 1.0)
        for word in vocabulary.translations.get(folded, folded).split()
        if len(word) >= 3 and word not in vocabulary.stopwords
    )


def _words(text: str) -> dict[str, float]:
    features: dict[str, float] = {}
    for token in _TOKEN.findall(text):
        features.update(_token_features(token))
    # "European Central Bank" also counts as "ECB", should another article use the abbreviation.
    stopwords = _vocabulary().stopwords
    for run in _NAME_RUN.findall(text):
        initials = "".join(word[0] for word in run.split() if _fold(word) not in stopwords)
        if 2 <= len(initials) <= ACRONYM_CHARS:
            features.setdefault(ACRONYM + _fold(initials), 1.0)
    return features


def _features(clause: str, sentence: str, expression: str) -> dict[str, float]:
    """Weighted stems of the event: its clause's words in full, the rest of its sentence's at a discount
    ("On July 4, Britain voted and Labour won a landslide" tells the July 4 event in both clauses)."""
    features = _words(clause.replace(expression, " ") if expression else clause)
    for key, weight in _words(sentence.replace(expression, " ") if expression else sentence).items():
        features.setdefault(key, weight * SENTENCE_WEIGHT)
    return features


def _similarity(left: dict[str, float], right: dict[str, float]) -> float:
    shared = sum(min(weight, right[key]) for key, weight in left.items() if key in right)
    smaller = min(sum(left.values()), sum(right.values()))
    overlap = shared / smaller if smaller else 0.0
    # Two shared words, or for a terse clause ("die erste Zinssenkung seit 2019") nearly all of it.
    enough = shared >= MIN_SHARED or (shared >= MIN_SHARED_TERSE and overlap >= TERSE_OVERLAP)
    return overlap if enough and overlap >= MIN_OVERLAP else 0.0


def merge_groups(frame: pd.DataFrame) -> list[list[int]]:
    """Row positions grouped by event, every row in exactly one group, groups in order of their first row."""
    doc_ids = [str(doc) for doc in frame["doc_id"].tolist()]
    clauses = [str(c or l) for c, l in zip(frame["clause"].tolist(), frame["label"].tolist())]
    sentences = [str(s) for s in frame["sentence"].tolist()]
    expressions = [str(e) for e in frame["expression"].tolist()]
    buckets: dict[tuple, list[int]] = {}
    for position, key in enumerate(zip(frame["value"].tolist(), frame["date_start"].tolist(), frame["date_end"].tolist())):
        if key[0] and not pd.isna(key[1]) and not pd.isna(key[2]):  # durations, sets, unresolved: no interval
            buckets.setdefault(key, []).append(position)
    candidates = []
    for positions in buckets.values():
        if len({doc_ids[p] for p in positions}) < 2:
            continue
        features = {p: _features(clauses[p], sentences[p], expressions[p]) for p in positions}
        for index, left in enumerate(positions):
            for right in positions[index + 1:]:
                if doc_ids[left] != doc_ids[right]:
                    score = _similarity(features[left], features[right])
                    if score > 0:
                        candidates.append((-score, left, right))
    owner = list(range(len(frame)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(frame))}
    docs: dict[int, set[str]] = {i: {doc} for i, doc in enumerate(doc_ids)}
    for _, left, right in sorted(candidates):
        a, b = owner[left], owner[right]
        if a == b or docs[a] & docs[b]:
            continue  # already together, or the union would hold two rows of one article
        keep, drop = min(a, b), max(a, b)
        for position in members[drop]:
            owner[position] = keep
        members[keep] = sorted(members[keep] + members.pop(drop))
        docs[keep] |= docs.pop(drop)
    return [members[i] for i in sorted(members)]


def merge_events(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with one row per reported event: rows of a merged event become its first row (in frame order),
    whose `sources` lists every article's doc_id and whose `actors` gathers everyone's actors."""
    if list(frame.columns) != list(schema.COLUMNS):
        frame = schema.conform(frame)
    groups = merge_groups(frame)
    merged = frame.iloc[[group[0] for group in groups]].reset_index(drop=True)
    if len(merged) == len(frame):
        return merged
    sources_column, actors_column = frame["sources"].tolist(), frame["actors"].tolist()
    doc_ids = frame["doc_id"].tolist()
    sources, actors = [], []
    for group in groups:
        group_sources: list[str] = []
        group_actors: list[str] = []
        for position in group:
            for source in sources_column[position] or [doc_ids[position]]:
                if source not in group_sources:
                    group_sources.append(source)
            group_actors += [actor for actor in actors_column[position] if actor not in group_actors]
        sources.append(group_sources)
        actors.append(group_actors)
    merged["sources"] = pd.Series(sources, dtype="object")
    merged["actors"] = pd.Series(actors, dtype="object")
    return merged
