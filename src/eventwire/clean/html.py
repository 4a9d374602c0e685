"""Extract the article text, title and publication date from an HTML page.

Trafilatura finds the main text (dropping menus, sidebars, comments and tables). Its date
finder (htmldate) is told not to search the page extensively, because that search falls back
to the footer's copyright year ("© 2023" becomes 2023-01-01), which would anchor every
relative date in the article to New Year's Day. The explicit publication meta tags are read
here directly as well, since htmldate keeps only the date and the time is useful too.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from html.parser import HTMLParser
from typing import NamedTuple

from eventwire.clean.published import parse_published
from eventwire.errors import InputError

log = logging.getLogger(__name__)

# Meta tags (property, name or itemprop) that state when an article was first published,
# best first. Modified/updated times are deliberately absent: they are not the report date.
PUBLISHED_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)


class HtmlContent(NamedTuple):
    """What a page yields: the main text (one paragraph per line) and its metadata."""

    text: str
    title: str | None
    published: dt.date | None
    published_time: dt.time | None


class _MetaDates(HTMLParser):
    """Collects ``<meta>`` publication values by lower-cased key, first occurrence wins."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        attributes = {key.lower(): value or "" for key, value in attrs}
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        content = attributes.get("content", "").strip()
        if key and content:
            self.values.setdefault(key.strip().lower(), content)


def meta_published(html: str) -> tuple[dt.date | None, dt.time | None]:
    """The publication date and time stated in the page's meta tags, if any parses."""
    parser = _MetaDates()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed markup
        pass
    for key in PUBLISHED_META:
        value = parser.values.get(key)
        if value is None:
            continue
        try:
            date, time = parse_published(value)
        except InputError:
            continue
        if date is not None:
            return date, time
    return None, None


def _copyright_guess(date: dt.date, html: str) -> bool:
    """True for a 1 January date that the page does not actually state.

    htmldate turns a ``copyrightYear`` meta tag into YYYY-01-01 even without extensive
    search; a real 1 January publication date is written out somewhere in the page.
    """
    if (date.month, date.day) != (1, 1):
        return False
    year = date.year
    stated = re.compile(
        rf"{year}-01-01|01[./-]01[./-]{year}|{year}/01/01|\b(1|01)(st)? jan(uary)?\.? {year}"
        rf"|\bjan(uary)?\.? (1|01)(st)?,? {year}",
        re.IGNORECASE,
    )
    return stated.search(html) is None


def extract_html(html: str, *, precision: bool = True) -> HtmlContent | None:
    """Main text and metadata of a page, or None when trafilatura finds no article text.

    ``precision`` (trafilatura's ``favor_precision``) prefers dropping a doubtful block to
    keeping boilerplate: a missed paragraph loses one fact, a kept sidebar invents events.
    trafilatura is imported here, not at module level, because it takes a noticeable
    fraction of a second and plain-text input never needs it.
    """
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=precision,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    text = getattr(result, "text", None) or ""
    title = getattr(result, "title", None) or None
    published, published_time = meta_published(html)
    if published is None:
        found = getattr(result, "date", None)
        if isinstance(found, str) and found:
            try:
                published, _ = parse_published(found)
            except InputError:
                log.debug("trafilatura date %r is not a date", found)
        if published is not None and _copyright_guess(published, html):
            published = None
    return HtmlContent(
        text=str(text),
        title=str(title) if title else None,
        published=published,
        published_time=published_time,
    )


_PAGE_TAG = re.compile(r"<\s*(?:html|body|head|nav|header|footer)\b", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "tr", "section", "article"}
)  # fmt: skip
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg"})


class _FragmentText(HTMLParser):
    """Text of a fragment, one paragraph per block element; scripts and styles dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def fragment_text(html: str) -> str | None:
    """The text of an HTML fragment such as a feed entry's summary (``<p>Rockets hit
    ...</p>``), which trafilatura, built for whole pages, returns nothing for. Whole pages
    (with ``<html>``, ``<body>``, navigation) return None: their boilerplate must not pass
    for an article."""
    if _PAGE_TAG.search(html):
        return None
    parser = _FragmentText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = "\n".join(line for line in lines if line)
    return text or None
