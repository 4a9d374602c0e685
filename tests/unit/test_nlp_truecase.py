"""All-capitals wire copy is truecased before parsing, keeping every offset."""

from __future__ import annotations

from typing import Any

from eventwire.nlp.truecase import needs_truecasing

CAPITALS = (
    "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE GUATEMALA ARMY DENIED TODAY THAT "
    'GUERRILLAS ATTACKED THE "SANTO TOMAS" PRESIDENTIAL FARM NEAR SAN SALVADOR.'
)


def test_capitals_are_detected_and_mixed_case_is_left_alone() -> None:
    assert needs_truecasing(CAPITALS)
    assert not needs_truecasing("The Guatemalan army denied that guerrillas attacked the farm.")


def test_truecasing_lowers_words_keeps_names_and_length(pipeline: Any) -> None:
    truecased = pipeline.truecaser.truecase(CAPITALS)
    assert len(truecased) == len(CAPITALS)
    assert "guerrillas attacked the" in truecased
    assert "Guatemala army" in truecased
    assert "San Salvador" in truecased
    assert "(ACAN-EFE)" in truecased
    assert "4 Feb 90" in truecased


def test_capitals_report_yields_its_perpetrator(pipeline: Any) -> None:
    from eventwire.models import Document

    text = (
        "SAN SALVADOR, 18 FEB 90 (DPA) -- [TEXT] MEMBERS OF THE FARABUNDO MARTI NATIONAL "
        "LIBERATION FRONT ATTACKED AN ELECTRIC POWER SUBSTATION IN NORTHERN SAN SALVADOR LAST "
        "NIGHT. THE FMLN CLAIMED RESPONSIBILITY FOR THE ATTACK."
    )
    events = pipeline.process(Document(id="muc", text=text, published="1990-02-18")).events
    current = [e for e in events if not e.background]
    assert current
    assert current[0].claim.status == "claimed"
