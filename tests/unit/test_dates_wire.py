"""Wire and FBIS copy: all-capitals text, two-digit-year datelines, reporting dates."""

from __future__ import annotations

from datetime import date

from eventwire.dates import find_date_mentions, find_dateline, resolve_event_date
from eventwire.dates.mentions import sentence_case
from eventwire.dates.reporting import is_reporting_date

PUB = date(1990, 1, 12)


def test_muc_dateline_with_two_digit_year() -> None:
    place, mention = find_dateline("   SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE")
    assert place == "SAN SALVADOR"
    assert mention is not None and mention.start_date == date(1990, 1, 12)
    assert mention.basis == "explicit"


def test_dateline_with_region_in_brackets() -> None:
    place, mention = find_dateline("PANAMA CITY (PANAMA), 26 JAN 89 -- [TEXT] EXPLOSIVES")
    assert place == "PANAMA CITY"
    assert mention is not None and mention.start_date == date(1989, 1, 26)


def test_dateline_with_a_long_or_bracketed_source_and_the_dash_on_the_next_line() -> None:
    for head, day in (
        ("SAN SALVADOR, 17 NOV 89 (INTERPRESS AGENCY [IPS]) -- [TEXT] THE", date(1989, 11, 17)),
        ("BOGOTA, 27 APR 90 [INRAVISION TELEVISION CADENA 1) -- [SPEECH] I", date(1990, 4, 27)),
        (
            "CARACAS (VENEZUELA), 18 MAY 90 (VENEZOLANA DE TELEVISION CANAL 8)\n-- [TEXT] A",
            date(1990, 5, 18),
        ),
    ):
        _, mention = find_dateline(head)
        assert mention is not None and mention.start_date == day, head


def test_two_digit_year_takes_the_century_nearest_publication() -> None:
    _, mention = find_dateline("KABUL, 3 JAN 24 (AP) -- A", date(2024, 1, 4))
    assert mention is not None and mention.start_date == date(2024, 1, 3)


def test_reuters_dateline_still_read() -> None:
    _, mention = find_dateline("BAGHDAD, Dec 8 (Reuters) - Two rockets", date(2023, 12, 9))
    assert mention is not None and mention.start_date == date(2023, 12, 8)


def test_all_capitals_relative_dates() -> None:
    text = "TERRORISTS ATTACKED THE POST YESTERDAY AND LAST NIGHT BOMBED A TOWER."
    found = {m.text: m.start_date for m in find_date_mentions(text, PUB)}
    assert found["YESTERDAY"] == date(1990, 1, 11)
    assert found["LAST NIGHT"] == date(1990, 1, 11)


def test_all_capitals_keeps_offsets_and_the_modal_may() -> None:
    text = "THE REBELS MAY ATTACK AGAIN, THE ARMY SAID ON 30 DECEMBER."
    mentions = find_date_mentions(text, PUB, offset=100)
    assert [m.text for m in mentions] == ["30 DECEMBER"]
    m = mentions[0]
    assert text[m.start - 100 : m.end - 100] == "30 DECEMBER"
    assert m.start_date == date(1989, 12, 30)


def test_ordinary_text_is_not_recased() -> None:
    text = "Rebels attacked on Friday."
    assert sentence_case(text) is text


def test_reporting_date() -> None:
    text = "IT WAS OFFICIALLY REPORTED TODAY THAT ON 10 MARCH GUERRILLAS MURDERED FOUR PEOPLE."
    mentions = find_date_mentions(text, date(1989, 3, 11))
    flags = {m.text: is_reporting_date(text, m) for m in mentions}
    assert flags == {"TODAY": True, "10 MARCH": False}


def test_issue_expressions_never_future() -> None:
    pub = date(2023, 12, 9)  # a Saturday
    for text in ("two days ago", "late last month", "Thursday night", "at dawn on Friday"):
        mentions = [m for m in find_date_mentions(f"Rebels attacked {text}.", pub) if m.end_date]
        assert mentions, text
        assert all(m.end_date is not None and m.end_date <= pub for m in mentions), text


def test_clock_after_at_is_a_time_not_a_year() -> None:
    text = "THE WATCHMEN REPORTED THAT AT 2030 THEY SAW A MAN LEAVING A SMALL SUITCASE."
    [m] = find_date_mentions(text, date(1989, 8, 30))
    assert (m.text, m.start_date, m.time) == ("AT 2030", None, "20:30")


def test_clock_after_at_joins_its_date() -> None:
    text = "The explosion occurred at 2350 on 16 January, causing panic but no casualties."
    [m] = find_date_mentions(text, date(1989, 1, 18))
    assert (m.start_date, m.time) == (date(1989, 1, 16), "23:50")


def test_year_without_at_is_still_a_year() -> None:
    [m] = find_date_mentions("Elections are due in 2030.", date(2024, 5, 1))
    assert (m.start_date, m.precision) == (date(2030, 1, 1), "year")


def test_planned_day_just_ahead_is_the_coming_one() -> None:
    pub = date(1989, 5, 25)
    text = "THE FMLN HAS CALLED A NEW TRANSPORTATION STOPPAGE BEGINNING ON 31 MAY."
    [m] = find_date_mentions(text, pub)
    assert m.start_date == date(1989, 5, 31)
    got = resolve_event_date([m], pub)
    assert (got.start, got.basis) == (pub, "published")


def test_past_tense_day_ahead_stays_in_the_past() -> None:
    [m] = find_date_mentions("The raid was on Dec. 12.", date(2023, 12, 9))
    assert m.start_date == date(2022, 12, 12)


def test_planned_day_is_the_nearer_of_last_and_coming() -> None:
    [m] = find_date_mentions("Talks will resume on 20 March.", date(1989, 1, 10))
    assert m.start_date == date(1989, 3, 20)
    [m] = find_date_mentions("Talks will resume on 20 August.", date(1989, 1, 10))
    assert m.start_date == date(1988, 8, 20)


def test_group_named_after_a_day_is_no_date() -> None:
    text = "NAVARRO, THE NUMBER TWO MAN IN THE 19 APRIL MOVEMENT, WAS NOMINATED TODAY."
    assert [m.text for m in find_date_mentions(text, date(1990, 4, 29))] == ["TODAY"]
    text = "They blamed the 31 October attack on the union."
    assert [m.text for m in find_date_mentions(text, date(1989, 11, 2))] == ["the 31 October"]


def test_future_verb_after_the_day_makes_it_coming() -> None:
    text = "ARIAS ANNOUNCED THAT ON 6 NOVEMBER HE WILL MEET REBEL LEADERS IN SAN JOSE."
    [m] = find_date_mentions(text, date(1989, 11, 3))
    assert m.start_date == date(1989, 11, 6)


def test_possessive_date_is_the_events_not_the_statements() -> None:
    text = "ESA HAS CLAIMED RESPONSIBILITY FOR WEDNESDAY'S TERRORIST ATTACK ON THE RESIDENCE."
    [m] = find_date_mentions(text, date(1988, 5, 20))
    assert not is_reporting_date(text, m)
    text = "ESA CLAIMED RESPONSIBILITY ON WEDNESDAY FOR THE ATTACK."
    [m] = find_date_mentions(text, date(1988, 5, 20))
    assert is_reporting_date(text, m)


def test_phrases_broken_over_lines() -> None:
    text = "[TEXT] LAST\nNIGHT'S TERRORIST TARGET WAS THE PLANT. THEY CAME AT FIRST\nLIGHT."
    found = [(m.text, m.start_date, m.part_of_day) for m in find_date_mentions(text, PUB)]
    assert found == [
        ("LAST\nNIGHT", date(1990, 1, 11), "night"),
        ("AT FIRST\nLIGHT", None, "dawn"),
    ]
    [m] = find_date_mentions("Rebels came at first  light.", PUB)
    assert m.part_of_day == "dawn"


def test_date_of_an_event_named_after_the_report_is_the_events() -> None:
    text = "THE UP MADE THE REPORT FOLLOWING THE MURDER ON 26 FEBRUARY OF THE MAYOR."
    [m] = find_date_mentions(text, date(1990, 3, 1))
    assert not is_reporting_date(text, m)


def test_last_24_hours_reaches_back_to_the_day_before() -> None:
    text = "IN THE LAST 24 HOURS THE SHINING PATH MURDERED TWO STATE OFFICIALS."
    (mention,) = find_date_mentions(text, PUB)
    assert (mention.start_date, mention.end_date) == (date(1990, 1, 11), PUB)
    assert mention.precision == "day" and mention.is_range


def test_past_72_hours_spans_three_days_back() -> None:
    (mention,) = find_date_mentions("over the past 72 hours the army raided five farms", PUB)
    assert (mention.start_date, mention.end_date) == (date(1990, 1, 9), PUB)


def test_past_few_hours_is_not_read_as_a_span() -> None:
    text = "GUERRILLAS HAVE DESTROYED 10 TOWERS IN THE PAST FEW HOURS."
    assert not any(m.is_range for m in find_date_mentions(text, PUB))


def test_last_night_and_early_this_morning_cover_both_days() -> None:
    text = "CLASHES TOOK PLACE IN THE CAPITAL LATE LAST NIGHT AND EARLY THIS MORNING."
    (mention,) = find_date_mentions(text, PUB)
    assert (mention.start_date, mention.end_date) == (date(1990, 1, 11), PUB)
    assert mention.is_range


def test_date_before_a_reporting_verb_is_the_statements() -> None:
    text = "AYACUCHO MILITARY SOURCES TODAY REPORTED THAT 35 PEOPLE DIED."
    (mention,) = find_date_mentions(text, PUB)
    assert is_reporting_date(text, mention)


def test_date_of_the_event_itself_is_not_a_reporting_date() -> None:
    text = "TERRORISTS TODAY BOMBED THE EMBASSIES, THE POLICE REPORTED."
    (mention,) = find_date_mentions(text, PUB)
    assert not is_reporting_date(text, mention)


def test_condemned_today_dates_the_condemnation() -> None:
    text = "THE FOREIGN MINISTRY CONDEMNED TODAY THE ASSASSINATION OF HECTOR OQUELI."
    (mention,) = find_date_mentions(text, PUB)
    assert is_reporting_date(text, mention)


def test_group_named_after_a_day_with_its_acronym_between() -> None:
    text = "CANDIDATE OF THE FORMER 19 APRIL (M-19) GUERRILLA MOVEMENT, WHO WAS KILLED"
    assert find_date_mentions(text, PUB) == []


def test_a_bracketed_gmt_conversion_never_dates_the_event() -> None:
    text = "THE FIRST BOMB ATTACK OCCURRED AT 2230 [0230 GMT ON 12 JANUARY] IN FRONT OF THE HOUSE."
    found = find_date_mentions(text, PUB)
    assert [m.time for m in found] == ["22:30"]
    assert all(m.start_date is None for m in found)


def test_date_opening_a_clause_its_speaker_then_says_is_the_statements() -> None:
    text = (
        "[TEXT] IN LIMA TODAY, UNOFFICIAL SOURCES REPORTED THAT AT LEAST 2,500 PEOPLE HAVE "
        "BEEN DETAINED. ON 7 JANUARY, CRISTIANI OFFICIALLY ACKNOWLEDGED THAT MILITARY "
        "PERSONNEL KILLED THE JESUITS."
    )
    flags = [is_reporting_date(text, m) for m in find_date_mentions(text, PUB)]
    assert flags == [True, True]


def test_attribution_after_the_events_date_leaves_it_the_events() -> None:
    text = (
        "THE PATROL WAS COMBING THE AREA WHEN IT WAS AMBUSHED ON 22 NOVEMBER, THE NEWSPAPER "
        "EXPRESO REPORTED. THE ASSASSINATION OF THE SIX JESUITS, WHICH TOOK PLACE ON 16 "
        "NOVEMBER, AS REPORTED BY PRESIDENT CRISTIANI."
    )
    flags = [is_reporting_date(text, m) for m in find_date_mentions(text, PUB)]
    assert flags == [False, False]


def test_attribution_closing_the_sentence_leaves_the_day_the_events() -> None:
    text = "Bandits abducted 20 villagers in Kajuru, Kaduna State, on Tuesday, residents said."
    [m] = find_date_mentions(text, date(2024, 11, 19))
    assert not is_reporting_date(text, m)


def test_years_ago_today_is_the_anniversary_to_the_day() -> None:
    text = "NINE YEARS AGO TODAY, THEN ECUADORAN PRESIDENT JAIME ROLDOS AGUILERA DIED."
    [m] = find_date_mentions(text, date(1990, 5, 18))
    assert (m.start_date, m.end_date, m.precision) == (date(1981, 5, 18), date(1981, 5, 18), "day")
    [m] = find_date_mentions("a month ago today he was shot", date(1990, 3, 31))
    assert m.start_date == date(1990, 2, 28)


def test_a_wire_cited_on_its_day_reports_that_is_a_reporting_date() -> None:
    text = (
        "MADRID EFE IN SPANISH AT 2132 GMT ON 13 DECEMBER REPORTS THAT RADIO CADENA NACIONAL"
        " LISTS THE KIDNAP VICTIMS."
    )
    mention = next(m for m in find_date_mentions(text, date(1990, 2, 13)) if m.start_date)
    assert is_reporting_date(text, mention)
    attack = "GUERRILLAS ATTACKED THE POST ON 13 DECEMBER, REPORTS SAID."
    (mention,) = find_date_mentions(attack, date(1990, 2, 13))
    assert not is_reporting_date(attack, mention)
