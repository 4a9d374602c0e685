"""Shared fixtures: one loaded pipeline per test session, and the shared data path.

The shared material (``../shared`` beside the checkout, or ``EVENTWIRE_SHARED``) is read,
never copied; tests that need it skip with a message when it is absent.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("EVENTWIRE_SHARED", REPO_ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        pytest.skip(f"shared material not found at {path}: set EVENTWIRE_SHARED to its path")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Iterator[Pipeline]:
    yield Pipeline.load(Settings())
