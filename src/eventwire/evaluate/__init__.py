"""Measure eventwire against hand-coded gold data: ``eventwire eval`` and the CI gate.

Analysts check eventwire against their own coded exports with it, so it reads their
formats as they come (UCDP GED, ACLED and GTD CSV exports, the MUC-4 corpus, and a JSONL
of texts with expected facts), runs the ordinary pipeline on each text and reports
per-field figures with the number of gold records behind each (`score`). How each format's
fields map onto eventwire's is documented in the reader modules (`muc4`, `muc4_map`,
`tables`, `jsonl`); actor aliases in `names`.

    items = read_gold(path, "ucdp", limit=150)
    report = evaluate(pipeline, items)
    report.fields["date_exact"].accuracy
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal

from eventwire.evaluate.gold import GoldText, fold
from eventwire.evaluate.jsonl import read_jsonl
from eventwire.evaluate.muc4 import Locate, read_muc4
from eventwire.evaluate.score import FIELDS, FieldScore, Report
from eventwire.evaluate.tables import read_acled, read_gtd, read_ucdp
from eventwire.models import Document
from eventwire.pipeline import Pipeline

GoldFormat = Literal["muc4", "ucdp", "acled", "gtd", "jsonl"]

__all__ = ["FIELDS", "FieldScore", "GoldFormat", "GoldText", "Report", "evaluate", "read_gold"]


def read_gold(
    path: Path,
    gold_format: GoldFormat,
    *,
    limit: int | None = None,
    published_from_data: bool = False,
    locate: Locate | None = None,
) -> list[GoldText]:
    """The first ``limit`` gold texts of ``path`` (InputError, with the fix, when unreadable).

    ``locate`` gives coordinates to gold place names that have none (MUC-4 only).
    """
    items: Iterator[GoldText]
    if gold_format == "muc4":
        items = read_muc4(path, locate)
    elif gold_format == "ucdp":
        items = read_ucdp(path)
    elif gold_format == "acled":
        items = read_acled(path, published_from_data=published_from_data)
    elif gold_format == "gtd":
        items = read_gtd(path, published_from_data=published_from_data)
    else:
        items = read_jsonl(path)
    return list(itertools.islice(items, limit))


def gazetteer_locate(pipeline: Pipeline) -> Locate:
    """Coordinates of a gold place name from eventwire's gazetteer, only within the gold
    country and only for cities and admin areas (the largest such place of that name)."""
    gazetteer = pipeline.geocoder.gazetteer

    def locate(place: str, country: str) -> tuple[float, float] | None:
        entries = [
            c.entry
            for c in gazetteer.candidates(place)
            if c.exact
            and fold(c.entry.country) == fold(country)
            and c.entry.feature in {"city", "admin1", "admin2"}
        ]
        if not entries:
            return None
        best = max(entries, key=lambda e: e.population)
        return best.lat, best.lon

    return locate


def evaluate(
    pipeline: Pipeline,
    items: Iterable[GoldText],
    on_text: Callable[[GoldText], None] | None = None,
) -> Report:
    """Run extraction on every gold text and score it; ``on_text`` is called after each."""
    report = Report()
    for item in items:
        result = pipeline.process(Document(id=item.id, text=item.text, published=item.published))
        report.add(item, [e for e in result.events if not e.background])
        if on_text is not None:
            on_text(item)
    return report
