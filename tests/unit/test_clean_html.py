"""HTML pages: article paragraphs only, title from the page, dates only when stated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.clean import NO_ARTICLE_TEXT, clean_document
from eventwire.models import Article, Document, Rejected

PAGE = Path(__file__).parents[1] / "data" / "bad_inputs" / "news_page_with_furniture.html"
PUBLISHED_META = '<meta property="article:published_time" content="2023-12-09T10:31:00+01:00">'
TITLE = "Gunmen kill five in attack on Kaduna village"


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


def _clean(html: str, **fields: str) -> Article:
    result = clean_document(Document(id="page", html=html, **fields))
    assert isinstance(result, Article), result
    return result


def test_article_paragraphs_only(page: str) -> None:
    article = _clean(page)
    paragraphs = [article.text[start:end] for start, end in article.paragraphs]
    assert paragraphs[0] == TITLE
    assert paragraphs[1].startswith("Gunmen killed five people and injured at least eight")
    assert paragraphs[-1].startswith("The state government condemned the killings")
    assert len(paragraphs) == 6
    for furniture in (
        "Home",
        "Share on",
        "ALSO READ",
        "Bandits abduct",
        "Related",
        "naija_patriot",
        "souls rest in peace",
        "Leave a Reply",
        "email address",
        "newsletter",
        "cookies",
        "©",
        "All rights reserved",
    ):
        assert furniture not in article.text


def test_prose_mentioning_share_and_reply_is_kept(page: str) -> None:
    article = _clean(page)
    assert "afraid to share what they had seen" in article.text
    assert "a reply to the community's request" in article.text


def test_title_and_published_from_metadata(page: str) -> None:
    article = _clean(page)
    assert article.title == TITLE
    assert article.title_in_text
    assert article.text.startswith(TITLE + "\n\n")
    assert article.published == dt.date(2023, 12, 9)
    assert article.published_time == dt.time(10, 31, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_document_published_wins_over_metadata(page: str) -> None:
    article = _clean(page, published="2023-12-10")
    assert article.published == dt.date(2023, 12, 10)
    assert article.published_time is None


def test_bad_document_published_falls_back_to_metadata(page: str) -> None:
    article = _clean(page, published="last Tuesday")
    assert article.published == dt.date(2023, 12, 9)


def test_copyright_year_alone_is_not_a_publication_date() -> None:
    html = (
        "<html><head><title>Blast in Kano</title>"
        "<meta itemprop='copyrightYear' content='2023'></head><body>"
        "<article><p>Two people were killed when a bomb exploded at a market in Kano, "
        "police said. Witnesses said the blast shattered windows across the street.</p>"
        "</article><footer><p>© 2023 The Daily Ledger. All rights reserved.</p>"
        "<p>Copyright 2022</p></footer></body></html>"
    )
    article = _clean(html)
    assert article.published is None
    assert article.text.startswith("Blast in Kano\n\nTwo people were killed")


def test_copyright_footer_on_the_full_page_gives_no_date(page: str) -> None:
    without_meta = page.replace(PUBLISHED_META, "")
    without_meta = without_meta.replace("December 9, 2023 at 12:14 pm", "")
    assert _clean(without_meta).published is None


def test_short_news_brief_is_kept() -> None:
    html = "<html><body><p>Two people were killed in a blast in Kano on Friday.</p></body></html>"
    assert _clean(html).text == "Two people were killed in a blast in Kano on Friday."


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<footer>© 2023 The Daily Ledger. All rights reserved.</footer></body></html>",
        "<html><body><div>Share on Facebook</div><div>Leave a Reply</div></body></html>",
        "<html><head><title>Menu</title></head><body></body></html>",
    ],
)
def test_boilerplate_only_page_is_rejected(html: str) -> None:
    result = clean_document(Document(id="nav", html=html, url="https://example.org/x"))
    assert result == Rejected(id="nav", reason=NO_ARTICLE_TEXT, source="https://example.org/x")


def test_text_wins_when_both_text_and_html_are_given(page: str) -> None:
    text = "Soldiers repelled an attack on a base in Borno State, the army said."
    result = clean_document(Document(id="both", text=text, html=page))
    assert isinstance(result, Article)
    assert result.text == text


def test_feed_summary_fragment_keeps_its_text() -> None:
    summary = (
        "<p>Two rockets hit the U.S. embassy compound in Baghdad early on Friday, security "
        "sources said. There were no casualties.</p>"
    )
    article = clean_document(Document(id="entry", html=summary))
    assert isinstance(article, Article), article
    assert "Two rockets hit the U.S. embassy compound in Baghdad" in article.text
