"""Read endpoints: GET /events (JSON pages or GeoJSON), /events/{id}, /articles/{id},
/stats and /health.

Filters are the ``eventwire events`` options under the same names (``type`` for
``--type``), turned into an `EventFilter` by `EventDatabase.filter`, so the CLI, the
Python API and the API cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from eventwire.serve.errors import ApiError
from eventwire.serve.queries import (
    Cursor,
    View,
    compact_features,
    event_page,
    full_feature,
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


JSON = "application/json"


def _json(payload: Any, media_type: str = JSON) -> Response:
    """Serialise once, without FastAPI's per-field encoder (large pages stay cheap)."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return Response(content=body, media_type=media_type)


def read_router(state: ServerState) -> APIRouter:
    router = APIRouter()
    settings = state.settings

    @router.get("/events", summary="Stored events matching the filters, by date")
    def list_events(  # noqa: PLR0917
        filters: Annotated[Filters, Depends()],
        limit: Annotated[int, Query(ge=1, description="events per page")] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        cursor: Annotated[
            str | None, Query(max_length=500, description="next_cursor of the previous page")
        ] = None,
        format: Annotated[
            Literal["json", "geojson"], Query(description="json pages, or a FeatureCollection")
        ] = "json",
        compact: Annotated[
            bool,
            Query(description="geojson: only id, type, date, killed, country, sources per point"),
        ] = False,
        view: Annotated[
            View,
            Query(
                description="merged: one record per merged event (reports not merged yet as "
                "themselves); reports: every per-article event, as `eventwire events` lists"
            ),
        ] = "merged",
    ) -> Response:
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
    ) -> Response:
        """The numbers of ``eventwire stats --json`` for the same filters."""
        return _json(asdict(state.store.stats(filters.to_filter(state), top=top)))

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
