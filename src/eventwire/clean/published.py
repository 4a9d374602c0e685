"""Parse the ``published`` value of a document into a date and an optional time.

Publication dates anchor relative dates in the text ("on Friday", "last week"), so a wrong
date is worse than none: only unambiguous, machine-written formats are accepted here, and
anything else is reported instead of guessed at.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from eventwire.errors import InputError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RFC_2822_HINT = re.compile(
    r"[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}|\d{1,2}\s+[A-Za-z]{3}\s+\d{4}"
)


def parse_published(value: str | None) -> tuple[dt.date | None, dt.time | None]:
    """Return ``(date, time)`` for a ``published`` string; ``(None, None)`` when it is blank.

    Accepted: ``YYYY-MM-DD``; ISO 8601 datetimes (``2023-12-09T10:31:00Z``, with an offset
    or a space instead of ``T``); RFC 2822 (``Sat, 09 Dec 2023 10:31:00 GMT``, as in RSS).
    The date is the calendar date *as written* (the publisher's local date), not converted
    to UTC, because that is the date a reporter's "yesterday" counts from. The time keeps
    its UTC offset (``tzinfo``) when the value had one, and is None for a bare date.

    Raises `InputError` for anything else, so the caller decides whether to reject the
    document or keep it without a date.
    """
    if value is None or not value.strip():
        return None, None
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text), None
        except ValueError:
            raise _not_a_date(value) from None
    if _ISO_DATE.match(text):
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            raise _not_a_date(value) from None
        return moment.date(), moment.timetz()
    if _RFC_2822_HINT.search(text):
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            raise _not_a_date(value) from None
        return moment.date(), moment.timetz()
    raise _not_a_date(value)


def _not_a_date(value: str) -> InputError:
    """The one message every unparseable value gets, naming the formats that work."""
    shown = value if len(value) <= 60 else value[:57] + "..."
    return InputError(f"published date {shown!r} is not a date: use YYYY-MM-DD or ISO 8601")
