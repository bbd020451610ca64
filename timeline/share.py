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
        """Read a snapshot written by `to_json`; the frame comes back with the schema's dtypes."""
        try:
            snapshot = json.loads(text)
            if snapshot.get("version") != FORMAT_VERSION:
                raise ValueError(f"unknown format version {snapshot.get('version')!r}")
            documents = [
                Document(
                    doc_id=item["doc_id"],
                    text=item["text"],
                    title=item.get("title") or "",
                    lang=item.get("lang"),
                    dct=date.fromisoformat(item["dct"]) if item.get("dct") else None,
                    url=item.get("url") or "",
                    dct_source=item.get("dct_source") or "",
                )
                for item in snapshot["documents"]
            ]
            events = schema.from_records(snapshot["events"])
            settings = dict(snapshot.get("settings") or {})
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ShareError(f"The shared timeline is damaged and cannot be opened ({error}).") from error
        return cls(documents=documents, events=events, settings=settings, created=created)


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
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(bytes(blob), MAX_SHARE_BYTES + 1)
        except zlib.error as error:
            raise ShareError(f"The shared timeline is damaged and cannot be opened ({error}).") from error
        if len(data) > MAX_SHARE_BYTES or inflater.unconsumed_tail:
            raise ShareError("The shared timeline is larger than allowed and cannot be opened.")
        try:
            text, created_at = data.decode("utf-8"), datetime.fromisoformat(created)
        except ValueError as error:
            raise ShareError(f"The shared timeline is damaged and cannot be opened ({error}).") from error
        return SharedTimeline.from_json(text, created=created_at)


class _Sqlite:
    """The standard library's sqlite3 on a file."""

    def __init__(self, path: Path):
        self.path = path.expanduser()
        self.location = str(self.path)

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return sqlite3.connect(self.path, timeout=30)
        except (OSError, sqlite3.Error) as error:
            raise ShareError(f"The share database {self.location} cannot be opened ({error}).") from error

    def _run(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        with closing(self._connect()) as connection:
            try:
                with connection:
                    return connection.execute(sql, parameters).fetchall()
            except sqlite3.IntegrityError:
                raise
            except sqlite3.Error as error:
                raise ShareError(f"The share database {self.location} failed ({error}).") from error

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
        except self._sa.exc.SQLAlchemyError as error:
            raise self._failed(error) from error

    def insert(self, share_id: str, created: str, blob: bytes) -> bool:
        try:
            with self._engine.begin() as connection:
                connection.execute(self._table.insert().values(id=share_id, created_at=created, payload=blob))
        except self._sa.exc.IntegrityError:
            return False
        except self._sa.exc.SQLAlchemyError as error:
            raise self._failed(error) from error
        return True

    def select(self, share_id: str) -> tuple[str, bytes] | None:
        query = self._sa.select(self._table.c.created_at, self._table.c.payload).where(self._table.c.id == share_id)
        try:
            with self._engine.connect() as connection:
                row = connection.execute(query).first()
        except self._sa.exc.SQLAlchemyError as error:
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
