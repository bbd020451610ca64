"""Batch extraction into a Parquet dataset: same rows as the library, restartable, bad documents recorded."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline import batch, batch_merge, dataset, extract_documents, read_events, schema
from timeline.langid import _identifier
from timeline.merge import article_casts
from timeline.samples import load_samples

ROOT = Path(__file__).resolve().parent.parent
SMALL_PARTITION = 6_000  # characters: the six samples fall into several partitions


@pytest.fixture(scope="module")
def client():
    """An in-process cluster: the tests check the job, not process start-up (the CLI test uses processes)."""
    distributed = pytest.importorskip("distributed")
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as client:
        yield client


@pytest.fixture(scope="module")
def samples():
    return load_samples()


def write_jsonl(path: Path, documents) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps({"doc_id": document.doc_id, "text": document.text, "title": document.title,
                                     "lang": document.lang, "dct": document.dct.isoformat() if document.dct else None},
                                    ensure_ascii=False) + "\n")
    return path


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("event_id").reset_index(drop=True)


def run(inputs, output, client, **options) -> batch.Summary:
    return batch.run_batch([str(path) for path in inputs], output, client=client, progress=False,
                           partition_chars=options.pop("partition_chars", SMALL_PARTITION), **options)


def test_batch_rows_equal_the_library_and_read_back_with_contract_dtypes(tmp_path, client, samples):
    source = write_jsonl(tmp_path / "docs.jsonl", samples)
    summary = run([source], tmp_path / "out", client)
    assert summary.partitions > 2 and summary.documents == len(samples) and summary.errors == 0
    got = dataset.read_dataset(tmp_path / "out", "events")
    expected = extract_documents(samples, merge=False)
    assert summary.rows == len(expected)
    assert {name: str(dtype) for name, dtype in got.dtypes.items()} == schema.COLUMNS
    pd.testing.assert_frame_equal(by_id(got), by_id(expected))
    # On disk: list<string> for actors and sources, timestamp[s] for datetimes, hive directories by year.
    files = dataset.table_files(tmp_path / "out", "events")
    assert {Path(path).parent.name for path in files} >= {"year=undated"}
    stored = pq.read_schema(files[0])
    assert pa.types.is_list(stored.field("actors").type) and stored.field("actors").type.value_type == pa.string()
    assert pa.types.is_timestamp(stored.field("date_start").type)  # Parquet's smallest unit is ms
    documents = dataset.read_plain_table(tmp_path / "out", "documents")
    assert sorted(documents["doc_id"]) == sorted(d.doc_id for d in samples)
    assert documents.set_index("doc_id").loc[samples[0].doc_id, "text"] == samples[0].text


def test_the_language_identifier_loads_only_for_a_document_that_does_not_give_its_language(tmp_path, client, samples):
    _identifier.cache_clear()  # the in-process worker shares this process's caches
    run([write_jsonl(tmp_path / "given.jsonl", samples)], tmp_path / "given", client)
    assert _identifier.cache_info().currsize == 0
    german = next(document for document in samples if document.lang == "de")
    run([write_jsonl(tmp_path / "unsaid.jsonl", [replace(german, lang=None)])], tmp_path / "unsaid", client)
    assert _identifier.cache_info().currsize == 1
    assert list(dataset.read_plain_table(tmp_path / "unsaid", "documents")["lang"]) == ["de"]


def test_batch_merge_makes_the_in_memory_merges_decisions(tmp_path, client, samples):
    source = write_jsonl(tmp_path / "docs.jsonl", samples)
    # Blocks of a few days, and partitions routed in several groups.
    summary = run([source], tmp_path / "out", client, merge=True, merge_block_rows=25, merge_group_rows=40)
    assert len(dataset.markers(tmp_path / "out", "merge")) > 3
    assert not (tmp_path / "out" / batch_merge.SCRATCH).exists()  # the routed rows are gone once merged
    expected = extract_documents(samples, merge=True)
    assert any(len(sources) > 1 for sources in expected["sources"])  # the samples do report events twice
    got = read_events(tmp_path / "out")  # the merged table, once the merge is complete
    assert summary.merged_rows == len(expected) < summary.rows
    pd.testing.assert_frame_equal(by_id(got), by_id(expected))
    # The blocks took each article's cast from the table its partition wrote, one row an article.
    casts = dataset.read_plain_table(tmp_path / "out", "casts")
    assert casts["doc_id"].is_unique
    assert {doc: frozenset(cast) for doc, cast in zip(casts["doc_id"], casts["cast"])} == article_casts(
        dataset.read_dataset(tmp_path / "out", "events"))


def test_a_killed_merge_resumes_to_the_same_merge(tmp_path, client, samples, monkeypatch):
    source = write_jsonl(tmp_path / "docs.jsonl", samples)
    options = {"merge": True, "merge_block_rows": 25, "merge_group_rows": 40}
    run([source], tmp_path / "reference", client, **options)

    class Killed(Exception):
        pass

    class KilledAfterTwoBlocks(batch.Progress):
        def update(self, count=1, counts=None):
            super().update(count, counts)
            if self.stage == "merge" and self.done >= 2:
                raise Killed

    out = tmp_path / "out"
    monkeypatch.setattr(batch, "Progress", KilledAfterTwoBlocks)
    with pytest.raises(Killed):
        run([source], out, client, **options)
    monkeypatch.undo()
    plan = json.loads((out / batch_merge.SCRATCH / batch_merge.PLAN_FILE).read_text())
    assert len(plan["groups"]) > 1 and len(plan["blocks"]) > 3
    assert not (out / dataset.DONE / dataset.MERGED_MARKER).exists()
    assert read_events(out)["sources"].map(len).max() == 1  # until the merge completes, readers take the rows
    (out / batch_merge.SCRATCH / ".route-00000.arrow.tmp").write_bytes(b"ARROW1 half written")
    resumed = run([source], out, client, **options)
    assert resumed.merged_rows == len(read_events(tmp_path / "reference"))
    pd.testing.assert_frame_equal(by_id(read_events(out)), by_id(read_events(tmp_path / "reference")))


def test_progress_shows_in_a_log(tmp_path, client, samples, capsys):
    """Where stderr is no terminal (a log, a pipe), the progress is printed as lines, not as a bar."""
    source = write_jsonl(tmp_path / "docs.jsonl", samples)
    batch.run_batch([str(source)], tmp_path / "out", client=client, partition_chars=SMALL_PARTITION, merge=True,
                    progress_interval=0)
    lines = capsys.readouterr().err.splitlines()
    extract = [line for line in lines if line.startswith("extract: ")]
    assert len(extract) > 3 and "\r" not in "".join(lines)
    assert re.match(r"extract: 1 (of \d+ )?partitions.*, \d+ documents, 0 errors, [\d,]+ characters/s$", extract[0])
    partitions = len(dataset.markers(tmp_path / "out", "extract"))
    assert extract[-1].startswith(f"extract: done, {partitions} of {partitions} partitions (100%), ")
    assert f"{len(samples)} documents, 0 errors, " in extract[-1] and "characters/s" in extract[-1]
    assert any(line.startswith("merge: done, 1 of 1 blocks (100%)") for line in lines)
    batch.run_batch([str(source)], tmp_path / "out", client=client, partition_chars=SMALL_PARTITION, merge=True,
                    progress=False)
    assert capsys.readouterr().err == ""


def test_a_killed_run_resumes_to_the_same_dataset(tmp_path, client, samples):
    source = write_jsonl(tmp_path / "docs.jsonl", samples)
    reference = run([source], tmp_path / "reference", client)
    out = tmp_path / "out"
    run([source], out, client)
    # A kill after partition 1's files were renamed into place but before its marker: plus a half-written
    # temporary file and a truncated data file.
    (out / dataset.DONE / "extract-00001.json").unlink()
    partition_files = list(out.glob("events/year=*/part-00001.parquet"))
    partition_files[0].write_bytes(b"PAR1 half written")
    (partition_files[0].parent / ".part-00001.parquet.0123.tmp").write_bytes(b"PAR1")
    incomplete = read_events(out)  # a reader never takes the incomplete partition
    assert len(incomplete) < reference.rows
    resumed = run([source], out, client)
    assert resumed.skipped == resumed.partitions - 1
    assert not list(out.rglob("*.tmp"))
    pd.testing.assert_frame_equal(by_id(read_events(out)), by_id(read_events(tmp_path / "reference")))
    assert resumed.rows == reference.rows


def test_a_rerun_with_other_inputs_is_refused(tmp_path, client, samples):
    run([write_jsonl(tmp_path / "a.jsonl", samples[:2])], tmp_path / "out", client)
    with pytest.raises(batch.BatchError, match="another run"):
        run([write_jsonl(tmp_path / "b.jsonl", samples[2:])], tmp_path / "out", client)


def test_bad_documents_are_recorded_and_the_others_go_on(tmp_path, client, samples, monkeypatch):
    source = tmp_path / "docs.jsonl"
    write_jsonl(source, samples[:2])
    with source.open("ab") as handle:
        handle.write(b'{"doc_id": "broken", "text": \n')
        handle.write(b'{"doc_id": "latin1", "text": "caf\xe9"}\n')
        handle.write(json.dumps({"doc_id": "huge", "text": "a" * (batch.MAX_DOCUMENT_CHARS + 1)}).encode() + b"\n")
        handle.write(json.dumps({"doc_id": "crash", "text": "Am 3. Mai 2024 stürzte eine Regel ab."}).encode() + b"\n")
        handle.write(json.dumps({"doc_id": "baddate", "text": "x", "dct": "2024-02-31"}).encode() + b"\n")
    columns = batch.document_columns

    def crashing(document):
        if document.doc_id == "crash":
            raise RuntimeError("a rule fell over")
        return columns(document)

    monkeypatch.setattr(batch, "document_columns", crashing)  # the in-process workers run this module
    summary = run([source], tmp_path / "out", client)
    errors = dataset.read_plain_table(tmp_path / "out", "errors").set_index("doc_id")["reason"]
    assert summary.errors == 5 and summary.documents == 2
    assert "not valid JSON" in errors[f"{source}:3"]
    assert "not UTF-8" in errors[f"{source}:4"]
    assert "more than the limit" in errors["huge"]
    assert "RuntimeError: a rule fell over" in errors["crash"]
    assert "real date" in errors["baddate"]
    assert set(read_events(tmp_path / "out")["doc_id"]) == {samples[0].doc_id, samples[1].doc_id}


def test_parquet_gzip_and_folder_inputs(tmp_path, client, samples):
    pq.write_table(pa.Table.from_pylist([{"text": samples[0].text, "dct": samples[0].dct, "title": "T"}]),
                   tmp_path / "docs.parquet")
    gzipped = tmp_path / "docs.jsonl.gz"
    import gzip

    gzipped.write_bytes(gzip.compress(write_jsonl(tmp_path / "plain.jsonl", samples[1:2]).read_bytes()))
    folder = tmp_path / "folder" / "inner"
    folder.mkdir(parents=True)
    (folder / "note.md").write_text("---\ntitle: Notiz\ndate: 2024-06-19\n---\nAm 3. Mai 2024 begann es.\n")
    (folder / "ignored.bin").write_bytes(b"\x00\x01")
    (folder / "empty.txt").write_bytes(b"")
    summary = run([tmp_path / "docs.parq*", gzipped, tmp_path / "folder"], tmp_path / "out", client)  # a glob too
    events = read_events(tmp_path / "out")
    assert set(events["doc_id"]) == {"docs.parquet:1", samples[1].doc_id, "inner/note.md"}
    parquet_rows = events[events["doc_id"] == "docs.parquet:1"]
    assert (parquet_rows["title"] == "T").all() and (parquet_rows["dct"] == pd.Timestamp(samples[0].dct)).all()
    errors = dataset.read_plain_table(tmp_path / "out", "errors")
    assert list(errors["doc_id"]) == ["inner/empty.txt"] and summary.errors == 1


def test_cli_batch_runs_on_a_local_cluster_and_rejects_bad_input(tmp_path, samples):
    source = write_jsonl(tmp_path / "docs.jsonl", samples[:2])
    command = [sys.executable, "-m", "timeline", "batch", str(source), "--output", str(tmp_path / "out"),
               "--workers", "1"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "documents: 2" in done.stdout and "characters/s" in done.stdout
    assert "extract: done, 1 of 1 partitions (100%)" in done.stderr  # the progress, in a log
    assert len(read_events(tmp_path / "out")) == len(extract_documents(samples[:2], merge=False))
    missing = subprocess.run([sys.executable, "-m", "timeline", "batch", str(tmp_path / "nope.jsonl"), "--output",
                              str(tmp_path / "out2")], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0 and "no such file" in missing.stderr


def test_sparse_years_share_a_file_and_periods_find_them(tmp_path, monkeypatch):
    from conftest import event

    monkeypatch.setattr(dataset, "MIN_FILE_ROWS", 3)
    records = [event("a", 10 * i, "2024", "2024", f"e{i}") for i in range(5)]
    records += [event("a", 100, "1914", "1914", "war"), event("b", 5, "1915", "1915-05", "more war"),
                event("b", 50, "seit Jahren", "P5Y", "long", timex_type="DURATION")]
    frame = schema.from_records(records)
    written = dataset.write_by_year(frame, tmp_path, "events", "part-00000.parquet")
    assert [name for name, _ in written] == ["events/year=1914-1915/part-00000.parquet",
                                             "events/year=2024/part-00000.parquet",
                                             "events/year=undated/part-00000.parquet"]
    assert [int(mask.sum()) for _, mask in written] == [2, 5, 1]
    assert dataset.years_of(written[0][0]) == (1914, 1915) and dataset.years_of(written[2][0]) is None
    dataset.write_json_atomically({"files": {"events": [name for name, _ in written]}},
                                  tmp_path / dataset.DONE / "extract-00000.json")
    in_period = dataset.table_files(tmp_path, "events", period=(1915, 1916))
    assert [Path(path).parent.name for path in in_period] == ["year=1914-1915"]
    assert len(dataset.table_files(tmp_path, "events")) == 3
