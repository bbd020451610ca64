"""The word order of a label's clause where cutting a date or connective leaves it wrong.

A verb-second clause whose first place held the cut date or an adverb gets its subject back in front of its finite
verb (`subject_first`, `fronted_adverb`); a verb-final subordinate clause is told as a main clause, its finite verb
second (`as_main_clause`). Beside them the reading they rest on, which the label modules share: how many words make
the subject noun phrase (`subject_length`), whether a main clause opens at a word (`main_clause_at`) or after a
comma (`main_clause_follows`). What a language does is read from its pack (`[labels.inversion]`, through
`timeline.label_rules`).
"""

from __future__ import annotations

import re
from functools import cache

from .dependents import infinitive_clause
from .event_resources import load, pack_words
from .finite_verbs import has_finite, is_finite, is_listed_finite
from .label_rules import (
    _PUNCTUATION,
    Inversion,
    _bare,
    _label_rules,
    _LabelRules,
    opens_subject,
)

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


def subject_length(words: list[str], inversion: Inversion, rule: _LabelRules, lang: str | None) -> int:
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
        return not capitalized(index) and (_alphabetic(_bare(words[index])) or ordinal(index)) \
            and _bare(words[index]).lower() not in rule.closed_prepositions

    def nouns_from(index: int) -> int:  # past the capitalized words from index on, with ordinals between them
        start = index
        while index < len(words) and (index == 0 or open_after(index - 1)) \
                and (capitalized(index) or ordinal(index) and capitalized(index + 1)
                     or index > start and linked(index)):
            index += 1
        return index

    # a foreign link word between two capitalized words joins the parts of one name ("Committee of Imperial
    # Defence", "Tour de France"): no verb goes between them
    def linked(index: int) -> bool:
        return words[index] in inversion.name_links and capitalized(index - 1) and open_after(index) \
            and capitalized(index + 1)

    if not words or not words[0][:1].islower() and not _bare(words[0])[:1].isupper() \
            and not _CARDINAL.fullmatch(words[0]):
        return 0
    first = _bare(words[0]).lower()
    index = 0
    if first in rule.determiners and words[0][:1].islower() or _CARDINAL.fullmatch(words[0]):
        index = 1
        while index < len(words) and open_after(index - 1) and modifier(index):
            index += 1  # adjectives: "die beiden Staatschefs", "der nordkoreanische Führer"
    # a pronoun of a determiner's form before a noun is its determiner: "ihr Angriff" (a possessive) is the subject
    article = bool(index) and open_after(index - 1) and capitalized(index)
    if first in rule.pronouns and words[0][:1].islower() and not article \
            or _pronoun_determiner(words, inversion, rule, lang):
        return 1
    nouns = index
    index = nouns_from(index) if capitalized(index) else index
    if index == nouns:
        return 0
    if index < len(words) and open_after(index - 1) and _bare(words[index]).lower() in inversion.genitive:
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
        second = subject_length(words[index + 1:], inversion, rule, lang) or _bare_noun_phrase(words, index + 1, lang)
        if second and not (_bare(words[index + 1]).lower() in rule.pronouns and words[index + 1][:1].islower()):
            index += 1 + second
    elif 0 < index < len(words) and words[index - 1].endswith(","):
        rest = subject_length(words[index:], inversion, rule, lang)
        listed = words[index:index + rest]
        if rest and not listed[-1].endswith((",", ";", ":")) and index + rest < len(words) \
                and any(_bare(word).lower() in rule.conjunctions for word in listed) \
                and not is_finite(words, index + rest, lang):
            index += rest  # "Antwerpen, Brügge und andere belgische Städte"
    return min(index, len(words))


def _pronoun_determiner(words: list[str], inversion: Inversion, rule: _LabelRules, lang: str | None) -> bool:
    """Whether `words` open with a determiner that stands alone, a pronoun ("als diese gerade den Ort …"): after it
    come only focus particles and sentence adverbs (`focus_particles`, `before_subject`), which stand between no
    article and its noun unless an adjective follows them ("die schließlich gewählte Regierung"), then a word that
    opens a phrase of its own (an article, a pronoun, a preposition)."""
    if len(words) < 3 or not words[0][:1].islower() or _bare(words[0]).lower() not in rule.determiners:
        return False
    particles = pack_words(lang, "labels", "focus_particles") | inversion.before_subject
    index = 1
    while index < len(words) - 1 and words[index] == _bare(words[index]) and words[index] in particles:
        index += 1
    following = _bare(words[index]).lower()
    return index > 1 and words[index][:1].islower() \
        and following in rule.determiners | rule.pronouns | rule.single_prepositions


def _alphabetic(word: str) -> bool:
    """Letters only, or words of letters joined by hyphens ("österreichisch-ungarische")."""
    return all(part.isalpha() for part in word.split("-"))


def _bare_plural_length(
    words: list[str], start: int, plural: bool, inversion: Inversion, rule: _LabelRules, lang: str | None,
) -> int:
    """How many words from `start` on make a plural noun phrase without article that may stand first: lower-case
    adjectives with an ending of `bare_plural_endings` after a plural verb ("marschierten türkische Truppen ein"),
    of `bare_dative_endings` after a singular one ("gelang deutschen Truppen der Durchbruch"), listed with commas
    and a coordinator ("deutsche und britische Truppen"), then one noun with its genitive or bracket. A name after
    the noun is the verb's object ("eroberten rote Truppen Kiew"); 0 where no such phrase opens."""
    endings = inversion.bare_plural_endings if plural else inversion.bare_dative_endings
    coordinators = rule.conjunctions & rule.verb_second_coordinators
    index = start
    while index < len(words):
        bare = words[index].rstrip(",")
        if not (bare[:1].islower() and _alphabetic(bare) and endings and bare.endswith(endings)
                and bare not in rule.stopwords and bare not in inversion.bare_not_adjectives
                and bare not in rule.closed_prepositions
                and not is_finite(words, index, lang)):
            break
        index += 1
        if not words[index - 1].endswith(",") and index + 1 < len(words) and words[index] in coordinators:
            index += 1  # "deutsche und britische Truppen"
    if index == start or words[index - 1].endswith(",") or words[index - 1] in coordinators \
            or index >= len(words) or not _bare(words[index])[:1].isupper():
        return 0
    noun = subject_length(words[index:], inversion, rule, lang)
    if noun > 1 and _bare(words[index + 1])[:1].isupper():
        noun = 1  # "rote Truppen Kiew": a plural noun takes no name
    return index - start + noun


def _genitive_adjective(word: str, inversion: Inversion, rule: _LabelRules) -> bool:
    """A lower-case word with the ending of an adjective in a genitive without article ("wichtiger Städte")."""
    bare = _bare(word)
    return word == bare and bare.islower() and bare.endswith(inversion.genitive_endings) \
        and bare not in rule.stopwords and bare not in inversion.not_verbs \
        and bare not in inversion.before_subject


def subject_first(words: list[str], lang: str | None, strict: bool = False) -> list[str]:
    """Verb-second order with the date cut out ("scheiterte der Versuch des Nordens, ..."): subject first.

    Object pronouns and sentence adverbs may stand between the verb and the subject (`before_subject`: "zog sich
    die Flotte zurück", "übernahm wieder die Rada die Macht"), and so may a singular pronoun after a plural verb,
    which it cannot be the subject of (`singular_pronouns`, `plural_endings`: "hatten es die Athener vorgezogen");
    they stay after the verb. After a plural verb, a name right after an article, adjectives and one noun is the
    verb's object, not that plural noun's name ("besetzten die britischen Truppen Philadelphia"). A plural subject
    without article is told by its adjectives' ending (`_bare_plural_length`: "marschierten türkische Truppen ein"),
    and so is a dative one before a singular verb ("gelang deutschen Truppen der Durchbruch"). The clause keeps
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
    if words[0].lower() in inversion.not_verbs or words[0].lower() in rule.determiners:
        return words  # an article opens a kept date ("einen Tag später kapitulierte …"), no verb
    plural = words[0].lower().endswith(inversion.plural_endings)
    between = 1
    while between < min(len(words) - 1, 1 + BEFORE_SUBJECT) \
            and (words[between].lower() in inversion.before_subject
                 or plural and words[between].lower() in inversion.singular_pronouns
                 and _bare(words[between + 1]).lower() in rule.determiners):
        between += 1
    length = subject_length(words[between:], inversion, rule, lang) \
        or _bare_plural_length(words, between, plural, inversion, rule, lang)
    if not length:
        return words
    after = between + length
    if after + 1 < len(words) and (_bare(words[after + 1])[:1].isupper() or _CARDINAL.fullmatch(words[after + 1])) \
            and (words[after].lower() in inversion.ambiguous_after_subject
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
    place_adjectives = rule.inversion.place_adjectives if rule.inversion else ()
    if len(subject) < 4 or _bare(subject[0]).lower() not in rule.determiners or not subject[1][:1].islower():
        return len(subject)
    noun = 1
    while noun < len(subject) and subject[noun][:1].islower() and subject[noun].isalpha():
        noun += 1
    names = subject[noun + 1:]
    if not names or not _bare(subject[noun])[:1].isupper() or subject[noun].endswith(",") \
            or subject[noun].endswith(place_adjectives) \
            or not all(_bare(word)[:1].isupper() and word == _bare(word) for word in names):
        return len(subject)
    return noun + 1


BEFORE_SUBJECT = 2  # words of `before_subject` read between a verb and its subject: "zog sich dann die Flotte"


def fronted_adverb(
    opening: str, label: str, introduced: bool, beginning: str, rule: _LabelRules, lang: str | None,
) -> list[str]:
    """The leading adverbs `labels._without_leading` took from `opening` when they held the first place of a
    verb-second main clause ("Danach übernahm die Rada …", leaving `label` to start with its finite verb); no words
    otherwise. A coordinator stands outside the clause: "und danach übernahm sie" has "danach" in the first place,
    "und übernahm die Macht" none (its subject is the clause's before). None either where the clause's `beginning`
    (with its dates) has an article right after the verb that the label lost: the date cut there was the subject
    ("So begann der 3. Oktober eine neue Zeit")."""
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


SUBJECT_AFTER_COMMA = 6  # words of a subject between a comma and its verb ("…, CIA officer Douglas Mackiernan")


NAME_WORDS = 3  # capitalized words of one item of a list of names

LIST_ITEMS = 12  # items of a list of names searched for the coordinator before its last one


def _name_end(words: list[str], start: int) -> int:
    """Where the name of at most NAME_WORDS capitalized words that opens at words[start] ends (start: none); the
    comma closing it ends it as well."""
    end = start
    while end < min(start + NAME_WORDS, len(words)) and _bare(words[end])[:1].isupper():
        end += 1
        if words[end - 1].endswith(","):
            break
    return end


def listed_names(words: list[str], first: int, rule: _LabelRules) -> int | None:
    """Where the last name of a list of names opening at words[first] starts ("Arlo, Bede, Cirk, and Dorn",
    "Arlo, Bede and Dorn"): names of at most NAME_WORDS capitalized words, each but the last two closed by a
    comma, the last after a coordinator and closed by none; None when no such list opens there. Its commas part
    names, not clauses."""
    k, items = first, 0
    while items < LIST_ITEMS:
        end = _name_end(words, k)
        if end == k or not words[end - 1].endswith(","):
            break
        k, items = end, items + 1
    last = _name_end(words, k)  # "Arlo, Bede and Cirk": the name before the coordinator has no comma
    if items and k < last < len(words) and _bare(words[last]).lower() in rule.coordinators:
        k = last
    if not items or k + 1 >= len(words) or _bare(words[k]).lower() not in rule.coordinators or words[k].endswith(","):
        return None
    end = _name_end(words, k + 1)
    return k + 1 if end > k + 1 and not words[end - 1].endswith((",", ";", ":")) else None


def without_listed_names(words: list[str], start: int, rule: _LabelRules) -> list[str]:
    """words[start:] with the first items of a list of names inside a subject taken out, so that the commas
    between them do not read as the end of the subject ("the villages of Arlo, Bede, Cirk, and Dorn were" -> "the
    villages of Dorn were", `listed_names`). words[start:] when no such list follows the subject's first word."""
    for first in range(start + 1, min(start + 1 + SUBJECT_AFTER_COMMA, len(words))):
        if words[first - 1].endswith((",", ";", ":")) or is_finite(words, first, rule.lang):
            break
        if not _bare(words[first])[:1].isupper() or words[first - 1][:1].isupper() and first - 1 > start:
            continue  # (a list opens at the first capitalized word after a lower-case one or the subject's first)
        last = listed_names(words, first, rule)
        return words[start:] if last is None else words[start:first] + words[last:]
    return words[start:]


def main_clause_at(words: list[str], start: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether a main clause opens at words[start]: in a verb-second language its finite verb first (after a
    fronted phrase, "…, beschloss die Stadt"), or a subject (an article, a pronoun, a capitalized word) with a
    finite verb among the next SUBJECT_AFTER_COMMA words and no comma before it."""
    if rule.verb_second and is_finite(words, start, lang) and words[start][:1].islower():
        return True
    if not opens_subject(_bare(words[start]), rule):
        return False
    for k in range(start + 1, min(start + 1 + SUBJECT_AFTER_COMMA, len(words))):
        if is_finite(words, k, lang):
            return True
        if words[k].endswith((",", ";", ":")):
            return False
    return False


def _without_report(words: list[str], rule: _LabelRules) -> list[str]:
    """`words` without a report closing them after a comma ("…, bilden werde, sagte ein Korrespondent"). Not
    at the comma that closes a subordinate clause opening the words: a fronted subordinate clause stands in the
    place before the main clause's verb, so that verb is the main clause's, not a report's ("Als der Brief kam,
    teilte die Stadt den Termin mit"), unless the report is set off by a comma of its own before the main clause's
    verb ("Wenn es regnet, sagte er, fällt das Spiel aus")."""
    fronted = bool(words) and bool(rule.subordinate.fullmatch(_bare(words[0])))
    for k, word in enumerate(words[:-1]):
        if fronted and word.endswith(","):
            fronted = False  # the comma that closes the fronted clause: what follows is its main clause...
            closing = next((j for j in range(k + 1, len(words) - 1) if words[j].endswith(",")), None)
            if closing is None or not is_finite(words, closing + 1, rule.lang):
                continue  # ...not a report inserted before it
        if word.endswith(",") and rule.reporting.match(" ".join(words[k + 1:k + 4])):
            return words[:k] + [word.rstrip(",")]
    return words


def _without_insertions(words: list[str], lang: str | None) -> list[str]:
    """`words` without the phrases between two commas that hold no finite verb: appositions ("Kim Jong-il, den
    verstorbenen Vater des heutigen Machthabers, traf")."""
    commas = [k for k, word in enumerate(words[:-1]) if word.endswith(",")]
    for number, first in enumerate(commas):
        # the last comma of the run the phrase fills: an apposition may hold commas of its own ("Monmouth,
        # heute Freehold, New Jersey,")
        second = next((k for k in reversed(commas[number + 1:]) if not has_finite(words, lang, first + 1, k + 1)),
                      None)
        if second is not None:
            return words[:first] + [words[first].rstrip(",")] + words[second + 1:]
    return words


def own_words(words: list[str], rule: _LabelRules, lang: str | None) -> list[str]:
    """`words` without a report closing them and a verbless phrase between commas: the words whose verbs are
    the clause's own, for telling where its main clause is."""
    return _without_insertions(_without_report(words, rule), lang)


def main_clause_follows(words: list[str], lang: str | None) -> bool:
    """Whether a comma among `words` is followed by a finite verb: a main clause after a verb-final subordinate
    one."""
    return any(word.endswith(",") and is_finite(words, k + 1, lang) for k, word in enumerate(words[:-1]))


def fronted_preposition_verb(words: list[str], rule: _LabelRules, lang: str | None) -> int | None:
    """The index of the finite verb after the prepositional phrase that opens `words` (a label of a verb-second
    language), when its preposition has a subordinator's form ("während", "seit", "bis"): an article follows the
    word, then no finite verb up to one that more words of the same clause follow, none of them a finite verb right
    after it nor a coordinator ("Während des Krieges wurde die Stadt zerstört", "Seit dem Sommer ist die Brücke
    gesperrt"). None when the word opens its clause, which ends in its finite verb ("Während der Krieg tobte",
    "Seit die Stadt zerstört wurde")."""
    if not rule.inversion or len(words) < 4 or _bare(words[0]).lower() not in rule.single_prepositions \
            or not rule.subordinate.fullmatch(_bare(words[0])) or _bare(words[1]).lower() not in rule.determiners:
        return None
    for k in range(2, len(words) - 1):
        if words[k - 1].endswith((",", ";", ":")):
            return None
        if is_finite(words, k, lang):
            following = _bare(words[k + 1]).lower()
            return None if words[k].endswith((",", ";", ":")) or is_finite(words, k + 1, lang) \
                or following in rule.coordinators else k
    return None


def _fronted_phrase(words: list[str], inversion: Inversion, rule: _LabelRules, lang: str | None) -> int:
    """How many of `words` (a verb-final clause without its subordinator, its finite verb last) make the
    prepositional phrase it opens with, when its subject follows that phrase: a preposition and a noun phrase
    (`subject_length`), then the subject's noun phrase. 0 when it opens otherwise, when a preposition follows the
    phrase (its noun may take it: "in der Schlacht von …", and the verb would split them), or a comma ends it."""
    if len(words) < 4 or not words[0][:1].islower() or _bare(words[0]).lower() not in rule.single_prepositions:
        return 0
    noun = subject_length(words[1:-1], inversion, rule, lang)
    end = 1 + noun
    # (a genitive article after one of its nouns may as well open the subject: "nach der Sitzung der Rat …")
    if not noun or end >= len(words) - 1 or words[end - 1].endswith((",", ";", ":")) \
            or any(_bare(words[k]).lower() in inversion.genitive and _bare(words[k - 1])[:1].isupper()
                   for k in range(2, end)) \
            or _bare(words[end]).lower() in rule.all_prepositions \
            or not subject_length(words[end:-1], inversion, rule, lang):
        return 0
    return end


def as_main_clause(words: list[str], rule: _LabelRules, lang: str | None) -> list[str]:
    """A verb-final subordinate clause told as a main clause (`_as_main_clause`), with the infinitive group after
    its last comma kept after it (`timeline.dependents.infinitive_clause`: "nachdem die Stadt sich geweigert hatte,
    an der Konferenz teilzunehmen" -> "Die Stadt hatte sich geweigert, an der Konferenz teilzunehmen"; "…, um die
    Preise zu senken"): the group stands after the verb bracket, so the finite verb closes the words before its
    comma; so does another clause after the first comma (`_closed_before_clause`). `words` themselves when the
    clause cannot be told so."""
    comma = next((k for k in range(len(words) - 2, 0, -1) if words[k].endswith(",")), None)
    if comma is not None and lang and (infinitive_clause(_without_closing_aside(words[comma + 1:]), lang)
                                       or _relative_opening(words[comma + 1:], rule)):
        return _told_before_comma(words, comma, rule, lang)
    told = _as_main_clause(words, rule, lang)
    if told is words and lang and rule.inversion:
        return _closed_before_clause(words, rule, lang)
    return told


def _closed_before_clause(words: list[str], rule: _LabelRules, lang: str) -> list[str]:
    """A verb-final clause that its finite verb closes at the first comma, a clause of its own after it
    (`_opens_own_clause`), told as a main clause before it ("als er 1983 nach Hause zurückkehrte, weil …" -> "Er
    kehrte 1983 nach Hause zurück, weil …"): what follows the verb bracket is no part of the first clause.
    `words` themselves when the first comma does not close it so."""
    comma = next((k for k in range(1, len(words) - 2) if words[k].endswith(",")), None)
    if comma is None or not is_finite(words[:comma + 1], comma, lang) \
            or not _opens_own_clause(words[comma + 1:], rule, lang):
        return words
    return _told_before_comma(words, comma, rule, lang)


def _told_before_comma(words: list[str], comma: int, rule: _LabelRules, lang: str | None) -> list[str]:
    """`words` with those up to words[comma] told as a main clause (`_as_main_clause`), the rest after them as
    written; `words` themselves when those cannot be told so."""
    head = words[:comma + 1]
    told = _as_main_clause(head, rule, lang)
    return words if told is head else told + words[comma + 1:]


def _opens_own_clause(words: list[str], rule: _LabelRules, lang: str) -> bool:
    """Whether `words`, after a comma, are a clause of their own rather than the rest of one a subordinate clause
    interrupted ("wie er sagte, im Heer verbreitet war"): a subordinator that opens a clause wherever it stands
    (`clause_subordinators`, not "als" or "bis", prepositions too) before their first finite verb ("nicht nur,
    weil …", "ohne dass …"), or an infinitive group up to a coordinator before it ("an der Konferenz teilzunehmen
    und …")."""
    finite = next((k for k in range(len(words)) if is_finite(words, k, lang, opening=False)), None)
    if finite is None:
        return False
    if any(_bare(word).lower() in rule.clause_subordinators for word in words[:finite]):
        return True
    return any(_bare(words[k]).lower() in rule.coordinators and infinitive_clause(words[:k], lang)
               for k in range(1, finite))


def _relative_opening(words: list[str], rule: _LabelRules) -> bool:
    """Whether `words` open with a relative pronoun, alone or after a preposition ("zu deren Schutz …"): a relative
    clause after the verb bracket, as an infinitive group stands. A pronoun of an article's form before a noun
    ("den Durchfluss", "in die Arbeitswelt") is an article: the words go on the clause before the comma."""
    first = 1 if len(words) > 2 and _bare(words[0]).lower() in rule.single_prepositions else 0
    if len(words) <= first + 1 or not words[first][:1].islower():
        return False
    pronoun = _bare(words[first]).lower()
    return pronoun in rule.relatives and not (pronoun in rule.determiners and (first or words[first + 1][:1].isupper()))


def _without_closing_aside(words: list[str]) -> list[str]:
    """`words` without the aside in brackets that closes them ("unsere Kultur auszuradieren (Verbot aller Namen)"):
    an aside tells nothing of what kind of group it closes."""
    if not words or not words[-1].rstrip(".,;:!?").endswith(")"):
        return words
    opening = next((k for k in range(len(words) - 1, 0, -1) if words[k].startswith("(")), None)
    return words if opening is None else words[:opening]


@cache
def _past_participle(lang: str | None) -> re.Pattern[str] | None:
    """The pack's `past_participle_shape` (a shape only a past participle has), compiled; None where it has none."""
    shape = load(lang).get("labels", {}).get("past_participle_shape") if lang else None
    return re.compile(shape) if shape else None


def _shares_auxiliary(words: list[str], k: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether words[k], read as a finite verb, is rather a participle or infinitive of a first conjunct that
    shares the clause's last word, a listed finite form, with the second ("die Grenze überschritten und damit die
    Neutralität verletzt hatten"): a coordinator follows it, and a lower-case word that opens no subject of its own
    (not an article nor a pronoun: "eroberten und der König zurückgekehrt war" are two clauses). An article may
    open the second conjunct's object where words[k] has the shape only a past participle has
    (`past_participle_shape`: "den Vertrag aufgekündigt und die Truppen zurückgerufen hatte")."""
    if k + 2 >= len(words) - 1 or _bare(words[k + 1]).lower() not in rule.coordinators:
        return False
    following = _bare(words[k + 2]).lower()
    participle = _past_participle(lang)
    opens_subject = following in rule.pronouns or following in rule.determiners \
        and not (participle is not None and participle.fullmatch(_bare(words[k])))
    return words[k][:1].islower() and not is_listed_finite(_bare(words[k]), lang) \
        and is_listed_finite(_bare(words[-1]), lang) and following[:1].islower() and not opens_subject


def _as_main_clause(words: list[str], rule: _LabelRules, lang: str | None) -> list[str]:
    """A verb-final subordinate clause told as a main clause, its finite verb second ("Nachdem die USS Roberts
    auf eine Seemine lief" -> "Die USS Roberts lief auf eine Seemine"; "… verletzt wurden" -> "… wurden …
    verletzt"), when the clause ends in a listed finite form, or a lower-case word with an ending of the plural
    (`infinitive_endings`: "Weil die Bauern streiken" -> "Die Bauern streiken"), holds no other verb and opens with
    its subject; a prefix inseparable with most stems stays on the verb (`inseparable_prefixes`: "unterzeichnete").
    Object pronouns and sentence adverbs before the subject (`before_subject`, at most `BEFORE_SUBJECT`) keep their
    place in the middle field, right after the finite verb once the subject goes in front ("nachdem sich die Flotte
    zurückgezogen hatte" -> "Die Flotte hatte sich zurückgezogen")."""
    inversion = rule.inversion
    # a subordinator that is a preposition too, before an article, opens a phrase ("seit dem Treffen"): it stays
    phrase = len(words) > 1 and _bare(words[0]).lower() in rule.prepositions \
        and _bare(words[1]).lower() in rule.determiners
    told = words[1:] if words and rule.subordinate.fullmatch(_bare(words[0])) and not phrase else words
    if not inversion or len(told) < 3:
        return words
    original, words = words, own_words(told, rule, lang)
    # a subordinate clause may have its pronouns and sentence adverbs before its subject ("nachdem sich das Heer …
    # zurückgezogen hatte"): they stand after the finite verb of the main clause ("Das Heer hatte sich …")
    middle = 0
    while middle < min(BEFORE_SUBJECT, len(words) - 3) and words[middle] == _bare(words[middle]) \
            and words[middle] in inversion.before_subject:
        middle += 1
    middle_field, words = words[:middle], words[middle:]
    ending = words[-1][len(words[-1].rstrip(_PUNCTUATION)):]
    verb, particle = words[-1][:len(words[-1]) - len(ending)], ""
    # a verb-final clause ends in its finite verb: a lower-case word there with a plural's ending ("streiken",
    # "erreichten") is one where nothing else is (not after the infinitive marker: "um … zu erreichen")
    labels = load(lang).get("labels", {}) if lang else {}
    marker = labels.get("infinitive_marker", "")
    plural = verb[:1].islower() and verb.endswith(tuple(labels.get("infinitive_endings", []))) \
        and (len(words) < 2 or _bare(words[-2]).lower() != marker)
    if not is_listed_finite(verb, lang):  # a separable verb: "ausrief" -> "rief … aus"
        prefix = next((prefix for prefix in rule.separable_prefixes if verb.startswith(prefix) and (
            is_listed_finite(verb[len(prefix):], lang) or is_finite([verb[len(prefix):]], 0, lang)
            or plural and len(verb) - len(prefix) > 3 and marker not in verb[len(prefix):len(prefix) + 2])), "")
        if prefix not in rule.inseparable_prefixes:  # "unterzeichnete" stays whole, no "zeichnete … unter"
            verb, particle = verb[len(prefix):], prefix
    # the word before the finite one may be its participle or infinitive ("verletzt wurden"); a comma inside
    # sets off an insertion whose verb the check would miss ("wie wir heute wissen, …"). Each word is read among
    # all the clause's words, the noun after it included ("ihr jüngster Sohn": an adjective, no verb after "ihr"),
    # as a dependent clause's ("wir zusammen … fahren können": no verb "zusammen")
    if not (is_listed_finite(verb, lang) or (is_finite([verb], 0, lang) or plural) and verb[:1].islower()) \
            or any(is_finite(words, k, lang, opening=False, dependent=True)
                   and not _shares_auxiliary(words, k, rule, lang) for k in range(len(words) - 2)) \
            or any(word.endswith(",") for word in words[:-1]):
        return original
    opening = [words[0][:1].lower() + words[0][1:]] if _bare(words[0]).lower() in rule.determiners else words[:1]
    length = subject_length(opening + words[1:-1], inversion, rule, lang)
    if not length:
        # the clause opens with a prepositional phrase, its subject after it ("weil nach dem Krieg alle Bewohner
        # geflohen waren"): a verb-second clause may keep any one phrase in front ("Nach dem Krieg waren alle
        # Bewohner geflohen")
        length = _fronted_phrase(words, inversion, rule, lang)
    if not length and verb.endswith(tuple(labels.get("infinitive_endings", []))):
        # a plural subject without article, its adjectives first ("weil britische Truppen die Stadt eroberten")
        length = _bare_plural_length(words[:-1], 0, True, inversion, rule, lang)
    if not length or length > len(words) - 1 or words[length - 1].endswith(","):
        return original
    if length == len(words) - 1:  # the subject and its verb alone: "Die Soldaten zogen ab"
        rest = middle_field + ([particle] if particle else [])  # "Die Soldaten ergaben sich", "zogen sich zurück"
        return words[:length] + ([verb] + rest[:-1] + [rest[-1] + ending] if rest else [verb + ending])
    if particle:
        return words[:length] + [verb] + middle_field + words[length:-1] + [particle + ending]
    return words[:length] + [verb] + middle_field + words[length:-2] + [words[-2] + ending]

