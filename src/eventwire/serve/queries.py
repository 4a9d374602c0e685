"""Reads the API needs beyond the `Store` protocol: pages with a cursor, compact map
points, one event with its sources, one article.

They use the store's SQLAlchemy engine and tables and `eventwire.store.filters`
(so the filters mean exactly what ``eventwire events`` means) with bound parameters only.
Records come back as the stored JSON, unparsed: a page of a thousand events costs no
model validation. (Candidates for the `Store` protocol: ``get_event``, ``get_article``.)
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from eventwire.errors import ConfigurationError
from eventwire.store import EventFilter, SqlStore
from eventwire.store.filters import where_clause, within_radius
from eventwire.store.schema import articles, event_articles, events, sources

_ORDER = (events.c.date_start.is_(None), events.c.date_start, events.c.id)
"""The order of ``eventwire events``: by date, undated last, then id."""


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the sort key of its last event."""

    date_start: dt.date | None
    event_id: str

    def encode(self) -> str:
        raw = json.dumps([self.date_start.isoformat() if self.date_start else None, self.event_id])
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
            date, event_id = json.loads(raw)
            return cls(dt.date.fromisoformat(date) if date else None, str(event_id))
        except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
            raise ConfigurationError(
                "cursor is not one this API returned: pass next_cursor from the previous page"
            ) from None


def _after(cursor: Cursor) -> sa.ColumnElement[bool]:
    """Rows sorting after ``cursor`` in `_ORDER` (keyset pagination: no OFFSET scan)."""
    if cursor.date_start is None:
        return sa.and_(events.c.date_start.is_(None), events.c.id > cursor.event_id)
    return sa.or_(
        events.c.date_start.is_(None),
        events.c.date_start > cursor.date_start,
        sa.and_(events.c.date_start == cursor.date_start, events.c.id > cursor.event_id),
    )


@dataclass(frozen=True)
class Page:
    """A page of rows and the cursor of the next page (None on the last page)."""

    rows: list[sa.Row[Any]]
    next_cursor: str | None


def event_page(
    store: SqlStore,
    query: EventFilter,
    columns: list[sa.ColumnElement[Any]],
    *,
    limit: int,
    offset: int = 0,
    cursor: Cursor | None = None,
) -> Page:
    """One page of events matching ``query``; ``columns`` must include id, date_start,
    lat and lon (the cursor and the radius check read them)."""
    where = where_clause(query, postgis=store.postgis)
    if cursor is not None:
        where = sa.and_(where, _after(cursor))
    statement = sa.select(*columns).where(where).order_by(*_ORDER)
    exact_in_sql = query.near is None or store.postgis
    if exact_in_sql:
        statement = statement.limit(limit + 1).offset(offset)
    with store.engine.connect() as connection:
        rows = _kept(connection.execute(statement), query, exact_in_sql)
        page = list(_slice(rows, offset if not exact_in_sql else 0, limit + 1))
    more = len(page) > limit
    page = page[:limit]
    last = page[-1] if more and page else None
    next_cursor = Cursor(last.date_start, last.id).encode() if last is not None else None
    return Page(page, next_cursor)


def _kept(rows: Any, query: EventFilter, exact_in_sql: bool) -> Iterator[sa.Row[Any]]:
    for row in rows:
        if exact_in_sql or within_radius(query, row.lat, row.lon):
            yield row


def _slice(rows: Iterator[sa.Row[Any]], skip: int, take: int) -> Iterator[sa.Row[Any]]:
    for index, row in enumerate(rows):
        if index >= skip + take:
            return
        if index >= skip:
            yield row


RECORD_COLUMNS: list[sa.ColumnElement[Any]] = [
    events.c.id,
    events.c.record,
    events.c.date_start,
    events.c.lat,
    events.c.lon,
]
COMPACT_COLUMNS: list[sa.ColumnElement[Any]] = [
    events.c.id,
    events.c.date_start,
    events.c.lat,
    events.c.lon,
    events.c.event_type,
    events.c.killed_best,
    events.c.country,
]


def compact_feature(row: sa.Row[Any]) -> dict[str, Any]:
    """A map point with only what the dashboard draws and filters on (about 150 bytes)."""
    geometry = (
        {"type": "Point", "coordinates": [round(row.lon, 5), round(row.lat, 5)]}
        if row.lat is not None and row.lon is not None
        else None
    )
    return {
        "type": "Feature",
        "id": row.id,
        "geometry": geometry,
        "properties": {
            "type": row.event_type,
            "date": row.date_start.isoformat() if row.date_start else None,
            "killed": row.killed_best,
            "country": row.country,
        },
    }


def full_feature(record: dict[str, Any]) -> dict[str, Any]:
    """The feature `eventwire export --format geojson` writes: the record without evidence."""
    location = record.get("location") or {}
    lat, lon = location.get("lat"), location.get("lon")
    geometry = (
        {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
        if lat is not None and lon is not None
        else None
    )
    properties = {k: v for k, v in record.items() if k != "evidence"}
    return {"type": "Feature", "id": record["id"], "geometry": geometry, "properties": properties}


def get_event(store: SqlStore, event_id: str) -> dict[str, Any] | None:
    """The stored record of ``event_id`` and its source articles, or None."""
    with store.engine.connect() as connection:
        row = connection.execute(
            sa.select(events.c.record, events.c.ingested_at).where(events.c.id == event_id)
        ).first()
        if row is None:
            return None
        linked = connection.execute(
            sa.select(
                articles.c.id,
                articles.c.title,
                articles.c.url,
                articles.c.published,
                articles.c.ingested_at,
            )
            .join(event_articles, event_articles.c.article_id == articles.c.id)
            .where(event_articles.c.event_id == event_id)
            .order_by(articles.c.ingested_at, articles.c.id)
        ).all()
    return {
        "event": json.loads(row.record),
        "ingested_at": row.ingested_at,
        "sources": [
            {
                "article_id": a.id,
                "title": a.title,
                "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "ingested_at": a.ingested_at,
            }
            for a in linked
        ],
    }


def get_article(store: SqlStore, article_id: str) -> dict[str, Any] | None:
    """A stored article (cleaned text, the target of evidence offsets) and its events."""
    with store.engine.connect() as connection:
        row = connection.execute(
            sa.select(articles, sources.c.kind, sources.c.location)
            .outerjoin(sources, sources.c.id == articles.c.source_id)
            .where(articles.c.id == article_id)
        ).first()
        if row is None:
            return None
        event_ids = connection.execute(
            sa.select(event_articles.c.event_id)
            .where(event_articles.c.article_id == article_id)
            .order_by(event_articles.c.event_id)
        ).scalars()
        ids = list(event_ids)
    return {
        "id": row.id,
        "title": row.title,
        "url": row.url,
        "canonical_url": row.canonical_url,
        "published": row.published.isoformat() if row.published else None,
        "text": row.text,
        "rejection_reason": row.rejection_reason,
        "ingested_at": row.ingested_at,
        "source": {"kind": row.kind, "location": row.location} if row.kind else None,
        "event_ids": ids,
    }
