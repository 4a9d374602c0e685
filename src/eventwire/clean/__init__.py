"""Cleaning: one input `Document` (plain text or an HTML page) into one `Article`.

`clean_document` is the entry point; `parse_published` is exposed for callers that check a
``--published`` value before any document is read.
"""

from __future__ import annotations

from eventwire.clean.document import DEFAULT_MAX_CHARS, NO_ARTICLE_TEXT, clean_document
from eventwire.clean.furniture import FURNITURE, furniture_reason
from eventwire.clean.published import parse_published

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FURNITURE",
    "NO_ARTICLE_TEXT",
    "clean_document",
    "furniture_reason",
    "parse_published",
]
