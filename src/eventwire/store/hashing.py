"""Identity of an input: content hashes and canonical URLs, used to skip what is stored.

Two hashes because two questions: ``raw_hash`` (of the input as read) lets a rerun skip a
document before spending extraction on it; ``content_hash`` (of the cleaned text) catches
the same article arriving in another wrapper (a second URL, a WARC copy of a fetched page).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from eventwire.models import Document

_SPACE = re.compile(r"\s+")
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|smid)$", re.I)
_CANONICAL = re.compile(
    r"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>""", re.IGNORECASE | re.DOTALL
)
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def text_hash(text: str) -> str:
    """SHA-256 of ``text`` with runs of whitespace collapsed (so re-wrapped copies match)."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def raw_hash(document: Document) -> str:
    """Hash of the document as read: its text, or its HTML when it has no text."""
    return text_hash(document.text if document.text is not None else document.html or "")


def canonical_url(document: Document) -> str | None:
    """The article's canonical URL: the page's ``<link rel=canonical>``, else its URL,
    normalised (lower-case host, no fragment, no tracking parameters, sorted query)."""
    url = document.url
    if document.html:
        tag = _CANONICAL.search(document.html[:200_000])
        href = _HREF.search(tag.group(0)) if tag else None
        if href is not None:
            url = urljoin(url or "", href.group(1).strip())
    return normalize_url(url) if url else None


def normalize_url(url: str) -> str | None:
    """A normal form of an http(s) URL; None for anything else (a path is not a URL)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # "http://[bad", "http://host:99999/": not a usable URL
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    default_port = {"http": 80, "https": 443}[parts.scheme.lower()]
    if port and port != default_port:
        host = f"{host}:{port}"
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        )
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))
