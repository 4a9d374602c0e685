"""``eventwire eval --format jsonl`` end to end, on gold converted from the golden reports:
the analyst's route (hand-checked texts with expected facts in, per-field figures out)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

import eventwire.cli.main  # noqa: F401 - registers the commands
from eventwire.cli.app import app
from eventwire.evaluate import evaluate, read_gold
from eventwire.pipeline import Pipeline

REPORTS = Path(__file__).parents[1] / "golden" / "reports"
SAMPLE = (
    "06-kyauktaw-arakan-army-capture",
    "10-kabul-minibus-bombing",
    "29-nonevent-india-budget-attack",
)


def golden_as_jsonl(path: Path) -> Path:
    """The sample golden reports as eval JSONL lines (their facts copied unchanged)."""
    lines: list[dict[str, Any]] = []
    for name in SAMPLE:
        expected = yaml.safe_load((REPORTS / f"{name}.expected.yaml").read_text("utf-8"))
        text = (REPORTS / f"{name}.txt").read_text("utf-8")
        events = expected.get("events") or None
        lines.append(
            {"id": name, "text": text, "published": str(expected["published"]), "expected": events}
        )
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_golden_reports_score_as_their_tests_say(tmp_path: Path, pipeline: Pipeline) -> None:
    report = evaluate(pipeline, read_gold(golden_as_jsonl(tmp_path / "gold.jsonl"), "jsonl"))
    assert (report.true_positive, report.false_positive, report.false_negative) == (2, 0, 0)
    # these reports pass their golden tests in full, so every defined field is right
    for name in ("event_type", "sub_event_type", "date_exact", "location_25km", "killed_exact"):
        score = report.fields[name]
        assert score.n >= 1 and score.correct == score.n, name


def test_eval_command_prints_json_figures(tmp_path: Path) -> None:
    gold = golden_as_jsonl(tmp_path / "gold.jsonl")
    result = CliRunner().invoke(app, ["eval", str(gold), "--format", "jsonl", "--json", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["texts"] == 3
    assert data["detection"]["recall"] == 1.0
    assert data["fields"]["event_type"] == {
        "accuracy": 1.0,
        "n": 2,
        "matched_accuracy": 1.0,
        "matched_n": 2,
    }


def test_eval_command_table_lists_every_field(tmp_path: Path) -> None:
    gold = golden_as_jsonl(tmp_path / "gold.jsonl")
    result = CliRunner().invoke(
        app, ["eval", str(gold), "--format", "jsonl", "--limit", "1", "--errors", "2", "-q"]
    )
    assert result.exit_code == 0, result.output
    for name in ("detection recall", "event_type", "killed_20pct", "claim"):
        assert name in result.stdout
