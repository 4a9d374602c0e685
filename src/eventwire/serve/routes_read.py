"""Read endpoints: GET /events (JSON pages or GeoJSON), /events/{id}, /articles/{id},
/stats and /health.

Filters are the ``eventwire events`` options under the same names (``type`` for
``--type``), turned into an `EventFilter` by `EventDatabase.filter`, so the CLI, the
Python API and the API cannot drift apart.
"""

from __future__ import annotations

import inspect
import json
from dataclasses import asdict
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from eventwire.serve.errors import ApiError
from eventwire.serve.queries import (
    Cursor,
    View,
    compact_features,
    event_page,
    full_feature,
    view_stats,
)
from eventwire.serve.state import ServerState
from eventwire.store import EventFilter


class Filters:
    """The filter query parameters shared by /events and /stats."""

    def __init__(  # noqa: PLR0917 - one parameter per query string filter
        self,
        since: Annotated[str | None, Query(description="events on or after (YYYY-MM-DD)")] = None,
        until: Annotated[str | None, Query(description="events on or before (YYYY-MM-DD)")] = None,
        type: Annotated[
            str | None, Query(max_length=200, description="ACLED event type or sub-event type")
        ] = None,
        country: Annotated[
            str | None, Query(max_length=200, description="country name or ISO3 code")
        ] = None,
        near: Annotated[
            str | None, Query(max_length=200, description="LAT,LON or a place (needs radius_km)")
        ] = None,
        radius_km: Annotated[float | None, Query(gt=0, le=20_000)] = None,
        actor: Annotated[
            str | None, Query(max_length=200, description="actor name contains")
        ] = None,
        text: Annotated[
            str | None, Query(max_length=500, description="summary or article text contains")
        ] = None,
        min_killed: Annotated[int | None, Query(ge=0)] = None,
        include_background: Annotated[bool, Query(description="also history/context")] = False,
    ) -> None:
        def blank(value: str | None) -> str | None:
            if value is not None and "\x00" in value:  # PostgreSQL text cannot hold NUL
                raise ApiError(
                    400, "invalid_parameter", "a filter value contains a NUL character",
                    "remove %00 from the query string",
                )  # fmt: skip
            return value.strip() or None if value is not None else None

        self.since, self.until, self.type = blank(since), blank(until), blank(type)
        self.country, self.near, self.radius_km = blank(country), blank(near), radius_km
        self.actor, self.text, self.min_killed = blank(actor), blank(text), min_killed
        self.include_background = include_background

    def to_filter(self, state: ServerState) -> EventFilter:
        """The `EventFilter` (a place name in ``near`` is looked up in the gazetteer)."""
        return state.database.filter(
            since=self.since, until=self.until, type=self.type, country=self.country,
            near=self.near, radius_km=self.radius_km, actor=self.actor, text=self.text,
            min_killed=self.min_killed, include_background=self.include_background,
        )  # fmt: skip


class EventsQuery(BaseModel):
    """The query parameters of GET /events, validated in one step.

    Read from the query string by `parse_query` instead of one FastAPI parameter each:
    FastAPI's per-parameter resolution cost more CPU than the page's query (1-2 ms of
    about 4 ms per request), and GET /events is the endpoint under load.
    """

    model_config = ConfigDict(extra="ignore")

    since: str | None = Field(None, description="events on or after (YYYY-MM-DD)")
    until: str | None = Field(None, description="events on or before (YYYY-MM-DD)")
    type: str | None = Field(None, max_length=200, description="ACLED event type or sub-event type")
    country: str | None = Field(None, max_length=200, description="country name or ISO3 code")
    near: str | None = Field(
        None, max_length=200, description="LAT,LON or a place (needs radius_km)"
    )
    radius_km: float | None = Field(None, gt=0, le=20_000)
    actor: str | None = Field(None, max_length=200, description="actor name contains")
    text: str | None = Field(None, max_length=500, description="summary or article text contains")
    min_killed: int | None = Field(None, ge=0)
    include_background: bool = Field(False, description="also history/context")
    limit: int = Field(100, ge=1, description="events per page")
    offset: int = Field(0, ge=0, le=10_000_000)
    cursor: str | None = Field(None, max_length=500, description="next_cursor of the previous page")
    format: Literal["json", "geojson"] = Field(
        "json", description="json pages, or a FeatureCollection"
    )
    compact: bool = Field(
        False, description="geojson: only id, type, date, killed, country, sources per point"
    )
    view: View = Field(
        "merged",
        description="merged: one record per merged event (reports not merged yet as "
        "themselves); reports: every per-article event, as `eventwire events` lists them",
    )


FILTER_FIELDS = set(inspect.signature(Filters).parameters)
Query_ = TypeVar("Query_", bound=BaseModel)


def parse_query(model: type[Query_], request: Request) -> Query_:
    """The query string as ``model`` (the last value of a repeated name, as FastAPI
    reads it); invalid values give the same 422 error shape as FastAPI's validation."""
    try:
        return model.model_validate(dict(request.query_params))
    except ValidationError as exc:
        errors = [{**e, "loc": ("query", *e["loc"])} for e in exc.errors(include_url=False)]
        raise RequestValidationError(errors) from None


def query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    """OpenAPI descriptions of ``model``'s fields as optional query parameters."""
    schema = model.model_json_schema()
    return [
        {
            "name": name,
            "in": "query",
            "required": False,
            "description": field.get("description", ""),
            "schema": {k: v for k, v in field.items() if k not in ("description", "title")},
        }
        for name, field in schema["properties"].items()
    ]


JSON = "application/json"


def _json(payload: Any, media_type: str = JSON) -> Response:
    """Serialise once, without FastAPI's per-field encoder (large pages stay cheap)."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return Response(content=body, media_type=media_type)


QUICK_LIMIT = 1000
"""Pages of at most this many events, with no filter that may read many rows to fill
one, are answered on the event loop (see `_quick`)."""


def _quick(params: EventsQuery) -> bool:
    """Whether this page costs a few milliseconds at most, so it is answered on the event
    loop rather than in a worker thread.

    Handing a small page to a thread and back cost more than its query (measured with 20
    concurrent clients: threads contending for the GIL added latency to every request).
    Pages that may read many rows stay in threads so they never stall other requests:
    large ones (full GeoJSON features are parsed and rebuilt), ``near`` (a place lookup,
    and an exact distance check per row on SQLite), ``text`` and ``actor`` (substring
    searches), deep offsets.
    """
    # a full GeoJSON feature parses its record: a fifth as many per page
    largest = QUICK_LIMIT if params.format == "json" or params.compact else QUICK_LIMIT // 5
    return (
        params.limit <= largest
        and params.offset <= QUICK_LIMIT
        and params.near is None
        and params.text is None
        and params.actor is None
    )


def read_router(state: ServerState) -> APIRouter:
    router = APIRouter()
    settings = state.settings

    @router.get(
        "/events",
        summary="Stored events matching the filters, by date",
        openapi_extra={"parameters": query_parameters(EventsQuery)},
    )
    async def list_events(request: Request) -> Response:
        """Events as ``{"events": [records], "next_cursor", "limit", "offset"}``, or with
        ``format=geojson`` a FeatureCollection (``compact=true`` for map points only).

        By default each real event appears once: the merged event (id ``mrg_...``, every
        source in ``article_ids``) once merging has run, each report otherwise. A merged
        event matches when its fused record matches the date, type, country and
        min_killed filters and one of its reports matches actor, text, near and
        include_background. ``view=reports`` lists the per-article events instead.

        Page with ``limit`` and ``offset``, or pass ``cursor=<next_cursor>`` (stable while
        events are being added). Example: ``/events?country=Iraq&since=2023-12-01&limit=50``
        """
        params = parse_query(EventsQuery, request)
        if _quick(params):
            return events_response(params)
        return await run_in_threadpool(events_response, params)

    def events_response(params: EventsQuery) -> Response:
        """The answer of GET /events for validated query parameters."""
        limit, offset, format = params.limit, params.offset, params.format
        filters = Filters(**params.model_dump(include=FILTER_FIELDS))
        cursor, view, compact = params.cursor, params.view, params.compact
        largest = settings.max_geojson_limit if format == "geojson" else settings.max_limit
        if limit > largest:
            raise ApiError(
                422,
                "invalid_request",
                f"limit {limit} is above the maximum of {largest} for format={format}",
                f"ask for at most {largest} events and follow next_cursor",
            )
        query = filters.to_filter(state)
        after = Cursor.decode(cursor) if cursor else None
        compact = format == "geojson" and compact
        page = event_page(
            state.store, query, compact=compact, view=view, limit=limit, offset=offset,
            cursor=after,
        )  # fmt: skip
        if format == "json":
            # Stored records are the contract's JSON already: spliced in, never re-parsed.
            records = ",".join(row.record for row in page.rows)
            tail = json.dumps({"next_cursor": page.next_cursor, "limit": limit, "offset": offset})
            return Response(content=f'{{"events":[{records}],{tail[1:]}', media_type=JSON)
        cursor_json = json.dumps(page.next_cursor)
        if compact:
            features = compact_features(page.rows)
        else:
            features = ",".join(
                json.dumps(full_feature(json.loads(row.record)), ensure_ascii=False)
                for row in page.rows
            )
        body = f'{{"type":"FeatureCollection","features":[{features}],"next_cursor":{cursor_json}}}'
        return Response(content=body, media_type="application/geo+json")

    @router.get("/events/{event_id}", summary="One event with its sources and evidence")
    def one_event(event_id: str) -> Response:
        """``{"event": record (evidence included), "sources": [articles], "merged": the
        merged event this report belongs to (or null), "history": what each report
        changed in it, "ingested_at"}``."""
        found = None if "\x00" in event_id else state.store.get_event(event_id)
        if found is None:
            raise ApiError(
                404,
                "not_found",
                f"no event with id {event_id[:100]!r}",
                "take ids from GET /events",
            )
        return _json(found)

    @router.get("/articles/{article_id:path}", summary="One stored article and its text")
    def one_article(article_id: str) -> Response:
        """The cleaned text (evidence offsets point into it), title, URL, the ids of its
        events, and the rejection reason when it was rejected."""
        found = None if "\x00" in article_id else state.store.get_article(article_id)
        if found is None:
            raise ApiError(
                404,
                "not_found",
                f"no article with id {article_id[:100]!r}",
                "take ids from an event's sources (GET /events/{id})",
            )
        return _json(found)

    @router.get("/stats", summary="Counts by day, type and country; top actors")
    def stats(
        filters: Annotated[Filters, Depends()],
        top: Annotated[int, Query(ge=1, le=1000)] = 10,
        view: Annotated[
            View,
            Query(
                description="merged: count what GET /events lists (each merged event once); "
                "reports: every per-article event, as `eventwire stats`"
            ),
        ] = "merged",
    ) -> Response:
        """The numbers of ``eventwire stats --json`` for the same filters, counted over the
        events GET /events lists in the same ``view`` (merged events by default)."""
        query = filters.to_filter(state)
        return _json(asdict(view_stats(state.store, query, top=top, view=view)))

    @router.get("/health", summary="Liveness, and what this server can do")
    def health() -> dict[str, Any]:
        """Always 200 while the process serves; ``writes`` says whether a token is set."""
        counts = state.store.counts()
        return {
            "status": "ok",
            "events": counts["events"],
            "articles": counts["articles"],
            "writes": state.settings.token is not None,
            "pipeline_loaded": state.pipeline_loaded,
        }

    return router
