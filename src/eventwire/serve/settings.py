"""Settings of the API server: ``EVENTWIRE_API_*`` environment variables, or arguments.

Kept apart from `eventwire.settings.Settings` because only ``serve`` reads them, and the
token in particular should never be part of a pipeline's settings value.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApiSettings(BaseSettings):
    """``EVENTWIRE_API_TOKEN``, ``EVENTWIRE_API_CORS_ORIGINS`` and the limits below."""

    model_config = SettingsConfigDict(env_prefix="EVENTWIRE_API_", frozen=True, extra="ignore")

    token: SecretStr | None = Field(
        default=None,
        description="Bearer token that POST /ingest requires; unset means writes are refused.",
    )
    cors_origins: str = Field(
        default="",
        description="Comma-separated origins allowed to call the API from a browser; empty "
        "(the default) sends no CORS headers, so other sites cannot read responses.",
    )
    max_body_bytes: int = Field(
        default=5_000_000, description="Largest accepted request body (413 above it)."
    )
    max_limit: int = Field(default=1000, description="Largest page of GET /events (JSON).")
    max_geojson_limit: int = Field(
        default=250_000, description="Largest page of GET /events?format=geojson."
    )
    cache_mb: int = Field(
        default=64,
        ge=0,
        description="Memory for repeated GET answers, kept until the database changes "
        "(eventwire.serve.cache); 0 turns the cache off.",
    )
    max_ingest_documents: int = Field(default=100, description="Documents per POST /ingest.")
    max_ingest_urls: int = Field(default=20, description="URLs per POST /ingest.")
    node_modules: Path | None = Field(
        default=None,
        description="Where `npm ci` put the dashboard's libraries; default: the first "
        "node_modules found above the installed package, then in the current directory.",
    )

    def allowed_origins(self) -> list[str]:
        """The CORS allow-list as a list (empty: CORS stays closed)."""
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]
