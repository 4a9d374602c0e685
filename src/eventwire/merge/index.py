"""Candidate look-up by day and place: which stored reports could be the same event.

Each report is filed under every (day, grid cell) its date interval and place disc cover,
and under (country, day) keys; a new report looks up its own keys. Two reports whose
intervals and discs overlap always share a key, so the index never hides a pair that
`compare` could accept, and the cost of a look-up depends on how many events happened
near that place on those days, not on how many are stored (no scan).

Keys are packed into ints so a million stored reports cost tens of bytes per key.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Iterator

from eventwire.merge.report import Report

CELL_DEGREES = 0.5
"""Grid cell size (about 55 km of latitude): a town disc touches one to four cells."""

_GRID, _COUNTRY_ANY, _COUNTRY_ONLY, _PLACE_NAME, _NAME_ANY, _NAME_UNPLACED = 1, 2, 3, 4, 5, 6
_KM_PER_DEGREE = 111.2


def _country_code(iso3: str) -> int:
    code = 0
    for char in iso3.upper()[:3]:
        code = code * 64 + (ord(char) & 63)
    return code


def _name_code(name: str) -> int:
    return zlib.crc32(name.encode()) & 0xFFFFF


def _key(kind: int, day: int, a: int, b: int = 0) -> int:
    return (((kind << 22 | day) << 20) | a) << 12 | b


def _cells(lat: float, lon: float, radius_km: float) -> Iterator[tuple[int, int]]:
    dlat = radius_km / _KM_PER_DEGREE
    cos = max(math.cos(math.radians(lat)), 0.05)
    dlon = min(radius_km / (_KM_PER_DEGREE * cos), 180.0)
    rows = range(_cell(lat - dlat, 90), _cell(lat + dlat, 90) + 1)
    lo_col, hi_col = _cell(lon - dlon, 180), _cell(lon + dlon, 180)
    columns = range(lo_col, hi_col + 1)
    for row in rows:
        for column in columns:
            yield row, column % int(360 / CELL_DEGREES)


def _cell(value: float, offset: int) -> int:
    return math.floor((value + offset) / CELL_DEGREES)


def filed_keys(report: Report) -> list[int]:
    """The keys ``report`` is stored under."""
    return _keys(report, filing=True)


def probe_keys(report: Report) -> list[int]:
    """The keys to look up for ``report``'s candidates."""
    return _keys(report, filing=False)


def _keys(report: Report, *, filing: bool) -> list[int]:
    if report.day_lo is None or report.day_hi is None or report.event.background:
        return []
    days = range(report.day_lo, report.day_hi + 1)
    keys: list[int] = []
    country = _country_code(report.country) if report.country else None
    if report.lat is not None and report.lon is not None and report.radius_km is not None:
        cells = list(_cells(report.lat, report.lon, report.radius_km))
        keys.extend(_key(_GRID, day, row, column) for day in days for row, column in cells)
        if country is not None:
            kind = _COUNTRY_ANY if filing else _COUNTRY_ONLY
            keys.extend(_key(kind, day, country) for day in days)
    elif country is not None:
        keys.extend(_key(_COUNTRY_ANY, day, country) for day in days)
        if filing:
            keys.extend(_key(_COUNTRY_ONLY, day, country) for day in days)
    # One place geocoded to two namesakes ("Beni" in Congo and in Bolivia) shares its name.
    for name in report.place_names:
        keys.extend(_key(_PLACE_NAME, day, _name_code(name)) for day in days)
    # A report with no place at all finds candidates by the names in its sentences.
    unplaced = report.lat is None  # a country alone is often a demonym's guess
    codes = [_name_code(n) for n in sorted(report.names)]
    if filing:
        kinds = [_NAME_ANY, _NAME_UNPLACED] if unplaced else [_NAME_ANY]
    else:
        kinds = [_NAME_ANY if unplaced else _NAME_UNPLACED]
    keys.extend(_key(kind, day, code) for kind in kinds for day in days for code in codes)
    return keys


class CandidateIndex:
    """In-memory map from look-up keys to the ids of the reports filed under them."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self._buckets)

    def add(self, report: Report) -> None:
        for key in filed_keys(report):
            bucket = self._buckets.get(key)
            if bucket is None:
                self._buckets[key] = [report.event_id]
            else:
                bucket.append(report.event_id)

    def add_many(self, reports: Iterable[Report]) -> None:
        for report in reports:
            self.add(report)

    def candidates(self, report: Report) -> set[str]:
        """Ids of stored reports that could be the same event as ``report``."""
        found: set[str] = set()
        for key in probe_keys(report):
            bucket = self._buckets.get(key)
            if bucket:
                found.update(bucket)
        found.discard(report.event_id)
        return found
