"""A curated dictionary of armed groups and generic actor words, with ACLED actor kinds.

Each entry gives the normalised name analysts search for, the aliases reports use, and the
ACLED-style kind (``rebel_group``, ``militia``, ``state_forces``, ``protesters``, ...).
Sources: the groups' common names in ACLED and GTD data and in wire reporting. Kinds
follow ACLED's actor types: state forces, rebel groups, political and identity militias,
rioters, protesters, civilians, external forces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    affiliation: str | None = None


KNOWN_ACTORS: tuple[KnownActor, ...] = (
    KnownActor(
        "Islamic State",
        "rebel_group",
        (
            "islamic state",
            "isis",
            "isil",
            "daesh",
            "is militants",
            "islamic state group",
            "islamic state of iraq and the levant",
            "islamic state of iraq and syria",
        ),
    ),
    KnownActor(
        "Islamic State West Africa Province",
        "rebel_group",
        ("iswap", "islamic state west africa province", "islamic state west africa"),
        "Islamic State",
    ),
    KnownActor(
        "Boko Haram",
        "rebel_group",
        ("boko haram", "jama'atu ahlis sunna", "jas", "jama'atu ahlis sunna lidda'awati wal-jihad"),
    ),
    KnownActor(
        "Houthis",
        "rebel_group",
        ("houthis", "houthi", "ansar allah", "houthi rebels", "houthi movement"),
    ),
    KnownActor(
        "Kata'ib Hezbollah",
        "militia",
        ("kata'ib hezbollah", "kataib hezbollah", "kata'ib hizballah", "kataeb hezbollah"),
        "Iran-aligned militias",
    ),
    KnownActor(
        "Islamic Resistance in Iraq",
        "militia",
        ("islamic resistance in iraq",),
        "Iran-aligned militias",
    ),
    KnownActor(
        "Popular Mobilization Forces",
        "militia",
        (
            "popular mobilization forces",
            "popular mobilisation forces",
            "pmf",
            "hashd al-shaabi",
            "hashed al-shaabi",
        ),
    ),
    KnownActor("Hezbollah", "militia", ("hezbollah", "hizbollah", "hizballah")),
    KnownActor("Hamas", "rebel_group", ("hamas", "qassam brigades", "al-qassam brigades")),
    KnownActor(
        "Palestinian Islamic Jihad", "rebel_group", ("islamic jihad", "pij", "al-quds brigades")
    ),
    KnownActor(
        "al-Shabaab", "rebel_group", ("al-shabaab", "al shabaab", "al-shabab", "shabaab", "shabab")
    ),
    KnownActor(
        "JNIM",
        "rebel_group",
        (
            "jnim",
            "jama'at nusrat al-islam wal-muslimin",
            "jamaat nusrat al-islam wal muslimin",
            "group for the support of islam and muslims",
        ),
        "al-Qaeda",
    ),
    KnownActor(
        "al-Qaeda",
        "rebel_group",
        ("al-qaeda", "al qaeda", "al-qaida", "al qaida", "qaeda", "qaida", "aqap", "aqim"),
    ),
    KnownActor(
        "PKK", "rebel_group", ("pkk", "kurdistan workers' party", "kurdistan workers party")
    ),
    KnownActor(
        "Hayat Tahrir al-Sham", "rebel_group", ("hts", "hayat tahrir al-sham", "tahrir al-sham")
    ),
    KnownActor("Syrian Democratic Forces", "rebel_group", ("sdf", "syrian democratic forces")),
    KnownActor("Taliban", "rebel_group", ("taliban",)),
    KnownActor(
        "Tehrik-i-Taliban Pakistan",
        "rebel_group",
        ("ttp", "tehrik-i-taliban pakistan", "tehreek-e-taliban pakistan", "pakistani taliban"),
    ),
    KnownActor("Rapid Support Forces", "rebel_group", ("rsf", "rapid support forces")),
    KnownActor("M23", "rebel_group", ("m23", "march 23 movement")),
    KnownActor("ELN", "rebel_group", ("eln", "national liberation army")),
    KnownActor("FARC dissidents", "rebel_group", ("farc dissidents", "farc")),
    KnownActor("Allied Democratic Forces", "rebel_group", ("adf", "allied democratic forces")),
    KnownActor("Wagner Group", "external_forces", ("wagner", "wagner group", "africa corps")),
    KnownActor("Fulani militia", "militia", ("fulani militia", "fulani herdsmen", "fulani gunmen")),
    # Sahel, West and Central Africa
    KnownActor(
        "Islamic State Sahel Province",
        "rebel_group",
        (
            "islamic state sahel province",
            "islamic state in the greater sahara",
            "isgs",
            "issp",
            "islamic state greater sahara",
            "is sahel",
        ),
        "Islamic State",
    ),
    KnownActor(
        "Islamic State Central Africa Province",
        "rebel_group",
        ("islamic state central africa province", "iscap"),
        "Islamic State",
    ),
    KnownActor(
        "Islamic State Mozambique Province",
        "rebel_group",
        (
            "islamic state mozambique province",
            "ahlu sunnah wa-jama",
            "ahlu sunna wal jamaa",
            "ansar al-sunna",
            "mozambique insurgents",
        ),
        "Islamic State",
    ),
    KnownActor("Ansaru", "rebel_group", ("ansaru",), "al-Qaeda"),
    KnownActor("Ansarul Islam", "rebel_group", ("ansarul islam", "ansar ul islam")),
    KnownActor("Lakurawa", "rebel_group", ("lakurawa",)),
    KnownActor(
        "Coordination of Azawad Movements",
        "rebel_group",
        (
            "coordination of azawad movements",
            "cma",
            "csp-psd",
            "mnla",
            "permanent strategic framework",
        ),
    ),
    KnownActor(
        "Volunteers for the Defense of the Homeland",
        "militia",
        (
            "volunteers for the defense of the homeland",
            "vdp",
            "volunteers for the defence of the homeland",
        ),
    ),
    KnownActor("Dozo militia", "militia", ("dozo", "dozos", "dan na ambassagou")),
    KnownActor("Koglweogo", "militia", ("koglweogo",)),
    KnownActor("CODECO", "militia", ("codeco", "cooperative for the development of congo")),
    KnownActor("Mai-Mai militia", "militia", ("mai-mai", "mai mai", "mayi-mayi", "wazalendo")),
    KnownActor("FDLR", "rebel_group", ("fdlr", "democratic forces for the liberation of rwanda")),
    KnownActor("Twirwaneho", "militia", ("twirwaneho",)),
    KnownActor("RED-Tabara", "rebel_group", ("red-tabara", "red tabara")),
    KnownActor(
        "Coalition of Patriots for Change",
        "rebel_group",
        ("coalition of patriots for change", "upc", "3r", "ex-seleka", "seleka"),
    ),
    KnownActor("Anti-Balaka", "militia", ("anti-balaka", "anti balaka")),
    KnownActor(
        "Ambazonian separatists",
        "rebel_group",
        (
            "ambazonian separatists",
            "ambazonia defence forces",
            "amba boys",
            "ambazonian fighters",
            "anglophone separatists",
            "ambazonian",
        ),
    ),
    KnownActor("Lord's Resistance Army", "rebel_group", ("lord's resistance army", "lra")),
    # East Africa and the Horn
    KnownActor(
        "Tigray People's Liberation Front",
        "rebel_group",
        (
            "tplf",
            "tigray people's liberation front",
            "tigray defense forces",
            "tigray defence forces",
            "tdf",
            "tigrayan forces",
        ),
    ),
    KnownActor(
        "Oromo Liberation Army", "rebel_group", ("oromo liberation army", "ola", "olf-shane")
    ),
    KnownActor("Fano militia", "militia", ("fano",)),
    KnownActor(
        "SPLA-IO",
        "rebel_group",
        ("spla-io", "splm-io", "sudan people's liberation army in opposition"),
    ),
    KnownActor("SPLM-N", "rebel_group", ("splm-n", "sudan people's liberation movement-north")),
    KnownActor("Justice and Equality Movement", "rebel_group", ("justice and equality movement",)),
    KnownActor(
        "Sudan Liberation Movement",
        "rebel_group",
        ("sudan liberation movement", "slm-aw", "sla-aw"),
    ),
    KnownActor("Macawisley militia", "militia", ("macawisley", "ma'awisley")),
    # Middle East, Iran, Pakistan, Afghanistan, India
    KnownActor(
        "Islamic State Khorasan Province",
        "rebel_group",
        ("islamic state khorasan province", "islamic state khorasan", "iskp", "is-k", "isis-k"),
        "Islamic State",
    ),
    KnownActor(
        "Islamic State Sinai Province",
        "rebel_group",
        ("sinai province", "wilayat sinai"),
        "Islamic State",
    ),
    KnownActor("Haqqani Network", "rebel_group", ("haqqani network",), "Taliban"),
    KnownActor("Lashkar-e-Taiba", "rebel_group", ("lashkar-e-taiba", "lashkar-e-toiba")),
    KnownActor(
        "Jaish-e-Mohammed",
        "rebel_group",
        ("jaish-e-mohammed", "jaish-e-muhammad", "jaish-e-mohammad", "jaish-e-muhammed"),
    ),
    KnownActor("Hizbul Mujahideen", "rebel_group", ("hizbul mujahideen", "hizb-ul-mujahideen")),
    KnownActor("The Resistance Front", "rebel_group", ("the resistance front", "trf")),
    KnownActor(
        "Balochistan Liberation Army",
        "rebel_group",
        ("balochistan liberation army", "baloch liberation army", "bla", "majeed brigade"),
    ),
    KnownActor(
        "Balochistan Liberation Front", "rebel_group", ("balochistan liberation front", "blf")
    ),
    KnownActor("Jaish al-Adl", "rebel_group", ("jaish al-adl", "jaish ul-adl")),
    KnownActor("PJAK", "rebel_group", ("pjak", "party of free life of kurdistan")),
    KnownActor(
        "People's Protection Units",
        "rebel_group",
        ("ypg", "people's protection units", "ypj"),
        "Syrian Democratic Forces",
    ),
    KnownActor(
        "Syrian National Army",
        "rebel_group",
        ("syrian national army", "turkish-backed syrian forces", "turkish-backed syrian factions"),
    ),
    KnownActor("Free Syrian Army", "rebel_group", ("free syrian army", "fsa")),
    KnownActor(
        "Asa'ib Ahl al-Haq",
        "militia",
        ("asa'ib ahl al-haq", "asaib ahl al-haq", "league of the righteous"),
        "Iran-aligned militias",
    ),
    KnownActor(
        "Harakat al-Nujaba",
        "militia",
        ("harakat al-nujaba", "nujaba", "harakat hezbollah al-nujaba"),
        "Iran-aligned militias",
    ),
    KnownActor(
        "Kata'ib Sayyid al-Shuhada",
        "militia",
        ("kata'ib sayyid al-shuhada", "kataib sayyid al-shuhada"),
        "Iran-aligned militias",
    ),
    KnownActor("Badr Organization", "militia", ("badr organization", "badr organisation")),
    KnownActor(
        "Military Forces of Iran",
        "state_forces",
        ("irgc", "islamic revolutionary guard corps", "revolutionary guards", "quds force"),
    ),
    # State forces as coders' notes abbreviate them (ACLED names them "Military Forces of X")
    KnownActor(
        "Military Forces of Somalia",
        "state_forces",
        ("sna", "somali national army", "danab", "somali army", "somali security forces"),
    ),
    KnownActor(
        "Military Forces of the Democratic Republic of Congo",
        "state_forces",
        ("fardc", "congolese army", "armed forces of the democratic republic of the congo"),
    ),
    KnownActor("Military Forces of Sudan", "state_forces", ("saf", "sudanese armed forces")),
    KnownActor(
        "Military Forces of Ethiopia",
        "state_forces",
        ("endf", "ethiopian national defense force", "ethiopian national defence force"),
    ),
    KnownActor("Military Forces of Mali", "state_forces", ("fama", "malian armed forces")),
    KnownActor("Military Forces of Myanmar", "state_forces", ("tatmadaw", "myanmar military")),
    KnownActor(
        "Military Forces of the Philippines",
        "state_forces",
        ("armed forces of the philippines", "philippine army"),
    ),
    KnownActor("Military Forces of Kenya", "state_forces", ("kdf", "kenya defence forces")),
    KnownActor(
        "Military Forces of Uganda", "state_forces", ("updf", "uganda people's defence force")
    ),
    KnownActor("Military Forces of Israel", "state_forces", ("idf", "israel defense forces")),
    KnownActor(
        "Military Forces of Burkina Faso",
        "state_forces",
        ("vdp", "volunteers for the defense of the homeland", "burkinabe army"),
    ),
    KnownActor(
        "Military Forces of Nigeria",
        "state_forces",
        ("nigerian army", "nigerian troops", "civilian joint task force", "cjtf"),
    ),
    KnownActor(
        "Military Forces of Pakistan",
        "state_forces",
        ("frontier corps", "pakistan rangers", "paramilitary rangers"),
    ),
    KnownActor(
        "Multinational peacekeepers",
        "external_forces",
        ("monusco", "minusma", "atmis", "amisom", "eacrf", "unmiss", "minusca", "africom"),
    ),
    KnownActor(
        "Military Forces of Iraq (Kurdistan Regional Government)",
        "state_forces",
        ("peshmerga",),
    ),
    KnownActor(
        "Southern Transitional Council",
        "rebel_group",
        ("southern transitional council", "stc", "security belt forces"),
    ),
    KnownActor(
        "Al-Aqsa Martyrs' Brigades", "rebel_group", ("al-aqsa martyrs' brigades", "al-aqsa martyrs")
    ),
    KnownActor("Lions' Den", "rebel_group", ("lions' den", "lions den")),
    KnownActor(
        "Communist Party of India (Maoist)",
        "rebel_group",
        (
            "cpi-maoist",
            "cpi (maoist)",
            "maoists",
            "maoist rebels",
            "naxalites",
            "naxals",
            "communist party of india (maoist)",
            "communist party of india - maoist",
        ),
    ),
    KnownActor("ULFA", "rebel_group", ("ulfa", "united liberation front of asom")),
    KnownActor("NSCN", "rebel_group", ("nscn", "national socialist council of nagaland")),
    # Southeast Asia
    KnownActor("New People's Army", "rebel_group", ("new people's army", "npa")),
    KnownActor("Abu Sayyaf", "rebel_group", ("abu sayyaf", "abu sayyaf group")),
    KnownActor(
        "Bangsamoro Islamic Freedom Fighters",
        "rebel_group",
        ("bangsamoro islamic freedom fighters", "biff"),
    ),
    KnownActor("Maute group", "rebel_group", ("maute group", "dawlah islamiyah")),
    KnownActor("Arakan Army", "rebel_group", ("arakan army",)),
    KnownActor("Kachin Independence Army", "rebel_group", ("kachin independence army",)),
    KnownActor(
        "People's Defence Force",
        "rebel_group",
        (
            "people's defence force",
            "people's defense force",
            "chinland defense force",
            "chinland defence force",
        ),
    ),
    KnownActor(
        "Karen National Liberation Army",
        "rebel_group",
        ("karen national liberation army", "knla", "karen national union", "knu"),
    ),
    KnownActor(
        "Ta'ang National Liberation Army",
        "rebel_group",
        ("ta'ang national liberation army", "tnla"),
    ),
    KnownActor("MNDAA", "rebel_group", ("mndaa", "myanmar national democratic alliance army")),
    # Americas: ACLED codes organised crime that fights for territory as political militias
    KnownActor("Sinaloa Cartel", "militia", ("sinaloa cartel",)),
    KnownActor(
        "Jalisco New Generation Cartel",
        "militia",
        ("jalisco new generation cartel", "cjng", "cartel jalisco nueva generacion"),
    ),
    KnownActor("Gulf Cartel", "militia", ("gulf cartel", "cartel del golfo")),
    KnownActor("La Familia Michoacana", "militia", ("familia michoacana",)),
    KnownActor(
        "Clan del Golfo",
        "rebel_group",
        ("clan del golfo", "gulf clan", "gaitanista", "autodefensas gaitanistas", "agc"),
    ),
    KnownActor("EPL", "rebel_group", ("epl", "popular liberation army", "los pelusos")),
    KnownActor(
        "Estado Mayor Central",
        "rebel_group",
        ("estado mayor central", "central general staff"),
        "FARC dissidents",
    ),
    KnownActor("Segunda Marquetalia", "rebel_group", ("segunda marquetalia",), "FARC dissidents"),
    # Andean and Central American insurgencies: Peru's Shining Path remnants still fight in
    # the VRAEM, and archives (MUC-4, GTD's 1970-1990s) name the others constantly
    KnownActor(
        "Shining Path",
        "rebel_group",
        ("shining path", "sendero luminoso", "communist party of peru-shining path"),
    ),
    KnownActor(
        "Tupac Amaru Revolutionary Movement",
        "rebel_group",
        ("tupac amaru revolutionary movement", "mrta", "tupac amaru"),
    ),
    KnownActor(
        "FMLN",
        "rebel_group",
        ("fmln", "farabundo marti national liberation front", "farabundo marti liberation front"),
    ),
    KnownActor("M-19", "rebel_group", ("m-19", "april 19 movement", "19th of april movement")),
    KnownActor(
        "Manuel Rodriguez Patriotic Front",
        "rebel_group",
        ("manuel rodriguez patriotic front", "fpmr"),
    ),
    KnownActor("URNG", "rebel_group", ("urng", "guatemalan national revolutionary unity")),
    KnownActor("Medellin Cartel", "militia", ("medellin cartel", "the extraditables")),
    KnownActor("MS-13", "militia", ("ms-13", "mara salvatrucha")),
    KnownActor("Barrio 18", "militia", ("barrio 18", "18th street gang")),
    KnownActor("Tren de Aragua", "militia", ("tren de aragua",)),
    KnownActor("Primeiro Comando da Capital", "militia", ("primeiro comando da capital",)),
    KnownActor("Comando Vermelho", "militia", ("comando vermelho", "red command")),
    KnownActor("400 Mawozo", "militia", ("400 mawozo",)),
    KnownActor("G9 gang coalition", "militia", ("g9 an fanmi", "g9 family", "viv ansanm")),
    KnownActor(
        "Iran-aligned militias",
        "militia",
        (
            "iran-aligned militias",
            "iran-backed militias",
            "pro-iran militias",
            "iranian-backed militias",
        ),
    ),
)

GENERIC_ACTOR_KINDS: dict[str, str] = {
    "gunman": "unidentified_armed_group",
    "gunmen": "unidentified_armed_group",
    "assailant": "unidentified_armed_group",
    "attacker": "unidentified_armed_group",
    "militant": "rebel_group",
    "insurgent": "rebel_group",
    "rebel": "rebel_group",
    "jihadist": "rebel_group",
    "guerrilla": "rebel_group",
    "guerilla": "rebel_group",
    "terrorist": "rebel_group",
    "fighter": "rebel_group",
    "bomber": "unidentified_armed_group",
    "kidnapper": "unidentified_armed_group",
    "militia": "militia",
    "militiaman": "militia",
    "militiamen": "militia",
    "bandit": "militia",
    "vigilante": "militia",
    "extremist": "rebel_group",
    "separatist": "rebel_group",
    "secessionist": "rebel_group",
    "herdsman": "militia",
    "herdsmen": "militia",
    "herder": "militia",
    "gang": "militia",
    "gangster": "militia",
    "cartel": "militia",
    "paramilitary": "militia",
    "sniper": "unidentified_armed_group",
    "abductor": "unidentified_armed_group",
    "raider": "unidentified_armed_group",
    "commando": "state_forces",
    "gendarme": "state_forces",
    "marine": "state_forces",
    "soldier": "state_forces",
    "troop": "state_forces",
    "army": "state_forces",
    "military": "state_forces",
    "force": "state_forces",
    "police": "state_forces",
    "policeman": "state_forces",
    "warplane": "state_forces",
    "aircraft": "state_forces",
    "artillery": "state_forces",
    "jet": "state_forces",
    "officer": "state_forces",
    "guard": "state_forces",
    "protester": "protesters",
    "supporter": "protesters",  # a party's supporters in the street: ACLED's protesters/rioters
    "demonstrator": "protesters",
    "marcher": "protesters",
    "rioter": "rioters",
    "mob": "rioters",
    "crowd": "rioters",
    "youth": "rioters",
    "civilian": "civilians",
    "villager": "civilians",
    "resident": "civilians",
    "worshipper": "civilians",
    "student": "civilians",
    "child": "civilians",
    "woman": "civilians",
    "farmer": "civilians",
    "peasant": "civilians",
    "campesino": "civilians",
    "passenger": "civilians",
    "journalist": "civilians",
    "worker": "civilians",
    "engineer": "civilians",
    "embassy": "diplomatic",
    "consulate": "diplomatic",
    "diplomat": "diplomatic",
    "government": "government",
    "ministry": "government",
    "official": "government",
    "governor": "government",
    "mayor": "government",
}
"""Head-noun lemma to actor kind, for actors the dictionary does not name."""

_ALIAS_INDEX: tuple[tuple[re.Pattern[str], KnownActor], ...] = tuple(
    (re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", re.IGNORECASE), actor)
    for actor in KNOWN_ACTORS
    for alias in sorted(actor.aliases, key=len, reverse=True)
)


_ALIAS_ACTORS: dict[str, KnownActor] = {
    alias: actor for actor in reversed(KNOWN_ACTORS) for alias in actor.aliases
}
_ANY_ALIAS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(_ALIAS_ACTORS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def names_known_actor(text: str, kinds: frozenset[str]) -> bool:
    """True when ``text`` names a dictionary actor of one of ``kinds``: one pass of one
    pattern, cheap enough to ask of every sentence."""
    return any(_ALIAS_ACTORS[m.group(0).lower()].kind in kinds for m in _ANY_ALIAS.finditer(text))


def known_actor_spans(text: str) -> list[tuple[int, int, KnownActor]]:
    """(start, end, actor) of every dictionary alias written in ``text``, left to right."""
    return [
        (m.start(), m.end(), _ALIAS_ACTORS[m.group(0).lower()]) for m in _ANY_ALIAS.finditer(text)
    ]


def match_known_actor(text: str) -> KnownActor | None:
    """The dictionary actor named in ``text`` (the longest alias wins), if any."""
    best: tuple[int, KnownActor] | None = None
    for pattern, actor in _ALIAS_INDEX:
        match = pattern.search(text)
        if match and (best is None or len(match.group(0)) > best[0]):
            best = (len(match.group(0)), actor)
    return best[1] if best else None
