"""Find date and time expressions in English news text and anchor them to the publication date.

`find_date_mentions` runs every rule of `rules` over the text, keeps the longest
non-overlapping matches, joins day ranges ("from 3 May to 5 June") and then joins a date with
the times and parts of day written next to it ("Friday, around 4 a.m.", "at dawn on Friday")
so that one mention describes one moment.

Conventions (news reports describe the past):

* A weekday is the most recent such day on or before publication; "last Friday" written on a
  Friday is the Friday before. A month-day without a year is the most recent one not after
  publication, unless a word that looks ahead precedes it in its clause: then it is the
  nearer of the last and the coming one (`rules.AHEAD_DAYS`: "the stoppage beginning on 31
  May" in a 25 May report is a plan, not last year's 31 May); "on the 5th" is the 5th of the
  publication month, or of the month before when that would be in the future.
* "overnight" on its own is dated to the publication date (the night that ends that morning),
  precision day, part of day "overnight".
* "early/mid/late <month>" are the days 1-10 / 11-20 / 21-end; "early/mid/late <year>" the
  months Jan-Apr / May-Aug / Sep-Dec. "last week" is the previous Monday-Sunday; "the
  weekend" the latest Saturday-Sunday (precision week).
* No relative or partial date ever ends after the publication date; spans that would are
  clipped to it. Years written in full are kept as written, and so is a planned month-day
  just ahead of publication (above); `resolve_event_date` never dates an event by either.
* With no publication date, relative and partial expressions keep their span and precision
  (the granularity the words name) but get no dates and basis "unknown" - never today's date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from eventwire.dates import patterns as p
from eventwire.dates.atoms import Atom
from eventwire.dates.rules import GATES, RULES
from eventwire.models import DateBasis, DatePrecision

_POD_SHIFT = {"afternoon", "evening", "night"}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date, time or part of day written in the text, anchored where possible."""

    text: str
    start: int
    end: int
    start_date: date | None
    end_date: date | None
    precision: DatePrecision
    basis: DateBasis
    time: str | None
    part_of_day: str | None
    is_range: bool = False
    qualifier: str | None = None
    """A preposition just before the mention that changes its meaning: "since", "until",
    "before", "after", "by" or "from" (lower case), so callers can tell background spans."""


def find_date_mentions(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """All date/time mentions in ``text`` in order; offsets are ``offset`` + index in ``text``."""
    cased = sentence_case(text)
    if cased is not text:
        found = _find(cased, published, offset)
        return [replace(m, text=text[m.start - offset : m.end - offset]) for m in found]
    return _find(text, published, offset)


_WORD = re.compile(r"[A-Za-z]+")
_CAPS_SHARE = 0.7


def sentence_case(text: str) -> str:
    """All-capitals copy (wire services, FBIS: "YESTERDAY", "LAST NIGHT") in ordinary case,
    same length, months and weekdays capitalised, so the case-aware rules read it; other
    text is returned as is (the same object)."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 12 or sum(ch.isupper() for ch in letters) < _CAPS_SHARE * len(letters):
        return text

    def recase(word: re.Match[str]) -> str:
        lower = word.group().lower()
        return lower.capitalize() if lower in p.MONTHS or lower in p.WEEKDAYS else lower

    return _WORD.sub(recase, text)


def _find(text: str, published: date | None, offset: int) -> list[DateMention]:
    found = sum(1 << bit for bit, gate in enumerate(GATES) if gate(text))
    candidates: list[Atom] = []
    for pattern, rule, needs in RULES:
        if needs & ~found:
            continue
        candidates.extend(
            atom for match in pattern.finditer(text) if (atom := rule(match, published)) is not None
        )
    atoms = _join_ranges(_outside_conversions(_longest(candidates), text), text, published)
    return [_mention(group, text, published, offset) for group in _groups(atoms, text)]


def _outside_conversions(atoms: list[Atom], text: str) -> list[Atom]:
    """Drop what a bracketed time-zone conversion says ("[0230 GMT ON 12 JANUARY]"): the
    event's day and hour are the local ones written before it."""
    if "GMT" not in text and "gmt" not in text and "UTC" not in text:
        return atoms
    spans = [found.span() for found in p.ZONE_CONVERSION.finditer(text)]
    return [a for a in atoms if not any(s <= a.start and a.end <= e for s, e in spans)]


def _longest(candidates: list[Atom]) -> list[Atom]:
    """Longest matches first, then earliest; drop anything overlapping a kept match."""
    kept: list[Atom] = []
    spans: list[tuple[int, int]] = []  # kept (start, end), sorted; disjoint, so ends ascend
    for atom in sorted(candidates, key=lambda a: (a.start - a.end, a.start)):
        before = bisect.bisect_left(spans, (atom.end, -1))  # spans starting before atom.end
        if before == 0 or spans[before - 1][1] <= atom.start:
            kept.append(atom)
            bisect.insort(spans, (atom.start, atom.end))
    return sorted(kept, key=lambda a: a.start)


def _join_ranges(atoms: list[Atom], text: str, published: date | None) -> list[Atom]:
    """Join "3 May to 5 June 2024" and "between May 3 and May 5" into one range atom."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == atom.kind == "date"
            and prev.precision == atom.precision == "day"
            and not prev.is_range
            and not atom.is_range
            and (gap := text[prev.end : atom.start])
            and p.RANGE_GAP.fullmatch(gap)
            and (
                (prefix := p.RANGE_PREFIX.search(text, max(0, prev.start - 12), prev.start))
                or "-" in gap
                or "–" in gap
                or _next_day(prev, atom)
            )
        ):
            joined = _range(prev, atom, published)
            if joined is not None:
                start = prefix.start() if prefix else prev.start
                out[-1] = replace(joined, start=start, end=atom.end)
                continue
        out.append(atom)
    return out


def _next_day(prev: Atom, atom: Atom) -> bool:
    """True for two relative days in a row ("late last night and early this morning",
    "yesterday and today"): together they date one stretch of events over both days."""
    return (
        prev.basis == atom.basis == "relative"
        and prev.end_date is not None
        and atom.start_date is not None
        and (atom.start_date - prev.end_date).days == 1
    )


def _range(first: Atom, last: Atom, published: date | None) -> Atom | None:
    start, end = first.start_date, last.end_date
    if first.month_day and last.year is not None:  # "3 May to 5 June 2024": borrow the year
        month, day = first.month_day
        for year in (last.year, last.year - 1):
            try:
                start = date(year, month, day)
            except ValueError:
                return None
            if end is None or start <= end:
                break
    if start is None or end is None or start > end:
        return None
    basis: DateBasis = "explicit" if first.basis == last.basis == "explicit" else "relative"
    return replace(first, start_date=start, end_date=end, basis=basis, is_range=True)


def _groups(atoms: list[Atom], text: str) -> list[list[Atom]]:
    """Group a date with the adjacent times and parts of day that describe the same moment."""
    groups: list[list[Atom]] = []
    for atom in atoms:
        group = groups[-1] if groups else None
        if (
            group is not None
            and p.CONNECTOR.fullmatch(text, group[-1].end, atom.start)
            and atom.start - group[-1].end <= 16
            and sum(a.kind == atom.kind for a in group) == 0
        ):
            group.append(atom)
        else:
            groups.append([atom])
    return groups


def _mention(group: Sequence[Atom], text: str, published: date | None, offset: int) -> DateMention:
    start, end = group[0].start, group[-1].end
    day = next((a for a in group if a.kind == "date"), None)
    clock = next((a for a in group if a.kind == "time"), None)
    pod = next((a.pod for a in group if a.pod is not None), None)
    if day is None and pod == "overnight":
        day = Atom(start, end, "date", published, published, "day", "relative")
        if published is None:
            day = Atom(start, end, "date", precision="day")
    time = clock.time if clock else None
    if clock and clock.twelve_hour and time and pod in _POD_SHIFT and int(time[:2]) >= 5:
        time = f"{int(time[:2]) + 12:02d}{time[2:]}"
    qualifier = p.QUALIFIER.search(text, max(0, start - 12), start)
    return DateMention(
        text=text[start:end],
        start=start + offset,
        end=end + offset,
        start_date=day.start_date if day else None,
        end_date=day.end_date if day else None,
        precision=day.precision if day else "unknown",
        basis=day.basis if day else "unknown",
        time=time,
        part_of_day=pod,
        is_range=day.is_range if day else False,
        qualifier=qualifier["q"].lower() if qualifier else None,
    )
