"""Documents from JSON Lines text: one ``{"id", "text" | "html", "title", "url", "published"}``
object per line.

One bad line must not cost the rest of a large batch, so each line is parsed on its own and a
broken one becomes a `Rejected` naming its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from eventwire.models import Document, Rejected

_OPTIONAL_FIELDS = ("title", "url", "published")


def iter_jsonl(text: str, source: str) -> Iterator[Document | Rejected]:
    """Yield a `Document` or a `Rejected` for every non-blank line of ``text``.

    ``source`` names the file (or ``stdin``); a line without an ``id`` gets ``SOURCE:N``.
    Unknown keys are ignored (exports from other tools carry extra fields).
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield parse_line(line, number, source)


def parse_line(line: str, number: int, source: str) -> Document | Rejected:
    """One line as a `Document`, or a `Rejected` saying what is wrong with it."""
    fallback_id = f"{source}:{number}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return _rejected(
            fallback_id, number, source, f"invalid JSON: {exc.msg} (column {exc.colno})"
        )
    if "\\u" in line and _has_lone_surrogate(value):
        return _rejected(
            fallback_id, number, source, "invalid JSON: a \\u escape is a lone surrogate"
        )
    if not isinstance(value, dict):
        return _rejected(
            fallback_id, number, source, f"expected a JSON object, got {type(value).__name__}"
        )
    raw_id = value.get("id")
    if raw_id is None or raw_id == "":
        doc_id = fallback_id
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        return _rejected(fallback_id, number, source, "'id' must be a string")
    fields: dict[str, str | None] = {}
    for key in ("text", "html", *_OPTIONAL_FIELDS):
        field = value.get(key)
        if field is not None and not isinstance(field, str):
            return _rejected(doc_id, number, source, f"{key!r} must be a string or null")
        fields[key] = field
    for key, field in (("id", doc_id), ("title", fields["title"]), ("url", fields["url"])):
        if field is not None and "\x00" in field:  # PostgreSQL text cannot hold NUL
            return _rejected(fallback_id, number, source, f"{key!r} contains a NUL character")
    if fields["text"] is None and fields["html"] is None:
        return _rejected(doc_id, number, source, "no 'text' or 'html' field")
    return Document(id=doc_id, **fields)


def _has_lone_surrogate(value: object) -> bool:
    """True when a decoded string holds half a UTF-16 pair (``"\\ud800"``): such text
    cannot be encoded, hashed or stored, so the line is refused like other invalid JSON."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _rejected(doc_id: str, number: int, source: str, problem: str) -> Rejected:
    """A `Rejected` whose reason starts with the line number, as people look lines up."""
    return Rejected(id=doc_id, reason=f"line {number}: {problem}", source=source)
