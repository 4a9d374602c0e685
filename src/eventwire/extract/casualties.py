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
    r"|Iraqis|Syrians|Afghans|Palestinians|Israelis|Ukrainians|Nigerians|Somalis|security forces"
)
_PEOPLE = rf"(?:of them|of the \w+|of whom|(?:[\w.'-]+[ -]){{0,3}}?(?:{_GROUP_NOUNS}))"
"""A group of people after a count: "people", "Islamic State militants", "of the attackers"."""
_ONE_PERSON = (
    r"(?:(?:\w+ )?(?:civilian|soldier|policeman|police officer|officer|child|woman|man|boy|girl"
    r"|student|worker|guard|farmer|peasant|journalist|fighter|militant|guerrilla|passer-by"
    r"|bystander|resident|villager|teacher|doctor|nurse|official|driver|member|person|judge"
    r"|mayor|candidate|leader|priest|businessman|trader|councillor|lawyer|activist|captain"
    r"|chief|chairman|commander|politician|elder|cleric|imam|pastor|vendor|suspect|shopkeeper"
    r"|headman|teenager|pilgrim|worshipper))"
)
_KILLED_WORDS = (
    r"(?:killed|dead|died|slain|shot dead|murdered|executed|beheaded|lost their lives"
    r"|(?:shot|hacked|beaten|stabbed|burned|burnt|stoned|tortured) to death"
    r"|lost his life|lost her life|perished|massacred|killing|kill|neutrali[sz]ed)"
)
_TO_DEATH = (
    r"(?:beat|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|burned|burnt|burning"
    r"|clubbed|tortured)"
)
"""Verbs of "beat a man to death", "hacked two villagers to death"."""
_INJURED_WORDS = r"(?:wounded|injured|hurt|injuring|wounding|maimed)"
_Q = rf"(?P<q>{QUANTITY})"
_INCLUDING = r"(?:,? (?:including|among them|among whom) [^,.;]{1,60},)?"
""""26 people, including 4 assailants, were killed": the total counts, the part is in it."""
_SINGLE_GROUP = (
    r"(?:assailant|attacker|gunman|bomber|soldier|civilian|policeman|police officer|officer"
    r"|militant|fighter|insurgent|rebel|person|child|woman|man|guard|member)"
)
_FILLER = r"(?:(?!and\b|killing\b|killed\b|injuring\b|wounding\b)\w+ ){0,2}?"
"""Up to two words between a count and its verb, never crossing into another clause."""

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
        rf"{_INJURED_WORDS}\b",
    ),
    # "killed three soldiers", "killing at least five", "leaving five dead"
    (
        "killed",
        rf"\b(?:killed|killing|kills|kill|executed|executing|massacred|shot dead|murdered"
        rf"|assassinated|beheaded|gunned down|slaughtered|lynched)\s+{_Q}"
        rf"(?! (?:year|month|week|day|hour|minute|km|kilomet|mile|percent|%))\b",
    ),
    (
        "injured",
        rf"\b(?:wounded|wounding|injured|injuring|hurt|hurting)\s+{_Q}"
        rf"(?! (?:year|month|week|day|hour|minute|km|kilomet|mile|percent|%))\b",
    ),
    (
        "killed",
        rf"\b(?:killed|killing|shot dead|executed|murdered|assassinated|beheaded|gunned down"
        rf"|lynched) (?P<q>an?) {_ONE_PERSON}\b",
    ),
    (
        "injured",
        rf"\b(?:wounded|wounding|injured|injuring|hurt|hurting) (?P<q>an?)"
        rf" {_ONE_PERSON}\b",
    ),
    (
        "killed",
        rf"\b(?P<q>an?|one) {_ONE_PERSON} (?:was |has been |had been )?(?:also )?"
        rf"(?:killed|shot dead|murdered|executed|beheaded)\b",
    ),
    (
        "injured",
        rf"\b(?P<q>an?|one) {_ONE_PERSON} (?:was |has been |had been )?(?:also )?"
        rf"(?:seriously |critically |slightly )?(?:wounded|injured|hurt)\b",
    ),
    # "beat a man to death", "hacked two villagers to death"
    ("killed", rf"\b{_TO_DEATH} {_Q} (?:{_PEOPLE}) to death\b"),
    ("killed", rf"\b{_TO_DEATH} (?P<q>an?) {_ONE_PERSON} to death\b"),
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
    ("killed", rf"\b(?:leaving|left) {_Q} (?:{_PEOPLE} )?(?:dead|killed)\b"),
    ("injured", rf"\b(?:leaving|left) {_Q} (?:{_PEOPLE} )?(?:wounded|injured|hurt)\b"),
    # "the death toll rose to 7", "the toll stood at 12"
    (
        "killed",
        rf"\b(?:death toll|toll|number of (?:dead|deaths|fatalities))(?: [\w'’-]+){{0,6}}?"
        rf" (?:to|at|of|reached|is|was|hit|climbed to|rose to) {_Q}\b",
    ),
    ("killed", rf"\b{_Q} (?:dead|deaths|fatalities|bodies|casualties and (?:\w+ )?wounded)\b"),
    ("injured", rf"\b{_Q} (?:wounded|injured|injuries)\b(?! (?:were|was|have))"),
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
        r"(?:immediate |reported |human )?casualties\b",
    ),
    (
        ("killed", "injured"),
        r"\bno (?:one|body|people|person) (?:was|were|has been|had been"
        r") (?:killed or (?:injured|wounded|hurt)|(?:injured|wounded|hurt)"
        r" or killed|harmed)\b",
    ),
    (("killed", "injured"), r"\b(?:unharmed|unscathed)\b"),
    (
        ("killed", "injured"),
        r"\b(?:did not|didn't|failed to) (?:cause|result in|leave) any (?:casualties|victims)\b",
    ),
    (("injured",), r"\b(?:did not|didn't) (?:cause|result in|leave) any (?:injuries|injured)\b"),
    (("killed",), r"\b(?:did not|didn't) (?:cause|result in|leave) any (?:deaths|dead)\b"),
    (("injured",), r"\b(?:no|without) (?:immediate |reported )?(?:injuries|wounded)\b"),
    (("injured",), r"\bno (?:one|body) (?:was|were|has been) (?:injured|wounded|hurt)\b"),
    (
        ("killed",),
        r"\b(?:no|without) (?:immediate |reported )?(?:deaths|fatalities|loss of life)\b",
    ),
    (("killed",), r"\bno (?:one|body) (?:was|were|has been) killed\b"),
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
    r"|journalists|bombers?)\b",
    re.IGNORECASE,
)
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


_COORDINATED = re.compile(
    rf"\b(?P<q1>{QUANTITY}) (?P<g1>{_PEOPLE}|{_SINGLE_GROUP}) and (?P<q2>{QUANTITY})"
    rf" (?P<g2>{_PEOPLE}|{_SINGLE_GROUP}) "
    rf"(?:were|have been|had been|are) (?:\w+ )?(?P<verb>{_KILLED_WORDS}|{_INJURED_WORDS})\b",
    re.IGNORECASE,
)
""""5 soldiers and 12 militants were killed": two groups, one verb."""


_QUOTE_AROUND_WORD = re.compile(r"(?<=\s)[\"'“‘]|[\"'”’](?=[\s,.;:])")


def find_casualties(text: str, offset: int = 0) -> list[CasualtyMention]:
    """Casualty mentions in one sentence; offsets are ``offset`` + position in ``text``.

    Quotation marks around words ("kill 'dozens' of militants") are read as spaces: same
    length, so offsets stay exact.
    """
    text = _QUOTE_AROUND_WORD.sub(" ", text)
    found: list[CasualtyMention] = []
    for match in _COORDINATED.finditer(text):
        kind: Kind = "injured" if re.fullmatch(_INJURED_WORDS, match["verb"], re.I) else "killed"
        for number_key, group_key in (("q1", "g1"), ("q2", "g2")):
            quantity = parse_quantity(match[number_key])
            if quantity is not None:
                found.append(
                    CasualtyMention(
                        kind,
                        quantity,
                        offset + match.start(number_key),
                        offset + match.end(),
                        text[match.start(number_key) : match.end()],
                        _group(match[group_key]),
                    )
                )
    for kinds, pattern in _NONE_PATTERNS:
        for match in pattern.finditer(text):
            for kind in kinds:
                found.append(_mention(kind, Quantity(0, 0, 0), match, offset))
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            number = match.group("q")
            quantity = Quantity(1, 1, 1) if number.lower() == "victim" else parse_quantity(number)
            if quantity is None or _looks_like_year(number):
                continue
            if any(m.kind == kind and m.start <= offset + match.start() < m.end for m in found):
                continue
            if re.search(r"\balso\b", match.group(0), re.IGNORECASE):
                quantity = Quantity(quantity.low, quantity.best, quantity.high, additive=True)
            group = _group(match.group(0)) or _group(text[match.end() : match.end() + 25], True)
            found.append(_mention(kind, quantity, match, offset, group))
    return found


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
    }
)
_KILL_LEMMAS = frozenset({"kill", "murder", "assassinate", "behead", "execute", "slay", "lynch"})
_INJURE_LEMMAS = frozenset({"wound", "injure", "hurt"})


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
        shot_dead = lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children)
        kind: Kind | None = "killed" if lemma in _KILL_LEMMAS or shot_dead else None
        if lemma in _INJURE_LEMMAS:
            kind = "injured"
        if kind is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        for victim in verb.children:
            if victim.dep_ not in ("nsubjpass", "dobj") or victim.tag_ not in ("NN", "NNP"):
                continue
            if not (victim.ent_type_ == "PERSON" or victim.lemma_.lower() in PERSON_NOUNS):
                continue
            if any(c.dep_ == "nummod" for c in victim.children):
                continue  # counted by the number patterns
            start = base + min(victim.left_edge.idx, verb.idx)
            end = base + max(victim.idx + len(victim), verb.idx + len(verb))
            if any(m.kind == kind and m.start < end and start < m.end for m in already):
                continue
            text = span.doc.text[start - base : end - base]
            found.append(
                CasualtyMention(kind, Quantity(1, 1, 1), start, end, text, f"person:{victim.i}")
            )
    return found
