"""Read hand-coded CSV exports: UCDP GED, ACLED and GTD, one gold event per row.

UCDP GED (``source_headline`` + ``source_date`` as the text; an HXL tag row such as
``#date+year`` is skipped, and so are rows without a headline that reports anything: about
a fifth of the Iraq "headlines" are source catalogue entries, "Programme summary of Gali
Kurdistan Satellite TV news 0800 gmt 22 Feb 14" or "September 5th, 2015: Anah, Anbar
province, Iraq", which no reader could code an event from; `catalogue_entry` drops them):

- published: the first ``source_date`` (several sources are joined by ";", as are their
  headlines, which become separate paragraphs of the text).
- date: ``date_start`` .. ``date_end`` (a prediction inside the range counts as exact: UCDP
  codes a range exactly when the day is uncertain).
- place by ``where_prec``: 1-2 (the place itself, or within 25 km) define coordinates;
  1-4 (up to admin1) define ``adm_1``; every row defines the country.
- killed: ``best`` is compared exactly, ``low``..``high`` also counts as within 20%.
  UCDP counts every death of the event, the attackers' included, and often sums a day of
  violence ("attacks kill 21"), which is what a report's headline count also gives.
- actors by ``type_of_violence``: 3 (one-sided) makes ``side_a`` the perpetrator and
  ``side_b`` (civilians) the target; 1 and 2 (two armed sides) accept either side for
  either role. Names are expanded by `eventwire.evaluate.names` ("Government of Iraq" ->
  Iraqi forces, soldiers, police ...).
- event type: 1 and 2 -> Battles or Explosions/Remote violence; 3 -> Violence against
  civilians or Explosions/Remote violence. UCDP has no sub-types, GTD types or claims.

ACLED export (``notes`` as the text): ``event_type``, ``sub_event_type``, ``event_date``,
``latitude``/``longitude`` (defined when ``geo_precision`` is 1 or 2), ``country``,
``admin1``, ``fatalities`` -> killed; ``actor1`` (+ ``assoc_actor_1``) -> perpetrator,
``actor2`` (+ ``assoc_actor_2``) -> target: ACLED names the initiating side first.

GTD export (``summary`` as the text, without its leading "MM/DD/YYYY:" stamp, which is
the coders' date rather than report text; rows with an empty summary are skipped):
``attacktype1_txt`` (2 and 3 also accepted), ``weaptype1_txt``, ``targtype1_txt``,
``iyear``/``imonth``/``iday`` (day 0 defines no date), ``country_txt``, ``provstate``,
``latitude``/``longitude`` (``specificity`` 1-2), ``nkill``, ``nwound``, ``gname`` ->
perpetrator (not "Unknown"), ``target1`` -> target, ``claimed`` 1/0 -> claimed or not
(-9 undefined). GTD's nkill includes perpetrators killed, like UCDP.

Neither ACLED nor GTD exports carry a publication date. By default none is given, so
relative dates in notes stay unresolved; ``published_from_data`` uses the event date as a
stand-in, which flatters the date figure (a note's "on Friday" then resolves near the
truth by construction) and is for checking everything else.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldCount, GoldEvent, GoldText, Names
from eventwire.evaluate.names import expand

Row = dict[str, str]

UCDP_COLUMNS = ("source_headline", "source_date", "date_start", "date_end", "type_of_violence")
ACLED_COLUMNS = ("notes", "event_date", "event_type", "sub_event_type")
GTD_COLUMNS = ("summary", "iyear", "imonth", "iday", "attacktype1_txt")


def read_rows(path: Path, required: tuple[str, ...], what: str) -> Iterator[tuple[int, Row]]:
    """Rows of a CSV export with its line numbers; InputError names a missing column."""
    if not path.is_file():
        raise InputError(f"{path}: no such file: give the path of a {what} CSV export")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(
            f"{path}: not a {what} CSV export: columns {', '.join(missing)} are missing "
            f"(found: {', '.join((reader.fieldnames or [])[:8]) or 'none'}); check --format"
        )
    for number, row in enumerate(reader, start=2):
        values = {k: v.strip() for k, v in row.items() if k and isinstance(v, str)}
        if any(v.startswith("#") for v in values.values()):
            continue  # HXL tag row
        yield number, values


def _date(value: str, path: Path, line: int) -> dt.date:
    for form in ("%Y-%m-%d", "%d %B %Y", "%d-%b-%y", "%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(value.strip(), form).date()
        except ValueError:
            continue
    raise InputError(f"{path}, line {line}: date {value!r} is not YYYY-MM-DD or DD Month YYYY")


def _int(value: str) -> int | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number >= 0 else None


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _actors(*names: str) -> tuple[Names, ...] | None:
    parts = [p.strip() for name in names for p in name.split(";") if p.strip()]
    return tuple(expand(p) for p in parts) or None


_CATALOGUE = re.compile(
    r"programme summary of|^(?:UPDATE \d+-)?(?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2} [A-Z][a-z]+ \d{4}):",
    re.IGNORECASE,
)


def catalogue_entry(headline: str) -> bool:
    """True for a source catalogue line standing where UCDP keeps a headline."""
    return _CATALOGUE.search(headline) is not None


def read_ucdp(path: Path) -> Iterator[GoldText]:
    for line, row in read_rows(path, UCDP_COLUMNS, "UCDP GED"):
        headlines = [
            h.strip()
            for h in row["source_headline"].split(";")
            if h.strip() and not catalogue_entry(h)
        ]
        if not headlines:
            continue
        sources = sorted(d.strip() for d in row["source_date"].split(";") if d.strip())
        precision = _int(row.get("where_prec", "")) or 7
        violence = row["type_of_violence"]
        sides = (row.get("side_a", ""), row.get("side_b", ""))
        types = {"Battles", "Explosions/Remote violence"}
        if violence == "3":
            types = {"Violence against civilians", "Explosions/Remote violence"}
        best, low, high = (_int(row.get(k, "")) for k in ("best", "low", "high"))
        event = GoldEvent(
            event_types=frozenset(types),
            date_range=(
                _date(row["date_start"], path, line),
                _date(row["date_end"], path, line),
            ),
            lat=_float(row.get("latitude", "")) if precision <= 2 else None,
            lon=_float(row.get("longitude", "")) if precision <= 2 else None,
            country=row.get("country") or None,
            admin1=(row.get("adm_1") or None) if precision <= 4 else None,
            killed=GoldCount(best, low, high) if best is not None else None,
            perpetrators=_actors(sides[0]) if violence == "3" else _actors(*sides),
            targets=_actors(sides[1]) if violence == "3" else _actors(*sides),
            label=f"UCDP {row.get('id', line)}",
        )
        published = _date(sources[0], path, line).isoformat() if sources else None
        yield GoldText(
            id=f"ucdp-{row.get('id') or line}",
            text="\n\n".join(headlines),
            published=published,
            events=(event,),
        )


def read_acled(path: Path, *, published_from_data: bool = False) -> Iterator[GoldText]:
    for line, row in read_rows(path, ACLED_COLUMNS, "ACLED"):
        if not row["notes"]:
            continue
        day = _date(row["event_date"], path, line)
        precise = row.get("geo_precision", "") in {"1", "2"}
        killed = _int(row.get("fatalities", ""))
        event = GoldEvent(
            event_types=frozenset({row["event_type"]}),
            sub_event_types=frozenset({row["sub_event_type"]}),
            date_range=(day, day),
            lat=_float(row.get("latitude", "")) if precise else None,
            lon=_float(row.get("longitude", "")) if precise else None,
            country=row.get("country") or None,
            admin1=row.get("admin1") or None,
            killed=GoldCount(killed) if killed is not None else None,
            perpetrators=_actors(row.get("actor1", ""), row.get("assoc_actor_1", "")),
            targets=_actors(row.get("actor2", ""), row.get("assoc_actor_2", "")),
            label=f"ACLED {row.get('event_id_cnty', line)}",
        )
        yield GoldText(
            id=row.get("event_id_cnty") or f"acled-{line}",
            text=row["notes"],
            published=day.isoformat() if published_from_data else None,
            events=(event,),
        )


def read_gtd(path: Path, *, published_from_data: bool = False) -> Iterator[GoldText]:
    for line, row in read_rows(path, GTD_COLUMNS, "GTD"):
        if not row["summary"]:
            continue
        year, month, day = (_int(row[k]) or 0 for k in ("iyear", "imonth", "iday"))
        try:
            date = dt.date(year, month, day) if day else None
        except ValueError:
            date = None
        attacks = {row.get(f"attacktype{i}_txt", "") for i in (1, 2, 3)} - {"", "Unknown"}
        claimed = {"1": True, "0": False}.get(row.get("claimed", ""))
        group = row.get("gname", "")
        precise = row.get("specificity", "") in {"1", "2"}
        event = GoldEvent(
            gtd_attack_types=frozenset(attacks) or None,
            gtd_weapon_types=_known(row.get("weaptype1_txt", "")),
            gtd_target_types=_known(row.get("targtype1_txt", "")),
            date_range=(date, date) if date else None,
            lat=_float(row.get("latitude", "")) if precise else None,
            lon=_float(row.get("longitude", "")) if precise else None,
            country=row.get("country_txt") or None,
            admin1=row.get("provstate") or None,
            killed=_count(row.get("nkill", "")),
            injured=_count(row.get("nwound", "")),
            perpetrators=_actors(group) if group and group != "Unknown" else None,
            targets=_actors(row.get("target1", "")),
            claimed=claimed,
            label=f"GTD {row.get('eventid', line)}",
        )
        published = date.isoformat() if published_from_data and date else None
        yield GoldText(
            id=row.get("eventid") or f"gtd-{line}",
            text=re.sub(r"^\d{1,2}/\d{1,2}/\d{4}:\s*", "", row["summary"]) or row["summary"],
            published=published,
            events=(event,),
        )


def _known(value: str) -> frozenset[str] | None:
    return frozenset({value}) if value and value != "Unknown" else None


def _count(value: str) -> GoldCount | None:
    number = _int(value)
    return GoldCount(number) if number is not None else None
