"""Names compared across articles and languages: "Wladimir Putin" / "Vladimir Putin", "Russland" / "Russia".

A name token is compared by keys that ignore case, accents and script (anyascii transliterates Cyrillic, Greek,
CJK... to Latin letters), doubled letters and inflection endings; a second key applies the spelling conventions
of the article's language for foreign names (`[names] spelling` in `resources/<lang>/events.toml`: German writes
"W" and "sch" where English writes "V" and "sh"), so "Wladimir" meets "Vladimir" and "Poutine" meets "Putin".
Country and territory names are compared by their ISO code, read from the Unicode CLDR names that Babel ships
("Russland", "Russie" and "Russia" are all RU): world knowledge from a general source, not from our texts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii

from .event_resources import available, load

MIN_KEY = 3  # shorter tokens ("Un", "Al") say too little to tell two names apart
_LETTERS = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
TERRITORY = "@"
_GROUPINGS = {"EU", "EZ", "UN", "QO"}  # CLDR's unions and groupings: organisations that act, not countries
MIN_DEMONYM = 4  # letters of a territory's name an adjective must start with
MAX_DEMONYM_ENDING = 3  # "-ese", "-ian": letters an adjective adds to the name


def fold(text: str) -> str:
    """Lower-case ASCII letters only: "Zürich" -> "zurich", "Путин" -> "putin"."""
    return _LETTERS.sub("", anyascii(text).lower())


@cache
def _spelling(lang: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = load(lang).get("names", {}).get("spelling", []) if lang in available() else []
    return tuple((re.compile(source), target) for source, target in pairs)


@cache
def _common() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Letters that every Latin-script spelling of a foreign name may swap: y/i/j, ph/f, ck/k, z/s."""
    pairs = []
    for code in available():
        pairs += [tuple(pair) for pair in load(code).get("names", {}).get("common", []) if tuple(pair) not in pairs]
    return tuple((re.compile(source), target) for source, target in pairs)


@cache
def _suffixes(lang: str | None) -> tuple[str, ...]:
    words = load(lang).get("names", {}).get("endings", []) if lang in available() else []
    return tuple(sorted(words, key=len, reverse=True))


def _normalise(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, target in rules:
        word = pattern.sub(target, word)
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=65536)
def token_keys(token: str, lang: str | None) -> frozenset[str]:
    """The keys one name token is compared by (empty for tokens too short to tell names apart)."""
    folded = fold(token)
    if len(folded) < MIN_KEY:
        return frozenset()
    keys = set()
    for spelled in {folded, _normalise(folded, _spelling(lang))}:
        key = _normalise(spelled, _common())
        for ending in _suffixes(lang):  # "Putins", "Merkels": the genitive ending is no part of the name
            if key.endswith(ending) and len(key) - len(ending) >= 4:
                key = key[: -len(ending)]
                break
        keys.add(key)
    return frozenset(keys)


@cache
def _territories(lang: str | None) -> dict[str, str]:
    """Folded CLDR territory names of `lang` (of every language with a pack when it has none) -> ISO code. Only
    the article's own language: "Maurice" is Mauritius in French, a first name in English."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, str] = {}
    for code in (lang,) if lang in available() else available():
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError):
            continue
        for iso, name in territories.items():
            if iso.isalpha() and iso not in _GROUPINGS:  # "RU", not regions ("150" Europe) or unions
                names.setdefault(fold(name), iso)
    return names


@cache
def _territory_stems(lang: str | None) -> dict[str, list[tuple[str, str]]]:
    """Territory names by their first four letters, for the adjectives made from them."""
    stems: dict[str, list[tuple[str, str]]] = {}
    for name, iso in _territories(lang).items():
        if len(name) >= MIN_DEMONYM:
            stems.setdefault(name[:MIN_DEMONYM], []).append((name, iso))
    return stems


def _cldr_names(lang: str | None, kind: str) -> frozenset[str]:
    """Folded CLDR names from Babel in `lang` (every pack's language when it has none): `regions` of the world
    ("Central Asia", "Europe"), `languages` ("Turkmen", "Deutsch") or exemplar `cities` of the time zones
    ("Chicago", "Kyiv", "Wien")."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    names: set[str] = set()
    for code in (lang,) if lang in available() else available():
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        if kind == "regions":
            names |= {fold(name) for iso, name in locale.territories.items() if iso.isdigit()}
        elif kind == "languages":
            names |= {fold(name) for name in locale.languages.values()}
        else:  # a zone's city is named by the locale, or else by the zone's id ("America/New_York")
            names |= {fold(locale.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1])
                      for zone in get_global("zone_territories")}
    return frozenset(name for name in names if len(name) >= MIN_DEMONYM)


_regions = cache(lambda lang: _cldr_names(lang, "regions"))
_languages = cache(lambda lang: _cldr_names(lang, "languages"))
_cities = cache(lambda lang: _cldr_names(lang, "cities"))


@cache
def _demonym_endings(lang: str | None) -> tuple[str, ...]:
    codes = (lang,) if lang in available() else available()
    return tuple({ending for code in codes for ending in load(code).get("names", {}).get("demonym_endings", [])})


def is_place(name: str, lang: str | None) -> bool:
    """Whether CLDR knows `name` as a place: a country or territory, a region of the world or a city."""
    folded = fold(name)
    return any(folded in names(lang) for names in (_territories, _regions, _cities))


def is_demonym(name: str, lang: str | None) -> bool:
    """Whether `name` is an adjective of a place or a people ("Canadian", "Central Asian", "South Sudanese",
    "Turkmen"): the name of a place or of a language with one of the pack's `demonym_endings`, or the language's
    own name. It tells where someone is from, not who acts."""
    folded = fold(name)
    if len(folded) < MIN_DEMONYM or is_place(name, lang):
        return False
    if folded in _languages(lang):
        return True
    endings = _demonym_endings(lang)
    for base in list(_territories(lang)) + list(_regions(lang)):
        if base[:MIN_DEMONYM] == folded[:MIN_DEMONYM] and any(
                folded in (base + ending, base[:-1] + ending) for ending in endings):
            return True
    return False


def territory_of(name: str, lang: str | None = None) -> str | None:
    """The ISO code of a territory `name` names in `lang`, or of the one its adjective is made from: "Indonesian",
    "Sudanese", "German" keep all but at most the last letter of "Indonesia", "Sudan", "Germany" and add at most
    three."""
    folded = fold(name)
    territories = _territories(lang)
    if folded in territories:
        return territories[folded]
    for territory, iso in _territory_stems(lang).get(folded[:MIN_DEMONYM], []):
        extra = len(folded) - len(territory)
        fits = 0 <= extra <= MAX_DEMONYM_ENDING or (extra == -1 and len(folded) >= 6)
        if folded.startswith(territory[:-1]) and fits:
            return iso
    return None


@lru_cache(maxsize=65536)
def name_keys(name: str, lang: str | None) -> frozenset[str]:
    """Keys of a whole name: a territory's code, or the keys of its tokens ("Kim Jong Un": kim, jong)."""
    territory = territory_of(name, lang)
    if territory:
        return frozenset({TERRITORY + territory})
    keys: set[str] = set()
    for token in name.replace("-", " ").split():
        territory = territory_of(token, lang)
        keys |= {TERRITORY + territory} if territory else token_keys(token, lang)
    return frozenset(keys)
