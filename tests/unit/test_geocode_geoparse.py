"""The standalone geoparser: every place in a text, offsets exact, read in context."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import geoparse as _geoparse  # noqa: F401 - registers the command
from eventwire.cli.app import app
from eventwire.geocode.geoparse import GeoparsedPlace, geoparse, paragraphs
from eventwire.pipeline import Pipeline

TEXT = (
    "BAGHDAD, Dec 8 (Reuters) - Two rockets hit Ain al-Asad air base in Anbar province, "
    "Iraqi officials said.\n\nA county fair in Athens, Ga. and a parade in Paris, Texas "
    "went ahead; Europe watched."
)


def _by_text(places: list[GeoparsedPlace]) -> dict[str, GeoparsedPlace]:
    return {p.text: p for p in places}


def test_every_place_with_exact_offsets(pipeline: Pipeline) -> None:
    places = geoparse(TEXT, pipeline.nlp, pipeline.geocoder)
    for place in places:
        assert TEXT[place.start : place.end] == place.text
    found = _by_text(places)
    assert {"BAGHDAD", "Ain al-Asad", "Anbar province", "Iraqi", "Athens", "Ga."} <= set(found)
    assert found["Ain al-Asad"].feature == "site"
    assert found["Ain al-Asad"].precision == "point"
    assert found["Anbar province"].precision == "admin1"
    assert found["Iraqi"].country_iso3 == "IRQ"


def test_state_written_after_a_town_places_it(pipeline: Pipeline) -> None:
    found = _by_text(geoparse(TEXT, pipeline.nlp, pipeline.geocoder))
    assert (found["Athens"].country_iso3, found["Athens"].admin1) == ("USA", "Georgia")
    assert (found["Paris"].country_iso3, found["Paris"].admin1) == ("USA", "Texas")
    assert found["Ga."].feature == "admin1"


def test_bare_names_take_their_usual_reading(pipeline: Pipeline) -> None:
    text = "Officials in Paris and Washington met envoys from China and Georgia."
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert found["Paris"].country_iso3 == "FRA"
    assert found["Washington"].admin1 == "District of Columbia"
    assert found["China"].feature == "country"


def test_continent_has_coordinates_but_no_country(pipeline: Pipeline) -> None:
    found = _by_text(geoparse(TEXT, pipeline.nlp, pipeline.geocoder))
    europe = found["Europe"]
    assert europe.feature == "continent" and europe.lat is not None
    assert europe.precision == "unknown"


def test_paragraphs_keep_offsets() -> None:
    text = "One.\n\n\nTwo para.\n\nThree."
    parts = list(paragraphs(text))
    assert [t for _, t in parts] == ["One.", "Two para.", "Three."]
    assert all(text[o : o + len(t)] == t for o, t in parts)


def test_cli_writes_one_line_per_place(tmp_path: Path, pipeline: Pipeline) -> None:
    folder = tmp_path
    docs = folder / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": TEXT}) + "\n", encoding="utf-8")
    out = folder / "places.jsonl"
    result = CliRunner().invoke(app, ["geoparse", str(docs), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines and all(line["article_id"] == "d1" for line in lines)
    keys = ["article_id", "start", "end", "text", "name", "lat", "lon", "geonames_id"]
    keys += ["country_iso3", "admin1", "feature", "precision", "score"]
    assert list(lines[0]) == keys
    assert all(TEXT[line["start"] : line["end"]] == line["text"] for line in lines)


def test_a_world_region_beats_a_small_town_of_its_name(pipeline: Pipeline) -> None:
    places = geoparse(
        "Oil prices rose as tension grew in the Middle East.", pipeline.nlp, pipeline.geocoder
    )
    region = next(p for p in places if "Middle East" in p.text)
    assert region.feature == "region" and not region.country_iso3


def test_a_list_after_a_comma_nests_nothing(pipeline: Pipeline) -> None:
    text = "After stops in Washington, New York and Boston, the prince flew home."
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert found["Washington"].admin1 == "District of Columbia"
    assert found["Boston"].admin1 == "Massachusetts"


def test_continent_adjectives_are_places(pipeline: Pipeline) -> None:
    text = "European leaders met African ministers in Brussels."
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert found["European"].name == "Europe"
    assert found["African"].feature == "continent"


def test_a_state_speaking_through_its_government_is_a_place(pipeline: Pipeline) -> None:
    text = "It has not taken any concrete steps in this regard, Tamil Nadu contended."
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert (found["Tamil Nadu"].feature, found["Tamil Nadu"].country_iso3) == ("admin1", "IND")


def test_the_gulf_alone_is_the_persian_gulf(pipeline: Pipeline) -> None:
    text = "Tankers were attacked in the Gulf, officials in Riyadh said."
    gulf = next(p for p in geoparse(text, pipeline.nlp, pipeline.geocoder) if "Gulf" in p.text)
    assert (gulf.name, gulf.feature) == ("Persian Gulf", "region")


def test_a_hub_airport_named_alone_is_the_airport(pipeline: Pipeline) -> None:
    text = "Hundreds of flights were cancelled at Heathrow as snow fell across England."
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert (found["Heathrow"].feature, found["Heathrow"].country_iso3) == ("site", "GBR")


def test_holland_and_the_soviet_union_are_countries(pipeline: Pipeline) -> None:
    text = "He played in Holland before the Soviet Union collapsed."
    places = geoparse(text, pipeline.nlp, pipeline.geocoder)
    countries = {p.country_iso3 for p in places if p.feature == "country"}
    assert {"NLD", "RUS"} <= countries


def test_a_village_matched_only_by_its_consonants_abroad_stays_local(
    pipeline: Pipeline,
) -> None:
    text = (
        "Most applicants are in Nenagh, with 57 in Ballina and 36 in Cloughjordan. "
        "There are 26 applicants in Portroe with 24 in Toomevara."
    )
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert found["Portroe"].country_iso3 == "IRL"


def test_a_street_named_after_a_town_is_not_that_town(pipeline: Pipeline) -> None:
    text = "Police in Belfast sealed off Ainsworth Parade in the west of the city."
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert found["Belfast"].country_iso3 == "GBR"
    street = next(p for p in found.values() if "Ainsworth" in p.text)
    assert street.country_iso3 != "USA"


def test_big_cities_of_a_state_do_not_pull_a_famous_name_to_its_namesake_there(
    pipeline: Pipeline,
) -> None:
    text = (
        "DALLAS - The Mavericks beat Houston and San Antonio this week, the best run by a "
        "Texas team this season, before heading to Portland."
    )
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert found["Portland"].admin1 == "Oregon"


def test_a_name_the_parser_split_in_two_is_read_whole(pipeline: Pipeline) -> None:
    text = (
        "An estimated 40,000 Venezuelans have entered through the isolated northern state "
        "of Roraima and are living in Boa Vista, the state capital."
    )
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    assert (found["Boa Vista"].country_iso3, found["Boa Vista"].admin1) == ("BRA", "Roraima")
    assert "Vista" not in found


def test_a_lower_case_state_after_or_before_a_name_makes_it_the_state(
    pipeline: Pipeline,
) -> None:
    text = (
        "The sick cow came from a Washington state farm, officials in Ottawa said. A second"
        " case was found in the state of Washington, and New York state declared an emergency."
    )
    places = geoparse(text, pipeline.nlp, pipeline.geocoder)
    states = [p for p in places if "Washington" in p.text or "New York" in p.text]
    assert {p.text for p in states} == {
        "Washington state", "state of Washington", "New York state",
    }  # fmt: skip
    assert all(p.feature == "admin1" for p in states)
    assert all(text[p.start : p.end] == p.text for p in states)


def test_a_state_written_after_its_town_is_the_state_not_its_city(pipeline: Pipeline) -> None:
    text = "The girl, from Buffalo, New York, died of the virus. Flights to New York were full."
    places = geoparse(text, pipeline.nlp, pipeline.geocoder)
    state, city = [p for p in places if p.text == "New York"]
    assert (state.feature, state.admin1) == ("admin1", "New York")
    assert city.feature == "city"


def test_conflict_regions_without_a_division_of_their_name_are_placed(
    pipeline: Pipeline,
) -> None:
    text = (
        "Aid convoys reached Darfur on Monday, while shelling hit Eastern Ghouta, east of"
        " Damascus, the UN said."
    )
    found = _by_text(geoparse(text, pipeline.nlp, pipeline.geocoder))
    darfur, ghouta = found["Darfur"], found["Eastern Ghouta"]
    assert darfur.feature == ghouta.feature == "region"
    assert darfur.lat is not None and darfur.lon is not None
    assert (round(darfur.lat), round(darfur.lon)) == (13, 25)
    assert ghouta.lat is not None and abs(ghouta.lat - 33.5) < 0.5
