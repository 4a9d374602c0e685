"""``eventwire ingest``, ``events``, ``stats`` and ``export``: the corpus store commands.

The work is `eventwire.store.ingest.ingest`, `eventwire.query.EventDatabase` and
`eventwire.export`; this module maps options onto them and prints.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.markup import escape

from eventwire.cli.app import EXIT_ERROR, EXIT_OK, EXIT_SOME_REJECTED, app
from eventwire.errors import ConfigurationError, EventwireError

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLite path or postgresql:// URL [default: $EVENTWIRE_DB or ./eventwire.db]"
    ),
]
Since = Annotated[str | None, typer.Option(help="events on or after this date (YYYY-MM-DD)")]
Until = Annotated[str | None, typer.Option(help="events on or before this date (YYYY-MM-DD)")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="ACLED event type or sub-event type")]
Country = Annotated[str | None, typer.Option(help="country name or ISO3 code")]
Near = Annotated[str | None, typer.Option(help="PLACE or LAT,LON (needs --radius-km)")]
Radius = Annotated[float | None, typer.Option("--radius-km", help="radius around --near, km")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="actor name contains this")]
TextOpt = Annotated[str | None, typer.Option("--text", help="summary or article text contains")]
MinKilled = Annotated[int | None, typer.Option("--min-killed", help="at least N killed (best)")]
Background = Annotated[
    bool, typer.Option("--include-background", help="also history/context events")
]
Limit = Annotated[int | None, typer.Option(help="at most N events")]
EventsFormat = Literal["table", "json", "jsonl", "csv"]


def _fail(errors: Console, error: EventwireError) -> typer.Exit:
    errors.print(f"[red]error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


@app.command()
def ingest(  # noqa: PLR0917 - typer maps each parameter to a CLI option
    sources: Annotated[
        list[str],
        typer.Argument(help="files, directories, feeds (.rss/.atom/.xml), .warc[.gz], URLs, -"),
    ],
    db: DbOption = None,
    published: Annotated[
        str | None, typer.Option(help="publication date for documents without one")
    ] = None,
    fetch_links: Annotated[
        bool, typer.Option("--fetch-links", help="fetch each feed entry's page")
    ] = False,
    spacy_model: Annotated[str | None, typer.Option(help="installed spaCy pipeline")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress or summary")] = False,
    summary_json: Annotated[
        bool, typer.Option("--summary-json", help="print the JSON summary on stdout")
    ] = False,
    engine: Annotated[
        str, typer.Option(help="where extraction runs: local or dask (eventwire[dask])")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler tcp://HOST:PORT [default: a local cluster]")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="processes: a local pool, or the local Dask cluster's size")
    ] = None,
) -> None:
    """Read sources, extract events and store articles and events (skipping stored ones).

    Safe to rerun and to interrupt: each article is stored with its events in one
    transaction, and stored articles (same text or canonical URL) are skipped. The last
    line on stderr is a JSON summary. Exit status 0, 1 when some documents were rejected,
    2 when the run could not start.

    With --engine dask the extraction runs on Dask workers (--scheduler, or a local
    cluster of --workers processes); articles are still written here, one by one.

    Example: eventwire ingest news/ feed.xml crawl.warc.gz --db events.db
    """
    from eventwire.cli.store_progress import IngestProgress
    from eventwire.engines import open_engine
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.store import open_store
    from eventwire.store.ingest import ingest as run_ingest

    errors = Console(stderr=True)
    try:
        store = open_store(db)
        try:
            settings = Settings(spacy_model=spacy_model) if spacy_model else Settings()
            runner = open_engine(engine, settings, scheduler=scheduler, workers=workers)
            try:
                with IngestProgress(errors, disabled=quiet) as progress:
                    summary = run_ingest(
                        store, lambda: Pipeline.load(settings), sources, published=published,
                        stdin=sys.stdin, fetch_links=fetch_links, on_progress=progress.update,
                        engine=runner,
                    )  # fmt: skip
            finally:
                runner.close()
        finally:
            store.close()
    except EventwireError as error:
        raise _fail(errors, error) from None
    for item in summary.rejections:
        errors.print(
            f"rejected {item.id}: {item.reason}", highlight=False, markup=False, soft_wrap=True
        )
    if summary_json:
        print(summary.to_json())
    elif not quiet:
        errors.print(summary.to_json(), highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(EXIT_SOME_REJECTED if summary.rejected else EXIT_OK)


@app.command()
def events(  # noqa: PLR0917
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    event_type: TypeOpt = None,
    country: Country = None,
    near: Near = None,
    radius_km: Radius = None,
    actor: ActorOpt = None,
    text: TextOpt = None,
    min_killed: MinKilled = None,
    include_background: Background = False,
    limit: Limit = None,
    output_format: Annotated[
        str, typer.Option("--format", help="table, json, jsonl (the contract) or csv")
    ] = "table",
) -> None:
    """List stored events matching the filters, by date.

    Example: eventwire events --country Iraq --since 2023-12-01 --near Baghdad --radius-km 50
    """
    from eventwire.export.flat import write_csv, write_jsonl
    from eventwire.output.formats import write_events
    from eventwire.query import open_database

    errors = Console(stderr=True)
    try:
        if output_format not in ("table", "json", "jsonl", "csv"):
            raise ConfigurationError(f"--format {output_format!r}: use table, json, jsonl or csv")
        with open_database(db) as database:
            query = database.filter(
                since, until, event_type, country, near, radius_km, actor, text, min_killed,
                include_background, limit,
            )  # fmt: skip
            items = database.store.events(query)
            if output_format == "csv":
                write_csv(items, sys.stdout)
            elif output_format == "jsonl":
                write_jsonl(items, sys.stdout)
            else:
                write_events([i.event for i in items], sys.stdout, output_format)  # type: ignore[arg-type]
    except EventwireError as error:
        raise _fail(errors, error) from None


@app.command()
def stats(  # noqa: PLR0917
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    event_type: TypeOpt = None,
    country: Country = None,
    near: Near = None,
    radius_km: Radius = None,
    actor: ActorOpt = None,
    text: TextOpt = None,
    min_killed: MinKilled = None,
    include_background: Background = False,
    top: Annotated[int, typer.Option(help="how many actors, countries, days to list")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of tables")] = False,
) -> None:
    """Counts of stored events by day, type and country, and the most frequent actors.

    Example: eventwire stats --since 2023-01-01 --country Nigeria
    """
    from eventwire.cli.store_progress import print_stats
    from eventwire.query import open_database

    errors = Console(stderr=True)
    try:
        with open_database(db) as database:
            query = database.filter(
                since, until, event_type, country, near, radius_km, actor, text, min_killed,
                include_background,
            )  # fmt: skip
            result = database.store.stats(query, top=top)
    except EventwireError as error:
        raise _fail(errors, error) from None
    print_stats(result, top=top, as_json=as_json)


@app.command()
def export(  # noqa: PLR0917
    export_format: Annotated[
        str, typer.Option("--format", help="acled-csv, gtd-csv, geojson, jsonl or parquet")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write")],
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    event_type: TypeOpt = None,
    country: Country = None,
    near: Near = None,
    radius_km: Radius = None,
    actor: ActorOpt = None,
    text: TextOpt = None,
    min_killed: MinKilled = None,
    include_background: Background = False,
    limit: Limit = None,
) -> None:
    """Export stored events (same filters as ``events``) as ACLED or GTD CSV, GeoJSON,
    JSONL or Parquet.

    Example: eventwire export --format acled-csv -o events.csv --since 2023-12-01
    """
    from eventwire.export import EXPORT_FORMATS, export_events
    from eventwire.query import open_database

    errors = Console(stderr=True)
    try:
        if export_format not in EXPORT_FORMATS:
            raise ConfigurationError(
                f"--format {export_format!r}: use one of {', '.join(EXPORT_FORMATS)}"
            )
        with open_database(db) as database:
            query = database.filter(
                since, until, event_type, country, near, radius_km, actor, text, min_killed,
                include_background, limit,
            )  # fmt: skip
            count = export_events(database.store.events(query), export_format, output)
    except EventwireError as error:
        raise _fail(errors, error) from None
    errors.print(f"{count} events written to {output}", highlight=False, markup=False)
