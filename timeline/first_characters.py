"""The characters a regular expression's match can start with, as a one-character pattern.

The tagger runs every rule of a pack over every sentence that holds a trigger. Text that is nothing but dates
triggers everywhere, and Python's `re` cannot skip ahead in a rule that opens with a lookbehind and an
alternation of case-folded words: each rule then costs a try at every position. A rule whose first character
occurs at no word start of a stretch of text cannot match there, so the tagger skips it (same matches, less work).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes (Python >= 3.11)
from re import _parser  # type: ignore[attr-defined]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = {sre.ASSERT, sre.ASSERT_NOT, sre.AT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


class _Unknown(Exception):
    """A construct whose first character is not worked out here: the rule is always run."""


def first_characters(pattern: str) -> re.Pattern[str] | None:
    """A pattern matching any one character that a match of `pattern` (no flags) can start with; None when
    that is not known (the pattern may match the empty string, or uses a construct not handled here)."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        classes, nullable = _first(list(parsed))
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    if nullable or not classes:
        return None
    return re.compile("|".join(sorted(set(classes))))


def _first(sequence: list) -> tuple[list[str], bool]:
    """The character classes a sequence of parsed items can start with, and whether it can match nothing."""
    classes: list[str] = []
    for op, argument in sequence:
        item, nullable = _first_of_item(op, argument)
        classes += item
        if not nullable:
            return classes, False
    return classes, True


def _first_of_item(op, argument) -> tuple[list[str], bool]:  # noqa: ANN001 (the parser's private types)
    if op is sre.LITERAL:
        return [re.escape(chr(argument))], False
    if op is sre.NOT_LITERAL:
        return ["[^" + re.escape(chr(argument)) + "]"], False
    if op is sre.IN:
        return [_character_class(argument)], False
    if op in _ZERO_WIDTH:
        return [], True
    if op is sre.BRANCH:
        classes, nullable = [], False
        for alternative in argument[1]:
            first, empty = _first(list(alternative))
            classes += first
            nullable = nullable or empty
        return classes, nullable
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = argument
        if add_flags & (re.IGNORECASE | re.DOTALL):
            raise _Unknown
        return _first(list(body))
    if getattr(sre, "ATOMIC_GROUP", None) is op:
        return _first(list(argument))
    if op in _REPEATS:
        low, _high, body = argument
        classes, nullable = _first(list(body))
        return classes, nullable or low == 0
    raise _Unknown  # ANY, group references, conditionals


def _character_class(items: list) -> str:
    parts, negated = [], False
    for op, argument in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(argument)))
        elif op is sre.RANGE:
            parts.append(re.escape(chr(argument[0])) + "-" + re.escape(chr(argument[1])))
        elif op is sre.CATEGORY and argument in _CATEGORIES:
            parts.append(_CATEGORIES[argument])
        else:
            raise _Unknown
    return "[" + ("^" if negated else "") + "".join(parts) + "]"
