"""Exports of stored events: ACLED and GTD style CSV, GeoJSON, JSONL (the contract),
Parquet. Every writer takes an iterable of `StoredEvent` and streams it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal, get_args

from eventwire.errors import ConfigurationError
from eventwire.store.protocol import StoredEvent

ExportFormat = Literal["acled-csv", "gtd-csv", "geojson", "jsonl", "parquet"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)

__all__ = ["EXPORT_FORMATS", "ExportFormat", "export_events"]


def export_events(items: Iterable[StoredEvent], export_format: str, path: Path) -> int:
    """Write ``items`` to ``path`` in ``export_format``; returns the number of events."""
    from eventwire.export.acled import write_acled_csv
    from eventwire.export.flat import write_jsonl
    from eventwire.export.geojson import write_geojson
    from eventwire.export.gtd import write_gtd_csv

    if export_format == "parquet":
        from eventwire.export.parquet import write_parquet

        return write_parquet(items, path)
    writers = {
        "acled-csv": write_acled_csv,
        "gtd-csv": write_gtd_csv,
        "geojson": write_geojson,
        "jsonl": write_jsonl,
    }
    writer = writers.get(export_format)
    if writer is None:
        raise ConfigurationError(
            f"unknown export format {export_format!r}: use one of {', '.join(EXPORT_FORMATS)}"
        )
    try:
        with path.open("w", encoding="utf-8", newline="") as out:
            return writer(items, out)
    except OSError as exc:
        raise ConfigurationError(f"cannot write {path}: {exc.strerror or exc}") from None
