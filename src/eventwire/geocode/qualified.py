"""Places the text qualifies with their containers: "Beni (Nord-Kivu)", "Hays district
(Al Hudaydah)", "Kasese town (Kasese, Western)".

Coders' notes (ACLED, GTD) and much regional reporting name a village and then, in
brackets, the district or region it lies in. The bracket settles homonyms (Beni in Congo,
not the Bolivian department) and vouches for a spelling variant ("Maarat al-Numan" for
Maarrat an Numan in Idlib). When the village itself is unknown, the named container is the
honest answer: its region at admin1 or admin2 precision, never a same-sounding town
elsewhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from eventwire.geocode.gazetteer import Candidate, Gazetteer, GazetteerEntry
from eventwire.geocode.normalize import fold
from eventwire.geocode.parse import read_mention

AREA_RADIUS_KM = 100.0
"""A place counts as inside a district or a town-named area within this distance of its
centre (the gazetteer holds centres, not outlines; districts in conflict zones are rarely
wider)."""

_AREA_FEATURES = ("country", "admin1", "admin2")
_DIRECTION = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?)\s+",
    re.IGNORECASE,
)


def areas_named(
    gazetteer: Gazetteer, qualifier: str, *, towns_too: bool = False
) -> list[GazetteerEntry]:
    """The divisions (or, failing that, towns) a qualifier names exactly; with
    ``towns_too`` the towns as well, divisions first. A zone called after its region
    ("Western Tigray") falls back to the region."""
    for text in (qualifier, _DIRECTION.sub("", qualifier)):
        reading = read_mention(text)
        exact = [c.entry for c in gazetteer.candidates(reading.core) if c.exact]
        if reading.hint == "city":
            exact = [e for e in exact if e.feature == "city"]
        divisions = [e for e in exact if e.feature in _AREA_FEATURES]
        towns = [e for e in exact if e.feature == "city"]
        areas = divisions + towns if towns_too else divisions or towns
        if areas:
            return areas
    return []


def inside(
    gazetteer: Gazetteer,
    candidates: Sequence[Candidate],
    within: Sequence[str],
    *,
    loose: bool = False,
) -> list[Candidate] | None:
    """``candidates`` of a name that lie inside the most qualifiers, as exact matches (the
    container confirms a spelling variant); ``[]`` when none does, ``None`` when the
    gazetteer knows none of the qualifiers. A ``loose`` (comma) qualifier that names only
    towns stands for its best-known town: "Solino, Port-au-Prince" is in Haiti's capital,
    while "After Paris, London is ..." is a list, not Paris, Ontario beside London, Ontario.
    """
    qualifiers = _qualifier_areas(gazetteer, within)
    if loose:
        qualifiers = [_best_known_town(areas) for areas in qualifiers]
    if not qualifiers:
        return None
    counted = [
        (sum(any(is_inside(c.entry, a) for a in areas) for areas in qualifiers), c)
        for c in candidates
        if c.entry.feature not in ("country", "continent")
    ]
    best = max((n for n, _ in counted), default=0)
    return [
        Candidate(c.entry, exact=True, primary=c.primary, town=c.town)
        for n, c in counted
        if best and n == best
    ]


def _best_known_town(areas: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """Divisions as they are; of towns only the most populous (the one a comma means)."""
    if any(a.feature != "city" for a in areas):
        return areas
    return [max(areas, key=lambda a: a.population)]


def container(gazetteer: Gazetteer, within: Sequence[str]) -> list[Candidate]:
    """The most specific named container that agrees with the others: the honest answer
    when the place itself is unknown ("Dansha (Western Tigray)" -> Tigray). A town counts
    as a container when it agrees with the others better than the divisions of its name:
    in "Welingara (Nara, Koulikoro)" Nara is the Malian town (and district) in Koulikoro,
    not Japan's Nara prefecture."""
    qualifiers = _qualifier_areas(gazetteer, within)
    if not qualifiers:
        return []
    if len(qualifiers) > 1 and areas_named(gazetteer, within[0]):
        qualifiers = [areas_named(gazetteer, within[0], towns_too=True), *qualifiers[1:]]
    return _agreeing_container(qualifiers)


def _qualifier_areas(gazetteer: Gazetteer, within: Sequence[str]) -> list[list[GazetteerEntry]]:
    return [areas for areas in (areas_named(gazetteer, q) for q in within) if areas]


def _agreeing_container(qualifiers: list[list[GazetteerEntry]]) -> list[Candidate]:
    """The first (most specific) qualifier's entries that lie inside the most others."""
    first, rest = qualifiers[0], qualifiers[1:]
    counted = [(sum(any(is_inside(e, a) for a in areas) for areas in rest), e) for e in first]
    best = max(n for n, _ in counted)
    chosen = [e for n, e in counted if n == best]
    divisions = [e for e in chosen if e.feature in _AREA_FEATURES]
    return [Candidate(e, exact=True, primary=True) for e in divisions or chosen]


def is_inside(entry: GazetteerEntry, area: GazetteerEntry) -> bool:
    """True when ``entry`` lies in ``area``: same country, same first-level division, or
    (for districts and towns, whose outlines the index lacks) near its centre."""
    if entry.country_iso2 != area.country_iso2:
        return False
    if area.feature == "country":
        return True
    if area.feature == "admin1":
        return fold(entry.admin1 or "") == fold(area.admin1 or area.name)
    return distance_km(entry, area) <= AREA_RADIUS_KM


def distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Great-circle distance between two entries' coordinates."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
