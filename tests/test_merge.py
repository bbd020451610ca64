"""Merging the same event reported by several articles into one row; different events stay apart."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline import schema
from timeline.document import Document
from timeline.merge import merge_events, merge_groups
from timeline.pipeline import extract_documents
from timeline.timex import granularity_of, interval_of

ROOT = Path(__file__).resolve().parent.parent


def row(doc_id: str, start: int, expression: str, value: str, clause: str, *, lang: str = "de",
        timex_type: str = "DATE", actors: tuple[str, ...] = ()) -> dict:
    interval = interval_of(value) if timex_type in ("DATE", "TIME") else None
    return {
        "event_id": f"{doc_id}:{start}", "doc_id": doc_id, "title": doc_id, "lang": lang, "dct": "2024-06-19",
        "start": start, "end": start + len(expression), "expression": expression, "type": timex_type,
        "value": value, "granularity": granularity_of(timex_type, value),
        "date_start": interval.start if interval else None, "date_end": interval.end if interval else None,
        "label": clause.replace(expression, "").strip(), "clause": clause, "sentence": clause + ".",
        "sentence_start": start, "actors": list(actors), "anchor": "absolute", "confidence": 0.9, "sources": [doc_id],
    }


def test_same_event_in_two_languages_becomes_one_row():
    frame = schema.from_records([
        row("de", 10, "Mittwoch", "2024-06-19", "Kim Jong Un lobte am Mittwoch eine neue Allianz mit Russland",
            actors=("Kim Jong Un", "Russland")),
        row("en", 20, "Wednesday", "2024-06-19", "Kim Jong Un hailed a new alliance with Russia on Wednesday",
            lang="en", actors=("Kim Jong Un", "Russia")),
    ])
    merged = merge_events(frame)
    assert len(merged) == 1
    assert merged["sources"].iloc[0] == ["de", "en"]
    assert merged["event_id"].iloc[0] == "de:10"  # the first source's row stands for the event
    assert merged["actors"].iloc[0] == ["Kim Jong Un", "Russland", "Russia"]
    assert list(merged.columns) == list(schema.COLUMNS)
    assert merged.dtypes.to_dict() == schema.empty_frame().dtypes.to_dict()


def test_different_events_on_the_same_day_stay_apart():
    frame = schema.from_records([
        row("a", 10, "Mittwoch", "2024-06-19", "Am Mittwoch lobte Kim die neue Allianz mit Russland"),
        row("a", 90, "Mittwoch", "2024-06-19", "Am Mittwoch fand eine Begrüßungszeremonie auf dem Kim-Il-Sung-Platz statt"),
        row("b", 10, "Wednesday", "2024-06-19", "A welcome ceremony was held on Kim Il Sung Square on Wednesday", lang="en"),
        row("c", 10, "19. Juni", "2024-06-19", "Am 19. Juni stieg der Pegel der Donau in Passau auf sieben Meter"),
    ])
    assert merge_groups(frame) == [[0], [1, 2], [3]]
    merged = merge_events(frame)
    assert [len(s) for s in merged["sources"]] == [1, 2, 1]


def test_same_words_on_different_dates_stay_apart():
    frame = schema.from_records([
        row("a", 10, "1961", "1961", "Die Sowjetunion und Nordkorea unterzeichneten 1961 einen Vertrag"),
        row("b", 10, "2000", "2000", "Russland und Nordkorea unterzeichneten 2000 einen Vertrag"),
        row("b", 80, "1962", "1962", "Die Sowjetunion und Nordkorea unterzeichneten 1962 einen Vertrag"),
    ])
    assert len(merge_events(frame)) == 3


def test_one_article_never_fills_a_group_twice():
    frame = schema.from_records([
        row("a", 10, "Mai", "2024-05", "Im Mai explodierte eine Rakete mit dem Satelliten Malligyong-1",
            actors=("Malligyong-1",)),
        row("a", 60, "Mai", "2024-05", "Im Mai explodierte erneut eine Rakete mit dem Satelliten Malligyong-1",
            actors=("Malligyong-1",)),
        row("b", 10, "May", "2024-05", "In May a rocket carrying the Malligyong-1 satellite exploded", lang="en",
            actors=("Malligyong-1",)),
    ])
    groups = merge_groups(frame)
    assert sorted(len(group) for group in groups) == [1, 2]
    assert all(len({frame["doc_id"].iat[p] for p in group}) == len(group) for group in groups)


def test_different_participants_block_a_merge():
    """Two fights of one champion on one Saturday night are two events: the opponents differ."""
    frame = schema.from_records([
        row("a", 10, "Saturday night", "2008-12-13", "Wladimir Klitschko stopped Hasim Rahman in the seventh round "
            "on Saturday night", lang="en", actors=("Wladimir Klitschko", "Hasim Rahman")),
        row("b", 10, "Saturday night", "2008-12-13", "Wladimir Klitschko stopped Tony Thompson in the sixth round "
            "on Saturday night", lang="en", actors=("Wladimir Klitschko", "Tony Thompson")),
        row("c", 10, "Saturday", "2008-12-13", "Klitschko stopped Rahman in the seventh round on Saturday",
            lang="en", actors=("Klitschko", "Rahman")),
    ])
    assert merge_groups(frame) == [[0, 2], [1]]


def test_report_templates_never_merge_on_wording_alone():
    """Ten companies' quarterly results and seven stocks' closing prices on one day stay ten and seven rows."""
    companies = ["Alcoa", "Intel", "Pfizer", "Boeing", "Chevron", "Nike", "Oracle", "Visa", "Ford", "Xerox"]
    results = [row(f"r{i}", 10, "Tuesday", "2011-10-11", f"{name} reported third-quarter results on Tuesday that "
                   "beat analysts' expectations", lang="en", actors=(name,)) for i, name in enumerate(companies)]
    closing = [row(f"c{i}", 10, "Friday", "2011-10-14", f"Shares of {name} closed at $12.50 in composite trading "
                   "on the New York Stock Exchange on Friday", lang="en", actors=(name, "New York Stock Exchange"))
               for i, name in enumerate(companies[:7])]
    unnamed = [row(f"u{i}", 10, "Tuesday", "2011-10-11", "The company said on Tuesday its quarterly profit rose",
                   lang="en") for i in range(2)]
    assert len(merge_events(schema.from_records(results + closing + unnamed))) == 10 + 7 + 2


def test_names_are_compared_across_spellings_and_languages():
    """German–English and English–French, with no bilingual word list: names (transliterated, countries by
    their CLDR code), figures and the date carry the merge."""
    frame = schema.from_records([
        row("de", 10, "Mittwoch", "2024-06-19", "Wladimir Putin unterzeichnete am Mittwoch in Pjöngjang einen Pakt "
            "mit Nordkorea", actors=("Wladimir Putin", "Pjöngjang", "Nordkorea")),
        row("en", 10, "Wednesday", "2024-06-19", "Vladimir Putin signed a pact with North Korea in Pyongyang on "
            "Wednesday", lang="en", actors=("Vladimir Putin", "North Korea", "Pyongyang")),
        row("fr", 10, "mercredi", "2024-06-19", "Vladimir Poutine a signé mercredi un pacte avec la Corée du Nord",
            lang="fr", actors=("Vladimir Poutine", "Corée du Nord")),
        row("fr2", 10, "mercredi", "2024-06-19", "Le président Emmanuel Macron a reçu mercredi le chancelier Olaf "
            "Scholz à Paris", lang="fr", actors=("Emmanuel Macron", "Olaf Scholz", "Paris")),
    ])
    assert merge_groups(frame) == [[0, 1, 2], [3]]


def test_a_cited_source_is_no_participant():
    frame = schema.from_records([
        row("a", 10, "Tuesday", "2013-10-08", "A strong earthquake struck Aceh province on Tuesday, the US "
            "Geological Survey said", lang="en", actors=("Aceh", "US Geological Survey")),
        row("b", 10, "Tuesday", "2013-10-08", "A strong earthquake struck Aceh province on Tuesday, killing one "
            "person, according to Reuters", lang="en", actors=("Aceh", "Reuters")),
    ])
    assert merge_groups(frame) == [[0, 1]]


def test_clock_times_that_disagree_are_two_moments():
    """Two quakes of one morning, told in the same words: 7:48 and 7:37 are two moments; the same moment in
    another time zone (a whole number of hours off) may be one."""
    quake = "A strong earthquake struck Indonesia at {} local time"
    frame = schema.from_records([
        row("a", 10, "7:48 a.m.", "2009-01-04T07:48", quake.format("7:48 a.m."), lang="en", actors=("Indonesia",)),
        row("b", 10, "7:37 a.m.", "2009-01-04T07:37", quake.format("7:37 a.m."), lang="en", actors=("Indonesia",)),
        row("c", 10, "7:49 a.m.", "2009-01-04T07:49", quake.format("7:49 a.m."), lang="en", actors=("Indonesia",)),
        row("d", 10, "22:48", "2009-01-04T22:48", quake.format("22:48"), lang="en", actors=("Indonesia",)),
    ])
    assert merge_groups(frame) == [[0, 2, 3], [1]]


def test_a_chain_of_reports_does_not_join_two_events():
    """A and A' are like B and B like C, but A and A' share nothing with C: C does not join their event
    through B."""
    frame = schema.from_records([
        row("a", 10, "Thursday", "2013-08-01", "Lindsay Lohan checked into the Betty Ford Center on Thursday",
            lang="en", actors=("Lindsay Lohan", "Betty Ford Center")),
        row("a2", 10, "Thursday", "2013-08-01", "Lohan checked into the Betty Ford Center on Thursday night",
            lang="en", actors=("Lohan", "Betty Ford Center")),
        row("b", 10, "Thursday", "2013-08-01", "Lindsay Lohan checked into the Betty Ford Center on Thursday after "
            "her lawyer told a judge in Los Angeles", lang="en", actors=("Lindsay Lohan", "Betty Ford Center")),
        row("c", 10, "Thursday", "2013-08-01", "a judge in Los Angeles told her lawyer on Thursday that a hearing "
            "would follow", lang="en", actors=("Los Angeles",)),
    ])
    assert merge_groups(frame) == [[0, 1, 2], [3]]


def test_a_name_meets_its_acronym_and_its_other_words():
    """"National Football League" and "NFL", "Betty Ford Clinic" and "Betty Ford Center" are no different
    participants."""
    frame = schema.from_records([
        row("a", 10, "Wednesday", "2010-12-08", "The National Football League fined the New Orleans Saints on "
            "Wednesday", lang="en", actors=("National Football League", "New Orleans Saints")),
        row("b", 10, "Wednesday", "2010-12-08", "The NFL fined the Saints on Wednesday", lang="en",
            actors=("NFL", "Saints")),
        row("c", 10, "Thursday", "2010-12-09", "Lindsay Lohan checked into the Betty Ford Clinic on Thursday",
            lang="en", actors=("Lindsay Lohan", "Betty Ford Clinic")),
        row("d", 10, "Thursday", "2010-12-09", "Lohan checked into the Betty Ford Center in Rancho Mirage on "
            "Thursday", lang="en", actors=("Lohan", "Betty Ford Center", "Rancho Mirage")),
    ])
    assert merge_groups(frame) == [[0, 1], [2, 3]]


def test_a_place_and_an_organisation_are_no_different_participants():
    """"in California" and "the Betty Ford Center" may both be true of one check-in (a place holds the
    centre); two places ("in Aceh", "in West Papua") or two organisations still tell two events."""
    frame = schema.from_records([
        row("a", 10, "Thursday", "2013-08-01", "Lindsay Lohan checked into a rehab facility in California on "
            "Thursday", lang="en", actors=("Lindsay Lohan",)) | {"places": ["California"]},
        row("b", 10, "Thursday", "2013-08-01", "Lindsay Lohan checked into the Betty Ford Center on Thursday",
            lang="en", actors=("Lindsay Lohan", "Betty Ford Center")),
        row("c", 10, "Tuesday", "2013-08-06", "A strong earthquake struck in Aceh on Tuesday", lang="en")
        | {"places": ["Aceh"]},
        row("d", 10, "Tuesday", "2013-08-06", "A strong earthquake struck in West Papua on Tuesday", lang="en")
        | {"places": ["West Papua"]},
    ])
    assert merge_groups(frame) == [[0, 1], [2], [3]]


def test_a_shared_year_needs_more_than_a_shared_day():
    """Two elections in one country in one year are told alike; on one day the same words would do."""
    first = "Parliamentary elections in Turkmenistan will be held on December 15 of this year with two parties " \
            "on the ballot for the first time, the central commission announced"
    second = "The people of Turkmenistan have voted in a parliamentary election held after the adoption of a new " \
             "constitution earlier this year, with observers from neighbouring states reporting long queues"
    year = [row("a", 10, "this year", "2013", first, lang="en") | {"places": ["Turkmenistan"]},
            row("b", 10, "earlier this year", "2013", second, lang="en") | {"places": ["Turkmenistan"]}]
    day = [row(r["doc_id"], 10, "Sunday", "2013-12-15", r["clause"], lang="en") | {"places": ["Turkmenistan"]}
           for r in year]
    assert merge_groups(schema.from_records(year)) == [[0], [1]]
    assert merge_groups(schema.from_records(day)) == [[0, 1]]


def test_durations_sets_and_unresolved_dates_are_not_merged():
    frame = schema.from_records([
        row("a", 10, "seit 24 Jahren", "P24Y", "erster Besuch seit 24 Jahren", timex_type="DURATION"),
        row("b", 10, "24 years", "P24Y", "first visit in 24 years", timex_type="DURATION", lang="en"),
        row("a", 50, "Mittwoch", "XXXX-WXX-3", "am Mittwoch erster Besuch seit 24 Jahren"),
        row("b", 50, "Wednesday", "XXXX-WXX-3", "on Wednesday first visit in 24 years", lang="en"),
    ])
    assert len(merge_events(frame)) == 4


def test_empty_and_single_article_frames():
    assert merge_events(schema.empty_frame()).empty
    frame = schema.from_records([row("a", 10, "Mai", "2024-05", "Im Mai explodierte eine Rakete")] * 2)
    assert len(merge_events(frame)) == 2


def _benchmark():
    spec = importlib.util.spec_from_file_location("events_eval", ROOT / "benchmarks" / "events_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["events_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_merge_gold_with_gold_dates():
    benchmark = _benchmark()
    cases = benchmark.load_merge_cases()
    assert len(cases) >= 4 and sum(len(group) for case in cases for group in case["groups"]) >= 20
    score = benchmark.score_merge(cases)
    # This gold was written together with a German-English word table that is gone (it copied the gold's word
    # forms); without it, merges across languages rest on names and figures: measured 0.88 / 0.54.
    assert score.precision >= 0.85 and score.recall >= 0.5, score.errors


def test_merge_gold_end_to_end_with_the_tagger():
    score = _benchmark().score_merge_end_to_end()
    assert score is not None, "the tagger finds none of the gold dates"
    # Merging never joins what it should not; a date the tagger reads differently in two articles (a value
    # off by a year) cannot be merged, so recall here also measures the tagger and gets some slack.
    assert score.precision >= 0.85 and score.recall >= 0.5, score.errors


def test_extract_documents_merges_the_two_summit_samples():
    index = {e["file"]: e for e in json.loads((ROOT / "sample_data" / "index.json").read_text(encoding="utf-8"))}
    documents = [
        Document(doc_id=name, text=(ROOT / "sample_data" / name).read_text(encoding="utf-8"), lang=index[name]["lang"])
        for name in ("summit-2024-06-19.de.txt", "putin-kim-summit-2024-06-19.en.txt")
    ]
    merged = extract_documents(documents)
    separate = extract_documents(documents, merge=False)
    assert len(merged) < len(separate)
    assert all(len(sources) == 1 for sources in separate["sources"])
    both = merged[merged["sources"].map(len) == 2]
    assert set(both["value"]) >= {"2024-06-19", "2000-07"}  # the summit; Putin's visit to Kim Jong Il
    # Every row of the unmerged frame is accounted for: merged rows count once per source.
    assert sum(map(len, merged["sources"])) == len(separate)
    assert isinstance(merged, pd.DataFrame) and list(merged.columns) == list(schema.COLUMNS)


def test_a_merged_row_keeps_every_report_and_round_trips(tmp_path):
    frame = schema.from_records([
        row("de", 10, "Mittwoch", "2024-06-19", "Wladimir Putin unterzeichnete am Mittwoch einen Pakt mit Nordkorea",
            actors=("Wladimir Putin", "Nordkorea")),
        row("en", 20, "Wednesday", "2024-06-19", "Vladimir Putin signed a pact with North Korea on Wednesday",
            lang="en", actors=("Vladimir Putin", "North Korea")),
    ])
    merged = merge_events(frame)
    reports = merged["reports"].iloc[0]
    assert [(r["doc_id"], r["title"], r["start"], r["end"], r["expression"]) for r in reports] == [
        ("de", "de", 10, 18, "Mittwoch"), ("en", "en", 20, 29, "Wednesday")]
    assert reports[1]["sentence"].startswith("Vladimir Putin signed")
    assert list(frame["reports"]) == [[], []]  # a row that one article reports says it in its own fields
    for name in ("events.csv", "events.jsonl"):
        schema.write_events(merged, tmp_path / name)
        assert schema.read_events(tmp_path / name)["reports"].iloc[0] == reports


def test_exports_name_every_source_by_title():
    from timeline.chart import timeline_figure
    from timeline.export import chart_html, timelinejs

    frame = schema.from_records([
        row("de", 10, "Mittwoch", "2024-06-19", "Wladimir Putin unterzeichnete am Mittwoch einen Pakt mit Nordkorea",
            actors=("Wladimir Putin", "Nordkorea")),
        row("en", 20, "Wednesday", "2024-06-19", "Vladimir Putin signed a pact with North Korea on Wednesday",
            lang="en", actors=("Vladimir Putin", "North Korea")),
    ])
    frame["title"] = ["Putin & Kim <Gipfel>", "Putin visits Pyongyang"]
    merged = merge_events(frame)
    slide = timelinejs(merged)["events"][0]["text"]["text"]
    assert "Putin &amp; Kim &lt;Gipfel&gt;; Putin visits Pyongyang" in slide
    page = chart_html(timeline_figure(merged), "t", merged).decode()
    assert "Putin visits Pyongyang" in page and "<Gipfel>" not in page


def test_own_cross_language_gold_written_after_the_rules():
    benchmark = _benchmark()
    cases = benchmark.load_merge_cases(benchmark.OWN_MERGE_GOLD)
    assert {a["lang"] for case in cases for a in case["articles"]} == {"de", "en", "fr"}
    score = benchmark.score_merge(cases)
    # Measured 1.00 / 0.60: exonyms ("Kiew"/"Kyiv", "Banque centrale européenne"/"European Central Bank") and
    # background events told without a shared name are not merged.
    assert score.precision >= 0.95 and score.recall >= 0.6, score.errors


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "data").glob("label_judgments*.jsonl")),
                         ids=lambda path: path.stem)
def test_label_judgments_follow_their_rule(path):
    drawn = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [j for j in drawn if j["label"] is not None]  # the rest are no longer found by the tagger
    assert all(j["readable"] is None for j in drawn if j["label"] is None)
    # a sample of at least 100 drawn labels, few of which the tagger no longer finds
    assert len(drawn) >= 100 and len(judged) >= 0.9 * len(drawn) and {j["lang"] for j in judged} <= {"de", "en", "fr"}
    assert all(j["readable"] == (j["why_not"] == "") for j in judged)
    assert {j["why_not"] for j in judged} <= {"", "hole", "fragment", "no event", "other event"}


def test_the_judged_labels_hold_300_in_three_languages():
    path = ROOT / "tests" / "data" / "label_judgments.jsonl"
    judged = [j for j in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if j["label"] is not None]
    assert len(judged) >= 300 and {j["lang"] for j in judged} == {"de", "en", "fr"}


def test_a_country_name_counts_only_in_the_articles_language():
    """"Maurice" is Mauritius in French and a first name in English: "Maurice Cheeks" is a person, not a place."""
    from timeline.names import name_keys

    assert name_keys("Maurice", "fr") == {"@MU"} and "@MU" not in name_keys("Maurice Cheeks", "en")
    assert name_keys("Russland", "de") == name_keys("Russia", "en") == {"@RU"}


def test_a_participant_named_first_in_the_other_sentence_agrees():
    """The other report opens its sentence with the participant ("Philadelphia 76ers management fired ..."):
    that names it, though a sentence's first word is capitalised anyway."""
    frame = schema.from_records([
        row("a", 10, "Saturday", "2024-06-15", "Philadelphia fired coach Maurice Cheeks on Saturday", lang="en",
            actors=("Philadelphia", "Maurice Cheeks")),
        row("b", 10, "Saturday", "2024-06-15", "Philadelphia management fired head coach Maurice Cheeks on Saturday, "
            "the NBA team said", lang="en", actors=("NBA", "Maurice Cheeks")),
    ])
    assert merge_groups(frame) == [[0, 1]]


def test_a_sentence_with_one_date_tells_its_event_in_any_clause():
    """"Souza signed ..., the club announced on Monday": the sentence's only date dates the signing too, so its
    words of what happened count wherever the clause boundary fell. A sentence with two dates does not lend
    its other clause's words: there the club's presenting its kit on Monday is another event."""
    frame = schema.from_records([
        row("a", 10, "on Monday", "2024-06-17", "the team announced on Monday", lang="en",
            actors=("Ana Souza", "Harbour Rovers"))
        | {"sentence": "Ana Souza signed a three-year contract with Harbour Rovers, the team announced on Monday."},
        row("b", 10, "on Monday", "2024-06-17", "Ana Souza signed for Harbour Rovers on Monday", lang="en",
            actors=("Ana Souza", "Harbour Rovers")),
        row("c", 10, "last month", "2024-05", "Ana Souza signed with Harbour Rovers last month", lang="en",
            actors=("Ana Souza", "Harbour Rovers")) | {"sentence": "Ana Souza signed with Harbour Rovers last "
                                                                   "month, and the club presented its kit on Monday."},
        row("c", 80, "on Monday", "2024-06-17", "and the club presented its kit on Monday", lang="en")
        | {"sentence": "Ana Souza signed with Harbour Rovers last month, and the club presented its kit on Monday.",
           "sentence_start": 10},
    ])
    assert merge_groups(frame) == [[0, 1], [2], [3]]


def test_participants_that_agree_outweigh_one_place_on_each_side():
    """The same two fighters at "the SAP Arena" and "in Mannheim" are one fight (a hall in a city); with one
    participant in common, two places still tell two events."""
    frame = schema.from_records([
        row("a", 10, "Saturday", "2024-06-15", "Ivo Brandt stopped Sam Okafor at the SAP Arena on Saturday",
            lang="en", actors=("Ivo Brandt", "Sam Okafor")) | {"places": ["SAP Arena"]},
        row("b", 10, "Saturday", "2024-06-15", "Ivo Brandt stopped Sam Okafor in Mannheim on Saturday", lang="en",
            actors=("Ivo Brandt", "Sam Okafor")) | {"places": ["Mannheim"]},
        row("c", 10, "Saturday", "2024-06-15", "Ivo Brandt stopped his challenger in Rotterdam on Saturday",
            lang="en", actors=("Ivo Brandt",)) | {"places": ["Rotterdam"]},
    ])
    assert merge_groups(frame) == [[0, 1], [2]]


def test_a_figure_both_clauses_state_tells_what_happened():
    """"beat ... 31-24" and "a 31-24 win over": the same score for the same teams is one game though no word
    of the action is shared; another game with that score is another event."""
    frame = schema.from_records([
        row("a", 10, "Thursday night", "2024-12-19", "the Northfield Hawks beat the Lakeside Otters 31-24 on "
            "Thursday night", lang="en", actors=("Northfield Hawks", "Lakeside Otters")),
        row("b", 10, "Thursday", "2024-12-19", "Northfield clinched a 31-24 victory over Lakeside on Thursday",
            lang="en", actors=("Northfield", "Lakeside")),
        row("c", 10, "Thursday", "2024-12-19", "the Bay City Pilots beat the Ridgeway Stags 31-24 on Thursday",
            lang="en", actors=("Bay City Pilots", "Ridgeway Stags")),
    ])
    assert merge_groups(frame) == [[0, 1], [2]]
