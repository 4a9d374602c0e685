"""What storing costs: ``eventwire ingest`` against bare `Pipeline.process_many`.

Both run in one process on the same Reuters-21578 stories (``../shared/data``), with the
same loaded pipeline, so the ratio (ingest seconds / extraction seconds) is comparable
across machines. Target: storage adds under 10% (ratio < 1.10). The store is a fresh
SQLite file (WAL) in a temporary directory; each article is its own transaction.
One untimed pass warms the pipeline's caches first; then bare extraction and ingest
alternate ``--rounds`` times and the fastest round of each counts, so a busy machine
disturbs the ratio less.

    python benchmarks/ingest_throughput.py [--docs 2000] [--db PATH_OR_URL]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from throughput import reuters_documents

from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import open_store
from eventwire.store.ingest import ingest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--db", help="database to ingest into (default: a temporary SQLite file)")
    parser.add_argument(
        "--data", type=Path,
        default=Path(__file__).resolve().parents[2] / "shared/data/reuters21578",
    )  # fmt: skip
    args = parser.parse_args()
    documents = reuters_documents(args.data, args.docs)
    pipeline = Pipeline.load(Settings())
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "reuters.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for document in documents:
                out.write(document.model_dump_json(exclude_none=True) + "\n")
        events = sum(len(r.events) for r in pipeline.process_many(documents))  # warm up
        bare: list[float] = []
        stored: list[float] = []
        for number in range(args.rounds):
            start = time.perf_counter()
            for _ in pipeline.process_many(documents):
                pass
            bare.append(time.perf_counter() - start)
            store = open_store(args.db or str(Path(folder) / f"bench-{number}.db"))
            summary = ingest(store, pipeline, [str(corpus)])
            store.close()
            assert summary.stored + summary.rejected + summary.skipped == len(documents)
            stored.append(summary.seconds)
            if args.db:
                break  # a given database holds the corpus now; reruns would skip it

    bare_seconds, ingest_seconds = min(bare), min(stored)
    ratio = ingest_seconds / bare_seconds
    print(f"documents: {len(documents)}  events: {events} (stored {summary.events})")
    print(f"bare extraction : {len(documents) / bare_seconds:8.1f} docs/s  rounds {bare}")
    print(f"ingest + store  : {len(documents) / ingest_seconds:8.1f} docs/s  rounds {stored}")
    print(f"ratio ingest/extraction: {ratio:.3f} (target < 1.10)")
    print(
        json.dumps(
            {
                "bare_seconds": round(bare_seconds, 2),
                "ingest_seconds": round(ingest_seconds, 2),
                "ratio": round(ratio, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
