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

_NAME = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_NAME}(?:,[ \t]*{_NAME})?)"
    r"(?:[ \t]*,[ \t]*(?P<date>[^()\n\-–—:]{1,40}?))?"
    r"[ \t]*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?"
    r"[ \t]*(?:-{1,2}|–|—|:)(?:\s|$)",
    re.MULTILINE,
)
_SEARCH_CHARS = 600


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
            found = find_date_mentions(m["date"], published, offset=m.start("date"))
            mention = found[0] if found and found[0].precision != "unknown" else None
            if mention is None:
                continue
        if m["agency"] or mention or (len(place) >= 3 and place.split(",")[0].isupper()):
            return place, mention
    return None, None
