"""What every store backend offers: the `Store` protocol and the values it exchanges.

Commands, the Python API and exports are written against this protocol only, so a new
backend (DuckDB, a remote service) is one class. `SqlStore` implements it for SQLite and
PostgreSQL through SQLAlchemy Core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from eventwire.models import ArticleResult, Document, Event

StoreOutcome = Literal["stored", "duplicate"]


@dataclass(frozen=True)
class EventFilter:
    """The filters shared by ``eventwire events``, ``export`` and ``open(db).events()``.

    ``event_type`` matches the ACLED event type or sub-event type (case-insensitive);
    ``country`` is an ISO3 code or a country name (resolved before querying); ``near`` is
    ``(lat, lon)`` and needs ``radius_km``. Background events are left out unless
    ``include_background``.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    country: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    actor: str | None = None
    text: str | None = None
    min_killed: int | None = None
    include_background: bool = False
    limit: int | None = None


@dataclass(frozen=True)
class StoredEvent:
    """An event as stored: the record plus what the store knows about it."""

    event: Event
    sources: tuple[str, ...]
    """URLs (or input locations) of the articles the event came from."""
    ingested_at: str


@dataclass(frozen=True)
class Stats:
    """Counts for ``eventwire stats``: totals, then (key, count) pairs, largest first."""

    articles: int
    rejected: int
    events: int
    by_day: list[tuple[str, int]]
    by_type: list[tuple[str, int]]
    by_country: list[tuple[str, int]]
    top_actors: list[tuple[str, int]]


class Store(Protocol):
    """An event database: idempotent writes per article, filtered reads."""

    url: str

    def is_stored(self, raw_hash: str, canonical_url: str | None) -> bool:
        """True when this input (same raw content, or same canonical URL) is stored."""
        ...

    def add(
        self,
        document: Document,
        result: ArticleResult,
        *,
        source: tuple[str, str],
        raw_hash: str,
        canonical_url: str | None,
    ) -> StoreOutcome:
        """Store one article and its events in one transaction (all or nothing).

        ``source`` is ``(kind, location)``. Returns "duplicate" (and writes nothing) when
        the article, its canonical URL or its cleaned text is already stored.
        """
        ...

    def events(self, query: EventFilter) -> Iterator[StoredEvent]:
        """Stored events matching ``query``, by date (undated last), then id."""
        ...

    def stats(self, query: EventFilter, top: int = 10) -> Stats:
        """Counts of the events matching ``query``."""
        ...

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event or merged event with its sources and history (None if absent)."""
        ...

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article with its text and its events' ids (None if absent)."""
        ...

    def counts(self) -> dict[str, int]:
        """Row counts per table (for checks and summaries)."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
