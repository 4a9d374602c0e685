"""Drop page furniture (share buttons, "ALSO READ" links, comment forms, cookie notices).

Furniture left in the text becomes false evidence: a related-story headline like "Bandits
abduct 20 travellers" would be extracted as an event of this article. Each pattern below
names the furniture it removes and is anchored to the *whole line* (or to the start of a
short line), so a news sentence that merely contains "share", "reply" or "subscribe" is
never dropped. Lines are tested one by one, before hard-wrapped lines are joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Furniture(NamedTuple):
    """One kind of furniture: the pattern, the longest line it may drop, and why."""

    pattern: re.Pattern[str]
    max_len: int
    reason: str


_I = re.IGNORECASE
_SOCIAL = (
    r"(facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|reddit|pinterest|print|copy link)"
)

FURNITURE: tuple[Furniture, ...] = (
    Furniture(
        re.compile(
            r"(also read|read also|read more|more to read|see also|related"
            r"|related (stories|articles|news|posts)|recommended|you may also like|don't miss"
            r"|trending|more from \w+)\s*[:|\-–—»>].*",
            _I,
        ),
        300,
        "link to another story; its headline is not this article's news",
    ),
    Furniture(
        re.compile(r"(related|related (stories|articles|news|posts)|read more|also read)$", _I),
        40,
        "heading of a related-links box",
    ),
    Furniture(
        re.compile(
            r"(leave a (reply|comment)|post a comment|add a comment|reply|comments?)\s*[:.]?$", _I
        ),
        40,
        "comment form heading or reply button",
    ),
    Furniture(
        re.compile(r".*your email address will not be published.*", _I),
        200,
        "comment form notice",
    ),
    Furniture(re.compile(r".*required fields are marked.*", _I), 200, "comment form notice"),
    Furniture(
        re.compile(
            rf"(share( this( article| story| post)?| on {_SOCIAL}| via {_SOCIAL})|tweet)\b.*", _I
        ),
        80,
        "share button",
    ),
    Furniture(
        re.compile(rf"{_SOCIAL}(\s*[|,/·•]?\s*{_SOCIAL})*$", _I),
        80,
        "row of share buttons",
    ),
    Furniture(
        re.compile(r"(subscribe|sign up) (to|for|now|today)\b.*", _I),
        160,
        "newsletter or subscription prompt",
    ),
    Furniture(re.compile(r"click here\b.*", _I), 200, "call to action"),
    Furniture(
        re.compile(
            r"(follow us|follow (@\w+|the daily \w+) on|join (us|our \w+ (channel|group)))\b.*", _I
        ),
        160,
        "social media prompt",
    ),
    Furniture(
        re.compile(
            r"(advertisements?|sponsored( content)?|story continues below( advertisement)?"
            r"|scroll to continue( with content)?|skip to (main )?content|listen to this article"
            r"|loading\W*)$",
            _I,
        ),
        60,
        "advertising or page-navigation label",
    ),
    Furniture(
        re.compile(
            r".*\b(we use cookies|(this|our) (web)?site uses cookies|cookie (policy|settings)"
            r"|accept (all )?cookies)\b.*",
            _I,
        ),
        400,
        "cookie notice",
    ),
    Furniture(re.compile(r".*\ball rights reserved\b.*", _I), 200, "copyright footer"),
    Furniture(
        re.compile(r"(©|\(c\)|copyright\s*(©|\(c\)|\d{4})).*", _I),
        200,
        "copyright footer",
    ),
    Furniture(re.compile(r"(tags|filed under|topics)\s*:.*", _I), 200, "tag list"),
    Furniture(
        re.compile(r"\d+\s+(comments?|replies|responses)( to .*)?$", _I),
        200,
        "comment counter",
    ),
    Furniture(
        re.compile(r"(?=\S*[\d_]|[a-z])\S{2,30} says:.*"),
        400,
        "reader comment ('username says: ...'); a lowercase or numbered handle, not a person",
    ),
    Furniture(re.compile(r"posted by\b.{0,80}\b(at|on)\b.*", _I), 160, "blog or comment byline"),
    Furniture(
        re.compile(r"(log ?in|sign in|register) to (reply|comment|post).*", _I),
        120,
        "comment form prompt",
    ),
)
"""Lines to drop wherever they appear, with the reason for each."""

COMMENTS_START = re.compile(
    r"(comments?|\d+ comments?|reader comments|leave a (reply|comment)|post a comment"
    r"|add (a|your) comment|join the (discussion|conversation)|comments are closed"
    r"|(\d+|one|two|three) (thoughts|responses?) (on|to) .{1,200})\s*[:.]?",
    _I,
)
"""A heading that starts the reader-comment section: everything after it is dropped."""


def furniture_reason(line: str) -> str | None:
    """Why ``line`` is page furniture, or None when it is content."""
    stripped = line.strip()
    for item in FURNITURE:
        if len(stripped) <= item.max_len and item.pattern.fullmatch(stripped):
            return item.reason
    return None


def drop_furniture(blocks: Iterable[list[str]]) -> list[list[str]]:
    """The blocks of lines that are content: furniture lines removed, and nothing kept
    after a comments heading (reader comments are opinion, not reporting).

    A comments heading as the very first line is only dropped, not a cut-off: there would
    be nothing before it to keep, so it is more likely a stray label than a section start.
    """
    kept_blocks: list[list[str]] = []
    first = True
    for block in blocks:
        kept: list[str] = []
        for line in block:
            stripped = line.strip()
            if not stripped:
                continue
            if not first and COMMENTS_START.fullmatch(stripped):
                if kept:
                    kept_blocks.append(kept)
                return kept_blocks
            first = False
            if furniture_reason(stripped) is None:
                kept.append(stripped)
        if kept:
            kept_blocks.append(kept)
    return kept_blocks
