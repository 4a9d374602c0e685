"""The bad-input corpus: every hostile or broken input eventwire must survive, each with the
outcome it must have.

Small fixtures live in ``tests/data/bad_inputs``; large and binary ones are generated here
into a temporary folder (nothing big is committed). `build_corpus` writes them all, mixed
with good reports, and returns what each file must yield:

- ``Expect(rejected="reason fragment")``: a per-document rejection whose reason contains it
  (on stderr for the CLI, in the summary and for cleaner rejections in ``articles`` for
  ``ingest``);
- ``Expect(stored=N)``: N articles stored from it (events or not), never a crash.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TESTS = Path(__file__).resolve().parent.parent
DATA = TESTS / "data" / "bad_inputs"
GOLDEN = TESTS / "golden" / "reports"
GOOD_REPORTS = (
    "02-monguno-iswap-base-attack",
    "09-dera-ismail-khan-suicide-bombing",
    "20-nairobi-fuel-protest-shootings",
)
REPORT = (GOLDEN / "02-monguno-iswap-base-attack.txt").read_text(encoding="utf-8")
"""A good report (every good input below carries a different one: no two are duplicates)."""
ARABIC = (DATA / "arabic_report.txt").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Expect:
    """What one input file must yield."""

    rejected: tuple[str, ...] = ()
    """Reason fragments, one per expected rejection (in any order)."""
    stored: int = 0
    """Articles stored from the file."""
    note: str = ""
    heavy: bool = False
    """Costly to extract (thousands of numbers or dates): only in the in-process run."""


@dataclass
class Corpus:
    folder: Path
    expected: dict[str, Expect] = field(default_factory=dict)

    def add(self, name: str, content: bytes | str, expect: Expect) -> Path:
        folder = self.folder / "heavy" if expect.heavy else self.folder
        folder.mkdir(exist_ok=True)
        path = folder / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        self.expected[str(path)] = expect
        return path

    @property
    def bad_inputs(self) -> int:
        """Inputs with at least one expected rejection (the figure the README quotes)."""
        return sum(1 for e in self.expected.values() if e.rejected)

    @property
    def rejections(self) -> int:
        return sum(len(e.rejected) for e in self.expected.values())

    @property
    def stored(self) -> int:
        return sum(e.stored for e in self.expected.values())


def _paragraphs_html(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n"))


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    """A gzipped WARC with one HTML 200 response per (url, page)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, page in records:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(page), length=len(page), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def _report(number: int) -> str:
    """The golden report whose file name starts with ``number`` (two digits)."""
    (path,) = GOLDEN.glob(f"{number:02d}-*.txt")
    return path.read_text(encoding="utf-8")


def _numbers_and_dates_text() -> str:
    """A report followed by a table of 5,000 numbers (figures and words) and 5,000 dates."""
    rng = random.Random(7)
    words = ("three", "forty-two", "a dozen", "hundreds", "1.5 million", "12,000")
    numbers = [rng.choice((str(rng.randint(0, 999)), rng.choice(words))) for _ in range(5000)]
    months = ("Jan.", "May", "March", "Sept.", "Dec.")
    shapes = (
        lambda: f"{rng.randint(1, 28)} {rng.choice(months)}",
        lambda: f"{rng.choice(months)} {rng.randint(1990, 2030)}",
        lambda: f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        lambda: rng.choice(("Monday", "Friday", "last week", "yesterday")),
    )
    dates = [rng.choice(shapes)() for _ in range(5000)]
    rows = [", ".join(numbers[i : i + 100]) + "." for i in range(0, 5000, 100)]
    rows += [", ".join(dates[i : i + 50]) + "." for i in range(0, 5000, 50)]
    return _report(13) + "\n\n" + "\n".join(rows)


def build_corpus(folder: Path) -> Corpus:
    """Write the corpus (bad inputs mixed with good reports) into ``folder``."""
    corpus = Corpus(folder)
    add = corpus.add
    for number in (2, 9, 20):
        add(
            f"good-{number:02d}.txt",
            _report(number),
            Expect(stored=1, note="a good report beside the bad ones"),
        )

    # Nothing to read.
    add("empty.txt", b"", Expect(("empty file",)))
    add("whitespace_only.txt", b" \n\t\r\n  \n", Expect(("file has only whitespace",)))
    add("empty.html", b"", Expect(("empty file",)))
    add("empty.jsonl", b"\n\n", Expect(("file has only whitespace",)))
    # Binary content under text names.
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000)
    add("image.txt", png, Expect(("binary file",)))
    add(
        "noise.html",
        random.Random(2).randbytes(20_000).replace(b"\x00", b"\x01"),
        Expect(("unreadable encoding",)),
    )
    add("elf.jsonl", b"\x7fELF\x02\x01\x01" + bytes(200), Expect(("binary file",)))
    # Encodings: invalid UTF-8, mislabelled Windows-1256 Arabic, UTF-16, Latin-1.
    add("invalid_utf8.txt", bytes(range(0x80, 0x100)) * 8, Expect(("unreadable encoding",)))
    mislabelled = (
        '<html><head><meta charset="utf-8"><title>خبر</title></head><body><article>'
        + _paragraphs_html(ARABIC)
        + "</article></body></html>"
    ).encode("cp1256")
    add(
        "arabic_cp1256_labelled_utf8.html",
        mislabelled,
        Expect(("not English (looks like Arabic)",), note="read as cp1256, refused"),
    )
    add("arabic_utf8.txt", ARABIC, Expect(("not English (looks like Arabic)",)))
    add("utf16_bom.txt", _report(3).encode("utf-16"), Expect(stored=1, note="read by its BOM"))
    add(
        "latin1.txt",
        (_report(14) + "\n\nCafé, señor, Zürich.").encode("latin-1"),
        Expect(stored=1, note="not UTF-8; detected as Latin-1"),
    )
    # Other languages.
    for name, language in (
        ("french.txt", "French"),
        ("spanish.html", "Spanish"),
        ("german.txt", "German"),
    ):
        add(
            name,
            (DATA / name).read_text(encoding="utf-8"),
            Expect((f"not English (looks like {language})",)),
        )
    # HTML: nested, very deeply nested, unclosed, navigation only, scripts only.
    nested = "<div>" * 200 + _paragraphs_html(_report(4)) + "</div>" * 200
    add("nested_200.html", f"<html><body>{nested}</body></html>", Expect(stored=1))
    deep = "<div>" * 5000 + _paragraphs_html(_report(5)) + "</div>" * 10
    add(
        "nested_5000.html",
        f"<html><body>{deep}</body></html>",
        Expect(("no article text found",), note="beyond the HTML parser depth limit (256)"),
    )
    unclosed = "<html><body><article><div><p>" + _report(6).replace("\n\n", "<p><div><span>")
    add("unclosed.html", unclosed, Expect(stored=1))
    add(
        "navigation_only.html",
        (DATA / "navigation_only.html").read_text(encoding="utf-8"),
        Expect(("no article text found",)),
    )
    scripts = "<script>alert(1)</script>" * 2000
    add(
        "only_scripts.html",
        f"<html><head>{scripts}</head><body>{scripts}</body></html>",
        Expect(("no article text found",)),
    )
    # Archives and feeds.
    for name, (one, two) in (("truncated_gzip.warc.gz", (7, 8)), ("cut_record.warc", (11, 12))):
        first = (f"https://news.example/{one}", _paragraphs_html(_report(one)).encode())
        second = (f"https://news.example/{two}", _paragraphs_html(_report(two) * 3).encode())
        archive = _warc([first, second])
        cut = (
            archive[: len(_warc([first])) + 400]  # inside the second gzip member
            if name.endswith(".gz")
            else gzip.decompress(archive)[:-2000]  # inside the second record
        )
        add(
            name,
            cut,
            Expect(
                ("truncated or corrupt WARC",), stored=1, note="the record before the cut is kept"
            ),
        )
    add(
        "not_gzip.warc.gz",
        b"\x1f\x8b\x08\x00garbage" + bytes(range(256)),
        Expect(("truncated or corrupt WARC",)),
    )
    add(
        "invalid_xml.rss",
        (DATA / "invalid_xml.rss").read_bytes(),
        Expect(
            ("feed entry 2 has no content",),
            stored=1,
            note="feedparser recovers the entry before the broken XML",
        ),
    )
    add("not_a_feed.xml", b"<html><body>hello</body></html>", Expect(("not an RSS or Atom feed",)))
    # JSON Lines with broken lines and hostile strings.
    lines = [
        json.dumps({"id": "jl-good", "text": _report(10), "published": "2023-08-17"}),
        '{"id": "jl-broken", "text": "cut here',
        json.dumps({"id": "jl-nul-text", "text": "A\u0000 bomb killed two people in Kano.\u0000"}),
        '{"id": "jl-surrogate", "text": "Gunmen killed \\ud800 five villagers in Zamfara."}',
        json.dumps({"id": 7, "text": 42}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": "jl-nothing", "title": "no text"}),
        json.dumps(
            {
                "id": "jl-nul-url",
                "text": "Police said one man died.",
                "url": "https://news.example/\u0000",
            }
        ),
        json.dumps(
            {
                "id": "jl-bad-port",
                "text": "Gunmen shot a trader in Kaduna.",
                "url": "https://news.example:99999/story",
            }
        ),
    ]
    add(
        "broken_lines.jsonl",
        "\n".join(lines) + "\n",
        Expect(
            (
                "line 2: invalid JSON",
                "line 4: invalid JSON: a \\u escape is a lone surrogate",
                "line 5: 'text' must be a string",
                "line 6: expected a JSON object",
                "line 7: no 'text' or 'html' field",
                "line 8: 'url' contains a NUL character",
            ),
            stored=3,
            note="lines 1, 3 and 9 stored",
        ),
    )
    # Unsupported types are named.
    add("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", Expect(("unsupported file type .pdf",)))
    add("archive.txt.gz", gzip.compress(REPORT.encode()), Expect(("unsupported file type .gz",)))
    # 10,000 numbers and dates in one document.
    add("numbers_and_dates.txt", _numbers_and_dates_text(), Expect(stored=1, heavy=True))
    return corpus
