"""Event attribution and merging, scored on the project's gold sets; and what they cost next to the tagger.

    python benchmarks/events_eval.py            # attribution accuracy, merge precision/recall, timing
    python benchmarks/events_eval.py --errors   # also list every miss

Attribution (tests/data/attribution_gold.jsonl): a dated expression counts as right when the clause that
`timeline.events.describe` gives it holds every word of its event and none of the neighbouring event's.
The baseline gives every expression its whole sentence.
Merging (tests/data/merge_gold/*.json): pairwise precision and recall of "these two mentions are one event",
over mentions in different articles, once with the gold dates (`describe` + `merge_groups`), once end to end
with the real tagger (its rows mapped onto the gold dates they overlap; rows the gold does not list are left
out, the tagger's own evaluation scores those).
The same on tests/data/merge_gold_own/ (cross-language merges de-en, en-fr, de-fr and traps, written after
the rules; the older merge_gold was written together with a word table that is gone).
Labels (--labels): the judged labels of tests/data/label_judgments.jsonl (see label_judgments.md for the rule)
re-made from the dev corpora; the share judged readable, and how many labels read differently now (those need
judging again before the share is quoted). The same for label_judgments_fresh.jsonl (100 labels drawn after the
round-5 rules; development data for round 6), label_judgments_second_fresh.jsonl (100 drawn after round 6, judged blind once; development data for
rounds 7 and 8, re-judged since) and label_judgments_third.jsonl (301 drawn by benchmarks/draw_labels.py after the
round-8 rules, de/en/fr, judged blind by judges who wrote none of the rules; development data for round 9) and
label_judgments_fourth.jsonl (300 drawn after the round-9 rules, de/en: the French TimeBank has no unjudged rows
left; judged blind the same way; development data for rounds 10-12) and label_judgments_fifth.jsonl (300 drawn
after the round-9 rules, de/en, never read by anyone writing rules: judged blind on the round-9 labels, and the
labels rounds 10-12 changed judged again the same way; development data for rounds 13-14) and
label_judgments_sixth.jsonl (300 drawn after round 12, de/en, never read by anyone writing rules: judged blind on
the round-12 labels, and the labels rounds 13-14 and 16 changed judged again the same way; development data for
round 18) and label_judgments_seventh.jsonl (300 drawn after round 16, de/en, blind to round 53:
judged blind on the round-16 labels, and the labels rounds 18-78 changed judged again the same way) and
label_judgments_eighth.jsonl (300 drawn after round 26, de/en, blind to round 53: judged blind on
the round-26 labels, and the labels rounds 27-78 changed judged again the same way) and label_judgments_ninth.jsonl
(300 drawn after round 36, de/en, blind to round 53: judged blind on the round-36 labels, and the
labels rounds 37-78 changed judged again the same way) and
label_judgments_tenth.jsonl (300 drawn after round 38: 150 German, 150 English of the ECB+ merge benchmark's news,
judged by judges who wrote none of the rules; development data from round 39; see label_judgments.md). The lead
engineer read the failing rows of the seventh, eighth and ninth before round 54: blind up to round 53, not since.
label_judgments_eleventh.jsonl (310 drawn after round 54: 150 German, 150 English, the French TimeBank's last 10;
judged by judges who wrote none of the rules on the round-54 labels, and the labels rounds 55-78 changed judged again
the same way; never read by anyone writing rules, though a helper's search in round 63 may have shown it some of
its lines: the blind figure from round 54; development data from round 79).
label_judgments_twelfth.jsonl (300 drawn after round 78: 150 German, 150 English; the French TimeBank has no
unjudged rows left; judged by judges who wrote none of the rules on the round-78 labels, and the labels later
rounds changed judged again the same way; never read by anyone writing rules: the blind figure from round 78).
Cost: milliseconds per article for tagging (with DCT detection) and for describe + merge on the sample
articles, best of --rounds runs.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from timeline import schema  # noqa: E402
from timeline.document import Document  # noqa: E402
from timeline.events import describe  # noqa: E402
from timeline.merge import merge_events, merge_groups  # noqa: E402
from timeline.sentences import sentence_spans  # noqa: E402
from timeline.timex import Timex, granularity_of, interval_of  # noqa: E402

ATTRIBUTION_GOLD = ROOT / "tests" / "data" / "attribution_gold.jsonl"
MERGE_GOLD = ROOT / "tests" / "data" / "merge_gold"
# Written after the merge rules of issue 10, apart from the resources: cross-language merges and traps.
OWN_MERGE_GOLD = ROOT / "tests" / "data" / "merge_gold_own"
LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments.jsonl"
FRESH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_fresh.jsonl"
# Drawn after the round-6 rules and judged blind once; development data for rounds 7 and 8 (see label_judgments.md).
SECOND_FRESH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_second_fresh.jsonl"
# Drawn after the round-8 rules (benchmarks/draw_labels.py), judged blind by judges who wrote none of the rules;
# development data for round 9.
THIRD_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_third.jsonl"
# Drawn after the round-9 rules (German and English), judged blind the same way; development data for rounds 10-12.
FOURTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_fourth.jsonl"
# Drawn after the round-9 rules (German and English) and kept from everyone writing rules: the blind figure of
# rounds 10-12 (each row keeps its round-9 label and judgment when those rounds changed it).
FIFTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_fifth.jsonl"
SIXTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_sixth.jsonl"
SEVENTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_seventh.jsonl"
EIGHTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_eighth.jsonl"
NINTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_ninth.jsonl"
# Drawn after round 54 (de, en and the French TimeBank's last rows); blind to round 78, development data from 79.
ELEVENTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_eleventh.jsonl"
# Drawn after round 78 (de, en) and kept from everyone writing rules.
TWELFTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_twelfth.jsonl"
# Drawn after round 38 (de, and English news from the ECB+ merge benchmark); development data from round 39.
TENTH_LABEL_JUDGMENTS = ROOT / "tests" / "data" / "label_judgments_tenth.jsonl"
CORPORA = ROOT.parent / "shared" / "corpora"
# The development half of the ECB+ merge benchmark: English news of many sources, a source of labels to judge too.
ECBPLUS_DOCUMENTS = CORPORA / "merge" / "ecbplus.dev.docs.jsonl"


def corpus_path(corpus: str) -> Path:
    """The documents of a development corpus judged labels are drawn from ("krauts", "ecbplus", ...)."""
    return ECBPLUS_DOCUMENTS if corpus == "ecbplus" else CORPORA / f"{corpus}.dev.jsonl"
SAMPLES = ROOT / "sample_data"


# --- attribution -------------------------------------------------------------------------------------------


def _holds(clause: str, keywords: list[str]) -> bool:
    return all(word.lower() in clause.lower() for word in keywords)


def _right(clause: str, item: dict) -> bool:
    return _holds(clause, item["event_keywords"]) and not any(
        word.lower() in clause.lower() for word in item["wrong_keywords"]
    )


@dataclass
class AttributionScore:
    total: int
    correct: int
    baseline_correct: int
    misses: list[tuple[dict, str]]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def baseline(self) -> float:
        return self.baseline_correct / self.total if self.total else 0.0


def score_attribution(path: Path = ATTRIBUTION_GOLD) -> AttributionScore:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    correct = baseline = 0
    misses = []
    for item in items:
        text = item["text"]
        spans = sorted([(item["start"], item["end"])] + [tuple(d) for d in item["other_dates"]])
        timexes = [Timex(s, e, text[s:e], "DATE", "XXXX") for s, e in spans]
        target = spans.index((item["start"], item["end"]))
        context = describe(text, timexes, item["lang"])[target]
        sentence = next(text[s:e] for s, e in sentence_spans(text) if s <= item["start"] < e)
        if _right(context.clause, item):
            correct += 1
        else:
            misses.append((item, context.clause))
        baseline += _right(sentence, item)
    return AttributionScore(len(items), correct, baseline, misses)


def score_attribution_with_tagger(path: Path = ATTRIBUTION_GOLD) -> tuple[int, int, int]:
    """(gold expressions, of them found by the tagger, of those attributed right) with the tagger's own spans."""
    from timeline.tagger import tag

    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = correct = 0
    cache: dict[tuple[str, str], list] = {}
    for item in items:
        key = (item["text"], item["lang"])
        if key not in cache:
            timexes = tag(item["text"], None, item["lang"])
            cache[key] = list(zip(timexes, describe(item["text"], timexes, item["lang"])))
        match = next((c for t, c in cache[key] if t.start < item["end"] and item["start"] < t.end), None)
        if match is not None:
            found += 1
            correct += _right(match.clause, item)
    return len(items), found, correct


# --- merging -----------------------------------------------------------------------------------------------


def load_merge_cases(directory: Path = MERGE_GOLD) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))]


def _mention_key(doc_id: str, text: str, expression: str, occurrence: int) -> tuple[str, int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(expression, start + 1)
        if start < 0:
            raise ValueError(f"{doc_id}: {expression!r} (occurrence {occurrence}) not in the text")
    return doc_id, start, start + len(expression)


def gold_frame(case: dict) -> tuple[pd.DataFrame, list[set[tuple[str, int, int]]]]:
    """The events frame built from the case's gold dates (not the tagger's), and the gold groups as mention keys."""
    rows = []
    for article in case["articles"]:
        text, doc_id = article["text"], article["doc_id"]
        timexes = []
        for mention in article["dates"]:
            doc, start, end = _mention_key(doc_id, text, mention["text"], mention.get("occurrence", 0))
            timexes.append(Timex(start, end, mention["text"], mention.get("type", "DATE"), mention["value"]))
        timexes.sort(key=lambda t: t.start)
        for timex, context in zip(timexes, describe(text, timexes, article["lang"])):
            interval = interval_of(timex.value)
            rows.append(
                {
                    "event_id": f"{doc_id}:{timex.start}", "doc_id": doc_id, "lang": article["lang"],
                    "dct": article.get("dct"), "start": timex.start, "end": timex.end, "expression": timex.text,
                    "type": timex.type, "value": timex.value, "granularity": granularity_of(timex.type, timex.value),
                    "date_start": interval.start if interval else None, "date_end": interval.end if interval else None,
                    "label": context.label, "clause": context.clause, "sentence": context.sentence,
                    "sentence_start": context.sentence_start, "actors": context.actors, "anchor": "absolute",
                    "confidence": 1.0, "sources": [doc_id],
                }
            )
    return schema.from_records(rows), gold_groups(case)


def gold_mentions(case: dict) -> set[tuple[str, int, int]]:
    return {
        _mention_key(article["doc_id"], article["text"], mention["text"], mention.get("occurrence", 0))
        for article in case["articles"]
        for mention in article["dates"]
    }


def gold_groups(case: dict) -> list[set[tuple[str, int, int]]]:
    texts = {article["doc_id"]: article["text"] for article in case["articles"]}
    groups = []
    for group in case["groups"]:
        groups.append({_mention_key(m["doc_id"], texts[m["doc_id"]], m["text"], m.get("occurrence", 0)) for m in group})
    return groups


def predicted_groups(frame: pd.DataFrame) -> list[set[tuple[str, int, int]]]:
    """The merge's groups, as mention keys."""
    keys = [(row.doc_id, int(row.start), int(row.end)) for row in frame.itertuples()]
    return [{keys[position] for position in group} for group in merge_groups(frame)]


def _pairs(groups: list[set[tuple[str, int, int]]]) -> set[frozenset]:
    pairs = set()
    for group in groups:
        for left, right in itertools.combinations(sorted(group), 2):
            if left[0] != right[0]:
                pairs.add(frozenset((left, right)))
    return pairs


@dataclass
class MergeScore:
    true_positives: int
    predicted: int
    gold: int
    errors: list[str]

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0


def score_merge(cases: list[dict] | None = None) -> MergeScore:
    cases = load_merge_cases() if cases is None else cases
    true_positives = predicted_total = gold_total = 0
    errors = []
    for case in cases:
        frame, gold = gold_frame(case)
        predicted = _pairs(predicted_groups(frame))
        expected = _pairs(gold)
        true_positives += len(predicted & expected)
        predicted_total += len(predicted)
        gold_total += len(expected)
        errors += [f"{case['name']}: wrongly merged {sorted(pair)}" for pair in predicted - expected]
        errors += [f"{case['name']}: not merged {sorted(pair)}" for pair in expected - predicted]
    return MergeScore(true_positives, predicted_total, gold_total, errors)


def score_merge_end_to_end(cases: list[dict] | None = None) -> MergeScore | None:
    """The same pairs with the real tagger's rows (a gold mention counts when the tagger's row overlaps it).
    None when the tagger finds none of the gold mentions (the rule engine is not there yet)."""
    from timeline.pipeline import extract_document

    cases = load_merge_cases() if cases is None else cases
    true_positives = predicted_total = gold_total = 0
    errors, found_any = [], False
    for case in cases:
        frames = [
            extract_document(Document(doc_id=a["doc_id"], text=a["text"], lang=a["lang"],
                                      dct=pd.Timestamp(a["dct"]).date() if a.get("dct") else None))
            for a in case["articles"]
        ]
        frame = schema.conform(pd.concat(frames, ignore_index=True)) if frames else schema.empty_frame()
        gold = gold_groups(case)
        # Map each tagger row onto the gold date it overlaps, so that pairs are comparable; rows the gold does
        # not list (the tagger's extra finds) are left out: the tagger's own evaluation scores those.
        mentions = sorted(gold_mentions(case))
        def to_gold(doc_id: str, start: int, end: int):
            return next((m for m in mentions if m[0] == doc_id and m[1] < end and start < m[2]), (doc_id, start, end))
        found_any |= any(to_gold(r.doc_id, int(r.start), int(r.end)) in mentions for r in frame.itertuples())
        keys = [to_gold(r.doc_id, int(r.start), int(r.end)) for r in frame.itertuples()]
        known = set(mentions)
        predicted = {pair for pair in _pairs([{keys[p] for p in group} for group in merge_groups(frame)]) if pair <= known}
        expected = _pairs(gold)
        true_positives += len(predicted & expected)
        predicted_total += len(predicted)
        gold_total += len(expected)
        errors += [f"{case['name']}: wrongly merged {sorted(pair)}" for pair in predicted - expected]
        errors += [f"{case['name']}: not merged {sorted(pair)}" for pair in expected - predicted]
    return MergeScore(true_positives, predicted_total, gold_total, errors) if found_any else None


# --- labels ------------------------------------------------------------------------------------------------


def score_labels(path: Path = LABEL_JUDGMENTS) -> tuple[int, int, int]:
    """(judged readable, judged, labels that read differently now) for the judged labels, re-made from the
    development corpora they were drawn from. A judged expression is found by its start, or inside the row that
    now covers it ("four hours" in "the last twenty four hours"); one the tagger no longer finds is kept in the
    file with no label and left out of the count."""
    from datetime import date

    from timeline.pipeline import extract_document

    judged = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [j for j in judged if j["label"] is not None]
    wanted = {(j["corpus"], j["doc_id"]) for j in judged}
    rows: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for corpus in sorted({j["corpus"] for j in judged}):
        for line in corpus_path(corpus).read_text(encoding="utf-8").splitlines():
            document = json.loads(line)
            if (corpus, document["doc_id"]) not in wanted:
                continue
            dct = date.fromisoformat(document["dct"]) if document.get("dct") else None
            lang = next(j["lang"] for j in judged if j["corpus"] == corpus)
            frame = extract_document(Document(doc_id=document["doc_id"], text=document["text"], lang=lang, dct=dct))
            rows[corpus, document["doc_id"]] = [(int(r.start), int(r.end), r.label) for r in frame.itertuples()]

    def label_now(j: dict) -> str | None:
        found = rows.get((j["corpus"], j["doc_id"]), [])
        exact = next((label for start, _, label in found if start == j["start"]), None)
        return exact if exact is not None else next(
            (label for start, end, label in found if start <= j["start"] < end), None)

    changed = sum(label_now(j) != j["label"] for j in judged)
    return sum(j["readable"] for j in judged), len(judged), changed


# --- cost --------------------------------------------------------------------------------------------------


def measure_cost(rounds: int = 5) -> tuple[float, float, int]:
    """(tagging seconds per article, describe + merge seconds per article, expressions) over the sample
    articles; each the best of `rounds` runs, so that other load on the machine does not blur the ratio."""
    from timeline.dct import find_dct
    from timeline.pipeline import extract_document
    from timeline.tagger import tag

    index = json.loads((SAMPLES / "index.json").read_text(encoding="utf-8"))
    articles = [((SAMPLES / entry["file"]).read_text(encoding="utf-8"), entry["lang"], entry["file"]) for entry in index]
    frame = schema.conform(pd.concat(
        [extract_document(Document(doc_id=name, text=text, lang=lang)) for text, lang, name in articles],
        ignore_index=True,
    ))
    best_tagging = best_events = float("inf")
    tagged: list[list[Timex]] = []
    for _ in range(rounds):
        started = time.perf_counter()
        tagged = []
        for text, lang, _name in articles:
            found = find_dct(text, lang)
            tagged.append(tag(text, found.date if found else None, lang))
        best_tagging = min(best_tagging, time.perf_counter() - started)
        started = time.perf_counter()
        for (text, lang, _name), timexes in zip(articles, tagged):
            describe(text, timexes, lang)
        merge_events(frame)
        best_events = min(best_events, time.perf_counter() - started)
    return best_tagging / len(articles), best_events / len(articles), sum(len(t) for t in tagged)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong attribution and merge")
    parser.add_argument("--rounds", type=int, default=20, help="timing rounds over the sample articles")
    parser.add_argument("--labels", action="store_true", help="also re-make the judged labels (about a minute)")
    args = parser.parse_args()

    attribution = score_attribution()
    print(f"attribution: {attribution.correct}/{attribution.total} = {attribution.accuracy:.3f} "
          f"(whole-sentence baseline {attribution.baseline_correct}/{attribution.total} = {attribution.baseline:.3f})")
    if args.errors:
        for item, clause in attribution.misses:
            print(f"  miss [{item['expression']}] want {item['event_keywords']} not {item['wrong_keywords']}: {clause!r}")

    total, found, right = score_attribution_with_tagger()
    print(f"attribution with the tagger's spans: {found}/{total} gold expressions found, "
          f"{right}/{found} = {right / found if found else 0:.3f} attributed right")

    own = score_merge(load_merge_cases(OWN_MERGE_GOLD))
    print(f"merge, own gold (gold dates): precision {own.precision:.3f} recall {own.recall:.3f} "
          f"({own.true_positives} right of {own.predicted} merged pairs, {own.gold} gold pairs)")
    if args.errors:
        for line in own.errors:
            print("  " + line)
    if args.labels:
        for name, path in (("labels", LABEL_JUDGMENTS), ("labels, fresh sample", FRESH_LABEL_JUDGMENTS),
                           ("labels, second fresh sample", SECOND_FRESH_LABEL_JUDGMENTS),
                           ("labels, third sample", THIRD_LABEL_JUDGMENTS),
                           ("labels, fourth sample", FOURTH_LABEL_JUDGMENTS),
                           ("labels, fifth sample", FIFTH_LABEL_JUDGMENTS),
                           ("labels, sixth sample (de/en)", SIXTH_LABEL_JUDGMENTS),
                           ("labels, seventh sample (de/en, blind to round 53)", SEVENTH_LABEL_JUDGMENTS),
                           ("labels, eighth sample (de/en, blind to round 53)", EIGHTH_LABEL_JUDGMENTS),
                           ("labels, ninth sample (de/en, blind to round 53)", NINTH_LABEL_JUDGMENTS),
                           ("labels, tenth sample (de, en of ECB+)", TENTH_LABEL_JUDGMENTS),
                           ("labels, eleventh sample (de/en/fr, blind to round 78)", ELEVENTH_LABEL_JUDGMENTS),
                           ("labels, twelfth sample (blind, de/en)", TWELFTH_LABEL_JUDGMENTS)):
            readable, total, changed = score_labels(path)
            print(f"{name}: {readable}/{total} = {readable / total:.3f} judged readable; "
                  f"{changed} read differently now")

    merge = score_merge()
    print(f"merge (gold dates): precision {merge.precision:.3f} recall {merge.recall:.3f} "
          f"({merge.true_positives} right of {merge.predicted} merged pairs, {merge.gold} gold pairs)")
    end_to_end = score_merge_end_to_end()
    if end_to_end is None:
        print("merge (tagger): skipped, the tagger finds none of the gold mentions")
    else:
        print(f"merge (tagger): precision {end_to_end.precision:.3f} recall {end_to_end.recall:.3f} "
              f"({end_to_end.true_positives} right of {end_to_end.predicted} merged pairs, {end_to_end.gold} gold pairs)")
    if args.errors:
        for line in merge.errors + (end_to_end.errors if end_to_end else []):
            print("  " + line)

    tagging, events, rows = measure_cost(args.rounds)
    share = f"{events / tagging:.1%} of tagging" if tagging > 0 and rows else "no tagger rows yet"
    print(f"cost per article: tagging {tagging * 1000:.2f} ms, describe + merge {events * 1000:.2f} ms ({share}; {rows} expressions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
