"""Notifiers: a log line, a signed webhook POST, an email. Each raises `DeliveryError`
when the alert did not get through, so the watch records the failure and carries on.

The webhook body is signed with HMAC-SHA256 over the exact bytes sent, in the header
``X-Eventwire-Signature: sha256=<hex>``, so a receiver can check the alert came from this
watch (the same scheme GitHub uses for its webhooks).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage

from eventwire.alert.config import Notifier
from eventwire.errors import EventwireError

SIGNATURE_HEADER = "X-Eventwire-Signature"
logger = logging.getLogger("eventwire.alert")


class DeliveryError(EventwireError):
    """An alert could not be delivered (after the notifier's retries)."""


@dataclass(frozen=True)
class Alert:
    """One message: a new event under a rule, or an update saying what changed."""

    rule: str
    kind: str
    """"new" or "update"."""
    event_id: str
    summary: str
    type: str
    place: str | None
    date: str | None
    killed: int | None
    injured: int | None
    sources: list[str]
    link: str
    changes: list[str] = field(default_factory=list)

    def subject(self) -> str:
        """A one-line headline (email subject, log line)."""
        prefix = "UPDATE: " if self.kind == "update" else ""
        toll = f", {self.killed} killed" if self.killed else ""
        return f"[{self.rule}] {prefix}{self.type} in {self.place or 'unknown place'}{toll}"

    def text(self) -> str:
        """The full message as plain text."""
        lines = [self.subject(), ""]
        if self.changes:
            lines += ["What changed:", *(f"  - {c}" for c in self.changes), ""]
        lines += [
            self.summary,
            "",
            f"Type: {self.type}",
            f"Place: {self.place or 'unknown'}",
            f"Date: {self.date or 'unknown'}",
            f"Killed: {_figure(self.killed)}  Injured: {_figure(self.injured)}",
            "Sources:",
            *(f"  {s}" for s in self.sources),
            f"Dashboard: {self.link}",
        ]
        return "\n".join(lines)

    def to_json(self) -> bytes:
        """The webhook body."""
        return json.dumps(asdict(self), sort_keys=True).encode()


def _figure(value: int | None) -> str:
    return "unknown" if value is None else str(value)


def sign(body: bytes, secret: str) -> str:
    """The signature header value for ``body``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


Send = Callable[[Alert], None]


def make_sender(notifier: Notifier, sleep: Callable[[float], None] = time.sleep) -> Send:
    """The send function of ``notifier``; ``sleep`` is the pause between webhook retries."""
    if notifier.kind == "webhook":
        return lambda alert: _post(notifier, alert, sleep)
    if notifier.kind == "email":
        return lambda alert: _mail(notifier, alert)
    return _log


def _log(alert: Alert) -> None:
    """Why stdout as well as logging: cron mails stdout, and tests read it."""
    logger.warning("%s", alert.subject())
    print(alert.text(), flush=True)


def _post(notifier: Notifier, alert: Alert, sleep: Callable[[float], None]) -> None:
    import httpx

    assert notifier.url is not None  # checked by the config
    body = alert.to_json()
    headers = {"Content-Type": "application/json", "User-Agent": "eventwire-watch/0.1"}
    if notifier.secret:
        headers[SIGNATURE_HEADER] = sign(body, notifier.secret)
    problem = ""
    attempts = notifier.retries + 1
    for attempt in range(attempts):
        if attempt:
            sleep(notifier.backoff * 2 ** (attempt - 1))
        try:
            response = httpx.post(
                notifier.url, content=body, headers=headers, timeout=notifier.timeout
            )
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
            continue
        if response.status_code < 300:
            return
        problem = f"HTTP {response.status_code}"
        if 400 <= response.status_code < 500 and response.status_code != 429:
            break  # the receiver refuses this alert; asking again will not help
    raise DeliveryError(
        f"webhook {notifier.name} ({notifier.url}) failed after {attempt + 1} attempts: {problem}"
    )


def _mail(notifier: Notifier, alert: Alert) -> None:
    assert notifier.host is not None and notifier.sender is not None
    message = EmailMessage()
    message["Subject"] = alert.subject()
    message["From"] = notifier.sender
    message["To"] = ", ".join(notifier.to)
    message.set_content(alert.text())
    try:
        with smtplib.SMTP(notifier.host, notifier.port, timeout=notifier.timeout) as smtp:
            if notifier.tls:
                smtp.starttls(context=ssl.create_default_context())
            if notifier.username and notifier.password:
                smtp.login(notifier.username, notifier.password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(
            f"email {notifier.name} via {notifier.host}:{notifier.port} failed: {exc}"
        ) from None
