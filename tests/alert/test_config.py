"""The watch config: the README example is valid, and bad configs say how to fix them;
rule evaluation on areas; source backoff against a real failing server."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from alert.services import FeedState, feed_server
from eventwire.alert import parse_config
from eventwire.alert.config import Area, Source, load_config
from eventwire.alert.poll import Poller
from eventwire.alert.rules import describe_changes, distance_km, in_area
from eventwire.errors import ConfigurationError
from eventwire.ingest.url import FetchSettings
from eventwire.models import Acled, Event, Location

README = Path(__file__).resolve().parents[2] / "README.md"
ERBIL = (36.191, 44.009)


def readme_config() -> str:
    section = README.read_text(encoding="utf-8").split("## Alerts", 1)[1]
    found = re.search(r"```toml\n(.*?)```", section, re.S)
    assert found is not None
    return found.group(1)


def test_readme_example_is_a_valid_config(tmp_path: Path) -> None:
    path = tmp_path / "erbil.toml"
    path.write_text(readme_config(), encoding="utf-8")
    config = load_config(path)
    assert [r.name for r in config.rules] == ["erbil-attacks", "kurdistan-mass-casualty"]
    erbil = config.rules[0]
    assert erbil.area.point == ERBIL and erbil.area.radius_km == 50
    assert config.notifiers["security-email"].tls is True
    assert config.sources[2].kind == "page" and config.politeness == 2


def _broken(edit: str, replacement: str) -> dict[str, Any]:
    text = readme_config()
    assert edit in text
    return tomllib.loads(text.replace(edit, replacement))


@pytest.mark.parametrize(
    ("edit", "replacement", "message"),
    [
        ('"security-email", "console"]', '"pager"]', "define [notifiers.pager]"),
        (", radius_km = 50 }", " }", "point = [lat, lon] and radius_km together"),
        ('kind = "log"', 'kind = "sms"', 'kind must be "log", "webhook" or "email"'),
        ("interval_seconds = 300\n", "interval_seconds = 0\n", "must be greater than 0"),
        ('url = "https://hooks.example.org/eventwire"', 'url = "hooks"', "http(s) URL"),
        ("min_killed = 5", "min_kiled = 5", "unknown keys ['min_kiled']"),
        ('to = ["security-desk@example.org", "country-director@example.org"]', "", "needs to"),
    ],
)
def test_bad_configs_name_the_fix(edit: str, replacement: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        parse_config(_broken(edit, replacement))


def test_unreadable_config(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read watch config"):
        load_config(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[rules\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="not valid TOML"):
        load_config(bad)


def _event(lat: float | None, lon: float | None, **where: Any) -> Event:
    return Event(
        id="e",
        article_ids=["a"],
        acled=Acled(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
        location=Location(lat=lat, lon=lon, **where),
    )


def test_areas() -> None:
    circle = Area(point=ERBIL, radius_km=50)
    assert 300 < distance_km(ERBIL, (33.315, 44.366)) < 340  # Erbil - Baghdad
    assert in_area(_event(36.41, 43.98), circle)  # 25 km north
    assert not in_area(_event(35.56, 45.44), circle)  # Sulaymaniyah
    assert not in_area(_event(None, None, country_iso3="IRQ"), circle)
    box = Area(bbox=(35.0, 43.0, 37.5, 46.0))
    assert in_area(_event(36.19, 44.0), box) and not in_area(_event(33.3, 44.4), box)
    countries = Area(countries=("iraq",), admin1=("Erbil",))
    assert in_area(_event(None, None, country="Iraq", admin1="Erbil"), countries)
    assert not in_area(_event(None, None, country="Iraq", admin1="Basra"), countries)


def test_failing_source_backs_off() -> None:
    now = [1000.0]
    slept: list[float] = []
    state = FeedState()
    with feed_server(state) as url:
        source = Source(url="http://127.0.0.1:1/feed.rss", interval=60)  # nothing listens
        poller = Poller(
            (source, Source(url=url, interval=60)),
            politeness=5,
            settings=FetchSettings(allow_private=True, timeout=2),
            clock=lambda: now[0],
            sleep=slept.append,
        )
        first = list(poller.poll_due())
        assert first[0].error and "cannot fetch" in first[0].error
        assert first[1].error is None and state.requests == 1
        assert slept == [5]  # same host (127.0.0.1) twice in a row: the politeness delay
        assert poller.states[source.url].next_due == 1000 + 120
        assert poller.next_due() == 60  # the working source is due again first
        now[0] += 120
        assert len(list(poller.poll_due())) == 2
        assert poller.states[source.url].next_due == 1120 + 240  # doubled per failure
        assert poller.states[url].failures == 0


def test_changes_in_words() -> None:
    before = {"killed": 2, "injured": 3, "claim": ["unclaimed", None], "place": "Erbil"}
    after = {
        "killed": 5,
        "injured": 1,
        "claim": ["claimed", "Islamic Resistance"],
        "place": "Erbil",
    }
    assert describe_changes(before, after) == [
        "claim is now claimed by Islamic Resistance",
        "injured corrected down from 3 to 1",
        "killed rose from 2 to 5",
    ]
    assert describe_changes({"killed": None}, {"killed": 4}) == ["killed now known: 4"]
    assert describe_changes(before, before) == []
