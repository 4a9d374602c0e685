"""A curated dictionary of armed groups and generic actor words, with ACLED actor kinds.

Each entry gives the normalised name analysts search for, the aliases reports use, and the
ACLED-style kind (``rebel_group``, ``militia``, ``state_forces``, ``protesters``, ...).
Sources: the groups' common names in ACLED and GTD data and in wire reporting. Kinds
follow ACLED's actor types: state forces, rebel groups, political and identity militias,
rioters, protesters, civilians, external forces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    affiliation: str | None = None


KNOWN_ACTORS: tuple[KnownActor, ...] = (
    KnownActor(
        "Islamic State",
        "rebel_group",
        (
            "islamic state",
            "isis",
            "isil",
            "daesh",
            "is militants",
            "islamic state group",
            "islamic state of iraq and the levant",
            "islamic state of iraq and syria",
        ),
    ),
    KnownActor(
        "Islamic State West Africa Province",
        "rebel_group",
        ("iswap", "islamic state west africa province", "islamic state west africa"),
        "Islamic State",
    ),
    KnownActor("Boko Haram", "rebel_group", ("boko haram", "jama'atu ahlis sunna")),
    KnownActor(
        "Houthis",
        "rebel_group",
        ("houthis", "houthi", "ansar allah", "houthi rebels", "houthi movement"),
    ),
    KnownActor(
        "Kata'ib Hezbollah",
        "militia",
        ("kata'ib hezbollah", "kataib hezbollah", "kata'ib hizballah", "kataeb hezbollah"),
        "Iran-aligned militias",
    ),
    KnownActor(
        "Islamic Resistance in Iraq",
        "militia",
        ("islamic resistance in iraq",),
        "Iran-aligned militias",
    ),
    KnownActor(
        "Popular Mobilization Forces",
        "militia",
        (
            "popular mobilization forces",
            "popular mobilisation forces",
            "pmf",
            "hashd al-shaabi",
            "hashed al-shaabi",
        ),
    ),
    KnownActor("Hezbollah", "militia", ("hezbollah", "hizbollah", "hizballah")),
    KnownActor("Hamas", "rebel_group", ("hamas", "qassam brigades", "al-qassam brigades")),
    KnownActor(
        "Palestinian Islamic Jihad", "rebel_group", ("islamic jihad", "pij", "al-quds brigades")
    ),
    KnownActor(
        "al-Shabaab", "rebel_group", ("al-shabaab", "al shabaab", "al-shabab", "shabaab", "shabab")
    ),
    KnownActor(
        "JNIM",
        "rebel_group",
        (
            "jnim",
            "jama'at nusrat al-islam wal-muslimin",
            "jamaat nusrat al-islam wal muslimin",
            "group for the support of islam and muslims",
        ),
        "al-Qaeda",
    ),
    KnownActor("al-Qaeda", "rebel_group", ("al-qaeda", "al qaeda", "al-qaida", "aqap", "aqim")),
    KnownActor(
        "PKK", "rebel_group", ("pkk", "kurdistan workers' party", "kurdistan workers party")
    ),
    KnownActor(
        "Hayat Tahrir al-Sham", "rebel_group", ("hts", "hayat tahrir al-sham", "tahrir al-sham")
    ),
    KnownActor("Syrian Democratic Forces", "rebel_group", ("sdf", "syrian democratic forces")),
    KnownActor("Taliban", "rebel_group", ("taliban",)),
    KnownActor(
        "Tehrik-i-Taliban Pakistan",
        "rebel_group",
        ("ttp", "tehrik-i-taliban pakistan", "tehreek-e-taliban pakistan", "pakistani taliban"),
    ),
    KnownActor("Rapid Support Forces", "rebel_group", ("rsf", "rapid support forces")),
    KnownActor("M23", "rebel_group", ("m23", "march 23 movement")),
    KnownActor("ELN", "rebel_group", ("eln", "national liberation army")),
    KnownActor("FARC dissidents", "rebel_group", ("farc dissidents", "farc")),
    KnownActor("Allied Democratic Forces", "rebel_group", ("adf", "allied democratic forces")),
    KnownActor("Wagner Group", "external_forces", ("wagner", "wagner group", "africa corps")),
    KnownActor("Fulani militia", "militia", ("fulani militia", "fulani herdsmen", "fulani gunmen")),
    KnownActor(
        "Iran-aligned militias",
        "militia",
        (
            "iran-aligned militias",
            "iran-backed militias",
            "pro-iran militias",
            "iranian-backed militias",
        ),
    ),
)

GENERIC_ACTOR_KINDS: dict[str, str] = {
    "gunman": "unidentified_armed_group",
    "gunmen": "unidentified_armed_group",
    "assailant": "unidentified_armed_group",
    "attacker": "unidentified_armed_group",
    "militant": "rebel_group",
    "insurgent": "rebel_group",
    "rebel": "rebel_group",
    "jihadist": "rebel_group",
    "guerrilla": "rebel_group",
    "guerilla": "rebel_group",
    "terrorist": "rebel_group",
    "fighter": "rebel_group",
    "bomber": "unidentified_armed_group",
    "kidnapper": "unidentified_armed_group",
    "militia": "militia",
    "militiaman": "militia",
    "militiamen": "militia",
    "bandit": "militia",
    "vigilante": "militia",
    "soldier": "state_forces",
    "troop": "state_forces",
    "army": "state_forces",
    "military": "state_forces",
    "force": "state_forces",
    "police": "state_forces",
    "policeman": "state_forces",
    "warplane": "state_forces",
    "aircraft": "state_forces",
    "artillery": "state_forces",
    "jet": "state_forces",
    "officer": "state_forces",
    "guard": "state_forces",
    "protester": "protesters",
    "demonstrator": "protesters",
    "marcher": "protesters",
    "rioter": "rioters",
    "mob": "rioters",
    "crowd": "rioters",
    "youth": "rioters",
    "civilian": "civilians",
    "villager": "civilians",
    "resident": "civilians",
    "worshipper": "civilians",
    "student": "civilians",
    "child": "civilians",
    "woman": "civilians",
    "farmer": "civilians",
    "passenger": "civilians",
    "journalist": "civilians",
    "worker": "civilians",
    "engineer": "civilians",
    "embassy": "diplomatic",
    "consulate": "diplomatic",
    "diplomat": "diplomatic",
    "government": "government",
    "ministry": "government",
    "official": "government",
    "governor": "government",
    "mayor": "government",
}
"""Head-noun lemma to actor kind, for actors the dictionary does not name."""

_ALIAS_INDEX: tuple[tuple[re.Pattern[str], KnownActor], ...] = tuple(
    (re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", re.IGNORECASE), actor)
    for actor in KNOWN_ACTORS
    for alias in sorted(actor.aliases, key=len, reverse=True)
)


def match_known_actor(text: str) -> KnownActor | None:
    """The dictionary actor named in ``text`` (the longest alias wins), if any."""
    best: tuple[int, KnownActor] | None = None
    for pattern, actor in _ALIAS_INDEX:
        match = pattern.search(text)
        if match and (best is None or len(match.group(0)) > best[0]):
            best = (len(match.group(0)), actor)
    return best[1] if best else None
