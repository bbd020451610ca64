"""A date the grammar ties to a noun of action anywhere in a sentence (`attribute_label`), whatever the clause's
verb. What a noun of action is, and how its phrase becomes a label, is in `timeline.event_nouns`.

The date dates that noun: by a link only a noun takes ("Police examined the declaration of 1899"), between the
noun's determiner and it ("the March 3 shooting of a guard"; in German with a participle's adverbial, "die am 4.
März begonnene Offensive"), or set off by commas after a noun phrase that is the subject of a copula ("The fall of
the fortress, on 3 June 1820, was …"), or closing the noun phrase after the noun's complements, with no verb
between ("follows two decisions by the court last June", "die Zerstörung der Brücke durch die Armee im Mai 2003":
`_chain_label`). The clause keeps its label where it tells the date's event as well (see `attribute_label` and
`_chain_label`: a verb in the past or future before such a phrase may be the date's, a present perfect not). A
phrase of purpose or source (`purpose_links`: "will be named commander for a mission in December") tells another
event than its clause's: a date that closes it dates its noun, even right after the noun, unless the verb is in
the past.
Between a determiner with a date and a noun's link, a verb's form in "-ing" is a noun of action by its grammar ("the
March 3 slaying of a guard": `nominal_gerund`).

A date inside a participle's (or adjective's) phrase attached to a noun that names no action dates that phrase's
event or state: the label is the noun phrase with its attribute, as the sentence writes it, the date too ("die im
Jahr 2014 geborenen Kinder": `attribute_shape`; in the nominative where its article and attribute show another
case, `attribute_nominatives`; "of its record high set on Aug. 6", "sur le pont construit en 1932":
`participles_after_noun`, in a clause that has its verb before, where a preposition governs the noun phrase or
a verb takes it as its object: "could break records set in 1953", "reversed a ruling issued last year").

In German, a participle's date may be a part of a period ("die Mitte 1983 gelieferten") or have the participle's
agent after it ("die im Mai von der Armee zerstörte Brücke"); a year alone right after a noun of action is its
attribute (`year_after_noun`: "der Erfolg der Frühjahrsoffensive 1982"), after a name's genitive that is the
noun's complement too (`name_genitive`: "mit dem Kriegseintritt Frankreichs 1778"); brackets that hold a noun phrase
of action and a date tell that date's event (`_bracketed_label`), a word of time opening them after a name the
place's name or state then (`_state_aside_label`). Brackets that hold a main clause of their own, its subject and
finite verb, tell their date's event alone (`bracketed_clause`: "(der Fluss war im März 1920 zugefroren)").
Pack data: `[event_nouns]` of timeline/resources/*/events.toml.

A date that closes a later item of a list of dated noun phrases sharing the first's head noun of action dates that
head with the item ("Kriegseintritt Frankreichs 1778, Spaniens 1779": "Kriegseintritt Spaniens";
`listed_noun_label`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from functools import cache

from .clauses import TOKEN, Span
from .event_nouns import (
    DATE_TO_NOUN_WORDS,
    NOUN_PHRASE_WORDS,
    _abbreviations,
    _bare_action,
    _brackets_around,
    _clause_dated_before,
    _complement,
    _headed_by_event,
    _is_name,
    _labelled,
    _pack,
    _sequence_end,
    _words,
    dative_plural_form,
    is_event_noun,
    is_year_after_noun,
    nominal_gerund,
)
from .event_resources import pack_words
from .finite_verbs import has_finite, has_lower_finite, is_copula, is_finite
from .label_dates import named_by_event
from .label_rules import POSSESSIVE_AFTER, _bare, _label_rules, _LabelRules
from .language import load_pack, pack_table

NOUN_GROUP_WORDS = 4  # words between a noun's determiner and the noun: "die letzte deutsche Großoffensive"

WINDOW_CHARS = 300  # characters either side of a date that `attribute_label` reads: its phrase and complement


def attribute_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """The label of a date that the grammar ties to a noun of action anywhere in `sentence`: right at the noun
    (`_attached_label`) or after the noun's complements (`_chain_label`); None when it ties it to no such noun."""
    return _bracketed_label(text, sentence, date, dates, lang) \
        or _state_aside_label(text, sentence, date, dates, lang) \
        or _state_apposition_label(text, sentence, date, dates, lang) \
        or _year_label(text, sentence, date, dates, lang) or _attached_label(text, sentence, date, dates, lang) \
        or _chain_label(text, sentence, date, dates, lang)


def _year_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`attribute_label` for a year written alone right after a noun of action, where the language puts a year
    there as the noun's attribute (`year_after_noun`: "der Erfolg der Frühjahrsoffensive 1982", "die Wahl 2009"):
    the noun phrase, as `_attached_label` makes it; a capitalized word after the year makes it a count ("die Wahl
    2000 Stimmen"), and a name holds it ("the World Cup 2003" in a language without the attribute). A year is
    the noun's attribute, so a phrase of no more than article and noun tells it, unlike `_attached_label`'s."""
    if not is_year_after_noun(text[date[0]:date[1]], lang):
        return None
    before, sentence, opens = _window(text, sentence, date)
    following = text[date[1]:sentence[1]].split(maxsplit=1)
    if not before or following and following[0][:1].isupper():
        return None
    head = len(before) - 1
    genitive = _pack(lang).get("name_genitive")
    if genitive and head and re.fullmatch(genitive, before[head].group()) \
            and not is_event_noun(before[head].group(), lang):
        head -= 1  # "mit dem Kriegseintritt Frankreichs 1778": the noun of action before a name's genitive
    noun = before[head].group()
    if not _bare_action(noun, lang):
        return None
    return _noun_before_date_label(text, sentence, date, before, lang, opens, head)


BRACKET_CHARS = 200  # characters of an aside in brackets read either side of its date (`_aside_around`)


def _aside_around(text: str, sentence: Span, date: Span, dates: list[Span]) -> Span | None:
    """The brackets around `date` (`_brackets_around`) where they hold no other date: with two, which one a noun
    phrase or clause inside tells, the aside does not say."""
    brackets = _brackets_around(text, sentence, date, BRACKET_CHARS)
    if brackets is None or any(span != date for span in
                               dates[bisect_left(dates, (brackets[0],)):bisect_left(dates, (brackets[1],))]):
        return None
    return brackets


def _bracketed_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`attribute_label` for a date in brackets that hold no clause, but a noun phrase of action and the date
    that opens or closes them ("… die Küstenstädte (im Januar 1932 die Besetzung des Hafens durch Truppen)", "(die
    Besetzung des Hafens im Januar 1932)"): the aside tells the date's event, not the clause it stands in; the
    label is the noun phrase, its first article in the case it has alone. A noun phrase that is no event
    ("(heute Neustadt)") or an aside with a verb leaves the clause its label."""
    rule = _label_rules(lang)
    brackets = _aside_around(text, sentence, date, dates)
    if brackets is None:
        return None
    opening, closing = brackets
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


def bracketed_clause(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> Span | None:
    """Where the clause inside brackets around `date` is, when the brackets hold a main clause of their own, its
    subject and finite verb, and no other date ("Die Armee zog nach Norden (der Fluss war im März 1920
    zugefroren)"): the aside, not the clause it stands in, tells that date's event; its label is the aside alone.
    None for brackets with no verb, which restate the clause's time ("The war (1914-1918) ended") or hold a
    phrase, a title or a name and its years, and for a dependent clause or comparison ("(as planned in 1918)"),
    which tells its date only with the clause around it."""
    brackets = _aside_around(text, sentence, date, dates)
    if brackets is None:
        return None
    opening, closing = brackets
    rule = _label_rules(lang)
    lead = text[opening + 1:date[0]].split()
    words = lead + text[date[1]:closing].split()
    if len(words) < 3 or not words[0][:1].isalnum():
        return None
    if rule.verb_second and all(_bare(word).lower() in rule.all_prepositions for word in lead) \
            and is_finite(words, len(lead), lang, False):
        # "(bis 1971 galt die Republik …)": the date, with its preposition, is the first part of a main clause
        return opening + 1, closing
    first = _bare(words[0]).lower()
    if first in rule.coordinators | rule.comparison | rule.clause_subordinators or is_finite(words, 0, lang, False):
        return None  # a comparison, or a verb first with no subject before it
    verb = next((k for k in range(1, len(words)) if is_finite(words, k, lang, opening=False)), None)
    if verb is None or any(word != _bare(word) for word in words[:verb]):
        return None  # no verb, or one past a comma: a phrase and a clause of its own
    if rule.dependent.match(words[0]) and (
            first not in rule.determiners or verb < 2 or verb == len(words) - 1 and rule.verb_second):
        # a relative pronoun or subordinator; a word of both kinds ("der") is the article of the subject of a
        # verb after it that does not stand last, where a dependent clause puts it ("(der Fluss war zugefroren)")
        return None
    return opening + 1, closing


def _state_aside_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`attribute_label` for a word of time that opens brackets after a name, or their last item, with a noun
    phrase and no verb: the name or state of the place at that time ("bei Saratoga (heute Schuylerville)", "in
    Sarajevo (damals österreichisches Gebiet)", "(auch Chemulpo, heute: Incheon)"). The aside, not the clause
    around it, tells that date; the label says it with the copula the pack gives the word (`aside_copulas`: its
    singular, and its plural for names joined by a word of `aside_conjunctions`, "bei Flitsch und Tolmein (heute
    Slowenien)"): "Saratoga ist heute Schuylerville". Only a name governed by a preposition or determiner is its
    subject, as it stands in any case; a common noun's phrase would need its nominative."""
    pack = _pack(lang)
    copulas = pack.get("aside_copulas", {}).get(text[date[0]:date[1]].lower())
    brackets = _brackets_around(text, sentence, date, BRACKET_CHARS) if copulas else None
    if copulas is None or brackets is None:
        return None
    opening, closing = brackets
    lead = text[opening + 1:date[0]].strip()
    rest = text[date[1]:closing].lstrip(" :").split()
    if lead and not lead.endswith(",") or not rest or has_finite(rest, lang) \
            or _bare(rest[0]).lower() in _label_rules(lang).all_prepositions \
            or any(span != date for span in dates[bisect_left(dates, (opening,)):bisect_left(dates, (closing,))]):
        # a word of time inside an item ("(damals circa …)"), a clause, another date in the aside, or a phrase of a
        # preposition, whose "now" is rather the story's ("the army (now under the command of …)")
        return None
    words = text[sentence[0]:opening].split()
    names = _names_before(words, frozenset(pack.get("aside_conjunctions", [])), lang)
    if names is None:
        return None
    return " ".join([names[0], copulas[names[1]], text[date[0]:date[1]], *rest])


APPOSITION_WORDS = 6  # words of the name or state an apposition gives a place (`_state_apposition_label`)


def _state_apposition_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """`attribute_label` for a word of time that opens an apposition after a name, after the words of the pack's
    `apposition_lead`, as a word of `apposition_states` that names its word of `aside_copulas`, with a noun phrase
    and no verb up to the next comma or the sentence's end: the name or state of the place at that time, said as
    `_state_aside_label` says it ("von Königsberg, dem heutigen Kaliningrad": "Königsberg ist heute Kaliningrad").
    The apposition tells that date, which is no event of the clause around it."""
    pack = _pack(lang)
    lead = pack.get("apposition_lead")
    word = text[date[0]:date[1]]
    adverb = next((adverb for shape, adverb in pack.get("apposition_states", {}).items()
                   if re.fullmatch(shape, word, re.IGNORECASE)), None)
    copulas = pack.get("aside_copulas", {}).get(adverb) if adverb else None
    opened = re.search(lead, text[sentence[0]:date[0]]) if lead and copulas else None
    if adverb is None or copulas is None or opened is None:
        return None
    close = next((position for position in range(date[1], sentence[1]) if text[position] in ",;:()"), sentence[1])
    rest = text[date[1]:close].rstrip(" .!?").split()
    rule = _label_rules(lang)
    if not rest or len(rest) > APPOSITION_WORDS or not rest[0][:1].isupper() \
            or any(word[:1].islower() and word.lower() not in rule.all_prepositions | rule.determiners
                   for word in rest) or any(span[0] < close for span in dates[bisect_left(dates, (date[1],)):]):
        # no name ("den heutigen Stand"), a phrase of more than names, nouns and their prepositions ("den heutigen
        # Zustand zu erhalten"), or another date the apposition may tell
        return None
    names = _names_before(text[sentence[0]:sentence[0] + opened.start()].split(),
                          frozenset(pack.get("aside_conjunctions", [])), lang)
    if names is None:
        return None
    return " ".join([names[0], copulas[names[1]], adverb, *rest])


def _names_before(words: list[str], conjunctions: frozenset[str], lang: str | None) -> tuple[str, bool] | None:
    """The names that `words` end with (`_name_before`), as one phrase, and whether they are more than one: a name
    joined to the last by a word of `conjunctions` ("bei Flitsch und Tolmein"); None when `words` end with none."""
    last = _name_before(words, lang)
    if last is not None:
        return last, False
    start = len(words) - 1
    while start > 0 and words[start][:1].isupper() and words[start] == _bare(words[start]):
        start -= 1  # back over the last name, which after the conjunction is the subject of nothing alone
    if start == len(words) - 1 or words[start].lower() not in conjunctions:
        return None
    first = _name_before(words[:start], lang)
    return (" ".join([first, *words[start:]]), True) if first else None


def _name_before(words: list[str], lang: str | None) -> str | None:
    """The name that `words` end with ("an den Head of Elk", "der koreanischen Stadt Tschemulpo"): capitalized
    words and the lower-case words of no closed class between them, after a preposition or determiner, or after
    an adjective and the common noun it declines; None when `words` end otherwise."""
    rule = _label_rules(lang)
    closed = rule.all_prepositions | rule.determiners | rule.clause_words | rule.stopwords
    start = len(words)
    while start and words[start - 1] == _bare(words[start - 1]) and (
            words[start - 1][:1].isupper() or start < len(words) and start > 1 and words[start - 2][:1].isupper()
            and words[start - 1].lower() not in closed):
        start -= 1
    if start == len(words) or not words[start][:1].isupper():
        return None
    before = words[start - 1].lower() if start else ""
    if before not in rule.all_prepositions | rule.determiners:
        if not before[:1].isalpha() or before in closed or len(words) - start < 2:
            return None  # "100.000 US-Dollar", "und Tolmein": no name the aside is of alone
        start += 1  # "der koreanischen Stadt Tschemulpo": the name after the noun its adjective declines
    return " ".join(words[start:])


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
    if named_by_event(text[date[0]:date[1]], text, date[1], sentence[1], dates, rule):
        # "in einem am Vorabend seines Besuchs veröffentlichten Kommentar": a genitive after the date names the
        # event it is timed by, and the attribute's noun stands after that one; the clause keeps its label
        return None
    if before and _is_determiner(before[-1].group(), rule) and before[-1].group().lower() not in links \
            and (pack.get("date_before_noun") or pack.get("dated_attributes")):
        return _dated_noun_label(text, sentence, date, before, lang, opens) \
            or _referred_agreement_label(text, sentence, date, before, lang)
    if before and pack.get("dated_attributes") and before[-1].group().lower() in _words(lang, "headline_determiners"):
        # "im 1995 gegründeten Verein": a contracted preposition before a date that takes no article (a bare year,
        # "gestern"; a noun of time is left out by `_attribute_phrase_label`) holds the article of the noun after it
        label = _attribute_phrase_label(text, sentence, date, before[-1], lang, participle=True, headline=True)
        if label is not None:
            return label
    if len(before) > 1 and pack.get("dated_attributes") and before[-1].group().lower() in rule.prepositions \
            and _is_determiner(before[-2].group(), rule):
        # "die am 4. März begonnene Offensive", "die im Jahr 2014 geborenen Kinder"
        return _dated_noun_label(text, sentence, date, before[:-1], lang, opens)
    if len(before) > 3 and pack.get("participles_after_noun"):
        # "within 70 points of its record high set on Aug. 6"; a date that takes no preposition right after the
        # participle, "reversed a ruling issued last year"
        last = before[-1].group().lower()
        bare = int(last not in rule.prepositions)
        label = None if bare and last in rule.all_prepositions else _postnominal_label(
            text, date, before, lang, opens, bare)
        if label is not None:
            return label
    if opens and pack.get("participles_after_noun"):
        label = _subject_participle_label(text, sentence, date, before, lang)
        if label is not None:
            return label  # "Polls published on Monday showed a close race"
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
    return _noun_before_date_label(text, sentence, date, before, lang, opens)


def _noun_before_date_label(
    text: str, sentence: Span, date: Span, before: list[re.Match[str]], lang: str | None, opens: bool,
    head: int | None = None
) -> str | None:
    """For `_attached_label` and `_year_label`: the noun phrase of action that the last of `before` ends, right
    before the date (or its link), its noun before[head] (the last where not given), with the complement after
    the date; None where the clause keeps its label."""
    rule = _label_rules(lang)
    start = _group_start(before, len(before) - 1 if head is None else head, rule, lang)
    if start is None:
        return None
    phrase = [token.group() for token in before[start:]]
    complement = _complement(text, date[1], sentence[1], lang, prepositions=True)
    if complement and _bare(complement[0]).lower() in _words(lang, "sequence_prepositions"):
        complement = []  # "des Abkommens von 1763 nach der Unabhängigkeit": a time of the clause, no complement
    governed = _governing(before, start, rule, lang, opens)
    if governed is not None and (governed == "sequence" or governed == "opening"
                                 or len(phrase) <= 2 and not complement and head is None):
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
    aside: set[int] = set()  # the words of asides in brackets inside the phrase, left out of its label
    k, counted = end - 1, 0
    while k >= 0 and counted < CHAIN_WORDS:
        opening = _aside_start(words, k)
        if opening is not None:
            # "la prise d'otages des ministres de l'OPEP (Organisation …) à Vienne en 1975": an aside in brackets
            # after a noun goes with that noun, and the phrase goes on around it
            aside.update(range(opening, k + 1))
            k = opening - 1
            continue
        word = words[k]
        bare = _bare(word)
        if word != bare and not (word.endswith(".") and _abbreviated(word, lang)) \
                or bare.lower() in stops or is_finite(words, k, lang):
            break  # a comma, a clause or verb of its own: the date is no part of one phrase with the noun
        if linked and _bare_action(word, lang):
            head = k  # the farthest noun of action whose complements reach the date
        # "d'otages": a link elided into the noun it ties ("la prise d'otages")
        elided = re.match(r"\w+['’]", bare)
        linked = bare.lower() in rule.noun_links | rule.all_prepositions \
            or elided is not None and elided.group().lower().replace("’", "'") in rule.noun_links
        complement = next((words[j] for j in range(k + 1, end) if j not in aside), "")
        k, counted = k - 1, counted + 1
        if linked and bare.lower() not in rule.noun_links and complement[:1].islower() \
                and _bare(complement).lower() not in rule.determiners | rule.stopwords \
                and not re.match(r"\w+['’]", complement):  # "par l'armée": an article elided into its noun
            break  # "to continue well", "in puncto": a preposition before a verb or adverb, no noun's complement
    # "preparations for the trade summit in October": a noun of purpose or source right before the date is its noun
    purposed = _purpose_start(before, end, closed, rule, lang) if end else None
    if purposed is not None:
        head = end - 1
    # another date inside the phrase (`dates` sorted; bisection, not a scan: a text of many dates stays linear)
    if head is None or (inner := bisect_left(dates, (before[head].start(),) * 2)) < len(dates) \
            and dates[inner][0] < date[0]:
        return None
    start = _chain_start(before, head, rule, lang) if purposed is None else purposed
    if start is None:
        return None
    last = not text[date[1]:sentence[1]].strip(" \t\n.!?")  # nothing but the sentence's stop after the date
    governed = _governing(before, start, rule, lang, opens, last)
    if governed in ("sequence", "opening"):
        return None  # "Nach der Wahl …", "In his speech to the nation on 4 May 1962, the minister …"
    after = _clause_rest(text[date[1]:sentence[1]])
    if purposed is not None:
        # "will be named commander for a mission in December": the verb's event is another, before or after the
        # noun's, unless in the past ("arrested two men for the robbery on Sunday" may date the arrest); its
        # auxiliaries in view ("will be trained" is no past)
        if _tensed(words[max(start - 2 * VERB_WORDS, 0):start], after, lang, future=False):
            return None
    elif governed is None and _alone(before, start, rule, opens):
        if has_lower_finite(after, lang):
            return None  # "The bombing of the clinic in 1998 killed one person": the subject's verb tells its event
    elif _tensed(words[max(start - VERB_WORDS, 0):start], after, lang) \
            and not _clause_dated_before(text, before, start, dates, rule):
        return None  # "He announced the sale of the unit on Friday": the verb's time may be the date
    if rule.verb_final and any(word[:1].islower() and word.lower() not in rule.stopwords | rule.all_prepositions
                               | rule.determiners for word in after) \
            and not _clause_dated_before(text, before, start, dates, rule):
        return None  # "den Angriff auf die Stadt am 21. Juli abbrechen": the clause's verb after the date
    phrase = [word if word != _bare(word) else _bare(word)  # "U.S." keeps its stop
              for at, word in enumerate(words[start:end], start) if at not in aside]
    return _labelled(phrase, lang, _in_case(before, start, governed, rule, lang, opens))


ASIDE_WORDS = 8  # words of an aside in brackets inside a noun phrase: "(Organisation des pays exportateurs …)"


def _aside_start(words: list[str], last: int) -> int | None:
    """Where the aside in brackets that ends at words[last] opens ("(CG-49)", "(Organisation … pétrole)"), over at
    most ASIDE_WORDS words with no other bracket between; None where words[last] closes no bracket."""
    if not words[last].endswith(")"):
        return None
    for k in range(last, max(last - ASIDE_WORDS, -1), -1):
        word = words[k]
        if word.startswith("("):
            return k if "(" not in word[1:] and ")" not in word[:-1] and (k == last or ")" not in word) else None
        if "(" in word or k < last and ")" in word:
            return None
    return None


def _purpose_start(
    before: list[re.Match[str]], end: int, closed: bool, rule: _LabelRules, lang: str | None
) -> int | None:
    """Where the noun phrase of action that before[end - 1] ends starts, right before a date that closes it
    (`closed`), when a link of purpose or source governs it (`purpose_links`: "for a mission in December", "from
    the earthquake two weeks ago"); None otherwise."""
    word = before[end - 1].group()
    if not closed or not _bare_action(word, lang):
        return None
    start = _chain_start(before, end - 1, rule, lang)
    if not start or _bare(before[start - 1].group()).lower() not in _words(lang, "purpose_links"):
        return None
    return start


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
    numbers = pack_table(lang, "number")
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


def _tensed(verb: list[str], after: list[str], lang: str | None, future: bool = True) -> bool:
    """Whether the verb before a noun phrase (the last finite one of `verb`, with the words after it) or the
    clause's words `after` the date (a verb-final participle) are in the past or (where `future`) the future by the
    pack's `[tense]` cues: the clause's own event may then be the date's. A present perfect (`perfect_auxiliaries`: "has
    started paying claims from …") is neither, whatever its participle: it takes no definite past time."""
    pack = load_pack(lang) if lang else None
    if pack is None:
        return True
    finite = [k for k in range(len(verb)) if is_finite(verb, k, lang)]
    perfect = bool(finite) and verb[finite[-1]].lower() in _words(lang, "perfect_auxiliaries")
    told = " ".join(verb[finite[-1]:]) if finite and not perfect else ""
    told += " " + " ".join(after)
    return any(pattern is not None and pattern.search(told) for pattern in (pack.past, pack.future if future else None))


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


def _referred_agreement_label(
    text: str, sentence: Span, date: Span, before: list[re.Match[str]], lang: str | None
) -> str | None:
    """`attribute_label` for a date between a determiner (the last of `before`) and a noun of agreement
    (`agreement_nouns`: "the 1920 treaty", "the 1975 Algiers Agreement") that the clause refers back to, by a
    phrase of reference before the determiner (`agreement_references`: "under", "in breach of", "as laid down by")
    or a verb that acts on an agreement in force (`agreement_verbs`: "breaching", "have rendered … void"): the
    clause tells a later event, the date the agreement's; the label is the noun phrase, its date cut. A verb that
    makes the agreement ("They signed the 1920 treaty") tells the date's event, and the clause keeps its label."""
    nouns = _words(lang, "agreement_nouns")
    tokens = list(itertools.islice(TOKEN.finditer(text, date[1], sentence[1]), DATE_TO_NOUN_WORDS))
    head = next((k for k, token in enumerate(tokens) if _bare(token.group()).lower() in nouns), None)
    rule = _label_rules(lang)
    if head is None or any(token.group() != _bare(token.group()) or token.group().lower() in rule.stopwords
                           | rule.clause_words | rule.all_prepositions for token in tokens[:head]):
        return None  # "the 1920 elections and the treaty": the date dates another noun
    preceding = " ".join(_bare(token.group()).lower() for token in before[-5:-1])
    verbs = _pack(lang).get("agreement_verbs")
    referred = any(re.search(rf"(?:^|\s){re.escape(phrase)}$", preceding)
                   for phrase in _words(lang, "agreement_references")) \
        or bool(verbs and len(before) > 1 and re.fullmatch(verbs, before[-2].group().lower()))
    if not referred:
        return None
    phrase = [_bare(token.group()) for token in tokens[:head + 1]]
    complement = _complement(text, tokens[head].end(), sentence[1], lang, prepositions=True) \
        if tokens[head].group() == _bare(tokens[head].group()) else []
    return _labelled([_bare(before[-1].group())] + phrase + complement, lang, "clause")


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
            if _bare_action(word, lang):
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
        following = tokens[at + 1].group() if at + 1 < len(tokens) else ""
        if is_event_noun(bare, lang) or word == bare and nominal_gerund(word, following, rule, lang):
            if _is_name(bare, lang):
                return None
            head = token
            if word != bare:
                break
        elif word != bare:
            return None
    return (phrase, head) if head is not None else None


def _dated_noun_label(
    text: str, sentence: Span, date: Span, before: list[re.Match[str]], lang: str | None, opens: bool
) -> str | None:
    """For `_attached_label`: the label of a date right after a determiner (the last of `before`, the date's
    preposition left out). Where the language puts a participle's adverbials before it (`dated_attributes`), a
    participle between the date and the noun is dated, even one before a noun of action, whose event it tells
    ("die am 4. März begonnene Offensive": the beginning): the noun phrase keeps its date
    (`_attribute_phrase_label`; cut, "Die begonnene Offensive" would leave a hole), and a verb after it is
    another event ("Der im Mai begonnene Feldzug endete im Juni"). A phrase left in another case than the
    nominative ("den für 1924 angesetzten Wahlen") reads as a fragment: a noun of action alone, in the nominative,
    tells it better ("Die Wahlen")."""
    if _pack(lang).get("dated_attributes"):
        label = _attribute_phrase_label(text, sentence, date, before[-1], lang, participle=True)
        determiner = before[-1].group()
        if label is None or label.split(maxsplit=1)[0] == determiner.capitalize() \
                and _pack(lang).get("articles", {}).get(determiner.lower(), determiner.lower()) != determiner.lower():
            return _prenominal_label(text, sentence, date, before, lang, opens) or label \
                or _attribute_phrase_label(text, sentence, date, before[-1], lang)
        return label
    return _prenominal_label(text, sentence, date, before, lang, opens) \
        or _attribute_phrase_label(text, sentence, date, before[-1], lang)


ATTRIBUTE_WORDS = 3  # words between a dated attribute and its noun: "geborenen Bozner Kinder"
ADVERB_WORDS = 2  # undeclined adverbs between a date and the attribute it dates: "erfolgreich begonnene"


def _attribute_phrase_label(
    text: str, sentence: Span, date: Span, determiner: re.Match[str], lang: str | None, participle: bool = False,
    headline: bool = False
) -> str | None:
    """`attribute_label` for a date that is the adverbial of a participle or adjective before a noun that names no
    action, or of a participle before one that does (`_dated_noun_label`) (`dated_attributes`: "die im Jahr 2014
    geborenen Kinder", "der am 3. Mai gewählte Bürgermeister"): the attribute's event or state is the date's,
    told by the whole noun phrase as the sentence writes it, its date too; cutting the date would leave a hole,
    and the attribute after its noun is no order the language allows. The attribute is a lower-case word of the
    language's declined shape (`attribute_shape`; where `participle`, `participle_shape`) right after the date or
    its undeclined adverbs; the noun, within ATTRIBUTE_WORDS words, the capitalized word after which the phrase
    ends (a punctuation mark, a lower-case word). Where `headline`, only a phrase told as a headline
    (`_headline_attribute`)."""
    shape = _pack(lang).get("participle_shape" if participle else "attribute_shape")
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
    else:
        at = _adverbs_before_attribute(tokens, shape, rule, lang)
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
            phrase = _nominative_attribute(text, determiner, tokens[at:k], bare, lang)
            told = None if phrase is not None else _headline_attribute(text, date, determiner, tokens, at, k, lang)
            if headline or told is not None:
                return told
            label = (text[determiner.start():tokens[k].start()] if phrase is None else phrase) + bare
            return label[:1].upper() + label[1:]
    return None


def _adverbs_before_attribute(tokens: list[re.Match[str]], shape: str, rule: _LabelRules, lang: str | None) -> int:
    """The index of a declined attribute (`shape`) after at most ADVERB_WORDS undeclined adverbs that open
    `tokens` ("erfolgreich begonnene", "weit verbreiteten"): lower-case words of no closed class, no verb, no
    punctuation; 0 without them (the attribute, if any, is the first of `tokens`)."""
    closed = rule.determiners | rule.stopwords | rule.clause_words | rule.all_prepositions
    words = [token.group() for token in tokens]
    for k, word in enumerate(words[:ADVERB_WORDS + 1]):
        if k and re.fullmatch(shape, word) and word not in closed:
            return k
        if word != _bare(word) or not word[:1].islower() or word in closed or re.fullmatch(shape, word) \
                or is_finite(words, k, lang):
            return 0
    return 0


def _nominative_attribute(
    text: str, determiner: re.Match[str], declined: list[re.Match[str]], noun: str, lang: str | None
) -> str | None:
    """For `_attribute_phrase_label`: the noun phrase from `determiner` up to its `noun` (which it ends before) in
    the nominative, where its article and the ending of its attribute (the first of `declined`, the words declined
    before the noun) mark another case, one that a preposition or verb the label leaves out gave it: the phrase
    alone in that case reads as a fragment of a sentence (`attribute_nominatives`: "der seit Mitte 1918
    grassierenden Spanischen" -> "seit Mitte 1918 grassierende Spanische"). None where the phrase is in the
    nominative already or its nominative is unknown."""
    pack = _pack(lang)
    ending: str = pack.get("oblique_ending", "")
    form = pack.get("attribute_nominatives", {}).get(determiner.group().lower())
    if noun.lower().endswith(tuple(pack.get("feminine_suffixes", []))):
        form = pack.get("feminine_nominatives", {}).get(determiner.group().lower(), form)
    if form is None or not ending or not declined[0].group().endswith(ending):
        return None
    if dative_plural_form(noun, determiner.group().lower(), lang):
        return None  # "den … gelieferten Flugzeugen": a dative plural too, whose nominative takes another article
    article, nominative_ending = form.split(":")
    parts, at = [article] if article else [], determiner.end()
    for word in declined:
        parts.append(text[at:word.start()].strip())
        # "Bozner" is not declined and keeps its form
        parts.append(word.group()[:-len(ending)] + nominative_ending if word.group().endswith(ending) else word.group())
        at = word.end()
    return " ".join(part for part in parts if part) + " "


def _headline_attribute(
    text: str, date: Span, determiner: re.Match[str], tokens: list[re.Match[str]], at: int, noun: int,
    lang: str | None
) -> str | None:
    """For `_attribute_phrase_label`: a noun phrase in an oblique case whose nominative the article leaves open
    (`headline_determiners`: "dem", "einem", masculine or neuter) told as a headline tells it: its noun
    (tokens[at + 1:noun + 1], the last ending the phrase), the words between the date and the participle
    (tokens[at]), then the participle without its declension (`oblique_ending`; what is left, `headline_participle`:
    "dem gestern veröffentlichten Quartalsbericht" -> "Quartalsbericht veröffentlicht"). The date is cut: the
    phrase, an attribute before its noun, is now a predicate after it, which needs none. None for any other
    article, ending or attribute (an adjective, a present participle: "dem bald aufflammenden Krieg")."""
    pack = _pack(lang)
    ending: str = pack.get("oblique_ending", "")
    participle = tokens[at].group()
    bare = participle[:-len(ending)] if ending and participle.endswith(ending) else ""
    if determiner.group().lower() not in _words(lang, "headline_determiners") \
            or not bare or not re.fullmatch(pack.get("headline_participle", "(?!)"), bare) \
            or _bare(tokens[noun].group()).endswith(ending):
        return None  # "dem … gewählten Präsidenten", "einem … Gefangenen": a noun declined too, unlike its nominative
    words = text[tokens[at + 1].start():tokens[noun].start()] + _bare(tokens[noun].group())
    between = text[date[1]:tokens[at].start()].strip()
    return " ".join(part for part in (words, between, bare) if part)


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
    text: str, date: Span, before: list[re.Match[str]], lang: str | None, opens: bool, bare: int = 0
) -> str | None:
    """`attribute_label` for a date in a participle phrase after a noun (`participles_after_noun`: "of its record
    high set on Aug. 6", "dans le pont construit en 1932"): the participle's event is the date's, told by the
    noun phrase with its participle phrase as the sentence writes it, the date too (the noun and participle alone,
    "The bridge built", tell too little). Only where a preposition governs the noun phrase, which then can be no
    subject of a verb of the same shape ("the mayor resigned in May"), and no word that also opens a clause ("until
    the war ended in 1918"), or where the noun phrase is the object right after a finite verb that reports no
    clause ("reversed a ruling issued last year": a subject there would need a conjunction or a reporting verb).
    `bare` is 1 for a date with no preposition of its own ("in remarks made last week")."""
    rule = _label_rules(lang)
    participle, noun = before[-2 + bare].group(), before[-3 + bare].group()
    if bare and (not rule.participles.fullmatch(participle)
                 or participle in pack_words(lang, "labels", "period_end_links")):
        return None  # "fell into the title shot five weeks ago": a bare date after a regular participle only
    if participle != _bare(participle) or noun != _bare(noun) or not re.fullmatch(
            _pack(lang)["participles_after_noun"], participle) or POSSESSIVE_AFTER.match(text, date[1]):
        return None  # "the first topics raised in Saturday's meeting": the date is a noun's possessive
    words = [token.group() for token in before]
    if noun.lower() in rule.stopwords | rule.clause_words | rule.determiners | _words(lang, "adjectives_before_noun") \
            or is_finite(words, len(words) - 3 + bare, lang):
        return None  # "avec un nouveau député en 2012": an adjective before its noun, no noun before a participle
    start = _group_start(before, len(before) - 3 + bare, rule, lang)
    if start is None and not bare:
        start = _bare_object_start(words, len(words) - 3, rule, lang)
    if start is None or start == 0:
        return None
    opener = _bare(before[start - 1].group()).lower()
    if opener in pack_words(lang, "clauses", "after_comma"):
        return None
    if _governing(before, start, rule, lang, opens) == "inside":
        if bare:
            return None  # "said in a letter published Wednesday": the clause tells the same time
    else:
        object_of = words[start - 1]
        determined = _is_determiner(words[start], rule)
        if not _verb_at(words, start - 1, lang, determined) or rule.reporting.fullmatch(object_of) \
                or object_of.lower() in _words(lang, "complement_verbs") \
                or start > 1 and words[start - 2].lower() in rule.relatives:
            return None  # "who performed abortions declined in 1982", "left rates unchanged on Monday": the verb's
    verb = _verb_before(words, start, rule, lang)
    if verb is None:
        return None  # "Additional details of the slaying emerged on Sunday": the clause's own verb
    if _reports_a_clause(words[verb], text, date, rule, lang):
        return None  # "said the old school in the valley closed in 1987": the reported clause's own verb
    if text[date[0]:date[1]].split()[-1].lower() in rule.all_prepositions:
        return None  # a date tagged with the link of what follows it ("within the first quarter of"): no end
    label = text[before[start].start():date[1]]
    return label[:1].upper() + label[1:]


def _bare_object_start(words: list[str], head: int, rule: _LabelRules, lang: str | None) -> int | None:
    """Where a noun phrase with no determiner that words[head] ends starts right after a finite verb, its object
    ("could break records set in 1953", "overturned rule changes made in January"): over at most NOUN_GROUP_WORDS
    lower-case words that are no function word and have no participle's shape (a perfect's: "had remained
    focused"); None where no verb that takes an object stands before them (`_verb_at`), or where the pack lists
    no auxiliaries (`bracket_verbs`), which `_verb_at` must tell from such a verb ("a rouvert peu après midi")."""
    if not pack_words(lang, "labels", "bracket_verbs"):
        return None
    participle = re.compile(_pack(lang)["participles_after_noun"])
    for k in range(head, max(head - NOUN_GROUP_WORDS, 0), -1):
        word = words[k]
        if word != _bare(word) or not word.islower() or word in rule.stopwords | rule.all_prepositions \
                | rule.clause_words | rule.determiners or participle.fullmatch(word):
            return None
        if _verb_at(words, k - 1, lang):
            return k
    return None


def _verb_at(words: list[str], k: int, lang: str | None, determined: bool = False) -> bool:
    """Whether words[k] is a verb that takes an object (or a predicative): finite but no auxiliary or copula
    unless a determiner follows it ("has an arraignment set for Feb. 17"; not "was finally crushed": an adverb),
    or an infinitive (no participle's shape) right after a modal (`bracket_verbs` that are no copula or auxiliary
    of the perfect or passive: "could break records"; not "had remained focused"; after "to" a preposition's
    noun looks the same, "to higher costs")."""
    word = words[k].lower()
    auxiliaries = pack_words(lang, "labels", "bracket_verbs")
    copulas = pack_words(lang, "verbs", "copulas") | pack_words(lang, "labels", "passive_auxiliaries") \
        | pack_words(lang, "event_nouns", "perfect_auxiliaries")
    if word != _bare(word) or word in auxiliaries | copulas and not determined:
        return False
    if is_finite(words, k, lang):
        return True
    return k > 0 and words[k - 1].lower() in auxiliaries - copulas \
        and not _label_rules(lang).participles.fullmatch(word)


def _subject_participle_label(
    text: str, sentence: Span, date: Span, before: list[re.Match[str]], lang: str | None
) -> str | None:
    """`attribute_label` for a date in a participle phrase after the noun phrase that opens the sentence, the
    clause's finite verb right after the date ("Polls published on Monday showed a close race"): the date is the
    participle's event, told by the subject as written up to the date ("Polls published on Monday"); the clause's
    label, the date's phrase cut from it, would leave the participle bare ("Polls published showed …"). `before`
    opens the sentence and holds no punctuation. The noun phrase is a few words, no function word after its first
    (a determiner, numeral or quantifier, or the noun of a bare plural), no verb before its noun (the noun right
    before a participle is none: "Reports released …"); the participle is no reporting verb ("Officials said on
    Monday talks …": the clause's own verb), the date's preposition right after it."""
    rule = _label_rules(lang)
    words = [token.group() for token in before]
    if len(words) < 2 or any(word != _bare(word) for word in words):
        return None
    shape = _pack(lang)["participles_after_noun"]
    participle = next((k for k in range(1, min(len(words), NOUN_GROUP_WORDS + 2))
                       if re.fullmatch(shape, words[k])), None)
    if participle is None or rule.reporting.fullmatch(words[participle]):
        return None
    function = rule.stopwords | rule.all_prepositions | rule.clause_words
    # "What's needed now is …": a function word with a verb contracted onto it opens no noun phrase
    stems = [re.split(r"['’]", word)[0].lower() for word in words[:participle]]
    if stems[-1] in function | rule.determiners or any(stem in function for stem in stems[1:]) \
            or any(stem in rule.stopwords for stem, word in zip(stems, words) if stem != word.lower()) \
            or has_finite(words, lang, 0, participle - 1) \
            or stems[0] in rule.all_prepositions | pack_words(lang, "clauses", "after_comma"):
        return None  # "After troops landed on Monday …": the opening word is no noun phrase's
    if participle != len(words) - 2 or words[-1].lower() not in rule.all_prepositions:
        # "The warrant issued Monday charged …": a date with no preposition stays in the clause's label, the
        # participle's with it; "A survey released by the institute on Monday showed …": the participle keeps
        # its agent there, and the clause's label tells its event too
        return None
    # the verb read after the date's last word, which stands where its subject would ("2022 show")
    own = text[date[0]:date[1]].split()
    following = own[-1:] + text[date[1]:sentence[1]].split(maxsplit=2)[:2]
    if len(following) < 2 or following[1] != _bare(following[1]) or not is_finite(following, 1, lang, opening=False):
        return None
    if own[0].lower() in rule.determiners and re.fullmatch(shape, following[1]):
        return None  # "Sales increased in the quarter ended Sept. 30 to …": the participle of the date's noun
    return text[before[0].start():date[1]]


def _reports_a_clause(verb: str, text: str, date: Span, rule: _LabelRules, lang: str | None) -> bool:
    """Whether `verb`, the clause's verb before a noun phrase (`_verb_before`), is a reporting verb whose object, a
    clause without a conjunction, has no finite verb after `date` up to its next mark: the shape after the noun
    phrase is that clause's verb, no participle ("said the old school in the valley closed in 1987"; not "said the
    report published in May was wrong")."""
    if not rule.reporting.fullmatch(_bare(verb)):
        return False
    rest = _CLAUSE_MARK.split(text[date[1]:date[1] + REPORTED_REACH], maxsplit=1)[0].split()
    return not has_finite(rest, lang)


# what ends a clause after a date, and how far the words after it are read for a verb of the reported clause
_CLAUSE_MARK = re.compile(r"[.,;:!?]")
REPORTED_REACH = 120


def _verb_before(words: list[str], start: int, rule: _LabelRules, lang: str | None) -> int | None:
    """Where the clause has its verb before words[start] (back to a punctuation mark or a word that opens a
    clause): a finite verb or a participle ("leaving the index within 70 points of its record high set on …"), so
    that a verb's shape after the noun phrase is no verb of its clause ("details of the slaying emerged on …");
    None when it has none there."""
    openers = pack_words(lang, "clauses", "after_comma") | rule.relatives
    for k in range(start - 1, -1, -1):
        word = words[k]
        if _bare(word).lower() in openers:
            return None
        if is_finite(words, k, lang) or rule.participles.fullmatch(_bare(word)):
            return k
        if word != _bare(word) and not word.endswith(("'", "’")):
            return None
    return None


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


def _governing(
    tokens: list[re.Match[str]], start: int, rule: _LabelRules, lang: str | None, opens: bool, last: bool = False
) -> str | None:
    """What governs the noun phrase that starts at tokens[start]: "sequence" for a preposition of sequence (the
    phrase is `event_noun_label`'s), "opening" for another preposition that opens the sentence (`tokens` `opens`
    it) or follows a comma ("In his speech of 4 May 1962, …"), "inside" for one inside the clause; None for no
    preposition. A phrase after a comma that is `last` in its sentence opens no clause after it: it closes the
    clause before it, inside that one ("…, pour la prise de la ville en 1975.")."""
    if start == 0:
        return None
    words = [_bare(token.group()).lower() for token in tokens[:start]]
    if _sequence_end(words, lang) is not None:
        return "sequence"
    if words[-1] not in rule.all_prepositions:
        return None
    opening = opens and all(word in rule.coordinators for word in words[:-1]) \
        or start > 1 and tokens[start - 2].group().endswith(",") and not last
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


LISTED_ITEM_WORDS = 5  # words of a later item of a list of noun phrases that share their head ("San Juan")


def listed_noun_label(text: str, sentence: Span, date: Span, dates: list[Span], previous: str | None,
                      lang: str | None) -> str | None:
    """The label of a date that closes a later item of a list of noun phrases, each with its own date, that share
    the head noun of action written once in the first ("mit dem Kriegseintritt Frankreichs 1778, Spaniens 1779 und
    der Niederlande 1780", "expeditions against Omoa in 1779 and San Juan in 1780", "the Third Army victory at
    Ivincourt on 12 September, the Fourth Armies at Epheny on 18 September"): the head, with its preposition, and the
    item ("Kriegseintritt der Niederlande", "Expeditions against San Juan"), the head noun before the item's own
    preposition where the item has the one the head takes ("The Fourth Armies victory at Epheny"). `previous` is the
    label of the date before, in the sentence: it must end with the head and the item before, the head after the
    last verb with its article there (the phrase then in the case it has alone: "mit der Eroberung von Metz 1870 und
    von Straßburg 1871" -> "Die Eroberung von Straßburg"); the item is a few words, no verb and no noun of action,
    between a comma or plain conjunction after that date and this one. None otherwise."""
    rule = _label_rules(lang)
    before = bisect_left(dates, date) - 1
    if not previous or before < 0 or dates[before][0] < sentence[0] or "…" in previous:
        return None
    between = text[dates[before][1]:date[0]].split()
    separated = between[:1] == [","]
    if separated:
        between = between[1:]
    if between[:1] and between[0].lower() in rule.conjunctions:
        between, separated = between[1:], True
    if not separated:
        return None
    links = rule.closed_prepositions | rule.unstacked_prepositions
    item = between[:-1] if between and between[-1].lower() in rule.prepositions else between  # "in 1780"
    if not 0 < len(item) <= LISTED_ITEM_WORDS or any(word != _bare(word) for word in item) \
            or has_finite(item, lang) or any(is_event_noun(word, lang) for word in item):
        return None  # a clause, or a phrase with a head of its own ("the French capture of Vaux a day later")
    words = previous.removesuffix(text[dates[before][0]:dates[before][1]]).split()  # a label that keeps its date
    written = text[sentence[0]:dates[before][0]].split()
    if written and written[-1].lower() in rule.prepositions:
        written.pop()  # the previous date's own preposition ("in 1779")
    if not written or _bare(written[-1]) != _bare(words[-1]):
        return None
    verbs = [at for at in range(len(words)) if is_finite(words, at, lang)]
    # in a clause's label, the head with its article after the verb: "… mit der Eroberung von Metz"
    heads = [at for at in range(verbs[-1] + 1 if verbs else 0, len(words) - 1)
             if is_event_noun(_bare(words[at]), lang) and (not verbs or _is_determiner(words[at - 1], rule))]
    if not heads:
        return None
    governed = bool(verbs) and words[heads[-1] - 2].lower() in links  # "mit der Eroberung": the article's case
    if verbs:
        words = words[heads[-1] - 1:]
    head = heads[-1] if not verbs else 1
    linked = _bare(words[head + 1]).lower() in links
    if linked and head + 2 == len(words):
        return None  # the head's preposition and no item after it
    link = words[head + 1].lower() if linked else None
    own = next((at for at, word in enumerate(item) if word.lower() == link), None)
    if own is None and not all(_is_determiner(word, rule) for word in words[:head]):
        return None  # "the Third Army victory at Ivincourt": its items have the head's modifier, and preposition
    if own:  # "the Fourth Armies at Epheny": the head noun goes between the item's modifier and its preposition
        label = [*item[:own], _bare(words[head]), *item[own:]]
    elif own == 0 or item[0].lower() in links:
        if own is None:
            return None  # the item has a preposition of its own, not the head's: another phrase
        label = [*words[:head + 1], *item]  # "the capture of Rome in 1990 and of Paris in 1995"
    else:
        label = [*words[:head + 1 + linked], *item]
    if verbs:  # the article in the case it has alone: "mit der Eroberung" -> "Die Eroberung"
        return _labelled(label, lang, "preposition" if governed else "object")
    told = " ".join(label)
    return told[:1].upper() + told[1:]
