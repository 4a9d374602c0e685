"""Fetch one URL politely and safely: a timeout, a size cap, a clear User-Agent, and no
requests to private or loopback addresses unless allowed.

The address check matters because ingest URLs come from feeds and users' lists: a feed
entry pointing at ``http://169.254.169.254/`` or ``http://localhost:8080/admin`` must not
make eventwire fetch it. Redirects are followed by hand so every hop is checked.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from pydantic_settings import BaseSettings, SettingsConfigDict

from eventwire.errors import InputError
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.feeds import iter_feed, looks_like_feed
from eventwire.models import Document, Rejected

if TYPE_CHECKING:
    import httpx

USER_AGENT = "eventwire/0.1 (+https://github.com/eventwire)"
_MAX_REDIRECTS = 5


class FetchSettings(BaseSettings):
    """``EVENTWIRE_FETCH_TIMEOUT``, ``EVENTWIRE_FETCH_MAX_BYTES``,
    ``EVENTWIRE_FETCH_ALLOW_PRIVATE`` (1 to allow private/loopback hosts, e.g. an intranet)."""

    model_config = SettingsConfigDict(env_prefix="EVENTWIRE_FETCH_", frozen=True, extra="ignore")

    timeout: float = 20.0
    max_bytes: int = 10_000_000
    allow_private: bool = False


@dataclass(frozen=True)
class Fetched:
    """A fetched response body and what it says about itself."""

    url: str
    """The final URL, after redirects."""
    content_type: str
    body: bytes


def is_url(value: str) -> bool:
    """True for an http(s) URL (what ``ingest`` fetches rather than opens as a path)."""
    return urlsplit(value).scheme.lower() in ("http", "https")


def fetch(url: str, settings: FetchSettings | None = None) -> Fetched:
    """GET ``url``; raises `InputError` with the reason for anything but a usable 200."""
    import httpx

    settings = settings or FetchSettings()
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,"
        "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
    }
    with httpx.Client(timeout=settings.timeout, headers=headers, follow_redirects=False) as client:
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            check_address(current, allow_private=settings.allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise InputError(f"cannot fetch {url}: HTTP {response.status_code}")
                    body = _read_capped(response, url, settings.max_bytes)
                    return Fetched(current, response.headers.get("content-type", ""), body)
            except httpx.TimeoutException:
                raise InputError(
                    f"cannot fetch {url}: timed out after {settings.timeout:g} s "
                    "(raise EVENTWIRE_FETCH_TIMEOUT)"
                ) from None
            except httpx.HTTPError as exc:
                raise InputError(f"cannot fetch {url}: {exc}") from None
    raise InputError(f"cannot fetch {url}: more than {_MAX_REDIRECTS} redirects")


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(
                f"cannot fetch {url}: larger than {max_bytes} bytes "
                "(raise EVENTWIRE_FETCH_MAX_BYTES)"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def check_address(url: str, *, allow_private: bool) -> None:
    """Refuse URLs whose host resolves to a private, loopback or link-local address."""
    host = urlsplit(url).hostname
    if not host:
        raise InputError(f"cannot fetch {url}: no host name")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as exc:
        raise InputError(f"cannot fetch {url}: cannot resolve {host} ({exc.strerror})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise InputError(
                f"refusing to fetch {url}: {host} is a private or local address ({address}); "
                "set EVENTWIRE_FETCH_ALLOW_PRIVATE=1 to allow it"
            )


def fetch_document(url: str, settings: FetchSettings | None = None) -> Document | Rejected:
    """The page at ``url`` as an HTML document (id = the URL as given), or why not."""
    try:
        fetched = fetch(url, settings)
        html = decode_bytes(fetched.body, url, html=True)
    except InputError as exc:
        return Rejected(id=url, reason=str(exc), source=url)
    return Document(id=url, html=html, url=fetched.url)


def iter_url(
    url: str, settings: FetchSettings | None = None, *, fetch_links: bool = False
) -> Iterator[Document | Rejected]:
    """The article at ``url``, or every entry when it is an RSS/Atom feed."""
    try:
        fetched = fetch(url, settings)
    except InputError as exc:
        yield Rejected(id=url, reason=str(exc), source=url)
        return
    if (
        "rss" in fetched.content_type
        or "atom" in fetched.content_type
        or looks_like_feed(fetched.body)
    ):
        follow = (lambda link: fetch_document(link, settings)) if fetch_links else None
        yield from iter_feed(fetched.body, url, fetch_link=follow)
        return
    try:
        html = decode_bytes(fetched.body, url, html=True)
    except InputError as exc:
        yield Rejected(id=url, reason=str(exc), source=url)
        return
    yield Document(id=url, html=html, url=fetched.url)
