"""Parse an article paragraph by paragraph and expose its sentences with article offsets.

Paragraphs are parsed separately (split on blank lines by the cleaner) so that a headline
never runs into the first sentence of the body, and a headline paragraph is always one
sentence however the parser would split it.
"""

from __future__ import annotations

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


def paragraph_texts(article: Article) -> list[str]:
    return [article.text[start:end] for start, end in article.paragraphs]


def sentences_from_docs(article: Article, docs: Iterable[Any]) -> list[Sentence]:
    """Turn parsed paragraph docs (in paragraph order) into article-level sentences."""
    sentences: list[Sentence] = []
    for paragraph_index, ((para_start, _), doc) in enumerate(
        zip(article.paragraphs, docs, strict=True)
    ):
        is_headline = article.title_in_text and paragraph_index == 0
        spans: Sequence[Any] = [doc[:]] if is_headline else list(doc.sents)
        for span in spans:
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
