"""The tagger's language packs (timeline/resources/<lang>/dates.toml) are validated when loaded: a malformed value is
a ResourceError naming the file and the key (or the rule), not a KeyError, a re.error or a rule that silently
matches nothing. A language is a directory of timeline/resources/ holding a dates.toml (and an events.toml)."""

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
EN = tomllib.loads((RESOURCES / "en" / "dates.toml").read_text(encoding="utf-8"))
FIRST_RULE = re.escape(f"[[rules]] {EN['rules'][0]['name']!r} (rule 1)")


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_the_shipped_packs_validate(lang):
    path = RESOURCES / lang / "dates.toml"
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
    path = tmp_path / "xx" / "dates.toml"
    path.parent.mkdir()
    path.write_text('[tables.month]\nmay = 5\n[[rules]]\nname = "month"\npattern = "{month}"\nkind = "date"\n')
    assert load_pack.__wrapped__("xx").rules[0].name == "month"
    path.write_text(path.read_text().replace('"{month}"', '"{month"'))
    with pytest.raises(ResourceError, match=re.escape(f"{path}: [[rules]] 'month' (rule 1): pattern is no valid")):
        load_pack.__wrapped__("xx")
    path.write_text("[tables.month]\nmay = \n")
    with pytest.raises(ResourceError, match=re.escape(f"{path}: not valid TOML (")):
        load_pack.__wrapped__("xx")


@pytest.fixture
def copied_resources(tmp_path, monkeypatch):
    """A copy of timeline/resources that the tagger's and the event layer's packs are read from, with their caches
    cleared before and after (the caches hold nothing read from the copy once the test is done)."""
    import shutil

    from timeline import event_resources

    root = tmp_path / "resources"
    shutil.copytree(RESOURCES, root)
    caches = (language._packs, language.load_pack, event_resources.available, event_resources._read,
              event_resources.load)

    def clear() -> None:
        for cached in caches:
            cached.cache_clear()

    monkeypatch.setattr(language, "RESOURCES", root)
    monkeypatch.setattr(event_resources, "_DIRECTORY", root)
    clear()
    yield root
    clear()


def test_a_new_language_is_a_directory_with_dates_and_events(copied_resources):
    """Adding a language is adding data: a directory `xx/` with a dates.toml and an events.toml (here English
    copied) is found by the tagger and the event layer; a directory with a dates.toml only has a tagger's pack
    and the union of the event packs; the calibration directory is never a language, not even with a dates.toml."""
    import shutil

    from timeline import event_resources
    from timeline.language import available_languages, check_language, known_language

    root = copied_resources
    assert available_languages() == ["de", "en", "fr"]
    assert event_resources.available() == ("de", "en", "fr")
    shutil.copytree(root / "en", root / "xx")
    (root / "yy").mkdir()
    shutil.copy(root / "en" / "dates.toml", root / "yy" / "dates.toml")
    shutil.copy(root / "en" / "dates.toml", root / "calibration" / "dates.toml")
    shutil.copy(root / "en" / "events.toml", root / "calibration" / "events.toml")
    for cached in (language._packs, event_resources.available):
        cached.cache_clear()

    assert available_languages() == ["de", "en", "fr", "xx", "yy"]
    assert event_resources.available() == ("de", "en", "fr", "xx")
    assert check_language("xx") == "xx" and known_language("yy")
    pack = load_pack("xx")
    assert pack is not None and pack.code == "xx"
    assert [rule.name for rule in pack.rules] == [rule.name for rule in load_pack("en").rules]
    assert event_resources.load("xx")["dct"]["months"] == pack.tables["month"]
    assert event_resources.load("xx")["labels"] == event_resources.load("en")["labels"]
    assert event_resources.load("yy") == event_resources.load(None)  # no events.toml: the union, as today
    assert (root / "calibration" / "confidence.toml").is_file()
    assert "calibration" not in available_languages() and "calibration" not in event_resources.available()


def test_the_calibration_directory_is_no_language():
    """The shipped resources: a directory per language, each with both files, and the calibration table apart."""
    from timeline import event_resources
    from timeline.language import available_languages

    directories = sorted(path.name for path in RESOURCES.iterdir() if path.is_dir())
    assert directories == ["calibration", "de", "en", "fr"]
    assert available_languages() == ["de", "en", "fr"] and event_resources.available() == ("de", "en", "fr")
    for lang in available_languages():
        assert (RESOURCES / lang / "dates.toml").is_file() and (RESOURCES / lang / "events.toml").is_file()
    assert not list(RESOURCES.glob("*.toml"))  # no pack left outside a language's directory
