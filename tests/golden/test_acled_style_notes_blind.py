"""Fresh coders' notes: ACLED-style notes written without fitting the rules to them.

``notes/acled_style_notes_blind.jsonl`` (214 notes) was written before the extraction code
was read; ``notes/acled_style_notes_heldout.jsonl`` (79 notes) after one round of rule
changes and ``notes/news_sentences_fresh.jsonl`` (75 CASE-2021-style news sentences, in
roughly ACLED's proportions) after a second and ``notes/mixed_notes_fresh4.jsonl`` (37)
after a third, each measured once before the next round; ``notes/acled_mixed_fresh5.jsonl``
(90: 60 notes, 30 news sentences, every sub-type, weighted like ACLED's data, with the
precedence cases) after a fourth; ``notes/acled_mixed_fresh6.jsonl`` (70: 45 notes, 25 news
sentences, the same mix) at the end of the day's rule changes, measured once on main
(event type 95.7%, sub-event type 94.3%, weighted F1 0.944, fatalities 94.3%, country 92.9%;
its floors sit one line below that first run); ``notes/acled_mixed_fresh7.jsonl`` (60: 30
notes, 30 news sentences, every sub-type, weighted toward the common ones) written from the
codebook the same afternoon and measured once on main (event type 91.7%, sub-event type
91.7%, weighted F1 0.914, fatalities 95.0%, country 95.0%, two texts with no event; floors
one line below); ``notes/acled_mixed_fresh8.jsonl`` (60: 30 notes, 30 news sentences, every
sub-type) written with fresh7 but held back from every fixer and measured once on the
session's final code (event type 93.3%, sub-event type 93.3%, weighted F1 0.924, fatalities
98.3%, country 88.3%, two texts with no event; floors one line below).
They cover all 6 event types and all 25 sub-event types in many countries, labelled from
the ACLED codebook with its precedence rules. Their first-run sub-event type figures
(78.0%, 77.2%, 90.7%, 94.6%, then 86.7% as first written and 93.3% once the crowd-size
tag, which ACLED writes on demonstrations only, was taken off nine notes of other types;
weighted F1 0.798, 0.796, 0.932, 0.947, 0.859/0.938) are the honest
measure of how the rules generalise; the floors below sit at today's figures and only
rise. ACLED codes unknown fatalities as 0, so an event with no killed count is compared
as 0.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventwire.pipeline import Pipeline
from golden.short_texts import Coded, first_events

NOTES_DIR = Path(__file__).with_name("notes")


@dataclass(frozen=True)
class Floors:
    event_type: float
    sub_event_type: float
    sub_event_type_weighted_f1: float
    fatalities_exact: float
    country: float
    missed_notes: int


FLOORS = {
    "acled_style_notes_blind.jsonl": Floors(0.995, 0.990, 0.990, 0.985, 0.939, 0),
    "acled_style_notes_heldout.jsonl": Floors(0.987, 0.987, 0.992, 0.962, 0.848, 1),
    "news_sentences_fresh.jsonl": Floors(1.0, 1.0, 1.0, 0.986, 0.813, 0),
    "mixed_notes_fresh4.jsonl": Floors(0.972, 0.972, 0.973, 0.972, 0.675, 0),
    "acled_mixed_fresh5.jsonl": Floors(1.0, 0.988, 0.988, 0.988, 0.944, 0),
    "acled_mixed_fresh6.jsonl": Floors(0.942, 0.928, 0.928, 0.985, 0.914, 1),
    "acled_mixed_fresh7.jsonl": Floors(0.9, 0.9, 0.9, 0.983, 0.933, 3),
    "acled_mixed_fresh8.jsonl": Floors(0.916, 0.916, 0.9, 0.966, 0.866, 3),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def coded(request: pytest.FixtureRequest, pipeline: Pipeline) -> tuple[Coded, Floors]:
    name: str = request.param
    return first_events(pipeline, NOTES_DIR / name), FLOORS[name]


def rate(pairs: list[tuple[Any, Any]]) -> float:
    right: int = sum(1 for got, want in pairs if got == want)
    return right / len(pairs)


def weighted_f1(pairs: list[tuple[Any, Any]]) -> float:
    """F1 per gold label, weighted by its support: the CASE 2021 fine-grained score."""
    support = Counter(want for _, want in pairs)
    total = 0.0
    for label, count in support.items():
        hits = sum(1 for got, want in pairs if got == want == label)
        predicted = sum(1 for got, _ in pairs if got == label)
        if hits:
            precision, recall = hits / predicted, hits / count
            total += count * 2 * precision * recall / (precision + recall)
    return total / len(pairs)


def test_every_fresh_note_yields_an_event(coded: tuple[Coded, Floors]) -> None:
    extracted, floors = coded
    missed = [note["text"][:80] for note, event in extracted if event is None]
    assert len(missed) <= floors.missed_notes, missed


def test_event_type_of_fresh_notes(coded: tuple[Coded, Floors]) -> None:
    extracted, floors = coded
    pairs = [(e.acled.event_type if e else None, n["event_type"]) for n, e in extracted]
    print(f"event type accuracy {rate(pairs):.3f} (n={len(pairs)})")
    assert rate(pairs) >= floors.event_type, [p for p in pairs if p[0] != p[1]]


def test_sub_event_type_of_fresh_notes(coded: tuple[Coded, Floors]) -> None:
    extracted, floors = coded
    pairs = [(e.acled.sub_event_type if e else None, n["sub_event_type"]) for n, e in extracted]
    accuracy, f1 = rate(pairs), weighted_f1(pairs)
    print(f"sub-event type accuracy {accuracy:.3f}, weighted F1 {f1:.3f} (n={len(pairs)})")
    wrong = [f"{want} <- {got}" for got, want in pairs if got != want]
    assert accuracy >= floors.sub_event_type, wrong
    assert f1 >= floors.sub_event_type_weighted_f1, wrong


def test_fatalities_of_fresh_notes(coded: tuple[Coded, Floors]) -> None:
    extracted, floors = coded
    pairs = [
        (
            e.casualties.killed.best if e and e.casualties.killed.best is not None else 0,
            n["fatalities"],
        )
        for n, e in extracted
    ]
    print(f"fatalities exact {rate(pairs):.3f} (n={len(pairs)})")
    assert rate(pairs) >= floors.fatalities_exact, [p for p in pairs if p[0] != p[1]]


def test_country_of_fresh_notes(coded: tuple[Coded, Floors]) -> None:
    extracted, floors = coded
    pairs = [(e.location.country_iso3 if e else None, n["country_iso3"]) for n, e in extracted]
    print(f"country accuracy {rate(pairs):.3f} (n={len(pairs)})")
    assert rate(pairs) >= floors.country, [p for p in pairs if p[0] != p[1]]
