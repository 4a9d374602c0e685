"""Who did it and to whom, in the phrasings wire copy and headlines use most.

Headlines drop the verb "were" ("Two Turkish soldiers killed in northern Iraq") and count
their victims ("kills dozens of Iraqi soldiers"); wire copy lists victims as a chain of
appositions ("killed a professor, a policeman and a pedestrian"), names acts as nouns
("the killings of union leaders by the army"), puts the doer on a light verb ("staged three
bomb attacks", "placed bombs in bank branches") or on the verb a "to"-clause completes
("tried to kill"). Each is read here as a reader would, on sentences in those styles.
"""

from __future__ import annotations

import pytest

from eventwire.models import Actor, Document
from eventwire.pipeline import Pipeline


def actors(pipeline: Pipeline, text: str, published: str = "2015-03-01") -> list[Actor]:
    result = pipeline.process(Document(id="phrasing", text=text, published=published))
    events = [e for e in result.events if not e.background]
    assert events, f"no event extracted from {text!r}"
    return events[0].actors


def named(found: list[Actor], roles: set[str]) -> list[str]:
    return [a.name.lower() for a in found if a.role in roles]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Three Turkish soldiers killed in northern Iraq: army statement", "turkish soldiers"),
        ("Some 40 Islamic State militants killed in air strikes in Iraq", "islamic state"),
        ("Dozens of Islamic State fighters killed in raids west of Mosul", "islamic state"),
    ],
)
def test_a_headline_participle_makes_its_noun_the_hit_side(
    pipeline: Pipeline, text: str, hit: str
) -> None:
    hit_side = named(actors(pipeline, text), {"victim", "target"})
    assert any(hit in name for name in hit_side), hit_side


def test_counted_victims_are_the_people_counted(pipeline: Pipeline) -> None:
    found = actors(pipeline, "ISIL kills dozens of Iraqi soldiers near Ramadi")
    assert any("iraqi soldiers" in name for name in named(found, {"victim"})), found


def test_a_list_of_victims_chained_by_commas_is_every_victim(pipeline: Pipeline) -> None:
    text = (
        "Lima, 4 Oct 88 (AFP) -- Guerrillas of the Shining Path during the past few hours"
        " killed a university professor, a policeman, and a pedestrian in Ayacucho."
    )
    victims = named(actors(pipeline, text, "1988-10-04"), {"victim"})
    assert {"university professor", "policeman", "pedestrian"} <= set(victims), victims


def test_nobody_hurt_is_no_victim(pipeline: Pipeline) -> None:
    text = "A bomb exploded outside a bank in Medellin on Sunday; no one was injured."
    assert "one" not in named(actors(pipeline, text), {"victim", "target"})


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "SANTIAGO, 30 DEC 89 (EFE) -- POLICE REPORTED THAT DURING THE NIGHT TERRORISTS"
            " STAGED TWO BOMB ATTACKS AGAINST U.S. COMPANIES.",
            "terrorists",
        ),
        (
            "MEDELLIN, 28 AUG 89 -- POLICE SAID THAT UNIDENTIFIED PERSONS PLACED NINE BOMBS"
            " IN GOVERNMENT OFFICES AND BANKS EARLY THIS MORNING.",
            "persons",
        ),
        (
            "SAN SALVADOR, 4 NOV 89 -- LAST WEEK TWO ASSASSINS TRIED TO KILL THE DIRECTOR"
            " OF THE NATIONAL COFFEE INSTITUTE.",
            "assassins",
        ),
        (
            "San Salvador, 9 Mar 90 -- The rebels blew up several electricity pylons with"
            " dynamite in the north of the capital, causing power cuts.",
            "rebels",
        ),
    ],
)
def test_the_doer_of_a_light_placing_or_attempted_act(
    pipeline: Pipeline, text: str, doer: str
) -> None:
    found = actors(pipeline, text, "1989-11-04")
    assert any(doer in name for name in named(found, {"perpetrator"})), found


def test_a_bomb_placed_in_front_of_a_building_targets_the_building(pipeline: Pipeline) -> None:
    text = (
        "Concepcion, 23 Aug 88 -- Police said unidentified individuals planted a bomb in"
        " front of a Mormon church in Talcahuano. The bomb exploded, causing damage."
    )
    found = actors(pipeline, text, "1988-08-23")
    assert any("church" in name for name in named(found, {"target"})), found
    assert any("individuals" in name for name in named(found, {"perpetrator"})), found


def test_an_act_named_as_a_noun_names_victims_and_doers(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 22 NOV 89 -- THE GOVERNMENT ASKED NO QUESTIONS ABOUT THE RECENT"
        " KILLINGS OF UNION LEADERS BY THE ARMY IN SOYAPANGO."
    )
    found = actors(pipeline, text, "1989-11-22")
    assert any("union leaders" in name for name in named(found, {"victim"})), found
    assert any("army" in name for name in named(found, {"perpetrator"})), found


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Nine killed in Iraq car bombing claimed by IS", "is"),
        ("Qaeda claims wave of Iraq attacks that killed 40", "qaeda"),
        (
            "Suicide bomber kills 9 at Baghdad market. Islamic State claims Baghdad car bomb"
            " attack - statement",
            "islamic state",
        ),
        (
            "LIMA, 2 FEB 89 (EFE) -- IN A COMMUNIQUE SENT TO THE PRESS, THE PERUVIAN GUERRILLA"
            " MOVEMENT TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA) TODAY CLAIMED RESPONSIBILITY"
            " FOR THE KIDNAPPING OF A BUSINESSMAN.",
            "mrta",
        ),
    ],
)
def test_a_claim_names_the_claimant(pipeline: Pipeline, text: str, claimant: str) -> None:
    found = actors(pipeline, text, "2014-05-01")
    claimed = [a.name.lower() for a in found if a.attribution == "claimed"]
    assert claimant in claimed, found


def test_is_in_all_capitals_is_no_group(pipeline: Pipeline) -> None:
    text = "BOGOTA, 3 MAY 90 -- THE BOMB THAT KILLED 4 PEOPLE IS THE WORK OF DRUG TRAFFICKERS."
    found = actors(pipeline, text, "1990-05-03")
    assert all(a.normalized_name != "Islamic State" for a in found), found


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Iraq army airstrikes kill 20 militants west of Ramadi - spokesman", "iraq army"),
        (
            "San Salvador, 9 Dec 88 -- Soldiers found three bodies near Osicala after an FMLN"
            " attack on Army positions in the area.",
            "fmln",
        ),
    ],
)
def test_the_owner_of_an_attack_is_its_doer(pipeline: Pipeline, text: str, doer: str) -> None:
    found = actors(pipeline, text, "1988-12-09")
    assert any(doer in name for name in named(found, {"perpetrator"})), found


def test_an_offensive_against_a_group_is_not_by_it(pipeline: Pipeline) -> None:
    text = "Kurdish forces launch anti-IS offensive near Kirkuk, killing 12 militants"
    found = actors(pipeline, text)
    assert all(a.normalized_name != "Islamic State" for a in found if a.role == "perpetrator")


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State executes nine people in Ramadi",
        "Jihadists execute 12 Iraqi security personnel near Kirkuk",
    ],
)
def test_executing_people_is_a_killing_by_the_executioners(pipeline: Pipeline, text: str) -> None:
    found = actors(pipeline, text)
    assert named(found, {"perpetrator"}) and named(found, {"victim"}), found


def test_executing_a_plan_is_no_event(pipeline: Pipeline) -> None:
    result = pipeline.process(
        Document(id="plan", text="The government will execute its plan to rebuild Ramadi.")
    )
    assert not [e for e in result.events if not e.background]


def test_a_group_the_tagger_takes_for_a_place_is_still_the_target(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Iraqi army launches assault against ISIL in Fallujah")
    assert "isil" in named(found, {"target"}), found


def test_the_side_battled_is_the_target(pipeline: Pipeline) -> None:
    text = "Kurdish fighters battled Islamic State militants near Sinjar on Monday, killing 12."
    found = actors(pipeline, text)
    assert any("islamic state" in name for name in named(found, {"target"})), found
