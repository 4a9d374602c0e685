"""Browser fixtures: a real ``eventwire serve`` process on a free loopback port, over a
store filled by the real pipeline, driven by headless Debian Chromium through Playwright.

Skipped, with what to install, when Chromium, Playwright or node_modules are missing
(``.ci/run`` installs all three, so CI always runs these).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from api.corpus import build_store

from eventwire.pipeline import Pipeline
from eventwire.serve.assets import find_node_modules

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path(os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
OUTPUT = Path(__file__).resolve().parent.parent.parent / "test-output"


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found: apt-get install chromium (or set EVENTWIRE_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing: pip install 'eventwire[browser]'"
    if find_node_modules(None) is None:
        return "node_modules missing: run 'npm ci' in the checkout"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def server(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a running ``eventwire serve`` (stopped after the session)."""
    reason = _missing()
    if reason:
        pytest.skip(f"browser tests skipped: {reason}")
    db = tmp_path_factory.mktemp("browser") / "events.db"
    build_store(db, pipeline, same_event=True).close()  # merged, as ingest leaves it
    port = _free_port()
    env = {**os.environ, "EVENTWIRE_API_TOKEN": ""}
    log = (tmp_path_factory.getbasetemp() / "serve.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli.main", "serve", "--db", str(db),
         "--port", str(port), "--log-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"eventwire serve did not start (see {log.name})")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="session")
def browser(server: str) -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page; any uncaught script error fails the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert not errors, f"script errors on the page: {errors}"


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT
