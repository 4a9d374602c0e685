"""Killed and injured counts from casualty phrases, and explicit statements of none.

The patterns read the forms news uses: "at least 12 people were killed", "killed three
soldiers and wounded a civilian", "the death toll rose to 7", "leaving five dead", "two of
the attackers were also killed", "no casualties", "no one was hurt". A report silent about
casualties yields unknown counts (nulls, ``reported`` false), never zeros.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from eventwire.extract.numbers import QUANTITY, Quantity, parse_quantity
from eventwire.models import Casualties, Count

Kind = Literal["killed", "injured"]

_GROUP_NOUNS = (
    r"people|persons|civilians|soldiers|troops|servicemen|policemen|police officers|officers"
    r"|police|members|fighters|militants|insurgents|rebels|guerrillas|attackers|assailants"
    r"|gunmen|children|women|men|students|worshippers|villagers|residents|passengers|workers"
    r"|protesters|demonstrators|guards|personnel|pilgrims|farmers|peasants|miners|migrants"
    r"|journalists|staff|employees|officials|others|jihadists|bystanders|relatives|teenagers"
    r"|other|tourists|monks|nuns|hostages|crew members|sailors|fishermen|pupils|schoolgirls|girls"
    r"|boys|guests|shoppers|mourners|commuters|rangers|volunteers|peacekeepers|cadets"
    r"|detainees|prisoners|nationals|Christians|Muslims|bodyguards|priests|parishioners|jawans"
    r"|victims|customers|traders|vigilantes|clergymen|bandits|herders|kidnappers|suspects"
    r"|militiamen|militia members|militias|terrorists|extremists|gang members|gangsters"
    r"|criminals|pirates|smugglers|teachers|schoolchildren|infants|babies|doctors|nurses"
    r"|Iraqis|Syrians|Afghans|Palestinians|Israelis|Ukrainians|Nigerians|Somalis|security forces"
)
_PEOPLE = (
    r"(?:of them|of the \w+|of whom"
    rf"|(?:(?!leaving\b|left\b|killing\b|wounding\b|injuring\b|\d)[\w.'-]+[ -]){{0,3}}?"
    rf"(?:{_GROUP_NOUNS}))"
)
"""A group of people after a count: "people", "Islamic State militants", "of the attackers"."""
_ONE_PERSON = (
    r"(?:(?:\w+ )?(?:civilian|soldier|policeman|police officer|officer|child|woman|man|boy|girl"
    r"|student|worker|guard|farmer|peasant|journalist|fighter|militant|guerrilla|passer-by"
    r"|bystander|passerby|resident|villager|teacher|doctor|nurse|official|driver|member|person|judge"
    r"|mayor|candidate|leader|priest|businessman|trader|councillor|lawyer|activist|captain"
    r"|chief|chairman|commander|politician|elder|cleric|imam|pastor|vendor|suspect|shopkeeper"
    r"|headman|teenager|pilgrim|worshipper|monk|nun|bodyguard|guide|tourist|commissioner"
    r"|ambassador|diplomat|fisherman|sailor|hostage|ranger|chemist|pharmacist|merchant|abbot"
    r"|wife|husband|son|daughter|brother|father|mother|owner|employee|engineer|sheikh|assistant"
    r"|maid|volunteer|schoolteacher|headteacher|headmaster|principal|reporter|cameraman"
    r"|photographer|broadcaster|thief|robber|kidnapper|informer|collaborator|herder|trader|customer|head"
    r"|governor|deputy|lawmaker|minister|senator|colonel|general|lieutenant))"
)
_KILLED_WORDS = (
    r"(?:killed|dead|died|slain|shot dead|murdered|executed|beheaded|lost their lives"
    r"|(?:shot|hacked|beaten|stabbed|burned|burnt|stoned|tortured) to death"
    r"|lost his life|lost her life|perished|massacred|killing|kill|neutrali[sz]ed)"
)
_TO_DEATH = (
    r"(?:beat|beats|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|burned|burnt|burning"
    r"|clubbed|tortured)"
)
"""Verbs of "beat a man to death", "hacked two villagers to death"."""
_INJURED_WORDS = (
    r"(?:wounded|injured|hurt|injuring|wounding|maimed"
    r"|(?:sustained|suffered) (?:serious |severe |minor |critical |gunshot |shrapnel )?"
    r"(?:injuries|wounds|burns)|hospitali[sz]ed|in (?:a )?(?:critical|serious) condition"
    r"|treated for (?:\w+ )?(?:wounds|injuries|burns))"
)
_Q = rf"(?P<q>{QUANTITY})"
_INCLUDING = (
    r"(?:,? (?:including|among them|among whom|mostly|mainly|most of them|many of them)"
    r" [^,.;]{1,60},)?"
)
""""26 people, including 4 assailants, were killed", "84 people, mostly policemen, were
killed": the total counts, the part is in it."""
_SINGLE_GROUP = (
    r"(?:assailant|attacker|gunman|bomber|soldier|civilian|policeman|police officer|officer"
    r"|militant|fighter|insurgent|rebel|person|child|woman|man|guard|member)"
)
_FILLER = (
    r"(?:(?!and\b|killing\b|killed\b|injuring\b|wounding\b|for\b|after\b|over\b|accused\b"
    r"|charged\b)\w+ ){0,2}?"
)
"""Up to two words between a count and its verb, never crossing into another clause nor
into a charge ("the arrest of 45 soldiers for killing", "accused of killing")."""

_LATER_DIED = r"(?! (?:[\w-]+ ){1,2}(?:died|succumbed|later died|were killed|was killed))"
""""two wounded officers died in hospital": the hurt named as an adjective of the dead."""

_PATTERN_SOURCES: tuple[tuple[Kind, str], ...] = (
    # "at least 12 people were killed", "two of the attackers were also killed"
    (
        "killed",
        rf"\b{_Q} (?:{_PEOPLE}{_INCLUDING} )?{_FILLER}(?:were|was|have been|had been|are"
        rf"|is|being|reportedly|also|were also|have also been|were reportedly| )*"
        rf"{_KILLED_WORDS}\b",
    ),
    (
        "injured",
        rf"\b{_Q} (?:{_PEOPLE}{_INCLUDING} )?{_FILLER}(?:were|was|have been|had been|are"
        rf"|is|being|reportedly|also|were also|seriously|critically|slightly| )*"
        rf"{_INJURED_WORDS}\b{_LATER_DIED}",
    ),
    # "killed three soldiers", "killing at least five", "leaving five dead"
    (
        "killed",
        rf"\b(?:killed|killing|kills|kill|executed|executing|massacred|shot dead|shooting dead"
        rf"|murdered|assassinated|beheaded|gunned down|gunning down|slaughtered|lynched"
        rf"|neutrali[sz]ed|neutrali[sz]ing)\s+(?:all (?:the )?)?{_Q}"
        rf"(?! (?:year|month|week|day|hour|minute|km|kilomet|mile|percent|%))\b",
    ),
    (
        "injured",
        rf"\b(?:wounded|wounding|injured|injuring|hurt|hurting)\s+(?:all (?:the )?)?{_Q}"
        rf"(?! (?:year|month|week|day|hour|minute|km|kilomet|mile|percent|%))\b",
    ),
    (
        "killed",
        rf"\b(?:killed|killing|shot dead|executed|murdered|assassinated|beheaded|gunned down"
        rf"|lynched|lynching) (?P<q>an?) (?:\w+ )?{_ONE_PERSON}\b",
    ),
    (
        "injured",
        rf"\b(?:wounded|wounding|injured|injuring|hurt|hurting) (?P<q>an?)"
        rf" {_ONE_PERSON}\b",
    ),
    (
        "killed",
        rf"\b(?P<q>an?|one) (?:\w+ )?{_ONE_PERSON} (?:was |has been |had been )?(?:also )?"
        rf"(?:killed|shot dead|murdered|executed|beheaded|gunned down|lynched|died"
        rf"|(?:hacked|beaten|stabbed|stoned|burned|burnt|clubbed) to death)\b",
    ),
    (
        "injured",
        rf"\b(?P<q>an?|one) (?:\w+ )?{_ONE_PERSON} (?:was |has been |had been )?(?:also )?"
        rf"(?:(?:seriously |critically |slightly )?(?:wounded|injured|hurt)"
        rf"|(?:sustained|suffered|survived with) (?:\w+ )?(?:injuries|wounds|burns))\b",
    ),
    # "detonated in Kyiv, killing him", "killing one officer and wounding another", "A man
    # died and another was left in critical condition", "Both men were hospitalized"
    ("killed", r"\b(?:killing|killed|shooting dead|shot dead) (?P<q>him|her)\b(?! (?:self|and))"),
    (
        "injured",
        r"\b(?:wounding|injuring|wounded|injured) (?P<q>another)\b(?! \w+ (?:was|were)\b)",
    ),
    (
        "injured",
        r"\b(?P<q>another) (?:was|has been|had been) (?:also )?(?:left )?"
        r"(?:seriously |critically |slightly )?(?:wounded|injured|hurt|hospitali[sz]ed"
        r"|in (?:a )?(?:critical|serious) condition)\b",
    ),
    (
        "killed",
        rf"\b(?P<q>both) (?:{_PEOPLE}|men|women|victims|brothers|journalists) (?:were )?(?:also )?"
        rf"{_KILLED_WORDS}\b",
    ),
    (
        "injured",
        rf"\b(?P<q>both) (?:{_PEOPLE}|men|women|victims|brothers|journalists) (?:were )?(?:also )?"
        rf"(?:seriously |critically |slightly )?{_INJURED_WORDS}\b",
    ),
    # "beat a man to death", "hacked two villagers to death", "beating 1 to death", "hacked
    # to death two villagers", "beat to death a man"
    ("killed", rf"\b{_TO_DEATH} {_Q} (?:[\w'-]+ ){{0,3}}?to death\b"),
    ("killed", rf"\b{_TO_DEATH} (?P<q>an?) (?:[\w'-]+ ){{0,3}}?to death\b"),
    ("killed", rf"\b{_TO_DEATH} to death {_Q} (?:{_PEOPLE})\b"),
    ("killed", rf"\b{_TO_DEATH} to death (?P<q>an?) (?:\w+ )?{_ONE_PERSON}\b"),
    # "The victim was wounded in the attack" (GTD summaries): one person
    (
        "killed",
        r"\b(?:the|a|one) (?:lone |sole |only )?(?P<q>victim) (?:was|has been|had been)"
        r" (?:also )?(?:killed|shot dead|murdered|executed|beheaded)\b",
    ),
    (
        "injured",
        r"\b(?:the|a|one) (?:lone |sole |only )?(?P<q>victim) (?:was|has been|had been)"
        r" (?:also )?(?:seriously |critically |slightly )?(?:wounded|injured|hurt)\b",
    ),
    ("killed", rf"\b(?:leaving|left) {_Q} (?:{_PEOPLE}{_INCLUDING} )?(?:dead|killed)\b"),
    ("injured", rf"\b(?:leaving|left) {_Q} (?:{_PEOPLE} )?(?:wounded|injured|hurt)\b"),
    # "the death toll rose to 7", "the toll stood at 12"
    (
        "killed",
        rf"\b(?:death toll|toll|number of (?:dead|deaths|fatalities))(?: [\w'’-]+){{0,6}}?"
        rf" (?:to|at|of|reached|is|was|hit|climbed to|rose to) {_Q}\b",
    ),
    # "The death toll from a suicide bombing targeting a police vehicle in northwestern
    # Pakistan rose to seven": a verb of rising reaches across a long description
    (
        "killed",
        rf"\b(?:death toll|toll)(?: [\w'’-]+){{7,16}}? (?:rose|rises|risen|climbed|climbs"
        rf"|jumped|jumps|increased|reached|reaches|stood at|stands at|hit|hits)"
        rf"(?: from [\w,-]+)?(?: to)? {_Q}\b",
    ),
    (
        "killed",
        rf"\b{_Q} (?:dead|deaths?|fatalit(?:y|ies)|bodies|casualties and (?:\w+ )?wounded)\b"
        r"(?! (?:threats?|sentences?|squads?|penalty|row|toll))",
    ),
    # "12 wounded", never the adjective of "two wounded officers died in hospital"
    (
        "injured",
        rf"\b{_Q} (?:wounded|injured|injuries)\b(?! (?:were|was|have))"
        rf"{_LATER_DIED}",
    ),
    # "resulted in the death of a civilian", "the killing of three soldiers"
    (
        "killed",
        rf"\b(?:death|deaths|killing|killings|murder|murders) of (?P<q>{QUANTITY}|an?)"
        rf"(?= {_ONE_PERSON}| {_PEOPLE})",
    ),
)
PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(source, re.IGNORECASE)) for kind, source in _PATTERN_SOURCES
)

_NONE_SOURCES: tuple[tuple[tuple[Kind, ...], str], ...] = (
    (
        ("killed", "injured"),
        r"\b(?:no|zero|without|did not cause any|caused no) "
        r"(?:other |further |additional |more )?(?:immediate |reported |human )?"
        r"(?:casualties|victims)\b",
    ),
    (
        ("killed", "injured"),
        r"\bno (?:one|body|people|person) (?:was|were|has been|had been"
        r") (?:killed or (?:injured|wounded|hurt)|(?:injured|wounded|hurt)"
        r" or killed|harmed)\b",
    ),
    (("killed", "injured"), r"\b(?:unharmed|unscathed|unhurt|uninjured)\b"),
    # "the president was not hurt": the one targeted was neither killed nor hurt
    (("killed", "injured"), r"\b(?:was|were) not (?:hurt|injured|harmed|wounded)\b"),
    (
        ("killed", "injured"),
        r"\b(?:did not|didn't|failed to) (?:cause|result in|leave) any (?:casualties|victims)\b",
    ),
    # a blast that hurt nobody killed nobody either
    (
        ("killed", "injured"),
        r"\b(?:did not|didn't) (?:cause|result in|leave) any (?:injuries|injured)\b",
    ),
    (("killed",), r"\b(?:did not|didn't) (?:cause|result in|leave) any (?:deaths|dead)\b"),
    (
        ("killed", "injured"),
        r"\b(?:no|without) (?:immediate |reported )?(?:injuries|wounded)\b",
    ),
    # "no one was hurt": nobody was killed either
    (
        ("killed", "injured"),
        r"\b(?:no ?(?:one|body)|no one else|no other (?:person|people)) (?:was|were|has been"
        r"|had been)"
        r" (?:injured|wounded|hurt)\b",
    ),
    (
        ("killed",),
        r"\b(?:no|without) (?:immediate |reported )?(?:deaths|fatalities|loss of life)\b",
    ),
    (("killed",), r"\bno (?:one|body) (?:was|were|has been) killed\b"),
    (("killed",), r"\bnone (?:of them |of the \w+ )?(?:died|was killed|were killed)\b"),
)
_NONE_PATTERNS: tuple[tuple[tuple[Kind, ...], re.Pattern[str]], ...] = tuple(
    (kinds, re.compile(source, re.IGNORECASE)) for kinds, source in _NONE_SOURCES
)


_GROUP_NOUN = re.compile(
    r"\b(security (?:personnel|forces|officers|men|members)|soldiers?|troops|servicem[ae]n"
    r"|police(?:m[ae]n| officers)?|officers|fighters?"
    r"|militants?|insurgents?|rebels?|attackers?|assailants?|gunm[ae]n|civilians|children"
    r"|women|students"
    r"|worshippers|villagers|residents|passengers|workers|protesters|demonstrators|guards"
    r"|journalists|bombers?)\b"
    r"(?! (?:chief|commander|boss|head|spokesman|spokesperson|leader|official)\b)",
    re.IGNORECASE,
)
"""A group's noun, unless it only names the office of one person ("a police chief")."""
_GROUP_ALIASES = {
    "security personnel": "soldier",
    "security forces": "soldier",
    "security officers": "soldier",
    "security men": "soldier",
    "security members": "soldier",
    "troops": "soldier",
    "servicemen": "soldier",
    "serviceman": "soldier",
    "policemen": "police",
    "policeman": "police",
    "police officers": "police",
    "officers": "police",
    "militants": "fighter",
    "militant": "fighter",
    "insurgent": "fighter",
    "rebel": "fighter",
    "attacker": "fighter",
    "assailant": "fighter",
    "insurgents": "fighter",
    "rebels": "fighter",
    "attackers": "fighter",
    "assailants": "fighter",
    "gunmen": "fighter",
    "gunman": "fighter",
    "fighters": "fighter",
    "bombers": "fighter",
    "bomber": "fighter",
    "soldiers": "soldier",
}


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    kind: Kind
    quantity: Quantity
    start: int
    end: int
    text: str
    group: str | None = None
    """Who was hit ("soldier", "fighter", "civilians"), when the phrase says: counts of
    different groups add up, counts of one group restate each other."""


_AGENT_PLURAL = r"[a-z]{3,}(?:ants|ents|ers|ists|ors|ees|ians)"
"""People named by what they do ("visa applicants", "vendors"): a counted second group."""
_NOT_PEOPLE = (
    r"(?!(?:[\w'-]+ ){0,2}?(?:years?|months?|weeks?|days?|hours?|minutes?|times|percent"
    r"|km|miles?|kilomet\w*|metres|meters|vehicles|cars|buses|trucks|houses|homes|buildings"
    r"|shops|rockets|shells|mortars|bombs|grenades|rounds|tons|tonnes|dollars|rupees"
    r"|provinces|districts|villages|towns|cities|states|regions|countries|attacks|incidents"
    r"|explosions|blasts|bombings|clashes|raids|strikes|airstrikes|operations)\b)"
)
"""Counted things that are not people: "two years and three months", "in 2 provinces and"."""
_FIRST_GROUP = (
    r"(?<!including )(?<!among them )(?<!among whom )(?<!among the )"
    rf"(?:(?P<q1>{QUANTITY}) (?P<g1>{_PEOPLE}|{_SINGLE_GROUP}"
    rf"|{_NOT_PEOPLE}(?:[\w'-]+ ){{0,2}}?[a-z'-]+(?:s|men))"
    rf"|(?P<det1>the|an?) (?P<s1>(?:[\w'-]+ ){{0,2}}?(?:{_ONE_PERSON}|{_SINGLE_GROUP})))"
)
"""The first of two coordinated groups: a count and its people ("six Jesuits", "10
jihadists"), or one person named in the singular ("the bomber", "the deputy governor"); never
the part a total names ("48 people, including the lawmaker and the bomber, were killed")."""
_JOINED = r"(?: and|,? along with|,? as well as|,? together with)"
"""Two groups joined in one noun phrase; ", and" joins clauses ("killed, including the
bomber, and 316 others were injured"), not groups."""
_COORDINATED = re.compile(
    rf"\b{_FIRST_GROUP}{_INCLUDING}{_JOINED}"
    rf" (?:(?P<det>the|both|his|her|their) )?(?P<q2>{QUANTITY} )?"
    rf"(?P<g2>{_PEOPLE}|(?:[\w'-]+ ){{0,2}}?(?:{_ONE_PERSON}|{_SINGLE_GROUP}|{_AGENT_PLURAL})),? "
    rf"(?:(?:were|have been|had been|are) (?:\w+ )?|(?=died|perished|lost their lives))"
    rf"(?P<verb>{_KILLED_WORDS}|{_INJURED_WORDS})\b",
    re.IGNORECASE,
)
""""5 soldiers and 12 militants were killed", "Forty officers and the bomber were killed",
"three tourists and an Egyptian guide were killed", "The deputy governor and his driver
died", "nine others, along with two civilians, were wounded": two groups, one verb, counts
that add up (the second count is 2 for "both", 1 for one person named in the singular)."""


_RELATIVES = (
    r"(?:sons|daughters|children|brothers|sisters|parents|relatives|grandchildren|nephews"
    r"|nieces|cousins|wives|bodyguards|guards|colleagues|companions|friends|aides)"
)
_LIST_ITEM = (
    rf"(?:{QUANTITY} (?:[\w'-]+ ){{0,2}}?(?:{_GROUP_NOUNS}|{_RELATIVES})"
    rf"|(?:his|her|their) {QUANTITY} (?:[\w'-]+ )?(?:{_GROUP_NOUNS}|{_RELATIVES})"
    rf"|(?:an?|the|his|her|their|one) (?:[\w'-]+ ){{0,2}}?{_ONE_PERSON})"
)
"""One entry of a list of victims: "6 clergymen", "a maid", "their two sons"."""
_VICTIM_LIST = re.compile(
    r"\b(?P<verb>killed|killing|kills|shot dead|shooting dead|murdered|executed|assassinated"
    r"|gunned down|beheaded|wounded|wounding|injured|injuring|hurt|hurting)"
    rf" (?P<list>{_LIST_ITEM}(?:,? {_LIST_ITEM})*,? and {_LIST_ITEM})\b"
    r"(?! (?:said|says|told|reported|added|confirmed|announced|stated)\b)",
    re.IGNORECASE,
)
""""shot and killed a farmer, his wife and their two sons", "killing 6 clergymen, a maid, and
her daughter", "injuring a woman and her two children": an enumeration ending in "and",
each entry counted (one for a person in the singular) and the entries added up."""
_LISTED_VICTIMS = re.compile(
    rf"(?<!including )(?<!among them )(?<!among whom )"
    rf"\b(?P<list>{_LIST_ITEM}(?:, {_LIST_ITEM})+,? and {_LIST_ITEM}) (?:were|have been|had been)"
    rf" (?:\w+ )?(?P<verb>{_KILLED_WORDS}|{_INJURED_WORDS})\b",
    re.IGNORECASE,
)
""""A food vendor, a schoolteacher and a 10-year-old girl were killed": three or more entries
before one passive verb (two are read as coordinated groups)."""
_ONE_LIST_ITEM = re.compile(
    rf"(?:(?:his|her|their) )?(?P<q>{QUANTITY}) |(?P<one>an?|the|his|her|their|one) ",
    re.IGNORECASE,
)

_BODY_FOUND = re.compile(
    rf"\b(?P<noun>body|bodies) of (?:the |a |an |his |her |their )?(?:(?P<q>{QUANTITY}) )?"
    rf"(?:[\w'-]+ ){{0,4}}?(?:was|were) (?:later |subsequently |also )?"
    rf"(?:found|discovered|recovered)\b",
    re.IGNORECASE,
)
""""The body of the teacher was found": a victim of the incident, killed (GTD counts an
abducted victim found dead among the incident's fatalities)."""

_ONE_BODY_FOUND = re.compile(
    r"\b(?:the |a )?(?:victim's|hostage's|his|her) (?P<noun>body) (?:was|has been) (?:later "
    r"|subsequently |also )?(?:found|discovered|recovered)\b",
    re.IGNORECASE,
)
""""The victim's body was found the following day": the one victim, killed."""

_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_ORDINAL_VICTIM = re.compile(
    rf"\b(?:an?|the) (?P<ord>{'|'.join(_ORDINALS)})"
    rf" (?:(?:{_ONE_PERSON}|victim|person|one)(?:, (?:an?|the) [^,;.]{{1,40}},)? )?"
    rf"(?:(?:was|had|has|also|later|subsequently) ){{0,2}}"
    rf"(?P<verb>died|succumbed|killed|shot dead|(?:hacked|beaten|stabbed|burned|shot) to death"
    rf"|{_INJURED_WORDS})\b",
    re.IGNORECASE,
)
""""Three soldiers died at the scene. A fourth soldier died of his wounds", "A fourth victim, a
teacher, died of his wounds": the ordinal is the running total of the dead (or hurt) so far,
the group's new count."""

_BESIDE_PERPETRATORS = re.compile(
    rf"\b(?:in addition to|besides|not counting|excluding) (?:the |all )?(?:(?P<q>{QUANTITY}) )?"
    r"(?:suicide |female |male )?(?P<who>bombers?|attackers?|assailants?|gunm[ae]n|hijackers?"
    r"|perpetrators?)\b",
    re.IGNORECASE,
)
""""Twenty people were killed in addition to the two suicide bombers": GTD counts the
perpetrators among the dead, on top of the victims' total."""

_SOLE_DEATH = re.compile(
    rf"\b(?:the|an?) (?:[\w'-]+ ){{0,2}}?(?:{_SINGLE_GROUP}|{_ONE_PERSON}|bomber|victim)"
    r" (?:was|is) the (?:only|sole) (?:fatality|death|person killed|one killed|person to die)\b",
    re.IGNORECASE,
)
""""The bomber was the only fatality": one dead, whoever else was hurt."""

_PRONOUN_DIED = re.compile(
    r"\b(?:he|she|who) (?:(?:later|subsequently|eventually|also) (?:died|succumbed)"
    r"|(?:died|succumbed) (?:later|shortly|instantly|on the way|at the scene|in (?:the )?hospital"
    r"|(?:of|from|to) (?:his|her) (?:injuries|wounds)))\b",
    re.IGNORECASE,
)
""""He died of his injuries", "Police shot the assailant, who died later": at least one dead.
Counted as a generic one, so it never adds to a count that already names the person."""

_PERPETRATOR_BEFORE = re.compile(
    r"\b(?:the|an?) (?:lone |suspected )?(?:assailant|attacker|gunman|bomber|hijacker"
    r"|perpetrator),? $",
    re.IGNORECASE,
)

_EARLIER_DEATH = re.compile(
    r"\b(?:protest\w*|against|over|after|following|condemn\w*|mourn\w*|outrage|anger"
    r"|justice for|demand\w*|in response to|retaliation for|to avenge|denounc\w*)"
    r"(?: the| a| an)?(?: [\w'-]+){0,3} $",
    re.IGNORECASE,
)
""""Youths protesting the police killing of a teenager", "after the killing of a local
leader": a death that set off this event, told as its cause; not one of its casualties."""

_MASS_GRAVE = re.compile(r"\bmass graves?\b", re.IGNORECASE)
""""A mass grave containing 30 bodies was discovered": ACLED codes no fatalities for the
discovery; the deaths belong to the (unknown) events that filled it."""

_NAMED_VICTIM = re.compile(
    rf"\b(?:killed|killing|shot dead|shooting dead|murdered|assassinated|gunned down|beheaded"
    rf"|stabbed to death) (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{1,3}}), (?:an?|the)"
    rf" (?i:(?:[\w'-]+ ){{0,4}}?{_ONE_PERSON})\b"
)
""""A sniper shot dead Antonio Halili, the mayor of Tanauan": a named person, told as one by
the apposition, even where the parse cannot find the verb."""

_QUOTE_AROUND_WORD = re.compile(r"(?<=\s)[\"'“‘]|[\"'”’](?=[\s,.;:])")


def find_casualties(text: str, offset: int = 0) -> list[CasualtyMention]:
    """Casualty mentions in one sentence; offsets are ``offset`` + position in ``text``.

    Quotation marks around words ("kill 'dozens' of militants") are read as spaces: same
    length, so offsets stay exact.
    """
    text = _QUOTE_AROUND_WORD.sub(" ", text)
    found: list[CasualtyMention] = []
    for match in [*_VICTIM_LIST.finditer(text), *_LISTED_VICTIMS.finditer(text)]:
        listed = _list_total(match["list"])
        if listed is not None:
            list_group = f"list:{offset + match.start()}"
            found.append(_mention(_kind_of(match["verb"]), listed, match, offset, list_group))
    for match in _COORDINATED.finditer(text):
        pair = _coordinated_mentions(match, text, offset)
        if not any(m.start <= p.start < m.end and m.kind == p.kind for p in pair for m in found):
            found.extend(pair)  # a pair inside a longer list is counted with the list
    for match in _BODY_FOUND.finditer(text):
        quantity = parse_quantity(match["q"]) if match["q"] else Quantity(1, 1, 1)
        if quantity is not None and (match["q"] or match["noun"].lower() == "body"):
            found.append(
                _mention("killed", quantity, match, offset, f"body:{offset + match.start()}")
            )
    found.extend(_extra_mentions(text, offset))
    for kinds, pattern in _NONE_PATTERNS:
        for match in pattern.finditer(text):
            for kind in kinds:
                found.append(_mention(kind, Quantity(0, 0, 0), match, offset))
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            number = match.group("q")
            quantity = _WORD_COUNTS.get(number.lower()) or parse_quantity(number)
            if quantity is None or _looks_like_year(number):
                continue
            if any(m.kind == kind and m.start <= offset + match.start() < m.end for m in found):
                continue
            if re.search(r"\balso\b", match.group(0), re.IGNORECASE):
                quantity = Quantity(quantity.low, quantity.best, quantity.high, additive=True)
            if _not_this_events(text, match, kind):
                continue
            group = _group(match.group(0)) or _group(text[match.end() : match.end() + 25], True)
            found.append(_mention(kind, quantity, match, offset, group))
    return found


_WORD_COUNTS = {
    word: Quantity(n, n, n)
    for word, n in (("victim", 1), ("him", 1), ("her", 1), ("another", 1), ("both", 2))
}
"""Words that stand for a count in the patterns: "killing him", "wounding another"."""


def _not_this_events(text: str, match: re.Match[str], kind: Kind) -> bool:
    """Dead told in a sentence that are not this event's: a mass grave's bodies, or the
    death that a protest or riot answers ("protesting the killing of a teenager")."""
    if kind == "killed" and _MASS_GRAVE.search(text):
        return True
    before = text[max(0, match.start() - 60) : match.start() + 1]
    return bool(
        re.match(r"(?:death|deaths|killing|killings|murder|murders) of", match.group(0), re.I)
        and _EARLIER_DEATH.search(before[:-1])
    )


def _extra_mentions(text: str, offset: int) -> list[CasualtyMention]:
    """Counts told without a number beside the verb: one body found, an ordinal running
    total, perpetrators counted beside the victims, one named person killed."""
    found: list[CasualtyMention] = []
    for match in _ONE_BODY_FOUND.finditer(text):
        found.append(_mention("killed", Quantity(1, 1, 1), match, offset, f"body:{offset}"))
    for match in _ORDINAL_VICTIM.finditer(text):
        count = _ORDINALS[match["ord"].lower()]
        kind: Kind = "injured" if re.fullmatch(_INJURED_WORDS, match["verb"], re.I) else "killed"
        found.append(_mention(kind, Quantity(count, count, count), match, offset))
    for match in _SOLE_DEATH.finditer(text):
        found.append(_mention("killed", Quantity(1, 1, 1), match, offset, _group(match[0])))
    for match in _PRONOUN_DIED.finditer(text):
        if _PERPETRATOR_BEFORE.search(text[: match.start()]):
            # "Police shot the assailant, who died later": the attacker, on top of victims
            found.append(_mention("killed", Quantity(1, 1, 1, additive=True), match, offset))
        else:
            found.append(_mention("killed", Quantity(1, 1, 1), match, offset))
    for match in _BESIDE_PERPETRATORS.finditer(text):
        if not _beside_the_dead(text, match):
            continue
        plural = match["who"].lower().endswith(("s", "men"))
        quantity = parse_quantity(match["q"]) if match["q"] else None
        if quantity is None and plural:
            continue  # "besides the bombers": how many is not said
        quantity = quantity or Quantity(1, 1, 1)
        quantity = Quantity(quantity.low, quantity.best, quantity.high, additive=True)
        found.append(_mention("killed", quantity, match, offset, "fighter"))
    for match in _NAMED_VICTIM.finditer(text):
        found.append(_mention("killed", Quantity(1, 1, 1), match, offset, f"person:{offset}"))
    return found


def _kind_of(verb: str) -> Kind:
    """Whether a casualty verb tells of the hurt or of the dead."""
    return "injured" if re.fullmatch(_INJURED_WORDS, verb, re.I) else "killed"


def _list_total(listed: str) -> Quantity | None:
    """The sum of a victim list's entries; None when an entry's count cannot be read."""
    items = re.finditer(rf"{_LIST_ITEM}", listed, re.IGNORECASE)
    total = 0
    for item in items:
        head = _ONE_LIST_ITEM.match(item.group(0))
        if head is None:
            return None
        quantity = parse_quantity(head["q"]) if head["q"] else Quantity(1, 1, 1)
        if quantity is None:
            return None
        total += quantity.best
    return Quantity(total, total, total)


def _beside_the_dead(text: str, match: re.Match[str]) -> bool:
    """Whether the perpetrators "besides" counts are set beside the dead: the casualty verb
    before it ("20 were killed in addition to the bombers") or, when it leads the sentence
    ("Besides the bomber, five police officers were killed"), the first one after it."""
    words = rf"{_KILLED_WORDS}|{_INJURED_WORDS}"
    verbs = list(re.finditer(words, text[: match.start()], re.I))
    verb = verbs[-1] if verbs else re.search(words, text[match.end() :], re.I)
    return verb is not None and not re.fullmatch(_INJURED_WORDS, verb.group(0), re.I)


def _coordinated_mentions(match: re.Match[str], text: str, offset: int) -> list[CasualtyMention]:
    """One mention per coordinated group. Two groups joined in one phrase are different
    people even when both are of one kind ("6 Houthi fighters and 2 Giants Brigades
    fighters"), so the second never restates the first."""
    kind = _kind_of(match["verb"])
    found: list[CasualtyMention] = []
    first_group: str | None = None
    first = ("det1", "s1") if match["s1"] else ("q1", "g1")
    for number_key, group_key in (first, ("q2", "g2")):
        quantity = _coordinated_count(match, number_key, group_key)
        if quantity is None:
            continue
        start = match.start(number_key) if match[number_key] else match.start(group_key)
        group = _group(match[group_key])
        if group is None or group == first_group:
            group = f"part:{offset + start}"
        first_group = first_group or group
        end = match.end()
        found.append(
            CasualtyMention(kind, quantity, offset + start, offset + end, text[start:end], group)
        )
    return found


def _coordinated_count(match: re.Match[str], number_key: str, group_key: str) -> Quantity | None:
    if number_key == "det1":
        return Quantity(1, 1, 1)  # "the bomber and 5 soldiers"
    if match[number_key]:
        return parse_quantity(match[number_key].strip())
    if match["det"] and match["det"].lower() == "both":
        return Quantity(2, 2, 2)
    if not match[group_key].lower().endswith("s"):
        return Quantity(1, 1, 1)  # "the bomber", "his bodyguard"
    return None


def _group(text: str, following: bool = False) -> str | None:
    """The group a casualty phrase names; ``following`` reads the words after a count,
    where a name may stand before the group ("55 IS militants", "dozens of Islamic State
    fighters")."""
    if not following:
        return _alias(_GROUP_NOUN.search(text))
    for word in re.finditer(r"\S+", text.strip()):
        match = _GROUP_NOUN.match(text.strip(), word.start())
        if match is not None:
            return _alias(match)
        if not (word.group()[:1].isupper() or word.group() in ("of", "the")):
            return None
    return None


def _alias(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    word = match.group(1).lower()
    return _GROUP_ALIASES.get(word, word.rstrip("s"))


def _mention(
    kind: Kind, quantity: Quantity, match: re.Match[str], offset: int, group: str | None = None
) -> CasualtyMention:
    return CasualtyMention(
        kind, quantity, offset + match.start(), offset + match.end(), match.group(0), group
    )


def _looks_like_year(text: str) -> bool:
    digits = text.strip().replace(",", "")
    return digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100


def combine(mentions: Iterable[CasualtyMention]) -> Casualties:
    """Fold a report's mentions into one count per kind.

    Mentions of one group restate each other (a later "death toll rose to 7" updates the
    "five killed" before it), so within a group the largest figure wins; named groups add
    up ("three soldiers killed ... 14 insurgents were killed" is 17); an unqualified total
    ("five people were killed, including three soldiers") wins when it is larger; additive
    mentions ("two of the attackers were also killed") are added on top.
    """
    mentions = list(mentions)
    counts: dict[Kind, Count] = {}
    for kind in ("killed", "injured"):
        of_kind = [m for m in mentions if m.kind == kind]
        if not of_kind:
            continue
        totals = [m for m in of_kind if not m.quantity.additive]
        extra = sum(m.quantity.best for m in of_kind if m.quantity.additive)
        by_group: dict[str | None, list[Quantity]] = {}
        for mention in totals:
            key = mention.group if mention.group not in ("people", "person") else None
            by_group.setdefault(key, []).append(mention.quantity)
        named = [max(qs, key=lambda q: q.best) for g, qs in by_group.items() if g is not None]
        generic = max(by_group.get(None, []), key=lambda q: q.best, default=None)
        parts = (
            named
            if named and (generic is None or sum(q.best for q in named) >= generic.best)
            else ([generic] if generic is not None else [])
        )
        best = sum(q.best for q in parts) + extra
        low = (
            sum(q.low for q in parts if q.low is not None) + extra
            if all(q.low is not None for q in parts)
            else None
        )
        high = (
            sum(q.high for q in parts if q.high is not None) + extra
            if parts and all(q.high is not None for q in parts)
            else None
        )
        counts[kind] = Count(low=low, best=best, high=high)
    if not counts:
        return Casualties()
    injured = counts.get("injured")
    if "killed" not in counts and injured is not None and (injured.best or 0) > 0:
        # "Two people were injured in the blast": a report that counts the wounded and no
        # dead reports that nobody died (GTD and ACLED code 0 fatalities, not unknown)
        counts["killed"] = Count(low=0, best=0, high=0)
    return Casualties(
        killed=counts.get("killed", Count()),
        injured=counts.get("injured", Count()),
        reported=True,
    )


PERSON_NOUNS = frozenset(
    {
        "candidate",
        "aide",
        "official",
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "soldier",
        "policeman",
        "policewoman",
        "officer",
        "guard",
        "journalist",
        "reporter",
        "teacher",
        "student",
        "farmer",
        "driver",
        "resident",
        "villager",
        "worker",
        "leader",
        "commander",
        "mayor",
        "governor",
        "judge",
        "lawmaker",
        "activist",
        "cleric",
        "imam",
        "priest",
        "doctor",
        "nurse",
        "civilian",
        "person",
        "fighter",
        "militant",
        "member",
        "protester",
        "demonstrator",
        "passer-by",
        "bystander",
        "teenager",
        "youth",
        "employee",
        "engineer",
        "contractor",
        "pilgrim",
        "shepherd",
        "trader",
        "businessman",
        "chief",
        "councillor",
        "councilor",
        "politician",
        "suspect",
        "herder",
        "miner",
        "lawyer",
        "prosecutor",
        "monk",
        "nun",
        "pastor",
        "bishop",
        "sheikh",
        "bodyguard",
        "commissioner",
        "ambassador",
        "diplomat",
        "fisherman",
        "guide",
        "tourist",
        "hostage",
        "assailant",
        "attacker",
        "gunman",
        "bomber",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "father",
        "mother",
        "owner",
        "chairman",
        "elder",
        "nephew",
        "niece",
        "cousin",
        "uncle",
        "relative",
        "friend",
        "companion",
        "colleague",
        "ranger",
        "chemist",
        "pharmacist",
        "merchant",
        "shopkeeper",
        "vendor",
        "abbot",
        "head",
        "maid",
        "assistant",
        "deputy",
        "thief",
        "minister",
    }
)
_PEOPLE_NOUNS = frozenset(
    {"people", "person", "worshipper", "civilian", "villager", "resident", "passenger"}
    | {"student", "pupil", "parishioner", "pilgrim", "tourist", "bodyguard", "relative"}
)
"""Plural victims a count may stand before in a list ("and five worshippers")."""
_KILL_LEMMAS = frozenset({"kill", "murder", "assassinate", "behead", "execute", "slay", "lynch"})
_INJURE_LEMMAS = frozenset({"wound", "injure", "hurt"})


_PERPETRATOR_NOUNS = frozenset({"assailant", "attacker", "gunman", "bomber", "hijacker"})
_NOT_QUITE = frozenset({"almost", "nearly", "narrowly", "not", "never", "n't"})


def _victims(verb: Any) -> list[Any]:
    """The verb's object or passive subject ("shot and killed the commissioner", "the official
    was wounded"; for "was shot and killed", the first verb's), with the people coordinated
    with it ("the ambassador, his bodyguard and their driver")."""
    heads = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not heads and verb.dep_ == "conj":
        heads = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if heads and heads[0].dep_ == "dobj":
        # "killing the governor, his driver and a bodyguard": the parser may hang the later
        # victims on the verb as its conjuncts
        heads += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    heads = [head for head in heads if not _part_of_total(head)]
    victims: list[Any] = []
    for head in heads:
        victims.append(head)
        victims.extend(c for c in head.conjuncts if c.i > head.i and c not in victims)
    if heads:
        victims.extend(c for c in _along_with(verb, heads[0]) if c not in victims)
        # "the ambassador, his bodyguard and their driver", "a commander of the militia and
        # his bodyguard": a companion named by a possessive, however the parser attached it
        for token in head.subtree:
            if token not in victims and _companion(token):
                victims.append(token)
                victims.extend(c for c in token.conjuncts if c.i > token.i and c not in victims)
    return victims


def _part_of_total(head: Any) -> bool:
    """ "killing 12 civilians, among them four women and two children": the people named
    after "among them" or "including" are in the total already counted."""
    if any(c.dep_ == "prep" and c.lower_ in ("among", "including") for c in head.children):
        return True
    before = head.doc[max(0, head.left_edge.i - 2) : head.left_edge.i]
    return any(t.lower_ in ("including", "among") for t in before)


def _along_with(verb: Any, head: Any) -> list[Any]:
    """ "shot dead the candidate, along with her mother and four other people": the people
    killed with the victim, and those coordinated with them (the parser hangs "along with"
    on the victim or on the verb)."""
    found: list[Any] = []
    along = [t for c in verb.children if c.lower_ in ("along", "together") for t in c.children]
    for token in [*head.subtree, *along]:
        if token.lower_ != "with" or token.i == 0 or token.dep_ != "prep":
            continue
        if token.doc[token.i - 1].lower_ not in ("along", "together"):
            continue
        for companion in (c for c in token.children if c.dep_ == "pobj"):
            found.append(companion)
            found.extend(c for c in companion.conjuncts if c.i > companion.i)
    return found


def _companion(token: Any) -> bool:
    return (
        token.dep_ in ("conj", "appos")
        and token.lemma_.lower() in PERSON_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children)
    )


def _victim_count(victim: Any) -> int | None:
    """One for a person named or a singular person noun, two for "both assailants"; None
    for anything else (a number is counted by the number patterns)."""
    lemma = victim.lemma_.lower()
    number = next((c for c in victim.children if c.dep_ == "nummod"), None)
    if number is not None:
        # "killing the pastor and five worshippers": a count coordinated with a person;
        # "seven presidential guards travelling aboard a bus were killed": a counted passive
        # subject too far from its verb for the number patterns
        listed = (
            victim.dep_ in ("conj", "pobj", "nsubjpass") and lemma in PERSON_NOUNS | _PEOPLE_NOUNS
        )
        counted = parse_quantity(number.text) if listed else None
        return counted.best if counted is not None else None
    if victim.lower_ in ("himself", "herself") and victim.dep_ in ("conj", "dobj"):
        return 1  # "killed his mother and himself": the perpetrator, whom GTD counts
    if victim.tag_ == "NNS":
        both = any(c.lower_ == "both" for c in victim.children)
        return 2 if both and lemma in PERSON_NOUNS else None
    if victim.tag_ not in ("NN", "NNP"):
        return None
    return 1 if victim.ent_type_ == "PERSON" or lemma in PERSON_NOUNS or _who(victim) else None


def _who(victim: Any) -> bool:
    """ "Guerrero, who was an adviser to the commission, was shot to death": a name the
    tagger did not type, told as a person by the "who" clause it heads."""
    return (
        victim.tag_ == "NNP"
        and not victim.ent_type_
        and any(
            c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
            for c in victim.children
        )
    )


_TO_DEATH_LEMMAS = frozenset(
    {"shoot", "stab", "hack", "beat", "burn", "stone", "club", "torture", "bludgeon", "batter"}
)


def _killed_so(verb: Any) -> bool:
    """ "shot dead", "was shot to death", "hacked to death": a verb of violence whose result
    the sentence says was death."""
    lemma = verb.lemma_.lower()
    following = verb.doc[verb.i + 1 : verb.i + 3]
    if lemma == "shoot" and (
        any(c.lower_ == "dead" for c in verb.children)
        or (len(following) and following[0].lower_ == "dead")
    ):
        return True
    return lemma in _TO_DEATH_LEMMAS and [t.lower_ for t in following] == ["to", "death"]


def find_singular_casualties(
    span: Any, base: int, already: Sequence[CasualtyMention]
) -> list[CasualtyMention]:
    """One named or singular person killed or hurt, read from the parse: "A candidate for a
    council seat ... was shot dead", "A campaign aide was wounded", "gunmen killed the mayor".

    The regular patterns need the number next to the verb; a singular victim can be far
    from it. Mentions overlapping ``already`` found ones are skipped (no double count).
    """
    found: list[CasualtyMention] = []
    for verb in span:
        lemma = verb.lemma_.lower()
        kind: Kind | None = "killed" if lemma in _KILL_LEMMAS or _killed_so(verb) else None
        if lemma in _INJURE_LEMMAS:
            kind = "injured"
        if kind is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("advmod", "neg") and c.lower_ in _NOT_QUITE for c in verb.children):
            continue  # "was almost killed", "narrowly escaped being killed"
        verb_cited = False
        for victim in _victims(verb):
            count = _victim_count(victim)
            if count is None:
                continue
            # a companion ("and his driver") adds to whoever the phrase before counted, and
            # so does an attacker killed ("police shot dead the gunman"): GTD counts both
            listed = any(c.dep_ == "nummod" for c in victim.children)  # a group of its own
            additive = (victim.dep_ not in ("nsubjpass", "dobj") and not listed) or (
                victim.lemma_.lower() in _PERPETRATOR_NOUNS | {"himself", "herself"}
            )
            # a coordinated victim is its own phrase; the first one's phrase holds the verb
            is_head = victim.dep_ in ("nsubjpass", "dobj")
            first = verb if is_head and not verb_cited else victim
            verb_cited = verb_cited or is_head
            start = base + min(victim.left_edge.idx, first.idx)
            end = base + max(victim.idx + len(victim), first.idx + len(first))
            if any(m.kind == kind and m.start < end and start < m.end for m in [*already, *found]):
                continue
            text = span.doc.text[start - base : end - base]
            quantity = Quantity(count, count, count, additive=additive)
            # a counted group keeps its kind, so a later restatement of it is not added
            group = (_group(victim.text) if listed else None) or f"person:{victim.i}"
            found.append(CasualtyMention(kind, quantity, start, end, text, group))
    return found
