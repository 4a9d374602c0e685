"""``eventwire serve``: the REST API and the map dashboard over a stored database.

One uvicorn process by default; ``--workers N`` runs N processes on the same port (each
opens the database itself, so the path travels in ``EVENTWIRE_DB``). The API is described
at /docs, the dashboard is at /.
"""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated

import typer
from rich.console import Console

from eventwire.cli.app import EXIT_ERROR, app
from eventwire.cli.store import DbOption
from eventwire.errors import EventwireError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="address to listen on (0.0.0.0 exposes it to the network)")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port", min=0, max=65535)] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="server processes sharing the port (reads scale with cores; each keeps "
            "its own response cache)",
        ),
    ] = 1,
) -> None:
    """Serve the REST API (/events, /events/{id}, /articles/{id}, /stats, /extract,
    /ingest, /health; described at /docs) and the map dashboard (/) in one process.

    POST /ingest needs EVENTWIRE_API_TOKEN set (sent as 'Authorization: Bearer TOKEN');
    browsers on other sites are refused unless EVENTWIRE_API_CORS_ORIGINS lists them.

    Example: eventwire serve --db events.db --port 8000
    """
    import uvicorn

    from eventwire.serve.api import create_app
    from eventwire.serve.settings import ApiSettings
    from eventwire.store import display_url

    errors = Console(stderr=True)
    try:
        settings = ApiSettings()
        application = create_app(db, settings=settings)
    except EventwireError as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    store = application.state.eventwire.store
    if not _is_loopback(host) and settings.token is None:
        errors.print(f"note: listening on {host}; writes stay refused (no EVENTWIRE_API_TOKEN)")
    errors.print(
        f"serving {display_url(store.url)} at http://{host}:{port}/ (API docs at /docs)",
        highlight=False,
        markup=False,
    )
    # Keep-alive longer than uvicorn's 5 s: a client reusing a connection the server has
    # just closed sees a transport error, which busy dashboards and load tests hit.
    options = {"host": host, "port": port, "log_level": log_level, "access_log": False,
               "timeout_keep_alive": 30}  # fmt: skip
    if workers == 1:
        uvicorn.run(application, **options)  # type: ignore[arg-type]
        return
    # Each worker process builds its own app (and store) from the environment: the
    # database opened and migrated above is the one they open.
    os.environ["EVENTWIRE_DB"] = store.url
    store.close()
    uvicorn.run(
        "eventwire.serve.api:app_from_environment",
        factory=True,
        workers=workers,
        **options,  # type: ignore[arg-type]
    )
