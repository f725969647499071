"""How the explainer checks and the benchmark drive a browser: Debian's Chromium, headless,
through Playwright (imported by the caller; the generator does not need it).

Never `playwright install`: it downloads a browser, and only package registries are
reachable where this runs."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # No background connections: a closed network refuses them, and the checks count
    # every request a page makes.
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SEARCH_BOX = "input.md-search__input"
FIRST_RESULT = ".md-search-result__item a"
