"""How the MUC-4 date benchmark reads an answer key (`eventwire.dates.evaluate`)."""

from __future__ import annotations

from datetime import date

from eventwire.dates.evaluate import (
    DateScore,
    Incident,
    _fillers,
    _readings,
    eventwire_date,
    filing_context,
    score_incident,
)

BLOCK = """0.  MESSAGE: ID                     DEV-MUC3-0001 (NCCOSC)
2.  INCIDENT: DATE                  03 JAN 90
6.  INCIDENT: INSTRUMENT ID         "MORTAR"
                                    "RIFLE"
8.  PERP: INCIDENT CATEGORY         TERRORIST ACT
9.  PERP: INDIVIDUAL ID             ? "TERRORIST"
10. PERP: ORGANIZATION ID           -
12. PHYS TGT: ID                    "LAS CANAS BRIDGE"
13. PHYS TGT: TYPE                  TRANSPORTATION ROUTE: "LAS CANAS BRIDGE"
18. HUM TGT: NAME                   -
19. HUM TGT: DESCRIPTION            "NATIONAL GUARD UNITS"
20. HUM TGT: TYPE                   ACTIVE MILITARY: "NATIONAL GUARD UNITS\""""


def test_fillers_most_specific_slot_first_and_never_across_slots() -> None:
    assert _fillers(BLOCK) == (
        "LAS CANAS BRIDGE",
        "NATIONAL GUARD UNITS",
        "TERRORIST",
        "MORTAR",
        "RIFLE",
    )


def test_gold_date_forms() -> None:
    day = date(1990, 1, 3)
    assert _readings("03 JAN 90") == (((day, day),), None)
    assert _readings("25 DEC 89 - 03 JAN 90") == (((date(1989, 12, 25), day),), None)
    assert _readings("- 03 JAN 90") == ((), day)
    assert _readings("03 JAN 90 / 02 JAN 90")[0][1] == (date(1990, 1, 2), date(1990, 1, 2))


def test_victim_surname_is_a_filler_of_last_resort() -> None:
    block = BLOCK.replace(
        "18. HUM TGT: NAME                   -", '18. HUM TGT: NAME                   "RENE LOPEZ"'
    )
    assert _fillers(block)[0] == "RENE LOPEZ"
    assert _fillers(block)[-1] == "LOPEZ"


def test_gold_without_a_year_defines_no_date() -> None:
    assert _readings("16 NOV 00") == ((), None)
    assert _readings("11 NOV 00 - 16 NOV 00") == ((), None)


def test_a_day_inside_a_gold_range_counts_within_but_not_exact() -> None:
    span = (date(1990, 1, 2), date(1990, 1, 3))
    incident = Incident("TST1-MUC3-0001", "", (span,), None, ())
    score = DateScore()
    score_incident((date(1990, 1, 3), date(1990, 1, 3)), incident, score)
    score_incident(span, incident, score)
    assert (score.exact, score.within, score.total) == (1, 2, 2)


def test_the_incident_told_with_its_date_beats_the_leads_today() -> None:
    text = (
        "BOGOTA, 5 APR 90 (EFE) -- [TEXT] AUTHORITIES REPORTED TODAY THAT SENATOR ESTRADA\n"
        "VELEZ WAS RELEASED TODAY IN MEDELLIN BY THE EXTRADITABLES.\n\n"
        "   SENATOR ESTRADA VELEZ WAS KIDNAPPED ON 27 MARCH NEAR HIS HOME BY THE\n"
        "EXTRADITABLES."
    )
    day = date(1990, 3, 27)
    incident = Incident("DEV-MUC3-1212", text, ((day, day),), None, ("ESTRADA VELEZ",))
    assert eventwire_date(incident) == (day, day)


YEARLESS = (
    "   TEGUCIGALPA, 7 FEB (REUTER) -- [TEXT] A BOMB BLAST DAMAGED A TELEPHONE\n"
    "OFFICE TODAY IN THE NORTHERN CITY OF SAN PEDRO SULA."
)


def test_a_dateline_without_a_year_takes_the_year_of_its_neighbours() -> None:
    day = date(1989, 2, 7)
    filed = Incident("DEV-MUC3-0075", YEARLESS, ((day, day),), None, ("TELEPHONE",))
    assert eventwire_date(filed) is None
    for neighbour in (date(1989, 2, 6), date(1989, 2, 9), date(1988, 12, 30)):
        filed = Incident("DEV-MUC3-0075", YEARLESS, ((day, day),), None, ("TELEPHONE",), neighbour)
        assert eventwire_date(filed) == (day, day)


def test_filing_context_is_the_last_dated_dateline_before() -> None:
    texts = {
        "A": "   LIMA, 5 FEB 89 (EFE) -- [TEXT] A BOMB EXPLODED.",
        "B": YEARLESS,
        "C": "   LIMA, 8 FEB 89 (EFE) -- [TEXT] A BOMB EXPLODED.",
    }
    assert filing_context(texts) == {"B": date(1989, 2, 5), "C": date(1989, 2, 5)}


def test_the_victims_own_sentence_beats_a_neighbours_background_date() -> None:
    text = (
        "   BOGOTA, 16 DEC 89 (INRAVISION) -- [TEXT] AN ELITE POLICE FORCE CARRIED OUT THE\n"
        "OPERATION IN WHICH GONZALO RODRIGUEZ GACHA WAS KILLED.  THE FORCE WAS ESTABLISHED\n"
        "BY DECREE NO 814 OF 19 APRIL 1989.\n\n"
        "   THE BLOW DELIVERED YESTERDAY, IN WHICH GONZALO RODRIGUEZ GACHA FELL, WAS\n"
        "ACCOMPLISHED WITH THE HELP OF INFORMANTS."
    )
    day = date(1989, 12, 15)
    incident = Incident("DEV-MUC3-1005", text, ((day, day),), None, ("GONZALO RODRIGUEZ GACHA",))
    assert eventwire_date(incident) == (day, day)


def test_a_similar_incident_naming_the_same_place_dates_that_one_not_this() -> None:
    text = (
        "   LIMA, 31 OCT 88 (EFE) -- [TEXT] TWENTY-SIX PEOPLE WERE INJURED IN A BOMB EXPLOSION\n"
        "THAT OCCURRED BEFORE DAWN ON 30 OCTOBER.  THE BOMB WAS PLACED IN A DANCE HALL IN\n"
        "AYACUCHO.  AYACUCHO WAS THE SITE OF A SIMILAR EXPLOSION ON 3 JULY WHEN UNIDENTIFIED\n"
        "PEOPLE HURLED EXPLOSIVES AT A DANCE HALL."
    )
    day = date(1988, 10, 30)
    incident = Incident("TST4-MUC4-0058", text, ((day, day),), None, ("DANCE HALL",))
    assert eventwire_date(incident) == (day, day)
