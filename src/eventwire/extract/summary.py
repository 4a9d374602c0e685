"""A one-line summary in the style of ACLED's notes: when, who, what, to whom, where, toll.

"On 8 December 2023, suspected Iran-aligned militias fired 2 rockets at US Embassy in
Baghdad (Baghdad, Iraq). No casualties were reported; no group claimed responsibility."
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.extract.actor_dictionary import GENERIC_ACTOR_KINDS
from eventwire.extract.actors import ActorMention
from eventwire.extract.casualties import PERSON_NOUNS
from eventwire.models import Acled, Casualties, Claim, EventDate, Location, Weapon

COMMON_ACTOR_WORDS = frozenset(GENERIC_ACTOR_KINDS) | PERSON_NOUNS | {"unidentified", "unknown"}

_VERBS: dict[str, str] = {
    "Shelling/artillery/missile attack": "fired {weapons} at",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Chemical weapon": "used a chemical weapon against",
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took control of territory from",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "sexually assaulted",
    "Peaceful protest": "held a protest against",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "used lethal force against",
    "Violent demonstration": "rioted against",
    "Mob violence": "attacked",
    "Arrests": "arrested",
    "Looting/property destruction": "looted or destroyed property of",
    "Agreement": "reached an agreement with",
    "Disrupted weapons use": "disrupted the weapons of",
    "Headquarters or base established": "established a base at",
    "Non-violent transfer of territory": "took over territory from",
}


def summarise(  # noqa: PLR0917 - one argument per record field it reads
    acled: Acled,
    date: EventDate,
    location: Location,
    actors: Sequence[ActorMention],
    weapons: Sequence[Weapon],
    casualties: Casualties,
    claim: Claim,
) -> str:
    """One line; every part comes from the record's own fields, so it never contradicts them."""
    when = f"On {date.start.day} {date.start:%B %Y}, " if date.start else ""
    perpetrators = [a for a in actors if a.role == "perpetrator"]
    others = [a for a in actors if a.role in ("target", "victim")]
    subject = _actor_phrase(perpetrators[0]) if perpetrators else "unidentified perpetrators"
    verb = _VERBS.get(acled.sub_event_type, "were involved in an event affecting")
    verb = verb.replace("{weapons}", _weapons_phrase(weapons))
    obj = others[0].name if others else _default_object(acled)
    where = _where(location)
    if location.place and f" in {location.place}" in obj:
        where = f" ({', '.join(p for p in (location.admin1, location.country) if p)})"
    text = f"{when}{subject} {verb} {obj}{where}."
    text = text[:1].upper() + text[1:]
    tail = [t for t in (_toll(casualties), _claim(claim)) if t]
    if tail:
        text += " " + "; ".join(tail) + "."
    return text


def _actor_phrase(actor: ActorMention) -> str:
    name = actor.normalized_name or actor.name
    first = name.split()[0]
    if first.lower().rstrip("s") in COMMON_ACTOR_WORDS or first.lower() in COMMON_ACTOR_WORDS:
        name = name[0].lower() + name[1:]  # "Gunmen" opening a headline is "gunmen" here
    if actor.attribution == "suspected" and not name.lower().startswith("suspected"):
        return f"suspected {name}"
    return name


def _weapons_phrase(weapons: Sequence[Weapon]) -> str:
    if not weapons:
        return "projectiles"
    weapon = weapons[0]
    noun = weapon.kind if weapon.kind.endswith("y") else f"{weapon.kind}s"
    return f"{weapon.count} {noun}" if weapon.count else noun


def _default_object(acled: Acled) -> str:
    return "civilians" if acled.event_type == "Violence against civilians" else "targets"


def _where(location: Location) -> str:
    parts = [p for p in (location.admin1, location.country) if p and p != location.place]
    if location.place:
        inside = f" ({', '.join(parts)})" if parts else ""
        return f" in {location.place}{inside}"
    if location.country:
        return f" in {location.country}"
    return ""


def _toll(casualties: Casualties) -> str:
    killed, injured = casualties.killed.best, casualties.injured.best
    if not casualties.reported:
        return ""
    if killed == 0 and injured in (0, None):
        return "No casualties were reported"
    parts = []
    if killed:
        parts.append(f"{killed} killed")
    if injured:
        parts.append(f"{injured} injured")
    return ", ".join(parts).capitalize() if parts else ""


def _claim(claim: Claim) -> str:
    if claim.status == "claimed" and claim.by:
        return f"{claim.by} claimed responsibility"
    if claim.status == "unclaimed":
        return "no group claimed responsibility"
    if claim.status == "denied" and claim.by:
        return f"{claim.by} denied responsibility"
    return ""
