"""Show an evaluation report: a rich table for people, a JSON object for scripts and CI.

Both show every field, with n, even when n is 0: an undefined field is information (the
gold data does not code it), not something to hide.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

from eventwire.evaluate.score import FIELDS, Report


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def report_json(report: Report, *, errors: int = 0) -> dict[str, Any]:
    """The report as plain JSON data; ``errors`` wrong fields listed per field."""
    data: dict[str, Any] = {
        "texts": report.texts,
        "gold_events": report.gold_events,
        "predicted_events": report.predicted_events,
        "detection": {
            "precision": _ratio(report.precision),
            "recall": _ratio(report.recall),
            "true_positive": report.true_positive,
            "false_positive": report.false_positive,
            "false_negative": report.false_negative,
        },
        "fields": {
            name: {
                "accuracy": _ratio(score.accuracy),
                "n": score.n,
                "matched_accuracy": _ratio(score.matched_accuracy),
                "matched_n": score.matched_n,
            }
            for name, score in report.fields.items()
        },
    }
    if errors:
        data["errors"] = {
            name: [m.__dict__ for m in report.misses if m.field == name and m.matched][:errors]
            for name in FIELDS
        }
    return data


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def report_table(report: Report) -> Table:
    table = Table(
        title=f"{report.texts} texts, {report.gold_events} gold events, "
        f"{report.predicted_events} predicted events",
        title_justify="left",
    )
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("n", justify="right")
    table.add_column("when matched", justify="right")
    table.add_column("matched n", justify="right")
    wanted = report.true_positive + report.false_negative
    found = report.true_positive + report.false_positive
    table.add_row("detection precision", _percent(report.precision), str(found), "", "")
    table.add_row("detection recall", _percent(report.recall), str(wanted), "", "")
    for name, score in report.fields.items():
        table.add_row(
            name,
            _percent(score.accuracy),
            str(score.n),
            _percent(score.matched_accuracy),
            str(score.matched_n),
        )
    return table


def errors_text(report: Report, limit: int) -> str:
    """The first ``limit`` wrong fields of each field, one block each, for reading errors."""
    lines: list[str] = []
    for name in FIELDS:
        misses = [m for m in report.misses if m.field == name and m.matched]
        undetected = sum(1 for m in report.misses if m.field == name and not m.matched)
        if not misses and not undetected:
            continue
        lines.append(
            f"== {name}: {len(misses)} wrong where an event was found, {undetected} not found"
        )
        for miss in misses[:limit]:
            lines.append(
                f"  {miss.text_id} [{miss.gold_label}] gold={miss.gold!r} got={miss.predicted!r}"
            )
            lines.append(f"    {miss.snippet[:200]}")
    return "\n".join(lines)
