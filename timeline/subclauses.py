"""The clause inside a longer sentence that a date stands in, told so that it reads alone.

A date in a subordinate clause ("After the plant closed in 2010, the town lost half its jobs", "Nachdem die
Regierung im März 2019 zurückgetreten war, übernahm …") dates that clause's event, not the main clause's: its
label is the clause without its subordinator ("The plant closed"), in a verb-final language told as a main
clause ("Die Regierung war zurückgetreten"). A date in a relative clause whose pronoun is its subject ("The
general, who had spent the winter training new troops, attacked") dates what the noun before it did: the noun
takes the pronoun's place ("The general had spent … training new troops"); a relative clause whose pronoun is no
subject keeps it after its noun ("Das Buch, das er veröffentlichte"), and so does one with no comma before it
that the date ends ("the men who launched the revolution in 1959" -> "The men who launched the revolution"). A
date in the main clause after a relative clause between subject and verb ("…, attacked in the spring") tells the
main clause without the relative one ("The general attacked"). A cleft ("It was not until 1990 that the wall
came down") dates the clause after its link ("The wall came down"). A subordinate clause split off from its main
clause ("…, until the agreement was reached in 1946") is told without its subordinator as well. A date in a
present participle clause that opens the sentence, or in a main clause after a subordinate clause that does, dates
the main clause: a label of it alone, or one cut at the chart's word limit, tells the main clause. A date in a
present participle clause after a main clause tells it with that clause ("They had widened their front, taking the
port"); where the two pass the chart's word limit, the clause before keeps its subject and verb before "…"
(`main_head_with_participle`). A date between a noun and the relative clause that describes it, where a relative
clause follows its noun right away ("die Deklaration von Paris von 1856, die das Land unterzeichnet hatte"), is the
noun's: the noun phrase with its relative clause (`dated_antecedent`).

Words left out between two kept pieces are blanked in a copy of the text (`Told.text`), so that every offset,
and every date, stays where it was. The grammar is pack data ([labels] `subordinators`, `relatives`,
`subject_relatives`, `comparative_subordinators`, `embedded_openers`, `prepositions`, `subordinate_reads_alone`,
`verb_final`, `focus_particles`, `cleft_openers`, `cleft_links`, `fronted_participles`, `relative_agreement`,
`subject_relative_agreement`, `agreeing_copulas`, `predicate_agreement`,
`article_agreement`, `dated_antecedents`, `nominative_articles`, `relative_time_links`); one engine for every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .clauses import TOKEN, Span
from .dependents import (
    complement_clause,
    infinitive_clause,
    infinitive_complement,
    infinitive_group,
    marked_infinitive_words,
)
from .dependents import rules as dependent_rules
from .event_nouns import _labelled, _undeclined_plural, dative_plural_form, is_event_noun, is_year_after_noun
from .event_resources import any_pattern, load, pack_words
from .finite_verbs import has_finite, is_finite, is_listed_finite, main_verb
from .label_dates import _noun_after, _without_dates
from .label_rules import (
    LABEL_WORDS,
    MIN_LABEL_WORDS,
    POSSESSIVE_AFTER,
    _bare,
    _has_content_words,
    _in_date,
    _label_rules,
    _LabelRules,
    _within,
)
from .label_shortening import _trimmed, counted_from
from .labels import DATELINE, MAX_SUBJECT, make_label, tidy
from .noun_modifiers import REGNAL_NUMBER
from .word_order import SUBJECT_AFTER_COMMA, as_main_clause, main_clause_at, subject_first, without_listed_names

INSERTION_REACH = 400  # characters of a subject and the relative clause after it, before the main clause's verb

CLAUSE_REACH = 200  # characters either side of a date searched for the subordinate clause it stands in

LEAD_REACH = 80  # characters before a span that opens its sentence: spaces, quotes, a dateline ("CANBERRA (AP)_")


@dataclass(frozen=True, slots=True)
class Told:
    text: str  # the text the label is made of: the document's, with left-out words blanked (offsets unchanged)
    span: Span  # the label's words in `text`
    as_main: bool  # a verb-final clause to tell as a main clause (`word_order.as_main_clause`)
    undated: bool = False  # `text` is the label's words with their dates already cut: no offsets of the document


def _blanked(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _word_starts(text: str, start: int, end: int) -> list[int]:
    """Where each word of text[start:end] starts, in `text`."""
    return [start + found.start() for found in re.finditer(r"\S+", text[start:end])]


def told_alone(
    text: str, sentence: Span, span: Span, date: Span, dates: list[Span], lang: str | None
) -> Told | None:
    """The clause of `span` (a label's text in `sentence`) that `date` stands in, when that is a subordinate or
    relative clause of a longer sentence, or the main clause after a relative clause between its subject and verb
    (or a verb-final subordinate clause after one, or an aside in brackets: `_after_subject_insertion`);
    None when the date stands in the main clause, or the clause cannot be told alone."""
    rule = _label_rules(lang)
    participle = _after_participle_clause(text, sentence, span, date, rule)
    if participle is not None and participle.span[0] >= span[1]:
        return participle  # the span is the participle clause alone (with the main clause it reads when it fits)
    # the subject of a main clause may stand before the span, before an insertion (not far: many dates in one
    # sentence must not each read it from its start)
    whole = (sentence[0] if span[0] - sentence[0] <= INSERTION_REACH else span[0], span[1])
    # the words within CLAUSE_REACH of the date, whole words only: a span dense with dates must not have every
    # date read all of it
    low, high = max(whole[0], date[0] - CLAUSE_REACH), min(whole[1], date[1] + CLAUSE_REACH)
    if low > whole[0]:
        low = text.find(" ", low, date[0]) + 1 or date[0]
    if high < whole[1]:
        space = text.rfind(" ", date[1], high)
        high = space if space >= 0 else date[1]
    tokens = [(low + found.start(), low + found.end()) for found in TOKEN.finditer(text[low:high])]
    words = [text[start:end] for start, end in tokens]
    at = next((k for k, (start, end) in enumerate(tokens) if end > date[0]), None)
    if at is None or at == 0:
        return None
    cleft = _cleft(text, span, tokens, words, at, date, rule)
    if cleft is not None:
        return cleft
    inserted = _after_insertion(text, span, tokens, words, at, rule) \
        or _after_subject_insertion(text, (whole[0], high), date, dates, rule)
    if inserted is not None:
        return inserted
    first = next((k for k, (start, _) in enumerate(tokens) if start >= span[0]), at)
    if first >= at:
        return None
    # the span is part of its sentence: a clause before or after it that the label does not show
    part = any(character.isalnum() for character in text[sentence[0]:span[0]] + text[span[1]:sentence[1]])
    return _in_subordinate(text, span, tokens[first:], words[first:], at - first, date, dates, rule, part)


def main_after_subordinate(text: str, sentence: Span, span: Span, date: Span, lang: str | None) -> Span | None:
    """The main clause that `date` stands in, when a subordinate clause opens the sentence and `span` before it
    (`_main_after_fronted`), or the main clause after a participle clause holding the date
    (`_after_participle_clause`); None otherwise. For a label too long for the chart: cut at its word limit,
    the whole sentence would show the subordinate clause alone. It ends where `span` does, or where the sentence
    does when `span` ends inside a list of names in its subject ("…, within three weeks the villages of Arlo,
    Bede, | and Dorn were in rebel hands": a comma before a coordinator ends a clause)."""
    if span[0] - sentence[0] > LEAD_REACH or any(character.isalnum() for character in text[sentence[0]:span[0]]):
        # (the subordinate clause opens the sentence: one after a main clause, "…, because …, the minister said",
        # is followed by a report or another clause, no main clause of its own)
        return None
    rule = _label_rules(lang)
    participle = _after_participle_clause(text, sentence, span, date, rule)
    if participle is not None:
        return participle.span[0], span[1]
    for end in (span[1], sentence[1]) if sentence[1] > span[1] else (span[1],):
        high = min(end, date[1] + CLAUSE_REACH)
        tokens = [(span[0] + found.start(), span[0] + found.end()) for found in TOKEN.finditer(text[span[0]:high])]
        at = next((k for k, (_, stop) in enumerate(tokens) if stop > date[0]), None)
        if at is None or at == 0:
            return None
        words = [text[start:stop] for start, stop in tokens]
        told = _main_after_fronted(text, span, tokens, words, at, date[1], rule)
        listed = None if told is None else _listed_subject(words, told.span[0], tokens, rule)
        if listed is not None and (end == span[1] or listed[1] >= span[1]):
            # (told from its subject: the date and the preposition governing it are cut anyway, and the commas
            # of the list would read as the end of a phrase that opens the label)
            return listed[0], end
        if told is not None and end == span[1]:
            return told.span[0], end
    return None


def _listed_subject(words: list[str], start: int, tokens: list[Span], rule: _LabelRules) -> Span | None:
    """Where the subject of the main clause opening at offset `start` (maybe after the phrase of its date:
    "within three weeks the villages of …") starts, and where the last of the names listed in it starts, when it
    holds a list of names (`word_order.without_listed_names`); None otherwise."""
    first = next(k for k, (opening, _) in enumerate(tokens) if opening >= start)
    after = next((j for j in range(first, min(first + DATE_WORDS + 2, len(words)))
                  if _bare(words[j]).lower() in rule.determiners or _bare(words[j]).lower() in rule.pronouns
                  or words[j][:1].isupper()), first)
    kept = without_listed_names(words, after, rule)
    if len(kept) == len(words) - after:
        return None
    head = next(k for k in range(len(kept)) if kept[k] != words[after + k])  # the first word after the list
    return tokens[after][0], tokens[after + head + len(words) - after - len(kept)][0]


def _subject_relative(words: list[str], k: int, rule: _LabelRules) -> bool:
    """Whether the relative pronoun words[k] is the subject of its clause: one of `subject_relatives`, not followed
    by a subject of its own (an article, a pronoun, a name: "das er veröffentlichte", "which the army held"). In
    a verb-final language subject and object both stand before the verb: there, no pronoun and no article after a
    word that is neither a preposition nor a noun ("die beispielsweise der Politologe … behauptete") either."""
    if _bare(words[k]).lower() not in pack_words(rule.lang, "labels", "subject_relatives") or k + 1 >= len(words):
        return False
    after = _bare(words[k + 1])
    if not after[:1].islower() or after.lower() in rule.determiners | rule.pronouns:
        return False
    if not rule.verb_final:
        return True
    prepositions = rule.all_prepositions
    for before, word in zip(words[k + 1:], words[k + 2:]):
        bare = _bare(word).lower()
        if bare in rule.pronouns or bare in rule.determiners and before[:1].islower() \
                and _bare(before).lower() not in prepositions:
            return False
    return True


def _after_insertion(
    text: str, span: Span, tokens: list[Span], words: list[str], at: int, rule: _LabelRules
) -> Told | None:
    """The main clause without the relative clause between its subject and its verb, when the date stands after
    that clause ("The general, who had spent the winter training, attacked in the spring" -> "The general
    attacked"): the subject is the sentence's first words (at most MAX_SUBJECT, no verb), the relative clause opens
    after a comma and closes with one before the main clause's finite verb, written in lower case; the span is
    the sentence or starts at that verb. The subject may follow a reporting verb that opens the sentence
    ("Officials said the bridge, which opened in 1932, will close next year" -> "Officials said the bridge will
    close"): the clause it reports is told with it."""
    opening = next((k for k, word in enumerate(words[:MAX_SUBJECT]) if word.endswith(",")), None)
    if opening is None or opening + 1 >= at or _bare(words[opening + 1]).lower() not in rule.relatives:
        return None
    verbs = [k for k in range(opening + 1) if is_finite(words, k, rule.lang)]
    if verbs and not _reported_subject(text, tokens, words, verbs, opening, rule):
        return None  # the words before the comma are a clause, not a subject
    closing = next((k for k in range(opening + 2, at) if words[k].endswith(",")), None)
    if closing is None or closing + 1 > at or not words[closing + 1][:1].islower() \
            or not is_finite(words, closing + 1, rule.lang) or span[0] not in (tokens[0][0], tokens[closing + 1][0]):
        return None
    blanked = _blanked(text, tokens[opening][1] - 1, tokens[closing][1])
    return Told(blanked, (tokens[0][0], span[1]), False)


def _reported_subject(
    text: str, tokens: list[Span], words: list[str], verbs: list[int], opening: int, rule: _LabelRules
) -> bool:
    """Whether the words up to words[opening] are a reporting verb (the only finite one, `reporting`), maybe
    "that" (`embedded_openers`), and a subject after it that a determiner, pronoun or capital opens ("said the
    bridge", "reported that Acme")."""
    verb = verbs[0]
    if len(verbs) > 1 or not rule.reporting.fullmatch(text, tokens[verb][0], tokens[verb][1]):
        return False
    first = verb + 1 + (verb + 1 < opening and _bare(words[verb + 1]).lower() in rule.embedded_openers)
    if first > opening:
        return False
    opener = _bare(words[first])
    return opener[:1].isupper() or opener.lower() in rule.determiners | rule.pronouns


def _subject_insertion(words: list[str], at: int, rule: _LabelRules) -> tuple[int, int, int] | None:
    """In a verb-final language, the subordinator and the first and last word of an insertion between its clause's
    subject and the rest of that clause, where the date stands ("…, als die Bauern, die lange gewartet hatten, am
    3. Mai vor das Rathaus zogen", "…, als die Truppen (mit Hilfe der Partisanen) im Mai die Stadt eroberten"): a
    relative clause set off by commas with a finite verb of its own, or an aside in brackets; the subordinator
    opens the sentence or follows a comma, and at most MAX_SUBJECT words without a finite verb stand between it and
    the insertion. The clause is cut into pieces there, and its piece with the date loses subordinator and subject.
    None when there is none."""
    closing = next((k for k in range(at - 1, -1, -1) if words[k].endswith((",", ")"))), None)
    if closing is None:
        return None
    if words[closing].rstrip(",").endswith(")"):
        opening = next((k for k in range(closing, -1, -1) if words[k].startswith("(")), None)
        if opening is None or any(")" in word for word in words[opening:closing]):
            return None
        subject_end = opening
    else:
        opening = next((k for k in range(closing - 1, -1, -1) if words[k].endswith(",")), None)
        if opening is None or opening + 2 > closing or not words[opening + 1][:1].islower() \
                or _bare(words[opening + 1]).lower() not in rule.relatives \
                or not has_finite(words, rule.lang, opening + 2, closing + 1):
            return None
        opening, subject_end = opening + 1, opening + 1
    subordinator = next((k for k in range(subject_end - 2, max(subject_end - 2 - MAX_SUBJECT, -1), -1)
                         if rule.subordinate.fullmatch(_bare(words[k]))), None)
    if subordinator is None or subordinator > 0 and not words[subordinator - 1].endswith(",") \
            or unasserted(_bare(words[subordinator]), rule) \
            or _bare(words[subordinator]).lower() in pack_words(rule.lang, "labels", "comparative_subordinators") \
            or any(word.endswith((",", "(", ")")) for word in words[subordinator + 1:subject_end - 1]) \
            or has_finite(words, rule.lang, subordinator + 1, subject_end):
        return None
    return subordinator, opening, closing


def _after_subject_insertion(
    text: str, reach: Span, date: Span, dates: list[Span], rule: _LabelRules
) -> Told | None:
    """The subordinate clause the date stands in, read without the insertion after its subject
    (`_subject_insertion`) up to the first comma after the date, told as a main clause (`_subordinate`: "Die Bauern
    zogen vor das Rathaus"); None when there is none, or the clause cannot be told so. `reach`: the words read,
    more than CLAUSE_REACH before the date (an aside in brackets may be long)."""
    if not rule.verb_final:
        return None
    tokens = [(reach[0] + token.start(), reach[0] + token.end()) for token in TOKEN.finditer(text[reach[0]:reach[1]])]
    words = [text[begin:end] for begin, end in tokens]
    at = next((k for k, (_, end) in enumerate(tokens) if end > date[0]), None)
    found = None if at is None else _subject_insertion(words, at, rule)
    if found is None:
        return None
    subordinator, opening, closing = found
    # the insertion's commas go with it: "die Bauern, die …, am 3. Mai" -> "die Bauern am 3. Mai"
    start = tokens[opening][0] if words[opening].startswith("(") else tokens[opening - 1][1] - 1
    text = _blanked(text, start, tokens[closing][1])
    low = tokens[subordinator][0]
    tokens = [(low + token.start(), low + token.end()) for token in TOKEN.finditer(text[low:tokens[-1][1]])]
    words = [text[begin:end] for begin, end in tokens]
    at = next(k for k, (_, end) in enumerate(tokens) if end > date[0])
    end = next((k for k in range(at, len(words) - 1) if words[k].endswith(",")), len(words) - 1)
    return _subordinate(text, tokens, words, 0, tokens[end][1] - words[end].endswith(","), date, dates, rule)


def _clause_after(words: list[str], start: int, rule: _LabelRules) -> bool:
    """Whether a clause opens at words[start], after a comma: a main clause, a finite verb (the main clause going on
    after an insertion, maybe after an adverb: "…, now refused"), or a relative pronoun or subordinator."""
    if start >= len(words):
        return False
    lang = rule.lang
    return main_clause_at(words, start, rule, lang) or bool(rule.dependent.match(words[start])) \
        or _bare(words[start]).lower() in rule.embedded_openers \
        or any(words[k][:1].islower() and is_finite(words, k, lang) for k in range(start, min(start + 2, len(words))))


def _set_off(text: str, tokens: list[Span], words: list[str], at: int, date: Span, rule: _LabelRules) -> bool:
    """Whether the date, with the words that govern it, stands between two commas ("After the storm passed, on May
    3, they opened the road"): a phrase of its own between two clauses, not part of the clause before it."""
    comma = next((k for k in range(at - 1, -1, -1) if words[k].endswith(",")), None)
    if comma is None or not rule.preposition_before.fullmatch(
            " ".join(words[comma + 1:at]) + " " if comma + 1 < at else " "):
        return comma is not None and comma + 1 == at and _comma_after(text, date)
    return _comma_after(text, date)


def _inserted_in_clause(text: str, tokens: list[Span], words: list[str], at: int, rule: _LabelRules) -> bool:
    """Whether a date set off by commas is an insertion inside a subordinate or relative clause that goes on after
    it ("Da die Regierung, im März 2019, zurückgetreten war, …"; `_insertion`), not a phrase between two clauses."""
    opening = next((k for k in range(at - 1, -1, -1) if words[k].endswith(",")), None)
    closing = next((k for k in range(at, len(words) - 1) if words[k].endswith(",")), None)
    if opening is None or closing is None:
        return False
    start = next((k + 1 for k in range(opening - 1, -1, -1) if words[k].endswith(",")), 0)
    while start < opening and _bare(words[start]).lower() in rule.loose and not rule.subordinate.match(
            text, tokens[start][0]):
        start += 1  # "and when the troops, in May, …"
    opens = rule.subordinate.match(text, tokens[start][0]) or _bare(words[start]).lower() in rule.relatives
    return bool(opens) and _insertion(words, start, at, closing, rule) is not None


def _comma_after(text: str, date: Span) -> bool:
    return text[date[1]:date[1] + 2].lstrip().startswith(",")


def _in_subordinate(
    text: str, span: Span, tokens: list[Span], words: list[str], at: int, date: Span, dates: list[Span],
    rule: _LabelRules, part: bool = False,
) -> Told | None:
    """The subordinate or relative clause the date stands in, told alone (see the module's doc): the nearest
    relative pronoun after a comma or subordinator before the date that opens a clause the date stands in. A
    subordinator inside a clause, with no comma before it, opens one only in a language whose clauses open so
    (`embedded_openers`: "… since the plant closed in 2010"); else it is a preposition ("since 2010") and the
    search goes on before it. `part`: the span is part of its sentence (see `_told`)."""
    if _set_off(text, tokens, words, at, date, rule) and not _inserted_in_clause(text, tokens, words, at, rule):
        return None
    embedded = rule.embedded_openers
    crossed = False
    # how many words open the span that are all loose connectives ("and then"): a word after them opens it
    loose_lead = next((k for k, word in enumerate(words[:at]) if _bare(word).lower() not in rule.loose), at)
    for k in range(at - 1, -1, -1):
        if words[k].endswith(",") and _clause_after(words, k + 1, rule):
            return None  # the date stands in a clause that opens after this comma and that is none of these
        word = _bare(words[k]).lower()
        if words[k].endswith(","):
            crossed = True
            continue  # "that, whatever happens": the clause it opens is interrupted
        after_comma = k == 0 or words[k - 1].endswith(",") or k <= loose_lead
        joined = rule.subordinate.match(text, tokens[k - 1][0]) if k > 0 else None
        if joined and joined.end() >= tokens[k][1]:
            continue  # "que" of "après que": the subordinator opens at the word before
        if word in embedded and not after_comma:  # "said that …", "… when the rules take effect"
            if _bare(words[k - 1]).lower() in rule.prepositions | rule.determiners:
                return None  # "in that group": a determiner
            if word in rule.relatives and _after_noun_phrase(
                    text[tokens[0][0]:tokens[_before_date(tokens, k, dates)][0]], rule, RELATIVE_REACH, verbs=True):
                # "the plan that the council approved": a relative clause inside the main one; one the date ends
                # ("the raid that the rebels had launched two years earlier") tells its noun's event
                return None if crossed else _restrictive(text, span, tokens, words, k, at, date, dates, rule)
            return _told(text, span, tokens, words, k, at, date, dates, rule, part)
        if word in rule.relatives and word not in embedded and k > 0 and words[k - 1].endswith(","):
            if crossed:
                continue  # "Als die Truppen, die aus dem Westen kamen, im Mai …": an insertion closed before the date
            if word in rule.determiners and k + 1 < len(words) and (_bare(words[k + 1])[:1].isupper() or k + 1 == at) \
                    and not _verb_final_clause(words, k, rule, tokens[-1][1] >= span[1]):
                return None  # "…, die Südtiroler auszusiedeln", "…, dem 22. April": an article
            return _told(text, span, tokens, words, k, at, date, dates, rule, part)
        if word in rule.relatives and word not in embedded and k > 0 and not after_comma and not crossed \
                and not rule.verb_final:
            return _restrictive(text, span, tokens, words, k, at, date, dates, rule)
        if rule.subordinate.match(text, tokens[k][0]):
            if after_comma:
                if crossed and _closed_before(words, k, at, rule):
                    return None  # "While the rains went on, within three weeks the villages fell": the main clause's
                return _told(text, span, tokens, words, k, at, date, dates, rule, part)
            if embedded and not crossed:
                told = _told(text, span, tokens, words, k, at, date, dates, rule, part)
                if told is not None:
                    return told
    return None


def _before_date(tokens: list[Span], k: int, dates: list[Span]) -> int:
    """The index of the first word of the date that ends right before tokens[k], or k when none does: a date
    between a verb and the word after it is an adverb of that verb ("a annoncé hier que …"), no noun that a
    relative pronoun follows."""
    while k > 1 and _in_date(dates, tokens[k - 1][0]):
        k -= 1
    return k


def verb_final_clause(words: list[str], rule: _LabelRules) -> bool:
    """Whether `words`, the words after a relative pronoun of an article's form up to its clause's end, make a
    clause that ends in its own finite verb ("…, den Anna Berger im Mai geschrieben hatte", "…, die 1990 eine
    Firma gegründet hatte"), in a language whose subordinate clauses keep their verb last
    (`verb_final`): the last word is a lower-case finite form the pack lists (an auxiliary, a modal: a shape
    such as "gewählt" may be a participle, "…, der Rat erst im Mai gewählt"), and no listed form stands before
    the verb group that ends the clause (a main clause's verb second: "…, die Stadt wurde jedoch im Dezember
    besetzt"). After an article, a phrase ends in its noun ("…, dem 22. April, …"), or in a
    marked infinitive ("…, die Südtiroler auszusiedeln")."""
    stretch = [word.rstrip(",;:.!?") for word in words]
    if not rule.verb_final or len(stretch) < 2 or not stretch[-1][:1].islower() \
            or not is_listed_finite(stretch[-1], rule.lang):
        return False
    group = len(stretch) - 1  # the verb group: lower-case words before the finite verb ("gegründet worden war")
    while group > 0 and stretch[group - 1][:1].islower() and stretch[group - 1].isalpha() \
            and stretch[group - 1].lower() not in rule.stopwords:
        group -= 1
    return not any(is_listed_finite(word, rule.lang) for word in stretch[:group])


def _verb_final_clause(words: list[str], k: int, rule: _LabelRules, closed: bool) -> bool:
    """Whether words[k], a relative pronoun of an article's form before a capitalized word or a date, opens a
    clause ending in its own finite verb (`verb_final_clause`) at the next comma, or at the last of `words` when
    they end with punctuation or `closed` (they end where the label's clause does)."""
    end = next((j for j in range(k + 1, len(words)) if words[j].endswith((",", ";", ":"))), len(words) - 1)
    if not closed and not words[end].endswith((",", ";", ":", ".", "!", "?")):
        return False  # the clause goes on past the words read
    return verb_final_clause(words[k + 1:end + 1], rule)


INFINITIVE_WORDS = 20  # words of an infinitive group between a subordinate clause and its main clause, at most


def _infinitive_after(words: list[str], end: int, rule: _LabelRules) -> int | None:
    """The index of the comma that closes an infinitive group right after the comma at words[end], the group a
    verb-final clause's verb governs or that tells its purpose ("…, an der Konferenz teilzunehmen, kam es …",
    "…, um den Hafen zu sperren, begann …"): the main clause follows it, not that comma. None when no such group
    follows (read up to INFINITIVE_WORDS words)."""
    close = next((k for k in range(end + 1, min(len(words) - 1, end + 1 + INFINITIVE_WORDS))
                  if words[k].endswith((",", ";", ":"))), None)
    if close is None or not words[close].endswith(",") or not rule.lang \
            or not infinitive_clause([word.rstrip(",") for word in words[end + 1:close + 1]], rule.lang):
        return None
    return close


def _told(
    text: str, span: Span, tokens: list[Span], words: list[str], opener: int, at: int, date: Span,
    dates: list[Span], rule: _LabelRules, part: bool = False,
) -> Told | None:
    """The clause that words[opener] opens and the date stands in, told alone; None when it cannot be. It ends at
    the first comma after the date, or right after the date where a main clause follows with no comma
    (`_unmarked_end`); an infinitive group between it and the main clause (`_infinitive_after`) is part of it
    where the clause's verb governs it (no opener: "nachdem er sich geweigert hatte, daran teilzunehmen"), else
    left out ("…, um den Hafen zu sperren"); an insertion between commas that holds the date ("Da die Truppen,
    nämlich zwei Wochen nach Kriegsbeginn, eingefallen waren, …") is read as part of it (`_insertion`). A clause
    that is the whole span is told alone only where the span is `part` of its sentence and the clause reads
    without its subordinator (`_reads_alone`); else the label's own rules tell it."""
    end = next((k for k in range(at, len(words) - 1) if words[k].endswith(",")), len(words) - 1)
    unmarked = _unmarked_end(tokens, words, opener, at, end, date, dates, rule)
    inserted = None if unmarked is not None else _insertion(words, opener, at, end, rule)
    if unmarked is not None:
        end = unmarked
    aside = None
    if inserted is not None:
        aside = (tokens[inserted][1], tokens[end][1])
        if not tidy(_without_dates(text, (aside[0], aside[1] - 1), dates, rule.lang)).strip(" ,;:–—-"):
            # the clause reads on through the insertion's commas where nothing but the date stood between them
            # ("When the troops, in May 1940, invaded"); else they stay ("When the troops, two weeks after …,
            # invaded"), and a verb-final clause told as a main one drops what they set off (`as_main_clause`)
            for k in (inserted, end):
                text = _blanked(text, tokens[k][1] - 1, tokens[k][1])
        words = [word.rstrip(",") if k in (inserted, end) else word for k, word in enumerate(words)]
        end = next((k for k in range(end + 1, len(words) - 1) if words[k].endswith(",")), len(words) - 1)
    if unmarked is None and (opener == 0 or all(_bare(before).lower() in rule.loose for before in words[:opener])):
        if _conjoined(text, tokens, words, opener, end, date, dates, rule):
            # two verb-final clauses under one subordinator, which the label's own rules cannot tell as a main
            # clause: the one the date stands in
            return _subordinate(text, tokens, words, opener, tokens[end][1] - words[end].endswith(","), date,
                                dates, rule)
        if end == len(words) - 1:
            if not (part and _reads_alone(text, tokens, words, opener, rule)):
                return None  # the clause is the whole span: the label's own rules tell it
        else:
            group = _infinitive_after(words, end, rule)
            after = end if group is None else group
            if not main_clause_at(words, after + 1, rule, rule.lang) \
                    and not _bare_subject_clause(words, after + 1, rule):
                return None  # no main clause after it: a parenthesis or another clause follows
            if group is not None and complement_clause(" ".join(words[end + 1:group + 1]).rstrip(","),
                                                       dependent_rules(rule.lang), rule.lang):
                end = group  # "nachdem die Stadt sich geweigert hatte, daran teilzunehmen": what it refused
    clause_end = tokens[end][1] - (1 if words[end].endswith(",") else 0)
    if text[:clause_end].rstrip().endswith(("?", "!")):
        return None  # a quoted question or exclamation: "…, wenn sie nicht gegangen wäre?, fragt sie"
    if rule.reporting.search(text, tokens[opener][0], clause_end) \
            and not _adverbial(text, (tokens[opener][0], clause_end), rule):
        # "Wie die Zeitung am Montag berichtete": an attribution tells no event; a clause of time or cause with a
        # reporting verb tells one ("Since the ministry announced the plan on Tuesday" -> "The ministry announced
        # the plan")
        return None
    if _bare(words[opener]).lower() in rule.relatives and not rule.subordinate.match(words[opener]) \
            and words[opener - 1].endswith(","):
        return _relative(text, span, tokens, words, opener, clause_end, dates, rule)
    return _subordinate(text, tokens, words, opener, clause_end, date, dates, rule, aside)


_QUOTES = re.compile(r"[\"“”„«»`]|''")


PARTICIPLE_REACH = 300  # characters of a fronted participle clause, whose date dates the main clause after it


@cache
def _shapes(lang: str | None, key: str) -> re.Pattern[str] | None:
    """The pack's word shapes under [labels] `key` ("fronted_participles", "trailing_participles", "gerund_shapes")
    as one pattern; None when the language has none."""
    return any_pattern(sorted(pack_words(lang, "labels", key)))


def _after_participle_clause(text: str, sentence: Span, span: Span, date: Span, rule: _LabelRules) -> Told | None:
    """The main clause after a fronted participle clause that holds the date and opens the sentence ("Retaliating
    13 days after the bombings, U.S. forces launched missile strikes" -> "U.S. forces launched missile strikes"):
    a present participle (`fronted_participles`; no preposition of that shape, "during", "following") tells what
    the main clause's subject did at the same time, so the main clause tells the event, and the participle clause
    alone is a fragment. The span is the participle clause (no finite verb, at most PARTICIPLE_REACH characters),
    only a dateline before it; a comma closes it, and a main clause opens after that comma."""
    shape = _shapes(rule.lang, "fronted_participles")
    if shape is None or span[1] - span[0] > PARTICIPLE_REACH or span[0] - sentence[0] > LEAD_REACH:
        return None
    before = text[sentence[0]:span[0]].strip()
    if before and DATELINE.sub("", before, count=1).strip():
        return None
    inside = text.find(",", date[1], span[1])
    if inside >= 0:  # the span goes on past the participle clause's comma
        end, start = inside, inside + 1
    else:  # the span is the participle clause: a comma follows it
        comma = re.compile(r"\s*,").match(text, span[1])
        if comma is None:
            return None
        end, start = span[1], comma.end()
    words = DATELINE.sub("", text[span[0]:end], count=1).split()  # "CANBERRA (AP)_ Turning its back …"
    first = _bare(words[0]).lower() if words else ""
    if len(words) < 2 or not shape.fullmatch(first) or first in rule.all_prepositions | rule.stopwords \
            or rule.openers.match(first) or has_finite(words, rule.lang, 1, len(words)):
        return None
    while start < sentence[1] and text[start].isspace():
        start += 1
    after = text[start:min(sentence[1], start + PARTICIPLE_REACH)].split()[:SUBJECT_AFTER_COMMA + 2]
    if not after or not (main_clause_at(after, 0, rule, rule.lang) or _bare_subject_clause(after, 0, rule)):
        return None
    return Told(text, (start, sentence[1]), False)


def perfect_with_subject(
    text: str, sentence: Span, span: Span, date: Span, dates: list[Span], lang: str | None
) -> str | None:
    """A label for a date in a perfect participle clause that opens the sentence before its main clause ("Having
    taken the fort in 1781, the rebels marched south" -> "The rebels had taken the fort"): the clause tells an
    earlier event of the main clause's subject, and has neither subject nor finite verb, so the label puts that
    subject first and the finite auxiliary (`[labels] perfect_participles`: "having had") in the participle's
    place. None when `span` is not such a clause alone (a past participle after the auxiliary, no finite verb, a
    comma and a main clause after it), when the main clause's subject ends past MAX_SUBJECT words, or when the label
    passes the chart's word limit."""
    auxiliaries = dict(pair.split() for pair in pack_words(lang, "labels", "perfect_participles"))
    if not auxiliaries or span[1] - span[0] > PARTICIPLE_REACH or span[0] - sentence[0] > LEAD_REACH:
        return None
    before = text[sentence[0]:span[0]].strip()
    if before and DATELINE.sub("", before, count=1).strip():
        return None
    # (a span that goes on into the main clause reads as it is: "Having crossed the river, the army began …")
    comma = re.compile(r"\s*,").match(text, span[1])
    if comma is None or "," in text[date[1]:span[1]]:
        return None
    end, start = span[1], comma.end()
    words = DATELINE.sub("", text[span[0]:end], count=1).split()
    if len(words) < 2 or _bare(words[0]).lower() not in auxiliaries or not _auxiliary_participle(words, lang) \
            or has_finite(words, lang, 1, len(words)):
        return None
    rule = _label_rules(lang)
    after = text[start:min(sentence[1], start + PARTICIPLE_REACH)].split()[:SUBJECT_AFTER_COMMA + 2]
    if not after or not main_clause_at(after, 0, rule, lang):
        return None
    main = make_label(text, (start, sentence[1]), dates, lang).split()
    verb = main_verb(main[:MAX_SUBJECT + 1], lang)
    participle = make_label(text, (span[0], end), dates, lang).split()
    if not verb or not participle or _bare(participle[0]).lower() != _bare(words[0]).lower() \
            or "…" in main[:verb] or verb + len(participle) > LABEL_WORDS:
        return None
    return " ".join(main[:verb] + [auxiliaries[_bare(words[0]).lower()]] + participle[1:])


def with_main_before_participle(
    text: str, sentence: Span, span: Span, date: Span, lang: str | None
) -> Told | None:
    """The participle clause of `span` with the clause before it, when `span` is a present participle clause that
    follows that clause after a comma and holds the date ("By July the rebels had extended their gains, capturing
    the city on 26 July" -> "The rebels had extended their gains, capturing the city"): the participle
    (`trailing_participles`; no preposition of that shape, "including", "following") tells what the subject of the
    clause before did, and alone it has no subject and no finite verb. The clause before is the nearest one within
    PARTICIPLE_REACH characters with a subject and finite verb of its own: after a comma or subordinator ("…, and
    ruled until 1910 when Madero succeeded him, taking office" -> "Madero succeeded him, taking office"), or from the
    sentence's start. None otherwise, or when the participle clause goes on past a comma before the date."""
    rule = _label_rules(lang)
    shape = _shapes(lang, "trailing_participles")
    if shape is None or span[1] - span[0] > PARTICIPLE_REACH or not sentence[0] < span[0] <= sentence[1] \
            or not text[max(sentence[0], span[0] - 3):span[0]].rstrip().endswith(","):
        return None
    words = text[span[0]:span[1]].split()
    first = _bare(words[0]).lower() if words else ""
    if len(words) < 2 or not shape.fullmatch(first) or first in rule.all_prepositions \
            or first in rule.stopwords and not _auxiliary_participle(words, lang) \
            or rule.openers.match(first) or "," in text[span[0]:date[0]]:
        return None
    low = max(sentence[0], span[0] - PARTICIPLE_REACH)
    low = low if low == sentence[0] else text.find(" ", low, span[0]) + 1
    tokens = [(low + found.start(), low + found.end()) for found in TOKEN.finditer(text[low:span[0]])]
    before = [text[start:end] for start, end in tokens]
    # the nearest clause before: after a comma, or after a subordinator, that a subject and its verb follow
    opening = next((k for k in range(len(before) - 2, 0, -1)
                    if (before[k - 1].endswith(",") or rule.subordinate.fullmatch(_bare(before[k - 1]).lower()))
                    and main_clause_at(before, k, rule, lang)), 0 if low == sentence[0] else None)
    if opening is None or len(before) - opening < 2 or not has_finite(before, lang, opening, len(before)):
        return None
    return Told(text, (tokens[opening][0], span[1]), False)



def _auxiliary_participle(words: list[str], lang: str | None) -> bool:
    """Whether `words` open with a function word of a participle's shape that is an auxiliary ("having", "being"):
    a past participle (`participle_shapes`) follows it, after adverbs (`adverb_endings`, function words: "having
    already seized", "being quickly forced"). Only where the pack gives the shapes of participles."""
    rule = _label_rules(lang)
    following = [_bare(word).lower() for word in words[1:3]]
    while following and (following[0] in rule.stopwords
                         or rule.adverb_endings and following[0].endswith(rule.adverb_endings)):
        following = following[1:]
    return bool(following) and rule.participles.fullmatch(following[0]) is not None


PARTICIPLE_LEAST = 3  # words of a cut participle clause kept after the clause before's head: participle, object

MAIN_HEAD = 8  # words of the clause before a participle clause, at most, up to its finite verb: its subject and verb


def main_head_with_participle(
    told: Told, span: Span, date: Span, dates: list[Span], lang: str | None, group: bool = False,
    lead: Span | None = None, bare_subject: bool = False,
) -> str | None:
    """A label of `told` (`with_main_before_participle`: the clause before, a comma and the participle clause of
    `span`) when the two together pass the chart's word limit: the clause before up to its finite verb (its subject
    and verb, who acts; an auxiliary with the words up to the next content word, "had extended", "a pris"; at most
    MAIN_HEAD words), "…", and the participle clause ("The army began its march …, taking three months to cross
    the plain" -> "The army began … taking three months to cross the plain"), cut in its turn, not on a function
    word, when it is still too long; the clause before keeps more words as room allows. None when the clause
    before, as its own label, is cut before its verb or has none in its first words, when fewer than
    PARTICIPLE_LEAST words of the participle clause would be left, or when its cut would leave out words before
    `date` (they tell what happened then: "giving up the forts | taken in April"). For a `group` (`head_with_group`):
    the clause before needs a subject before its verb, the words left out before `date` may be prepositional
    phrases without a verb ("expelling the enemy… | from the city on 14 March" tells what was done, not "rising
    from 35 percent… | to 51 percent this year"), and the cut must keep GROUP_LEAST
    words besides function words after the group's first and the infinitive that ends a group ("um … zu
    verlieren"). A `lead` (the preposition before a gerund group, "after") stands before the group in the label
    and ends the clause before. With `bare_subject`, the group (or participle clause) follows the clause before's
    subject alone, its verb telling another event ("The economy … after averaging 242,000 a month"; "The regiment
    … reaching the coast"), cut as above, a `lead`'s group only where it fits whole; None where a comma stands in
    what precedes the verb (a fronted phrase, no subject)."""
    rule = _label_rules(lang)
    opener = [told.text[lead[0]:lead[1]]] if lead else []
    main = make_label(told.text, (told.span[0], lead[0] if lead else span[0]), dates, lang).split()
    participle = make_label(told.text, span, dates, lang).split()
    # (a group may open with its date: "…, bis März ein Gutachten zu liefern" is told from "ein")
    first = (_without_dates(told.text, span, dates, lang) if group else told.text[span[0]:span[1]]).split()[:1]
    # (a capitalized word of a participle's shape after the comma is a name: "…, Chongqing")
    if not main or not participle or not first or not first[0][:1].islower() \
            or _bare(participle[0]).lower() != _bare(first[0]).lower():
        return None
    participle[0] = first[0][:1] + participle[0][1:]  # lower case as in the sentence: it goes on the clause before
    verb = main_verb(main[:MAIN_HEAD], lang)
    if group and verb == 0:
        # a verb-second clause that lost its first place to a cut adverb ("Danach übernahm wieder die Rada …"):
        # its subject goes back in front, as in the clause's own label
        turned = subject_first([main[0][:1].lower() + main[0][1:]] + main[1:], lang, strict=True)
        if turned[0] != main[0][:1].lower() + main[0][1:]:
            main = [turned[0][:1].upper() + turned[0][1:]] + turned[1:]
            verb = main_verb(main[:MAIN_HEAD], lang)
    if verb is None or "…" in main[:verb + 1] or group and verb == 0:
        return None
    end = verb + 1
    if _bare(main[verb]).lower() in rule.stopwords:  # an auxiliary or copula: the verb group or what it links
        while end < min(len(main), MAIN_HEAD) and _bare(main[end - 1]).lower() in rule.stopwords \
                and not main[end - 1].endswith((",", ";", ":")):
            end += 1
    if bare_subject:
        # (a subject set off by a comma is a fronted phrase, no subject: "In 1982, with Iran winning, …"; a
        # gerund's group is told whole)
        if not 0 < verb or opener and len(participle) > LABEL_WORDS - verb - len(opener) \
                or any(word.endswith(",") for word in main[:verb]):
            return None
        end = verb
    room = LABEL_WORDS - end - 1 - len(opener)  # "…" takes a word's place on the chart
    if group and len(participle) > room + 1:
        # a duration the group keeps with the event it counts from ("zwei Monate nach dem Abzug") goes with that
        # phrase when the group is too long: the axis tells when, the group's verb and object what happened then
        after = [(found.start(), found.end()) for found in re.finditer(r"\S+", told.text[date[1]:span[1]])]
        counted = counted_from([told.text[date[1] + a:date[1] + b] for a, b in after], rule)
        if counted:
            shorter = make_label(_blanked(told.text, date[0], date[1] + after[counted - 1][1]), span, dates,
                                 lang).split()
            if shorter and _bare(shorter[0]).lower() == _bare(participle[0]).lower():
                participle = [participle[0]] + shorter[1:]  # (its first word in the sentence's case)
    if len(participle) > room + 1:  # (one word over stays whole, as in `make_label`)
        # a group that ends in its marked infinitive keeps it after a cut of its own, its "…" a word: a verb-final
        # group told without its verb tells nothing ("… ein Gutachten … zu liefern")
        closing = participle[len(participle) - marked_infinitive_words(participle, dependent_rules(lang)):] \
            if group else []
        # (the closing "…" stands on its last word)
        kept = _trimmed(participle[:room + 1 - len(closing) if closing else room], rule.stopwords, 1)
        # (the word that governs the date may go: "… the worst | in a decade")
        leading = _without_dates(told.text, (span[0], date[0]), dates, lang).split()
        if len(kept) < PARTICIPLE_LEAST or _bare(kept[-1]).lower() in rule.stopwords:
            return None
        left_out = leading[len(kept):]
        if len(leading) > len(kept) + 1 and (
                not group or _bare(left_out[0]).lower() not in rule.all_prepositions
                or has_finite(left_out, lang, opening=False)
                or any(rule.participles.fullmatch(_bare(word).lower()) for word in left_out)):
            return None
        if group and not _tells(kept + closing, rule) \
                or closing and _bare(main[0]).lower() in dependent_rules(lang).prepositions:
            return None  # (a phrase before the verb: its subject follows it and is cut, "Anlässlich des Festes regt …")
        if closing:
            return " ".join(main[:end] + ["…"] + opener + kept + ["…"] + closing).rstrip(",;:")
        return " ".join(main[:end] + ["…"] + opener + kept).rstrip(",;:") + "…"
    if group and not _tells(participle, rule):
        return None
    if bare_subject:  # the subject alone: its verb tells another event, which more of the clause would bring back
        return " ".join(main[:end] + ["…"] + opener + participle)
    head = _trimmed(main[:max(end, LABEL_WORDS - len(participle) - len(opener) - 1)], rule.stopwords, end)
    if len(head) == len(main):
        comma = "," if told.text[told.span[0]:span[0]].rstrip().endswith(",") else ""
        return " ".join(head[:-1] + [head[-1].rstrip(",;:") + comma] + opener + participle)
    return " ".join(head + ["…"] + opener + participle)


GROUP_LEAST = 2  # words besides function words of a group after its opener: its verb and what it acts on


def _tells(group: list[str], rule: _LabelRules) -> bool:
    """Whether the words of a group (its label) tell more than its verb: GROUP_LEAST of them are no function words,
    an infinitive group's opener left aside ("… for having beaten…", "… um sie zu bringen" tell what the date dates
    no better than the clause's own label; "declaring victory" does)."""
    opener = dependent_rules(rule.lang).infinitive_openers.match(" ".join(group))
    words = " ".join(group)[opener.end():].split() if opener else group
    return sum(_bare(word).lower() not in rule.stopwords for word in words) >= GROUP_LEAST

GROUP_REACH = 300  # characters before a date read for the opener of the verbless group it stands in, and after it

HEAD_REACH = 400  # characters of the clause before such a group, at most: its subject and verb start the label


def head_with_group(
    text: str, span: Span, date: Span, dates: list[Span], every: list[Span], label: str, lang: str | None,
    values: dict[Span, str] | None = None,
) -> str | None:
    """A label for a date past the chart's word limit of `label` (the label of `span`, cut with "…"; `dates` on the
    chart's axis, `every` date of the text, both sorted), where the
    date stands in a group with no subject and no finite verb of its own, set off by a comma after the clause it
    depends on: an infinitive group (`infinitive_openers`: "…, avant de recevoir leurs rivaux ce soir", "…, to
    withdraw a day's march", "…, nur um sie zwei Monate später … zu verlieren"; with no opener, one that ends in a
    marked infinitive: "…, bis März ein Gutachten zu liefern") or a present participle clause
    (`trailing_participles`: "…, expelling the enemy from the city on 14 March"). Such a group tells an event of its
    own (an aim, what followed, what came with it) done by the clause's subject; the label cut before it tells the
    clause's. The label is the clause's subject and verb, "…", and the group (`main_head_with_participle`). None when
    the label reaches the word before the date or holds the group's first words, when the nearest opener within
    GROUP_REACH characters before the date has no comma before it or the clause before it is over HEAD_REACH
    characters long (an infinitive that completes the verb, "agreed
    to sell", is the clause's own event), when a finite verb or a bracket stands between it and the date, or when
    the group's cut would leave out a verb before the date, and for a date that modifies the noun after it. Where
    the sentence before the group holds a date of `values` (its axis dates' values) apart from this one
    (`dated_apart`), the clause's subject alone stands before the group."""
    rule = _label_rules(lang)
    if not label.endswith("…") or not span[0] < date[0] < span[1] or POSSESSIVE_AFTER.match(text, date[1]) \
            or _noun_after(text, date[1], span[1], rule):
        return None  # (a date before a noun modifies it: "breaching the 1920 agreement" tells no event of 1920)
    shape = _shapes(lang, "trailing_participles")
    infinitives = dependent_rules(lang)
    low = max(span[0], date[0] - GROUP_REACH)
    low = low if low == span[0] else text.find(" ", low, date[0]) + 1
    tokens = [(low + found.start(), low + found.end()) for found in TOKEN.finditer(text[low:date[0]])]
    words = [text[start:end] for start, end in tokens]
    # where the group ends: the comma after the date (a group holds none), or the clause's end, within reach
    reach = min(span[1], date[1] + GROUP_REACH)
    comma = text.find(",", date[1], reach)
    end = comma if comma >= 0 else reach if reach == span[1] else max(text.rfind(" ", date[1], reach), date[1])
    opener: int | None = None
    lead: int | None = None
    for k in range(len(words) - 1, 0, -1):
        bare = _bare(words[k])
        if is_finite(words, k, lang, opening=False) or "(" in words[k] or ")" in words[k]:
            return None  # the date stands in a clause of its own, or in brackets
        if shape is not None and bare[:1].islower() and shape.fullmatch(bare.lower()) \
                and bare.lower() not in rule.all_prepositions | rule.sentence_adverbs \
                and not rule.openers.match(bare.lower()):  # ("…, pourtant": an adverb of a participle's shape)
            if _bare(words[k - 1]).lower() in rule.all_prepositions and not words[k - 1].endswith(","):
                continue  # a gerund a preposition governs inside the group ("convicted of stabbing")
            opener = k
            # participles coordinated after the comma ("…, besieging and capturing the fort on 2 May"): the
            # group opens at the first; not the last ones of a list of participles ("spotting him braking,
            # speeding and weaving")
            if k > 2 and _bare(words[k - 1]).lower() in dependent_rules(lang).coordinators \
                    and words[k - 3].endswith(",") and _participle_at(words, k - 2, shape, rule) \
                    and not any(_participle_at(words, j, shape, rule) for j in range(max(0, k - 3 - PIECE), k - 2)):
                opener = k - 2
            break
        if k + 1 < len(words) and _opens_gerund(words[k], words[k + 1], lang):
            if "," in text[tokens[k][1]:date[0]]:
                return None  # (the date stands past the group's end)
            opener, lead = k + 1, k  # "… after being convicted of stabbing two men in 1999"
            break
        # (an opener that is also a preposition opens a group only where an infinitive is told by its ending:
        # "…, pour juger", but "…, to bankers")
        found = infinitives.infinitive_openers.match(text, tokens[k][0])
        if found and (infinitives.infinitive_endings or found.group().lower() not in rule.all_prepositions) \
                and infinitive_group(text[tokens[k][0]:end], infinitives):
            opener = k  # (an opener of several words, "in order to", is met at its first word after its last)
            break
        # a group with no opener that ends in a marked infinitive, after a comma ("…, der Stadt bis März ein
        # Gutachten zu liefern"): the object of the verb before it
        if words[k - 1].endswith(",") and infinitive_complement(text[tokens[k][0]:end], infinitives, lang):
            if not one_finite_verb(text, (span[0], tokens[k][0]), lang):
                return None
            opener = k
            break
    if opener is None:
        return None
    if lead is not None:  # a gerund's group, set off by no comma, ends where a clause opens after the date
        after = [(found.start(), found.end()) for found in TOKEN.finditer(text[date[1]:end])]
        end = next((date[1] + a for a, b in after if rule.subordinate.fullmatch(text[date[1] + a:date[1] + b].lower())),
                   end)
        end = len(text[:end].rstrip())
    start = opener - 1 if _bare(words[opener - 1]).lower() in pack_words(lang, "labels", "focus_particles") \
        else opener  # "…, only to lose it", "…, nur um … zu verlieren"
    # (a preposition of time sets its gerund's group off as a comma does)
    if start < 1 or lead is None and not words[start - 1].endswith(",") or tokens[start][0] - span[0] > HEAD_REACH \
            or _within(every, (tokens[start][0], date[0])):
        return None  # (another date before this one in the group: what the cut leaves out may be what it dates)
    # the label reaches the date when it holds the last word before it that is no function word, or the group when
    # it holds its first two words
    held = [_bare(word).lower() for word in label.split()]
    before = _without_dates(text, (tokens[start][0], date[0]), dates, lang).split()
    last = next((_bare(word).lower() for word in reversed(before) if _bare(word).lower() not in rule.stopwords), "")
    first = [_bare(word).lower() for word in text[tokens[start][0]:end].split()[:2]]
    # (a gerund's group after a whole clause is cut before what it dates: "… after being convicted for stabbing…")
    if last in held or lead is None and any(held[k:k + 2] == first for k in range(len(held) - 1)):
        return None
    told = Told(text, (span[0], end), False)
    if lead is None:
        # a participle clause whose date is apart from the clause before's: that clause's verb tells the other
        # (where the subject alone leaves no label, the clause's head stands before the group, as elsewhere)
        apart = dated_apart(text, values or {}, (span[0], tokens[start][0]), date, lang)
        return apart and main_head_with_participle(told, (tokens[start][0], end), date, dates, lang, group=True,
                                                   bare_subject=True) \
            or main_head_with_participle(told, (tokens[start][0], end), date, dates, lang, group=True)
    return head_with_gerund_group(told, (tokens[start][0], end), date, dates, lang, tokens[lead])


PIECE = 6  # words before a comma read for a participle that makes a list of the participles after it


def _participle_at(words: list[str], k: int, shape: re.Pattern[str], rule: _LabelRules) -> bool:
    """Whether `words[k]` is a word of a present participle's shape (no preposition or adverb of that shape)."""
    bare = _bare(words[k])
    return bare[:1].islower() and shape.fullmatch(bare.lower()) is not None \
        and bare.lower() not in rule.all_prepositions | rule.sentence_adverbs


_WORD_AFTER = re.compile(r" (\w+)")


def dated_apart(text: str, values: dict[Span, str], span: Span, date: Span, lang: str | None) -> bool:
    """Whether `span` (the clause before a participle clause, with one finite verb) and the dates before it
    (`values`: the axis dates' values) tell an event apart from `date`'s: one of them a calendar value as `date`'s
    is, neither within the other ("in May" and "on June 3", but not "During the 1920s" and "on August 1, 1927",
    which the clause's event spans). The clause's verb tells the other date's event ("The regiment left the capital
    in May, reaching the coast on June 3"). Not for a date between a determiner and a word, which modifies that
    word and dates no event of the participle ("…, meaning he misses the 2011 final"; "le 4 mars, …" is a date),
    nor after a clause with a clause in it ("X says troops returned on Friday, …": whose subject acts is unclear)."""
    own = values.get(date, "")
    start, end = date  # (the first and last of dates joined by a dash: "the 2009-10 season")
    while (joined := next((at[0] for at in values if at[0] < start and start - 1 <= at[1] <= start), None)) is not None:
        start = joined
    while (joined := next((at[1] for at in values if at[1] > end and end <= at[0] <= end + 1), None)) is not None:
        end = joined
    before = text[max(0, start - 20):start].split()[-1:]
    after = _WORD_AFTER.match(text, end)  # (a word, not a function word: "le 4 mars à Paris")
    if before and _bare(before[0]).lower() in dependent_rules(lang).determiners and after \
            and after.group(1).lower() not in _label_rules(lang).stopwords:
        return False
    return own[:1].isdigit() and one_finite_verb(text, span, lang) and any(
        at[1] <= span[1] and value[:1].isdigit()
        and not (value.startswith(own) or own.startswith(value)) for at, value in values.items())


def one_finite_verb(text: str, span: Span, lang: str | None) -> bool:
    """Whether `span`, the clause before an infinitive group with no opener (or a participle clause, `dated_apart`),
    has one finite verb, the one the group completes; with more ("Beim Angriff gelang es den Truppen, …, dies
    hinderte den Feind nicht, …") its head may tell the wrong one, as where it ends with a coordinator and one word,
    a verb of its own ("Ich rege mich auf und versuche, …")."""
    words = text[span[0]:span[1]].split()
    return sum(is_finite(words, k, lang) for k in range(len(words))) == 1 \
        and not (len(words) > 1 and _bare(words[-2]).lower() in dependent_rules(lang).coordinators)


def head_with_gerund_group(told: Told, span: Span, date: Span, dates: list[Span], lang: str | None,
                           lead: Span) -> str | None:
    """`main_head_with_participle` for a gerund's group after its `lead` ("after"): the clause before's subject and
    verb, "…", and the group, or, where they leave the group no room, that subject alone before it."""
    return main_head_with_participle(told, span, date, dates, lang, group=True, lead=lead) \
        or main_head_with_participle(told, span, date, dates, lang, group=True, lead=lead, bare_subject=True)


def _opens_gerund(opener: str, following: str, lang: str | None) -> bool:
    """Whether `opener` is a preposition of time that opens a gerund's group (`gerund_openers`: "after", "since")
    and `following` a gerund (`gerund_shapes`: "averaging")."""
    gerund = _shapes(lang, "gerund_shapes")
    return gerund is not None and _bare(opener).lower() in pack_words(lang, "labels", "gerund_openers") \
        and gerund.fullmatch(_bare(following)) is not None


def gerund_group(text: str, sentence: Span, span: Span, lang: str | None) -> tuple[Span, int] | None:
    """The preposition of time (`gerund_openers`: "after", "before") that opens `span`, a clause after another in
    `sentence`, before a gerund (`gerund_shapes`: "…, after averaging 242,000 for the first nine months"), and
    where the gerund starts; None otherwise. Such a group has no subject: the clause before's subject did it."""
    words = [(found.start(), found.end()) for found in re.finditer(r"\S+", text[span[0]:span[1]])][:2]
    if len(words) < 2 or not any(c.isalnum() for c in text[sentence[0]:span[0]]) \
            or not _opens_gerund(text[span[0] + words[0][0]:span[0] + words[0][1]],
                                 text[span[0] + words[1][0]:span[0] + words[1][1]], lang):
        return None
    return (span[0] + words[0][0], span[0] + words[0][1]), span[0] + words[1][0]


CLEFT_REACH = 16  # words from a cleft's opener to the word that links it to the clause it focuses a date of


@cache
def _cleft_opener(lang: str | None) -> re.Pattern[str] | None:
    openers = pack_words(lang, "labels", "cleft_openers")
    if not openers:
        return None
    alternation = "|".join(re.escape(opener) for opener in sorted(openers, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})(?![\w'’])", re.IGNORECASE)


def _cleft(
    text: str, span: Span, tokens: list[Span], words: list[str], at: int, date: Span, rule: _LabelRules
) -> Told | None:
    """The clause a cleft sentence focuses its date for ("It was not until 1990 that the wall came down" -> "The
    wall came down"; "C'est en 1990 que le mur est tombé"; "Es war 1990, als die Mauer fiel" -> "Die Mauer fiel"):
    the span opens with one of `cleft_openers` (an expletive and a form of "be"), the date stands between it and
    the first of `cleft_links` after the date (within CLEFT_REACH words), and a subject, no verb, follows the link
    (not "It was the 1990 vote that brought …", whose link is a relative pronoun). The clause ends at its first
    comma; a verb-final language tells it as a main clause."""
    pattern = _cleft_opener(rule.lang)
    if pattern is None or not tokens or tokens[0][0] != span[0] or not (found := pattern.match(text, span[0])):
        return None
    if tokens[at][0] < found.end():
        return None
    links = pack_words(rule.lang, "labels", "cleft_links")

    def elided(bare: str) -> str | None:  # "qu'en", "qu'il": a link elided before the next word
        return next((link for link in links if link.endswith(("'", "’")) and bare.startswith(link)
                     and len(bare) > len(link)), None)

    # only a preposition, a negation or a focus particle between the frame and the date ("not until", "qu'en"):
    # "It was evident in 1990 that …" puts an adjective in focus, no date
    framing = rule.all_prepositions | pack_words(rule.lang, "labels", "focus_particles") \
        | pack_words(rule.lang, "labels", "negations")
    for k in range(next(j for j, token in enumerate(tokens) if token[0] >= found.end()), at):
        bare = _bare(words[k]).lower()
        link = elided(bare)
        article = k + 1 == at and bare in rule.determiners  # "C'est le 3 mai qu'il …": the date's own article
        if bare not in framing and (link is None or bare[len(link):] not in framing) and not article:
            return None
    article = at > 0 and _bare(words[at - 1]).lower() in rule.determiners
    nested = False  # a subordinate clause inside the focused phrase ("until twenty years after the nurses were hired")
    for k in range(at, min(at + CLEFT_REACH, len(words) - 1)):
        bare = _bare(words[k]).lower()
        link = elided(bare)
        if bare not in links and link is None:
            nested = nested or bool(rule.subordinate.fullmatch(bare))
            if words[k][-1:] in ";:" or k > at and not nested and is_finite(words, k, rule.lang) \
                    and words[k][:1].islower():
                return None  # the clause after the opener goes on with a verb of its own: no cleft
            continue
        if article and tokens[k - 1][1] > date[1]:
            return None  # "It was the 1990 vote that …": an article before a noun the date modifies
        after = next((j for j in range(at, k) if tokens[j][0] >= date[1]), k)
        if after < k and not (rule.subordinate.fullmatch(_bare(words[after]).lower())
                              or _bare(words[after]).lower() in rule.all_prepositions):
            return None  # "it is now apparent that …": the date is an adverb of a frame that says more
        elided_link = link
        start = tokens[k][0] + len(elided_link) if elided_link else tokens[k + 1][0]
        first = (words[k][len(elided_link):] if elided_link else words[k + 1]).strip(_EDGE)
        if is_finite([first], 0, rule.lang) and first[:1].islower() or first.lower() in rule.stopwords \
                and first.lower() not in rule.determiners | rule.pronouns:
            return None  # "that brought …": a relative clause of the focused phrase; "that in …": a phrase
        end = next((tokens[j][1] - 1 for j in range(k + 1, len(words)) if words[j].endswith(",")), tokens[-1][1])
        if tokens[-1][1] < span[1] and end == tokens[-1][1]:
            end = span[1]  # the clause goes on past the words read
        if tokens[k][0] < tokens[at][1]:
            return None
        if rule.verb_final:
            told = tidy(text[start:min(end, span[1])]).split()
            if as_main_clause(told, rule, rule.lang) is told:
                return None  # a verb-final clause that cannot be told as a main one: no label of it alone
        return Told(text, (start, min(end, span[1])), rule.verb_final)
    return None


_EDGE = "\"'“”„«»`(),.;:!?"


def _closed_before(words: list[str], opener: int, at: int, rule: _LabelRules) -> bool:
    """Whether the clause that words[opener] opens is whole before a comma ahead of words[at]: a finite verb of its
    own before that comma, and a main clause after it (maybe after a phrase that governs the date: "…, within three
    weeks the villages were in Italian hands")."""
    comma = next((k for k in range(opener, at) if words[k].endswith(",")), None)
    if comma is None or not has_finite(words, rule.lang, opener + 1, comma + 1):
        return False
    return _main_opens(words, comma + 1, at, rule)


def _main_opens(words: list[str], start: int, at: int, rule: _LabelRules) -> bool:
    """Whether a main clause opens at words[start], or after the date's words (words[at] on) when only a
    preposition governing it stands before them ("within three weeks the villages were …")."""
    if main_clause_at(without_listed_names(words, start, rule), 0, rule, rule.lang) \
            or _bare_subject_clause(words, start, rule):
        return True
    if start + 1 != at or _bare(words[start]).lower() not in rule.all_prepositions:
        return False
    after = next((k for k in range(at, min(at + DATE_WORDS, len(words))) if words[k][-1:] in ",;:"
                  or _bare(words[k]).lower() in rule.determiners | rule.pronouns), None)
    return after is not None and words[after][-1:] not in ",;:" \
        and main_clause_at(without_listed_names(words, after, rule), 0, rule, rule.lang)


DATE_WORDS = 6  # words of a date searched past its first one for the subject of the main clause it opens


def _main_after_fronted(
    text: str, span: Span, tokens: list[Span], words: list[str], at: int, date_end: int, rule: _LabelRules
) -> Told | None:
    """The main clause the date stands in, when a subordinate clause opens the span before it ("Erst nachdem die
    Brücke gesperrt war, verlegte der General die Armee am 17. März nach Süden" -> "Der General verlegte die Armee
    nach Süden"): the date dates the main clause, and a label too long for the chart that kept the subordinate
    clause would lose the main one at the word limit. The subordinator opens the span, maybe after
    `focus_particles` ("erst", "only", "shortly") or coordinators, and is none of `comparative_subordinators`; its
    clause ends at the first comma after its own finite verb, a main clause opens there (`_main_opens`) that is
    more than a report of it ("…, the mayor said on Monday"), and the date stands after it with no comma between."""
    focus = pack_words(rule.lang, "labels", "focus_particles")
    opener = 0
    while opener < at and (_bare(words[opener]).lower() in focus or _bare(words[opener]).lower() in rule.coordinators
                           and not rule.subordinate.match(text, tokens[opener][0])):
        opener += 1  # "erst nachdem", "and when": the subordinator after them opens the clause
    if opener >= at or not _adverbial(text, (tokens[opener][0], tokens[at][0]), rule):
        return None
    for k in range(opener + 1, at):
        if not words[k].endswith(","):
            continue
        if not has_finite(words, rule.lang, opener + 1, k + 1):
            continue  # "When the troops, in May, …": an insertion inside the clause
        if any(word[-1:] in ",;:()" for word in words[k + 1:at]) or not _main_opens(words, k + 1, at, rule):
            return None
        report = rule.reporting.search(text, tokens[k + 1][0], tokens[-1][1])
        if report and all(_bare(words[j]).lower() in rule.all_prepositions or not _bare(words[j])
                          or tokens[j][0] < date_end for j in range(k + 1, len(words)) if tokens[j][0] >= report.end()):
            return None  # "…, the mayor said on Monday": the main clause only reports the clause before it
        return Told(text, (tokens[k + 1][0], span[1]), False)
    return None


def _adverbial(text: str, clause: Span, rule: _LabelRules) -> bool:
    """Whether `clause` is a clause of time, cause or condition that a subordinator opens, none of
    `comparative_subordinators` (which open attributions as well: "as the paper reported"), with no quotation
    mark inside: one closing a quote there ends the clause before the report that follows it ("… before a grand
    jury,'' Clark said")."""
    found = rule.subordinate.match(text, clause[0])
    if found is None:
        return False
    return found.group().lower() not in pack_words(rule.lang, "labels", "comparative_subordinators") \
        and not _QUOTES.search(text, clause[0], clause[1])


def _bare_subject_clause(words: list[str], start: int, rule: _LabelRules) -> bool:
    """Whether a main clause whose subject has no article opens at words[start], after the comma that closes a
    fronted subordinate clause ("When the treaty takes effect, tariffs will fall"; "…, excess capacity is
    beginning to shrink"): a lower-case word that is no function word and no finite verb, then a finite verb
    among the next SUBJECT_AFTER_COMMA words, before any comma. Not where a main clause opens with its verb
    (`verb_second`): there, `main_clause_at` reads it."""
    if rule.verb_second or start >= len(words):
        return False
    first = _bare(words[start])
    if not first.isalpha() or not first[:1].islower() or first.lower() in rule.stopwords \
            or is_finite(words, start, rule.lang) or words[start][-1:] in ",;:":
        return False
    for k in range(start + 1, min(start + 1 + SUBJECT_AFTER_COMMA, len(words))):
        if is_finite(words, k, rule.lang):
            return True
        if not words[k][-1:].isalnum():
            return False
    return False


def _restrictive(
    text: str, span: Span, tokens: list[Span], words: list[str], opener: int, at: int, date: Span, dates: list[Span],
    rule: _LabelRules,
) -> Told | None:
    """A relative clause with no comma before it (a restrictive one: "the men who launched the revolution more
    than four decades ago", "the plan that the council approved in May", "le projet que le maire a présenté en
    mars"), the date at its end: the clause with the noun phrase it describes (`_antecedent`), which tells the
    relative clause's event. A pronoun that also opens other clauses (`embedded_openers`: "that" also follows a
    verb) comes here only after a noun phrase (`_in_subordinate`). Only right after a noun phrase (no preposition
    before the pronoun, no verb: "asked who won in May"), with one finite verb between the pronoun and the date (the
    clause's own), and the date ending the clause: a punctuation mark, the sentence's end or the main clause's verb
    after it ("The men who launched it in 1959 still rule"; not a verb that goes on with the clause's own once the
    date is gone: "that can now take weeks"), a coordinator (`_coordinated_after`), or a phrase that a preposition
    opens, which may be either clause's (not one of `relative_time_links`, which ties the date to an event: "ten
    days before the attack"). A subject relative clause that goes on after its date to the span's end
    (`_closes_span`) or to a comma before the main clause's verb (`_closed_by_main_verb`) is told whole; one
    right after another relative clause describes that one's noun (`_stacked`). Not when the
    noun phrase found reaches back past a finite verb (the main clause's: "figurent au rang des mesures que"). Not
    in a language whose relative clauses a comma always opens (`verb_final`): there, a pronoun without one is an
    article."""
    lang = rule.lang
    # (a name right before a pronoun of persons is a noun phrase of its own: "to General Denikin who spent")
    named = _bare(words[opener - 1])[:1].isupper() and opener > 1 \
        and _bare(words[opener]).lower() in pack_words(lang, "labels", "personal_relatives")
    if _bare(words[opener - 1]).lower() in rule.all_prepositions | rule.determiners \
            or not named and not _after_noun_phrase(text[tokens[0][0]:tokens[opener][0]], rule, verbs=True):
        return None
    finite = [k for k in range(opener + 1, at) if is_finite(words, k, lang)]
    if not finite or finite[-1] - finite[0] >= len(finite):
        return None  # none: "the men who in 1959 …"; two apart: the date may be another clause's ("qui ont lancé"
        # is one verb)
    last = next((k for k in range(at, len(words)) if tokens[k][1] >= date[1]), None)
    if last is None:
        return None
    # the words without the date's and the prepositions that govern it: a verb after it that goes on with the
    # clause's own ("that can now take weeks") is no verb of the main clause, and one after "in 1974" is no verb
    # after a preposition ("the singer who won the contest in 1974 died")
    governed = next((k for k in range(opener + 1, at)
                     if rule.preposition_before.fullmatch(" ".join(words[k:at]) + " ")), at)
    undated = words[:governed] + words[last + 1:]
    end = date[1]
    if _bare(words[at - 1]).lower() in rule.determiners or words[last][-1:].isalnum() and last + 1 < len(words) \
            and not (words[last + 1][:1].islower() and is_finite(undated, governed, lang)) \
            and not _coordinated_after(words, last, rule) \
            and not (_bare(words[last + 1]) in rule.prepositions
                     and _bare(words[last + 1]) not in pack_words(lang, "labels", "relative_time_links")):
        # the clause goes on after the date ("who in May launched a revolution", "who led the 1992 protests", "who
        # saw him ten days before the attack"), not the main one; a phrase after the date that a preposition opens
        # may be either clause's, and the label ends at the date ("the men who launched the revolution in 1959 in
        # a rally"). When the relative clause closes the span, what follows the date is its own: the label
        # takes it whole ("… to the general who spent the winter of 1919 rebuilding his army.")
        closed = _closed_by_main_verb(words, last, rule)
        if not _subject_relative(words, opener, rule) \
                or closed is None and not _closes_span(text, span, tokens, words, last, rule) \
                or any(tokens[opener][0] <= start < date[0]
                       or end_ <= tokens[opener][0] and not text[end_:tokens[opener][0]].strip()
                       for start, end_ in dates if (start, end_) != date):
            return None  # the pronoun is the clause's subject, and no other date stands in the clause or ends its
            # noun ("the men who launched it four decades ago in a rally Saturday", "sales in the current
            # fiscal year that are above 1989's")
        end = tokens[-1][1] if closed is None else tokens[closed][1] - 1
    stacked = _stacked(words, opener, rule)
    if stacked is not None:
        # "a former aid worker who lives in Sudan who is now leading …": the second clause describes the noun the
        # first one does, which is told without the first
        text = _blanked(text, tokens[stacked][0], tokens[opener][0])
    antecedent = _antecedent(text, (span[0], tokens[(opener if stacked is None else stacked) - 1][1]), rule)
    if antecedent is None:
        return None
    phrase = text[antecedent:tokens[opener][0]].split()
    if any(word[:1].islower() and is_finite(phrase, k, lang) for k, word in enumerate(phrase)):
        return None  # the phrase reaches back past a verb ("les agents figurent au rang des mesures que"):
        # its noun is not told
    if _longer_phrase(text[max(span[0], antecedent - INSERTION_REACH):antecedent].split(), rule):
        return None  # the phrase found ends a longer one ("the long wooden boat of the old family that"): which
        # noun the clause describes is not told
    links = rule.all_prepositions | rule.noun_links
    lead = next((k for k in range(len(phrase) - 1) if _bare(phrase[k]).lower() in links), None)
    if lead is not None and all(_bare(word).lower() in rule.determiners | links for word in phrase[:lead]):
        # "that of nine women who …": the noun phrase after the link, not the pronoun and link before it
        antecedent = text.index(phrase[lead + 1], antecedent + sum(len(word) + 1 for word in phrase[:lead]))
    return Told(text, (antecedent, end), False)


def _stacked(words: list[str], opener: int, rule: _LabelRules) -> int | None:
    """Where a relative clause without a comma before it opens (its pronoun, not the first word), when the relative
    pronoun words[opener] follows that clause right away ("a worker who lives in Sudan who is now leading"): a
    finite verb between the two pronouns, and no punctuation mark or coordinator; None otherwise."""
    for k in range(opener - 1, max(opener - 1 - MAX_ANTECEDENT, 0), -1):
        bare = _bare(words[k]).lower()
        if words[k][-1:] in ",;:.!?" or bare in rule.coordinators:
            return None
        if bare in rule.relatives:
            return k if not words[k - 1].endswith(",") and has_finite(words, rule.lang, k + 1, opener) else None
    return None


def _closed_by_main_verb(words: list[str], last: int, rule: _LabelRules) -> int | None:
    """Where a relative clause that goes on after its date (words[last] its last word) ends with a comma that the
    main clause's finite verb follows ("a former aid worker who is now leading a team of journalists, said …"):
    that comma's word, with no punctuation mark, finite verb or clause opener before it; None otherwise."""
    openers = rule.relatives | rule.clause_subordinators | rule.coordinators
    for k in range(last + 1, len(words) - 1):
        if _bare(words[k]).lower() in openers or is_finite(words, k, rule.lang) or words[k][-1:] in ";:.!?":
            return None
        if words[k].endswith(","):
            following = words[k + 1]
            return k if following[:1].islower() and is_finite(words, k + 1, rule.lang) else None
    return None


def _coordinated_after(words: list[str], last: int, rule: _LabelRules) -> bool:
    """Whether a coordinator that is no preposition follows words[last], the date's last word: the relative clause
    ends with its date, and another clause or predicate follows ("a contract that was guaranteed through next year
    but the club felt …", "the man who founded it in 1990 and sold it in 2001")."""
    following = _bare(words[last + 1]).lower()
    return following in rule.coordinators and following not in rule.all_prepositions


def _closes_span(text: str, span: Span, tokens: list[Span], words: list[str], last: int, rule: _LabelRules) -> bool:
    """Whether the words after words[last] (a date's last word, in a relative clause without a comma) run to the
    end of `span` with no punctuation mark, finite verb or clause opener: they go on with the relative clause,
    which ends the span, and no main clause follows it. Not when the date modifies a noun after it (a gerund
    after it is the clause's own: "who spent the winter rebuilding his army")."""
    if not tokens or text[tokens[-1][1]:span[1]].strip(" .!?\"'”’") or last + 1 >= len(words) \
            or words[last].endswith((",", ";", ":")):
        return False
    gerund = _shapes(rule.lang, "gerund_shapes")
    if _noun_after(text, tokens[last][1], span[1], rule) and not (gerund and gerund.fullmatch(_bare(words[last + 1]))):
        return False  # the date modifies the noun after it ("above fiscal 1989 sales"), not the clause's verb
    openers = rule.relatives | rule.clause_subordinators | rule.coordinators
    return not any(word.endswith((",", ";", ":")) or _bare(word).lower() in openers or is_finite(words, k, rule.lang)
                   for k, word in enumerate(words[last + 1:-1], last + 1)) \
        and not is_finite(words, len(words) - 1, rule.lang) and _bare(words[-1]).lower() not in openers


def _longer_phrase(before: list[str], rule: _LabelRules) -> bool:
    """Whether `before`, the words before a noun phrase, end with a linking word ("of", "de") that ties it to a
    noun phrase before: a determiner among the MAX_ANTECEDENT words before the link, with no punctuation mark,
    coordinator, relative pronoun or finite verb between ("the long wooden boat of"; not "the mandate that the
    people gave and of", nor "Little of")."""
    if not before or _bare(before[-1]).lower() not in rule.noun_links:
        return False
    for k in range(len(before) - 2, max(len(before) - 2 - MAX_ANTECEDENT, -1), -1):
        word = _bare(before[k]).lower()
        if before[k][-1:] in ",;:." or word in rule.coordinators or word in rule.relatives \
                or is_finite(before, k, rule.lang):
            return False
        if word in rule.determiners:
            return True
    return False


def _unmarked_end(
    tokens: list[Span], words: list[str], opener: int, at: int, end: int, date: Span, dates: list[Span],
    rule: _LabelRules,
) -> int | None:
    """Where a clause that no comma closes ends with its date, when a main clause follows right after it ("After it
    won the cup in May the team celebrated", "For a year after the offensive stalled in March 1981 there was little
    change"): the date's last word; None when no main clause follows. Not where subordinate clauses end in their
    verb (`verb_final`): there, words after the date are the clause's own ("als er 1990 die Firma gründete"). The
    main clause opens with a determiner, a pronoun or an expletive subject (`expletives`: "there"), and has a
    finite verb among the next SUBJECT_AFTER_COMMA words, before any comma, relative pronoun or subordinator; the
    clause has its own finite verb before the date."""
    if rule.verb_final:
        return None
    last = next((k for k in range(at, end + 1) if tokens[k][1] >= date[1]), end)
    if last >= end or not words[last][-1:].isalnum() \
            or _in_date(dates, tokens[last + 1][0]):
        return None
    first = words[last + 1]
    embedded = rule.embedded_openers
    if first.lower() not in rule.determiners | rule.pronouns | pack_words(rule.lang, "labels", "expletives") \
            or not first[:1].islower() or first.lower() in rule.relatives | embedded:
        return None  # "When word reached India in 1778 that France had entered the war": a clause of its own
    if not has_finite(words, rule.lang, opener + 1, at):
        return None  # "that by 1992 it intended": a phrase before the clause's subject, no clause ending
    for k in range(last + 2, min(last + 2 + SUBJECT_AFTER_COMMA, len(words))):
        bare = _bare(words[k]).lower()
        if bare in rule.relatives or bare in embedded or rule.subordinate.fullmatch(bare):
            return None
        if is_finite(words, k, rule.lang):
            return last
        if not words[k][-1:].isalnum():
            return None
    return None


def _insertion(words: list[str], opener: int, at: int, end: int, rule: _LabelRules) -> int | None:
    """The word whose comma opens an insertion that holds the date and that the clause goes on after ("Da die
    Truppen, nämlich zwei Wochen nach Kriegsbeginn, eingefallen waren"): the clause has no finite verb before the
    insertion, and after its closing comma (words[end]) comes neither a main clause nor a coordinator, relative
    pronoun or subordinator, but the clause's finite verb before the next comma. None when there is none."""
    opening = next((k for k in range(at - 1, opener, -1) if words[k].endswith(",")), None)
    if opening is None or end >= len(words) - 1 or not words[end].endswith(","):
        return None
    if has_finite(words, rule.lang, opener + 1, opening + 1):
        return None  # "After the storm passed, on May 3, …": the clause is whole before the comma
    after = end + 1
    bare = _bare(words[after]).lower()
    if bare in rule.coordinators or bare in rule.relatives \
            or bare in rule.embedded_openers or rule.subordinate.fullmatch(bare):
        return None
    closing = next((k for k in range(after, len(words) - 1) if words[k].endswith(",")), len(words) - 1)
    if rule.verb_final:
        # the clause's finite verb ends it ("…, zurückgetreten war,"); a main clause after a comma would open with
        # its own and go on
        return opening if is_finite(words, closing, rule.lang) else None
    if main_clause_at(words, after, rule, rule.lang) \
            or not has_finite(words, rule.lang, after, closing + 1):
        return None
    return opening


def unasserted(subordinator: str, rule: _LabelRules) -> bool:
    """Whether a verb-final clause opened by `subordinator` asks or supposes (`unasserted_subordinators`: "ob",
    "falls"): told as a main clause it would state what it does not ("…, ob wir solche Räume dulden können" ->
    "Wir können solche Räume dulden"), so it is not told so."""
    return rule.verb_final and subordinator.lower() in pack_words(rule.lang, "labels", "unasserted_subordinators")


def _subordinate(
    text: str, tokens: list[Span], words: list[str], opener: int, clause_end: int, date: Span, dates: list[Span],
    rule: _LabelRules, aside: Span | None = None,
) -> Told | None:
    """A subordinate clause without its subordinator: it reads alone (`subordinate_reads_alone`), or, in a
    verb-final language, is told as a main clause. Its first word after the subordinator opens a subject (or, in
    German, the clause ends in its finite verb: `as_main_clause`); not when the subordinator governs the date
    ("since 2010", "when in 2010"). `aside`: an insertion inside the clause, whose own verb is not the clause's."""
    lang = rule.lang
    found = rule.subordinate.match(text, tokens[opener][0])
    if found and found.group().lower() in pack_words(lang, "labels", "comparative_subordinators"):
        return None  # "…, as the weather service had warned on Sunday": an attribution, no event of its own
    if found and unasserted(found.group(), rule):
        return None
    start = found.end() if found else tokens[opener][0] + len(words[opener])  # "that": an embedded opener
    while start < clause_end and text[start].isspace():
        start += 1
    if date[0] <= start:
        return None  # the subordinator governs the date: "since 2010", "bis 2019"
    piece = (start, clause_end)
    told = tidy(_without_dates(text, piece, dates, lang)).split()
    if len(told) < MIN_LABEL_WORDS or not _has_content_words(" ".join(told), lang, MIN_LABEL_WORDS):
        return None
    first = _bare(told[0])
    if rule.subordinate.fullmatch(first):
        return None  # "da seit der letzten …": the next word is a preposition of a subordinator's form
    elided = next((word for word in rule.determiners if word.endswith(("'", "’"))
                   and first.lower().startswith(word)), None)
    if elided is not None:
        if is_finite([first[len(elided):]], 0, lang):
            return None  # "comme l'avait annoncé la préfecture": a pronoun before the verb, the subject after it
        first = first[:1].lower() + "e"  # "l'usine": an elided article opens it
    if rule.verb_final and as_main_clause(told, rule, lang) is told:
        conjunct = _own_conjunct(text, piece, date, dates, rule)
        if conjunct is None:
            return None
        piece = conjunct  # "weil sie 1920 in die Berge geflohen waren und bald … kämpften" -> the first
    # an insertion's own verb is not the clause's: "When the troops, two weeks after the war began, invaded"
    outside = told if aside is None else tidy(_without_dates(_blanked(text, *aside), piece, dates, lang)).split()
    if not rule.verb_final and (not _verb_before_clause(outside, rule) or first.lower() in rule.stopwords
                                and first.lower() not in rule.determiners | rule.pronouns):
        return None  # no finite verb of its own, or a phrase, not a subject, after the subordinator ("when in doubt")
    if not rule.verb_final and first[:1].islower() and first.lower() not in rule.determiners | rule.pronouns \
            and is_finite(told, 0, lang):
        return None  # no subject after it: "the team that won in 1953"
    return Told(text, piece, True)


def _reads_alone(text: str, tokens: list[Span], words: list[str], opener: int, rule: _LabelRules) -> bool:
    """Whether the subordinate clause that words[opener] opens, the whole of a span that is part of its sentence
    (its main clause before it, "…, until the Americans withdrew across the river in December", or after it past a
    clause of its own), is told without its subordinator: where a subordinate clause reads alone without it
    (`subordinate_reads_alone`), so that the label shows no subordinate clause without its main clause. Not a
    relative clause (its noun stands before it), nor a clause of comparison or attribution."""
    if not dependent_rules(rule.lang).subordinate_reads_alone:
        return False
    found = rule.subordinate.match(text, tokens[opener][0])
    return found is not None and found.group().lower() not in pack_words(
        rule.lang, "labels", "comparative_subordinators") and _bare(words[opener]).lower() not in rule.relatives


def _conjoined(
    text: str, tokens: list[Span], words: list[str], opener: int, end: int, date: Span, dates: list[Span],
    rule: _LabelRules,
) -> bool:
    """Whether words[opener] is a subordinator of a verb-final language whose clause, up to words[end], is two
    clauses joined by a coordinator that cannot be told as a main clause whole, but one of which can
    (`_own_conjunct`)."""
    if not rule.verb_final or not rule.subordinate.fullmatch(_bare(words[opener])):
        return False
    found = rule.subordinate.match(text, tokens[opener][0])
    piece = (found.end() if found else tokens[opener][1], tokens[end][1] - words[end].endswith(","))
    told = tidy(_without_dates(text, piece, dates, rule.lang)).split()
    return as_main_clause(told, rule, rule.lang) is told and _own_conjunct(text, piece, date, dates, rule) is not None


def _own_conjunct(text: str, piece: Span, date: Span, dates: list[Span], rule: _LabelRules) -> Span | None:
    """The one of two verb-final clauses joined by a coordinator under one subordinator ("weil sie 1920 in die
    Berge geflohen waren und bald um ihre Vorräte kämpften", "als die Armee die Stadt eroberte und der König im
    Mai zurückkehrte") that `date` stands in, when it can be told as a main clause alone
    (`as_main_clause`); None otherwise. The coordinator follows a lower-case finite verb, outside brackets; the
    first clause is told only when that verb is a listed form or the second clause ends in none (else it may be a
    participle sharing the second's auxiliary: "nachdem das Parlament den Vertrag aufgekündigt und die Botschafter
    zurückgerufen hatte"), the second only with a subject of its own (`as_main_clause` finds none in "und bald …
    kämpften")."""
    lang = rule.lang
    tokens = [(piece[0] + found.start(), piece[0] + found.end()) for found in TOKEN.finditer(text[piece[0]:piece[1]])]
    words = [text[start:end] for start, end in tokens]
    depth = 0
    for k, word in enumerate(words[:-1]):
        depth += word.count("(") - word.count(")")
        if depth or k == 0 or _bare(word).lower() not in rule.coordinators or not words[k - 1][-1:].isalpha():
            continue
        before = words[k - 1]
        if not before[:1].islower() or not (is_finite(words[:k], k - 1, lang) or is_listed_finite(before, lang)):
            continue
        first, second = (piece[0], tokens[k - 1][1]), (tokens[k + 1][0], piece[1])
        own = first if date[1] <= tokens[k][0] else second
        if own == first and not is_listed_finite(_bare(before), lang) and is_listed_finite(_bare(words[-1]), lang):
            return None  # "nachdem das Parlament den Vertrag aufgekündigt und … hatte": a shared auxiliary
        told = tidy(_without_dates(text, own, dates, lang)).split()
        if len(told) >= MIN_LABEL_WORDS and as_main_clause(told, rule, lang) is not told:
            return own
        return None
    return None


def _verb_before_clause(words: list[str], rule: _LabelRules) -> bool:
    """Whether `words` have a finite verb before any relative pronoun or subordinator: a clause of their own, not
    a phrase that a later clause gives a verb ("after its invasion of Kuwait until the inspectors certify …")."""
    embedded = rule.embedded_openers
    for k, word in enumerate(words):
        if is_finite(words, k, rule.lang):
            return True
        bare = _bare(word).lower()
        # not a comparative one: "countries such as Mexico have suffered"
        if k and (bare in rule.relatives or bare in embedded or rule.subordinate.fullmatch(bare)) \
                and bare not in pack_words(rule.lang, "labels", "comparative_subordinators"):
            return False
    return False


NOUN_PHRASE_REACH = 4  # words before a clause opener searched for the determiner of a noun phrase it follows

# ... when the label would be the clause alone: a longer noun phrase ("an untreatable and inoperable cancerous
# tumor that …") would leave it without its noun
RELATIVE_REACH = 6


def _after_noun_phrase(before: str, rule: _LabelRules, reach: int = NOUN_PHRASE_REACH, verbs: bool = False) -> bool:
    """Whether `before` ends with a noun phrase (a determiner among its last NOUN_PHRASE_REACH words, with no comma
    and no reporting verb after it): a clause opener after it is a relative pronoun ("the carnage that"), not the
    conjunction after a verb ("Intel told analysts that", "Traders said that"). With `verbs`, not after a finite
    verb either ("Le maire a expliqué que")."""
    words = before.split()
    if verbs and words and (is_finite(words, len(words) - 1, rule.lang) or len(words) > 1 and is_listed_finite(
            _bare(words[-2]), rule.lang) and words[-1][:1].islower()):
        return False  # "estimated that", "a expliqué que"
    for k in range(len(words) - 1, max(len(words) - 1 - reach, -1), -1):
        word = words[k]
        if word.endswith((",", ";", ":")) or rule.reporting.fullmatch(_bare(word)):
            return False
        if _bare(word).lower() in rule.determiners or _opens_counted(words, k, rule):
            return True  # "the witnesses", "two witnesses"; not "so many years that"
    return False


def _opens_counted(words: list[str], k: int, rule: _LabelRules) -> bool:
    """Whether words[k] is a word of number (`quantifiers`) that opens its noun phrase as an article does ("two
    witnesses who"): not after a word of degree (`degree_words`: "so many years that"), where it opens a comparison
    or a clause of result."""
    return _bare(words[k]).lower() in rule.quantifiers and (
        k == 0 or _bare(words[k - 1]).lower() not in pack_words(rule.lang, "labels", "degree_words"))


MAX_ANTECEDENT = 8  # words of the noun phrase a relative clause describes ("die neue Bibliothek im Norden der Stadt")


def _marks(lang: str | None, key: str) -> dict[str, frozenset[str]]:
    """The pack's [labels] agreement table `key`, each word's value as a set of the pack's marks ("m", "f", "n",
    "p")."""
    return {word.lower(): frozenset(value.split()) for word, value in load(lang).get("labels", {}).get(key, {}).items()}


@cache
def _agreement(lang: str | None) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The genders and numbers each relative pronoun and each article may agree with (`relative_agreement`,
    `article_agreement`), as sets of the pack's marks ("m", "f", "n", "p")."""
    return _marks(lang, "relative_agreement"), _marks(lang, "article_agreement")


@cache
def _subject_agreement(lang: str | None) -> dict[str, frozenset[str]]:
    """The genders and numbers a subject relative pronoun may agree with (`subject_relative_agreement`): the
    nominative may mark fewer than the pronoun's other cases ("der": masculine)."""
    return _marks(lang, "subject_relative_agreement")


def _antecedent(
    text: str, clause: Span, rule: _LabelRules, pronoun: str | None = None, marks: frozenset[str] | None = None
) -> int | None:
    """Where the noun phrase ending `clause` starts: at its last determiner among the last MAX_ANTECEDENT words, or
    the one before it when a linking word ("of", "du", "des") ties them into one phrase ("le premier du Territoire
    de Belfort", "die vier Päckchen Zigaretten"); else at the run of capitalized words it ends with ("Institut
    Merieux"); None when it ends with neither. With the relative `pronoun` that follows, a determiner whose gender
    and number cannot be the pronoun's (`_agreement`; `marks` where its verb narrows them, `subject_marks`) opens
    a phrase inside the noun's ("ein Angebot an die Alliierten, das"): the search goes on before it, and finds no
    noun when none agrees."""
    matches = list(re.finditer(r"\S+", text[clause[0]:clause[1]]))
    words, offsets = [match.group() for match in matches], [match.start() for match in matches]
    elided = tuple(word for word in rule.determiners if word.endswith(("'", "’")))
    relatives, articles = _agreement(rule.lang)
    marks = marks if marks is not None else relatives.get(pronoun or "")
    disagreed = False

    def agrees(k: int) -> bool:
        article = articles.get(_bare(words[k]).lower())
        return marks is None or article is None or bool(article & marks)

    def determiner(k: int) -> bool:
        bare = _bare(words[k]).lower()
        # a word of number opens its noun phrase as an article does (`_opens_counted`); a number in figures may end
        # a name before it ("Building 100")
        return bare in rule.determiners or bool(elided) and bare.startswith(elided) and len(bare) > 2 \
            or _opens_counted(words, k, rule)

    def linked(k: int) -> bool:  # words[k] is tied to the phrase before it
        return k > 0 and (_bare(words[k]).lower() in rule.noun_links or _bare(words[k - 1]).lower() in
                          rule.noun_links or determiner(k - 1))

    named = _governed_name(words, rule, pronoun)
    if named is not None:
        return clause[0] + offsets[named]
    found = None
    # the main clause's closing words (`_closing_words`) are none of the phrase's
    closing = _closing_words([word.rstrip(",") for word in words[-MAX_ANTECEDENT:]], rule)
    floor = len(words) - 1 - MAX_ANTECEDENT - closing
    # where capitals mark names only, a capitalized word before the comma ends a name: after a verb with no
    # determiner between, the name is the noun phrase (the run of capitalized words found below)
    named = bool(rule.capitalised_names) and bool(words) and _bare(words[-1])[:1].isupper()
    after_verb = None  # where the bare noun phrase after the main clause's finite verb starts, if one does
    for k in range(len(words) - 1, -1, -1):
        if k <= floor or k < len(words) - 1 and words[k].endswith((",", ";", ":", ".")):
            break
        if found is None and after_verb is None and rule.verb_final and k < len(words) - 1 \
                and words[k][:1].islower() and is_finite(words, k, rule.lang) and _one_noun_phrase(words[k + 1:], rule):
            after_verb = k + 1
        if (closing or named) and k < len(words) - 1 - closing and words[k][:1].islower() \
                and is_finite(words, k, rule.lang):
            # the main clause's finite verb (before its closing words): the noun phrase stands after it ("This
            # one came from General Smith, who": no determiner after the verb, the name is the noun)
            break
        if found is None and closing and k < len(words) - 1 - closing and _bare(words[k])[:1].isupper() \
                and words[k + 1][:1].islower() and not determiner(k + 1) and not linked(k + 1) \
                and _bare(words[k + 1]).lower() not in rule.single_prepositions:
            # before a main clause's closing words (where every noun is capitalised), a noun that an adverb
            # follows heads another phrase, the subject or an object ("die Händler fast sämtliche Höfe zurück, die")
            break
        if determiner(k):
            if found is None and not agrees(k):
                disagreed = True
                floor = min(floor, k - MAX_ANTECEDENT)  # the pronoun's noun may head the phrase of this one
                continue  # a noun of another gender or number, inside the phrase of the one the pronoun stands for
            found = k
            if not linked(k):
                break
    if found is not None:
        return clause[0] + offsets[found]
    if disagreed:
        # "den Vertretern der Polizei und der Feuerwehr, das": its noun stands farther back; but a bare noun
        # phrase right after the main clause's verb is the noun, whatever the subject's article ("Das Gericht
        # verurteilte Männer, die")
        return None if after_verb is None else clause[0] + offsets[after_verb]
    start = None
    last = len(words) - 1 - closing
    for k in range(last, max(last - MAX_ANTECEDENT, -1), -1):
        if start is not None and k > 0 and _name_link(words[k], rule) and _bare(words[k - 1])[:1].isupper():
            continue  # a word inside a name ("Bank of America", "Procter & Gamble"): the name goes on before it
        if not _bare(words[k])[:1].isupper() or k < last and words[k].endswith(","):
            break
        start = clause[0] + offsets[k]
        if closing and k > 0 and _bare(words[k - 1]).lower() in rule.all_prepositions:
            return None  # "stellte sich Anna Berger aus Hohenau entgegen, die": the name may stand before
    return start


def _governed_name(words: list[str], rule: _LabelRules, pronoun: str | None) -> int | None:
    """For `_antecedent`: where the name that ends `words` starts, when the relative `pronoun` is a person's
    (`personal_relatives`) and a preposition that is no noun's link governs the name ("a message to Bush from
    Iraq's Saddam, with whom"): the clause describes the person, not the phrase the name's phrase complements;
    None otherwise."""
    if not rule.capitalised_names or pronoun not in load(rule.lang).get("labels", {}).get("personal_relatives", []):
        return None
    k = len(words) - 1
    while k > 0 and (_bare(words[k])[:1].isupper() and (k == len(words) - 1 or words[k] == _bare(words[k]))
                     or _name_link(words[k], rule) and _bare(words[k - 1])[:1].isupper()):
        k -= 1
    preposition = _bare(words[k]).lower()
    if k == len(words) - 1 or preposition not in rule.all_prepositions or preposition in rule.noun_links:
        return None
    return k + 1


def _name_link(word: str, rule: _LabelRules) -> bool:
    """Whether `word` may stand between two capitalized words of one name: a particle of the pack
    (`name_particles`: "of", "de", "von") or an ampersand ("Procter & Gamble")."""
    return word == "&" or word in rule.particles


MAX_CLOSING = 3  # words of a main clause's verb part between a noun and its relative clause ("zu erfahren")


def _closing_words(phrase: list[str], rule: _LabelRules) -> int:
    """How many words end `phrase` (a noun phrase before a relative clause's comma) that are the main clause's
    closing words, not the noun's: in a verb-final language whose nouns are capitalized, a relative clause often
    stands after the main clause's infinitive, participle or particle ("in dem Artikel des Reporters zu erfahren,
    den …", "stellten das Schiff fertig, das …"): lower-case words after the last noun, none a determiner, pronoun
    or preposition (but the infinitive marker, and a separable particle that ends them: `_particle_last`), at most
    MAX_CLOSING of them; 0 when there are none."""
    if not rule.verb_final or rule.capitalised_names:
        return 0
    closed = rule.determiners | rule.pronouns | rule.all_prepositions | rule.noun_links
    marker = load(rule.lang).get("labels", {}).get("infinitive_marker", "")
    count = 0
    for word in reversed(phrase):
        bare = _bare(word)
        if bare[:1].isupper() and (word == bare or REGNAL_NUMBER.fullmatch(word)):
            # a noun, or a name's regnal number ("Artaxerxes I."), ends the phrase
            return count if count <= MAX_CLOSING else 0
        if word != bare or not bare[:1].islower() or bare.lower() in closed and bare.lower() != marker \
                and not (count == 0 and _particle_last(phrase, rule)):
            return 0
        count += 1
    return 0


def _particle_last(phrase: list[str], rule: _LabelRules) -> bool:
    """Whether the last of `phrase` (the words before a relative clause's comma) is the main clause's separable
    particle, though it has a preposition's form ("brach die Gespräche mit der Opposition ab, die …", "löste eine
    Krise aus, die …"): a preposition governs a noun phrase after it, and none follows before the comma. Not one that
    may also close a phrase (`phrase_final_prepositions`: "von Kanada aus", "an der Stadt vorbei") when a
    preposition opens the noun phrase it ends, after that phrase's last determiner."""
    last = _bare(phrase[-1]).lower()
    if last not in rule.separable_prefixes:
        return False
    if last in rule.closed_prepositions:
        return True
    for word in reversed(phrase[:-1]):
        bare = _bare(word).lower()
        if bare in rule.all_prepositions and word[:1].islower():
            return False
        if bare in rule.determiners or word.endswith((",", ";", ":")):
            return True
    return False


def _name_before_apposition(before: str, rule: _LabelRules) -> list[str] | None:
    """The name that `before` (the words before a relative clause's antecedent) ends an apposition of ("Dr
    Lewis-Jones, the former curator at", "John Smith, a lawyer for"): a subject pronoun stands for the name, not
    for the noun nearest to it. None when `before` ends in no apposition after capitalized words, and where capitals
    mark nouns as well as names."""
    named, comma, apposition = before.rpartition(",")
    words = apposition.split()
    if not rule.capitalised_names or not comma or not words or _bare(words[0]).lower() not in rule.determiners \
            or not words[0][:1].islower():
        return None
    before_name = named.split()
    name: list[str] = []
    while before_name and len(name) < MAX_NAME_WORDS and before_name[-1] == _bare(before_name[-1]) \
            and before_name[-1][:1].isupper():
        name.insert(0, before_name.pop())
    if not before_name and len(name) == 1 \
            or any(word.lower() in rule.prepositions for word in before_name[-1:] + name[:1]):
        return None  # "Meanwhile, the head of …", "In Paris, the head of …": no name the apposition is of
    return name or None


MAX_NAME_WORDS = 4  # capitalized words read as the name an apposition follows ("Dr Anna Maria Berger")
APPOSITION_REACH = 160  # characters before a relative clause's noun read for the apposition it is in


def _relative(
    text: str, span: Span, tokens: list[Span], words: list[str], opener: int, clause_end: int, dates: list[Span],
    rule: _LabelRules,
) -> Told | None:
    """A relative clause with the noun phrase it describes (`_antecedent`, before its comma): the noun in the
    pronoun's place when the pronoun is the subject ("Der Minister war zurückgetreten"), else after it with the
    pronoun ("Das Buch, das er veröffentlichte"). The noun told in the pronoun's place is the one
    `_subject_phrase` finds, in the nominative ("den Bauern, die … lieferten" -> "Die Bauern lieferten"); where it
    finds none, the noun stays before its clause. Not when the phrase is an apposition after a name ("Dr
    Lewis-Jones, the former curator, who"): its pronoun may stand for the name. Where a preposition leads from that
    apposition's noun to the nearest one, a subject pronoun stands for the name ("Dr Lewis-Jones, the former
    curator at the museum, who met him" -> "Dr Lewis-Jones met him")."""
    comma = tokens[opener - 1][1]
    pronoun = _bare(words[opener]).lower()
    clause = tidy(_without_dates(text, (tokens[opener][0], clause_end), dates, rule.lang)).split()
    subject = _subject_relative(clause, 0, rule)
    marks = subject_marks(clause, rule)
    antecedent = _antecedent(text, (span[0], comma), rule, pronoun, marks)
    if antecedent is None:
        return None
    before = text[span[0]:antecedent].rstrip()
    if before.endswith(",") and _bare(before[:-1].split()[-1] if before[:-1].split() else "")[:1].isupper():
        return None
    # the apposition's name may stand in the clause before this one ("Next came Ines Varga, the owner of …, who")
    window = text[max(0, antecedent - APPOSITION_REACH):antecedent]
    name = _name_before_apposition(re.split(r"[.!?:;]\s|\n", window)[-1], rule)
    written = text[antecedent:comma - 1].split()  # the phrase in its own case, for `_subject_phrase`
    if _governed(text, antecedent, rule) and has_finite(text[tokens[opener][0]:clause_end].split(), rule.lang):
        # "Mit dem Vormarsch der Armee, die … stand": the label drops the preposition, its noun takes the
        # nominative (not "an einem Datum, der gefälschten Wahl": an apposition, no clause)
        text, antecedent = _in_nominative(text, (antecedent, comma - 1), pronoun, rule)
    phrase = text[antecedent:comma - 1].split()
    closing = _closing_words(phrase, rule)
    if closing:
        # the main clause's last words stand between the noun and its relative clause: left out of the label
        text = _blanked(text, _word_starts(text, antecedent, comma - 1)[-closing], comma - 1)
        phrase, written = phrase[:-closing], written[:-closing]
    verbs = [k for k in range(1, len(phrase)) if is_finite(phrase, k, rule.lang)]
    if verbs and (not rule.verb_final and verbs[-1] + 1 < len(phrase) and phrase[verbs[-1] + 1][:1].islower()
                  and not any(_bare(word).lower() in rule.all_prepositions | rule.determiners
                              for word in phrase[verbs[-1] + 1:])
                  or rule.verb_final and phrase[verbs[-1]][:1].islower()
                  and _one_noun_phrase(phrase[verbs[-1] + 1:], rule)):
        # "The French also used napalm, which was depicted …": a bare noun phrase, the object of the main
        # clause's verb, is what the clause describes; so in a verb-final language, where the main clause's finite
        # verb stands before its objects, is the noun phrase after it ("Die Firma entließ Arbeiter, die …", "…
        # erlaubte allen Staaten, die …"), not the subject
        skipped = verbs[-1] + 1
        antecedent = _word_starts(text, antecedent, comma - 1)[skipped]
        phrase, written = phrase[skipped:], written[skipped:]
    if has_finite(phrase, rule.lang, 1):
        return None  # "Die Stadt sollte durch einen Raid zerstört werden, der": a clause, not a noun phrase
    if name is not None and not subject:
        return None
    if not subject:
        return Told(text, (antecedent, clause_end), False)
    # "John Smith, a lawyer for the family, who arrived" -> "John Smith arrived"
    noun_phrase = name if name is not None else _subject_phrase(written, marks, rule)
    if noun_phrase is None:
        return Told(text, (antecedent, clause_end), False)
    clause = clause[1:]
    words = noun_phrase + clause
    told = words
    if rule.verb_final:
        # the verb must come right after the noun phrase ("Der Minister für Arbeit, der … zurückgetreten war":
        # not "Der Minister war für Arbeit … zurückgetreten"); a clause of its verb alone, its date cut, has it
        # there already ("ein Angriff, der am Montag begann" -> "Ein Angriff begann")
        told = as_main_clause(words, rule, rule.lang)
        noun = len(noun_phrase)
        moved = told is not words and len(told) > noun and told[noun] != words[noun]
        if not (moved or len(clause) == 1) or len(told) <= noun or told[:noun] != words[:noun]:
            return Told(text, (antecedent, clause_end), False)
    joined = " ".join(told)
    return Told(joined, (0, len(joined)), False, undated=True)


def _one_noun_phrase(words: list[str], rule: _LabelRules) -> bool:
    """For `_relative` and `_antecedent`: whether `words`, after a main clause's finite verb, are one noun phrase
    where nouns are capitalized: they end in a noun, hold no pronoun, preposition or verb, and a link ties each noun
    after the first to the one before ("der Opfer des Anschlags"); not a subject and an object ("die Firma
    Arbeiter")."""
    if not words or not _bare(words[-1])[:1].isupper():
        return False
    linked = True
    for k, word in enumerate(words):
        bare = _bare(word).lower()
        # words from inside a sentence: a capitalized first word is a noun, not a sentence's opening verb
        # ("behandelten Patienten, die …": not "Patienten" read as the past "erkrankten")
        if bare in rule.pronouns or bare in rule.all_prepositions - rule.noun_links \
                or is_finite(words, k, rule.lang, opening=False):
            return False
        if bare in rule.noun_links:
            linked = True
        elif _bare(word)[:1].isupper():
            if not linked:
                return False
            linked = False
    return True


def subject_marks(clause: list[str], rule: _LabelRules) -> frozenset[str] | None:
    """The genders and numbers (`_agreement`) that the relative pronoun opening `clause` (its words without dates)
    may stand for where it is the clause's subject (`_subject_relative`), narrowed by the number of the clause's
    finite verb, which agrees with it: in a verb-final language its last word, plural by its ending or form
    (`plural_endings`, `[figures] plural_verbs`: "…, die Getreide ablieferten"), else singular where it is a finite
    verb ("…, die in Kraft treten sollte": no plural noun). The pronoun's own where the verb tells nothing or
    nothing would agree. Where the pack gives the pronoun no agreement, the one its predicate marks
    (`_predicate_marks`); None where it is no subject or nothing tells."""
    if not clause or not _subject_relative(clause, 0, rule):
        return None
    pronoun = _bare(clause[0]).lower()
    subjects = _subject_agreement(rule.lang)
    marks = subjects[pronoun] if pronoun in subjects else _agreement(rule.lang)[0].get(pronoun)
    if marks is None:
        return _predicate_marks(clause, rule.lang)
    if not rule.verb_final or rule.inversion is None or len(clause) < 2:
        return marks
    last = _bare(clause[-1])
    if not last.isalpha() or not last.islower():
        return marks
    if last.endswith(rule.inversion.plural_endings) or last in pack_words(rule.lang, "figures", "plural_verbs"):
        narrowed = marks & PLURAL
    elif is_finite(clause, len(clause) - 1, rule.lang, opening=False):
        narrowed = marks - PLURAL
    else:
        return marks
    return narrowed or marks


PLURAL = frozenset({"p"})  # the mark of a plural in `relative_agreement` and `article_agreement`


@cache
def _predicate_agreement(lang: str | None) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The copulas whose predicate agrees with the subject (`agreeing_copulas`) and the marks each ending of that
    predicate gives (`predicate_agreement`)."""
    copulas = load(lang).get("labels", {}).get("agreeing_copulas", [])
    return frozenset(word.lower() for word in copulas), _marks(lang, "predicate_agreement")


def _predicate_marks(clause: list[str], lang: str | None) -> frozenset[str] | None:
    """The gender and number that the participle or adjective after a copula (`agreeing_copulas`) marks by its
    ending (`predicate_agreement`) in `clause`, a subject relative clause: it agrees with the pronoun's noun
    ("…, qui sera examinée" stands for a feminine noun); None where no copula is followed by such an ending."""
    copulas, endings = _predicate_agreement(lang)
    for before, word in zip(clause[1:], clause[2:]):
        bare = _bare(word).lower()
        if _bare(before).lower() not in copulas:
            continue
        ending = max((ending for ending in endings if bare.endswith(ending) and len(bare) > len(ending)),
                     key=len, default=None)
        return endings[ending] if ending is not None else None
    return None


def _agrees(word: str, marks: frozenset[str] | None, rule: _LabelRules) -> bool | None:
    """Whether the article `word` may mark one of the genders and numbers `marks` (`article_agreement`); None
    where `word` is no article the pack gives agreement, or `marks` is None."""
    article = _agreement(rule.lang)[1].get(_bare(word).lower())
    return None if marks is None or article is None else bool(article & marks)


def _subject_phrase(phrase: list[str], marks: frozenset[str] | None, rule: _LabelRules) -> list[str] | None:
    """For `_relative`: the noun phrase that a subject relative pronoun of the genders and numbers `marks`
    (`subject_marks`) stands for, from `phrase` (the words before its comma, in their own case), in the
    nominative (`_subject_nominative`); None where which noun it is cannot be told. It is the nearest noun, after
    the last preposition ("an option for Leon, who" -> "Leon"), unless that noun's article cannot agree with the
    pronoun while the first one can ("eine Erklärung für alle Sklaven, die … sollte" -> "eine Erklärung"). Of two
    nouns a linking word ties ("the case of Elian, who") it is the one whose article alone agrees ("dem Vormarsch
    der Armee, die" -> "die Armee"; "die Truppen des Generals, die" -> the whole phrase), else neither."""
    preposition = next((k for k in range(len(phrase) - 2, 0, -1)
                        if _bare(phrase[k]).lower() in rule.prepositions - rule.noun_links
                        and phrase[k][:1].islower()), None)
    if preposition is not None:
        # the noun after the preposition, whose article may be fused with it ("zur Reform": feminine)
        complement = _agrees(phrase[preposition + 1], marks, rule)
        if complement is None:
            complement = _agrees(phrase[preposition], marks, rule)
        if complement is False and _agrees(phrase[0], marks, rule):
            phrase = phrase[:preposition]  # the noun the prepositional phrase describes
        elif not phrase[preposition + 1][:1].isupper():
            return None  # "a passport for pets, which": either noun
        else:
            phrase = phrase[preposition + 1:]  # "an option for Leon, who": a name is the nearest noun
    links = [k for k in range(1, len(phrase)) if _bare(phrase[k]).lower() in rule.noun_links]
    if links:
        head, linked = _agrees(phrase[0], marks, rule), _agrees(phrase[links[-1]], marks, rule)
        after = phrase[links[-1] + 1] if links[-1] + 1 < len(phrase) else ""
        opening = links[-1]  # where the linked noun's phrase opens
        article = _agrees(after, marks, rule)
        if linked is None and article is not None:
            linked, opening = article, links[-1] + 1  # its article ("le plan de la ville")
        # a lower-case noun with no article after the link names a kind of the head ("un projet de loi"), no noun
        # of its own: the head's agreement tells
        bare = linked is None and after[:1].islower() and _bare(after).lower() not in rule.determiners
        if head is False and linked:
            phrase = phrase[opening:]  # the linked noun: "der Armee"
        elif not (head and (linked is False or bare)):
            return None  # both nouns may be the pronoun's
    return _subject_nominative(phrase, marks, rule.lang)


def _subject_nominative(phrase: list[str], marks: frozenset[str] | None, lang: str | None) -> list[str] | None:
    """For `_subject_phrase`: the noun phrase in the nominative, as the subject that the relative pronoun of the
    genders and numbers `marks` stood for: an article of an oblique case (`nominative_articles`) takes its
    nominative by `_nominative` ("den Bolschewiki" -> "die Bolschewiki"); one that may be the nominative's already
    ("der Minister, der"), and any other word, stays. None where the nominative is not known: the article's
    gender stays open ("dem", plural and neuter), or the noun after a dative plural's article ends as one
    (`dative_plural_endings`) and no listed noun tells its nominative ("den Arbeitern", "Arbeiter" or "Arbeitern";
    "den Präsidenten", a singular's "Präsident")."""
    first = _bare(phrase[0]).lower()
    nominative = _nominative_forms(first, marks, lang) if marks is not None else None
    if marks is None or nominative is None:
        return phrase
    if first in nominative:
        return phrase
    head = next((word for word in phrase[1:] if word[:1].isupper()), "")
    if dative_plural_form(head, first, lang) and _undeclined_plural(head, first, lang) == head:
        return None
    told = _nominative(phrase, marks, lang) if len(nominative) == 1 else None
    if told is None or told.split()[0].lower() == first:
        return None
    return told.split()


ANTECEDENT_REACH = 120  # characters before a date searched for the noun phrase it closes (`dated_antecedent`)


def dated_antecedent(text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None) -> Told | None:
    """The noun phrase that `date` closes, with the relative clause right after the date that describes it ("die
    Deklaration von Paris von 1856, die das Land unterzeichnet hatte" -> "Die Deklaration von Paris, die das Land
    unterzeichnet hatte"; a subject relative is told as `_relative` tells it), in a language whose relative clause
    follows its noun with nothing of the main clause between them but what closes it (`dated_antecedents`): a date
    standing between them is the noun's, not the main clause's. The date is tied to the noun by one of its links
    ("von", "im": the pack's `[event_nouns] attribute_links` and `phrase_links`) or, a year alone, follows it
    (`year_after_noun`). None where the date itself may be what the pronoun stands for: a preposition that
    governs dates before the pronoun ("am Freitag, an dem"), or a bare pronoun that agrees with the date's article
    ("im Juni, das") or follows a date with a noun and no article; and where the noun phrase is a complement of
    another ("der Abschuss durch den Kreuzer im Mai, bei dem") and names no action: the pronoun may stand for the
    noun it depends on."""
    rule = _label_rules(lang)
    if not load(lang).get("labels", {}).get("dated_antecedents"):
        return None
    opening = _relative_after_date(text, sentence, date, rule, lang)
    if opening is None:
        return None
    comma, pronoun, preposition = opening
    expression = text[date[0]:date[1]].split()
    before = list(TOKEN.finditer(text, max(sentence[0], date[0] - ANTECEDENT_REACH), date[0]))
    if len(before) < 2:
        return None
    tied = _noun_tied_to_date(before, expression, rule, lang)
    if tied is None:
        return None
    noun, link = tied
    if preposition is None and _pronoun_may_be_date(pronoun, link, expression, lang):
        return None
    # the text with the date (and its link) blanked and the comma moved to the noun: offsets stay as they were
    start = noun.end()
    blanked = text[:start] + "," + " " * (comma - start) + text[comma + 1:]
    described = _described_phrase(blanked, (before[0].start(), start), pronoun, rule, lang)
    if described is None:
        return None
    phrase, governing = described
    relative = _relative_clause_after(blanked, sentence, date, comma, dates, lang)
    if relative is None:
        return None
    # a noun phrase that a preposition governs in the case it has alone ("nach der Revolution" -> "Die
    # Revolution"), before its clause
    marks = _agreement(lang)[0].get(pronoun, frozenset())
    noun_phrase = _nominative(phrase, marks, lang) if governing else " ".join(phrase)
    if noun_phrase is None:
        return None
    return _noun_with_relative(noun_phrase, blanked, *relative, preposition, rule)


def _relative_after_date(
    text: str, sentence: Span, date: Span, rule: _LabelRules, lang: str | None
) -> tuple[int, str, str | None] | None:
    """For `dated_antecedent`: the comma right after `date` and the relative clause it opens, its pronoun and the
    one preposition before it (None without one); None where no relative pronoun follows the comma, or where the
    preposition is one of time ("am Freitag, an dem": it may stand for the date itself)."""
    after = re.match(r"(?:/\d+)?\s*,\s*(\w+)\s+(\w+)", text[date[1]:min(sentence[1], date[1] + CLAUSE_REACH)])
    if after is None:
        return None
    comma = text.index(",", date[1])
    first, second = after.group(1).lower(), after.group(2).lower()
    if first in rule.relatives:
        return comma, first, None
    if first in rule.single_prepositions and second in rule.relatives:
        if first in pack_words(lang, "labels", "date_prepositions"):
            return None  # "am Freitag, an dem": a preposition of time may stand for the date itself
        return comma, second, first
    return None


def _noun_tied_to_date(
    before: list[re.Match[str]], expression: list[str], rule: _LabelRules, lang: str | None
) -> tuple[re.Match[str], str | None] | None:
    """For `dated_antecedent`: the noun right before the date (`expression`) that the date is tied to, by the link
    that is the last of `before` (`attribute_links`, `phrase_links`) or, a year alone, by standing right after it
    (`is_year_after_noun`), and that link (None for a year); None where the date is tied to no noun."""
    links = pack_words(lang, "event_nouns", "attribute_links") | pack_words(lang, "event_nouns", "phrase_links")
    link = before[-1].group() if before[-1].group().lower() in links else None
    if link is None and not is_year_after_noun(expression[0], lang):
        return None
    noun = before[-2] if link else before[-1]
    word = noun.group()
    if word != _bare(word) or word.lower() in rule.stopwords or not (rule.capitalised_names or word[:1].isupper()):
        return None  # no noun right before the date: "traf im Mai den Minister, der"
    return noun, link


def _pronoun_may_be_date(pronoun: str, link: str | None, expression: list[str], lang: str | None) -> bool:
    """For `dated_antecedent`: whether a relative `pronoun` with no preposition before it may stand for the date
    (`expression`, after its `link`) rather than the noun before it: it agrees with the article of the link or
    the date ("im Juni, das"), or the date has a noun of its own and no article ("Ende Juni, der")."""
    relatives, articles = _agreement(lang)
    article = articles.get((link or "").lower()) or articles.get(expression[0].lower())
    if article is not None and article & relatives.get(pronoun, frozenset()):
        return True  # "im Juni, das": the pronoun may stand for the date
    return article is None and any(word[:1].isalpha() for word in expression)  # "Ende Juni, der"


def _described_phrase(
    blanked: str, window: Span, pronoun: str, rule: _LabelRules, lang: str | None
) -> tuple[list[str], bool] | None:
    """For `dated_antecedent`: the words of the noun phrase that the relative clause describes, which ends at
    window[1] in `blanked` (the text with the comma moved to the noun), and whether a preposition governs it;
    None where no noun phrase is found there, it holds a verb, or it is a complement of another and names no
    action."""
    low, start = window
    antecedent = _antecedent(blanked, (low, start + 1), rule, pronoun)
    if antecedent is None:
        return None
    pieces = list(re.finditer(r"\S+", blanked[antecedent:start]))
    governed = [k for k, piece in enumerate(pieces[:-1]) if k and piece.group() == _bare(piece.group())
                and piece.group().lower() in rule.all_prepositions - rule.noun_links]
    if governed:
        # "die Führung des Landes nach der Revolution im Jahre 1911, die": the nearest noun phrase, after the
        # preposition that ties it to the one before
        antecedent += pieces[governed[-1] + 1].start()
        pieces = pieces[governed[-1] + 1:]
    phrase = [piece.group() for piece in pieces]
    if has_finite(phrase, lang, 1):
        return None  # a verb inside: no one noun phrase
    ahead = blanked[low:antecedent].split()
    governing = bool(ahead) and not _ends_in_punctuation(ahead[-1]) \
        and _bare(ahead[-1]).lower() in rule.all_prepositions - rule.noun_links
    if governing and not any(is_event_noun(piece, lang) for piece in phrase[1:]):
        return None  # "der Abschuss durch den Kreuzer im Mai, bei dem": the pronoun may stand for the action's noun
    return phrase, governing


def _relative_clause_after(
    blanked: str, sentence: Span, date: Span, comma: int, dates: list[Span], lang: str | None
) -> tuple[Span, list[Span]] | None:
    """For `dated_antecedent`: the relative clause that opens after `comma`, up to the next punctuation or
    CLAUSE_REACH characters after the date, and the dates inside it; None where it goes on past them or holds no
    verb."""
    high = min(sentence[1], date[1] + CLAUSE_REACH)
    opener = re.compile(r"\S").search(blanked, comma + 1, high)
    if opener is None:
        return None
    clause = re.search(r"[,;:]", blanked[opener.start():high])
    clause_end = opener.start() + clause.start() if clause else high
    inside = [span for span in dates if opener.start() <= span[0] and span[1] <= clause_end]
    if not has_finite(tidy(_without_dates(blanked, (opener.start(), clause_end), inside, lang)).split(), lang):
        return None  # the relative clause goes on past the window or holds no verb
    return (opener.start(), clause_end), inside


def _noun_with_relative(
    noun_phrase: str, blanked: str, clause: Span, inside: list[Span], preposition: str | None, rule: _LabelRules
) -> Told | None:
    """For `dated_antecedent`: `noun_phrase` with its relative `clause` after a comma, without the clause's dates
    (`inside`); a relative clause with no preposition before its pronoun told as `_relative` tells it (its noun in
    the pronoun's place where the pronoun is the subject)."""
    built = f"{noun_phrase}, {blanked[clause[0]:clause[1]].strip()}"
    shift = len(noun_phrase) + 2 - clause[0]
    inside = [(begin + shift, end + shift) for begin, end in inside]
    told: Told | None = Told(built, (0, len(built)), False)  # "Das Attentat, bei dem der Thronfolger starb"
    if preposition is None:
        tokens = [found.span() for found in TOKEN.finditer(built)]
        words = [built[begin:end] for begin, end in tokens]
        at = next(k for k, (begin, _) in enumerate(tokens) if begin >= len(noun_phrase) + 2)
        told = _relative(built, (0, len(built)), tokens, words, at, len(built), inside, rule)
    if told is None or told.undated:
        return told
    label = tidy(_without_dates(told.text, told.span, inside, rule.lang))
    return Told(label, (0, len(label)), False, undated=True)


def _governed(text: str, start: int, rule: _LabelRules) -> bool:
    """Whether a preposition governs the noun phrase at `start` (the word right before it), which a label that
    opens at the phrase leaves out."""
    before = text[max(0, start - PREPOSITION_REACH):start].split()[-1:]
    if not before or _ends_in_punctuation(before[0]):
        return False  # "Die Aktie legte zu. Der Konzern, der": a particle that ends its sentence governs nothing
    word = _bare(before[0]).lower()
    return word in rule.all_prepositions and word not in rule.determiners  # "von", a noun's link too, governs


def _ends_in_punctuation(word: str) -> bool:
    """Whether `word` ends in a stop or comma, so that, a preposition or not, it governs nothing after it ("zu.",
    "an,": a separable particle closing its clause)."""
    return word[-1:] in ".,;:!?"


PREPOSITION_REACH = 40  # characters before a noun phrase read for the preposition that governs it


def _in_nominative(text: str, phrase: Span, pronoun: str, rule: _LabelRules) -> tuple[str, int]:
    """`text` with the noun phrase at `phrase`, which a preposition governs, in the nominative up to its first
    capitalized word, its head where nouns are capitalized (`_nominative`: "dem Vormarsch der Armee, die" ->
    "Vormarsch der Armee, die"; "der schweren Schlacht bei Lens, die" -> "Die Schlacht bei Lens, die"), and where
    the phrase now starts; the nominative is never longer, and spaces before it keep every offset. `text` as it
    is where the phrase has no capitalized word after its first."""
    words = list(re.finditer(r"\S+", text[phrase[0]:phrase[1]]))
    head = next((k for k in range(1, len(words)) if words[k].group()[:1].isupper()), None)
    if head is None:
        return text, phrase[0]
    end = phrase[0] + words[head].end()
    marks = _agreement(rule.lang)[0].get(pronoun, frozenset())
    told = _nominative([word.group() for word in words[:head + 1]], marks, rule.lang)
    if told is None or len(told) > end - phrase[0]:
        return text, phrase[0]
    start = end - len(told)
    return text[:phrase[0]] + " " * (start - phrase[0]) + told + text[end:], start


def _nominative_forms(article: str, marks: frozenset[str], lang: str | None) -> set[str] | None:
    """The nominative forms of `article` (`nominative_articles`) for the genders and numbers `marks`; None where
    the table lists no such article."""
    forms = load(lang).get("labels", {}).get("nominative_articles", {}).get(article)
    return None if forms is None else {form for mark, form in (pair.split(":") for pair in forms.split())
                                       if mark in marks}


def _nominative(phrase: list[str], marks: frozenset[str], lang: str | None) -> str | None:
    """A noun phrase that a preposition governs, in the nominative: a definite article takes the form of the one
    gender and number it shares with the relative pronoun that describes its noun (the pronoun's `marks`,
    `_agreement`; `nominative_articles`: "den Brand" before "bei dem" -> "der Brand"), without the adjectives
    declined for its former case (`_labelled` leaves them out too); a dative plural's noun in its nominative where
    that is known (`_undeclined_plural`), else the phrase as written; any other phrase, or one whose gender stays
    open, as `event_nouns._labelled` tells it."""
    nominative = _nominative_forms(phrase[0].lower(), marks, lang) or set()
    if len(nominative) == 1:
        form, article, rest = nominative.pop(), phrase[0].lower(), phrase[1:]
        nouns = load(lang).get("event_nouns", {})
        head = next((k for k, word in enumerate(rest) if word[:1].isupper()), None)
        ending = nouns.get("dative_plural", {}).get(article)
        if head is not None and ending and form == nouns.get("articles", {}).get(article) \
                and rest[head].endswith(ending):
            # "den Kämpfen" -> "die Kämpfe" (`_undeclined_plural`); "den Arbeitern": a plural whose nominative
            # is not known stays as written
            plural = _undeclined_plural(rest[head], article, lang)
            if plural == rest[head]:
                return " ".join(phrase)
            rest = rest[:head] + [plural] + rest[head + 1:]
        elif form != article and nouns.get("declined_modifiers"):
            while len(rest) > 1 and rest[0][:1].islower():  # "dem schweren Brand" -> "der Brand" (`_labelled`)
                rest = rest[1:]
        return " ".join([form] + rest)
    return _labelled(phrase, lang)
