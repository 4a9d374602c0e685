"""Fixtures of the merge tests: the hand-written report clusters, run through the real
extraction pipeline once per session."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from merge.helpers import ExtractedReport, extract_clusters, load_clusters


@pytest.fixture(scope="session")
def extracted(pipeline: Pipeline) -> list[ExtractedReport]:
    return extract_clusters(pipeline, load_clusters())
