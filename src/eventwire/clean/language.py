"""Which language an article is written in, well enough to refuse the ones the loaded spaCy
model cannot read.

An English pipeline run over French or Arabic text does not fail: it finds "entities" in
every capitalised word and events in every cognate ("attaque", "police"), so the records
would be confidently wrong. This detector is deliberately small and dependency-free: the
script of the letters decides for non-Latin text (Arabic, Cyrillic, CJK ...), and for Latin
text the share of each language's most frequent function words does. It answers only when
the evidence is clear (enough words, one language far ahead); otherwise it says nothing,
and the article is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "de": "German",
    "nl": "Dutch",
    "tr": "Turkish",
    "id": "Indonesian",
    "sw": "Swahili",
    "ar": "Arabic",
    "fa": "Persian",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "he": "Hebrew",
    "hi": "Hindi",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "th": "Thai",
}


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _set(
        "the of and to in a is that for on was with by as at from said were are have has "
        "it he his be an this which had after their they who not been but or its also "
        "two police people killed"
    ),
    "fr": _set(
        "le la les des du de et en un une est dans que qui pour par sur au aux avec il elle "
        "ont été a pas ce cette ses son leur plus selon lors été après contre"
    ),
    "es": _set(
        "el la los las de del y en un una es que por para con al se su sus fue han como "
        "más según tras contra entre lo este esta"
    ),
    "pt": _set(
        "o a os as de do da dos das e em um uma é que por para com no na nos nas foi se "
        "seu sua ao pelo pela segundo após contra"
    ),
    "it": _set(
        "il lo la i gli le di del della dei e in un una è che per con non sono è stato al "
        "alla nel nella da dopo secondo contro"
    ),
    "de": _set(
        "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als "
        "auch es an wurde wurden nach bei sind hat"
    ),
    "nl": _set(
        "de het een en van in is op te dat die voor met zijn werd niet aan er door bij "
        "naar ook om wordt volgens"
    ),
    "tr": _set(
        "ve bir bu da de için ile olarak daha çok olan en gibi sonra ise kadar ancak "
        "tarafından edildi oldu"
    ),
    "id": _set(
        "dan yang di ke dari ini itu dengan untuk pada dalam tidak akan adalah oleh juga "
        "telah sudah para mereka"
    ),
    "sw": _set("na ya wa kwa katika la za ni kwamba watu hiyo huo hii kuwa alisema baada serikali"),
}

_WORD = re.compile(r"[^\W\d_]+")
_MIN_LETTERS = 40
_MIN_WORDS = 20
_MIN_SCRIPT_SHARE = 0.5
_MIN_RATIO = 0.12
"""A language's function words must be at least this share of all words to be named."""
_PERSIAN_LETTERS = frozenset("پچژگکی")
_SCRIPTS = (
    ("ARABIC", "ar"),
    ("CYRILLIC", "ru"),
    ("GREEK", "el"),
    ("HEBREW", "he"),
    ("DEVANAGARI", "hi"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("HANGUL", "ko"),
    ("THAI", "th"),
)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unclear."""
    sample = text[:20_000]
    scripts = Counter(_script(ch) for ch in sample if ch.isalpha())
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS:
        return None
    script, count = max(scripts.items(), key=lambda item: item[1])
    if script != "LATIN":
        if count / letters < _MIN_SCRIPT_SHARE:
            return None
        return _non_latin(script, sample, scripts)
    words = [w.casefold() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return None
    ratios = {
        code: sum(w in stopwords for w in words) / len(words)
        for code, stopwords in _STOPWORDS.items()
    }
    best = max(ratios, key=lambda code: ratios[code])
    if best == "en":
        return "en"
    if ratios[best] >= _MIN_RATIO and ratios["en"] * 2 < ratios[best]:
        return best
    return None


def language_reason(text: str, accepted: str = "en") -> str | None:
    """Why ``text`` cannot be read by a pipeline for the language ``accepted`` (an ISO
    639-1 code such as spaCy's ``nlp.lang``), or None when it can or the language is unclear.

    The reason names both: "not English (looks like French)".
    """
    found = detect_language(text)
    if found is None or found == accepted.split("_", maxsplit=1)[0].lower():
        return None
    wanted = LANGUAGE_NAMES.get(accepted, accepted)
    return f"not {wanted} (looks like {LANGUAGE_NAMES.get(found, found)})"


def _script(ch: str) -> str:
    """The first word of the character's Unicode name ("LATIN", "ARABIC", "CJK" ...)."""
    if ch.isascii():
        return "LATIN"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split(" ", 1)[0]


def _non_latin(script: str, sample: str, scripts: Counter[str]) -> str | None:
    if script == "CJK" and (scripts["HIRAGANA"] or scripts["KATAKANA"]):
        return "ja"
    if script == "ARABIC" and sum(ch in _PERSIAN_LETTERS for ch in sample) > 0.02 * scripts[script]:
        return "fa"
    if script == "CYRILLIC" and any(ch in "іїєґІЇЄҐ" for ch in sample):
        return "uk"
    for name, code in _SCRIPTS:
        if name == script:
            return code
    return None
