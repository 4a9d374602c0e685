"""Parse an article paragraph by paragraph and expose its sentences with article offsets.

Paragraphs are parsed separately (split on blank lines by the cleaner) so that a headline
never runs into the first sentence of the body, and a headline paragraph is always one
sentence however the parser would split it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.models import Article


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its spaCy span and where it sits in the article text."""

    index: int
    span: Any
    """The ``spacy.tokens.Span``; its ``start_char`` is relative to its paragraph."""
    start: int
    end: int
    text: str
    paragraph: int
    is_headline: bool

    @property
    def base(self) -> int:
        """Article offset of the start of this sentence's paragraph."""
        return self.start - int(self.span.start_char)


_DATELINE_GAP = re.compile(r"[\s\-–—:]*")


def parse_spans(article: Article, skip_until: int = 0) -> list[tuple[int, int]]:
    """The spans of ``article.text`` to parse: its paragraphs, except that a paragraph opening
    with the dateline ("BUNIA, Democratic Republic of Congo - ...") starts after it, so the
    parser never makes the dateline the subject of the first sentence."""
    spans: list[tuple[int, int]] = []
    for start, end in article.paragraphs:
        begin = start
        if start < skip_until < end:
            gap = _DATELINE_GAP.match(article.text, skip_until, end)
            begin = gap.end() if gap else skip_until
        spans.append((begin, end))
    return spans


def span_texts(article: Article, spans: Sequence[tuple[int, int]]) -> list[str]:
    return [article.text[start:end] for start, end in spans]


def sentences_from_docs(
    article: Article, docs: Iterable[Any], spans: Sequence[tuple[int, int]] | None = None
) -> list[Sentence]:
    """Turn parsed docs of ``spans`` (default: the paragraphs) into article-level sentences."""
    sentences: list[Sentence] = []
    parsed: Sequence[tuple[int, int]] = spans if spans is not None else article.paragraphs
    for paragraph_index, ((para_start, _), doc) in enumerate(zip(parsed, docs, strict=True)):
        is_headline = article.title_in_text and paragraph_index == 0
        doc_sentences: Sequence[Any] = [doc[:]] if is_headline else list(doc.sents)
        for span in doc_sentences:
            text = span.text
            if not text.strip():
                continue
            start = para_start + span.start_char
            sentences.append(
                Sentence(
                    index=len(sentences),
                    span=span,
                    start=start,
                    end=start + len(text),
                    text=text,
                    paragraph=paragraph_index,
                    is_headline=is_headline,
                )
            )
    return sentences
