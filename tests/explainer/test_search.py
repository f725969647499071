"""In Chromium, as a reader: every actor is found first by its name and by each alias,
and no page asks another host for anything."""

from __future__ import annotations

import pytest

from generator.chromium import FIRST_RESULT
from generator.explainer import Explainer

from .support import KNOWN_MISSES, KNOWN_MISSES_FILE, first_result, heading

pytestmark = pytest.mark.browser


def test_every_name_and_alias_finds_its_actor_first(
    browser, site_url: str, explainer: Explainer
) -> None:
    page = browser.new_page()
    page.set_default_timeout(10_000)
    misses = {}
    try:
        for actor in explainer.actors.values():
            for name in (actor.name, *actor.aliases):
                page.goto(site_url)
                found = first_result(page, name).lstrip("/")
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
