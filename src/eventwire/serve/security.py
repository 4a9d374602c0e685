"""What keeps the API safe to expose: body size limits, security headers, the write token
and the refusal of URLs that point inside the network (SSRF).

The middlewares are plain ASGI so they see every request, including ones no route
matches, and answer in the one error shape before any endpoint code runs.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from urllib.parse import urlsplit

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.errors import InputError
from eventwire.ingest.url import check_address
from eventwire.serve.errors import ApiError, error_body
from eventwire.serve.settings import ApiSettings

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
"""Scripts only from this server: even a rendering bug could not run an article's script."""

_SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
)


class BodySizeLimit:
    """Refuse request bodies over ``max_bytes`` with 413, whether announced by
    Content-Length or streamed in chunks, before the endpoint reads any of it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        # Buffer the body up to the limit, then replay it: a chunked body that grows past
        # the limit is refused before the endpoint sees a byte of it.
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            error_body(
                "payload_too_large",
                f"the request body is larger than {self.max_bytes} bytes",
                "send fewer or smaller documents per request (EVENTWIRE_API_MAX_BODY_BYTES "
                "sets the limit)",
            )
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Add nosniff, no-referrer, DENY framing and a strict CSP to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _SECURITY_HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def token_checker(settings: ApiSettings) -> Callable[[Request], None]:
    """A FastAPI dependency enforcing ``Authorization: Bearer <EVENTWIRE_API_TOKEN>``.

    Without a configured token every write is refused (403): a server started without
    thinking about writes must not accept them.
    """
    expected = settings.token.get_secret_value() if settings.token else ""

    def require_token(request: Request) -> None:
        if not expected:
            raise ApiError(
                403,
                "writes_disabled",
                "this server accepts no writes: no API token is configured",
                "start the server with EVENTWIRE_API_TOKEN set, and send it as "
                "'Authorization: Bearer <token>'",
            )
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise ApiError(
                401,
                "missing_token",
                "this endpoint needs an API token",
                "send 'Authorization: Bearer <token>' (the server's EVENTWIRE_API_TOKEN)",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not hmac.compare_digest(given.strip().encode(), expected.encode()):
            raise ApiError(
                403,
                "invalid_token",
                "the API token is not valid",
                "send the token the server was started with (EVENTWIRE_API_TOKEN)",
            )

    return require_token


def refuse_unsafe_url(url: str, *, allow_private: bool) -> None:
    """Raise `ApiError` (400) for a URL eventwire must not fetch on a client's behalf:
    not http(s), no host, or a host resolving to a private, loopback or link-local address.

    The fetcher checks again at every redirect; this check answers the client at once,
    in the error shape, before anything is fetched.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ApiError(
            400,
            "url_refused",
            f"not an http(s) URL: {url[:200]}",
            "give absolute http:// or https:// URLs",
        )
    try:
        check_address(url, allow_private=allow_private)
    except InputError as exc:
        raise ApiError(
            400,
            "url_refused",
            str(exc),
            "give a public address; an intranet server can be allowed with "
            "EVENTWIRE_FETCH_ALLOW_PRIVATE=1",
        ) from None
