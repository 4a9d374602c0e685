"""``eventwire extract``: documents in, event records out (nothing stored)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire.cli.app import EXIT_ERROR, EXIT_OK, EXIT_SOME_REJECTED, app
from eventwire.errors import EventwireError
from eventwire.ingest import iter_documents
from eventwire.models import Document, Event, Rejected
from eventwire.output.formats import OutputFormat, write_events
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings


@app.command()
def extract(  # noqa: PLR0917 - typer maps each parameter to a CLI option
    paths: Annotated[
        list[str], typer.Argument(help=".txt, .html, .jsonl files, directories, or - for stdin")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="write here instead of stdout")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="publication date for documents without one (YYYY-MM-DD)")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="jsonl (the contract), json, or table")
    ] = "jsonl",
    spacy_model: Annotated[
        str | None, typer.Option(help="name or path of an installed spaCy English pipeline")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="no progress bar or summary")
    ] = False,
) -> None:
    """Extract event records from news reports.

    Exit status: 0 when every document was read, 1 when some were rejected (each reason is
    printed on stderr), 2 on an error that stopped the run.

    Example: eventwire extract report.txt --published 2023-12-09 --format table
    """
    errors = Console(stderr=True)
    try:
        settings = Settings(spacy_model=spacy_model) if spacy_model else Settings()
        pipeline = Pipeline.load(settings)
        documents = list(iter_documents(paths, published=published, stdin=sys.stdin))
        events, rejected = _run(pipeline, documents, quiet=quiet or output is None, errors=errors)
    except EventwireError as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    for item in rejected:
        errors.print(
            f"rejected {item.id}: {item.reason}", highlight=False, markup=False, soft_wrap=True
        )
    if output is None:
        write_events(events, sys.stdout, output_format)
    else:
        with output.open("w", encoding="utf-8") as handle:
            write_events(events, handle, output_format)
    if not quiet:
        errors.print(
            f"{len(documents) - len(rejected)} documents read, {len(rejected)} rejected, "
            f"{len(events)} events",
            highlight=False,
        )
    raise typer.Exit(EXIT_SOME_REJECTED if rejected else EXIT_OK)


def _run(
    pipeline: Pipeline, documents: Sequence[Document | Rejected], *, quiet: bool, errors: Console
) -> tuple[list[Event], list[Rejected]]:
    events: list[Event] = []
    rejected: list[Rejected] = []
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[events]} events"),
        console=errors,
        disable=quiet,
    )
    with progress:
        task = progress.add_task("extract", total=len(documents), events=0)
        for result in pipeline.process_many(documents):
            if result.rejected is not None:
                rejected.append(result.rejected)
            events.extend(result.events)
            progress.update(task, advance=1, events=len(events))
    return events, rejected
