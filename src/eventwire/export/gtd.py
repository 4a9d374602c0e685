"""GTD-style CSV: Global Terrorism Database column names and value conventions.

Conventions followed (GTD codebook): ``iday``/``imonth`` are 0 when unknown; ``nkill`` and
``nwound`` are blank when the reports give no count; ``claimed`` is 1, 0 (nobody claimed
or the claim was denied) or -9 (unknown); ``gname`` is "Unknown" when no perpetrator is
named; ``specificity`` is 1 (the town), 3 (a district), 4 (a province), 5 (the country or
unknown); ``vicinity`` is 1 for "near" a town. ``eventid`` is GTD-shaped (YYYYMMDD plus a
four-digit sequence within the file), since real GTD ids only START can assign.
Events the GTD codebook does not cover (peaceful protests) have empty attack fields.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.export.regions import gtd_region
from eventwire.store.protocol import StoredEvent

GTD_COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt",
    "region_txt", "provstate", "city", "latitude", "longitude", "specificity", "vicinity",
    "summary", "attacktype1_txt", "targtype1_txt", "target1", "gname", "claimed",
    "weaptype1_txt", "weapsubtype1_txt", "nkill", "nwound", "scite1", "dbsource",
    "eventwire_id",
)  # fmt: skip

_SPECIFICITY = {"point": 1, "town": 1, "near_town": 1, "admin2": 3, "admin1": 4}
_CLAIMED = {"claimed": 1, "unclaimed": 0, "denied": 0}


def gtd_row(item: StoredEvent, sequence: int) -> dict[str, Any]:
    """One event as a row of GTD columns; ``sequence`` numbers events of the same date."""
    event = item.event
    location = event.location
    start = event.date.start
    precise_day = event.date.precision == "day"
    precise_month = event.date.precision in ("day", "week", "month")
    targets = [a for a in event.actors if a.role in ("target", "victim")]
    named = [
        a for a in event.actors
        if a.role == "perpetrator" and a.attribution in ("named", "claimed")
    ]  # fmt: skip
    gname = event.claim.by or (named[0].name if named else "Unknown")
    stamp = start.strftime("%Y%m%d") if start else "00000000"
    gtd = event.gtd
    return {
        "eventid": f"{stamp}{sequence:04d}",
        "iyear": start.year if start else "",
        "imonth": start.month if start and precise_month else 0,
        "iday": start.day if start and precise_day else 0,
        "approxdate": event.date.text or "" if not precise_day else "",
        "extended": 0,
        "country_txt": location.country or "",
        "region_txt": gtd_region(location.country_iso3),
        "provstate": location.admin1 or "",
        "city": location.place or "",
        "latitude": f"{location.lat:.6f}" if location.lat is not None else "",
        "longitude": f"{location.lon:.6f}" if location.lon is not None else "",
        "specificity": _SPECIFICITY.get(location.precision, 5),
        "vicinity": 1 if location.precision == "near_town" else 0,
        "summary": event.summary,
        "attacktype1_txt": (gtd.attack_type if gtd else None) or "",
        "targtype1_txt": (gtd.target_type if gtd else None) or "",
        "target1": targets[0].name if targets else "",
        "gname": gname,
        "claimed": _CLAIMED.get(event.claim.status, -9),
        "weaptype1_txt": (gtd.weapon_type if gtd else None) or "",
        "weapsubtype1_txt": (gtd.weapon_subtype if gtd else None) or "",
        "nkill": _count(event.casualties.killed.best),
        "nwound": _count(event.casualties.injured.best),
        "scite1": "; ".join(item.sources),
        "dbsource": "eventwire",
        "eventwire_id": event.id,
    }


def write_gtd_csv(items: Iterable[StoredEvent], out: TextIO) -> int:
    """Write GTD-style CSV with a header; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=GTD_COLUMNS, lineterminator="\n")
    writer.writeheader()
    per_day: Counter[str] = Counter()
    count = 0
    for item in items:
        start = item.event.date.start
        key = start.isoformat() if start else ""
        per_day[key] += 1
        writer.writerow(gtd_row(item, per_day[key]))
        count += 1
    return count


def _count(value: int | None) -> str:
    return "" if value is None else str(value)
