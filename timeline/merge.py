"""One row per event when several articles report it.

Two rows from different articles are the same event when they date the same interval (same value, start and
end) and tell the same happening: their clauses (without the date itself) share enough words once stop words
are gone. Words are compared by a short prefix without accents, so "Putins"/"Putin", "Allianz"/"alliance" and
"Satelliten"/"satellite" meet across German and English; numbers compare by their digits ("12,89"/"12.89").
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
NUMBER_WEIGHT = 1.5  # a shared figure ("60 Milliarden", "12,89 Meter") says more than a shared word
_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")


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


def _features(clause: str, expression: str) -> dict[str, float]:
    """Weighted stems of a clause, without its own date expression."""
    text = clause.replace(expression, " ") if expression else clause
    vocabulary = _vocabulary()
    features: dict[str, float] = {}
    for token in _TOKEN.findall(text):
        if token[0].isdigit():
            features["#" + re.sub(r"\D", "", token)] = NUMBER_WEIGHT
            continue
        folded = _fold(token)
        for word in vocabulary.translations.get(folded, folded).split():
            if len(word) >= 3 and word not in vocabulary.stopwords:
                features[_stem(word, vocabulary)] = 1.0
    return features


def _similarity(left: dict[str, float], right: dict[str, float]) -> float:
    shared = sum(weight for key, weight in left.items() if key in right)
    if shared < MIN_SHARED:
        return 0.0
    smaller = min(sum(left.values()), sum(right.values()))
    overlap = shared / smaller if smaller else 0.0
    return overlap if overlap >= MIN_OVERLAP else 0.0


def merge_groups(frame: pd.DataFrame) -> list[list[int]]:
    """Row positions grouped by event, every row in exactly one group, groups in order of their first row."""
    owner = list(range(len(frame)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(frame))}
    docs: dict[int, set[str]] = {i: {str(doc)} for i, doc in enumerate(frame["doc_id"])}
    buckets: dict[tuple, list[int]] = {}
    for position, (value, start, end) in enumerate(zip(frame["value"], frame["date_start"], frame["date_end"])):
        if pd.isna(start) or pd.isna(end) or not value:
            continue  # durations, sets, unresolved dates: no interval to share
        buckets.setdefault((str(value), start, end), []).append(position)
    features = {}
    candidates = []
    for positions in buckets.values():
        if len({frame["doc_id"].iat[p] for p in positions}) < 2:
            continue
        for p in positions:
            features[p] = _features(str(frame["clause"].iat[p] or frame["label"].iat[p]), str(frame["expression"].iat[p]))
        for index, left in enumerate(positions):
            for right in positions[index + 1:]:
                if frame["doc_id"].iat[left] == frame["doc_id"].iat[right]:
                    continue
                score = _similarity(features[left], features[right])
                if score > 0:
                    candidates.append((-score, left, right))
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
    if frame.empty:
        return schema.conform(frame)
    frame = schema.conform(frame)
    rows = []
    for group in merge_groups(frame):
        first = frame.iloc[group[0]].to_dict()
        if len(group) > 1:
            sources: list[str] = []
            actors: list[str] = []
            for position in group:
                for source in frame["sources"].iat[position] or [frame["doc_id"].iat[position]]:
                    if source not in sources:
                        sources.append(source)
                for actor in frame["actors"].iat[position]:
                    if actor not in actors:
                        actors.append(actor)
            first["sources"], first["actors"] = sources, actors
        rows.append(first)
    return schema.from_records(rows)
