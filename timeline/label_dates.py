"""Cutting the dates out of a clause's text, the first step of its label: the chart's axis shows them.

A date goes with the words that govern it ("im Mai", "14 Jahre lang", "two years ago") where that leaves whole
words; a date inside a phrase ("am heutigen Samstag", "in the Oct. 23 killing", "today's computers"), part of a
hyphenated word ("Herz-Jesu-Sonntag") or described by the clause after it stays, since cutting it would leave a
hole. The second end of a range goes where its first went (see `_without_dates`), and so does the name of a month,
weekday or season coordinated with the date ("im Sommer und Herbst", `_time_partner_end`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from .clauses import Span, date_list, dated_apposition, rules
from .finite_verbs import is_copula, is_finite, is_listed_finite
from .label_rules import _WORD, POSSESSIVE_AFTER, _label_rules, _LabelRules, _next_date, _within, opens_subject
from .language import pack_table

# A date joined to a word by a hyphen is part of that word ("Herz-Jesu-Sonntag", "MIP-Montag", "2014-Saison").
_IN_COMPOUND = re.compile(r"[^\W_]-$")

_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")

# A date set off by a comma with one word after it before the next comma ("Houellebecq, 1958 geboren, gilt"): the
# word is about the date, and would stand alone without it.
_LONE_WORD_AFTER = re.compile(r"\s+[^\W\d_][\w'’-]*,")

# A quotation mark right before a date (or the words governing it) opens a quoted title that holds the date.
_OPENING_QUOTES = ('"', "„", "“", "«", "‚", "‹")

# The bracket closing an aside that a date ends: "(im März 2019)".
_CLOSING_BRACKET = re.compile(r"[ \t]*\)")

# Dates a bracket of nothing but dates may hold: a range, or a few dates of one thing.
MAX_BRACKET_DATES = 4
# How far before a range's first end its opening word is looked for: two words of any usual length ("de", "aux années").
RANGE_OPENING_CHARS = 40

# What may close a clause after its last word: punctuation and closing quotes or brackets.
_CLOSING = " \t\n.,;:!?\"'”“»«’)]"


def _without_dates(text: str, span: Span, dates: list[Span], lang: str | None, memo: dict | None = None) -> str:
    """The text of `span` with its dates (`dates` sorted) cut out where that leaves whole words: a date with the
    words that govern it ("im Mai", "14 Jahre lang", "two years ago"), at the start or end of the span or after
    a comma. A date inside a phrase ("am heutigen Samstag", "in fiscal 1989", "Entre 2000 et 2005", "today's
    computers") stays: cutting it would leave a hole ("Am heutigen beginnt"); so does a date that is part of a
    hyphenated word ("Herz-Jesu-Sonntag"). A bracket of nothing but dates ("(1990-1995)") goes with them. The
    second end of a range goes where its first went, so no half range is left ("(1930 –)", "Entre 2000 et,").
    `memo` keeps the answers for one text: the dates of one clause all ask about that clause."""
    if memo is not None:
        if span not in memo:
            memo[span] = _without_dates(text, span, dates, lang)
        return memo[span]
    rule = _label_rules(lang)
    pieces: list[str] = []
    position = span[0]
    kept: bool | None = None  # what became of the date before, if any
    last_start = last_end = span[0]
    for date_start, date_end in _within(dates, span):
        if date_start < position:
            continue
        before = text[position:date_start]
        between = " ".join(text[last_end:date_start].split()).lower()
        if kept is not None and (_joins_range(text[last_end:date_start], rule)
                                 or _opened_range(text, last_start, text[last_end:date_start], rule)
                                 or _in_date_list(text, last_end, date_start, dates, lang)
                                 or kept and between in rule.date_noun_links):
            # The second end of a range ("1930 – 2017", "Entre 2000 et 2005") and a later day of a list ("3, 4 and 5
            # June") go where the first went; so does a date tied by a noun link to a kept one ("the first nine
            # months of 1997" is one phrase).
            embedded = kept
            governing, head, bracketed = None, "", None
        else:
            # "les 6 et 13 avril": a bare day joined to the date opens it
            opened = rule.range_start_before.search(before)
            governing = rule.preposition_before.search(before, 0, opened.start() if opened else len(before))
            governs_from = governing.start() if governing else opened.start() if opened else len(before)
            if governing and _opens_relative(before, governing.start(), rule):
                # "…, die am 1. Mai stattfindet": the relative pronoun stays, only "am" goes with the date
                governing, governs_from = _governing_after_first_word(before, governing, rule)
            if governing and _pronoun_before_preposition(governing.group(), rule):
                # "gelang das erst am 31. Januar", "Häftlinge, die zwischen 1943 und 1945 …": the word before the
                # preposition is no article of the date but the clause's pronoun; it stays
                governing, governs_from = _governing_after_first_word(before, governing, rule)
            particle = _verb_particle(governing.group(), text, date_start, date_end, rule) if governing else 0
            if governing and particle:
                # "gave in on Friday", "was sworn in last week": the particle stays with its verb, "um" with its "zu"
                governing, governs_from = _governing_from(before, governing.start() + particle, rule)
            attribute = _attribute_start(governing.group(), text, date_end, span[1], rule) if governing else 0
            if governing and attribute:
                # "von der seit Mitte 1918 grassierenden Grippe": the article belongs to the noun after the date
                governs_from = governing.start() + attribute
                governing = rule.preposition_before.search(before, governs_from)
            phrase_start = time_phrase_start(before[:governs_from], governing.group(), rule) if governing else None
            if phrase_start is not None:
                # "in den Tagen um den 9. November": the phrase of time the date's phrase describes goes with it
                governs_from = phrase_start
            head = before[:governs_from]
            # "die Regierung (im März 2019) zurückgetreten war": a bracket that holds nothing but the date and the
            # words governing it goes with them
            # and so does one that holds nothing but dates ("Fighting in mainland China (1946-1950)"): all on the axis
            bracketed = None
            if head.rstrip().endswith("("):
                bracketed = _CLOSING_BRACKET.match(text, date_end, span[1]) if governing is not None \
                    else _dates_bracket_end(text, date_end, span[1], dates, rule)
            if bracketed:
                head = head.rstrip()[:-1]
            head_words = head.split()
            last = head_words[-1].lower() if head_words else ""
            # The words after the date are matched in place, not on a slice: a clause of many dates stays linear.
            embedded = (not governing and not particle and last[-1:].isalnum() and last not in rule.loose
                        and not (is_listed_finite(last, lang) and not is_copula(last, lang))  # "said Friday"
                        # "founded six years ago"; not after a figure, which the date dates: "up from seven a
                        # year ago"
                        and not (_ends_in_postposition(text, date_start, date_end, rule)
                                 and not _is_figure(last, lang))
                        and not (rule.preposition_opening.match(text, date_start)  # "er am Morgen des 26. Mai"
                                 and last not in rule.determiners)  # not "in einem am Vorabend veröffentlichten"
                        or _attributive(governing.group() if governing else "", text[date_start:date_end],
                                        text, _after_range(text, date_end, dates, rule), span[1], rule)
                        or head.rstrip().endswith(("'", "’", "(", "["))
                        or head.endswith(_OPENING_QUOTES)  # a title: '"Den 11. September verstehen"'"
                        or _IN_COMPOUND.search(before) is not None
                        or not governing and head.rstrip().endswith(",") and (
                            _LONE_WORD_AFTER.match(text, date_end, span[1]) is not None
                            or _list_item(text, date_end, span[1], dates, lang))
                        or _COMPOUND_AFTER.match(text, date_end, span[1]) is not None
                        or POSSESSIVE_AFTER.match(text, date_end, span[1]) is not None
                        or _described_after(text, date_end, span[1], lang)
                        or _noun_linked(governing, head, text, date_end, span[1], rule, lang)
                        or _negated_limit(governing, text, span, rule)
                        or _correlated(text[span[0]:date_start], rule)
                        or governing is not None and rule.exception.search(head) is not None  # "except in May"
                        # "lasted from May to July", "had spent the winter raising": the verb says nothing without it
                        or _bare_lower(last) in rule.duration_verbs
                        # "remontait à 2019", "dates back to 1990": the verb needs its complement of time
                        or governing is not None and _time_complement(head, governing.group(), rule)
                        or _verb_second_after(head, text, date_end, span[1], rule, lang,
                                              _opens_span(head, position == span[0], rule))
                        or governing is not None and _coordinated_word(text, date_end, span[1], dates, rule)
                        # "Start war am 1. Juli.", "The meeting is on Friday": the date is what the copula says;
                        # "höher als im Vorjahr", "more than in 2001": the date is what is compared
                        or (is_copula(last, lang) or last in rule.comparison)
                        and not text[date_end:span[1]].strip(_CLOSING)
                        # "beginnend mit dem 1. Juli", "continued into 2002": the preposition governs nothing else
                        or last in rule.dangling
                        or _hyphenated_modifier(text[date_start:date_end], text, date_end, span[1], rule)
                        # "The day after the battle", "am selben Tag wie die Landung": the words after the date
                        # are its preposition's object or what it is compared with
                        or _continued_after(text[date_start:date_end], text, date_end, span[1], rule)
                        or _genitive_attribute(governing, text, date_end, span[1], rule)
                        or _heads_phrase(governing, head, text, date_end, span[1], dates, rule)
                        or named_by_event(text[date_start:date_end], text, date_end, span[1], dates, rule)
                        # "Hans Müller, damals Bürgermeister, stimmte …": the adverb tells when the apposition held
                        or not governing and dated_apposition(text, span, (date_start, date_end), rules(lang)))
            embedded = embedded and not (bracketed and governing is None)  # its bracket went with it
        if embedded:
            if kept:  # nothing was cut since the date before: "1990–1995" stays as written
                pieces[-1] += before + text[date_start:date_end]
            else:
                pieces.append(before + text[date_start:date_end])
            last_start, last_end, kept, position = date_start, date_end, True, date_end
            continue
        _add(pieces, head, glued=bool(kept))
        last_start, last_end, kept = date_start, date_end, False
        following = rule.postposition_after.match(text, date_end, span[1]) or _range_end(text, date_end, span, dates) \
            or (_article_alone(governing.group() if governing else "", text[date_start:date_end], rule)
                and rule.postposition_after_article.match(text, date_end, span[1]) or None)
        position = bracketed.end() if bracketed else following.end() if following else date_end
        position = continued_date_end(text, position, span[1], dates, rule)
        position = _time_partner_end(text, text[date_start:date_end], position, span[1], dates, rule, lang) \
            or position
        position = _day_part_end(text, text[date_start:date_end], position, span[1], rule, lang)
        if not head.strip() and pieces == [head] and rule.verb_second:
            position = _coordinated_time(text, position, span[1], dates, rule, lang) or position
        position = _closing_comma_end(head, text, position, span[1], rule)
    _add(pieces, text[position:span[1]], glued=bool(kept))
    return " ".join(" ".join(pieces).split())


_WORD_AND_SPACE = re.compile(r"\S+\s+")

# A bare number after a dash or slash is the other end of the range the date opens ("von 8.30-12 Uhr", "den Winter
# 1918/19"): it goes with it.
_RANGE_END_AFTER = re.compile(r"\s*[-–/]\s*\d{1,4}(?:[.:]\d\d)?\b(?![.,:]?\d)")

_SPACE = re.compile(r"[ \t]+")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"»«“”]|$)")


def _attributive(governing: str, date: str, text: str, date_end: int, end: int, rule: _LabelRules) -> bool:
    """Whether a date after an article (the last word governing it, or its own first word before a calendar date)
    modifies the word that follows it ("in the Oct. 23 killing", "by the 15 September attack date", "der 1998
    gegründete Verein", "the 1784 Treaty of Mangalore"): cut, it would leave "involved killing"."""
    last_governing = governing.split()[-1].lower() if governing.split() else ""
    first = date.split(maxsplit=1)[0].lower() if date.split() else ""
    # an article inside the date counts before a calendar date only: "the end of June civilians became" is no
    # modifier, nor is a date whose own noun a link ties to its year ("In the first half of 2026 profit doubled")
    own_article = first in rule.determiners and any(map(str.isdigit, date)) \
        and not any(word.lower() in rule.date_noun_links for word in date.split()[1:])
    if last_governing not in rule.determiners and not own_article:
        return False
    following = _WORD.match(text, date_end + 1, end) if text[date_end:date_end + 1] == " " else None
    if rule.postposition_after.match(text, date_end, end) or not rule.capitalised_names and date.split() \
            and date.split()[-1][:1].isupper():
        return False  # "les 13 avril prochains": the word after belongs to the date; "für die kommenden Jahre
        # bilden": a date ending in a (German) noun modifies nothing after it
    return following is not None and following.group().lower() not in rule.stopwords \
        and not is_listed_finite(following.group(), rule.lang) \
        and not _closing_particle(following, text, end, rule)  # "trat in der zweiten Jahreshälfte 1990 zurück"


def _ends_in_postposition(text: str, date_start: int, date_end: int, rule: _LabelRules) -> bool:
    """Whether a date ends in its own postposition ("six years ago", "drei Wochen später"): an adverbial of time,
    which modifies no word before it."""
    return any(found.end() == date_end for found in rule.postposition_after.finditer(text, date_start, date_end))


def _is_figure(word: str, lang: str | None) -> bool:
    """Whether `word` (lower case) is a figure: digits ("$1.4", "7%") or a number word of the language ("seven")."""
    return any(char.isdigit() for char in word) or word.strip(".,;:") in pack_table(lang, "number")


def _closing_particle(word: re.Match[str], text: str, end: int, rule: _LabelRules) -> bool:
    """Whether `word` is a separable verb particle that ends its clause ("zogen sich in der Nacht vom 2. auf den 3.
    Januar 1777 zurück"): the verb's, no word a date could modify."""
    return word.group().lower() in rule.separable_prefixes and _CLAUSE_END.match(text, word.end(), end) is not None


def _attribute_start(governing: str, text: str, date_end: int, end: int, rule: _LabelRules) -> int:
    """Where the words governing a date start once an article that opens an attribute is left out (0: none is):
    an article followed by a preposition cannot govern it, so the date, its preposition and the adjective after
    them describe the noun that follows ("von der seit Mitte 1918 grassierenden Grippe", "der bis 1915 russische
    Teil", "during the early 1990s boom" keeps "during the"). So does a preposition fused with its article ("zur
    bis heute schwersten Katastrophe" keeps "zur"). Cut, only the preposition goes with the date."""
    found = 0
    for word in re.finditer(r"\S+", governing):
        following = governing[word.end():].split()
        if word.group().lower() in rule.determiners | rule.noun_markers and following \
                and following[0].lower() not in rule.determiners:
            found = word.end()
    if not found:
        return 0
    space = _SPACE.match(text, date_end, end)
    after = _WORD.match(text, space.end(), end) if space else None
    if after is None or rule.postposition_after.match(text, date_end, end):
        return 0
    adjective = after.group()
    # an adjective: no function word, no verb; in a language that capitalises nouns, in lower case
    if adjective.lower() in rule.stopwords or is_listed_finite(adjective, rule.lang) \
            or not rule.capitalised_names and not adjective[:1].islower():
        return 0
    return found + len(governing[found:]) - len(governing[found:].lstrip())


def time_phrase_start(head: str, governing: str, rule: _LabelRules) -> int | None:
    """Where a phrase of time (a preposition, articles and a noun of time) starts that ends `head`, the text before
    a date's preposition, so that the date's phrase describes its noun ("in den Tagen um den 9. November", "in the
    weeks before May 1"): the two say one time, and cut alone, the date would leave "kann in den Tagen leicht". None
    when no such phrase ends `head` or a genitive link governs the date ("am Ende des Jahres 1990")."""
    if " ".join(governing.split()).lower() in rule.date_noun_links or not head[-1:].isspace():
        return None
    words = list(re.finditer(r"\S+", head))
    if not words or words[-1].group().lower() not in rule.event_time_nouns:
        return None
    k = len(words) - 2
    while k >= 0 and words[k].group().lower() in rule.determiners:
        k -= 1
    # a preposition of time, not of a rate ("120 bombs per day in March")
    opening = words[k].group() if k >= 0 else ""
    return words[k].start() if opening.lower() in rule.single_prepositions | rule.noun_markers \
        and rule.preposition_before.fullmatch(opening + " ") is not None else None


def _noun_linked(governing: re.Match[str] | None, head: str, text: str, date_end: int, end: int,
                 rule: _LabelRules, lang: str | None) -> bool:
    """Whether a date is the genitive of the noun before it ("the approach of the year 2000 has", "der Beginn des
    Jahres 1990", "l'accord du 10 avril"): part of that noun's phrase, it stays, and so do dates joined to it by a
    conjunction ("for the rest of 496 and 495 BC"). A range opened so ("fermée du 3 au 6 avril") says when, and
    goes."""
    if governing is None or " ".join(governing.group().split()).lower() not in rule.date_noun_links:
        return False
    words = head.split()
    last = words[-1] if words else ""
    # a noun: no function word that opens a phrase or clause ("months" is one of the stopwords, and a noun)
    if not last[-1:].isalpha() or last.lower() in rule.clause_words or is_listed_finite(last, lang) \
            or last.lower() in rule.loose:
        return False
    joined = rule.range_between.match(text, date_end, end)
    return joined is None or joined.group().strip().lower() in rule.conjunctions


def _negated_limit(governing: re.Match[str] | None, text: str, span: Span, rule: _LabelRules) -> bool:
    """Whether a date ends a span of time in a negated clause ("The ferry will not sail until June", "Bis heute
    hat sich der Wald nicht erholt"): the clause says the date; without it, it would say the opposite."""
    if governing is None or not rule.limits:
        return False
    words = governing.group().lower().split()
    if not any(" ".join(words[k:]) in rule.limits for k in range(len(words))):
        return False
    return rule.negation.search(text, span[0], span[1]) is not None


def _verb_second_after(head: str, text: str, date_end: int, end: int, rule: _LabelRules, lang: str | None,
                       opening: bool = False) -> bool:
    """Whether a date stands between a coordinator and the finite verb of a verb-second main clause ("…, denn seit
    Mai bin ich unterwegs", "und einen Tag später kapitulierte die Stadt"): cut, the verb would follow the
    coordinator and read as the first clause's ("und kapitulierte die Stadt"), so the date stays. Not when only
    connectives open the span before the date (`opening`) and a subject follows the verb ("und schon Ende Juni
    besetzten die Truppen …"): the label drops them and puts the subject first."""
    words = head.split()
    if not words or words[-1].lower() not in rule.verb_second_coordinators:
        return False
    postposition = rule.postposition_after.match(text, date_end, end)
    space = _SPACE.match(text, postposition.end() if postposition else date_end, end)
    after = _WORD.match(text, space.end(), end) if space else None
    # a verb that ends its clause is a verb-final one ("die … geplant wurde und am 30. Juni begann"): no inversion
    following = _WORD.match(text, after.end() + 1, end) if after is not None else None
    if after is None or not after.group()[:1].islower() or not is_finite([after.group()], 0, lang) \
            or following is None or text[after.end():after.end() + 1] != " ":
        return False
    return not (opening and opens_subject(following.group(), rule))


def _opens_span(head: str, at_start: bool, rule: _LabelRules) -> bool:
    """Whether only connectives stand before a date at the start of the span ("und schon Ende Juni", a clause cut
    off at its coordinator): the label drops them."""
    return at_start and all(word.lower() in rule.loose for word in head.split())


# One word after a date, with the space around it: a link or particle ("of", "des", "as", "d'")
_LINK_AFTER = re.compile(r"\s+([^\W\d_]+['’]?)\s*")

_HYPHENATED = re.compile(r"[^\W_]-[^\W\d_]")  # "fourth-quarter", "two-year": a date joined to its unit


def continued_date_end(text: str, position: int, end: int, dates: list[Span], rule: _LabelRules) -> int:
    """Where a cut date (ending at `position`) ends once what continues it goes with it: a phrase pointing back to
    its year ("am 4. Mai desselben Jahres") or a date a genitive link ties to it ("am Mittag des 9. Februars
    1904"); `position` when neither follows. `_without_dates` cuts up to there, and a label's anchor (the place of
    the cut date, `timeline.labels`) is counted from there."""
    continued = rule.continuation.match(text, position, end)
    if continued is not None:  # "im April des Jahres 1918": a date that starts inside the phrase goes whole
        following = _next_date(dates, position)
        if following is None or following[0] >= continued.end():
            return continued.end()
    position = _chained_date(text, position, end, dates, rule) or position
    return _glossed_end(text, position, end, dates) or position


_GLOSS_OPENING = re.compile(r"[ \t]*\([ \t]*")


def _glossed_end(text: str, position: int, end: int, dates: list[Span]) -> int | None:
    """Where a bracket right after a cut date ends that holds nothing but another date, which glosses it ("vor 90
    Jahren (1923)", "im Winter (2010)"): it goes with the date, so that no "dass (2010) die Bauern" is left. None
    when no such bracket follows."""
    opening = _GLOSS_OPENING.match(text, position, end)
    if opening is None:
        return None
    glossing = _next_date(dates, opening.end())
    if glossing is None or glossing[0] != opening.end():
        return None
    closing = _CLOSING_BRACKET.match(text, glossing[1], end)
    return closing.end() if closing else None


def _governing_from(before: str, position: int, rule: _LabelRules) -> tuple[re.Match[str] | None, int]:
    """The words that govern a date (`preposition_before`) starting at `position` of `before`, the text before the
    date, or later, once the words before `position` are left to the clause; and where they start (the end of
    `before` when there are none)."""
    governing = rule.preposition_before.search(before, position) if before[position:].strip() else None
    return governing, governing.start() if governing else len(before)


def _governing_after_first_word(before: str, governing: re.Match[str], rule: _LabelRules
                                ) -> tuple[re.Match[str] | None, int]:
    """`_governing_from` past the first word of `governing`, which stays with the clause (a relative pronoun, a
    pronoun before the date's preposition)."""
    return _governing_from(before, governing.start() + len(governing.group().split()[0]), rule)


def _dates_bracket_end(text: str, date_end: int, end: int, dates: list[Span],
                       rule: _LabelRules) -> re.Match[str] | None:
    """The closing bracket after a date that opens a bracket of nothing but dates: the date, then range ends
    ("(1946-1950)", "(1915-17)", "(29. Dezember 1778/1779)") and the bracket. None when anything else is inside."""
    position = date_end
    for _ in range(MAX_BRACKET_DATES):
        closing = _CLOSING_BRACKET.match(text, position, end)
        if closing is not None:
            return closing
        following = _next_date(dates, position)
        if following is not None and following[1] <= end and _joins_range(text[position:following[0]], rule):
            position = following[1]
            continue
        bare_end = _RANGE_END_AFTER.match(text, position, end)
        if bare_end is None:
            return None
        position = bare_end.end()
    return None


def _continued_after(date: str, text: str, date_end: int, end: int, rule: _LabelRules) -> bool:
    """Whether a date ends in a preposition ("The day after") or, after a word of sameness, a comparison particle
    follows it ("the same day as the landing"; not "in 1911 as the beginning"): what comes next belongs to the
    date, and cut, the date would leave "the battle the general told" or "took place as the landing"."""
    words = date.split()
    if words and words[-1].lower() in rule.closed_prepositions:
        return _WORD.match(text, date_end + 1, end) is not None and text[date_end:date_end + 1] == " "
    found = _LINK_AFTER.match(text, date_end, end)
    return found is not None and found.group(1).lower() in rule.comparison and found.end() < end \
        and any(word.lower() in rule.sameness for word in words)


def _genitive_attribute(governing: re.Match[str] | None, text: str, date_end: int, end: int,
                        rule: _LabelRules) -> bool:
    """Whether a date governed by a genitive link alone comes before a noun it modifies ("53% of 1913 levels"):
    cut, it would leave "53% levels". Only where capitals mark names: a German noun after a date would be
    capitalised, and a lower-case word there is a verb ("In der vergangenen Woche präsentierte")."""
    return rule.capitalised_names and governing is not None \
        and " ".join(governing.group().split()).lower() in rule.date_noun_links \
        and _noun_after(text, date_end, end, rule)


def _noun_after(text: str, date_end: int, end: int, rule: _LabelRules) -> bool:
    """Whether a lower-case word that is neither a function word nor a verb follows the date: a noun it modifies."""
    if text[date_end:date_end + 1] != " ":
        return False
    following = _WORD.match(text, date_end + 1, end)
    return following is not None and following.group()[:1].islower() \
        and following.group().lower() not in rule.stopwords and not is_listed_finite(following.group(), rule.lang)


def _hyphenated_modifier(date: str, text: str, date_end: int, end: int, rule: _LabelRules) -> bool:
    """Whether a date joined to its unit by a hyphen ("fourth-quarter", "four-month") stands before a noun, as
    its adjective ("a decline in fourth-quarter earnings"): cut, it would leave "a decline earnings"."""
    return rule.hyphenated_modify and _HYPHENATED.search(date) is not None and _noun_after(text, date_end, end, rule)


def _heads_phrase(governing: re.Match[str] | None, head: str, text: str, date_end: int, end: int,
                  dates: list[Span], rule: _LabelRules) -> bool:
    """Whether a date that opens its clause with no preposition heads the noun phrase of a genitive after it
    ("The last days of the siege marked the end", "Die letzten Tage der Belagerung"): the date is the subject,
    and cut, it would leave "Of the siege marked the end". A date after the link ("the spring of 1918") or a
    phrase pointing back to one ("of that year") continues the date instead."""
    if head.strip() or governing is not None and any(word.lower() not in rule.determiners
                                                     for word in governing.group().split()):
        return False
    found = _LINK_AFTER.match(text, date_end, end)
    if found is None or found.group(1).lower() not in rule.date_noun_links \
            or rule.continuation.match(text, date_end, end):
        return False
    following = _next_date(dates, found.end())
    return following is None or following[0] != found.end()


def named_by_event(date: str, text: str, date_end: int, end: int, dates: list[Span], rule: _LabelRules) -> bool:
    """Whether a date ending in a noun of time (`event_time_nouns`) names its time by the event in a genitive right
    after it ("am Vorabend seines Besuchs", "on the eve of his visit", "la veille de sa visite"): cut, it would leave
    "seines Besuchs veröffentlichte Putin". Not where the genitive holds a date of its own ("in der Nacht des 3. Mai",
    "am Morgen des 12. Augusts 1810": one date the tagger split) or points back to one ("am Ende desselben
    Jahres")."""
    words = date.split()
    if not words or words[-1].lower().strip(".,") not in rule.event_time_nouns:
        return False
    found = _LINK_AFTER.match(text, date_end, end)
    if found is None or found.group(1).lower() not in rule.event_genitive_openers or found.end() >= end \
            or rule.continuation.match(text, date_end, end):
        return False
    following = _next_date(dates, found.end())
    return (following is None or following[0] != found.end()) \
        and _chained_date(text, date_end, end, dates, rule) is None


# The words a link may carry before a date it ties to the one before: numbers and names of days or months
# ("am Mittag des 9. Februars 1904", where only "1904" is a date the tagger found).
CHAINED_WORDS = 2

_CHAINED_WORD = re.compile(r"(?:\d{1,2}\.?|[^\W\d_]+)\s+")


def _chained_date(text: str, position: int, end: int, dates: list[Span], rule: _LabelRules) -> int | None:
    """Where a date ends that a genitive link ties to the date cut before it, with at most CHAINED_WORDS numbers or
    capitalised words between ("am Mittag des 9. Februars 1904" is one date the tagger split), or that ends the
    period cut before it ("for the quarter ended Sept. 30"): cut with it, so that no "des 9. Februars 1904" or
    "ended Sept. 30" is left behind. None when no link and such a date follow."""
    found = _LINK_AFTER.match(text, position, end)
    if found is None or found.group(1).lower() not in rule.date_noun_links | rule.period_end_links:
        return None
    chained = _next_date(dates, found.end())
    if chained is None or chained[1] > end:
        return None
    at = found.end()
    for _ in range(CHAINED_WORDS + 1):
        if at == chained[0]:
            return chained[1]
        word = _CHAINED_WORD.match(text, at, chained[0])
        if word is None or not (word.group()[:1].isdigit() or word.group()[:1].isupper()):
            return None
        at = word.end()
    return None


def _after_range(text: str, date_end: int, dates: list[Span], rule: _LabelRules) -> int:
    """Where the phrase of a date that ends at `date_end` ends: after its range's second end, if a dash or slash
    joins one to it ("the 2008-09 season": the noun the range modifies comes after both)."""
    following = _next_date(dates, date_end)
    between = text[date_end:following[0]] if following else ""
    return following[1] if following and not any(map(str.isalpha, between)) and _joins_range(between, rule) \
        else date_end


def _time_complement(head: str, governing: str, rule: _LabelRules) -> bool:
    """Whether a verb whose complement is a time and the words that govern it end `head` and open `governing` ("La
    hausse remontait | à", "The church dates back | to", "stammt aus | dem"): cut, the verb would say nothing."""
    before = " ".join(head.split())
    words = " ".join(f"{before} {governing}".split())
    first = len(before) + 1 + len(governing.split()[0]) if governing.split() else len(words)
    return any(found.start() < len(before) and found.end() >= first
               for found in rule.time_complements.finditer(words))


def _opened_range(text: str, first_start: int, between: str, rule: _LabelRules) -> bool:
    """Whether `between` is a word that joins a range only after its opening word ("de 2015 à 2017", "aux années
    2015 à 2017"; not "samedi à 8 h"), and that word stands among the two words before the range's first end."""
    word = " ".join(between.split()).lower()
    openings = rule.opened_range_words.get(word)
    return openings is not None and any(
        before.lower() in openings
        for before in text[max(0, first_start - RANGE_OPENING_CHARS):first_start].split()[-2:])


def _joins_range(between: str, rule: _LabelRules) -> bool:
    """Whether `between` joins the two ends of a range: "–", "/", "bis", "to", or such a word and a preposition of
    the second end ("vom März bis zum Juni", "du 3 au 5 juillet")."""
    joined = rule.range_between.match(between)
    return joined is not None and (joined.end() == len(between)
                                   or rule.preposition_before.fullmatch(between, joined.end()) is not None)


def _in_date_list(text: str, last_end: int, date_start: int, dates: list[Span], lang: str | None) -> bool:
    """Whether the date at `date_start` is a later day of a list of days that the date ending at `last_end` opens
    or continues (`clauses.date_list`: "on 3, 4 and 5 June", "May 4, 5, and 6")."""
    index = bisect_left(dates, (date_start, date_start))
    return index > 0 and dates[index - 1][1] == last_end and date_list(text, dates, index - 1, lang)


def _coordinated_word(text: str, date_end: int, end: int, dates: list[Span], rule: _LabelRules) -> bool:
    """Whether a plain conjunction and one word that is no date close the phrase after a date ("throughout the fall
    and winter."): the word shares the date's preposition, so cut, the date would leave "continued and winter"."""
    found = rule.coordinated_word.match(text, date_end, end)
    if found is None:
        return False
    word_start = found.end() - len(found.group().split()[-1])
    following = _next_date(dates, word_start)
    return following is None or not following[0] <= word_start < following[1]


_CONJUNCTION_WORD = re.compile(r"\s+([^\W\d_]+)\s+")

COORDINATED_WORDS = 6  # the longest phrase coordinated with an opening date that goes with it


def _coordinated_time(text: str, position: int, end: int, dates: list[Span], rule: _LabelRules,
                      lang: str | None) -> int | None:
    """Where the finite verb stands after a prepositional phrase coordinated with the date that opens a
    verb-second clause ("Am 2. Mai und an den beiden Tagen danach blieb die Grenze geschlossen"): before the
    verb stands one phrase only, so the coordinated one says when too and goes with the date. None when no
    plain conjunction and preposition follow the date, or a comma, a date or no finite verb within
    COORDINATED_WORDS words."""
    found = _CONJUNCTION_WORD.match(text, position, end)
    if found is None or found.group(1).lower() not in rule.conjunctions:
        return None
    words = [(word.start(), word.group()) for word in re.finditer(r"\S+", text[found.end():end][:200])]
    if not words or words[0][1].lower() not in rules(lang).date_words:
        return None
    plain = [word for _, word in words[:COORDINATED_WORDS + 1]]
    for k, (offset, word) in enumerate(words[1:COORDINATED_WORDS + 1], start=1):
        if plain[k - 1].endswith((",", ";", ":")):
            return None
        if word[:1].islower() and is_finite(plain, k, lang):
            start = found.end() + offset
            following = _next_date(dates, found.end())
            return start if following is None or following[0] >= start else None
    return None


# A plain conjunction and the word after it: "und Herbst", "and Tuesday".
_CONJUNCTION_AND_WORD = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)\b")


@cache
def _time_names(lang: str | None) -> frozenset[str]:
    """The names of months, weekdays and seasons, from the tagger's pack of the language (`resources/<lang>/dates.toml`:
    [tables.month_full], or [tables.month] where a pack has no full names apart, [tables.weekday], [tables.season])."""
    from .language import load_pack  # the tagger's packs (imported here, as in `timeline.event_resources`)

    try:
        pack = load_pack(lang) if lang else None
    except ValueError:
        pack = None
    if pack is None:
        return frozenset()
    months = pack.tables.get("month_full") or pack.tables.get("month") or {}
    return frozenset(word.lower() for table in (months, pack.tables.get("weekday") or {},
                                                pack.tables.get("season") or {}) for word in table)


def _time_partner_end(text: str, date: str, position: int, end: int, dates: list[Span], rule: _LabelRules,
                      lang: str | None) -> int | None:
    """Where the name of a month, weekday or season coordinated with a cut date that ends in one ends ("im
    Sommer und Herbst", "on Monday and Tuesday"), when it is no date of its own: it shares the date's preposition,
    so cut, the date would leave "wurde die Armee und Herbst wieder offensiv". Both names are written alike:
    a capital on one and not the other makes the word something else ("on Monday and may"). None when no plain
    conjunction and such a name follow."""
    names = _time_names(lang)
    last = date.split()[-1] if date.split() else ""
    if _bare_lower(last) not in names:
        return None
    found = _CONJUNCTION_AND_WORD.match(text, position, end)
    if found is None or found.group(1).lower() not in rule.conjunctions or found.group(2).lower() not in names \
            or found.group(2)[:1].isupper() != last[:1].isupper():
        return None
    following = _next_date(dates, found.start(2))
    return None if following is not None and following[0] == found.start(2) else found.end()


# A space and the word after it.
_SPACED_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)\b")


def _day_part_end(text: str, date: str, position: int, end: int, rule: _LabelRules, lang: str | None) -> int:
    """Where a cut date that ends in a weekday (or another name of a time) ends once the part of the day after it
    goes with it ("on Monday and Tuesday nights"): the name modifies that noun, so cut alone, it would leave
    "would leave Bombay nights". `position` when no such word follows."""
    last = date.split()[-1] if date.split() else ""
    found = _SPACED_WORD.match(text, position, end)
    if found is None or found.group(1).lower() not in rule.day_parts or _bare_lower(last) not in _time_names(lang):
        return position
    return found.end()


def _correlated(before: str, rule: _LabelRules) -> bool:
    """Whether a date follows the second word of a correlative pair, with articles only between, whose first word
    stands earlier in its clause ("Weder die Sonne noch der Sommer schmücken uns"): the date is one of two
    coordinated phrases, a subject or object, not the time of the clause; cut, it would leave "Weder die Sonne
    schmücken"."""
    rest, last = before, ""
    while not last:  # the last word before the date that is no article, read from the end: most dates have none
        parts = rest.rsplit(None, 1)
        if not parts:
            return False
        rest = parts[0] if len(parts) == 2 else ""
        last = parts[-1].lower() if parts[-1].lower() not in rule.determiners else ""
    pairs = [first for first, second in rule.correlative_pairs if second == last]
    return bool(pairs) and bool(set(pairs) & {word.lower() for word in rest.split()})


def _bare_lower(word: str) -> str:
    return word.strip(".,;:!?\"'()[]«»„“”").lower()


def _article_alone(governing: str, date: str, rule: _LabelRules) -> bool:
    """Whether a date is governed by an article alone (an accusative of time: "den ganzen Sommer über")."""
    words = governing.split() or date.split()[:1]
    return len(words) == 1 and words[0].lower() in rule.determiners


def _range_end(text: str, date_end: int, span: Span, dates: list[Span]) -> re.Match[str] | None:
    """The bare number closing the range a date opens ("8.30-12"), unless it starts a date of its own."""
    found = _RANGE_END_AFTER.match(text, date_end, span[1])
    if found is None:
        return None
    following = _next_date(dates, date_end + 1)
    return None if following is not None and following[0] < found.end() else found


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
    if after is None:
        return False
    following = _next_date(dates, after.end())
    return following is None or following[0] != after.end()


def _add(pieces: list[str], text: str, glued: bool) -> None:
    """Text after a kept date joins it as written ("December's", "2014/15"); after a cut, a space."""
    if glued and pieces:
        pieces[-1] += text
    else:
        pieces.append(text)


def ends_with_particle(text: str, date: Span, lang: str | None) -> bool:
    """Whether the words right before `date` end with a word that is no preposition of the date (`_verb_particle`),
    which stays when the date is cut."""
    rule = _label_rules(lang)
    governing = rule.preposition_before.search(text, max(0, date[0] - _PARTICLE_REACH), date[0])
    return governing is not None and _verb_particle(governing.group(), text, date[0], date[1], rule) > 0


# Characters before a date read for its governing prepositions: a few short words.
_PARTICLE_REACH = 40


def _verb_particle(governing: str, text: str, date_start: int, date_end: int, rule: _LabelRules) -> int:
    """How many characters at the start of `governing` (the words before a date that would go with it) are no
    preposition of the date (`unstacked_prepositions`): the first of two prepositions that take no second, a verb's
    particle ("gave in on Friday") or an infinitive group's opener ("um im März … zu übernehmen"), or one before a
    date that takes none of them ("was sworn in last week"; not "in last week's vote")."""
    words = governing.split()
    if words[0].lower() not in rule.unstacked_prepositions:
        return 0
    if len(words) > 1 and words[1].lower() not in rule.unstacked_prepositions:
        return 0
    if len(words) == 1 and (not rule.prepositionless_date.match(text, date_start)
                            or POSSESSIVE_AFTER.match(text, date_end)):
        return 0
    return len(governing) - len(governing[len(words[0]):].lstrip())


def _pronoun_before_preposition(governing: str, rule: _LabelRules) -> bool:
    """Whether the words governing a date open with a determiner and end with a preposition: an article comes after
    the preposition of its date ("in der Nacht"), so one before it stands for a noun of its own ("das erst am 31.
    Januar"). Not when the words end in an approximator or boundary word ("die rund 20 Jahre", "the early 1990s"):
    that article is the date's."""
    words = governing.lower().split()
    return len(words) > 1 and words[0] in rule.determiners and words[-1] in rule.single_prepositions


def _opens_relative(before: str, position: int, rule: _LabelRules) -> bool:
    """Whether the word at `position` of `before` is a relative pronoun opening a clause (after a comma or at
    the start), not an article of the date: "…, die am 1. Mai stattfindet"."""
    word = before[position:].split()[0].lower()
    return word in rule.relatives and (not before[:position].strip() or before[:position].rstrip().endswith(","))


# The comma that closed a cut date's phrase, the word after it and the next few (a relative pronoun among them
# opens a relative clause: "im April 1945, im Zuge derer …", see `_relative_among`).
_COMMA_THEN_WORD = re.compile(r"\s*,\s*([^\W\d_][\w'’]*)((?:\s+[^\W\d_][\w'’]*){1,3})")
# ...or at most three words that end the clause
_COMMA_THEN_CLOSING = re.compile(r"\s*,\s*([^\W\d_][\w'’]*(?:\s+[^\W\d_][\w'’]*){0,2})[\s.!?;:]*$")


def _closing_comma_end(head: str, text: str, position: int, end: int, rule: _LabelRules) -> int:
    """Where the text after a cut date goes on: past the comma that closed the date's phrase when no comma opened
    it and another phrase of the same verb follows, led by a preposition ("rendez-vous à 14 h, devant la mairie" ->
    "rendez-vous devant la mairie", "décédée le 13 février, à l'hôpital"): alone, the comma would part the verb
    from its phrase. Not before a relative clause ("am Sonntag, in der die Kinder …") or an infinitive group ("met on
    Monday, to approve …"), nor after a date that opens the clause or follows a comma or bracket (the comma then
    closes an introductory or inserted phrase)."""
    if not head.strip() or head.rstrip()[-1:] in ",;:([":
        return position
    # where the verb closes its clause, the words that end it after the comma are that verb's ("nahm den Mann am
    # Freitag, 14 Uhr, fest", "wurde für Donnerstag, 15 Uhr, angesetzt")
    closing = _COMMA_THEN_CLOSING.match(text, position, end) if rule.verb_final else None
    if closing is not None and closing.group(1).islower():
        return closing.start(1)
    found = _COMMA_THEN_WORD.match(text, position, end)
    if found is None or found.group(1).lower() not in rule.phrase_prepositions \
            or _relative_among(found.group(2).split(), rule):
        return position
    return found.start(1)


def _relative_among(words: list[str], rule: _LabelRules) -> bool:
    """Whether a relative pronoun is among `words`; a word that is also an article is one only where no capitalised
    word follows it ("bei dem viele Gäste", not "in der Kapelle")."""
    return any(word.lower() in rule.relatives
               and not (word.lower() in rule.determiners and k + 1 < len(words) and words[k + 1][:1].isupper())
               for k, word in enumerate(words))
