"""The offline bundle: unpacked anywhere, it works from file:// with no network at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.utils.yaml import yaml_load

from generator.records.explainer import Explainer
from generator.run.project import slug
from generator.site.chromium import FIRST_RESULT

from .support import KNOWN_MISSES, ROOT, first_result, heading, text_of


def test_archive_is_one_folder_named_after_the_site_and_date(
    bundle: Path, explainer: Explainer
) -> None:
    site_name = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"]
    assert re.fullmatch(rf"{re.escape(slug(site_name))}-\d{{4}}-\d\d-\d\d", bundle.name)
    assert (bundle / "index.html").is_file()
    assert all((bundle / "actors" / f"{i}.html").is_file() for i in explainer.actors)


def test_about_this_copy_names_the_data_version_and_each_sources_rights(
    bundle: Path, explainer: Explainer
) -> None:
    page = text_of(bundle / "about-this-copy.html")
    assert "git commit" in page
    for source in explainer.sources.values():
        assert " ".join(source.licence.split()) in page, source.id
    # a table: a row per source under its header, not its Markdown run into the sentence
    rows = (bundle / "about-this-copy.html").read_text(encoding="utf-8").count("<tr>")
    assert rows == len(explainer.sources) + 1 and "|---|" not in page


def test_no_page_refers_to_another_host_for_a_resource(bundle: Path) -> None:
    for page in bundle.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="(https?:)?//[^"]+\.(js|css|woff2?)"', text), page


@pytest.mark.browser
def test_search_works_from_file_with_no_request_elsewhere(
    browser, bundle: Path, explainer: Explainer
) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_default_timeout(10_000)
    page.goto((bundle / "index.html").as_uri())
    for actor in [a for a in explainer.actors.values() if a.name not in KNOWN_MISSES][:2]:
        assert first_result(page, actor.name).endswith(f"actors/{actor.id}.html")
        page.locator(FIRST_RESULT).first.click()
        page.wait_for_url(f"**/actors/{actor.id}.html**")
        assert heading(page) == actor.name
    page.close()
    assert requests, "no request recorded at all"
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []


def test_map_links_point_at_the_bundles_files(bundle: Path, explainer: Explainer) -> None:
    html = (bundle / "map" / "index.html").read_text(encoding="utf-8")
    hrefs = [h.split("#")[0] for h in re.findall(r'<a href="([^"]+)" class="explainer-node', html)]
    if not explainer.edges:  # no relation yet: no map, so no link in it
        assert hrefs == []
        return
    assert hrefs and all(
        h.endswith(".html") and (bundle / "map" / h).resolve().is_file() for h in hrefs
    )
