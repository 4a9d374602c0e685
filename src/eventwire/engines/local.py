"""The local engine: the pipeline in this process, or in a pool of local processes.

One process (the default) is exactly the historic ``eventwire ingest`` loop: documents are
pulled one batch at a time through `Pipeline.process_many` and results come back in input
order. With ``processes > 1`` batches go to a `ProcessPoolExecutor`; each process loads
the spaCy model and the gazetteer once (in its initializer) and keeps them for every batch
it is given. This is the baseline the Dask engine is measured against: same batches, same
number of processes, only the scheduler differs.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from functools import cache
from types import TracebackType

from eventwire.engines.protocol import partitions, positioned
from eventwire.errors import ConfigurationError
from eventwire.models import ArticleResult, Document
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

PipelineSource = Pipeline | Callable[[], Pipeline]


class LocalEngine:
    """Run the pipeline here (``processes=1``) or in ``processes`` local processes.

    ``pipeline`` is a loaded pipeline or a function that loads one; it is only called when
    the first document arrives, so a rerun over stored sources loads nothing. A pool loads
    its own pipelines from ``settings`` (a loaded pipeline cannot cross processes).
    ``use_pool=True`` with one process is the benchmark's like-for-like baseline for a
    one-worker Dask cluster (work in another process, results pickled back).
    """

    def __init__(
        self,
        pipeline: PipelineSource | None = None,
        *,
        settings: Settings | None = None,
        processes: int = 1,
        partition_size: int = 16,
        use_pool: bool | None = None,
    ) -> None:
        if processes < 1:
            raise ConfigurationError(f"--workers must be at least 1, got {processes}")
        self.settings = settings or (
            pipeline.settings if isinstance(pipeline, Pipeline) else Settings()
        )
        self._pipeline_source: PipelineSource = pipeline or (lambda: Pipeline.load(self.settings))
        self.processes = processes
        self.use_pool = processes > 1 if use_pool is None else use_pool
        self.partition_size = partition_size
        self._pool: ProcessPoolExecutor | None = None

    def process(self, documents: Iterable[Document]) -> Iterator[tuple[int, ArticleResult]]:
        if self.use_pool:
            yield from self._process_in_pool(documents)
        else:
            yield from self._process_here(documents)

    def _process_here(self, documents: Iterable[Document]) -> Iterator[tuple[int, ArticleResult]]:
        iterator = iter(documents)
        first = next(iterator, None)
        if first is None:
            return
        source = self._pipeline_source
        pipeline = source if isinstance(source, Pipeline) else source()
        self._pipeline_source = pipeline  # loaded once per engine, reused by later calls
        yield from enumerate(pipeline.process_many(_chain(first, iterator)))

    def _process_in_pool(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[int, ArticleResult]]:
        """Bounded in-flight batches (two per process), results as each batch completes."""
        pending: dict[Future[list[ArticleResult]], int] = {}
        batches = partitions(documents, self.partition_size)
        try:
            for start, batch in batches:
                pending[self._executor().submit(process_partition, self.settings, batch)] = start
                if len(pending) >= 2 * self.processes:
                    yield from _drain(pending, FIRST_COMPLETED)
            while pending:
                yield from _drain(pending, FIRST_COMPLETED)
        finally:
            for future in pending:
                future.cancel()

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the driver may hold threads (progress display, database
            # connections) that a forked child would inherit in an undefined state.
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=process_pipeline,
                initargs=(self.settings,),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


def _drain(
    pending: dict[Future[list[ArticleResult]], int], return_when: str
) -> Iterator[tuple[int, ArticleResult]]:
    done, _ = wait(pending, return_when=return_when)
    for future in done:
        start = pending.pop(future)
        yield from positioned(start, future.result())


@cache
def process_pipeline(settings: Settings) -> Pipeline:
    """The pipeline of this process for ``settings``, loaded on first use and kept.

    A pool process serves many batches; loading spaCy and the gazetteer per batch would
    cost more than the batch. `Settings` is frozen, hence hashable, hence a cache key.
    """
    return Pipeline.load(settings)


def process_partition(settings: Settings, documents: list[Document]) -> list[ArticleResult]:
    """One batch in a pool process: the process's pipeline over the batch, in order."""
    return list(process_pipeline(settings).process_many(documents))
