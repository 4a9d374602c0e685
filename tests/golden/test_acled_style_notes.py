"""Coders' notes: short ACLED-style event descriptions, the genre analysts hand-code.

``notes/acled_style_notes.jsonl`` holds 136 notes written for eventwire in the style of
ACLED's ``notes`` column ("On 2 May 2020, ... in Town (Region). 3 killed."), covering all
25 sub-event types, with the sub-type a coder would give and, for some, the fatalities and
country. They were written while the rules were developed, so they are a regression floor
for the genre, not a held-out measure: a rise is welcome, a fall is a defect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.pipeline import Pipeline
from golden.short_texts import Coded, first_events

NOTES = Path(__file__).with_name("notes") / "acled_style_notes.jsonl"
SUB_EVENT_TYPE_FLOOR = 0.977
KILLED_EXACT_FLOOR = 0.956
COUNTRY_FLOOR = 0.94


@pytest.fixture(scope="module")
def extracted(pipeline: Pipeline) -> Coded:
    return first_events(pipeline, NOTES)


def rate(pairs: list[tuple[Any, Any]]) -> float:
    right: int = sum(1 for got, want in pairs if got == want)
    return right / len(pairs)


def test_sub_event_type_of_coders_notes(
    extracted: Coded,
) -> None:
    pairs = [(e.acled.sub_event_type if e else None, n["sub_event_type"]) for n, e in extracted]
    wrong = [f"{want} <- {got}" for got, want in pairs if got != want]
    assert rate(pairs) >= SUB_EVENT_TYPE_FLOOR, wrong


def test_fatalities_of_coders_notes(extracted: Coded) -> None:
    pairs = [
        (e.casualties.killed.best if e and e.casualties.killed else None, n["killed"])
        for n, e in extracted
        if "killed" in n
    ]
    assert rate(pairs) >= KILLED_EXACT_FLOOR, [p for p in pairs if p[0] != p[1]]


def test_country_of_coders_notes(extracted: Coded) -> None:
    pairs = [
        (e.location.country_iso3 if e else None, n["country_iso3"])
        for n, e in extracted
        if "country_iso3" in n
    ]
    assert rate(pairs) >= COUNTRY_FLOOR, [p for p in pairs if p[0] != p[1]]
