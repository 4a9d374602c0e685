"""RSS and Atom feeds to documents: each entry's content (or summary) as HTML, or, when
asked, the article its link points to.

Feeds often carry only a teaser, so ``fetch_links`` fetches each entry's page instead; it
is off by default because it multiplies network requests.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from eventwire.clean.published import parse_published
from eventwire.errors import InputError
from eventwire.ingest.decode import decode_bytes
from eventwire.models import Document, Rejected

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})

LinkFetcher = Callable[[str], Document | Rejected]


def looks_like_feed(data: bytes) -> bool:
    """True when the first bytes look like an RSS, RDF or Atom document."""
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def iter_feed(
    data: bytes, source: str, *, fetch_link: LinkFetcher | None = None
) -> Iterator[Document | Rejected]:
    """One `Document` per feed entry (id = the entry's id or link).

    ``fetch_link`` (given when links should be followed) turns an entry's link into the
    article's document; the entry's date is kept when the page has none.
    """
    import feedparser

    parsed: Any = feedparser.parse(data)
    entries = list(parsed.entries)
    if not entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield Rejected(
            id=source, reason=f"not a feed or no entries: {source}{problem}", source=source
        )
        return
    for number, entry in enumerate(entries, start=1):
        entry_id = str(entry.get("id") or entry.get("link") or f"{source}#{number}")
        link = entry.get("link")
        published = _published(entry)
        if fetch_link is not None and link:
            fetched = fetch_link(str(link))
            if isinstance(fetched, Document) and not fetched.published and published:
                fetched = fetched.model_copy(update={"published": published})
            yield fetched
            continue
        html = _content(entry)
        if not html.strip():
            yield Rejected(
                id=entry_id,
                reason=f"feed entry {number} has no content or summary "
                "(use --fetch-links to fetch its page)",
                source=source,
            )
            continue
        yield Document(
            id=entry_id,
            html=html,
            title=entry.get("title"),
            url=str(link) if link else None,
            published=published,
        )


def read_feed_file(path: str, data: bytes) -> Iterator[Document | Rejected]:
    """A feed file's entries; a file that is not a feed is rejected with the reason."""
    if not looks_like_feed(data):
        try:
            decode_bytes(data, path)
        except InputError as exc:
            yield Rejected(id=path, reason=str(exc), source=path)
            return
        yield Rejected(id=path, reason=f"not an RSS or Atom feed: {path}", source=path)
        return
    yield from iter_feed(data, path)


def _content(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        value = content.get("value")
        if value and value.strip():
            return str(value)
    return str(entry.get("summary") or "")


def _published(entry: Any) -> str | None:
    """The entry's date as written when eventwire can parse it, else from feedparser."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if raw:
            try:
                parse_published(str(raw))
            except InputError:
                pass
            else:
                return str(raw)
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            stamp = dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC)
            return stamp.isoformat()
    return None
