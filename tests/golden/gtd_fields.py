"""Score extracted events against GTD-coded summaries, field by field, as a GTD coder would.

Shared by the GTD-style summary tests. Each field is read from the event the way the GTD
column is defined (``nkill`` counts everyone killed, ``claimed`` is 1 only for a claim, the
perpetrator is the group named or blamed, the place is right within 25 km) and compared with
the coded value; a coded ``null`` for killed/injured means the text does not say.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from eventwire.models import Event
from golden.short_texts import Coded

NEAR_KM = 25.0
"""How far the extracted place may lie from the coded one and still count as right."""


def gtd_type(event: Event, name: str) -> Any:
    return getattr(event.gtd, name) if event.gtd else None


def claimed(event: Event) -> bool:
    return event.claim.status == "claimed"


def start_date(event: Event) -> str | None:
    return event.date.start.isoformat() if event.date.start else None


def killed(event: Event) -> int | None:
    count = event.casualties.killed
    return count.best if count else None


def injured(event: Event) -> int | None:
    count = event.casualties.injured
    return count.best if count else None


def perpetrator(event: Event) -> str | None:
    """The named, claiming or blamed perpetrator; "assailants" with no name is no one."""
    for actor in event.actors:
        if actor.role == "perpetrator" and actor.attribution != "unidentified":
            return actor.name
    return None


def country_iso3(event: Event) -> str | None:
    return event.location.country_iso3


def lat_lon(event: Event) -> tuple[float, float] | None:
    if event.location.lat is None or event.location.lon is None:
        return None
    return (event.location.lat, event.location.lon)


READERS: dict[str, Callable[[Event], Any]] = {
    "attack_type": lambda e: gtd_type(e, "attack_type"),
    "weapon_type": lambda e: gtd_type(e, "weapon_type"),
    "target_type": lambda e: gtd_type(e, "target_type"),
    "claimed": claimed,
    "date": start_date,
    "killed": killed,
    "injured": injured,
    "perpetrator": perpetrator,
    "country_iso3": country_iso3,
    "location": lat_lon,
}


def _words(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", re.sub(r"^the\s+", "", name.lower())))


def _acronym(name: str) -> str | None:
    found = re.search(r"\(([A-Za-z-]{2,})\)\s*$", name)
    return found.group(1).lower().replace("-", "") if found else None


def same_group(got: str | None, want: str | None) -> bool:
    """Two spellings name one group: equal words, equal acronyms, or one name inside the other
    ("Al-Shabaab" and "al-Shabaab militants", "ISIL" and "Islamic State of Iraq and the Levant
    (ISIL)")."""
    if got is None or want is None:
        return got is want
    got_words, want_words = _words(got), _words(want)
    got_acronym, want_acronym = _acronym(got), _acronym(want)
    bare_got = got_words.replace(" ", "")
    if want_acronym and want_acronym in {got_acronym, bare_got}:
        return True
    return bool(got_words) and (got_words in want_words or want_words in got_words)


def within_km(got: tuple[float, float] | None, want: tuple[float, float]) -> bool:
    if got is None:
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (*got, *want))
    half_chord = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(half_chord)) <= NEAR_KM


def wanted(row: dict[str, Any], name: str) -> Any:
    if name == "location":
        return (row["lat"], row["lon"]) if "lat" in row else None
    return row.get(name)


def right(name: str, got: Any, want: Any) -> bool:
    if name == "perpetrator":
        return same_group(got, want)
    if name == "location":
        return within_km(got, want)
    return bool(got == want)


def misses(coded: Coded, name: str) -> tuple[int, list[str]]:
    """How many rows code the field, and one line per row the extraction got wrong."""
    counted = 0
    wrong: list[str] = []
    for row, event in coded:
        want = wanted(row, name)
        if name not in row and want is None:
            continue
        if name == "location" and want is None:
            continue
        counted += 1
        got = READERS[name](event) if event is not None else None
        if not right(name, got, want):
            wrong.append(f"{want!r} <- {got!r} | {row['text'][:70]}")
    return counted, wrong


def accuracy(coded: Coded, name: str) -> float:
    counted, wrong = misses(coded, name)
    return 1 - len(wrong) / counted
