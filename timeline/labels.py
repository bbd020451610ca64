"""From a span's text to a short chart label (`make_label`): at most about LABEL_WORDS words.

The span's dates are cut out (`timeline.label_dates`), then its leading connectives. A label too long for the
chart loses what a reader skips first: bracketed asides, an apposition describing its subject, an introductory
phrase or subordinate clause before the main one. Word order is repaired where a cut date leaves it: a verb-second
clause gets its subject back in front, a verb-final subordinate clause is told as a main clause
(`timeline.word_order`). What is still too long is shortened around its main verb (`timeline.label_shortening`).
Everything is regular expressions over one span's words.
"""

from __future__ import annotations

import re

from .clauses import Span, resumed_at, shares_subject_before, without_closed_insertion
from .clauses import rules as clause_rules
from .dependents import infinitive_clause, preposition_before_infinitive
from .dependents import rules as dependent_rules
from .event_resources import pack_words
from .finite_verbs import _finite_by, has_finite, has_verb, is_finite, main_verb
from .insertions import insertion_after_date, without_insertion, without_reporting_insertion
from .label_dates import _without_dates, continued_date_end, ends_with_particle, time_phrase_start
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
from .label_shortening import last_words, shortened, spared
from .word_order import (
    NAME_WORDS,
    SUBJECT_AFTER_COMMA,
    _without_insertions,
    as_main_clause,
    fronted_adverb,
    fronted_preposition_verb,
    listed_names,
    main_clause_at,
    main_clause_follows,
    own_words,
    subject_first,
    without_listed_names,
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
DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]+\b\.?(?:,\s*[\w .'’-]+?)?\s*(?:\([\w .-]+\))?\s*(?:[_—–-]+\s*|$)")


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


def _last_date(clause: Span, dates: list[Span]) -> Span | None:
    """The date of `clause` that ends last; None when it has none."""
    return max(_starts_in(dates, clause), key=lambda date: date[1], default=None)


def _ends_with_date(text: str, clause: Span, last: Span) -> bool:
    """Whether `clause` ends with its `last` date, but for punctuation."""
    return not text[last[1]:clause[1]].strip(_PUNCTUATION + "\n\"“”»«)")


def _ends_with_kept_date(words: list[str], text: str, last: Span) -> bool:
    """Whether the label still ends with the clause's `last` date, kept in its phrase ("higher than a year
    earlier"): its last word is the date's, not a preposition left by a cut ("a year" without "earlier")."""
    if not words:
        return False
    date = text[last[0]:last[1]].split()
    return [word.strip(_PUNCTUATION) for word in words[-len(date):]] == [word.strip(_PUNCTUATION) for word in date]


def _starts_with_date(text: str, clause: Span, dates: list[Span], rule: _LabelRules) -> bool:
    """The clause opens with a date and the words that govern it ("Im Mai scheiterte ...")."""
    first = next((start for start, _ in _starts_in(dates, clause)), None)
    if first is None:
        return False
    before = rule.leading.sub("", text[clause[0]:first].lstrip())  # "Auch 2021 ...", "Doch im November ..."
    if not before.strip() or rule.preposition_before.fullmatch(before) is not None:
        return True
    # "In den Wochen vor dem 1. Mai stiegen …": a phrase of time the date's phrase describes goes with it
    governing = rule.preposition_before.search(before)
    return governing is not None and time_phrase_start(before[:governing.start()], governing.group(), rule) == 0


MAX_APPOSITION = 10  # words of a comma-enclosed phrase that describes someone

MAX_SUBJECT = 6  # words before the comma that opens such a phrase: the subject it describes

LIST_ITEM = 3  # a comma this few words after the phrase makes it an item of a list, not an apposition


def _without_apposition(
    words: list[str], anchor: int | None, rule: _LabelRules, introduced: bool, verbless: bool = False
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
    `verbless`: a phrase other than a relative clause must hold no finite verb (after a dropped opener the first
    comma may close a main clause's predicate: "veterans of Verdun, refused their orders, arriving drunk").
    Returns the words and the anchor moved with them."""
    if len(words) <= LABEL_WORDS:
        return words, anchor
    for opening in (k for k, word in enumerate(words[:MAX_SUBJECT]) if word.endswith(",")):
        relative = _bare(words[opening + 1]).lower() in rule.relatives
        reach = MAX_APPOSITION * (2 if relative else 1)
        closing = next((k for k in range(opening + 1, min(len(words) - 1, opening + 1 + reach))
                        if words[k].endswith(",")), None)
        resumed = resumed_at(words[opening + 1:], clause_rules(rule.lang)) if relative else None
        if resumed is not None and resumed < reach:
            closing = opening + 1 + resumed  # "which is owned by Ogden Corp., New York, had": past the name's comma
        if closing is None or anchor is not None and opening < anchor <= closing or relative and anchor is None:
            continue  # a relative clause that may hold the dated event (a duration is no cut date) is what happened
        if dependent_rules(rule.lang).complementizers.match(words[opening + 1]):
            continue  # "Die Bürger beschlossen, dass der Bau unmöglich sei, solange …": what was decided
        if verbless and not relative and has_finite(words, rule.lang, opening + 1, closing + 1):
            continue
        if not relative and main_clause_at(words, opening + 1, rule, rule.lang) \
                and has_finite(words, rule.lang, opening + 1, closing + 1) \
                and not is_finite(words, closing + 1, rule.lang):
            # a clause of its own, no phrase describing a noun, when no finite verb goes on after it: "Ces derniers
            # jours, M. Eltsine a montré des signes de faiblesse, apparaissant …" is the main clause, after an
            # introductory phrase ("Mr. Antar, the SEC said, made" is a report set in)
            continue
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
        ends_intro = introduced and before == 0 and has_finite(words, rule.lang, 1, opening + 1)
        kept = words[opening] if ends_intro else words[opening][:-1]
        words = words[:opening] + [kept] + words[closing + 1:]
        return words, None if anchor is None else anchor - (closing - opening if anchor > closing else 0)
    return words, anchor


MAX_ASIDE = 10  # words of a bracketed aside a label too long for the chart drops

# A dash that sets off an aside as a word of its own ("--", "–", "—"), or glued between two words ("Black—whose"; not
# an en dash, which glued joins the ends of a range: "1930–2017", "Berlin–Hamburg").
_DASH_WORD = re.compile(r"^(?:--|[–—])$")
_GLUED_DASH = re.compile(r"[^\W_](?:--|—)[^\W\d_]")
# A hyphen glued to a relative pronoun ("Bigeard-whose …", a dash typed as a hyphen): no compound ends so.
_GLUED_HYPHEN = re.compile(r"[^\W\d_]-(?P<relative>[^\W\d_]+)$")
# A hyphen glued between a word and a lower-case one ("in 1954-told"): the dash that closes such an aside.
_CLOSING_HYPHEN = re.compile(r"[^\W_]-[^\W\d_A-ZÀ-Þ]")


def _dash_aside(words: list[str], index: int, relatives: frozenset[str]) -> tuple[int, int] | None:
    """The aside set off by a pair of dashes that opens at words[index], as the index of its first word (words[index]
    itself when the dash is glued to it) and that of the word holding its closing dash; None when no such pair
    opens there within MAX_ASIDE words (twice as many for a relative clause).
    A dash as a word or glued between two words opens and closes one ("Takeover speculators -- including … --
    surfaced"); a hyphen does so only glued to a relative pronoun, which no compound has ("Colonel Bigeard-whose
    unit fought at Dien Bien Phu in 1954-told")."""
    word = words[index]
    if _DASH_WORD.match(word) or _GLUED_DASH.search(word):
        closing = _DASH_WORD.match
        glued = _GLUED_DASH.search
    elif (hyphen := _GLUED_HYPHEN.search(word)) and hyphen.group("relative").lower() in relatives:
        closing = _DASH_WORD.match
        glued = _CLOSING_HYPHEN.search
    else:
        return None
    first = index + 1 if _DASH_WORD.match(word) else index
    opener = words[first] if first > index else re.split(r"--|[–—]|-", word, maxsplit=1)[-1]
    # a relative clause may be as long as one set off by commas (`_without_apposition`)
    reach = MAX_ASIDE * (2 if _bare(opener).lower() in relatives else 1)
    return next(((first, k) for k in range(index + 1, min(len(words), first + reach + 1))
                 if closing(words[k]) or glued(words[k])), None)


def _without_asides(words: list[str], anchor: int | None, relatives: frozenset[str]) -> tuple[list[str], int | None]:
    """A label too long for the chart loses its bracketed asides of at most MAX_ASIDE words ("Soustelle began a
    reform program (the Soustelle Plan) aimed at ...", "15 kilometers (10 miles)", "stepped down (1880)"), and
    those set off by a pair of dashes (`_dash_aside`: "Takeover speculators -- including Mr. Packer --
    surfaced"): the axis shows the dates, and an aside is what a reader skips first. A dashed aside that holds
    the place of the cut date (`anchor`) stays: it tells the dated event. Returns the words and the anchor
    moved."""
    index = 0
    while len(words) > LABEL_WORDS and index < len(words):
        dashed = _dash_aside(words, index, relatives)
        if dashed is not None:
            words, anchor, index = _without_dash_aside(words, anchor, index, dashed)
            continue
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


def _without_dash_aside(
    words: list[str], anchor: int | None, index: int, aside: tuple[int, int]
) -> tuple[list[str], int | None, int]:
    """`words` without the dashed aside `_dash_aside` found at words[index], the anchor moved, and the index to read
    on from; the words unchanged, and the index after the aside, when the aside holds the cut date's place."""
    first, last = aside
    if anchor is not None and first < anchor <= last:
        return words, anchor, last + 1
    opening, closing = words[index], words[last]
    # a dash glued to a word keeps that word: "Black—whose" keeps "Black", "north—told" keeps "told"
    head = re.split(r"--|[–—]|-(?=[^\W\d_]+$)", opening, maxsplit=1)[0] if first == index else None
    after = _DASH_WORD.match(closing) is None
    tail = re.split(r"--|[–—]|-", closing, maxsplit=1)[-1] if after else None
    kept = ([head] if head else []) + ([tail] if tail else [])
    words = words[:index] + kept + words[last + 1:]
    if anchor is not None and anchor > index:
        anchor = max(index, anchor - (last + 1 - index - len(kept)))
    return words, anchor, index + len(kept)


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
    lead = len(opening) - len(stripped)
    for word in _LEADING_WORD.finditer(opening, 0, lead):
        rest = opening[word.start():]
        subordinator = rule.subordinate.match(rest)
        if rule.openers.match(rest) or subordinator:
            if rule.openers.match(rest) and 0 <= comma and word.start() < comma and _WORD.search(opening, comma) \
                    and len(opening[word.start():comma].split()) <= LABEL_WORDS - MIN_LABEL_WORDS - 1:
                return rest.strip(" ,;:–—-"), True
            if subordinator and word.start() + subordinator.end() > lead:
                # a subordinator of several words whose first is a connective ("alors qu'elle", "as soon as the
                # troops"): it goes whole, not its last words alone ("Qu'elle …", "Soon as the troops …")
                return rest[subordinator.end():].strip(" ,;:–—-"), True
            return stripped, True
    return stripped, bool(rule.openers.match(stripped) or rule.subordinate.match(stripped))


ADVERB_REACH = 200  # characters of a clause read for the words of its leading adverb, its verb and a date after it


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
    comma = _opener_comma(words, rule, lang)
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
    return subject_first(main, lang), None if anchor is None else max(anchor - moved, 0)


def _opener_comma(words: list[str], rule: _LabelRules, lang: str | None) -> int | None:
    """The comma that ends an introductory phrase or subordinate clause opening `words`: the first before a main
    clause, not one inside the phrase ("When General Hamilton, the British commander at Detroit, retook
    Vincennes, Clark returned …"), nor one between names listed in a subject ("…, the villages of Arlo, Bede and
    Dorn were"); else the first comma. None when there is none."""
    commas = [k for k, word in enumerate(words[:-1]) if word.endswith(",")]
    return next((k for k in commas if main_clause_at(without_listed_names(words, k + 1, rule), 0, rule, lang)
                 and not _parts_names(words, k, rule)),
                commas[0] if commas else None)


def _main_with_apposition(words: list[str], rule: _LabelRules, lang: str | None) -> bool:
    """Whether a main clause opens `words`, maybe with a phrase between commas after its subject ("the mayor of
    the town, a former teacher, ordered …"): `main_clause_at` on the words without that phrase. A bare noun may
    open the subject ("vessels of the fleet fired …"), not a participle, preposition or function word."""
    opening = _bare(words[0]) if words else ""
    if opening[:1].islower() and not rule.participles.fullmatch(opening) \
            and opening not in rule.stopwords | rule.all_prepositions | rule.relatives:
        words = [words[0][:1].upper() + words[0][1:]] + words[1:]
    if main_clause_at(words, 0, rule, lang):
        return True
    first = next((k for k, word in enumerate(words[:SUBJECT_AFTER_COMMA]) if word.endswith(",")), None)
    if first is None:
        return False
    second = next((k for k in range(first + 1, min(len(words) - 1, first + 1 + MAX_APPOSITION))
                   if words[k].endswith(",")), None)
    return second is not None and main_clause_at(words[:first] + [words[first].rstrip(",")] + words[second + 1:],
                                                 0, rule, lang)


def _subordinate_after_date(
    text: str, clause: Span, dates: list[Span], words: list[str], rule: _LabelRules, lang: str | None
) -> bool:
    """Whether the clause, which opens with a date, goes on after it and a comma with a subordinator or an
    introductory preposition (`openers`) opening a phrase that a comma in `words` (the label's: `_opener_comma`)
    closes before a main clause (`_main_with_apposition`): "Last week, after heavy rain flooded the town, the
    mayor, a teacher, ordered …"."""
    set_off = text.find(",", clause[0], clause[1])
    # (the date, set off by the comma: "Vom 11. bis 15. September fanden …" opens with no such phrase)
    if not any(text[end:set_off].strip() == "" for _, end in _starts_in(dates, (clause[0], set_off))):
        return False
    after = text[set_off + 1:clause[1]].lstrip()
    if not (rule.openers.match(after) or rule.subordinate.match(after)):
        return False
    comma = _opener_comma(words, rule, lang)
    return comma is not None and _main_with_apposition(without_listed_names(words, comma + 1, rule), rule, lang)


def _parts_names(words: list[str], comma: int, rule: _LabelRules) -> bool:
    """Whether the comma after words[comma] parts two names of a list (`listed_names`) that opens at most
    NAME_WORDS words before it."""
    return any(listed_names(words, first, rule) is not None
               for first in range(max(0, comma - NAME_WORDS + 1), comma + 1)
               if words[first][:1].isupper() and (first == 0 or not words[first - 1][:1].isupper()
                                                  or words[first - 1].endswith(",")))


def _without_fronted_phrase(
    words: list[str], anchor: int | None, rule: _LabelRules, lang: str | None
) -> tuple[list[str], int | None]:
    """A verb-second clause too long for the chart that opens with a prepositional phrase before its finite verb, a
    correlate subject after it, and the infinitive group it stands for after a comma ("In monatelangen Kämpfen
    gelang es den Truppen, die Front einzudrücken") loses the phrase, the correlate taking its place in front ("Es
    gelang den Truppen, die Front einzudrücken"): what happened is told by the verb and the complement the
    correlate stands for. When the cut date stood after the verb (`anchor`), the phrase did not hold it, and may
    be a long one, with appositions, a relative clause or a participle read as a finite verb ("Mit Hilfe der
    Bauern, die das Land kannten, gelang es dem Oberst bis Mai, …"): the verb is then the first one with the
    correlate right after it. With no correlate there, a phrase (or infinitive group) before the clause's first
    finite verb goes when the date stood after it, and the subject after the verb takes the first place
    (`_subject_after_fronted`). Returns the words and the anchor."""
    opener = _bare(words[0]).lower() if words else ""
    if len(words) <= LABEL_WORDS + 1 or not rule.verb_second \
            or opener not in rule.prepositions | (rule.single_prepositions if anchor is not None else frozenset()):
        return words, anchor
    for verb in range(2, min(len(words) - 2, LABEL_WORDS if anchor is None else 2 * LABEL_WORDS)):
        # (any preposition, "mit" too, opens a phrase that stands before the verb when the date follows that)
        late = anchor is not None and anchor > verb
        if not late and opener not in rule.prepositions:
            return words, anchor
        correlate = _bare(words[verb + 1]).lower()
        takes = correlate in rule.correlates and correlate in rule.pronouns and not words[verb + 1].endswith(",")
        if late and not takes and anchor is not None and opener in rule.single_prepositions:
            turned = _subject_after_fronted(words, verb, anchor, rule, lang)
            if turned is not None:
                return turned
        if words[verb - 1].endswith((",", ";", ":")) and not (late and takes):
            if late and words[verb - 1].endswith(","):
                continue  # inside the phrase's apposition or relative clause: the verb is later
            return words, anchor  # a comma: the phrase is not one phrase before the verb
        if words[verb][:1].islower() and is_finite(words, verb, lang):
            if not takes or not any(word.endswith(",") and infinitive_clause(words[k + 1:], lang)
                                    for k, word in enumerate(words[verb + 2:-1], verb + 2)):
                if late and not takes:
                    continue  # a participle of the phrase read as finite ("durchgeführten"), or its clause's verb
                return words, anchor  # "Im Mai kam es zu Protesten": the phrase may tell where, and stays
            kept = [words[verb + 1][:1].upper() + words[verb + 1][1:], words[verb]] + words[verb + 2:]
            return kept, None if anchor is None else max(anchor - verb, 0)
    return words, anchor


def _subject_after_fronted(
    words: list[str], verb: int, anchor: int, rule: _LabelRules, lang: str | None
) -> tuple[list[str], int] | None:
    """A verb-second clause too long for the chart whose first place holds a prepositional phrase or an infinitive
    group, with no part of the cut date (it stood after the verb, in its clause: `anchor`), told from its finite verb
    (words[verb]) on, its subject in front ("Nach den Gewinnen des Sommers setzte der General im Juli die Strategie
    fest" -> "Der General setzte die Strategie fest"; "Um den Süden abzuschneiden, verhängten die USA im Mai eine
    Blockade" -> "Die USA verhängten eine Blockade"): the phrase goes before anything of the clause's core, and so
    does an insertion between commas (`_without_insertion_before`). None when words[verb] is not the clause's
    first finite verb, or no subject in the nominative follows it (`subject_first`: "gelang den Truppen …" keeps
    its phrase). Returns the words and the anchor."""
    if not _core_verb(words, verb, rule, lang) or has_finite(words, lang, 1, verb) \
            or any(words[k - 1].endswith(",") and is_finite(words, k, lang) for k in range(verb + 2, anchor)) \
            or words[verb - 1].endswith((",", ";", ":")) and not infinitive_clause(words[:verb], lang):
        return None
    rest = words[verb:]
    turned = subject_first(rest, lang, strict=True)
    if turned is rest or _bare(turned[0]).lower() in rule.oblique_articles:
        return None
    told, anchor = _without_insertion_before(turned, anchor - verb, lang)
    return _before_later_clause(told, anchor, lang), anchor


def _before_later_clause(words: list[str], anchor: int, lang: str | None) -> list[str]:
    """`words` still too long for the chart up to the comma after the cut date (`anchor`) that opens a clause with
    a finite verb of its own ("…, im Zuge derer die Sowjets die Stadt einnahmen"): the date's event is told before
    it, whole. Not before an infinitive group, which may complete the verb ("beschloss im Mai, … anzugreifen")."""
    if len(words) <= LABEL_WORDS + 1:
        return words
    comma = next((k for k in range(max(anchor - 1, 0), len(words) - 1) if words[k].endswith(",")), None)
    if comma is None or not has_finite(words, lang, comma + 1, len(words)) \
            or infinitive_clause(words[comma + 1:], lang):
        return words
    return words[:comma] + [words[comma].rstrip(",")]


def _core_verb(words: list[str], verb: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether words[verb] is the finite verb of the clause the words open, after its first place: no other
    finite verb follows it before a comma or coordinator (a participle of a long phrase read as finite,
    "Nach dem im Sommer geführten Feldzug gelang …", has the clause's own verb after it)."""
    if not words[verb][:1].islower() or not is_finite(words, verb, lang):
        return False
    end = next((k for k in range(verb + 1, len(words)) if words[k - 1].endswith((",", ";", ":"))
                or _bare(words[k]).lower() in rule.coordinators), len(words))
    return not has_finite(words, lang, verb + 1, end)


def _without_insertion_before(words: list[str], anchor: int, lang: str | None) -> tuple[list[str], int]:
    """`words` too long for the chart without their first phrase between two commas that holds no finite verb
    (`_without_insertions`: "Die USA verhängten, entsprechend den Plänen des Generals, eine Blockade"), when it
    ends before the cut date (`anchor`): it goes before anything of the clause's core. The words and the anchor."""
    if len(words) <= LABEL_WORDS + 1:
        return words, anchor
    told = _without_insertions(words, lang)
    first = next((k for k, (word, kept) in enumerate(zip(words, told)) if word != kept), len(told))
    removed = len(words) - len(told)
    return (told, anchor - removed) if removed and anchor > first + removed else (words, anchor)


def _report_of_phrase(words: list[str], start: int, rule: _LabelRules, lang: str | None) -> bool:
    """Whether the words from `start` report what stands before them ("…, the minister said"): they hold a verb
    of reporting with no reported clause of its own after it. A report followed by a subject and its verb, or by
    the relative "that", tells its own content ("…, officials said they would not act"): the words before it are
    only its setting."""
    for k in range(start, len(words)):
        if rule.reporting.fullmatch(_bare(words[k])):
            return not (k + 1 < len(words) and not words[k].endswith((",", ";", ":")) and (
                _bare(words[k + 1]).lower() in rule.relatives or main_clause_at(words, k + 1, rule, lang)))
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
        and not has_finite(words, lang, 1, comma + 1) \
        and main_clause_at(words, comma + 1, rule, lang)


PARENTHESIS_REACH = 400  # characters before a clause searched for the parenthesis it may start in


def tidy(label: str) -> str:
    """`label` without the spaces before punctuation and the repeated commas a cut date leaves."""
    label = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", label)
    label = _COLON_THEN_COMMA.sub(":", label)  # "Termine: 28. September, Premiere" -> "Termine: Premiere"
    # "effectuait, hier, une mission", "Zehn Jahre lang, von 2014 bis 2019, kam": the date set off by commas is gone,
    # and its commas with it
    label = _REPEATED_COMMAS_BEFORE_NEW_PHRASE.sub(",", _REPEATED_COMMAS.sub(" ", label))
    return " ".join(label.split())


def _anchor(
    text: str, clause: Span, dates: list[Span], lang: str | None, words: list[str], memo: dict | None,
    measures: list[Span] | None = None, own: Span | None = None,
) -> int | None:
    """Where in `words` (the clause's label words) its first cut date stood: the index of the word after it,
    counted from the end, since a label is trimmed at its start. A later date anchors it instead when the label is
    made for it (`own`) and it stands in the clause's core after a fronted phrase that holds the first
    (`_past_fronted_phrase`), or when the first stands in a relative clause of the subject and the later one after
    the main verb (`_past_subject_relative`). With no date to cut, the word after its first
    kept duration (`measures`): "dass sie neun Jahre in Bonn verbrachte" tells what lasted so long, and a cut that
    keeps only the main clause before it loses that; not where no finite verb goes before the duration (an
    opening phrase). None when the clause has neither."""
    def index_at(position: int) -> int:
        """The index in `words` of the first word the clause's label holds from `position` on."""
        after = tidy(_without_dates(text, (position, clause[1]), dates, lang, memo)).split()
        return max(len(words) - len(after), 0)

    inside = _within(dates, clause)
    if inside:
        # what continues the date ("desselben Jahres", "des 9. Februars 1904") went with it
        anchors = [index_at(continued_date_end(text, date[1], clause[1], dates, _label_rules(lang)))
                   for date in inside]
        if own in inside[1:]:
            core = _past_fronted_phrase(anchors[0], anchors[inside.index(own)], words, lang)
            if core is not None:
                return core
        return _past_subject_relative(anchors, words, lang)
    measured = _within(measures or [], clause)
    if not measured:
        return None
    if not has_finite(words, lang, 0, index_at(measured[0][0])):
        return None  # "For the past two months, the father has demanded …": a phrase it opens may go
    return index_at(measured[0][1])


def opens_with_preposition(words: str, lang: str | None) -> bool:
    """Whether `words` open with a preposition: a phrase that may stand before a clause's verb."""
    first, rule = words.split(maxsplit=1)[:1], _label_rules(lang)
    opener = _bare(first[0]).lower() if first else ""
    return opener in rule.prepositions or opener in rule.single_prepositions


def _past_fronted_phrase(first: int, own: int, words: list[str], lang: str | None) -> int | None:
    """`own` (where the date the label is made for stood), when the clause's first date (`first`) stood in a
    prepositional phrase that opens it, before its main verb, and `own` after that verb, in the clause's core
    ("Nach den Gewinnen des Frühsommers 1919 setzte der General im Juli die Strategie fest"): the core's date is
    told by the core, which a label too long for the chart keeps, its phrase before the verb going first; the
    phrase's date keeps the clause's label. None otherwise."""
    if not words or not opens_with_preposition(words[0], lang):
        return None
    # ("Während der Kämpfe im März eroberten …": a preposition of a subordinator's form opens no clause here)
    verb = fronted_preposition_verb(words, _label_rules(lang), lang)
    verb = main_verb(words, lang) if verb is None else verb
    return own if verb is not None and first <= verb < own else None


def _past_subject_relative(anchors: list[int], words: list[str], lang: str | None) -> int:
    """The first of `anchors` (where each date of a clause stood), unless it stood in a relative clause that the
    subject carries without a comma and a later date follows the main verb ("A man who was charged with fraud
    last year pleaded guilty on Monday"): that date's relative clause is told alone, and the clause's label
    serves the later one, which dates the main verb; so the later one anchors it and a cut may drop the
    relative clause to keep that verb."""
    verb = main_verb(words, lang)
    if verb is None or len(anchors) < 2 or anchors[0] > verb:
        return anchors[0]
    openers = pack_words(lang, "verbs", "relative_openers")
    if not any(_bare(word).lower() in openers and not word.endswith(",") and not words[k - 1].endswith(",")
               for k, word in enumerate(words[1:anchors[0]], 1)):
        return anchors[0]
    return next((anchor for anchor in anchors[1:] if anchor > verb), anchors[0])


def _date_second(text: str, clause: Span, dates: list[Span], rule: _LabelRules) -> bool:
    """Whether a date stands right after the clause's first word, where a verb-second clause has its subject
    ("so bezeichnet der 23. März 1991 ihre Initiation")."""
    first = next(iter(_starts_in(dates, clause)), None)
    before = text[clause[0]:first[0]].split() if first is not None else []
    return first is not None and (len(before) <= 1 or len(before) <= 3 and before[-1].lower() in rule.determiners)


def _after_comma(text: str, clause: Span) -> bool:
    return text[max(0, clause[0] - 3):clause[0]].rstrip().endswith(",")


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
    as_main: bool = False, measures: list[Span] | None = None, own: Span | None = None,
) -> str:
    """A short chart label: the clause without its dates (`dates`: the text's, sorted) and leading
    connectives, at most ~12 words (the first ones, or with `tail` the last ones). `as_main`: the clause is a
    subordinate one without its subordinator, or a relative one with its noun in the pronoun's place, which a
    verb-final language tells as a main clause (`timeline.subclauses`). `measures`: the text's durations, which the
    label keeps; a long label with no date to cut is shortened around the first of them. `own`: the date the label
    is for, when not the clause's first (`_past_fronted_phrase`)."""
    insertion = insertion_after_date(text, clause, dates, lang)
    if insertion:  # "Im Jahr 1998 – dem Jahr des Absturzes – schloss die Firma ihr Werk": the clause, not the aside
        text, clause, dates = without_insertion(text, clause, dates, insertion)
        memo = measures = own = None  # its spans are of the text told without the aside
    elif unreported := without_reporting_insertion(text, clause, dates, lang):
        # "Capital expenditure will rise slightly, Mr. Marous said, from $470 million": the clause, not who said it
        text, clause, dates = unreported
        memo = measures = own = None
    label = _without_dates(text, clause, dates, lang, memo)
    if not label:  # nothing but dates: common in date-dense text, and nothing below can add words
        return ""
    undated = DATELINE.sub("", label, count=1)
    label = undated if _WORD.search(undated) else label  # "ADDIS ABABA, Ethiopia (AP)_ The OAU ..."
    rule = _label_rules(lang)
    label = rule.commas_before_subject.sub(",", label)  # "army, on May 21, he signed": a new clause keeps one
    label = _comma_after_opening_phrase(label, rule, lang)
    label = tidy(label)
    label = _without_stacked_coordinators(label, rule)
    label = without_closed_insertion(label, lang)
    subordinated = bool(rule.subordinate.match(label.lstrip(" ,;:–—-")))
    preposition_first = subordinated and fronted_preposition_verb(label.split(), rule, lang) is not None
    if preposition_first or subordinated and preposition_before_infinitive(label, lang):
        # a preposition of a subordinator's form stays: it opens the fronted phrase that holds the first place of
        # a verb-second clause ("Während des Krieges wurde die Stadt zerstört": without it the label would open
        # with a bare genitive), or a phrase of an infinitive group ("während einer Regenperiode die Armee zu
        # umgehen")
        label, introduced, subordinated = label.lstrip(" ,;:–—-"), False, False
        adverb: list[str] = []
    elif subordinated and rule.verb_final \
            and main_clause_follows(own_words(label.split(), rule, lang), lang):
        # "Als die Truppen die Stadt erreichten, war sie leer": the subordinator belongs to what the label tells
        label, introduced, subordinated = label.lstrip(" ,;:–—-"), True, False
        adverb = []
    else:
        opening = label.lstrip(" ,;:–—-")
        label, introduced = _without_leading(label, rule)
        beginning = text[clause[0]:min(clause[1], clause[0] + ADVERB_REACH)]  # its first words, with their dates
        adverb = fronted_adverb(opening, label, introduced, beginning, rule, lang)
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
        introduced = bool(rule.openers.match(label) or rule.subordinate.match(label) and not preposition_first)
    words = label.split()
    if fronted and not introduced and _subordinate_after_date(text, clause, dates, words, rule, lang):
        # "Last week, after the storm hit …, the mayor ordered …": the subordinator `_without_leading` cut came
        # after the date, which dates the main clause
        introduced = True
    introduced = introduced or _participle_phrase(words, rule, lang)
    if rule.verb_final and words and words[0] in rule.relative_subjects and not subordinated \
            and len(words) > 1 and words[1][:1].islower() and _bare(words[1]).lower() not in rule.determiners \
            and _after_comma(text, clause) and not main_clause_follows(words, lang):
        # (an article after the pronoun opens the subject: "welche die Deutschen eingenommen hatten")
        # "…, der in Westalgerien Widerstand leistete" -> "Er leistete in Westalgerien Widerstand"
        pronoun_first = [rule.relative_subjects[words[0]]] + words[1:]
        told = as_main_clause(pronoun_first, rule, lang)
        words = words if told is pronoun_first else told
    elif (subordinated or as_main) and rule.verb_final:
        words = as_main_clause(words, rule, lang)
    anchor = _anchor(text, clause, dates, lang, words, memo, measures, own) \
        if len(words) > LABEL_WORDS and not tail else None
    last = _last_date(clause, dates)
    if last is not None and _ends_with_date(text, clause, last) and not _ends_with_kept_date(words, text, last) \
            and not ends_with_particle(text, last, lang):
        # "extended Putin's rule to 2030": "to" would dangle; a determiner left there is a pronoun the cut date
        # did not take ("gelang das erst am 31. Januar", see `_without_dates`)
        words = _without_dangling(words, rule.trailing - rule.determiners)
    else:
        # "hurt his knee on Dec. 21 and, after missing two games, …": a clause cut before its comma ends in no "and"
        words = _without_dangling(words, rule.conjunctions)
    if fronted or words and words[0][:1].islower() and _after_comma(text, clause) and is_finite(words, 0, lang) \
            and not _date_second(text, clause, dates, rule) \
            and _bare(text[clause[0]:clause[1]].split()[0]).lower() not in rule.coordinators \
            and not shares_subject_before(text, clause, dates, lang):
        # "…, übernahm der Präsident die Geschäfte": a verb-second main clause after a clause before it (not a second
        # predicate of the main clause's subject before the comma: "…, brach die Beziehungen ab")
        words = subject_first(words, lang)
    elif adverb:
        # "Danach übernahm die Rada die Macht" without its leading adverb: the subject goes in front of the verb, or
        # where none can be told the adverb stays in front of it
        turned = subject_first(words, lang, strict=True)
        kept = adverb + words
        # (only where the verb is still told as one after it: a verb read as finite only at the start, "So
        # bezeichnet der 23. März …", would make a label that seems to have none)
        words = turned if turned is not words else kept if has_verb(" ".join(kept), lang) else words
    words, anchor = _without_asides(words, anchor, rule.relatives)
    words, anchor = _without_apposition(words, anchor, rule, introduced)
    opened = words
    words, anchor = _without_opener(words, anchor, introduced, fronted, lang)
    if words is not opened:  # the main clause's subject may have a phrase of its own that describes it
        words, anchor = _without_apposition(words, anchor, rule, False, verbless=True)
    words, anchor = _without_fronted_phrase(words, anchor, rule, lang)
    label = " ".join(words)
    if tail and len(words) > LABEL_WORDS:
        label = "…" + " ".join(last_words(words, rule))
    elif len(words) > LABEL_WORDS + 1:  # one word over stays whole: "…" would show in its place and lose the verb
        words, anchor = spared(words, anchor, rule)
        label = " ".join(words) if len(words) <= LABEL_WORDS + 1 else shortened(words, rule, lang, anchor)
    label = _without_unpaired_closing_quote(label.rstrip(".")).rstrip(".")
    return label[:1].upper() + label[1:]


def _closing_verbs(after: list[str], rule: _LabelRules, lang: str | None) -> list[str]:
    """The verb forms that end `after` (the rest of a sentence, from a comma on) and close a clause before it: one
    lower-case participle or infinitive, or two joined by a coordinator ("entmachtet und ermordet"), after words with
    no finite verb, no negation and no colon or semicolon: the rest holds no clause of its own that they could end.
    Empty when there are none."""
    words = [word for word in after if word.strip(_PUNCTUATION)]
    if not words or not words[-1].rstrip(".!?").isalpha():
        return []
    phrase = [","] + words  # a verb right after the comma is not taken for a sentence's first word

    def closing(index: int) -> bool:
        word = phrase[index]
        return word.isalpha() and word.islower() and _finite_by(phrase, index, lang) in (None, "shape")

    phrase[-1] = phrase[-1].rstrip(".!?")
    if not closing(len(phrase) - 1):
        return []
    first = len(phrase) - 1
    if first > 2 and phrase[first - 1] in rule.coordinators and closing(first - 2):
        first -= 2
    gap = phrase[:first]
    # (a subordinator that is no preposition after a comma, or a relative pronoun there before a lower-case word or
    # another article, opens a dependent clause whose finite verb ends the rest: "…, da sie sich … zuwandte",
    # "…, das den Westen abdeckte"; "…, während der Krise, …" is a phrase)
    relative = any(gap[index - 1].endswith(",") and (
        _bare(gap[index]).lower() in rule.relatives
        and (gap[index + 1][:1].islower() or _bare(gap[index + 1]).lower() in rule.relatives)
        or rule.subordinate.fullmatch(_bare(gap[index]).lower()) is not None
        and _bare(gap[index]).lower() not in rule.closed_prepositions) for index in range(1, len(gap) - 1))
    if relative or any(word.endswith((";", ":")) for word in gap) or rule.negation.search(" ".join(gap)) \
            or any(is_finite(gap, index, lang) for index in range(1, len(gap))):
        return []
    return phrase[first:]


def with_closing_verbs(label: str, after: str, lang: str | None) -> str:
    """A verb-final language's `label` whose clause was cut at a comma while its auxiliary or modal still awaits the
    participle or infinitive that closes it, with those verbs from the sentence's end: "Im Süden wurde das
    Höchstalter, beginnend mit …, auf 45 Jahre erhöht" cut before "beginnend" reads "Im Süden wurde das Höchstalter
    erhöht", not "Im Süden wurde das Höchstalter". `after`: the rest of the sentence after the label's clause."""
    rule = _label_rules(lang)
    words = label.split()
    if not rule.verb_final or not rule.bracket_verbs or not words or "…" in label \
            or not after.lstrip().startswith(","):
        return label
    # (the last one: a subordinate clause before the main one ends in a finite verb of its own)
    auxiliary = max((index for index, word in enumerate(words)
                     if _bare(word).lower() in rule.bracket_verbs and (index == 0 or word[:1].islower())), default=None)
    last = _bare(words[-1])
    # (the bracket is still open: the label ends in a noun, a name, a number, a pronoun or the auxiliary itself
    # after its subject, not after an infinitive it closes: "festigen können")
    closed = auxiliary is not None and auxiliary > 0 and words[auxiliary - 1][:1].islower() \
        and words[auxiliary - 1].lower() not in rule.relative_subjects.values()
    if auxiliary is None or not (auxiliary == len(words) - 1 and not closed or last[:1].isupper() or last.isdigit()
                                 or last.lower() in rule.relative_subjects.values()) \
            or any(is_finite(words, index, lang) for index in range(auxiliary + 1, len(words))):
        return label
    verbs = _closing_verbs(after.split(), rule, lang)
    if not verbs or len(words) + len(verbs) > LABEL_WORDS + 1:
        return label
    return " ".join([word.rstrip(_PUNCTUATION) if index == len(words) - 1 else word
                     for index, word in enumerate(words)] + verbs)


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
    if found is None or not rule.openers.match(opening) or has_verb(label[:found.start()], lang):
        return label
    after = label[found.end():].split()
    if not after or is_finite(after, 0, lang):
        return label
    return label[:found.start()] + "," + label[found.end():]
