"""find_date_mentions on real news sentences, published Saturday 2023-12-09 unless noted."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import DateMention, find_date_mentions

PUB = date(2023, 12, 9)  # a Saturday
D = date


def one(text: str, published: date | None = PUB) -> DateMention:
    mentions = find_date_mentions(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def span(text: str, published: date | None = PUB) -> tuple[date | None, date | None, str]:
    m = one(text, published)
    return m.start_date, m.end_date, m.precision


def test_weekday_with_time_is_one_mention() -> None:
    text = (
        "Friday, around 4 a.m., the stillness of the night in Iraq's capital was shattered "
        "by the sound of explosions."
    )
    m = one(text)
    assert (m.text, m.start, m.end) == ("Friday, around 4 a.m.", 0, 21)
    assert (m.start_date, m.end_date, m.precision) == (D(2023, 12, 8), D(2023, 12, 8), "day")
    assert (m.basis, m.time, m.part_of_day) == ("relative", "04:00", None)


def test_morning_of_weekday() -> None:
    m = one(
        "On the morning of Friday, the U.S. embassy located in Baghdad experienced a sudden "
        "and alarming attack."
    )
    assert m.text == "the morning of Friday"
    assert (m.start_date, m.part_of_day, m.time) == (D(2023, 12, 8), "morning", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire on Saturday, killing three.", D(2023, 12, 9)),  # same weekday
        ("Gunmen opened fire last Saturday, killing three.", D(2023, 12, 2)),
        ("Gunmen opened fire last Friday, killing three.", D(2023, 12, 8)),
        ("A car bomb exploded early Monday near a checkpoint.", D(2023, 12, 4)),
        ("Clashes broke out Thursday night in the old city.", D(2023, 12, 7)),
        ("Police said yesterday that two officers were wounded.", D(2023, 12, 8)),
        ("Protesters gathered today outside parliament.", D(2023, 12, 9)),
        ("The militia shelled the town last night.", D(2023, 12, 8)),
        ("Two soldiers were killed two days ago in an ambush.", D(2023, 12, 7)),
        ("Residents said the village was attacked on the 5th.", D(2023, 12, 5)),
        ("Rebels seized the town on the 12th, officials said.", D(2023, 11, 12)),  # not future
    ],
)
def test_relative_days(text: str, expected: date) -> None:
    m = one(text)
    assert (m.start_date, m.end_date, m.precision) == (expected, expected, "day")
    assert m.basis == ("explicit" if "the 5th" in text or "the 12th" in text else "relative")


def test_parts_of_day() -> None:
    assert one("Thursday night").part_of_day == "night"
    assert one("early Monday").part_of_day == "morning"
    dawn = one("Troops raided the camp at dawn, witnesses said.")
    assert (dawn.text, dawn.part_of_day, dawn.start_date) == ("at dawn", "dawn", None)
    joined = one("Troops raided the camp at dawn on Friday, witnesses said.")
    assert (joined.text, joined.start_date, joined.part_of_day) == (
        "at dawn on Friday",
        D(2023, 12, 8),
        "dawn",
    )


def test_overnight_is_publication_date() -> None:
    m = one("Drones struck fuel depots overnight, the ministry said.")
    assert (m.start_date, m.precision, m.basis, m.part_of_day) == (
        PUB,
        "day",
        "relative",
        "overnight",
    )
    assert one("Drones struck overnight.", None).start_date is None


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The blast happened around 4 a.m. local time.", "04:00"),
        ("Shots were heard at 10 p.m.", "22:00"),
        ("The curfew began at 4am.", "04:00"),
        ("The rocket landed at 04:00.", "04:00"),
        ("The attack began at 16:30 local time.", "16:30"),
        ("Fighting resumed at 1630 GMT.", "16:30"),
        ("The convoy was hit at 12:15 a.m.", "00:15"),
        ("The rally ended at noon.", "12:00"),
        ("Gunfire erupted at 8:30 in the evening.", "20:30"),
    ],
)
def test_times(text: str, time: str) -> None:
    assert one(text).time == time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack took place on 8 December 2023.", (D(2023, 12, 8), D(2023, 12, 8), "day")),
        ("The attack took place on December 8, 2023.", (D(2023, 12, 8), D(2023, 12, 8), "day")),
        ("It was claimed on Friday, December 8, 2023.", (D(2023, 12, 8), D(2023, 12, 8), "day")),
        ("Rockets hit the base on Dec. 8.", (D(2023, 12, 8), D(2023, 12, 8), "day")),
        ("Rockets hit the base on 8 December.", (D(2023, 12, 8), D(2023, 12, 8), "day")),
        ("Rockets hit the base on the 8th of December.", (D(2023, 12, 8), D(2023, 12, 8), "day")),
        ("The raid was on Dec. 12.", (D(2022, 12, 12), D(2022, 12, 12), "day")),  # not future
        ("The report is dated 2023-11-30.", (D(2023, 11, 30), D(2023, 11, 30), "day")),
        ("Strikes resumed in March.", (D(2023, 3, 1), D(2023, 3, 31), "month")),
        ("The ceasefire collapsed last June.", (D(2023, 6, 1), D(2023, 6, 30), "month")),
        ("The ceasefire collapsed last December.", (D(2022, 12, 1), D(2022, 12, 31), "month")),
        ("The group formed in December 2019.", (D(2019, 12, 1), D(2019, 12, 31), "month")),
        ("In 2014, the Islamic State shocked the world", (D(2014, 1, 1), D(2014, 12, 31), "year")),
        ("Fighting flared in early 2011.", (D(2011, 1, 1), D(2011, 4, 30), "year")),
        ("the 1998 bombing of the embassy", (D(1998, 1, 1), D(1998, 12, 31), "year")),
    ],
)
def test_explicit(text: str, expected: tuple[date, date, str]) -> None:
    m = one(text)
    assert (m.start_date, m.end_date, m.precision) == expected
    assert m.basis == "explicit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In mid-October, an umbrella group of Iran-backed militias began a wave of attacks.",
            (D(2023, 10, 11), D(2023, 10, 20), "month"),
        ),
        ("Attacks rose in early November.", (D(2023, 11, 1), D(2023, 11, 10), "month")),
        ("Attacks rose in late December.", (D(2022, 12, 21), D(2022, 12, 31), "month")),
        ("The base was hit last week.", (D(2023, 11, 27), D(2023, 12, 3), "week")),
        ("The base was hit earlier this week.", (D(2023, 12, 4), PUB, "week")),
        ("The base was hit earlier this month.", (D(2023, 12, 1), PUB, "month")),
        ("The base was hit late last month.", (D(2023, 11, 21), D(2023, 11, 30), "month")),
        ("The base was hit last month.", (D(2023, 11, 1), D(2023, 11, 30), "month")),
        ("The base was hit last year.", (D(2022, 1, 1), D(2022, 12, 31), "year")),
        ("The base was hit three weeks ago.", (D(2023, 11, 13), D(2023, 11, 19), "week")),
        ("The base was hit over the weekend.", (D(2023, 12, 9), PUB, "week")),
    ],
)
def test_periods(text: str, expected: tuple[date, date, str]) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Talks were held between 3 and 5 May.", D(2023, 5, 3), D(2023, 5, 5)),
        ("Curfews ran from March 3 to 5.", D(2023, 3, 3), D(2023, 3, 5)),
        ("Strikes hit the area on 3-5 May 2021.", D(2021, 5, 3), D(2021, 5, 5)),
        ("The siege lasted from 3 May to 5 June 2024.", D(2024, 5, 3), D(2024, 6, 5)),
        ("Operations ran from Nov. 20 to Dec. 2.", D(2023, 11, 20), D(2023, 12, 2)),
    ],
)
def test_ranges(text: str, start: date, end: date) -> None:
    m = one(text)
    assert (m.start_date, m.end_date, m.precision, m.is_range) == (start, end, "day", True)
    assert m.text.split()[0] in ("between", "from", "3-5", "March")


def test_not_dates() -> None:
    for text in (
        "Some 2000 protesters marched on the ministry.",
        "They may march on the capital.",
        "He lives on the 5th floor.",
        "Officials will meet next Friday.",
        "Casualties rose 15% in the past.",
    ):
        assert find_date_mentions(text, PUB) == [], text
    assert one("On 8 December, 2000 protesters marched.").text == "8 December"


def test_without_publication_date() -> None:
    friday = one("Friday, around 4 a.m., explosions shook the capital.", None)
    assert (friday.start_date, friday.basis, friday.time, friday.precision) == (
        None,
        "unknown",
        "04:00",
        "day",
    )
    for text in ("yesterday", "last week", "two days ago", "Dec. 8", "mid-October", "on the 5th."):
        m = find_date_mentions(text, None)[0]
        assert (m.start_date, m.end_date, m.basis) == (None, None, "unknown"), text
    full = one("The attack took place on 8 December 2023.", None)
    assert (full.start_date, full.basis) == (D(2023, 12, 8), "explicit")
    assert one("In 2014, the group rose.", None).start_date == D(2014, 1, 1)


def test_offsets_and_qualifier() -> None:
    text = "Attacks have continued since mid-October."
    m = find_date_mentions(text, PUB, offset=100)[0]
    assert (m.start, m.end, m.qualifier) == (129, 140, "since")
    assert text[m.start - 100 : m.end - 100] == m.text


def test_several_mentions_in_order() -> None:
    text = "The 2014 offensive was recalled on Friday, when militants struck at 10 p.m. again."
    assert [m.text for m in find_date_mentions(text, PUB)] == ["2014", "Friday", "10 p.m."]


def test_sentence_final_period_is_not_an_abbreviation() -> None:
    assert one("The town fell on 8 December.").text == "8 December"
    assert one("The town fell on 8 Dec.").text == "8 Dec."
    assert one("It fell on Sept. 3").text == "Sept. 3"


def test_year_spans_read_both_years() -> None:
    pub = date(2013, 3, 22)
    found = find_date_mentions("the swine flu pandemic of 2009-2010, when 348 died", pub)
    assert [(m.text, m.start_date.year if m.start_date else None) for m in found] == [
        ("2009", 2009),
        ("2010", 2010),
    ]
    found = find_date_mentions("the trans-Antarctic expedition of 1957-58, which", pub)
    assert [m.start_date.year if m.start_date else None for m in found] == [1957, 1958]


def test_month_after_a_word_that_looks_ahead_is_the_coming_one() -> None:
    pub = date(2013, 3, 22)
    [m] = find_date_mentions("The book is due to be published in May.", pub)
    assert (m.start_date, m.end_date) == (date(2013, 5, 1), date(2013, 5, 31))
    [m] = find_date_mentions("The attack in May killed three.", pub)
    assert m.start_date == date(2012, 5, 1)


def test_this_fiscal_year_is_the_publication_year() -> None:
    [m] = find_date_mentions("It must cut $637 million this fiscal year.", date(2013, 3, 22))
    assert (m.text, m.start_date, m.precision) == ("this fiscal year", date(2013, 1, 1), "year")


def test_a_window_on_the_24_hour_clock_is_a_time_not_two_years() -> None:
    curfew = one("A curfew was imposed between 1800 and 0600 in San Salvador.", D(1989, 11, 12))
    assert (curfew.start_date, curfew.time) == (None, "18:00")
    fighting = one("Fighting raged from 2200 hours to 0400 on 3 May.", D(1990, 5, 5))
    assert (fighting.start_date, fighting.time) == (D(1990, 5, 3), "22:00")
    years = find_date_mentions("Troops were deployed there from 2010 to 2015.", PUB)
    assert [m.start_date.year if m.start_date else None for m in years] == [2010, 2015]
