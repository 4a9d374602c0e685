"""Which reports are independent sources: wire copies and reprints count once.

A Reuters story reprinted by forty papers is one witness, not forty. Two articles are the
same source when they come from the same outlet (same web domain), carry the same wire
byline ("(Reuters)", "- AFP"), or are near-identical text (word 5-gram shingles overlap
by half or more: a reprint with a new headline and a trimmed last paragraph is still a copy).
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

COPY_SIMILARITY = 0.5
"""Shingle overlap (Jaccard) at or above which two articles are copies of one story."""

_AGENCIES = {
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "xinhua": "Xinhua",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "dpa": "dpa",
    "efe": "EFE",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "upi": "UPI",
}
_BYLINE = re.compile(
    r"\((" + "|".join(sorted(map(re.escape, _AGENCIES), key=len, reverse=True)) + r")\)"
    r"|^\s*(?:by\s+)?("
    + "|".join(sorted(map(re.escape, _AGENCIES), key=len, reverse=True))
    + r")\s*(?:[-–—:]|$)"
    r"|[-–—]\s*(" + "|".join(sorted(map(re.escape, _AGENCIES), key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What merging needs to know about an article besides its events."""

    id: str
    published: dt.date | None = None
    text: str | None = None
    url: str | None = None

    @property
    def outlet(self) -> str | None:
        """The web domain without ``www.``, e.g. ``bbc.co.uk``."""
        if not self.url:
            return None
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.") or None


@dataclass(frozen=True, slots=True)
class SourceMark:
    """An article's fingerprint for copy detection."""

    article_id: str
    outlet: str | None
    agency: str | None
    shingles: frozenset[int]


def wire_agency(text: str) -> str | None:
    """The news agency whose byline or dateline credit the text carries, if any. Only the
    first and last 300 characters are read: a credit in the body ("Reuters reported") is a
    citation, but a byline marks the whole text as the agency's copy."""
    for part in (text[:300], text[-300:]):
        match = _BYLINE.search(part)
        if match:
            name = next(g for g in match.groups() if g)
            return _AGENCIES[name.lower()]
    return None


def shingles(text: str, size: int = 5) -> frozenset[int]:
    """Hashed word ``size``-grams of ``text`` (lower-cased)."""
    words = [w.lower() for w in _WORDS.findall(text)]
    if len(words) < size:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)
    )


def mark(article: ArticleInfo) -> SourceMark:
    text = article.text or ""
    return SourceMark(article.id, article.outlet, wire_agency(text), shingles(text))


def same_source(a: SourceMark, b: SourceMark) -> bool:
    """True when ``a`` and ``b`` are one source (see the module docstring)."""
    if a.article_id == b.article_id:
        return True
    if a.outlet and a.outlet == b.outlet:
        return True
    if a.agency and a.agency == b.agency:
        return True
    if not a.shingles or not b.shingles:
        return False
    overlap = len(a.shingles & b.shingles)
    return overlap / len(a.shingles | b.shingles) >= COPY_SIMILARITY


def source_groups(marks: Iterable[SourceMark]) -> list[list[str]]:
    """Article ids grouped into independent sources, each group and the list sorted."""
    items = sorted(marks, key=lambda m: m.article_id)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(items):
        for j in range(i):
            if same_source(a, items[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[str]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item.article_id)
    return sorted(groups.values())
