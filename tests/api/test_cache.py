"""The response cache (`eventwire.serve.cache`) as ASGI middleware around a counting app:
what it keeps, when it lets go, and that concurrent identical requests share one answer."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

import anyio
import pytest

from eventwire.serve.cache import ResponseCache


class CountingApp:
    """Answers every request with its path and a counter, after a short pause."""

    def __init__(self, status: int = 200, size: int = 10) -> None:
        self.calls = 0
        self.status = status
        self.size = size

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        self.calls += 1
        await anyio.sleep(0.01)
        body = f"{scope['path']}#{self.calls}".encode().ljust(self.size)
        await send({"type": "http.response.start", "status": self.status,
                    "headers": [(b"content-length", str(len(body)).encode())]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})


async def get(app: Any, path: str, method: str = "GET") -> tuple[int, bytes]:
    scope = {"type": "http", "method": method, "path": path, "query_string": b"",
             "headers": [(b"accept-encoding", b"gzip")]}  # fmt: skip
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_repeated_gets_are_answered_from_memory_until_the_data_changes() -> None:
    inner, version = CountingApp(), ["v1"]
    cache = ResponseCache(inner, version=lambda: version[0], max_bytes=10_000,
                          version_is_cheap=True)  # fmt: skip
    first = await get(cache, "/events")
    assert await get(cache, "/events") == first and inner.calls == 1
    assert (await get(cache, "/stats"))[1] != first[1] and inner.calls == 2
    version[0] = "v2"  # a commit anywhere
    assert (await get(cache, "/events"))[1].startswith(b"/events#3")
    assert await get(cache, "/health") != await get(cache, "/health")  # not a cached path
    await get(cache, "/events", method="POST")
    assert inner.calls == 6


@pytest.mark.anyio
async def test_concurrent_identical_requests_share_one_answer() -> None:
    inner = CountingApp()
    cache = ResponseCache(inner, version=lambda: "v", max_bytes=10_000, version_is_cheap=True)
    answers: list[tuple[int, bytes]] = []

    async def one() -> None:
        answers.append(await get(cache, "/events"))

    async with anyio.create_task_group() as group:
        for _ in range(20):
            group.start_soon(one)
    assert inner.calls == 1 and len(set(answers)) == 1 and len(answers) == 20


@pytest.mark.anyio
async def test_errors_and_oversized_answers_are_not_kept() -> None:
    failing = CountingApp(status=404)
    cache = ResponseCache(failing, version=lambda: "v", max_bytes=10_000, version_is_cheap=True)
    await get(cache, "/events/missing")
    await get(cache, "/events/missing")
    assert failing.calls == 2
    large = CountingApp(size=3_000)  # over a quarter of the budget
    cache = ResponseCache(large, version=lambda: "v", max_bytes=10_000, version_is_cheap=True)
    await get(cache, "/events")
    await get(cache, "/events")
    assert large.calls == 2
    off = CountingApp()
    cache = ResponseCache(off, version=lambda: "v", max_bytes=0)
    await get(cache, "/events")
    await get(cache, "/events")
    assert off.calls == 2
