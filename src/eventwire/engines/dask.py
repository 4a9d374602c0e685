"""The Dask engine: the per-article pipeline on `dask.distributed` workers.

Why Dask and not a home-made pool: the same code then runs on a laptop (a `LocalCluster`),
on Kubernetes (dask-kubernetes, dask-gateway) and on HPC schedulers (dask-jobqueue), and
Dask already does what a long re-coding run needs: it reschedules the tasks of a worker
that dies, replaces the worker (nannies), and streams results as they finish.

How the work is shaped:

- The driver reads the sources and sends batches of documents (`partitions`) as tasks; it
  keeps at most a few batches per worker thread in flight, so a WARC file of millions of
  records is never held in memory and already-stored articles are skipped *before* being
  sent (a rerun resumes where a stopped run ended).
- Each worker loads the spaCy model and the gazetteer once: `PipelinePlugin` (a Dask
  worker plugin, registered idempotently under a name derived from the settings) holds
  the worker's `Pipeline` and loads it on the first batch, in the task thread, so the
  worker's event loop (heartbeats) is never blocked by the load.
- Results come back with `as_completed` and are written by the caller, on the driver, one
  transaction per article. A task rerun after a worker dies produces the same result (the
  pipeline is pure) and its key yields once, so nothing is lost or written twice.

`dask` is imported when the engine first connects, never by `import eventwire`. Parts of
the `distributed` client API are untyped; those calls carry a `no-untyped-call` ignore.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import uuid
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

from eventwire.engines.protocol import partitions, positioned
from eventwire.errors import ConfigurationError
from eventwire.models import ArticleResult, Document
from eventwire.settings import Settings

if TYPE_CHECKING:
    from distributed import Client, Future

INSTALL_HINT = "the Dask engine needs dask.distributed: pip install 'eventwire[dask]'"


def plugin_name(settings: Settings) -> str:
    """The worker plugin's name: one per distinct settings (model, cache), so two ingests
    with different models on one cluster keep separate pipelines, and equal ones share."""
    digest = hashlib.sha256(settings.model_dump_json().encode()).hexdigest()[:12]
    return f"eventwire-pipeline-{digest}"


class DaskEngine:
    """Run the pipeline on a Dask cluster.

    ``client``: an existing `distributed.Client` (not closed by the engine). Otherwise
    ``scheduler`` (``tcp://HOST:PORT``) connects to a running cluster, and with neither a
    `LocalCluster` of ``workers`` processes (one thread each; default: one per CPU) is
    started. Nothing connects or starts until the first document arrives.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        client: Client | None = None,
        partition_size: int = 16,
        in_flight_per_thread: int = 2,
    ) -> None:
        if scheduler and workers:
            raise ConfigurationError(
                "--workers starts a local cluster; with --scheduler the cluster decides"
                " how many workers it has (scale it there)"
            )
        if workers is not None and workers < 1:
            raise ConfigurationError(f"--workers must be at least 1, got {workers}")
        self.settings = settings or Settings()
        self.scheduler = scheduler
        self.workers = workers
        self.partition_size = partition_size
        self.in_flight_per_thread = in_flight_per_thread
        self.plugin_name = plugin_name(self.settings)
        self._client = client
        self._owns_client = client is None
        self._cluster: Any = None
        self._registered = False

    @property
    def client(self) -> Client:
        """The connected client (connecting, or starting the local cluster, on first use)."""
        if self._client is None:
            self._client = self._connect()
        if not self._registered:
            from eventwire.engines.dask_worker import PipelinePlugin

            # Also for a client handed in: its workers may never have seen eventwire.
            self._client.register_plugin(PipelinePlugin(self.settings), name=self.plugin_name)
            self._registered = True
        return self._client

    def _connect(self) -> Client:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise ConfigurationError(INSTALL_HINT) from error
        if self.scheduler:
            try:
                client = Client(self.scheduler, timeout="30s")  # type: ignore[no-untyped-call]
            except OSError as error:  # includes timeouts: nothing answered at that address
                raise ConfigurationError(
                    f"--scheduler {self.scheduler}: no Dask scheduler answered ({error})"
                ) from error
        else:
            self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=self.workers or os.cpu_count() or 1,
                threads_per_worker=1,  # spaCy is not thread-parallel: scale by processes
                processes=True,
                dashboard_address=":0",  # any free port: never clash with another cluster
            )
            client = Client(self._cluster)  # type: ignore[no-untyped-call]
        return client

    def warm_up(self) -> None:
        """Load the pipeline on every worker now (otherwise each loads on its first batch)."""
        from eventwire.engines.dask_worker import load_pipeline_here

        self.client.run(load_pipeline_here, self.plugin_name)

    def process(self, documents: Iterable[Document]) -> Iterator[tuple[int, ArticleResult]]:
        iterator = iter(documents)
        first = next(iterator, None)
        if first is None:
            return  # nothing new: no cluster is started or contacted
        from distributed import as_completed

        from eventwire.engines.dask_worker import process_partition

        client = self.client
        run = uuid.uuid4().hex[:8]
        threads = sum(client.nthreads().values()) or 1  # type: ignore[no-untyped-call]
        limit = max(2, self.in_flight_per_thread * threads)
        batches = partitions(itertools.chain([first], iterator), self.partition_size)
        outstanding: dict[str, tuple[int, Future[list[ArticleResult]]]] = {}
        completed = as_completed()  # type: ignore[no-untyped-call]

        def submit(start: int, batch: list[Document]) -> None:
            # An explicit key per batch and run: a rescheduled task is the same task, and
            # its result arrives (and is stored) once.
            key = f"eventwire-{run}-{start}"
            future: Future[list[ArticleResult]] = client.submit(
                process_partition, self.plugin_name, batch, key=key
            )
            outstanding[key] = (start, future)
            completed.add(future)  # type: ignore[no-untyped-call]

        try:
            for start, batch in itertools.islice(batches, limit):
                submit(start, batch)
            for future in completed:
                results: list[ArticleResult] = future.result()
                start, _ = outstanding.pop(str(future.key))
                future.release()
                next_batch = next(batches, None)
                if next_batch is not None:
                    submit(*next_batch)
                yield from positioned(start, results)
        finally:
            # A stopped run (Ctrl-C, an error while storing): cancel what is still queued
            # so the cluster is free for the rerun, which resumes from the store.
            completed.clear()  # type: ignore[no-untyped-call]
            if outstanding:
                pending = [future for _, future in outstanding.values()]
                client.cancel(pending, force=True)  # type: ignore[no-untyped-call]

    def close(self) -> None:
        if self._client is not None and self._owns_client:
            self._client.close()  # type: ignore[no-untyped-call]
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
