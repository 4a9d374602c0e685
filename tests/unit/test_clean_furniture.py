"""Page furniture is removed from cleaned text, and news prose that resembles it is kept."""

from __future__ import annotations

import pytest

from eventwire.clean import FURNITURE, clean_document, furniture_reason
from eventwire.models import Article, Document

FURNITURE_LINES = [
    "ALSO READ | Hanukkah Celebrations Across the Region, Embracing the Festival of Lights",
    "READ MORE: Bandits abduct 20 travellers on Abuja-Kaduna highway",
    "Related: Governor visits victims of Kafanchan clashes",
    "Related Stories",
    "Leave a Reply",
    "Leave a comment",
    "Your email address will not be published.",
    "Your email address will not be published. Required fields are marked *",
    "Required fields are marked *",
    "Share this:",
    "Share on Facebook",
    "Share on Twitter",
    "Share on WhatsApp",
    "Facebook Twitter WhatsApp Email",
    "Subscribe to our newsletter",
    "Sign up for our daily briefing and never miss a story.",
    "Click here to download our app",
    "Follow us on Twitter and Instagram",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "This website uses cookies.",
    "All rights reserved.",
    "© 2023 The Daily Ledger. All rights reserved.",
    "Copyright 2023 The Associated Press.",
    "3 comments",
    "Reply",
    "naija_patriot says: This is so sad, may their souls rest in peace.",
    "Posted by admin at 10:31 AM",
    "Log in to reply",
    "Tags: Kaduna, Zangon Kataf, insecurity",
]

NEWS_PROSE = [
    "Residents said they were afraid to share what they had seen with strangers.",
    "The police did not reply to a request for comment on Saturday.",
    "Shares of the state oil company fell after the pipeline was attacked.",
    "Related clashes broke out in Kafanchan later that week, killing three.",
    "The minister says: “We will not rest until the attackers are found.”",
    "Readers who subscribe to the local paper learned of the attack a day late.",
    "Protesters chanted slogans and called on residents to follow them to the square.",
    "Advertisements for the rally were torn down overnight, organisers said.",
    "The governor said all rights of the displaced families would be protected.",
    "Comments by the army spokesman angered residents of the village.",
    "By Jane Doe",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_line_is_recognised(line: str) -> None:
    assert furniture_reason(line) is not None


@pytest.mark.parametrize("line", NEWS_PROSE)
def test_news_prose_is_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


def test_every_pattern_has_a_reason() -> None:
    assert all(item.reason and item.max_len > 0 for item in FURNITURE)


def _clean_text(text: str) -> Article:
    result = clean_document(Document(id="d", text=text))
    assert isinstance(result, Article)
    return result


def test_real_page_ending_is_removed() -> None:
    body = "Gunmen killed five people in an attack on a village in Kaduna State, police said."
    ending = (
        "ALSO READ | Hanukkah Celebrations Across the Region, Embracing the Festival of Lights"
        "\n\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *"
    )
    article = _clean_text(f"{body}\n\n{ending}")
    assert article.text == body
    assert "Hanukkah" not in article.text


def test_everything_after_a_comments_heading_is_dropped() -> None:
    text = (
        "Soldiers repelled an attack on a base in Borno State, the army said.\n\n"
        "Comments\n\n"
        "Kaduna Boy\n\nThe army always says this. Nobody believes them anymore.\n\n"
        "Posted by Musa at 12:14 pm"
    )
    article = _clean_text(text)
    assert article.text == "Soldiers repelled an attack on a base in Borno State, the army said."


def test_all_furniture_removed_from_a_text_while_prose_stays() -> None:
    # Not the comment-section headings ("Leave a Reply", "3 comments"): they end the article.
    furniture = [*FURNITURE_LINES[:4], *FURNITURE_LINES[6:26]]
    text = "\n\n".join([*NEWS_PROSE[:5], *furniture, *NEWS_PROSE[5:]])
    article = _clean_text(text)
    paragraphs = [article.text[start:end] for start, end in article.paragraphs]
    assert paragraphs == NEWS_PROSE
