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
import itertools
import json
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

import sqlalchemy as sa

from eventwire.errors import ConfigurationError
from eventwire.store import EventFilter, SqlStore
from eventwire.store.filters import where_clause, within_radius
from eventwire.store.schema import (
    articles,
    event_articles,
    events,
    merge_members,
    merged_events,
    sources,
)


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
    """One page of events matching ``query`` in the order of ``eventwire events`` (by
    date, undated last, then id); ``columns`` must include id, date_start, lat and lon.

    Dated and undated events are read by two queries, so each is ordered by
    ``(date_start, id)`` alone and walks the ``date_start`` index, stopping after the
    page: no sort of every matching row (``ORDER BY date_start IS NULL`` would force one).
    """
    where = where_clause(query, postgis=store.postgis)
    dated: list[sa.ColumnElement[bool]] | None = [where, events.c.date_start.is_not(None)]
    undated = [where, events.c.date_start.is_(None)]
    if cursor is not None and cursor.date_start is None:
        dated = None
        undated.append(events.c.id > cursor.event_id)
    elif cursor is not None and dated is not None:
        dated.append(events.c.date_start >= cursor.date_start)
        dated.append(sa.or_(events.c.date_start > cursor.date_start, events.c.id > cursor.event_id))
    want = limit + 1
    exact_in_sql = query.near is None or store.postgis
    with store.engine.connect() as connection:

        def select(conditions: list[sa.ColumnElement[bool]]) -> sa.Select[Any]:
            return sa.select(*columns).where(*conditions)

        if exact_in_sql:
            rows: list[sa.Row[Any]] = []
            if dated is not None:
                statement = select(dated).order_by(events.c.date_start, events.c.id)
                rows = list(connection.execute(statement.limit(want).offset(offset)))
            if len(rows) < want:
                skip = 0
                if offset and dated is not None:
                    count = sa.select(sa.func.count()).select_from(events).where(*dated)
                    skip = max(0, offset - int(connection.execute(count).scalar_one()))
                elif offset:
                    skip = offset
                statement = select(undated).order_by(events.c.id)
                rows += connection.execute(statement.limit(want - len(rows)).offset(skip))
        else:
            parts = [select(undated).order_by(events.c.id)]
            if dated is not None:
                parts.insert(0, select(dated).order_by(events.c.date_start, events.c.id))
            streamed = (
                row
                for part in parts
                for row in connection.execute(part)
                if within_radius(query, row.lat, row.lon)
            )
            rows = list(itertools.islice(streamed, offset, offset + want))
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if more and rows else None
    next_cursor = Cursor(_as_date(last.date_start), last.id).encode() if last else None
    return Page(rows, next_cursor)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


RECORD_COLUMNS: list[sa.ColumnElement[Any]] = [
    events.c.id,
    events.c.record,
    events.c.date_start,
    events.c.lat,
    events.c.lon,
]
COMPACT_COLUMNS: list[sa.ColumnElement[Any]] = [
    events.c.id,
    # ISO text straight from the database: no date objects built for 100,000 points
    sa.cast(events.c.date_start, sa.Text).label("date_start"),
    events.c.lat,
    events.c.lon,
    events.c.event_type,
    events.c.killed_best,
    events.c.country,
]


def compact_features(rows: list[sa.Row[Any]]) -> str:
    """Map points as GeoJSON features (comma-joined JSON text), with only what the dashboard
    draws and filters on: id, type, date, killed, country; coordinates to 5 decimals (1 m).

    Written as text directly: for 100,000 points this is several times cheaper than
    building dicts and serialising them, and it is the dashboard's one big request.
    """
    text = _encode_string
    features = []
    for row in rows:
        lat, lon = row.lat, row.lon
        geometry = (
            f'{{"type":"Point","coordinates":[{lon:.5f},{lat:.5f}]}}'
            if lat is not None and lon is not None
            else "null"
        )
        killed = "null" if row.killed_best is None else str(int(row.killed_best))
        features.append(
            f'{{"type":"Feature","id":{text(row.id)},"geometry":{geometry},"properties":'
            f'{{"type":{_maybe(row.event_type)},"date":{_maybe(row.date_start)},'
            f'"killed":{killed},"country":{_maybe(row.country)}}}}}'
        )
    return ",".join(features)


def _encode_string(value: str) -> str:
    encoded: str = encode_basestring(value)
    return encoded


def _maybe(value: str | None) -> str:
    return "null" if value is None else _encode_string(str(value))


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
    """The stored record of ``event_id``, its source articles, and the merged event it
    belongs to (every report of the same event, with the history of what each changed),
    or None."""
    with store.engine.connect() as connection:
        row = connection.execute(
            sa.select(events.c.record, events.c.ingested_at).where(events.c.id == event_id)
        ).first()
        if row is None:
            return None
        merged = connection.execute(
            sa.select(merged_events.c.record)
            .join(merge_members, merge_members.c.merged_id == merged_events.c.id)
            .where(merge_members.c.event_id == event_id)
        ).scalar_one_or_none()
        merged_record = json.loads(merged) if merged is not None else None
        # Every article behind the event: the merged event's, else the report's own.
        own = sa.select(event_articles.c.article_id).where(event_articles.c.event_id == event_id)
        article_ids = set(connection.execute(own).scalars())
        if merged_record:
            article_ids.update(a for group in merged_record.get("sources", []) for a in group)
        linked = connection.execute(
            sa.select(
                articles.c.id,
                articles.c.title,
                articles.c.url,
                articles.c.published,
                articles.c.ingested_at,
            )
            .where(articles.c.id.in_(sorted(article_ids)))
            .order_by(articles.c.published, articles.c.ingested_at, articles.c.id)
        ).all()
    return {
        "event": json.loads(row.record),
        "ingested_at": row.ingested_at,
        "merged": merged_record,
        "history": merged_record.get("history", []) if merged_record else [],
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
