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


def _cased(words: list[str]) -> str:
    """Alternation of Title-case and UPPER-case spellings, longest first."""
    variants = {v for w in words for v in (w.capitalize(), w.upper())}
    return "|".join(sorted(variants, key=len, reverse=True))


_FULL_MONTHS = [w for w, n in MONTHS.items() if len(w) > 4 or w in ("may", "june", "july")]
_ABBR_MONTHS = [w for w in MONTHS if w not in _FULL_MONTHS]

FULL_MONTH = rf"(?:{_cased(_FULL_MONTHS)})\b"
MONTH = rf"(?:(?:{_cased(_FULL_MONTHS)})\b|(?:{_cased(_ABBR_MONTHS)})(?:\.|\b))"
WEEKDAY = rf"(?:{_cased(list(WEEKDAYS))})\b"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
ORD = r"(?:st|nd|rd|th)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"
# A year after a day or month may not run into a counted noun: "8 December, 2000 protesters".
_FUNCTION_WORDS = (
    "in|on|at|when|after|before|and|or|as|while|during|the|a|an|to|by|with|from|that|was|were"
    "|had|has|is|are|but|for|of|local|gmt|utc|around|about|said|says|this|its|his|as"
)
# A plural noun: ends in "s" but not "ss" or "us" ("2000 protesters", not "1998 bombing").
PLURAL = r"[a-z]*(?<![su])s\b"
YEAR_END = rf"(?!\s+(?!(?:{_FUNCTION_WORDS})\b){PLURAL})"
NUMBER = rf"(?:(?i:{'|'.join(NUMBER_WORDS)})|\d{{1,2}})"
RANGE_SEP = r"\s*(?P<sep>-|–|—|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*"
_APPROX = (
    r"(?P<mod>(?i:around|about|approximately|roughly|nearly|almost"
    r"|(?:shortly|just|some\s+time)\s+(?:before|after))\s+)?"
)
_CUE = r"in|since|during|until|till|by|from|through|before|after|of|between|and|to|throughout"
_PART = (
    r"(?P<part>(?i:early|mid|late))[-\s]+"
    r"|(?i:the)\s+(?P<part2>(?i:beginning|start|middle|end))\s+of\s+"
)

# Explicit dates -------------------------------------------------------------------------
ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")
DMY = re.compile(
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?i:the)\s+)?\b(?P<d>{DAY}){ORD}?\s+(?:of\s+)?"
    rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}){YEAR_END})?"
)
MDY = re.compile(
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d>{DAY}){ORD}?(?!\d|:\d)"
    rf"(?:,?\s+(?P<y>{YEAR}){YEAR_END})?"
)
MONTH_YEAR = re.compile(rf"(?:{_PART})?(?P<mon>{MONTH}),?\s+(?P<y>{YEAR}){YEAR_END}")
MONTH_PART = re.compile(rf"(?:{_PART})(?:(?P<rel>(?i:last|this))\s+)?(?P<mon>{FULL_MONTH})")
MONTH_ALONE = re.compile(
    rf"(?:(?P<rel>(?i:last|this|past))\s+|(?P<cue>\b(?i:{_CUE}))\s+)?\b(?P<mon>{FULL_MONTH})"
    r"(?![-\s]*\d)"
)
YEAR_ALONE = re.compile(
    rf"(?:(?:{_PART})|(?P<cue>\b(?i:{_CUE}|year))\s+)?(?<![\d,.$€£#/-])\b(?P<y>{YEAR})\b"
    r"(?!\s*(?:%|percent))(?P<next>\s+[a-z]+\b)?"
)
ORDINAL_DAY = re.compile(
    rf"\b(?i:on)\s+(?P<span>(?i:the)\s+(?P<d>{DAY}){ORD}\b"
    r"(?:\s+of\s+(?P<rel>this|last)\s+month\b)?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|at|in|when|as|after|before|around|about|near|while|"
    r"morning|afternoon|evening|night|overnight)\b)"
)
RANGE_DMY = re.compile(
    rf"(?:(?P<pre>(?i:between|from))\s+)?\b(?P<d1>{DAY}){ORD}?{RANGE_SEP}(?P<d2>{DAY}){ORD}?"
    rf"\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)
RANGE_MDY = re.compile(
    rf"(?:(?P<pre>(?i:between|from))\s+)?(?P<mon>{MONTH})\s+(?P<d1>{DAY}){ORD}?{RANGE_SEP}"
    rf"(?P<d2>{DAY}){ORD}?(?!\d|:\d)(?:,?\s+(?P<y>{YEAR}))?"
)
# Two day-precision dates joined into one range: "from 3 May to 5 June", "May 3-June 5".
RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|until|till|through)\s*")
RANGE_PREFIX = re.compile(r"(?i:between|from)\s+$")

# Relative dates -------------------------------------------------------------------------
WEEKDAY_REL = re.compile(
    rf"(?<![Nn]ext )(?:(?P<q>(?i:early|late|last|this|past))(?:\s+on)?\s+)?(?P<wd>{WEEKDAY})"
    r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night|overnight))\b)?"
)
DAY_WORD = re.compile(
    r"(?:(?P<q>(?i:early|late|earlier|later))\s+)?\b(?P<w>(?i:the\s+day\s+before\s+yesterday"
    r"|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))\b"
    r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night))\b)?"
)
PERIOD_REL = re.compile(
    r"(?:(?P<q>(?i:earlier|later|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)"
    r"\s+of))[-\s]+)?(?:(?i:the)\s+)?(?P<rel>(?i:last|this|past))\s+(?P<unit>week|month|year)\b"
)
WEEKEND = re.compile(r"(?:(?i:over|during|at)\s+)?\b(?P<rel>(?i:the|last|this|past))\s+weekend\b")
AGO = re.compile(rf"\b(?P<n>{NUMBER})\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b")

# Times of day and parts of day ----------------------------------------------------------
TIME_12H = re.compile(
    rf"{_APPROX}\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*"
    r"(?P<ap>[aApP])(?:\.\s?[mM]\.?|[mM]\b)"
)
TIME_24H = re.compile(
    rf"{_APPROX}(?<![\d:.])\b(?P<h>[01]?\d|2[0-3])[:h](?P<mi>[0-5]\d)\b(?![:.]\d)"
    r"(?P<tz>\s*(?:hrs|hours|local\s+time|GMT|UTC|[A-Z]{2,4}T)\b)?"
)
TIME_4DIGIT = re.compile(
    rf"{_APPROX}\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|UTC|hrs|hours|local\s+time|[A-Z]{{2,4}}T)\b"
)
TIME_WORD = re.compile(rf"{_APPROX}\b(?P<w>(?i:noon|midday|midnight))\b")
PART_OF_DAY = re.compile(
    r"\b(?:(?i:at|before|after|(?:just|shortly)\s+(?:before|after))\s+"
    r"(?P<w>dawn|daybreak|first\s+light|sunrise|dusk|sunset|sundown|nightfall|night)\b"
    r"|(?P<predawn>(?i:pre-?dawn))\b"
    r"|(?P<overnight>(?i:overnight))\b"
    r"|(?i:late\s+at\s+night)"
    r"|(?i:in|during)\s+the\s+(?P<e1>early\s+|late\s+)?(?P<a>morning|afternoon|evening|night|hours)\b"
    r"|(?i:the)\s+(?P<e2>early\s+|late\s+)?(?P<b>morning|afternoon|evening|night|hours)\s+of\b)"
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
QUALIFIER = re.compile(r"\b(?P<q>(?i:since|until|till|before|after|by|from))\s+$")
