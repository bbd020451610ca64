"""What a language pack's values must be, and the error a malformed pack raises: shared by the tagger's packs
(`resources/<lang>/dates.toml`, language.py) and the event layer's (`resources/<lang>/events.toml`, event_resources.py).
A schema maps a section to its keys and the kind of value each holds; `fits` tells whether a value is of a kind.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

WORDS, TEXT, FLAG, MONTHS = "a list of strings", "a string", "true or false", "a table of month numbers"
PAIRS, TABLE = "a list of [pattern, replacement] pairs", "a table"
PATTERN, PATTERNS = "a regular expression", "a list of regular expressions"
INTEGER, NUMBER = "a whole number", "a number"
VALUES = "a table of numbers or strings"


class ResourceError(ValueError):
    """A language pack that is missing a key or holds the wrong kind of value; the message names file and key."""


# A language code is an ISO 639 code as written in lower case: two letters, or three for languages without a
# two-letter code. Anything else (upper case, regions such as "de-DE", paths) is refused, never looked up.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def pack_languages(resources: Path, file_name: str) -> tuple[str, ...]:
    """The languages whose directory `<resources>/<code>/` holds `file_name`, sorted: only directories named as a
    language code count (never `calibration`)."""
    return tuple(sorted(path.parent.name for path in resources.glob(f"*/{file_name}")
                        if LANGUAGE_CODE.fullmatch(path.parent.name)))


def read_toml(path: Path) -> dict[str, Any]:
    """The data of a pack's file; a ResourceError naming it when it is no valid TOML."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ResourceError(f"{path}: not valid TOML ({error})") from error


def compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def fits(value: Any, kind: str) -> bool:
    if kind == WORDS:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind == PATTERN:
        return isinstance(value, str) and compiles(value)
    if kind == PATTERNS:
        return isinstance(value, list) and all(isinstance(item, str) and compiles(item) for item in value)
    if kind == TEXT:
        return isinstance(value, str)
    if kind == FLAG:
        return isinstance(value, bool)
    # TOML's true and false are Python bools, which are ints too: neither is a number here.
    if kind == INTEGER:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == VALUES:
        return isinstance(value, dict) and all(isinstance(item, (int, str)) for item in value.values())
    if kind == MONTHS:
        return isinstance(value, dict) and all(isinstance(n, int) and 1 <= n <= 12 for n in value.values())
    if kind == PAIRS:
        return isinstance(value, list) and all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) for part in pair) for pair in value)
    return isinstance(value, dict)
