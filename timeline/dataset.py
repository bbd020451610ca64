"""The Parquet dataset a batch run writes (see `timeline.batch`): its layout, its markers, and reading it back.

    OUT/_run.json                              what the run is (inputs, partition size): a rerun must match it
    OUT/_done/extract-00012.json               input partition 12 is complete: the files it wrote, its counts
    OUT/_done/merge-2024-06-01_2024-06-09.json the merge of the rows whose date_start is in those days is complete
    OUT/_done/merged.json                      every merge unit is complete: readers take the merged table
    OUT/_merge/                                while merging: the plan and the rows routed by block (see batch_merge)
    OUT/events/year=2024/part-00012.parquet    the events frame, by year of date_start ("undated": none); years
    OUT/events/year=1900-1959/part-00012.parquet   with few rows share a file (year=FIRST-LAST)
    OUT/merged/year=2024/merge-2024-06-01_2024-06-09.parquet   (--merge) one row per reported event
    OUT/documents/part-00012.parquet           doc_id, title, dct, lang, text: the articles, for reading them
    OUT/errors/part-00012.parquet              doc_id, reason: documents that could not be processed
    OUT/casts/part-00012.parquet               doc_id, cast: each article's participants (for the merge)

Every file is written under a hidden temporary name and renamed; a partition counts only once its marker exists,
and readers list files from the markers, never from the directories: a killed run's leftovers are never read.
Hive-style year directories let a query for a period skip the files of other years; a year with few rows in a
partition shares a file with its neighbours, since every file costs a few milliseconds to write and to open.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schema

RUN_FILE = "_run.json"
DONE = "_done"
MERGED_MARKER = "merged.json"
UNDATED = "undated"
TABLES = ("events", "merged", "documents", "errors", "casts")

_ARROW_TYPES = {"string": pa.string(), "Int64": pa.int64(), "float64": pa.float64(), schema.DATETIME: pa.timestamp("s")}
# A merged row's `reports` (see schema.py): one struct per source.
_REPORT_TYPE = pa.list_(pa.struct([("doc_id", pa.string()), ("title", pa.string()), ("start", pa.int64()),
                                   ("end", pa.int64()), ("expression", pa.string()), ("sentence", pa.string())]))


def _arrow_type(name: str, dtype: str) -> pa.DataType:
    if name == schema.REPORTS:
        return _REPORT_TYPE
    return pa.list_(pa.string()) if name in schema.LIST_COLUMNS else _ARROW_TYPES[dtype]


EVENTS_SCHEMA = pa.schema([(name, _arrow_type(name, dtype)) for name, dtype in schema.COLUMNS.items()])
DOCUMENTS_SCHEMA = pa.schema(
    [("doc_id", pa.string()), ("title", pa.string()), ("dct", pa.timestamp("s")), ("lang", pa.string()),
     ("text", pa.string())]
)
ERRORS_SCHEMA = pa.schema([("doc_id", pa.string()), ("reason", pa.string())])
# An article's cast (`timeline.merge.article_casts` of all its rows), written with its partition: the merge of a
# block of months needs whole articles' casts, and reads them here instead of every article's rows.
CASTS_SCHEMA = pa.schema([("doc_id", pa.string()), ("cast", pa.list_(pa.string()))])
ROW_GROUP_ROWS = 64_000
MIN_FILE_ROWS = 2_000  # a partition's years with fewer rows share a file with their neighbours


def events_table(frame: pd.DataFrame) -> pa.Table:
    """The events frame as Arrow with the Parquet types of the contract (lists as list<string>)."""
    frame = schema.conform(frame)
    return pa.Table.from_pandas(frame, schema=EVENTS_SCHEMA, preserve_index=False)


def events_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of events (any subset of the columns) as the contract's frame."""
    columns: dict[str, Any] = {}
    for name in table.column_names:
        if name not in schema.COLUMNS:
            continue  # e.g. the hive partition column "year"
        column = table.column(name)
        columns[name] = column.to_pylist() if name in schema.LIST_COLUMNS + (schema.REPORTS,) else column.to_pandas()
    return schema.conform(pd.DataFrame(columns))


def year_of(value: Any) -> str:
    return UNDATED if pd.isna(value) else f"{pd.Timestamp(value).year:04d}"


def years_of(name: str) -> tuple[int, int] | None:
    """The years a file's rows fall in, from its directory (None: undated, or a table without years)."""
    if "year=" not in name:
        return None
    label = name.split("year=", 1)[1].split("/", 1)[0]
    if label == UNDATED:
        return None
    first, _, last = label.partition("-")
    return int(first), int(last or first)


def write_by_year(frame: pd.DataFrame, root: Path, table_name: str, file_name: str) -> list[tuple[str, np.ndarray]]:
    """Write the events in files by year of date_start (see MIN_FILE_ROWS); each file's relative name and the
    mask of its rows in `frame`."""
    min_rows = MIN_FILE_ROWS
    table = events_table(frame)
    years = np.array([year_of(value) for value in frame["date_start"]])
    labels, counts = np.unique(years, return_counts=True)  # zero-padded: string order is year order
    groups: list[list[str]] = []
    size = 0
    for label, count in zip(labels, counts):
        if label == UNDATED:
            continue
        if not groups or size >= min_rows or count >= min_rows:
            groups.append([])
            size = 0
        groups[-1].append(label)
        size += int(count)
    if UNDATED in labels:
        groups.append([UNDATED])
    written = []
    for group in groups:
        mask = np.isin(years, group)
        directory = group[0] if len(group) == 1 else f"{group[0]}-{group[-1]}"
        relative = f"{table_name}/year={directory}/{file_name}"
        write_atomically(table.filter(pa.array(mask)), root / relative)
        written.append((relative, mask))
    return written


def write_atomically(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a hidden temporary name, then rename it (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    # Readers apply the contract's schema, so neither pandas' metadata nor the Arrow schema is stored: with one
    # file per year of a partition, per-file costs count (this halves them); snappy writes faster than zstd.
    pq.write_table(table.replace_schema_metadata(None), temporary, row_group_size=ROW_GROUP_ROWS,
                   compression="snappy", store_schema=False)
    os.replace(temporary, path)


def write_json_atomically(data: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    temporary.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)


def _local(fs):
    if fs is None:
        from fsspec.implementations.local import LocalFileSystem

        return LocalFileSystem()
    return fs


def markers(root: str | Path, prefix: str, fs=None) -> dict[str, dict[str, Any]]:
    """Completion markers named `prefix-*.json`, by name without the suffix, in name order. `fs`: an fsspec
    filesystem (default: the local one)."""
    fs = _local(fs)
    found = {}
    for path in sorted(fs.glob(f"{root}/{DONE}/{prefix}-*.json")):
        found[PurePosixPath(path).stem] = json.loads(fs.cat_file(path))
    return found


def default_table(root: str | Path, fs=None) -> str:
    """The merged events when a merge completed, else the extracted ones."""
    return "merged" if _local(fs).exists(f"{root}/{DONE}/{MERGED_MARKER}") else "events"


def table_files(root: str | Path, table: str, period: tuple[int, int] | None = None, fs=None) -> list[str]:
    """The paths of one table's files that complete markers list, in partition order; with `period` (first and
    last year), only the events files whose years overlap it (no undated ones)."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, got {table!r}")
    if table == "merged" and default_table(root, fs) != "merged":
        return []
    files = []
    for marker in markers(root, "merge" if table == "merged" else "extract", fs).values():
        for name in marker["files"].get(table, []):
            if period is not None and "year=" in name:
                years = years_of(name)
                if years is None or years[1] < period[0] or years[0] > period[1]:
                    continue
            files.append(f"{root}/{name}")
    return files


def read_dataset(root: str | Path, table: str | None = None) -> pd.DataFrame:
    """The events of a batch run's dataset with the contract's dtypes (merged ones when the run merged).

    Rows come partition by partition (the input's order), within a partition by year of date_start; so the
    rows that date one interval keep the input's order, as the merge needs."""
    root = Path(root)
    table = table or default_table(root)
    files = table_files(root, table)
    if not files:
        return schema.empty_frame()
    return events_frame(pa.concat_tables(pq.read_table(path, schema=EVENTS_SCHEMA) for path in files))


def read_plain_table(root: str | Path, table: str) -> pd.DataFrame:
    """The documents, errors or casts table as a plain frame."""
    files = table_files(root, table)
    wanted = {"documents": DOCUMENTS_SCHEMA, "errors": ERRORS_SCHEMA, "casts": CASTS_SCHEMA}[table]
    if not files:
        return wanted.empty_table().to_pandas()
    return pa.concat_tables(pq.read_table(path, schema=wanted) for path in files).to_pandas()
