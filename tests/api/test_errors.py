"""Every error has the one shape {"error": {"code", "message", "fix"}}; SQL is bound."""

from __future__ import annotations

from typing import Any, Protocol

from fastapi.testclient import TestClient


class Reply(Protocol):
    """What the tests read of a response (httpx or httpx2, whichever Starlette uses)."""

    @property
    def status_code(self) -> int: ...

    @property
    def text(self) -> str: ...

    def json(self) -> Any: ...


def assert_error(response: Reply, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error"}
    error: dict[str, Any] = body["error"]
    assert set(error) == {"code", "message", "fix"}
    assert all(isinstance(v, str) and v for v in error.values())
    if code is not None:
        assert error["code"] == code
    return error


def test_unknown_ids_and_paths(client: TestClient) -> None:
    assert_error(client.get("/events/evt_nope"), 404, "not_found")
    assert_error(client.get("/articles/no/such/article"), 404, "not_found")
    assert_error(client.get("/nothing-here"), 404)
    assert_error(client.delete("/events"), 405)


def test_validation_errors(client: TestClient) -> None:
    error = assert_error(client.get("/events", params={"limit": 0}), 422, "invalid_request")
    assert "limit" in error["message"]
    assert_error(client.get("/events", params={"limit": 10**6}), 422, "invalid_request")
    assert_error(client.get("/events", params={"format": "xml"}), 422, "invalid_request")
    error = assert_error(client.get("/events", params={"since": "last week"}), 400)
    assert "YYYY-MM-DD" in error["message"]
    assert_error(client.get("/events", params={"cursor": "garbage!"}), 400, "invalid_parameter")
    assert_error(client.get("/events", params={"near": "1,2"}), 400, "invalid_parameter")
    assert_error(client.post("/extract", content=b"{not json"), 422, "invalid_request")
    assert_error(client.post("/extract", json={"title": "no text"}), 422, "invalid_request")
    both = {"text": "a", "html": "<p>a</p>"}
    assert_error(client.post("/extract", json=both), 422, "invalid_request")
    assert_error(client.post("/extract", json={"text": "x", "evil": 1}), 422, "invalid_request")


def test_filters_are_bound_parameters_not_sql(client: TestClient) -> None:
    before = client.get("/health").json()
    for hostile in ("Iraq' OR '1'='1", "%' --", "x'); DROP TABLE events; --", "_%\\"):
        for name in ("country", "actor", "text", "type"):
            response = client.get("/events", params={name: hostile})
            assert response.status_code == 200, (name, hostile)
            assert response.json()["events"] == []
    assert client.get("/health").json() == before


def test_security_headers_on_pages_and_errors(client: TestClient) -> None:
    for response in (client.get("/"), client.get("/events/none")):
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
