"""Store fixtures: real SQLite files and a real PostgreSQL database per test module.

PostgreSQL comes from ``EVENTWIRE_TEST_POSTGRES`` (a server URL; default: the local server
over its Unix socket as the current user, which ``.ci/run`` sets up). Each module creates
its own database and drops it afterwards; without a reachable server those tests skip
with a message saying how to get one.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwire.models import ArticleResult, Document
from store.helpers import sample_results

DEFAULT_POSTGRES = "postgresql+psycopg:///postgres?host=/var/run/postgresql"


def postgres_server_url() -> str:
    return os.environ.get("EVENTWIRE_TEST_POSTGRES", DEFAULT_POSTGRES)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this module (dropped afterwards)."""
    server = sa.make_url(postgres_server_url())
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"eventwire_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(
            f"no PostgreSQL server at {server.render_as_string(hide_password=True)} "
            f"({str(exc.orig).strip().splitlines()[0]}): run .ci/run as root, or set "
            "EVENTWIRE_TEST_POSTGRES to a server URL"
        )
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs on a new SQLite file and on the module's PostgreSQL db.

    PostgreSQL tables are emptied between tests, so both start from an empty store.
    """
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    url: str = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        tables = connection.execute(
            sa.text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
        names = [t for t in tables if t not in ("schema_migrations", "spatial_ref_sys")]
        if names:
            connection.execute(sa.text(f"TRUNCATE {', '.join(names)} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


@pytest.fixture
def sample() -> list[tuple[Document, ArticleResult]]:
    """Fixed records (see `store.helpers.sample_results`) with their articles."""
    return sample_results()
