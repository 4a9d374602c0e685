"""The store's tables (SQLAlchemy Core) and the ordered migrations that create them.

One schema serves SQLite and PostgreSQL. Events keep the whole record as JSON (the
contract, returned unchanged) plus the few columns queries filter on, each indexed, so a
query never parses JSON. ``schema_migrations`` records which numbered migrations ran;
`migrate` applies the missing ones in order inside one transaction, so two processes
opening a new database at once cannot both create it.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("location", sa.Text, nullable=False, unique=True),
    sa.Column("first_ingested", sa.String(32), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=True),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("text", sa.Text),
    sa.Column("raw_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("content_hash", sa.String(64), unique=True),
    sa.Column("rejection_reason", sa.Text),
    sa.Column("event_count", sa.Integer, nullable=False, default=0),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("date_end", sa.Date),
    sa.Column("event_type", sa.Text, index=True),
    sa.Column("sub_event_type", sa.Text, index=True),
    sa.Column("country", sa.Text),
    sa.Column("country_iso3", sa.String(3), index=True),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("killed_best", sa.Integer),
    sa.Column("background", sa.Boolean, nullable=False),
    sa.Column("summary", sa.Text),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    # A radius query is a latitude band first; lon and date are read from the index itself.
    sa.Index("ix_events_lat_lon_date", "lat", "lon", "date_start"),
)

event_articles = sa.Table(
    "event_articles",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Index("ix_event_articles_article", "article_id"),
)

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("kind", sa.Text),
    sa.Index("ix_event_actors_name", "name"),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("article_id", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("method", sa.Text),
)

_CORE_TABLES = (sources, articles, events, event_articles, event_actors, evidence)

# Merging (eventwire.merge): one row per merged event, the per-article events in each, and
# the candidate keys (day x grid cell, country, name) each per-article event is filed under.
merged_events = sa.Table(
    "merged_events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("component", sa.String(64), nullable=False, index=True),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("country_iso3", sa.String(3), index=True),
    sa.Column("killed_best", sa.Integer),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)

merge_members = sa.Table(
    "merge_members",
    metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("component", sa.String(64), nullable=False, index=True),
    sa.Column("merged_id", sa.String(64), nullable=False, index=True),
)

merge_keys = sa.Table(
    "merge_keys",
    metadata,
    sa.Column("key", sa.BigInteger, nullable=False),
    sa.Column("event_id", sa.String(64), nullable=False),
    sa.Index("ix_merge_keys_key", "key"),
)

_MERGE_TABLES = (merged_events, merge_members, merge_keys)


# Alerts (eventwire.alert): what each rule last sent each notifier about each merged event.
alert_state = sa.Table(
    "alert_state",
    metadata,
    sa.Column("rule", sa.Text, primary_key=True),
    sa.Column("notifier", sa.Text, primary_key=True),
    sa.Column("merged_id", sa.String(64), primary_key=True),
    sa.Column("fingerprint", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)


def _create_core(connection: sa.Connection) -> None:
    for table in _CORE_TABLES:
        table.create(connection)


def _add_postgis(connection: sa.Connection) -> None:
    """On PostgreSQL with PostGIS installed: a geography column and a GiST index.

    The column is generated from lat/lon, so writers never need to know it exists. Without
    PostGIS (or on SQLite) radius queries use the lat/lon index and a haversine check.
    """
    if connection.dialect.name != "postgresql":
        return
    available = connection.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")
    ).first()
    if available is None:
        return
    connection.execute(sa.text("CREATE EXTENSION IF NOT EXISTS postgis"))
    connection.execute(
        sa.text(
            "ALTER TABLE events ADD COLUMN geog geography(Point, 4326) GENERATED ALWAYS AS "
            "(CASE WHEN lat IS NULL OR lon IS NULL THEN NULL ELSE "
            "ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED"
        )
    )
    connection.execute(sa.text("CREATE INDEX ix_events_geog ON events USING GIST (geog)"))


def _create_merge(connection: sa.Connection) -> None:
    for table in _MERGE_TABLES:
        table.create(connection)


def _add_page_indexes(connection: sa.Connection) -> None:
    """Indexes that answer a page of events in its order without a sort.

    Pages are ordered by ``(date_start, id)``: with the date alone SQLite sorts every day's
    events by id (and reads their rows) before it can stop; ``(country_iso3, date_start,
    id)`` does the same for a country's pages. The merged view walks ``merged_events`` by
    ``(date_start, id)`` and finds each merged event's reports by ``merged_id``.
    """
    for statement in (
        "CREATE INDEX IF NOT EXISTS ix_events_date_id ON events (date_start, id)",
        "CREATE INDEX IF NOT EXISTS ix_events_country_date_id "
        "ON events (country_iso3, date_start, id)",
        "CREATE INDEX IF NOT EXISTS ix_merged_events_date_id ON merged_events (date_start, id)",
    ):
        connection.execute(sa.text(statement))


# The fused event's own columns, beside each merged event's stored `MergedEvent` JSON:
# kept by the database itself (migration 6's triggers) from ``record``, so whatever writes
# merged events (eventwire.merge) never needs to know they exist. Read through this
# lightweight table, never written.
FUSED_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    # name, SQLite type, PostgreSQL type, path inside the fused event
    ("event_json", "TEXT", "text", ""),
    ("lat", "REAL", "double precision", "location.lat"),
    ("lon", "REAL", "double precision", "location.lon"),
    ("event_type", "TEXT", "text", "acled.event_type"),
    ("sub_event_type", "TEXT", "text", "acled.sub_event_type"),
    ("country", "TEXT", "text", "location.country"),
)
merged_fused = sa.table(
    "merged_events",
    sa.column("id", sa.String(64)),
    sa.column("date_start", sa.Date),
    sa.column("country_iso3", sa.String(3)),
    sa.column("killed_best", sa.Integer),
    sa.column("sources", sa.Integer),
    sa.column("event_json", sa.Text),
    sa.column("lat", sa.Float),
    sa.column("lon", sa.Float),
    sa.column("event_type", sa.Text),
    sa.column("sub_event_type", sa.Text),
    sa.column("country", sa.Text),
)
"""``merged_events`` as the API reads it: the filter columns and the fused event's."""


def _add_fused_columns(connection: sa.Connection) -> None:
    """The fused event (its JSON, place, type, country) as columns of ``merged_events``,
    filled from ``record`` by a trigger on every insert and update, and for the rows
    already there.

    A page of the merged view then reads columns, as a page of reports does: extracting
    the event from each record at read time (``json_extract``) cost ten times the rest of
    the query, and the dashboard's 100,000 points would parse every record four times.
    """
    postgres = connection.dialect.name == "postgresql"
    for name, sqlite_type, postgres_type, _ in FUSED_COLUMNS:
        kind = postgres_type if postgres else sqlite_type
        connection.execute(sa.text(f"ALTER TABLE merged_events ADD COLUMN {name} {kind}"))
    if postgres:
        assignments = "\n".join(
            f"  NEW.{name} := ({_pg_path(path)})::{kind};" for name, _, kind, path in FUSED_COLUMNS
        )
        connection.execute(
            sa.text(
                "CREATE FUNCTION eventwire_merged_fused() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$\nBEGIN\n{assignments}\n  RETURN NEW;\nEND\n$$"
            )
        )
        connection.execute(
            sa.text(
                "CREATE TRIGGER merged_events_fused BEFORE INSERT OR UPDATE OF record "
                "ON merged_events FOR EACH ROW EXECUTE FUNCTION eventwire_merged_fused()"
            )
        )
        connection.execute(sa.text("UPDATE merged_events SET record = record"))
        return
    values = ", ".join(
        f"{name} = json_extract(NEW.record, '$.event{'.' + path if path else ''}')"
        for name, _, _, path in FUSED_COLUMNS
    )
    for event in ("INSERT", "UPDATE OF record"):
        trigger = "merged_events_fused_" + event.split()[0].lower()
        connection.execute(
            sa.text(
                f"CREATE TRIGGER {trigger} AFTER {event} ON merged_events FOR EACH ROW "
                f"BEGIN UPDATE merged_events SET {values} WHERE rowid = NEW.rowid; END"
            )
        )
    connection.execute(sa.text(f"UPDATE merged_events SET {values.replace('NEW.', '')}"))


def _pg_path(path: str) -> str:
    if not path:
        return "NEW.record::json -> 'event'"
    return "NEW.record::json #>> '{event," + path.replace(".", ",") + "}'"


def _add_country_page_indexes(connection: sa.Connection) -> None:
    """Indexes for a country's pages (`eventwire.store.filters.country_branches`): events
    without an ISO3 code by lowercased name and date (partial: only those rows), and merged
    events by code or name and date, as events are since migration 5."""
    for statement in (
        "CREATE INDEX IF NOT EXISTS ix_events_country_name_date_id "
        "ON events (lower(country), date_start, id) WHERE country_iso3 IS NULL",
        "CREATE INDEX IF NOT EXISTS ix_merged_events_country_date_id "
        "ON merged_events (country_iso3, date_start, id)",
        "CREATE INDEX IF NOT EXISTS ix_merged_events_country_name_date_id "
        "ON merged_events (lower(country), date_start, id) WHERE country_iso3 IS NULL",
    ):
        connection.execute(sa.text(statement))


MIGRATIONS: tuple[tuple[int, Callable[[sa.Connection], None]], ...] = (
    (1, _create_core),
    (2, _add_postgis),
    (3, _create_merge),
    (4, alert_state.create),
    (5, _add_page_indexes),
    (6, _add_fused_columns),
    (7, _add_country_page_indexes),
)
"""Numbered migrations, applied in order; append new ones, never edit an applied one."""

LATEST_VERSION = MIGRATIONS[-1][0]


def applied_versions(connection: sa.Connection) -> set[int]:
    """Versions already applied (empty for a new database)."""
    if not sa.inspect(connection).has_table("schema_migrations"):
        return set()
    return {row[0] for row in connection.execute(sa.select(schema_migrations.c.version))}


def migrate(connection: sa.Connection, now: str) -> list[int]:
    """Apply the missing migrations in order, inside the caller's transaction.

    The caller holds the write lock (SQLite ``BEGIN IMMEDIATE``; a PostgreSQL advisory
    lock), so concurrent openers see either no schema or the complete one.
    """
    if not sa.inspect(connection).has_table("schema_migrations"):
        schema_migrations.create(connection)
    done = applied_versions(connection)
    newly: list[int] = []
    for version, step in MIGRATIONS:
        if version in done:
            continue
        step(connection)
        connection.execute(sa.insert(schema_migrations).values(version=version, applied_at=now))
        newly.append(version)
    return newly


def has_postgis_column(connection: sa.Connection) -> bool:
    """True when migration 2 added the PostGIS ``geog`` column."""
    if connection.dialect.name != "postgresql":
        return False
    found = connection.execute(
        sa.text(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'events' AND column_name = 'geog' "
            "AND table_schema = current_schema()"
        )
    ).first()
    return found is not None
