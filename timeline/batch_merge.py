"""The merge stage of a batch run (`python -m timeline batch --merge`): the in-memory merge's decisions on an
archive of any size, with bounded memory per task and reads that grow linearly with the input.

The in-memory merge (`timeline.merge`) only compares rows whose intervals start on the same day, so the rows can
be merged in blocks of consecutive days of date_start, each block on its own, with the same decisions as merging
everything at once (a block never splits a day). Three passes over the extracted dataset, each a set of Dask
tasks, each reading what it needs once:

1. count: the rows per day of date_start (that column alone), so the days can be cut into blocks of at most
   `block_rows` rows (a day with more is a block of its own);
2. route: consecutive partitions in groups of about `group_rows` rows; a task reads its group's files once, one
   at a time (its memory is one file's), and writes their rows to one Arrow IPC file, a record batch per file
   and block, in input order; and a second file with the casts of the articles each block holds (what an
   article names anywhere can keep two of its rows apart, so a block must see whole articles' casts);
3. merge: a task per block reads its batches of every group's files (only those bytes: an IPC file's footer says
   where each batch lies), merges, and writes the merged rows by year.

So every row is read three times (once as a date) and written twice, at any size; a block opens two files per
group, never every partition's. The plan (groups and blocks) is written before any routing and routes and blocks
have completion markers, so a rerun after a kill resumes; the routed files are removed once the merge is complete.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import dataset
from .merge import merge_events

MERGE_BLOCK_ROWS = 4_000  # rows merged by one task: a worker peaked at 295 MB on 100,000 articles (309 MB with 6,000)
GROUP_ROWS = 200_000  # rows one routing task reads (a file at a time): a block opens two files per group
SCRATCH = "_merge"  # OUT/_merge/: the plan, and the routed rows until the merge is complete
PLAN_FILE = "plan.json"
SECONDS_PER_DAY = 86_400
_IPC_OPTIONS = pa.ipc.IpcWriteOptions(compression="zstd")


def _days(table: pa.Table) -> np.ndarray:
    """The day of each row's date_start (days since 1970-01-01; the files' rows all have one)."""
    seconds = table.column("date_start").cast(pa.timestamp("s")).cast(pa.int64()).to_numpy()
    return np.floor_divide(seconds, SECONDS_PER_DAY)


def _iso_day(day: int) -> str:
    return str(np.datetime64(int(day), "D"))


def block_name(first_day: int, last_day: int) -> str:
    first, last = _iso_day(first_day), _iso_day(last_day)
    return f"merge-{first}" if first == last else f"merge-{first}_{last}"


def count_days(output: str, files: list[str]) -> dict[int, int]:
    """Rows per day of date_start in the events files `files` (relative to `output`)."""
    counts: dict[int, int] = {}
    for name in files:
        column = pq.read_table(Path(output) / name, columns=["date_start"], use_threads=False, pre_buffer=False)
        days, rows = np.unique(_days(column), return_counts=True)
        for day, count in zip(days.tolist(), rows.tolist()):
            counts[day] = counts.get(day, 0) + count
    return counts


def plan_blocks(day_rows: dict[int, int], rows: int = MERGE_BLOCK_ROWS) -> list[tuple[int, int]]:
    """Consecutive days in blocks of at most `rows` rows unless one day has more (a busy day alone, quiet
    centuries together); each block's first and last day."""
    blocks: list[tuple[int, int]] = []
    first = last = 0
    size = 0
    for day in sorted(day_rows):
        if size and size + day_rows[day] > rows:  # a block's memory grows with its rows: keep the bound
            blocks.append((first, last))
            size = 0
        if not size:
            first = day
        last = day
        size += day_rows[day]
    if size:
        blocks.append((first, last))
    return blocks


def plan_groups(extract_markers: dict[str, dict[str, Any]], rows: int = GROUP_ROWS) -> list[dict[str, list[str]]]:
    """Consecutive partitions (in input order) in groups of about `rows` dated rows: each group's dated events
    files, in input order, and its casts files."""
    groups: list[dict[str, list[str]]] = []
    size = rows
    for marker in extract_markers.values():
        dated = [name for name in marker["files"]["events"] if name in marker["months"]]
        if not dated:
            continue
        if size >= rows:
            groups.append({"events": [], "casts": []})
            size = 0
        groups[-1]["events"] += dated
        groups[-1]["casts"] += marker["files"]["casts"]
        size += sum(sum(marker["months"][name].values()) for name in dated)
    return groups


def _read_events(path: Path) -> pa.Table:
    # One file at a time on this thread: a scan with filters decodes on Arrow's pools of threads, whose buffers
    # stay with the worker.
    return pq.ParquetFile(path, pre_buffer=False).read(use_threads=False).cast(dataset.EVENTS_SCHEMA)


class _BatchFile:
    """An IPC file written under a hidden temporary name and renamed when complete; `add` gives the numbers of
    a table's batches in it."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.temporary = path, path.with_name(f".{path.name}.tmp")
        self.sink = pa.OSFile(str(self.temporary), "wb")
        self.writer = pa.ipc.new_file(self.sink, schema, options=_IPC_OPTIONS)
        self.batches = 0

    def add(self, table: pa.Table) -> list[int]:
        first = self.batches
        for batch in table.to_batches():
            self.writer.write_batch(batch)
            self.batches += 1
        return list(range(first, self.batches))

    def close(self) -> None:
        self.writer.close()
        self.sink.close()
        self.temporary.replace(self.path)


def route_group(output: str, index: int, group: dict[str, list[str]], firsts: list[int]) -> dict[str, Any]:
    """Read one group's files once, one at a time, and write their rows by block (blocks start on the days
    `firsts`); counts and, by block index, the numbers of the batches of its rows and casts in the group's files."""
    started = time.perf_counter()
    root = Path(output)
    scratch = root / SCRATCH
    name = f"route-{index:05d}"
    rows = _BatchFile(scratch / f"{name}.arrow", dataset.EVENTS_SCHEMA)
    spans: dict[int, list[int]] = {}
    docs: dict[int, set[str]] = {}
    count = 0
    for path in group["events"]:  # in input order, as each block's batches are then
        table = _read_events(root / path)
        block = np.searchsorted(np.asarray(firsts, dtype=np.int64), _days(table), side="right") - 1
        order = np.argsort(block, kind="stable")  # stable: a block's rows keep the input's order
        present, starts = np.unique(block[order], return_index=True)
        for number, start, end in zip(present.tolist(), starts.tolist(), [*starts[1:].tolist(), len(order)]):
            part = table.take(pa.array(order[start:end]))
            spans.setdefault(number, []).extend(rows.add(part))
            docs.setdefault(number, set()).update(part.column("doc_id").to_pylist())
        count += len(table)
        del table
    rows.close()
    casts = pa.concat_tables(pq.read_table(root / path, schema=dataset.CASTS_SCHEMA) for path in group["casts"])
    cast_rows = _BatchFile(scratch / f"{name}.casts.arrow", dataset.CASTS_SCHEMA)
    blocks = {str(number): {"rows": batches, "casts": cast_rows.add(
        casts.filter(pc.is_in(casts.column("doc_id"), pa.array(sorted(docs[number]), pa.string()))))}
        for number, batches in spans.items()}
    cast_rows.close()
    counts = {"blocks": blocks, "rows": count, "seconds": time.perf_counter() - started}
    dataset.write_json_atomically(counts, scratch / f"{name}.json")
    _release_memory()
    return counts


def _read_batches(path: Path, numbers: list[int]) -> list[pa.RecordBatch]:
    with pa.OSFile(str(path)) as source:
        reader = pa.ipc.open_file(source)  # reads the footer, then only the batches asked for
        return [reader.get_batch(number) for number in numbers]


def merge_block(output: str, first_day: int, last_day: int,
                sources: list[tuple[str, dict[str, list[int]]]]) -> dict[str, Any]:
    """Merge one block: `sources` lists, group by group in input order, the routed file's name and the numbers
    of the batches of the block's rows and casts in it. Writes the merged rows and the block's marker; counts."""
    started = time.perf_counter()
    root = Path(output)
    batches, cast_batches = [], []
    for name, spans in sources:
        batches += _read_batches(root / SCRATCH / f"{name}.arrow", spans["rows"])
        cast_batches += _read_batches(root / SCRATCH / f"{name}.casts.arrow", spans["casts"])
    read_seconds = time.perf_counter() - started
    frame = dataset.events_frame(pa.Table.from_batches(batches, schema=dataset.EVENTS_SCHEMA))
    del batches
    found: dict[str, set[str]] = {}
    for batch in cast_batches:  # an article in two inputs has a cast in each: the merge sees all its rows
        for doc, cast in zip(batch.column("doc_id").to_pylist(), batch.column("cast").to_pylist()):
            found.setdefault(doc, set()).update(cast)
    merged = merge_events(frame, {doc: frozenset(cast) for doc, cast in found.items()}) if len(frame) else frame
    name = block_name(first_day, last_day)
    written = []
    if len(merged):
        written = [relative for relative, _ in dataset.write_by_year(merged, root, "merged", f"{name}.parquet")]
    counts = {"rows": len(frame), "merged_rows": len(merged), "seconds": time.perf_counter() - started,
              "read_seconds": read_seconds, "files_read": 2 * len(sources)}
    dataset.write_json_atomically({"files": {"merged": written}, **counts}, root / dataset.DONE / f"{name}.json")
    _release_memory()
    return counts


def _release_memory() -> None:
    """Give back what a task freed: Arrow's allocator keeps the pages it decoded into, and C malloc the free
    space of the heap of the worker's thread; over dozens of blocks a worker's memory would creep up."""
    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim this way
        pass


def _plan(root: Path, client, groups: list[dict[str, list[str]]], block_rows: int,
          result: Callable[[Any], Any]) -> dict[str, Any]:
    """The merge's plan: the saved one (a rerun resumes it), else a new one from a count of rows per day."""
    from distributed import as_completed

    path = root / SCRATCH / PLAN_FILE
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    # No plan: no block was merged under one, so whatever an older attempt left is in the way.
    for stale in [*root.glob(f"{dataset.DONE}/merge-*.json"), root / "merged", root / SCRATCH]:
        shutil.rmtree(stale) if stale.is_dir() else stale.unlink(missing_ok=True)
    day_rows: dict[int, int] = {}
    for future in as_completed([client.submit(count_days, str(root), group["events"], pure=False)
                                for group in groups]):
        for day, count in result(future).items():
            day_rows[day] = day_rows.get(day, 0) + count
    plan = {"groups": groups, "blocks": plan_blocks(day_rows, block_rows)}
    dataset.write_json_atomically(plan, path)
    return plan


def merge_dataset(root: Path, client, *, block_rows: int = MERGE_BLOCK_ROWS, group_rows: int = GROUP_ROWS,
                  result: Callable[[Any], Any], progress: Callable[[str, int], Any]) -> int:
    """Merge a complete extraction at `root` (see the module's doc); the number of merged rows. Undated rows
    never merge and stay as they are. `result` takes a future's result, `progress(stage, total)` gives an
    object with update(n) and close()."""
    from distributed import as_completed

    if (root / dataset.DONE / dataset.MERGED_MARKER).is_file():
        return _merged_rows(root)
    extract_markers = dataset.markers(root, "extract")
    plan = _plan(root, client, plan_groups(extract_markers, group_rows), block_rows, result)
    groups, blocks = plan["groups"], [tuple(block) for block in plan["blocks"]]
    firsts = [first for first, _ in blocks]
    scratch = root / SCRATCH
    for leftover in [*scratch.glob(".*.tmp"), *root.glob("merged/*/.*.tmp")]:  # a killed task's (it runs again)
        leftover.unlink()
    routed = {index: scratch / f"route-{index:05d}.json" for index in range(len(groups))}
    bar = progress("merge: route", len(groups))
    futures = [client.submit(route_group, str(root), index, group, firsts, pure=False)
               for index, group in enumerate(groups) if not routed[index].is_file()]
    bar.update(len(groups) - len(futures))
    for future in as_completed(futures):
        result(future)
        bar.update(1)
    bar.close()
    routes = [json.loads(routed[index].read_text(encoding="utf-8")) for index in range(len(groups))]
    spans = [route["blocks"] for route in routes]
    done = dataset.markers(root, "merge")
    bar = progress("merge", len(blocks))
    futures = []
    for number, (first, last) in enumerate(blocks):
        if block_name(first, last) in done:
            continue
        sources = [(f"route-{index:05d}", group_spans[str(number)]) for index, group_spans in enumerate(spans)
                   if str(number) in group_spans]
        futures.append(client.submit(merge_block, str(root), first, last, sources, pure=False))
    bar.update(len(blocks) - len(futures))
    for future in as_completed(futures):
        result(future)
        bar.update(1)
    bar.close()
    undated = [name for marker in extract_markers.values() for name in marker["files"]["events"]
               if f"year={dataset.UNDATED}/" in name]
    dataset.write_json_atomically({"files": {"merged": undated}}, root / dataset.DONE / f"merge-{dataset.UNDATED}.json")
    dataset.write_json_atomically({"blocks": len(blocks), "groups": len(groups),
                                   "route_seconds": sum(route["seconds"] for route in routes)},
                                  root / dataset.DONE / dataset.MERGED_MARKER)
    shutil.rmtree(scratch)
    return _merged_rows(root)


def _merged_rows(root: Path) -> int:
    total = 0
    for marker in dataset.markers(root, "merge").values():
        if "merged_rows" in marker:
            total += marker["merged_rows"]
        else:  # the undated rows, as extracted
            total += sum(pq.ParquetFile(root / name).metadata.num_rows for name in marker["files"]["merged"])
    return total
