"""GTD typing, perpetrators and triggers on GTD-style summary sentences (real wordings)."""

from __future__ import annotations

import pytest

from eventwire.models import Document, Event
from eventwire.pipeline import Pipeline


def first_event(pipeline: Pipeline, text: str) -> Event:
    result = pipeline.process(Document(id="gtd-rule", text=text))
    assert result.events, text
    return result.events[0]


@pytest.mark.parametrize(
    ("text", "attack", "weapon", "target"),
    [
        (
            "Assailants on motorcycles sprayed acid on a group of schoolgirls as they walked to"
            " school in Kandahar city, Afghanistan. Fifteen girls were injured.",
            "Unarmed Assault",
            "Chemical",
            "Educational Institution",
        ),
        (
            "Assailants fired gunshots at two electrical substations near Carthage town, North"
            " Carolina, United States, causing a power outage. No casualties were reported.",
            "Facility/Infrastructure Attack",
            "Firearms",
            "Utilities",
        ),
        (
            "Houthi militants armed with rifles landed on a cargo ship in the Red Sea and"
            " diverted it to a port in Hodeidah governorate, Yemen.",
            "Hijacking",
            "Firearms",
            "Maritime",
        ),
        (
            "A suicide bomber targeted a member of parliament as she campaigned in Beledweyne"
            " city, Somalia. Forty-eight people were killed.",
            "Assassination",
            "Explosives",
            "Government (General)",
        ),
        (
            "Militants detonated explosives at the base of an electricity transmission tower"
            " near Maiduguri city, Borno state, Nigeria. No casualties were reported.",
            "Bombing/Explosion",
            "Explosives",
            "Utilities",
        ),
        (
            "Two assailants armed with knives took five people hostage during morning mass at"
            " a church in Saint-Etienne-du-Rouvray town, France, and killed the priest.",
            "Hostage Taking (Barricade Incident)",
            "Melee",
            "Religious Figures/Institutions",
        ),
        (
            "A group of cow vigilantes beat a Muslim man to death with sticks near Alwar city,"
            " Rajasthan state, India.",
            "Unarmed Assault",
            "Melee",
            "Private Citizens & Property",
        ),
        (
            "Taliban militants armed with small arms attacked several police checkpoints in"
            " Kunduz province, Afghanistan. Eleven police officers were killed.",
            "Armed Assault",
            "Firearms",
            "Police",
        ),
    ],
)
def test_gtd_types_of_summary_leads(
    pipeline: Pipeline, text: str, attack: str, weapon: str, target: str
) -> None:
    """Acid, shots fired at a substation and a ship diverted are attacks; a prominent person
    "targeted" is an assassination; "the base of a tower" is the tower; hostages held at a
    church are a barricade; a beating is an unarmed assault with a blunt object."""
    gtd = first_event(pipeline, text).gtd
    assert gtd is not None
    assert (gtd.attack_type, gtd.weapon_type, gtd.target_type) == (attack, weapon, target)


@pytest.mark.parametrize(
    "target_words",
    [
        (
            "08/25/2011: Gunmen doused a casino in Monterrey city, Mexico, with gasoline and set"
            " it ablaze, killing 52 people.",
            "Business",
        ),
        (
            "An assailant set fire to a Planned Parenthood clinic in Knoxville city, Tennessee.",
            "Abortion Related",
        ),
        (
            "New People's Army rebels torched two trucks at a road construction site in"
            " Gingoog city.",
            "Business",
        ),
    ],
)
def test_gtd_target_words(pipeline: Pipeline, target_words: tuple[str, str]) -> None:
    """Casinos are businesses, abortion clinics their own GTD type, and a road is a target
    only when nothing more telling is named ("a road construction site" is a business's)."""
    text, target = target_words
    gtd = first_event(pipeline, text).gtd
    assert gtd is not None and gtd.target_type == target


def test_a_party_that_is_also_an_armed_movement_is_a_violent_political_party(
    pipeline: Pipeline,
) -> None:
    """GTD: attacks on Hezbollah's, Hamas' or Sinn Fein's offices hit a violent party."""
    event = first_event(
        pipeline,
        "07/11/2014: A bomb exploded outside an office of the Hezbollah movement in Baalbek"
        " city, Lebanon, damaging the building. No casualties were reported.",
    )
    assert event.gtd is not None and event.gtd.target_type == "Violent Political Party"


def test_the_ends_of_a_route_are_not_the_place_of_the_attack(pipeline: Pipeline) -> None:
    """ "a bus travelling from Mandera to Nairobi near El Wak": not Nairobi, not Mandera."""
    event = first_event(
        pipeline,
        "12/06/2019: Assailants stopped a passenger bus travelling from Garissa to Nairobi near"
        " Mwingi town, Kitui county, Kenya, and shot dead eight passengers.",
    )
    assert event.location.place not in ("Garissa", "Nairobi")


def perpetrators(event: Event) -> list[str]:
    return [
        a.name for a in event.actors if a.role == "perpetrator" and a.attribution != "unidentified"
    ]


def test_a_group_an_attack_is_attributed_to_is_its_perpetrator(pipeline: Pipeline) -> None:
    """Whom sources attribute the attack to is a group even where the tagger read a place."""
    event = first_event(
        pipeline,
        "Gunmen set fire to a casino in Monterrey city, Mexico, killing 52 people. Sources"
        " attributed the attack to Los Zetas.",
    )
    assert perpetrators(event) == ["Los Zetas"]


def test_police_who_shot_the_assailant_are_not_perpetrators(pipeline: Pipeline) -> None:
    """ "Police killed two of the assailants": the police answered the attack."""
    event = first_event(
        pipeline,
        "Assailants shot dead the mayor of Temixco municipality, Morelos state, Mexico, at her"
        " home. Police killed two of the assailants. Sources attributed the attack to Los Rojos.",
    )
    assert perpetrators(event) == ["Los Rojos"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Two peasants were murdered this week in Ayacucho department, Peru, apparently by"
            " members of the Shining Path.",
            "Private Citizens & Property",
        ),
        (
            "Two workers were killed early this morning during an FMLN attack on a bus near"
            " Apopa, El Salvador.",
            "Transportation",
        ),
    ],
)
def test_the_group_that_did_it_is_not_the_target(
    pipeline: Pipeline, text: str, target: str
) -> None:
    gtd = first_event(pipeline, text).gtd
    assert gtd is not None and gtd.target_type == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen firing into the air stormed Kuchi village, Zamfara state, Nigeria, and "
            "abducted twelve farmers.",
            (
                "Abduction/forced disappearance",
                "Hostage Taking (Kidnapping)",
                "Firearms",
                "Private Citizens & Property",
            ),
        ),
        (
            "Unidentified assailants hurled petrol bombs at a minibus near Gazipur city, "
            "Bangladesh. Four passengers burned to death and nine others were injured.",
            ("Attack", "Armed Assault", "Incendiary", "Transportation"),
        ),
        (
            "Assailants threw a firebomb at the door of a synagogue in Malmo city, Sweden, "
            "overnight. The entrance was damaged.",
            (
                "Looting/property destruction",
                "Facility/Infrastructure Attack",
                "Incendiary",
                "Religious Figures/Institutions",
            ),
        ),
        (
            "Assailants contaminated a water tank serving a girls' school in Faryab province, "
            "Afghanistan. Forty students fell ill.",
            ("Attack", "Unarmed Assault", "Chemical", None),
        ),
        (
            "Assailants beat two photographers with sticks and iron rods while they were covering"
            " an opposition march in Kampala city, Uganda.",
            ("Attack", "Unarmed Assault", "Melee", "Journalists & Media"),
        ),
        (
            "A bomb planted in the car of Colonel Ahmed Saleh, a senior army intelligence "
            "officer, exploded in Aden city, Yemen, killing him.",
            ("Remote explosive/landmine/IED", "Assassination", "Explosives", "Military"),
        ),
    ],
)
def test_attacks_told_with_incendiaries_poison_beatings_and_planted_bombs(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Petrol bombs thrown by assailants are an attack, not a riot; shots into the air by
    gunmen are no crowd control; a rally the victims were covering is their setting.
    ``expected``: ACLED sub-type, GTD attack, weapon and target type (None: not checked)."""
    acled_sub_type, attack, weapon, target = expected
    event = first_event(pipeline, text)
    assert event.acled is not None and event.acled.sub_event_type == acled_sub_type
    assert event.gtd is not None
    assert (event.gtd.attack_type, event.gtd.weapon_type) == (attack, weapon)
    if target is not None:
        assert event.gtd.target_type == target


def test_victims_who_burned_to_death_are_not_the_perpetrators(pipeline: Pipeline) -> None:
    event = first_event(
        pipeline,
        "Assailants set fire to a bus near Dhaka city, Bangladesh. Six passengers burned to death.",
    )
    assert perpetrators(event) == []
    assert any(a.role == "victim" and a.name == "passengers" for a in event.actors)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Police fired into the air to disperse a crowd of stone-throwing youths in"
            " Anantnag town on Friday.",
            "Violent demonstration",
        ),
        (
            "Soldiers fired warning shots at hundreds of demonstrators outside the electoral"
            " commission in Conakry on Tuesday.",
            "Protest with intervention",
        ),
    ],
)
def test_warning_shots_at_a_crowd_are_crowd_control(
    pipeline: Pipeline, text: str, sub_type: str
) -> None:
    """Shots that hit no one are no shooting: the crowd decides the sub-type."""
    event = first_event(pipeline, text)
    assert event.acled is not None and event.acled.sub_event_type == sub_type


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Militants attacked an army outpost near Gao city, Mali. No group claimed"
            " responsibility; however, officials attributed the attack to Ansarul Islam.",
            "Ansarul Islam",
        ),
        (
            "Militants lobbed a grenade at a bank in Pulwama town, India. Police attributed the"
            " attack to Lashkar-e-Taiba.",
            "Lashkar-e-Taiba",
        ),
        (
            "Assailants beat an opposition candidate with clubs in Harare city, Zimbabwe."
            " Witnesses identified the assailants as members of the ZANU-PF youth league.",
            "ZANU-PF youth league",
        ),
        (
            "An assailant armed with a machete attacked worshippers at a church in Nice city,"
            " France, killing two women before police arrested him.",
            None,
        ),
    ],
)
def test_the_perpetrator_is_the_group_named_not_the_generic_doers(
    pipeline: Pipeline, text: str, group: str | None
) -> None:
    """ "Militants", "an assailant" say what the doers were; the group blamed or named
    later is the perpetrator, and the police who arrested him are not."""
    named = [
        a.name
        for a in first_event(pipeline, text).actors
        if a.role == "perpetrator" and a.attribution != "unidentified"
    ]
    if group is None:
        assert named == []
    else:
        assert named and group in named[0]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A bomb exploded outside a government secondary school in Kabul city, Afghanistan.",
            "Educational Institution",
        ),
        (
            "Assailants fired rockets at a camp for internally displaced people near Goma city,"
            " Democratic Republic of the Congo.",
            "Other",
        ),
        (
            "Assailants set fire to a building housing refugees in Bautzen town, Germany.",
            "Private Citizens & Property",
        ),
        (
            "Gunmen looted and burned the food stores of a relief agency in Rann town, Borno"
            " state, Nigeria.",
            "Food or Water Supply",
        ),
        (
            "Gunmen ambushed a convoy of Doctors Without Borders near Bentiu town, South Sudan.",
            "NGO",
        ),
        (
            "Gunmen stopped a truck of the Red Crescent on a road near Idlib city, Syria, and"
            " abducted its driver.",
            "NGO",
        ),
    ],
)
def test_target_type_of_the_thing_attacked(pipeline: Pipeline, text: str, target: str) -> None:
    gtd = first_event(pipeline, text).gtd
    assert gtd is not None and gtd.target_type == target


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Onion growers held a sit-in outside the wholesale market in Nashik on Monday"
            " against falling prices.",
            "Peaceful protest",
        ),
        (
            "Three shepherds were killed when a mine left over from the war exploded near"
            " Sirte, Libya.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Government helicopters dropped barrels filled with chlorine on Kafr Zita,"
            " wounding dozens of people.",
            "Chemical weapon",
        ),
    ],
)
def test_acled_sub_type_of_protests_old_mines_and_chlorine(
    pipeline: Pipeline, text: str, sub_type: str
) -> None:
    """Market words do not unmake a sit-in; old fighting is the mine's setting."""
    event = first_event(pipeline, text)
    assert event.acled is not None and event.acled.sub_event_type == sub_type


def test_a_weekday_that_gives_no_day_leaves_the_written_date_to_date_the_event(
    pipeline: Pipeline,
) -> None:
    """With no publication date, "Friday prayers" cannot be counted back to a day: the
    summary's own date still dates the bombing."""
    event = first_event(
        pipeline,
        "03/04/2016: A suicide bomber struck a mosque in Peshawar city, Pakistan, as"
        " worshippers gathered for Friday prayers. Twelve people were killed.",
    )
    assert event.date.start is not None and event.date.start.isoformat() == "2016-03-04"


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        (
            "Militants blew up a boys' middle school in a village near Tank city, Pakistan,"
            " at night. No one was hurt.",
            "Bombing/Explosion",
        ),
        (
            "Gunmen took 14 nurses and two doctors hostage inside a clinic in Cotabato city,"
            " Philippines. After a six-hour standoff they released them.",
            "Hostage Taking (Barricade Incident)",
        ),
        (
            "Incendiary devices were planted in three stores in Derry city, Northern Ireland;"
            " two ignited and caused damage.",
            "Facility/Infrastructure Attack",
        ),
    ],
)
def test_acts_told_without_a_usual_trigger_word_are_events(
    pipeline: Pipeline, text: str, attack: str
) -> None:
    """ "blew up", a crowd "taken hostage" after its count, "incendiary devices" planted."""
    gtd = first_event(pipeline, text).gtd
    assert gtd is not None and gtd.attack_type == attack


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "An assailant threw a corrosive substance at an opposition activist during a"
            " rally in Tbilisi on Saturday, injuring him.",
            "Attack",
        ),
        (
            "Rival militias in Zawiya agreed to a ceasefire brokered by local elders after"
            " three days of fighting.",
            "Agreement",
        ),
        (
            "Villagers in Kisii beat and set alight two suspected thieves on Sunday; both died.",
            "Mob violence",
        ),
    ],
)
def test_attackers_at_a_rally_truces_and_mob_justice(
    pipeline: Pipeline, text: str, sub_type: str
) -> None:
    """An unnamed attacker at a rally is no state force; the fighting a truce ends is its
    setting; a crowd punishing suspects is mob violence, whatever crime words it holds."""
    event = first_event(pipeline, text)
    assert event.acled is not None and event.acled.sub_event_type == sub_type


def test_a_robbery_told_by_the_police_is_still_no_event(pipeline: Pipeline) -> None:
    result = pipeline.process(
        Document(
            id="robbery",
            text="A robber shot dead a shopkeeper in Lagos on Monday; police said the suspected"
            " robbers fled.",
        )
    )
    assert result.events == []


def test_a_weapon_naming_an_attack_is_not_its_perpetrator(pipeline: Pipeline) -> None:
    """ "Drone Attack on Army Base": the drone is how, not who."""
    event = first_event(
        pipeline,
        "Drone Attack on Army Base in Kidal\n\nA drone struck an army base in Kidal, Mali, on"
        " Monday, wounding three soldiers, officials said.",
    )
    assert all(a.name.lower() != "drone" for a in event.actors if a.role == "perpetrator")
