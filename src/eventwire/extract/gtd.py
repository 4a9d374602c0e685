"""GTD attack, weapon and target types for one event, after the GTD codebook.

Values are spelled as in the GTD data files (``attacktype1_txt``, ``weaptype1_txt``,
``weapsubtype1_txt``, ``targtype1_txt``). GTD does not apply to protests, agreements,
arrests and other non-violent developments.

Attack type follows the codebook's hierarchy: when several tactics occur, the first that
applies of Assassination (an attack aimed at killing a specific, prominent person, by any
weapon), Hijacking (taking control of a vehicle), Hostage Taking (Kidnapping) (victims
taken away) and (Barricade Incident) (hostages held where they were seized, a siege),
Bombing/Explosion, Armed Assault (firearms, incendiaries or sharp instruments against
people), Unarmed Assault (any other means against people: a vehicle driven into a crowd,
acid, poison gas), Facility/Infrastructure Attack (damage to a building or installation,
people not harmed) and Unknown (the report says only that an attack happened).

Target type is the type of what the attack was aimed at: in a GTD-style report that is
the phrase after the attack verb ("opened fire on a police checkpoint", "detonated ...
near a bus carrying pilgrims"), read head first ("a bus carrying pilgrims" is a bus);
the victims the report names come next; "people" and "residents" only when nothing more
telling is written.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from eventwire.extract.actor_dictionary import match_known_actor
from eventwire.extract.frames import Frame
from eventwire.extract.lexicon import Tactic
from eventwire.extract.weapons import WeaponMention
from eventwire.models import Acled, Casualties, Gtd

PRIVATE = "Private Citizens & Property"

TARGET_TYPES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"abortion", "parenthood"}), "Abortion Related"),
    (
        frozenset({"embassy", "consulate", "diplomat", "ambassador", "diplomatic", "peacekeeper"}),
        "Government (Diplomatic)",
    ),
    (
        frozenset(
            {
                "police",
                "policeman",
                "policemen",
                "policewoman",
                "officer",
                "constable",
                "gendarme",
                "gendarmerie",
                "prison",
                "jail",
            }
        ),
        "Police",
    ),
    (
        frozenset(
            {
                "soldier",
                "troop",
                "army",
                "military",
                "base",
                "barracks",
                "patrol",
                "outpost",
                "forces",
                "ranger",
                "paramilitary",
                "garrison",
                "navy",
                "naval",
            }
        ),
        "Military",
    ),
    (
        frozenset(
            {
                "journalist",
                "reporter",
                "newspaper",
                "broadcaster",
                "media",
                "magazine",
                "radio",
                "television",
                "cameraman",
                "photographer",
                "editor",
            }
        ),
        "Journalists & Media",
    ),
    (
        frozenset(
            {
                "school",
                "university",
                "student",
                "teacher",
                "college",
                "schoolgirl",
                "schoolboy",
                "pupil",
                "lecturer",
                "professor",
                "madrassa",
            }
        ),
        "Educational Institution",
    ),
    (
        frozenset(
            {
                "mosque",
                "church",
                "cathedral",
                "temple",
                "gurdwara",
                "synagogue",
                "imam",
                "priest",
                "pastor",
                "monk",
                "nun",
                "cleric",
                "bishop",
                "rabbi",
                "worshipper",
                "parishioner",
                "congregation",
                "shrine",
                "pilgrim",
                "monastery",
            }
        ),
        "Religious Figures/Institutions",
    ),
    (frozenset({"aid", "ngo", "non-governmental", "humanitarian", "charity"}), "NGO"),
    (
        frozenset({"airport", "aircraft", "plane", "airliner", "airline", "airways", "flight"}),
        "Airports & Aircraft",
    ),
    (frozenset({"tourist", "tour"}), "Tourists"),
    (
        frozenset(
            {"bus", "minibus", "train", "railway", "rail", "bridge", "subway"} | {"passengers"}
        ),
        "Transportation",
    ),
    (
        frozenset(
            {"pipeline", "power", "electricity", "substation", "dam", "grid", "refinery", "pylon"}
        ),
        "Utilities",
    ),
    (
        frozenset(
            {"port", "ship", "tanker", "vessel", "harbour", "harbor", "boat", "ferry", "fisherman"}
            | {"fishermen", "sailor", "crew"}
        ),
        "Maritime",
    ),
    (
        frozenset({"tower", "telecom", "telecommunication", "mast", "antenna", "phone"}),
        "Telecommunication",
    ),
    (frozenset({"water", "reservoir", "granary", "granaries", "silo"}), "Food or Water Supply"),
    (
        frozenset(
            {
                "ministry",
                "government",
                "official",
                "governor",
                "mayor",
                "parliament",
                "court",
                "courthouse",
                "judge",
                "minister",
                "lawmaker",
                "magistrate",
                "council",
                "councilman",
                "councilwoman",
                "councillor",
                "councilor",
                "commissioner",
                "barangay",
                "chief",
                "candidate",
                "senator",
                "congressman",
                "legislator",
                "politician",
                "political",
                "election",
                "polling",
                "president",
                "prosecutor",
                "deputy",
            }
        ),
        "Government (General)",
    ),
    (
        frozenset(
            {
                "bank",
                "shop",
                "store",
                "supermarket",
                "mall",
                "hotel",
                "restaurant",
                "cafe",
                "bakery",
                "bar",
                "nightclub",
                "company",
                "firm",
                "business",
                "factory",
                "mine",
                "mining",
                "construction",
                "engineer",
                "contractor",
                "worker",
                "employee",
                "atm",
                "teller",
                "businessman",
                "casino",
                "arena",
                "stadium",
                "cinema",
                "theatre",
                "theater",
                "pharmacy",
                "pharmacist",
                "chemist",
                "shopkeeper",
                "merchant",
            }
        ),
        "Business",
    ),
    (
        frozenset(
            {
                "militant",
                "rebel",
                "fighter",
                "militia",
                "militiaman",
                "militiamen",
                "insurgent",
                "jihadist",
            }
        ),
        "Terrorists/Non-State Militia",
    ),
    (frozenset({"ambulance", "firefighter"}), "Other"),
)
"""Telling words to GTD target type; where several are named at once, the first row wins."""

WEAK_TARGET_WORDS: dict[str, str] = {
    "office": "Government (General)",
    "passenger": "Transportation",
    "checkpoint": "Police",
    "convoy": "Military",
    "road": "Transportation",
    "highway": "Transportation",
}
"""Words that type a target only when nothing more telling is named: "the office of a
local newspaper" is the newspaper's, "a passenger boat" is a boat, and who staffs a
checkpoint is told by the victims' words when there are any; a convoy is the army's unless
it is named as someone else's ("a convoy of Doctors Without Borders")."""

PRIVATE_WORDS = frozenset(
    {
        "civilian",
        "refugee",
        "asylum",
        "migrant",
        "displaced",
        "idp",
        "villager",
        "campesino",
        "resident",
        "residential",
        "village",
        "house",
        "home",
        "apartment",
        "people",
        "family",
        "farmer",
        "children",
        "women",
        "man",
        "woman",
        "crowd",
        "peasant",
        "farm",
        "market",
        "marketplace",
        "wedding",
        "funeral",
        "festival",
        "march",
        "rally",
        "protester",
        "demonstrator",
        "neighbourhood",
        "neighborhood",
        "pedestrian",
        "shopper",
    }
)
"""The public and its property: the GTD's type for attacks on individuals and crowds, and
the fallback for a named target with no telling word."""

OFFICE_TITLES = frozenset(
    {
        "governor", "mayor", "minister", "judge", "lawmaker", "mp", "senator", "commander",
        "chief", "president", "prosecutor", "candidate",
    }
)  # fmt: skip
"""Titles of office a target may carry (also what makes an event's target an official)."""

PROMINENT_WORDS = OFFICE_TITLES | frozenset(
    {
        "commissioner", "councillor", "councilor", "ambassador", "diplomat", "barangay",
        "prominent", "chairman", "speaker",
        # senior officers and the heads of papers or firms are singled out by name
        "colonel", "brigadier", "founder", "director",
    }
)  # fmt: skip
"""Who is prominent enough that killing them is an assassination (GTD: "a specific,
prominent individual": officials, leaders, commanders, a prominent journalist)."""
_PROMINENT_PHRASE = re.compile(
    r"\bmember\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:council|parliament|assembly|senate)\b"
    r"|\bcouncil\s+(?:member|chairman|head|president)\b",
    re.IGNORECASE,
)

VEHICLE = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"

WEAPON_TYPES: dict[str, tuple[str, str | None]] = {
    "rocket": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "mortar": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "missile": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "artillery": ("Explosives", "Projectile (rockets, mortars, RPGs, etc.)"),
    "grenade": ("Explosives", "Grenade"),
    "landmine": ("Explosives", "Landmine"),
    "ied": ("Explosives", "Remote Trigger"),
    "car bomb": ("Explosives", "Vehicle"),
    "suicide vest": ("Explosives", "Suicide (carried bodily by human being)"),
    "explosive": ("Explosives", "Unknown Explosive Type"),
    "drone": ("Explosives", "Unknown Explosive Type"),
    "airstrike": ("Explosives", "Unknown Explosive Type"),
    "firearm": ("Firearms", "Unknown Gun Type"),
    "knife": ("Melee", "Knife or Other Sharp Object"),
    "machete": ("Melee", "Knife or Other Sharp Object"),
    "incendiary": ("Incendiary", "Molotov Cocktail/Petrol Bomb"),
    "arson": ("Incendiary", "Arson/Fire"),
    "chemical": ("Chemical", None),
    "vehicle": (VEHICLE, None),
    "sabotage": ("Sabotage Equipment", None),
    "fake": ("Fake Weapons", None),
    "blunt": ("Melee", "Blunt Object"),
}
"""Weapon kind to GTD ``weaptype1_txt`` and ``weapsubtype1_txt``."""

EXPLOSIVE_KINDS = frozenset(k for k, (t, _) in WEAPON_TYPES.items() if t == "Explosives")
PROJECTILE_KINDS = frozenset({"rocket", "grenade", "mortar"})
"""Explosives an assault team carries beside its guns ("armed with firearms and
rocket-propelled grenades"): the assault, not a bombing, when the guns come first."""

_TACTIC_WEAPON: dict[Tactic, str] = {
    Tactic.SUICIDE: "suicide vest",
    Tactic.SHELLING: "rocket",
    Tactic.IED: "ied",
    Tactic.GRENADE: "grenade",
    Tactic.AIRSTRIKE: "airstrike",
    Tactic.EXPLOSION: "explosive",
    Tactic.SHOOTING: "firearm",
    Tactic.CHEMICAL: "chemical",
    Tactic.ARSON: "incendiary",
}

_ASSASSINATION = re.compile(r"\bassassinat\w*", re.IGNORECASE)
_KILLED_IN_LEAD = re.compile(
    r"\b(?:kill\w*|shot|shoot\w*|gunned|murder\w*|behead\w*|stabb\w*|hack\w*|slain)\b",
    re.IGNORECASE,
)
_HIJACKING = re.compile(
    r"\b(?:hijack\w*|skyjack\w*|commandeer\w*)"
    r"|\bdiverted\s+(?:it|the\s+(?:[\w-]+\s+){0,2}(?:ship|vessel|tanker|ferry|boat|plane"
    r"|aircraft|airliner|flight|bus))\s+to\b"
    r"|\bseized\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:ferry|ship|vessel|tanker|boat|aircraft"
    r"|plane|airliner)\b",
    re.IGNORECASE,
)
"""Control of a vehicle taken: hijacked, or a ship or plane seized, or diverted elsewhere."""
_BARRICADE = re.compile(
    r"\b(?:siege|stand-?off|barricad\w*)\b|\bhostages?\s+(?:inside|in\s+the|within)\b"
    r"|\bheld\b[^.]{0,60}\bhostages?\s+(?:inside|in|at)\b"
    r"|\bstorm(?:ed|ing)\b[^.]{0,120}\bhostages?\b"
    # "took five people hostage during morning mass at a church": held where they were
    r"|\b(?:took|taking|held|holding)\s+(?:[\w-]+\s+){0,4}hostages?\s+(?:inside|during|at)\b"
    r"(?!\s+gunpoint)",
    re.IGNORECASE,
)
"""Hostages held where they were seized: a siege, a standoff, hostages held inside."""
_TARGETED = re.compile(r"^\W*(?:[\w'-]+\s+){0,6}?targeted\b", re.IGNORECASE)
"""A lead whose attack verb is "targeted": the phrase after it is whom the attack was
aimed at ("A suicide bomber targeted a member of parliament"), killed or not (GTD codes
failed assassinations as assassinations)."""
_HOSTAGE_TAKING = re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?)\b", re.IGNORECASE)
"""Hostage taking told in the lead itself, not a later sentence's "kidnappings remain common"."""
_TAKEN_AWAY = re.compile(r"\b(?:abduct\w*|kidnap\w*|taken\s+to|captivity)\b", re.IGNORECASE)
_DETONATION = re.compile(
    r"\b(?:blew|blown|blow|blowing)\s+up\b|\bbomb(?:ed|ing)\b|\bdetonat\w*|\bexplo(?:ded|sion)"
    r"|\bblast\b",
    re.IGNORECASE,
)
_RAMMING = re.compile(
    r"\b(?:drove|driven|drive|driving|rammed|ramming|ploughed|plowed)\s+(?:(?!explosive)"
    r"[\w-]+\s+){0,3}?(?:vehicle|car|van|truck|lorry|suv|tractor|bus)s?\s+(?:in)?to\b"
    r"|\b(?:in|driving)\s+an?\s+(?:car|van|truck|lorry|vehicle)\s+(?:rammed|ploughed|plowed)\b",
    re.IGNORECASE,
)
"""A vehicle driven into people: the vehicle is the weapon (GTD: unarmed assault)."""
_SABOTAGE = re.compile(r"\bsabotag\w*|\bcut(?:ting)?\s+(?:\w+\s+){0,3}cables?\b", re.IGNORECASE)
_MELEE_ACT = re.compile(
    r"\b(?:stabb(?:ed|ing)|behead(?:ed|ing)|hack(?:ed|ing)\s+(?:\w+\s+){0,3}to\s+death"
    r"|slit\w*\s+(?:\w+\s+){0,2}throats?)",
    re.IGNORECASE,
)
_BEATEN = re.compile(r"\bbe(?:at|aten|ating)\s+(?:[\w-]+\s+){0,4}?to\s+death\b", re.IGNORECASE)
"""Beaten to death: hands, feet or a blunt object (GTD: Melee, an unarmed assault)."""
_CHEMICAL_ACT = re.compile(
    r"\b(?:acid|poison\w*|chlorine|sarin|mustard\s+gas|contaminat\w*|corrosive)\b",
    re.IGNORECASE,
)
_FAKE = re.compile(
    r"\b(?:replica|fake|toy|imitation)\s+(?:\w+\s+)?(?:gun|grenade|bomb|weapon|pistol)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class GtdClues:
    """What the GTD typing reads beyond the ACLED type: the report's own words."""

    lead: str = ""
    """The first sentence that reports the event, from its first trigger on."""
    before_lead: str = ""
    """That sentence before its first trigger ("Gunmen stopped a vehicle of the Red Cross
    and" before "abducted"): an act there may name the target better than the lead."""
    text: str = ""
    """All sentences of the event."""
    lead_weapon_kinds: tuple[str, ...] = ()
    """Weapon kinds named in the lead sentence, in order."""
    harmed: bool = False
    """Someone was killed or injured."""


def gtd_clues(
    frame: Frame, weapon_mentions: Sequence[WeaponMention], casualties: Casualties
) -> GtdClues:
    """The clues of one event: its lead (the first body sentence with a trigger, from that
    trigger on), all its text, the lead's weapons, and whether anyone was hurt."""
    body = [s for s in frame.trigger_sentences if not s.is_headline] or frame.trigger_sentences
    if not body:
        return GtdClues()
    lead = body[0]
    first = min(
        (h.start for h in frame.hits if lead.start <= h.start < lead.end), default=lead.start
    )
    in_lead = sorted(
        (w for w in weapon_mentions if lead.start <= w.start < lead.end), key=lambda w: w.start
    )
    counts = (casualties.killed, casualties.injured)
    return GtdClues(
        lead=lead.text[first - lead.start :],
        before_lead=lead.text[: first - lead.start],
        text=" ".join(s.text for s in frame.sentences),
        lead_weapon_kinds=tuple(dict.fromkeys(w.kind for w in in_lead)),
        harmed=any(c is not None and (c.best or 0) > 0 for c in counts),
    )


def classify_gtd(
    acled: Acled,
    tactics: AbstractSet[Tactic],
    weapon_kinds: Sequence[str],
    target_words: Collection[str],
    target_is_official: bool,
    *,
    clues: GtdClues | None = None,
) -> Gtd | None:
    """GTD attack, weapon and target types, or None where GTD does not apply."""
    clues = clues or GtdClues()
    kinds = _weapon_kinds(weapon_kinds, clues)
    aimed_at = _aimed_at_in_lead(clues)
    prominent = bool(aimed_at[1] & PROMINENT_WORDS or _PROMINENT_PHRASE.search(clues.lead)) or (
        target_is_official and not tactics & _REMOTE_TACTICS
    )
    attack = _attack_type(acled, tactics, kinds, prominent, clues)
    if attack is None:
        return None
    weapon_kind = _main_weapon(acled, tactics, kinds, attack)
    weapon_type, weapon_subtype = WEAPON_TYPES.get(weapon_kind or "", ("Unknown", None))
    target = _target(aimed_at[0], target_words)
    if attack == "Armed Assault" and target in _INSTALLATIONS and not clues.harmed:
        attack = "Facility/Infrastructure Attack"  # shots fired at a substation, no one hurt
    return Gtd(
        attack_type=attack,
        weapon_type=weapon_type,
        weapon_subtype=weapon_subtype,
        target_type=target,
    )


_INSTALLATIONS = frozenset({"Utilities", "Telecommunication"})
"""Targets that are installations, not people: an assault on one that hurts no one is an
attack on the facility (GTD: damage to a non-human target)."""


def _aimed_at_in_lead(clues: GtdClues) -> tuple[Typed | None, frozenset[str]]:
    """What the lead's trigger was aimed at; when that says little ("abducted the four staff
    members"), an attack verb's object before the trigger ("stopped a vehicle of the ICRC")
    that has a telling word."""
    aimed_at = target_phrase_type(clues.lead)
    if aimed_at[0] is not None and aimed_at[0][0] == 0:
        return aimed_at
    before = re.sub(r"^[^A-Za-z]*", "", clues.before_lead)
    if not _ATTACK_VERB.match(before):
        return aimed_at
    earlier = target_phrase_type(before)
    if earlier[0] is not None and earlier[0][0] == 0:
        return earlier[0], aimed_at[1] | earlier[1]
    return aimed_at


def _target(aimed_at: Typed | None, target_words: Collection[str]) -> str:
    """The attacked phrase's type when it has a telling word; else the named targets' and
    victims' type when that is telling; else the phrase's weaker reading."""
    if aimed_at is not None and aimed_at[0] == 0:
        return aimed_at[1]
    named = target_type(target_words)
    if aimed_at is None or named not in (PRIVATE, "Unknown"):
        return named
    return aimed_at[1]


_REMOTE_TACTICS = frozenset(
    {Tactic.SUICIDE, Tactic.SHELLING, Tactic.IED, Tactic.GRENADE, Tactic.AIRSTRIKE}
    | {Tactic.EXPLOSION}
)


def target_type(words: Collection[str]) -> str:
    """GTD ``targtype1_txt`` from the words naming the targets and victims.

    Targets named without a telling word (a person's name, "the family of ...") are
    private citizens: the GTD codebook's category for attacks on individuals and the
    public. With no target named at all the type is unknown.
    """
    lowered = {w.lower() for w in words} | {w.lower().removesuffix("s") for w in words}
    for vocabulary, gtd_type in TARGET_TYPES:
        if lowered & vocabulary:
            return gtd_type
    weak = [WEAK_TARGET_WORDS[w] for w in sorted(lowered) if w in WEAK_TARGET_WORDS]
    if weak:
        return weak[0]
    return PRIVATE if lowered else "Unknown"


_WEAPON_VERB = re.compile(
    r"^\W*(?:[\w-]+\s+){0,6}?(?:detonat\w*|explod\w*|fired|firing|fire|hurl\w*|threw|throw\w*"
    r"|lobbed|planted|launched|drove|driving|rammed|released|sent|used|using)\b",
    re.IGNORECASE,
)
_ATTACK_VERB = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,6}?(?:attacked|stormed|raided|ambushed|abducted|kidnapped"
    r"|targeted|hijacked|seized|stopped|intercepted|surrounded|besieged)\b",
    re.IGNORECASE,
)
"""The attack verb after the doers ("Gunmen dressed as soldiers attacked"): the target
phrase starts after it."""
_TARGET_PREPOSITION = re.compile(
    r"\b(?:at|near|inside|outside|into|on|onto|in\s+front\s+of|next\s+to|among|against"
    r"|target(?:ed|ing)|under|toward|towards|during|as|to|up|along|through"
    # "planted in the car of a colonel", "exploded in a crowded market" (not "in Kirkuk")
    r"|in(?=\s+(?:the|a|an|his|her|their|its)\s))\b",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"\s(?:in|near|outside|across|off\s+the\s+coast\s+of|on\s+the\s+outskirts\s+of)\s+(?=[A-Z])"
    r"|,(?!\s+(?:an?|the)\s)|[.;:(]|\s(?:as|when|after|before|while|killing|injuring|wounding)\s",
)
_CARRYING = re.compile(r"\s(?:carrying|transporting|ferrying|housing|sheltering)\s", re.IGNORECASE)
_OWNED = re.compile(
    r"\s(?:belonging\s+to|owned\s+by|operated\s+by|run\s+by|held\s+by|working\s+for"
    r"|employed\s+by|used\s+by|of)\s",
    re.IGNORECASE,
)
_CARRIED_WINS = frozenset(
    {
        "Police",
        "Military",
        "Government (General)",
        "Government (Diplomatic)",
        "NGO",
        "Business",
        "Tourists",
        "Journalists & Media",
        "Educational Institution",
    }
)
"""Who a vehicle carries types the attack when they are a body the GTD names (a bus of
riot police is a police target); a bus of passengers or pilgrims stays a bus."""


Typed = tuple[int, str]
"""A target type with its strength: 0 a telling word, 1 a weak word, 2 the public's words."""

_KILLING_CLAUSE = re.compile(
    r",\s+(?:killing|wounding|injuring)\s+"
    # the victims end where a new clause starts: "... two women before police arrested him"
    r"(?P<victims>(?:(?!\b(?:before|after|as|when|while|until|then)\b)[^.;,])+)",
    re.IGNORECASE,
)
_MEMBERS_OF = re.compile(
    r"\b(?:employees?|workers?|members?|staff|personnel|crew)\s+of\s+(?P<body>.+)", re.I
)
"""People named by the body they belong to: "employees of X" are X's."""


def target_phrase_type(lead: str) -> tuple[Typed | None, frozenset[str]]:
    """The GTD type of what the lead sentence says was attacked, and that phrase's words.

    The phrase starts after the trigger; a weapon verb's object ("detonated an
    explosives-laden water tanker") is the weapon, so the phrase starts at the preposition
    after it ("near the German embassy"). It ends at the place ("in Kirkuk city"), a comma
    that does not open an apposition, or a new clause. Victims of a trailing ", killing
    a prominent commander" are read too; the stronger type wins, the place on a tie.
    """
    rest = lead
    weapon_verb = _WEAPON_VERB.match(rest)
    attack_verb = _ATTACK_VERB.match(rest)
    if weapon_verb:
        after = rest[weapon_verb.end() :]
        preposition = _TARGET_PREPOSITION.search(after)
        rest = after[preposition.start() :] if preposition else ""
    elif attack_verb:
        rest = rest[attack_verb.end() :]  # "Gunmen dressed as soldiers attacked ..."
    end = _PHRASE_END.search(rest, 1)
    phrases = [rest[: end.start()] if end else rest]
    killing = _KILLING_CLAUSE.search(lead)
    if killing:
        phrases.append(killing["victims"])
    typed = [t for t in (_aimed_at(phrase) for phrase in phrases) if t is not None]
    words = frozenset(w for phrase in phrases for w in _words(phrase))
    return (min(typed, key=lambda t: t[0]) if typed else None), words


_PART_OF = re.compile(
    r"\b(?:the|a)\s+(?:base|foot|bottom|top|side|edge|gates?|entrance|doors?|walls?|perimeter"
    r"|roof|front|windows?)\s+of\s+",
    re.IGNORECASE,
)
""""at the base of an electricity tower", "the gate of a prison": the part names where, the
thing it is part of names what was attacked."""


def _aimed_at(phrase: str) -> Typed | None:
    """ "a bus carrying riot police" is the police's when the carried are a body the GTD
    names, else the bus's; "equipment belonging to a firm" is the firm's when the head
    says nothing; otherwise the head's words come first. An apposition ("al-Jubouri, a
    member of the provincial council") says what the named target is."""
    phrase = _PART_OF.sub(" ", phrase)
    apposition = re.search(r",\s+(?:an?|the)\s+(?P<described>.+)", phrase)
    if apposition:
        described = _aimed_at(apposition["described"])
        if described is not None and described[0] == 0:
            return described
        phrase = phrase[: apposition.start()]
    carried = _CARRYING.search(phrase)
    if carried:
        head, tail = phrase[: carried.start()], phrase[carried.end() :]
        tail_type = _phrase_type(tail)
        if tail_type is not None and tail_type[0] == 0 and tail_type[1] in _CARRIED_WINS:
            return tail_type
        return _stronger(_phrase_type(head), tail_type)
    members = _MEMBERS_OF.search(phrase)
    if members and not _AGENT_BEFORE.search(phrase, 0, members.start()):
        body = _phrase_type(members["body"])
        if body is not None and body[0] == 0:
            return body
    owned = _OWNED.search(phrase)
    if owned and not _AGENT_BEFORE.search(phrase, 0, owned.end()):
        head, tail = phrase[: owned.start()], phrase[owned.end() :]
        return _stronger(_phrase_type(head), _aimed_at(tail))
    return _phrase_type(phrase)


def _stronger(head: Typed | None, tail: Typed | None) -> Typed | None:
    if head is None or (tail is not None and tail[0] < head[0]):
        return tail
    return head


def _words(phrase: str) -> list[str]:
    return [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z][\w-]*(?:'s)?", phrase)]


def _phrase_type(phrase: str) -> Typed | None:
    """The first telling word's type, reading left to right (modifiers before their head:
    "a police patrol", "a tourist bus"); then weak words; then the public's words."""
    members = _MEMBERS_OF.search(phrase)
    if members and not _AGENT_BEFORE.search(phrase, 0, members.start()):
        body = _phrase_type(members["body"])
        if body is not None and body[0] == 0:
            return body
    if _CAMP.search(phrase):
        return (0, "Other")  # the GTD's type for refugee and IDP camps (their people: private)
    if _NGO_NAME.search(phrase):
        return (0, "NGO")
    if _FOOD_SUPPLY.search(phrase):
        return (0, "Food or Water Supply")  # "food stores", not "a food vendor"
    if _SHOPPING_CENTRE.search(phrase):
        return (0, "Business")  # a shopping street is the public's; a shopping centre a firm's
    if _VIOLENT_PARTY.search(phrase):
        return (0, "Violent Political Party")
    if _known_armed_group(phrase):
        return (0, "Terrorists/Non-State Militia")
    words = _words(phrase)
    telling = _telling_words(words)
    if len(telling) > 1 and telling[0][0] == "government":
        return (0, telling[1][1])  # "a government school" is a school, "government forces" troops
    if telling:
        return (0, telling[0][1])
    for word in words:
        weak = WEAK_TARGET_WORDS.get(word.removesuffix("s"))
        if weak:
            return (1, weak)
    if any(w in PRIVATE_WORDS or w.removesuffix("s") in PRIVATE_WORDS for w in words):
        return (2, PRIVATE)
    return None


def _telling_words(words: Sequence[str]) -> list[tuple[str, str]]:
    """Each word of a phrase with a telling target type, in order, with that type (the word
    as written first: "passengers" are a transport target; "a passenger boat" is a boat)."""
    found: list[tuple[str, str]] = []
    for word in words:
        for candidate in (word, word.removesuffix("s"), word.removesuffix("es")):
            gtd_type = next((t for vocab, t in TARGET_TYPES if candidate in vocab), None)
            if gtd_type is not None:
                found.append((candidate, gtd_type))
                break
    return found


_CAMP = re.compile(
    r"\b(?:refugee|idp|displacement|displaced(?:\s+(?:persons?|people))?)\s+camps?\b"
    r"|\bcamps?\s+(?:for|of|housing)\s+(?:the\s+)?(?:internally\s+)?(?:displaced|refugees"
    r"|idps|migrants)\b",
    re.IGNORECASE,
)
_NGO_NAME = re.compile(
    r"\bred\s+(?:cross|crescent)\b|\bdoctors\s+without\s+borders\b|\bm[ée]decins\s+sans"
    r"\s+fronti[eè]res\b|\bMSF\b|\bsave\s+the\s+children\b|\boxfam\b|\bcaritas\b"
    r"|\bnorwegian\s+refugee\s+council\b|\bmercy\s+corps\b|\binternational\s+rescue"
    r"\s+committee\b",
    re.IGNORECASE,
)
"""Aid organisations known by name (GTD: NGO), whose names carry no telling word."""
_FOOD_SUPPLY = re.compile(
    r"\bfood\s+(?:suppl\w+|stores?|stocks?|depots?|warehouses?|aid|convoys?|distribution"
    r"|rations?)\b|\blivestock\s+feed\b",
    re.IGNORECASE,
)
_SHOPPING_CENTRE = re.compile(r"\bshopping\s+(?:centres?|centers?|complex\w*|malls?)\b", re.I)
_VIOLENT_PARTY = re.compile(
    r"\b(?:Hezbollah|Hizbollah|Hizballah|Hamas|Sinn F[eé]in)\b", re.IGNORECASE
)
"""Parties that are also armed movements (or their political wings): the GTD types attacks
on their offices, rallies and members as Violent Political Party."""


_AGENT_BEFORE = re.compile(
    r"\b(?:by|blamed\s+on|attributed\s+to)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)
"""Words that make the group after them the doer: "by members of the Shining Path"."""
_AGENT_AFTER = re.compile(
    r"[\s'’s]*(?:[\w-]+\s+)?(?:attacks?|offensives?|ambush(?:es)?|raids?|bombings?|assaults?"
    r"|incursions?)\b",
    re.IGNORECASE,
)
"""A group naming an attack is its doer: "during an FMLN attack on the sugar mill"."""


def _known_armed_group(phrase: str) -> bool:
    """ "members of the Syrian Democratic Forces", "a Houthi checkpoint": a non-state armed
    group the actor dictionary knows makes the target a militia."""
    capitalised = r"(?:[A-Z]|(?:al|el|ad|ash|as|an|ar|ul)-[A-Za-z])[\w'-]*"
    for found in re.finditer(rf"{capitalised}(?:\s+(?:of\s+the\s+|of\s+)?{capitalised})*", phrase):
        if _AGENT_BEFORE.search(phrase, 0, found.start()) or _AGENT_AFTER.match(
            phrase, found.end()
        ):
            continue  # "bombs set off by FMLN urban guerrillas": the doers, not the target
        known = match_known_actor(found.group(0))
        if known is not None and known.kind in ("rebel_group", "militia"):
            return True
    return False


def _weapon_kinds(weapon_kinds: Sequence[str], clues: GtdClues) -> list[str]:
    """Weapon kinds in the order GTD would rank them: the lead sentence's first, with the
    weapons that acts name ("stabbed", "beheaded", a vehicle driven into a crowd)."""
    kinds = list(clues.lead_weapon_kinds)
    if _RAMMING.search(clues.lead):
        kinds.insert(0, "vehicle")
    if _MELEE_ACT.search(clues.lead) and not {"knife", "machete"} & set(kinds):
        kinds.append("knife")
    if _BEATEN.search(clues.lead) and not {"knife", "machete", "blunt"} & set(kinds):
        kinds.append("blunt")
    if _CHEMICAL_ACT.search(clues.lead) and "chemical" not in kinds:
        kinds.append("chemical")
    if _FAKE.search(clues.text):
        kinds.insert(0, "fake")
    if _SABOTAGE.search(clues.lead) and not kinds:
        kinds.append("sabotage")
    if _DETONATION.search(clues.lead) and not EXPLOSIVE_KINDS & set(kinds + list(weapon_kinds)):
        kinds.append("explosive")
    kinds += [k for k in weapon_kinds if k not in kinds]
    return kinds


def _attack_type(
    acled: Acled,
    tactics: AbstractSet[Tactic],
    kinds: Sequence[str],
    prominent: bool,
    clues: GtdClues,
) -> str | None:
    if _attempted_bombing(acled, kinds, clues):
        return "Bombing/Explosion"
    if acled.event_type in ("Protests",) or acled.sub_event_type in (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Other",
        "Peaceful protest",
        "Government regains territory",
    ):
        return None
    killing = bool(tactics & {Tactic.KILLING, Tactic.SHOOTING})
    # the lead must tell the killing: a leader abducted and found dead later was kidnapped
    killed_in_lead = killing and bool(_KILLED_IN_LEAD.search(clues.lead))
    aimed_at_person = bool(_TARGETED.match(clues.lead))
    if prominent and (killed_in_lead or aimed_at_person or _ASSASSINATION.search(clues.text)):
        return "Assassination"
    if _HIJACKING.search(clues.text):
        return "Hijacking"
    hostages = acled.sub_event_type == "Abduction/forced disappearance" or (
        Tactic.ABDUCTION in tactics and bool(_HOSTAGE_TAKING.search(clues.lead))
    )
    if hostages:
        barricade = _BARRICADE.search(clues.text) and not _TAKEN_AWAY.search(clues.text)
        return "Hostage Taking (Barricade Incident)" if barricade else "Hostage Taking (Kidnapping)"
    explosive = [k for k in kinds if k in EXPLOSIVE_KINDS]
    if _bombing(acled, kinds, explosive, clues):
        return "Bombing/Explosion"
    if kinds and kinds[0] in ("vehicle", "chemical", "blunt"):
        return "Unarmed Assault"  # no explosive, gun, fire or blade: GTD's unarmed assault
    against_property = (
        acled.sub_event_type == "Looting/property destruction"
        or Tactic.ARSON in tactics
        or (kinds and kinds[0] in ("incendiary", "arson", "sabotage"))
    )
    if against_property and not (clues.harmed and killing):
        return "Facility/Infrastructure Attack"
    if acled.event_type == "Riots" and not tactics & {Tactic.SHOOTING}:
        return "Unarmed Assault" if acled.sub_event_type == "Mob violence" else None
    if tactics <= {Tactic.ATTACK} and not kinds and not clues.harmed:
        return "Unknown"
    return "Armed Assault"


_DEFUSED = re.compile(
    r"\b(?:defused|dismantled|disarmed|(?:failed\s+to|did\s+not|didn't)\s+(?:detonate|explode"
    r"|go\s+off))\b",
    re.IGNORECASE,
)


def _attempted_bombing(acled: Acled, kinds: Sequence[str], clues: GtdClues) -> bool:
    """A bomb planted or sent that was defused or failed to go off: the GTD codes the
    attempt as an unsuccessful Bombing/Explosion (ACLED: disrupted weapons use)."""
    return (
        acled.sub_event_type == "Disrupted weapons use"
        and any(k in EXPLOSIVE_KINDS for k in kinds)
        and bool(_DEFUSED.search(clues.text))
    )


def _bombing(acled: Acled, kinds: Sequence[str], explosive: Sequence[str], clues: GtdClues) -> bool:
    """Explosives were used, and were the attack's means: not a chemical release, a petrol
    bomb, or the grenades of a team that stormed in with guns."""
    if kinds and kinds[0] in ("chemical", "incendiary", "vehicle"):
        return False
    if kinds and kinds[0] == "firearm" and explosive and set(explosive) <= PROJECTILE_KINDS:
        return bool(_DETONATION.search(clues.lead))
    if acled.event_type == "Explosions/Remote violence" or (kinds and kinds[0] in explosive):
        return True
    return bool(explosive) and bool(_DETONATION.search(clues.text))


def _main_weapon(
    acled: Acled, tactics: AbstractSet[Tactic], weapon_kinds: Sequence[str], attack: str
) -> str | None:
    preferred = {
        "Suicide bomb": ("suicide vest", "car bomb"),
        "Shelling/artillery/missile attack": ("rocket", "mortar", "missile", "artillery"),
        "Air/drone strike": ("drone", "missile", "airstrike"),
        "Remote explosive/landmine/IED": ("car bomb", "ied", "landmine", "explosive"),
        "Grenade": ("grenade",),
    }.get(acled.sub_event_type, ())
    if attack == "Bombing/Explosion":
        for kind in preferred:
            if kind in weapon_kinds:
                return kind
        explosive = [k for k in weapon_kinds if k in EXPLOSIVE_KINDS]
        if explosive:
            return explosive[0]
    elif weapon_kinds:
        return weapon_kinds[0]
    if weapon_kinds and attack != "Bombing/Explosion":
        return weapon_kinds[0]
    for tactic, kind in _TACTIC_WEAPON.items():
        if tactic in tactics and (attack == "Bombing/Explosion") == (kind in EXPLOSIVE_KINDS):
            return kind
    if attack in ("Hostage Taking (Kidnapping)", "Hijacking", "Unknown"):
        return None
    return weapon_kinds[0] if weapon_kinds else None
