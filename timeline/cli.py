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
from .language import known_language
from .input_files import InputError, check_encodable, json_lines, read_text_file

# The CLI's record: these fields first (the contract scripts rely on), then the rest of the events frame.
LEADING_FIELDS = ("doc_id", "start", "end", "text", "type", "value", "granularity", "date_start", "date_end", "event")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + message
        raise InputError(message)


def parse_dct(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{where}: dct must be a real date as YYYY-MM-DD, got {_shorten(value)!r}") from None


def check_language(code: str | None, where: str, allow_unknown: bool = False) -> str | None:
    """`code` when the tagger knows it (see `known_language`); None (detect it from the text) for no code, or
    for an unknown one when the user allowed that; else an `InputError`."""
    if not code or known_language(code):
        return code or None
    if allow_unknown:
        return None
    raise InputError(
        f"{where}: unknown language {_shorten(code)!r} (no language pack and no dateparser locale); give a code "
        "such as en, de or fr, or --allow-unknown-lang to detect the language from the text instead"
    )


def read_jsonl_documents(
    path: str, dct: date | None, lang: str | None, allow_unknown_lang: bool = False
) -> Iterator[Document]:
    for where, record in json_lines(path):
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
        for key in ("doc_id", "text", "title"):
            if record.get(key):
                check_encodable(record[key], where, key)
        own_dct = parse_dct(record["dct"], where) if record.get("dct") else dct
        own_lang = check_language(record.get("lang"), where, allow_unknown_lang) if record.get("lang") else lang
        yield Document(
            doc_id=record["doc_id"],
            text=record["text"],
            dct=own_dct,
            lang=own_lang,
            title=record.get("title") or "",
        )


def _file_document(path: str, dct: date | None, lang: str | None) -> Document:
    """A FILE argument: stdin and plain text as UTF-8; .md, .html, .pdf and .docx through the dashboard's readers
    (`timeline.ingest`: markup, metadata, title and the file's own date). --dct and --lang fill what the file
    does not state itself (a file's saved-on date yields to --dct)."""
    from .dct import FILE_PROPERTY_SOURCES
    from .ingest import HTML_SUFFIXES, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, IngestError, read_upload

    doc_id = _file_doc_id(path)
    if path == "-" or Path(path).suffix.lower() not in (".md", ".pdf", ".docx") + HTML_SUFFIXES:
        text = read_text_file(path)
        if not text.strip():  # as the dashboard refuses an empty upload: a silent empty result reads as "no dates"
            raise InputError(f"{path}: the file is empty (no text to read)")
        return Document(doc_id=doc_id, text=text, dct=dct, lang=lang)
    try:
        with open(path, "rb") as stream:  # bounded like every other read: an upload's size at most
            data = stream.read(MAX_UPLOAD_BYTES + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"{path}: larger than {MAX_UPLOAD_MB} MB, the limit for one file")
    try:
        document = read_upload(doc_id, data)
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
    lang = check_language(args.lang, "--lang", args.allow_unknown_lang)
    documents = [_file_document(path, dct, lang) for path in args.files]
    if args.input:
        documents.extend(read_jsonl_documents(args.input, dct, lang, args.allow_unknown_lang))
    if not args.files and not args.input:
        raise InputError("no input: give one or more FILEs (- for stdin) or --input DOCS.jsonl")
    return documents


def _file_doc_id(path: str) -> str:
    """A FILE's name as its doc_id (`stdin` for `-`); bytes of a name that are not UTF-8 become U+FFFD."""
    if path == "-":
        return "stdin"
    return Path(path).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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


def run_batch(args: argparse.Namespace) -> int:
    from .batch import BatchError, run_batch as batch

    if args.workers is not None and args.workers < 1:
        raise InputError("--workers must be at least 1")
    try:
        summary = batch(args.inputs, args.output, workers=args.workers, scheduler=args.scheduler, merge=args.merge)
    except BatchError as error:
        raise InputError(str(error)) from None
    except KeyboardInterrupt:
        raise InputError(f"interrupted: run the same command again to resume ({args.output})") from None
    sys.stdout.write(summary.format())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m timeline", description="Temporal expressions and events from news articles.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    extract = commands.add_parser("extract", help="find and normalize the dates in documents")
    extract.add_argument("files", nargs="*", metavar="FILE", help="one document: UTF-8 text, .md, .html, .pdf or .docx (- for stdin)")
    extract.add_argument("--input", metavar="DOCS.jsonl", help='JSON Lines: {"doc_id", "text", "dct"?, "lang"?, "title"?}')
    extract.add_argument("--dct", metavar="YYYY-MM-DD", help="publication date for documents without their own")
    extract.add_argument("--lang", metavar="CODE", help="language (ISO 639-1) for documents without their own")
    extract.add_argument("--allow-unknown-lang", action="store_true",
                         help="a language code the tagger does not know is no error: the language is detected instead")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.add_argument("--output", metavar="PATH", help="write here instead of stdout")
    extract.set_defaults(run=run_extract)

    evaluate = commands.add_parser("evaluate", help="TempEval-3 scores of the tagger against a gold JSONL corpus")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--errors", action="store_true", help="list every missed, spurious and wrong expression")
    evaluate.add_argument("--limit", type=_positive, default=None, help="only the first N documents")
    evaluate.set_defaults(run=run_evaluate)

    batch = commands.add_parser("batch", help="extract an archive on Dask into a Parquet dataset (restartable)")
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="JSON Lines (.jsonl, .jsonl.gz), Parquet with a text column, or a folder; paths or fsspec URLs")
    batch.add_argument("--output", required=True, metavar="DIR", help="the dataset's folder (a rerun resumes it)")
    where = batch.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: one per core)")
    where.add_argument("--scheduler", metavar="ADDRESS", help="a dask.distributed scheduler, e.g. tcp://host:8786")
    batch.add_argument("--merge", action="store_true", help="merge the events several articles report")
    batch.set_defaults(run=run_batch)
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {_shorten(value)!r}")
    return int(value)


def _shorten(value: object, limit: int = 60) -> object:
    """A user's value as shown in a message: long strings cut, so that one line stays readable."""
    return value[:limit] + "..." if isinstance(value, str) and len(value) > limit else value


def _one_line(message: str) -> str:
    """The message with line breaks and other control characters escaped (a file name may hold a newline)."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in message)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except InputError as error:
        print(f"error: {_one_line(str(error))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - a bug still keeps the contract: one line, no traceback
        detail = _one_line(f"{type(error).__name__}: {error}")[:300]
        print(f"error: internal error, please report it ({detail})", file=sys.stderr)
        return 2
