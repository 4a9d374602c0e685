"""End to end: a real feed server, webhook receiver and SMTP server on 127.0.0.1, real
extraction and merging into a real SQLite file, watch cycles in between feed changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import socket
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller

from alert.services import FeedItem, FeedState, Received, feed_server, webhook_receiver
from eventwire.alert import Watch, parse_config
from eventwire.alert.watch import MAX_DELIVERY_CYCLES
from eventwire.pipeline import Pipeline
from eventwire.store import open_store
from eventwire.store.schema import alert_state

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "reports"
SECRET = "s3cret"

ERBIL_FIRST = FeedItem(
    "erbil-1",
    "Drone attack hits Erbil base",
    "ERBIL, Iraq, Jan 10 (Reuters) - A drone packed with explosives struck a military base "
    "in Erbil on Tuesday, killing two people and wounding three, the region's "
    "counter-terrorism service said.\n"
    "No group immediately claimed responsibility for the attack. Armed factions aligned "
    "with Iran have repeatedly targeted bases hosting U.S.-led coalition troops in Iraq.\n"
    "Security forces closed the roads around the base and ambulances took the wounded to "
    "hospitals in the city, a police source said.",
    dt.date(2023, 1, 10),
)
ERBIL_TOLL_RISES = FeedItem(
    "erbil-2",
    "Death toll rises in Erbil drone attack",
    "ERBIL, Iraq, Jan 11 (AP) - A drone attack on a military base in Erbil on Tuesday killed "
    "five people and wounded three, officials said on Wednesday, raising the earlier toll "
    "of two.\n"
    "Three of the victims died of their wounds in hospital overnight, a health official "
    "in the Kurdistan region said, speaking on condition of anonymity.\n"
    "No group has claimed responsibility. The regional government condemned the attack "
    "and called on Baghdad to stop the armed factions behind such strikes.",
    dt.date(2023, 1, 11),
)
ERBIL_CLAIM = FeedItem(  # a day later, dated by the claim, no place detail, no toll
    "erbil-claim",
    "Kata'ib Hezbollah claims Erbil drone attack",
    "BAGHDAD, Jan 11 (AFP) - Kata'ib Hezbollah said on Wednesday it carried out the drone "
    "attack on a military base in Erbil, in a statement posted on its Telegram channel.\n"
    "The Iran-backed faction said the strike was a response to the presence of U.S. forces "
    "in Iraq.",
    dt.date(2023, 1, 11),
)
ERBIL_TOLL_REVISED = FeedItem(
    "erbil-revised",
    "Erbil drone attack toll revised",
    "ERBIL, Iraq, Jan 12 (Reuters) - Four people were killed and three wounded in Tuesday's "
    "drone attack on a military base in Erbil, the region's health ministry said on "
    "Thursday in a revised toll.\n"
    "Kurdish security forces have tightened checks on the roads leading to the base since "
    "the attack, a ministry spokesman added.",
    dt.date(2023, 1, 12),
)
ANBAR = FeedItem(  # Ain al-Asad and Tikrit: Iraq, but far more than 50 km from Erbil
    "anbar-1",
    "Drones hit Iraq's Ain al-Asad base",
    (GOLDEN / "01-ain-al-asad-drones-tikrit-abduction.txt").read_text().split("\n", 2)[2],
    dt.date(2023, 12, 19),
)


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[tuple[_Mailbox, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = _Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def _config(feed: str, hook: str, smtp_port: int, retries: int = 2) -> str:
    return f"""
[watch]
dashboard_url = "http://dash.example.org"
politeness_seconds = 0

[[sources]]
url = "{feed}"
interval_seconds = 60

[notifiers.ops-webhook]
kind = "webhook"
url = "{hook}"
secret = "{SECRET}"
retries = {retries}
backoff_seconds = 0.01
timeout_seconds = 5

[notifiers.security-email]
kind = "email"
host = "127.0.0.1"
port = {smtp_port}
from = "watch@example.org"
to = ["security@example.org"]

[notifiers.console]
kind = "log"

[rules.erbil-attacks]
area = {{ point = [36.19, 44.01], radius_km = 50 }}
event_types = ["Explosions/Remote violence", "Violence against civilians", "Battles"]
notifiers = ["ops-webhook", "security-email", "console"]
"""


def _watch(config: str, db: Path, pipeline: Pipeline) -> Watch:
    import tomllib

    return Watch(parse_config(tomllib.loads(config)), open_store(str(db)), lambda: pipeline)


@pytest.fixture(autouse=True)
def _allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_FETCH_ALLOW_PRIVATE", "1")


def _alerts(received: Received) -> list[dict[str, Any]]:
    return [json.loads(body) for _, body in received.requests]


def test_one_alert_one_update_nothing_outside_nothing_after_restart(
    tmp_path: Path, pipeline: Pipeline, mailbox: tuple[_Mailbox, int]
) -> None:
    box, smtp_port = mailbox
    feed, received = FeedState(items=[ERBIL_FIRST, ANBAR]), Received()
    db = tmp_path / "watch.db"
    with feed_server(feed) as feed_url, webhook_receiver(received) as hook:
        config = _config(feed_url, hook, smtp_port)
        watch = _watch(config, db, pipeline)
        first = watch.cycle(force=True)
        assert first.stored == 2 and first.sent == 3 and first.failed == 0
        [alert] = _alerts(received)  # Erbil only: Anbar is outside the area
        assert alert["kind"] == "new" and alert["place"] == "military base, Erbil"
        assert alert["killed"] == 2 and alert["injured"] == 3
        assert alert["sources"] == ["https://news.example.org/erbil-1"]
        assert alert["link"].startswith("http://dash.example.org/events/")
        headers, body = received.requests[0]
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert headers["x-eventwire-signature"] == expected
        assert len(box.messages) == 1
        mail = message_from_bytes(box.messages[0])
        assert "Erbil" in mail["Subject"] and mail["To"] == "security@example.org"

        again = watch.cycle(force=True)  # feed unchanged: a 304, nothing new, nothing sent
        assert again.unchanged == 1 and again.sent == 0 and feed.not_modified == 1

        feed.items.append(ERBIL_TOLL_RISES)
        update = watch.cycle(force=True)
        assert update.stored == 1 and update.updates == 3
        assert len(received.requests) == 2 and len(box.messages) == 2
        second = _alerts(received)[1]
        assert second["kind"] == "update" and second["killed"] == 5
        assert second["changes"] == ["killed rose from 2 to 5"]
        assert second["event_id"] == alert["event_id"]
        assert len(second["sources"]) == 2
        watch.store.close()

        restarted = _watch(config, db, pipeline)  # new process state, same database
        after = restarted.cycle(force=True)
        assert after.sent == 0 and after.skipped == 3
        assert len(received.requests) == 2 and len(box.messages) == 2
        restarted.store.close()


def test_failing_webhook_is_retried_then_recorded_as_failed(
    tmp_path: Path, pipeline: Pipeline, mailbox: tuple[_Mailbox, int], capsys: Any
) -> None:
    box, smtp_port = mailbox
    feed, received = FeedState(items=[ERBIL_FIRST]), Received(status=500)
    with feed_server(feed) as feed_url, webhook_receiver(received) as hook:
        watch = _watch(_config(feed_url, hook, smtp_port, retries=2), tmp_path / "w.db", pipeline)
        summary = watch.cycle(force=True)
        assert len(received.requests) == 3  # the first try and two retries
        assert summary.failed == 1 and summary.sent == 2  # email and log still went out
        assert "webhook ops-webhook" in summary.errors[0] and "HTTP 500" in summary.errors[0]
        assert len(box.messages) == 1 and "Erbil" in capsys.readouterr().out
        with watch.store.engine.connect() as connection:
            rows = {r.notifier: r for r in connection.execute(sa.select(alert_state))}
        assert rows["ops-webhook"].status == "failed" and rows["ops-webhook"].attempts == 1
        assert rows["security-email"].status == "sent"

        for _ in range(MAX_DELIVERY_CYCLES):  # tried once per cycle, then left as failed
            watch.cycle(force=True)
        assert len(received.requests) == 3 * MAX_DELIVERY_CYCLES
        assert len(box.messages) == 1  # the other notifiers are not repeated

        received.status = 200  # given up on: not sent even when the receiver recovers
        assert watch.cycle(force=True).sent == 0
        watch.store.close()


def test_webhook_recovers_on_the_next_cycle(
    tmp_path: Path, pipeline: Pipeline, mailbox: tuple[_Mailbox, int]
) -> None:
    _, smtp_port = mailbox
    feed, received = FeedState(items=[ERBIL_FIRST]), Received(status=503)
    with feed_server(feed) as feed_url, webhook_receiver(received) as hook:
        watch = _watch(_config(feed_url, hook, smtp_port, retries=0), tmp_path / "w.db", pipeline)
        assert watch.cycle(force=True).failed == 1
        received.status = 200
        retried = watch.cycle(force=True)
        assert retried.sent == 1 and retried.updates == 0
        assert [a["kind"] for a in _alerts(received)] == ["new", "new"]
        assert watch.cycle(force=True).sent == 0
        watch.store.close()


def test_a_later_claim_sends_one_update_then_toll_changes_still_do(
    tmp_path: Path, pipeline: Pipeline, mailbox: tuple[_Mailbox, int]
) -> None:
    box, smtp_port = mailbox
    feed, received = FeedState(items=[ERBIL_FIRST]), Received()
    db = tmp_path / "watch.db"
    with feed_server(feed) as feed_url, webhook_receiver(received) as hook:
        config = _config(feed_url, hook, smtp_port)
        watch = _watch(config, db, pipeline)
        assert watch.cycle(force=True).sent == 3
        [first] = _alerts(received)
        assert first["kind"] == "new" and first["changes"] == []

        feed.items.append(ERBIL_CLAIM)  # the feed changes: a claim a day later
        claimed = watch.cycle(force=True)
        assert claimed.stored == 1 and claimed.sent == 3 and claimed.updates == 3
        assert len(received.requests) == 2 and len(box.messages) == 2
        update = _alerts(received)[1]
        assert update["kind"] == "update" and update["event_id"] == first["event_id"]
        assert update["changes"] == ["claim is now claimed by Kata'ib Hezbollah"]
        # The merged record keeps the first report's day, place and toll and gains the claim.
        assert (update["date"], update["place"]) == (first["date"], first["place"])
        assert (update["killed"], update["injured"]) == (2, 3)
        assert "Kata'ib Hezbollah claimed responsibility" in update["summary"]
        assert "2 killed, 3 injured" in update["summary"]
        assert update["sources"] == [
            "https://news.example.org/erbil-1",
            "https://news.example.org/erbil-claim",
        ]
        mail = message_from_bytes(box.messages[1]).get_payload(decode=True)
        assert isinstance(mail, bytes)
        assert b"claim is now claimed by Kata'ib Hezbollah" in mail

        assert watch.cycle(force=True).sent == 0  # nothing new: no second claim update

        feed.items.append(ERBIL_TOLL_RISES)
        risen = watch.cycle(force=True)
        assert risen.sent == 3 and risen.updates == 3
        assert _alerts(received)[2]["changes"] == ["killed rose from 2 to 5"]

        feed.items.append(ERBIL_TOLL_REVISED)
        revised = watch.cycle(force=True)
        assert revised.sent == 3 and revised.updates == 3
        last = _alerts(received)[3]
        assert last["changes"] == ["killed corrected down from 5 to 4"]
        assert last["event_id"] == first["event_id"] and len(last["sources"]) == 4
        assert len(received.requests) == 4 and len(box.messages) == 4
        watch.store.close()

        restarted = _watch(config, db, pipeline)
        assert restarted.cycle(force=True).sent == 0
        assert len(received.requests) == 4 and len(box.messages) == 4
        restarted.store.close()
