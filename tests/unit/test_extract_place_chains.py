"""A place written with its containers ("X town, Y district, Z province, Country"): the finest.

GTD summaries and coders' notes name every level of a place; the event happened at the
finest one that lies inside the others, even when a division outscores it by its size.
"""

from __future__ import annotations

import math

from eventwire.models import Document, Location
from eventwire.pipeline import Pipeline


def location_of(pipeline: Pipeline, text: str) -> Location:
    result = pipeline.process(Document(id="chain", text=text))
    assert result.events, f"no event extracted from {text!r}"
    return result.events[0].location


def km_from(location: Location, lat: float, lon: float) -> float:
    assert location.lat is not None and location.lon is not None
    p1, p2 = math.radians(location.lat), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - location.lon)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_a_town_inside_its_province_is_the_place_not_the_province(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "05/11/2019: Gunmen shot dead two policemen at a checkpoint in Jacobabad town, Sindh"
        " province, Pakistan. No group claimed responsibility.",
    )
    assert (location.place, location.admin1) == ("Jacobabad", "Sindh")


def test_a_town_inside_a_county_named_like_another_town_is_the_place(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "03/02/2018: Assailants shot dead three teachers near Dadaab town, Garissa county,"
        " Kenya. Al-Shabaab claimed responsibility.",
    )
    assert location.place == "Dadaab"
    assert km_from(location, 0.05, 40.31) < 25


def test_a_municipality_inside_its_state_beats_a_city_named_after_the_state(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "07/09/2017: Assailants shot dead a local councillor in Cuautla municipality, Morelos"
        " state, Mexico. No group claimed responsibility.",
    )
    assert km_from(location, 18.81, -98.94) < 25  # not Ecatepec de Morelos, 90 km off


def test_a_commune_is_its_town(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "09/14/2016: An explosive device detonated at a holiday home in Sartene commune,"
        " Corse-du-Sud department, France. No casualties were reported.",
    )
    assert location.place == "Sartene"


def test_two_names_joined_by_and_that_name_one_state_are_that_state(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "06/10/2018: Militants hurled a grenade at a police station in Shopian district,"
        " Jammu and Kashmir state, India, injuring four policemen.",
    )
    assert location.admin1 == "Jammu and Kashmir"
    assert km_from(location, 33.72, 74.83) < 25  # Shopian, not Jammu city 130 km south


def test_a_village_the_gazetteer_lacks_falls_back_to_its_named_district(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "07/02/2018: Gunmen shot dead eleven farmers in Rahoss village, Riyom district, Plateau"
        " state, Nigeria. No group claimed responsibility.",
    )
    assert location.precision == "admin2"  # Riyom district, not Plateau state
    assert km_from(location, 9.64, 8.76) < 25


def test_a_congolese_territory_is_a_district_not_a_namesake_province(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "11/03/2022: Rebels attacked a displaced persons camp near Kiwanja town, Rutshuru"
        " territory, North Kivu province, Democratic Republic of the Congo, killing six people.",
    )
    assert (location.precision, location.country_iso3) == ("admin2", "COD")
    assert km_from(location, -1.19, 29.45) < 25


def test_a_bracketed_town_and_region_that_agree_beat_a_namesake_prefecture(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "On 3 May 2023, unidentified gunmen killed 4 herders near Dianguirde (Nioro, Kayes).",
    )
    assert (location.country_iso3, location.precision) == ("MLI", "admin2")
    assert km_from(location, 15.23, -9.59) < 25
