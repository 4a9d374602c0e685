"""Read the MUC-3/MUC-4 terrorism corpus: FBIS texts plus human answer-key templates.

Give the ``CORPORA`` directory (or any folder under it, e.g. ``tst3``): texts are the files
named ``dev-muc3-*``, ``tst1-muc3``, ``tst2-muc4``, ... (``*.mixed-case`` is preferred over
the upper-case copy of the same texts), keys are the ``key-*`` files beside them.

How the answer keys become gold (value mappings for types, weapons and targets:
`eventwire.evaluate.muc4_map`):

- publication date: the dateline's "4 FEB 90" (what a wire desk would publish with).
- one gold event per template. Templates marked OPTIONAL and templates whose STAGE OF
  EXECUTION is THREATENED are left out: ACLED does not code threats, and MUC-4 itself did
  not penalise optional ones. A text left with no template but which had such templates is
  skipped for detection; a text with template ``*`` (irrelevant) has no event.
- INCIDENT: DATE "02 FEB 90" is one day; "26 - 27 AUG 89" and "X - Y" are ranges (a
  prediction inside counts as exact); "- 04 FEB 90" (on or before) and year "00" (the
  text gives no year) define no date.
- INCIDENT: LOCATION "COUNTRY: DEPT (DEPARTMENT): CITY (CITY)": country; admin1 when a
  DEPARTMENT or PROVINCE part is named; coordinates of the most specific part looked up in
  eventwire's own gazetteer (the key names places but gives no coordinates; a place the
  gazetteer does not know in that country leaves "within 25 km" undefined).
- EFFECT OF INCIDENT on human targets with their NUMBER: killed = sum of the NUMBERs of
  targets with DEATH, injured likewise with INJURY ("7 - 9" gives a range); "NO DEATH",
  "NO INJURY OR DEATH" state 0. A PLURAL number leaves the count undefined. Note: MUC-4
  counts victims only; a report's dead attackers are not in the key.
- PERP: ORGANIZATION ID and INDIVIDUAL ID (each with its alternatives) -> perpetrator;
  PERP: ORGANIZATION CONFIDENCE "CLAIMED OR ADMITTED" -> claimed, any other filled
  confidence -> not claimed, empty -> claim undefined.
- HUM TGT: NAME / DESCRIPTION and PHYS TGT: ID -> target (victim or target role).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldCount, GoldEvent, GoldText, Names
from eventwire.evaluate.muc4_map import target_set, type_sets, weapon_set
from eventwire.evaluate.names import expand

Locate = Callable[[str, str], tuple[float, float] | None]
"""(place name, country name) -> (lat, lon), or None when unknown."""

_DOC_ID = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\s*$", re.MULTILINE)
_SLOT = re.compile(r"^(\d{1,2})\.\s+[A-Z][A-Z :]*?\s{2,}(.*)$")
_QUOTED = re.compile(r'"((?:\\.|[^"\\])*)"')
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_DATE = re.compile(r"(\d{1,2}) (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]* (\d{2})")
Slots = dict[int, list[str]]


def read_muc4(path: Path, locate: Locate | None = None) -> Iterator[GoldText]:
    """Gold texts of every MUC-4 text file under ``path``, in document-id order."""
    texts = _texts(path)
    keys = _keys(path)
    if not texts:
        raise InputError(
            f"no MUC-4 texts under {path}: pass the CORPORA directory (or a folder in it) "
            "holding files named dev-muc3-*, tst1-muc3, tst2-muc4, ..."
        )
    for doc_id in sorted(texts):
        if doc_id not in keys:
            raise InputError(
                f"{path}: no answer key for {doc_id}: the key-* file of its set must sit "
                "beside the texts (as in the MUC-4 distribution)"
            )
        yield _gold_text(doc_id, texts[doc_id], keys[doc_id], locate)


def _texts(path: Path) -> dict[str, str]:
    files = [path] if path.is_file() else sorted(path.rglob("*"))
    texts: dict[str, str] = {}
    mixed: dict[str, str] = {}
    for file in files:
        if not file.is_file() or not re.match(r"^(dev|tst\d)-muc\d", file.name):
            continue
        parts = _DOC_ID.split(file.read_text(encoding="latin-1"))
        target = mixed if file.name.endswith(".mixed-case") else texts
        for doc_id, body in zip(parts[1::2], parts[2::2], strict=True):
            target[doc_id] = body.strip()
    return texts | mixed


def _keys(path: Path) -> dict[str, list[Slots]]:
    folder = path.parent if path.is_file() else path
    keys: dict[str, list[Slots]] = {}
    for file in sorted(folder.rglob("key-*")):
        for slots in _templates(file.read_text(encoding="latin-1")):
            doc_id = (slots.get(0) or [""])[0].split(" ")[0]
            keys.setdefault(doc_id, []).append(slots)
    return keys


def _templates(key_text: str) -> Iterator[Slots]:
    slots: Slots = {}
    current = -1
    for line in key_text.splitlines():
        if line.startswith(";") or not line.strip():
            continue
        match = _SLOT.match(line)
        if match:
            current = int(match.group(1))
            if current == 0 and slots:
                yield slots
                slots = {}
            slots[current] = [match.group(2).strip()]
        elif current >= 0 and line[:1].isspace():
            slots.setdefault(current, []).append(line.strip())
    if slots:
        yield slots


def _gold_text(doc_id: str, text: str, templates: list[Slots], locate: Locate | None) -> GoldText:
    published = _dateline_date(text)
    events: list[GoldEvent] = []
    left_out = 0
    for slots in templates:
        template = _first(slots, 1)
        if template in {"*", ""}:
            continue
        if "OPTIONAL" in template or "THREATENED" in _first(slots, 5):
            left_out += 1
            continue
        events.append(_event(slots, template, locate))
    relevant = True if events else (None if left_out else False)
    return GoldText(
        id=doc_id,
        text=text,
        published=published.isoformat() if published else None,
        events=tuple(events),
        relevant=relevant,
    )


def _event(slots: Slots, template: str, locate: Locate | None) -> GoldEvent:
    incident = _plain(_first(slots, 4))
    instruments = _labels(slots.get(7, []))
    types, subtypes, attacks = type_sets(incident, instruments)
    country, admin1, place = _location(_first(slots, 3))
    coordinates = locate(place, country) if locate and place and country else None
    organisations = _entities(slots.get(10, []))
    individuals = _entities(slots.get(9, []))
    confidence = " ".join(slots.get(11, []))
    claimed = None if _plain(confidence) in {"", "-", "*"} else "CLAIMED OR ADMITTED" in confidence
    targets = _entities(slots.get(12, []) + slots.get(18, []) + slots.get(19, []))
    return GoldEvent(
        event_types=types,
        sub_event_types=subtypes,
        gtd_attack_types=attacks,
        gtd_weapon_types=weapon_set(incident, instruments),
        gtd_target_types=target_set(_labels(slots.get(20, [])), _labels(slots.get(13, []))),
        date_range=_date_range(_first(slots, 2)),
        lat=coordinates[0] if coordinates else None,
        lon=coordinates[1] if coordinates else None,
        country=country,
        admin1=admin1,
        killed=_count(slots, {"DEATH"}, {"NO DEATH", "NO INJURY OR DEATH"}),
        injured=_count(slots, {"INJURY"}, {"NO INJURY", "NO INJURY OR DEATH"}),
        perpetrators=tuple(expand_all(organisations + individuals)) or None,
        targets=tuple(targets) or None,
        claimed=claimed,
        label=f"template {template}: {incident}",
    )


def expand_all(entities: list[Names]) -> list[Names]:
    return [tuple(a for name in names for a in expand(name)) for names in entities]


def _first(slots: Slots, number: int) -> str:
    values = slots.get(number) or [""]
    return values[0]


def _plain(value: str) -> str:
    return value.lstrip("?").strip()


def _labels(lines: list[str]) -> list[str]:
    """Set-fill labels of a slot: 'BOMB: "CAR BOMB" / GUN: "-"' -> ['BOMB', 'GUN']."""
    labels: list[str] = []
    for line in lines:
        for part in _QUOTED.sub("", line).split("/"):
            label = _plain(part.split(":")[0].strip(" ()"))
            if label and label not in {"-", "*"}:
                labels.append(label)
    return labels


def _entities(lines: list[str]) -> list[Names]:
    """One entity per line; its quoted alternatives ("X" / "Y", "DESC": "NAME") together."""
    entities: list[Names] = []
    for line in lines:
        names = tuple(m.replace('\\"', '"') for m in _QUOTED.findall(line) if m.strip("- "))
        if names:
            entities.append(names)
    return entities


def _dateline_date(text: str) -> dt.date | None:
    match = _DATE.search(text[:300].upper())
    return _to_date(match) if match else None


def _to_date(match: re.Match[str]) -> dt.date | None:
    day, month, year = int(match.group(1)), _MONTHS.index(match.group(2)) + 1, int(match.group(3))
    if year == 0:  # the keys write "16 NOV 00" when the text gives no year
        return None
    try:
        return dt.date(1900 + year, month, day)
    except ValueError:
        return None


def _date_range(value: str) -> tuple[dt.date, dt.date] | None:
    value = _plain(value.split("/", maxsplit=1)[0]).strip("() ")
    short = re.fullmatch(rf"(\d{{1,2}}) - {_DATE.pattern}", value)
    if short:
        end = _to_date(_DATE.search(value[value.index("-") :]))  # type: ignore[arg-type]
        start = end.replace(day=int(short.group(1))) if end else None
        return (start, end) if start and end and start <= end else None
    if value.startswith("-") or value.endswith("-"):
        return None
    dates = [d for d in (_to_date(m) for m in _DATE.finditer(value)) if d]
    if len(dates) == 1 and _DATE.fullmatch(value):
        return dates[0], dates[0]
    if len(dates) == 2 and dates[0] <= dates[1]:
        return dates[0], dates[1]
    return None


def _location(value: str) -> tuple[str | None, str | None, str | None]:
    """(country, admin1, most specific place) of the first alternative."""
    first = _plain(value.split(" / ", maxsplit=1)[0]).strip()
    if first.startswith("(") and first.endswith(")"):
        first = first[1:-1]
    parts = [p.strip() for p in first.split(":") if p.strip() and p.strip() not in {"-", "*"}]
    if not parts:
        return None, None, None
    country = parts[0].title()
    admin1 = next(
        (re.sub(r"\s*\(.*", "", p).title() for p in parts[1:] if "(DEPARTMENT)" in p or
         "(PROVINCE)" in p),
        None,
    )  # fmt: skip
    place = re.sub(r"\s*\(.*", "", parts[-1]).title() if len(parts) > 1 else None
    return country, admin1, place


def _count(slots: Slots, hurt: set[str], unhurt: set[str]) -> GoldCount | None:
    """Sum of the NUMBERs of the human targets whose EFFECT is in ``hurt``.

    NUMBER and EFFECT lines run in parallel: one target named twice ("23 -: PEOPLE" dead,
    "1000: PEOPLE" injured) is paired by order. "23 -" (at least 23) counts as 23.
    """
    numbers: dict[str, list[str]] = {}
    for line in slots.get(21, []):
        label, _, rest = _plain(line).partition(":")
        for name in _QUOTED.findall(rest)[:1]:
            numbers.setdefault(name, []).append(label.strip())
    low = high = 0
    hit = stated_none = False
    for line in slots.get(23, []):
        label, _, rest = _plain(line).partition(":")
        effects = {_plain(e).strip(" ()") for e in label.split("/")}
        name = next(iter(_QUOTED.findall(rest)), "")
        queue = numbers.get(name) or [""]
        value = queue.pop(0) if len(queue) > 1 else queue[0]
        if effects & hurt:
            hit = True
            number = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+)?)?", value.lstrip("?"))
            if number is None:
                return None
            low += int(number.group(1))
            high += int(number.group(2) or number.group(1))
        elif effects & unhurt:
            stated_none = True
    if hit:
        return GoldCount(best=low, low=low, high=high)
    return GoldCount(best=0, low=0, high=0) if stated_none else None
