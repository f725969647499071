"""In Chromium, as a reader: the relationship map fits its box and its nodes open their
actor; on a phone nothing but the map's own box scrolls sideways; the timeline leads to
events and actors. Screenshots are left for a person to look at (`pytest -s` prints where)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.records.explainer import Explainer

from .support import heading

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {folder}")
    return folder


def follow(page, selector: str, kind: str) -> str:
    """Click the first link `selector` finds, wait for the record page it opens; its id."""
    link = page.locator(selector).first
    record_id = (link.get_attribute("href") or "").rstrip("/").split("/")[-1]
    link.click()
    page.wait_for_url(f"**/{kind}/{record_id}/")
    return str(record_id)


def test_the_map_draws_every_node_in_its_box_and_a_node_opens_its_actor(
    browser, site_url: str, explainer: Explainer, screenshots: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "map/")
    if not explainer.edges:  # a new explainer's first story may have no relation yet
        assert page.locator("svg.explainer-graph").count() == 0  # the page says so instead
        page.close()
        return
    box = page.locator("svg.explainer-graph").bounding_box()
    circles = page.locator("svg.explainer-graph circle")
    assert box and circles.count() > 0
    for i in range(circles.count()):
        node = circles.nth(i).bounding_box()
        assert (
            node and box["x"] <= node["x"] and node["x"] + node["width"] <= box["x"] + box["width"]
        )
    page.screenshot(path=str(screenshots / "map.png"), full_page=True)
    actor_id = follow(page, "svg.explainer-graph a", "actors")
    assert heading(page) == explainer.actors[actor_id].name
    page.close()


def test_on_a_phone_the_list_stands_in_for_the_map(
    browser, site_url: str, explainer: Explainer, screenshots: Path
) -> None:
    # A picture of names cut off at 390 px says less than the list under it, which says it all.
    busiest = max(explainer.actors.values(), key=lambda a: len(a.relations) + len(a.affiliations))
    page = browser.new_page(viewport={"width": 390, "height": 844})
    for path in (f"actors/{busiest.id}/", "map/"):
        page.goto(site_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        if page.locator("svg.explainer-graph").count():
            assert not page.locator("svg.explainer-graph").first.is_visible(), path
            assert page.locator(".explainer-map-narrow").first.is_visible(), path
    page.screenshot(path=str(screenshots / "phone-actor.png"), full_page=True)
    page.close()


def test_the_timeline_opens_an_event_and_an_actor(
    browser, site_url: str, explainer: Explainer, screenshots: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "timeline/")
    page.screenshot(path=str(screenshots / "timeline.png"), full_page=True)
    event_id = follow(page, "article a[href*='events/']", "events")
    assert heading(page) == explainer.events[event_id].title
    page.go_back()
    follow(page, "article li a[href*='actors/']", "actors")
    assert page.locator("#timeline").count() == 1
    page.close()


def test_a_citation_previews_its_paragraph_on_focus_and_on_a_first_tap(
    browser, site_url: str, explainer: Explainer, screenshots: Path
) -> None:
    dispute = next(iter(explainer.disputes.values()))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + f"disputes/{dispute.id}/")
    cite = page.locator("article a.explainer-cite").first
    box = cite.bounding_box()
    assert box and box["width"] >= 24 and box["height"] >= 24  # WCAG 2.2 target size
    cite.focus()
    preview = page.locator("#explainer-preview")
    assert preview.is_visible() and preview.inner_text().startswith("“")
    page.screenshot(path=str(screenshots / "cite-preview.png"))
    page.keyboard.press("Escape")
    assert not preview.is_visible()
    page.close()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    page = phone.new_page()
    page.goto(site_url + f"disputes/{dispute.id}/")
    cite = page.locator("article a.explainer-cite").first
    cite.tap()
    assert page.locator("#explainer-preview").is_visible()
    assert page.url.endswith(f"disputes/{dispute.id}/")  # the first tap stays on the page
    cite.tap()
    page.wait_for_url("**/sources/**")
    phone.close()


def test_on_a_phone_the_closed_menu_is_not_in_the_tab_order(browser, site_url: str) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(site_url + "disputes/")
    for _ in range(6):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null")
        assert not focused
    page.close()
