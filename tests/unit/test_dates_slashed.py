"""Slashed dates, as GTD summaries and police statements write them."""

from __future__ import annotations

from datetime import date

from eventwire.dates import find_date_mentions


def day_of(text: str, published: date | None = None) -> date | None:
    mentions = find_date_mentions(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0].start_date


def test_part_above_twelve_fixes_the_order() -> None:
    assert day_of("01/14/2016: Assailants detonated an explosives-laden vehicle.") == date(
        2016, 1, 14
    )
    assert day_of("The attack of 14/01/2016 killed twelve.") == date(2016, 1, 14)


def test_ambiguous_order_reads_month_first() -> None:
    summary = "06/03/2015: Assailants opened fire on a checkpoint in Maiduguri, Borno, Nigeria."
    assert day_of(summary) == date(2015, 6, 3)


def test_ambiguous_order_never_dates_after_publication() -> None:
    text = "Police said the raid on 06/03/2015 led to four arrests."
    assert day_of(text, published=date(2015, 3, 10)) == date(2015, 3, 6)


def test_impossible_slashed_date_is_no_date() -> None:
    assert find_date_mentions("Reference 31/31/2015 was filed.", None) == []
