"""resolve_event_date, is_historic, parse_published and find_dateline."""

from __future__ import annotations

from datetime import date, time

import pytest

from eventwire.dates import (
    DateMention,
    find_date_mentions,
    find_dateline,
    is_historic,
    is_state_start,
    parse_published,
    resolve_event_date,
)
from eventwire.errors import InputError
from eventwire.models import EventDate

PUB = date(2023, 12, 9)
EVENT = [
    "On the morning of Friday, the U.S. embassy located in Baghdad experienced a sudden and "
    "alarming attack.",
    "Friday, around 4 a.m., the stillness of the night in Iraq's capital was shattered by the "
    "sound of explosions.",
]


def mentions_of(sentences: list[str], published: date | None) -> list[DateMention]:
    return [m for s in sentences for m in find_date_mentions(s, published)]


def test_most_specific_with_time() -> None:
    got = resolve_event_date(mentions_of(EVENT, PUB), PUB)
    assert got == EventDate(
        start=date(2023, 12, 8),
        end=date(2023, 12, 8),
        precision="day",
        time="04:00",
        basis="relative",
        text="Friday, around 4 a.m.",
    )


def test_day_beats_month_and_year_and_time_is_borrowed() -> None:
    sentences = ["In 2014, the group rose.", "In mid-October, attacks resumed.", "On Dec. 7 at"]
    sentences.append("Shots rang out around 11 p.m.")
    got = resolve_event_date(mentions_of(sentences, PUB), PUB)
    assert (got.start, got.precision, got.basis, got.time, got.text) == (
        date(2023, 12, 7),
        "day",
        "explicit",
        "23:00",
        "Dec. 7",
    )


def test_no_mentions() -> None:
    assert resolve_event_date([], PUB) == EventDate(
        start=PUB, end=PUB, precision="day", basis="published"
    )
    assert resolve_event_date([], None) == EventDate()


def test_relative_without_publication_date() -> None:
    got = resolve_event_date(mentions_of(EVENT, None), None)
    assert (got.start, got.end, got.basis, got.precision) == (None, None, "unknown", "unknown")
    assert (got.time, got.text) == ("04:00", "Friday, around 4 a.m.")


def test_time_only_uses_publication_date() -> None:
    got = resolve_event_date(find_date_mentions("A blast at around 4 a.m.", PUB), PUB)
    assert (got.start, got.basis, got.time) == (PUB, "published", "04:00")


def test_is_historic() -> None:
    def first(text: str) -> bool:
        return is_historic(find_date_mentions(text, PUB)[0], PUB)

    assert first("In 2014, the Islamic State shocked the world")
    assert first("Attacks have continued since mid-October.")
    assert first("The town fell in March.")
    assert not first("The embassy was attacked on Friday.")
    assert not first("Attacks rose earlier this month.")
    assert not first("The base was hit late last month.")
    assert not is_historic(find_date_mentions("Friday", None)[0], None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-12-09", (date(2023, 12, 9), None)),
        ("2023-12-09T10:31:00Z", (date(2023, 12, 9), time(10, 31))),
        ("2023-12-09T10:31:00+03:00", (date(2023, 12, 9), time(10, 31))),
        ("Sat, 09 Dec 2023 10:31:00 GMT", (date(2023, 12, 9), time(10, 31))),
        ("December 9, 2023", (date(2023, 12, 9), None)),
        ("9 Dec 2023 10:31", (date(2023, 12, 9), time(10, 31))),
        ("  ", (None, None)),
        (None, (None, None)),
    ],
)
def test_parse_published(value: str | None, expected: tuple[date | None, time | None]) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday-ish", "2023-13-45", "February 30, 2023", "soon"])
def test_parse_published_rejects_garbage(value: str) -> None:
    with pytest.raises(InputError, match="publication date"):
        parse_published(value)


@pytest.mark.parametrize(
    ("text", "place", "mention_text", "day"),
    [
        (
            "BAGHDAD, Dec 8 (Reuters) - Rockets hit the U.S. embassy.",
            "BAGHDAD",
            "Dec 8",
            date(2023, 12, 8),
        ),
        ("KABUL (AP) — A suicide bomber struck a mosque.", "KABUL", None, None),
        (
            "Mogadishu, 12 March 2024 – Al-Shabaab fighters attacked.",
            "Mogadishu",
            "12 March 2024",
            date(2024, 3, 12),
        ),
        ("BAGHDAD, Iraq (AP) — Rockets hit.", "BAGHDAD, Iraq", None, None),
        (
            "Bombs hit a market\n\nGAZA CITY, Dec 8 (AFP) - Strikes hit.",
            "GAZA CITY",
            "Dec 8",
            date(2023, 12, 8),
        ),
    ],
)
def test_dateline(text: str, place: str, mention_text: str | None, day: date | None) -> None:
    got_place, mention = find_dateline(text, PUB)
    assert got_place == place
    assert (mention.text if mention else None) == mention_text
    if mention is not None:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start_date == day


def test_no_dateline() -> None:
    assert find_dateline("The attack — which killed five — was condemned.") == (None, None)
    assert find_dateline("Mr Smith - a spokesman - said nothing.") == (None, None)


def test_a_plan_after_publication_never_dates_the_event() -> None:
    text = "Rebels bombed the office, hoping to disrupt the 1990 presidential elections."
    got = resolve_event_date(find_date_mentions(text, date(1988, 5, 20)), date(1988, 5, 20))
    assert (got.start, got.basis) == (date(1988, 5, 20), "published")


def test_a_plan_after_publication_gives_way_to_a_past_date() -> None:
    text = "Yesterday guerrillas burned buses ahead of the 1990 elections."
    got = resolve_event_date(find_date_mentions(text, date(1989, 11, 9)), date(1989, 11, 9))
    assert got.start == date(1989, 11, 8)


def test_near_picks_the_date_told_with_the_victim() -> None:
    pub = date(1989, 8, 17)
    text = (
        "The chaos unleashed in Bogota last night with the killing of Justice Carlos Valencia"
        " began on 28 July in Medellin, when paid assassins murdered Judge Maria Elena Diaz."
    )
    mentions = find_date_mentions(text, pub)
    assert resolve_event_date(mentions, pub, near=text.index("killing")).start == date(1989, 8, 16)
    assert resolve_event_date(mentions, pub, near=text.index("murdered")).start == date(1989, 7, 28)


def test_near_never_beats_a_finer_date() -> None:
    pub = date(2023, 12, 9)
    text = "Gunmen killed a trader on Friday; attacks have risen this month, police said."
    mentions = find_date_mentions(text, pub)
    got = resolve_event_date(mentions, pub, near=text.index("attacks"))
    assert (got.start, got.precision) == (date(2023, 12, 8), "day")


def _words(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def test_date_beside_the_event_word_beats_a_finer_one_elsewhere() -> None:
    text = (
        "Antonio Navarro Wolff was nominated today as the new candidate to replace Carlos "
        "Pizarro, who was murdered on 26 April."
    )
    published = date(1990, 4, 29)
    found = find_date_mentions(text, published)
    result = resolve_event_date(found, published, triggers=_words(text, "murdered"))
    assert result.start == date(1990, 4, 26)


def test_event_word_keeps_its_coarse_date_when_nothing_finer_lies_inside() -> None:
    text = "Today the country is still amazed: the justice was shot to death last month."
    published = date(1989, 8, 28)
    found = find_date_mentions(text, published)
    result = resolve_event_date(found, published, triggers=_words(text, "shot to death"))
    assert (result.start, result.end) == (date(1989, 7, 1), date(1989, 7, 31))


def test_finer_day_inside_the_event_words_period_refines_it() -> None:
    text = (
        "With the murder of two more engineers last Wednesday, 7 December, six engineers "
        "have been murdered this week."
    )
    published = date(1988, 12, 10)
    found = find_date_mentions(text, published)
    triggers = _words(text, "have been murdered")
    assert resolve_event_date(found, published, triggers=triggers).start == date(1988, 12, 7)


def test_since_a_day_dates_the_state_it_began() -> None:
    text = "two women who have been held by the Extraditables since 16 December in Medellin"
    (mention,) = find_date_mentions(text, date(1990, 1, 17))
    assert is_state_start(mention)
    (campaign,) = find_date_mentions("attacks since mid-October", date(1990, 1, 17))
    assert not is_state_start(campaign)


def test_the_publication_year_alone_yields_to_the_publication_date() -> None:
    text = "the economic program that the government will implement between 1990 and 1993"
    published = date(1990, 1, 12)
    result = resolve_event_date(find_date_mentions(text, published), published)
    assert (result.start, result.basis) == (published, "published")


def test_a_bygone_year_still_dates_the_event() -> None:
    published = date(1990, 1, 12)
    result = resolve_event_date(find_date_mentions("the 1989 bombing", published), published)
    assert (result.start, result.precision) == (date(1989, 1, 1), "year")


def test_near_keeps_to_the_clause_of_a_list_of_incidents() -> None:
    text = (
        "JUDGE MARIA HELENA DIAZ WAS ASSASSINATED ON 28 JULY; MEDELLIN HIGHER COURT MAGISTRATE"
        " HECTOR JIMENEZ WAS KILLED ON 17 OCTOBER; AND MAGISTRATE MARIELA ESPINOZA WAS KILLED ON"
        " 1 NOVEMBER."
    )
    pub = date(1989, 12, 5)
    mentions = find_date_mentions(text, pub)
    got = resolve_event_date(mentions, pub, near=text.index("MARIELA"), text=text)
    assert got.start == date(1989, 11, 1)
    got = resolve_event_date(mentions, pub, near=text.index("HECTOR"), text=text)
    assert got.start == date(1989, 10, 17)


def test_a_clock_colon_is_no_clause_break() -> None:
    text = "Gunmen killed the mayor at 10:30 on 4 May, and a guard died on 5 May."
    pub = date(2023, 5, 9)
    mentions = find_date_mentions(text, pub)
    got = resolve_event_date(mentions, pub, near=text.index("mayor"), text=text)
    assert got.start == date(2023, 5, 4)
