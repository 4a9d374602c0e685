"""What an engine is: something that runs the per-article pipeline over many documents.

The pipeline is a pure function of one document and the loaded resources, so an engine is
free to run it anywhere (this process, a process pool, Dask workers on other machines) and
to return results in whatever order they finish. Callers key results by the position of
the document in the input, never by order of arrival, and write them where they stand (the
store, on the driver), which is what keeps a rescheduled task from storing anything twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from eventwire.models import ArticleResult, Document

Partition = tuple[int, list[Document]]
"""A batch of consecutive input documents: the position of its first one, and the batch."""


class Engine(Protocol):
    """Runs `Pipeline.process_many` over documents, wherever the engine runs it."""

    def process(self, documents: Iterable[Document]) -> Iterator[tuple[int, ArticleResult]]:
        """Yield ``(position, result)`` for every document, in any order, each exactly once.

        ``position`` counts documents from 0 in the order ``documents`` yields them.
        ``documents`` is read lazily, a bounded number of batches ahead of the results, so
        a caller can decide per document (already stored? skip it) as the run goes.
        """
        ...

    def close(self) -> None:
        """Release processes, clusters and connections the engine started."""
        ...


def partitions(documents: Iterable[Document], size: int) -> Iterator[Partition]:
    """Consecutive batches of ``size`` documents with the position of each batch's first.

    A batch is the unit of work sent to a process or a Dask task: large enough that
    per-task overhead (pickling, scheduling) is small beside spaCy's cost, small enough
    that a lost worker costs little to redo and the work spreads evenly.
    """
    if size < 1:
        raise ValueError(f"partition size must be at least 1, got {size}")
    batch: list[Document] = []
    start = 0
    for position, document in enumerate(documents):
        if not batch:
            start = position
        batch.append(document)
        if len(batch) == size:
            yield start, batch
            batch = []
    if batch:
        yield start, batch


def positioned(start: int, results: list[ArticleResult]) -> Iterator[tuple[int, ArticleResult]]:
    """The results of the partition starting at ``start``, with their input positions."""
    for offset, result in enumerate(results):
        yield start + offset, result
