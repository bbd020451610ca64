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

Anywhere else in a sentence (`attribute_label`), a date the grammar ties to a noun of action dates that noun too,
whatever the clause's verb: by a link only a noun takes ("Police examined the declaration of 1899"), between the
noun's determiner and it ("the March 3 shooting of a guard"; in German with a participle's adverbial, "die am 4.
März begonnene Offensive"), or set off by commas after a noun phrase that is the subject of a copula ("The fall of
the fortress, on 3 June 1820, was …"), or closing the noun phrase after the noun's complements, with no verb
between ("follows two decisions by the court last June", "die Zerstörung der Brücke durch die Armee im Mai 2003":
`_chain_label`). The clause keeps its label where it tells the date's event as well (see `attribute_label` and
`_chain_label`: a verb in the past or future before such a phrase may be the date's). Between a determiner
with a date and a noun's link, a verb's form in "-ing" is a noun of action by its grammar ("the March 3 slaying
of a guard": `nominal_gerund`).

A date inside a participle's (or adjective's) phrase attached to a noun that names no action dates that phrase's
event or state: the label is the noun phrase with its attribute, as the sentence writes it, the date too ("die im
Jahr 2014 geborenen Kinder": `attribute_shape`; "of its record high set on Aug. 6", "sur le pont construit en
1932": `participles_after_noun`, only after a preposition, in a clause that has its verb before).

A German date inside a noun phrase: a noun of action in a declined form is one ("den Kämpfen", "des Krieges":
`declension_endings`; its label in the nominative, `dative_plural`); a clause takes one time, so where it has its
own date before the phrase or right after the noun's, the date after the noun is the noun's (`_clause_date_follows`,
`_clause_dated_before`); a participle's date may be a part of a period ("die Mitte 1983 gelieferten") or have the
participle's agent after it ("die im Mai von der Armee zerstörte Brücke"); a year alone right after a noun of action
is its attribute (`year_after_noun`: "der Erfolg der Frühjahrsoffensive 1982"); brackets that hold a noun phrase of
action and a date tell that date's event (`_bracketed_label`).

A date that modifies a noun phrase the clause's label leaves out tells that phrase's event, not the clause's
(`modifier_label`, for any type of timex when nothing above applies): a measure adjective of time ("after a
16-hour flight": `measure_adjective`; "the end of a two-year boom": `phase_nouns`), a date's possessive anywhere
("said last month's shooting of a guard was …"), an adjective that takes a date ("a dividend, payable Dec. 15":
`date_adjectives`), a year before an event's name ("the 1967 Six-Day War"), a date before a compound of a noun
of action and one of time ("a Jan. 14 return date": `time_nouns`), a parenthesis of dates after a noun
phrase of action or one that is a noun phrase with a participle (`dates_in_parentheses`), a participle phrase set
off by a comma after a noun phrase inside the clause ("through the agency, created in 1955"). The label is the
noun phrase with its date as the sentence writes it; the clause keeps its label where it holds the phrase's head.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from .clauses import TOKEN, Span
from .event_resources import load, pack_words
from .finite_verbs import has_finite, is_copula, is_finite
from .label_rules import POSSESSIVE_AFTER, _bare, _label_rules, _LabelRules, _within
from .language import load_pack

NOUN_PHRASE_WORDS = 10  # words between the preposition and the date: a noun phrase with two or three complements
# Words after a date up to the noun of action it dates, the noun included ("the 1998 abortion clinic bombing",
# "after Thursday's court hearing"): a noun further on is no longer tied to the date.
DATE_TO_NOUN_WORDS = 3


@cache
def _pack(lang: str | None) -> dict:
    return load(lang).get("event_nouns", {})


def _words(lang: str | None, key: str) -> frozenset[str]:
    return pack_words(lang, "event_nouns", key)


@lru_cache(maxsize=1 << 16)  # read for every word of a chain of complements, and with each ending of a declension
def is_event_noun(word: str, lang: str | None) -> bool:
    """Whether `word` names an event (a war, a vote, a re-election): a listed noun of news events, or a noun
    derived from a verb by one of the language's endings, not one of the nouns so derived that name a thing."""
    noun = _bare(word)[:1].isupper() and not load(lang).get("actors", {}).get("capitalised_names")
    word = _bare(word).lower()
    word = word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]  # "l'élection"
    pack = _pack(lang)
    things = _words(lang, "not_events")
    if len(word) < 3 or word in things or pack.get("in_compounds") and any(word.endswith(thing) for thing in things):
        return False  # "Landesregierung" as "Regierung"
    if _listed(word, _words(lang, "words"), pack) or noun and any(
            _listed(stem, _words(lang, "words"), pack) for stem in _declined_stems(word, lang)):
        return True
    # a stem of three letters at least: "option", "vision" are no actions; a capitalized word in a language that
    # capitalizes every noun is a noun, and its native ending makes one of any verb's stem ("Übung" from "üben")
    short = pack.get("short_stem_endings", []) if noun else []
    return any(word.endswith(ending) and len(word) > len(ending) + 1 + (ending not in short)
               for ending in pack.get("endings", []))


def _listed(word: str, nouns: frozenset[str], pack: dict) -> bool:
    """Whether `word` is one of the listed nouns of news events, or a compound ending in one."""
    return word in nouns or bool(pack.get("in_compounds")) and any(
        word.endswith(noun) for noun in nouns if len(noun) > 3)


def _declined_stems(word: str, lang: str | None) -> list[str]:
    """`word` (lower case) without one of the endings of the language's noun declension (`declension_endings`:
    "kämpfen" -> "kämpfe", "krieges" -> "krieg"), a stem of three letters at least."""
    return [word[:-len(ending)] for ending in _pack(lang).get("declension_endings", [])
            if word.endswith(ending) and len(word) - len(ending) >= 3]


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
    before = [found for found in TOKEN.finditer(text, clause[0], date[0])]
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
            before[at].end() <= start < date[0] for start, _ in dates) or _range_start(text, date, dates, clause, rule):
        return None  # a range's two ends keep one label: its first end's, its last end's
    after = text[date[1]:clause[1]]
    if opening and not _opens_clause(text, clause, before[at].start(), after, lang) \
            and not _clause_date_follows(text, date, dates, clause) \
            and not _clause_dated_before(text, before, at, dates, rule):
        return None
    if _subject_of_clause(after, lang):
        return None  # "after the flood of 2013 had closed it": a clause, whose label is its own
    return _labelled(phrase, lang)


CLAUSE_DATE_GAP = 2  # words between a noun's date and the clause's own date right after it: "zu", "in the"
CLAUSE_DATE_GAP_CHARS = 40  # the characters those words may take: no long slice of a long sentence


def _clause_date_follows(text: str, date: Span, dates: list[Span], clause: Span) -> bool:
    """Whether another date follows `date` in its clause within CLAUSE_DATE_GAP words, no punctuation between
    ("nach den Siegen im Herbst zu Beginn des Jahres", "after the vote in May on 3 June"): that one is the
    clause's, and the date right after the noun of sequence is the noun's (a clause takes one time)."""
    following = bisect_left(dates, (date[1],))  # `dates` are sorted: the first that starts after this one
    if following == len(dates) or dates[following][0] >= clause[1]:
        return False
    between = text[date[1]:min(dates[following][0], date[1] + CLAUSE_DATE_GAP_CHARS)].split()
    return dates[following][0] - date[1] <= CLAUSE_DATE_GAP_CHARS and len(between) <= CLAUSE_DATE_GAP \
        and all(word == _bare(word) for word in between)


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
    for token in TOKEN.finditer(text, date[1] + found.end(), clause[1]):
        word = token.group()
        phrase.append(_bare(word) if word != _bare(word) else word)
        if word != _bare(word) or len(phrase) >= DATE_TO_NOUN_WORDS or is_event_noun(word, lang):
            break
    if not phrase or not is_event_noun(phrase[-1], lang):
        return None
    if _subject_of_clause(text[token.end():clause[1]], lang):
        return None  # "after Thursday's hearing ended": a clause, whose label is its own
    phrase += _complement(text, token.end(), clause[1], lang)
    return _labelled([article or _pack(lang)["definite_article"]] + phrase, lang)


COMPLEMENT_WORDS = 4  # "of Kuwait", "of the city's mayor"


def _complement(text: str, start: int, end: int, lang: str | None, prepositions: bool = False) -> list[str]:
    """The complement tied to a noun by a noun link right after it ("its 1990 invasion of Kuwait until …"), or
    with `prepositions` by any preposition ("the attack on the base"), when it ends within COMPLEMENT_WORDS words
    before a word that opens a phrase or clause of its own, or the sentence's end: else nothing ("the bombing of
    a Birmingham, Ala., clinic" would lose its noun)."""
    rule = _label_rules(lang)
    words = text[start:end].split(maxsplit=COMPLEMENT_WORDS + 2)
    links = rule.noun_links | rule.prepositions if prepositions else rule.noun_links
    if not words or _bare(words[0]).lower() not in links:
        return []
    for k in range(1, min(len(words), COMPLEMENT_WORDS + 2)):
        word = words[k]
        if word.startswith(("(", "[")):
            return words[:k]  # "à Rennes (2-2)": an aside
        if word != _bare(word):
            following = words[k + 1].split(maxsplit=1)[0] if k + 1 < len(words) else ""
            if word.endswith(".") and _bare(word) in _abbreviations(lang) and following[:1].isupper():
                continue  # "of Dr. Hugh Short": a title's abbreviation inside the phrase
            if word.endswith(",") and word[:-1] == _bare(word) and k + 1 < len(words) and (
                    _opens_own(following, rule) or word[:1].islower() and _is_name(word.capitalize(), lang)):
                # "of Slepian, 52, an obstetrician", "of the doctor, Barnett Slepian": an aside after the phrase (a
                # lower-case word, where only names are capitalized, is no name a comma runs through)
                return words[:k] + [_bare(word)]
            return words[:k] + [_bare(word)] if word.endswith(".") and k + 1 == len(words) else []
        if k > 1 and (_bare(word).lower() in rule.clause_words - rule.determiners or is_finite(words, k, lang)):
            return words[:k]  # "the bombing of the clinic killed …": the clause's verb
    return words if len(words) <= COMPLEMENT_WORDS + 1 else []


def _opens_own(word: str, rule: _LabelRules) -> bool:
    """Whether `word`, after a comma, opens a phrase or clause of its own (a figure, a relative pronoun, a
    determiner, a function word), no part of a name the comma runs through ("of a Birmingham, Ala., clinic")."""
    bare = _bare(word).lower()
    return bare[:1].isdigit() or bare in rule.relatives | rule.determiners | rule.clause_words | rule.stopwords


@cache
def _abbreviations(lang: str | None) -> frozenset[str]:
    """The abbreviations after which a full stop ends no sentence ("Dr."): the pack's `[sentences]`."""
    return frozenset(load(lang).get("sentences", {}).get("abbreviations", []))


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


def _labelled(phrase: list[str], lang: str | None, case: str = "preposition") -> str | None:
    """The noun phrase as a label: its first article in the case it has alone (`articles`; one that no preposition
    governs, `case` "object", in the case of an object: `ungoverned_articles`; one that opens its clause or follows
    its verb, `case` "clause", of a subject or object: `subject_articles` too), without the adjectives declined
    for the article's former case where a language declines them (`declined_modifiers`: a lower-case word after
    the article, where nouns are capitalized), its first letter a capital."""
    articles = _pack(lang).get("articles", {})
    if case != "preposition":
        articles = articles | _pack(lang).get("ungoverned_articles", {})
    if case == "clause":
        articles = articles | _pack(lang).get("subject_articles", {})
    words = list(phrase)
    first = words[0].lower()
    if first in articles:
        rest = words[1:]
        head = next((k for k, word in enumerate(rest) if not word[:1].islower()), 0)
        plural = _undeclined_plural(rest[head], first, lang) if rest and articles[first] != first else None
        if plural is not None and plural != rest[head]:
            # "den schweren Kämpfen" -> "die schweren Kämpfe": a plural's adjectives end alike in both cases
            rest = rest[:head] + [plural] + rest[head + 1:]
        elif articles[first] != first and _pack(lang).get("declined_modifiers"):
            while len(rest) > 1 and rest[0][:1].islower():  # "einer britischen Übung" -> "eine Übung"
                rest = rest[1:]
        words = ([articles[first]] if articles[first] else []) + rest
    if not words:
        return None
    vowel = len(words) > 1 and words[1][:1].lower() in _pack(lang).get("vowels", "")
    sound = _pack(lang).get("article_before_vowel" if vowel else "article_before_consonant", {})
    if len(words) > 1 and words[0].lower() in sound:
        words[0] = sound[words[0].lower()]  # "a 1997 attack" -> "an attack"
    label = " ".join(words).rstrip(" ,;:")
    return label[:1].upper() + label[1:]


def _undeclined_plural(noun: str, article: str, lang: str | None) -> str:
    """`noun` after the article of a dative plural (`dative_plural`: "den Kämpfen"), in the nominative with the
    article `_labelled` gives it: without the dative's ending where the noun so shortened is a listed noun of
    action ("Kämpfe") and the noun as written is not ("den Wahlen" keeps its plural's own "-n"). The adjectives
    before such a plural keep their ending, the same in the dative and the nominative plural ("die schweren
    Kämpfe")."""
    ending = _pack(lang).get("dative_plural", {}).get(article)
    nouns = _words(lang, "words")
    pack = _pack(lang)
    if not ending or not noun.endswith(ending) or noun != _bare(noun) or _listed(noun.lower(), nouns, pack):
        return noun
    stem = noun[:-len(ending)]
    return stem if _listed(stem.lower(), nouns, pack) else noun


NOUN_GROUP_WORDS = 4  # words between a noun's determiner and the noun: "die letzte deutsche Großoffensive"

WINDOW_CHARS = 300  # characters either side of a date that `attribute_label` reads: its phrase and complement


def attribute_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """The label of a date that the grammar ties to a noun of action anywhere in `sentence`: right at the noun
    (`_attached_label`) or after the noun's complements (`_chain_label`); None when it ties it to no such noun."""
    return _bracketed_label(text, sentence, date, dates, lang) or _year_label(text, sentence, date, dates, lang) \
        or _attached_label(text, sentence, date, dates, lang) or _chain_label(text, sentence, date, dates, lang)


def _year_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`attribute_label` for a year written alone right after a noun of action, where the language puts a year
    there as the noun's attribute (`year_after_noun`: "der Erfolg der Frühjahrsoffensive 1982", "die Wahl 2009"):
    the noun phrase, as `_attached_label` makes it; a capitalized word after the year makes it a count ("die Wahl
    2000 Stimmen"), and a name holds it ("the World Cup 2003" in a language without the attribute)."""
    if not _pack(lang).get("year_after_noun") or not re.fullmatch(r"\d{3,4}", text[date[0]:date[1]]):
        return None
    before, sentence, opens = _window(text, sentence, date)
    following = text[date[1]:sentence[1]].split(maxsplit=1)
    if not before or following and following[0][:1].isupper():
        return None
    noun = before[-1].group()
    if noun != _bare(noun) or not is_event_noun(noun, lang) or _is_name(noun, lang) \
            or _range_start(text, date, dates, sentence, _label_rules(lang)):
        return None
    return _noun_before_date_label(text, sentence, date, before, lang, opens)


BRACKET_CHARS = 200  # characters of an aside in brackets that `_bracketed_label` reads either side of its date


def _bracketed_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`attribute_label` for a date in brackets that hold no clause, but a noun phrase of action and the date
    that opens or closes them ("… die Küstenstädte (im Januar 1932 die Besetzung des Hafens durch Truppen)", "(die
    Besetzung des Hafens im Januar 1932)"): the aside tells the date's event, not the clause it stands in; the
    label is the noun phrase, its first article in the case it has alone. A noun phrase that is no event
    ("(heute Neustadt)") or an aside with a verb leaves the clause its label."""
    rule = _label_rules(lang)
    opening = text.rfind("(", max(sentence[0], date[0] - BRACKET_CHARS), date[0])
    closing = text.find(")", date[1], min(sentence[1], date[1] + BRACKET_CHARS))
    if opening < 0 or closing < 0 or ")" in text[opening:date[0]] or "(" in text[date[1]:closing]:
        return None
    if any(span != date for span in dates[bisect_left(dates, (opening,)):bisect_left(dates, (closing,))]):
        return None  # two dates in one aside: which one the noun's is, the aside does not say
    lead = text[opening + 1:date[0]].split()
    rest = text[date[1]:closing].split()
    if all(_bare(word).lower() in rule.all_prepositions for word in lead):
        phrase = rest[1:] if rest and not rest[0][:1].isalnum() else rest  # "(1932: die Besetzung …)"
    elif not rest:
        phrase = lead[:-1] if lead and _bare(lead[-1]).lower() in rule.all_prepositions else lead
    else:
        return None
    if len(phrase) < 2 or not _is_determiner(phrase[0], rule) or any(word != _bare(word) for word in phrase[:-1]) \
            or has_finite(phrase, lang):
        return None  # no noun phrase that the article opens, or a clause: its verb tells its own event
    if not _headed_by_event(phrase, rule, lang) or any(_is_name(word, lang) for word in phrase[1:2]):
        return None
    return _labelled(phrase, lang, "clause")


def _attached_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """The label of a date that the grammar ties to a noun of action anywhere in `sentence`, not only after a
    preposition of sequence: a link that only a noun takes ("the declaration of 1899", "l'attaque du 5 mai") or,
    where the language puts a date there (`date_before_noun`), the place between the noun's determiner and the
    noun ("Police are investigating the March 3 shooting of a guard"). The label is the noun phrase, its
    determiner in the case it has alone, and the complement that follows it (`_complement`); the date is cut.

    The clause keeps its label where it tells this date's event as well: when the noun phrase stands in a phrase
    that opens the clause ("In his speech of 4 May 1962, the minister …": the clause's event happened in it), or
    when the phrase, governed by a preposition ("He spoke in a 1962 speech"), or standing between determiner and
    noun, would be a noun alone with its article ("A speech" tells too little to stand for the clause)."""
    pack = _pack(lang)
    rule = _label_rules(lang)
    before, sentence, opens = _window(text, sentence, date)
    links = _words(lang, "attribute_links")
    own = next(iter(text[date[0]:date[1]].split(maxsplit=1)), "").lower()
    if before and _is_determiner(before[-1].group(), rule) and before[-1].group().lower() not in links \
            and (pack.get("date_before_noun") or pack.get("dated_attributes")):
        return _prenominal_label(text, sentence, date, before, lang, opens) \
            or _attribute_phrase_label(text, sentence, date, before[-1], lang)
    if len(before) > 1 and pack.get("dated_attributes") and before[-1].group().lower() in rule.prepositions \
            and _is_determiner(before[-2].group(), rule):
        # "die am 4. März begonnene Offensive", "die im Jahr 2014 geborenen Kinder"
        return _prenominal_label(text, sentence, date, before[:-1], lang, opens) \
            or _attribute_phrase_label(text, sentence, date, before[-2], lang)
    if len(before) > 3 and pack.get("participles_after_noun") and before[-1].group().lower() in rule.prepositions:
        label = _postnominal_label(text, date, before, lang, opens)
        if label is not None:
            return label  # "within 70 points of its record high set on Aug. 6"
    if own not in links:
        if before and before[-1].group().lower() not in links and (
                before[-1].group().endswith(",") or before[-1].group().lower() in rule.prepositions | rule.determiners):
            return _apposed_label(text, sentence, date, before, lang) if opens else None
        if len(before) < 2 or before[-1].group().lower() not in links:
            return None
        before = before[:-1]
    if not before or before[-1].group() != _bare(before[-1].group()) or not is_event_noun(before[-1].group(), lang):
        return None  # "in the spring of 1916", "the end of 2013": no noun of action; a comma before the link
    if _is_name(before[-1].group(), lang):
        return None  # "the Battle of August 10": a name the date is part of
    if _range_start(text, date, dates, sentence, rule):
        return None  # "die Offensive vom 6. bis 7. November": the range's two ends keep one label
    return _noun_before_date_label(text, sentence, date, before, lang, opens)


def _noun_before_date_label(
    text: str, sentence: Span, date: Span, before: list[re.Match[str]], lang: str | None, opens: bool
) -> str | None:
    """For `_attached_label` and `_year_label`: the noun phrase of action that the last of `before` ends, right
    before the date (or its link), with the complement after the date; None where the clause keeps its label."""
    rule = _label_rules(lang)
    start = _group_start(before, len(before) - 1, rule, lang)
    if start is None:
        return None
    phrase = [token.group() for token in before[start:]]
    complement = _complement(text, date[1], sentence[1], lang, prepositions=True)
    governed = _governing(before, start, rule, lang, opens)
    if governed is not None and (governed == "sequence" or governed == "opening"
                                 or len(phrase) <= 2 and not complement):
        return None
    if governed is None and _alone(before, start, rule, opens) \
            and _verb_follows(text, date[1], sentence[1], complement, lang):
        return None  # "The conference of 1861 met in Washington": the subject's verb tells its event
    return _labelled(phrase + complement, lang, _in_case(before, start, governed, rule, lang, opens))


CHAIN_WORDS = 12  # words from a noun of action to its date over its complements: "the genocide of more than
# 500,000 minority Tutsis in Rwanda", "der Abschuss des Flugzeugs durch den Kreuzer"
VERB_WORDS = 6  # words back from a noun phrase to the finite verb whose object it is, and after the date to the end
# of that verb's clause: where its tense and its participle or infinitive stand


def _chain_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`attribute_label` for a date that closes a noun phrase of action after the noun's complements, its links
    ("of", "by", "in", "des", "durch", "du", "par": a noun's link or a preposition) and no finite verb, punctuation
    or clause of its own between noun and date ("two decisions by the Supreme Court last June", "die Anerkennung
    der Regierung durch die Vereinigten Staaten im Oktober 1915"): the noun phrase, from its determiner (or the
    word that governs it) to the date, with its complements. The clause keeps its label where its own event may be
    the date's: a phrase that a preposition opening the clause, or one of sequence, governs (`_governing`); a
    subject whose verb right follows the date ("The bombing of the clinic in 1998 killed …"); an object or a
    phrase inside the clause whose verb is in the past or future ("He announced the sale of the unit on Friday",
    "Sie hat den Verkauf der Sparte am Freitag angekündigt": the pack's `[tense]` cues, read on the verb before the
    phrase and on the clause's words after the date, not on the noun phrase or the date)."""
    rule = _label_rules(lang)
    before, sentence, opens = _window(text, sentence, date)
    words = [token.group() for token in before]
    following = text[date[1]:sentence[1]].split(maxsplit=1)
    closed = not following or not following[0][:1].isalnum() or _bare(following[0]).lower() in rule.stopwords
    end = _date_link(words, text[date[0]:date[1]], closed, rule, lang)
    if end is None:
        return None
    stops = _chain_stops(lang)
    head = None
    # "Grund für die Kriegserklärung im April 1917" after the clause's own date: the noun right before the date's
    # preposition is its noun
    # (a preposition right before the date: "auf die 1400 Truppen" holds a count, no date of a noun before it)
    linked = 0 < end == len(words) - 1 and _clause_dated_before(text, before, end - 1, dates, rule)
    for k in range(end - 1, max(end - 1 - CHAIN_WORDS, -1), -1):
        word = words[k]
        bare = _bare(word)
        if word != bare and not (word.endswith(".") and _abbreviated(word, lang)) \
                or bare.lower() in stops or is_finite(words, k, lang):
            break  # a comma, a clause or verb of its own: the date is no part of one phrase with the noun
        if linked and bare == word and is_event_noun(word, lang) and not _is_name(word, lang):
            head = k  # the farthest noun of action whose complements reach the date
        linked = bare.lower() in rule.noun_links | rule.all_prepositions
        complement = words[k + 1] if k + 1 < end else ""
        if linked and bare.lower() not in rule.noun_links and complement[:1].islower() \
                and _bare(complement).lower() not in rule.determiners | rule.stopwords \
                and not re.match(r"\w+['’]", complement):  # "par l'armée": an article elided into its noun
            break  # "to continue well", "in puncto": a preposition before a verb or adverb, no noun's complement
    if head is None or _range_start(text, date, dates, sentence, rule) \
            or any(before[head].start() <= start < date[0] for start, _ in dates):
        return None
    start = _chain_start(before, head, rule, lang)
    if start is None:
        return None
    governed = _governing(before, start, rule, lang, opens)
    if governed in ("sequence", "opening"):
        return None  # "Nach der Wahl …", "In his speech to the nation on 4 May 1962, the minister …"
    after = _clause_rest(text[date[1]:sentence[1]])
    if governed is None and _alone(before, start, rule, opens):
        if any(word[:1].islower() and is_finite(after, k, lang) for k, word in enumerate(after)):
            return None  # "The bombing of the clinic in 1998 killed one person": the subject's verb tells its event
    elif _tensed(words[max(start - VERB_WORDS, 0):start], after, lang) \
            and not _clause_dated_before(text, before, start, dates, rule):
        return None  # "He announced the sale of the unit on Friday": the verb's time may be the date
    if rule.verb_final and any(word[:1].islower() and word.lower() not in rule.stopwords | rule.all_prepositions
                               | rule.determiners for word in after) \
            and not _clause_dated_before(text, before, start, dates, rule):
        return None  # "den Angriff auf die Stadt am 21. Juli abbrechen": the clause's verb after the date
    phrase = [word if word != _bare(word) else _bare(word) for word in words[start:end]]  # "U.S." keeps its stop
    return _labelled(phrase, lang, _in_case(before, start, governed, rule, lang, opens))


def _clause_dated_before(
    text: str, before: list[re.Match[str]], start: int, dates: list[Span], rule: _LabelRules
) -> bool:
    """Whether another date stands in the clause before the noun phrase that starts at before[start], with no
    punctuation mark nor word that opens a clause of its own between ("Seine Wiederaufnahme Anfang 1917 war ein
    Grund für die Kriegserklärung im April 1917", "He announced on Monday the sale of the unit in May"): that date
    is the clause's, which takes one time, and the date after the phrase is its noun's."""
    if not before:
        return False
    opening, phrase = before[0].start(), before[start].start()
    # the nearest date before the phrase (`dates` are sorted): a mark or word between it and the phrase stands
    # between any farther one and the phrase too
    nearest = bisect_left(dates, (phrase,)) - 1
    if nearest < 0 or dates[nearest][0] < opening or dates[nearest][1] > phrase:
        return False
    stops = (rule.relatives - rule.determiners) | rule.clause_subordinators | rule.coordinators
    return all(word == _bare(word) and _bare(word).lower() not in stops
               for word in text[dates[nearest][1]:phrase].split())


@cache
def _chain_stops(lang: str | None) -> frozenset[str]:
    """Words that end a noun phrase's chain of complements, read back from its date: relative pronouns,
    subordinators, coordinators and pronouns, none of them an article ("die", "the")."""
    rule = _label_rules(lang)
    return (rule.relatives - rule.determiners) | rule.clause_subordinators | rule.coordinators \
        | (rule.pronouns - rule.determiners)


def _date_link(words: list[str], own: str, closed: bool, rule: _LabelRules, lang: str | None) -> int | None:
    """How many of `words` (those before a date) stand before the date's own preposition ("in", "im", "aus dem":
    all of them where the date has none); None where the date is tied to something else: a determiner with no
    preposition where the phrase goes on after the date (`closed` False: "the 2000 Olympics", "auf die 1400
    Truppen": the date is a modifier or a count; "le 5 mai." is a date with its article), a link that
    ties a date to the noun right before it (`attribute_links`: "the treaty of 1763" dates the treaty, or
    nothing), a limit ("until", "bis": the clause's event ends there). A date with no preposition is a phrase of
    time of two words at least, no number or name ("last June", "nearly four years ago"): a number or capital
    after a noun is part of that noun's name ("the World Cup 2003"), an adverb alone ("now") the clause's."""
    end = len(words)
    if end and _is_determiner(words[-1], rule):
        end -= 1
        if not end or _bare(words[end - 1]).lower() not in rule.all_prepositions:
            return end if closed and len(words) > 1 else None  # "le 5 mai": the article of a date
    if end and words[end - 1] == _bare(words[end - 1]) and _bare(words[end - 1]).lower() in rule.all_prepositions:
        link = _bare(words[end - 1]).lower()
        if link in _words(lang, "attribute_links") or link in rule.limits:
            return None
        return end - 1
    if end < len(words) or len(own.split()) < 2 or not own[:1].islower():
        return None
    return end


def _clause_rest(after: str) -> list[str]:
    """The words after a date up to the end of its clause (a punctuation mark), VERB_WORDS of them at most."""
    rest = []
    for word in after.split(maxsplit=VERB_WORDS)[:VERB_WORDS]:
        if word[:1] in ",;:.!?" or word[:1] in "()[]\"'«»„“”‘’–—-":
            break
        rest.append(_bare(word))
        if word != _bare(word):
            break
    return rest


def _abbreviated(word: str, lang: str | None) -> bool:
    """Whether `word`, ending in a full stop, is an abbreviation inside a phrase ("U.S.", "Dr.")."""
    return bool(re.fullmatch(r"(?:\w\.)+", word)) or _bare(word) in _abbreviations(lang)


def _chain_start(before: list[re.Match[str]], head: int, rule: _LabelRules, lang: str | None) -> int | None:
    """Where the noun phrase headed by before[head] starts: at its determiner or number ("the decisions", "two
    decisions"), over at most NOUN_GROUP_WORDS words; None without one (a bare plural, a gerund: no phrase whose
    start is sure) or where the determiner is a relative pronoun after a comma ("…, die weitere Verletzungen")."""
    words = [token.group() for token in before]
    pack = load_pack(lang) if lang else None
    numbers = pack.tables.get("number", {}) if pack is not None else {}
    elided = re.match(r"\w+['’]", _bare(words[head]).lower())
    if elided and elided.group().replace("’", "'") in rule.determiners:
        return head  # "l'attaque": the article elided into the noun
    for k in range(head - 1, max(head - 1 - NOUN_GROUP_WORDS, -1), -1):
        word = words[k]
        bare = _bare(word).lower()
        if _is_determiner(word, rule) or word == _bare(word) and (bare in numbers or bare[:1].isdigit()):
            if k and bare in rule.relatives and words[k - 1] != _bare(words[k - 1]):
                return None
            return k
        if word != _bare(word) or bare in rule.all_prepositions | rule.clause_words or is_finite(words, k, lang):
            return None
    return None


def _tensed(verb: list[str], after: list[str], lang: str | None) -> bool:
    """Whether the verb before a noun phrase (the last finite one of `verb`, with the words after it) or the
    clause's words `after` the date (a verb-final participle) are in the past or the future by the pack's
    `[tense]` cues: the clause's own event may then be the date's."""
    pack = load_pack(lang) if lang else None
    if pack is None:
        return True
    finite = [k for k in range(len(verb)) if is_finite(verb, k, lang)]
    told = " ".join(verb[finite[-1]:]) if finite else ""
    told += " " + " ".join(after)
    return any(pattern is not None and pattern.search(told) for pattern in (pack.past, pack.future))


def _window(text: str, sentence: Span, date: Span) -> tuple[list[re.Match[str]], Span, bool]:
    """The words before `date` that the grammar may tie it by, within WINDOW_CHARS of it (not the whole of a long
    sentence: linear in the text), the part of `sentence` within WINDOW_CHARS either side, and whether the first of
    those words opens the sentence (else a word the window may cut is left out)."""
    start = max(sentence[0], date[0] - WINDOW_CHARS)
    before = list(TOKEN.finditer(text, start, date[0]))
    opens = start == sentence[0]
    return (before if opens else before[1:]), (start, min(sentence[1], date[1] + WINDOW_CHARS)), opens


def _is_determiner(word: str, rule: _LabelRules) -> bool:
    """Whether `word` is a determiner with no punctuation on it ("the", not "the,")."""
    return word == _bare(word) and word.lower() in rule.determiners


def _apposed_label(
    text: str, sentence: Span, date: Span, before: list[re.Match[str]], lang: str | None
) -> str | None:
    """`attribute_label` for a date set off by commas right after a noun phrase of action that opens the sentence,
    the subject of a copula after them ("The fall of the fortress, on 3 June 1820, was the end of the siege"):
    the noun phrase. The clause says what the event was, no event of that date; after another verb ("The fall of
    the fortress, on 3 June 1820, ended the siege") the clause tells the event of the date and keeps its label."""
    rule = _label_rules(lang)
    k = len(before) - (not before[-1].group().endswith(","))  # its own preposition or article: "on 3 June 1820"
    following = text[date[1]:sentence[1]].lstrip()
    if k < 2 or not before[k - 1].group().endswith(",") or not following.startswith(","):
        return None
    phrase = [token.group() for token in before[:k]]
    phrase[-1] = phrase[-1][:-1]
    verb = following[1:].split(maxsplit=1)
    if len(phrase) > NOUN_PHRASE_WORDS or _group_start(before[:1], 0, rule, lang) != 0 and _bare(
            phrase[0]).lower() not in rule.determiners or not verb or not is_copula(verb[0], lang):
        return None
    if any(word != _bare(word) for word in phrase) or has_finite(phrase, lang, 1):
        return None  # a comma or a verb: no one noun phrase
    if not _headed_by_event(phrase, rule, lang) or any(_is_name(word, lang) for word in phrase[1:2]):
        return None
    return _labelled(phrase, lang, "clause")


def _prenominal_label(
    text: str, sentence: Span, date: Span, before: list[re.Match[str]], lang: str | None, opens: bool
) -> str | None:
    """`attribute_label` for a date between a determiner (the last of `before`) and its noun ("the March 3
    shooting of a guard"): the noun, the words between it and the date ("the 1998 abortion clinic bombing"), a
    compound of nouns of action ("the 1998 shooting death"); a capitalized noun is a name the date is part of
    ("the February Revolution"). Where a language puts a participle's or adjective's own adverbials before it
    (`dated_attributes`: "die 1919 begonnene Offensive", with its preposition: "die am 4. März 1919 begonnene
    Offensive"), a lower-case attribute stands between the date and the noun, which it dates."""
    rule = _label_rules(lang)
    found = _noun_after_date(text, sentence, date, rule, lang)
    if found is None:
        return None
    phrase, head = found
    complement = _complement(text, head.end(), sentence[1], lang, prepositions=True) \
        if head.group() == _bare(head.group()) else []
    if len(phrase) < 2 and not complement:
        return None  # "the 1992 protests", "In a 1962 speech": the noun alone tells too little
    governed = _governing(before, len(before) - 1, rule, lang, opens)
    if governed in ("sequence", "opening"):
        return None
    alone = _alone(before, len(before) - 1, rule, opens)
    if governed is None and alone and head.group() == _bare(head.group()) \
            and _verb_follows(text, head.end(), sentence[1], complement, lang):
        return None  # "The 1996 bombing of the clinic killed one person": the subject's verb tells its event
    return _labelled([_bare(before[-1].group())] + phrase + complement, lang,
                     _in_case(before, len(before) - 1, governed, rule, lang, opens))


def _noun_after_date(
    text: str, sentence: Span, date: Span, rule: _LabelRules, lang: str | None
) -> tuple[list[str], re.Match[str]] | None:
    """For `_prenominal_label`: the words from the date to the noun of action it dates (at most DATE_TO_NOUN_WORDS
    of them, then any nouns of action that go on the compound), and the last noun's token; None when no such noun
    follows, the compound's head names no event, or the noun is a name."""
    phrase: list[str] = []
    head = None
    tokens = list(itertools.islice(TOKEN.finditer(text, date[1], sentence[1]), NOUN_GROUP_WORDS + 2))
    for at, token in enumerate(tokens):
        word = token.group()
        bare = _bare(word)
        if not phrase and _pack(lang).get("dated_attributes") and not _pack(lang).get("date_before_noun") \
                and not word[:1].islower():
            return None  # "die 1919 Toten": no attribute, the date is no adverbial of one
        if head is not None:
            if word == bare and is_event_noun(word, lang) and not _is_name(word, lang):
                phrase.append(word)
                head = token
                continue
            if bare.lower() in rule.stopwords | rule.prepositions | rule.noun_links | rule.clause_words \
                    or word != bare or is_finite([bare], 0, lang):
                break
            return None  # "a Jan. 14 return date": the compound's head comes later and names no event
        if len(phrase) >= DATE_TO_NOUN_WORDS or bare.lower() in rule.stopwords | rule.clause_words:
            return None
        phrase.append(bare)
        if is_event_noun(bare, lang) or word == bare and _nominal_gerund(word, tokens[at + 1:at + 2], rule, lang):
            if _is_name(bare, lang):
                return None
            head = token
            if word != bare:
                break
        elif word != bare:
            return None
    return (phrase, head) if head is not None else None


ATTRIBUTE_WORDS = 3  # words between a dated attribute and its noun: "geborenen Bozner Kinder"


def _attribute_phrase_label(
    text: str, sentence: Span, date: Span, determiner: re.Match[str], lang: str | None
) -> str | None:
    """`attribute_label` for a date that is the adverbial of a participle or adjective before a noun that names no
    action (`dated_attributes`: "die im Jahr 2014 geborenen Kinder", "der am 3. Mai gewählte Bürgermeister"): the
    attribute's event or state is the date's, told by the whole noun phrase as the sentence writes it, its date
    too; cutting the date would leave a hole, and the attribute after its noun is no order the language allows.
    The attribute is a lower-case word of the language's declined shape (`attribute_shape`) right after the date;
    the noun, within ATTRIBUTE_WORDS words, the capitalized word after which the phrase ends (a punctuation mark,
    a lower-case word)."""
    shape = _pack(lang).get("attribute_shape")
    if not shape or determiner.group() != _bare(determiner.group()):
        return None
    own = text[date[0]:date[1]]
    direct = not text[determiner.end():date[0]].strip()  # no preposition between the determiner and the date
    rule = _label_rules(lang)
    bounded = direct and _bounded_date(own, rule, lang)
    if direct and not bounded and any(word[:1].isupper() or word.endswith(".") for word in own.split()):
        return None  # "der 23. März", "der vergangenen Woche": a date that is a noun phrase takes the article itself
    if direct and own.isdigit() or bounded:
        shape = _pack(lang).get("participle_shape", shape)  # "die 1400 hessischen Truppen": a count, no date
    tokens = list(itertools.islice(TOKEN.finditer(text, date[1], sentence[1]), ATTRIBUTE_WORDS + ADVERBIAL_WORDS + 2))
    at = _participle_after_adverbial(tokens, rule, lang)
    if at:  # "die Mitte 1983 von Frankreich gelieferten Flugzeuge": the participle's agent or place between
        shape = _pack(lang).get("participle_shape", shape)
    if len(tokens) <= at or not re.fullmatch(shape, tokens[at].group()) or tokens[at].group() in rule.determiners \
            | rule.stopwords | rule.clause_words:
        return None  # "das im Jahr 2012 seine Gültigkeit verliert": a determiner, no attribute
    for k in range(at + 1, min(len(tokens), at + ATTRIBUTE_WORDS + 1)):
        word = tokens[k].group()
        bare = _bare(word)
        if not bare[:1].isupper() or bare.lower() in rule.stopwords | rule.clause_words:
            return None  # "die 2014 gewählte und …", "die am Montag beschlossene, aber …": no noun yet
        following = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if word != bare or not following[:1].isupper():
            if word != bare and not word.endswith((",", ".", ";", ":")):
                return None  # a quote or bracket: no plain noun phrase
            label = text[determiner.start():tokens[k].start()] + bare
            return label[:1].upper() + label[1:]
    return None


ADVERBIAL_WORDS = 3  # words of a prepositional phrase between a dated participle's date and it: "von der Armee"


def _bounded_date(own: str, rule: _LabelRules, lang: str | None) -> bool:
    """Whether a date opens with a word of the part of a period it names (the timex pack's `boundary` table:
    "Mitte 1983", "Anfang Mai") right before a time with no article: an adverbial, which takes no article, so a
    determiner before it is its noun's ("den Mitte 1983 gelieferten Flugzeugen")."""
    pack = load_pack(lang) if lang else None
    words = own.split()
    return pack is not None and len(words) > 1 and words[0].lower() in pack.tables.get("boundary", {}) \
        and _bare(words[1]).lower() not in rule.determiners | rule.all_prepositions


def _participle_after_adverbial(tokens: list[re.Match[str]], rule: _LabelRules, lang: str | None) -> int:
    """The index of a participle (`participle_shape`) after a prepositional phrase of at most ADVERBIAL_WORDS
    words that opens `tokens` ("von Frankreich gelieferten", "durch die Armee zerstörten"), no punctuation in it;
    0 without one (the attribute, if any, is the first of `tokens`)."""
    participle = _pack(lang).get("participle_shape")
    if not participle or not tokens or tokens[0].group() not in rule.all_prepositions:
        return 0
    for k in range(1, min(len(tokens), ADVERBIAL_WORDS + 2)):
        word = tokens[k].group()
        if word != _bare(word):
            return 0
        if k > 1 and re.fullmatch(participle, word) and word not in rule.stopwords | rule.clause_words:
            return k
        if word[:1].islower() and word not in rule.determiners:
            return 0  # only a name or a noun, after an article: "von Frankreich", "von der Armee"
    return 0


def _postnominal_label(
    text: str, date: Span, before: list[re.Match[str]], lang: str | None, opens: bool
) -> str | None:
    """`attribute_label` for a date in a participle phrase after a noun (`participles_after_noun`: "of its record
    high set on Aug. 6", "dans le pont construit en 1932"): the participle's event is the date's, told by the
    noun phrase with its participle phrase as the sentence writes it, the date too (the noun and participle alone,
    "The bridge built", tell too little). Only where a preposition governs the noun phrase, which then can be no
    subject of a verb of the same shape ("the mayor resigned in May"), and no word that also opens a clause ("until
    the war ended in 1918")."""
    rule = _label_rules(lang)
    participle, noun = before[-2].group(), before[-3].group()
    if participle != _bare(participle) or noun != _bare(noun) or not re.fullmatch(
            _pack(lang)["participles_after_noun"], participle) or POSSESSIVE_AFTER.match(text, date[1]):
        return None  # "the first topics raised in Saturday's meeting": the date is a noun's possessive
    words = [token.group() for token in before]
    if noun.lower() in rule.stopwords | rule.clause_words | rule.determiners | _words(lang, "adjectives_before_noun") \
            or is_finite(words, len(words) - 3, lang):
        return None  # "avec un nouveau député en 2012": an adjective before its noun, no noun before a participle
    start = _group_start(before, len(before) - 3, rule, lang)
    if start is None or start == 0:
        return None
    opener = _bare(before[start - 1].group()).lower()
    if _governing(before, start, rule, lang, opens) != "inside" or opener in _words_of(lang, "clauses", "after_comma"):
        return None
    if not _verb_before(words, start, rule, lang):
        return None  # "Additional details of the slaying emerged on Sunday": the clause's own verb
    label = text[before[start].start():date[1]]
    return label[:1].upper() + label[1:]


def _verb_before(words: list[str], start: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether the clause has its verb before words[start] (back to a punctuation mark or a word that opens a
    clause): a finite verb or a participle ("leaving the index within 70 points of its record high set on …"), so
    that a verb's shape after the noun phrase is no verb of its clause ("details of the slaying emerged on …")."""
    openers = _words_of(lang, "clauses", "after_comma") | rule.relatives
    for k in range(start - 1, -1, -1):
        word = words[k]
        if _bare(word).lower() in openers:
            return False
        if is_finite(words, k, lang) or rule.participles.fullmatch(_bare(word)):
            return True
        if word != _bare(word) and not word.endswith(("'", "’")):
            return False
    return False


@cache
def _words_of(lang: str | None, section: str, key: str) -> frozenset[str]:
    """A word list of any section of the language's pack, in lower case."""
    return frozenset(word.lower() for word in load(lang).get(section, {}).get(key, []))


def _nominal_gerund(word: str, following: list[re.Match[str]], rule: _LabelRules, lang: str | None) -> bool:
    """Whether `word`, after a determiner and a date, is a verb's form used as a noun of action: it has the
    language's `nominal_gerund` ending (lower case: no name) and a noun's link follows it ("the March 3 killing of
    a guard": only a noun takes "of" after the determiner)."""
    ending: str = _pack(lang).get("nominal_gerund", "")
    return bool(ending) and word[:1].islower() and word.endswith(ending) and len(word) > len(ending) + 2 \
        and bool(following) and following[0].group().lower() in rule.noun_links


def _group_start(tokens: list[re.Match[str]], head: int, rule: _LabelRules, lang: str | None) -> int | None:
    """Where the noun phrase headed by tokens[head] starts: at its determiner, over at most NOUN_GROUP_WORDS
    words that are neither punctuated, nor a preposition or function word, nor a verb; a French article elided
    into the noun ("l'attaque") is its determiner. None without a determiner."""
    words = [token.group() for token in tokens]
    for k in range(head, max(head - 1 - NOUN_GROUP_WORDS, -1), -1):
        word = words[k]
        bare = _bare(word).lower()
        if k < head and _is_determiner(word, rule):
            return k
        elided = re.match(r"\w+['’]", bare)
        if elided and elided.group().replace("’", "'") in rule.determiners:
            return k
        if k < head and (word != _bare(word) or bare in rule.stopwords | rule.all_prepositions | rule.clause_words
                         or is_finite(words, k, lang)):
            return None
    return None


def _governing(tokens: list[re.Match[str]], start: int, rule: _LabelRules, lang: str | None, opens: bool) -> str | None:
    """What governs the noun phrase that starts at tokens[start]: "sequence" for a preposition of sequence (the
    phrase is `event_noun_label`'s), "opening" for another preposition that opens the sentence (`tokens` `opens`
    it) or follows a comma ("In his speech of 4 May 1962, …"), "inside" for one inside the clause; None for no
    preposition."""
    if start == 0:
        return None
    words = [_bare(token.group()).lower() for token in tokens[:start]]
    if _sequence_end(words, lang) is not None:
        return "sequence"
    if words[-1] not in rule.all_prepositions:
        return None
    opening = opens and all(word in rule.coordinators for word in words[:-1]) \
        or start > 1 and tokens[start - 2].group().endswith(",")
    return "opening" if opening else "inside"


def _alone(tokens: list[re.Match[str]], start: int, rule: _LabelRules, opens: bool) -> bool:
    """Whether the noun phrase at tokens[start] opens its sentence or clause: after nothing (the first of `tokens`
    when they `opens` the sentence), a punctuation mark or a coordinator."""
    if start == 0:
        return opens
    previous = tokens[start - 1].group()
    return previous != _bare(previous) or _bare(previous).lower() in rule.coordinators


def _in_case(tokens: list[re.Match[str]], start: int, governed: str | None, rule: _LabelRules,
             lang: str | None, opens: bool) -> str:
    """What gives the noun phrase at tokens[start] its case (see `_labelled`): a "preposition", its place at the
    start of its "clause" or after its verb, or an "object"'s place elsewhere (or a noun's it is the complement
    of)."""
    if governed is not None:
        return "preposition"
    if _alone(tokens, start, rule, opens) or is_finite([token.group() for token in tokens[:start]], start - 1, lang):
        return "clause"
    return "object"


def _verb_follows(text: str, start: int, end: int, complement: list[str], lang: str | None) -> bool:
    """Whether a finite verb follows the noun phrase's date and complement: the phrase is that verb's subject."""
    following = text[start:end].split(maxsplit=len(complement) + 1)[len(complement):]
    return bool(following) and following[0] == _bare(following[0]) and is_finite(following, 0, lang)


def _is_name(word: str, lang: str | None) -> bool:
    """Whether a noun is written as part of a name: capitalized in a language that capitalizes names only."""
    return bool(_label_rules(lang).capitalised_names) and not word[:1].islower()


def _range_start(text: str, date: Span, dates: list[Span], sentence: Span, rule: _LabelRules) -> bool:
    """Whether `date` is the first end of a range whose second end follows ("vom 6. bis 7. November")."""
    found = rule.range_between.match(text, date[1], sentence[1])
    if found is None:
        return False
    return any(start == found.end() for start, _ in dates)


# Dates that modify a noun phrase in another clause's sentence (`modifier_label`): a measure adjective of time ("a
# 16-hour flight"), a date's possessive ("last month's discovery of the rifle"), an adjective that takes a date
# ("a 10% stock dividend, payable Dec. 15"), a date in parentheses after a noun phrase ("the Battle of the
# Frontiers (14 August-24 August)").

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
    complement of a noun of phase, `phase_nouns`: "the end of a two-year boom"); with a date on the axis
    (`axis`), a date's possessive before a noun of action ("said last month's discovery of the rifle was …"), an
    adjective that takes a date (`date_adjectives`: "a split of the common, payable Dec. 7"), a parenthesis of
    dates right after a noun phrase of action ("in the Battle of the Frontiers (14 August-24 August)"). None when
    the date modifies no such phrase, or the clause's label tells the phrase already."""
    around = _Around(*_window(text, sentence, date))  # read once for every shape
    found = _measured_label(text, around, date, label, lang)
    if found is None and axis:
        found = _possessed_label(text, around, date, dates, label, lang) \
            or _named_label(text, around, date, label, lang) \
            or _dated_compound_label(text, around, date, label, lang) \
            or _date_adjective_label(text, around, date, label, lang) \
            or _parenthesis_label(text, sentence, date, dates, label, lang) \
            or _aside_label(text, sentence, date, label, lang) \
            or _reduced_relative_label(text, around, date, dates, lang)
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
    pack = load_pack(lang) if lang else None
    numbers = pack.tables.get("number", {}) if pack is not None else {}
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
        if not (phase or is_event_noun(head.group(), lang)) or _told(label, head.group()):
            return None  # "He led a 10-hour tour of the sites": the clause tells the noun's event
        if phase:
            start = before[-4].start()  # "the end of a two-year boom": the boom ends at the phase
        if _governing(before, len(before) - (4 if phase else 1), rule, lang, opens) == "opening":
            return None  # "At the end of a two-week visit, he signed …": the clause's event happened then
    complement = _complement(text, head.end(), window[1], lang, prepositions=True) \
        if head.group() == _bare(head.group()) else []
    return _as_written(text, start, head.end(), complement)


def _possessed_label(
    text: str, around: _Around, date: Span, dates: list[Span], label: str, lang: str | None
) -> str | None:
    """`modifier_label` for a date's possessive before a noun of action anywhere in the sentence ("said last
    month's discovery of a rifle was a breakthrough"; after a preposition of sequence, `event_noun_label`'s):
    the noun phrase, the language's definite article in the possessive's place, as `_prenominal_label` builds it
    for a date between determiner and noun, and kept back where that keeps the clause's label (a noun alone, a
    phrase a preposition opening the clause governs, a subject whose verb follows)."""
    possessive = _pack(lang).get("possessive")
    found = re.match(possessive, text[date[1]:date[1] + 4]) if possessive else None
    if found is None:
        return None
    before, window, opens = around
    rule = _label_rules(lang)
    noun = _noun_after_date(text, window, (date[0], date[1] + found.end()), rule, lang)
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
    if len(phrase) < 2 and not complement:
        return None  # "after Thursday's ruling" alone: "The ruling" tells too little
    governed = _governing(before, len(before), rule, lang, opens)
    if governed in ("sequence", "opening") or _told(label, head.group()):
        return None  # "The offer, advertised in today's editions of the paper": the clause tells the phrase
    if governed is None and _alone(before, len(before), rule, opens) and head.group() == _bare(head.group()) \
            and _verb_follows(text, head.end(), window[1], complement, lang):
        return None  # "Thursday's decision of the court made it clear …": the subject's verb tells its event
    return _labelled([_pack(lang)["definite_article"]] + phrase + complement, lang)


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
    before, window, opens = around
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
    before, window, opens = _window(text, sentence, (opening, opening))
    words = [token.group() for token in before]
    if not words or words[-1] != _bare(words[-1]):
        return None
    start = _modified_start(words, rule, lang)
    if start is None:
        return None
    heads = [word for word in words[start:] if word == _bare(word) and is_event_noun(word, lang)]
    if not heads or _told(label, heads[0]):
        return None  # "Meade defeated Lee at the Battle of Gettysburg (July 1 to July 3, 1863)": told
    if _governing(before, start, rule, lang, opens) == "opening":
        return None  # "In the Battle of X (August 1950), the army withstood …": the clause's event happened in it
    return _as_written(text, before[start].start(), before[-1].end())



def _named_label(text: str, around: _Around, date: Span, label: str, lang: str | None) -> str | None:
    """`modifier_label` for a date between a determiner and the name of an event, where capitals mark names
    (`capitalised_names`): "relations broken during the 1967 Six-Day War", "the 1917 Battle of Arras". The date
    tells when the named event happened: the label is the determiner, the date and the name as written."""
    rule = _label_rules(lang)
    before, window, opens = around
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
    opening = text.rfind("(", max(sentence[0], date[0] - WINDOW_CHARS), date[0])
    closing = text.find(")", date[1], min(sentence[1], date[1] + WINDOW_CHARS))
    if opening < 0 or closing < 0 or ")" in text[opening:date[0]] or "(" in text[date[1]:closing]:
        return None
    words = text[opening + 1:closing].split()
    rule = _label_rules(lang)
    if not 2 < len(words) <= ASIDE_WORDS or not words[0][:1].islower() or has_finite(words, lang) \
            or _bare(words[0]).lower() in rule.stopwords | rule.clause_words - rule.determiners:
        return None  # "(now Volgograd)", "(active 1910-1919)", "(which began in 1914)"
    participles = [word for word in words[1:] if word == _bare(word) and re.fullmatch(shape, word)]
    if not participles or any(word != _bare(word) for word in words[:-1]) or _told(label, participles[0]):
        return None
    return _as_written(text, opening + 1, closing)


def _reduced_relative_label(text: str, around: _Around, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`modifier_label` for a date in a participle phrase set off by a comma after a noun phrase of the clause (a
    reduced relative clause, `participles_after_noun`): "through the agency, created in 1955", "the Rural Office
    (ORA), created in 1955". The participle's event is the date's, told of the noun phrase: the label is the noun
    phrase with the participle phrase as the sentence writes them (the participle alone would leave a hole)."""
    shape = _pack(lang).get("participles_after_noun")
    before, window, opens = around
    if not shape or len(before) < 4:
        return None
    rule = _label_rules(lang)
    preposition, participle = before[-1].group(), before[-2].group()
    if preposition.lower() not in rule.prepositions or preposition.lower() in rule.limits \
            or participle != _bare(participle) or not re.fullmatch(shape, participle) \
            or POSSESSIVE_AFTER.match(text, date[1]) \
            or _in_date(dates, before[-2].start()):
        return None  # "advertised in today's editions": the date is a noun's possessive; "mardi vers 21 h": a date
    words = [token.group() for token in before[:-2]]
    end = len(words) - 1
    if not words[end].endswith(","):
        return None
    if words[end].rstrip(",").endswith(")"):  # "the Rural Office (ORA), created in 1955": over the parenthesis
        end = next((k - 1 for k in range(end, max(end - ASIDE_WORDS, -1), -1) if words[k].startswith("(")), -1)
    if end < 0 or words[end] != _bare(words[end]) and not words[end].endswith(",") \
            or _bare(words[end]).lower() in rule.stopwords | rule.clause_words:
        return None
    start = _modified_start(words[:end] + [_bare(words[end])], rule, lang)
    if start is None or not _verb_before(words, start, rule, lang):
        return None  # "Madero, a man from Coahuila, stated in 1910 that …": the clause's own verb
    opened = start
    while opened > 0 and words[opened - 1] == _bare(words[opened - 1]):
        opened -= 1
    if any(_bare(word).lower() in (rule.relatives - rule.determiners) | rule.clause_subordinators
           or rule.dependent.fullmatch(_bare(word).lower()) for word in words[opened:start]):
        return None  # "The general, who had drilled troops all winter, attacked in …": the comma closes a clause
    return _as_written(text, before[start].start(), date[1])


def _in_date(dates: list[Span], position: int) -> bool:
    """Whether `position` lies inside one of `dates` (sorted by start: a bisection)."""
    found = bisect_right(dates, (position + 1, 0)) - 1  # the last date that starts at `position` or before
    return found >= 0 and dates[found][0] <= position < dates[found][1]


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
