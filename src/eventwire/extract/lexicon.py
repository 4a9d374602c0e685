"""Trigger vocabulary: the words and phrases that report an event, by tactic.

A tactic is finer than an ACLED sub-event type: the taxonomy module maps the set of tactics
found for one event to ACLED's type and sub-type with the codebook's precedence rules. Each
trigger is marked *strong* (it reports political violence or unrest on its own: "car bomb",
"abducted", "protesters") or *weak* (it needs conflict context in its sentence: "attack"
is also used of budgets, "clash" of football teams, "storm" of weather).

Patterns are compiled once as module constants: matching them is the hot path of extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Tactic(StrEnum):
    """What was done, as the text reports it."""

    AIRSTRIKE = "airstrike"
    SHELLING = "shelling"
    SUICIDE = "suicide"
    IED = "ied"
    GRENADE = "grenade"
    CHEMICAL = "chemical"
    EXPLOSION = "explosion"
    CLASH = "clash"
    REGAIN = "regain"
    OVERTAKE = "overtake"
    ATTACK = "attack"
    SHOOTING = "shooting"
    KILLING = "killing"
    ABDUCTION = "abduction"
    SEXUAL = "sexual"
    PROTEST = "protest"
    INTERVENTION = "intervention"
    LIVE_FIRE = "live_fire"
    RIOT = "riot"
    MOB = "mob"
    ARREST = "arrest"
    LOOTING = "looting"
    ARSON = "arson"
    AGREEMENT = "agreement"
    DISRUPTED = "disrupted"
    BASE = "base"
    TRANSFER = "transfer"
    GROUP_CHANGE = "group_change"
    AMBUSH = "ambush"
    CROWD = "crowd"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    tactic: Tactic
    pattern: re.Pattern[str]
    strong: bool
    place_object: bool = False
    """The match counts only when a place name follows it ("seized Goma", not "seized
    Kalashnikovs"): the trigger finder checks the parse."""


def _p(tactic: Tactic, regex: str, *, strong: bool, place_object: bool = False) -> TriggerPattern:
    compiled = re.compile(rf"\b(?:{regex})\b", re.IGNORECASE)
    return TriggerPattern(tactic, compiled, strong, place_object)


WARNING_SHOTS = r"fir(?:ed|ing) (?:\w+ )?(?:shots )?in(?:to)? the air|warning shots"
"""Shots fired to frighten, not to hit: crowd control when a crowd is there."""

TRIGGER_PATTERNS: tuple[TriggerPattern, ...] = (
    # first: "intercepted a drone" is a disrupted strike, not a drone strike
    _p(
        Tactic.DISRUPTED,
        r"defus(?:ed|ing|e)|dismantl(?:ed|ing) (?:a |an |the |two |three )?"
        r"(?:bombs?|explosives?|IEDs?|devices?)|(?:intercept(?:ed|ing)|shot down|downed) "
        r"(?:[\w-]+ ){0,3}(?:drones?|missiles?|rockets?|projectiles?)|(?:weapons?|arms) caches?"
        r"|caches? of|(?:seized|recovered|found|discovered) (?:[\w-]+ ){0,4}(?:weapons|explosives"
        r"|ammunition|arms|rifles|firearms|guns|grenades)|controlled explosion|bomb disposal"
        r"|(?:foiled|thwarted) (?:an? |the )?(?:\w+ )?(?:attacks?|plots?|bombings?|attempts?)",
        strong=False,
    ),
    # mines cleared and bombs made safe are weapons not used, whoever writes of them
    _p(
        Tactic.DISRUPTED,
        r"(?:cleared|removed|demined|disarmed|deactivated|defused|neutrali[sz]ed|made safe)"
        r" (?:[\w,-]+ ){0,3}?(?:(?:land ?)?mines?|IEDs?|improvised explosive devices?"
        r"|explosive devices?|unexploded \w+|ordnance)|demining|mine clearance",
        strong=True,
    ),
    # before the capture words: "took over the camp after the peacekeepers left" is a handover
    _p(
        Tactic.TRANSFER,
        r"(?:entered|took over|moved into|deployed to|occupied) (?:[\w'’(),-]+ ){0,6}?(?:after"
        r"|as|once) (?:[\w'’-]+ ){0,5}?(?:withdrew|withdrawn|retreated|fled|collapsed"
        r"|surrendered|left|departed)",
        strong=False,
    ),
    # before "bombs": a petrol bomb thrown by a crowd is rioting, not an explosive attack
    _p(
        Tactic.RIOT,
        r"petrol bombs?|molotov cocktails?|(?:threw|hurled|pelted|throwing|hurling)"
        r" (?:\w+ ){0,2}(?:stones|rocks|bricks|bottles|petrol bombs|molotov cocktails)",
        strong=False,
    ),
    _p(
        Tactic.SUICIDE,
        r"suicide[- ](?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|vests?"
        r"|(?:car|truck) bomb(?:s|ings?|ers?)?)|blew (?:himself|herself|themselves) up"
        r"|explosives?[- ]laden vests?|self-detonat\w*"
        # "blew up her explosives belt", "detonated his suicide vest"
        r"|(?:blew up|detonated|set off|triggered) (?:her|his|their) (?:own )?(?:[\w-]+ )?"
        r"(?:belts?|vests?)|(?:explosives?|suicide|bomb) belts?",
        strong=True,
    ),
    _p(
        Tactic.CHEMICAL,
        r"chemical (?:weapons?|attacks?|agents?)|chlorine gas|sarin|mustard gas"
        r"|nerve agents?|poison gas|chloropicrin|phosgene"
        r"|(?:chlorine|toxic|poisonous|chemical) (?:gas|agents?|munitions|shells|bombs|barrels"
        r"|canisters|cylinders|rockets|projectiles)"
        r"|toxic chemicals?|chemical substances?"
        # "barrels filled with chlorine", "chlorine-laden bombs"
        r"|(?:filled|laden|loaded|packed) with (?:chlorine|sarin|toxic gas|poison gas|chemicals)"
        r"|chlorine-(?:filled|laden)",
        strong=True,
    ),
    # combat aircraft doing what they are for: "Israeli warplanes struck targets in Gaza City"
    _p(
        Tactic.AIRSTRIKE,
        r"(?:war ?planes?|fighter jets?|fighter planes?|(?:helicopter )?gunships?|bombers)"
        r" (?:[\w-]+ ){0,2}?(?:bombed|struck|hit|pounded|strafed|targeted|raided|attacked"
        r"|fired)",
        strong=True,
    ),
    _p(
        Tactic.AIRSTRIKE,
        r"air ?strikes?|air raids?|drone (?:strikes?|attacks?)|aerial "
        r"(?:bombardments?|attacks?|strikes?)|warplanes?|fighter jets?|(?:kamikaze|attack|armed|"
        r"suicide|explosive) drones?|helicopter gunships?|bombing raids?|unmanned aerial vehicles?"
        r"|UAVs?|drones?|(?:war|military|fighter|coalition|air force) ?(?:planes|jets|aircraft)"
        # bombs released from aircraft: "launched 40 guided bombs", "struck with glide bombs"
        r"|(?:guided|glide|gliding|aerial|guided aerial|KAB) bombs?"
        r"|(?:planes|jets) (?:struck|strike|attacked|attack|hit|bombed|bomb|pounded|pound"
        r"|targeted|target|raided|raid)|barrel bombs?|dropped (?:\w+ ){0,2}bombs"
        # "the air force bombed a gathering", "Israeli aircraft struck several sites"
        r"|(?:aircraft|air ?force|helicopters?|gunships?|jets|planes)(?: [\w-]+){0,2}"
        r" (?:bombed|bombs|struck|strikes|hit|hits|pounded|strafed|targeted|raided)"
        r"|(?:carried out|conducted|launched|staged) (?:[\w-]+ ){0,2}strikes?"
        r"(?= (?:on|against|targeting|at|in)\b)",
        strong=False,
    ),
    _p(
        Tactic.SHELLING,
        r"shell(?:ed|ing)|artillery|mortars?(?: (?:rounds?|shells?|bombs?))?"
        r"|rockets?|missiles?|katyushas?|barrages?|bombard(?:ed|ment|ments)|rocket fire"
        r"|multiple rocket launchers?|howitzers?",
        strong=False,
    ),
    # a tank's gun fired at a place: no other use of the words
    _p(Tactic.SHELLING, r"tank (?:fire|shells?|shelling|rounds)", strong=True),
    _p(
        Tactic.IED,
        r"(?:roadside|car|truck|vehicle|motorcycle|bicycle|parcel|sticky|magnetic|pipe"
        r"|nail) bombs?|improvised explosive(?: devices?)?|IEDs?|VBIEDs?|land ?mines?|explosive "
        r"devices?|booby[- ]trap(?:ped|s)?|bomb (?:attack|blast|explosion)s?|planted (?:a |an )?"
        r"(?:bomb|explosive)s?|remotely detonated"
        r"|(?:struck|hit|stepped on|ran over|drove over|triggered) (?:a |an )?(?:\w+ )?mines?",
        strong=True,
    ),
    _p(Tactic.GRENADE, r"(?:hand )?grenades?", strong=True),
    # ACLED's phrase for a blast no one has claimed or explained: a remote explosive event
    _p(
        Tactic.EXPLOSION,
        r"(?:explosions?|blasts?|detonations?) (?:of|from) (?:an? )?unknown"
        r" (?:origin|cause|source)",
        strong=True,
    ),
    _p(
        Tactic.EXPLOSION,
        r"explosions?|blasts?|explod(?:ed|es|ing)|detonat(?:ed|ion|ions)"
        # a petrol bomb burns, it does not blow up: arson or rioting, not an explosion
        r"|(?<!petrol )(?<!gasoline )(?<!incendiary )bomb(?:s|ed|ing|ings)?"
        # "militants blew up a school": a weak word, as "the story blew up" is no blast
        r"|(?:blew|blown|blowing) up",
        strong=False,
    ),
    _p(
        Tactic.REGAIN,
        r"re-?took|re-?captur(?:ed|ing|e)|regain(?:ed|ing)? (?:full )?control"
        r"|retak(?:en|ing|es|e)|liberat(?:ed|es|e|ing)|wrest(?:ed|s)? (?:back )?control|took back"
        r"|restor(?:ed|ing) (?:\w+ ){0,2}control"
        r"|wrest(?:s|ed)? (?:\w+ ){0,3}from",
        strong=True,
    ),
    _p(
        Tactic.OVERTAKE,
        r"(?:seiz(?:e|es|ed|ing)|took|taken|tak(?:ing)|captur(?:e|es|ed|ing)|overr(?:an|un)"
        r"|gain(?:ed|ing)|assumed|occup(?:y|ies|ied|ying)) (?:full )?(?:control (?:of|over) )?"
        r"(?:(?!(?:from|in|at|near|of|to|with|on|by|for|and)\b)[\w'’-]+ ){0,4}"
        r"(?:swathes|towns?|city|cities|villages?|districts?|areas?|territory|bases?|province"
        r"|region|border crossing|outposts?|positions?|headquarters|camps?)|fell to"
        r"|(?:took|taken|tak(?:e|es|ing)|seiz(?:e|es|ed|ing)|gain(?:ed|ing)?|assum(?:e|ed|ing)"
        r"|captur(?:e|es|ed|ing)|wrest(?:ed|ing)?) (?:full |complete |total )?control (?:of|over)"
        r"|(?:took|taken|tak(?:e|es|ing)) over (?:the |a )?(?:[\w'’-]+ ){0,2}?(?:towns?|city"
        r"|villages?|districts?|areas?|territory|bases?|positions?|camps?|outposts?)"
        r"|overr(?:an|un|unning)"
        r"|(?:seiz(?:ed|ing)|captur(?:ed|ing)|took|overr(?:an|un)) (?:most|much|parts?|all)"
        r" of",
        strong=False,
    ),
    _p(
        Tactic.OVERTAKE,
        r"(?:seiz(?:ed|ing)|captur(?:ed|ing)|overr(?:an|un)) (?-i:(?=[A-Z]))",
        strong=False,
        place_object=True,
    ),
    _p(
        Tactic.CLASH,
        r"clash(?:ed|es|ing)?|fighting|fought|gun ?battles?|firefights?|battl(?:e|es|ed)"
        r"|exchang(?:e|ed|es|ing) (?:of )?(?:heavy |intense |sporadic )?(?:gun)?fire"
        r"|skirmish(?:es)?|offensive|gunfights?|shoot-?outs?|fire ?fights?"
        # "an encounter broke out" (South Asian usage), "died in combat", "traded fire"
        r"|encounters?|in combat|trad(?:ed|ing) (?:heavy )?(?:gun)?fire"
        r"|counter-?attack(?:s|ed)?|engaged|repel(?:s|led|ling)?|battling|fights? to"
        r"|advanc(?:e|es|ed|ing) (?:in|on|into|towards?)",
        strong=False,
    ),
    # an ambush is a battle when it hits armed men, an attack when it hits civilians
    _p(Tactic.AMBUSH, r"ambush(?:ed|es|ing)?", strong=False),
    _p(
        Tactic.SEXUAL,
        r"rap(?:e|ed|es|ing)|gang-raped|sexual(?:ly)? (?:assault(?:ed|s)?|violence"
        r"|abus(?:e|ed))",
        strong=True,
    ),
    _p(
        Tactic.ABDUCTION,
        # "suspected kidnappers" are people accused, not an abduction reported; US and
        # FBIS copy spells "kidnaped", "kidnaping" with one p
        r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:p?ed|p?ings?|s)?"
        r"|(?<!suspected )(?<!alleged )kidnapp?ers"
        # "took 27 students and four teachers hostage"
        r"|(?:taken|held|took|taking|holding) (?:[\w-]+ ){0,6}?hostages?|hostages?"
        r"|forcibly disappeared"
        r"|enforced disappearances?|forced disappearance\b(?!s)"
        r"|(?:seized|snatched|whisked away|carted away) (?:\w+ ){0,3}(?:students|pupils|people"
        r"|passengers|villagers|women|children|girls|boys|worshippers|travell?ers|residents"
        r"|farmers|workers|civilians|engineers|hostages)"
        r"|whereabouts (?:\w+ ){0,2}unknown|(?:taken|took \w+) to an unknown (?:location"
        r"|destination|place)",
        strong=True,
    ),
    _p(
        Tactic.SHOOTING,
        r"shot(?: dead)?|shoot(?:s|ing)? dead|shooting|gunfire|opened fire"
        r"|(?<!rocket )(?<!rockets )(?<!missile )(?<!missiles )(?<!mortar )(?<!shells )"
        r"(?<!drone )(?<!drones )fired (?:on|at|upon|into(?! the air))|gunned down|gunmen"
        # shots into the air or warning shots hit no one: crowd control (INTERVENTION) at most
        r"|sniper fire|fired (?!warning )(?:\w+ ){0,2}(?:shots|gunshots|bullets|rounds)"
        r" (?:at|on|into)(?! the air)"
        r"|snipers?|(?:gunshot|bullet) wounds?|bullet-riddled"
        # "a police patrol came under fire": the shots are the event, whoever fired them
        r"|c(?:a|o)me?s? under (?:heavy |sustained |intense |small[- ]arms )?(?:gun)?fire"
        r"|coming under (?:heavy |sustained |intense |small[- ]arms )?(?:gun)?fire",
        strong=False,
    ),
    _p(
        Tactic.KILLING,
        r"kill(?:ed|ing|ings|s)?(?! it\b)|murder(?:ed|s)?|massacre(?:d|s)?|executed"
        # "Jihadists execute 15 security personnel": present tense only with people as object
        r"|execut(?:es?|ing) (?:[\w-]+ ){0,3}?(?:people|civilians|men|women|prisoners"
        r"|hostages|captives|activists?|journalists?|soldiers|policemen|members|personnel"
        r"|\d+)\b"
        r"|behead(?:ed|ing)|hacked (?:[\w-]+ ){0,4}to death|stabb(?:ed|ing)"
        r"|beat(?:en|ing)? (?:\w+ ){0,4}to death"
        r"|slaughter(?:ed)?|burn(?:ed|t|ing) (?:\w+ ){0,3}alive|burned to death"
        r"|assassinat(?:ed|ion)",
        strong=False,
    ),
    _p(
        Tactic.ATTACK,
        r"(?<!heart )(?<!panic )(?<!asthma )attack(?:s|ed|ing|ers?)?|assault(?:ed|s)?|raid(?:ed|s)?"
        r"|stormed"
        r"|assailants?|militants? (?:struck|hit)|struck|targeted|ston(?:ed|ing)"
        r"|violence (?:kills?|killed|leaves?|left)"
        # a beating: "beat a reporter with fists and sticks", "beaten up", "were beaten"
        r"|beat(?:en|ing)? up|(?:were|was|been|being) (?:badly |severely |brutally )?beaten"
        r"|beat(?:en|ing)? (?:[\w'-]+ ){1,6}?with (?:[\w-]+ ){0,2}(?:fists|sticks|clubs|batons"
        r"|rods|bats|hammers|whips|belts|cudgels|pipes)",
        strong=False,
    ),
    _p(
        Tactic.ATTACK,
        r"hijack(?:ed|ing)|commandeer(?:ed|ing)|(?:seiz(?:ed|ing)|captur(?:ed|ing)|board(?:ed|ing))"
        r" (?:a |an |the |two |three )?(?:[\w-]+ ){0,2}(?:ferry|ferries|ships?|vessels?|tankers?"
        r"|boats?|freighters?|trawlers?|dhows?)"
        # a well or water supply poisoned: harm done to the people who drink from it
        r"|(?:poison|contaminat)(?:ed|ing|es|s)? (?:a |an |the |their |two |several )?"
        r"(?:[\w-]+ ){0,2}(?:wells?|water|reservoirs?|boreholes?|springs?|(?:water )?tanks?)",
        strong=False,
    ),
    _p(
        Tactic.ATTACK,
        r"(?:threw|thrown|hurled|splashed|sprayed|poured) (?:acid|(?:an? )?corrosive"
        r" (?:liquid|substance|chemical)s?)|acid attacks?"
        # "landed on the ship and diverted it to a port": the seizure told by its course
        r"|diverted (?:it|the (?:[\w-]+ ){0,2}(?:ship|vessel|tanker|ferry|boat|plane|aircraft"
        r"|airliner|flight|bus)) to",
        strong=True,
    ),
    _p(
        Tactic.PROTEST,
        r"protest(?:s|ed|ers?|ing)?|demonstrat(?:ion|ions|ors?|ed|ing)"
        # "rallied from 15 points down", "rallied back to win": a comeback, not a rally
        r"|rall(?:y|ies|ied)(?! (?:from|back|late|behind|around|to (?:win|beat|victory|draw"
        r"|level)))"
        r"|marche(?:d|s)|(?-i:march(?:es|ing)?)|sit-ins?|took to the streets"
        r"|picket(?:ed|s)?|vigils?|laid (?:flowers|wreaths)"
        r"|(?:gathered|assembled|converged|blocked|barricaded)(?= (?:[\w,'’()./-]+ ){0,12}?"
        r"(?:to (?:demand|press|protest|denounce|condemn|call for|oppose|express|voice|seek"
        r"|decry|show solidarity)|demanding|calling for|in solidarity with|in protest))"
        # ACLED's crowd-size tag ("[size=around 200]") is written for demonstrations only
        r"|size=(?=[\w ]+\])",
        strong=False,
    ),
    _p(
        Tactic.INTERVENTION,
        r"tear ?gas|water cannons?|rubber bullets"
        r"|(?:police|troops|officers|forces|to) (?:\w+ ){0,2}dispers(?:ed|e|ing)"
        r"|batons?|(?:arrested|detained) (?:\w+ )?(?:protesters|demonstrators|marchers)",
        strong=False,
    ),
    # shots into the air disperse a crowd only where there is one: gunmen "firing into the
    # air" as they storm an estate are intimidating, not policing (see `triggers`)
    _p(
        Tactic.INTERVENTION,
        WARNING_SHOTS,
        strong=False,
    ),
    _p(
        Tactic.LIVE_FIRE,
        # lethal or severe force: what makes a crackdown "excessive" in the codebook
        r"live (?:ammunition|rounds|fire|bullets)|(?:seriously|severely|critically|gravely)"
        r" (?:injur\w*|wound\w*)|severe injuries",
        strong=False,
    ),
    _p(
        Tactic.RIOT,
        r"(?<!anti-)riot(?:s|ing|ed)?(?! (?:police|gear|squads?|control|units?|officers|troops))"
        r"|stone-throwing|threw (?:stones|rocks|petrol bombs"
        r"|molotov cocktails)|pelted|molotov cocktails?|petrol bombs?|vandali[sz](?:ed|ing)"
        r"|smashed (?:windows|shops|cars)|(?:burn(?:ed|t|ing)|torch(?:ed|ing)) (?:tyres|tires|cars"
        r"|vehicles|police vehicles)|burning barricades|barricades of burning \w+",
        strong=False,
    ),
    _p(
        Tactic.MOB,
        r"lynch(?:ed|ing|ings)?|mob justice|jungle justice",
        strong=True,
    ),
    _p(Tactic.MOB, r"beaten by a crowd", strong=False),
    _p(
        # a crowd is named, not what it did: a mob's killing, a riot, or vigilantes' fight
        Tactic.CROWD,
        r"mobs?|vigilantes?|angry crowds?|rioters"
        # "a group of villagers", "irate youths": people gathered, not an organised armed group
        r"|(?:group|crowd|band|gang) of (?:angry |irate |enraged )?(?:villagers|residents|youths"
        r"|locals|neighbou?rs)|(?:angry|irate|enraged|furious) (?:villagers|residents|youths"
        r"|locals|neighbou?rs)",
        strong=False,
    ),
    _p(
        Tactic.ARREST,
        r"arrest(?:ed|ing)|detain(?:ed|ing)|apprehended|taken into custody|rounded up"
        r"|made (?:\w+ ){0,2}arrests|(?:mass|several|dozens of|\d+) arrests",
        strong=False,
    ),
    _p(
        Tactic.LOOTING,
        r"loot(?:ed|ing|ers)?|pillag(?:ed|ing)|ransack(?:ed|ing)?|demolish(?:ed|ing)"
        r"|razed|bulldoz(?:ed|ing)|(?:destroy(?:ed|ing)|damag(?:ed|ing)|(?:blew|blow|blown) up"
        r"|dynamit(?:ed|ing)"
        r"|sabotag(?:ed|ing)|toppl(?:ed|ing))"
        r" (?:[\w-]+ ){0,7}?(?:homes|houses|property|shops|crops|farms|masts?|towers?|antennas?"
        r"|pumps?|water (?:stations?|supply|supplies)|cables?"
        r"|bridges?|vehicles?|buildings?|infrastructure|equipment|schools?|clinics?"
        r"|health (?:centres?|centers?)|churches|mosques?|offices?|pylons?|power lines?"
        r"|pipelines?|railway|rail lines?)",
        strong=False,
    ),
    _p(
        Tactic.ARSON,
        r"set (?:\w+ ){0,3}(?:on )?fire|set ablaze|torch(?:ed|ing)|burn(?:ed|t|ing) "
        r"(?:down )?(?:\w+ ){0,2}(?:homes|houses|huts|villages?|shops|market|church|mosque|school"
        r"|office|offices|building|buildings|banks?|stations?|stores|businesses|property"
        r"|vehicles?|cars?|trucks?|buses|lorries|tankers?|motorcycles?)|arson"
        r"|(?:petrol|gasoline) bombs?|molotov cocktails?|set (?:\w+ ){0,3}alight",
        strong=False,
    ),
    # made only to set fires: "incendiary devices were planted in two shops"
    _p(Tactic.ARSON, r"fire-?bomb(?:s|ed|ing)?|incendiary (?:devices?|bombs?)", strong=True),
    _p(
        Tactic.AGREEMENT,
        r"peace (?:deal|agreement|accord|pact)s?|cessation of hostilities|prisoners? of war"
        r"|(?:exchang|swapp|releas|fre)(?:ed|ing) (?:\w+ ){0,3}(?:prisoners|detainees|captives)"
        r"|non-aggression pact",
        strong=True,
    ),
    _p(
        Tactic.AGREEMENT,
        r"(?:sign(?:ed|ing)|agreed (?:to|on)|reach(?:ed|ing)|brokered|announced)"
        r" (?:a |an |the )?(?:[\w-]+ ){0,3}(?:agreement|deal|accord|truce|ceasefire|cease-fire"
        r"|declaration|memorandum|protocol|pact|roadmap)|(?:prisoner |detainee )?swaps?"
        r"|peace (?:deal|agreement|accord)|prisoner (?:swap|exchange)|truce|ceasefire"
        r"|agreed (?:on \w+ )?to (?:reopen|release|exchange|withdraw|end|halt|cease|resume|form"
        r"|share|hand|lift|open|swap)|(?:deal|agreement|accord|truce) (?:was|were|has been|had"
        r" been) (?:reached|signed|struck|agreed|brokered)",
        strong=False,
    ),
    _p(
        Tactic.BASE,
        r"(?:establish(?:ed|ing)|set(?:ting)? up|open(?:ed|ing)|buil(?:t|ding))"
        r" (?:a |an |its |their |new |the )*(?:[\w-]+ ){0,2}(?:base|headquarters|outpost"
        r"|command post|camp)s?",
        strong=False,
    ),
    _p(
        Tactic.TRANSFER,
        r"hand(?:ed|ing|s)? over (?:control|(?:the|its|their) (?:\w+ )?(?:base|camp|town|city"
        r"|positions?|area|territory|checkpoint)s?|positions?)"
        r"|(?:withdrew|withdrawn|pulled out|retreated) from|pulled out of"
        r"|hand(?:ed|ing|s)? (?:it|them) over|took over (?:\w+ )?"
        r"(?:base|positions?) (?:vacated|from)|unopposed"
        r"|without (?:any )?(?:a fight|fighting|clashes|resistance|firing a (?:single )?shot)"
        r"|(?:withdrew|withdrawn|pulled out) overnight",
        strong=False,
    ),
    _p(
        Tactic.GROUP_CHANGE,
        r"(?:announced|declared) (?:a |its |their |the )?(?:merger|split|"
        r"dissolution)|(?:announced|declared) (?:\w+ ){0,3}(?:joining|allegiance|alliance)"
        r"|pledged allegiance|merged with|disband(?:ed|ing)"
        # new leaders, recruitment, mobilisation, weapons tests, disarmament (codebook:
        # changes in a group's structure or activity)
        r"|(?:appoint(?:ed|ment of)|named|install(?:ed|ation of)) (?:a |an |its |their )?new"
        r" (?:\w+ )?(?:leaders?|commanders?|governors?|emirs?|chiefs?|spokesm[ae]n)"
        r"|(?:general )?mobili[sz]ation|recruitment (?:drives?|campaigns?|of)|recruit(?:ed|ing)"
        r" (?:\d[\d,]* |new |hundreds of |thousands of )(?:fighters|members|recruits|volunteers)"
        r"|test[- ]fir(?:ed|ing|es?)|(?:missile|weapons?|nuclear) tests?|test launch(?:ed|es)?"
        r"|disarmament|demobili[sz]ation|hand(?:ed|ing|s)? over (?:\w+ ){0,2}weapons"
        r"|defected|defections?|splinter (?:group|faction)|formed a new (?:armed )?(?:group"
        r"|alliance|coalition|faction|militia)|(?:declared|designated|proscribed|listed)"
        r" (?:[\w-]+ ){0,4}(?:terrorist|terror) (?:organi[sz]ations?|groups?)",
        strong=False,
    ),
    # a mass grave is found where people were killed in numbers: significant on its own
    _p(Tactic.OTHER, r"mass graves?", strong=True),
    _p(
        # significant developments of no other sub-type (codebook: Other)
        Tactic.OTHER,
        r"curfews?|internet (?:shutdowns?|blackouts?)|(?:suspend(?:ed|s)?|cut|shut down|blocked)"
        r" (?:\w+ ){0,2}internet|state of emergency|martial law|leaflets"
        r"|(?:mass )?burial sites?|parad(?:ed|ing) (?:through|in)|shows? of force"
        r"|(?:suspended|dissolved|banned) (?:\w+ ){0,3}(?:constitution"
        r"|parliament|government|institutions|political parties)|seized power|coup(?: d'[ée]tat)?"
        r"|expell?(?:ed|ing|s)? (?:\w+ ){0,4}(?:ambassador|envoy|diplomats?|head|chief"
        r"|representative|mission)",
        strong=False,
    ),
)

CONFLICT_CONTEXT = re.compile(
    r"\b(?:gunm[ae]n|militants?|insurgents?|rebels?|troops|soldiers?|forces|police(?:men)?|"
    r"militias?|militiamen|fighters?|army|military|jihadists?|attackers?|assailants?|bombers?|"
    r"terrorists?|security|armed|weapons?|rifles?|guns?|explosives?|rockets?|mortars?|bombs?|"
    r"drones?|artillery|kill(?:s|ed|ing)?|dead|died|wounded|injured|casualties|hurt|civilians?|"
    r"protesters?|demonstrators?|rioters?|embassy|base|checkpoint|convoy|patrol|villagers|"
    r"residents|hostages?|abducted|kidnapp?ed|clashes|airstrikes?|shelling|ceasefire|"
    r"crowds?|tear ?gas|arrested|detained|government|authorities|officials?|guerrillas?|"
    r"claimed responsibility|insurgency|communiqu[eé]|separatists?|extremists?|bandits?|"
    r"vigilantes?|mobs?|lynch\w*|cartels?|gangs?|paramilitar(?:y|ies)|fatalities|supporters|"
    r"missiles?|(?:defen[cs]e|armed|security|liberation|resistance|self-defen[cs]e) forces?|junta|"
    r"coup|violence|youths|irate|enraged|masked|settlers?|dissidents?)\b",
    re.IGNORECASE,
)
"""Words that make a weak trigger count: someone armed, someone hurt, or a security setting."""

ARMED_OR_HURT_CONTEXT = re.compile(
    r"\b(?:gunm[ae]n|militants?|insurgents?|rebels?|troops|soldiers?|police(?:men)?|militias?|"
    r"fighters?|jihadists?|attackers?|assailants?|bombers?|armed|killed|dead|died|wounded|"
    r"injured|casualties|protesters?|demonstrators?|rioters?|tear ?gas|opened fire|shot dead|"
    r"gunshots?)\b",
    re.IGNORECASE,
)
"""Stronger than `CONFLICT_CONTEXT`: someone armed, hurt or protesting. Only this overrides a
figurative setting ("fuel price protesters" are protesters; "officials attacked the budget"
is politics)."""

APOLITICAL_HARM = re.compile(
    r"\b(?:typhoons?|hurricanes?|cyclones?|storms?|tornado(?:es)?|floods?|flooding|floodwaters"
    r"|landslides?|earthquakes?|tremors?|tsunamis?|monsoon|heavy rains?|wildfires?|bushfires?"
    r"|avalanches?|gas (?:cylinder|leak|explosion)|cylinders?|boilers?|short circuit"
    r"|electrical fault|accidents?|accidental(?:ly)?|crash(?:ed|es)?|collisions?|collided"
    r"|derail(?:ed|ment)|capsiz(?:ed|ing)|stampedes?|negligence"
    r"|robbery|robberies|robbers?|burglar(?:y|ies|s)?|theft|thie(?:f|ves)|stolen|heist"
    r"|mugg(?:ed|ing)|carjack(?:ed|ing)|domestic (?:violence|dispute)|road rage|family feud"
    # more disasters and accidents: "lightning struck a school", "a bus plunged into a gorge",
    # "a fuel tanker overturned and exploded", "an explosion at a fireworks factory"
    r"|lightning|magnitude[- ]\d|quakes?|volcan(?:o|ic|oes)|eruptions?"
    r"|(?:bus|minibus|truck|lorry|tanker|vehicle|boat|canoe|train) (?:\w+ ){0,2}overturned"
    r"|plunged (?:\w+ ){0,2}into (?:a |the )?(?:gorge|ravine|river|valley|canal|sea)"
    r"|fireworks (?:factory|warehouse|plant|shop)|(?:explosion|blast|fire) at (?:a |an |the )?"
    r"(?:[\w-]+ ){0,2}(?:factory|plant|refinery|warehouse|mine|depot)"
    # illness: "cancer killed", "died of cholera"
    r"|cancer|malaria|cholera|measles|tuberculosis|covid(?:-19)?|pandemic|epidemic"
    r"|disease|heart attack|illness|natural causes|(?:bird |swine )?flu|virus"
    # buildings and mines that fall: "a building collapsed in Lagos, killing 12 workers"
    r"|(?:buildings?|bridges?|mines?|walls?|roofs?|houses?|dams?|tunnels?|stands?|structures?"
    r"|shafts?) (?:\w+ )?collaps\w*|collapse of (?:a |an |the )?(?:\w+ )?(?:building|bridge|mine"
    r"|wall|roof|dam|tunnel)"
    # animals: "killed by an elephant", "mauled by a leopard"
    r"|(?:by|from) (?:an? |wild |stray )?(?:elephants?|crocodiles?|tigers?|lions?|leopards?"
    r"|snakes?|sharks?|bears?|hippos?|hippopotamus|buffalo(?:es)?|wolves|wolf|dogs?)"
    # violence in the family or among acquaintances: "murdered his wife", "stabbed a classmate"
    r"|(?:kill(?:ed|s|ing)|murder(?:ed|s|ing)|stabb(?:ed|s|ing)|strangl(?:ed|es|ing)|shot"
    r"|shooting|beat(?:ing)?|poison(?:ed|ing))(?: dead| to death)?"
    r" (?:his|her|their|a|a fellow) (?:own )?(?:wife|husband|girlfriend|boyfriend|partner|mother"
    r"|father|son|daughter|brother|sister|child|children|baby|classmate|schoolmate|colleague"
    r"|neighbou?r|landlord|tenant|employer)"
    r"|private (?:quarrel|dispute)|love affair|jealousy)\b",
    re.IGNORECASE,
)
"""Disasters, accidents and ordinary crime: harm that ACLED and GTD do not code."""

POLITICAL_ACTOR = re.compile(
    r"\b(?:militants?|insurgents?|rebels?|jihadists?|militias?|militiamen|terroris(?:ts?|m)"
    r"|soldiers?|troops|army|military|protesters?|demonstrators?|rioters?|separatists?"
    r"|extremists?|bandits?|gunm[ae]n|armed (?:group|men)|guerrillas?|fighters|airstrikes?"
    r"|drones?|security forces|police (?:fired|opened fire|raided|detained|arrested))\b",
    re.IGNORECASE,
)
"""Someone whose violence analysts track: armed groups, state forces, protesters."""

FICTION_CONTEXT = re.compile(
    r"\b(?:films?(?! (?:crews?|makers?|festivals?))|movies?|novels?|video ?games?|episodes?"
    r"|sequel|screenplay|box office|blockbuster|(?:battle|fight|action|final|opening) scenes?"
    r"|trailer|documentary|biopic)\b",
    re.IGNORECASE,
)
"""A film, a novel or a game being told about: its battles and raids are fiction."""

DISPLAY_CONTEXT = re.compile(
    r"\b(?:military parades?|parades?|war games|(?:military|naval|joint|live-fire|air defen[cs]e)"
    r" (?:exercises?|drills?|manoeuvres|maneuvers))\b",
    re.IGNORECASE,
)
"""Arms on show or in practice: a parade's missile launchers and a drill's strikes hit no one."""

NON_CONFLICT_CONTEXT = re.compile(
    r"\b(?:football|soccer|cricket|rugby|tennis|basketball|match(?:es)?|tournament|league|"
    r"championship|cup final|goals?|coach|stadium fans|heart attack|panic attack|asthma|"
    r"shares|stocks?|prices?|earnings|profit|revenue|budget|tariffs?|bid|takeover|merger talks|"
    r"trade war|price war|market share|storm surge|thunderstorm|hurricane|snowstorm|rainstorm|"
    r"brainstorm|cyber ?attacks?|malware|hackers?|election campaign|debate|world cup|"
    r"qualif(?:ier|iers|ying)|win over|scored|striker|substitute|fixture|squad|kick-off|"
    r"goalkeeper|referee|equali[sz]er|midfield|yellow cards?|red card|half-time|halftime|"
    r"first half|second half|penalty kick|coach)\b",
    re.IGNORECASE,
)
"""Contexts in which weak triggers are figurative or not political violence."""

HYPOTHETICAL_HEADS = frozenset(
    {
        "threaten",
        "plan",
        "vow",
        "warn",
        "intend",
        "prepare",
        "prevent",
        "deter",
        "avoid",
        "fear",
        "urge",
        "pledge",
        "promise",
        "seek",
        "want",
        "aim",
        "hope",
        "would",
        "could",
        "might",
        "may",
        "will",
        "shall",
        "ban",
        "risk",
        "train",
        "consider",
        "resume",
        "end",
        "stop",
        "curb",
        "combat",
        "counter",
        "join",
    }
)
"""Lemmas that, governing a trigger, make it a plan, a threat or a possibility, not an event."""

FIGURATIVE_OBJECTS = frozenset(
    {
        "budget",
        "plan",
        "policy",
        "proposal",
        "bill",
        "law",
        "decision",
        "remark",
        "comment",
        "record",
        "idea",
        "report",
        "statement",
        "strategy",
        "reform",
        "claim",
        "rival",
        "opponent",
        "critic",
        "government",
        "minister",
        "speech",
        "campaign",
        "performance",
    }
)
"""Objects of "attacked"/"slammed" that mark verbal, not physical, attacks."""
