"""Property-based tests: any text gives valid records or none, within a time bound.

The cleaners, the language detector, the number and date parsers and the whole
`Pipeline.process` are fed generated text (news-like sentences mixed with arbitrary
Unicode). Deadlines are generous (the machine may be shared); they catch runaway regexes
and quadratic loops, not slowness.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_document
from eventwire.clean.language import LANGUAGE_NAMES, detect_language, language_reason
from eventwire.dates import find_date_mentions
from eventwire.extract.numbers import QUANTITY_RE, parse_quantity, word_to_int
from eventwire.models import Article, Document, Event
from eventwire.pipeline import Pipeline

NUMBER_WORDS = [
    "zero", "one", "two", "three", "ten", "eleven", "twenty", "forty-two", "hundred",
    "thousand", "million", "a", "an", "dozen", "dozens", "several", "scores", "hundreds",
    "at least", "more than", "up to", "between", "and", "from", "to", "another", "1,200",
    "12", "0", "-", " ", "a further", "nine", "ninety-nine",
]  # fmt: skip
SENTENCES = [
    "Gunmen killed {n} people in Kaduna on {d}, police said.",
    "A suicide bomber blew himself up at a market in Maiduguri {d}, killing {n}.",
    "Protesters clashed with police in Nairobi on {d}; {n} were injured.",
    "Troops repelled an attack on a base near Monguno, the army said {d}.",
    "Rockets struck the U.S. embassy in Baghdad {d}. No one was hurt.",
    "ISWAP claimed responsibility for the ambush that killed {n} soldiers.",
    "Shares rose {n} percent on {d}.",
    "Au moins {n} personnes ont été tuées {d} selon la police.",
    "قتل {n} أشخاص في هجوم",
]  # fmt: skip
DAYS = ["Friday", "last week", "Dec. 8", "8 December 2023", "yesterday", "2023-12-01", "overnight"]
QUANTITIES = ["three", "at least 12", "between 10 and 15", "dozens", "1,200", "a dozen", "no"]

numbers_text = st.lists(st.sampled_from(NUMBER_WORDS), max_size=12).map(" ".join)
sentence = st.builds(
    lambda template, n, d: template.format(n=n, d=d),
    st.sampled_from(SENTENCES),
    st.sampled_from(QUANTITIES),
    st.sampled_from(DAYS),
)
noise = st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=60)
news_text = st.lists(st.one_of(sentence, sentence, noise), min_size=1, max_size=8).map(
    lambda parts: "\n\n".join(parts) if len(parts) % 2 else " ".join(parts)
)
publication = st.one_of(st.none(), st.dates(date(1980, 1, 1), date(2030, 12, 31)))


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(text=st.one_of(st.text(max_size=500), news_text))
def test_language_detection_is_total(text: str) -> None:
    found = detect_language(text)
    assert found is None or found in LANGUAGE_NAMES
    reason = language_reason(text)
    assert reason is None or (reason.startswith("not English (looks like ") and found != "en")


@settings(max_examples=150, deadline=timedelta(seconds=2))
@given(text=news_text, html=st.booleans())
def test_cleaning_any_text_gives_an_article_or_a_reason(text: str, html: bool) -> None:
    doc = (
        Document(id="h", html=f"<html><body><article><p>{text}</p></article></body></html>")
        if html
        else Document(id="t", text=text)
    )
    result = clean_document(doc)
    if isinstance(result, Article):
        assert "\n\n".join(result.text[s:e] for s, e in result.paragraphs) == result.text
    else:
        assert result.reason and "\n" not in result.reason


@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(text=st.one_of(numbers_text, st.text(max_size=80)))
def test_number_parsers_are_total_and_ordered(text: str) -> None:
    value = word_to_int(text)
    assert value is None or value >= 0
    for match in QUANTITY_RE.finditer(text):
        quantity = parse_quantity(match.group(0))
        if quantity is None:
            continue
        assert quantity.best >= 0
        if quantity.low is not None:
            assert quantity.low <= quantity.best
        if quantity.high is not None:
            assert quantity.best <= quantity.high


@settings(max_examples=200, deadline=timedelta(seconds=2))
@given(text=st.one_of(news_text, st.text(max_size=300)), published=publication)
def test_date_mentions_point_into_the_text(text: str, published: date | None) -> None:
    for mention in find_date_mentions(text, published):
        assert text[mention.start : mention.end] == mention.text
        if mention.start_date and mention.end_date:
            assert mention.start_date <= mention.end_date


@settings(
    max_examples=40,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=news_text, published=publication)
def test_pipeline_gives_valid_records_or_none(
    pipeline: Pipeline, text: str, published: date | None
) -> None:
    """Any text: a rejection with a reason, or records that validate, whose evidence is
    exactly the slice of the cleaned text it points at."""
    document = Document(
        id="prop", text=text, published=published.isoformat() if published else None
    )
    result = pipeline.process(document)
    if result.rejected is not None:
        assert result.events == [] and result.rejected.reason
        return
    assert result.article is not None
    article_text = result.article.text
    for event in result.events:
        assert Event.model_validate_json(event.model_dump_json()) == event
        assert event.article_ids == ["prop"]
        for evidence in event.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(article_text)
            assert article_text[evidence.start : evidence.end] == evidence.text
        counts = (event.casualties.killed, event.casualties.injured)
        for count in counts:
            if count.low is not None and count.best is not None:
                assert count.low <= count.best
        if event.date.start and event.date.end:
            assert event.date.start <= event.date.end
