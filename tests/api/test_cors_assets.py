"""CORS is closed unless configured; the dashboard and its libraries are served locally."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.test_errors import assert_error
from eventwire.serve.api import create_app
from eventwire.serve.assets import VENDOR_FILES, find_node_modules
from eventwire.serve.settings import ApiSettings
from eventwire.store import SqlStore

ORIGIN = "https://analyst.example"


def test_cors_closed_by_default(client: TestClient) -> None:
    response = client.get("/events", headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/ingest", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in preflight.headers
    assert_error(preflight, 405)


@pytest.fixture
def open_cors(filled_store: SqlStore) -> Iterator[TestClient]:
    app = create_app(store=filled_store, settings=ApiSettings(cors_origins=ORIGIN))
    with TestClient(app) as test_client:
        yield test_client


def test_cors_allows_only_configured_origins(open_cors: TestClient) -> None:
    allowed = open_cors.get("/events", headers={"Origin": ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    other = open_cors.get("/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_dashboard_page_and_own_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/web/app.js" in page.text and "https://" not in page.text
    for name in ("app.js", "map.js", "timeline.js", "panel.js", "filters.js", "style.css"):
        assert client.get(f"/web/{name}").status_code == 200
    assert_error(client.get("/web/..%2Fapi.py"), 404)
    assert_error(client.get("/vendor/package.json"), 404, "not_found")


def test_vendor_libraries_from_node_modules(client: TestClient) -> None:
    if find_node_modules(None) is None:
        pytest.skip("node_modules missing: run 'npm ci' in the checkout (.ci/run does)")
    for name in VENDOR_FILES:
        response = client.get(f"/vendor/{name}")
        assert response.status_code == 200, name
    world = client.get("/vendor/countries.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]
