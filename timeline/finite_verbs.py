"""Where a clause's finite verb stands, read from the events pack's `[verbs]` section.

A chart label cut to a dozen words must keep its verb: a long subject ("Le ministre français des Affaires
étrangères Dominique de Villepin") can otherwise fill the label and leave no event. No tagger is needed for
that: a pack lists the finite forms of its closed classes (auxiliaries, copulas, modals, frequent irregular
pasts) and the regular shapes of finite verbs, and names the words after which such a shape is no verb (an
article before "armed", "erste"). Forms that are as often a noun or an infinitive ("show", "beginnen", "vote")
and shapes as broad as the French passé simple in "-a" count only where a subject can have ended: not at the
start, nor after an article, preposition, infinitive marker or other verb. A regular shape that another finite
verb follows in the same clause is a participle used as an adjective ("The report published Wednesday shows"), and
so is one right after the noun of a prepositional phrase, before a date ("for the quarter ended Sept. 30": a
governed noun is no subject; `[event_nouns] participles_after_noun`). After a relative pronoun that follows a noun
("the agency that rescued the crew") a regular shape is the relative clause's verb, though "that" is also an article.
A word inside brackets, or in a relative or subordinate clause up to its comma, belongs to another clause and is
skipped. In a language that puts the finite verb second in a main clause and last in a dependent one
(`verb_second`), the word after a subject pronoun is a verb only where the pronoun opens a main clause or the word
ends the dependent clause the pronoun opens ("weil er gestern kam": no verb "gestern"). A capitalised first word
("Erklärte er") is read by its shape only where it can open a sentence or label and no capitalised word or
coordinator follows it: else it is a name or noun of that shape ("Helmut Lindner").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .event_resources import any_pattern, load

_EDGE_PUNCTUATION = ".,;:!?\"'()[]«»„“”‚‘’…"


@dataclass(frozen=True)
class _VerbRules:
    finite: frozenset[str]  # finite forms, lower case: "is", "hat", "sont", "said"
    shapes: re.Pattern[str] | None  # regular finite forms ("announced", "erklärte", "annonçait"), case as written
    not_after: frozenset[str]  # a shape right after one of these words is an adjective or noun ("the armed")
    subject_pronouns: frozenset[str]  # the word after one of these is finite ("il annonce", "they plan")
    object_pronouns: frozenset[str]  # a regular shape right before one of these is a verb ("indicated it had")
    copulas: frozenset[str]  # "is", "ist", "est"
    function_words: frozenset[str]  # the pack's stopwords that are no finite forms: "sich", "the", "en"
    dependent: frozenset[str]  # relative pronouns and subordinators: a clause they open holds another verb
    determiners: frozenset[str]
    after_subject: frozenset[str]  # finite forms that are also nouns or infinitives: "show", "beginnen", "vote"
    shapes_after_subject: re.Pattern[str] | None  # broad regular shapes: "annonça", "déclara"
    not_before_verb: frozenset[str]  # a word after one of these is no finite verb of the kinds above ("to show")
    # coordinators, relatives, subordinators (a later verb belongs to another clause), subject pronouns and
    # articles (the start of a new subject or an object): a participle's clause ends at one
    ends_participle: frozenset[str]
    opens_relative: frozenset[str]  # a verb right after one of these is in a relative clause ("a rite that marks")
    agent: frozenset[str]  # "by": a past form before one, a verb after it, is a participle ("a column led by")
    relative_openers: frozenset[str]  # "which": after a noun, opens a relative clause without a comma
    ends_clause: frozenset[str]  # `ends_participle` without the articles: a new clause after a relative one
    naming: frozenset[str]  # "called": after a noun, with a verb later, a participle naming it ("a force called X")
    coordinators: frozenset[str]  # "und", "and": a capitalised shape before one is a noun of a listing
    # past participles that follow their noun ("the quarter ended Sept. 30"; `[event_nouns] participles_after_noun`)
    after_noun: re.Pattern[str] | None
    prepositions: frozenset[str]  # a noun phrase after one is no subject: "for the quarter ended"
    floating: frozenset[str]  # "all", "both": may stand between a subject and its verb ("they all voted")
    absolute: frozenset[str]  # "with": opening the words, a noun phrase and its participle ("With the gate shut")
    # the finite verb stands second in a main clause and last in a dependent one ("Er kam", "kam er", "weil er kam")
    verb_second: bool


@cache
def _rules(lang: str | None) -> _VerbRules:
    data = load(lang)
    verbs, labels = data.get("verbs", {}), data["labels"]
    shapes = verbs.get("finite_shapes", [])
    broad = verbs.get("finite_shapes_after_subject", [])
    dependent = labels.get("relatives", []) + labels.get("subordinators", [])
    coordinators = [word for word in data.get("clauses", {}).get("coordinators", []) if " " not in word]
    return _VerbRules(
        finite=frozenset(word.lower() for word in verbs.get("finite", [])),
        shapes=any_pattern(shapes),
        not_after=frozenset(word.lower() for word in labels["determiners"] + verbs.get("not_after", [])),
        subject_pronouns=frozenset(word.lower() for word in verbs.get("subject_pronouns", [])),
        object_pronouns=frozenset(word.lower() for word in verbs.get("object_pronouns", [])),
        copulas=frozenset(word.lower() for word in verbs.get("copulas", [])),
        function_words=frozenset(word.lower() for word in data["stopwords"]["words"])
        - frozenset(word.lower() for word in verbs.get("finite", [])),
        dependent=frozenset(word.lower() for word in dependent),
        determiners=frozenset(word.lower() for word in labels["determiners"]),
        after_subject=frozenset(word.lower() for word in verbs.get("finite_after_subject", [])),
        shapes_after_subject=any_pattern(broad),
        not_before_verb=frozenset(word.lower() for word in verbs.get("not_before_verb", [])),
        ends_participle=frozenset(word.lower() for word in dependent + coordinators + labels["determiners"]
                                  + verbs.get("subject_pronouns", [])),
        opens_relative=frozenset(word.lower() for word in verbs.get("opens_relative", [])),
        agent=frozenset(word.lower() for word in verbs.get("agent_prepositions", [])),
        naming=frozenset(word.lower() for word in verbs.get("naming_participles", [])),
        relative_openers=frozenset(word.lower() for word in verbs.get("relative_openers", [])),
        coordinators=frozenset(word.lower() for word in coordinators),
        ends_clause=frozenset(word.lower() for word in dependent + coordinators + verbs.get("subject_pronouns", []))
        - frozenset(word.lower() for word in labels["determiners"]),
        after_noun=re.compile(data["event_nouns"]["participles_after_noun"])
        if data.get("event_nouns", {}).get("participles_after_noun") else None,
        # a preposition that also opens a clause ("after the war ended") may govern a subject
        prepositions=frozenset(word.lower() for word in labels.get("prepositions", []) if " " not in word)
        - frozenset(word.lower() for word in dependent),
        floating=frozenset(word.lower() for word in verbs.get("floating_quantifiers", [])),
        absolute=frozenset(word.lower() for word in verbs.get("absolute_prepositions", [])),
        verb_second=bool(verbs.get("verb_second", False)),
    )


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION)


def _ambiguous(rule: _VerbRules, word: str) -> bool:
    return word.lower() in rule.after_subject or bool(
        rule.shapes_after_subject and rule.shapes_after_subject.fullmatch(word))


def _after_subject(rule: _VerbRules, words: list[str], index: int) -> bool:
    """Whether an ambiguous form at `index` stands where a subject can have ended: "Polls show", not "the show",
    "to show", "will show", nor after a comma ("the peace process, set to resume") or a sentence's end. Right before
    a listed verb it is a participle, infinitive or noun ("Mexiko verlassen hatten"), and so it is right before
    another ambiguous form that an article follows ("Fuel costs remain the main concern")."""
    word, previous_word = _bare(words[index]), words[index - 1]
    previous = _bare(previous_word).lower()
    if not word[:1].islower() or not previous or previous_word.endswith((".", ",", ":", ";", "!", "?")):
        return False
    if previous in rule.not_after or previous in rule.not_before_verb or previous in rule.finite:
        return False
    if not _ambiguous(rule, word):
        return False
    if index + 1 < len(words) and not words[index].endswith((",", ";", ":", ".")):
        following = _bare(words[index + 1])
        if following.lower() in rule.finite and following[:1].islower():
            return False
        after = _bare(words[index + 2]).lower() if index + 2 < len(words) else ""
        if following[:1].islower() and _ambiguous(rule, following) and after in rule.determiners:
            return False
    return True


def _finite_by(words: list[str], index: int, lang: str | None, opening: bool = True,
               dependent: bool = False) -> str | None:
    """How words[index] reads as a finite verb: "listed", "pronoun" (after a subject pronoun), "subject" (an
    ambiguous form after a possible subject), "shape" (a regular shape alone), or None. `opening`: words[0] opens a
    sentence or label, where a verb stands capitalised ("Erklärte er"); else its capital is as written, and a
    capitalised word is a noun or name ("Kuwait" after "Nachdem"). `dependent`: the words are a dependent clause whose
    subordinator was cut ("wir zusammen … fahren können")."""
    rule = _rules(lang)
    word = _bare(words[index])
    if not word:
        return None
    previous = _bare(words[index - 1]).lower() if index else ""
    if word.lower() in rule.finite and (word[:1].islower() or index == 0):
        return "listed"
    # (a pronoun of a determiner's form before a noun is its determiner: "ihr neuer Vertrag", no verb "neuer")
    if previous in rule.subject_pronouns and word[:1].islower() and word.isalpha() \
            and word.lower() not in rule.function_words \
            and not (previous in rule.determiners and index + 1 < len(words)
                     and _bare(words[index + 1])[:1].isupper()) \
            and _verb_place_after_pronoun(rule, words, index, dependent):
        return "pronoun"  # "sie sich": a pronoun, no verb
    if index and _after_subject(rule, words, index):
        return "subject"
    if index == 0 and word[:1].isupper():
        # a label or sentence starts with a capital: "Erklärte er"; but a capitalised word that another one or a
        # coordinator follows is a name, title or noun of the same shape ("Horst Schmidt", "Präsident Jefferson
        # Davis", "Soldaten und Offiziere"): a verb opening a clause is followed by its subject or object
        following = _bare(words[1]) if len(words) > 1 else ""
        if not opening or following[:1].isupper() or following.lower() in rule.coordinators:
            return None
        word = word[:1].lower() + word[1:]
    if rule.shapes and (previous not in rule.not_after or _after_floating(rule, words, index)
                        or _after_relative(rule, words, index)) \
            and rule.shapes.fullmatch(word) and not _after_governed_noun(rule, words, index):
        return "shape"
    return None


def _verb_place_after_pronoun(rule: _VerbRules, words: list[str], index: int, dependent: bool = False) -> bool:
    """Whether words[index], right after a subject pronoun, stands where a finite verb can. Always, unless the pack
    puts the verb second in a main clause and last in a dependent one (`verb_second`): then a verb follows a
    pronoun that opens a main clause (at the start, after a punctuation mark or a coordinator: "Er plante", "und
    sie heiraten"), ends a clause that a relative pronoun or subordinator opens before the pronoun ("weil er
    kam,", not "damit wir zusammen … fahren können"), and elsewhere stood before the pronoun ("Damals rief er
    gemeinsam", "Soll ich ihn nehmen"). `dependent`: the words are a dependent clause whose subordinator was cut."""
    if not rule.verb_second or index < 1:
        return True
    if index > 1:
        pronoun, before = words[index - 1], words[index - 2]
        bare = _bare(before).lower()
        if not bare or before.endswith(tuple(_EDGE_PUNCTUATION)) or pronoun.startswith(tuple(_EDGE_PUNCTUATION)) \
                or bare in rule.coordinators:
            return True
    elif not dependent:
        return True
    if index == 1 or bare in rule.dependent:
        return index + 1 == len(words) or words[index].endswith(tuple(_EDGE_PUNCTUATION))
    return False


def _after_relative(rule: _VerbRules, words: list[str], index: int) -> bool:
    """Whether words[index] stands right after a relative pronoun (`opens_relative`: "that", "which", "who") that
    follows a noun: the pronoun is then the subject of a relative clause and a regular shape after it its verb
    ("the agency that rescued the crew", "a war that ended in 1918"), though "that" is also an article, after
    which a shape is an adjective ("that armed group"). Not after a verb, a function word, a preposition or a
    punctuation mark, where "that" opens a content clause or is an article ("said that armed men", "announced that
    wounded soldiers", "in that troubled region", "Later, that armed group"). Read from its two neighbours alone (no
    other test of this module), so that it stays cheap."""
    if index < 2 or words[index - 1].lower() not in rule.opens_relative or not words[index - 1][:1].islower():
        return False
    before = words[index - 2]
    lower = before.lower()
    return before.isalpha() and lower not in rule.function_words and lower not in rule.finite \
        and lower not in rule.after_subject and lower not in rule.not_after and lower not in rule.prepositions \
        and not (rule.shapes is not None and rule.shapes.fullmatch(lower))


def _after_floating(rule: _VerbRules, words: list[str], index: int) -> bool:
    """Whether words[index] follows a quantifier that floats after the subject it counts (`floating_quantifiers`:
    "Smith and Jones all voted", "they both declined", "Mr. Lee, both declined"): the word before the quantifier
    ends a subject, a subject pronoun, a name (capitalised, not opening the words) or a word before a comma. A
    shape after the quantifier is then the verb, not an adjective of the noun it would count ("all armed forces")."""
    if index < 2 or _bare(words[index - 1]).lower() not in rule.floating or words[index - 1][-1:] in ",;:":
        return False
    before, word = _bare(words[index - 2]), words[index - 2]
    if before.lower() in rule.subject_pronouns or word.endswith(","):
        return True
    if not (before[:1].isupper() and before.isalpha()) or word.endswith((".", ";", ":")):
        return False
    # a name that a preposition governs is no subject ("in the United States all armed forces")
    start = index - 2
    while start > 0 and _bare(words[start - 1])[:1].isupper() and not words[start - 1].endswith((",", ";", ":")):
        start -= 1
    if start and _bare(words[start - 1]).lower() in rule.determiners:
        start -= 1
    return _bare(words[start]).lower() not in rule.prepositions \
        and not (start and _bare(words[start - 1]).lower() in rule.prepositions)


GOVERNED_NOUN_WORDS = 3  # words of a noun phrase between its determiner and a participle: "the six months ended"

OTHER_VERB_WORDS = 30  # words either side of a participle searched for the clause's own verb


def _after_governed_noun(rule: _VerbRules, words: list[str], index: int) -> bool:
    """Whether words[index], a regular past form, is a participle after the noun of a prepositional phrase ("for
    the quarter ended Sept. 30", "For the six months ended Aug. 12, Provigo posted"): a noun that a preposition
    governs is no subject, so a form of a participle's shape (`participles_after_noun`) right after it is no finite
    verb, where a date follows it, with or without a preposition (not an object: "lawyers for the family raised
    accusations"; nor a place: "a column led by the governor of the province marched on the capital"), and the
    phrase opens the words or follows a comma, or another finite verb stands near (a noun phrase with a
    prepositional phrase may be the subject: "A state of war between the two sides persisted until 1919"). The
    noun phrase is a determiner and at most GOVERNED_NOUN_WORDS unpunctuated lower-case words; the preposition
    opens no clause ("after the war ended in 1918" is a clause)."""
    if rule.after_noun is None or not rule.after_noun.fullmatch(_bare(words[index])) or index + 1 >= len(words):
        return False
    # a date's shape after it, a preposition before it or not: a number ("1932"), or a capitalised word before a
    # number (a month and its day: "Sept. 30")
    after = index + 2 if _bare(words[index + 1]).lower() in rule.prepositions else index + 1
    following, then = (_bare(words[k]) if k < len(words) else "" for k in (after, after + 1))
    if not (following[:1].isdigit() or following[:1].isupper() and then[:1].isdigit()):
        return False
    for k in range(index - 1, max(index - 2 - GOVERNED_NOUN_WORDS, 0), -1):
        word = words[k]
        bare = word.lower()
        if k < index - 1 and bare in rule.determiners:
            if _bare(words[k - 1]).lower() not in rule.prepositions or words[k - 1] != _bare(words[k - 1]):
                return False
            # a phrase set off by a comma, or opening the words, is no noun's attribute inside a subject
            return k == 1 or words[k - 2].endswith(",") or _other_verb(rule, words, index)
        if word != _bare(word) or not word[:1].islower() and not word[:1].isdigit() \
                or bare in rule.ends_participle | rule.prepositions | rule.finite:
            return False
    return False


def _other_verb(rule: _VerbRules, words: list[str], index: int) -> bool:
    """Whether a finite verb other than words[index] stands within OTHER_VERB_WORDS words of it: a listed form, one
    after a subject pronoun, or a regular shape not after an article or preposition (read without this module's
    other tests, so that no word asks it of another)."""
    for k in range(max(index - OTHER_VERB_WORDS, 0), min(index + OTHER_VERB_WORDS + 1, len(words))):
        word = _bare(words[k])
        if k == index or not word[:1].islower():
            continue
        previous = _bare(words[k - 1]).lower() if k else ""
        if word.lower() in rule.finite or previous in rule.subject_pronouns and word.isalpha() \
                and word.lower() not in rule.function_words and _verb_place_after_pronoun(rule, words, k) \
                or rule.shapes and previous not in rule.not_after and rule.shapes.fullmatch(word):
            return True
    return False


def is_finite(words: list[str], index: int, lang: str | None, opening: bool = True, dependent: bool = False) -> bool:
    """Whether words[index] reads as a finite verb where it stands. `opening`: words[0] may open a sentence or label,
    capitalised there; False for words taken from inside a sentence, whose capitals are as written. `dependent`:
    the words are a dependent clause whose subordinator was cut."""
    return _finite_by(words, index, lang, opening, dependent) is not None


def has_finite(words: list[str], lang: str | None, start: int = 0, end: int | None = None,
               opening: bool = True) -> bool:
    """Whether a word of words[start:end] reads as a finite verb where it stands (`is_finite`); `opening` as for
    `is_finite`."""
    return any(is_finite(words, k, lang, opening) for k in range(start, len(words) if end is None else end))


def has_lower_finite(words: list[str], lang: str | None) -> bool:
    """Whether a word of `words` written in lower case reads as a finite verb: a capitalised word of a listing's
    item or a noun phrase is a name or noun ("Radsport:", "Wimbledon"), whatever its ending."""
    return any(word[:1].islower() and is_finite(words, index, lang) for index, word in enumerate(words))


def has_verb(text: str, lang: str | None, opening: bool = True) -> bool:
    """Whether `text` holds a finite verb; `opening` as for `is_finite`."""
    return has_finite(text.split(), lang, opening=opening)


def _verb_follows(words: list[str], index: int, lang: str | None) -> bool:
    """Whether another finite verb (listed, or after a subject) follows words[index] in the same clause, before a
    comma, a coordinator, a relative pronoun, a subordinator, a subject pronoun or an article: then a regular shape
    at `index` is a participle used as an adjective ("the quarter ended Sept. 30 rose")."""
    rule = _rules(lang)
    if words[index].endswith((",", ";", ":")) \
            or index + 1 < len(words) and _bare(words[index + 1]).lower() in rule.object_pronouns:
        return False  # a shape with an object is a verb: "indicated it had"
    # right after it, a listed form is a noun more often than the verb after a participle ("announced plans to")
    for later in range(index + 2, len(words)):
        # a new clause, or the object of a finite verb: "concluded he had", "released tapes from the night the
        # flight went down"
        if any(_bare(words[k]).lower() in rule.ends_participle for k in (later - 1, later)):
            return False
        # a listed form after an article is a noun ("frustrated the hopes of France"); a shape is no proof either
        # ("people killed and injured")
        if _bare(words[later - 1]).lower() not in rule.not_after \
                and _finite_by(words, later, lang) in ("listed", "pronoun", "subject"):
            return True
        if words[later].endswith((",", ";", ":", "(", ")")):  # not ".": "Sept. 30", "Mr. Smith"
            return False
    return False


def is_agent_participle(words: list[str], index: int, lang: str | None) -> bool:
    """Whether words[index], a past form, is a participle describing the subject rather than the clause's verb:
    it stands before a passive's agent ("a rebel column led by the former governor"), or it is a participle of
    naming (`naming_participles`) right after a noun ("a force called the Northern Army"), and a finite verb
    follows that phrase in the same clause ("… marched on the capital"). The agent's phrase may hold articles; a comma,
    coordinator, relative pronoun or subordinator ends the clause. Used by `main_verb` and by the label's search
    for the end of its subject (`timeline.label_shortening`)."""
    rule = _rules(lang)
    if index + 2 >= len(words) or words[index].endswith(","):
        return False
    # a participle naming the noun before it ("a force called the Northern Army under … marched") takes no agent;
    # after a pronoun or at the start it is the verb ("they called the army")
    naming = _bare(words[index]).lower() in rule.naming and index > 0 and words[index][:1].islower() \
        and _bare(words[index - 1]).lower() not in rule.function_words | rule.subject_pronouns \
        and not words[index - 1].endswith((",", ";", ":"))
    if not naming and (_bare(words[index + 1]).lower() not in rule.agent
                       or _finite_by(words, index, lang) not in ("listed", "shape")):
        return False
    for later in range(index + 2, len(words)):
        bare = _bare(words[later - 1]).lower()
        if words[later - 1].endswith(",") and bare not in rule.function_words:
            return _apposition_before_verb(rule, words, later, lang)
        if words[later - 1].endswith((",", ";", ":", "(", ")")) or bare in rule.dependent \
                or bare in rule.ends_participle and bare not in rule.determiners:
            return False
        if bare not in rule.not_after and bare not in rule.agent \
                and _finite_by(words, later, lang) in ("listed", "subject", "shape"):
            return True
    return False


INSERTION_WORDS = 12  # words of a comma-enclosed participle phrase after a noun: ", compared with a year ago,"


def _apposition_before_verb(rule: _VerbRules, words: list[str], start: int, lang: str | None) -> bool:
    """Whether the comma before words[start], which ends an agent's phrase, opens an apposition to the agent that a
    comma closes within INSERTION_WORDS words (a list of names may hold commas), with a listed or regular finite
    form in lower case right after it and no listed one inside it: "a group led by three directors, John Smith,
    Bill Jones and Ann Lee, indicated" (the clause's verb follows the apposition: the participle describes the
    subject)."""
    for later in range(start + 1, min(start + INSERTION_WORDS, len(words) - 1)):
        if words[later - 1].endswith((";", ":", "(", ")")) or _bare(words[later - 1]).lower() in rule.dependent \
                or _finite_by(words, later - 1, lang) == "listed":
            return False
        if words[later - 1].endswith(",") and not words[later][:1].isupper():  # a list of names goes on
            return _finite_by(words, later, lang) in ("listed", "shape")
    return False


def _inserted_participle(rule: _VerbRules, words: list[str], index: int) -> bool:
    """Whether words[index], a regular shape in lower case right after a comma that follows a noun, opens an
    insertion that a comma closes within INSERTION_WORDS words, and a listed finite form follows that comma: a
    participle describing the noun ("Heating costs, compared with a year ago, were raised"; "The army, stretched
    thin by the fighting, was unable"), since the clause's own verb cannot follow a verb of its after a bare comma.
    An insertion that holds a finite verb of its own, or a comma after a function word ("however,"), is no such
    phrase."""
    word, before = _bare(words[index]), _bare(words[index - 1]).lower() if index else ""
    if not index or not words[index - 1].endswith(",") or not word[:1].islower() \
            or before in rule.function_words or before in rule.finite or not before[:1].isalpha():
        return False
    for later in range(index, min(index + INSERTION_WORDS, len(words) - 1)):
        bare = _bare(words[later]).lower()
        if later > index and (bare in rule.finite or bare in rule.dependent or bare in rule.coordinators):
            return False  # a verb of its own, or a clause or item joined to it
        if words[later].endswith((";", ":", ".", "(", ")")):
            return False
        if words[later].endswith(","):
            following = _bare(words[later + 1])
            return following[:1].islower() and following.lower() in rule.finite
    return False


def _absolute_participle(rule: _VerbRules, words: list[str], index: int, lang: str | None) -> bool:
    """Whether words[index], a regular shape, is the participle of an absolute phrase that opens the words (a
    preposition of `absolute_prepositions`, a noun phrase and its participle: "With the bridge of the river
    destroyed the army retreated", "With the port now annexed, the rebels had"), with no comma or finite verb
    before it: the phrase closes at a comma right after it, or its noun phrase opens with a determiner and every
    determiner up to it follows a preposition (a determiner after a noun opens a subject of its own: "With the
    help of the allies the army retreated") and a finite verb follows it within OTHER_VERB_WORDS words."""
    if not rule.absolute or index < 2 or _bare(words[0]).lower() not in rule.absolute:
        return False
    for k in range(1, index):
        bare, governed = _bare(words[k]).lower(), _bare(words[k - 1]).lower() in rule.prepositions
        # after a preposition a relative pronoun that is also a determiner is the determiner ("of that line")
        if words[k].endswith((",", ";", ":")) or bare in rule.finite \
                or bare in rule.dependent and not (governed and bare in rule.determiners):
            return False
        if k > 1 and bare in rule.determiners and not governed:
            return False
    if words[index].endswith(","):
        return True
    if _bare(words[1]).lower() not in rule.determiners:
        return False
    return any(_finite_by(words, k, lang) is not None
               for k in range(index + 1, min(index + 1 + OTHER_VERB_WORDS, len(words))))


def is_listed_finite(word: str, lang: str | None) -> bool:
    """Whether `word` is one of the pack's finite forms ("said", "hat"): a verb wherever it stands, unlike a
    regular shape that a participle shares ("the report published Wednesday")."""
    return _bare(word).lower() in _rules(lang).finite


def has_participle_form(word: str, lang: str | None) -> bool:
    """Whether `word`, in lower case, has the form of a past participle that may follow its noun
    (`participles_after_noun`: "injured", "made"); False in a pack that lists none."""
    pattern = _rules(lang).after_noun
    return pattern is not None and pattern.fullmatch(_bare(word)) is not None


def is_copula(word: str, lang: str | None) -> bool:
    """Whether `word` is a form of "be" or the like: what follows it is what the clause says of its subject."""
    return _bare(word).lower() in _rules(lang).copulas


def main_verb(words: list[str], lang: str | None) -> int | None:
    """The index of the first finite verb among `words` that is not inside brackets, nor in a clause opened by a
    relative pronoun or subordinator (at the start or after a comma) up to its closing comma ("Lockheed Martin,
    which bought …, now plans", "Erst nachdem … ausgeschaltet war, schiffte"); after a relative pronoun that
    follows a noun with no comma (`relative_openers`), the first verb is the relative clause's and a later one in
    the same clause is the main verb ("the bridge which the city had planned … finally opened"), else the
    relative clause's is taken. None when there is none."""
    rule = _rules(lang)
    depth, dependent = 0, False
    relative, relative_verb = False, None  # a relative clause opened without a comma, and its verb once found
    for index, word in enumerate(words):
        depth += word.count("(") + word.count("[")
        bare = _bare(word).lower()
        if index == 0 or words[index - 1].endswith(","):
            # an article that is also a relative pronoun ("die", "der") opens a clause only after a comma
            dependent = bare in rule.dependent and (index > 0 or bare not in rule.determiners)
        elif relative_verb is None and bare in rule.relative_openers \
                and _bare(words[index - 1]).lower() not in rule.function_words:
            relative = True  # "the bridge which the city had planned …": after a noun, the relative clause's verb
        if relative_verb is not None and index > relative_verb and (
                words[index - 1].endswith((",", ";", ":")) or bare in rule.ends_clause):
            return relative_verb  # no main verb follows in the clause: the relative one is all there is
        if depth <= 0 and not dependent:
            kind = _finite_by(words, index, lang)
            if kind == "shape" and (_verb_follows(words, index, lang) or _inserted_participle(rule, words, index)
                                   or _absolute_participle(rule, words, index, lang)):
                continue
            if index and _bare(words[index - 1]).lower() in rule.opens_relative:
                continue
            if kind in ("listed", "shape") and index and is_agent_participle(words, index, lang):
                continue
            if kind is not None and relative and relative_verb is None:
                relative_verb = index
            elif kind is not None:
                return index
        depth = max(depth - word.count(")") - word.count("]"), 0)
    return relative_verb
