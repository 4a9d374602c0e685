"""Bytes to text, refusing binary and undecodable input instead of producing mojibake.

Offsets and extracted names are only as good as the decoded text: Windows-1256 Arabic read
as Latin-1 is still "text" but every name in it is garbage. So input is decoded as UTF-8
(with or without a BOM) when it is UTF-8, by a declared HTML charset when there is one, by
charset_normalizer's detection otherwise, and refused when even that guess is unreliable.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from eventwire.errors import InputError

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Control characters that do not occur in text files (tab, LF, CR, FF, VT are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
_MAX_CHAOS = 0.1
"""charset_normalizer's "mess" ratio above which a guessed decoding is not trusted."""


def decode_bytes(data: bytes, name: str, *, html: bool = False) -> str:
    """Decode the content of the input called ``name`` (used in messages).

    Raises `InputError` with a one-line reason for empty, whitespace-only, binary and
    undecodable content. ``html`` allows a ``<meta charset>`` declaration to decide.
    """
    if not data:
        raise InputError(f"empty file: {name}")
    text = _decode(data, name, html=html)
    if not text.strip():
        raise InputError(f"file has only whitespace: {name}")
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) * _MAX_CONTROL_RATIO):
        raise InputError(f"binary file: {name} (mostly non-text bytes)")
    return text


def _decode(data: bytes, name: str, *, html: bool) -> str:
    """The decoded text, trying the encodings in order of trust."""
    for bom, encoding in _UTF16_32_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"unreadable encoding: {name} ({encoding} BOM but invalid)"
                ) from None
    if b"\x00" in data:
        raise InputError(f"binary file: {name} (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared_charset(data)
        if declared is not None:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None or float(best.chaos) > _MAX_CHAOS:
        raise InputError(
            f"unreadable encoding: {name} (not UTF-8, and no other encoding fits reliably; "
            "convert it to UTF-8)"
        )
    return str(best)


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first few kilobytes, if Python knows it."""
    match = _HTML_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
