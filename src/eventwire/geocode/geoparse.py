"""The standalone geoparser: every place a text names, found and resolved to coordinates.

The event extractor only needs the place of each event; users who only want a geoparser
want every toponym with its coordinates. Both share the same recognition
(:func:`eventwire.extract.places.find_places`, here keeping modifiers and country
adjectives) and the same resolver, which here resolves all of a document's mentions
together so each is read in the context of the others ("Alexandria, La.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from eventwire.extract.places import find_places
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.parse import read_mention
from eventwire.geocode.resolve import Geocoder, ResolvedPlace
from eventwire.nlp.sentences import Sentence

_PARAGRAPH = re.compile(r"\n\s*\n")
_MAX_PARAGRAPH = 20_000
"""Longer paragraphs are cut (at a line break when there is one) to bound parse memory."""


@dataclass(frozen=True, slots=True)
class GeoparsedPlace:
    """One place mention with where it resolved to (coordinates ``None`` when unresolved)."""

    start: int
    end: int
    text: str
    name: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    country_iso3: str | None
    admin1: str | None
    feature: str | None
    """ "city", "admin1", "admin2", "country" or "site"; ``None`` when unresolved."""
    precision: str
    score: float

    def as_dict(self, article_id: str) -> dict[str, object]:
        """The ``eventwire geoparse`` output line (field order as documented)."""
        return {
            "article_id": article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "country_iso3": self.country_iso3,
            "admin1": self.admin1,
            "feature": self.feature,
            "precision": self.precision,
            "score": self.score,
        }


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of the blank-line separated paragraphs of ``text``, each bounded."""
    pos = 0
    for match in [*_PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        while pos < end:
            stop = min(end, pos + _MAX_PARAGRAPH)
            if stop < end:
                cut = text.rfind("\n", pos, stop)
                stop = cut + 1 if cut > pos else stop
            if text[pos:stop].strip():
                yield pos, text[pos:stop]
            pos = stop
        pos = match.end() if match else len(text)


def find_toponyms(text: str, nlp: Any, geocoder: Geocoder) -> list[PlaceMention]:
    """Every place mention in ``text`` (offsets into ``text``), in text order."""
    gazetteer = geocoder.gazetteer
    parts = list(paragraphs(text))
    found: list[PlaceMention] = []
    index = 0
    for (offset, _), doc in zip(parts, nlp.pipe(p for _, p in parts), strict=True):
        for span in doc.sents:
            start = offset + span.start_char
            sentence = Sentence(index, span, start, start + len(span.text), span.text, 0, False)
            index += 1
            found += find_places(
                sentence,
                in_event_sentence=False,
                is_known_place=gazetteer.is_known_place,
                keep_modifiers=True,
                is_demonym=lambda word: (
                    gazetteer.country_for_demonym(word) is not None
                    or gazetteer.names_wide_area(word)
                ),
                is_notable_place=gazetteer.is_notable_place,
            )
    return [
        _with_state_word(m, text) for m in join_split_names(found, text, gazetteer.is_known_place)
    ]


_STATE_AFTER = re.compile(r"\s+state\b")
_STATE_BEFORE = re.compile(r"\bstate\s+of\s+$")


def _with_state_word(mention: PlaceMention, text: str) -> PlaceMention:
    """Take in a lower-case "state" said of the name ("a Washington state farm", "New York
    state", "the state of Washington"), which the parser leaves outside the name: it says
    the name is the first-level division, not the city or town called so. A capitalised
    "State" belongs to another name ("Ohio State", "Washington State University")."""
    if mention.site or mention.within or read_mention(mention.text).hint is not None:
        return mention
    after = _STATE_AFTER.match(text, mention.end)
    if after:
        return replace(mention, text=text[mention.start : after.end()], end=after.end())
    before = _STATE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if before:
        return replace(mention, text=text[before.start() : mention.end], start=before.start())
    return mention


def join_split_names(
    mentions: list[PlaceMention], text: str, is_known_place: Callable[[str], bool]
) -> list[PlaceMention]:
    """Join two mentions one space apart when together they name a known place: the
    parser splits unfamiliar multi-word names ("Boa Vista" into "Boa" and "Vista", "Baja
    California" into "Baja" and "California"), and each half then reads as another place
    (Vista, California). Hyphens are left alone ("Athens-Clarke" names two places)."""
    out: list[PlaceMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and text[last.end : mention.start] == " "
            and not (last.site or last.within or mention.site or mention.within)
            and is_known_place(text[last.start : mention.end])
        ):
            out[-1] = replace(last, text=text[last.start : mention.end], end=mention.end)
            continue
        out.append(mention)
    return out


def resolve_toponyms(mentions: list[PlaceMention], geocoder: Geocoder) -> list[GeoparsedPlace]:
    """Resolve each mention in the context of all the others."""
    return [_place(m, r) for m, r in zip(mentions, geocoder.resolve_each(mentions), strict=True)]


def geoparse(text: str, nlp: Any, geocoder: Geocoder) -> list[GeoparsedPlace]:
    """Every place mention in ``text`` with its resolution, in text order.

    ``nlp`` is a loaded spaCy pipeline (``eventwire.nlp.loader.load_spacy``), ``geocoder``
    a loaded :class:`Geocoder`.
    """
    return resolve_toponyms(find_toponyms(text, nlp, geocoder), geocoder)


def _place(mention: PlaceMention, resolved: ResolvedPlace) -> GeoparsedPlace:
    loc = resolved.location
    return GeoparsedPlace(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        name=loc.name,
        lat=loc.lat,
        lon=loc.lon,
        geonames_id=loc.geonames_id,
        country_iso3=loc.country_iso3,
        admin1=loc.admin1,
        feature=resolved.feature,
        precision=loc.precision,
        score=resolved.score,
    )
