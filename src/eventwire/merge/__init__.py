"""Merge: one record per real event, from the reports of many articles.

    merger = Merger()
    update = merger.add_article(ArticleInfo(id, published, text, url), events)

`report` reduces an event to what is compared, `index` finds candidates by day and place,
`compare` gives a verdict on two reports, `cluster` turns verdicts into events, `fuse`
builds the merged record with provenance and history, `sources` tells wire copies apart
from independent reports, `merger` does all this incrementally, and `store` keeps merges
in the event database. Nothing here loads anything at import.
"""

from __future__ import annotations

from eventwire.merge.compare import Verdict, compare
from eventwire.merge.fuse import fuse
from eventwire.merge.merger import Merger, MergeUpdate
from eventwire.merge.metrics import MergeScores, score_merge
from eventwire.merge.records import Change, HistoryEntry, MergedEvent, SourceFigures
from eventwire.merge.report import Report, to_report
from eventwire.merge.sources import ArticleInfo

__all__ = [
    "ArticleInfo",
    "Change",
    "HistoryEntry",
    "MergeScores",
    "MergeUpdate",
    "MergedEvent",
    "Merger",
    "Report",
    "SourceFigures",
    "Verdict",
    "compare",
    "fuse",
    "score_merge",
    "to_report",
]
