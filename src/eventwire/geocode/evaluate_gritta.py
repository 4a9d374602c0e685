"""Accuracy@161 km of the geocoder on a GeoNames-tagged corpus in Gritta's XML format (LGL).

Each gold toponym is resolved as the only event mention, with the article's other gold
toponyms as context; a prediction counts when it lies within 161 km (100 miles) of the
gold coordinates, the usual geoparsing measure. "unknown" counts as a miss. Gold names
only, so this measures the geocoder alone, not mention finding.

Usage: ``python -m eventwire.geocode.evaluate_gritta path/to/lgl.xml [cache_dir]``.
"""

from __future__ import annotations

import math
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.resolve import Geocoder
from eventwire.settings import Settings

THRESHOLD_KM = 161.0


@dataclass(frozen=True, slots=True)
class Gold:
    mention: PlaceMention
    lat: float
    lon: float


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def read_corpus(path: Path) -> list[list[Gold]]:
    """Articles as lists of gold toponyms that carry coordinates."""
    articles: list[list[Gold]] = []
    for article in ET.parse(path).getroot().iter("article"):
        golds: list[Gold] = []
        for top in article.iter("toponym"):
            lat, lon = top.findtext("gaztag/lat"), top.findtext("gaztag/lon")
            phrase = top.findtext("phrase") or ""
            if not lat or not lon or not phrase:
                continue
            start = int(top.findtext("start") or 0)
            end = int(top.findtext("end") or 0)
            golds.append(Gold(PlaceMention(phrase, start, end, True), float(lat), float(lon)))
        articles.append(golds)
    return articles


def evaluate(geocoder: Geocoder, articles: list[list[Gold]]) -> dict[str, float]:
    """Accuracy@161 km, share resolved, and median error of resolved toponyms."""
    hits = resolved = total = 0
    errors: list[float] = []
    for golds in articles:
        for i, gold in enumerate(golds):
            context = [g.mention for j, g in enumerate(golds) if j != i]
            context = [PlaceMention(m.text, m.start, m.end, False) for m in context]
            loc = geocoder.resolve([gold.mention], context).location
            total += 1
            if loc.lat is None or loc.lon is None:
                continue
            resolved += 1
            error = km(loc.lat, loc.lon, gold.lat, gold.lon)
            errors.append(error)
            hits += error <= THRESHOLD_KM
    errors.sort()
    return {
        "toponyms": float(total),
        "accuracy_161km": hits / total if total else 0.0,
        "resolved": resolved / total if total else 0.0,
        "median_error_km": errors[len(errors) // 2] if errors else math.nan,
    }


def main(argv: list[str]) -> int:
    """Print the figures for the corpus named on the command line."""
    if not argv:
        print(__doc__)
        return 2
    settings = Settings(cache_dir=Path(argv[1])) if len(argv) > 1 else Settings()
    scores = evaluate(Geocoder.load(settings), read_corpus(Path(argv[0])))
    for name, value in scores.items():
        print(f"{name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
