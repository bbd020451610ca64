"""People, organisations and places named in an event's clause, found without a model.

Three offline cues, all from `resources/events/<lang>.toml`: a list of well-known names; the capitalised
words after a title ("Präsident Wladimir Putin", "Finanzminister Christian Lindner"); and, only in languages
that capitalise names alone (English), capitalised runs of words. A sentence's first word counts only if the
same word is capitalised somewhere mid-sentence in the article, so "Turnout fell" gives no actor.
German capitalises every noun, so there only the first two cues apply: fewer actors, but no junk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .event_resources import load

Span = tuple[int, int]
MAX_ACTORS = 6
_NAME_TOKEN = r"[A-ZÄÖÜ][\w’'\-]*"
_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:of|de|da|del|al|bin|von|van|der|du|la)\s+)?{_NAME_TOKEN})*")
_OPENING = re.compile(r"[\s„“\"'«»]*")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class _ActorRules:
    known: re.Pattern[str] | None
    after_title: re.Pattern[str]
    title_words: frozenset[str]
    capitalised_names: bool
    not_names: frozenset[str]  # no name on their own
    never_in_names: frozenset[str]  # cut from the ends of a run


@cache
def _rules(lang: str | None) -> _ActorRules:
    data = load(lang)
    actors, titles = data["actors"], data["labels"]["titles"]
    known = sorted(actors.get("known", []), key=len, reverse=True)
    return _ActorRules(
        known=re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, known))})(?![\w-])") if known else None,
        after_title=re.compile(
            rf"(?i:\b(?:{'|'.join(map(re.escape, sorted(titles, key=len, reverse=True)))}))\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
        ),
        title_words=frozenset(word.lower().rstrip(".") for title in titles for word in title.split()),
        capitalised_names=bool(actors.get("capitalised_names")),
        not_names=frozenset(actors.get("not_names", [])) | frozenset(actors.get("never_in_names", [])),
        never_in_names=frozenset(actors.get("never_in_names", [])),
    )


@lru_cache(maxsize=8)
def _mid_sentence_words(text: str) -> frozenset[str]:
    """Capitalised words that follow a lower-case word somewhere: names, not sentence starts."""
    return frozenset(re.findall(rf"(?<=[a-zäöüß,] )({_NAME_TOKEN})", text))


def _split_possessives(offset: int, run: str) -> list[tuple[int, str]]:
    """"Russia's Far East" names two things: Russia, and the Far East."""
    parts, position = [], 0
    for match in re.finditer(r"['’]s(?:\s+|$)", run):
        parts.append((offset + position, run[position:match.start()]))
        position = match.end()
    if position < len(run):
        parts.append((offset + position, run[position:]))
    return parts


def _clean(name: str, rule: _ActorRules) -> str:
    """Without titles ("President"), possessives, and month or function words at either end ("March Russia")."""
    words = [_POSSESSIVE.sub("", word) for word in name.split()]
    while words and (words[0].lower().rstrip(".") in rule.title_words or words[0] in rule.never_in_names):
        words.pop(0)
    while words and words[-1] in rule.never_in_names:
        words.pop()
    return "" if all(word in rule.not_names for word in words) else " ".join(words)


def find_actors(text: str, clause: Span, sentence: Span, lang: str | None) -> list[str]:
    """Names in `text[clause[0]:clause[1]]`, in order of appearance, longest form only."""
    rule = _rules(lang)
    chunk = text[clause[0]:clause[1]]
    found: list[tuple[int, str]] = []
    if rule.known is not None:
        found += [(m.start(), m.group()) for m in rule.known.finditer(chunk)]
    found += [(m.start(1), m.group(1)) for m in rule.after_title.finditer(chunk)]
    if rule.capitalised_names:
        mid_sentence = _mid_sentence_words(text)
        first_word = _OPENING.match(text, sentence[0]).end()  # where the sentence's first word starts
        for match in _RUN.finditer(chunk):
            for offset, name in _split_possessives(match.start(), match.group()):
                tokens = name.split()
                if all(token in rule.not_names for token in tokens):
                    continue
                at_sentence_start = clause[0] + offset <= first_word
                if at_sentence_start and len(tokens) == 1 and (tokens[0] not in mid_sentence or tokens[0].isupper()):
                    continue  # "Turnout fell", "PYONGYANG —": a sentence start or a dateline, not an actor
                found.append((offset, name))
    names: list[str] = []
    for _, raw in sorted(found):
        name = _clean(raw, rule)
        if len(name) > 1 and name not in names:
            names.append(name)
    longest = [n for n in names if not any(n != other and f" {n} " in f" {other} " for other in names)]
    return longest[:MAX_ACTORS]
