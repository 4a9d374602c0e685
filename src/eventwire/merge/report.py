"""One extracted event reduced to what same-event detection compares: a `Report`.

Merging compares each new event with a handful of candidates, so everything the comparison
needs (date interval, place disc, actor keys, content tokens) is computed once here, when
the event arrives, and never again. The original `Event` rides along for fusion.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.dates.dateline import find_dateline
from eventwire.dates.mentions import DateMention, find_date_mentions
from eventwire.dates.reporting import is_reporting_date
from eventwire.extract.actor_dictionary import GENERIC_ACTOR_KINDS, match_known_actor
from eventwire.geocode.normalize import fold
from eventwire.models import Actor, Event, EventDate, Location

DAY_TOLERANCE = {"explicit": 0, "relative": 1, "published": 1, "unknown": 1}
"""Days either side of a day-precision date: a written date is exact; a resolved weekday
or a publication date can be a day off (late-night events, time zones, next-day copy)."""

PRECISION_DAYS = {"week": 2, "month": 3}
"""Extra slack for coarser dates, on top of their own start..end span."""

STATEMENT_LAG_DAYS = 2
"""Days before a statement's date that an event dated by the statement may have happened.
Follow-up reports are often dated by what was said, not by what happened: "Al-Shabaab said
on Monday it carried out the bombing", "the group claimed responsibility on Wednesday for
the attack". Claims and official tallies usually come within a day or two, and the event
is never after the statement. Such a report has no exact day: its date neither confirms
nor contradicts another report's, so the rest of the evidence decides."""

PLACE_RADIUS_KM = {
    "point": 10.0,
    "town": 20.0,
    "near_town": 50.0,
    "admin2": 80.0,
    "admin1": 200.0,
}
"""How far from its coordinates an event may really be, by place precision. A country (or
an unknown place) has no radius: it matches by country only, and only with strong evidence."""


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _word_set(
    """
    a an the of in on at to for from by with and or but as is are was were be been has
    have had it its this that these those he she they them their his her we our you said
    says say told according after before during while when where which who whom what
    than then there also not no into over under about near more most least some other
    another one two three four five six seven eight nine ten dozens several least killed
    killing kill kills wounded injured people local officials official reported report
    reports on, said, police spokesman spokesperson statement monday tuesday wednesday
    thursday friday saturday sunday morning evening night afternoon early late today
    yesterday january february march april may june july august september october
    november december day week month year strike strikes airstrike air attack attacked
    attacks bomb bombing blast explosion exploded ministry health source sources medic
    medics security military civilian civilians member members died dead toll death fire
    opened shot carried city town capital district province state region village area
    near outskirts central northern southern eastern western
    claim claims claimed claiming responsibility responsible
    """
)
"""Words every report uses, whatever the event. The claim words are here because a claim
report says a claim was made, not what happened: two claims of different attacks by one
group would otherwise look alike."""
_WORD = re.compile(r"[a-z][a-z'-]+")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)*")
_GENERIC_WORDS = frozenset(GENERIC_ACTOR_KINDS) | _word_set(
    """
    unknown unidentified suspected alleged banned armed men man group groups forces
    force security people person civilians civilian villagers residents protesters
    demonstrators crowd perpetrators unidentified_armed_group soldiers troops army
    police officers suicide bomber bombers attacker attackers assailant assailants gunman
    gunmen militant militants fighter fighters insurgent insurgents masked female male
    young teenage motorcycle riding motorcycle-riding
    """
)


def _place_words(location: Location) -> frozenset[str]:
    """Words of the event's place names, which target phrases often repeat (not the site
    part of a name like "military base, Marte": that is the target itself)."""
    town = (location.name or "").split(",")[-1]
    names = (town, location.place, location.admin1, location.country)
    return content_tokens(" ".join(n for n in names if n))


def content_tokens(text: str) -> frozenset[str]:
    """Lower-cased content words, crudely singularised: cheap, and enough to tell "a market
    bombing" from "a checkpoint shooting" in the same city on the same day."""
    tokens = set()
    for found in _WORD.findall(text.lower()):
        word = found.strip("'-")
        if word.endswith("'s"):
            word = word[:-2]  # "Friday's attack", "Kabul's": the word itself
        if len(word) < 3 or word in _STOP:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        if word not in _STOP:
            tokens.add(word)
    return frozenset(tokens)


def actor_key(actor: Actor) -> str | None:
    """A comparable name for a specific actor, or None for a generic one ("gunmen").

    Reports spell groups differently ("ISIS", "Islamic State", "IS"): the actor dictionary
    maps aliases to one name, so the dictionary name is the key when there is one.
    """
    if actor.normalized_name:
        return actor.normalized_name.lower()
    known = match_known_actor(actor.name)
    if known is not None:
        return known.name.lower()
    words = [w for w in _WORD.findall(actor.name.lower()) if w not in _STOP]
    specific = [w for w in words if w not in _GENERIC_WORDS and w.rstrip("s") not in _GENERIC_WORDS]
    return " ".join(specific) or None


def _acronym(key: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", key) if part and part not in _STOP)


def same_actor(a: str, b: str) -> bool:
    """Whether two actor keys name the same actor: equal, an acronym of the other ("bla",
    "balochistan liberation army"), or sharing a distinctive word ("tehreek-e-taliban
    pakistan", "taliban pakistan")."""
    if a == b or _acronym(a) == b or _acronym(b) == a:
        return True
    words_a = set(re.split(r"[\s-]+", a)) - _STOP
    words_b = set(re.split(r"[\s-]+", b)) - _STOP
    return any(len(w) >= 4 for w in words_a & words_b)


def actors_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when some actor of ``a`` is some actor of ``b`` (see `same_actor`)."""
    return any(same_actor(x, y) for x in a for y in b)


@dataclass(frozen=True, slots=True)
class Report:
    """The comparable features of one per-article event (see the module docstring)."""

    event: Event
    article_id: str
    published: int | None
    """Publication date as a proleptic ordinal (None when unknown)."""
    day_lo: int | None
    day_hi: int | None
    """The interval of days the event may have happened on, tolerance included."""
    exact_day: int | None
    """The day, when the date has day precision and is not a statement's (see
    `STATEMENT_LAG_DAYS`)."""
    statement_dated: bool
    """True when the date is that of a statement about the event (the event may be earlier)."""
    lat: float | None
    lon: float | None
    radius_km: float | None
    """Uncertainty radius of the place (None: no usable coordinates)."""
    country: str | None
    country_level: bool
    """True when the place is a whole country (its "country" may be a demonym's guess)."""
    place_names: frozenset[str]
    """Lower-cased names of the place, to recognise one place geocoded two ways."""
    perpetrators: frozenset[str]
    perpetrators_firm: bool
    """True when the perpetrators are named or claimed (not merely suspected)."""
    targets: frozenset[str]
    tokens: frozenset[str]
    names: frozenset[str]
    """Capitalised words of the event's sentences (places and groups the geocoder or the
    actor extractor may have missed): how a report without a place finds its candidates."""

    @property
    def event_id(self) -> str:
        return self.event.id

    @property
    def sort_key(self) -> tuple[int, str, str]:
        """Canonical order (publication, article, event): never the arrival order, so the
        result of merging does not depend on which report came first."""
        return (self.published if self.published is not None else 0, self.article_id, self.event.id)


def to_report(
    event: Event, article_id: str, published: dt.date | None, text: str | None = None
) -> Report:
    """Compute the comparable features of ``event`` as reported by ``article_id``.

    With the article's cleaned ``text``, the words compared are those of the sentences the
    evidence points into (what the report says about this event); without it, the evidence
    spans and the summary.
    """
    statement, own_day = statement_dated(event, article_id, text, published)
    if own_day is not None:
        # The report names the event's day beside the statement's: merge (and fuse) by it.
        event = event.model_copy(update={"date": own_day})
        statement = False
    day_lo, day_hi, exact = _date_interval(event)
    if statement and day_lo is not None:
        day_lo, exact = day_lo - STATEMENT_LAG_DAYS, None
    location = event.location
    radius = PLACE_RADIUS_KM.get(location.precision)
    if radius is not None and location.place and location.place == location.admin1:
        radius = max(radius, PLACE_RADIUS_KM["near_town"])  # "Kaduna": the town or the state
    has_point = location.lat is not None and location.lon is not None and radius is not None
    perpetrators = [a for a in event.actors if a.role == "perpetrator"]
    perp_keys = frozenset(k for a in perpetrators if (k := actor_key(a)) is not None)
    firm = any(
        a.attribution in {"named", "claimed"} and actor_key(a) is not None for a in perpetrators
    )
    if event.claim.status == "claimed" and event.claim.by:
        perp_keys = perp_keys | {event.claim.by.lower()}
        firm = True
    target_text = " ".join(a.name for a in event.actors if a.role in {"target", "victim"})
    evidence_text = _event_text(event, article_id, text)
    return Report(
        event=event,
        article_id=article_id,
        published=published.toordinal() if published else None,
        day_lo=day_lo,
        day_hi=day_hi,
        exact_day=exact,
        statement_dated=statement,
        lat=location.lat if has_point else None,
        lon=location.lon if has_point else None,
        radius_km=radius if has_point else None,
        country=location.country_iso3,
        country_level=location.precision == "country",
        place_names=frozenset(
            fold(n) or n.strip().lower()  # "Jamundí" as one report writes it, "Jamundi"
            for n in (location.place, *(location.name or "").split(","))
            if n and n.strip() and location.precision not in {"country", "unknown"}
        ),
        perpetrators=perp_keys,
        perpetrators_firm=firm,
        # "a restaurant in Mogadishu" and "a hotel in Mogadishu" are different targets
        targets=content_tokens(target_text) - _GENERIC_WORDS - _place_words(location),
        tokens=content_tokens(f"{evidence_text} {target_text}"),
        names=frozenset(
            w.lower()
            for w in _NAME.findall(evidence_text)
            if w.lower() not in _STOP and w.lower() not in _GENERIC_WORDS
        ),
    )


def _event_text(event: Event, article_id: str, text: str | None) -> str:
    spans = [(e.start, e.end) for e in event.evidence if e.article_id == article_id]
    if text is None or not spans:
        return " ".join([event.summary, *(e.text for e in event.evidence)])
    sentences: dict[int, str] = {}
    for start, end in spans:
        if not 0 <= start <= end <= len(text):
            continue
        left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
        right = min(right_candidates) if right_candidates else len(text)
        sentences[left] = text[left:right]
    return " ".join(sentences[k] for k in sorted(sentences)) or event.summary


_LATER = re.compile(r"\b(night|overnight|late|midnight)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(early|dawn|before dawn|small hours)\b", re.IGNORECASE)
_VAGUE = re.compile(r"\b(yesterday|today|last night|tonight|recently)\b", re.IGNORECASE)


def _day_slack(event: Event) -> tuple[int, int]:
    """Days before and after a day-precision date the event may really be on.

    A written date is exact; so is a named weekday ("on Tuesday"), resolved against the
    publication date. "Tuesday night" may be early Wednesday, "early Wednesday" may be
    Tuesday night; "yesterday", "today" and a date taken from the publication are a day
    either way (time zones, late copy).
    """
    date = event.date
    if date.basis == "explicit":
        return 0, 0
    if date.basis in {"published", "unknown"}:
        return 1, DAY_TOLERANCE[date.basis]
    text = date.text or ""
    if _VAGUE.search(text) or not text:
        return 1, 1
    return (1 if _EARLIER.search(text) else 0), (1 if _LATER.search(text) else 0)


def _date_interval(event: Event) -> tuple[int | None, int | None, int | None]:
    date = event.date
    if date.start is None or date.precision in {"year", "unknown"}:
        return None, None, None
    end = date.end or date.start
    if date.precision == "day":
        before, after = _day_slack(event)
        # a day taken from the publication is a fallback, not a day the report states
        exact = None if date.basis in {"published", "unknown"} else date.start.toordinal()
        return date.start.toordinal() - before, end.toordinal() + after, exact
    slack = PRECISION_DAYS.get(date.precision, 3)
    return date.start.toordinal() - slack, end.toordinal() + slack, None


_POSSESSIVE = re.compile(r"['\u2019]s\b")


_DATELINE_CHARS = 600
"""How far into the text a dateline is looked for (as `eventwire.dates.dateline` does)."""


def _said(text: str, start: int, end: int) -> bool:
    """True when the date written at ``text[start:end]`` is a statement's ("said on
    Monday"), not a possessive naming the event's day ("claimed Friday's attack")."""
    if _POSSESSIVE.match(text, end):
        return False
    span = DateMention(text[start:end], start, end, None, None, "unknown", "unknown", None, None)
    return is_reporting_date(text, span)


def _in_dateline(
    text: str, start: int, written: str, day: dt.date | None, published: dt.date | None
) -> bool:
    """True when the date ``written`` at ``start`` (resolved to ``day``) is the article's
    dateline date, the filing day. The dateline is parsed only when the date sits near the
    start of an early line."""
    line_start = text.rfind("\n", 0, start) + 1
    if start >= _DATELINE_CHARS or start - line_start > 60:
        return False
    _, dateline = find_dateline(text, published)
    return (
        dateline is not None
        and dateline.start == start
        and (dateline.text, dateline.start_date) == (written, day)
    )


def statement_dated(
    event: Event, article_id: str, text: str | None, published: dt.date | None = None
) -> tuple[bool, EventDate | None]:
    """Whether the event's date is the date of a statement about it, and the event's own
    day when the report also gives it.

    "The group said on Monday it carried out ...", "claimed responsibility on Wednesday
    for ...": the date is the statement's, found from the date's evidence span in the
    article's ``text`` (a reporting verb just before it). A possessive ("Friday's attack")
    names the event's own day, whatever verb stands before it. The date of a wire
    dateline ("BAGHDAD, Jan 11 (AFP) -") is when the story was filed: a statement's too.

    When another dated evidence span of the event is not a statement's and falls on or
    shortly before the statement ("claimed responsibility on Thursday for Wednesday's
    bombing"), that is the event's day, returned as the date to use.
    """
    date = event.date
    if text is None or date.precision != "day" or not date.text or date.start is None:
        return False, None
    spans = [
        item
        for item in event.evidence
        if item.field == "date"
        and item.article_id == article_id
        and 0 <= item.start < item.end <= len(text)
    ]
    chosen = next((item for item in spans if item.text == date.text), None)
    if chosen is not None:
        said = _said(text, chosen.start, chosen.end) or _in_dateline(
            text, chosen.start, date.text, date.start, published
        )
    else:  # a dateline's date carries no evidence span
        start = text.find(date.text, 0, _DATELINE_CHARS)
        said = start >= 0 and _in_dateline(text, start, date.text, date.start, published)
    if not said:
        return False, None
    mentions: list[tuple[DateMention, bool]] = []
    for item in spans:  # the other dates of the event, resolved (rare: statements only)
        left = max(0, item.start - 80)
        for mention in find_date_mentions(text[left : item.end], published, left):
            if mention.start == item.start:
                stated = _said(text, item.start, item.end) or _in_dateline(
                    text, item.start, mention.text, mention.start_date, published
                )
                mentions.append((mention, stated))
                break
    latest, earliest = date.start, date.start - dt.timedelta(days=STATEMENT_LAG_DAYS)
    for mention, said in mentions:
        day = mention.start_date
        if said or mention.precision != "day" or day is None or not earliest <= day <= latest:
            continue
        if day == latest and mention.text == date.text:
            continue
        own = EventDate(
            start=day,
            end=mention.end_date or day,
            precision="day",
            basis=mention.basis,
            text=mention.text,
        )
        return True, own
    return True, None
