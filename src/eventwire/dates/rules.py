"""Turn one regular-expression match for a date into an `Atom` (times are in `clock`).

Each rule both validates its match (rejecting "May" the modal, "2000 protesters", "the 5th
floor") and anchors it to the publication date. Rules never return a relative or partial
date after the publication date, and never anchor to anything but the publication date: with
no publication date a relative expression keeps its span and granularity but no dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from eventwire.dates import patterns as p
from eventwire.dates.atoms import Atom, Rule, Span
from eventwire.dates.atoms import before as _before
from eventwire.dates.clock import (
    part_of_day,
    time_4digit,
    time_12h,
    time_24h,
    time_at_4digit,
    time_range_4digit,
    time_word,
)
from eventwire.dates.periods import (
    Part,
    add_months,
    cap,
    month_end,
    month_span,
    recent_month_day,
    recent_month_span,
    week_of,
    weekday_on_or_before,
    year_span,
)
from eventwire.models import DatePrecision

_PART_WORDS: dict[str, Part] = {
    "early": "early", "mid": "mid", "late": "late", "beginning": "early", "start": "early",
    "middle": "mid", "end": "late",
}  # fmt: skip


def _month(name: str) -> int:
    return p.MONTHS[name.lower().rstrip(".")]


def _part(m: re.Match[str]) -> Part | None:
    word = m.group("part") or m.group("part2")
    return _PART_WORDS[word.lower()] if word else None


def _relative(
    m: re.Match[str],
    span: Span | None,
    precision: DatePrecision,
    pod: str | None = None,
    start: int | None = None,
) -> Atom:
    """A date only the publication date anchors; ``span`` None when there is none."""
    begin = m.start() if start is None else start
    if span is None:
        return Atom(begin, m.end(), "date", precision=precision, pod=pod)
    return Atom(begin, m.end(), "date", span[0], span[1], precision, "relative", pod=pod)


def _written(
    start: int, end: int, span: Span | None, precision: DatePrecision, *, full: bool
) -> Atom:
    """A date written out: "explicit" when anchored, "unknown" when it could not be."""
    if span is None:
        return Atom(start, end, "date", precision=precision)
    year = span[0].year if full else None
    return Atom(start, end, "date", span[0], span[1], precision, "explicit", year=year)


def _day(
    pub: date | None, year: int | None, month: int, day: int, *, ahead: bool = False
) -> date | None:
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return recent_month_day(pub, month, day, AHEAD_DAYS if ahead else 0) if pub else None


AHEAD_DAYS = 182
"""A day and month without a year, written after a word that looks ahead ("the stoppage
beginning on 31 May", "elections scheduled for 12 November"), are the nearer of the last
and the coming one: at most half a year ahead. A plan, which `resolve_event_date` never
takes for the event's date. Without such a word the past reading stands ("the raid was on
Dec. 12" in a 9 December report is last year's)."""


def _looks_ahead(m: re.Match[str]) -> bool:
    """True when a future cue stands earlier in the clause of ``m``, or "will" soon after."""
    return (
        p.FUTURE_CUE.search(m.string, max(0, m.start() - 100), m.start()) is not None
        or p.FUTURE_AFTER.match(m.string, m.end()) is not None
    )


def iso_date(m: re.Match[str], pub: date | None) -> Atom | None:
    d = _day(None, int(m["y"]), int(m["m"]), int(m["d"]))
    return _written(m.start(), m.end(), (d, d), "day", full=True) if d else None


def numeric_date(m: re.Match[str], pub: date | None) -> Atom | None:
    """Slashed dates: "14/01/2016" and "01/14/2016" by the part above 12; when both parts
    could be the month ("06/03/2015") month first, the order of GTD summaries, US copy and
    dateparser, unless only the day-first reading lies on or before publication."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 and b > 12:
        return None
    if a > 12 or b > 12:
        d = _day(None, y, b, a) if a > 12 else _day(None, y, a, b)
    else:
        month_first, day_first = _day(None, y, a, b), _day(None, y, b, a)
        d = month_first
        if pub is not None and month_first and day_first and month_first > pub >= day_first:
            d = day_first
    return _written(m.start(), m.end(), (d, d), "day", full=True) if d else None


def day_month(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "8 December 2023", "Dec. 8", "Friday, December 8, 2023", "the 8th of December";
    not a group named after a day ("the 19 April Movement")."""
    month, day = _month(m["mon"]), int(m["d"])
    year = int(m["y"]) if m["y"] else None
    d = _day(pub, year, month, day, ahead=_looks_ahead(m))
    if not 1 <= day <= 31 or (d is None and (year is not None or pub is not None)):
        return None
    if year is None and p.NAMED_AFTER.match(m.string, m.end()):
        return None
    before = _before(p.DAY_BEFORE, m)
    start = before.start() if before else m.start()
    atom = _written(start, m.end(), (d, d) if d else None, "day", full=year is not None)
    return atom if year else replace(atom, month_day=(month, day))


def month_year(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "December 2019", "mid-October 2023"."""
    before = _before(p.PART_BEFORE, m)
    span = month_span(int(m["y"]), _month(m["mon"]), _part(before) if before else None)
    return _written(before.start() if before else m.start(), m.end(), span, "month", full=True)


def month_named(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "in March", "last June", "this September", "mid-October", "late last July".

    "May" and "March" need a cue word: they are also verbs. "last June" is the latest June
    before the publication month (in a December report, that year's: TimeBank's news
    annotators read it so every time, e.g. "last April" in an October 1989 report is
    April 1989); "this September" is the publication year's, and is dropped when it has
    not begun. Thirds of a month ("mid-October") are the latest such third that has begun
    by publication. A month after a word that looks ahead ("due to be published in May")
    is the coming one when it begins within `AHEAD_DAYS`.
    """
    if p.NAMED_AFTER.match(m.string, m.end()):
        return None
    before = _before(p.MONTH_BEFORE, m)
    part = _part(before) if before else None
    rel = ((before and (before["rel"] or before["rel2"])) or "").lower()
    if not (before and (part or rel or before["cue"])) and m["mon"].lower() in ("may", "march"):
        return None
    start = before.start() if before and (part or rel) else m.start()
    if pub is None:
        return _written(start, m.end(), None, "month", full=False)
    month = _month(m["mon"])
    if rel in ("last", "past"):
        span = recent_month_span(pub, month, part, strictly_before=True)
    elif rel == "this":
        span = month_span(pub.year, month, part)
        if span[0] > pub:
            return None
    else:
        span = recent_month_span(pub, month, part)
        year = pub.year if month > pub.month else pub.year + 1
        coming = month_span(year, month, part)
        if _looks_ahead(m) and (coming[0] - pub).days <= AHEAD_DAYS:
            return _written(start, m.end(), coming, "month", full=False)
    return _written(start, m.end(), cap(span, pub), "month", full=False)


def year_alone(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "in 2014", "early 2011", "the 1998 bombing"; not a count ("some 2000 protesters")."""
    before = _before(p.YEAR_BEFORE, m)
    part = _part(before) if before else None
    if (
        part is None
        and not (before and before["cue"])
        and m["next"]
        and p.PLURAL_WORD.fullmatch(m["next"])
        and not p.DETERMINER.search(m.string, max(0, m.start() - 8), m.start())
    ):
        return None
    start = before.start() if before and part else m.start("y")
    end = m.end("y")
    return _written(start, end, year_span(int(m["y"]), part), "year", full=True)


def year_span_end(m: re.Match[str], pub: date | None) -> Atom | None:
    """The end of "2009-2010" or "1957-58": a later year, within twenty of the first."""
    first, written = int(m["first"]), m["y"]
    year = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    if len(written) == 2 and year <= first:
        year += 100
    if not first < year <= first + 20:
        return None
    return _written(m.start("y"), m.end("y"), year_span(year), "year", full=True)


def ordinal_day(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "on the 5th": that day of the publication month, or of the month before if later."""
    start, end, day = m.start("span"), m.end("span"), int(m["d"])
    if pub is None:
        return Atom(start, end, "date", precision="day")
    back = 1 if (m["rel"] or "") == "last" or day > pub.day else 0
    for extra in range(3):
        year, month = add_months(pub.year, pub.month, -(back + extra))
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        return Atom(start, end, "date", d, d, "day", "explicit")
    return None


def day_range(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "between 3 and 5 May", "May 3-5", "from March 3 to 5, 2024"."""
    sep = m["sep"].lower()
    d1, d2, month = int(m["d1"]), int(m["d2"]), _month(m["mon"])
    before = _before(p.RANGE_PREFIX, m)
    if not 1 <= d1 < d2 <= 31 or (sep == "and" and not before):
        return None
    start_at = before.start() if before else m.start()
    if m["y"]:
        year = int(m["y"])
    elif pub is not None:
        first = _day(pub, None, month, d1, ahead=_looks_ahead(m))
        if first is None:
            return None
        year = first.year
    else:
        return Atom(start_at, m.end(), "date", precision="day", is_range=True)
    start, end = _day(None, year, month, d1), _day(None, year, month, d2)
    if start is None or end is None:
        return None
    if not m["y"] and pub is not None and start <= pub:
        end = min(end, pub)
    return Atom(start_at, m.end(), "date", start, end, "day", "explicit", is_range=True)


def weekday(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "Friday", "last Friday", "early Monday", "Thursday night": the latest such day."""
    before = _before(p.WEEKDAY_BEFORE, m)
    q = before["q"].lower() if before else ""
    if q == "next":
        return None
    start = before.start() if before else m.start()
    pod = p.POD_WORDS[m["pod"].lower()] if m["pod"] else _EARLY_LATE_POD.get(q)
    if pub is None:
        return Atom(start, m.end(), "date", precision="day", pod=pod)
    d = weekday_on_or_before(pub, p.WEEKDAYS[m["wd"].lower() + "day"])
    if q in ("last", "past") and d == pub:
        d -= timedelta(days=7)
    return Atom(start, m.end(), "date", d, d, "day", "relative", pod=pod)


_EARLY_LATE_POD = {"early": "morning", "late": "night"}
_DAY_WORD_OFFSET = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}


def day_word(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "yesterday", "today", "last night", "this morning", "early yesterday"."""
    word = " ".join(m["w"].lower().split())
    before = _before(p.EARLY_LATE_BEFORE, m)
    q, start = (before["q"].lower(), before.start()) if before else ("", m.start())
    pod = p.POD_WORDS[m["pod"].lower()] if m["pod"] else None
    if pod is None and word in ("tonight", "last night"):
        pod = "night"
    elif pod is None and word.startswith("this "):
        pod = word[5:]
    elif pod is None:
        pod = _EARLY_LATE_POD.get(q)
    if pub is None:
        return _relative(m, None, "day", pod, start)
    d = pub - timedelta(days=_DAY_WORD_OFFSET.get(word, 0))
    return _relative(m, (d, d), "day", pod, start)


def period(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "last week", "earlier this month", "late last month", "this year", "the past year"."""
    rel, unit = m["rel"].lower(), m["unit"]
    before = _before(p.PERIOD_BEFORE, m)
    start = before.start() if before else m.start()
    q = " ".join(((before["q"] if before else None) or "").lower().split())
    q = q.removeprefix("the ").removesuffix(" of")
    part = _PART_WORDS.get(q)
    precision: DatePrecision = "week" if unit == "week" else "month" if unit == "month" else "year"
    if pub is None:
        return _relative(m, None, precision, start=start)
    span: Span
    if rel == "past":
        days = {"week": 6, "month": 30, "year": 365}[unit]
        span = (pub - timedelta(days=days), pub)
    elif unit == "week":
        span = week_of(pub - timedelta(days=7) if rel == "last" else pub)
    elif unit == "month":
        year, month = add_months(pub.year, pub.month, -1 if rel == "last" else 0)
        span = month_span(year, month, part)
    else:
        span = year_span(pub.year - 1 if rel == "last" else pub.year, part)
    if q == "earlier":
        span = (span[0], pub)
    span = cap(span, pub)
    return _relative(m, span, precision, start=start) if span[0] <= span[1] else None


def weekend(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "over the weekend", "last weekend": the latest Saturday-Sunday (precision week)."""
    if pub is None:
        return _relative(m, None, "week")
    saturday = weekday_on_or_before(pub, 5)
    if m["rel"].lower() == "last" and pub.weekday() >= 5:
        saturday -= timedelta(days=7)
    return _relative(m, cap((saturday, saturday + timedelta(days=1)), pub), "week")


def ago(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "two days ago" (day), "three weeks ago" (that calendar week), "a year ago" (year);
    "nine years ago today" (that day)."""
    raw, unit = m["n"].lower(), m["unit"].lower()
    n = int(raw) if raw.isdigit() else p.NUMBER_WORDS[raw]
    precision: DatePrecision = "day" if unit == "day" else "week" if unit == "week" else "month"
    precision = "year" if unit == "year" else precision
    if m["today"] and unit in ("week", "month", "year"):
        return _on_this_day(m, pub, unit, n)
    if pub is None:
        return _relative(m, None, precision)
    if unit == "day":
        d = pub - timedelta(days=n)
        return _relative(m, (d, d), "day")
    if unit == "week":
        return _relative(m, cap(week_of(pub - timedelta(days=7 * n)), pub), "week")
    if unit == "month":
        return _relative(m, month_span(*add_months(pub.year, pub.month, -n)), "month")
    return _relative(m, year_span(pub.year - n), "year")


def _on_this_day(m: re.Match[str], pub: date | None, unit: str, n: int) -> Atom | None:
    """ "nine years ago today", "a month ago today": the anniversary, to the day."""
    if pub is None:
        return _relative(m, None, "day")
    if unit == "week":
        d = pub - timedelta(days=7 * n)
    else:
        year, month = add_months(pub.year, pub.month, -n * (12 if unit == "year" else 1))
        d = date(year, month, min(pub.day, month_end(year, month).day))
    return _relative(m, (d, d), "day")


_HOUR_WORDS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}


def hours_back(m: re.Match[str], pub: date | None) -> Atom | None:
    """ "in the last 24 hours", "over the past 72 hours", "in less than 12 hours": the days
    those hours reach back over, up to publication (a range of day precision: the night's
    attacks a morning report counts began the day before)."""
    raw = m["n"].lower()
    hours = int(raw) if raw.isdigit() else _HOUR_WORDS.get(raw) or p.NUMBER_WORDS[raw]
    if not 0 < hours <= 24 * 7:
        return None
    if pub is None:
        return Atom(m.start(), m.end(), "date", precision="day", is_range=True)
    first = pub - timedelta(days=-(-hours // 24))
    return Atom(m.start(), m.end(), "date", first, pub, "day", "relative", is_range=True)


Gate = Callable[[str], bool]


def _has_word(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in p.GATE_WORDS)


def _has(pattern: re.Pattern[str]) -> Gate:
    return lambda text: pattern.search(text) is not None


_DIGIT, _MONTH, _WEEKDAY, _WORD = (
    _has(p.HAS_DIGIT),
    _has(p.HAS_MONTH),
    _has(p.HAS_WEEKDAY),
    _has_word,
)
_AGO = _has(p.HAS_AGO)
GATES: tuple[Gate, ...] = (_DIGIT, _MONTH, _WEEKDAY, _WORD, _AGO)


def _need(*gates: Gate) -> int:
    """Bit mask of ``gates`` by their position in GATES."""
    return sum(1 << GATES.index(gate) for gate in gates)


# (pattern, rule, bit mask of the GATES that must all pass for the pattern to be worth
# running). Order matters only for equal-length overlaps (earlier rules win).
RULES: tuple[tuple[re.Pattern[str], Rule, int], ...] = (
    (p.RANGE_DMY, day_range, _need(_DIGIT, _MONTH)),
    (p.RANGE_MDY, day_range, _need(_DIGIT, _MONTH)),
    (p.ISO_DATE, iso_date, _need(_DIGIT)),
    (p.NUMERIC_DATE, numeric_date, _need(_DIGIT)),
    (p.DMY, day_month, _need(_DIGIT, _MONTH)),
    (p.MDY, day_month, _need(_DIGIT, _MONTH)),
    (p.MONTH_YEAR, month_year, _need(_DIGIT, _MONTH)),
    (p.ORDINAL_DAY, ordinal_day, _need(_DIGIT)),
    (p.WEEKDAY_REL, weekday, _need(_WEEKDAY)),
    (p.DAY_WORD, day_word, _need(_WORD)),
    (p.PERIOD_REL, period, _need(_WORD)),
    (p.WEEKEND, weekend, _need(_WORD)),
    (p.AGO, ago, _need(_AGO)),
    (p.HOURS_BACK, hours_back, _need(_WORD)),
    (p.MONTH_ALONE, month_named, _need(_MONTH)),
    (p.YEAR_ALONE, year_alone, _need(_DIGIT)),
    (p.YEAR_SPAN_END, year_span_end, _need(_DIGIT)),
    (p.TIME_12H, time_12h, _need(_DIGIT)),
    (p.TIME_24H, time_24h, _need(_DIGIT)),
    (p.TIME_4DIGIT, time_4digit, _need(_DIGIT)),
    (p.TIME_AT_4DIGIT, time_at_4digit, _need(_DIGIT)),
    (p.TIME_RANGE_4DIGIT, time_range_4digit, _need(_DIGIT)),
    (p.TIME_WORD, time_word, _need(_WORD)),
    (p.PART_OF_DAY, part_of_day, _need(_WORD)),
)
