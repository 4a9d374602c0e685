"""Alerts: watch sources, store and merge what is new, tell people about what matters.

    config = load_config("watch.toml")
    watch = Watch(config, open_store("events.db"), lambda: Pipeline.load(Settings()))
    summary = watch.cycle()

`config` reads and checks the TOML file, `poll` fetches sources politely, `rules` decides
what matches and what changed, `notify` delivers (log, webhook, email), `state` remembers
what was sent in the database, and `watch` runs a cycle. Nothing loads at import.
"""

from __future__ import annotations

from eventwire.alert.config import WatchConfig, load_config, parse_config
from eventwire.alert.notify import Alert, DeliveryError, sign
from eventwire.alert.watch import CycleSummary, Watch

__all__ = [
    "Alert",
    "CycleSummary",
    "DeliveryError",
    "Watch",
    "WatchConfig",
    "load_config",
    "parse_config",
    "sign",
]
