"""What a regular expression's match must start with and must contain: filters that skip a rule where it
cannot match.

The tagger runs every rule of a pack over every sentence that holds a trigger. Text that is nothing but dates
triggers everywhere, and Python's `re` cannot skip ahead in a rule that opens with a lookbehind and an
alternation of case-folded words: each rule then costs a try at every position. A rule cannot match in a
stretch of text where none of its first characters opens a word, or where none of the words it needs (a month,
"später", "Quartal") occurs: the tagger skips it there (the same matches, less work).
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


# Sets of strings are worked out up to this size; a larger set (a long table spelt in every case) is unknown.
MAX_STRINGS = 512
MIN_REQUIRED_LENGTH = 2  # a single character says too little to skip a rule


def required_words(pattern: str) -> re.Pattern[str] | None:
    """A pattern that finds, in case-folded text, one of the strings every match of `pattern` contains (a rule
    for "{month} {year}" needs a month name); None when no such strings of MIN_REQUIRED_LENGTH are known."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        needed = _needed(list(parsed))
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    if not needed:
        return None
    folded = {word.casefold() for word in needed}
    if min(map(len, folded)) < MIN_REQUIRED_LENGTH:
        return None
    # A word that holds another needed word adds nothing: "anfang" is found wherever "anfangs" is.
    shortest = [word for word in folded if not any(other != word and other in word for other in folded)]
    return re.compile("|".join(re.escape(word) for word in sorted(shortest)))


def _strings(sequence: list) -> set[str] | None:
    """Every string the sequence can match, when they are few (None: too many, or not known)."""
    result = {""}
    for op, argument in sequence:
        item = _strings_of_item(op, argument)
        if item is None:
            return None
        result = {left + right for left in result for right in item}
        if len(result) > MAX_STRINGS:
            return None
    return result


def _strings_of_item(op, argument) -> set[str] | None:  # noqa: ANN001 (the parser's private types)
    if op is sre.LITERAL:
        return {chr(argument)}
    if op is sre.IN:
        characters = set()
        for inner, value in argument:
            if inner is sre.LITERAL:
                characters.add(chr(value))
            elif inner is sre.RANGE and value[1] - value[0] < 16:
                characters.update(chr(code) for code in range(value[0], value[1] + 1))
            else:
                return None
        return characters
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in argument[1]:
            strings = _strings(list(alternative))
            if strings is None:
                return None
            union |= strings
            if len(union) > MAX_STRINGS:
                return None
        return union
    if op is sre.SUBPATTERN:
        return None if argument[1] & re.IGNORECASE else _strings(list(argument[3]))
    if op in _REPEATS and argument[1] <= 1:
        strings = _strings(list(argument[2]))
        return None if strings is None else strings | ({""} if argument[0] == 0 else set())
    return None


def _needed(sequence: list) -> set[str] | None:
    """Strings one of which every match of the sequence contains (None: none known). Of the candidates (runs
    of items whose strings are known, and single items that need something), the one whose shortest string is
    longest: the most telling."""
    candidates = []
    run: set[str] | None = {""}
    for op, argument in sequence:
        strings = _strings_of_item(op, argument)
        if strings is not None:
            joined = {left + right for left in run for right in strings} if run is not None else None
            run = joined if joined is not None and len(joined) <= MAX_STRINGS else None
            if run is not None and "" not in run:
                candidates.append(run)
            if run is None:
                run = strings  # start again from this item
                if "" not in run:
                    candidates.append(run)
            continue
        run = {""}  # an item with unknown strings breaks the run
        inner = _needed_of_item(op, argument)
        if inner:
            candidates.append(inner)
    candidates = [candidate for candidate in candidates if candidate and "" not in candidate]
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _needed_of_item(op, argument) -> set[str] | None:  # noqa: ANN001 (the parser's private types)
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in argument[1]:
            needed = _needed(list(alternative))
            if not needed:
                return None  # one way through needs nothing known
            union |= needed
        return union
    if op is sre.SUBPATTERN:
        return None if argument[1] & re.IGNORECASE else _needed(list(argument[3]))
    if getattr(sre, "ATOMIC_GROUP", None) is op:
        return _needed(list(argument))
    if op in _REPEATS and argument[0] >= 1:
        return _needed(list(argument[2]))
    return None
