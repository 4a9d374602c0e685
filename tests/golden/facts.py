"""Check an event record against expected facts written as dotted paths.

The same vocabulary serves ``../shared/examples/*.expected.yaml`` and the golden reports
under ``tests/golden/reports``: ``acled.event_type: "..."``, ``location.within_km: {lat,
lon, km}``, ``actors: [{role, name_contains | name_contains_any, attribution}]``,
``weapons: [{kind, count}]``, ``summary_contains: [...]``, ``evidence_fields_at_least``.
"""

from __future__ import annotations

import math
from typing import Any


def path_value(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _actor_matches(actor: dict[str, Any], wanted: dict[str, Any]) -> bool:
    names = f"{actor.get('name') or ''} {actor.get('normalized_name') or ''}".lower()
    if "role" in wanted and actor.get("role") != wanted["role"]:
        return False
    if "attribution" in wanted and actor.get("attribution") != wanted["attribution"]:
        return False
    if "name_contains" in wanted and wanted["name_contains"].lower() not in names:
        return False
    return not (
        "name_contains_any" in wanted
        and not any(option.lower() in names for option in wanted["name_contains_any"])
    )


def failures(record: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Every expected fact the record does not satisfy, as readable lines."""
    problems: list[str] = []
    for key, wanted in expected.items():
        if key == "actors":
            for actor in wanted:
                if not any(_actor_matches(a, actor) for a in record["actors"]):
                    problems.append(f"no actor matching {actor}; actors: {record['actors']}")
        elif key == "weapons":
            for weapon in wanted:
                if not any(
                    w["kind"] == weapon["kind"]
                    and w.get("count") == weapon.get("count", w.get("count"))
                    for w in record["weapons"]
                ):
                    problems.append(f"no weapon {weapon}; weapons: {record['weapons']}")
        elif key == "summary_contains":
            problems += [
                f"summary lacks {word!r}: {record['summary']}"
                for word in wanted
                if word.lower() not in record["summary"].lower()
            ]
        elif key == "evidence_fields_at_least":
            cited = {e["field"] for e in record["evidence"]}
            problems += [f"no evidence for {field}" for field in wanted if field not in cited]
        elif key == "location.within_km":
            lat, lon = record["location"]["lat"], record["location"]["lon"]
            if lat is None or lon is None:
                problems.append("location has no coordinates")
            elif (km := distance_km(lat, lon, wanted["lat"], wanted["lon"])) > wanted["km"]:
                problems.append(f"location {km:.0f} km from expected (limit {wanted['km']})")
        else:
            actual = path_value(record, key)
            if actual != wanted:
                problems.append(f"{key}: expected {wanted!r}, got {actual!r}")
    return problems


def violates(record: dict[str, Any], rule: dict[str, Any]) -> bool:
    """True when a record breaks a must-not rule of the golden reports."""
    if "path" in rule:
        return bool(path_value(record, rule["path"]) == rule["equals"])
    wanted = {"name_contains": rule["actor_name_contains"], "role": rule.get("role")}
    wanted = {k: v for k, v in wanted.items() if v is not None}
    return any(_actor_matches(actor, wanted) for actor in record["actors"])
