"""``eventwire serve``: the REST API and the map dashboard, in one process.

    api.py        create_app(): the FastAPI application, wired from the parts below
    settings.py   EVENTWIRE_API_* settings (token, CORS origins, size limits)
    errors.py     the one JSON error shape, and the handlers that produce it
    security.py   body size limit, security headers, the write token, the URL (SSRF) check
    queries.py    reads the dashboard needs beyond the Store protocol (pages, one event)
    routes_read.py / routes_write.py   the endpoints
    assets.py     the dashboard's own files and the npm-installed libraries it uses
    web/          the dashboard (plain HTML, CSS and ES modules; no build step)

Nothing here runs at import: the app, its store and the pipeline are built by `create_app`.
"""
