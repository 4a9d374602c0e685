"""Place mentions in a sentence, with the relation words the geocoder needs.

Names used as modifiers ("U.S. embassy", "Iraqi forces") are not where anything happened
and are skipped; "Iraq's capital" is one mention; "50 km north of Mosul" carries its
relation and distance; "the embassy in Baghdad" carries the site noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from eventwire.extract.actors import SITE_NOUNS
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.parse import read_mention
from eventwire.nlp.sentences import Sentence

DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "outskirts",
    }
)
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "near",
        "at",
        "outside",
        "around",
        "across",
        "inside",
        "on",
        "into",
        "of",
        "from",
        "to",
        "toward",
        "towards",
        "between",
        "within",
        "through",
        "along",
        "off",
    }
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
AREA_WORDS = frozenset(
    {"capital", "province", "governorate", "state", "region", "district", "city", "town", "village"}
    | {"municipality", "department", "oblast", "county", "commune", "cercle", "territory"}
)
"""Nouns that say what kind of place the name before them is: "Cucuta municipality, Norte de
Santander department" (GTD summaries name every place so)."""


def find_places(
    sentence: Sentence,
    *,
    in_event_sentence: bool,
    is_known_place: Callable[[str], bool],
    keep_modifiers: bool = False,
    is_demonym: Callable[[str], bool] | None = None,
    is_notable_place: Callable[[str], bool] | None = None,
) -> list[PlaceMention]:
    """Place mentions of one sentence, in text order.

    The event extractor wants only where things happened, so by default names used as
    modifiers ("U.S. embassy") are skipped. A geoparser wants every place the text names:
    ``keep_modifiers`` keeps them, ``is_demonym`` adds country adjectives ("Iraqi
    forces" names Iraq) tagged NORP, and ``is_notable_place`` adds capitalised names the
    parser missed or took for part of an organisation ("Alexandria Police", "MANSFIELD
    --") when the gazetteer knows them as a sizeable place.
    """
    found: list[PlaceMention] = []
    covered: set[int] = set()
    for entity in sentence.span.ents:
        demonym = is_demonym is not None and entity.label_ == "NORP" and is_demonym(entity.text)
        if (
            entity.label_ not in PLACE_LABELS
            and not demonym
            and not (
                entity.label_ in ("PERSON", "ORG", "NORP")
                and (
                    _locative(entity.root)
                    or (not keep_modifiers and _names_area(entity.root))
                    or (keep_modifiers and _names_site(entity.root))
                )
                and is_known_place(entity.text)
            )
            and not (keep_modifiers and _notable_name(entity, is_notable_place))
        ):
            continue
        mention = _mention(
            sentence,
            entity.root,
            entity.start_char,
            entity.end_char,
            in_event_sentence,
            keep_modifiers=keep_modifiers or demonym,
        )
        if mention is not None:
            found.append(mention)
            covered.update(range(entity.start, entity.end))
    for token in sentence.span:
        if (
            token.i not in covered
            and token.pos_ == "PROPN"
            and token.dep_ == "pobj"
            and _locative(token)
            and token.ent_type_ in _UNTAGGED
        ):
            start = min(t.idx for t in token.subtree if t.dep_ == "compound" or t is token)
            end = token.idx + len(token.text)
            text = sentence.span.doc.text[start:end]
            if is_known_place(text):
                mention = _mention(
                    sentence, token, start, end, in_event_sentence, keep_modifiers=keep_modifiers
                )
                if mention is not None:
                    found.append(mention)
                    covered.add(token.i)
    if is_notable_place is not None:
        taken = covered | {t.i for e in sentence.span.ents if e.label_ == "PERSON" for t in e}
        found += _spotted(sentence, taken, is_notable_place)
    else:
        found += _named_areas(sentence, found, is_known_place, in_event_sentence)
    found = _joined_names(sentence, found, is_known_place)
    found = [_with_leading_words(sentence, m, is_known_place) for m in found]
    found = _qualified(sentence, found, is_known_place, in_event_sentence)
    found = _comma_qualified(
        sentence.span.doc.text, sentence.base, found, is_known_place, possessives=not keep_modifiers
    )
    found.sort(key=lambda m: m.start)
    return found


_UNTAGGED = frozenset({"", "TIME"})
"""Entity types a place name after a preposition may wrongly carry: none, or a time the
tagger ran it into ("launched at Kyiv overnight" tags "Kyiv overnight" as a TIME)."""


_LEADING_WORDS = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’]*(?:-[a-z]{1,2})?\s+(?:(?:da|de|do|dos|das|del|di|du|la|le"
    r"|el|al|e|i|y)\s+)?){1,2}$"
)
"""Capitalised words (with a hyphenated or free particle) before a mention: "Mocimboa da"
of "Mocimboa da Praia", "Dasht-e" of "Dasht-e Archi"."""


def _with_leading_words(
    sentence: Sentence, mention: PlaceMention, is_known_place: Callable[[str], bool]
) -> PlaceMention:
    """ "Mocimboa da Praia district", "Dasht-e Archi district": the parser often tags only
    the last word of a name with a particle inside it, and that word alone is another
    place (Praia is Cape Verde's capital). The longer name is taken when it is known."""
    text = sentence.span.doc.text
    start = mention.start - sentence.base
    lead = _LEADING_WORDS.search(text, max(sentence.span.start_char, start - 40), start)
    if lead is None or lead.start() == sentence.span.start_char:
        return mention
    longer = text[lead.start() : mention.end - sentence.base]
    if not is_known_place(read_mention(longer).core):
        return mention
    return replace(mention, text=longer, start=sentence.base + lead.start())


def _joined_names(
    sentence: Sentence, found: list[PlaceMention], is_known_place: Callable[[str], bool]
) -> list[PlaceMention]:
    """ "Jammu and Kashmir state", "Trinidad and Tobago": two mentions joined by "and"
    that together name a known place are that place (the parser splits them, and the
    first half alone is another place: Jammu city is 150 km from Pulwama). Two places
    named together ("Sindh and Balochistan") stay two."""
    text = sentence.span.doc.text
    base = sentence.base
    out: list[PlaceMention] = []
    for mention in sorted(found, key=_start):
        previous = out[-1] if out else None
        if (
            previous is not None
            and text[previous.end - base : mention.start - base] == " and "
            and is_known_place(read_mention(text[previous.start - base : mention.end - base]).core)
        ):
            out[-1] = replace(
                mention, text=text[previous.start - base : mention.end - base], start=previous.start
            )
            continue
        out.append(mention)
    return out


_BRACKET = re.compile(r"\(([^()\n]{2,80})\)")
_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:[A-Z][\w'’.]*[ -]|(?:al|el|ez|es|de|du|del|la|le|bin|ibn) "
    r"|(?:al|el|ad|ash|as|ar|an|at|az|ez|es|ed|en|er)-)*[A-Z][\w'’.]*"
    r"(?:-(?:[a-z]{1,4}-)+[A-Z][\w'’.]*)?)"  # "Port-au-Prince"
    r"(?P<kind>\s+(?:city|town|village|district|area|locality|commune|county|sub-county"
    r"|neighbou?rhood|camp|province|region|governorate|state|airport|air ?base|base"
    r"|market|prison|border crossing|mountains?|hills?|valley|forest|desert|river|lake"
    r"|island|border area|highway))?\s*$"
)
_MAX_QUALIFIER_WORDS = 4


def _qualified(
    sentence: Sentence,
    found: list[PlaceMention],
    is_known_place: Callable[[str], bool],
    in_event_sentence: bool,
) -> list[PlaceMention]:
    """ "in Beni (Nord-Kivu)", "in Hays district (Al Hudaydah)": a name followed by its
    district or region in brackets, the way coders' notes and regional reports write it.
    The bracketed names become the mention's ``within`` (and stop competing as places of
    their own); a name the parser missed or took for a person is still taken. Brackets
    holding acronyms ("(ENDF)"), unknown words or anything but short names are left alone.
    """
    text = sentence.span.doc.text
    begin, finish = sentence.span.start_char, sentence.span.end_char
    for bracket in _BRACKET.finditer(text, begin, finish):
        parts = [part.strip() for part in bracket.group(1).split(",")]
        if not all(_is_qualifier(part, is_known_place) for part in parts):
            continue
        named = _NAME_BEFORE.search(text, begin, bracket.start())
        if named is None:
            continue
        start, end = sentence.base + named.start(), sentence.base + named.end("name")
        if named.group("kind"):
            end = sentence.base + named.end("kind")
        inner = (sentence.base + bracket.start(), sentence.base + bracket.end())
        previous = next((m for m in found if start <= m.start < end), None)
        found = [m for m in found if not (inner[0] <= m.start < inner[1]) and m is not previous]
        found.append(
            PlaceMention(
                text=text[start - sentence.base : end - sentence.base],
                start=start,
                end=end,
                in_event_sentence=previous.in_event_sentence if previous else in_event_sentence,
                relation=previous.relation if previous else _preposition_before(text, named),
                distance_km=previous.distance_km if previous else None,
                site=previous.site if previous else None,
                within=tuple(parts),
            )
        )
    return found


_COMMA_NAME = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w'’-]*(?: (?:(?:al|el|ad|ed|ash|as|ar|an|at|az|ez|es|de|du|del"
    r"|da|do|dos|la|le|bin|ibn) )?[A-Z][\w'’-]*){0,2})"
    r"(?P<kind> (?:town|city|village|district|municipality|province|governorate|county|region"
    r"|department|state|township|commune|prefecture))?"
)
"""A comma, then a capitalised name ("Salah ad Din" with its particles) and its kind."""
_MAX_QUALIFIERS = 3


def _comma_qualified(
    text: str,
    base: int,
    found: list[PlaceMention],
    is_known_place: Callable[[str], bool],
    *,
    possessives: bool,
) -> list[PlaceMention]:
    """ "in Kech, Balochistan", "Maiduguri, Borno state, Nigeria": a place followed by a
    comma and another place name may be qualified by it (or be one item of a list, so the
    qualifier is loose: it picks among the name's candidates, nothing more). The second
    name counts even when the parser took it for an organisation. With ``possessives``,
    "Nigeria's Zamfara state" is read the same way (the event view; the geoparser keeps the
    parser's spans)."""
    out: list[PlaceMention] = []
    if possessives:
        found = [_split_possessor(m, is_known_place) for m in found]
    for mention in sorted(found, key=_start):
        after = _COMMA_NAME.match(text, mention.end - base)
        before = mention.start - base
        owner = _POSSESSOR.search(text, max(0, before - 60), before) if possessives else None
        if mention.within:
            out.append(mention)
        elif owner is not None and is_known_place(owner.group("name")):
            # "Nigeria's Borno state"; loose, as the owner may be ambiguous ("Congo's")
            out.append(replace(mention, within=(owner.group("name"),), within_loose=True))
        elif (
            after is not None
            and is_known_place(after.group("name"))
            and not _LIST_GOES_ON.match(text, after.end())
        ):
            within = _qualifier_chain(text, after, is_known_place)
            out.append(replace(mention, within=within, within_loose=True))
        else:
            out.append(mention)
    return out


def _qualifier_chain(
    text: str, first: re.Match[str], is_known_place: Callable[[str], bool]
) -> tuple[str, ...]:
    """ "Palma town, Palma district, Cabo Delgado province, Mozambique": every container
    the commas name, most specific first, so the town is sought in all of them."""
    names = [first.group("name")]
    end = first.end()
    while len(names) < _MAX_QUALIFIERS:
        following = _COMMA_NAME.match(text, end)
        if following is None or not is_known_place(following.group("name")):
            break
        if _LIST_GOES_ON.match(text, following.end()):
            break
        names.append(following.group("name"))
        end = following.end()
    return tuple(names)


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+[A-Z]")
"""After "X, Y": "and Z" makes the three a list ("stops in Washington, New York and
Boston"), not X inside Y."""


def _start(mention: PlaceMention) -> int:
    return mention.start


_LEADING_POSSESSOR = re.compile(r"^(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:'s|’s)\s+(?=[A-Z])")


def _split_possessor(mention: PlaceMention, is_known_place: Callable[[str], bool]) -> PlaceMention:
    """One entity "Pakistan's Punjab province" -> "Punjab province" within Pakistan."""
    owner = _LEADING_POSSESSOR.match(mention.text)
    if owner is None or mention.within or not is_known_place(owner.group("name")):
        return mention
    return replace(
        mention,
        text=mention.text[owner.end() :],
        start=mention.start + owner.end(),
        within=(owner.group("name"),),
        within_loose=True,
    )


_POSSESSOR = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:'s|’s)\s+(?:[a-z][\w-]*\s+)?$"
)


_ACRONYM = re.compile(r"^(?=(?:\w*[A-Z]){2})[A-Za-z]{2,5}$")
"""A short word with two or more capitals ("JeM", "TeK") is an acronym, not a district."""


def _is_qualifier(part: str, is_known_place: Callable[[str], bool]) -> bool:
    words = part.split()
    return (
        0 < len(words) <= _MAX_QUALIFIER_WORDS
        and part[:1].isupper()
        and not (len(words) == 1 and (part.isupper() or _ACRONYM.match(part)))
        and (is_known_place(part) or (len(words) > 1 and is_known_place(words[-1])))
    )


def _preposition_before(text: str, named: re.Match[str], offset: int = 0) -> str | None:
    words = text[: named.start() - offset].split()
    return words[-1].lower() if words and words[-1].lower() in LOCATIVE_PREPOSITIONS else None


_NAMED_AREA = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) "
    r"(?:town|city|village|district|municipality|province|governorate|county|region"
    r"|department|township|commune|locality|local government area|cercle)\b"
)


def _named_areas(
    sentence: Sentence,
    found: list[PlaceMention],
    is_known_place: Callable[[str], bool],
    in_event_sentence: bool,
) -> list[PlaceMention]:
    """ "the main market of Anantnag town", "a rural area of Saravena municipality": a
    capitalised name the parser did not tag, said with the kind of place it is, when the
    gazetteer knows it. The kind word stays in the mention (it tells a town from a
    division)."""
    text = sentence.span.doc.text
    begin, finish = sentence.span.start_char, sentence.span.end_char
    base = sentence.base
    taken = [(m.start - base, m.end - base) for m in found]
    added: list[PlaceMention] = []
    for match in _NAMED_AREA.finditer(text, begin, finish):
        name = match.group("name")
        start, end = match.start(), match.end()
        if match.start() == begin or any(a < end and start < b for a, b in taken):
            continue  # a sentence's first word is capitalised anyway
        if not is_known_place(name):
            continue
        added.append(
            PlaceMention(
                text=text[start:end],
                start=base + start,
                end=base + end,
                in_event_sentence=in_event_sentence,
                relation=_preposition_before(text[begin:], match, offset=begin),
            )
        )
    return added


_MAX_NAME_TOKENS = 4
_GENERIC_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "new", "upper", "lower", "greater", "federal",
     "state", "city", "county", "university", "village", "street", "center", "centre", "union",
     "national", "royal", "grand", "mount", "port", "lake", "river", "bay", "island", "valley"}
)  # fmt: skip
"""Words that open many names without being places of their own ("South Kilburn Estate")."""
_SPOT_LABELS = frozenset({"", "ORG", "FAC", "GPE", "LOC"})
"""Entity labels a spotted name may start (not persons, works of art, products ...)."""


def _spotted(
    sentence: Sentence, taken: set[int], is_notable_place: Callable[[str], bool]
) -> list[PlaceMention]:
    """Runs of capitalised proper nouns outside places and persons whose first words name
    a notable place ("Alexandria Police" -> Alexandria). Only prefixes are tried: the last
    word of "Royal Street" or "Colorado State University" is not a place of its own."""
    tokens = list(sentence.span)
    text = sentence.span.doc.text
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        run = 0
        while (
            i + run < len(tokens)
            and tokens[i + run].i not in taken
            and tokens[i + run].pos_ == "PROPN"
            and tokens[i + run].text[:1].isupper()
            and (tokens[i + run].ent_iob_ != "B" or run == 0)
        ):
            run += 1
        if run and tokens[i].ent_type_ not in _SPOT_LABELS:
            run = 0
        for size in range(min(run, _MAX_NAME_TOKENS), 0, -1):
            first, last = tokens[i], tokens[i + size - 1]
            start, end = first.idx, last.idx + len(last.text)
            if (size > 1 or first.lower_ not in _GENERIC_WORDS) and is_notable_place(
                text[start:end]
            ):
                found.append(
                    PlaceMention(
                        text[start:end],
                        sentence.base + start,
                        sentence.base + end,
                        in_event_sentence=False,
                    )
                )
                break
        i += max(run, 1)
    return found


SITE_HEADS = SITE_NOUNS | {"garrison", "camp", "airfield", "airbase", "crossing", "field"}


def _notable_name(entity: Any, is_notable_place: Callable[[str], bool] | None) -> bool:
    """A name of several words the parser took for a person or an organisation that is
    a notable place's whole name: a state or country speaking through its government
    ("Tamil Nadu said", "Tamil Nadu contended"). One-word names stay out: "Jordan",
    "Georgia" and "Chad" are people too."""
    return (
        is_notable_place is not None
        and entity.label_ in ("PERSON", "ORG")
        and len(entity) > 1
        and is_notable_place(entity.text)
    )


def _names_site(token: Any) -> bool:
    """ "Ain al-Asad air base", "al-Hol camp": a name the parser took for a person or an
    organisation, modifying a facility noun."""
    return bool(token.dep_ == "compound" and token.head.lemma_.lower() in SITE_HEADS)


def _names_area(token: Any) -> bool:
    """ "Yala city", "Herat province": a name the parser took for a person or a people,
    naming the kind of place it is."""
    return bool(token.dep_ in ("compound", "amod", "nmod") and token.head.lower_ in AREA_WORDS)


def _locative(token: Any) -> bool:
    return bool(token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS)


def _mention(
    sentence: Sentence,
    root: Any,
    start_char: int,
    end_char: int,
    in_event_sentence: bool,
    *,
    keep_modifiers: bool = False,
) -> PlaceMention | None:
    text = sentence.span.doc.text
    modifier = root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN")
    if modifier or root.dep_ == "poss":
        if root.head.lower_ in AREA_WORDS:
            end_char = root.head.idx + len(root.head.text)
        elif not keep_modifiers:
            return None
    relation, distance, site = _relation(root)
    if site is None and root.idx > start_char and root.lemma_.lower() in SITE_HEADS:
        site = root.lemma_.lower()  # "Timbuktu airport": the facility names its own town
    base = sentence.base
    return PlaceMention(
        text=text[start_char:end_char],
        start=base + start_char,
        end=base + end_char,
        in_event_sentence=in_event_sentence,
        relation=relation,
        distance_km=distance,
        site=site,
        said_where=_said_where(root),
    )


REPORTING_VERBS = frozenset(
    {"say", "report", "announce", "tell", "state", "declare", "release", "issue", "publish",
     "broadcast", "confirm", "add", "quote", "speak", "deny", "reveal", "disclose", "inform",
     "comment", "write", "post", "explain"}
)  # fmt: skip
"""Verbs whose place is where something was said ("his party reported in Mexico City"),
when they take no object: in "police confirmed the blast in Kandahar" the place may be the
blast's, wherever the parser hangs it."""
STANCE_VERBS = REPORTING_VERBS | {
    "condemn", "blame", "accuse", "warn", "urge", "vow", "denounce", "welcome", "criticize",
    "criticise", "demand", "call", "express", "protest",
}  # fmt: skip
"""Verbs whose subject speaks about an event ("Iran condemns deadly Iraq attack") rather
than says where it was."""
SEAT_VERBS = frozenset({"base", "headquarter", "headquartered", "exile"})
"""Verbs whose place is where a speaker sits ("the Observatory, which is based in Britain")."""
SEAT_NOUNS = frozenset({"office", "offices", "headquarters", "headquarter", "seat"})
"""Subjects whose place is a seat: "whose main offices are in Mexico"."""


def _said_where(root: Any) -> str | None:
    """ "said" when the name is where a report was made: the object of a preposition
    attached to a reporting verb with no object ("reported in Mexico City") or inside an
    "according to" phrase ("according to family sources in Caracas"). "seat" when it is
    where a speaker sits: attached to "based"/"headquartered" or to "be" with an office as
    subject ("whose main offices are in Mexico"). "speaker" when it is the subject of a verb
    of speaking or stance ("Iran condemns ...")."""
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in STANCE_VERBS:
        return "speaker"
    if root.dep_ != "pobj":
        return None
    governor = root.head.head
    lemma = governor.lemma_.lower()
    if governor.pos_ in ("VERB", "AUX") and lemma in SEAT_VERBS:
        return "seat"
    if lemma == "be" and any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in SEAT_NOUNS
        for child in governor.children
    ):
        return "seat"
    if (
        governor.pos_ == "VERB"
        and lemma in REPORTING_VERBS
        and not any(child.dep_ == "dobj" for child in governor.children)
    ):
        return "said"
    if any(token.lower_ == "according" for token in _ancestors(root.head, 4)):
        return "said"
    return None


def _ancestors(token: Any, limit: int) -> list[Any]:
    found: list[Any] = []
    while token.head is not token and len(found) < limit:
        token = token.head
        found.append(token)
    return found


def _relation(root: Any) -> tuple[str | None, float | None, str | None]:
    if root.dep_ != "pobj":
        return None, None, None
    preposition = root.head
    relation: str | None = preposition.lower_
    distance: float | None = None
    governor = preposition.head
    if relation == "of" and governor.lower_ in DIRECTIONS:
        relation = f"{governor.lower_} of"
        for token in governor.subtree:
            if token.like_num and token.i < governor.i:
                try:
                    distance = float(token.text.replace(",", ""))
                except ValueError:
                    distance = None
    site = None
    for candidate in (governor, governor.head):
        if candidate.pos_ in ("NOUN", "PROPN") and candidate.lemma_.lower() in SITE_NOUNS:
            site = candidate.lemma_.lower()
            break
    return relation, distance, site
