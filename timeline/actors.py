"""People, organisations and places named in an event's clause, found without a model or a list of names.

One general method for every language, its words from `resources/<lang>/events.toml`: a name is a run of
capitalised words ("Wladimir Putin", "National Assembly", "Kim Il Sung Square"), with the name particles of the
language inside ("Charles de Gaulle"), cut of titles ("Präsident"), function words and date words at its ends.
A sentence's first word counts only with evidence: the same word capitalised somewhere mid-sentence in the text,
a capitalised name after it, or CLDR knowing it as a place ("Chicago"), so "Turnout fell" gives no actor. A
function word of the language (its `stopwords`) is no name on its own ("No. 5", "Week 16"), and in a language
that capitalises only names a lone word the text also writes in lower case is a common word capitalised for
another reason ("117th Street"). Languages that capitalise every noun (German: `capitalised_names = false`) keep
a single capitalised word only when the text never uses it as a common noun, that is after one of the
language's `noun_markers` ("die Ufer", "eine neue Allianz") and does not end like a noun ("Experten"), unless it
is an acronym ("EZB") or a country (CLDR's names, see `timeline.names`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from .event_resources import load
from .names import TERRITORY, is_demonym, is_place, name_keys
from .sentences import sentence_spans

Span = tuple[int, int]
MAX_ACTORS = 6
_CAPITAL = "A-ZÀ-ÖØ-ÞΑ-ΩА-Я"
_NAME_TOKEN = rf"[{_CAPITAL}][\w’'\-]*"
_CAPITAL_LETTER = re.compile(f"[{_CAPITAL}]")
_OPENING = re.compile(r"[\s„“\"'«»(]*")
_POSSESSIVE = re.compile(r"['’]s$")
_LOWER_WORD = re.compile(r"\s+[a-zß-öø-ÿα-ωа-я]")
_POSSESSIVE_CUT = re.compile(r"['’]s(?:\s+|$)")


@dataclass(frozen=True)
class _ActorRules:
    run: re.Pattern[str]  # capitalised words, name particles between them
    after_title: re.Pattern[str]
    title_words: frozenset[str]
    capitalised_names: bool
    not_names: frozenset[str]  # no name on their own
    never_in_names: frozenset[str]  # cut from the ends of a run
    noun_marker: re.Pattern[str] | None  # "die (neue) Allianz": the capitalised word is a common noun
    stopwords: frozenset[str]
    noun_endings: tuple[str, ...]  # "-ung", "-ten": a lone capitalised word ending so is a common noun
    place_before: re.Pattern[str] | None  # "in ", "nach ", "à " right before a name: a place
    modifier: re.Pattern[str] | None  # "a " right before a name, a lower-case word right after it: a place


@cache
def _rules(lang: str | None) -> _ActorRules:
    data = load(lang)
    actors, titles = data["actors"], data["labels"]["titles"]
    particles = "|".join(map(re.escape, sorted(actors.get("name_particles", []), key=len, reverse=True)))
    markers = "|".join(map(re.escape, sorted(actors.get("noun_markers", []), key=len, reverse=True)))
    return _ActorRules(
        run=re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:{particles})\s+)?{_NAME_TOKEN})*" if particles
                       else rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*"),
        after_title=re.compile(
            rf"(?i:\b(?:{'|'.join(map(re.escape, sorted(titles, key=len, reverse=True)))}))\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
        ),
        title_words=frozenset(word.lower().rstrip(".") for title in titles for word in title.split()),
        capitalised_names=bool(actors.get("capitalised_names")),
        not_names=frozenset(actors.get("not_names", [])) | frozenset(actors.get("never_in_names", [])),
        never_in_names=frozenset(actors.get("never_in_names", [])) | _date_words(data),
        noun_marker=re.compile(rf"(?i:\b(?:{markers}))\s+(?:[a-zäöüßàâçéèêëîïôûù]\w*\s+){{0,2}}({_NAME_TOKEN})")
        if markers else None,
        stopwords=frozenset(data["stopwords"]["words"]),
        noun_endings=tuple(actors.get("noun_endings", [])),
        place_before=re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, sorted(actors['place_prepositions'], key=len, reverse=True)))}))\s*$")
        if actors.get("place_prepositions") else None,
        modifier=re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, actors['modifier_articles']))}))\s+$")
        if actors.get("modifier_articles") else None,
    )


def _date_words(data: dict) -> frozenset[str]:
    """Month and weekday names and their abbreviations ("Nov", "Wed"), capitalised: never part of a name."""
    words = list(data["dct"]["months"]) + list(data["dct"]["weekdays"])
    return frozenset(word[:1].upper() + word[1:] for word in words)


@lru_cache(maxsize=8)
def _mid_sentence_words(text: str) -> frozenset[str]:
    """Capitalised words that follow a lower-case word somewhere: names, not sentence starts."""
    return frozenset(re.findall(rf"(?<=[a-zäöüßàâçéèêëîïôûù,] )({_NAME_TOKEN})", text))


@lru_cache(maxsize=8)
def _lowercase_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case somewhere: common words, not names."""
    return frozenset(re.findall(r"(?<![\w’'\-])[a-zß-öø-ÿα-ωа-я][\w’'\-]*", text))


@lru_cache(maxsize=8)
def _common_nouns(text: str, lang: str | None) -> frozenset[str]:
    """Capitalised words that the text uses after an article or determiner: nouns, in German."""
    marker = _rules(lang).noun_marker
    return frozenset(m.group(1) for m in marker.finditer(text)) if marker else frozenset()


def _split_possessives(offset: int, run: str) -> list[tuple[int, str]]:
    """"Russia's Far East" names two things: Russia, and the Far East."""
    if "'" not in run and "’" not in run:
        return [(offset, run)] if run else []
    parts, position = [], 0
    for match in _POSSESSIVE_CUT.finditer(run):
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


def _named(token: str, nouns: frozenset[str], rule: _ActorRules, lang: str | None) -> bool:
    """In a language that capitalises nouns: whether a lone capitalised word is a name, not a noun."""
    if token.lower() in rule.stopwords or token in rule.never_in_names:
        return False  # "Jahren", "Tage"
    if token.isupper() and len(token) >= 2:
        return True  # "EZB", "NATO"
    if any(key.startswith(TERRITORY) for key in name_keys(token, lang)):
        return True  # "Russland", "Ukraine"
    return token not in nouns and not token.lower().endswith(rule.noun_endings)


def _longest_named(name: str, nouns: frozenset[str], rule: _ActorRules, lang: str | None) -> Span | None:
    """The span (within `name`) of its longest run of words that are names, not nouns: "RIA Novosti" of
    "Nachrichtenagentur RIA Novosti"; None when every word is a noun."""
    best: Span | None = None
    first: int | None = None
    last = 0
    for token in list(re.finditer(r"\S+", name)) + [None]:
        if token is not None and _named(token.group(), nouns, rule, lang):
            first = token.start() if first is None else first
            last = token.end()
            continue
        if first is not None and (best is None or last - first > best[1] - best[0]):
            best = (first, last)
        first = None
    return best


def find_names(text: str, span: Span, lang: str | None) -> list[tuple[int, str]]:
    """(offset into `text`, name) of every name in `text[span[0]:span[1]]`, in order; `text` is the whole
    article (or what is known of it), which tells sentence starts and common nouns from names."""
    rule = _rules(lang)
    chunk = text[span[0]:span[1]]
    found = [(span[0] + m.start(1), m.group(1)) for m in rule.after_title.finditer(chunk)]
    mid_sentence = _mid_sentence_words(text)
    nouns = frozenset() if rule.capitalised_names else _common_nouns(text, lang)
    lowercase = _lowercase_words(text) if rule.capitalised_names else frozenset()
    for match in rule.run.finditer(chunk):
        for offset, name in _split_possessives(span[0] + match.start(), match.group()):
            tokens = name.split()
            if all(token in rule.not_names for token in tokens):
                continue
            opening = _OPENING.match(text, _sentence_start(text, offset, lang)).end()
            if offset <= opening and len(tokens) > 1 and tokens[0].lower() in rule.stopwords:
                cut = len(name) - len(name[len(tokens[0]):].lstrip())
                offset, name, tokens = offset + cut, name[cut:], tokens[1:]  # "No Fed rate rise": a sentence's word
            if len(tokens) == 1 and tokens[0].lower() in rule.stopwords:
                continue  # "Week 16", "No. 5": a common word of the language, capitalised for its position
            if offset <= opening and len(tokens) == 1 and (
                    tokens[0] not in mid_sentence and not is_place(tokens[0], lang) or tokens[0].isupper()):
                continue  # "Turnout fell", "PYONGYANG —": a sentence start or a dateline; "Chicago" is a name
            if len(tokens) == 1 and not tokens[0].isupper() and tokens[0].lower() in lowercase:
                continue  # "Week 17", "117th Street": the text writes "week", "street"
            if not rule.capitalised_names:  # the longest stretch of words that are no common nouns
                stretch = _longest_named(name, nouns, rule, lang)
                if stretch is None:
                    continue  # "Ufer", "Allianz", "Neun Monate": nouns
                offset, name = offset + stretch[0], name[stretch[0]:stretch[1]]
            found.append((offset, name))
    names: list[tuple[int, str]] = []
    for offset, raw in sorted(found):
        name = _clean(raw, rule)
        if len(name) > 1 and name not in (n for _, n in names):
            names.append((offset, name))
    return names


def _sentence_start(text: str, offset: int, lang: str | None) -> int:
    spans = sentence_spans(text, lang)
    index = bisect_right(spans, (offset, len(text) + 1)) - 1
    return spans[index][0] if index >= 0 else 0


def _modifies(text: str, offset: int, name: str, rule: _ActorRules) -> bool:
    """Whether the name at `offset` qualifies the noun after it ("an Ohio man", "a Leeds bakery")."""
    return (rule.modifier is not None and rule.modifier.search(text, max(0, offset - 10), offset) is not None
            and _LOWER_WORD.match(text, offset + len(name)) is not None)


def find_actors(text: str, clause: Span, sentence: Span, lang: str | None) -> tuple[list[str], list[str]]:
    """(actors, places) named in `text[clause[0]:clause[1]]`, each in order of appearance, longest form only.
    A place is a country, region or city CLDR names, or a name right after one of the language's
    `place_prepositions` ("in Passau", "à Paris", "near Kyiv"); an adjective of a place or people ("Canadian")
    is neither; the others are the people and organisations who act."""
    if _CAPITAL_LETTER.search(text, clause[0], clause[1]) is None:
        return [], []  # every name starts with a capital (text dense with dates has many clauses without one)
    found = find_names(text, clause, lang)
    names = [name for _, name in found]
    longest = {n for n in names if not any(n != other and f" {n} " in f" {other} " for other in names)}
    rule = _rules(lang)
    actors: list[str] = []
    places: list[str] = []
    for offset, name in found:
        if name not in longest or name in actors or name in places:
            continue
        if is_demonym(name, lang):
            continue  # "Canadian", "Central Asian": where someone is from, not who acts nor where
        keys = name_keys(name, lang)
        country = bool(keys) and all(key.startswith(TERRITORY) for key in keys)
        after_preposition = rule.place_before is not None and rule.place_before.search(
            text, max(0, offset - 30), offset) is not None
        (places if country or after_preposition or _modifies(text, offset, name, rule) or is_place(name, lang)
         else actors).append(name)
    return actors[:MAX_ACTORS], places[:MAX_ACTORS]
