"""Read a JSONL file of short coded texts and extract each one's first event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.models import Document, Event
from eventwire.pipeline import Pipeline

Coded = list[tuple[dict[str, Any], Event | None]]
"""Each coded row beside the first event extracted from its ``text`` (None: no event)."""


def first_events(pipeline: Pipeline, path: Path) -> Coded:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    results = pipeline.process_many(
        Document(id=f"{path.stem}-{i}", text=row["text"]) for i, row in enumerate(rows)
    )
    return [
        (row, result.events[0] if result.events else None)
        for row, result in zip(rows, results, strict=True)
    ]
