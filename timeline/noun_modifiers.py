"""A date that modifies a noun phrase the clause's label leaves out tells that phrase's event, not the clause's
(`modifier_label`, for any type of timex when nothing in `timeline.event_nouns` or `timeline.noun_attributes`
applies): a measure adjective of time ("after a 16-hour flight": `measure_adjective`; "the end of a two-year boom":
`phase_nouns`), a duration that measures a noun phrase after a preposition of sequence ("after two years of talks",
"au terme de trois ans de tractations") or in a phrase introducing the sentence ("Turning its back on 210 years of
loyalty …,"), a date's possessive anywhere ("said last month's shooting of a guard was
…"; a noun no list names that takes an object: `possessive_object_links`), an adjective that takes a date ("a
dividend, payable Dec. 15": `date_adjectives`), a year before an event's name ("the 1967 Six-Day War"), a date
before a compound of a noun of action and one of time ("a Jan. 14 return date": `time_nouns`), a parenthesis of
dates after a noun phrase of action or one that is a noun phrase with a participle (`dates_in_parentheses`), a
participle phrase set off by a comma after a noun phrase inside the clause ("through the agency, created in
1955", "the decision, announced Wednesday", "the boy, killed by police on Saturday"). The label is the noun phrase
with its date as the sentence writes it; the clause keeps its label where it holds the phrase's head (a measured
phrase: all its words, "its occupation of X" being no "23-year Israeli occupation"). A person's years of life
after the name ("Georg Fuhg (1898-1976)") are the birth and the death, each told by the language's phrase
(`life_events`: "Georg Fuhg geboren"). Pack data: `[event_nouns]` of timeline/resources/*/events.toml.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import NamedTuple

from .actors import _NAME_TOKEN
from .actors import _rules as _actor_rules
from .clauses import TOKEN, Span
from .event_nouns import (
    COMPLEMENT_WORDS,
    _brackets_around,
    _complement,
    _labelled,
    _pack,
    _sequence_end,
    _words,
    is_event_noun,
)
from .event_resources import any_pattern, pack_words
from .finite_verbs import has_finite, is_finite
from .label_rules import LABEL_WORDS, POSSESSIVE_AFTER, _bare, _in_date, _label_rules, _LabelRules, _within
from .language import pack_table
from .names import is_place
from .noun_attributes import (
    CHAIN_WORDS,
    NOUN_GROUP_WORDS,
    VERB_WORDS,
    WINDOW_CHARS,
    _abbreviated,
    _alone,
    _chain_stops,
    _clause_rest,
    _governing,
    _is_determiner,
    _noun_after_date,
    _tensed,
    _verb_before,
    _verb_follows,
    _window,
)

MEASURE_WORDS = 3  # words from a measure adjective of time to the noun it measures: "a 23-year Israeli occupation"
PARENTHESIS_CHARS = 60  # characters of a parenthesis that holds nothing but dates: "(14 August - 24 August 1914)"


class _Around(NamedTuple):
    """What `_window` reads around a date: the words before it, the part of the sentence, whether they open it."""

    before: list[re.Match[str]]
    window: Span
    opens: bool


def modifier_label(
    text: str, sentence: Span, date: Span, dates: list[Span], label: str, lang: str | None, axis: bool
) -> str | None:
    """The label of a date that modifies a noun phrase, when `label` (the clause's) leaves that phrase out and so
    tells another event (or, after a preposition of sequence, the event after the phrase's): the noun phrase with
    the date as the sentence writes it. A measure adjective of time (`measure_adjective`: "a 16-hour flight", any
    noun after a preposition of sequence: only an event or a period follows one; a noun of action anywhere; the
    complement of a noun of phase, `phase_nouns`: "the end of a two-year boom"); a duration after a preposition of
    sequence, before a link and a noun phrase with no determiner ("after two years of talks": `_duration_of_label`);
    with a date on the axis
    (`axis`), a date's possessive before a noun of action ("said last month's discovery of the rifle was …"), an
    adjective that takes a date (`date_adjectives`: "a split of the common, payable Dec. 7"), a parenthesis of
    dates right after a noun phrase of action ("in the Battle of the Frontiers (14 August-24 August)"), a person's
    years of life after the name (`_life_label`). None when
    the date modifies no such phrase, or the clause's label tells the phrase already. A date in a participle phrase
    in brackets after a noun, a duration too, gets that noun phrase and phrase (`_bracketed_participle_label`)."""
    around = _Around(*_window(text, sentence, date))  # read once for every shape
    found = _measured_label(text, around, date, label, lang) or _duration_of_label(text, around, date, dates, lang)
    if found is None and axis:
        found = _possessed_label(text, around, date, label, lang) \
            or _named_label(text, around, date, label, lang) \
            or _dated_compound_label(text, around, date, label, lang) \
            or _date_adjective_label(text, around, date, label, lang) \
            or _parenthesis_label(text, sentence, date, dates, label, lang) \
            or _aside_label(text, sentence, date, label, lang) \
            or _bracketed_participle_label(text, sentence, date, lang) \
            or _reduced_relative_label(text, around, date, dates, lang) \
            or _life_label(text, sentence, date, lang) \
            or _agent_phrase_label(text, around, date, label, lang)
    elif found is None:  # "the bridge (closed for two weeks in 2019)": a duration in the participle phrase too
        found = _bracketed_participle_label(text, sentence, date, lang)
    return found


def _told(label: str, word: str) -> bool:
    """Whether `label` holds `word` (as a word, in any case): the clause's label tells the phrase it heads."""
    word = _bare(word).lower()
    return any(_bare(token.strip("…")).lower() == word for token in label.split())


def _as_written(text: str, start: int, end: int, complement: list[str] | None = None) -> str:
    """The text from `start` to `end` (and the words of a `complement` after it) as a label: its trailing
    punctuation off, its first letter a capital."""
    label = " ".join(text[start:end].split() + (complement or [])).rstrip(" ,;:")
    return label[:1].upper() + label[1:]


def _number(word: str, lang: str | None) -> bool:
    """Whether `word` is a number: a figure, or a word of the language's number table ("two", "twenty-five")."""
    numbers = pack_table(lang, "number")
    return word[:1].isdigit() or all(part.lower() in numbers for part in word.split("-"))


def _possessor(word: str, lang: str | None) -> bool:
    """Whether `word` is a noun's possessive ("Albright's"), a determiner of the noun after it."""
    possessive: str = _pack(lang).get("possessive", "")
    return bool(possessive) and re.fullmatch(r"[^\W\d_][\w.&-]*(?:" + possessive + ")", word + " ") is not None


def _measured_label(text: str, around: _Around, date: Span, label: str, lang: str | None) -> str | None:
    """`modifier_label` for a measure adjective of time between a noun's determiner (or possessive) and the noun
    ("after a 16-hour flight", "the 23-year Israeli occupation of land"): the noun phrase, its complement tied by
    a preposition too. The adjective says how long what the noun names lasted: the date is that phrase's."""
    shape = _pack(lang).get("measure_adjective")
    measure = re.fullmatch(shape, text[date[0]:date[1]]) if shape else None
    if measure is None or not _number(measure.group("number"), lang):
        return None
    before, window, opens = around
    rule = _label_rules(lang)
    if not before or not (_is_determiner(before[-1].group(), rule) or _possessor(before[-1].group(), lang)):
        return None
    head = None
    ended = False
    for count, token in enumerate(itertools.islice(TOKEN.finditer(text, date[1], window[1]), MEASURE_WORDS + 1)):
        word = token.group()
        bare = _bare(word)
        if not bare or bare != word.rstrip(",;:.") or bare.lower() in rule.stopwords | rule.all_prepositions \
                | rule.clause_words | rule.determiners or is_finite([bare], 0, lang):
            ended = True  # a function word, a quote or bracket, a verb: the noun phrase ended before
            break
        if count == MEASURE_WORDS:
            break  # a fourth plain word: no noun phrase whose head is sure
        head = token
        if word != bare:
            ended = True  # "a 16-hour flight,": a punctuation mark closes the phrase
            break
    if head is None or not ended:
        return None
    preceding = [_bare(token.group()).lower() for token in before[:-1]]
    start = before[-1].start()
    if _sequence_end(preceding, lang) is None:
        phase = len(before) > 3 and preceding[-1] in rule.noun_links \
            and preceding[-2] in _words(lang, "phase_nouns") and _is_determiner(before[-4].group(), rule)
        if not (phase or is_event_noun(head.group(), lang)) or all(
                _told(label, word) for word in text[date[1]:head.end()].split()):
            return None  # "He led a 10-hour tour of the sites": the clause tells the noun's event
        if phase:
            start = before[-4].start()  # "the end of a two-year boom": the boom ends at the phase
        if _governing(before, len(before) - (4 if phase else 1), rule, lang, opens) == "opening":
            return None  # "At the end of a two-week visit, he signed …": the clause's event happened then
    complement = _complement(text, head.end(), window[1], lang, prepositions=True) \
        if head.group() == _bare(head.group()) else []
    return _as_written(text, start, head.end(), complement)


DURATION_PHRASE_WORDS = 8  # words of the noun phrase a duration measures: "of loyalty to the British royal family"


def _duration_of_label(text: str, around: _Around, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`modifier_label` for a duration (its last word a unit of time of the language's `unit` table) after a
    preposition of sequence, maybe one word between ("after roughly four years"), and before a noun link and a
    noun phrase with no determiner ("after two years of semi-secret support", "au terme de trois ans de
    tractations"): the duration is how long the activity the phrase names went on, and the clause's event follows
    or precedes it, so the date is that phrase's. The label is the phrase as written, from the word after the
    preposition to the noun phrase's end (a punctuation mark, a finite verb, a pronoun, a relative pronoun or
    subordinator, a determiner no preposition governs), within DURATION_PHRASE_WORDS words. Not with a determiner
    after the link ("within a week of his capture", "after the first two months of the war"): a distance from an
    event, or a part of a period the clause's event falls in. Any preposition will do in a phrase that introduces
    the sentence and ends with its comma (`_introducing`: "Turning its back on 210 years of loyalty to …, the
    convention voted"): the main clause after it tells another event."""
    units = pack_table(lang, "unit")
    written = text[date[0]:date[1]].split()
    if not written or _bare(written[-1]).lower() not in units:
        return None
    before, window, opens = around
    preceding = [_bare(token.group()).lower() for token in before]
    rule = _label_rules(lang)
    start, approximated = date[0], 0
    found = _sequence_end(preceding, lang)
    if found is None:  # "after roughly four years", "après près de trois ans": a word of approximation between
        size = next((size for size in (2, 1) if len(before) > size
                     and " ".join(preceding[-size:]) in pack_words(lang, "figures", "approximators")), None)
        if size is not None and before[-1].group() == _bare(before[-1].group()):
            found = _sequence_end(preceding[:-size], lang)
            start, approximated = before[-size].start(), size
    # "Turning its back on 210 years of loyalty to …, the convention voted": any preposition of a phrase that
    # introduces the sentence (`_introducing`)
    introducing = found is None and opens and _introducing(before[:len(before) - approximated], rule, lang)
    if found is None and not introducing:
        return None
    following = list(itertools.islice(TOKEN.finditer(text, date[1], window[1]), DURATION_PHRASE_WORDS + 2))
    if len(following) < 2:
        return None
    link = following[0].group()
    elided = next((word for word in rule.noun_links if word.endswith(("'", "’")) and link.lower().startswith(word)
                   and len(link) > len(word)), None)  # "trois ans d'efforts": the link elided before the noun
    if elided is None and (link != _bare(link) or link.lower() not in rule.noun_links
                           or link.lower() in rule.determiners):
        return None  # "des", "du": a link with an article in it
    phrase = following[:] if elided else following[1:]
    first = phrase[0].group()[len(elided):] if elided else phrase[0].group()
    if _bare(first).lower() in rule.determiners | rule.pronouns or _in_date(dates, phrase[0].start()):
        return None  # "within a week of his capture", "the first nine months of 1997"
    end = None
    for count, token in enumerate(phrase):
        word = token.group()
        bare = _bare(word).lower()
        if count and (bare in rule.pronouns | rule.relatives or rule.subordinate.fullmatch(bare)
                      or is_finite([_bare(t.group()) for t in phrase], count, lang)
                      or bare in rule.determiners and _bare(phrase[count - 1].group()).lower()
                      not in rule.all_prepositions):
            break  # a clause of its own, or the main clause's subject: "after two years of talks the parties …"
        if count == DURATION_PHRASE_WORDS:
            return None  # a phrase too long to be sure where it ends
        end = token.end()
        if word != _bare(word):
            end = token.start() + len(word.rstrip(",;:.!?)»\"'”"))
            break
    if end is None or end <= phrase[0].start():
        return None
    if introducing and not text.startswith(",", end):
        return None  # an introductory phrase is set off by its comma from the main clause after it
    return _as_written(text, start, end)


def _introducing(before: list[re.Match[str]], rule: _LabelRules, lang: str | None) -> bool:
    """For `_duration_of_label`: whether the words `before` a duration, from its sentence's start, end in a
    preposition and hold no finite verb: the duration stands in a phrase that introduces the sentence, before its
    main clause ("Turning its back on 210 years of loyalty …, the convention voted"), and measures what that phrase
    names, not the main clause's event."""
    return bool(before) and before[-1].group() == _bare(before[-1].group()) \
        and before[-1].group().lower() in rule.all_prepositions \
        and not has_finite([_bare(token.group()) for token in before], lang)


def _possessed_label(
    text: str, around: _Around, date: Span, label: str, lang: str | None
) -> str | None:
    """`modifier_label` for a date's possessive before a noun of action anywhere in the sentence ("said last
    month's discovery of a rifle was a breakthrough"; after a preposition of sequence, `event_noun_label`'s):
    the noun phrase, the language's definite article in the possessive's place, as `_prenominal_label` builds it
    for a date between determiner and noun (the noun alone too: the possessive dates it whatever the clause's
    verb), and kept back where the clause's event may be the date's (a phrase a preposition opening the clause
    governs, a subject whose verb follows, a phrase the clause's label tells after a verb in the past or future)."""
    possessive = _pack(lang).get("possessive")
    found = re.match(possessive, text[date[1]:date[1] + 4]) if possessive else None
    if found is None:
        return None
    before, window, opens = around
    rule = _label_rules(lang)
    noun = _noun_after_date(text, window, (date[0], date[1] + found.end()), rule, lang) \
        or _object_noun(text, window, date[1] + found.end(), rule, lang)
    if noun is None:
        return None
    phrase, head = noun
    complement = []
    if head.group() == _bare(head.group()):
        complement = _complement(text, head.end(), window[1], lang, prepositions=True) \
            or _linked_complement(text, head.end(), window[1], lang)
    following = text[head.end():window[1]].split(maxsplit=len(complement) + 1)[len(complement):]
    if following and _bare(following[0]).lower() in rule.coordinators:
        complement = []  # "between the boy and his grandmothers": the complement goes on past a coordinator
    governed = _governing(before, len(before), rule, lang, opens)
    if governed in ("sequence", "opening"):
        return None  # "after Thursday's ruling", "In Monday's speech, he …": the clause's event is at or after it
    # elsewhere the possessive, the noun's determiner, dates the noun, alone too ("not working for anyone in this
    # year's campaign": "The campaign")
    if _told(label, head.group()):
        # "The offer, advertised in today's editions of the paper": the clause tells the phrase, and its verb, in
        # the past or the future, may be at its date; one in the present or present perfect is not ("The mayor has
        # reviewed Monday's shooting of a guard")
        words = [token.group() for token in before]
        verb = _verb_before(words, len(words), rule, lang)
        # from VERB_WORDS before that verb: its finite auxiliary ("has reviewed"), or the finite verb of a
        # participle or gerund after it ("kept up its criticism of the handling of")
        told = words[max(verb - VERB_WORDS, 0):] if verb is not None else []
        after = _clause_rest(text[head.end():window[1]]) if rule.verb_final else []  # a verb-final participle
        if _tensed(told, after, lang):
            return None
    if governed is None and _alone(before, len(before), rule, opens) and head.group() == _bare(head.group()) \
            and _verb_follows(text, head.end(), window[1], complement, lang):
        return None  # "Thursday's decision of the court made it clear …": the subject's verb tells its event
    return _labelled([_pack(lang)["definite_article"]] + phrase + complement, lang)


def _object_noun(text: str, window: Span, start: int, rule: _LabelRules, lang: str | None) -> tuple[
        list[str], re.Match[str]] | None:
    """For `_possessed_label`: the noun right after a date's possessive (at `start`) that takes its object by one
    of the pack's `possessive_object_links` ("last month's discovery of a rifle"), as (its words, its token): a
    noun with a date in its determiner's place and an object is a clause told as a noun, its verb's event dated, a
    noun of action whether or not it is a listed one. None when the word after the possessive is no plain
    lower-case noun (a function word, a verb, a figure, a name) or no such link follows it."""
    links = _words(lang, "possessive_object_links")
    if not links:
        return None
    tokens = list(itertools.islice(TOKEN.finditer(text, start, window[1]), 3))
    if len(tokens) < 3:
        return None
    noun, link = tokens[0].group(), tokens[1].group()
    if noun != _bare(noun) or not noun[:1].islower() or not noun.isalpha() \
            or noun.lower() in rule.stopwords | rule.clause_words | rule.determiners | rule.all_prepositions \
            or is_finite([noun], 0, lang) or link.lower() not in links or link != _bare(link):
        return None
    return [noun], tokens[0]


def _linked_complement(text: str, start: int, end: int, lang: str | None) -> list[str]:
    """The complement a noun's link ties to it ("of a hidden rifle"), up to the word that opens a phrase or
    clause of its own (a preposition, a function word, a verb), within COMPLEMENT_WORDS words, none of them
    punctuated (a comma may run through a name: "of a Birmingham, Ala., clinic"); else nothing."""
    rule = _label_rules(lang)
    words = text[start:end].split(maxsplit=COMPLEMENT_WORDS + 2)[:COMPLEMENT_WORDS + 2]
    if not words or words[0] != _bare(words[0]) or words[0].lower() not in rule.noun_links:
        return []
    for k in range(1, len(words)):
        bare = _bare(words[k])
        if k > 1 and (bare.lower() in rule.all_prepositions | rule.clause_words | rule.stopwords
                      or is_finite(words, k, lang) or rule.participles.fullmatch(bare)):
            return words[:k]  # "of a hidden rifle near the house", "of a rifle buried …"
        if words[k] != bare or k > COMPLEMENT_WORDS:
            return []
    return []


def _date_adjective_label(text: str, around: _Around, date: Span, label: str, lang: str | None) -> str | None:
    """`modifier_label` for a date that is the complement of an adjective after a noun phrase (`date_adjectives`:
    "a 10% stock dividend, payable Dec. 15", "notes due 2009"): what the adjective says of the phrase holds at
    the date. The label is the noun phrase (from its determiner or figure, over its complements) with the
    adjective and the date, as the sentence writes them."""
    shape = _pack(lang).get("date_adjectives")
    before = around.before
    if not shape or len(before) < 3:
        return None
    adjective = before[-1].group()
    if adjective != _bare(adjective) or not re.fullmatch(shape, adjective.lower()) or _told(label, adjective):
        return None
    rule = _label_rules(lang)
    words = [token.group() for token in before[:-1]]
    if not words[-1].rstrip(",") == _bare(words[-1]) or _bare(words[-1]).lower() in rule.stopwords \
            | rule.clause_words | rule.determiners or is_finite(words, len(words) - 1, lang):
        return None  # "is payable Jan. 2": the adjective is the clause's predicate
    start = _modified_start(words, rule, lang)
    if start is None:
        return None
    return _as_written(text, before[start].start(), date[1])


def _modified_start(words: list[str], rule: _LabelRules, lang: str | None) -> int | None:
    """Where the noun phrase that ends with the last of `words` starts: at its determiner or figure, read back
    over its complements ("a 3-for-2 split of the common", "$100 million of senior notes") and the determiners and
    figures before its noun ("its 6 1/4% convertible debentures"), CHAIN_WORDS words at most; None without one."""
    stops = _chain_stops(lang)
    start = None
    searching = True  # for a determiner: at the phrase's end, and after a link to a noun before
    last = len(words) - 1
    for k in range(last, max(last - CHAIN_WORDS, -1), -1):
        word = words[k]
        bare = _bare(word).lower()
        if k < last and word != _bare(word) and not (word.endswith(".") and _abbreviated(word, lang)) \
                or bare in stops or is_finite(words, k, lang) and not (k and _determines(words[k - 1], rule, lang)):
            break  # a verb's shape after a determiner or figure is a noun: "a 3-for-2 split"
        if _is_determiner(word, rule) and k > 1 and words[k - 1] == _bare(words[k - 1]) \
                and _determines(words[k - 2], rule, lang) and not _determines(words[k - 1], rule, lang):
            continue  # "five cents a share": an article between a figure's unit and the noun it counts by
        elided = re.match(r"\w+['’](?=\w)", bare)  # "l'agence": the article elided into the noun
        if _determines(word, rule, lang) or elided and elided.group().replace("’", "'") in rule.determiners:
            start, searching = k, False
        elif searching and bare in rule.all_prepositions - rule.noun_links:
            break  # "grâce à l'agence": a preposition before the phrase
        elif not searching:
            if bare not in rule.noun_links:
                break  # the phrase's determiner was found, and no link ties it to a noun before
            searching = True
    return start


def _determines(word: str, rule: _LabelRules, lang: str | None) -> bool:
    """Whether `word` opens a noun phrase as its determiner or figure ("the", "$100", "3-for-2", "five")."""
    return _is_determiner(word, rule) or re.match(r"\W?\d", _bare(word)) is not None or _number(_bare(word), lang)


def _parenthesis_label(
    text: str, sentence: Span, date: Span, dates: list[Span], label: str, lang: str | None
) -> str | None:
    """`modifier_label` for a date in a parenthesis that holds nothing but dates, right after a noun phrase of
    action ("in the Battle of the Frontiers (14 August-24 August)", "the capture of the island (May 1950)"): the
    parenthesis says when what the phrase names happened. The label is the noun phrase, from its determiner."""
    if not _pack(lang).get("dates_in_parentheses"):
        return None
    opening = text.rfind("(", max(sentence[0], date[0] - PARENTHESIS_CHARS), date[0])
    closing = text.find(")", date[1], min(sentence[1], date[1] + PARENTHESIS_CHARS))
    if opening < 0 or closing < 0:
        return None
    rest = text[opening + 1:closing]
    for first, last in reversed(_within(dates, (opening + 1, closing))):  # sorted: a bisection, not every date
        rest = rest[:first - opening - 1] + " " + rest[last - opening - 1:]
    rule = _label_rules(lang)
    if any(not rule.range_between.fullmatch(part) and part not in "-–—,"
           for part in rest.split()) or "(" in rest or ")" in rest:
        return None  # words besides dates: "(now Volgograd)", "(active 1910-1919)"
    before, _, opens = _window(text, sentence, (opening, opening))
    words = [token.group() for token in before]
    if not words or words[-1] != _bare(words[-1]):
        return None
    start = _modified_start(words, rule, lang)
    if start is None:
        return None
    heads = [word for word in words[start:] if word == _bare(word) and is_event_noun(word, lang)]
    governing = _governing(before, start, rule, lang, opens)
    if not heads or _told(label, heads[0]) and governing != "sequence":
        # "Meade defeated Lee at the Battle of Gettysburg (July 1 to July 3, 1863)": told; "after the Siege of X
        # (1915-16), the army reorganised" tells the siege only as the time its own event came after
        return None
    if governing == "opening":
        return None  # "In the Battle of X (August 1950), the army withstood …": the clause's event happened in it
    return _as_written(text, before[start].start(), before[-1].end())


# years of a life: "(1898-1976)", "– 1170-1230"
LIFE_SPAN = re.compile(r"\s*[(–—-]?\s*(\d{3,4})\s*[-–]\s*(\d{3,4})\s*\)?")
LIFE_CHARS = 16  # characters from the opening bracket or dash to the second year: "– 1170-1230"
_NAME_WORD = rf"(?:[a-zäöüß]{{1,3}}-)?{_NAME_TOKEN}"  # "Fuhg", "al-Qadir"
# A ruler's number after the name ("Louis XIV", "Wilhelm II."): years after it are usually those of the reign.
REGNAL_NUMBER = re.compile(r"[IVX]{1,5}\.?")
# a person's name right before its years: capitalised words, short particles between them ("von der")
NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:[a-zäöüß]{{1,3}}\s+)*{_NAME_WORD})*\s*$")
WORD = re.compile(r"\S+")
MARKER_CHARS = 40  # characters before a word that `_after_marker` reads: "vom ostpreußischen Künstler"
LIFE_YEARS = (30, 110)  # years between a person's birth and death; a reign or a term of office is mostly shorter


def _life_label(text: str, sentence: Span, date: Span, lang: str | None) -> str | None:
    """`modifier_label` for the years of a person's life written right after the name, in a parenthesis or after a
    dash ("der Künstler Georg Fuhg (1898-1976)", "Walther von der Vogelweide – 1170-1230"): the first year is the
    person's birth, the second the death, not the clause's event. The label is the language's phrase for each
    (`life_events`: "{} geboren", "{} born"), the name in it."""
    events: list[str] = _pack(lang).get("life_events", [])
    if len(events) != 2:
        return None
    spans = (LIFE_SPAN.match(text, opening) for opening in range(max(sentence[0], date[0] - LIFE_CHARS), date[0])
             if text[opening] in "(–—-")
    span = next((span for span in spans if span is not None and date in (span.span(1), span.span(2))
                 and (text[span.start()] != "(" or span.group().rstrip().endswith(")"))), None)
    if span is None:
        return None
    opening = span.start()
    if not LIFE_YEARS[0] <= int(span.group(2)) - int(span.group(1)) <= LIFE_YEARS[1]:
        return None  # "(1914-1918)": a period, no life
    name = _person_before(text, max(sentence[0], opening - WINDOW_CHARS), opening, lang)
    if name is None:
        return None
    return events[span.span(1) != date].format(name)


def _person_before(text: str, start: int, end: int, lang: str | None) -> str | None:
    """The name of a person that ends right before `end`: capitalised words with the short lower-case particles
    between them ("Walther von der Vogelweide", "Abd al-Qadir"), no word of `never_in_names` first; a first word
    after a noun's marker is that common noun, a title ("der Künstler Georg Fuhg"), left out. None when fewer than
    two words are left, or the name is a place's or its last word a noun of action ("der Dreißigjährige Krieg"),
    and where a ruler's title (`reign_titles`) or number goes with the name: the years are then usually a reign's."""
    run = NAME_RUN.search(text, start, end)
    if run is None:
        return None
    rule = _actor_rules(lang)
    tokens = list(WORD.finditer(text, run.start(), run.end()))
    titles = {title.lower() for title in _pack(lang).get("reign_titles", [])}
    before = text[start:run.start()].split()[-1:]
    if any(_bare(word).lower() in titles or REGNAL_NUMBER.fullmatch(word)
           for word in before + [token.group() for token in tokens]):
        return None  # "Kaiser Franz Joseph (1848-1916)", "Louis XIV (1643-1715)": years of a reign, not of a life
    while tokens and (tokens[0].group() in rule.never_in_names or tokens[0].group()[:1].islower()):
        tokens.pop(0)
    if tokens and _after_marker(text, tokens[0].start(), lang):
        tokens.pop(0)  # "vom Künstler Georg Fuhg", "das Deutsche Kaiserreich", "the Third Republic": a common word
        while tokens and tokens[0].group()[:1].islower():
            tokens.pop(0)
    if sum(re.fullmatch(_NAME_WORD, token.group()) is not None for token in tokens) < 2:
        return None
    name = " ".join(token.group() for token in tokens)
    if is_place(name, lang) or is_event_noun(_bare(tokens[-1].group()), lang):
        return None
    return name


def _after_marker(text: str, start: int, lang: str | None) -> bool:
    """Whether the word at `start` follows a determiner (the clause-opening "The" too), or in a language that
    capitalises nouns one of its `noun_markers` with up to two adjectives between: a common noun's place."""
    before = text[max(0, start - MARKER_CHARS):start].split()
    if before and before[-1].lower() in _label_rules(lang).determiners:
        return True
    marker = _actor_rules(lang).noun_marker
    return marker is not None and any(
        match.start(1) == start for match in marker.finditer(text, max(0, start - MARKER_CHARS), start + 1))


def _named_label(text: str, around: _Around, date: Span, label: str, lang: str | None) -> str | None:
    """`modifier_label` for a date between a determiner and the name of an event, where capitals mark names
    (`capitalised_names`): "relations broken during the 1967 Six-Day War", "the 1917 Battle of Arras". The date
    tells when the named event happened: the label is the determiner, the date and the name as written."""
    rule = _label_rules(lang)
    before, window = around.before, around.window
    if not rule.capitalised_names or not before or not _is_determiner(before[-1].group(), rule) \
            or not text[date[0]:date[1]].isdigit():
        return None
    head = None
    end = None
    for count, token in enumerate(itertools.islice(TOKEN.finditer(text, date[1], window[1]), NOUN_GROUP_WORDS + 3)):
        word = token.group()
        bare = _bare(word)
        if head is not None and bare.lower() in rule.noun_links and word == bare:
            continue  # "Battle of Arras": the name goes on after its link
        if not bare[:1].isupper() or bare != word.rstrip(",;:.)") or count > NOUN_GROUP_WORDS + 1:
            break
        end = token.end() - (len(word) - len(bare))
        if is_event_noun(bare, lang):
            head = bare
        if word != bare:
            break
    if head is None or end is None or _told(label, head):
        return None  # "The war ended with the 1784 Treaty of Mangalore": no event's name; told already
    return _as_written(text, before[-1].start(), end)


ASIDE_WORDS = 12  # words of a parenthesis that describes the noun before it: "(territory now known as the …)"


def _aside_label(text: str, sentence: Span, date: Span, label: str, lang: str | None) -> str | None:
    """`modifier_label` for a date in a parenthesis that is a noun phrase with a participle phrase
    (`participles_after_noun`), no clause of its own: "a portion of the land (territory now known as the
    Cession)". What the participle says of the noun holds at the date: the label is the parenthesis."""
    shape = _pack(lang).get("participles_after_noun")
    if not shape or not _pack(lang).get("dates_in_parentheses"):
        return None
    brackets = _brackets_around(text, sentence, date, WINDOW_CHARS)
    if brackets is None:
        return None
    opening, closing = brackets
    words = text[opening + 1:closing].split()
    rule = _label_rules(lang)
    if not 2 < len(words) <= ASIDE_WORDS or not words[0][:1].islower() or has_finite(words, lang) \
            or _bare(words[0]).lower() in rule.stopwords | rule.clause_words - rule.determiners:
        return None  # "(now Volgograd)", "(active 1910-1919)", "(which began in 1914)"
    participles = [word for word in words[1:] if word == _bare(word) and re.fullmatch(shape, word)]
    if not participles or any(word != _bare(word) for word in words[:-1]) or _told(label, participles[0]):
        return None
    return _as_written(text, opening + 1, closing)


def _bracketed_participle_label(text: str, sentence: Span, date: Span, lang: str | None) -> str | None:
    """`modifier_label` for a date in a parenthesis that a participle opens right after a noun phrase (a reduced
    relative clause in brackets; a past participle, `participles_after_noun`, or a present one, `[labels]
    trailing_participles`): "the peninsula (lost in 1986 to the rebels)", "le stade (construit en 1932)", "the
    show (airing on May 3)". The participle's event is the date's, not the clause's around the brackets (whose
    label may hold the parenthesis, told of no date): the label is the noun phrase with the parenthesis, as
    written. None where a comma sets the date off from the participle ("(named after X, governor from 1891 to
    1905)": the date is an apposition's) or a finite verb follows it (a clause of its own)."""
    shapes = _bracket_participles(lang)
    brackets = _brackets_around(text, sentence, date, WINDOW_CHARS) if shapes else None
    if shapes is None or brackets is None:
        return None
    opening, closing = brackets
    inner = text[opening + 1:date[0]].split()
    words = text[opening + 1:closing].split()
    if not inner or not shapes.fullmatch(inner[0]) or any(word != _bare(word) for word in inner) \
            or has_finite(words[1:], lang):
        return None
    before = text[max(sentence[0], opening - WINDOW_CHARS):opening].split()
    rule = _label_rules(lang)
    if not before or before[-1] != _bare(before[-1]) \
            or _bare(before[-1]).lower() in rule.stopwords | rule.clause_words | rule.all_prepositions:
        return None
    start = _modified_start(before, rule, lang)
    if start is not None and start > 1 and _bare(before[start - 1]).lower() in rule.all_prepositions - rule.noun_links \
            and _plain_noun(before, start - 2, rule, lang):
        # "relations with the government (broken in 1967)": the participle may tell the noun the phrase complements;
        # that noun's phrase starts at its determiner, or at the noun itself right after a verb
        outer = _modified_start(before[:start - 1], rule, lang)
        if outer is not None:
            start = outer
        elif start > 2 and (is_finite(before, start - 3, lang) or rule.participles.fullmatch(before[start - 3])):
            start -= 2
    if start is None:
        return None
    phrase = " ".join(before[start:] + words)
    return phrase[:1].upper() + phrase[1:]


@cache
def _bracket_participles(lang: str | None) -> re.Pattern[str] | None:
    """The shapes of the participles that open a parenthesis after a noun (`_bracketed_participle_label`): past
    and present; None for a language whose pack leaves dates in parentheses out."""
    past = _pack(lang).get("participles_after_noun")
    if not past or not _pack(lang).get("dates_in_parentheses"):
        return None
    return any_pattern([past, *sorted(pack_words(lang, "labels", "trailing_participles"))])


def _plain_noun(words: list[str], k: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether words[k] may be a noun: no punctuation on it, no closed class, no finite verb."""
    word = words[k]
    return word == _bare(word) and word.lower() not in rule.stopwords | rule.clause_words | rule.all_prepositions \
        and not is_finite(words, k, lang)


ABSOLUTE_WORDS = 20  # words of an absolute phrase opening a sentence, from its preposition to its comma
ABSOLUTE_NOUN_WORDS = 6  # words of its noun phrase: "his armed forces", "the bridge of the river"


def absolute_phrase(text: str, sentence: Span, date: Span, lang: str | None) -> Span | None:
    """The noun phrase and predicate of an absolute phrase that opens the sentence (maybe after a leading
    connective) and holds the date: a preposition of `absolute_prepositions`, a noun phrase, and a predicate up to
    the comma that closes the phrase: a participle, or a word of `absolute_predicates` (an adverb of time or a
    preposition of place: "With prices now rising in every region, the bank raised rates", "But with 20 senators
    now in office, …"). What the predicate says of the noun held at the date, not the main clause's event: the
    label is the phrase without its preposition. The predicate must say more than the date and the words that
    govern it ("With the election in November, …" names no state). None when there is no such phrase."""
    prepositions = pack_words(lang, "verbs", "absolute_prepositions")
    predicates = pack_words(lang, "verbs", "absolute_predicates")
    shape = _pack(lang).get("participles_after_noun")
    if not prepositions or not predicates or not shape:
        return None
    rule = _label_rules(lang)
    tokens = list(re.finditer(r"\S+", text[sentence[0]:sentence[1]]))
    first = 1 if tokens and _bare(tokens[0].group()).lower() in rule.loose else 0
    if len(tokens) <= first + 3 or _bare(tokens[first].group()).lower() not in prepositions \
            or tokens[first].group().endswith(","):
        return None
    comma = next((k for k in range(first + 1, min(len(tokens), first + ABSOLUTE_WORDS))
                  if tokens[k].group().endswith((",", ";", ":"))), None)
    start, end = date[0] - sentence[0], date[1] - sentence[0]
    if comma is None or not tokens[comma].group().endswith(",") or not tokens[first].end() < start \
            or end > tokens[comma].end():
        return None
    words = [_bare(token.group()) for token in tokens[first + 1:comma + 1]]

    def opens_predicate(k: int) -> bool:  # (a participle after a determiner describes its noun: "his armed forces")
        word = words[k]
        return word.lower() in predicates or word.islower() and (
            rule.participles.fullmatch(word) is not None or re.fullmatch(shape, word) is not None) \
            and not _is_determiner(words[k - 1], rule)

    predicate = next((k for k in range(1, min(len(words), ABSOLUTE_NOUN_WORDS + 1)) if opens_predicate(k)), None)
    # (a noun's link may stand in the noun phrase: "the bridge of the river"; another preposition opens a predicate)
    if predicate is None or any(word.lower() in rule.all_prepositions - rule.noun_links or is_finite(words, k, lang)
                                for k, word in enumerate(words[:predicate])):
        return None
    opening = tokens[first + 1 + predicate].start()
    governing = predicates | rule.all_prepositions
    told = [word for token, word in zip(tokens[first + 1 + predicate:comma + 1], words[predicate:])
            if (token.end() <= start or token.start() >= end) and word.lower() not in governing]
    if start < opening or not told:
        return None
    return sentence[0] + tokens[first + 1].start(), sentence[0] + tokens[comma].end() - 1


AGENT_WORDS = 8  # words from a passive's agent to its date: "by a stray bullet on a city street last year"
APPOSITION_WORDS = 5  # words of a name set off by commas after the agent's noun: "by its owner, Acme Holding Co., …"


def _participle_at(before: list[re.Match[str]], shape: str, rule: _LabelRules, lang: str | None) -> int | None:
    """For `_reduced_relative_label`: where the participle that the date's phrase opens stands among the words
    `before` the date: right before a preposition that governs the date ("created in 1955"), right before the date
    ("released Wednesday"), or before its passive's agent (`[verbs] agent_prepositions`: "killed by police on
    Saturday"), no punctuation or finite verb between."""
    words = [token.group() for token in before]

    def participle(k: int) -> bool:
        return k > 0 and words[k] == _bare(words[k]) and re.fullmatch(shape, words[k]) is not None

    last = len(words) - 1
    if words[last].lower() in rule.prepositions - rule.limits and participle(last - 1):
        return last - 1
    if participle(last):
        return last
    agent = _agent_before(words, AGENT_WORDS, frozenset(), lang)
    return agent - 1 if agent is not None and participle(agent - 1) else None


def _agent_before(words: list[str], reach: int, stops: frozenset[str], lang: str | None) -> int | None:
    """Where a passive's agent word (`[verbs] agent_prepositions`: "by") stands among the last `reach` words of
    `words` (never the first), with no punctuation, finite verb or word of `stops` from it to their end but the
    commas of a name in apposition to the agent's noun, its words not counted ("by its owner, Acme Holding Co., to
    its banks last May"); None where there is none."""
    agents = pack_words(lang, "verbs", "agent_prepositions")
    aside, skipped = False, 0  # inside an apposition set off by commas after the agent's noun; its words
    for k in range(len(words) - 1, 1, -1):
        word, bare = words[k], _bare(words[k])
        if len(words) - 1 - k - skipped >= reach or bare.lower() in stops or is_finite(words, k, lang):
            return None
        if aside and word == bare + "," and bare.islower():
            if not words[k + 1][:1].isupper():
                return None  # "by troops, killing four of them, on Monday": a clause of its own, no name
            aside = False  # the opening comma, after the agent's noun: "by its owner, Acme Co., to …"
        elif aside or not skipped and word.endswith(",") and word.rstrip(",.") == bare:
            # the apposition's words back from its closing comma (an abbreviation's point before it: "Co.,")
            if aside and word != bare or skipped == APPOSITION_WORDS:
                return None
            aside, skipped = True, skipped + 1
        elif word != bare:
            return None
        elif bare in agents:  # (lower case: "By" opens a sentence)
            return k
    return None


def _reduced_relative_label(text: str, around: _Around, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`modifier_label` for a date in a participle phrase set off by a comma after a noun phrase of the clause (a
    reduced relative clause, `participles_after_noun`): "through the agency, created in 1955", "the Rural Office
    (ORA), created in 1955", "to appeal the decision, announced Wednesday by …", "for the boy, killed by police on
    Saturday" (`_participle_at`). The participle's event is the date's, told of the noun phrase: the label is the
    noun phrase with the participle phrase as the sentence writes them (the participle alone would leave a hole)."""
    shape = _pack(lang).get("participles_after_noun")
    before = around.before
    if not shape or len(before) < 4:
        return None
    rule = _label_rules(lang)
    at = _participle_at(before, shape, rule, lang)
    if at is None or POSSESSIVE_AFTER.match(text, date[1]) or _in_date(dates, before[at].start()):
        return None  # "advertised in today's editions": the date is a noun's possessive; "mardi vers 21 h": a date
    words = [token.group() for token in before[:at]]
    end = len(words) - 1
    if not words[end].endswith(","):
        return None
    if words[end].rstrip(",").endswith(")"):  # "the Rural Office (ORA), created in 1955": over the parenthesis
        end = next((k - 1 for k in range(end, max(end - ASIDE_WORDS, -1), -1) if words[k].startswith("(")), -1)
    if end < 0 or words[end] != _bare(words[end]) and not words[end].endswith(",") \
            or _bare(words[end]).lower() in rule.stopwords | rule.clause_words:
        return None
    start = _modified_start(words[:end] + [_bare(words[end])], rule, lang)
    if start is None or _verb_before(words, start, rule, lang) is None:
        return None  # "Madero, a man from Coahuila, stated in 1910 that …": the clause's own verb
    opened = start
    while opened > 0 and words[opened - 1] == _bare(words[opened - 1]):
        opened -= 1
    if any(_bare(word).lower() in (rule.relatives - rule.determiners) | rule.clause_subordinators
           or rule.dependent.fullmatch(_bare(word).lower()) for word in words[opened:start]):
        return None  # "The general, who had drilled troops all winter, attacked in …": the comma closes a clause
    return _as_written(text, before[start].start(), date[1])


def _agent_phrase_label(text: str, around: _Around, date: Span, label: str, lang: str | None) -> str | None:
    """`modifier_label` for a date after a participle and its agent right after a noun, with no comma (a reduced
    relative clause: `participles_after_noun`, `[verbs] agent_prepositions`): "a provision in a bill signed by the
    president on March 11 allows …", "the mother of a girl hit by a stray bullet last year said …". The agent
    marks the participle as a passive's; the participle's event is the date's. The label is the noun phrase with
    the participle phrase as the sentence writes them, cut after the agent's first words when too long for the
    chart. The clause keeps its label where it tells the participle (the participle may be its verb, or its verb
    the date's as well: "a poll published by the paper on Sunday said …"), unless a preposition governs the noun;
    and where a verb of report stands before the phrase ("said … in a statement issued by the club on Monday": the
    report is the date's event too)."""
    shape = _pack(lang).get("participles_after_noun")
    rule = _label_rules(lang)
    words = [token.group() for token in around.before]
    if not shape or POSSESSIVE_AFTER.match(text, date[1]) or words and _is_determiner(words[-1], rule):
        return None  # "by the Christmas Offensive", "by last year's flood": the date is part of the agent's noun
    # the agent's phrase ends at a punctuation mark, and a clause of its own has a verb
    agent = _agent_before(words, AGENT_WORDS + 1, rule.relatives | rule.clause_subordinators, lang)
    if agent is None:
        return None
    participle, noun = words[agent - 1], words[agent - 2]
    if participle != _bare(participle) or not re.fullmatch(shape, participle) \
            or noun != _bare(noun) or noun.lower() in rule.stopwords | rule.clause_words | rule.determiners \
            or noun.lower().endswith(rule.adverb_endings):
        return None  # "was signed by", "recently signed by": the clause's own verb; no noun before the participle
    # the participle describes the nearest noun ("the mother of a girl hit by …" tells the girl's event): its
    # phrase starts at its determiner or figure, after adjectives and nouns ("an omnibus spending bill")
    start = next((k for k in range(agent - 2, max(agent - 2 - CHAIN_WORDS, -1), -1)
                  if _determines(words[k], rule, lang)), None)
    if start is None or any(words[k] != _bare(words[k]) or _bare(words[k]).lower() in rule.stopwords
                            | rule.clause_words or is_finite(words, k, lang) for k in range(start + 1, agent - 1)) \
            or any(rule.reporting.fullmatch(_bare(word).lower()) for word in words[:start]):
        return None
    while start and _determines(words[start - 1], rule, lang):
        start -= 1  # "a 10-year-old girl", "the 300 troops"
    if _told(label, participle) and not (start and words[start - 1].lower() in rule.all_prepositions):
        return None  # (a noun a preposition governs is no subject: its participle is no verb of the clause)
    found = _as_written(text, around.before[start].start(), date[1])
    if len(found.split()) <= LABEL_WORDS:
        return found
    # too long for the chart: the phrase without its date, cut after the agent's first words
    kept = _as_written(text, around.before[start].start(), date[0]).split()[:LABEL_WORDS]
    while kept and _bare(kept[-1]).lower() in rule.stopwords | rule.all_prepositions:
        kept.pop()  # (not on a function word: "… a freak wave off the")
    return " ".join(kept).rstrip(",;:") + "…" if len(kept) > agent + 1 - start else None


def _dated_compound_label(text: str, around: _Around, date: Span, label: str, lang: str | None) -> str | None:
    """`modifier_label` for a date between a determiner and a compound of a noun of action and a noun of time
    (`time_nouns`: "by setting a Jan. 14 return date"): the date is the one of the action the compound names, as
    planned or fixed. The label is the phrase as written, the date too (the compound alone tells no date); the
    clause keeps its label where a preposition opening it governs the phrase ("By the 15 May attack date, …")."""
    nouns = _words(lang, "time_nouns")
    before, window, opens = around
    rule = _label_rules(lang)
    if not nouns or not before or not _is_determiner(before[-1].group(), rule):
        return None
    tokens = list(itertools.islice(TOKEN.finditer(text, date[1], window[1]), 2))
    if len(tokens) < 2 or tokens[0].group() != _bare(tokens[0].group()) \
            or not is_event_noun(tokens[0].group(), lang) or _bare(tokens[1].group()).lower() not in nouns \
            or tokens[1].group().rstrip(",;:.") != _bare(tokens[1].group()) or _told(label, tokens[0].group()):
        return None
    if _governing(before, len(before) - 1, rule, lang, opens) in ("sequence", "opening"):
        return None
    return _as_written(text, before[-1].start(), tokens[1].start() + len(_bare(tokens[1].group())))
