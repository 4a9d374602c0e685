"""``eventwire merge``: merge stored reports of the same event across articles.

The work is `eventwire.merge.store`; this module maps options onto it and prints.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console

from eventwire.cli.app import EXIT_ERROR, app
from eventwire.errors import EventwireError


@app.command()
def merge(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="SQLite path or postgresql:// URL [default: $EVENTWIRE_DB or ./eventwire.db]",
        ),
    ] = None,
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="forget all merges and re-derive them from stored events"),
    ] = False,
) -> None:
    """Merge reports of one event from different articles into one merged event.

    Without --rebuild, only articles not merged yet are merged, each against the stored
    merges near it in time and place (ingest does this after every article). With
    --rebuild, every merge is derived again from the stored per-article events. Prints a
    JSON summary.

    Example: eventwire merge --rebuild --db events.db
    """
    from eventwire.merge.store import merge_pending
    from eventwire.merge.store import rebuild as rebuild_all
    from eventwire.store import open_store

    errors = Console(stderr=True)
    started = time.perf_counter()
    try:
        store = open_store(db)
    except EventwireError as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    try:
        summary = rebuild_all(store) if rebuild else merge_pending(store)
    finally:
        store.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    typer.echo(json.dumps(asdict(summary), sort_keys=True))
