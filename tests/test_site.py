"""End to end on a realistic explainer: it builds strict, and the site says what the data says."""

from __future__ import annotations

import re
from pathlib import Path

from generator.project import Paths
from helpers import search_documents


def html(paths: Paths, page: str) -> str:
    return (paths.site / page / "index.html").read_text(encoding="utf-8")


def test_hand_written_pages_are_built_and_untouched(haqqani_site: Paths) -> None:
    assert "<h1" in html(haqqani_site, "") and "Fixture" in html(haqqani_site, "")
    assert (haqqani_site.docs / "index.md").read_text(encoding="utf-8") == "# Fixture\n"


def test_citations_link_to_paragraph_anchors(haqqani_site: Paths) -> None:
    page = html(haqqani_site, "actors/tehmina-janjua")
    assert 'href="../../sources/cbs-2011-09-15/#p4"' in page
    assert 'id="p4"' in html(haqqani_site, "sources/cbs-2011-09-15")


def test_event_shows_date_precision_and_basis(haqqani_site: Paths) -> None:
    page = html(haqqani_site, "events/kabul-embassy-attack")
    assert "week of 12 September 2011" in page
    assert (
        "“this week&#39;s attack”, resolved against" in page
        or "“this week's attack”, resolved against" in page
    )


def test_scheduled_event_is_marked(haqqani_site: Paths) -> None:
    assert "scheduled: had not happened when reported" in html(
        haqqani_site, "events/all-parties-meeting"
    )


def test_actor_page_lists_quotes_events_and_positions(haqqani_site: Paths) -> None:
    page = html(haqqani_site, "actors/leon-panetta")
    assert "we&#39;re going to do everything we can to defend our forces" in page or (
        "we're going to do everything we can to defend our forces" in page
    )
    assert "Panetta blames the Haqqani group for the Kabul attack" in page
    assert "Pakistan must act against the group" in page


def test_uncited_paragraphs_of_a_non_republishable_source_are_not_shown(tmp_path: Path) -> None:
    import shutil

    from helpers import SMALL_DATA, build_fixture_site

    data = tmp_path / "data"
    shutil.copytree(SMALL_DATA, data)
    source = data / "sources" / "wire-2011-09-15.yaml"
    source.write_text(source.read_text().replace("republish: true", "republish: false"))
    paths = build_fixture_site(tmp_path, data)
    page = html(paths, "sources/wire-2011-09-15")
    assert 'id="p1"' in page and 'id="p2"' in page
    assert "By A. Reporter" not in page
    assert "1 not shown" in page


def test_no_request_to_another_host(haqqani_site: Paths) -> None:
    """Fonts, scripts and styles all come from the site itself."""
    for page in haqqani_site.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        loaded = re.findall(r'<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]+)"', text)
        assert not [url for url in loaded if re.match(r"(https?:)?//", url)], page


def test_two_builds_of_the_same_data_are_byte_identical(tmp_path: Path) -> None:
    from test_cli import snapshot

    from helpers import SMALL_DATA, build_fixture_site

    first = build_fixture_site(tmp_path / "one", SMALL_DATA)
    second = build_fixture_site(tmp_path / "two", SMALL_DATA)
    assert snapshot(first.site) == snapshot(second.site)


def test_a_statement_recorded_twice_is_listed_once_with_all_it_bears_on(
    haqqani_site: Paths,
) -> None:
    # Janjua's quote is recorded on the Foreign Ministry event and in a dispute position.
    page = html(haqqani_site, "actors/tehmina-janjua")
    assert page.count("out of line with the cooperation that exists") == 1
    assert 'href="../../events/foreign-ministry-rejects-criticism/"' in page
    assert 'href="../../disputes/us-criticism-and-cooperation/"' in page


def test_search_index_leaves_out_what_other_pages_hold(haqqani_site: Paths) -> None:
    # Timelines, "Referenced by" lists and relationship pictures repeat titles and names
    # that have pages of their own: indexed, they crowd the results and the index.
    entries = {entry["location"]: entry for entry in search_documents(haqqani_site.site)}
    kayani = "actors/ashfaq-kayani/"
    assert kayani in entries and f"{kayani}#statements" in entries  # the page itself is searchable
    assert not [
        location for location in entries if location.endswith(("#referenced-by", "#timeline"))
    ]
    assert not [
        location
        for location in entries
        if location.startswith(kayani) and "september-2011" in location
    ]
    relations = entries[f"{kayani}#relations"]["text"]
    assert "James Mattis meets Ashfaq Kayani" in relations  # the list of relations is kept...
    assert (
        "Select a name" not in relations and "member of" not in relations
    )  # ...the picture is not
    # The timeline page keeps its months: there, the dates are what a reader looks for.
    assert any(location.startswith("timeline/#") for location in entries)
