"""A date that dates a figure compared with the clause's own, not the clause: "Revenue fell to $85 million, from
$93 million a year earlier" dates the $93 million; "Die Quote stieg auf 5,2 Prozent, nach 4,9 Prozent im Vorjahr"
dates the 4.9 per cent.

The grammar: a marker of comparison (`markers`: "from", "compared with", "nach", "gegenüber", "contre"), then the
compared figure (a number, with the words that go with it: its unit, "or 40 cents a share") or a noun phrase tied
to its figure ("net income of $5 million"), then the date, with nothing after it but the clause's end. The date
may stand inside the compared phrase instead, before its figure ("compared with year-earlier profit of $3.8 million",
"earnings a year earlier of $382 million", "from last year's $1.55 billion"), when the marker follows a comma or the
clause's own figure (after a noun, "an increase from last year's $1.55 billion", the phrase is the noun's, which
the clause's label tells). Before the marker stands the clause's own figure of the same kind (the same currency
sign or unit word), after its finite verb. What held at the date is told from the sentence's own words:

- when the verb tells how much the measured quantity is or became (`change_verbs`: "rose", "stieg", "a augmenté";
  or a copula), its subject was the compared figure: "Revenue was $93 million", with the language's copula in the
  past tense (the compared date lies before) and in the number of the subject (`plural_*`);
- when the compared phrase names its own quantity ("versus net income of $5 million"), that quantity was it:
  "Net income was $5 million";
- otherwise the verb's object is the quantity, and the clause told with the compared figure in place of its own
  says what happened then: "The company earned $84.9 million"; when the clause has no subject of its own before
  the verb (an apposition stands there: "Sun, a maker of workstations, reported sales of …"), the noun the figure
  is tied to names the quantity: "Sales were $388.5 million".

Nothing is built when the measured quantity cannot be found (no subject, a pronoun, a clause too long). Pack data:
`[figures]` of timeline/resources/*/events.toml; one engine for every language.
"""

from __future__ import annotations

import re
from functools import cache

from .clauses import TOKEN, Span
from .event_resources import load, pack_words
from .finite_verbs import has_finite, is_copula, is_finite
from .label_rules import LABEL_WORDS, POSSESSIVE_AFTER, _bare, _label_rules, _LabelRules, _within

REACH = 300  # characters before the date searched for the clause's figure and the compared one

COMPARED_WORDS = 12  # words of the compared phrase: "net income of $5.3 million, or $1.61 a share,"

SUBJECT_WORDS = 8  # words of the measured quantity's noun phrase: "le taux de chômage de la région"

MARKER_WORDS = 4  # the longest marker: "im Vergleich zu", "par rapport à"

FOLLOWING_CHARS = 40  # characters after the date read for what follows it: a punctuation mark or a word

KIND_WORDS = 4  # words that tell what a figure counts: its number, scale words, unit ("2 hundred thousand tons")


_NUMBER = re.compile(r"^(\D*?)\d[\d.,'’/]*(\D*)$")  # "$9.3", "C$4", "40%", "4,9": a sign before, a unit after


@cache
def _pack(lang: str | None) -> dict:
    return load(lang).get("figures", {})


def _words(lang: str | None, key: str) -> frozenset[str]:
    return pack_words(lang, "figures", key)


def compared_label(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> str | None:
    """The label of `date` when it dates a compared figure (see the module's docstring); None when the sentence
    is not so built. `dates`: the points and periods of time, sorted."""
    pack = _pack(lang)
    if not pack.get("markers"):
        return None
    if not _marker_pattern(lang).search(text, max(sentence[0], date[0] - REACH), date[0]):
        return None  # no marker of comparison before the date: the common case, found without reading words
    # the date ends the compared phrase ("from $93 million a year earlier"), or stands inside it, before its
    # figure ("compared with year-earlier profit of $3.8 million")
    following: list[str] = []
    phrase_end = date[1]
    if not _ends_phrase(text, date, sentence, lang):
        inside = _following(text, sentence, date, lang)
        if inside is None:
            return None
        following, phrase_end = inside
    rule = _label_rules(lang)
    tokens = list(TOKEN.finditer(text, max(sentence[0], date[0] - REACH), date[0]))
    if tokens and tokens[0].start() > sentence[0] and not text[tokens[0].start() - 1].isspace():
        tokens = tokens[1:]  # a word cut by the reach
    words = [token.group() for token in tokens]
    end = len(words)
    if end and not following and not words[-1].endswith(",") and _bare(words[-1]).lower() in rule.prepositions:
        end -= 1  # "in December": the preposition governs the date
    found = _marker(words, end, lang)
    if found is None:
        return None
    marker, after = found
    compared = words[after:end]
    if following:  # the date inside the compared phrase, before its figure
        if not _dates_phrase(compared, words[:marker], rule, lang):
            return None
        compared += following
    opening = tokens[after].start() if after < len(tokens) else date[0]
    if not compared or any(other != date for other in _within(dates, (opening, phrase_end))):
        return None  # another date in the compared phrase: its own figure
    figure = _figure_start(compared, rule, lang)
    if figure is None:
        return None
    own, shown = compared[:figure], _figure_words(compared[figure:], rule, lang)
    if shown is None or has_finite(compared, lang):
        return None
    main = _main_clause(words[:marker], _kind(shown, lang), rule, lang)
    built = _told(own, shown, main, rule, lang) if main is not None else None
    if built is None:
        return None
    label = " ".join(built if len(built) <= LABEL_WORDS + 1 else built[:LABEL_WORDS]).rstrip(" ,;:")
    label += "" if len(built) <= LABEL_WORDS + 1 else "…"  # one word over stays whole, as in `make_label`
    return label[:1].upper() + label[1:]


def _told(
    own: list[str], shown: list[str], main: tuple[list[str], str | None, list[str]], rule: _LabelRules,
    lang: str | None
) -> list[str] | None:
    """The words that tell what held at the compared date (see the module's docstring), from the compared
    phrase's `own` noun phrase and link, the compared figure as `shown` and the clause before the marker (`main`,
    as `_main_clause` gives it); None when the measured quantity cannot be told."""
    subject, verb, level = main
    if own and own[-1].lower() in rule.noun_links:  # "versus net income of $5 million": that quantity had it
        noun = [word for word in own[:-1] if _bare(word).lower() not in _words(lang, "dropped_articles")]
        if not noun or len(noun) > SUBJECT_WORDS or any(word != _bare(word) for word in noun):
            return None
        return noun + [_copula(noun, None, rule, lang)] + _with_preposition(shown, lang)
    if own:
        return None
    if verb is not None:  # the verb tells the subject's level: the subject had the compared figure
        if not subject or len(subject) > SUBJECT_WORDS or _bare(subject[0]).lower() in rule.pronouns \
                or any(word != _bare(word) and not word.endswith("'s") for word in subject):
            return None
        return subject + [verb] + _with_preposition(shown, lang)
    return level + shown  # the verb's object is the quantity: the clause with the compared figure in its own's place


def _following(text: str, sentence: Span, date: Span, lang: str | None) -> tuple[list[str], int] | None:
    """The words after a date inside the compared phrase, to the phrase's end ("year-earlier [profit of $3.8
    million, or one cent a share]."), a possessive's ending left out ("last year's [$1.55 billion]"), and where
    they end: a full stop, a semicolon or a colon, the sentence's end, or a comma before a phrase that does not
    say the figure again ("…, as revenue rose"); None when the phrase runs over COMPARED_WORDS words."""
    start = date[1]
    possessive = POSSESSIVE_AFTER.match(text, start)
    if possessive is not None:
        start = possessive.end()
    tokens = list(TOKEN.finditer(text, start, sentence[1]))
    words: list[str] = []
    for k, token in enumerate(tokens[:COMPARED_WORDS]):
        word = token.group()
        if word.endswith(",") and k + 1 < len(tokens) and not _restates(tokens[k + 1].group(), lang):
            return words + [word.rstrip(",")], token.end() - 1
        words.append(word.rstrip(".;:"))
        if word.endswith((".", ";", ":")) or k + 1 == len(tokens):
            return words, token.end()
    return None


def _restates(word: str, lang: str | None) -> bool:
    """Whether a phrase after a comma that starts with `word` says the figure before it again another way: a word
    of `restating` or a number ("…, or 40 cents a share", "…, 40 cents a share")."""
    return _bare(word).lower() in _words(lang, "restating") or _NUMBER.match(_bare(word)) is not None


def _dates_phrase(before: list[str], clause: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """Whether a date after a marker of comparison, with `before` between them, stands inside the compared
    phrase: only an article or the phrase's noun before it ("compared with a year-earlier loss of", "compared
    with earnings a year earlier of"), no figure, preposition or punctuation; and the marker follows the
    `clause`'s own figure or a comma. After a noun ("a 13% increase from last year's $1.55 billion") the
    comparison is that noun's complement, which the clause's label tells with its date."""
    if len(before) > SUBJECT_WORDS or has_finite(before, lang) or any(
            word != _bare(word) or _NUMBER.match(word) or word.lower() in rule.prepositions - rule.determiners
            for word in before):
        return False
    last = clause[-1] if clause else ""
    return last.endswith(",") or _NUMBER.match(_bare(last)) is not None \
        or _bare(last).lower() in _words(lang, "scales")


def _ends_phrase(text: str, date: Span, sentence: Span, lang: str | None) -> bool:
    """Whether the clause ends after the date: punctuation, the sentence's end or a coordinator follows."""
    rest = text[date[1]:min(sentence[1], date[1] + FOLLOWING_CHARS)]
    stripped = rest.lstrip()
    if not stripped or stripped[0] in ",;.:)":
        return True
    first = stripped.split(maxsplit=1)[0]
    return _bare(first).lower() in _label_rules(lang).coordinators


@cache
def _marker_pattern(lang: str | None) -> re.Pattern[str]:
    """Any of the pack's markers of comparison as whole words (`TOKEN`s, their spaces any), in any case."""
    alternatives = "|".join(r"\s+".join(map(re.escape, marker.split()))
                            for marker in sorted(_words(lang, "markers"), key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alternatives})(?!\S)", re.IGNORECASE)


@cache
def _marker_ends(lang: str | None) -> frozenset[str]:
    """The last words of the pack's markers of comparison ("from" of "up from")."""
    return frozenset(marker.split()[-1] for marker in _words(lang, "markers"))


def _marker(words: list[str], end: int, lang: str | None) -> tuple[int, int] | None:
    """Where the nearest marker of comparison before words[end] starts and ends, at most COMPARED_WORDS words
    back: the longest one that ends there ("up from", not "from")."""
    markers = _words(lang, "markers")
    ends = _marker_ends(lang)
    for last in range(end - 1, max(end - 1 - COMPARED_WORDS, -1), -1):
        if words[last].endswith((";", ":")):
            return None
        if words[last].lower() not in ends:
            continue  # no marker ends in this word: no phrase to join and look up
        for size in range(min(MARKER_WORDS, last + 1), 0, -1):
            phrase = " ".join(word.lower() for word in words[last + 1 - size:last + 1])
            if phrase in markers:
                return last + 1 - size, last + 1
    return None


def _figure_start(words: list[str], rule: _LabelRules, lang: str | None) -> int | None:
    """Where the compared phrase's figure starts: after an article or a word of approximation alone ("the $13.5
    million", "about 35 percent"), or after a noun phrase and the link that ties the figure to it ("net income
    of"); the words before are the phrase's own noun phrase, or nothing."""
    first = next((k for k, word in enumerate(words) if _NUMBER.match(_bare(word))), None)
    if first is None:
        return None
    lead = [_bare(word).lower() for word in words[:first]]
    if all(word in rule.determiners or word in _words(lang, "approximators") for word in lead):
        return 0
    return first


def _figure_words(words: list[str], rule: _LabelRules, lang: str | None) -> list[str] | None:
    """The compared figure as it is shown ("$9 million, or 40 cents a share"): no article before it, nothing that
    ties it to another phrase after it (a preposition: "$3 million in the same period of")."""
    words = list(words)
    while words and _bare(words[0]).lower() in rule.determiners:
        words.pop(0)
    if not words:
        return None
    words[-1] = words[-1].rstrip(",")
    if any(_bare(word).lower() in rule.prepositions - rule.determiners for word in words[1:]):
        return None
    # a figure said again another way follows a comma with a word of `restating` or a number ("…, or 40 cents a share"),
    # not a phrase of its own ("…, reflecting the acquisition")
    if any(word.endswith(",") and not _restates(words[k + 1], lang) for k, word in enumerate(words[:-1])):
        return None
    return words


def _kind(words: list[str], lang: str | None) -> tuple[str, str]:
    """What a figure counts: the sign before its number ("$", "C$") and its unit after it ("%", "percent", "euros"),
    scale words ("million") aside; ("", "") when the unit is left out ("up from 443.6 million")."""
    scales = _words(lang, "scales")
    for k, word in enumerate(words):
        number = _NUMBER.match(_bare(word))
        if number is None:
            continue
        sign, unit = number.group(1), number.group(2)
        if not unit and not word.endswith(","):
            for following in words[k + 1:]:
                bare = _bare(following).lower()
                if bare in scales:
                    if following.endswith(","):
                        break
                    continue
                if not _NUMBER.match(bare):
                    unit = re.sub(r"^\w+['’]", "", following.strip(",.;:()").lower())  # "d'euros"
                break
        return sign, unit.lower()
    return "", ""


def _main_clause(
    words: list[str], kind: tuple[str, str], rule: _LabelRules, lang: str | None
) -> tuple[list[str], str | None, list[str]] | None:
    """The clause before the marker, as (subject, verb, level): when its finite verb tells its subject's level
    (a copula or a verb of `change_verbs` among its words), the subject and the copula to tell it with, and an
    empty level; else the clause's words up to its own figure of the compared `kind` (the verb's object: "The
    company earned"), and None for a verb. None when no finite verb is followed by such a figure."""
    words = [word.rstrip(",") if k == len(words) - 1 else word for k, word in enumerate(words)]
    start = max((k + 1 for k, word in enumerate(words) if word.endswith((";", ":"))), default=0)
    change = _words(lang, "change_verbs")
    for verb in range(len(words) - 1, start - 1, -1):
        if not is_finite(words, verb, lang) or words[verb] != _bare(words[verb]):
            continue
        level = next((k for k in range(verb + 1, len(words)) if _same_kind(words[k:], kind, lang)), None)
        if level is None:
            continue
        boundary = max([start] + [k + 1 for k in range(start, verb) if words[k].endswith(",")
                                  or _sentence_end(words, k) or is_finite(words, k, lang)
                                  or _bare(words[k]).lower() in (rule.relatives - rule.determiners)
                                  | rule.clause_subordinators
                                  or rule.subordinate.fullmatch(_bare(words[k])) is not None])
        told = [_bare(word).lower() for word in words[verb:len(words)]]
        if is_copula(words[verb], lang) or change.intersection(told):
            subject = words[boundary:verb]
            if rule.verb_second and (not subject or _bare(subject[0]).lower() in rule.prepositions):
                # "Im März stieg die Quote auf …": the subject after the verb, before its first preposition
                subject = []
                for word in words[verb + 1:level]:
                    if _bare(word).lower() in rule.prepositions or _NUMBER.match(_bare(word)) \
                            or _bare(word).lower() in change:
                        break
                    subject.append(word)
            # the clause's own copula where it is the verb ("Volume was"), not an auxiliary ("ist … gestiegen")
            copula = words[verb] if not change.intersection(told) else _copula(subject, words[verb], rule, lang)
            return subject, copula, []
        if level > verb + 1 + SUBJECT_WORDS or boundary == verb and not words[verb - 1].endswith(",") \
                or _bare(words[boundary]).lower() in rule.prepositions \
                or any(_bare(word).lower() in rule.prepositions - rule.noun_links for word in words[verb + 1:level]):
            continue  # no subject before the verb, or no object between it and the figure ("ended … to $5")
        if boundary == verb and level > verb + 2 and _bare(words[level - 1]).lower() in rule.noun_links:
            # no subject in the clause ("Sun, a maker of workstations, reported sales of $5 million"): told
            # without one, the verb would read as an event of the compared date; the noun before the figure names
            # the quantity, which had the compared figure then: "Sales were $4 million"
            noun = words[verb + 1:level - 1]
            noun = noun[1:] if _bare(noun[0]).lower() in _words(lang, "dropped_articles") else noun
            return noun, _copula(noun, None, rule, lang), []
        return [], None, words[boundary:level]
    return None


def _sentence_end(words: list[str], k: int) -> bool:
    """Whether words[k] ends a sentence the sentence splitter left joined to the next ("… at 1678.5. Volume was"):
    a full stop after a number or a lower-case word (no abbreviation: "Inc.", "Sept."), then a capital."""
    return words[k].endswith(".") and k + 1 < len(words) and words[k + 1][:1].isupper() \
        and (any(char.isdigit() for char in words[k]) or words[k][:1].islower())


def _same_kind(words: list[str], kind: tuple[str, str], lang: str | None) -> bool:
    """Whether `words` start with a figure of `kind`: the same currency sign, or without one the same unit (any,
    when the compared figure leaves its unit out)."""
    if not _NUMBER.match(_bare(words[0])):
        return False
    sign, unit = _kind(words[:KIND_WORDS], lang)
    if sign or kind[0]:  # a currency sign tells what is counted; the word after the figure may be any
        return sign == kind[0]
    return not kind[1] or unit == kind[1]


def _copula(subject: list[str], verb: str | None, rule: _LabelRules, lang: str | None) -> str:
    """The pack's past copula in the subject's number: told by the finite verb where its form shows it
    (`plural_verbs`, `plural_verb_endings`, `singular_verbs`), else by the head noun's ending
    (`plural_noun_endings`, unless one of `singular_noun_endings`); singular when neither tells."""
    pack = _pack(lang)
    bare = _bare(verb).lower() if verb else ""
    if bare and bare in _words(lang, "singular_verbs"):
        plural = False
    elif bare and (bare in _words(lang, "plural_verbs") or bare.endswith(tuple(pack.get("plural_verb_endings", [])))):
        plural = True
    else:
        head = ""
        for word in subject:
            if head and _bare(word).lower() in rule.prepositions | rule.noun_links:
                break
            head = _bare(word).lower()
        plural = head.endswith(tuple(pack.get("plural_noun_endings", []))) \
            and not head.endswith(tuple(pack.get("singular_noun_endings", [])))
    return pack["plural_copula" if plural else "copula"]


def _with_preposition(figure: list[str], lang: str | None) -> list[str]:
    """The figure after the copula, with the preposition the language's copula takes before a quantity ("était
    de 2,1 %"), if any."""
    preposition = _pack(lang).get("copula_preposition")
    return [preposition] + figure if preposition else figure


PAYOUT_REACH = 24  # words before the holders that the noun of what is paid out may stand at


def record_date_label(text: str, sentence: Span, date: Span, lang: str | None) -> str | None:
    """The label of a record date in a notice of a payout to holders ("a 3-for-2 split of the common, payable
    Dec. 7 to stock of record Nov. 22"): the holders are listed at that date, which the sentence names by no event
    of its own; the pack's term for that date (`record_label`) and the nearest noun of what is paid out before it
    (`payouts`, "dividend", "split"), with its modifiers and the language's definite article in place of its own
    determiner ("Record date of the 3-for-2 split"). None when the date follows no `record_links` ("of record")."""
    pack = _pack(lang)
    if not pack.get("record_links") or not _ends_phrase(text, date, sentence, lang):
        return None
    before = text[max(sentence[0], date[0] - REACH):date[0]].split()
    links = _words(lang, "record_links")
    longest = max(len(link.split()) for link in links)
    link = next((size for size in range(longest, 0, -1) if " ".join(before[-size:]).lower() in links), None)
    if link is None or len(before) <= link:
        return None
    words = before[:-link - 1]  # without the holders ("stock", "holders") and the link
    rule = _label_rules(lang)
    payouts = _words(lang, "payouts")
    for head in range(len(words) - 1, max(len(words) - 1 - PAYOUT_REACH, -1), -1):
        if words[head].endswith((";", ":")):
            return None
        if _bare(words[head]).lower() not in payouts:
            continue
        start = head
        while start > 0 and not words[start - 1].endswith(",") and _bare(words[start - 1]).lower() not in \
                rule.determiners and not is_finite(words, start - 1, lang) and start > head - SUBJECT_WORDS \
                and not (start > 1 and is_finite(words, start - 2, lang)):  # "will issue rights": its verb
            start -= 1
        phrase = [_bare(word) for word in words[start:head + 1]]
        return " ".join([pack["record_label"], pack["definite_article"]] + phrase)
    return None
