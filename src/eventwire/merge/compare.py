"""Are two reports the same event? A symmetric verdict from hard rules plus weighted evidence.

Hard rules (vetoes) follow ACLED's coding rule: one event is the same actors on the same
day in the same place, so incompatible types, dates that cannot overlap, places further
apart than either report's precision allows, and different firmly named perpetrators keep
reports apart whatever else they share. What survives is scored: each agreeing field adds,
each conflicting one subtracts, and the words the reports use about the event decide the
close cases (two attacks in Baghdad on the same day: one on a market, one on a checkpoint).

The verdict depends on the two reports only, never on arrival order or on the clusters
they sit in, which is what makes incremental merging order-independent (see `merger`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from eventwire.merge.report import Report, actors_overlap

MATCH_THRESHOLD = 1.5
"""Score at or above which two compatible reports are the same event."""
COUNTRY_ONLY_THRESHOLD = 2.0
"""A place known only to country level matches only on stronger evidence."""

_COMPATIBLE_TYPES = frozenset(
    frozenset(pair)
    for pair in (
        ("Battles", "Violence against civilians"),
        ("Battles", "Explosions/Remote violence"),
        ("Battles", "Strategic developments"),
        ("Explosions/Remote violence", "Violence against civilians"),
        ("Protests", "Riots"),
        ("Protests", "Violence against civilians"),
        ("Riots", "Violence against civilians"),
        ("Riots", "Strategic developments"),
    )
)
"""Different ACLED types that outlets plausibly give the same event (a village raid told as
a clash by one and as an attack on civilians by another; a protest that turned violent)."""


@dataclass(frozen=True)
class Verdict:
    """Whether two reports are one event, the score, and why (for the errors list)."""

    same: bool
    score: float
    reasons: tuple[str, ...]
    vetoed: bool = False
    """True when a hard rule (not a low score) keeps the reports apart."""


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def compare(a: Report, b: Report) -> Verdict:
    """The verdict on reports ``a`` and ``b`` (symmetric: compare(a, b) == compare(b, a))."""
    if a.article_id == b.article_id:
        return Verdict(False, 0.0, ("same article: extraction already separated them",), True)
    if a.event.background or b.event.background:
        return Verdict(False, 0.0, ("background mention",), True)
    veto = _veto(a, b)
    if veto is not None:
        return Verdict(False, 0.0, (veto,), True)
    reasons: list[str] = []
    score = _type_score(a, b, reasons)
    score += _date_score(a, b, reasons)
    place, country_only = _place_score(a, b, reasons)
    score += place
    score += _actor_score(a, b, reasons)
    score += _casualty_score(a, b, reasons)
    similarity = jaccard(a.tokens, b.tokens)
    score += 6.0 * (similarity - 0.1)
    reasons.append(f"text {similarity:.2f}")
    threshold = COUNTRY_ONLY_THRESHOLD if country_only else MATCH_THRESHOLD
    return Verdict(score >= threshold, round(score, 3), tuple(reasons))


def _veto(a: Report, b: Report) -> str | None:
    type_a, type_b = a.event.acled.event_type, b.event.acled.event_type
    if type_a != type_b and frozenset((type_a, type_b)) not in _COMPATIBLE_TYPES:
        return f"types {type_a} / {type_b}"
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return "undated"
    if a.day_hi < b.day_lo or b.day_hi < a.day_lo:
        return "dates apart"
    same_name = bool(a.place_names & b.place_names)
    if not same_name and _countries_conflict(a, b):
        return "countries differ"
    weak = a.lat is None or b.lat is None
    if weak and not (a.country and a.country == b.country) and not a.names & b.names:
        return "no common place or name"  # (and the index could not have paired them)
    if not same_name and a.lat is not None and b.lat is not None:
        assert a.lon is not None and b.lon is not None
        distance = distance_km(a.lat, a.lon, b.lat, b.lon)
        if distance > max(a.radius_km or 0.0, b.radius_km or 0.0):
            return f"places {distance:.0f} km apart"
    battle = "Battles" in {type_a, type_b}
    if (
        not battle
        and a.perpetrators_firm
        and b.perpetrators_firm
        and a.perpetrators
        and b.perpetrators
        and not actors_overlap(a.perpetrators, b.perpetrators)
    ):
        return "different named perpetrators"
    return None


def _countries_conflict(a: Report, b: Report) -> bool:
    """Different countries, unless one is known only as a country (often a demonym's guess:
    "Russian shelling of Kherson" is not in Russia)."""
    if not a.country or not b.country or a.country == b.country:
        return False
    return not (a.country_level or b.country_level)


def _type_score(a: Report, b: Report, reasons: list[str]) -> float:
    if a.event.acled == b.event.acled:
        return 1.0
    if a.event.acled.event_type == b.event.acled.event_type:
        reasons.append("sub-types differ")
        return 0.5
    reasons.append("compatible types")
    return -0.5


def _date_score(a: Report, b: Report, reasons: list[str]) -> float:
    if a.exact_day is None or b.exact_day is None:
        reasons.append("coarse date")
        return 0.0
    if a.exact_day == b.exact_day:
        return 1.0
    reasons.append("a day apart")
    return -1.5


def _place_score(a: Report, b: Report, reasons: list[str]) -> tuple[float, bool]:
    """Agreement of places; the flag says the comparison was weak (country or none)."""
    if a.place_names & b.place_names:
        return 1.0, False
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        named = 0.5 if a.names & b.names else 0.0
        if a.country and a.country == b.country:
            reasons.append("same country only")
            return -0.5 + named, True
        reasons.append("no common place")
        return -1.0 + named, True
    if a.country_level or b.country_level:
        reasons.append("country-level place")
        return (-0.5 if a.country == b.country else -1.0), True
    distance = distance_km(a.lat, a.lon, b.lat, b.lon)
    if distance <= 5.0:
        return 1.0, False
    reasons.append(f"{distance:.0f} km apart")
    precise = {"point", "town"}
    if {a.event.location.precision, b.event.location.precision} <= precise:
        return -1.0, False  # two different named towns
    return 0.3, False


def _actor_score(a: Report, b: Report, reasons: list[str]) -> float:
    score = 0.0
    if a.perpetrators and b.perpetrators:
        if actors_overlap(a.perpetrators, b.perpetrators):
            score += 1.0
        else:
            reasons.append("perpetrators differ")
            # A suspicion ("officials blamed X") is often premature or names a member of
            # the group that later claims the attack: it counts less against the pair than
            # two firm names (which only battles, where outlets name different sides, reach).
            score -= 1.5 if a.perpetrators_firm and b.perpetrators_firm else 0.5
    if a.targets and b.targets:
        if a.targets & b.targets:
            score += 0.5
        else:
            reasons.append("targets differ")
            score -= 1.0
    return score


def _casualty_score(a: Report, b: Report, reasons: list[str]) -> float:
    ka, kb = a.event.casualties.killed.best, b.event.casualties.killed.best
    if ka is None or kb is None:
        return 0.0
    if ka == kb:
        return 0.5 if ka > 0 else 0.2
    low, high = min(ka, kb), max(ka, kb)
    if low == 0 and high >= 3:
        reasons.append("killed 0 / many")
        return -0.5
    if high > 3 * max(low, 1) and high - low >= 5:
        reasons.append(f"killed {low} / {high}")
        return -1.0
    return 0.0
