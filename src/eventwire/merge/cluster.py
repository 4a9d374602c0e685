"""From pairwise verdicts to events: clustering a connected group of reports.

Reports linked by matching verdicts form a component; `cluster` splits a component into
events deterministically, from the set of reports alone: reports are taken in canonical
order (publication, article, event id) and each joins the best-matching event that none of
its members rules out (same article, or a hard veto such as different named perpetrators).
Because the input is a set and the order canonical, the result cannot depend on the order
in which articles arrived.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.merge.compare import Verdict, compare
from eventwire.merge.report import Report


def cluster(reports: Iterable[Report]) -> list[list[Report]]:
    """Split ``reports`` into events (lists of reports, each in canonical order)."""
    ordered = sorted(reports, key=lambda r: r.sort_key)
    events: list[list[Report]] = []
    for report in ordered:
        best: tuple[float, int] | None = None
        for position, members in enumerate(events):
            verdicts = [compare(report, member) for member in members]
            if any(_rules_out(v) for v in verdicts):
                continue
            matched = [v.score for v in verdicts if v.same]
            if matched and (best is None or max(matched) > best[0]):
                best = (max(matched), position)
        if best is None:
            events.append([report])
        else:
            events[best[1]].append(report)
    return events


def _rules_out(verdict: Verdict) -> bool:
    """A hard veto (not merely a low score) forbids sharing an event."""
    return not verdict.same and verdict.vetoed
