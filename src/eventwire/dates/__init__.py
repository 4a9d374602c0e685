"""Dates in news text: find date and time expressions and resolve an event's date.

Everything is anchored to the publication date, never to the clock of the machine running
eventwire, so results are reproducible and an article from 2014 is dated in 2014.
"""

from __future__ import annotations

from eventwire.dates.dateline import find_dateline
from eventwire.dates.mentions import DateMention, find_date_mentions
from eventwire.dates.published import parse_published
from eventwire.dates.resolve import is_historic, is_state_start, resolve_event_date

__all__ = [
    "DateMention",
    "find_date_mentions",
    "find_dateline",
    "is_historic",
    "is_state_start",
    "parse_published",
    "resolve_event_date",
]
