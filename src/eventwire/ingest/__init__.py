"""Ingest: input paths (``.txt``, ``.html``, ``.jsonl``, directories, stdin) to `Document`s.

`iter_documents` is the entry point; it never raises for unreadable input, it yields a
`Rejected` saying why.
"""

from __future__ import annotations

from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.documents import SUPPORTED_SUFFIXES, iter_documents
from eventwire.ingest.jsonl import iter_jsonl

__all__ = ["SUPPORTED_SUFFIXES", "decode_bytes", "iter_documents", "iter_jsonl"]
