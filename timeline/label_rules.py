"""The label rules of a language and what the label modules share.

`_label_rules` reads a language's event pack (`[labels]`, `[clauses]`, `[stopwords]`, ...) into one `_LabelRules`:
the words that govern a date, open a phrase or start a clause, and the language's word order. Beside them: the
chart's word budget (LABEL_WORDS), what counts as a word (`_WORD`) and as a content word (neither a function word
nor a number: a word that can tell what happened), which dates lie in a span and which comes next (`_next_date`).
Kept apart so that `timeline.label_dates`, `timeline.labels` and `timeline.events` read them from one place without
importing each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from .clauses import Span, _alternation
from .event_resources import any_pattern, available, load

LABEL_WORDS = 12
MIN_LABEL_WORDS = 2  # a thinner label ("Began") is told with the end of the clause before it
_WORD = re.compile(r"[^\W_][\w'’\-]*")

# A possessive right after a date ("Thursday's hearing", "today's computers"): the date belongs to the noun after it.
POSSESSIVE_AFTER = re.compile(r"['’]s\b")


@dataclass(frozen=True)
class Inversion:
    """A verb-second language's `[labels.inversion]`, read once: the words around a finite verb and its subject."""

    genitive: frozenset[str]  # articles of a genitive after a noun: "des", "der"
    not_verbs: frozenset[str]  # lower-case words that open a clause and are no finite verb: "in", "auch", "es"
    before_subject: frozenset[str]  # object pronouns and adverbs between a verb and its subject: "sich", "wieder"
    ambiguous_after_subject: frozenset[str]  # words that may go on with a subject or open the verb's phrase: "von"
    plural_endings: tuple[str, ...]  # of a plural finite verb: "en"
    singular_pronouns: frozenset[str]  # no subject of a plural verb: "es"
    place_adjectives: tuple[str, ...]  # endings of a capitalized adjective made from a place name: "er"
    genitive_endings: tuple[str, ...]  # endings of an adjective in a genitive without article: "er"
    name_links: frozenset[str]  # foreign lower-case words inside a name: "of" ("Committee of Imperial Defence")
    bare_plural_endings: tuple[str, ...]  # of an adjective before a plural subject without article: "e"
    bare_dative_endings: tuple[str, ...]  # of an adjective before a plural dative without article: "en"
    bare_not_adjectives: frozenset[str]  # adverbs with such an ending: "gerade"


def _inversion(table: dict) -> Inversion:
    return Inversion(
        genitive=frozenset(table["genitive"]),
        not_verbs=frozenset(table["not_verbs"]),
        before_subject=frozenset(table.get("before_subject", ())),
        ambiguous_after_subject=frozenset(table.get("ambiguous_after_subject", ())),
        plural_endings=tuple(table.get("plural_endings", ())),
        singular_pronouns=frozenset(table.get("singular_pronouns", ())),
        place_adjectives=tuple(table.get("place_adjectives", ())),
        genitive_endings=tuple(table.get("genitive_endings", ())),
        name_links=frozenset(table.get("name_links", ())),
        bare_plural_endings=tuple(table.get("bare_plural_endings", ())),
        bare_dative_endings=tuple(table.get("bare_dative_endings", ())),
        bare_not_adjectives=frozenset(table.get("bare_not_adjectives", ())),
    )


@dataclass(frozen=True)
class _LabelRules:
    preposition_before: re.Pattern[str]  # "im ", "seit ", "Ende " right before a date
    preposition_opening: re.Pattern[str]  # a date that starts with its own preposition: "am Morgen des 26. Mai"
    commas_before_subject: re.Pattern[str]  # the commas of a cut date before a subject pronoun (", , he signed")
    postposition_after: re.Pattern[str]  # " lang", " ago" right after a date
    postposition_after_article: re.Pattern[str]  # " über" after a date with an article alone: "den Sommer über"
    date_noun_links: frozenset[str]  # "of", "des": a date after one and a noun belongs to that noun's phrase
    period_end_links: frozenset[str]  # "ended": a period and the date that ends it are one phrase
    event_time_nouns: frozenset[str]  # "eve", "Vorabend": a time named by the event in a genitive after it
    day_parts: frozenset[str]  # "nights": a noun of a part of the day that a weekday before it modifies
    # ("weder", "noch"), ("neither", "nor"): pairs that coordinate (not `[clauses] correlatives`: "desto")
    correlative_pairs: frozenset[tuple[str, str]]
    event_genitive_openers: frozenset[str]  # "of", "seines", "de": what opens that genitive
    unstacked_prepositions: frozenset[str]  # "in", "on", "at": one takes no other before the date it governs
    prepositionless_date: re.Pattern[str]  # "last week", "yesterday": a date that takes none of them
    limits: frozenset[str]  # "until", "bis": a date that ends a span of time
    negation: re.Pattern[str]  # "not", "nicht", "ne": with a limit, the date is what the clause says
    exception: re.Pattern[str]  # "except ", "außer " right before the words governing a date
    duration_verbs: frozenset[str]  # "lasted", "dauerte": a date governed right after one is the verb's object
    # "dates back to", "remonte à", "stammt aus dem": a verb and the words that govern its complement of time
    time_complements: re.Pattern[str]
    # finite auxiliaries and modals whose participle or infinitive closes the clause ("wurde … erhöht")
    bracket_verbs: frozenset[str]
    passive_auxiliaries: frozenset[str]  # "wurde": a predicate it governs takes no accusative object
    # articles that open a nominative or accusative only ("die", "das"), after `nominative_articles`
    nominative_only: frozenset[str]
    # articles that never open a nominative ("dem", "den", "einem"), after `nominative_articles`: no subject
    oblique_articles: frozenset[str]
    verb_second_coordinators: frozenset[str]  # "und", "denn": a main clause in verb-second order may follow one
    loose: frozenset[str]  # adverbs and connectives a date may follow and still be cut ("Auch 2021", "erstmals 2020")
    leading: re.Pattern[str]
    trailing: frozenset[str]  # words left dangling at the end of a label once its date is cut out
    range_between: re.Pattern[str]  # what joins the two ends of a range: "–", "/", "bis", "et"
    opened_range_words: dict[str, frozenset[str]]  # "à": joins a range opened by "de" ("de 2015 à 2017")
    range_start_before: re.Pattern[str]  # a bare day or year opening a range or list right before a date: "les 6 et "
    stopwords: frozenset[str]
    openers: re.Pattern[str]  # prepositions that open an introductory phrase set off by a comma ("In", "Dans")
    correlates: frozenset[str]  # "es", "dazu": they stand for a complement clause after their own
    participles: re.Pattern[str]  # a participle's shape ("angered", "irrités"): it may open such a phrase too
    clause_words: frozenset[str]  # words that start a clause or phrase of their own: pronouns, prepositions...
    pronouns: frozenset[str]
    determiners: frozenset[str]
    relatives: frozenset[str]
    coordinators: frozenset[str]  # "and", "und", "et"
    conjunctions: frozenset[str]  # the plain ones, that also join a range's ends: "and", "und", "et"
    coordinated_word: re.Pattern[str]  # a plain conjunction and one word that close a phrase: " and winter."
    noun_links: frozenset[str]  # words that tie two noun phrases into one ("of", "du", "des")
    noun_agents: frozenset[str]  # "durch": closing a clause after a noun, its phrase names the agent of that noun
    particles: frozenset[str]  # lower-case words inside a name ("de", "von", "van")
    adverb_endings: tuple[str, ...]  # a lower-case word ending so is no verb ("schließlich")
    separable_prefixes: tuple[str, ...]  # "aus" in "ausrief", longest first
    inseparable_prefixes: frozenset[str]  # "unter": inseparable with most stems ("unterzeichnete")
    verb_second: bool  # a main clause's finite verb stands second (a pack with `[labels.inversion]`)
    inversion: Inversion | None  # that pack's `[labels.inversion]`, for a language with a pack of its own
    embedded_openers: frozenset[str]  # words that open a clause inside another without a comma ("that")
    relative_subjects: dict[str, str]  # "der" -> "er": a relative pronoun as subject, and the pronoun it becomes
    prepositions: frozenset[str]  # "in", "of", "bei": a phrase of its own starts with one
    capitalised_names: bool  # capitals mark names (not every noun, as in German)
    dependent: re.Pattern[str]  # a relative pronoun or subordinator opening a clause ("which", "wenn", "lorsque")
    subordinate: re.Pattern[str]  # a subordinator opening a clause ("if", "nachdem", "lorsque")
    clause_subordinators: frozenset[str]  # subordinators that open a clause wherever they stand ("dass")
    reporting: re.Pattern[str]  # a verb reporting speech ("said", "sagte", "a déclaré"), searched for
    verb_final: bool  # a long clause's verb stands at its end: a label cut for the chart keeps its last words
    comparison: frozenset[str]  # "than", "als", "comme": a date closing the clause after one is what is compared
    dangling: frozenset[str]  # prepositions that govern no date ("mit", "with"): cut, a date would leave one alone
    continuation: re.Pattern[str]  # " desselben Jahres", " of that year" right after a date: part of it
    sameness: frozenset[str]  # "same", "selben", "même": a date with one is compared with what follows "as"
    closed_prepositions: frozenset[str]  # the closed class, single words, that take an object after them
    all_prepositions: frozenset[str]  # the closed class (`[labels] prepositions`, any length) and `prepositions`
    single_prepositions: frozenset[str]  # the closed class (`[labels] prepositions`), single words: "mit", "aus"
    # single-word prepositions and openers that open no infinitive group ("devant", "in"; not "to", "pour", "um")
    phrase_prepositions: frozenset[str]
    # the words that open a phrase of their own after a number: articles, pronouns, those prepositions,
    # coordinators, relative pronouns ("358,000 | a month" is two phrases, "217 | lives" one)
    phrase_openers: frozenset[str]
    participle: re.Pattern[str] | None  # a declined participle ("währenden"): `[event_nouns] participle_shape`
    attribute: re.Pattern[str] | None  # a declined adjective or participle before its noun: `attribute_shape`
    noun_markers: frozenset[str]  # words before a noun phrase (`[actors] noun_markers`): "diesem", "im"
    hyphenated_modify: bool  # a hyphenated date ("fourth-quarter") before a noun is an adjective of it
    sentence_adverbs: frozenset[str]  # "jedoch", "however", "cependant": a long label drops them first
    command_phrases: tuple[tuple[str, ...], ...]  # "unter dem Kommando", "under the command of": words, lower case
    role_openers: frozenset[str]  # "als": opens the role someone acts in ("als Chef des Stabes")
    quantifiers: frozenset[str]  # "seven", "few", "plusieurs": words of number that stand before their noun
    # whether every adjective stands before its noun ("the first three former countries"); where most follow it,
    # `prenominal_modifiers` are those that stand before it ("le même homme", "un rang peu élevé")
    modifiers_before_noun: bool
    prenominal_modifiers: frozenset[str]
    lang: str | None


def _words_opening(words: list[str]) -> re.Pattern[str]:
    """One of `words` at the start (used with .match); an elided form ("qu'", "lorsqu’") ends in its apostrophe,
    a whole word needs a boundary after it."""
    return re.compile("|".join(
        re.escape(word) + ("" if word.endswith(("'", "’")) else r"\b")
        for word in sorted(words, key=len, reverse=True)
    ) or r"(?!)", re.IGNORECASE)


def _negation(words: list[str]) -> re.Pattern[str]:
    """One of the negation words anywhere in a text: a whole word, except that a contracted one is part of its
    verb ("wasn't") and an elided one runs into the verb after it ("n'a")."""
    def pattern(word: str) -> str:
        before = "" if "'" in word[:-1] or "’" in word[:-1] else r"(?<![^\W_])"
        after = "" if word.endswith(("'", "’")) else r"(?![^\W_])"
        return before + re.escape(word) + after
    return re.compile("|".join(map(pattern, words)) or r"(?!)", re.IGNORECASE)


_ESCAPED_SPACE = re.escape(" ")


def _name_ahead(particles: list[str]) -> str:
    """A lookahead that fails where a capitalized word, a name particle and a capitalized word start: the first
    word of a name ("First of America"), not a leading word to drop. Empty without particles."""
    if not particles:
        return ""
    return rf"(?!(?-i:[A-Z]\w*\s+(?:{_alternation(particles)})\s+[A-Z]))"


@cache
def _label_rules(lang: str | None) -> _LabelRules:
    data = load(lang)
    labels = data["labels"]
    articles = {word.lower() for word in labels["determiners"]}
    prepositions = [word for word in labels["date_prepositions"] if word.lower() not in articles]
    range_words = _alternation(labels.get("range_words", []))
    conjunctions = frozenset(word.lower() for word in labels.get("range_words", []) if word.isalpha()) \
        & frozenset(word.lower() for word in data["clauses"]["coordinators"])
    # single words that govern a date, open a phrase or tie a noun
    governing = frozenset(word.lower() for word in labels.get("openers", []) + labels.get("noun_links", [])
                          + prepositions if " " not in word)
    # single-word prepositions of the closed class (and openers), and those that may also close a phrase
    closed = frozenset(word.lower() for word in labels.get("prepositions", []) + labels.get("openers", [])
                       if " " not in word)
    phrase_final = frozenset(word.lower() for word in labels.get("phrase_final_prepositions", []))
    pronouns = frozenset(word.lower() for word in labels["pronouns"])
    determiners = frozenset(word.lower() for word in labels["determiners"])
    relatives = frozenset(word.lower() for word in labels.get("relatives", []))
    coordinators = frozenset(word.lower() for word in data["clauses"]["coordinators"])
    single_prepositions = frozenset(word.lower() for word in labels.get("prepositions", []) if " " not in word)
    complements = any_pattern(labels.get("time_complement_verbs", []))
    return _LabelRules(
        preposition_before=re.compile(rf"(?:\b(?:{_alternation(labels['date_prepositions'])})\s+)+$", re.IGNORECASE),
        commas_before_subject=re.compile(rf",(?:\s*,)+(?=\s*(?:{_alternation(labels['pronouns'])})\b)"),
        # "mi-avril", "mid-December": a boundary word opens its date with a hyphen as with a space
        preposition_opening=re.compile(rf"(?:{_alternation(prepositions)})[\s-]", re.IGNORECASE),
        postposition_after=re.compile(rf"\s+(?:{_alternation(labels['date_postpositions'])})\b", re.IGNORECASE)
        if labels.get("date_postpositions") else re.compile(r"(?!)"),
        postposition_after_article=re.compile(
            rf"\s+(?:{_alternation(labels['date_postpositions_after_article'])})\b(?!\s*\d)", re.IGNORECASE)
        if labels.get("date_postpositions_after_article") else re.compile(r"(?!)"),
        date_noun_links=frozenset(word.lower() for word in labels.get("date_noun_links", [])),
        period_end_links=frozenset(word.lower() for word in labels.get("period_end_links", [])),
        event_time_nouns=frozenset(word.lower() for word in labels.get("event_time_nouns", [])),
        day_parts=frozenset(word.lower() for word in labels.get("day_parts", [])),
        correlative_pairs=frozenset((pair.split()[0].lower(), pair.split()[1].lower())
                                    for pair in labels.get("correlative_pairs", [])),
        event_genitive_openers=frozenset(word.lower() for word in labels.get("event_genitive_openers", [])),
        unstacked_prepositions=frozenset(word.lower() for word in labels.get("unstacked_prepositions", [])),
        prepositionless_date=re.compile(labels.get("prepositionless_dates", r"(?!)"), re.IGNORECASE),
        limits=frozenset(word.lower() for word in labels.get("limit_prepositions", [])),
        negation=_negation(labels.get("negations", [])),
        duration_verbs=frozenset(word.lower() for word in labels.get("duration_verbs", [])),
        time_complements=re.compile(rf"\b(?:{complements.pattern})(?!\w)", re.IGNORECASE) if complements
        else re.compile(r"(?!)"),
        bracket_verbs=frozenset(word.lower() for word in labels.get("bracket_verbs", [])),
        passive_auxiliaries=frozenset(word.lower() for word in labels.get("passive_auxiliaries", [])),
        nominative_only=frozenset(article for article, forms in labels.get("nominative_articles", {}).items()
                                  if {form.partition(":")[2] for form in forms.split()} == {article}),
        oblique_articles=frozenset(article for article, forms in labels.get("nominative_articles", {}).items()
                                   if article not in {form.partition(":")[2] for form in forms.split()}),
        exception=re.compile(rf"\b(?:{_alternation(labels['exception_prepositions'])})\s*$", re.IGNORECASE)
        if labels.get("exception_prepositions") else re.compile(r"(?!)"),
        verb_second_coordinators=frozenset(word.lower()
                                           for word in labels.get("inversion", {}).get("coordinators", [])),
        loose=frozenset(word.lower() for word in labels["leading"]),
        # a leading word goes with its contraction or not at all ("That's likely helped ..." keeps "That's"), and
        # a capitalized one that a name particle ties to a capitalized word is a name's ("First of America")
        leading=re.compile(rf"^(?:[\W_]*\b{_name_ahead(data['actors'].get('name_particles', []))}"
                           rf"(?:{_alternation(labels['leading'])})\b(?!['’]\w))+[\W_]*", re.IGNORECASE),
        trailing=frozenset(word.lower() for word in labels["date_prepositions"] + data["clauses"]["coordinators"]),
        # (a year joined to the date by a slash or dash, "um 449/448 v. Chr.", "1914–1918", opens its range too)
        range_start_before=re.compile(
            rf"(?:\b\d{{1,2}}\.?\s*(?:[-–—/]|(?:{range_words})\b)|\b\d{{3,4}}[-–—/])\s*$" if range_words
            else r"(?:\b\d{1,2}\.?\s*[-–—/]|\b\d{3,4}[-–—/])\s*$", re.IGNORECASE),
        opened_range_words={word.lower(): frozenset(opening.lower() for opening in openings)
                            for word, openings in labels.get("opened_range_words", {}).items()},
        range_between=re.compile(rf"\s*(?:[-–—/]|(?:{range_words})\b)\s*"
                                 if range_words else r"\s*[-–—/]\s*", re.IGNORECASE),
        stopwords=frozenset(word.lower() for word in data["stopwords"]["words"])
        | frozenset(word.lower() for word in labels["date_prepositions"]),
        pronouns=pronouns,
        determiners=determiners,
        clause_words=frozenset(word.lower() for word in labels["pronouns"] + labels["determiners"]
                               + labels.get("clause_starts", [])
                               + labels["date_prepositions"] + labels.get("openers", [])
                               + data["clauses"]["coordinators"] + data["clauses"]["after_comma"]),
        openers=re.compile(rf"(?:{_alternation(labels['openers'])})\b", re.IGNORECASE)
        if labels.get("openers") else re.compile(r"(?!)"),
        correlates=frozenset(word.lower() for word in labels.get("correlates", [])),
        participles=any_pattern(labels.get("participle_shapes", [])) or re.compile(r"(?!)"),
        relatives=relatives,
        coordinators=coordinators,
        conjunctions=conjunctions,
        coordinated_word=re.compile(
            rf"\s+(?:{'|'.join(map(re.escape, conjunctions))})\s+[^\W\d_][\w'’-]*(?=\s*(?:[.,;:]|$))", re.IGNORECASE)
        if conjunctions else re.compile(r"(?!)"),
        noun_links=frozenset(word.lower() for word in labels.get("noun_links", [])),
        noun_agents=frozenset(word.lower() for word in labels.get("noun_agents", [])),
        particles=frozenset(word.lower() for word in data["actors"].get("name_particles", [])),
        adverb_endings=tuple(data.get("verbs", {}).get("adverb_endings", [])),
        separable_prefixes=tuple(sorted(labels.get("separable_prefixes", []), key=len, reverse=True)),
        inseparable_prefixes=frozenset(labels.get("inseparable_prefixes", [])),
        verb_second="inversion" in labels,
        inversion=_inversion(labels["inversion"]) if labels.get("inversion") and lang in available() else None,
        embedded_openers=frozenset(word.lower() for word in labels.get("embedded_openers", [])),
        relative_subjects=labels.get("relative_subjects", {}),
        prepositions=governing,
        capitalised_names=data["actors"]["capitalised_names"],
        dependent=_words_opening(labels.get("relatives", []) + labels.get("subordinators", [])),
        subordinate=_words_opening(labels.get("subordinators", [])),
        clause_subordinators=frozenset(word.lower() for word in labels.get("clause_subordinators", [])),
        reporting=re.compile(rf"\b(?:{_alternation(data['merge']['reporting_after'])})\b", re.IGNORECASE)
        if data.get("merge", {}).get("reporting_after") else re.compile(r"(?!)"),
        verb_final=labels.get("verb_final", False),
        comparison=frozenset(word.lower() for word in labels.get("comparison_particles", [])),
        dangling=(closed | frozenset(word.lower() for word in labels.get("noun_links", []) if " " not in word))
        - frozenset(word.lower() for word in labels["date_prepositions"]) - phrase_final,
        # the words of a phrase may stand apart by any space, a line break too
        continuation=re.compile(r"\s+(?:" + _alternation(labels["date_continuations"]).replace(_ESCAPED_SPACE, r"\s+")
                                + r")(?![\w'’-])", re.IGNORECASE)
        if labels.get("date_continuations") else re.compile(r"(?!)"),
        sameness=frozenset(word.lower() for word in labels.get("sameness", [])),
        closed_prepositions=closed - phrase_final,
        all_prepositions=frozenset(word.lower() for word in labels.get("prepositions", [])) | governing,
        single_prepositions=single_prepositions,
        phrase_prepositions=closed - frozenset(word.lower() for word in labels.get("infinitive_openers", [])),
        phrase_openers=determiners | pronouns | single_prepositions | coordinators | relatives,
        participle=re.compile(data["event_nouns"]["participle_shape"])
        if data.get("event_nouns", {}).get("participle_shape") else None,
        attribute=re.compile(data["event_nouns"]["attribute_shape"])
        if data.get("event_nouns", {}).get("attribute_shape") else None,
        noun_markers=frozenset(word.lower() for word in data.get("actors", {}).get("noun_markers", [])),
        hyphenated_modify=labels.get("hyphenated_dates_modify", False),
        sentence_adverbs=frozenset(word.lower() for word in labels.get("sentence_adverbs", [])),
        command_phrases=tuple(tuple(phrase.lower().split()) for phrase in labels.get("command_phrases", [])),
        role_openers=frozenset(word.lower() for word in labels.get("role_openers", [])),
        quantifiers=frozenset(word.lower() for word in labels.get("quantifiers", [])),
        modifiers_before_noun=labels.get("modifiers_before_noun", False),
        prenominal_modifiers=frozenset(word.lower() for word in labels.get("prenominal_modifiers", [])),
        lang=lang,
    )


def _is_content_word(word: str, stopwords: frozenset[str]) -> bool:
    """Neither a function word nor a number: a word that can tell what happened."""
    return word.lower() not in stopwords and not word.isdigit()


@lru_cache(maxsize=4096)  # the dates of one clause ask about the same text (at most a sentence piece long)
def _has_content_words(text: str, lang: str | None, count: int) -> bool:
    """Whether `text` holds `count` words that are neither function words nor numbers (counting stops there:
    a long label is not read to its end)."""
    stopwords = _label_rules(lang).stopwords
    found = 0
    for match in _WORD.finditer(text):
        if _is_content_word(match.group(), stopwords):
            found += 1
            if found >= count:
                return True
    return False


def _content_word_starts(text: str, span: Span, dates: list[Span], lang: str | None) -> list[int]:
    """Where the content words of `span` outside its dates (`dates` sorted, disjoint) start, in one pass."""
    stopwords = _label_rules(lang).stopwords
    inside = _within(dates, span)
    starts, index = [], 0
    for word in _WORD.finditer(text, span[0], span[1]):
        while index < len(inside) and inside[index][1] <= word.start():
            index += 1
        if index < len(inside) and inside[index][0] <= word.start():
            continue
        if _is_content_word(word.group(), stopwords):
            starts.append(word.start())
    return starts


_PUNCTUATION = " ,;:.–—-"


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION + "„“\"'()")


def opens_subject(word: str, rule: _LabelRules) -> bool:
    """Whether `word` (without its punctuation) may open a subject: an article, a pronoun or a capitalized word."""
    return word[:1].isupper() or word.lower() in rule.determiners or word.lower() in rule.pronouns


def _starts_in(dates: list[Span], span: Span) -> list[Span]:
    """The dates (sorted by start) that start inside `span`."""
    return dates[bisect_left(dates, (span[0], span[0])):bisect_left(dates, (span[1], span[1]))]


def _next_date(dates: list[Span], at: int) -> Span | None:
    """The first of `dates` (sorted by start) that starts at or after `at`; None when none does."""
    index = bisect_left(dates, (at, at))
    return dates[index] if index < len(dates) else None


def _in_date(dates: list[Span], position: int) -> bool:
    """Whether `position` falls inside one of `dates` (sorted, disjoint): by bisection, since every date of a text
    dense with dates asks."""
    index = bisect_right(dates, (position + 1, -1)) - 1  # the last date that starts at or before `position`
    return index >= 0 and dates[index][0] <= position < dates[index][1]


def _within(dates: list[Span], span: Span) -> list[Span]:
    """The dates (sorted by start) that lie inside `span`."""
    first = bisect_left(dates, (span[0], span[0]))
    last = bisect_right(dates, (span[1], span[1]))
    return [d for d in dates[first:last] if d[1] <= span[1]]
