"""Write-side endpoints: POST /extract (records out, nothing stored) and POST /ingest
(stored; needs the bearer token).

The pipeline is loaded on the first call and runs under a lock: extraction is CPU-bound,
so running two at once would only share the same cores, and spaCy objects are not
meant to be used from two threads at a time.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from eventwire.ingest.url import FetchSettings
from eventwire.merge.store import merge_article
from eventwire.models import Document
from eventwire.pipeline import Pipeline
from eventwire.serve.errors import ApiError
from eventwire.serve.schemas import (
    DocumentIn,
    ExtractRequest,
    ExtractResponse,
    IngestRequest,
    IngestResponse,
)
from eventwire.serve.security import refuse_unsafe_url, token_checker
from eventwire.serve.state import ServerState
from eventwire.store.hashing import canonical_url, raw_hash
from eventwire.store.ingest import ingest as ingest_sources

API_SOURCE = ("api", "POST /ingest")
"""The ``sources`` row of documents posted to the API."""


def _document(
    item: DocumentIn, published: str | None = None, fallback_id: str | None = None
) -> Document:
    """The posted document; without an id, ``fallback_id`` or one derived from its
    content (so posting the same text twice names the same article)."""
    document = Document(
        id=item.id or "api",
        text=item.text,
        html=item.html,
        title=item.title,
        url=item.url,
        published=item.published or published,
    )
    if item.id:
        return document
    return document.model_copy(update={"id": fallback_id or f"api/{raw_hash(document)[:16]}"})


def write_router(state: ServerState) -> APIRouter:
    router = APIRouter()
    require_token = token_checker(state.settings)
    settings = state.settings

    @router.post("/extract", summary="Extract event records from one text; nothing is stored")
    def extract(request: ExtractRequest) -> ExtractResponse:
        """Body: ``{"text": "...", "published": "2023-12-09"}`` (or ``"html"``). Returns the
        records exactly as ``eventwire extract`` writes them."""
        document = _document(request, fallback_id="api-extract")
        pipeline = state.pipeline()
        with state.pipeline_lock:
            result = pipeline.process(document)
        return ExtractResponse(
            article_id=result.article_id,
            events=[event.to_json_dict() for event in result.events],
            rejected=result.rejected.reason if result.rejected else None,
        )

    @router.post(
        "/ingest",
        summary="Extract and store documents or URLs (needs the API token)",
        dependencies=[Depends(require_token)],
    )
    def ingest(request: IngestRequest) -> IngestResponse:
        """Send ``Authorization: Bearer $EVENTWIRE_API_TOKEN``. Stored articles (same text
        or canonical URL) are skipped, so retrying a request is safe. URLs must be public
        http(s) addresses unless EVENTWIRE_FETCH_ALLOW_PRIVATE=1."""
        if len(request.documents) > settings.max_ingest_documents:
            raise ApiError(
                413, "too_many_documents",
                f"{len(request.documents)} documents in one request; the limit is "
                f"{settings.max_ingest_documents}",
                "split them over several requests",
            )  # fmt: skip
        if len(request.urls) > settings.max_ingest_urls:
            raise ApiError(
                413, "too_many_urls",
                f"{len(request.urls)} URLs in one request; the limit is {settings.max_ingest_urls}",
                "split them over several requests",
            )  # fmt: skip
        allow_private = FetchSettings().allow_private
        for url in request.urls:
            refuse_unsafe_url(url, allow_private=allow_private)
        report = IngestResponse(
            documents=0, stored=0, skipped=0, rejected=0, events=0, event_ids=[], rejections=[]
        )
        pipeline = state.pipeline()
        with state.pipeline_lock:
            for item in request.documents:
                _ingest_document(state, pipeline, _document(item, request.published), report)
            if request.urls:
                summary = ingest_sources(state.store, pipeline, request.urls, request.published)
                report.documents += summary.documents
                report.stored += summary.stored
                report.skipped += summary.skipped
                report.rejected += summary.rejected
                report.events += summary.events
                report.rejections.extend(
                    {"id": r.id, "reason": r.reason} for r in summary.rejections
                )
        return report

    return router


def _ingest_document(
    state: ServerState, pipeline: Pipeline, document: Document, report: IngestResponse
) -> None:
    """Store one posted document as ``eventwire ingest`` would (skip when stored)."""
    report.documents += 1
    digest = raw_hash(document)
    canonical = canonical_url(document)
    lookup = state.store.lookup(document.id, digest, canonical)
    if lookup == "stored":
        report.skipped += 1
        return
    if lookup == "id_taken":
        document = document.model_copy(update={"id": f"{document.id}#{digest[:10]}"})
    result = pipeline.process(document)
    outcome = state.store.add(
        document, result, source=API_SOURCE, raw_hash=digest, canonical_url=canonical
    )
    if outcome == "duplicate":
        report.skipped += 1
    elif result.rejected is not None:
        report.rejected += 1
        report.rejections.append({"id": document.id, "reason": result.rejected.reason})
    else:
        report.stored += 1
        report.events += len(result.events)
        report.event_ids.extend(event.id for event in result.events)
        if result.events:
            merge_article(state.store, document.id)  # as `eventwire ingest` does
