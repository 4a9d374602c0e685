"""Wire-service datelines: "BAGHDAD, Dec 8 (Reuters) -", "KABUL (AP) —", "Mogadishu, 12 March –".

The dateline names where the story was filed and often the day, which is the best single
clue to where and when an unnamed "Friday" happened. Only the first few lines are searched,
and a line only counts as a dateline when it shows an agency, a date or an all-capitals place
before the dash, so an ordinary sentence with a dash is not taken for one.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.dates.mentions import DateMention, find_date_mentions
from eventwire.dates.patterns import MONTHS

_NAME = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_NAME}(?:,[ \t]*{_NAME})?)"
    r"(?:[ \t]*\((?P<region>[A-Z][\w .'’-]{1,30})\))?"
    r"(?:[ \t]*,[ \t]*(?P<date>[^()\n\-–—:]{1,40}?))?"
    r"[ \t]*(?:[(\[](?P<agency>[A-Za-z][\w .&/'-]{0,60}(?:\[[\w .&/-]{1,20}\])?)\))?"
    r"(?:[ \t]*\n)?[ \t]*(?:-{1,2}|–|—|:)(?:\s|$)",
    re.MULTILINE,
)
_SEARCH_CHARS = 600
_SHORT_YEAR = re.compile(
    r"^\s*(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{2})\s*$"
    r"|^\s*(?P<mon2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{2})\s*$"
)


def _short_year(text: str, offset: int, published: date | None) -> DateMention | None:
    """ "3 JAN 90" (MUC/FBIS datelines): a two-digit year, put in the century that brings
    it closest to the publication date (without one: 50-99 -> 1900s, 00-49 -> 2000s)."""
    m = _SHORT_YEAR.match(text)
    month = MONTHS.get(((m["mon"] or m["mon2"]) if m else "").lower().rstrip("."))
    if m is None or month is None:
        return None
    short = int(m["y"] or m["y2"])
    if published is not None:
        year = min((c + short for c in (1900, 2000, 2100)), key=lambda y: abs(y - published.year))
    else:
        year = 1900 + short if short >= 50 else 2000 + short
    try:
        day = date(year, month, int(m["d"] or m["d2"]))
    except ValueError:
        return None
    start = offset + len(text) - len(text.lstrip())
    end = offset + len(text.rstrip())
    return DateMention(
        text.strip(), start, end, day, day, "day", "explicit", time=None, part_of_day=None
    )


def find_dateline(
    text: str, published: date | None = None
) -> tuple[str | None, DateMention | None]:
    """(place, date mention) of the article's dateline, or (None, None) when it has none.

    ``published`` anchors a date without a year ("Dec 8"); offsets index into ``text``.
    """
    for m in _DATELINE.finditer(text, 0, min(len(text), _SEARCH_CHARS)):
        place = m["place"]
        mention = None
        if m["date"]:
            mention = _short_year(m["date"], m.start("date"), published)
            found = [] if mention else find_date_mentions(m["date"], published, m.start("date"))
            if found and found[0].precision != "unknown":
                mention = found[0]
            if mention is None:
                continue
        upper = len(place) >= 3 and place.split(",")[0].isupper()
        if m["agency"] or m["region"] or mention or upper:
            return place, mention
    return None, None
