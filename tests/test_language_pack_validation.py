"""The tagger's language packs (timeline/resources/<lang>.toml) are validated when loaded: a malformed value is a
ResourceError naming the file and the key (or the rule), not a KeyError, a re.error or a rule that silently
matches nothing."""

import copy
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline import language
from timeline.event_resources import ResourceError
from timeline.language import load_pack, validate

RESOURCES = Path(language.__file__).with_name("resources")
EN = tomllib.loads((RESOURCES / "en.toml").read_text(encoding="utf-8"))
FIRST_RULE = re.escape(f"[[rules]] {EN['rules'][0]['name']!r} (rule 1)")


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_the_shipped_packs_validate(lang):
    path = RESOURCES / f"{lang}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert validate(data, path) is data
    assert load_pack(lang) is not None


def _set(section: str, key: str, value: Any) -> Callable[[dict], None]:
    return lambda data: data.setdefault(section, {}).__setitem__(key, value)


def _rule(key: str, value: Any = None) -> Callable[[dict], None]:
    """Sets a field of the first rule, or deletes it (value None)."""
    def change(data: dict) -> None:
        if value is None:
            del data["rules"][0][key]
        else:
            data["rules"][0][key] = value
    return change


BROKEN = {
    "a table that is a string": (_set("tables", "month_cs", "January"),
                                 r"\[tables\] month_cs must be a table of numbers or strings"),
    "an unknown section": (_set("tabels", "month", {"may": 5}), r"unknown section \[tabels\]"),
    "an unknown key": (_set("tense", "pasts", ["was"]), r"\[tense\] unknown key pasts"),
    "a tense pattern that does not compile": (_set("tense", "past_patterns", ["(had"]),
                                              r"\[tense\] past_patterns must be a list of regular expressions"),
    "a flag that is a string": (_set("tense", "present_is_future", "yes"),
                                r"\[tense\] present_is_future must be true or false"),
    "a count that is a flag": (_set("game", "min_cues", True), r"\[game\] min_cues must be a whole number"),
    "a rule without pattern": (_rule("pattern"), FIRST_RULE + r": pattern is missing \(it must be a string\)"),
    "a rule without kind": (_rule("kind"), FIRST_RULE + r": kind is missing"),
    "a rule pattern that does not compile": (_rule("pattern", "(?P<year>\\d{4}"),
                                             FIRST_RULE + r": pattern is no valid regular expression \(missing \)"),
    "a plain group": (_rule("pattern", "(\\d{4})"), FIRST_RULE + r": pattern is no valid .*a group must be \(\?:"),
    "an unclosed character set": (_rule("pattern", "[0-9"), FIRST_RULE + r": pattern is no valid .*unterminated"),
    "a placeholder naming no table": (_rule("pattern", "{monht} \\d+"), FIRST_RULE + r": \{monht\} names no table"),
    "a kind the normalizer does not know": (_rule("kind", "dates"), FIRST_RULE + r": kind 'dates' is none of clock,"),
    "a direction that is no int": (_rule("direction", "1"), FIRST_RULE + r": direction must be a whole number"),
    "a confidence that is no number": (_rule("confidence", "high"), FIRST_RULE + r": confidence must be a number"),
    "an unknown rule field": (_rule("patern", "x"), FIRST_RULE + r": unknown field patern"),
    "a group with no table to read it": (_rule("pattern", "(?P<monht>{month})"),
                                         FIRST_RULE + r": group monht has no table \[tables.monht\]"),
    "a macro naming no table": (_set("macros", "BROKEN", "{nosuch}"), r"\[macros\] BROKEN: \{nosuch\} names no"),
    "a macro that names itself": (_set("macros", "LOOP", "x{LOOP}"), r"\[macros\] LOOP: macro \{LOOP\} names itself"),
    "a compound number without its groups": (_set("numbers", "compound", ["{number_tens}-{number_units}"]),
                                             r"\[numbers\] compound 1 must have groups tens and units"),
    "a trigger table that does not exist": (_set("trigger", "tables", ["mnth"]),
                                            r"\[trigger\] tables: 'mnth' names no table"),
    "a day-name table that does not exist": (_set("day_names", "not_modifier_tables", ["mnth"]),
                                             r"\[day_names\] not_modifier_tables: 'mnth' names no table"),
    "a game rule that does not exist": (_set("game", "rules", ["quarterr"]),
                                        r"\[game\] rules: 'quarterr' names no rule"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_pack_names_its_file_and_key(case, tmp_path):
    change, message = BROKEN[case]
    data = copy.deepcopy(EN)
    change(data)
    with pytest.raises(ResourceError, match=r"xx\.toml: " + message):
        validate(data, tmp_path / "xx.toml")


def test_a_nameless_rule_is_named_by_its_place(tmp_path):
    data = copy.deepcopy(EN)
    del data["rules"][2]["name"]
    data["rules"][2]["kind"] = "dates"
    with pytest.raises(ResourceError, match=r"xx\.toml: \[\[rules\]\] rule 3: kind 'dates'"):
        validate(data, tmp_path / "xx.toml")


def test_loading_a_broken_pack_names_its_path(tmp_path, monkeypatch):
    """The check runs where a pack is read (load_pack, uncached here), on the file's own path; TOML that does not
    parse is a ResourceError too."""
    monkeypatch.setattr(language, "RESOURCES", tmp_path)
    monkeypatch.setattr(language, "_packs", lambda: ("xx",))
    path = tmp_path / "xx.toml"
    path.write_text('[tables.month]\nmay = 5\n[[rules]]\nname = "month"\npattern = "{month}"\nkind = "date"\n')
    assert load_pack.__wrapped__("xx").rules[0].name == "month"
    path.write_text(path.read_text().replace('"{month}"', '"{month"'))
    with pytest.raises(ResourceError, match=re.escape(f"{path}: [[rules]] 'month' (rule 1): pattern is no valid")):
        load_pack.__wrapped__("xx")
    path.write_text("[tables.month]\nmay = \n")
    with pytest.raises(ResourceError, match=re.escape(f"{path}: not valid TOML (")):
        load_pack.__wrapped__("xx")
