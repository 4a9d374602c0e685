"""Plain-text cleaning: normalisation, paragraphs, headline, published dates, truncation."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.clean import clean_document, parse_published
from eventwire.errors import InputError
from eventwire.models import Article, Document, Rejected

UTC = dt.UTC


def _clean(text: str, **fields: str) -> Article:
    result = clean_document(Document(id="t", text=text, **fields))
    assert isinstance(result, Article), result
    return result


def _paragraphs(article: Article) -> list[str]:
    return [article.text[start:end] for start, end in article.paragraphs]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-12-09", (dt.date(2023, 12, 9), None)),
        ("2023-12-09T10:31:00Z", (dt.date(2023, 12, 9), dt.time(10, 31, tzinfo=UTC))),
        (
            "2023-12-09T23:30:00-05:00",
            (dt.date(2023, 12, 9), dt.time(23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ),
        ("2023-12-09 10:31", (dt.date(2023, 12, 9), dt.time(10, 31))),
        ("Sat, 09 Dec 2023 10:31:00 GMT", (dt.date(2023, 12, 9), dt.time(10, 31, tzinfo=UTC))),
        ("  ", (None, None)),
        (None, (None, None)),
    ],
)
def test_parse_published_accepts(
    value: str | None, expected: tuple[dt.date | None, dt.time | None]
) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["xyz", "2023-13-45", "09/12/2023", "last Tuesday", "2023"])
def test_parse_published_rejects_garbage(value: str) -> None:
    with pytest.raises(InputError, match="is not a date: use YYYY-MM-DD or ISO 8601"):
        parse_published(value)


def test_bad_published_keeps_the_document_without_a_date() -> None:
    article = _clean("Two people were killed in Kano.", published="xyz")
    assert article.published is None
    assert article.text == "Two people were killed in Kano."


def test_normalisation() -> None:
    text = "Cafe\u0301  attack\u00a0in\tZu\u0308rich.\r\nPolice  said\u200b so.\r\n\r\nSecond."
    assert _paragraphs(_clean(text)) == ["Café attack in Zürich.", "Police said so.", "Second."]


def test_headline_first_paragraph_becomes_the_title() -> None:
    article = _clean("Gunmen kill five in Kaduna\n\nGunmen killed five people on Friday.")
    assert article.title == "Gunmen kill five in Kaduna"
    assert article.title_in_text
    assert _paragraphs(article)[0] == "Gunmen kill five in Kaduna"


def test_sentence_first_paragraph_is_not_a_title() -> None:
    article = _clean("Gunmen killed five people on Friday.\n\nPolice confirmed it.")
    assert article.title is None
    assert not article.title_in_text


def test_given_title_is_put_first_once() -> None:
    body = "Gunmen killed five people on Friday."
    article = _clean(body, title="Gunmen kill five")
    assert article.text == f"Gunmen kill five\n\n{body}"
    assert article.title_in_text
    again = _clean(f"Gunmen kill five\n\n{body}", title="Gunmen kill five")
    assert again.text == article.text


def test_hard_wrapped_lines_are_joined_and_headline_kept_apart() -> None:
    text = (
        "Gunmen kill five in Kaduna\n"
        "Gunmen killed five people and injured at least eight others in an\n"
        "overnight attack on a village in Kaduna State, residents said on\n"
        "Saturday.\n"
        "Police confirmed the attack and said no arrests had been made yet."
    )
    assert _paragraphs(_clean(text)) == [
        "Gunmen kill five in Kaduna",
        "Gunmen killed five people and injured at least eight others in an overnight attack "
        "on a village in Kaduna State, residents said on Saturday.",
        "Police confirmed the attack and said no arrests had been made yet.",
    ]


def test_long_text_is_truncated_at_a_paragraph_boundary() -> None:
    paragraph = "Police said the attackers fled into the forest after the raid."
    article = clean_document(Document(id="long", text="\n\n".join([paragraph] * 10)), max_chars=200)
    assert isinstance(article, Article)
    assert len(article.text) <= 200
    assert _paragraphs(article) == [paragraph] * 3


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        (Document(id="e", text="  \n "), "document text is empty or whitespace only"),
        (Document(id="n"), "document has neither text nor html"),
        (
            Document(id="f", text="Leave a Reply\n\nShare this:"),
            "no text left after removing page furniture",
        ),
    ],
)
def test_unusable_text_is_rejected(doc: Document, reason: str) -> None:
    assert clean_document(doc) == Rejected(id=doc.id, reason=reason)
