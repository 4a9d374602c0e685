"""The evaluation gate: per-field figures on fixed samples of real, human-coded data must not
fall below the floors in ``floors.json`` (after trafilatura's ``eval_gate.py``).

Samples are deterministic and spread over each corpus rather than its first rows: every 4th
text of MUC-4 TST1-TST4 (100 texts, all four test sets, relevant and irrelevant ones) and
every 18th UCDP GED Iraq row with a report headline (150 rows, 2004-2018). Floors are the figures
measured when they were set, minus a margin of one or two gold records' worth; they may only
rise: when extraction improves, raise them in the same commit
(``EVENTWIRE_RAISE_FLOORS=1 pytest tests/eval`` raises every floor that the current
figures allow and never lowers one). The figures are printed on every run
(``pytest -s tests/eval``) so a drop names the field that fell.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import GoldText, evaluate, gazetteer_locate, read_gold
from eventwire.evaluate.render import report_json
from eventwire.pipeline import Pipeline

FLOORS = Path(__file__).with_name("floors.json")
MUC4_SETS = ("tst1", "tst2", "tst3", "tst4")
MUC4_STRIDE = 4
UCDP_STRIDE, UCDP_SAMPLE = 18, 150


def muc4_sample(shared: Path, pipeline: Pipeline) -> list[GoldText]:
    corpora = shared / "data" / "muc4" / "raw_files" / "muc34" / "TASK" / "CORPORA"
    if not corpora.is_dir():
        pytest.skip(f"MUC-4 corpus not found at {corpora}")
    locate = gazetteer_locate(pipeline)
    items = [
        item for name in MUC4_SETS for item in read_gold(corpora / name, "muc4", locate=locate)
    ]
    return items[::MUC4_STRIDE]


def ucdp_sample(shared: Path) -> list[GoldText]:
    path = shared / "data" / "ucdp_ged_iraq" / "conflict_data_irq.csv"
    if not path.is_file():
        pytest.skip(f"UCDP GED Iraq export not found at {path}")
    return read_gold(path, "ucdp")[::UCDP_STRIDE][:UCDP_SAMPLE]


def figures(report: dict[str, Any]) -> dict[str, tuple[float | None, int]]:
    """Every figure of a report as (value, n), detection included."""
    detection = report["detection"]
    found = detection["true_positive"] + detection["false_positive"]
    wanted = detection["true_positive"] + detection["false_negative"]
    values = {
        "detection_precision": (detection["precision"], found),
        "detection_recall": (detection["recall"], wanted),
    }
    for name, score in report["fields"].items():
        values[name] = (score["accuracy"], score["n"])
    return values


def proposed_floor(value: float, n: int) -> float:
    """The measured figure minus about two gold records (at most 0.05), rounded down."""
    return max(0.0, math.floor((value - min(0.05, 2 / n)) * 1000) / 1000)


def raise_floors(corpus: str, measured: dict[str, tuple[float | None, int]]) -> None:
    """Rewrite floors.json with every floor the figures allow; never lowers one."""
    data: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    floors = data.setdefault(corpus, {})
    for name, (value, n) in measured.items():
        if value is not None and n >= 10:
            floors[name] = max(floors.get(name, 0.0), proposed_floor(value, n))
    FLOORS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def check_floors(corpus: str, report: dict[str, Any]) -> None:
    measured = figures(report)
    if os.environ.get("EVENTWIRE_RAISE_FLOORS") == "1":
        raise_floors(corpus, measured)
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))[corpus]
    print(f"\n{corpus}: {report['texts']} texts, {report['gold_events']} gold events")
    below: list[str] = []
    for name, (value, n) in measured.items():
        floor = floors.get(name)
        shown = "-" if value is None else f"{value:.3f}"
        print(f"  {name:<20} {shown:>6}  n={n:<4} floor={floor}")
        if floor is not None and (value is None or value < floor):
            below.append(f"{name} {shown} < floor {floor} (n={n})")
    assert not below, f"{corpus} figures fell below their floors: " + "; ".join(below)
    unknown = set(floors) - set(measured)
    assert not unknown, f"floors.json names fields the report lacks: {sorted(unknown)}"


@pytest.mark.shared_data
def test_muc4_sample_meets_floors(shared: Path, pipeline: Pipeline) -> None:
    items = muc4_sample(shared, pipeline)
    assert len(items) == 100
    check_floors("muc4", report_json(evaluate(pipeline, items)))


@pytest.mark.shared_data
def test_ucdp_sample_meets_floors(shared: Path, pipeline: Pipeline) -> None:
    items = ucdp_sample(shared)
    assert len(items) == UCDP_SAMPLE
    check_floors("ucdp", report_json(evaluate(pipeline, items)))
