"""Shortening a label too long for the chart (`shortened`) to at most about LABEL_WORDS words.

Around the main verb: a long subject's head, "…" and the verb with what follows it, in a verb-final language with
the words that close its clause (`_around_verb`); without the extended attributes and the adverbials of the middle
field (or the run of them, or an apposition, before a closing infinitive group, with "…" for the group's inner
phrases when it is still too long), where capitals mark every noun; the clause the cut falls in told alone
(`_own_clause`); a clause embedded right after the main verb ("said that …") told with its subject's noun, "…" and
its own verb (`_complement_around_verb`); a closing infinitive group, complement clause or verb-final clause's verb
kept after "…"; in a verb-final language, the phrase that closes the main clause after an insertion
(`_bracket_after_insertion`), and never the last words of a second verb-final clause joined by a conjunction
(`_first_conjunct`), nor those of a relative clause before the objects it interrupts (`_objects_after_relative`).
Else the first words, ended at a late comma and not on a function word (`_trimmed`), a preposition without its
object, a number without the noun it counts, or, where capitals mark every noun, an adjective or attributive
participle without its noun (`_phrase_closed`, `_noun_left`); nor on a quantifier or determiner without its noun,
nor inside a name (`_whole_end`); a cut inside an extended attribute leaves the attribute out and keeps its noun
(`_attribute_skipped`: "Es kam zu der … Marneschlacht"). A "…" inside a label falls between two phrases: the words
before it end with a whole phrase (`_whole_head`), those after it start with theirs (`_whole_tail`).
"""

from __future__ import annotations

import re
from functools import cache

from .clauses import DASHES, compound_hyphen
from .dependents import (
    complement_clause,
    infinitive_clause,
    infinitive_complement,
    infinitive_group,
    marked_infinitive,
    marked_infinitive_words,
    open_predicate,
)
from .dependents import rules as dependent_rules
from .finite_verbs import (
    _finite_by,
    has_finite,
    is_agent_participle,
    is_copula,
    is_finite,
    is_listed_finite,
    main_verb,
)
from .label_rules import (
    LABEL_WORDS,
    MIN_LABEL_WORDS,
    _bare,
    _label_rules,
    _LabelRules,
    opens_subject,
)
from .word_order import SUBJECT_AFTER_COMMA, fronted_preposition_verb, subject_length

VERB_TAIL = 3  # last words a verb-final label keeps when cut: "… im Rathaus geklärt werden", "… täglich raucht"

VERB_ROOM = 4  # words a cut label keeps from its verb on, at least: the verb and what it does ("a estimé que la …")

BARE_VERB = 3  # words a cut label may show of a second clause before it ends with that clause's start instead

SUBJECT_HEAD = 5  # first words of a long subject kept before "…" when the verb would fall past the cut

NOUN_REACH = 3  # words a subject's first words may take after SUBJECT_HEAD to reach the noun their modifiers describe
# ("Among the first three former | Warsaw Pact countries …")

NAME_BEFORE_VERB = 3  # capitalized words right before the verb kept with it: who acts ("… Dominique de Villepin a")


NEGATION_REACH = 2  # words before kept words a negation may stand in ("no longer had", "nicht mehr zu halten")


def _with_negation(words: list[str], start: int, floor: int, rule: _LabelRules) -> int:
    """Where words kept from words[start] on start so that a negation at most NEGATION_REACH words before them, in
    the same phrase (no punctuation between, not before words[floor]), comes with them: a label that keeps a verb
    without its negation says the opposite ("King … said a word", not "King … never said a word"). `start` when
    none stands there."""
    for k in range(start - 1, max(start - 1 - NEGATION_REACH, floor - 1), -1):
        if words[k][-1:] in ",;:)":
            break
        if rule.negation.fullmatch(_bare(words[k])):
            return k
    return start


def _negation_after(words: list[str], cut: int, rule: _LabelRules) -> int:
    """Where a label cut after words[:cut] ends: at the end of its clause (the words' end or their next comma,
    semicolon or colon) when at most NEGATION_REACH words are left there and a negation is among them (one or
    two words over: "… erholte sich das Heer bis Kriegsende nicht mehr", not "… bis Kriegsende…", which says
    the opposite); `cut` otherwise."""
    end = next((k + 1 for k in range(cut, len(words)) if words[k][-1:] in ",;:"), len(words))
    if cut < end <= cut + NEGATION_REACH and any(rule.negation.fullmatch(_bare(word)) for word in words[cut:end]):
        return end
    return cut


SPARE_INSERTION = 4  # words of a comma-enclosed insertion without nouns a long label drops (", nun wieder verstärkte,")

SPARE_ASIDE = 10  # words between a pair of dashes a long label drops ("– gegen einen … überlegenen Gegner –")


def _dropped(words: list[str], anchor: int | None, start: int, stop: int) -> tuple[list[str], int | None]:
    """`words` without words[start:stop], and the anchor (the index of the word after the cut date) moved."""
    if anchor is not None and anchor >= stop:
        anchor -= stop - start
    return words[:start] + words[stop:], anchor


def _without_dash_pairs(words: list[str], anchor: int | None, lang: str | None) -> tuple[list[str], int | None]:
    """`words` without what stands between a pair of dashes inside the clause ("Die Armee war nach dem Marsch – gegen
    einen weit überlegenen Feind – am Ende ihrer Kräfte"): an aside, of at least two and at most SPARE_ASIDE words,
    not holding the cut date's place (`anchor`). A dash between two numbers is a range, a hyphen inside a compound
    (`compound_hyphen`: "a 30 - day period") a word's, no aside."""
    k = 1
    while k < len(words) - 1 and len(words) > LABEL_WORDS + 1:
        closing = next((j for j in range(k + 3, min(len(words) - 1, k + 2 + SPARE_ASIDE))
                        if words[j] in DASHES and not compound_hyphen(words, j, lang)), None) \
            if words[k] in DASHES and not words[k - 1][-1:].isdigit() and not compound_hyphen(words, k, lang) else None
        if closing is None or anchor is not None and k < anchor <= closing:
            k += 1
            continue
        words, anchor = _dropped(words, anchor, k, closing + 1)
    return words, anchor


def _without_spare_insertion(words: list[str], anchor: int | None, rule: _LabelRules) -> tuple[list[str], int | None]:
    """`words` without a short comma-enclosed insertion that names nothing: where capitals mark every noun, lower-case
    words alone ("Hatte die, nun wieder verstärkte, Armee …"); elsewhere sentence adverbs alone ("was, however,
    retaken"). Not a list item (a comma or coordinator after it), nor one that opens a clause or phrase of its own
    (a pronoun, subordinator, preposition: ", sagte er,", ", wie erwartet,", ", zu gehen,"), nor one with a finite
    verb (", flüchtete aber,") or a word that governs a date (", jeweils,": what is left of a cut one), nor one
    holding the cut date's place (`anchor`)."""
    k = 1
    while k < len(words) - 1 and len(words) > LABEL_WORDS + 1:
        if not words[k - 1].endswith(","):  # no insertion opens here: the checks below would all find none
            k += 1
            continue
        closing = next((j for j in range(k, min(len(words) - 1, k + SPARE_INSERTION)) if words[j].endswith(",")),
                       None) if words[k - 1].endswith(",") else None
        inserted = [_bare(word).lower() for word in words[k:closing + 1]] if closing is not None else []
        # between an article and its noun an insertion describes the noun: a past form there is a participle
        attributive = _bare(words[k - 1]).lower() in rule.determiners
        spare = closing is not None and all(word.isalpha() for word in inserted) and all(
            word in rule.sentence_adverbs for word in inserted) if rule.capitalised_names else all(
            _bare(word)[:1].islower() and _bare(word).isalpha() for word in words[k:(closing or k) + 1])
        if closing is None or not spare or anchor is not None and k <= anchor <= closing + 1 \
                or inserted[0] in rule.clause_words or rule.dependent.match(inserted[0]) \
                or any(word in rule.pronouns | rule.relatives | rule.single_prepositions | rule.trailing
                       for word in inserted) or has_finite(words, rule.lang, k, closing + 1) and not attributive \
                or words[closing + 1].endswith(",") or _bare(words[closing + 1]).lower() in rule.coordinators:
            k += 1
            continue
        words, anchor = _dropped(words, anchor, k, closing + 1)
        words[k - 1] = words[k - 1][:-1]
    return words, anchor


def _without_sentence_adverbs(words: list[str], anchor: int | None, rule: _LabelRules) -> tuple[list[str], int | None]:
    """`words` without the pack's `sentence_adverbs` ("jedoch", "bereits", "however"): not the first word, where one
    stands for a fronted phrase, nor one set off by a comma on one side only (", aber" joins two phrases)."""
    k = 1
    while k < len(words) and len(words) > LABEL_WORDS + 1:
        word, before = words[k], words[k - 1]
        if _bare(word).lower() not in rule.sentence_adverbs or word[:1].isupper() \
                or before.endswith((";", ":")) or before in DASHES:
            k += 1
        elif before.endswith(",") and word.endswith(","):  # "was, however, retaken"
            words, anchor = _dropped(words, anchor, k, k + 1)
            words[k - 1] = before[:-1]
        elif not before.endswith(",") and _bare(word) == word:
            words, anchor = _dropped(words, anchor, k, k + 1)
        else:
            k += 1
    return words, anchor


COMMANDER_REACH = 6  # words of the name after a command phrase ("des ehemaligen deutschen Generals von der Goltz")


def _commander_end(words: list[str], start: int, rule: _LabelRules) -> int | None:
    """Where the name after a command phrase that ends before words[start] ends (the index after it): after a
    linking word ("von", "des", "of"), lower-case words (adjectives, a title) up to a capitalized word, then
    capitalized words and name particles, within COMMANDER_REACH words, and a genitive after them ("mit dem
    Botschafter der Niederlande"). None when its end is unclear (a list of names goes on after a comma): where
    capitals mark every noun, a second capitalized word before a lower-case one may be the clause's object ("von
    Berg Ufa zurückerobert"), so the name must be followed by an article, a preposition or a comma there."""
    k = start + 1 if start < len(words) and _bare(words[start]).lower() in rule.noun_links else start
    first = next((j for j in range(k, min(len(words), k + COMMANDER_REACH)) if _bare(words[j])[:1].isupper()), None)
    if first is None or any(word.endswith((",", ";", ":")) for word in words[k:first]):
        return None
    end, capitals = first, 0
    reach = min(len(words), k + COMMANDER_REACH)
    while end < reach and (_bare(words[end])[:1].isupper() or _in_name(words, end, rule)):
        capitals += _bare(words[end])[:1].isupper()
        end += 1
        if words[end - 1].endswith((",", ";", ":")):
            break
    if end >= len(words) or end == reach:
        return None
    genitive = rule.inversion.genitive if rule.inversion else frozenset()
    while not words[end - 1].endswith((",", ";", ":")) and _bare(words[end]).lower() in genitive:
        # the name's genitives go with it ("gemeinsam mit dem Botschafter der Niederlande")
        noun = next((j for j in range(end + 1, min(len(words), end + COMMANDER_REACH))
                     if not _bare(words[j])[:1].islower()), None)
        if noun is None or not _bare(words[noun])[:1].isupper() \
                or any(word.endswith((",", ";", ":")) or _bare(word).lower() in rule.closed_prepositions
                       for word in words[end:noun]):
            return None  # adjectives only before the genitive's noun, no phrase of their own ("der im Laufe …")
        end = noun
        while end < len(words) and _bare(words[end])[:1].isupper() and not words[end - 1].endswith((",", ";", ":")):
            end += 1
        if end >= len(words):
            return None
    following = _bare(words[end]).lower()
    if words[end - 1].endswith(",") and _bare(words[end])[:1].isupper():
        return None  # a list of names goes on ("gemeinsam mit Australien, China und Indien")
    clear = words[end - 1].endswith(",") or following in rule.determiners or following in rule.single_prepositions
    return end if clear or rule.capitalised_names or capitals == 1 else None


def _in_name(words: list[str], k: int, rule: _LabelRules) -> bool:
    """Whether the lower-case words[k] is a particle inside a name: before a capitalized word, alone or with an
    article ("von Berg", "von der Goltz")."""
    if k and _bare(words[k - 1]).lower() in rule.particles and _bare(words[k]).lower() in rule.determiners:
        return k + 1 < len(words) and _bare(words[k + 1])[:1].isupper()  # the article after it: "von der Goltz"
    if _bare(words[k]).lower() not in rule.particles:
        return False
    after = [_bare(word) for word in words[k + 1:k + 3]]
    return bool(after) and (after[0][:1].isupper() or len(after) > 1 and after[0].lower() in rule.determiners
                            and after[1][:1].isupper())


@cache
def _phrase_starts(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The first words of `phrases` (lower case); None when an empty phrase, which starts anywhere, is among them."""
    return None if any(not phrase for phrase in phrases) else frozenset(phrase[0] for phrase in phrases)


def _without_commanders(words: list[str], anchor: int | None, rule: _LabelRules) -> tuple[list[str], int | None]:
    """`words` without the pack's `command_phrases` and the name after them ("Hatten die Freikorps unter dem
    Kommando des Generals von der Goltz die Hauptstadt … gebracht", "gemeinsam mit dem König"): who led it or
    took part, not what happened. Not one holding the cut date's place (`anchor`), nor one whose name's end is
    unclear (`_commander_end`)."""
    starts = _phrase_starts(rule.command_phrases)
    k = 1
    while k < len(words) and len(words) > LABEL_WORDS + 1:
        if starts is not None and _bare(words[k]).lower() not in starts:  # no phrase starts here
            k += 1
            continue
        phrase = next((phrase for phrase in rule.command_phrases
                       if tuple(_bare(word).lower() for word in words[k:k + len(phrase)]) == phrase
                       and not any(word.endswith((",", ";", ":")) for word in words[k:k + len(phrase)])), None)
        end = _commander_end(words, k + len(phrase), rule) if phrase else None
        if end is None or anchor is not None and k < anchor < end:
            k += 1
            continue
        comma = words[end - 1].endswith(",")
        words, anchor = _dropped(words, anchor, k, end)
        if comma and not words[k - 1].endswith(","):
            words[k - 1] += ","
    return words, anchor


def _without_roles(words: list[str], anchor: int | None, rule: _LabelRules) -> tuple[list[str], int | None]:
    """`words` without the role someone acts in (`role_openers`, a noun and its genitive: "Übernahm er als Chef
    des Stabes das Kommando"), where an article follows, the verb's object's. Not one whose opener a function word
    follows ("als der Kaiser", "sowohl … als auch …"), nor one holding the cut date's place (`anchor`)."""
    genitive = rule.inversion.genitive if rule.inversion else frozenset()
    k = 1
    while k < len(words) - 1 and len(words) > LABEL_WORDS + 1:
        opens = _bare(words[k]).lower() in rule.role_openers and not words[k - 1].endswith((",", ";", ":")) \
            and _bare(words[k + 1]).lower() not in rule.stopwords
        end = _commander_end(words, k + 1, rule) if opens else None  # read only where a role opens
        if end is None or anchor is not None and k < anchor < end or words[end - 1].endswith((",", ";", ":")) \
                or _bare(words[end]).lower() not in rule.determiners \
                or not any(_bare(word).lower() in genitive for word in words[k + 2:end]):
            k += 1
            continue
        words, anchor = _dropped(words, anchor, k, end)
    return words, anchor


def spared(words: list[str], anchor: int | None, rule: _LabelRules) -> tuple[list[str], int | None]:
    """A label too long for the chart without what a reader can spare, before any cut: asides between dashes,
    short comma-enclosed insertions that name nothing, sentence adverbs, who led it or took part with the subject
    (`command_phrases`), each only while the words are still too long. So the cut that may follow keeps more of
    the clause: its subject, verb and what closes it ("Die Stadt wurde jedoch bereits kurze Zeit später von den
    Truppen…" -> "Die Stadt wurde kurze Zeit später von den Truppen zurückerobert…"). Returns the words and the
    anchor (the index of the word after the cut date) moved."""
    words, anchor = _without_dash_pairs(list(words), anchor, rule.lang)
    words, anchor = _without_spare_insertion(words, anchor, rule)
    words, anchor = _without_sentence_adverbs(words, anchor, rule)
    words, anchor = _without_commanders(words, anchor, rule)
    return _without_roles(words, anchor, rule)


def _trimmed(words: list[str], stopwords: frozenset[str], least: int) -> list[str]:
    """`words` without the function words and suspended hyphens they end with ("mit einem aus Land-"), keeping
    at least `least`."""
    words = list(words)
    while len(words) > least and (_bare(words[-1]).lower() in stopwords or words[-1].endswith("-")):
        words.pop()
    return words


def _inside_phrase(words: list[str], end: int, rule: _LabelRules) -> bool:
    """Whether a cut between words[:end] and words[end:] falls inside a phrase, so that a "…" there would leave a
    hole ("Among the first three former … were", "mit dem Verlust von zwei … Minen", "zu einer umfassenden … das
    Regime aus"): the last word kept is a preposition or article without its noun, a number before the noun it
    counts, a plain conjunction before its second conjunct ("Grundbuch- und | Katasteramt"), or, where capitals
    mark every noun, a lower-case word that is neither a function word nor a finite verb right before a
    capitalized word (an adjective before its noun: "einer umfassenden | Aufstandsbewegung"), or a compound written
    with spaced hyphens (`compound_hyphen`: "convicting 27 | - year - old"). Punctuation after the last word closes
    the phrase."""
    if not 0 < end < len(words) or words[end - 1][-1:] in ",;:)":
        return False
    if _inside_compound(words, end, rule.lang):
        return True
    last, following = _bare(words[end - 1]), _bare(words[end])
    lower = last.lower()
    if lower in rule.single_prepositions and words[end - 1][:1].islower() or lower in rule.determiners \
            or lower in rule.conjunctions:
        return True
    if _FIGURE.fullmatch(words[end - 1]) or lower in rule.quantifiers:
        # (a plain conjunction after the number joins a second one before the noun: "zwischen 18 | und 45 Jahren")
        return following.lower() in rule.conjunctions or following.isalpha() \
            and following.lower() not in rule.phrase_openers and not is_finite(words, end, rule.lang)
    return not rule.capitalised_names and last.isalpha() and last.islower() and lower not in rule.stopwords \
        and following[:1].isupper() and following.isalpha() and not is_finite(words, end - 1, rule.lang)


def _whole_head(words: list[str], end: int, least: int, rule: _LabelRules) -> int:
    """Where the words kept before a "…" end (at `end` at the latest, `least` at the earliest) so that the cut falls
    between two phrases (`_inside_phrase`) and after no function word: the head goes back to the end of its last
    whole phrase ("Die Flotte war mit dem Verlust von zwei …" -> "Die Flotte war mit dem Verlust …")."""
    while end > least and (_inside_phrase(words, end, rule) or _bare(words[end - 1]).lower() in rule.stopwords
                           and words[end - 1][-1:] not in ",;:" and not is_finite(words, end - 1, rule.lang)):
        end -= 1
    return end


TAIL_REACH = 1  # words the closing words kept after a "…" may take in front of them (a label one word over)


def _whole_tail(words: list[str], start: int, rule: _LabelRules) -> int:
    """Where the closing words kept after a "…" start (`start` as counted): when that falls inside a phrase
    (`_inside_phrase`: "… im | Bozner Gemeinderat eingebracht", "… gegen | das Regime aus"), at the start of that
    phrase when it lies at most TAIL_REACH words earlier ("… im Bozner Gemeinderat eingebracht"), so that the
    noun after "…" does not read as the verb's object. Not at a conjunction, which joins the phrase to one left
    out, nor at a genitive link, whose phrase depends on the noun before it: `start` then, as when the phrase
    starts earlier still."""
    if not _inside_phrase(words, start, rule):
        return start
    return next((k for k in range(start - 1, max(start - 1 - TAIL_REACH, 0), -1)
                 if not _inside_phrase(words, k, rule)
                 and _bare(words[k]).lower() not in rule.conjunctions | rule.coordinators | rule.noun_links), start)


def _last_break(words: list[str], end: int, start: int = 0) -> int | None:
    """The index of the last word of words[start:end] that ends with a comma, semicolon or colon; None if none."""
    return next((k for k in range(end - 1, start - 1, -1) if words[k].endswith((",", ";", ":"))), None)


def _second_place_verb(words: list[str], lang: str | None) -> int | None:
    """In a verb-second language (a pack with `[labels.inversion]`), the word after a subject that opens the
    words, when it is written in lower case and is no function word: the finite verb, listed or not ("General
    Washington übernahm")."""
    rule = _label_rules(lang)
    inversion = rule.inversion
    if not inversion:
        return None
    if words and _bare(words[0]).lower() in rule.determiners:  # the article that starts the label ("Die …")
        words = [words[0][:1].lower() + words[0][1:]] + words[1:]
    length = subject_length(words, inversion, rule, lang)
    if not length or length >= len(words) or words[length - 1].endswith((",", ";", ":")):
        return None
    following = _bare(words[length])
    if following[:1].islower() and following.isalpha() and following.lower() not in rule.stopwords \
            and following.lower() not in inversion.not_verbs and not following.endswith(rule.adverb_endings) \
            and not _abbreviation(words[length]):
        return length
    return None


def _abbreviation(word: str) -> bool:
    """Whether `word` is one or two letters and a dot, a part of an abbreviation ("u. a.", "z. B."): no verb."""
    return word.endswith(".") and len(word.rstrip(".")) <= 2


VERB_RETRIES = 2  # later verbs `_clause_verb` looks at when the first one found describes a noun of the subject


def _clause_verb(words: list[str], rule: _LabelRules, lang: str | None) -> int | None:
    """`main_verb`, or the finite verb after it when the one found belongs to the subject: a participle (the
    pack's `participle_shapes`) right after an article, or after an article and an adverb ("the internationally
    recognised Republic … were established"); a verb whose subject is a pronoun right after the noun the subject
    opens with, a relative clause without its pronoun ("The majority of jobs he has held … have been related").
    The label's first word must be an article for that: a noun there opens its subject."""
    verb = main_verb(words, lang)
    for _ in range(VERB_RETRIES):
        if verb is None or not verb or not words or _bare(words[0]).lower() not in rule.determiners \
                or any(word.endswith((",", ";", ":")) for word in words[max(0, verb - 2):verb]):
            return verb
        before = _bare(words[verb - 1]).lower()
        attributive = rule.participles.fullmatch(_bare(words[verb])) is not None and (
            before in rule.determiners or verb > 1 and before.endswith(rule.adverb_endings)
            and _bare(words[verb - 2]).lower() in rule.determiners)
        contact = before in rule.pronouns and verb > 2 and _bare(words[verb - 2])[:1].islower() \
            and _bare(words[verb - 2]).lower() not in rule.stopwords \
            and not has_finite(words, lang, 0, verb - 1)
        if not (attributive or contact):
            return verb
        rest = verb + 1
        while contact and rest < len(words) and is_finite(words, rest, lang):
            rest += 1  # the relative clause's verb group goes on: "he has held", "they had been told"
        later = main_verb(words[rest:], lang)
        if later is None:
            return verb
        verb = later + rest
    return verb


def _after_clause_opener(words: list[str], verb: int, rule: _LabelRules) -> bool:
    """Whether the last comma before words[verb] is followed by a word opening a dependent clause or phrase of its
    own (a preposition, relative pronoun, subordinator or coordinator: "…, an dem …"), so that the verb belongs to
    it. An article or pronoun there opens the main clause ("In 1917, thanks to …, the troops received")."""
    comma = next((k for k in range(verb - 1, -1, -1) if words[k].endswith(",")), None)
    if comma is None:
        return False
    first = _bare(words[comma + 1]).lower()
    return first in rule.clause_words and first not in rule.determiners and first not in rule.pronouns \
        or bool(rule.dependent.match(" ".join(words[comma + 1:comma + 3])))


LINKED_HEAD = 3  # words of a subject's head before "of" that need the noun after it: "The majority of jobs"


def _noun_complement_end(words: list[str], link: int, verb: int, rule: _LabelRules) -> int | None:
    """The index after the noun that a word of the pack's `noun_links` ("of", "des", "du") at words[link] ties to
    a head of at most LINKED_HEAD words ("The first batch of evidence", "Der Versuch der Armee", "La première
    réunion du club"; where such a word is also an article, it takes its noun after a preposition too: "Mit der
    Überquerung …", not "Mit …"): an article may stand before it; the noun is one word, no function word
    (capitalized where capitals mark every noun), and what follows it opens no more of the phrase: a function
    word, a clause word or a finite verb, not a content word in lower case (an adjective's noun: "One of the
    biggest bills") nor a capitalized word where capitals mark names ("the Italian IV Corps"). None when there is
    no such noun before the verb."""
    if link > LINKED_HEAD or _bare(words[link]).lower() not in rule.noun_links:
        return None
    noun = link + 1
    if noun < verb and _bare(words[noun]).lower() in rule.determiners:
        noun += 1
    if noun + 1 >= verb or words[noun - 1].endswith((",", ";", ":")):
        return None
    bare, following = _bare(words[noun]), _bare(words[noun + 1])
    if not bare.replace("-", "").isalpha() or bare.endswith("-") or bare.lower() in rule.stopwords \
            or not rule.capitalised_names and not bare[:1].isupper():
        return None
    if not words[noun].endswith((",", ";", ":")) and not (
            following.lower() in rule.stopwords or following.lower() in rule.clause_words
            or is_finite(words, noun + 1, rule.lang)) or rule.capitalised_names and following[:1].isupper():
        return None
    return noun + 1


def _subject_head(words: list[str], verb: int, rule: _LabelRules) -> tuple[int, bool, int | None]:
    """What stays before the verb of a long subject: how many first words (up to SUBJECT_HEAD, to the first comma,
    relative clause, agent participle, preposition or, where capitals mark names, coordinator inside a name),
    whether a relative clause, participle phrase or apposition holding a relative clause modifies the subject there
    (`modified`), and, at a preposition, where the noun it ties to the head ends (`linked`, from
    `_noun_complement_end`)."""
    head, modified, linked = 0, False, None
    while head < min(SUBJECT_HEAD, verb):
        if head and (_bare(words[head]).lower() in rule.relatives and _bare(words[head]).lower()
                     not in rule.determiners or is_agent_participle(words, head, rule.lang)):
            modified = True  # "Lockheed | which bought …", "a column | led by …", "a force | called …"
            break
        if rule.capitalised_names and head > 1 and head + 1 < verb and _bare(words[head]).lower() in rule.coordinators \
                and _bare(words[head - 1])[:1].isupper() and _bare(words[head + 1])[:1].isupper():
            # a coordinator between capitalized words joins the words of one name ("The National Timber | and Paper
            # Workers Guild"): the head ends before it, not inside the name's second part
            break
        if head and _bare(words[head]).lower() in rule.prepositions:  # "Voters | in the 27 states"
            # (a short head keeps the noun its "of" ties to it: "The majority of jobs | …", not "The majority …")
            linked = _noun_complement_end(words, head, verb, rule)
            break
        head += 1
        if words[head - 1].endswith((",", ";", ":")):
            # "The plan, | a paper which set out …, was": an apposition with a relative clause modifies it
            modified = _verb_after_apposition(words, rule) == verb
            break
    else:
        head = _run_end(words, head, verb, rule)
    return head, modified, linked


def _run_end(words: list[str], head: int, verb: int, rule: _LabelRules) -> int:
    """Where first words that SUBJECT_HEAD stopped at words[head] end so that they do not stop inside a noun phrase:
    in a run of content words (no function word, no punctuation between them) the noun comes after the adjectives
    and the nouns that describe it, so a cut inside the run leaves a modifier without its noun ("Among the first
    three former … were", "including Australian … surfaced"). Where most adjectives follow their noun (a pack
    without `modifiers_before_noun`), only a word of `prenominal_modifiers` last ("un rang peu … avait") awaits its
    noun. The words go on to the end of the run when it ends within NOUN_REACH words, before a function word, a
    finite verb, punctuation or the verb; `head` otherwise."""
    last = _bare(words[head - 1]).lower()
    if head >= verb or words[head - 1][-1:] in ",;:)" or not _continues_phrase(words, head - 1, rule) \
            or not (rule.modifiers_before_noun or last in rule.prenominal_modifiers) \
            or not _continues_phrase(words, head, rule):
        return head
    for end in range(head + 1, min(head + NOUN_REACH, verb) + 1):
        if end == verb or words[end - 1][-1:] in ",;:)" or not _continues_phrase(words, end, rule):
            return end
    return head


def _continues_phrase(words: list[str], k: int, rule: _LabelRules) -> bool:
    """Whether words[k] is a content word that goes on the phrase of the word before it: a word of letters that is
    no function word, no relative or preposition and no finite verb."""
    bare = _bare(words[k])
    lower = bare.lower()
    return bool(bare) and bare.replace("-", "").replace("'", "").isalpha() and lower not in rule.stopwords \
        and lower not in rule.relatives and lower not in rule.prepositions and lower not in rule.coordinators \
        and lower not in rule.determiners and not is_finite(words, k, rule.lang) \
        and not is_agent_participle(words, k, rule.lang)


def _acting_name(words: list[str], head: int, verb: int, modified: bool, rule: _LabelRules) -> int:
    """Where the name right before the verb starts that ends the subject (who acts), kept with the verb after "…";
    `verb` when there is none, or when the capitalized words there are not who acts."""
    name = verb
    # a comma may close the name ("…, Anna Berg, announced"), none may stand inside it
    # names only where capitals mark them: German capitalizes every noun ("… seit 24 Jahren sagte")
    while rule.capitalised_names and name > head and verb - name < NAME_BEFORE_VERB and (
            name == verb or not words[name - 1].endswith((",", ";", ":"))) and (
            _bare(words[name - 1])[:1].isupper() or name - 1 > head and _bare(words[name - 1]).lower()
            in rule.noun_links | rule.particles and _bare(words[name - 2])[:1].isupper()):
        name -= 1  # "Dominique de Villepin a estimé": who acts, with the particle inside the name
    if name < verb and (modified and not words[name - 1].endswith((",", ";", ":"))
                        or any(char.isdigit() for word in words[max(name - 1, head):verb] for char in word)
                        or _bare(words[name - 1]).lower() in rule.prepositions | rule.coordinators
                        or name - 1 > head and _bare(words[name - 1]).lower() in rule.determiners
                        and _bare(words[name - 2]).lower() in rule.prepositions):
        # a name inside the relative clause or participle phrase that describes the subject ("Lockheed, which
        # bought … from the firm Acme Systems, is"), or governed by a preposition ("a force under the command of
        # General Smith attacked", "on the left of the Third Army was"), is not who acts; nor a month after its day
        # ("during the night of 3-4 May failed": a figure before or in the capitalized words); nor the last of names
        # joined by a coordinator, whose first may be governed by a word left out ("bordering the Ottoman Empire
        # and Russian Empire were established"): the subject's head alone goes with the verb
        name = verb
    return name


def _with_linked_noun(words: list[str], kept: list[str], head: int, linked: int, verb: int, name: int,
                      rule: _LabelRules) -> tuple[list[str], int]:
    """The first words (`kept`) and their end (`head`), extended to the noun after "of" that ties to the head
    (ending at `linked`)."""
    # the noun after "of" goes with the head, unless it costs the end of a label that showed it whole ("… kam
    # es in Sankt Petersburg zu Massendemonstrationen")
    room = LABEL_WORDS - 1 - len(kept) - (verb - name)
    extended = _trimmed(words[:linked], rule.stopwords, 1)
    more = len(extended) - len(kept)
    if more > 0 and (verb + room >= len(words)) <= (verb + room - more >= len(words)):
        return extended, linked
    return kept, head


def _whole_first_words(words: list[str], kept: list[str], name: int, verb: int, rule: _LabelRules) -> list[str]:
    """The first words before "…" (`kept`, not empty), ended after a whole phrase."""
    # the first words end after a whole phrase ("In the … Felton became", not "In the 90 … Felton became");
    # a lone article right before "…" and the verb stands for its noun ("Dieser … gab den Befehl aus")
    whole = _whole_head(words, len(kept), 0, rule)
    if not (whole == 0 and len(kept) == 1 and name == verb and _bare(kept[0]).lower() in rule.determiners):
        return kept[:whole]
    return kept


def _verb_room(words: list[str], verb: int, kept: list[str], name: int, rule: _LabelRules
               ) -> tuple[list[str], list[str], str]:
    """The verb's room after the first words (`kept`) and the name before it: the first words (shortened to
    their first noun when the clause keeps its closing words), the words shown from the verb on and the label's
    ending ("", "…", or " … " and the closing words)."""
    room = LABEL_WORDS - (1 if kept else 0) - len(kept) - (verb - name)  # "…" takes a word's place on the chart
    rest = words[verb:verb + room]
    ending = "…" if verb + room < len(words) else ""
    closing = _bracket_closing(words, verb, rule) if ending else 0
    if closing and kept and name == verb:
        # what opens the words keeps its first noun ("Nach den Siegen …"), making room for the verb's clause
        noun = next((k for k in range(1, len(kept)) if _noun_ends_at(kept, k)), len(kept) - 1)
        room += len(kept) - noun - 1
        kept = kept[:noun + 1]
    if closing:
        words, rest, ending = _with_closing_words(words, verb, room, rest, ending, closing, rule)
    rest, ending = _trimmed_verb_tail(words, verb, rest, ending, rule)
    return kept, rest, ending


PHRASE_REACH = 3  # words closing words may take in front of them where the label has room: a preposition, an
# article and an adjective ("… aus dem | Gebiet zu vertreiben", "… in die | Defensive gedrängt")


def _phrase_tail(words: list[str], start: int, rule: _LabelRules) -> int:
    """Where closing words that start inside a phrase (words[start:], as `_whole_tail` left them) start with that
    phrase's first word, at most PHRASE_REACH words earlier ("… aus dem Gebiet zu vertreiben", not "… Gebiet zu
    vertreiben"); `start` when the phrase starts earlier still, or when a word on the way joins it to words left
    out: a conjunction or coordinator ("… Heer und | Flotte"), a genitive link not after a comma ("… Rückeroberung
    der | Stadt"), or a word that punctuation closes (a phrase of its own: "… Brasilien, | von der Marine")."""
    if not _inside_phrase(words, start, rule):
        return start
    for k in range(start - 1, max(start - 1 - PHRASE_REACH, 0), -1):
        bare = _bare(words[k]).lower()
        if bare in rule.conjunctions or bare in rule.coordinators or words[k] != words[k].rstrip(",;:\"'”“»«’)]"):
            return start
        if not _inside_phrase(words, k, rule):
            genitive = bare in rule.noun_links and not words[k - 1].endswith((",", ";", ":"))
            return start if genitive else k
    return start


def _roomier_tail(words: list[str], start: int, shown: int, rule: _LabelRules) -> int:
    """Where closing words kept after a "…" start: with the start of their phrase (`_phrase_tail`) where the
    `shown` words before them leave room for it (the label one word over at most, the "…" counted as a word), else
    at `start`."""
    whole = _phrase_tail(words, start, rule)
    return whole if shown + 1 + len(words) - whole <= LABEL_WORDS + 1 else start


def last_words(words: list[str], rule: _LabelRules) -> list[str]:
    """The last LABEL_WORDS of `words`, for a label that keeps its end ("…ins Krankenhaus gebracht, wo er operiert
    wurde"), starting where a phrase does: when the count falls inside one (`_inside_phrase`), with that phrase
    whole where it starts TAIL_REACH words earlier (`_whole_tail`: "…von der serbischen Regierung, …", not "…der
    serbischen Regierung, …"), else without it up to the punctuation that closes it at most PHRASE_REACH words on
    ("…damit wir …", not "…Weg zu ihr, damit wir …"): a noun cut from its article or preposition would read as
    what the label is about. The count itself when neither fits."""
    start = len(words) - LABEL_WORDS
    whole = _whole_tail(words, start, rule)
    if whole < start or not _inside_phrase(words, start, rule):
        return words[whole:]
    closed = next((k + 1 for k in range(start, min(start + PHRASE_REACH, len(words) - MIN_LABEL_WORDS))
                   if words[k][-1:] in ",;:"), start)
    return words[closed:]


def _with_closing_words(words: list[str], verb: int, room: int, rest: list[str], ending: str, closing: int,
                        rule: _LabelRules) -> tuple[list[str], list[str], str]:
    """The closing-words variant, in a verb-final language where the words end in those closing the verb's clause
    (`closing`, from `_bracket_closing`): the words (without the adverbials that open the middle field, when
    `_without_adverbials` finds them), the words shown from the verb on and the label's ending."""
    compact = _without_adverbials(words[verb:], 0, rule)
    if compact is not None:
        # the middle field without the adverbials that open it: the verb, its subject or object and its closing
        # words ("wurde auch eine Anerkennung des Südens in Erwägung gezogen")
        words = words[:verb] + compact
        closing = _bracket_closing(words, verb, rule)
        rest, ending = (compact, "") if len(compact) <= room + 1 else (words[verb:verb + room], ending)
    if closing and ending:
        # the finite verb's clause shows its closing words after a second "…" (one word over, as a whole label
        # may be), or whole when it then fits
        before = LABEL_WORDS - room  # the first words, their "…" and the name before the verb
        room -= VERB_TAIL - 1  # the second "…" parts two phrases, and takes no word's place
        rest = words[verb:] if verb + room >= closing else words[verb:verb + room]
        if verb + room < closing:
            closing = max(_roomier_tail(words, closing, before + len(rest), rule), verb + len(rest))
        ending = "" if verb + room >= closing else " … " + " ".join(words[closing:])
    return words, rest, ending


def _trimmed_verb_tail(words: list[str], verb: int, rest: list[str], ending: str, rule: _LabelRules
                       ) -> tuple[list[str], str]:
    """The words shown from the verb on (`rest`) and the label's ending, the tail trimmed: a cut ends after a
    whole phrase, and the words before the closing words end on no function word."""
    if ending == "…":
        rest = words[verb:_phrase_closed(words, verb + 1, verb + len(rest), rule)]
        rest = words[verb:_negation_after(words, verb + len(rest), rule)]
        ending = "…" if verb + len(rest) < len(words) else ""  # the noun kept may be the last word
    elif ending:
        # nor an adjective without its noun before the closing words ("eine neue … in Betracht ziehen")
        while len(rest) > 1 and (_bare(rest[-1]).lower() in rule.stopwords or rest[-1][:1].islower()
                                 and _bare(words[verb + len(rest)])[:1].isupper()):
            rest.pop()
    return rest, ending


def _opens_infinitive(words: list[str], rule: _LabelRules, start: int, stop: int) -> bool:
    """Whether an infinitive group ("to accede to NATO", "pour désigner …", "um … zu sehen") starts in
    words[start:stop] and runs to their end: a predicate of its own, which tells an event as a finite verb does."""
    dependent = dependent_rules(rule.lang)
    return any(dependent.infinitive_openers.match(_bare(words[k]).lower())
               and infinitive_group(" ".join(words[k:stop]), dependent) for k in range(start, stop))


def _around_verb(words: list[str], verb: int, rule: _LabelRules, anchor: int | None) -> str | None:
    """A label for words whose verb stands past the cut, behind a long subject: the subject's first words (to its
    first comma or relative clause), "…", the name that ends the subject, the verb and what follows it. None when
    the words left out held the date (`anchor`: the index of the word after it) and a verb: they told its event
    ("The bridge, which was closed on Monday, reopens …"), where an apposition tells none ("Les écuries,
    mécontentes des règlements de 2003, ont menacé …"). In a verb-final language, a clause that ends in the words
    closing its verb (`_bracket_closing`) keeps them, after a second "…" or whole without the adverbials that open
    its middle field, and the phrase before the verb keeps its first noun: "Nach den Siegen … wurde auch eine
    Anerkennung des Südens in Erwägung gezogen", not "… wurde auch in der Regierung…"."""
    head, modified, linked = _subject_head(words, verb, rule)
    kept = _trimmed(words[:head], rule.stopwords, 1)
    name = _acting_name(words, head, verb, modified, rule)
    if linked is not None:
        kept, head = _with_linked_noun(words, kept, head, linked, verb, name, rule)
    # (a date right before the verb, after a relative clause, closed that clause: "which bought it in 2011 is")
    # (so does an infinitive group the date closed before a copula, which only tells which: "countries to accede
    # to NATO on Friday were …", not "attempt to block the harbor on 4 May failed")
    if anchor is not None and head < anchor <= verb and (
            (anchor < name or modified) and has_finite(words, rule.lang, head, name if anchor < name else verb)
            or is_copula(words[verb], rule.lang) and _opens_infinitive(words, rule, head, anchor)):
        return None
    subject = _subject_after_comma(words, verb, rule)
    fronted = _subject_after_fronted(words, verb, rule, anchor) if subject is None else None
    if fronted is not None and not (anchor is not None and anchor < fronted
                                    and has_finite(words, rule.lang, 0, fronted)):
        # "In a 3 May 1961 speech the president firmly rejected …": the phrase that opens the words is no subject;
        # the subject after it acts (not when the phrase held the date and a verb: "In the years during which …")
        return _from_subject(words, fronted, verb, rule)
    if subject is not None and (anchor is None or anchor >= subject or not any(
            is_finite(words, k, rule.lang) for k in range(subject))):
        # "Thanks to …, the Austro-Hungarian troops received …": what stood before the subject goes
        kept, name = [], subject
    if kept:
        kept = _whole_first_words(words, kept, name, verb, rule)
    kept, rest, ending = _verb_room(words, verb, kept, name, rule)
    # the verb with its negation ("… no longer had"), which takes no room of its own: it is part of the verb
    name = _with_negation(words, verb, head, rule) if name == verb else name
    named = words[name:verb]
    if named:
        named[-1] = named[-1].rstrip(",;:")
    joined = (" ".join(kept).rstrip(",;:") + " … " if kept else "") + " ".join(named + rest)
    return joined.rstrip(",;:") + ending


def _bracket_closing(words: list[str], verb: int, rule: _LabelRules) -> int:
    """In a verb-final language, where the last VERB_TAIL words start that close the clause of the finite verb at
    `verb` (its index), when the clause runs to the end of `words`: the participle, infinitive or particle of its
    right bracket, or a marked infinitive, with the words before it ("mussten die Briten eine neue Gefahr … in
    Betracht ziehen", "gelang es ihm, eine Streitmacht … aus dem Boden zu stampfen"). A cut after the verb would
    leave it without what it says ("mussten die Briten eine neue Gefahr in Gestalt…"). 0 when the words end in
    no such word (a noun, an adverb, a function word), or another clause opens after the verb: a comma may only
    open the infinitive group that closes the words."""
    lang = rule.lang
    if not rule.verb_final or rule.capitalised_names or len(words) - verb <= VERB_ROOM + VERB_TAIL:
        return 0
    last = _bare(words[-1])
    if not last.isalpha() or not last.islower() or last in rule.stopwords or last.endswith(rule.adverb_endings) \
            or words[-1].rstrip(".!?") != words[-1].rstrip(".!?\"“”»«)'’"):
        return 0
    breaks = _clause_breaks(words, verb, rule, lang)
    if breaks and (len(breaks) > 1 or not words[breaks[0] - 1].endswith(",")
                   or not infinitive_clause(words[breaks[0]:], lang)):
        return 0
    closing = len(words) - VERB_TAIL
    if _bare(words[closing - 1]).lower() in rule.single_prepositions:
        closing -= 1  # the phrase whole: "… in Stellung zu bringen", not "… Stellung zu bringen"
    # a genitive opening them tells of a noun left out ("… der Truppen einigen"), a coordinator of one left out
    # ("… und Belgien verständigen"); one right after the verb ends its clause there ("konnten und …")
    if _bare(words[closing]).lower() in rule.noun_links & rule.determiners \
            or any(_bare(word).lower() in rule.conjunctions for word in words[closing:]) \
            or _bare(words[verb + 1]).lower() in rule.conjunctions:
        return 0
    return _with_negation(words, _whole_tail(words, closing, rule), verb + 1, rule)


FRONTED_SUBJECT = 8  # words of a subject after an introductory phrase ("Paul Lego, president and chief officer,")


def _from_subject(words: list[str], subject: int, verb: int, rule: _LabelRules) -> str:
    """The label from words[subject] on: the subject, the verb and what follows it, cut at LABEL_WORDS."""
    kept = words[subject:subject + LABEL_WORDS]
    if subject + LABEL_WORDS >= len(words):
        return " ".join(kept).rstrip(",;:")
    end = _phrase_closed(words, verb + 1, subject + LABEL_WORDS, rule)
    return " ".join(words[subject:end]).rstrip(",;:") + ("…" if end < len(words) else "")


def _subject_after_fronted(words: list[str], verb: int, rule: _LabelRules, anchor: int | None) -> int | None:
    """Where the subject starts when the words open with an introductory phrase (a preposition of the pack's
    `openers`) in a language whose subject follows that phrase and precedes its verb (no verb-second order): "In
    the second vote held in June the electorate approved …", "On his trip to the north, de Gaulle made …".
    Within FRONTED_SUBJECT words before the verb (`verb`), with no finite verb before it: right after the first
    comma that a word follows which may open a subject (no preposition, number or clause opener); with no comma,
    where the phrase holds no relative clause ("during which …"): right after the cut date (`anchor`), the
    phrase's last words, when the date was cut (a date kept as an attribute ends in a number or name: "In a 3
    May 1961 speech"); else at an article that follows no preposition, with no preposition after it ("… of
    Arras the only British success was"); else at a name right before the verb or an adverb before it ("…
    statement de Gaulle dramatically reversed"), which follows no preposition, article or coordinator (not "…
    over the French Admiral X frustrated", "… of the Siegfried and Alberich Positions eliminated"). None when
    there is no such subject."""
    if rule.verb_second or not words or not rule.openers.fullmatch(_bare(words[0])):
        return None
    lowest = max(1, verb - FRONTED_SUBJECT)
    # the last finite verb before the verb, looked for once (a subject holds none): linear in the words
    finite = next((k for k in range(verb - 1, -1, -1) if is_finite(words, k, rule.lang)), -1)

    def free(start: int) -> bool:  # a subject of its own: no verb in it, nor a clause opener or phrase at its start
        first = _bare(words[start]).lower()
        # a preposition before a number tells a quantity ("over 100,000 prisoners"), and opens no phrase
        quantity = start + 1 < verb and _bare(words[start + 1])[:1].isdigit()
        return first.isalpha() and start > finite and (quantity or (
            first not in rule.single_prepositions and not rule.openers.fullmatch(first)
            and (first not in rule.clause_words or first in rule.determiners or first in rule.pronouns)))

    comma = next((k for k in range(max(0, finite), verb - 1) if words[k].endswith(",") and free(k + 1)), None)
    if comma is not None:
        return comma + 1 if comma + 1 >= lowest else None
    if any(word.endswith((",", ";", ":")) for word in words[:verb]) \
            or any(_opens_relative(words, k, rule) for k in range(1, verb)):
        return None  # a comma before the verb sets off something else (an apposition, a list), or a relative
        # clause inside the phrase may hold the verb found
    prepositions = rule.single_prepositions - rule.noun_links
    if anchor is not None and lowest <= anchor < verb and free(anchor) \
            and _bare(words[anchor - 1]).isalpha() and _bare(words[anchor - 1]).islower() \
            and _bare(words[anchor - 1]) not in rule.determiners \
            and not any(_bare(word).lower() in prepositions for word in words[anchor + 1:verb]):
        return anchor
    for k in range(verb - 1, lowest - 1, -1):
        bare = _bare(words[k]).lower()
        if bare in prepositions:
            break
        if bare in rule.determiners and _bare(words[k - 1]).lower() not in rule.single_prepositions \
                | rule.determiners | rule.coordinators and free(k):
            return k
    name = verb
    while name - 1 >= lowest and _bare(words[name - 1])[:1].islower() \
            and _bare(words[name - 1]).endswith(rule.adverb_endings):
        name -= 1  # "… dramatically reversed"
    if not _bare(words[name - 1])[:1].isupper():
        return None
    while name - 1 >= lowest and (_bare(words[name - 1])[:1].isupper() or _bare(words[name - 1]).lower()
                                  in rule.particles and _bare(words[name])[:1].isupper()):
        name -= 1  # "de Gaulle", "Paul E. Lego": the name, with the particle it opens with
    before = _bare(words[name - 1]).lower()
    if before in rule.single_prepositions | rule.determiners | rule.coordinators or not free(name):
        return None
    return name


def _opens_relative(words: list[str], index: int, rule: _LabelRules) -> bool:
    """Whether words[index] is a relative pronoun: not a form that is also a determiner right after a preposition,
    which governs a noun phrase there ("of that line"), unlike "which" ("during which")."""
    bare = _bare(words[index]).lower()
    return bare in rule.relatives and not (bare in rule.determiners and index
                                           and _bare(words[index - 1]).lower() in rule.single_prepositions)


def _subject_after_comma(words: list[str], verb: int, rule: _LabelRules) -> int | None:
    """Where the subject starts when a comma sets it apart from what opens the words (an introductory phrase):
    right after the last comma before the verb, an article, a pronoun or a capitalized word, and at most
    SUBJECT_AFTER_COMMA words before the verb. A place and its region set off by commas after a preposition stand
    inside a subject that opens with an article ("…, a car bomb in Dayton, Ohio, killed"): the comma before them
    counts. None when no such subject stands there."""
    comma, placed = _last_break(words, verb), False
    if comma is not None and comma >= 2 and comma == verb - 1 and words[comma - 1].endswith(",") \
            and _bare(words[comma])[:1].isupper() and _bare(words[comma - 1])[:1].isupper() \
            and _bare(words[comma - 2]).lower() in rule.single_prepositions:
        comma, placed = _last_break(words, comma - 1), True
    if comma is None or not 1 <= verb - comma - 1 <= SUBJECT_AFTER_COMMA:
        return None
    first = _bare(words[comma + 1])
    if placed and first not in rule.determiners:
        return None  # (a capitalized word there may go on a name the comma parts: "Wheat, First Securities in …")
    return comma + 1 if opens_subject(first, rule) and not rule.dependent.match(first) else None


def _clause_breaks(words: list[str], verb: int, rule: _LabelRules, lang: str | None) -> list[int]:
    """Where `words` stop telling the clause of their main verb (`verb`, its index): the indexes after it at
    which a clause or phrase of its own opens: after a comma, semicolon or colon ("…, ohne dass"), at a
    subordinator of the pack's `clause_subordinators` (with one before it: "ohne dass"), at a dash
    ("… gegeben - bis …") or an opening bracket, or at a plain conjunction right before a finite verb or before a
    subject and its finite verb ("… getrieben und besetzten …", "… Kriegsschiffe und die Ära der … begann"; an
    ambiguous form after a subject may be an infinitive: "die Urbanistik und das Soziale übernehmen könnte")."""
    breaks = []
    for k in range(verb + 1, len(words)):
        ranged = words[k] in DASHES and k + 1 < len(words) and words[k - 1][-1:].isdigit() \
            and words[k + 1][:1].isdigit()  # "18 – 35 Jahren": a range, no clause
        if words[k - 1].endswith((",", ";", ":")) or words[k] in DASHES and not ranged or words[k].startswith("("):
            breaks.append(k)
        elif _bare(words[k]).lower() in rule.clause_subordinators:  # "… seine Gültigkeit ohne dass …"
            breaks.append(k - 1 if k - 1 > verb and rule.subordinate.fullmatch(_bare(words[k - 1])) else k)
        elif _bare(words[k]).lower() in rule.conjunctions and k + 1 < len(words) \
                and _closes_clause(words, k, verb, rule):
            breaks.append(k)
        elif _bare(words[k]).lower() in rule.conjunctions and k + 1 < len(words):
            after = words[k + 1:]
            opening = [after[0][:1].lower() + after[0][1:]] + after[1:]  # the article that opens a subject
            subject = subject_length(opening, rule.inversion, rule, lang) if rule.inversion else 0
            if is_finite(words, k + 1, lang) or subject and k + 1 + subject < len(words) \
                    and not after[subject - 1].endswith((",", ";", ":")) \
                    and _finite_by(words, k + 1 + subject, lang) in ("listed", "shape", "pronoun"):
                breaks.append(k)
    return breaks


def _closes_clause(words: list[str], k: int, verb: int, rule: _LabelRules) -> bool:
    """Whether the plain conjunction words[k] follows the participle or infinitive that closes the clause of the
    finite verb at `verb`, in a verb-final language where capitals mark every noun: a lower-case word right after
    a noun ("… von Angehörigen der Miliz erschossen | und die Ordnung … wieder hergestellt"), not after an article
    ("die alten und die neuen Häuser"), and before what opens a clause whose auxiliary is left out: an article,
    a pronoun or an adverb ("und auch Einblicke … nehmen können")."""
    if not rule.verb_final or rule.capitalised_names or k < verb + 3 or rule.inversion is None:
        return False
    closing, noun, following = _bare(words[k - 1]), _bare(words[k - 2]), _bare(words[k + 1]).lower()
    return closing[:1].islower() and closing.isalpha() and closing.lower() not in rule.stopwords \
        and not closing.endswith(rule.adverb_endings) and noun[:1].isupper() \
        and not words[k - 2].endswith((",", ";", ":")) and not words[k - 1].endswith((",", ";", ":")) \
        and (following in rule.determiners or following in rule.pronouns or following in rule.sentence_adverbs
             or following in rule.inversion.before_subject)


def _past_name(words: list[str], verb: int | None, lang: str | None) -> int | None:
    """`verb`, or where it is the first word of a name ("Horst Eylmann", "Lockheed Martin": a first word with a
    verb's shape) the main verb after that word."""
    if verb == 0 and len(words) > 1 and _bare(words[1])[:1].isupper():
        later = main_verb(words[1:], lang)
        return None if later is None else later + 1
    return verb


def _own_clause(words: list[str], shown: int, rule: _LabelRules, lang: str | None, anchor: int | None) -> str | None:
    """In a verb-final language, a label for words that go on, past the first `shown` words a cut label shows,
    into a clause other than their main verb's: that clause's words alone, shortened if still too long ("In drei
    Jahren verliert das Abkommen seine Gültigkeit…", not "… verliert das Abkommen … in Sicht wäre", whose last
    words belong to the hidden "ohne dass"). The last words of a cut verb-final clause are its verb, so they
    must belong to the clause the label shows; and a clause cut for the chart must not end in the next one ("Die
    Armee wurde geschlagen…", not "… geschlagen und besetzten…"). None when the main verb's clause runs past
    the cut with no other clause hidden, when the other clause holds the date (`anchor`: it tells the dated
    event), or when the main verb's clause would be too short to tell anything."""
    verb = _past_name(words, main_verb(words, lang), lang)
    if verb is None or verb >= shown:
        return None
    hidden = [k for k in _clause_breaks(words, verb, rule, lang) if k >= shown]
    # the date stood in the other clause, or right after the comma that opens it ("…, im Dezember 1776 mit …")
    if not hidden or hidden[0] < LABEL_WORDS // 2 or anchor is not None and (
            anchor > hidden[0] or anchor == hidden[0] and words[anchor - 1].endswith((",", ";", ":"))):
        return None
    if words[verb].endswith((",", ";", ":")) and not has_finite(words, lang, verb + 1, hidden[0]):
        return None  # what a verb set off by a comma does comes after the insertion: "erreichten, vom Piave …, die"
    own = words[:hidden[0]]
    own[-1] = own[-1].rstrip(",;:")
    comma = _last_break(own, len(own) - 1)
    if len(own) > LABEL_WORDS + 1 and shown >= LABEL_WORDS and not (
            comma is not None and comma < LABEL_WORDS - VERB_TAIL - 1 and own[comma].endswith(",")
            and infinitive_clause(own[comma + 1:], lang)):
        # the first words of a long clause are what `shortened` shows anyway, unless it ends with an infinitive
        # group, whose infinitive the cut shows after "…" ("Der Rat entschied sich dazu, den Bau … zu verschieben")
        return None
    told = " ".join(own) if len(own) <= LABEL_WORDS + 1 else shortened(own, rule, lang, anchor)
    return told.rstrip(",;:") + ("" if told.endswith("…") else "…")


ADVERBIAL_REACH = 5  # words of a prepositional phrase up to its noun ("mit ca. 2.500 gut ausgerüsteten Soldaten")

ADVERBIAL_RUN = 3 * ADVERBIAL_REACH  # words of a run of prepositional phrases before an infinitive group


def _phrase_end(words: list[str], start: int, rule: _LabelRules, comma: bool = False) -> int | None:
    """Where the prepositional phrase opening at words[start] ends (the index after it), in a language whose
    capitals mark every noun: at its first capitalized word, with a genitive or "von" phrase tied to it ("mit Hilfe
    der Armee") and a number in figures that names that noun ("zu Beginn des Jahres 1916"; not one before a
    capitalized word, which counts a noun of its own: "nach dem Kampf 500 Soldaten"), within ADVERBIAL_REACH
    words. None when words[start] opens no such phrase, or a comma stands in it or right after it (an apposition
    may follow: "zum Fest, einem …"); with `comma`, a comma may close it (the caller reads what follows)."""
    end = _phrase_noun_end(words, start, rule, comma)
    if end is None or end >= len(words) - 1 or words[end - 1].endswith((",", ";", ":")) \
            or not words[end].rstrip(",").isdigit() \
            or _bare(words[end + 1])[:1].isupper() and not words[end].endswith(","):
        return end
    return None if words[end].endswith((";", ":")) or words[end].endswith(",") and not comma else end + 1


def _phrase_noun_end(words: list[str], start: int, rule: _LabelRules, comma: bool) -> int | None:
    """`_phrase_end` up to the phrase's noun, or its genitive or "von" phrase."""
    if _bare(words[start]).lower() not in rule.single_prepositions or not words[start][:1].islower():
        return None
    closed = (";", ":") if comma else (",", ";", ":")
    for end in range(start + 1, min(start + 1 + ADVERBIAL_REACH, len(words))):
        if words[end - 1].endswith((",", ";", ":")) or words[end] in DASHES:
            return None
        if _bare(words[end])[:1].isupper():
            if words[end].endswith(closed):
                return None
            if end + 1 < len(words) and _bare(words[end + 1]).lower() in rule.noun_links \
                    and not words[end].endswith(","):
                if _bare(words[end + 1]).lower() in rule.single_prepositions:  # "Kommando von General …"
                    return _phrase_noun_end(words, end + 1, rule, comma)
                return next((k + 1 for k in range(end + 2, min(end + 2 + ADVERBIAL_REACH, len(words)))
                             if _bare(words[k])[:1].isupper() and not words[k].endswith(closed)), None)
            return end + 1
    return None


ATTRIBUTE_REACH = 6  # words of an extended attribute between its article and its noun ("den über zwei Monate …")


def _without_attributes(words: list[str], rule: _LabelRules) -> list[str]:
    """`words` without the extended attributes of their noun phrases: between an article (`noun_markers`) and its
    noun, a phrase opened by a preposition that ends in a declined participle (`participle`: "in diesem über zwei
    Monate währenden Kampf" -> "in diesem Kampf", "mit den zwei vom Staat gekauften Schiffen" -> "mit den zwei
    Schiffen"). The noun, a capitalized word, must follow the participle; a comma inside leaves the phrase."""
    if rule.participle is None or rule.capitalised_names:
        return words
    kept: list[str] = []
    k = 0
    while k < len(words):
        kept.append(words[k])
        # (a relative pronoun after a comma opens a clause: "…, der in Olang zum neunten Mal …")
        if _bare(words[k]).lower() in rule.noun_markers and not words[k].endswith((",", ";", ":")) \
                and not (k and words[k - 1].endswith(",") and _bare(words[k]).lower() in rule.relatives):
            # a number may stand before the phrase ("die zwei vom Staat …"), a noun may not (it is the noun)
            opening = next((j for j in (k + 1, k + 2) if j < len(words) and words[j][:1].islower()
                            and _bare(words[j]).lower() in rule.single_prepositions
                            and not any(_bare(word)[:1].isupper() or word.endswith(",") for word in words[k:j][1:])),
                           None)
            for end in range(opening + 2, min(k + 1 + ATTRIBUTE_REACH, len(words) - 1)) if opening else ():
                if words[end - 1].endswith((",", ";", ":")) or words[end - 1] in DASHES:
                    break
                # the participle follows the noun of its phrase ("vom Staat gekauften"), not an article or a
                # contracted preposition ("zur besten", a superlative)
                if rule.participle.fullmatch(words[end]) and _bare(words[end + 1])[:1].isupper() \
                        and _bare(words[end - 1])[:1].isupper() and words[end] not in rule.single_prepositions \
                        and words[end] not in rule.stopwords:
                    kept.extend(words[k + 1:opening])
                    k = end
                    break
        k += 1
    return kept


CLOSING_VERB = 2  # words of the verb that closes a verb-final group: "zu verlieren", "einzunehmen"


def counted_from(words: list[str], rule: _LabelRules) -> int:
    """How many of `words` (those after a duration: "nach dem Abzug nach der Revolution wieder an die Macht zu
    kommen") make the prepositional phrases right after it that name the event it counts from, where capitals
    mark every noun; 0 when none follows. The duration and these phrases tell when ("zwei Monate nach dem Abzug"),
    which the chart's axis shows, not what happened then."""
    if rule.capitalised_names:
        return 0
    ends = [0]
    while ends[-1] < len(words) - 1 and (following := _phrase_end(words, ends[-1], rule)) is not None:
        ends.append(following)
    if len(ends) > 1 and len(words) - ends[-1] <= CLOSING_VERB:
        ends.pop()  # the phrase right before the closing verb is its complement: "… an die Opposition zu verlieren"
    return ends[-1]


def _without_adverbials(words: list[str], verb: int, rule: _LabelRules) -> list[str] | None:
    """`words` without the prepositional phrases that open the middle field, where nouns are capitalized: after the
    finite verb (`verb`, its index) and what may stand before them there (pronouns, particles, a name), right before
    an article that opens the object. They are adverbials of manner, means, place or cause ("führte mit 2.000
    Soldaten aus drei Dörfern einen Angriff durch" -> "führte einen Angriff durch"); the object, the verb and its
    particle tell the event. A run of such phrases goes whole (a later one may depend on the noun of the one before
    it); or the run that ends at the comma opening the infinitive group that closes the words
    (`_before_infinitive`). None when none goes, or the words still do not fit the label."""
    if rule.capitalised_names:
        return None
    before = _before_infinitive(words, verb, rule)
    if before is not None:
        return before
    position, run = verb + 1, None
    while position < len(words) - 2:
        end = _phrase_end(words, position, rule)
        if end is not None:
            run = position if run is None else run
            position = _name_end(words, end, rule)
            continue
        bare = _bare(words[position])
        if run is not None and bare.lower() in rule.determiners and bare.lower() not in rule.noun_links \
                and not words[position].endswith((",", ";", ":")) \
                and _bare(words[position + 1]).lower() not in rule.stopwords:
            shorter = words[:run] + words[position:]  # "mit ca. 2.500 Soldaten | eine erneute Strafexpedition"
            return shorter if len(shorter) <= LABEL_WORDS + 1 else None
        if words[position].endswith((",", ";", ":")) or words[position] in DASHES or bare.lower() in rule.determiners:
            return None  # the clause ends, or a noun phrase opens (the subject or object): the middle field is read
        name = bare[:1].isupper() and _bare(words[position - 1]).lower() not in rule.determiners
        if not (name or bare.lower() in rule.stopwords or bare.lower() in rule.particles):
            return None
        run, position = None, position + 1  # "gab es", "wurde auch", "erkannte Charles de Gaulle"
    return None


def _name_end(words: list[str], end: int, rule: _LabelRules) -> int:
    """Where the noun of a prepositional phrase ending at `end` (`_phrase_end`) ends when capitalized words go on
    from it with no punctuation between: a name of several words or a genitive name tied to the noun ("aus dem
    Westlichen | Mittelgebirge Nordtirols", "vor dem Obersten | Gerichtshof"), not a noun phrase of its own. Up to
    the next function word, lower-case word or number; a word that punctuation closes ends a clause or opens an
    apposition, and is no part of it ("… der Halbinsel | Zeit, seine Verbände …": the object)."""
    while end < len(words) - 2 and not words[end - 1].endswith((",", ";", ":")) \
            and words[end] == words[end].rstrip(",;:"):
        bare = _bare(words[end])
        if not (bare[:1].isupper() and bare.replace("-", "").isalpha()) or bare.lower() in rule.stopwords:
            break
        end += 1
    return end


def _before_infinitive(words: list[str], verb: int, rule: _LabelRules) -> list[str] | None:
    """`words` without the prepositional phrases of the middle field that run up to the comma opening the
    infinitive group that closes the words, where nouns are capitalized: the group tells what the verb leaves open
    (what was allowed, decided, tried), the phrases how, where or when ("erlaubte den Händlern mit ihren 300
    Ständen, den Markt abzuhalten" -> "erlaubte den Händlern, den Markt abzuhalten"). The run opens after the
    finite verb (`verb`, its index) with a preposition that follows no article (one there opens an attribute:
    "den über 300 Ständen"); an apposition set off by commas after it, or alone after its noun, goes too ("in
    Sibirien, Dutow,"). Not when a noun of the run takes the group (the pack's `infinitive_nouns`: "begann
    mit dem Ziel, … durchzubrechen"), nor before a group opened by a conjunction (`infinitive_openers`: "um …
    zu"), which tells a purpose: the phrases there complete the verb ("gingen auf die Straße"). None when no such
    run stands there or the words still do not fit."""
    comma = _last_break(words, len(words) - 1)
    if comma is None or comma <= verb + 1 or not words[comma].endswith(",") \
            or not infinitive_clause(words[comma + 1:], rule.lang):
        return None
    dependent = dependent_rules(rule.lang)
    if dependent.infinitive_openers.match(_bare(words[comma + 1]).lower()):
        return None
    nouns = dependent.infinitive_nouns
    for start in range(max(verb + 1, comma - ADVERBIAL_RUN), comma):
        if start > verb + 1 and words[start - 1].endswith(",") and _bare(words[start - 1])[:1].isupper() \
                and _apposition(words, start, comma, rule):
            position = comma + 1  # an apposition alone after its noun ("bat den Ataman, einen Kosaken, …") goes
        elif _bare(words[start - 1]).lower() in rule.determiners or words[start - 1].endswith((",", ";", ":")):
            continue
        else:
            position = start
        while position <= comma:
            end = _phrase_end(words, position, rule)
            end = _phrase_end(words, position, rule, comma=True) if end is None else end
            if end is None and position > start and words[position - 1].endswith(",") \
                    and _apposition(words, position, comma, rule):
                end = comma + 1  # a name set off by commas after the run ("in Sibirien, Dutow,") goes with it
            if end is None or end > comma + 1:
                break
            position = end
        if position == comma + 1 and not any(_bare(word) in nouns for word in words[start:comma + 1]):
            shorter = words[:start] + words[comma + 1:]
            shorter[start - 1] = shorter[start - 1].rstrip(",;:") + ","
            return shorter if len(shorter) <= LABEL_WORDS + 1 else _inner_phrase_left(shorter, start, rule)
    return None


def _inner_phrase_left(words: list[str], start: int, rule: _LabelRules) -> list[str] | None:
    """`words`, whose infinitive group opens at words[start], with "…" for the prepositional phrases inside the
    group that run up to its infinitive, when they then fit: the object and the infinitive tell what was tried or
    allowed ("versuchte, den Widerstand gegen die Regierung im Land zu organisieren" -> "versuchte, den Widerstand
    … zu organisieren"). None when no such phrases stand there or the words still do not fit."""
    dependent = dependent_rules(rule.lang)
    for first in range(start + 1, len(words) - 1):
        if not _bare(words[first - 1])[:1].isupper():
            continue  # the phrases follow the object's noun, not the group's conjunction or pronoun ("um sie an …")
        position = first
        while position < len(words) - 1 and _bare(words[position]).lower() in rule.single_prepositions:
            end = _phrase_end(words, position, rule)
            if end is None:
                break
            position = end
        if position > first and marked_infinitive_words(words[position:], dependent) == len(words) - position \
                and len(words) - (position - first) + 1 <= LABEL_WORDS + 1:
            return words[:first] + ["…"] + words[position:]
    return None


APPOSITION = 6  # words of an apposition set off by commas that a label may leave out with the phrase before it


def _apposition(words: list[str], start: int, comma: int, rule: _LabelRules) -> bool:
    """Whether words[start:comma + 1], ended by the comma at `comma`, are an apposition where capitals mark every
    noun: at most APPOSITION words, a name or noun phrase ("Dutow,", "dem Führer der Kosaken,") whose words are
    capitalized, articles, prepositions or genitive links, the last capitalized. It names or describes a noun
    before it, so a label may leave it out with the adverbials before it and keep the infinitive group after it."""
    part = [_bare(word) for word in words[start:comma + 1]]
    function = rule.determiners | rule.single_prepositions | rule.noun_links
    return 0 < len(part) <= APPOSITION and part[-1][:1].isupper() \
        and not any(word.endswith((",", ";", ":")) for word in words[start:comma]) \
        and all(_name_word(word, rule) or word in function for word in part)


def _part_told_whole(words: list[str], rule: _LabelRules, lang: str | None, anchor: int | None) -> str | None:
    """A label that tells one part of the words whole: the first of joined infinitive groups, the complement that
    holds the date (`_dated_complement`), or the closing complement after "…" (`_closing_complement`); None when
    none fits."""
    conjunct = _first_infinitive(words, rule, lang, anchor)
    if conjunct is not None and len(conjunct) <= LABEL_WORDS + 1:
        return " ".join(conjunct).rstrip(",;:") + "…"
    if conjunct is not None:
        interrupted = _interrupted_infinitive(conjunct, rule)
        if interrupted is not None:
            return interrupted
    dated = _dated_complement(words, lang, anchor)
    if dated is not None:
        return dated
    start = _closing_complement(words, lang)
    if start:
        return "…" + " ".join(words[start:])
    return None


def _label_verb(words: list[str], rule: _LabelRules, lang: str | None) -> int | None:
    """The index of the main clause's finite verb: the one in second place, else the clause's verb found, not the
    first word of a name, nor a verb inside a long apposition to the subject (`_verb_after_apposition`)."""
    verb = _second_place_verb(words, lang)
    # (after a fronted phrase whose preposition has a subordinator's form, "Während des Krieges wurde …", the
    # verb in second place; `main_verb` would take the phrase for a subordinate clause)
    verb = fronted_preposition_verb(words, rule, lang) if verb is None else verb
    verb = _clause_verb(words, rule, lang) if verb is None else verb
    verb = _past_name(words, verb, lang) if rule.capitalised_names else verb
    after = _verb_after_apposition(words, rule)
    verb = after if after is not None and (verb is None or verb < after) else verb
    return _verb_before_correlate(words, verb, rule, lang)


def _verb_before_correlate(words: list[str], verb: int | None, rule: _LabelRules, lang: str | None) -> int | None:
    """The main verb for `verb` found in a verb-second clause: a later finite form with the correlate pronoun right
    after it ("handelte es sich", "gelang es"), when the one found stands before a capitalised word, an attribute
    before its noun ("Bei dem von den Truppen kontrollierte Hafen handelte es sich um …"), with no comma between:
    the correlate after a verb marks the verb in second place, after the phrase that opens the clause."""
    if verb is None or not rule.verb_second or verb + 1 >= len(words) or not _bare(words[verb + 1])[:1].isupper() \
            or words[verb].endswith((",", ";", ":")):
        return verb
    for k in range(verb + 2, min(len(words) - 1, verb + LABEL_WORDS)):
        if words[k - 1].endswith((",", ";", ":")):
            return verb
        if words[k][:1].islower() and _bare(words[k + 1]).lower() in rule.correlates & rule.pronouns \
                and is_finite(words, k, lang):
            return k
    return verb


APPOSITION_SUBJECT = 4  # words of a subject before the comma that opens its apposition: "the new plan,"
APPOSITION_REACH = 24  # words of an apposition whose relative clause may run long: ", a plan which detailed …,"


def _verb_after_apposition(words: list[str], rule: _LabelRules) -> int | None:
    """Where the main clause's verb stands when its subject opens the words and a comma-enclosed apposition
    follows it, opened by an article, that holds a relative clause: the listed finite form (in lower case) right
    after the comma that closes it, within APPOSITION_REACH words ("The new plan, a paper which set out the aims
    that the board sought …, was approved"); a verb found inside the apposition is the relative clause's. The
    subject is at most APPOSITION_SUBJECT words with no preposition or clause opener (no phrase that opens the words:
    "In the end, a …"); None when there is no such apposition."""
    opening = next((k for k, word in enumerate(words[:APPOSITION_SUBJECT]) if word.endswith((",", ";", ":"))), None)
    if opening is None or not words[opening].endswith(",") or opening + 2 >= len(words) \
            or _bare(words[opening + 1]).lower() not in rule.determiners \
            or _bare(words[opening + 1]).lower() in rule.relatives \
            or any(_bare(word).lower() in (rule.prepositions | rule.clause_words) - rule.determiners
                   for word in words[:opening + 1]):
        return None
    relative = False
    for k in range(opening + 2, min(opening + 1 + APPOSITION_REACH, len(words) - 1)):
        relative = relative or _opens_relative(words, k, rule)
        if words[k].endswith((";", ":", ")")) or words[k] in DASHES:
            return None
        if words[k].endswith(","):
            following = words[k + 1]
            if following[:1].islower() and is_listed_finite(following, rule.lang):
                return k + 1 if relative else None
    return None


def _verb_past_cut(words: list[str], verb: int, rule: _LabelRules) -> bool:
    """Whether the main clause's verb (`verb`) falls past the cut, behind a subject, and ends no clause of its own:
    the label is then told around it (`_around_verb`)."""
    # A verb that ends the words ("… abgelöst wurde") or follows a comma and a clause opener ("…, an dem …
    # macht") ends a clause of its own, not the subject's.
    # (elsewhere the main clause's verb may end the words, after a subject that no comma breaks: "Another attempt
    # to block the harbor entrance during the night … failed"; after a comma it may be an attribution of its own:
    # "…, spokesman Serge Clermont said")
    last = len(words) - 1 if rule.verb_final or any(
        word.rstrip("'\"”’»`").endswith((",", ";", ":")) for word in words) else len(words)
    return LABEL_WORDS - VERB_ROOM < verb < last and not _after_clause_opener(words, verb, rule)


def _compact_label(words: list[str], verb: int | None, rule: _LabelRules, lang: str | None) -> str | None:
    """The words without their extended attributes, when they then fit, or without the adverbials that open the
    middle field after the finite verb (`_without_adverbials`); None when neither applies."""
    plain = _without_attributes(words, rule)
    if len(plain) <= LABEL_WORDS + 1:
        return " ".join(plain)
    # the middle field follows the finite verb: the one in second place, or else the first one found
    compact = _without_adverbials(words, verb, rule) if verb is not None else None
    if compact is None and not rule.capitalised_names:
        first = main_verb(words, lang)  # the middle field follows the verb in second place, or the first one found
        compact = _without_adverbials(words, first, rule) if first is not None and first != verb else None
    return " ".join(compact) if compact is not None else None


def _correlate_label(words: list[str], rule: _LabelRules, lang: str | None) -> str | None:
    """In a verb-final language, the first words, "…" and the closing infinitive group, whole, when a correlate
    among the first words points to it; None otherwise."""
    complement = _closing_infinitive(words, lang) if rule.verb_final else 0
    if complement:
        kept = _trimmed(words[:LABEL_WORDS - 1 - complement], rule.stopwords - rule.correlates, 1)
        if any(_bare(word).lower() in rule.correlates for word in kept):
            # "Es gelang den Truppen des Generals … die Stadt am Fluss einzunehmen": the infinitive group after the
            # last comma tells what the correlate kept before it ("es", "dazu") only points to, so it stays whole
            return " ".join(kept).rstrip(",;:") + " … " + " ".join(words[-complement:])
    return None


def _verb_final_label(words: list[str], verb: int | None, rule: _LabelRules, lang: str | None,
                      anchor: int | None) -> str | None:
    """In a verb-final language: when the clause the cut falls in runs to the words' end and ends in a word in
    lower case, the clause the cut falls in told alone, the first of joined clauses, or the first words, "…" and
    the last VERB_TAIL words; else the phrase that closes the main clause after an insertion
    (`_bracket_after_insertion`) or the clause the cut falls in (`_own_clause`); after a fronted adverbial whose
    "…" would hide the subject, the label told around the verb (`_around_fronted_verb`). None elsewhere."""
    if not rule.verb_final:
        return None
    head = words[:LABEL_WORDS - VERB_TAIL]
    finite = _past_name(words, verb, lang)  # the verb, not the first word of a name ("Horst Eylmann, …, will")
    comma = _last_break(head, len(head) - 1, (finite or 0) + 1)
    if _bare(words[-1])[:1].islower() \
            and not any(word.endswith((",", ";", ":")) for word in words[len(head) - 1:-1]) \
            and not (comma is not None and is_finite(words, comma + 1, lang) and (anchor is None or anchor <= comma)):
        # (a comma after the verb and a finite verb after it open another clause, to which the last words belong:
        # "In Bozen wird die Beleuchtung angebracht, wurde auch der Baum … aufgestellt"; unless the date stood in
        # that clause, which tells its event)
        head = _trimmed(head, rule.stopwords, LABEL_WORDS // 2)
        own = _own_clause(words, len(head), rule, lang, anchor)
        if own is not None:
            return own
        first_clause = _first_conjunct(words, len(head), rule, lang, anchor)
        if first_clause is not None:
            return first_clause
        # neither side of the "…" within a phrase: the first words end with their last whole phrase, the closing
        # words start with theirs (one word over)
        head = words[:_whole_head(words, len(head), MIN_LABEL_WORDS, rule)]
        tail = _roomier_tail(words, _whole_tail(words, len(words) - VERB_TAIL, rule), len(head), rule)
        tail = _with_negation(words, tail, len(head), rule)
        if finite is not None and finite < tail:  # the "…" would hide the middle field after a fronted adverbial
            around = _around_fronted_verb(words, finite, rule, anchor)
            if around is not None:
                return around
        return " ".join(head).rstrip(",;:") + " … " + " ".join(words[tail:])
    bracket = _bracket_after_insertion(words, finite, rule, lang, anchor)
    if bracket is not None:
        return bracket
    return _own_clause(words, LABEL_WORDS, rule, lang, anchor)


def _around_fronted_verb(words: list[str], verb: int, rule: _LabelRules, anchor: int | None) -> str | None:
    """A label for verb-final words that open with an adverbial (a preposition or subordinator: "Anlässlich des
    Festes wurden im Saal drei Bücher vorgestellt", "Wie die Behörde feststellte, hatte …"), whose "…" before
    their closing words would hide the subject after the finite verb (`verb`), or the verb too: what was
    presented would be lost. The adverbial's first noun (`_first_noun_end`), "…", and the verb with its middle
    field (without the adverbials that open it) and its closing words (`_verb_room`), whole. None when the words
    open with their subject (it stays before the "…"), when nothing stands between that noun and the verb, when
    those do not fit whole, or when the words left out held the date (`anchor`) and a verb (a subordinator's clause
    has one): they told its event."""
    if not words:
        return None
    opens_clause = rule.subordinate.match(words[0]) is not None
    if not (_bare(words[0]).lower() in rule.single_prepositions or opens_clause):
        return None
    noun = _first_noun_end(words, verb, rule)
    # a subordinator's clause has a verb, known or not ("Wie die Behörde 2006 feststelle,")
    if noun is None or noun == verb or anchor is not None and noun < anchor <= verb \
            and (opens_clause or has_finite(words, rule.lang, noun, verb)):
        return None
    kept, rest, ending = _verb_room(_without_middle_adverbials(words, verb, rule), verb, words[:noun], verb, rule)
    if "…" in ending:
        # the verb's closing words would go ("… löste das Attentat auf den Thronfolger…"), or the middle field
        # would be cut again, maybe inside a name ("… den Bauern Hans … zu einer Strafe verurteilt")
        return None
    return " ".join(kept).rstrip(",;:") + " … " + " ".join(rest).rstrip(",;:") + ending


def _first_noun_end(words: list[str], end: int, rule: _LabelRules) -> int | None:
    """Where the first noun of the phrase that opens `words` ends (before words[end] at the latest), where
    capitals mark every noun (`_noun_ends_at`); elsewhere after the opener. None when no noun ends there (the
    verb found may be an adjective: "Im mittleren Tennessee")."""
    if rule.capitalised_names:
        return 1 if end > 1 else None
    return next((k + 1 for k in range(1, min(end, SUBJECT_HEAD)) if _noun_ends_at(words, k)), None)


def _noun_ends_at(words: list[str], k: int) -> bool:
    """Whether words[k], capitalized, ends a noun where capitals mark every noun: no capitalized word follows it
    without punctuation between (an adjective of a name stands before one: "des Internationalen | Tages")."""
    return _bare(words[k])[:1].isupper() and (k + 1 == len(words) or words[k].endswith((",", ";", ":"))
                                              or not _bare(words[k + 1])[:1].isupper())


def _without_middle_adverbials(words: list[str], verb: int, rule: _LabelRules) -> list[str]:
    """`words` without the run of prepositional phrases that opens the middle field after the finite verb (at
    `verb`) and the pronouns right after it ("wurden | im Saal der Schule | drei Bücher vorgestellt"), where
    capitals mark every noun: adverbials of place or time, where the subject or object after them tells what
    happened. The words as they are when none stands there, or when only the closing words follow the run."""
    kept = rule.pronouns | (rule.inversion.before_subject if rule.inversion else frozenset())  # "sich", "es"
    start = verb + 1
    while start < len(words) and words[start].lower() in kept:
        start += 1
    end = start
    while not rule.capitalised_names and (phrase := _phrase_end(words, end, rule)) is not None:
        end = _name_end(words, phrase, rule)
    return words[:start] + words[end:] if start < end < len(words) - VERB_TAIL else words


def _late_comma_cut(words: list[str], verb: int | None, rule: _LabelRules, lang: str | None) -> int:
    """Where the first words end: after a comma late enough and after the verb, else at LABEL_WORDS."""
    # End at a comma when one falls late enough to keep the gist ("…, einen Satelliten zu starten"), and after the
    # verb: "Two days after his arrival in Jerusalem, | Haile Selassie sent a telegram"
    for index in range(LABEL_WORDS - 1, max(LABEL_WORDS // 2, verb or 0) - 1, -1):
        if words[index].endswith(",") and not _opens_complement(words, index, verb, rule, lang):
            return index + 1
    return LABEL_WORDS


def _bare_second_clause(words: list[str], verb: int, cut: int, rule: _LabelRules, lang: str | None) -> int | None:
    """Where a second clause starts that the cut would leave with its verb alone; None when there is none."""
    # A second clause the cut leaves with its verb alone ("… and were forced…", "… und führte…") goes: the
    # label ends with the clause it tells whole, its last word kept ("… gaben die Stadt auf…").
    return next((k for k in _clause_breaks(words, verb, rule, lang) if _bare(words[k]).lower()
                 in rule.conjunctions and max(LABEL_WORDS // 2, cut - BARE_VERB) <= k < cut), None)


def _cut_past_modifier(words: list[str], cut: int, rule: _LabelRules, lang: str | None) -> int:
    """The cut, one word over when it would end on a modifier (an adjective, number or article and word) before its
    noun."""
    stopwords = rule.stopwords
    if cut == LABEL_WORDS < len(words) and _noun_left(words, cut, rule, lang):
        # Where capitals mark every noun, the one after the adjective or number the cut would end on stays ("gab
        # es … einen großen Mangel…", not "… einen großen…"): one word over, as a whole label may be. (After a
        # function word the cut goes back instead, below: "… zum Ausbruch…", not "… zum Ausbruch des zweiten…".)
        return cut + 1
    if rule.capitalised_names and cut == LABEL_WORDS < len(words) \
            and _bare(words[cut - 2]).lower() in rule.determiners and _bare(words[cut - 1]).isalpha() \
            and not any(word.endswith((",", ";", ":")) for word in words[cut - 2:cut + 1]) \
            and _bare(words[cut - 1]).lower() not in stopwords and words[cut][:1].islower() \
            and _bare(words[cut]).isalpha() and _bare(words[cut]).lower() not in stopwords | rule.prepositions \
            and not is_finite(words, cut, lang):
        # Elsewhere an article and one word before a content word are its modifier: the head noun stays ("… to a
        # national referendum…", not "… to a national…"), one word over.
        return cut + 1
    return cut


def _cut_before_function_words(words: list[str], cut: int, rule: _LabelRules) -> int:
    """The cut moved back past trailing function words, a lone preposition or a dash."""
    # "…in Russia's Far East for a…" reads better as "…in Russia's Far East…"; where capitals mark every noun, a
    # capitalized word is a noun even when its lower-case form is a function word ("am nächsten Morgen" is no
    # "morgen"): the phrase it heads stays, not "…dazu, Sullivan…"; unless it governs a date ("Ende")
    # (nor does a preposition without its object, or a dash that opens an aside: "…staged a coup against…" ->
    # "…staged a coup…", "…political events -- along…" -> "…political events…")
    while cut > LABEL_WORDS // 2 and (words[cut - 1].lower() in rule.stopwords or words[cut - 1].islower()
                                      and words[cut - 1] in rule.single_prepositions
                                      or not words[cut - 1].strip("".join(DASHES))) \
            and (rule.capitalised_names or not words[cut - 1][:1].isupper()
                 or _bare(words[cut - 1]).lower() in rule.trailing) \
            and not compound_hyphen(words, cut - 2, rule.lang):  # "a 90 - day…": a compound's last part stays
        cut -= 1
    return cut


COMPOUND_REACH = 2  # spaced hyphens a cut may pass to end a compound: each adds one word, the hyphen none


def _cut_around_compound(words: list[str], cut: int, lang: str | None) -> int:
    """`cut`, or, where it falls inside a compound written with spaced hyphens (`compound_hyphen`), after that
    compound when it ends within COMPOUND_REACH hyphens ("at the end of the next three - minute…"), else before it
    ("before convicting…", not "before convicting 27…" of "27 - year - old - man")."""
    end, hyphens = cut, 0
    while end < len(words) and _inside_compound(words, end, lang):
        hyphens += words[end] == "-"
        end += 1
    if end == cut or hyphens <= COMPOUND_REACH:
        return end
    while 1 < cut < len(words) and _inside_compound(words, cut, lang):
        cut -= 1
    return cut


def _inside_compound(words: list[str], index: int, lang: str | None) -> bool:
    """Whether a cut before words[index] falls inside a compound written with spaced hyphens (`compound_hyphen`):
    words[index] is one of its hyphens, or the part right after one ("27 | - year", "27 - | year")."""
    return compound_hyphen(words, index, lang) or compound_hyphen(words, index - 1, lang)


def shortened(words: list[str], rule: _LabelRules, lang: str | None, anchor: int | None) -> str:
    """At most LABEL_WORDS words. When the main clause's verb would fall past the cut behind a long subject, the
    subject's head, "…" and the verb with what follows it. Else the first words, ended at a late comma or before
    trailing function words; in a verb-final language, when the clause the cut falls in runs to the label's end
    (no comma after the cut) and ends in a word written in lower case (a verb, not a noun), its verb stands
    last: the first words, "…", and the last VERB_TAIL ("Die Feuerwehr hat … alten Scheune gelöscht"), unless
    those belong to a clause the cut hides (`_own_clause`). A cut never ends with a second clause's bare verb
    ("… and were forced…"), nor with a modifier before its noun ("… einen großen…", "… to a national…"), a
    preposition without its object ("… a coup against…") or a number without its noun ("… at least 217…")."""
    whole = _part_told_whole(words, rule, lang, anchor)
    if whole is not None:
        return whole
    verb = _label_verb(words, rule, lang)
    if verb is not None and _verb_past_cut(words, verb, rule):
        around = _around_verb(words, verb, rule, anchor)
        if around:
            return around
    elif verb is not None and _complement_cut(words, verb, rule, lang):
        # the cut would keep a verb of planning, saying or deciding without what was planned, said or decided
        # ("… Pensioners decided to launch…"): the subject's head goes first (with "…" for the rest), when that
        # tells more of the complement
        around = _around_verb(words, verb, rule, anchor)
        if around and " … " in around \
                and (not around.endswith("…") or _from_verb(around) >= LABEL_WORDS - verb + COMPLEMENT_GAIN):
            return around
    label = _compact_label(words, verb, rule, lang)
    label = _correlate_label(words, rule, lang) if label is None else label
    label = _verb_final_label(words, verb, rule, lang, anchor) if label is None else label
    label = _without_embedded_relative(words, rule, lang) if label is None else label
    label = _closing_phrase_label(words, rule, lang) if label is None else label
    if label is not None:
        return label
    complement = _complement_around_verb(words, verb, rule, lang, anchor)
    if complement is not None:
        return complement
    cut = _late_comma_cut(words, verb, rule, lang)
    if cut == LABEL_WORDS and verb is not None:
        second = _bare_second_clause(words, verb, cut, rule, lang)
        if second is not None and (anchor is None or anchor <= second):  # not when the date stood in that clause
            return " ".join(words[:second]).rstrip(",;:") + "…"
    cut = _cut_before_function_words(words, _cut_around_compound(words, _cut_past_modifier(words, cut, rule, lang),
                                                                 lang), rule)
    if verb and cut < len(words) and words[cut - 1].endswith(",") \
            and _opens_complement(words, cut - 1, verb, rule, lang):
        # the cut would keep a verb of saying or deciding without what was said or decided: the subject's head
        # goes first ("Der neue Minister … sagte dem Presseclub, dass die Linie…")
        around = _around_verb(words, verb, rule, anchor)
        if around:
            return around
    if rule.capitalised_names and cut <= LABEL_WORDS and _counted_noun(words, cut, rule, lang):
        # "… claimed at least 217 lives…", not "… at least 217…": the number with the noun it counts (a unit of
        # time among the function words too: "… deux jours…"), at most one word over
        cut += 1
    skipped = _attribute_skipped(words, cut, rule, lang, anchor)
    if skipped is not None:
        return skipped
    cut = _whole_end(words, cut, rule)
    return " ".join(words[:cut]).rstrip(",;:") + ("…" if cut < len(words) else "")  # the noun kept may end them


COMPLEMENT_GAIN = 2  # words of a cut complement a label told around its verb must show more than the plain cut

INFINITIVE_SHOWN = 2  # words of an infinitive group after its marker that leave out what it does ("to hold a…")


def _complement_cut(words: list[str], verb: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether the main verb (`verb`, before the cut) opens a complement that the cut leaves without its end: an
    infinitive group right after it ("plans | to hold a news conference"), or a complement clause or infinitive
    clause after the comma that closes its predicate ("hat … beschlossen, | die Gebühren … zu senken", "kündigte
    an, | dass …": its verb comes last), of which the label would show at most INFINITIVE_SHOWN or VERB_ROOM
    words, running past the cut (to its next comma or the words' end). Not when a pronoun follows the verb: the
    subject stands after it, and the words before it are a fronted phrase ("Für beide wird es schwierig, …")."""
    dependent = dependent_rules(lang)
    start, least = None, LABEL_WORDS - VERB_ROOM
    after = verb + 1
    if after + 1 >= len(words) or _bare(words[after]).lower() in rule.pronouns:
        return False  # a subject after the verb: what stands before it is a fronted phrase, no subject to shorten
    if not words[verb].endswith((",", ";", ":")) \
            and dependent.infinitive_openers.fullmatch(_bare(words[after]).lower()) \
            and words[after + 1].isalpha() and words[after + 1].islower() and words[after + 1] not in rule.stopwords:
        # the group's verb comes first: the cut leaves out what it does when it shows INFINITIVE_SHOWN words at most
        start, least = after + 1, LABEL_WORDS - INFINITIVE_SHOWN
    else:
        comma = next((k for k in range(verb, min(len(words) - 1, LABEL_WORDS)) if words[k].endswith((",", ";", ":"))),
                     None)
        if comma is not None and words[comma].endswith(","):
            stop = next((k + 1 for k in range(comma + 1, len(words)) if words[k].endswith((",", ";", ":"))), len(words))
            clause = " ".join(words[comma + 1:stop]).rstrip(",;:")
            host = " ".join(words[:comma + 1]).rstrip(",")
            if _opens_complement(words, comma, verb, rule, lang) \
                    or open_predicate(host, lang) and infinitive_complement(clause, dependent, lang):
                start = comma + 1
    if start is None or start < least:
        return False  # the cut leaves enough of the complement to tell it
    end = next((k + 1 for k in range(start, len(words)) if words[k].endswith((",", ";", ":"))), len(words))
    return end > LABEL_WORDS


def _from_verb(label: str) -> int:
    """How many words a label told around its verb shows after its first "…": the name that ends the subject, if
    one is kept (`_acting_name`), the verb and what follows it."""
    shown = label.split()
    return len(shown) - shown.index("…") - 1 if "…" in shown else len(shown)


def _open_end(words: list[str], cut: int) -> bool:
    """Whether a cut after words[:cut] leaves words after it with no punctuation closing the last word kept."""
    return 0 < cut < len(words) and words[cut - 1][-1:] not in ",;:)\"'"


def _name_word(word: str, rule: _LabelRules) -> bool:
    """Whether `word` may be part of a name where capitals mark names alone: capitalized, no function word."""
    bare = _bare(word)
    return bare[:1].isupper() and bare.lower() not in rule.stopwords


def _whole_end(words: list[str], cut: int, rule: _LabelRules) -> int:
    """Where a cut label ends so that the words before "…" end with a whole phrase: not on a quantifier or
    determiner whose noun is cut ("… the staging ground for many | of the disasters"), nor, where capitals mark
    names alone, inside a name ("… the visit of U.S. | Commerce Secretary William Daley"). A name that ends on the
    next word is kept whole, one word over; else the cut goes back before the quantifier or name, and before the
    modifiers of its noun phrase (at most NOUN_REACH words: "… in the final | two weeks", "when
    unbeaten | Russian Alexander Povetkin"), past the function words and preposition left before them ("… the
    staging ground…"). `cut` when it ends a phrase, or when going back would leave fewer than half a label's words
    or end on a verb that then lacks its object ("… forced to rewrite…", "… the star went…")."""
    if not _open_end(words, cut) or cut > LABEL_WORDS + 1:
        return cut
    start = cut
    if _bare(words[cut - 1]).lower() in rule.quantifiers | rule.determiners:
        start = cut - 1
    elif rule.capitalised_names and _name_word(words[cut - 1], rule) and _name_word(words[cut], rule) \
            and _bare(words[cut]).replace("-", "").replace(".", "").isalpha():
        if cut <= LABEL_WORDS and (not _open_end(words, cut + 1) or not _name_word(words[cut + 1], rule)):
            return cut + 1  # "… the title role of Doctor Who…"
        # (a name's words may be function words or hyphens: "Creighton All - American")
        while start > 1 and _open_end(words, start - 1) \
                and (_bare(words[start - 2])[:1].isupper() or words[start - 2] in DASHES):
            start -= 1
        start -= 1
    if start == cut:
        return cut
    closed = rule.determiners | rule.single_prepositions | rule.quantifiers | rule.conjunctions
    dependent = dependent_rules(rule.lang)
    modifiers = 0
    # (a possessive is a modifier too: "for Greece's conservative | Prime Minister …")
    while modifiers < NOUN_REACH and start > 1 and _open_end(words, start) and _bare(words[start - 1])[:1].isalpha() \
            and _bare(words[start - 1]).lower() not in closed | rule.stopwords \
            and not is_finite(words, start - 1, rule.lang) and not marked_infinitive(words[:start], dependent):
        if dependent.infinitive_openers.fullmatch(_bare(words[start - 2]).lower()):
            return cut  # the word is an infinitive whose object the cut leaves: "… forced to rewrite | four of …"
        start, modifiers = start - 1, modifiers + 1
    if modifiers == NOUN_REACH:
        return cut  # no article or preposition opens the noun phrase within reach: its start is not told
    while start > LABEL_WORDS // 2 and _open_end(words, start) and _bare(words[start - 1]).lower() in closed:
        start -= 1
    last = _bare(words[start - 1]).lower()
    if start < LABEL_WORDS // 2 or is_finite(words, start - 1, rule.lang) \
            or marked_infinitive(words[:start], dependent) or _open_end(words, start) and last in rule.stopwords:
        return cut  # (a subordinator or particle would be left to end it: "… five weeks ago when…")
    return start


def _declined(word: str, rule: _LabelRules) -> bool:
    """Whether `word` reads as a declined attribute (`attribute_shape`) and is no function word."""
    bare = _bare(word)
    return rule.attribute is not None and rule.attribute.fullmatch(bare) is not None \
        and bare not in rule.stopwords | rule.single_prepositions


def _heads_phrase(words: list[str], k: int, rule: _LabelRules) -> bool:
    """Whether the capitalized words[k], after a declined attribute, is the noun of the phrase it closes."""
    return _bare(words[k])[:1].isupper() and _declined(words[k - 1], rule)


def _attribute_skipped(words: list[str], cut: int, rule: _LabelRules, lang: str | None,
                       anchor: int | None) -> str | None:
    """Where capitals mark every noun, a label cut inside an extended attribute ("es kam zu der für beide Seiten
    äußerst verlustreichen | und … erstreckenden Marneschlacht"), told without it: the words up to its article,
    "…", and its noun, the first capitalized word after the cut that follows a declined lower-case word, no
    function word ("Es kam zu der … Marneschlacht"), with what follows the noun as far as the label has room.
    None when the cut ends no such attribute (its article within ATTRIBUTE_REACH words before the cut), or its
    noun is not found within twice as many after it (with no punctuation between), or the cut date stood in the
    attribute (`anchor`): the label would drop what dates it."""
    if rule.capitalised_names or not _open_end(words, cut) or not _bare(words[cut - 1]).islower() \
            or _bare(words[cut - 1]).lower() in rule.stopwords or _bare(words[cut])[:1].isupper():
        return None
    # the article of an extended attribute stands right before the preposition that opens it ("zu der | für beide
    # Seiten …"), its phrases holding nouns of their own; else the nearest with no noun after it ("den italienischen")
    reach = range(cut - 2, max(cut - 1 - ATTRIBUTE_REACH, 0) - 1, -1)
    stop = next((k for k in reach if not _open_end(words, k + 1)), -1)
    extended = next((k for k in reach if k > stop and _bare(words[k]).lower() in rule.determiners
                     and words[k + 1] in rule.single_prepositions), None)
    article = extended if extended is not None else next(
        (k for k in range(cut - 1, stop, -1) if _bare(words[k]).lower() in rule.determiners), None)
    if article is None or article + 1 == cut or not _declined(words[cut - 1], rule) \
            or any(is_finite(words, k, lang) and not _attributive_at(words, k, rule) for k in range(article + 1, cut)) \
            or extended is None and any(_bare(word)[:1].isupper() for word in words[article + 1:cut]):
        return None  # (a noun kept before the cut ends the article's phrase: "die … Regierung daher |")
    noun = next((k for k in range(cut + 1, min(cut + 1 + 2 * ATTRIBUTE_REACH, len(words)))
                 if not _open_end(words, k) or _heads_phrase(words, k, rule) or _bare(words[k]).lower()
                 in rule.determiners and _bare(words[k - 1]).lower() in rule.coordinators), None)
    # (an article after a coordinator opens a second noun phrase: "ein deutscher | und ein italienischer Rat")
    if noun is None or not _heads_phrase(words, noun, rule) or anchor is not None and article < anchor <= noun:
        return None
    head = words[:article + 1]
    rest = words[noun:noun + max(LABEL_WORDS - len(head) - 1, 1)]
    end = noun + len(rest)
    if end < len(words):
        rest = _trimmed(rest, rule.stopwords, 1)
    return " ".join(head) + " … " + " ".join(rest).rstrip(",;:") + ("…" if end < len(words) else "")


CLOSING_PHRASE = 6  # words of a phrase that closes a verb-second clause and completes its verb, at most


def _closing_phrase_label(words: list[str], rule: _LabelRules, lang: str | None) -> str | None:
    """A label for a verb-second clause whose subject stands first and whose cut would fall before the short
    prepositional phrase that closes it (at most CLOSING_PHRASE words): where the order puts adverbials before the
    verb's complement, that phrase completes the verb ("beschränkte sich … auf defensive Maßnahmen"), so the label
    keeps the subject and the verb (with the pronouns right after it), "…", and that phrase; the adverbials
    between them, which open with a preposition (or an adverb and one: "zusammen mit …"), are left out but for
    the last whole ones that fit ("siegte … in der Winterschlacht in Masuren über die Russen"). Not a
    phrase opened by a word that ties it to the noun before it ("von", "vom", the agent's "durch": an attribute),
    nor when another finite verb or a comma stands after the verb (a clause of its own)."""
    opener = _bare(words[0]).lower()
    if not rule.verb_second or opener in rule.single_prepositions | rule.coordinators | rule.loose:
        return None
    start = next((k for k in range(len(words) - 2, len(words) - CLOSING_PHRASE - 1, -1)
                  if words[k].lower() in rule.single_prepositions), None)
    if start is None:
        return None
    # the verb found may be a word of a long subject read as finite ("hergebrachte"): the clause's is the last
    verb = next((k for k in range(start - 1, 0, -1) if is_finite(words, k, lang)), None)
    if verb is None:
        return None
    kept = rule.pronouns | (rule.inversion.before_subject if rule.inversion else frozenset())  # "sich", "auch"
    middle = verb + 1
    while middle < len(words) and words[middle].lower() in kept:
        middle += 1
    if words[start].lower() in rule.noun_links | rule.noun_agents or start - middle < MIN_LABEL_WORDS \
            or middle + len(words) - start > LABEL_WORDS \
            or any(word.rstrip(".").endswith((",", ";", ":", ")")) for word in words[verb:-1]) \
            or any(_bare(word).lower() in rule.coordinators for word in words[verb:]) \
            or has_finite(words, lang, verb + 1, len(words)):
        return None
    first = _bare(words[middle])
    adverb = first.islower() and first.isalpha() and first not in rule.determiners \
        and words[middle + 1].lower() in rule.single_prepositions
    # one phrase alone may be the verb's own object ("endete mit der Eroberung Jerusalems"), the closing phrase
    # then describes its noun ("durch britische Truppen"); two or more, or one opened by an adverb, are adverbials
    phrases = [middle + adverb + k for k in _adverbial_phrases(words[middle + adverb:start], rule)]
    if len(phrases) < (1 if adverb else 2):
        return None
    room = LABEL_WORDS - middle - (len(words) - start)
    shown = next((k for k in phrases[1:] if start - k <= room), start)  # the last phrases, as many as fit
    return " ".join(words[:middle]) + " … " + " ".join(words[shown:])


def _adverbial_phrases(words: list[str], rule: _LabelRules) -> list[int]:
    """Where the prepositional phrases start that `words` are, one after the other, where capitals mark every noun:
    each a preposition, the words up to its noun, the names, numbers and adverbs after it, and the genitives and
    "von" phrases that describe it (part of it). None when they are anything else (an object, a subject)."""
    starts: list[int] = []
    k = 0
    while k < len(words):
        word = _bare(words[k]).lower()
        if word not in rule.single_prepositions and word not in rule.noun_links:
            return []
        if word not in rule.noun_links:
            starts.append(k)
        k += 1
        while k < len(words) and not _bare(words[k])[:1].isupper():  # to the phrase's noun
            if _bare(words[k]).lower() in rule.single_prepositions:
                return []
            k += 1
        if k == len(words):
            return []
        k += 1
        while k < len(words) and (_bare(words[k])[:1].isupper() or any(char.isdigit() for char in words[k])):
            k += 1
        while k < len(words) and _bare(words[k]).isalpha() and _bare(words[k]).islower() \
                and _bare(words[k]) not in rule.single_prepositions | rule.noun_links | rule.determiners:
            k += 1  # adverbs ("noch mehr"), but no noun after them: that would be an object of the verb
    return starts


def _complement_around_verb(words: list[str], verb: int | None, rule: _LabelRules, lang: str | None,
                            anchor: int | None) -> str | None:
    """A label for words whose main verb (`verb`) is followed by a clause it embeds without a comma (an opener of
    `embedded_openers` right after it or its adverbs: "The agency said that …") whose own verb falls past the cut
    behind a long subject: the words up to the complementizer, the complement subject's first words (after a phrase that
    opens the clause and ends at a comma: "that at the close of trading Friday, 2,000 shares … had been sold"),
    "…", and the complement's verb with what follows it; else the cut would end inside that subject ("said that
    the number of passenger cars in the…"), with what was said left out. None when the words do not read so, or
    when the complement's subject and verb would not both fit, or when the words left out held the date (`anchor`,
    the index of the word after it: "the changes announced Wednesday by …" tell its event)."""
    if verb is None or rule.verb_final:
        return None
    # the opener right after the verb, or after its adverbs ("said privately that"): no noun before it that a
    # relative clause could describe
    opener = verb + 1
    while opener < LABEL_WORDS - 1 and _bare(words[opener])[:1].islower() \
            and _bare(words[opener]).endswith(rule.adverb_endings):
        opener += 1
    if opener >= LABEL_WORDS - 1 or _bare(words[opener]).lower() not in rule.embedded_openers \
            or words[opener - 1].endswith((",", ";", ":")):
        return None
    clause = words[opener + 1:]
    found = main_verb(clause, lang)
    if found is None or opener + 1 + found < LABEL_WORDS or found > 2 * LABEL_WORDS \
            or any(word.endswith((";", ":")) for word in clause[:found]):
        return None
    start = 0
    if _bare(clause[0]).lower() in rule.single_prepositions:  # a phrase that opens the clause, up to its comma
        start = next((k + 1 for k in range(found - 1) if clause[k].endswith(",")), 0)
        if not start or not (opens_subject(_bare(clause[start]), rule) or clause[start][:1].isdigit()):
            return None
    room = LABEL_WORDS - (opener + 1) - VERB_ROOM
    if room < 1 or start >= found:
        return None
    if any(_bare(word).lower() in rule.embedded_openers for word in clause[start:found]):
        return None  # the verb found is a deeper clause's ("bombings … show that terrorism is")
    # the verb group from its auxiliary and negation on ("had not admitted", not "admitted")
    while found - 1 > start and (is_listed_finite(clause[found - 1], lang) or found - 2 > start
                                 and rule.negation.fullmatch(_bare(clause[found - 1])) is not None
                                 and is_listed_finite(clause[found - 2], lang)):
        found -= 1
    head = min(found, start + min(room, SUBJECT_HEAD))
    # the subject's noun without the phrases or relative clause after it ("the number …", not "the number of
    # electric …"; "a suspect …", not "a suspect who …")
    boundary = rule.single_prepositions | rule.relatives
    head = next((k for k in range(start + 1, head + 1) if _bare(clause[k]).lower() in boundary), head)
    if _bare(clause[head]).lower() not in boundary:
        head = _whole_head(clause, head, start + 1, rule)
        if not _bare(clause[head - 1])[:1].islower():
            return None  # a name or figure the cut may split ("the 38,000 U.S. …" without its noun)
    if _bare(clause[head - 1]).lower() in rule.stopwords:
        return None  # no noun kept ("that a …")
    if anchor is not None and opener + 1 + head < anchor <= opener + 1 + found:
        return None
    kept = words[:opener + 1] + clause[start:head]
    rest = clause[found:found + LABEL_WORDS - len(kept)]
    ending = "…" if found + len(rest) < len(clause) else ""
    if ending:
        rest = _trimmed(rest, rule.stopwords, 1)
    return " ".join(kept).rstrip(",;:") + " … " + " ".join(rest).rstrip(",;:") + ending


def _opens_complement(words: list[str], comma: int, verb: int | None, rule: _LabelRules, lang: str | None) -> bool:
    """Whether the comma at words[comma] opens a complement clause (a complementizer after it: "…, dass") of the
    predicate of the main verb (`verb`) that the words before it leave open ("Der Minister sagte dem Presseclub,
    dass …"): a label ended there keeps a verb of saying or deciding without what was said or decided, no event.
    Not the complement of a second clause joined to the main one ("… begonnen und es zeigte sich, dass …"): it
    tells another event than the label's."""
    dependent = dependent_rules(lang)
    return verb is not None and comma + 1 < len(words) and bool(dependent.complementizers.match(words[comma + 1])) \
        and not any(_bare(word).lower() in rule.conjunctions for word in words[verb + 1:comma + 1]) \
        and open_predicate(" ".join(words[:comma + 1]).rstrip(","), lang)


def _phrase_closed(words: list[str], least: int, end: int, rule: _LabelRules) -> int:
    """Where a label cut after words[:end] ends so that its last phrase is whole, at `least` at the earliest: not
    after a function word, a preposition without its object, a dash or a suspended hyphen (the cut goes back: "…
    a coup against…" -> "… a coup…"), nor between a number and the noun it counts (`_counted_noun`: the noun
    stays, one word over)."""
    closing = rule.stopwords | rule.single_prepositions
    if least < end < len(words) and rule.negation.fullmatch(_bare(words[end - 1])) \
            and _bare(words[end]).lower() not in closing and words[end - 1][-1:] not in ",;:":
        return end + 1  # a negation keeps the word it negates (one word over): "… did not participate…"
    while end > least and (_bare(words[end - 1]).lower() in closing
                           or words[end - 1].endswith("-") or not words[end - 1].strip("".join(DASHES))
                           or _adverb_before_verb(words, end, rule)):
        end -= 1
    if end < len(words) and (_counted_noun(words, end, rule, rule.lang) or _compound_noun_left(words, end, rule)
                             if rule.capitalised_names else end > least and _noun_left(words, end, rule, rule.lang)):
        end += 1
    return end


def _compound_noun_left(words: list[str], cut: int, rule: _LabelRules) -> bool:
    """Where capitals mark names alone, whether a cut after words[:cut] leaves an article and a noun that
    describes the next one without it ("to hold a news | conference to …"): the article two words back, the word
    after the cut the last of the phrase (a lower-case word that opens no phrase and is no finite verb, followed
    by punctuation, a function word or nothing) and no participle, the two kept set off by no punctuation."""
    article = _bare(words[cut - 2]).lower() if cut >= 2 else ""
    if article not in rule.determiners or article in rule.relatives \
            or any(_bare(word) != word for word in words[cut - 2:cut]):
        return False  # (a relative "that" opens a clause: "a march that grew | out")
    last, following = words[cut - 1], _bare(words[cut])
    closed = cut + 1 == len(words) or words[cut][-1:] in ",;:.)" or _bare(words[cut + 1]).lower() in rule.stopwords
    # (a participle after the noun opens a phrase of its own: "by a tank | firing …")
    return closed and last.isalpha() and last.islower() and last not in rule.stopwords \
        and following.isalpha() and following.islower() and following not in rule.phrase_openers \
        and not rule.participles.fullmatch(following) and not is_finite(words, cut, rule.lang)


def _noun_left(words: list[str], cut: int, rule: _LabelRules, lang: str | None) -> bool:
    """Where capitals mark every noun, whether a cut after words[:cut] leaves the noun after the adjective,
    participle or number it would end on ("gab es … einen großen | Mangel", "mit einer viel beachteten |
    Arbeit"): the last word kept is written in lower case (or a number), no function word, and no finite verb
    unless it stands between an article and that noun (`_attributive_at`: "beachteten" there is a participle);
    the next is capitalized."""
    last = _bare(words[cut - 1])
    return not rule.capitalised_names and _bare(words[cut])[:1].isupper() \
        and not words[cut - 1].endswith((",", ";", ":")) and last.lower() not in rule.stopwords \
        and not words[cut].endswith("-") and (last[:1].islower() or last.isdigit()) \
        and (not is_finite(words, cut - 1, lang) or _attributive_at(words, cut - 1, rule))


ATTRIBUTE_WORDS = 2  # lower-case words between an article and an attributive participle ("einer viel beachteten")


def _attributive_at(words: list[str], index: int, rule: _LabelRules) -> bool:
    """Whether the lower-case words[index] stands after an article, with at most ATTRIBUTE_WORDS lower-case words
    (adverbs, adjectives) between, none an article, coordinator or preposition: an attribute of the noun after it, not a
    finite verb ("des lange vorbereiteten Vertrags"). An article right after a comma may be a relative pronoun
    ("…, die kämpften")."""
    start = index - 1
    while start >= 0 and index - start <= ATTRIBUTE_WORDS and _bare(words[start]).isalpha() \
            and _bare(words[start]).islower() and not words[start].endswith((",", ";", ":")) \
            and _bare(words[start]).lower() not in rule.determiners | rule.coordinators | rule.single_prepositions:
        start -= 1
    return start >= 0 and _bare(words[start]).lower() in rule.determiners \
        and not words[start].endswith((",", ";", ":")) and not (start and words[start - 1].endswith(","))


def _adverb_before_verb(words: list[str], end: int, rule: _LabelRules) -> bool:
    """Whether words[end - 1], the last word a cut keeps, is an adverb (the pack's `adverb_endings`, in lower case)
    whose verb, the word after it, the cut leaves out: "… and severely | wounded a nurse"."""
    word = words[end - 1]
    return end < len(words) and word == _bare(word) and word[:1].islower() and word.endswith(rule.adverb_endings) \
        and is_finite(words, end, rule.lang)


# a number written in figures ("217", "1,700", "$4", "3.8"); a bare four-digit one is a year, no count of a noun
_FIGURE = re.compile(r"(?!\d{4}$)[$€£]?\d[\d.,]*")


def _counted_noun(words: list[str], cut: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether a cut after words[:cut] falls between a number and the noun it counts ("… claimed at least 217 |
    lives", "… a achevé hier deux | jours", "… who only a few | months"): the last word kept is a number in figures
    or one of the pack's `quantifiers`, set off by no punctuation, and the word after it is a lower-case word that
    opens no phrase of its own (no article, pronoun, preposition, coordinator, relative pronoun, nor a number
    again) and is no finite verb. A number followed by a function word is a phrase of its own ("at a rate of
    358,000 | a month"), and a capitalized word after it may be an adjective whose noun would still be cut."""
    last, following = words[cut - 1], words[cut]
    if last[-1:] in ",;:)" or not (_FIGURE.fullmatch(last) or last.lower() in rule.quantifiers):
        return False
    bare = _bare(following)
    return bare.isalpha() and bare.islower() and bare not in rule.phrase_openers and bare not in rule.quantifiers \
        and not is_finite(words, cut, lang)


def _bracket_after_insertion(
    words: list[str], verb: int | None, rule: _LabelRules, lang: str | None, anchor: int | None
) -> str | None:
    """In a verb-final language, a cut label for a main clause whose last words, after the comma that closes an
    insertion (a relative clause or apposition set off by commas after a noun), are what closes its predicate: the
    participle, infinitive, particle or predicative, with the phrase before it ("Die Flotte war mit dem Verlust von
    zwei Schiffen, dem Kreuzer A und dem Kreuzer B, durch Minen weitgehend ausgeschaltet" -> "Die Flotte war mit
    dem Verlust … Minen weitgehend ausgeschaltet"): the first words up to the insertion, "…", and the last VERB_TAIL
    words of that phrase. A cut before it would leave the finite verb without what it says ("Die Flotte war mit dem
    Verlust von zwei Schiffen…"). See `_closes_main_clause` for what the words must be. None when they are not so,
    or when the cut date stood in the insertion (`anchor`): it tells the dated event."""
    if verb is None or verb >= LABEL_WORDS - VERB_TAIL - 1:
        return None
    opening = next((k for k in range(verb + 1, len(words) - 1) if words[k].endswith(",")), None)
    closing = _last_break(words, len(words) - 1)
    if opening is None or closing is None or closing <= opening:
        return None
    dated = anchor is not None and opening < anchor <= closing
    if _objects_after_relative(words, opening, closing, rule, lang):
        # the objects after the relative clause tell what the verb gave or allowed: kept whole when they fit
        # ("Das Gesetz erlaubte allen Städten … sowie den Dörfern weiterhin den Markt"); when the date stood in the
        # relative clause, it stays, and the objects' last phrase follows "…" ("…, die … beitraten, … den Markt")
        if not dated:
            return " ".join(words[:opening + 1]).rstrip(",;:") + " … " + " ".join(words[closing + 1:])
        start = _whole_tail(words, max(closing + 1, len(words) - (LABEL_WORDS - closing)), rule)
        if closing + 1 < start < len(words) - 1:
            return " ".join(words[:closing + 1]).rstrip(",;:") + " … " + " ".join(words[start:])
    if dated or not _closes_main_clause(words, opening, closing, rule, lang):
        return None
    tail = words[closing + 1:][-VERB_TAIL:]
    head = _trimmed(words[:min(opening + 1, LABEL_WORDS - len(tail))], rule.stopwords, verb + 1)
    tail = words[_whole_tail(words, len(words) - len(tail), rule):]  # (one word over)
    head = head[:_whole_head(words, len(head), verb + 1, rule)]
    tail = words[_roomier_tail(words, len(words) - len(tail), len(head), rule):]
    return " ".join(head).rstrip(",;:") + " … " + " ".join(tail)


def _objects_after_relative(words: list[str], opening: int, closing: int, rule: _LabelRules, lang: str | None
                            ) -> bool:
    """Whether the words after the comma at `closing` are the rest of the main clause's middle field, ended by a
    noun, after a relative clause set off by commas that describes the noun before `opening` ("erlaubte allen
    Städten, die … beitraten, sowie den Dörfern weiterhin den Markt"), in a verb-final language: the relative
    clause (one part, opened by a relative pronoun, closed by its finite verb) may go, the objects it interrupts
    tell what the verb left open. Only when the first words up to the insertion and those objects fit a label."""
    phrase = words[closing + 1:]
    if not rule.verb_final or not _bare(words[opening])[:1].isupper() or len(phrase) < MIN_LABEL_WORDS \
            or opening + 1 + len(phrase) > LABEL_WORDS or not _bare(phrase[-1])[:1].isupper():
        return False
    return _opens_relative(words, opening + 1, rule) and is_finite(words, closing, lang) \
        and not any(word.endswith((",", ";", ":")) for word in words[opening + 1:closing]) \
        and not rule.dependent.match(phrase[0]) and not dependent_rules(lang).infinitive_openers.match(phrase[0]) \
        and not has_finite(words, lang, closing + 1)


def _closes_main_clause(words: list[str], opening: int, closing: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether the words after the comma at `closing` close the main clause that the comma at `opening` left for an
    insertion, in a verb-final language. The insertion follows a noun or name (a capitalized word or a number
    before `opening`; a lower-case word there has closed the main clause already: "… griffen sie die Kolonne an,
    die …"). Each comma-separated part of it ends in a finite verb (a relative clause: "…, das ihm in die Stirn
    ragt,") or in a noun or name (an apposition: "…, dem Kreuzer A und dem Kreuzer B,"); only the part right before
    the closing words may end in a lower-case word with no finite verb in it, a predicative of their own ("…,
    ausgelaugt, müde", "…, vom Gegner unbehelligt,"). The
    closing words are one phrase with no finite verb (the last may have a finite verb's regular shape only: in the
    last place it is the participle, "ausgeschaltet"), opened by no coordinator, relative pronoun, subordinator or
    conjunction of an infinitive group ("um … zu"), and ending in a lower-case word."""
    if not rule.verb_final or not (_bare(words[opening])[:1].isupper() or _bare(words[opening]).isdigit()):
        return False
    phrase = words[closing + 1:]
    first, last = _bare(phrase[0]).lower(), _bare(phrase[-1])
    if first in rule.coordinators or rule.dependent.match(phrase[0]) \
            or dependent_rules(lang).infinitive_openers.match(phrase[0]) or not last.isalpha() or not last.islower() \
            or has_finite([","] + phrase[:-1], lang, 1) or _finite_by([","] + phrase, len(phrase), lang) not in (
                None, "shape"):
        return False
    parts, start = [], opening + 1
    for k in range(opening + 1, closing + 1):
        if words[k].endswith((",", ";", ":")):
            parts.append((start, k))
            start = k + 1
    for number, (start, end) in enumerate(parts):
        final = _bare(words[end])
        if is_finite(words, end, lang) or final[:1].isupper() or final.isdigit():
            continue
        if number == len(parts) - 1 and all(_bare(word).isalpha() and word[:1].islower()
                                            and not is_finite(words, k, lang)
                                            for k, word in enumerate(words[start:end + 1], start)):
            continue
        if number == len(parts) - 1 and final.isalpha() and final.islower() \
                and not has_finite(words, lang, start, end + 1):
            continue  # a predicative with the phrase it governs, no clause: "…, vom Gegner unbehelligt,"
        return False
    return True


def _first_conjunct(words: list[str], shown: int, rule: _LabelRules, lang: str | None,
                    anchor: int | None) -> str | None:
    """In a verb-final language, a cut label for words whose first `shown` words would be followed by "…" and their
    last VERB_TAIL words, when those hidden between hold a plain conjunction right after the first finite verb of
    its clause (none stands between it and the clause's start, the last comma or the words' first word): a
    verb-final clause ends there, and another one is joined to it ("…, das im Juli die Flotte passierte und in den
    Hafen einlief"); the last words are the second one's, which the label would join to the first one's subject
    and object as if they were its own ("das die Flotte … in den Hafen einlief"). The words up to that verb
    instead, and "…" ("…, das die Flotte passierte…"), when they fit the chart. (After a finite auxiliary, verb
    forms joined so share it, in one clause: "hat sich durchgesetzt und viele Rollen übernommen" keeps its last
    words.) None when no such conjunction is hidden, when the words before it are too long, or when the cut date
    stood after it (`anchor`): the second clause tells the dated event."""
    for k in range(max(shown, 1), len(words) - VERB_TAIL):
        if _bare(words[k]).lower() not in rule.conjunctions or words[k - 1].endswith((",", ";", ":")) \
                or not words[k - 1][:1].islower() or not is_finite(words, k - 1, lang):
            continue
        start = (_last_break(words, k - 1) or -1) + 1
        if has_finite(words, lang, start, k - 1):
            continue
        if k > LABEL_WORDS + 1 or anchor is not None and anchor > k:
            return None
        return " ".join(words[:k]).rstrip(",;:") + "…"
    return None


COMPLEMENT = LABEL_WORDS // 2  # words of an infinitive group a cut label keeps whole after its host's first words


def _closing_infinitive(words: list[str], lang: str | None) -> int:
    """How many words the infinitive group after the last comma of `words` has, when it has more than
    MIN_LABEL_WORDS (an object with its verb, not "zu unterbrechen" alone), at most COMPLEMENT, and at least
    MIN_LABEL_WORDS words come before it ("…, die Stadt am Fluss einzunehmen"); else 0."""
    comma = _last_break(words, len(words) - 1)
    if comma is None or comma < MIN_LABEL_WORDS or not MIN_LABEL_WORDS < len(words) - comma - 1 <= COMPLEMENT \
            or not words[comma].endswith(",") or not infinitive_clause(words[comma + 1:], lang):
        return 0
    return len(words) - comma - 1


def _dated_complement(words: list[str], lang: str | None, anchor: int | None) -> str | None:
    """A cut label for words that end with an infinitive complement after their last comma, when the cut date
    stood in it (`anchor` past the comma: "…, noch heuer den Verkehr auf den Pässen zu regeln"): the date tells
    when that is to happen, so the complement stays whole, with what controls it: the noun that takes it (the
    pack's `infinitive_nouns`: "…die Absicht des Vorstands …, den Verkehr auf den Pässen zu regeln"), else the
    finite verb of the open predicate before the comma with what follows it ("…veranlasste die Regierung, dem
    Vertrag zuzustimmen"). The subject before them is cut. None when the words do not read so or do not fit."""
    comma = _last_break(words, len(words) - 1)
    if anchor is None or comma is None or anchor <= comma or not words[comma].endswith(","):
        return None
    dependent = dependent_rules(lang)
    complement = words[comma + 1:]
    if len(complement) > LABEL_WORDS - MIN_LABEL_WORDS - 1 \
            or dependent.complementizers.match(complement[0]) \
            or not complement_clause(" ".join(complement), dependent, lang):
        return None
    room = LABEL_WORDS - len(complement)
    before = _last_break(words, comma)  # the noun or verb stands in the clause right before the complement
    low = 0 if before is None else before + 1
    noun = next((k for k in range(comma, low - 1, -1) if _bare(words[k]) in dependent.infinitive_nouns), None)
    if noun is not None:
        article = noun > low and _bare(words[noun - 1]).lower() in dependent.determiners | dependent.pronouns
        start = noun - 1 if article else noun
        if comma + 1 - start <= room:
            return "…" + " ".join(words[start:])
        if any(is_finite(words, k, lang) for k in range(noun + 1, comma + 1)):
            return None  # the cut would hide the verb after the noun ("…die Gelegenheit … bot")
        kept = _trimmed(words[start:start + room - 1], _label_rules(lang).stopwords, noun + 1 - start)
        return "…" + " ".join(kept).rstrip(",;:") + " …, " + " ".join(complement)
    verb = next((k for k in range(comma - 1, max(low, 1) - 1, -1) if is_finite(words, k, lang)), None)
    if verb is None or comma + 1 - verb > room or not open_predicate(" ".join(words[:comma + 1]).rstrip(","), lang):
        return None
    return "…" + " ".join(words[verb:])


def _first_infinitive(words: list[str], rule: _LabelRules, lang: str | None, anchor: int | None) -> list[str] | None:
    """The words up to the first infinitive of an infinitive complement after their last comma that joins two
    ("…, die Gegner zu besiegen und die Spaltung der Partei zu verhindern"), when the clause before the comma
    leaves it open (`open_predicate`, or a correlate: "Es gelang Müller"): the first tells what was tried,
    decided or achieved, and leaves room for the host; a cut label would otherwise lose both infinitives (the
    caller keeps it when it fits a label: LABEL_WORDS and one). None
    when the words do not end so, or the cut date stood in the second infinitive's part (`anchor`)."""
    comma = _last_break(words, len(words) - 1)
    if comma is None or not words[comma].endswith(","):
        return None
    dependent = dependent_rules(lang)
    complement = words[comma + 1:]
    if not complement_clause(" ".join(complement), dependent, lang) or dependent.complementizers.match(complement[0]):
        return None
    host = words[:comma + 1]
    if not (any(_bare(word).lower() in rule.correlates for word in host)
            or open_predicate(" ".join(host).rstrip(","), lang)):
        return None
    end = next((k for k in range(comma + 1 + MIN_LABEL_WORDS, len(words) - 1)
                if _bare(words[k]).lower() in rule.conjunctions
                and marked_infinitive(words[comma + 1:k], dependent)), None)
    if end is None or anchor is not None and anchor > end:
        return None
    return words[:end]


def _interrupted_infinitive(words: list[str], rule: _LabelRules) -> str | None:
    """A label for the words up to a first infinitive (`_first_infinitive`) too long for the chart because
    phrases set off by commas stand inside the infinitive group ("Es gelang dem Oberst, die Truppen in blutigen
    Gefechten, vor allem bei den Brücken, immer weiter nach Süden zu drängen"): the host up to its comma, the
    group's first words up to a preposition or comma (its object: "die Truppen"), "…", and the group's last part
    after its last comma, which holds the infinitive: what was achieved or tried. None when that part and the host
    do not fit, or when the host's clause holds a comma of its own before the group."""
    host = next((k for k, word in enumerate(words) if word.endswith((",", ";", ":"))), None)
    last = _last_break(words, len(words) - 1)
    if host is None or last is None or last <= host or not words[host].endswith(",") \
            or not words[last].endswith(","):
        return None
    tail = words[last + 1:]
    room = LABEL_WORDS - (host + 1) - len(tail)
    if room < 0 or len(tail) < MIN_LABEL_WORDS:
        return None
    start = host + 1
    stop = start
    while stop < last and _bare(words[stop]).lower() not in rule.single_prepositions \
            and not words[stop].endswith((",", ";", ":")):
        stop += 1
    if words[stop].endswith((",", ";", ":")) or stop - start > room:
        stop = start  # the object runs to the comma or does not fit: the host alone before "…"
    head = " ".join(words[:stop]).rstrip(",;:") if stop > start else " ".join(words[:start])
    return head + " … " + " ".join(tail) + "…"


COMPLEMENT_SCENE = LABEL_WORDS  # words of a scene-setting phrase a label with a complement clause may leave out


def _closing_complement(words: list[str], lang: str | None) -> int:
    """Where a cut label of `words` starts (at least 1) when they end with a complement clause after their last
    comma (`timeline.dependents.complement_clause`: "…, dass man den Vertrag kündigen müsse") that completes the
    predicate before it (`open_predicate`: "wurde … davon überzeugt"), and their last LABEL_WORDS words hold that
    predicate's finite verb and the whole complement: the first words, cut, are a phrase that sets the scene
    ("Mehr als drei Wochen nach dem Attentat wurde …"), while the host's first words alone would end before what
    was decided or became clear. 0 when the words cut would hold a finite verb (another clause's event, "Die
    Operation begann und es zeigte sich, dass …"). A date among them stood in that phrase: the axis shows it."""
    start = len(words) - LABEL_WORDS
    if not 1 <= start <= COMPLEMENT_SCENE:
        return 0
    comma = _last_break(words, len(words) - 1, start)
    if comma is None or not words[comma].endswith(",") \
            or not complement_clause(" ".join(words[comma + 1:]), dependent_rules(lang), lang) \
            or not open_predicate(" ".join(words[start:comma + 1]).rstrip(","), lang) \
            or not has_finite(words, lang, start, comma + 1) \
            or has_finite(words, lang, 0, start):
        return 0
    # from the host's first finite verb on, not from the middle of the phrase before it ("…dem Attentat wurde"),
    # when its subject follows it ("wurde der Kaiser davon überzeugt"): one before it would be cut off
    verb = next(k for k in range(start, comma + 1) if is_finite(words, k, lang))
    rule = _label_rules(lang)
    following = _bare(words[verb + 1]) if verb < comma else ""
    return verb if opens_subject(following, rule) and not words[verb].endswith(",") else 0


def _without_embedded_relative(words: list[str], rule: _LabelRules, lang: str | None) -> str | None:
    """A label for words whose cut would fall inside a relative clause that describes the subject of a clause
    embedded without a comma ("It is now apparent that the lessons which were offered to the observers were
    ignored …"): the words up to the relative pronoun, "…", and the embedded clause's verb with what follows it,
    so that the label tells what the embedded clause says, not only its subject. The relative clause runs from
    its pronoun, right after a noun and at most SUBJECT_AFTER_COMMA words after the opener, to the finite verb
    after its own (no comma between); None when the words do not read so or the verb stands within the cut."""
    embedded = rule.embedded_openers
    opener = next((k for k, word in enumerate(words[:LABEL_WORDS - 1]) if word.lower() in embedded), None)
    if opener is None:
        return None
    relative = next((k for k in range(opener + 2, min(opener + 2 + SUBJECT_AFTER_COMMA, LABEL_WORDS))
                     if words[k].lower() in rule.relatives and words[k].lower() not in rule.determiners
                     and words[k].lower() not in embedded), None)
    if relative is None or any(is_finite(words, k, lang) or word.endswith((",", ";", ":"))
                               for k, word in enumerate(words[opener + 1:relative], opener + 1)):
        return None
    # a participle after its auxiliary is no verb of its own ("who was returned")
    finite = [k for k in range(relative + 1, min(len(words), relative + 1 + LABEL_WORDS))
              if is_finite(words, k, lang) and not is_finite(words, k - 1, lang)]
    if len(finite) < 2 or finite[1] < LABEL_WORDS or any(word.endswith((",", ";", ":"))
                                                          for word in words[relative:finite[1]]):
        return None
    kept = words[:relative]
    rest = words[finite[1]:finite[1] + LABEL_WORDS - 1 - len(kept)]
    if len(rest) < VERB_ROOM - 1:
        return None
    ending = "…" if finite[1] + len(rest) < len(words) else ""
    if ending:
        rest = _trimmed(rest, rule.stopwords, 1)
    return " ".join(kept) + " … " + " ".join(rest).rstrip(",;:") + ending
