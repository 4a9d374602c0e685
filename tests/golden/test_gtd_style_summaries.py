"""GTD-style incident summaries: "01/14/2016: Assailants detonated ... No group claimed
responsibility for the incident."

``notes/gtd_style_summaries.jsonl`` holds 20 summaries written for eventwire in the style of
the GTD ``summary`` column, with the attack, weapon and target types, claim and date a GTD
coder would give. Written while the rules were developed: a regression floor for the genre
(slashed month-first dates, "sources attributed the attack to ..."), not a held-out measure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.models import Event
from eventwire.pipeline import Pipeline
from golden.short_texts import Coded, first_events

SUMMARIES = Path(__file__).with_name("notes") / "gtd_style_summaries.jsonl"
FLOORS = {
    "attack_type": 0.95,
    "weapon_type": 0.9,
    "target_type": 0.9,
    "claimed": 0.95,
    "date": 0.95,
}


def field(event: Event | None, name: str) -> Any:
    if event is None:
        return None
    if name == "claimed":
        return event.claim.status == "claimed"
    if name == "date":
        return event.date.start.isoformat() if event.date.start else None
    return getattr(event.gtd, name) if event.gtd else None


@pytest.fixture(scope="module")
def extracted(pipeline: Pipeline) -> Coded:
    return first_events(pipeline, SUMMARIES)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gtd_field_of_summaries(extracted: Coded, name: str) -> None:
    pairs = [(field(event, name), row[name]) for row, event in extracted if name in row]
    wrong = [f"{want!r} <- {got!r}" for got, want in pairs if got != want]
    accuracy = 1 - len(wrong) / len(pairs)
    assert accuracy >= FLOORS[name], wrong
