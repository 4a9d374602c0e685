"""One watch cycle: poll due sources, store and merge what is new, alert on what matters.

Only merged events touched this cycle are evaluated (plus those whose delivery failed
before), so a cycle costs what arrived, not the size of the store. Storing goes through
the same idempotent path as ``eventwire ingest`` (skip what is stored, one transaction per
article, merge it at once), so a watch and an ingest can share a database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlalchemy as sa

from eventwire.alert import state
from eventwire.alert.config import Rule, WatchConfig
from eventwire.alert.notify import Alert, DeliveryError, Send, make_sender
from eventwire.alert.poll import Poller
from eventwire.alert.rules import describe_changes, encode, fingerprint, matches
from eventwire.merge.records import MergedEvent
from eventwire.merge.store import merge_article
from eventwire.models import Document
from eventwire.store.hashing import canonical_url, raw_hash
from eventwire.store.schema import articles, merged_events
from eventwire.store.sql import SqlStore

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

logger = logging.getLogger("eventwire.alert")

MAX_DELIVERY_CYCLES = 5
"""Cycles a failed delivery is tried again before it is left recorded as failed."""


@dataclass
class CycleSummary:
    """What one cycle did (printed as a JSON line by ``eventwire watch``)."""

    polled: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    stored: int = 0
    skipped: int = 0
    rejected: int = 0
    evaluated: int = 0
    sent: int = 0
    updates: int = 0
    failed: int = 0


class Watch:
    """A configured watch over one store; call `cycle` as often as you like."""

    def __init__(
        self,
        config: WatchConfig,
        store: SqlStore,
        pipeline: Callable[[], Pipeline],
        *,
        poller: Poller | None = None,
        senders: dict[str, Send] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self._load_pipeline = pipeline
        self._pipeline: Pipeline | None = None
        self.poller = poller or Poller(
            config.sources, politeness=config.politeness, max_backoff=config.max_backoff
        )
        self.senders = senders or {
            name: make_sender(notifier) for name, notifier in config.notifiers.items()
        }

    def cycle(self, *, force: bool = False) -> CycleSummary:
        """Poll what is due (everything when ``force``), store, merge, alert."""
        summary = CycleSummary()
        touched: set[str] = set()
        for result in self.poller.poll_due(force=force):
            summary.polled += 1
            if result.error:
                summary.errors.append(result.error)
                logger.warning("%s", result.error)
                continue
            summary.unchanged += result.not_modified
            for item in result.items:
                if isinstance(item, Document):
                    touched.update(m.id for m in self._store(item, result.source.url, summary))
                else:
                    summary.rejected += 1
        retry = state.failed_ids(self.store)
        for merged in self._merged(touched | retry):
            summary.evaluated += 1
            for rule in self.config.rules:
                if matches(rule, merged):
                    self._alert(rule, merged, summary)
        return summary

    def _store(self, document: Document, location: str, summary: CycleSummary) -> list[MergedEvent]:
        digest, canonical = raw_hash(document), canonical_url(document)
        found = self.store.lookup(document.id, digest, canonical)
        if found == "stored":
            summary.skipped += 1
            return []
        if found == "id_taken":
            document = document.model_copy(update={"id": f"{document.id}#{digest[:10]}"})
        if self._pipeline is None:
            self._pipeline = self._load_pipeline()
        result = next(iter(self._pipeline.process_many([document])))
        outcome = self.store.add(
            document, result, source=("feed", location), raw_hash=digest, canonical_url=canonical
        )
        if outcome == "duplicate":
            summary.skipped += 1
            return []
        if result.rejected is not None:
            summary.rejected += 1
            return []
        summary.stored += 1
        return merge_article(self.store, result.article_id) if result.events else []

    def _merged(self, ids: set[str]) -> list[MergedEvent]:
        if not ids:
            return []
        with self.store.engine.connect() as connection:
            rows = connection.execute(
                sa.select(merged_events.c.record)
                .where(merged_events.c.id.in_(sorted(ids)))
                .order_by(merged_events.c.id)
            )
            return [MergedEvent.model_validate_json(row[0]) for row in rows]

    def _alert(self, rule: Rule, merged: MergedEvent, summary: CycleSummary) -> None:
        facts = fingerprint(merged)
        current = encode(facts)
        for name in rule.notifiers:
            sent = state.lookup(self.store, rule.name, name, merged)
            if (
                sent is not None
                and sent.status == "failed"
                and sent.attempts >= MAX_DELIVERY_CYCLES
            ):
                continue  # given up on: recorded as failed, not retried forever
            previous = sent.fingerprint if sent is not None and sent.fingerprint else None
            if previous == current:
                continue
            changes = describe_changes(_decode(previous), facts) if previous else []
            alert = self._message(rule, merged, changes)
            attempts = sent.attempts + 1 if sent is not None and sent.status == "failed" else 1
            old_id = sent.merged_id if sent is not None else None
            try:
                self.senders[name](alert)
            except DeliveryError as exc:
                summary.failed += 1
                summary.errors.append(str(exc))
                logger.warning("%s", exc)
                state.record(
                    self.store,
                    rule.name,
                    name,
                    merged.id,
                    old_id,
                    previous or "",
                    "failed",
                    attempts,
                )
                continue
            summary.sent += 1
            summary.updates += bool(changes)
            state.record(self.store, rule.name, name, merged.id, old_id, current, "sent", 0)

    def _message(self, rule: Rule, merged: MergedEvent, changes: list[str]) -> Alert:
        event = merged.event
        with self.store.engine.connect() as connection:
            urls = [
                row[0] or row[1]
                for row in connection.execute(
                    sa.select(articles.c.url, articles.c.id)
                    .where(articles.c.id.in_(event.article_ids))
                    .order_by(articles.c.published, articles.c.id)
                )
            ]
        return Alert(
            rule=rule.name,
            kind="update" if changes else "new",
            event_id=merged.id,
            summary=event.summary,
            type=f"{event.acled.event_type} / {event.acled.sub_event_type}",
            place=event.location.name,
            date=event.date.start.isoformat() if event.date.start else None,
            killed=event.casualties.killed.best,
            injured=event.casualties.injured.best,
            sources=urls,
            link=f"{self.config.dashboard_url}/events/{quote(event.id, safe='')}",
            changes=changes,
        )


def _decode(stored: str) -> dict[str, object]:
    import json

    value = json.loads(stored)
    return value if isinstance(value, dict) else {}
