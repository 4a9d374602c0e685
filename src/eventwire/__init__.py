"""eventwire: news reports of political violence and unrest in, evidenced event records out.

    >>> import eventwire
    >>> events = eventwire.extract(text, published="2023-12-09")

Importing this package loads nothing heavy; the spaCy model and gazetteer load when the
first pipeline is built (see `eventwire.pipeline.Pipeline`).
"""

from __future__ import annotations

from eventwire.api import Pipeline, extract
from eventwire.models import Article, Event, Rejected

__all__ = ["Article", "Event", "Pipeline", "Rejected", "extract"]
__version__ = "0.1.0"
