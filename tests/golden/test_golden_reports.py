"""Golden reports written for eventwire, one per ACLED event type and most sub-types, each
with the events it must yield and facts that must not hold.

The pass rate is a quality floor: it may only rise. Each report's failures are printed so a
regression names the fact that broke.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.models import Document
from eventwire.pipeline import Pipeline
from golden.facts import failures, violates

REPORTS = Path(__file__).parent / "reports"
GOLDEN = sorted(REPORTS.glob("*.expected.yaml"))
FACT_PASS_RATE_FLOOR = 0.945
"""Share of expected facts (over all reports) that hold (0.953 measured); only ever raised."""
MUST_PASS = frozenset(
    {
        "02-monguno-iswap-base-attack",
        "04-el-fasher-rsf-army-fighting",
        "05-somalia-el-bur-recaptured-mogadishu-mortars",
        "06-kyauktaw-arakan-army-capture",
        "07-idlib-russian-airstrikes",
        "10-kabul-minibus-bombing",
        "13-djibo-village-civilians-killed",
        "14-chilpancingo-candidate-shot",
        "15-kajuru-school-abduction",
        "17-paris-farmers-tractor-protest",
        "19-austin-capitol-sit-in-arrests",
        "20-nairobi-fuel-protest-shootings",
        "21-karachi-power-cuts-riot",
        "23-diyarbakir-pkk-detentions",
        "24-el-wak-telecom-masts-burned",
        "27-goundam-army-base-established",
        "28-lubero-m23-enters-unopposed",
        "29-nonevent-india-budget-attack",
        "30-nonevent-basra-qualifier-clash",
        "31-nonevent-sahel-annual-report",
        "32-nonevent-typhoon-landfall",
        "33-nonevent-bank-earnings",
        "34-nonevent-robbery-murder",
        "35-nonevent-factory-gas-explosion",
    }
)
"""Reports whose every fact holds today: a regression on any of them fails the suite. The
others are tracked by the pass-rate floor, and join this set once they pass in full."""


def load(expected_path: Path) -> tuple[str, dict[str, Any]]:
    text_path = expected_path.with_name(expected_path.name.replace(".expected.yaml", ".txt"))
    return text_path.read_text(encoding="utf-8"), yaml.safe_load(expected_path.read_text())


def evaluate(pipeline: Pipeline, expected_path: Path) -> tuple[int, list[str]]:
    """(number of facts checked, failures) for one golden report."""
    text, expected = load(expected_path)
    published = str(expected["published"])
    result = pipeline.process(Document(id=expected_path.stem, text=text, published=published))
    records = [e.to_json_dict() for e in result.events if not e.background]
    wanted_events: list[dict[str, Any]] = expected.get("events") or []
    problems: list[str] = []
    facts = 1 + sum(len(e) for e in wanted_events) + len(expected.get("must_not") or [])
    if len(records) != len(wanted_events):
        problems.append(
            f"expected {len(wanted_events)} current events, got {len(records)}: "
            + " | ".join(str(r["summary"]) for r in records)
        )
    unmatched = list(records)
    for wanted in wanted_events:
        if not unmatched:
            problems.append(f"missing event {wanted.get('acled.sub_event_type')}")
            problems += [f"  {k}" for k in wanted]
            continue
        best = min(unmatched, key=lambda r: len(failures(r, wanted)))
        unmatched.remove(best)
        problems += failures(best, wanted)
    for rule in expected.get("must_not") or []:
        if any(violates(r, rule) for r in records):
            problems.append(f"must not: {rule}")
    return facts, problems


@pytest.mark.parametrize("expected_path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_report(pipeline: Pipeline, expected_path: Path) -> None:
    facts, problems = evaluate(pipeline, expected_path)
    name = expected_path.name.removesuffix(".expected.yaml")
    if name in MUST_PASS:
        assert problems == []
    elif problems:
        pytest.xfail(f"{len(problems)}/{facts} facts wrong: " + "; ".join(problems))


def test_golden_fact_pass_rate_stays_above_floor(pipeline: Pipeline) -> None:
    assert len(GOLDEN) >= 20, "at least 20 golden reports across the ACLED event types"
    total = wrong = 0
    for path in GOLDEN:
        facts, problems = evaluate(pipeline, path)
        total += facts
        wrong += min(len(problems), facts)
    rate = 1 - wrong / total
    print(f"golden fact pass rate {rate:.3f} over {total} facts in {len(GOLDEN)} reports")
    assert rate >= FACT_PASS_RATE_FLOOR
