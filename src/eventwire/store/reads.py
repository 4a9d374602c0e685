"""Single-item reads: one event (or merged event) with its sources and history, one
article with its text. JSON-ready dicts, as the API returns them; records are the stored
JSON, parsed once.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from eventwire.store.schema import (
    articles,
    event_articles,
    events,
    merge_members,
    merged_events,
    sources,
)


def get_event(engine: sa.Engine, event_id: str) -> dict[str, Any] | None:
    """One event with everything known about it, or None when no event has this id.

    ``event_id`` is a per-article event (``evt_...``) or a merged event (``mrg_...``, as
    the merged view of the API lists them). Either way: ``event`` (the record, evidence
    included; for a merged event its fused record), ``merged`` (the `MergedEvent` it is or
    belongs to, or None before merging), ``history`` (what each report changed in it),
    ``reports`` (the per-article event ids merged in it, or just this one), ``sources``
    (every article behind it, oldest first) and ``ingested_at``.
    """
    with engine.connect() as connection:
        row = connection.execute(
            sa.select(events.c.record, events.c.ingested_at).where(events.c.id == event_id)
        ).first()
        if row is not None:
            record, ingested_at = json.loads(row.record), row.ingested_at
            merged = connection.execute(
                sa.select(merged_events.c.record)
                .join(merge_members, merge_members.c.merged_id == merged_events.c.id)
                .where(merge_members.c.event_id == event_id)
            ).scalar_one_or_none()
            merged_record = json.loads(merged) if merged is not None else None
        else:
            found = connection.execute(
                sa.select(merged_events.c.record, merged_events.c.updated_at).where(
                    merged_events.c.id == event_id
                )
            ).first()
            if found is None:
                return None
            merged_record = json.loads(found.record)
            record, ingested_at = merged_record["event"], found.updated_at
        # Every article behind the event: the merged event's, and the report's own.
        own = sa.select(event_articles.c.article_id).where(event_articles.c.event_id == event_id)
        article_ids = set(connection.execute(own).scalars())
        article_ids.update(record.get("article_ids", []))
        if merged_record:
            article_ids.update(a for group in merged_record.get("sources", []) for a in group)
        linked = connection.execute(
            sa.select(
                articles.c.id,
                articles.c.title,
                articles.c.url,
                articles.c.published,
                articles.c.ingested_at,
            )
            .where(articles.c.id.in_(sorted(article_ids)))
            .order_by(articles.c.published, articles.c.ingested_at, articles.c.id)
        ).all()
    return {
        "event": record,
        "ingested_at": ingested_at,
        "merged": merged_record,
        "history": merged_record.get("history", []) if merged_record else [],
        "reports": merged_record["report_ids"] if merged_record else [event_id],
        "sources": [
            {
                "article_id": a.id,
                "title": a.title,
                "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "ingested_at": a.ingested_at,
            }
            for a in linked
        ],
    }


def get_article(engine: sa.Engine, article_id: str) -> dict[str, Any] | None:
    """A stored article (cleaned text, the target of evidence offsets) and its events."""
    with engine.connect() as connection:
        row = connection.execute(
            sa.select(articles, sources.c.kind, sources.c.location)
            .outerjoin(sources, sources.c.id == articles.c.source_id)
            .where(articles.c.id == article_id)
        ).first()
        if row is None:
            return None
        event_ids = connection.execute(
            sa.select(event_articles.c.event_id)
            .where(event_articles.c.article_id == article_id)
            .order_by(event_articles.c.event_id)
        ).scalars()
        ids = list(event_ids)
    return {
        "id": row.id,
        "title": row.title,
        "url": row.url,
        "canonical_url": row.canonical_url,
        "published": row.published.isoformat() if row.published else None,
        "text": row.text,
        "rejection_reason": row.rejection_reason,
        "ingested_at": row.ingested_at,
        "source": {"kind": row.kind, "location": row.location} if row.kind else None,
        "event_ids": ids,
    }
