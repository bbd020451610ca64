"""Batch extraction of an archive on Dask, into the Parquet dataset of `timeline.dataset`.

The client reads the inputs as a stream (JSON Lines, Parquet with a text column, folders of the files the
dashboard reads; local paths or any fsspec URL), cuts them into partitions of about `PARTITION_CHARS`
characters (so every task costs about the same, however long the articles) and submits them to a Dask cluster,
a few at a time. Each worker keeps the language packs and compiled rules of its process (module-level caches,
warmed by a worker plugin when it starts), extracts its partition document by document, and writes the rows,
the articles and the errors of the partition, then its completion marker. A rerun skips complete partitions.

`--merge` then merges the rows of different articles that report one event, block by block of days of date_start
(`timeline.batch_merge`): the same decisions as merging everything at once. What an article names anywhere (its
cast, which can keep two rows apart) is written once per partition at extraction, for the merge.

Progress goes to stderr: a bar on a terminal, a line every `PROGRESS_SECONDS` and at the end of each stage in a
log; `Summary.format` is the summary at the end.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from distributed.diagnostics.plugin import WorkerPlugin

from . import dataset, schema
from .batch_merge import GROUP_ROWS, MERGE_BLOCK_ROWS, merge_dataset
from .document import MAX_DOCUMENT_CHARS, Document
from .ingest import SUPPORTED_SUFFIXES, IngestError, read_upload
from .merge import article_casts
from .pipeline import _columns as document_columns  # the columns without building a frame per document

PARTITION_CHARS = 2_000_000  # about 6 s of one core: scheduling costs nothing, a kill loses little
PROGRESS_SECONDS = 30.0  # between two progress lines when stderr is no terminal (a log)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")
RUN_FORMAT = 2  # 2: a casts table per partition


class BatchError(Exception):
    """Bad inputs or output, or a failed cluster: reported as one line (the CLI exits 2)."""


@dataclass
class Item:
    """One document of a partition as the client read it: its record, a file for the worker to read, or why
    it cannot be read at all."""

    doc_id: str
    chars: int = 1
    record: dict[str, Any] | None = None  # text, dct (ISO date or None), lang, title
    url: str | None = None  # a file read on the worker with timeline.ingest
    error: str | None = None


@dataclass
class Partition:
    index: int
    items: list[Item]


@dataclass
class Summary:
    documents: int = 0
    rows: int = 0
    errors: int = 0
    chars: int = 0
    partitions: int = 0
    skipped: int = 0  # complete before this run
    seconds: float = 0.0
    merged_rows: int | None = None
    output_bytes: int = 0
    run_chars: int = 0  # characters extracted by this run (not by the skipped partitions)
    details: list[dict[str, Any]] = field(default_factory=list)

    def format(self) -> str:
        speed = self.run_chars / self.seconds if self.seconds else 0.0
        lines = [
            f"documents: {self.documents:,}  rows: {self.rows:,}  errors: {self.errors:,}  "
            f"partitions: {self.partitions:,} ({self.skipped:,} already complete)",
            f"time: {self.seconds:.1f} s  characters: {self.chars:,}  "
            + (f"speed: {speed:,.0f} characters/s" if self.run_chars else "(every partition was already complete)"),
        ]
        if self.merged_rows is not None:
            lines.append(f"merged: {self.rows:,} rows -> {self.merged_rows:,} events")
        lines.append(f"output: {self.output_bytes / 1e6:,.1f} MB")
        return "\n".join(lines) + "\n"


# --- reading the inputs (client side) ---------------------------------------------------------------------------

def _filesystem(url: str):
    import fsspec

    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:
        raise BatchError(f"{url}: cannot open ({error})") from None


def _kind(path: str) -> str | None:
    name = path.lower()
    for suffix in COMPRESSION_SUFFIXES:
        name = name.removesuffix(suffix)
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def _iso_date(value: Any, where: str) -> str | None:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ValueError(f"{where}: dct must be a real date as YYYY-MM-DD, got {value!r}") from None


def _record_item(record: Any, where: str, default_id: str | None) -> Item:
    """An item from one JSON Lines record or Parquet row (the CLI's --input format)."""
    if not isinstance(record, dict):
        return Item(doc_id=where, error="expected a JSON object")
    doc_id = record.get("doc_id") or default_id
    if not isinstance(doc_id, str) or not doc_id:
        return Item(doc_id=where, error='missing or non-string "doc_id"')
    text = record.get("text")
    if not isinstance(text, str):
        return Item(doc_id=doc_id, error='missing or non-string "text"')
    if len(text) > MAX_DOCUMENT_CHARS:
        return Item(doc_id=doc_id, error=f"{len(text):,} characters, more than the limit of {MAX_DOCUMENT_CHARS:,}")
    for key in ("lang", "title"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return Item(doc_id=doc_id, error=f'"{key}" must be a string')
    try:
        dct = _iso_date(record.get("dct"), where)
    except ValueError as error:
        return Item(doc_id=doc_id, error=str(error))
    fields = {"text": text, "dct": dct, "lang": record.get("lang") or None, "title": record.get("title") or ""}
    return Item(doc_id=doc_id, chars=max(len(text), 1), record=fields)


def _jsonl_items(url: str) -> Iterator[Item]:
    import fsspec

    with fsspec.open(url, "rb", compression="infer") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{url}:{number}"
            try:
                record = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError as error:
                yield Item(doc_id=where, error=f"not UTF-8 text (invalid byte at offset {error.start})")
                continue
            except json.JSONDecodeError as error:
                yield Item(doc_id=where, error=f"not valid JSON ({error.msg})")
                continue
            yield _record_item(record, where, None)


def _parquet_items(url: str, fs, path: str) -> Iterator[Item]:
    with fs.open(path, "rb") as handle:
        parquet = pq.ParquetFile(handle)
        names = parquet.schema_arrow.names
        if "text" not in names:
            raise BatchError(f"{url}: no \"text\" column (columns: {', '.join(names)})")
        columns = [name for name in ("doc_id", "text", "dct", "lang", "title") if name in names]
        number = 0
        for batch in parquet.iter_batches(batch_size=2048, columns=columns):
            for record in batch.to_pylist():
                number += 1
                yield _record_item(record, f"{url}:row {number}", f"{PurePosixPath(path).name}:{number}")


def _folder_items(url: str, fs, path: str) -> Iterator[Item]:
    """The files the dashboard reads, found anywhere under the folder; doc_id = path inside the folder."""
    base = path.rstrip("/")
    for file_path, info in sorted(fs.find(base, detail=True).items()):
        if PurePosixPath(file_path).suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        relative = file_path[len(base):].lstrip("/")
        yield Item(doc_id=relative, chars=max(int(info.get("size") or 0), 1), url=fs.unstrip_protocol(file_path))


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """The inputs with glob patterns ("s3://bucket/2024-*.jsonl.gz") expanded in name order; missing inputs and
    unknown formats refused before any work starts."""
    expanded = []
    for url in inputs:
        fs, path = _filesystem(url)
        matches = sorted(fs.glob(path)) if glob.has_magic(path) else [path] if fs.exists(path) else []
        if not matches:
            raise BatchError(f"{url}: no such file or folder")
        for match in matches:
            if not fs.isdir(match) and _kind(match) is None:
                raise BatchError(f"{url}: expected JSON Lines (.jsonl, .jsonl.gz), Parquet (.parquet) or a folder")
            expanded.append(url if match == path else fs.unstrip_protocol(match))
    return expanded


def read_items(inputs: Iterable[str]) -> Iterator[Item]:
    """Every document of the inputs (after `expand_inputs`), in order; unreadable ones as items with an error."""
    for url in inputs:
        fs, path = _filesystem(url)
        if fs.isdir(path):
            yield from _folder_items(url, fs, path)
        elif _kind(path) == "jsonl":
            yield from _jsonl_items(url)
        else:
            yield from _parquet_items(url, fs, path)


def partitions(items: Iterable[Item], chars: int = PARTITION_CHARS) -> Iterator[Partition]:
    """Consecutive items in groups of about `chars` characters (the same inputs always give the same groups)."""
    batch: list[Item] = []
    size = 0
    index = 0
    for item in items:
        batch.append(item)
        size += item.chars
        if size >= chars:
            yield Partition(index, batch)
            index, batch, size = index + 1, [], 0
    if batch:
        yield Partition(index, batch)


# --- on the workers ---------------------------------------------------------------------------------------------

def warm_up() -> float:
    """Load every language pack and its compiled rules into this process; seconds. The language identifier is
    left to the first document that does not give its language (see `timeline.langid`)."""
    from .language import available_languages
    from .pipeline import extract

    started = time.perf_counter()
    for code in available_languages():
        extract("2024-05-03", dct="2024-05-03", lang=code)
    return time.perf_counter() - started


class WarmUp(WorkerPlugin):
    """Warms every worker when it joins, so no partition pays for loading the languages."""

    name = "timeline-warm-up"

    def setup(self, worker) -> None:
        # Arrow's default allocator (mimalloc) keeps the pages of a partition's tables for the next one: some
        # 30 MB more at a worker's peak than the system allocator, which gives them back; the tables are small.
        pa.set_memory_pool(pa.system_memory_pool())
        warm_up()


class _Unreadable(Exception):
    pass


def _document(item: Item) -> Document:
    if item.url is not None:
        import fsspec

        with fsspec.open(item.url, "rb") as handle:
            data = handle.read()
        try:
            document = read_upload(PurePosixPath(item.doc_id).name, data)
        except IngestError as error:
            raise _Unreadable(str(error)) from None
        if len(document.text) > MAX_DOCUMENT_CHARS:
            raise _Unreadable(f"{len(document.text):,} characters, more than the limit of {MAX_DOCUMENT_CHARS:,}")
        document.doc_id = item.doc_id
        return document
    record = item.record or {}
    dct = date.fromisoformat(record["dct"]) if record.get("dct") else None
    return Document(doc_id=item.doc_id, text=record["text"], dct=dct, lang=record.get("lang"),
                    title=record.get("title", ""))


def _part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _remove_leftovers(root: Path, index: int) -> None:
    """Files a killed attempt at this partition may have left (never listed by a marker, but in the way)."""
    name = _part_name(index)
    for pattern in (f"events/year=*/{name}", f"events/year=*/.{name}.*.tmp", f"*/{name}", f"*/.{name}.*.tmp"):
        for path in root.glob(pattern):
            path.unlink(missing_ok=True)


def extract_partition(partition: Partition, output: str) -> dict[str, Any]:
    """Extract one partition and write its files and marker; its counts."""
    from .langid import detect_language

    started, cpu_started = time.perf_counter(), time.process_time()
    root = Path(output)
    columns: dict[str, list] = {name: [] for name in schema.COLUMNS}
    documents: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    chars = 0
    for item in partition.items:
        if item.error is not None:
            errors.append({"doc_id": item.doc_id, "reason": item.error})
            continue
        try:
            document = _document(item)
            found = document_columns(document)
        except _Unreadable as error:
            errors.append({"doc_id": item.doc_id, "reason": str(error)})
            continue
        except Exception as error:  # a crash in one rule on one text must not stop an archive: record it
            errors.append({"doc_id": item.doc_id, "reason": f"extraction failed: {type(error).__name__}: {error}"})
            continue
        for name, values in found.items():
            columns[name].extend(values)
        chars += len(document.text)
        dct = (found["dct"][0] if found["dct"] else None) or (document.dct.isoformat() if document.dct else None)
        documents.append({
            "doc_id": document.doc_id,
            "title": document.title,
            "dct": np.datetime64(dct, "s") if dct else None,
            "lang": (found["lang"][0] if found["lang"] else None) or document.lang or detect_language(document.text),
            "text": document.text,
        })
    _remove_leftovers(root, partition.index)
    name = _part_name(partition.index)
    files: dict[str, list[str]] = {"events": [], "documents": [], "errors": [], "casts": []}
    months: dict[str, dict[str, int]] = {}  # events file -> rows per month of date_start, for planning the merge
    frame = schema.from_columns(columns)
    if len(frame):
        for relative, mask in dataset.write_by_year(frame, root, "events", name):
            files["events"].append(relative)
            dated = frame["date_start"][mask].dropna()
            if len(dated):
                months[relative] = {f"{year:04d}-{month:02d}": int(count) for (year, month), count in
                                    dated.groupby([dated.dt.year, dated.dt.month]).size().items()}
        casts = article_casts(frame)
        dataset.write_atomically(pa.table({"doc_id": list(casts), "cast": [sorted(cast) for cast in casts.values()]},
                                          schema=dataset.CASTS_SCHEMA), root / "casts" / name)
        files["casts"].append(f"casts/{name}")
    if documents:
        table = pa.Table.from_pylist(documents, schema=dataset.DOCUMENTS_SCHEMA)
        dataset.write_atomically(table, root / "documents" / name)
        files["documents"].append(f"documents/{name}")
    if errors:
        dataset.write_atomically(pa.Table.from_pylist(errors, schema=dataset.ERRORS_SCHEMA), root / "errors" / name)
        files["errors"].append(f"errors/{name}")
    counts = {
        "documents": len(documents), "rows": len(frame), "errors": len(errors), "chars": chars,
        "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu_started, "pid": os.getpid(),
    }
    dataset.write_json_atomically({"files": files, "months": months, **counts},
                                  root / dataset.DONE / f"extract-{partition.index:05d}.json")
    return counts


# --- the driver -------------------------------------------------------------------------------------------------

def _check_run(root: Path, run: dict[str, Any]) -> None:
    path = root / dataset.RUN_FILE
    if path.is_file():
        if json.loads(path.read_text(encoding="utf-8")) != run:
            raise BatchError(f"{root}: holds the output of another run (other inputs, partition size or an older "
                             "version); choose a new --output")
        return
    if root.exists() and any(root.iterdir()):
        raise BatchError(f"{root}: not empty and not the output of a batch run; choose a new --output")
    dataset.write_json_atomically(run, path)


def _client(workers: int | None, scheduler: str | None):
    """A client of the scheduler at `scheduler`, else of a new local cluster (returned too, to close it)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as error:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from None
    # A free port for the dashboard (the usual 8787 may be another cluster's); it needs bokeh to show anything.
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0")
    return Client(cluster), cluster


class Progress:
    """One stage's progress on `stream` (stderr): a bar on a terminal; in a log, where a bar's redrawn line would
    show nothing until the end, a line every `interval` seconds and one when the stage ends."""

    def __init__(self, stage: str, unit: str, total: int | None = None, *, enabled: bool = True,
                 interval: float = PROGRESS_SECONDS, stream=None) -> None:
        self.stage, self.unit, self.total, self.interval = stage, unit, total, interval
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.done = self.documents = self.errors = self.chars = 0
        self.started = self.shown = time.perf_counter()
        self.bar = None
        if enabled and getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(desc=stage, unit=f" {unit}", total=total, file=self.stream)

    def set_total(self, total: int) -> None:
        self.total = total
        if self.bar is not None:
            self.bar.total = total
            self.bar.refresh()

    def update(self, count: int = 1, counts: dict[str, Any] | None = None) -> None:
        """`count` more units done; `counts`: a partition's documents, errors and characters."""
        self.done += count
        if counts:
            self.documents += counts["documents"]
            self.errors += counts["errors"]
            self.chars += counts["chars"]
        if self.bar is not None:
            if counts:
                self.bar.set_postfix_str(self._figures(), refresh=False)
            self.bar.update(count)
        elif self.enabled and time.perf_counter() - self.shown >= self.interval:
            self._line()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.enabled:
            self._line(final=True)

    def _figures(self) -> str:
        if not self.documents and not self.errors:
            return ""
        seconds = time.perf_counter() - self.started
        speed = f", {self.chars / seconds:,.0f} characters/s" if self.chars and seconds else ""
        return f"{self.documents:,} documents, {self.errors:,} errors{speed}"

    def _line(self, final: bool = False) -> None:
        self.shown = time.perf_counter()
        parts = [f"{self.done:,} of {self.total:,} {self.unit} ({self.done / self.total:.0%})" if self.total
                 else f"{self.done:,} {self.unit}", f"{self.shown - self.started:.0f} s"]
        if self._figures():
            parts.append(self._figures())
        print(f"{self.stage}: {'done, ' if final else ''}{', '.join(parts)}", file=self.stream, flush=True)


def _result(future) -> dict[str, Any]:
    try:
        return future.result()
    except OSError as error:
        raise BatchError(f"cannot write the output ({error}); rerun the same command to resume") from None
    except Exception as error:
        raise BatchError(f"a task failed ({type(error).__name__}: {error}); rerun the same command to resume") from None


def run_batch(
    inputs: list[str],
    output: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    merge: bool = False,
    partition_chars: int = PARTITION_CHARS,
    merge_block_rows: int = MERGE_BLOCK_ROWS,
    merge_group_rows: int = GROUP_ROWS,
    client=None,
    progress: bool = True,
    progress_interval: float = PROGRESS_SECONDS,
) -> Summary:
    """Extract every document of `inputs` into the dataset at `output` (see `timeline.dataset`); resumes a run
    that was stopped. `client` (a distributed.Client) overrides `workers`/`scheduler`; `progress`: show it on
    stderr (see `Progress`)."""
    from distributed import wait

    root = Path(output)
    started = time.perf_counter()
    inputs = expand_inputs(inputs)
    _check_run(root, {"format": RUN_FORMAT, "inputs": list(inputs), "partition_chars": partition_chars})
    own_client, cluster = client is None, None
    if own_client:
        client, cluster = _client(workers, scheduler)
    summary = Summary()
    try:
        warmed = False  # the languages are loaded only where something is extracted: a merge needs none of them
        limit = 2 * max(sum(client.nthreads().values()), 1) + 2  # keeps the workers busy, the client's memory small
        done = dataset.markers(root, "extract")
        in_flight: set = set()
        bar = Progress("extract", "partitions", enabled=progress, interval=progress_interval)

        def collect(futures) -> None:
            for future in futures:
                counts = _result(future)
                summary.run_chars += counts["chars"]
                summary.details.append(counts)
                bar.update(1, counts)

        for partition in partitions(read_items(inputs), partition_chars):
            summary.partitions += 1
            if f"extract-{partition.index:05d}" in done:
                summary.skipped += 1
                bar.update(1)
                continue
            if not warmed:
                client.register_plugin(WarmUp(), name=WarmUp.name)
                warmed = True
            in_flight.add(client.submit(extract_partition, partition, str(root), pure=False))
            while len(in_flight) >= limit:
                finished, in_flight = wait(in_flight, return_when="FIRST_COMPLETED")
                collect(finished)
        bar.set_total(summary.partitions)
        finished, _ = wait(in_flight)
        collect(finished)
        bar.close()
        if merge:
            summary.merged_rows = merge_dataset(
                root, client, block_rows=merge_block_rows, group_rows=merge_group_rows, result=_result,
                progress=lambda stage, total: Progress(stage, "blocks" if stage == "merge" else "groups", total,
                                                       enabled=progress, interval=progress_interval))
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    for counts in dataset.markers(root, "extract").values():
        summary.documents += counts["documents"]
        summary.rows += counts["rows"]
        summary.errors += counts["errors"]
        summary.chars += counts["chars"]
    summary.seconds = time.perf_counter() - started
    summary.output_bytes = sum(path.stat().st_size for path in root.rglob("*") if path.is_file())
    return summary
