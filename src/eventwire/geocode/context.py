"""Resolve all of a document's place mentions together, each in the light of the others.

A name alone is often ambiguous (Paris, Texas or France; Georgia the state or the
country); the article around it rarely is. The joint reading uses, in order of strength:

1. "X, Y" written together: "Athens, Ga." puts Athens inside Georgia, "Paris, France"
   inside France; when some candidate of X lies in Y, only those count, and the
   article's other mentions of X share that reading (one sense per article). A list of
   countries ("Turkey, Syria") nests nothing; a country's name before a state ("Palestine,
   Texas") does.
2. The article's other names: a candidate in the same first-level division as other
   names' readings, or near (within 150 km of) them, is preferred, and a country named
   in the article lends weight to its places (and less to its neighbours' places:
   "Gaza" beside Israel and Egypt), as do its first-level divisions to a division
   reading in the same country ("Georgia" among US states). Every name vouches with all
   its readings weighted by their current probability (a soft vote, not its single best
   guess, so a stray misread name cannot outvote a state named outright), several agreeing names
   count more than one, and a name never vouches for itself or for a name sharing its
   words ("North Richmond" for "Richmond"). Readings are refined three times, so a
   confident "Lamar County, Texas" pulls an ambiguous "Paris" to Texas and a cluster of
   small towns of one state ("Norfolk", "Wayne", "Pierce") settles there together.
3. Priors: countries, then first-level divisions, then larger towns; main names over
   alternate names and exact spellings over consonant-skeleton matches.

A second-level division the gazetteer only knows by its first-level division's centre
("Anderson County" has no town of its name) takes the position of the nearest town the
article names in the same first-level division: an article naming a county and a town
of its state is nearly always about that town's county.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from eventwire.geocode.corpora import km
from eventwire.geocode.gazetteer import Candidate, GazetteerEntry
from eventwire.geocode.mentions import PlaceMention

NEAR_KM = 150.0
"""Two readings this close support each other (a local news story's towns)."""

_ROUNDS = 3
_MAX_CANDIDATES = 40
_LOCAL = ("city", "site", "admin2")
_TOWN_WEIGHT = 0.5

_COUNTRY_BONUS = 0.25
_ADMIN1_BONUS = 0.2
_NEAR_BONUS = 0.15
_ADMIN2_BONUS = 0.15
"""Context bonuses at full support: same country, same first-level division, nearby,
same second-level division (a county and a town in it: "Walker County" and Huntsville,
Texas, not Alabama)."""

_NEIGHBOUR_BONUS = 0.15
"""Context bonus at full support for a reading in a country bordering a country the
article names ("Gaza" beside Israel and Egypt is the Strip, not Mozambique's province).
Continents named lend nothing: "Europe" says little about which Washington is meant."""

_SIBLING_BONUS = 0.2
"""Context bonus at full support for a first-level division reading when the article
names other first-level divisions of the same country: a story naming states names more
states ("Georgia" among Alaska, Hawaii and Florida is the state, not the country;
"Oregon" beside Wisconsin is the state, not Oregon, Wisconsin). Not given to a name that
is also a national capital's: "Washington" in a story of states is still the capital."""

_BIG_CITY = 1_000_000
"""A town this large is named for its own sake: it vouches for no small namesake near it
(naming New York says nothing about which Washington is meant, though Washington,
Connecticut is near it), only for its country and first-level division."""

_LARGE_CITY = 500_000
_LARGE_CITY_SHARE = 0.5
"""A town this large vouches for its first-level division at half weight: it is named for
its own sake (a sports report's "Houston", "Dallas" and "San Antonio" say little about
which "Portland" is meant), while a state named outright or a small local town still counts
fully (a local report's towns keep pulling their neighbours)."""

_TEMPERATURE = 0.1
"""Softmax temperature over a mention's reading scores: 0.1 apart is e (2.7) to 1."""

_MIN_SHARE = 0.05
"""Readings less likely than this vouch for nothing (keeps the near test cheap)."""

_HALF_SUPPORT = 0.5
"""Support at which a bonus is two thirds of its full value (see `_saturate`)."""


@dataclass(frozen=True, slots=True)
class Pick:
    """The chosen reading of one mention and its 0..1 score."""

    cand: Candidate
    score: float


def prior(cand: Candidate, capital: bool = False) -> float:
    """How likely a reading is before any context: feature and size, then name match.

    A country or continent outranks any town of its name unless the article places the
    town (a few thousand people and local support are needed to beat an unsupported
    country: Palestine, Texas in a Texas paper, never China, Texas). A national capital
    gets a bonus: bare "Washington" in news is the capital, not the state.
    """
    entry = cand.entry
    if entry.feature in ("country", "continent", "region"):
        base = 0.8
    elif entry.feature == "site":
        base = 0.45
    elif entry.feature == "admin1":
        base = 0.35 + 0.2 * min(1.0, math.log10(entry.population + 10) / 7.0)
    elif entry.feature == "admin2":
        base = 0.1 + 0.2 * min(1.0, math.log10(entry.population + 10) / 7.0)
    else:
        base = _TOWN_WEIGHT * min(1.0, math.log10(entry.population + 10) / 7.0) + (
            0.15 if capital else 0
        )
    match = 0.25 if cand.exact and cand.primary else 0.15 if cand.exact else 0.0
    return base + match


def resolve_jointly(
    mentions: Sequence[PlaceMention],
    candidates: Callable[[PlaceMention], list[Candidate]],
    is_capital: Callable[[GazetteerEntry], bool] = lambda _: False,
    neighbours: Callable[[str], frozenset[str]] = lambda _: frozenset(),
) -> list[Pick | None]:
    """The best reading of every mention (``None`` when it has no candidate).

    ``neighbours`` gives the countries bordering a country (`Gazetteer.neighbours`)."""
    options = [candidates(m)[:_MAX_CANDIDATES] for m in mentions]
    options = _one_sense(mentions, _containers(mentions, options))
    priors = {
        id(c): prior(c, c.entry.feature == "city" and is_capital(c.entry))
        for cands in options
        for c in cands
    }
    names = [m.text.casefold() for m in mentions]
    capitals = {
        names[i]
        for i, cands in enumerate(options)
        if any(c.entry.feature == "city" and is_capital(c.entry) for c in cands)
    }
    scores = [[priors[id(c)] for c in cands] for cands in options]
    for _ in range(_ROUNDS):
        support = _Support.of(names, options, scores)
        scores = [
            [
                priors[id(c)] + support.context(c, names[i], neighbours, names[i] not in capitals)
                for c in cands
            ]
            for i, cands in enumerate(options)
        ]
    picks: list[Pick | None] = [
        max((Pick(c, s) for c, s in zip(cands, row, strict=True)), key=lambda p: p.score)
        if cands
        else None
        for cands, row in zip(options, scores, strict=True)
    ]
    return [_placed(i, pick, mentions, picks) for i, pick in enumerate(picks)]


class _Support:
    """How strongly the article's other names vouch for a country, a division or an area.

    Each distinct name contributes its current readings weighted by their probability
    (a softmax of their scores), not only its best one: a state named outright counts
    fully, a town with equally likely homonyms in three states counts a third for each,
    and several names agreeing count more than one (a saturating sum, see `_saturate`).
    A name never vouches for itself, so repeating a name adds nothing, and a reading
    that only matched by its consonant skeleton vouches for nothing ("the White House"
    read as some Whitehouse must not pull "Washington" to that town's state).
    """

    def __init__(self) -> None:
        self.countries: dict[str, dict[str, float]] = {}
        self.admin1s: dict[tuple[str, str | None], dict[str, float]] = {}
        self.admin2s: dict[tuple[str, str | None, str], dict[str, float]] = {}
        self.local: list[tuple[str, float, GazetteerEntry]] = []
        self.named: dict[str, dict[str, float]] = {}
        """Countries named outright (not through one of their places), by code."""
        self.divisions: dict[str, dict[str, float]] = {}
        """First-level divisions named outright, by their country's code."""

    @classmethod
    def of(
        cls, names: list[str], options: list[list[Candidate]], scores: list[list[float]]
    ) -> _Support:
        out = cls()
        seen: set[str] = set()
        for name, cands, row in zip(names, options, scores, strict=True):
            if name in seen or not cands:
                continue
            seen.add(name)
            top = max(row)
            weights = [math.exp((s - top) / _TEMPERATURE) for s in row]
            total = sum(weights)
            for cand, weight in zip(cands, weights, strict=True):
                p = weight / total
                if p < _MIN_SHARE or not cand.exact:
                    continue
                entry = cand.entry
                if entry.feature == "country":
                    by_name = out.named.setdefault(entry.country_iso2, {})
                    by_name[name] = by_name.get(name, 0.0) + p
                if entry.feature == "admin1":
                    by_name = out.divisions.setdefault(entry.country_iso2, {})
                    by_name[name] = by_name.get(name, 0.0) + p
                if entry.country_iso2:
                    by_name = out.countries.setdefault(entry.country_iso2, {})
                    by_name[name] = by_name.get(name, 0.0) + p
                if entry.admin1 and entry.feature != "country":
                    by_name = out.admin1s.setdefault((entry.country_iso2, entry.admin1), {})
                    big = entry.feature == "city" and entry.population >= _LARGE_CITY
                    by_name[name] = by_name.get(name, 0.0) + p * (_LARGE_CITY_SHARE if big else 1)
                if entry.admin2 and entry.feature in _LOCAL:
                    key2 = (entry.country_iso2, entry.admin1, entry.admin2)
                    by_name = out.admin2s.setdefault(key2, {})
                    by_name[name] = by_name.get(name, 0.0) + p
                if entry.feature in _LOCAL and entry.population < _BIG_CITY:
                    out.local.append((name, p, entry))
        return out

    def context(
        self,
        cand: Candidate,
        name: str,
        neighbours: Callable[[str], frozenset[str]] = lambda _: frozenset(),
        siblings: bool = True,
    ) -> float:
        """The context bonus of ``cand``, a reading of the name ``name``; ``neighbours``
        gives the countries bordering a country; ``siblings`` is False for a name that
        other divisions named must not pull to a division (see `_SIBLING_BONUS`)."""
        entry = cand.entry
        score = 0.0
        if entry.country_iso2:
            by_name = self.countries.get(entry.country_iso2, {})
            score += _COUNTRY_BONUS * _saturate(by_name, name)
            beside = self._named_among(neighbours(entry.country_iso2))
            score += _NEIGHBOUR_BONUS * _saturate(beside, name)
        if entry.admin1 and entry.feature != "country":
            by_name = self.admin1s.get((entry.country_iso2, entry.admin1), {})
            score += _ADMIN1_BONUS * _saturate(by_name, name)
        if entry.feature == "admin1" and siblings:
            by_name = self.divisions.get(entry.country_iso2, {})
            score += _SIBLING_BONUS * _saturate(by_name, name)
        if entry.admin2 and entry.feature in _LOCAL:
            by_name = self.admin2s.get((entry.country_iso2, entry.admin1, entry.admin2), {})
            score += _ADMIN2_BONUS * _saturate(by_name, name)
        if entry.feature in _LOCAL:
            near: dict[str, float] = {}
            for other, p, e in self.local:
                if (
                    not _same_root(other, name)
                    and km(e.lat, e.lon, entry.lat, entry.lon) <= NEAR_KM
                ):
                    near[other] = min(1.0, near.get(other, 0.0) + p)
            score += _NEAR_BONUS * _saturate(near, name)
        return score

    def _named_among(self, countries: frozenset[str]) -> dict[str, float]:
        """Per name, how surely it names one of ``countries`` outright."""
        out: dict[str, float] = {}
        for country in countries:
            for name, p in self.named.get(country, {}).items():
                out[name] = max(out.get(name, 0.0), p)
        return out


def _saturate(by_name: dict[str, float], name: str) -> float:
    """0 for no support, two thirds for one sure name, towards 1 as more names agree;
    ``name`` itself and names sharing its words do not count (see `_same_root`)."""
    support = sum(min(1.0, v) for n, v in by_name.items() if not _same_root(n, name))
    return support / (support + _HALF_SUPPORT)


def _same_root(one: str, other: str) -> bool:
    """True when one name contains the other ("north richmond", "richmond"): the
    readings of "North Richmond" cluster around some Richmond by construction, so they
    are no independent evidence for where "Richmond" is."""
    return one == other or f" {one} " in f" {other} " or f" {other} " in f" {one} "


def _one_sense(
    mentions: Sequence[PlaceMention], options: list[list[Candidate]]
) -> list[list[Candidate]]:
    """One sense per article: when "Athens, Ga." narrowed one mention of a name, the
    article's other mentions of that name ("Athens" alone, later) share its readings."""
    longest: dict[str, int] = {}
    country: set[str] = set()
    for mention, cands in zip(mentions, options, strict=True):
        name = mention.text.casefold()
        longest[name] = max(longest.get(name, 0), len(cands))
        if cands and _is_country(max(cands, key=prior)):
            country.add(name)  # "Palestine, Texas" once does not move every "Palestine"
    narrowed: dict[str, set[GazetteerEntry]] = {}
    for mention, cands in zip(mentions, options, strict=True):
        name = mention.text.casefold()
        if cands and len(cands) < longest[name] and name not in country:
            narrowed.setdefault(name, {c.entry for c in cands})
    out = []
    for mention, cands in zip(mentions, options, strict=True):
        keep = narrowed.get(mention.text.casefold())
        inside = [c for c in cands if c.entry in keep] if keep else []
        out.append(inside or cands)
    return out


def _containers(
    mentions: Sequence[PlaceMention], options: list[list[Candidate]]
) -> list[list[Candidate]]:
    """Keep only the readings of X inside Y when the text says "X, Y"."""
    out = list(options)
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if not 0 < second.start - first.end <= 2 or not options[i + 1]:
            continue
        top = max(options[i], key=prior, default=None)
        after = max(options[i + 1], key=prior)
        if top is None or (_is_country(top) and after.entry.feature != "admin1"):
            continue  # a list of countries ("Turkey, the United States") nests nothing
        areas = [c.entry for c in options[i + 1] if c.entry.feature in ("admin1", "country")]
        inside = [c for c in options[i] if any(_within(c.entry, a) for a in areas)]
        inside = [c for c in inside if c.primary] or inside
        if inside:
            out[i] = inside
            out[i + 1] = [
                c for c in options[i + 1] if any(_within(x.entry, c.entry) for x in inside)
            ]
    return out


def _is_country(cand: Candidate) -> bool:
    return cand.entry.feature in ("country", "continent", "region")


def _within(entry: GazetteerEntry, area: GazetteerEntry) -> bool:
    """True when ``entry`` lies inside ``area`` (a country or a first-level division)."""
    if entry.country_iso2 != area.country_iso2 or entry.feature == "country":
        return False
    if area.feature == "country":
        return True
    return entry.feature != "admin1" and entry.admin1 == area.admin1


def _placed(
    index: int, pick: Pick | None, mentions: Sequence[PlaceMention], picks: list[Pick | None]
) -> Pick | None:
    """Move a division known only by its parent's centre next to a co-mentioned town
    (the town written closest to it in the text)."""
    if pick is None or pick.cand.entry.feature != "admin2" or pick.cand.entry.population:
        return pick
    entry = pick.cand.entry
    towns = [
        (abs(mentions[j].start - mentions[index].start), p.cand.entry)
        for j, p in enumerate(picks)
        if j != index
        and p is not None
        and p.cand.entry.feature == "city"
        and (p.cand.entry.country_iso2, p.cand.entry.admin1) == (entry.country_iso2, entry.admin1)
    ]
    if not towns:
        return pick
    near = min(towns, key=lambda t: t[0])[1]
    moved = replace(entry, lat=near.lat, lon=near.lon)
    return Pick(replace(pick.cand, entry=moved), pick.score)
