"""In Debian's Chromium: searching a name or alias gives that actor's page first."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def first_result(browser, url: str, query: str) -> tuple[str, str, str]:
    """Type a query into Material's search box and follow the first result.

    Returns the result's title, the path it links to, and the heading of the page it opens."""
    page = browser.new_page()
    try:
        page.goto(url)
        page.click("input.md-search__input")
        page.type("input.md-search__input", query, delay=50)
        first = page.locator(".md-search-result__item").first
        first.wait_for(timeout=10_000)
        link = first.locator("a").first
        title = link.locator("h1, h2").first.inner_text().strip()
        href = urlsplit(link.get_attribute("href") or "").path  # drop Material's ?h= highlight
        link.click()
        page.wait_for_url(f"**{href}**")
        return title, href, page.locator("article h1").first.inner_text().removesuffix("¶").strip()
    finally:
        page.close()


@pytest.mark.parametrize(
    "query, title, href",
    [
        ("Haqqani", "Haqqani network", "actors/haqqani-network/"),
        ("ISI", "Inter-Services Intelligence", "actors/isi/"),
        ("Janjua", "Tehmina Janjua", "actors/tehmina-janjua/"),
        ("Kayani", "Ashfaq Kayani", "actors/ashfaq-kayani/"),
        ("Mullen", "Mike Mullen", "actors/mike-mullen/"),
    ],
)
def test_searching_a_name_gives_its_page_first(
    browser, site_url: str, query: str, title: str, href: str
) -> None:
    found_title, found_path, heading = first_result(browser, site_url, query)
    assert (found_title, found_path, heading) == (title, "/" + href, title)


def test_no_request_leaves_the_machine(browser, site_url: str) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + "disputes/militant-safe-havens/")
    page.wait_for_load_state("networkidle")
    page.close()
    assert requests and all(url.startswith((site_url, "data:")) for url in requests)


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests leave their screenshots (printed with `pytest -s`), to look at."""
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {folder}")
    return folder


def test_the_map_draws_every_node_on_screen_and_its_links_work(
    browser, site_url: str, screenshots: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "map/")
    svg = page.locator("svg.explainer-graph")
    box = svg.bounding_box()
    assert box and box["width"] > 900 and box["height"] > 500
    circles = page.locator("svg.explainer-graph circle")
    assert circles.count() > 30
    for i in range(circles.count()):  # every node is inside the drawn picture
        node = circles.nth(i).bounding_box()
        assert (
            node and box["x"] <= node["x"] and node["x"] + node["width"] <= box["x"] + box["width"]
        )
    page.screenshot(path=str(screenshots / "map.png"), full_page=True)
    page.locator("svg.explainer-graph a", has_text="ISI").click()
    page.wait_for_url("**/actors/isi/")
    assert (
        page.locator("article h1").first.inner_text().removesuffix("¶").strip()
        == "Inter-Services Intelligence"
    )
    page.close()


def test_on_a_phone_the_map_scrolls_inside_its_box(
    browser, site_url: str, screenshots: Path
) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(site_url + "actors/pakistan/")
    scroller = page.locator(".explainer-map-scroll")
    widths = scroller.evaluate(
        "e => [e.scrollWidth, e.clientWidth, document.documentElement.scrollWidth]"
    )
    assert widths[0] > widths[1] and widths[2] <= 390, widths  # the box scrolls, the page does not
    label_px = page.locator("svg.explainer-graph a text").first.evaluate(
        "e => e.getBoundingClientRect().height"
    )
    assert label_px >= 12  # labels keep a readable size
    scroller.screenshot(path=str(screenshots / "phone-neighbourhood.png"))
    page.close()


def test_timeline_links_open_the_event_and_the_actor(
    browser, site_url: str, screenshots: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "timeline/")
    page.screenshot(path=str(screenshots / "timeline.png"), full_page=True)
    page.get_by_role("link", name="Kayani cancels a trip to the United Kingdom").first.click()
    page.wait_for_url("**/events/kayani-cancels-uk-trip/")
    page.go_back()
    page.locator("article li a", has_text="Ashfaq Kayani").first.click()
    page.wait_for_url("**/actors/ashfaq-kayani/")
    assert page.locator("#timeline").count() == 1
    page.close()
