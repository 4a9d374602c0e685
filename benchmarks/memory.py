"""Peak resident memory of a process that loads the pipeline and processes ~200 documents.

Loads `Pipeline.load()` (spaCy model and the SQLite gazetteer), then runs
`Pipeline.process_many` over the first N MUC-4 messages (conflict reports, so every one is
parsed) and geoparses each as well, and prints the peak RSS (``getrusage``) after loading
and at the end. Target (issue 4): under 1 GB.

    python benchmarks/memory.py [--docs 200] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from eventwire.dates.evaluate import muc4_folder, muc4_messages
from eventwire.geocode.geoparse import geoparse
from eventwire.models import Document
from eventwire.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux)."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / scale / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    print(f"peak RSS at start: {peak_mb():.0f} MB")
    pipeline = Pipeline.load()
    print(f"peak RSS after Pipeline.load: {peak_mb():.0f} MB")
    texts = list(muc4_messages(muc4_folder(args.data)).items())[: args.docs]
    documents = [Document(id=ident, text=text, published="1990-01-01") for ident, text in texts]
    started = time.perf_counter()
    events = places = 0
    for document, result in zip(documents, pipeline.process_many(documents), strict=True):
        events += len(result.events)
        places += len(geoparse(document.text or "", pipeline.nlp, pipeline.geocoder))
    seconds = time.perf_counter() - started
    print(f"{len(documents)} documents, {events} events, {places} places in {seconds:.0f} s")
    print(f"peak RSS: {peak_mb():.0f} MB (target < 1024 MB)")


if __name__ == "__main__":
    main()
