"""Where a clause's finite verb stands, read from the events pack's `[verbs]` section.

A chart label cut to a dozen words must keep its verb: a long subject ("Le ministre français des Affaires
étrangères Dominique de Villepin") can otherwise fill the label and leave no event. No tagger is needed for
that: a pack lists the finite forms of its closed classes (auxiliaries, copulas, modals, frequent irregular
pasts) and the regular shapes of finite verbs, and names the words after which such a shape is no verb (an
article before "armed", "erste"). A word inside brackets, or in a relative or subordinate clause up to its
comma, belongs to another clause and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .event_resources import load

_EDGE_PUNCTUATION = ".,;:!?\"'()[]«»„“”‚‘’…"


@dataclass(frozen=True)
class _VerbRules:
    finite: frozenset[str]  # finite forms, lower case: "is", "hat", "sont", "said"
    shapes: re.Pattern[str] | None  # regular finite forms ("announced", "erklärte", "annonçait"), case as written
    not_after: frozenset[str]  # a shape right after one of these words is an adjective or noun ("the armed")
    subject_pronouns: frozenset[str]  # the word after one of these is finite ("il annonce", "they plan")
    copulas: frozenset[str]  # "is", "ist", "est"
    function_words: frozenset[str]  # the pack's stopwords that are no finite forms: "sich", "the", "en"
    dependent: frozenset[str]  # relative pronouns and subordinators: a clause they open holds another verb
    determiners: frozenset[str]


@cache
def _rules(lang: str | None) -> _VerbRules:
    data = load(lang)
    verbs, labels = data.get("verbs", {}), data["labels"]
    shapes = verbs.get("finite_shapes", [])
    return _VerbRules(
        finite=frozenset(word.lower() for word in verbs.get("finite", [])),
        shapes=re.compile("|".join(f"(?:{shape})" for shape in shapes)) if shapes else None,
        not_after=frozenset(word.lower() for word in labels["determiners"] + verbs.get("not_after", [])),
        subject_pronouns=frozenset(word.lower() for word in verbs.get("subject_pronouns", [])),
        copulas=frozenset(word.lower() for word in verbs.get("copulas", [])),
        function_words=frozenset(word.lower() for word in data["stopwords"]["words"])
        - frozenset(word.lower() for word in verbs.get("finite", [])),
        dependent=frozenset(word.lower() for word in labels.get("relatives", []) + labels.get("subordinators", [])),
        determiners=frozenset(word.lower() for word in labels["determiners"]),
    )


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION)


def is_finite(words: list[str], index: int, lang: str | None) -> bool:
    """Whether words[index] reads as a finite verb where it stands."""
    rule = _rules(lang)
    word = _bare(words[index])
    if not word:
        return False
    previous = _bare(words[index - 1]).lower() if index else ""
    if word.lower() in rule.finite and (word[:1].islower() or index == 0):
        return True
    if previous in rule.subject_pronouns and word[:1].islower() and word.isalpha() \
            and word.lower() not in rule.function_words:  # "sie sich": a pronoun, no verb
        return True
    if index == 0:
        word = word[:1].lower() + word[1:]  # a label or sentence starts with a capital: "Erklärte er"
    return bool(rule.shapes and previous not in rule.not_after and rule.shapes.fullmatch(word))


def is_listed_finite(word: str, lang: str | None) -> bool:
    """Whether `word` is one of the pack's finite forms ("said", "hat"): a verb wherever it stands, unlike a
    regular shape that a participle shares ("the report published Wednesday")."""
    return _bare(word).lower() in _rules(lang).finite


def is_copula(word: str, lang: str | None) -> bool:
    """Whether `word` is a form of "be" or the like: what follows it is what the clause says of its subject."""
    return _bare(word).lower() in _rules(lang).copulas


def main_verb(words: list[str], lang: str | None) -> int | None:
    """The index of the first finite verb among `words` that is not inside brackets, nor in a clause opened by a
    relative pronoun or subordinator (at the start or after a comma) up to its closing comma ("Lockheed Martin,
    which bought …, now plans", "Erst nachdem … ausgeschaltet war, schiffte"); None when there is none."""
    rule = _rules(lang)
    depth, dependent = 0, False
    for index, word in enumerate(words):
        depth += word.count("(") + word.count("[")
        if index == 0 or words[index - 1].endswith(","):
            bare = _bare(word).lower()
            # an article that is also a relative pronoun ("die", "der") opens a clause only after a comma
            dependent = bare in rule.dependent and (index > 0 or bare not in rule.determiners)
        if depth <= 0 and not dependent and is_finite(words, index, lang):
            return index
        depth = max(depth - word.count(")") - word.count("]"), 0)
    return None
