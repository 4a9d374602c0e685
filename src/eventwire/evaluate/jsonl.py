"""Read gold as JSONL: one hand-checked text per line with the facts its event must have.

Each line: ``{"id": str (optional), "text": str, "published": "YYYY-MM-DD" or null,
"expected": FACTS | [FACTS, ...] | null}``. ``null`` or ``[]`` means the text reports no
event (it counts for detection only); a list means several events. FACTS use the dotted
paths of the golden reports (``tests/golden/reports/*.expected.yaml``), so a golden report
converts line for line:

====================================  =======================================
fact                                  field
====================================  =======================================
acled.event_type, acled.sub_event_type  ACLED event type, sub-type
gtd.attack_type, gtd.weapon_type,     GTD attack, weapon, target type
gtd.target_type
date.start                            date exact (``date.end`` widens the range)
location.within_km: {lat, lon, km}    location within 25 km (the figure's own
                                      25 km, whatever ``km`` says)
location.country_iso3 / .country      country
location.admin1                       admin1
casualties.killed.best / .injured     killed / injured (``.low``/``.high`` widen
                                      "within 20%")
claim.status                          claim (``claimed`` or not)
actors: [{role, name_contains |       perpetrator (role perpetrator), target
name_contains_any}]                   (role target or victim)
====================================  =======================================

Other facts (``date.basis``, ``summary_contains``, ``weapons``, ...) have no figure and
are ignored here; the golden tests check them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldCount, GoldEvent, GoldText, Names


def read_jsonl(path: Path) -> Iterator[GoldText]:
    if not path.is_file():
        raise InputError(f"{path}: no such file: give a JSONL file of gold texts")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{where}: not JSON ({error.msg}): one object per line") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError(f'{where}: each line needs {{"text": "...", "expected": ...}}')
            expected = record.get("expected")
            wanted = [] if expected is None else expected
            if isinstance(wanted, dict):
                wanted = [wanted]
            if not isinstance(wanted, list) or not all(isinstance(w, dict) for w in wanted):
                raise InputError(f'{where}: "expected" must be an object, a list of them, or null')
            published = record.get("published")
            yield GoldText(
                id=str(record.get("id") or f"line-{number}"),
                text=record["text"],
                published=str(published) if published else None,
                events=tuple(_event(w, where) for w in wanted),
                relevant=bool(wanted),
            )


def _event(facts: dict[str, Any], where: str) -> GoldEvent:
    try:
        return GoldEvent(
            event_types=_one(facts, "acled.event_type"),
            sub_event_types=_one(facts, "acled.sub_event_type"),
            gtd_attack_types=_one(facts, "gtd.attack_type"),
            gtd_weapon_types=_one(facts, "gtd.weapon_type"),
            gtd_target_types=_one(facts, "gtd.target_type"),
            date_range=_dates(facts),
            lat=_coordinate(facts, "lat"),
            lon=_coordinate(facts, "lon"),
            country=facts.get("location.country_iso3") or facts.get("location.country"),
            admin1=facts.get("location.admin1"),
            killed=_count(facts, "casualties.killed"),
            injured=_count(facts, "casualties.injured"),
            perpetrators=_actors(facts, {"perpetrator"}),
            targets=_actors(facts, {"target", "victim"}),
            claimed=(facts["claim.status"] == "claimed") if "claim.status" in facts else None,
            label=str(facts.get("acled.sub_event_type") or facts.get("acled.event_type") or ""),
        )
    except (TypeError, ValueError, KeyError) as error:
        raise InputError(f"{where}: a fact has the wrong shape ({error})") from None


def _one(facts: dict[str, Any], key: str) -> frozenset[str] | None:
    return frozenset({str(facts[key])}) if facts.get(key) else None


def _dates(facts: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    if not facts.get("date.start"):
        return None
    start = dt.date.fromisoformat(str(facts["date.start"]))
    end = dt.date.fromisoformat(str(facts.get("date.end") or start))
    return start, max(start, end)


def _coordinate(facts: dict[str, Any], axis: str) -> float | None:
    within = facts.get("location.within_km")
    return float(within[axis]) if isinstance(within, dict) else None


def _count(facts: dict[str, Any], prefix: str) -> GoldCount | None:
    best = facts.get(f"{prefix}.best")
    if best is None:
        return None
    low, high = facts.get(f"{prefix}.low"), facts.get(f"{prefix}.high")
    return GoldCount(int(best), int(low) if low is not None else None, int(high) if high else None)


def _actors(facts: dict[str, Any], roles: set[str]) -> tuple[Names, ...] | None:
    found: list[Names] = []
    for actor in facts.get("actors") or []:
        if actor.get("role") not in roles:
            continue
        names = actor.get("name_contains_any") or [actor.get("name_contains")]
        names = tuple(str(n) for n in names if n)
        if names:
            found.append(names)
    return tuple(found) or None
