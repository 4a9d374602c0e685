"""Bounded mixed load on ``eventwire serve`` (loopback only): concurrent reads and
POST /ingest writes into one store; every acknowledged write must be readable afterwards.

For each backend (SQLite, and PostgreSQL when a server is reachable) a real ``eventwire
serve`` is started on a free 127.0.0.1 port with a write token. Reader clients cycle
through GET /events (plain, filtered, GeoJSON), /stats, /health and /events/{id} of
events written so far; writer clients POST /ingest batches of new documents and, one time
in four, re-send an acknowledged batch (a client retry, which must be skipped, not stored
twice). After the time bound every acknowledged article and event is fetched back, and
the server's counts are compared with the acknowledgements.

Reported per backend: requests served, errors (any non-2xx answer or transport failure:
must be 0) and lost writes (acknowledged but missing: must be 0). Exit status 1 otherwise.

    python benchmarks/serve_mixed_load.py [--seconds 20] [--readers 8] [--writers 2]
        [--backend sqlite|postgresql|all] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

HOST = "127.0.0.1"
TOKEN = "mixed-load-" + uuid.uuid4().hex[:12]
POSTGRES = os.environ.get(
    "EVENTWIRE_TEST_POSTGRES", "postgresql+psycopg:///postgres?host=/var/run/postgresql"
)
TOWNS = ("Kano", "Maiduguri", "Kaduna", "Mosul", "Kirkuk", "Gao", "Mopti", "Beni", "Goma")
FORMS = (
    "Gunmen killed {n} people in an attack on a village near {town} on Friday, police said.",
    "A roadside bomb exploded near a market in {town} on Tuesday, killing {n} civilians.",
    "Protesters clashed with police in {town} on Monday; {n} people were injured.",
    "Troops repelled an attack on an army base outside {town} overnight, killing {n} militants.",
)


@dataclass
class Tally:
    reads: int = 0
    writes: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    read_latencies: list[float] = field(default_factory=list)
    write_latencies: list[float] = field(default_factory=list)
    acknowledged_articles: set[str] = field(default_factory=set)
    acknowledged_events: set[str] = field(default_factory=set)
    retries_skipped: int = 0

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(db: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "eventwire.cli.main", "serve", "--db", db,
               "--host", HOST, "--port", str(port), "--log-level", "warning"]  # fmt: skip
    env = {**os.environ, "EVENTWIRE_API_TOKEN": TOKEN}
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"http://{HOST}:{port}/health", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"eventwire serve did not start; see {log}")


def document(writer: int, number: int, rng: random.Random) -> dict[str, str]:
    text = rng.choice(FORMS).format(n=rng.randint(2, 40), town=rng.choice(TOWNS))
    return {
        "id": f"load/{writer}/{number}",
        "text": f"{text} Residents said the area was calm later (report {writer}-{number}).",
        "published": "2023-12-09",
    }


async def writer_loop(
    client: httpx.AsyncClient, writer: int, deadline: float, tally: Tally
) -> None:
    rng = random.Random(writer)
    sent: list[list[dict[str, str]]] = []
    number = 0
    while time.perf_counter() < deadline:
        retry = bool(sent) and rng.random() < 0.25
        if retry:
            batch = rng.choice(sent)
        else:
            batch = [document(writer, number + i, rng) for i in range(rng.randint(1, 3))]
            number += len(batch)
        began = time.perf_counter()
        try:
            response = await client.post(
                "/ingest", json={"documents": batch}, headers={"Authorization": f"Bearer {TOKEN}"}
            )
        except httpx.HTTPError as exc:
            tally.error(f"write {type(exc).__name__}")
            continue
        tally.write_latencies.append(time.perf_counter() - began)
        tally.writes += 1
        if response.status_code != 200:
            tally.error(f"write HTTP {response.status_code}")
            continue
        report = response.json()
        if retry:
            tally.retries_skipped += report["skipped"]
            if report["stored"]:
                tally.error("retry stored again")
            continue
        if report["stored"] + report["rejected"] != len(batch):
            tally.error("write not fully acknowledged")
        tally.acknowledged_articles.update(d["id"] for d in batch)
        tally.acknowledged_events.update(report["event_ids"])
        sent.append(batch)


async def reader_loop(
    client: httpx.AsyncClient, reader: int, deadline: float, tally: Tally
) -> None:
    rng = random.Random(1000 + reader)
    paths = ["/events?limit=50", "/events?country=NGA&since=2023-01-01", "/stats",
             "/health", "/events?format=geojson&limit=100", "/events?actor=police"]  # fmt: skip
    while time.perf_counter() < deadline:
        path = rng.choice(paths)
        if tally.acknowledged_events and rng.random() < 0.3:
            path = f"/events/{rng.choice(sorted(tally.acknowledged_events))}"
        began = time.perf_counter()
        try:
            response = await client.get(path)
        except httpx.HTTPError as exc:
            tally.error(f"read {type(exc).__name__}")
            continue
        tally.read_latencies.append(time.perf_counter() - began)
        tally.reads += 1
        if response.status_code != 200:
            tally.error(f"read HTTP {response.status_code} {path.split('?')[0]}")


async def run_load(base: str, readers: int, writers: int, seconds: float) -> Tally:
    tally = Tally()
    limits = httpx.Limits(max_connections=readers + writers + 2)
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as client:
        # Warm-up (not counted): the first write loads the pipeline.
        warm = document(99, 0, random.Random(99))
        response = await client.post(
            "/ingest", json={"documents": [warm]}, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        if response.status_code != 200:
            tally.error(f"warm-up HTTP {response.status_code}")
        else:
            tally.acknowledged_articles.add(warm["id"])
            tally.acknowledged_events.update(response.json()["event_ids"])
        deadline = time.perf_counter() + seconds
        await asyncio.gather(
            *(writer_loop(client, w, deadline, tally) for w in range(writers)),
            *(reader_loop(client, r, deadline, tally) for r in range(readers)),
        )
    return tally


async def lost_writes(base: str, tally: Tally) -> tuple[int, int]:
    """(lost articles, lost events): acknowledged but not served afterwards."""
    lost_articles = lost_events = 0
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        for article_id in sorted(tally.acknowledged_articles):
            if (await client.get(f"/articles/{article_id}")).status_code != 200:
                lost_articles += 1
        for event_id in sorted(tally.acknowledged_events):
            if (await client.get(f"/events/{event_id}")).status_code != 200:
                lost_events += 1
        health = (await client.get("/health")).json()
    if health.get("articles") != len(tally.acknowledged_articles):
        lost_articles = max(
            lost_articles, abs(health["articles"] - len(tally.acknowledged_articles))
        )
    return lost_articles, lost_events


def p95_ms(values: list[float]) -> float:
    ordered = sorted(values)
    return (
        round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000, 1)
        if ordered
        else 0.0
    )


def run_backend(name: str, db: str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    port = free_port()
    process = start_server(db, port, workdir / f"serve-{name}.log")
    base = f"http://{HOST}:{port}"
    try:
        began = time.perf_counter()
        tally = asyncio.run(run_load(base, args.readers, args.writers, args.seconds))
        elapsed = time.perf_counter() - began
        lost_articles, lost_events = asyncio.run(lost_writes(base, tally))
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {
        "backend": name, "seconds": round(elapsed, 1),
        "requests": tally.reads + tally.writes, "reads": tally.reads, "writes": tally.writes,
        "articles_acknowledged": len(tally.acknowledged_articles),
        "events_acknowledged": len(tally.acknowledged_events),
        "retries_skipped": tally.retries_skipped,
        "errors": sum(tally.errors.values()), "error_kinds": tally.errors,
        "lost_writes": lost_articles + lost_events,
        "read_p95_ms": p95_ms(tally.read_latencies), "write_p95_ms": p95_ms(tally.write_latencies),
        "readers": args.readers, "writers": args.writers,
    }  # fmt: skip


def postgres_database() -> tuple[str, sa.Engine] | None:
    """A new PostgreSQL database URL (and the admin engine to drop it), or None."""
    server = sa.make_url(POSTGRES)
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"eventwire_mixed_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError:
        admin.dispose()
        return None
    return server.set(database=name).render_as_string(hide_password=False), admin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="load duration per backend")
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "all"), default="all")
    parser.add_argument("--json", action="store_true", help="one JSON line per backend")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="eventwire-mixed-") as folder:
        workdir = Path(folder)
        if args.backend in ("sqlite", "all"):
            results.append(run_backend("sqlite", str(workdir / "mixed.db"), args, workdir))
        if args.backend in ("postgresql", "all"):
            created = postgres_database()
            if created is None:
                print(f"no PostgreSQL server at {POSTGRES}: skipped", file=sys.stderr)
            else:
                url, admin = created
                try:
                    results.append(run_backend("postgresql", url, args, workdir))
                finally:
                    name = sa.make_url(url).database
                    with admin.connect() as connection:
                        connection.execute(
                            sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                        )
                    admin.dispose()
    failed = False
    for result in results:
        failed = failed or result["errors"] > 0 or result["lost_writes"] > 0
        if args.json:
            print(json.dumps(result))
        else:
            print(f"{result['backend']}: {result['requests']} requests served in "
                  f"{result['seconds']} s ({result['reads']} reads, {result['writes']} writes, "
                  f"{result['articles_acknowledged']} articles and {result['events_acknowledged']} "
                  f"events acknowledged, {result['retries_skipped']} retried documents skipped), "
                  f"{result['errors']} errors {result['error_kinds'] or ''}, "
                  f"{result['lost_writes']} lost writes; read p95 {result['read_p95_ms']} ms, "
                  f"write p95 {result['write_p95_ms']} ms")  # fmt: skip
    sys.exit(1 if failed or not results else 0)


if __name__ == "__main__":
    main()
