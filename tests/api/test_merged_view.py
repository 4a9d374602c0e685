"""The merged view of GET /events and GET /events/{id}: one record per real event with
every source once merging has run, the per-article events before it, and answers that
follow the database when it changes (the response cache)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.corpus import build_store, same_event_documents
from eventwire.merge.store import merge_pending
from eventwire.pipeline import Pipeline
from eventwire.serve.api import create_app
from eventwire.serve.settings import ApiSettings
from eventwire.store import SqlStore, open_store
from eventwire.store.hashing import canonical_url, raw_hash

SAME_EVENT_IDS = {d.id for d in same_event_documents()}


@pytest.fixture(scope="module")
def merged_store(
    pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SqlStore]:
    """Golden reports plus three outlets' reports of one Mogadishu attack, merged."""
    store = build_store(tmp_path_factory.mktemp("merged") / "events.db", pipeline, same_event=True)
    yield store
    store.close()


@pytest.fixture
def client(merged_store: SqlStore, pipeline: Pipeline) -> Iterator[TestClient]:
    app = create_app(store=merged_store, settings=ApiSettings(token=None), pipeline=pipeline)
    with TestClient(app) as test_client:
        yield test_client


def listed(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    events: list[dict[str, Any]] = response.json()["events"]
    return events


def test_merged_view_lists_each_real_event_once_with_every_source(client: TestClient) -> None:
    merged = listed(client)
    reports = listed(client, view="reports")
    from_cluster = [e for e in merged if set(e["article_ids"]) & SAME_EVENT_IDS]
    (attack,) = from_cluster  # three reports, one record
    assert attack["id"].startswith("mrg_")
    assert set(attack["article_ids"]) == SAME_EVENT_IDS
    assert attack["location"]["country_iso3"] == "SOM"
    cluster_reports = [e for e in reports if set(e["article_ids"]) & SAME_EVENT_IDS]
    assert len(cluster_reports) >= 3 and all(e["id"].startswith("evt_") for e in reports)
    assert len(merged) < len(reports)
    dates = [e["date"]["start"] for e in merged if e["date"]["start"]]
    assert dates == sorted(dates)


def test_merged_event_detail_has_every_source_reports_and_history(client: TestClient) -> None:
    (attack,) = [e for e in listed(client) if set(e["article_ids"]) & SAME_EVENT_IDS]
    body = client.get(f"/events/{attack['id']}").json()
    assert body["event"] == attack
    assert {s["article_id"] for s in body["sources"]} == SAME_EVENT_IDS
    published = [s["published"] for s in body["sources"]]
    assert published == sorted(published)  # oldest report first
    assert len(body["reports"]) >= 3 and body["reports"] == body["merged"]["report_ids"]
    assert body["history"] == body["merged"]["history"] and body["history"]
    for report_id in body["reports"]:  # each report still answers, pointing to its merge
        report = client.get(f"/events/{report_id}").json()
        assert report["event"]["id"] == report_id and report["merged"]["id"] == attack["id"]


def test_map_points_are_the_merged_events_with_their_source_counts(client: TestClient) -> None:
    merged = listed(client)
    compact = client.get("/events", params={"format": "geojson", "compact": True, "limit": 500})
    points = compact.json()["features"]
    assert [p["id"] for p in points] == [e["id"] for e in merged]
    attack = next(
        p
        for p in points
        if p["id"] in {e["id"] for e in merged if set(e["article_ids"]) & SAME_EVENT_IDS}
    )
    assert attack["properties"]["sources"] >= 2  # independent outlets, not wire copies
    assert attack["properties"]["country"] == "Somalia"
    lon, lat = attack["geometry"]["coordinates"]
    assert abs(lat - 2.04) < 0.5 and abs(lon - 45.3) < 0.5  # Mogadishu
    full = client.get("/events", params={"format": "geojson", "limit": 500}).json()
    assert [f["id"] for f in full["features"]] == [p["id"] for p in points]


def test_filters_apply_to_the_fused_record(client: TestClient) -> None:
    somalia = listed(client, country="Somalia")
    assert somalia and all(e["location"]["country_iso3"] == "SOM" for e in somalia)
    assert listed(client, country="SOM") == somalia
    for name in ("Battles", "Protests"):
        typed = listed(client, type=name)
        assert typed and all(e["acled"]["event_type"] == name for e in typed)
    window = listed(client, since="2023-01-09", until="2023-01-11")
    assert window and all("2023-01-09" <= e["date"]["start"] <= "2023-01-11" for e in window)
    assert all(e["casualties"]["killed"]["best"] >= 9 for e in listed(client, min_killed=9))
    assert [e["id"] for e in listed(client, text="Villa Rays")] == [
        e["id"] for e in somalia if set(e["article_ids"]) & SAME_EVENT_IDS
    ]  # one report's words find the merged event


def test_pages_of_the_merged_view_cover_every_event_once(client: TestClient) -> None:
    everything = [e["id"] for e in listed(client, include_background=True)]
    by_cursor: list[str] = []
    params: dict[str, Any] = {"limit": 3, "include_background": True}
    while True:
        body = client.get("/events", params=params).json()
        by_cursor += [e["id"] for e in body["events"]]
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert by_cursor == everything
    by_offset: list[str] = []
    for offset in range(0, len(everything), 4):
        page = client.get(
            "/events", params={"limit": 4, "offset": offset, "include_background": True}
        )
        by_offset += [e["id"] for e in page.json()["events"]]
    assert by_offset == everything


def test_reports_stand_for_themselves_until_merged(tmp_path: Path, pipeline: Pipeline) -> None:
    store = build_store(tmp_path / "events.db", pipeline, golden=False, hostile=False,
                        same_event=True, merge=False)  # fmt: skip
    app = create_app(store=store, settings=ApiSettings(token=None), pipeline=pipeline)
    with TestClient(app) as client:
        before = listed(client)
        assert before == listed(client, view="reports") and len(before) >= 3
        assert all(e["id"].startswith("evt_") for e in before)
        merge_pending(store)  # a merge run by another command: the answers follow
        after = listed(client)
        assert len(after) < len(before) and all(e["id"].startswith("mrg_") for e in after)
        # A report stored after the merge shows as itself beside the merged events.
        later = same_event_documents("kabul-mosque-2023-02")[:1]
        writer = open_store(store.url)  # another connection, as another process would
        for document, result in zip(later, pipeline.process_many(later), strict=True):
            writer.add(document, result, source=("test", "late"), raw_hash=raw_hash(document),
                       canonical_url=canonical_url(document))  # fmt: skip
        writer.close()
        mixed = listed(client)
        new = [e for e in mixed if e["article_ids"] == [later[0].id]]
        assert new and all(e["id"].startswith("evt_") for e in new)
        assert [e["id"] for e in mixed if e["id"].startswith("mrg_")] == [e["id"] for e in after]
        dates = [e["date"]["start"] for e in mixed if e["date"]["start"]]
        assert dates == sorted(dates)
    store.close()


def stats(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/stats", params=params)
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


def counted(pairs: list[list[Any]]) -> dict[str, int]:
    return {str(key): int(n) for key, n in pairs}


def test_stats_count_the_events_the_same_view_lists(client: TestClient) -> None:
    for view in ("merged", "reports"):
        listed_events = listed(client, view=view)
        numbers = stats(client, view=view, top=1000)
        assert numbers["events"] == len(listed_events), view
        by_type: dict[str, int] = {}
        for event in listed_events:
            kind = event["acled"]["event_type"] or "unknown"
            by_type[kind] = by_type.get(kind, 0) + 1
        assert counted(numbers["by_type"]) == by_type, view
    merged, reports = stats(client), stats(client, view="reports")
    assert merged["events"] < reports["events"]  # three outlets' reports, one attack
    assert merged["articles"] == reports["articles"]


def test_stats_of_a_country_count_the_merged_attack_once(client: TestClient) -> None:
    somalia = listed(client, country="Somalia")
    assert any(set(e["article_ids"]) >= SAME_EVENT_IDS for e in somalia)
    for country in ("Somalia", "SOM"):
        numbers = stats(client, country=country, top=1000)
        assert numbers["events"] == len(somalia)
        assert counted(numbers["by_country"]) == {"Somalia": len(somalia)}
        # an actor counts each listed event at most once, however many reports name it
        assert all(n <= len(somalia) for _, n in numbers["top_actors"])
    assert stats(client, country="Somalia", view="reports")["events"] > len(somalia)
