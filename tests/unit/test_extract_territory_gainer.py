"""Who gained ground decides between 'Government regains' and 'Non-state actor overtakes'."""

from __future__ import annotations

import pytest

from eventwire.models import Document
from eventwire.pipeline import Pipeline


def sub_event_type(pipeline: Pipeline, text: str) -> str | None:
    result = next(iter(pipeline.process_many([Document(id="territory", text=text)])))
    return result.events[0].acled.sub_event_type if result.events else None


@pytest.mark.parametrize(
    "text",
    [
        "On 27 November 2023, the military retook control of Djibo (Soum, Sahel) after clashes"
        " with JNIM. 20 fatalities.",
        "The army recaptured Djibo from JNIM on Monday, the defence ministry said.",
    ],
)
def test_the_side_ground_was_taken_from_is_not_the_gainer(pipeline: Pipeline, text: str) -> None:
    assert sub_event_type(pipeline, text) == "Government regains territory"


def test_armed_group_taking_a_town_from_the_army_overtakes_it(pipeline: Pipeline) -> None:
    text = "Al-Shabaab fighters captured the town of Mahaas from government forces on Monday."
    assert sub_event_type(pipeline, text) == "Non-state actor overtakes territory"
