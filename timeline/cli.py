"""`python -m timeline`: extract temporal expressions and events; evaluate the tagger against gold corpora.

Bad input never gives a traceback: the command prints one line on stderr naming the problem and exits 2.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Iterator, Sequence

from . import schema
from .document import MAX_DOCUMENT_CHARS, Document

# The CLI's record: these fields first (the contract scripts rely on), then the rest of the events frame.
LEADING_FIELDS = ("doc_id", "start", "end", "text", "type", "value", "granularity", "date_start", "date_end", "event")


class InputError(Exception):
    """Bad arguments or unreadable input: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + message
        raise InputError(message)


def parse_dct(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{where}: dct must be a real date as YYYY-MM-DD, got {value!r}") from None


def read_text_file(path: str, max_chars: int | None = MAX_DOCUMENT_CHARS) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {error.start})") from None
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"{path}: {len(text):,} characters, more than the limit of {max_chars:,} for one document")
    return text


def read_jsonl_documents(path: str, dct: date | None, lang: str | None) -> Iterator[Document]:
    text = read_text_file(path, max_chars=None)  # the limit is per document, not per file of documents
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object")
        if not isinstance(record.get("doc_id"), str) or not record["doc_id"]:
            raise InputError(f"{where}: missing or non-string \"doc_id\"")
        if not isinstance(record.get("text"), str):
            raise InputError(f"{where}: missing or non-string \"text\"")
        if len(record["text"]) > MAX_DOCUMENT_CHARS:
            raise InputError(f"{where}: {len(record['text']):,} characters, more than the limit of "
                             f"{MAX_DOCUMENT_CHARS:,} for one document")
        for key in ("dct", "lang", "title"):
            if record.get(key) is not None and not isinstance(record[key], str):
                raise InputError(f"{where}: \"{key}\" must be a string")
        own_dct = parse_dct(record["dct"], where) if record.get("dct") else dct
        yield Document(
            doc_id=record["doc_id"],
            text=record["text"],
            dct=own_dct,
            lang=record.get("lang") or lang,
            title=record.get("title") or "",
        )


def _file_document(path: str, dct: date | None, lang: str | None) -> Document:
    """A FILE argument: stdin and plain text as UTF-8; .md, .html, .pdf and .docx through the dashboard's readers
    (`timeline.ingest`: markup, metadata, title and the file's own date). --dct and --lang fill what the file
    does not state itself (a file's saved-on date yields to --dct)."""
    from .dct import FILE_PROPERTY_SOURCES
    from .ingest import HTML_SUFFIXES, IngestError, read_upload

    if path == "-" or Path(path).suffix.lower() not in (".md", ".pdf", ".docx") + HTML_SUFFIXES:
        return Document(doc_id=Path(path).name if path != "-" else "stdin", text=read_text_file(path), dct=dct, lang=lang)
    try:
        document = read_upload(Path(path).name, Path(path).read_bytes())
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    except IngestError as error:
        raise InputError(str(error)) from None
    if dct is not None and (document.dct is None or document.dct_source in FILE_PROPERTY_SOURCES):
        document.dct, document.dct_source = dct, ""
    document.lang = document.lang or lang
    return document


def cli_records(frame) -> list[dict[str, Any]]:
    records = []
    for record in schema.to_records(frame):
        record["text"] = record["expression"]
        record["event"] = record["clause"]
        ordered = {name: record[name] for name in LEADING_FIELDS}
        ordered.update((name, value) for name, value in record.items() if name not in ordered)
        records.append(ordered)
    return records


def write_records(records: list[dict[str, Any]], fmt: str, handle) -> None:
    if fmt == "jsonl":
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    fields = list(LEADING_FIELDS) + [name for name in schema.COLUMNS if name not in LEADING_FIELDS]
    writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in record.items()})


def _documents(args: argparse.Namespace) -> list[Document]:
    dct = parse_dct(args.dct, "--dct") if args.dct else None
    documents = [_file_document(path, dct, args.lang) for path in args.files]
    if args.input:
        documents.extend(read_jsonl_documents(args.input, dct, args.lang))
    if not args.files and not args.input:
        raise InputError("no input: give one or more FILEs (- for stdin) or --input DOCS.jsonl")
    return documents


def run_extract(args: argparse.Namespace) -> int:
    from .pipeline import extract_documents

    frame = extract_documents(_documents(args))
    records = cli_records(frame)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as handle:
                write_records(records, args.format, handle)
        except OSError as error:
            raise InputError(f"{args.output}: cannot write ({error.strerror or error})") from None
    else:
        buffer = io.StringIO()
        write_records(records, args.format, buffer)
        sys.stdout.write(buffer.getvalue())
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_file, format_report

    report = evaluate_file(args.gold, limit=args.limit)
    sys.stdout.write(format_report(report, errors=args.errors))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m timeline", description="Temporal expressions and events from news articles.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    extract = commands.add_parser("extract", help="find and normalize the dates in documents")
    extract.add_argument("files", nargs="*", metavar="FILE", help="one document: UTF-8 text, .md, .html, .pdf or .docx (- for stdin)")
    extract.add_argument("--input", metavar="DOCS.jsonl", help='JSON Lines: {"doc_id", "text", "dct"?, "lang"?, "title"?}')
    extract.add_argument("--dct", metavar="YYYY-MM-DD", help="publication date for documents without their own")
    extract.add_argument("--lang", metavar="CODE", help="language (ISO 639-1) for documents without their own")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.add_argument("--output", metavar="PATH", help="write here instead of stdout")
    extract.set_defaults(run=run_extract)

    evaluate = commands.add_parser("evaluate", help="TempEval-3 scores of the tagger against a gold JSONL corpus")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--errors", action="store_true", help="list every missed, spurious and wrong expression")
    evaluate.add_argument("--limit", type=int, default=None, help="only the first N documents")
    evaluate.set_defaults(run=run_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
