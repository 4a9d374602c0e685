"""The Dask engine on a real `LocalCluster` (2 worker processes x 1 thread), no mocks.

- the same sources give the same stored articles and events with the local and the Dask
  engine (results arrive out of order on Dask; they are stored by input position);
- a worker killed with SIGKILL while tasks run loses nothing and doubles nothing: Dask
  reschedules its tasks, the nanny replaces it, and the store matches an undisturbed run;
- a run stopped part-way resumes on rerun: stored articles are skipped before being sent.

The corpus is 16 golden reports (files) and 4 Reuters-21578 stories (a JSONL file) when
``../shared/data`` is present. One cluster serves the module and each worker loads the
pipeline once, so the module stays within its time bound on two shared cores.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from store.helpers import GOLDEN, reuters_documents, shared_data_dir

from eventwire.engines.dask import DaskEngine
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import SqlStore, open_store
from eventwire.store.ingest import IngestSummary, ingest
from eventwire.store.schema import articles, event_articles, events

distributed = pytest.importorskip("distributed")

pytestmark = [pytest.mark.dask, pytest.mark.timeout(180)]

PUBLISHED = "2024-05-01"
Snapshot = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    paths = [str(path) for path in sorted(GOLDEN.glob("*.txt"))[:16]]
    stories = reuters_documents(shared_data_dir() / "reuters21578", 4)
    if stories:
        jsonl = tmp_path_factory.mktemp("sources") / "reuters.jsonl"
        jsonl.write_text("".join(s.model_dump_json() + "\n" for s in stories), encoding="utf-8")
        paths.append(str(jsonl))
    return paths


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def snapshot(store: SqlStore) -> Snapshot:
    """What an ingest stored, without timestamps or insertion order."""
    with store.engine.connect() as connection:
        return {
            "articles": sorted(
                tuple(row)
                for row in connection.execute(
                    sa.select(
                        articles.c.id,
                        articles.c.raw_hash,
                        articles.c.content_hash,
                        articles.c.event_count,
                        articles.c.rejection_reason,
                    )
                )
            ),
            "events": sorted(
                tuple(row) for row in connection.execute(sa.select(events.c.id, events.c.record))
            ),
            "event_articles": sorted(
                tuple(row) for row in connection.execute(sa.select(event_articles))
            ),
        }


def run(
    db: Path, sources: list[str], pipeline: Pipeline, engine: DaskEngine | None, **options: Any
) -> tuple[IngestSummary, Snapshot]:
    store = open_store(str(db))
    try:
        summary = ingest(store, pipeline, sources, published=PUBLISHED, engine=engine, **options)
        return summary, snapshot(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def reference(
    tmp_path_factory: pytest.TempPathFactory, sources: list[str], pipeline: Pipeline
) -> Snapshot:
    """The local engine (in this process, input order): what every Dask run must store."""
    summary, stored = run(tmp_path_factory.mktemp("local") / "local.db", sources, pipeline, None)
    assert summary.stored == len(stored["articles"]) >= 16
    assert stored["events"], "the golden reports hold events"
    return stored


def test_dask_stores_what_the_local_engine_stores(
    tmp_path: Path, sources: list[str], pipeline: Pipeline, client: Any, reference: Snapshot
) -> None:
    engine = DaskEngine(Settings(), client=client, partition_size=2)
    summary, stored = run(tmp_path / "dask.db", sources, pipeline, engine)
    assert stored == reference
    assert (summary.stored, summary.skipped) == (len(reference["articles"]), 0)
    assert len(client.scheduler_info()["workers"]) == 2


def test_a_killed_worker_loses_nothing_and_doubles_nothing(
    tmp_path: Path, sources: list[str], pipeline: Pipeline, client: Any, reference: Snapshot
) -> None:
    pids: dict[str, int] = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker(summary: IngestSummary) -> None:
        if killed or summary.stored < 1:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        victim = pids[(busy or sorted(pids))[0]]
        os.kill(victim, signal.SIGKILL)  # no cleanup, no goodbye: as a node failure
        killed.append(victim)

    engine = DaskEngine(Settings(), client=client, partition_size=1)
    summary, stored = run(
        tmp_path / "killed.db", sources, pipeline, engine, on_progress=kill_a_busy_worker
    )
    assert killed, "the run ended before a worker could be killed"
    assert stored == reference
    assert (summary.stored, summary.skipped) == (len(reference["articles"]), 0)
    client.wait_for_workers(2, timeout=60)  # the nanny replaced it
    assert killed[0] not in client.run(os.getpid).values()


class RunStoppedError(Exception):
    """Stands for Ctrl-C or a lost driver part-way through a run."""


def test_a_stopped_run_resumes_where_it_stopped(
    tmp_path: Path, sources: list[str], pipeline: Pipeline, client: Any, reference: Snapshot
) -> None:
    def stop_after_six(summary: IngestSummary) -> None:
        if summary.stored >= 6:
            raise RunStoppedError

    db = tmp_path / "resumed.db"
    engine = DaskEngine(Settings(), client=client, partition_size=2)
    with pytest.raises(RunStoppedError):
        run(db, sources, pipeline, engine, on_progress=stop_after_six)
    summary, stored = run(db, sources, pipeline, engine)
    assert summary.skipped == 6
    assert summary.stored == len(reference["articles"]) - 6
    assert stored == reference


def test_cli_ingest_on_a_running_scheduler(
    tmp_path: Path, sources: list[str], client: Any, reference: Snapshot
) -> None:
    """``eventwire ingest --engine dask --scheduler ADDRESS``; a rerun stores nothing new."""
    from typer.testing import CliRunner

    from eventwire.cli import store as _store  # noqa: F401 - registers the commands
    from eventwire.cli.app import app

    db = tmp_path / "cli.db"
    arguments = ["ingest", *sources, "--db", str(db), "--published", PUBLISHED, "-q"]
    arguments += ["--engine", "dask", "--scheduler", client.scheduler.address]
    for _ in range(2):
        result = CliRunner().invoke(app, [*arguments, "--summary-json"])
        assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["skipped"] == len(reference["articles"])
    store = open_store(str(db))
    try:
        assert snapshot(store) == reference
    finally:
        store.close()
    wrong = CliRunner().invoke(app, ["ingest", *sources, "--db", str(db), "--scheduler", "x"])
    assert wrong.exit_code == 2
    assert "--engine dask" in wrong.output
