"""An archive: the Parquet dataset of a batch run (`timeline.dataset`), queried with DuckDB without loading it.

A query (text, actor, article, period) returns at most `limit` events, the most reported first (merged rows list
several sources), as the events frame; an event's article text comes from the dataset's documents table. A query
travels in a link as URL parameters (`ArchiveQuery.to_params` / `from_params`).
The location is a local folder or any fsspec URL whose backend is installed (DuckDB reads through fsspec).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd

from . import dataset

DEFAULT_LIMIT = 300
MAX_LIMIT = 5000
_PARAMS = {"text": "q", "actor": "actor", "doc_id": "article", "start": "from", "end": "to", "limit": "limit"}
QUERY_PARAMETERS = tuple(_PARAMS.values())  # the URL parameters a query uses


class ArchiveError(ValueError):
    """The location is not an archive or cannot be read; the message is for the user."""


@dataclass(frozen=True)
class ArchiveQuery:
    text: str = ""  # in the label, sentence, expression or title (case-insensitive)
    actor: str = ""  # part of an actor's name (case-insensitive)
    doc_id: str = ""  # one article: rows found in it or merged rows it reports
    start: date | None = None  # events that overlap [start, end]
    end: date | None = None
    limit: int = DEFAULT_LIMIT

    def to_params(self) -> dict[str, str]:
        """URL parameters of the query (only the ones that are set)."""
        params = {}
        for name, key in _PARAMS.items():
            value = getattr(self, name)
            if value not in ("", None) and not (name == "limit" and value == DEFAULT_LIMIT):
                params[key] = value.isoformat() if isinstance(value, date) else str(value)
        return params

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> ArchiveQuery:
        """The query in URL parameters; values that do not parse are left at their defaults."""
        query = cls()
        for name, key in _PARAMS.items():
            value = params.get(key)
            if isinstance(value, list):
                value = value[-1] if value else None
            if value is None or str(value).strip() == "":
                continue
            value = str(value).strip()
            try:
                change: dict[str, Any]
                if name in ("start", "end"):
                    change = {name: date.fromisoformat(value)}
                    query = replace(query, **change)
                elif name == "limit":
                    query = replace(query, limit=min(max(int(value), 1), MAX_LIMIT))
                else:
                    change = {name: value}
                    query = replace(query, **change)
            except ValueError:
                continue
        return query


@dataclass(frozen=True)
class Overview:
    events: int
    documents: int
    first: date | None
    last: date | None


class Archive:
    """One archive, opened for queries (cheap to open: only the completion markers are read)."""

    def __init__(self, location: str) -> None:
        import duckdb
        import fsspec

        try:
            self.fs, self.root = fsspec.core.url_to_fs(location)
            if not self.fs.exists(f"{self.root}/{dataset.RUN_FILE}"):
                raise ArchiveError(f"{location} is not an archive (no {dataset.RUN_FILE}: make one with "
                                   "`python -m timeline batch`).")
            self.table = dataset.default_table(self.root, self.fs)
        except ArchiveError:
            raise
        except (OSError, ValueError, ImportError) as error:
            raise ArchiveError(f"{location} cannot be read ({error}).") from None
        self.location = location
        self._remote = not isinstance(self.fs, fsspec.implementations.local.LocalFileSystem)
        self.connection = duckdb.connect()
        if self._remote:
            self.connection.register_filesystem(self.fs)

    def _paths(self, table: str, period: tuple[int, int] | None = None) -> list[str]:
        files = dataset.table_files(self.root, table, period, fs=self.fs)
        return [self.fs.unstrip_protocol(path) if self._remote else path for path in files]

    def _relation(self, table: str, period: tuple[int, int] | None = None) -> str | None:
        paths = self._paths(table, period)
        if not paths:
            return None
        quoted = ", ".join("'" + path.replace("'", "''") + "'" for path in paths)
        return f"read_parquet([{quoted}])"

    def _first(self, sql: str, parameters: list[Any] | None = None) -> tuple[Any, ...] | None:
        rows = self.connection.sql(sql, params=parameters or None).fetchall()  # fetchall: DuckDB 1 and 2 alike
        return rows[0] if rows else None

    def _one(self, sql: str, parameters: list[Any] | None = None) -> tuple[Any, ...]:
        """The row of an aggregate query (count, min and max always give one)."""
        row = self._first(sql, parameters)
        assert row is not None
        return row

    def overview(self) -> Overview:
        events = self._relation(self.table)
        documents = self._relation("documents")
        count, first, last = self._one(f"SELECT count(*), min(date_start), max(date_start) FROM {events}") \
            if events else (0, None, None)
        articles = self._one(f"SELECT count(*) FROM {documents}")[0] if documents else 0
        return Overview(int(count), int(articles), first.date() if first else None, last.date() if last else None)

    def query(self, query: ArchiveQuery) -> tuple[pd.DataFrame, int]:
        """The dated events matching `query`, at most `query.limit`, the most reported first; and how many match."""
        period = None
        if query.start or query.end:  # only the files of the period's years are read
            period = ((query.start or date.min).year, (query.end or date.max).year)
        relation = self._relation(self.table, period)
        if relation is None:
            return dataset.events_frame(dataset.EVENTS_SCHEMA.empty_table()), 0
        conditions = ["date_start IS NOT NULL"]
        parameters: list[Any] = []
        if query.text:
            conditions.append("contains(lower(concat_ws(' ', label, sentence, expression, title)), lower(?))")
            parameters.append(query.text)
        if query.actor:
            conditions.append("contains(lower(array_to_string(actors, chr(31))), lower(?))")  # names never hold chr(31)
            parameters.append(query.actor)
        if query.doc_id:
            conditions.append("(doc_id = ? OR list_contains(sources, ?))")
            parameters += [query.doc_id, query.doc_id]
        if query.start:
            conditions.append("date_end >= ?")
            parameters.append(pd.Timestamp(query.start).to_pydatetime())
        if query.end:
            conditions.append("date_start < ?")
            parameters.append(pd.Timestamp(query.end + pd.Timedelta(days=1)).to_pydatetime())
        where = " AND ".join(conditions)
        total = self._one(f"SELECT count(*) FROM {relation} WHERE {where}", parameters)[0]
        result = self.connection.sql(
            f"SELECT * FROM {relation} WHERE {where} ORDER BY len(sources) DESC, date_start, event_id LIMIT ?",
            params=parameters + [min(max(query.limit, 1), MAX_LIMIT)],
        )
        as_arrow = getattr(result, "to_arrow_table", None) or result.arrow  # DuckDB 2 renamed it
        return dataset.events_frame(as_arrow()), int(total)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The article's doc_id, title, dct, lang and text, or None when the archive does not hold it."""
        relation = self._relation("documents")
        if relation is None:
            return None
        row = self._first(f"SELECT doc_id, title, dct, lang, text FROM {relation} WHERE doc_id = ? LIMIT 1", [doc_id])
        if row is None:
            return None
        return dict(zip(("doc_id", "title", "dct", "lang", "text"), row))

    def titles(self, doc_ids: list[str]) -> dict[str, str]:
        relation = self._relation("documents")
        if relation is None or not doc_ids:
            return {}
        rows = self.connection.sql(f"SELECT doc_id, title FROM {relation} WHERE list_contains(?, doc_id)",
                                   params=[list(doc_ids)]).fetchall()
        return {doc_id: title or doc_id for doc_id, title in rows}
