"""Geoparser accuracy per corpus: recognition and accuracy@161km (GWN, LGL, TR-News, GeoVirus).

Runs ``eventwire.geocode.geoparse`` (spaCy recognition + gazetteer resolution, offline)
over Gritta's gold corpora in ``../shared/data/geoparsing_gritta`` and prints, per corpus,
the share of gold toponyms recognised (span overlap), accuracy within 161 km on the
recognised ones, and precision (predicted mentions that overlap a gold toponym). With
``--gold-names`` the resolver alone is measured on the gold spans. Targets (issue 4):
GWN 95%, LGL 85%, TR-News 90% accuracy while recognising at least 80%.

    python benchmarks/geoparse_accuracy.py [--corpus LGL ...] [--limit 60] [--gold-names]
        [--mentions-cache DIR] [--errors FILE]

``--errors FILE`` writes one tab-separated line per gold toponym missed (corpus, article
index, gold text and point, then the predicted span, place, feature, country and distance,
or "unrecognised"), for sorting misses into classes.
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path

from eventwire.geocode.corpora import CORPORA, THRESHOLD_KM, GoldArticle, km, read_corpus
from eventwire.geocode.evaluate_gritta import Score, evaluate_gold_names, score_article
from eventwire.geocode.geoparse import GeoparsedPlace, find_toponyms, resolve_toponyms
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.resolve import Geocoder
from eventwire.nlp.loader import load_spacy
from eventwire.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing_gritta"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    parser.add_argument("--limit", type=int, default=None, help="first N articles per corpus")
    parser.add_argument("--gold-names", action="store_true", help="resolver only, gold spans")
    parser.add_argument(
        "--mentions-cache", type=Path, default=None,
        help="pickle recognised mentions here and reuse them (for resolver work)",
    )  # fmt: skip
    parser.add_argument(
        "--errors", type=Path, default=None, help="write the missed toponyms here (TSV)"
    )
    args = parser.parse_args()
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    settings = Settings()
    geocoder = Geocoder.load(settings)
    nlp = None if args.gold_names else load_spacy(settings)
    print(f"{'corpus':<9} {'gold':>5} {'recognised':>10} {'acc@161km':>9} {'precision':>9}")
    for name in args.corpus or list(CORPORA):
        started = time.perf_counter()
        articles = read_corpus(args.data / CORPORA[name], args.limit)
        if args.gold_names:
            score = evaluate_gold_names(geocoder, articles)
        else:
            cache = (
                args.mentions_cache / f"{name}-{args.limit}.pickle" if args.mentions_cache else None
            )
            found: list[list[PlaceMention]]
            if cache is not None and cache.exists():
                found = pickle.loads(cache.read_bytes())  # our own cache file
            else:
                found = [find_toponyms(a.text, nlp, geocoder) for a in articles]
                if cache is not None:
                    cache.parent.mkdir(parents=True, exist_ok=True)
                    cache.write_bytes(pickle.dumps(found))
            score = Score()
            for index, (article, mentions) in enumerate(zip(articles, found, strict=True)):
                predicted = resolve_toponyms(mentions, geocoder)
                score_article(article, predicted, score)
                if errors is not None:
                    errors.writelines(f"{name}\t{index}\t{m}\n" for m in misses(article, predicted))
        seconds = time.perf_counter() - started
        print(
            f"{name:<9} {score.gold:>5} {score.recognition:>10.1%} {score.accuracy:>9.1%}"
            f" {score.precision:>9.1%}   ({seconds:.0f} s)",
            flush=True,
        )
    if errors is not None:
        errors.close()


def misses(article: GoldArticle, predicted: list[GeoparsedPlace]) -> list[str]:
    """One tab-separated description per gold toponym of ``article`` missed (not
    recognised, unresolved or more than 161 km away), scored as `score_article` does."""
    out = []
    for gold in article.toponyms:
        where = f"{gold.text!r}\t{gold.lat:.2f},{gold.lon:.2f}"
        overlapping = [p for p in predicted if p.start < gold.end and gold.start < p.end]
        if not overlapping:
            out.append(f"{where}\tunrecognised")
            continue
        best = max(overlapping, key=lambda p: min(p.end, gold.end) - max(p.start, gold.start))
        if best.lat is None or best.lon is None:
            out.append(f"{where}\t{best.text!r}\tunresolved")
            continue
        distance = km(best.lat, best.lon, gold.lat, gold.lon)
        if distance > THRESHOLD_KM:
            place = f"{best.name}\t{best.feature}\t{best.country_iso3}"
            out.append(f"{where}\t{best.text!r}\t{place}\t{distance:.0f} km")
    return out


if __name__ == "__main__":
    main()
