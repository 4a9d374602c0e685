"""Read what a mention's wording says about the kind of place it names.

"Anbar province" names a division, "Iraq's capital" a capital city, "the Iraqi capital"
the same, "near Tikrit" a point close to a town. The resolver needs these readings
before it looks names up, and keeping them here keeps the scoring code small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Hint = Literal["admin1", "admin2", "city"]

_ADMIN1_WORDS = (
    "province|governorate|region|state|oblast|prefecture|department|wilaya|muhafazah|"
    "emirate|territory"
)
_SUFFIX = re.compile(
    rf"^(?P<core>.+?)\s+(?:(?P<admin1>{_ADMIN1_WORDS})|(?P<admin2>district|county|parish|borough|"
    r"municipality|commune|cercle|local government area|lga|tehsil|upazila|area)|"
    r"(?P<city>city|town|village|neighbourhood|neighborhood))$",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    rf"^(?:the\s+)?(?:(?P<admin1>{_ADMIN1_WORDS})|(?P<admin2>district|county)|"
    r"(?P<city>city|town|village))\s+of\s+(?P<core>.+)$",
    re.IGNORECASE,
)
_CAPITAL = re.compile(
    r"^(?:the\s+)?(?:(?P<a>.+?)(?:'s|’s|s')?\s+capital(?:\s+city)?|capital\s+(?:city\s+)?of\s+"
    r"(?P<b>.+))$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:'s|’s|s')$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)

NEAR_WORDS = (
    "near", "outside", "close to", "nearby", "outskirts", "north", "south", "east", "west",
    "around", "from", "off", "vicinity", "kilometres", "kilometers", "km", "miles",
)  # fmt: skip
"""Relation words meaning "somewhere close to", not "in" (so precision near_town)."""

_IN_WORDS = frozenset({"in", "at", "inside", "into", "within", "across", "throughout", "of"})


@dataclass(frozen=True, slots=True)
class Reading:
    """A mention's name with its kind words removed, and what those words said."""

    core: str
    hint: Hint | None = None
    capital_of: str | None = None
    """Set for "Iraq's capital" / "the Iraqi capital": the country word."""


def read_mention(text: str) -> Reading:
    """Split "Deir ez-Zor province" into ("Deir ez-Zor", admin1), and so on."""
    text = " ".join(text.split()).strip(" ,.;:")
    capital = _CAPITAL.match(text)
    if capital:
        country = capital.group("a") or capital.group("b") or ""
        return Reading(core=text, capital_of=_ARTICLE.sub("", country).strip())
    for pattern in (_SUFFIX, _PREFIX):
        match = pattern.match(text)
        if match:
            hint: Hint = "admin1" if match.group("admin1") else "city"
            if match.group("admin2"):
                hint = "admin2"
            return Reading(core=_clean(match.group("core")), hint=hint)
    return Reading(core=_clean(text))


def _clean(text: str) -> str:
    return _POSSESSIVE.sub("", _ARTICLE.sub("", text.strip())).strip()


def is_near(relation: str | None, distance_km: float | None) -> bool:
    """True when the relation puts the event close to, not in, the named place."""
    if distance_km is not None:
        return True
    if not relation:
        return False
    words = relation.casefold().split()
    if words and all(w in _IN_WORDS for w in words):
        return False
    text = relation.casefold()
    return any(w in text for w in NEAR_WORDS)


def site_town(text: str, site: str) -> str:
    """The place part of a site mention: "U.S. embassy in Baghdad" -> "Baghdad",
    "Ain al-Asad air base" -> "Ain al-Asad"."""
    for sep in (" in ", " near ", " outside ", " at ", " of "):
        idx = text.casefold().rfind(sep)
        if idx >= 0:
            return text[idx + len(sep) :].strip()
    core = re.sub(re.escape(site), " ", text, flags=re.IGNORECASE)
    core = re.sub(r"\b(?:u\.?s\.?|us|american|british|the)\b", " ", core, flags=re.IGNORECASE)
    return " ".join(core.split()).strip(" ,.-'s")
