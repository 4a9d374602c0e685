"""The report shipped for the README's demo yields the record the demo promises."""

from __future__ import annotations

from pathlib import Path

from eventwire.models import Document
from eventwire.pipeline import Pipeline

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-report.txt"


def test_sample_report_yields_one_claimed_car_bombing_in_kirkuk(pipeline: Pipeline) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    events = pipeline.process(Document(id="sample", text=text, published="2024-03-16")).events
    current = [e for e in events if not e.background]
    assert len(current) == 1
    event = current[0]
    assert event.acled.sub_event_type == "Remote explosive/landmine/IED"
    assert str(event.date.start) == "2024-03-15"
    assert event.location.place == "Kirkuk"
    assert event.casualties.killed.best == 5
    assert event.casualties.injured.best == 11
    assert event.claim.status == "claimed"
