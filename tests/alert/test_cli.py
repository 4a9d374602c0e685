"""``eventwire watch --once`` through the real CLI: one cycle, a JSON line, exit 0; a bad
config exits 2 with the fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from alert.services import FeedState, Received, feed_server, webhook_receiver
from alert.test_watch import ERBIL_FIRST
from eventwire.cli.app import app
from eventwire.cli.main import run as _run  # noqa: F401 - registers every command
from eventwire.pipeline import Pipeline


def test_watch_once(tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_FETCH_ALLOW_PRIVATE", "1")
    monkeypatch.setattr(Pipeline, "load", staticmethod(lambda *_: pipeline))  # loaded once
    received = Received()
    with feed_server(FeedState(items=[ERBIL_FIRST])) as feed, webhook_receiver(received) as hook:
        config = tmp_path / "watch.toml"
        config.write_text(
            f'[[sources]]\nurl = "{feed}"\n[notifiers.hook]\nkind = "webhook"\nurl = "{hook}"\n'
            "[rules.erbil]\narea = { point = [36.19, 44.01], radius_km = 50 }\n"
            'notifiers = ["hook"]\n',
            encoding="utf-8",
        )
        db = str(tmp_path / "w.db")
        result = CliRunner().invoke(app, ["watch", str(config), "--db", db, "--once"])
        assert result.exit_code == 0, result.output
        summary = json.loads(result.output.strip().splitlines()[-1])
        assert summary["stored"] == 1 and summary["sent"] == 1
        again = CliRunner().invoke(app, ["watch", str(config), "--db", db, "--once"])
        assert json.loads(again.output.strip().splitlines()[-1])["sent"] == 0
    assert len(received.requests) == 1


def test_watch_bad_config(tmp_path: Path) -> None:
    config = tmp_path / "watch.toml"
    config.write_text('[notifiers.a]\nkind = "log"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["watch", str(config), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert "no rules" in result.output
