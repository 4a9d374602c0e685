"""Places written with their district or region in brackets, as coders' notes write them.

ACLED notes and much regional reporting say "in Beni (Nord-Kivu)": the bracket settles a
homonym, vouches for a spelling variant, and stands in for a village the gazetteer lacks.
"""

from __future__ import annotations

from eventwire.models import Document, Location
from eventwire.pipeline import Pipeline


def location_of(pipeline: Pipeline, text: str) -> Location:
    result = pipeline.process(Document(id="note", text=text))
    assert result.events, f"no event extracted from {text!r}"
    return result.events[0].location


def test_bracketed_region_settles_a_homonym(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "On 1 June 2020, soldiers of the FARDC shot dead two civilians in Beni (Nord-Kivu).",
    )
    assert (location.country_iso3, location.place) == ("COD", "Beni")  # not Beni, Bolivia


def test_bracketed_region_confirms_a_district(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "On 3 July 2017, Houthi forces fired artillery shells at positions of pro-Hadi forces"
        " in Hays district (Al Hudaydah). No casualties reported.",
    )
    assert (location.country_iso3, location.admin1, location.precision) == (
        "YEM",
        "Al Hudaydah",
        "admin2",
    )


def test_unknown_village_falls_back_to_the_bracketed_region_not_a_lookalike(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "On 4 November 2020, the Ethiopian National Defence Force (ENDF) and TPLF forces"
        " clashed in Dansha (Western Tigray). Dozens were killed.",
    )
    assert location.country_iso3 == "ETH"
    assert location.precision == "admin1"


def test_bracketed_region_vouches_for_a_spelling_variant(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "On 23 August 2020, an airstrike by the Russian air force hit a market in"
        " Maarat al-Numan (Idleb). 12 civilians were killed.",
    )
    assert (location.country_iso3, location.precision) == ("SYR", "town")
    assert location.admin1 == "Idlib"


def test_acronym_in_brackets_is_not_a_place(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Gunmen of the Allied Democratic Forces (ADF) killed seven villagers in Butembo,"
        " in eastern Congo's North Kivu province, on Tuesday.",
    )
    assert (location.country_iso3, location.place) == ("COD", "Butembo")


def test_city_named_beside_its_province_is_the_city(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "03/22/2019: An explosive device detonated near a bus in Kabul city, Kabul province,"
        " Afghanistan. Four passengers were killed.",
    )
    assert (location.place, location.precision) == ("Kabul", "town")


def test_region_after_a_comma_picks_the_candidate_inside_it(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline, "Gunmen killed three policemen in Kech, Balochistan on Monday."
    )
    assert location.country_iso3 == "PAK"  # not Ketsch, Germany


def test_country_possessive_picks_the_region_inside_the_country(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline, "A roadside bomb killed two soldiers in Pakistan's Punjab province on Monday."
    )
    assert location.country_iso3 == "PAK"  # not Punjab, India


def test_comma_list_of_places_is_not_a_qualifier(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline, "Rockets struck Baghdad, Basra and Kirkuk overnight, killing two civilians."
    )
    assert location.country_iso3 == "IRQ"
    assert location.precision != "admin1"
