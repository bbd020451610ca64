"""From a span's text to a short chart label (`make_label`): at most about LABEL_WORDS words.

The span's dates are cut out (`timeline.label_dates`), then its leading connectives. A label too long for the
chart loses what a reader skips first: bracketed asides, an apposition describing its subject, an introductory
phrase or subordinate clause before the main one. Word order is repaired where a cut date leaves it: a verb-second
clause gets its subject back in front, a verb-final subordinate clause is told as a main clause. What is still too
long is shortened around its main verb (`_shortened`). Everything is regular expressions over one span's words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .clauses import DASHES, Span
from .dependents import complement_clause, infinitive_clause, open_predicate
from .dependents import rules as dependent_rules
from .event_resources import load, pack_words
from .finite_verbs import _finite_by, is_agent_participle, is_finite, is_listed_finite, main_verb
from .insertions import insertion_after_date, without_insertion
from .label_dates import _without_dates, continued_date_end
from .label_rules import (
    _PUNCTUATION,
    _WORD,
    LABEL_WORDS,
    MIN_LABEL_WORDS,
    _bare,
    _is_content_word,
    _label_rules,
    _LabelRules,
    _starts_in,
    _within,
)

# "»" closes a French quote but opens a German one ("die »chilenische Schweiz«"): closing only before a non-letter.
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:.!?)]|»(?!\w))")

# Commas left around a cut date: none before a word going on with the phrase ("effectuait, hier, une mission"),
# one before a new phrase ("En mairie de Tronville, samedi, Boris Grüner").
_REPEATED_COMMAS = re.compile(r",(?:\s*,)+(?=\s*[^\W\d_A-ZÀ-Þ])")

_REPEATED_COMMAS_BEFORE_NEW_PHRASE = re.compile(r",(?:\s*,)+")

_COLON_THEN_COMMA = re.compile(r":\s*,")

# A dateline opening the text ("PYONGYANG —", "ADDIS ABABA, Ethiopia (AP)_", "EPINAL. _", "BRUSSELS, (Xinhua)"):
# capitals, an optional place and agency, then a dash, underscore or the end.
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]+\b\.?(?:,\s*[\w .'’-]+?)?\s*(?:\([\w .-]+\))?\s*(?:[_—–-]+\s*|$)")


def _without_dangling(words: list[str], dangling: frozenset[str]) -> list[str]:
    """Words without the prepositions left at the end once a date is gone: "extended Putin's rule to"."""
    words = list(words)
    while words:
        last = words[-1].strip(_PUNCTUATION)
        if not last:
            words.pop()
        elif last.lower() in dangling or " ".join(w.lower() for w in words[-2:]).strip(_PUNCTUATION) in dangling:
            words.pop()
        else:
            words[-1] = words[-1].rstrip(_PUNCTUATION)
            break
    return words


_ORDINAL = re.compile(r"\d{1,3}\.")  # "die 6. Armee": a numbered noun, no sentence end nor date once dates are cut
_CARDINAL = re.compile(r"\d{1,3}(?:[.,]\d{3})*")  # a figure counting a noun, as an article would: "146.000 Menschen"


@cache
def _months(lang: str | None) -> frozenset[str]:
    return frozenset(load(lang).get("dct", {}).get("months", {}))


def _bare_noun_phrase(words: list[str], start: int, lang: str | None) -> int:
    """How many words from `start` on make a noun phrase without an article, as the second of two coordinated
    ones may ("der General und spätere Außenminister George Marshall"): lower-case adjectives that are no finite
    verb ("und besetzte Paris" is a second clause) and no function word, then capitalized words."""
    rule = _label_rules(lang)
    index = start
    while index < len(words) and words[index][:1].islower() and words[index].isalpha() \
            and words[index].lower() not in rule.stopwords and not is_finite(words, index, lang):
        index += 1
    if index == start or index >= len(words) or not _bare(words[index])[:1].isupper():
        return 0
    while index < len(words) and _bare(words[index])[:1].isupper() and not words[index - 1].endswith(","):
        index += 1
    return index - start


def _subject_length(words: list[str], inversion: dict[str, Any], rule: _LabelRules, lang: str | None) -> int:
    """How many of `words` make the subject noun phrase they start with (0: they start with none).

    A pronoun; or an optional article (or a figure: "146.000 Menschen"), its adjectives (lower case, or an
    ordinal: "die 6. Armee"), then capitalized words (nouns, names; an ordinal between two: "die Rote 1. Armee"),
    an optional genitive ("des Nordens", "der Roten Armee") and parenthesis ("(FDP)"). A comma ends the phrase,
    unless a list of such phrases follows that ends with a coordinator ("Antwerpen, Brügge und die Städte") and
    no finite verb right after it (the commas of a relative clause: "die Truppen, die Stadt und Land
    verteidigten").
    """

    def capitalized(index: int) -> bool:
        return index < len(words) and _bare(words[index])[:1].isupper()

    def ordinal(index: int) -> bool:  # a numbered noun follows, not a month: "der 1. Oktober" is a date kept
        return index < len(words) and _ORDINAL.fullmatch(words[index]) is not None \
            and (index + 1 >= len(words) or _bare(words[index + 1]).lower() not in _months(lang))

    def open_after(index: int) -> bool:  # the phrase may go on after words[index]
        return not words[index].endswith((",", ";", ":"))

    # a lower-case adjective or an ordinal before the noun; a preposition opens a phrase of the
    # adjective's own ("die an der Somme stehenden Truppen"), which this does not follow
    def modifier(index: int) -> bool:
        return not capitalized(index) and (_bare(words[index]).isalpha() or ordinal(index)) \
            and _bare(words[index]).lower() not in rule.closed_prepositions

    def nouns_from(index: int) -> int:  # past the capitalized words from index on, with ordinals between them
        while index < len(words) and (index == 0 or open_after(index - 1)) \
                and (capitalized(index) or ordinal(index) and capitalized(index + 1)):
            index += 1
        return index

    if not words or not words[0][:1].islower() and not _bare(words[0])[:1].isupper() \
            and not _CARDINAL.fullmatch(words[0]):
        return 0
    first = _bare(words[0]).lower()
    if first in rule.pronouns and words[0][:1].islower():
        return 1
    index = 0
    if first in rule.determiners and words[0][:1].islower() or _CARDINAL.fullmatch(words[0]):
        index = 1
        while index < len(words) and open_after(index - 1) and modifier(index):
            index += 1  # adjectives: "die beiden Staatschefs", "der nordkoreanische Führer"
    nouns = index
    index = nouns_from(index) if capitalized(index) else index
    if index == nouns:
        return 0
    if index < len(words) and open_after(index - 1) and _bare(words[index]).lower() in inversion["genitive"]:
        end = index + 1
        while end < len(words) and modifier(end):
            end += 1
        if capitalized(end):
            index = nouns_from(end)  # "der Versuch des Nordens", "das Oberkommando der Roten Armee"
    if index < len(words) and open_after(index - 1) and words[index].startswith("("):
        while index < len(words) and not words[index].rstrip(",.;:").endswith(")"):
            index += 1
        index += 1  # "Christian Lindner (FDP)"
    if index + 1 < len(words) and open_after(index - 1) \
            and _bare(words[index]).lower() in rule.conjunctions & rule.verb_second_coordinators:
        # "Polizei und Militär", "der Kanzler oder seine Ministerin": a coordinated subject
        second = _subject_length(words[index + 1:], inversion, rule, lang) or _bare_noun_phrase(words, index + 1, lang)
        if second and not (_bare(words[index + 1]).lower() in rule.pronouns and words[index + 1][:1].islower()):
            index += 1 + second
    elif 0 < index < len(words) and words[index - 1].endswith(","):
        rest = _subject_length(words[index:], inversion, rule, lang)
        listed = words[index:index + rest]
        if rest and not listed[-1].endswith((",", ";", ":")) and index + rest < len(words) \
                and any(_bare(word).lower() in rule.conjunctions for word in listed) \
                and not is_finite(words, index + rest, lang):
            index += rest  # "Antwerpen, Brügge und andere belgische Städte"
    return min(index, len(words))


def _genitive_adjective(word: str, inversion: dict[str, Any], rule: _LabelRules) -> bool:
    """A lower-case word with the ending of an adjective in a genitive without article ("wichtiger Städte")."""
    bare = _bare(word)
    return word == bare and bare.islower() and bare.endswith(tuple(inversion.get("genitive_endings", ()))) \
        and bare not in rule.stopwords and bare not in inversion["not_verbs"] \
        and bare not in inversion.get("before_subject", ())


def _subject_first(words: list[str], lang: str | None, strict: bool = False) -> list[str]:
    """Verb-second order with the date cut out ("scheiterte der Versuch des Nordens, ..."): subject first.

    Object pronouns and sentence adverbs may stand between the verb and the subject (`before_subject`: "zog sich
    die Flotte zurück", "übernahm wieder die Rada die Macht"), and so may a singular pronoun after a plural verb,
    which it cannot be the subject of (`singular_pronouns`, `plural_endings`: "hatten es die Athener vorgezogen");
    they stay after the verb. After a plural verb, a name right after an article, adjectives and one noun is the
    verb's object, not that plural noun's name ("besetzten die britischen Truppen Philadelphia"). The clause keeps
    its order where it opens with an article (no verb: "den Emissionshandel einführen"), or where the subject may
    go on with a phrase that may as well be the verb's (`ambiguous_after_subject`: "wurde Generaloberst von
    Hindenburg ernannt", "forderte Russland von Serbien"), or with a genitive without article ("gelang ihnen die
    Einnahme wichtiger Städte"): a misplaced verb would tell something else. `strict`, where the clause may keep
    the word before its verb instead, also keeps it for a subject of two adjacent capitalized words, which may be
    a noun and its object ("verfasste die Komintern Aufrufe"), or one that starts with a figure.
    """
    rule = _label_rules(lang)
    inversion = rule.inversion
    if not inversion or len(words) < 2 or not words[0][:1].islower() or not words[0].isalpha():
        return words
    if words[0].lower() in inversion["not_verbs"] or words[0].lower() in rule.determiners:
        return words  # an article opens a kept date ("einen Tag später kapitulierte …"), no verb
    plural = words[0].lower().endswith(tuple(inversion.get("plural_endings", ())))
    between = 1
    while between < min(len(words) - 1, 1 + BEFORE_SUBJECT) \
            and (words[between].lower() in inversion.get("before_subject", ())
                 or plural and words[between].lower() in inversion.get("singular_pronouns", ())
                 and _bare(words[between + 1]).lower() in rule.determiners):
        between += 1
    length = _subject_length(words[between:], inversion, rule, lang)
    if not length:
        return words
    after = between + length
    if after + 1 < len(words) and _bare(words[after + 1])[:1].isupper() \
            and (words[after].lower() in inversion.get("ambiguous_after_subject", ())
                 or _genitive_adjective(words[after], inversion, rule)):
        return words  # where the subject ends cannot be told
    if strict and (_CARDINAL.fullmatch(words[between]) or any(
            _bare(word)[:1].isupper() and _bare(following)[:1].isupper()
            for word, following in zip(words[between:after], words[between + 1:after]))):
        # "die Komintern Aufrufe": a name and the object after it, or one name of two words; "folgten 22 Jahre":
        # a figure may be a date kept in the label
        return words
    if plural:
        after = between + _without_object_name(words[between:after], rule)
    subject = words[between:after]
    tail = subject[-1][len(subject[-1].rstrip(",;:")):]  # a comma after the subject goes after the verb
    subject[-1] = subject[-1].rstrip(",;:")
    after_verb = words[:between]
    after_verb[-1] += tail
    return subject + after_verb + words[after:]


def _without_object_name(subject: list[str], rule: _LabelRules) -> int:
    """How many words of `subject` (the words a plural verb's subject was read to be) are its subject: an article,
    lower-case adjectives and one noun, without a name after them that is no list's first ("die britischen
    Truppen Philadelphia": a plural noun takes no name of one place or person; "die beiden Bezirke Bozen und
    Meran" do). A capitalized word with an ending of `place_adjectives` may be an adjective of the noun after
    it ("die geborenen Bozner Kinder"): the words stay whole."""
    inversion = rule.inversion or {}
    if len(subject) < 4 or _bare(subject[0]).lower() not in rule.determiners or not subject[1][:1].islower():
        return len(subject)
    noun = 1
    while noun < len(subject) and subject[noun][:1].islower() and subject[noun].isalpha():
        noun += 1
    names = subject[noun + 1:]
    if not names or not _bare(subject[noun])[:1].isupper() or subject[noun].endswith(",") \
            or subject[noun].endswith(tuple(inversion.get("place_adjectives", ()))) \
            or not all(_bare(word)[:1].isupper() and word == _bare(word) for word in names):
        return len(subject)
    return noun + 1


BEFORE_SUBJECT = 2  # words of `before_subject` read between a verb and its subject: "zog sich dann die Flotte"


def _ends_with_date(text: str, clause: Span, dates: list[Span]) -> bool:
    last = max((end for _, end in _starts_in(dates, clause)), default=None)
    return last is not None and not text[last:clause[1]].strip(_PUNCTUATION + "\n\"“”»«)")


def _ends_with_kept_date(words: list[str], text: str, clause: Span, dates: list[Span]) -> bool:
    """Whether the label still ends with the clause's last date, kept in its phrase ("higher than a year earlier"):
    its last word is the date's, not a preposition left by a cut ("a year" without "earlier")."""
    last = max(_starts_in(dates, clause), key=lambda date: date[1], default=None)
    if last is None or not words:
        return False
    date = text[last[0]:last[1]].split()
    return [word.strip(_PUNCTUATION) for word in words[-len(date):]] == [word.strip(_PUNCTUATION) for word in date]


def _starts_with_date(text: str, clause: Span, dates: list[Span], rule: _LabelRules) -> bool:
    """The clause opens with a date and the words that govern it ("Im Mai scheiterte ...")."""
    first = next((start for start, _ in _starts_in(dates, clause)), None)
    if first is None:
        return False
    before = rule.leading.sub("", text[clause[0]:first].lstrip())  # "Auch 2021 ...", "Doch im November ..."
    return not before.strip() or rule.preposition_before.fullmatch(before) is not None


MAX_APPOSITION = 10  # words of a comma-enclosed phrase that describes someone

MAX_SUBJECT = 6  # words before the comma that opens such a phrase: the subject it describes

LIST_ITEM = 3  # a comma this few words after the phrase makes it an item of a list, not an apposition


def _without_apposition(
    words: list[str], anchor: int | None, rule: _LabelRules, introduced: bool
) -> tuple[list[str], int | None]:
    """A label too long for the chart loses the comma-enclosed phrase that describes its subject ("Adelina
    Domingues, connue pour être la doyenne des Américains, est morte" -> "Adelina Domingues est morte"; "Le chef du
    gouvernement espagnol, José Maria Aznar, a confirmé"; "Houellebecq, 1958 geboren, gilt"): a comma among the
    first MAX_SUBJECT words opens a phrase of at most MAX_APPOSITION words that closes with a comma before a
    lower-case word going on with the subject's verb, not one that starts a clause or phrase of its own (pronouns,
    prepositions, connectives: "…Ehrgeiz, sogar Erfolg, sie hat") nor a list item; and what stands before the
    phrase is no introductory phrase ("dès l'année 2001, la municipalité ..., envisage"). A phrase holding the
    place of the cut date (`anchor`, the index of the word after it) stays: it tells the dated event. A relative
    clause between the subject and its verb goes too, when a cut date shows it is not the dated event ("The new
    sensor, which every shop that sells games will need, is selling …"): it may run to 2 × MAX_APPOSITION words.
    When the label opens with a subordinate clause (`introduced`) whose verb stands before the phrase, the phrase
    describes a noun of that clause, and its opening comma stays to end it ("As pressure built in this city, the
    home of …, officials said" -> "As pressure built in this city, officials said"), for `_without_opener` to drop.
    Returns the words and the anchor moved with them."""
    if len(words) <= LABEL_WORDS:
        return words, anchor
    for opening in (k for k, word in enumerate(words[:MAX_SUBJECT]) if word.endswith(",")):
        relative = _bare(words[opening + 1]).lower() in rule.relatives
        reach = MAX_APPOSITION * (2 if relative else 1)
        closing = next((k for k in range(opening + 1, min(len(words) - 1, opening + 1 + reach))
                        if words[k].endswith(",")), None)
        if closing is None or anchor is not None and opening < anchor <= closing or relative and anchor is None:
            continue  # a relative clause that may hold the dated event (a duration is no cut date) is what happened
        before = next((k + 1 for k in range(opening - 1, -1, -1) if words[k].endswith(",")), 0)
        if rule.openers.match(" ".join(words[before:opening + 1])):
            continue
        going_on = words[closing + 1]
        if not going_on[:1].islower() or _bare(going_on).lower() in rule.clause_words \
                or any(word.endswith(",") or relative and _bare(word).lower() in rule.coordinators
                       for word in words[closing + 1:closing + 1 + LIST_ITEM]):
            # a list item; in a relative clause also one closed by "and" ("who left as chairman, president and …")
            continue
        # the phrase describes a noun of a whole introductory clause, verb and all (not the subject of the
        # subordinate clause the label opens with: "when three women, including …, placed bombs")
        ends_intro = introduced and before == 0 and any(is_finite(words, k, rule.lang) for k in range(1, opening + 1))
        kept = words[opening] if ends_intro else words[opening][:-1]
        words = words[:opening] + [kept] + words[closing + 1:]
        return words, None if anchor is None else anchor - (closing - opening if anchor > closing else 0)
    return words, anchor


MAX_ASIDE = 10  # words of a bracketed aside a label too long for the chart drops


def _without_asides(words: list[str], anchor: int | None) -> tuple[list[str], int | None]:
    """A label too long for the chart loses its bracketed asides of at most MAX_ASIDE words ("Soustelle began a
    reform program (the Soustelle Plan) aimed at ...", "15 kilometers (10 miles)", "stepped down (1880)"): the
    axis shows the dates, and an aside is what a reader skips first. Returns the words and the anchor moved."""
    index = 0
    while len(words) > LABEL_WORDS and index < len(words):
        if not words[index].startswith("("):
            index += 1
            continue
        closing = next((k for k in range(index, min(len(words), index + MAX_ASIDE))
                        if words[k].rstrip(",;:.").endswith(")")), None)
        if closing is None:
            index += 1
            continue
        tail = words[closing][words[closing].rstrip(",;:.").rfind(")") + 1:]  # a comma after the aside stays
        if tail and index > 0:
            words[index - 1] += tail
        words = words[:index] + words[closing + 1:]
        if anchor is not None and anchor > index:
            anchor = max(index, anchor - (closing - index + 1))
    return words, anchor


_LEADING_WORD = re.compile(r"[^\W_][\w'’]*")


def _without_leading(label: str, rule: _LabelRules) -> tuple[str, bool]:
    """The label without the connectives it starts with ("And then", "Auch", "Et"), and whether it opens with
    an introductory phrase or subordinate clause: a preposition of the pack's `openers` or a subordinator. A
    preposition that opens a phrase set off by a comma with more words after it stays ("Before retiring, he
    worked …", not "Retiring, he worked …") when the chart's label reaches past that comma; a longer phrase loses
    it, since a cut label would show the phrase alone. A subordinator goes: the first comma need not end its
    clause ("Although profits were squeezed, mainly by costs, …"). `_without_opener` may drop the whole
    phrase."""
    opening = label.lstrip(" ,;:–—-")
    stripped = rule.leading.sub("", opening).strip(" ,;:–—-")
    first = stripped.split(maxsplit=1)[0] if stripped else ""
    if stripped != opening and first.endswith(",") and first[:1].islower():
        return opening, False  # "As expected, Kellogg reported": the connective and its word are one phrase
    comma = opening.find(", ")
    for word in _LEADING_WORD.finditer(opening, 0, len(opening) - len(stripped)):
        rest = opening[word.start():]
        if rule.openers.match(rest) or rule.subordinate.match(rest):
            if rule.openers.match(rest) and 0 <= comma and word.start() < comma and _WORD.search(opening, comma) \
                    and len(opening[word.start():comma].split()) <= LABEL_WORDS - MIN_LABEL_WORDS - 1:
                return rest.strip(" ,;:–—-"), True
            return stripped, True
    return stripped, bool(rule.openers.match(stripped) or rule.subordinate.match(stripped))


ADVERB_REACH = 200  # characters of a clause read for the words of its leading adverb, its verb and a date after it


def _fronted_adverb(
    opening: str, label: str, introduced: bool, beginning: str, rule: _LabelRules, lang: str | None,
) -> list[str]:
    """The leading adverbs `_without_leading` took from `opening` when they held the first place of a verb-second
    main clause ("Danach übernahm die Rada …", leaving `label` to start with its finite verb); no words otherwise.
    A coordinator stands outside the clause: "und danach übernahm sie" has "danach" in the first place, "und
    übernahm die Macht" none (its subject is the clause's before). None either where the clause's `beginning` (with
    its dates) has an article right after the verb that the label lost: the date cut there was the subject ("So
    begann der 3. Oktober eine neue Zeit")."""
    if not rule.inversion or introduced or label == opening or not opening.endswith(label):
        return []
    removed = opening[:len(opening) - len(label)].split()
    outside = rule.conjunctions | rule.verb_second_coordinators
    while removed and _bare(removed[0]).lower() in outside:
        removed = removed[1:]  # "und danach übernahm sie …": "danach" holds the first place
    words = label.split()
    if not removed or len(words) < 2 or not words[0][:1].islower() or not is_finite(words, 0, lang):
        return []
    raw = beginning.split(maxsplit=len(removed) + BEFORE_SUBJECT + 2)
    verb = next((k for k, word in enumerate(raw[:-1]) if word == words[0]), None)
    if verb is not None and raw[verb + 1] != words[1] and _bare(raw[verb + 1]).lower() in rule.determiners:
        return []
    return [removed[0][:1].upper() + removed[0][1:]] + removed[1:]


def _without_opener(
    words: list[str], anchor: int | None, introduced: bool, fronted: bool, lang: str | None
) -> tuple[list[str], int | None]:
    """A label too long for the chart loses an introductory phrase or subordinate clause set off by a comma ("In
    composite trading on the New York Stock Exchange, Philip Morris shares closed ..."; "If it performs as
    expected, the design could be used ..."; "Nachdem der Rat getagt hatte, beschloss die Stadt ..."): what
    happened is told by the main clause after it. `introduced`: the label opened with a preposition of the
    pack's `openers` or a subordinator (before its leading connectives were cut). Not when the date stood in that
    phrase (it tells the dated event: "Before retiring in 1984, …"), only when the label opened with the date
    (`fronted`) or the date stands after the comma; not when a relative clause or another subordinate clause
    goes on after the comma, nor when the main clause reports what the phrase says ("…, the minister said"); and
    only when at least MIN_LABEL_WORDS + 1 words follow, one of them a lower-case content word (a verb, or in
    German a verb or adjective), not names alone. A verb-second main clause then opens with its verb, and its
    subject is put in front ("Die Stadt beschloss ...")."""
    if len(words) <= LABEL_WORDS or not introduced:
        return words, anchor
    rule = _label_rules(lang)
    commas = [k for k, word in enumerate(words[:-1]) if word.endswith(",")]
    # the comma before the main clause, not one inside the phrase ("When General Hamilton, the British commander
    # at Detroit, retook Vincennes, Clark returned …")
    comma = next((k for k in commas if _main_clause_at(words, k + 1, rule, lang)), commas[0] if commas else None)
    if comma is None or len(words) - comma - 1 <= MIN_LABEL_WORDS \
            or anchor is not None and not fronted and anchor <= comma \
            or rule.dependent.match(words[comma + 1]) or rule.openers.match(words[comma + 1]) \
            or _report_of_phrase(words, comma + 1, rule, lang) \
            or not any(word[:1].islower() and _is_content_word(_bare(word), rule.stopwords)
                       for word in words[comma + 1:]):
        # Another introductory phrase follows; or only a report of what the phrase before the comma says ("because
        # all members approved it, the minister said"); or nothing after the comma but names: no event.
        return words, anchor
    main = words[comma + 1:]
    while len(main) > MIN_LABEL_WORDS + 1 and _bare(main[0]).lower() in rule.loose:
        main = main[1:]  # "…, dann melde dich an": a connective opening the main clause says nothing
    moved = len(words) - len(main)
    return _subject_first(main, lang), None if anchor is None else max(anchor - moved, 0)


def _without_fronted_phrase(
    words: list[str], anchor: int | None, rule: _LabelRules, lang: str | None
) -> tuple[list[str], int | None]:
    """A verb-second clause too long for the chart that opens with a prepositional phrase before its finite verb, a
    correlate subject after it, and the infinitive group it stands for after a comma ("In monatelangen Kämpfen
    gelang es den Truppen, die Front einzudrücken") loses the phrase, the correlate taking its place in front ("Es
    gelang den Truppen, die Front einzudrücken"): what happened is told by the verb and the complement the
    correlate stands for. Returns the words and the anchor."""
    if len(words) <= LABEL_WORDS + 1 or not rule.verb_second or _bare(words[0]).lower() not in rule.prepositions:
        return words, anchor
    for verb in range(2, min(len(words) - 2, LABEL_WORDS)):
        if words[verb - 1].endswith((",", ";", ":")):
            return words, anchor  # a comma: the phrase is not one phrase before the verb
        if words[verb][:1].islower() and is_finite(words, verb, lang):
            correlate = _bare(words[verb + 1]).lower()
            if correlate not in rule.correlates or correlate not in rule.pronouns or words[verb + 1].endswith(",") \
                    or not any(word.endswith(",") and infinitive_clause(words[k + 1:], lang)
                               for k, word in enumerate(words[verb + 2:-1], verb + 2)):
                return words, anchor  # "Im Mai kam es zu Protesten": the phrase may tell where, and stays
            kept = [words[verb + 1][:1].upper() + words[verb + 1][1:], words[verb]] + words[verb + 2:]
            return kept, None if anchor is None else max(anchor - verb, 0)
    return words, anchor


def _report_of_phrase(words: list[str], start: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether the words from `start` report what stands before them ("…, the minister said"): they hold a verb
    of reporting with no reported clause of its own after it. A report followed by a subject and its verb, or by
    the relative "that", tells its own content ("…, officials said they would not act"): the words before it are
    only its setting."""
    for k in range(start, len(words)):
        if rule.reporting.fullmatch(_bare(words[k])):
            return not (k + 1 < len(words) and not words[k].endswith((",", ";", ":")) and (
                _bare(words[k + 1]).lower() in rule.relatives or _main_clause_at(words, k + 1, rule, lang)))
    return False


def _participle_phrase(words: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """Whether `words` open with a participial phrase set off by a comma before a main clause ("angered by
    repeated delays, the union called a strike"): the first word has the shape of a participle (the pack's
    `participle_shapes`), no finite verb follows it before the comma, and a main clause opens after it."""
    # a word after it in lower case: what the participle governs ("buried a foot"), no name ("Elvis Weiss,")
    if len(words) < 2 or not rule.participles.fullmatch(words[0][:1].lower() + words[0][1:].rstrip(",")) \
            or not words[1][:1].islower():
        return False
    comma = next((k for k, word in enumerate(words[:-1]) if word.endswith((",", ";", ":"))), None)
    return comma is not None and words[comma].endswith(",") and comma + 1 < len(words) \
        and not any(is_finite(words, k, lang) for k in range(1, comma + 1)) \
        and _main_clause_at(words, comma + 1, rule, lang)


def _main_clause_at(words: list[str], start: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether a main clause opens at words[start]: in a verb-second language its finite verb first (after a
    fronted phrase, "…, beschloss die Stadt"), or a subject (an article, a pronoun, a capitalized word) with a
    finite verb among the next SUBJECT_AFTER_COMMA words and no comma before it."""
    if rule.verb_second and is_finite(words, start, lang) and words[start][:1].islower():
        return True
    first = _bare(words[start])
    if not (first.lower() in rule.determiners or first.lower() in rule.pronouns or first[:1].isupper()):
        return False
    for k in range(start + 1, min(start + 1 + SUBJECT_AFTER_COMMA, len(words))):
        if is_finite(words, k, lang):
            return True
        if words[k].endswith((",", ";", ":")):
            return False
    return False


PARENTHESIS_REACH = 400  # characters before a clause searched for the parenthesis it may start in

VERB_TAIL = 3  # last words a verb-final label keeps when cut: "… im Rathaus geklärt werden", "… täglich raucht"

VERB_ROOM = 4  # words a cut label keeps from its verb on, at least: the verb and what it does ("a estimé que la …")

BARE_VERB = 3  # words a cut label may show of a second clause before it ends with that clause's start instead

SUBJECT_HEAD = 5  # first words of a long subject kept before "…" when the verb would fall past the cut

NAME_BEFORE_VERB = 3  # capitalized words right before the verb kept with it: who acts ("… Dominique de Villepin a")


def _trimmed(words: list[str], stopwords: frozenset[str], least: int) -> list[str]:
    """`words` without the function words and suspended hyphens they end with ("mit einem aus Land-"), keeping
    at least `least`."""
    words = list(words)
    while len(words) > least and (_bare(words[-1]).lower() in stopwords or words[-1].endswith("-")):
        words.pop()
    return words


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
    length = _subject_length(words, inversion, rule, lang)
    if not length or length >= len(words) or words[length - 1].endswith((",", ";", ":")):
        return None
    following = _bare(words[length])
    if following[:1].islower() and following.isalpha() and following.lower() not in rule.stopwords \
            and following.lower() not in inversion["not_verbs"] and not following.endswith(rule.adverb_endings):
        return length
    return None


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


def _around_verb(words: list[str], verb: int, rule: _LabelRules, anchor: int | None) -> str | None:
    """A label for words whose verb stands past the cut, behind a long subject: the subject's first words (to its
    first comma or relative clause), "…", the name that ends the subject, the verb and what follows it. None when
    the words left out held the date (`anchor`: the index of the word after it) and a verb: they told its event
    ("The bridge, which was closed on Monday, reopens …"), where an apposition tells none ("Les écuries,
    mécontentes des règlements de 2003, ont menacé …")."""
    head, modified = 0, False
    while head < min(SUBJECT_HEAD, verb):
        if head and (_bare(words[head]).lower() in rule.relatives and _bare(words[head]).lower()
                     not in rule.determiners or is_agent_participle(words, head, rule.lang)):
            modified = True  # "Lockheed | which bought …", "a column | led by …", "a force | called …"
            break
        if head and _bare(words[head]).lower() in rule.prepositions:  # "Voters | in the 27 states"
            break
        head += 1
        if words[head - 1].endswith((",", ";", ":")):
            break
    kept = _trimmed(words[:head], rule.stopwords, 1)
    name = verb
    # a comma may close the name ("…, Anna Berg, announced"), none may stand inside it
    # names only where capitals mark them: German capitalizes every noun ("… seit 24 Jahren sagte")
    while rule.capitalised_names and name > head and verb - name < NAME_BEFORE_VERB and (
            name == verb or not words[name - 1].endswith((",", ";", ":"))) and (
            _bare(words[name - 1])[:1].isupper() or name - 1 > head and _bare(words[name - 1]).lower()
            in rule.noun_links | rule.particles and _bare(words[name - 2])[:1].isupper()):
        name -= 1  # "Dominique de Villepin a estimé": who acts, with the particle inside the name
    if name < verb and (modified and not words[name - 1].endswith((",", ";", ":"))
                        or _bare(words[name - 1]).lower() in rule.prepositions):
        # a name inside the relative clause or participle phrase that describes the subject ("Lockheed, which
        # bought … from the firm Acme Systems, is"), or governed by a preposition ("a force under the command of
        # General Smith attacked"), is not who acts: the subject's head alone goes with the verb
        name = verb
    # (a date right before the verb, after a relative clause, closed that clause: "which bought it in 2011 is")
    if anchor is not None and (head < anchor < name or modified and head < anchor <= verb) \
            and any(is_finite(words, k, rule.lang) for k in range(head, name if anchor < name else verb)):
        return None
    subject = _subject_after_comma(words, verb, rule)
    if subject is not None and (anchor is None or anchor >= subject or not any(
            is_finite(words, k, rule.lang) for k in range(subject))):
        # "Thanks to …, the Austro-Hungarian troops received …": what stood before the subject goes
        kept, name = [], subject
    room = LABEL_WORDS - (1 if kept else 0) - len(kept) - (verb - name)  # "…" takes a word's place on the chart
    rest = words[verb:verb + room]
    ending = "…" if verb + room < len(words) else ""
    if ending:
        rest = _trimmed(rest, rule.stopwords, 1)
    named = words[name:verb]
    if named:
        named[-1] = named[-1].rstrip(",;:")
    joined = (" ".join(kept).rstrip(",;:") + " … " if kept else "") + " ".join(named + rest)
    return joined.rstrip(",;:") + ending


SUBJECT_AFTER_COMMA = 6  # words of a subject between a comma and its verb ("…, CIA officer Douglas Mackiernan")


def _subject_after_comma(words: list[str], verb: int, rule: _LabelRules) -> int | None:
    """Where the subject starts when a comma sets it apart from what opens the words (an introductory phrase):
    right after the last comma before the verb, an article, a pronoun or a capitalized word, and at most
    SUBJECT_AFTER_COMMA words before the verb. None when no such subject stands there."""
    comma = next((k for k in range(verb - 1, -1, -1) if words[k].endswith((",", ";", ":"))), None)
    if comma is None or not 1 <= verb - comma - 1 <= SUBJECT_AFTER_COMMA:
        return None
    first = _bare(words[comma + 1])
    opens_subject = first.lower() in rule.determiners or first.lower() in rule.pronouns or first[:1].isupper()
    return comma + 1 if opens_subject and not rule.dependent.match(first) else None


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
        elif _bare(words[k]).lower() in rule.conjunctions and k + 1 < len(words):
            after = words[k + 1:]
            opening = [after[0][:1].lower() + after[0][1:]] + after[1:]  # the article that opens a subject
            subject = _subject_length(opening, rule.inversion, rule, lang) if rule.inversion else 0
            if is_finite(words, k + 1, lang) or subject and k + 1 + subject < len(words) \
                    and not after[subject - 1].endswith((",", ";", ":")) \
                    and _finite_by(words, k + 1 + subject, lang) in ("listed", "shape", "pronoun"):
                breaks.append(k)
    return breaks


def _own_clause(words: list[str], shown: int, rule: _LabelRules, lang: str | None, anchor: int | None) -> str | None:
    """In a verb-final language, a label for words that go on, past the first `shown` words a cut label shows,
    into a clause other than their main verb's: that clause's words alone, shortened if still too long ("In drei
    Jahren verliert das Abkommen seine Gültigkeit…", not "… verliert das Abkommen … in Sicht wäre", whose last
    words belong to the hidden "ohne dass"). The last words of a cut verb-final clause are its verb, so they
    must belong to the clause the label shows; and a clause cut for the chart must not end in the next one ("Die
    Armee wurde geschlagen…", not "… geschlagen und besetzten…"). None when the main verb's clause runs past
    the cut with no other clause hidden, when the other clause holds the date (`anchor`: it tells the dated
    event), or when the main verb's clause would be too short to tell anything."""
    verb = main_verb(words, lang)
    if verb == 0 and len(words) > 1 and _bare(words[1])[:1].isupper():  # "Horst Eylmann": a name, no verb
        later = main_verb(words[1:], lang)
        verb = None if later is None else later + 1
    if verb is None or verb >= shown:
        return None
    hidden = [k for k in _clause_breaks(words, verb, rule, lang) if k >= shown]
    # the date stood in the other clause, or right after the comma that opens it ("…, im Dezember 1776 mit …")
    if not hidden or hidden[0] < LABEL_WORDS // 2 or anchor is not None and (
            anchor > hidden[0] or anchor == hidden[0] and words[anchor - 1].endswith((",", ";", ":"))):
        return None
    if words[verb].endswith((",", ";", ":")) and not any(is_finite(words, k, lang) for k in range(verb + 1, hidden[0])):
        return None  # what a verb set off by a comma does comes after the insertion: "erreichten, vom Piave …, die"
    own = words[:hidden[0]]
    own[-1] = own[-1].rstrip(",;:")
    comma = next((k for k in range(len(own) - 2, -1, -1) if own[k].endswith((",", ";", ":"))), None)
    if len(own) > LABEL_WORDS + 1 and shown >= LABEL_WORDS and not (
            comma is not None and comma < LABEL_WORDS - VERB_TAIL - 1 and own[comma].endswith(",")
            and infinitive_clause(own[comma + 1:], lang)):
        # the first words of a long clause are what `_shortened` shows anyway, unless it ends with an infinitive
        # group, whose infinitive the cut shows after "…" ("Der Rat entschied sich dazu, den Bau … zu verschieben")
        return None
    told = " ".join(own) if len(own) <= LABEL_WORDS + 1 else _shortened(own, rule, lang, anchor)
    return told.rstrip(",;:") + ("" if told.endswith("…") else "…")


ADVERBIAL_REACH = 5  # words of a prepositional phrase up to its noun ("mit ca. 2.500 gut ausgerüsteten Soldaten")


def _phrase_end(words: list[str], start: int, rule: _LabelRules) -> int | None:
    """Where the prepositional phrase opening at words[start] ends (the index after it), in a language whose
    capitals mark every noun: at its first capitalized word, with a genitive or "von" phrase tied to it ("mit Hilfe
    der Armee"), within ADVERBIAL_REACH words. None when words[start] opens no such phrase, or a comma stands in it
    or right after it (an apposition may follow: "zum Fest, einem …")."""
    if _bare(words[start]).lower() not in rule.single_prepositions or not words[start][:1].islower():
        return None
    for end in range(start + 1, min(start + 1 + ADVERBIAL_REACH, len(words))):
        if words[end - 1].endswith((",", ";", ":")) or words[end] in DASHES:
            return None
        if _bare(words[end])[:1].isupper():
            if words[end].endswith((",", ";", ":")):
                return None
            if end + 1 < len(words) and _bare(words[end + 1]).lower() in rule.noun_links:
                if _bare(words[end + 1]).lower() in rule.single_prepositions:  # "Kommando von General …"
                    return _phrase_end(words, end + 1, rule)
                return next((k + 1 for k in range(end + 2, min(end + 2 + ADVERBIAL_REACH, len(words)))
                             if _bare(words[k])[:1].isupper() and not words[k].endswith((",", ";", ":"))), None)
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


def _without_adverbials(words: list[str], verb: int, rule: _LabelRules) -> list[str] | None:
    """`words` without the prepositional phrases that open the middle field, where nouns are capitalized: after the
    finite verb (`verb`, its index) and what may stand before them there (pronouns, particles, a name), right before
    an article that opens the object. They are adverbials of manner, means, place or cause ("führte mit 2.000
    Soldaten aus drei Dörfern einen Angriff durch" -> "führte einen Angriff durch"); the object, the verb and its
    particle tell the event. A run of such phrases goes whole (a later one may depend on the noun of the one before
    it). None when none goes, or the words still do not fit the label."""
    if rule.capitalised_names:
        return None
    position, run = verb + 1, None
    while position < len(words) - 2:
        end = _phrase_end(words, position, rule)
        if end is not None:
            run = position if run is None else run
            position = end
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


def _shortened(words: list[str], rule: _LabelRules, lang: str | None, anchor: int | None) -> str:
    """At most LABEL_WORDS words. When the main clause's verb would fall past the cut behind a long subject, the
    subject's head, "…" and the verb with what follows it. Else the first words, ended at a late comma or before
    trailing function words; in a verb-final language, when the clause the cut falls in runs to the label's end
    (no comma after the cut) and ends in a word written in lower case (a verb, not a noun), its verb stands
    last: the first words, "…", and the last VERB_TAIL ("Die Feuerwehr hat … alten Scheune gelöscht"), unless
    those belong to a clause the cut hides (`_own_clause`). A cut never ends with a second clause's bare verb
    ("… and were forced…"), nor with a modifier before its noun ("… einen großen…", "… to a national…")."""
    start = _closing_complement(words, lang)
    if start:
        return "…" + " ".join(words[start:])
    verb = _second_place_verb(words, lang)
    verb = main_verb(words, lang) if verb is None else verb
    if verb == 0 and rule.capitalised_names and len(words) > 1 and _bare(words[1])[:1].isupper():
        later = main_verb(words[1:], lang)  # "Lockheed Martin": a name whose first word has a verb's shape
        verb = None if later is None else later + 1
    # A verb that ends the words ("… abgelöst wurde") or follows a comma and a clause opener ("…, an dem …
    # macht") ends a clause of its own, not the subject's.
    if verb is not None and LABEL_WORDS - VERB_ROOM < verb < len(words) - 1 and not _after_clause_opener(
            words, verb, rule):
        around = _around_verb(words, verb, rule, anchor)
        if around:
            return around
    # the middle field follows the finite verb: the one in second place, or else the first one found
    plain = _without_attributes(words, rule)
    if len(plain) <= LABEL_WORDS + 1:
        return " ".join(plain)
    compact = _without_adverbials(words, verb, rule) if verb is not None else None
    if compact is None and not rule.capitalised_names:
        first = main_verb(words, lang)  # the middle field follows the verb in second place, or the first one found
        compact = _without_adverbials(words, first, rule) if first is not None and first != verb else None
    if compact is not None:
        return " ".join(compact)
    stopwords = rule.stopwords
    complement = _closing_infinitive(words, lang) if rule.verb_final else 0
    if complement:
        kept = _trimmed(words[:LABEL_WORDS - 1 - complement], stopwords - rule.correlates, 1)
        if any(_bare(word).lower() in rule.correlates for word in kept):
            # "Es gelang den Truppen des Generals … die Stadt am Fluss einzunehmen": the infinitive group after the
            # last comma tells what the correlate kept before it ("es", "dazu") only points to, so it stays whole
            return " ".join(kept).rstrip(",;:") + " … " + " ".join(words[-complement:])
    head = words[:LABEL_WORDS - VERB_TAIL]
    if rule.verb_final and _bare(words[-1])[:1].islower() \
            and not any(word.endswith((",", ";", ":")) for word in words[len(head) - 1:-1]):
        head = _trimmed(head, stopwords, LABEL_WORDS // 2)
        own = _own_clause(words, len(head), rule, lang, anchor)
        if own is not None:
            return own
        return " ".join(head).rstrip(",;:") + " … " + " ".join(words[-VERB_TAIL:])
    if rule.verb_final:
        own = _own_clause(words, LABEL_WORDS, rule, lang, anchor)
        if own is not None:
            return own
    without_relative = _without_embedded_relative(words, rule, lang)
    if without_relative is not None:
        return without_relative
    cut = LABEL_WORDS
    # End at a comma when one falls late enough to keep the gist ("…, einen Satelliten zu starten"), and after the
    # verb: "Two days after his arrival in Jerusalem, | Haile Selassie sent a telegram"
    for index in range(LABEL_WORDS - 1, max(LABEL_WORDS // 2, verb or 0) - 1, -1):
        if words[index].endswith(","):
            cut = index + 1
            break
    if cut == LABEL_WORDS and verb is not None:
        # A second clause the cut leaves with its verb alone ("… and were forced…", "… und führte…") goes: the
        # label ends with the clause it tells whole, its last word kept ("… gaben die Stadt auf…").
        second = next((k for k in _clause_breaks(words, verb, rule, lang) if _bare(words[k]).lower()
                       in rule.conjunctions and max(LABEL_WORDS // 2, cut - BARE_VERB) <= k < cut), None)
        if second is not None and (anchor is None or anchor <= second):  # not when the date stood in that clause
            return " ".join(words[:second]).rstrip(",;:") + "…"
    if not rule.capitalised_names and cut == LABEL_WORDS < len(words) and _bare(words[cut])[:1].isupper() \
            and not words[cut - 1].endswith((",", ";", ":")) and not is_finite(words, cut - 1, lang) \
            and _bare(words[cut - 1]).lower() not in stopwords and not words[cut].endswith("-") \
            and (_bare(words[cut - 1])[:1].islower() or _bare(words[cut - 1]).isdigit()):
        # Where capitals mark every noun, the one after the adjective or number the cut would end on stays ("gab
        # es … einen großen Mangel…", not "… einen großen…"): one word over, as a whole label may be. (After a
        # function word the cut goes back instead, below: "… zum Ausbruch…", not "… zum Ausbruch des zweiten…".)
        cut += 1
    elif rule.capitalised_names and cut == LABEL_WORDS < len(words) \
            and _bare(words[cut - 2]).lower() in rule.determiners and _bare(words[cut - 1]).isalpha() \
            and not any(word.endswith((",", ";", ":")) for word in words[cut - 2:cut + 1]) \
            and _bare(words[cut - 1]).lower() not in stopwords and words[cut][:1].islower() \
            and _bare(words[cut]).isalpha() and _bare(words[cut]).lower() not in stopwords | rule.prepositions \
            and not is_finite(words, cut, lang):
        # Elsewhere an article and one word before a content word are its modifier: the head noun stays ("… to a
        # national referendum…", not "… to a national…"), one word over.
        cut += 1
    # "…in Russia's Far East for a…" reads better as "…in Russia's Far East…"; where capitals mark every noun, a
    # capitalized word is a noun even when its lower-case form is a function word ("am nächsten Morgen" is no
    # "morgen"): the phrase it heads stays, not "…dazu, Sullivan…"; unless it governs a date ("Ende")
    while cut > LABEL_WORDS // 2 and words[cut - 1].lower() in stopwords \
            and (rule.capitalised_names or not words[cut - 1][:1].isupper()
                 or _bare(words[cut - 1]).lower() in rule.trailing):
        cut -= 1
    return " ".join(words[:cut]).rstrip(",;:") + "…"


COMPLEMENT = LABEL_WORDS // 2  # words of an infinitive group a cut label keeps whole after its host's first words


def _closing_infinitive(words: list[str], lang: str | None) -> int:
    """How many words the infinitive group after the last comma of `words` has, when it has more than
    MIN_LABEL_WORDS (an object with its verb, not "zu unterbrechen" alone), at most COMPLEMENT, and at least
    MIN_LABEL_WORDS words come before it ("…, die Stadt am Fluss einzunehmen"); else 0."""
    comma = next((k for k in range(len(words) - 2, -1, -1) if words[k].endswith((",", ";", ":"))), None)
    if comma is None or comma < MIN_LABEL_WORDS or not MIN_LABEL_WORDS < len(words) - comma - 1 <= COMPLEMENT \
            or not words[comma].endswith(",") or not infinitive_clause(words[comma + 1:], lang):
        return 0
    return len(words) - comma - 1


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
    comma = next((k for k in range(len(words) - 2, start - 1, -1) if words[k].endswith((",", ";", ":"))), None)
    if comma is None or not words[comma].endswith(",") \
            or not complement_clause(" ".join(words[comma + 1:]), dependent_rules(lang)) \
            or not open_predicate(" ".join(words[start:comma + 1]).rstrip(","), lang) \
            or not any(is_finite(words, k, lang) for k in range(start, comma + 1)) \
            or any(is_finite(words, k, lang) for k in range(start)):
        return 0
    # from the host's first finite verb on, not from the middle of the phrase before it ("…dem Attentat wurde"),
    # when its subject follows it ("wurde der Kaiser davon überzeugt"): one before it would be cut off
    verb = next(k for k in range(start, comma + 1) if is_finite(words, k, lang))
    rule = _label_rules(lang)
    following = _bare(words[verb + 1]) if verb < comma else ""
    opens_subject = following[:1].isupper() or following.lower() in rule.determiners | rule.pronouns
    return verb if opens_subject and not words[verb].endswith(",") else 0


def _without_embedded_relative(words: list[str], rule: _LabelRules, lang: str | None) -> str | None:
    """A label for words whose cut would fall inside a relative clause that describes the subject of a clause
    embedded without a comma ("It is now apparent that the lessons which were offered to the observers were
    ignored …"): the words up to the relative pronoun, "…", and the embedded clause's verb with what follows it,
    so that the label tells what the embedded clause says, not only its subject. The relative clause runs from
    its pronoun, right after a noun and at most SUBJECT_AFTER_COMMA words after the opener, to the finite verb
    after its own (no comma between); None when the words do not read so or the verb stands within the cut."""
    embedded = pack_words(lang, "labels", "embedded_openers")
    opener = next((k for k, word in enumerate(words[:LABEL_WORDS - 1]) if word.lower() in embedded), None)
    if opener is None:
        return None
    relative = next((k for k in range(opener + 2, min(opener + 2 + SUBJECT_AFTER_COMMA, LABEL_WORDS))
                     if words[k].lower() in rule.relatives and words[k].lower() not in rule.determiners
                     and words[k].lower() not in embedded), None)
    if relative is None or any(is_finite(words, k, lang) or word.endswith((",", ";", ":"))
                               for k, word in enumerate(words[opener + 1:relative], opener + 1)):
        return None
    finite = [k for k in range(relative + 1, min(len(words), relative + 1 + LABEL_WORDS))
              if is_finite(words, k, lang)]
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


def _tidy(label: str) -> str:
    label = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", label)
    label = _COLON_THEN_COMMA.sub(":", label)  # "Termine: 28. September, Premiere" -> "Termine: Premiere"
    # "effectuait, hier, une mission", "Zehn Jahre lang, von 2014 bis 2019, kam": the date set off by commas is gone,
    # and its commas with it
    label = _REPEATED_COMMAS_BEFORE_NEW_PHRASE.sub(",", _REPEATED_COMMAS.sub(" ", label))
    return " ".join(label.split())


def _anchor(
    text: str, clause: Span, dates: list[Span], lang: str | None, words: list[str], memo: dict | None
) -> int | None:
    """Where in `words` (the clause's label words) its first cut date stood: the index of the word after it,
    counted from the end, since a label is trimmed at its start. None when the clause has no date to cut."""
    inside = _within(dates, clause)
    if not inside:
        return None
    # what continues the date ("desselben Jahres", "des 9. Februars 1904") went with it
    start = continued_date_end(text, inside[0][1], clause[1], dates, _label_rules(lang))
    after = _tidy(_without_dates(text, (start, clause[1]), dates, lang, memo)).split()
    return max(len(words) - len(after), 0)


def _date_second(text: str, clause: Span, dates: list[Span], rule: _LabelRules) -> bool:
    """Whether a date stands right after the clause's first word, where a verb-second clause has its subject
    ("so bezeichnet der 23. März 1991 ihre Initiation")."""
    first = next(iter(_starts_in(dates, clause)), None)
    before = text[clause[0]:first[0]].split() if first is not None else []
    return first is not None and (len(before) <= 1 or len(before) <= 3 and before[-1].lower() in rule.determiners)


def _after_comma(text: str, clause: Span) -> bool:
    return text[max(0, clause[0] - 3):clause[0]].rstrip().endswith(",")


def _without_report(words: list[str], rule: _LabelRules) -> list[str]:
    """`words` without a report closing them after a comma ("…, bilden werde, sagte ein Korrespondent")."""
    for k, word in enumerate(words[:-1]):
        if word.endswith(",") and rule.reporting.match(" ".join(words[k + 1:k + 4])):
            return words[:k] + [word.rstrip(",")]
    return words


def _without_insertions(words: list[str], lang: str | None) -> list[str]:
    """`words` without the phrases between two commas that hold no finite verb: appositions ("Kim Jong-il, den
    verstorbenen Vater des heutigen Machthabers, traf")."""
    commas = [k for k, word in enumerate(words[:-1]) if word.endswith(",")]
    for first, second in zip(commas, commas[1:]):
        if not any(is_finite(words, k, lang) for k in range(first + 1, second + 1)):
            return words[:first] + [words[first].rstrip(",")] + words[second + 1:]
    return words


def _main_clause_follows(words: list[str], lang: str | None) -> bool:
    """Whether a comma among `words` is followed by a finite verb: a main clause after a verb-final subordinate
    one."""
    return any(word.endswith(",") and is_finite(words, k + 1, lang) for k, word in enumerate(words[:-1]))


def _as_main_clause(words: list[str], rule: _LabelRules, lang: str | None) -> list[str]:
    """A verb-final subordinate clause told as a main clause, its finite verb second ("Nachdem die USS Roberts
    auf eine Seemine lief" -> "Die USS Roberts lief auf eine Seemine"; "… verletzt wurden" -> "… wurden …
    verletzt"), when the clause ends in a listed finite form, holds no other verb and opens with its subject."""
    inversion = rule.inversion
    told = words[1:] if words and rule.subordinate.fullmatch(_bare(words[0])) else words
    if not inversion or len(told) < 3:
        return words
    original, words = words, _without_insertions(_without_report(told, rule), lang)
    ending = words[-1][len(words[-1].rstrip(_PUNCTUATION)):]
    verb, particle = words[-1][:len(words[-1]) - len(ending)], ""
    if not is_listed_finite(verb, lang):  # a separable verb: "ausrief" -> "rief … aus"
        prefix = next((prefix for prefix in rule.separable_prefixes if verb.startswith(prefix) and (
            is_listed_finite(verb[len(prefix):], lang) or is_finite([verb[len(prefix):]], 0, lang))), "")
        verb, particle = verb[len(prefix):], prefix
    # the word before the finite one may be its participle or infinitive ("verletzt wurden"); a comma inside
    # sets off an insertion whose verb the check would miss ("wie wir heute wissen, …")
    if not (is_listed_finite(verb, lang) or is_finite([verb], 0, lang) and verb[:1].islower()) \
            or _has_verb(" ".join(words[:-2]), lang) or any(word.endswith(",") for word in words[:-1]):
        return original
    opening = [words[0][:1].lower() + words[0][1:]] if _bare(words[0]).lower() in rule.determiners else words[:1]
    length = _subject_length(opening + words[1:-1], inversion, rule, lang)
    if not length or length >= len(words) - 1 or words[length - 1].endswith(",") \
            or length == 1 and _bare(words[0]).lower() in rule.determiners and _bare(words[1])[:1].isupper():
        # "ihr Angriff": a possessive, no pronoun
        return original
    if particle:
        return words[:length] + [verb] + words[length:-1] + [particle + ending]
    return words[:length] + [verb] + words[length:-2] + [words[-2] + ending]


def _without_stacked_coordinators(label: str, rule: _LabelRules) -> str:
    """Without a coordinator whose list item was a cut date: one right before a plain conjunction ("20 Uhr sowie
    am 29. September und …" -> "20 Uhr und …") or a comma ("fixée, et à 19 h, à la salle"); "and then" stays."""
    words = label.split()
    if rule.coordinators.isdisjoint(word.rstrip(",").lower() for word in words):
        return label
    kept: list[str] = []
    for k, word in enumerate(words):
        if kept and k + 1 < len(words) and (word.lower() in rule.coordinators and words[k + 1].lower()
                                            in rule.conjunctions or word[:-1].lower() in rule.coordinators
                                            and word.endswith(",") and kept[-1].endswith(",")):
            kept[-1] += "," if word.endswith(",") and not kept[-1].endswith(",") else ""
            continue  # "fixée, et, à la salle" -> "fixée, à la salle"
        kept.append(word)
    return " ".join(kept) if len(kept) < len(words) else label


def make_label(
    text: str, clause: Span, dates: list[Span], lang: str | None, tail: bool = False, memo: dict | None = None,
    as_main: bool = False,
) -> str:
    """A short chart label: the clause without its dates (`dates`: the text's, sorted) and leading
    connectives, at most ~12 words (the first ones, or with `tail` the last ones). `as_main`: the clause is a
    subordinate one without its subordinator, or a relative one with its noun in the pronoun's place, which a
    verb-final language tells as a main clause (`timeline.subclauses`)."""
    insertion = insertion_after_date(text, clause, dates, lang)
    if insertion:  # "Im Jahr 1998 – dem Jahr des Absturzes – schloss die Firma ihr Werk": the clause, not the aside
        text, clause, dates = without_insertion(text, clause, dates, insertion)
        memo = None  # its spans are of the text told without the aside
    label = _without_dates(text, clause, dates, lang, memo)
    if not label:  # nothing but dates: common in date-dense text, and nothing below can add words
        return ""
    undated = _DATELINE.sub("", label, count=1)
    label = undated if _WORD.search(undated) else label  # "ADDIS ABABA, Ethiopia (AP)_ The OAU ..."
    rule = _label_rules(lang)
    label = rule.commas_before_subject.sub(",", label)  # "army, on May 21, he signed": a new clause keeps one
    label = _comma_after_opening_phrase(label, rule, lang)
    label = _tidy(label)
    label = _without_stacked_coordinators(label, rule)
    subordinated = bool(rule.subordinate.match(label.lstrip(" ,;:–—-")))
    if subordinated and rule.verb_final \
            and _main_clause_follows(_without_insertions(_without_report(label.split(), rule), lang), lang):
        # "Als die Truppen die Stadt erreichten, war sie leer": the subordinator belongs to what the label tells
        label, introduced, subordinated = label.lstrip(" ,;:–—-"), True, False
        fronted_adverb: list[str] = []
    else:
        opening = label.lstrip(" ,;:–—-")
        label, introduced = _without_leading(label, rule)
        beginning = text[clause[0]:min(clause[1], clause[0] + ADVERB_REACH)]  # its first words, with their dates
        fronted_adverb = _fronted_adverb(opening, label, introduced, beginning, rule, lang)
    closing, reach = label.find(")"), max(0, clause[0] - PARENTHESIS_REACH)
    if closing >= 0 and "(" not in label[:closing] and _WORD.search(label, closing) \
            and text.rfind("(", reach, clause[0]) > text.rfind(")", reach, clause[0]):
        # The clause starts inside a parenthesis ("weil der Vater … hatte) sind im Herbst 2009 Sportschützen …"):
        # the label is the clause the parenthesis interrupted, which lost its first phrase to it, so a verb-second
        # language puts the subject back in front ("Sportschützen sind … ausgenommen worden").
        label, fronted = label[closing + 1:].strip(" ,;:–—-"), True
    else:
        fronted = _starts_with_date(text, clause, dates, rule)
    if fronted:  # a connective before the date went with it ("And as recently as 2009, polls …"): only what follows
        introduced = bool(rule.openers.match(label) or rule.subordinate.match(label))
    words = label.split()
    introduced = introduced or _participle_phrase(words, rule, lang)
    if rule.verb_final and words and words[0] in rule.relative_subjects and not subordinated \
            and len(words) > 1 and words[1][:1].islower() and _bare(words[1]).lower() not in rule.determiners \
            and _after_comma(text, clause) and not _main_clause_follows(words, lang):
        # (an article after the pronoun opens the subject: "welche die Deutschen eingenommen hatten")
        # "…, der in Westalgerien Widerstand leistete" -> "Er leistete in Westalgerien Widerstand"
        pronoun_first = [rule.relative_subjects[words[0]]] + words[1:]
        told = _as_main_clause(pronoun_first, rule, lang)
        words = words if told is pronoun_first else told
    elif (subordinated or as_main) and rule.verb_final:
        words = _as_main_clause(words, rule, lang)
    anchor = _anchor(text, clause, dates, lang, words, memo) if len(words) > LABEL_WORDS and not tail else None
    if _ends_with_date(text, clause, dates) and not _ends_with_kept_date(words, text, clause, dates):
        words = _without_dangling(words, rule.trailing)  # "extended Putin's rule to 2030": "to" would dangle
    else:
        words[-1:] = [words[-1].rstrip(_PUNCTUATION)] if words else []
    if fronted or words and words[0][:1].islower() and _after_comma(text, clause) and is_finite(words, 0, lang) \
            and not _date_second(text, clause, dates, rule) \
            and _bare(text[clause[0]:clause[1]].split()[0]).lower() not in rule.coordinators:
        # "…, übernahm der Präsident die Geschäfte": a verb-second main clause after a clause before it
        words = _subject_first(words, lang)
    elif fronted_adverb:
        # "Danach übernahm die Rada die Macht" without its leading adverb: the subject goes in front of the verb, or
        # where none can be told the adverb stays in front of it
        turned = _subject_first(words, lang, strict=True)
        kept = fronted_adverb + words
        # (only where the verb is still told as one after it: a verb read as finite only at the start, "So
        # bezeichnet der 23. März …", would make a label that seems to have none)
        words = turned if turned is not words else kept if _has_verb(" ".join(kept), lang) else words
    words, anchor = _without_asides(words, anchor)
    words, anchor = _without_apposition(words, anchor, rule, introduced)
    words, anchor = _without_opener(words, anchor, introduced, fronted, lang)
    words, anchor = _without_fronted_phrase(words, anchor, rule, lang)
    label = " ".join(words)
    if tail and len(words) > LABEL_WORDS:
        label = "…" + " ".join(words[-LABEL_WORDS:])
    elif len(words) > LABEL_WORDS + 1:  # one word over stays whole: "…" would show in its place and lose the verb
        label = _shortened(words, rule, lang, anchor)
    label = _without_unpaired_closing_quote(label.rstrip(".")).rstrip(".")
    return label[:1].upper() + label[1:]


_CLOSING_QUOTE = re.compile(r"[\"'”“»«’]+$")


def _without_unpaired_closing_quote(label: str) -> str:
    """"Nach wenigen Minuten ist er tot.“" without the quote closing a quotation the label does not open."""
    closing = _CLOSING_QUOTE.search(label)
    if closing is None:
        return label
    opening = {"“": "„“", "”": "“\"", '"': '"“', "»": "«»", "«": "»«", "’": "‘'", "'": "'‘"}
    mark = closing.group()[-1]
    opened = sum(label.count(other) for other in set(opening.get(mark, mark)))
    return label[:closing.start()] if opened <= len(closing.group()) else label


def _comma_after_opening_phrase(label: str, rule: _LabelRules, lang: str | None) -> str:
    """The label with one comma left where a date set off by commas was cut after an introductory phrase ("Since the
    start of the strike, in late March, the plants have lost" -> "Since the start of the strike, the plants"): the
    comma ends the phrase, so that the phrase keeps its preposition (see `_without_leading`) and reads apart from
    the clause. Not before a finite verb: a verb-second clause goes on with no comma ("Seit Beginn des Streiks
    haben die Werke")."""
    found = _REPEATED_COMMAS_BEFORE_NEW_PHRASE.search(label)
    opening = label.lstrip(" ,;:–—-")
    if found is None or not rule.openers.match(opening) or _has_verb(label[:found.start()], lang):
        return label
    after = label[found.end():].split()
    if not after or is_finite(after, 0, lang):
        return label
    return label[:found.start()] + "," + label[found.end():]


def _has_verb(label: str, lang: str | None) -> bool:
    words = label.split()
    return any(is_finite(words, k, lang) for k in range(len(words)))
