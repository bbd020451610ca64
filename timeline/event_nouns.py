"""A date that dates a noun of action, not the verb of its clause: "Nach der Wiederwahl des Bürgermeisters im
Oktober 2015 begann die Stadt mit dem Umbau" dates the re-election, not the start of the works.

The clause's event happens before or after the noun's ("nach", "after", "après" and the like: the pack's
`sequence_prepositions`), so the date that belongs to the noun cannot date the clause. The date belongs to the
noun where the grammar says so: it is tied to the noun by a link that only a noun takes ("die Wahl vom 3. März",
"the flood of 2013", "l'élection du 5 mai": `attribute_links`), or it is a date's possessive in the noun's place
of determiner ("after Thursday's hearing": `possessive`), or the phrase opens the clause and the date stands
inside it, before the clause's comma or (verb-second) its finite verb ("After the vote in May, the council …":
`phrase_links`). A noun of action is one of the pack's `words` (general nouns of news events) or ends in one of
its `endings` (derivations of verbs: "-ung", "-tion"), unless it is one of `not_events`; in a language that
writes compounds as one word (`in_compounds`) a compound ends in its head ("Kommunalwahl"). The label is the
noun phrase alone, its article in the case it has alone (`articles`: "der Wahl" -> "die Wahl"): no word that the
phrase does not hold or its grammar does not give. Pack data: `[event_nouns]` of timeline/resources/events/*.toml.
"""

from __future__ import annotations

import re
from functools import cache

from .clauses import Span
from .event_resources import load, pack_words
from .finite_verbs import is_finite
from .label_rules import _bare, _label_rules, _LabelRules

NOUN_PHRASE_WORDS = 8  # words between the preposition and the date: a noun phrase with one or two complements
_TOKEN = re.compile(r"\S+")


@cache
def _pack(lang: str | None) -> dict:
    return load(lang).get("event_nouns", {})


def _words(lang: str | None, key: str) -> frozenset[str]:
    return pack_words(lang, "event_nouns", key)


def is_event_noun(word: str, lang: str | None) -> bool:
    """Whether `word` names an event (a war, a vote, a re-election): a listed noun of news events, or a noun
    derived from a verb by one of the language's endings, not one of the nouns so derived that name a thing."""
    word = _bare(word).lower()
    word = word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]  # "l'élection"
    pack = _pack(lang)
    things = _words(lang, "not_events")
    if len(word) < 3 or word in things or pack.get("in_compounds") and any(word.endswith(thing) for thing in things):
        return False  # "Landesregierung" as "Regierung"
    nouns = _words(lang, "words")
    if word in nouns or pack.get("in_compounds") and any(word.endswith(noun) for noun in nouns if len(noun) > 3):
        return True
    return any(word.endswith(ending) and len(word) > len(ending) + 2 for ending in pack.get("endings", []))


def event_noun_label(
    text: str, clause: Span, date: Span, dates: list[Span], lang: str | None
) -> str | None:
    """The label of a date that dates a noun of action after a preposition of sequence in `clause` (see the
    module's docstring): the noun phrase, without the preposition and the date; None when there is none, or when
    another of `dates` stands in the phrase (a range's first end: its two ends keep one label)."""
    pack = _pack(lang)
    if not pack.get("sequence_prepositions"):
        return None
    possessive = pack.get("possessive")
    if possessive and re.match(possessive, text[date[1]:date[1] + 4]):
        return _after_date_label(text, clause, date, lang, possessive)  # "after Thursday's hearing"
    preceding = text[clause[0]:date[0]].split()
    if pack.get("date_before_noun") and preceding and _bare(preceding[-1]).lower() in _label_rules(lang).determiners:
        return _after_date_label(text, clause, date, lang, None)  # "after the 1987 crash"
    before = [found for found in _TOKEN.finditer(text, clause[0], date[0])]
    if len(before) < 2:
        return None
    words = [found.group() for found in before]
    # the link before the date, or the date's own first word ("vom 3. März", "du 5 mai" tagged with the date)
    own = next(iter(text[date[0]:date[1]].split(maxsplit=1)), "").lower()  # a span of whitespace has no word
    link = own if own in _words(lang, "attribute_links") | _words(lang, "phrase_links") else words.pop().lower()
    if link in _words(lang, "attribute_links"):
        opening = False
    elif link in _words(lang, "phrase_links"):
        opening = True
    else:  # "After the vote last week, …": a date right after the noun, in a phrase that opens the clause
        opening = True
        words.append(before[-1].group())
    rule = _label_rules(lang)
    if _bare(words[-1]).lower() in rule.stopwords | rule.prepositions | rule.determiners:
        return None  # a word that ties the date to what stands before, of no link a noun takes alone
    at = None
    for k in range(len(words) - 1, max(len(words) - 2 - NOUN_PHRASE_WORDS, -1), -1):
        word = words[k]
        if word != _bare(word) and not word.endswith(("'", "’")) or is_finite(words, k, lang) and k < len(words) - 1:
            return None  # a comma, a quote, a verb: the date is no part of one phrase with the noun
        if _sequence_end(words[:k + 1], lang) is not None:
            at = k
            break
        if _bare(word).lower() in (rule.relatives - rule.determiners) | rule.clause_subordinators:
            return None  # a clause of its own between the preposition and the date
    if at is None or at >= len(words) - 1:
        return None
    phrase = words[at + 1:]
    if not _headed_by_event(phrase, rule, lang) or any(
            before[at].end() <= start < date[0] for start, _ in dates):
        return None
    after = text[date[1]:clause[1]]
    if opening and not _opens_clause(text, clause, before[at].start(), after, lang):
        return None
    if _subject_of_clause(after, lang):
        return None  # "after the flood of 2013 had closed it": a clause, whose label is its own
    return _labelled(phrase, lang)


def _sequence_end(words: list[str], lang: str | None) -> int | None:
    """The index where a preposition of sequence ends `words` ("after", "ahead of") starts; None without one."""
    tail = [_bare(word).lower() for word in words[-SEQUENCE_WORDS:]]
    for size in range(min(len(tail), SEQUENCE_WORDS), 0, -1):
        if " ".join(tail[-size:]) in _words(lang, "sequence_prepositions"):
            return len(words) - size
    return None


SEQUENCE_WORDS = 4  # the longest preposition of sequence: "in the wake of"


def _after_date_label(text: str, clause: Span, date: Span, lang: str | None, possessive: str | None) -> str | None:
    """A noun of action after its date, the date its possessive ("after Thursday's hearing") or, where the
    language puts a date there (`date_before_noun`), between its article and it ("after the 1987 crash"), the
    phrase right after a preposition of sequence: the noun, with the language's definite article
    (`definite_article`) in the possessive's place (a determiner, as the possessive is), or its own article."""
    before = text[clause[0]:date[0]].split()
    article = None
    if possessive is None:
        article, before = _bare(before[-1]), before[:-1]
    if not before or _sequence_end(before, lang) is None:
        return None
    found = re.match(possessive or r"\s*", text[date[1]:clause[1]])
    if found is None:
        return None
    phrase = []
    for token in _TOKEN.finditer(text, date[1] + found.end(), clause[1]):
        word = token.group()
        phrase.append(_bare(word) if word != _bare(word) else word)
        if word != _bare(word) or len(phrase) >= 3 or is_event_noun(word, lang):
            break
    if not phrase or not is_event_noun(phrase[-1], lang):
        return None
    if _subject_of_clause(text[token.end():clause[1]], lang):
        return None  # "after Thursday's hearing ended": a clause, whose label is its own
    phrase += _complement(text, token.end(), clause[1], lang)
    return _labelled([article or _pack(lang)["definite_article"]] + phrase, lang)


COMPLEMENT_WORDS = 4  # "of Kuwait", "of the city's mayor"


def _complement(text: str, start: int, end: int, lang: str | None) -> list[str]:
    """The complement tied to a noun by a noun link right after it ("its 1990 invasion of Kuwait until …"), when
    it ends within COMPLEMENT_WORDS words before a word that opens a phrase or clause of its own, or the
    sentence's end: else nothing ("the bombing of a Birmingham, Ala., clinic" would lose its noun)."""
    rule = _label_rules(lang)
    words = text[start:end].split(maxsplit=COMPLEMENT_WORDS + 2)
    if not words or _bare(words[0]).lower() not in rule.noun_links:
        return []
    for k in range(1, min(len(words), COMPLEMENT_WORDS + 2)):
        word = words[k]
        if word != _bare(word):
            return words[:k] + [_bare(word)] if word.endswith(".") and k + 1 == len(words) else []
        if k > 1 and _bare(word).lower() in rule.clause_words - rule.determiners:
            return words[:k]
    return words if len(words) <= COMPLEMENT_WORDS + 1 else []


def _headed_by_event(phrase: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """Whether the noun phrase's head, before any word that ties a complement to it ("des", "of", "by"), is a
    noun of action."""
    head: list[str] = []
    for word in phrase:
        bare = _bare(word).lower()
        if head and (bare in rule.prepositions or bare in rule.noun_links):
            break
        if bare not in rule.determiners:
            head.append(word)
    return any(is_event_noun(word, lang) for word in head[:3])


def _opens_clause(text: str, clause: Span, preposition: int, after: str, lang: str | None) -> bool:
    """Whether the preposition opens `clause` (after nothing but a coordinator) and the phrase ends at the date:
    a comma follows it, or in a verb-second language the finite verb ("Nach der Wahl im Mai trat er zurück")."""
    rule = _label_rules(lang)
    opening = [_bare(word).lower() for word in text[clause[0]:preposition].split()]
    if any(word and word not in rule.coordinators for word in opening):
        return False
    if after.lstrip().startswith(","):
        return True
    following = after.split()
    return rule.verb_second and bool(following) and following[0][:1].islower() and is_finite(following, 0, lang)


def _subject_of_clause(after: str, lang: str | None) -> bool:
    """Whether a finite verb follows the date: the noun phrase is the subject of a clause the preposition opens
    as a subordinator ("after the flood of 2013 had closed it"). A verb-second language's phrase may be followed
    by its clause's verb and is then no subject (see `_opens_clause`)."""
    following = after.split()
    if not following or following[0] != _bare(following[0]) and not following[0][-1:].isalnum():
        return False
    return not _label_rules(lang).verb_second and is_finite(following, 0, lang)


def _labelled(phrase: list[str], lang: str | None) -> str | None:
    """The noun phrase as a label: its first article in the case it has alone, its first letter a capital."""
    articles = _pack(lang).get("articles", {})
    words = list(phrase)
    first = words[0].lower()
    if first in articles:
        words = ([articles[first]] if articles[first] else []) + words[1:]
    if not words:
        return None
    label = " ".join(words).rstrip(" ,;:")
    return label[:1].upper() + label[1:]
