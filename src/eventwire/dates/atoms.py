"""`Atom`: one matched date, clock time or part of day, before neighbours are merged.

Shared by the date rules (`rules`) and the time-of-day rules (`clock`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from eventwire.models import DateBasis, DatePrecision

AtomKind = Literal["date", "time", "pod"]
Span = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Atom:
    """One matched expression before adjacent atoms are merged into a `DateMention`."""

    start: int
    end: int
    kind: AtomKind
    start_date: date | None = None
    end_date: date | None = None
    precision: DatePrecision = "unknown"
    basis: DateBasis = "unknown"
    time: str | None = None
    pod: str | None = None
    is_range: bool = False
    month_day: tuple[int, int] | None = None
    """(month, day) of a day written without a year, so a range can borrow its end's year."""
    year: int | None = None
    """The year as written, when one was."""
    twelve_hour: bool = False
    """A clock time like "8:30" that "in the evening" should move to 20:30."""


Rule = Callable[[re.Match[str], date | None], Atom | None]
_WINDOW = 40
"""How far back cue words ("around", "early", "in") are looked for."""


def before(pattern: re.Pattern[str], m: re.Match[str]) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) matched in the few characters just before ``m``."""
    return pattern.search(m.string, max(0, m.start() - _WINDOW), m.start())
