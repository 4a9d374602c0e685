"""Read input paths (files, directories, stdin) into `Document` records.

Reading never raises for bad input: a batch of thousands of files should process the good
ones and list the bad ones, so every unreadable input becomes a `Rejected` with a one-line
reason that names the file and says what is wrong.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from eventwire.clean.published import parse_published
from eventwire.errors import ConfigurationError, InputError
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.feeds import FEED_SUFFIXES, read_feed_file
from eventwire.ingest.jsonl import iter_jsonl
from eventwire.ingest.url import FetchSettings, is_url, iter_url
from eventwire.ingest.warc import is_warc_path, iter_warc
from eventwire.models import Document, Rejected

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
READABLE_SUFFIXES = SUPPORTED_SUFFIXES | FEED_SUFFIXES
"""Also read: RSS/Atom feeds; WARC files are recognised by ``.warc``/``.warc.gz``."""
STDIN_PATH = "-"
STDIN_ID = "stdin"


def iter_documents(
    paths: Sequence[str],
    published: str | None = None,
    stdin: TextIO | None = None,
    *,
    fetch_links: bool = False,
    fetch_settings: FetchSettings | None = None,
) -> Iterator[Document | Rejected]:
    """Yield a `Document` (or a `Rejected`) for every input in ``paths``, in order.

    A path is a ``.txt`` file (id = the path as given), an ``.html``/``.htm`` page, a
    ``.jsonl`` file of documents, an RSS/Atom feed (``.rss``, ``.atom``, ``.xml``), a WARC
    file (``.warc``, ``.warc.gz``), an http(s) URL of an article or a feed (``fetch_links``:
    fetch each feed entry's page), a directory (searched recursively in sorted order; hidden
    files are skipped), or ``-`` for ``stdin`` (JSON Lines when its first non-blank
    character is ``{``, plain text otherwise). ``published`` fills in documents that have
    no date of their own.

    Raises `ConfigurationError` at once (before anything is read) when ``published`` is not
    a date, since every document would inherit the bad value.
    """
    if published is not None:
        try:
            parse_published(published)
        except InputError as exc:
            raise ConfigurationError(f"--published: {exc}") from None
    return _iter_documents(
        paths,
        published or None,
        stdin,
        lambda url: iter_url(url, fetch_settings, fetch_links=fetch_links),
    )


def _iter_documents(
    paths: Sequence[str],
    published: str | None,
    stdin: TextIO | None,
    read_url: Callable[[str], Iterator[Document | Rejected]],
) -> Iterator[Document | Rejected]:
    """`iter_documents` after the argument checks, with ids kept unique across inputs."""
    seen: set[str] = set()
    for path in paths:
        if path == STDIN_PATH:
            items = _read_stdin(stdin)
        elif is_url(path):
            items = read_url(path)
        else:
            items = _read_path(path)
        for item in items:
            if isinstance(item, Rejected):
                yield item
            elif item.id in seen:
                yield Rejected(
                    id=item.id,
                    reason=f"duplicate document id {item.id!r}: ids must be unique",
                    source=path,
                )
            else:
                seen.add(item.id)
                if published is not None and not item.published:
                    yield item.model_copy(update={"published": published})
                else:
                    yield item


def _read_path(path: str) -> Iterator[Document | Rejected]:
    """The documents in one file or directory path."""
    location = Path(path)
    if location.is_dir():
        yield from _read_directory(path, location)
    elif not location.exists():
        yield Rejected(id=path, reason=f"no such file: {path}", source=path)
    elif is_warc_path(path):
        yield from iter_warc(path)
    else:
        yield from _read_file(path, location)


def _read_directory(path: str, location: Path) -> Iterator[Document | Rejected]:
    """Every supported file under a directory, sorted; unsupported ones are reported."""
    usable = 0
    files = sorted(
        found
        for found in location.rglob("*")
        if found.is_file()
        and not any(part.startswith(".") for part in found.relative_to(location).parts)
    )
    for found in files:
        name = str(found)
        if is_warc_path(name) or found.suffix.lower() in READABLE_SUFFIXES:
            reader = iter_warc(name) if is_warc_path(name) else _read_file(name, found)
            for item in reader:
                usable += isinstance(item, Document)
                yield item
        else:
            yield _unsupported(name, found)
    if not usable:
        yield Rejected(
            id=path,
            reason=f"directory has no usable documents: {path} (give .txt, .html or .jsonl files)",
            source=path,
        )


def _read_file(path: str, location: Path) -> Iterator[Document | Rejected]:
    """The document(s) in one file, chosen by its extension."""
    suffix = location.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        yield _unsupported(path, location)
        return
    try:
        data = location.read_bytes()
    except OSError as exc:
        yield Rejected(id=path, reason=f"cannot read {path}: {exc.strerror or exc}", source=path)
        return
    if suffix in FEED_SUFFIXES:
        yield from read_feed_file(path, data)
        return
    try:
        text = decode_bytes(data, path, html=suffix in HTML_SUFFIXES)
    except InputError as exc:
        yield Rejected(id=path, reason=str(exc), source=path)
        return
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl(text, path)
    elif suffix in HTML_SUFFIXES:
        yield Document(id=path, html=text)
    else:
        yield Document(id=path, text=text)


def _read_stdin(stdin: TextIO | None) -> Iterator[Document | Rejected]:
    """The document(s) on standard input: JSON Lines, or one plain-text document.

    The raw bytes are read when the stream has them (``sys.stdin.buffer``), so that input
    in a legacy encoding is detected like a file's rather than failing in the text layer.
    """
    stream = sys.stdin if stdin is None else stdin
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            text = decode_bytes(buffer.read(), STDIN_ID)
        else:
            text = stream.read()
            if not text:
                raise InputError(f"empty file: {STDIN_ID}")
            if not text.strip():
                raise InputError(f"file has only whitespace: {STDIN_ID}")
    except InputError as exc:
        yield Rejected(id=STDIN_ID, reason=str(exc), source=STDIN_ID)
        return
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejected(id=STDIN_ID, reason=f"cannot read stdin: {exc}", source=STDIN_ID)
        return
    if text.lstrip().startswith("{"):
        yield from iter_jsonl(text, STDIN_ID)
    else:
        yield Document(id=STDIN_ID, text=text)


def _unsupported(path: str, location: Path) -> Rejected:
    """The rejection for a file whose type eventwire does not read."""
    kind = location.suffix.lower() or "(no extension)"
    return Rejected(
        id=path, reason=f"unsupported file type {kind}: give .txt, .html or .jsonl", source=path
    )
