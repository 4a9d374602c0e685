"""WARC and WARC.gz files (Common Crawl News) to documents: one per HTML response record.

Archives are large and downloads get cut: a truncated or corrupt archive yields the
records read so far and then one `Rejected` saying where it broke, instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.decode import decode_bytes
from eventwire.models import Document, Rejected

WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc_path(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: str) -> Iterator[Document | Rejected]:
    """The HTML responses (status 200) in the WARC file at ``path``."""
    from warcio.archiveiterator import ArchiveIterator

    read = 0
    try:
        with Path(path).open("rb") as stream:
            for record in ArchiveIterator(stream):
                item = _document(record, path)
                read += 1
                if item is not None:
                    yield item
    except FileNotFoundError:
        yield Rejected(id=path, reason=f"no such file: {path}", source=path)
    except Exception as exc:  # warcio and zlib raise many types on corrupt input
        yield _broken(path, read, exc)


def _broken(path: str, read: int, exc: BaseException) -> Rejected:
    detail = str(exc).strip() or type(exc).__name__
    return Rejected(
        id=f"{path}#truncated",
        reason=f"truncated or corrupt WARC {path} after {read} records ({detail}); "
        "the records before it were kept",
        source=path,
    )


def _document(record: Any, path: str) -> Document | Rejected | None:
    """A document for an HTML 200 response record; None for every other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    status = record.http_headers.get_statuscode()
    if "html" not in content_type.lower() or status != "200":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID") or url
    body = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise EOFError(f"record {url} ends early")  # a cut download: the page is partial
    name = f"{path} {url}"
    try:
        html = decode_bytes(body, name, html=True)
    except InputError as exc:
        return Rejected(id=str(record_id), reason=str(exc), source=path)
    return Document(id=str(url or record_id), html=html, url=url)
