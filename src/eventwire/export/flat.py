"""One flat row per event: the columns of ``events --format csv``, the DataFrame of
``eventwire.open(db).events()`` and the Parquet export.

Nested parts (actors, weapons) become readable strings; the full record stays available
as JSON in ``record`` for Parquet, so nothing is lost by flattening.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.store.protocol import StoredEvent

FLAT_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "background",
    "place",
    "admin1",
    "country",
    "country_iso3",
    "lat",
    "lon",
    "location_precision",
    "killed_low",
    "killed_best",
    "killed_high",
    "injured_best",
    "perpetrators",
    "targets",
    "weapons",
    "claim_status",
    "attack_type",
    "summary",
    "confidence",
    "article_ids",
    "sources",
)


def flat_row(item: StoredEvent) -> dict[str, Any]:
    """The flat columns of one stored event (None where the record has no value)."""
    event = item.event
    location = event.location
    killed = event.casualties.killed
    return {
        "id": event.id,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "date_precision": event.date.precision,
        "event_type": event.acled.event_type,
        "sub_event_type": event.acled.sub_event_type,
        "background": event.background,
        "place": location.place or location.name,
        "admin1": location.admin1,
        "country": location.country,
        "country_iso3": location.country_iso3,
        "lat": location.lat,
        "lon": location.lon,
        "location_precision": location.precision,
        "killed_low": killed.low,
        "killed_best": killed.best,
        "killed_high": killed.high,
        "injured_best": event.casualties.injured.best,
        "perpetrators": "; ".join(a.name for a in event.actors if a.role == "perpetrator"),
        "targets": "; ".join(a.name for a in event.actors if a.role in ("target", "victim")),
        "weapons": "; ".join(w.kind for w in event.weapons),
        "claim_status": event.claim.status,
        "attack_type": event.gtd.attack_type if event.gtd else None,
        "summary": event.summary,
        "confidence": event.confidence,
        "article_ids": "; ".join(event.article_ids),
        "sources": "; ".join(item.sources),
    }


def write_csv(items: Iterable[StoredEvent], out: TextIO) -> int:
    """Flat rows as CSV with a header; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for item in items:
        writer.writerow(flat_row(item))
        count += 1
    return count


def write_jsonl(items: Iterable[StoredEvent], out: TextIO) -> int:
    """The contract: one record per line, exactly as extracted."""
    count = 0
    for item in items:
        out.write(json.dumps(item.event.to_json_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count
