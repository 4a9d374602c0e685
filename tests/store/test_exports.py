"""Exports and the store commands (``events``, ``stats``, ``export``) through the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import eventwire.cli.main  # noqa: F401 - registers the commands on the app
from eventwire.cli.app import app
from eventwire.export.acled import ACLED_COLUMNS
from eventwire.export.gtd import GTD_COLUMNS
from eventwire.models import ArticleResult, Document
from eventwire.store import open_store
from eventwire.store.hashing import raw_hash

Results = list[tuple[Document, ArticleResult]]
runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path, sample: Results) -> str:
    path = str(tmp_path / "events.db")
    store = open_store(path)
    for document, result in sample:
        store.add(
            document, result, source=("file", "golden"), raw_hash=raw_hash(document),
            canonical_url=None,
        )  # fmt: skip
    store.close()
    return path


def _export(db: str, tmp_path: Path, export_format: str, *options: str) -> Path:
    out = tmp_path / f"out.{export_format}"
    result = runner.invoke(app, ["export", "--db", db, "--format", export_format, "-o", str(out),
                                 *options])  # fmt: skip
    assert result.exit_code == 0, result.output
    return out


def test_acled_csv_uses_acled_columns_and_spellings(db: str, tmp_path: Path) -> None:
    out = _export(db, tmp_path, "acled-csv")
    with out.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
        rows = {row["event_id_cnty"]: row for row in reader}
    fasher = rows["SDNsudan_battle"]
    assert fasher["event_date"] == "03 December 2023"
    assert fasher["year"] == "2023" and fasher["time_precision"] == "1"
    assert fasher["disorder_type"] == "Political violence"
    assert (fasher["actor1"], fasher["inter1"]) == ("Sudan's army", "1")
    assert (fasher["actor2"], fasher["inter2"], fasher["interaction"]) == (
        "Rapid Support Forces", "2", "12",
    )  # fmt: skip
    assert fasher["iso"] == "729" and fasher["region"] == "Northern Africa"
    assert fasher["geo_precision"] == "1" and fasher["latitude"] == "13.6279"
    assert fasher["fatalities"] == "12" and fasher["source"] == "a-sudan"
    nairobi = rows["KENnairobi_force"]
    assert nairobi["disorder_type"] == "Political violence; Demonstrations"
    assert nairobi["region"] == "Eastern Africa" and nairobi["interaction"] == "16"
    paris = rows["FRAparis_protest"]
    assert paris["fatalities"] == "0"  # unknown is 0, ACLED's convention
    assert paris["disorder_type"] == "Demonstrations" and paris["interaction"] == "60"
    assert rows["IRQiraq_abduct"]["civilian_targeting"] == "Civilian targeting"
    assert rows["XXXundated"]["event_date"] == "" and rows["XXXundated"]["geo_precision"] == "3"
    assert len(rows) == 6  # background events are left out by default


def test_gtd_csv(db: str, tmp_path: Path) -> None:
    out = _export(db, tmp_path, "gtd-csv", "--include-background")
    with out.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == GTD_COLUMNS
        rows = {row["eventwire_id"]: row for row in reader}
    assert len(rows) == 7
    drone = rows["evt_iraq_drone"]
    assert (drone["iyear"], drone["imonth"], drone["iday"]) == ("2023", "12", "4")
    assert drone["eventid"] == "202312040001" and drone["claimed"] == "1"
    assert drone["attacktype1_txt"] == "Bombing/Explosion" and drone["targtype1_txt"] == "Military"
    assert drone["region_txt"] == "Middle East & North Africa" and drone["nkill"] == "0"
    assert rows["evt_iraq_abduct"]["nkill"] == ""  # unknown stays blank in GTD
    assert rows["evt_iraq_abduct"]["gname"] == "Unknown"
    undated = rows["evt_undated"]
    assert (undated["imonth"], undated["iday"], undated["specificity"]) == ("0", "0", "5")


def test_geojson_is_rfc7946(db: str, tmp_path: Path) -> None:
    out = _export(db, tmp_path, "geojson", "--country", "Kenya")
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.8167, -1.2833]}
    assert "evidence" not in feature["properties"]
    assert feature["properties"]["acled"]["sub_event_type"] == "Excessive force against protesters"


def test_jsonl_and_parquet_keep_the_records(db: str, tmp_path: Path, sample: Results) -> None:
    expected = {e.id: e.to_json_dict() for _, r in sample for e in r.events}
    lines = _export(db, tmp_path, "jsonl", "--include-background").read_text(encoding="utf-8")
    assert {json.loads(line)["id"]: json.loads(line) for line in lines.splitlines()} == expected
    table = pq.read_table(_export(db, tmp_path, "parquet", "--include-background"))
    assert table.num_rows == len(expected)
    records = {json.loads(r)["id"]: json.loads(r) for r in table.column("record").to_pylist()}
    assert records == expected


def test_events_command_formats_and_filters(db: str) -> None:
    table = runner.invoke(app, ["events", "--db", db, "--near", "33.34,44.40", "--radius-km",
                                "200"])  # fmt: skip
    assert table.exit_code == 0 and "Abduction/forced" in table.output
    as_csv = runner.invoke(app, ["events", "--db", db, "--format", "csv", "--country", "IRQ"])
    rows = list(csv.DictReader(as_csv.output.splitlines()))
    assert {r["country_iso3"] for r in rows} == {"IRQ"} and len(rows) == 2
    as_json = runner.invoke(app, ["events", "--db", db, "--format", "json", "--min-killed", "10"])
    assert [e["id"] for e in json.loads(as_json.output)] == ["evt_sudan_battle"]
    lines = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--actor", "farmers"])
    assert [json.loads(line)["id"] for line in lines.output.splitlines()] == ["evt_paris_protest"]


def test_stats_command(db: str) -> None:
    result = runner.invoke(app, ["stats", "--db", db, "--json"])
    assert result.exit_code == 0
    stats = json.loads(result.output)
    assert stats["events"] == 6 and stats["by_type"]["Battles"] == 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["events", "--since", "yesterday"], "use YYYY-MM-DD"),
        (["events", "--near", "33,44"], "radius"),
        (["events", "--format", "xml"], "use table, json, jsonl or csv"),
        (["export", "--format", "xlsx", "-o", "x.xlsx"], "use one of acled-csv"),
        (["events", "--near", "Qqqxzzy", "--radius-km", "5"], "give LAT,LON"),
    ],
)
def test_bad_options_are_one_line_errors(db: str, arguments: list[str], message: str) -> None:
    result = runner.invoke(app, [*arguments, "--db", db])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
