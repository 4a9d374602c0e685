"""Compare predicted events with gold events, field by field.

Detection is scored per text: a text "has an event" when coders found one (gold) or
eventwire returned one that is not background (prediction); precision and recall follow.

Every other field is an accuracy over the gold events that define it (its n): a gold
event eventwire missed altogether counts as wrong for each of its fields, so a field figure
is what an analyst would find filled in and right. The same figure over the gold events
that were matched to a prediction (``matched``) separates "found but wrong" from "not
found".

Alignment, for texts with several gold or predicted events: each gold event is paired with
the prediction agreeing on most of (type, date, country, place), one to one, best pairs
first; gold events left over (MUC-4 splits one incident into ATTACK + ARSON + ROBBERY
templates, ACLED and eventwire make one event of it) are scored against the prediction
that fits them best, even if already paired. Background events are never predictions.

Field rules: a casualty count is "within 20%" when inside gold ``low``..``high`` or within
20% of ``best`` (0 must be 0); "exact" compares ``best``; a prediction without a count is
wrong. Country matches the name or the ISO3 code. Admin1 names are compared folded,
without "province"/"governorate"/... and Arabic articles, allowing small spelling
differences (similarity >= 0.8). Actors: `eventwire.evaluate.gold.names_match` against the
predicted perpetrators (perpetrator) or targets and victims (target).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventwire.evaluate.gold import GoldCount, GoldEvent, GoldText, fold, names_match
from eventwire.models import Count, Event

FIELDS: tuple[str, ...] = (
    "event_type", "sub_event_type", "gtd_attack_type", "gtd_weapon_type", "gtd_target_type",
    "date_exact", "location_25km", "country", "admin1", "killed_exact", "killed_20pct",
    "injured_exact", "injured_20pct", "perpetrator", "target", "claim",
)  # fmt: skip

Outcome = tuple[bool, str, str] | None
"""(correct, gold shown, predicted shown); None when the gold does not define the field."""
Check = Callable[[GoldEvent, "Event | None"], Outcome]


@dataclass
class FieldScore:
    correct: int = 0
    n: int = 0
    matched_correct: int = 0
    matched_n: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None

    @property
    def matched_accuracy(self) -> float | None:
        return self.matched_correct / self.matched_n if self.matched_n else None


@dataclass(frozen=True)
class Miss:
    """One wrong field, for error listings."""

    field: str
    text_id: str
    gold_label: str
    gold: str
    predicted: str
    snippet: str
    matched: bool
    """False when no event was predicted for the text at all (a detection miss)."""


@dataclass
class Report:
    texts: int = 0
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else None

    @property
    def recall(self) -> float | None:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else None

    def add(self, gold: GoldText, predicted: list[Event]) -> None:
        """Score one text: detection, then each gold event against its aligned prediction."""
        self.texts += 1
        self.gold_events += len(gold.events)
        self.predicted_events += len(predicted)
        if gold.relevant is True:
            self.true_positive += bool(predicted)
            self.false_negative += not predicted
        elif gold.relevant is False:
            self.false_positive += bool(predicted)
        for event, match in zip(gold.events, align(gold.events, predicted), strict=True):
            for name in FIELDS:
                outcome = CHECKS[name](event, match)
                if outcome is None:
                    continue
                correct, gold_shown, predicted_shown = outcome
                score = self.fields[name]
                score.n += 1
                score.correct += correct
                if match is not None:
                    score.matched_n += 1
                    score.matched_correct += correct
                if not correct:
                    snippet = " ".join(gold.text.split())[:240]
                    self.misses.append(
                        Miss(
                            name,
                            gold.id,
                            event.label,
                            gold_shown,
                            predicted_shown,
                            snippet,
                            matched=match is not None,
                        )
                    )


def align(gold: tuple[GoldEvent, ...], predicted: list[Event]) -> list[Event | None]:
    """The prediction each gold event is scored against (None when nothing was predicted)."""
    if not predicted:
        return [None] * len(gold)
    pairs = sorted(
        (
            (_agreement(g, p), -gi, -pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
        ),
        reverse=True,
    )
    chosen: dict[int, Event] = {}
    used: set[int] = set()
    for _, neg_gi, neg_pi in pairs:
        if -neg_gi not in chosen and -neg_pi not in used:
            chosen[-neg_gi] = predicted[-neg_pi]
            used.add(-neg_pi)
    return [chosen.get(i) or _best(g, predicted) for i, g in enumerate(gold)]


def _best(gold: GoldEvent, predicted: list[Event]) -> Event:
    return max(predicted, key=lambda p: _agreement(gold, p))


def _agreement(gold: GoldEvent, event: Event) -> int:
    names = ("event_type", "date_exact", "country", "location_25km", "admin1")
    return sum(1 for n in names if (o := CHECKS[n](gold, event)) is not None and o[0])


SPELLINGS = {"Transportation (other than aviation)": "Transportation"}
"""Codebook spellings that differ from the GTD data files' values: the same category."""


def _type(
    get: Callable[[Event], str | None], want: Callable[[GoldEvent], frozenset[str] | None]
) -> Check:
    def check(gold: GoldEvent, event: Event | None) -> Outcome:
        accepted = want(gold)
        if accepted is None:
            return None
        value = get(event) if event is not None else None
        accepted_values = {SPELLINGS.get(a, a) for a in accepted}
        correct = SPELLINGS.get(value or "", value) in accepted_values
        return correct, " | ".join(sorted(accepted)), str(value)

    return check


def _date(gold: GoldEvent, event: Event | None) -> Outcome:
    if gold.date_range is None:
        return None
    start, end = gold.date_range
    value = event.date.start if event is not None else None
    shown = start.isoformat() if start == end else f"{start}..{end}"
    return value is not None and start <= value <= end, shown, str(value)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _location(gold: GoldEvent, event: Event | None) -> Outcome:
    if gold.lat is None or gold.lon is None:
        return None
    shown = f"{gold.lat:.3f},{gold.lon:.3f}"
    loc = event.location if event is not None else None
    if loc is None or loc.lat is None or loc.lon is None:
        return False, shown, f"{loc.name if loc else None} (no coordinates)"
    km = distance_km(gold.lat, gold.lon, loc.lat, loc.lon)
    return km <= 25.0, shown, f"{loc.name} {loc.lat:.3f},{loc.lon:.3f} ({km:.0f} km)"


def _country(gold: GoldEvent, event: Event | None) -> Outcome:
    if not gold.country:
        return None
    loc = event.location if event is not None else None
    values = {fold(v) for v in (loc.country, loc.country_iso3) if v} if loc else set()
    return fold(gold.country) in values, gold.country, str(loc.country if loc else None)


_ADMIN_WORDS = re.compile(
    r"\b(?:province|governorate|department|departamento|region|state|district|muhafazat|"
    r"al|as|ad|an|ar|at|ash|az|el)\b"
)
_ADMIN_ALIASES = {"ninawa": "nineveh", "salahaddin": "saladin", "salahuddin": "saladin"}


def admin1_key(name: str) -> str:
    key = _ADMIN_WORDS.sub(" ", fold(name)).replace(" ", "")
    return _ADMIN_ALIASES.get(key, key)


def _admin1(gold: GoldEvent, event: Event | None) -> Outcome:
    if not gold.admin1:
        return None
    value = event.location.admin1 if event is not None else None
    if not value:
        return False, gold.admin1, "None"
    a, b = admin1_key(gold.admin1), admin1_key(value)
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8, gold.admin1, value


def _count(kind: str, *, tolerant: bool) -> Check:
    def check(gold: GoldEvent, event: Event | None) -> Outcome:
        wanted: GoldCount | None = getattr(gold, kind)
        if wanted is None:
            return None
        count: Count | None = getattr(event.casualties, kind) if event is not None else None
        value = count.best if count is not None else None
        shown = str(wanted.best)
        if wanted.low is not None and wanted.high is not None and wanted.low != wanted.high:
            shown += f" ({wanted.low}-{wanted.high})"
        if value is None:
            return False, shown, "None"
        if not tolerant:
            return value == wanted.best, shown, str(value)
        low = min(wanted.low if wanted.low is not None else wanted.best, wanted.best * 0.8)
        high = max(wanted.high if wanted.high is not None else wanted.best, wanted.best * 1.2)
        return low <= value <= high, shown, str(value)

    return check


def _actor(
    roles: set[str], want: Callable[[GoldEvent], tuple[tuple[str, ...], ...] | None]
) -> Check:
    def check(gold: GoldEvent, event: Event | None) -> Outcome:
        entities = want(gold)
        if entities is None:
            return None
        actors = [a for a in event.actors if a.role in roles] if event is not None else []
        names = [n for a in actors for n in (a.name, a.normalized_name, a.text) if n]
        correct = any(names_match(entity, names) for entity in entities)
        shown = " / ".join(entity[0] for entity in entities)
        return correct, shown, " / ".join(a.name for a in actors) or "None"

    return check


def _claim(gold: GoldEvent, event: Event | None) -> Outcome:
    if gold.claimed is None:
        return None
    status = event.claim.status if event is not None else "unknown"
    return (
        (status == "claimed") == gold.claimed,
        "claimed" if gold.claimed else "not claimed",
        status,
    )


CHECKS: dict[str, Check] = {
    "event_type": _type(lambda e: e.acled.event_type, lambda g: g.event_types),
    "sub_event_type": _type(lambda e: e.acled.sub_event_type, lambda g: g.sub_event_types),
    "gtd_attack_type": _type(
        lambda e: e.gtd.attack_type if e.gtd else None, lambda g: g.gtd_attack_types
    ),
    "gtd_weapon_type": _type(
        lambda e: e.gtd.weapon_type if e.gtd else None, lambda g: g.gtd_weapon_types
    ),
    "gtd_target_type": _type(
        lambda e: e.gtd.target_type if e.gtd else None, lambda g: g.gtd_target_types
    ),
    "date_exact": _date,
    "location_25km": _location,
    "country": _country,
    "admin1": _admin1,
    "killed_exact": _count("killed", tolerant=False),
    "killed_20pct": _count("killed", tolerant=True),
    "injured_exact": _count("injured", tolerant=False),
    "injured_20pct": _count("injured", tolerant=True),
    "perpetrator": _actor({"perpetrator"}, lambda g: g.perpetrators),
    "target": _actor({"target", "victim"}, lambda g: g.targets),
    "claim": _claim,
}
