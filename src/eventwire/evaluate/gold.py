"""The gold side of an evaluation: what a hand-coded record says, in one shape for every format.

Each reader (MUC-4, UCDP, ACLED, GTD, JSONL) turns its records into `GoldText` items holding
zero or more `GoldEvent`s. A field left ``None`` is *not defined* for that record: it is not
counted in that field's n, so a data set that never codes injuries does not drag the
injured figure down. Sets of accepted values (``event_types`` and the GTD fields) exist
because the gold codebooks are coarser or different from ACLED/GTD: a MUC-4 ``ATTACK`` is
correctly coded as several ACLED types, and the evaluation must not punish any of them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

Names = tuple[str, ...]
"""Alternative names of one actor (any of them may match)."""


@dataclass(frozen=True)
class GoldCount:
    """A casualty count: ``best`` is what "exact" compares; ``low``/``high`` widen "within 20%"."""

    best: int
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event; ``None`` means the gold record does not define the field."""

    event_types: frozenset[str] | None = None
    sub_event_types: frozenset[str] | None = None
    gtd_attack_types: frozenset[str] | None = None
    gtd_weapon_types: frozenset[str] | None = None
    gtd_target_types: frozenset[str] | None = None
    date_range: tuple[dt.date, dt.date] | None = None
    """Inclusive; a single day has start == end."""
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    """A country name or ISO 3166 alpha-3 code; either form of the prediction may match."""
    admin1: str | None = None
    killed: GoldCount | None = None
    injured: GoldCount | None = None
    perpetrators: tuple[Names, ...] | None = None
    targets: tuple[Names, ...] | None = None
    claimed: bool | None = None
    """True: the text reports a claim. False: no claim is reported (any status but
    ``claimed`` is right)."""
    label: str = ""
    """A short description for error listings ("MUC-4 template 3: BOMBING")."""


@dataclass(frozen=True)
class GoldText:
    """One text to run extraction on, with the events coders found in it.

    ``events`` empty and ``relevant`` False: coders found no event (counts for detection
    only). ``relevant`` None: the text is skipped for detection (e.g. MUC-4 texts whose
    only templates are threats, which ACLED would not code as events either way).
    """

    id: str
    text: str
    published: str | None
    events: tuple[GoldEvent, ...] = ()
    relevant: bool | None = True
    extra: dict[str, str] = field(default_factory=dict)


_GENERIC = frozenset(
    {
        "the", "a", "an", "of", "and", "group", "groups", "forces", "force", "people",
        "men", "unknown", "unidentified", "individuals", "persons", "person", "member",
        "members", "some", "several", "other", "others",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: "Şalāḩ ad-Dīn" ->
    "salah ad din". Gold files and predictions spell names differently; this removes the
    differences no reader would call an error."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = re.sub(r"\([^)]*\)", " ", ascii_text)
    ascii_text = re.sub(r"[^a-z0-9]+", " ", ascii_text.lower().replace("'", ""))
    return " ".join(ascii_text.split())


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(rf"\b{re.escape(needle)}\b", haystack) is not None


def names_match(gold_names: Names, predicted: list[str]) -> bool:
    """Alias-tolerant, normalised substring match of one gold actor against predicted names.

    Correct when a gold alternative occurs (as whole words) in a predicted name ("FMLN" in
    "FMLN guerrillas"), or a predicted name occurs in a gold alternative and is not a
    generic word ("Shining Path" in "Shining Path column"; "forces" alone never matches).
    Aliases (``evaluate.names``) are expanded by the readers, not here.
    """
    folded_pred = [fold(p) for p in predicted if p]
    for gold in gold_names:
        g = fold(gold)
        if not g:
            continue
        for p in folded_pred:
            if _contains(p, g):
                return True
            meaningful = [w for w in p.split() if w not in _GENERIC]
            if meaningful and len(p) >= 3 and _contains(g, p):
                return True
    return False
