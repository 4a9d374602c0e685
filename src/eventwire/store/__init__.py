"""The event database: a `Store` protocol, with SQLite (default) and PostgreSQL behind it.

    >>> store = open_store("events.db")          # or "postgresql://user@host/db"
    >>> for item in store.events(EventFilter(country="Iraq")): ...

Nothing connects at import; `open_store` connects and applies missing migrations.
"""

from __future__ import annotations

from eventwire.store.engine import DEFAULT_DB, display_url, resolve_db_url
from eventwire.store.protocol import EventFilter, Stats, Store, StoredEvent
from eventwire.store.sql import SqlStore

__all__ = [
    "DEFAULT_DB",
    "EventFilter",
    "SqlStore",
    "Stats",
    "Store",
    "StoredEvent",
    "display_url",
    "open_store",
    "resolve_db_url",
]


def open_store(db: str | None = None) -> SqlStore:
    """Open (creating or upgrading) the database ``db``: a path or SQLAlchemy URL; None
    means ``$EVENTWIRE_DB`` or ``eventwire.db`` in the current directory."""
    return SqlStore.open(resolve_db_url(db))
