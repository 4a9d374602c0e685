"""Merges kept in a real SQLite store: ingest-time incremental merging equals the
in-memory merger, `eventwire merge --rebuild` re-derives the same merged events, and the
command runs end to end."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import eventwire.cli.main  # noqa: F401 - registers every command
from eventwire.cli.app import app
from eventwire.merge import Merger
from eventwire.merge.store import merge_article, merge_pending, rebuild, stored_merged_events
from eventwire.store import open_store
from eventwire.store.hashing import canonical_url, raw_hash
from eventwire.store.sql import SqlStore
from merge.helpers import ExtractedReport

_GROUPS = {"baghdad-market-2024-08", "wire-copies-damascus-2024-12", "beni-adf-2024-05"}


def _subset(extracted: list[ExtractedReport]) -> list[ExtractedReport]:
    return [r for r in extracted if r.cluster in _GROUPS or r.near_miss_of in _GROUPS]


def _store(
    store: SqlStore, reports: list[ExtractedReport], *, merge_each: bool
) -> list[ExtractedReport]:
    """Store (and merge) ``reports``; returns those stored (the store drops a second copy
    of identical text as a duplicate: a wire copy reprinted word for word)."""
    stored = []
    for report in reports:
        document = report.document
        outcome = store.add(
            document,
            report.result,
            source=("file", f"/fixtures/{document.id}"),
            raw_hash=raw_hash(document),
            canonical_url=canonical_url(document),
        )
        if outcome == "stored":
            stored.append(report)
        if merge_each:
            merge_article(store, document.id)
    return stored


def _in_memory(reports: list[ExtractedReport]) -> list[list[str]]:
    merger = Merger()
    for report in reports:
        merger.add_article(report.article, report.result.events)
    return merger.clusters()


def _clusters(store: SqlStore) -> list[list[str]]:
    return sorted(sorted(m.report_ids) for m in stored_merged_events(store))


def test_incremental_store_merges_equal_memory_and_rebuild(
    extracted: list[ExtractedReport], tmp_path: Path
) -> None:
    reports = _subset(extracted)
    store = open_store(str(tmp_path / "events.db"))
    try:
        stored = _store(store, list(reversed(reports)), merge_each=True)
        assert len(stored) == len(reports) - 1  # dam1-a and dam1-b: word-for-word copies
        incremental = stored_merged_events(store)
        assert _clusters(store) == _in_memory(stored)
        assert merge_pending(store).articles == 0
        summary = rebuild(store)
        assert summary.merged_events == len(incremental)
        rebuilt = stored_merged_events(store)
        assert [m.model_dump(exclude={"event"}) for m in rebuilt] == [
            m.model_dump(exclude={"event"}) for m in incremental
        ]
    finally:
        store.close()


def test_merge_command_rebuilds(extracted: list[ExtractedReport], tmp_path: Path) -> None:
    db = str(tmp_path / "events.db")
    store = open_store(db)
    try:
        stored = _store(store, _subset(extracted), merge_each=False)
    finally:
        store.close()
    runner = CliRunner()
    pending = runner.invoke(app, ["merge", "--db", db])
    assert pending.exit_code == 0, pending.output
    rebuilt = runner.invoke(app, ["merge", "--rebuild", "--db", db])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert '"merged_events": ' in rebuilt.output
    store = open_store(db)
    try:
        assert _clusters(store) == _in_memory(stored)
    finally:
        store.close()
