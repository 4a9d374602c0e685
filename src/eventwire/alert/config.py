"""The watch configuration (one TOML file): sources to poll, alert rules, notifiers.

Everything is checked when the file is read, before any network request, and every
problem is a `ConfigurationError` naming the table and key and saying what to write
instead: a watch that starts must not fail an hour later on a typo in a rule.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from eventwire.errors import ConfigurationError

NotifierKind = Literal["log", "webhook", "email"]


@dataclass(frozen=True)
class Source:
    """A feed or page polled every ``interval`` seconds."""

    url: str
    interval: float = 300.0
    kind: Literal["feed", "page"] = "feed"


@dataclass(frozen=True)
class Area:
    """Where a rule applies: any one of a circle, a box, countries or admin1 regions."""

    point: tuple[float, float] | None = None
    """(lat, lon) of the centre; needs ``radius_km``."""
    radius_km: float | None = None
    bbox: tuple[float, float, float, float] | None = None
    """(min_lat, min_lon, max_lat, max_lon)."""
    countries: tuple[str, ...] = ()
    """ISO3 codes or country names, compared case-insensitively."""
    admin1: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """What is worth an alert, and whom to tell."""

    name: str
    notifiers: tuple[str, ...]
    area: Area = field(default_factory=Area)
    event_types: tuple[str, ...] = ()
    """ACLED event types or sub-event types (case-insensitive); empty = any."""
    actors: tuple[str, ...] = ()
    """Substrings of actor names (case-insensitive); empty = any."""
    min_killed: int | None = None
    min_injured: int | None = None
    keywords: tuple[str, ...] = ()
    """Words of which at least one must be in the summary or place (case-insensitive)."""


@dataclass(frozen=True)
class Notifier:
    """Where alerts go. Only the keys of its ``kind`` are used."""

    name: str
    kind: NotifierKind
    url: str | None = None
    secret: str | None = None
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    host: str | None = None
    port: int = 25
    sender: str | None = None
    to: tuple[str, ...] = ()
    tls: bool = False
    username: str | None = None
    password: str | None = None


@dataclass(frozen=True)
class WatchConfig:
    """The whole file."""

    sources: tuple[Source, ...]
    rules: tuple[Rule, ...]
    notifiers: dict[str, Notifier]
    dashboard_url: str = "http://127.0.0.1:8000"
    politeness: float = 1.0
    """Seconds between two requests to one host."""
    max_backoff: float = 3600.0


def load_config(path: str | Path) -> WatchConfig:
    """Read and check the TOML file at ``path``."""
    where = Path(path)
    try:
        data = tomllib.loads(where.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(f"cannot read watch config {where}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{where} is not valid TOML: {exc}") from None
    return parse_config(data, str(where))


def parse_config(data: dict[str, Any], origin: str = "config") -> WatchConfig:
    """Check an already-parsed TOML document (see `load_config`)."""
    watch = _table(data.get("watch", {}), f"{origin} [watch]")
    notifiers = {
        name: _notifier(name, _table(raw, f"[notifiers.{name}]"))
        for name, raw in _table(data.get("notifiers", {}), "[notifiers]").items()
    }
    if not notifiers:
        raise ConfigurationError(
            f'{origin}: no notifiers; add one, e.g. [notifiers.console] kind = "log"'
        )
    sources = tuple(
        _source(i, _table(raw, f"[[sources]] #{i}"))
        for i, raw in enumerate(_list(data.get("sources", []), "sources"), 1)
    )
    rules_raw = _table(data.get("rules", {}), "[rules]")
    if not rules_raw:
        raise ConfigurationError(
            f"{origin}: no rules; add one, e.g. [rules.erbil] with area and notifiers"
        )
    rules = tuple(
        _rule(name, _table(raw, f"[rules.{name}]"), notifiers) for name, raw in rules_raw.items()
    )
    return WatchConfig(
        sources=sources,
        rules=rules,
        notifiers=notifiers,
        dashboard_url=str(watch.get("dashboard_url", "http://127.0.0.1:8000")).rstrip("/"),
        politeness=_number(watch.get("politeness_seconds", 1.0), "[watch] politeness_seconds"),
        max_backoff=_number(watch.get("max_backoff_seconds", 3600.0), "[watch] max_backoff"),
    )


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigurationError(f"{where} must be a table (key = value lines)")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ConfigurationError(f'{where} must be a list, e.g. {where} = ["a", "b"]')
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    items = _list(value, where)
    if not all(isinstance(item, str) for item in items):
        raise ConfigurationError(f"{where} must be a list of strings")
    return tuple(items)


def _number(value: Any, where: str, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{where} must be a number, not {value!r}")
    if value < 0 or (positive and value == 0):
        raise ConfigurationError(f"{where} must be greater than 0, not {value!r}")
    return float(value)


def _url(value: Any, where: str) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https"):
        raise ConfigurationError(f"{where} must be an http(s) URL, not {value!r}")
    return value


def _source(number: int, raw: dict[str, Any]) -> Source:
    where = f"[[sources]] #{number}"
    kind = raw.get("kind", "feed")
    if kind not in ("feed", "page"):
        raise ConfigurationError(f'{where} kind must be "feed" or "page", not {kind!r}')
    return Source(
        url=_url(raw.get("url"), f"{where} url"),
        interval=_number(
            raw.get("interval_seconds", 300), f"{where} interval_seconds", positive=True
        ),
        kind=kind,
    )


def _notifier(name: str, raw: dict[str, Any]) -> Notifier:
    where = f"[notifiers.{name}]"
    kind = raw.get("kind")
    if kind == "log":
        return Notifier(name=name, kind="log")
    if kind == "webhook":
        secret = raw.get("secret")
        if secret is not None and not isinstance(secret, str):
            raise ConfigurationError(f"{where} secret must be a string")
        return Notifier(
            name=name,
            kind="webhook",
            url=_url(raw.get("url"), f"{where} url"),
            secret=secret,
            timeout=_number(
                raw.get("timeout_seconds", 10), f"{where} timeout_seconds", positive=True
            ),
            retries=int(_number(raw.get("retries", 3), f"{where} retries")),
            backoff=_number(raw.get("backoff_seconds", 1.0), f"{where} backoff_seconds"),
        )
    if kind == "email":
        host, sender = raw.get("host"), raw.get("from")
        if not isinstance(host, str) or not isinstance(sender, str):
            raise ConfigurationError(
                f'{where} needs host = "smtp.example.org" and from = "alerts@example.org"'
            )
        to = _strings(raw.get("to", []), f"{where} to")
        if not to:
            raise ConfigurationError(f'{where} needs to = ["someone@example.org"]')
        return Notifier(
            name=name,
            kind="email",
            host=host,
            port=int(_number(raw.get("port", 25), f"{where} port", positive=True)),
            sender=sender,
            to=to,
            tls=bool(raw.get("tls", False)),
            username=raw.get("username"),
            password=raw.get("password"),
            timeout=_number(
                raw.get("timeout_seconds", 10), f"{where} timeout_seconds", positive=True
            ),
        )
    raise ConfigurationError(f'{where} kind must be "log", "webhook" or "email", not {kind!r}')


def _area(raw: dict[str, Any], where: str) -> Area:
    point = radius = bbox = None
    if "point" in raw or "radius_km" in raw:
        values = _list(raw.get("point"), f"{where} point")
        if len(values) != 2 or "radius_km" not in raw:
            raise ConfigurationError(
                f"{where} needs point = [lat, lon] and radius_km together, "
                "e.g. point = [36.19, 44.01] and radius_km = 50"
            )
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            raise ConfigurationError(f"{where} point must be two numbers [lat, lon]")
        point = (float(values[0]), float(values[1]))
        if abs(point[0]) > 90 or abs(point[1]) > 180:
            raise ConfigurationError(f"{where} point must be [lat, lon] in degrees, not {values}")
        radius = _number(raw["radius_km"], f"{where} radius_km", positive=True)
    if "bbox" in raw:
        box = _list(raw["bbox"], f"{where} bbox")
        if len(box) != 4 or box[0] > box[2] or box[1] > box[3]:
            raise ConfigurationError(
                f"{where} bbox must be [min_lat, min_lon, max_lat, max_lon], not {box}"
            )
        bbox = (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
    return Area(
        point=point,
        radius_km=radius,
        bbox=bbox,
        countries=_strings(raw.get("countries", []), f"{where} countries"),
        admin1=_strings(raw.get("admin1", []), f"{where} admin1"),
    )


def _rule(name: str, raw: dict[str, Any], notifiers: dict[str, Notifier]) -> Rule:
    where = f"[rules.{name}]"
    names = _strings(raw.get("notifiers", []), f"{where} notifiers")
    if not names:
        raise ConfigurationError(f'{where} needs notifiers = ["..."] (one of {sorted(notifiers)})')
    for item in names:
        if item not in notifiers:
            raise ConfigurationError(
                f"{where} names notifier {item!r}, which is not defined; "
                f"define [notifiers.{item}] or use one of {sorted(notifiers)}"
            )
    known = {"area", "notifiers", "event_types", "actors", "min_killed", "min_injured", "keywords"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigurationError(f"{where} has unknown keys {unknown}; known: {sorted(known)}")
    minimum = {
        key: int(_number(raw[key], f"{where} {key}")) if key in raw else None
        for key in ("min_killed", "min_injured")
    }
    return Rule(
        name=name,
        notifiers=names,
        area=_area(_table(raw.get("area", {}), f"{where} area"), f"{where} area"),
        event_types=_strings(raw.get("event_types", []), f"{where} event_types"),
        actors=_strings(raw.get("actors", []), f"{where} actors"),
        min_killed=minimum["min_killed"],
        min_injured=minimum["min_injured"],
        keywords=_strings(raw.get("keywords", []), f"{where} keywords"),
    )
