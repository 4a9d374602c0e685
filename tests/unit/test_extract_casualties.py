"""Casualty phrases read as ACLED and UCDP code them: counts, words, ranges, explicit none."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.extract.casualties import (
    combine,
    find_casualties,
    find_singular_casualties,
)


def counts(text: str) -> tuple[int | None, int | None, bool]:
    casualties = combine(find_casualties(text))
    return casualties.killed.best, casualties.injured.best, casualties.reported


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("At least 12 people were killed and 30 wounded in the blast.", 12, 30),
        ("The attack killed three soldiers and wounded a civilian.", 3, 1),
        ("The death toll rose to 7 on Sunday.", 7, None),
        # the wounded counted and no dead: nobody died (GTD, ACLED and UCDP code 0)
        ("Dozens were injured when police fired tear gas.", 0, 12),
        ("Gunmen stormed the village, leaving five dead.", 5, None),
        ("Over 50 Islamic State militants killed in clashes in northern Iraq.", 50, None),
        ("Two students were shot to death outside the school.", 2, None),
        ("The bombing resulted in the death of a civilian.", 1, None),
        ("Iraqi forces kill 'dozens' of militants in Ramadi.", 12, None),
        ("Between 10 and 15 people were killed, officials said.", 10, None),
    ],
)
def test_casualty_phrase_gives_best_count(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert counts(text)[:2] == (killed, injured)


def test_explicit_none_is_zero_and_reported() -> None:
    assert counts("Despite the attack, there were no casualties.") == (0, 0, True)
    assert counts("No injuries were reported.")[1:] == (0, True)
    assert counts("The blast did not cause any injuries.")[1:] == (0, True)


def test_silence_is_unknown_not_zero() -> None:
    assert counts("Approximately 2,500 U.S. troops are deployed in the country.") == (
        None,
        None,
        False,
    )


def test_counts_of_different_groups_add_up() -> None:
    text = "The fighting killed three soldiers. The army said 14 insurgents were killed."
    assert counts(text)[0] == 17


def test_a_total_with_a_subset_is_not_double_counted() -> None:
    assert counts("Five people were killed, including three soldiers.")[0] == 5


def test_attackers_also_killed_are_added() -> None:
    text = "The bomb killed four policemen. Two of the attackers were also killed."
    assert counts(text)[0] == 6


def test_years_are_not_counts() -> None:
    assert counts("In 2014 militants killed villagers.")[0] is None


def test_range_keeps_low_best_high() -> None:
    killed = combine(find_casualties("Between 10 and 15 people were killed.")).killed
    assert (killed.low, killed.best, killed.high) == (10, 10, 15)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "At least three people, including the assailant, were killed and 12 others injured.",
            3,
            12,
        ),
        (
            "A total of 26 people, including 4 assailants, were killed and 30 people were injured.",
            26,
            30,
        ),
        ("Fourteen people, including 12 Kurdish forces, were killed in the blast.", 14, None),
        ("Two soldiers and one assailant were killed in the clash.", 3, None),
        ("The victim was wounded in the attack.", 0, 1),
        ("Assailants shot and killed a police officer. The victim was killed instantly.", 1, None),
        ("Vigilantes beat a man to death on suspicion of cattle theft.", 1, None),
        ("Gunmen assassinated four former opposition fighters.", 4, None),
        ("The army said 7 militants were neutralized.", 7, None),
        ("Officials revised the death toll from Sunday's bombing in Mogadishu to four.", 4, None),
    ],
)
def test_gtd_summary_casualty_phrases(text: str, killed: int | None, injured: int | None) -> None:
    assert counts(text)[:2] == (killed, injured)


@pytest.fixture(scope="module")
def nlp(pipeline: Any) -> Any:
    return pipeline.nlp


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Nine CRPF jawans and the suicide bomber were killed in the attack.", 10, None),
        ("Two hostages and both gunmen were killed when troops stormed the house.", 4, None),
        ("Seven people, including a child, and the two attackers were killed.", 9, None),
        ("Two Spanish tourists and their local driver were killed in the ambush.", 3, None),
        ("Gunmen shot and killed the deputy mayor, his driver and a guard.", 3, None),
        ("The detonation killed a senior commander and his nephew.", 2, None),
        ("Police later shot and killed both assailants.", 2, None),
        ("The body of the abducted engineer was found two days later.", 1, None),
        ("The bodies of three abducted herders were recovered near the river.", 3, None),
        ("A police officer was killed; no other casualties were reported.", 1, 0),
        ("The bus was hijacked but no one was hurt.", 0, 0),
        ("The monk's brother was injured in the shooting.", 0, 1),
        ("Nobody was hurt when the shop was set ablaze.", 0, 0),
        ("Two guards were killed and one other sustained serious injuries.", 2, 1),
    ],
)
def test_gtd_summary_victims_named_one_by_one(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """Counts made of people named one by one ("the bomber", "his driver", "both
    assailants", "the body of the engineer") add up with the numbered groups."""
    found = find_casualties(text)
    casualties = combine(found + find_singular_casualties(nlp(text)[:], 0, found))
    assert (casualties.killed.best, casualties.injured.best) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Three soldiers died at the scene. A fourth soldier died of his wounds.", 4, None),
        ("Four farmers were shot dead and a fifth was hacked to death with a machete.", 5, None),
        ("Twenty people were killed in addition to the two suicide bombers.", 22, None),
        ("Twenty-two people were killed in addition to the bomber, and 139 were injured.", 23, 139),
        ("The victim's body was found the following day.", 1, None),
        ("A sniper shot dead Antonio Halili, the mayor of the city, at a ceremony.", 1, None),
        ("Gunmen stormed a temple, shooting dead two monks and wounding two others.", 2, 2),
        ("Gunmen attacked a church, killing the pastor and five worshippers.", 6, None),
        ("A bomb exploded in the city, killing the governor, his driver and a bodyguard.", 3, None),
        (
            "Assailants ambushed and shot dead Karina Garcia, a mayoral candidate, along with"
            " her mother and four other people in Suarez municipality.",
            6,
            None,
        ),
        ("A park ranger escorting the group was killed.", 1, None),
        ("He later killed his mother and himself at his home.", 2, None),
        ("Two police officers and two visa applicants were killed.", 4, None),
    ],
)
def test_gtd_summary_dead_told_by_ordinal_list_or_beside_the_bombers(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """An ordinal is the running total ("a fourth soldier died"), perpetrators "in addition
    to" the victims are added, and people listed after one killing verb ("the pastor and five
    worshippers", "along with her mother and four other people") add up."""
    found = find_casualties(text)
    casualties = combine(found + find_singular_casualties(nlp(text)[:], 0, found))
    assert (casualties.killed.best, casualties.injured.best) == (killed, injured)
