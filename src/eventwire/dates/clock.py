"""Rules for clock times ("around 4 a.m.", "16:30 local time") and parts of day ("at dawn").

A time carries no date of its own; `mentions` joins it to an adjacent date.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.dates import patterns as p
from eventwire.dates.atoms import Atom
from eventwire.dates.atoms import before as _before


def _clock(m: re.Match[str], hour: int, minute: int, *, twelve_hour: bool = False) -> Atom | None:
    """A time of day; "around", "shortly after" ... just before it stay in the span."""
    if hour > 23:
        return None
    before = _before(p.APPROX_BEFORE, m)
    start = before.start() if before else m.start()
    clock = f"{hour:02d}:{minute:02d}"
    return Atom(start, m.end(), "time", time=clock, twelve_hour=twelve_hour)


def time_12h(m: re.Match[str], pub: date | None) -> Atom | None:
    if not 1 <= int(m["h"]) <= 12:
        return None
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    return _clock(m, hour, int(m["mi"] or 0))


def time_24h(m: re.Match[str], pub: date | None) -> Atom | None:
    hour = int(m["h"])
    ambiguous = not m["tz"] and 1 <= hour < 12 and not m["h"].startswith("0")
    return _clock(m, hour, int(m["mi"]), twelve_hour=ambiguous)


def time_4digit(m: re.Match[str], pub: date | None) -> Atom | None:
    return _clock(m, int(m["h"]), int(m["mi"]))


def time_at_4digit(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "at 2350", "at approximately 0730": the span keeps "at" so that it outranks the
    year rule's reading of the same four digits."""
    return _clock(m, int(m["h"]), int(m["mi"]))


def time_range_4digit(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "between 1800 and 0600": the window's opening time. Years never run backwards and
    never start with 0, so a window that wraps past midnight, a leading zero or "hours"
    makes the digits a clock; "from 2010 to 2015" stays a span of years."""
    first, second = m["h"] + m["mi"], m["h2"] + m["mi2"]
    says_hours = bool(p.HOURS_WORD.search(m.group(0)))
    if not (says_hours or "0" in (first[0], second[0]) or second < first):
        return None
    return _clock(m, int(m["h"]), int(m["mi"]))


def time_word(m: re.Match[str], pub: date | None) -> Atom | None:
    return _clock(m, 0 if m["w"].lower() == "midnight" else 12, 0)


_AT_WORDS = {"dawn", "daybreak", "first light", "sunrise", "dusk", "sunset", "sundown"}
_AT_WORDS |= {"nightfall", "night"}


def part_of_day(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "at dawn", "overnight", "in the evening", "the early hours of", "late at night"."""
    word = " ".join(m["w"].lower().split())
    if word == "overnight":
        # Wire copy's "overnight" is the night that ends on the publication date; we date
        # it to the publication date (see `find_date_mentions`) when nothing else dates it.
        return Atom(m.start(), m.end("w"), "pod", pod="overnight")
    if word in ("pre-dawn", "predawn"):
        return Atom(m.start(), m.end("w"), "pod", pod="dawn")
    at = _before(p.POD_AT_BEFORE, m) if word in _AT_WORDS else None
    if at is not None:
        return Atom(at.start(), m.end("w"), "pod", pod=p.POD_WORDS[word])
    the = _before(p.POD_THE_BEFORE, m)
    if the is None or not (the["in"] or m["of"]):
        return None
    if word == "hours" and (the["e"] or "").strip().lower() != "early":
        return None
    if word not in ("night", "morning", "afternoon", "evening", "hours"):
        return None
    return Atom(the.start(), m.end(), "pod", pod=p.POD_WORDS[word])
