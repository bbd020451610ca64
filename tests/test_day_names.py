"""Weekdays that are part of a name ("Patch Tuesday") name no date; weekdays after a name ("in Tokyo Monday"),
after a date word, in headlines, and named days the packs know as holidays still do."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

DCT = date(2025, 11, 12)  # a Wednesday


def found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, lang)]


@pytest.mark.parametrize("text", [
    "The vendor shipped eleven fixes in its monthly Patch Tuesday bundle.",
    "Candidates spent heavily before Super Tuesday and the retailers hope for a busy Cyber Monday.",
    "Analysts feared the next Black Monday.",
    "Marchers recalled Bloody Sunday in a quiet procession.",
    "Shoppers queued for hours on Black Friday this year.",  # "this year" stays, the weekday goes
    "The clubs called it Derby Saturday, and the stadium was full.",
    "Critics of the \"Rebate Thursday\" campaign were loud.",
    "It followed last month's Patch Tuesday release.",
])
def test_a_weekday_in_a_name_is_no_date(text: str) -> None:
    assert not [value for _, value in found(text) if value.startswith("2025-11")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Last Tuesday the board met.", ("Last Tuesday", "2025-11-11")),
    ("He said: Last Tuesday was calm.", ("Last Tuesday", "2025-11-11")),
    ("On Friday the board met.", ("Friday", "2025-11-07")),
    ("Early Monday the storm hit.", ("Early Monday", "2025-11-10")),
    # A name before a weekday that the text also names alone, or after a preposition of place: a date.
    ("Fighting flared in Tokyo Monday. Tokyo is calm again.", ("Monday", "2025-11-10")),
    ("Protests spread in Greenhill Monday, police said.", ("Monday", "2025-11-10")),
    ("The Senate voted against Bolton Monday.", ("Monday", "2025-11-10")),
    ("President Ann Lee Monday signed the bill.", ("Monday", "2025-11-10")),
    ("He was traded to the Minnesota Hawks Monday.", ("Monday", "2025-11-10")),
    ("The Falcons' Monday game was called off.", ("Monday", "2025-11-10")),
])
def test_a_weekday_after_a_date_word_or_a_name_is_a_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_headline_in_title_case_keeps_its_weekday() -> None:
    text = "Apple Unveils New Phone Tuesday\nThe company showed the phone to reporters."
    assert ("Tuesday", "2025-11-11") in found(text)


def test_a_capital_at_a_sentence_start_or_in_a_headline_does_not_count_as_naming_the_word_alone() -> None:
    text = "Vendor Ships Emergency Patch For Browser\nIt came a week after Patch Tuesday. Patch cycles are monthly."
    assert not [value for _, value in found(text) if value.startswith("2025-11")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Shops closed on Good Friday.", "en", ("Good Friday", "2025-04-18")),
    ("Services were held on Ash Wednesday.", "en", ("Ash Wednesday", "2025-03-05")),
    ("Pancakes were served on Shrove Tuesday.", "en", ("Shrove Tuesday", "2025-03-04")),
    ("Les vitrines ont fermé le vendredi saint.", "fr", ("vendredi saint", "2025-04-18")),
    ("Le défilé de Mardi gras a attiré la foule.", "fr", ("Mardi gras", "2025-03-04")),
    ("Lundi de Pentecôte, les écoles ferment.", "fr", ("Lundi de Pentecôte", "2025-06-09")),
    ("Am Aschermittwoch sprach der Minister.", "de", ("Aschermittwoch", "2025-03-05")),
])
def test_named_days_the_packs_know_keep_their_holiday_value(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)
