"""Restore letter case in all-capitals reports before parsing.

Wire services and broadcast monitors (FBIS, the MUC corpora, many headlines) send text in
capitals. spaCy's tagger, parser and NER were trained on mixed case and fail on it: every
word looks like a proper noun. The truecaser lowers words that are common English words and
keeps names capitalised, so the parser sees "the Guatemala army denied today that guerrillas
attacked the Santo Tomas presidential farm". Only case changes: every offset into the
original text stays valid, and evidence is still cut from the original.

Common words come from the lemmatizer's own word lists (WordNet lemma index and
exceptions) shipped inside the spaCy model, so nothing extra is downloaded; place names
that are also dictionary words ("Guatemala", "Bogota") are kept as names when the
gazetteer knows them as a country, a region or a large city.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|--\s*|\n\s*|\[TEXT\]\s*)$")
UPPERCASE_SHARE = 0.7
"""A text whose letters are at least this share capitals is treated as all-capitals."""
ACRONYM_MAX = 4
"""Unknown words this short stay in capitals: "FMLN", "DPA", "ELN" are acronyms."""


def needs_truecasing(text: str) -> bool:
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 40:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= UPPERCASE_SHARE


@dataclass(frozen=True)
class Truecaser:
    """Lowers common words, keeps names. Build once per pipeline with `from_nlp`."""

    common_words: frozenset[str]
    is_major_place: Callable[[str], bool]

    @classmethod
    def from_nlp(cls, nlp: Any, is_major_place: Callable[[str], bool]) -> Truecaser:
        words: set[str] = set()
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for table_name in ("lemma_index", "lemma_exc"):
                if lookups.has_table(table_name):
                    table = lookups.get_table(table_name)
                    for value in table.values():
                        words.update(value if not isinstance(value, dict) else value.keys())
        words.update(_FUNCTION_WORDS)
        return cls(frozenset(w.lower() for w in words if w.isalpha()), is_major_place)

    def truecase(self, text: str) -> str:
        """``text`` with common words lowered and names capitalised; same length."""
        known = lru_cache(maxsize=None)(self._is_common)
        pieces: list[str] = []
        last = 0
        for match in _WORD.finditer(text):
            word = match.group(0)
            pieces.append(text[last : match.start()])
            last = match.end()
            if not word.isupper():
                pieces.append(word)
                continue
            lower = word.lower()
            if lower in _CALENDAR_WORDS:
                cased = lower.capitalize()
            elif known(lower):
                cased = lower
            elif len(word) <= ACRONYM_MAX and not self.is_major_place(lower):
                cased = word
            else:
                cased = lower.capitalize()
            if _SENTENCE_START.search(text[max(0, match.start() - 12) : match.start()]):
                cased = cased[:1].upper() + cased[1:]
            pieces.append(cased)
        pieces.append(text[last:])
        return "".join(pieces)

    def _is_common(self, lower: str) -> bool:
        if lower in _FUNCTION_WORDS:
            return True
        if not any(form in self.common_words for form in _base_forms(lower)):
            return False
        return not self.is_major_place(lower)


def _base_forms(word: str) -> set[str]:
    """The word and the stems English inflection may have produced it from."""
    forms = {word}
    for suffix, replacements in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.update(stem + replacement for replacement in replacements)
    if len(word) > 4 and word[-1] == word[-2] == "s":
        forms.add(word)
    return forms


_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ing", ("", "e")),
    ("ed", ("", "e")),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ly", ("", "le")),
    ("er", ("", "e")),
    ("est", ("", "e")),
)
_CALENDAR_WORDS = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
"""Month and day names, which the dateline and date readers expect capitalised."""
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "that",
        "this",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "it",
        "its",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
        "we",
        "our",
        "us",
        "you",
        "your",
        "i",
        "me",
        "my",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "nor",
        "so",
        "if",
        "than",
        "then",
        "there",
        "here",
        "also",
        "after",
        "before",
        "during",
        "while",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "each",
        "other",
        "into",
        "over",
        "under",
        "about",
        "against",
        "between",
        "through",
        "today",
        "yesterday",
        "tonight",
        "said",
        "says",
    }
)
