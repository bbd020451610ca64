"""Event attribution: each date goes with the clause of the event it dates; labels, actors; the gold set."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline import events, extract
from timeline.actors import find_actors
from timeline.document import Document
from timeline.events import AXIS_TYPES, LABEL_WORDS, describe
from timeline.label_dates import _without_dates
from timeline.pipeline import extract_document
from timeline.sentences import sentence_spans
from timeline.tagger import tag
from timeline.timex import Timex

ROOT = Path(__file__).resolve().parent.parent


def timexes(text: str, *expressions: str) -> list[Timex]:
    found = []
    for expression in expressions:
        start = text.find(expression)
        assert start >= 0, expression
        found.append(Timex(start, start + len(expression), expression, "DATE", "XXXX"))
    return found


def contexts(text: str, lang: str, *expressions: str):
    return describe(text, timexes(text, *expressions), lang)


def test_two_events_in_one_english_sentence():
    text = "In January, Taiwan elected a new president, and in March Russia held a presidential vote."
    january, march = contexts(text, "en", "January", "March")
    assert "Taiwan" in january.clause and "Russia" not in january.clause
    assert "Russia" in march.clause and "Taiwan" not in march.clause
    assert january.label == "Taiwan elected a new president"
    assert march.label == "Russia held a presidential vote"
    assert january.sentence == march.sentence == text
    assert january.sentence_start == 0
    assert january.places == ["Taiwan"] and march.places == ["Russia"]  # countries are places, not actors


def test_two_events_in_one_german_sentence():
    text = "Seit 2009 steht die Schuldenbremse im Grundgesetz; ausgesetzt wurde sie erstmals 2020 während der Pandemie."
    first, second = contexts(text, "de", "2009", "2020")
    assert "Grundgesetz" in first.clause and "Pandemie" not in first.clause
    assert "Pandemie" in second.clause and "Grundgesetz" not in second.clause
    assert "2009" not in first.label and "Seit" not in first.label
    assert second.label == "Ausgesetzt wurde sie erstmals während der Pandemie"


@pytest.mark.parametrize(("lang", "text", "expression", "verb"), [
    ("en", "But the union leader kept his members away pending talks with the mine owners two weeks ago and "
           "Governor Miller last week.", "last week", "kept"),
    ("fr", "Paul Martin et Marc Dupont ont écopé d'une peine de 3 ans de prison, Luc Bernard de 6 mois et Jean Morel "
           "de 4 mois.", "4 mois", "écopé"),
    ("fr", "Paul Martin et Marc Dupont ont écopé d'une peine de 3 ans de prison, Luc Bernard de 6 mois et Jean Morel "
           "de 4 mois.", "6 mois", "écopé"),
])
def test_noun_phrase_of_a_list_tells_the_verb_it_shares(lang, text, expression, verb):
    # "… and Governor Miller last week", ", Luc Bernard de 6 mois et …": a name and a date alone tell nothing; the
    # clause whose verb the list's items share does
    frame = extract_document(Document(doc_id="x", text=text, lang=lang, dct=date(2024, 6, 12)))
    label = frame.loc[frame.expression == expression, "label"].iloc[0]
    assert verb in label


def test_bare_coordinator_splits_only_between_two_dates():
    text = ("Doch im November letzten Jahres brachte Nordkorea erfolgreich einen Spionagesatelliten in die Umlaufbahn "
            "und hatte geplant, im Jahr 2024 drei weitere Satelliten ins All zu schießen.")
    november, year = contexts(text, "de", "November letzten Jahres", "Jahr 2024")
    assert "Umlaufbahn" in november.clause and "drei weitere" not in november.clause
    assert "drei weitere" in year.clause and "Umlaufbahn" not in year.clause
    single = contexts("Russland und Nordkorea unterzeichneten 1961 einen Vertrag und feierten.", "de", "1961")[0]
    assert "feierten" in single.clause  # one date: "und" cuts nothing


def test_label_of_the_sample_may_event():
    text = (ROOT / "sample_data" / "summit-2024-06-19.de.txt").read_text(encoding="utf-8")
    (may,) = contexts(text, "de", "Im Mai")
    assert "Spionagesatelliten" in may.label and "scheiterte" in may.label.lower()
    assert "Mai" not in may.label and "explodierte" not in may.clause
    assert may.sentence.startswith("Im Mai scheiterte") and text[may.sentence_start:].startswith(may.sentence)


def test_too_short_clause_borrows_its_neighbour():
    text = "Am Mittwoch: Kim und Putin unterzeichneten einen Pakt."
    (wednesday,) = contexts(text, "de", "Mittwoch")
    assert "Pakt" in wednesday.clause and "Pakt" in wednesday.label


def test_clause_describing_the_date_is_taken_along():
    text = "The visit is Putin's first trip to North Korea since July 2000, when he met Kim's father, Kim Jong Il."
    (july,) = contexts(text, "en", "July 2000")
    assert "Kim Jong Il" in july.clause
    # the clause that tells what happened then is the label: the meeting, not the visit of today
    assert july.label == "He met Kim's father, Kim Jong Il"


def test_labels_are_short_and_without_the_date():
    text = ("NASA astronauts Butch Wilmore and Suni Williams launched on Wednesday at 10:52 a.m. from Cape Canaveral "
            "Space Force Station on an Atlas V rocket, and the capsule reached the station at 1:34 p.m. on Thursday.")
    for context in contexts(text, "en", "Wednesday", "10:52 a.m.", "1:34 p.m.", "Thursday"):
        words = context.label.split()
        assert 2 <= len(words) <= LABEL_WORDS
        assert "Wednesday" not in context.label and "Thursday" not in context.label
        assert context.label[0].isupper()


def test_english_actors_are_names_without_titles_or_junk():
    text = ("Turnout fell in 2024. Earlier, on June 9, President Emmanuel Macron dissolved the National Assembly "
            "in Paris.")
    turnout, june = contexts(text, "en", "2024", "June 9")
    assert turnout.actors == []  # "Turnout" starts a sentence: no name
    assert june.actors == ["Emmanuel Macron", "National Assembly"] and june.places == ["Paris"]


def test_german_actors_are_names_not_capitalised_nouns():
    text = "Am Montag reiste Ministerpräsident Markus Söder nach Passau, wo die Donau über die Ufer trat."
    (monday,) = contexts(text, "de", "Montag")
    assert monday.actors == ["Markus Söder"] and monday.places == ["Passau"]  # no "Ufer" as a name
    nouns = contexts("Am Montag trafen sich Experten zur Sitzung im Rathaus.", "de", "Montag")[0]
    assert nouns.actors == []


def test_one_context_per_timex_in_order_and_none_for_none():
    text = "Am Montag kam er, am Dienstag ging er wieder."
    found = contexts(text, "de", "Dienstag", "Montag")
    assert "ging" in found[0].clause and "kam" in found[1].clause
    assert describe(text, [], "de") == []


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abc ABC,;:.–-\n2019 und and, als, which")), min_size=1, max_size=120),
    st.data(),
)
def test_clause_always_holds_its_expression(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assume(any(s <= start and end <= e for s, e in sentence_spans(text)))  # a tagger's expression is in one sentence
    timex = Timex(start, end, text[start:end], "DATE", "2019")
    (context,) = describe(text, [timex], data.draw(st.sampled_from(["de", "en", "fr"])))
    if text[start:end].strip():
        assert text[start:end].strip() in context.clause
        assert context.clause in context.sentence or context.sentence in context.clause


def _benchmark():
    spec = importlib.util.spec_from_file_location("events_eval", ROOT / "benchmarks" / "events_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["events_eval"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_attribution_gold_accuracy():
    gold = [json.loads(line) for line in (ROOT / "tests" / "data" / "attribution_gold.jsonl").open(encoding="utf-8")]
    assert len(gold) >= 40 and {item["lang"] for item in gold} == {"de", "en"}
    score = _benchmark().score_attribution()
    assert score.accuracy >= 0.9, [(item["expression"], clause) for item, clause in score.misses]
    assert score.accuracy > score.baseline


def test_end_to_end_labels_on_real_articles():
    summit = extract((ROOT / "sample_data" / "summit-2024-06-19.de.txt").read_text(encoding="utf-8"), lang="de")
    may = summit[summit["value"] == "2024-05"]
    assert len(may) == 1 and "Spionagesatelliten" in may["label"].iloc[0]
    wednesday = summit[summit["value"] == "2024-06-19"]
    assert any("Begrüßungszeremonie" in label for label in wednesday["label"])
    votes = extract((ROOT / "sample_data" / "election-year-2024-12-30.en.txt").read_text(encoding="utf-8"), lang="en")
    january = votes[votes["value"] == "2024-01"]
    assert len(january) == 1 and "Taiwan" in january["clause"].iloc[0] and "Russia" not in january["clause"].iloc[0]
    march = votes[votes["value"] == "2024-03"]
    assert len(march) == 1 and "Russia" in march["label"].iloc[0]
    assert all(len(label.split()) <= LABEL_WORDS for label in votes["label"])


def test_pathological_text_stays_linear():
    # Long runs of commas and blanks, and a "sentence" of thousands of dates: each used to take minutes.
    text = "Am 3. Mai 2020 " + "," * 20000 + "x und " + " " * 20000 + "y."
    (context,) = describe(text, timexes(text, "3. Mai 2020"), "de")
    assert "3. Mai 2020" in context.clause
    listing = ", ".join(f"{day % 28 + 1}. Mai 2020" for day in range(3000)) + " wurde gewählt."
    found = [Timex(m.start(), m.end(), m.group(), "DATE", "2020-05") for m in re.finditer(r"\d+\. Mai 2020", listing)]
    described = describe(listing, found, "de")
    assert len(described) == 3000 and all(len(c.label.split()) <= LABEL_WORDS for c in described)
    # a chronicle of many dated headings: each heading reads only its own dates and its section's
    chronicle = "".join(f"{year}\n\nDie Flotte lief im Mai {year} aus.\n\n" for year in range(1000, 3000))
    found = [Timex(m.start(), m.end(), m.group(), "DATE", m.group()[-4:]) for m in re.finditer(r"(?:Mai )?\d{4}",
                                                                                            chronicle)]
    headings = [c.label for t, c in zip(found, describe(chronicle, found, "de")) if not t.text.startswith("Mai")]
    assert headings == ["Die Flotte lief aus"] * 2000


def test_a_list_of_days_is_read_a_bounded_number_of_times_per_day(monkeypatch):
    # Whether a date opens a list of days ("3, 4 and 5 June") is asked from every date of a run: read to the run's
    # end each time, a sentence of N days set off by commas cost N² (4,000 days: half a minute).
    from timeline import clauses

    reads, uncached = 0, clauses._listed_day.__wrapped__

    def counting(date_text, lang):
        nonlocal reads
        reads += 1
        return uncached(date_text, lang)

    monkeypatch.setattr(clauses, "_listed_day", counting)
    per_day = []
    for days in (1000, 3000):
        listing = "Die Termine sind " + ", ".join(f"{day % 28 + 1}. Mai {1900 + day}" for day in range(days)) + "."
        found = [Timex(m.start(), m.end(), m.group(), "DATE", m.group()[-4:] + "-05")
                 for m in re.finditer(r"\d+\. Mai \d{4}", listing)]
        reads = 0
        assert len(describe(listing, found, "de")) == days
        per_day.append(reads / days)
    assert per_day[1] < 1.5 * per_day[0]  # three times the reads per day if quadratic


def test_text_without_dates_is_kept_per_list_of_dates(monkeypatch):
    # Which clause a date belongs to is read without every date, a report after the clause without those on the
    # axis only (a duration stays: "a strike of three weeks"): one memo for both gave a span whichever text was
    # asked first.
    text = "The plant reopened on Tuesday after a strike of three weeks, union officials said on Wednesday."
    found = tag(text, date(2024, 6, 14), "en")
    assert any(timex.type not in AXIS_TYPES for timex in found) and any(timex.type in AXIS_TYPES for timex in found)
    asked: dict[int, set[tuple]] = {}

    def recording(text, span, dates, lang, memo=None):
        if memo is not None:
            asked.setdefault(id(memo), set()).add(tuple(dates))
        return _without_dates(text, span, dates, lang, memo)

    monkeypatch.setattr(events, "_without_dates", recording)
    describe(text, found, "en")
    assert len(asked) >= 2 and all(len(date_lists) == 1 for date_lists in asked.values())


@pytest.mark.parametrize(
    "sentence, expression, label",
    [
        ("Im Mai scheiterte der Versuch des Nordens, einen Satelliten zu starten.", "Mai",
         "Der Versuch des Nordens scheiterte, einen Satelliten zu starten"),
        ("Auch 2021 erklärte der Bundestag eine Notlage.", "2021", "Der Bundestag erklärte eine Notlage"),
        ("Im Jahr 2023 wollte Finanzminister Christian Lindner (FDP) sparen.", "Jahr 2023",
         "Finanzminister Christian Lindner (FDP) wollte sparen"),
        ("Am Freitag fielen in Teilen Schwabens 100 Liter Regen.", "Freitag",
         "Fielen in Teilen Schwabens 100 Liter Regen"),  # no subject up front: the order stays
        ("Scholz kündigte für nächste Woche eine Erklärung an.", "nächste Woche", "Scholz kündigte eine Erklärung an"),
        # an ordinal inside the subject, also in its genitive; a subject of two coordinated phrases
        ("Im März griffen die 3. Division und die 7. Brigade die Brücke an.", "März",
         "Die 3. Division und die 7. Brigade griffen die Brücke an"),
        ("Im Juni hatte der Stab der 9. Flotte den Alarm ausgelöst.", "Juni",
         "Der Stab der 9. Flotte hatte den Alarm ausgelöst"),
        ("Im Herbst hatte der Vorstand der Grünen Jugend getagt.", "Herbst",
         "Der Vorstand der Grünen Jugend hatte getagt"),
        # a list of names as the subject
        ("Im April trafen Hamburg, Bremen und die übrigen Küstenländer eine Absprache.", "April",
         "Hamburg, Bremen und die übrigen Küstenländer trafen eine Absprache"),
        # a reflexive or object pronoun, or an adverb, between the verb and its subject stays after the verb
        ("Im Juli zog sich die Delegation aus den Gesprächen zurück.", "Juli",
         "Die Delegation zog sich aus den Gesprächen zurück"),
        ("Im Juli übernahm erneut die Opposition den Vorsitz.", "Juli", "Die Opposition übernahm erneut den Vorsitz"),
        ("2019 hatten es die Wähler abgelehnt.", "2019", "Die Wähler hatten es abgelehnt"),  # a plural verb
        # after a plural verb, a name after an article, adjectives and a noun is its object
        ("Im Juli erreichten die ersten Schiffe Lissabon.", "Juli", "Die ersten Schiffe erreichten Lissabon"),
        ("Im Mai wurden 120 Gäste erwartet.", "Mai", "120 Gäste wurden erwartet"),
        # where the subject may end at "von" or go on with it, the clause keeps its order
        ("Im Mai forderte Frankreich von Italien eine Zahlung.", "Mai",
         "Forderte Frankreich von Italien eine Zahlung"),
        ("Im Mai erhielt Karl von Hardenberg den Vorsitz.", "Mai", "Erhielt Karl von Hardenberg den Vorsitz"),
        # a plural subject without article: adjectives with the nominative's ending after a plural verb (hyphened,
        # listed), the dative's after a singular one; after a singular verb the nominative's is an object
        ("Im Mai besetzten schwedische, norwegische und finnisch-estnische Verbände die Insel.", "Mai",
         "Schwedische, norwegische und finnisch-estnische Verbände besetzten die Insel"),
        ("Im Mai gelang polnischen Einheiten die Überquerung des Flusses.", "Mai",
         "Polnischen Einheiten gelang die Überquerung des Flusses"),
        ("Im Mai lösten dänische Fähren Alarm aus.", "Mai", "Dänische Fähren lösten Alarm aus"),
        ("Im Mai überraschte dänische Fähren ein Sturm.", "Mai", "Überraschte dänische Fähren ein Sturm"),
        ("Im Mai trafen gerade Fähren ein.", "Mai", "Trafen gerade Fähren ein"),  # an adverb, no adjective
        ("Im Mai erreichten dänische Fähren Kopenhagen.", "Mai", "Dänische Fähren erreichten Kopenhagen"),
        ("Im Mai landete ein britisch-kanadisches Bataillon in Neapel.", "Mai",
         "Ein britisch-kanadisches Bataillon landete in Neapel"),
        # "von" and a figure may go on with the subject: the order stays
        ("Im Mai landete ein Bataillon von 800 Mann in Neapel.", "Mai",
         "Landete ein Bataillon von 800 Mann in Neapel"),
        # a preposition after the article opens a phrase of an attribute: no subject that can be moved
        ("Im Mai zogen sich die an der Küste wartenden Schiffe zurück.", "Mai",
         "Zogen sich die an der Küste wartenden Schiffe zurück"),
        # a genitive without article after the subject
        ("Im Mai gelang ihnen die Rettung vieler Bewohner.", "Mai", "Gelang ihnen die Rettung vieler Bewohner"),
        # the date is the subject: "der 3. Oktober" is no numbered noun
        ("Vielleicht bezeichnet der 3. Oktober 1990 einen Neubeginn.", "3. Oktober 1990",
         "Vielleicht bezeichnet der 3. Oktober 1990 einen Neubeginn"),
        # the leading adverb held the first place: the subject goes in front of the verb
        ("Danach leitete wieder die Kommission die Verhandlungen, um sie zwei Jahre später abzugeben.",
         "zwei Jahre später", "Die Kommission leitete wieder die Verhandlungen, um sie abzugeben"),
        ("Die Partei siegte, und danach stellte sie den Kanzler, um ihn drei Jahre später zu verlieren.",
         "drei Jahre später", "Sie stellte den Kanzler, um ihn zu verlieren"),
        # no subject to be told: the adverb stays before the verb
        ("Danach erhielt Karl von Hardenberg den Vorsitz, um ihn zwei Jahre später abzugeben.", "zwei Jahre später",
         "Danach erhielt Karl von Hardenberg den Vorsitz, um ihn abzugeben"),
        # a coordinator before the verb: no subject follows, the order stays, the first clause's subject goes first
        ("Die Partei siegte, und stellte den Kanzler, um ihn drei Jahre später zu verlieren.", "drei Jahre später",
         "Die Partei stellte den Kanzler, um ihn zu verlieren"),
    ],
)
def test_german_labels_put_the_subject_first(sentence, expression, label):
    start = sentence.index(expression)
    [context] = describe(sentence, [Timex(start, start + len(expression), expression, "DATE", "2024")], "de")
    assert context.label == label


def test_a_german_clause_that_opens_with_an_article_keeps_its_order():
    # no verb first: the article opens the clause's object, not a subject that goes before a verb
    text = ("Die Ministerin kündigte am Freitag an, ihr Haus wolle Regeln festlegen und im Jahr 2030 den Nahverkehr "
            "ausbauen.")
    found = [Timex(text.index(e), text.index(e) + len(e), e, "DATE", "2030") for e in ("Freitag", "Jahr 2030")]
    assert describe(text, found, "de")[1].label == "Den Nahverkehr ausbauen"


def test_french_is_a_language_pack_for_events_too():
    text = ("Paris, 5 mars 2024. Le gouvernement a présenté mercredi un projet de loi. "
            "Il y a deux ans, une réforme similaire avait échoué.")
    frame = extract(text)
    assert frame["lang"].iloc[0] == "fr" and str(frame["dct"].iloc[0].date()) == "2024-03-05"
    rows = {row.expression: row for row in frame.itertuples()}
    assert "5 mars 2024" not in rows  # the dateline dates the article (its dct), it is no event
    assert rows["Il y a deux ans"].value == "2022"
    assert rows["Il y a deux ans"].label == "Une réforme similaire avait échoué"


@pytest.mark.parametrize(
    "lang, text, dateline, dated",
    [
        ("en", "WASHINGTON, March 4 (Reuters) - The Senate passed the bill on Tuesday.", "March 4", "Tuesday"),
        ("en", "NAIROBI, Aug. 21 (AP) -- Rescuers found two more survivors on Monday.", "Aug. 21", "Monday"),
        ("en", "LONDON, Nov 12 - Shares fell sharply on Friday.", "Nov 12", "Friday"),
        ("de", "BERLIN, 4. März (dpa) - Der Bundestag hat am Dienstag das Gesetz beschlossen.", "4. März", "Dienstag"),
        ("fr", "PARIS, 4 mars (AFP) - Le Sénat a voté la loi mardi.", "4 mars", "mardi"),
    ],
)
def test_a_wire_dateline_without_year_dates_the_article_not_an_event(lang, text, dateline, dated):
    # The wires write the day without its year; with the article's date given, the dateline is still no event
    # (it was a row labelled with the first sentence's event, or "LONDON, - Shares fell sharply").
    frame = extract(text, dct="2026-11-14", lang=lang)
    assert dateline not in set(frame["expression"]) and dated in set(frame["expression"])
    assert not any(word in label for label in frame["label"] for word in text.split()[0].strip(",").split())


def test_a_date_before_a_colon_in_a_programme_line_stays_an_event():
    text = "ZDF, Samstag, 17. Januar: Das Fernsehspiel zeigt eine Hochzeit."
    assert "Samstag, 17. Januar" in set(extract(text, dct="1998-01-23", lang="de")["expression"])


def test_a_french_sentence_may_start_with_an_accented_capital():
    text = "Le sommet s'est ouvert lundi. À Paris, le président a reçu mardi le chancelier. M. Macron a parlé."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Le sommet s'est ouvert lundi.", "À Paris, le président a reçu mardi le chancelier.", "M. Macron a parlé."]


def test_a_french_quotation_may_open_a_sentence_after_its_guillemet_and_space():
    text = "Les travaux commenceront en juin. « Nous partirons demain », a-t-il dit hier."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Les travaux commenceront en juin.", "« Nous partirons demain », a-t-il dit hier."]
    rows = {row.expression: row.label for row in extract(text, lang="fr", dct="2024-06-19").itertuples()}
    # the date of the report: what was said and who said it (an inverted report, "a-t-il dit")
    assert rows == {"juin": "Les travaux commenceront", "demain": "« Nous partirons demain»",
                    "hier": "« Nous partirons demain», a-t-il dit"}


def test_a_clock_time_may_end_a_sentence_an_ordinal_does_not():
    text = "Il a été transporté à l'hôpital mardi vers 21 h 45. Il y est décédé hier matin. Es begann um 14:30. " \
           "Am 3. Oktober kam er."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Il a été transporté à l'hôpital mardi vers 21 h 45.", "Il y est décédé hier matin.", "Es begann um 14:30.",
        "Am 3. Oktober kam er."]


def test_a_street_abbreviated_in_a_compound_ends_no_sentence():
    text = "Kinderflohmarkt im Jugendhaus, Lindenstr. 7, am Samstag von 9 bis 12 Uhr. Der Eintritt ist frei."
    assert [text[s:e] for s, e in sentence_spans(text, "de")] == [
        "Kinderflohmarkt im Jugendhaus, Lindenstr. 7, am Samstag von 9 bis 12 Uhr.", "Der Eintritt ist frei."]


def test_a_broken_language_pack_names_its_file_and_key(tmp_path):
    import tomllib

    from timeline.event_resources import ResourceError, _read, validate

    path = tmp_path / "xx.toml"
    data = tomllib.loads((Path(__file__).resolve().parent.parent / "timeline/resources/en/events.toml").read_text())
    data["labels"]["leading"] = "and"
    with pytest.raises(ResourceError, match=r"xx.toml: \[labels\] leading must be a list of strings"):
        validate(data, path)
    data["labels"]["leading"] = ["and"]
    data["event_nouns"]["possessive"] = "['’]s("  # a pattern that does not compile names its key, not re.error
    with pytest.raises(ResourceError, match=r"xx.toml: \[event_nouns\] possessive must be a regular expression"):
        validate(data, path)
    data["event_nouns"]["possessive"] = "['’]s\\s+"
    del data["names"]
    with pytest.raises(ResourceError, match=r"xx.toml: section \[names\] is missing"):
        validate(data, path)
    assert _read("en")["labels"]["leading"]  # the packs shipped pass


def test_every_key_of_the_event_packs_is_declared():
    """A key the engine reads is checked for its kind when a pack is read: none is left out of REQUIRED and
    OPTIONAL (a misspelt key would otherwise be read as missing, with no error)."""
    import tomllib

    from timeline.event_resources import OPTIONAL, REQUIRED

    for path in sorted((Path(__file__).resolve().parent.parent / "timeline/resources").glob("*/events.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for section, keys in data.items():
            declared = REQUIRED.get(section, {}) | OPTIONAL.get(section, {})
            assert not set(keys) - set(declared), (path.parent.name, section, set(keys) - set(declared))


def test_event_packs_take_months_and_weekdays_from_the_tagger_pack(tmp_path):
    """One table of month and weekday names per language: the tagger's; an event pack for a language without
    one is refused with a message naming it."""
    from timeline.event_resources import ResourceError, _with_calendar, load
    from timeline.language import load_pack

    for lang in ("de", "en", "fr"):
        pack = load_pack(lang)
        assert pack is not None
        assert load(lang)["dct"]["months"] == pack.tables["month"]
        assert set(pack.tables["weekday"]) <= set(load(lang)["dct"]["weekdays"])
    assert {"wed", "sun"} <= set(load("en")["dct"]["weekdays"])  # dateline abbreviations, not tagger words
    with pytest.raises(ResourceError, match=r"xx/events.toml: no tagger pack resources/xx/dates.toml"):
        _with_calendar({"dct": {}}, tmp_path / "xx" / "events.toml", "xx")


# Kinds of broken labels (issue 10): holes where date words were cut out, empty brackets, datelines, bylines and
# the publication line as events.
_HOLE = re.compile(r"\b(?:entre|zwischen|between|von|vom|from|de|du|des|am|im|in|the|der|die|das|den|dem|des)"
                   r"\s+(?:et|und|and|to|bis|à|au|,|\.|;|stammende|stammenden|'s)(?=\W|$)", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\(\s*[–—\-/,]?\s*\)")
_DATELINE_START = re.compile(r"^[A-ZÄÖÜ]{3,}(?:\s+[A-ZÄÖÜ]{2,})*\s*[,—–_-]")
# A word cut off at its hyphen ("Herz-Jesu- in", "MIP- ist", "les 6-»"), except the suspended hyphen of a list
# ("Ein- und Ausreise"); a range with one end gone ("(1930 –)", "Entre 2000 et,").
_CUT_COMPOUND = re.compile(r"[^\W_]-(?:[\"“”»«)]|\s+(?!(?:und|oder|bis|and|or|to|et|ou)\b|-))", re.IGNORECASE)
_HALF_RANGE = re.compile(r"[–—-]\s*\)|\(\s*[–—-]|\b(?:et|und|bis)\s*,", re.IGNORECASE)
# A preposition of exception left without its date ("Außer ist das Museum", "Except the museum opens"); a verb-second
# clause whose fronted date was cut after its coordinator ("denn bin ich unterwegs"); a postposition of an
# accusative of time left alone ("habe ich über getragen").
_LONE_EXCEPTION = re.compile(r"\b(?:außer|except|sauf)\s+(?:ist|sind|steht|stehen|hat|the|le|la|les)\b", re.IGNORECASE)
_COORDINATOR_THEN_VERB = re.compile(r"\b(?:und|aber|oder|denn|sondern)\s+(?:bin|bist|ist|sind|war|waren|hat|habe|haben|"
                                    r"hatte|wird|wurde|werden|kann|muss)\s+(?:ich|du|er|sie|es|wir|ihr|man)\b")
# A cut ("…") right after an article, a preposition or a number (not a year): the phrase it opened lost its noun
# ("Among the first three … were", "auf mehrere … erstellt", "von zwei … Minen").
_OPEN_BEFORE_CUT = re.compile(r"(?:^|\s)(?:the|a|an|of|in|for|from|with|der|die|das|den|dem|des|ein|eine|einen|einem|"
                              r"einer|eines|von|vom|zum|zur|mit|im|auf|seit|zwischen|le|la|les|un|une|du|de|au|aux|"
                              r"two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|cinq|"
                              r"(?!\d{4}\s)\d[\d.,]*)\s+…", re.IGNORECASE)
_LONE_POSTPOSITION = re.compile(r"\b(?:ich|er|sie|es|wir|man|habe|hat|hatte)\s+(?:über|hindurch)\s+[a-zäöü]+(?:t|en)\b")


def broken(label: str) -> list[str]:
    """The broken kinds a label shows (an empty list when it reads)."""
    kinds = []
    if _HOLE.search(label) or re.search(r"\s[,;:]|\b(\w+) \1\b", label) or _LONE_EXCEPTION.search(label) \
            or _COORDINATOR_THEN_VERB.search(label) or _LONE_POSTPOSITION.search(label) \
            or _OPEN_BEFORE_CUT.search(label):
        kinds.append("hole")
    if _CUT_COMPOUND.search(label):
        kinds.append("cut compound")
    if _HALF_RANGE.search(label):
        kinds.append("half a range")
    if _EMPTY_BRACKETS.search(label):
        kinds.append("empty brackets")
    if _DATELINE_START.match(label):
        kinds.append("dateline")
    if not re.search(r"[^\W\d_]{2,}", label):
        kinds.append("no words")
    return kinds


@pytest.mark.parametrize("lang, text", [
    ("fr", "Entre 2000 et 2005, la croissance a ralenti en France, selon l'Insee."),
    ("de", "Die aus 1961 stammende Glocke des Doms läutet wieder seit Sonntag."),
    ("de", "Am heutigen Samstag beginnt der Blumenmarkt auf dem Rathausplatz."),
    ("de", "Der Vertrag (1961–1991) wurde am Mittwoch in Moskau gewürdigt."),
    ("en", "PYONGYANG — Kim Jong Un hailed a new alliance with Russia on Wednesday."),
    ("en", "ADDIS ABABA, Ethiopia (AP) _ The African Union met on Friday to discuss the border."),
    ("en", "Intel's chips run in many of today's personal computers, the company said on Monday."),
    ("en", "In fiscal 1989, the company earned $7.8 million, up from a year earlier."),
    ("de", "14 Jahre lang hat er im Kanzleramt gearbeitet, bevor er 2005 ging."),
    ("fr", "Les élections législatives d'aujourd'hui en Allemagne promettent d'être serrées."),
    ("de", "Die Prozession am Herz-Jesu-Sonntag fand wie jedes Jahr im Dorf statt."),
    ("de", "Der MIP-Montag ist dabei die Haupttätigkeit der Woche."),
    ("de", "Helmut Kohl (1930 – 2017) war von 1982 bis 1998 Bundeskanzler."),
    ("en", "The bridge (built 1990–1995) was closed to traffic on Monday."),
    ("fr", "Le développement des loisirs pour les 6-16 ans a été voté le 3 mars."),
])
def test_labels_have_no_holes_brackets_or_datelines(lang, text):
    frame = extract(text, dct="2024-06-19", lang=lang)
    assert len(frame)
    for label in frame["label"]:
        assert not broken(label), (label, broken(label))


@pytest.mark.parametrize("text, wanted", [
    ("The 1914-18 war changed the map of Europe.", "The 1914-18 war changed the map of Europe"),
    ("Her contract runs through the 2024/25 season.", "Her contract runs through the 2024/25 season"),
])
def test_a_range_between_an_article_and_its_noun_stays(text, wanted):
    """A range written with a dash or slash modifies the noun after its second end, as a year alone does: cut, it
    would leave "War changed" and "through season"."""
    assert set(extract(text, dct="2024-06-19", lang="en")["label"]) == {wanted}


def test_a_nights_two_days_go_with_it():
    """"in der Nacht vom 2. auf den 3. Januar": the range's bare first day goes with its second end."""
    frame = extract("Die Truppen zogen sich in der Nacht vom 2. auf den 3. Januar über eine Brücke zurück.",
                    dct="2024-06-19", lang="de")
    assert set(frame["label"]) == {"Die Truppen zogen sich über eine Brücke zurück"}


@pytest.mark.parametrize("lang, text, wanted", [
    ("fr", "Le nouveau collège ouvrira ses portes mi-septembre.", "Le nouveau collège ouvrira ses portes"),
    ("fr", "La ministre se rendra mi-avril à Marseille.", "La ministre se rendra à Marseille"),
    ("en", "The new ferry is due mid-July.", "The new ferry is due"),
])
def test_a_boundary_word_joined_to_its_date_by_a_hyphen_goes_with_it(lang, text, wanted):
    """"mi-avril", "mid-July" open with their own preposition as "fin avril" does: the date is cut whole."""
    assert set(extract(text, dct="2026-03-04", lang=lang)["label"]) == {wanted}


@pytest.mark.parametrize("lang, text, kept", [
    ("fr", "Adelina Domingues s'est éteinte mercredi après-midi à l'âge de 114 ans.", "à l'âge de 114 ans"),
    ("fr", "Le régiment totalise déjà dix-huit mois de présence au Kosovo depuis 1999.", "dix-huit mois de présence"),
    ("de", "Er ist seit 24 Jahren im Amt und wurde am Sonntag wiedergewählt.", "seit 24 Jahren im Amt"),
])
def test_labels_keep_durations_and_ages(lang, text, kept):
    """The chart's axis shows when; how long, how old and how often are part of what happened."""
    frame = extract(text, dct="2024-06-19", lang=lang)
    dated = frame[frame["type"].isin(["DATE", "TIME"])]
    assert len(dated) and all(kept in label for label in dated["label"]), list(dated["label"])


@pytest.mark.parametrize("text, start", [
    ("That’s why the ferry stopped running in 2019.", "That’s why"),
    ("It's been raining in the valley since Monday, officials said.", "It's been raining"),
])
def test_a_leading_word_is_not_cut_from_its_contraction(text, start):
    """A cut "That" must not leave the label starting with the orphaned "s" of "That's"."""
    labels = list(extract(text, dct="2024-06-19", lang="en")["label"])
    assert labels and all(label.startswith(start) for label in labels), labels


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "New rules take effect on January 1, 2014.\n\n™ & © 2013 Example News Network, Inc. All rights reserved.",
     ["January 1, 2014"]),
    ("de", "Das Gesetz gilt ab 1. Januar 2025.\n\n© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
     ["1. Januar 2025"]),
    ("en", "The copyright on the song expired in 2019, the court ruled.", ["2019"]),  # a word, not a notice
])
def test_a_copyright_notice_is_no_event(lang, text, kept):
    assert list(extract(text, dct="2013-12-30", lang=lang)["expression"]) == kept


def test_the_publication_line_is_no_event():
    text = ("Aktualisiert am 19.06.2024, 14:32 Uhr\n\nPutin in Pjöngjang\n\nAm Mittwoch unterzeichneten Putin und "
            "Kim Jong Un in Pjöngjang einen Vertrag.\n\nStand: 19.06.2024 18:00 Uhr")
    frame = extract(text, lang="de")
    assert list(frame["expression"]) == ["Mittwoch"]
    assert {str(d.date()) for d in frame["dct"]} == {"2024-06-19"}  # the publication date stays in the metadata
    english = extract("Updated June 19, 2024 at 2:32 p.m. ET\n\nKim met Putin on Wednesday in Pyongyang.", lang="en")
    assert "Article date" not in set(english["label"]) and list(english["expression"]) == ["Wednesday"]


@pytest.mark.parametrize("lang, stamp", [
    ("en", "Fri, Mar 14 2014 at 9:05 PM"),  # a weekday abbreviation and a clock time
    ("en", "First Posted: 03/14/14 09:05 PM ET Updated: 03/15/14 10:17 AM ET"),  # cues and time zones
    ("en", "Mar. 14 - 9:05 pm et"),
    ("en", "Fri, 14 Mar 2014 21:05 CDT"),
    ("en", "LISBON - March 14 -"),  # a dateline: a place in capitals before the date
    ("en", "March 14, 2014 @ 9: 05pm"),  # the clock time the tagger left in pieces
    ("de", "Fr, 14.03.2014 um 21:05 Uhr MEZ"),
    ("fr", "Publié le ven. 14 mars 2014 à 21h05"),
])
def test_a_time_stamp_line_is_no_event(lang, stamp):
    body = {"en": "The ferry sank on Monday near the coast.", "de": "Die Fähre sank am Montag vor der Küste.",
            "fr": "Le ferry a coulé lundi près de la côte."}[lang]
    frame = extract(f"Ferry sinks\n{stamp}\n{body}", dct="2014-03-15", lang=lang)
    assert list(frame["expression"]) == [{"en": "Monday", "de": "Montag", "fr": "lundi"}[lang]], list(frame["label"])


@pytest.mark.parametrize("text, expression", [
    ("Tue, the day after the storm, brought rain on March 18.", "March 18"),  # a sentence, not a stamp
    ("Stop at 9:05 PM\nThe last bus leaves the square on March 14, 2014.", "9:05 PM"),  # a word besides the time
    ("1945\nThe war in Europe ended in May.", "1945"),  # a heading of dates alone
])
def test_a_line_with_other_words_is_no_time_stamp(text, expression):
    assert expression in list(extract(text, dct="2014-03-15", lang="en")["expression"])


def test_sample_labels_read():
    root = Path(__file__).resolve().parent.parent / "sample_data"
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    for entry in index:
        frame = extract((root / entry["file"]).read_text(encoding="utf-8"), lang=entry["lang"])
        bad = [(label, broken(label)) for label in frame["label"] if broken(label)]
        assert not bad, (entry["file"], bad)
        assert all(len(label.split()) <= LABEL_WORDS + 1 for label in frame["label"])


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the phrase describing the subject goes, so that the verb fits ("Le maire, ... , a inauguré")
    ("fr", "Le maire de la commune voisine, Jean-Pierre Durand, a inauguré lundi la nouvelle médiathèque du "
           "quartier nord de la ville.", "lundi", "Le maire de la commune voisine a inauguré"),
    ("de", "Der Bürgermeister, ein gelernter Zimmermann aus dem Dorf, hat am Montag die neue Bibliothek im Norden "
           "der Stadt feierlich eröffnet.", "Montag", "Der Bürgermeister hat die neue Bibliothek"),
    # an introductory phrase set off by a comma goes
    ("en", "In a crowded hall near the harbour of the old town, the council approved the new budget on Monday.",
     "Monday", "The council approved the new budget"),
    # a relative clause between subject and verb, when the date is elsewhere
    ("en", "The new ticket machine, which every station on the busy airport line of the city will need, went on sale "
           "on Monday for nine hundred euros.", "Monday", "The new ticket machine went on sale for nine hundred euros"),
    ("de", "Die neue Fähre, die jeder Hafen an der langen und stürmischen Küste des Nordens braucht, läuft am Montag "
           "vom Stapel in der Werft.", "Montag", "Die neue Fähre läuft vom Stapel in der Werft"),
])
def test_long_labels_keep_subject_and_verb(lang, text, expression, wanted):
    (context,) = contexts(text, lang, expression)
    assert context.label.startswith(wanted) and len(context.label.split()) <= LABEL_WORDS, context.label


@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("en", "While the old ferry was being repaired in the shipyard of the neighbouring town, the council opened a new "
           "bridge across the river in 2019.", "2019", "The council opened a new bridge across the river"),
    ("en", "But if the weather stays dry over the whole of the coming long weekend, the organisers will hold the "
           "harbour festival on Saturday.", "Saturday", "The organisers will hold the harbour festival"),
    # a verb-second main clause opens with its verb once the clause before it is gone: the subject goes first
    ("de", "Nachdem der Stadtrat lange über die Kosten der neuen Schwimmhalle gestritten hatte, beschloss die "
           "Verwaltung im Mai den Bau eines kleineren Bades.", "Mai",
     "Die Verwaltung beschloss den Bau eines kleineren Bades"),
    ("fr", "Lorsque les travaux de la gare routière seront enfin terminés dans le centre de la ville, la mairie "
           "ouvrira le marché couvert le 3 mars.", "3 mars", "La mairie ouvrira le marché couvert"),
    # a date cut from the start leaves a second introductory phrase: it goes too
    ("en", "In 2019, during a long dispute over the cost of the new harbour wall, the council replaced the engineers "
           "of the project.", "2019", "The council replaced the engineers of the project"),
    # ... also when a relative clause parts the main clause's subject from its verb: that clause goes as well
    ("en", "In 2019, after a long dispute over the price of the new stadium near the river, the City Football Club, "
           "which plays in the second league, moved to the suburbs.", "2019",
     "The City Football Club moved to the suburbs"),
])
def test_long_labels_drop_an_introductory_clause(lang, text, expression, wanted):
    """The main clause tells what happened: "If the weather stays dry over the whole…" alone is a fragment."""
    assert contexts(text, lang, expression)[0].label == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the date stands in the introductory phrase: it is the dated event, and keeps its preposition
    ("en", "Before leaving office in 2019, the mayor opened a new bridge.", "2019",
     "Before leaving office, the mayor opened a new bridge"),
    # the main clause only reports what the clause before it says
    ("en", "Because the members of the council approved the plan for a new bridge over the river near the old "
           "mill, the mayor said on Monday.", "Monday", "The members of the council approved the plan for a new "
                                                        "bridge…"),
])
def test_an_introductory_phrase_stays_when_it_tells_the_event(lang, text, expression, wanted):
    assert contexts(text, lang, expression)[0].label == wanted


def test_a_relative_clause_with_a_list_is_kept():
    text = ("The club elected a new board after Anna Berg, who left as chairwoman, treasurer and secretary of the club "
            "in May for health reasons.")
    assert "who left as chairwoman" in contexts(text, "en", "May")[0].label  # "chairwoman," closes no clause


def test_a_label_one_word_over_the_limit_stays_whole():
    whole = "The ferry across the wide river at the northern end of town sank"
    assert len(whole.split()) == LABEL_WORDS + 1
    assert contexts(whole + " on Monday.", "en", "Monday")[0].label == whole  # "…" would stand for "sank"
    longer = contexts("The old ferry across the wide river at the northern end of town sank on Monday.", "en",
                      "Monday")[0].label
    # cut with "…", and the verb that ends the sentence stays after it: "The old ferry … sank"
    assert "…" in longer and longer.endswith("sank") and len(longer.split()) <= LABEL_WORDS, longer


def test_a_date_described_by_the_clause_after_it_stays():
    """Cut, "until 1990" would leave "ruled the town when a younger rival beat him"."""
    for lang, sentence in (("en", "The mayor ruled the town until 1990 when a younger rival beat him"),
                           ("fr", "Il a dirigé la ville jusqu'en 1990 lorsque son rival l'a battu")):
        assert contexts(sentence + ".", lang, "1990")[0].label == sentence
    # "in der" after a date is read as a preposition and its article, not as a relative: the date goes
    label = contexts("Die Sammlung findet am 9. Mai in der Zeit von acht bis zwölf Uhr statt.", "de", "9. Mai")[0].label
    assert label == "Die Sammlung findet in der Zeit von acht bis zwölf Uhr statt"


def test_long_labels_drop_bracketed_asides():
    text = "The regiment advanced 15 kilometers (10 miles) and took the bridge over the river on Monday."
    (monday,) = contexts(text, "en", "Monday")
    assert "(10 miles)" not in monday.label and "took the bridge" in monday.label


@pytest.mark.parametrize("text, expression, wanted", [
    # a dash as a word, an em dash glued between words, a hyphen glued to a relative pronoun (a dash typed so)
    ("Several small shareholders -- among them two retired farmers from the valley -- sold their stakes in "
     "March.", "March", "Several small shareholders sold their stakes"),
    ("Captain Gray—who had led the northern company across the frozen lake for weeks—told the council on "
     "Tuesday that the camp was lost.", "Tuesday", "Captain Gray told the council that the camp was lost"),
    ("In early May 1871, during the siege Captain Gray-whose company held the old bridge in 1869-told the "
     "council the camp was lost.", "early May 1871",
     "During the siege Captain Gray told the council the camp was lost"),
])
def test_long_labels_drop_asides_between_dashes(text, expression, wanted):
    """A label too long for the chart loses an aside set off by a pair of dashes, as it does a bracketed one: cut
    at the chart's word limit, it ended inside the aside, before the main verb."""
    assert contexts(text, "en", expression)[0].label == wanted


@pytest.mark.parametrize("text, expression, wanted", [
    ("By the time the report on the 12 - year - old was published Monday, the neighbours had gathered outside the "
     "school gates.", "Monday", "The report on the 12 - year - old was published Monday"),
    ("The council will vote on a three - party budget plan for the harbour on March 3 of next year.",
     "March 3 of next year", "The council will vote on a three - party budget plan…"),
    ("On May 4, the ministry said it would withdraw the so - called “green levy” on fuel, following a 60 - day "
     "review.", "May 4", "The ministry said it would withdraw the so - called “green levy”…"),
    # a quantifier opens a compound too: not "Time leader retired", "Hearted attempt"
    ("The league's all - time leader in assists retired in 1993.", "1993",
     "The league's all - time leader in assists retired"),
    ("The club made a half - hearted attempt to sign him in March.", "March",
     "The club made a half - hearted attempt to sign him"),
    ("Currently, she ranks third in goals and fifth in assists all - time.", "Currently",
     "She ranks third in goals and fifth in assists all - time"),
    # after a year, a spaced hyphen before a word is a dash: the aside it opens is dropped
    ("The miners struck in June 1921 - hoping to win back their wages - and were locked out.", "June 1921",
     "The miners struck and were locked out"),
])
def test_a_spaced_hyphen_inside_a_compound_is_no_dash(text, expression, wanted):
    """Tokenized text writes a compound's hyphen with spaces ("16 - year - old", "two - party", "so - called"): after
    a number, an ordinal or a prefix it joins the compound, no clause ends and no aside opens there. Read as a dash
    it cut the clause inside the compound ("Old was published", "reverse the so")."""
    assert contexts(text, "en", expression)[0].label == wanted


def test_a_phrase_after_a_clause_of_its_own_is_no_item_of_a_list_of_dates():
    """"She said Monday that she had met Anna Berg, now in her third term": "now in …" describes the name before
    it; the host's date is followed by a clause of its own, so the phrase is no second item of a list that shares
    "said" (which made "She said in her third term in the Senate", a claim about the speaker)."""
    text = "She said Monday that she had met Anna Berg, now in her third term in the Senate."
    assert not contexts(text, "en", "Monday", "now")[1].label.startswith("She said in")
    listed = contexts("The band plays on May 9 in Boston, on May 10 in Chicago.", "en", "May 9", "May 10")[1]
    assert listed.label.startswith("The band plays")  # a list of dated phrases still shares its verb


@pytest.mark.parametrize("text, wanted", [
    # a compound of two hyphens ends the cut: its hyphens are no words
    ("The panel talked for nearly five hours Tuesday before fining the 31 - year - old Gregory Allan Pike of "
     "Bristol for the damage.", "The panel talked for nearly five hours Tuesday before fining the 31 - year - old…"),
    ("The committee met for nearly five hours Tuesday before ending the so - called hearing of the former mayor of "
     "the town.", "The committee met for nearly five hours Tuesday before ending the so - called…"),
    # a compound's last part is no function word the cut steps back over ("day" is one): not "begin a 90…"
    ("The mayor and the new harbour board agreed on Tuesday to begin a 30 - day review of all the contracts signed "
     "by the city council.", "The mayor and the new harbour board agreed to begin a 30 - day…"),
    # a longer one would overrun the chart's budget: the cut goes before it
    ("The committee met for nearly five hours Tuesday before ending the four - and - a - half - hour hearing of the "
     "former mayor.", "The committee met for nearly five hours Tuesday before ending…"),
])
def test_a_label_cut_for_the_chart_keeps_a_spaced_compound_whole_or_not_at_all(text, wanted):
    """Cut inside "31 - year | - old" it read "fining the 31…"; cut always before the compound, "came at the end of
    the next three - minute stretch" lost what it was the end of ("came at the end…")."""
    assert contexts(text, "en", "Tuesday")[0].label == wanted


def test_a_dashed_aside_that_holds_the_date_stays():
    text = ("Several small shareholders of the old mill -- who had bought their stakes in March -- sold them to "
            "the bank at a loss.")
    assert "who had bought" in contexts(text, "en", "March")[0].label  # the aside tells the dated event


def test_a_list_or_a_clause_of_its_own_is_no_apposition():
    text = ("Die Frau hat heute Ehrgeiz, sogar Erfolg, sie hat ein Kind ohne Mann und eine Wohnung in der Stadt "
            "gekauft.")
    (today,) = contexts(text, "de", "heute")
    assert "Erfolg" in today.label  # "sie hat" starts a clause: nothing is dropped
    market = contexts("The market sold apples, pears, plums, cherries and nuts from local farms to many visitors "
                      "on Saturday.", "en", "Saturday")[0]
    assert "pears" in market.label
    retreat = contexts("Der General verzögerte seinen Angriff, was den Gegnern die Gelegenheit bot, sich am 2. "
                       "Januar über eine Nebenstraße aus der Stadt zurückzuziehen.", "de", "2. Januar")[0]
    # "…, sich … zurückzuziehen" is a clause of its own: the clause before it is no apposition that could go (the
    # date in the infinitive complement keeps the noun that controls it: "…die Gelegenheit bot, sich …")
    assert "Gelegenheit bot, sich" in retreat.label


@pytest.mark.parametrize("lang, text, expressions, wanted", [
    ("de", "Der Verband hatte bereits im Juni seine Prognosen für 2014 und 2015 nach unten revidiert.",
     ("Juni", "2014", "2015"), "Der Verband hatte seine Prognosen nach unten revidiert"),
    ("fr", "Le musée des Beaux-Arts restera ouvert jusqu'au dimanche 14 septembre inclus.",
     ("dimanche 14 septembre",), "Le musée des Beaux-Arts restera ouvert"),
    ("de", '"Den 11. September verstehen" heißt das Buch des Historikers.', ("11. September",),
     '"Den 11. September verstehen" heißt das Buch des Historikers'),
])
def test_labels_keep_date_phrases_whole(lang, text, expressions, wanted):
    """Two dates joined by "und" alone are one phrase; "inclus" goes with its date; a quoted title keeps its date."""
    assert {context.label for context in contexts(text, lang, *expressions)} == {wanted}


@pytest.mark.parametrize("lang, text, expression, start", [
    ("en", "The old bridge of the town, which was closed to traffic on Monday, reopens after repairs that took the "
           "crews of three companies several weeks.", "Monday", "The old bridge of the town, which was closed"),
    ("fr", "Les habitants du quartier ont longtemps attendu la nouvelle piscine municipale, qui ouvrira ses portes le "
           "3 mars après trois ans de travaux difficiles.", "3 mars",
     "La nouvelle piscine municipale ouvrira ses portes"),
    ("de", "Der Gemeinderat lobte die neue Bibliothek im Norden der Stadt, die am Montag nach langer Bauzeit für "
           "alle Leserinnen und Leser öffnete.", "Montag", "Die neue Bibliothek öffnete"),
])
def test_a_relative_clause_takes_the_noun_it_describes(lang, text, expression, start):
    """"Which was closed to traffic" alone is a fragment: the noun phrase before the comma goes in front, in the
    pronoun's place when the pronoun is the subject ("qui ouvrira"), not when a linking word ties two nouns ("the
    old bridge of the town", `timeline.subclauses`)."""
    (context,) = contexts(text, lang, expression)
    assert context.label.startswith(start), context.label


@pytest.mark.parametrize("text, expression, wanted", [
    ("Among the first three mountain towns to open a public library in March were also Arnsberg and Velden.",
     "March", "Among the first three mountain towns to open a public library…"),
    ("One of the first two ships to leave the harbor on Monday was the old steamer Aurora from Bergen.", "Monday",
     "One of the first two ships to leave the harbor…"),
    ("The only two ministers of the cabinet to vote against the plan on Tuesday were Mr. Hale and Ms. Orr.",
     "Tuesday", "The only two ministers of the cabinet to vote against the plan…"),
    # a full verb tells what the subject did: the infinitive group may go
    ("Another costly attempt by the northern militia to cross the frozen river in January also failed after heavy "
     "losses.", "January", "Another costly attempt … failed after heavy losses"),
])
def test_an_infinitive_group_the_date_closed_before_a_copula_stays(text, expression, wanted):
    """"Among the first towns … were Arnsberg" says only which: the infinitive group the date stood in tells what
    happened at it, so a long label keeps it rather than "…" in its place."""
    assert contexts(text, "en", expression)[0].label == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("de", "Es war ein großer Erfolg, wie die Zeitung am Montag schrieb.", "Montag",
     "Es war ein großer Erfolg, wie die Zeitung schrieb"),
    ("en", "It rained hard all night, as the weather service had warned on Sunday.", "Sunday",
     "It rained hard all night, as the weather service had warned"),
    ("fr", "Il a plu toute la nuit, comme l'avait annoncé la préfecture le 3 mars.", "3 mars",
     "Il a plu toute la nuit, comme l'avait annoncé la préfecture"),
])
def test_a_subordinate_clause_of_a_short_sentence_takes_the_sentence(lang, text, expression, wanted):
    """"Wie die Zeitung schrieb" says nothing that happened; the short sentence it belongs to does."""
    assert contexts(text, lang, expression)[0].label == wanted


def test_a_relative_pronoun_is_no_article_of_its_date():
    text = ("Die Ausstellung, die wir am 1. Mai in der Stadthalle eröffnen, zeigt Bilder aus drei Jahrhunderten der "
            "Malerei im Alpenraum.")
    label = contexts(text, "de", "1. Mai")[0].label
    assert label.startswith("Die Ausstellung, die wir in der Stadthalle eröffnen"), label  # not "…, in der"


def test_a_long_german_label_keeps_the_verb_at_the_end_of_its_clause():
    text = ("Die Feuerwehr hat am Montag nach einem langen Einsatz in der Altstadt von Passau einen Brand in einer "
            "alten Scheune gelöscht.")
    label = contexts(text, "de", "Montag")[0].label
    assert label.startswith("Die Feuerwehr hat") and label.endswith("Scheune gelöscht"), label
    assert len(label.split()) <= LABEL_WORDS + 1
    # an English label is cut at its end: its verb comes early
    english = contexts("The fire brigade put out a fire in an old barn in the old town of the city after a long night "
                       "on Monday.", "en", "Monday")[0].label
    assert english.startswith("The fire brigade put out a fire") and english.endswith("…"), english


@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("en", "Officials revised December's figures on Friday.", "Friday", "Officials revised December's figures"),
    ("de", "Er spielte in der Saison 2014/15 für den Verein aus der Nachbarstadt.", "2014",
     "Er spielte in der Saison 2014/15 für den Verein aus der Nachbarstadt"),
    # a date set off by commas goes with both commas
    ("fr", "Le gardien effectuait, hier, une ronde dans le parc.", "hier",
     "Le gardien effectuait une ronde dans le parc"),
    ("en", "The committee met, on Tuesday, with the mayor.", "Tuesday", "The committee met with the mayor"),
    # a comma that closed the date's phrase alone goes when a phrase of the same verb follows, led by a preposition
    ("fr", "Les randonneurs se retrouveront à 9 h, devant l'église du village.", "9 h",
     "Les randonneurs se retrouveront devant l'église du village"),
    ("fr", "Le vieux pêcheur est mort le 4 mars, dans sa maison du port.", "4 mars",
     "Le vieux pêcheur est mort dans sa maison du port"),
    ("en", "The old fisherman died on March 4, in his house by the harbour.", "March 4",
     "The old fisherman died in his house by the harbour"),
    ("de", "Der Chor singt am Sonntag, in der Kapelle am Hafen.", "Sonntag", "Der Chor singt in der Kapelle am Hafen"),
    # ...but not before a relative clause
    ("en", "The mayor opened the new gym on Saturday, in which the children will play basketball.", "Saturday",
     "The mayor opened the new gym, in which the children will play basketball"),
    ("de", "Der Bürgermeister eröffnete die Halle am Samstag, in der die Kinder Basketball spielen werden.", "Samstag",
     "Der Bürgermeister eröffnete die Halle, in der die Kinder Basketball spielen werden"),
    # ...and a comma before a new phrase stays
    ("fr", "En mairie de Tronville, samedi, Paul Martin a épousé Anne Petit.", "samedi",
     "En mairie de Tronville, Paul Martin a épousé Anne Petit"),
    # a date with a lone word about it between commas, or an item of a list, stays
    # (the birth is what 1961 dates: the apposition with its subject, `timeline.appositions`)
    ("de", "Müller, 1961 geboren, leitet seit Jahren das Museum der Stadt.", "1961", "Müller, 1961 geboren"),
    ("de", "Die Schule feiert das Sommerfest, Ostern und Pfingsten gemeinsam mit den Eltern.", "Ostern",
     "Die Schule feiert das Sommerfest, Ostern und Pfingsten gemeinsam mit den Eltern"),
    # a clause that starts inside a parenthesis goes on after it, subject first
    ("de", "In Bayern (wo die Regeln, weil der Landtag es so beschloss, strenger sind) sind im Herbst 2009 die "
           "Kontrollen verschärft worden.", "Herbst 2009", "Die Kontrollen sind verschärft worden"),
    ("en", "There were protests in the capital on Monday.", "Monday", "There were protests in the capital"),
])
def test_labels_leave_no_gap_where_a_date_was(lang, text, expression, wanted):
    label = contexts(text, lang, expression)[0].label
    assert label == wanted and not broken(label), label


@pytest.mark.parametrize("lang, text, expressions, wanted", [
    # a preposition of exception needs its date
    ("en", "Except in August the museum opens every morning.", ("August",),
     "Except in August the museum opens every morning"),
    ("de", "Außer im August ist das Museum jeden Morgen geöffnet.", ("August",),
     "Außer im August ist das Museum jeden Morgen geöffnet"),
    # a negated clause whose date ends a span of time says the date: without it, it says the opposite
    ("en", "The ferry will not sail until June.", ("June",), "The ferry will not sail until June"),
    ("de", "Die neue Brücke wird nicht vor Juni eröffnet.", ("Juni",), "Die neue Brücke wird nicht vor Juni eröffnet"),
    ("fr", "Le bac ne partira pas avant juin.", ("juin",), "Le bac ne partira pas avant juin"),
    # a verb of duration needs its time, and the range's second end goes with the first
    ("en", "The strike lasted from May to July.", ("May", "July"), "The strike lasted from May to July"),
    ("de", "Die Ausstellung dauerte vom März bis zum Juni.", ("März", "Juni"),
     "Die Ausstellung dauerte vom März bis zum Juni"),
    # the participle of dating or of setting a date needs its time too
    ("en", "The old bridge can be dated to 1200 BC.", ("1200 BC",), "The old bridge can be dated to 1200 BC"),
    ("fr", "La fête du village est fixée au 3 mai.", ("3 mai",), "La fête du village est fixée au 3 mai"),
    # so does a verb whose complement is a time ("go back to", "date from"), with the governing words of any length
    ("fr", "Le dernier record de chaleur remontait à 2003.", ("2003",),
     "Le dernier record de chaleur remontait à 2003"),
    ("fr", "Cette querelle de voisinage remonte au printemps 2011.", ("printemps 2011",),
     "Cette querelle de voisinage remonte au printemps 2011"),
    ("fr", "Le bail allait de 2012 à 2014.", ("2012", "2014"), "Le bail allait de 2012 à 2014"),
    ("en", "The feud between the brothers goes back to 1987.", ("1987",),
     "The feud between the brothers goes back to 1987"),
    ("en", "The oldest wing dates back to 1642.", ("1642",), "The oldest wing dates back to 1642"),
    ("de", "Die Orgel stammt aus dem Jahr 1764.", ("Jahr 1764",), "Die Orgel stammt aus dem Jahr 1764"),
    ("de", "Die Fehde reicht bis 1987 zurück.", ("1987",), "Die Fehde reicht bis 1987 zurück"),
    # "à" ends a range opened by "de", "aux", "entre" (not "samedi à 8 h"): no half range is left
    ("fr", "Les travaux s'étendront de 2027 à 2029.", ("2027", "2029"), "Les travaux s'étendront de 2027 à 2029"),
    ("fr", "Ces malversations remontaient aux années 2009 à 2011, sous l'ancien maire.", ("2009", "2011"),
     "Ces malversations remontaient aux années 2009 à 2011, sous l'ancien maire"),
    ("fr", "La boutique est ouverte de 9 h à 19 h.", ("9 h", "19 h"), "La boutique est ouverte de 9 h à 19 h"),
    ("fr", "Le guichet ouvre samedi à 8 h.", ("samedi", "8 h"), "Le guichet ouvre"),
    # a date after a noun and "of", "des", "du" is part of the noun's phrase
    ("en", "The approach of the year 2000 worried many groups.", ("the year 2000",),
     "The approach of the year 2000 worried many groups"),
    ("de", "Der Beginn des Jahres 1990 brachte große Veränderungen.", ("Jahres 1990",),
     "Der Beginn des Jahres 1990 brachte große Veränderungen"),
    ("fr", "L'accord du 10 avril serait caduc, selon le ministre.", ("10 avril",),
     "L'accord du 10 avril serait caduc, selon le ministre"),
    # a date between a coordinator and the finite verb of a verb-second clause stays in front of the verb...
    # ("…, denn seit Mai bin ich unterwegs" is a clause of its own after the comma: "Ich bin unterwegs")
    ("de", "Die Partei kennt den Plan und seit Anfang Mai bin ich unterwegs.", ("Anfang Mai",),
     "Die Partei kennt den Plan und seit Anfang Mai bin ich unterwegs"),
    # (a main clause of its own after the coordinator is the date's clause: the subject goes first, the date goes)
    ("de", "Lee wurde geschlagen und einen Tag später kapitulierte die Stadt.", ("einen Tag später",),
     "Die Stadt kapitulierte"),
    ("de", "Lee wurde geschlagen und einen Tag später kapitulierte in der Nacht die Stadt.", ("einen Tag später",),
     "Einen Tag später kapitulierte in der Nacht die Stadt"),
    # ...but not before a verb that ends a verb-final clause
    ("de", "Er sagte, dass die Offensive geplant wurde und am 30. Juni begann.", ("30. Juni",),
     "Er sagte, dass die Offensive geplant wurde und begann"),
    # a date with its own postposition goes whole, after a noun too (no "eight days" stays without "later")
    ("en", "Russia declared war on Japan eight days later.", ("eight days later",),
     "Russia declared war on Japan"),
    # (a figure compared with the clause's own has a label of its own: tests/test_figures.py)
    ("en", "Wages were 3 percent higher than a year earlier.", ("a year earlier",),
     "Wages were 3 percent higher than a year earlier"),
    # a date that is what the copula at the end of its clause says
    ("de", "Start der Saison war am 1. Juli.", ("1. Juli",), "Start der Saison war am 1. Juli"),
    # a word sharing the date's preposition
    ("en", "The standoff continued throughout the fall and winter.", ("the fall",),
     "The standoff continued throughout the fall and winter"),
    # where a clean cut is possible, all the date's words go: an accusative of time with its postposition...
    ("de", "Den Koffer habe ich den ganzen Winter über getragen.", ("ganzen Winter",), "Den Koffer habe ich getragen"),
    ("de", "Über den Winter kamen die Kämpfe zum Stillstand.", ("Winter",), "Die Kämpfe kamen zum Stillstand"),
    # ...(a date in a participle's phrase before its noun dates the participle: the noun phrase keeps it whole,
    # in the nominative: see test_event_nouns)...
    ("de", "Die Truppen waren von der seit Mitte Mai grassierenden Grippe betroffen.", ("Mitte Mai",),
     "Seit Mitte Mai grassierende Grippe"),
    ("de", "Die Firma rechnet damit, dass innerhalb der kommenden Jahre der Fuhrpark erneuert wird.",
     ("kommenden Jahre",), "Der Fuhrpark wird erneuert"),
    # ...and the second end of a range after a slash
    ("de", "Das Problem begann 1925/26 mit dem neuen Stollen.", ("1925",), "Das Problem begann mit dem neuen Stollen"),
    # a date the tagger split goes as one: with a phrase pointing back to its year, with a date tied to it by a
    # genitive link over words the tagger left out
    ("de", "Der König hatte den Minister am 4. Mai desselben Jahres entlassen.", ("4. Mai",),
     "Der König hatte den Minister entlassen"),
    ("en", "The birds returned to the lake in the spring of that year.", ("the spring",),
     "The birds returned to the lake"),
    ("fr", "Le roi a renvoyé le ministre le 4 mai de la même année.", ("4 mai",), "Le roi a renvoyé le ministre"),
    ("de", "Ohne Vorwarnung wagte der General am Morgen des 12. Augusts 1810 den Angriff auf die Stadt.",
     ("Morgen", "1810"), "Ohne Vorwarnung wagte der General den Angriff auf die Stadt"),
    # a comparison particle before a date that closes the clause: the date is what is compared
    ("de", "Das Programm ist wie am Freitag.", ("Freitag",), "Das Programm ist wie am Freitag"),
    ("de", "Der Umsatz war höher als im Vorjahr.", ("Vorjahr",), "Der Umsatz war höher als im Vorjahr"),
    ("en", "Exports were higher than in 2001.", ("2001",), "Exports were higher than in 2001"),
    ("fr", "Les ventes sont plus élevées qu'en 2001.", ("2001",), "Les ventes sont plus élevées qu'en 2001"),
    # a preposition that governs no date alone holds the one after it...
    ("de", "Die Preise steigen beginnend mit dem 1. Juli.", ("1. Juli",),
     "Die Preise steigen beginnend mit dem 1. Juli"),
    ("en", "The repairs continued into 2002.", ("2002",), "The repairs continued into 2002"),
    # ...unless it is a verb's particle or closes a phrase of its own
    ("en", "The riders set off in June.", ("June",), "The riders set off"),
    ("de", "Die Truppen zogen von Norden aus im Mai gegen die Stadt.", ("Mai",),
     "Die Truppen zogen von Norden aus gegen die Stadt"),
    # a hyphenated date before a noun is its adjective
    ("en", "The firm reported a 30% drop in third-quarter profit.", ("third-quarter",),
     "The firm reported a 30% drop in third-quarter profit"),
    # a date that ends in a preposition takes its object; one with a word of sameness, what it is compared with
    ("en", "The day after the storm the mayor closed the schools.", ("The day after",),
     "The day after the storm the mayor closed the schools"),
    ("en", "The two fleets sailed on the same day as the army.", ("the same day",),
     "The two fleets sailed on the same day as the army"),
    ("de", "Die Flotte lief am selben Tag wie das Heer aus.", ("am selben Tag",),
     "Die Flotte lief am selben Tag wie das Heer aus"),
    ("en", "Most voters saw the vote in 1990 as the start of a new era.", ("1990",),
     "Most voters saw the vote as the start of a new era"),
    # after "of" alone, a date before a noun is its attribute; a German lower-case word after a date is a verb
    ("en", "Exports reached 80% of 1990 levels.", ("1990",), "Exports reached 80% of 1990 levels"),
    ("de", "In der vergangenen Woche präsentierte die Firma einen Plan.", ("vergangenen Woche",),
     "Die Firma präsentierte einen Plan"),
    # a date set off by commas after an introductory phrase leaves the comma that ends the phrase, which keeps its
    # preposition; a verb-second clause goes on with no comma
    ("fr", "Depuis le début de la grève, fin mars 2001, les usines ont perdu 300 emplois.", ("fin mars 2001",),
     "Depuis le début de la grève, les usines ont perdu 300 emplois"),
    ("en", "Since the start of the strike, in late March 2001, the plants have lost 300 jobs.", ("late March 2001",),
     "Since the start of the strike, the plants have lost 300 jobs"),
    ("de", "Seit Beginn des Streiks, Ende März 2001, haben die Werke 300 Stellen verloren.", ("Ende März 2001",),
     "Seit Beginn des Streiks haben die Werke 300 Stellen verloren"),
    # a date that opens its clause and heads a genitive is the subject
    ("en", "The last days of the siege marked the end of the war.", ("The last days",),
     "The last days of the siege marked the end of the war"),
    ("fr", "Les derniers jours du siège ont marqué la fin de la guerre.", ("Les derniers jours",),
     "Les derniers jours du siège ont marqué la fin de la guerre"),
])
def test_labels_leave_no_hole_where_a_date_phrase_was(lang, text, expressions, wanted):
    """Where cutting the date would leave a hole or say something else, the label keeps it with its words;
    elsewhere the date goes with all the words that govern it."""
    label = contexts(text, lang, *expressions)[0].label
    assert label == wanted and not broken(label), label


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the first words end after a whole phrase, not on a number before its noun ("… der letzten zwei …")
    ("de", "Die Feuerwehr hatte in den Einsätzen der letzten zwei Monate rund 300 Brände in der Umgebung der Stadt "
           "gelöscht.", "zwei Monate", "Die Feuerwehr hatte in den Einsätzen … der Stadt gelöscht"),
    # the closing words start with their phrase's preposition: "im Meraner Gemeinderat", not "Meraner Gemeinderat"
    ("de", "Die Bürgerliste und der Seniorenbeirat haben daraufhin am Dienstag einen Antrag auf Prüfung im Meraner "
           "Gemeinderat eingebracht.", "Dienstag",
     "Die Bürgerliste und der Seniorenbeirat haben daraufhin einen Antrag … im Meraner Gemeinderat eingebracht"),
    # a preposition alone before "…" goes: the clause is told from its verb
    ("de", "Durch den von den Gewerkschaften und den Händlern lange geforderten Beschluss vom 3. Mai wurde die alte "
           "Verwaltung aufgelöst und die Macht neu verteilt.", "3. Mai",
     "Wurde die alte Verwaltung aufgelöst und die Macht neu verteilt"),
])
def test_a_cut_label_leaves_no_phrase_open_at_its_gap(lang, text, expression, wanted):
    """A "…" falls between two phrases: the words before it do not end on an article, preposition, number or
    adjective whose noun it hides, and the words after it do not start after their phrase's preposition."""
    label = contexts(text, lang, expression)[0].label
    assert label == wanted and not broken(label), label


def test_the_broken_check_finds_the_holes_of_a_cut_date():
    assert broken("Among the first three … were the two ports") and broken("Die Flotte war mit dem Verlust von zwei … "
                                                                           "Minen weitgehend ausgeschaltet")
    assert not broken("Die Flotte war im Jahr 1905 … weitgehend ausgeschaltet")
    assert broken("Außer ist das Museum täglich geöffnet") and broken("Except the museum opens daily")
    assert broken("Die Partei kennt das Konzept, denn bin ich unterwegs")
    assert broken("Den Koffer habe ich über getragen")
    assert not broken("Außer im August ist das Museum täglich geöffnet")


def _actors(text: str, lang: str) -> tuple[list[str], list[str]]:
    return find_actors(text, (0, len(text)), (0, len(text)), lang)


def test_capitalised_common_words_are_no_actors():
    # A word of the language capitalised for its position or before a number is no name; a name after it stays.
    text = "No Fed rate cut came in Week 12, the bank's No. 2 officer told Harbourside Capital."
    assert _actors(text, "en") == (["Fed", "Harbourside Capital"], [])
    assert _actors("Keine Zinswende erwartet Ellinor Brandt, Woche 12 bringe nichts.", "de")[0] == ["Ellinor Brandt"]


def test_demonyms_are_neither_actors_nor_places():
    text = "The Canadian envoy met Central Asian ministers and a Japanese firm, Tokai Rivets, in Oslo."
    assert _actors(text, "en") == (["Tokai Rivets"], ["Oslo"])
    actors, places = _actors("Die Gesandte sprach Deutsch und Englisch mit Tomas Vrba aus Kanada.", "de")
    assert actors == ["Tomas Vrba"] and places == ["Kanada"]


def test_cities_and_regions_known_to_cldr_are_places():
    # No preposition marks them: CLDR's exemplar cities and regions of the world do.
    assert _actors("Chicago and Europe welcomed the deal Marla Quist signed.", "en") == (["Marla Quist"],
                                                                                           ["Chicago", "Europe"])
    assert _actors("Wien begrüßte den Vertrag, sagte Marla Quist.", "de") == (["Marla Quist"], ["Wien"])


def test_a_name_qualifying_a_noun_or_a_hometown_is_a_place():
    text = "A Leeds bakery burned down, and Dana Holt, of Otley, saw an Ohio tourist run."
    assert _actors(text, "en") == (["Dana Holt"], ["Leeds", "Otley", "Ohio"])


def test_a_number_ends_a_sentence_in_a_language_without_ordinal_stops():
    text = "Sales fell until May 30. Prices rose in June."
    assert [text[s:e] for s, e in sentence_spans(text, "en")] == ["Sales fell until May 30.", "Prices rose in June."]
    german = "Am 3. Oktober kam er. Die 14. Armee griff an."
    assert [german[s:e] for s, e in sentence_spans(german, "de")] == [
        "Am 3. Oktober kam er.", "Die 14. Armee griff an."]
    # a text of unknown language keeps every number's stop
    assert len(sentence_spans(text)) == 1


def test_a_typewriter_opening_quote_starts_a_sentence():
    text = "He met the envoy last week. ``We were pushed out,'' she said on Monday."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He met the envoy last week.", "``We were pushed out,'' she said on Monday."]


def test_a_possessive_or_contraction_may_end_a_sentence_an_initial_does_not():
    text = "Her team was larger than Tom's. The march lasted a week. He said he won't. J. Smith left on Monday."
    assert [text[s:e] for s, e in sentence_spans(text, "en")] == [
        "Her team was larger than Tom's.", "The march lasted a week.", "He said he won't.",
        "J. Smith left on Monday."]
    french = "Le recueil d'A. Martin parut lundi. Il le lut."
    assert [french[s:e] for s, e in sentence_spans(french, "fr")] == [
        "Le recueil d'A. Martin parut lundi.", "Il le lut."]


@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("de", "Am 4. Mai eröffnete der Verein ein neues Heim (Adresse: Hauptstraße 5) für seine Mitglieder.", "4. Mai",
     "Der Verein eröffnete ein neues Heim (Adresse: Hauptstraße 5) für seine Mitglieder"),
    ("de", "Am Montag sang der Chor das Lied „Frühling – ein Gruß“ vor vollem Saal.", "Montag",
     "Der Chor sang das Lied „Frühling – ein Gruß“ vor vollem Saal"),
    ("en", "On Friday the council approved a new budget (total: three million dollars) for the schools.", "Friday",
     "The council approved a new budget for the schools"),
    ("en", 'On Monday the choir sang "Rise; a hymn" to a full hall.', "Monday",
     'The choir sang "Rise; a hymn" to a full hall'),
    ("fr", "Le 4 mai, l'association a ouvert un nouveau local (adresse : rue de la Gare) pour ses membres.", "4 mai",
     "L'association a ouvert un nouveau local pour ses membres"),
])
def test_punctuation_inside_brackets_or_quotes_cuts_no_clause(lang, text, expression, wanted):
    """A colon, semicolon or dash inside a short pair of brackets or quotation marks belongs to the aside or the
    title, not between two clauses: the clause goes on after the closing mark."""
    assert contexts(text, lang, expression)[0].label == wanted


def test_only_a_short_closed_pair_is_an_aside():
    from timeline.clauses import bracketed

    text = 'Er sang „Frühling: ein Gruß“ und (Ort: Rathaus) ging; dann (offen: nie zu und "kein Ende'
    assert [text[start:end] for start, end in bracketed(text)] == ["„Frühling: ein Gruß“", "(Ort: Rathaus)"]
    long = "(ein Einschub, der mehr als zehn Wörter hat, weil er einen Satz mit Verb enthält)"
    assert bracketed(long) == []  # a clause of its own: its cuts stay
    quoted = "« Printemps ; un chant » et »Lied; neu«"  # French and German guillemets
    assert [quoted[start:end] for start, end in bracketed(quoted)] == ["« Printemps ; un chant »", "»Lied; neu«"]


@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("en", "The treaty, signed by both parties in May 1990, is due to expire at the end of March.",
     "May 1990|the end of March", "The treaty is due to expire"),
    ("en", "She thinks her shares, worth ten dollars in May, are worth much less now.", "May|now",
     "She thinks her shares are worth much less now"),
    ("en", "It was the first time that the envoy, who landed on Monday with two aides, had been allowed to visit "
           "the camp since March.", "Monday|March", "The envoy had been allowed to visit the camp"),
    ("fr", "Le premier concert de la chorale, pour cette saison 2024/2025, aura lieu le samedi 14 septembre, à "
           "partir de 20 h, à l'église.", "2024|2025|le samedi 14 septembre|20 h",
     "Le premier concert de la chorale aura lieu le samedi 14 septembre…"),
    # the subject is not before the comma: a verb-second clause after a fronted one, a figure compared, a name
    ("de", "Nachdem die Brücke, eine der ältesten im Land, im Mai 1990 gesperrt worden war, sank der Verkehr auf "
           "die Hälfte im Jahr 1991.", "Mai 1990|Jahr 1991", "Der Verkehr sank auf die Hälfte"),
    ("en", "Sales rose to $5 million, or 2 percent more, compared with $3 million a year earlier.", "a year earlier",
     "Sales were $3 million"),
    ("en", "The harvest, known as the great harvest of 1990, began on 3 September.", "1990|3 September",
     "The harvest, known as the great harvest of 1990, began"),
])
def test_a_verb_after_an_insertion_takes_the_subject_before_it(lang, text, expression, wanted):
    """"Is due to expire" says nothing of what expires: a phrase set off by commas between the subject and its
    verb ("The treaty, signed … in May 1990, | is due to expire") is left out and the subject put back; not where
    the words before the comma are no subject (timeline.events `_subject_before_insertion`)."""
    assert contexts(text, lang, *expression.split("|"))[-1].label == wanted


@pytest.mark.parametrize("text, expression, wanted", [
    # the subject after a relative clause on the dative object, the clause cut at the comma before its article
    ("Im März gelang den Rebellen, die Waffen aus dem Ausland bekommen hatten, ein überraschender Sieg bei Kassel.",
     "März", "Den Rebellen gelang ein überraschender Sieg bei Kassel"),
    # a date after the insertion, in brackets: no cut at the insertion's commas between the two dates
    ("Im März gelang den Rebellen, die Waffen aus dem Ausland bekommen hatten, bei Kassel (heute Hessen) ein "
     "überraschender Sieg.", "März", "Den Rebellen gelang bei Kassel (heute Hessen) ein überraschender Sieg"),
    # the participle after an apposition, before an infinitive group
    ("Seit Mai bin ich mit Anna Berger, der Leiterin des Vereins, durch die Dörfer gewandert, um Spenden zu "
     "sammeln.", "Mai", "Ich bin mit Anna Berger durch die Dörfer gewandert, um Spenden zu sammeln"),
])
def test_a_main_clause_goes_on_after_an_insertion(text, expression, wanted):
    """A verb-second main clause with its verb before an insertion between commas goes on after it with its subject,
    object or participle: the label is the main clause without the insertion, not the words up to the insertion
    ("Den Rebellen gelang") (timeline.clauses `_completes_main`, `without_closed_insertion`)."""
    assert contexts(text, "de", expression)[-1].label == wanted


def _heading_labels(text: str, lang: str) -> dict[str, str]:
    from timeline.pipeline import extract
    frame = extract(text, dct="2024-06-12", lang=lang)
    return dict(zip(frame["expression"], frame["label"]))


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a heading of a year alone: the first sentence of its section, past a heading without a date
    ("de", "Die Bauern zogen im Herbst in die Stadt.\n\n1712\n\nAufstand im Norden\n\n"
           "Die Gilden verweigerten dem Fürsten die neuen Abgaben.",
     "1712", "Die Gilden verweigerten dem Fürsten die neuen Abgaben"),
    # a place and its date, set off by a comma: the place in front
    ("en", "The fleet wintered in the south.\n\nHarwick, 1642\n\n"
           "The rebels stormed the harbour fort at dawn.",
     "1642", "Harwick: The rebels stormed the harbour fort at dawn"),
    # a sentence whose own date falls within the heading's year
    ("fr", "La ville resta calme.\n\n1848\n\nEn février 1848, les ouvriers dressèrent des barricades.",
     "1848", "Les ouvriers dressèrent des barricades"),
    # a span of two dates joined by a range word: each end
    ("de", "Die Bauern zogen im Herbst in die Stadt.\n\nHarwick, März bis Mai 1702\n\n"
           "Die Belagerung der Stadt endete mit der Übergabe der Festung.",
     "Mai 1702", "Harwick: Die Belagerung der Stadt endete mit der Übergabe der Festung"),
    # a sentence that names the heading's span itself
    ("en", "The fleet wintered in the south.\n\nDunmore, 1701-1702\n\n"
           "From spring 1701 to autumn 1702 the rebels besieged the castle.",
     "1701", "Dunmore: The rebels besieged the castle"),
    # a year before Christ holds its months
    ("en", "The fleet wintered in the south.\n\nLate 312 BC: Lydia\n\n"
           "In October 312 BC the satrap's fleet sailed to Rhodes.",
     "Late 312 BC", "Lydia: The satrap's fleet sailed to Rhodes"),
    # a name's years in brackets, where the section opens with the name and a date of those years
    ("en", "The fleet wintered in the south.\n\nTomas Berrigan (1820-1826)\n\n"
           "Tomas Berrigan became governor in May 1820 and dissolved the old council.",
     "1820", "Tomas Berrigan became governor and dissolved the old council"),
])
def test_a_dated_heading_takes_its_sections_first_sentence(lang, text, expression, wanted):
    assert _heading_labels(text, lang)[expression] == wanted


@pytest.mark.parametrize("lang, text, expression", [
    # the section opens with another time: the heading keeps its label
    ("en", "The fleet wintered in the south.\n\n1643\n\nIn 1639 the king had sold the harbour rights.", "1643"),
    # a heading that names its event keeps it
    ("en", "The fleet wintered in the south.\n\nSiege of Harwick 1644\n\nThe rebels starved the garrison.", "1644"),
    # a name's years without a date in its section: they may be a life's, not the section's time
    ("en", "The fleet wintered in the south.\n\nTomas Berrigan (1820-1826)\n\nThe rebels came from the hills.", "1820"),
    # a name's other year
    ("en", "The fleet wintered in the south.\n\nTomas Berrigan (1820-1826)\n\nTomas Berrigan crowned the king in 1820.",
     "1826"),
    # a period's noun before the years reads as it is
    ("en", "The fleet wintered in the south.\n\nBerrigan's rule (1820-1826)\n\nIn May 1820 the rebels seized the port.",
     "1820"),
    # the span's ends told by two clauses of their own: neither is the span's event
    ("en", "The fleet wintered in the south.\n\nDunmore, 1701-1702\n\n"
           "The rebels besieged the castle in spring 1701 and the king burned the town in autumn 1702.", "1702"),
    # dates of several events ("Savannah, 1778/1779"): the first sentence tells none of them alone
    ("de", "Die Bauern zogen im Herbst in die Stadt.\n\nHarwick, 3. März 1701/4. Juni bis 9. Juli 1702\n\n"
           "Der König ließ die Stadt zweimal belagern.", "9. Juli 1702"),
])
def test_a_dated_heading_keeps_its_label(lang, text, expression):
    assert "rebels" not in _heading_labels(text, lang)[expression] \
        and "king" not in _heading_labels(text, lang)[expression]
