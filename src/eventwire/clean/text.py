"""Normalise raw text and cut it into paragraphs.

Every later stage reports evidence as character offsets into `Article.text`, so the text is
normalised once, here, into a canonical form (LF line endings, NFC, single spaces) and the
paragraph spans are computed from the final string rather than tracked through edits.
"""

from __future__ import annotations

import re
import unicodedata

# Spaces that are not U+0020: no-break, en/em and other typographic spaces, ideographic.
_ODD_SPACES = re.compile(r"[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Control and invisible characters that carry no text: C0/C1 controls (not \n), zero-width
# space, word joiner, BOM, and soft hyphen. ZWNJ/ZWJ are kept: they matter in Arabic script.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACE_RUNS = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n\s*\n")
# A line ending like this finishes a sentence, so a line break after it is a paragraph break.
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)\]]$")
_HEADLINE_MAX_WORDS = 20
PARAGRAPH_SEPARATOR = "\n\n"


def normalize(text: str) -> str:
    """Canonical form: LF line endings, NFC, no invisible characters, single spaces,
    no spaces at line ends. Line structure is kept (paragraph splitting needs it)."""
    text = _LINE_SEPARATORS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _SPACE_RUNS.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def looks_like_headline(line: str) -> bool:
    """A headline is short and does not end like a sentence (no final period)."""
    stripped = line.strip()
    if not stripped or stripped.endswith((".", ",", ";", ":")):
        return False
    if stripped.lower().startswith("by "):  # a byline, not a headline
        return False
    return len(stripped.split()) < _HEADLINE_MAX_WORDS and len(stripped) <= 200


def block_lines(text: str) -> list[list[str]]:
    """Blocks separated by blank lines, each a list of its non-empty lines."""
    blocks = []
    for block in _BLANK_LINES.split(text):
        lines = [line for line in block.split("\n") if line.strip()]
        if lines:
            blocks.append(lines)
    return blocks


def merge_wrapped(lines: list[str], *, first_block: bool) -> list[str]:
    """Turn the lines of one blank-line-separated block into paragraphs.

    Plain text arrives both hard-wrapped (one sentence over several lines) and with one
    paragraph per line and no blank lines. A line break is kept as a paragraph break when
    the line ends a sentence, when the line is much shorter than the longest line of the
    block (wrapped lines run to the wrap width), or after a headline-like first line of the
    document; otherwise the lines are joined with a space.
    """
    if not lines:
        return []
    widest = max(len(line) for line in lines)
    paragraphs = [lines[0]]
    for index, line in enumerate(lines[1:], start=1):
        previous = lines[index - 1]
        headline = first_block and index == 1 and looks_like_headline(previous)
        breaks = (
            headline or _SENTENCE_END.search(previous) is not None or len(previous) < widest * 0.6
        )
        if breaks:
            paragraphs.append(line)
        else:
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
    return paragraphs


def join_paragraphs(paragraphs: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join paragraphs with a blank line and return the text with each paragraph's span."""
    spans = []
    position = 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), tuple(spans)


def truncate(paragraphs: list[str], max_chars: int) -> tuple[list[str], bool]:
    """Keep whole paragraphs while the joined text fits in ``max_chars``.

    Cutting at a paragraph boundary keeps sentences whole; only a first paragraph that is
    itself too long is cut, at the last space before the limit. Returns the paragraphs and
    whether anything was dropped.
    """
    kept: list[str] = []
    total = 0
    for paragraph in paragraphs:
        extra = len(paragraph) + (len(PARAGRAPH_SEPARATOR) if kept else 0)
        if total + extra > max_chars:
            if not kept:
                cut = paragraph[:max_chars]
                space = cut.rfind(" ")
                kept.append((cut[:space] if space > max_chars // 2 else cut).rstrip())
            return kept, True
        kept.append(paragraph)
        total += extra
    return kept, False
