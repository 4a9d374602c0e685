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


def classify_acled(
    tactics: AbstractSet[Tactic],
    actor_kinds: Collection[str],
    perpetrator_kinds: Collection[str] = (),
) -> Acled:
    """ACLED type and sub-type from the tactics of one event, its targets' and victims' kinds
    (``actor_kinds``) and its perpetrators' kinds."""
    target_armed = bool(set(actor_kinds) & ARMED_KINDS)
    by_crowd = bool(set(perpetrator_kinds) & CROWD_KINDS) and not (
        set(perpetrator_kinds) & ARMED_KINDS
    )
    fighting = tactics & {Tactic.CLASH, Tactic.KILLING, Tactic.SHOOTING, Tactic.ATTACK}
    if Tactic.TRANSFER in tactics and not fighting:
        # Entering a town "without a fight" after the other side withdrew is a transfer of
        # territory (codebook: Non-violent transfer of territory), not a battle outcome.
        return Acled(
            event_type="Strategic developments", sub_event_type="Non-violent transfer of territory"
        )
    if Tactic.REGAIN in tactics:
        return Acled(event_type="Battles", sub_event_type="Government regains territory")
    if Tactic.OVERTAKE in tactics:
        return Acled(event_type="Battles", sub_event_type="Non-state actor overtakes territory")
    harm = tactics & {
        Tactic.KILLING,
        Tactic.SHOOTING,
        Tactic.CLASH,
        Tactic.EXPLOSION,
        Tactic.ABDUCTION,
        Tactic.SEXUAL,
    }
    if Tactic.DISRUPTED in tactics and not harm - {Tactic.EXPLOSION}:
        # A bomb defused or a drone shot down: the weapon was not used (codebook: Disrupted
        # weapons use), whatever weapon words ("bomb", "explosives") the report carries.
        return Acled(event_type="Strategic developments", sub_event_type="Disrupted weapons use")
    rioting = tactics & {Tactic.PROTEST, Tactic.RIOT, Tactic.MOB}
    if tactics & {Tactic.ARSON, Tactic.LOOTING} and not harm and not rioting and not by_crowd:
        return Acled(
            event_type="Strategic developments", sub_event_type="Looting/property destruction"
        )
    for tactic, subtype in REMOTE_SUBTYPES:
        # An armed exchange supported by aircraft or artillery is still a battle; a suicide
        # bombing keeps its own sub-type even when gunmen follow it.
        if tactic in tactics and (tactic is Tactic.SUICIDE or Tactic.CLASH not in tactics):
            return Acled(event_type="Explosions/Remote violence", sub_event_type=subtype)
    protest = Tactic.PROTEST in tactics
    violence = tactics & {Tactic.KILLING, Tactic.SHOOTING, Tactic.LIVE_FIRE}
    if protest and (Tactic.LIVE_FIRE in tactics or (violence and not tactics & {Tactic.RIOT})):
        return Acled(event_type="Protests", sub_event_type="Excessive force against protesters")
    if Tactic.MOB in tactics or (
        # villagers beating a suspect to death: a crowd's violence, not an armed group's
        by_crowd
        and tactics & {Tactic.KILLING, Tactic.ATTACK, Tactic.ARSON, Tactic.LOOTING}
        and not tactics & {Tactic.SHOOTING, Tactic.CLASH, Tactic.RIOT}
        and not protest
    ):
        return Acled(event_type="Riots", sub_event_type="Mob violence")
    if (
        Tactic.RIOT in tactics
        or (protest and Tactic.CLASH in tactics)
        or (protest and tactics & {Tactic.ARSON, Tactic.LOOTING})  # protesters looting, burning
    ):
        return Acled(event_type="Riots", sub_event_type="Violent demonstration")
    if protest:
        if Tactic.INTERVENTION in tactics or Tactic.ARREST in tactics:
            return Acled(event_type="Protests", sub_event_type="Protest with intervention")
        return Acled(event_type="Protests", sub_event_type="Peaceful protest")
    if Tactic.ARREST in tactics and not harm:
        # Raids that end in detentions are arrests (codebook: Arrests), not attacks.
        return Acled(event_type="Strategic developments", sub_event_type="Arrests")
    if Tactic.CLASH in tactics:
        return Acled(event_type="Battles", sub_event_type="Armed clash")
    if Tactic.SEXUAL in tactics:
        return Acled(event_type="Violence against civilians", sub_event_type="Sexual violence")
    if Tactic.ABDUCTION in tactics:
        return Acled(
            event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance"
        )
    if tactics & {Tactic.ATTACK, Tactic.SHOOTING, Tactic.KILLING}:
        if Tactic.EXPLOSION in tactics and Tactic.SHOOTING not in tactics:
            # bombings kill whoever is near, armed or not: remote violence either way
            return Acled(
                event_type="Explosions/Remote violence",
                sub_event_type="Remote explosive/landmine/IED",
            )
        if target_armed:
            return Acled(event_type="Battles", sub_event_type="Armed clash")
        if Tactic.EXPLOSION in tactics:
            return Acled(
                event_type="Explosions/Remote violence",
                sub_event_type="Remote explosive/landmine/IED",
            )
        return Acled(event_type="Violence against civilians", sub_event_type="Attack")
    if Tactic.EXPLOSION in tactics:
        return Acled(
            event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED"
        )
    for tactic, subtype in STRATEGIC_SUBTYPES:
        if tactic in tactics:
            return Acled(event_type="Strategic developments", sub_event_type=subtype)
    return Acled(event_type="Strategic developments", sub_event_type="Other")


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
