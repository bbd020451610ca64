"""Shared timelines: a snapshot of the documents, the settings and the (edited) events frame, stored under an
unguessable id so that a link can reopen exactly what its author saw.

Where it is stored, first match wins: the `url` given to `ShareStore`; the environment variable
`TIMELINE_DB_URL`; `TIMELINE_DB_PATH`; `~/.timeline/shared.sqlite3`. A location is a file path, a
`sqlite:///path` URL (standard library sqlite3; `sqlite:////abs/path` for an absolute path), or any other
SQLAlchemy database URL (e.g. `postgresql+psycopg://user:password@host/db`), which needs the optional packages
SQLAlchemy and the database's driver; without them such a URL raises `ShareError`. A SQLite file on a host whose
disk is wiped on restart (Streamlit Community Cloud) loses its links then: use a hosted database there.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import sys
import zlib
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .document import Document

MAX_SHARE_BYTES = 10_000_000  # of the JSON snapshot, before compression
DEFAULT_PATH = Path("~/.timeline/shared.sqlite3")
FORMAT_VERSION = 1
_ID_BYTES = 16  # 128 random bits: 22 URL-safe characters
_ID = re.compile(r"[A-Za-z0-9_-]{22}")
_TABLE = "shared_timelines"


class ShareError(Exception):
    """A timeline that cannot be shared or opened; the message is meant for the user."""


class ShareNotFound(ShareError):
    """No shared timeline has this id (never saved, or saved in another database)."""


class ShareDamaged(ShareError):
    """A stored timeline, or the database itself, is damaged (a changed byte, fields of the wrong type); the
    message says which, and what the user can do."""


def _damaged_timeline(detail: object) -> ShareDamaged:
    return ShareDamaged(
        f"This shared timeline is damaged and cannot be opened ({detail}). Ask whoever shared it to share it "
        "again; other shared links are not affected."
    )


@dataclass
class SharedTimeline:
    """What a share link reopens: the documents (doc_id, text, title, lang, dct, url), the settings the author
    used (JSON values only: str, int, float, bool, None, lists and dicts of them; dates as ISO strings), and the
    events frame as edited (see `timeline.schema`). `created` is set by `ShareStore.load` (UTC)."""

    documents: list[Document]
    events: pd.DataFrame
    settings: dict[str, Any] = field(default_factory=dict)
    created: datetime | None = None

    def to_json(self) -> str:
        """The snapshot as JSON text (the frame through `timeline.schema.to_records`)."""
        snapshot = {
            "version": FORMAT_VERSION,
            "documents": [
                {
                    "doc_id": document.doc_id,
                    "text": document.text,
                    "title": document.title,
                    "lang": document.lang,
                    "dct": _iso_date(document.dct),
                    "url": document.url,
                    "dct_source": document.dct_source,
                }
                for document in self.documents
            ],
            "settings": self.settings,
            "events": schema.to_records(self.events),
        }
        try:
            return json.dumps(snapshot, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        except (TypeError, ValueError) as error:
            raise ShareError(f"The timeline's settings cannot be saved ({error}).") from error

    @classmethod
    def from_json(cls, text: str, created: datetime | None = None) -> SharedTimeline:
        """Read a snapshot written by `to_json`; the frame comes back with the schema's dtypes. Anything else
        (malformed JSON, a field of the wrong type, offsets outside the text) raises `ShareDamaged`."""
        try:
            snapshot = json.loads(text)
            if not isinstance(snapshot, dict):
                raise ValueError("not a snapshot")
            if snapshot.get("version") != FORMAT_VERSION:
                raise ValueError(f"unknown format version {snapshot.get('version')!r}")
            documents = [_document(item) for item in _list(snapshot.get("documents"), "documents")]
            lengths = {document.doc_id: len(document.text) for document in documents}
            records = _list(snapshot.get("events"), "events")
            for number, record in enumerate(records, start=1):
                _check_event(record, lengths, number)
            settings = snapshot.get("settings") or {}
            if not isinstance(settings, dict):
                raise ValueError("the settings are not an object")
            events = schema.from_records(records)
        except RecursionError:
            raise _damaged_timeline("nested too deeply") from None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise _damaged_timeline(error) from error
        return cls(documents=documents, events=events, settings=dict(settings), created=created)


def _list(value: Any, name: str) -> list:
    if not isinstance(value, list):
        raise ValueError(f"the {name} are not a list")
    return value


def _optional_str(item: dict, key: str, where: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}: {key} is a {type(value).__name__}, not text")
    return value


def _document(item: Any) -> Document:
    if not isinstance(item, dict):
        raise ValueError("a document is not an object")
    doc_id = item.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError("a document has no doc_id")
    if not isinstance(item.get("text"), str):
        raise ValueError(f"document {doc_id[:60]!r}: its text is not text")
    fields = {key: _optional_str(item, key, f"document {doc_id[:60]!r}")
              for key in ("title", "lang", "dct", "url", "dct_source")}
    return Document(
        doc_id=doc_id,
        text=item["text"],
        title=fields["title"] or "",
        lang=fields["lang"],
        dct=date.fromisoformat(fields["dct"]) if fields["dct"] else None,
        url=fields["url"] or "",
        dct_source=fields["dct_source"] or "",
    )


# The JSON types `schema.to_records` writes for each kind of column (None: missing); bools are no numbers here.
_EVENT_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "Int64": (int,), "float64": (int, float),
                                             schema.DATETIME: (str,), "object": (list,)}


def _check_event(record: Any, lengths: dict[str, int], number: int) -> None:
    """An event record as `schema.to_records` writes it: each known field of its column's JSON type, lists of
    text, offsets inside the document's text (when the document is in the snapshot)."""
    if not isinstance(record, dict):
        raise ValueError(f"event {number} is not an object")
    for name, dtype in schema.COLUMNS.items():
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, _EVENT_TYPES[dtype]):
            raise ValueError(f"event {number}: {name} is a {type(value).__name__}")
        if name == schema.REPORTS:
            if not all(isinstance(item, dict) for item in value):
                raise ValueError(f"event {number}: {name} holds something other than reports")
        elif dtype == "object" and not all(isinstance(item, str) for item in value):
            raise ValueError(f"event {number}: {name} holds something other than text")
    start, end = record.get("start"), record.get("end")
    length = lengths.get(str(record.get("doc_id")), sys.maxsize)
    if any(offset is not None and not 0 <= offset <= length for offset in (start, end)) or (
        start is not None and end is not None and start > end
    ):
        raise ValueError(f"event {number}: offsets {start}..{end} are outside its text")


class ShareStore:
    """Saves and loads `SharedTimeline`s; see the module docstring for where. Safe to use from several threads
    and processes at once (each call opens its own connection)."""

    def __init__(self, url: str | os.PathLike[str] | None = None):
        """Open (creating it and its table when missing) the store at `url`: a file path, `sqlite:///path`, or
        a SQLAlchemy URL; None: `TIMELINE_DB_URL`, `TIMELINE_DB_PATH`, then `~/.timeline/shared.sqlite3`. A
        hosted app passes the URL it reads from its secrets. Raises `ShareError` when it cannot be opened."""
        location = url
        if location is None:
            location = os.environ.get("TIMELINE_DB_URL") or os.environ.get("TIMELINE_DB_PATH") or DEFAULT_PATH
        self._backend = _backend_for(str(location))
        self.location = self._backend.location  # the file, or the URL with its password hidden
        self._backend.create_table()

    def save(self, payload: SharedTimeline) -> str:
        """Store the timeline; return its new id (22 URL-safe characters, 128 random bits). Raises `ShareError`
        when it is larger than `MAX_SHARE_BYTES` as JSON or the database cannot be written."""
        data = payload.to_json().encode("utf-8")
        if len(data) > MAX_SHARE_BYTES:
            raise ShareError(
                f"This timeline is {len(data) / 1e6:.1f} MB; shared timelines are limited to "
                f"{MAX_SHARE_BYTES / 1e6:g} MB. Remove some documents and share again."
            )
        blob = zlib.compress(data, 6)
        created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        for _ in range(3):  # a repeated 128-bit id is practically impossible; never overwrite one anyway
            share_id = secrets.token_urlsafe(_ID_BYTES)
            if self._backend.insert(share_id, created, blob):
                return share_id
        raise ShareError("Could not find a free id for the shared timeline.")

    def load(self, share_id: str) -> SharedTimeline:
        """The timeline saved under `share_id`. Raises `ShareError` for an id that is not of the right form
        (checked before the database is touched) and `ShareNotFound` (a `ShareError`) for an unknown one."""
        share_id = share_id.strip() if isinstance(share_id, str) else share_id
        if not isinstance(share_id, str) or not _ID.fullmatch(share_id):
            raise ShareError("This is not a valid link to a shared timeline (the id is malformed).")
        row = self._backend.select(share_id)
        if row is None:
            raise ShareNotFound("No shared timeline has this link; it may have been made on another server.")
        created, blob = row
        if not isinstance(blob, (bytes, bytearray, memoryview)) or not isinstance(created, str):
            raise _damaged_timeline(f"its row holds a {type(created).__name__} and a {type(blob).__name__}")
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(bytes(blob), MAX_SHARE_BYTES + 1)
        except zlib.error as error:
            raise _damaged_timeline(error) from error
        if len(data) > MAX_SHARE_BYTES or inflater.unconsumed_tail:
            raise ShareError("The shared timeline is larger than allowed and cannot be opened.")
        try:
            text, created_at = data.decode("utf-8"), datetime.fromisoformat(created)
        except ValueError as error:
            raise _damaged_timeline(error) from error
        return SharedTimeline.from_json(text, created=created_at)


class _Sqlite:
    """The standard library's sqlite3 on a file."""

    def __init__(self, path: Path):
        self.path = path.expanduser()
        self.location = str(self.path)

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=30)
        except (OSError, sqlite3.Error) as error:
            raise ShareError(f"The share database {self.location} cannot be opened ({error}).") from error
        # a damaged byte in a text column then fails as that row's date, not as the whole query
        connection.text_factory = lambda data: data.decode("utf-8", "replace")
        return connection

    def _run(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        with closing(self._connect()) as connection:
            try:
                with connection:
                    return connection.execute(sql, parameters).fetchall()
            except sqlite3.IntegrityError:
                raise
            except UnicodeDecodeError as error:  # SQLite's own message quotes the damaged bytes of its schema
                raise self._damaged(bytes(error.object[:200]).decode("utf-8", "replace")) from error
            except sqlite3.Error as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                    raise self._damaged(error) from error
                raise ShareError(f"The share database {self.location} failed ({error}).") from error

    def _damaged(self, detail: object) -> ShareDamaged:
        return ShareDamaged(
            f"The share database {self.location} is damaged ({detail}): no shared timeline can be opened or saved "
            "until it is restored from a backup or replaced (moving the file away starts an empty one)."
        )

    def create_table(self) -> None:
        self._run(
            f"CREATE TABLE IF NOT EXISTS {_TABLE} "
            "(id TEXT PRIMARY KEY, created_at TEXT NOT NULL, payload BLOB NOT NULL)"
        )

    def insert(self, share_id: str, created: str, blob: bytes) -> bool:
        try:
            self._run(f"INSERT INTO {_TABLE} (id, created_at, payload) VALUES (?, ?, ?)", (share_id, created, blob))
        except sqlite3.IntegrityError:
            return False
        return True

    def select(self, share_id: str) -> tuple[str, bytes] | None:
        rows = self._run(f"SELECT created_at, payload FROM {_TABLE} WHERE id = ?", (share_id,))
        return rows[0] if rows else None


class _SqlAlchemy:
    """Any database SQLAlchemy reaches (optional dependency)."""

    def __init__(self, url: str):
        try:
            import sqlalchemy
        except ImportError as error:
            raise ShareError(
                "Sharing to a database URL other than sqlite:/// needs the optional packages SQLAlchemy and the "
                "database's driver (e.g. pip install sqlalchemy psycopg[binary])."
            ) from error
        self._sa = sqlalchemy
        try:
            self._engine = sqlalchemy.create_engine(url, pool_pre_ping=True)
        except (sqlalchemy.exc.ArgumentError, ImportError) as error:
            raise ShareError(f"The share database URL cannot be used ({error}).") from error
        self.location = self._engine.url.render_as_string(hide_password=True)
        metadata = sqlalchemy.MetaData()
        self._table = sqlalchemy.Table(
            _TABLE,
            metadata,
            sqlalchemy.Column("id", sqlalchemy.String(32), primary_key=True),
            sqlalchemy.Column("created_at", sqlalchemy.String(40), nullable=False),
            sqlalchemy.Column("payload", sqlalchemy.LargeBinary, nullable=False),
        )
        self._metadata = metadata

    def _failed(self, error: Exception) -> ShareError:
        return ShareError(f"The share database {self.location} failed ({type(error).__name__}).")

    def create_table(self) -> None:
        try:
            self._metadata.create_all(self._engine)
        except (self._sa.exc.SQLAlchemyError, UnicodeDecodeError) as error:
            raise self._failed(error) from error

    def insert(self, share_id: str, created: str, blob: bytes) -> bool:
        try:
            with self._engine.begin() as connection:
                connection.execute(self._table.insert().values(id=share_id, created_at=created, payload=blob))
        except self._sa.exc.IntegrityError:
            return False
        except (self._sa.exc.SQLAlchemyError, UnicodeDecodeError) as error:
            raise self._failed(error) from error
        return True

    def select(self, share_id: str) -> tuple[str, bytes] | None:
        query = self._sa.select(self._table.c.created_at, self._table.c.payload).where(self._table.c.id == share_id)
        try:
            with self._engine.connect() as connection:
                row = connection.execute(query).first()
        except (self._sa.exc.SQLAlchemyError, UnicodeDecodeError) as error:
            raise self._failed(error) from error
        return (row[0], row[1]) if row else None


def _backend_for(location: str) -> _Sqlite | _SqlAlchemy:
    if location.startswith("sqlite:///"):
        path = location[len("sqlite:///") :].split("?", 1)[0]
        if path in ("", ":memory:"):
            raise ShareError("An in-memory database cannot hold shared timelines; give a file.")
        return _Sqlite(Path(path))
    if location == "sqlite://":
        raise ShareError("An in-memory database cannot hold shared timelines; give a file.")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", location):
        return _SqlAlchemy(location)
    return _Sqlite(Path(location))


def _iso_date(value: date | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat()[:10] if isinstance(value, date) else str(value)[:10]
