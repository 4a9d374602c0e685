"""Read the geoparsing gold corpora collected by Gritta (GWN, LGL, TR-News, GeoVirus).

The four files use three XML layouts; this module turns them all into articles with
their text and gold toponyms (span and coordinates), so the benchmark, the evaluation
gate and the gold-names evaluation share one reader. Toponyms without coordinates
(GeoWebNews tags non-toponyms and unresolvable expressions too) are not gold.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

CORPORA = {"GWN": "GWN.xml", "LGL": "lgl.xml", "TR-News": "TR-News.xml", "GeoVirus": "GeoVirus.xml"}
"""Corpus name -> file name in ``geoparsing_gritta``."""

THRESHOLD_KM = 161.0
"""100 miles: the usual "accuracy@161km" of geoparsing evaluations."""


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold toponym: its span in the article text, surface text and coordinates."""

    start: int
    end: int
    text: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article's text and its gold toponyms, in the corpus order."""

    text: str
    toponyms: tuple[GoldToponym, ...]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def read_corpus(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """The articles of one corpus file (any of the three layouts), at most ``limit``."""
    articles: list[GoldArticle] = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        golds = [g for top in _toponym_nodes(node) if (g := _gold(top, text)) is not None]
        articles.append(GoldArticle(text, tuple(golds)))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def _toponym_nodes(article: ET.Element) -> list[ET.Element]:
    return [*article.iter("toponym"), *article.iter("location")]


def _gold(node: ET.Element, text: str) -> GoldToponym | None:
    lat = node.findtext("gaztag/lat") or node.findtext("latitude") or node.findtext("lat")
    lon = node.findtext("gaztag/lon") or node.findtext("longitude") or node.findtext("lon")
    name = node.findtext("phrase") or node.findtext("extractedName") or node.findtext("name")
    start, end = node.findtext("start"), node.findtext("end")
    if not (lat and lon and name and start and end):
        return None
    begin, stop = _align(text, name, int(start), int(end))
    return GoldToponym(begin, stop, name, float(lat), float(lon))


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """GeoVirus offsets are one character off; find the name next to the given span."""
    if text[start:end] == name:
        return start, end
    found = text.find(name, max(0, start - 5), end + 5)
    return (found, found + len(name)) if found >= 0 else (start, end)
