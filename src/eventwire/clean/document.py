"""Turn one input `Document` into the `Article` every later stage reads (or a `Rejected`).

The article text is fixed here, once: headline first (when there is one), paragraphs joined
by a blank line, page furniture removed. Evidence offsets point into this exact string.
"""

from __future__ import annotations

import datetime as dt
import logging

from eventwire.clean.furniture import drop_furniture
from eventwire.clean.html import extract_html, fragment_text
from eventwire.clean.language import language_reason
from eventwire.clean.published import parse_published
from eventwire.clean.text import (
    block_lines,
    join_paragraphs,
    looks_like_headline,
    merge_wrapped,
    normalize,
    truncate,
)
from eventwire.errors import InputError
from eventwire.models import Article, Document, Rejected

log = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 2_000_000
"""Same default as `Settings.max_document_chars`; longer texts are cut at a paragraph."""

NO_ARTICLE_TEXT = "no article text found in the page (navigation or boilerplate only)"
_MIN_WORDS_IN_HTML_PARAGRAPH = 4
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def clean_document(
    doc: Document, *, max_chars: int = DEFAULT_MAX_CHARS, language: str = "en"
) -> Article | Rejected:
    """Clean ``doc`` into an `Article`, or say why it cannot be used. Never raises.

    ``text`` is used when it has content, else ``html`` (through trafilatura). A document is
    rejected only when there is no usable text: empty input, or a page that is navigation
    and boilerplate only. A ``published`` value that is not a date does *not* reject the
    document (its events can still be extracted, only dates relative to publication are
    lost): it is logged as a warning and the page's own metadata date, if any, is used.
    Texts longer than ``max_chars`` are cut at a paragraph boundary, with a warning.
    Text clearly in another language than ``language`` (the spaCy model's) is rejected
    with the language named: "not English (looks like French)".
    """
    try:
        return _clean(doc, max_chars, language)
    except Exception as exc:  # a bug or a third-party parser failure must not stop a batch
        log.exception("cleaning document %r failed", doc.id)
        detail = " ".join(str(exc).split())
        return _reject(doc, f"could not clean the document: {type(exc).__name__}: {detail}")


def _clean(doc: Document, max_chars: int, language: str = "en") -> Article | Rejected:
    """`clean_document` without the safety net."""
    meta_title: str | None = None
    meta_date: dt.date | None = None
    meta_time: dt.time | None = None
    is_html = not (doc.text and doc.text.strip())
    if not is_html:
        raw = doc.text or ""
    elif doc.html and doc.html.strip():
        content = extract_html(doc.html)
        fragment = None if content and content.text.strip() else fragment_text(doc.html)
        if fragment is not None:
            raw = fragment  # a feed summary or a snippet, not a page
        elif content is None:
            return _reject(doc, NO_ARTICLE_TEXT)
        else:
            raw, meta_title = content.text, content.title
            meta_date, meta_time = content.published, content.published_time
    elif doc.text is None and doc.html is None:
        return _reject(doc, "document has neither text nor html")
    else:
        return _reject(doc, "document text is empty or whitespace only")

    paragraphs = _paragraphs(normalize(raw), is_html=is_html)
    if not paragraphs:
        return _reject(
            doc, NO_ARTICLE_TEXT if is_html else "no text left after removing page furniture"
        )
    title = _one_line(doc.title) or _one_line(meta_title)
    if title is None and not is_html and len(paragraphs) > 1 and looks_like_headline(paragraphs[0]):
        title = paragraphs[0]
    if title is not None and _same_title(paragraphs[0], title):
        title = paragraphs[0]  # the in-text headline, without a site name appended
        paragraphs = paragraphs[1:]
    if is_html and not any(len(p.split()) >= _MIN_WORDS_IN_HTML_PARAGRAPH for p in paragraphs):
        return _reject(doc, NO_ARTICLE_TEXT)
    if title is not None:
        paragraphs = [title, *paragraphs]

    paragraphs, truncated = truncate(paragraphs, max_chars)
    if truncated:
        log.warning("document %r truncated to %d characters at a paragraph", doc.id, max_chars)
    text, spans = join_paragraphs(paragraphs)
    foreign = language_reason(text, language)
    if foreign is not None:
        return _reject(doc, foreign)

    published, published_time = meta_date, meta_time
    try:
        given_date, given_time = parse_published(doc.published)
    except InputError as exc:
        log.warning("document %r: %s; using the page's own date, if any", doc.id, exc)
    else:
        if given_date is not None:
            published, published_time = given_date, given_time

    return Article(
        id=doc.id,
        text=text,
        title=title,
        url=doc.url,
        published=published,
        published_time=published_time,
        paragraphs=spans,
        title_in_text=title is not None and paragraphs[0] == title,
    )


def _paragraphs(text: str, *, is_html: bool) -> list[str]:
    """Content paragraphs of normalised text, furniture removed.

    Trafilatura writes one paragraph per line, so for HTML each line is a paragraph; plain
    text is split on blank lines and its hard-wrapped lines are joined (`merge_wrapped`).
    """
    blocks = block_lines(text)
    if is_html:
        blocks = [[line] for block in blocks for line in block]
    paragraphs: list[str] = []
    for index, block in enumerate(drop_furniture(blocks)):
        if is_html:
            paragraphs.extend(block)
        else:
            paragraphs.extend(merge_wrapped(block, first_block=index == 0))
    return paragraphs


def _one_line(value: str | None) -> str | None:
    """A title normalised like the text and on one line; None when blank."""
    if value is None:
        return None
    line = " ".join(normalize(value).split())
    return line or None


def _same_title(paragraph: str, title: str) -> bool:
    """True when ``paragraph`` is the headline ``title``, possibly without the site name
    that page titles append ("Gunmen kill five | The Daily Ledger")."""
    first, whole = paragraph.casefold(), title.casefold()
    if first == whole:
        return True
    return whole.startswith(first) and whole[len(first) :].startswith(_TITLE_SEPARATORS)


def _reject(doc: Document, reason: str) -> Rejected:
    """A `Rejected` for ``doc``, naming its URL as the source when known."""
    return Rejected(id=doc.id, reason=reason, source=doc.url)
