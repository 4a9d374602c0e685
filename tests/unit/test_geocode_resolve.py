"""Choosing the event's place among mentions, on the real gazetteer."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from eventwire.geocode.gazetteer import Gazetteer
from eventwire.geocode.geoparse import resolve_toponyms
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.resolve import Geocoder, ResolvedPlace, fallback_names
from eventwire.settings import Settings


def gazetteer_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Same directory as test_geocode_gazetteer.py uses, so a session builds only once."""
    if os.environ.get("EVENTWIRE_CACHE_DIR"):
        return Settings().cache_dir
    return tmp_path_factory.getbasetemp() / "geocode-cache"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="session")
def geocoder(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    return Geocoder(Gazetteer.load(gazetteer_cache_dir(tmp_path_factory)))


def mention(
    text: str,
    event: bool = True,
    relation: str | None = None,
    distance_km: float | None = None,
    site: str | None = None,
) -> PlaceMention:
    return PlaceMention(text, 0, len(text), event, relation, distance_km, site)


def resolve(geocoder: Geocoder, *texts: str, context: tuple[str, ...] = ()) -> ResolvedPlace:
    return geocoder.resolve([mention(t) for t in texts], [mention(t, event=False) for t in context])


def test_town(geocoder: Geocoder) -> None:
    loc = resolve(geocoder, "Baghdad").location
    assert (loc.place, loc.country_iso3, loc.precision) == ("Baghdad", "IRQ", "town")
    assert loc.geonames_id == 98182
    assert loc.lat is not None and loc.lon is not None
    assert km(loc.lat, loc.lon, 33.3152, 44.3661) < 25


def test_town_beats_its_country(geocoder: Geocoder) -> None:
    result = resolve(geocoder, "Baghdad", "Iraq")
    assert result.location.place == "Baghdad"
    assert result.mention is not None and result.mention.text == "Baghdad"
    assert 0 < result.score <= 1
    assert result.reason


@pytest.mark.parametrize("text", ["Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour"])
def test_spellings_resolve_alike(geocoder: Geocoder, text: str) -> None:
    loc = resolve(geocoder, text).location
    assert (loc.place, loc.country_iso3, loc.geonames_id) == ("Deir ez-Zor", "SYR", 170794)


def test_context_picks_paris_texas(geocoder: Geocoder) -> None:
    assert resolve(geocoder, "Paris").location.country_iso3 == "FRA"
    texas = resolve(geocoder, "Paris", context=("Texas",)).location
    assert (texas.country_iso3, texas.admin1) == ("USA", "Texas")


def test_country(geocoder: Geocoder) -> None:
    loc = resolve(geocoder, "Iraq").location
    assert (loc.precision, loc.place, loc.country_iso3) == ("country", None, "IRQ")
    assert loc.lat is not None
    assert resolve(geocoder, "Syrian").location.country_iso3 == "SYR"


def test_admin1(geocoder: Geocoder) -> None:
    loc = resolve(geocoder, "Anbar province").location
    assert (loc.precision, loc.place, loc.country_iso3) == ("admin1", None, "IRQ")
    assert resolve(geocoder, "Deir ez-Zor province").location.precision == "admin1"


def test_near_town(geocoder: Geocoder) -> None:
    near = geocoder.resolve([mention("Tikrit", relation="near")]).location
    assert (near.precision, near.place) == ("near_town", "Tikrit")
    north = geocoder.resolve([mention("Mosul", relation="north of", distance_km=50.0)])
    assert north.location.precision == "near_town"


def test_sites(geocoder: Geocoder) -> None:
    base = geocoder.resolve([mention("Ain al-Asad air base", site="air base")]).location
    assert (base.precision, base.name, base.country_iso3) == (
        "point",
        "Ain al-Asad Air Base",
        "IRQ",
    )
    assert base.lat is not None and base.lon is not None
    assert km(base.lat, base.lon, 33.7856, 42.4412) < 2
    school = geocoder.resolve([mention("school in Mosul", site="school")]).location
    assert (school.precision, school.place) == ("town", "Mosul")


def test_capital_descriptions(geocoder: Geocoder) -> None:
    for text in ("Iraq's capital", "the Iraqi capital"):
        loc = resolve(geocoder, text).location
        assert (loc.place, loc.precision) == ("Baghdad", "town")


def test_unknown(geocoder: Geocoder) -> None:
    result = resolve(geocoder, "Xqzwvtq")
    assert result.location.precision == "unknown"
    assert result.location.place is None and result.location.lat is None
    assert geocoder.resolve([]).location.precision == "unknown"


def test_a_compass_word_before_a_place_reads_as_the_place() -> None:
    assert next(fallback_names("North Texas")) == "Texas"
    assert next(fallback_names("north west London")) == "London"


def test_a_span_running_into_an_organisation_falls_back_to_its_leading_place() -> None:
    assert "St. Louis" in list(fallback_names("St. Louis Police"))
    assert "the Henderson County" in list(fallback_names("the Henderson County Jail"))
    assert "North" not in list(fallback_names("North Texas"))


def test_geoparser_resolves_a_region_of_a_state_and_an_office_of_a_county(
    geocoder: Geocoder,
) -> None:
    text = "Storms hit North Texas and the Henderson County Jail lost power."
    mentions = [
        PlaceMention(name, text.index(name), text.index(name) + len(name), False)
        for name in ("North Texas", "the Henderson County Jail")
    ]
    region, jail = resolve_toponyms(mentions, geocoder)
    assert (region.feature, region.admin1) == ("admin1", "Texas")
    assert (jail.feature, jail.admin1) == ("admin2", "Texas")


def test_a_region_is_never_the_event_place(geocoder: Geocoder) -> None:
    place = geocoder.resolve([mention("the Middle East"), mention("Baghdad", event=False)])
    assert place.location.place == "Baghdad"


def test_a_street_is_not_the_place_in_its_name() -> None:
    assert list(fallback_names("Atlantic Avenue")) == []
    assert list(fallback_names("Royal Street, New Orleans")) == ["New Orleans"]
    assert list(fallback_names("the River Lune")) == []
    assert "Freeborn" in list(fallback_names("Freeborn Lake"))


def test_a_county_road_lies_in_its_county() -> None:
    assert "Douglas County" in list(fallback_names("Douglas County Road"))
