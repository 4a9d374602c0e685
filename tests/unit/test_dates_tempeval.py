"""Date normalisation measured on TempEval-3 te3-platinum (TIMEX3 DATE values).

Each gold DATE expression in a document's TEXT counts as correct when a mention found by
`find_date_mentions` (publication date = the document creation time) overlaps it and its
value, written TimeML-style (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY by precision), equals the
gold value. Gold values eventwire never produces by design (PRESENT_REF, seasons, future
dates such as "next year") count as misses, so this is a floor, not a ceiling.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from eventwire.dates import DateMention, find_date_mentions

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3"
PLATINUM = DATA / "Evaluation" / "te3-platinum"
# Measured: 64/96 = 0.667 on te3-platinum; the floor leaves a small margin for rule changes.
FLOOR = 0.64

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _gold(path: Path) -> tuple[date, str, list[tuple[int, int, str]]]:
    """(creation date, plain TEXT, [(start, end, value)] of its DATE TIMEX3s)."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', raw)
    assert dct is not None, path
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    text: list[str] = []
    length, pos = 0, 0
    gold: list[tuple[int, int, str]] = []
    opened: tuple[int, str] | None = None
    for tag in _TAG.finditer(body):
        chunk = body[pos : tag.start()]
        text.append(chunk)
        length += len(chunk)
        pos = tag.end()
        attrs = dict(_ATTR.findall(tag[3]))
        if tag[2] == "TIMEX3" and not tag[1] and attrs.get("type") == "DATE":
            opened = (length, attrs.get("value", ""))
        elif tag[2] == "TIMEX3" and tag[1] and opened is not None:
            gold.append((opened[0], length, opened[1]))
            opened = None
    text.append(body[pos:])
    plain = "".join(text).replace("&amp;", "&")  # entities are rare; offsets before them hold
    return date.fromisoformat(dct[1]), plain, gold


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
        published, text, gold = _gold(path)
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
