"""Request bodies of the write endpoints, validated (and size-capped) before any work.

Field limits are per field on top of the whole-body limit, so one oversized field is
named in the error instead of a bare 413.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

MAX_TEXT_CHARS = 2_000_000


def _no_nul(value: str) -> str:
    if "\x00" in value:  # PostgreSQL text cannot hold NUL
        raise ValueError("contains a NUL character")
    return value


ShortText = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_no_nul)]


class DocumentIn(BaseModel):
    """A document as in ``DOCS.jsonl``: ``text`` or ``html`` (exactly one), optional
    ``id``, ``title``, ``url`` and ``published`` (YYYY-MM-DD or ISO 8601)."""

    model_config = ConfigDict(extra="forbid")

    id: ShortText | None = None
    text: Annotated[str, StringConstraints(max_length=MAX_TEXT_CHARS)] | None = None
    html: Annotated[str, StringConstraints(max_length=MAX_TEXT_CHARS)] | None = None
    title: ShortText | None = None
    url: ShortText | None = None
    published: Annotated[str, StringConstraints(max_length=40)] | None = None

    @model_validator(mode="after")
    def _one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class ExtractRequest(DocumentIn):
    """POST /extract: one document; its records come back, nothing is stored."""


class IngestRequest(BaseModel):
    """POST /ingest: documents and/or URLs of articles (or feeds) to fetch."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(default_factory=list)
    urls: list[ShortText] = Field(default_factory=list)
    published: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        default=None, description="publication date for documents without one"
    )

    @model_validator(mode="after")
    def _something(self) -> IngestRequest:
        if not self.documents and not self.urls:
            raise ValueError("give 'documents' or 'urls' (or both)")
        return self


class ExtractResponse(BaseModel):
    """The records of one document, or why it was rejected."""

    article_id: str
    events: list[dict[str, Any]]
    rejected: str | None = None


class IngestResponse(BaseModel):
    """What one POST /ingest stored."""

    documents: int
    stored: int
    skipped: int
    rejected: int
    events: int
    event_ids: list[str]
    rejections: list[dict[str, str]]
