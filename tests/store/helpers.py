"""Test helpers shared by the store and end-to-end tests: a small corpus of real text."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from eventwire.models import Document

TESTS = Path(__file__).resolve().parent.parent
GOLDEN = TESTS / "golden" / "reports"
SAMPLE_REPORTS = (
    "01-ain-al-asad-drones-tikrit-abduction",
    "04-el-fasher-rsf-army-fighting",
    "09-dera-ismail-khan-suicide-bombing",
    "17-paris-farmers-tractor-protest",
    "20-nairobi-fuel-protest-shootings",
    "30-nonevent-basra-qualifier-clash",
)


def shared_data_dir() -> Path:
    """``../shared/data`` beside the checkout, or ``$EVENTWIRE_SHARED/data``."""
    return Path(os.environ.get("EVENTWIRE_SHARED", TESTS.parent.parent / "shared")) / "data"


_REUTERS = re.compile(r"<REUTERS.*?</REUTERS>", re.DOTALL)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)


def golden_documents(names: tuple[str, ...] = SAMPLE_REPORTS) -> list[Document]:
    return [
        Document(
            id=f"golden/{name}",
            text=(GOLDEN / f"{name}.txt").read_text(encoding="utf-8"),
            published="2023-12-09",
        )
        for name in names
    ]


def reuters_documents(folder: Path, limit: int) -> list[Document]:
    """The first ``limit`` Reuters-21578 stories with a body (none if the folder is absent)."""
    documents: list[Document] = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for number, story in enumerate(_REUTERS.findall(raw)):
            body = _BODY.search(story)
            if body is None:
                continue
            title = _TITLE.search(story)
            documents.append(
                Document(
                    id=f"{path.stem}-{number}",
                    text=html.unescape(body.group(1)).replace("\x03", "").strip(),
                    title=html.unescape(title.group(1)) if title else None,
                    published="1987-03-01",
                )
            )
            if len(documents) == limit:
                return documents
    return documents
