"""ACLED event type and sub-type for one event (GTD types: `eventwire.extract.gtd`).

ACLED codes an event by its most serious tactic (codebook, "event type precedence"): a
change of territory is a battle outcome; armed exchanges between organised armed groups
are Battles; remote tactics (air and drone strikes, shelling, explosives) are
Explosions/Remote violence, with "Suicide bomb" taking precedence over other explosive
sub-types; violence by armed actors against unarmed people is Violence against civilians;
then Riots, Protests, and Strategic developments (non-violent but significant).
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Set as AbstractSet

from eventwire.extract.lexicon import Tactic
from eventwire.models import Acled

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
        Tactic.AMBUSH,
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
    fighting = tactics & {
        Tactic.CLASH,
        Tactic.AMBUSH,
        Tactic.KILLING,
        Tactic.SHOOTING,
        Tactic.ATTACK,
    }
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
    by_crowd = _by_crowd(perpetrator_kinds) or _by_demonstrators(perpetrator_kinds)
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
            # supporters storming and burning a residence: demonstrators turned violent
            tactics & {Tactic.ATTACK, Tactic.ARSON, Tactic.LOOTING, Tactic.CLASH}
            and _by_demonstrators(perpetrator_kinds)
        )
    )
    if demonstrators_violent:
        return Acled(event_type="Riots", sub_event_type="Violent demonstration")
    if not protest:
        return None
    if tactics & {Tactic.ATTACK, Tactic.KILLING, Tactic.SHOOTING} and (
        next(iter(perpetrator_kinds), None) in NON_STATE_KINDS
    ):
        # "an assailant threw acid at an activist during a demonstration": an armed or
        # unnamed attacker's violence against a protester, not force used by the state
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
    if Tactic.AMBUSH in tactics:
        # codebook: an ambush on armed forces is an armed clash; on civilians, an attack
        hit_civilians = "civilians" in actor_kinds and not target_armed
        return Acled(
            event_type=CIVILIANS if hit_civilians else BATTLE,
            sub_event_type="Attack" if hit_civilians else "Armed clash",
        )
    if Tactic.SEXUAL in tactics:
        return Acled(event_type=CIVILIANS, sub_event_type="Sexual violence")
    if Tactic.ABDUCTION in tactics:
        # codebook: an abduction "without reports of further violence"; people killed in
        # the same raid ("abducted and later beheaded a chief") make it an Attack on them
        killed = Tactic.KILLING in tactics
        return Acled(
            event_type=CIVILIANS,
            sub_event_type="Attack" if killed else "Abduction/forced disappearance",
        )
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
