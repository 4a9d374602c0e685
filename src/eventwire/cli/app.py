"""The ``eventwire`` Typer application and the exit statuses every command shares.

Each command lives in its own module of this package and registers itself on `app`;
`eventwire.cli.main` imports them all. Errors from `eventwire.errors` become one line on
stderr and `EXIT_ERROR`; the work itself is always the Python API.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    help="eventwire: news reports of political violence and unrest in, event records out.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_OK = 0
EXIT_SOME_REJECTED = 1
"""Some documents were rejected (each reason printed); the rest were processed."""
EXIT_ERROR = 2
"""The command could not run; the message says what to fix."""


@app.callback()
def main() -> None:
    """eventwire command line."""
