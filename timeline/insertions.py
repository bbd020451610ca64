"""A date that opens a clause before an insertion dates the clause after it, not the insertion.

"Im Jahr 1998 – dem Jahr des Absturzes – schloss die Firma ihr Werk", "Last year (by most accounts) the company
lost money", "Mardi soir, selon la police, un homme a volé une voiture", "Am 3. Mai, dem Tag der Wahl, trat der
Minister zurück": the words between the date and the clause it dates are an aside (between dashes or brackets, with
no finite verb of its own), name a source (after a comma, opened by one of the pack's `source_openers`: "so",
"according to", "selon") or describe the date (after a comma, opened by an article, with no finite verb, and the
clause after it opens with its verb or a subject and verb), or are a phrase before the main clause (`fronted_phrase`:
"In August, frustrated at the reports, the general ordered …", "Two days after the strike began, the minister
resigned"; `fronted_before_main` for a date in the main clause after such a phrase). A label made of the clause with the
aside left in reads as the aside ("By most accounts") or lets it push the verb out of place ("Die Polizei, stahl ein
Mann ein Auto"); without it, the clause reads as told ("Die Firma schloss ihr Werk").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import islice

from .clauses import TOKEN, Span, _alternation, _overlaps
from .event_resources import load
from .finite_verbs import has_finite, is_finite
from .label_rules import _bare, _label_rules, _LabelRules, _next_date, _starts_in, opens_subject

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
    return [token.group() for token in islice(TOKEN.finditer(text, start, end), REST_WORDS)]


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
        if len(words) > MAX_INSERTION_WORDS or has_finite(words, lang):
            return None
    else:
        source = _source(lang)
        aside = source.match(text, end, clause[1]) if source else None
        if aside is None:
            first = dates[bisect_left(dates, (clause[0], clause[0]))][0]
            return _date_apposition(text, clause, end, dates, lang) \
                or fronted_phrase(text, clause, first, end, dates, lang)
        if len(aside.group("source").split()) > MAX_INSERTION_WORDS:
            return None
    rest = _first_words(text, aside.end(), clause[1])
    if not has_finite(rest, lang, 0, min(len(rest), VERB_WORDS)):
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
            or has_finite(described, lang):
        return None
    rest = _first_words(text, aside.end(), clause[1])
    opens_with_verb = bool(rest) and is_finite(rest, 0, lang)
    opens_with_subject = bool(rest) and _bare(rest[0]).lower() in rule.determiners | rule.pronouns \
        and _bare(rest[0]).lower() not in rule.relatives and any(
        is_finite(rest, k, lang) for k in range(1, min(len(rest), SUBJECT_WORDS + 1))) and not any(
        word.endswith(",") for word in rest[:SUBJECT_WORDS])
    return (end, aside.end()) if opens_with_verb or opens_with_subject else None


MAX_FRONTED_PIECES = 3  # comma-separated pieces of a fronted phrase: "frustrated at …", ", which …", ", …"

FRONTED_CHARS = 2 * ASIDE_CHARS  # a fronted phrase with its relative clause, read no further

RELATIVE_WORDS = 3  # words of a duration before the word relating it to an event: "two full days after"

APPOSITION_WORDS = 3  # words of a name in apposition to the main clause's subject: "his wife, Anna Berg, wrote"


@cache
def _relative_time_links(lang: str | None) -> re.Pattern[str] | None:
    """The words after a duration that make it a time relative to an event: "two days after", "zwei Tage nach"."""
    links = load(lang).get("labels", {}).get("relative_time_links", [])
    return re.compile(rf"(?:{_alternation(links)})\b(?!['’]\w)", re.IGNORECASE) if links else None


def fronted_phrase(text: str, clause: Span, first: int, end: int, dates: list[Span], lang: str | None) -> Span | None:
    """The phrase between the dates opening `clause` (from `first` to `end`) and the main clause they date, as the span
    to leave out: "In August, frustrated at the reports, the general ordered …", "Im Mai, während die Gespräche
    liefen, besetzte die Armee …", "Two days after the strike began, the minister resigned", "The day before the
    ship sailed, her captain wrote …". It is made of up to MAX_FRONTED_PIECES pieces set off by commas: the first a
    time relative to the date (`relative_time_links` right after it or ending it), a subordinate clause, or a
    phrase opened by a lowercase word that is no article, pronoun or coordinator and has no finite verb (a
    participle, an adjective, a preposition); the next ones, a relative clause or such a phrase. The main clause
    after it opens, in a verb-second language, with its finite verb, elsewhere with a subject (an article, a
    pronoun or a name, maybe a name in apposition) and its finite verb. None when there is no such main clause."""
    rule = _label_rules(lang)
    limit = min(clause[1], end + FRONTED_CHARS)
    relative = counts_from_event(text, end, lang)
    if not relative and not text[end:limit].lstrip().startswith(","):
        return None
    pieces = _pieces(text, end, limit)
    for k, (start, stop) in enumerate(pieces[:MAX_FRONTED_PIECES]):
        if _is_date(text, start, stop, dates):
            if k + 1 < len(pieces) and _is_date(text, *pieces[k + 1], dates):
                return None  # "le 3 mars, le 4 mars, le 5 mars": a list of dates, no phrase
        elif not (k == 0 and relative) and not _phrase_piece(text, start, stop, k, rule, lang):
            return None
        if k + 1 < len(pieces) and _opens_main(text, pieces[k + 1][0], clause[1], rule, lang):
            before = text[clause[0]:first].split()
            if before and rule.subordinate.match(_bare(before[0]).lower()) or any(
                    is_finite(before, j, lang) or rule.participles.fullmatch(_bare(word).lower())
                    for j, word in enumerate(before)):
                # "Le ministre affirmait hier, …", "Retaliating two days after …", "Da die Truppen zwei Wochen
                # nach …": the date stands inside a clause, it opens none
                return None
            return end, pieces[k][1]  # the comma stays: what follows the date is a new phrase
    return None


def _is_date(text: str, start: int, stop: int, dates: list[Span]) -> bool:
    """Whether text[start:stop] is a date, maybe after a preposition: ", am 18. Februar 1865," glosses the date
    before it (and its words need no look for a verb)."""
    following = _next_date(dates, start)
    return following is not None and following[1] >= stop and len(text[start:following[0]].split()) <= 1


def fronted_before_main(text: str, clause: Span, date: Span, lang: str | None) -> int | None:
    """Where the main clause that `date` stands in starts, when a phrase with commas inside opens `clause` before
    it ("Nach achttägiger, ununterbrochener Beschießung, bei der …, begann am 1. Juli der Angriff", "After a week
    of shelling, during which …, the attack began on 1 July"): a phrase opened by a preposition or subordinator,
    then up to MAX_FRONTED_PIECES - 1 pieces as in `fronted_phrase`. The label of the date is the main clause: the
    phrase cut for the chart would leave its pieces without their noun. None when there is no such phrase."""
    rule = _label_rules(lang)
    words = text[clause[0]:min(clause[1], clause[0] + GOVERNING_CHARS)].split(maxsplit=1)
    opener = _bare(words[0]).lower() if words else ""
    if not (opener in _word_classes(lang)[0] or rule.subordinate.match(opener)):
        return None  # "Der Tag, an dem …, war": a subject before its relative clause, no phrase
    pieces = _pieces(text, clause[0], min(clause[1], clause[0] + FRONTED_CHARS, date[0]))
    for k, (start, stop) in enumerate(pieces[:MAX_FRONTED_PIECES]):
        if k and not _phrase_piece(text, start, stop, k, rule, lang):
            return None
        if k and k + 1 < len(pieces) and _opens_main(text, pieces[k + 1][0], clause[1], rule, lang):
            return pieces[k + 1][0]
    return None


@cache
def _word_classes(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's prepositions (those governing dates among them, articles not), and the words that open a subject
    or a list rather than a phrase: articles, pronouns, coordinators, relative pronouns."""
    rule = _label_rules(lang)
    return rule.all_prepositions - rule.determiners, \
        rule.determiners | rule.pronouns | rule.coordinators | rule.relatives


def _phrase_piece(text: str, start: int, stop: int, k: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether text[start:stop], the k-th piece of a fronted phrase, belongs to it: a time relative to an event
    (", two days after the strike began"), a subordinate clause, a relative clause after the first piece, or a
    phrase opened by a participle or preposition, or by another lowercase word that is no article, pronoun or
    coordinator when it has no finite verb (an adjective: "angry at …"); not part of a bracket or dash aside."""
    words = text[start:stop].split()
    if not words or len(words) > 1 and not any(character.isalpha() for character in text[start + len(words[0]):stop]):
        return False  # "in 2024": an item of a list of dates
    if _BRACKETS.search(text, start, stop) and not (text[start] == "(" and text[stop - 1] == ")"):
        return False  # a piece of a bracket or a dash: the aside goes on elsewhere
    first = _bare(words[0]).lower()
    links = _relative_time_links(lang)
    if links is not None and any(links.fullmatch(_bare(word)) for word in words[1:RELATIVE_WORDS + 1]):
        return True  # ", two days after the strike began,": the event a date counts from
    if rule.subordinate.match(text[start:stop].lstrip()) or k > 0 and first in rule.relatives:
        return True  # "while the talks went on", "…, which had lasted a week"
    prepositions, subject_openers = _word_classes(lang)
    if not words[0][:1].islower() or first in subject_openers:
        return False  # a subject or a list: no phrase before the main clause
    # a clause of its own ("prices rose") is no phrase; one opened by a participle or preposition may hold words
    # that read as finite ("frustrated at continued reports")
    return bool(rule.participles.fullmatch(first) or first in prepositions) \
        or not has_finite(words, lang)


_BRACKETS = re.compile(r"[()\[\]–—]|\s-\s")


def counts_from_event(text: str, end: int, lang: str | None) -> bool:
    """Whether the date ending at `end` is a time counted from an event: a word of `relative_time_links` ends it
    ("the day before") or follows it ("two days after the strike", "zwei Tage nach dem Streik")."""
    links = _relative_time_links(lang)
    if links is None:
        return False
    opening = text[end:end + GOVERNING_CHARS].lstrip()
    last = text[max(0, end - GOVERNING_CHARS):end].split()
    return links.match(opening) is not None or bool(last) and links.fullmatch(last[-1]) is not None


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """text[start:end] cut at its commas, each piece without the comma and the spaces around it."""
    pieces: list[Span] = []
    position = start
    while position < end and len(pieces) <= MAX_FRONTED_PIECES:
        comma = text.find(",", position, end)
        stop = end if comma < 0 else comma
        if text[position:stop].strip():
            pieces.append((position + len(text[position:stop]) - len(text[position:stop].lstrip()), stop))
        position = stop + 1
    return pieces


def _opens_main(text: str, start: int, end: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether a main clause starts at `start`: its finite verb first in a verb-second language ("besetzte die
    Armee"), else a subject and its finite verb within SUBJECT_WORDS words ("the army occupied", "Anna Berg
    wrote"), a name in apposition to it skipped ("his wife, Anna Berg, wrote")."""
    words = [token.group() for token in islice(TOKEN.finditer(text, start, end), REST_WORDS + APPOSITION_WORDS)]
    if not words:
        return False
    if rule.verb_second:
        return words[0][:1].islower() and is_finite(words, 0, lang)
    first = _bare(words[0])
    if not opens_subject(first, rule) \
            or first.lower() in rule.relatives | rule.coordinators or rule.subordinate.match(words[0]):
        return False
    for k in range(1, min(len(words), SUBJECT_WORDS + 1)):
        if is_finite(words, k, lang):
            return True
        if words[k - 1].endswith(","):  # "his wife, Anna Berg, wrote": the name in apposition, then the verb
            closing = next((j for j in range(k, min(len(words), k + APPOSITION_WORDS)) if words[j].endswith(",")),
                           None)
            return closing is not None and closing + 1 < len(words) and is_finite(words, closing + 1, lang)
    return False


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


REPORT_INSERTION_WORDS = 6  # words of a report set off by commas inside a clause: ", New York State Police said,"

REPORT_INSERTION_CHARS = 80  # ...read no further than this past its opening comma

_COMMA = re.compile(r",(?=\s)")


def reporting_insertions(text: str, clause: Span, dates: list[Span], lang: str | None) -> list[tuple[int, int]]:
    """The reports set off by two commas inside `clause` (", Mr. Marous said,", ", said the mayor,"), as the
    indexes of their opening and closing commas: at most REPORT_INSERTION_WORDS words holding a reporting verb (the
    pack's `reporting_after`) at their end after its subject, or at their start before it, and no other finite
    verb, no date, no relative pronoun or subordinator ("…, which said,"). Such a report splits the clause it
    interrupts in two ("Capital expenditure will rise slightly, Mr. Marous said, from $470 million"): neither half
    reads alone."""
    rule = _label_rules(lang)
    commas = [clause[0] + found.start() for found in _COMMA.finditer(text[clause[0]:clause[1]])]
    found = []
    for opening, closing in zip(commas, commas[1:]):
        inner = text[opening + 1:closing]
        words = inner.split()
        if not 2 <= len(words) <= REPORT_INSERTION_WORDS or closing - opening > REPORT_INSERTION_CHARS \
                or _overlaps(opening, closing, dates) \
                or rule.dependent.fullmatch(_bare(words[0])) is not None \
                or _bare(words[0]).lower() in rule.coordinators or any(mark in inner for mark in "\"“”«»()"):
            continue
        report = inner.strip()
        at_end = re.search(rf"(?:{rule.reporting.pattern})$", report, re.IGNORECASE)
        at_start = rule.reporting.match(report)
        verb = at_end or at_start
        if verb is None:
            continue
        rest = (report[:verb.start()] + " " + report[verb.end():]).split()
        if not rest or has_finite(rest, lang) or at_start and not at_end \
                and not (rest[0][:1].isupper() or rest[0].lower() in rule.determiners):
            continue  # ", said redemption of the shares,": what is said, not who says it
        found.append((opening, closing))
    return found


def without_reporting_insertion(
    text: str, clause: Span, dates: list[Span], lang: str | None
) -> tuple[str, Span, list[Span]] | None:
    """`clause` told without the first report set off inside it (`reporting_insertions`) that the clause goes on
    after, as `without_insertion`; None when it has none. The clause goes on with a verb whose subject stands before
    the report ("The bridge, officials said, will reopen") or with a phrase a preposition opens ("…, Mr. Marous
    said, from $470 million"); not with a subject of its own ("Now, Ms. Conlin said, it will …": the report reads
    as a main clause before it) nor with an apposition of the speaker's (", said Kelli Conlin, the director …")."""
    rule = _label_rules(lang)
    for opening, closing in reporting_insertions(text, clause, dates, lang):
        after = _first_words(text, closing + 1, clause[1])
        # (in a verb-second language a verb there is the main clause's after a fronted one: "Wenn es regnet, sagte
        # der Trainer, fällt das Spiel aus")
        if after and (not rule.verb_second and is_finite([","] + after, 1, lang)
                      or _bare(after[0]).lower() in rule.all_prepositions):
            return without_insertion(text, clause, dates, (opening, closing + 1))
    return None
