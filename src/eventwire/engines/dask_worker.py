"""What runs on a Dask worker: the worker's pipeline (a plugin) and the batch task.

Separate from `eventwire.engines.dask` because it subclasses Dask's `WorkerPlugin` and so
imports `distributed` at import time; only the engine (when it connects) and the workers
(when they unpickle a task) import this module.
"""

from __future__ import annotations

import threading
from typing import Any

from distributed import Worker, WorkerPlugin, get_worker

from eventwire.models import ArticleResult, Document
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings


class PipelinePlugin(WorkerPlugin):
    """A worker's `Pipeline`, loaded once per worker process on first use.

    Dask calls ``setup`` when the plugin is registered and for every worker that joins
    later (a replacement for a killed worker included), so every worker can process.
    ``idempotent``: registering it again (another ingest against the same cluster) keeps
    the worker's loaded pipeline instead of loading it again.
    """

    idempotent = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def setup(self, worker: Worker) -> None:
        """Nothing to do here: loading takes seconds and would block the worker's loop."""

    def teardown(self, worker: Worker) -> None:
        self._pipeline = None

    def pipeline(self) -> Pipeline:
        with self._lock:  # a worker with several threads loads once
            if self._pipeline is None:
                self._pipeline = Pipeline.load(self.settings)
            return self._pipeline

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["settings"])  # type: ignore[misc]


def process_partition(plugin_name: str, documents: list[Document]) -> list[ArticleResult]:
    """One batch on a Dask worker, with the worker's pipeline (loaded on its first batch)."""
    plugin = get_worker().plugins[plugin_name]
    assert isinstance(plugin, PipelinePlugin)
    return list(plugin.pipeline().process_many(documents))


def load_pipeline_here(plugin_name: str, dask_worker: Worker) -> bool:
    """Load ``dask_worker``'s pipeline now (``DaskEngine.warm_up`` runs it via
    ``Client.run``, which passes the worker in)."""
    plugin = dask_worker.plugins[plugin_name]
    assert isinstance(plugin, PipelinePlugin)
    plugin.pipeline()
    return True
