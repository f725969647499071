"""The offline bundle: unpacked anywhere, it works from file:// with no network at all."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from generator.bundle import make_bundle
from generator.project import Paths


@pytest.fixture(scope="module")
def bundle(real_site: Paths, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real explainer's bundle, built and unpacked into a fresh folder."""
    archive = make_bundle(
        real_site, real_site.config.with_name("mkdocs.offline.yml"), real_site.site.parent / "dist"
    )
    target = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(target)
    (folder,) = target.iterdir()
    return folder


def test_archive_is_one_folder_named_after_site_and_date(bundle: Path) -> None:
    assert bundle.name.startswith("the-haqqani-dispute-september-2011-20")
    assert (bundle / "index.html").is_file()
    assert (bundle / "actors" / "ashfaq-kayani.html").is_file()


def test_about_this_copy_names_the_data_version_and_rights(bundle: Path) -> None:
    page = (bundle / "about-this-copy.html").read_text(encoding="utf-8")
    assert "git commit" in page
    assert "2011 Cable News Network" in page and "2011 The Associated Press" in page


def test_no_page_refers_to_another_host_for_a_resource(bundle: Path) -> None:
    for page in bundle.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "unpkg.com" not in text and "fonts.googleapis" not in text, page


@pytest.mark.browser
def test_search_works_from_file_with_no_request_elsewhere(browser, bundle: Path) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_default_timeout(10_000)
    page.goto((bundle / "index.html").as_uri())

    def search(query: str) -> str:
        page.click("input.md-search__input")
        page.type("input.md-search__input", query, delay=50)
        first = page.locator(".md-search-result__item a").first
        first.wait_for(timeout=10_000)
        return first.get_attribute("href") or ""

    assert search("Kayani").split("?")[0].endswith("actors/ashfaq-kayani.html")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url("**/actors/ashfaq-kayani.html**")
    assert search("Janjua").split("?")[0].endswith("actors/tehmina-janjua.html")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url("**/actors/tehmina-janjua.html**")
    assert (
        page.locator("article h1").first.inner_text().removesuffix("¶").strip() == "Tehmina Janjua"
    )
    page.close()
    assert requests, "no request recorded at all"
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []


def test_map_links_point_at_the_bundles_files(bundle: Path) -> None:
    html = (bundle / "map" / "index.html").read_text(encoding="utf-8")
    hrefs = [h.split("#")[0] for h in re.findall(r'<a href="([^"]+)" class="explainer-node', html)]
    assert hrefs and all(
        h.endswith(".html") and (bundle / "map" / h).resolve().is_file() for h in hrefs
    )
