"""A unit, cell or commando of a named group is that group at work.

Reports often name the body that acted rather than the group ("a unit of the Islamic
State", "an urban commando of the Tupac Amaru Revolutionary Movement"): the perpetrator is
the group, with its dictionary name and kind, and the unit word alone ("commando" is a
state-force word in "army commandos") must not decide whose side it was.
"""

from __future__ import annotations

import pytest

from eventwire.models import Actor, Document
from eventwire.pipeline import Pipeline


def perpetrator(pipeline: Pipeline, text: str) -> Actor:
    result = pipeline.process(Document(id="unit", text=text))
    assert result.events, f"no event extracted from {text!r}"
    found = [a for a in result.events[0].actors if a.role == "perpetrator"]
    assert found, f"no perpetrator in {result.events[0].actors}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "group", "kind"),
    [
        (
            "A unit of the Islamic State ambushed an army patrol near Mosul on Thursday,"
            " killing three soldiers, police said.",
            "Islamic State",
            "rebel_group",
        ),
        (
            "A cell of al-Shabaab detonated a bomb at a market in Mogadishu on Monday,"
            " killing four people.",
            "al-Shabaab",
            "rebel_group",
        ),
        (
            "LIMA, 5 JAN 90 (EFE) -- Businessman Ernesto Ferreyros was kidnaped on 2 December"
            " by an urban commando of the Tupac Amaru Revolutionary Movement, police said.",
            "Tupac Amaru Revolutionary Movement",
            "rebel_group",
        ),
    ],
)
def test_a_unit_of_a_named_group_is_the_group(
    pipeline: Pipeline, text: str, group: str, kind: str
) -> None:
    actor = perpetrator(pipeline, text)
    assert (actor.normalized_name, actor.kind) == (group, kind)


def test_army_commandos_are_still_state_forces(pipeline: Pipeline) -> None:
    text = "Army commandos killed six militants in a raid in Bannu on Sunday."
    assert perpetrator(pipeline, text).kind == "state_forces"


def test_a_patrol_coming_under_fire_is_an_event(pipeline: Pipeline) -> None:
    text = "A police patrol came under fire in Kandahar on Monday; two officers were wounded."
    result = pipeline.process(Document(id="fire", text=text))
    assert [e.acled.event_type for e in result.events] == ["Battles"]
    assert result.events[0].casualties.injured.best == 2


@pytest.mark.parametrize(
    "text",
    [
        "An armed group attacked a village near Djibo on Monday, killing five civilians.",
        "A group of gunmen attacked a bus near Mandera on Monday.",
        "A group of armed men abducted 20 students from a school in Kuriga on Thursday.",
    ],
)
def test_armed_men_nobody_names_are_an_unidentified_armed_group(
    pipeline: Pipeline, text: str
) -> None:
    actor = perpetrator(pipeline, text)
    assert (actor.kind, actor.attribution) == ("unidentified_armed_group", "unidentified")


def test_the_group_after_an_attack_by_is_its_perpetrator(pipeline: Pipeline) -> None:
    text = "Togolese troops repelled an attack by JNIM militants in Kpendjal on Friday."
    result = pipeline.process(Document(id="by", text=text))
    doers = {a.normalized_name for e in result.events for a in e.actors if a.role == "perpetrator"}
    assert "JNIM" in doers
