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
    r"|(?:reports|states|announces)\s+that"
    r"|indicated|noted|declared|denied|explained|asserted|claimed|condemned|denounced|deplored"
    r"|charged|accused|warned|urged|called\s+for|rejected|repudiated|demanded|acknowledged"
    r"|admitted)\b",
    re.IGNORECASE,
)
# ... or soon after it, its speaker between: "on 7 January, Cristiani officially
# acknowledged that ...", "today, unofficial sources reported that ...". At most four words
# stand between, none of them another past-tense verb, a relative word or a clause break,
# so the statement verb is the first verb after the date ("yesterday guerrillas killed
# five and said ..." keeps the day for the killing).
_REPORTING_SPEAKER = re.compile(
    r",?\s+(?:(?!(?:who|which|that|and|but|when|where|after|before)\b)[a-z'-]+(?<!ed)\s+){1,4}"
    r"(?:said|says|announced|reported|confirmed|stated|disclosed|revealed|indicated|declared"
    r"|denied|acknowledged|admitted|explained|asserted|claimed|condemned|denounced|charged"
    r"|accused|warned|told)\b(?!\s*(?:[.;]|$))",
    re.IGNORECASE,
)
# (Not an attribution closing the sentence: "abducted 20 villagers on Tuesday, residents
# said." keeps the day for the abduction.) The date must open its clause for that: at most
# three words since the last clause break, none a verb ("in Lima today, sources reported",
# not "it was ambushed on 22 November, the newspaper reported", where the date is the
# ambush's).
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.;:,\]]|\b(?i:that))\s+"
    r"(?:(?!(?i:was|were|is|are|has|had|have|been|which|who|whom|where|when|while|took)\b)"
    r"[A-Za-z'-]+(?<![eE][dD])\s+){0,3}$"
)
_WINDOW = 60
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)


def is_reporting_date(text: str, mention: DateMention, offset: int = 0) -> bool:
    """True when ``mention`` (offsets = ``offset`` + index in ``text``) dates a statement.

    A possessive date names the event's own day, whatever verb stands before it: "ESA
    claimed responsibility for Wednesday's attack", "reported that last night's bombs".
    """
    start, end = mention.start - offset, mention.end - offset
    if _POSSESSIVE.match(text, end):
        return False
    if _REPORTING_AFTER.match(text, end):
        return True
    if _REPORTING_SPEAKER.match(text, end) and _CLAUSE_OPENING.search(
        text, max(0, start - 40), start
    ):
        return True
    return _REPORTING.search(text[max(0, start - _WINDOW) : start]) is not None
