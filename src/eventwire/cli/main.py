"""Console-script entry point: registers every command module on the shared app."""

from __future__ import annotations

from eventwire.cli import extract as _extract  # noqa: F401 - registers `extract`
from eventwire.cli.app import app


def run() -> None:
    """Entry point of the ``eventwire`` console script."""
    app()


if __name__ == "__main__":
    run()
