"""Scoring a merge against gold clusters: pairwise precision/recall and B-cubed.

Pairwise scores count pairs of reports put together (precision: how many of them really
are one event; recall: how many true pairs were found). B-cubed averages, per report, the
share of its predicted event that is correct and the share of its true event it was put
with, so a big cluster wrongly split hurts in proportion to its size.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class MergeScores:
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    false_merges: list[tuple[str, str]]
    """Pairs merged that are different events (each pair sorted)."""
    missed_merges: list[tuple[str, str]]
    """Pairs of one event left apart."""


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_merge(predicted: Mapping[str, str], gold: Mapping[str, str]) -> MergeScores:
    """Scores of ``predicted`` (item -> predicted cluster) against ``gold`` (item -> true
    cluster), over the items both know."""
    items = sorted(set(predicted) & set(gold))
    pairs_pred = {(a, b) for a, b in combinations(items, 2) if predicted[a] == predicted[b]}
    pairs_gold = {(a, b) for a, b in combinations(items, 2) if gold[a] == gold[b]}
    hits = len(pairs_pred & pairs_gold)
    precision = hits / len(pairs_pred) if pairs_pred else 1.0
    recall = hits / len(pairs_gold) if pairs_gold else 1.0
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item in items:
        by_pred.setdefault(predicted[item], set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    b_precision = b_recall = 0.0
    for item in items:
        mine, truth = by_pred[predicted[item]], by_gold[gold[item]]
        shared = len(mine & truth)
        b_precision += shared / len(mine)
        b_recall += shared / len(truth)
    n = len(items) or 1
    b_precision, b_recall = b_precision / n, b_recall / n
    return MergeScores(
        pairwise_precision=precision,
        pairwise_recall=recall,
        pairwise_f1=_f1(precision, recall),
        bcubed_precision=b_precision,
        bcubed_recall=b_recall,
        bcubed_f1=_f1(b_precision, b_recall),
        false_merges=sorted(pairs_pred - pairs_gold),
        missed_merges=sorted(pairs_gold - pairs_pred),
    )
