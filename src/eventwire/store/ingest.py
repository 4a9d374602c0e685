"""Ingest: read sources, skip what is stored, extract the rest, store each article.

The loop pulls one document at a time through `Pipeline.process_many` and stores its
result before reading the next, so a document repeated within one run is caught by the
same check that makes reruns idempotent, and an interruption loses at most the article in
flight (its transaction never commits; the rerun does it).
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

from eventwire.engines.local import LocalEngine
from eventwire.engines.protocol import Engine
from eventwire.ingest import iter_documents
from eventwire.ingest.feeds import FEED_SUFFIXES
from eventwire.ingest.url import FetchSettings, is_url
from eventwire.ingest.warc import is_warc_path
from eventwire.merge.store import merge_article
from eventwire.models import ArticleResult, Document, Rejected
from eventwire.pipeline import Pipeline
from eventwire.store.engine import display_url
from eventwire.store.hashing import canonical_url, raw_hash
from eventwire.store.sql import SqlStore


@dataclass
class IngestSummary:
    """What an ingest did; printed as one JSON line at the end."""

    db: str
    documents: int = 0
    """Documents read (stored, skipped and rejected together)."""
    stored: int = 0
    skipped: int = 0
    """Already stored (same text or canonical URL): not processed again."""
    rejected: int = 0
    events: int = 0
    seconds: float = 0.0
    rejections: list[Rejected] = field(default_factory=list, repr=False)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> str:
        values = asdict(self)
        del values["rejections"]
        values["seconds"] = round(self.seconds, 3)
        values["docs_per_second"] = round(self.docs_per_second, 2)
        return json.dumps(values, sort_keys=True)


@dataclass(frozen=True)
class _Pending:
    document: Document
    source: tuple[str, str]
    raw_hash: str
    canonical_url: str | None


def source_kind(source: str) -> str:
    """What kind of source a command-line argument is, for the ``sources`` table."""
    if source == "-":
        return "stdin"
    if is_url(source):
        return "url"
    if is_warc_path(source):
        return "warc"
    path = Path(source)
    if path.is_dir():
        return "directory"
    return "feed" if path.suffix.lower() in FEED_SUFFIXES else "file"


def ingest(  # noqa: PLR0917 - each argument is a distinct knob
    store: SqlStore,
    pipeline: Pipeline | Callable[[], Pipeline],
    sources: Sequence[str],
    published: str | None = None,
    stdin: TextIO | None = None,
    fetch_links: bool = False,
    on_progress: Callable[[IngestSummary], None] | None = None,
    engine: Engine | None = None,
) -> IngestSummary:
    """Ingest every source into ``store``; returns the summary (rejections included).

    ``pipeline`` may be a function that loads one: it is called only when a document
    needs extracting, so a rerun over stored sources costs no model loading. ``engine``
    runs the extraction (default: `LocalEngine` over ``pipeline``, in this process); an
    engine may return results out of order (Dask), so inputs are kept by position.
    """
    summary = IngestSummary(db=display_url(store.url))
    started = time.perf_counter()
    pending: dict[int, _Pending] = {}
    positions = itertools.count()
    fetch_settings = FetchSettings()

    def new_documents() -> Iterator[Document]:
        for source in sources:
            location = source if source == "-" or is_url(source) else str(Path(source).resolve())
            origin = (source_kind(source), location)
            items = iter_documents(
                [source], published, stdin, fetch_links=fetch_links, fetch_settings=fetch_settings
            )
            for item in items:
                summary.documents += 1
                if isinstance(item, Rejected):  # unreadable: reported, not stored
                    summary.rejected += 1
                    summary.rejections.append(item)
                    _report(summary, started, on_progress)
                    continue
                digest = raw_hash(item)
                canonical = canonical_url(item)
                state = store.lookup(item.id, digest, canonical)
                if state == "stored":
                    summary.skipped += 1
                    _report(summary, started, on_progress)
                    continue
                document = item
                if state == "id_taken":
                    document = item.model_copy(update={"id": f"{item.id}#{digest[:10]}"})
                pending[next(positions)] = _Pending(document, origin, digest, canonical)
                yield document

    for position, result in (engine or LocalEngine(pipeline)).process(new_documents()):
        _store_result(store, summary, pending.pop(position), result)
        _report(summary, started, on_progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _store_result(
    store: SqlStore, summary: IngestSummary, item: _Pending, result: ArticleResult
) -> None:
    outcome = store.add(
        item.document,
        result,
        source=item.source,
        raw_hash=item.raw_hash,
        canonical_url=item.canonical_url,
    )
    if outcome == "duplicate":
        summary.skipped += 1
    elif result.rejected is not None:
        summary.rejected += 1
        summary.rejections.append(result.rejected)
    else:
        summary.stored += 1
        summary.events += len(result.events)
        if result.events:
            merge_article(store, result.article_id)  # join events of other articles


def _report(
    summary: IngestSummary, started: float, on_progress: Callable[[IngestSummary], None] | None
) -> None:
    summary.seconds = time.perf_counter() - started
    if on_progress is not None:
        on_progress(summary)
