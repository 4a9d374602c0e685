"""Date normalisation measured on TempEval-3 te3-platinum (TIMEX3 DATE values).

Each gold DATE expression in a document's TEXT counts as correct when a mention found by
`find_date_mentions` (publication date = the document creation time) overlaps it and its
value, written TimeML-style (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY by precision), equals the
gold value. Gold values eventwire never produces by design (PRESENT_REF, seasons, future
dates such as "next year") count as misses, so this is a floor, not a ceiling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.dates import DateMention, find_date_mentions
from eventwire.dates.evaluate import read_timeml

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3"
PLATINUM = DATA / "Evaluation" / "te3-platinum"
# Measured: 69/96 = 0.719 on te3-platinum; the floor leaves a small margin for rule changes.
FLOOR = 0.70


def _value(m: DateMention) -> str | None:
    """The TimeML value a mention stands for, by its precision."""
    if m.start_date is None:
        return None
    d = m.start_date
    if m.precision == "day" and not m.is_range:
        return d.isoformat()
    if m.precision == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if m.precision == "month":
        return f"{d.year}-{d.month:02d}"
    if m.precision == "year":
        return str(d.year)
    return None


def measure(folder: Path) -> tuple[int, int]:
    """(correct, total) gold DATE values over the .tml files of ``folder``."""
    correct = total = 0
    for path in sorted(folder.glob("*.tml")):
        published, text, gold = read_timeml(path)
        mentions = find_date_mentions(text, published)
        for start, end, value in gold:
            total += 1
            hit = next((m for m in mentions if m.start < end and start < m.end), None)
            correct += hit is not None and _value(hit) == value
    return correct, total


def test_tempeval3_platinum_date_values() -> None:
    if not PLATINUM.is_dir():
        pytest.skip(f"TempEval-3 data not found at {PLATINUM} (../shared/data beside the checkout)")
    correct, total = measure(PLATINUM)
    accuracy = correct / total
    print(f"te3-platinum DATE value accuracy: {correct}/{total} = {accuracy:.3f}")
    assert accuracy >= FLOOR
