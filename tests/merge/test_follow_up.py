"""Follow-up reports through real extraction: a claim published later joins the first
report's event, and the merged record keeps the first report's day, place and toll while
gaining the claim (what an alert's update reports)."""

from __future__ import annotations

import datetime as dt

from eventwire.merge import Merger, Report, compare, to_report
from merge.helpers import ExtractedReport


def _reports(extracted: list[ExtractedReport], *clusters: str) -> list[ExtractedReport]:
    return [r for r in extracted if r.cluster in clusters]


def _report_of(extracted: list[ExtractedReport], article_id: str) -> Report:
    (found,) = [r for r in extracted if r.article.id == article_id]
    (event,) = found.events
    return to_report(event, article_id, found.article.published, found.article.text)


def test_a_claim_dated_by_the_statement_joins_the_event_without_moving_its_day(
    extracted: list[ExtractedReport],
) -> None:
    claim = _report_of(extracted, "fks1-c")  # "claimed responsibility on Wednesday for ..."
    # The extractor skips the statement's day (falling back to publication) or the merger
    # reads it as a statement's: either way the report has no exact day of its own.
    assert claim.statement_dated or claim.event.date.basis == "published"
    assert claim.exact_day is None
    assert claim.day_lo is not None and claim.day_lo <= dt.date(2025, 6, 10).toordinal()
    merger = Merger()
    for report in _reports(extracted, "kabul-school-2025-06"):
        merger.add_article(report.article, report.events)
    (merged,) = merger.merged_events()
    assert merged.event.article_ids == ["fks1-a", "fks1-b", "fks1-c"]
    assert merged.event.date.start == dt.date(2025, 6, 10)  # the attack's Tuesday
    assert merged.event.claim.status == "claimed"
    assert merged.event.casualties.killed.best == 6


def test_a_claim_naming_the_events_own_day_is_merged_by_that_day(
    extracted: list[ExtractedReport],
) -> None:
    # "claimed responsibility on Thursday for Wednesday's bombing of a minibus"
    other = _report_of(extracted, "nks1-a")
    assert not other.statement_dated
    assert other.exact_day == dt.date(2025, 6, 11).toordinal()
    school = _report_of(extracted, "fks1-a")  # Tuesday's school bombing, same district
    assert compare(other, school).vetoed


def test_a_possessive_day_is_the_events_not_the_claims(extracted: list[ExtractedReport]) -> None:
    claim = _report_of(extracted, "fgz1-b")  # "claimed responsibility for Friday's attack"
    assert not claim.statement_dated and claim.exact_day == dt.date(2025, 2, 7).toordinal()
    merger = Merger()
    for report in _reports(extracted, "baghdad-green-zone-rockets-2025-02"):
        merger.add_article(report.article, report.events)
    (merged,) = merger.merged_events()
    assert merged.event.claim.by == "Kata'ib Hezbollah"
    assert [c.field for c in merged.history[-1].changes] == ["perpetrators", "claim"]
