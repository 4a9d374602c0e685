"""How MUC-4 answer-key values map onto ACLED and GTD values that count as correct.

MUC-4 (1991-92) predates both codebooks and is coarser, so each MUC-4 value maps to the set
of ACLED/GTD values a careful coder could choose for it; a prediction is right when it is in
the set. INCIDENT: TYPE gives the type, INCIDENT: INSTRUMENT TYPE narrows the sub-type and
GTD weapon type; target slots give the GTD target type.

=====================  ===========================================  ==================
MUC-4 incident type    ACLED event types (sub-types)                GTD attack types
=====================  ===========================================  ==================
ATTACK                 Battles, Violence against civilians,         Armed Assault,
                       Explosions/Remote violence (Armed clash,     Assassination,
                       Attack; with an explosive instrument the     Unarmed Assault,
                       explosion sub-types of that instrument)      Facility/Infra.
                                                                    (+ Bombing/Explosion
                                                                    with explosives)
BOMBING                Explosions/Remote violence (Remote           Bombing/Explosion
                       explosive/landmine/IED, Suicide bomb,
                       Grenade; by instrument: Air/drone strike
                       for AERIAL BOMB, Shelling/artillery/missile
                       attack for MORTAR/ROCKET/PROJECTILE)
KIDNAPPING             Violence against civilians (Abduction/       Hostage Taking
                       forced disappearance)                        (Kidnapping or
                                                                    Barricade Incident)
ARSON                  Strategic developments, Violence against     Facility/
                       civilians, Riots (Looting/property           Infrastructure
                       destruction, Attack, Violent demonstration,  Attack
                       Mob violence)
ROBBERY                Strategic developments, Violence against     not defined
                       civilians (Looting/property destruction,
                       Attack)
FORCED WORK STOPPAGE   not defined (ACLED has no counterpart)       not defined
=====================  ===========================================  ==================

Instruments -> GTD weapon type: GUN, MACHINE GUN, RIFLE, HANDGUN -> Firearms; BOMB,
DYNAMITE, EXPLOSIVE, VEHICLE BOMB, MORTAR, GRENADE, AERIAL BOMB, ROCKET, MINE, PROJECTILE ->
Explosives; MOLOTOV COCKTAIL, FIRE (and ARSON without an instrument) -> Incendiary;
CUTTING DEVICE, STONE, TORTURE -> Melee.

Targets -> GTD target type: the union over the template's human and physical targets
(table `HUMAN_TARGETS` / `PHYSICAL_TARGETS`); MUC-4's CIVILIAN covers priests, journalists
and businesspeople, so it accepts those GTD types too. OTHER is not defined.
"""

from __future__ import annotations

EXPLOSIVE_SUBTYPES = frozenset(
    {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
)  # fmt: skip

INCIDENT_TYPES: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str] | None]] = {
    "ATTACK": (
        frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"}),
        frozenset({"Armed clash", "Attack"}),
        frozenset(
            {"Armed Assault", "Assassination", "Unarmed Assault", "Facility/Infrastructure Attack"}
        ),
    ),
    "MURDER": (
        frozenset({"Violence against civilians", "Battles", "Explosions/Remote violence"}),
        frozenset({"Attack", "Armed clash"}),
        frozenset({"Armed Assault", "Assassination"}),
    ),
    "BOMBING": (
        frozenset({"Explosions/Remote violence"}),
        EXPLOSIVE_SUBTYPES,
        frozenset({"Bombing/Explosion"}),
    ),
    "KIDNAPPING": (
        frozenset({"Violence against civilians"}),
        frozenset({"Abduction/forced disappearance"}),
        frozenset({"Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)"}),
    ),
    "ARSON": (
        frozenset({"Strategic developments", "Violence against civilians", "Riots"}),
        frozenset(
            {"Looting/property destruction", "Attack", "Violent demonstration", "Mob violence"}
        ),
        frozenset({"Facility/Infrastructure Attack"}),
    ),
    "ROBBERY": (
        frozenset({"Strategic developments", "Violence against civilians"}),
        frozenset({"Looting/property destruction", "Attack"}),
        None,
    ),
    "HIJACKING": (
        frozenset({"Violence against civilians", "Strategic developments"}),
        frozenset({"Abduction/forced disappearance", "Other"}),
        frozenset({"Hijacking"}),
    ),
}

INSTRUMENT_WEAPONS: dict[str, str] = {
    "GUN": "Firearms", "MACHINE GUN": "Firearms", "RIFLE": "Firearms", "HANDGUN": "Firearms",
    "BOMB": "Explosives", "DYNAMITE": "Explosives", "EXPLOSIVE": "Explosives",
    "VEHICLE BOMB": "Explosives", "MORTAR": "Explosives", "GRENADE": "Explosives",
    "AERIAL BOMB": "Explosives", "ROCKET": "Explosives", "MINE": "Explosives",
    "PROJECTILE": "Explosives", "MOLOTOV COCKTAIL": "Incendiary", "FIRE": "Incendiary",
    "CUTTING DEVICE": "Melee", "STONE": "Melee", "TORTURE": "Melee",
}  # fmt: skip

INSTRUMENT_SUBTYPES: dict[str, frozenset[str]] = {
    "AERIAL BOMB": frozenset({"Air/drone strike"}),
    "MORTAR": frozenset({"Shelling/artillery/missile attack"}),
    "ROCKET": frozenset({"Shelling/artillery/missile attack", "Air/drone strike"}),
    "PROJECTILE": frozenset({"Shelling/artillery/missile attack"}),
    "GRENADE": frozenset({"Grenade"}),
    "VEHICLE BOMB": frozenset({"Remote explosive/landmine/IED", "Suicide bomb"}),
    "MINE": frozenset({"Remote explosive/landmine/IED"}),
}

_PRIVATE = "Private Citizens & Property"
HUMAN_TARGETS: dict[str, frozenset[str]] = {
    "CIVILIAN": frozenset(
        {_PRIVATE, "Religious Figures/Institutions", "Journalists & Media", "Business",
         "Educational Institution", "NGO"}
    ),
    "POLITICAL FIGURE": frozenset({"Government (General)", "Violent Political Party", _PRIVATE}),
    "GOVERNMENT OFFICIAL": frozenset({"Government (General)"}),
    "FORMER GOVERNMENT OFFICIAL": frozenset({"Government (General)", _PRIVATE}),
    "LEGAL OR JUDICIAL": frozenset({"Government (General)"}),
    "LAW ENFORCEMENT": frozenset({"Police"}),
    "ACTIVE MILITARY": frozenset({"Military"}),
    "FORMER ACTIVE MILITARY": frozenset({"Military", _PRIVATE}),
    "SECURITY GUARD": frozenset({"Business", _PRIVATE, "Police"}),
    "DIPLOMAT": frozenset({"Government (Diplomatic)"}),
}  # fmt: skip

PHYSICAL_TARGETS: dict[str, frozenset[str]] = {
    "ENERGY": frozenset({"Utilities"}),
    "WATER": frozenset({"Utilities", "Food or Water Supply"}),
    "TRANSPORT VEHICLE": frozenset({"Transportation", "Airports & Aircraft", "Maritime"}),
    "TRANSPORTATION ROUTE": frozenset({"Transportation"}),
    "TRANSPORTATION FACILITY": frozenset({"Transportation", "Airports & Aircraft"}),
    "COMMERCIAL": frozenset({"Business"}),
    "FINANCIAL": frozenset({"Business"}),
    "GOVERNMENT OFFICE OR RESIDENCE": frozenset({"Government (General)"}),
    "POLITICAL FIGURE OFFICE OR RESIDENCE": frozenset(
        {"Government (General)", "Violent Political Party"}
    ),
    "DIPLOMAT OFFICE OR RESIDENCE": frozenset({"Government (Diplomatic)"}),
    "LAW ENFORCEMENT FACILITY": frozenset({"Police"}),
    "CIVILIAN RESIDENCE": frozenset({_PRIVATE}),
    "COMMUNICATIONS": frozenset({"Telecommunication", "Journalists & Media"}),
    "ORGANIZATION OFFICE": frozenset(
        {"NGO", "Business", _PRIVATE, "Violent Political Party", "Religious Figures/Institutions",
         "Educational Institution", "Journalists & Media"}
    ),
}  # fmt: skip


def type_sets(
    incident: str, instruments: list[str]
) -> tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]:
    """(ACLED types, ACLED sub-types, GTD attack types) accepted for one template."""
    mapped = INCIDENT_TYPES.get(incident)
    if mapped is None:
        return None, None, None
    types, subtypes, attacks = mapped
    explosive = [i for i in instruments if INSTRUMENT_WEAPONS.get(i) == "Explosives"]
    narrowed = frozenset().union(*(INSTRUMENT_SUBTYPES.get(i, frozenset()) for i in explosive))
    if incident == "BOMBING" and narrowed:
        subtypes = narrowed | (EXPLOSIVE_SUBTYPES if "VEHICLE BOMB" in explosive else frozenset())
    elif incident == "ATTACK" and explosive:
        subtypes = subtypes | (narrowed or EXPLOSIVE_SUBTYPES)
        attacks = (attacks or frozenset()) | {"Bombing/Explosion"}
    return types, subtypes, attacks


def weapon_set(incident: str, instruments: list[str]) -> frozenset[str] | None:
    weapons = frozenset(INSTRUMENT_WEAPONS[i] for i in instruments if i in INSTRUMENT_WEAPONS)
    if not weapons and incident == "ARSON":
        return frozenset({"Incendiary"})
    return weapons or None


def target_set(human: list[str], physical: list[str]) -> frozenset[str] | None:
    accepted = frozenset().union(
        *(HUMAN_TARGETS.get(t, frozenset()) for t in human),
        *(PHYSICAL_TARGETS.get(t, frozenset()) for t in physical),
    )
    return accepted or None
