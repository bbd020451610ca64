"""Language knowledge for publication dates, clauses, labels, actors and merging: `resources/events/<lang>.toml`.

One engine reads these files; a language without its own file gets the union of all of them, so that an
article in, say, Dutch still has its English or German update line found.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

_DIRECTORY = Path(__file__).parent / "resources" / "events"


@cache
def available() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in _DIRECTORY.glob("*.toml")))


@cache
def _read(lang: str) -> dict[str, Any]:
    with (_DIRECTORY / f"{lang}.toml").open("rb") as handle:
        return tomllib.load(handle)


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
    """The data for `lang`, or the union of every language's data when there is no file for it."""
    if lang in available():
        return _read(lang)
    merged: dict[str, Any] = {}
    for code in available():
        merged = _union(merged, _read(code)) if merged else dict(_read(code))
    return merged
