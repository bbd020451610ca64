"""Nouns of action, and a date that dates one, not the verb of its clause: "Nach der Wiederwahl des
Bürgermeisters im Oktober 2015 begann die Stadt mit dem Umbau" dates the re-election, not the start of the works.
What a noun of action is (`is_event_noun`), and how a noun phrase becomes a label (`_labelled`, `_complement`),
is shared by `timeline.noun_attributes` and `timeline.noun_modifiers`, which read dates tied to such a noun
anywhere in a sentence.

The clause's event happens before or after the noun's ("nach", "after", "après" and the like: the pack's
`sequence_prepositions`), so the date that belongs to the noun cannot date the clause. The date belongs to the noun
where the grammar says so: it is tied to the noun by a link that only a noun takes ("die Wahl vom 3. März", "the
flood of 2013", "l'élection du 5 mai": `attribute_links`), or it is a date's possessive in the noun's place of
determiner ("after Thursday's hearing": `possessive`), or the phrase opens the clause and the date stands inside
it, before the clause's comma or (verb-second) its finite verb ("After the vote in May, the council …":
`phrase_links`), or the date closes the phrase, a punctuation mark or the sentence's end right after it ("resigned
after the vote in May.", "has been held since his arrest on June 21,"). A noun of action is one of the pack's
`words` (general nouns of news events) or ends in one of its `endings` (derivations of verbs: "-ung", "-tion"),
unless it is one of `not_events`; in a language that writes compounds as one word (`in_compounds`) a compound ends
in its head ("Kommunalwahl"), or in a noun of a phase after a listed noun (`phase_nouns`: "Kriegsende", not
"Jahresende"), or a verb's form in the pack's `nominal_gerund` ending before a noun's link ("after the sinking of
the liner in 1915"). A date between a determiner and its noun inside the phrase's complement ("After the failure
of their 1982 offensives, …") is the phrase's too (`_inner_date_label`). The label is the noun phrase alone, its
article in the case it has alone (`articles`: "der Wahl" -> "die Wahl"): no word that the phrase does not hold or
its grammar does not give. Pack data: `[event_nouns]` of timeline/resources/*/events.toml.

A German noun of action in a declined form is one too ("den Kämpfen", "des Krieges": `declension_endings`; its
label in the nominative, `dative_plural`, `genitive_singular`: "des Krieges" -> "Krieg"). A clause takes one
time, so where it has its own date before the phrase or right after the noun's, the date after the noun is the
noun's (`_clause_date_follows`, `_clause_dated_before`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from .clauses import TOKEN, Span
from .event_resources import load, pack_words
from .finite_verbs import has_finite, is_finite
from .label_rules import _bare, _label_rules, _LabelRules

NOUN_PHRASE_WORDS = 10  # words between the preposition and the date: a noun phrase with two or three complements
# Words after a date up to the noun of action it dates, the noun included ("the 1998 abortion clinic bombing",
# "after Thursday's court hearing"): a noun further on is no longer tied to the date.
DATE_TO_NOUN_WORDS = 3


@cache
def _pack(lang: str | None) -> dict:
    return load(lang).get("event_nouns", {})


def _words(lang: str | None, key: str) -> frozenset[str]:
    return pack_words(lang, "event_nouns", key)


def is_year_after_noun(word: str, lang: str | None) -> bool:
    """Whether `word` is a year written alone (three or four digits) in a language that puts such a year right after
    a noun as the noun's attribute, with no link between them (`year_after_noun`: "die Wahl 2009")."""
    return bool(_pack(lang).get("year_after_noun")) and re.fullmatch(r"\d{3,4}", word) is not None


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
    if pack.get("in_compounds") and any(word.endswith(phase) and _phase_of_event(word[:-len(phase)], lang)
                                        for phase in _words(lang, "phase_nouns")):
        return True  # "Kriegsende", "Streikbeginn": a phase of an event, not of a time ("Jahresende")
    # a stem of three letters at least: "option", "vision" are no actions; a capitalized word in a language that
    # capitalizes every noun is a noun, and its native ending makes one of any verb's stem ("Übung" from "üben")
    short = pack.get("short_stem_endings", []) if noun else []
    return any(word.endswith(ending) and len(word) > len(ending) + 1 + (ending not in short)
               for ending in pack.get("endings", []))


def _phase_of_event(modifier: str, lang: str | None) -> bool:
    """Whether `modifier`, the first part of a compound whose head is a noun of phase ("kriegs" of "Kriegsende"),
    is a listed noun of action, as written or without a joining element (one of `declension_endings`)."""
    nouns, pack = _words(lang, "words"), _pack(lang)
    return any(len(stem) >= 3 and _listed(stem, nouns, pack)
               for stem in [modifier] + _declined_stems(modifier, lang))


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
    module's docstring): the noun phrase, without the preposition and the date (`date` the whole of a range or
    pair, `range_span`); None when there is none, or when another of `dates` stands in the phrase."""
    pack = _pack(lang)
    if not pack.get("sequence_prepositions"):
        return None
    possessive = pack.get("possessive")
    if possessive and re.match(possessive, text[date[1]:date[1] + 4]):
        return _after_date_label(text, clause, date, lang, possessive)  # "after Thursday's hearing"
    preceding = text[clause[0]:date[0]].split()
    if pack.get("date_before_noun") and preceding and _bare(preceding[-1]).lower() in _label_rules(lang).determiners:
        return _after_date_label(text, clause, date, lang, None) \
            or _inner_date_label(text, clause, date, lang)  # "after the 1987 crash"
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
            before[at].end() <= start < date[0] for start, _ in dates):
        return None  # another date in the phrase: the noun's own
    after = text[date[1]:clause[1]]
    # "resigned two days after the election on 5 May": the clause's event is a measured time from the noun's
    if opening and not _measured(words[:at + 1], lang) \
            and not _opens_clause(text, clause, before[at].start(), after, lang) \
            and not _closes_phrase(after, lang) and not _clause_date_follows(text, date, dates, clause) \
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


def _sequence_end(words: list[str], lang: str | None) -> int | None:
    """The index where a preposition of sequence ends `words` ("after", "ahead of", or the link of a measure of
    time, `_measured`: "within weeks of") starts; None without one."""
    tail = [_bare(word).lower() for word in words[-SEQUENCE_WORDS:]]
    for size in range(min(len(tail), SEQUENCE_WORDS), 0, -1):
        if " ".join(tail[-size:]) in _words(lang, "sequence_prepositions"):
            return len(words) - size
    return len(words) - 1 if _measured(words, lang) else None


SEQUENCE_WORDS = 4  # the longest preposition of sequence: "in the wake of"
MEASURE_WORDS = 7  # words of a measure of time and its link: "within a few weeks or months of"


def _measured(words: list[str], lang: str | None) -> bool:
    """Whether `words` end with a measure of time and the link that counts it from the noun after them (the pack's
    `measured_sequence`: "within weeks of", "two days after", "wenige Tage nach", "kurz vor")."""
    pattern = _measured_pattern(lang)
    tail = " ".join(word.lower() for word in words[-MEASURE_WORDS:])
    return pattern is not None and pattern.search(tail) is not None


@cache
def _measured_pattern(lang: str | None) -> re.Pattern[str] | None:
    source = _pack(lang).get("measured_sequence")
    return re.compile(rf"(?:^|\s)(?:{source})$") if source else None


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


INNER_TAIL_WORDS = 4  # words after a date in a complement up to the comma that ends the phrase: "summer offensives"


def _inner_date_label(text: str, clause: Span, date: Span, lang: str | None) -> str | None:
    """A date between a determiner and its noun inside the complement of a noun of action that a preposition of
    sequence opening the clause governs ("After the failure of their 1982 summer offensives, Iran …"): the date
    is the noun phrase's, told whole up to the comma that ends it, the date cut; None where the phrase is no
    noun phrase of action, or no comma ends it within INNER_TAIL_WORDS words."""
    rule = _label_rules(lang)
    before = list(TOKEN.finditer(text, clause[0], date[0]))
    words = [token.group() for token in before]
    at = None
    for k in range(len(words) - 1, max(len(words) - 2 - NOUN_PHRASE_WORDS, -1), -1):
        word = words[k]
        if word != _bare(word) or is_finite(words, k, lang) \
                or _bare(word).lower() in (rule.relatives - rule.determiners) | rule.clause_subordinators:
            return None  # a comma, a verb, a clause of its own: the date is no part of one phrase with the noun
        if _sequence_end(words[:k + 1], lang) is not None:
            at = k
            break
    if at is None or len(words) - at < 3:
        return None  # "after the 1987 crash": the date's own noun is the phrase's head (`_after_date_label`)
    phrase = words[at + 1:]
    if not _headed_by_event(phrase, rule, lang):
        return None
    rest = text[date[1]:clause[1]]
    comma = rest.find(",")
    tail = rest[:comma].split() if comma > 0 else []
    if not 0 < len(tail) <= INNER_TAIL_WORDS or any(word != _bare(word) for word in tail) \
            or has_finite(tail, lang) or not _opens_clause(text, clause, before[at].start(), rest[comma:], lang):
        return None
    return _labelled(phrase + tail, lang)


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


def _brackets_around(text: str, sentence: Span, date: Span, reach: int) -> Span | None:
    """Where the brackets around `date` open and close, each within `reach` characters of it in `sentence`, with no
    other bracket between them and the date; None when the date stands in no brackets."""
    opening = text.rfind("(", max(sentence[0], date[0] - reach), date[0])
    closing = text.find(")", date[1], min(sentence[1], date[1] + reach))
    if opening < 0 or closing < 0 or ")" in text[opening:date[0]] or "(" in text[date[1]:closing]:
        return None
    return opening, closing


@cache
def _abbreviations(lang: str | None) -> frozenset[str]:
    """The abbreviations after which a full stop ends no sentence ("Dr."): the pack's `[sentences]`."""
    return frozenset(load(lang).get("sentences", {}).get("abbreviations", []))


def _headed_by_event(phrase: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """Whether the noun phrase's head, before any word that ties a complement to it ("des", "of", "by"), is a
    noun of action: a listed one, or a verb's form used as one before a noun's link (`nominal_gerund`: "the
    notorious sinking of the liner"). A possessor ("Sun Yat Sen's death") is the head's determiner, no part of
    it."""
    possessive = _pack(lang).get("possessive")
    head: list[str] = []
    owned: list[str] = []  # the words after the last possessor
    for word in phrase:
        bare = _bare(word).lower()
        if head and (bare in rule.prepositions or bare in rule.noun_links):
            if nominal_gerund(owned[-1] if owned else "", word, rule, lang):
                return True
            break
        if bare not in rule.determiners:
            head.append(word)
            owned.append(word)
        if possessive and re.match(possessive, word[-2:] + " "):
            owned = []
    return any(is_event_noun(word, lang) for word in head[:3] + owned[:3])


def nominal_gerund(word: str, following: str, rule: _LabelRules, lang: str | None) -> bool:
    """Whether `word` is a verb's form used as a noun of action: it has the language's `nominal_gerund` ending
    (lower case: no name) and a noun's link follows it ("the killing of a guard": only a noun takes "of"); a noun
    of time or phase in that ending ("the morning of", "the beginning of") names a time, no action."""
    ending: str = _pack(lang).get("nominal_gerund", "")
    return bool(ending) and word[:1].islower() and word.endswith(ending) and len(word) > len(ending) + 2 \
        and following.lower() in rule.noun_links \
        and word.lower() not in rule.event_time_nouns | _words(lang, "phase_nouns")


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


def _closes_phrase(after: str, lang: str | None) -> bool:
    """Whether a punctuation mark that ends a phrase follows the date, or nothing: the phrase of sequence ends at the
    date ("was reluctant to sail, especially after the death of the admiral on 13 April.", "has been held since his
    arrest on June 21,"), which is then its noun's last word, no adverbial the clause's verb takes after it. A
    relative clause after the comma is the noun's, whose label tells more (`dated_antecedent`)."""
    following = after.lstrip()
    if following[:1] == ",":
        rest = following[1:].split(maxsplit=1)
        return not rest or _bare(rest[0]).lower() not in _label_rules(lang).relatives
    return not following or following[0] in ".;:)"


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
        noun = rest[head] if rest else ""
        singular = _undeclined_singular(noun, first, lang)
        if singular == noun:
            return _as_label(words, lang)  # "des Laufs": no listed noun under a genitive's ending, "des" stays
        plural = _undeclined_plural(noun, first, lang) if rest and articles[first] != first else None
        if plural is not None and plural != noun:
            # "den schweren Kämpfen" -> "die schweren Kämpfe": a plural's adjectives end alike in both cases
            rest = rest[:head] + [plural] + rest[head + 1:]
        elif articles[first] != first and _pack(lang).get("declined_modifiers"):
            while len(rest) > 1 and rest[0][:1].islower():  # "einer britischen Übung" -> "eine Übung"
                rest = rest[1:]
        if singular is not None:
            rest[rest.index(noun)] = singular  # "des Grenzabkommens" -> "Grenzabkommen"
        words = ([articles[first]] if articles[first] else []) + rest
    return _as_label(words, lang)


def _as_label(words: list[str], lang: str | None) -> str | None:
    """For `_labelled`: the words as a label, its first letter a capital, an article before a vowel's sound in
    its form there ("a 1997 attack" -> "an attack")."""
    if not words:
        return None
    vowel = len(words) > 1 and words[1][:1].lower() in _pack(lang).get("vowels", "")
    sound = _pack(lang).get("article_before_vowel" if vowel else "article_before_consonant", {})
    if len(words) > 1 and words[0].lower() in sound:
        words = [sound[words[0].lower()]] + words[1:]
    label = " ".join(words).rstrip(" ,;:")
    return label[:1].upper() + label[1:]


def _undeclined_singular(noun: str, article: str, lang: str | None) -> str | None:
    """`noun` after the article of a genitive singular (`genitive_singular`: "des Krieges", "des Grenzabkommens"),
    in the nominative that `_labelled` gives it (the article dropped: its nominative depends on the gender): the
    noun without the first of the genitive's endings that leaves a listed noun of action ("Krieg", not the plural
    "Kriege"); the noun as written where none does; None after another article."""
    endings = _pack(lang).get("genitive_singular", {}).get(article)
    if endings is None:
        return None
    nouns = _words(lang, "words")
    pack = _pack(lang)
    for ending in endings.split():
        if noun.endswith(ending) and noun == _bare(noun) and _listed(noun[:-len(ending)].lower(), nouns, pack):
            return noun[:-len(ending)]
    return noun


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


def dative_plural_form(noun: str, article: str, lang: str | None) -> bool:
    """Whether `noun`, after `article`, ends as a dative plural's noun (`dative_plural`, `dative_plural_endings`:
    "den Kämpfen", "den Kindern"; not "den Plan"), whose nominative takes another article."""
    ending = _pack(lang).get("dative_plural", {}).get(article)
    return bool(ending) and noun.endswith(tuple(_pack(lang).get("dative_plural_endings", [ending])))


def _is_name(word: str, lang: str | None) -> bool:
    """Whether a noun is written as part of a name: capitalized in a language that capitalizes names only."""
    return bool(_label_rules(lang).capitalised_names) and not word[:1].islower()


def _bare_action(word: str, lang: str | None) -> bool:
    """Whether `word`, with no punctuation on it, is a noun of action that is no part of a name: the head of a noun
    phrase a date may tie to."""
    return word == _bare(word) and is_event_noun(word, lang) and not _is_name(word, lang)


def range_span(text: str, date: Span, dates: list[Span], sentence: Span, lang: str | None) -> Span:
    """The span of the range or pair of dates `date` is one end of ("vom 6. bis 7. November", "von 1884/85", "für
    2014 und 2015": the dates of `dates` joined by the pack's `range_between`), or `date` alone: a noun that one
    end dates the other dates too, so the ends share the noun's label."""
    rule = _label_rules(lang)
    at = bisect_left(dates, date)
    if at == len(dates) or dates[at] != date:
        return date  # a date off the axis: no range of dates
    first = last = at
    while first > 0 and rule.range_between.fullmatch(text, dates[first - 1][1], dates[first][0]) \
            and dates[first - 1][0] >= sentence[0]:
        first -= 1
    while last + 1 < len(dates) and rule.range_between.fullmatch(text, dates[last][1], dates[last + 1][0]) \
            and dates[last + 1][1] <= sentence[1]:
        last += 1
    return (dates[first][0], dates[last][1]) if first != last else date
