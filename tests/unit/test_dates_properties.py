"""Properties that must hold for any text: no crash, honest offsets, no future dates."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.dates import find_date_mentions, resolve_event_date

WORDS = [
    "Friday", "last", "Monday", "night", "early", "late", "mid-", "October", "Dec.", "May",
    "March", "8", "31", "2014", "2023", "the", "5th", "on", "at", "dawn", "around", "4",
    "a.m.", "p.m.", "16:30", "local time", "yesterday", "today", "overnight", "week", "month",
    "year", "ago", "two", "days", "between", "and", "from", "to", "-", ",", ".", "since",
    "this", "earlier", "weekend", "of", "in", "2000", "protesters", "noon", "29", "February",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
)
dates = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(text=texts, published=dates, offset=st.integers(min_value=0, max_value=10_000))
def test_mentions_are_honest(text: str, published: date | None, offset: int) -> None:
    mentions = find_date_mentions(text, published, offset)
    previous_end = offset
    for m in mentions:
        assert offset <= m.start < m.end <= offset + len(text)
        assert text[m.start - offset : m.end - offset] == m.text
        assert m.start >= previous_end  # in order, no overlaps
        previous_end = m.end
        if m.start_date is not None and m.end_date is not None:
            assert m.start_date <= m.end_date
        if m.basis == "relative":
            assert published is not None and m.end_date is not None and m.end_date <= published
        if m.basis in ("relative", "unknown") and published is None:
            assert m.start_date is None
    resolved = resolve_event_date(mentions, published)
    if resolved.basis in ("relative", "published"):
        assert published is not None and resolved.end is not None and resolved.end <= published
