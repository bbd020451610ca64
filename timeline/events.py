"""What happened at each dated expression: a chart label, the clause it belongs to, the sentence, the actors.

The event a date belongs to is the clause that holds it (see `timeline.clauses`). A clause with too little
left once the date is taken out ("Am Mittwoch", "In 2020,") borrows its neighbour; a clause that ends with the
date and is followed by one describing that date ("seit Juli 2000, als er Kim Jong-il traf") takes it along.
This module chooses the text a date's label is made of (its clause, the clause that clause depends on, or a clause
embedded in it) and tells the article's own date line apart; `timeline.labels` makes the label from that text.
Everything is regular expressions over one sentence at a time: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .actors import find_actors
from .appositions import apposition_label
from .clauses import DASHES, Span, clause_spans, own_subject_after, rules
from .dct import find_dct, yearless_dateline_span
from .dependents import infinitive_complement, infinitive_group, with_complement, with_host
from .dependents import rules as dependent_rules
from .event_nouns import event_noun_label, is_event_noun, range_span
from .event_resources import load, pack_words
from .figures import compared_label, record_date_label
from .finite_verbs import has_finite, has_verb, is_finite, is_listed_finite, main_verb
from .insertions import counts_from_event, fronted_before_main, insertion_after_date, without_insertion
from .label_dates import _without_dates
from .label_rules import (
    _WORD,
    LABEL_WORDS,
    MIN_LABEL_WORDS,
    _alternation,
    _bare,
    _content_word_starts,
    _has_content_words,
    _in_date,
    _label_rules,
    _LabelRules,
    _starts_in,
    _within,
)
from .label_shortening import VERB_TAIL, _trimmed
from .labels import DATELINE, MAX_SUBJECT, make_label, opens_with_preposition, tidy, with_closing_verbs
from .listings import ListingMemo, listing_label, notice_item
from .normalize import DAY_FROM_DCT, DAY_FROM_EARLIER
from .noun_attributes import attribute_label, bracketed_clause, listed_noun_label
from .noun_modifiers import absolute_phrase, modifier_label
from .word_order import as_main_clause, main_clause_follows
from .sentences import sentence_spans
from .subclauses import (
    unasserted,
    _after_noun_phrase,
    _antecedent,
    dated_antecedent,
    dated_apart,
    Told,
    gerund_group,
    head_with_gerund_group,
    head_with_group,
    main_after_subordinate,
    main_head_with_participle,
    one_finite_verb,
    perfect_with_subject,
    _shapes,
    subject_marks,
    told_alone,
    verb_final_clause,
    with_main_before_participle,
)
from .timex import Timex
from .headings import heading_labels


AXIS_TYPES = ("DATE", "TIME")

LABEL_WINDOW = 120  # characters either side of a clause that a label may borrow when the clause has no words

FRONTED_CLAUSES = 2  # clauses after a date's own that may end the phrase it opens ("two days after …, and …,")

# characters of a clause opened by a relative pronoun of an article's form before a capitalized word, read to tell
# whether it ends in its own finite verb (`verb_final_clause`); a longer one stays an article's phrase
RELATIVE_CLAUSE_REACH = 300

MIN_CONTENT_WORDS = 1  # a clause needs this many words besides the date and function words to carry an event


@dataclass(slots=True)  # one per date: a dense text has hundreds of thousands
class EventContext:
    label: str
    clause: str
    sentence: str
    sentence_start: int
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    publication: bool = False  # the expression dates the article itself (its dateline or update line)


def _elaborating_clause(text: str, clauses: list[Span], index: int, date: Span, lang: str | None) -> Span | None:
    """The clause after a date that tells what happened then ("seit Juli 2000, als er Kim Jong-il traf", "since
    2010, when the plant closed"): the date ends its clause and the next one opens with an elaborating word."""
    end = clauses[index][1]
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    if following and not _WORD.search(text[date[1]:end]) and rules(lang).elaborating.match(text, following[0]):
        return following
    return None


def _event_clause(
    text: str, clauses: list[Span], index: int, elaborated: Span | None, dates: list[Span], lang: str | None,
    memo: dict | None = None,
) -> Span:
    """The clause a date belongs to: its own, with the clause that tells what happened then (`elaborated`, see
    `_elaborating_clause`), or, when it holds nothing besides dates, with a neighbour."""
    start, end = clauses[index]
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    if elaborated:
        end = elaborated[1]  # "seit Juli 2000, als er Kim Jong-il traf": the next clause tells what July 2000 was
    if not _has_content_words(_without_dates(text, (start, end), dates, lang, memo), lang, MIN_CONTENT_WORDS):
        if following:
            end = following[1]  # "Am Mittwoch; ...": the event is what follows
            # "Last year - by most accounts - the company lost money", "On 3 May, two days after the strike began
            # | and a week before | the vote, the minister resigned": past the aside or phrase
            end = _past_insertion(text, clauses[index + 2:index + 2 + FRONTED_CLAUSES], start, following[1], dates,
                                  lang) or end
        elif index > 0:
            start = clauses[index - 1][0]
    else:
        # "Two days after the strike began, | the minister resigned", "Im Mai, während …, | besetzte die Armee":
        # the dates opening the clause date the main clause after the phrase they open
        end = _past_insertion(text, clauses[index + 1:index + 1 + FRONTED_CLAUSES], start, clauses[index][1] - 1,
                              dates, lang) or end
    return start, end


def _past_insertion(
    text: str, later: list[Span], start: int, reach: int, dates: list[Span], lang: str | None
) -> int | None:
    """The end of the clause among `later` that the clause opening at `start` goes on in after an insertion
    (`insertion_after_date`) that reaches at least to `reach`; None when there is none. One look over all of them:
    every date of a text dense with dates asks."""
    if not later:
        return None
    aside = insertion_after_date(text, (start, later[-1][1]), dates, lang)
    if aside is None or aside[1] < reach:
        return None
    return next((clause[1] for clause in later if clause[1] > aside[1] + 1), None)


def _label_span(
    text: str, sentence: Span, clauses: list[Span], index: int, clause: Span, date: Span, dates: list[Span],
    lang: str | None, memo: dict,
) -> tuple[Span, bool]:
    """The text a clause's label is made of, and whether the label keeps its last words (`make_label`'s `tail`):
    see `_dependent_label_span`; then, when the date stands too far into it for the chart's cut, inside a clause
    opened without a comma (`_embedded_clause`), that clause."""
    span, tail = _dependent_label_span(text, sentence, clauses, index, clause, dates, lang, memo)
    if not tail:
        span = _embedded_clause(text, span, date, dates, lang, memo) or _event_infinitive(
            text, span, date, dates, lang, memo) or span
    return span, tail


SUBORDINATOR_WORDS = 3  # a subordinator of several words opening a span ("alors que", "so that") has fewer words
# than this before its last one


def _embedded_clause(
    text: str, span: Span, date: Span, dates: list[Span], lang: str | None, memo: dict
) -> Span | None:
    """The clause inside `span` that holds `date`, opened without a comma by a word of the pack's
    `embedded_openers` and followed by its own subject ("Scholars have long argued over whether the historian
    meant that Athens signed a treaty in 423 BC"), when `span` is too long for the chart and the date stands past
    its cut: the label would tell the event of the words before. The last such word before the date that does not
    govern the date itself ("that year", "when in 2010") opens it; None when there is none or fewer than
    MIN_LABEL_WORDS + 1 words follow. A word with no subject after it is a relative pronoun ("the team that
    conquered Everest in 1953 has died"): its clause would lose its noun and run on into the main verb; so is one
    after a noun phrase ("the defenses that the army had manned"), unless it ends a subordinator of several words
    ("avant que") or follows a reporting verb and the phrases its prepositions open ("said in an interview with a
    local newspaper that …", `_reported_through`). A subject without an article counts when its finite verb follows
    (`_subject_and_verb`: "warns that such groups grew"), after a finite verb for a relative pronoun; a word of the
    pack's `verb_checked_openers` ("as", also a preposition) opens a clause only so."""
    opener = _embedded_openers(lang)
    if opener is None or not span[0] <= date[0] < span[1]:
        return None
    if not _cut_before(text, span, date, dates, lang, memo):
        return None
    rule = _label_rules(lang)
    inside = _within(dates, span)
    start = None
    for found in opener.finditer(text, span[0] + 1, date[0]):
        if _in_date(inside, found.start()):
            continue  # part of a date
        between = text[found.end():date[0]]
        if not between.strip() or rule.preposition_before.fullmatch(between.strip() + " "):
            continue  # "that year", "when in 2010": the date is what the word opens
        subject = _bare(between.split(maxsplit=1)[0])
        checked = found.group().lower() in _verb_checked(lang)
        # the words read around the opener, within reach: many openers and dates in one sentence stay linear
        before = text[max(span[0], found.start() - EMBEDDED_REACH):found.start()]
        if "," in between and text[span[0]:found.start()].strip() == before.strip() \
                and len(before.split()) < SUBORDINATOR_WORDS and _ends_subordinator(before, found.group(), lang):
            continue  # "Alors que la pluie tombait, en trois semaines …": a subordinator of several words opens the
            # span, its clause closed by a comma before the date, which stands in the main clause after it
        if checked and any(_bare(word).lower() in _verb_checked(lang) for word in before.split()[-2:]):
            continue  # "as long as anyone can remember", "as many as": the second word of a comparison
        if checked or subject[:1].islower() and subject.lower() not in rule.determiners | rule.pronouns:
            # no subject after it: a relative pronoun whose noun stands before ("the team that won"), unless a
            # subject without an article and its verb follow ("warns that such groups grew"); "as part of",
            # "as many as": a phrase, not a clause
            clause = _without_dates(text, (found.end(), min(span[1], found.end() + EMBEDDED_REACH)), dates, lang,
                                    memo).split()
            if not _subject_and_verb(clause, rule):
                continue
            previous = before.split()
            if not checked and found.group().lower() in rule.relatives \
                    and not (previous and is_finite(previous, len(previous) - 1, lang)) \
                    and not _conjunction_after(text, before, found.start(), inside, rule):
                continue  # "the evidence that prosecutors might present": a relative pronoun whose noun has no
                # article; "the report warns that such groups grew": the conjunction after a verb
        if found.group().lower() in rule.relatives \
                and not _conjunction_after(text, before, found.start(), inside, rule) \
                and _after_noun_phrase(before, rule, verbs=True) \
                and not _ends_subordinator(before, found.group(), lang) and not _reported_through(
                    _without_dates(text, (max(span[0], found.start() - EMBEDDED_REACH), found.start()), dates, lang,
                                   memo), rule):
            continue  # "the defenses that the army had manned": a relative clause, its object is that noun
        start = found.start()
    reported = _reported_clause(text, span, date, dates, inside, lang, memo)
    if reported is not None and (start is None or reported > start):
        start = reported
    if start is None or len(_without_dates(text, (start, span[1]), dates, lang, memo).split()) <= MIN_LABEL_WORDS:
        return None
    return start, span[1]


def _conjunction_after(text: str, before: str, opener: int, inside: list[Span], rule: _LabelRules) -> bool:
    """Whether the words `before` the opener at `opener` (within EMBEDDED_REACH) make it the conjunction of a
    verb's clause, not a relative pronoun after a noun: a participle of a reporting verb (the pack's
    `reporting_participles`: "a note saying that …", "une note estimant que …"), or a date that no preposition opens
    (`_after_bare_date`). `inside` holds the dates, sorted."""
    words = before.split()
    if words and _bare(words[-1]).lower() in pack_words(rule.lang, "labels", "reporting_participles"):
        return True
    return _after_bare_date(text, before, opener, inside, rule)


def _after_bare_date(text: str, before: str, opener: int, inside: list[Span], rule: _LabelRules) -> bool:
    """Whether the opener at `opener` comes right after a date that no preposition opens ("would recommend to its
    board today that …", "a estimé hier que …"): such a date is an adverb of the verb before it, and no relative
    clause is set off from its noun by an adverb, so the opener is the conjunction of that verb's clause. Not after a
    date opened by a preposition ("a meeting on Tuesday that the minister attended"), which may close a noun
    phrase."""
    words = before.rstrip()
    end = opener - (len(before) - len(words))
    index = bisect_right(inside, (end, end)) - 1
    if index < 0 or inside[index][1] != end:
        return False
    date = text[inside[index][0]:end].split(maxsplit=1)
    ahead = text[max(opener - len(before), inside[index][0] - EMBEDDED_REACH):inside[index][0]].split()
    return bool(date) and _bare(date[0]).lower() not in rule.all_prepositions \
        and not (ahead and _bare(ahead[-1]).lower() in rule.all_prepositions)


def _reported_clause(
    text: str, span: Span, date: Span, dates: list[Span], inside: list[Span], lang: str | None, memo: dict
) -> int | None:
    """Where the last clause reported without a conjunction between `span`'s start and `date` starts: right after a
    reporting verb (the pack's `reporting_after`, read as a finite verb where it stands), a subject and its finite
    verb (`_subject_and_verb`: "officials said they did not plan to …", "the company said it expects …", with no
    article: "said prices rose", `_bare_subject`). Such a clause is the object of the report, as one after "that"
    is. Other dates between the verb and the subject are the report's ("said Friday they would protest next week").
    None when there is none, when `date` itself follows a reporting verb ("…, Castro said Sunday"), and for a report
    inside a relative clause ("Compaq, which said it …, still plans") or one that runs on into a quotation."""
    rule = _label_rules(lang)
    preceding = text[max(span[0], date[0] - EMBEDDED_REACH):date[0]].split()
    if preceding and rule.reporting.fullmatch(_bare(preceding[-1])):
        return None  # "…, Castro said Sunday": the date is a report's, the one after the reported clause
    start = None
    for found in rule.reporting.finditer(text, span[0] + 1, date[0]):
        if _in_date(inside, found.start()):
            continue  # part of a date
        speaker = text[max(span[0], found.start() - EMBEDDED_REACH):found.start()].split()
        if _inside_relative(speaker, lang):
            continue  # "Compaq, which said it found the bugs, still plans …": a report inside a relative clause
        if any(mark in text[found.end():date[0]] for mark in QUOTATION_MARKS):
            continue  # the report runs on into a quotation: sentences of their own, not its clause
        subject = found.end()
        if not text[subject:subject + 1].isspace():
            continue  # a mark right after the verb ("said, …", "said:")
        # past another date told with the report ("said Friday they would protest next week")
        later = bisect_left(inside, (subject,))
        while True:
            blanks = _BLANKS.match(text, subject)
            subject = blanks.end() if blanks else subject
            if later < len(inside) and inside[later][0] == subject and inside[later][0] != date[0]:
                subject, later = inside[later][1], later + 1
                continue
            break
        if subject >= date[0]:
            continue  # the date itself right after the verb: the report's
        before = _without_dates(text, (max(span[0], found.start() - EMBEDDED_REACH), found.end()), dates,
                                lang, memo).split()
        if not before or not is_finite(before, len(before) - 1, lang):
            continue  # "the reports they filed": a noun, not the verb
        clause = _without_dates(text, (subject, min(span[1], subject + EMBEDDED_REACH)), dates, lang,
                                memo).split()
        pronoun = _subject_past_object(text, (subject, date[0]), clause, lang)
        if pronoun is not None:  # "told jurors in the county court he went …": the object, then the clause
            subject = pronoun
            clause = _without_dates(text, (subject, min(span[1], subject + EMBEDDED_REACH)), dates, lang,
                                    memo).split()
        verb = next((k for k in range(1, min(len(clause), REPORTED_LONG_SUBJECT + 1)) if is_finite(clause, k, lang)),
                    None)
        opening = rule.pronouns | rule.determiners
        if verb is None:
            continue
        if pronoun is not None:
            start = subject  # "he and his brother went": a subject pronoun needs only its verb
            continue
        if not (_bare(clause[0]).lower() in opening or clause[0][:1].isupper()
                or _bare_subject(clause[0], found.group(), rule)) \
                or any(_bare(clause[k]).lower() in opening and _bare(clause[k - 1]).lower() not in rule.all_prepositions
                       for k in range(1, verb)):
            continue  # "told reporters the plan …", "told the court the man …": an object before the clause; an
            # article after a preposition opens a phrase inside the subject ("a turning point in the dispute came")
        if _subject_and_verb(clause, rule, reported=True):
            start = subject
    return start


def _bare_subject(word: str, verb: str, rule: _LabelRules) -> bool:
    """Whether `word`, right after reporting verb `verb`, may open the subject of what is reported with no article
    or capital ("said prices of rice rose", "said brokerages' hopes were dashed", "said 90 per cent of voters
    had"): a lower-case word that is no adverb ("said privately …", the pack's `leading`) and follows no verb whose
    first object names whom it tells (the pack's `addressee_reporting`: "told reporters the plan …"). A preposition
    or finite verb is no subject either (`_subject_and_verb`)."""
    bare = _bare(word)
    return bool(bare) and not bare[:1].isupper() \
        and bare.lower() not in rule.loose | rule.sentence_adverbs \
        and not bare.lower().endswith(rule.adverb_endings) \
        and verb.lower() not in pack_words(rule.lang, "labels", "addressee_reporting")


def _inside_relative(speaker: list[str], lang: str | None) -> bool:
    """Whether the words before a reporting verb end with a relative pronoun and the speaker after it, with no
    mark and no finite verb between: the report stands inside a relative clause ("Compaq, which said it …", "the
    attacks, which Israel says it launched …": what is reported lacks the object the pronoun stands for). Not
    where the relative clause ended before ("the man who led the talks said …") nor after a preposition ("a
    statement in which she said she …": what is reported is whole)."""
    rule = _label_rules(lang)
    for k in range(len(speaker) - 1, -1, -1):
        if _bare(speaker[k]).lower() in rule.relatives:
            return not (k and _bare(speaker[k - 1]).lower() in rule.all_prepositions)  # "in which she said": whole
        if speaker[k].endswith((",", ";", ":")) or is_finite(speaker, k, lang):
            return False
    return False


REPORTED_OBJECT_WORDS = 8  # words of a reporting verb's object before the subject of what it reports


def _subject_past_object(text: str, between: Span, clause: list[str], lang: str | None) -> int | None:
    """Where a subject pronoun (the pack's `subject_pronouns`: "he", "they") stands in `between`, after the object
    of a reporting verb that opens `clause` ("told jurors in the county court he and a friend went …"): a pronoun
    that cannot be an object opens what is reported. Only after at most REPORTED_OBJECT_WORDS words that start
    with no subject of their own and hold no mark, no finite verb, no clause opener and no preposition or
    coordinator right before the pronoun; None otherwise."""
    rule = _label_rules(lang)
    if not clause or _bare(clause[0]).lower() in rule.pronouns | rule.determiners or clause[0][:1].isupper():
        return None  # "said the plan …", "told Smith he …": the clause may open here, read as before
    subjects = pack_words(lang, "verbs", "subject_pronouns")
    words = list(re.finditer(r"\S+", text[between[0]:between[1]]))[:REPORTED_OBJECT_WORDS + 1]
    written = [word.group() for word in words]
    for k, word in enumerate(words):
        bare = _bare(word.group()).lower()
        if k and bare in subjects:
            previous = _bare(words[k - 1].group()).lower()
            if previous in rule.all_prepositions | rule.coordinators | _verb_checked(lang):
                return None  # "told reporters as they left", "told the officers and they left": no report
            return between[0] + word.start()
        if word.group().endswith((",", ";", ":")) or is_finite(written, k, lang) \
                or bare in rule.relatives | pack_words(lang, "labels", "subordinators"):
            return None  # "told reporters, …", "told the man who …": no object alone
    return None


def _cut_before(text: str, span: Span, date: Span, dates: list[Span], lang: str | None, memo: dict) -> bool:
    """Whether the label of `span` is cut with "…" before `date`: too long for the chart, the date past its cut.
    Where it is not, the label shows the words around the date."""
    return len(_without_dates(text, span, dates, lang, memo).split(maxsplit=LABEL_WORDS + 1)) > LABEL_WORDS + 1 \
        and len(_without_dates(text, (span[0], date[0]), dates, lang, memo).split()) >= LABEL_WORDS - 1 \
        and "…" in make_label(text, span, dates, lang, memo=memo)


def _event_infinitive(
    text: str, span: Span, date: Span, dates: list[Span], lang: str | None, memo: dict
) -> Span | None:
    """The infinitive group inside `span` that holds `date`, opened by a word of the pack's `event_infinitives`
    after the main verb ("ont été écroués samedi pour avoir torturé un homme il y a une semaine"), from its
    infinitive on, when `span` is too long for the chart and the date stands past its cut: the label would tell
    the main clause's event, cut before this one. The last such opener before the date, with no comma between
    them and an infinitive right after it; None when there is none or fewer than MIN_LABEL_WORDS + 1 words
    follow."""
    pattern = _event_infinitive_openers(lang)
    if pattern is None or not span[0] <= date[0] < span[1]:
        return None
    if not _cut_before(text, span, date, dates, lang, memo):
        return None
    inside = _within(dates, span)
    found = [match for match in pattern.finditer(text, span[0] + 1, date[0]) if not _in_date(inside, match.start())]
    if not found or any(mark in text[found[-1].end():date[0]] for mark in ",;:") \
            or not infinitive_group(text[found[-1].start():date[0]], dependent_rules(lang)) \
            or not has_finite(text[span[0]:found[-1].start()].split(), lang) \
            or text[span[0]:found[-1].start()].rstrip().endswith(","):
        return None  # no opener, a phrase after a comma, no infinitive, no main verb before the group, or a
        # group set off by a comma (told with the clause's head: `subclauses`)
    start = found[-1].end()
    if len(_without_dates(text, (start, span[1]), dates, lang, memo).split()) <= MIN_LABEL_WORDS:
        return None
    return start, span[1]


@lru_cache(maxsize=None)
def _event_infinitive_openers(lang: str | None) -> re.Pattern[str] | None:
    openers = pack_words(lang, "labels", "event_infinitives")
    if not openers:
        return None
    return re.compile(rf"(?<=\s)(?:{_alternation(sorted(openers))})(?:(?<=['’])|\s+)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _embedded_openers(lang: str | None) -> re.Pattern[str] | None:
    labels = load(lang)["labels"]
    words = labels.get("embedded_openers", []) + labels.get("verb_checked_openers", [])
    return re.compile(rf"(?<=\s)(?:{_alternation(words)})\b(?!['’]\w)", re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def _verb_checked(lang: str | None) -> frozenset[str]:
    return frozenset(word.lower() for word in load(lang)["labels"].get("verb_checked_openers", []))


EMBEDDED_REACH = 300  # characters before and after a clause opener read to tell a conjunction from a pronoun

REPORTED_SUBJECT = 7  # words of the subject of a clause a reporting verb reports, with the phrases that describe it
# words of such a subject before a finite form the pack lists ("said prices of rice and wheat in the northern
# provinces rose"): past REPORTED_SUBJECT, a regular shape is more often a participle ("subordinated debentures")
REPORTED_LONG_SUBJECT = 15

MAX_EMBEDDED_SUBJECT = 5  # words of the subject between a `verb_checked_openers` word and its clause's finite verb

_BLANKS = re.compile(r"\s*")

QUOTATION_MARKS = ('"', "``", "''", "“", "”", "„", "«", "»")  # what opens or closes a quotation

REPORTED_REACH = 16  # words between a reporting verb and the conjunction of its clause ("said in an interview … that")


def _subject_and_verb(words: list[str], rule: _LabelRules, reported: bool = False) -> bool:
    """Whether `words` (a clause after its opener, dates taken out) start with a subject and its finite verb, and go
    on past that verb: a subject of at least one word that is no participle ("as having donated"), with no comma
    and no preposition but the pack's `noun_links` ("as companies are now beginning", "as the army of the north
    was"), within MAX_EMBEDDED_SUBJECT words, then a finite verb followed by a word that is no preposition. Not "as
    part of", "as many as", nor a comparison that only repeats an auxiliary ("as it has for a century"). A clause
    a reporting verb reports (`reported`) cannot be such a phrase: its subject may hold phrases that prepositions
    open ("said a turning point in the dispute came"), within REPORTED_SUBJECT words (REPORTED_LONG_SUBJECT before a
    listed finite form), and a preposition may follow its verb ("said it plans to restructure")."""
    links = pack_words(rule.lang, "labels", "noun_links")
    if not words or rule.participles.fullmatch(_bare(words[0])) or is_finite(words, 0, rule.lang) \
            or _bare(words[0]).lower() in pack_words(rule.lang, "labels", "subordinators"):
        return False  # "as having donated", "that won", "as if": no subject
    for k, word in enumerate(words[:(REPORTED_LONG_SUBJECT if reported else MAX_EMBEDDED_SUBJECT) + 1]):
        bare = _bare(word).lower()
        if k and is_finite(words, k, rule.lang):
            if k > REPORTED_SUBJECT and not is_listed_finite(word, rule.lang):
                return False  # far from the reporting verb, a regular shape: likely a participle inside a noun phrase
            following = _bare(words[k + 1]).lower() if k + 1 < len(words) else ""
            return bare not in rule.determiners and bool(following) \
                and (reported or following not in rule.all_prepositions) \
                and not word.endswith((",", ";", ":", "."))
        if word.endswith((",", ";", ":")) \
                or bare in rule.all_prepositions and (not k or not reported and bare not in links) \
                or bare in _verb_checked(rule.lang) | rule.relatives:
            return False  # "that of nine women who had been killed": no subject, or a clause inside it
    return False


def _ends_subordinator(before: str, opener: str, lang: str | None) -> bool:
    """Whether `opener` ends a subordinator of several words with the words before it ("avant que", "parce que",
    "so that"): then it is that conjunction, not a relative pronoun after a noun."""
    tail = " ".join(before.split()[-3:] + [opener]).lower()
    return any(" " in word and (tail == word or tail.endswith(" " + word))
               for word in pack_words(lang, "labels", "subordinators") if word.lower().endswith(opener.lower()))


def _reported_through(before: str, rule: _LabelRules) -> bool:
    """Whether `before` ends with a reporting verb followed only by phrases that open with a preposition ("said in
    an interview with a local newspaper at her headquarters", "a déclaré dans un entretien avec un journal"): a
    clause opener after them is the conjunction of what was reported, not a relative pronoun after the last noun.
    `before` comes without its dates: "said Tuesday in a statement" reads "said in a statement"."""
    tail = " ".join(before.split()[-REPORTED_REACH - 2:])
    verb = next(reversed(list(rule.reporting.finditer(tail))), None)  # the last one: its phrases follow it
    if verb is None or any(mark in tail[verb.end():] for mark in ",;:"):
        return False
    after = tail[verb.end():].split(maxsplit=1)
    return bool(after) and _bare(after[0]).lower() in rule.all_prepositions


def _dependent_label_span(
    text: str, sentence: Span, clauses: list[Span], index: int, clause: Span, dates: list[Span], lang: str | None,
    memo: dict,
) -> tuple[Span, bool]:
    """The text a clause's label is made of, and whether the label keeps its last words: the clause, unless it opens
    with a relative pronoun or a subordinator, whose main clause stands elsewhere ("Die er täglich raucht", "Wie die
    Zeitung schrieb"), or cannot be read alone (`timeline.dependents`: an infinitive group, "…, den Aufstand
    niederzuschlagen"; in German a subordinate clause, whose verb stands last). Then a sentence short enough for the
    chart once its dates are cut is the label whole; else a clause that cannot be read alone takes the clause it
    depends on ("Armeeeinheiten gelang es, den Aufstand niederzuschlagen"), and a relative clause right after a comma
    the noun it describes from the clause before ("The offer, which was due to expire")."""
    if clause == sentence:
        return clause, False
    rule = _label_rules(lang)
    opening = rule.dependent.match(text, clause[0])
    relative = opening is not None and opening.group().lower() in rule.relatives
    if relative and opening is not None:
        following = text[opening.end():clause[1]].split(maxsplit=1)
        if clause[0] == sentence[0] or opening.group().lower() in rule.determiners and following \
                and following[0][:1].isupper() and not _ends_in_own_verb(text, (opening.end(), clause[1]), rule):
            opening, relative = None, False  # "Die Regierung …", "…, die Prozession zu begehen": an article
    hosted = None if relative else \
        with_host(text, clauses, index, clause, _without_dates(text, clause, dates, lang, memo), lang)
    if opening is None and hosted is None:
        return clause, False
    if len(_without_dates(text, sentence, dates, lang, memo).split(maxsplit=LABEL_WORDS)) <= LABEL_WORDS:
        return sentence, False
    if hosted is not None:
        if _told_as_main_clause(text, clause, dates, lang, memo):
            return clause, False  # "…, als der Bürgermeister den Notstand ausrief" -> "Der Bürgermeister rief … aus"
        return _hosted_label_span(text, hosted, clause, dates, lang, memo)
    before = clauses[index - 1] if index > 0 else None
    if not relative or before is None or not text[before[1]:clause[0]].strip().startswith(","):
        return clause, False
    # a subject pronoun's verb agrees with it: "…, die … in Kraft treten sollte" stands for no plural noun
    marks = subject_marks(tidy(_without_dates(text, clause, dates, lang, memo)).split(), rule)
    antecedent = _antecedent(text, before, rule, opening.group().lower() if opening is not None else None, marks)
    if antecedent is None and rule.verb_final and opening is not None \
            and opening.group().lower() in rule.relative_subjects \
            and not main_clause_follows(text[clause[0]:clause[1]].split(), lang):
        return clause, False  # no noun found: told as a main clause with a pronoun for it (`make_label`)
    return ((antecedent, clause[1]) if antecedent is not None else clause), False


def _infinitive_host(text: str, clauses: list[Span], index: int, span: Span, lang: str | None) -> int | None:
    """Where the clause starts that clause `index` depends on, when that clause opens with an infinitive group
    (`infinitive_group`, `infinitive_complement`: no subject, no finite verb) after a comma and `span`, a label's
    text, ends with it: a label too long for both told the group alone, or the last words of both
    (`_hosted_label_span`); None otherwise."""
    clause = clauses[index]
    if index == 0 or span[1] != clause[1] or span[0] > clause[0] \
            or text[clauses[index - 1][1]:clause[0]].strip() != ",":
        return None
    rule = dependent_rules(lang)
    comma = text.find(",", clause[0], clause[1])  # (up to its comma: more groups may follow, "…, anzugreifen und …")
    group = (clause[0], comma if comma >= 0 else clause[1])
    words = text[group[0]:group[1]]
    if not (infinitive_group(words, rule) or infinitive_complement(words, rule, lang)):
        return None
    hosted = with_host(text, clauses, index, group, "", lang)
    return None if hosted is None else hosted[0]


def _ends_in_own_verb(text: str, rest: Span, rule: _LabelRules) -> bool:
    """Whether `rest`, the words after a relative pronoun of an article's form and a capitalized word, make a clause
    that ends in its own finite verb at its next comma or at its end ("…, den Anna Berger im Mai geschrieben hatte":
    the pronoun's, not an article's, `verb_final_clause`); at most RELATIVE_CLAUSE_REACH characters are read."""
    words = text[rest[0]:rest[1]].split()
    # the relative clause may end at its next comma, where the main clause it interrupts goes on ("Gates, der
    # Schuyler im Mai abgelöst hatte, stellte sich …"), or past an apposition inside it at the end
    end = next((k for k, word in enumerate(words) if word.endswith((",", ";", ":"))), len(words) - 1)
    return any(len(" ".join(clause)) <= RELATIVE_CLAUSE_REACH and verb_final_clause(clause, rule)
               for clause in (words[:end + 1], words))


def _told_as_main_clause(text: str, clause: Span, dates: list[Span], lang: str | None, memo: dict) -> bool:
    """Whether `clause`, a verb-final subordinate clause, can be told as a main clause (`as_main_clause`)."""
    rule = _label_rules(lang)
    words = tidy(_without_dates(text, clause, dates, lang, memo)).lstrip(" ,;:–—-").split()
    return rule.verb_final and bool(words) and bool(rule.subordinate.fullmatch(_bare(words[0]))) \
        and not unasserted(_bare(words[0]), rule) and as_main_clause(words, rule, lang) is not words


def _hosted_label_span(
    text: str, hosted: Span, clause: Span, dates: list[Span], lang: str | None, memo: dict
) -> tuple[Span, bool]:
    """The label's text and `tail` for a clause that cannot be read alone (`clause`) with its host before it
    (`hosted` spans both). Whole when it fits the chart. Else, in a verb-final language, its start when the cut
    for the chart keeps the host's opening words and the last words of the dependent clause, its verb (no comma
    after the first words: "Zudem befürchten die Bauern, dass der Milchpreis … weiter fallen wird"); else its end
    when the dependent clause is short: the clause whole, with its verb, and the last words of its host
    ("…ins Krankenhaus gebracht, wo er operiert wurde"). Else its start where the cut keeps first words only
    (the host tells the event the dependent clause serves: "Le conseil se réunira …, pour délibérer"), and the
    clause alone in a verb-final language, as before: the host's opening words would tell another event."""
    words = _without_dates(text, hosted, dates, lang, memo).split()
    if len(words) <= LABEL_WORDS + 1:
        return hosted, False
    verb_final = _label_rules(lang).verb_final
    if verb_final and not any(word.endswith((",", ";", ":")) for word in words[LABEL_WORDS - VERB_TAIL - 1:-1]):
        return hosted, False
    if len(_without_dates(text, clause, dates, lang, memo).split(maxsplit=LABEL_WORDS)) <= LABEL_WORDS - 3:
        return hosted, True
    return (clause if verb_final else hosted), False


PUBLICATION_LINE_WORDS = 12  # an update line is short: "Aktualisiert am 19.06.2024, 14:32 Uhr"


def _cues(lang: str | None) -> str:
    """The publication cues of the language ("aktualisiert", "published") as one alternation, the longest first."""
    cues = sorted(load(lang)["dct"]["cues"], key=len, reverse=True)
    return "(?:" + "|".join(re.escape(cue) for cue in cues) + ")"


@lru_cache(maxsize=None)
def _publication_cue(lang: str | None) -> re.Pattern[str]:
    """A publication cue of the language not followed by a letter."""
    return re.compile(_cues(lang) + "(?![^\\W\\d_])")


def _publication_line(sentence: str, lang: str | None) -> bool:
    """An update or publication line ("Aktualisiert am ...", "Published ..."), or a copyright notice ("™ & © 2013
    Cable News Network, Inc."), wherever it stands."""
    if len(sentence.split(maxsplit=PUBLICATION_LINE_WORDS)) > PUBLICATION_LINE_WORDS:  # cheap on long sentences
        return False
    opening = sentence[:200].lstrip(" \t|–—-*_").lower()
    return bool(_publication_cue(lang).match(opening)) or any(
        notice in opening for notice in load(lang)["dct"].get("notices", ()))


def _publication_span(text: str, lang: str | None) -> Span | None:
    """Where the text says when it was published: its update line or dateline (`timeline.dct.find_dct`), or a
    dateline without year ("NAIROBI, Aug. 21 (AP) --"), which the wires write."""
    found = find_dct(text, lang)
    return (found.start, found.end) if found is not None else yearless_dateline_span(text, lang)


def _dateline_alone(sentence: str) -> bool:
    """A line that is a dateline and nothing else ("BRUSSELS, December 2 (Xinhua) --"): it dates the article."""
    found = DATELINE.match(sentence)
    return found is not None and found.end() == len(sentence) and any(mark in found.group() for mark in ",(_—–-")


_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a value that tells its day
_TIME_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT\d")
_CLOCK_PIECE = re.compile(r"\d{1,2}(?:[:.h]\d{0,2})?(?:[ap]\.?m?\.?)?", re.IGNORECASE)  # "4:", "45pm", "03p", "14h"
_STAMP_PUNCTUATION = ",.;:|/()[]*_@–—-"


@lru_cache(maxsize=None)
def _stamp_words(lang: str | None) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The publication cues (removed as phrases), the words that mark a time stamp (weekday abbreviations,
    time-zone and clock words) and the prepositions a stamp may hold beside them ("on", "at")."""
    dct = load(lang)["dct"]
    cue = re.compile(r"(?<!\w)" + _cues(lang) + r"(?!\w)", re.IGNORECASE)
    marks = frozenset(word.lower().strip(_STAMP_PUNCTUATION)
                      for word in dct.get("weekday_abbreviations", []) + dct.get("time_zones", []))
    prepositions = frozenset(word.lower() for word in pack_words(lang, "labels", "date_prepositions")
                             if " " not in word)
    return cue, marks, prepositions


def _time_stamp_line(sentence: str, dates: list[Span], offset: int, lang: str | None, dated: bool) -> bool:
    """A line made of dates and nothing but a time stamp's other words ("Wed, Sep 19 2012 at 11:47 AM",
    "First Posted: 10/25/11 06:44 PM ET", "WASHINGTON - April 27 -"): weekday abbreviations, clock pieces the
    tagger left ("4: 45pm"), time-zone words, publication cues, a place in capitals in front and punctuation. It
    dates the article, not an event. A line with any other word ("Tue, the day after, brought rain") is a
    sentence, and one of dates alone ("1945") a heading: neither is a stamp, unless it holds the article's
    publication date (`dated`: "11 mars 2014 à 14h32")."""
    if len(sentence.split(maxsplit=3 * PUBLICATION_LINE_WORDS)) > 3 * PUBLICATION_LINE_WORDS or not dates:
        return False  # (cheap on long sentences; the words besides the dates are counted below)
    pieces, last = [], 0
    for start, end in dates:
        pieces.append(sentence[last:max(start - offset, last)])
        last = max(end - offset, last)
    pieces.append(sentence[last:])
    cue, marks, prepositions = _stamp_words(lang)
    stamped = dated
    place = DATELINE.match(pieces[0])  # a place in capitals opens a dateline: "WASHINGTON -", "PARIS, 3 mai (AFP)"
    if place is not None and any(mark in place.group() for mark in ",(_—–-"):
        pieces[0], stamped = pieces[0][place.end():], True
    rest = " ".join(pieces)
    if len(rest.split(maxsplit=PUBLICATION_LINE_WORDS)) > PUBLICATION_LINE_WORDS:
        return False
    if cue.search(rest):
        rest, stamped = cue.sub(" ", rest), True
    for token in rest.split():
        token = token.strip(_STAMP_PUNCTUATION)
        if not token:
            continue
        if token.lower() in marks or _CLOCK_PIECE.fullmatch(token):
            stamped = True
        elif token.lower() not in prepositions:
            return False
    return stamped


def describe(text: str, timexes: list[Timex], lang: str) -> list[EventContext]:
    """One context per timex, in the same order: the event each expression dates."""
    describer = _Describer(text, timexes, lang)
    contexts = [describer.context(timex) for timex in timexes]
    heading_labels(text, describer.spans, timexes, contexts, describer.on_axis, lang)
    return contexts


class _Describer:
    """The dates of one text told one after another, in text order. A date's label is made in three steps: from
    its own clause (`_own_label`), from the clauses around it where its own tells too little (`_neighbour_label`),
    and from the phrase the date modifies where that phrase, not the clause, is what the date dates
    (`_dated_phrase_label`). Every cache holds spans of the current sentence only."""

    def __init__(self, text: str, timexes: list[Timex], lang: str) -> None:
        self.text, self.lang = text, lang
        self.spans = sentence_spans(text, lang)
        self.starts = [start for start, _ in self.spans]
        self.dates = sorted((timex.start, timex.end) for timex in timexes)
        # Labels lose only what the chart shows by its axis: points and periods in time. A duration, an age or a
        # frequency is part of what happened ("s'est éteinte à l'âge de 114 ans", "seit 24 Jahren").
        self.on_axis = sorted((timex.start, timex.end) for timex in timexes if timex.type in AXIS_TYPES)
        self.values = {(timex.start, timex.end): timex.value for timex in timexes if timex.type in AXIS_TYPES}
        self.measures = sorted((timex.start, timex.end) for timex in timexes if timex.type == "DURATION")
        # the times told without their day ("20 Uhr"), which a notice's schedule line tells apart from its days
        # (`timeline.listings`)
        self.clock = frozenset((timex.start, timex.end) for timex in timexes
                               if timex.inferred in (DAY_FROM_DCT, DAY_FROM_EARLIER))
        # the times of day told on a day of their line or sentence ("May 3, 2013 at 7:31 AM", "11/30/09 05:40 PM"),
        # and the dates that tell their day: a line of both is a time stamp (`_time_stamp_line`)
        self.timed = frozenset((timex.start, timex.end) for timex in timexes
                               if _TIME_OF_DAY.match(timex.value) and timex.inferred != DAY_FROM_DCT)
        self.days = frozenset((timex.start, timex.end) for timex in timexes
                              if _DAY.match(timex.value) and (timex.start, timex.end) not in self.clock)
        self.rule = _label_rules(lang)
        self.publication = _publication_span(text, lang) if timexes else None
        self.by_sentence: dict[Span, list[Span]] = {}
        self.actors: dict[Span, tuple[list[str], list[str]]] = {}  # dates of one clause share its actors and places
        # ...and its text without dates, one memo per list of dates: without every date (which clause a date
        # belongs to), or without those on the axis (labels, reports); many dates in one clause stay linear
        self.stripped: dict[Span, str] = {}
        self.cut: dict[Span, str] = {}
        self.labels: dict[tuple[Span, bool, Span | None], str] = {}
        self.content_starts: dict[Span, list[int]] = {}  # where the sentence's words outside its dates are
        self.publication_lines: dict[Span, bool] = {}  # whether the sentence is an update or publication line
        self.colons: dict[Span, bool] = {}  # whether the sentence has a colon: only then can a date be a list's item
        self.verbless: dict[Span, bool] = {}  # whether a clause is a verbless phrase with a date (`_colon_item`)
        self.list_hosts: dict[int, int | None] = {}  # the clause whose verb a verbless phrase shares (`_list_host`)
        # a label's text with the infinitive group its correlate stands for
        self.complements: dict[Span, Span | None] = {}
        self.resumed: dict[Span, str] = {}  # a clause's label told on after an insertion between dashes
        self.told: dict[Span, str] = {}  # the final label of each date told in the sentence (`listed_noun_label`)
        self.figure_lists: dict[Span, dict[Span, str]] = {}  # the labels of a date–figure list's items
        self.listings: ListingMemo = {}  # the entries of a listing in a sentence (`timeline.listings`)
        self.pieces: dict[Span, str] = {}  # one string per clause and sentence, shared by its dates' contexts
        # Equal lists of actors or places are one object (a text dense with dates has 100,000s of clauses, most
        # naming nobody: a pair of empty lists each would cost 45 MB).
        self.name_lists: dict[tuple[str, ...], list[str]] = {}

    def piece(self, span: Span) -> str:
        if span not in self.pieces:
            self.pieces[span] = self.text[span[0]:span[1]]
        return self.pieces[span]

    def label_of(self, span: Span, tail: bool = False, date: Span | None = None) -> str:
        """The label of the clause `span`; for `date`, a later date of a clause that opens with a prepositional
        phrase, its own (`labels._past_fronted_phrase`): the core's date does not depend on the phrase's."""
        inside = _within(self.on_axis, span) if date is not None and not tail else []
        own = date if date in inside[1:] and opens_with_preposition(self.piece(span), self.lang) else None
        if (span, tail, own) not in self.labels:
            self.labels[span, tail, own] = make_label(self.text, span, self.on_axis, self.lang, tail, self.cut,
                                                      measures=self.measures, own=own)
        return self.labels[span, tail, own]

    def _sentence_of(self, timex: Timex) -> Span:
        """The sentence that holds `timex`, its clauses split; what the sentence before kept is dropped, so that a
        text of many short sentences keeps little."""
        found = bisect_right(self.starts, timex.start) - 1
        if found >= 0 and timex.start < self.spans[found][1]:
            sentence = self.spans[found]
        else:  # only whitespace around: the expression is its own context
            sentence = (timex.start, timex.end)
        if sentence not in self.by_sentence:
            for cache in (self.by_sentence, self.actors, self.stripped, self.cut, self.labels, self.pieces,
                          self.content_starts, self.publication_lines, self.colons, self.verbless, self.list_hosts,
                          self.complements, self.resumed, self.listings, self.told, self.figure_lists):
                cache.clear()
            self.by_sentence[sentence] = clause_spans(self.text, sentence, _within(self.dates, sentence), self.lang)
        return sentence

    def context(self, timex: Timex) -> EventContext:
        """The context of `timex`, which comes after every timex told before it."""
        text, lang = self.text, self.lang
        sentence = self._sentence_of(timex)
        clauses = self.by_sentence[sentence] or [sentence]
        date = (timex.start, timex.end)
        # The clause that holds the date (or, should it start in a cut, the one before it).
        index = max(bisect_right(clauses, (timex.start, len(text) + 1)) - 1, 0)
        publication = self.publication
        dates_article = publication is not None and timex.start < publication[1] and publication[0] < timex.end
        if sentence not in self.publication_lines:
            inside = _within(self.dates, sentence)
            # a line that holds the article's date, or a day and its time ("May 3, 2013 at 7:31 AM"), is a stamp
            # even without a stamp's word
            dated = (publication is not None and sentence[0] <= publication[0] < sentence[1]) or (
                any(span in self.timed for span in inside) and any(span in self.days for span in inside))
            self.publication_lines[sentence] = _publication_line(self.piece(sentence), lang) \
                or _dateline_alone(self.piece(sentence)) \
                or _time_stamp_line(self.piece(sentence), inside, sentence[0], lang, dated)
        if dates_article or self.publication_lines[sentence]:
            # The dateline or update line dates the article, not an event: say so instead of "Updated ET".
            clause = (min(clauses[index][0], date[0]), max(clauses[index][1], date[1]))
            return EventContext(load(lang)["labels"]["publication"], self.piece(clause), self.piece(sentence),
                                sentence[0], publication=True)
        elaborated = _elaborating_clause(text, clauses, index, date, lang)
        clause = _event_clause(text, clauses, index, elaborated, self.dates, lang, self.stripped)
        clause = (min(clause[0], date[0]), max(clause[1], date[1]))  # trimming never cuts into the expression
        if sentence not in self.content_starts:
            self.content_starts[sentence] = _content_word_starts(text, sentence, self.on_axis, lang)
        words = self.content_starts[sentence]
        # A label needs a word that is neither a date nor a function word: a sentence without one ("in 2024, in
        # 2024, ...", a list of dates) makes none, and text that is nothing but dates builds no label per date.
        told_or_joined = False  # the label tells a clause inside the date's own (`told_alone`), not that clause
        if words and timex.type in AXIS_TYPES and sentence not in self.figure_lists:
            self.figure_lists[sentence] = _figure_list(text, sentence, self.on_axis, self.dates, lang)
        figure = self.figure_lists[sentence].get(date) if words and timex.type in AXIS_TYPES else None
        if figure is not None:
            # "1986 wurden 8, 1987 18 und 1988 77 Scuds abgeschossen": this date's figure and the words the
            # list's last item closes every item with, whichever clause the date's item was cut into
            label = make_label(figure, (0, len(figure)), [], lang)
        elif words and not elaborated:
            label, told_or_joined = self._own_label(timex, sentence, clauses, index, clause)
        else:
            label = self.label_of(elaborated) if words and elaborated else ""
        if figure is None:
            label = self._neighbour_label(timex, sentence, clauses, index, clause, label, told_or_joined)
            if words:
                label = self._dated_phrase_label(timex, sentence, clauses, index, label)
        self.told[date] = label
        if clause not in self.actors:
            found_actors, found_places = find_actors(text, clause, sentence, lang)
            self.actors[clause] = (self.name_lists.setdefault(tuple(found_actors), found_actors),
                                   self.name_lists.setdefault(tuple(found_places), found_places))
        return EventContext(
            label=label,
            clause=self.piece(clause),
            sentence=self.piece(sentence),
            sentence_start=sentence[0],
            actors=self.actors[clause][0],  # shared by the clause's rows, and by rows naming the same
            places=self.actors[clause][1],
        )

    def _own_label(
        self, timex: Timex, sentence: Span, clauses: list[Span], index: int, clause: Span
    ) -> tuple[str, bool]:
        """The label of the date's own clause, and whether it tells a clause inside that one (a subordinate,
        relative or participle clause told alone or with its main clause's head) rather than the clause. A label
        cut before its date may instead tell the main clause after a fronted phrase, or the clause's head with the
        verbless group the date stands in."""
        text, lang, on_axis, date = self.text, self.lang, self.on_axis, (timex.start, timex.end)
        span, tail = _label_span(text, sentence, clauses, index, clause, date, on_axis, lang, self.cut)
        # "1820 gelang es den Truppen, | die Stadt einzunehmen": what succeeded is told after the comma
        if not tail:
            if span not in self.complements:
                self.complements[span] = with_complement(text, clauses, index, span, lang, self.dates)
            span = self.complements[span] or span
        told = None if tail else told_alone(text, sentence, span, date, on_axis, lang)
        joined = None  # a label of a participle clause with the head of the clause before, too long for both
        if told is None and not tail:
            # ", capturing the city on 26 July": a participle clause tells what the clause before's subject did
            with_main = with_main_before_participle(text, sentence, span, date, lang)
            before = (span[0], span[0]) if with_main is None else (with_main.span[0], span[0])
            values = {at: self.values.get(at, "") for at in _within(self.dates, (before[0], sentence[1]))}
            if with_main is not None and dated_apart(text, values, before, date, lang):
                # "The regiment left the capital in May, reaching the coast on June 3": the clause before tells
                # the other date's event, its subject alone who reached the coast
                joined = main_head_with_participle(with_main, span, date, on_axis, lang, bare_subject=True)
            if joined is None and with_main is not None and " ".join(text[span[0]:span[1]].split()[:2]) \
                    in make_label(with_main.text, with_main.span, on_axis, lang):
                # (not when the chart's word limit cuts the participle clause off: the clause before alone tells
                # another event; the participle clause is at most PARTICIPLE_REACH characters)
                told = with_main
            elif joined is None and with_main is not None:
                # "The army began …, taking three months to cross the plain": its subject and verb, "…", and
                # the participle clause
                joined = main_head_with_participle(with_main, span, date, on_axis, lang)
        if told is None and not tail and not joined:
            # "Having taken the fort in 1781, the rebels marched south": the main clause's subject took it
            joined = perfect_with_subject(text, sentence, span, date, on_axis, lang)
        if told is None and not tail and not joined \
                and (gerund := gerund_group(text, sentence, span, lang)) is not None:
            # "…, after averaging 242,000 for the first nine months": the gerund has no subject of its own, the
            # clause before's subject did it: that clause's subject and verb, "…", and the group
            clause_before = Told(text, (sentence[0], span[1]), False)
            joined = head_with_gerund_group(clause_before, (gerund[1], span[1]), date, on_axis, lang, gerund[0])
        # a date in a subordinate or relative clause dates that clause's event: "The plant closed"
        if joined:
            label = joined
        elif told:
            label = make_label(told.text, told.span, [] if told.undated else on_axis, lang, as_main=told.as_main)
        else:
            label = self.label_of(span, tail, date)
        told_or_joined = told is not None or joined is not None
        fronted = None if told_or_joined or tail or "…" not in label \
            else fronted_before_main(text, span, date, lang)
        main = None if fronted is None else (fronted, span[1])
        if main is None and not told_or_joined and not tail and "…" in label:
            # "Erst nachdem die Brücke gesperrt war, verlegte der General …": the main clause after a
            # subordinate one that opens the sentence
            main = main_after_subordinate(text, sentence, span, date, lang)
        if main is not None:
            # "Nach achttägiger, ununterbrochener Beschießung, bei der …, begann am 1. Juli der Angriff": the
            # date dates the main clause; a label too long for the chart loses the phrase before it first
            label = self.label_of(main) or label
        elif not tail and not told_or_joined and timex.type not in AXIS_TYPES and clause[0] <= date[0] \
                and counts_from_event(text, date[1], lang) \
                and (aside := insertion_after_date(text, clause, self.dates, lang)):
            # "Two days after the strike began, the minister resigned": a duration counting from an event
            # is cut with the phrase (it is no point on the axis, cut elsewhere): the main clause it dates
            label = make_label(*without_insertion(text, clause, sorted(_within(on_axis, clause) + [date]), aside),
                               lang) or label
        elif not tail and not told_or_joined and "…" in label \
                and (grouped := head_with_group(text, span, date, on_axis, self.dates, label, lang,
                                                  {at: self.values[at] for at in _within(on_axis, sentence)})):
            # "Four youths were jailed on Saturday for having beaten …": the date past the cut stands in a
            # verbless group that tells its event: the clause's subject and verb, "…", and the group
            label = grouped
        elif not told_or_joined and (host := _infinitive_host(text, clauses, index, span, lang)) is not None \
                and (hosted := self._with_host_head(host, clauses[index], date)):
            # "Der Rat beauftragte die Firma, bis März ein Gutachten zu liefern": an infinitive group told alone
            # has no subject and no verb; the clause it completes gives them
            label = hosted
        if not tail and not told_or_joined:  # "wurde er im Februar | …, entmachtet": the verbs after the cut
            label = with_closing_verbs(label, text[span[1]:sentence[1]], lang)
        return label, told_or_joined

    def _with_host_head(self, host: int, span: Span, date: Span) -> str | None:
        """The label of an infinitive group (`span`, the date in it) with the clause before it that it completes
        (from `host`): their label where it reaches the date and the group's infinitive ("Burnside beabsichtigte,
        während einer Schönwetterperiode die Armee rechts zu umgehen…"), else that clause's subject and verb, "…",
        and the group (`head_with_group`); None where neither tells it, or the clause before has more than one
        finite verb."""
        text, hosted = self.text, (host, span[1])
        if not one_finite_verb(text, (host, span[0]), self.lang):
            return None
        label = self.label_of(hosted)
        comma = text.find(",", span[0], span[1])
        infinitive = _bare(text[span[0]:comma if comma >= 0 else span[1]].split()[-1])
        if infinitive in (_bare(word.strip("…")) for word in label.split()) \
                and not _cut_before(text, hosted, date, self.on_axis, self.lang, self.cut):
            return label
        return head_with_group(text, hosted, date, self.on_axis, self.dates, label, self.lang)

    def _neighbour_label(
        self, timex: Timex, sentence: Span, clauses: list[Span], index: int, clause: Span, label: str,
        told_or_joined: bool,
    ) -> str:
        """`label`, or a label that borrows from the clauses around the date's own where that one tells too little
        alone: an item of a list after a colon, a verbless phrase, the first date of a series, a clause resumed
        after dashes, a verb whose subject stands before an insertion, a bare report, a label without content
        words, a clause of dates alone."""
        label = self._borrowed_label(timex, sentence, clauses, index, clause, label, told_or_joined)
        if clause[0] == clauses[index][0]:  # the date's clause starts where the sentence was cut, not inside a clause
            label = self._label_across_cut(clauses, index, (timex.start, timex.end), label, told_or_joined)
        return self._label_with_content(sentence, clauses, index, clause, label)

    def _borrowed_label(
        self, timex: Timex, sentence: Span, clauses: list[Span], index: int, clause: Span, label: str,
        told_or_joined: bool,
    ) -> str:
        """For `_neighbour_label`: `label`, or one that the first of these the date's clause is tells with the
        clauses around it: an item of a list after a colon, a verbless phrase, the first date of a series, a clause
        resumed after dashes, a word or two with no verb."""
        text, lang, dates = self.text, self.lang, self.dates
        listed = self._listed_item(timex, sentence, clauses, index)
        if listed is not None:
            # "Er gewann drei Medaillen: Silber 2007, Bronze 2011 und Gold 2013": the heading and this item
            return make_label(*listed, lang) or label
        if index > 0 and (_phrase_alone(text, clauses, index, dates, label, lang) if label
                          else self.content_starts[sentence] and _opens_phrase(text, clauses[index], dates, lang)):
            # ", à 14 h 30 en l'église de …", ", in June": a phrase with no verb of its own tells the event of the
            # nearest clause before it that has one (", à 18 h | et à 19 h 30, à la salle des fêtes")
            return self._verbless_phrase_label(timex, clauses, index, label)
        if label and index + 1 < len(clauses) and (particle := _series_particle(text, clauses, index, dates, lang)):
            # "Die Sitzungen finden am 3. Mai, am 4. Juni und am 5. Juli statt": the first date's clause ends
            # before the particle of its verb, which closes the list
            built = text[clauses[index][0]:clauses[index][1]] + " " + particle
            return make_label(built, (0, len(built)), _shifted(self.on_axis, clauses[index], -clauses[index][0]),
                              lang) or label
        if label and clause[0] == clauses[index][0] and not told_or_joined \
                and (after_dashes := _resumed_after_dashes(text, clauses, index)) is not None:
            # "Die Verkündung am 9. Mai löste bei den Zuhörern - denen man … verschwiegen hatte - Jubel aus": the
            # clause goes on after the insertion its dashes enclose, and ends there with what it tells
            return self._resumed_label(clauses, index, after_dashes) or label
        if label and index + 1 < len(clauses) and self._tells_too_little(label, sentence, clauses, index):
            # "Actually, about two years ago, | the Journal listed …": a word or two and a date tell nothing
            # alone; "La première réunion du club, pour la saison 2002/2003, | aura lieu …": a subject, its verb;
            # "Pendant les mois d'été, entre le 15 juillet et le 15 août, | le camping affiche complet"
            joined = self.label_of((clauses[index][0], clauses[index + 1][1]))
            if has_verb(joined, lang):
                return joined
        return label

    def _listed_item(
        self, timex: Timex, sentence: Span, clauses: list[Span], index: int
    ) -> tuple[str, Span, list[Span]] | None:
        """The text, span and dates of a label for the date's clause as an item of a list after a colon, with the
        list's heading (`_colon_item`); None where it is none, or the date is no point or period on the axis."""
        if sentence not in self.colons:
            self.colons[sentence] = ":" in self.piece(sentence)
        if timex.type not in AXIS_TYPES or not self.colons[sentence]:
            return None
        return _colon_item(self.text, clauses, index, self.on_axis, self.lang, self.cut, self.verbless)

    def _verbless_phrase_label(self, timex: Timex, clauses: list[Span], index: int, label: str) -> str:
        """The label of a phrase with no verb of its own (`clauses[index]`, labelled `label`): the verb it shares
        with the clause that hosts it (`_list_host`, `_shared_verb`), else the phrase with the nearest of the
        PHRASES_BACK clauses before it whose label has a verb (and that verb's subject before an insertion), else
        `label`."""
        text, lang, on_axis = self.text, self.lang, self.on_axis
        host = _list_host(text, clauses, index, self.dates, lang, self.list_hosts)
        # a duration or frequency is part of what its phrase tells, no item of a list of dates
        shared = _shared_verb(text, clauses, host, index, on_axis, lang) \
            if host is not None and timex.type in AXIS_TYPES else None
        if shared and make_label(*shared, lang):
            return make_label(*shared, lang)
        if not label:  # a clause of dates alone keeps the words around it unless it shares a verb
            return label
        for before in range(index - 1, max(index - 1 - PHRASES_BACK, -1), -1):
            joined = self.label_of((clauses[before][0], clauses[index][1]))
            if _has_verb_besides_particle(joined.split(), self.rule, lang):
                # "La réunion, pour la saison 2002/2003, | aura lieu jeudi, | à partir de 14 h": with the
                # subject of the clause it joins
                subject = _subject_before_insertion(text, clauses, before, on_axis, lang, clauses[index][1])
                return (make_label(*subject, lang) if subject else "") or joined
        return label

    def _resumed_label(self, clauses: list[Span], index: int, after_dashes: Span) -> str:
        """The label of `clauses[index]` told on after the insertion its dashes enclose, up to the end of
        `after_dashes`, the clause after the closing dash, without the insertion (once per clause)."""
        if clauses[index] not in self.resumed:
            self.resumed[clauses[index]] = make_label(*without_insertion(
                self.text, (clauses[index][0], after_dashes[1]), self.on_axis, (clauses[index][1], after_dashes[0])),
                self.lang)
        return self.resumed[clauses[index]]

    def _tells_too_little(self, label: str, sentence: Span, clauses: list[Span], index: int) -> bool:
        """Whether `label`, of a clause with another after it, tells too little for that one to be left out: it has
        no verb, and is a word or two (THIN_LABEL_WORDS) or opens the sentence before a clause that opens with its
        verb, or with one of the pack's `openers`."""
        text, lang = self.text, self.lang
        return not has_verb(label, lang) and (
            len(label.split()) <= THIN_LABEL_WORDS
            or clauses[index][0] == sentence[0] and (_opens_with_verb(text, clauses[index + 1], lang)
                                                      or bool(self.rule.openers.match(text, clauses[index][0]))))

    def _label_across_cut(
        self, clauses: list[Span], index: int, date: Span, label: str, told_or_joined: bool
    ) -> str:
        """For `_neighbour_label`: `label`, or the label with what the date's clause needs from before the cut the
        sentence's clauses were made at: the verb's subject before an insertion, or what a report at the end of the
        sentence reports."""
        text, lang, on_axis = self.text, self.lang, self.on_axis
        if label and not told_or_joined and index > 0 and (conjunct := _with_shared_subject(
                text, clauses, index, self.label_of(clauses[index - 1]), label, on_axis, lang)) is not None:
            # "Das Land war 1880 … geraten und 1902 von Frankreich besetzt worden": the second predicate has the
            # first one's subject, and its auxiliary where it has no finite verb of its own
            label = make_label(*conjunct, lang) or label
        if label and not told_or_joined \
                and (subject := _subject_before_insertion(text, clauses, index, on_axis, lang)) is not None:
            # "The offer, advertised in today's editions, | is scheduled to expire at the end of November": the
            # verb's subject stands before the insertion that the clauses were cut after
            label = make_label(*subject, lang) or label
        if not label or index != len(clauses) - 1:
            return label
        if index > 0 and _report_alone(text, clauses, index, on_axis, lang, self.cut):
            # "The shipment arrived over the weekend …, officials said Monday": what was reported, not "Officials
            # said" (the clauses were cut between the two dates)
            return self._reported_label(clauses[index - 1], clauses[index]) \
                or self.label_of((clauses[index - 1][0], clauses[index][1])) or label
        comma = text.rfind(",", clauses[index][0], date[0])
        if not told_or_joined and label.endswith("…") and comma > clauses[index][0] \
                and not _in_date(self.dates, comma) \
                and _reports(text, (clauses[index][0], comma), (comma + 1, clauses[index][1]), on_axis, lang,
                             self.cut) \
                and _names_speaker(text, (comma + 1, clauses[index][1]), on_axis, lang, self.cut):
            # "The shipment arrived over the weekend at the lab …, officials said Monday", one clause: the date is
            # the report's, which a label cut before it leaves out
            return self._reported_label((clauses[index][0], comma), (comma + 1, clauses[index][1])) or label
        return label

    def _reported_label(self, content: Span, report: Span) -> str | None:
        """The label of what a report at the end of the sentence reports (`content`) with the report (`report`,
        ", officials said Monday"), which dates the report, where the two pass the chart's limit: the content's
        label cut to the room the report leaves, "…", and the report ("The first batch of evidence … arrived…,
        officials said"; a quotation keeps its closing mark). None where the two fit whole, or the cut would keep
        fewer than REPORTED_LEAST words or leave out the content's main verb, or the language puts a long clause's
        verb at its end."""
        text, lang = self.text, self.lang
        joined = self.label_of((content[0], report[1]))
        closing = _CLOSING_QUOTES.match(text, report[0])
        assert closing is not None  # (the pattern matches the empty string)
        # the report as written, without its dates: it follows the content's comma ("…, sagte ein Sprecher")
        told = _without_dates(text, (closing.end(), report[1]), self.on_axis, lang, self.cut).strip(" ,;:.!?").split()
        # (where a long clause's verb stands at its end, the pack's `verb_final`, a cut of the content's first words
        # loses it)
        if not joined.endswith("…") or not told or self.rule.verb_final:
            return None
        words = self.label_of(content).split()
        kept = _trimmed(words[:LABEL_WORDS - len(told) - 1], self.rule.stopwords, 1)  # "…" takes a word's place
        if kept and kept[-1] == "…":  # (a cut inside the content's label: "The first batch of evidence … arrived")
            kept = _trimmed(kept[:-1], self.rule.stopwords, 1)
        written = text[content[0]:content[1]].split()[:CONTENT_REACH]
        verb = main_verb(written, lang)
        if len(kept) < REPORTED_LEAST or verb is None \
                or _bare(written[verb]).lower() not in {_bare(word).lower() for word in kept}:
            return None
        return " ".join(kept).rstrip(",;:…") + "…," + closing.group().strip() + " " + " ".join(told)

    def _label_with_content(self, sentence: Span, clauses: list[Span], index: int, clause: Span, label: str) -> str:
        """For `_neighbour_label`: `label`, or a wider one where it has too few content words (`MIN_LABEL_WORDS`)
        or none at all: the clause with the one before, or the words around a clause of dates alone."""
        text, lang = self.text, self.lang
        words = self.content_starts[sentence]
        if words and not _has_content_words(label, lang, MIN_LABEL_WORDS) and index > 0 \
                and clause[0] == clauses[index][0] \
                and not _pronoun_clause(label, text[clause[0]:clause[1]], lang):
            # "…missiles to Russia for its war in Ukraine, which began" rather than "Began"
            wider = (clauses[index - 1][0], clause[1])
            label = self.label_of(wider, tail=True)
        if not label and words:  # nothing but dates in the clause: the words around it, not the whole sentence
            around = _around(text, sentence, clause, self.dates)
            if bisect_left(words, around[1]) > bisect_left(words, around[0]):
                label = self.label_of(around)
        return label

    def _dated_phrase_label(self, timex: Timex, sentence: Span, clauses: list[Span], index: int, label: str) -> str:
        """`label`, or the label of the phrase the date modifies where that phrase, not the clause, is what the
        date dates: a phrase describing the subject, a noun of action, a noun and its relative clause, a compared
        figure, an entry of a listing."""
        text, lang, on_axis, date = self.text, self.lang, self.on_axis, (timex.start, timex.end)
        on_the_axis = timex.type in AXIS_TYPES
        if on_the_axis or timex.type == "DURATION":
            # "Anna Berg, Bürgermeisterin von 2004 bis 2016, kritisiert den Plan": the date dates the phrase
            # describing the subject, not the verb; so does a duration ("Nashua, rumored a takeover target for six
            # months, said …": how long the subject was so)
            label = apposition_label(text, sentence, date, on_axis, lang) or label
        # "Nach der Wiederwahl des Bürgermeisters im Oktober 2015 begann …": the date dates the noun of action
        # (the two ends of a range or pair, "von 1884/85", date a noun together: read as one date, one label)
        joined = range_span(text, date, on_axis, sentence, lang)
        # "mit dem Kriegseintritt Frankreichs 1778, Spaniens 1779": a later item of a list that shares its head noun
        before = bisect_left(on_axis, date) - 1
        nominal = listed_noun_label(text, sentence, date, on_axis, self.told.get(on_axis[before]), lang) \
            if on_the_axis and before >= 0 else None
        if nominal is None and on_the_axis and (aside := bracketed_clause(text, sentence, date, on_axis, lang)):
            # "Die Armee zog nach Norden (der Fluss war im März 1920 zugefroren)": the aside's own clause
            nominal = make_label(text, aside, on_axis, lang) or None
        nominal = nominal or event_noun_label(text, (clauses[index][0], sentence[1]), joined, on_axis, lang)
        if nominal is None and on_the_axis:
            # "Police are investigating the March 3 shooting of a guard": the date dates the noun anywhere
            nominal = attribute_label(text, sentence, joined, on_axis, lang)
        if nominal is None and on_the_axis:
            # "darunter die Deklaration von Paris von 1856, die das Land unterzeichnet hatte": the date
            # between a noun and its relative clause is the noun's
            described = dated_antecedent(text, sentence, date, on_axis, lang)
            if described is not None:
                nominal = make_label(described.text, described.span, [] if described.undated else on_axis,
                                     lang, as_main=described.as_main) or None
        if nominal is None and (absolute := absolute_phrase(text, sentence, date, lang)) is not None:
            # "With prices now rising in every region, the bank raised rates on Monday": "now" dates the phrase's
            # noun and predicate, not the main clause
            nominal = make_label(text, absolute, on_axis, lang) or None
        if nominal is None:
            # "Albright, after a 16-hour flight, is scheduled to …": the date dates a noun phrase the clause's
            # label leaves out
            nominal = modifier_label(text, sentence, date, on_axis, label, lang, on_the_axis)
        label = nominal or label
        if on_the_axis and not str(timex.value).startswith(("PRESENT", "FUTURE")):
            # "Revenue fell to $85 million, from $93 million a year earlier": the date dates the compared figure
            # (a date of the present or future lies after the clause's own, not before)
            label = compared_label(text, sentence, date, on_axis, lang) \
                or record_date_label(text, sentence, date, lang) or label
        if on_the_axis:
            # "20.15 Uhr: Fußball: Länderspiel 22.30 Uhr: Nachrichten", "Termine: am 3. und 4. Mai, jeweils 20 Uhr,
            # Vorstellung": an entry of a listing tells the item its date opens or shares
            notice, item = notice_item(text, sentence, date, on_axis, self.clock, lang)
            if notice and item is None:  # "Termin: 25. und 26. August, 10-18 Uhr": the notice's event
                label = self._notice_event(sentence) or label
            else:
                label = listing_label(text, sentence, date, on_axis, lang, self.listings) or label
        return label

    def _notice_event(self, sentence: Span) -> str:
        """What a notice announces: the label of its paragraph's first sentence before `sentence` that tells
        something (a dateline alone, "Bozen.", does not); "" when there is none."""
        start = self.text.rfind("\n", 0, sentence[0]) + 1
        for span in self.spans[bisect_left(self.starts, start):bisect_left(self.starts, sentence[0])]:
            label = self.label_of(span)
            if _has_content_words(label, self.lang, MIN_LABEL_WORDS):
                return label
        return ""


THIN_LABEL_WORDS = 2  # a verbless label this short takes the clause after it

PHRASES_BACK = 3  # clauses a verbless phrase looks back over for the verb it goes with


INSERTION_WORDS = 25  # words of a phrase set off between a subject and its verb: "Albright, after a 16-hour flight,"


def _subject_before_insertion(
    text: str, clauses: list[Span], index: int, dates: list[Span], lang: str | None, end: int | None = None
) -> tuple[str, Span, list[Span]] | None:
    """The clause `clauses[index]` with its subject, when it opens with its finite verb right after a comma and the
    clause before holds that subject and a phrase set off by a comma after it (an apposition, a participle or
    relative clause, a prepositional phrase: "The offer, advertised in today's editions, | is scheduled to expire",
    "She estimates her properties, worth $130 million in October, | are worth half that now"): the words before
    that comma (from the last word among them that opens a clause: "… while the Tenth Army, …, | was now near")
    and the clause, without the phrase (a text, its span and its dates, as `without_insertion`). None when the
    clause has a subject of its own or opens with a figure's comparison ("compared with"), the clause before opens
    with a preposition or holds no comma, the words before the comma are a participle phrase, the phrase names the
    subject ("known as …"), or the language puts a main clause's verb second (its subject may follow the verb).
    `end`: where the told text ends, when the clause goes on past `clauses[index]` (a phrase that shares its verb)."""
    rule = _label_rules(lang)
    if index == 0 or rule.verb_second or not _opens_with_verb(text, clauses[index], lang):
        return None  # (a verb-second main clause opens with its verb after a fronted clause: "Nachdem …, sank")
    opening = text[clauses[index][0]:clauses[index][0] + 40].lower()
    if any(opening.startswith(marker + " ") for marker in pack_words(lang, "figures", "markers")):
        return None  # "…, compared with $9 million a year earlier": a figure's comparison, no verb
    before = clauses[index - 1]
    if text[before[1]:clauses[index][0]].strip() != ",":
        return None  # cut at a coordinator or a dash: no subject left behind
    comma = next((before[0] + found.start() for found in re.finditer(r",\s", text[before[0]:before[1]])
                  if not _in_date(dates, before[0] + found.start())), None)
    if comma is None or rule.openers.match(text, before[0]):
        return None  # "In 1990, … , rose": no subject before the comma
    phrase = text[comma + 1:clauses[index][0]].split()
    if not phrase or len(phrase) > INSERTION_WORDS \
            or _bare(phrase[0]).lower() in pack_words(lang, "verbs", "naming_participles"):
        return None  # "The counteroffensive, known as the Hundred Days Offensive, began": the name stays
    head = list(re.finditer(r"\S+", text[before[0]:comma]))
    # "It was the first time that Ritter, …, | had been allowed": the subject follows "that"
    openers = rule.coordinators | rule.embedded_openers | rule.clause_subordinators | rule.relatives
    first = next((k + 1 for k in range(len(head) - 1, -1, -1)
                  if _bare(head[k].group()).lower() in openers or rule.dependent.fullmatch(_bare(head[k].group()))),
                 0)
    subject = [word.group() for word in head[first:]]
    participle = load(lang).get("event_nouns", {}).get("participles_after_noun") if lang else None
    if not subject or _bare(subject[-1]).lower() in rule.stopwords \
            or rule.participles.fullmatch(_bare(subject[0]).lower()) or is_finite(subject, 0, lang) \
            or participle and re.fullmatch(participle, _bare(subject[0]).lower()):
        return None  # "Venu faire ses adieux …, le général …, l'a rappelé": a participle phrase, no subject
    start = before[0] + head[first].start()
    return without_insertion(text, (start, end or clauses[index][1]), dates, (comma, clauses[index][0]))


def _opens_with_verb(text: str, clause: Span, lang: str | None) -> bool:
    words = text[clause[0]:clause[1]].split(maxsplit=1)
    return bool(words) and words[0][:1].islower() and is_finite(words[:1], 0, lang)


def _with_shared_subject(
    text: str, clauses: list[Span], index: int, before: str, label: str, dates: list[Span], lang: str | None
) -> tuple[str, Span, list[Span]] | None:
    """The text, span and dates of a label for `clauses[index]` (labelled `label`) as a second predicate of the
    subject of the clause before it (labelled `before`), after a conjunction ("und", "and") and with no subject of its
    own (`own_subject_after`): that subject in front of it ("Er kam am Montag und ging am Dienstag" -> "Er ging"),
    and the finite auxiliary or modal too (`bracket_verbs`) where the predicate has no finite verb of its own but
    the non-finite verb the auxiliary governs ("Die Brigade sollte am 3. März aufbrechen und am 12. März die
    Hauptstadt erreichen" -> "Die Brigade sollte die Hauptstadt erreichen"). None where the clause before's label
    opens with no subject, as the clause writes it, of at most MAX_SUBJECT words before its finite verb."""
    rule = _label_rules(lang)
    start, end = clauses[index]
    first = text[start:end].split(maxsplit=1)
    own = label.split()
    head = before.split()
    verb = main_verb(head, lang)
    opened = len(first) > 1 and _bare(first[0]).lower() in rule.conjunctions
    # the clauses may be cut after the conjunction, before a connective ("and | then moved to Boston in 1965")
    previous = text[clauses[index - 1][0]:clauses[index - 1][1]].split()
    # a predicate of one word is its verb alone ("and retired in 1973")
    if not (opened or previous and _bare(previous[-1]).lower() in rule.conjunctions) or not own or verb is None \
            or own_subject_after(text, clauses[index - 1], clauses[index], dates, lang):
        return None
    subject = head[:verb]
    while len(subject) > 1 and subject[-1].islower() and _bare(subject[-1]) not in rule.pronouns and (
            _bare(subject[-1]) in rule.stopwords or _bare(subject[-1]).endswith(rule.adverb_endings)):
        subject = subject[:-1]  # "The party recently hopes", "Gálvez then forced": the adverb is the clause's
    opening = _bare(subject[0]).lower() if subject else ""
    written = previous  # the clause before, as written
    participles = _shapes(lang, "trailing_participles")
    later = next((k for k in range(verb + 1, len(head)) if head[k].endswith(",")), len(head))
    # no fronted phrase, adverb or participle taken for the subject ("In der ersten Schlacht nahm", "Möglicherweise
    # hatte", "Saying he was"; "Further encouraged by …, Italy joined": a finite verb after the comma), nor a
    # subject of the clause a dependent one stands in ("…, when the colonists settled, and has been", "…, die …
    # geraten waren und …": "Sie waren")
    if not subject or len(subject) > MAX_SUBJECT or any(word.endswith((",", "…")) for word in head[:verb + 1]) \
            or opening in rule.all_prepositions - rule.determiners or opening.endswith(rule.adverb_endings) \
            or participles is not None and participles.fullmatch(opening) is not None \
            or _bare(subject[-1]).lower() in rule.stopwords - rule.pronouns \
            or has_finite(head, lang, later + 1) or not written \
            or _opens_dependent(text, clauses[index - 1], dates, rule) \
            or f" {' '.join(subject).lower()} " not in f" {' '.join(written).lower()} ":
        return None
    words = text[start:end].split()
    # the label's first word as the clause writes it, after the conjunction and its dates
    lowered = own[0][:1].lower() + own[0][1:]
    conjunct = [lowered if lowered in words else own[0]] + own[1:]
    if conjunct[0] not in words:
        return None
    if main_verb(conjunct, lang) == 0:
        # "und ging am Dienstag": a finite verb of its own, no subject after it ("und geht man …", "heißt es")
        if len(conjunct) > 1 and _bare(conjunct[1]).lower() in rule.pronouns:
            return None
        shared = subject
    elif _bare(head[verb]).lower() in rule.bracket_verbs and _governed(conjunct, head[verb + 1:], rule, lang) \
            and not _passive_subject(conjunct, head[verb], rule):
        shared = subject + [head[verb]]
    else:
        return None
    body = start + len(text[start:end]) - len(first[1]) if opened else start
    inside = _within(dates, (body, end))
    if inside and inside[0][0] == body:
        # "und 1902 von Frankreich besetzt": after the auxiliary a bare year would stay, as what a copula says
        body = inside[0][1]
    built = " ".join(shared) + " " + text[body:end]
    return built, (0, len(built)), _shifted(dates, (body, end), len(built) - end)


def _opens_dependent(text: str, clause: Span, dates: list[Span], rule: _LabelRules) -> bool:
    """Whether `clause` opens with a relative pronoun or subordinator; an article of the same form ("die", "that")
    is one only after a comma, a preposition of the same form ("seit", "after") only before no date ("Seit 1880
    war das Land …")."""
    first = text[clause[0]:clause[1]].split(maxsplit=1)
    word = _bare(first[0]).lower() if first else ""
    following = _within(dates, (clause[0] + len(first[0]), clause[1])) if first else []
    return bool(first) and rule.dependent.match(first[0]) is not None and (
        word not in rule.determiners or text[max(0, clause[0] - 3):clause[0]].rstrip().endswith(",")) and not (
        word in rule.all_prepositions and following
        and not text[clause[0] + len(first[0]):following[0][0]].strip())


def _governed(conjunct: list[str], after: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """For `_with_shared_subject`: whether `conjunct` (a label's words) is a predicate with no finite verb that the
    auxiliary before `after` (the rest of the first predicate's label) governs too: in a verb-final language one
    whose non-finite verb closes it, lower case ("… die Hauptstadt erreichen", "von Frankreich besetzt worden");
    else one that opens with its non-finite verb, lower case and no present participle ("taken the fort", not "was
    to leave … and reach", "may winding down"), with no finite verb in it."""
    if rule.verb_final:
        return conjunct[-1][:1].islower()
    participles = _shapes(lang, "trailing_participles")
    first = _bare(conjunct[0]).lower()
    return conjunct[0][:1].islower() and first not in rule.stopwords and not has_finite(conjunct, lang) \
        and (participles is None or participles.fullmatch(first) is None) \
        and not (after and _bare(after[0]).lower() in rule.stopwords)


def _passive_subject(conjunct: list[str], auxiliary: str, rule: _LabelRules) -> bool:
    """For `_with_shared_subject`: whether `conjunct`, a predicate the passive `auxiliary` governs, holds a noun
    phrase opened by a nominative article outside a prepositional phrase: a passive takes no accusative object, so
    that phrase is the predicate's own subject ("und eine Woche später die Verhandlungen eröffnet")."""
    return _bare(auxiliary).lower() in rule.passive_auxiliaries and any(
        _bare(word).lower() in rule.nominative_only
        and (index == 0 or _bare(conjunct[index - 1]).lower() not in rule.all_prepositions)
        for index, word in enumerate(conjunct))


def _shifted(dates: list[Span], span: Span, offset: int) -> list[Span]:
    """The dates inside `span`, moved by `offset`."""
    return [(start + offset, end + offset) for start, end in _within(dates, span)]


def _figure_list(text: str, sentence: Span, on_axis: list[Span], dates: list[Span], lang: str | None
                 ) -> dict[Span, str]:
    """The labels of the dates of `sentence` that are items of a list of a date and a figure each whose predicate is
    written once, at its end ("1986 wurden 8, 1987 18 und 1988 77 Scuds abgeschossen", "1986 wurden 105 Schiffe und
    bis zum Mai 1987 34 Schiffe angegriffen"), by date: the date's figure and the words after the last item's figure
    (its counted noun, where an earlier item leaves it out, and its verbs), "18 Scuds wurden abgeschossen". The items
    stand between commas and a list joiner (pack `date_list_joiners`); the first opens its clause and has a passive
    auxiliary (pack `passive_auxiliaries`) between its date and figure, whose participle ends the list; an earlier
    item has no words but its figure and the last item's noun. Empty where the sentence holds no such list; read
    once per sentence, not per date."""
    rule, joiners = _label_rules(lang), rules(lang).date_list_joiners
    inside = _within(on_axis, sentence)
    if not inside:
        return {}
    tail = text[inside[-1][1]:sentence[1]].strip().rstrip(".!?").split()
    bare_tail = [_bare(word) for word in tail]
    if len(tail) < 2 or not _NUMBER.fullmatch(bare_tail[0]) or any(word.endswith((",", ";", ":")) for word in tail):
        return {}
    figures, first, opened = [bare_tail[0]], len(inside) - 1, ""
    while first > 0 and not opened:
        words = text[inside[first - 1][1]:inside[first][0]].split()
        auxiliary = words[0] if words and _bare(words[0]).lower() in rule.passive_auxiliaries else ""
        words = words[bool(auxiliary):]
        cut = next((k for k, word in enumerate(words) if word.endswith(",") or word.lower() in joiners), None)
        if cut is None or not _NUMBER.fullmatch(_bare(words[0])):
            break
        own = [_bare(word) for word in words[1:cut + 1 if words[cut].endswith(",") else cut]]
        after = words[cut + 1:]
        if after and after[0].lower() in joiners:
            after = after[1:]
        # the item writes no counted noun, or the last item's; the next date may have its preposition
        if own != bare_tail[1:1 + len(own)] or any(_bare(word).lower() not in rule.all_prepositions for word in after):
            break
        figures.insert(0, _bare(words[0]))
        first, opened = first - 1, auxiliary
    before = text[sentence[0]:inside[first][0]].split()
    while before and _bare(before[-1]).lower() in rule.all_prepositions:
        before.pop()
    if not opened or before and not before[-1].endswith((",", ";")) \
            or _within(dates, (inside[first][0], sentence[1])) != inside[first:] \
            or not has_verb(" ".join([opened] + tail), lang):
        return {}
    closing = len(tail)
    while rule.verb_final and closing > 2 and tail[closing - 1][:1].islower() \
            and bare_tail[closing - 1].lower() not in rule.stopwords | rule.all_prepositions:
        closing -= 1
    # in a verb-final language the auxiliary follows the counted noun, before a phrase or the verbs that close
    # the clause: "8 Scuds wurden abgeschossen", "300 Bäume wurden in der Altstadt gepflanzt"
    if closing < len(tail):
        closing = next((k for k in range(2, closing) if bare_tail[k].lower() in rule.all_prepositions), closing)
    verbs = [opened.lower()] if closing < len(tail) else []
    return {item: " ".join([figure] + tail[1:closing] + verbs + tail[closing:])
            for item, figure in zip(inside[first:], figures)}


def _item_start(text: str, clause: Span, dates: list[Span], lang: str | None, governing: str = "") -> int | None:
    """Where the dated phrase that is a list's first item starts in the clause that holds its verb: its last date
    governed by the words `governing` the other items open with ("am 9. Dezember in Bozen" for "am 19. Dezember",
    not the time after it), else its last date; with the dates joined to it ("am 10. und 11. Februar", "vom 5.
    bis 9. Juni") and the words governing them. None without a date."""
    inside = _within(dates, clause)
    if not inside:
        return None
    rule, links = _label_rules(lang), rules(lang)
    governed = [date for date in inside if governing and (found := rule.preposition_before.search(
        text, clause[0], date[0])) and " ".join(found.group().lower().split()) == governing]
    chosen = (governed or inside)[-1]
    start = chosen[0]
    for previous in reversed(inside[:inside.index(chosen)]):
        between = text[previous[1]:start]
        if any(_bare(word).lower() not in links.date_words | links.coordinators and not
               rule.range_between.match(word) for word in between.replace(",", " ").split()):
            break
        start = previous[0]
    opened = rule.preposition_before.search(text, clause[0], start)
    return opened.start() if opened else start


HEADING_WORDS = 7  # a heading before a colon this long (its dates cut) leaves room in the label for an item


def _colon_item(
    text: str, clauses: list[Span], index: int, dates: list[Span], lang: str | None, memo: dict,
    verbless: dict[Span, bool],
) -> tuple[str, Span, list[Span]] | None:
    """The text an item of a list after a colon is labelled with, its span and its dates: the heading before the
    colon and the item, without the items between ("Ergebnis: Silber 2009, Bronze 2013" -> "Ergebnis: Bronze").
    The list has two items or more, each a verbless phrase with a date, set off by commas, semicolons or a
    coordinator; None for anything else, or a heading too long to leave room for the item. `memo` keeps the
    clauses without their dates and `verbless` the answers of `item`: every date of a dense list asks them."""
    rule = _label_rules(lang)

    def item(at: int) -> bool:
        if clauses[at] not in verbless:
            words = _without_particle(text[clauses[at][0]:clauses[at][1]].split(), rule)
            verbless[clauses[at]] = bool(words) and bool(_within(dates, clauses[at])) \
                and not has_verb(" ".join(words), lang)
        return verbless[clauses[at]]

    def separated(at: int) -> str:  # what stands between clauses[at - 1] and clauses[at]
        return text[clauses[at - 1][1]:clauses[at][0]].strip()

    def told(at: int) -> bool:  # whether clauses[at] has words besides its dates
        return _has_content_words(_without_dates(text, clauses[at], dates, lang, memo), lang, MIN_CONTENT_WORDS)

    if not item(index):
        return None
    last = index
    while not told(last) and last + 1 < len(clauses) and separated(last + 1) == "," and item(last + 1) \
            and _starts_in(dates, (clauses[last + 1][0], clauses[last + 1][0] + 1)):
        # "3. Mai, 20 Uhr, Stadthalle": the entry goes on after its day to its hour and place; one that opens
        # with its words ("Einführung, Foyer, 3. Mai") is the next entry
        last += 1
    if not told(last):
        return None  # an item of dates alone borrows the words around it
    first = index
    while first > 0 and separated(first) in ("", ",", ";") and first - 1 > 0 and item(first - 1) \
            and separated(first - 1) != ":":
        first -= 1
    if first > 0 and separated(first) in ("", ",", ";") and item(first - 1) and separated(first - 1) == ":":
        first -= 1
    if first == 0 or separated(first) != ":":
        return None
    following = last + 1 < len(clauses) and separated(last + 1) in ("", ",", ";") and item(last + 1)
    if first == index and not following:
        return None  # "Termin: 25. und 26. August": one item, no list
    heading = clauses[first - 1]
    if len(_without_dates(text, heading, dates, lang, memo).split()) > HEADING_WORDS:
        return None
    phrase, _ = _after_coordinators(text, clauses[index], rule)
    built = text[heading[0]:heading[1]] + ":"
    shifted = _shifted(dates, heading, -heading[0])
    for piece in [(phrase, clauses[index][1])] + clauses[index + 1:last + 1]:
        # the entry's pieces without the commas between them: "3. Mai, 20 Uhr, Stadthalle" -> "Stadthalle"
        built += " "
        shifted += _shifted(dates, piece, len(built) - piece[0])
        built += text[piece[0]:piece[1]]
    return built, (0, len(built)), shifted


def _list_host(
    text: str, clauses: list[Span], index: int, dates: list[Span], lang: str | None, hosts: dict[int, int | None]
) -> int | None:
    """The nearest clause before `clauses[index]` with a finite verb, when only verbless phrases that open with a
    date or a preposition stand between them, each set off by a comma or nothing (a coordinator opens the
    phrase): the clause whose verb a list of dated phrases shares. A semicolon or colon ends the list. `hosts`
    keeps the answer per clause of the sentence: each is found from the one before, so that a long list of
    phrases is read once, not once per date."""
    rule = _label_rules(lang)
    for at in range(len(hosts) + 1, index + 1):  # hosts holds clauses 1 … len(hosts), found in order
        before = at - 1
        if text[clauses[before][1]:clauses[at][0]].strip(" \t\n,"):
            hosts[at] = None
        elif _has_verb_besides_particle(text[clauses[before][0]:clauses[before][1]].split(), rule, lang):
            hosts[at] = before
        elif not _opens_phrase(text, clauses[before], dates, lang):
            hosts[at] = None
        else:
            hosts[at] = hosts.get(before)
    return hosts.get(index)


def _shared_verb(
    text: str, clauses: list[Span], host: int, index: int, dates: list[Span], lang: str | None
) -> tuple[str, Span, list[Span]] | None:
    """The text a verbless dated phrase of a list is labelled with, its span and its dates: the clause it shares
    its verb with (`host`), the dated phrase that ends that clause replaced by this one ("Er gastiert am 9. Mai in
    Bozen, am 10. Mai in Meran" -> "Er gastiert am 10. Mai in Meran"), so that each date keeps its own item and
    no other's; a particle that ends the list follows ("…, am 4. Juni und am 5. Juli statt"). None when the
    clause has no date, or no verb before it, or the phrase does not open with its date, or with the words that
    govern it, as an item of a list of dates does ("…, or 81 cents a share, a year ago" is no such item), or with
    a preposition the host's item opens with too (`_fronted_item`: "…, in Chicago on May 10"). `dates`:
    the points and periods of time, not durations."""
    rule = _label_rules(lang)
    phrase, opening = _after_coordinators(text, clauses[index], rule)
    own = _within(dates, (phrase, clauses[index][1]))
    if not own or opening is None:
        return None
    if own[0][0] > phrase and rule.preposition_before.fullmatch(text, phrase, own[0][0]) is None:
        # "…, in Chicago on May 10": the item opens with its own phrase, then its date
        return _fronted_item(text, clauses, host, index, (phrase, opening.group()), dates, lang)
    governing = " ".join(text[phrase:own[0][0]].lower().split())
    start = _item_start(text, clauses[host], dates, lang, governing)
    if start is not None and len(own) == 1 and all(
            _bare(word).lower() in rule.loose and not rule.dependent.fullmatch(_bare(word))
            for word in text[clauses[host][0]:start].split()):
        # "Am 2. Juni sprach er in Berlin, am 4. Juni in Hamburg": the host opens with its item (after an adverb
        # such as "bereits"), and the phrase tells what takes the place of a part of the host after its date
        return _gapped_item(text, clauses[host], (phrase, clauses[index][1]), own[0], start, dates, lang)
    if start is None or not has_verb(text[clauses[host][0]:start], lang):
        return None
    first = _within(dates, (start, clauses[host][1]))[0]
    if _clause_follows(text[first[1]:clauses[host][1]].split(), rule, lang):
        # "He said Tuesday that he had talked with Korver, now in his 10th season": a clause of its own follows
        # the host's date, so the phrase after the comma is no second item of its list
        return None
    if governing and phrase == clauses[index][0] and \
            " ".join(text[start:first[0]].lower().split()) != governing:
        # "lundi 17 février, à 14 h 30", "extend its bid, due to expire last Thursday, to Nov. 6": no coordinator,
        # and another preposition than the first item's: a closer look at that date, or another verb's phrase
        return None
    swapped = _gapped_subject(text, (clauses[host][0], start), (first[1], clauses[host][1]),
                              (phrase, clauses[index][1]), own[0], dates, lang)
    if swapped is not None:
        return swapped
    head = text[clauses[host][0]:start].rstrip() + " "
    if own[0][0] == phrase:
        # "am 3. Mai und 4. Juni" -> "am 4. Juni": the phrase shares the words governing the first item's date
        head += text[start:_within(dates, (start, clauses[host][1]))[0][0]].strip() + " "
    offset = len(head) - phrase
    particle = _series_particle(text, clauses, index, dates, lang)
    rest = text[own[0][1]:clauses[index][1]]
    comma = own[0][1] + len(rest) - len(rest.lstrip())
    if rest.lstrip().startswith(",") and not _within(dates, (own[0][1], comma + 2)):
        # "à 19 h 30, à la salle des fêtes": the comma set the date off from the words before it, which go
        rest = " " + rest.lstrip()[1:]
    built = head + (text[phrase:own[0][1]] + rest).strip() + (" " + particle if particle else "")
    return built, (0, len(built)), _shifted(dates, (clauses[host][0], start), -clauses[host][0]) \
        + _shifted(dates, (phrase, clauses[index][1]), offset)


def _gapped_item(
    text: str, host: Span, phrase: Span, date: Span, start: int, dates: list[Span], lang: str | None
) -> tuple[str, Span, list[Span]] | None:
    """For `_shared_verb`: the text, span and dates of a gapped clause, a dated phrase (`phrase`, its one date
    `date`) whose words after its date (the remnant) stand for a part of the host clause, which opens with its own
    dated item at `start`: the phrase's date, then the host's words after its date with the remnant in place of that
    part (`_gap_filled`: "Am 3. Mai wurde die Brücke eröffnet, am 5. Mai der Bahnhof" -> "am 5. Mai wurde der
    Bahnhof eröffnet"). None where the host has another date, or the remnant replaces no part of it."""
    inside = _within(dates, (start, host[1]))
    remnant = text[date[1]:phrase[1]].strip(" ,.;:!?")
    if remnant.count("(") > remnant.count(")"):
        # "der Staat X (X-Staat, ab 1929 …)": the clauses were cut inside a bracket, which the label leaves out
        remnant = remnant[:remnant.rfind("(")].rstrip(" ,")
    if remnant.count(")") > remnant.count("("):
        return None  # "(…, ab 1929 Jugoslawien)": a phrase inside a bracket, no clause of the list
    if len(inside) != 1 or not remnant or _within(dates, (date[1], phrase[1])):
        return None
    filled = _gap_filled(text[inside[0][1]:host[1]].split(), remnant.split(), lang)
    if filled is None:
        return None
    head = text[phrase[0]:date[1]]
    built = head + " " + " ".join(filled)
    return built, (0, len(built)), _shifted(dates, (phrase[0], date[1]), -phrase[0])


_NUMBER = re.compile(r"\d[\d.,]*")


def _gap_filled(body: list[str], remnant: list[str], lang: str | None) -> list[str] | None:
    """The words of a host clause after its date (`body`) with a gapped clause's `remnant` in place of the part of
    the same kind: a number ("30", or "30 Schulen" for "12 Schulen": the same noun) for the host's first number; a
    phrase opened by a preposition for the host's last phrase opened by that preposition (up to a comma, or to the
    verbs that close a clause in a verb-final language); a noun phrase for the subject of a passive, which has no
    object it could stand for ("wurde die Brücke eröffnet", "the bridge was opened"), or of a verb with nothing but
    its subject beside it ("fiel Minsk", "Minsk fell"). None for anything else: a noun phrase beside a verb that
    may take an object is left alone."""
    rule = _label_rules(lang)
    if not body:
        return None
    first = _bare(remnant[0]).lower()
    lowered = [_bare(word).lower() for word in body]
    if _NUMBER.fullmatch(_bare(remnant[0])):
        number = next((k for k, word in enumerate(body) if _NUMBER.fullmatch(_bare(word))), None)
        if number is None or len(remnant) > 2:
            return None
        if len(remnant) == 1:
            return body[:number] + [remnant[0] + body[number][len(_bare(body[number])):]] + body[number + 1:]
        if number + 1 < len(body) and lowered[number + 1] == _bare(remnant[1]).lower():
            return body[:number] + remnant + body[number + 2:]
        return None
    # where the clause's closing verbs start: its lower-case words at the end in a verb-final language (German
    # capitalises its nouns), none elsewhere
    closing = len(body)
    while rule.verb_final and closing > 1 and body[closing - 1][:1].islower() \
            and lowered[closing - 1] not in rule.stopwords | rule.all_prepositions:
        closing -= 1
    if first in rule.single_prepositions | rule.prepositions and first not in rule.determiners:
        opened = [k for k in range(closing) if lowered[k] == first]
        if not opened:
            return None
        end = next((k + 1 for k in range(opened[-1], closing) if body[k].endswith(",")), closing)
        return body[:opened[-1]] + remnant + body[end:]
    # adverbs that open the remnant ("schließlich die Hauptstadt") go before the part it stands for
    adverbs = next((k for k, word in enumerate(remnant) if not (word[:1].islower() and _bare(word).lower()
                    not in rule.stopwords and _bare(word).lower().endswith(rule.adverb_endings))), len(remnant))
    noun = remnant[adverbs:]
    opening = _bare(noun[0]) if noun else ""
    if not opening or opening.lower() not in rule.determiners and not (
            opening[:1].isupper() and opening.lower() not in rule.stopwords | rule.pronouns):
        return None
    if len(body) == 2 and rule.verb_second and body[1][:1].isupper() and is_finite(body, 0, lang):
        # "fiel Minsk": a finite verb and one name after it, the subject of a verb with no object
        return body[:1] + remnant
    if len(body) > 1 and is_finite(body, len(body) - 1, lang, opening=False) and not rule.verb_final \
            and not any(word in rule.all_prepositions - rule.determiners or word.endswith(",") for word in body[:-1]):
        # "Minsk fell", "the city fell": a subject, and a verb with no object after it
        return remnant + body[-1:]
    auxiliary = next((k for k, word in enumerate(lowered) if word in rule.passive_auxiliaries), None)
    if auxiliary == 0 and closing < len(body) and lowered[1] in rule.determiners:
        # "wurde die Brücke (in Berlin) eröffnet": the subject after the auxiliary, up to a phrase of its own
        end = next((k for k in range(2, closing) if lowered[k] in rule.all_prepositions), closing)
        # (one noun phrase: "wurde die Medaille dem Sieger überreicht" has an object besides)
        return None if any(word in rule.determiners for word in lowered[2:end]) else body[:1] + remnant + body[end:]
    if auxiliary is not None and auxiliary > 0 and not rule.verb_final \
            and not any(word in rule.determiners for word in lowered[auxiliary + 1:]):
        # "the bridge was opened": the subject before the auxiliary, no object after it
        return remnant + body[auxiliary:]
    return None


def _gapped_subject(
    text: str, before: Span, after: Span, phrase: Span, date: Span, dates: list[Span], lang: str | None
) -> tuple[str, Span, list[Span]] | None:
    """For `_shared_verb`: the text, span and dates of a gapped clause whose remnant after its date is a noun
    phrase (`phrase`, its date `date`), where the host is a passive with its dated item between the auxiliary
    (`before` ends with it) and the verbs that close the clause (`after`): the remnant stands for the subject, as a
    passive has no object ("Die Brücke wurde am 3. Mai eröffnet, am 5. Mai der Bahnhof" -> "Der Bahnhof wurde am
    5. Mai eröffnet"). None for any other host or remnant."""
    rule = _label_rules(lang)
    remnant = text[date[1]:phrase[1]].strip(" ,.;:!?").split()
    words, closing = text[before[0]:before[1]].split(), text[after[0]:after[1]].split()
    if not remnant or _bare(remnant[0]).lower() not in rule.determiners or len(words) < 2 \
            or _bare(words[-1]).lower() not in rule.passive_auxiliaries or not closing \
            or any(not word[:1].islower() or _bare(word).lower() in rule.stopwords for word in closing) \
            or _within(dates, (date[1], phrase[1])):
        return None
    head = " ".join(remnant + words[-1:]) + " "
    built = head + text[phrase[0]:date[1]] + " " + " ".join(closing)
    return built, (0, len(built)), _shifted(dates, (phrase[0], date[1]), len(head) - phrase[0])


def _fronted_item(
    text: str, clauses: list[Span], host: int, index: int, opening: tuple[int, str], dates: list[Span],
    lang: str | None,
) -> tuple[str, Span, list[Span]] | None:
    """For `_shared_verb`: the text, span and dates of a dated phrase of a list that opens with a preposition of
    its own before its date (`opening`: where the phrase starts and its first word), as the list's first item in
    the host clause does, that item's date at the host's end ("will play in Boston on May 9, in Chicago on May
    10" -> "will play in Chicago on May 10"): the host up to its last use of that preposition before its date,
    then the phrase. None where the word is no preposition, or the host has no such item after its verb."""
    rule = _label_rules(lang)
    phrase, word = opening
    inside = _within(dates, clauses[host])
    if word not in rule.prepositions or not inside \
            or _WORD.search(text, inside[-1][1], clauses[host][1]):
        return None
    found = [match.start() for match in _WORD.finditer(text, clauses[host][0], inside[-1][0])
             if match.group() == word]
    if not found or _within(dates, (found[-1], inside[-1][0])) \
            or not has_verb(text[clauses[host][0]:found[-1]], lang):
        return None
    head = text[clauses[host][0]:found[-1]].rstrip() + " "
    built = head + text[phrase:clauses[index][1]].strip()
    return built, (0, len(built)), _shifted(dates, (clauses[host][0], found[-1]), -clauses[host][0]) \
        + _shifted(dates, (phrase, clauses[index][1]), len(head) - phrase)


def _clause_follows(words: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """For `_shared_verb`: whether `words` (those after the date of a list's first item) hold a clause of their
    own: a word that opens a clause inside another (`embedded_openers`, `clause_subordinators`, a relative) with a
    finite verb after it."""
    openers = rule.embedded_openers | rule.clause_subordinators | rule.relatives
    return any(_bare(word).lower() in openers and has_finite([_bare(w) for w in words[k + 1:]], lang)
               for k, word in enumerate(words))


def _series_particle(text: str, clauses: list[Span], index: int, dates: list[Span], lang: str | None) -> str:
    """The separable particle of the verb a list of dated phrases shares, when it closes the last phrase after
    `clauses[index]` and not this one ("Die Sitzungen finden am 3. Mai, am 4. Juni und am 5. Juli statt"): ""
    when there is none, or `clauses[index]` itself ends in it."""
    rule = _label_rules(lang)
    if not rule.verb_final:
        return ""
    particle = ""
    for following in clauses[index + 1:]:
        words = text[following[0]:following[1]].split()
        if not words or not _opens_phrase(text, following, dates, lang) \
                or _has_verb_besides_particle(words, rule, lang):
            break
        last = _bare(words[-1]).lower()
        particle = last if last in rule.separable_prefixes and _within(dates, following) \
            and not _WORD.search(text, _within(dates, following)[-1][1], following[1] - len(words[-1])) else ""
    return particle


def _resumed_after_dashes(text: str, clauses: list[Span], index: int) -> Span | None:
    """The clause that goes on after an insertion enclosed by dashes right after `clauses[index]` ("… löste bei
    den Zuhörern - denen man … verschwiegen hatte - Jubel aus"): the clause after the closing dash, or None when
    no pair of dashes encloses the next clause."""
    if index + 2 >= len(clauses):
        return None
    before, inserted, after = clauses[index], clauses[index + 1], clauses[index + 2]
    if text[before[1]:inserted[0]].strip() in DASHES and text[inserted[1]:after[0]].strip() in DASHES \
            and not any(f" {dash} " in text[inserted[0]:inserted[1]] for dash in DASHES):
        return after
    return None


def _pronoun_clause(label: str, clause: str, lang: str | None) -> bool:
    """Whether `label` opens with a subject pronoun of its `clause` and its finite verb ("…, gestern trainierte sie
    wieder" -> "Sie trainierte wieder"): a clause of its own, however few its content words, whose pronoun stands
    for a noun of the sentence (not one put for a relative pronoun, which tells less than the noun it replaced).
    Not a subordinate clause told as a main one ("…, wo er operiert wurde"): it keeps the end of its main clause."""
    if _label_rules(lang).subordinate.match(clause.lstrip(" ,;:")):
        return False
    words = label.split()
    pronoun = _bare(words[0]).lower() if words else ""
    return len(words) > 1 and pronoun in pack_words(lang, "verbs", "subject_pronouns") \
        and pronoun in {_bare(word).lower() for word in clause.split()} and is_finite(words, 1, lang)


def _has_verb_besides_particle(words: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """Whether `words` hold a finite verb, a separable particle that ends them not counted ("… April statt")."""
    kept = _without_particle(words, rule)
    return has_finite(kept, lang)


def _without_particle(words: list[str], rule: _LabelRules) -> list[str]:
    """`words` without a separable particle that ends them in a verb-final language ("… April statt"): a particle
    is no verb, though it may look like one ("statt")."""
    if rule.verb_final and words and _bare(words[-1]).lower() in rule.separable_prefixes:
        return words[:-1]
    return words


def _after_coordinators(text: str, clause: Span, rule: _LabelRules) -> tuple[int, re.Match[str] | None]:
    """Where the phrase of `clause` starts once the coordinators that open it are left out ("und am 3. März" ->
    "am 3. März"; the clause's start when none opens it), and its first word (None when it has none)."""
    start, opening = clause[0], _WORD.search(text, clause[0], clause[1])
    while opening is not None and opening.group().lower() in rule.coordinators:
        opening = _WORD.search(text, opening.end(), clause[1])
        start = opening.start() if opening else clause[1]
    return start, opening


def _opens_phrase(text: str, clause: Span, dates: list[Span], lang: str | None) -> bool:
    """Whether `clause`, after any coordinator, opens with a date or a preposition ("und am 3. März", ", in June"),
    or with an article that governs its date as the same words govern the date before ("…, le 10 mai")."""
    rule = _label_rules(lang)
    _, opening = _after_coordinators(text, clause, rule)
    if opening is None:
        return False
    first = opening.group().lower()
    if _starts_in(dates, (opening.start(), opening.end())):
        return True
    if first in rule.determiners:
        # "le 9 mai à Lyon, | le 10 mai à Nice": an article that governs the date as it governs the date before
        # (an item of a list of dates) opens a dated phrase, not a noun phrase ("Nivel, le 21 juin à Lens")
        inside = _within(dates, (opening.start(), clause[1]))
        governing = rule.preposition_before.fullmatch(text, opening.start(), inside[0][0]) if inside else None
        before = bisect_left(dates, (opening.start(),)) - 1
        if governing is None or before < 0 or any(mark in text[dates[before][1]:clause[0]] for mark in ".;:!?"):
            return False
        earlier = rule.preposition_before.search(text, max(0, dates[before][0] - len(governing.group()) - 1),
                                                 dates[before][0])
        return earlier is not None and earlier.group().lower().split() == governing.group().lower().split()
    return first in rule.stopwords and first not in rule.pronouns and first not in rule.relatives


def _noun_item(text: str, clauses: list[Span], index: int, rule: _LabelRules) -> bool:
    """Whether `clauses[index]` is an item of a list of noun phrases that share the verb of a clause before: it
    opens with a plain conjunction and then a name or noun written with a capital that opens no clause of its own
    (no pronoun, relative or subordinator), "met the premier on Monday | and President Miller last week", or with
    such a word alone after a comma, before such an item ("…, Paul Roth (1990-94), | and Eva Lind (1994-99)").
    Not after a coordinator that tells a sequence ("and then Montreal"): its gapped verb may be another one."""
    def capital(at: int, after_conjunction: bool) -> bool:
        word = _WORD.search(text, clauses[at][0], clauses[at][1])
        if word is not None and after_conjunction:
            if word.group().lower() not in rule.conjunctions:
                return False
            word = _WORD.search(text, word.end(), clauses[at][1])
        return word is not None and word.group()[:1].isupper() \
            and word.group().lower() not in rule.pronouns | rule.relatives | rule.clause_words

    if capital(index, True):
        return True
    return index + 1 < len(clauses) and text[clauses[index - 1][1]:clauses[index][0]].strip() == "," \
        and capital(index, False) and capital(index + 1, True)


def _phrase_alone(text: str, clauses: list[Span], index: int, dates: list[Span], label: str, lang: str | None) -> bool:
    """Whether `clauses[index]` (labelled `label`) is a phrase, not a clause: after any coordinator it opens with a
    date or a preposition ("und am 3. März die Hauptstadt", ", in June"), or it is an item of a list of noun
    phrases (`_noun_item`), and its label holds no finite verb."""
    rule = _label_rules(lang)
    words = label.split()
    # a noun phrase of a list tells the verb it shares, unless it holds an event noun or a participle of its own
    # ("and the Battle of the Ridge", "and Chengdu before retreating to Taipei")
    if not (_opens_phrase(text, clauses[index], dates, lang) or _noun_item(text, clauses, index, rule)
            and not any(is_event_noun(_bare(word), lang) or rule.participles.fullmatch(_bare(word))
                        for word in words)) \
            or _has_verb_besides_particle(words, rule, lang):
        return False  # "und spielt": a clause
    # a verb-final clause ends in its verb, written in lower case ("…, als er die Republik ausrief")
    last = _bare(words[-1])
    # ...unless that word is a separable particle, whose verb stands before the list ("und am 5. Juli statt")
    return not (rule.verb_final and last[:1].islower() and last.lower() not in rule.stopwords
                and not last.endswith(rule.adverb_endings) and last.lower() not in rule.separable_prefixes)


REPORT_WORDS = 8  # words of a report set off after what it reports: ", a spokesman for the city council said"

REPORTED_LEAST = 5  # words of what a report reports, at least, kept before it where both pass the chart's limit

CONTENT_REACH = 40  # words of what a report reports read for its main verb

_CLOSING_QUOTES = re.compile(r"\s*(?:[\"“”»’']|''|``)*")  # what closes a quotation right after its comma


def _report_alone(
    text: str, clauses: list[Span], index: int, dates: list[Span], lang: str | None, memo: dict
) -> bool:
    """Whether clauses[index] only reports the clause before it, set off by a comma: a reporting verb (the pack's
    `reporting_after`), its subject and phrases around it ("…, city officials said in a statement", "…, sagte ein
    Sprecher"), at most REPORT_WORDS words once its dates are cut, and no other finite verb ("…, officials said
    they would …" reports a clause of its own); the verb opens or ends the report, or prepositions open what
    follows it (not "…, the firm added 300 jobs"), and no relative pronoun opens it; the clause before has a finite
    verb."""
    before, clause = clauses[index - 1], clauses[index]
    return "," in text[before[1]:clause[0] + 1] and _reports(text, before, clause, dates, lang, memo)


def _reports(text: str, before: Span, clause: Span, dates: list[Span], lang: str | None, memo: dict) -> bool:
    """For `_report_alone`: whether `clause` (after a comma) only reports `before`, as told there."""
    rule = _label_rules(lang)
    # the clause with every date blanked out (a date right after the verb may stay in the label: "announced Friday")
    pieces, position = [], clause[0]
    for start, end in _within(dates, clause):
        pieces += [text[position:start], " " * (end - start)]
        position = end
    report = "".join(pieces + [text[position:clause[1]]]).strip(" ,;:.!?")
    found = rule.reporting.search(report)
    if found is None or len(report.split(maxsplit=REPORT_WORDS)) > REPORT_WORDS:
        return False
    rest, after = (report[:found.start()] + " " + report[found.end():]).split(), report[found.end():].split()
    if report.split()[0].lower() in rule.relatives or after and found.start() and _bare(after[0]).lower() \
            not in rule.all_prepositions:
        return False  # "…, which added 92,000 jobs", "…, but said that …": a clause of its own
    return not has_finite(rest, lang) and has_finite(_without_dates(text, before, dates, lang, memo).split(), lang)


def _names_speaker(text: str, report: Span, dates: list[Span], lang: str | None, memo: dict) -> bool:
    """Whether a report (`_reports`) names who reports: its reporting verb does not open it, or a word that is no
    function word and no preposition follows that verb first (", a indiqué hier un porte-parole"; not ", said over
    the weekend", whose speaker stands before a comma of its own)."""
    rule = _label_rules(lang)
    closing = _CLOSING_QUOTES.match(text, report[0])
    words = _without_dates(text, (closing.end() if closing else report[0], report[1]), dates, lang,
                           memo).strip(" ,;:.!?")
    found = rule.reporting.match(words)
    if found is None:
        return True
    following = [_bare(word).lower() for word in words[found.end():].split()]
    following = [word for word in following if word not in rule.stopwords or word in rule.all_prepositions]
    return bool(following) and following[0] not in rule.all_prepositions


def _around(text: str, sentence: Span, clause: Span, dates: list[Span]) -> Span:
    """Up to LABEL_WINDOW characters either side of the clause, in the sentence, cut between words and dates."""
    start, end = max(sentence[0], clause[0] - LABEL_WINDOW), min(sentence[1], clause[1] + LABEL_WINDOW)
    if start > sentence[0]:
        space = text.find(" ", start, clause[0])
        start = space + 1 if space >= 0 else clause[0]
    if end < sentence[1]:
        space = text.rfind(" ", clause[1], end)
        end = space if space >= 0 else clause[1]
    low, high = max(sentence[0], start - 200), min(sentence[1], end + 200)
    date_at_start, date_at_end = _date_across(dates, start, low, high), _date_across(dates, end, low, high)
    return (date_at_start[0] if date_at_start else start), (date_at_end[1] if date_at_end else end)


def _date_across(dates: list[Span], position: int, low: int, high: int) -> Span | None:
    """The date inside low..high that `position` falls strictly within (`dates` sorted and disjoint): found by
    bisection, so that a sentence full of dates costs no scan of them all per date."""
    index = bisect_left(dates, (position, position)) - 1
    if index >= 0 and dates[index][1] > position and dates[index][0] >= low and dates[index][1] <= high:
        return dates[index]
    return None
