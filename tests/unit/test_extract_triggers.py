"""Trigger words count only when used literally, in a report about political violence."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.extract.lexicon import Tactic
from eventwire.extract.triggers import find_triggers, is_apolitical_report, is_figurative_report
from eventwire.nlp.sentences import Sentence


def sentence(nlp: Any, text: str) -> Sentence:
    doc = nlp(text)
    return Sentence(0, doc[:], 0, len(text), text, 0, False)


@pytest.fixture(scope="module")
def nlp(pipeline: Any) -> Any:
    return pipeline.nlp


def tactics(nlp: Any, text: str, **options: Any) -> set[Tactic]:
    options.setdefault("in_violent_report", False)
    return {hit.tactic for hit in find_triggers(sentence(nlp, text), **options)}


def test_literal_attack_is_a_trigger(nlp: Any) -> None:
    assert Tactic.ATTACK in tactics(nlp, "Gunmen attacked a police checkpoint in Kirkuk.")


def test_verbal_attack_is_not(nlp: Any) -> None:
    assert tactics(nlp, "The opposition attacked the budget as a betrayal.") == set()


def test_threats_and_plans_are_not_events(nlp: Any) -> None:
    assert tactics(nlp, "The group vowed to attack the capital.") == set()


def test_negated_arrests_are_not_events(nlp: Any) -> None:
    assert Tactic.ARREST not in tactics(nlp, "Police said there were no arrests.")


def test_sports_clash_is_not_a_battle(nlp: Any) -> None:
    text = "Iraq beat Syria in a fiery World Cup qualifying clash in Basra."
    assert tactics(nlp, text) == set()


def test_fuel_price_protesters_are_protesters(nlp: Any) -> None:
    text = "Kenyan police opened fire on demonstrators protesting against rising fuel prices."
    assert Tactic.PROTEST in tactics(nlp, text)


def test_weak_word_counts_inside_a_violent_report(nlp: Any) -> None:
    text = "The night was shattered by the sound of explosions."
    assert tactics(nlp, text) == set()
    assert Tactic.EXPLOSION in tactics(nlp, text, in_violent_report=True)


def test_reports_about_markets_and_disasters_are_recognised() -> None:
    assert is_figurative_report("Shares rose; the striker scored; the coach and the referee.")
    assert is_apolitical_report("The typhoon caused landslides and floods.")
    assert not is_apolitical_report("Militants attacked a police station.")


def test_taking_the_wounded_to_the_city_is_not_taking_a_city(nlp: Any) -> None:
    text = "The wounded were taken to the city's general hospital, officials said."
    assert Tactic.OVERTAKE not in tactics(nlp, text, in_violent_report=True)
    assert Tactic.OVERTAKE in tactics(nlp, "Sunni insurgents captured three towns in Anbar.")


def test_grievance_of_a_protest_is_not_an_event(nlp: Any) -> None:
    found = tactics(nlp, "Residents protested against the killing of a local elder by soldiers.")
    assert Tactic.PROTEST in found
    assert Tactic.KILLING not in found


def test_what_someone_is_accused_of_is_not_an_event(nlp: Any) -> None:
    found = tactics(nlp, "Villagers beat a man accused of kidnapping a child.")
    assert Tactic.ABDUCTION not in found


def test_scene_setting_after_amid_is_not_an_event(nlp: Any) -> None:
    found = tactics(nlp, "Authorities shut down mobile internet amid fighting in the region.")
    assert Tactic.OTHER in found
    assert Tactic.CLASH not in found


def test_acled_size_tag_marks_a_demonstration(nlp: Any) -> None:
    found = tactics(nlp, "On 2 May 2023, workers gathered in Dakar (Dakar). [size=around 300]")
    assert Tactic.PROTEST in found


def test_capture_needs_a_place_after_the_verb(nlp: Any) -> None:
    assert Tactic.OVERTAKE in tactics(nlp, "M23 rebels seized Kitchanga (Masisi, Nord-Kivu).")
    assert Tactic.OVERTAKE not in tactics(nlp, "Police seized Kalashnikov rifles and ammunition.")


def test_hurt_people_in_the_next_sentence_lend_context(nlp: Any) -> None:
    text = "Israeli aircraft struck several sites in Rafah."
    assert Tactic.AIRSTRIKE not in tactics(nlp, text)
    assert Tactic.AIRSTRIKE in tactics(nlp, text, next_text="6 people were killed.")


@pytest.mark.parametrize(
    ("text", "tactic"),
    [
        ("A teenage girl blew herself up at a market in Konduga.", Tactic.SUICIDE),
        ("A woman blew up her explosives belt at a checkpoint in Gwoza.", Tactic.SUICIDE),
        ("Houthi fighters seized a ferry off the port of Hodeidah.", Tactic.ATTACK),
        ("Militants poisoned a water well in a village near Baidoa.", Tactic.ATTACK),
        ("An explosion of unknown origin hit a market in Azaz.", Tactic.EXPLOSION),
        ("Insurgents dynamited a bridge on the road to Gao.", Tactic.LOOTING),
        ("Government helicopters dropped chlorine barrels on Douma.", Tactic.CHEMICAL),
        ("A mass grave containing 30 bodies was discovered in Tillaberi.", Tactic.OTHER),
        ("Sappers cleared 40 landmines from farmland near Kharkiv.", Tactic.DISRUPTED),
        ("Troops neutralised an IED on the road to Damboa.", Tactic.DISRUPTED),
        ("Russian forces struck Kharkiv with glide bombs, wounding 12.", Tactic.AIRSTRIKE),
        ("Israel pounded Khan Younis with tank fire overnight.", Tactic.SHELLING),
        ("A journalist was found dead with gunshot wounds in Guerrero.", Tactic.SHOOTING),
        ("Masked men set fire to a polling station in Kinshasa.", Tactic.ARSON),
        ("The junta dissolved all political parties in Niger.", Tactic.OTHER),
        ("Israeli warplanes struck targets in Gaza City.", Tactic.AIRSTRIKE),
        ("FARC dissidents burned three trucks on a highway in Cauca.", Tactic.ARSON),
        ("Settlers set fire to Palestinian cars in the village of Huwara.", Tactic.ARSON),
    ],
)
def test_less_common_ways_of_telling_an_event_are_triggers(
    nlp: Any, text: str, tactic: Tactic
) -> None:
    assert tactic in tactics(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Floods triggered by torrential rain killed at least 45 people in Swat.",
        "Lightning struck a school in Arua district, killing three pupils.",
        "A bus plunged into a gorge in Dhading district, killing 14 passengers.",
        "An explosion at a fireworks factory in Sivakasi killed eight workers.",
        "A man murdered his wife at their home in Leeds, police said.",
        "Cancer killed nearly 10 million people worldwide last year.",
        "The former president died of a heart attack in Abuja on Thursday.",
        "Kane killed it again on Saturday, scoring a hat-trick in Munich.",
        "The film's final battle scene, in which the rebels storm the fortress, is superb.",
        "Rwanda marked the anniversary of the 1994 genocide, in which 800,000 people were killed.",
        "A building collapsed in Lagos, killing 12 workers.",
        "A man was killed by an elephant in Assam.",
        "Bird flu killed thousands of chickens on farms in Gujarat.",
        "The senator launched a blistering attack on the government's immigration policy.",
        "The court jailed the former rebel commander for 20 years over the 2002 massacre.",
    ],
)
def test_disasters_illness_private_crime_and_fiction_report_no_violence(
    nlp: Any, text: str
) -> None:
    assert not tactics(nlp, text) & {
        Tactic.KILLING,
        Tactic.ATTACK,
        Tactic.CLASH,
        Tactic.EXPLOSION,
        Tactic.SHOOTING,
    }


def test_a_crowd_punishing_a_thief_is_still_violence(nlp: Any) -> None:
    text = "A group of villagers beat two suspected cattle thieves to death in Mbale."
    assert {Tactic.CROWD, Tactic.KILLING} <= tactics(nlp, text)


def test_a_protest_amid_a_heatwave_is_still_a_riot(nlp: Any) -> None:
    text = "Angry residents set fire to two vehicles and pelted police amid a heatwave."
    assert Tactic.RIOT in tactics(nlp, text)


def test_a_comeback_is_no_rally(nlp: Any) -> None:
    text = "The Lakers rallied from 15 points down to beat the Celtics in Boston."
    assert Tactic.PROTEST not in tactics(nlp, text)
    assert Tactic.PROTEST in tactics(nlp, "Thousands rallied in Kinshasa to denounce the war.")


def test_police_arresting_a_murder_suspect_is_policing(nlp: Any) -> None:
    text = "Police arrested a man suspected of killing his neighbour in Kisumu."
    assert tactics(nlp, text) == set()
    assert Tactic.ARREST in tactics(nlp, "Police arrested 12 opposition supporters in Kisumu.")


def test_an_attack_on_the_government_by_rebels_is_violence(nlp: Any) -> None:
    text = "Rebels launched an attack on the government in Bangui, killing four soldiers."
    assert Tactic.ATTACK in tactics(nlp, text)


def test_suspected_kidnappers_are_the_accused_not_an_abduction(nlp: Any) -> None:
    assert Tactic.ABDUCTION not in tactics(nlp, "Villagers killed two suspected kidnappers.")
    assert Tactic.ABDUCTION in tactics(nlp, "Kidnappers seized 20 passengers near Kaduna.")


def test_arrests_for_ordinary_crime_are_policing(nlp: Any) -> None:
    assert tactics(nlp, "A teacher was arrested in Lahore for beating a pupil.") == set()
    text = "Police arrested three men suspected of a string of burglaries in Quezon City."
    assert Tactic.ARREST not in tactics(nlp, text)
    assert Tactic.ARREST in tactics(nlp, "Police arrested an opposition MP for fraud in Harare.")


def test_rallying_behind_someone_is_support_not_a_rally(nlp: Any) -> None:
    text = "The singer's fans rallied behind her after the awards ceremony in Lagos."
    assert Tactic.PROTEST not in tactics(nlp, text)


def test_warplanes_bought_are_no_air_strike(nlp: Any) -> None:
    assert tactics(nlp, "The air force bought 24 new warplanes from France.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Observers agree that the general's discharge was prompted by the air force bombing"
        " of low-income neighborhoods.",
        "The minister resigned in response to the killing of the journalist.",
        "Many families fled the capital during the recent general offensive by the FMLN.",
    ],
)
def test_an_event_told_as_cause_or_time_is_not_reported_there(nlp: Any, text: str) -> None:
    found = tactics(nlp, text)
    assert not found & {Tactic.EXPLOSION, Tactic.KILLING, Tactic.CLASH, Tactic.AIRSTRIKE}


def test_a_report_led_by_a_disaster_or_a_parade_is_apolitical() -> None:
    lead = "Cyclone Freddy slammed into Malawi on Monday."
    text = lead + " At least 190 people were killed in Blantyre, officials said."
    assert is_apolitical_report(text, lead)
    parade = "Thousands of soldiers took part in a military parade in Red Square on Thursday."
    assert is_apolitical_report(parade + " Missile launchers rolled past.", parade)
    attack = "A bomb exploded during a military parade in Ahvaz, killing 25 people."
    assert not is_apolitical_report(attack, attack)


def test_a_bomb_at_a_parade_is_still_a_bombing(nlp: Any) -> None:
    text = "A bomb exploded during a military parade in Ahvaz, killing 25 people."
    assert Tactic.EXPLOSION in tactics(nlp, text)
    assert Tactic.SHELLING not in tactics(nlp, "Missile launchers rolled past in a parade.")
