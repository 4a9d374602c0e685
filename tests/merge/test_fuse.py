"""Fusion rules on hand-built reports: casualty figures across sources, updates, history,
provenance, wire copies, and the candidate index never hiding a pair compare accepts."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from eventwire.merge import ArticleInfo, Merger, compare, score_merge, to_report
from eventwire.merge.index import CandidateIndex
from eventwire.models import Acled, Actor, Casualties, Claim, Count, Event, EventDate, Location

TUESDAY = dt.date(2024, 3, 5)


def _event(
    event_id: str,
    killed: int | None,
    *,
    day: dt.date = TUESDAY,
    lat: float = 2.04,
    lon: float = 45.34,
    place: str = "Mogadishu",
    perpetrator: str | None = "al-Shabaab",
    claim: str = "unknown",
    summary: str = "Al-Shabaab militants stormed a hotel in Mogadishu.",
) -> Event:
    count = Count(low=killed, best=killed, high=killed) if killed is not None else Count()
    actors = (
        [Actor(name=perpetrator, role="perpetrator", attribution="named")] if perpetrator else []
    )
    return Event(
        id=event_id,
        article_ids=[event_id.split(":", maxsplit=1)[0]],
        acled=Acled(event_type="Violence against civilians", sub_event_type="Attack"),
        date=EventDate(start=day, end=day, precision="day", basis="relative", text="Tuesday"),
        location=Location(
            name=place,
            place=place,
            country="Somalia",
            country_iso3="SOM",
            lat=lat,
            lon=lon,
            precision="town",
        ),
        actors=actors,
        casualties=Casualties(killed=count, reported=killed is not None),
        claim=Claim(status=claim, by="al-Shabaab" if claim == "claimed" else None),  # type: ignore[arg-type]
        summary=summary,
        confidence=0.6,
    )


def _article(article_id: str, published: dt.date, url: str, text: str = "") -> ArticleInfo:
    return ArticleInfo(article_id, published, text or None, url)


def test_later_reports_update_the_toll_and_history_keeps_what_was_known_when() -> None:
    merger = Merger()
    wed, thu = TUESDAY + dt.timedelta(1), TUESDAY + dt.timedelta(2)
    merger.add_article(
        _article("c", thu, "https://c.example/1"), [_event("c:0", 14, claim="claimed")]
    )
    merger.add_article(_article("a", TUESDAY, "https://a.example/1"), [_event("a:0", 9)])
    update = merger.add_article(_article("b", wed, "https://b.example/1"), [_event("b:0", 11)])
    (merged,) = merger.merged_events()
    assert update.merged == [merged]
    killed = merged.event.casualties.killed
    assert (killed.low, killed.best, killed.high) == (9, 14, 14)
    assert merged.killed_lowest_reported == 9
    assert merged.provenance["casualties.killed"] == ["c"]
    assert merged.event.claim.status == "claimed"
    assert [(h.as_of, h.article_id) for h in merged.history] == [
        (TUESDAY, "a"),
        (wed, "b"),
        (thu, "c"),
    ]
    assert merged.history[1].changes[0].field == "killed"
    assert merged.history[1].changes[0].after["best"] == 11
    assert merged.event.article_ids == ["a", "b", "c"]
    assert merged.corroboration == 3


def test_wire_copies_are_one_source() -> None:
    text = "MOGADISHU (Reuters) - Al-Shabaab militants stormed a hotel, killing 9 people."
    merger = Merger()
    merger.add_article(_article("r1", TUESDAY, "https://reuters.com/x", text), [_event("r1:0", 9)])
    merger.add_article(_article("r2", TUESDAY, "https://usnews.com/x", text), [_event("r2:0", 9)])
    merger.add_article(_article("own", TUESDAY, "https://bbc.co.uk/x"), [_event("own:0", 9)])
    (merged,) = merger.merged_events()
    assert merged.sources == [["own"], ["r1", "r2"]]


def test_different_named_perpetrators_stay_apart() -> None:
    merger = Merger()
    merger.add_article(_article("a", TUESDAY, "https://a.example/1"), [_event("a:0", 3)])
    other = _event(
        "b:0", 3, perpetrator="Islamic State", summary="IS gunmen killed 3 in Mogadishu."
    )
    merger.add_article(_article("b", TUESDAY, "https://b.example/1"), [other])
    assert len(merger.merged_events()) == 2


def test_a_repeated_article_changes_nothing() -> None:
    merger = Merger()
    article = _article("a", TUESDAY, "https://a.example/1")
    merger.add_article(article, [_event("a:0", 3)])
    assert merger.add_article(article, [_event("a:0", 3)]).merged == []


def test_the_index_finds_every_pair_compare_accepts() -> None:
    rng = random.Random(7)
    reports = []
    for number in range(400):
        day = TUESDAY + dt.timedelta(days=rng.randrange(4))
        lat, lon = 2.0 + rng.uniform(-0.6, 0.6), 45.3 + rng.uniform(-0.6, 0.6)
        event = _event(
            f"e{number}:0",
            rng.randrange(5),
            day=day,
            lat=lat,
            lon=lon,
            place=f"Place{rng.randrange(30)}",
            perpetrator=None,
        )
        reports.append(to_report(event, f"e{number}", day, None))
    index = CandidateIndex()
    index.add_many(reports)
    for report in reports:
        found = index.candidates(report)
        for other in reports:
            if other is not report and compare(report, other).same:
                assert other.event_id in found


def test_scores() -> None:
    scores = score_merge({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "y", "c": "y"})
    assert scores.pairwise_precision == 0.0
    assert scores.false_merges == [("a", "b")]
    assert scores.missed_merges == [("b", "c")]
    assert 0.0 < scores.bcubed_f1 < 1.0


def _blamed(event_id: str, group: str, attribution: str) -> Event:
    """An armed clash in Mogadishu blamed on ``group`` (battles: firm names never veto)."""
    event = _event(event_id, 3, perpetrator=group)
    return event.model_copy(
        update={
            "acled": Acled(event_type="Battles", sub_event_type="Armed clash"),
            "actors": [a.model_copy(update={"attribution": attribution}) for a in event.actors],
        }
    )


def test_a_suspicion_counts_less_against_a_claim_than_a_firm_name() -> None:
    # Officials often blame a member group first; the umbrella group then claims it.
    claim = _blamed("c:0", "Islamic Resistance in Iraq", "claimed")
    claimed = to_report(claim, "c", TUESDAY + dt.timedelta(1))
    suspected = to_report(_blamed("s:0", "Kata'ib Hezbollah", "suspected"), "s", TUESDAY)
    named = to_report(_blamed("n:0", "Kata'ib Hezbollah", "named"), "n", TUESDAY)
    against_suspicion = compare(suspected, claimed)
    against_name = compare(named, claimed)
    assert "perpetrators differ" in against_suspicion.reasons
    assert against_suspicion.score == pytest.approx(against_name.score + 1.0)
