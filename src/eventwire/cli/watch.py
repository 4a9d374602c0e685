"""``eventwire watch``: poll sources, store and merge what is new, send alerts.

The work is `eventwire.alert`; this module reads the config, opens the store, and loops.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from eventwire.cli.app import EXIT_ERROR, app
from eventwire.errors import EventwireError


@app.command()
def watch(
    config: Annotated[str, typer.Argument(help="TOML file: sources, rules, notifiers")],
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="SQLite path or postgresql:// URL [default: $EVENTWIRE_DB or ./eventwire.db]",
        ),
    ] = None,
    once: Annotated[
        bool, typer.Option("--once", help="poll every source once, alert, and exit (cron)")
    ] = False,
) -> None:
    """Watch feeds and pages, and alert when an event matches a rule.

    Each cycle polls the sources that are due (conditional GET, backoff on errors, a
    politeness delay per host), stores and merges new articles, and sends each matching
    merged event once per rule and notifier, then one update per material change
    (casualties, claim, correction). What was sent is kept in the database, so a restart
    sends nothing twice. Prints one JSON line per cycle. Runs until Ctrl-C unless --once.

    Example: eventwire watch erbil.toml --db events.db
    """
    from eventwire.alert import Watch, load_config
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.store import open_store

    errors = Console(stderr=True)
    try:
        settings = load_config(config)
        store = open_store(db)
    except EventwireError as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_ERROR) from None
    watcher = Watch(settings, store, lambda: Pipeline.load(Settings()))
    try:
        while True:
            try:
                summary = watcher.cycle(force=once)
            except EventwireError as error:  # e.g. the database is locked: try next cycle
                errors.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
                if once:
                    raise typer.Exit(EXIT_ERROR) from None
            else:
                typer.echo(json.dumps(asdict(summary), sort_keys=True))
            if once:
                return
            time.sleep(max(1.0, watcher.poller.next_due()))
    except KeyboardInterrupt:
        return
    finally:
        store.close()
