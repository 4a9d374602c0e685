"""A small real corpus for the API and browser tests: golden reports and one hostile one.

Everything is extracted by the real pipeline and stored through the real store, so the
API is tested on exactly what ``eventwire ingest`` would have written.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from eventwire.merge.store import merge_pending
from eventwire.models import Document
from eventwire.pipeline import Pipeline
from eventwire.store import SqlStore, open_store
from eventwire.store.hashing import canonical_url, raw_hash

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "reports"
REPORTS = (
    "01-ain-al-asad-drones-tikrit-abduction",
    "02-monguno-iswap-base-attack",
    "04-el-fasher-rsf-army-fighting",
    "09-dera-ismail-khan-suicide-bombing",
    "17-paris-farmers-tractor-protest",
    "20-nairobi-fuel-protest-shootings",
)
XSS_TITLE = "<script>window.__xss=1</script> Airstrikes hit Idlib"
XSS_LINE = '<img src=x onerror="window.__xss=1">'
XSS_ID = "hostile/xss-report"
SAME_EVENT = Path(__file__).resolve().parent.parent / "merge" / "clusters" / "same_event.yaml"
SAME_EVENT_CLUSTER = "mogadishu-hotel-2023-01"
"""Three outlets' reports of one attack (written for the merge tests)."""


def golden_document(name: str, published: str = "2023-12-09") -> Document:
    return Document(
        id=f"golden/{name}",
        text=(GOLDEN / f"{name}.txt").read_text(encoding="utf-8"),
        url=f"https://news.example.org/{name}",
        published=published,
    )


def xss_document() -> Document:
    """A real report with script and event-handler markup in its title and body."""
    body = (GOLDEN / "07-idlib-russian-airstrikes.txt").read_text(encoding="utf-8")
    paragraphs = body.split("\n\n")
    paragraphs.insert(1, f"{XSS_LINE} <script>window.__xss=1</script>")
    return Document(
        id=XSS_ID,
        text=f"{XSS_TITLE}\n\n" + "\n\n".join(paragraphs[1:]),
        title=XSS_TITLE,
        url="javascript:window.__xss=1",
        published="2023-11-20",
    )


def same_event_documents(cluster: str = SAME_EVENT_CLUSTER) -> list[Document]:
    """The reports of one real event by different outlets, as documents."""
    clusters = yaml.safe_load(SAME_EVENT.read_text(encoding="utf-8"))
    (found,) = [c for c in clusters if c["cluster"] == cluster]
    return [
        Document(id=r["id"], text=r["text"], url=r["url"], published=str(r["published"]))
        for r in found["reports"]
    ]


def build_store(
    path: Path,
    pipeline: Pipeline,
    *,
    golden: bool = True,
    hostile: bool = True,
    same_event: bool = False,
    merge: bool = True,
) -> SqlStore:
    """A SQLite store at ``path`` holding the golden reports and the hostile one (each
    unless turned off) and with ``same_event`` three reports of one attack; merged as
    ``eventwire ingest`` merges unless ``merge`` is False."""
    store = open_store(str(path))
    documents = [golden_document(name) for name in REPORTS] if golden else []
    if hostile:
        documents.append(xss_document())
    if same_event:
        documents.extend(same_event_documents())
    for document, result in zip(documents, pipeline.process_many(documents), strict=True):
        store.add(
            document,
            result,
            source=("test", "tests/api/corpus.py"),
            raw_hash=raw_hash(document),
            canonical_url=canonical_url(document),
        )
    if merge:
        merge_pending(store)  # as `eventwire ingest` merges each stored article
    return store
