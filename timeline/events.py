"""What happened at each dated expression: a chart label, the clause it belongs to, the sentence, the actors.

The event a date belongs to is the clause that holds it (see `timeline.clauses`). A clause with too little
left once the date is taken out ("Am Mittwoch", "In 2020,") borrows its neighbour; a clause that ends with the
date and is followed by one describing that date ("seit Juli 2000, als er Kim Jong-il traf") takes it along.
Everything is regular expressions over one sentence at a time: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .actors import find_actors
from .clauses import Span, clause_spans, rules
from .dct import find_dct
from .dependents import with_host
from .event_resources import available as available_languages, load
from .finite_verbs import is_copula, is_finite, is_listed_finite, main_verb
from .sentences import sentence_spans
from .timex import Timex

AXIS_TYPES = ("DATE", "TIME")
LABEL_WORDS = 12
LABEL_WINDOW = 120  # characters either side of a clause that a label may borrow when the clause has no words
MIN_CONTENT_WORDS = 1  # a clause needs this many words besides the date and function words to carry an event
MIN_LABEL_WORDS = 2  # a thinner label ("Began") is told with the end of the clause before it
_WORD = re.compile(r"[^\W_][\w'’\-]*")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "»" closes a French quote but opens a German one ("die »chilenische Schweiz«"): closing only before a non-letter.
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:.!?)]|»(?!\w))")
# Commas left around a cut date: none before a word going on with the phrase ("effectuait, hier, une mission"),
# one before a new phrase ("En mairie de Tronville, samedi, Boris Grüner").
_REPEATED_COMMAS = re.compile(r",(?:\s*,)+(?=\s*[^\W\d_A-ZÀ-Þ])")
_REPEATED_COMMAS_BEFORE_NEW_PHRASE = re.compile(r",(?:\s*,)+")
_COLON_THEN_COMMA = re.compile(r":\s*,")
# A date joined to a word by a hyphen is part of that word ("Herz-Jesu-Sonntag", "MIP-Montag", "2014-Saison").
_IN_COMPOUND = re.compile(r"[^\W_]-$")
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
# A date set off by a comma with one word after it before the next comma ("Houellebecq, 1958 geboren, gilt"): the
# word is about the date, and would stand alone without it.
_LONE_WORD_AFTER = re.compile(r"\s+[^\W\d_][\w'’-]*,")
# A quotation mark right before a date (or the words governing it) opens a quoted title that holds the date.
_OPENING_QUOTES = ('"', "„", "“", "«", "‚", "‹")
# A dateline opening the text ("PYONGYANG —", "ADDIS ABABA, Ethiopia (AP)_", "EPINAL. _", "BRUSSELS, (Xinhua)"):
# capitals, an optional place and agency, then a dash, underscore or the end.
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]+\b\.?(?:,\s*[\w .'’-]+?)?\s*(?:\([\w .-]+\))?\s*(?:[_—–-]+\s*|$)")


@dataclass(slots=True)  # one per date: a dense text has hundreds of thousands
class EventContext:
    label: str
    clause: str
    sentence: str
    sentence_start: int
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    publication: bool = False  # the expression dates the article itself (its dateline or update line)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _LabelRules:
    preposition_before: re.Pattern[str]  # "im ", "seit ", "Ende " right before a date
    preposition_opening: re.Pattern[str]  # a date that starts with its own preposition: "am Morgen des 26. Mai"
    commas_before_subject: re.Pattern[str]  # the commas of a cut date before a subject pronoun (", , he signed")
    postposition_after: re.Pattern[str]  # " lang", " ago" right after a date
    loose: frozenset[str]  # adverbs and connectives a date may follow and still be cut ("Auch 2021", "erstmals 2020")
    leading: re.Pattern[str]
    trailing: frozenset[str]  # words left dangling at the end of a label once its date is cut out
    range_between: re.Pattern[str]  # what joins the two ends of a range: "–", "/", "bis", "et"
    range_start_before: re.Pattern[str]  # a bare day opening a range or list right before a date: "les 6 et "
    stopwords: frozenset[str]
    openers: re.Pattern[str]  # prepositions that open an introductory phrase set off by a comma ("In", "Dans")
    clause_words: frozenset[str]  # words that start a clause or phrase of their own: pronouns, prepositions...
    pronouns: frozenset[str]
    determiners: frozenset[str]
    relatives: frozenset[str]
    coordinators: frozenset[str]  # "and", "und", "et"
    conjunctions: frozenset[str]  # the plain ones, that also join a range's ends: "and", "und", "et"
    noun_links: frozenset[str]  # words that tie two noun phrases into one ("of", "du", "des")
    particles: frozenset[str]  # lower-case words inside a name ("de", "von", "van")
    adverb_endings: tuple[str, ...]  # a lower-case word ending so is no verb ("schließlich")
    separable_prefixes: tuple[str, ...]  # "aus" in "ausrief", longest first
    verb_second: bool  # a main clause's finite verb stands second (a pack with `[labels.inversion]`)
    relative_subjects: dict[str, str]  # "der" -> "er": a relative pronoun as subject, and the pronoun it becomes
    prepositions: frozenset[str]  # "in", "of", "bei": a phrase of its own starts with one
    capitalised_names: bool  # capitals mark names (not every noun, as in German)
    dependent: re.Pattern[str]  # a relative pronoun or subordinator opening a clause ("which", "wenn", "lorsque")
    subordinate: re.Pattern[str]  # a subordinator opening a clause ("if", "nachdem", "lorsque")
    reporting: re.Pattern[str]  # a verb reporting speech ("said", "sagte", "a déclaré"), searched for
    verb_final: bool  # a long clause's verb stands at its end: a label cut for the chart keeps its last words
    lang: str | None


def _words_opening(words: list[str]) -> re.Pattern[str]:
    """One of `words` at the start (used with .match); an elided form ("qu'", "lorsqu'") ends in its apostrophe,
    a whole word needs a boundary after it."""
    return re.compile("|".join(
        re.escape(word) + ("" if word.endswith("'") else r"\b") for word in sorted(words, key=len, reverse=True)
    ) or r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _label_rules(lang: str | None) -> _LabelRules:
    data = load(lang)
    labels = data["labels"]
    articles = {word.lower() for word in labels["determiners"]}
    prepositions = [word for word in labels["date_prepositions"] if word.lower() not in articles]
    range_words = _alternation(labels.get("range_words", []))
    return _LabelRules(
        preposition_before=re.compile(rf"(?:\b(?:{_alternation(labels['date_prepositions'])})\s+)+$", re.IGNORECASE),
        commas_before_subject=re.compile(rf",(?:\s*,)+(?=\s*(?:{_alternation(labels['pronouns'])})\b)"),
        preposition_opening=re.compile(rf"(?:{_alternation(prepositions)})\s", re.IGNORECASE),
        postposition_after=re.compile(rf"\s+(?:{_alternation(labels['date_postpositions'])})\b", re.IGNORECASE)
        if labels.get("date_postpositions") else re.compile(r"(?!)"),
        loose=frozenset(word.lower() for word in labels["leading"]),
        # a leading word goes with its contraction or not at all ("That's likely helped ..." keeps "That's")
        leading=re.compile(rf"^(?:[\W_]*\b(?:{_alternation(labels['leading'])})\b(?!['’]\w))+[\W_]*",
                           re.IGNORECASE),
        trailing=frozenset(word.lower() for word in labels["date_prepositions"] + data["clauses"]["coordinators"]),
        range_start_before=re.compile(rf"\b\d{{1,2}}\.?\s*(?:[-–—/]|(?:{range_words})\b)\s*$"
                                      if range_words else r"\b\d{1,2}\.?\s*[-–—/]\s*$", re.IGNORECASE),
        range_between=re.compile(rf"\s*(?:[-–—/]|(?:{_alternation(labels.get('range_words', []))})\b)\s*"
                                 if labels.get("range_words") else r"\s*[-–—/]\s*", re.IGNORECASE),
        stopwords=frozenset(word.lower() for word in data["stopwords"]["words"])
        | frozenset(word.lower() for word in labels["date_prepositions"]),
        pronouns=frozenset(word.lower() for word in labels["pronouns"]),
        determiners=frozenset(word.lower() for word in labels["determiners"]),
        clause_words=frozenset(word.lower() for word in labels["pronouns"] + labels["determiners"]
                               + labels.get("clause_starts", [])
                               + labels["date_prepositions"] + labels.get("openers", [])
                               + data["clauses"]["coordinators"] + data["clauses"]["after_comma"]),
        openers=re.compile(rf"(?:{_alternation(labels['openers'])})\b", re.IGNORECASE)
        if labels.get("openers") else re.compile(r"(?!)"),
        relatives=frozenset(word.lower() for word in labels.get("relatives", [])),
        coordinators=frozenset(word.lower() for word in data["clauses"]["coordinators"]),
        conjunctions=frozenset(word.lower() for word in labels.get("range_words", []) if word.isalpha())
        & frozenset(word.lower() for word in data["clauses"]["coordinators"]),
        noun_links=frozenset(word.lower() for word in labels.get("noun_links", [])),
        particles=frozenset(word.lower() for word in data["actors"].get("name_particles", [])),
        adverb_endings=tuple(data.get("verbs", {}).get("adverb_endings", [])),
        separable_prefixes=tuple(sorted(labels.get("separable_prefixes", []), key=len, reverse=True)),
        verb_second="inversion" in labels,
        relative_subjects=labels.get("relative_subjects", {}),
        prepositions=frozenset(word.lower() for word in labels.get("openers", []) + labels.get("noun_links", [])
                               + prepositions if " " not in word),
        capitalised_names=data["actors"]["capitalised_names"],
        dependent=_words_opening(labels.get("relatives", []) + labels.get("subordinators", [])),
        subordinate=_words_opening(labels.get("subordinators", [])),
        reporting=re.compile(rf"\b(?:{_alternation(data['merge']['reporting_after'])})\b", re.IGNORECASE)
        if data.get("merge", {}).get("reporting_after") else re.compile(r"(?!)"),
        verb_final=labels.get("verb_final", False),
        lang=lang,
    )


def _without_dates(text: str, span: Span, dates: list[Span], lang: str | None, memo: dict | None = None) -> str:
    """The text of `span` with its dates (`dates` sorted) cut out where that leaves whole words: a date with the
    words that govern it ("im Mai", "14 Jahre lang", "two years ago"), at the start or end of the span or after
    a comma. A date inside a phrase ("am heutigen Samstag", "in fiscal 1989", "Entre 2000 et 2005", "today's
    computers", "(1990-1995)") stays: cutting it would leave a hole ("Am heutigen beginnt"); so does a date that is
    part of a hyphenated word ("Herz-Jesu-Sonntag"). The second end of a range goes where its first went, so no
    half range is left ("(1930 –)", "Entre 2000 et,"). `memo` keeps the answers for one text: the dates of one
    clause all ask about that clause."""
    if memo is not None:
        if span not in memo:
            memo[span] = _without_dates(text, span, dates, lang)
        return memo[span]
    rule = _label_rules(lang)
    pieces: list[str] = []
    position = span[0]
    kept: bool | None = None  # what became of the date before, if any
    last_end = span[0]
    for date_start, date_end in _within(dates, span):
        if date_start < position:
            continue
        before = text[position:date_start]
        if kept is not None and rule.range_between.fullmatch(text[last_end:date_start]):
            # The second end of a range ("1930 – 2017", "Entre 2000 et 2005") goes where the first went.
            embedded = kept
            governing, head = None, ""
        else:
            # "les 6 et 13 avril": a bare day joined to the date opens it
            opened = rule.range_start_before.search(before)
            governing = rule.preposition_before.search(before, 0, opened.start() if opened else len(before))
            governs_from = governing.start() if governing else opened.start() if opened else len(before)
            if governing and _opens_relative(before, governing.start(), rule):
                # "…, die am 1. Mai stattfindet": the relative pronoun stays, only "am" goes with the date
                governs_from = governing.start() + len(governing.group().split()[0])
                governing = rule.preposition_before.search(before, governs_from) if \
                    before[governs_from:].strip() else None
                governs_from = governing.start() if governing else len(before)
            head = before[:governs_from]
            head_words = head.split()
            last = head_words[-1].lower() if head_words else ""
            # The words after the date are matched in place, not on a slice: a clause of many dates stays linear.
            embedded = (not governing and last[-1:].isalnum() and last not in rule.loose
                        and not (is_listed_finite(last, lang) and not is_copula(last, lang))  # "said Friday"
                        and not (rule.preposition_opening.match(text, date_start)  # "er am Morgen des 26. Mai"
                                 and last not in rule.determiners)  # not "in einem am Vorabend veröffentlichten"
                        or _attributive(governing.group() if governing else "", text[date_start:date_end],
                                        text, date_end, span[1], rule)
                        or head.rstrip().endswith(("'", "’", "(", "["))
                        or head.endswith(_OPENING_QUOTES)  # a title: '"Den 11. September verstehen"'"
                        or _IN_COMPOUND.search(before) is not None
                        or not governing and head.rstrip().endswith(",") and (
                            _LONE_WORD_AFTER.match(text, date_end, span[1]) is not None
                            or _list_item(text, date_end, span[1], dates, lang))
                        or _COMPOUND_AFTER.match(text, date_end, span[1]) is not None
                        or _POSSESSIVE_AFTER.match(text, date_end, span[1]) is not None
                        or _described_after(text, date_end, span[1], lang))
        if embedded:
            if kept:  # nothing was cut since the date before: "1990–1995" stays as written
                pieces[-1] += before + text[date_start:date_end]
            else:
                pieces.append(before + text[date_start:date_end])
            last_end, kept, position = date_end, True, date_end
            continue
        _add(pieces, head, glued=bool(kept))
        last_end, kept = date_end, False
        following = rule.postposition_after.match(text, date_end, span[1]) or _range_end(text, date_end, span, dates)
        position = following.end() if following else date_end
    _add(pieces, text[position:span[1]], glued=bool(kept))
    return " ".join(" ".join(pieces).split())


_WORD_AND_SPACE = re.compile(r"\S+\s+")
# A bare number after a dash is the other end of the range the date opens ("von 8.30-12 Uhr"): it goes with it.
_RANGE_END_AFTER = re.compile(r"\s*[-–]\s*\d{1,4}(?:[.:]\d\d)?\b(?![.,:]?\d)")
_SPACE = re.compile(r"[ \t]+")


def _attributive(governing: str, date: str, text: str, date_end: int, end: int, rule: _LabelRules) -> bool:
    """Whether a date after an article (the last word governing it, or its own first word before a calendar date)
    modifies the word that follows it ("in the Oct. 23 killing", "by the 15 September attack date", "der 1998
    gegründete Verein", "the 1784 Treaty of Mangalore"): cut, it would leave "involved killing"."""
    last_governing = governing.split()[-1].lower() if governing.split() else ""
    first = date.split(maxsplit=1)[0].lower() if date.split() else ""
    # an article inside the date counts before a calendar date only: "the end of June civilians became" is no
    # modifier
    if last_governing not in rule.determiners and not (first in rule.determiners and any(map(str.isdigit, date))):
        return False
    following = _WORD.match(text, date_end + 1, end) if text[date_end:date_end + 1] == " " else None
    if rule.postposition_after.match(text, date_end, end) or not rule.capitalised_names and date.split() \
            and date.split()[-1][:1].isupper():
        return False  # "les 13 avril prochains": the word after belongs to the date; "für die kommenden Jahre
        # bilden": a date ending in a (German) noun modifies nothing after it
    return following is not None and following.group().lower() not in rule.stopwords \
        and not is_listed_finite(following.group(), rule.lang)  # "in der zweiten Jahreshälfte werde"


def _range_end(text: str, date_end: int, span: Span, dates: list[Span]) -> re.Match[str] | None:
    """The bare number closing the range a date opens ("8.30-12"), unless it starts a date of its own."""
    found = _RANGE_END_AFTER.match(text, date_end, span[1])
    if found is None:
        return None
    index = bisect_left(dates, (date_end + 1, date_end + 1))
    return None if index < len(dates) and dates[index][0] < found.end() else found


def _described_after(text: str, date_end: int, end: int, lang: str | None) -> bool:
    """Whether a clause describing the date follows it with no comma between ("ruled until 1910 when his
    successor came"): cut, the date would leave "ruled when his successor came"."""
    space = _SPACE.match(text, date_end, end)
    found = rules(lang).elaborating.match(text, space.end(), end) if space else None
    # one word only: a preposition and a relative pronoun read as a preposition and its article ("in der Zeit")
    return found is not None and " " not in found.group()


def _list_item(text: str, date_end: int, end: int, dates: list[Span], lang: str | None) -> bool:
    """Whether a coordinator and a word that is no date follow the date: an item of a list ("das Fest der
    Erstkommunion, Fronleichnam und viele andere Festtage"), not a list of dates ("1994, 1995 and 1997")."""
    coordinator = rules(lang).coordinator.match(text, date_end, end)
    if coordinator is None:
        return False
    after = _WORD_AND_SPACE.match(text, coordinator.end(), end)
    index = bisect_left(dates, (after.end(), after.end())) if after else 0
    return after is not None and not (index < len(dates) and dates[index][0] == after.end())


def _add(pieces: list[str], text: str, glued: bool) -> None:
    """Text after a kept date joins it as written ("December's", "2014/15"); after a cut, a space."""
    if glued and pieces:
        pieces[-1] += text
    else:
        pieces.append(text)


def _opens_relative(before: str, position: int, rule: _LabelRules) -> bool:
    """Whether the word at `position` of `before` is a relative pronoun opening a clause (after a comma or at
    the start), not an article of the date: "…, die am 1. Mai stattfindet"."""
    word = before[position:].split()[0].lower()
    return word in rule.relatives and (not before[:position].strip() or before[:position].rstrip().endswith(","))


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


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION + "„“\"'()")


def _subject_length(words: list[str], inversion: dict[str, Any], rule: _LabelRules) -> int:
    """How many of `words` make the subject noun phrase they start with (0: they start with none).

    A pronoun; or an optional article, its adjectives (lower case), then capitalized words (nouns, names), an
    optional genitive ("des Nordens") and parenthesis ("(FDP)"). A comma ends the phrase.
    """
    def capitalized(index: int) -> bool:
        return index < len(words) and _bare(words[index])[:1].isupper()

    def open_after(index: int) -> bool:  # the phrase may go on after words[index]
        return not words[index].endswith((",", ";", ":"))

    if not words or not words[0][:1].islower() and not _bare(words[0])[:1].isupper():
        return 0
    first = _bare(words[0]).lower()
    if first in rule.pronouns and words[0][:1].islower():
        return 1
    index = 0
    if first in rule.determiners and words[0][:1].islower():
        index = 1
        while index < len(words) and open_after(index - 1) and not capitalized(index) and _bare(words[index]).isalpha():
            index += 1  # adjectives: "die beiden Staatschefs", "der nordkoreanische Führer"
    nouns = index
    while capitalized(index) and (index == 0 or open_after(index - 1)):
        index += 1
    if index == nouns:
        return 0
    if index < len(words) and open_after(index - 1) and _bare(words[index]).lower() in inversion["genitive"]:
        end = index + 1
        while end < len(words) and not capitalized(end) and _bare(words[end]).isalpha():
            end += 1
        if capitalized(end):
            index = end + 1  # "der Versuch des Nordens"
    if index < len(words) and open_after(index - 1) and words[index].startswith("("):
        while index < len(words) and not words[index].rstrip(",.;:").endswith(")"):
            index += 1
        index += 1  # "Christian Lindner (FDP)"
    return min(index, len(words))


def _subject_first(words: list[str], lang: str | None) -> list[str]:
    """Verb-second order with the date cut out ("scheiterte der Versuch des Nordens, ..."): subject first."""
    inversion = load(lang)["labels"].get("inversion") if lang in available_languages() else None
    if not inversion or len(words) < 2 or not words[0][:1].islower() or not words[0].isalpha():
        return words
    if words[0].lower() in inversion["not_verbs"]:
        return words
    length = _subject_length(words[1:], inversion, _label_rules(lang))
    if not length:
        return words
    subject = words[1 : 1 + length]
    tail = subject[-1][len(subject[-1].rstrip(",;:")):]  # a comma after the subject goes after the verb
    subject[-1] = subject[-1].rstrip(",;:")
    return subject + [words[0] + tail] + words[1 + length :]


def _starts_in(dates: list[Span], span: Span) -> list[Span]:
    """The dates (sorted by start) that start inside `span`."""
    return dates[bisect_left(dates, (span[0], span[0])):bisect_left(dates, (span[1], span[1]))]


def _ends_with_date(text: str, clause: Span, dates: list[Span]) -> bool:
    last = max((end for _, end in _starts_in(dates, clause)), default=None)
    return last is not None and not text[last:clause[1]].strip(_PUNCTUATION + "\n\"“”»«)")


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


def _without_apposition(words: list[str], anchor: int | None, rule: _LabelRules) -> tuple[list[str], int | None]:
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
        words = words[:opening] + [words[opening][:-1]] + words[closing + 1:]
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
            or rule.reporting.search(" ".join(words[comma + 1:])) \
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
    inversion = load(lang)["labels"].get("inversion") if lang in available_languages() else None
    if not inversion:
        return None
    rule = _label_rules(lang)
    if words and _bare(words[0]).lower() in rule.determiners:  # the article that starts the label ("Die …")
        words = [words[0][:1].lower() + words[0][1:]] + words[1:]
    length = _subject_length(words, inversion, rule)
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
    head = 0
    while head < min(SUBJECT_HEAD, verb) and not (head and _bare(words[head]).lower() in rule.relatives
                                                  and _bare(words[head]).lower() not in rule.determiners) \
            and not (head and _bare(words[head]).lower() in rule.prepositions):  # "Voters | in the 27 states"
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
    if anchor is not None and head < anchor < name and any(is_finite(words, k, rule.lang) for k in range(head, name)):
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


def _shortened(words: list[str], rule: _LabelRules, lang: str | None, anchor: int | None) -> str:
    """At most LABEL_WORDS words. When the main clause's verb would fall past the cut behind a long subject, the
    subject's head, "…" and the verb with what follows it. Else the first words, ended at a late comma or before
    trailing function words; in a verb-final language, when the clause the cut falls in runs to the label's end
    (no comma after the cut) and ends in a word written in lower case (a verb, not a noun), its verb stands
    last: the first words, "…", and the last VERB_TAIL ("Die Feuerwehr hat … alten Scheune gelöscht")."""
    verb = _second_place_verb(words, lang)
    verb = main_verb(words, lang) if verb is None else verb
    # A verb that ends the words ("… abgelöst wurde") or follows a comma and a clause opener ("…, an dem …
    # macht") ends a clause of its own, not the subject's.
    if verb is not None and LABEL_WORDS - VERB_ROOM < verb < len(words) - 1 and not _after_clause_opener(
            words, verb, rule):
        around = _around_verb(words, verb, rule, anchor)
        if around:
            return around
    stopwords = rule.stopwords
    head = words[:LABEL_WORDS - VERB_TAIL]
    if rule.verb_final and _bare(words[-1])[:1].islower() \
            and not any(word.endswith((",", ";", ":")) for word in words[len(head) - 1:-1]):
        head = _trimmed(head, stopwords, LABEL_WORDS // 2)
        return " ".join(head).rstrip(",;:") + " … " + " ".join(words[-VERB_TAIL:])
    cut = LABEL_WORDS
    # End at a comma when one falls late enough to keep the gist ("…, einen Satelliten zu starten"), and after the
    # verb: "Two days after his arrival in Jerusalem, | Haile Selassie sent a telegram"
    for index in range(LABEL_WORDS - 1, max(LABEL_WORDS // 2, verb or 0) - 1, -1):
        if words[index].endswith(","):
            cut = index + 1
            break
    while cut > LABEL_WORDS // 2 and words[cut - 1].lower() in stopwords:
        cut -= 1  # "…in Russia's Far East for a…" reads better as "…in Russia's Far East…"
    return " ".join(words[:cut]).rstrip(",;:") + "…"


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
    after = _tidy(_without_dates(text, (inside[0][1], clause[1]), dates, lang, memo)).split()
    return max(len(words) - len(after), 0)


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


def _main_clause_follows(label: str, lang: str | None) -> bool:
    """Whether a comma in `label` is followed by a finite verb: a main clause after a verb-final subordinate one."""
    words = label.split()
    return any(word.endswith(",") and is_finite(words, k + 1, lang) for k, word in enumerate(words[:-1]))


def _as_main_clause(words: list[str], rule: _LabelRules, lang: str | None) -> list[str]:
    """A verb-final subordinate clause told as a main clause, its finite verb second ("Nachdem die USS Roberts
    auf eine Seemine lief" -> "Die USS Roberts lief auf eine Seemine"; "… verletzt wurden" -> "… wurden …
    verletzt"), when the clause ends in a listed finite form, holds no other verb and opens with its subject."""
    inversion = load(lang)["labels"].get("inversion") if lang in available_languages() else None
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
    length = _subject_length(opening + words[1:-1], inversion, rule)
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
    text: str, clause: Span, dates: list[Span], lang: str | None, tail: bool = False, memo: dict | None = None
) -> str:
    """A short chart label: the clause without its dates (`dates`: the text's, sorted) and leading
    connectives, at most ~12 words (the first ones, or with `tail` the last ones)."""
    label = _without_dates(text, clause, dates, lang, memo)
    if not label:  # nothing but dates: common in date-dense text, and nothing below can add words
        return ""
    undated = _DATELINE.sub("", label, count=1)
    label = undated if _WORD.search(undated) else label  # "ADDIS ABABA, Ethiopia (AP)_ The OAU ..."
    rule = _label_rules(lang)
    label = rule.commas_before_subject.sub(",", label)  # "army, on May 21, he signed": a new clause keeps one
    label = _tidy(label)
    label = _without_stacked_coordinators(label, rule)
    subordinated = bool(rule.subordinate.match(label.lstrip(" ,;:–—-")))
    if subordinated and rule.verb_final \
            and _main_clause_follows(" ".join(_without_insertions(_without_report(label.split(), rule), lang)), lang):
        # "Als die Truppen die Stadt erreichten, war sie leer": the subordinator belongs to what the label tells
        label, introduced, subordinated = label.lstrip(" ,;:–—-"), True, False
    else:
        label, introduced = _without_leading(label, rule)
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
    if rule.verb_final and words and words[0] in rule.relative_subjects and not subordinated \
            and len(words) > 1 and words[1][:1].islower() and _bare(words[1]).lower() not in rule.determiners \
            and _after_comma(text, clause) and not _main_clause_follows(label, lang):
        # (an article after the pronoun opens the subject: "welche die Deutschen eingenommen hatten")
        # "…, der in Westalgerien Widerstand leistete" -> "Er leistete in Westalgerien Widerstand"
        told = _as_main_clause([rule.relative_subjects[words[0]]] + words[1:], rule, lang)
        words = told if told[0] != rule.relative_subjects[words[0]] or told[1:] != words[1:] else words
    elif subordinated and rule.verb_final:
        words = _as_main_clause(words, rule, lang)
    anchor = _anchor(text, clause, dates, lang, words, memo) if len(words) > LABEL_WORDS and not tail else None
    if _ends_with_date(text, clause, dates):  # "extended Putin's rule to 2030": "to" would dangle
        words = _without_dangling(words, rule.trailing)
    else:
        words[-1:] = [words[-1].rstrip(_PUNCTUATION)] if words else []
    if fronted:
        words = _subject_first(words, lang)
    words, anchor = _without_asides(words, anchor)
    words, anchor = _without_apposition(words, anchor, rule)
    words, anchor = _without_opener(words, anchor, introduced, fronted, lang)
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


def _elaborating_clause(text: str, clauses: list[Span], index: int, date: Span, lang: str | None) -> Span | None:
    """The clause after a date that tells what happened then ("seit Juli 2000, als er Kim Jong-il traf", "since
    2010, when the plant closed"): the date ends its clause and the next one opens with an elaborating word."""
    end = clauses[index][1]
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    if following and not _WORD.search(text[date[1]:end]) and rules(lang).elaborating.match(text, following[0]):
        return following
    return None


def _event_clause(
    text: str, clauses: list[Span], index: int, date: Span, dates: list[Span], lang: str | None,
    memo: dict | None = None,
) -> Span:
    start, end = clauses[index]
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    if following and _elaborating_clause(text, clauses, index, date, lang):
        end = following[1]  # "seit Juli 2000, als er Kim Jong-il traf": the next clause tells what July 2000 was
    if not _has_content_words(_without_dates(text, (start, end), dates, lang, memo), lang, MIN_CONTENT_WORDS):
        if following:
            end = following[1]  # "Am Mittwoch; ...": the event is what follows
        elif index > 0:
            start = clauses[index - 1][0]
    return start, end


def _label_span(
    text: str, sentence: Span, clauses: list[Span], index: int, clause: Span, date: Span, dates: list[Span],
    lang: str | None, memo: dict,
) -> tuple[Span, bool]:
    """The text a clause's label is made of, and whether the label keeps its last words (`make_label`'s `tail`):
    see `_dependent_label_span`; then, when the date stands too far into it for the chart's cut, inside a clause
    opened without a comma (`_embedded_clause`), that clause."""
    span, tail = _dependent_label_span(text, sentence, clauses, index, clause, dates, lang, memo)
    if not tail:
        span = _embedded_clause(text, span, date, dates, lang, memo) or span
    return span, tail


def _embedded_clause(
    text: str, span: Span, date: Span, dates: list[Span], lang: str | None, memo: dict
) -> Span | None:
    """The clause inside `span` that holds `date`, opened without a comma by a word of the pack's
    `embedded_openers` and followed by its own subject ("Scholars have long argued over whether the historian
    meant that Athens signed a treaty in 423 BC"), when `span` is too long for the chart and the date stands past
    its cut: the label would tell the event of the words before. The last such word before the date that does not
    govern the date itself ("that year", "when in 2010") opens it; None when there is none or fewer than
    MIN_LABEL_WORDS + 1 words follow. A word with no subject after it is a relative pronoun ("the team that
    conquered Everest in 1953 has died"): its clause would lose its noun and run on into the main verb."""
    opener = _embedded_openers(lang)
    if opener is None or not span[0] <= date[0] < span[1]:
        return None
    if len(_without_dates(text, span, dates, lang, memo).split(maxsplit=LABEL_WORDS + 1)) <= LABEL_WORDS + 1 or \
            len(_without_dates(text, (span[0], date[0]), dates, lang, memo).split()) < LABEL_WORDS - 1 or \
            "…" not in make_label(text, span, dates, lang, memo=memo):
        return None  # the label shows the words around the date: it is not cut, or cut after them
    rule = _label_rules(lang)
    inside = _within(dates, span)
    start = None
    for found in opener.finditer(text, span[0] + 1, date[0]):
        position = bisect_right(inside, (found.start(), len(text) + 1)) - 1
        if position >= 0 and inside[position][1] > found.start():
            continue  # part of a date
        between = text[found.end():date[0]]
        if not between.strip() or rule.preposition_before.fullmatch(between.strip() + " "):
            continue  # "that year", "when in 2010": the date is what the word opens
        subject = _bare(between.split(maxsplit=1)[0])
        if subject[:1].islower() and subject.lower() not in rule.determiners | rule.pronouns:
            continue  # no subject after it: a relative pronoun whose noun stands before ("the team that won")
        if found.group().lower() in rule.relatives and _after_noun_phrase(text[span[0]:found.start()], rule):
            continue  # "the defenses that the army had manned": a relative clause, its object is that noun
        start = found.start()
    if start is None or len(_without_dates(text, (start, span[1]), dates, lang, memo).split()) <= MIN_LABEL_WORDS:
        return None
    return start, span[1]


NOUN_PHRASE_REACH = 4  # words before a clause opener searched for the determiner of a noun phrase it follows


def _after_noun_phrase(before: str, rule: _LabelRules) -> bool:
    """Whether `before` ends with a noun phrase (a determiner among its last NOUN_PHRASE_REACH words, with no comma
    and no reporting verb after it): a clause opener after it is a relative pronoun ("the carnage that"), not the
    conjunction after a verb ("Intel told analysts that", "Traders said that")."""
    for word in reversed(before.split()[-NOUN_PHRASE_REACH:]):
        if word.endswith((",", ";", ":")) or rule.reporting.fullmatch(_bare(word)):
            return False
        if _bare(word).lower() in rule.determiners:
            return True
    return False


@lru_cache(maxsize=None)
def _embedded_openers(lang: str | None) -> re.Pattern[str] | None:
    words = load(lang)["labels"].get("embedded_openers", [])
    return re.compile(rf"(?<=\s)(?:{_alternation(words)})\b(?!['’]\w)", re.IGNORECASE) if words else None


def _dependent_label_span(
    text: str, sentence: Span, clauses: list[Span], index: int, clause: Span, dates: list[Span], lang: str | None,
    memo: dict,
) -> tuple[Span, bool]:
    """The text a clause's label is made of, and whether the label keeps its last words: the clause, unless it opens
    with a relative pronoun or a subordinator, whose main clause stands elsewhere ("Die er täglich raucht", "Wie die
    Zeitung schrieb"), or cannot be read alone (`timeline.dependents`: an infinitive group, "…, den Aufstand
    niederzuschlagen"; in German a subordinate clause, whose verb stands last). Then a sentence short enough for the
    chart once its dates are cut is the label whole; else a clause that cannot be read alone takes the clause it
    depends on ("Armeeeinheiten gelang es, den Aufstand niederzuschlagen"), and a relative clause right after a comma
    the noun it describes from the clause before ("The offer, which was due to expire")."""
    if clause == sentence:
        return clause, False
    rule = _label_rules(lang)
    opening = rule.dependent.match(text, clause[0])
    relative = opening is not None and opening.group().lower() in rule.relatives
    if relative and opening is not None:
        following = text[opening.end():clause[1]].split(maxsplit=1)
        if clause[0] == sentence[0] or opening.group().lower() in rule.determiners and following \
                and following[0][:1].isupper():
            opening, relative = None, False  # "Die Regierung …", "…, die Prozession zu begehen": an article
    hosted = None if relative else \
        with_host(text, clauses, index, clause, _without_dates(text, clause, dates, lang, memo), lang)
    if opening is None and hosted is None:
        return clause, False
    if len(_without_dates(text, sentence, dates, lang, memo).split(maxsplit=LABEL_WORDS)) <= LABEL_WORDS:
        return sentence, False
    if hosted is not None and not _told_as_main_clause(text, clause, dates, lang, memo):
        return _hosted_label_span(text, hosted, clause, dates, lang, memo)
    if hosted is not None:
        return clause, False  # "…, als der Bürgermeister den Notstand ausrief" -> "Der Bürgermeister rief … aus"
    before = clauses[index - 1] if index > 0 else None
    if not relative or before is None or not text[before[1]:clause[0]].strip().startswith(","):
        return clause, False
    antecedent = _antecedent(text, before, rule)
    if antecedent is None and rule.verb_final and opening is not None \
            and opening.group().lower() in rule.relative_subjects \
            and not _main_clause_follows(text[clause[0]:clause[1]], lang):
        return clause, False  # no noun found: told as a main clause with a pronoun for it (`make_label`)
    return ((antecedent, clause[1]) if antecedent is not None else clause), False


def _told_as_main_clause(text: str, clause: Span, dates: list[Span], lang: str | None, memo: dict) -> bool:
    """Whether `clause`, a verb-final subordinate clause, can be told as a main clause (`_as_main_clause`)."""
    rule = _label_rules(lang)
    words = _tidy(_without_dates(text, clause, dates, lang, memo)).lstrip(" ,;:–—-").split()
    return rule.verb_final and bool(words) and bool(rule.subordinate.fullmatch(_bare(words[0]))) \
        and _as_main_clause(words, rule, lang) is not words


def _hosted_label_span(
    text: str, hosted: Span, clause: Span, dates: list[Span], lang: str | None, memo: dict
) -> tuple[Span, bool]:
    """The label's text and `tail` for a clause that cannot be read alone (`clause`) with its host before it
    (`hosted` spans both). Whole when it fits the chart. Else, in a verb-final language, its start when the cut
    for the chart keeps the host's opening words and the last words of the dependent clause, its verb (no comma
    after the first words: "Zudem befürchten die Bauern, dass der Milchpreis … weiter fallen wird"); else its end
    when the dependent clause is short: the clause whole, with its verb, and the last words of its host
    ("…ins Krankenhaus gebracht, wo er operiert wurde"). Else its start where the cut keeps first words only
    (the host tells the event the dependent clause serves: "Le conseil se réunira …, pour délibérer"), and the
    clause alone in a verb-final language, as before: the host's opening words would tell another event."""
    words = _without_dates(text, hosted, dates, lang, memo).split()
    if len(words) <= LABEL_WORDS + 1:
        return hosted, False
    verb_final = _label_rules(lang).verb_final
    if verb_final and not any(word.endswith((",", ";", ":")) for word in words[LABEL_WORDS - VERB_TAIL - 1:-1]):
        return hosted, False
    if len(_without_dates(text, clause, dates, lang, memo).split(maxsplit=LABEL_WORDS)) <= LABEL_WORDS - 3:
        return hosted, True
    return (clause if verb_final else hosted), False


MAX_ANTECEDENT = 8  # words of the noun phrase a relative clause describes ("die neue Bibliothek im Norden der Stadt")


def _antecedent(text: str, clause: Span, rule: _LabelRules) -> int | None:
    """Where the noun phrase ending `clause` starts: at its last determiner among the last MAX_ANTECEDENT words, or
    the one before it when a linking word ("of", "du", "des") ties them into one phrase ("le premier du Territoire
    de Belfort", "die vier Päckchen Zigaretten"); else at the run of capitalized words it ends with ("Institut
    Merieux"); None when it ends with neither."""
    matches = list(re.finditer(r"\S+", text[clause[0]:clause[1]]))
    words, offsets = [match.group() for match in matches], [match.start() for match in matches]
    elided = tuple(word for word in rule.determiners if word.endswith(("'", "’")))

    def determiner(k: int) -> bool:
        bare = _bare(words[k]).lower()
        return bare in rule.determiners or bool(elided) and bare.startswith(elided) and len(bare) > 2

    def linked(k: int) -> bool:  # words[k] is tied to the phrase before it
        return k > 0 and (_bare(words[k]).lower() in rule.noun_links or _bare(words[k - 1]).lower() in
                          rule.noun_links or determiner(k - 1))

    found = None
    for k in range(len(words) - 1, max(len(words) - 1 - MAX_ANTECEDENT, -1), -1):
        if k < len(words) - 1 and words[k].endswith((",", ";", ":", ".")):
            break
        if determiner(k):
            found = k
            if not linked(k):
                break
    if found is not None:
        return clause[0] + offsets[found]
    start = None
    for k in range(len(words) - 1, max(len(words) - 1 - MAX_ANTECEDENT, -1), -1):
        if not _bare(words[k])[:1].isupper() or k < len(words) - 1 and words[k].endswith(","):
            break
        start = clause[0] + offsets[k]
    return start


PUBLICATION_LINE_WORDS = 12  # an update line is short: "Aktualisiert am 19.06.2024, 14:32 Uhr"


@lru_cache(maxsize=None)
def _publication_cue(lang: str | None) -> re.Pattern[str]:
    """A publication cue of the language ("aktualisiert", "published") not followed by a letter."""
    cues = sorted(load(lang)["dct"]["cues"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(cue) for cue in cues) + ")(?![^\\W\\d_])")


def _publication_line(sentence: str, lang: str | None) -> bool:
    """An update or publication line ("Aktualisiert am ...", "Published ..."), or a copyright notice ("™ & © 2013
    Cable News Network, Inc."), wherever it stands."""
    if len(sentence.split(maxsplit=PUBLICATION_LINE_WORDS)) > PUBLICATION_LINE_WORDS:  # cheap on long sentences
        return False
    opening = sentence[:200].lstrip(" \t|–—-*_").lower()
    return bool(_publication_cue(lang).match(opening)) or any(
        notice in opening for notice in load(lang)["dct"].get("notices", ()))


def _dateline_alone(sentence: str) -> bool:
    """A line that is a dateline and nothing else ("BRUSSELS, December 2 (Xinhua) --"): it dates the article."""
    found = _DATELINE.match(sentence)
    return found is not None and found.end() == len(sentence) and any(mark in found.group() for mark in ",(_—–-")


def describe(text: str, timexes: list[Timex], lang: str) -> list[EventContext]:
    """One context per timex, in the same order: the event each expression dates."""
    spans = sentence_spans(text)
    starts = [start for start, _ in spans]
    dates = sorted((timex.start, timex.end) for timex in timexes)
    # Labels lose only what the chart shows by its axis: points and periods in time. A duration, an age or a
    # frequency is part of what happened ("s'est éteinte à l'âge de 114 ans", "seit 24 Jahren").
    on_axis = sorted((timex.start, timex.end) for timex in timexes if timex.type in AXIS_TYPES)
    rule = _label_rules(lang)
    cut: dict[Span, str] = {}
    by_sentence: dict[Span, list[Span]] = {}
    actors: dict[Span, tuple[list[str], list[str]]] = {}  # dates of one clause share its actors and places
    stripped: dict[Span, str] = {}  # ...and its text without dates: many dates in one clause stay linear
    labels: dict[tuple[Span, bool], str] = {}
    content_starts: dict[Span, list[int]] = {}  # where the sentence's words outside its dates are
    publication_lines: dict[Span, bool] = {}  # whether the sentence is an update or publication line

    pieces: dict[Span, str] = {}  # one string per clause and sentence, shared by its dates' contexts
    # Equal lists of actors or places are one object (a text dense with dates has 100,000s of clauses, most
    # naming nobody: a pair of empty lists each would cost 45 MB).
    name_lists: dict[tuple[str, ...], list[str]] = {}

    def piece(span: Span) -> str:
        if span not in pieces:
            pieces[span] = text[span[0]:span[1]]
        return pieces[span]

    def label_of(span: Span, tail: bool = False) -> str:
        if (span, tail) not in labels:
            labels[span, tail] = make_label(text, span, on_axis, lang, tail, cut)
        return labels[span, tail]

    contexts = []
    publication = find_dct(text, lang) if timexes else None
    for timex in timexes:
        found = bisect_right(starts, timex.start) - 1
        if found >= 0 and timex.start < spans[found][1]:
            sentence = spans[found]
        else:  # only whitespace around: the expression is its own context
            sentence = (timex.start, timex.end)
        if sentence not in by_sentence:
            # Every cache below holds spans of one sentence, and timexes come in text order: what the sentences
            # before kept can go, so that a text of many short sentences keeps little.
            for cache in (by_sentence, actors, stripped, cut, labels, pieces, content_starts, publication_lines):
                cache.clear()
            by_sentence[sentence] = clause_spans(text, sentence, _within(dates, sentence), lang)
        clauses = by_sentence[sentence] or [sentence]
        date = (timex.start, timex.end)
        # The clause that holds the date (or, should it start in a cut, the one before it).
        index = max(bisect_right(clauses, (timex.start, len(text) + 1)) - 1, 0)
        dates_article = publication is not None and timex.start < publication.end and publication.start < timex.end
        if sentence not in publication_lines:
            publication_lines[sentence] = _publication_line(text[sentence[0]:sentence[1]], lang) \
                or _dateline_alone(text[sentence[0]:sentence[1]])
        if dates_article or publication_lines[sentence]:
            # The dateline or update line dates the article, not an event: say so instead of "Updated ET".
            clause = (min(clauses[index][0], date[0]), max(clauses[index][1], date[1]))
            contexts.append(EventContext(load(lang)["labels"]["publication"], piece(clause), piece(sentence),
                                         sentence[0], publication=True))
            continue
        clause = _event_clause(text, clauses, index, date, dates, lang, stripped)
        clause = (min(clause[0], date[0]), max(clause[1], date[1]))  # trimming never cuts into the expression
        if sentence not in content_starts:
            content_starts[sentence] = _content_word_starts(text, sentence, on_axis, lang)
        words = content_starts[sentence]
        # A label needs a word that is neither a date nor a function word: a sentence without one ("in 2024, in
        # 2024, ...", a list of dates) makes none, and text that is nothing but dates builds no label per date.
        elaborated = _elaborating_clause(text, clauses, index, date, lang)
        label = label_of(elaborated) if words and elaborated else label_of(
            *_label_span(text, sentence, clauses, index, clause, date, on_axis, lang, cut)) if words else ""
        if label and index > 0 and _phrase_alone(text, clauses[index], dates, label, lang):
            # ", à 14 h 30 en l'église de …", ", in June": a phrase with no verb of its own tells the event of the
            # nearest clause before it that has one (", à 18 h | et à 19 h 30, à la salle des fêtes")
            for before in range(index - 1, max(index - 1 - PHRASES_BACK, -1), -1):
                joined = label_of((clauses[before][0], clauses[index][1]))
                if _has_verb(joined, lang):
                    label = joined
                    break
        elif label and index + 1 < len(clauses) and not _has_verb(label, lang) and (
                len(label.split()) <= THIN_LABEL_WORDS
                or clauses[index][0] == sentence[0] and (_opens_with_verb(text, clauses[index + 1], lang)
                                                          or rule.openers.match(text, clauses[index][0]))):
            # "Actually, about two years ago, | the Journal listed …": a word or two and a date tell nothing
            # alone; "La première réunion du club, pour la saison 2002/2003, | aura lieu …": a subject, its verb;
            # "Pendant les mois d'été, entre le 15 juillet et le 15 août, | le camping affiche complet"
            joined = label_of((clauses[index][0], clauses[index + 1][1]))
            if _has_verb(joined, lang):
                label = joined
        if words and not _has_content_words(label, lang, MIN_LABEL_WORDS) and index > 0 \
                and clause[0] == clauses[index][0]:
            # "…missiles to Russia for its war in Ukraine, which began" rather than "Began"
            wider = (clauses[index - 1][0], clause[1])
            label = label_of(wider, tail=True)
        if not label and words:  # nothing but dates in the clause: the words around it, not the whole sentence
            around = _around(text, sentence, clause, dates)
            if bisect_left(words, around[1]) > bisect_left(words, around[0]):
                label = label_of(around)
        if clause not in actors:
            found_actors, found_places = find_actors(text, clause, sentence, lang)
            actors[clause] = (name_lists.setdefault(tuple(found_actors), found_actors),
                              name_lists.setdefault(tuple(found_places), found_places))
        contexts.append(
            EventContext(
                label=label,
                clause=piece(clause),
                sentence=piece(sentence),
                sentence_start=sentence[0],
                actors=actors[clause][0],  # shared by the clause's rows, and by rows naming the same
                places=actors[clause][1],
            )
        )
    return contexts


THIN_LABEL_WORDS = 2  # a verbless label this short takes the clause after it
PHRASES_BACK = 3  # clauses a verbless phrase looks back over for the verb it goes with


def _opens_with_verb(text: str, clause: Span, lang: str | None) -> bool:
    words = text[clause[0]:clause[1]].split(maxsplit=1)
    return bool(words) and words[0][:1].islower() and is_finite(words[:1], 0, lang)


def _has_verb(label: str, lang: str | None) -> bool:
    words = label.split()
    return any(is_finite(words, k, lang) for k in range(len(words)))


def _phrase_alone(text: str, clause: Span, dates: list[Span], label: str, lang: str | None) -> bool:
    """Whether `clause` (labelled `label`) is a phrase, not a clause: after any coordinator it opens with a date or
    a preposition ("und am 3. März die Hauptstadt", ", in June"), and its label holds no finite verb."""
    rule = _label_rules(lang)
    opening = _WORD.search(text, clause[0], clause[1])
    while opening is not None and opening.group().lower() in rule.coordinators:
        opening = _WORD.search(text, opening.end(), clause[1])  # "und am 3. März", not "und spielt"
    if opening is None:
        return False
    first = opening.group().lower()
    opens_phrase = bool(_starts_in(dates, (opening.start(), opening.end()))) or first in rule.stopwords \
        and first not in rule.pronouns and first not in rule.determiners and first not in rule.relatives
    words = label.split()
    if not opens_phrase or _has_verb(label, lang):
        return False
    # a verb-final clause ends in its verb, written in lower case ("…, als er die Republik ausrief")
    last = _bare(words[-1])
    return not (rule.verb_final and last[:1].islower() and last.lower() not in rule.stopwords
                and not last.endswith(rule.adverb_endings))


def _around(text: str, sentence: Span, clause: Span, dates: list[Span]) -> Span:
    """Up to LABEL_WINDOW characters either side of the clause, in the sentence, cut between words and dates."""
    start, end = max(sentence[0], clause[0] - LABEL_WINDOW), min(sentence[1], clause[1] + LABEL_WINDOW)
    if start > sentence[0]:
        space = text.find(" ", start, clause[0])
        start = space + 1 if space >= 0 else clause[0]
    if end < sentence[1]:
        space = text.rfind(" ", clause[1], end)
        end = space if space >= 0 else clause[1]
    low, high = max(sentence[0], start - 200), min(sentence[1], end + 200)
    date_at_start, date_at_end = _date_across(dates, start, low, high), _date_across(dates, end, low, high)
    return (date_at_start[0] if date_at_start else start), (date_at_end[1] if date_at_end else end)


def _date_across(dates: list[Span], position: int, low: int, high: int) -> Span | None:
    """The date inside low..high that `position` falls strictly within (`dates` sorted and disjoint): found by
    bisection, so that a sentence full of dates costs no scan of them all per date."""
    index = bisect_left(dates, (position, position)) - 1
    if index >= 0 and dates[index][1] > position and dates[index][0] >= low and dates[index][1] <= high:
        return dates[index]
    return None


def _within(dates: list[Span], span: Span) -> list[Span]:
    """The dates (sorted by start) that lie inside `span`."""
    first = bisect_left(dates, (span[0], span[0]))
    last = bisect_right(dates, (span[1], span[1]))
    return [d for d in dates[first:last] if d[1] <= span[1]]
