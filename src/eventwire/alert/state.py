"""What was sent: one ``alert_state`` row per (rule, notifier, merged event).

The row is written in its own transaction right after each delivery attempt, so a
restart (or a crash between two alerts) re-sends nothing that was delivered. A merged
event's id derives from its canonically first report (`eventwire.merge.fuse.merged_id`);
when an earlier report arrives the id changes, so a lookup also tries the ids the event's
other reports would give it, and the alert follows the event instead of repeating.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import sqlalchemy as sa

from eventwire.merge.records import MergedEvent
from eventwire.store.engine import WRITE_OPTION
from eventwire.store.schema import alert_state
from eventwire.store.sql import SqlStore


@dataclass(frozen=True)
class Sent:
    """The stored state of one (rule, notifier, merged event)."""

    merged_id: str
    fingerprint: str
    status: str
    """"sent" or "failed" (delivery failed; tried again next cycle)."""
    attempts: int


def _candidate_ids(merged: MergedEvent) -> list[str]:
    ids = [merged.id]
    for report_id in merged.report_ids:
        other = "mrg_" + hashlib.sha1(report_id.encode()).hexdigest()[:12]
        if other not in ids:
            ids.append(other)
    return ids


def lookup(store: SqlStore, rule: str, notifier: str, merged: MergedEvent) -> Sent | None:
    """What was last recorded for this event (under any id it had), or None."""
    ids = _candidate_ids(merged)
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(alert_state).where(
                alert_state.c.rule == rule,
                alert_state.c.notifier == notifier,
                alert_state.c.merged_id.in_(ids),
            )
        ).all()
    if not rows:
        return None
    row = min(rows, key=lambda r: ids.index(r.merged_id))
    return Sent(row.merged_id, row.fingerprint, row.status, row.attempts)


def record(  # noqa: PLR0917 - one row's columns
    store: SqlStore,
    rule: str,
    notifier: str,
    merged_id: str,
    previous_id: str | None,
    fingerprint: str,
    status: str,
    attempts: int,
) -> None:
    """Write the state of one event under one rule and notifier (replacing the old row,
    which may be under the event's previous id)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.engine.connect() as raw:
        connection = raw.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            stale = {merged_id, previous_id} - {None}
            connection.execute(
                sa.delete(alert_state).where(
                    alert_state.c.rule == rule,
                    alert_state.c.notifier == notifier,
                    alert_state.c.merged_id.in_(sorted(s for s in stale if s)),
                )
            )
            connection.execute(
                sa.insert(alert_state).values(
                    rule=rule,
                    notifier=notifier,
                    merged_id=merged_id,
                    fingerprint=fingerprint,
                    status=status,
                    attempts=attempts,
                    updated_at=now,
                )
            )


def failed_ids(store: SqlStore) -> set[str]:
    """Merged events with a failed delivery, evaluated again next cycle."""
    with store.engine.connect() as connection:
        return {
            row[0]
            for row in connection.execute(
                sa.select(alert_state.c.merged_id).where(alert_state.c.status == "failed")
            )
        }
