"""Merges kept in the event database, beside the per-article events they are made of.

Tables (migration 3 of `eventwire.store.schema`): ``merged_events`` (the `MergedEvent`
JSON plus a few filter columns), ``merge_members`` (per-article event -> its component and
merged event) and ``merge_keys`` (the candidate keys of `eventwire.merge.index`, indexed).

`merge_article` is the incremental path: the new article's events look up their keys in
``merge_keys`` (an index seek, never a scan), are compared with the few reports found,
and only the components they join are re-clustered and rewritten, in one transaction.
`rebuild` forgets every merge and re-derives them all from the stored per-article events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa

from eventwire.merge.cluster import cluster
from eventwire.merge.compare import compare
from eventwire.merge.fuse import fuse
from eventwire.merge.index import filed_keys, probe_keys
from eventwire.merge.merger import Merger
from eventwire.merge.records import MergedEvent
from eventwire.merge.report import Report, to_report
from eventwire.merge.sources import ArticleInfo, SourceMark, mark
from eventwire.models import Event
from eventwire.store.engine import WRITE_OPTION
from eventwire.store.schema import (
    articles,
    event_articles,
    events,
    merge_keys,
    merge_members,
    merged_events,
)
from eventwire.store.sql import SqlStore

_CHUNK = 500


@dataclass
class MergeSummary:
    """What a merge run did (printed by ``eventwire merge``)."""

    articles: int = 0
    events: int = 0
    merged_events: int = 0
    seconds: float = 0.0


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@contextmanager
def _writing(store: SqlStore) -> Iterator[sa.Connection]:
    with store.engine.connect() as raw:
        connection = raw.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            yield connection


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class _Loader:
    """Reports and source marks read from the store, each once per transaction."""

    def __init__(self, connection: sa.Connection) -> None:
        self.connection = connection
        self.reports: dict[str, Report] = {}
        self.marks: dict[str, SourceMark] = {}

    def load(self, event_ids: Iterable[str]) -> list[Report]:
        wanted = sorted({i for i in event_ids if i not in self.reports})
        for chunk in _chunks(wanted):
            rows = self.connection.execute(
                sa.select(
                    events.c.id,
                    events.c.record,
                    articles.c.id.label("article_id"),
                    articles.c.published,
                    articles.c.text,
                    articles.c.url,
                )
                .join(event_articles, event_articles.c.event_id == events.c.id)
                .join(articles, articles.c.id == event_articles.c.article_id)
                .where(events.c.id.in_(chunk))
            )
            for row in rows:
                article = ArticleInfo(row.article_id, row.published, row.text, row.url)
                event = Event.model_validate_json(row.record)
                self.reports[row.id] = to_report(event, article.id, article.published, row.text)
                self.marks.setdefault(article.id, mark(article))
        return [self.reports[i] for i in event_ids if i in self.reports]


def merge_article(store: SqlStore, article_id: str) -> list[MergedEvent]:
    """Merge the stored events of ``article_id`` (those not merged yet); returns the merged
    events written."""
    with _writing(store) as connection:
        return _merge_article(connection, article_id)


def _merge_article(connection: sa.Connection, article_id: str) -> list[MergedEvent]:
    loader = _Loader(connection)
    new_ids = [
        row[0]
        for row in connection.execute(
            sa.select(event_articles.c.event_id)
            .outerjoin(merge_members, merge_members.c.event_id == event_articles.c.event_id)
            .where(event_articles.c.article_id == article_id, merge_members.c.event_id.is_(None))
            .order_by(event_articles.c.event_id)
        )
    ]
    touched: set[str] = set()
    for report in loader.load(new_ids):
        keys = sorted(set(probe_keys(report)))
        found: set[str] = set()
        for start in range(0, len(keys), _CHUNK):
            found.update(
                row[0]
                for row in connection.execute(
                    sa.select(merge_keys.c.event_id)
                    .where(merge_keys.c.key.in_(keys[start : start + _CHUNK]))
                    .distinct()
                )
            )
        matched = [c.event_id for c in loader.load(sorted(found)) if compare(report, c).same]
        components = _components_of(connection, matched)
        target = min([*components, report.event_id])
        if components - {target}:
            connection.execute(
                sa.update(merge_members)
                .where(merge_members.c.component.in_(sorted(components - {target})))
                .values(component=target)
            )
            connection.execute(
                sa.delete(merged_events).where(
                    merged_events.c.component.in_(sorted(components - {target}))
                )
            )
            touched -= components
        touched.add(target)
        connection.execute(
            sa.insert(merge_members).values(
                event_id=report.event_id, component=target, merged_id=report.event_id
            )
        )
        rows = [{"key": k, "event_id": report.event_id} for k in sorted(set(filed_keys(report)))]
        if rows:
            connection.execute(sa.insert(merge_keys), rows)
    written: list[MergedEvent] = []
    for component in sorted(touched):
        members = [
            row[0]
            for row in connection.execute(
                sa.select(merge_members.c.event_id).where(merge_members.c.component == component)
            )
        ]
        groups = cluster(loader.load(members))
        merged = [fuse(group, loader.marks) for group in groups]
        connection.execute(sa.delete(merged_events).where(merged_events.c.component == component))
        _write(connection, component, merged)
        written.extend(merged)
    return written


def _components_of(connection: sa.Connection, event_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(event_ids)):
        found.update(
            row[0]
            for row in connection.execute(
                sa.select(merge_members.c.component).where(merge_members.c.event_id.in_(chunk))
            )
        )
    return found


def _write(connection: sa.Connection, component: str, merged: list[MergedEvent]) -> None:
    if not merged:
        return
    now = _now()
    connection.execute(
        sa.insert(merged_events),
        [
            {
                "id": m.id,
                "component": component,
                "record": m.model_dump_json(),
                "date_start": m.event.date.start,
                "country_iso3": m.event.location.country_iso3,
                "killed_best": m.event.casualties.killed.best,
                "sources": m.corroboration,
                "updated_at": now,
            }
            for m in merged
        ],
    )
    for m in merged:
        for chunk in _chunks(m.report_ids):
            connection.execute(
                sa.update(merge_members)
                .where(merge_members.c.event_id.in_(chunk))
                .values(merged_id=m.id, component=component)
            )


def merge_pending(store: SqlStore) -> MergeSummary:
    """Merge every stored article whose events are not merged yet, oldest first."""
    summary = MergeSummary()
    with store.engine.connect() as connection:
        pending = [
            row[0]
            for row in connection.execute(
                sa.select(event_articles.c.article_id)
                .outerjoin(merge_members, merge_members.c.event_id == event_articles.c.event_id)
                .where(merge_members.c.event_id.is_(None))
                .distinct()
                .order_by(event_articles.c.article_id)
            )
        ]
    for article_id in pending:
        summary.articles += 1
        summary.merged_events += len(merge_article(store, article_id))
    return summary


def rebuild(store: SqlStore) -> MergeSummary:
    """Forget all merges and derive them again from the stored per-article events."""
    summary = MergeSummary()
    merger = Merger()
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(
                articles.c.id,
                articles.c.published,
                articles.c.text,
                articles.c.url,
                events.c.record,
            )
            .join(event_articles, event_articles.c.article_id == articles.c.id)
            .join(events, events.c.id == event_articles.c.event_id)
            .order_by(articles.c.id, events.c.id)
        )
        current: ArticleInfo | None = None
        batch: list[Event] = []
        for row in rows:
            if current is None or current.id != row.id:
                if current is not None:
                    merger.add_article(current, batch)
                    summary.articles += 1
                current, batch = ArticleInfo(row.id, row.published, row.text, row.url), []
            batch.append(Event.model_validate_json(row.record))
            summary.events += 1
        if current is not None:
            merger.add_article(current, batch)
            summary.articles += 1
    with _writing(store) as connection:
        for table in (merged_events, merge_members, merge_keys):
            connection.execute(sa.delete(table))
        member_rows = [
            {"event_id": i, "component": merger.component_of(i), "merged_id": i}
            for i in sorted(merger.reports)
        ]
        for start in range(0, len(member_rows), _CHUNK):
            connection.execute(sa.insert(merge_members), member_rows[start : start + _CHUNK])
        key_rows = [
            {"key": k, "event_id": r.event_id}
            for r in merger.reports.values()
            for k in sorted(set(filed_keys(r)))
        ]
        for start in range(0, len(key_rows), _CHUNK * 10):
            connection.execute(sa.insert(merge_keys), key_rows[start : start + _CHUNK * 10])
        by_component: dict[str, list[MergedEvent]] = {}
        for merged in merger.merged_events():
            by_component.setdefault(merger.component_of(merged.report_ids[0]), []).append(merged)
        for component, items in sorted(by_component.items()):
            _write(connection, component, items)
            summary.merged_events += len(items)
    return summary


def stored_merged_events(store: SqlStore) -> list[MergedEvent]:
    """Every merged event in the store, by id."""
    with store.engine.connect() as connection:
        return [
            MergedEvent.model_validate_json(row[0])
            for row in connection.execute(
                sa.select(merged_events.c.record).order_by(merged_events.c.id)
            )
        ]
