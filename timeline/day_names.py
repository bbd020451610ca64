"""Weekdays that are part of a name ("Patch Tuesday", "Super Tuesday", "Black Friday"): no date of their own.

English names a recurring or historic day by a capitalised word before the weekday. News also writes a weekday
straight after a name as a date ("fighting in Tokyo Monday", "Clinton Saturday vowed"), so a weekday is read as
part of a name only when everything speaks for it (the pack's `[day_names]` section holds the words):
- the word before it is capitalised mid-sentence, in lower case otherwise (not an acronym such as "EST"), and
  is no date word the pack knows ("Last", "On", "Early": capitalised after a colon or a quote);
- that word is not the end of a longer name ("Czech Republic Friday", "Sam's Club Wednesday") nor the object
  of a preposition of place or company ("in Cleveland Friday", "against Washington Saturday"): temporal
  prepositions ("on Super Tuesday", "since Black Friday") and possessives ("last week's Patch Tuesday") do
  precede a day's name; in quotes ('"Patch Tuesday"') the phrase is a name whatever precedes it;
- the text writes that word capitalised nowhere else except before a weekday, where a capital tells (mid-
  sentence, outside a headline in title case): a place or a person is also named on its own;
- the line is not a headline in title case ("Apple Unveils New Phone Tuesday").
Languages that write such names as one word ("Aschermittwoch") or put the word after the weekday ("vendredi
saint") have no section: their named days are holidays in the pack's table, or compounds that are no weekday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line is a headline in title case when it has at least this many words of TITLE_WORD letters or more, and
# this share of them is capitalised (short function words stay in lower case in many styles: "of", "in").
TITLE_MIN_WORDS = 3
TITLE_WORD = 4
TITLE_SHARE = 0.75
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# "Patch", "Cyber"; not "EST", "IR", "McDonald" nor a possessive ("the Saints' Thursday game" is a date).
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
# The word before a position (and the spaces after it), within its line; looked for within WORD_REACH
# characters, so that a long line is not scanned again for each weekday on it.
_BEFORE = re.compile(r"(?:^|(?<=\s))(\S+)[ \t]+$")
WORD_REACH = 64
_SENTENCE_END = re.compile(r"[.!?:;\"“”‘'(\[—–-]$")
_QUOTES = "\"“‘'«"
_CAPITALISED_WORD = re.compile(r"(?<!\w)" + _CAPITALISED.pattern + r"(?!\w)")


@dataclass(frozen=True)
class DayNames:
    """What the engine needs to tell a day's name from a date: words that are never such a modifier (date words
    and words often capitalised after a colon or a quote), and words whose object is a place or a party
    (prepositions of place or company, verbs of meeting or telling)."""

    not_modifiers: frozenset[str]
    object_markers: frozenset[str]
    weekday: re.Pattern[str]  # a weekday after the modifier's space
    opening: re.Pattern[str]  # a match that opens with a weekday ("Tuesday night", not "last Tuesday")


def build_day_names(section: dict, tables: dict[str, dict], weekday_pattern: str) -> DayNames | None:
    if not section:
        return None
    words = {word.lower() for word in section.get("not_modifiers", [])}
    for table in section.get("not_modifier_tables", []):
        words |= {word.lower() for word in tables.get(table, {})}
    return DayNames(frozenset(words), frozenset(w.lower() for w in section.get("object_markers", [])),
                    re.compile(r"[ \t]+" + weekday_pattern + r"(?!\w)"), re.compile(weekday_pattern + r"(?!\w)"))


class DayNameReader:
    """Tells, in one text, which weekdays are part of a name. What it learns about the text (the words it names
    alone, which lines are headlines) is worked out once, so a text dense with weekdays stays linear."""

    def __init__(self, names: DayNames, text: str) -> None:
        self.names = names
        self.text = text
        self._headlines: dict[int, bool] = {}
        self._alone: set[str] | None = None

    def names_a_day(self, start: int) -> bool:
        """Whether the match at `start`, when it opens with a weekday, is part of a name (see the module's
        docstring)."""
        names, text = self.names, self.text
        if names.opening.match(text, start) is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        before = _BEFORE.search(text, max(line_start, start - WORD_REACH), start)
        if before is None:
            return False
        quoted = before.group(1)[:1] in _QUOTES  # a quoted capitalised phrase is a name: '"Patch Tuesday"'
        modifier = before.group(1).lstrip(_QUOTES)
        if _CAPITALISED.fullmatch(modifier) is None or modifier.lower() in names.not_modifiers:
            return False
        if not quoted:
            previous = _BEFORE.search(text, max(line_start, before.start() - WORD_REACH), before.start())
            if previous is None:  # the modifier opens its line (or follows no word of a sane length)
                return False
            word = previous.group(1)
            if _SENTENCE_END.search(word) or word[:1].isupper() or word.lower() in names.object_markers:
                return False
        return modifier not in self._named_alone() and not self._headline(line_start)

    def _named_alone(self) -> set[str]:
        """The capitalised words the text writes, somewhere, not before a weekday where a capital tells (mid-
        sentence, outside a headline in title case)."""
        if self._alone is None:
            self._alone = set()
            text, line_start = self.text, 0
            for found in _CAPITALISED_WORD.finditer(text):
                if found.group() in self._alone or self.names.weekday.match(text, found.end()) is not None:
                    continue
                line_start = max(line_start, text.rfind("\n", line_start, found.start()) + 1)
                if not _opens_a_sentence(text, line_start, found.start()) and not self._headline(line_start):
                    self._alone.add(found.group())
        return self._alone

    def _headline(self, line_start: int) -> bool:
        """Whether the line is a headline in title case: most of its longer words capitalised."""
        known = self._headlines.get(line_start)
        if known is None:
            line_end = self.text.find("\n", line_start)
            words = [w for w in _WORD.findall(self.text, line_start, len(self.text) if line_end < 0 else line_end)
                     if len(w) >= TITLE_WORD]
            capitalised = sum(w[:1].isupper() for w in words)
            known = self._headlines[line_start] = (len(words) >= TITLE_MIN_WORDS
                                                   and capitalised >= TITLE_SHARE * len(words))
        return known


def _opens_a_sentence(text: str, line_start: int, position: int) -> bool:
    """Whether only spaces, quotes or brackets stand between a sentence's end (or the line's start) and
    `position` (the scan back covers only the gap before the word)."""
    index = position - 1
    while index >= line_start and (text[index].isspace() or text[index] in _QUOTES or text[index] in "(["):
        index -= 1
    return index < line_start or text[index] in ".!?:;"
