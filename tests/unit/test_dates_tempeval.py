"""Date normalisation measured on TempEval-3 te3-platinum (TIMEX3 DATE values).

Each gold DATE expression in a document's TEXT counts as correct when the first expression
`find_timexes` finds overlapping it (creation time = the document creation time) has the
gold value (see `eventwire.dates.evaluate.measure_tempeval`). Annotations no rule can read
(an anaphoric "the day" coded 2012-XX-XX, "This year" coded XXXX-WI) stay misses, so this
is a floor, not a ceiling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.dates.evaluate import measure_tempeval

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3"
PLATINUM = DATA / "Evaluation" / "te3-platinum"
# Measured: 87/96 = 0.906 on te3-platinum; the floor leaves a small margin for rule changes.
FLOOR = 0.88


def test_tempeval3_platinum_date_values() -> None:
    if not PLATINUM.is_dir():
        pytest.skip(f"TempEval-3 data not found at {PLATINUM} (../shared/data beside the checkout)")
    (correct, total), _ = measure_tempeval(PLATINUM, baseline=False)
    accuracy = correct / total
    print(f"te3-platinum DATE value accuracy: {correct}/{total} = {accuracy:.3f}")
    assert accuracy >= FLOOR
