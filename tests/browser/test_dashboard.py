"""The dashboard in headless Chromium against a real ``eventwire serve``: load, filter by
type and date (form and timeline brush), click a marker, read the event panel, and an
article carrying script markup rendering as inert text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from api.corpus import XSS_LINE, XSS_TITLE, same_event_documents

if TYPE_CHECKING:
    from playwright.sync_api import Page


def api_count(server: str, **params: Any) -> int:
    body = httpx.get(f"{server}/events", params={"limit": 1000, **params}).json()
    return len(body["events"])


def open_dashboard(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-loaded=true]")


def location(page: Page) -> str:
    """The address bar now (``page.url`` follows pushState only asynchronously)."""
    href: str = page.evaluate("window.location.href")
    return href


def shown_events(page: Page) -> int:
    return int(page.locator("#status").get_attribute("data-events") or -1)


def apply_filters(page: Page, **values: str) -> None:
    for name, value in values.items():
        if name == "type":
            page.locator("#f-type").select_option(value)
        else:
            page.locator(f"#filters [name={name}]").fill(value)
    page.click("#apply")
    page.wait_for_selector("body[data-loaded=true]")


def test_dashboard_loads_map_timeline_and_all_events(
    page: Page, server: str, output_dir: Path
) -> None:
    open_dashboard(page, server)
    assert shown_events(page) == api_count(server)
    page.wait_for_selector(".leaflet-overlay-pane canvas")  # the offline basemap
    markers = page.locator("path.ew-marker, .marker-cluster").count()
    assert markers > 0
    assert "Battles" in (page.locator("#legend").text_content() or "")
    page.screenshot(path=str(output_dir / "dashboard.png"))


def test_filter_by_type_and_date_lives_in_the_url(page: Page, server: str) -> None:
    open_dashboard(page, server)
    apply_filters(page, type="Protests")
    assert shown_events(page) == api_count(server, type="Protests") > 0
    assert "type=Protests" in location(page)
    apply_filters(page, type="", since="2023-12-01", until="2023-12-05")
    expected = api_count(server, since="2023-12-01", until="2023-12-05")
    assert shown_events(page) == expected > 0
    shared = location(page)
    assert "since=2023-12-01" in shared and "until=2023-12-05" in shared
    open_dashboard(page, shared)  # a shared link restores the view
    assert page.locator("#f-since").input_value() == "2023-12-01"
    assert shown_events(page) == expected


def test_timeline_brush_filters_the_map(page: Page, server: str) -> None:
    open_dashboard(page, server)
    total = shown_events(page)
    box = page.locator("#timeline-canvas").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=5)
    page.mouse.up()
    assert "brush=" in location(page)
    brushed = shown_events(page)
    assert 0 < brushed < total
    page.click("#brush-clear")
    assert shown_events(page) == total and "brush=" not in location(page)


def test_marker_opens_the_event_panel_with_sources_and_evidence(page: Page, server: str) -> None:
    open_dashboard(page, server)
    apply_filters(page, country="Nigeria")
    page.locator("path.ew-marker").first.click()
    page.wait_for_selector("#panel:not([hidden]) .article-text mark")
    assert "Battles" in (page.locator("#panel-kind").text_content() or "")
    assert page.locator("#panel-summary").text_content()
    fields = page.locator("#panel-fields").text_content() or ""
    assert "Nigeria" in fields and "Killed" in fields
    link = page.locator("#panel-sources a").first
    assert link.get_attribute("href") == "https://news.example.org/02-monguno-iswap-base-attack"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert page.locator("#panel .article-text mark").count() >= 3
    assert "event=mrg_" in location(page)  # the merged event (ingest merges)


def test_hostile_article_renders_as_text_and_runs_nothing(
    page: Page, server: str, output_dir: Path
) -> None:
    open_dashboard(page, server)
    apply_filters(page, country="Syria")
    page.locator("path.ew-marker").first.click()
    page.wait_for_selector("#panel:not([hidden]) .article-text")
    panel = page.locator("#panel")
    source_title = panel.locator(".source-title").first.text_content() or ""
    assert source_title == XSS_TITLE
    article = panel.locator(".article-text").first.text_content() or ""
    assert XSS_LINE in article and "<script>window.__xss=1</script>" in article
    assert panel.locator("script, img, iframe").count() == 0
    assert panel.locator("#panel-sources a").count() == 0  # a javascript: URL is no link
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.screenshot(path=str(output_dir / "dashboard-hostile-article.png"))


def test_one_marker_per_merged_event_lists_every_source(page: Page, server: str) -> None:
    outlets = [d.url or "" for d in same_event_documents()]
    open_dashboard(page, server)
    assert shown_events(page) == api_count(server) < api_count(server, view="reports")
    apply_filters(page, country="Somalia")
    assert shown_events(page) == api_count(server, country="Somalia") >= 1
    page.locator("path.ew-marker").first.click()
    page.wait_for_selector("#panel:not([hidden]) .article-text mark")
    links = page.locator("#panel-sources a")
    assert sorted(links.nth(i).get_attribute("href") or "" for i in range(links.count())) == sorted(
        outlets
    )
    fields = page.locator("#panel-fields").text_content() or ""
    assert "3 merged" in fields and "Somalia" in fields
    assert page.locator("#panel-history li").count() >= 1
    assert "event=mrg_" in location(page)
