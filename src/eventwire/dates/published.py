"""Read a document's publication date, in the formats feeds and scrapers actually produce.

The publication date anchors every relative date in the article, so a value that cannot be
read is an input error to report, not something to guess at.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, time

from eventwire.dates import patterns as p
from eventwire.errors import InputError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = r"(?:[T\s,]+(?:at\s+)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?"
_WRITTEN = (
    re.compile(
        rf"(?:{p.WEEKDAY}[,.]?\s+)?(?P<d>{p.DAY}){p.ORD}?\s+(?P<mon>{p.MONTH}),?\s+(?P<y>\d{{4}})"
        rf"{_CLOCK}.*",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:{p.WEEKDAY}[,.]?\s+)?(?P<mon>{p.MONTH})\s+(?P<d>{p.DAY}){p.ORD}?,?\s+(?P<y>\d{{4}})"
        rf"{_CLOCK}.*",
        re.IGNORECASE,
    ),
)


def parse_published(value: str | None) -> tuple[date | None, time | None]:
    """(date, time of day) of a publication date string; (None, None) when absent or blank.

    Accepts ISO 8601 dates and datetimes ("2023-12-09", "2023-12-09T10:31:00Z"), RFC 2822
    ("Sat, 09 Dec 2023 10:31:00 GMT") and written dates ("December 9, 2023", "9 Dec 2023
    10:31"). The date and time are those written, not converted to UTC: the date a
    newsroom put on the story is what its "yesterday" counts from. The time is naive.

    Raises InputError when the value is not a date.
    """
    if value is None or not value.strip():
        return None, None
    text = value.strip()
    try:
        if _ISO_DAY.fullmatch(text):
            return date.fromisoformat(text), None
        parsed = datetime.fromisoformat(text)
        return parsed.date(), parsed.time()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        return parsed.date(), parsed.time()
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in _WRITTEN:
        if (m := pattern.fullmatch(text)) is None:
            continue
        try:
            day = date(int(m["y"]), p.MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
        except (ValueError, KeyError):
            break
        clock = time(int(m["h"]), int(m["mi"]), int(m["s"] or 0)) if m["h"] else None
        return day, clock
    raise InputError(
        f"cannot read the publication date {value!r}: give an ISO 8601 date or datetime "
        "such as 2023-12-09 or 2023-12-09T10:31:00Z"
    )
