"""Batches and positions: the bookkeeping every engine relies on to store each result once."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventwire.engines import open_engine
from eventwire.engines.local import LocalEngine
from eventwire.engines.protocol import partitions, positioned
from eventwire.errors import ConfigurationError
from eventwire.models import ArticleResult, Document
from eventwire.settings import Settings


def _documents(count: int) -> list[Document]:
    return [Document(id=f"d{n}", text=f"Story {n}.") for n in range(count)]


def test_partitions_cover_every_document_once_in_order() -> None:
    batches = list(partitions(_documents(7), 3))
    assert [start for start, _ in batches] == [0, 3, 6]
    assert [d.id for _, batch in batches for d in batch] == [f"d{n}" for n in range(7)]
    assert list(partitions([], 3)) == []
    with pytest.raises(ValueError, match="at least 1"):
        list(partitions(_documents(1), 0))


def test_positioned_offsets_results_by_partition_start() -> None:
    results = [ArticleResult(article_id="a"), ArticleResult(article_id="b")]
    assert [(p, r.article_id) for p, r in positioned(5, results)] == [(5, "a"), (6, "b")]


def test_local_engine_loads_nothing_for_no_documents() -> None:
    def refuse() -> object:
        raise AssertionError("the pipeline must not load when there is nothing to process")

    engine = LocalEngine(refuse)  # type: ignore[arg-type]
    assert list(engine.process([])) == []


def test_open_engine_checks_options_and_imports_nothing_heavy() -> None:
    settings = Settings()
    with pytest.raises(ConfigurationError, match="--engine dask"):
        open_engine("local", settings, scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ConfigurationError, match="local or dask"):
        open_engine("spark", settings)
    with pytest.raises(ConfigurationError, match="--scheduler"):
        open_engine("dask", settings, scheduler="tcp://127.0.0.1:8786", workers=2)
    engine = open_engine("dask", settings, workers=2)
    assert list(engine.process([])) == []  # no cluster started for an empty input
    engine.close()


def test_importing_eventwire_and_its_engines_does_not_import_dask() -> None:
    code = (
        "import sys, eventwire, eventwire.engines, eventwire.engines.dask\n"
        "assert 'distributed' not in sys.modules and 'dask' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
