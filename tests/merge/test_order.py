"""Ingesting reports in any order yields the same merged events (hypothesis).

Clusters and their near misses are shuffled together: the merged events (ids, members,
fused records, sources, history) must not depend on which article arrived first.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.merge import MergedEvent, Merger
from merge.helpers import ExtractedReport

_GROUPS = (
    "mogadishu-hotel-2023-01",
    "baghdad-market-2024-08",
    "kharkiv-missile-2023-03",
    "gaza-airstrike-2024-01",
    "beni-adf-2024-05",
    "wire-copies-damascus-2024-12",
    "kabul-school-2025-06",
)


def _subset(extracted: list[ExtractedReport]) -> list[ExtractedReport]:
    keep = set(_GROUPS)
    return [r for r in extracted if r.cluster in keep or r.near_miss_of in keep]


def _merged(reports: list[ExtractedReport]) -> list[MergedEvent]:
    merger = Merger()
    for report in reports:
        merger.add_article(report.article, report.events)
    return merger.merged_events()


def test_any_order_gives_the_same_merged_events(extracted: list[ExtractedReport]) -> None:
    reports = _subset(extracted)
    expected = _merged(reports)
    assert len(expected) < len(reports)

    @settings(max_examples=25, deadline=None)
    @given(st.permutations(reports))
    def check(order: list[ExtractedReport]) -> None:
        assert _merged(order) == expected

    check()
