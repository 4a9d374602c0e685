"""Latency of a radius-and-date-range query over 1,000,000 stored events, SQLite and
PostgreSQL, in one run.

Events are synthetic (clustered around 80 places, spread over ten years, six ACLED types)
and bulk-inserted straight into the store's ``events`` table: extraction is not what is
measured. Each query asks for non-background events within 50 km of a point near one of
the places during a 30-day window, through `SqlStore.events` (so record parsing counts).
Target: p95 under 50 ms on both backends.

    python benchmarks/query_latency.py [--events 1000000] [--queries 200]
        [--sqlite PATH] [--postgres postgresql://USER@HOST/SERVER_DB | --no-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa

from eventwire.store import EventFilter, SqlStore, open_store

TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Looting/property destruction"),
)
START = dt.date(2014, 1, 1)
DAYS = 3653
COLUMNS = ("id", "record", "date_start", "date_end", "event_type", "sub_event_type",
           "country", "country_iso3", "lat", "lon", "killed_best", "background", "summary",
           "ingested_at")  # fmt: skip


def synthetic_rows(count: int, seed: int = 7) -> Iterator[tuple[object, ...]]:
    """Rows of the ``events`` table, deterministic for a seed."""
    rng = random.Random(seed)
    places = [(rng.uniform(-35, 55), rng.uniform(-20, 120)) for _ in range(80)]
    for number in range(count):
        lat0, lon0 = rng.choice(places)
        lat = max(-89.9, min(89.9, rng.gauss(lat0, 1.5)))
        lon = max(-179.9, min(179.9, rng.gauss(lon0, 1.5)))
        day = (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
        event_type, sub_type = rng.choice(TYPES)
        killed = rng.choice((None, 0, 1, 2, 5, 12))
        background = rng.random() < 0.1
        event_id = f"evt_{number:012x}"
        summary = f"{sub_type} near synthetic place {number % 997}."
        record = json.dumps({
            "id": event_id, "article_ids": [f"syn-{number}"], "background": background,
            "acled": {"event_type": event_type, "sub_event_type": sub_type},
            "date": {"start": day, "end": day, "precision": "day", "basis": "explicit"},
            "location": {"place": f"Place {number % 997}", "country": "Synthland",
                         "country_iso3": "SYN", "lat": round(lat, 5), "lon": round(lon, 5),
                         "precision": "town"},
            "casualties": {"killed": {"low": killed, "best": killed, "high": killed},
                           "reported": killed is not None},
            "summary": summary,
        })  # fmt: skip
        yield (event_id, record, day, day, event_type, sub_type, "Synthland", "SYN",
               round(lat, 5), round(lon, 5), killed, background, summary,
               "2024-01-01T00:00:00+00:00")  # fmt: skip


def load_sqlite(path: Path, count: int) -> None:
    open_store(str(path)).close()  # schema and migrations
    with sqlite3.connect(path) as connection:
        placeholders = ", ".join("?" for _ in COLUMNS)
        connection.executemany(
            f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({placeholders})",
            synthetic_rows(count),
        )
        connection.execute("ANALYZE")


def load_postgres(url: str, count: int) -> None:
    store = open_store(url)
    store.close()
    import psycopg

    dsn = sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as connection, connection.cursor() as cursor:
        with cursor.copy(f"COPY events ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in synthetic_rows(count):
                copy.write_row(row)
        connection.commit()
        cursor.execute("ANALYZE events")


def measure(store: SqlStore, queries: int, seed: int = 11) -> dict[str, float]:
    """Latency percentiles (ms) of ``queries`` radius + date-range queries."""
    rng = random.Random(7)  # the generator's places (same seed, same first draws)
    places = [(rng.uniform(-35, 55), rng.uniform(-20, 120)) for _ in range(80)]
    pick = random.Random(seed)

    def one() -> tuple[float, int]:
        lat0, lon0 = pick.choice(places)
        since = START + dt.timedelta(days=pick.randrange(DAYS - 30))
        query = EventFilter(
            since=since, until=since + dt.timedelta(days=30),
            near=(lat0 + pick.uniform(-1, 1), lon0 + pick.uniform(-1, 1)), radius_km=50.0,
        )  # fmt: skip
        start = time.perf_counter()
        found = len(list(store.events(query)))
        return (time.perf_counter() - start) * 1000, found

    for _ in range(10):
        one()
    timings, sizes = zip(*(one() for _ in range(queries)), strict=True)
    ordered = sorted(timings)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
        "max_ms": round(ordered[-1], 2),
        "mean_results": round(statistics.mean(sizes), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--sqlite", type=Path, help="SQLite file to build (default: temporary)")
    parser.add_argument(
        "--postgres", default="postgresql+psycopg:///postgres?host=/var/run/postgresql",
        help="server URL; a temporary database is created on it and dropped",
    )  # fmt: skip
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = args.sqlite or Path(folder) / "bench.db"
        started = time.perf_counter()
        load_sqlite(path, args.events)
        print(f"sqlite: loaded {args.events} events in {time.perf_counter() - started:.0f} s")
        store = open_store(str(path))
        results["sqlite"] = measure(store, args.queries)
        store.close()
        print("sqlite", results["sqlite"])
    if not args.no_postgres:
        server = sa.make_url(
            args.postgres.replace("postgresql://", "postgresql+psycopg://", 1)
        )  # fmt: skip
        name = f"eventwire_bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        try:
            url = server.set(database=name).render_as_string(hide_password=False)
            started = time.perf_counter()
            load_postgres(url, args.events)
            print(f"postgres: loaded {args.events} events in {time.perf_counter() - started:.0f} s")
            store = open_store(url)
            label = "postgres+postgis" if store.postgis else "postgres"
            results[label] = measure(store, args.queries)
            store.close()
            print(label, results[label])
        finally:
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    print(json.dumps({"events": args.events, "queries": args.queries, **results}))


if __name__ == "__main__":
    main()
