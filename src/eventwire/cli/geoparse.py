"""``eventwire geoparse``: documents in, every place mention with coordinates out (JSONL).

A standalone geoparser for users who need places, not events. Offsets index into the
document's ``text`` exactly as given (a document with only ``html`` is cleaned first, and
its offsets then index the cleaned text, as ``extract``'s evidence does).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from eventwire.clean import clean_document
from eventwire.cli.app import EXIT_ERROR, EXIT_OK, EXIT_SOME_REJECTED, app
from eventwire.errors import EventwireError
from eventwire.geocode.geoparse import geoparse as geoparse_text
from eventwire.geocode.resolve import Geocoder
from eventwire.ingest import iter_documents
from eventwire.models import Rejected
from eventwire.nlp.loader import load_spacy
from eventwire.settings import Settings


@app.command()
def geoparse(
    paths: Annotated[
        list[str], typer.Argument(help=".jsonl files of documents, .txt, .html, or - for stdin")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="write here instead of stdout")
    ] = None,
    spacy_model: Annotated[
        str | None, typer.Option(help="name or path of an installed spaCy English pipeline")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary line")] = False,
) -> None:
    """Find every place mention and resolve it to coordinates (one JSON line each).

    Each line: article_id, start, end, text, name, lat, lon, geonames_id, country_iso3,
    admin1, feature, precision, score. Exit status as for `extract`.

    Example: eventwire geoparse DOCS.jsonl -o PLACES.jsonl
    """
    errors = Console(stderr=True)
    try:
        settings = Settings(spacy_model=spacy_model) if spacy_model else Settings()
        nlp, geocoder = load_spacy(settings), Geocoder.load(settings)
        documents = list(iter_documents(paths, stdin=sys.stdin))
    except EventwireError as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    handle: TextIO = sys.stdout if output is None else output.open("w", encoding="utf-8")
    rejected = places = 0
    try:
        for document in documents:
            if not isinstance(document, Rejected) and document.text and document.text.strip():
                text: str | None = document.text
            else:
                cleaned = (
                    document
                    if isinstance(document, Rejected)
                    else clean_document(document, max_chars=settings.max_document_chars)
                )
                if isinstance(cleaned, Rejected):
                    errors.print(
                        f"rejected {cleaned.id}: {cleaned.reason}", highlight=False, markup=False
                    )
                    rejected += 1
                    continue
                text = cleaned.text
            for place in geoparse_text(text or "", nlp, geocoder):
                handle.write(json.dumps(place.as_dict(document.id), ensure_ascii=False) + "\n")
                places += 1
    finally:
        if output is not None:
            handle.close()
    if not quiet:
        read = len(documents) - rejected
        errors.print(
            f"{read} documents read, {rejected} rejected, {places} places", highlight=False
        )
    raise typer.Exit(EXIT_SOME_REJECTED if rejected else EXIT_OK)
