"""The SQL store on real SQLite and real PostgreSQL: writes, idempotence, filters, stats."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

import eventwire
from eventwire.errors import ConfigurationError, ResourceError
from eventwire.models import ArticleResult, Document
from eventwire.store import EventFilter, SqlStore, open_store
from eventwire.store.hashing import canonical_url, normalize_url, raw_hash
from eventwire.store.schema import LATEST_VERSION, applied_versions

Results = list[tuple[Document, ArticleResult]]


def _fill(store: SqlStore, results: Results) -> None:
    for document, result in results:
        outcome = store.add(
            document,
            result,
            source=("file", "golden"),
            raw_hash=raw_hash(document),
            canonical_url=canonical_url(document),
        )
        assert outcome == "stored"


def _ids(store: SqlStore, **filters: object) -> set[str]:
    return {item.event.id for item in store.events(EventFilter(**filters))}  # type: ignore[arg-type]


def test_schema_is_migrated_once_and_records_round_trip(db_url: str, sample: Results) -> None:
    store = open_store(db_url)
    _fill(store, sample)
    store.close()
    store = open_store(db_url)  # reopening applies nothing new
    with store.engine.connect() as connection:
        assert applied_versions(connection) == set(range(1, LATEST_VERSION + 1))
    stored = {i.event.id: i.event for i in store.events(EventFilter(include_background=True))}
    expected = {e.id: e for _, r in sample for e in r.events}
    assert stored == expected  # the contract's record comes back unchanged
    counts = store.counts()
    assert counts["articles"] == len(sample)
    assert counts["evidence"] == sum(len(e.evidence) for e in expected.values())
    store.close()


def test_same_article_twice_is_a_duplicate(db_url: str, sample: Results) -> None:
    store = open_store(db_url)
    _fill(store, sample[:2])
    before = store.counts()
    document, result = sample[0]
    copy = document.model_copy(update={"id": "another-id"})
    assert store.lookup(copy.id, raw_hash(copy), None) == "stored"
    again = store.add(
        copy, result, source=("file", "x"), raw_hash=raw_hash(copy), canonical_url=None
    )
    assert again == "duplicate"
    after = store.counts()
    assert after.pop("sources") == 2  # the new source is recorded; nothing else is written
    before.pop("sources")
    assert after == before
    other = sample[2][0].model_copy(update={"id": document.id})
    assert store.lookup(other.id, raw_hash(other), None) == "id_taken"
    store.close()


def test_filters(db_url: str, sample: Results) -> None:
    store = open_store(db_url)
    _fill(store, sample)
    assert _ids(store, event_type="battles") == {"evt_sudan_battle"}
    assert _ids(store, event_type="Abduction/forced disappearance") == {"evt_iraq_abduct"}
    assert _ids(store, event_type="abduction/forced disappearance", include_background=True) == {
        "evt_iraq_abduct", "evt_iraq_2014",
    }  # fmt: skip
    assert _ids(store, country="Sudan") == _ids(store, country="sdn") == {"evt_sudan_battle"}
    assert _ids(store, since=dt.date(2023, 12, 7)) == {"evt_paris_protest", "evt_nairobi_force"}
    assert _ids(store, until=dt.date(2023, 12, 3), country="IRQ") == {"evt_iraq_abduct"}
    assert _ids(store, min_killed=10) == {"evt_sudan_battle"}
    assert _ids(store, actor="kenyan police") == {"evt_nairobi_force"}
    assert _ids(store, text="El Fasher") == {"evt_sudan_battle"}
    assert _ids(store, text="daglo") == {"evt_sudan_battle"}  # the article's text counts too
    baghdad = (33.34, 44.40)
    assert _ids(store, near=baghdad, radius_km=200) == {"evt_iraq_abduct"}  # Tikrit, 150 km
    assert _ids(store, near=baghdad, radius_km=100) == set()
    assert _ids(store, near=(-1.0, 36.5), radius_km=50) == {"evt_nairobi_force"}
    assert len(list(store.events(EventFilter(include_background=True, limit=3)))) == 3
    store.close()


def test_a_country_matches_by_stored_code_or_by_name_where_no_code_is_stored(
    db_url: str, sample: Results
) -> None:
    """A country name is resolved to its code once: events with a code match by it, and
    events stored without one (NULL, or empty when a place's country was unknown) by name."""
    results: Results = []
    for document, result in sample:
        events = []
        for event in result.events:
            if event.id == "evt_sudan_battle":  # the same place, its code missing
                no_code = event.location.model_copy(update={"country_iso3": None})
                events.append(event.model_copy(update={"location": no_code}))
            elif event.id == "evt_paris_protest":
                empty = event.location.model_copy(update={"country_iso3": ""})
                events.append(event.model_copy(update={"location": empty}))
            else:
                events.append(event)
        results.append((document, result.model_copy(update={"events": events})))
    store = open_store(db_url)
    _fill(store, results)
    assert _ids(store, country="Sudan") == {"evt_sudan_battle"}  # its name
    assert _ids(store, country="france") == {"evt_paris_protest"}
    assert not _ids(store, country="SDN") and not _ids(store, country="FRA")  # no code stored
    iraq = _ids(store, country="Iraq")
    assert iraq and iraq == _ids(store, country="IRQ") == _ids(store, country="iq")
    store.close()


def test_near_requires_a_radius(db_url: str) -> None:
    store = open_store(db_url)
    with pytest.raises(ConfigurationError, match="--radius-km"):
        list(store.events(EventFilter(near=(1.0, 2.0))))
    store.close()


def test_stats(db_url: str, sample: Results) -> None:
    store = open_store(db_url)
    _fill(store, sample)
    stats = store.stats(EventFilter())
    assert stats.articles == 4 and stats.events == 6
    assert dict(stats.by_type) == {
        "Explosions/Remote violence": 2, "Protests": 2, "Battles": 1,
        "Violence against civilians": 1,
    }  # fmt: skip
    assert dict(stats.by_country)["Iraq"] == 2
    assert ("2023-12-07", 2) in stats.by_day
    assert stats.top_actors and all(n >= 1 for _, n in stats.top_actors)
    police = store.stats(EventFilter(actor="police", text="shot"))  # subqueries beside joins
    assert police.events == 1 and dict(police.top_actors)["Kenyan police"] == 1
    store.close()


def test_python_api_returns_a_dataframe(db_url: str, sample: Results) -> None:
    store = open_store(db_url)
    _fill(store, sample)
    store.close()
    with eventwire.open(db_url) as database:
        frame = database.events(country="Iraq", since="2023-12-01")
        assert list(frame["id"]) == ["evt_iraq_abduct", "evt_iraq_drone"]  # by date
        assert set(frame.columns) >= {"date_start", "event_type", "lat", "lon", "killed_best"}
        near = database.events(near="33.34,44.40", radius_km=200)
        assert list(near["id"]) == ["evt_iraq_abduct"]
        records = list(database.iter_events(type="Battles"))
        assert [r.id for r in records] == ["evt_sudan_battle"]
        with pytest.raises(ConfigurationError, match="YYYY-MM-DD"):
            database.events(since="last week")


def test_postgis_column_is_used_when_available(postgres_url: str) -> None:
    store = open_store(postgres_url)
    with store.engine.connect() as connection:
        available = connection.execute(
            sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")
        ).first()
    assert store.postgis == (available is not None)
    store.close()


def test_bad_databases_say_what_to_fix(tmp_path: object) -> None:
    with pytest.raises(ConfigurationError, match="directory does not exist"):
        open_store("/no/such/dir/events.db")
    with pytest.raises(ConfigurationError, match="unsupported database"):
        open_store("mysql://localhost/x")
    with pytest.raises(ResourceError, match="cannot open database"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")


def test_canonical_urls() -> None:
    assert normalize_url("HTTPS://Example.com:443/a/b/?utm_source=x&b=2&a=1#top") == (
        "https://example.com/a/b?a=1&b=2"
    )
    assert normalize_url("reports/a.txt") is None
    page = Document(
        id="p",
        url="https://example.com/story?id=3&fbclid=abc",
        html='<html><head><link rel="canonical" href="/news/story-3"></head></html>',
    )
    assert canonical_url(page) == "https://example.com/news/story-3"


def test_import_eventwire_loads_no_database_or_dataframe_library() -> None:
    code = (
        "import sys, eventwire; assert callable(eventwire.open); "
        "print(sorted(m for m in ('sqlalchemy', 'pandas', 'pyarrow', 'httpx', 'feedparser', "
        "'warcio') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _open_and_close(url: str) -> bool:
    SqlStore.open(url).close()
    return True


def test_many_processes_opening_one_new_sqlite_file_all_get_the_store(tmp_path: Path) -> None:
    """Processes racing to create the schema and switch a new file to WAL all succeed (the
    loser of the WAL switch is told "database is locked" at once, without a busy wait)."""
    url = f"sqlite:///{tmp_path / 'raced.db'}"
    with ProcessPoolExecutor(max_workers=6, mp_context=multiprocessing.get_context("fork")) as pool:
        opened = list(pool.map(_open_and_close, [url] * 12))
    assert opened == [True] * 12
