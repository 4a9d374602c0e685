"""Combine the date mentions of one event into its `EventDate`, and spot background dates.

The sentences that report one event often date it twice, coarsely and finely ("On the
morning of Friday ..." then "Friday, around 4 a.m., ..."). The record wants the finest date
and any clock time, so the most specific mention wins and a time may come from another
mention of the same day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from eventwire.dates.mentions import DateMention
from eventwire.models import EventDate

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
# A period that ended more than this long before publication is background, not news.
_HISTORIC_DAYS = 31


def _key(item: tuple[int, DateMention]) -> tuple[int, bool, bool, int]:
    """Finest precision, then a mention that carries a time, then a part of day, then first."""
    index, m = item
    return (_RANK[m.precision], m.time is None, m.part_of_day is None, index)


def resolve_event_date(
    mentions: Sequence[DateMention],
    published: date | None,
    near: int | None = None,
    triggers: Sequence[tuple[int, int]] = (),
    text: str | None = None,
) -> EventDate:
    """The event date from its mentions (in text order) and the publication date.

    ``near`` is an offset (same coordinates as the mentions) of the words that tell the
    event, such as its trigger or victim: among equally fine mentions the one closest to it
    wins (before one that carries a clock time or part of day), since a sentence that tells
    two incidents ("the chaos unleashed last night with the killing of X began on 28 July,
    when Y was murdered") dates each where it is told.
    Without it the first such mention wins.

    ``triggers`` are (start, end) offsets of the event's words ("murdered", "attack"): a
    mention written right next to one ("was murdered on 26 April", "the 31 October
    attack") dates that event, so such mentions are preferred to any other, however fine
    ("was nominated today to replace X, who was murdered on 26 April"). With the ``text``
    the offsets index, a date that opens the clause an event word tells counts too
    ("yesterday several armed men kidnapped the bishop", `opens_clause`).

    The publication year named on its own says less than the publication date and is
    passed over. No dated mention falls back to the publication date (basis "published");
    with no publication date either, only a clock time and the relative wording can be kept. A
    mention that begins after publication ("the 1990 elections" in a 1988 report, "will
    meet on 6 December") names a plan, not the reported event, and never dates it.
    """
    timed = next((m for m in mentions if m.time is not None), None)
    dated = [
        (i, m)
        for i, m in enumerate(mentions)
        if m.start_date is not None
        and (published is None or m.start_date <= published)
        and not names_only_the_year(m, published)
    ]
    dated = _attached(dated, triggers, text) or dated
    if dated:
        if near is None:
            best = min(dated, key=_key)[1]
        else:
            best = min(dated, key=lambda item: _near_key(item, near, text))[1]
        time = best.time
        if time is None and timed is not None and timed.start_date in (None, best.start_date):
            time = timed.time
        return EventDate(
            start=best.start_date,
            end=best.end_date,
            precision=best.precision,
            time=time,
            basis=best.basis,
            text=best.text,
        )
    time = timed.time if timed else None
    if published is not None:
        return EventDate(start=published, end=published, precision="day", time=time,
                         basis="published")  # fmt: skip
    worded = [(i, m) for i, m in enumerate(mentions) if m.precision != "unknown"]
    best_text = min(worded, key=_key)[1].text if worded else (timed.text if timed else None)
    return EventDate(time=time, basis="unknown", text=best_text)


def _near_key(
    item: tuple[int, DateMention], near: int, text: str | None = None
) -> tuple[int, bool, int, tuple[int, bool, bool, int]]:
    """Finest precision, then in the same clause as ``near`` (given the ``text``), then
    closest to it, then as `_key`."""
    m = item[1]
    apart = text is not None and _clause_break_between(text, m, near)
    return (_RANK[m.precision], apart, _distance(m, near), _key(item))


_CLAUSE_BREAK = re.compile(r";|:(?!\d)")


def _clause_break_between(text: str, m: DateMention, offset: int) -> bool:
    """True when a semicolon or colon stands between ``m`` and ``offset``: a list of
    incidents ("X was killed on 17 October; and Magistrate Y was killed on 1 November")
    dates each in its own clause, however close the previous clause's date is."""
    low, high = (m.end, offset) if m.end <= offset else (offset, m.start)
    return _CLAUSE_BREAK.search(text, low, max(low, high)) is not None


def _attached(
    dated: list[tuple[int, DateMention]],
    triggers: Sequence[tuple[int, int]],
    text: str | None = None,
) -> list[tuple[int, DateMention]]:
    """The mentions written beside an event word, with any finer mention that falls within
    one of them ("murdered this week" and "last Wednesday, 7 December": the day refines
    the week)."""
    beside = [m for _, m in dated if beside_event(m, triggers, text)]
    return [(i, m) for i, m in dated if m in beside or any(_within(m, wider) for wider in beside)]


def _within(m: DateMention, wider: DateMention) -> bool:
    """True when ``m`` is finer than ``wider`` and lies inside its span."""
    return (
        _RANK[m.precision] < _RANK[wider.precision]
        and wider.start_date is not None
        and wider.end_date is not None
        and m.start_date is not None
        and wider.start_date <= m.start_date <= wider.end_date
    )


OCCURRENCE_WORDS = re.compile(
    r"\b(?i:took\s+place|occurred|happened|burned|burnt|dynamited|blew\s+up|blown\s+up"
    r"|machine-?gunned|sabotaged|set\s+(?:on\s+)?fire\s+to|set\s+ablaze|torched)\b"
)
"""Words that tell that an incident happened, or its violent act, though the extraction
lexicon does not take them for events on their own ("the explosion occurred at 2350 on 16
January", "10 buses were burned throughout Lima on 24 Oct."): a date beside one dates the
incident as a date beside a trigger does (`occurrence_words`)."""


def occurrence_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the `OCCURRENCE_WORDS` in ``text[start:end]``."""
    return [found.span() for found in OCCURRENCE_WORDS.finditer(text, start, end)]


_BESIDE_CHARS = 24
"""At most this many characters from an event word to the date after it: "killed on
Monday, 4 August", "attacked in Tonacatepeque on 7 December"."""
_MODIFIER_CHARS = 3
"""A date before its event word modifies it: "the 31 October attack", "Friday's raid"."""


def beside_event(
    m: DateMention, triggers: Sequence[tuple[int, int]], text: str | None = None
) -> bool:
    """True when ``m`` follows one of ``triggers`` closely ("was kidnapped on 27 March"),
    modifies it from just before ("the 31 October attack"), or, given the ``text`` the
    offsets index, opens the clause the trigger tells (`opens_clause`)."""
    return any(
        0 <= m.start - end <= _BESIDE_CHARS
        or 0 <= start - m.end <= _MODIFIER_CHARS
        or (text is not None and opens_clause(m, start, text))
        for start, end in triggers
    )


_CLAUSE_CHARS = 60
"""At most this many characters from a clause-opening date to its event word: "yesterday
several armed men kidnapped", "on 31 January, Oromontique Battalion troops murdered"."""
_CLAUSE_START = re.compile(r"(?:^|[.!?,;:\]–—]|\s-|\b(?i:that|when|and|but|then))\s*$")
_CLAUSE_GAP = re.compile(r"[^.;:!?()\[\]]*")
_NOT_THE_EVENT_VERB = re.compile(
    r"\b(?i:that|which|who|whom|said|says|say|reported|announced|stated|told|confirmed"
    r"|claimed|denied|learned|indicated|added|were|was|is|are|has|have|had|began|started"
    r"|continued|found|discovered)\b"
)


def opens_clause(m: DateMention, trigger_start: int, text: str) -> bool:
    """True when ``m`` opens a clause (at a sentence's start or after a comma, "that",
    "when") and the event word at ``trigger_start`` follows within `_CLAUSE_CHARS` as the
    clause's verb: "Yesterday several armed men kidnapped Jaramillo", "that on 31
    January, troops murdered peasants". A statement or finding verb between them ("today,
    sources reported that 2,500 people were detained") makes the date that verb's, not
    the event's; so does a passive or perfect auxiliary before a later participle."""
    if not 0 <= trigger_start - m.end <= _CLAUSE_CHARS:
        return False
    if _CLAUSE_START.search(text, max(0, m.start - 8), m.start) is None:
        return False
    gap = text[m.end : trigger_start]
    return _CLAUSE_GAP.fullmatch(gap) is not None and _NOT_THE_EVENT_VERB.search(gap) is None


def _distance(m: DateMention, offset: int) -> int:
    """Characters between ``m`` and ``offset`` (0 when the mention spans it)."""
    return max(m.start - offset, offset - m.end, 0)


def names_only_the_year(m: DateMention, published: date | None) -> bool:
    """True for the publication year named on its own ("the program it will implement
    between 1990 and 1993" in a 1990 report): it says less than the publication date."""
    return (
        published is not None
        and m.precision == "year"
        and m.start_date is not None
        and m.start_date.year == published.year
        and (m.end_date is None or m.end_date.year == published.year)
    )


def is_state_start(m: DateMention) -> bool:
    """True for "since" a given day ("held since 16 December", "without power since 14
    February"): the state began with the reported event, so that day dates it. "Since" a
    month or a year ("since mid-October") describes a campaign instead."""
    return m.qualifier == "since" and m.precision == "day" and not m.is_range


def is_historic(m: DateMention, published: date | None) -> bool:
    """True when ``m`` names a period that ended well before publication (background).

    That is: an earlier year named on its own ("in 2014"), a span ending more than a month
    before publication, or anything "since" a date more than a month back ("since
    mid-October" in a December report describes a campaign, not the reported event).
    """
    if published is None or m.start_date is None or m.end_date is None:
        return False
    limit = published - timedelta(days=_HISTORIC_DAYS)
    if m.precision == "year" and m.end_date.year < published.year:
        return True
    if m.qualifier == "since" and m.start_date < limit:
        return True
    return m.end_date < limit
