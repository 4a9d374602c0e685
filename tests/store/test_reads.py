"""Single-item reads and the data version, on real SQLite and real PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from eventwire.merge.store import merge_pending, rebuild
from eventwire.models import ArticleResult, Document
from eventwire.store import open_store
from eventwire.store.hashing import canonical_url, raw_hash
from eventwire.store.schema import FUSED_COLUMNS

Results = list[tuple[Document, ArticleResult]]
FUSED = [name for name, *_ in FUSED_COLUMNS]


def test_get_event_answers_reports_and_merged_events_with_their_sources(
    db_url: str, sample: Results
) -> None:
    store = open_store(db_url)
    for document, result in sample:
        store.add(document, result, source=("file", "golden"), raw_hash=raw_hash(document),
                  canonical_url=canonical_url(document))  # fmt: skip
    document, result = next((d, r) for d, r in sample if r.events)
    event = result.events[0]
    before = store.get_event(event.id)
    assert before is not None
    assert before["event"]["id"] == event.id and before["merged"] is None
    assert before["reports"] == [event.id]
    assert [s["article_id"] for s in before["sources"]] == [result.article_id]
    merge_pending(store)
    after = store.get_event(event.id)
    assert after is not None and after["merged"] is not None
    merged_id = after["merged"]["id"]
    merged = store.get_event(merged_id)
    assert merged is not None
    assert merged["event"]["id"] == merged_id and event.id in merged["reports"]
    assert result.article_id in {s["article_id"] for s in merged["sources"]}
    assert store.get_event("evt_missing") is None
    article = store.get_article(result.article_id)
    assert article is not None and event.id in article["event_ids"]
    assert article["text"] == (result.article.text if result.article else None)
    assert store.get_article("no/such/article") is None
    store.close()


def test_data_version_changes_when_any_connection_commits(db_url: str, sample: Results) -> None:
    reader = open_store(db_url)
    first = reader.data_version()
    assert reader.data_version() == first  # reading changes nothing
    writer = open_store(db_url)  # a second store: as another process would write
    document, result = sample[0]
    writer.add(document, result, source=("file", "golden"), raw_hash=raw_hash(document),
               canonical_url=canonical_url(document))  # fmt: skip
    writer.close()
    second = reader.data_version()
    assert second != first
    assert reader.data_version() == second or db_url.startswith("postgresql")
    reader.close()


def test_fused_columns_follow_each_merged_record(db_url: str, sample: Results) -> None:
    """Migration 6's triggers: the fused event's JSON, place and type sit beside every
    merged event's record however it was written (incremental merge or rebuild)."""
    store = open_store(db_url)
    for document, result in sample:
        store.add(document, result, source=("file", "golden"), raw_hash=raw_hash(document),
                  canonical_url=canonical_url(document))  # fmt: skip
    for merge in (merge_pending, rebuild):
        merge(store)
        with store.engine.connect() as connection:
            columns: list[sa.ColumnClause[Any]] = [sa.column(name) for name in ("record", *FUSED)]
            rows = connection.execute(
                sa.select(*columns).select_from(sa.table("merged_events"))
            ).all()
        assert rows
        for row in rows:
            event = json.loads(row.record)["event"]
            assert json.loads(row.event_json) == event
            assert (row.lat, row.lon) == (event["location"]["lat"], event["location"]["lon"])
            assert (row.event_type, row.sub_event_type) == (
                event["acled"]["event_type"], event["acled"]["sub_event_type"]
            )  # fmt: skip
            assert row.country == event["location"]["country"]
    store.close()
