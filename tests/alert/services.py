"""Real local services for the alert tests: a feed server whose items change between
cycles (with ETag support), and a webhook receiver that can be told to fail."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FeedItem:
    guid: str
    title: str
    text: str
    published: dt.date


@dataclass
class FeedState:
    items: list[FeedItem] = field(default_factory=list)
    requests: int = 0
    not_modified: int = 0

    def body(self) -> bytes:
        def stamp(day: dt.date) -> str:
            return format_datetime(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC))

        entries = "".join(
            f"<item><guid>{i.guid}</guid><title>{escape(i.title)}</title>"
            f"<link>https://news.example.org/{i.guid}</link>"
            f"<pubDate>{stamp(i.published)}</pubDate>"
            f"<description>{escape(''.join(f'<p>{p}</p>' for p in i.text.split(chr(10)) if p))}"
            "</description></item>"
            for i in self.items
        )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>'
            f"{entries}</channel></rss>"
        ).encode()


@dataclass
class Received:
    status: int = 200
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@contextmanager
def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def feed_server(state: FeedState) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests += 1
            body = state.body()
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                state.not_modified += 1
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    with _serve(Handler) as url:
        yield url + "/feed.rss"


@contextmanager
def webhook_receiver(received: Received) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            received.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(received.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    with _serve(Handler) as url:
        yield url + "/hook"
