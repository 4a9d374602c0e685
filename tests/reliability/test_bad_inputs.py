"""Every bad input of the corpus (`reliability.corpus`) yields its recorded rejection or a
correct result, never a crash, and the good inputs in the same run are stored.

Run three ways: the Python API (``ingest`` into SQLite and PostgreSQL, rerun idempotent),
``eventwire extract`` and ``eventwire ingest`` as real processes. A 50 MB text is read in
bounded time and memory.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwire.models import Event, Rejected
from eventwire.pipeline import Pipeline
from eventwire.store import open_store
from eventwire.store.ingest import ingest
from reliability.conftest import EVENTWIRE
from reliability.corpus import REPORT, Corpus


def _owner(corpus: Corpus, item: Rejected) -> str:
    """The corpus file a rejection came from."""
    for path in corpus.expected:
        if path in (item.source, item.id) or item.id.startswith((f"{path}#", f"{path}:")):
            return path
    raise AssertionError(f"rejection from no corpus file: {item}")


def _check_rejections(corpus: Corpus, files: list[str], pairs: list[tuple[str, str]]) -> None:
    """``pairs`` are (file, reason): each file has exactly its expected reasons."""
    by_file: dict[str, list[str]] = {path: [] for path in files}
    for path, reason in pairs:
        assert "\n" not in reason and reason.strip(), reason
        by_file[path].append(reason)
    for path in files:
        expected = corpus.expected[path].rejected
        got = by_file[path]
        assert len(got) == len(expected), (path, got)
        for fragment in expected:
            assert any(fragment in reason for reason in got), (path, fragment, got)


def _stored_by_file(url: str) -> Counter[str]:
    engine = sa.create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT s.location FROM articles a JOIN sources s ON a.source_id = s.id "
                "WHERE a.rejection_reason IS NULL"
            )
        ).scalars()
        counts = Counter(str(r) for r in rows)
    engine.dispose()
    return counts


def _snapshot(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = sa.create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.connect() as connection:
        result = {
            "articles": sorted(
                tuple(r)
                for r in connection.execute(
                    sa.text("SELECT id, rejection_reason, event_count, text FROM articles")
                )
            ),
            "events": sorted(
                tuple(r) for r in connection.execute(sa.text("SELECT id, record FROM events"))
            ),
        }
    engine.dispose()
    return result


def test_python_api_ingest_records_every_outcome(
    corpus: Corpus, pipeline: Pipeline, db_url: str
) -> None:
    """One run over all inputs, bad and good mixed; then a rerun that changes nothing."""
    heavy = db_url.endswith(".db")  # the 10,000-numbers document: once, on SQLite
    files = [p for p, e in corpus.expected.items() if heavy or not e.heavy]
    store = open_store(db_url)
    try:
        summary = ingest(store, pipeline, files)
    finally:
        store.close()
    pairs = [(_owner(corpus, r), r.reason) for r in summary.rejections]
    _check_rejections(corpus, files, pairs)
    expected_stored = sum(corpus.expected[p].stored for p in files)
    assert summary.stored == expected_stored
    assert summary.skipped == 0
    assert summary.documents == summary.stored + summary.rejected
    stored = _stored_by_file(db_url)
    for path in files:
        assert stored[str(Path(path).resolve())] == corpus.expected[path].stored, path
    assert summary.events > 0
    before = _snapshot(db_url)

    store = open_store(db_url)
    try:
        again = ingest(store, pipeline, files)
    finally:
        store.close()
    assert again.stored == 0 and again.events == 0
    assert again.skipped == expected_stored + sum(
        1 for r in summary.rejections if "not English" in r.reason or "no article" in r.reason
    )
    assert _snapshot(db_url) == before


def _light(corpus: Corpus) -> list[str]:
    return [p for p, e in corpus.expected.items() if not e.heavy]


def _stderr_rejections(corpus: Corpus, stderr: str) -> list[tuple[str, str]]:
    """(file, line) of every ``rejected ID: REASON`` line the CLI printed; a line names its
    file, except JSONL lines with their own id ("rejected 7: line 5: ...")."""
    jsonl = next(p for p in corpus.expected if p.endswith("broken_lines.jsonl"))
    pairs = []
    for line in stderr.splitlines():
        if line.startswith("rejected "):
            named = [p for p in corpus.expected if p in line]
            pairs.append((max(named, key=len) if named else jsonl, line))
    return pairs


def test_cli_extract_rejects_each_bad_input_and_extracts_the_rest(
    corpus: Corpus, tmp_path: Path
) -> None:
    # The bad inputs and the three good reports (the CLI ingest test reads all the rest).
    files = [p for p in _light(corpus) if corpus.expected[p].rejected or "good-" in p]
    output = tmp_path / "events.jsonl"
    run = subprocess.run(
        [*EVENTWIRE, "extract", *files, "-o", str(output), "--published", "2023-12-09", "-q"],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    _check_rejections(corpus, files, _stderr_rejections(corpus, run.stderr))
    events = [Event.model_validate_json(line) for line in output.read_text().splitlines()]
    good = {p for p in files if Path(p).name.startswith("good-")}
    assert good <= {a for e in events for a in e.article_ids}


def test_cli_ingest_stores_the_good_and_reports_the_bad(corpus: Corpus, tmp_path: Path) -> None:
    files = _light(corpus)
    db = tmp_path / "cli.db"
    command = [*EVENTWIRE, "ingest", *files, "--db", str(db), "--summary-json", "-q"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["stored"] == sum(corpus.expected[p].stored for p in files)
    assert summary["rejected"] == sum(len(corpus.expected[p].rejected) for p in files)
    _check_rejections(corpus, files, _stderr_rejections(corpus, run.stderr))
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    again = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert again["stored"] == 0 and again["events"] == 0


FIFTY_MB = 50_000_000
_FILLER = (
    "Shares of the company rose in early trading after the quarterly results beat forecasts, "
    "analysts said, and the board proposed a higher dividend. Revenue grew in every region, "
    "led by strong demand for its services in Asia, while costs were held flat. The chief "
    "executive said the outlook for the rest of the year remained positive despite higher "
    "interest rates, and repeated the full-year guidance given in February."
)


def test_fifty_megabyte_text_in_bounded_time_and_memory(tmp_path: Path) -> None:
    """A 50 MB text: read, cleaned, cut at EVENTWIRE_MAX_DOCUMENT_CHARS, extracted.

    Generous bounds (this guards against unbounded growth, not a speed target): under
    10 minutes and 2.5 GB resident, and the report at its top still gives its events.
    """
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write(REPORT + "\n\n")
        block = (_FILLER + "\n\n") * 1000
        while out.tell() < FIFTY_MB:
            out.write(block)
    env = {**os.environ, "EVENTWIRE_MAX_DOCUMENT_CHARS": "100000"}
    started = time.monotonic()
    run = subprocess.run(
        [*EVENTWIRE, "extract", str(path), "--published", "2023-08-17", "-q"],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    # The largest resident size of any child this test process has waited for: an upper
    # bound of this one's.
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    elapsed = time.monotonic() - started
    assert run.returncode == 0, run.stderr[-2000:]
    events = [Event.model_validate_json(line) for line in run.stdout.splitlines()]
    assert any(e.acled.event_type == "Battles" and e.location.place == "Monguno" for e in events)
    assert elapsed < 600
    assert peak_kib < 2_500_000


@pytest.mark.parametrize("count", [10_000])
def test_ten_thousand_numbers_and_dates_do_not_stop_the_parsers(count: int) -> None:
    """The number and date parsers over 10,000 expressions each, in one text, quickly."""
    from datetime import date

    from eventwire.dates import find_date_mentions
    from eventwire.extract.numbers import QUANTITY_RE, parse_quantity

    numbers = " ".join(f"at least {i}," if i % 3 else f"{i:,}" for i in range(count))
    started = time.monotonic()
    parsed = [parse_quantity(m.group(0)) for m in QUANTITY_RE.finditer(numbers)]
    assert sum(q is not None for q in parsed) >= count * 0.9
    dates = " ".join(f"on {1 + i % 28} March {1990 + i % 30}," for i in range(count))
    mentions = find_date_mentions(dates, date(2023, 12, 9))
    assert len(mentions) >= count * 0.9
    assert all(dates[m.start : m.end] == m.text for m in mentions)
    assert time.monotonic() - started < 120
