"""Tell the event a report is about from the history and campaign counts around it.

A sentence is background when it dates itself well before publication ("In 2014, ..."),
counts a campaign ("more than 70 attacks since mid-October", "a wave of attacks") or gives
statistics ("a sharp rise in deaths"), speaks of what usually happens ("in recent years",
"repeatedly"), or continues a background sentence with a plural reference ("These were not
random acts...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from eventwire.dates import DateMention, is_historic

CAMPAIGN = re.compile(
    r"\b(?:(?:more than|over|at least|nearly|some|about|around|almost)\s+)?"
    r"(?:\d[\d,]+|[4-9]|dozens|scores|hundreds|a (?:new )?(?:series|wave|spate|string|campaign"
    r"|number|surge|spree)|waves|series|numerous|multiple|several|repeated|frequent|a string)\s+"
    r"(?:of\s+)?(?:\w+[- ]){0,3}?(?:attacks|strikes|bombings|assaults|raids|incidents"
    r"|kidnappings|abductions|killings|ambushes)\b",
    re.IGNORECASE,
)
HABITUAL = re.compile(
    r"\b(?:in recent (?:years|months|weeks)|in the past|previously|frequently|regularly|"
    r"repeatedly|routinely|have (?:long )?been responsible for|has (?:long )?been responsible "
    r"for|over the (?:past|last) (?:\w+ )?(?:years|months|decades?|weeks)|last year|"
    r"(?:years|decades) ago|once held|since (?:then|its founding|the start|the beginning))\b",
    re.IGNORECASE,
)
CUMULATIVE = re.compile(
    r"\b(?:more than|over|at least|some|nearly|about|almost)\s+[\d,]{4,}\s+(?:\w+\s+){0,2}"
    r"(?:have|has) been\b|\bso far this year\b|\bsince the (?:start|beginning) of\b",
    re.IGNORECASE,
)
"""Running totals ("More than 20,000 people have been killed"): a conflict's toll, not an
event's."""
STATISTIC = re.compile(
    r"\b(?:(?:(?:sharp|steep|dramatic|marked) )?(?:rise|increase|surge|drop|decline|fall|spike)"
    r" in|most of|(?:the )?majority of|(?:a |one )?(?:half|third|quarter) of|(?:a |the )?share of"
    r"|record (?:number|numbers|toll) of)"
    r" (?:the )?(?:[\w-]+ ){0,2}(?:deaths|killings|fatalities|casualties|attacks|incidents)\b",
    re.IGNORECASE,
)
"""Statistics ("a sharp rise in deaths attributed to state forces", "most of the killings"):
a monitor's aggregate, not an event."""
LATEST_IN = re.compile(r"\b(?:the )?latest (?:in|of)\s*$", re.IGNORECASE)
PRESENT_PERFECT = re.compile(r"\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t)\b")
CONTINUATION = re.compile(r"^\W*(?:These|Those|They|Such|Their)\b")


def _historic(mention: DateMention, published: date | None) -> bool:
    """With no publication date, a bare year or month ("In 2014", "in mid-October") is
    taken as history: reports date the event they are about to the day, or not at all."""
    if mention.qualifier == "since" or is_historic(mention, published):
        return True
    if (
        published is not None
        and mention.precision == "year"
        and mention.end_date is not None
        and mention.end_date < published
    ):
        return True  # "killed more civilians in 2023" in a 2024 report: a year's total
    return (
        published is None
        and mention.basis in ("explicit", "unknown")
        and (mention.precision in ("year", "month"))
    )


def dates_history(dates: Sequence[DateMention], published: date | None) -> bool:
    """True when a date of the sentence puts it in the past ("in 2014", "in 2023" in a 2024
    report): the one test that applies to headlines too ("Sahel violence killed record
    number of civilians in 2023")."""
    return any(_historic(mention, published) for mention in dates)


def is_background(
    text: str,
    dates: Sequence[DateMention],
    published: date | None,
    *,
    previous_is_background: bool,
) -> bool:
    """True when the sentence reports history or a campaign rather than the current event."""
    if dates_history(dates, published):
        return True
    campaign = CAMPAIGN.search(text)
    if campaign and not LATEST_IN.search(text[: campaign.start()]):
        return True  # "the latest in a string of kidnappings" describes the current event
    if HABITUAL.search(text) or CUMULATIVE.search(text) or STATISTIC.search(text):
        return True
    if not previous_is_background:
        return False
    if CONTINUATION.match(text):
        return True
    # "The United States and Britain have responded with airstrikes": a present-perfect
    # sentence with no day of its own goes on telling the history before it.
    return PRESENT_PERFECT.search(text) is not None and not any(
        mention.precision == "day" for mention in dates
    )
