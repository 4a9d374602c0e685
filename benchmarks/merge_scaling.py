"""Incremental merge cost per article with 10k, 100k and 1M stored events.

Synthetic events (generated directly, not extracted) around 300 real conflict towns, with
a stored history whose length grows with its size at a fixed density (about 300 events a
day worldwide, ACLED's order of magnitude), are filed into a `Merger` as already merged;
then new articles (half of them reporting a stored event again, half a new event) are
merged one by one and timed. The candidate index makes the cost depend on how many events
happened near the same place on the same days, not on how many are stored.

    python benchmarks/merge_scaling.py                 # 10k, 100k, 1M
    python benchmarks/merge_scaling.py --sizes 10000 --articles 200
    python benchmarks/merge_scaling.py --span-days 1095   # fixed 3 years: density grows
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import statistics
import time

from eventwire.merge import ArticleInfo, Merger, to_report
from eventwire.merge.report import Report
from eventwire.models import Acled, Casualties, Claim, Count, Event, EventDate, Location

_TYPES = [
    Acled(event_type="Battles", sub_event_type="Armed clash"),
    Acled(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
    Acled(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED"),
    Acled(event_type="Violence against civilians", sub_event_type="Attack"),
    Acled(event_type="Protests", sub_event_type="Peaceful protest"),
]
_WORDS = [
    "market",
    "checkpoint",
    "convoy",
    "village",
    "mosque",
    "base",
    "camp",
    "school",
    "bus",
    "patrol",
    "road",
]
_START = dt.date(2015, 1, 1)


@functools.cache
def _date(day: dt.date) -> EventDate:
    """Shared (records are frozen): generating a million events stays fast."""
    return EventDate.model_construct(
        start=day, end=day, precision="day", time=None, basis="relative", text="Tuesday"
    )


@functools.cache
def _casualties(killed: int) -> Casualties:
    count = Count.model_construct(low=killed, best=killed, high=killed)
    return Casualties.model_construct(killed=count, injured=Count(), reported=True)


def _towns(rng: random.Random, count: int = 300) -> list[tuple[float, float, str]]:
    return [
        (rng.uniform(-10, 40), rng.uniform(-15, 75), rng.choice(["IRQ", "SYR", "NGA", "MLI"]))
        for _ in range(count)
    ]


def _event(
    rng: random.Random, number: int, towns: list[tuple[float, float, str]], span: int
) -> Event:
    lat, lon, iso3 = rng.choice(towns)
    day = _START + dt.timedelta(days=rng.randrange(span))
    killed = rng.randrange(20)
    target = rng.choice(_WORDS)
    return Event.model_construct(
        id=f"evt_{number:09d}",
        article_ids=[f"a{number}"],
        background=False,
        acled=rng.choice(_TYPES),
        gtd=None,
        date=_date(day),
        location=Location.model_construct(
            name=None,
            place=None,
            admin1=None,
            country=None,
            country_iso3=iso3,
            lat=lat + rng.uniform(-0.05, 0.05),
            lon=lon + rng.uniform(-0.05, 0.05),
            precision="town",
            geonames_id=None,
        ),
        actors=[],
        weapons=[],
        casualties=_casualties(killed),
        claim=Claim(),
        summary=f"An attack on a {target} killed {killed} people.",
        confidence=0.6,
        evidence=[],
    )


def _stored(
    rng: random.Random, size: int, towns: list[tuple[float, float, str]], span: int
) -> list[Report]:
    reports = []
    for number in range(size):
        event = _event(rng, number, towns, span)
        reports.append(to_report(event, f"a{number}", event.date.start, None))
    return reports


def run(size: int, articles: int, span_days: int | None, seed: int = 1) -> dict[str, float]:
    rng = random.Random(seed)
    towns = _towns(rng)
    span = span_days or max(30, size // 300)
    started = time.perf_counter()
    stored = _stored(rng, size, towns, span)
    merger = Merger()
    merger.preload(stored)
    load_seconds = time.perf_counter() - started
    timings = []
    comparisons = []
    for number in range(articles):
        if number % 2 == 0:  # another outlet reporting a stored event again
            original = rng.choice(stored).event
            event = original.model_copy(
                update={"id": f"new_{number}", "article_ids": [f"n{number}"]}
            )
        else:
            event = _event(rng, size + number, towns, span).model_copy(
                update={"id": f"new_{number}"}
            )
        article = ArticleInfo(
            f"n{number}", event.date.start, None, f"https://outlet{number}.example/x"
        )
        report = to_report(event, article.id, article.published, None)
        comparisons.append(len(merger.index.candidates(report)))
        begin = time.perf_counter()
        merger.add_article(article, [event])
        timings.append(time.perf_counter() - begin)
    timings.sort()
    return {
        "stored": size,
        "span_days": span,
        "load_s": load_seconds,
        "median_ms": statistics.median(timings) * 1000,
        "p95_ms": timings[int(len(timings) * 0.95)] * 1000,
        "mean_candidates": statistics.mean(comparisons),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--span-days", type=int, default=None)
    args = parser.parse_args()
    print("stored     span_days  load_s  per-article median_ms  p95_ms  candidates")
    for size in args.sizes:
        r = run(size, args.articles, args.span_days)
        print(
            f"{r['stored']:>9,}  {r['span_days']:>9}  {r['load_s']:6.1f}  "
            f"{r['median_ms']:21.3f}  {r['p95_ms']:6.3f}  {r['mean_candidates']:10.1f}"
        )


if __name__ == "__main__":
    main()
