"""Console-script entry point: registers every command module on the shared app."""

from __future__ import annotations

from eventwire.cli import evaluate as _evaluate  # noqa: F401 - registers `eval`
from eventwire.cli import extract as _extract  # noqa: F401 - registers `extract`
from eventwire.cli import geoparse as _geoparse  # noqa: F401 - registers `geoparse`
from eventwire.cli import merge as _merge  # noqa: F401 - registers `merge`
from eventwire.cli import serve as _serve  # noqa: F401 - registers `serve`
from eventwire.cli import store as _store  # noqa: F401 - registers ingest/events/stats/export
from eventwire.cli import watch as _watch  # noqa: F401 - registers `watch`
from eventwire.cli.app import app


def run() -> None:
    """Entry point of the ``eventwire`` console script."""
    app()


if __name__ == "__main__":
    run()
