"""In Chromium, as a reader, on the published site (http) and the offline copy (file://):
every actor is found first by its name and by each alias, a quote by its words, a query
with no match says so, a hostile query stays text, and no page asks another host for
anything."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from generator.records.explainer import Explainer
from generator.site.chromium import FIRST_RESULT, SEARCH_BOX

from .support import KNOWN_MISSES, KNOWN_MISSES_FILE, first_result, heading, result_groups

pytestmark = pytest.mark.browser
NOTHING = "nothing"
"""What a name that finds no result at all is said to find (search-misses.yaml may list it)."""


@pytest.fixture(params=["http", "file"])
def home(request, site_url: str) -> str:
    """The home page of the published site, then of the unpacked offline copy."""
    if request.param == "http":
        return site_url
    bundle: Path = request.getfixturevalue("bundle")
    return (bundle / "index.html").as_uri()


def test_every_name_and_alias_finds_its_actor_first(
    browser, home: str, explainer: Explainer
) -> None:
    page = browser.new_page()
    page.set_default_timeout(10_000)
    page.goto(home)
    site = urlsplit(home).path.removesuffix("index.html")
    misses = {}
    try:
        for actor in explainer.actors.values():
            for name in (actor.name, *actor.aliases):
                page.fill(SEARCH_BOX, "")
                try:
                    path = first_result(page, name, settle=0.3, paste=True).removeprefix(site)
                except PlaywrightTimeout:  # no result at all: named below, with the others
                    misses[name] = NOTHING
                    continue
                # as a published page's address: actors/x.html from file:// is actors/x/
                found = re.sub(r"\.html$", "/", path)
                if found != f"actors/{actor.id}/":
                    misses[name] = found
    finally:
        page.close()
    unexpected = [f"{n!r} finds {f} first" for n, f in misses.items() if KNOWN_MISSES.get(n) != f]
    assert unexpected == []
    mended = [n for n in KNOWN_MISSES if n not in misses]
    assert mended == [], f"these now find their actor: remove them from {KNOWN_MISSES_FILE.name}"


def test_a_search_result_opens_the_actors_page(
    browser, site_url: str, explainer: Explainer
) -> None:
    actor = next(a for a in explainer.actors.values() if a.name not in KNOWN_MISSES)
    page = browser.new_page()
    page.goto(site_url)
    first_result(page, actor.name)
    page.locator(FIRST_RESULT).first.click()
    page.wait_for_url(f"**/actors/{actor.id}/**")
    assert heading(page) == actor.name
    page.close()


def test_no_request_leaves_the_machine(browser, site_url: str, explainer: Explainer) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    for path in ("", f"disputes/{next(iter(explainer.disputes))}/", "map/"):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
    page.close()
    assert requests and [u for u in requests if not u.startswith((site_url, "data:"))] == []


def test_a_quotes_words_find_the_quote_and_its_speaker(
    browser, home: str, explainer: Explainer
) -> None:
    said = next(
        r.claim
        for r in explainer.claims
        if r.claim.kind == "quote" and len(r.claim.text.split()) >= 4
    )
    words = " ".join(said.text.strip("“”\"' ").split()[:5])
    speaker = explainer.actors[said.speaker].name
    page = browser.new_page()
    page.goto(home)
    first_result(page, words)
    quotes = [
        part
        for group in result_groups(page)[:5]
        for part in group
        if part["tags"][:1] == ["Quote"] and part["title"] == speaker
    ]
    page.close()
    assert quotes, f"no quote by {speaker} in the first results for {words!r}"


def test_a_query_with_no_match_says_so(browser, home: str) -> None:
    page = browser.new_page()
    page.goto(home)
    page.click(SEARCH_BOX)
    page.type(SEARCH_BOX, "zzqxvw", delay=50)
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text="No matching").wait_for(timeout=10_000)
    assert page.locator(FIRST_RESULT).count() == 0
    page.close()


HOSTILE = [
    "<img src=x onerror=window.pwned=1>",
    '".*+?[](){}|\\^$ (a|a)*$ <script>window.pwned=1</script>',
]


def test_a_hostile_query_stays_text(browser, home: str) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    for query in HOSTILE:
        page.goto(home)
        page.click(SEARCH_BOX)
        page.type(SEARCH_BOX, query, delay=10)
        page.wait_for_timeout(500)
    page.goto(home)  # 10,000 characters: filled, then one key typed, as a paste would
    page.click(SEARCH_BOX)
    page.fill(SEARCH_BOX, "a" * 9_998)
    page.type(SEARCH_BOX, " x", delay=50)
    page.wait_for_timeout(500)
    # Material fills the search box from ?q= in the address: the query's markup, and
    # a suggestion completing its last word, would be written into the page as HTML.
    page.goto(f"{home}?q=<img src=x onerror=window.pwned=1> Pakis")
    page.wait_for_timeout(1_000)
    pwned = page.evaluate("window.pwned")
    injected = page.locator(".md-search img, .md-search script").count()
    page.close()
    assert (pwned, injected, errors) == (None, 0, [])
