"""Documents per second on the Dask engine with 1 and 2 local workers, against the local
engine with the same number of processes.

The corpus is the golden conflict reports (every one parsed) mixed with Reuters-21578
stories (``../shared/data``; most skip parsing), shuffled with a fixed seed. For each
worker count both engines run the same batches (``--partition-size``): the local engine as
a process pool (work in other processes, results pickled back: like for like), Dask as a
`LocalCluster` of single-threaded worker processes. Pipelines are loaded and warmed up
before timing; rounds alternate between the engines and the fastest round of each counts,
so a busy machine disturbs the comparison less. Reported:

- docs/s per engine and worker count (plus the in-process engine, the CLI default);
- scaling efficiency: docs/s with 2 workers / (2 x docs/s with 1 worker);
- Dask overhead: local pool docs/s / Dask docs/s - 1 at the same process count (target
  under 15%).

    python benchmarks/dask_scaling.py [--repeat 1] [--docs 100] [--rounds 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from throughput import conflict_documents, reuters_documents

from eventwire.engines.dask import DaskEngine
from eventwire.engines.local import LocalEngine
from eventwire.engines.protocol import Engine
from eventwire.models import Document
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings


def corpus(repeat: int, reuters: int, data: Path) -> list[Document]:
    documents = conflict_documents(repeat)
    if data.is_dir():
        documents += reuters_documents(data, reuters)
    random.Random(0).shuffle(documents)
    return documents


def timed(engine: Engine, documents: list[Document]) -> float:
    """Docs/s of one pass; checks every document came back exactly once."""
    start = time.perf_counter()
    positions = [position for position, _ in engine.process(documents)]
    seconds = time.perf_counter() - start
    assert sorted(positions) == list(range(len(documents))), "lost or doubled results"
    return len(documents) / seconds


def compare(
    workers: int, documents: list[Document], settings: Settings, partition_size: int, rounds: int
) -> tuple[float, float]:
    """Best docs/s of (local pool, Dask) with ``workers`` processes each."""
    warm = documents[: 2 * workers * partition_size]
    pool = LocalEngine(
        settings=settings, processes=workers, use_pool=True, partition_size=partition_size
    )
    dask = DaskEngine(settings, workers=workers, partition_size=partition_size)
    try:
        dask.warm_up()
        engines: list[tuple[str, Engine, list[float]]] = [
            ("local", pool, []),
            ("dask", dask, []),
        ]
        for _, engine, _ in engines:
            timed(engine, warm)
        for _ in range(rounds):
            for label, engine, rates in engines:
                rates.append(timed(engine, documents))
                print(f"  {workers} worker(s) {label:5}: {rates[-1]:6.2f} docs/s", flush=True)
        return max(engines[0][2]), max(engines[1][2])
    finally:
        pool.close()
        dask.close()


def best_of(rounds: int, run: Callable[[], float]) -> float:
    return max(run() for _ in range(rounds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="copies of the golden reports")
    parser.add_argument("--docs", type=int, default=100, help="Reuters stories")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=8)
    parser.add_argument("--json", action="store_true", help="also print one JSON line")
    parser.add_argument(
        "--data", type=Path,
        default=Path(__file__).resolve().parents[2] / "shared/data/reuters21578",
    )  # fmt: skip
    args = parser.parse_args()
    settings = Settings()
    documents = corpus(args.repeat, args.docs, args.data)
    print(f"corpus: {len(documents)} documents; partition size {args.partition_size}")

    pipeline = Pipeline.load(settings)
    here = LocalEngine(pipeline, partition_size=args.partition_size)
    timed(here, documents[: 2 * args.partition_size])
    in_process = best_of(args.rounds, lambda: timed(here, documents))
    print(f"  in-process local: {in_process:6.2f} docs/s", flush=True)

    rates = {n: compare(n, documents, settings, args.partition_size, args.rounds) for n in (1, 2)}
    (local1, dask1), (local2, dask2) = rates[1], rates[2]
    figures = {
        "documents": len(documents),
        "in_process_docs_per_second": round(in_process, 2),
        "local_pool_docs_per_second": {"1": round(local1, 2), "2": round(local2, 2)},
        "dask_docs_per_second": {"1": round(dask1, 2), "2": round(dask2, 2)},
        "dask_scaling_efficiency": round(dask2 / (2 * dask1), 3),
        "local_scaling_efficiency": round(local2 / (2 * local1), 3),
        "dask_overhead": {"1": round(local1 / dask1 - 1, 3), "2": round(local2 / dask2 - 1, 3)},
    }
    print()
    print("| engine | 1 worker | 2 workers | scaling efficiency |")
    print("|---|---|---|---|")
    print(f"| local (process pool) | {local1:.2f} | {local2:.2f} | {local2 / (2 * local1):.0%} |")
    print(f"| dask (LocalCluster) | {dask1:.2f} | {dask2:.2f} | {dask2 / (2 * dask1):.0%} |")
    print(f"| in-process (default) | {in_process:.2f} | | |")
    print(
        f"Dask overhead vs local pool: {local1 / dask1 - 1:+.1%} (1 worker), "
        f"{local2 / dask2 - 1:+.1%} (2 workers); target under 15%"
    )
    if args.json:
        print(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    main()
