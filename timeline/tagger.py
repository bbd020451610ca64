"""The temporal tagger: finds temporal expressions and normalizes them to TIMEX3, anchored to the DCT.

One engine for every language: it runs the rules of the language's pack (resources/<code>/dates.toml), keeps the
longest non-overlapping matches, and reads them in text order, so that narrative expressions ("zwei Jahre
später") can lean on the date the text last talked about. Languages without a pack get dateparser's explicit
dates (see fallback.py).
"""

from __future__ import annotations

import bisect
import re
import sys
from datetime import date
from functools import cache, partial

from .confidence import calibrate
from .day_names import DayNameReader
from .event_resources import load as event_pack
from .fallback import fallback_tag
from .finite_verbs import has_verb
from .language import LanguagePack, Rule, _alternation, load_pack
from .calendar_math import Point
from .normalize import Context, NotADate, Reading, Tense, read
from .sentences import sentence_spans
from .timex import Timex, is_valid_value

TENSE_KINDS = {"date", "weekday", "holiday"}
# A tense cue speaks for an expression only within about a clause's length of it (measured on the dev corpora:
# sentence-wide cues mislead, e.g. a past verb in a long sentence listing future dates).
CUE_REACH = 40
CLAUSE_MARKS = (",", ";", ":", "(", ")", "\"", "“", "”", "–", "—")


LOOKAHEAD_MARGIN = 40


def _windows(pack: LanguagePack, text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of consecutive sentences that hold a trigger (a digit or an anchor word): all else holds no date."""
    if pack.trigger is None:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    for start, end in sentences:
        if pack.trigger.search(text, start, end) is None:
            continue
        if windows and windows[-1][1] >= start - 2:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


# Every rule opens with (?<![\w]): a match starts where no word character precedes.
_MATCH_START = re.compile(r"(?<!\w).", re.DOTALL)


def _candidates(pack: LanguagePack, text: str, sentences: list[tuple[int, int]]) -> list[tuple]:
    found = []
    windows = _windows(pack, text, sentences)
    # The characters found at the places a match could start, per window: a rule that cannot start with any of
    # them is not run there (text of nothing but "May May ..." runs only the rules that may start with "M").
    openings = ["".join(set(_MATCH_START.findall(text, start, end))) for start, end in windows]
    # ...and a rule that needs a word (a month name, "später") runs only where one occurs, case-folded.
    folded = [text[start:min(len(text), end + LOOKAHEAD_MARGIN)].casefold() for start, end in windows]
    # Many rules need the same words (a month name, a unit): each window is searched once per set of words.
    found_words: list[dict[str, bool]] = [{} for _ in windows]
    for order, rule in enumerate(pack.rules):
        has_span_group = "t" in rule.regex.groupindex
        for (window_start, window_end), opening, words, known in zip(windows, openings, folded, found_words):
            if rule.first is not None and rule.first.search(opening) is None:
                continue
            if rule.needs is not None:
                needed = known.get(rule.needs.pattern)
                if needed is None:
                    needed = known[rule.needs.pattern] = rule.needs.search(words) is not None
                if not needed:
                    continue
            # Matches start inside the window; lookaheads may see a little past it, as on the whole text.
            for match in rule.regex.finditer(text, window_start, min(len(text), window_end + LOOKAHEAD_MARGIN)):
                if match.start() >= window_end:
                    break
                match_start, match_end = match.span()  # the same int objects below when there is no "t" group
                start, end = match.span("t") if has_span_group and match.group("t") is not None else (
                    match_start, match_end)
                if end > start:  # the match is found again if chosen: keeping every match would cost memory
                    found.append((match_start, match_end, start, end, order, rule, window_end))
    return found


def _not_day_names(pack: LanguagePack, text: str, candidates: list) -> list:
    """The candidates without weekdays that are part of a name ("Patch Tuesday"): they name no date."""
    if pack.day_names is None:
        return candidates
    reader = DayNameReader(pack.day_names, text)
    return [c for c in candidates if c[5].kind != "weekday" or not reader.names_a_day(c[0])]


def _select(candidates: list) -> list:
    """Longest matches first (ties: negative rules, then rule order); none may overlap another.

    The characters taken so far are marked in a bytearray, so each candidate is checked in time linear in its
    own length (a C-level scan), whatever the number of matches: dense text stays linear."""
    # The order (longest, negative rules, rule order, start) packed into one integer per candidate: a tuple of
    # four per candidate would be the largest thing a text dense with dates holds while it is tagged.
    size = max((c[1] for c in candidates), default=0)
    start_bits = size.bit_length() + 1
    order_bits = max((c[4] for c in candidates), default=0).bit_length() + 1
    ranked = sorted(candidates, key=lambda c: ((((size - (c[1] - c[0])) << 1 | (c[5].kind != "ignore"))
                                                << order_bits | c[4]) << start_bits) | c[0])
    taken = bytearray(size)
    chosen = []
    for candidate in ranked:
        start, end = candidate[0], candidate[1]
        if taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if candidate[5].kind != "ignore":
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c[2])


def _groups(text: str, candidate: tuple) -> dict[str, str | None]:
    """The groups of a chosen match, matched again where it was found, with the same bounds (keeping every
    match's groups until the end would cost memory on a dense text)."""
    match = candidate[5].regex.match(text, candidate[0], min(len(text), candidate[6] + LOOKAHEAD_MARGIN))
    return match.groupdict()


@cache
def _reporting_verbs(code: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The reporting verbs of the event pack ("said", "sagte", "a déclaré"; `[merge] reporting_after`), which
    tell when something was said, not when what was said happens, and its prepositions (`[labels]
    prepositions`), which open a phrase that is no clause. Read here, not in the tagger's pack, because the event
    pack is built on the tagger's."""
    data = event_pack(code)
    words = data.get("merge", {}).get("reporting_after", [])
    prepositions = frozenset(word.lower() for word in data.get("labels", {}).get("prepositions", []))
    return (re.compile(_alternation(words, False)) if words else None), prepositions


@cache
def _clause_openers(code: str) -> tuple[re.Pattern[str] | None, frozenset[str], frozenset[str], frozenset[str]]:
    """A relative pronoun or subordinator of the event pack (`[labels] relatives`, `subordinators`) opening a
    clause, perhaps after a preposition ("in dem", "with whom"); the relative pronouns that are no article or
    preposition ("dessen", "whose", "dont"), which always open a clause with a verb of its own; the openers that
    are also an article or a preposition ("der", "that", "until"); and all the relative pronouns."""
    labels = event_pack(code).get("labels", {})
    relatives, subordinators = labels.get("relatives", []), labels.get("subordinators", [])
    if not relatives + subordinators:
        return None, frozenset(), frozenset(), frozenset()
    prepositions = labels.get("prepositions", [])
    before = rf"(?:{_alternation(prepositions, False)}\s+)?" if prepositions else ""
    pattern = re.compile(rf"[\W_]*{before}(?P<opener>{_alternation(relatives + subordinators, False)})"
                         r"(?:(?<=['’])|(?!\w))")
    ambiguous = frozenset(word.lower() for word in labels.get("determiners", []) + prepositions)
    every_relative = frozenset(word.lower() for word in relatives)
    return pattern, every_relative - ambiguous, ambiguous, every_relative


class _Tense:
    """Sentences of a text, and the tense of the clause around a position: the nearest past, future or plan
    cue."""

    def __init__(self, pack: LanguagePack, text: str) -> None:
        self.pack = pack
        self.text = text
        self.spans = sentence_spans(text, pack.code)
        self.starts = [s for s, _ in self.spans]
        self._cue_sentence = -1
        self._cue_spans: list[tuple[str, list[int], list[tuple[int, int]]]] = []
        self._participles: list[tuple[int, int]] = []  # the past cues of that sentence that are participles
        # where the relative pronouns of a clause end, by the clause's start: its dates share one scan
        self._relative_ends: dict[int, list[int]] = {}

    def sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self.starts, position) - 1

    def at(self, start: int, end: int, reported: bool = True) -> str:
        """The tense of the clause around the expression; `reported`: whether a reported future speaks for it
        (LanguagePack.reported_future)."""
        index = self.sentence_of(start)
        if index < 0:
            return "unknown"
        sentence_start, sentence_end = self.spans[index]
        if self.pack.since is not None and self.pack.since.search(self.text, max(sentence_start, start - CUE_REACH),
                                                                  start):
            return "past"
        clause_start, clause_end = self._clause_start(start, sentence_start), self._clause_end(end, sentence_end)
        verbs = self._appointing_verbs(start, clause_start, clause_end)
        # a word that opens the time a state starts from stands right before the date (`_preposition_before`)
        opens_state = self.pack.onset is not None \
            and self.pack.onset.search(self.text, max(clause_start, start - CUE_REACH), start) is not None
        if opens_state:
            # A participle in a clause whose state starts at the date is that state, not a past ("die Straße ist ab
            # Montag gesperrt"): only its other cues date it.
            self._cues(index)
            verbs = verbs + [span for span in self._participles if clause_start <= span[0] and span[1] <= clause_end]
        cues = self._cues_of(index, reported, verbs)
        own = self._own_verb(start, end, sentence_start, clause_start, clause_end, cues)
        if own is not None:
            return own
        reach_start, reach_end = max(sentence_start, start - CUE_REACH), min(sentence_end, end + CUE_REACH)
        # A subordinate clause with a verb of its own (`_subordinate`) is read whole: its cues are its verb's. Told
        # in the present, it lies in no past of the main clause; a plan or future there may still speak for it ("The
        # special, which airs in November, is set to be his last").
        closed = self._subordinate(clause_start, clause_end)
        window_start, window_end = (min(reach_start, clause_start), max(reach_end, clause_end)) if closed \
            else (reach_start, reach_end)
        best: tuple[int, str] | None = None
        for tense, cue_starts, spans in cues:
            for cue_start, cue_end in spans[bisect.bisect_left(cue_starts, window_start):]:
                if cue_end > window_end:
                    break
                if start <= cue_start < end:
                    continue  # the expression's own words are no cue
                distance = start - cue_end if cue_end <= start else cue_start - end
                if cue_start < clause_start or cue_end > clause_end:
                    if closed and (tense == "past" or cue_start < reach_start or cue_end > reach_end) \
                            or self._reports(cue_start, cue_end, sentence_start, clause_end) \
                            or tense == "past" and self._dependent_cue(cue_start, cue_end, sentence_start,
                                                                       sentence_end, clause_start, clause_end):
                        continue
                    distance += CUE_REACH  # a cue in the expression's own clause comes first
                if best is None or distance < best[0]:
                    best = (distance, tense)
        if best is None:
            best = self._clause_cue(start, clause_start, cues)
        if best is None and (verbs or opens_state):
            return "onset"
        return best[1] if best else "unknown"

    def _appointing_verbs(self, start: int, clause_start: int, clause_end: int) -> list[tuple[int, int]]:
        """The verbs of calling or scheduling in the expression's clause, when a preposition naming their target
        opens it (LanguagePack.appointing): their past cues do not date it. The clause ends after the expression,
        which may hold a comma of its own ("für Donnerstag, 15 Uhr, angesetzt")."""
        pack = self.pack
        if pack.target is None or pack.appointing is None \
                or not pack.target.search(self.text, max(clause_start, start - CUE_REACH), start):
            return []
        return [verb.span() for verb in pack.appointing.finditer(self.text, clause_start, clause_end)]

    def _own_verb(self, start: int, end: int, sentence_start: int, clause_start: int, clause_end: int,
                  cues: list[tuple[str, list[int], list[tuple[int, int]]]]) -> str | None:
        """The tense of the verb the expression's own phrase hangs on (see LanguagePack.cue_gap), which outweighs a
        nearer cue of the main clause: "The politician who died on Tuesday will be buried on Monday"; `cues`: the
        sentence's (`_cues_of`)."""
        pack = self.pack
        if (pack.past_attribute is not None and pack.attribute_opening is not None
                and pack.past_attribute.match(self.text, end)
                and pack.attribute_opening.search(self.text, max(sentence_start, start - CUE_REACH), start)):
            return "past"
        if pack.cue_gap is not None:
            for tense, cue_starts, spans in cues:
                for cue_start, cue_end in spans[bisect.bisect_left(cue_starts, start - CUE_REACH):]:
                    if cue_start >= start:
                        break
                    if cue_end <= start and pack.cue_gap.fullmatch(self.text, cue_end, start):
                        return tense
        if pack.relative is not None:
            # Cues after the expression belong to the main clause that resumes after the relative clause.
            if clause_start not in self._relative_ends:
                self._relative_ends[clause_start] = [
                    found.end() for found in pack.relative.finditer(self.text, clause_start, clause_end)]
            openings = [found for found in self._relative_ends[clause_start] if found <= start]
            if openings:
                before = [(start - cue_end, tense) for tense, _, spans in cues for cue_start, cue_end in spans
                          if cue_start >= openings[-1] and cue_end <= start]
                if before:
                    return min(before, key=lambda found: found[0])[1]
        return None

    def nearest(self, start: int, end: int) -> str:
        """The tense of the nearest cue anywhere in the sentence, however far: for a weekday, which lies within a
        week of the publication date either way, a distant cue is still better than none ("On Tuesday, the league
        plans to hold a news conference ...")."""
        index = self.sentence_of(start)
        if index < 0:
            return "unknown"
        sentence_start, sentence_end = self.spans[index]
        clause_start, clause_end = self._clause_start(start, sentence_start), self._clause_end(end, sentence_end)
        distances = [(start - cue_end if cue_end <= start else cue_start - end, tense)
                     for tense, _, cues in self._cues_of(index, False) for cue_start, cue_end in cues
                     if not start <= cue_start < end
                     and not self._reports(cue_start, cue_end, sentence_start, clause_end)
                     and not (tense == "past" and self._dependent_cue(cue_start, cue_end, sentence_start,
                                                                      sentence_end, clause_start, clause_end))]
        return min(distances, default=(0, "unknown"), key=lambda found: found[0])[1]

    def _dependent_cue(self, cue_start: int, cue_end: int, sentence_start: int, sentence_end: int,
                       clause_start: int, clause_end: int) -> bool:
        """Whether a cue outside the date's clause (`clause_start`, `clause_end`) stands in a relative clause of its
        own: a past there is the story of a noun, not the date's ("Die Sängerin, die 1985 berühmt wurde, gibt am 14.
        September ein Konzert": the coming September). Asked of past cues only: a future there still speaks for the
        clause it hangs on; and not of a subordinator's clause, which tells the same time ("On Friday, when Albright
        set aside vacation plans, …")."""
        if clause_start <= cue_start and cue_end <= clause_end:
            return False
        return self._subordinate(self._clause_start(cue_start, sentence_start), self._clause_end(cue_end, sentence_end),
                                 relative=True)

    def _reports(self, cue_start: int, cue_end: int, sentence_start: int, clause_end: int) -> bool:
        """Whether the cue is a reporting verb (`_reporting_verbs`) after the date's clause (ending at
        `clause_end`) that reports what the sentence says up to there: what is reported takes no tense from the
        report ("The plant closes in June, the company said", "Eine Senkung sei im Juni möglich, sagte Lagarde").
        Not after a phrase that a preposition opens and no verb follows: the report's verb is its verb ("In
        September, it announced plans")."""
        reporting, prepositions = _reporting_verbs(self.pack.code)
        if cue_start < clause_end or reporting is None or not reporting.fullmatch(self.text, cue_start, cue_end):
            return False
        before = self.text[sentence_start:clause_end]
        return (before.split() or [""])[0].lower() not in prepositions or has_verb(before, self.pack.code)

    def _subordinate(self, clause_start: int, clause_end: int, relative: bool = False) -> bool:
        """Whether the clause is one that a relative pronoun or subordinator opens, with a verb of its own: its tense
        is its own, not the main clause's ("Müller, dessen Vertrag im Sommer ausläuft, lobte die Mannschaft": the
        coming summer). Without a finite verb a subordinator opens a phrase ("wie im Vorjahr"); an opener that is
        also an article or a preposition opens a clause only after a comma ("Müller, der Trainer der Saison 2025,
        lobte" is an apposition, "until June, the team" a phrase, "Eines ist klar: Die Frau hat heute" a main
        clause). `relative`: only a clause that a relative pronoun opens."""
        pattern, relatives, ambiguous, every_relative = _clause_openers(self.pack.code)
        opening = pattern.match(self.text, clause_start, clause_end) if pattern is not None else None
        if opening is None:
            return False
        opener = opening.group("opener").lower()
        if relative and opener not in every_relative:
            return False
        if opener in relatives:
            return True
        if opener in ambiguous and self.text[clause_start - 1:clause_start] != ",":
            return False
        return has_verb(self.text[opening.end():clause_end], self.pack.code, opening=False)

    def _active_participles(self, sentence_start: int, sentence_end: int) -> list[tuple[int, int]]:
        """Participles of the sentence outside clauses holding a passive auxiliary."""
        assert self.pack.participle is not None
        found = []
        for cue in self.pack.participle.finditer(self.text, sentence_start, sentence_end):
            clause = self._clause_start(cue.start(), sentence_start), self._clause_end(cue.end(), sentence_end)
            if self.pack.passive is None or not self.pack.passive.search(self.text, *clause):
                found.append(cue.span())
        return found

    def _clause_start(self, position: int, sentence_start: int) -> int:
        """Where the clause holding `position` starts: after the last clause mark before it in its sentence."""
        return max(max(self.text.rfind(mark, sentence_start, position) for mark in CLAUSE_MARKS) + 1, sentence_start)

    def _clause_end(self, position: int, sentence_end: int) -> int:
        """Where the clause holding `position` ends: at the first clause mark after it in its sentence."""
        after = [found for mark in CLAUSE_MARKS if (found := self.text.find(mark, position, sentence_end)) >= 0]
        return min(after, default=sentence_end)

    @staticmethod
    def _clause_cue(start: int, clause_start: int, cues: list[tuple[str, list[int], list[tuple[int, int]]]]
                    ) -> tuple[int, str] | None:
        """Beyond the cue reach, a future cue before the expression in its own clause (no clause mark between):
        "wind gusts will continue to be a problem overnight and Thursday". A future auxiliary governs its whole
        clause; a distant past verb often does not ("has identified three companies for the program to run
        through June"), and an unknown tense already reads a weekday as past. `cues`: the sentence's (`_cues_of`;
        its appointing verbs take only past cues away)."""
        for tense, cue_starts, spans in cues:
            position = bisect.bisect_left(cue_starts, start) - 1
            if tense == "future" and position >= 0 and clause_start <= spans[position][0] \
                    and spans[position][1] <= start:
                return start - spans[position][1], tense
        return None

    def _cues(self, index: int) -> list[tuple[str, list[int], list[tuple[int, int]]]]:
        """The cues of a sentence (future ones first), found once for all its expressions: a sentence dense
        with dates is scanned once, not once per date. Expressions come in text order, so one is kept."""
        if index != self._cue_sentence:
            sentence_start, sentence_end = self.spans[index]
            self._cue_spans, self._participles = [], []
            self._relative_ends.clear()
            for pattern, tense in ((self.pack.future, "future"), (self.pack.past, "past")):
                if pattern is not None:
                    cues = [cue.span() for cue in pattern.finditer(self.text, sentence_start, sentence_end)]
                    if tense == "past" and self.pack.participle is not None:
                        self._participles = self._active_participles(sentence_start, sentence_end)
                        cues = sorted(cues + self._participles)
                    self._cue_spans.append((tense, [cue_start for cue_start, _ in cues], cues))
            # Every plan cue holds a future cue: a sentence without one has no plan to look for. Plan cues come
            # first: where a plan cue is also a future cue, it is read as the plan.
            if self.pack.plan is not None and any(tense == "future" and cues for tense, _, cues in self._cue_spans):
                plans = [cue.span() for cue in self.pack.plan.finditer(self.text, sentence_start, sentence_end)]
                self._cue_spans.insert(0, ("plan", [cue_start for cue_start, _ in plans], plans))
            if self.pack.reported_future is not None:
                reported = [cue.span() for cue in self.pack.reported_future.finditer(self.text, sentence_start,
                                                                                     sentence_end)]
                self._cue_spans.append(("reported", [cue_start for cue_start, _ in reported], reported))
            self._cue_sentence = index
        return self._cue_spans

    def _cues_of(self, index: int, reported: bool, verbs: list[tuple[int, int]] | None = None
                 ) -> list[tuple[str, list[int], list[tuple[int, int]]]]:
        """The sentence's cues, with those of a reported future read as future ones (`reported`) or left out, and
        without the past cues at either edge of one of `verbs` (their auxiliary, their participle)."""
        found = []
        for tense, starts, spans in self._cues(index):
            if tense == "reported" and not reported:
                continue
            if verbs and tense == "past":
                spans = [(cue_start, cue_end) for cue_start, cue_end in spans
                         if not any(cue_start <= verb_start < cue_end or cue_start < verb_end <= cue_end
                                    for verb_start, verb_end in verbs)]
                starts = [cue_start for cue_start, _ in spans]
            found.append(("future" if tense == "reported" else tense, starts, spans))
        return found


# A text tells a past story (a history, an obituary) when it names at least STORY_MIN_YEARS explicit years and
# almost none of them lies near its publication date; news that recalls history still names its own time.
STORY_MIN_YEARS = 5
STORY_NEAR_YEARS = 2
STORY_MAX_NEAR_SHARE = 0.1


def _tells_a_past_story(text: str, selected: list, dct: date | None, first_sentence_end: int) -> bool:
    if dct is None:
        return False
    years = []
    for candidate in selected:
        year = (_groups(text, candidate).get("year") or "") if candidate[5].kind == "date" else ""
        # The dateline ("Updated September 2, 2016") dates the telling, not the story: its year does not count.
        if year.isdigit() and len(year) >= 3 and not (candidate[0] < first_sentence_end and int(year) == dct.year):
            years.append(int(year))
    if len(years) < STORY_MIN_YEARS:
        return False
    near = sum(abs(year - dct.year) <= STORY_NEAR_YEARS for year in years)
    return near <= STORY_MAX_NEAR_SHARE * len(years)


def _reports_a_game(pack: LanguagePack, text: str) -> bool:
    """Whether `text` reports a game: it holds at least `game_min_cues` different words of play (touchdowns,
    rebounds, halftime), so that its halves and quarters are the game's."""
    if pack.game_cues is None:
        return False
    found: set[str] = set()
    for match in pack.game_cues.finditer(text):
        found.add(match.group().lower())
        if len(found) >= pack.game_min_cues:
            return True
    return False


def _clause_tense(pack: LanguagePack, tense: _Tense, rule: Rule, groups: dict[str, str | None], start: int,
                  end: int) -> str:
    needs_tense = (rule.kind in TENSE_KINDS or _is_weekend(pack, rule, groups)
                   or rule.kind == "relative" and groups.get("mod") is not None)
    if not needs_tense:
        return "unknown"
    # A reported future moves a month or a year, not a day of the week (LanguagePack.reported_future).
    found = tense.at(start, end, reported=rule.kind != "weekday" and not _is_weekend(pack, rule, groups))
    if found != "unknown" or rule.kind != "weekday":
        return found
    found = tense.nearest(start, end)
    # "Am Montag fahre ich nach Berlin": a weekday in a sentence with no cue at all, in a language that says the
    # future in the present, is the coming one (a yearless month or day told so is as often past).
    return "future" if found == "unknown" and pack.present_is_future else found


_UNREAD = object()  # no reading yet for this match in this context

# Readings kept per text: a text dense with dates repeats few (match, context) pairs many times.
READINGS_KEPT = 4096


def _reading(pack: LanguagePack, rule: Rule, groups: dict[str, str | None], context: Context) -> Reading | None:
    """The match's reading, or None when it names no date (31 February, a year outside 1..9999, 2021-W53)."""
    try:
        reading = read(pack, rule, groups, context)
    except (NotADate, OverflowError, ValueError):
        return None
    return reading if is_valid_value(reading.type, reading.value) else None


def _is_weekend(pack: LanguagePack, rule: Rule, groups: dict[str, str | None]) -> bool:
    """A weekend without "last" or "next" ("am Wochenende") takes its direction from the tense."""
    if rule.kind != "relative":
        return False
    unit = groups.get("unit")
    return (pack.lookup("calunit", unit) if unit else rule.defaults.get("unit")) == "WE"


def _in_parentheses(text: str, start: int, sentence_start: int) -> bool:
    """Whether a date stands in an aside in parentheses ("Galizien (seit 1772 österreichisch)"): the text does
    not move to it."""
    return text.rfind("(", sentence_start, start) > text.rfind(")", sentence_start, start)


def _joined(pack: LanguagePack, text: str, end: int, start: int) -> bool:
    """Whether the text between two dates joins them as the ends of a range ("May 4-5") or days of a list ("May 4 and
    5", "April 24 and 25, 1999"): a later day written alone takes its month, an earlier date the later one's year."""
    return any(joiner is not None and joiner.fullmatch(text, end, start) is not None
               for joiner in (pack.range_joiner, pack.list_joiner))


def _range_end(pack: LanguagePack, text: str, selected: list, index: int, dct: date | None,
               narrative: bool) -> Point | None:
    """The date closing the range or list that selected[index] opens, when that date names its own year ("28.
    September bis 19. Oktober 1781", "March to May 1702", "im August und September 1914"); None when no range or
    list joiner (`_joined`) follows, or the end names no year (read without the story: a year it names is the same
    in every context)."""
    if index + 1 >= len(selected):
        return None
    first, second = selected[index], selected[index + 1]
    if not _joined(pack, text, first[3], second[2]):
        return None
    rule = second[5]
    if rule.kind not in ("date", "holiday"):
        return None
    # The month of a day written alone ("May 2-4, 2005") is that of the first end, not read yet: December, the
    # latest, keeps the end in the year it names.
    end = _reading(pack, rule, _groups(text, second), Context(dct, None, Tense(partial(str, "unknown")),
                                                              narrative=narrative, range_start=Point(1, 12, 1)))
    return end.point if end is not None and end.anchor == "absolute" and end.point is not None \
        and end.point.granularity in ("day", "month") else None


def _bounds_a_span(pack: LanguagePack, text: str, start: int, reading: Reading) -> bool:
    """Whether a year or month is only the bound of a span ("bis 1881 raubte er Banken", "since July 2000"): the
    story stays."""
    if pack.span_bound is None or reading.point is None or reading.point.granularity not in ("year", "month"):
        return False
    return pack.span_bound.search(text, max(0, start - 20), start) is not None


def _dates_a_name(pack: LanguagePack, text: str, selected: list, index: int, reading: Reading,
                  in_heading: tuple[int, int] | None) -> bool:
    """Whether a year only dates the name before it ("die Deklaration von Paris von 1856", "the Treaty of 1818"):
    an aside, the story stays. A name is capitalized ("the first months of 1915" is a time of the story); a range
    the year opens ("von 1914 bis 1918") and a heading ("Campaign of 1904") are the story's time."""
    if pack.name_date is None or reading.point is None or reading.point.granularity != "year" \
            or in_heading is not None:
        return False
    start, end = selected[index][2], selected[index][3]
    if pack.range_joiner is not None and index + 1 < len(selected) \
            and pack.range_joiner.fullmatch(text, end, selected[index + 1][2]):
        return False
    name = pack.name_date.search(text, max(0, start - 30), start)
    return name is not None and name.group(1)[0].isupper()


# A time of day whose match starts within this many characters of its sentence's start opens the sentence
# ("Um 9 Uhr startet", "Spät am Abend fahre ich").
OPENING_CHARS = 12

DAY_KINDS = {"clock", "weekday", "deictic", "holiday"}


def _speaks_of_a_day(text: str, selected: list, candidate: tuple, tense: _Tense) -> bool:
    """Whether the sentence around an ambiguous day word ("heute": today, or nowadays) speaks of a day: another
    expression naming a day or a time of day, or a past-tense cue near it ("heute hat der Rat beschlossen"). In a
    comparison (rule default `compared`) the past is the other side of it ("unlike today, cars were rare")."""
    if not candidate[5].defaults.get("compared") and tense.at(candidate[2], candidate[3]) == "past":
        return True
    sentence_start, sentence_end = tense.spans[tense.sentence_of(candidate[2])]
    first = bisect.bisect_left(selected, sentence_start, key=lambda c: c[2])
    for other in selected[first:]:
        if other[2] >= sentence_end:
            break
        if other is candidate:
            continue
        if other[5].kind in DAY_KINDS:
            return True
        groups = _groups(text, other) if other[5].kind == "date" else {}
        if any(groups.get(name) for name in ("day", "day_", "hour")):
            return True
    return False


HEADING_WORDS = 8  # words of a section heading ("Westlicher Kriegsschauplatz", "The foundry by the river")
_LINE = re.compile(r"[^\n]+")
_NOT_HEADING = re.compile(r"^\W*[-–—\"'„“”«»(\[*•]|[.!?;:,]\W*$")  # a list item, a quote, a sentence


def _headings(text: str, lang: str) -> list[tuple[int, int]]:
    """Lines that are section headings: short, alone on their line, ending in no sentence's stop, no verb."""
    found = []
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if line and len(line.split()) <= HEADING_WORDS and not _NOT_HEADING.search(line) \
                and not has_verb(line, lang):
            found.append((match.start(), match.end()))
    return found


def tag(text: str, dct: date | None, lang: str) -> list[Timex]:
    """Every temporal expression in `text`, in text order, normalized against `dct` (None: unresolved)."""
    return tag_with_genre(text, dct, lang)[0]


def tag_with_genre(text: str, dct: date | None, lang: str) -> tuple[list[Timex], bool]:
    """The expressions, and whether the text tells a past story (the genre their confidence was read for)."""
    pack = load_pack(lang)
    if pack is None:
        return [timex for timex in fallback_tag(text, dct, lang) if is_valid_value(timex.type, timex.value)], False
    tense = _Tense(pack, text)
    reference = None
    reference_sentence = -1_000_000
    period = None  # the quarter the text reports on
    timexes: list[Timex] = []
    selected = _select(_not_day_names(pack, text, _candidates(pack, text, tense.spans)))
    if _reports_a_game(pack, text):
        selected = [candidate for candidate in selected if candidate[5].name not in pack.game_rules
                    or any(name.startswith("year") and value for name, value in _groups(text, candidate).items())]
    narrative = _tells_a_past_story(text, selected, dct, tense.spans[0][1] if tense.spans else 0)
    # The same match in the same context reads the same (by tense, for readings that ask for it).
    readings: dict[tuple, Reading | None | dict[str, Reading | None]] = {}
    previous: tuple[int, Point | None] = (-1, None)  # where the last expression ended, and its date
    # A chronicle in sections by date: under a heading without a date ("Westlicher Kriegsschauplatz" under "1862")
    # the story starts again at the last heading that is a date alone, not where the previous section ended (often
    # on a look ahead). A heading naming a date and a topic ("September 1980: invasion") is no such frame: the
    # undated headings after it are its siblings, later in the story.
    headings, next_heading = _headings(text, lang), 0
    section: tuple[Point, int] | None = None  # the date of the last heading that is a date alone, its sentence
    for index, candidate in enumerate(selected):
        start, end, rule, groups = candidate[2], candidate[3], candidate[5], _groups(text, candidate)
        in_heading = None
        while next_heading < len(headings) and headings[next_heading][0] <= start:
            heading = headings[next_heading]
            if start < heading[1]:
                in_heading = heading
                break
            next_heading += 1
            if section is not None and (index == 0 or selected[index - 1][2] < heading[0]):  # no date in it
                reference, reference_sentence = section
        sentence = tense.sentence_of(start)
        distance = sentence - reference_sentence
        day_context = not rule.defaults.get("present") or _speaks_of_a_day(text, selected, candidate, tense)
        opens = rule.kind == "clock" and candidate[0] - tense.spans[sentence][0] <= OPENING_CHARS
        range_end = _range_end(pack, text, selected, index, dct, narrative)
        range_start = previous[1] if previous[0] >= 0 and _joined(pack, text, previous[0], start) else None
        key = (candidate[4], *groups.values(), reference, distance, period, day_context, opens, range_end,
               range_start)
        entry = readings.get(key, _UNREAD)
        if isinstance(entry, dict):  # this match's reading depends on the clause's tense
            clause_tense = _clause_tense(pack, tense, rule, groups, start, end)
            if clause_tense not in entry:
                entry[clause_tense] = _reading(pack, rule, groups, Context(
                    dct, reference, Tense(partial(str, clause_tense)), distance, narrative, period, day_context, opens,
                    range_end, range_start))
            reading = entry[clause_tense]
        elif entry is _UNREAD:
            if len(readings) >= READINGS_KEPT:
                readings.clear()
            asked = Tense(partial(_clause_tense, pack, tense, rule, groups, start, end))
            reading = _reading(pack, rule, groups, Context(dct, reference, asked, distance, narrative, period,
                                                           day_context, opens, range_end, range_start))
            # A reading that never asked for the tense is the same in every tense.
            readings[key] = reading if asked.found is None else {asked.found: reading}
        else:
            reading = entry
        if reading is None:
            continue
        previous = (end, reading.point)
        if (reading.point is not None and not _in_parentheses(text, start, tense.spans[sentence][0])
                and not _bounds_a_span(pack, text, start, reading)
                and not _dates_a_name(pack, text, selected, index, reading, in_heading)):
            reference, reference_sentence = reading.point, sentence
            if in_heading is not None and text[in_heading[0]:in_heading[1]].strip() == text[start:end]:
                section = (reading.point, sentence)
            if reading.point.granularity == "quarter":
                period = reading.point
        timexes.append(calibrate(  # interned: a dense text repeats its expressions and values many times
            Timex(start, end, sys.intern(text[start:end]), reading.type, sys.intern(reading.value), reading.mod,
                  reading.anchor, min(reading.confidence, rule.confidence), reading.inferred), lang, narrative
        ))
    return timexes, narrative
