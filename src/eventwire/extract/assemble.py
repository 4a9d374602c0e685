"""Turn one frame (the sentences of one event) into an `Event` record with its evidence."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.dates import (
    DateMention,
    find_date_mentions,
    is_historic,
    is_state_start,
    resolve_event_date,
)
from eventwire.dates.followup import is_follow_up_date, without_follow_ups
from eventwire.dates.reporting import is_reporting_date
from eventwire.dates.resolve import occurrence_words
from eventwire.extract.actor_dictionary import match_known_actor
from eventwire.extract.actors import ActorMention, find_actors, merge_actors
from eventwire.extract.casualties import (
    CasualtyMention,
    combine,
    find_casualties,
    find_singular_casualties,
)
from eventwire.extract.claims import decide_claim, find_claim_mentions, find_claimants
from eventwire.extract.frames import Frame
from eventwire.extract.gtd import OFFICE_TITLES, classify_gtd, gtd_clues
from eventwire.extract.lexicon import Tactic
from eventwire.extract.places import STANCE_VERBS
from eventwire.extract.summary import summarise
from eventwire.extract.taxonomy import ARMED_KINDS, UNNAMED_GAINER, classify_acled
from eventwire.extract.weapons import WeaponMention, find_weapons, merge_weapons
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.normalize import fold
from eventwire.geocode.parse import read_mention
from eventwire.geocode.resolve import Geocoder, ResolvedPlace
from eventwire.models import Actor, Article, Event, EventDate, Evidence, Location
from eventwire.nlp.sentences import Sentence

ARMED_GROUPS = {
    "soldier": "state_forces",
    "police": "state_forces",
    "fighter": "rebel_group",
    "guard": "state_forces",
}
"""Casualty groups (see `casualties`) that are armed: their losses make a fight a battle."""

OFFICIAL_WORDS = OFFICE_TITLES | {"official"}


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What every frame of one article shares."""

    article: Article
    places_by_sentence: dict[int, list[PlaceMention]]
    dateline_place: PlaceMention | None
    dateline_date: DateMention | None
    dateline_end: int = 0
    """Article offset where the dateline ("BEIRUT (AFP) -") ends: nothing before it (the
    dateline, a headline's wording) is an actor of the event."""
    countries_named: frozenset[str] = frozenset()
    """ISO alpha-2 codes of the countries the article names, by name or by adjective ("a
    Syrian monitoring group"): a small place abroad is trusted only in one of these."""


def assemble(
    frame: Frame,
    context: ArticleContext,
    geocoder: Geocoder,
    ordinal: int,
    *,
    earlier_place: Location | None = None,
) -> Event:
    """One frame's record. ``earlier_place`` is the location of the report's event before
    this one, which "in the same area" points back to."""
    article = context.article
    evidence: list[Evidence] = []

    def cite(field: str, start: int, end: int, method: str) -> None:
        evidence.append(
            Evidence(
                field=field,
                article_id=article.id,
                start=start,
                end=end,
                text=article.text[start:end],
                method=method,
            )
        )

    sentences = frame.sentences
    actor_mentions = merge_actors(
        a for s in sentences for a in find_actors(s) if a.end > context.dateline_end
    )
    casualty_mentions: list[CasualtyMention] = []
    for sentence in sentences:
        in_sentence = find_casualties(sentence.text, sentence.start)
        in_sentence += find_singular_casualties(sentence.span, sentence.base, in_sentence)
        casualty_mentions.extend(in_sentence)
    casualties = combine(casualty_mentions)
    for mention in casualty_mentions:
        cite("casualties", mention.start, mention.end, f"casualty phrase:{mention.kind}")

    actor_kinds = _hit_side_kinds(actor_mentions, casualty_mentions)
    perpetrator_kinds = _perpetrator_kinds(frame, actor_mentions)
    acled = classify_acled(frame.tactics, actor_kinds, perpetrator_kinds)
    first_hit = frame.hits[0]
    for hit in frame.hits[:3]:
        cite("acled", hit.start, hit.end, f"trigger:{hit.tactic.value}")

    weapon_mentions = [w for s in sentences for w in find_weapons(s.span, s.base)]
    weapon_mentions += _implied_weapons(frame, weapon_mentions)
    weapons = merge_weapons(weapon_mentions)
    for weapon in weapon_mentions[:3]:
        cite("weapons", weapon.start, weapon.end, "weapon noun")

    target_words = _target_words(actor_mentions) or {
        m.group
        for m in casualty_mentions
        if m.group  # "three soldiers were killed"
    }
    official = bool(target_words & OFFICIAL_WORDS)
    clues = gtd_clues(frame, weapon_mentions, casualties)
    kinds = [w.kind for w in weapons]
    gtd = classify_gtd(acled, frame.tactics, kinds, target_words, official, clues=clues)
    if gtd is not None:
        cite("gtd", first_hit.start, first_hit.end, "from ACLED type, weapons and targets")

    claim_mentions = [c for s in sentences for c in find_claim_mentions(s.text, s.start)]
    if not any(a.attribution == "claimed" for a in actor_mentions):
        actor_mentions = _with_claimant(actor_mentions, sentences)
    perpetrators = [a for a in actor_mentions if a.role == "perpetrator"]
    claim, claim_span = decide_claim(claim_mentions, perpetrators, None)
    if claim_span:
        cite("claim", claim_span[0], claim_span[1], "claim phrase")
    for actor in actor_mentions:
        cite("actors", actor.start, actor.end, f"{actor.role}:{actor.attribution or '-'}")

    event_date = _date(frame, context, article.published)
    for date_mention in _cited_dates(frame):
        cite("date", date_mention.start, date_mention.end, f"date:{date_mention.basis}")

    resolved_location = _locate(frame, context, geocoder, frame.trigger_sentences, actor_mentions)
    location = resolved_location[0]
    place_mention = resolved_location[1]
    same_place = _same_place(frame, context, earlier_place)
    if same_place is not None and earlier_place is not None:
        location, place_mention = earlier_place, None
        cite("location", same_place[0], same_place[1], "the place of the event told before")
    if place_mention is not None:
        cite("location", place_mention.start, place_mention.end, resolved_location[2])

    summary = summarise(acled, event_date, location, actor_mentions, weapons, casualties, claim)
    confidence = _confidence(frame, event_date, location, actor_mentions, casualties.reported)
    return Event(
        id=_event_id(article.id, first_hit.start, ordinal),
        article_ids=[article.id],
        background=frame.background,
        acled=acled,
        gtd=gtd,
        date=event_date,
        location=location,
        actors=[_actor(a) for a in actor_mentions],
        weapons=weapons,
        casualties=casualties,
        claim=claim,
        summary=summary,
        confidence=confidence,
        evidence=evidence,
    )


TERRITORY_TACTICS = frozenset({Tactic.REGAIN, Tactic.OVERTAKE, Tactic.TRANSFER})


_LOSING_SIDE_BEFORE = re.compile(
    r"\b(?:from|against|(?:clash(?:es|ed)?|fighting|battles?|fought|combat) with)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Whom ground was taken from or fought over with ("retook Djibo after clashes with JNIM",
"recaptured the town from the RSF"): the other side, never the one who gained it."""


def _perpetrator_kinds(frame: Frame, actors: Sequence[ActorMention]) -> list[str]:
    """Perpetrators' kinds, the one who acted first: in text order, and when ground changed
    hands, those named in the sentence that says so first (who took the town decides
    between "Government regains" and "Non-state actor overtakes")."""
    perpetrators = [a for a in actors if a.role == "perpetrator" and a.kind]
    territory = next((h for h in frame.hits if h.tactic in TERRITORY_TACTICS), None)
    if territory is not None:
        sentence = next((s for s in frame.sentences if s.index == territory.sentence), None)
        if sentence is not None:
            inside = [
                a
                for a in perpetrators
                if sentence.start <= a.start < sentence.end
                and not _LOSING_SIDE_BEFORE.search(sentence.text[: a.start - sentence.start])
            ]
            others = [a.kind for a in perpetrators if a not in inside and a.kind]
            if not inside:  # who took the ground is not named where the report says so
                return list(dict.fromkeys([UNNAMED_GAINER, *others]))
            perpetrators = inside + [a for a in perpetrators if a not in inside]
    return list(dict.fromkeys(a.kind for a in perpetrators if a.kind))


def _hit_side_kinds(
    actors: Sequence[ActorMention], casualty_mentions: Sequence[CasualtyMention]
) -> set[str]:
    """Kinds of the side that was hit: its targets and victims, and the armed groups among
    the casualties ("25 fighters killed": the hit side was armed). When the dead or hurt are
    named civilians and no armed victim is named, the people attacked were civilians
    whatever else the targets are called ("attacked herders, killing 7 civilians")."""
    kinds = {a.kind for a in actors if a.role in ("target", "victim") and a.kind}
    armed_casualties = {ARMED_GROUPS[m.group] for m in casualty_mentions if m.group in ARMED_GROUPS}
    victim_kinds = {a.kind for a in actors if a.role == "victim" and a.kind}
    civilian_dead = "civilians" in victim_kinds or any(
        m.group == "civilian" for m in casualty_mentions
    )
    if civilian_dead and not armed_casualties and not victim_kinds & ARMED_KINDS:
        return kinds - ARMED_KINDS
    return kinds | armed_casualties


_IMPLIED_WEAPONS = {Tactic.SHOOTING: "firearm", Tactic.ARSON: "arson"}
"""Tactics that name their weapon: "opened fire", "shot dead" (firearm), "set ablaze" (arson)."""


def _implied_weapons(frame: Frame, named: Sequence[WeaponMention]) -> list[WeaponMention]:
    kinds = {w.kind for w in named}
    implied: list[WeaponMention] = []
    for hit in frame.hits:
        kind = _IMPLIED_WEAPONS.get(hit.tactic)
        if kind and kind not in kinds and not frame.background:
            kinds.add(kind)
            implied.append(WeaponMention(kind, None, hit.start, hit.end, hit.text))
    return implied


def _actor(mention: ActorMention) -> Actor:
    return Actor(
        name=mention.name,
        role=mention.role,
        kind=mention.kind,
        attribution=mention.attribution,
        attributed_by=mention.attributed_by,
        normalized_name=mention.normalized_name,
        text=mention.text,
    )


def _target_words(actors: Sequence[ActorMention]) -> set[str]:
    """Words naming what was attacked. Where both a state's forces and non-state armed men
    act in one event (a patrol clashed with a rebel column while guerrillas attacked a
    farm), armed men of a perpetrator's own kind are the other side of the fight, not the
    target the GTD codes."""
    doers = {a.kind for a in actors if a.role == "perpetrator"}
    two_sided = "state_forces" in doers and bool(doers & NON_STATE_ARMED)
    words: set[str] = set()
    for actor in actors:
        if actor.role not in ("target", "victim"):
            continue
        if two_sided and actor.kind in NON_STATE_ARMED and actor.kind in doers:
            continue
        words.update(word.strip(".,'").lower() for word in actor.name.split())
    return words


NON_STATE_ARMED = frozenset({"rebel_group", "militia", "unidentified_armed_group"})


def _event_dates(frame: Frame) -> list[DateMention]:
    """The frame's dates that can date its event: not "until"/"before" a date, and "since"
    only a day a state began with ("held since 16 December")."""
    return [
        m
        for m in frame.dates
        if m.qualifier not in ("since", "until", "before") or is_state_start(m)
    ]


def _date(frame: Frame, context: ArticleContext, published: date | None) -> EventDate:
    mentions = _event_dates(frame)
    if not mentions and frame.background:
        return EventDate()
    # A weekday with no publication date to count back from ("leaving Friday prayers") gives
    # no day: the fallbacks below are still tried, and it only keeps its words.
    if not _gives_a_day(mentions):
        mentions = [*mentions, *_context_dates(frame, published, context.article.text)]
    if not _gives_a_day(
        mentions
    ):  # only the aftermath is dated: "the body was found on 9 November"
        mentions = [*mentions, *_aftermath_dates(frame, context, published)]
    if not _gives_a_day(mentions) and context.dateline_date is not None and not frame.background:
        mentions = [*mentions, context.dateline_date]
    text = context.article.text
    triggers = [(hit.start, hit.end) for hit in frame.hits] + [
        span for s in frame.trigger_sentences for span in occurrence_words(text, s.start, s.end)
    ]  # "the explosion occurred at 2350 on 16 January" dates the event too
    mentions = without_follow_ups(mentions, triggers, text)  # "the body was found today"
    return resolve_event_date(
        mentions, published, near=frame.hits[0].start, triggers=triggers, text=text
    )


def _gives_a_day(mentions: Sequence[DateMention]) -> bool:
    return any(m.start_date is not None for m in mentions)


def _context_dates(frame: Frame, published: date | None, text: str) -> list[DateMention]:
    """Dates of the frame's sentences without an event word, for a frame whose own give
    none: not a statement's ("sources said today"), and not "since" a date unless a
    state began that day ("held by the Extraditables since 16 December")."""
    found: list[DateMention] = []
    for sentence in frame.context_sentences:
        found.extend(
            m
            for m in find_date_mentions(sentence.text, published, offset=sentence.start)
            if not is_historic(m, published)
            and (m.qualifier is None or is_state_start(m))
            and not is_reporting_date(text, m)
        )
    return found


def _aftermath_dates(
    frame: Frame, context: ArticleContext, published: date | None
) -> list[DateMention]:
    """The dates of what followed the event in its own sentences (a body found, a
    release), which the frame's dates leave out (`telling_dates`)."""
    text = context.article.text
    return [
        m
        for sentence in frame.trigger_sentences
        for m in find_date_mentions(sentence.text, published, offset=sentence.start)
        if m.start >= context.dateline_end
        and is_follow_up_date(text, m)
        and not is_reporting_date(text, m)
        and m.qualifier is None
    ]


def _cited_dates(frame: Frame) -> list[DateMention]:
    return _event_dates(frame)[:3]


def _locate(
    frame: Frame,
    context: ArticleContext,
    geocoder: Geocoder,
    trigger_sentences: Sequence[Sentence],
    actors: Sequence[ActorMention],
) -> tuple[Location, PlaceMention | None, str]:
    home = context.dateline_place
    named = context.countries_named
    event_mentions = _lead_mentions(trigger_sentences, context.places_by_sentence)
    filed_here = None if home is None or frame.background else home
    if filed_here and (not event_mentions or _points_home(trigger_sentences, event_mentions)):
        event_mentions.append(filed_here)  # "in this capital"; or where it was filed: a last resort
    if not event_mentions:
        event_mentions = _modifier_places(trigger_sentences)
    in_event = {id(m) for m in event_mentions}
    others = [
        m
        for mentions in context.places_by_sentence.values()
        for m in mentions
        if id(m) not in in_event
    ]
    resolved = geocoder.resolve(event_mentions, others, home=home, named=named)
    if resolved.location.precision in COARSE_PRECISIONS and not resolved.abroad_only:
        resolved = _refine(resolved, frame.sentences, context, geocoder, others)
    if filed_here and resolved.location.country is None and id(filed_here) not in in_event:
        # "Aranjuez" in a Medellin report is no Spanish town, and a village the gazetteer
        # lacks is no place at all: a local place near where the report was filed
        resolved = geocoder.near(filed_here, "a local place the gazetteer lacks")
    if resolved.location.country is None and len(context.countries_named) == 1:
        # "Rocket fire on Iraqi Shi'ite pilgrim city kills one": no place the gazetteer
        # knows, but the one country the report speaks of, at country precision
        (only,) = context.countries_named
        resolved = geocoder.country_only(only, "the only country the article names") or resolved
    location = resolved.location
    mention = resolved.mention
    if mention is not None and mention.site and location.place:
        site_actor = next(
            (a for a in actors if a.role == "target" and mention.site in a.name.lower()), None
        )
        if site_actor is not None:
            site_name = site_actor.name.split(" in ")[0]
            location = location.model_copy(update={"name": f"{site_name}, {location.place}"})
    location = _as_written(location, mention)
    if location.name is None and location.place:
        location = location.model_copy(update={"name": location.place})
    return location, mention, resolved.reason


_SAME_PLACE = re.compile(
    r"\b(?:in|at|near)\s+the\s+same\s+(?:area|place|spot|location|town|village|city"
    r"|district|neighbou?rhood|region|zone|sector)\b",
    re.IGNORECASE,
)


def _same_place(
    frame: Frame, context: ArticleContext, earlier_place: Location | None
) -> tuple[int, int] | None:
    """The span of "in the same area" in the frame's first trigger sentence when that
    sentence names no place of its own and an earlier event has a place to point back to."""
    if earlier_place is None or earlier_place.country is None or not frame.trigger_sentences:
        return None
    first = frame.trigger_sentences[0]
    if context.places_by_sentence.get(first.index):
        return None
    match = _SAME_PLACE.search(first.text)
    if match is None:
        return None
    return first.start + match.start(), first.start + match.end()


def _as_written(location: Location, mention: PlaceMention | None) -> Location:
    """The town as the report spells it when that is the gazetteer's name with accents or
    other articles ("Jamundí" for GeoNames' ASCII "Jamundi", "Jisr al-Shughur" for "Jisr
    ash Shughur"): the record quotes its source. Capitals-only copy keeps the gazetteer's."""
    if mention is None or location.place is None:
        return location
    written = read_mention(mention.text).core
    if written == location.place or written.isupper() or fold(written) != fold(location.place):
        return location
    name = location.name
    if name is not None:
        name = name.replace(location.place, written)
    return location.model_copy(update={"place": written, "name": name})


COARSE_PRECISIONS = frozenset({"country", "admin1", "unknown"})
_FINENESS = {"unknown": 0, "country": 1, "admin1": 2, "admin2": 3}
"""How much a precision says (towns, sites and points: 4): a later sentence refines the
lead's place only with a finer one."""


def _refine(
    coarse: ResolvedPlace,
    sentences: Sequence[Sentence],
    context: ArticleContext,
    geocoder: Geocoder,
    others: Sequence[PlaceMention],
) -> ResolvedPlace:
    """ "a suicide bombing in northwestern Pakistan ... in Dera Ismail Khan district": when
    the lead only names a country or a region, a later sentence telling the same event may
    name the town (or the region, "kidnapped in Colombia ... in Colombia's Northern
    Santander department"). Taken only when it lies inside what the lead said."""
    for sentence in sentences:
        mentions = _happened(context.places_by_sentence, sentence)
        if not mentions:
            continue
        finer = geocoder.resolve(
            mentions, others, home=context.dateline_place, named=context.countries_named
        )
        if _FINENESS.get(finer.location.precision, 4) <= _FINENESS.get(
            coarse.location.precision, 4
        ):
            continue
        same_country = coarse.location.country_iso3 in (None, finer.location.country_iso3)
        same_region = coarse.location.precision != "admin1" or (
            coarse.location.admin1 == finer.location.admin1
        )
        if same_country and same_region:
            return finer
    return coarse


_HERE = re.compile(
    r"\b(?:in|at|near|outside|of|around|across)\s+this\s+(?:[a-z-]+\s+){0,3}"
    r"(?:capital|city|town|port)\b",
    re.IGNORECASE,
)
"""A report's own pointer to where it was filed: "killed today ... in this capital"."""


def _points_home(sentences: Sequence[Sentence], lead: Sequence[PlaceMention]) -> bool:
    """True when the sentence naming the event's places (or, with none, any trigger
    sentence) says it happened "in this city", the dateline's place ("here" is left out:
    "police here said" follows an event elsewhere as often as not)."""
    first = min((m.start for m in lead), default=None)
    for sentence in sentences:
        if first is not None and not sentence.start <= first < sentence.end:
            continue
        if _HERE.search(sentence.text):
            return True
    return False


def _lead_mentions(
    trigger_sentences: Sequence[Sentence], places: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    """Places of the first body sentence that reports the event and names a place (plus the
    headline's): later sentences add context ("140 km north of the state capital"), not the
    location. All trigger sentences' places when none of the body sentences names one.
    Where something was said ("his party reported in Mexico City") is no such place."""
    headline = [m for s in trigger_sentences if s.is_headline for m in _happened(places, s)]
    for sentence in trigger_sentences:
        found = _happened(places, sentence)
        if found and not sentence.is_headline:
            return _without_route_ends(sentence, found) + headline
    return [m for s in trigger_sentences for m in _happened(places, s)]


def _happened(places: dict[int, list[PlaceMention]], sentence: Sentence) -> list[PlaceMention]:
    """The sentence's places that may be where something happened. A speaker's seat ("the
    Observatory, which is based in Britain") or a country speaking ("Iran condemns") never
    is; where something was said is not
    when the sentence names another place ("kidnapped in Guatemala City, his party reported
    in Mexico City"), but alone it likely is ("it is reported from San Salvador that")."""
    found = [m for m in places.get(sentence.index, []) if m.said_where not in ("seat", "speaker")]
    happened = [m for m in found if m.said_where is None]
    return happened or found


_ROUTE = re.compile(r"\bfrom\s+(?P<origin>[^,.;]{2,40}?)\s+to\s+(?P<end>[^,.;]{2,40}?)(?=[\s,.;])")


def _without_route_ends(sentence: Sentence, found: list[PlaceMention]) -> list[PlaceMention]:
    """ "stopped a bus travelling from Mandera to Nairobi near El Wak town": the ends of a
    route name where the travellers came from and went, not where the attack happened;
    they are dropped when the sentence names another place."""
    ends: set[int] = set()
    for route in _ROUTE.finditer(sentence.text):
        for key in ("origin", "end"):
            start = sentence.start + route.start(key)
            ends.update(id(m) for m in found if m.start == start)
    kept = [m for m in found if id(m) not in ends]
    return kept if kept else found


def _with_claimant(actors: list[ActorMention], sentences: Sequence[Sentence]) -> list[ActorMention]:
    """Add the group a "X claimed responsibility" phrase names, when the parse missed it."""
    for sentence in sentences:
        for name, start, end in find_claimants(sentence.text, sentence.start):
            known = match_known_actor(name)
            claimant = ActorMention(
                name=name,
                role="perpetrator",
                kind=known.kind if known else "rebel_group",
                attribution="claimed",
                attributed_by=None,
                normalized_name=known.name if known else None,
                start=start,
                end=end,
                text=name,
            )
            return [claimant, *actors]
    return actors


def _modifier_places(sentences: Sequence[Sentence]) -> list[PlaceMention]:
    """Names used as modifiers ("Iraq attacks kill 31", "Iraqi forces"): not where the
    event happened, but the country it happened in when nothing better is written."""
    found: list[PlaceMention] = []
    for sentence in sentences:
        for entity in sentence.span.ents:
            if (
                entity.label_ in ("GPE", "NORP")
                and entity.root.dep_ in ("compound", "amod", "nmod", "poss", "nsubj")
                and not _speaks(entity.root)
            ):
                start = sentence.base + entity.start_char
                found.append(
                    PlaceMention(
                        text=entity.text,
                        start=start,
                        end=start + len(entity.text),
                        in_event_sentence=True,
                        relation="modifier",
                    )
                )
    return found


def _speaks(token: Any) -> bool:
    """ "Iran condemns deadly Iraq attack": a country that condemns (says, blames...) an
    event is a speaker, not the event's country; "Iraq attack" still is."""
    return bool(token.dep_ == "nsubj" and token.head.lemma_.lower() in STANCE_VERBS)


def _confidence(
    frame: Frame,
    event_date: EventDate,
    location: Location,
    actors: Sequence[ActorMention],
    casualties_reported: bool,
) -> float:
    """A simple additive score: more corroborating parts, more likely a correct record."""
    score = 0.35
    score += 0.15 if any(hit.strong for hit in frame.hits) else 0.0
    score += min(0.1, 0.03 * len(frame.hits))
    score += 0.1 if event_date.start is not None else 0.0
    score += 0.1 if location.precision in ("point", "town", "near_town") else 0.0
    score += 0.1 if any(a.role == "perpetrator" for a in actors) else 0.0
    score += 0.05 if casualties_reported else 0.0
    score -= 0.15 if frame.background else 0.0
    return round(max(0.05, min(score, 0.95)), 2)


def _event_id(article_id: str, trigger_start: int, ordinal: int) -> str:
    digest = hashlib.sha1(f"{article_id}\x00{trigger_start}\x00{ordinal}".encode()).hexdigest()
    return f"evt_{digest[:12]}"
