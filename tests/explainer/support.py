"""What the explainer checks share: where the explainer is, outside tools, and search."""

from __future__ import annotations

import html
import os
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from generator.site.chromium import FIRST_RESULT, SEARCH_BOX

ROOT = Path(__file__).resolve().parents[2]
"""The explainer's folder: mkdocs.yml, data/, docs/."""

KNOWN_MISSES_FILE = Path(__file__).with_name("search-misses.yaml")
KNOWN_MISSES: dict[str, str] = {
    entry["name"]: entry["finds"]
    for entry in yaml.safe_load(KNOWN_MISSES_FILE.read_text(encoding="utf-8")) or []
}
"""Names known not to find their actor first in search: name -> the page found instead."""

ALLOWLIST = yaml.safe_load(
    (Path(__file__).with_name("checker-allowlist.yaml")).read_text(encoding="utf-8")
)


def require(thing: Path | str, how: str) -> None:
    """Skip a test whose outside tool is missing, with how to get it; under CI, fail:
    .ci/run installs every tool the tests need."""
    if Path(thing).exists():
        return
    message = f"{thing} is missing: {how}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def allowed(checker: str, message: str) -> bool:
    """Whether the allowlist accepts this finding of an outside checker (with its reason)."""
    return any(e["checker"] == checker and re.search(e["message"], message) for e in ALLOWLIST)


def first_result(page, query: str, settle: float = 0.5, paste: bool = False) -> str:
    """Type `query` into Material's search box on the open page; the path of the first
    result (Material's ?h= highlight left off), once it has stayed the same for `settle`
    seconds: the list shows each word's results as it is typed, and the last query's
    answer may come a moment after the last key. `paste`: the whole query at once with no
    key pressed, as a reader pasting a name with the mouse (explainer.js tells Material)."""
    page.click(SEARCH_BOX)
    if paste:
        page.fill(SEARCH_BOX, query)
    else:
        page.type(SEARCH_BOX, query, delay=50)
    first = page.locator(FIRST_RESULT).first
    first.wait_for(timeout=10_000)
    seen, since = None, time.monotonic()
    while time.monotonic() - since < settle:
        now = urlsplit(first.get_attribute("href") or "").path
        if now != seen:
            seen, since = now, time.monotonic()
        page.wait_for_timeout(50)
    return seen or ""


def result_groups(page) -> list[list[dict]]:
    """Material's result list as a reader sees it: per page, its entries (the page and the
    sections, quotes or paragraphs under it), each with its link, title and tags."""
    return page.evaluate(
        """() => [...document.querySelectorAll(".md-search-result__item")].map(item =>
            [...item.querySelectorAll("a.md-search-result__link")].map(link => ({
                href: link.getAttribute("href"),
                title: link.querySelector("h1, h2").innerText,
                tags: [...link.querySelectorAll(".md-tag")].map(tag => tag.innerText),
            })))"""
    )


def text_of(page: Path) -> str:
    """A built page's text, tags dropped, entities decoded and white space folded."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))
    return " ".join(text.split())


def heading(page) -> str:
    """The page's title as a reader sees it (without the permalink sign)."""
    return str(page.locator("article h1").first.inner_text()).removesuffix("¶").strip()
