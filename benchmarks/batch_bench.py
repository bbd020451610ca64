"""Batch extraction on Dask (`timeline.batch`): scaling, start-up, throughput, memory, end to end, merge stage.

The corpus is synthetic, built from the shared development corpora (../shared/corpora/*.jsonl): copy k of a
document gets the id "<doc_id>#k" and every year in its text and publication date (1900-2099) moved by k mod 50
years, so copies tell the same story at other dates; every 50th copy is the same text again (articles that
report the same events, for the merge).

    python benchmarks/batch_bench.py                       # defaults: a few minutes on a quiet 2-core machine
    python benchmarks/batch_bench.py --e2e-docs 100000 --merge-docs 10000 100000   # the issue's full sizes
    python benchmarks/batch_bench.py --stages e2e merge --e2e-docs 100000 --merge-docs 100000 --work /tmp/b
    python benchmarks/batch_bench.py --stages scaling --without-lang   # the workers identify each language

A merge size equal to --e2e-docs merges the end-to-end run's dataset (not extracted twice); with --work, the
datasets stay, and a rerun resumes them (complete extractions are skipped; the merge is always measured anew).

Measured, in this order:
  library    single-process speed of extract_documents (no merge) on --library-docs documents: characters per
             second of CPU time, the reference for "throughput per worker"
  start-up   a local cluster of 1 worker: seconds to start, and the worker's warm-up (languages, rules)
  scaling    --scale-docs documents on 1 and on 2 workers (clusters started beforehand, not timed): wall time,
             speed-up, characters per second per worker, peak memory (RSS) per worker
  e2e        --e2e-docs documents end to end (cluster start included): time, rows, output size
  merge      for each of --merge-docs: the merge stage alone on an extracted dataset (wall time, rows before
             and after, peak memory of a worker that only merged) and, up to --in-memory-max rows, the in-memory
             merge of all rows for comparison

The corpora are built once in --work (a rerun reuses them, and the extractions).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import Document, batch_merge, dataset, extract_documents  # noqa: E402
from timeline.batch import PARTITION_CHARS, run_batch, warm_up  # noqa: E402
from timeline.merge import merge_events  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
YEAR = re.compile(r"\b(19|20)\d\d\b")
SHIFTS = 50
STAGES = ("scaling", "e2e", "merge")


def base_documents() -> list[dict]:
    documents = []
    for path in sorted(SHARED.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                documents.append({key: record.get(key) for key in ("doc_id", "text", "dct", "lang")}
                                 | {"doc_id": f"{path.stem}/{record['doc_id']}"})
    return documents


def _shift_dct(dct: str | None, years: int) -> str | None:
    if not dct:
        return None
    day = date.fromisoformat(dct[:10])
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28).isoformat()


def synthetic_corpus(path: Path, count: int, with_lang: bool = True) -> int:
    """Write `count` documents to `path` (JSON Lines); their characters. Without `with_lang`, the records do
    not give their language: the workers identify it, and load the identifier's model."""
    base = base_documents()
    chars = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = dict(base[number % len(base)])
            copy = number // len(base)
            shift = copy % SHIFTS
            if shift:
                record["text"] = YEAR.sub(lambda match: str(int(match.group()) + shift), record["text"])
                record["dct"] = _shift_dct(record["dct"], shift)
            record["doc_id"] = f"{record['doc_id']}#{copy}"
            if not with_lang:
                del record["lang"]
            chars += len(record["text"])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars


def read_documents(path: Path, count: int) -> list[Document]:
    documents = []
    with path.open(encoding="utf-8") as handle:
        for line, _ in zip(handle, range(count)):
            record = json.loads(line)
            dct = date.fromisoformat(record["dct"][:10]) if record.get("dct") else None
            documents.append(Document(doc_id=record["doc_id"], text=record["text"], dct=dct, lang=record.get("lang")))
    return documents


def local_cluster(workers: int):
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    return cluster, Client(cluster)


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_library(corpus: Path, count: int) -> float:
    documents = read_documents(corpus, count)
    warm_up()
    started = time.process_time()
    extract_documents(documents, merge=False)
    cpu = time.process_time() - started
    chars = sum(len(d.text) for d in documents)
    speed = chars / cpu
    print(f"library: {count:,} documents, {chars:,} characters, {cpu:.1f} s CPU, {speed:,.0f} characters/s on one core")
    return speed


def measure_startup() -> None:
    started = time.perf_counter()
    cluster, client = local_cluster(1)
    start = time.perf_counter() - started
    warm = list(client.run(warm_up).values())[0]
    print(f"start-up: local cluster of 1 worker {start:.1f} s; warm-up of a worker (languages, rules) {warm:.1f} s")
    client.close()
    cluster.close()


def measure_scaling(corpus: Path, chars: int, library_speed: float, work: Path, partition_chars: int) -> None:
    partition_chars = min(partition_chars, chars // 8)  # four partitions a worker: even load, little overhead
    times = {}
    for workers in (1, 2):
        cluster, client = local_cluster(workers)
        client.run(warm_up)
        output = work / f"scale-{workers}"
        started = time.perf_counter()
        summary = run_batch([str(corpus)], output, client=client, progress=False, partition_chars=partition_chars)
        wall = time.perf_counter() - started
        peaks = client.run(peak_rss_mb)
        client.close()
        cluster.close()
        times[workers] = wall
        per_worker = chars / wall / workers
        cpu = sum(detail["cpu_seconds"] for detail in summary.details)
        print(f"scaling: {workers} worker(s): {wall:.1f} s wall, {summary.partitions} partitions, "
              f"{per_worker:,.0f} characters/s per worker ({per_worker / library_speed:.0%} of the library's one-core "
              f"speed); in CPU time {chars / cpu:,.0f} characters/s ({chars / cpu / library_speed:.0%}); "
              f"peak memory per worker {max(peaks.values()):.0f} MB")
        shutil.rmtree(output)
    print(f"scaling: speed-up with 2 workers {times[1] / times[2]:.2f}x")


def corpus_and_output(count: int, work: Path) -> tuple[Path, Path, int]:
    """The corpus of `count` documents in `work` (built once: a rerun with the same --work reuses it), its
    output folder and its characters."""
    corpus, done = work / f"corpus-{count}.jsonl", work / f"corpus-{count}.chars"
    if not (corpus.is_file() and done.is_file()):
        done.write_text(str(synthetic_corpus(corpus, count)))
    return corpus, work / f"out-{count}", int(done.read_text())


def measure_e2e(count: int, work: Path, workers: int, partition_chars: int) -> None:
    corpus, output, chars = corpus_and_output(count, work)
    started = time.perf_counter()
    summary = run_batch([str(corpus)], output, workers=workers, progress=True, partition_chars=partition_chars)
    wall = time.perf_counter() - started
    cpu = sum(detail["cpu_seconds"] for detail in summary.details)
    print(f"e2e: {count:,} documents ({chars:,} characters) on {workers} workers: {wall:.1f} s, "
          f"{summary.rows:,} rows, {summary.errors} errors, output {summary.output_bytes / 1e6:,.1f} MB, "
          f"{chars / wall:,.0f} characters/s; {cpu:,.0f} s CPU in partitions "
          f"({summary.skipped} of {summary.partitions} partitions complete before)", flush=True)


def measure_merge(count: int, work: Path, workers: int, in_memory_max: int, partition_chars: int) -> None:
    corpus, output, _ = corpus_and_output(count, work)
    extracted = run_batch([str(corpus)], output, workers=workers, progress=False, partition_chars=partition_chars)
    for leftover in [*output.glob(f"{dataset.DONE}/merge*.json"), *output.glob("merged"),  # measured anew
                     *output.glob(batch_merge.SCRATCH)]:
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    cluster, client = local_cluster(workers)  # fresh workers: their peak memory is the merge's
    try:
        started = time.perf_counter()
        summary = run_batch([str(corpus)], output, client=client, progress=False, merge=True,
                            partition_chars=partition_chars)  # every partition is complete: only the merge runs
        wall = time.perf_counter() - started
        peaks = client.run(peak_rss_mb)
    finally:
        client.close()
        cluster.close()
    units = {name: marker for name, marker in dataset.markers(output, "merge").items() if "seconds" in marker}
    unit_seconds = sum(marker["seconds"] for marker in units.values())
    plan = json.loads((output / dataset.DONE / dataset.MERGED_MARKER).read_text())
    print(f"merge: {count:,} documents, {extracted.rows:,} rows -> {summary.merged_rows:,} events, {len(units)} "
          f"blocks of days of up to {max(marker['rows'] for marker in units.values()):,} rows: {wall:.1f} s wall "
          f"(counting and routing the rows included); routing {plan['groups']} groups of partitions "
          f"{plan['route_seconds']:.1f} s, blocks {unit_seconds:.1f} s (of which reading "
          f"{sum(marker['read_seconds'] for marker in units.values()):.1f} s, "
          f"{sum(marker['files_read'] for marker in units.values()):,} file reads); "
          f"peak memory per worker {max(peaks.values()):.0f} MB", flush=True)
    if extracted.rows <= in_memory_max:
        frame = dataset.read_dataset(output, "events")
        started = time.perf_counter()
        merged = merge_events(frame)
        seconds = time.perf_counter() - started
        same = _decisions(merged) == _decisions(dataset.read_dataset(output))
        print(f"merge: in-memory merge_events of the same {len(frame):,} rows: {seconds:.1f} s -> {len(merged):,} "
              f"events; same decisions as the blocks: {'yes' if same else 'NO'}", flush=True)


def _decisions(frame) -> set[tuple[str, tuple[str, ...]]]:
    return {(event_id, tuple(sources)) for event_id, sources in zip(frame["event_id"], frame["sources"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library-docs", type=int, default=400)
    parser.add_argument("--scale-docs", type=int, default=1500)
    parser.add_argument("--e2e-docs", type=int, default=3000)
    parser.add_argument("--merge-docs", type=int, nargs="*", default=[3000])
    parser.add_argument("--in-memory-max", type=int, default=200_000, help="rows up to which the in-memory merge is timed too")
    parser.add_argument("--workers", type=int, default=2, help="workers for the e2e and merge runs")
    parser.add_argument("--partition-chars", type=int, default=PARTITION_CHARS)
    parser.add_argument("--work", type=Path, help="folder for the corpora and outputs, kept (default: a temporary "
                        "one, removed)")
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--without-lang", action="store_true", help="scaling: documents that do not give their "
                        "language (the library's reference is measured on them too)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if "scaling" in args.stages:  # with the library speed it is measured against, and the start-up
        scale_corpus = work / f"scale-{args.scale_docs}.jsonl"
        chars = synthetic_corpus(scale_corpus, args.scale_docs, with_lang=not args.without_lang)
        speed = measure_library(scale_corpus, min(args.library_docs, args.scale_docs))
        measure_startup()
        measure_scaling(scale_corpus, chars, speed, work, args.partition_chars)
    if "e2e" in args.stages:
        measure_e2e(args.e2e_docs, work, args.workers, args.partition_chars)
    if "merge" in args.stages:
        for count in args.merge_docs:
            measure_merge(count, work, args.workers, args.in_memory_max, args.partition_chars)
    if args.work is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
