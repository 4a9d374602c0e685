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

_VERBS: dict[str, tuple[str, str]] = {
    # sub-type: (with an object, without one)
    "Shelling/artillery/missile attack": ("fired {weapons} at", "fired {weapons}"),
    "Air/drone strike": ("carried out an air/drone strike on", "carried out an air/drone strike"),
    "Suicide bomb": ("carried out a suicide bombing against", "carried out a suicide bombing"),
    "Remote explosive/landmine/IED": (
        "detonated an explosive device against",
        "detonated an explosive device",
    ),
    "Grenade": ("threw a grenade at", "threw a grenade"),
    "Chemical weapon": ("used a chemical weapon against", "used a chemical weapon"),
    "Armed clash": ("clashed with", "fought"),
    "Government regains territory": ("regained territory from", "regained territory"),
    "Non-state actor overtakes territory": ("took control of territory from", "took control"),
    "Attack": ("attacked", "attacked civilians"),
    "Abduction/forced disappearance": ("abducted", "abducted civilians"),
    "Sexual violence": ("sexually assaulted", "committed sexual violence"),
    "Peaceful protest": ("demonstrated against", "demonstrated"),
    "Protest with intervention": ("demonstrated against", "demonstrated"),
    "Excessive force against protesters": ("used lethal force against", "used lethal force"),
    "Violent demonstration": ("rioted against", "rioted"),
    "Mob violence": ("attacked", "rioted"),
    "Arrests": ("arrested", "made arrests"),
    "Looting/property destruction": (
        "looted or destroyed property of",
        "looted or destroyed property",
    ),
    "Agreement": ("reached an agreement with", "reached an agreement"),
    "Disrupted weapons use": ("disrupted a weapons attack on", "disrupted a weapons attack"),
    "Headquarters or base established": ("established a base at", "established a base"),
    "Non-violent transfer of territory": ("took over territory from", "took over territory"),
    "Other": ("were involved in an event affecting", "were involved in an event"),
}
_WITHOUT_SUBJECT = {
    "Agreement": "an agreement was reached",
    "Disrupted weapons use": "a weapons attack was disrupted",
    "Headquarters or base established": "a base was established",
    "Government regains territory": "government forces regained territory",
    "Non-violent transfer of territory": "territory changed hands",
    "Arrests": "arrests were made",
}
"""How a development without a named actor is told ("unidentified perpetrators reached an
agreement" would invent someone)."""
_DEFAULT_SUBJECT = {
    "Protests": "protesters",
    "Riots": "rioters",
}
_PROTEST_KINDS = frozenset({"protesters", "rioters", "civilians"})


def summarise(  # noqa: PLR0917 - one argument per record field it reads
    acled: Acled,
    date: EventDate,
    location: Location,
    actors: Sequence[ActorMention],
    weapons: Sequence[Weapon],
    casualties: Casualties,
    claim: Claim,
) -> str:
    """One line; every part comes from the record's own fields, so it never contradicts them.

    Protests and riots are told from the demonstrators' side ("teachers demonstrated in
    Tegucigalpa and police intervened"), whichever role the parse gave them; a missing
    object is left out rather than written as "targets".
    """
    when = f"On {date.start.day} {date.start:%B %Y}, " if date.start else ""
    subject, others, intervener = _roles(acled, actors)
    with_object, without_object = _VERBS.get(acled.sub_event_type, _VERBS["Other"])
    weapons_text = _weapons_phrase(weapons)
    where = _where(location)
    no_actor = not any(a.role == "perpetrator" for a in actors)
    if no_actor and acled.sub_event_type in _WITHOUT_SUBJECT:
        subject, clause, others = _WITHOUT_SUBJECT[acled.sub_event_type], "", []
        with_object = without_object = ""
    if others:
        obj = others[0].name
        clause = f"{with_object.replace('{weapons}', weapons_text)} {obj}"
        if location.place and f" in {location.place}" in obj:
            where = f" ({', '.join(p for p in (location.admin1, location.country) if p)})"
    else:
        clause = without_object.replace("{weapons}", weapons_text)
    text = f"{when}{subject} {clause}".rstrip() + where
    if intervener:
        text += f" and {intervener} intervened"
    text = text[:1].upper() + text[1:] + "."
    tail = [t for t in (_toll(casualties), _claim(claim)) if t]
    if tail:
        text += " " + "; ".join(tail) + "."
    return text


def _roles(
    acled: Acled, actors: Sequence[ActorMention]
) -> tuple[str, list[ActorMention], str | None]:
    """Subject phrase, objects, and (for protests met by force) who intervened."""
    perpetrators = [a for a in actors if a.role == "perpetrator"]
    others = [a for a in actors if a.role in ("target", "victim")]
    default = _DEFAULT_SUBJECT.get(acled.event_type, "unidentified perpetrators")
    if acled.event_type not in ("Protests", "Riots") or acled.sub_event_type == "Mob violence":
        subject = _actor_phrase(perpetrators[0]) if perpetrators else default
        return subject, others, None
    crowd = [a for a in actors if a.kind in _PROTEST_KINDS]
    forces = [a for a in actors if a.kind == "state_forces" and a not in crowd]
    subject = _actor_phrase(crowd[0]) if crowd else default
    if acled.sub_event_type == "Excessive force against protesters":
        force = _actor_phrase(forces[0]) if forces else "security forces"
        return force, crowd[:1], None
    intervener = None
    if acled.sub_event_type == "Protest with intervention":
        intervener = _actor_phrase(forces[0]) if forces else "security forces"
    return subject, [], intervener


def _actor_phrase(actor: ActorMention) -> str:
    name = actor.normalized_name or actor.name
    first = name.split()[0]
    common = first.lower().rstrip("s") in COMMON_ACTOR_WORDS or first.lower() in COMMON_ACTOR_WORDS
    if common and not actor.normalized_name:  # "Military Forces of Niger" keeps its capital
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
