"""Language packs: the data the tagger engine reads (resources/<code>/dates.toml), compiled once per language.

A pack holds
- tables: words and their normalized values (month names -> 1..12, "gestern" -> -1, "Jahre" -> "Y", ...).
  A table whose name ends in `_cs` is matched case-sensitively ("morgen" tomorrow vs "Morgen" morning) and feeds
  the table of the same name without the suffix.
- macros: named regex snippets, written `{NAME}` in patterns (upper case).
- rules: a regex `pattern` with named groups whose names say what they hold (year, month, day, weekday, num,
  unit, rel, dayrel, part, hour, minute, ampm, season, quarter, half, week, decade, century, mod, ref, ...),
  a `kind` saying how to normalize them (see normalize.py), and optional fixed attributes (value template, type,
  direction, defaults). `{table}` in a pattern stands for the alternation of that table's words.
- tense cues: words and patterns that mark a clause as past or future.
- trigger: the tables whose words anchor every rule ("Juni", "gestern", "Jahre"), plus pattern words that no
  table holds ("Vortag"), and patterns for an anchor inside a word ("achttägig"); rules run only on sentences
  with a digit or such a word.
A language's pack is one directory, `resources/<code>/`: the tagger's `dates.toml`, read here, and the event
layer's `events.toml` (event_resources.py). Adding a language is adding such a directory; the engine has no
language-specific code. The file is checked when read (`validate`): a misspelt section, key or table name, a value
of the wrong kind, a rule pattern that does not compile or a rule kind normalize.py cannot read is a ResourceError
naming the file and the key or rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .day_names import DayNames, build_day_names
from .resource_schema import (
    FLAG,
    INTEGER,
    LANGUAGE_CODE,
    NUMBER,
    PATTERNS,
    TEXT,
    VALUES,
    WORDS,
    ResourceError,
    fits,
    pack_languages,
    read_toml,
)
from .rule_filters import first_characters, required_words

RESOURCES = Path(__file__).with_name("resources")  # a directory per language: <code>/dates.toml, <code>/events.toml
DATES = "dates.toml"  # the tagger's file of a language's directory
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    type: str = ""
    value: str = ""
    direction: int = 0
    mod: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.9
    # The characters a match can start with, and the words (case-folded) one of which it must contain
    # (see rule_filters.py); None: not known, the rule runs everywhere.
    first: re.Pattern[str] | None = None
    needs: re.Pattern[str] | None = None


@dataclass
class LanguagePack:
    code: str
    tables: dict[str, dict[str, Any]]
    rules: list[Rule]
    past: re.Pattern[str] | None
    future: re.Pattern[str] | None
    # Participles mark the past only in a clause without a passive auxiliary ("wird am Sonntag gewählt").
    participle: re.Pattern[str] | None = None
    passive: re.Pattern[str] | None = None
    # A plan of the writer's own time, said in the present ("is due to", "soll", "est prévu"): a future cue that
    # holds even in a text telling a past story, whose future cues are mostly the story's own ("wird").
    plan: re.Pattern[str] | None = None
    # The date's own verb, whose tense outweighs a nearer cue of another clause: a cue separated from the date
    # only by what `cue_gap` matches whole ("died on Tuesday", "said Friday"), a declined participle right after
    # it that makes the date part of an attribute opened before it (`past_attribute`, `attribute_opening`: "der
    # am Dienstag verstorbene"), or the nearest cue between a relative pronoun opening the date's clause and the
    # date ("who was arrested in Paris on Tuesday").
    cue_gap: re.Pattern[str] | None = None
    past_attribute: re.Pattern[str] | None = None
    attribute_opening: re.Pattern[str] | None = None
    relative: re.Pattern[str] | None = None
    # A preposition that counts from a time before the telling ("seit Montag", "since Friday", "depuis mardi"): the
    # date is past whatever the clause's verb ("Seit Montag campieren Demonstranten dort" is no coming Monday).
    since: re.Pattern[str] | None = None
    # A word that opens the time a state starts from ("ab 1. Juli", "effective Sept. 1", "à partir du 1er
    # juillet"), in a clause with no tense cue: a state that starts on a date may have started a while ago or start
    # soon ("ab 3. November telefonisch"), so news' lean to the past (a day ahead counting double: the historic
    # present of "Fire destroys barn on Sunday") does not hold; a weekday after it is the coming one.
    onset: re.Pattern[str] | None = None
    # A verb of calling or scheduling (`appointing`, with its auxiliary: "has called", "hat ... aufgerufen", "a
    # fixé") and a preposition naming its target (`target`: "for", "für", "pour") before the date in its clause:
    # the call lies in the past, the date it names ahead of it ("Verdi hat für Donnerstag zu Warnstreiks
    # aufgerufen", "The court set the hearing for May 12"). The verb's own past cues do not date the date; another
    # past cue still does ("had called a strike for Thursday", "the strike called for Thursday went ahead"), and
    # with none left the date is read as an onset, without news' lean to the past.
    target: re.Pattern[str] | None = None
    appointing: re.Pattern[str] | None = None
    # The future of a past telling ("said the law would take effect in July"): the date lies after the saying, a
    # few days before the telling, so a month or a year is the coming one. A weekday, which lies within those days
    # either way, does not take it; nor does the event layer (a date of a noun after "would follow" is that noun's).
    reported_future: re.Pattern[str] | None = None
    trigger: re.Pattern[str] | None = None  # a digit or an anchor word: a sentence without one holds no date
    # Words before a year that make it the bound of a span ("bis 1881", "since 1990"): the text does not move there.
    span_bound: re.Pattern[str] | None = None
    range_joiner: re.Pattern[str] | None = None  # what stands between the two ends of a range, whole
    list_joiner: re.Pattern[str] | None = None  # what stands between two days of a list ("May 4 and 5"), whole
    # Words joining a name to the year that dates it ("die Verfassung von 1917", "the Treaty of 1818"): the year
    # tells which thing is meant, not when the story is.
    name_date: re.Pattern[str] | None = None
    # The present tells what lies ahead where the language says the future so ("am Montag fahre ich"): a weekday
    # in a sentence without any past cue is read as the coming one, not as the past news usually tell.
    present_is_future: bool = False
    # Compound numbers ("twenty-five", "fünfundzwanzig"): groups `tens` and `units`, read as their sum.
    compounds: tuple[re.Pattern[str], ...] = ()
    # When a weekday is part of a name ("Patch Tuesday"): see day_names.py; None: the language needs no such rule.
    day_names: DayNames | None = None
    # A report of a game: words of play, how many different ones make a text one, and the rules whose matches are
    # then the game's periods ("in the second half"), no half or quarter of a year, unless they name a year.
    game_cues: re.Pattern[str] | None = None
    game_min_cues: int = 0
    game_rules: frozenset[str] = frozenset()

    def lookup(self, table: str, word: str) -> Any:
        """The table's value for a matched word (case-insensitive, trailing dots and spaces ignored)."""
        entries = self.tables.get(table, {})
        key = " ".join(word.lower().rstrip(".").split())
        found = entries.get(key)
        if found is None and table == "number":
            for compound in self.compounds:
                match = compound.fullmatch(word.strip())
                if match:
                    return self.lookup("number_tens", match["tens"]) + self.lookup("number_units", match["units"])
        return found


def _alternation(words: list[str], case_sensitive: bool) -> str:
    """Table words as a regex; without case sensitivity each word also matches lower, Capitalized and UPPER case."""
    variants = set(words)
    if not case_sensitive:
        title = lambda w: " ".join(part[:1].upper() + part[1:] for part in w.lower().split(" "))  # noqa: E731
        # ...and as written with a capital first letter: "lundi de Pâques" opening a sentence.
        variants |= {v for w in words for v in (w.lower(), w[:1].upper() + w[1:].lower(), title(w), w.upper(),
                                                 w[:1].upper() + w[1:])}
    # Longest first, so that "Januar" wins over "Jan"; whitespace in a table word matches any whitespace run.
    ordered = sorted(variants, key=lambda w: (-len(w), w))
    body = "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)
    return f"(?:{body})"


def _fold_literals(pattern: str) -> str:
    """Make the letters a pattern spells out match either case, except inside (?-i:...) and [...].

    Rules are compiled case-sensitively because Python's re scans many times faster that way; this keeps
    literal words ("vor", "Uhr") case-insensitive as written in the resource files.
    """
    out: list[str] = []
    sensitive_depths: list[int] = []
    depth = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            width = {"x": 4, "u": 6, "U": 10}.get(pattern[i + 1 : i + 2], 2)
            out.append(pattern[i : i + width])
            i += width
            continue
        if char == "[":
            end = i + 1
            if pattern[end : end + 1] == "^":
                end += 1
            if pattern[end : end + 1] == "]":
                end += 1
            while end < len(pattern) and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            if end >= len(pattern):
                raise re.error("unterminated character set", pattern, i)
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        if char == "{":
            end = pattern.find("}", i)
            if end < 0:
                raise re.error("'{' without '}'", pattern, i)
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        if char == "(":
            depth += 1
            opening = re.match(r"\(\?(?:P<\w+>|<[=!]|[=!:]|-i:|i:)?", pattern[i:])
            if opening is None:  # the rules name what they capture, and capture nothing else
                raise re.error("a group must be (?:...) or (?P<name>...)", pattern, i)
            header = opening.group()
            if header == "(?-i:":
                sensitive_depths.append(depth)
            out.append(header)
            i += len(header)
            continue
        if char == ")":
            if sensitive_depths and sensitive_depths[-1] == depth:
                sensitive_depths.pop()
            depth -= 1
        if char.isalpha() and char.lower() != char.upper() and not sensitive_depths:
            out.append(f"[{char.lower()}{char.upper()}]")
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _expand(pattern: str, alternations: dict[str, str], macros: dict[str, str], where: str,
            within: tuple[str, ...] = ()) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in within:
            raise ValueError(f"{where}: macro {{{name}}} names itself through {' -> '.join(within)}")
        if name in macros:
            return _expand(macros[name], alternations, macros, where, (*within, name))
        if name in alternations:
            return alternations[name]
        raise ValueError(f"{where}: {{{name}}} names no table or macro")

    return _PLACEHOLDER.sub(replace, _fold_literals(pattern))


def build_pack(code: str, data: dict[str, Any]) -> LanguagePack:
    raw_tables: dict[str, dict[str, Any]] = data.get("tables", {})
    tables: dict[str, dict[str, Any]] = {}
    alternations: dict[str, str] = {}
    for name, entries in raw_tables.items():
        case_sensitive = name.endswith("_cs")
        base = name[:-3] if case_sensitive else name
        tables.setdefault(base, {}).update({" ".join(k.lower().split()): v for k, v in entries.items()})
        alternations[name] = _alternation(list(entries), case_sensitive)
    for base in tables:  # {month} covers month and month_cs together
        parts = [alternations[n] for n in (base, base + "_cs") if n in alternations]
        alternations[base] = "(?:" + "|".join(parts) + ")" if len(parts) > 1 else parts[0]
    macros: dict[str, str] = data.get("macros", {})
    compounds = tuple(re.compile(_expand(pattern, alternations, macros, "[numbers] compound"))
                      for pattern in data.get("numbers", {}).get("compound", []))
    if compounds:  # {number} also matches the compounds, longest first
        forms = [_NAMED_GROUP.sub("(?:", compound.pattern) for compound in compounds]
        alternations["number"] = "(?:" + "|".join([*forms, alternations["number"]]) + ")"
    rules = []
    for index, spec in enumerate(data.get("rules", [])):
        name = spec.get("name", f"rule{index}")
        body = _expand(spec["pattern"], alternations, macros, f"[[rules]] {name!r}")
        regex = re.compile(r"(?<![\w])(?:" + body + r")(?![\w])")
        rules.append(
            Rule(
                name=name,
                kind=spec["kind"],
                regex=regex,
                type=spec.get("type", ""),
                value=spec.get("value", ""),
                direction=spec.get("direction", 0),
                mod=spec.get("mod", ""),
                defaults=spec.get("defaults", {}),
                confidence=spec.get("confidence", 0.9),
                first=first_characters(body),
                needs=required_words(body),
            )
        )
    tense = data.get("tense", {})
    trigger = data.get("trigger", {})
    trigger_words = [word for name in trigger.get("tables", []) for word in raw_tables[name]]
    trigger_words += trigger.get("words", [])
    # A word whose anchor sits inside it ("achttägig") is found by a pattern, not by a word start.
    trigger_patterns = "".join(f"|{pattern}" for pattern in trigger.get("patterns", []))
    return LanguagePack(
        code=code,
        tables=tables,
        rules=rules,
        past=_tense_pattern(tense.get("past", []), tense.get("past_patterns", [])),
        future=_tense_pattern(tense.get("future", []), tense.get("future_patterns", [])),
        participle=_tense_pattern([], tense.get("participle_patterns", [])),
        passive=_tense_pattern(tense.get("passive_auxiliaries", []), []),
        plan=_tense_pattern(tense.get("plan", []), []),
        cue_gap=_tense_pattern([], tense.get("cue_gap_patterns", [])),
        past_attribute=_tense_pattern([], tense.get("past_attribute_patterns", [])),
        attribute_opening=_tense_pattern([], tense.get("attribute_opening_patterns", [])),
        relative=_tense_pattern(tense.get("relative_pronouns", []), []),
        reported_future=_tense_pattern([], tense.get("reported_future_patterns", [])),
        since=_preposition_before(tense.get("since_prepositions", [])),
        onset=_preposition_before(tense.get("onset_prepositions", [])),
        target=_preposition_before(tense.get("target_prepositions", [])),
        appointing=_tense_pattern([], tense.get("appointing_patterns", [])),
        present_is_future=bool(tense.get("present_is_future", False)),
        trigger=(re.compile(r"\d|(?<!\w)" + _alternation(trigger_words, False) + trigger_patterns)
                 if trigger_words else None),
        compounds=compounds,
        span_bound=(re.compile(r"(?<!\w)" + _alternation(list(raw_tables["span_bound"]), False) + r"\s+$")
                    if raw_tables.get("span_bound") else None),
        name_date=(re.compile(r"(\w+)\s+" + _alternation(list(raw_tables["name_date"]), False) + r"\s+$")
                   if raw_tables.get("name_date") else None),
        range_joiner=(re.compile(r"\s*(?:" + _alternation(list(raw_tables["range_joiner"]), False) + r")\s*")
                      if raw_tables.get("range_joiner") else None),
        list_joiner=(re.compile(r"\s*(?:" + _alternation(list(raw_tables["list_joiner"]), False) + r")\s*")
                     if raw_tables.get("list_joiner") else None),
        day_names=build_day_names(data.get("day_names", {}), tables, alternations.get("weekday", "(?!)")),
        game_cues=(re.compile(r"(?<!\w)" + _alternation(game["cues"], False) + r"(?!\w)")
                   if (game := data.get("game", {})).get("cues") else None),
        game_min_cues=int(game.get("min_cues", 0)),
        game_rules=frozenset(game.get("rules", ())),
    )


def _preposition_before(words: list[str]) -> re.Pattern[str] | None:
    """One of `words` ending the text searched, right before an expression ("seit ", "effective "); None without
    words."""
    return re.compile(r"(?<!\w)" + _alternation(words, False) + r"\s+$", re.IGNORECASE) if words else None


def _tense_pattern(words: list[str], patterns: list[str]) -> re.Pattern[str] | None:
    parts = []
    if words:
        parts.append(r"(?<!\w)" + _alternation(words, False) + r"(?!\w)")
    parts.extend(f"(?:{p})" for p in patterns)
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def available_languages() -> list[str]:
    return list(_packs())


@cache
def _packs() -> tuple[str, ...]:
    """The languages with a tagger's pack: the directories of RESOURCES named as a language code that hold a
    dates.toml."""
    return pack_languages(RESOURCES, DATES)


@cache
def _dateparser_codes() -> frozenset[str]:
    try:
        from dateparser.data.languages_info import language_order
    except ImportError:  # dateparser is a core requirement; without it only the packs' languages are known
        return frozenset()
    return frozenset(code for code in language_order if LANGUAGE_CODE.fullmatch(code))


@cache
def _identifier_codes() -> frozenset[str]:
    from .langid import language_codes

    return frozenset(language_codes())


def check_language(code: object) -> str:
    """`code` when it is a known language code, else a ValueError naming it.

    Known: a language with a pack here, one dateparser reads (the fallback tagger), or one the language
    identifier can answer (so that a detected code is always accepted). The code is checked against these
    lists only: it is never used to build a file path before it has been found in them.
    """
    if isinstance(code, str) and LANGUAGE_CODE.fullmatch(code):
        if code in _packs() or code in _dateparser_codes() or code in _identifier_codes():
            return code
    shown = repr(code[:40] + "…" if isinstance(code, str) and len(code) > 40 else code)
    raise ValueError(f"unknown language code {shown}: give an ISO 639 code in lower case, such as 'de', 'en' or 'fr'")


def known_language(code: str) -> bool:
    """Whether the tagger can read language `code`: it has a pack, or dateparser a locale for the fallback.
    Narrower than `check_language`, which also lets through the codes the language identifier may answer
    (texts in those languages give no rows, so a user who names one is told)."""
    return bool(LANGUAGE_CODE.fullmatch(code)) and (code in _packs() or code in _dateparser_codes())


# What a pack may hold (section -> key -> kind; "*": any key, such as a table's or a macro's name). Every key is
# optional; a section or key not named here is an error, so that a misspelt one is not silently ignored.
SECTIONS: dict[str, dict[str, str]] = {
    "meta": {"name": TEXT},
    "tables": {"*": VALUES},
    "macros": {"*": TEXT},
    "numbers": {"compound": WORDS},
    "tense": {"past": WORDS, "past_patterns": PATTERNS, "future": WORDS, "future_patterns": PATTERNS,
              "participle_patterns": PATTERNS, "passive_auxiliaries": WORDS, "plan": WORDS,
              "cue_gap_patterns": PATTERNS, "past_attribute_patterns": PATTERNS,
              "attribute_opening_patterns": PATTERNS, "relative_pronouns": WORDS,
              "present_is_future": FLAG, "since_prepositions": WORDS, "onset_prepositions": WORDS,
              "target_prepositions": WORDS, "appointing_patterns": PATTERNS,
              "reported_future_patterns": PATTERNS},
    "trigger": {"tables": WORDS, "words": WORDS, "patterns": PATTERNS},
    "day_names": {"not_modifiers": WORDS, "not_modifier_tables": WORDS, "object_markers": WORDS},
    "game": {"cues": WORDS, "min_cues": INTEGER, "rules": WORDS},
}
# The fields of a [[rules]] table (see Rule); a rule must have a pattern and a kind.
RULE_FIELDS: dict[str, str] = {"name": TEXT, "pattern": TEXT, "kind": TEXT, "type": TEXT, "value": TEXT,
                               "direction": INTEGER, "mod": TEXT, "defaults": VALUES, "confidence": NUMBER}


def validate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """`data` if `build_pack` can compile it as meant, else a ResourceError naming the file and the key
    ("timeline/resources/xx/dates.toml: [[rules]] 'date_dmy' (rule 12): pattern is no valid regular expression
    (…)")."""
    from .normalize import KINDS, group_table  # imported here: normalize reads the Rule and LanguagePack above

    for section, value in data.items():
        keys = SECTIONS.get(section)
        if section == "rules":
            if not isinstance(value, list) or not all(isinstance(spec, dict) for spec in value):
                raise ResourceError(f"{path}: [[rules]] must be a list of tables")
        elif keys is None:
            raise ResourceError(f"{path}: unknown section [{section}] (known: rules, {', '.join(SECTIONS)})")
        elif not isinstance(value, dict):
            raise ResourceError(f"{path}: [{section}] must be a table")
        else:
            for key, item in value.items():
                kind = keys.get(key, keys.get("*"))
                if kind is None:
                    raise ResourceError(f"{path}: [{section}] unknown key {key} (known: {', '.join(keys)})")
                if not fits(item, kind):
                    raise ResourceError(f"{path}: [{section}] {key} must be {kind}")
    tables, macros = data.get("tables", {}), data.get("macros", {})
    # A placeholder names a table as written ("month_cs") or the table it feeds ("month"), or a macro.
    names = {*tables, *(name.removesuffix("_cs") for name in tables)}
    stand_ins = dict.fromkeys(names, "(?:x)")  # each table as one word: its words are escaped when the pack is built

    def expand(pattern: str, where: str) -> re.Pattern[str]:
        """The pattern as build_pack expands and compiles it, with each table as one word."""
        try:
            return re.compile(_expand(pattern, stand_ins, macros, where))
        except re.error as error:
            raise ResourceError(f"{path}: {where}: pattern is no valid regular expression ({error})") from error
        except ValueError as error:  # a placeholder that names nothing
            raise ResourceError(f"{path}: {error}") from error

    for macro in macros:
        expand(macros[macro], f"[macros] {macro}")
    for index, pattern in enumerate(data.get("numbers", {}).get("compound", [])):
        if not {"tens", "units"} <= set(expand(pattern, f"[numbers] compound {index + 1}").groupindex):
            raise ResourceError(f"{path}: [numbers] compound {index + 1} must have groups tens and units")
    if data.get("numbers", {}).get("compound") and not {"number", "number_tens", "number_units"} <= names:
        raise ResourceError(f"{path}: [numbers] compound needs [tables.number], [tables.number_tens] and "
                            "[tables.number_units]")
    rule_names: set[str] = set()
    for index, spec in enumerate(data.get("rules", [])):
        # Counted from 1, as a reader counts the file's [[rules]] tables.
        where = f"[[rules]] {spec['name']!r} (rule {index + 1})" if "name" in spec else f"[[rules]] rule {index + 1}"
        for key, item in spec.items():
            if key not in RULE_FIELDS:
                raise ResourceError(f"{path}: {where}: unknown field {key} (known: {', '.join(RULE_FIELDS)})")
            if not fits(item, RULE_FIELDS[key]):
                raise ResourceError(f"{path}: {where}: {key} must be {RULE_FIELDS[key]}")
        for key in ("pattern", "kind"):
            if key not in spec:
                raise ResourceError(f"{path}: {where}: {key} is missing (it must be {RULE_FIELDS[key]})")
        if spec["kind"] not in KINDS:
            raise ResourceError(f"{path}: {where}: kind {spec['kind']!r} is none of {', '.join(sorted(KINDS))}")
        for group in expand(spec["pattern"], where).groupindex:
            table = group_table(group)
            if table is not None and table not in names:
                raise ResourceError(f"{path}: {where}: group {group} has no table [tables.{table}] to read it with")
        rule_names.add(spec.get("name", f"rule{index}"))  # as build_pack names it
    # Names of tables and rules that other sections refer to: one misspelt would silently match nothing.
    for section, key, known, what in (("trigger", "tables", tables, "table"),
                                      ("day_names", "not_modifier_tables", names, "table"),
                                      ("game", "rules", rule_names, "rule")):
        for name in data.get(section, {}).get(key, []):
            if name not in known:
                raise ResourceError(f"{path}: [{section}] {key}: {name!r} names no {what}")
    return data


@cache
def load_pack(code: str) -> LanguagePack | None:
    """The compiled pack for a language code, or None when the language has no directory with a dates.toml
    (ValueError for a code that is no known language code, see `check_language`). The pack is validated when read: a
    ResourceError names the file and the key at fault."""
    if check_language(code) not in _packs():
        return None
    path = RESOURCES / code / DATES
    return build_pack(code, validate(read_toml(path), path))


def pack_table(code: str | None, name: str) -> dict[str, Any]:
    """The table `name` of the tagger's pack for `code` ([tables.<name>]: "number", "unit" …), empty when there is
    no such pack or table: the event layer reads number words and units of time from here, not from a copy."""
    pack = load_pack(code) if code else None
    return pack.tables.get(name, {}) if pack is not None else {}
