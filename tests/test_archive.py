"""The archive view's queries (timeline.archive, DuckDB over a batch run's dataset) and the dashboard's archive mode."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from timeline import dataset, extract_documents, schema
from timeline.archive import Archive, ArchiveError, ArchiveQuery
from timeline.batch import run_batch
from timeline.samples import load_samples

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def samples():
    return load_samples()


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory, samples) -> Path:
    distributed = pytest.importorskip("distributed")
    work = tmp_path_factory.mktemp("archive")
    source = work / "docs.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for document in samples:
            record = {"doc_id": document.doc_id, "text": document.text, "title": document.title,
                      "lang": document.lang, "dct": document.dct.isoformat()}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    # A file per year even for these few rows, as a big archive has (the in-process worker sees the patch).
    with pytest.MonkeyPatch.context() as patch, \
            distributed.Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None) as client:
        patch.setattr(dataset, "MIN_FILE_ROWS", 1)
        run_batch([str(source)], work / "archive", merge=True, client=client, progress=False, partition_chars=8_000)
    return work / "archive"


@pytest.fixture(scope="module")
def merged(samples) -> pd.DataFrame:
    return extract_documents(samples, merge=True)


def test_query_returns_the_most_reported_events_first_with_contract_dtypes(archive_dir, merged, samples):
    archive = Archive(str(archive_dir))
    dated = merged[merged["date_start"].notna()]
    events, total = archive.query(ArchiveQuery(limit=5))
    assert total == len(dated) and len(events) == 5
    assert {name: str(dtype) for name, dtype in events.dtypes.items()} == schema.COLUMNS
    counts = [len(sources) for sources in events["sources"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == max(len(s) for s in dated["sources"]) > 1
    overview = archive.overview()
    assert overview.events == len(merged) and overview.documents == len(samples)


def test_filters_by_text_actor_article_and_period(archive_dir, merged):
    archive = Archive(str(archive_dir))
    dated = merged[merged["date_start"].notna()]

    def expected(mask) -> set[str]:
        return set(dated.loc[mask, "event_id"])

    def got(**filters) -> set[str]:
        events, total = archive.query(ArchiveQuery(limit=5000, **filters))
        assert total == len(events)
        return set(events["event_id"])

    text = (dated["label"] + " " + dated["sentence"] + " " + dated["expression"] + " " + dated["title"]).str.lower()
    assert got(text="Nordkorea") == expected(text.str.contains("nordkorea")) != set()
    putin = dated["actors"].map(lambda names: any("putin" in n.lower() for n in names))
    assert got(actor="putin") == expected(putin) != set()
    doc = "starliner-2024-06-06.en.txt"
    assert got(doc_id=doc) == expected(dated["sources"].map(lambda sources: doc in sources)) != set()
    start, end = pd.Timestamp("2024-06-01"), pd.Timestamp("2024-06-30 23:59:59")
    in_june = (dated["date_end"] >= start) & (dated["date_start"] <= end)
    assert got(start=date(2024, 6, 1), end=date(2024, 6, 30)) == expected(in_june) != set()


def test_a_period_query_reads_only_its_years(archive_dir, tmp_path):
    copy = tmp_path / "archive"
    shutil.copytree(archive_dir, copy)
    files = dataset.table_files(copy, "merged")
    other_years = [path for path in files if "year=2024" not in path]
    assert other_years and len(other_years) < len(files)
    for path in other_years:  # damage every file outside 2024: a query for 2024 must not open them
        Path(path).write_bytes(b"not parquet")
    archive = Archive(str(copy))
    events, _ = archive.query(ArchiveQuery(start=date(2024, 3, 1), end=date(2024, 9, 30)))
    assert len(events) and (events["date_start"].dt.year == 2024).all()
    with pytest.raises(duckdb.Error):  # the damaged files are opened only by a query that needs them
        archive.query(ArchiveQuery())


def test_article_text_and_titles(archive_dir, samples):
    archive = Archive(str(archive_dir))
    document = archive.document(samples[1].doc_id)
    assert document["text"] == samples[1].text and document["title"] == samples[1].title
    assert archive.document("no such article") is None
    assert archive.titles([samples[0].doc_id]) == {samples[0].doc_id: samples[0].title}


def test_query_travels_in_url_parameters():
    query = ArchiveQuery(text="Gipfel", actor="Kim", doc_id="a.txt", start=date(2024, 6, 1), end=None, limit=50)
    assert ArchiveQuery.from_params(query.to_params()) == query
    assert ArchiveQuery().to_params() == {}
    junk = ArchiveQuery.from_params({"from": "2024-02-31", "limit": "many", "q": ["a", "b"], "to": "2024-07-01"})
    assert junk == ArchiveQuery(text="b", end=date(2024, 7, 1))
    assert ArchiveQuery.from_params({"limit": "999999"}).limit == 5000


def test_a_folder_that_is_not_an_archive_is_refused(tmp_path):
    with pytest.raises(ArchiveError, match="not an archive"):
        Archive(str(tmp_path))


def test_app_opens_an_archive_from_a_link_and_filters_it(archive_dir, samples):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["archive"] = str(archive_dir)
    app.query_params["q"] = "Kim"
    app.run()
    assert not app.exception
    assert app.text_input(key="archive_text").value == "Kim"
    caption = " ".join(element.value for element in app.caption)
    first = int(caption.split(" match")[0].rsplit("·", 1)[1].replace(",", ""))
    assert first > 0 and len(app.get("plotly_chart")) == 1
    app.text_input(key="archive_text").set_value("").run()
    caption = " ".join(element.value for element in app.caption)
    everything = int(caption.split(" match")[0].rsplit("·", 1)[1].replace(",", ""))
    assert everything > first
    assert app.query_params.get("q") in (None, [""], [])
    app.text_input(key="archive_article").set_value(samples[3].doc_id).run()
    html = " ".join(str(element.proto) for element in app.get("html"))
    assert samples[3].title.split()[0] in html
    assert not app.exception and not app.error
    app.radio(key="app_mode").set_value("Articles").run()  # back to the articles: the address forgets the archive
    assert "archive" not in app.query_params and "article" not in app.query_params
    assert not app.exception


def test_browser_opens_a_shared_archive_link(archive_dir, server_url, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from urllib.parse import urlencode

    from conftest import launch_chromium

    with sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{server_url}/?{urlencode({'archive': str(archive_dir), 'actor': 'Putin'})}")
            page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", state="visible", timeout=90_000)
            page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000)
            assert page.get_by_text(" match · the ").first.is_visible()
            assert page.locator('[data-testid="stException"]').count() == 0
            assert page.get_by_label("Actor").input_value() == "Putin"
            assert "actor=Putin" in page.url and "archive=" in page.url
            page.locator("mark").first.wait_for(state="visible", timeout=90_000)  # the article, its dates marked
            page.screenshot(path=str(tmp_path / "archive.png"), full_page=True)
        finally:
            browser.close()
