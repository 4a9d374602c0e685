"""Real ``eventwire ingest`` processes: killed with SIGKILL midway then rerun, and two at
once into one SQLite file. Both must end exactly where one undisturbed ingest ends.

The corpus is real text: golden reports plus Reuters-21578 stories when ``../shared`` is
present. The undisturbed reference runs in-process with the session's pipeline.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store.helpers import GOLDEN, reuters_documents, shared_data_dir

from eventwire.pipeline import Pipeline
from eventwire.store import open_store
from eventwire.store.ingest import ingest

GOLDEN_COUNT = 6
REUTERS_COUNT = 30
EVENTWIRE = [sys.executable, "-m", "eventwire.cli.main", "ingest", "--quiet", "--summary-json"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for report in sorted(GOLDEN.glob("*.txt"))[:GOLDEN_COUNT]:
        (folder / report.name).write_text(report.read_text(encoding="utf-8"), encoding="utf-8")
    reuters = shared_data_dir() / "reuters21578"
    stories = reuters_documents(reuters, REUTERS_COUNT) if reuters.is_dir() else []
    with (folder / "reuters.jsonl").open("w", encoding="utf-8") as out:
        for story in stories:
            out.write(story.model_dump_json(exclude_none=True) + "\n")
        if not stories:  # keep the corpus non-empty without ../shared
            out.write(json.dumps({"id": "r-0", "text": "Police said one man died."}) + "\n")
    return folder


def _snapshot(db: Path) -> dict[str, object]:
    """Everything that must match: per-table counts and the ids stored."""
    with sqlite3.connect(db) as connection:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "event_articles", "event_actors", "evidence")
        }
        articles = sorted(r[0] for r in connection.execute("SELECT id FROM articles"))
        events = sorted(r[0] for r in connection.execute("SELECT id FROM events"))
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
    return {"counts": counts, "articles": articles, "events": events, "integrity": check}


@pytest.fixture(scope="module")
def undisturbed(
    corpus: Path, pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, object]:
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    store = open_store(str(db))
    summary = ingest(store, pipeline, [str(corpus)])
    store.close()
    assert summary.stored > GOLDEN_COUNT // 2 and summary.events > 0
    return _snapshot(db)


def _articles_stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_kill_9_midway_then_rerun_is_complete_and_exact(
    corpus: Path, undisturbed: dict[str, object], tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    command = [*EVENTWIRE, str(corpus), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _articles_stored(db) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _snapshot(db)
    assert partial["integrity"] == "ok"
    assert 3 <= len(partial["articles"]) < len(undisturbed["articles"])  # type: ignore[arg-type]

    rerun = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    assert rerun.returncode in (0, 1), rerun.stderr
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert summary["skipped"] >= len(partial["articles"])  # type: ignore[arg-type]
    assert _snapshot(db) == undisturbed


def test_two_concurrent_ingests_into_one_sqlite_file(
    corpus: Path, undisturbed: dict[str, object], tmp_path: Path
) -> None:
    db = tmp_path / "shared.db"
    command = [*EVENTWIRE, str(corpus), "--db", str(db)]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    for process, (_, stderr) in zip((first, second), outputs, strict=True):
        assert process.returncode in (0, 1), stderr
    summaries = [json.loads(stdout.strip().splitlines()[-1]) for stdout, _ in outputs]
    stored = sum(s["stored"] + s["rejected"] for s in summaries)
    assert _snapshot(db) == undisturbed
    assert stored == len(undisturbed["articles"])  # type: ignore[arg-type]
