"""Typed records passed between pipeline stages and returned to users.

The field names and value spellings of `Event` and its parts are the public contract of
``spec/event-record.md``: exports, the API and external evaluations read exactly these
names, so never rename them. Records are frozen pydantic models so a stage cannot quietly
mutate what an earlier stage produced; build a new record with ``model_copy(update=...)``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DatePrecision = Literal["day", "week", "month", "year", "unknown"]
DateBasis = Literal["explicit", "relative", "published", "unknown"]
PlacePrecision = Literal["point", "town", "near_town", "admin2", "admin1", "country", "unknown"]
ActorRole = Literal["perpetrator", "target", "victim", "other"]
Attribution = Literal["named", "claimed", "suspected", "unidentified"]
ClaimStatus = Literal["claimed", "unclaimed", "denied", "unknown"]


class Record(BaseModel):
    """Base of every record: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Record):
    """One input document in the contract's input shape (a line of ``DOCS.jsonl``).

    Exactly one of ``text`` and ``html`` is expected; ``published`` is a date or an ISO 8601
    datetime string as given (parsing happens in the pipeline so bad values can be reported).
    """

    id: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None


class Article(Record):
    """A cleaned document: the text every evidence offset points into."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_time: dt.time | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    """Character spans of the paragraphs of ``text`` (headline first, when there is one)."""
    title_in_text: bool = False
    """True when the first paragraph of ``text`` is the title (so it is searched as well)."""


class Rejected(Record):
    """A document the pipeline could not use, with a reason a person can act on."""

    id: str
    reason: str
    source: str | None = None


class Acled(Record):
    event_type: str
    sub_event_type: str


class Gtd(Record):
    attack_type: str | None = None
    weapon_type: str | None = None
    weapon_subtype: str | None = None
    target_type: str | None = None


class EventDate(Record):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision = "unknown"
    time: str | None = None
    """Time of day as ``HH:MM`` when the text gives one."""
    basis: DateBasis = "unknown"
    text: str | None = None


class Location(Record):
    name: str | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_iso3: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = "unknown"
    geonames_id: int | None = None


class Actor(Record):
    name: str
    role: ActorRole
    kind: str | None = None
    """ACLED-style actor kind: state_forces, rebel_group, militia, rioters, protesters,
    civilians, external_forces, diplomatic, government, ... (see ``extract.actors``)."""
    attribution: Attribution | None = None
    attributed_by: str | None = None
    normalized_name: str | None = None
    text: str | None = None


class Weapon(Record):
    kind: str
    count: int | None = None


class Count(Record):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Casualties(Record):
    killed: Count = Field(default_factory=Count)
    injured: Count = Field(default_factory=Count)
    reported: bool = False


class Claim(Record):
    status: ClaimStatus = "unknown"
    by: str | None = None


class Evidence(Record):
    field: str
    article_id: str
    start: int
    end: int
    text: str
    method: str | None = None


class Event(Record):
    """One event record, serialised exactly as ``spec/event-record.md`` says."""

    id: str
    article_ids: list[str]
    background: bool = False
    acled: Acled
    gtd: Gtd | None = None
    date: EventDate = Field(default_factory=EventDate)
    location: Location = Field(default_factory=Location)
    actors: list[Actor] = Field(default_factory=list)
    weapons: list[Weapon] = Field(default_factory=list)
    casualties: Casualties = Field(default_factory=Casualties)
    claim: Claim = Field(default_factory=Claim)
    summary: str = ""
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, object]:
        """The contract's JSON shape (ISO dates, nulls kept)."""
        return self.model_dump(mode="json")


class ArticleResult(Record):
    """What processing one document yields: its events, or why it was rejected."""

    article_id: str
    events: list[Event] = Field(default_factory=list)
    rejected: Rejected | None = None
    article: Article | None = None
