"""Rule evaluation over merged events, and what counts as a material change.

A rule is a conjunction: every condition it sets must hold; an unset condition holds.
An event without coordinates never matches a circle or a box (a country-level report of
"an attack in Iraq" is not "within 50 km of Erbil"). The fingerprint is the handful of
fields a reader acts on; an update is sent only when one of them changes, so a new wire
copy of the same story (more sources, same facts) does not page anyone again.
"""

from __future__ import annotations

import json
import math
from typing import Any

from eventwire.alert.config import Area, Rule
from eventwire.merge.records import MergedEvent
from eventwire.models import Event

_EARTH_RADIUS_KM = 6371.0088


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def in_area(event: Event, area: Area) -> bool:
    """True when the event's place satisfies every part of ``area`` that is set."""
    where = event.location
    if area.point is not None and area.radius_km is not None:
        if where.lat is None or where.lon is None:
            return False
        if distance_km(area.point, (where.lat, where.lon)) > area.radius_km:
            return False
    if area.bbox is not None:
        if where.lat is None or where.lon is None:
            return False
        min_lat, min_lon, max_lat, max_lon = area.bbox
        if not (min_lat <= where.lat <= max_lat and min_lon <= where.lon <= max_lon):
            return False
    if area.countries:
        names = {(where.country_iso3 or "").lower(), (where.country or "").lower()} - {""}
        if not names & {c.lower() for c in area.countries}:
            return False
    if area.admin1:
        return (where.admin1 or "").lower() in {a.lower() for a in area.admin1}
    return True


def matches(rule: Rule, merged: MergedEvent) -> bool:
    """True when ``merged`` is worth alerting under ``rule``."""
    event = merged.event
    if event.background or not in_area(event, rule.area):
        return False
    if rule.event_types:
        kinds = {event.acled.event_type.lower(), event.acled.sub_event_type.lower()}
        if not kinds & {t.lower() for t in rule.event_types}:
            return False
    if rule.actors:
        names = " | ".join(a.name.lower() for a in event.actors)
        if not any(actor.lower() in names for actor in rule.actors):
            return False
    if rule.min_killed is not None and (event.casualties.killed.best or 0) < rule.min_killed:
        return False
    if rule.min_injured is not None and (event.casualties.injured.best or 0) < rule.min_injured:
        return False
    if rule.keywords:
        text = f"{event.summary} {event.location.name or ''}".lower()
        if not any(word.lower() in text for word in rule.keywords):
            return False
    return True


def fingerprint(merged: MergedEvent) -> dict[str, Any]:
    """The fields whose change is worth an update, as JSON-ready values."""
    event = merged.event
    return {
        "type": event.acled.sub_event_type,
        "place": event.location.name,
        "date": event.date.start.isoformat() if event.date.start else None,
        "killed": event.casualties.killed.best,
        "injured": event.casualties.injured.best,
        "claim": [event.claim.status, event.claim.by],
    }


def encode(values: dict[str, Any]) -> str:
    """The stored form of a fingerprint (stable key order, so equal facts compare equal)."""
    return json.dumps(values, sort_keys=True)


def describe_changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per changed field, in words ("killed rose from 2 to 5")."""
    lines: list[str] = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key in ("killed", "injured") and isinstance(old, int) and isinstance(new, int):
            verb = "rose" if new > old else "corrected down"
            lines.append(f"{key} {verb} from {old} to {new}")
        elif key == "claim":
            status, by = (new or [None, None])[:2]
            lines.append(f"claim is now {status}" + (f" by {by}" if by else ""))
        elif old is None:
            lines.append(f"{key} now known: {new}")
        else:
            lines.append(f"{key} corrected from {old} to {new}")
    return lines
