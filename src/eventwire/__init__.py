"""eventwire: news reports of political violence and unrest in, evidenced event records out.

    >>> import eventwire
    >>> events = eventwire.extract(text, published="2023-12-09")

Importing this package loads nothing heavy; the spaCy model and gazetteer load when the
first pipeline is built (see `eventwire.pipeline.Pipeline`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.api import Pipeline, extract
from eventwire.models import Article, Event, Rejected

if TYPE_CHECKING:
    from eventwire.query import EventDatabase

__all__ = ["Article", "Event", "Pipeline", "Rejected", "extract", "open"]
__version__ = "0.1.0"


def open(db: str | None = None) -> EventDatabase:
    """Open a stored event database: ``eventwire.open("events.db").events(country="Iraq")``.

    ``db`` is a SQLite path or a SQLAlchemy URL (``postgresql://...``); None means
    ``$EVENTWIRE_DB`` or ``eventwire.db``. SQLAlchemy and pandas load on this call only.
    """
    from eventwire.query import open_database

    return open_database(db)
