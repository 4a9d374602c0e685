"""Dates that say when something was *said*, not when it happened.

"The army said on Saturday", "IT WAS OFFICIALLY REPORTED TODAY THAT ON 10 MARCH ...": the
first date is the statement's, and an event dated by it would be a day or more late.
A date counts as a reporting date when a reporting verb stands just before it (a few
words at most) or right after it ("sources today reported"), in any letter case.
"""

from __future__ import annotations

import re

from eventwire.dates.mentions import DateMention

_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|report|confirmed|added|stated|statement|tweeted"
    r"|posted|briefing|conference|disclosed|revealed|indicated|noted|declared|denied"
    r"|explained|asserted|claimed|learned|broadcast|published|condemned|denounced|deplored"
    r"|repudiated)\b"
    r"(?:\s+(?!(?:that|which|when|where|after|before|following|during|how)\b)[\w,]+){0,3}?"
    r"\s+(?:on\s+|late\s+|early\s+|this\s+|at\s+)?$",
    re.IGNORECASE,
)
# The statement verb right after the date: "military sources today reported that ...",
# "the group on Friday claimed ...", "Cristiani today said ..." (news and FBIS style).
_REPORTING_AFTER = re.compile(
    r",?\s+(?:said|say|says|told|announced|reported|confirmed|stated|disclosed|revealed"
    r"|indicated|noted|declared|denied|explained|asserted|claimed|condemned|denounced|deplored"
    r"|charged|accused|warned|urged|called\s+for|rejected|repudiated|demanded|acknowledged"
    r"|admitted)\b",
    re.IGNORECASE,
)
_WINDOW = 60
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)


def is_reporting_date(text: str, mention: DateMention, offset: int = 0) -> bool:
    """True when ``mention`` (offsets = ``offset`` + index in ``text``) dates a statement.

    A possessive date names the event's own day, whatever verb stands before it: "ESA
    claimed responsibility for Wednesday's attack", "reported that last night's bombs".
    """
    start = mention.start - offset
    if _POSSESSIVE.match(text, mention.end - offset):
        return False
    if _REPORTING_AFTER.match(text, mention.end - offset):
        return True
    return _REPORTING.search(text[max(0, start - _WINDOW) : start]) is not None
