"""Hostile and broken input stays harmless: any string extracts without an exception, every value is a valid
TIMEX3 value, language codes are checked before anything is looked up, and long or dense text is cut into
bounded pieces (speed itself is measured by benchmarks/adversarial_bench.py, not here)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.language import check_language, load_pack
from timeline.sentences import MAX_SENTENCE_CHARS, sentence_spans
from timeline.tagger import tag
from timeline.timex import interval_of, is_valid_value

FRAGMENTS = [
    "19. Juni 2024", "May", "Mai", "im Mai", "last week", "week 53", "KW 53 2021", "KW 52 9999", "Woche 53",
    "31.12.9999", "01.01.0001", "0001", "9999", "winter 9999", "Winter 9999", "for two weekends", "P1WE",
    "at 24:59", "um 24 Uhr", "2021-W53", "the 90s", "21st century", "Q4 2024", "tomorrow", "gestern", "mardi",
    "le 3 mars 2024", "zwei Jahre später", "Tags zuvor", "Pfingsten 9999", "Easter 1", "(", ")", ".", ", ",
    "\n", " ", "\u202e", "\u200f", "\u2066", "\x00", "\x1b", "\ufeff", "\ud800", "\udfff", "年", "月", "١٩",
]
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
ANY_CHARACTER = st.one_of(st.characters(), SURROGATES, st.sampled_from(["\u202e", "\u200f", "\x00", "\x85", "\u2028"]))
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHARACTER, max_size=4)), max_size=25).map("".join)


def _clean(text: str) -> str:
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=TEXTS,
    lang=st.sampled_from([None, "de", "en", "fr", "es"]),
    dct=st.sampled_from([None, "2024-06-19", "0001-01-01", "9999-12-31", "2021-01-03"]),
)
def test_any_text_extracts_with_valid_offsets_and_values(text, lang, dct):
    frame = timeline.extract(text, dct=dct, lang=lang)
    for row in frame.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert _clean(text[row.start:row.end]) == row.expression
        assert is_valid_value(row.type, row.value), row.value
        resolved = "X" not in row.value and not row.value.endswith("_REF")
        if row.type in ("DATE", "TIME") and resolved and row.value.startswith("BC"):
            assert row.year_start <= row.year_end, row.value  # before Christ: placed by year, as the frame does
        elif row.type in ("DATE", "TIME") and resolved:
            assert row.date_start <= row.date_end, row.value


@settings(max_examples=25, deadline=None)
@given(documents=st.lists(st.tuples(TEXTS, st.text(ANY_CHARACTER, max_size=6)), min_size=1, max_size=3))
def test_any_documents_extract_together(documents):
    docs = [timeline.Document(doc_id=f"{name}{i}", text=text, dct="2024-06-19", lang="en", title=name)
            for i, (text, name) in enumerate(documents)]
    frame = timeline.extract_documents(docs)
    assert all(is_valid_value(t, v) for t, v in zip(frame["type"], frame["value"]))


def test_lone_surrogates_become_replacement_characters_in_the_frame():
    text = "Am 19. Juni 2024\ud800 traf sich der Rat\udfff."
    frame = timeline.extract(text, dct="2024-06-19", lang="de", doc_id="a\ud800", title="t\udfff")
    assert frame["value"].tolist() == ["2024-06-19"]
    assert frame["sentence"][0] == _clean(text)  # one character for one: offsets still fit
    assert frame["doc_id"][0] == "a\ufffd" and frame["title"][0] == "t\ufffd"


@pytest.mark.parametrize("code", ["xx", "EN", "de-DE", "../de", "de/../../etc", "", " de", "d\x00", "a" * 500])
def test_unknown_language_code_is_a_clear_error_naming_it(code, monkeypatch):
    opened = []
    monkeypatch.setattr("pathlib.Path.open", lambda self, *a, **k: opened.append(self))
    with pytest.raises(ValueError, match="unknown language code") as error:
        load_pack(code)
    assert repr(code[:40])[1:-1] in str(error.value)
    assert opened == []  # the code never reached a file path


def test_unknown_language_code_fails_extract_but_known_ones_work():
    with pytest.raises(ValueError, match="'xx'"):
        timeline.extract("Am 19. Juni 2024.", lang="xx")
    assert check_language("de") == "de" and check_language("es") == "es"  # a pack; dateparser's fallback
    assert timeline.extract("El 5 de mayo de 2024 hubo elecciones.", dct="2024-06-19", lang="es")["value"].tolist() == [
        "2024-05-05"
    ]


@pytest.mark.parametrize(
    "timex_type, value",
    [("DATE", "2024-06-19"), ("DATE", "2024-06"), ("DATE", "2024"), ("DATE", "199"), ("DATE", "19"),
     ("DATE", "2024-SP"), ("DATE", "2024-Q1"), ("DATE", "2024-H2"), ("DATE", "2020-W53"), ("DATE", "2024-W25-WE"),
     ("DATE", "XXXX-WXX-2"), ("DATE", "XXXX-05"), ("DATE", "1998-10-XX"), ("DATE", "1989-QX"), ("DATE", "BC0490"),
     ("DATE", "PRESENT_REF"), ("TIME", "2024-06-19T18:00"), ("TIME", "2024-06-19TMO"), ("TIME", "XXXX-XX-XXTNI"),
     ("TIME", "2024-06-19T24:00"), ("DATE", "9999-WI"), ("DATE", "9999-W52"), ("DATE", "0001-W01"),
     ("DURATION", "P24Y"), ("DURATION", "PXDE"), ("DURATION", "P1WE"), ("DURATION", "PT5H"), ("DURATION", "P1YT2H"),
     ("DURATION", "P2.5Y"), ("SET", "XXXX-WXX-2"), ("SET", "P1W")],
)
def test_valid_values(timex_type, value):
    assert is_valid_value(timex_type, value)


@pytest.mark.parametrize(
    "timex_type, value",
    [("DATE", "2021-W53"), ("DATE", "2024-W00"), ("DATE", "0000-05"), ("DATE", "0000"), ("DATE", "10000"),
     ("DATE", "2024-13"), ("DATE", "2023-02-29"), ("DATE", "9999-W52-7"), ("TIME", "2024-06-19T24:59"),
     ("TIME", "2024-06-19T25:00"), ("DATE", "2024-"), ("DATE", ""), ("DATE", "P1Y"), ("DURATION", "P"),
     ("DURATION", "PT"), ("DURATION", "P1WEE"), ("DURATION", "P1"), ("DURATION", "2024"), ("SET", "sometimes"),
     ("OTHER", "2024")],
)
def test_invalid_values(timex_type, value):
    assert not is_valid_value(timex_type, value)


def test_periods_at_the_end_of_the_calendar_are_clamped():
    assert str(interval_of("9999-WI").end) == "9999-12-31 23:59:59"
    assert str(interval_of("9999-W52").end) == "9999-12-31 23:59:59"
    assert interval_of("2021-W53") is None


@pytest.mark.parametrize("dct", ["0001-01-01", "9999-12-31"])
def test_relative_dates_at_the_ends_of_the_calendar_give_valid_values_or_none(dct):
    text = "Last May and next winter, two years later, next week, the week after, last weekend, yesterday."
    frame = timeline.extract(text, dct=dct, lang="en")
    assert all(is_valid_value(t, v) for t, v in zip(frame["type"], frame["value"]))


def test_week_53_of_a_year_with_52_weeks_gives_no_row():
    assert [t.value for t in tag("in der KW 53 2020 und in der KW 53 2021", None, "de")] == ["2020-W53"]


def test_a_text_without_full_stops_is_read_in_bounded_sentences():
    text = ("the minister said on Monday that talks in May 2024 would resume and " * 200) + "x" * 3000
    spans = sentence_spans(text)
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    covered = "".join(text[start:end] for start, end in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")
    frame = timeline.extract(text, dct="2024-06-19", lang="en")
    assert frame["sentence"].str.len().max() <= MAX_SENTENCE_CHARS
    assert len(frame) == 400 and set(frame["value"]) == {"2024-06-17", "2024-05"}


def test_fallback_counting_past_year_1_gives_no_exception():
    # From the 100,000-input fuzz run: dateparser stepped before year 1 from a publication date of 0001-01-01.
    text = ("ᓎ\U0006a269𘱇\ude36\U00100385 \t ⽕ um 18 Uhr Weihnachtenઓ\x12\u0cc5\U0001ac81ⲝጮࢾ\u202e \U000d544a⟥"
            "\U00104453\x00tomorrow every Monday\u2066 \U0003ea31\x1aϿ\udcbb ⽒\ud9e0\n\x1a\U000ce1d7\x02 "
            "ࢷ⌖\U00062314 🙂 "
            "el 5 de mayo de 2024three years ago ໟ\U0004bd6cᗰ\x19 ")
    frame = timeline.extract(text, dct="0001-01-01", lang="ja")
    assert all(is_valid_value(t, v) for t, v in zip(frame["type"], frame["value"]))


def test_extraction_leaves_no_reference_cycles():
    """The pipeline pauses Python's cycle collector while it extracts (timeline.pipeline): that is only free if
    extraction makes no cycles, which would otherwise pile up until the collector runs again."""
    import gc

    from timeline.samples import load_samples

    documents = load_samples()
    assert gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for document in documents:
            timeline.extract(document.text, dct=document.dct, lang=document.lang)
        found = gc.collect()
    finally:
        gc.enable()
    assert found == 0
    assert gc.isenabled()


def test_the_cycle_collector_runs_again_after_extraction_and_stays_off_if_it_was_off():
    import gc

    timeline.extract("Am 3. März 2024 begann es.", lang="de")
    assert gc.isenabled()
    gc.disable()
    try:
        timeline.extract("Am 3. März 2024 begann es.", lang="de")
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es", "it"])
@pytest.mark.parametrize("dct", ["0001-01-01", "9999-12-31"])
def test_yearless_dates_at_the_ends_of_the_calendar(lang, dct):
    """A day without a year, in a text dated in year 1 or 9999, is read without an error (found by fuzzing: the
    year after 9999 and year 0 were tried as datetimes and raised)."""
    text = "el 3 de octubre, il 3 ottobre, am 3. Oktober, im Mai, le 3 mars, on May 3, the year-ago quarter."
    frame = timeline.extract(text, dct=dct, lang=lang)
    assert all(is_valid_value(kind, value) for kind, value in zip(frame["type"], frame["value"]))
    dated = frame[frame["type"].isin(["DATE", "TIME"])]
    assert len(dated) >= 1 and dated["year_start"].notna().all()  # each has its place, before Christ or after
