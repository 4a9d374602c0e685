"""Incremental merging in memory: each article's events join events already seen or start
new ones, touching only the reports near them in time and space.

State is three maps: reports by event id, the candidate index, and components (reports
connected by matching verdicts). A new report is compared with its candidates only; every
match joins its component to the new report's, and only the components it touched are
re-clustered and re-fused. Components are what `cluster` splits into events, from the set
of reports alone, so the merged events never depend on the order articles arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eventwire.merge.cluster import cluster
from eventwire.merge.compare import compare
from eventwire.merge.fuse import fuse, merged_id
from eventwire.merge.index import CandidateIndex
from eventwire.merge.records import MergedEvent
from eventwire.merge.report import Report, to_report
from eventwire.merge.sources import ArticleInfo, SourceMark, mark
from eventwire.models import Event


@dataclass
class MergeUpdate:
    """What one article changed: merged events written anew, and ids no longer used."""

    article_id: str
    merged: list[MergedEvent] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


class Merger:
    """In-memory incremental merger (see the module docstring)."""

    def __init__(self) -> None:
        self.reports: dict[str, Report] = {}
        self.marks: dict[str, SourceMark] = {}
        self.index = CandidateIndex()
        self._component_of: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}
        self._events_of: dict[str, list[list[str]]] = {}
        """Component -> its events (report id lists); absent means one event per report."""

    def __len__(self) -> int:
        return len(self.reports)

    def preload(self, reports: Iterable[Report]) -> None:
        """File reports already merged elsewhere as single-report events, without comparing
        (for benchmarks and for seeding from a store whose merges are known)."""
        for report in reports:
            self.reports[report.event_id] = report
            self.index.add(report)

    def add_article(self, article: ArticleInfo, events: Sequence[Event]) -> MergeUpdate:
        """Merge one article's events; a repeated article id changes nothing."""
        update = MergeUpdate(article.id)
        if article.id in self.marks:
            return update
        self.marks[article.id] = mark(article)
        touched: set[str] = set()
        before: dict[str, list[str]] = {}
        for event in events:
            report = to_report(event, article.id, article.published, article.text)
            if report.event_id in self.reports:
                continue
            self.reports[report.event_id] = report
            touched.add(self._join(report.event_id, report.event_id, before))
            for candidate_id in sorted(self.index.candidates(report)):
                if compare(report, self.reports[candidate_id]).same:
                    touched.add(self._join(report.event_id, candidate_id, before))
            self.index.add(report)
        roots = {self._root(c) for c in touched}
        new_ids: set[str] = set()
        for root in sorted(roots):
            groups = cluster(self.reports[m] for m in self._members.get(root, [root]))
            self._events_of[root] = [[r.event_id for r in g] for g in groups]
            for group in groups:
                merged = fuse(group, self.marks)
                update.merged.append(merged)
                new_ids.add(merged.id)
        old_ids = {i for ids in before.values() for i in ids}
        update.removed = sorted(old_ids - new_ids)
        return update

    def merged_events(self) -> list[MergedEvent]:
        """Every merged event, by id (fused on demand)."""
        result = [
            fuse([self.reports[i] for i in group], self.marks)
            for root in self._roots()
            for group in self._events_of.get(root, [[root]])
        ]
        return sorted(result, key=lambda m: m.id)

    def clusters(self) -> list[list[str]]:
        """Every merged event as a sorted list of report (per-article event) ids."""
        return sorted(
            sorted(group) for root in self._roots() for group in self._events_of.get(root, [[root]])
        )

    def component_of(self, report_id: str) -> str:
        """The component a report belongs to, named by its canonically smallest report id
        (the same whatever the arrival order)."""
        return min(self._members.get(self._root(report_id), [report_id]))

    # -- components ------------------------------------------------------------------------

    def _roots(self) -> list[str]:
        return sorted({self._root(i) for i in self.reports})

    def _root(self, report_id: str) -> str:
        return self._component_of.get(report_id, report_id)

    def _ids_of(self, root: str) -> list[str]:
        return [
            merged_id([self.reports[i] for i in group])
            for group in self._events_of.get(root, [[root]])
            if all(i in self.reports for i in group)
        ]

    def _join(self, new_id: str, other_id: str, before: dict[str, list[str]]) -> str:
        """Join the components of ``new_id`` and ``other_id``; returns the joined root."""
        a, b = self._root(new_id), self._root(other_id)
        for root in (a, b):
            if root not in before and root != new_id:
                before[root] = self._ids_of(root)
        if a == b:
            return a
        members_a = self._members.get(a, [a])
        members_b = self._members.get(b, [b])
        if len(members_a) > len(members_b):
            a, b, members_a, members_b = b, a, members_b, members_a
        for member in members_a:
            self._component_of[member] = b
        self._members[b] = members_b + members_a
        self._members.pop(a, None)
        self._events_of.pop(a, None)
        self._events_of.pop(b, None)
        return b
