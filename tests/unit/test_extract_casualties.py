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


def parsed_counts(nlp: Any, text: str) -> tuple[int | None, int | None]:
    found = find_casualties(text)
    casualties = combine(found + find_singular_casualties(nlp(text)[:], 0, found))
    return casualties.killed.best, casualties.injured.best


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Gunmen stormed a farmhouse and shot and killed a farmer, his wife and their two sons.",
            4,
            None,
        ),
        ("One rocket struck a house, injuring a woman and her two children.", 0, 3),
        (
            "The arrest of 45 soldiers and 2 officers for killing 6 clergymen, a maid, and her"
            " daughter on 16 November is a milestone.",
            8,
            None,
        ),
        # an apposition of the one reporting is not one more victim
        ("The blast killed two soldiers and a civilian, an army officer said.", 3, None),
        ("The candidate and his driver were killed, and a campaign volunteer was injured.", 2, 1),
        (
            "The deputy governor and his driver died in the explosion, and a passer-by was"
            " wounded.",
            2,
            1,
        ),
        ("No one was killed, but two customers and a shop assistant were injured.", 0, 3),
        (
            "Five officers were killed and nine others, along with two civilians, were wounded.",
            5,
            11,
        ),
        ("The attacker and three other people were injured.", 0, 4),
        ("The bomber and 5 soldiers were killed.", 6, None),
        ("Ten jihadists and two Malian soldiers died in a gunfight near Dioura.", 12, None),
        ("6 Houthi fighters and 2 Giants Brigades fighters were killed.", 8, None),
        ("The six Jesuits and two more persons were killed on 16 November.", 8, None),
        # a part named inside a total, and a clause joined by ", and", are not more groups
        (
            "Forty-eight people, including the lawmaker and the bomber, were killed and 108 others"
            " were injured.",
            48,
            108,
        ),
        (
            "At least 587 people were killed, including the bomber, and 316 others were injured.",
            587,
            316,
        ),
    ],
)
def test_victims_listed_by_role_or_coordinated_add_up(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """People listed after one verb ("a farmer, his wife and their two sons") or joined
    before it ("the deputy governor and his driver died") are counted one by one and added."""
    assert parsed_counts(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Suspected Maoist rebels hacked to death two villagers they accused of being police"
            " informers.",
            2,
            None,
        ),
        ("An angry crowd beat to death a man accused of blasphemy in Sialkot.", 1, None),
        ("Residents beat two suspected kidnappers to death at a market.", 2, None),
        ("Rioters attacked 2 men suspected of transporting beef, beating 1 to death.", 1, None),
        ("Assailants hacked a Hindu temple priest to death in Jhenaidah district.", 1, None),
        ("A man was hacked to death by suspected CODECO militiamen in Djaiba.", 1, None),
        ("A village chief was gunned down by motorcycle-riding assailants.", 1, None),
        ("Residents of Bunia lynched a suspected thief after catching him in the market.", 1, None),
        ("Troops neutralised five bandits in a firefight in Birnin Gwari.", 5, None),
        (
            "Unidentified gunmen shot dead the head of the local council as he left a mosque.",
            1,
            None,
        ),
        (
            "Guerrero, who was an adviser to the commission, was shot to death by terrorists.",
            1,
            None,
        ),
        (
            "At least seven presidential guards travelling aboard a military bus were killed"
            " today.",
            7,
            None,
        ),
        (
            "Two national police officers assigned to the intelligence corps were shot to death.",
            2,
            None,
        ),
        ("1 fatality.", 1, None),
        ("84 people, mostly policemen, were killed.", 84, None),
        ("Taliban forces beat and shot a former army officer. He died of his injuries.", 1, None),
        (
            "A 17-year-old suicide bomber detonated a device, injuring three officers. The bomber"
            " was the only fatality.",
            1,
            3,
        ),
        (
            "An assailant stabbed three passers-by, one of whom died. Police shot the assailant,"
            " who died later in hospital.",
            2,
            None,
        ),
        (
            "Besides the bomber, five police officers and a passer-by were killed, and 21 others"
            " were injured.",
            7,
            21,
        ),
        ("All three victims suffered burns.", 0, 3),
        ("A daughter survived with gunshot wounds.", 0, 1),
    ],
)
def test_deaths_told_without_a_number_beside_the_verb(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """News phrasing where the count stands far from the verb, after it, or not at all."""
    assert parsed_counts(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A bomb went off last night causing damage but no victims.", 0, 0),
        ("Seven of these bombs exploded, causing damage, but there were no victims.", 0, 0),
        ("It is reported that the president was not hurt.", 0, 0),
        ("The bomb did not cause any injuries.", 0, 0),
        # the dead a protest answers, and a mass grave's bodies, are not this event's
        ("Youths protesting the police killing of a teenager clashed with police.", None, None),
        ("Protesters blocked the highway after the killing of a local leader.", None, None),
        ("A mass grave containing 30 bodies was discovered in Tillaberi.", None, None),
    ],
)
def test_explicit_none_and_deaths_of_other_events(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """ "No victims" and "was not hurt" are zeros; a death a protest answers and a mass
    grave's bodies are not counted for the event told."""
    assert parsed_counts(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A food vendor, a schoolteacher and a 10-year-old girl were killed, and 17 others were"
            " wounded.",
            3,
            17,
        ),
        (
            "Two students and a security guard were killed at the scene. A fourth victim, a"
            " teacher, died of his wounds the next day.",
            4,
            None,
        ),
        (
            "Assailants attacked residents overnight, killing 12 civilians, among them four women"
            " and two children.",
            12,
            None,
        ),
        (
            "Eighty-two students and three teachers were hospitalized with symptoms of poisoning;"
            " none died.",
            0,
            85,
        ),
        ("Both men were hospitalized; no one was killed.", 0, 2),
        (
            "An explosive device planted in his car detonated in Kyiv, killing him. A passerby was"
            " slightly injured.",
            1,
            1,
        ),
        (
            "Security forces stormed the building, killing all three gunmen; two hostages were"
            " injured.",
            3,
            2,
        ),
        ("Gunmen shot at a police patrol, killing one officer and wounding another.", 1, 1),
        ("7 soldiers and 4 Fano militiamen were killed.", 11, None),
        ("Unidentified gunmen shot dead a radio broadcaster inside his home.", 1, None),
        ("A man died and another was left in critical condition after a mob beat them.", 1, 1),
    ],
)
def test_lists_before_the_verb_parts_of_a_total_and_words_for_one(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """A list of three before one passive verb adds up; people "among them" are in the
    total; "killing him", "wounding another", "both men", "all three gunmen" are counts;
    "hospitalized" is hurt and "none died" is zero dead."""
    assert parsed_counts(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "The death toll from a suicide bombing targeting a police vehicle in northwestern"
            " Pakistan rose to seven on Sunday after two wounded officers died in hospital.",
            7,
            None,
        ),
        ("Death toll in Dera Ismail Khan suicide attack on police rises to 7", 7, None),
        (
            "Eleven other people, including two children who were on their way to school, were"
            " being treated for wounds at the city's hospital.",
            0,
            11,
        ),
        ("Two wounded officers died in hospital.", 2, None),
    ],
)
def test_updated_tolls_and_wounded_who_died(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """A toll that "rose to seven" after a long description is the dead's count; "two
    wounded officers died" are dead, not hurt; "treated for wounds" is hurt."""
    assert parsed_counts(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Officials said the death toll in the attack on the train had risen from 58 to 62 with"
            " the death of four people who were seriously injured.",
            62,
            4,
        ),
        (
            "Coaches were set on fire on February 27, leaving 58 people, mostly pilgrims, dead.",
            58,
            None,
        ),
        (
            "Since the massacre of February 27 in which 75 people were killed, few families"
            " remain.",
            75,
            None,
        ),
        ("The train carnage, which left 58 dead and 43 others injured, shocked the state.", 58, 43),
    ],
)
def test_a_date_or_a_toll_range_is_not_the_count(
    nlp: Any, text: str, killed: int | None, injured: int | None
) -> None:
    """A toll "risen from 58 to 62" is 62; a day of the month before the count ("February
    27 ... 75 people were killed") never reads as the count of a group named after it."""
    assert parsed_counts(nlp, text) == (killed, injured)
