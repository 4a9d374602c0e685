"""Database URLs and engines: where the store lives and how connections behave.

SQLite is tuned for many short write transactions from one or more processes: WAL (readers
never block the writer), ``synchronous=NORMAL`` (a commit survives a killed process; only
the last commits can be lost on power failure, never consistency), a busy timeout so a
second writer waits instead of failing, and ``BEGIN IMMEDIATE`` for writes so two writers
cannot deadlock upgrading read locks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event

from eventwire.errors import ConfigurationError

DEFAULT_DB = "eventwire.db"
"""The default database: a SQLite file in the current directory."""
DB_ENV = "EVENTWIRE_DB"
WRITE_OPTION = "eventwire_write"
"""Execution option marking a connection whose transaction will write."""
_BUSY_TIMEOUT_S = 60.0


def resolve_db_url(db: str | None) -> str:
    """A SQLAlchemy URL for ``db``: an argument, else ``$EVENTWIRE_DB``, else ``eventwire.db``.

    A plain path means a SQLite file; ``postgresql://...`` uses the psycopg 3 driver.
    """
    value = (db or os.environ.get(DB_ENV) or DEFAULT_DB).strip()
    if "://" not in value:
        path = Path(value).expanduser()
        if not path.parent.is_dir():
            raise ConfigurationError(
                f"database directory does not exist: {path.parent} (create it, or give "
                "another --db path)"
            )
        return f"sqlite:///{path.resolve()}"
    scheme, rest = value.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return value


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages and summaries."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def create_engine(url: str) -> sa.Engine:
    """An engine for ``url`` with eventwire's connection settings."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise ConfigurationError(
            f"not a database URL or path: {url!r} (give a file path, sqlite:///PATH or "
            "postgresql://USER@HOST/DB)"
        ) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ConfigurationError(
            f"unsupported database {backend!r}: give a SQLite path or a postgresql:// URL"
        )
    try:
        if backend == "sqlite":
            engine = sa.create_engine(
                parsed, connect_args={"timeout": _BUSY_TIMEOUT_S, "check_same_thread": False}
            )
            _tune_sqlite(engine)
        else:
            engine = sa.create_engine(parsed, pool_pre_ping=True)
    except (ImportError, sa.exc.NoSuchModuleError) as exc:
        raise ConfigurationError(
            f"no driver for {backend}: {exc} (pip install 'eventwire[postgres]')"
        ) from None
    return engine


def _tune_sqlite(engine: sa.Engine) -> None:
    """Pragmas on connect; explicit BEGIN (IMMEDIATE for writers) instead of pysqlite's."""

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(_BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")
