"""Country pages of GET /events: events with a stored ISO3 code and events stored
without one (found by name) are read as two ordered sources and merged, so pages by
cursor or offset list exactly what the CLI's query lists, in its order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.helpers import sample_results

from eventwire.serve.queries import Cursor, event_page
from eventwire.store import EventFilter, SqlStore, open_store
from eventwire.store.hashing import canonical_url, raw_hash

NO_CODE: dict[str, dict[str, Any]] = {  # dated, background, undated: named, no code stored
    "evt_iraq_abduct": {"country_iso3": None},
    "evt_iraq_2014": {"country_iso3": ""},
    "evt_undated": {"country": "Kenya", "country_iso3": None},
}


def _store(path: Path) -> SqlStore:
    """The store fixture's records, some stored without their country code."""
    store = open_store(str(path))
    for document, result in sample_results():
        events = [
            e.model_copy(update={"location": e.location.model_copy(update=NO_CODE[e.id])})
            if e.id in NO_CODE
            else e
            for e in result.events
        ]
        store.add(
            document, result.model_copy(update={"events": events}),
            source=("file", "test"), raw_hash=raw_hash(document),
            canonical_url=canonical_url(document),
        )  # fmt: skip
    return store


def _paged(store: SqlStore, query: EventFilter, limit: int) -> list[str]:
    ids: list[str] = []
    cursor: Cursor | None = None
    while True:
        page = event_page(store, query, view="reports", limit=limit, cursor=cursor)
        ids += [row.id for row in page.rows]
        if page.next_cursor is None:
            return ids
        cursor = Cursor.decode(page.next_cursor)


def test_country_pages_merge_coded_and_uncoded_events_in_the_cli_order(tmp_path: Path) -> None:
    store = _store(tmp_path / "events.db")
    for country in ("Iraq", "IRQ", "Kenya", "kenya"):
        for background in (False, True):
            query = EventFilter(country=country, include_background=background)
            expected = [item.event.id for item in store.events(query)]
            assert expected, country
            assert _paged(store, query, 1) == _paged(store, query, 1000) == expected
            offsets = [
                row.id
                for n in range(len(expected))
                for row in event_page(store, query, view="reports", limit=1, offset=n).rows
            ]
            assert offsets == expected
    iraq = {i.event.id for i in store.events(EventFilter(country="Iraq", include_background=True))}
    assert {"evt_iraq_abduct", "evt_iraq_2014"} <= iraq  # found by name, no code stored
    kenya = [item.event.id for item in store.events(EventFilter(country="KEN"))]
    assert kenya == ["evt_nairobi_force"]  # "KEN" is not a name: the undated event is Kenya's
    assert _paged(store, EventFilter(country="Kenya"), 1) == ["evt_nairobi_force", "evt_undated"]
    store.close()
