"""The place mention: what the extractor found in the text, handed to the geocoder.

Finding mentions (NER, the relation and distance before them, the facility noun) is the
extractor's job; the geocoder only reads these fields, so the two stay independent.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place name in an article, with the words around it that change its meaning."""

    text: str
    """Surface text: "Baghdad", "Deir ez-Zor province", "Ain al-Asad air base", "Iraq's
    capital"."""
    start: int
    """Character offset of the mention in the article text."""
    end: int
    in_event_sentence: bool
    """True when the sentence reports the event itself (not background)."""
    relation: str | None = None
    """Relation word before it: "in", "near", "outside", "north of", ..."""
    distance_km: float | None = None
    """"50 km north of X" -> 50.0."""
    site: str | None = None
    """Facility noun when the mention names a site: "embassy", "air base", "camp", ..."""
    within: tuple[str, ...] = ()
    """Names the text gives as the place's containers, most specific first: "Beni
    (Nord-Kivu)" -> ("Nord-Kivu",), "Kasese town (Kasese, Western)" -> ("Kasese",
    "Western"). The resolver keeps only candidates inside them."""
    within_loose: bool = False
    """True when ``within`` comes from a comma ("Kech, Balochistan"), which may also be a
    list ("Baghdad, Anbar and Nineveh"): the containers then only choose among candidates
    and never stand in for the place."""
    said_where: str | None = None
    """Set when the name says where something was said or where a speaker sits, not where
    anything happened: "said" for "his party reported in Mexico City" and "according to
    sources in Caracas" (often the event's place too, when the sentence names no other),
    "seat" for "the Observatory, which is based in Britain" or "whose main offices are in
    Mexico", "speaker" for "Iran condemns ..." (neither is ever the event's place)."""
