"""Choose the event's location among its place mentions.

Each mention is looked up, every candidate scored (population, how exactly the name
matched, whether its country or division is named elsewhere in the article, whether the
mention is in the event's own sentence) and the mentions then compete, the most specific
winning when it agrees with the rest ("Baghdad" over "Iraq" in "the embassy in Baghdad,
Iraq"). A mention that only matches weakly gives precision "unknown" rather than a guess.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace

from eventwire.geocode.context import Pick, resolve_jointly
from eventwire.geocode.corpora import km
from eventwire.geocode.gazetteer import Candidate, Gazetteer, GazetteerEntry
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.normalize import fold
from eventwire.geocode.parse import Reading, is_near, read_mention, site_town
from eventwire.geocode.qualified import areas_named, container, inside, is_inside
from eventwire.models import Location, PlacePrecision
from eventwire.settings import Settings

_AREAS = ("country", "admin1", "admin2", "region", "continent")

MIN_SCORE = 0.4
"""Below this a mention's best candidate is not trusted (unknown instead)."""

_DEMONYM_TOWN = 100_000
"""A country adjective ("Canadian") reads as its country unless a town at least this large
has that name."""

_SPECIFICITY = {"site": 3, "city": 3, "admin2": 2, "admin1": 2, "country": 1}


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """The chosen location, the mention it came from, a 0..1 score and a one-line why."""

    location: Location
    mention: PlaceMention | None
    score: float
    reason: str
    feature: str | None = None
    """The gazetteer feature of the chosen entry ("city", "admin1", "country", "site")."""
    abroad_only: bool = False
    """True when every place named had readings only in countries the article does not
    point to (see `Geocoder.resolve`): most likely a local place the gazetteer lacks."""


@dataclass(slots=True)
class _Choice:
    """The best reading of one mention, before mentions compete."""

    mention: PlaceMention
    cand: Candidate
    score: float
    precision: PlacePrecision
    notes: list[str] = field(default_factory=list)


class Geocoder:
    """Resolves mentions against a :class:`Gazetteer`; stateless apart from it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @classmethod
    def load(cls, settings: Settings) -> Geocoder:
        """Open (building once if needed) the gazetteer in ``settings.cache_dir``."""
        return cls(Gazetteer.load(settings.cache_dir))

    def resolve(
        self,
        mentions: Sequence[PlaceMention],
        context: Sequence[PlaceMention] = (),
        home: PlaceMention | None = None,
        named: Collection[str] = (),
    ) -> ResolvedPlace:
        """The event location among ``mentions``, disambiguated with ``context``.

        ``home`` is where the report was filed (its dateline place). Its country is the
        report's home: readings there are preferred ("Zaragoza" in a San Salvador report is
        the Salvadoran town, not Spain's city), and a small place abroad that nothing else
        in the article points to is not trusted (a Medellin report's "Aranjuez"
        neighbourhood is not the Spanish town): a wrong country is worse than none.
        ``named`` are the countries the article names in words that are not place mentions
        ("a Syrian monitoring group"); they vouch for places abroad like the mentions do
        (but are no home: "the Russian air force" is no sign an event was in Russia).
        """
        everything = [*mentions, *context, *([home] if home is not None else [])]
        evidence = [self._evidence(m) for m in everything]
        home_countries = evidence[-1][0] if home is not None else set()
        named_by_mention = [self._names_country(m) for m in everything]

        def named_countries(idx: int) -> set[str]:
            others = (n for j, n in enumerate(named_by_mention) if j != idx)
            return set(named).union(*others)

        choices: list[_Choice] = []
        strays: set[int] = set()
        for idx, mention in enumerate(mentions):
            others = [e for j, e in enumerate(evidence) if j != idx]
            choice = self._choose(mention, others, home_countries)
            if choice is None:
                continue
            if home_countries and _stray_abroad(
                choice, named_countries(idx) | self._qualifier_countries(mention)
            ):
                strays.add(id(choice))
            choices.append(choice)
        trusted = [
            c
            for c in choices
            if c.score >= MIN_SCORE
            and c.cand.entry.feature not in ("continent", "region")
            and id(c) not in strays
        ]
        if not trusted:
            why = (
                "no mention matched a known place"
                if not choices
                else "only places abroad the article does not point to"
                if strays
                else "only weak matches"
            )
            best = max(choices, key=lambda c: c.score, default=None)
            abroad_only = bool(choices) and all(id(c) in strays for c in choices)
            return ResolvedPlace(
                Location(), best.mention if best else None, 0.0, why, abroad_only=abroad_only
            )
        countries = {c.cand.entry.country_iso2 for c in trusted}
        winner = max(trusted, key=lambda c: self._final(c, trusted, countries))
        return ResolvedPlace(
            self._location(winner),
            winner.mention,
            round(min(1.0, winner.score), 3),
            self._reason(winner, len(trusted)),
            winner.cand.entry.feature,
        )

    def near(self, mention: PlaceMention, why: str) -> ResolvedPlace:
        """Somewhere near the place ``mention`` names (a town becomes ``near_town``): where a
        report was filed, for a local place the gazetteer does not know."""
        found = self.resolve([mention])
        if found.location.precision != "town":
            return found
        location = found.location.model_copy(update={"precision": "near_town"})
        return replace(found, location=location, reason=f"{found.reason}; {why}")

    def country_only(self, iso: str, why: str) -> ResolvedPlace | None:
        """The country ``iso`` names, at country precision, with no mention behind it (an
        event whose place the text does not name beyond its country's adjective)."""
        entry = self.gazetteer.country(iso)
        if entry is None:
            return None
        cand = Candidate(entry, exact=True, primary=True)
        choice = _Choice(PlaceMention(entry.name, 0, 0, False), cand, MIN_SCORE, "country")
        return ResolvedPlace(self._location(choice), None, MIN_SCORE, why, "country")

    def resolve_each(self, mentions: Sequence[PlaceMention]) -> list[ResolvedPlace]:
        """Every mention resolved on its own, each in the context of all the others
        (the geoparser's view: where is each named place, not where did the event happen)."""
        containers = _named_containers(mentions)

        def candidates(mention: PlaceMention) -> list[Candidate]:
            held = containers.get(id(mention))
            areas = self._container_candidates(mention, held) if held is not None else []
            return areas or self._any_candidates(mention)

        picks = resolve_jointly(
            mentions, candidates, self.gazetteer.is_capital, self.gazetteer.neighbours
        )
        vouched = _vouched_countries(mentions, picks)
        out: list[ResolvedPlace] = []
        strays: set[int] = set()
        for mention, pick in zip(mentions, picks, strict=True):
            if pick is None or pick.score < MIN_SCORE:
                why = _UNKNOWN if pick is None else _WEAK
                out.append(ResolvedPlace(Location(), mention, 0.0, why))
                continue
            precision = _precision(pick.cand, mention, read_mention(mention.text))
            choice = _Choice(mention, pick.cand, pick.score, precision)
            if _unsure_town(pick.cand) and not vouched(pick.cand.entry, mention):
                strays.add(len(out))
            out.append(
                ResolvedPlace(
                    self._location(choice),
                    mention,
                    round(min(1.0, choice.score), 3),
                    self._reason(choice, 1),
                    choice.cand.entry.feature,
                )
            )
        return _placed_beside_towns(out, strays)

    def _container_candidates(self, mention: PlaceMention, held: PlaceMention) -> list[Candidate]:
        """The states and countries ``mention`` names that hold a reading of ``held``,
        the name written just before it ("Buffalo, New York")."""
        inner = self._any_candidates(held)
        return [
            area
            for area in self.gazetteer.candidates(mention.text)
            if area.exact
            and area.entry.feature in ("admin1", "country")
            and any(_lies_in(c.entry, area.entry) for c in inner)
        ]

    def _final(self, choice: _Choice, trusted: list[_Choice], countries: set[str]) -> float:
        """Mentions compete: specific places that agree with the others win."""
        entry = choice.cand.entry
        level = _SPECIFICITY.get(entry.feature, 1)
        agrees = any(
            o is not choice
            and o.cand.entry.country_iso2 == entry.country_iso2
            and _SPECIFICITY.get(o.cand.entry.feature, 1) < level
            for o in trusted
        )
        lonely = len(countries) > 1 and entry.feature == "country"
        guide = (
            _is_landmark(choice, trusted)
            or _is_region_of_another(choice, trusted)
            or _holds_another(choice, trusted)
        )
        return (
            choice.score
            + 0.1 * level
            + (0.1 if agrees else 0.0)
            - (0.05 if lonely else 0)
            - (0.2 if guide else 0.0)
            - (_STATED_CONTAINER if _stated_container(choice, trusted) else 0.0)
        )

    def _any_candidates(self, mention: PlaceMention) -> list[Candidate]:
        """The geoparser's view: a name beside a facility noun that names no known site
        ("the Southern District of Ohio" office) is still the place it names."""
        reading = read_mention(mention.text)
        found = self._candidates(mention, reading)
        if mention.site and not any(c.entry.feature == "site" for c in found):
            # "the West Bank" is no bank in West: a whole name that is a known area wins
            # over the town a facility noun was read off.
            # So does a whole name that is a known town: "Cape Town" is no town in Cape.
            plain = self._candidates(replace(mention, site=None), reading)
            areas = [c for c in plain if c.exact and c.entry.feature in _AREAS]
            named = [c for c in self.gazetteer.candidates(mention.text) if c.exact]
            found = areas or named or found or plain
        elif not mention.site:
            found = self._named_sites(mention, found) + found
        if any(c.exact for c in found):
            return found + self._bare_divisions(mention, reading, found)
        counties = self._bare_divisions(mention, reading, found)
        if counties:
            return counties
        for part in fallback_names(mention.text):
            inner = replace(mention, text=part, site=None)
            exact = [c for c in self._candidates(inner, read_mention(part)) if c.exact]
            if exact:
                return [replace(c, primary=False) for c in exact]
        return found

    def _named_sites(self, mention: PlaceMention, found: list[Candidate]) -> list[Candidate]:
        """Curated sites the bare name is the name of ("Heathrow", "Schiphol"): the event
        resolver wants a town when the name is also one, but where a place is, a hub
        airport named on its own is likelier than the small town of its name abroad."""
        return [
            c
            for c in self.gazetteer.candidates(mention.text)
            if c.exact and c.entry.feature == "site" and c not in found
        ]

    def _bare_divisions(
        self, mention: PlaceMention, reading: Reading, found: list[Candidate]
    ) -> list[Candidate]:
        """Second-level divisions a bare name may mean ("Avoyelles", "Pointe Coupee":
        parishes; "Clay" in "Becker, Clay and Douglas counties"), which `_candidates`
        keeps only when the mention says "county" (the event resolver wants towns). The
        joint resolution weighs them with their small division prior, so they win only
        when the article's other places agree."""
        if reading.hint is not None or mention.site or mention.within:
            return []
        have = {c.entry for c in found}
        return [
            c
            for c in self.gazetteer.candidates(reading.core)
            if c.exact and c.entry.feature == "admin2" and c.entry not in have
        ]

    def _candidates(self, mention: PlaceMention, reading: Reading) -> list[Candidate]:
        gaz = self.gazetteer
        if mention.within:
            return self._qualified_candidates(mention, reading)
        if reading.capital_of:
            country = _country_of(gaz, reading.capital_of)
            capital = gaz.capital_of(country.country_iso2) if country else None
            return [Candidate(capital, exact=True, primary=True)] if capital else []
        if mention.site:
            sites = [c for c in gaz.candidates(mention.text) if c.entry.feature == "site"]
            town_reading = read_mention(site_town(mention.text, mention.site))
            town = town_reading.core
            if sites or not town:
                return sites
            if town_reading.hint in ("admin1", "admin2"):  # "a base in the Timbuktu region"
                divisions = self._candidates(replace(mention, site=None), reading)
                return [c for c in divisions if c.entry.feature in ("admin1", "admin2")]
            sites = [c for c in gaz.candidates(town) if c.entry.feature == "site"]
            # "near Baghdad airport": Baghdad itself, not a spelling variant (Baghdadeh)
            towns = [c for c in gaz.candidates(town) if c.entry.feature == "city"]
            return sites or [c for c in towns if c.exact] or towns
        if reading.hint is None:
            demonym = gaz.country_for_demonym(reading.core)
            if demonym is not None and not any(
                c.exact and c.entry.population >= _DEMONYM_TOWN
                for c in gaz.candidates(reading.core)
            ):
                return [Candidate(demonym, exact=True, primary=True)]
        full = [c for c in gaz.candidates(mention.text) if c.exact]
        if reading.hint != "admin1" and full and mention.text != reading.core:
            return full
        cands = gaz.candidates(reading.core)
        if reading.hint == "admin1":
            # "the US state department": a country named before "state" is the country.
            admin = [c for c in cands if c.entry.feature == "admin1"]
            nation = [c for c in cands if c.exact and c.entry.feature == "country"]
            return admin or nation or [c for c in cands if c.entry.feature == "city"]
        if reading.hint == "admin2":
            admin2 = [c for c in cands if c.entry.feature == "admin2"]
            full_admin2 = [c for c in full if c.entry.feature == "admin2"]
            return full_admin2 or admin2 or [c for c in cands if c.entry.feature == "city"]
        if reading.hint == "city":
            return [c for c in cands if c.entry.feature == "city"]
        cands = [c for c in cands if c.entry.feature != "admin2"] or cands
        towns = _prefer_cities([c for c in cands if c.entry.feature != "site"])
        exact_towns = [c for c in towns if c.exact]
        return exact_towns or [c for c in cands if c.entry.feature == "site"] or towns

    def _qualified_candidates(self, mention: PlaceMention, reading: Reading) -> list[Candidate]:
        """Candidates inside the containers the text names ("Beni (Nord-Kivu)", "Kech,
        Balochistan"), looking also at the districts and small towns the plain reading
        sets aside. A container stands in for a place the gazetteer does not know; a
        comma's (which may be a list) never overrides a place it knows."""
        gaz = self.gazetteer
        free = self._candidates(replace(mention, within=()), reading)
        wider = free + [
            c
            for c in gaz.candidates(reading.core)
            if c not in free and c.entry.feature in ("city", "admin2")
        ]
        if reading.hint == "admin1" and any(c.entry.feature == "admin1" for c in free):
            # "Morelos state, Mexico" is the state, not Ecatepec de Morelos in Mexico; but
            # "Beni territory, North Kivu" is no Bolivian department: a territory (region,
            # department) is a second-level division in many countries
            divisions = [
                c for c in gaz.candidates(reading.core) if c.exact and c.entry.feature == "admin2"
            ]
            states = inside(gaz, free, mention.within, loose=mention.within_loose)
            wider = free if states or not divisions else divisions
        found = inside(gaz, wider, mention.within, loose=mention.within_loose)
        if found:
            return found
        if found is None or (mention.within_loose and free):
            return free
        return container(gaz, mention.within)  # "Solino, Port-au-Prince": the known part

    def _choose(
        self,
        mention: PlaceMention,
        evidence: list[tuple[set[str], set[str]]],
        home_countries: Collection[str] = (),
    ) -> _Choice | None:
        reading = read_mention(mention.text)
        cands = self._candidates(mention, reading)
        compass = _COMPASS.match(mention.text)
        if not cands and compass and not mention.within:  # "western Medellin"
            part = compass.group("rest")
            cands = self._candidates(replace(mention, text=part), read_mention(part))
        a_town_of = reading.hint == "city" and not self.gazetteer.is_known_place(mention.text)
        if not mention.within and (reading.hint is None or a_town_of):
            # "Colombia" (or "several towns in Colombia") is the country, not a village of
            # its name; "a north Iraq town" is somewhere in Iraq (but Guatemala City is a city)
            named = [c for c in self.gazetteer.candidates(reading.core) if c.exact and c.primary]
            if any(c.entry.feature == "country" for c in named):  # (Georgia the state stays)
                keep = ("country",) if reading.hint else ("country", "admin1")
                cands = [c for c in named if c.entry.feature in keep]
        if mention.within_loose and not inside(self.gazetteer, cands, mention.within, loose=True):
            cands = cands + container(self.gazetteer, mention.within)  # "Mosul's Old City"
        if not cands or not any(ch.isupper() for ch in mention.text):
            # "the sheraton hotel", "gen" (for General): lower case is no place's name
            return None
        countries = set().union(*(e[0] for e in evidence)) if evidence else set()
        admin1s = set().union(*(e[1] for e in evidence)) if evidence else set()
        for qualifier in mention.within:  # "Hays district (Al Hudaydah)" vouches for itself
            for area in areas_named(self.gazetteer, qualifier):
                countries.add(area.country_iso2)
                admin1s.update([area.admin1] if area.admin1 else [])
        scored = [
            (self._score(c, mention, countries, admin1s) + _home_bonus(c, home_countries), c)
            for c in cands[:50]
        ]
        score, cand = max(scored, key=lambda sc: sc[0])
        cand = _own_name(cand, cands)
        if cand.entry.feature == "admin2" and reading.hint != "admin2":
            score, cand = _town_of_division(scored, cand) or (score, cand)
        notes = []
        if cand.entry.country_iso2 in countries:
            notes.append(f"{cand.entry.country} named in the article")
        if len(cands) > 1:
            notes.append(f"{len(cands)} candidates")
        precision = _precision(cand, mention, reading)
        if _stands_for_area(cand, mention, reading):
            precision = "admin2"
            notes.append(f"the area of {cand.entry.name}, as the text qualifies it")
        return _Choice(mention, cand, score, precision, notes)

    @staticmethod
    def _score(
        cand: Candidate, mention: PlaceMention, countries: set[str], admin1s: set[str]
    ) -> float:
        entry = cand.entry
        if entry.feature == "site":
            base = 0.35
        else:
            base = 0.35 * min(1.0, math.log10(entry.population + 10) / 7.0)
        match = 0.25 if cand.exact and cand.primary else 0.2 if cand.exact else 0.05
        ctx = 0.25 if entry.country_iso2 in countries else 0.0
        ctx += 0.1 if entry.admin1 and entry.admin1 in admin1s else 0.0
        event = 0.1 if mention.in_event_sentence else 0.0
        return base + match + ctx + event + (0.05 if entry.feature == "site" else 0.0)

    def _qualifier_countries(self, mention: PlaceMention) -> set[str]:
        """Countries a mention's qualifiers name outright ("Paris, France"); a division
        named as qualifier vouches for nothing on its own ("San Nicolas valley (Rio
        Negro)" in a Bogota report: Colombia's Rionegro, not Argentina's province)."""
        return {
            area.country_iso2
            for qualifier in mention.within
            for area in areas_named(self.gazetteer, qualifier)
            if area.feature == "country"
        }

    def _names_country(self, mention: PlaceMention) -> set[str]:
        """The country a mention points to on its own authority: a country, a first-level
        division, a curated site or a large town (two small Spanish-only names do not make a
        Colombian report's neighbourhoods Spanish)."""
        for cand in self._candidates(mention, read_mention(mention.text))[:1]:
            entry = cand.entry
            if cand.exact and (
                entry.feature in ("country", "admin1", "site") or entry.population >= _STRAY_TOWN
            ):
                return {entry.country_iso2}
        return set()

    def _evidence(self, mention: PlaceMention) -> tuple[set[str], set[str]]:
        """Countries and admin1 divisions a mention vouches for (for its neighbours)."""
        reading = read_mention(mention.text)
        cands = [c for c in self._candidates(mention, reading) if c.exact]
        if not cands:
            return set(), set()
        top = cands[0].entry
        if top.feature in ("country", "admin1", "site") or len(cands) == 1:
            return {top.country_iso2}, {top.admin1} if top.admin1 else set()
        if top.population >= 100_000:
            return {top.country_iso2}, set()
        return set(), set()

    def _location(self, choice: _Choice) -> Location:
        entry, cand, precision = choice.cand.entry, choice.cand, choice.precision
        if precision == "country":
            place = None
        elif entry.feature == "site":
            place = cand.town
        elif entry.feature == "city":
            place = entry.name
        else:
            place = None
        return Location(
            name=entry.name,
            place=place,
            admin1=entry.admin1,
            country=entry.country,
            country_iso3=entry.country_iso3,
            lat=entry.lat,
            lon=entry.lon,
            precision=precision,
            geonames_id=entry.geonames_id,
        )

    @staticmethod
    def _reason(choice: _Choice, n_trusted: int) -> str:
        entry = choice.cand.entry
        parts = [f"'{choice.mention.text}' -> {entry.name} ({entry.feature}, {entry.country})"]
        parts += choice.notes
        if n_trusted > 1:
            parts.append(f"most specific of {n_trusted} mentions")
        if not choice.cand.exact:
            parts.append("spelling variant match")
        return "; ".join(parts)


_LOCAL_FEATURES = ("city", "site", "admin2")

_NEIGHBOUR_KM = 150.0
"""Two named places this close vouch for each other's readings."""

_BESIDE_SCORE = 0.3
"""Score of a mention placed at a neighbouring town (a guess, below `MIN_SCORE`)."""

_UNKNOWN = "no known place"
_WEAK = "only weak matches"


def _stands_for_area(cand: Candidate, mention: PlaceMention, reading: Reading) -> bool:
    """ "Welingara (Nara, Koulikoro)" with Welingara unknown: Nara, the town read, stands
    for the district named after it (a cercle), not for where the event was."""
    name = fold(cand.entry.name)
    return (
        cand.entry.feature == "city"
        and name != fold(reading.core)
        and any(fold(read_mention(q).core) == name for q in mention.within)
    )


def _small_town(entry: GazetteerEntry) -> bool:
    return entry.feature == "city" and entry.population < _STRAY_TOWN


def _unsure_town(cand: Candidate) -> bool:
    """A town reading that needs the article's support: a small town, or any town matched
    only by its consonant skeleton ("Portroe", an Irish village, is no Pretoria)."""
    return _small_town(cand.entry) or (cand.entry.feature == "city" and not cand.exact)


def _vouched_countries(
    mentions: Sequence[PlaceMention], picks: Sequence[Pick | None]
) -> Callable[[GazetteerEntry, PlaceMention], bool]:
    """Whether the article's other names vouch for a small town's reading: one of them
    (a country, a division or a large town) lies in its country, or lies near it (a
    local story's towns: "Nenagh", "Ballina" and "Cloughjordan" vouch for each other)."""
    by_country: dict[str, set[str]] = {}
    points: list[tuple[str, GazetteerEntry]] = []
    for mention, pick in zip(mentions, picks, strict=True):
        if pick is None or pick.score < MIN_SCORE:
            continue
        name, entry = mention.text.casefold(), pick.cand.entry
        if entry.feature in _LOCAL_FEATURES:
            points.append((name, entry))
        if not _small_town(entry):
            by_country.setdefault(entry.country_iso2, set()).add(name)

    def vouched(entry: GazetteerEntry, mention: PlaceMention) -> bool:
        name = mention.text.casefold()
        return bool(by_country.get(entry.country_iso2, set()) - {name}) or any(
            other != name and km(e.lat, e.lon, entry.lat, entry.lon) <= _NEIGHBOUR_KM
            for other, e in points
        )

    return vouched


def _named_containers(mentions: Sequence[PlaceMention]) -> dict[int, PlaceMention]:
    """Mentions (by id) that name, right after a comma, the container of the mention
    before them ("Buffalo, New York"), each with that mention: such a name is the state
    or country holding the town, not a city called so (bare "New York" is the city; the
    state is read so only where the text says it holds a town)."""
    out: dict[int, PlaceMention] = {}
    for first, second in itertools.pairwise(mentions):
        if 0 < second.start - first.end <= 2 and first.within[:1] == (second.text,):
            out[id(second)] = first
    return out


def _lies_in(entry: GazetteerEntry, area: GazetteerEntry) -> bool:
    """True when ``entry`` (a town or district) lies in ``area`` (a country or a
    first-level division)."""
    if entry.feature in ("country", "admin1") or entry.country_iso2 != area.country_iso2:
        return False
    return area.feature == "country" or entry.admin1 == area.admin1


def _placed_beside_towns(resolved: list[ResolvedPlace], strays: set[int]) -> list[ResolvedPlace]:
    """A name the gazetteer does not know ("Frenchmen Street", "Schiphol", "Trump Tower")
    is nearly always a street, building or neighbourhood of the town the article is
    talking about at that point: it takes the position of the town named closest to it in
    the text, at "near_town" precision and a low score, rather than no position at all.

    So does a name read as a small town in a country no other name of the article is in
    or near (``strays``: "Delft", a Cape Town township, read as the Dutch town), when the
    article names some other, better vouched town (not a district) to put it by and no
    more than one country (a story of several countries names towns abroad on purpose).
    An unknown name goes by such a stray town only when the article names no other."""
    towns = [
        (r.mention.start, i, r)
        for i, r in enumerate(resolved)
        if r.mention is not None and r.feature in _LOCAL_FEATURES
    ]
    sure = [t for t in towns if t[1] not in strays]
    countries = {r.location.country_iso3 for r in resolved if r.feature == "country"}
    cities = [t for t in sure if t[2].feature != "admin2"] if len(countries) <= 1 else []
    out = []
    for i, place in enumerate(resolved):
        unknown = place.reason in (_UNKNOWN, _WEAK)
        donors = (sure or towns) if unknown else cities if i in strays else []
        if place.mention is None or not donors:
            out.append(place)
            continue
        start = place.mention.start
        town = min(donors, key=lambda t: abs(t[0] - start))[2]
        location = town.location.model_copy(update={"precision": "near_town"})
        what = place.reason if unknown else "a small town abroad nothing else points to"
        why = f"placed at the nearest named town ({town.location.name}): {what}"
        out.append(ResolvedPlace(location, place.mention, _BESIDE_SCORE, why, town.feature))
    return out


_COMPASS = re.compile(
    r"^(?:the\s+)?(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|"
    r"(?:north|south|east|west|central|upper|lower)(?:ern)?)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


_COMPASS_ONLY = re.compile(
    r"^(?:(?:north|south|east|west|central|upper|lower)(?:ern)?[- ]?)+$", re.IGNORECASE
)


def fallback_names(text: str) -> Iterator[str]:
    """Shorter names to try when a mention as written names no known place, most
    specific first: without a compass word ("North Texas" -> "Texas", "East Oxford" ->
    "Oxford": the part of a place is within reach of the place), the parts of "X, Y"
    ("Thruxton, Hampshire": the town, else its county), then the longest leading run of
    words ("Henderson County Jail" -> "Henderson County", "St. Louis Police" -> "St.
    Louis": the recogniser's span often runs on into an organisation's name).

    Readings from these are marked as not the place's main name, so they lose to a
    full-name reading in the joint resolution."""
    text = " ".join(text.split()).strip(" ,.;:-")
    parts = [p.strip() for p in text.split(",") if p.strip()] or [text]
    first = parts[0]
    words = [w.casefold().strip(".") for w in first.split()]
    if any(
        w in _FEATURE_NOUNS and words[i] not in _DIVISION_WORDS for i, w in enumerate(words[1:])
    ):
        # "Atlantic Avenue": a street, not the place named in it; "Royal Street, New
        # Orleans" is still in New Orleans.
        yield from parts[1:][-1:]
        return
    compass = _COMPASS.match(text)
    if compass:
        yield compass.group("rest")
    if len(parts) > 1:
        yield from (first, parts[-1])
    words = first.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n]).rstrip(" ,.-")
        if (
            words[n - 1][:1].isupper()
            and _ARTICLE.sub("", head).casefold() not in _NOT_PLACES
            and not _COMPASS_ONLY.match(head)
        ):
            yield head


_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)

_NOT_PLACES = frozenset(
    {"", "a", "an", "st.", "st", "mount", "mt.", "new", "san", "fort", "port", "lake", "river"}
)
"""Leading words that name no place on their own ("St.", "New" of "New Jersey Transit")."""

_FEATURE_NOUNS = frozenset(
    {
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane",
        "way", "square", "highway", "parkway", "plaza", "parade", "terrace", "crescent",
    }
)  # fmt: skip
"""Words that make a name a street: the place named in front of one ("Atlantic" of
"Atlantic Avenue", "Wichita" of "Wichita Street") is not where it is. Natural features
stay ("Freeborn Lake" is by Freeborn County)."""


_DIVISION_WORDS = frozenset({"county", "parish", "township", "state", "province", "district"})
"""Before a street word, these make the name a division's road ("Douglas County Road"),
which does lie in the division."""


def _precision(cand: Candidate, mention: PlaceMention, reading: Reading) -> PlacePrecision:
    feature = cand.entry.feature
    if feature in ("continent", "region"):
        return "unknown"
    if feature == "country":
        return "country"
    if feature == "admin1":
        return "admin1"
    if feature == "admin2":
        return "admin2"
    if feature == "site":
        return "near_town" if is_near(mention.relation, mention.distance_km) else "point"
    if reading.hint in ("admin1", "admin2"):
        return "admin2"  # "Rutshuru territory" read as its town: the division around it
    return "near_town" if is_near(mention.relation, mention.distance_km) else "town"


def _town_of_division(
    scored: list[tuple[float, Candidate]], division: Candidate
) -> tuple[float, Candidate] | None:
    """The best town candidate inside the winning second-level division, if any: a
    mention that did not say "district" and matches both a town and the district around
    it ("Maarat al-Numan") names the town, the more specific place. The division's
    population is the sum of its towns', so it would otherwise outweigh the town."""
    area = (division.entry.country_iso2, division.entry.admin1)
    towns = [
        (score, c)
        for score, c in scored
        if c.entry.feature == "city" and (c.entry.country_iso2, c.entry.admin1) == area
    ]
    return max(towns, key=lambda sc: sc[0], default=None)


def _prefer_cities(cands: list[Candidate]) -> list[Candidate]:
    """Drop a division named like a city of about its size in the same country: bare
    "Kirkuk" means the city, but bare "California" the state, not California, Maryland.
    A hint ("Kirkuk province") bypasses this."""
    city_pop: dict[str, int] = {}
    for c in cands:
        if c.entry.feature == "city" and (c.primary or c.entry.population >= 50_000):
            cc = c.entry.country_iso2
            city_pop[cc] = max(city_pop.get(cc, 0), c.entry.population)
    return [
        c
        for c in cands
        if c.entry.feature != "admin1"
        or c.entry.population > 5 * city_pop.get(c.entry.country_iso2, -1)
    ]


_HOME_BONUS = 0.1
"""Extra weight for a reading in the country the report was filed from: of two places
named alike, both in countries the article names, the home one is likelier."""

_STRAY_TOWN = 100_000
"""A town abroad at least this large (or a capital) may be named without the article
saying which country it is in ("Geneva talks"); a smaller one needs the article's support."""


_SAME_PLACE_KM = 30.0


def _own_name(chosen: Candidate, cands: Sequence[Candidate]) -> Candidate:
    """ "New Delhi" is Delhi's alternate name but New Delhi's own: of two readings that
    close together, the one whose main name the text wrote."""
    if chosen.primary or not chosen.exact:
        return chosen
    for cand in cands:
        if (
            cand.primary
            and cand.exact
            and cand.entry.feature == chosen.entry.feature
            and cand.entry.country_iso2 == chosen.entry.country_iso2
            and km(cand.entry.lat, cand.entry.lon, chosen.entry.lat, chosen.entry.lon)
            <= _SAME_PLACE_KM
        ):
            return cand
    return chosen


_LANDMARK_KM = 150.0
"""A town named to say where another lies is near it ("Jamundi, south of Cali": 20 km; a
village of the same name on another continent is not what "near Bunia" locates)."""


def _is_landmark(choice: _Choice, trusted: Sequence[_Choice]) -> bool:
    """ "in Jamundi, south of Cali": a town named only to say where another town named
    with it lies is not where the event happened."""
    mention = choice.mention
    if not is_near(mention.relation, mention.distance_km):
        return False
    entry = choice.cand.entry
    return any(
        o is not choice
        and o.cand.entry.feature in ("city", "site")
        and not is_near(o.mention.relation, o.mention.distance_km)
        and not _is_region_of_another(o, trusted)
        and km(o.cand.entry.lat, o.cand.entry.lon, entry.lat, entry.lon) <= _LANDMARK_KM
        for o in trusted
    )


def _is_region_of_another(choice: _Choice, trusted: Sequence[_Choice]) -> bool:
    """ "on the outskirts of Huauchinango, in the Sierra Norte of Puebla": a name that is
    the first-level division of another place named with it is said as that division,
    even when a city carries the name too."""
    name = fold(choice.mention.text)
    return any(
        o is not choice
        and o.cand.entry.feature in ("city", "site", "admin2")
        and o.cand.entry.admin1 is not None
        and fold(o.cand.entry.admin1) == name
        and fold(o.cand.entry.name) != name
        for o in trusted
    )


_COARSE_HINTS = {"admin1": 1, "admin2": 2}
"""How coarse a mention's own kind word says it is ("Sindh province", "Mandera county"),
whatever entry it resolved to (a county named like its city may resolve to the city)."""

_FINENESS = {"country": 0, "admin1": 1, "admin2": 2}
"""How fine a reading is, from its precision; towns, sites and points are 3."""


def _fineness(choice: _Choice) -> int:
    hint = read_mention(choice.mention.text).hint
    level = _FINENESS.get(choice.precision, 3)
    said = _COARSE_HINTS.get(hint, 3) if hint is not None else 3
    return min(level, said)


def _holds_another(choice: _Choice, trusted: Sequence[_Choice]) -> bool:
    """ "in Sehwan town, Sindh province, Pakistan", "El Wak town, Mandera county": a
    division (or country) that holds a finer place named with it is said to tell where
    that place lies; the finest place of the chain is the event's, though the division
    scores higher for its size. Held means same country and, below a country, same
    first-level division (GeoNames files a town's district under the same admin1)."""
    level = _fineness(choice)
    if level >= 3:
        return False
    entry = choice.cand.entry
    return any(
        o is not choice
        and _fineness(o) > level
        and o.cand.entry.country_iso2 == entry.country_iso2
        and (level == 0 or (entry.admin1 is not None and o.cand.entry.admin1 == entry.admin1))
        for o in trusted
    )


_STATED_CONTAINER = 1.0
"""Penalty of a division the text itself gives as a finer place's container: it says where
that place lies, whatever its size adds to its score."""


def _stated_container(choice: _Choice, trusted: Sequence[_Choice]) -> bool:
    """ "Miango village, Bassa district, Plateau state": Plateau is written as the
    container of Bassa (and Bassa of Miango), so the finest place read inside the chain is
    the event's, even a district standing in for a village the gazetteer lacks. Only
    containers the text names count (a place merely lying in a division does not)."""
    name = fold(read_mention(choice.mention.text).core)
    level = _FINENESS.get(choice.precision, 3)
    return any(
        o is not choice
        and _FINENESS.get(o.precision, 3) > level
        and any(fold(read_mention(w).core) == name for w in o.mention.within)
        and is_inside(o.cand.entry, choice.cand.entry)
        for o in trusted
    )


def _home_bonus(cand: Candidate, home_countries: Collection[str]) -> float:
    return _HOME_BONUS if cand.entry.country_iso2 in home_countries else 0.0


def _stray_abroad(choice: _Choice, vouched: set[str]) -> bool:
    """A reading in a country nothing in the article points to, of a place too small to
    be named without one ("Rio Negro" is a province of Argentina, but a Bogota report's
    "San Nicolas valley (Rio Negro)" is not there), or matched only by an alternate name or
    a spelling variant: only a large place's own name may stand without support."""
    entry = choice.cand.entry
    if entry.country_iso2 in vouched or entry.feature == "country":
        return False
    if entry.feature == "site":
        return False
    if not (choice.cand.exact and choice.cand.primary):
        return True  # "Cai" (a police post) is an old name of Cadiz; "Kaibiles" ~ "Kabul"
    return entry.feature in ("admin1", "admin2") or entry.population < _STRAY_TOWN


def _country_of(gaz: Gazetteer, word: str) -> GazetteerEntry | None:
    """ "Iraq" or "Iraqi" -> the Iraq entry."""
    for cand in gaz.candidates(word):
        if cand.exact and cand.entry.feature == "country":
            return cand.entry
    return gaz.country_for_demonym(word)
