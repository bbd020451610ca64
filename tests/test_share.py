"""Storing and reopening shared timelines (timeline.share)."""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

from timeline import schema
from timeline.document import Document
from timeline.share import MAX_SHARE_BYTES, ShareDamaged, SharedTimeline, ShareError, ShareNotFound, ShareStore

TEXT = (
    "Gipfel in Brüssel. Am 19. Juni 2024 trafen sich die Staats- und Regierungschefs. "
    "Im Mai 2024 startete der Satellit. Für 2025 ist die nächste Runde geplant – „endlich“, "
    "sagte Łukasz Żółć."
)


def _row(start: int, end: int, **values) -> dict:
    base = {
        "event_id": f"gipfel.txt:{start}",
        "doc_id": "gipfel.txt",
        "title": "Gipfel in Brüssel",
        "lang": "de",
        "dct": "2024-06-19",
        "start": start,
        "end": end,
        "expression": TEXT[start:end],
        "type": "DATE",
        "anchor": "absolute",
        "confidence": 0.9,
        "sources": ["gipfel.txt"],
    }
    return base | values


def _timeline() -> SharedTimeline:
    june = TEXT.index("19. Juni 2024")
    may = TEXT.index("Mai 2024")
    next_year = TEXT.index("2025")
    frame = schema.from_records(
        [
            _row(
                june,
                june + 13,
                value="2024-06-19",
                granularity="day",
                date_start="2024-06-19",
                date_end="2024-06-19T23:59:59",
                label="Staats- und Regierungschefs trafen sich",
                actors=["EU"],
            ),
            _row(
                may,
                may + 8,
                value="2024-05",
                granularity="month",
                date_start="2024-05-01",
                date_end="2024-05-31T23:59:59",
                label="Satellit startete",
                mod="START",
            ),
            _row(
                next_year,
                next_year + 4,
                value="2025",
                granularity="year",
                date_start="2025-01-01",
                date_end="2025-12-31T23:59:59",
                label="nächste Runde – „endlich“",
                anchor="dct",
                confidence=0.55,
            ),
        ]
    )
    # the user's edits in the dashboard: a relabelled row, a deleted row and a hand-added row without offsets
    frame.loc[0, "label"] = "Gipfeltreffen der EU – 27 Länder"
    frame = frame.drop(index=1)
    added = schema.from_records(
        [
            {
                "event_id": "manual:1",
                "doc_id": "gipfel.txt",
                "title": "Gipfel in Brüssel",
                "lang": "de",
                "expression": "",
                "type": "DATE",
                "value": "1957-03-25",
                "granularity": "day",
                "date_start": "1957-03-25",
                "date_end": "1957-03-25T23:59:59",
                "label": "Römische Verträge unterzeichnet 🇪🇺",
                "anchor": "absolute",
                "actors": ["Belgien", "Deutschland", "Frankreich", "Italien", "Luxemburg", "Niederlande"],
                "sources": [],
            },
            {
                "event_id": "manual:2",
                "doc_id": "gipfel.txt",
                "value": "0044-03-15",
                "date_start": "0044-03-15",
                "date_end": "0044-03-15T23:59:59",
                "label": "Iden des März",
            },
        ]
    )
    frame = schema.conform(pd.concat([frame, added], ignore_index=True))
    documents = [
        Document(doc_id="gipfel.txt", text=TEXT, dct=date(2024, 6, 19), lang="de", title="Gipfel in Brüssel"),
        Document(doc_id="https://example.org/a", text="Second text, 3 May 2021.", url="https://example.org/a"),
    ]
    settings = {
        "lang": None,
        "dct_override": "2024-06-19",
        "granularity": "month",
        "show_vague": False,
        "docs": ["gipfel.txt"],
    }
    return SharedTimeline(documents=documents, events=frame, settings=settings)


@pytest.fixture
def store(tmp_path):
    return ShareStore(str(tmp_path / "shared.sqlite3"))


def test_round_trip_keeps_documents_settings_and_the_edited_frame(store):
    original = _timeline()
    share_id = store.save(original)
    loaded = store.load(share_id)
    pd.testing.assert_frame_equal(loaded.events, original.events)
    assert dict(loaded.events.dtypes.astype(str)) == schema.COLUMNS
    assert loaded.documents == original.documents
    assert loaded.settings == original.settings
    assert loaded.events.loc[0, "label"] == "Gipfeltreffen der EU – 27 Länder"
    assert "Römische Verträge unterzeichnet 🇪🇺" in set(loaded.events["label"])
    assert loaded.events["start"].isna().sum() == 2  # hand-added rows have no offsets
    assert loaded.events.loc[3, "date_start"] == pd.Timestamp("0044-03-15")
    assert loaded.created is not None and loaded.created.tzinfo is not None
    assert abs((datetime.now(UTC) - loaded.created).total_seconds()) < 3600


def test_empty_timeline_round_trip(store):
    empty = SharedTimeline(documents=[], events=schema.empty_frame())
    loaded = store.load(store.save(empty))
    pd.testing.assert_frame_equal(loaded.events, schema.empty_frame())
    assert loaded.documents == [] and loaded.settings == {}


def test_ids_are_unguessable_and_distinct(store):
    timeline = _timeline()
    ids = {store.save(timeline) for _ in range(20)}
    assert len(ids) == 20
    assert all(len(share_id) == 22 and share_id.replace("-", "").replace("_", "").isalnum() for share_id in ids)


def test_unknown_id(store):
    with pytest.raises(ShareNotFound):
        store.load("A" * 22)
    assert issubclass(ShareNotFound, ShareError)


@pytest.mark.parametrize(
    "share_id",
    [
        "",
        "short",
        "A" * 21,
        "A" * 23,
        "A" * 21 + "!",
        "' OR 1=1 --xxxxxxxxxxxx",
        "../../etc/passwd12345678",
        "Ä" * 22,
        None,
        42,
    ],
)
def test_malformed_ids_are_refused_before_the_database(tmp_path, share_id, monkeypatch):
    store = ShareStore(str(tmp_path / "shared.sqlite3"))
    monkeypatch.setattr(sqlite3, "connect", lambda *args, **kwargs: pytest.fail("the database was touched"))
    with pytest.raises(ShareError, match="malformed") as raised:
        store.load(share_id)
    assert not isinstance(raised.value, ShareNotFound)


def test_id_with_surrounding_whitespace_still_opens(store):
    share_id = store.save(_timeline())
    assert store.load(f"  {share_id}\n").documents[0].doc_id == "gipfel.txt"


def test_two_stores_on_one_file_see_each_others_timelines(tmp_path):
    path = tmp_path / "nested" / "dir" / "shared.sqlite3"
    first, second = ShareStore(str(path)), ShareStore(f"sqlite:///{path}")
    one = first.save(_timeline())
    two = second.save(SharedTimeline(documents=[], events=schema.empty_frame(), settings={"x": 1}))
    assert second.load(one).documents[0].title == "Gipfel in Brüssel"
    assert first.load(two).settings == {"x": 1}
    assert first.location == second.location == str(path)


def test_concurrent_saves(tmp_path):
    store = ShareStore(str(tmp_path / "shared.sqlite3"))
    timeline, ids, errors = _timeline(), [], []

    def share() -> None:
        try:
            ids.append(ShareStore(str(tmp_path / "shared.sqlite3")).save(timeline))
        except Exception as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=share) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(set(ids)) == 8
    assert all(store.load(share_id).events.shape == timeline.events.shape for share_id in ids)


def test_location_from_environment(tmp_path, monkeypatch):
    by_path = tmp_path / "from-path.sqlite3"
    monkeypatch.delenv("TIMELINE_DB_URL", raising=False)
    monkeypatch.setenv("TIMELINE_DB_PATH", str(by_path))
    share_id = ShareStore().save(_timeline())
    assert by_path.exists()
    assert ShareStore(str(by_path)).load(share_id).documents[1].url == "https://example.org/a"

    by_url = tmp_path / "from-url.sqlite3"
    monkeypatch.setenv("TIMELINE_DB_URL", f"sqlite:///{by_url}")  # the URL wins over the path
    assert ShareStore().location == str(by_url)
    assert by_url.exists()
    with pytest.raises(ShareNotFound):
        ShareStore().load(share_id)


def test_default_location_is_in_the_home_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("TIMELINE_DB_URL", raising=False)
    monkeypatch.delenv("TIMELINE_DB_PATH", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert ShareStore().location == str(tmp_path / ".timeline" / "shared.sqlite3")
    assert (tmp_path / ".timeline" / "shared.sqlite3").exists()


def test_in_memory_databases_are_refused():
    for url in ("sqlite://", "sqlite:///:memory:"):
        with pytest.raises(ShareError, match="in-memory"):
            ShareStore(url)


def test_other_databases_need_sqlalchemy(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def without_sqlalchemy(name, *args, **kwargs):
        if name == "sqlalchemy" or name.startswith("sqlalchemy."):
            raise ImportError("No module named 'sqlalchemy'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_sqlalchemy)
    with pytest.raises(ShareError, match="needs the optional packages SQLAlchemy"):
        ShareStore("postgresql://user:secret@db.example.com/timelines")


def test_sqlalchemy_backend_round_trip(tmp_path):
    pytest.importorskip("sqlalchemy")
    path = tmp_path / "via-sqlalchemy.sqlite3"
    store = ShareStore(f"sqlite+pysqlite:///{path}")
    original = _timeline()
    share_id = store.save(original)
    pd.testing.assert_frame_equal(store.load(share_id).events, original.events)
    with pytest.raises(ShareNotFound):
        store.load("B" * 22)
    # the same table is readable through the standard-library backend
    assert ShareStore(str(path)).load(share_id).settings == original.settings


def test_size_limit(store):
    huge = Document(doc_id="huge.txt", text="Wort " * (MAX_SHARE_BYTES // 5 + 10))
    with pytest.raises(ShareError, match=r"limited to 10 MB"):
        store.save(SharedTimeline(documents=[huge], events=schema.empty_frame()))


def test_settings_must_be_json(store):
    with pytest.raises(ShareError, match="settings cannot be saved"):
        store.save(SharedTimeline(documents=[], events=schema.empty_frame(), settings={"when": date(2024, 1, 1)}))
    with pytest.raises(ShareError, match="settings cannot be saved"):
        store.save(SharedTimeline(documents=[], events=schema.empty_frame(), settings={"x": float("nan")}))


def test_damaged_rows_give_a_share_error(tmp_path):
    path = tmp_path / "shared.sqlite3"
    store = ShareStore(str(path))
    share_id = store.save(_timeline())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE shared_timelines SET payload = ? WHERE id = ?", (b"not zlib", share_id))
    with pytest.raises(ShareDamaged, match="This shared timeline is damaged"):
        store.load(share_id)


# --- damage: each kind is a ShareDamaged saying what is damaged; the other links keep working ---------------------

def _two_shared(path: Path) -> tuple[ShareStore, str, str]:
    """A store holding two different timelines: the one to damage, and one that must stay intact."""
    store = ShareStore(str(path))
    other = _timeline()
    other.settings = {"granularity": "year"}
    return store, store.save(_timeline()), store.save(other)


def _snapshot() -> dict:
    return json.loads(_timeline().to_json())


def _set(snapshot: dict, path: tuple, value) -> dict:
    target = snapshot
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return snapshot


@pytest.mark.parametrize(
    "column, value",
    [("created_at", 5), ("created_at", b"2024-06-19"), ("payload", "text, not bytes"), ("payload", 10**12),
     ("payload", 3.5)],
)
def test_row_fields_of_the_wrong_type(tmp_path, column, value):
    store, damaged, intact = _two_shared(tmp_path / "shared.sqlite3")
    with sqlite3.connect(tmp_path / "shared.sqlite3") as connection:
        connection.execute(f"UPDATE shared_timelines SET {column} = ? WHERE id = ?", (value, damaged))
    with pytest.raises(ShareDamaged, match="This shared timeline is damaged .*Ask whoever shared it"):
        store.load(damaged)
    assert store.load(intact).documents[0].doc_id == "gipfel.txt"


@pytest.mark.parametrize(
    "snapshot",
    [
        [],
        _set(_snapshot(), ("version",), 2),
        _set(_snapshot(), ("documents",), {"gipfel.txt": TEXT}),
        _set(_snapshot(), ("documents", 0, "text"), 5),
        _set(_snapshot(), ("documents", 0, "doc_id"), ["gipfel.txt"]),
        _set(_snapshot(), ("documents", 0, "dct"), "2024-02-31"),
        _set(_snapshot(), ("documents", 0, "title"), {"de": "Gipfel"}),
        _set(_snapshot(), ("settings",), ["lane"]),
        _set(_snapshot(), ("events",), "none"),
        _set(_snapshot(), ("events", 0), "row"),
        _set(_snapshot(), ("events", 0, "start"), "abc"),
        _set(_snapshot(), ("events", 0, "start"), -1),
        _set(_snapshot(), ("events", 0, "end"), len(TEXT) + 1),
        _set(_set(_snapshot(), ("events", 0, "start"), 30), ("events", 0, "end"), 20),
        _set(_snapshot(), ("events", 0, "label"), 7),
        _set(_snapshot(), ("events", 0, "confidence"), True),
        _set(_snapshot(), ("events", 0, "confidence"), "high"),
        _set(_snapshot(), ("events", 0, "actors"), "EU"),
        _set(_snapshot(), ("events", 0, "sources"), [1, 2]),
        _set(_snapshot(), ("events", 0, "date_start"), "the 5th"),
        _set(_snapshot(), ("events", 0, "dct"), 20240619),
    ],
)
def test_snapshots_with_fields_of_the_wrong_type(tmp_path, snapshot):
    store, damaged, intact = _two_shared(tmp_path / "shared.sqlite3")
    blob = zlib.compress(json.dumps(snapshot).encode())
    with sqlite3.connect(tmp_path / "shared.sqlite3") as connection:
        connection.execute("UPDATE shared_timelines SET payload = ? WHERE id = ?", (blob, damaged))
    with pytest.raises(ShareDamaged, match="This shared timeline is damaged"):
        store.load(damaged)
    assert store.load(intact).documents[0].doc_id == "gipfel.txt"


def test_deeply_nested_snapshot(tmp_path):
    store, damaged, intact = _two_shared(tmp_path / "shared.sqlite3")
    blob = zlib.compress(b'{"version": 1, "documents": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    with sqlite3.connect(tmp_path / "shared.sqlite3") as connection:
        connection.execute("UPDATE shared_timelines SET payload = ? WHERE id = ?", (blob, damaged))
    with pytest.raises(ShareDamaged, match="nested too deeply"):
        store.load(damaged)
    assert store.load(intact).documents


def test_a_damaged_byte_in_one_payload_spoils_only_that_timeline(tmp_path):
    path = tmp_path / "shared.sqlite3"
    store, damaged, intact = _two_shared(path)
    with sqlite3.connect(path) as connection:
        (blob,) = connection.execute("SELECT payload FROM shared_timelines WHERE id = ?", (damaged,)).fetchone()
    data = bytearray(path.read_bytes())
    position = data.index(blob) + len(blob) // 2
    data[position] ^= 0x80
    path.write_bytes(bytes(data))
    with pytest.raises(ShareDamaged, match="This shared timeline is damaged"):
        store.load(damaged)
    assert store.load(intact).documents[0].doc_id == "gipfel.txt"
    assert store.load(store.save(_timeline())).documents  # and sharing still works


def _damage_the_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[data.index(b"CREATE TABLE shared_timelines") + len("CREATE TABLE s")] ^= 0x80  # 'h' as a stray UTF-8 byte
    path.write_bytes(bytes(data))


def test_a_damaged_byte_in_the_schema_is_reported_as_a_damaged_database(tmp_path):
    path = tmp_path / "shared.sqlite3"
    _, share_id, _ = _two_shared(path)
    _damage_the_schema(path)
    for attempt in (lambda: ShareStore(str(path)).load(share_id), lambda: ShareStore(str(path)).save(_timeline())):
        with pytest.raises(ShareDamaged, match=r"The share database .* is damaged .*restored from a backup"):
            attempt()


def test_any_damaged_byte_gives_a_timeline_or_a_share_error(tmp_path):
    path = tmp_path / "shared.sqlite3"
    _, first, second = _two_shared(path)
    original = path.read_bytes()
    outcomes = set()
    for position in range(0, len(original), 89):  # every page: header, schema, rows, free space
        data = bytearray(original)
        data[position] ^= 0x80
        path.write_bytes(bytes(data))
        for share_id in (first, second):
            try:
                outcomes.add(type(ShareStore(str(path)).load(share_id)).__name__)
            except ShareError as error:
                outcomes.add(type(error).__name__)
    assert {"SharedTimeline", "ShareDamaged"} <= outcomes


def test_the_app_says_which_shared_timeline_is_damaged(tmp_path, monkeypatch):
    """A damaged link opens the samples with the store's message, a link with odd view settings opens with the
    default view, and the Share button reports a damaged database in its own words (never "Something went
    wrong")."""
    import streamlit as st
    from conftest import dashboard

    path = tmp_path / "shared.sqlite3"
    _, damaged, _ = _two_shared(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE shared_timelines SET payload = ? WHERE id = ?", ("text", damaged))
    monkeypatch.delenv("TIMELINE_DB_URL", raising=False)
    monkeypatch.setenv("TIMELINE_DB_PATH", str(path))
    st.cache_resource.clear()
    try:
        app = dashboard()
        app.query_params["timeline"] = damaged
        app.run()
        assert not app.exception
        errors = [element.value for element in app.error]
        assert any("This shared timeline is damaged" in message for message in errors), errors
        assert len(app.session_state["events"]) > 0  # the samples instead
        odd = _timeline()
        odd.settings = {"lane": "no such lane", "compact": None}  # view settings the widgets cannot take
        other = dashboard()
        other.query_params["timeline"] = ShareStore(str(path)).save(odd)
        other.run()
        assert not other.exception and not other.error
        assert other.session_state["events"].equals(odd.events.reset_index(drop=True))
        _damage_the_schema(path)
        st.cache_resource.clear()
        next(button for button in app.sidebar.button if button.label == "Share this timeline").click().run()
        assert not app.exception
        errors = [element.value for element in app.error]
        assert any("The share database" in message and "is damaged" in message for message in errors), errors
    finally:
        st.cache_resource.clear()


def test_unwritable_location(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ShareError, match="cannot be opened"):
        ShareStore(str(blocker / "sub" / "shared.sqlite3"))
