"""The Python API: `extract()` for one report, `Pipeline` for many.

`extract()` keeps one default pipeline per process so that calling it in a loop loads the
spaCy model and gazetteer once; build a `Pipeline` yourself to choose settings or to make
the reuse explicit.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.errors import InputError
from eventwire.models import Document, Event
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

__all__ = ["Pipeline", "extract"]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.load(Settings())


def extract(
    text: str | None = None,
    html: str | None = None,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    *,
    article_id: str = "doc-1",
) -> list[Event]:
    """Event records for one report given as plain ``text`` or a raw ``html`` page.

    ``published`` ("2023-12-09" or an ISO 8601 datetime) anchors relative dates such as
    "Friday"; without it they stay unresolved. Raises `InputError` when the document cannot
    be used (no text, a page with no article), with the reason.
    """
    if (text is None) == (html is None):
        raise InputError("give exactly one of text= or html= to eventwire.extract()")
    document = Document(
        id=article_id, text=text, html=html, title=title, url=url, published=published
    )
    result = _default_pipeline().process(document)
    if result.rejected is not None:
        raise InputError(f"document {article_id!r} was rejected: {result.rejected.reason}")
    return result.events
