"""Read the numbers news uses for people and things: digits, words, and vague quantities.

Vague words map to numbers as ACLED codes them ("several" and "a few" 3, "a dozen" and
"dozens" 12, "scores" 20, "hundreds" 100), and qualifiers become a range: "at least 12" is
low 12, "up to 12" is high 12, "between 10 and 15" is low 10, best 10 (ACLED's lowest
figure), high 15.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "no": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "couple": 2,
    "a couple of": 2,
    "a pair of": 2,
    "pair": 2,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
VAGUE = {
    "several": 3,
    "a few": 3,
    "few": 3,
    "some": 3,
    "a dozen": 12,
    "dozen": 12,
    "dozens": 12,
    "dozens of": 12,
    "scores": 20,
    "scores of": 20,
    "hundreds": 100,
    "hundreds of": 100,
    "thousands": 1000,
    "thousands of": 1000,
    "a handful of": 3,
    "handful": 3,
    "many": 3,
    "a number of": 3,
    "multiple": 3,
    "a hundred": 100,
}
MAGNITUDES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?: (?:hundred|thousand))?"
)
_VAGUE = (
    r"a couple of|a pair of|a handful of|a number of|a dozen|a hundred|dozens of|dozens"
    r"|scores of|scores|hundreds of|hundreds|thousands of|thousands|several|a few|multiple"
)
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBER}|{_VAGUE})"
QUALIFIER = (
    r"(?:at least|at most|more than|fewer than|less than|over|about|around|some|nearly|almost"
    r"|up to|as many as|approximately|roughly|an estimated|estimated|close to|a total of"
    r"|a further|another|an additional|additional)"
)
QUANTITY = rf"(?:(?:between|from) {NUMBER} (?:and|to) {NUMBER}|(?:{QUALIFIER} )?{NUMBER})"
"""Regex source matching one quantity expression, for use inside larger patterns."""

QUANTITY_RE = re.compile(QUANTITY, re.IGNORECASE)
_RANGE_RE = re.compile(rf"(?:between|from) ({NUMBER}) (?:and|to) ({NUMBER})", re.IGNORECASE)
_QUALIFIED_RE = re.compile(rf"(?:({QUALIFIER}) )?({NUMBER})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    low: int | None
    best: int
    high: int | None
    additive: bool = False
    """True for "another 3", "a further 3", "an additional 3": adds to an earlier figure."""


def word_to_int(text: str) -> int | None:
    """Integer value of one number expression ("12", "1,200", "twenty-five", "dozens")."""
    value = text.strip().lower()
    if value.replace(",", "").isascii() and value.replace(",", "").isdigit():  # not "²"
        return int(value.replace(",", ""))
    if value in VAGUE:
        return VAGUE[value]
    if value in UNITS:
        return UNITS[value]
    total = 0
    current = 0
    for part in re.split(r"[- ]", value):
        if part in UNITS:
            current += UNITS[part]
        elif part in TENS:
            current += TENS[part]
        elif part in MAGNITUDES:
            current = max(current, 1) * MAGNITUDES[part]
            if MAGNITUDES[part] >= 1000:
                total += current
                current = 0
        elif part:
            return None
    return total + current


def parse_quantity(text: str) -> Quantity | None:
    """Parse a `QUANTITY` match into low/best/high."""
    range_match = _RANGE_RE.fullmatch(text.strip())
    if range_match:
        low = word_to_int(range_match.group(1))
        high = word_to_int(range_match.group(2))
        if low is None or high is None:
            return None
        return Quantity(low=min(low, high), best=min(low, high), high=max(low, high))
    if text.strip().lower() in ("a", "an", "one"):
        return Quantity(low=1, best=1, high=1)
    match = _QUALIFIED_RE.fullmatch(text.strip())
    if not match:
        return None
    qualifier = (match.group(1) or "").lower()
    value = word_to_int(match.group(2))
    if value is None:
        return None
    additive = qualifier in ("a further", "another", "an additional", "additional")
    if qualifier in ("at least", "more than", "over"):
        return Quantity(low=value, best=value, high=None, additive=additive)
    if qualifier in ("up to", "as many as", "at most", "fewer than", "less than"):
        return Quantity(low=None, best=value, high=value, additive=additive)
    if match.group(2).lower() in VAGUE:
        return Quantity(low=value, best=value, high=None, additive=additive)
    return Quantity(low=value, best=value, high=value, additive=additive)
