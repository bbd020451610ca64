"""Sentence boundaries, as character spans into the text.

A sentence ends at . ! ? (optionally followed by closing quotes) before whitespace and an upper-case letter (of
any Latin, Greek or Cyrillic alphabet: "À Paris", "Éric"), a digit or an opening quote (also the typewriter's
"``"), or at a line break. A full stop after an initial ("J. Smith"; not a lower-case letter after an apostrophe,
which ends a shortened word: "than Mao's.", "won't.") or an abbreviation listed in any language's `[sentences]
abbreviations` (`resources/<lang>/events.toml`), or a compound ending in one of its `abbreviation_endings`
("Bahnhofstr. 3"), ends none: one language's abbreviation rarely ends another's sentence. Nor does one after a number that may be an ordinal ("19. Juni", but not the minutes of a clock
time: "vers 21 h 45. Il", "um 14:30. Dann"), unless an article or pronoun follows ("from August 6. This will").
Whether a number may be an ordinal depends on the language (`[sentences] ordinal_stop`: German writes "3.", English
"3rd"), so that "sales fell until May 30. Prices rose" is two sentences in English; a text of unknown language
keeps every number's stop. The tagger and the event layer split a text with the same language, so they agree.
A "sentence" longer than MAX_SENTENCE_CHARS (a list without full stops, a paste with no punctuation) is cut at
whitespace into pieces of at most that length: every reader of a sentence (tense cues, clauses, labels, the
`sentence` column) then works on bounded pieces, so that time and memory stay linear in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .event_resources import available, load

# Longer than any sentence of the development corpora (734 characters); a longer run is no sentence to read.
MAX_SENTENCE_CHARS = 1000

_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽΑ-ΩА-ЯЁ"
# Closing quotes may follow the stop, a French guillemet after a space ("le coup. » Pendant"), and an opening one
# before a space may open the next sentence ("en juin. « Nous").
_BOUNDARY = re.compile(rf"(?<=[.!?])(?:[\"'”“»«)]|\s»(?=\s))*(?P<gap>\s+)(?=(?:``|«\s|[\"'„“»«(])?[{_CAPITAL}0-9])|\n+")


@lru_cache(maxsize=8)
def _no_split_before(ordinals: bool) -> re.Pattern[str]:
    words: set[str] = set()
    endings: set[str] = set()
    for lang in available():
        words |= set(load(lang).get("sentences", {}).get("abbreviations", []))
        endings |= set(load(lang).get("sentences", {}).get("abbreviation_endings", []))
    listed = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    # a compound ending in an abbreviation ("Speckbacherstr. 24"); none listed: a pattern that matches nothing
    compounds = "|".join(re.escape(ending) for ending in sorted(endings, key=len, reverse=True)) or "(?!)"
    # A number ending a clock time ("21 h 45.", "um 14:30.") is no ordinal: its full stop may end the sentence.
    ordinal = r"(?<!\d h )(?<!\dh )(?<!\dh)(?<!:)\b\d{1,2}|" if ordinals else ""
    # A lower-case letter after an apostrophe ends a word shortened by elision ("Mao's.", "won't.", "geht's.",
    # "il l'a."), never an initial: its full stop may end the sentence.
    return re.compile(rf"(?:{ordinal}\b(?:(?<![\'’])[^\W\d_]|[{_CAPITAL}])|\b(?:{listed})|[^\W\d_](?:{compounds}))\.$")


def _writes_ordinal_stops(lang: str | None) -> bool:
    """Whether a number and a full stop may be an ordinal in `lang`; in a text of unknown language, it may."""
    if lang in available():
        return bool(load(lang)["sentences"]["ordinal_stop"])
    return any(load(code)["sentences"]["ordinal_stop"] for code in available())


@lru_cache(maxsize=1)
def _sentence_openers() -> re.Pattern[str]:
    """An article or pronoun of any language, capitalized: after a number and its stop ("August 6. This will",
    "Jan. 24. The") it starts a sentence, since no ordinal is followed by one."""
    words: set[str] = set()
    for lang in available():
        labels = load(lang)["labels"]
        words |= {word for word in labels["determiners"] + labels["pronouns"] if word.isalpha() and len(word) > 1}
    listed = "|".join(re.escape(word.capitalize()) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"[\"'„“»«(]?(?:{listed})\b")


@lru_cache(maxsize=4)  # the tagger and the event describer split the same text one after the other
def sentence_spans(text: str, lang: str | None = None) -> tuple[tuple[int, int], ...]:
    """Spans (start, end) of the sentences in `text` (written in `lang`, None when unknown), whitespace trimmed,
    covering every non-blank character."""
    spans: list[tuple[int, int]] = []
    start = 0
    no_split, openers = _no_split_before(_writes_ordinal_stops(lang)), _sentence_openers()
    for boundary in _BOUNDARY.finditer(text):
        if "\n" not in boundary.group() and no_split.search(text[max(0, boundary.start() - 12):boundary.start()]) \
                and not (text[boundary.start() - 2].isdigit() and openers.match(text, boundary.end())):
            continue
        # the closing quotes after the stop end the sentence they close
        _append(text, start, boundary.start("gap") if boundary.group("gap") else boundary.start(), spans)
        start = boundary.end()
    _append(text, start, len(text), spans)
    return tuple(spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        # Too long to be a sentence: cut at the last blank in the second half of the limit, else at the limit.
        cut = start + MAX_SENTENCE_CHARS
        while cut > start + MAX_SENTENCE_CHARS // 2 and not text[cut].isspace():
            cut -= 1
        if not text[cut].isspace():
            cut = start + MAX_SENTENCE_CHARS
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
