"""The seed report (``../shared/examples/baghdad-embassy-rockets``) yields every expected fact:
as plain text, inside a realistic news page, and without a publication date."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.models import Document, Event
from eventwire.pipeline import Pipeline
from golden.facts import failures

PAGE_TEMPLATE = Path(__file__).parent / "pages" / "news_page_template.html"
EXAMPLE = "baghdad-embassy-rockets"


@pytest.fixture(scope="module")
def example(shared: Path) -> tuple[str, dict[str, Any]]:
    folder = shared / "examples"
    text = (folder / f"{EXAMPLE}.txt").read_text(encoding="utf-8")
    expected = yaml.safe_load((folder / f"{EXAMPLE}.expected.yaml").read_text(encoding="utf-8"))
    return text, expected


def as_news_page(text: str) -> str:
    """The report inside the project's news page template, paragraphs as <p> elements."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    headline, body = paragraphs[0], paragraphs[1:]
    article = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    page = PAGE_TEMPLATE.read_text(encoding="utf-8")
    page = page.replace("{{TITLE}}", html.escape(headline))
    return page.replace("{{ARTICLE_PARAGRAPHS}}", article)


def run(
    pipeline: Pipeline, published: str | None, *, text: str | None = None, page: str | None = None
) -> tuple[str, list[Event]]:
    result = pipeline.process(Document(id="seed", text=text, html=page, published=published))
    assert result.rejected is None, result.rejected
    assert result.article is not None
    return result.article.text, result.events


def check_all_facts(cleaned: str, events: list[Event], expected: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for phrase in expected["cleaned_text"]["must_contain"]:
        if phrase not in cleaned:
            problems.append(f"cleaned text lacks {phrase!r}")
    for phrase in expected["cleaned_text"]["must_not_contain"]:
        if phrase in cleaned:
            problems.append(f"cleaned text still has {phrase!r}")
    current = [e for e in events if not e.background]
    if len(current) != 1:
        return [*problems, f"expected exactly one current event, got {len(current)}"]
    record = current[0].to_json_dict()
    problems += failures(record, expected["main_event"])
    problems += must_not_problems(events)
    return problems


def must_not_problems(events: list[Event]) -> list[str]:
    """The seed file's must-not list, read literally."""
    problems = []
    for event in events:
        if event.background:
            continue
        if event.date.start is not None and event.date.start.year == 2014:
            problems.append("a current event is dated in 2014")
        if event.location.country_iso3 in ("PSE", "ISR", "SYR"):
            problems.append(f"a current event is located in {event.location.country}")
        for actor in event.actors:
            if actor.role == "perpetrator" and "islamic state" in actor.name.lower():
                problems.append("the Islamic State is named as perpetrator")
            if any(word in actor.name for word in ("Hanukkah", "Festival", "Reply")):
                problems.append(f"actor {actor.name!r} comes from page furniture")
    return problems


def test_plain_text_report_yields_every_expected_fact(
    pipeline: Pipeline, example: tuple[str, dict[str, Any]]
) -> None:
    text, expected = example
    cleaned, events = run(pipeline, expected["published"], text=text)
    assert check_all_facts(cleaned, events, expected) == []


def test_report_inside_a_news_page_yields_the_same_facts(
    pipeline: Pipeline, example: tuple[str, dict[str, Any]]
) -> None:
    text, expected = example
    cleaned, events = run(pipeline, expected["published"], page=as_news_page(text))
    for furniture in ("Related", "Subscribe", "Damascus", "©"):
        assert furniture not in cleaned, f"page furniture {furniture!r} kept"
    assert check_all_facts(cleaned, events, expected) == []


def test_undated_report_finds_the_event_but_does_not_guess_its_date(
    pipeline: Pipeline, example: tuple[str, dict[str, Any]]
) -> None:
    text, expected = example
    _, events = run(pipeline, None, text=text)
    current = [e.to_json_dict() for e in events if not e.background]
    assert len(current) == 1
    assert failures(current[0], expected["without_published_date"]) == []
    acled = current[0]["acled"]
    assert isinstance(acled, dict)
    assert acled["sub_event_type"] == expected["main_event"]["acled.sub_event_type"]


def test_context_events_if_extracted_are_background(
    pipeline: Pipeline, example: tuple[str, dict[str, Any]]
) -> None:
    text, expected = example
    _, events = run(pipeline, expected["published"], text=text)
    for event in events:
        if event.date.start is not None and event.date.start.year == 2014:
            assert event.background, event.summary
        if event.date.text and "October" in event.date.text:
            assert event.background, event.summary
