"""Test helpers shared by the store and end-to-end tests: a small corpus of real text."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path

from eventwire.models import (
    Acled,
    Actor,
    Article,
    ArticleResult,
    Casualties,
    Claim,
    Count,
    Document,
    Event,
    EventDate,
    Evidence,
    Gtd,
    Location,
)

TESTS = Path(__file__).resolve().parent.parent
GOLDEN = TESTS / "golden" / "reports"
SAMPLE_REPORTS = (
    "01-ain-al-asad-drones-tikrit-abduction",
    "04-el-fasher-rsf-army-fighting",
    "09-dera-ismail-khan-suicide-bombing",
    "17-paris-farmers-tractor-protest",
    "20-nairobi-fuel-protest-shootings",
    "30-nonevent-basra-qualifier-clash",
)


def shared_data_dir() -> Path:
    """``../shared/data`` beside the checkout, or ``$EVENTWIRE_SHARED/data``."""
    return Path(os.environ.get("EVENTWIRE_SHARED", TESTS.parent.parent / "shared")) / "data"


_REUTERS = re.compile(r"<REUTERS.*?</REUTERS>", re.DOTALL)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)


def golden_documents(names: tuple[str, ...] = SAMPLE_REPORTS) -> list[Document]:
    return [
        Document(
            id=f"golden/{name}",
            text=(GOLDEN / f"{name}.txt").read_text(encoding="utf-8"),
            published="2023-12-09",
        )
        for name in names
    ]


def reuters_documents(folder: Path, limit: int) -> list[Document]:
    """The first ``limit`` Reuters-21578 stories with a body (none if the folder is absent)."""
    documents: list[Document] = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for number, story in enumerate(_REUTERS.findall(raw)):
            body = _BODY.search(story)
            if body is None:
                continue
            title = _TITLE.search(story)
            documents.append(
                Document(
                    id=f"{path.stem}-{number}",
                    text=html.unescape(body.group(1)).replace("\x03", "").strip(),
                    title=html.unescape(title.group(1)) if title else None,
                    published="1987-03-01",
                )
            )
            if len(documents) == limit:
                return documents
    return documents


def _event(  # noqa: PLR0917 - a compact table of fixture events
    event_id: str,
    article_id: str,
    kind: tuple[str, str],
    day: str | None,
    place: tuple[str | None, str | None, str | None, float | None, float | None, str],
    killed: int | None,
    actors: list[tuple[str, str, str | None]],
    background: bool = False,
    gtd: tuple[str, str, str] | None = None,
    claim: str = "unknown",
) -> Event:
    name, country, iso3, lat, lon, precision = place
    return Event(
        id=event_id,
        article_ids=[article_id],
        background=background,
        acled=Acled(event_type=kind[0], sub_event_type=kind[1]),
        gtd=Gtd(attack_type=gtd[0], weapon_type=gtd[1], target_type=gtd[2]) if gtd else None,
        date=EventDate(
            start=dt.date.fromisoformat(day) if day else None,
            end=dt.date.fromisoformat(day) if day else None,
            precision="day" if day else "unknown",
            basis="relative" if day else "unknown",
        ),
        location=Location(
            name=name,
            place=name,
            country=country,
            country_iso3=iso3,
            lat=lat,
            lon=lon,
            precision=precision,  # type: ignore[arg-type]
        ),
        actors=[Actor(name=n, role=role, kind=k) for n, role, k in actors],  # type: ignore[arg-type]
        casualties=Casualties(
            killed=Count(low=killed, best=killed, high=killed), reported=killed is not None
        ),
        claim=Claim(status=claim),  # type: ignore[arg-type]
        summary=f"{kind[1]} in {name or 'an unknown place'}.",
        confidence=0.8,
        evidence=[Evidence(field="acled", article_id=article_id, start=0, end=5, text="Event")],
    )


def sample_results() -> list[tuple[Document, ArticleResult]]:
    """Fixed records shaped like the golden reports' events, independent of extraction
    (so store tests test the store, not today's extraction rules)."""
    iraq, sudan, paris, nairobi = "a-iraq", "a-sudan", "a-paris", "a-nairobi"
    by_article = {
        iraq: [
            _event("evt_iraq_drone", iraq, ("Explosions/Remote violence", "Air/drone strike"),
                   "2023-12-04", ("Ain al-Asad", "Iraq", "IRQ", 33.7597, 42.0359, "point"),
                   0, [("Islamic Resistance", "perpetrator", "militia"),
                       ("U.S. forces", "target", "external_forces")],
                   gtd=("Bombing/Explosion", "Explosives", "Military"), claim="claimed"),
            _event("evt_iraq_abduct", iraq,
                   ("Violence against civilians", "Abduction/forced disappearance"),
                   "2023-12-03", ("Tikrit", "Iraq", "IRQ", 34.6158, 43.6786, "town"),
                   None, [("gunmen", "perpetrator", "unidentified_armed_group"),
                          ("engineers", "victim", "civilians")]),
            _event("evt_iraq_2014", iraq,
                   ("Violence against civilians", "Abduction/forced disappearance"),
                   "2014-01-01", ("Tikrit", "Iraq", "IRQ", 34.6158, 43.6786, "town"),
                   None, [("Islamic State", "perpetrator", "rebel_group")], background=True),
        ],
        sudan: [
            _event("evt_sudan_battle", sudan, ("Battles", "Armed clash"), "2023-12-03",
                   ("El Fasher", "Sudan", "SDN", 13.6279, 25.3494, "town"), 12,
                   [("Sudan's army", "perpetrator", "state_forces"),
                    ("Rapid Support Forces", "target", "rebel_group")]),
        ],
        paris: [
            _event("evt_paris_protest", paris, ("Protests", "Peaceful protest"), "2023-12-07",
                   ("Paris", "France", "FRA", 48.8534, 2.3488, "town"), None,
                   [("French farmers", "perpetrator", "protesters")]),
        ],
        nairobi: [
            _event("evt_nairobi_force", nairobi,
                   ("Protests", "Excessive force against protesters"), "2023-12-07",
                   ("Nairobi", "Kenya", "KEN", -1.2833, 36.8167, "town"), 2,
                   [("Kenyan police", "perpetrator", "state_forces"),
                    ("demonstrators", "victim", "protesters")]),
            _event("evt_undated", nairobi, ("Explosions/Remote violence", "Suicide bomb"), None,
                   (None, None, None, None, None, "unknown"), 6,
                   [("Pakistani Taliban", "perpetrator", "rebel_group")],
                   gtd=("Bombing/Explosion", "Explosives", "Police")),
        ],
    }  # fmt: skip
    texts = {
        iraq: "Drones hit Ain al-Asad; gunmen abducted engineers near Tikrit.",
        sudan: "Fighting in El Fasher between the army and the RSF of Daglo killed 12.",
        paris: "French farmers drove tractors into Paris to protest.",
        nairobi: "Kenyan police shot two demonstrators in Nairobi.",
    }
    results = []
    for article_id, records in by_article.items():
        document = Document(id=article_id, text=texts[article_id], published="2023-12-09")
        article = Article(id=article_id, text=texts[article_id],
                          published=dt.date(2023, 12, 9))  # fmt: skip
        results.append(
            (document, ArticleResult(article_id=article_id, events=records, article=article))
        )
    return results
