"""Properties of cleaning that must hold for any input text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_document
from eventwire.models import Article, Document, Rejected

_LINES = st.sampled_from(
    [
        "Gunmen kill five in Kaduna",
        "Police said two people were killed.",
        "ALSO READ | Something else",
        "Leave a Reply",
        "Share this:",
        "By Jane Doe",
        "",
        "  ",
        "\u00a0",
        "Cafe\u0301",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_LINES, st.text(max_size=40)), max_size=12).map("\n".join),
)


def _check(result: Article | Rejected) -> None:
    if isinstance(result, Rejected):
        assert result.reason and "\n" not in result.reason
        return
    assert result.text
    assert result.paragraphs
    assert "\n\n".join(result.text[s:e] for s, e in result.paragraphs) == result.text
    for start, end in result.paragraphs:
        paragraph = result.text[start:end]
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph
    if result.title_in_text:
        start, end = result.paragraphs[0]
        assert result.text[start:end] == result.title


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, title=st.one_of(st.none(), st.text(max_size=30)))
def test_clean_document_never_raises_and_spans_are_exact(text: str, title: str | None) -> None:
    _check(clean_document(Document(id="p", text=text, title=title)))


@settings(max_examples=50, deadline=None)
@given(body=_TEXTS)
def test_html_never_raises(body: str) -> None:
    _check(clean_document(Document(id="h", html=f"<html><body><p>{body}</p></body></html>")))


@settings(max_examples=100, deadline=None)
@given(text=_TEXTS, limit=st.integers(min_value=1, max_value=300))
def test_truncated_text_fits_the_limit(text: str, limit: int) -> None:
    result = clean_document(Document(id="t", text=text), max_chars=limit)
    _check(result)
    if isinstance(result, Article):
        assert len(result.text) <= limit
