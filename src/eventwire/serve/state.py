"""What the endpoints share: the open store, the settings and the (lazily loaded) pipeline.

One value built by `create_app` and closed over by the routers, instead of module globals,
so two apps (two tests, two databases) in one process never see each other's store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.query import EventDatabase
from eventwire.serve.settings import ApiSettings
from eventwire.store import SqlStore

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline


@dataclass
class ServerState:
    """The store and pipeline behind one app."""

    store: SqlStore
    settings: ApiSettings
    load_pipeline: Callable[[], Pipeline]
    database: EventDatabase = field(init=False)
    _pipeline: Pipeline | None = field(default=None, init=False)
    _load_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _run_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self.database = EventDatabase(self.store)

    def pipeline(self) -> Pipeline:
        """The pipeline, loaded on first use (spaCy takes seconds; reads never need it)."""
        with self._load_lock:
            if self._pipeline is None:
                self._pipeline = self.load_pipeline()
            return self._pipeline

    @property
    def pipeline_lock(self) -> threading.Lock:
        """Held while the pipeline runs: spaCy objects are not shared across threads."""
        return self._run_lock

    @property
    def pipeline_loaded(self) -> bool:
        return self._pipeline is not None
