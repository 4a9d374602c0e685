"""Reads the API needs beyond the `Store` protocol: pages with a cursor, compact map
points (per-article or merged events).

They use the store's SQLAlchemy engine and tables and `eventwire.store.filters`
(so the filters mean exactly what ``eventwire events`` means) with bound parameters only.
Records come back as the stored JSON, unparsed: a page of a thousand events costs no
model validation. Single events and articles are the store's (`SqlStore.get_event`).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import heapq
import itertools
import json
import threading
import weakref
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any, Literal

import sqlalchemy as sa

from eventwire.errors import ConfigurationError
from eventwire.store import EventFilter, SqlStore, Stats
from eventwire.store.filters import (
    country_branches,
    date_and_type_conditions,
    where_clause,
    within_radius,
)
from eventwire.store.schema import (
    event_actors,
    events,
    merge_members,
    merged_fused,
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


View = Literal["merged", "reports"]
"""``merged``: one row per merged event (reports not merged yet as themselves);
``reports``: every per-article event, as ``eventwire events`` lists them."""


@dataclass(frozen=True)
class _Part:
    """One ordered source of rows: a page is the first rows of its parts merged in order."""

    columns: list[sa.ColumnElement[Any]]
    conditions: list[sa.ColumnElement[bool]]
    date: sa.ColumnElement[Any]
    id: sa.ColumnElement[str]
    exact_in_sql: bool
    few: bool = False
    """Few rows (events without a country code, by name): read by one sorted query rather
    than a walk of dated and then undated rows (two queries, each costing more than a
    small sort)."""


def event_page(
    store: SqlStore,
    query: EventFilter,
    *,
    compact: bool = False,
    view: View = "reports",
    limit: int,
    offset: int = 0,
    cursor: Cursor | None = None,
) -> Page:
    """One page of events matching ``query`` in the order of ``eventwire events`` (by
    date, undated last, then id), as rows of id, record (or the compact columns),
    date_start, lat, lon and sources.

    The merged view reads ``merged_events`` and, while some reports are not merged yet,
    those reports too; each part is read in page order and the parts merged, so no part
    is ever sorted or read past the page.
    """
    parts = _parts(store, query, compact=compact, view=view)
    want = limit + 1
    with store.engine.connect() as connection:
        if len(parts) == 1:
            rows = _part_rows(connection, parts[0], query, want, offset, cursor)
        else:
            streams = [_part_rows(connection, p, query, offset + want, 0, cursor) for p in parts]
            ordered = heapq.merge(*streams, key=_sort_key)
            rows = list(itertools.islice(ordered, offset, offset + want))
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if more and rows else None
    next_cursor = Cursor(_as_date(last.date_start), last.id).encode() if last else None
    return Page(rows, next_cursor)


def _sort_key(row: sa.Row[Any]) -> tuple[bool, str, str]:
    date = row.date_start
    return (date is None, "" if date is None else str(date), str(row.id))


def _part_rows(  # noqa: PLR0917 - a part, and which of its rows
    connection: sa.Connection,
    part: _Part,
    query: EventFilter,
    want: int,
    offset: int,
    cursor: Cursor | None,
) -> list[sa.Row[Any]]:
    """The first ``want`` rows of ``part`` after ``offset`` (and after ``cursor``).

    Dated and undated rows are read by two queries, so each is ordered by ``(date, id)``
    alone and walks the ``(date, id)`` index, stopping after the page: no sort of every
    matching row (``ORDER BY date IS NULL`` would force one).
    """
    dated: list[sa.ColumnElement[bool]] | None = [*part.conditions, part.date.is_not(None)]
    undated = [*part.conditions, part.date.is_(None)]
    if cursor is not None and cursor.date_start is None:
        dated = None
        undated.append(part.id > cursor.event_id)
    elif cursor is not None and dated is not None:
        dated.append(part.date >= cursor.date_start)
        dated.append(sa.or_(part.date > cursor.date_start, part.id > cursor.event_id))

    def select(conditions: list[sa.ColumnElement[bool]]) -> sa.Select[Any]:
        return sa.select(*part.columns).where(*conditions)

    if part.exact_in_sql and part.few:
        conditions = list(part.conditions)
        if cursor is not None and cursor.date_start is None:
            conditions += [part.date.is_(None), part.id > cursor.event_id]
        elif cursor is not None:
            later = sa.or_(
                part.date > cursor.date_start,
                sa.and_(part.date == cursor.date_start, part.id > cursor.event_id),
            )
            conditions.append(sa.or_(part.date.is_(None), later))
        statement = select(conditions).order_by(part.date.is_(None), part.date, part.id)
        return list(connection.execute(statement.limit(want).offset(offset)).all())
    if part.exact_in_sql:
        rows: list[sa.Row[Any]] = []
        if dated is not None:
            statement = select(dated).order_by(part.date, part.id)
            rows = list(connection.execute(statement.limit(want).offset(offset)).all())
        if len(rows) < want:
            skip = 0
            if offset and dated is not None:
                matching = sa.select(part.id).where(*dated).subquery()
                count = sa.select(sa.func.count()).select_from(matching)
                skip = max(0, offset - int(connection.execute(count).scalar_one()))
            elif offset:
                skip = offset
            statement = select(undated).order_by(part.id)
            rows += connection.execute(statement.limit(want - len(rows)).offset(skip)).all()
        return rows
    queries = [select(undated).order_by(part.id)]
    if dated is not None:
        queries.insert(0, select(dated).order_by(part.date, part.id))
    streamed = (
        row
        for statement in queries
        for row in connection.execute(statement)
        if within_radius(query, row.lat, row.lon)
    )
    return list(itertools.islice(streamed, offset, offset + want))


def _as_date(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _report_columns(*, compact: bool) -> list[sa.ColumnElement[Any]]:
    one = sa.literal(1).label("sources")
    if compact:
        # ISO text straight from the database: no date objects built for 100,000 points
        date = sa.cast(events.c.date_start, sa.Text).label("date_start")
        return [events.c.id, date, events.c.lat, events.c.lon, events.c.event_type,
                events.c.killed_best, events.c.country, one]  # fmt: skip
    return [events.c.id, events.c.record, events.c.date_start, events.c.lat, events.c.lon, one]


def _parts(store: SqlStore, query: EventFilter, *, compact: bool, view: View) -> list[_Part]:
    """The ordered sources of a page. A country filter splits each source in two (stored
    ISO3 code, or no code and the name: `country_branches`), so each walks an index in
    page order; one OR of both could use none and read every event of the date range."""
    exact = query.near is None or store.postgis
    rest = dataclasses.replace(query, country=None)
    base = where_clause(rest, postgis=store.postgis)
    branches = _branches(query, events.c.country_iso3, events.c.country)
    reports = [
        _Part(_report_columns(compact=compact), [base, branch], events.c.date_start,
              events.c.id, exact, few=number > 0)
        for number, branch in enumerate(branches)
    ]  # fmt: skip
    if view == "reports":
        return reports
    merged_count, unmerged = merge_progress(store)
    if not merged_count:  # merging never ran: every report stands for itself
        return reports
    parts = _merged_parts(store, query, compact=compact, exact=exact)
    if unmerged:
        not_merged = ~sa.exists().where(merge_members.c.event_id == events.c.id)
        parts += [dataclasses.replace(r, conditions=[*r.conditions, not_merged]) for r in reports]
    return parts


_PROGRESS: weakref.WeakKeyDictionary[SqlStore, tuple[str, tuple[int, bool]]] = (
    weakref.WeakKeyDictionary()
)
_PROGRESS_LOCK = threading.Lock()


def merge_progress(store: SqlStore) -> tuple[int, bool]:
    """(how many reports are merged, whether some are not yet), counted once per data
    version (`SqlStore.data_version`), not per request, and by one request at a time.

    Counts, not a search for an unmerged report: every report gets a ``merge_members`` row
    when merged and reports are never deleted, so fewer members than events means some
    are waiting; a search would read every report when none is.
    """
    version = store.data_version()
    with _PROGRESS_LOCK:
        known = _PROGRESS.get(store)
        if known is not None and known[0] == version:
            return known[1]
        with store.engine.connect() as connection:

            def count(table: sa.Table) -> int:
                total = connection.execute(sa.select(sa.func.count()).select_from(table))
                return int(total.scalar_one())

            merged, reports = count(merge_members), count(events)
        _PROGRESS[store] = (version, (merged, reports > merged))
        return merged, reports > merged


def _merged_parts(
    store: SqlStore, query: EventFilter, *, compact: bool, exact: bool
) -> list[_Part]:
    """Merged events whose fused record matches the date, type, country and fatality
    filters and which have a report matching the rest (actor, text, place, background:
    a merged event is known by what any of its reports says); one part per country
    branch."""
    m = merged_fused
    conditions = merged_conditions(store, query)
    branches = _branches(query, m.c.country_iso3, m.c.country)
    sources = m.c.sources.label("sources")
    columns: list[sa.ColumnElement[Any]]
    if compact:
        date = sa.cast(m.c.date_start, sa.Text).label("date_start")
        columns = [m.c.id, date, m.c.lat, m.c.lon, m.c.event_type, m.c.killed_best,
                   m.c.country, sources]  # fmt: skip
    else:
        record = m.c.event_json.label("record")
        columns = [m.c.id, record, m.c.date_start, m.c.lat, m.c.lon, sources]
    return [
        _Part(columns, [*conditions, branch], m.c.date_start, m.c.id, exact, few=number > 0)
        for number, branch in enumerate(branches)
    ]


def merged_conditions(store: SqlStore, query: EventFilter) -> list[sa.ColumnElement[bool]]:
    """A merged event's conditions for ``query``, the country left out (the caller splits
    it by `country_branches`)."""
    m = merged_fused
    conditions = date_and_type_conditions(m, query)
    if query.min_killed is not None:
        conditions.append(m.c.killed_best >= query.min_killed)
    rest = dataclasses.replace(
        query, since=None, until=None, event_type=None, country=None, min_killed=None
    )
    conditions.append(
        sa.exists().where(
            merge_members.c.merged_id == m.c.id,
            events.c.id == merge_members.c.event_id,
            where_clause(rest, postgis=store.postgis),
        )
    )
    return conditions


def view_stats(store: SqlStore, query: EventFilter, *, top: int, view: View) -> Stats:
    """The numbers of ``eventwire stats`` over what GET /events lists in ``view``.

    ``reports`` (and any store never merged) counts per-article events, as the CLI does;
    ``merged`` counts each merged event once (its fused date, type and country) and the
    reports not merged yet as themselves, so the counts add up to the events listed. A
    merged event counts once for each actor any of its reports names.
    """
    merged_count, unmerged = merge_progress(store)
    if view == "reports" or not merged_count:
        return store.stats(query, top=top)
    m = merged_fused
    parts = [
        sa.select(m.c.id.label("key"), m.c.date_start, m.c.event_type,
                  sa.func.coalesce(m.c.country, m.c.country_iso3).label("country"),
                  m.c.lat, m.c.lon).where(*merged_conditions(store, query), branch)
        for branch in _branches(query, m.c.country_iso3, m.c.country)
    ]  # fmt: skip
    if unmerged:
        not_merged = ~sa.exists().where(merge_members.c.event_id == events.c.id)
        rest = where_clause(dataclasses.replace(query, country=None), postgis=store.postgis)
        parts += [
            sa.select(events.c.id.label("key"), events.c.date_start, events.c.event_type,
                      sa.func.coalesce(events.c.country, events.c.country_iso3).label("country"),
                      events.c.lat, events.c.lon).where(rest, branch, not_merged)
            for branch in _branches(query, events.c.country_iso3, events.c.country)
        ]  # fmt: skip
    listed = sa.union_all(*parts).subquery("listed")
    with store.engine.connect() as connection:
        if query.near is not None and not store.postgis:  # the exact distance, as pages check
            rows = connection.execute(sa.select(listed.c.key, listed.c.lat, listed.c.lon))
            keys = [r.key for r in rows if within_radius(query, r.lat, r.lon)]
            kept = sa.select(listed).where(listed.c.key.in_(keys)).subquery("kept")
        else:
            kept = listed

        def grouped(column: sa.ColumnElement[Any]) -> list[tuple[str, int]]:
            count = sa.func.count().label("n")
            statement = sa.select(column, count).group_by(column).order_by(count.desc(), column)
            return [
                (str(k) if k is not None else "unknown", int(n))
                for k, n in connection.execute(statement)
            ]

        by_day = sorted(grouped(kept.c.date_start))
        listed_keys = sa.select(kept.c.key)
        named = sa.union_all(
            sa.select(event_actors.c.name, merge_members.c.merged_id.label("key"))
            .join(merge_members, merge_members.c.event_id == event_actors.c.event_id)
            .where(merge_members.c.merged_id.in_(listed_keys)),
            sa.select(event_actors.c.name, event_actors.c.event_id.label("key")).where(
                event_actors.c.event_id.in_(listed_keys)
            ),
        ).subquery("named")
        actor_count = sa.func.count(sa.distinct(named.c.key)).label("n")
        actors = connection.execute(
            sa.select(named.c.name, actor_count)
            .group_by(named.c.name)
            .order_by(actor_count.desc(), named.c.name)
            .limit(top)
        )
        top_actors = [(str(name), int(n)) for name, n in actors]
        by_type = grouped(kept.c.event_type)
        by_country = grouped(kept.c.country)
    totals = store.counts()
    return Stats(
        articles=totals["articles"], rejected=totals["rejected"],
        events=sum(n for _, n in by_day), by_day=by_day, by_type=by_type,
        by_country=by_country, top_actors=top_actors,
    )  # fmt: skip


def _branches(
    query: EventFilter, iso3: sa.ColumnElement[str], name: sa.ColumnElement[str]
) -> list[sa.ColumnElement[bool]]:
    return country_branches(query.country, iso3, name) if query.country else [sa.true()]


def compact_features(rows: list[sa.Row[Any]]) -> str:
    """Map points as GeoJSON features (comma-joined JSON text), with only what the dashboard
        draws and filters on: id, type, date, killed, country and the number of independent
    sources (1 for a report not merged); coordinates to 5 decimals (1 m).

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
            f'"killed":{killed},"country":{_maybe(row.country)},"sources":{int(row.sources)}}}}}'
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
