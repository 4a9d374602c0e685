"""Serialise event records as JSONL (one record per line, the contract), a JSON array, or
a table for people (type, date, place, killed/injured, actors, summary)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventwire.models import Count, Event

OutputFormat = Literal["jsonl", "json", "table"]


def write_events(events: Sequence[Event], out: TextIO, output_format: OutputFormat) -> None:
    if output_format == "jsonl":
        for event in events:
            out.write(json.dumps(event.to_json_dict(), ensure_ascii=False) + "\n")
    elif output_format == "json":
        json.dump([e.to_json_dict() for e in events], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        Console(file=out, width=160).print(events_table(events))


def events_table(events: Sequence[Event]) -> Table:
    table = Table(show_lines=True)
    for column in ("type", "date", "place", "killed/injured", "actors", "summary"):
        table.add_column(column, overflow="fold")
    for event in events:
        place = (
            ", ".join(p for p in (event.location.place, event.location.country) if p) or "unknown"
        )
        actors = "; ".join(
            f"{a.name} ({a.role}{', ' + a.attribution if a.attribution else ''})"
            for a in event.actors
        )
        kind = event.acled.sub_event_type + (" [background]" if event.background else "")
        cells = (
            kind,
            str(event.date.start) if event.date.start else "unknown",
            place,
            f"{_count(event.casualties.killed)}/{_count(event.casualties.injured)}",
            actors,
            event.summary,
        )
        table.add_row(*(escape(cell) for cell in cells))  # report text is never markup
    return table


def _count(count: Count) -> str:
    return "?" if count.best is None else str(count.best)
