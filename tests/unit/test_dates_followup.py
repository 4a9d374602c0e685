"""Follow-up dates (a body found, repairs begun) and dates that open an event's clause."""

from __future__ import annotations

from datetime import date

from eventwire.dates import find_date_mentions, resolve_event_date
from eventwire.dates.followup import is_follow_up_date, without_follow_ups
from eventwire.dates.resolve import occurrence_words, opens_clause


def _words(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def test_a_body_found_today_is_the_aftermath_not_the_murder() -> None:
    text = (
        "The authorities have announced that Msgr Jesus Emilio Jaramillo was murdered and "
        "that his body was found today."
    )
    (today,) = find_date_mentions(text, date(1989, 10, 3))
    assert is_follow_up_date(text, today)


def test_repairs_begun_yesterday_yield_to_the_night_the_pipeline_was_dynamited() -> None:
    text = (
        "Operators from the state-run oil company yesterday began repairing the Cano "
        "Limon-Covenas oil pipeline dynamited on the night of 12 July in Arauquita jurisdiction."
    )
    published = date(1989, 7, 14)
    found = find_date_mentions(text, published)
    triggers = _words(text, "dynamited")
    kept = without_follow_ups(found, triggers, text)
    assert [m.start_date for m in kept] == [date(1989, 7, 12)]


def test_an_event_told_with_its_own_date_keeps_it_whatever_follows() -> None:
    text = "Spaniards kidnapped in Tecun Uman on 27 September have been released."
    (mention,) = find_date_mentions(text, date(1989, 9, 29))
    assert not is_follow_up_date(text, mention)


def test_the_aftermath_dates_the_event_when_nothing_else_does() -> None:
    text = "The body of an unidentified man was found on 9 November on a road near the capital."
    found = find_date_mentions(text, date(1989, 11, 10))
    assert [m.start_date for m in without_follow_ups(found, [], text)] == [date(1989, 11, 9)]


def test_a_date_opening_the_clause_dates_its_event_word() -> None:
    text = (
        "The bishop's body was found today. Yesterday several armed men kidnapped Jaramillo, "
        "the bishop of Arauca, and his assistant."
    )
    published = date(1989, 10, 3)
    found = find_date_mentions(text, published)
    kidnapped = text.index("kidnapped")
    assert [opens_clause(m, kidnapped, text) for m in found] == [False, True]
    result = resolve_event_date(found, published, triggers=_words(text, "kidnapped"), text=text)
    assert result.start == date(1989, 10, 2)


def test_a_statement_between_date_and_event_word_keeps_the_date_the_statements() -> None:
    text = (
        "In Lima today, unofficial sources reported that at least 2,500 people have been "
        "detained in raids."
    )
    (today,) = find_date_mentions(text, date(1989, 10, 5))
    assert not opens_clause(today, text.index("detained"), text)


def test_a_date_beside_a_word_saying_the_incident_happened_dates_it() -> None:
    text = (
        "The attacks today come after Shining Path attacks during which at least 10 buses "
        "were burned throughout Lima on 24 Oct."
    )
    published = date(1989, 10, 25)
    found = find_date_mentions(text, published)
    triggers = _words(text, "attacks") + occurrence_words(text, 0, len(text))
    near = text.index("buses")
    result = resolve_event_date(found, published, near=near, triggers=triggers, text=text)
    assert result.start == date(1989, 10, 24)


def test_a_plan_thwarted_yesterday_is_dated_by_what_it_did_not_by_the_thwarting() -> None:
    text = (
        "The armed forces intelligence corps yesterday thwarted an operation to sabotage and "
        "pillage border towns."
    )
    (yesterday,) = find_date_mentions(text, date(1989, 3, 31))
    assert is_follow_up_date(text, yesterday)
    alone = without_follow_ups([yesterday], _words(text, "sabotage"), text)
    assert [m.start_date for m in alone] == [date(1989, 3, 30)]  # the last resort still
