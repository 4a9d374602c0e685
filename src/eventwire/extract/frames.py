"""Group a report's sentences into events.

Reports describe one event in many sentences ("the blast ... the explosion ... the attack")
and sometimes several events ("Separately, gunmen abducted two engineers near Tikrit").
Reading in order, the first sentence with a trigger opens an event; later trigger sentences
join it unless they open a new one (an explicit separation word, or a different tactic
family on another day); sentences without triggers (casualty counts, claims, attributions)
attach to the event being told. Background sentences (history, campaign counts) never join
a current event: they form background events of their own when they carry a trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from eventwire.dates import DateMention
from eventwire.extract.background import dates_history, is_background
from eventwire.extract.lexicon import Tactic
from eventwire.extract.triggers import TriggerHit
from eventwire.nlp.sentences import Sentence

SEPARATION = re.compile(
    r"^\W*(?:(?:In |At )?(?:a |another )?separate(?:ly)?\b|In another\b|Elsewhere\b|Meanwhile\b"
    r"|In a second\b|In (?:an|a) (?:unrelated|different)\b|Also on \w+day\b|Earlier\b|Later\b"
    r"|On (?:the )?same day\b)",
    re.IGNORECASE,
)
RESPONSIBILITY = re.compile(
    r"\b(?:claim(?:ed|s|ing)? (?:responsibility|the attack|credit)|responsibility|blam(?:ed|es"
    r"|ing)|accus(?:ed|es|ing)|condemn(?:ed|s|ing)|denied|funerals?|buried)\b",
    re.IGNORECASE,
)
"""Sentences about an event told earlier (its claim, blame, condemnation, funerals): their
dates are when that was said or done, and they never open a new event."""

FAMILIES: dict[Tactic, str] = {
    **dict.fromkeys(
        (
            Tactic.AIRSTRIKE,
            Tactic.SHELLING,
            Tactic.SUICIDE,
            Tactic.IED,
            Tactic.GRENADE,
            Tactic.CHEMICAL,
            Tactic.EXPLOSION,
        ),
        "remote",
    ),
    **dict.fromkeys((Tactic.CLASH, Tactic.AMBUSH, Tactic.REGAIN, Tactic.OVERTAKE), "battle"),
    **dict.fromkeys((Tactic.ABDUCTION, Tactic.SEXUAL), "abduction"),
    **dict.fromkeys((Tactic.PROTEST, Tactic.INTERVENTION, Tactic.LIVE_FIRE), "protest"),
    **dict.fromkeys((Tactic.RIOT, Tactic.MOB, Tactic.CROWD), "riot"),
}
ATTACHING_FAMILIES = frozenset({"other", "strategic"})
"""Tactics that follow an event without being one of their own kind ("police arrested...",
"killed", "attack"): they never open a new event by a change of family alone."""


@dataclass
class Frame:
    """The sentences of one event, before it becomes an `Event` record."""

    background: bool
    trigger_sentences: list[Sentence] = field(default_factory=list)
    context_sentences: list[Sentence] = field(default_factory=list)
    hits: list[TriggerHit] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    @property
    def tactics(self) -> set[Tactic]:
        return {hit.tactic for hit in self.hits}

    @property
    def sentences(self) -> list[Sentence]:
        return sorted(self.trigger_sentences + self.context_sentences, key=lambda s: s.index)

    def families(self) -> set[str]:
        return {family_of(hit.tactic) for hit in self.hits}

    def days(self) -> set[date]:
        return {m.start_date for m in self.dates if m.start_date and m.precision == "day"}


def family_of(tactic: Tactic) -> str:
    if tactic in FAMILIES:
        return FAMILIES[tactic]
    if tactic in (Tactic.ATTACK, Tactic.SHOOTING, Tactic.KILLING):
        return "other"
    return "strategic"


def segment(
    sentences: Sequence[Sentence],
    hits_by_sentence: Sequence[list[TriggerHit]],
    dates_by_sentence: Sequence[list[DateMention]],
    published: date | None,
) -> list[Frame]:
    """Frames (current and background) in text order."""
    frames: list[Frame] = []
    current: Frame | None = None
    pending_context: list[Sentence] = []
    previous_background = False
    dates_of = {s.index: d for s, d in zip(sentences, dates_by_sentence, strict=True)}
    for sentence, hits, dates in zip(sentences, hits_by_sentence, dates_by_sentence, strict=True):
        if sentence.is_headline:  # campaign words are how headlines sum up today's event
            background = dates_history(dates, published)
        else:
            background = is_background(
                sentence.text, dates, published, previous_is_background=previous_background
            ) or (current is not None and _outside_current_period(dates, current))
        previous_background = background
        if background:
            if hits:
                frames.append(Frame(True, [sentence], [], list(hits), list(dates)))
            continue
        if not hits:
            if current is not None:
                current.context_sentences.append(sentence)
            else:
                pending_context.append(sentence)
            continue
        if current is None or _opens_new_event(sentence, hits, dates, current):
            earlier = current
            current = Frame(False)
            frames.append(current)
            current.context_sentences.extend(pending_context)
            pending_context = []
            if earlier is not None and SEQUEL.match(sentence.text) and not _has_day(dates):
                current.dates.extend(_days_of(earlier, dates_of))
        current.trigger_sentences.append(sentence)
        current.hits.extend(hits)
        refers_back = RESPONSIBILITY.search(sentence.text) or _only_anaphoric(sentence, hits)
        if not refers_back or not current.dates:
            current.dates.extend(dates)
    return [frame for frame in frames if not _only_agent_nouns(frame)]


SEQUEL = re.compile(
    r"\W*(?:(?:(?:a\s+few|several|some|two|three|an?|\d+)\s+)?(?:hours?|minutes?|moments?)\s+later"
    r"|later|shortly\s+after(?:wards)?|soon\s+after(?:wards)?|afterwards|moments\s+after)\b",
    re.IGNORECASE,
)
"""A sentence opening "Later, ...", "Hours later", "Shortly afterwards": the next event of
the same day, dated by the event before it when it writes no day of its own (the dateline
is the report's day, not this event's)."""


def _has_day(dates: Sequence[DateMention]) -> bool:
    return any(m.start_date is not None for m in dates)


def _days_of(frame: Frame, dates_of: dict[int, list[DateMention]]) -> list[DateMention]:
    """The dated mentions of an earlier frame: its own, else those of its sentences so far
    ("Yesterday morning at 0730, ..." may open the report before the trigger sentence)."""
    own = [m for m in frame.dates if m.start_date is not None]
    if own:
        return own
    return [m for s in frame.sentences for m in dates_of.get(s.index, []) if m.start_date]


_AGENT_NOUN = re.compile(
    r"(?:kidnappers|attackers|assailants|bombers|rioters|looters|protesters|demonstrators"
    r"|gunmen|gunman|snipers?|hostages?|marchers)",
    re.IGNORECASE,
)


def _only_agent_nouns(frame: Frame) -> bool:
    """ "a band of alleged kidnappers", "the protesters' demands": people named by what they
    once did or do are not a report that something happened; a frame needs one verb or
    event noun ("kidnapped", "a protest", "the attack")."""
    return all(_AGENT_NOUN.fullmatch(hit.text) for hit in frame.hits)


_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|Friday's|Saturday's|Sunday's|Monday's"
    r"|Tuesday's|Wednesday's|Thursday's)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _only_anaphoric(sentence: Sentence, hits: Sequence[TriggerHit]) -> bool:
    """ "the fighting", "the attack", "this blast": every trigger refers to an event already
    told, so the sentence (and the day it names) belongs to that event."""
    return all(_DEFINITE_BEFORE.search(sentence.text[: hit.start - sentence.start]) for hit in hits)


def _outside_current_period(dates: Sequence[DateMention], current: Frame) -> bool:
    """A month or year that does not contain the event's day ("in January", told in a report
    of a February clash) dates an earlier episode."""
    days = current.days()
    coarse = [m for m in dates if m.precision in ("month", "year") and m.start_date and m.end_date]
    return bool(days and coarse) and not any(
        m.start_date <= day <= m.end_date  # type: ignore[operator]
        for m in coarse
        for day in days
    )


def _opens_new_event(
    sentence: Sentence, hits: Sequence[TriggerHit], dates: Sequence[DateMention], current: Frame
) -> bool:
    if SEPARATION.match(sentence.text):
        return True
    if RESPONSIBILITY.search(sentence.text) or _only_anaphoric(sentence, hits):
        return False
    new_days = {m.start_date for m in dates if m.start_date and m.precision == "day"}
    if new_days and current.days() and not new_days & current.days():
        return True  # ACLED codes each day of fighting as its own event
    new_families = {family_of(hit.tactic) for hit in hits} - ATTACHING_FAMILIES
    return (
        bool(new_families)
        and not new_families & current.families()
        and bool(SEPARATION.search(sentence.text[:60]))
    )
