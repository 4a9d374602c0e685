"""Compiled regular expressions and word tables for English date and time expressions.

Everything here is a constant built once at import time. The expressions are written for
news copy: month names must be capitalised (or all capitals, as in datelines) so that the
verb "march" and the modal "may" are not read as months, and the ambiguous bare forms
("May", "March", a four-digit number) need a cue word checked by the rules in `rules`.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _cased_first(words: list[str]) -> str:
    """Alternation of lower-case and sentence-initial spellings (no leading character class,
    which would stop the regex engine from skipping ahead to a possible first letter).
    Spaces match any run of white space: wrapped copy breaks "LAST\nNIGHT" over lines."""
    return "|".join(v.replace(" ", r"\s+") for w in words for v in (w, w[0].upper() + w[1:]))


def _cased(words: list[str]) -> str:
    """Alternation of Title-case and UPPER-case spellings, longest first."""
    variants = {v for w in words for v in (w.capitalize(), w.upper())}
    return "|".join(sorted(variants, key=len, reverse=True))


_FULL_MONTHS = [w for w, n in MONTHS.items() if len(w) > 4 or w in ("may", "june", "july")]
_ABBR_MONTHS = [w for w in MONTHS if w not in _FULL_MONTHS]

FULL_MONTH = rf"(?:{_cased(_FULL_MONTHS)})\b"
# One flat alternation (longest first) scans several times faster than nested groups.
# The dot is taken only after an abbreviation ("Dec."), not after "December." ending a
# sentence.
_ABBR_DOT = r"\.(?:(?<=\b[A-Za-z]{3}\.)|(?<=\bSept\.)|(?<=\bSEPT\.))"
MONTH = rf"(?:{_cased(list(MONTHS))})(?:{_ABBR_DOT}|\b)"
WEEKDAY = rf"(?:{_cased(list(WEEKDAYS))})\b"
_WEEKDAY_STEMS = _cased([w.removesuffix("day") for w in WEEKDAYS])
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
ORD = r"(?:st|nd|rd|th)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"
# A year after a day or month may not run into a counted noun: "8 December, 2000 protesters".
_FUNCTION_WORDS = (
    "in|on|at|when|after|before|and|or|as|while|during|the|a|an|to|by|with|from|that|was|were"
    "|had|has|is|are|but|for|of|local|gmt|utc|around|about|said|says|this|its|his|as"
)
# A plural noun: ends in "s" but not "ss" or "us" ("2000 protesters", not "1998 bombing").
PLURAL = (
    r"(?:[a-z]*(?<![su])s|people|men|women|children|police|personnel|staff|more|dead"
    r"|killed|wounded|injured|displaced|missing|strong)\b"
)
YEAR_END = rf"(?!\s+(?!(?:{_FUNCTION_WORDS})\b){PLURAL})"
NUMBER = rf"(?:(?i:{'|'.join(NUMBER_WORDS)})|\d{{1,2}})"
RANGE_SEP = r"\s*(?P<sep>-|–|—|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*"
_CUE = r"in|since|during|until|till|by|from|through|before|after|of|between|and|to|throughout"
_PART = (
    r"(?P<part>(?i:early|mid|late))[-\s]+"
    r"|(?i:the)\s+(?P<part2>(?i:beginning|start|middle|end))\s+of\s+"
)

# Explicit dates -------------------------------------------------------------------------
ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")
# Core first: a pattern that starts with a literal or a character class is scanned far
# faster than one that starts with an optional group, so cue words and modifiers before a
# date, a weekday or a clock time are read backwards from a short window by the rule
# (the *_BEFORE patterns, anchored at the end). Days are matched as [0-9]{1,2} for the same
# reason and range-checked by the rule.
_D = r"(?<![\w.,:/-])[0-9]{1,2}"
DMY = re.compile(
    rf"(?P<d>{_D}){ORD}?\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}){YEAR_END})?"
)
MDY = re.compile(
    rf"(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d>[0-9]{{1,2}}){ORD}?(?![0-9]|:[0-9])"
    rf"(?:,?\s+(?P<y>{YEAR}){YEAR_END})?"
)
# "Friday, 8 December", "the 8th of December", "Friday, December 8"
DAY_BEFORE = re.compile(rf"(?<!\w)(?:(?:{WEEKDAY}),?\s+)?(?i:the)\s+$|(?<!\w)(?:{WEEKDAY}),?\s+$")
MONTH_YEAR = re.compile(rf"(?P<mon>{MONTH}),?\s+(?P<y>{YEAR}){YEAR_END}")
PART_BEFORE = re.compile(rf"(?:{_PART})$")
MONTH_ALONE = re.compile(rf"(?P<mon>{FULL_MONTH})(?![-\s]*[0-9])")
MONTH_BEFORE = re.compile(
    rf"(?:(?:{_PART})(?:(?P<rel2>(?i:last|this))\s+)?"
    rf"|(?<!\w)(?P<rel>(?i:last|this|past))\s+|(?<!\w)(?P<cue>(?i:{_CUE}))\s+)$"
)
YEAR_ALONE = re.compile(
    r"(?<![\w,.$€£#/-])(?P<y>1[89][0-9][0-9]|20[0-9][0-9])\b(?!\s*(?:%|percent))"
    r"(?P<next>\s+[a-z]+\b)?"
)
# The second year of a span: "2009-2010", "1957-58" (the first is read by YEAR_ALONE).
YEAR_SPAN_END = re.compile(
    r"(?<=\b(?P<first>1[89][0-9][0-9]|20[0-9][0-9])[-–])(?P<y>[0-9]{4}|[0-9]{2})\b(?![-–/.][0-9])"
)
YEAR_BEFORE = re.compile(rf"(?:(?:{_PART})|\b(?P<cue>(?i:{_CUE}|year))\s+)$")
ORDINAL_DAY = re.compile(
    rf"\b(?i:on)\s+(?P<span>(?i:the)\s+(?P<d>{DAY}){ORD}\b"
    r"(?:\s+of\s+(?P<rel>this|last)\s+month\b)?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|at|in|when|as|after|before|around|about|near|while|"
    r"morning|afternoon|evening|night|overnight)\b)"
)
RANGE_DMY = re.compile(
    rf"(?P<d1>{_D}){ORD}?{RANGE_SEP}(?P<d2>[0-9]{{1,2}}){ORD}?"
    rf"\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)
RANGE_MDY = re.compile(
    rf"(?P<mon>{MONTH})\s+(?P<d1>[0-9]{{1,2}}){ORD}?{RANGE_SEP}"
    rf"(?P<d2>[0-9]{{1,2}}){ORD}?(?![0-9]|:[0-9])(?:,?\s+(?P<y>{YEAR}))?"
)
# Two day-precision dates joined into one range: "from 3 May to 5 June", "May 3-June 5".
RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|until|till|through)\s*")
# A day and month that name a group ("the 19 April Movement", "the 2 June Movement", "the
# 19 April (M-19) guerrilla movement").
NAMED_AFTER = re.compile(
    r"\s+(?:[\[(][\w-]{1,10}[\])]\s+)?(?:(?i:guerrilla|revolutionary)\s+)?"
    r"(?i:movement|front|command|commandos?|brigade|legion|league|organization|battalion)\b"
)
# A word that looks ahead, with no clause break between it and the date that follows.
FUTURE_CUE = re.compile(
    r"\b(?i:will|shall|scheduled|set\s+for|to\s+be\s+held|to\s+(?:begin|start)|beginning"
    r"|starting|as\s+of|planned|plans?\s+to|due\s+to|upcoming|next|expected\s+to"
    r"|to\s+take\s+place|deadline)\b[^.;!?]*$"
)
# ... or a future verb soon after it in its clause: "on 6 November he will meet ...".
FUTURE_AFTER = re.compile(r"[^.;!?]{0,30}?\b(?i:will|shall)\b")
RANGE_PREFIX = re.compile(r"(?<!\w)(?P<pre>(?i:between|from))\s+$")

# Relative dates -------------------------------------------------------------------------
WEEKDAY_REL = re.compile(
    rf"(?P<wd>{_WEEKDAY_STEMS})(?:day|DAY)\b"
    r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night|overnight))\b)?"
)
WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?P<q>(?i:early|late|last|this|past|next))(?:\s+on)?\s+$")
DAY_WORD = re.compile(
    rf"(?P<w>{_cased_first(['the day before yesterday', 'yesterday', 'today', 'tonight'])}"
    rf"|{_cased_first(['last night', 'this morning', 'this afternoon', 'this evening'])})\b"
    r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night))\b)?"
)
EARLY_LATE_BEFORE = re.compile(r"(?<!\w)(?P<q>(?i:early|late|earlier|later))\s+$")
PERIOD_REL = re.compile(
    r"(?P<rel>[Ll]ast|[Tt]his|[Pp]ast)\s+(?:(?i:fiscal|financial)\s+(?=year))?"
    r"(?P<unit>week|month|year)\b"
)
PERIOD_BEFORE = re.compile(
    r"(?<!\w)(?P<q>(?i:earlier|later|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)"
    r"\s+of))[-\s]+(?:(?i:the)\s+)?$|(?<!\w)(?i:the)\s+$"
)
WEEKEND = re.compile(rf"(?P<rel>{_cased_first(['the', 'last', 'this', 'past'])})\s+weekend\b")
# "in the last 24 hours", "over the past 72 hours", "in less than 12 hours": a span that
# ends at publication (wire copy's usual way of dating a night's attacks). "The past few
# hours" is not one: it says "just now", and MUC-4's keys date it to the report's day.
_HOURS_COUNT = "|".join(["[0-9]{1,3}", "twenty-four", "forty-eight", "seventy-two", *NUMBER_WORDS])
HOURS_BACK = re.compile(
    r"(?<!\w)(?:(?i:the)\s+(?i:last|past)|(?i:less|fewer)\s+than)\s+"
    rf"(?P<n>(?i:{_HOURS_COUNT}))\s+(?i:hours)\b"
)
AGO = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b"
    r"(?P<today>\s+(?i:today)\b)?"
)

# Times of day and parts of day ----------------------------------------------------------
TIME_12H = re.compile(
    r"(?<![\w:.])(?P<h>[0-9]{1,2})(?:[:.](?P<mi>[0-5][0-9]))?\s*"
    r"(?P<ap>[aApP])(?:\.\s?[mM]\.?|[mM]\b)"
)
TIME_24H = re.compile(
    r"(?<![\w:.])(?P<h>[0-9]{1,2})[:h](?P<mi>[0-5][0-9])\b(?![:.][0-9])"
    r"(?P<tz>\s*(?:hrs|hours|local\s+time|GMT|UTC|[A-Z]{2,4}T)\b)?"
)
TIME_4DIGIT = re.compile(
    r"(?<![\w:.])(?P<h>[0-2][0-9])(?P<mi>[0-5][0-9])\s*"
    r"(?:GMT|UTC|hrs|hours|local\s+time|[A-Z]{2,4}T)\b"
)
# "at 2350", "at approximately 0730": wire and FBIS copy writes the 24-hour clock without
# a colon; after "at" such a number is a time, never a year ("at 2030 they saw ...").
TIME_AT_4DIGIT = re.compile(
    r"(?<!\w)(?i:at)\s+(?:(?i:approximately|about|around)\s+)?"
    r"(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])\b(?![.,:/-]?[0-9])"
)
# "between 1800 and 0600", "from 2200 to 0400 hours": a window on the 24-hour clock. Four
# digits are clock times here only when no year span could be meant (see `clock`).
TIME_RANGE_4DIGIT = re.compile(
    r"(?<!\w)(?i:between|from)\s+(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])"
    r"(?:\s*(?i:hrs|hours))?\s+(?i:and|to|until|till)\s+"
    r"(?P<h2>[01][0-9]|2[0-3])(?P<mi2>[0-5][0-9])\b(?:\s*(?i:hrs|hours))?(?![.,:/-]?[0-9])"
)
HOURS_WORD = re.compile(r"\b(?i:hrs|hours)\b")
TIME_WORD = re.compile(r"(?<!\w)(?P<w>[Nn]oon|[Mm]idday|[Mm]idnight)\b")
APPROX_BEFORE = re.compile(
    r"(?<!\w)(?i:around|about|approximately|roughly|nearly|almost"
    r"|(?:shortly|just|some\s+time)\s+(?:before|after))\s+$"
)
_POD_CORE = ["dawn", "daybreak", "first light", "sunrise", "dusk", "sunset", "sundown"]
_POD_CORE += ["nightfall", "night", "morning", "afternoon", "evening", "hours"]
_POD_ALTERNATION = "|".join(w.replace(" ", r"\s+") for w in _POD_CORE)
PART_OF_DAY = re.compile(
    rf"(?P<w>{_cased_first(['overnight', 'pre-dawn', 'predawn'])}|{_POD_ALTERNATION})\b"
    r"(?P<of>\s+of\b)?"
)
# "at dawn", "shortly before dawn", "late at night" ...
POD_AT_BEFORE = re.compile(
    r"(?<!\w)(?i:at|before|after|(?:just|shortly)\s+(?:before|after)|late\s+at)\s+$"
)
# "in the morning", "during the night", "the early hours (of)" ...
POD_THE_BEFORE = re.compile(
    r"(?:(?<!\w)(?P<in>(?i:in|during))\s+)?(?<!\w)(?i:the)\s+(?P<e>(?i:early|late)\s+)?$"
)
POD_WORDS: dict[str, str] = {
    "dawn": "dawn", "daybreak": "dawn", "first light": "dawn", "sunrise": "dawn",
    "predawn": "dawn", "pre-dawn": "dawn", "dusk": "evening", "sunset": "evening",
    "sundown": "evening", "nightfall": "evening", "night": "night", "morning": "morning",
    "afternoon": "afternoon", "evening": "evening", "overnight": "overnight",
    "hours": "night",
}  # fmt: skip

# What may separate a date, a time and a part of day that describe one moment:
# "Friday, around 4 a.m.", "at dawn on Friday", "the morning of Friday", "4 a.m. Friday".
CONNECTOR = re.compile(r"[\s,]*(?:(?i:on|at|in|of|the|during|local\s+time)[\s,]+)*")
PLURAL_WORD = re.compile(rf"\s+(?!(?:{_FUNCTION_WORDS})\b){PLURAL}")
DETERMINER = re.compile(r"(?:\b(?i:the|a|an|its|his|her|their|that|this|whose)|['’]s)\s+$")
# A translator's time-zone conversion in brackets: "AT 2230 [0230 GMT ON 12 JANUARY]",
# "after 2100 local time (0300 GMT on Sunday)". FBIS copy adds them; the date inside is
# the next day in GMT, never the local day the event took place.
ZONE_CONVERSION = re.compile(
    r"[\[(](?:[^\])\[(]{0,12}?)\b[0-9]{4}\s*(?i:gmt|utc)\b[^\])\[(]{0,40}[\])]"
)
# Cheap tests for whether a rule can match at all (see `rules.RULES`).
HAS_DIGIT = re.compile(r"[0-9]")
HAS_MONTH = re.compile(rf"(?:{_cased([*_ABBR_MONTHS, 'may'])})")
HAS_WEEKDAY = re.compile(rf"(?:{_WEEKDAY_STEMS})(?:day|DAY)")
# Lower-case words, tested with ``in`` on the lower-cased text: far cheaper than a regex.
GATE_WORDS = ("yesterday", "today", "tonight", "night", "week", "month", "year", "dawn",
              "morning", "evening", "afternoon", "noon", "midday", "dusk", "daybreak",
              "light", "sunrise", "sunset", "sundown", "hours")  # fmt: skip
HAS_AGO = re.compile(r"ago\b")
QUALIFIER = re.compile(r"\b(?P<q>(?i:since|until|till|before|after|by|from))\s+$")
