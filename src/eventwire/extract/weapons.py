"""Weapons named in a report, with counts where the text gives them.

"two rockets" and "two rounds of rocket fire" are both ``{"kind": "rocket", "count": 2}``:
the count is read from a number on the weapon noun, or on the "rounds/salvo/volley" noun
the weapon word modifies through "of".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from eventwire.extract.numbers import word_to_int
from eventwire.models import Weapon

WEAPON_KINDS: dict[str, str] = {
    "rocket": "rocket",
    "katyusha": "rocket",
    "rpg": "rocket",
    "mortar": "mortar",
    "missile": "missile",
    "shell": "artillery",
    "artillery": "artillery",
    "howitzer": "artillery",
    "drone": "drone",
    "uav": "drone",
    "airstrike": "airstrike",
    "warplane": "airstrike",
    "jet": "airstrike",
    "grenade": "grenade",
    "ied": "ied",
    "landmine": "landmine",
    "mine": "landmine",
    "gun": "firearm",
    "firearm": "firearm",
    "gunman": "firearm",
    "gunmen": "firearm",
    "rifle": "firearm",
    "pistol": "firearm",
    "kalashnikov": "firearm",
    "ak-47": "firearm",
    "gunfire": "firearm",
    "machine-gun": "firearm",
    "knife": "knife",
    "machete": "machete",
    "axe": "machete",
    "bomb": "explosive",
    "explosive": "explosive",
    "dynamite": "explosive",
    "vest": "suicide vest",
    "chlorine": "chemical",
    "sarin": "chemical",
    "acid": "chemical",
    "molotov": "incendiary",
    "petrol": "incendiary",
    "gasoline": "incendiary",
    "firebomb": "incendiary",
    "stick": "blunt",
    "club": "blunt",
    "cudgel": "blunt",
}
"""Head-noun lemma to weapon kind."""

COMPOUND_KINDS: dict[tuple[str, str], str] = {
    ("car", "bomb"): "car bomb",
    ("truck", "bomb"): "car bomb",
    ("roadside", "bomb"): "ied",
    ("suicide", "vest"): "suicide vest",
    ("explosive", "vest"): "suicide vest",
    ("land", "mine"): "landmine",
    ("hand", "grenade"): "grenade",
    ("air", "strike"): "airstrike",
    ("suicide", "bomber"): "suicide vest",
    ("explosive", "device"): "ied",
    ("petrol", "bomb"): "incendiary",
    ("incendiary", "device"): "incendiary",
    ("incendiary", "bomb"): "incendiary",
    ("motorcycle", "bomb"): "ied",
    ("pipe", "bomb"): "ied",
    ("sniper", "fire"): "firearm",
    ("machine", "gun"): "firearm",
    ("small", "arm"): "firearm",
    ("iron", "rod"): "blunt",
}
ROUND_NOUNS = frozenset({"round", "salvo", "volley", "barrage", "shell", "burst"})
VAGUE_COUNTS = frozenset({"several", "dozens", "scores", "hundreds", "few", "many", "some"})


@dataclass(frozen=True, slots=True)
class WeaponMention:
    kind: str
    count: int | None
    start: int
    end: int
    text: str


def find_weapons(span: Any, base: int) -> list[WeaponMention]:
    """Weapon mentions in a spaCy sentence span; ``base`` is its paragraph's article offset."""
    found: list[WeaponMention] = []
    for token in span:
        lemma = token.lemma_.lower()
        kind = None
        if token.i > span.start:
            kind = COMPOUND_KINDS.get((token.nbor(-1).lemma_.lower(), lemma))
        if kind is None and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            kind = WEAPON_KINDS.get(lemma)
        if kind is None or (lemma == "shell" and token.pos_ != "NOUN"):
            continue
        if lemma in ROUND_NOUNS and any(
            child.dep_ == "compound" and child.lemma_.lower() in WEAPON_KINDS
            for child in token.children
        ):
            continue  # "mortar shells": the shells are the mortar's, counted on the head
        if token.dep_ == "compound" and token.head.lemma_.lower() in ROUND_NOUNS:
            count = _number_child(token.head)
            start = base + token.idx
            found.append(WeaponMention(kind, count, start, start + len(token.text), token.text))
            continue
        if lemma in ("mine", "jet", "vest", "petrol") and not _weapon_sense(token):
            continue
        count = _count(token)
        start = base + token.idx
        found.append(WeaponMention(kind, count, start, start + len(token.text), token.text))
    return found


def _weapon_sense(token: Any) -> bool:
    """ "mine" next to gold or coal, "jet" of water, "vest" as clothing: not weapons."""
    words = {t.lemma_.lower() for t in token.sent}
    if token.lemma_.lower() == "mine":
        return not words & {"gold", "coal", "mining", "miner", "copper", "lithium"}
    if token.lemma_.lower() == "jet":
        return bool(words & {"fighter", "strike", "bomb", "warplane", "military", "air"})
    return bool(words & {"explosive", "suicide", "bomb", "molotov"})


def _count(token: Any) -> int | None:
    number = _number_child(token)
    if number is not None:
        return number
    head = token
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    number = _number_child(head) if head is not token else None
    if number is not None:
        return number
    if head.dep_ == "pobj" and head.head.lemma_ == "of" and head.head.head.lemma_ in ROUND_NOUNS:
        return _number_child(head.head.head)
    return None


def _number_child(token: Any) -> int | None:
    for child in token.children:
        if child.dep_ == "nummod" or (child.like_num and child.i < token.i):
            if child.lower_ in VAGUE_COUNTS:
                return None
            return word_to_int(child.text)
    return None


def merge_weapons(mentions: Iterable[WeaponMention]) -> list[Weapon]:
    """One weapon per kind, keeping the largest count the report gives."""
    by_kind: dict[str, int | None] = {}
    for mention in mentions:
        previous = by_kind.get(mention.kind)
        if mention.kind not in by_kind or (
            mention.count is not None and (previous is None or mention.count > previous)
        ):
            by_kind[mention.kind] = mention.count
    return [Weapon(kind=kind, count=count) for kind, count in by_kind.items()]
