"""Wire reports are filed from somewhere: the dateline's country is the report's home.

A name that only a far-away country's gazetteer knows ("Aranjuez" in a Medellin report is a
neighbourhood, not the Spanish town) must not carry the event abroad; a report's "in this
capital" is the dateline's city; of two towns named alike the home one is likelier. A
large foreign city, or a small one in a country the article names, is still trusted.
"""

from __future__ import annotations

from eventwire.geocode.gazetteer import GENERIC_WORDS
from eventwire.models import Document, Location
from eventwire.pipeline import Pipeline


def location_of(pipeline: Pipeline, text: str) -> Location:
    result = pipeline.process(Document(id="wire", text=text))
    assert result.events, f"no event extracted from {text!r}"
    return result.events[0].location


def test_unknown_neighbourhood_stays_in_the_home_city_not_a_namesake_abroad(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "MEDELLIN, 4 Sep 89 (AFP) -- Two people were injured tonight when a bomb exploded in"
        " front of a bank branch in the Aranjuez sector of this northwestern Colombian city.",
    )
    assert (location.country_iso3, location.place) == ("COL", "Medellin")


def test_unknown_village_is_placed_near_where_the_report_was_filed(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "BOGOTA, 12 Mar 90 (EFE) -- Guerrillas blew up a bridge near Aranjuez on Sunday,"
        " cutting the road to the coast, army sources reported.",
    )
    assert (location.country_iso3, location.place, location.precision) == (
        "COL",
        "Bogota",
        "near_town",
    )


def test_a_town_named_to_say_where_another_lies_is_not_the_place(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Gunmen shot dead a police officer on Saturday in Jamundi, south of Cali, in"
        " Colombia's Valle del Cauca department, police said.",
    )
    assert location.place == "Jamundi"


def test_a_state_named_like_its_capital_is_read_as_the_state(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "A mob beat and set fire to two men on Friday in Huauchinango, in the Sierra Norte of"
        " Puebla, Mexico, after rumours that they had tried to kidnap a child.",
    )
    assert location.place == "Huauchinango"


def test_a_name_is_read_as_the_place_whose_own_name_it_is(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Police detained dozens of teachers protesting outside the education ministry in New"
        " Delhi, India, on Monday.",
    )
    assert location.place == "New Delhi"


def test_this_capital_is_the_dateline_city(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "GUATEMALA CITY, 1 Aug 89 (EFE) -- A former ambassador to Spain was shot dead today"
        " by unidentified gunmen in this capital, police said.",
    )
    assert (location.country_iso3, location.place) == ("GTM", "Guatemala City")


def test_home_country_settles_a_namesake_when_both_countries_are_named(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "SAN SALVADOR, 8 Jan 90 (EFE) -- Guerrillas attacked an army post in Zaragoza today,"
        " killing two soldiers. The Spanish embassy said a priest from Spain was among the"
        " wounded.",
    )
    assert (location.country_iso3, location.place) == ("SLV", "Zaragoza")


def test_a_large_city_abroad_is_still_trusted(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "BEIRUT, March 3 (Reuters) - A car bomb exploded in Damascus on Tuesday, killing four"
        " people, state media said.",
    )
    assert (location.country_iso3, location.place) == ("SYR", "Damascus")


def test_a_small_town_abroad_is_trusted_when_the_article_names_its_country(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline,
        "AMMAN, March 3 (Reuters) - Syrian government aircraft bombed the town of Saraqib on"
        " Tuesday, killing four civilians, rescue workers said.",
    )
    assert location.country_iso3 == "SYR"


def test_generic_words_name_no_place(pipeline: Pipeline) -> None:
    gazetteer = pipeline.geocoder.gazetteer
    assert "capital" in GENERIC_WORDS
    assert gazetteer.candidates("Capital") == []
    assert gazetteer.candidates("capital region") == []


def test_a_police_post_acronym_is_no_spanish_city(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "BOGOTA, 3 Jun 90 (EFE) -- A bomb exploded today outside a CAI police post in western"
        " Medellin, killing two policemen, the Colombian police reported.",
    )
    assert (location.country_iso3, location.place) == ("COL", "Medellin")


def test_a_country_named_is_the_country_not_a_village_of_its_name(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Bogota, 2 Dec 89 (AFP) -- Bombs exploded today in several towns in Colombia, killing"
        " four people, police said.",
    )
    assert (location.country_iso3, location.precision) == ("COL", "country")


def test_a_town_of_a_country_is_in_that_country(pipeline: Pipeline) -> None:
    location = location_of(pipeline, "Blasts in north Iraq town kill at least 13: officials")
    assert (location.country_iso3, location.precision) == ("IRQ", "country")


def test_a_part_of_a_city_unknown_to_the_gazetteer_is_in_that_city(pipeline: Pipeline) -> None:
    location = location_of(pipeline, "Iraqi forces kill 20 militants in Mosul's Old City")
    assert (location.country_iso3, location.admin1) == ("IRQ", "Nineveh")


def test_a_name_said_with_its_kind_of_place_is_a_place(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Srinagar, May 15: Four policemen were injured when suspected militants hurled a"
        " grenade at a security bunker in the main market of Anantnag town in south Kashmir"
        " yesterday evening, police said.",
    )
    assert (location.country_iso3, location.place) == ("IND", "Anantnag")


def test_in_the_same_area_is_the_place_of_the_event_before(pipeline: Pipeline) -> None:
    result = pipeline.process(
        Document(
            id="wire",
            text="SAN SALVADOR, 9 DEC 89 (DOMESTIC SERVICE) -- Yesterday morning about 20"
            " terrorists opened fire on a bus on the coastal highway near Zacatecoluca, La Paz"
            " Department. Later, at approximately 0900 in the same area, criminal terrorists"
            " burned nine vehicles.",
            published="1989-12-09",
        )
    )
    places = [(e.location.place, e.location.admin1) for e in result.events]
    assert len(places) == 2 and places[1] == places[0]
    assert places[0] == ("Zacatecoluca", "La Paz")  # not the dateline's San Salvador
