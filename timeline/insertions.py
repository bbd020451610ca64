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
from bisect import bisect_left
from functools import cache
from itertools import islice

from .clauses import Span, _alternation
from .event_resources import load
from .finite_verbs import is_finite
from .label_rules import _TOKEN, _bare, _label_rules, _next_date, _starts_in

MAX_INSERTION_WORDS = 10  # an aside longer than this is a clause of the sentence in its own right

SUBJECT_WORDS = 3  # words of a short subject before its verb: "the minister resigned"

VERB_WORDS = 3  # the clause after an aside has its verb among its first words: "schloss die Firma", "he lost"

GOVERNING_WORDS = 3  # words before a fronted date, or between two dates of one phrase: "Doch in der", "auf den"

# Characters an aside of MAX_INSERTION_WORDS words, or GOVERNING_WORDS words, take at most: each date reads a bounded
# stretch of its clause, so that a long clause dense with dates stays linear.
ASIDE_CHARS = 160
GOVERNING_CHARS = 60

REST_WORDS = max(VERB_WORDS, SUBJECT_WORDS + 1) + 2  # `is_finite` reads two words past the one it checks

# Between dashes (a hyphen only with spaces around it) or brackets, no dash or bracket inside.
_ASIDE = re.compile(rf"\s*,?\s*(?:(?:[–—]|\s-(?=\s))(?P<dashed>[^–—()\n]{{1,{ASIDE_CHARS}}}?)(?:[–—]|\s-(?=\s))"
                    rf"|\((?P<bracketed>[^()\n]{{1,{ASIDE_CHARS}}})\))\s*,?\s*")

_OPENS_ASIDE = re.compile(r"[(–—]|\s-\s|,")  # what opens an aside: a bracket, a dash, a comma

# ", dem Tag der Wahl, ": an article, then words up to the next comma.
_DATE_APPOSITION = re.compile(rf"\s*,\s*(?P<article>[^\W\d_]+)\s+(?P<described>[^,;:()–—\n]{{1,{ASIDE_CHARS}}}),\s*")


@cache
def _source(lang: str | None) -> re.Pattern[str] | None:
    """`, so die Polizei,`: a comma, a source opener, words up to the next comma."""
    openers = load(lang).get("labels", {}).get("source_openers", [])
    if not openers:
        return None
    return re.compile(rf"\s*,\s*(?:{_alternation(openers)})\s+(?P<source>[^,;:()–—\n]{{1,{ASIDE_CHARS}}}),\s*",
                      re.IGNORECASE)


def _fronted_dates_end(text: str, clause: Span, dates: list[Span]) -> int | None:
    """Where the dates that open `clause` end, when at most GOVERNING_WORDS words stand before the first of them
    and between each two ("Doch in der Nacht auf den 3. Mai")."""
    index = bisect_left(dates, (clause[0], clause[0]))
    if index == len(dates) or dates[index][0] >= clause[1] or not _governing(text, clause[0], dates[index][0]):
        return None
    end = dates[index][1]
    for start, stop in (dates[k] for k in range(index + 1, len(dates))):
        if start >= clause[1] or not _governing(text, end, start) or _OPENS_ASIDE.search(text, end, start):
            break  # "In March 1917 (February in the old calendar)": a date inside the aside is part of it
        end = stop
    return end


def _governing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds at most GOVERNING_WORDS words (read no further than GOVERNING_CHARS)."""
    return end - start <= GOVERNING_CHARS and len(text[start:end].split()) <= GOVERNING_WORDS


def _first_words(text: str, start: int, end: int) -> list[str]:
    """The first REST_WORDS words of text[start:end]."""
    return [token.group() for token in islice(_TOKEN.finditer(text, start, end), REST_WORDS)]


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
            return _date_apposition(text, clause, end, dates, lang)
        if len(aside.group("source").split()) > MAX_INSERTION_WORDS:
            return None
    rest = _first_words(text, aside.end(), clause[1])
    if not any(is_finite(rest, k, lang) for k in range(min(len(rest), VERB_WORDS))):
        return None  # the verb-second or subject-verb clause the date dates has its verb among its first words
    return end, aside.end()


def _date_apposition(text: str, clause: Span, end: int, dates: list[Span], lang: str | None) -> Span | None:
    """", dem Tag der Wahl," after the date: an article and a verbless phrase, then a clause that opens with its
    finite verb ("trat der Minister zurück") or with an article or pronoun and its verb within SUBJECT_WORDS. A
    phrase that holds a date is the next item of a list of dates ("le 3 mars, le 4 mars, …"), no aside."""
    aside = _DATE_APPOSITION.match(text, end, clause[1])
    following = _next_date(dates, end)
    if aside is None or following is not None and following[0] < aside.end():
        return None
    rule = _label_rules(lang)
    described = [aside.group("article")] + aside.group("described").split()
    if aside.group("article").lower() not in rule.determiners or len(described) > MAX_INSERTION_WORDS \
            or any(is_finite(described, k, lang) for k in range(len(described))):
        return None
    rest = _first_words(text, aside.end(), clause[1])
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
