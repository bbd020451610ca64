"""TempEval-3 style scores of the tagger against a gold corpus (see ../shared/README.md for the format).

Strict span match: identical offsets. Relaxed span match: any overlap, one-to-one. Type and value accuracy are
taken over relaxed matches; value F1 counts a true positive only for an overlapping match with the exact value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .input_files import InputError, check_encodable, json_lines
from .language import known_language
from .timex import Timex

Tagger = Callable[[str, "date | None", str], list[Timex]]


@dataclass
class Span:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Report:
    corpus: str
    documents: int
    characters: int
    counts: Counts

    def f1(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.counts.system if self.counts.system else 0.0
        recall = hits / self.counts.gold if self.counts.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def scores(self) -> dict[str, float]:
        c = self.counts
        strict, relaxed, value = self.f1(c.strict), self.f1(c.relaxed), self.f1(c.value_correct)
        return {
            "strict_p": strict[0], "strict_r": strict[1], "strict_f1": strict[2],
            "relaxed_p": relaxed[0], "relaxed_r": relaxed[1], "relaxed_f1": relaxed[2],
            "type_accuracy": c.type_correct / c.relaxed if c.relaxed else 0.0,
            "value_accuracy": c.value_correct / c.relaxed if c.relaxed else 0.0,
            "value_p": value[0], "value_r": value[1], "value_f1": value[2],
        }


def match_spans(gold: list[Span], system: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one overlapping pairs: exact matches first, then the largest overlaps."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = g.start == s.start and g.end == s.end
                candidates.append((not exact, -overlap, gi, si))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, _, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def score_document(gold: list[Span], system: list[Span], counts: Counts, doc_id: str = "") -> None:
    counts.gold += len(gold)
    counts.system += len(system)
    pairs = match_spans(gold, system)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    for g, s in pairs:
        counts.relaxed += 1
        counts.strict += g.start == s.start and g.end == s.end
        counts.type_correct += g.type == s.type
        counts.value_correct += g.value == s.value
        if g.value != s.value or g.type != s.type:
            counts.errors.append(f"WRONG   {doc_id}: gold {g.text!r} {g.type} {g.value}  system {s.text!r} {s.type} {s.value}")
    counts.errors.extend(f"MISSED  {doc_id}: {g.text!r} {g.type} {g.value}" for g in gold if id(g) not in matched_gold)
    counts.errors.extend(
        f"SPURIOUS {doc_id}: {s.text!r} {s.type} {s.value}" for s in system if id(s) not in matched_system
    )


def read_gold(path: str | Path, limit: int | None = None) -> list[dict]:
    """The documents of a gold JSON Lines file, checked: an `InputError` names the file, line and problem."""
    documents = []
    for where, document in json_lines(str(path)):
        _check_gold(document, where)
        documents.append(document)
        if limit is not None and len(documents) >= limit:
            break
    if not documents:
        raise InputError(f"{path}: no documents (expected one JSON object a line)")
    return documents


def _check_gold(document: object, where: str) -> None:
    if not isinstance(document, dict):
        raise InputError(f"{where}: expected a JSON object")
    for key in ("doc_id", "lang", "dct"):
        if document.get(key) is not None and not isinstance(document[key], str):
            raise InputError(f'{where}: "{key}" must be a string')
    if not isinstance(document.get("text"), str):
        raise InputError(f'{where}: missing or non-string "text"')
    for key in ("doc_id", "text"):
        if document.get(key):
            check_encodable(document[key], where, key)
    if document.get("dct"):
        try:
            date.fromisoformat(document["dct"][:10])
        except ValueError:
            raise InputError(f'{where}: "dct" must start with a real date as YYYY-MM-DD') from None
    if document.get("lang") and not known_language(document["lang"]):
        raise InputError(f"{where}: unknown language {document['lang'][:60]!r}")
    timexes = document.get("timexes")
    if not isinstance(timexes, list):
        raise InputError(f'{where}: missing "timexes" (a list)')
    for number, timex in enumerate(timexes, start=1):
        problem = _timex_problem(timex, len(document["text"]))
        if problem:
            raise InputError(f"{where}: timex {number}: {problem}")


def _timex_problem(timex: object, length: int) -> str:
    if not isinstance(timex, dict):
        return "expected a JSON object"
    for key in ("start", "end"):
        if type(timex.get(key)) is not int:
            return f'"{key}" must be a whole number'
    if not 0 <= timex["start"] <= timex["end"] <= length:
        return f"offsets {timex['start']}..{timex['end']} outside the text (0..{length})"
    for key in ("text", "type", "value"):
        if not isinstance(timex.get(key), str):
            return f'missing or non-string "{key}"'
    return ""


def evaluate_documents(documents: Iterable[dict], tagger: Tagger | None = None, corpus: str = "") -> Report:
    if tagger is None:
        from .tagger import tag as tagger
    counts = Counts()
    n_docs = n_chars = 0
    for document in documents:
        dct = date.fromisoformat(document["dct"][:10]) if document.get("dct") else None
        found = tagger(document["text"], dct, document.get("lang") or "en")
        system = [Span(t.start, t.end, t.text, t.type, t.value) for t in found]
        gold = [Span(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in document["timexes"]]
        score_document(gold, system, counts, document.get("doc_id", ""))
        n_docs += 1
        n_chars += len(document["text"])
    return Report(corpus=corpus, documents=n_docs, characters=n_chars, counts=counts)


def evaluate_file(path: str | Path, limit: int | None = None, tagger: Tagger | None = None) -> Report:
    return evaluate_documents(read_gold(path, limit), tagger, corpus=Path(path).name)


def format_report(report: Report, errors: bool = False) -> str:
    s = report.scores()
    c = report.counts
    lines = [
        f"{report.corpus}: {report.documents} documents, {report.characters:,} characters, "
        f"{c.gold} gold, {c.system} system expressions",
        f"strict   P {s['strict_p']:.3f}  R {s['strict_r']:.3f}  F1 {s['strict_f1']:.3f}",
        f"relaxed  P {s['relaxed_p']:.3f}  R {s['relaxed_r']:.3f}  F1 {s['relaxed_f1']:.3f}",
        f"type accuracy {s['type_accuracy']:.3f}   value accuracy {s['value_accuracy']:.3f}",
        f"value    P {s['value_p']:.3f}  R {s['value_r']:.3f}  F1 {s['value_f1']:.3f}",
    ]
    if errors:
        lines.append("")
        lines.extend(sorted(c.errors))
    return "\n".join(lines) + "\n"
