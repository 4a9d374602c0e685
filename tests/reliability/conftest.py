"""Reliability fixtures: the bad-input corpus, and a PostgreSQL database when one is up."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from reliability.corpus import Corpus, build_corpus

DEFAULT_POSTGRES = "postgresql+psycopg:///postgres?host=/var/run/postgresql"
EVENTWIRE = [sys.executable, "-m", "eventwire.cli.main"]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("bad_inputs"))


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this module, dropped afterwards (skip without one)."""
    server = sa.make_url(os.environ.get("EVENTWIRE_TEST_POSTGRES", DEFAULT_POSTGRES))
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"eventwire_rel_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(f"no PostgreSQL server ({str(exc.orig).strip().splitlines()[0]})")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    url: str = request.getfixturevalue("postgres_url")
    return url
