"""Joint resolution: each mention read in the light of the article's other places."""

from __future__ import annotations

from dataclasses import replace

from eventwire.geocode.context import _Support
from eventwire.geocode.geoparse import GeoparsedPlace, resolve_toponyms
from eventwire.geocode.mentions import PlaceMention
from eventwire.pipeline import Pipeline


def _resolve(pipeline: Pipeline, text: str, names: list[str]) -> dict[str, GeoparsedPlace]:
    mentions, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        mentions.append(PlaceMention(name, start, start + len(name), False))
        pos = start + len(name)
    return {p.text: p for p in resolve_toponyms(mentions, pipeline.geocoder)}


def test_town_comma_country(pipeline: Pipeline) -> None:
    found = _resolve(pipeline, "Paris, Kentucky", ["Paris", "Kentucky"])
    assert (found["Paris"].country_iso3, found["Paris"].admin1) == ("USA", "Kentucky")


def test_state_abbreviation_places_the_town(pipeline: Pipeline) -> None:
    found = _resolve(pipeline, "Athens, Tenn.", ["Athens", "Tenn."])
    assert found["Athens"].admin1 == "Tennessee"


def test_co_mentioned_places_pull_a_homonym(pipeline: Pipeline) -> None:
    text = "Paris police said the suspect fled from Lamar County toward Dallas, Texas."
    found = _resolve(pipeline, text, ["Paris", "Lamar County", "Dallas", "Texas"])
    assert found["Paris"].admin1 == "Texas"
    assert found["Lamar County"].feature == "admin2"


def test_country_beats_a_small_town_of_its_name(pipeline: Pipeline) -> None:
    found = _resolve(
        pipeline, "Officials in Dallas, Texas spoke of China.", ["Dallas", "Texas", "China"]
    )
    assert found["China"].feature == "country"


def test_county_placed_beside_a_town_of_its_state(pipeline: Pipeline) -> None:
    text = "Deputies in Anderson County arrested a man in Palestine, Texas."
    found = _resolve(pipeline, text, ["Anderson County", "Palestine", "Texas"])
    county, town = found["Anderson County"], found["Palestine"]
    assert county.admin1 == "Texas" and town.admin1 == "Texas"
    assert county.lat is not None and town.lat is not None
    assert abs(county.lat - town.lat) < 1.5


def test_towns_that_agree_pull_each_other_to_their_state(pipeline: Pipeline) -> None:
    text = "Teams from Norfolk, Battle Creek, Pierce, Plainview and Wayne met at the district meet."
    names = ["Norfolk", "Battle Creek", "Pierce", "Plainview", "Wayne"]
    found = _resolve(pipeline, text, names)
    assert {found[n].admin1 for n in names} == {"Nebraska"}


def test_a_name_containing_the_name_is_no_evidence_for_it(pipeline: Pipeline) -> None:
    text = "A North Richmond man was shot, Richmond police said. Virginia State Police helped."
    found = _resolve(pipeline, text, ["North Richmond", "Richmond", "Virginia"])
    assert found["Richmond"].admin1 == "Virginia"


def test_a_bare_repeat_shares_the_reading_of_town_comma_state(pipeline: Pipeline) -> None:
    text = "The Athens, Ga. club won; Athens fans cheered."
    mentions, pos = [], 0
    for name in ["Athens", "Ga.", "Athens"]:
        start = text.index(name, pos)
        mentions.append(PlaceMention(name, start, start + len(name), False))
        pos = start + len(name)
    first, _, second = resolve_toponyms(mentions, pipeline.geocoder)
    assert first.admin1 == second.admin1 == "Georgia"


def test_bare_county_names_in_a_list_read_as_the_counties(pipeline: Pipeline) -> None:
    text = "Flooding closed roads in Becker, Clay, Otter Tail and Wilkin counties in Minnesota."
    names = ["Becker", "Clay", "Otter Tail", "Wilkin", "Minnesota"]
    found = _resolve(pipeline, text, names)
    for name in names[:4]:
        assert (found[name].feature, found[name].admin1) == ("admin2", "Minnesota")


def test_a_parish_answers_to_its_bare_name(pipeline: Pipeline) -> None:
    text = "Residents of Avoyelles and Pointe Coupee were told to leave."
    found = _resolve(pipeline, text, ["Avoyelles", "Pointe Coupee"])
    assert found["Avoyelles"].admin1 == found["Pointe Coupee"].admin1 == "Louisiana"


def test_a_county_and_a_town_in_it_pull_each_other(pipeline: Pipeline) -> None:
    text = "The burn ban for Walker County was lifted after Huntsville Fire Chief Tom Grisham met"
    text += " Walker County commissioners."
    found = _resolve(pipeline, text, ["Walker County", "Huntsville"])
    assert found["Walker County"].admin1 == found["Huntsville"].admin1 == "Texas"


def test_a_whole_name_that_is_an_area_is_no_facility(pipeline: Pipeline) -> None:
    text = "Settlements in the West Bank grew."
    start = text.index("the West Bank")
    mention = PlaceMention("the West Bank", start, start + 13, False, site="bank")
    (place,) = resolve_toponyms([mention], pipeline.geocoder)
    assert (place.feature, place.country_iso3) == ("admin1", "PSE")


def test_a_whole_name_that_is_a_town_is_no_facility(pipeline: Pipeline) -> None:
    text = "The team flew on to Cape Town."
    start = text.index("Cape Town")
    mention = PlaceMention("Cape Town", start, start + 9, False, site="town")
    (place,) = resolve_toponyms([mention], pipeline.geocoder)
    assert (place.name, place.country_iso3) == ("Cape Town", "ZAF")


def test_a_town_after_a_comma_is_its_best_known_one(pipeline: Pipeline) -> None:
    text = "After Paris, London is the second city on the line."
    start = text.index("Paris")
    paris = PlaceMention("Paris", start, start + 5, False, within=("London",), within_loose=True)
    london = PlaceMention("London", start + 7, start + 13, False)
    found = {p.text: p for p in resolve_toponyms([paris, london], pipeline.geocoder)}
    assert found["Paris"].country_iso3 == "FRA"
    assert found["London"].country_iso3 == "GBR"


def test_an_unknown_street_is_placed_at_the_town_beside_it(pipeline: Pipeline) -> None:
    text = "In New Orleans the parade turned into Frenchmen Street at noon."
    found = _resolve(pipeline, text, ["New Orleans", "Frenchmen Street"])
    street = found["Frenchmen Street"]
    assert (street.name, street.admin1) == ("New Orleans", "Louisiana")
    assert street.precision == "near_town"
    assert street.score < found["New Orleans"].score


def test_saint_written_short_is_still_the_main_name(pipeline: Pipeline) -> None:
    text = "Moscow and St. Petersburg both voted; Russia counted the ballots."
    found = _resolve(pipeline, text, ["Moscow", "St. Petersburg", "Russia"])
    assert found["St. Petersburg"].country_iso3 == "RUS"


def test_a_country_named_before_state_is_the_country(pipeline: Pipeline) -> None:
    found = _resolve(pipeline, "The US state visit went ahead.", ["US state"])
    assert found["US state"].country_iso3 == "USA"


def test_a_big_city_does_not_pull_small_towns_around_it(pipeline: Pipeline) -> None:
    gazetteer = pipeline.geocoder.gazetteer
    new_york = [c for c in gazetteer.candidates("New York") if c.entry.feature == "city"][:1]
    nyack = next(c for c in gazetteer.candidates("Nyack") if c.entry.admin1 == "New York")
    support = _Support.of(["new york"], [new_york], [[1.0]])
    assert support.context(nyack, "nyack") == support.context(
        replace(nyack, entry=replace(nyack.entry, lat=0.0, lon=0.0)), "nyack"
    )


def test_a_small_town_abroad_nothing_points_to_is_put_by_a_named_town(
    pipeline: Pipeline,
) -> None:
    text = "Residents of Delft, a township of Cape Town in South Africa, marched."
    found = _resolve(pipeline, text, ["Delft", "Cape Town", "South Africa"])
    assert (found["Delft"].country_iso3, found["Delft"].precision) == ("ZAF", "near_town")


def test_small_towns_near_each_other_vouch_for_each_other(pipeline: Pipeline) -> None:
    text = "Flooding closed roads between Nenagh and Cloughjordan and near Borrisokane."
    found = _resolve(pipeline, text, ["Nenagh", "Cloughjordan", "Borrisokane"])
    assert {p.country_iso3 for p in found.values()} == {"IRL"}
    assert all(p.precision == "town" for p in found.values())


def test_a_state_abbreviation_that_lost_its_last_dot_still_places_the_town(
    pipeline: Pipeline,
) -> None:
    found = _resolve(pipeline, "Charleston, W.Va", ["Charleston", "W.Va"])
    assert found["W.Va"].admin1 == "West Virginia"
    assert found["Charleston"].admin1 == "West Virginia"


def test_a_place_beside_the_countries_named_is_read_there(pipeline: Pipeline) -> None:
    text = "Activists sailed to Gaza to protest the Israeli blockade, after Israel and Egypt"
    text += " closed the crossings."
    found = _resolve(pipeline, text, ["Gaza", "Israeli", "Israel", "Egypt"])
    assert found["Gaza"].country_iso3 == "PSE"


def test_a_name_among_a_countrys_states_is_its_state(pipeline: Pipeline) -> None:
    text = (
        "Cases were confirmed in Alaska, Hawaii, Florida and Georgia, officials in Washington said."
    )
    names = ["Alaska", "Hawaii", "Florida", "Georgia", "Washington"]
    found = _resolve(pipeline, text, names)
    assert (found["Georgia"].country_iso3, found["Georgia"].feature) == ("USA", "admin1")
    assert found["Washington"].admin1 == "District of Columbia"


def test_a_state_named_like_a_town_of_another_named_state_stays_a_state(
    pipeline: Pipeline,
) -> None:
    text = "Illnesses were reported in Michigan, Oregon, New Mexico, Indiana and Wisconsin."
    names = ["Michigan", "Oregon", "New Mexico", "Indiana", "Wisconsin"]
    found = _resolve(pipeline, text, names)
    assert {found[n].feature for n in names} == {"admin1"}
