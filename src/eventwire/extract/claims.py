"""Claim status: did a group claim the event, deny it, or does the text say nobody did?

"no group stepped forward to claim responsibility" is ``unclaimed``; silence is ``unknown``.
A claim by a named group (found by `actors`) makes the status ``claimed``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.extract.actor_dictionary import known_actor_spans
from eventwire.extract.actors import ActorMention
from eventwire.models import Claim

UNCLAIMED = re.compile(
    r"\b(?:no (?:group|one|organi[sz]ation|party|faction|militant group|armed group)|nobody"
    r"|none)(?: has| had| have)?(?: yet| immediately| so far)? (?:(?:stepped|come|came) "
    r"forward to )?(?:claim(?:ed|s)?|took|taken|accepted|admitted)\b"
    r"|\bno (?:immediate )?claim(?:s)? of responsibility\b"
    r"|\b(?:has|had|have) not (?:yet )?been claimed\b"
    r"|\bwent unclaimed\b|\bremain(?:s|ed)? unclaimed\b|\byet to be claimed\b"
    r"|\bnot (?:immediately )?(?:been )?claimed\b|\bno(?:body| one) claimed\b",
    re.IGNORECASE,
)
DENIED = re.compile(
    r"\b(?:denied|denies|deny|rejected|disavowed) (?:any )?(?:involvement|responsibility"
    r"|role|any role|links?)\b",
    re.IGNORECASE,
)


CLAIMANT = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’.&-]*|al|of|the|for|and|de|del|la)(?:\s+(?:[A-Z][\w'’.&-]*|al|of"
    r"|the|for|and|de|del|la|\([A-Z][\w-]*\))){0,7})\s+(?:has\s+|have\s+|had\s+|later\s+|"
    r"quickly\s+|swiftly\s+)?(?:claimed|claims)\s+(?:responsibility|credit"
    r"|(?:the|a|an|[A-Z][a-z]+(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|blasts?"
    r"|assaults?|killings?|ambush(?:es)?|strikes?|raids?|explosions?|shootings?|kidnappings?"
    r"|abductions?|assassinations?|operations?)|to have (?:carried out|launched|staged))\b"
)
"""A capitalised name right before "claimed responsibility" or "claimed Tuesday's bombing":
the fallback when the parser does not make the claimant a subject ("The MRTA has claimed
responsibility")."""
_LEADING_FUNCTION = re.compile(r"^(?:(?:The|the|of|and|for|al)\s+)+")


def find_claimants(text: str, offset: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of groups that claimed something in ``text``."""
    found = []
    for match in CLAIMANT.finditer(text):
        name = _LEADING_FUNCTION.sub("", match.group("name")).strip()
        if name and name[0].isupper() and name.lower() not in ("no group", "nobody", "it"):
            start = offset + match.end("name") - len(name)
            found.append((name, start, offset + match.end("name")))
    return found or _known_claimants(text, offset)


_CLAIMED_RESPONSIBILITY = re.compile(
    r"\b(?:claimed|claims|claiming|assumed|accepted)\s+(?:responsibility|credit)\b", re.I
)
_NOT_THE_CLAIMANT = re.compile(
    r"\b(?:no|not|never|nobody|denied|denies|after|before|that|which|whom?)\b|[.;:]", re.I
)


def _known_claimants(text: str, offset: int) -> list[tuple[str, int, int]]:
    """The dictionary group written last before "claimed responsibility" in the same clause,
    for copy the capitalised-name pattern cannot read ("the Peruvian guerrilla movement
    Tupac Amaru Revolutionary Movement (MRTA) today claimed responsibility")."""
    found = []
    for claim in _CLAIMED_RESPONSIBILITY.finditer(text):
        window_start = max(0, claim.start() - 200)
        spans = known_actor_spans(text[window_start : claim.start()])
        if not spans:
            continue
        start, end, _ = spans[-1]
        between = text[window_start + end : claim.start()]
        if len(between) <= 60 and not _NOT_THE_CLAIMANT.search(between):
            found.append(
                (text[window_start + start : window_start + end], offset + window_start + start,
                 offset + window_start + end)
            )  # fmt: skip
    return found


@dataclass(frozen=True, slots=True)
class ClaimMention:
    status: str
    start: int
    end: int
    text: str


def find_claim_mentions(text: str, offset: int) -> list[ClaimMention]:
    found = [
        ClaimMention("unclaimed", offset + m.start(), offset + m.end(), m.group(0))
        for m in UNCLAIMED.finditer(text)
    ]
    found += [
        ClaimMention("denied", offset + m.start(), offset + m.end(), m.group(0))
        for m in DENIED.finditer(text)
    ]
    return found


def decide_claim(
    mentions: Sequence[ClaimMention], perpetrators: Sequence[ActorMention], denier: str | None
) -> tuple[Claim, tuple[int, int, str] | None]:
    """The claim status and the span that shows it (claimed > denied > unclaimed)."""
    claimers = [p for p in perpetrators if p.attribution == "claimed"]
    if claimers:
        first = claimers[0]
        return (
            Claim(status="claimed", by=first.normalized_name or first.name),
            (first.start, first.end, first.text),
        )
    for status in ("denied", "unclaimed"):
        for mention in mentions:
            if mention.status == status:
                claim = (
                    Claim(status="denied", by=denier)
                    if status == "denied"
                    else Claim(status="unclaimed")
                )
                return claim, (mention.start, mention.end, mention.text)
    return Claim(), None
