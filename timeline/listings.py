"""Entries of a schedule or listing (a TV programme, an event calendar), told by their punctuation.

A date or time followed by a colon opens an entry, and what follows the colon is its item, up to the next such
opening, a semicolon or the end of the sentence: "20.15 Uhr: Fußball: Länderspiel, Deutschland - Italien 22.30
Uhr: Nachrichten" gives 20.15 Uhr the football match and 22.30 Uhr the news, "1983-1985: Further offensives fail"
gives the years what they head. The opening holds dates and what joins them ("14.00 und 17.40 Uhr", "samedi 4
janvier, à 18 h 30"): numbers, punctuation and the pack's words that lead up to a date, coordinators and the words
of a range. So that a sentence of prose with a colon after a date ("The Times said in an editorial on Monday:")
is no listing, the first opening of a sentence stands at its start or right after a colon or semicolon; later
ones may follow the item before them without a mark when that item has no finite verb ("… Antwerpen - Huy 14.00
und 17.40 Uhr: Tennis").

A list of dates that shares one item says so with a distributive word before its time ("am 3., 4. und 5. Oktober,
jeweils 20 Uhr, Vorstellung im Großen Haus"): every date of the list and the time get the item after them, told
with the heading before a colon if one opens the entry ("Termine: Vorstellung im Großen Haus"). An item followed by
a date of its own belongs to that date, and then the list keeps its labels. The words are the pack's
(`[labels] distributives`); the reading is the same for every language.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from .clauses import TOKEN, Span, _alternation, rules
from .event_resources import load, pack_words
from .finite_verbs import has_finite, has_lower_finite
from .label_rules import _bare, _has_content_words, _label_rules
from .labels import make_label

OPENING_WINDOW = 80  # characters before a colon read for the dates that open an entry
ITEM_WINDOW = 300  # characters of an item read for its label (the chart shows about twelve words)

# A colon, not one between the digits of a clock time or a score ("7:30", "4:2").
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
_NUMBER_OR_MARK = re.compile(r"[\d\W_]+")  # "1983-", "9.30/", "-", "(": what joins dates besides words
_BEFORE_ENTRY = " \t\n\"'“”„«»*•·–—-"  # what may stand before the first opening of a sentence

# What `listing_label` keeps of a sentence: its entries (opening, item), and whether it holds a distributive word
# and a coordinator before a comma
ListingMemo = dict[Span, tuple[list[tuple[Span, Span]], bool, bool]]


@cache
def _joiners(lang: str | None) -> frozenset[str]:
    """The words that may join the dates of an opening: those that lead up to a date ("am", "à", "jeweils"),
    coordinators and the words of a range ("und", "bis", "et")."""
    links = rules(lang)
    return links.date_words | links.coordinators | pack_words(lang, "labels", "range_words")


@cache
def _conjunctions(lang: str | None) -> frozenset[str]:
    """The coordinators that may join two items of a listing: the clause coordinators and the plain conjunctions of
    a range that open a clause after a comma ("or", "ou"), not those that end a span of time ("until", "bis")."""
    plain = pack_words(lang, "labels", "range_words") & pack_words(lang, "clauses", "after_comma")
    return _label_rules(lang).coordinators | (plain - _label_rules(lang).limits)


@cache
def _distributives(lang: str | None) -> frozenset[str]:
    """The words of the pack's distributives, each ("chaque fois" gives "chaque" and "fois"): read per word."""
    phrases = load(lang)["labels"].get("distributives", [])
    return frozenset(word.lower() for phrase in phrases for word in phrase.split())


def _dates_in(dates: list[Span], start: int, end: int) -> list[Span]:
    """The dates that overlap start..end (`dates` sorted and disjoint)."""
    low = bisect_left(dates, (start, start))
    if low > 0 and dates[low - 1][1] > start:
        low -= 1
    return dates[low:bisect_left(dates, (end, end))]


def _opening_start(text: str, low: int, colon: int, dates: list[Span], lang: str | None) -> int | None:
    """Where the dates that end right before `colon` start, with the words and marks joining them (read back to
    `low`, at most OPENING_WINDOW characters): None unless a date ends right before the colon."""
    at = bisect_right(dates, (colon, colon)) - 1
    if at < 0 or dates[at][1] > colon or dates[at][1] < low or text[dates[at][1]:colon].strip():
        return None
    joiners = _joiners(lang)
    start = dates[at][0]
    window = max(low, colon - OPENING_WINDOW)
    for token in reversed(list(TOKEN.finditer(text, window, start))):
        if token.group()[-1] in ":;":
            break  # the mark that ends the item before
        inside = _dates_in(dates, token.start(), token.end())
        if not inside and not _NUMBER_OR_MARK.fullmatch(token.group()) \
                and _bare(token.group()).lower() not in joiners:
            break
        if inside or _NUMBER_OR_MARK.fullmatch(token.group()) is None or any(ch.isdigit() for ch in token.group()):
            start = token.start()  # a mark alone joins only what stands on both sides: no opening starts with one
    return start


def schedule_entries(text: str, sentence: Span, dates: list[Span], lang: str | None) -> list[tuple[Span, Span]]:
    """The entries of a listing in `sentence`: (opening, item) spans, in order. `dates`: the text's points and
    periods of time, sorted."""
    if ":" not in text[sentence[0]:sentence[1]]:
        return []
    openings: list[tuple[Span, int]] = []  # (opening, where its item starts)
    for colon in _COLON.finditer(text, sentence[0], sentence[1]):
        low = openings[-1][1] if openings else sentence[0]
        start = _opening_start(text, low, colon.start(), dates, lang)
        if start is None:
            continue
        before = text[low:start].rstrip()
        if before.lstrip(_BEFORE_ENTRY) and before[-1:] not in (":", ";") \
                and (not openings or has_lower_finite(before.split(), lang)):
            # prose: the colon closes a clause that a date ends ("said in an editorial on Monday:"); after an
            # entry, an item without a verb of its own ends where the next opening starts without a mark
            continue
        openings.append(((start, colon.start()), colon.end()))
    entries = []
    for number, (opening, item_start) in enumerate(openings):
        end = openings[number + 1][0][0] if number + 1 < len(openings) else sentence[1]
        end = min(end, item_start + ITEM_WINDOW)
        semicolon = text.find(";", item_start, end)
        end = semicolon if semicolon >= 0 else end
        if _has_content_words(text[item_start:end], lang, 1):
            entries.append((opening, (item_start, end)))
    return entries


def _entry_start(text: str, sentence: Span, position: int, dates: list[Span], lang: str | None) -> int | None:
    """Where the entry whose dates reach back from `position` starts: read back over dates, numbers, marks and
    joining words (at most OPENING_WINDOW characters) to the start of the sentence or a colon or semicolon; None
    when another word stands before them."""
    joiners = _joiners(lang) | _distributives(lang)
    start = position
    for token in reversed(list(TOKEN.finditer(text, max(sentence[0], position - OPENING_WINDOW), position))):
        if token.group()[-1] in ":;":
            return start
        if not (_dates_in(dates, token.start(), token.end()) or _NUMBER_OR_MARK.fullmatch(token.group())
                or _bare(token.group()).lower() in joiners):
            return None
        start = token.start()
    return start if not text[sentence[0]:start].strip(_BEFORE_ENTRY) else None


def shared_item(
    text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None
) -> tuple[Span | None, Span] | None:
    """The heading and the item a list of dates with a distributive time shares ("Termine: am 3., 4. und 5.
    Oktober, jeweils 20 Uhr, Vorstellung im Großen Haus" -> "Termine", "Vorstellung im Großen Haus"), when `date`
    is one of the list or its time; the heading is None when no colon opens the entry. The list opens its entry
    (after the sentence's start, a colon or a semicolon: "Sie spielten am 3. und 4. Mai, jeweils um 20 Uhr, …" is
    a clause); the item has no finite verb and no date of its own ("…, jeweils 20 Uhr, Stückeinführung, 29.
    September": the item is that date's). None for anything else."""
    distributives = _distributives(lang)
    if not distributives:
        return None
    start = _entry_start(text, sentence, date[0], dates, lang)
    if start is None:
        return None
    joiners = _joiners(lang)
    distributed, end = False, None
    for token in TOKEN.finditer(text, start, min(sentence[1], start + 2 * OPENING_WINDOW)):
        inside = _dates_in(dates, token.start(), token.end())
        word = _bare(token.group()).lower()
        if inside:
            end = max(end or 0, inside[-1][1])
            if distributed and text[end:end + 1] == ",":
                break
        elif word in distributives:
            distributed = True
        elif not (_NUMBER_OR_MARK.fullmatch(token.group()) or word in joiners) or token.group()[-1] in ":;":
            return None
    else:
        return None
    if end is None or not distributed or date[1] > end:
        return None
    item_start = end + 1
    semicolon = text.find(";", item_start, sentence[1])
    item_end = min(semicolon if semicolon >= 0 else sentence[1], item_start + ITEM_WINDOW)
    item = text[item_start:item_end]
    if _dates_in(dates, item_start, item_end) or not _has_content_words(item, lang, 1) \
            or has_finite(item.split(), lang):
        return None
    colon = text.rfind(":", sentence[0], start)
    if colon < 0 or text[colon + 1:start].strip():
        return None, (item_start, item_end)
    heading = (text.rfind(";", sentence[0], colon) + 1 or sentence[0], colon)
    if has_finite(text[heading[0]:heading[1]].split(), lang) or _dates_in(dates, *heading):
        return None, (item_start, item_end)  # "Sie spielen wie folgt: …": the item alone
    return heading, (item_start, item_end)


DATED_SEGMENT_WORDS = 6  # words of a dated phrase set off by commas after a coordinator ("ab 3. November")
HEAD_WORDS = 3  # words of the noun a coordinated item shares with the item before it


def coordinated_item(
    text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None
) -> tuple[str, Span] | None:
    """The noun and the span a dated item coordinated with the one before it is told with: "Karten im Internet
    oder, ab 3. November, telefonisch: 0471 123" -> "Karten" and "ab 3. November, telefonisch: 0471 123"
    (its dates are cut by the label). The dated phrases stand between the coordinator and the item, each set off by
    commas, as listings set them off; the item and the one before it have no finite verb, and the item shares the
    noun that opens the one before it (its words before a preposition or bracket). None for anything else."""
    rule = _label_rules(lang)
    low, high = max(sentence[0], date[0] - ITEM_WINDOW), min(sentence[1], date[1] + ITEM_WINDOW)
    # the commas around the dated phrases: back to the coordinator, on to the item
    start = text.rfind(",", low, date[0])
    while start >= 0:
        before = max([text.rfind(mark, low, start) for mark in ",:;"] + [low - 1])
        segment = text[before + 1:start].split()
        if segment and _bare(segment[-1]).lower() in _conjunctions(lang):
            break
        if before < low or text[before] != "," or not _dates_in(dates, before + 1, start) \
                or len(segment) > DATED_SEGMENT_WORDS:
            return None
        start = before
    else:
        return None
    previous = segment[:-1]  # the item before the coordinator
    end = text.find(",", date[1], high)
    if end < 0 or len(text[text.rfind(",", low, date[0]) + 1:end].split()) > DATED_SEGMENT_WORDS:
        return None  # the date's own phrase is a clause, not a phrase set off in a listing
    while end >= 0:
        following = text.find(",", end + 1, high)
        segment_end = following if following >= 0 else high
        if not _dates_in(dates, end + 1, segment_end):
            break
        if following < 0 or len(text[end + 1:following].split()) > DATED_SEGMENT_WORDS:
            return None
        end = following
    else:
        return None
    semicolon = text.find(";", end, high)
    item_end = semicolon if semicolon >= 0 else high
    item = text[end + 1:item_end]
    if not _has_content_words(item, lang, 1) or _dates_in(dates, end + 1, item_end) or has_finite(item.split(), lang) \
            or not previous or has_finite(previous, lang):
        return None
    head = []  # the noun: the words before the first preposition or bracket, or the whole item if that short
    for word in previous[:HEAD_WORDS + 1]:
        if _bare(word).lower() in rule.single_prepositions or word.startswith(("(", "[")):
            break
        head.append(word)
    if not head or len(head) > HEAD_WORDS:
        return None
    return " ".join(head).rstrip(",") + " ", (start + 1, item_end)


def listing_label(
    text: str, sentence: Span, date: Span, dates: list[Span], lang: str | None, memo: ListingMemo
) -> str:
    """The label of `date` as an entry of a listing in `sentence`: the item its opening heads, the heading and
    the item a list of dates shares, or the item a date set off after a coordinator dates with the noun it shares;
    "" when it is none. `memo` keeps each sentence's entries and whether it holds a distributive word or a
    coordinator before a comma (every date of a dense listing asks)."""
    if sentence not in memo:
        words = {_bare(token).lower() for token in text[sentence[0]:sentence[1]].split()}
        memo[sentence] = (schedule_entries(text, sentence, dates, lang), bool(words & _distributives(lang)),
                          any(f"{word}," in text[sentence[0]:sentence[1]] for word in _conjunctions(lang)))
    found, distributed, coordinated = memo[sentence]
    at = bisect_right(found, ((date[0], len(text) + 1),)) - 1
    if at >= 0 and found[at][0][0] <= date[0] and date[1] <= found[at][0][1]:
        return make_label(text, found[at][1], dates, lang)
    shared = shared_item(text, sentence, date, dates, lang) if distributed else None
    if shared is None:
        found_item = coordinated_item(text, sentence, date, dates, lang) if coordinated else None
        if found_item is None:
            return ""
        head, rest = found_item
        built = head + text[rest[0]:rest[1]]
        label = make_label(built, (0, len(built)), [(start - rest[0] + len(head), stop - rest[0] + len(head))
                                                    for start, stop in _dates_in(dates, *rest)], lang)
        # the comma that set the cut date off from the item goes with it ("Karten, telefonisch" -> "Karten telefonisch")
        noun = head.strip()
        return noun + label[len(noun) + 1:] if label.startswith(noun + ",") else label
    heading, item = shared
    if heading is None:
        return make_label(text, item, dates, lang)
    built = f"{text[heading[0]:heading[1]].strip()}: {text[item[0]:item[1]].strip()}"
    return make_label(built, (0, len(built)), [], lang)


@cache
def _notice_heading(lang: str | None) -> re.Pattern[str] | None:
    """A sentence opening with one of the pack's headings of a notice's schedule line and a colon ("Termin:")."""
    headings = pack_words(lang, "labels", "notice_headings")
    if not headings:
        return None
    return re.compile(rf"[{re.escape(_BEFORE_ENTRY)}]*(?:{_alternation(list(headings))})\s*:(?!\d)", re.IGNORECASE)


def notice_item(
    text: str, sentence: Span, date: Span, dates: list[Span], clock: frozenset[Span], lang: str | None
) -> tuple[bool, Span | None]:
    """Whether `sentence` is a notice's schedule line ("Termine: 28. September, Premiere, 20 Uhr sowie am 29.
    September, jeweils 20 Uhr, Einführung, 29. September, 19 Uhr"), and the item `date` belongs to there: None
    when its dates have none. The line runs in alternating runs of dates (with numbers, marks and joining words)
    and of items. A run of times of day alone (`clock`) is the time of the item before it ("Premiere, 20 Uhr"),
    and a coordinator splits such a time from the days after it ("20 Uhr sowie am 29. September"). A run with a
    day heads the item after it unless another day follows that item, which then is that day's ("jeweils 20 Uhr,
    Einführung, 29. September": the item is the 29th's); else the item before it, unless a run of dates stands
    there."""
    heading = _notice_heading(lang)
    found = heading.match(text, sentence[0]) if heading else None
    if found is None:
        return False, None
    joiners = _joiners(lang) | _distributives(lang)
    coordinators = rules(lang).coordinators
    tokens = list(TOKEN.finditer(text, found.end(), sentence[1]))
    # a date, a number or a mark; a joining word when one follows it ("am 3.", not "mit der Autorin")
    marks = [bool(_dates_in(dates, token.start(), token.end()) or _NUMBER_OR_MARK.fullmatch(token.group()))
             for token in tokens]
    for number in range(len(tokens) - 2, -1, -1):
        marks[number] = marks[number] or marks[number + 1] and _bare(tokens[number].group()).lower() in joiners
    runs: list[tuple[bool, list[re.Match[str]]]] = []  # (of dates?, tokens)
    for token, dated in zip(tokens, marks):
        days_before = runs and runs[-1][0] and any(
            span not in clock for match in runs[-1][1] for span in _dates_in(dates, match.start(), match.end()))
        if dated and runs and runs[-1][0] and not days_before and _bare(token.group()).lower() in coordinators \
                and any(_dates_in(dates, match.start(), match.end()) for match in runs[-1][1]):
            runs.append((True, [token]))  # "20 Uhr | sowie am 29. September": the time closes the item before
        elif runs and runs[-1][0] == dated:
            runs[-1][1].append(token)
        else:
            runs.append((dated, [token]))

    def has_day(index: int) -> bool:
        return 0 <= index < len(runs) and runs[index][0] and any(
            span not in clock for match in runs[index][1] for span in _dates_in(dates, match.start(), match.end()))

    def item(index: int) -> Span | None:
        if not 0 <= index < len(runs) or runs[index][0]:
            return None
        start, end = runs[index][1][0].start(), runs[index][1][-1].end()
        while end > start and text[end - 1] in ",;.":
            end -= 1
        return (start, end) if _has_content_words(text[start:end], lang, 1) else None

    at = next((index for index, (dated, tokens) in enumerate(runs)
               if dated and tokens[0].start() <= date[0] and date[1] <= tokens[-1].end()), None)
    if at is None:
        return True, None
    if not has_day(at):
        return True, item(at - 1) or item(at + 1)
    if item(at + 1) is not None and not has_day(at + 2):
        return True, item(at + 1)
    return True, item(at - 1)
