"""Same-event detection measured on hand-written report clusters through real extraction.

44 clusters of two to four reports of one event (different outlets, wording, figures,
date expressions, place spellings; wire copies) and 12 near misses (same city and day,
different target; same group, different town; the next day's fighting). Scores are over
extracted events: an article whose extraction found nothing is listed, not scored.
Floors are the measured figures and only rise.

Follow-up reports (``follow_up.yaml``: 9 events whose later report adds a claim of
responsibility, dated by the claim, with a coarser place or no casualties, sometimes by
another group than the one first suspected; and 4 claims of other attacks nearby a day
apart) are scored on their own, with their own floors, so the figures of the original set
stay comparable across versions.
"""

from __future__ import annotations

from eventwire.merge import Merger, MergeScores, compare, score_merge
from merge.helpers import ExtractedReport, load_clusters

PAIRWISE_PRECISION_FLOOR = 1.0
PAIRWISE_RECALL_FLOOR = 0.985
BCUBED_F1_FLOOR = 0.995
ORIGINAL_FILES = frozenset({"same_event", "near_miss"})

FOLLOW_UP_PRECISION_FLOOR = 1.0
FOLLOW_UP_RECALL_FLOOR = 0.92
FOLLOW_UP_BCUBED_F1_FLOOR = 0.97


def _merge(reports: list[ExtractedReport]) -> tuple[Merger, dict[str, str], dict[str, str]]:
    merger = Merger()
    gold: dict[str, str] = {}
    article_of: dict[str, str] = {}
    for report in reports:
        merger.add_article(report.article, report.events)
        for event in report.events:
            gold[event.id] = report.cluster
            article_of[event.id] = report.article.id
    predicted = {
        event_id: str(number)
        for number, group in enumerate(merger.clusters())
        for event_id in group
    }
    return merger, gold, predicted


def test_the_test_set_is_big_enough() -> None:
    clusters = load_clusters()
    same = [c for c in clusters if "near_miss_of" not in c]
    near = [c for c in clusters if "near_miss_of" in c]
    assert len(same) >= 40
    assert all(len(c["reports"]) >= 2 for c in same)
    assert len(near) >= 10
    assert {c["near_miss_of"] for c in near} <= {c["cluster"] for c in same}


def _report_scores(extracted: list[ExtractedReport]) -> tuple[MergeScores, list[str]]:
    """Merge ``extracted``, score it against the clusters, and say what went wrong."""
    merger, gold, predicted = _merge(extracted)
    scores = score_merge(predicted, gold)
    article_of = {e.id: r.article.id for r in extracted for e in r.events}
    lines = [
        f"events {len(gold)} from {len(extracted)} articles; "
        f"pairwise P {scores.pairwise_precision:.3f} R {scores.pairwise_recall:.3f} "
        f"F1 {scores.pairwise_f1:.3f}; B-cubed P {scores.bcubed_precision:.3f} "
        f"R {scores.bcubed_recall:.3f} F1 {scores.bcubed_f1:.3f}",
        "articles without an extracted event: "
        + (", ".join(r.article.id for r in extracted if not r.events) or "none"),
    ]
    for kind, pairs in (
        ("false merge", scores.false_merges),
        ("missed merge", scores.missed_merges),
    ):
        lines.extend(
            f"{kind}: {article_of[a]} + {article_of[b]}: "
            f"{compare(merger.reports[a], merger.reports[b])}"
            for a, b in pairs
        )
        if not pairs:
            lines.append(f"{kind}: none")
    print("\n".join(lines))
    return scores, lines


def test_merge_quality_on_report_clusters(extracted: list[ExtractedReport]) -> None:
    scores, lines = _report_scores([r for r in extracted if r.file in ORIGINAL_FILES])
    assert scores.pairwise_precision >= PAIRWISE_PRECISION_FLOOR, lines
    assert scores.pairwise_recall >= PAIRWISE_RECALL_FLOOR, lines
    assert scores.bcubed_f1 >= BCUBED_F1_FLOOR, lines


def test_follow_up_claim_reports_join_the_first_report(extracted: list[ExtractedReport]) -> None:
    scores, lines = _report_scores([r for r in extracted if r.file == "follow_up"])
    assert scores.pairwise_precision >= FOLLOW_UP_PRECISION_FLOOR, lines
    assert scores.pairwise_recall >= FOLLOW_UP_RECALL_FLOOR, lines
    assert scores.bcubed_f1 >= FOLLOW_UP_BCUBED_F1_FLOOR, lines


def test_near_misses_stay_apart(extracted: list[ExtractedReport]) -> None:
    _, gold, predicted = _merge(extracted)
    near_clusters = {r.cluster: r.near_miss_of for r in extracted if r.near_miss_of}
    for event_id, cluster in gold.items():
        if cluster not in near_clusters:
            continue
        together = {gold[o] for o, p in predicted.items() if p == predicted[event_id]}
        assert together == {cluster}, (event_id, together)


def test_wire_copies_count_as_one_source(extracted: list[ExtractedReport]) -> None:
    damascus = [r for r in extracted if r.cluster == "wire-copies-damascus-2024-12"]
    merger = Merger()
    for report in damascus:
        merger.add_article(report.article, report.events)
    (merged,) = merger.merged_events()
    assert merged.sources == [["dam1-a", "dam1-b", "dam1-c"], ["dam1-d"]]
    assert merged.corroboration == 2
    assert merged.event.casualties.killed.best == 3
