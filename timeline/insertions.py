"""A date that opens a clause before an insertion dates the clause after it, not the insertion.

"Im Jahr 1998 – dem Jahr des Absturzes – schloss die Firma ihr Werk", "Last year (by most accounts) the company
lost money", "Mardi soir, selon la police, un homme a volé une voiture", "Am 3. Mai, dem Tag der Wahl, trat der
Minister zurück": the words between the date and the clause it dates are an aside (between dashes or brackets, with
no finite verb of its own), name a source (after a comma, opened by one of the pack's `source_openers`: "so",
"according to", "selon") or describe the date (after a comma, opened by an article, with no finite verb, and the
clause after it opens with its verb or a subject and verb). A label made of the clause with the
aside left in reads as the aside ("By most accounts") or lets it push the verb out of place ("Die Polizei, stahl ein
Mann ein Auto"); without it, the clause reads as told ("Die Firma schloss ihr Werk").
"""

from __future__ import annotations

import re
from functools import cache

from .clauses import Span, _alternation
from .event_resources import load
from .finite_verbs import is_finite
from .label_rules import _bare, _label_rules, _starts_in

MAX_INSERTION_WORDS = 10  # an aside longer than this is a clause of the sentence in its own right

SUBJECT_WORDS = 3  # words of a short subject before its verb: "the minister resigned"

VERB_WORDS = 3  # the clause after an aside has its verb among its first words: "schloss die Firma", "he lost"

GOVERNING_WORDS = 3  # words before a fronted date, or between two dates of one phrase: "Doch in der", "auf den"

# Between dashes (a hyphen only with spaces around it) or brackets, no dash or bracket inside.
_ASIDE = re.compile(r"\s*,?\s*(?:(?:[–—]|\s-(?=\s))(?P<dashed>[^–—()\n]+?)(?:[–—]|\s-(?=\s))"
                    r"|\((?P<bracketed>[^()\n]+)\))\s*,?\s*")

_OPENS_ASIDE = re.compile(r"[(–—]|\s-\s|,")  # what opens an aside: a bracket, a dash, a comma

# ", dem Tag der Wahl, ": an article, then words up to the next comma.
_DATE_APPOSITION = re.compile(r"\s*,\s*(?P<article>[^\W\d_]+)\s+(?P<described>[^,;:()–—\n]+),\s*")


@cache
def _source(lang: str | None) -> re.Pattern[str] | None:
    """`, so die Polizei,`: a comma, a source opener, words up to the next comma."""
    openers = load(lang).get("labels", {}).get("source_openers", [])
    if not openers:
        return None
    return re.compile(rf"\s*,\s*(?:{_alternation(openers)})\s+(?P<source>[^,;:()–—\n]+),\s*", re.IGNORECASE)


def _fronted_dates_end(text: str, clause: Span, dates: list[Span]) -> int | None:
    """Where the dates that open `clause` end, when at most GOVERNING_WORDS words stand before the first of them
    and between each two ("Doch in der Nacht auf den 3. Mai")."""
    inside = _starts_in(dates, clause)
    if not inside or len(text[clause[0]:inside[0][0]].split()) > GOVERNING_WORDS:
        return None
    end = inside[0][1]
    for start, stop in inside[1:]:
        if len(text[end:start].split()) > GOVERNING_WORDS or _OPENS_ASIDE.search(text, end, start):
            break  # "In March 1917 (February in the old calendar)": a date inside the aside is part of it
        end = stop
    return end


def insertion_after_date(text: str, clause: Span, dates: list[Span], lang: str | None) -> Span | None:
    """The aside or source between the dates opening `clause` and the rest of it, as the span to leave out; None
    when there is none or nothing with a finite verb follows it."""
    end = _fronted_dates_end(text, clause, dates)
    if end is None:
        return None
    aside = _ASIDE.match(text, end, clause[1])
    if aside:
        inner = aside.group("dashed") or aside.group("bracketed")
        words = inner.split()
        if len(words) > MAX_INSERTION_WORDS or any(is_finite(words, k, lang) for k in range(len(words))):
            return None
    else:
        source = _source(lang)
        aside = source.match(text, end, clause[1]) if source else None
        if aside is None:
            return _date_apposition(text, clause, end, lang)
        if len(aside.group("source").split()) > MAX_INSERTION_WORDS:
            return None
    rest = text[aside.end():clause[1]].split()
    if not any(is_finite(rest, k, lang) for k in range(min(len(rest), VERB_WORDS))):
        return None  # the verb-second or subject-verb clause the date dates has its verb among its first words
    return end, aside.end()


def _date_apposition(text: str, clause: Span, end: int, lang: str | None) -> Span | None:
    """", dem Tag der Wahl," after the date: an article and a verbless phrase, then a clause that opens with its
    finite verb ("trat der Minister zurück") or with an article or pronoun and its verb within SUBJECT_WORDS."""
    aside = _DATE_APPOSITION.match(text, end, clause[1])
    if aside is None:
        return None
    rule = _label_rules(lang)
    described = [aside.group("article")] + aside.group("described").split()
    if aside.group("article").lower() not in rule.determiners or len(described) > MAX_INSERTION_WORDS \
            or any(is_finite(described, k, lang) for k in range(len(described))):
        return None
    rest = text[aside.end():clause[1]].split()
    opens_with_verb = bool(rest) and is_finite(rest, 0, lang)
    opens_with_subject = bool(rest) and _bare(rest[0]).lower() in rule.determiners | rule.pronouns \
        and _bare(rest[0]).lower() not in rule.relatives and any(
        is_finite(rest, k, lang) for k in range(1, min(len(rest), SUBJECT_WORDS + 1))) and not any(
        word.endswith(",") for word in rest[:SUBJECT_WORDS])
    return (end, aside.end()) if opens_with_verb or opens_with_subject else None


def without_insertion(
    text: str, clause: Span, dates: list[Span], insertion: Span
) -> tuple[str, Span, list[Span]]:
    """`clause` told without `insertion`: its text, its span in that text and its dates moved with it."""
    start, stop = insertion
    told = text[clause[0]:start] + " " + text[stop:clause[1]]
    moved = [(a - clause[0], b - clause[0]) for a, b in _starts_in(dates, (clause[0], start))]
    shift = clause[0] + (stop - start) - 1
    moved += [(a - shift, b - shift) for a, b in _starts_in(dates, (stop, clause[1]))]
    return told, (0, len(told)), moved
