"""TimeML values of date expressions (`find_timexes`) against a document creation time."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates.timeml import find_timexes

CREATED = date(2013, 3, 22)


def values(text: str, created: date = CREATED) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, created)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cyprus is now trying to raise the money.", {"now": "PRESENT_REF"}),
        ("The bank is currently closed.", {"currently": "PRESENT_REF"}),
        ("Prices rose sharply in the past.", {"the past": "PAST_REF"}),
        ("Talks were recently resumed.", {"recently": "PAST_REF"}),
        ("The plan could change in the future.", {"the future": "FUTURE_REF"}),
    ],
)
def test_reference_words(text: str, expected: dict[str, str]) -> None:
    assert values(text) == expected


def test_the_past_year_is_a_period_not_a_reference() -> None:
    assert "the past" not in values("Sales fell over the past year.")


def test_next_year_tomorrow_and_next_week() -> None:
    found = values("The vote is tomorrow; talks resume next week and end next year.")
    assert found["tomorrow"] == "2013-03-23"
    assert found["next week"] == "2013-W13"
    assert found["next year"] == "2014"


def test_quarters_take_the_creation_year_unless_written() -> None:
    created = date(1989, 10, 30)
    found = values("Third-quarter profit rose; the fourth quarter of 1988 was weak.", created)
    assert found["Third-quarter"] == "1989-Q3"
    assert found["the fourth quarter of 1988"] == "1988-Q4"


def test_the_latest_quarter_is_the_last_that_ended() -> None:
    created = date(1989, 10, 30)
    found = values("Net income in the latest quarter beat the year-earlier quarter.", created)
    assert found["the latest quarter"] == "1989-Q3"
    assert found["the year-earlier quarter"] == "1988-Q3"


def test_seasons() -> None:
    found = values("The deal collapsed last summer and may be revived this fall.")
    assert found == {"last summer": "2012-SU", "this fall": "2013-FA"}


def test_centuries_and_decades() -> None:
    found = values("A 20th century record, broken in the 1990s.")
    assert found == {"20th century": "19", "the 1990s": "199"}


def test_a_month_just_ahead_is_the_coming_one() -> None:
    assert values("The bailout is due in June.", date(2013, 3, 18)) == {"June": "2013-06"}


def test_a_month_further_ahead_is_last_years() -> None:
    assert values("The crisis began in August.") == {"August": "2012-08"}


def test_the_longer_expression_wins() -> None:
    created = date(1989, 11, 1)
    assert values("Profit in this year's third quarter rose.", created) == {
        "this year's third quarter": "1989-Q3"
    }
