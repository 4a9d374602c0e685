"""Dates that say when an event's aftermath happened, not the event itself.

"His body was found today", "were buried yesterday", "the funeral on Friday", "was
released today", "yesterday began repairing the pipeline": reports of violence go on to
tell what followed it, and each follow-up carries its own date. The incident happened
before, often on a day the report gives elsewhere ("yesterday several armed men kidnapped
the bishop"). A date counts as a follow-up's when
a follow-up word stands just before it (a few words at most) or right after it, in any
letter case, like `reporting.is_reporting_date` for statements.

Callers keep such a date when it is written beside one of the event's own words and when
nothing else dates the event. Arrests are not counted among the follow-ups: in reports of
political violence an arrest or capture is often the incident itself ("peasants captured
on 27 January by troops").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.dates.mentions import DateMention
from eventwire.dates.resolve import beside_event

_FOLLOW_UP_WORDS = (
    r"found|discovered|recovered|buried|funerals?|burials?|wakes?|mourned|exhumed"
    r"|identified|sentenced|convicted|trial"
    r"|released|freed|rescued|repair(?:ed|ing)?|restored|reopened|investigat(?:ed|ing|ion)"
    r"|arraigned|extradited|thwarted"
)
_BEFORE = re.compile(
    rf"\b(?:{_FOLLOW_UP_WORDS})\b"
    r"(?:\s+(?!(?:that|which|when|where|after|before|following|during|how|in|for)\b)[\w,]+)"
    r"{0,2}?\s+(?:on\s+|late\s+|early\s+|this\s+|at\s+)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(rf",?\s+(?:began\s+|started\s+)?(?:{_FOLLOW_UP_WORDS})\b", re.IGNORECASE)
_WINDOW = 50
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def is_follow_up_date(text: str, mention: DateMention, offset: int = 0) -> bool:
    """True when ``mention`` (offsets = ``offset`` + index in ``text``) dates what followed
    an event: "the bodies were found today", "yesterday began repairing".

    A possessive date names an event's own day ("Friday's bombing victims were buried"),
    whatever word stands near it.
    """
    start, end = mention.start - offset, mention.end - offset
    if _POSSESSIVE.match(text, end):
        return False
    if _AFTER.match(text, end):
        return True
    return _BEFORE.search(text[max(0, start - _WINDOW) : start]) is not None


def telling_dates(
    mentions: Sequence[DateMention], triggers: Sequence[tuple[int, int]], text: str
) -> list[DateMention]:
    """``mentions`` less the follow-ups' dates not written beside one of ``triggers``: the
    dates of one sentence that can tell when its event happened, so that "his body was
    found today" neither dates the murder nor parts it from "yesterday armed men kidnapped
    him" (the aftermath's own day is a last resort, `without_follow_ups`)."""
    return [
        m for m in mentions if not is_follow_up_date(text, m) or beside_event(m, triggers, text)
    ]


def without_follow_ups(
    mentions: Sequence[DateMention], triggers: Sequence[tuple[int, int]], text: str
) -> list[DateMention]:
    """``mentions`` less the follow-ups' dates not written beside one of the event's
    ``triggers``; all of them when every one is such a date (then the aftermath's day is
    the best the report gives: "the body was found on 9 November")."""
    return telling_dates(mentions, triggers, text) or list(mentions)
