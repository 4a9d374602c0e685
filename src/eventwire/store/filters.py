"""`EventFilter` to SQL: the WHERE clause shared by events, stats and exports.

Radius queries use PostGIS ``ST_DWithin`` when the database has the ``geog`` column;
otherwise a latitude/longitude bounding box that the ``(lat, lon, date_start)`` index
answers, followed by an exact great-circle check in Python (`within_radius`).
"""

from __future__ import annotations

import functools
import math

import sqlalchemy as sa

from eventwire.errors import ConfigurationError
from eventwire.store.protocol import EventFilter
from eventwire.store.schema import articles, event_actors, event_articles, events

EARTH_RADIUS_KM = 6371.0088


def date_and_type_conditions(
    table: sa.FromClause, query: EventFilter
) -> list[sa.ColumnElement[bool]]:
    """``query``'s date range and event type on any table with ``date_start``,
    ``event_type`` and ``sub_event_type`` columns (article events, fused merged events)."""
    conditions: list[sa.ColumnElement[bool]] = []
    if query.since is not None:
        conditions.append(table.c.date_start >= query.since)
    if query.until is not None:
        conditions.append(table.c.date_start <= query.until)
    if query.event_type:
        wanted = query.event_type.strip().lower()
        conditions.append(
            sa.or_(
                sa.func.lower(table.c.event_type) == wanted,
                sa.func.lower(table.c.sub_event_type) == wanted,
            )
        )
    return conditions


def where_clause(query: EventFilter, *, postgis: bool) -> sa.ColumnElement[bool]:
    """All of ``query``'s conditions, ANDed (``true()`` when there are none)."""
    conditions: list[sa.ColumnElement[bool]] = []
    if not query.include_background:
        conditions.append(events.c.background.is_(False))
    conditions += date_and_type_conditions(events, query)
    if query.country:
        conditions.append(_country_condition(query.country))
    if query.min_killed is not None:
        conditions.append(events.c.killed_best >= query.min_killed)
    if query.actor:
        conditions.append(
            sa.exists()
            .where(
                event_actors.c.event_id == events.c.id,
                event_actors.c.name.ilike(f"%{_escape_like(query.actor)}%", escape="\\"),
            )
            .correlate(events)  # also inside stats' query over event_actors itself
        )
    if query.text:
        pattern = f"%{_escape_like(query.text)}%"
        conditions.append(
            sa.or_(
                events.c.summary.ilike(pattern, escape="\\"),
                sa.exists().where(
                    event_articles.c.event_id == events.c.id,
                    articles.c.id == event_articles.c.article_id,
                    articles.c.text.ilike(pattern, escape="\\"),
                ),
            )
        )
    if query.near is not None:
        conditions.append(_near_condition(query, postgis=postgis))
    return sa.and_(sa.true(), *conditions)


def _near_condition(query: EventFilter, *, postgis: bool) -> sa.ColumnElement[bool]:
    if query.near is None or query.radius_km is None or query.radius_km <= 0:
        raise ConfigurationError("--near needs --radius-km with a positive number of km")
    lat, lon = query.near
    if postgis:
        point = sa.text(f"ST_SetSRID(ST_MakePoint({lon:.7f}, {lat:.7f}), 4326)::geography")
        return sa.func.ST_DWithin(sa.column("geog"), point, query.radius_km * 1000.0)
    return bounding_box(lat, lon, query.radius_km)


def bounding_box(lat: float, lon: float, radius_km: float) -> sa.ColumnElement[bool]:
    """Rows whose coordinates may lie within ``radius_km`` of (lat, lon): a superset."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    conditions: list[sa.ColumnElement[bool]] = [events.c.lat.between(lat - dlat, lat + dlat)]
    cos_lat = math.cos(math.radians(min(89.9, abs(lat) + dlat)))
    if abs(lat) + dlat < 89.9 and cos_lat > 0:
        dlon = dlat / cos_lat
        if dlon < 180:
            low, high = lon - dlon, lon + dlon
            if low < -180:
                conditions.append(sa.or_(events.c.lon >= low + 360, events.c.lon <= high))
            elif high > 180:
                conditions.append(sa.or_(events.c.lon >= low, events.c.lon <= high - 360))
            else:
                conditions.append(events.c.lon.between(low, high))
    return sa.and_(*conditions)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def within_radius(query: EventFilter, lat: float | None, lon: float | None) -> bool:
    """The exact check after the bounding box (always true without ``near``)."""
    if query.near is None or query.radius_km is None:
        return True
    if lat is None or lon is None:
        return False
    return haversine_km(query.near[0], query.near[1], lat, lon) <= query.radius_km


@functools.lru_cache(maxsize=4096)
def country_iso3(value: str) -> str | None:
    """ISO3 code of a country given by ISO3/ISO2 code or name; None when unknown.

    Remembered: every country-filtered API page asks, and a name lookup reads pycountry's
    tables."""
    import pycountry

    text = value.strip()
    if len(text) == 3 and text.isalpha():
        return text.upper()
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        return None
    return str(country.alpha_3)


def country_branches(
    value: str, iso3_column: sa.ColumnElement[str], name_column: sa.ColumnElement[str]
) -> list[sa.ColumnElement[bool]]:
    """Disjoint conditions whose union is "in the country ``value``" (a name or code).

    The name is resolved to its ISO3 code once, here: a row with a stored code matches by
    that code alone (an indexed equality that walks ``(country_iso3, date_start, id)``);
    only a row without a code (NULL or empty) is compared by the name asked, as before
    (NULL: the small partial index of migration 7; empty: the code index); those rows are
    few, so the second condition's rows are sorted rather than walked in order.
    ``code = X OR lower(name) = x`` could use no index and made a country page walk every
    event of its date range. A name with no known code is compared by name only.
    """
    iso3 = country_iso3(value)
    if not iso3:
        return [sa.func.lower(name_column) == value.strip().lower()]
    by_name = sa.func.lower(name_column) == value.strip().lower()
    # no code: NULL, or empty where the gazetteer knew no country for a place's code
    no_code = sa.or_(iso3_column.is_(None), iso3_column == "")
    return [iso3_column == iso3, sa.and_(no_code, by_name)]


def _country_condition(value: str) -> sa.ColumnElement[bool]:
    return sa.or_(*country_branches(value, events.c.country_iso3, events.c.country))


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
