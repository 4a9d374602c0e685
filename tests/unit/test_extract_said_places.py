"""Which named place is the event's: not where it was reported, nor where a speaker sits.

Wire reports name the city a statement came from ("his party reported in Mexico City",
"according to sources in Caracas") and the seat of the group that speaks ("the
Observatory, which is based in Britain"). Neither is where the event happened; when the
text names nothing else, the one country it speaks of is the honest place.
"""

from __future__ import annotations

from eventwire.models import Document, Location
from eventwire.pipeline import Pipeline


def location_of(pipeline: Pipeline, text: str) -> Location:
    result = pipeline.process(Document(id="said", text=text))
    events = [e for e in result.events if not e.background]
    assert events, f"no event extracted from {text!r}"
    return events[0].location


def test_the_place_a_party_reported_from_is_not_the_kidnapping_place(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "A Honduran trade unionist was kidnapped yesterday in Tegucigalpa, his union"
        " announced in Mexico City.",
    )
    assert (location.place, location.country_iso3) == ("Tegucigalpa", "HND")


def test_sources_quoted_in_a_capital_do_not_move_the_event_there(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "The mayor's brother was abducted in Ecuador, according to relatives in Lima.",
    )
    assert location.country_iso3 == "ECU"


def test_a_monitor_based_abroad_is_not_the_place(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Seven people were killed when a car bomb exploded on Tuesday, the monitoring group,"
        " whose main offices are in London, said. The Syrian army blamed rebels.",
    )
    assert location.country_iso3 != "GBR"


def test_a_lone_report_place_is_still_the_event_place(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Two soldiers were killed in heavy fighting, it was reported from Mogadishu.",
    )
    assert location.place == "Mogadishu"


def test_the_only_country_an_unplaced_event_speaks_of_is_its_country(pipeline: Pipeline) -> None:
    location = location_of(pipeline, "Rocket fire on Iraqi Shi'ite pilgrim city kills one")
    assert (location.country_iso3, location.precision) == ("IRQ", "country")


def test_two_countries_named_leave_an_unplaced_event_without_a_country(
    pipeline: Pipeline,
) -> None:
    location = location_of(
        pipeline, "Rocket fire on Iraqi Shi'ite pilgrim city kills one Iranian visitor"
    )
    assert location.country_iso3 is None


def test_a_later_sentence_naming_the_region_refines_a_country(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "A businessman was kidnapped in Colombia, family members said. Gunmen seized him on"
        " a farm in Colombia's Antioquia department, police said.",
    )
    assert (location.country_iso3, location.admin1) == ("COL", "Antioquia")


def test_a_country_condemning_an_attack_is_not_where_it_happened(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Afghanistan roadside bombs kill 12\n\nPakistan condemns deadly Afghanistan attack on"
        " its truck drivers",
    )
    assert location.country_iso3 == "AFG"


def test_a_town_the_tagger_ran_into_a_time_is_still_the_place(pipeline: Pipeline) -> None:
    location = location_of(
        pipeline,
        "Ukrainian air defences shot down 14 drones that Russia launched at Odesa overnight,"
        " the air force said.",
    )
    assert location.country_iso3 == "UKR"
