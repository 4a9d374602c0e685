"""kill -9 at random points of real ``eventwire ingest`` processes, at least 20 times.

Each kill lands either at a random moment (often while Python imports or spaCy loads) or
just after an article was committed (while the next one is extracted or written). After
every kill the database is intact and holds only what an undisturbed run holds, each
stored article with all its events; each round ends with a rerun, after which the database
is exactly the undisturbed one. ``EVENTWIRE_RELIABILITY_KILLS`` sets the number of kills.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline
from eventwire.store import open_store
from eventwire.store.ingest import ingest
from reliability.conftest import EVENTWIRE
from reliability.corpus import DATA, GOLDEN

KILLS = int(os.environ.get("EVENTWIRE_RELIABILITY_KILLS", "20"))
SEED = int(os.environ.get("EVENTWIRE_RELIABILITY_SEED", "20231209"))
REPORTS = ("09", "10", "12", "17", "20")

Snapshot = dict[str, object]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five short reports, one French article (stored as rejected) and one empty file."""
    folder = tmp_path_factory.mktemp("kill_corpus")
    for number in REPORTS:
        (report,) = GOLDEN.glob(f"{number}-*.txt")
        (folder / report.name).write_text(report.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "french.txt").write_text((DATA / "french.txt").read_text(encoding="utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    return folder


TABLES = ("articles", "events", "event_articles", "event_actors", "evidence")


def _snapshot(db: Path) -> Snapshot:
    with sqlite3.connect(db, timeout=30) as connection:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        schema = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
        ).fetchone()[0]
        if not schema:
            # killed after SQLite created the file but before the schema's transaction
            # committed: an intact, empty database (the rerun creates the schema)
            return {"counts": dict.fromkeys(TABLES, 0), "articles": [], "links": [],
                    "integrity": check}  # fmt: skip
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLES
        }
        articles = sorted(
            connection.execute("SELECT id, rejection_reason, event_count FROM articles")
        )
        links = sorted(connection.execute("SELECT article_id, event_id FROM event_articles"))
    return {"counts": counts, "articles": articles, "links": links, "integrity": check}


def _articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet, or locked for a moment
        return -1


@pytest.fixture(scope="module")
def undisturbed(
    small_corpus: Path, pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory
) -> Snapshot:
    db = tmp_path_factory.mktemp("undisturbed") / "reference.db"
    store = open_store(str(db))
    try:
        summary = ingest(store, pipeline, [str(small_corpus)])
    finally:
        store.close()
    assert summary.stored == len(REPORTS) and summary.events > 0
    return _snapshot(db)


def _assert_partial(partial: Snapshot, reference: Snapshot) -> None:
    """A killed run left an intact database holding a part of the reference: whole
    articles, each with exactly its events."""
    assert partial["integrity"] == "ok"
    stored = {row[0] for row in partial["articles"]}  # type: ignore[attr-defined]
    assert set(partial["articles"]) <= set(reference["articles"])  # type: ignore[call-overload]
    expected_links = [link for link in reference["links"] if link[0] in stored]  # type: ignore[attr-defined]
    assert partial["links"] == expected_links


def test_twenty_kills_then_rerun_give_the_undisturbed_result(
    small_corpus: Path, undisturbed: Snapshot, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    total = len(undisturbed["articles"])  # type: ignore[arg-type]
    kills = rounds = 0
    db = tmp_path / "round-0.db"
    started = time.monotonic()
    while kills < KILLS:
        assert time.monotonic() - started < 900, f"only {kills} kills in 15 minutes"
        command = [*EVENTWIRE, "ingest", str(small_corpus), "--db", str(db), "--quiet"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if rng.random() < 0.5:  # a random moment: import, model loading or extraction
            deadline = time.monotonic() + rng.uniform(0.2, 6.0)
            while process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
        else:  # just after the next article commits
            before = max(_articles(db), 0)
            limit = time.monotonic() + 120
            while process.poll() is None and _articles(db) <= before and time.monotonic() < limit:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.4))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            kills += 1
            if db.exists():
                _assert_partial(_snapshot(db), undisturbed)
            continue
        # The run finished before the kill: the round is complete and must be exact.
        assert process.returncode in (0, 1)
        assert _snapshot(db) == undisturbed
        rounds += 1
        db = tmp_path / f"round-{rounds}.db"
    final = subprocess.run(
        [*EVENTWIRE, "ingest", str(small_corpus), "--db", str(db), "--quiet"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert final.returncode in (0, 1), final.stderr[-2000:]
    assert _snapshot(db) == undisturbed
    print(f"{kills} kills survived over {rounds + 1} rounds of {total} articles")
