"""Feeds, WARC archives and URLs as ingest sources: real files and a real local server."""

from __future__ import annotations

import gzip
import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import iter_documents
from eventwire.ingest.url import USER_AGENT
from eventwire.models import Document, Rejected
from eventwire.pipeline import Pipeline
from eventwire.store import open_store
from eventwire.store.ingest import ingest
from store.helpers import GOLDEN, SAMPLE_REPORTS

REPORT = (GOLDEN / f"{SAMPLE_REPORTS[1]}.txt").read_text(encoding="utf-8")
PAGE = (
    "<html><head><title>Fighting in El Fasher</title>"
    '<link rel="canonical" href="https://news.example.org/sudan/el-fasher"></head><body>'
    + "".join(f"<p>{p}</p>" for p in REPORT.split("\n\n"))
    + "</body></html>"
)
FEED = f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Fighting in El Fasher</title><link>https://news.example.org/sudan/el-fasher</link>
<guid>wire-1</guid><pubDate>Sun, 10 Dec 2023 09:00:00 GMT</pubDate>
<description><![CDATA[{PAGE}]]></description></item>
<item><title>Teaser only</title><link>https://news.example.org/other</link><guid>wire-2</guid>
</item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        found = self.pages.get(self.path)
        if found is None:
            self.send_error(404)
            return
        content_type, body = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    _Handler.pages = {
        "/article": ("text/html; charset=utf-8", PAGE.encode()),
        "/feed": ("application/rss+xml", FEED.encode()),
    }
    _Handler.agents = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("EVENTWIRE_FETCH_ALLOW_PRIVATE", "1")
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_url_is_fetched_with_a_clear_user_agent(server: str) -> None:
    [page] = iter_documents([f"{server}/moved"])
    assert isinstance(page, Document) and page.html is not None and "El Fasher" in page.html
    assert page.url == f"{server}/article"  # after the redirect
    assert _Handler.agents == [USER_AGENT, USER_AGENT]


def test_private_addresses_are_refused_unless_allowed(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_FETCH_ALLOW_PRIVATE", "0")
    [refused] = iter_documents([f"{server}/article"])
    assert isinstance(refused, Rejected)
    assert "private or local address" in refused.reason
    assert "EVENTWIRE_FETCH_ALLOW_PRIVATE=1" in refused.reason
    assert _Handler.agents == []  # nothing was requested


def test_size_cap_and_http_errors(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    [missing] = iter_documents([f"{server}/nothing"])
    assert isinstance(missing, Rejected) and "HTTP 404" in missing.reason
    monkeypatch.setenv("EVENTWIRE_FETCH_MAX_BYTES", "100")
    [large] = iter_documents([f"{server}/article"])
    assert isinstance(large, Rejected) and "EVENTWIRE_FETCH_MAX_BYTES" in large.reason


def test_feed_entries_and_followed_links(server: str, tmp_path: Path) -> None:
    entries = list(iter_documents([f"{server}/feed"]))
    first, teaser = entries
    assert isinstance(first, Document) and first.id == "wire-1"
    assert first.published == "Sun, 10 Dec 2023 09:00:00 GMT"
    assert isinstance(teaser, Rejected) and "--fetch-links" in teaser.reason
    feed_file = tmp_path / "wire.xml"
    feed_file.write_text(FEED, encoding="utf-8")
    assert [item.id for item in iter_documents([str(feed_file)])] == ["wire-1", "wire-2"]
    _Handler.pages["/feed"] = (
        "application/rss+xml",
        FEED.replace("https://news.example.org/sudan/el-fasher", f"{server}/article").encode(),
    )
    followed = list(iter_documents([f"{server}/feed"], fetch_links=True))
    assert isinstance(followed[0], Document) and followed[0].url == f"{server}/article"
    assert followed[0].published == "Sun, 10 Dec 2023 09:00:00 GMT"  # kept from the entry


def _warc(records: int) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for number in range(records):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        body = PAGE.replace("El Fasher", f"El Fasher ({number})").encode()
        record = writer.create_warc_record(
            f"https://news.example.org/story-{number}",
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=headers,
        )
        writer.write_record(record)
    return out.getvalue()


def test_warc_records_and_truncated_archives(tmp_path: Path) -> None:
    whole = tmp_path / "crawl.warc.gz"
    whole.write_bytes(_warc(3))
    items = list(iter_documents([str(whole)]))
    assert [i.id for i in items] == [f"https://news.example.org/story-{n}" for n in range(3)]
    cut = tmp_path / "cut.warc.gz"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) - 300])
    partial = list(iter_documents([str(cut)]))
    assert [type(i).__name__ for i in partial] == ["Document", "Document", "Rejected"]
    assert "truncated or corrupt WARC" in partial[-1].reason  # type: ignore[union-attr]
    assert gzip.decompress(data)  # the intact file is valid gzip


def test_ingesting_a_url_twice_stores_it_once(
    server: str, pipeline: Pipeline, tmp_path: Path
) -> None:
    store = open_store(str(tmp_path / "web.db"))
    first = ingest(store, pipeline, [f"{server}/article", f"{server}/feed"])
    assert (first.stored, first.skipped) == (1, 1)  # the feed entry is the same article
    assert first.rejected == 1  # the teaser-only entry
    again = ingest(store, pipeline, [f"{server}/moved"])
    assert (again.stored, again.skipped) == (0, 1)
    store.close()
