"""Throughput of `Pipeline.process_many` against bare spaCy ``nlp.pipe`` on the same texts.

Two corpora, each timed for both in the same process so the ratio (eventwire documents per
second / bare spaCy documents per second) is comparable across machines: Reuters-21578
stories (``../shared/data``; mostly economic news, which the trigger pre-filter skips) and
the golden conflict reports (every one parsed). Target: ratio >= 0.75.

    python benchmarks/throughput.py [--docs 500] [--data ../shared/data/reuters21578]
"""

from __future__ import annotations

import argparse
import html
import re
import time
from pathlib import Path

from eventwire.models import Document
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

_REUTERS = re.compile(r"<REUTERS.*?</REUTERS>", re.DOTALL)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)


def reuters_documents(folder: Path, limit: int) -> list[Document]:
    """The first ``limit`` stories with a body, as documents (title as first paragraph)."""
    documents: list[Document] = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for number, story in enumerate(_REUTERS.findall(raw)):
            body = _BODY.search(story)
            if body is None:
                continue
            title = _TITLE.search(story)
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            documents.append(
                Document(
                    id=f"{path.stem}-{number}",
                    text=text,
                    title=html.unescape(title.group(1)) if title else None,
                    published="1987-03-01",
                )
            )
            if len(documents) == limit:
                return documents
    return documents


def conflict_documents(repeat: int) -> list[Document]:
    """The golden conflict reports (every one is parsed: the pre-filter never skips them)."""
    folder = Path(__file__).resolve().parents[1] / "tests" / "golden" / "reports"
    return [
        Document(
            id=f"{path.stem}-{copy}", text=path.read_text(encoding="utf-8"), published="2024-05-01"
        )
        for copy in range(repeat)
        for path in sorted(folder.glob("*.txt"))
    ]


def measure(pipeline: Pipeline, documents: list[Document], label: str) -> None:
    """Time bare spaCy and the whole pipeline on ``documents`` in this process; print both."""
    texts = [d.text or "" for d in documents]
    list(pipeline.nlp.pipe(texts[:10]))  # warm both paths up
    list(pipeline.process_many(documents[:10]))

    start = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=32):
        pass
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    events = sum(len(r.events) for r in pipeline.process_many(documents))
    eventwire_seconds = time.perf_counter() - start

    spacy_rate = len(texts) / spacy_seconds
    eventwire_rate = len(documents) / eventwire_seconds
    print(f"{label}: {len(documents)} documents, {events} events")
    print(f"  bare spaCy nlp.pipe: {spacy_rate:8.1f} docs/s")
    print(f"  eventwire pipeline : {eventwire_rate:8.1f} docs/s")
    print(f"  ratio eventwire/spaCy: {eventwire_rate / spacy_rate:.2f} (target >= 0.75)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=4, help="copies of the golden reports")
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared/data/reuters21578",
    )
    args = parser.parse_args()
    pipeline = Pipeline.load(Settings())
    if args.data.is_dir():
        measure(pipeline, reuters_documents(args.data, args.docs), "Reuters-21578")
    else:
        print(f"Reuters-21578 not found at {args.data}: skipped (give --data)")
    measure(pipeline, conflict_documents(args.repeat), "conflict reports (golden)")


if __name__ == "__main__":
    main()
