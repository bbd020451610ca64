"""A date in a phrase that describes the sentence's subject, not in the clause of its verb: "Anna Berg, mayor from
2004 to 2016, criticised the plan" dates her being mayor, not the criticism; "The bridge, opened in 1932, will
close" dates the opening.

The grammar must be plain: the sentence opens with a short noun phrase (a name, a noun with its article: no verb,
no date, no introductory preposition), then a phrase set off by commas or dashes that holds the date and words
besides it, with no finite verb of its own (an apposition or a participle phrase: a relative clause has its verb
and is `timeline.subclauses`'s), and right after it the sentence's finite verb. The label is the noun phrase with
its phrase ("Anna Berg, a director since 2010": "Anna Berg, a director"), or, for a noun phrase a closed period
dates, the two joined by the pack's past copula ("Anna Berg, mayor from 2004 to 2016": "Anna Berg was mayor",
[event_nouns] `past_copula`); a phrase that the cut date would leave one lower-case word keeps its date, since a
participle alone tells nothing ("The bridge, opened in 1932"). A duration in such a phrase tells how long the
subject was so ("Nashua, rumored a takeover target for six months, said …"); a phrase that gives the subject a
name (a naming participle: "known as …") tells no state of it at a date. Pack data: [labels] `openers`,
`relatives`, `subordinators`, [verbs] `naming_participles` and the finite verbs of `timeline.finite_verbs`; one
engine for every language.
"""

from __future__ import annotations

import re

from .clauses import Span
from .event_nouns import range_span
from .event_resources import load, pack_words
from .finite_verbs import has_finite, has_lower_finite, is_copula, is_finite, is_listed_finite
from .label_dates import _without_dates
from .label_rules import MIN_LABEL_WORDS, _bare, _has_content_words, _label_rules, _LabelRules, _within
from .labels import DATELINE, MAX_APPOSITION, MAX_SUBJECT, make_label

MAX_PHRASE = 2 * MAX_APPOSITION  # words of the describing phrase: a title and what it was of ("le complice … de")

PHRASE_REACH = 300  # characters of the subject, and of the describing phrase before or after its date

_SET_OFF = re.compile(r",\s+|\s+[–—]\s+")  # a comma, or a dash with spaces around it (not a hyphen in a word)


def apposition_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """The label of `date` when it stands in a phrase describing the sentence's subject (see the module's
    docstring): that subject and the phrase, without the date; None when the sentence is not so built. `dates`:
    the points and periods of time, sorted."""
    rule = _label_rules(lang)
    start = sentence[0]
    dateline = DATELINE.match(text[start:sentence[1]])
    if dateline is not None and dateline.end() < sentence[1] - start:
        start += dateline.end()  # "PARIS — The bridge, …": the dateline is no part of the subject
    opening = _SET_OFF.search(text, start, min(date[0], start + PHRASE_REACH))
    if opening is None or not opening.end() <= date[0] <= opening.end() + PHRASE_REACH \
            or _SET_OFF.search(text, opening.end(), date[0]):
        return None  # (each search reaches PHRASE_REACH characters: a sentence dense with dates stays linear)
    head = text[start:opening.start()].split()
    closing = next((found for found in _SET_OFF.finditer(text, date[1], min(sentence[1], date[1] + PHRASE_REACH))
                    if not _within(dates, (found.start(), found.start() + 1))), None)
    if closing is None:
        return None
    phrase = text[opening.end():closing.start()].split()
    rest = text[closing.end():sentence[1]].split()
    if not 1 <= len(head) <= MAX_SUBJECT or not 1 <= len(phrase) <= MAX_PHRASE or not rest \
            or _within(dates, (start, opening.start())) or rule.openers.match(text, start) \
            or _bare(head[0]).lower() in rule.stopwords - rule.determiners \
            or rule.subordinate.match(text, start) or _opens_clause(text, opening.end(), rule) \
            or has_finite(head, lang) \
            or any(is_finite(phrase, k, lang) and not _participle(phrase, k, rule.verb_final, lang)
                   for k in range(len(phrase))):
        return None  # no noun phrase and its describing phrase, or a verb of their own
    if not (rest[0][:1].islower() and is_finite(rest, 0, lang)):
        return None  # the phrase is not followed by the verb of the subject it describes
    if _bare(phrase[0]).lower() in pack_words(lang, "verbs", "naming_participles"):
        return None  # "The counteroffensive, known as the Hundred Days Offensive, began": a name, no state at a date
    described = _without_dates(text, (opening.end(), closing.start()), dates, lang).split()
    if not _has_content_words(" ".join(described), lang, 1):
        return None  # "The fall of Atlanta, on September 2, 1864, was": the date dates the main clause
    held = _held_office_label(text, sentence, date, dates, lang, head, phrase, described)
    if held is not None:
        return held
    span = (start, closing.start() + (1 if closing.group().startswith(",") else 0))
    # "The bridge, opened in 1932": a participle alone would leave a hole; a noun stands alone ("Anna Berg,
    # Bürgermeisterin"); nor a phrase that ends in a word governing the cut date ("more lethal than in the 1870s")
    hole = len(described) == 1 and _bare(described[0])[:1].islower() \
        or _bare(described[-1]).lower() in rule.stopwords
    label = make_label(text, span, [] if hole else dates, lang)
    return label if _has_content_words(label, lang, MIN_LABEL_WORDS) else None


def _held_office_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None, head: list[str],
                       phrase: list[str], described: list[str]) -> str | None:
    """The label of an end of a closed period in a noun phrase describing the subject ("Anna Berg, Bürgermeisterin
    von 2004 bis 2016, …"): the subject was so then, said with the pack's past copula (`past_copula`: "Anna Berg
    war Bürgermeisterin"); None for any other phrase: a participle's, one a preposition opens ("under strain"), a
    single date (whose state may last), or a subject of more than one (whose copula is plural)."""
    rule = _label_rules(lang)
    copula = load(lang).get("event_nouns", {}).get("past_copula")
    period = range_span(text, date, dates, sentence, lang)
    if not copula or period == date or _bare(phrase[0]).lower() in rule.all_prepositions \
            or has_lower_finite(phrase, lang) \
            or any(word.lower() in pack_words(lang, "event_nouns", "aside_conjunctions") for word in head):
        return None
    label = " ".join([*head, copula, *described])
    return label[:1].upper() + label[1:]


def _participle(words: list[str], k: int, verb_final: bool, lang: str | None) -> bool:
    """Whether words[k], a finite form where it stands, is the participle of a phrase with no subject of its own:
    its first word, unless a copula ("built in 1890 by …", "lancé vendredi", not "was"), or in a verb-final
    language its last, unless a listed finite form ("1961 unterzeichnet", not "… entbunden hatte")."""
    return k == 0 and not is_copula(words[k], lang) \
        or verb_final and k == len(words) - 1 and not is_listed_finite(words[k], lang)


def _opens_clause(text: str, position: int, rule: _LabelRules) -> bool:
    """Whether a relative pronoun or a subordinator opens the phrase at `position`: not an article before a noun
    ("die Bürgermeisterin", written with a capital), which a relative pronoun may look like ("die 2004 …")."""
    found = rule.dependent.match(text, position)
    if found is None:
        return False
    following = text[found.end():found.end() + 40].split(maxsplit=1)
    return not (found.group().lower() in rule.determiners and following and following[0][:1].isupper())
