"""What the store commands print: the ingest progress bar and the stats tables."""

from __future__ import annotations

import json
from types import TracebackType

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire.store.ingest import IngestSummary
from eventwire.store.protocol import Stats


class IngestProgress:
    """A live line: documents read, docs/s, events found, skipped and rejected."""

    def __init__(self, console: Console, *, disabled: bool) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("ingesting"),
            TextColumn("{task.completed} docs"),
            TextColumn("{task.fields[rate]:.1f} docs/s"),
            TextColumn("{task.fields[events]} events"),
            TextColumn("{task.fields[skipped]} skipped"),
            TextColumn("{task.fields[rejected]} rejected"),
            TimeElapsedColumn(),
            console=console,
            disable=disabled,
        )
        self._task = self._progress.add_task(
            "ingest", total=None, rate=0.0, events=0, skipped=0, rejected=0
        )

    def update(self, summary: IngestSummary) -> None:
        self._progress.update(
            self._task,
            completed=summary.documents,
            rate=summary.docs_per_second,
            events=summary.events,
            skipped=summary.skipped,
            rejected=summary.rejected,
        )

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._progress.stop()


def print_stats(stats: Stats, *, top: int, as_json: bool) -> None:
    """Stats as JSON, or as four small tables."""
    console = Console()
    if as_json:
        console.print_json(json.dumps({
            "articles": stats.articles, "rejected": stats.rejected, "events": stats.events,
            "by_day": dict(stats.by_day), "by_type": dict(stats.by_type),
            "by_country": dict(stats.by_country), "top_actors": dict(stats.top_actors),
        }))  # fmt: skip
        return
    console.print(
        f"{stats.articles} articles stored ({stats.rejected} rejected), "
        f"{stats.events} matching events",
        highlight=False,
    )
    sections = (
        ("events by day (latest)", stats.by_day[-top:]),
        ("events by type", stats.by_type),
        ("events by country", stats.by_country[:top]),
        ("top actors", stats.top_actors),
    )
    for title, rows in sections:
        table = Table(title=title, title_justify="left")
        table.add_column("value")
        table.add_column("events", justify="right")
        for key, count in rows:
            table.add_row(escape(key), str(count))
        console.print(table)
