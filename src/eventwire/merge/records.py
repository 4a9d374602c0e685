"""What merging produces: a merged event with its sources, provenance and history.

The fused `Event` keeps the contract's shape unchanged (exports and the API read it like
any other record, with every article in ``article_ids``); what merging knows on top of it
(which reports support each field, every source's figures, what changed when) sits beside
it in `MergedEvent`, so the contract never grows merge-only fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field

from eventwire.models import Count, Event, Record


class SourceFigures(Record):
    """One report's casualty figures, as it gave them."""

    article_id: str
    published: dt.date | None = None
    killed: Count = Field(default_factory=Count)
    injured: Count = Field(default_factory=Count)


class Change(Record):
    """A field's value before and after one report was taken into account."""

    field: str
    before: Any = None
    after: Any = None


class HistoryEntry(Record):
    """What one report changed, dated by its publication: what was known when."""

    as_of: dt.date | None
    article_id: str
    changes: list[Change]


class MergedEvent(Record):
    """One real event and every report behind it."""

    id: str
    event: Event
    report_ids: list[str]
    """Per-article event ids merged here, in canonical (publication) order."""
    sources: list[list[str]]
    """Article ids grouped into independent sources (wire copies and reprints together)."""
    provenance: dict[str, list[str]]
    """For each fused field, the articles whose report supports the chosen value."""
    figures: list[SourceFigures]
    killed_lowest_reported: int | None = None
    """ACLED's rule: the lowest fatality figure any source reported."""
    history: list[HistoryEntry]

    @property
    def corroboration(self) -> int:
        """How many independent sources report the event."""
        return len(self.sources)
