"""Find the words in a sentence that report an event, and keep only those used literally.

A trigger is a regular-expression hit from `lexicon.TRIGGER_PATTERNS` checked against the
parse: it must not be a plan, threat or possibility ("vowed to attack"), a verbal attack
("attacked the budget"), or a weak word without conflict context ("a clash of opinions").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from eventwire.extract.actor_dictionary import names_known_actor
from eventwire.extract.lexicon import (
    APOLITICAL_HARM,
    ARMED_OR_HURT_CONTEXT,
    CONFLICT_CONTEXT,
    DISPLAY_CONTEXT,
    FICTION_CONTEXT,
    FIGURATIVE_OBJECTS,
    HYPOTHETICAL_HEADS,
    NON_CONFLICT_CONTEXT,
    POLITICAL_ACTOR,
    TRIGGER_PATTERNS,
    WARNING_SHOTS,
    Tactic,
)
from eventwire.extract.taxonomy import ARMED_KINDS
from eventwire.nlp.sentences import Sentence

PREFILTER_TACTICS_ALWAYS_STRONG = frozenset({Tactic.PROTEST})
"""Weak in the lexicon but political by nature: accepted without armed context."""

VIOLENT_TACTICS = frozenset(
    {
        Tactic.AIRSTRIKE,
        Tactic.SHELLING,
        Tactic.SUICIDE,
        Tactic.IED,
        Tactic.GRENADE,
        Tactic.CHEMICAL,
        Tactic.EXPLOSION,
        Tactic.CLASH,
        Tactic.AMBUSH,
        Tactic.ATTACK,
        Tactic.SHOOTING,
        Tactic.KILLING,
        Tactic.ABDUCTION,
        Tactic.SEXUAL,
        Tactic.REGAIN,
        Tactic.OVERTAKE,
    }
)


_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|without|never|nor|zero)\s+(?!only\b)(?:[\w-]+\s+){0,2}$", re.I
)
"""A denial up to two words before: "no arrests", "no reports of fighting"."""


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """One literal event trigger, with article offsets."""

    tactic: Tactic
    start: int
    end: int
    text: str
    strong: bool
    sentence: int


def find_triggers(
    sentence: Sentence,
    *,
    in_violent_report: bool,
    figurative_report: bool = False,
    apolitical_report: bool = False,
    next_text: str = "",
) -> list[TriggerHit]:
    """Triggers of ``sentence`` in text order, overlaps resolved in lexicon priority order.

    ``in_violent_report`` is true once an earlier sentence of the article reported violence:
    weak violent words ("the sound of explosions") then count without context of their own.
    ``figurative_report`` is true for reports about sport, markets or weather (see
    `is_figurative_report`): there a weak word needs someone armed, hurt or protesting in
    its own sentence ("the battle in midfield", "a killer blow" are not violence).
    ``next_text`` is the following sentence: someone killed or hurt there ("Aircraft struck
    several sites. 6 people were killed.") is context for this one's weak words too.
    """
    text = sentence.text
    has_context = (
        CONFLICT_CONTEXT.search(text) is not None
        or _names_armed_actor(text)
        or HURT_CONTEXT.search(next_text) is not None
    )
    armed_or_hurt = ARMED_OR_HURT_CONTEXT.search(text) is not None
    figurative_setting = not armed_or_hurt and (
        figurative_report or NON_CONFLICT_CONTEXT.search(text) is not None
    )
    if figurative_report:
        in_violent_report = False
    if apolitical_report and POLITICAL_ACTOR.search(text) is None and not _mob_justice(text):
        return []  # a typhoon's toll, a robbery, a factory blast: no one analysts track
    weak_apolitical = (
        _apolitical_sentence(text)
        or FICTION_CONTEXT.search(text) is not None
        or _display_only(text)
    )
    taken: list[tuple[int, int]] = []
    hits: list[TriggerHit] = []
    protest_sentence = _PROTEST_WORDS.search(text) is not None
    for trigger in TRIGGER_PATTERNS:
        for match in trigger.pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if (
                not trigger.strong
                and not _weak_trigger_allowed(
                    trigger.tactic, has_context, figurative_setting, in_violent_report
                )
                and not (
                    # "staged a sit-in against falling prices": people gathered whatever
                    # the market words say, unless the whole report is sport or markets
                    not figurative_report and _GATHERING.fullmatch(match.group(0))
                )
            ):
                continue
            if weak_apolitical and not trigger.strong and trigger.tactic not in CROWD_TACTICS:
                continue  # "floods killed 45", "the film's battle scene": harm no one tracks
            if trigger.tactic in TERRITORY_TACTICS and _inside_quotes(text, start):
                continue  # a side "liberated" positions in its own words: a claim, not a fact
            if _NEGATED_BEFORE.search(text[:start]):
                continue  # "no arrests", "without incident", "was not attacked"
            if _ACCUSATION_BEFORE.search(text[:start]):
                continue  # "a man accused of kidnapping a child": the charge, not the event
            token = _token_at(sentence, start)
            if trigger.place_object and not _place_follows(sentence, end):
                continue  # "seized Kalashnikovs" is no capture of territory
            if (
                protest_sentence
                and trigger.tactic in VIOLENT_TACTICS | {Tactic.ARREST}
                and _is_grievance(token, text[:start])
            ):
                continue  # "protested against the killing of an elder": what they protest
            if trigger.tactic is Tactic.PROTEST and _is_prior_protest(token, text[:start]):
                continue  # "arrested 150 workers following violent protests": the arrests
            if _is_circumstance(token, text[:start]):
                continue  # "internet cut amid fighting": the setting, not a reported event
            if trigger.tactic is Tactic.RIOT and _ATTACKERS_BEFORE.search(text[:start]):
                continue  # "assailants hurled petrol bombs at a bus": an attack, not a riot
            if (
                _WARNING_SHOTS.fullmatch(match.group(0))
                and not protest_sentence
                and _CROWD_PRESENT.search(text) is None
            ):
                continue  # gunmen "firing into the air" as they storm a village: no crowd
            if trigger.tactic is Tactic.ARREST and _ordinary_crime_arrest(text):
                continue  # "arrested for beating a pupil": policing, not a political arrest
            if _is_commemorated(token):
                continue  # "marked the anniversary of the genocide, in which 800,000 were killed"
            if token is not None and (
                (_is_hypothetical(token) and not _prevented_protest(trigger.tactic, token, text))
                or _is_figurative(token, trigger.tactic)
            ):
                continue
            taken.append((start, end))
            hits.append(
                TriggerHit(
                    tactic=trigger.tactic,
                    start=sentence.start + start,
                    end=sentence.start + end,
                    text=match.group(0),
                    strong=trigger.strong,
                    sentence=sentence.index,
                )
            )
    hits.sort(key=lambda hit: hit.start)
    return hits


TERRITORY_TACTICS = frozenset({Tactic.REGAIN, Tactic.OVERTAKE, Tactic.TRANSFER})

CROWD_TACTICS = frozenset(
    {Tactic.PROTEST, Tactic.INTERVENTION, Tactic.RIOT, Tactic.MOB, Tactic.CROWD, Tactic.LIVE_FIRE}
)
"""Protest and crowd words: a protest over a road death or a mob beating a thief is coded
even where the sentence also tells of an accident or a crime."""

_VIOLENT_PEOPLE = re.compile(
    r"\b(?:mobs?|crowds?|vigilantes?|lynch\w*|villagers|youths|rioters|protest\w*"
    r"|demonstrat\w*|(?:angry|irate|enraged|furious) \w+"
    # someone attacking, not a mishap: "an assailant drove a stolen truck into pedestrians"
    r"|assailants?|attackers?)\b",
    re.IGNORECASE,
)
_AMID_BEFORE = re.compile(r"\b(?:amid|amidst|during)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _apolitical_sentence(text: str) -> bool:
    """A sentence telling of a disaster, an accident, an illness or a private crime
    ("floods killed 45", "a bus plunged into a gorge, killing 14", "murdered his wife") with
    no armed group, state force or crowd in it: its weak words report no event analysts
    track. (A whole report with two such words is dropped by `is_apolitical_report`.)"""
    if not any(
        _AMID_BEFORE.search(text[: match.start()]) is None
        for match in APOLITICAL_HARM.finditer(text)
    ):
        return False  # none, or only the setting: "protesting amid a heatwave"
    # police arresting a murder suspect is policing, not a political actor at work
    armed = any(
        not match.group(0).lower().startswith("police") for match in POLITICAL_ACTOR.finditer(text)
    )
    return (
        not armed
        and _VIOLENT_PEOPLE.search(text) is None
        and not _names_armed_actor(text)
        and not _mob_justice(text)
    )


_ORDINARY_CRIME = re.compile(
    r"\b(?:for|over|on charges? of|suspected of|accused of|in connection with|after)"
    r" (?:[\w'’-]+ ){0,3}?(?:robbery|robberies|theft|thefts|stealing|stole|burglar\w*|fraud"
    r"|drugs?|narcotics|cocaine|heroin|cannabis|poaching|beating|defilement|shoplifting"
    r"|smuggling|counterfeit\w*|scams?|drink[- ]driving|speeding)\b",
    re.IGNORECASE,
)
_POLITICAL_PERSON = re.compile(
    r"\b(?:opposition|activists?|journalists?|party|parties|dissidents?|critics?|bloggers?"
    r"|protesters?|demonstrators?|militants?|rebels?|insurgents?|separatists?|politicians?"
    r"|lawmakers?|MPs?|candidates?|unionists?|student leaders?|officials?)\b",
    re.IGNORECASE,
)


def _ordinary_crime_arrest(text: str) -> bool:
    """An arrest for theft, fraud, drugs or a beating, of no one political: ACLED codes
    arrests of political figures and armed-group members, not everyday policing."""
    return (
        _ORDINARY_CRIME.search(text) is not None
        and _POLITICAL_PERSON.search(text) is None
        and not _names_armed_actor(text)
    )


_COMMEMORATION = frozenset(
    {"anniversary", "commemorate", "commemoration", "remembrance", "memorial", "commemorating"}
)


def _is_commemorated(token: Any | None) -> bool:
    """A trigger inside what is being commemorated ("marked the anniversary of the 1994
    genocide, in which some 800,000 people were killed") is history, whatever day the
    commemoration falls on; the commemoration itself governs it in the parse."""
    node = token
    for _ in range(6):
        if node is None or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in _COMMEMORATION:
            return True
    return False


HURT_CONTEXT = re.compile(
    r"\b(?:killed|dead|died|wounded|injured|casualties|fatalities)\b", re.IGNORECASE
)
"""Someone killed or hurt: context a report's next sentence lends to this one."""

_ACCUSATION_BEFORE = re.compile(
    # a court's verdict on an old attack: "jailed the commander over the 2002 massacre"
    r"\b(?:(?:jailed|sentenced|convicted|acquitted|indicted|verdict|trial)\b[^.;]*?"
    r"\b(?:over|for|in connection with)\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w'’-]+\s+){0,2}$)"
    r"|\b(?:accused of|suspected of|charged with|convicted of|on suspicion of|for allegedly"
    r"|over alleged|blamed for|wanted for|(?:jailed|sentenced|tried) for"
    r"|for (?:supporting|organi[sz]ing|joining|inciting|leading|backing|participating in"
    r"|taking part in))\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""What someone is accused of is not an event of the report."""

_PROTEST_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)?|rall(?:y|ies|ied)|sit-ins?|vigils?)\b",
    re.IGNORECASE,
)
_ATTACKERS_BEFORE = re.compile(
    r"\b(?:assailants?|attackers?|gunm[ae]n|militants|insurgents|unknown (?:persons|men|people)"
    r"|unidentified (?:persons|men|people|assailants|attackers))\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Attackers, not a crowd, right before a riot word are the ones who threw the petrol bomb."""
_GATHERING = re.compile(
    r"demonstrations?|demonstrators?|protesters?|sit-ins?|rall(?:y|ies)|marche[sd]"
    r"|took to the streets",
    re.IGNORECASE,
)
"""Protest words that tell of people gathered, not of an objection ("investors protested
the bid"): a protest even in a sentence about prices or budgets."""
_CROWD_OF_LOCALS = re.compile(
    r"\b(?:residents|villagers|locals|community members|mobs?|crowds?|youths|vigilantes)\b",
    re.IGNORECASE,
)
_SUSPECTS = re.compile(
    r"\b(?:suspected|alleged)\s+(?:[\w-]+\s+)?(?:thie(?:f|ves)|robbers?|criminals?|kidnappers?"
    r"|rapists?|murderers?|killers?|witch(?:es)?|rustlers?|burglars?|muggers?)\b",
    re.IGNORECASE,
)


def _mob_justice(text: str) -> bool:
    """ "Residents attacked and set alight three suspected robbers": a crowd punishing
    suspects is mob violence (ACLED), however much the sentence speaks of crime."""
    return _CROWD_OF_LOCALS.search(text) is not None and _SUSPECTS.search(text) is not None


_WARNING_SHOTS = re.compile(WARNING_SHOTS, re.IGNORECASE)
_CROWD_PRESENT = re.compile(
    r"\b(?:crowds?|mobs?|rioters|mourners|supporters|gather\w*|dispers\w*|stone-throw\w*"
    r"|(?:threw|throwing|hurled|hurling) (?:\w+ )?(?:stones|rocks|bricks))\b",
    re.IGNORECASE,
)
"""People a warning shot could be meant to scatter (protest words are checked apart)."""
_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:against|over|denounc\w*|condemn\w*|decry\w*|protest\w*|following|after|about"
    r"|demanding justice for|in solidarity with)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CROWD_CONTROL = re.compile(
    r"\b(?:arrest\w*|detain\w*|dispers\w*|tear ?gas|water cannons?|batons?)\b", re.IGNORECASE
)


def _is_nominal(token: Any) -> bool:
    """An event named as a thing ("the killing", "fighting", "the arrest"), not told with a
    finite verb ("soldiers killed")."""
    return token.pos_ in ("NOUN", "PROPN") or token.tag_ == "VBG"


def _is_grievance(token: Any | None, before: str) -> bool:
    """In a protest sentence, an event noun after "against", "over", "following" ("against
    the killing of", "over the arrest of") names the protesters' grievance, told as
    background: the event coded is the protest."""
    return token is not None and _is_nominal(token) and _GRIEVANCE_BEFORE.search(before) is not None


_CIRCUMSTANCE_BEFORE = re.compile(
    r"\b(?:amid|amidst|(?:prompted|sparked|triggered|provoked|motivated)\s+by"
    r"|in\s+(?:retaliation|revenge|response)\s+(?:for|to)"
    r"|during\s+(?:the|its|their)\s+(?:recent|last|previous|past|earlier)"
    # journalists "covering an opposition rally": what they reported on, not what befell them
    r"|(?:covering|reporting\s+on|filming|photographing)\s+(?:an?|the|their|its)"
    # "a landmine left over from the fighting": old fighting, today's explosion
    r"|(?:left\s*over|leftover|remnants?)\s+from"
    # "agreed to a truce after two days of fighting": the fighting the truce ends
    r"|after\s+(?:\w+\s+)?(?:days?|nights?|weeks?|months?|years?|hours?)\s+of)"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Before an event noun, words that make it the setting or the cause of what the sentence
reports: "amid fighting", "prompted by the air force bombing", "in retaliation for the
killing of", "during the recent general offensive": told as the reason or the time, it is
not the event reported there."""


def _is_circumstance(token: Any | None, before: str) -> bool:
    """An event noun after "amid" ("amid fighting between the army and the militia") sets
    the scene for what the sentence reports; it is not itself reported there with a place
    and a day. ("Because of the killing of six priests" may well be the report's event.)"""
    return (
        token is not None and _is_nominal(token) and _CIRCUMSTANCE_BEFORE.search(before) is not None
    )


_PRIOR_BEFORE = re.compile(
    r"\b(?:following|after|ahead of|before|calls? for)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


def _is_prior_protest(token: Any | None, before: str) -> bool:
    """A protest named as what came before or is awaited ("following violent protests",
    "after calls for demonstrations") dates the sentence's event; it is not that event."""
    return token is not None and _is_nominal(token) and _PRIOR_BEFORE.search(before) is not None


def _prevented_protest(tactic: Tactic, token: Any, text: str) -> bool:
    """ "Police prevented a demonstration and arrested four": people gathered and were
    stopped, a protest with intervention (codebook), not a protest that never happened."""
    return (
        tactic is Tactic.PROTEST
        and token.head.lemma_.lower() in ("prevent", "ban", "block", "stop", "foil")
        and _CROWD_CONTROL.search(text) is not None
    )


def _place_follows(sentence: Sentence, end_in_sentence: int) -> bool:
    """True when the words after ``end_in_sentence`` begin a place name (a GPE, LOC or FAC
    entity, or a capitalised word followed by ACLED's "(District, Region)" gloss)."""
    token = _token_at(sentence, end_in_sentence)
    if token is None:
        return False
    if sentence.text.isupper():  # wire copy in capitals: only the parse can tell a place
        return token.ent_type_ in ("GPE", "LOC")
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    rest = sentence.text[end_in_sentence:]
    return re.match(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? \(", rest) is not None


_QUOTES = re.compile('["“”]')


def _inside_quotes(text: str, offset: int) -> bool:
    return len(_QUOTES.findall(text, 0, offset)) % 2 == 1


def is_apolitical_report(text: str, lead: str = "") -> bool:
    """A report about a disaster, an accident or ordinary crime: two or more such words,
    or a ``lead`` (first sentence) that tells of one with no armed group in it ("Cyclone
    Freddy slammed into Malawi on Monday. At least 190 people were killed"). Its triggers
    then count only in sentences naming an armed group, state forces or protesters
    ("militants claimed to have shot down the helicopter" still counts)."""
    return sum(1 for _ in APOLITICAL_HARM.finditer(text)) >= 2 or (
        bool(lead) and (_apolitical_sentence(lead) or _display_only(lead))
    )


def _display_only(text: str) -> bool:
    """A parade or a drill with no one hurt ("tanks and missile launchers rolled past"); a
    bomb that kills at a parade is an attack all the same."""
    return DISPLAY_CONTEXT.search(text) is not None and _ANYONE_HURT.search(text) is None


_ANYONE_HURT = re.compile(
    r"\b(?:kill\w*|dead|died|wounded|wounding|injur\w*|casualties|fatalities|opened fire)\b",
    re.IGNORECASE,
)


def is_figurative_report(text: str) -> bool:
    """A report about sport, markets or weather: three or more such words in it."""
    return sum(1 for _ in NON_CONFLICT_CONTEXT.finditer(text)) >= 3


def _names_armed_actor(text: str) -> bool:
    """ "The Houthis and the coalition agreed to a truce": a named armed group or state
    force from the actor dictionary is conflict context as much as the word "militants"."""
    return names_known_actor(text, ARMED_KINDS)


def _weak_trigger_allowed(
    tactic: Tactic, has_context: bool, figurative_setting: bool, in_violent_report: bool
) -> bool:
    if figurative_setting:
        return False  # "attacked the budget", "a cup clash": no one armed, hurt or protesting
    if tactic in PREFILTER_TACTICS_ALWAYS_STRONG or has_context:
        return True
    return in_violent_report and tactic in VIOLENT_TACTICS


def _token_at(sentence: Sentence, offset_in_sentence: int) -> Any | None:
    target = sentence.span.start_char + offset_in_sentence
    for token in sentence.span:
        if token.idx <= target < token.idx + len(token.text):
            return token
    return None


def _is_hypothetical(token: Any) -> bool:
    """True when the trigger is governed by a plan, threat, warning or modal verb."""
    node = token
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lemma_.lower() in HYPOTHETICAL_HEADS:
                return True
        if (
            node.dep_ in ("xcomp", "pobj", "dobj", "compound", "nsubj", "acl")
            and node.head is not node
        ):
            node = node.head
            if node.lemma_.lower() in HYPOTHETICAL_HEADS:
                return True
            continue
        break
    return False


def _is_figurative(token: Any, tactic: Tactic) -> bool:
    """A verbal attack: "attacked the plan", "assaulted the record", "a blistering attack on
    the government's immigration policy", with no one hurt."""
    if tactic is not Tactic.ATTACK:
        return False
    if token.pos_ == "VERB":
        return any(
            child.dep_ == "dobj" and child.lemma_.lower() in FIGURATIVE_OBJECTS
            for child in token.children
        )
    if token.pos_ != "NOUN":
        return False
    if any(child.lemma_.lower() in VERBAL_ATTACK_ADJECTIVES for child in token.children):
        return True
    objects = [
        grandchild
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in ("on", "against")
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ]
    return any(obj.lemma_.lower() in FIGURATIVE_OBJECTS - {"government"} for obj in objects)


VERBAL_ATTACK_ADJECTIVES = frozenset(
    {"blistering", "scathing", "verbal", "stinging", "withering", "rhetorical", "written"}
)
"""Adjectives of an attack made in words: "a scathing attack on the reforms"."""
