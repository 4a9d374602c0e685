"""The Python API over a stored database: ``eventwire.open(db).events(**filters)``.

    >>> db = eventwire.open("events.db")
    >>> frame = db.events(country="Iraq", since="2023-12-01", near="Baghdad", radius_km=50)
    >>> for event in db.iter_events(type="Battles"): ...   # records, streamed

Filters are the ``eventwire events`` options as keywords. `events` returns a pandas
DataFrame of flat columns (see `eventwire.export.flat`); `iter_events` yields `Event`
records without building a frame, for results too large for memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

from eventwire.errors import ConfigurationError
from eventwire.models import Event
from eventwire.store import EventFilter, SqlStore, Stats, open_store

if TYPE_CHECKING:
    import pandas as pd

    from eventwire.geocode.resolve import Geocoder


class EventDatabase:
    """A stored event database opened for reading (and ingesting through the CLI)."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self._geocoder: Geocoder | None = None

    def events(self, **filters: Any) -> pd.DataFrame:
        """Matching events as a DataFrame, one row per event, by date."""
        import pandas as pd

        from eventwire.export.flat import FLAT_COLUMNS, flat_row

        rows = [flat_row(item) for item in self.store.events(self.filter(**filters))]
        return pd.DataFrame(rows, columns=list(FLAT_COLUMNS))

    def iter_events(self, **filters: Any) -> Iterator[Event]:
        """Matching event records, streamed from the database."""
        for item in self.store.events(self.filter(**filters)):
            yield item.event

    def stats(self, top: int = 10, **filters: Any) -> Stats:
        """Counts by day, type and country, and the most frequent actors."""
        return self.store.stats(self.filter(**filters), top=top)

    def filter(  # noqa: PLR0917 - keyword filters mirroring the CLI
        self,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        type: str | None = None,
        country: str | None = None,
        near: str | tuple[float, float] | None = None,
        radius_km: float | None = None,
        actor: str | None = None,
        text: str | None = None,
        min_killed: int | None = None,
        include_background: bool = False,
        limit: int | None = None,
    ) -> EventFilter:
        """An `EventFilter` from CLI-style values (dates as strings, ``near`` a place)."""
        if near is not None and radius_km is None:
            raise ConfigurationError("near= needs radius_km= (kilometres)")
        return EventFilter(
            since=_date(since, "since"),
            until=_date(until, "until"),
            event_type=type,
            country=country,
            near=self.resolve_near(near) if near is not None else None,
            radius_km=radius_km,
            actor=actor,
            text=text,
            min_killed=min_killed,
            include_background=include_background,
            limit=limit,
        )

    def resolve_near(self, near: str | tuple[float, float]) -> tuple[float, float]:
        """``(lat, lon)`` for "LAT,LON" or a place name (the gazetteer's best match)."""
        if isinstance(near, tuple):
            return near
        parts = near.split(",")
        if len(parts) == 2:
            try:
                lat, lon = float(parts[0]), float(parts[1])
            except ValueError:
                pass
            else:
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ConfigurationError(f"--near {near}: latitude or longitude out of range")
                return lat, lon
        if self._geocoder is None:
            from eventwire.geocode.resolve import Geocoder
            from eventwire.settings import Settings

            self._geocoder = Geocoder.load(Settings())
        found = self._geocoder.gazetteer.lookup(near)
        if not found:
            raise ConfigurationError(
                f"--near: no place called {near!r} in the gazetteer (give LAT,LON instead)"
            )
        return found[0].lat, found[0].lon

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> EventDatabase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_database(db: str | None = None) -> EventDatabase:
    """Open the event database ``db`` (a path or SQLAlchemy URL; default ``eventwire.db``
    or ``$EVENTWIRE_DB``), creating it when it does not exist."""
    return EventDatabase(open_store(db))


def _date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigurationError(f"--{name} {value!r} is not a date: use YYYY-MM-DD") from None
