"""GTD-style incident summaries written blind: the honest generalisation measure for the genre.

Three sets: ``blind`` (below), ``fresh`` (30 more summaries in other wordings: "sustained
injuries", "was freed", "seized a ferry and diverted it", written after the first round of
rule changes and measured once before any further change; floors at that first run) and
``fresh3`` (80 more, written blind to the extraction code across 31 countries and every
attack type, with the dead spread over sentences, listed one by one or counted beside the
bombers, and groups blamed, claimed or denied; its first run is in its commit message) and
``fresh6`` (70 more across 38 countries on every continent GTD covers, every attack type and
16 target types: the codebook's hierarchy cases (a bomb meant for an official is an
assassination, a hijacked bus's executed passengers stay a hijacking), peacekeepers and UN
convoys as diplomatic targets, "no casualties", "several", assailants counted among the
dead, and a group that denied it; its first run is in its commit message) and ``fresh7``
(60 more across 35 countries on six continents, every attack type and 20 target types:
hijacked ships, aircraft and buses, barricade sieges, poisoning, beatings and a car driven
into a crowd as unarmed assaults, bombs meant for named officials as assassinations,
pipelines and pylons blown up as bombings, and victims counted by role, with assailants
among them and a victim who died the next day; its first run is in its commit message) and
``fresh8`` (60 more across 44 countries, written at the same time as fresh7 but held back
from every fixer and measured once on the session's final code: fake-weapon hijackings,
sabotage, an ambulance as target Other, a television-station siege; its first run is in
its commit message).

``notes/gtd_style_summaries_blind.jsonl`` holds 134 summaries in the GTD ``summary`` column's
house style ("MM/DD/YYYY: Assailants ... No group claimed responsibility; however, sources
attributed the incident to ..."), written from the GTD codebook before the extraction rules
were read, across every attack type, the common weapon and target types and 23 countries.
Each is coded as a GTD coder would code it (attack hierarchy, ``nkill`` with assailants,
``claimed``, ``gname``, the place's coordinates). ``null`` killed/injured: the text is silent.

The floors started at the figures of the first run (before any rule was changed for this
set); they may only rise (``EVENTWIRE_RAISE_FLOORS=1`` rewrites them from the current figures
less one line's margin, never lower). Once rules have been improved against this set it is no
longer held out: the first-run figures in its commit message are the honest ones. Rules that
raise them must be general GTD-codebook rules, never fitted to a line.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline
from golden.gtd_fields import READERS, misses
from golden.short_texts import Coded, first_events

NOTES = Path(__file__).with_name("notes")
SETS = {
    "blind": (NOTES / "gtd_style_summaries_blind.jsonl", NOTES / "gtd_blind_floors.json"),
    "fresh": (NOTES / "gtd_style_summaries_fresh.jsonl", NOTES / "gtd_fresh_floors.json"),
    "fresh3": (NOTES / "gtd_style_summaries_fresh3.jsonl", NOTES / "gtd_fresh3_floors.json"),
    "fresh6": (NOTES / "gtd_style_summaries_fresh6.jsonl", NOTES / "gtd_fresh6_floors.json"),
    "fresh7": (NOTES / "gtd_style_summaries_fresh7.jsonl", NOTES / "gtd_fresh7_floors.json"),
    "fresh8": (NOTES / "gtd_style_summaries_fresh8.jsonl", NOTES / "gtd_fresh8_floors.json"),
}
"""``blind``: 134 summaries written before the rules were read. ``fresh``: 30 more, written
after the first round of rule changes and measured once before any further change.
``fresh3``: 80 more, written and measured once before the extraction code was read.
``fresh6``: 70 more, written from the codebook at the end of a day of rule changes and
measured once on main before anything was fitted to them. ``fresh7``: 60 more, written from the
codebook the next round and measured once on main the same way. ``fresh8``: 60 more, written
with fresh7 and held back unseen until the end of that session's changes."""


def floors(floors_file: Path) -> dict[str, float]:
    loaded: dict[str, float] = json.loads(floors_file.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def extracted(pipeline: Pipeline) -> dict[str, Coded]:
    return {name: first_events(pipeline, path) for name, (path, _) in SETS.items()}


@pytest.mark.parametrize("which", sorted(SETS))
def test_every_field_has_a_floor(which: str) -> None:
    assert sorted(floors(SETS[which][1])) == sorted(READERS)


@pytest.mark.parametrize("which", sorted(SETS))
@pytest.mark.parametrize("name", sorted(READERS))
def test_gtd_field_of_blind_summaries(extracted: dict[str, Coded], which: str, name: str) -> None:
    counted, wrong = misses(extracted[which], name)
    accuracy = 1 - len(wrong) / counted
    print(f"{which} {name}: {accuracy:.3f} (n={counted})")
    floors_file = SETS[which][1]
    floor = floors(floors_file)[name]
    # a raised floor keeps one line's margin, so another field's fix moving one line is news
    # in the figures, not a red build
    margin_floor = math.floor((1 - (len(wrong) + 1) / counted) * 1000) / 1000
    if os.environ.get("EVENTWIRE_RAISE_FLOORS") == "1" and margin_floor > floor:
        raised = floors(floors_file) | {name: margin_floor}
        floors_file.write_text(json.dumps(raised, indent=2, sort_keys=True) + "\n")
    assert accuracy >= floor, wrong
