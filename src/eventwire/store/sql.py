"""`SqlStore`: the `Store` protocol on SQLAlchemy Core, for SQLite and PostgreSQL.

Every article is written in one transaction together with its events, actors, evidence and
links, after checking (inside that transaction) that it is not stored yet. A killed ingest
therefore leaves whole articles or nothing, and a rerun skips exactly what was committed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

import sqlalchemy as sa

from eventwire.errors import ResourceError
from eventwire.models import ArticleResult, Document, Event
from eventwire.store import reads
from eventwire.store.engine import WRITE_OPTION, create_engine, display_url
from eventwire.store.filters import where_clause, within_radius
from eventwire.store.hashing import text_hash
from eventwire.store.protocol import EventFilter, Stats, StoredEvent, StoreOutcome
from eventwire.store.schema import (
    articles,
    event_actors,
    event_articles,
    events,
    evidence,
    has_postgis_column,
    migrate,
    sources,
)

_BATCH = 500
_MIGRATION_LOCK = 0x65_76_77  # "evw": PostgreSQL advisory lock id for migrations

_UNVERSIONED = itertools.count()
Lookup = Literal["new", "stored", "id_taken"]

# Built once: an ingest runs these for every document, and building SQLAlchemy expressions
# per call cost more than the queries themselves.
_FIND_ARTICLE = (
    sa.select(articles.c.id, articles.c.raw_hash, articles.c.canonical_url)
    .where(
        sa.or_(
            articles.c.id == sa.bindparam("id"),
            articles.c.raw_hash == sa.bindparam("raw_hash"),
            articles.c.canonical_url == sa.bindparam("canonical_url"),
            articles.c.content_hash == sa.bindparam("content_hash"),
        )
    )
    .limit(1)
)
_INSERT_ARTICLE = sa.insert(articles)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


_OPEN_ATTEMPTS = 5


class SqlStore:
    """A SQLite or PostgreSQL event database. Build with `SqlStore.open(url)`."""

    def __init__(self, engine: sa.Engine, url: str, *, postgis: bool) -> None:
        self.engine = engine
        self.url = url
        self.postgis = postgis
        self._source_ids: dict[str, int] = {}
        self._version_connection: sqlite3.Connection | None = None
        self._version_lock = threading.Lock()

    @classmethod
    def open(cls, url: str) -> SqlStore:
        """Connect, and create or upgrade the schema (missing migrations, in order).

        Two processes opening a new SQLite file at once race to switch it to WAL, and
        SQLite answers the loser "database is locked" at once, without waiting out the busy
        timeout: that attempt is retried after a short pause, a few times."""
        failed_attempts = 0
        while True:
            engine = create_engine(url)
            try:
                with cls._writing(engine) as connection:
                    if connection.dialect.name == "postgresql":
                        lock = sa.func.pg_advisory_xact_lock(_MIGRATION_LOCK)
                        connection.execute(sa.select(lock))
                    migrate(connection, _now())
                    postgis = has_postgis_column(connection)
            except sa.exc.OperationalError as exc:
                engine.dispose()
                reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
                failed_attempts += 1
                if "database is locked" in reason and failed_attempts < _OPEN_ATTEMPTS:
                    time.sleep(0.2 * 2 ** (failed_attempts - 1))
                    continue
                raise ResourceError(
                    f"cannot open database {display_url(url)}: {reason} (check --db or "
                    "EVENTWIRE_DB, and that the server is running)"
                ) from None
            return cls(engine, url, postgis=postgis)

    @staticmethod
    @contextmanager
    def _writing(engine: sa.Engine) -> Iterator[sa.Connection]:
        with engine.connect() as raw:
            connection = raw.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                yield connection

    def close(self) -> None:
        with self._version_lock:
            if self._version_connection is not None:
                self._version_connection.close()
                self._version_connection = None
        self.engine.dispose()

    def data_version(self) -> str:
        """A value that changes whenever a write to the database is committed, by this
        process or any other (an ``eventwire ingest`` or ``merge`` beside a server).

        Read it before reading data and key cached answers by it: the data read is then
        at least as new as the value, so an answer is never kept past the next commit.
        SQLite: ``PRAGMA data_version`` of one connection that never writes (it changes
        when any other connection commits). PostgreSQL: the current snapshot, which
        changes whenever a writing transaction starts or ends (anywhere in the cluster:
        more often than needed, never less). Both cost microseconds to a round trip.
        """
        if self.engine.dialect.name == "sqlite":
            database = self.engine.url.database or ""
            if database in ("", ":memory:"):  # another connection would see another db
                return f"unversioned:{next(_UNVERSIONED)}"
            with self._version_lock:
                if self._version_connection is None:
                    self._version_connection = sqlite3.connect(
                        database, check_same_thread=False, isolation_level=None
                    )
                row = self._version_connection.execute("PRAGMA data_version").fetchone()
            return f"sqlite:{row[0]}"
        with self.engine.connect() as connection:
            snapshot = connection.execute(sa.text("SELECT pg_current_snapshot()::text"))
            return f"pg:{snapshot.scalar_one()}"

    # -- writes ---------------------------------------------------------------------------

    def lookup(self, document_id: str, raw_hash: str, canonical_url: str | None) -> Lookup:
        """Whether an input is stored ("stored"), new, or new but its id is used by another
        article ("id_taken": the caller renames it, since event ids derive from it)."""
        with self.engine.connect() as connection:
            found = _find(connection, document_id, raw_hash, canonical_url, None)
        if found is None:
            return "new"
        if found[1] == raw_hash or (canonical_url and found[2] == canonical_url):
            return "stored"
        return "id_taken"  # another article has this id; this content is new

    def is_stored(self, raw_hash: str, canonical_url: str | None) -> bool:
        with self.engine.connect() as connection:
            return _find(connection, None, raw_hash, canonical_url, None) is not None

    def add(
        self,
        document: Document,
        result: ArticleResult,
        *,
        source: tuple[str, str],
        raw_hash: str,
        canonical_url: str | None,
    ) -> StoreOutcome:
        source_id = self._source_id(*source)
        article = result.article
        content_hash = text_hash(article.text) if article is not None else None
        try:
            with self._writing(self.engine) as connection:
                found = _find(connection, result.article_id, raw_hash, canonical_url, content_hash)
                if found is not None:
                    return "duplicate"
                now = _now()
                connection.execute(
                    _INSERT_ARTICLE,
                    {
                        "id": result.article_id,
                        "source_id": source_id,
                        "url": document.url,
                        "canonical_url": canonical_url,
                        "title": article.title if article else document.title,
                        "published": article.published if article else None,
                        "text": article.text if article else None,
                        "raw_hash": raw_hash,
                        "content_hash": content_hash,
                        "rejection_reason": result.rejected.reason if result.rejected else None,
                        "event_count": len(result.events),
                        "ingested_at": now,
                    },
                )
                _insert_events(connection, result.article_id, result.events, now)
        except sa.exc.IntegrityError:
            return "duplicate"  # a concurrent writer stored it first (PostgreSQL)
        return "stored"

    def _source_id(self, kind: str, location: str) -> int:
        """The ``sources`` row of a source, created in its own transaction on first use
        (so a concurrent ingest of the same source never fails an article's write)."""
        cached = self._source_ids.get(location)
        if cached is not None:
            return cached
        try:
            with self._writing(self.engine) as connection:
                found = _find_source(connection, location)
                if found is None:
                    connection.execute(
                        sa.insert(sources).values(
                            kind=kind, location=location, first_ingested=_now()
                        )
                    )
        except sa.exc.IntegrityError:
            pass  # created concurrently by another ingest
        with self.engine.connect() as connection:
            found = _find_source(connection, location)
        if found is None:  # pragma: no cover - inserted or found above
            raise ResourceError(f"could not record source {location} in the database")
        self._source_ids[location] = found
        return found

    # -- reads ----------------------------------------------------------------------------

    def events(self, query: EventFilter) -> Iterator[StoredEvent]:
        statement = (
            sa.select(
                events.c.id, events.c.record, events.c.lat, events.c.lon, events.c.ingested_at
            )
            .where(where_clause(query, postgis=self.postgis))
            .order_by(events.c.date_start.is_(None), events.c.date_start, events.c.id)
        )
        exact_in_sql = query.near is None or self.postgis
        if query.limit is not None and exact_in_sql:
            statement = statement.limit(query.limit)
        remaining = query.limit
        with self.engine.connect() as connection:
            rows = connection.execution_options(stream_results=True, yield_per=_BATCH).execute(
                statement
            )
            for chunk in rows.partitions(_BATCH):
                kept = [r for r in chunk if exact_in_sql or within_radius(query, r.lat, r.lon)]
                links = _sources_of(connection, [r.id for r in kept])
                for row in kept:
                    if remaining is not None and remaining <= 0:
                        return
                    yield StoredEvent(
                        event=Event.model_validate_json(row.record),
                        sources=tuple(links.get(row.id, ())),
                        ingested_at=row.ingested_at,
                    )
                    if remaining is not None:
                        remaining -= 1

    def stats(self, query: EventFilter, top: int = 10) -> Stats:
        where = where_clause(query, postgis=self.postgis)
        if query.near is not None and not self.postgis:
            ids = [s.event.id for s in self.events(query)]
            where = events.c.id.in_(ids)
        with self.engine.connect() as connection:

            def grouped(column: Any, limit: int | None = None) -> list[tuple[str, int]]:
                count = sa.func.count().label("n")
                statement = sa.select(column, count).where(where).group_by(column)
                statement = statement.order_by(count.desc(), column).limit(limit)
                return [
                    (str(k) if k is not None else "unknown", int(n))
                    for k, n in connection.execute(statement)
                ]

            by_day = sorted(grouped(events.c.date_start))
            actor_count = sa.func.count(sa.distinct(event_actors.c.event_id)).label("n")
            actors = connection.execute(
                sa.select(event_actors.c.name, actor_count)
                .join(events, events.c.id == event_actors.c.event_id)
                .where(where)
                .group_by(event_actors.c.name)
                .order_by(actor_count.desc(), event_actors.c.name)
                .limit(top)
            )
            totals = self._counts(connection)
            return Stats(
                articles=totals["articles"],
                rejected=totals["rejected"],
                events=sum(n for _, n in by_day),
                by_day=by_day,
                by_type=grouped(events.c.event_type),
                by_country=grouped(sa.func.coalesce(events.c.country, events.c.country_iso3)),
                top_actors=[(str(name), int(n)) for name, n in actors],
            )

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event (``evt_...``) or merged event (``mrg_...``) with its sources, merged
        event and history, JSON-ready (`eventwire.store.reads.get_event`); None if absent."""
        return reads.get_event(self.engine, event_id)

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article: cleaned text, title, URL, source, its events' ids."""
        return reads.get_article(self.engine, article_id)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return self._counts(connection)

    @staticmethod
    def _counts(connection: sa.Connection) -> dict[str, int]:
        result = {
            table.name: int(
                connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            )
            for table in (sources, articles, events, event_articles, event_actors, evidence)
        }
        result["rejected"] = int(
            connection.execute(
                sa.select(sa.func.count()).where(articles.c.rejection_reason.is_not(None))
            ).scalar_one()
        )
        return result


def _find(
    connection: sa.Connection,
    article_id: str | None,
    raw_hash: str,
    canonical_url: str | None,
    content_hash: str | None,
) -> tuple[str, str, str | None] | None:
    """A stored article (id, raw hash, canonical URL) with this id, raw hash, canonical URL
    or content hash (a None value matches nothing, as ``col = NULL`` is never true)."""
    row = connection.execute(
        _FIND_ARTICLE,
        {
            "id": article_id,
            "raw_hash": raw_hash,
            "canonical_url": canonical_url,
            "content_hash": content_hash,
        },
    ).first()
    return None if row is None else (str(row[0]), str(row[1]), row[2])


def _find_source(connection: sa.Connection, location: str) -> int | None:
    found = connection.execute(
        sa.select(sources.c.id).where(sources.c.location == location)
    ).scalar_one_or_none()
    return None if found is None else int(found)


def _insert_events(
    connection: sa.Connection, article_id: str, records: list[Event], now: str
) -> None:
    if not records:
        return
    connection.execute(sa.insert(events), [event_row(e, now) for e in records])
    connection.execute(
        sa.insert(event_articles),
        [{"event_id": e.id, "article_id": article_id} for e in records],
    )
    actor_rows = [
        {"event_id": e.id, "position": i, "name": a.name, "role": a.role, "kind": a.kind}
        for e in records
        for i, a in enumerate(e.actors)
    ]
    if actor_rows:
        connection.execute(sa.insert(event_actors), actor_rows)
    evidence_rows = [
        {"event_id": e.id, "position": i, **item.model_dump()}
        for e in records
        for i, item in enumerate(e.evidence)
    ]
    if evidence_rows:
        connection.execute(sa.insert(evidence), evidence_rows)


def event_row(event: Event, now: str) -> dict[str, Any]:
    """The ``events`` row of a record: its JSON plus the indexed columns."""
    return {
        "id": event.id,
        "record": json.dumps(event.to_json_dict(), ensure_ascii=False),
        "date_start": event.date.start,
        "date_end": event.date.end,
        "event_type": event.acled.event_type,
        "sub_event_type": event.acled.sub_event_type,
        "country": event.location.country,
        "country_iso3": event.location.country_iso3,
        "lat": event.location.lat,
        "lon": event.location.lon,
        "killed_best": event.casualties.killed.best,
        "background": event.background,
        "summary": event.summary,
        "ingested_at": now,
    }


def _sources_of(connection: sa.Connection, event_ids: list[str]) -> dict[str, list[str]]:
    """Each event's article URLs (or, for local files, the article ids)."""
    if not event_ids:
        return {}
    rows = connection.execute(
        sa.select(event_articles.c.event_id, articles.c.id, articles.c.url)
        .join(articles, articles.c.id == event_articles.c.article_id)
        .where(event_articles.c.event_id.in_(event_ids))
        .order_by(event_articles.c.event_id, articles.c.id)
    )
    links: dict[str, list[str]] = {}
    for event_id, article_id, url in rows:
        links.setdefault(event_id, []).append(url or article_id)
    return links
