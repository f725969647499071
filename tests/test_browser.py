"""In Debian's Chromium: searching a name or alias gives that actor's page first."""

from __future__ import annotations

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
def test_searching_a_name_gives_its_page_first(browser, site_url: str, query: str, title: str, href: str) -> None:
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
