"""Geoparsing accuracy on Gritta's gold corpora: recognition and accuracy within 161 km.

Two measures, both per corpus:

* end to end (:func:`score_geoparse`): *recognition* is the share of gold toponyms that
  some predicted mention overlaps; *accuracy@161km* is, over the recognised ones, the share
  whose overlapping prediction lies within 161 km (100 miles) of the gold coordinates (an
  unresolved prediction counts as a miss). *precision* is the share of predicted mentions
  that overlap a gold toponym (a floor: the corpora do not tag every place).
* resolver only (:func:`evaluate_gold_names`): the gold spans are given as the mentions,
  so only the choice of place is measured.

Usage: ``python -m eventwire.geocode.evaluate_gritta path/to/lgl.xml [cache_dir]`` (gold
names); ``benchmarks/geoparse_accuracy.py`` runs the full geoparser.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.geocode.corpora import THRESHOLD_KM, GoldArticle, km, read_corpus
from eventwire.geocode.geoparse import GeoparsedPlace, resolve_toponyms
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.resolve import Geocoder
from eventwire.settings import Settings


@dataclass(slots=True)
class Score:
    """Counts behind the figures, so corpora and samples add up exactly."""

    gold: int = 0
    recognised: int = 0
    hits: int = 0
    predicted: int = 0
    predicted_on_gold: int = 0

    @property
    def recognition(self) -> float:
        return self.recognised / self.gold if self.gold else 0.0

    @property
    def accuracy(self) -> float:
        """Accuracy@161km over the recognised gold toponyms."""
        return self.hits / self.recognised if self.recognised else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_on_gold / self.predicted if self.predicted else 0.0


def score_article(article: GoldArticle, predicted: Sequence[GeoparsedPlace], score: Score) -> None:
    """Add one article's counts to ``score``."""
    score.predicted += len(predicted)
    score.predicted_on_gold += sum(
        any(p.start < g.end and g.start < p.end for g in article.toponyms) for p in predicted
    )
    for gold in article.toponyms:
        score.gold += 1
        overlapping = [p for p in predicted if p.start < gold.end and gold.start < p.end]
        if not overlapping:
            continue
        score.recognised += 1
        best = max(overlapping, key=lambda p: min(p.end, gold.end) - max(p.start, gold.start))
        if best.lat is not None and best.lon is not None:
            score.hits += km(best.lat, best.lon, gold.lat, gold.lon) <= THRESHOLD_KM


def evaluate_gold_names(geocoder: Geocoder, articles: list[GoldArticle]) -> Score:
    """Resolver alone: each article's gold spans resolved together, as the geoparser does."""
    score = Score()
    for article in articles:
        mentions = [PlaceMention(g.text, g.start, g.end, False) for g in article.toponyms]
        score_article(article, resolve_toponyms(mentions, geocoder), score)
    return score


def main(argv: list[str]) -> int:
    """Print the gold-names figures for the corpus file named on the command line."""
    if not argv:
        print(__doc__)
        return 2
    settings = Settings(cache_dir=Path(argv[1])) if len(argv) > 1 else Settings()
    score = evaluate_gold_names(Geocoder.load(settings), read_corpus(Path(argv[0])))
    print(f"toponyms: {score.gold}")
    print(f"accuracy_161km: {score.accuracy:.3f}")
    return 0 if not math.isnan(score.accuracy) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
