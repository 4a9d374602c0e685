"""The API under hostile requests, beyond tests/api: limits at their edges, malformed and
pathological bodies, token variants, CORS from hostile origins, SSRF address tricks, and
SQL-looking values in every filter, path and stored id. Every refusal is in the one error
shape; nothing answers 500; the tables survive.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.pipeline import Pipeline
from eventwire.serve.api import create_app
from eventwire.serve.settings import ApiSettings
from reliability.corpus import GOLDEN

TOKEN = "rel-token-9d2e"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"content-type": "application/json"}
LIMIT = 100_000
HOSTILE = "x'); DROP TABLE events; --"
(REPORT_PATH,) = GOLDEN.glob("09-*.txt")
REPORT = REPORT_PATH.read_text(encoding="utf-8")


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, str]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "fix"}
    assert all(isinstance(v, str) and v for v in body["error"].values())
    if code is not None:
        assert body["error"]["code"] == code, body
    error: dict[str, str] = body["error"]
    return error


@pytest.fixture(scope="module")
def served(
    pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[TestClient, Path]]:
    db = tmp_path_factory.mktemp("hardening") / "api.db"
    settings = ApiSettings(token=TOKEN, max_body_bytes=LIMIT)  # type: ignore[arg-type]
    app = create_app(str(db), settings=settings, pipeline=pipeline)
    with TestClient(app) as client:
        stored = client.post(
            "/ingest",
            json={"documents": [{"id": HOSTILE, "text": REPORT}], "published": "2023-12-09"},
            headers=AUTH,
        )
        assert stored.status_code == 200, stored.text
        assert stored.json()["stored"] == 1 and stored.json()["events"] >= 1
        yield client, db


def _tables(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        names = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_body_limit_is_exact_and_bad_lengths_are_refused(served: tuple[TestClient, Path]) -> None:
    client, _ = served
    skeleton = json.dumps({"text": ""}).encode()
    at_limit = json.dumps({"text": "a" * (LIMIT - len(skeleton))}).encode()
    assert len(at_limit) == LIMIT
    assert client.post("/extract", content=at_limit, headers=JSON).status_code == 200
    over = json.dumps({"text": "a" * (LIMIT - len(skeleton) + 1)}).encode()
    assert_error(client.post("/extract", content=over, headers=JSON), 413, "payload_too_large")
    for length in ("abc", "-1", "1e9", str(10**30)):
        response = client.post(
            "/extract", content=b"{}", headers={**JSON, "content-length": length}
        )
        assert_error(response, 413, "payload_too_large")
    long_id = {"documents": [{"id": "i" * 2001, "text": "x"}]}
    assert_error(client.post("/ingest", json=long_id, headers=AUTH), 422, "invalid_request")
    urls = {"urls": [f"https://example.org/{i}" for i in range(21)]}
    assert_error(client.post("/ingest", json=urls, headers=AUTH), 413, "too_many_urls")


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 40_000 + b"]" * 40_000,  # nesting deeper than the JSON parser's recursion
        b'{"text": "\\ud800 lone surrogate"}',
        b'{"text": "a", "text": "b"}',
        b"\xff\xfe{\x00}\x00",
        b'{"text": ' + b'"x", ' * 5 + b"}",
        b"null",
        b'"just a string"',
        b'{"text": 1e999}',
        b'{"text": "x", "published": "2023-02-30"}',
        b'{"text": "x", "published": "' + b"9" * 39 + b'"}',
    ],
)
def test_malformed_bodies_get_the_error_shape_never_500(
    served: tuple[TestClient, Path], body: bytes
) -> None:
    client, _ = served
    for path, headers in (("/extract", {}), ("/ingest", AUTH)):
        response = client.post(
            path, content=body, headers={**headers, "content-type": "application/json"}
        )
        assert response.status_code != 500, (path, body[:40], response.text)
        if response.status_code != 200:
            assert_error(response, response.status_code)


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "ten"},
        {"min_killed": "-1"},
        {"radius_km": "nan"},
        {"radius_km": "inf"},
        {"since": "2023-13-45"},
        {"until": "0000-00-00"},
        {"near": "91,181", "radius_km": "5"},
        {"near": "Baghdad"},
        {"cursor": "\x00"},
        {"format": "geojson", "limit": "-5"},
        {"include_background": "maybe"},
        {"country": "x" * 201},
    ],
)
def test_query_validation_errors_share_one_shape(
    served: tuple[TestClient, Path], params: dict[str, str]
) -> None:
    client, _ = served
    response = client.get("/events", params=params)
    assert response.status_code in (400, 422), (params, response.text)
    assert_error(response, response.status_code)


def test_undecodable_query_strings_are_answered(served: tuple[TestClient, Path]) -> None:
    """Percent-encoded bytes that are not UTF-8 (a lone surrogate, a stray 0xFF), NUL."""
    client, _ = served
    for raw in ("text=%ED%A0%80", "country=%FF%FE", "actor=%00", "near=%C0%AF&radius_km=5"):
        response = client.get(f"/events?{raw}")
        assert response.status_code in (200, 400, 422), (raw, response.text)
        if response.status_code != 200:
            assert_error(response, response.status_code)
    stats = client.get("/stats", params={"actor": "ISWAP"})  # the actor filter in stats
    assert stats.status_code == 200, stats.text


@pytest.mark.parametrize(
    ("header", "status", "code"),
    [
        ({}, 401, "missing_token"),
        ({"Authorization": ""}, 401, "missing_token"),
        ({"Authorization": "Bearer"}, 401, "missing_token"),
        ({"Authorization": "Bearer    "}, 401, "missing_token"),
        ({"Authorization": f"Basic {TOKEN}"}, 401, "missing_token"),
        ({"Authorization": f"Token {TOKEN}"}, 401, "missing_token"),
        ({"Authorization": f"Bearer {TOKEN[:-1]}"}, 403, "invalid_token"),
        ({"Authorization": f"Bearer {TOKEN}x"}, 403, "invalid_token"),
        ({"Authorization": f"Bearer {TOKEN.upper()}"}, 403, "invalid_token"),
        ({"Authorization": f"Bearer {TOKEN} {TOKEN}"}, 403, "invalid_token"),
        ({"X-Api-Token": TOKEN}, 401, "missing_token"),
    ],
)
def test_write_token_variants(
    served: tuple[TestClient, Path], header: dict[str, str], status: int, code: str
) -> None:
    client, db = served
    before = _tables(db)
    payload = {"documents": [{"text": "Gunmen killed two people in Kano on Friday."}]}
    assert_error(client.post("/ingest", json=payload, headers=header), status, code)
    assert_error(client.post(f"/ingest?token={TOKEN}", json=payload, headers=header), status, code)
    assert _tables(db) == before


@pytest.mark.parametrize("origin", ["https://evil.example", "null", "http://localhost:8000"])
def test_cors_stays_closed_for_any_origin(served: tuple[TestClient, Path], origin: str) -> None:
    client, _ = served
    for response in (
        client.get("/events", headers={"Origin": origin}),
        client.options(
            "/events",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "authorization",
            },
        ),
        client.post(
            "/ingest", json={"urls": ["https://x.example"]}, headers={"Origin": origin, **AUTH}
        ),
    ):
        assert not any(h.startswith("access-control-") for h in response.headers), response.headers


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",  # 127.0.0.1 as one decimal number
        "http://0x7f000001/",
        "http://127.1/",
        "http://0.0.0.0/",
        "http://[::ffff:127.0.0.1]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://172.16.5.4:8080/",
        "http://localhost.:80/",
        "http://LOCALHOST/",
        "http://user:pass@127.0.0.1/",
        "http://example.org@127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/iam/",
        "https://127.0.0.1:443/",
        "ftp://example.org/",
        "javascript:alert(1)",
        "http:///nohost",
        "//127.0.0.1/",
    ],
)
def test_ssrf_address_tricks_are_refused(served: tuple[TestClient, Path], url: str) -> None:
    client, db = served
    before = _tables(db)
    error = assert_error(client.post("/ingest", json={"urls": [url]}, headers=AUTH), 400)
    assert error["code"] == "url_refused"
    assert _tables(db) == before


def test_sql_looking_values_everywhere_are_only_data(served: tuple[TestClient, Path]) -> None:
    """Filters, paths, cursors and a stored article id that look like SQL: answered
    normally (or refused in the error shape), and every table keeps its rows."""
    client, db = served
    before = _tables(db)
    assert before["events"] >= 1
    hostile = [HOSTILE, "' OR 1=1 --", '" OR ""="', "1; DELETE FROM articles", "%", "_", "\\"]
    for value in hostile:
        for name in ("country", "actor", "text", "type", "near", "since", "until", "cursor"):
            params = {name: value, **({"radius_km": "10"} if name == "near" else {})}
            response = client.get("/events", params=params)
            assert response.status_code in (200, 400), (name, value, response.text)
            if response.status_code == 400:
                assert_error(response, 400)
        assert_error(client.get(f"/events/{value}"), 404, "not_found")
        stats = client.get("/stats", params={"country": value, "actor": value})
        assert stats.status_code == 200, stats.text
    article = client.get(f"/articles/{HOSTILE}")
    assert article.status_code == 200 and article.json()["id"] == HOSTILE
    events = client.get("/events", params={"text": "Dera Ismail Khan"}).json()["events"]
    assert events and all(HOSTILE in e["article_ids"] for e in events)
    assert _tables(db) == before


def test_nul_characters_are_refused_before_postgresql_sees_them(
    pipeline: Pipeline, postgres_url: str
) -> None:
    """PostgreSQL text cannot hold NUL: ids, titles, URLs, filters and paths with one are
    refused in the error shape (422, 400, 404), never a 500."""
    settings = ApiSettings(token=TOKEN)  # type: ignore[arg-type]
    app = create_app(postgres_url, settings=settings, pipeline=pipeline)
    with TestClient(app, raise_server_exceptions=False) as client:
        text = "Gunmen killed two people in Kano on Friday, police said."
        for field in ("id", "title", "url"):
            document = {"text": text, field: "https://x.example/\u0000"}
            response = client.post("/ingest", json={"documents": [document]}, headers=AUTH)
            assert_error(response, 422, "invalid_request")
        for raw in ("country=a%00", "actor=%00", "text=x%00y", "since=2023%00"):
            assert_error(client.get(f"/events?{raw}"), 400, "invalid_parameter")
        assert_error(client.get("/events/evt%00"), 404, "not_found")
        assert_error(client.get("/articles/a%00b"), 404, "not_found")
        assert client.get("/health").json()["articles"] == 0
