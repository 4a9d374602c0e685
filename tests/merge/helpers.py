"""Helpers of the merge tests: the hand-written report clusters and their extraction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventwire.merge.sources import ArticleInfo
from eventwire.models import ArticleResult, Document, Event
from eventwire.pipeline import Pipeline

CLUSTERS_DIR = Path(__file__).parent / "clusters"


@dataclass(frozen=True)
class ExtractedReport:
    cluster: str
    near_miss_of: str | None
    file: str
    """The cluster file (stem) the report comes from: each file is scored on its own."""
    article: ArticleInfo
    events: list[Event]
    document: Document
    result: ArticleResult


def load_clusters() -> list[dict[str, Any]]:
    clusters: list[dict[str, Any]] = []
    for path in sorted(CLUSTERS_DIR.glob("*.yaml")):
        clusters.extend(
            {**cluster, "file": path.stem}
            for cluster in yaml.safe_load(path.read_text(encoding="utf-8"))
        )
    return clusters


def extract_clusters(
    pipeline: Pipeline, clusters: Iterable[dict[str, Any]]
) -> list[ExtractedReport]:
    """Run every report of ``clusters`` through the real pipeline."""
    documents = [
        (cluster, Document(id=r["id"], text=r["text"], url=r["url"], published=str(r["published"])))
        for cluster in clusters
        for r in cluster["reports"]
    ]
    results = pipeline.process_many(doc for _, doc in documents)
    reports = []
    for (cluster, document), result in zip(documents, results, strict=True):
        assert result.article is not None
        published = dt.date.fromisoformat(str(document.published))
        reports.append(
            ExtractedReport(
                cluster=cluster["cluster"],
                near_miss_of=cluster.get("near_miss_of"),
                file=cluster.get("file", ""),
                article=ArticleInfo(document.id, published, result.article.text, document.url),
                events=[e for e in result.events if not e.background],
                document=document,
                result=result,
            )
        )
    return reports
