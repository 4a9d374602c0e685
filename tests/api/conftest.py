"""API fixtures: one store filled by really ingesting golden reports, and apps over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.corpus import build_store
from eventwire.pipeline import Pipeline
from eventwire.serve.api import create_app
from eventwire.serve.settings import ApiSettings
from eventwire.store import SqlStore

TOKEN = "test-token-5f1c"


@pytest.fixture(scope="session")
def filled_store(
    pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SqlStore]:
    store = build_store(tmp_path_factory.mktemp("api") / "events.db", pipeline)
    yield store
    store.close()


@pytest.fixture
def client(filled_store: SqlStore, pipeline: Pipeline) -> Iterator[TestClient]:
    """Read-mostly client over the shared store (no token configured: writes refused)."""
    app = create_app(store=filled_store, settings=ApiSettings(token=None), pipeline=pipeline)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def writer(tmp_path: Path, pipeline: Pipeline) -> Iterator[TestClient]:
    """A client over a new, empty store, with a write token configured."""
    app = create_app(
        str(tmp_path / "write.db"),
        settings=ApiSettings(token=TOKEN, max_body_bytes=200_000),  # type: ignore[arg-type]
        pipeline=pipeline,
    )
    with TestClient(app) as test_client:
        yield test_client
