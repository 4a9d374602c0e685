"""Polling sources politely: conditional GETs, per-source intervals, backoff on errors,
and a minimum delay between two requests to one host.

A feed polled every minute mostly has not changed; ``ETag`` / ``If-Modified-Since`` make
that a 304 with no body, which is cheap for the publisher and for us. A source that fails
is asked again after its interval doubled per consecutive failure (capped), so a dead
feed does not get hammered and a flaky one recovers by itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from eventwire.alert.config import Source
from eventwire.errors import InputError
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.feeds import iter_feed, looks_like_feed
from eventwire.ingest.url import USER_AGENT, FetchSettings, check_address
from eventwire.models import Document, Rejected

_MAX_REDIRECTS = 5


@dataclass
class SourceState:
    """What the poller remembers about one source between cycles (in memory: after a
    restart the first poll is unconditional, and the store skips what it already has)."""

    etag: str | None = None
    last_modified: str | None = None
    next_due: float = 0.0
    failures: int = 0
    last_error: str | None = None


@dataclass(frozen=True)
class PollResult:
    """One poll: the documents read (none when unchanged), or the error."""

    source: Source
    items: list[Document | Rejected]
    not_modified: bool = False
    error: str | None = None


class Poller:
    """Polls each due source once per `poll_due` call."""

    def __init__(
        self,
        sources: tuple[Source, ...],
        *,
        politeness: float = 1.0,
        max_backoff: float = 3600.0,
        settings: FetchSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.sources = sources
        self.states = {s.url: SourceState() for s in sources}
        self.politeness = politeness
        self.max_backoff = max_backoff
        self.settings = settings or FetchSettings()
        self.clock = clock
        self.sleep = sleep
        self._last_request: dict[str, float] = {}

    def next_due(self) -> float:
        """Seconds until the next source is due (0 when one is due now)."""
        if not self.sources:
            return 60.0
        soonest = min(state.next_due for state in self.states.values())
        return max(0.0, soonest - self.clock())

    def poll_due(self, *, force: bool = False) -> Iterator[PollResult]:
        """Poll every source that is due (every source when ``force``)."""
        for source in self.sources:
            state = self.states[source.url]
            if not force and state.next_due > self.clock():
                continue
            yield self._poll(source, state)

    def _poll(self, source: Source, state: SourceState) -> PollResult:
        self._wait_for_host(source.url)
        try:
            status, headers, body, final = self._get(source.url, state)
        except InputError as exc:
            state.failures += 1
            state.last_error = str(exc)
            delay = min(source.interval * 2**state.failures, self.max_backoff)
            state.next_due = self.clock() + delay
            return PollResult(source, [], error=str(exc))
        state.failures = 0
        state.last_error = None
        state.next_due = self.clock() + source.interval
        if status == 304:
            return PollResult(source, [], not_modified=True)
        state.etag = headers.get("etag") or state.etag
        state.last_modified = headers.get("last-modified") or state.last_modified
        return PollResult(source, list(_documents(source, final, headers, body)))

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).hostname or ""
        last = self._last_request.get(host)
        if last is not None:
            wait = self.politeness - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _get(self, url: str, state: SourceState) -> tuple[int, dict[str, str], bytes, str]:
        """A conditional GET through the same address check and size cap as ``ingest``."""
        import httpx

        headers = {"User-Agent": USER_AGENT}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        current = url
        with httpx.Client(timeout=self.settings.timeout, headers=headers) as client:
            for _ in range(_MAX_REDIRECTS + 1):
                check_address(current, allow_private=self.settings.allow_private)
                try:
                    with client.stream("GET", current) as response:
                        if response.is_redirect and "location" in response.headers:
                            current = urljoin(current, response.headers["location"])
                            continue
                        if response.status_code not in (200, 304):
                            raise InputError(f"cannot fetch {url}: HTTP {response.status_code}")
                        chunks: list[bytes] = []
                        size = 0
                        for chunk in response.iter_bytes():
                            chunks.append(chunk)
                            size += len(chunk)
                            if size > self.settings.max_bytes:
                                raise InputError(
                                    f"cannot fetch {url}: larger than {self.settings.max_bytes} "
                                    "bytes (raise EVENTWIRE_FETCH_MAX_BYTES)"
                                )
                        found = {k.lower(): v for k, v in response.headers.items()}
                        return response.status_code, found, b"".join(chunks), current
                except httpx.HTTPError as exc:
                    raise InputError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from None
        raise InputError(f"cannot fetch {url}: more than {_MAX_REDIRECTS} redirects")


def _documents(
    source: Source, final: str, headers: dict[str, str], body: bytes
) -> Iterator[Document | Rejected]:
    content_type = headers.get("content-type", "")
    feedish = "rss" in content_type or "atom" in content_type or looks_like_feed(body)
    if source.kind == "feed" or feedish:
        yield from iter_feed(body, source.url)
        return
    try:
        html = decode_bytes(body, source.url, html=True)
    except InputError as exc:
        yield Rejected(id=source.url, reason=str(exc), source=source.url)
        return
    yield Document(id=source.url, html=html, url=final)
