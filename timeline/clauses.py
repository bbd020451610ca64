"""Clauses of a sentence, so that each date goes with the event it dates, not with its neighbour's.

"In January, Taiwan elected a new president, and in March Russia held a presidential vote": the sentence is cut
at punctuation that always ends a clause (; : and spaced dashes) and at a comma followed by a word that opens a
finite clause (", and", ", als", ", der"...). An insertion cut off so, after which the clause before it goes on
("First of America, which has 45 banks, announced …", "Der Stadtrat hat das Vorhaben, das Zitat anzubringen,
gutgeheißen"), is joined to that clause again. A clause that still holds two dates is cut once more between them,
where a clause or the second date's phrase follows (`timeline.finite_verbs` tells the verbs): at a coordinator,
not one inside a list of nouns ("attacks in Kenya and Tanzania Friday"), or at a comma, preferably one a clause
follows. A clause with a date is also cut before a coordinator that joins two main clauses, each with a subject and
finite verb of its own ("Rebels shelled the port and on 4 May the navy withdrew"): the date goes with its own; in a
language whose second predicate of one subject opens with its finite verb (`shared_subject_predicates`), also
before such a predicate that holds a date the clause's label would leave out ("Das Heer eroberte …, wurde aber im
August aufgehalten").
The words come from `resources/<lang>/events.toml`; the cutting is the same for every language.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from .event_resources import load
from .finite_verbs import _finite_by, has_participle_form, is_finite
from .language import pack_table

Span = tuple[int, int]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class ClauseRules:
    hard: re.Pattern[str]  # cut text that always separates clauses
    after_comma: re.Pattern[str]  # ", und ": cuts the comma, the word opens the next clause
    coordinator: re.Pattern[str]  # " und " between two dates of one clause
    between_dates: re.Pattern[str]
    coordinators: frozenset[str]
    date_list_joiners: frozenset[str]  # "and" closing a list of dates set off by commas ("on 3, 4 and 5 June")
    months: frozenset[str]  # the tagger's month names, as a list's last day carries one ("4 and 5 June")
    comma: re.Pattern[str]
    elaborating: re.Pattern[str]  # at the start of a clause that describes the date before it
    date_words: frozenset[str]  # words that lead up to a date ("am", "in", "the"): "and in 2022", "und seit 2010"
    postpositions: re.Pattern[str]  # words after a date that go with it ("später", "later"): "two days later, on …"
    # coordinators that are also subordinators or prepositions ("before", "while"): they open a clause or phrase of
    # their own ("before falling sharply", "after the retirement of the space shuttle"), never join two nouns
    opening: frozenset[str]
    subjects: frozenset[str]  # pronouns and determiners: the start of a subject
    dependent: frozenset[str]  # relative pronouns and subordinators: an insertion after a comma opens with one
    verb_final: bool  # a clause ends in its verb forms ("…, gutgeheißen")
    # coordinators that may join two main clauses: no subordinator or preposition ("before", "after"), and in a
    # verb-second language one after which a main clause keeps verb-second order ("und", not "dann", "sowie")
    clause_coordinator: re.Pattern[str]
    adverbs: frozenset[str]  # connectives and adverbs that may stand before a verb without a subject ("then", "schon")
    verb_second: bool  # a main clause's finite verb stands second: after a fronted phrase, the subject follows it
    reporting: frozenset[str]  # "said", "sagte": a verb whose object may be a clause without a conjunction
    adverb_endings: tuple[str, ...]  # a lower-case word ending so is an adverb ("seriously", "schließlich")
    embedded: frozenset[str]  # words that open a clause inside another without a comma ("that", "when")
    agent: frozenset[str]  # "by": a regular past form before one is a participle ("ships supported by")
    # main clauses may be joined by a comma alone, the second with its own subject or fronted phrase before its
    # finite verb ("Die Stadt sperrte die Straße, gestern wurde auch die Brücke geschlossen")
    comma_joins_main: bool
    # words opening a main clause that answers a subordinate one before the comma ("Je länger …, desto …")
    correlatives: frozenset[str]
    # a finite verb right after a coordinator or a comma opens a second predicate of the clause before's subject
    # ("Das Heer eroberte die Stadt, wurde aber im Mai vertrieben"): a verb-second language's main clause with a
    # subject of its own has that subject or a fronted phrase before its verb
    shared_subject: bool
    # the first part of a compound that tokenized text writes with a spaced hyphen ("16 - year - old", "two - party",
    # "so - called"): a number, an ordinal or a prefix; a hyphen after it is no dash between clauses
    compound_openers: frozenset[str]
    # adverbs of time that open an apposition between commas as well as a clause (", then a senator, voted")
    apposition_adverbs: frozenset[str]
    lang: str | None


@cache
def rules(lang: str | None) -> ClauseRules:
    data, labels = load(lang)["clauses"], load(lang)["labels"]
    # A leading or trailing space in a mark means "only with a space there": "6:28" and "Baden-Baden" are no cuts.
    strong = "|".join(
        (r"(?<=\s)" if mark.startswith(" ") else "") + re.escape(mark.strip()) + (r"(?=\s)" if mark.endswith(" ") else "")
        for mark in data["strong"]
    )
    return ClauseRules(
        # (?<!\s): a run of blanks is tried from its start only, so that matching stays linear.
        hard=re.compile(rf"(?<!\s)\s*(?:{strong})\s*"),
        after_comma=re.compile(rf",\s*(?=(?:{_alternation(data['after_comma'])})\b)", re.IGNORECASE),
        coordinator=re.compile(rf"(?<!\s)\s+(?=(?:{_alternation(data['coordinators'])})\s)", re.IGNORECASE),
        # the same, the word caught, also before a comma: "took Adigrat and, by October 6, Adwa was captured"
        between_dates=re.compile(rf"(?<!\s)\s+(?=({_alternation(data['coordinators'])})[\s,])", re.IGNORECASE),
        coordinators=frozenset(word.lower() for word in data["coordinators"]),
        date_list_joiners=frozenset(word.lower() for word in data.get("date_list_joiners", [])),
        months=frozenset(pack_table(lang, "month")),
        comma=re.compile(r",\s+"),
        elaborating=re.compile(rf"(?:{_alternation(data['elaborating'])})\b", re.IGNORECASE),  # used with .match
        date_words=frozenset(word for phrase in labels["date_prepositions"]
                             for word in phrase.lower().split()),
        postpositions=re.compile(rf"\b(?:{_alternation(labels['date_postpositions'])})\b", re.IGNORECASE)
        if labels.get("date_postpositions") else re.compile(r"(?!)"),
        opening=frozenset(word.lower() for word in data["coordinators"]) & frozenset(
            word.lower() for word in labels["subordinators"] + labels["date_prepositions"]),
        subjects=frozenset(word.lower() for word in labels["pronouns"] + labels["determiners"]),
        dependent=frozenset(word.lower() for word in labels["relatives"] + labels["subordinators"]),
        verb_final=labels.get("verb_final", False),
        clause_coordinator=_clause_coordinator(data["coordinators"], labels),
        adverbs=frozenset(word.lower() for word in labels["leading"]),
        verb_second="inversion" in labels,
        reporting=frozenset(word.lower() for word in load(lang).get("merge", {}).get("reporting_after", [])),
        adverb_endings=tuple(load(lang).get("verbs", {}).get("adverb_endings", [])),
        embedded=frozenset(word.lower() for word in labels.get("embedded_openers", [])),
        agent=frozenset(word.lower() for word in load(lang).get("verbs", {}).get("agent_prepositions", [])),
        comma_joins_main=data.get("comma_joins_main_clauses", False),
        correlatives=frozenset(word.lower() for word in data.get("correlatives", [])),
        shared_subject=data.get("shared_subject_predicates", False),
        compound_openers=_compound_openers(lang, data.get("compound_prefixes", [])),
        apposition_adverbs=frozenset(word.lower() for word in data.get("apposition_adverbs", [])),
        lang=lang,
    )


def _compound_openers(lang: str | None, prefixes: list[str]) -> frozenset[str]:
    """`ClauseRules.compound_openers`: a pack that lists the prefixes its tokenized texts write with a spaced hyphen
    (`compound_prefixes`) has its number words and ordinals (the tagger's tables) open such compounds too; a pack
    without them has no such compounds, and a spaced hyphen there is a dash."""
    if not prefixes:
        return frozenset()
    words = [*pack_table(lang, "number"), *pack_table(lang, "ordinal"), *prefixes]
    return frozenset(word.lower() for word in words if " " not in word)


def _clause_coordinator(coordinators: list[str], labels: dict) -> re.Pattern[str]:
    """The blank before a coordinator that may join two main clauses (`ClauseRules.clause_coordinator`)."""
    opening = {word.lower() for word in labels.get("subordinators", []) + labels["date_prepositions"]}
    verb_second = {word.lower() for word in labels.get("inversion", {}).get("coordinators", [])}
    words = [word for word in coordinators if word.lower() not in opening
             and (not verb_second or word.lower() in verb_second)]
    return re.compile(rf"(?<!\s)\s+(?=({_alternation(words)})\s)", re.IGNORECASE) if words else re.compile(r"(?!)")


def _overlaps(start: int, end: int, dates: list[Span]) -> bool:
    """Whether [start, end) overlaps a date; `dates` sorted and disjoint, as a tagger's are."""
    index = bisect_left(dates, (end, end))
    return index > 0 and dates[index - 1][1] > start


def _inside(dates: list[Span], span: Span) -> list[Span]:
    first = bisect_left(dates, (span[0], span[0]))
    last = bisect_left(dates, (span[1], span[1]))
    return [d for d in dates[first:last] if d[1] <= span[1]]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, span: Span, cuts: list[Span]) -> list[Span]:
    """Pieces of `span` between the cuts (cuts sorted, inside span, disjoint), blank pieces dropped."""
    pieces, position = [], span[0]
    for cut_start, cut_end in cuts:
        pieces.append(_trim(text, position, cut_start))
        position = cut_end
    pieces.append(_trim(text, position, span[1]))
    return [piece for piece in pieces if piece[1] > piece[0]]


def clause_spans(text: str, sentence: Span, dates: list[Span], lang: str | None) -> list[Span]:
    """The clauses of `text[sentence[0]:sentence[1]]`, as spans into `text`; no cut falls inside a date, nor
    inside a pair of brackets or quotation marks (`bracketed`): "den Vertrag von Wuchale (italienisch: Uccialli)
    mit Italien" and 'released "Rain: a story" in 1990' are one clause each."""
    rule = rules(lang)
    dates = sorted(dates)
    start, end = sentence
    chunk = text[start:end]
    asides = bracketed(chunk)
    cuts = []
    for pattern in (rule.hard, rule.after_comma):
        for match in pattern.finditer(chunk):
            cut = (start + match.start(), start + match.end())
            if match.end() > match.start() and not _overlaps(*cut, dates) and not _joins_range(text, cut, dates) \
                    and not _closes_date_list(text, cut, dates, rule) \
                    and not _overlaps(match.start(), match.end(), asides) and not _joins_compound(text, cut, dates, lang):
                cuts.append(cut)
    clauses, insertions = _rejoined(text, _cut(text, sentence, _disjoint(cuts)), rule)
    return [part for clause in clauses for piece in _split_between_dates(text, clause, dates, rule, insertions)
            for part in _split_coordinated(text, piece, dates, rule)]


DASHES = frozenset("-–—")  # a dash as a word: hyphen, en and em dash

BRACKET_CHARACTERS = 120  # longest aside read as one pair: a mark that closes no further off is no pair (linear)
# ...and no more words than this: a longer aside holds a clause of its own ("(wo …, weil der Vater …)", a quoted
# sentence), whose cuts stay, and is more than a label can carry (`labels.MAX_ASIDE` drops asides up to as long)
BRACKET_WORDS = 10

# Typographic pairs, the same in every language that the packs describe: an opening mark and its closing marks.
# "“" closes a German quotation („…“) and opens an English one; "»" opens a German one (»…«) and closes a French
# one (« … »); which one a mark is tells the blank beside it (`_opens`).
_PAIRS = {"(": ")", "[": "]", "„": "“”", "“": "”", "«": "»", "»": "«", '"': '"'}
_MARKS = re.compile(r"[()\[\]„“”«»\"]")


def _opens(text: str, index: int) -> bool:
    """Whether the mark at `index` opens a pair: it stands at the start of a word (after a blank, an opening mark
    or the text's start), and a quotation mark other than "«" has a word right after it ("» " closes « … »)."""
    before = text[index - 1] if index else " "
    if not (before.isspace() or before in _PAIRS):
        return False
    after = text[index + 1:index + 2]
    return text[index] in "([«" or (after != "" and not after.isspace())


def bracketed(text: str) -> list[Span]:
    """The spans of `text` between the marks of a pair of brackets or quotation marks that closes within
    BRACKET_CHARACTERS and BRACKET_WORDS, the marks with them, outermost pairs only, sorted: punctuation inside is
    the aside's or the quotation's own ("(italienisch: Uccialli)", '"Rain: a story"'), no cut between the clauses of
    the sentence around it. One pass over the marks; a mark that closes nothing open is left alone."""
    open_marks: list[tuple[str, int]] = []  # (closing marks, where the opening mark stands)
    pairs: list[Span] = []
    for match in _MARKS.finditer(text):
        mark, index = match.group(), match.start()
        # the nearest open pair that this mark closes (among the last few: an unclosed one inside is dropped)
        closes = next((depth for depth in range(len(open_marks) - 1, max(-1, len(open_marks) - 4), -1)
                       if mark in open_marks[depth][0]), None)
        if closes is not None:
            opened = open_marks[closes][1]
            del open_marks[closes:]
            if index - opened <= BRACKET_CHARACTERS and len(text[opened:index + 1].split()) <= BRACKET_WORDS:
                pairs.append((opened, index + 1))
        elif mark in _PAIRS and _opens(text, index):
            open_marks.append((_PAIRS[mark], index))
    outer: list[Span] = []
    for pair in sorted(pairs):
        if not outer or pair[0] >= outer[-1][1]:
            outer.append(pair)
    return outer


def _joins_range(text: str, cut: Span, dates: list[Span]) -> bool:
    """Whether a dash cut stands between two dates, as in "(1930 – 2017)": a range, not two clauses."""
    if text[cut[0]:cut[1]].strip() not in DASHES:
        return False
    before = bisect_left(dates, (cut[0], cut[0]))  # dates are sorted: the one before the cut, the one after it
    after = bisect_left(dates, (cut[1], cut[1]))
    return before > 0 and after < len(dates) and dates[before - 1][1] <= cut[0] and \
        not text[dates[before - 1][1]:cut[0]].strip() and not text[cut[1]:dates[after][0]].strip()


def _closes_date_list(text: str, cut: Span, dates: list[Span], rule: ClauseRules) -> bool:
    """Whether a comma cut before "and" stands between two days of a list of dates ("May 4, 5, and 6"): one date
    phrase, not two clauses."""
    before = bisect_left(dates, (cut[0], cut[0])) - 1
    return before >= 0 and not text[dates[before][1]:cut[0]].strip() and date_list(text, dates, before, rule.lang)


def compound_hyphen(words: list[str], index: int, lang: str | None) -> bool:
    """Whether the spaced hyphen words[index] joins the parts of one compound, as tokenized text writes them ("a 16 -
    year - old", "a two - party basis", "the so - called rule"), no dash: the chain of bare words joined by spaced
    hyphens before it opens with a number, an ordinal or a prefix (`ClauseRules.compound_openers`)."""
    if words[index] != "-":
        return False
    first = index - 1
    while first >= 2 and words[first - 1] == "-":  # back to the chain's first part
        first -= 2
    word = words[first].lstrip("(\"“'") if first >= 0 else ""
    openers = rules(lang).compound_openers
    # a figure may hold a separator ("1,500 - page"), not end in one: "in 2005, - a dash" ends a phrase
    return bool(openers) and not word.endswith((",", ".", ";", ":")) and (
        word.replace(",", "").replace(".", "").isdigit() or word.lower() in openers)


def _joins_compound(text: str, cut: Span, dates: list[Span], lang: str | None) -> bool:
    """Whether the cut `cut` is a spaced hyphen that joins a compound (`compound_hyphen`). After a date's figure only
    before a figure ("the 2002 - 03 season"): "raped her in August 2004 - saying he …" sets off an aside."""
    words = text[max(0, cut[0] - BRACKET_CHARACTERS):cut[0]].split() + [text[cut[0]:cut[1]].strip()]
    if not compound_hyphen(words, len(words) - 1, lang):
        return False
    before = bisect_left(dates, (cut[0], cut[0]))
    after_year = before > 0 and not text[dates[before - 1][1]:cut[0]].strip() and words[-2][-1:].isdigit()
    return not after_year or text[cut[1]:cut[1] + 1].isdigit()


def _disjoint(cuts: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for cut in sorted(cuts):
        if merged and cut[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], cut[1]))
        else:
            merged.append(cut)
    return merged


def _split_between_dates(text: str, clause: Span, dates: list[Span], rule: ClauseRules,
                         insertions: list[Span]) -> list[Span]:
    """`clause` cut between each two of its dates; not at the commas of an insertion between them that the main
    clause goes on after (`insertions`): the second date is the main clause's ("gelang den Truppen, die …, der
    Durchbruch bei Tolmein (heute Slowenien)")."""
    from .insertions import reporting_insertions  # here: `insertions` imports this module

    inside = _inside(dates, clause)
    cuts: list[Span] = []
    # A report set off by commas (", Mr. Marous said,") is no clause of the sentence's: no cut at its opening
    # comma, and one at its closing comma, where a clause follows, leaves the report out of both clauses.
    reports = dict(reporting_insertions(text, clause, dates, rule.lang)) if len(inside) > 1 else {}
    closings = {closing: opening for opening, closing in reports.items()}
    for index, ((left_start, left_end), (right_start, right_end)) in enumerate(zip(inside, inside[1:])):
        between = _blanked(text, left_end, right_start, insertions)
        if between.strip().lower() in rule.coordinators:
            continue  # two dates joined by "and" alone are one date phrase: "für 2014 und 2015"
        if between.strip().startswith(",") and date_list(text, inside, index, rule.lang):
            continue  # "on 3, 4 and 5 June": the days of one date phrase
        if _date_apposition(text, (left_start, right_start), right_end, clause[1], rule) \
                and any(word.lower() not in rule.date_words for word in _words(text, clause[0], left_start)):
            continue  # "wenige Tage später, am 2. Januar 1920, wurde …": one time told twice, one clause
        if dated_apposition(text, clause, (left_start, left_end), rule):
            continue  # "Hans Müller, damals Bürgermeister, stimmte 1998 …": the adverb dates the name's apposition
        # The coordinator nearest the second date: "Alice and Bob married in 2020 and in 2022 they moved"; not one
        # inside a list of nouns ("attacks in Kenya and Tanzania Friday"): its second item would be a label
        # without a verb, and the first date's verb would tell the second date's event too.
        found = [match for match in rule.between_dates.finditer(between)
                 if _coordinates_clauses(text, left_end, clause[1], between, match, rule)]
        clausal = [match for match in rule.comma.finditer(between) if left_end + match.start() not in reports
                   and _clause_follows(text, left_end + match.end(), clause[1], rule, infinitive=not found)]
        # a later comma a finite clause follows wins over the coordinator; an infinitive group does not ("… und
        # hatte geplant, im Jahr 2024 drei Satelliten zu starten" is one clause)
        if found and clausal and clausal[-1].start() > found[-1].start():
            found = clausal
        elif len(found) > 1:
            found = _first_of_shared(text, left_end, right_start, found, rule)
        if not found:
            # A comma, preferably one a clause follows: "…, announced an agreement to acquire the Peoria, Ill., bank
            # holding company in January", not "bank holding company"; "Having secured New York City in 1776,
            # General Howe concentrated on capturing Philadelphia, the seat of the government, in 1777"
            commas = [match for match in rule.comma.finditer(between) if left_end + match.start() not in reports]
            found = [match for match in commas if _clause_follows(text, left_end + match.end(), clause[1], rule)] \
                or [match for match in commas if left_end + match.start() not in closings]
        if found:
            start = left_end + found[-1].start()
            cuts.append((closings.get(start, start), left_end + found[-1].end()))
    return _cut(text, clause, cuts) if cuts else [clause]


# A day of a month as a list writes it: "5", "5th", "5.", "1er".
_DAY_NUMBER = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01])[^\W\d]{0,2}\.?")


@lru_cache(maxsize=4096)  # a run is read from each of its dates: each item is asked about up to LISTED_DAYS times
def _listed_day(date: str, lang: str | None) -> bool:
    """Whether a date is a day as a list of days names it: its number, then at most the month and year that the
    last item carries ("5", "5 June 1999", "6. Mai"), not "6 days later"."""
    rule = rules(lang)
    words = [word for word in date.replace(",", " ").split() if word.lower() not in rule.date_words]
    return bool(words) and _DAY_NUMBER.fullmatch(words[0]) is not None and all(
        word.rstrip(".").lower() in rule.months or word.isdigit() and len(word) == 4 for word in words[1:])


# Most days a list of days names: the days of a month. Its callers ask from every date of a run, so a run read to
# its end from each would cost the square of its length.
LISTED_DAYS = 31


def date_list(text: str, dates: list[Span], first: int, lang: str | None) -> bool:
    """Whether `dates` from `dates[first]` open with a list of days set off by commas that a list joiner closes
    ("3, 4 and 5 June", "May 4, 5, and 6", "4., 5. und 6. Mai"): one date phrase. Not a date and the next clause's ("In 1990, 1992 was
    …", "on May 4, and 6 days later"): the later items are bare days, the last joined by a list joiner; nor a run
    of more than LISTED_DAYS dates."""
    rule = rules(lang)
    run = dates[first:first + LISTED_DAYS]
    for (_, left_end), (right_start, right_end) in zip(run, run[1:]):
        if not _listed_day(text[right_start:right_end], lang):
            return False
        between = text[left_end:right_start].lower().replace(",", " , ").split()
        if between != [","]:
            return bool(between) and " ".join(between).removeprefix(", ") in rule.date_list_joiners
    return False


def _first_of_shared(text: str, start: int, end: int, found: list[re.Match[str]], rule: ClauseRules
                     ) -> list[re.Match[str]]:
    """`found` (coordinators that join dated clauses, in the text from `start` up to the second date at `end`)
    without the last one when it only joins a noun to the subject that the one before it opens: a noun phrase,
    then the verb, then the second date follow it, and neither a comma nor a finite verb stands between the two
    ("was captured on May 10 and | the surrender of the towns of X and Y happened the same day", not "… and | Y
    happened the same day"). Not a coordinator right before a verb, which shares the first clause's subject ("aus
    Norden und Osten | und führte"), nor one before the second date ("and | on 15 September Germany made")."""
    while len(found) > 1:
        later, earlier = found[-1], found[-2]
        coordinator = later.group(1)
        if coordinator.lower() in rule.opening:
            break
        words = [coordinator] + text[start + later.end() + len(coordinator):end].split()
        verb = _finite_at(words, 1, rule)
        between = text[start + earlier.end():start + later.start()]
        if verb is None or verb < 2 or "," in between or _finite_at(between.split(), 1, rule) is not None:
            break
        found = found[:-1]
    return found


def _words(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end], without the punctuation around them."""
    return [_bare(word) for word in text[start:end].split() if _bare(word)]


def _date_apposition(text: str, dates: Span, right_end: int, end: int, rule: ClauseRules) -> bool:
    """Whether the second of two dates (`dates`: where the first starts, where the second starts) is an apposition
    to the first, a time counted from an event, naming its day ("wenige Tage später, am 2. Januar 1920, wurde die
    Stadt …", "two days later, on 4 May, the town …"): the first date goes on with a word of `date_postpositions`
    ("später", "later"), between them stand a comma and only words that go with a date (prepositions, articles),
    and a comma or the clause's end follows the second. The two dates then date one clause, which is not cut
    between them (when words of the clause stand before them: dates that open it are cut off from it as they
    were, "Jedes Jahr, am 28. Dezember, läuten …")."""
    if not rule.postpositions.search(text, dates[0], dates[1]):
        return False
    between = text[dates[0]:dates[1]]
    comma = between.rfind(",")
    words = between[comma + 1:].split()
    if comma < 0 or "," in between[:comma] or any(word.lower() not in rule.date_words for word in words):
        return False
    after = text[right_end:end].lstrip()
    return not after or after.startswith(",")


COORDINATED_REACH = 15  # words read after a coordinator for the second clause's subject and verb (and before it for
# the first clause's verb): each coordinator is looked at within this window, so that a long clause stays linear

COORDINATED_CHARACTERS = 300  # ...and no more characters than this, however long its words

TOKEN = re.compile(r"\S+")  # a word as written, the punctuation around it too ("Mai,", "(AP)")
_QUOTES = "\"'“”„«»‘’`"


def _split_coordinated(text: str, clause: Span, dates: list[Span], rule: ClauseRules) -> list[Span]:
    """`clause`, when it holds a date, cut before each coordinator that joins two main clauses, each with its own
    subject and finite verb ("Rebels attacked the town and on 6 May the army withdrew", "… getrieben und schon
    Ende Juni besetzten die Truppen das Zentrum"): the date goes with its own clause, not with the other. Not a
    clause that opens with a subordinator or relative pronoun (its conjuncts are dependent clauses, whose order a
    label does not tell), nor a coordinator of nouns ("Alice and Bob married in 2020": no verb before it), nor
    one whose second part shares the first part's subject ("sold its stake in 1998 and bought it back"). In a
    language that joins main clauses by a comma alone (`comma_joins_main_clauses`), such a comma cuts as a
    coordinator does ("Die Stadt sperrte die Straße, gestern wurde auch die Brücke geschlossen")."""
    inside = _inside(dates, clause)
    if not inside:
        return [clause]
    first = text[clause[0]:clause[1]].split(maxsplit=1)
    opening = _bare(first[0]).lower() if first else ""
    # an article of the same form as a relative pronoun ("die", "that") is one only after a comma
    if not opening or opening in rule.dependent and (
            opening not in rule.subjects or text[max(0, clause[0] - 3):clause[0]].rstrip().endswith(",")):
        return [clause]
    # (blank or comma before the second clause, the coordinator, where the second clause's words start)
    joints = [(match.start(), match.end(), match.group(1), match.end() + len(match.group(1)))
              for match in rule.clause_coordinator.finditer(text, clause[0], clause[1])]
    if rule.comma_joins_main:
        # not before a correlative: the clause before the comma is a subordinate one ("Je länger …, desto …")
        joints = sorted(joints + [(match.start(), match.end(), ",", match.end())
                                  for match in rule.comma.finditer(text, clause[0], clause[1])
                                  if _first_word(text, match.end()) not in rule.correlatives])
    cuts: list[Span] = []
    start = clause[0]
    whole: str | None = None  # the clause's label, made once where a second predicate of its subject may be cut off
    for cut_start, cut_end, coordinator, after in joints:
        if _overlaps(cut_start, after, dates):
            continue  # a coordinator inside a date: "am 3. und 4. Mai"
        joins = _joins_main_clauses(text, (start, cut_start), coordinator, after, clause[1], dates, rule)
        if not joins and rule.shared_subject and any(date[0] >= after for date in inside) \
                and _joins_main_clauses(text, (start, cut_start), coordinator, after, clause[1], dates, rule, True):
            # a second predicate of the same subject with a date in it is cut off where the clause's label leaves
            # out its verb or ends cut (a clause too long for the chart keeps its first words): the date is its own
            if whole is None:
                from .labels import make_label  # here: `labels` imports this module

                whole = make_label(text, clause, inside, rule.lang)
            verb = _shared_verb(list(TOKEN.finditer(text, after, min(clause[1], after + COORDINATED_CHARACTERS))), rule)
            joins = whole.endswith("…") or _bare(verb).lower() not in {_bare(word).lower() for word in whole.split()}
        if joins and not (coordinator == "," and _infinitive_follows(text, after, clause[1], rule)):
            cuts.append((cut_start, cut_end))
            start = cut_end
    if not cuts or _fronted_over(text, clause, cuts[0], inside):
        return [clause]
    return _cut(text, clause, cuts)


def _first_word(text: str, start: int) -> str:
    """The word at `start`, bare and in lower case (read within a word's reach)."""
    words = text[start:start + 40].split(maxsplit=1)
    return _bare(words[0]).lower() if words else ""


def _infinitive_follows(text: str, start: int, end: int, rule: ClauseRules) -> bool:
    """Whether an infinitive group follows `start` up to the next comma (read within COORDINATED_CHARACTERS): ",
    nur um die Stadt zwei Monate später wieder zu verlieren" has no subject of its own, whatever its words look
    like."""
    from .dependents import infinitive_clause  # here: `dependents` imports this module

    return infinitive_clause(_segment(text, start, min(end, start + COORDINATED_CHARACTERS)), rule.lang)


FRONTED_WORDS = 1  # words before a date that opens its clause: "On July 4, …", "Am 3. Mai …"


def _fronted_over(text: str, clause: Span, first_cut: Span, inside: list[Span]) -> bool:
    """Whether the clause's dates (`inside`) all stand in front of its first clause, before the first cut: "On July
    4, Britain voted and Labour won a landslide", "Am 3. Mai besetzten die Truppen die Stadt und die Rebellen
    flohen". A date that opens coordinated clauses dates each of them, so none is cut off."""
    return inside[-1][0] < first_cut[0] and len(text[clause[0]:inside[0][0]].split()) <= FRONTED_WORDS


def _joins_main_clauses(
    text: str, before: Span, coordinator: str, after: int, end: int, dates: list[Span], rule: ClauseRules,
    shared: bool = False,
) -> bool:
    """Whether `coordinator` (or a comma alone, ","; the second clause's words start at `after`) joins two main
    clauses: the words `before` it (since the clause's start or the last such cut) hold a finite verb, the last of
    them no reporting verb ("said Alice and Bob married": the nouns are coordinated inside its object), no date
    ends right before it when another follows it (a list or range of dates), and the words after it are a clause
    with a subject of its own (`_own_subject`), or, with `shared`, a second predicate of the first clause's subject
    (`_shared_subject`)."""
    clause_start = before[0]
    window = max(before[0], before[1] - COORDINATED_CHARACTERS)
    tokens = list(TOKEN.finditer(text, window, before[1]))[-COORDINATED_REACH:]
    words = [token.group() for token in tokens]
    last = _bare(words[-1]).lower() if words else ""
    if not last or words[-1].endswith((",", ";", ":", "-")) or last in rule.coordinators:
        return False  # "and then": the first coordinator of the run cuts; "Studien- oder Forschungsaufenthalt"
    if sum(word.count("(") - word.count(")") for word in words) > 0:
        return False  # inside brackets: "(Grinzens, Axams und Götzens)"
    # the verb must stand after the last comma ("Was dort saniert, weiter genutzt oder verschwinden soll": items
    # of a list), and no relative pronoun or subordinator after that comma: the coordinator would join two parts
    # of its clause ("warned that premiums for individuals and small businesses could rise", "when Villa's men
    # seized a horse and Villa decided to keep it, Huerta ordered …")
    comma = max((index for index, word in enumerate(words) if word.endswith(",")), default=-1)
    following = list(TOKEN.finditer(text, after, min(end, after + COORDINATED_CHARACTERS)))[:COORDINATED_REACH]
    # a second predicate after a coordinator, its verb first, is no conjunct of a verb-final dependent clause
    # ("… war als Experiment angesetzt und fand am 22. April statt"); after a comma alone it may be the main
    # clause after one ("Als die Truppen kamen, war die Stadt leer")
    shared = shared and _shared_subject(following, dates, rule) and not (
        coordinator == "," and _closes_dependent(words[comma + 1:], rule))
    if not (shared and coordinator != ",") \
            and any(_opens_dependent(words, index, rule) for index in range(comma + 1, len(words))):
        return False
    verbs = [index for index in range(comma + 1, len(words))
             if not _overlaps(tokens[index].start(), tokens[index].end(), dates)
             and (kind := _finite_by(words, index, rule.lang)) is not None
             and not (kind == "shape" and tokens[index].start() == clause_start)]  # "Allied and Russian forces"
    if not verbs:
        return False
    if following and _overlaps(following[0].start(), following[0].end(), dates) \
            and _overlaps(tokens[-1].start(), tokens[-1].end(), dates):
        return False  # "between 1990 and 1995", "in 2020 and 2021"
    if shared:
        return True  # a reporting verb's object has a subject of its own: "erklärte die Antwort für …, brach …"
    return _bare(words[verbs[-1]]).lower() not in rule.reporting and _own_subject(coordinator, following, dates, rule)


def _verb_index(words: list[str], rule: ClauseRules) -> int:
    """The index of the first word after words[0] (a coordinator or comma) that is no connective or adverb."""
    verb = 1
    while verb < len(words) and _bare(words[verb]).lower() in rule.adverbs:
        verb += 1
    return verb


def _shared_verb(tokens: list[re.Match[str]], rule: ClauseRules) -> str:
    """The finite verb of a second predicate that `tokens` start (see `_shared_subject`), as written."""
    words = [","] + [token.group() for token in tokens[:COORDINATED_REACH]]
    verb = _verb_index(words, rule)
    return words[verb] if verb < len(words) else ""


def _closes_dependent(words: list[str], rule: ClauseRules) -> bool:
    """Whether `words`, the part of a clause before a comma, may be a dependent clause whose main clause opens with
    its verb after that comma ("Als der Kanzler am 3. August den Brief sandte, | war der Krieg …", "…, in der
    Gewalt angewandt wurde, | konnte …", "…, verwickelt zu sein, | versuchten …"): in a verb-final language it ends
    in its finite verb, or it is an infinitive group; or a participle phrase set off inside the main clause
    ("Mit einer Chronik, erstellt von Anna Berg, | gab es …")."""
    from .dependents import infinitive_clause  # here: `dependents` imports this module
    from .dependents import rules as dependent_rules

    marker = dependent_rules(rule.lang).infinitive_marker if rule.lang else ""
    participle = bool(words) and words[0][:1].islower() and _finite_by(words, 0, rule.lang, opening=False) == "shape"
    return bool(words) and (participle or rule.verb_final and is_finite(words, len(words) - 1, rule.lang)
                            or infinitive_clause(words, rule.lang)
                            or len(words) > 1 and _bare(words[-2]).lower() == marker and words[-1][:1].islower())


def shares_subject_before(text: str, clause: Span, dates: list[Span], lang: str | None) -> bool:
    """Whether `clause`, right after a comma, is a second predicate of the subject of the main clause before that
    comma (`_shared_subject`: "…, brach die Beziehungen zu Serbien am 25. Juli ab"), not a main clause after a
    subordinate one ("Als die Truppen kamen, übernahm der Präsident die Geschäfte"): what follows its verb is no
    subject to put in front of it. The clause before is read within COORDINATED_CHARACTERS."""
    rule = rules(lang)
    comma = text.rfind(",", max(0, clause[0] - 3), clause[0])
    if not rule.shared_subject or comma < 0 or text[comma + 1:clause[0]].strip():
        return False
    following = list(TOKEN.finditer(text, clause[0], min(clause[1], clause[0] + COORDINATED_CHARACTERS)))
    return _shared_subject(following[:COORDINATED_REACH], dates, rule) and _joins_main_clauses(
        text, (max(0, comma - COORDINATED_CHARACTERS), comma), ",", clause[0], clause[1], dates, rule, True)


def own_subject_after(text: str, before: Span, clause: Span, dates: list[Span], lang: str | None) -> bool:
    """Whether `clause`, which opens with the coordinator that follows `before`, is a main clause with a subject of
    its own (`_joins_main_clauses`: "… und am 12. März flohen die Truppen"), not a second predicate of the subject
    of `before` ("… und am 12. März die Hauptstadt erreichen")."""
    first = TOKEN.search(text, clause[0], clause[1])
    return first is not None and _joins_main_clauses(text, before, first.group(), first.end(), clause[1], dates,
                                                     rules(lang))


def _shared_subject(tokens: list[re.Match[str]], dates: list[Span], rule: ClauseRules) -> bool:
    """Whether `tokens`, the words after a coordinator or comma (up to the next comma), are a second predicate of
    the clause before's subject, in a language that marks one so (`shared_subject_predicates`): its finite verb
    opens it, maybe after connectives and adverbs ("…, konnte jedoch im August aufgehalten werden", "und griff im
    Januar die Bahnlinie an"), in lower case, a form the pack lists or a regular shape before another lower-case
    word, with words after it (a verb that ends the part closes a verb group the two parts share: "angegriffen und
    zerstört wurden")."""
    words = [","]  # a mark in front: the verb is not read as a sentence's first word
    for token in tokens:
        word = token.group()
        if word.startswith("(") or word.strip("-–—") == "" or _overlaps(token.start(), token.end(), dates):
            break
        words.append(word)
        if word.rstrip(_QUOTES).endswith((",", ";", ":")):
            break
    verb = _verb_index(words, rule)
    if verb >= len(words) - 1 or not words[verb][:1].islower() or words[verb].endswith(","):
        return False
    kind = _finite_by(words, verb, rule.lang)
    # a regular shape alone may be an adjective before its noun ("und erste Erfolge"): a verb's next word is none
    return kind == "listed" or kind == "shape" and words[verb + 1][:1].islower()


def _opens_dependent(words: list[str], index: int, rule: ClauseRules) -> bool:
    """Whether words[index] is a relative pronoun or subordinator: an article of the same form ("die", "that")
    only after a comma."""
    bare = _bare(words[index]).lower()
    return bare in rule.embedded or bare in rule.dependent and (
        bare not in rule.subjects or index > 0 and words[index - 1].endswith(","))


def _own_subject(coordinator: str, tokens: list[re.Match[str]], dates: list[Span], rule: ClauseRules) -> bool:
    """Whether `tokens`, the words after `coordinator` (up to a comma), are a clause with a subject of its own: a
    word that is no connective, adverb nor part of a date stands before its finite verb (a subject, or a
    fronted phrase, after which a verb-second clause has its subject: "and Bucharest fell", "und in Berlin
    blieb"), or, in a verb-second language, anything stands before the verb ("und schon Ende Juni besetzten die
    Truppen"). A verb right after the coordinator shares the
    first clause's subject ("and bought it back"), and so does one right after another coordinator; a relative
    pronoun or subordinator before it opens a clause inside the second part. A verb of a regular shape only (no
    listed form) may be a participle: it counts when an object follows it, or when an article or pronoun opens
    the subject and neither an agent's preposition, a coordinator nor a comma follows it. In a verb-final
    language a verb that ends the part closes a subordinate clause or a shared verb group."""
    words = [coordinator]
    for token in tokens:
        word = token.group()
        if word.startswith("(") or word.strip("-–—") == "":
            break  # a bracket or a dash: an aside, another clause
        words.append(word)
        if word.rstrip(_QUOTES).endswith((",", ";", ":")):
            break
    verb = _finite_at(words, 1, rule)
    if verb is None or rule.verb_final and verb == len(words) - 1:
        return False  # "und Vorbeugungsmaßnahmen zum Kinderschutz vorgestellt": a verb-final clause is no main one
    if _bare(words[verb - 1]).lower() in rule.coordinators:
        return False  # "between Howe and Philadelphia but was driven back": the verb goes with the second one
    subject: str | None = None  # the first word of the subject (or fronted phrase)
    for index in range(1, verb):
        if _overlaps(tokens[index - 1].start(), tokens[index - 1].end(), dates):
            continue
        bare = _bare(words[index]).lower()
        if _opens_dependent(words, index, rule):
            return False
        adverb = bare in rule.adverbs or bare.endswith(rule.adverb_endings) and words[index][:1].islower() \
            and _bare(words[index - 1]).lower() not in rule.subjects  # "and seriously wounded", not "the assembly"
        if subject is None and bare and not adverb and (bare not in rule.date_words or bare in rule.subjects):
            subject = words[index]
    following = _bare(words[verb + 1]) if verb + 1 < len(words) else ""
    inverted = rule.verb_second and subject is None and verb > 1  # "und einen Tag später kapitulierte in der Nacht"
    if _finite_by(words, verb, rule.lang) == "shape" and not inverted \
            and not (following[:1].isupper() or following.lower() in rule.subjects) \
            and not (subject and _bare(subject).lower() in rule.subjects and following
                     and not words[verb].endswith(",") and following.lower() not in rule.agent | rule.coordinators):
        # a regular form is a participle, unless its object follows ("and IMA completed the purchase"), an article
        # or pronoun opens its subject ("and its navy attempted to") or, in a verb-second language, something
        # fronted stands before it: "30 Athenian ships supported by", "Massaua besetzt und", "policies aimed at"
        return False
    if _noun_participle(words, verb, [], rule):
        return False  # a listed past a participle shares: "and Commerce departments to overturn rule changes made in"
    # in a verb-second language a fronted adverb or date takes the place before the verb: the subject must follow
    # it ("und am 3. März fiel in der ganzen Stadt der Strom aus"), a shared one would stand first ("und fiel")
    return bool(subject) or inverted


def _segment(text: str, start: int, end: int) -> list[str]:
    """The words from `start` up to the next comma, or `end`."""
    return text[start:end].split(",", 1)[0].split()


def _finite_at(words: list[str], first: int, rule: ClauseRules) -> int | None:
    """The index of the first finite verb among words[first:], or None."""
    return next((index for index in range(first, len(words)) if is_finite(words, index, rule.lang)), None)


def _clause_follows(text: str, start: int, end: int, rule: ClauseRules, infinitive: bool = True) -> bool:
    """Whether a clause follows `start` up to the next comma: a finite verb before any relative pronoun or
    subordinator (", de la peine que devra purger …" is a noun phrase, its verb is another clause's), or, with
    `infinitive`, an infinitive group (", sich bereits jetzt am Arbeitsmarkt umzuschauen")."""
    from .dependents import infinitive_clause  # here: `dependents` imports this module

    words = _segment(text, start, end)
    # a comma stays in front, so that a verb right after it is not taken for the first word of a sentence
    return _finite_at([","] + words[:_opened_at(words, 0, rule)], 1, rule) is not None \
        or infinitive and infinitive_clause(words, rule.lang)


def _opened_at(words: list[str], first: int, rule: ClauseRules) -> int:
    """The index of the first relative pronoun or subordinator from words[first] on (not one of an article's or
    pronoun's form, which may open a subject): the words after it are another clause's; len(words) when none."""
    return next((index for index in range(first, len(words)) if _bare(words[index]).lower() in rule.dependent
                 and _bare(words[index]).lower() not in rule.subjects), len(words))


def _coordinates_clauses(text: str, start: int, end: int, between: str, match: re.Match[str], rule: ClauseRules) -> bool:
    """Whether the coordinator `match` (the blank before it, in `between`, the text between two dates, which
    starts at `start`; the clause ends at `end`) joins two dated clauses or phrases, not two nouns of one list. It
    does when a finite verb follows it before the next comma and any relative pronoun or subordinator ("and in 2022
    they moved", "und wandte sich dann"),
    when only words leading up to the second date follow it ("und seit 2010 Baltische Föderale Universität": the
    verb is the first clause's), or when the first date, or a bracket around it, ends right before it ("Bronze
    (2011) und Gold (2013)": each item has its date). A coordinator that is also a subordinator or a preposition
    always does. In a verb-final clause, a verb form right before it and nothing but lower-case words up to a
    finite verb that ends the phrase after it make one verb group ("angegriffen und zerstört wurden"): the finite
    verb is shared."""
    coordinator = match.group(1)
    after = match.end() + len(coordinator)
    if _NUMBER_BEFORE.search(between, 0, match.start()) and not between[after:].strip() \
            and _NUMBER_WITH_UNIT.match(text, start + len(between)):
        return False  # "zwischen 18 und 45 Jahren", "between 18 and 45 years": a bare number, the second date's unit
        # after it, opens a range
    if coordinator.lower() in rule.opening:
        return True
    # the coordinator stays in front, so that a verb right after it is not taken for the first word of a sentence
    segment = [coordinator] + _segment(text, start + after, end)
    # a verb after a relative pronoun or subordinator is another clause's ("and out of prison until he returned"),
    # unless the pronoun opens the coordinated part itself ("and which ended")
    segment = segment[:_opened_at(segment, 2, rule)]
    verb = _finite_at(segment, 1, rule)
    if verb is not None:
        before, last = between[:match.start()].split(), len(segment) - 1
        shared = rule.verb_final and last > 1 and bool(before) and before[-1][:1].islower() \
            and before[-1].isalpha() and is_finite(segment, last, rule.lang) and all(
                word[:1].islower() and _bare(word).lower() not in rule.subjects for word in segment[1:last])
        if not shared and not _noun_participle(segment, verb, before, rule):
            return True
    if _only_date_words(between[after:], rule):
        return True
    return not re.search(r"\w", between[:match.start()])


def _noun_participle(words: list[str], verb: int, before: list[str], rule: ClauseRules) -> bool:
    """Whether words[verb], the first finite verb after the coordinator words[0], is rather a participle after the
    noun it describes ("called on the Interior and Commerce departments to overturn rule changes made in
    January"): a form a participle shares (`has_participle_form`), right after a lower-case noun (no name, pronoun,
    article, relative, adverb or preposition: "and Tara Reid checked into", "and it intended to", "and which
    ended with"), with no object after it (a capitalised word, an article or pronoun), in words that open with a
    name or number: a noun phrase, no subject's article ("and the army retreated in June") nor a lower-case word
    that may be a verb opening a predicate ("to pass Perkins and break the mark set by Redick in 2006"). Not where
    the words before the coordinator (`before`) end in such a form: the second part leaves out their auxiliary
    ("five were killed and 30 injured on Sunday")."""
    previous, following = _bare(words[verb - 1]), _bare(words[verb + 1]) if verb + 1 < len(words) else ""
    opening = _bare(words[1])[:1]
    return verb > 1 and (opening.isupper() or opening.isdigit()) \
        and words[verb][:1].islower() and has_participle_form(words[verb], rule.lang) \
        and previous[:1].islower() and previous.isalpha() and not _adverb(previous, rule) \
        and previous.lower() not in rule.subjects | rule.dependent | rule.date_words | rule.coordinators \
        and not (following[:1].isupper() or following.lower() in rule.subjects) \
        and not (before and has_participle_form(before[-1], rule.lang))


# A bare number ending the text before a coordinator: the first end of a range of numbers ("18 und 45 Jahren").
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?$")
# ...and the second end, a number with its unit ("45 Jahren"), not a bare year ("18 und 1988 77 Scuds")
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)?\s+[^\W\d_]")


def _only_date_words(words: str, rule: ClauseRules) -> bool:
    return all(not bare or bare in rule.date_words for bare in (_bare(word).lower() for word in words.split()))


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'()[]«»„“”‚‘’…")


def _continues_main(text: str, piece: Span, before: Span, rule: ClauseRules) -> bool:
    """Whether `piece`, a clause cut off after a comma, is an insertion that opens with a relative pronoun or
    subordinator and, after its closing comma, gives way to the rest of the clause before it: the main clause's
    finite verb, when the clause before (`before`) awaits it ("First of America, which has 45 banks, announced
    …"; after a clause with its verb, a finite verb opens a clause of its own: "…, sagte er"), or, in a
    verb-final language, its closing verb forms in lower case ("Der Stadtrat hat das Vorhaben, das Zitat
    anzubringen, gutgeheißen"), or the phrase that ends with them after an insertion that describes a noun
    (`_closes_bracket`: "Die Flotte war mit dem Verlust zweier Schiffe, der A und der B, durch Minen ausgeschaltet")."""
    from .dependents import infinitive_clause  # here: `dependents` imports this module

    words = text[piece[0]:piece[1]].split()
    if words and _bare(words[0]).lower() in rule.apposition_adverbs:
        return _apposition(words, text[before[0]:before[1]].split(), rule)
    if not words or _bare(words[0]).lower() not in rule.dependent:
        return False
    if resumed_at(words, rule) is not None:
        return _awaits_verb(text[before[0]:before[1]].split(), rule)
    closing = next((index for index, word in enumerate(words[:-1]) if word.endswith(",")), None)
    if closing is None or not words[closing + 1][:1].islower():
        return False
    rest = []
    for word in words[closing + 1:]:
        rest.append(word)
        if word.endswith(","):
            break
    if not rule.verb_final:
        return False
    if all(_bare(word).isalpha() and word[:1].islower() and _bare(word).lower() not in rule.coordinators
           and _bare(word).lower() not in rule.dependent for word in rest):
        return True
    if infinitive_clause(words[:closing + 1], rule.lang):
        return False  # "…, die Stadt einzunehmen, um …": the piece is the verb's complement, no insertion
    main = text[before[0]:before[1]].split()[-BRACKET_REACH:]
    return _closes_bracket(_before_infinitive(words[closing + 1:], rule), main, rule) \
        or _completes_main(words[:closing + 1], words[closing + 1:], main, rule)


def _apposition(words: list[str], before: list[str], rule: ClauseRules) -> bool:
    """Whether `words`, opened by an adverb of time (`apposition_adverbs`), are an apposition of the clause `before`
    and the rest of that clause: `before` still awaits its finite verb, or its words after its last comma have none
    (a form before a passive's agent, "officials led by", is none); a phrase without a finite verb runs up to the
    first comma, after which the main clause goes on in lower case, with no subject, connective or date phrase of
    its own (", then the prime minister, put forward …"). Otherwise the adverb opens a clause (", then the army
    marched on")."""
    closing = next((index for index, word in enumerate(words[:-1]) if word.endswith(",")), None)
    if closing is None or closing == 0 or any(is_finite(words, index, rule.lang) for index in range(1, closing + 1)):
        return False
    following = _bare(words[closing + 1]).lower()
    if words[closing + 1] != following or not following.isalpha() \
            or following in rule.subjects | rule.dependent | rule.coordinators | rule.date_words:
        return False
    # (only the subject after the last comma: a clause fronted before it has a verb of its own, "after … hit …, X")
    subject = before[next((index + 1 for index in range(len(before) - 1, -1, -1) if before[index].endswith(",")), 0):]
    return not any(is_finite(subject, index, rule.lang) and not (
        index + 1 < len(subject) and _bare(subject[index + 1]).lower() in rule.agent) for index in range(len(subject))) \
        or _awaits_verb(before, rule)


def dated_apposition(text: str, clause: Span, date: Span, rule: ClauseRules) -> bool:
    """Whether `date` is an adverb of time (`apposition_adverbs`, one that the tagger dates: "damals", "heute") that
    opens an apposition of the words before it in `clause` (`_apposition`): that apposition and its host clause are
    one clause, the adverb dating the apposition's state, and no cut falls at the apposition's closing comma."""
    if _bare(text[date[0]:date[1]]).lower() not in rule.apposition_adverbs \
            or not text[clause[0]:date[0]].rstrip().endswith(","):
        return False
    before = text[clause[0]:date[0]].rstrip()[:-1].split()
    return bool(before) and _apposition(text[date[0]:clause[1]].split(), before, rule)


def resumed_at(words: list[str], rule: ClauseRules) -> int | None:
    """The index of the word whose comma closes the insertion `words` (opened by a relative pronoun or subordinator)
    where a lower-case finite verb follows it, maybe after adverbs: the main clause's verb. In a verb-final language
    only the first comma: a later one may close a clause nested in the insertion ("der das Werk, das …, kaufte").
    Otherwise any comma, since the insertion may hold a list or a name with commas of its own ("which had rejected
    A, B and C, now refused …", "which is owned by Ogden Corp., New York, had net of …")."""
    commas = [index for index, word in enumerate(words[:-1]) if word.endswith(",")]
    for closing, following in zip(commas, commas[1:] + [len(words)]):
        verb = closing + 1
        # ", now refused", ", eventually sold"; in a verb-second language an adverb before a finite verb opens a main
        # clause of its own ("…, noch konnte sie")
        while not rule.verb_second and verb < len(words) - 1 and _adverb(words[verb], rule):
            verb += 1
        if words[verb][:1].islower() and is_finite(words, verb, rule.lang):
            return closing
        if rule.verb_final or any(is_finite(words, k, rule.lang) for k in range(closing + 1, min(following + 1, len(words)))):
            return None  # a clause of its own after the comma ("…, prosecutors had said that the actress, 26, would")
    return None


def _adverb(word: str, rule: ClauseRules) -> bool:
    """An adverb that may stand before a finite verb without a subject: a pack adverb that is no connective,
    relative pronoun or subordinator ("now", "later"), or a lower-case word with an adverb's ending."""
    bare = _bare(word).lower()
    if word != bare or bare in rule.dependent or bare in rule.coordinators:
        return False  # (a comma or capital after it: no adverb before a verb)
    return bare in rule.adverbs or bare.endswith(rule.adverb_endings)


def _before_infinitive(rest: list[str], rule: ClauseRules) -> list[str]:
    """`rest` up to its first comma when an infinitive group follows that comma ("…, durch das Land getourt, um
    die Kampagne vorzustellen"): the group is the main clause's complement, not part of the phrase that closes it."""
    from .dependents import infinitive_clause  # here: `dependents` imports this module

    comma = next((index for index, word in enumerate(rest[:-1]) if word.endswith(",")), None)
    if comma is None or not infinitive_clause(rest[comma + 1:], rule.lang):
        return rest
    return rest[:comma + 1]


def _completes_main(insertion: list[str], rest: list[str], before: list[str], rule: ClauseRules) -> bool:
    """In a verb-final language, whether `rest` (the words after an insertion's closing comma, to the end of the
    piece) completes the main clause before the insertion when that clause has its finite verb already: the
    insertion describes the noun or name that ends `before` and closes with its own finite verb, so it is a whole
    dependent clause, and `rest` has no comma and no finite verb, nor opens with a coordinator, relative pronoun or
    subordinator: no clause of its own, but the main clause's subject or object ("Am Montag gelang den Truppen, die
    Verstärkung erhalten hatten, der Durchbruch")."""
    # (the insertion ends in a bare verb: one that closes a quotation is followed by its report, '…werden“, betont')
    if not rest or not before or not insertion[-1][:-1].isalpha() \
            or not is_finite(insertion, len(insertion) - 1, rule.lang) \
            or any(word.endswith((",", ";", ":")) for word in rest[:-1]):
        return False
    noun, first = _bare(before[-1]), _bare(rest[0]).lower()
    # (an article of a relative pronoun's form opens a noun phrase here: no verb follows it)
    return (noun[:1].isupper() or noun.isdigit()) and first not in rule.coordinators \
        and (first not in rule.dependent or first in rule.subjects) \
        and _finite_at([","] + rest, 1, rule) is None and _finite_at(before, 0, rule) is not None


BRACKET_REACH = 40  # last words of a main clause read for its finite verb: joins in a row cost no more each


def _closes_bracket(rest: list[str], before: list[str], rule: ClauseRules) -> bool:
    """In a verb-final language, whether `rest` (the words after an insertion's closing comma, to the end of the
    piece) is the rest of the main clause before the insertion (`before`, which has its finite verb), up to the
    participle, infinitive, particle or predicative that closes it: one phrase with no comma and no finite verb,
    opened by no coordinator, relative pronoun or subordinator, ending in a lower-case word ("Die Flotte war mit dem
    Verlust zweier Schiffe, die …, durch Minen ausgeschaltet"; "Es gelang den Truppen die Stadt, die …, einzunehmen
    und zu halten"). Names and nouns may stand in it; a capitalized last word may be a new phrase's, and stays out.
    Its last word may have a finite verb's regular shape only ("ausgeschaltet"): a clause of its own would have
    its finite verb second, or a subordinator before it, so in the last place it is the participle. The insertion
    follows a noun or name that it describes (a capitalized word or a number ends `before`): after a lower-case
    word the main clause may have closed already ("Sie versuchten, die Stadt einzunehmen, um …")."""
    if not rest or not before or any(word.endswith((",", ";", ":")) for word in rest[:-1]):
        return False
    noun = _bare(before[-1])
    if not (noun[:1].isupper() or noun.isdigit()):
        return False
    first, last = _bare(rest[0]).lower(), _bare(rest[-1])
    phrase = [","] + rest  # a comma in front: a verb right after it is not taken for a sentence's first word
    return first not in rule.coordinators and first not in rule.dependent and last.isalpha() and last.islower() \
        and _finite_at(phrase[:-1], 1, rule) is None and _finite_by(phrase, len(rest), rule.lang) in (None, "shape") \
        and _finite_at(before, 0, rule) is not None


def _awaits_verb(words: list[str], rule: ClauseRules) -> bool:
    """Whether the clause `words` ends still waiting for its finite verb: it has none after its last relative
    pronoun or subordinator ("Hudson's Bay said that Woodbridge Co."), or, in a verb-final language, it is a
    dependent clause ending in its finite verb, the first phrase of the main clause ("Was sich da abgespielt hat")."""
    if rule.verb_final and len(words) > 1 and is_finite(words, len(words) - 1, rule.lang) \
            and _finite_at(words, 0, rule) == len(words) - 1:
        return True
    opened = max((index for index, word in enumerate(words) if _bare(word).lower() in rule.dependent), default=-1)
    return _finite_at(words, opened + 1, rule) is None


def _rejoined(text: str, clauses: list[Span], rule: ClauseRules) -> tuple[list[Span], list[Span]]:
    """`clauses` with each insertion that the main clause goes on after (`_continues_main`) joined to the clause
    before it: the main clause with its insertion, so that it keeps its verb, and the insertion its antecedent
    ("Starpointe holders, who approved the plan last April, will receive $21 a share"); and the insertions so joined,
    each from its opening comma to its closing one."""
    joined: list[Span] = []
    insertions: list[Span] = []
    index = 0
    while index < len(clauses):
        clause = clauses[index]
        # (the main clause may go on with an article of a relative pronoun's form, cut off as well: "Am Montag
        # gelang der Flotte, die Hilfe erhalten hatte, | der Durchbruch": the insertion and that piece together)
        pieces = [clause]
        if index + 1 < len(clauses) and text[clause[1]:clauses[index + 1][0]].strip() == "," \
                and _first_word(text, clauses[index + 1][0]) in rule.subjects:
            pieces.append((clause[0], clauses[index + 1][1]))
        if joined and text[joined[-1][1]:clause[0]].strip() == ",":
            continued = next((piece for piece in pieces if _continues_main(text, piece, joined[-1], rule)), None)
            if continued is not None:
                closing = _resuming_comma(text, continued, rule)
                insertions.append((joined[-1][1], closing + 1 if closing >= 0 else continued[1]))
                joined[-1] = (joined[-1][0], continued[1])
                index += 1 if continued == clause else 2
                continue
        joined.append(clause)
        index += 1
    return joined, insertions


def _resuming_comma(text: str, piece: Span, rule: ClauseRules) -> int:
    """The offset of the comma that closes the insertion opening `piece` (`resumed_at`, else its first), -1 if none."""
    resumed = resumed_at(text[piece[0]:piece[1]].split(), rule)
    if resumed is None:
        return text.find(",", piece[0], piece[1])
    word = list(re.finditer(r"\S+", text[piece[0]:piece[1]]))[resumed]
    return piece[0] + word.end() - 1


def _blanked(text: str, start: int, end: int, insertions: list[Span]) -> str:
    """`text[start:end]` with the insertions that lie wholly inside it blanked out, its length kept."""
    between = text[start:end]
    for first, last in insertions:
        if start <= first and last <= end:
            between = between[:first - start] + " " * (last - first) + between[last - start:]
    return between


def without_closed_insertion(label: str, lang: str | None) -> str:
    """`label` without a dependent clause between commas after which the main clause goes on with its subject or
    object (`_completes_main`): "gelang den Truppen, die Hilfe erhalten hatten, ein Durchbruch" reads "gelang den
    Truppen ein Durchbruch", so that the word order sees the main clause whole."""
    rule = rules(lang)
    if not rule.verb_final:
        return label
    words = label.split()
    for index, word in enumerate(words[:-2]):
        if not word.endswith(",") or _bare(words[index + 1]).lower() not in rule.dependent:
            continue
        closing = next((later for later in range(index + 1, len(words) - 1) if words[later].endswith(",")), None)
        if closing is None:
            break
        before = words[:index] + [word.rstrip(",")]
        if _completes_main(words[index + 1:closing + 1], words[closing + 1:], before, rule):
            return " ".join(before + words[closing + 1:])
    return label
