"""Offline geocoding: place mentions in, a `Location` for the event out.

`Gazetteer` answers "which places are called X" from an index built once from packaged
GeoNames data; `Geocoder` picks the event's place among an article's mentions. Nothing is
loaded at import time: call `Geocoder.load(settings)`.
"""

from __future__ import annotations

from eventwire.geocode.gazetteer import Gazetteer, GazetteerEntry
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.resolve import Geocoder, ResolvedPlace

__all__ = ["Gazetteer", "GazetteerEntry", "Geocoder", "PlaceMention", "ResolvedPlace"]
