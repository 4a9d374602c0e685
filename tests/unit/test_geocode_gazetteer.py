"""Gazetteer lookups on the real packaged data (the index is built once per session)."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from eventwire.geocode.gazetteer import Gazetteer
from eventwire.geocode.normalize import fold, skeleton
from eventwire.settings import Settings


def gazetteer_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's cache when EVENTWIRE_CACHE_DIR is set (reused across runs), else one
    directory per test session shared by every geocode test module (one build)."""
    if os.environ.get("EVENTWIRE_CACHE_DIR"):
        return Settings().cache_dir
    return tmp_path_factory.getbasetemp() / "geocode-cache"


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer.load(gazetteer_cache_dir(tmp_path_factory))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_fold_joins_transliterations() -> None:
    keys = {skeleton(fold(n)) for n in ("Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour")}
    assert len(keys) == 1
    assert fold("Khān Yūnis") == "khan yunis"
    assert fold("بغداد") == ""


def test_baghdad(gazetteer: Gazetteer) -> None:
    best = gazetteer.lookup("Baghdad")[0]
    assert best.country_iso3 == "IRQ"
    assert best.geonames_id == 98182
    assert best.feature == "city"
    assert km(best.lat, best.lon, 33.3152, 44.3661) < 25


@pytest.mark.parametrize("name", ["Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour", "deir EZ zor"])
def test_deir_ez_zor_spellings(gazetteer: Gazetteer, name: str) -> None:
    cities = [e for e in gazetteer.lookup(name) if e.feature == "city"]
    assert cities[0].geonames_id == 170794
    assert cities[0].country_iso3 == "SYR"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Mosul", "IRQ"),
        ("Kirkuk", "IRQ"),
        ("Maiduguri", "NGA"),
        ("Mogadishu", "SOM"),
        ("Kharkiv", "UKR"),
        ("Khan Younis", "PSE"),
    ],
)
def test_known_cities(gazetteer: Gazetteer, name: str, iso3: str) -> None:
    cities = [e for e in gazetteer.lookup(name) if e.feature == "city"]
    assert cities and cities[0].country_iso3 == iso3
    assert gazetteer.is_known_place(name)


def test_countries_admin1_and_sites(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Iraq")[0].feature == "country"
    assert gazetteer.lookup("the U.S.")[0].country_iso3 == "USA"
    anbar = [e for e in gazetteer.lookup("Anbar") if e.feature == "admin1"]
    assert anbar and anbar[0].country_iso3 == "IRQ"
    erbil = next(e for e in gazetteer.lookup("Erbil") if e.feature == "city")
    assert erbil.admin1 == "Erbil"  # Kurdistan governorates are admin1 in GeoNames
    site = gazetteer.lookup("Ain al-Asad air base")[0]
    assert site.feature == "site"
    assert site.country_iso3 == "IRQ"


def test_demonyms_and_capitals(gazetteer: Gazetteer) -> None:
    iraq = gazetteer.country_for_demonym("Iraqi")
    assert iraq is not None and iraq.country_iso3 == "IRQ"
    nigerians = gazetteer.country_for_demonym("Nigerians")
    assert nigerians is not None and nigerians.country_iso3 == "NGA"
    assert gazetteer.country_for_demonym("Tuesday") is None
    capital = gazetteer.capital_of("SYR")
    assert capital is not None and capital.name == "Damascus"


def test_unknown_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Xqzwvtq") == []
    assert not gazetteer.is_known_place("Xqzwvtq")


def test_russian_republics_answer_to_their_bare_names(gazetteer: Gazetteer) -> None:
    for name in ("Dagestan", "Tatarstan"):
        entry = gazetteer.lookup(name)[0]
        assert (entry.feature, entry.country_iso2) == ("admin1", "RU")


def test_seas_and_world_regions_are_indexed(gazetteer: Gazetteer) -> None:
    assert any(e.feature == "region" for e in gazetteer.lookup("Middle East"))
    assert [e.feature for e in gazetteer.lookup("the Mediterranean")] == ["region"]


def test_a_county_sits_among_its_own_towns(gazetteer: Gazetteer) -> None:
    """Laurel County, Kentucky has no town of its name (its seat is London); Henderson
    County, North Carolina is far from Henderson, NC (around Hendersonville)."""
    laurel = next(e for e in gazetteer.lookup("Laurel County") if e.admin1 == "Kentucky")
    assert km(laurel.lat, laurel.lon, 37.13, -84.08) < 40
    henderson = next(
        e for e in gazetteer.lookup("Henderson County") if e.admin1 == "North Carolina"
    )
    assert km(henderson.lat, henderson.lon, 35.32, -82.46) < 40


def test_a_town_knows_its_county(gazetteer: Gazetteer) -> None:
    london = next(e for e in gazetteer.lookup("London") if e.admin1 == "Kentucky")
    assert london.admin2 == "Laurel County"


def test_a_country_with_far_islands_sits_among_its_towns(gazetteer: Gazetteer) -> None:
    portugal, fiji = gazetteer.country("PT"), gazetteer.country("FJ")
    assert portugal is not None and fiji is not None
    assert km(portugal.lat, portugal.lon, 39.5, -8.0) < 161  # mainland, not the Atlantic
    assert km(fiji.lat, fiji.lon, -17.8, 178.0) < 161  # across the 180th meridian


@pytest.mark.parametrize(("name", "town"), [("Dhama'ar", "Dhamar"), ("Ba'aqubah", "Baqubah")])
def test_a_glottal_stop_between_like_vowels_may_be_written_as_one_vowel(
    gazetteer: Gazetteer, name: str, town: str
) -> None:
    found = [c for c in gazetteer.candidates(name) if c.exact]
    assert found and found[0].entry.name == town


def test_a_doubled_vowel_is_kept_when_the_name_is_known_as_written(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("Sana'a")[0].entry.name == "Sanaa"


def test_a_double_vowel_written_without_an_apostrophe_is_no_glottal_stop(
    gazetteer: Gazetteer,
) -> None:
    # "Shabaab" would otherwise read as "Shabab", a town: the group's name is no place
    assert not any(c.exact for c in gazetteer.candidates("Shabaab"))
