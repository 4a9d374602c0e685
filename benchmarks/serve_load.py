"""Bounded load test of ``eventwire serve`` on loopback: requests per second and latency.

Fills a SQLite store with synthetic events (100,000 by default; built once and reused),
starts a real ``eventwire serve`` on a free 127.0.0.1 port, and sends a fixed number of
requests per scenario from concurrent clients, each scenario also bounded in time. Only
the loopback address is ever contacted. Target (issue 7): p95 under 100 ms for
GET /events with 20 concurrent clients over 100,000 events.

Every scenario runs twice in the same run, against a server with its response cache off
(``EVENTWIRE_API_CACHE_MB=0``: every request queries the database) and one with it on
(the default), and the p95 ratio is printed. "distinct pages" asks a page no earlier
request asked, so it measures the uncached path even with the cache on. The load
generator runs on the same machine as the server: on a small machine it takes a large
share of the CPU, so latencies are upper bounds of what the server alone would show.

With ``--merged`` every report belongs to a merged event of two, so GET /events (whose
default view lists merged events) reads ``merged_events`` and 50,000 merged events.

    python benchmarks/serve_load.py [--events 100000] [--clients 20] [--requests 2000]
    python benchmarks/serve_load.py --merged
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import sqlalchemy as sa

from eventwire.merge.records import MergedEvent
from eventwire.models import Acled, Actor, Casualties, Count, Event, EventDate, Location
from eventwire.store import open_store
from eventwire.store.engine import WRITE_OPTION
from eventwire.store.schema import (
    articles,
    event_actors,
    event_articles,
    events,
    merge_members,
    merged_events,
)
from eventwire.store.sql import event_row

TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Looting/property destruction"),
)
PLACES = (
    ("Iraq", "IRQ", 33.3, 44.4), ("Nigeria", "NGA", 11.8, 13.2), ("Sudan", "SDN", 13.6, 25.3),
    ("Syria", "SYR", 35.9, 36.6), ("Ukraine", "UKR", 48.5, 35.0), ("Mali", "MLI", 14.4, -3.6),
    ("Colombia", "COL", 7.0, -71.4), ("Myanmar", "MMR", 20.8, 92.9), ("Kenya", "KEN", -1.3, 36.8),
    ("Pakistan", "PAK", 31.8, 70.9), ("Somalia", "SOM", 2.0, 45.3), ("France", "FRA", 48.9, 2.3),
)  # fmt: skip
ACTORS = ("ISWAP", "RSF", "Sudanese Armed Forces", "ELN", "Arakan Army", "al-Shabaab",
          "Russian forces", "JNIM", "protesters", "police")  # fmt: skip
HOST = "127.0.0.1"


def synthetic_event(number: int, rng: random.Random) -> Event:
    event_type, sub_type = rng.choice(TYPES)
    country, iso3, lat, lon = rng.choice(PLACES)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1460))
    killed = rng.choice((None, 0, 1, 2, 3, 5, 8, 12, 30))
    return Event(
        id=f"evt_load{number:08d}",
        article_ids=[f"load/{number // 5}"],
        acled=Acled(event_type=event_type, sub_event_type=sub_type),
        date=EventDate(start=day, end=day, precision="day", basis="explicit"),
        location=Location(
            name=f"Place {number % 997}",
            country=country,
            country_iso3=iso3,
            lat=round(lat + rng.uniform(-3, 3), 5),
            lon=round(lon + rng.uniform(-3, 3), 5),
            precision="town",
        ),
        actors=[Actor(name=rng.choice(ACTORS), role="perpetrator", attribution="named")],
        casualties=Casualties(killed=Count(low=killed, best=killed, high=killed)),
        summary=f"On {day:%d %B %Y}, a synthetic {sub_type.lower()} event in {country}.",
        confidence=0.5,
    )


def build_database(path: Path, count: int) -> None:
    """Insert ``count`` synthetic events (and one article per five) in large batches."""
    store = open_store(str(path))
    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    batch = 5000
    with store.engine.connect() as raw:
        connection = raw.execution_options(**{WRITE_OPTION: True})
        for first in range(0, count, batch):
            records = [synthetic_event(n, rng) for n in range(first, min(count, first + batch))]
            article_ids = sorted({r.article_ids[0] for r in records})
            with connection.begin():
                connection.execute(sa.insert(articles), [
                    {"id": a, "url": f"https://example.org/{a}", "title": f"Report {a}",
                     "text": "Synthetic report.", "raw_hash": f"raw-{a}",
                     "content_hash": f"content-{a}", "event_count": 5, "ingested_at": now}
                    for a in article_ids
                ])  # fmt: skip
                connection.execute(sa.insert(events), [event_row(r, now) for r in records])
                connection.execute(sa.insert(event_articles), [
                    {"event_id": r.id, "article_id": r.article_ids[0]} for r in records
                ])  # fmt: skip
                connection.execute(sa.insert(event_actors), [
                    {"event_id": r.id, "position": 0, "name": r.actors[0].name,
                     "role": "perpetrator", "kind": None} for r in records
                ])  # fmt: skip
    store.close()


def add_merges(path: Path) -> None:
    """Merge the synthetic reports two by two (every report then belongs to a merged event
    of two sources, as after ``eventwire merge``), so the merged view is measured at scale.

    The fused record is the first report's with both articles: the shape and size of a
    real merged event's record, without running the merger over synthetic text.
    """
    store = open_store(str(path))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.engine.connect() as raw:
        connection = raw.execution_options(**{WRITE_OPTION: True})
        transaction = connection.begin()
        ids = list(connection.execute(sa.select(events.c.id).order_by(events.c.id)).scalars())
        for first in range(0, len(ids), 10_000):
            chunk = ids[first : first + 10_000]
            rows = connection.execute(
                sa.select(events.c.id, events.c.record).where(events.c.id.in_(chunk))
            )
            records = {row.id: Event.model_validate_json(row.record) for row in rows}
            merged_rows, member_rows = [], []
            for pair in range(0, len(chunk), 2):
                reports = [records[i] for i in chunk[pair : pair + 2]]
                merged_id = "mrg_" + reports[0].id.removeprefix("evt_")
                article_ids = sorted({a for r in reports for a in r.article_ids})
                fused = reports[0].model_copy(update={"id": merged_id, "article_ids": article_ids})
                merged = MergedEvent(
                    id=merged_id, event=fused, report_ids=[r.id for r in reports],
                    sources=[[a] for a in article_ids],
                    provenance={"location": article_ids[:1]}, figures=[], history=[],
                )  # fmt: skip
                merged_rows.append({
                    "id": merged_id, "component": merged_id, "record": merged.model_dump_json(),
                    "date_start": fused.date.start, "country_iso3": fused.location.country_iso3,
                    "killed_best": fused.casualties.killed.best, "sources": len(article_ids),
                    "updated_at": now,
                })  # fmt: skip
                member_rows += [
                    {"event_id": r.id, "component": merged_id, "merged_id": merged_id}
                    for r in reports
                ]
            connection.execute(sa.insert(merged_events), merged_rows)
            connection.execute(sa.insert(merge_members), member_rows)
        transaction.commit()
    store.close()


@dataclass
class Result:
    name: str
    latencies: list[float]
    errors: dict[str, int]
    seconds: float

    def summary(self) -> dict[str, object]:
        ordered = sorted(self.latencies)

        def quantile(q: float) -> float:
            return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0

        return {
            "scenario": self.name, "requests": len(ordered),
            "errors": sum(self.errors.values()), "error_kinds": self.errors,
            "requests_per_s": round(len(ordered) / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(quantile(0.50), 1), "p95_ms": round(quantile(0.95), 1),
            "max_ms": round(ordered[-1] * 1000, 1) if ordered else 0.0,
        }  # fmt: skip


async def run_scenario(  # noqa: PLR0917 - one knob each
    base: str, name: str, paths: list[str], clients: int, requests: int, max_seconds: float
) -> Result:
    """``requests`` GETs spread over ``clients`` concurrent keep-alive connections,
    stopped early after ``max_seconds``.

    Requests are written and responses read on raw asyncio streams (`_get`), not through
    an HTTP client library: on a 2-core machine httpx spent more CPU per request than the
    server (with the cache on, 65 requests/s were all its event loop could send while the
    server used 0.5 ms per request), so latencies measured the load generator.
    """
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    started = time.perf_counter()
    deadline = started + max_seconds
    host, port = base.removeprefix("http://").rsplit(":", 1)

    async def worker() -> None:
        nonlocal sent
        streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while sent < requests and time.perf_counter() < deadline:
            path = paths[sent % len(paths)]
            sent += 1
            begin = time.perf_counter()
            kind = None
            try:
                if streams is None:
                    streams = await asyncio.open_connection(host, int(port), limit=2**20)
                status, keep_alive = await asyncio.wait_for(_get(*streams, host, path), 60)
                if status != 200:
                    kind = f"HTTP {status}"
                if not keep_alive:
                    streams[1].close()
                    streams = None
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                kind = type(exc).__name__
                if streams is not None:
                    streams[1].close()
                streams = None
            latencies.append(time.perf_counter() - begin)
            if kind:
                errors[kind] = errors.get(kind, 0) + 1
        if streams is not None:
            streams[1].close()

    await asyncio.gather(*(worker() for _ in range(clients)))
    return Result(name, latencies, errors, time.perf_counter() - started)


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str
) -> tuple[int, bool]:
    """One HTTP/1.1 GET on an open connection, as a browser sends it (gzip accepted);
    reads the whole body (Content-Length or chunked). Returns (status, keep-alive)."""
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: gzip\r\n"
        "Accept: application/json\r\n\r\n".encode()
    )
    await writer.drain()
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower().split("\r\n")
    status = int(head[0].split()[1])
    headers = dict(line.split(":", 1) for line in head[1:] if ":" in line)
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif "chunked" in headers.get("transfer-encoding", ""):
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    return status, "close" not in headers.get("connection", "")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its descendants (``--workers``), from
    Linux ``/proc`` (0 elsewhere). Reported per request because on a shared machine
    wall-clock figures partly measure the neighbours."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = [
            int(child)
            for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()
        ]
    except OSError:
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(child) for child in children)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(db: Path, port: int, *, cache: bool, workers: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "eventwire.cli.main", "serve", "--db", str(db),
               "--host", HOST, "--port", str(port), "--log-level", "warning"]  # fmt: skip
    if workers > 1:
        command += ["--workers", str(workers)]
    environment = dict(os.environ)
    if not cache:
        environment["EVENTWIRE_API_CACHE_MB"] = "0"
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"http://{HOST}:{port}/health", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("eventwire serve did not start")


def scenarios(events: int, requests: int, clients: int) -> list[tuple[str, list[str], int, int]]:
    """(name, paths cycled through, requests, concurrent clients)."""
    countries = [iso3 for _, iso3, _, _ in PLACES]
    filtered = [f"/events?country={c}&since=2022-01-01&limit=100" for c in countries]
    first = dt.date(2020, 1, 1)
    distinct = [
        f"/events?since={first + dt.timedelta(days=n % 1461)}&limit={100 - n // 1461 % 50}"
        for n in range(max(requests, 1))
    ]
    return [
        ("GET /events (100 records)", ["/events"], requests, clients),
        ("GET /events distinct pages (since=<day>)", distinct, requests, clients),
        ("GET /events filtered (country, since)", filtered, requests, clients),
        ("GET /events?format=geojson (100 features)", ["/events?format=geojson"], requests,
         clients),
        (f"GET /events?format=geojson&compact=true&limit={events} (the dashboard's load)",
         [f"/events?format=geojson&compact=true&limit={events}"], 6, 2),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000, help="per scenario")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="per scenario")
    parser.add_argument("--db", type=Path, default=None, help="built here when missing")
    parser.add_argument("--json", action="store_true", help="one JSON line per scenario")
    parser.add_argument(
        "--merged", action="store_true", help="reports merged two by two (the merged view)"
    )
    parser.add_argument("--workers", type=int, default=1, help="eventwire serve --workers")
    args = parser.parse_args()
    suffix = "_merged" if args.merged else ""
    db = args.db or Path("test-output") / f"serve_load_{args.events}{suffix}.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        began = time.perf_counter()
        build_database(db, args.events)
        if args.merged:
            add_merges(db)
        print(f"built {db} ({args.events} events) in {time.perf_counter() - began:.1f} s",
              file=sys.stderr)  # fmt: skip
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} before the run; "
          f"{args.workers} server process(es)", file=sys.stderr)  # fmt: skip
    p95: dict[tuple[str, bool], float] = {}
    try:
        for cache in (False, True):
            for summary in run_server_scenarios(db, args, cache=cache):
                p95[str(summary["scenario"]), cache] = float(str(summary["p95_ms"]))
                if args.json:
                    print(json.dumps(summary), flush=True)
                else:
                    print(describe(summary), flush=True)
    finally:
        if os.environ.get("EVENTWIRE_KEEP_LOAD_DB") == "0":
            db.unlink(missing_ok=True)
    if not args.json:
        for (name, cache), value in p95.items():
            if cache and p95.get((name, False)):
                print(f"p95 cache on / off: {value / p95[name, False]:.2f}  ({name})")


def describe(summary: dict[str, object]) -> str:
    """One result as a line of text."""
    return (
        f"[cache {'on' if summary['cache'] else 'off'}] {summary['scenario']}: "
        f"{summary['requests_per_s']} req/s, p50 {summary['p50_ms']} ms, "
        f"p95 {summary['p95_ms']} ms, max {summary['max_ms']} ms, "
        f"{summary['errors']} errors {summary['error_kinds'] or ''} "
        f"({summary['requests']} requests, {summary['clients']} clients; "
        f"server CPU {summary['server_cpu_ms_per_request']} ms/request)"
    )


def run_server_scenarios(
    db: Path, args: argparse.Namespace, *, cache: bool
) -> list[dict[str, object]]:
    """Every scenario against one fresh server (its cache on or off)."""
    port = free_port()
    process = start_server(db, port, cache=cache, workers=args.workers)
    base = f"http://{HOST}:{port}"
    summaries = []
    try:
        for name, paths, requests, clients in scenarios(args.events, args.requests, args.clients):
            cpu_before = cpu_seconds(process.pid)
            result = asyncio.run(
                run_scenario(base, name, paths, clients, requests, args.max_seconds)
            )
            cpu = cpu_seconds(process.pid) - cpu_before
            served = max(1, len(result.latencies))
            cpu_ms = round(cpu * 1000 / served, 2)
            summaries.append(
                {**result.summary(), "clients": clients, "cache": cache,
                 "server_cpu_ms_per_request": cpu_ms}
            )  # fmt: skip
    finally:
        process.terminate()
        process.wait(timeout=10)
    return summaries


if __name__ == "__main__":
    main()
