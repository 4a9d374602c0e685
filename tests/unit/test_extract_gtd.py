"""GTD attack, weapon and target types of GTD-style reports, after the GTD codebook: its
attack-type hierarchy, the weapon the attack used, and the target the lead phrase names."""

from __future__ import annotations

import pytest

from eventwire.models import Document, Gtd
from eventwire.pipeline import Pipeline

VEHICLE = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"


def gtd_of(pipeline: Pipeline, text: str) -> Gtd:
    results = list(pipeline.process_many([Document(id="gtd", text=text)]))
    gtd = results[0].events[0].gtd
    assert gtd is not None
    return gtd


@pytest.mark.parametrize(
    ("text", "attack", "weapon"),
    [
        # a prominent person killed: assassination, whatever the weapon
        (
            "A bomb planted under his car exploded in Kandahar city, killing a provincial "
            "police commander and his driver.",
            "Assassination",
            "Explosives",
        ),
        # hostages held where they were seized, not taken away
        (
            "Gunmen stormed a hotel in Mogadishu and held guests hostage inside the building "
            "until security forces ended the siege the next morning.",
            "Hostage Taking (Barricade Incident)",
            "Firearms",
        ),
        (
            "Assailants kidnapped two aid workers from their vehicle near Gao and took them "
            "to an unknown location.",
            "Hostage Taking (Kidnapping)",
            "Unknown",
        ),
        # grenades carried beside guns by a team that stormed in: an armed assault
        (
            "Militants armed with assault rifles and rocket-propelled grenades attacked a "
            "police post in Bannu, killing four policemen.",
            "Armed Assault",
            "Firearms",
        ),
        (
            "An assailant drove a truck into shoppers at a Christmas market in Berlin, "
            "killing 12 people.",
            "Unarmed Assault",
            VEHICLE,
        ),
        (
            "Two men on a motorbike threw acid on a schoolgirl in Kandahar. The victim was "
            "injured.",
            "Unarmed Assault",
            "Chemical",
        ),
        (
            "Unknown assailants threw a petrol bomb at the offices of a local council in "
            "Derry. No one was hurt.",
            "Facility/Infrastructure Attack",
            "Incendiary",
        ),
        (
            "Assailants used dynamite to blow up a section of the Trans-Andean oil pipeline "
            "in Putumayo department. No casualties were reported.",
            "Bombing/Explosion",
            "Explosives",
        ),
        (
            "A parcel bomb sent to a newspaper office in Athens was defused by police.",
            "Bombing/Explosion",
            "Explosives",
        ),
        (
            "Armed men hijacked a minibus carrying 14 passengers on the road to Kidal.",
            "Hijacking",
            "Unknown",
        ),
        (
            "Assailants hacked a village elder to death with machetes near Beni.",
            "Armed Assault",
            "Melee",
        ),
        (
            "Gunmen abducted the mayor of Kidal; his body was found three days later.",
            "Hostage Taking (Kidnapping)",
            "Firearms",
        ),
    ],
)
def test_attack_type_follows_the_codebook_hierarchy(
    pipeline: Pipeline, text: str, attack: str, weapon: str
) -> None:
    gtd = gtd_of(pipeline, text)
    assert (gtd.attack_type, gtd.weapon_type) == (attack, weapon)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A roadside bomb struck a bus carrying soldiers on leave near Idlib, killing six.",
            "Military",
        ),
        (
            "An explosive device detonated near a bus carrying pilgrims in Karbala, killing "
            "three people.",
            "Transportation",
        ),
        (
            "Gunmen abducted three employees of a telecommunications company in Mosul.",
            "Telecommunication",
        ),
        (
            "An explosive device detonated at the office of a local radio station in Jalalabad.",
            "Journalists & Media",
        ),
        (
            "A suicide bomber detonated an explosives-laden water tanker outside the Indian "
            "consulate in Herat, killing two guards.",
            "Government (Diplomatic)",
        ),
        (
            "Assailants opened fire on a checkpoint manned by soldiers in Arish, killing three "
            "soldiers.",
            "Military",
        ),
        (
            "Gunmen disguised as policemen attacked the office of the charity Oxfam in Kandahar.",
            "NGO",
        ),
    ],
)
def test_target_type_is_read_from_what_was_attacked(
    pipeline: Pipeline, text: str, target: str
) -> None:
    assert gtd_of(pipeline, text).target_type == target


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A suicide bomber blew himself up at an army checkpoint in Khost, killing four "
            "soldiers. No group claimed responsibility; however, sources attributed the "
            "attack to the Haqqani Network.",
            "Haqqani Network",
        ),
        (
            "Assailants ambushed a police patrol near Dantewada, killing two constables. "
            "Police attributed the ambush to the Communist Party of India - Maoist.",
            "Communist Party of India (Maoist)",
        ),
    ],
)
def test_the_group_blamed_comes_before_the_unnamed_attacker(
    pipeline: Pipeline, text: str, group: str
) -> None:
    """The GTD names the group (``gname``) that claimed or is blamed, not "a suicide
    bomber" or "assailants": the group is the event's first perpetrator."""
    results = list(pipeline.process_many([Document(id="gname", text=text)]))
    first = next(a for a in results[0].events[0].actors if a.role == "perpetrator")
    assert (first.normalized_name or first.name) == group


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "09/14/2019: Assailants shot and killed a shopkeeper in Yala city, Yala province, "
            "Thailand.",
            "Yala",
        ),
        (
            "03/02/2018: An explosive device detonated near a mosque in Herat city, Herat "
            "province, Afghanistan.",
            "Herat",
        ),
    ],
)
def test_gtd_place_names_the_town_the_parser_took_for_a_person(
    pipeline: Pipeline, text: str, place: str
) -> None:
    """ "Yala city, Yala province": the name before "city" is the town, even when the
    parser tags it a person or a people."""
    results = list(pipeline.process_many([Document(id="place", text=text)]))
    location = results[0].events[0].location
    assert (location.place, location.precision) == (place, "town")
