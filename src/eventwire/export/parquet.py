"""Parquet via pyarrow: the flat columns plus ``record`` (the contract's JSON) per event,
written in row groups so a large export never holds every event in memory."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigurationError
from eventwire.export.flat import flat_row
from eventwire.store.protocol import StoredEvent

_ROW_GROUP = 10_000


def write_parquet(items: Iterable[StoredEvent], path: Path) -> int:
    """Write ``items`` to the Parquet file ``path``; returns the number of events."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigurationError(
            "Parquet export needs pyarrow: pip install 'eventwire[parquet]'"
        ) from None

    schema = pa.schema(
        [
            ("id", pa.string()), ("date_start", pa.date32()), ("date_end", pa.date32()),
            ("date_precision", pa.string()), ("event_type", pa.string()),
            ("sub_event_type", pa.string()), ("background", pa.bool_()), ("place", pa.string()),
            ("admin1", pa.string()), ("country", pa.string()), ("country_iso3", pa.string()),
            ("lat", pa.float64()), ("lon", pa.float64()), ("location_precision", pa.string()),
            ("killed_low", pa.int64()), ("killed_best", pa.int64()), ("killed_high", pa.int64()),
            ("injured_best", pa.int64()), ("perpetrators", pa.string()),
            ("targets", pa.string()), ("weapons", pa.string()), ("claim_status", pa.string()),
            ("attack_type", pa.string()), ("summary", pa.string()), ("confidence", pa.float64()),
            ("article_ids", pa.string()), ("sources", pa.string()), ("record", pa.string()),
        ]
    )  # fmt: skip
    count = 0
    batch: list[dict[str, Any]] = []
    try:
        with pq.ParquetWriter(str(path), schema) as writer:
            for item in items:
                row = flat_row(item)
                row["record"] = json.dumps(item.event.to_json_dict(), ensure_ascii=False)
                batch.append(row)
                count += 1
                if len(batch) == _ROW_GROUP:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    except OSError as exc:
        raise ConfigurationError(f"cannot write {path}: {exc}") from None
    return count
