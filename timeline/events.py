"""What happened at each dated expression: label, clause, sentence, actors."""

from __future__ import annotations

from dataclasses import dataclass, field

from .sentences import sentence_spans
from .timex import Timex


@dataclass
class EventContext:
    label: str
    clause: str
    sentence: str
    sentence_start: int
    actors: list[str] = field(default_factory=list)


def describe(text: str, timexes: list[Timex], lang: str) -> list[EventContext]:
    """One context per timex, in the same order."""
    spans = sentence_spans(text)
    contexts = []
    for timex in timexes:
        start, end = next(((s, e) for s, e in spans if s <= timex.start < e), (timex.start, timex.end))
        sentence = text[start:end]
        contexts.append(EventContext(" ".join(sentence.split()[:12]), sentence, sentence, start))
    return contexts
