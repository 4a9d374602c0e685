"""ACLED precedence and GTD values for combinations of tactics."""

from __future__ import annotations

from eventwire.extract.gtd import classify_gtd, target_type
from eventwire.extract.lexicon import Tactic
from eventwire.extract.taxonomy import classify_acled


def subtype(*tactics: Tactic, kinds: tuple[str, ...] = ()) -> str:
    return classify_acled(set(tactics), kinds).sub_event_type


def test_suicide_bombing_takes_precedence_over_gunfire() -> None:
    assert subtype(Tactic.SUICIDE, Tactic.CLASH, Tactic.SHOOTING) == "Suicide bomb"


def test_fighting_with_air_support_is_a_battle() -> None:
    assert subtype(Tactic.CLASH, Tactic.AIRSTRIKE) == "Armed clash"


def test_attack_on_armed_forces_is_a_battle_on_civilians_an_attack() -> None:
    assert subtype(Tactic.ATTACK, Tactic.SHOOTING, kinds=("state_forces",)) == "Armed clash"
    assert subtype(Tactic.ATTACK, Tactic.SHOOTING, kinds=("civilians",)) == "Attack"


def test_bomb_against_police_is_remote_violence() -> None:
    assert (
        subtype(Tactic.ATTACK, Tactic.EXPLOSION, kinds=("state_forces",))
        == "Remote explosive/landmine/IED"
    )


def test_protest_precedence() -> None:
    assert subtype(Tactic.PROTEST) == "Peaceful protest"
    assert subtype(Tactic.PROTEST, Tactic.INTERVENTION) == "Protest with intervention"
    assert subtype(Tactic.PROTEST, Tactic.LIVE_FIRE) == "Excessive force against protesters"
    assert subtype(Tactic.PROTEST, Tactic.RIOT) == "Violent demonstration"


def test_defused_bomb_is_disrupted_weapons_use() -> None:
    assert subtype(Tactic.DISRUPTED, Tactic.IED, Tactic.EXPLOSION) == "Disrupted weapons use"


def test_entering_a_town_without_a_fight_is_a_transfer() -> None:
    assert subtype(Tactic.TRANSFER, Tactic.OVERTAKE) == "Non-violent transfer of territory"


def test_raids_with_detentions_are_arrests() -> None:
    assert subtype(Tactic.ARREST, Tactic.ATTACK) == "Arrests"


def test_gtd_values_are_spelled_as_in_the_data_files() -> None:
    acled = classify_acled({Tactic.SHELLING}, ())
    gtd = classify_gtd(acled, {Tactic.SHELLING}, ["rocket"], {"embassy"}, False)
    assert gtd is not None
    assert (gtd.attack_type, gtd.weapon_type, gtd.weapon_subtype, gtd.target_type) == (
        "Bombing/Explosion",
        "Explosives",
        "Projectile (rockets, mortars, RPGs, etc.)",
        "Government (Diplomatic)",
    )
    assert target_type({"bus"}) == "Transportation"


def test_gtd_does_not_apply_to_peaceful_protest() -> None:
    acled = classify_acled({Tactic.PROTEST}, ())
    assert classify_gtd(acled, {Tactic.PROTEST}, [], set(), False) is None


def test_who_gains_ground_decides_the_territory_sub_type() -> None:
    def gained(tactic: Tactic, *perpetrators: str) -> str:
        return classify_acled({tactic}, (), perpetrators).sub_event_type

    assert gained(Tactic.OVERTAKE, "state_forces") == "Government regains territory"
    assert gained(Tactic.REGAIN, "rebel_group") == "Non-state actor overtakes territory"
    assert gained(Tactic.REGAIN, "militia", "state_forces") == "Government regains territory"


def test_vigilantes_fighting_bandits_is_a_battle_a_mob_killing_is_mob_violence() -> None:
    armed = classify_acled({Tactic.CROWD, Tactic.CLASH}, ("militia",))
    assert armed.sub_event_type == "Armed clash"
    mob = classify_acled({Tactic.CROWD, Tactic.ATTACK, Tactic.KILLING}, ("civilians",))
    assert mob.sub_event_type == "Mob violence"


def test_violent_demonstrators_make_a_riot_whatever_force_meets_them() -> None:
    assert subtype(Tactic.PROTEST, Tactic.RIOT, Tactic.LIVE_FIRE) == "Violent demonstration"
    assert (
        subtype(Tactic.PROTEST, Tactic.KILLING, Tactic.SHOOTING)
        == "Excessive force against protesters"
    )


def test_crowd_control_implies_a_demonstration() -> None:
    assert subtype(Tactic.INTERVENTION, Tactic.ARREST) == "Protest with intervention"


def test_weapons_test_is_a_change_of_activity_not_a_missile_attack() -> None:
    assert subtype(Tactic.GROUP_CHANGE, Tactic.SHELLING) == "Change to group/activity"


def test_burning_by_armed_men_is_not_a_riot() -> None:
    acled = classify_acled({Tactic.RIOT, Tactic.ATTACK}, ("civilians",), ("rebel_group",))
    assert acled.event_type == "Violence against civilians"


def test_an_ambush_is_a_battle_unless_it_hit_civilians() -> None:
    assert subtype(Tactic.AMBUSH, kinds=("state_forces",)) == "Armed clash"
    assert subtype(Tactic.AMBUSH) == "Armed clash"
    assert subtype(Tactic.AMBUSH, Tactic.KILLING, kinds=("civilians",)) == "Attack"


def test_an_abduction_with_people_killed_is_an_attack() -> None:
    civilians = ("civilians",)
    assert subtype(Tactic.ABDUCTION, kinds=civilians) == "Abduction/forced disappearance"
    assert subtype(Tactic.ABDUCTION, Tactic.SHOOTING, kinds=civilians) == (
        "Abduction/forced disappearance"
    )
    assert subtype(Tactic.ABDUCTION, Tactic.KILLING, kinds=civilians) == "Attack"
