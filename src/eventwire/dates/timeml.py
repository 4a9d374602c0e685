"""TimeML (TIMEX3) values of the date expressions in a text, against its creation time.

`find_date_mentions` reads dates the way event dating needs them: the past, to the day.
TimeML normalises every date expression, so `find_timexes` adds what event dating leaves
out, each a general class of the TimeML guidelines (TimeBank and AQUAINT annotate them so):

* references: "now", "currently", "current" -> PRESENT_REF; "recently", "recent", "the
  past", "previously" -> PAST_REF; "the future", "future", "soon" -> FUTURE_REF;
* the future: "tomorrow", "next week/month/year" (and "early next year");
* quarters: "the third quarter", "third-quarter", "the fourth quarter of 1998" -> 1989-Q3
  (the creation year unless written); "the latest quarter", "the quarter" -> the last
  quarter that ended before the creation time; "the year-earlier quarter" -> that quarter
  a year back;
* seasons: "last summer", "this fall", "winter 1998" -> 2012-SU, ...;
* centuries and decades: "the 20th century" -> 19, "the 1990s" -> 199.

And it reads a month or a month-day written without a year ("June", "Dec. 15") as the
coming one when that is near (`AHEAD_DAYS`), as TimeML does: event dating's past-only
reading would put a planned "June" a year back. Values come from the mention's
precision otherwise (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY; "-WE" for a weekend).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.dates.mentions import DateMention, find_date_mentions
from eventwire.dates.periods import add_months

_REFERENCE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:now|currently|current|nowadays|at present|presently)\b", re.I),
     "PRESENT_REF"),
    (re.compile(r"\b(?:recently|recent|previously|formerly|lately|the past)\b", re.I),
     "PAST_REF"),
    (re.compile(r"\b(?:the future|future|soon)\b", re.I), "FUTURE_REF"),
)  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}  # fmt: skip
_QUARTER = re.compile(
    r"\b(?:(?P<fy>(?:19|20)\d\d)\s+)?(?:(?:the|this\s+year's)\s+)?(?:fiscal\s+)?"
    r"(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b"
    r"(?:\s+of\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d))?",
    re.I,
)
_LAST_QUARTER = re.compile(
    r"\bthe\s+(?:(?P<ago>year-(?:earlier|ago))\s+(?:quarter|period)"
    r"|(?:latest|most\s+recent)\s+(?:quarter|period)|quarter)\b",
    re.I,
)
_NEXT = re.compile(r"\b(?:(?:early|late)\s+)?next\s+(?P<unit>week|month|year)\b", re.I)
_TOMORROW = re.compile(r"\btomorrow\b", re.I)
_SEASONS = {"spring": ("SP", 5), "summer": ("SU", 8), "fall": ("FA", 11), "autumn": ("FA", 11),
            "winter": ("WI", 2)}  # fmt: skip
"""TimeML code and the month a season ends in (winter ends in February of its year)."""
_SEASON = re.compile(
    r"\b(?:(?P<rel>last|this|next|past)\s+)?(?P<s>spring|summer|fall|autumn|winter)\b"
    r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?",
    re.I,
)
_CENTURY = re.compile(r"\b(?P<n>[12]?\d)(?:st|nd|rd|th)[-\s]century\b", re.I)
_DECADE = re.compile(r"\b(?:the\s+)?(?P<c>1[89]|20)(?P<d>\d)0['’]?s\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
AHEAD_DAYS = 92
"""A month or month-day without a year is read as the coming one when that begins within
about three months of the creation time ("June" in a March report), else as the last one
("August" in March). Chosen on TempEval-3's training set (TimeBank and AQUAINT: 62-122
days score alike there), not on the platinum test set."""
_RELATIVE_WORD = re.compile(r"\b(?:last|this|past|next|ago|yesterday|today)\b", re.I)


@dataclass(frozen=True, slots=True)
class Timex:
    """One date expression and its TimeML value."""

    start: int
    end: int
    text: str
    value: str


def find_timexes(text: str, created: date) -> list[Timex]:
    """The date expressions of ``text`` with TimeML values, in text order; where two
    overlap the longer is kept ("this year's third quarter" over "this year")."""
    candidates = [
        Timex(m.start, m.end, m.text, value)
        for m in find_date_mentions(text, created)
        if (value := timex_value(m, created)) is not None
    ]
    for pattern, rule in _RULES:
        for found in pattern.finditer(text):
            value = rule(found, created)
            if value is not None:
                candidates.append(Timex(found.start(), found.end(), found[0], value))
    kept: list[Timex] = []
    for timex in sorted(candidates, key=lambda t: (t.start - t.end, t.start)):
        if all(timex.end <= k.start or k.end <= timex.start for k in kept):
            kept.append(timex)
    return sorted(kept, key=lambda t: t.start)


def timex_value(m: DateMention, created: date) -> str | None:
    """The TimeML value of one date mention, by its precision (None for a span of days,
    a clock time alone, or a mention without a date)."""
    if m.start_date is None:
        return None
    d = _nearest(m, created)
    if m.precision == "day" and not m.is_range:
        return d.isoformat()
    if m.precision == "week":
        year, week, _ = d.isocalendar()
        weekend = "-WE" if "weekend" in m.text.lower() else ""
        return f"{year}-W{week:02d}{weekend}"
    if m.precision == "month":
        return f"{d.year}-{d.month:02d}"
    if m.precision == "year":
        return str(d.year)
    return None


def _nearest(m: DateMention, created: date) -> date:
    """A month or month-day written without a year or a relative word, read as TimeML
    does: the coming one when it begins within `AHEAD_DAYS`, else the last one (event
    dating reads only the last one). Any other date as it is."""
    assert m.start_date is not None
    if (
        m.precision not in ("day", "month")
        or m.is_range
        or m.basis != "explicit"
        or m.start_date > created  # already read as a plan
        or _YEAR.search(m.text)
        or _RELATIVE_WORD.search(m.text)
        or (m.start_date.month, m.start_date.day) == (2, 29)
    ):
        return m.start_date
    coming = m.start_date.replace(year=m.start_date.year + 1)
    return coming if (coming - created).days <= AHEAD_DAYS else m.start_date


def _quarter(found: re.Match[str], created: date) -> str:
    year = found["y"] or found["fy"] or created.year
    return f"{year}-Q{_ORDINALS[found['n'].lower()]}"


def _last_quarter(found: re.Match[str], created: date) -> str:
    """The last quarter that ended before ``created``; a year earlier for "the
    year-earlier quarter"."""
    year, quarter = created.year, (created.month - 1) // 3  # the one before the current
    if quarter == 0:
        year, quarter = year - 1, 4
    if found["ago"]:
        year -= 1
    return f"{year}-Q{quarter}"


def _next(found: re.Match[str], created: date) -> str:
    unit = found["unit"].lower()
    if unit == "year":
        return str(created.year + 1)
    if unit == "month":
        year, month = add_months(created.year, created.month, 1)
        return f"{year}-{month:02d}"
    year, week, _ = (created + timedelta(days=7)).isocalendar()
    return f"{year}-W{week:02d}"


def _tomorrow(found: re.Match[str], created: date) -> str:
    return (created + timedelta(days=1)).isoformat()


def _season(found: re.Match[str], created: date) -> str:
    """ "last summer": the latest that ended before ``created``; "next": the first that has
    not begun; "this" or none: the creation year's; a written year wins."""
    code, ends = _SEASONS[found["s"].lower()]
    if found["y"]:
        return f"{found['y']}-{code}"
    rel = (found["rel"] or "").lower()
    year = created.year
    if rel in ("last", "past"):
        while date(*add_months(year, ends, 1), 1) > created:
            year -= 1
    elif rel == "next":
        while date(*add_months(year, ends, -2), 1) <= created:
            year += 1
    return f"{year}-{code}"


def _century(found: re.Match[str], created: date) -> str | None:
    number = int(found["n"])
    return f"{number - 1:02d}" if 1 <= number <= 21 else None


def _decade(found: re.Match[str], created: date) -> str:
    return f"{found['c']}{found['d']}"


def _reference(value: str) -> Callable[[re.Match[str], date], str]:
    return lambda found, created: value


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], date], str | None]], ...] = (
    *((pattern, _reference(value)) for pattern, value in _REFERENCE),
    (_QUARTER, _quarter),
    (_LAST_QUARTER, _last_quarter),
    (_NEXT, _next),
    (_TOMORROW, _tomorrow),
    (_SEASON, _season),
    (_CENTURY, _century),
    (_DECADE, _decade),
)
