"""The dashboard's files: its own (``serve/web/``) and the libraries ``npm ci`` installed.

Third-party code is never copied into the repository; ``package.json`` pins it and this
module serves a fixed list of files out of ``node_modules`` (an allow-list, so no other
file there can be requested). Everything is local: the dashboard works offline, its
basemap is the world-atlas country shapes, not online tiles.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, Response

from eventwire.serve.errors import ApiError

WEB_DIR = Path(__file__).resolve().parent / "web"

VENDOR_FILES: dict[str, tuple[str, str]] = {
    "leaflet.js": ("leaflet/dist/leaflet.js", "text/javascript"),
    "leaflet.css": ("leaflet/dist/leaflet.css", "text/css"),
    "markercluster.js": (
        "leaflet.markercluster/dist/leaflet.markercluster.js",
        "text/javascript",
    ),
    "MarkerCluster.css": ("leaflet.markercluster/dist/MarkerCluster.css", "text/css"),
    "topojson-client.js": ("topojson-client/dist/topojson-client.min.js", "text/javascript"),
    "countries.json": ("world-atlas/countries-50m.json", "application/json"),
}
"""URL name under /vendor/ -> (path under node_modules, media type)."""

WEB_FILES: dict[str, str] = {
    "app.js": "text/javascript",
    "map.js": "text/javascript",
    "timeline.js": "text/javascript",
    "panel.js": "text/javascript",
    "filters.js": "text/javascript",
    "style.css": "text/css",
}


def find_node_modules(configured: Path | None) -> Path | None:
    """The ``node_modules`` holding Leaflet: the configured one, else the first above
    this package (a checkout's root), else the current directory's; None if absent."""
    candidates = [configured] if configured else []
    candidates += [parent / "node_modules" for parent in Path(__file__).resolve().parents]
    candidates.append(Path.cwd() / "node_modules")
    for candidate in candidates:
        if candidate is not None and (candidate / "leaflet" / "dist" / "leaflet.js").is_file():
            return candidate
    return None


def assets_router(node_modules: Path | None) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    cache = {"Cache-Control": "public, max-age=3600"}

    @router.get("/")
    def index() -> FileResponse:
        return FileResponse(
            WEB_DIR / "index.html", media_type="text/html", headers={"Cache-Control": "no-cache"}
        )

    @router.get("/web/{name}")
    def web_file(name: str) -> FileResponse:
        media_type = WEB_FILES.get(name)
        if media_type is None:
            raise ApiError(404, "not_found", f"no dashboard file {name[:100]!r}", "open /")
        return FileResponse(
            WEB_DIR / name, media_type=media_type, headers={"Cache-Control": "no-cache"}
        )

    @router.get("/vendor/{name}")
    def vendor_file(name: str) -> Response:
        entry = VENDOR_FILES.get(name)
        if entry is None:
            raise ApiError(404, "not_found", f"no library file {name[:100]!r}", "open /")
        if node_modules is None:
            raise ApiError(
                404,
                "dashboard_libraries_missing",
                "the dashboard's libraries (Leaflet, world-atlas) are not installed",
                "run 'npm ci' in the eventwire checkout (or set EVENTWIRE_API_NODE_MODULES)",
            )
        path, media_type = entry
        return FileResponse(node_modules / path, media_type=media_type, headers=cache)

    @router.get("/vendor/images/{name}")
    def leaflet_image(name: str) -> Response:
        if node_modules is None or name not in ("layers.png", "layers-2x.png", "marker-icon.png"):
            raise ApiError(404, "not_found", f"no image {name[:100]!r}", "open /")
        return FileResponse(node_modules / "leaflet/dist/images" / name, media_type="image/png")

    return router
