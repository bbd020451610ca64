"""Clauses that cannot be a chart label on their own, and the main clause they belong to.

A sentence is cut into clauses at commas before subordinators, relative pronouns and coordinators, and between
two dates (`timeline.clauses`). Some of those pieces have no finite verb of their own or need the clause they
depend on to be read:

- an infinitive group: "…, den Aufstand im September niederzuschlagen", "…, pour délibérer sur …", "…, to
  repatriate the child": no subject, no finite verb;
- a subordinate clause in a language whose subordinate clauses put the finite verb last (German): "…, dass
  die Preise weiter fallen werden" reads as a fragment with or without its "dass".

Such a clause takes its host: the nearest clause before it that is neither. The other way round, a main clause
whose predicate leaves its complement open ("Im Süden wurde klar", "Der Rat beschloss") takes the complement
clause after its comma (`with_complement`), and a clause before a colon the short quotation after it. The
grammar is pack data (`resources/<lang>/events.toml`, [labels]); the engine is the same for every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .clauses import Span
from .event_resources import load
from .finite_verbs import has_finite, is_finite
from .label_dates import _without_dates
from .label_rules import _label_rules, _within, _words_opening

_COMMA = re.compile(r",\s*")

@dataclass(frozen=True)
class DependentRules:
    subordinate: re.Pattern[str]  # a subordinator opening a clause ("dass", "nachdem", "when")
    subordinate_reads_alone: bool  # without its subordinator a subordinate clause reads as a main clause
    infinitive_openers: re.Pattern[str]  # "to", "pour", "afin de", "um", "ohne": what opens an infinitive group
    infinitive_marker: str  # "zu": the particle before an infinitive, or inside it after a separable prefix
    separable_prefixes: tuple[str, ...]  # "nieder", "auf", "zurück": before the marker inside one word
    infinitive_endings: tuple[str, ...]  # "er", "ir", "re": how an infinitive ends (empty: not told by its ending)
    infinitive_clitics: frozenset[str]  # "se", "ne", "not": words between the opener and its infinitive
    finite_auxiliaries: frozenset[str]  # "hat", "wurde", "kam": finite forms that are no infinitive
    not_infinitives: frozenset[str]  # words that cannot be the infinitive after an opener (articles, pronouns…)
    determiners: frozenset[str]
    subjects: frozenset[str]  # pronouns, articles and reflexives that open a subject after a finite verb
    coordinators: frozenset[str]
    leading: re.Pattern[str]  # one connective a label drops from its start ("und", "and", "et"), with .match
    stopwords: frozenset[str]
    complementizers: re.Pattern[str]  # "dass", "that": what opens a complement clause, with .match
    reported: frozenset[str]  # "sei", "habe": subjunctive finite forms that mark reported speech
    pronouns: frozenset[str]
    infinitive_nouns: frozenset[str]  # "Absicht", "Versuch": nouns whose infinitive complement follows a comma
    trailing: frozenset[str]  # function words that may end a clause after its verb: adverbs, pronouns ("nun", "sich")
    prepositions: frozenset[str]  # "bis", "während": a subordinator of a preposition's form may open a phrase


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


@cache
def rules(lang: str | None) -> DependentRules:
    data = load(lang)
    labels = data["labels"]
    leading = sorted(labels["leading"] + data["clauses"]["coordinators"], key=len, reverse=True)
    endings = tuple(labels.get("infinitive_endings", []))
    return DependentRules(
        subordinate=_words_opening(labels.get("subordinators", [])),
        subordinate_reads_alone=labels.get("subordinate_reads_alone", True),
        infinitive_openers=_words_opening(labels.get("infinitive_openers", [])),
        infinitive_marker=labels.get("infinitive_marker", ""),
        separable_prefixes=tuple(sorted(labels.get("separable_prefixes", []), key=len, reverse=True)),
        infinitive_endings=endings,
        infinitive_clitics=_lower(labels.get("infinitive_clitics", [])),
        # the pack's finite forms ([verbs] finite) that cannot be read as an infinitive
        finite_auxiliaries=frozenset(word for word in _lower(data.get("verbs", {}).get("finite", []))
                                     if not (endings and word.endswith(endings))),
        not_infinitives=_lower(labels["determiners"] + labels["pronouns"] + labels["date_prepositions"]
                              + labels.get("relatives", []) + data["clauses"]["coordinators"]),
        determiners=_lower(labels["determiners"]),
        subjects=_lower(labels["determiners"] + labels["pronouns"] + labels.get("clause_starts", [])),
        coordinators=_lower(data["clauses"]["coordinators"]),
        leading=re.compile(r"(?:" + "|".join(re.escape(word) for word in leading) + r")\b[\s,]*", re.IGNORECASE),
        stopwords=_lower(data["stopwords"]["words"] + labels["date_prepositions"]),
        complementizers=_words_opening(labels.get("complementizers", [])),
        reported=_lower(labels.get("reported_speech_verbs", [])),
        pronouns=_lower(labels["pronouns"]),
        infinitive_nouns=frozenset(labels.get("infinitive_nouns", [])),
        # no article, preposition or coordinator: after one, a noun or a clause is missing
        trailing=_lower(data["stopwords"]["words"]) - _lower(labels["determiners"] + labels["date_prepositions"]
                                                             + data["clauses"]["coordinators"]
                                                             + labels.get("subordinators", [])
                                                             + labels.get("complementizers", [])),
        prepositions=_lower(labels.get("prepositions", [])),
    )


def _bare(word: str) -> str:
    return word.strip(" ,;:.!?–—-„“\"'()»«")


def _infinitive(word: str, rule: DependentRules) -> bool:
    """Whether `word` has the form of an infinitive: a lower-case word with an infinitive ending (any lower-case
    word when the pack gives no endings)."""
    return word.isalpha() and word.islower() and word not in rule.not_infinitives and (
        not rule.infinitive_endings or word.endswith(rule.infinitive_endings) and len(word) > 3)


def marked_infinitive(words: list[str], rule: DependentRules) -> bool:
    """Whether `words` end with a marked infinitive: "zu begehen", or the marker inside the word after a
    separable prefix ("niederzuschlagen", "zurückzukehren")."""
    return marked_infinitive_words(words, rule) > 0


def marked_infinitive_words(words: list[str], rule: DependentRules) -> int:
    """How many words the marked infinitive that ends `words` takes: 2 ("zu begehen"), 1 ("niederzuschlagen"), or
    0 where they end with none."""
    marker = rule.infinitive_marker
    if not marker or not words:
        return 0
    last = _bare(words[-1])
    if len(words) > 1 and _bare(words[-2]).lower() == marker and _infinitive(last, rule):
        return 2
    for prefix in rule.separable_prefixes:
        if last.startswith(prefix + marker) and _infinitive(last[len(prefix) + len(marker):], rule):
            return 1
    return 0


def _finite_verb_free(words: list[str], rule: DependentRules) -> bool:
    """Whether no word before the final infinitive could be a finite verb: every lower-case word is a function
    word or stands right before a capitalized word (an adjective before its noun: "den ausgearbeiteten Plan")."""
    for k, word in enumerate(words[:-1]):
        bare = _bare(word)
        if not bare[:1].islower() or bare.lower() in rule.stopwords or bare.lower() == rule.infinitive_marker:
            continue
        following = _bare(words[k + 1]) if k + 1 < len(words) else ""
        if following[:1].isupper() or following.lower() == rule.infinitive_marker:
            continue
        return False
    return True


def _opened(clause: str, rule: DependentRules) -> str:
    """The clause without the connectives it opens with ("und", "and then"), one word at a time."""
    opened = clause.lstrip(" ,;:–—-")
    while (connective := rule.leading.match(opened)) and connective.group():
        if rule.subordinate.match(opened):
            break  # "als", "nachdem" are connectives a label drops, and subordinators
        opened = opened[connective.end():]
    return opened


def infinitive_group(clause: str, rule: DependentRules) -> bool:
    """Whether `clause` (a clause's text) is an infinitive group with no finite verb: it opens (after its
    connectives) with an opener and an infinitive ("to repatriate", "pour délibérer", "afin de se retirer"), or
    ends with a marked infinitive and opens with an opener, an article or a coordinator with no finite verb before
    the infinitive ("um … zu sehen", "den Aufstand … niederzuschlagen", "und … zum Kämpfen zurückzukehren")."""
    opened = _opened(clause, rule)
    opener = rule.infinitive_openers.match(opened)
    words = clause.split()
    if rule.infinitive_marker:
        if not marked_infinitive(words, rule):
            return False
        first = _bare(words[0]).lower()
        return bool(opener) or (first in rule.determiners or first in rule.coordinators) \
            and _finite_verb_free(words[1:], rule)
    if opener is None:
        return False
    after = opened[opener.end():].split()
    index = 0
    while index < len(after) - 1 and _bare(after[index]).lower() in rule.infinitive_clitics:
        index += 1  # "pour se retirer", "afin de ne pas", "to not"
    word = _bare(after[index]) if after else ""
    elided = word.split("'")[0] + "'" if "'" in word else ""
    if elided.lower() in rule.infinitive_clitics:  # "s'assurer", not "l'hiver"
        word = word[len(elided):]
    return _infinitive(word, rule)


def infinitive_clause(words: list[str], lang: str | None) -> bool:
    """Whether `words` (what follows a comma, up to the next) are an infinitive group, a clause of its own with
    no finite verb: `infinitive_group`, or a phrase ending in a marked infinitive ("sich bereits jetzt am
    Arbeitsmarkt umzuschauen")."""
    rule = rules(lang)
    return infinitive_group(" ".join(words), rule) or marked_infinitive(words, rule)


def verb_last_subordinate(clause: str, rule: DependentRules) -> bool:
    """Whether `clause` is a subordinate clause of a language whose subordinate clauses end with their finite
    verb: it opens with a subordinator (after connectives: "auch wenn") and ends with a lower-case word ("…, dass
    die Preise weiter fallen werden"). A capitalized last word tells a main clause opened by a preposition of the
    same form ("bis zum Herbst sanken die Exporte um 19 Prozent")."""
    if rule.subordinate_reads_alone:
        return False
    words = clause.split()
    last = _bare(words[-1]) if words else ""
    closing = clause.find(")")
    if not last[:1].islower() or not last.isalpha() or closing >= 0 and "(" not in clause[:closing]:
        return False  # "weil der Vater … hatte) sind Sportschützen ausgenommen worden": the clause ends at ")"
    subordinator = rule.subordinate.match(_opened(clause, rule))
    if subordinator is None or _main_clause_after_comma(clause, rule):
        return False
    following = _opened(clause, rule)[subordinator.end():].split()
    # "Als weitere Maßnahme hat der Verband …": an auxiliary with its subject after it stands second, as in a main
    # clause opened by a preposition of the subordinator's form; a subordinate clause ends with it (or its
    # verbs: "… kommen wird").
    return not any(_bare(word).lower() in rule.finite_auxiliaries and k + 2 < len(following)
                   and _opens_subject(_bare(following[k + 1]), rule) for k, word in enumerate(following))


def _opens_subject(word: str, rule: DependentRules) -> bool:
    """Whether `word` may open a subject after a finite verb: a pronoun, an article or a capitalized word."""
    return word[:1].isupper() or word.lower() in rule.subjects


def _main_clause_after_comma(clause: str, rule: DependentRules) -> bool:
    """Whether a main clause follows a comma inside `clause`, its finite verb first ("wenn …, fragt sie", "wie …,
    wird unvergessen bleiben"): an auxiliary, or a lower-case word that is no function word followed by a
    pronoun, an article or a capitalized word (its subject)."""
    for comma in re.finditer(r",\s+(\S+)(?:\s+(\S+))?", clause):
        first, second = _bare(comma.group(1)), _bare(comma.group(2) or "")
        if not first[:1].islower():
            continue
        if first in rule.finite_auxiliaries or first not in rule.stopwords and _opens_subject(second, rule):
            return True
    return False


def needs_host(clause: str, rule: DependentRules, lang: str | None = None) -> bool:
    """Whether `clause` (a clause's text) cannot be read without the clause it depends on: an infinitive group,
    an infinitive complement ("die Steuern zu senken und die Gebühren abzuschaffen"), or a subordinate clause
    with its verb last."""
    return infinitive_group(clause, rule) or verb_last_subordinate(clause, rule) \
        or infinitive_complement(clause, rule, lang)


def with_host(text: str, clauses: list[Span], index: int, span: Span, label: str, lang: str | None) -> Span | None:
    """`span` (the label's text, around clause `index`; `label` its words without their dates) with the clause it
    depends on, when it cannot be read alone, with or without its dates ("à 20 h, pour délibérer …"): from the
    nearest clause before it that can. None when it can be read alone, or no clause before it can (a subordinate
    clause opening the sentence is left as it is: what follows it is often a parenthesis or another clause, and
    the label would tell that one's event)."""
    rule = rules(lang)
    if not needs_host(text[span[0]:span[1]], rule, lang) and not (label and needs_host(label, rule, lang)):
        return None
    for k in range(index - 1, -1, -1):
        host = text[clauses[k][0]:clauses[k][1]]
        if any(_bare(word).lower() not in rule.stopwords for word in host.split()) and not needs_host(host, rule, lang):
            return min(clauses[k][0], span[0]), span[1]  # a host tells something: not "sondern auch"
    return None


QUOTATION_WORDS = 6  # words of a quotation after a colon that a label keeps with the clause before it

_QUOTES = {"»": "«", "«": "»", "„": "“", "“": "”", "\"": "\"", "‚": "‘", "‘": "’"}  # opening mark: its closing one


def _quotation(clause: str) -> bool:
    """Whether `clause` (what follows a colon) is a short quotation, whole: an opening quotation mark, at most
    QUOTATION_WORDS words, and its closing mark at the end ("…: »Waffenrecht verschärft«."), as headlines, slogans and
    short statements are quoted: what the clause before the colon says, wrote or chanted."""
    quoted = clause.strip().rstrip(".!?;,")
    closing = _QUOTES.get(quoted[:1])
    return closing is not None and len(quoted) > 2 and quoted.endswith(closing) \
        and closing not in quoted[1:-1] and len(quoted.split()) <= QUOTATION_WORDS


PREDICATE_REACH = 8  # last words of a clause read for the predicate a complement clause after it completes
PREDICATE_WINDOW = 400  # characters at a clause's end its dates are cut from before its predicate is read


def complement_clause(clause: str, rule: DependentRules, lang: str | None = None) -> bool:
    """Whether `clause` (what follows a comma) is a complement clause, the subject or object of a predicate before
    it: it opens with a complementizer ("dass", "that"), or is an infinitive group with no opener of its own, in a
    language that marks its infinitives ("die Stadt einzunehmen", not "um die Stadt einzunehmen", which tells a
    purpose; `infinitive_complement`)."""
    opened = _opened(clause, rule)
    if rule.complementizers.match(opened):
        return True
    return bool(rule.infinitive_marker) and rule.infinitive_openers.match(opened) is None \
        and (infinitive_group(clause, rule) or infinitive_complement(clause, rule, lang))


def infinitive_complement(clause: str, rule: DependentRules, lang: str | None) -> bool:
    """Whether `clause` (what follows a comma) is an infinitive clause that completes a predicate or noun before
    it, whatever its first word ("sich die Kontrolle … zu erkämpfen", "unter Bruch der Verträge den Krieg
    auszudehnen", "noch heuer die Steuern zu senken"): in a language that marks its infinitives, it ends with a
    marked infinitive, opens with no opener ("um", "ohne": a purpose, a manner), subordinator or complementizer,
    and no word before its infinitive reads as a finite verb (a lower-case word before a capitalized one is an
    adjective: "die bereits erwähnte Stadt"), which would make it a main clause ("er hatte nichts zu verlieren").
    A clause holding a comma is left to the callers, which read it up to that comma."""
    if not rule.infinitive_marker or "," in clause:
        return False  # a comma inside: another clause follows or is embedded ("…, um … zu bringen")
    words = clause.split()
    opened = _opened(clause, rule)
    # (a subordinator of a preposition's form opens a phrase here: a subordinate clause ends in its finite verb,
    # not in an infinitive: "…, bis März ein Gutachten zu liefern")
    if not marked_infinitive(words, rule) or rule.infinitive_openers.match(opened) \
            or rule.subordinate.match(opened) and not _preposition_subordinator(opened, rule) \
            or rule.complementizers.match(opened):
        return False
    return not any(is_finite(words, k, lang) and not _bare(words[k + 1])[:1].isupper()
                   for k in range(len(words) - 1))


def preposition_before_infinitive(clause: str, lang: str | None) -> bool:
    """Whether `clause` opens with a subordinator of a preposition's form and is, up to its first comma, an
    infinitive group (`infinitive_complement`): the word is the preposition of its first phrase ("während einer
    Regenperiode die Armee zu umgehen"), which a label keeps."""
    rule = rules(lang)
    comma = clause.find(",", len(clause) - len(clause.lstrip(" ,;:–—-")))
    return _preposition_subordinator(clause.lstrip(" ,;:–—-"), rule) \
        and infinitive_complement(clause[:comma] if comma >= 0 else clause, rule, lang)


def _preposition_subordinator(opened: str, rule: DependentRules) -> bool:
    """Whether `opened` opens with a subordinator of a preposition's form ("bis", "während")."""
    subordinator = rule.subordinate.match(opened)
    return subordinator is not None and subordinator.group().lower() in rule.prepositions


TRAILING_WORDS = 3  # adverbs and pronouns that may follow the finite verb that ends a clause ("versuchte es nun")
SUBJECT_WORDS = 4  # words of a subject after the finite verb that ends a clause ("beschloss die neue Regierung")


def _attributive(words: list[str], index: int, rule: DependentRules, lang: str | None) -> bool:
    """Whether words[index] is an adjective inside a noun phrase after a finite verb ("die französische
    Nationalversammlung"): a lower-case word, no function word nor finite verb, between an article or pronoun
    and a capitalized word."""
    word = _bare(words[index])
    return 0 < index < len(words) - 1 and word.isalpha() and word.islower() and word not in rule.stopwords \
        and _bare(words[index + 1])[:1].isupper() and not is_finite(words, index, lang) \
        and _bare(words[index - 1]).lower() in rule.determiners | rule.pronouns


def open_predicate(clause: str, lang: str | None) -> bool:
    """Whether `clause` (a main clause's text) ends with a predicate still open for a complement: its finite verb
    ends it, alone or with its subject after it in a verb-second clause ("Die Regierung beschloss", "Im Mai
    beschloss der Rat"), or a lower-case word that is no function word (the participle, adjective or particle that
    closes a clause whose finite verb stands before: "Im Süden wurde klar", "Derzeit ist nicht geplant", "Der
    Minister hat angekündigt", "Die Stadt gab bekannt"), or a separable particle ("kündigte an"). Only the last
    PREDICATE_REACH words are read."""
    rule = rules(lang)
    words = clause.split()[-PREDICATE_REACH:]
    # from the last comma on: what stands before it is another phrase ("Nach langem Streit, der …, beschloss")
    words = words[max((k + 1 for k, word in enumerate(words[:-1]) if word.endswith((",", ";", ":"))), default=0):]
    last = _bare(words[-1]) if words else ""
    if not last.isalpha() or not last.islower():
        subject = len(words)  # a subject after the verb: articles, pronouns, nouns and names, and adjectives
        while subject > 0 and (_bare(words[subject - 1])[:1].isupper() and subject > 1
                               or _bare(words[subject - 1]).lower() in rule.determiners | rule.pronouns
                               or _attributive(words, subject - 1, rule, lang)):
            subject -= 1
        return 0 < subject < len(words) and len(words) - subject <= SUBJECT_WORDS \
            and words[subject - 1][:1].islower() and is_finite(words, subject - 1, lang)
    if is_finite(words, len(words) - 1, lang):
        return True
    # adverbs and pronouns after the finite verb ("Man versuchte nun", "Er weigerte sich", "Es gelang ihm")
    verb = len(words) - 1
    while verb > 0 and len(words) - verb <= TRAILING_WORDS and _bare(words[verb]) in rule.trailing:
        verb -= 1
        if is_finite(words, verb, lang):
            return True
    particle = last in rule.separable_prefixes
    return (particle or last not in rule.stopwords) \
        and has_finite(words, lang, 0, len(words) - 1)


def _after_middle_field(complement: str, rule: DependentRules, lang: str | None) -> bool:
    """Whether `complement` (what follows a comma) is a clause that completes its host's verb or a noun of it
    however long the middle field between that verb and the comma: one a complementizer opens ("…, dass"), or an
    infinitive group with no opener (`complement_clause`, read up to its own comma: "Der Rat beschloss unter dem
    neuen Bürgermeister, die Brücke abzureißen"), which in a language that marks its infinitives is always some
    word's complement, never a clause of its own; an opener ("um", "ohne") tells a purpose or manner instead."""
    if rule.complementizers.match(_opened(complement, rule)):
        return True
    comma = complement.find(",")
    return complement_clause(complement[:comma] if comma > 0 else complement, rule, lang)


REPORTED_SUBJECT_WORDS = 6  # words of a reported clause's subject ("die Gespräche mit der Opposition")


def reported_speech(clause: str, rule: DependentRules, lang: str | None) -> bool:
    """Whether `clause` (what follows a comma) is reported speech that no complementizer opens: a verb-second
    clause whose finite verb is a subjunctive of the pack's `reported_speech_verbs`, after a subject of at most
    REPORTED_SUBJECT_WORDS words that ends in a pronoun or a noun ("die Einigung sei ein Erfolg", "man habe alles
    versucht"), with words after that verb. Not a relative clause: it ends in its verb ("…, die offen sei"), or in
    a double infinitive after it ("…, die er hätte sehen können": lower-case verbs up to a finite form); nor a main
    clause a coordinator joins ("…, aber ich habe …")."""
    words = clause.split()
    if not words or _bare(words[0]).lower() in rule.coordinators:
        return False
    for index, word in enumerate(words[1:REPORTED_SUBJECT_WORDS + 1], start=1):
        before = words[index - 1]
        if before != _bare(before):
            return False  # a comma or a mark inside the subject: no plain subject
        if word.lower() not in rule.reported:
            continue
        rest = [_bare(later) for later in words[index + 1:]]
        if not rest or rest[0].lower() in rule.coordinators:
            return False
        cluster = all(later.isalpha() and later.islower() for later in rest) \
            and is_finite(rest, len(rest) - 1, lang, opening=False)
        return not cluster and (before[:1].isupper() or before.lower() in rule.pronouns)
    return False


def with_complement(text: str, clauses: list[Span], index: int, span: Span, lang: str | None,
                    dates: list[Span] | None = None) -> Span | None:
    """`span` (a label's text, ending with clause `index`) with the complement clause after its comma, when the
    clause before it leaves open what that complement tells: it holds a correlate that stands for an infinitive
    group after it ("Es gelang den Truppen, die Stadt einzunehmen"; "Die Bürger hatten es vorgezogen, den Plan
    abzulehnen"; "Der Rat entschied sich dazu, den Bau zu verschieben"), or it ends with a predicate open for a
    complement clause (`open_predicate`) and a complement clause follows (`complement_clause`: "Im Süden wurde
    klar, dass die Vorräte knapp waren"; "Der Rat beschloss, den Bau zu verschieben"), or it has a finite verb and
    a complementizer or an infinitive group with no opener follows it (`_after_middle_field`: "Der Rat befahl in
    seinem Erlass, dass …"; "Der Rat beschloss unter dem Kanzler, die Brücke abzureißen": after any middle field):
    the complement tells what succeeded, what was decided, what became clear; or it has a verb and a colon
    and a short quotation follow (`_quotation`: "Am Morgen lauteten die Schlagzeilen: »Regierung gestürzt«"). None
    otherwise. `dates` (sorted) are left out of the clause when its predicate is read ("Der Rat beschloss am Montag,
    …")."""
    if index + 1 >= len(clauses) or span[1] != clauses[index][1]:
        return None
    following = clauses[index + 1]
    between = text[span[1]:following[0]].strip()
    if between == ":" and _quotation(text[following[0]:following[1]]):
        # a clause with a verb that the quotation completes: not a heading ("ZDF, Samstag: »Titel«")
        host = text[clauses[index][0]:clauses[index][1]].split()[-2 * PREDICATE_REACH:]
        return (span[0], following[1]) if has_finite(host, lang) else None
    if between != ",":
        return None
    rule = rules(lang)
    complement = text[following[0]:following[1]]
    correlates = _label_rules(lang).correlates  # words that stand for a complement clause after their own
    if correlates and any(_bare(word).lower() in correlates for word in text[span[0]:span[1]].split()) \
            and (infinitive_group(complement, rule) or infinitive_complement(complement, rule, lang)):
        return span[0], following[1]
    # the predicate read without its dates: "Man versuchte am 3. Mai, …" ends with its verb (from a window of the
    # clause's end, so that a long clause with many dates costs no more per label)
    start, end = clauses[index]
    if end - start > PREDICATE_WINDOW:
        start = max(start, text.find(" ", end - PREDICATE_WINDOW, end) + 1)
    inside = _within(dates, (start, end)) if dates else []
    predicate = _without_dates(text, (start, end), inside, lang) if inside else text[start:end]
    # a clause a complementizer opens ("…, dass") stands after the middle field of its host's verb, however long
    # ("Am Montag sagte der Minister der Verteidigung dem Presseclub, dass …"): what was said, ordered or found
    # reported speech stands after the middle field too ("Der Minister sagte dem Presseclub, die Lage sei ernst")
    reported = reported_speech(complement, rule, lang)
    if not open_predicate(predicate, lang) and not (
            (reported or _after_middle_field(complement, rule, lang)) and has_finite(predicate.split(), lang)):
        return None
    if reported or complement_clause(complement, rule, lang):
        # without a report closing it ("…, dass wir weitere Flächen freigeben“, sagt der Bürgermeister")
        reporting = _label_rules(lang).reporting
        report = next((comma.start() for comma in _COMMA.finditer(complement)
                       if reporting.match(complement, comma.end())), len(complement))
        return span[0], following[0] + report
    # an infinitive group the clause cutter left joined to a clause after it ("…, den Bau zu verschieben, was …"):
    # up to its comma (a complementizer's clause may hold commas of its own: "dass der Plan, den …, scheitert")
    comma = complement.find(",")
    if comma > 0 and not rule.complementizers.match(_opened(complement, rule)) \
            and complement_clause(complement[:comma], rule, lang):
        return span[0], following[0] + comma
    return None
