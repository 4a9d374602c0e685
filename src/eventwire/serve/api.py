"""`create_app`: the FastAPI application behind ``eventwire serve``.

    app = create_app("events.db")              # uvicorn.run(app) serves it
    app = create_app(store=..., pipeline=...)  # tests: an open store, a loaded pipeline

Middleware order, outermost first: security headers (on every response, errors too),
body size limit (before any parsing), CORS only when origins are configured, the response
cache (`eventwire.serve.cache`: kept answers are the gzipped bytes), gzip.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from eventwire.pipeline import Pipeline
from eventwire.serve.assets import assets_router, find_node_modules
from eventwire.serve.cache import ResponseCache
from eventwire.serve.errors import install_error_handlers
from eventwire.serve.routes_read import read_router
from eventwire.serve.routes_write import write_router
from eventwire.serve.security import BodySizeLimit, SecurityHeaders
from eventwire.serve.settings import ApiSettings
from eventwire.serve.state import ServerState
from eventwire.store import SqlStore, open_store


def _default_pipeline() -> Pipeline:
    return Pipeline.load()


def create_app(
    db: str | None = None,
    *,
    store: SqlStore | None = None,
    settings: ApiSettings | None = None,
    pipeline: Pipeline | Callable[[], Pipeline] | None = None,
) -> FastAPI:
    """The API and dashboard over the database ``db`` (or an already open ``store``,
    which the caller keeps owning). ``pipeline``, or a function loading one, serves
    /extract and /ingest; by default `Pipeline.load()` on their first call."""
    settings = settings or ApiSettings()
    owns_store = store is None
    opened = store if store is not None else open_store(db)
    load: Callable[[], Pipeline]
    if pipeline is None:
        load = _default_pipeline
    elif isinstance(pipeline, Pipeline):
        loaded = pipeline
        load = lambda: loaded  # noqa: E731
    else:
        load = pipeline
    state = ServerState(store=opened, settings=settings, load_pipeline=load)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_store:
            opened.close()

    app = FastAPI(
        title="eventwire",
        summary="Event records of political violence and unrest, with their evidence.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.eventwire = state
    install_error_handlers(app)
    app.include_router(read_router(state))
    app.include_router(write_router(state))
    app.include_router(assets_router(find_node_modules(settings.node_modules)))
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=1)
    app.add_middleware(
        ResponseCache,
        version=opened.data_version,
        max_bytes=settings.cache_mb * 1_000_000,
        version_is_cheap=opened.engine.dialect.name == "sqlite",
    )
    origins = settings.allowed_origins()
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app over ``$EVENTWIRE_DB`` with settings from the environment: what each
    worker process of ``eventwire serve --workers N`` builds."""
    return create_app(None, settings=ApiSettings())
