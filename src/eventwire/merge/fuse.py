"""Fusion: one record from the reports of one event, with provenance and history.

Rules, each chosen so an analyst can predict the result:

- ACLED type and sub-type: the value most independent sources give (wire copies count
  once); ties go to the earliest report.
- Date and place: the most precise report wins (a written date over "on Friday" over the
  publication date; a site over a town over a province), ties by the majority of sources.
  A date that is only a statement's ("the group said on Monday it carried out ...") comes
  last: the event may be earlier, and a claim made a day later must not move the event.
- Actors and weapons: the union; a perpetrator's attribution is the firmest any report
  gives (claimed > named > suspected > unidentified).
- Casualties: ``low`` is the lowest low and ``high`` the highest high of all reports;
  ``best`` is the figure of the latest report that gives one (tolls are revised as
  bodies are counted: "the death toll rose to 12"), the median when several reports of the
  latest publication day disagree. ACLED's "lowest reported fatalities" is kept apart as
  ``killed_lowest_reported``.
- Claim: a claim beats a denial beats "nobody claimed" beats silence.

History replays the reports in publication order and records each field a report changed,
so "what was known on the 14th" is the state after the reports published by then.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from eventwire.extract.actors import ActorMention
from eventwire.extract.summary import summarise
from eventwire.merge.records import Change, HistoryEntry, MergedEvent, SourceFigures
from eventwire.merge.report import Report, actor_key
from eventwire.merge.sources import SourceMark, source_groups
from eventwire.models import Actor, Casualties, Claim, Count, Event, Weapon

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
_BASIS_RANK = {"explicit": 0, "relative": 1, "published": 2, "unknown": 3}
_PLACE_RANK = {
    "point": 0,
    "town": 1,
    "near_town": 2,
    "admin2": 3,
    "admin1": 4,
    "country": 5,
    "unknown": 6,
}
_ATTRIBUTION_RANK = {"claimed": 0, "named": 1, "suspected": 2, "unidentified": 3, None: 4}
_CLAIM_RANK = {"claimed": 0, "denied": 1, "unclaimed": 2, "unknown": 3}
_HISTORY_FIELDS = ("acled", "date", "location", "perpetrators", "killed", "injured", "claim")


def merged_id(reports: Sequence[Report]) -> str:
    """A stable id: derived from the canonically first report, so it never depends on
    arrival order."""
    first = min(reports, key=lambda r: r.sort_key)
    return "mrg_" + hashlib.sha1(first.event_id.encode()).hexdigest()[:12]


def fuse(reports: Sequence[Report], marks: dict[str, SourceMark]) -> MergedEvent:
    """The merged event of ``reports`` (one event's reports, any order)."""
    ordered = sorted(reports, key=lambda r: r.sort_key)
    group_of = _source_of(ordered, marks)
    event, provenance = _fuse_event(ordered, group_of)
    history = _history(ordered, group_of)
    figures = [
        SourceFigures(
            article_id=r.article_id,
            published=r.event.date.start if r.published is None else _date(r.published),
            killed=r.event.casualties.killed,
            injured=r.event.casualties.injured,
        )
        for r in ordered
        if r.event.casualties.reported
    ]
    lowest = [f.killed.low for f in figures if f.killed.low is not None]
    groups = source_groups(
        marks.get(r.article_id) or SourceMark(r.article_id, None, None, frozenset())
        for r in {r.article_id: r for r in ordered}.values()
    )
    return MergedEvent(
        id=event.id,
        event=event,
        report_ids=[r.event_id for r in ordered],
        sources=groups,
        provenance=provenance,
        figures=figures,
        killed_lowest_reported=min(lowest) if lowest else None,
        history=history,
    )


def _date(ordinal: int) -> dt.date:
    return dt.date.fromordinal(ordinal)


def _source_of(ordered: Sequence[Report], marks: dict[str, SourceMark]) -> dict[str, str]:
    """Article id -> the first article id of its independent source group."""
    unique = {r.article_id: r for r in ordered}
    groups = source_groups(marks.get(a) or SourceMark(a, None, None, frozenset()) for a in unique)
    return {article: group[0] for group in groups for article in group}


def _vote(
    ordered: Sequence[Report],
    group_of: dict[str, str],
    value: Callable[[Report], Hashable],
    rank: Callable[[Report], tuple[int, ...]] | None = None,
) -> tuple[Report, list[str]]:
    """The report holding the winning value, and the articles that support that value.

    Lower ``rank`` wins first; then the number of independent sources; then the earliest.
    """
    candidates = list(ordered)
    if rank is not None:
        top = min(rank(r) for r in candidates)
        candidates = [r for r in candidates if rank(r) == top]
    sources: dict[Hashable, set[str]] = {}
    for report in candidates:
        sources.setdefault(value(report), set()).add(group_of[report.article_id])
    winner = max(candidates, key=lambda r: (len(sources[value(r)]), -ordered.index(r)))
    chosen = value(winner)
    support = sorted({r.article_id for r in ordered if value(r) == chosen})
    return winner, support


def _fuse_event(
    ordered: Sequence[Report], group_of: dict[str, str]
) -> tuple[Event, dict[str, list[str]]]:
    provenance: dict[str, list[str]] = {}
    typed, provenance["acled"] = _vote(ordered, group_of, lambda r: r.event.acled)
    dated, provenance["date"] = _vote(
        ordered,
        group_of,
        lambda r: (r.event.date.start, r.event.date.end),
        lambda r: (
            r.statement_dated,
            _DATE_RANK[r.event.date.precision],
            _BASIS_RANK[r.event.date.basis],
        ),
    )
    placed, provenance["location"] = _vote(
        ordered,
        group_of,
        lambda r: (r.event.location.place, r.event.location.name),
        lambda r: (_PLACE_RANK[r.event.location.precision],),
    )
    provenance["location"] = sorted(
        {r.article_id for r in ordered if r.event.location.place == placed.event.location.place}
    )
    actors = _fuse_actors(ordered, provenance)
    casualties = _fuse_casualties(ordered, provenance)
    claim = _fuse_claim(ordered, provenance)
    first = ordered[0]
    latest = ordered[-1]
    confidence = 1.0
    best_per_group: dict[str, float] = {}
    for report in ordered:
        group = group_of[report.article_id]
        best_per_group[group] = max(best_per_group.get(group, 0.0), report.event.confidence)
    for value in best_per_group.values():
        confidence *= 1.0 - value
    event = Event(
        id=merged_id(ordered),
        article_ids=sorted({r.article_id for r in ordered}),
        background=False,
        acled=typed.event.acled,
        gtd=typed.event.gtd,
        date=dated.event.date,
        location=placed.event.location,
        actors=actors,
        weapons=_fuse_weapons(ordered),
        casualties=casualties,
        claim=claim,
        summary=latest.event.summary or first.event.summary,
        confidence=round(min(0.99, 1.0 - confidence), 3),
        evidence=[item for r in ordered for item in r.event.evidence],
    )
    summary = _summary(ordered, event)
    if summary:
        event = event.model_copy(update={"summary": summary})
    return event, provenance


def _summary(ordered: Sequence[Report], event: Event) -> str:
    """The merged event's one-line summary, written from the fused fields so it carries the
    claim a later report added and the latest toll, and never contradicts the record (the
    latest report's own summary may give the claim's date or no toll). One article's event
    keeps its own summary."""
    if len({r.article_id for r in ordered}) == 1:
        return ordered[-1].event.summary
    mentions = [
        ActorMention(
            name=a.name,
            role=a.role,
            kind=a.kind,
            attribution=a.attribution,
            attributed_by=a.attributed_by,
            normalized_name=a.normalized_name,
            start=0,
            end=0,
            text=a.text or a.name,
        )
        for a in sorted(event.actors, key=lambda a: _ATTRIBUTION_RANK[a.attribution])
    ]
    return summarise(
        event.acled,
        event.date,
        event.location,
        mentions,
        event.weapons,
        event.casualties,
        event.claim,
    )


def _fuse_actors(ordered: Sequence[Report], provenance: dict[str, list[str]]) -> list[Actor]:
    chosen: dict[tuple[str, str], Actor] = {}
    support: dict[tuple[str, str], set[str]] = {}
    for report in ordered:
        for actor in report.event.actors:
            key = (actor.role, actor_key(actor) or actor.name.lower())
            support.setdefault(key, set()).add(report.article_id)
            held = chosen.get(key)
            if (
                held is None
                or _ATTRIBUTION_RANK[actor.attribution] < _ATTRIBUTION_RANK[held.attribution]
            ):
                chosen[key] = actor
    for (role, name), articles in support.items():
        provenance[f"actors.{role}:{name}"] = sorted(articles)
    return list(chosen.values())


def _fuse_weapons(ordered: Sequence[Report]) -> list[Weapon]:
    counts: dict[str, int | None] = {}
    for report in ordered:
        for weapon in report.event.weapons:
            held = counts.get(weapon.kind)
            counts[weapon.kind] = (
                weapon.count if held is None else max(held, weapon.count or 0) or held
            )
    return [Weapon(kind=kind, count=count) for kind, count in counts.items()]


def _fuse_count(
    ordered: Sequence[Report], pick: Callable[[Casualties], Count]
) -> tuple[Count, list[str]]:
    given = [
        r
        for r in ordered
        if r.event.casualties.reported and pick(r.event.casualties).best is not None
    ]
    if not given:
        return Count(), []
    latest_day = given[-1].published
    latest = [pick(r.event.casualties).best or 0 for r in given if r.published == latest_day]
    best = round(statistics.median(latest))
    lows = [c.low for r in given if (c := pick(r.event.casualties)).low is not None]
    highs = [c.high for r in given if (c := pick(r.event.casualties)).high is not None]
    count = Count(
        low=min([*lows, best]),
        best=best,
        high=max([*highs, best]),
    )
    support = sorted({r.article_id for r in given if pick(r.event.casualties).best == best})
    return count, support


def _fuse_casualties(ordered: Sequence[Report], provenance: dict[str, list[str]]) -> Casualties:
    killed, provenance["casualties.killed"] = _fuse_count(ordered, lambda c: c.killed)
    injured, provenance["casualties.injured"] = _fuse_count(ordered, lambda c: c.injured)
    reported = any(r.event.casualties.reported for r in ordered)
    return Casualties(killed=killed, injured=injured, reported=reported)


def _fuse_claim(ordered: Sequence[Report], provenance: dict[str, list[str]]) -> Claim:
    top = min(_CLAIM_RANK[r.event.claim.status] for r in ordered)
    holders = [r for r in ordered if _CLAIM_RANK[r.event.claim.status] == top]
    by_votes: dict[str | None, int] = {}
    for report in holders:
        by_votes[report.event.claim.by] = by_votes.get(report.event.claim.by, 0) + 1
    by = max(by_votes, key=lambda k: (by_votes[k], k is not None))
    provenance["claim"] = sorted({r.article_id for r in holders})
    return Claim(status=holders[0].event.claim.status, by=by)


def _snapshot(event: Event) -> dict[str, Any]:
    """The fields history tracks, as plain JSON values."""
    date, location = event.date, event.location
    return {
        "acled": event.acled.model_dump(mode="json"),
        "date": {
            "start": date.start.isoformat() if date.start else None,
            "end": date.end.isoformat() if date.end else None,
            "precision": date.precision,
        },
        "location": {
            "place": location.place,
            "admin1": location.admin1,
            "country": location.country,
            "precision": location.precision,
        },
        "perpetrators": sorted(a.name for a in event.actors if a.role == "perpetrator"),
        "killed": event.casualties.killed.model_dump(mode="json"),
        "injured": event.casualties.injured.model_dump(mode="json"),
        "claim": event.claim.model_dump(mode="json"),
    }


def _history(ordered: Sequence[Report], group_of: dict[str, str]) -> list[HistoryEntry]:
    entries: list[HistoryEntry] = []
    before: dict[str, Any] | None = None
    for end in range(1, len(ordered) + 1):
        if end < len(ordered) and ordered[end].article_id == ordered[end - 1].article_id:
            continue
        event, _ = _fuse_event(ordered[:end], group_of)
        after = _snapshot(event)
        changes = [
            Change(field=name, before=None if before is None else before[name], after=after[name])
            for name in _HISTORY_FIELDS
            if before is None or before[name] != after[name]
        ]
        if changes:
            report = ordered[end - 1]
            entries.append(
                HistoryEntry(
                    as_of=_date(report.published) if report.published else None,
                    article_id=report.article_id,
                    changes=changes,
                )
            )
        before = after
    return entries
