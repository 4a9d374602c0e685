"""Aliases for gold actor names, so the evaluation scores who, not how it is spelled.

Gold data sets name actors in their own house style: UCDP "Government of Iraq" and "IS",
ACLED "Military Forces of Iraq (2014-2018)" and "Islamic State (Iraq)", MUC-4 lists the
text's own alternatives ("FMLN" / "FARABUNDO MARTI NATIONAL LIBERATION FRONT"). Reports say
"Iraqi troops", "Islamic State militants", "Daesh". `expand` maps a gold name to the names a
report may use for the same actor:

- a state ("Government of X", "Military/Police Forces of X") matches the country's
  adjective and the state-force words of news ("Iraqi army", "soldiers", "police",
  "security forces", "troops"): within one event a report's "soldiers" are the state's;
- well-known groups get their common aliases (table below: a few dozen entries covering
  UCDP Iraq, ACLED's largest actors and the MUC-4 Latin American groups);
- anything else matches its own folded name.

The table is deliberately independent of eventwire's extraction dictionary
(``extract.actor_dictionary``): an alias missing there must show up as an error here.
"""

from __future__ import annotations

import re

from eventwire.evaluate.gold import Names

STATE_WORDS: Names = (
    "army", "soldiers", "soldier", "troops", "military", "police", "policemen",
    "security forces", "armed forces", "government forces", "government", "national guard",
    "state forces", "national police", "air force", "navy", "authorities", "counterterrorism",
    "counter terrorism", "federal police", "special forces", "patrol",
)  # fmt: skip

DEMONYMS: dict[str, Names] = {
    "iraq": ("iraqi", "iraq s", "iraq"),
    "turkey": ("turkish", "turkey", "turkiye"),
    "iran": ("iranian", "iran"),
    "syria": ("syrian", "syria"),
    "united states of america": ("us", "u s", "american", "united states", "coalition"),
    "united states": ("us", "u s", "american", "united states", "coalition"),
    "united kingdom": ("british", "uk", "britain"),
    "el salvador": ("salvadoran", "salvadorean"),
    "colombia": ("colombian",),
    "peru": ("peruvian",),
    "guatemala": ("guatemalan",),
    "honduras": ("honduran",),
    "chile": ("chilean",),
    "bolivia": ("bolivian",),
    "ecuador": ("ecuadorian", "ecuadoran"),
    "nigeria": ("nigerian",),
    "somalia": ("somali",),
    "afghanistan": ("afghan",),
    "pakistan": ("pakistani",),
    "israel": ("israeli", "idf"),
    "russia": ("russian",),
    "ukraine": ("ukrainian",),
    "sudan": ("sudanese", "saf"),
    "mali": ("malian", "fama"),
}

GROUP_ALIASES: tuple[Names, ...] = (
    ("is", "islamic state", "isis", "isil", "daesh", "islamic state of iraq", "isi",
     "al qaeda in iraq", "al qaida in iraq", "aqi", "jihadists", "jihadist"),
    ("pkk", "kurdistan workers party", "kurdistan workers", "kurdish rebels",
     "kurdish militants"),
    ("al mahdi army", "mahdi army", "jaish al mahdi", "sadr", "sadrist", "shiite militia"),
    ("ansar al islam", "ansar al sunna"),
    ("kurdistan democratic party", "kdp", "peshmerga"),
    ("patriotic union of kurdistan", "puk", "peshmerga"),
    ("hashd", "popular mobilization", "pmf", "pmu", "hashed al shaabi", "shiite militia"),
    ("kataib hezbollah", "kataib hizbollah", "islamic resistance in iraq"),
    ("al shabaab", "al shabab", "shabaab"),
    ("taliban",),
    ("houthis", "houthi", "ansar allah"),
    ("boko haram", "jas"),
    ("iswap", "islamic state west africa"),
    ("fmln", "farabundo marti national liberation front", "farabundo marti"),
    ("urng", "guatemalan national revolutionary unity"),
    ("shining path", "sendero luminoso", "sl"),
    ("mrta", "tupac amaru revolutionary movement", "tupac amaru"),
    ("eln", "army of national liberation", "national liberation army"),
    ("farc", "revolutionary armed forces of colombia"),
    ("m 19", "april 19 movement"),
    ("epl", "popular liberation army"),
    ("extraditables", "medellin cartel", "drug traffickers", "narcoterrorists"),
)  # fmt: skip

_STATE = re.compile(
    r"^(?:government|military forces|police forces|armed forces|security forces) of (?:the )?"
    r"(?P<country>.+?)(?: \d.*)?$"
)


def expand(name: str) -> Names:
    """Every name a report may use for the gold actor ``name`` (folded, lower case)."""
    from eventwire.evaluate.gold import fold

    folded = fold(name)
    if not folded:
        return ()
    names: list[str] = [folded]
    state = _STATE.match(folded)
    if state:
        country = state.group("country").strip()
        names += [*DEMONYMS.get(country, (country,)), *STATE_WORDS]
    for group in GROUP_ALIASES:
        if folded in group or any(re.search(rf"\b{re.escape(a)}\b", folded) for a in group[1:]):
            names += group
    if folded.startswith("civilians") or folded == "civilian":
        names += ["civilians", "civilian", "people", "residents", "villagers", "worshippers"]
    if folded.startswith("protesters"):
        names += ["protesters", "demonstrators"]
    return tuple(dict.fromkeys(names))
