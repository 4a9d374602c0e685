"""One JSON error shape for every error the API returns, and the handlers producing it.

    {"error": {"code": "not_found", "message": "no event evt_1", "fix": "list ids with ..."}}

A client (or the dashboard) branches on ``code``, shows ``message`` and ``fix``. Routing
404s, method errors, validation errors, oversized bodies, `EventwireError` and unexpected
exceptions all end here, so no response ever carries a traceback or another shape.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import ConfigurationError, EventwireError, InputError, ResourceError

log = logging.getLogger("eventwire.serve")

_FIX_BY_STATUS = {
    404: "check the path and the id (GET /events lists ids; the API is described at /docs)",
    405: "use the method listed for this path at /docs",
    406: "ask for application/json",
    413: "send a smaller body (split the documents over several requests)",
}


class ApiError(Exception):
    """An error with its HTTP status and the three fields of the error shape."""

    def __init__(
        self, status: int, code: str, message: str, fix: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fix = fix
        self.headers = headers


def error_body(code: str, message: str, fix: str) -> dict[str, Any]:
    """The error shape as a JSON-ready dict."""
    return {"error": {"code": code, "message": message, "fix": fix}}


def error_response(
    status: int, code: str, message: str, fix: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(code, message, fix), status_code=status, headers=headers)


def _code_for(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.fix, exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
    fix = _FIX_BY_STATUS.get(status, "see the API description at /docs")
    headers = dict(exc.headers) if exc.headers else None
    return error_response(status, _code_for(status), message, fix, headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for item in exc.errors()[:5]:
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
        problems.append(f"{where or 'body'}: {item.get('msg', 'invalid')}")
    return error_response(
        422,
        "invalid_request",
        "; ".join(problems) or "the request is not valid",
        "correct the named fields (their types and limits are listed at /docs)",
    )


async def _eventwire_error(_request: Request, exc: Exception) -> JSONResponse:
    """Errors from the Python API: their message already says what to fix."""
    assert isinstance(exc, EventwireError)
    if isinstance(exc, ConfigurationError):
        status, code = 400, "invalid_parameter"
    elif isinstance(exc, InputError):
        status, code = 422, "unreadable_input"
    elif isinstance(exc, ResourceError):
        status, code = 503, "resource_unavailable"
    else:
        status, code = 400, "error"
    return error_response(status, code, str(exc), "see the message")


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(
        500,
        "internal_error",
        "the server failed to answer this request",
        "retry; if it persists, report it with the server log",
    )


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to the one error shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(EventwireError, _eventwire_error)
    app.add_exception_handler(Exception, _unexpected)
