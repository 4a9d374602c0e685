"""GeoJSON (RFC 7946): a FeatureCollection, one Point feature per event.

Coordinates are ``[longitude, latitude]`` (RFC 7946 section 3.1.1), WGS84, no ``crs``
member. Events without coordinates keep a feature with ``"geometry": null`` (allowed by
section 3.2) so a count of features is a count of events. Properties are the record
without ``evidence`` (long, and only meaningful next to the article text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.store.protocol import StoredEvent


def feature(item: StoredEvent) -> dict[str, Any]:
    """The GeoJSON feature of one event."""
    record = item.event.to_json_dict()
    record.pop("evidence", None)
    location = item.event.location
    geometry = (
        {"type": "Point", "coordinates": [round(location.lon, 6), round(location.lat, 6)]}
        if location.lat is not None and location.lon is not None
        else None
    )
    return {"type": "Feature", "id": item.event.id, "geometry": geometry, "properties": record}


def write_geojson(items: Iterable[StoredEvent], out: TextIO) -> int:
    """Stream a FeatureCollection (one feature per line, so large exports stay cheap)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for item in items:
        if count:
            out.write(",\n")
        out.write(json.dumps(feature(item), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
