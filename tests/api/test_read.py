"""GET endpoints over a store filled by really ingesting golden reports."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api.corpus import XSS_ID


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    events: list[dict[str, Any]] = response.json()["events"]
    return events


def test_health_reports_counts_and_write_state(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["events"] > 5 and body["articles"] == 7
    assert body["writes"] is False


def test_events_are_contract_records_by_date_without_background(client: TestClient) -> None:
    events = all_events(client)
    assert events, "the golden reports yield events"
    assert all(e["background"] is False for e in events)
    assert {"id", "acled", "date", "location", "evidence", "article_ids"} <= set(events[0])
    dates = [e["date"]["start"] for e in events if e["date"]["start"]]
    assert dates == sorted(dates)
    with_background = all_events(client, include_background=True)
    assert len(with_background) > len(events)


def test_filters_match_the_cli_semantics(client: TestClient) -> None:
    protests = all_events(client, type="protests")
    assert protests and all(e["acled"]["event_type"] == "Protests" for e in protests)
    assert {e["location"]["country"] for e in all_events(client, country="NGA")} == {"Nigeria"}
    assert all_events(client, country="Nigeria") == all_events(client, country="NGA")
    since = all_events(client, since="2023-12-05", until="2023-12-31")
    assert since and all("2023-12-05" <= e["date"]["start"] <= "2023-12-31" for e in since)
    assert all_events(client, text="tractor")
    assert all_events(client, actor="ISWAP") or all_events(client, actor="Islamic State")
    assert all_events(client, min_killed=10)
    assert all(e["casualties"]["killed"]["best"] >= 10 for e in all_events(client, min_killed=10))


def test_blank_filters_are_ignored(client: TestClient) -> None:
    assert all_events(client, type="", country=" ", text="") == all_events(client)


def test_offset_and_cursor_pages_cover_every_event_once(client: TestClient) -> None:
    everything = [e["id"] for e in all_events(client, include_background=True)]
    by_offset = []
    for offset in range(0, len(everything), 3):
        page = client.get(
            "/events", params={"limit": 3, "offset": offset, "include_background": True}
        )
        by_offset += [e["id"] for e in page.json()["events"]]
    assert by_offset == everything
    by_cursor: list[str] = []
    params: dict[str, Any] = {"limit": 4, "include_background": True}
    while True:
        body = client.get("/events", params=params).json()
        by_cursor += [e["id"] for e in body["events"]]
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert by_cursor == everything


def test_geojson_full_and_compact(client: TestClient) -> None:
    full = client.get("/events", params={"format": "geojson", "limit": 500})
    assert full.status_code == 200
    assert full.headers["content-type"].startswith("application/geo+json")
    collection = full.json()
    assert collection["type"] == "FeatureCollection"
    located = [f for f in collection["features"] if f["geometry"]]
    assert located
    feature = located[0]
    lon, lat = feature["geometry"]["coordinates"]
    assert feature["properties"]["location"]["lat"] == lat
    assert feature["properties"]["location"]["lon"] == lon
    assert "evidence" not in feature["properties"]
    compact = client.get("/events", params={"format": "geojson", "compact": True, "limit": 500})
    points = compact.json()["features"]
    assert [f["id"] for f in points] == [f["id"] for f in collection["features"]]
    assert set(points[0]["properties"]) == {"type", "date", "killed", "country", "sources"}
    assert len(compact.content) < len(full.content) / 3


def test_one_event_has_sources_and_evidence(client: TestClient) -> None:
    reports = all_events(client, type="Battles", view="reports")
    event = next(e for e in reports if e["location"]["country"])
    response = client.get(f"/events/{event['id']}")
    assert response.status_code == 200
    body = response.json()
    assert body["event"] == event
    assert body["event"]["evidence"]
    merged = body["merged"]
    assert event["id"] in merged["report_ids"]
    assert body["history"] == merged["history"] and body["history"]
    assert body["reports"] == merged["report_ids"]
    (source,) = body["sources"]
    assert source["article_id"] == event["article_ids"][0]
    assert source["url"].startswith("https://news.example.org/")


def test_article_text_is_what_evidence_offsets_point_into(client: TestClient) -> None:
    event = all_events(client, view="reports")[0]
    article_id = event["article_ids"][0]
    article = client.get(f"/articles/{article_id}").json()  # ids contain '/'
    assert article["id"] == article_id and event["id"] in article["event_ids"]
    for item in event["evidence"]:
        assert article["text"][item["start"] : item["end"]] == item["text"]
    hostile = client.get(f"/articles/{XSS_ID}").json()
    assert "<script>window.__xss=1</script>" in hostile["title"]


def test_stats_agree_with_events(client: TestClient) -> None:
    stats = client.get("/stats", params={"top": 5}).json()
    events = all_events(client, view="reports")  # stats count per-article events
    assert stats["events"] == len(events)
    by_type = dict(stats["by_type"])
    assert by_type["Protests"] == sum(e["acled"]["event_type"] == "Protests" for e in events)
    assert len(stats["top_actors"]) <= 5
    assert client.get("/stats", params={"country": "Kenya"}).json()["events"] >= 1


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/events", "/events/{event_id}", "/articles/{article_id}", "/stats",
                 "/extract", "/ingest", "/health"):  # fmt: skip
        assert path in paths
    assert client.get("/docs").status_code == 200
