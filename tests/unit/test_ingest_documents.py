"""Reading inputs: every readable document comes through, every bad input is a Rejected."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from eventwire.errors import ConfigurationError
from eventwire.ingest import iter_documents
from eventwire.models import Document, Rejected

DATA = Path(__file__).parents[1] / "data" / "bad_inputs"
ARABIC = "قتل مسلحون خمسة أشخاص في هجوم على قرية في ولاية كادونا، بحسب ما أفاد السكان يوم السبت."


def _read(*paths: str | Path, published: str | None = None) -> list[Document | Rejected]:
    return list(iter_documents([str(path) for path in paths], published=published))


def _one(*paths: str | Path) -> Document | Rejected:
    [item] = _read(*paths)
    return item


def test_txt_file_is_one_document_with_the_path_as_id() -> None:
    path = str(DATA / "report.txt")
    doc = _one(path)
    assert isinstance(doc, Document)
    assert doc.id == path
    assert doc.text is not None and doc.text.startswith("Gunmen kill five in Kaduna village\n")
    assert doc.html is None


def test_html_file_sets_the_html_field() -> None:
    doc = _one(DATA / "news_page_with_furniture.html")
    assert isinstance(doc, Document)
    assert doc.html is not None and "<article" in doc.html
    assert doc.text is None


def test_jsonl_lines_become_documents_and_broken_lines_rejections() -> None:
    path = str(DATA / "mixed_lines.jsonl")
    items = _read(path)
    assert [item.id for item in items] == [
        "doc-1",
        f"{path}:2",
        f"{path}:3",
        "doc-4",
        f"{path}:6",
        "doc-6",
    ]
    first, broken, no_id, html, not_object, no_body = items
    assert isinstance(first, Document) and first.published == "2023-12-08"
    assert first.url == "https://example.org/1"
    assert isinstance(broken, Rejected)
    assert broken.reason.startswith("line 2: invalid JSON: ")
    assert broken.source == path
    assert isinstance(no_id, Document) and no_id.text is not None
    assert isinstance(html, Document) and html.html is not None and html.text is None
    assert isinstance(not_object, Rejected) and not_object.reason.startswith("line 6: ")
    assert isinstance(no_body, Rejected) and no_body.reason == "line 7: no 'text' or 'html' field"


def test_published_flag_fills_only_documents_without_a_date() -> None:
    items = _read(DATA / "mixed_lines.jsonl", DATA / "report.txt", published="2023-12-10")
    dates = {item.id: item.published for item in items if isinstance(item, Document)}
    assert dates["doc-1"] == "2023-12-08"
    assert dates["doc-4"] == "2023-12-10"
    assert dates[str(DATA / "report.txt")] == "2023-12-10"


def test_bad_published_flag_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="is not a date"):
        iter_documents([str(DATA / "report.txt")], published="yesterday")


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    shutil.copy(DATA / "report.txt", tmp_path / "b" / "z.txt")
    shutil.copy(DATA / "news_page_with_furniture.html", tmp_path / "a.HTM")
    shutil.copy(DATA / "report.pdf", tmp_path / "c.pdf")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    items = _read(tmp_path)
    assert [item.id for item in items] == [
        str(tmp_path / "a.HTM"),
        str(tmp_path / "b" / "z.txt"),
        str(tmp_path / "c.pdf"),
    ]
    assert isinstance(items[2], Rejected)
    assert items[2].reason == "unsupported file type .pdf: give .txt, .html or .jsonl"


def test_directory_with_nothing_usable_is_rejected(tmp_path: Path) -> None:
    shutil.copy(DATA / "report.pdf", tmp_path / "report.pdf")
    items = _read(tmp_path)
    assert all(isinstance(item, Rejected) for item in items)
    last = items[-1]
    assert isinstance(last, Rejected) and last.id == str(tmp_path)
    assert "no usable documents" in last.reason


def test_stdin_plain_text() -> None:
    stdin = io.StringIO("Police said two people were killed in Kano.\n")
    [doc] = list(iter_documents(["-"], stdin=stdin))
    assert doc == Document(id="stdin", text="Police said two people were killed in Kano.\n")


def test_stdin_jsonl_when_first_character_is_a_brace() -> None:
    stdin = io.StringIO('\n  {"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    items = list(iter_documents(["-"], stdin=stdin))
    assert [item.id for item in items] == ["a", "b"]


def test_stdin_bytes_in_a_legacy_encoding_are_detected() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARABIC.encode("cp1256")), encoding="utf-8")
    [doc] = list(iter_documents(["-"], stdin=stdin))
    assert isinstance(doc, Document) and doc.text == ARABIC


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n', encoding="utf-8")
    first, second = _read(path)
    assert isinstance(first, Document)
    assert isinstance(second, Rejected) and "duplicate document id 'a'" in second.reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing.txt", "no such file: {path}"),
        ("empty.txt", "empty file: {path}"),
        ("whitespace_only.txt", "file has only whitespace: {path}"),
        ("report.pdf", "unsupported file type .pdf: give .txt, .html or .jsonl"),
    ],
)
def test_unreadable_fixture_is_rejected(name: str, reason: str) -> None:
    path = str(DATA / name)
    assert _one(path) == Rejected(id=path, reason=reason.format(path=path), source=path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file: {path} (contains NUL"),
        (bytes(range(1, 32)) * 20, "binary file: {path} (mostly non-text"),
        (bytes(range(128, 256)) * 4, "unreadable encoding: {path}"),
        (b"", "empty file: {path}"),
    ],
)
def test_bad_bytes_are_rejected(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    item = _one(path)
    assert isinstance(item, Rejected)
    assert item.reason.startswith(reason.format(path=path))
    assert "\n" not in item.reason


def test_windows_1256_arabic_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "arabic.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    doc = _one(path)
    assert isinstance(doc, Document) and doc.text == ARABIC


def test_utf8_bom_and_declared_html_charset(tmp_path: Path) -> None:
    text_path = tmp_path / "bom.txt"
    text_path.write_bytes("\ufeffCafé attack in Zürich.".encode())
    html_path = tmp_path / "latin.html"
    html_path.write_bytes(
        '<html><head><meta charset="iso-8859-1"></head><body><p>Café attack in Zürich.</p>'
        "</body></html>".encode("latin-1")
    )
    text_doc, html_doc = _read(text_path, html_path)
    assert isinstance(text_doc, Document) and text_doc.text == "Café attack in Zürich."
    assert isinstance(html_doc, Document) and html_doc.html is not None
    assert "Café attack in Zürich." in html_doc.html


def test_one_bad_input_does_not_stop_the_others() -> None:
    items = _read(DATA / "missing.txt", DATA / "empty.txt", DATA / "report.txt")
    assert [type(item) for item in items] == [Rejected, Rejected, Document]
