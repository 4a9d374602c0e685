"""ACLED event type and sub-type, and GTD attack, weapon and target types, for one event.

ACLED codes an event by its most serious tactic (codebook, "event type precedence"): a
change of territory is a battle outcome; armed exchanges between organised armed groups
are Battles; remote tactics (air and drone strikes, shelling, explosives) are
Explosions/Remote violence, with "Suicide bomb" taking precedence over other explosive
sub-types; violence by armed actors against unarmed people is Violence against civilians;
then Riots, Protests, and Strategic developments (non-violent but significant).
GTD values are spelled as in the GTD data files (``attacktype1_txt``, ...). GTD does not
apply to protests, agreements, arrests and other non-violent developments.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from eventwire.extract.lexicon import Tactic
from eventwire.models import Acled, Gtd

ARMED_KINDS = frozenset(
    {"state_forces", "rebel_group", "militia", "unidentified_armed_group", "external_forces"}
)

REMOTE_SUBTYPES: tuple[tuple[Tactic, str], ...] = (
    (Tactic.SUICIDE, "Suicide bomb"),
    (Tactic.CHEMICAL, "Chemical weapon"),
    (Tactic.AIRSTRIKE, "Air/drone strike"),
    (Tactic.SHELLING, "Shelling/artillery/missile attack"),
    (Tactic.IED, "Remote explosive/landmine/IED"),
    (Tactic.GRENADE, "Grenade"),
)

STRATEGIC_SUBTYPES: tuple[tuple[Tactic, str], ...] = (
    (Tactic.AGREEMENT, "Agreement"),
    (Tactic.DISRUPTED, "Disrupted weapons use"),
    (Tactic.BASE, "Headquarters or base established"),
    (Tactic.TRANSFER, "Non-violent transfer of territory"),
    (Tactic.GROUP_CHANGE, "Change to group/activity"),
    (Tactic.LOOTING, "Looting/property destruction"),
    (Tactic.ARSON, "Looting/property destruction"),
    (Tactic.ARREST, "Arrests"),
)

TARGET_TYPES: tuple[tuple[frozenset[str], str], ...] = (
    (
        frozenset({"embassy", "consulate", "diplomat", "ambassador", "diplomatic"}),
        "Government (Diplomatic)",
    ),
    (
        frozenset(
            {"police", "policeman", "policemen", "officer", "station", "gendarme", "gendarmerie"}
        ),
        "Police",
    ),
    (
        frozenset(
            {
                "soldier",
                "troop",
                "troops",
                "army",
                "military",
                "base",
                "barracks",
                "convoy",
                "patrol",
                "soldiers",
                "outpost",
                "forces",
            }
        ),
        "Military",
    ),
    # who staffs a checkpoint is told by the victims' words when there are any
    (frozenset({"checkpoint"}), "Police"),
    (
        frozenset({"journalist", "reporter", "newspaper", "broadcaster", "media"}),
        "Journalists & Media",
    ),
    (
        frozenset({"school", "university", "student", "students", "teacher", "college"}),
        "Educational Institution",
    ),
    (
        frozenset(
            {
                "mosque",
                "church",
                "temple",
                "imam",
                "priest",
                "worshipper",
                "worshippers",
                "shrine",
                "pilgrims",
            }
        ),
        "Religious Figures/Institutions",
    ),
    (frozenset({"aid", "ngo", "humanitarian", "charity"}), "NGO"),
    (frozenset({"airport", "aircraft", "plane", "airliner"}), "Airports & Aircraft"),
    (
        frozenset(
            {"bus", "train", "railway", "road", "highway", "bridge", "passenger", "passengers"}
        ),
        "Transportation",
    ),
    (
        frozenset(
            {"pipeline", "power", "electricity", "substation", "dam", "grid", "refinery", "pylon"}
        ),
        "Utilities",
    ),
    (
        frozenset({"port", "ship", "tanker", "vessel", "harbour", "harbor"}),
        "Maritime",
    ),
    (frozenset({"tower", "telecom", "telecommunication", "mast"}), "Telecommunication"),
    (frozenset({"tourist", "tourists"}), "Tourists"),
    (
        frozenset(
            {
                "ministry",
                "government",
                "official",
                "officials",
                "governor",
                "mayor",
                "parliament",
                "court",
                "judge",
                "office",
                "minister",
                "lawmaker",
                "magistrate",
                "councilman",
                "councilwoman",
                "councillor",
                "councilor",
                "candidate",
                "senator",
                "congressman",
                "legislator",
                "politician",
                "president",
                "prosecutor",
                "deputy",
            }
        ),
        "Government (General)",
    ),
    (
        frozenset(
            {
                "bank",
                "shop",
                "hotel",
                "restaurant",
                "company",
                "business",
                "market",
                "factory",
                "mine",
                "engineer",
                "engineers",
                "contractor",
                "worker",
                "workers",
            }
        ),
        "Business",
    ),
    (
        frozenset(
            {
                "militant",
                "militants",
                "rebel",
                "rebels",
                "fighter",
                "fighters",
                "militia",
                "insurgent",
                "insurgents",
            }
        ),
        "Terrorists/Non-State Militia",
    ),
    (
        frozenset(
            {
                "civilian",
                "civilians",
                "villager",
                "villagers",
                "resident",
                "residents",
                "village",
                "house",
                "home",
                "homes",
                "people",
                "family",
                "farmer",
                "farmers",
                "children",
                "women",
                "man",
                "woman",
                "crowd",
                "peasant",
                "peasants",
                "farm",
            }
        ),
        "Private Citizens & Property",
    ),
)

WEAPON_TYPES: dict[str, tuple[str, str | None]] = {
    "rocket": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "mortar": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "missile": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "artillery": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "grenade": ("Explosives", "Grenade"),
    "landmine": ("Explosives", "Landmine"),
    "ied": ("Explosives", "Remote Trigger"),
    "car bomb": ("Explosives", "Vehicle"),
    "suicide vest": ("Explosives", "Suicide (carried bodily by human being)"),
    "explosive": ("Explosives", "Unknown Explosive Type"),
    "drone": ("Explosives", "Unknown Explosive Type"),
    "airstrike": ("Explosives", "Unknown Explosive Type"),
    "firearm": ("Firearms", "Unknown Gun Type"),
    "knife": ("Melee", "Knife or Other Sharp Object"),
    "machete": ("Melee", "Knife or Other Sharp Object"),
    "incendiary": ("Incendiary", "Molotov Cocktail/Petrol Bomb"),
    "arson": ("Incendiary", "Arson/Fire"),
    "chemical": ("Chemical", None),
}
"""Weapon kind to GTD ``weaptype1_txt`` and ``weapsubtype1_txt``."""

_TACTIC_WEAPON: dict[Tactic, str] = {
    Tactic.SUICIDE: "suicide vest",
    Tactic.SHELLING: "rocket",
    Tactic.IED: "ied",
    Tactic.GRENADE: "grenade",
    Tactic.AIRSTRIKE: "airstrike",
    Tactic.EXPLOSION: "explosive",
    Tactic.SHOOTING: "firearm",
    Tactic.CHEMICAL: "chemical",
    Tactic.ARSON: "incendiary",
}


CROWD_KINDS = frozenset({"rioters", "civilians"})
"""Perpetrators who are a crowd, not an organised armed group: villagers, a mob, youths."""

NON_STATE_KINDS = frozenset({"rebel_group", "militia", "unidentified_armed_group"})
UNNAMED_GAINER = "unnamed"
"""Stands first among perpetrator kinds when the sentence telling of a change of control
names no one: the verb then decides ("recaptured" for the government)."""
GOVERNMENT_SIDE_KINDS = frozenset({"state_forces", "external_forces"})
"""Who may "regain" territory in ACLED's sense: state forces and forces fighting for them."""

HARM_TACTICS = frozenset(
    {
        Tactic.KILLING,
        Tactic.SHOOTING,
        Tactic.CLASH,
        Tactic.EXPLOSION,
        Tactic.ABDUCTION,
        Tactic.SEXUAL,
    }
)
CROWD_HARM = frozenset({Tactic.KILLING, Tactic.ATTACK, Tactic.ARSON, Tactic.LOOTING, Tactic.CLASH})
"""What a crowd does to people or their homes that makes it Mob violence."""

BATTLE = "Battles"
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"


def classify_acled(
    tactics: AbstractSet[Tactic],
    actor_kinds: Collection[str],
    perpetrator_kinds: Collection[str] = (),
) -> Acled:
    """ACLED type and sub-type from the tactics of one event, its targets' and victims' kinds
    (``actor_kinds``) and its perpetrators' kinds, the first named first."""
    return (
        _territory(tactics, perpetrator_kinds)
        or _disrupted_or_destroyed(tactics, perpetrator_kinds)
        or _remote(tactics)
        or _demonstration(tactics, actor_kinds, perpetrator_kinds)
        or _violence(tactics, actor_kinds)
        or _strategic(tactics)
    )


def _territory(tactics: AbstractSet[Tactic], perpetrator_kinds: Collection[str]) -> Acled | None:
    """Changes of control: who gained the ground decides the sub-type (codebook:
    "Government regains territory" is state forces or their allies taking ground back from
    non-state actors; any non-state actor taking ground "overtakes" it), whichever verb
    ("recaptured", "seized") the report uses."""
    fighting = tactics & {Tactic.CLASH, Tactic.KILLING, Tactic.SHOOTING, Tactic.ATTACK}
    if Tactic.TRANSFER in tactics and not fighting and Tactic.BASE not in tactics:
        # Entering a town "without a fight" after the other side withdrew is a transfer of
        # territory (codebook: Non-violent transfer of territory), not a battle outcome.
        return Acled(event_type=STRATEGIC, sub_event_type="Non-violent transfer of territory")
    if not tactics & {Tactic.REGAIN, Tactic.OVERTAKE, Tactic.TRANSFER}:
        return None  # a handover "following clashes" is still ground taken by fighting
    gainer = next(iter(perpetrator_kinds), None)
    government_side = bool(set(perpetrator_kinds) & GOVERNMENT_SIDE_KINDS)
    if Tactic.REGAIN in tactics and government_side:
        # "the army and allied militia recaptured X": the militia fights for the government
        return Acled(event_type=BATTLE, sub_event_type="Government regains territory")
    if gainer in NON_STATE_KINDS:
        return Acled(event_type=BATTLE, sub_event_type="Non-state actor overtakes territory")
    if Tactic.REGAIN in tactics or gainer in GOVERNMENT_SIDE_KINDS:
        return Acled(event_type=BATTLE, sub_event_type="Government regains territory")
    return Acled(event_type=BATTLE, sub_event_type="Non-state actor overtakes territory")


def _disrupted_or_destroyed(
    tactics: AbstractSet[Tactic], perpetrator_kinds: Collection[str]
) -> Acled | None:
    harm = tactics & HARM_TACTICS
    if Tactic.DISRUPTED in tactics and not harm - {Tactic.EXPLOSION}:
        # A bomb defused or a drone shot down: the weapon was not used (codebook: Disrupted
        # weapons use), whatever weapon words ("bomb", "explosives") the report carries.
        return Acled(event_type=STRATEGIC, sub_event_type="Disrupted weapons use")
    if Tactic.GROUP_CHANGE in tactics and not harm:
        # a missile test, a recruitment drive, a new leader: no one was hit
        return Acled(event_type=STRATEGIC, sub_event_type="Change to group/activity")
    by_crowd = _by_crowd(perpetrator_kinds)
    demonstration = tactics & {Tactic.PROTEST, Tactic.RIOT, Tactic.MOB, Tactic.CROWD}
    if (
        tactics & {Tactic.ARSON, Tactic.LOOTING}
        and not harm
        and not demonstration
        and not by_crowd
        and Tactic.INTERVENTION not in tactics
    ):
        return Acled(event_type=STRATEGIC, sub_event_type="Looting/property destruction")
    return None


def _remote(tactics: AbstractSet[Tactic]) -> Acled | None:
    for tactic, subtype in REMOTE_SUBTYPES:
        # An armed exchange supported by aircraft or artillery is still a battle; a suicide
        # bombing keeps its own sub-type even when gunmen follow it.
        if tactic in tactics and (tactic is Tactic.SUICIDE or Tactic.CLASH not in tactics):
            return Acled(event_type=REMOTE, sub_event_type=subtype)
    return None


def _by_crowd(perpetrator_kinds: Collection[str]) -> bool:
    kinds = set(perpetrator_kinds)
    return bool(kinds & CROWD_KINDS) and not kinds & ARMED_KINDS


def _demonstration(
    tactics: AbstractSet[Tactic], actor_kinds: Collection[str], perpetrator_kinds: Collection[str]
) -> Acled | None:
    """Protests and riots (codebook precedence): demonstrators who are violent make a
    riot whatever force meets them; a mob's violence against people is Mob violence;
    lethal or severe force against peaceful demonstrators is excessive force; tear gas,
    dispersal or arrests are an intervention."""
    # tear gas and water cannon are used on crowds: an intervention implies a demonstration
    protest = bool(tactics & {Tactic.PROTEST, Tactic.INTERVENTION})
    by_crowd = _by_crowd(perpetrator_kinds)
    target_armed = bool(set(actor_kinds) & ARMED_KINDS)
    if Tactic.MOB in tactics:
        return Acled(event_type="Riots", sub_event_type="Mob violence")
    fighting_armed = Tactic.CLASH in tactics and target_armed
    if not protest and Tactic.RIOT not in tactics:
        if Tactic.CROWD in tactics and tactics & CROWD_HARM and not fighting_armed:
            return Acled(event_type="Riots", sub_event_type="Mob violence")
        if by_crowd and tactics & CROWD_HARM and not tactics & {Tactic.SHOOTING, Tactic.CLASH}:
            # villagers beating a suspect to death: a crowd's violence, not an armed group's
            return Acled(event_type="Riots", sub_event_type="Mob violence")
    armed_perpetrator = next(iter(perpetrator_kinds), None) in ARMED_KINDS
    demonstrators_violent = (
        # cars burned by militants are no riot: rioting needs a crowd or demonstrators
        (Tactic.RIOT in tactics and (protest or not armed_perpetrator))
        or (Tactic.CROWD in tactics and not fighting_armed)
        or (protest and tactics & {Tactic.CLASH, Tactic.ARSON, Tactic.LOOTING})
        or (
            Tactic.PROTEST in tactics
            and Tactic.ATTACK in tactics
            and _by_demonstrators(perpetrator_kinds)
        )
    )
    if demonstrators_violent:
        return Acled(event_type="Riots", sub_event_type="Violent demonstration")
    if not protest:
        return None
    if tactics & {Tactic.LIVE_FIRE, Tactic.KILLING, Tactic.SHOOTING}:
        return Acled(event_type="Protests", sub_event_type="Excessive force against protesters")
    if tactics & {Tactic.INTERVENTION, Tactic.ARREST}:
        return Acled(event_type="Protests", sub_event_type="Protest with intervention")
    return Acled(event_type="Protests", sub_event_type="Peaceful protest")


def _by_demonstrators(perpetrator_kinds: Collection[str]) -> bool:
    first = next(iter(perpetrator_kinds), None)
    return first in ("protesters", "rioters")


def _violence(tactics: AbstractSet[Tactic], actor_kinds: Collection[str]) -> Acled | None:
    target_armed = bool(set(actor_kinds) & ARMED_KINDS)
    harm = tactics & HARM_TACTICS
    if Tactic.ARREST in tactics and not harm:
        # Raids that end in detentions are arrests (codebook: Arrests), not attacks.
        return Acled(event_type=STRATEGIC, sub_event_type="Arrests")
    if Tactic.CLASH in tactics:
        return Acled(event_type=BATTLE, sub_event_type="Armed clash")
    if Tactic.SEXUAL in tactics:
        return Acled(event_type=CIVILIANS, sub_event_type="Sexual violence")
    if Tactic.ABDUCTION in tactics:
        return Acled(event_type=CIVILIANS, sub_event_type="Abduction/forced disappearance")
    if tactics & {Tactic.ATTACK, Tactic.SHOOTING, Tactic.KILLING}:
        if Tactic.EXPLOSION in tactics and Tactic.SHOOTING not in tactics:
            # bombings kill whoever is near, armed or not: remote violence either way
            return Acled(event_type=REMOTE, sub_event_type="Remote explosive/landmine/IED")
        if target_armed:
            return Acled(event_type=BATTLE, sub_event_type="Armed clash")
        if Tactic.EXPLOSION in tactics:
            return Acled(event_type=REMOTE, sub_event_type="Remote explosive/landmine/IED")
        return Acled(event_type=CIVILIANS, sub_event_type="Attack")
    if Tactic.EXPLOSION in tactics:
        return Acled(event_type=REMOTE, sub_event_type="Remote explosive/landmine/IED")
    return None


def _strategic(tactics: AbstractSet[Tactic]) -> Acled:
    for tactic, subtype in STRATEGIC_SUBTYPES:
        if tactic in tactics:
            return Acled(event_type=STRATEGIC, sub_event_type=subtype)
    return Acled(event_type=STRATEGIC, sub_event_type="Other")


def classify_gtd(
    acled: Acled,
    tactics: AbstractSet[Tactic],
    weapon_kinds: Sequence[str],
    target_words: Collection[str],
    target_is_official: bool,
) -> Gtd | None:
    """GTD attack, weapon and target types, or None where GTD does not apply."""
    attack = _attack_type(acled, tactics, target_is_official)
    if attack is None:
        return None
    weapon_kind = _main_weapon(acled, tactics, weapon_kinds)
    weapon_type, weapon_subtype = WEAPON_TYPES.get(weapon_kind or "", ("Unknown", None))
    return Gtd(
        attack_type=attack,
        weapon_type=weapon_type,
        weapon_subtype=weapon_subtype,
        target_type=target_type(target_words),
    )


def target_type(words: Collection[str]) -> str:
    """GTD ``targtype1_txt`` from the words naming the targets and victims.

    Targets named without a telling word (a person's name, "the family of ...") are
    private citizens: the GTD codebook's category for attacks on individuals and the
    public. With no target named at all the type is unknown.
    """
    lowered = {w.lower() for w in words} | {w.lower().removesuffix("s") for w in words}
    for vocabulary, gtd_type in TARGET_TYPES:
        if lowered & vocabulary:
            return gtd_type
    return "Private Citizens & Property" if lowered else "Unknown"


def _attack_type(
    acled: Acled, tactics: AbstractSet[Tactic], target_is_official: bool
) -> str | None:
    if acled.event_type in ("Protests",) or acled.sub_event_type in (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Other",
        "Peaceful protest",
        "Government regains territory",
    ):
        return None
    if acled.event_type == "Explosions/Remote violence":
        return "Bombing/Explosion"
    if acled.sub_event_type == "Abduction/forced disappearance":
        return "Hostage Taking (Kidnapping)"
    if acled.sub_event_type == "Looting/property destruction" or Tactic.ARSON in tactics:
        return "Facility/Infrastructure Attack"
    if target_is_official and tactics & {Tactic.KILLING, Tactic.SHOOTING}:
        return "Assassination"
    if acled.event_type == "Riots" and not tactics & {Tactic.SHOOTING}:
        return "Unarmed Assault" if acled.sub_event_type == "Mob violence" else None
    return "Armed Assault"


def _main_weapon(
    acled: Acled, tactics: AbstractSet[Tactic], weapon_kinds: Sequence[str]
) -> str | None:
    preferred = {
        "Suicide bomb": ("suicide vest", "car bomb"),
        "Shelling/artillery/missile attack": ("rocket", "mortar", "missile", "artillery"),
        "Air/drone strike": ("drone", "missile", "airstrike"),
        "Remote explosive/landmine/IED": ("car bomb", "ied", "landmine", "explosive"),
        "Grenade": ("grenade",),
    }.get(acled.sub_event_type, ())
    for kind in preferred:
        if kind in weapon_kinds:
            return kind
    if weapon_kinds and not preferred:
        return weapon_kinds[0]
    for tactic, kind in _TACTIC_WEAPON.items():
        if tactic in tactics:
            return kind
    return None
