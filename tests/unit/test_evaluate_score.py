"""Scoring: detection per text, fields per gold event, alignment of several events, and the
documented tolerances (date ranges, 25 km, 20%, admin1 spellings, actor aliases)."""

from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

import eventwire.cli.main  # noqa: F401 - registers the commands
from eventwire.cli.app import app
from eventwire.evaluate.gold import GoldCount, GoldEvent, GoldText, names_match
from eventwire.evaluate.names import expand
from eventwire.evaluate.render import errors_text, report_json
from eventwire.evaluate.score import Report, admin1_key, align
from eventwire.models import Acled, Actor, Casualties, Claim, Count, Event, EventDate, Location

DAY = dt.date(2016, 5, 11)


def _event(
    event_type: str = "Explosions/Remote violence",
    *,
    day: dt.date | None = DAY,
    lat: float | None = 33.31,
    lon: float | None = 44.36,
    killed: int | None = 12,
    actors: tuple[Actor, ...] = (),
    claim: str = "unknown",
) -> Event:
    return Event(
        id="evt",
        article_ids=["a"],
        acled=Acled(event_type=event_type, sub_event_type="Remote explosive/landmine/IED"),
        date=EventDate(start=day, end=day),
        location=Location(
            name="Baghdad", country="Iraq", country_iso3="IRQ", admin1="Baghdad", lat=lat, lon=lon
        ),
        casualties=Casualties(killed=Count(best=killed), reported=killed is not None),
        actors=list(actors),
        claim=Claim(status=claim),  # type: ignore[arg-type]
    )


GOLD = GoldEvent(
    event_types=frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    date_range=(DAY, DAY + dt.timedelta(days=1)),
    lat=33.34,
    lon=44.40,
    country="IRQ",
    admin1="Baghdad province",
    killed=GoldCount(14, 12, 16),
    perpetrators=(expand("IS"),),
    targets=(expand("Civilians"),),
    claimed=True,
)


def _text(*events: GoldEvent, relevant: bool | None = True) -> GoldText:
    return GoldText(id="t", text="A car bomb ...", published=None, events=events, relevant=relevant)


def test_a_right_prediction_scores_every_defined_field() -> None:
    report = Report()
    perpetrator = Actor(name="Islamic State militants", role="perpetrator")
    victims = Actor(name="shoppers", role="victim", kind="civilians", text="civilians")
    report.add(_text(GOLD), [_event(actors=(perpetrator, victims), claim="claimed")])
    fields = report_json(report)["fields"]
    for name in ("event_type", "date_exact", "location_25km", "country", "admin1"):
        assert fields[name]["accuracy"] == 1.0, name
    assert fields["killed_exact"]["accuracy"] == 0.0  # best is 14
    assert fields["killed_20pct"]["accuracy"] == 1.0  # inside low..high
    assert fields["perpetrator"]["accuracy"] == 1.0
    assert fields["target"]["accuracy"] == 1.0
    assert fields["claim"]["accuracy"] == 1.0
    assert fields["injured_exact"]["n"] == 0  # not defined by the gold: not counted
    assert (report.precision, report.recall) == (1.0, 1.0)


def test_a_missed_event_counts_wrong_for_each_field_but_not_when_matched() -> None:
    report = Report()
    report.add(_text(GOLD), [])
    score = report.fields["date_exact"]
    assert (score.correct, score.n, score.matched_n) == (0, 1, 0)
    assert report.recall == 0.0
    assert "0 wrong where an event was found, 1 not found" in errors_text(report, 3)


def test_detection_counts_texts_and_skips_undecided_ones() -> None:
    report = Report()
    report.add(_text(relevant=False), [_event()])  # false positive
    report.add(_text(relevant=None), [_event()])  # neither
    report.add(_text(GOLD), [_event()])
    assert (report.true_positive, report.false_positive, report.false_negative) == (1, 1, 0)
    assert report.precision == 0.5


def test_far_place_wrong_day_and_no_count_are_wrong() -> None:
    report = Report()
    report.add(_text(GOLD), [_event(day=DAY - dt.timedelta(days=2), lat=36.3, killed=None)])
    fields = report_json(report)["fields"]
    assert fields["date_exact"]["accuracy"] == 0.0
    assert fields["location_25km"]["accuracy"] == 0.0
    assert fields["killed_20pct"]["accuracy"] == 0.0
    assert fields["claim"]["accuracy"] == 0.0


def test_alignment_pairs_each_gold_event_with_the_prediction_that_fits_it() -> None:
    kidnapping = GoldEvent(
        event_types=frozenset({"Violence against civilians"}), date_range=(DAY, DAY)
    )
    bombing = GoldEvent(event_types=frozenset({"Explosions/Remote violence"}))
    predicted = [_event(), _event("Violence against civilians")]
    assert align((kidnapping, bombing), predicted) == [predicted[1], predicted[0]]
    # more gold than predicted: the leftover reuses its best fit
    assert align((kidnapping, bombing), predicted[:1]) == [predicted[0], predicted[0]]
    assert align((kidnapping,), []) == [None]


def test_names_match_aliases_and_ignores_generic_words() -> None:
    assert names_match(expand("Government of Iraq"), ["Iraqi security forces"])
    assert names_match(expand("IS"), ["Daesh fighters"])
    assert names_match(("SHINING PATH COLUMN",), ["Shining Path"])
    assert not names_match(("SHINING PATH COLUMN",), ["forces"])
    assert not names_match(expand("PKK"), ["Iraqi army"])


def test_admin1_spellings_fold_to_one_key() -> None:
    assert admin1_key("Şalāḩ ad Dīn province") == admin1_key("Salah ad-Din Governorate")
    assert admin1_key("Al Anbār province") == admin1_key("Anbar")
    assert admin1_key("Nīnawá province") == admin1_key("Ninawa")


def test_cli_bad_gold_path_exits_2_with_the_fix() -> None:
    result = CliRunner().invoke(app, ["eval", "absent.csv", "--format", "ucdp"])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output
