"""Calendar arithmetic for anchoring partial and relative dates to a publication date.

News reports describe the past, so every helper here that has to choose between several
possible calendar dates ("Friday", "Dec. 8", "mid-October") chooses the most recent one that
does not lie after the reference date. Keeping that rule in one place is what makes the
"no future dates" guarantee of `find_date_mentions` hold.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Literal

Part = Literal["early", "mid", "late"]

# Thirds of a month: early = 1-10, mid = 11-20, late = 21-end. A documented, symmetric rule
# is easier to reason about (and to evaluate) than fuzzy weights.
_MONTH_PART_DAYS: dict[Part, tuple[int, int]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
}
# Thirds of a year, by month: early = Jan-Apr, mid = May-Aug, late = Sep-Dec.
_YEAR_PART_MONTHS: dict[Part, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}

# How far back to look for a month-day that exists (29 February) before giving up.
_MAX_YEARS_BACK = 8


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by ``n`` months (negative goes back)."""
    y, m0 = divmod(year * 12 + month - 1 + n, 12)
    return y, m0 + 1


def weekday_on_or_before(ref: date, weekday: int) -> date:
    """Most recent date with ``weekday`` (Monday=0) on or before ``ref``."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the calendar week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def recent_month_day(ref: date, month: int, day: int, ahead: int = 0) -> date | None:
    """Most recent ``month``/``day`` not more than ``ahead`` days after ``ref``; None when
    no such date exists."""
    limit = ref + timedelta(days=ahead)
    for year in range(limit.year, limit.year - _MAX_YEARS_BACK, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate
    return None


def month_span(year: int, month: int, part: Part | None = None) -> tuple[date, date]:
    """First and last day of a month, or of its early/mid/late third."""
    last = month_end(year, month)
    if part is None:
        return date(year, month, 1), last
    lo, hi = _MONTH_PART_DAYS[part]
    return date(year, month, lo), date(year, month, min(hi, last.day))


def year_span(year: int, part: Part | None = None) -> tuple[date, date]:
    """First and last day of a year, or of its early/mid/late third."""
    if part is None:
        return date(year, 1, 1), date(year, 12, 31)
    lo, hi = _YEAR_PART_MONTHS[part]
    return date(year, lo, 1), month_end(year, hi)


def recent_month_span(
    ref: date, month: int, part: Part | None = None, *, strictly_before: bool = False
) -> tuple[date, date]:
    """Span of the most recent ``month`` (or third of it) that has begun by ``ref``.

    ``strictly_before`` is for "last March" written in March: the previous year's March.
    """
    year = ref.year
    if month_span(year, month, part)[0] > ref or (strictly_before and month == ref.month):
        year -= 1
    return month_span(year, month, part)


def cap(span: tuple[date, date], ref: date) -> tuple[date, date]:
    """Clip the end of a span to ``ref``: what has not happened yet cannot be reported."""
    start, end = span
    return start, min(end, ref)
