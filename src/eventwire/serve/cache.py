"""A small in-memory cache of GET responses, dropped whenever the database changes.

The dashboard and API clients ask the same questions again and again (the first page,
a country's page, the 100,000 map points, the stats), and between two writes the answer
cannot change. So a 200 response to a GET of /events, /events/{id}, /articles/{id} or
/stats is kept, as the exact bytes sent (gzipped or not, so a hit costs no query, no
serialisation and no compression), under the store's data version
(`SqlStore.data_version`). The version is read before the request is answered, so a kept
answer is never older than the version it is filed under; any commit, by this server or
another process, changes the version and empties the cache.

Requests arriving while the same question is being answered wait for that answer instead
of all querying at once (20 clients opening the dashboard together cost one query).
Bounded by total bytes (least recently used first out); one answer larger than a quarter
of the budget is never kept. ``EVENTWIRE_API_CACHE_MB=0`` turns it off.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import anyio
import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHED_PREFIXES = ("/events", "/articles/", "/stats")


@dataclass(frozen=True)
class _Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseCache:
    """ASGI middleware: answers a repeated GET from memory while the data version holds.

    ``version`` reads the data version (a blocking call; run in a worker thread unless
    ``version_is_cheap``, as SQLite's is: a pragma on a local file).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        version: Callable[[], str],
        max_bytes: int,
        version_is_cheap: bool = False,
    ) -> None:
        self.app = app
        self.version = version
        self.max_bytes = max_bytes
        self.version_is_cheap = version_is_cheap
        self._entries: OrderedDict[tuple[str, bytes, bool], _Entry] = OrderedDict()
        self._bytes = 0
        self._version: str | None = None
        self._pending: dict[tuple[str, bytes, bool], tuple[str, anyio.Event]] = {}
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.max_bytes <= 0
            or scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith(CACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        current = self.version() if self.version_is_cheap else await self._version_off_loop()
        if current != self._version:
            self._entries.clear()
            self._bytes = 0
            self._version = current
        key = (scope["path"], scope["query_string"], _accepts_gzip(scope))
        pending = self._pending.get(key)
        if pending is not None and pending[0] == current:
            await pending[1].wait()  # the same question is being answered: share it
        entry = self._entries.get(key) if current == self._version else None
        if entry is not None:
            self._entries.move_to_end(key)
            self.hits += 1
            await send({"type": "http.response.start", "status": entry.status,
                        "headers": list(entry.headers)})  # fmt: skip
            await send({"type": "http.response.body", "body": entry.body})
            return
        self.misses += 1
        done = anyio.Event()
        self._pending[key] = (current, done)
        try:
            await self._answer_and_keep(scope, receive, send, key, current)
        finally:
            done.set()
            if self._pending.get(key, (None, None))[1] is done:
                del self._pending[key]

    async def _version_off_loop(self) -> str:
        return await anyio.to_thread.run_sync(self.version)

    async def _answer_and_keep(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: tuple[str, bytes, bool],
        version: str,
    ) -> None:
        largest = self.max_bytes // 4
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def record(message: Message) -> None:
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                # A copy: middleware outside this one (CORS) edits the headers in place.
                start = {**message, "headers": list(message.get("headers", []))}
                keep = message["status"] == 200
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > largest:
                    keep, chunks[:] = False, []
                else:
                    chunks.append(body)
                if not message.get("more_body", False) and keep and start is not None:
                    self._keep(key, version, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, record)

    def _keep(
        self, key: tuple[str, bytes, bool], version: str, start: Message, body: bytes
    ) -> None:
        if version != self._version:  # a newer version was seen meanwhile: already stale
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= len(old.body)
        self._entries[key] = _Entry(start["status"], list(start.get("headers", [])), body)
        self._bytes += len(body)
        while self._bytes > self.max_bytes and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped.body)


def _accepts_gzip(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"accept-encoding":
            return b"gzip" in value.lower()
    return False
