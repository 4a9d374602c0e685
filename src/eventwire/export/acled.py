"""ACLED-style CSV: ACLED's column names, in ACLED's order, with ACLED's value spellings.

Conventions followed (ACLED codebook), so the file drops into ACLED-based tooling:

- ``event_date`` is written "08 December 2023"; ``time_precision`` is 1 (day), 2 (week or
  a few days), 3 (month or vaguer, or unknown).
- ``fatalities`` is the *lowest* reported killed count, and 0 when the reports give none:
  ACLED records unknown fatalities as 0. The record's ``casualties.killed`` keeps the
  difference between "none" and "unknown"; this column cannot.
- ``geo_precision`` is 1 (the town or site itself), 2 (near a town, or a district), 3 (a
  province or the country, or unknown).
- ``inter1``/``inter2`` are ACLED's actor-type codes (1 state forces, 2 rebel groups,
  3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
  8 external/other forces); ``interaction`` joins them, lower code first (a lone actor is
  the code then 0: "60" for protesters alone).
- ``event_id_cnty`` is the ISO3 code followed by eventwire's event id (not ACLED's
  numbering, which only ACLED can assign); ``iso`` is the numeric ISO 3166 code.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.export.regions import acled_region
from eventwire.models import Actor, Event
from eventwire.store.protocol import StoredEvent

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

_INTER = {
    "state_forces": 1, "government": 1, "police": 1, "military": 1,
    "rebel_group": 2, "militia": 3, "identity_militia": 4, "rioters": 5, "protesters": 6,
    "civilians": 7, "diplomatic": 7, "journalists": 7, "external_forces": 8,
    "unidentified_armed_group": 3,
}  # fmt: skip
_TIME_PRECISION = {"day": 1, "week": 2}
_GEO_PRECISION = {"point": 1, "town": 1, "near_town": 2, "admin2": 2}


def disorder_type(event: Event) -> str:
    """ACLED's disorder type for an event type / sub-event type pair."""
    event_type, sub_type = event.acled.event_type, event.acled.sub_event_type
    if sub_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in ("Protests", "Riots") and sub_type != "Mob violence":
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def acled_row(item: StoredEvent) -> dict[str, Any]:
    """One event as a row of ACLED columns."""
    event = item.event
    location = event.location
    side1 = [a for a in event.actors if a.role == "perpetrator"] or [
        a for a in event.actors if a.role == "other"
    ]
    side2 = [a for a in event.actors if a.role in ("target", "victim") and a not in side1]
    inter1, inter2 = _inter(side1), _inter(side2)
    start = event.date.start
    killed = event.casualties.killed
    fatalities = killed.low if killed.low is not None else killed.best
    return {
        "event_id_cnty": f"{location.country_iso3 or 'XXX'}{event.id.removeprefix('evt_')}",
        "event_date": start.strftime("%d %B %Y") if start else "",
        "year": start.year if start else "",
        "time_precision": _TIME_PRECISION.get(event.date.precision, 3),
        "disorder_type": disorder_type(event),
        "event_type": event.acled.event_type,
        "sub_event_type": event.acled.sub_event_type,
        "actor1": side1[0].name if side1 else "",
        "assoc_actor_1": "; ".join(a.name for a in side1[1:]),
        "inter1": inter1 or "",
        "actor2": side2[0].name if side2 else "",
        "assoc_actor_2": "; ".join(a.name for a in side2[1:]),
        "inter2": inter2 or "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if _targets_civilians(event, side2) else "",
        "iso": _iso_numeric(location.country_iso3),
        "region": acled_region(location.country_iso3),
        "country": location.country or "",
        "admin1": location.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": location.place or location.name or "",
        "latitude": f"{location.lat:.4f}" if location.lat is not None else "",
        "longitude": f"{location.lon:.4f}" if location.lon is not None else "",
        "geo_precision": _GEO_PRECISION.get(location.precision, 3),
        "source": "; ".join(item.sources),
        "source_scale": "",
        "notes": event.summary,
        "fatalities": fatalities if fatalities is not None else 0,
        "tags": "",
        "timestamp": _timestamp(item.ingested_at),
    }


def write_acled_csv(items: Iterable[StoredEvent], out: TextIO) -> int:
    """Write ACLED-style CSV with a header; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for item in items:
        writer.writerow(acled_row(item))
        count += 1
    return count


def _inter(actors: list[Actor]) -> int | None:
    for actor in actors:
        code = _INTER.get(actor.kind or "")
        if code is not None:
            return code
    return 7 if any(a.role == "victim" for a in actors) else None


def _interaction(inter1: int | None, inter2: int | None) -> str:
    if inter1 and inter2:
        low, high = sorted((inter1, inter2))
        return f"{low}{high}"
    single = inter1 or inter2
    return f"{single}0" if single else ""


def _targets_civilians(event: Event, targets: list[Actor]) -> bool:
    if event.acled.event_type == "Violence against civilians":
        return True
    return any(a.kind == "civilians" for a in targets)


def _iso_numeric(iso3: str | None) -> str:
    if not iso3:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3.upper())
    return str(int(country.numeric)) if country is not None else ""


def _timestamp(ingested_at: str) -> str:
    try:
        return str(int(dt.datetime.fromisoformat(ingested_at).timestamp()))
    except ValueError:
        return ""
