"""Resolve all of a document's place mentions together, each in the light of the others.

A name alone is often ambiguous (Paris, Texas or France; Georgia the state or the
country); the article around it rarely is. The joint reading uses, in order of strength:

1. "X, Y" written together: "Athens, Ga." puts Athens inside Georgia, "Paris, France"
   inside France; when some candidate of X lies in Y, only those count.
2. The article's other places: a candidate in the same first-level division as another
   mention's reading, or near (within 150 km of) one, is preferred, and a country named
   in the article lends weight to its places. Readings are refined twice, so a confident
   "Lamar County, Texas" pulls an ambiguous "Paris" to Texas.
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

_ROUNDS = 2
_MAX_CANDIDATES = 40


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
    if entry.feature in ("country", "continent"):
        base = 0.8
    elif entry.feature == "site":
        base = 0.45
    elif entry.feature == "admin1":
        base = 0.35 + 0.2 * min(1.0, math.log10(entry.population + 10) / 7.0)
    elif entry.feature == "admin2":
        base = 0.1 + 0.2 * min(1.0, math.log10(entry.population + 10) / 7.0)
    else:
        base = 0.5 * min(1.0, math.log10(entry.population + 10) / 7.0) + (0.15 if capital else 0)
    match = 0.25 if cand.exact and cand.primary else 0.15 if cand.exact else 0.0
    return base + match


def resolve_jointly(
    mentions: Sequence[PlaceMention],
    candidates: Callable[[PlaceMention], list[Candidate]],
    is_capital: Callable[[GazetteerEntry], bool] = lambda _: False,
) -> list[Pick | None]:
    """The best reading of every mention (``None`` when it has no candidate)."""
    options = [candidates(m)[:_MAX_CANDIDATES] for m in mentions]
    options = _containers(mentions, options)
    priors = {
        id(c): prior(c, c.entry.feature == "city" and is_capital(c.entry))
        for cands in options
        for c in cands
    }
    picks: list[Pick | None] = [
        max((Pick(c, priors[id(c)]) for c in cands), key=lambda p: p.score, default=None)
        for cands in options
    ]
    for _ in range(_ROUNDS):
        picks = [
            _best(i, mentions, cands, picks, priors) if cands else None
            for i, cands in enumerate(options)
        ]
    return [_placed(i, pick, mentions, picks) for i, pick in enumerate(picks)]


def _best(
    index: int,
    mentions: Sequence[PlaceMention],
    cands: list[Candidate],
    picks: list[Pick | None],
    priors: dict[int, float],
) -> Pick:
    name = mentions[index].text.casefold()
    others = [
        p.cand.entry
        for j, p in enumerate(picks)
        if j != index and p is not None and mentions[j].text.casefold() != name
    ]
    countries = {e.country_iso2 for e in others}
    admin1s: set[tuple[str, str | None]] = {(e.country_iso2, e.admin1) for e in others}
    local = [e for e in others if e.feature in ("city", "site", "admin2")]
    scored = [Pick(c, priors[id(c)] + _context(c, countries, admin1s, local)) for c in cands]
    return max(scored, key=lambda p: p.score)


def _context(
    cand: Candidate,
    countries: set[str],
    admin1s: set[tuple[str, str | None]],
    local: list[GazetteerEntry],
) -> float:
    entry = cand.entry
    score = 0.0
    if entry.country_iso2 and entry.country_iso2 in countries:
        score += 0.25
    if (
        entry.admin1
        and entry.feature != "country"
        and (entry.country_iso2, entry.admin1) in admin1s
    ):
        score += 0.2
    if entry.feature in ("city", "site", "admin2") and any(
        km(entry.lat, entry.lon, e.lat, e.lon) <= NEAR_KM for e in local
    ):
        score += 0.15
    return score


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
        if top is None or top.entry.feature in ("country", "continent"):
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
