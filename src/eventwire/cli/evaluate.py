"""``eventwire eval``: run extraction on a hand-coded gold file and print per-field figures.

The work is `eventwire.evaluate`; this module only parses options, shows progress and
prints. Exit status 2 (with the fix on one line) when the gold file cannot be read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire.cli.app import EXIT_ERROR, EXIT_OK, app
from eventwire.errors import EventwireError, InputError
from eventwire.evaluate import GoldFormat, evaluate, gazetteer_locate, read_gold
from eventwire.evaluate.render import errors_text, report_json, report_table
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings


@app.command("eval")
def eval_command(  # noqa: PLR0917 - typer maps each parameter to a CLI option
    gold: Annotated[
        list[Path], typer.Argument(help="gold files (MUC-4: the CORPORA directory or its sets)")
    ],
    gold_format: Annotated[
        GoldFormat, typer.Option("--format", help="muc4, ucdp, acled, gtd or jsonl")
    ],
    limit: Annotated[
        int | None, typer.Option(min=1, help="evaluate the first N gold texts only")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
    published_from_data: Annotated[
        bool,
        typer.Option(
            help="ACLED/GTD: use the event date as publication date (flatters date figures)"
        ),
    ] = False,
    errors: Annotated[
        int, typer.Option(min=0, help="also list the first N wrong fields of each field")
    ] = 0,
    spacy_model: Annotated[
        str | None, typer.Option(help="name or path of an installed spaCy English pipeline")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Measure extraction against hand-coded gold records, field by field.

    Reads the gold texts (MUC-4 texts with answer keys, UCDP GED CSV with source_headline
    and source_date, ACLED CSV notes, GTD CSV summary, or JSONL of
    {"text", "published", "expected"}), extracts events from each, aligns them with the
    gold events and prints accuracy per field with n, the number of gold records defining
    the field. Field mappings: the docstrings of eventwire.evaluate.

    Example: eventwire eval conflict_data_irq.csv --format ucdp --limit 200
    """
    console = Console(stderr=True)
    try:
        for path in gold:  # before the slow model load: a typo fails at once
            if not path.exists():
                raise InputError(f"{path}: no such file or directory: give the gold file's path")
        settings = Settings(spacy_model=spacy_model) if spacy_model else Settings()
        pipeline = Pipeline.load(settings)
        locate = gazetteer_locate(pipeline)
        items = [
            item
            for path in gold
            for item in read_gold(
                path, gold_format, published_from_data=published_from_data, locate=locate
            )
        ][:limit]
        progress = Progress(
            TextColumn("evaluating"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=quiet,
        )
        with progress:
            task = progress.add_task("eval", total=len(items))
            report = evaluate(pipeline, items, lambda _: progress.advance(task))
    except EventwireError as error:
        console.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    if as_json:
        typer.echo(json.dumps(report_json(report, errors=errors), indent=2, ensure_ascii=False))
    else:
        Console().print(report_table(report))
        if errors:
            typer.echo(errors_text(report, errors))
    raise typer.Exit(EXIT_OK)
