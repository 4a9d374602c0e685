"""Who did it and to whom: actors with roles, and how the text knows who did it.

Roles come from the parse: the subject of a violent verb is a perpetrator ("gunmen
stormed..."), its object a target or victim; "attack on X" makes X a target. Attribution
tells apart what the text states (``named``), what a group said of itself (``claimed``:
"X claimed responsibility", "X said it carried out"), what someone else alleged
(``suspected``: "officials blamed X", "pointed to X as the likely perpetrators") and
unnamed attackers (``unidentified``: "unknown gunmen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from eventwire.extract.actor_dictionary import (
    GENERIC_ACTOR_KINDS,
    KnownActor,
    match_known_actor,
)
from eventwire.extract.casualties import PERSON_NOUNS
from eventwire.extract.lexicon import FIGURATIVE_OBJECTS
from eventwire.extract.weapons import WEAPON_KINDS
from eventwire.models import ActorRole, Attribution
from eventwire.nlp.sentences import Sentence

VIOLENT_VERBS = frozenset(
    {
        "attack",
        "kill",
        "shoot",
        "fire",
        "launch",
        "abduct",
        "kidnap",
        "storm",
        "ambush",
        "detonate",
        "seize",
        "capture",
        "bomb",
        "shell",
        "raid",
        "loot",
        "burn",
        "torch",
        "behead",
        "open",
        "carry",
        "strike",
        "target",
        "hit",
        "hack",
        "stab",
        "massacre",
        "execute",
        "rape",
        "overrun",
        "besiege",
        "plant",
        "assault",
        "murder",
        "wound",
        "injure",
        "lynch",
        "beat",
        "arrest",
        "detain",
        "clash",
        "fight",
        "engage",
        "recapture",
        "retake",
        "take",
        "set",
        "ransack",
        "enter",
        "occupy",
        "repel",
        "advance",
        "pound",
        "battle",
        "throw",
        "hurl",
        "lob",
        "assassinate",
        "slay",
        "blow",
        "dynamite",
        "derail",
    }
)
VICTIM_VERBS = frozenset(
    {
        "kill",
        "shoot",
        "abduct",
        "kidnap",
        "behead",
        "stab",
        "massacre",
        "execute",
        "rape",
        "murder",
        "wound",
        "injure",
        "lynch",
        "beat",
        "hack",
        "arrest",
        "detain",
        "assassinate",
        "slay",
    }
)
HUMAN_OBJECT_VERBS = frozenset(
    {"kill", "murder", "assassinate", "slay", "kidnap", "abduct", "execute", "behead"}
    | {"massacre", "wound", "injure"}
)
"""Verbs whose object is a person whatever the noun: "killed a university professor",
"kidnapped the engineer" name victims even when the noun is no actor word."""
VICTIM_NOUNS = frozenset(
    {"killing", "murder", "assassination", "massacre", "kidnapping", "abduction", "slaying"}
)
"""Acts named as nouns: "the assassination of six Jesuit priests", "the priests'
murder" name the victims ("by the army" names the doers, as for attack nouns)."""
QUANTITY_NOUNS = frozenset(
    {"dozen", "score", "hundred", "thousand", "number", "handful", "couple", "pair"}
)
"""Heads that count their "of" phrase: in "killed dozens of Iraqi soldiers" the victims
are the soldiers."""
LIGHT_VERBS = frozenset({"stage", "conduct", "mount", "perpetrate", "commit", "unleash"})
"""Verbs that say who did an act named by their object: "terrorists staged three bomb
attacks" (only with an attack noun as object)."""
WEAPON_OBJECTS = frozenset(
    {"bomb", "explosive", "device", "charge", "dynamite", "grenade", "mine", "ied"}
    | {"car-bomb", "carbomb"}
)
PLACING_VERBS = frozenset({"place", "leave", "set", "plant"})
"""Verbs that make an attack of placing a weapon: "unidentified persons placed 11 bombs in
various government bank branches" (only with a weapon noun as object)."""
ATTACKABLE_NOUNS = frozenset(
    {"branch", "building", "installation", "facility", "residence", "institute", "train"}
    | {"pole", "tower", "line", "plant", "station", "property", "properties", "car", "jeep"}
    | {"vehicle", "headquarters", "offices", "premises", "ambulance"}
)
"""Things attacked besides `SITE_NOUNS` (which also locate events, so stay narrower)."""
ATTACK_NOUNS = frozenset(
    {
        "attack",
        "strike",
        "airstrike",
        "assault",
        "raid",
        "ambush",
        "bombing",
        "shelling",
        "offensive",
        "fire",
        "blast",
        "explosion",
        "rocket",
        "missile",
        "clash",
        "fighting",
        "battle",
        "gunfight",
        "firefight",
        "skirmish",
    }
)
CLASH_NOUNS = frozenset(
    {"clash", "fighting", "battle", "gunfight", "firefight", "skirmish", "exchange", "fight"}
)
PROTEST_VERBS = frozenset(
    {
        "protest",
        "march",
        "rally",
        "demonstrate",
        "gather",
        "stage",
        "hold",
        "block",
        "drive",
        "picket",
        "strike",
        "converge",
        "occupy",
        "chant",
    }
)
SITE_NOUNS = frozenset(
    {
        "embassy",
        "consulate",
        "base",
        "checkpoint",
        "market",
        "school",
        "mosque",
        "church",
        "convoy",
        "station",
        "hospital",
        "village",
        "house",
        "home",
        "vehicle",
        "bus",
        "camp",
        "office",
        "headquarters",
        "post",
        "outpost",
        "compound",
        "airport",
        "hotel",
        "bank",
        "pipeline",
        "bridge",
        "prison",
        "court",
        "university",
        "patrol",
        "position",
        "barracks",
        "shop",
        "restaurant",
        "town",
        "truck",
        "ship",
        "tanker",
        "plant",
        "refinery",
        "tower",
        "substation",
        "pylon",
        "farm",
        "factory",
        "warehouse",
        "mast",
        "minibus",
    }
)
NAME_EXCLUDED_MODIFIERS = frozenset(
    {
        "likely",
        "suspected",
        "alleged",
        "unidentified",
        "unknown",
        "possible",
        "probable",
        "presumed",
        "the",
        "a",
        "an",
        "some",
        "several",
        "other",
        "armed",
    }
)
UNIDENTIFIED_MARKERS = frozenset({"unidentified", "unknown", "masked", "anonymous"})
SUSPECTED_MARKERS = frozenset({"suspected", "alleged", "presumed", "likely", "possible"})
_ATTRIBUTION_RANK: dict[str | None, int] = {
    "claimed": 4,
    "named": 3,
    "suspected": 2,
    "unidentified": 1,
    None: 0,
}


@dataclass(frozen=True, slots=True)
class ActorMention:
    name: str
    role: ActorRole
    kind: str | None
    attribution: Attribution | None
    attributed_by: str | None
    normalized_name: str | None
    start: int
    end: int
    text: str


def find_actors(sentence: Sentence) -> list[ActorMention]:
    """Actor mentions of one sentence, from the patterns described in the module doc."""
    found: list[ActorMention] = []
    for token in sentence.span:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in VIOLENT_VERBS and _violent_use(token):
            found.extend(_from_violent_verb(sentence, token))
        elif token.pos_ == "VERB" and _names_an_attack(token):
            found.extend(_from_light_verb(sentence, token))
        if token.pos_ in ("NOUN", "PROPN") and lemma in VICTIM_NOUNS:
            found.extend(_from_victim_noun(sentence, token))
        elif lemma in (
            "blame", "accuse", "attribute", "suspect", "point", "hold", "believe", "identify"
        ):  # fmt: skip
            found.extend(_from_attribution(sentence, token))
        elif lemma == "claim" or (lemma == "say" and _says_it_did(token)):
            found.extend(_from_claim(sentence, token))
        if token.pos_ == "VERB" and lemma in PROTEST_VERBS and protest_sentence(sentence):
            found.extend(_protesters(sentence, token))
        if token.pos_ in ("NOUN", "PROPN") and lemma in ATTACK_NOUNS:
            found.extend(_from_attack_noun(sentence, token))
        if token.lower_ == "suspected" and token.dep_ == "amod" and _is_actor(token.head):
            found.append(_mention(sentence, token.head, "perpetrator", "suspected", None))
    return found


_PROTEST_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|sit-ins?|strike|picket\w*)\b",
    re.IGNORECASE,
)


def protest_sentence(sentence: Sentence) -> bool:
    return _PROTEST_WORDS.search(sentence.text) is not None


def _protesters(sentence: Sentence, verb: Any) -> list[ActorMention]:
    """ "Thousands of French farmers drove tractors into Paris to protest": the farmers."""
    found: list[ActorMention] = []
    for child in verb.children:
        if child.dep_ != "nsubj" or child.pos_ == "PRON":
            continue
        head = child
        if head.lemma_.lower() in ("thousand", "hundred", "dozen", "score", "number"):
            head = next(
                (
                    p
                    for prep in head.children
                    if prep.lower_ == "of"
                    for p in prep.children
                    if p.dep_ == "pobj"
                ),
                head,
            )
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in ("police", "officer"):
            mention = _mention(sentence, head, "other", None, None)
            found.append(replace(mention, kind="protesters"))
    return found


def merge_actors(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """One actor per (normalised name, role), keeping the strongest attribution."""
    merged: dict[tuple[str, str], ActorMention] = {}
    for mention in mentions:
        key = (_identity(mention), mention.role)
        current = merged.get(key)
        if current is None or (
            _ATTRIBUTION_RANK[mention.attribution] > _ATTRIBUTION_RANK[current.attribution]
            or (
                _ATTRIBUTION_RANK[mention.attribution] == _ATTRIBUTION_RANK[current.attribution]
                and len(mention.name) > len(current.name)
            )
        ):
            merged[key] = mention
    perpetrators = [m for m in merged.values() if m.role == "perpetrator"]
    named = [m for m in perpetrators if m.attribution != "unidentified"]
    kept = [
        m
        for m in merged.values()
        if not (
            m.role == "perpetrator"
            and m.attribution == "unidentified"
            and named
            and m.kind == "unidentified_armed_group"
            and _generic(m)
        )
    ]
    return sorted(
        kept,
        key=lambda m: (
            m.role != "perpetrator",
            _agent_noun(m),
            -_ATTRIBUTION_RANK[m.attribution],
        ),
    )


_AGENT_NOUNS = frozenset(
    {"bomber", "assailant", "attacker", "gunman", "gunmen", "kidnapper", "abductor", "hijacker"}
)


def _agent_noun(mention: ActorMention) -> bool:
    """ "a suicide bomber", "assailants": who did it, but no group. A group named as doer,
    claimant or suspect ("sources attributed the attack to the Haqqani Network") is listed
    first, as the GTD names the group (``gname``), not the bomber."""
    last = mention.name.lower().split()[-1] if mention.name else ""
    return mention.normalized_name is None and last.removesuffix("s") in _AGENT_NOUNS


def _identity(mention: ActorMention) -> str:
    """ "US Embassy in Baghdad" and "U.S. Embassy" are one actor."""
    name = (mention.normalized_name or mention.name).lower().split(" in ")[0]
    return "".join(ch for ch in name if ch.isalnum())


def _generic(mention: ActorMention) -> bool:
    return mention.name.lower() in ("gunmen", "attackers", "assailants", "militants")


def _violent_use(verb: Any) -> bool:
    """ "blew up a bridge" is violence, "the wind blew" is not."""
    if verb.lemma_.lower() == "blow":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return True


def _names_an_attack(verb: Any) -> bool:
    """ "staged three bomb attacks", "placed 11 bombs": a light or placing verb whose
    object is an attack or a weapon."""
    lemma = _MISLEMMATISED.get(verb.lemma_.lower(), verb.lemma_.lower())
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in LIGHT_VERBS:
        return any(o.lemma_.lower() in ATTACK_NOUNS | VICTIM_NOUNS for o in objects)
    if lemma in PLACING_VERBS:
        return any(o.lemma_.lower() in WEAPON_OBJECTS for o in objects)
    return False


_MISLEMMATISED = {"stag": "stage"}
"""Lemmas the tagger gets wrong in upper-case wire copy ("TERRORISTS STAGED" -> "stag")."""


def _from_light_verb(sentence: Sentence, verb: Any) -> list[ActorMention]:
    """The doer of "X staged attacks" / "X placed bombs in Y", and where a placed weapon
    was put ("in various government bank branches")."""
    found = [
        mention
        for subject in _subjects(verb)
        for mention in _mention_with_conjuncts(sentence, subject, "perpetrator", None, None)
    ]
    if verb.lemma_.lower() in PLACING_VERBS:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _DIRECTED_PREPOSITIONS | {"in", "under"}:
                for pobj in _prepositional_objects(prep):
                    if _is_site(pobj):
                        found.extend(_mention_with_conjuncts(sentence, pobj, "target", None, None))
    return found


def _subjects(verb: Any) -> list[Any]:
    """The verb's subjects that are actors; for "ARENA assassins tried to kill", where
    the verb has none, the subject of the verb it completes."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [m for s in subjects for m in (s, *_conjuncts(s)) if _is_actor(m)]


_NEAR_NOUNS = frozenset({"front", "side", "door", "entrance", "vicinity"})


def _in_front_of(prep: Any) -> bool:
    """ "in front of a Mormon church": where a bomb was planted, like "at"."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _NEAR_NOUNS for c in prep.children)


def _prepositional_objects(prep: Any) -> list[Any]:
    """Objects of a preposition, through "in front of" / "outside of" to the thing."""
    found: list[Any] = []
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.lemma_.lower() in _NEAR_NOUNS:
            found.extend(
                p
                for inner in pobj.children
                if inner.dep_ == "prep" and inner.lower_ == "of"
                for p in inner.children
                if p.dep_ == "pobj"
            )
        else:
            found.append(pobj)
    return found


def _counted(token: Any) -> Any:
    """ "dozens of Iraqi soldiers" -> soldiers; any other noun is itself."""
    if token.lemma_.lower() in QUANTITY_NOUNS or token.pos_ == "NUM":
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return token


def _listed(token: Any) -> list[Any]:
    """A list the parser chained as appositions and conjuncts: "a university professor, a
    policeman, and a pedestrian" -> the three heads."""
    members = [token]
    if token.pos_ not in ("NOUN", "PROPN"):
        return members  # "wounded nine, damaging apartment buildings": no list of victims
    for child in token.children:
        if child.dep_ in ("appos", "conj") and child.pos_ in ("NOUN", "PROPN"):
            members.extend(_listed(child))
    return members


def _hit_role(member: Any, object_role: ActorRole) -> ActorRole:
    """A building or vehicle hit is a target even where the verb's people are victims."""
    return "target" if _is_site(member) and not _is_actor(member) else object_role


_NOT_PEOPLE_ENTITIES = frozenset(
    {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
    | {"QUANTITY", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}
)


_NOBODY = frozenset({"one", "nobody", "none", "anyone", "anybody", "everyone", "someone"})


def _person_object(verb: Any, token: Any) -> bool:
    """The object of "killed"/"kidnapped" is a person unless it is a place, a date, a
    number or a word for the act itself ("killed 26", "killed the peace plan")."""
    lemma = token.lemma_.lower()
    if token.lower_ in _NOBODY or any(c.lower_ == "no" for c in token.children):
        return False  # "no one was injured"
    return (
        verb.lemma_.lower() in HUMAN_OBJECT_VERBS
        and token.pos_ in ("NOUN", "PROPN")
        and token.ent_type_ not in _NOT_PEOPLE_ENTITIES
        and lemma not in FIGURATIVE_OBJECTS | ATTACK_NOUNS | VICTIM_NOUNS | QUANTITY_NOUNS
        and lemma not in ("time", "people's", "hope", "process", "deal", "talk", "chance")
    )


def _from_victim_noun(sentence: Sentence, noun: Any) -> list[ActorMention]:
    """ "the assassination of six Jesuit priests", "the Jesuits' murder": the victims."""
    found: list[ActorMention] = []
    victims = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    victims.extend(_prep_objects(noun, "of"))
    for victim in victims:
        for member in _listed(_counted(victim)):
            if _is_actor(member) or member.ent_type_ == "PERSON":
                found.append(_mention(sentence, member, "victim", None, None))
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and _is_actor(pobj):
                    found.extend(_mention_with_conjuncts(sentence, pobj, "perpetrator", None, None))
    return found


def _from_violent_verb(sentence: Sentence, verb: Any) -> list[ActorMention]:
    found: list[ActorMention] = []
    lemma = verb.lemma_.lower()
    object_role: ActorRole = "victim" if lemma in VICTIM_VERBS else "target"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURATIVE_OBJECTS for c in verb.children):
        return found  # "has attacked the government over its strategy": words, not violence
    responders = _hits_the_attackers(verb) or _stops_the_attacker(verb)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        # "Two Turkish soldiers killed in northern Iraq", "dozens of militants killed in
        # raids": a participle after a noun is a passive; the noun is what was hit
        for member in _listed(_counted(verb.head)):
            if _is_actor(member) or _is_site(member):
                found.append(_mention(sentence, member, _hit_role(member, object_role), None, None))
    if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        found.extend(  # "ARENA assassins tried to kill the president of the mortgage bank"
            _mention(sentence, subject, "perpetrator", None, None) for subject in _subjects(verb)
        )
    for child in verb.children:
        if responders and child.dep_ in ("nsubj", "agent"):
            continue  # "the assailant was shot dead by police": who stopped the attack
        if child.dep_ == "nsubj":
            # "BAMAKO (AFP) - Malian soldiers ... have set up": the parser can make a dateline
            # the subject; its conjuncts are still the actors.
            found.extend(
                _mention(
                    sentence, member, "victim" if _died_by(verb) else "perpetrator", None, None
                )
                for member in (child, *_conjuncts(child))
                if _is_actor(member)
            )
        elif child.dep_ == "agent":
            for agent in child.children:
                if agent.dep_ == "pobj" and _is_actor(agent):
                    found.extend(
                        _mention_with_conjuncts(sentence, agent, "perpetrator", None, None)
                    )
        elif child.dep_ == "dobj" and child.lemma_.lower() in ATTACK_NOUNS:
            # "troops repelled an ISWAP attack": the attack's owner is the other side
            found.extend(
                _mention(sentence, owner, "perpetrator", None, None)
                for owner in child.children
                if owner.dep_ in ("compound", "poss", "nmod") and _is_actor(owner)
            )
        elif child.dep_ in ("dobj", "nsubjpass"):
            for member in _listed(_counted(child)):
                if _is_actor(member) or _is_site(member) or _person_object(verb, member):
                    hit_role = _hit_role(member, object_role)
                    found.append(_mention(sentence, member, hit_role, None, None))
        elif child.dep_ == "prep" and (
            (
                child.lemma_ in ("with", "on", "at", "against")
                and lemma in ("clash", "fight", "fire", "open", "engage", "battle")
            )
            or (
                (child.lemma_ in _DIRECTED_PREPOSITIONS or _in_front_of(child))
                and _directs_weapon(verb)
            )
        ):
            for pobj in _prepositional_objects(child):
                if _is_actor(pobj) or _is_site(pobj):
                    # "opened fire on Rogelio Benitez": a person shot at is a victim
                    role: ActorRole = (
                        "victim"
                        if lemma in ("fire", "open")
                        and (pobj.ent_type_ == "PERSON" or _kind_of(pobj) == "civilians")
                        else "target"
                    )
                    found.extend(_mention_with_conjuncts(sentence, pobj, role, None, None))
    return found


def _prep_objects(token: Any, *prepositions: str) -> list[Any]:
    """The objects of ``token``'s prepositions among ``prepositions`` ("the attack on the
    convoy" -> convoy), however deep the parser hung them."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _died_by(verb: Any) -> bool:
    """ "Seven passengers burned to death": with no object, a violent verb "to death" tells
    how its subject died; the subject is a victim, not the killer."""
    if any(child.dep_ == "dobj" for child in verb.children):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(grand.lower_ == "death" for grand in child.children)
        for child in verb.children
    )


_ATTACKER_NOUNS = frozenset(
    {"assailant", "attacker", "gunman", "gunmen", "bomber", "hijacker", "kidnapper", "abductor"}
)


def _hits_the_attackers(verb: Any) -> bool:
    """ "Police shot dead both assailants", "two of the assailants were killed by police":
    the verb's victims are the attack's own perpetrators, so its doer answered the attack."""
    # "Police shot and killed the assailant": the object may hang on the coordinated verb
    for child in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        heads = [child, *_prep_objects(child, "of")]
        if any(h.lemma_.lower() in _ATTACKER_NOUNS or h.lower_ in _ATTACKER_NOUNS for h in heads):
            return True
    return False


_STOPPING_VERBS = frozenset({"arrest", "detain", "apprehend", "subdue", "overpower", "disarm"})


def _stops_the_attacker(verb: Any) -> bool:
    """ "An assailant stabbed shoppers before police arrested him": in a sentence whose
    doer is an attacker, whoever arrests or subdues "him" answered the attack."""
    if verb.lemma_.lower() not in _STOPPING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(o.lower_ in ("him", "her", "them") for o in objects):
        return False
    return any(
        t.dep_ == "nsubj" and t.lemma_.lower() in _ATTACKER_NOUNS and t.head is not verb
        for t in verb.sent
    )


_DIRECTED_PREPOSITIONS = frozenset(
    {"to", "at", "on", "among", "into", "inside", "against", "near", "outside"}
)
_AIMING_VERBS = frozenset({"detonate", "throw", "hurl", "lob", "launch", "fire", "plant", "drop"})


def _directs_weapon(verb: Any) -> bool:
    """ "set fire to a school", "detonated among journalists", "hurled a grenade at a
    bunker": the preposition's object is what the weapon was aimed at."""
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return any(c.dep_ == "dobj" and c.lower_ in ("fire", "alight") for c in verb.children)
    return lemma in _AIMING_VERBS


def _from_attack_noun(sentence: Sentence, noun: Any) -> list[ActorMention]:
    found: list[ActorMention] = []
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in VIOLENT_VERBS:
        # "Iraq army airstrikes", "an FMLN attack on Army positions": the owner attacked
        # (as the object of "repelled an ISWAP attack" the owner is read with that verb)
        found.extend(
            _mention(sentence, owner, "perpetrator", None, None)
            for owner in noun.children
            if owner.dep_ in ("compound", "poss", "nmod")
            and owner.i < noun.i
            and _is_actor(owner)
            and not _anti(owner)
            # "Rocket Attack on US Embassy", "Drone Strike": the weapon, not who used it
            and owner.lemma_.lower() not in WEAPON_KINDS
            and owner.lower_ not in WEAPON_KINDS
        )
    for child in noun.children:
        if child.dep_ == "prep" and child.lemma_ in ("on", "against", "targeting"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (_is_actor(pobj) or _is_site(pobj)):
                    found.extend(_mention_with_conjuncts(sentence, pobj, "target", None, None))
        if child.dep_ == "prep" and child.lemma_ == "with" and noun.lemma_.lower() in CLASH_NOUNS:
            # "a firefight with guerrillas of the ELN": the other side of the fight
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_actor(pobj):
                    found.extend(_mention_with_conjuncts(sentence, pobj, "perpetrator", None, None))
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            # "an attack by JNIM militants": the attackers, whatever the verb governing it
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_actor(pobj):
                    found.extend(_mention_with_conjuncts(sentence, pobj, "perpetrator", None, None))
        if child.dep_ == "prep" and child.lemma_ == "between":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_actor(pobj):
                    roles: list[ActorRole] = ["perpetrator", "target"]
                    for role, member in zip(roles, [pobj, *_conjuncts(pobj)], strict=False):
                        found.append(_mention(sentence, member, role, None, None))
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in ("experience", "suffer", "come", "face"):
        for child in head.children:
            if child.dep_ == "nsubj" and (_is_actor(child) or _is_site(child)):
                found.append(_mention(sentence, child, "target", None, None))
    return found


def _anti(token: Any) -> bool:
    """ "an anti-IS offensive" is aimed at the group, not by it."""
    return any(c.lower_ in ("anti", "anti-") for c in token.children) or token.lower_.startswith(
        "anti-"
    )


def _from_attribution(sentence: Sentence, verb: Any) -> list[ActorMention]:
    lemma = verb.lemma_.lower()
    by = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    by_text = _speaker(by) if by is not None and by.pos_ != "PRON" else None
    accused: list[Any] = []
    for child in verb.children:
        if lemma in ("blame", "accuse", "suspect", "hold") and child.dep_ == "dobj":
            if child.lemma_ in ATTACK_NOUNS:
                accused.extend(_prep_objects(child, "on"))
            else:
                accused.append(child)
        if lemma in ("blame",) and child.dep_ == "prep" and child.lemma_ == "on":
            accused.extend(p for p in child.children if p.dep_ == "pobj")
        if lemma in ("attribute", "point") and child.dep_ == "prep" and child.lemma_ == "to":
            accused.extend(p for p in child.children if p.dep_ == "pobj")
        if lemma == "attribute" and child.dep_ == "dobj":
            # "attributed the attack to X": the parser may hang "to X" on "the attack"
            accused.extend(_prep_objects(child, "to"))
        if lemma == "identify" and child.dep_ == "prep" and child.lower_ == "as":
            # "identified the assailants as members of X": the parser hangs "as" either way
            accused.extend(c for c in child.children if c.dep_ == "pobj")
        if lemma == "identify" and child.dep_ == "dobj":
            accused.extend(_prep_objects(child, "as"))
        if lemma in ("suspect", "believe") and child.dep_ == "nsubjpass":
            accused.append(child)
            by_text = None
    return [
        mention
        for person in accused
        if _is_actor(person) or _is_named_accused(person)
        for mention in _mention_with_conjuncts(
            sentence, person, "perpetrator", "suspected", by_text
        )
    ]


def _is_named_accused(token: Any) -> bool:
    """A proper name the attack is blamed on ("attributed the attack to Los Zetas", "to the
    Islamic State West Africa Province"): whom an attack is attributed to is a group, even
    where the tagger took the name for a place."""
    return bool(token.pos_ == "PROPN" and token.text[:1].isupper())


def _speaker(token: Any) -> str:
    """ "The spokesperson for the U.S. embassy" -> "spokesperson for the U.S. embassy"."""
    name = _phrase(token)
    for child in token.children:
        if child.dep_ == "prep" and child.lemma_ in ("for", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                name = f"{name} {child.text} {_phrase(pobj)}"
    return name


def _says_it_did(say: Any) -> bool:
    """ "ISWAP said in a statement posted on Telegram that its fighters had attacked"."""
    return any(
        c.dep_ in ("ccomp", "relcl", "acl", "advcl")
        and c.lemma_.lower() in VIOLENT_VERBS | {"be"}
        and any(
            s.dep_ == "nsubj"
            and (
                s.lower_ in ("it", "they")
                or any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in s.children)
            )
            for s in c.children
        )
        for c in say.subtree
        if c is not say
    )


_SERIES_NOUNS = frozenset({"wave", "series", "spate", "string", "number"})


def _claimable(obj: Any) -> bool:
    """What a group claims: responsibility, credit, an attack ("claims Baghdad car bomb
    attack") or a series of them ("claims wave of Iraq attacks")."""
    lemma = obj.lemma_.lower()
    if lemma in ("responsibility", "credit") or lemma in ATTACK_NOUNS | VICTIM_NOUNS:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in ATTACK_NOUNS for c in obj.children):
        return True  # "claims Baghdad car bomb attack - statement": the parser's head is wrong
    return lemma in _SERIES_NOUNS and any(
        p.lemma_.lower() in ATTACK_NOUNS | VICTIM_NOUNS
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
    )


def _from_claim(sentence: Sentence, verb: Any) -> list[ActorMention]:
    claimed_act = verb.dep_ == "acl" and _claimable(verb.head)  # "a bombing claimed by IS"
    if (
        verb.lemma_.lower() == "claim"
        and not claimed_act
        and not any(c.dep_ in ("dobj", "nsubjpass") and _claimable(c) for c in verb.children)
    ):
        return []
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "nsubj"
        and (c.lower_ in ("nobody", "none") or any(d.lower_ == "no" for d in c.children))
        for c in verb.children
    )
    if negated:
        return []  # "no group claimed", "did not claim"; "gave no details" is no denial
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and _is_actor(c)]
    for child in verb.children:
        if child.dep_ == "agent":
            subjects.extend(p for p in child.children if p.dep_ == "pobj" and _is_actor(p))
    return [
        mention
        for subject in subjects
        for mention in _mention_with_conjuncts(sentence, subject, "perpetrator", "claimed", None)
    ]


def _conjuncts(token: Any) -> list[Any]:
    return [c for c in token.children if c.dep_ == "conj"]


def _mention_with_conjuncts(
    sentence: Sentence,
    token: Any,
    role: ActorRole,
    attribution: Attribution | None,
    attributed_by: str | None,
) -> list[ActorMention]:
    tokens = [token, *(c for c in _conjuncts(token) if _is_actor(c) or _is_site(c))]
    return [_mention(sentence, t, role, attribution, attributed_by) for t in tokens]


_GENERIC_DOERS = frozenset(
    {
        "gunman", "gunmen", "assailant", "attacker", "militant", "insurgent", "extremist",
        "terrorist", "jihadist",
    }
)  # fmt: skip
"""Nouns that say what the doers were, never which group: an unidentified perpetrator."""


def _mention(
    sentence: Sentence,
    token: Any,
    role: ActorRole,
    attribution: Attribution | None,
    attributed_by: str | None,
) -> ActorMention:
    name = _phrase(token)
    known = match_known_actor(name) or _acronym_group(token) or _affiliation(token)
    modifiers = {t.lower_ for t in token.subtree if t.i < token.i}
    if role == "perpetrator" and attribution is None:
        if modifiers & SUSPECTED_MARKERS:
            attribution = "suspected"
        elif modifiers & UNIDENTIFIED_MARKERS or (
            known is None
            and (
                # "Militants attacked a post": who did it, not which group (GTD: Unknown)
                token.lemma_.lower() in _GENERIC_DOERS
                or _unit_kind(token) == "unidentified_armed_group"  # "a group of armed men"
            )
            and not _has_proper_modifier(token)
        ):
            attribution = "unidentified"
        else:
            attribution = "named"
    kind = known.kind if known else _kind_of(token)
    normalized = known.name if known else None
    if normalized is None and kind == "state_forces":
        normalized = _state_force_name(token)
    start = sentence.base + token.left_edge.idx
    doc_text = sentence.span.doc.text
    last_word = name.split()[-1]
    last_at = doc_text.find(last_word, token.idx)
    end_in_doc = last_at + len(last_word) if last_at >= 0 else token.idx + len(token.text)
    end = sentence.base + end_in_doc
    return ActorMention(
        name=name,
        role=role,
        kind=kind,
        attribution=attribution if role == "perpetrator" else None,
        attributed_by=attributed_by if role == "perpetrator" else None,
        normalized_name=normalized,
        start=start,
        end=max(end, start),
        text=sentence.span.doc.text[start - sentence.base : end - sentence.base],
    )


_NOMINAL_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "dobj", "compound", "conj", "appos"})
CASED_ACRONYMS = {"IS": "Islamic State"}
"""Group acronyms that are also common words: only their capitals tell "claimed by IS"
from "is", so they count only in text that is not all capitals."""


def _acronym_group(token: Any) -> KnownActor | None:
    """ "14 killed in bombing claimed by IS", "IS fighters": the Islamic State."""
    name = CASED_ACRONYMS.get(token.text)
    nominal = token.pos_ in ("PROPN", "NOUN") or token.dep_ in _NOMINAL_DEPS  # "of IS" as AUX
    if name is None or not nominal or _all_capitals(token.doc.text):
        return None
    return match_known_actor(name)


def _all_capitals(text: str) -> bool:
    letters = [c for c in text[:2000] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _has_proper_modifier(token: Any) -> bool:
    return any(c.pos_ == "PROPN" and c.dep_ in ("compound", "amod", "nmod") for c in token.children)


def _kind_of(token: Any) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in ("force", "forces") and any(
        c.lower_ in ("security", "government", "state", "armed", "police")
        or c.ent_type_ in ("NORP", "GPE")
        for c in token.children
    ):
        return "state_forces"
    if token.ent_type_ == "NORP" and lemma not in GENERIC_ACTOR_KINDS:
        return "civilians"
    if any(c.lower_ in FORMER_WORDS for c in token.children):
        return "civilians"  # "a former army officer" carries no arms for anyone now
    if lemma in UNIT_NOUNS:
        kind = _unit_kind(token)
        if kind is None and not _belongs_to_a_name(token):
            kind = GENERIC_ACTOR_KINDS.get(lemma)  # "army commandos" are state forces
        return kind
    return GENERIC_ACTOR_KINDS.get(lemma)


def _is_actor(token: Any) -> bool:
    if token.pos_ == "PRON":
        return False
    if (
        token.ent_type_ in ("GPE", "LOC")
        and not _is_country(token.text)
        and match_known_actor(_phrase(token)) is None
    ):
        return False  # a town is where something happened, not who did it ("ISIL" is a group)
    if token.ent_type_ == "FAC" and match_known_actor(_phrase(token)) is None:
        return False  # a site, unless it is a group's name the parser took for one
    lemma = token.lemma_.lower()
    return (
        lemma in GENERIC_ACTOR_KINDS
        or lemma in PERSON_NOUNS
        or token.ent_type_ in ("ORG", "NORP", "PERSON")
        or match_known_actor(_phrase(token)) is not None
        or _acronym_group(token) is not None
        or lemma in ("people", "person", "man", "member", "personnel", "family", "convoy")
        or lemma in ("individual", "assassin", "perpetrator")
        or (lemma in UNIT_NOUNS and _unit_kind(token) is not None)
    )


FORMER_WORDS = frozenset({"former", "retired", "ex", "ex-"})

UNIT_NOUNS = frozenset(
    {"convoy", "column", "patrol", "unit", "detachment", "cell", "squad", "brigade", "battalion"}
    | {"platoon", "faction", "wing", "commando", "group", "band"}
)
"""Words for a body of armed men: their kind is that of whose they are ("a column of the
Myanmar military", "an army convoy", "a rebel patrol", "a cell of the Islamic State", "an
urban commando of the Tupac Amaru Revolutionary Movement")."""


def _unit_kind(token: Any) -> str | None:
    """The kind of whose the unit is; armed men nobody names ("an armed group", "a group of
    armed men") are an unidentified armed group."""
    if _armed(token):
        return "unidentified_armed_group"
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss"):
            kind = GENERIC_ACTOR_KINDS.get(child.lemma_.lower())
            known = match_known_actor(child.text)
            if known is not None:
                return known.kind
            if kind is not None:
                return kind
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    known = match_known_actor(_phrase(pobj))
                    if known is not None:
                        return known.kind
                    if _armed(pobj):
                        return "unidentified_armed_group"
                    return GENERIC_ACTOR_KINDS.get(pobj.lemma_.lower())
    return None


def _armed(token: Any) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in ("armed", "heavily-armed") for c in token.children)


def _belongs_to_a_name(token: Any) -> bool:
    """ "a commando of the Tupac Amaru Revolutionary Movement": the unit is the named
    body's, whose kind the dictionary may not know; the unit word alone must not decide it."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(
            pobj.dep_ == "pobj"
            and (pobj.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in pobj.children))
            for pobj in child.children
        )
        for child in token.children
    )


POLICE_WORDS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie"})


def _state_force_name(token: Any) -> str | None:
    """ACLED's name for a state's forces: "Iraqi troops" -> "Military Forces of Iraq",
    "Kenyan police" -> "Police Forces of Kenya"; None when the text names no country."""
    for modifier in token.children:
        if modifier.dep_ not in ("amod", "compound", "nmod", "poss") or modifier.i > token.i:
            continue
        country = _country_name(modifier.text)
        if country:
            police = token.lemma_.lower() in POLICE_WORDS or any(
                c.lemma_.lower() in POLICE_WORDS for c in token.children
            )
            return f"{'Police' if police else 'Military'} Forces of {country}"
    return None


@lru_cache(maxsize=4096)
def _country_name(word: str) -> str | None:
    import pycountry

    from eventwire.geocode.demonyms import DEMONYMS

    code = DEMONYMS.get(word.lower())
    try:
        country = (
            pycountry.countries.get(alpha_2=code) if code else pycountry.countries.lookup(word)
        )
    except LookupError:
        return None
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    """ "Russia launched drones": countries act through their forces; towns never do."""
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _is_site(token: Any) -> bool:
    """A place that can be attacked; not the weapon itself ("explosives-laden vehicle")."""
    if any(c.lower_.endswith(("laden", "rigged", "trapped")) for c in token.children):
        return False
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in SITE_NOUNS | ATTACKABLE_NOUNS


def _known_entity(token: Any) -> str | None:
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.label_ != "ORG" or entity.end - 1 <= token.i:
        return None
    name = re.sub(r"^(?:the|The)\s+", "", entity.text)
    return name if match_known_actor(name) is not None else None


_MEMBER_NOUNS = frozenset({"member", "fighter", "militant", "supporter", "soldier"})
"""People named by the body they belong to: "fighters of the Islamic State"."""
_PARTISANS = frozenset({"activist", "cadre", "loyalist"})
"""Named by their party only with "of" ("activists of the Jamaat-e-Islami party"; an
"activist in Iraq" is where one is)."""


def _hyphenated_name(token: Any) -> str | None:
    """ "Jaish-e-Mohammed", "Lashkar-e-Taiba": the parser splits a name at its hyphens and
    may make any piece the head; the whole hyphen-joined proper name is the name."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_:
            break
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        if doc[end + 1].whitespace_:
            break
        end += 2
    pieces = [doc[i].text for i in range(start, end + 1, 2)]
    if start == end or not pieces[-1][:1].isupper():
        return None
    if not all(piece[:1].isupper() or piece.lower() in _NAME_PARTICLES for piece in pieces):
        return None  # "ISIL-held", "Iran-aligned": a name with a word, not a longer name
    return str(doc[start : end + 1].text)


_NAME_PARTICLES = frozenset(
    {"e", "i", "ul", "al", "el", "ud", "ad", "ash", "as", "an", "ar", "at", "az", "wa", "de"}
)
"""Lower-case links inside hyphenated names: Jaish-e-Mohammed, Hizb-ul-Mujahideen."""


def _phrase(token: Any) -> str:
    """A readable name for the noun phrase headed by ``token``.

    Keeps compounds and adjectives ("Boko Haram fighters", "U.S. Embassy"), a following
    "of"/"in" phrase for group members and sites ("fighters of the Islamic State", "embassy in
    Baghdad"), and turns "militias that are aligned with Iran" into "Iran-aligned militias".
    A known group's name the parser split ("the Communist Party of India - Maoist") is the
    whole named entity.
    """
    whole = _known_entity(token) or _hyphenated_name(token)
    if whole is not None:
        return whole
    eligible = {
        t.i
        for t in token.subtree
        if t.i < token.i
        and t.dep_ in ("compound", "amod", "nmod", "poss", "case", "punct", "npadvmod")
        and (t.lower_ not in NAME_EXCLUDED_MODIFIERS or _armed_names_it(t, token))
        and t.head.i <= token.i
    }
    # Only the unbroken run of modifiers just before the head: a parser that hangs a dateline
    # ("MAIDUGURI, Nigeria (Reuters) -") off the subject must not make it part of the name.
    start = token.i
    while start - 1 in eligible:
        start -= 1
    doc = token.doc
    while start < token.i and doc[start].is_punct:
        start += 1
    left = [doc[i] for i in range(start, token.i)]
    words = [*(t.text_with_ws for t in sorted(left, key=lambda t: t.i)), token.text]
    name = "".join(words).strip()
    if (
        token.pos_ == "NOUN"
        and any(t.pos_ == "PROPN" for t in left)
        and token.lemma_.lower() in SITE_NOUNS
    ):
        name = name[: len(name) - len(token.text)] + token.text[:1].upper() + token.text[1:]
    aligned = _alignment(token)
    if aligned:
        name = f"{aligned}-aligned {name}"
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lemma_ in ("of", "in", "from")
            and (
                token.lemma_.lower() in _MEMBER_NOUNS
                or token.lemma_.lower() in UNIT_NOUNS
                or _is_site(token)
                or (child.lemma_ == "of" and token.lemma_.lower() in SITE_NOUNS | _PARTISANS)
            )
        ):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            named = pobj is not None and (
                pobj.pos_ == "PROPN"
                or any(c.pos_ == "PROPN" for c in pobj.children)
                or (token.lemma_.lower() in UNIT_NOUNS and _is_actor(pobj))  # "a group of gunmen"
            )
            if pobj is not None and named and child.lemma_ != "from":
                name = f"{name} {child.text} {_phrase(pobj)}"
    return name


def _armed_names_it(modifier: Any, head: Any) -> bool:
    """ "armed gangs", "armed men": without "armed" the name says nothing."""
    return bool(modifier.lower_ == "armed" and head.lemma_.lower() in ("gang", "man", "group"))


AFFILIATION_VERBS = frozenset({"link", "affiliate", "align", "loyal", "belong", "tie", "back"})


def _affiliation(token: Any) -> KnownActor | None:
    """The dictionary group an actor belongs to, when the text says so: "jihadists linked to
    ... JNIM", "fighters of the Group to Support Islam and Muslims (JNIM)", "gunmen, members
    of al-Shabaab". Only these attachments are read, never a whole relative clause."""
    for child in token.children:
        phrases: list[Any] = []
        if (child.dep_ == "prep" and child.lemma_ == "of") or child.dep_ == "appos":
            phrases.append(child)
        elif child.dep_ in ("acl", "relcl", "amod") and child.lemma_.lower() in AFFILIATION_VERBS:
            phrases.extend(c for c in child.children if c.dep_ in ("prep", "agent"))
        for phrase in phrases:
            tokens = list(phrase.subtree)[:14]
            known = match_known_actor(_text_of(tokens))
            if known is not None:
                return known
    following = []
    for next_token in token.doc[token.i + 1 : token.i + 14]:
        if next_token.pos_ in ("VERB", "AUX") or next_token.is_sent_start:
            break
        following.append(next_token)
    known = match_known_actor(_text_of(following)) if following else None
    if known is None:
        # "jihadists of the Group to Support Islam and Muslims (JNIM)": the acronym in
        # brackets names the group even when the parser splits the phrase before it.
        after = token.doc.text[token.idx : token.idx + 120]
        acronym = _BRACKETED_ACRONYM.search(after)
        if acronym and ";" not in after[: acronym.start()]:
            known = match_known_actor(acronym.group(1))
    return known


_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,11})\)")


def _text_of(tokens: list[Any]) -> str:
    """The text the tokens span, as written ("Jama'at Nusrat", not "Jama 'at Nusrat")."""
    if not tokens:
        return ""
    first, last = tokens[0], tokens[-1]
    return str(first.doc.text[first.idx : last.idx + len(last.text)])


def _alignment(token: Any) -> str | None:
    """ "militias that are aligned with Iran" -> "Iran"."""
    for child in token.children:
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in (
            "align",
            "back",
            "link",
            "support",
        ):
            for prep in child.children:
                if prep.dep_ in ("prep", "agent"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is not None and pobj.ent_type_ in ("GPE", "NORP", "ORG"):
                        return str(pobj.text)
    return None
