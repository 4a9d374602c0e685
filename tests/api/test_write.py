"""POST /extract (nothing stored) and POST /ingest (the token rule, limits, SSRF)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.conftest import TOKEN
from api.corpus import GOLDEN
from api.test_errors import assert_error

REPORT = (GOLDEN / "02-monguno-iswap-base-attack.txt").read_text(encoding="utf-8")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_extract_returns_records_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/health").json()["events"], client.get("/health").json()["articles"]
    response = client.post("/extract", json={"text": REPORT, "published": "2023-12-09"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rejected"] is None and body["article_id"] == "api-extract"
    assert any(e["acled"]["event_type"] == "Battles" for e in body["events"])
    html = f"<html><body><article><h1>Attack</h1><p>{REPORT}</p></article></body></html>"
    assert client.post("/extract", json={"html": html, "published": "2023-12-09"}).json()["events"]
    after = client.get("/health").json()
    assert (after["events"], after["articles"]) == before


def test_extract_rejects_what_is_not_text(client: TestClient) -> None:
    body = client.post("/extract", json={"text": "   "}).json()
    assert body["events"] == [] and body["rejected"]


def test_body_size_limit_declared_and_streamed(writer: TestClient) -> None:
    big = {"text": "x" * 300_000}
    assert_error(writer.post("/extract", json=big), 413, "payload_too_large")

    def chunks() -> Iterator[bytes]:
        for _ in range(30):
            yield b"y" * 10_000

    streamed = writer.post(
        "/extract", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_error(streamed, 413, "payload_too_large")


def test_ingest_refused_without_a_configured_token(client: TestClient) -> None:
    document = {"documents": [{"text": REPORT}]}
    assert_error(client.post("/ingest", json=document), 403, "writes_disabled")
    assert_error(client.post("/ingest", json=document, headers=AUTH), 403, "writes_disabled")


def test_ingest_needs_the_right_token(writer: TestClient) -> None:
    document = {"documents": [{"text": REPORT, "published": "2023-12-09"}]}
    missing = writer.post("/ingest", json=document)
    assert_error(missing, 401, "missing_token")
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = {"Authorization": "Bearer not-the-token"}
    assert_error(writer.post("/ingest", json=document, headers=wrong), 403, "invalid_token")
    assert_error(writer.post("/ingest", json=document, headers={"Authorization": TOKEN}), 401)
    assert writer.get("/health").json()["articles"] == 0


def test_ingest_stores_once_and_the_events_are_served(writer: TestClient) -> None:
    payload = {"documents": [{"text": REPORT, "url": "https://x.example/a"}],
               "published": "2023-12-09"}  # fmt: skip
    first = writer.post("/ingest", json=payload, headers=AUTH)
    assert first.status_code == 200, first.text
    report = first.json()
    assert report["stored"] == 1 and report["events"] == len(report["event_ids"]) > 0
    again = writer.post("/ingest", json=payload, headers=AUTH).json()
    assert again["stored"] == 0 and again["skipped"] == 1
    event = writer.get(f"/events/{report['event_ids'][0]}").json()
    assert event["sources"][0]["url"] == "https://x.example/a"
    assert event["sources"][0]["article_id"].startswith("api/")
    assert report["event_ids"][0] in event["merged"]["report_ids"]  # merged as it is stored


def test_ingest_limits_the_number_of_documents(writer: TestClient) -> None:
    many = {"documents": [{"text": f"doc {i}"} for i in range(101)]}
    assert_error(writer.post("/ingest", json=many, headers=AUTH), 413, "too_many_documents")
    assert_error(writer.post("/ingest", json={}, headers=AUTH), 422, "invalid_request")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/admin",
        "http://localhost/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "file:///etc/passwd",
        "gopher://example.org/",
    ],
)
def test_ingest_refuses_private_and_local_urls(writer: TestClient, url: str) -> None:
    error = assert_error(writer.post("/ingest", json={"urls": [url]}, headers=AUTH), 400)
    assert error["code"] == "url_refused"
    assert writer.get("/health").json()["articles"] == 0


class _Report(BaseHTTPRequestHandler):
    page = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.page)))
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_private_urls_allowed_by_the_setting(
    writer: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With EVENTWIRE_FETCH_ALLOW_PRIVATE=1 a loopback page (here: a server in this test)
    is fetched and stored."""
    paragraphs = "".join(f"<p>{p}</p>" for p in REPORT.split("\n\n"))
    _Report.page = f"<html><body><article>{paragraphs}</article></body></html>".encode()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Report)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/report"
        assert_error(writer.post("/ingest", json={"urls": [url]}, headers=AUTH), 400)
        monkeypatch.setenv("EVENTWIRE_FETCH_ALLOW_PRIVATE", "1")
        body = writer.post(
            "/ingest", json={"urls": [url], "published": "2023-12-09"}, headers=AUTH
        ).json()
        assert body["stored"] == 1 and body["events"] >= 1
    finally:
        server.shutdown()
        server.server_close()
