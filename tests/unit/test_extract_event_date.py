"""The event's date in the pipeline: the incident's own day, not its aftermath's or a
statement's."""

from __future__ import annotations

from datetime import date

from eventwire.models import Document
from eventwire.pipeline import Pipeline


def dates_of(pipeline: Pipeline, text: str, published: str) -> list[date | None]:
    result = pipeline.process(Document(id="wire", text=text, published=published))
    assert result.events, f"no event extracted from {text!r}"
    return [event.date.start for event in result.events]


def test_the_kidnapping_day_not_the_day_the_body_was_found(pipeline: Pipeline) -> None:
    found = dates_of(
        pipeline,
        "BOGOTA, 3 OCT 89 (AFP) -- [TEXT] THE AUTHORITIES OF THE EASTERN DEPARTMENT OF ARAUCA"
        " HAVE ANNOUNCED THAT MSGR JESUS EMILIO JARAMILLO WAS MURDERED AND THAT HIS BODY WAS"
        " FOUND TODAY.  YESTERDAY SEVERAL ARMED MEN KIDNAPPED JARAMILLO, THE BISHOP OF ARAUCA,"
        " AND HIS ASSISTANT, ELMER MUNOZ, BUT LATER RELEASED THE LATTER.",
        "1989-10-03",
    )
    assert found[0] == date(1989, 10, 2)


def test_a_statement_day_in_a_context_sentence_does_not_date_the_event(
    pipeline: Pipeline,
) -> None:
    found = dates_of(
        pipeline,
        "MEDELLIN, 17 JAN 90 (AFP) -- [TEXT] THE EXTRADITABLES ABDUCTED PATRICIA AND DINA"
        " ECHAVARRIA IN MEDELLIN.  ON 16 JANUARY, POLICE SOURCES SAID THAT NO RANSOM HAD BEEN"
        " ASKED.",
        "1990-01-17",
    )
    assert found[0] == date(1990, 1, 17)


def test_an_event_told_later_the_same_day_keeps_that_day(pipeline: Pipeline) -> None:
    found = dates_of(
        pipeline,
        "SAN SALVADOR, 9 DEC 89 (DOMESTIC SERVICE) -- Yesterday morning at 0730, about 20"
        " terrorists opened fire on a bus on the coastal highway near Tecoluca. Later, at"
        " approximately 0900 in the same area, criminal terrorists burned nine vehicles.",
        "1989-12-09",
    )
    assert found == [date(1989, 12, 8), date(1989, 12, 8)]


def test_a_sequel_that_writes_its_own_day_keeps_it(pipeline: Pipeline) -> None:
    found = dates_of(
        pipeline,
        "KABUL, March 6 (Reuters) - Gunmen attacked a checkpoint in Kandahar on Monday."
        " Later, on Tuesday, a roadside bomb killed three soldiers in Helmand.",
        "2024-03-06",
    )
    assert found == [date(2024, 3, 4), date(2024, 3, 5)]
