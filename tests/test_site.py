"""End to end on a realistic explainer: it builds strict, and the site says what the data says."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from generator.run.project import Paths
from helpers import REPO, search_documents


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
        "15 September 2011</a> says “this week&#39;s attack”" in page
        or "15 September 2011</a> says “this week's attack”" in page
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
    quotes = re.findall(r"<blockquote>.*?</blockquote>", page, flags=re.S)
    assert sum("out of line with the cooperation that exists" in q for q in quotes) == 1
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


# --- issue #31: the answer first, and never more than the sources say ------------------


def article(paths: Paths, page: str) -> str:
    """The page's main text, without Material's navigation and search."""
    text = html(paths, page)
    return text[text.index("<article") : text.index("</article>")]


def test_a_paraphrase_is_reported_speech_never_a_quotation(haqqani_site: Paths) -> None:
    page = article(haqqani_site, "disputes/isi-support-for-haqqani-network")
    blockquotes = re.findall(r"<blockquote>.*?</blockquote>", page, flags=re.S)
    assert not [b for b in blockquotes if "Haqqani" in b]  # every claim here is a paraphrase
    assert "Paraphrase, not a quotation" in page
    assert (
        'as paraphrased by CNN: <span class="explainer-claim-text">Pakistan\'s top'
        " intelligence agency supports"
    ) in page
    assert "(paraphrase)" not in page and "verbatim" not in page


def test_a_quotation_is_in_quotation_marks_in_a_blockquote(haqqani_site: Paths) -> None:
    page = article(haqqani_site, "actors/leon-panetta")
    quote = re.search(
        r'<blockquote>\s*<p><span class="explainer-claim-text">“([^<]*)”</span></p>\s*</blockquote>',
        page,
    )
    assert quote and "defend our forces" in quote[1]


def test_timelines_give_each_participant_its_role(haqqani_site: Paths) -> None:
    text = (haqqani_site.docs / "timeline/index.md").read_text(encoding="utf-8")
    assert (
        "    - Actors involved: [Haqqani network](../actors/haqqani-network.md) (blamed for the"
        " attack by US officials); [United States](../actors/united-states.md) (its embassy was"
        " attacked)\n"
    ) in text
    assert "[India](../actors/india.md) (its embassy was attacked)" in text
    for page in ("disputes/isi-support-for-haqqani-network.md", "actors/isi.md"):
        assert "Participants:" not in (haqqani_site.docs / page).read_text(encoding="utf-8")


def test_the_disputes_index_gives_every_side_and_who_holds_it(haqqani_site: Paths) -> None:
    text = (haqqani_site.docs / "disputes/index.md").read_text(encoding="utf-8")
    assert (
        "    - [Pakistan does not support the group](isi-support-for-haqqani-network.md#position-2)"
        ": Pakistan; Two Pakistani military officials\n"
    ) in text
    assert "—" not in text.split("# Disputes")[1]  # no empty cells
    assert "“Open” means the sources report nothing that settles the question" in text


def test_the_home_page_mark_becomes_the_questions_and_their_sides(haqqani_site: Paths) -> None:
    from generator.commands.build import build_site

    (haqqani_site.docs / "index.md").write_text(
        "# Fixture\n\n<!-- disputes -->\n", encoding="utf-8"
    )
    try:
        build_site(haqqani_site)
        page = article(haqqani_site, "")
    finally:
        (haqqani_site.docs / "index.md").write_text("# Fixture\n", encoding="utf-8")
        build_site(haqqani_site)
    assert 'href="disputes/isi-support-for-haqqani-network/#position-2"' in page
    assert "Pakistan does not support the group</a>: Pakistan; Two Pakistani" in page


def test_reader_words_not_the_data_models(haqqani_site: Paths) -> None:
    dispute = article(haqqani_site, "disputes/isi-support-for-haqqani-network")
    assert "Open: the sources report no answer that settles the question." in dispute
    assert "3 statements from 2 sources, all paraphrased" in dispute
    assert "Backed by" not in dispute and "Bears on" not in dispute
    event = article(haqqani_site, "events/kabul-embassy-attack")
    assert "Date basis" not in event and "resolved against" not in event
    assert "How the date is known" in event


def test_a_citation_names_its_source_and_paragraph_and_previews_it(haqqani_site: Paths) -> None:
    page = article(haqqani_site, "actors/tehmina-janjua")
    cite = re.search(
        r'<a class="explainer-cite" href="../../sources/cbs-2011-09-15/#p4" title="([^"]+)">'
        r'<small class="explainer-sr">CBS News, paragraph </small>4</a>',
        page,
    )
    assert cite and cite[1].startswith("“") and "Janjua" in cite[1]


def test_a_page_lists_the_addresses_of_the_sources_it_cites(haqqani_site: Paths) -> None:
    page = article(haqqani_site, "events/kabul-embassy-attack")
    cited = page.split('id="sources-cited"')[1].split("</ul>")[0]
    assert (
        'href="https://www.cnn.com/2011/09/26/world/asia/pakistan-haqqani-network/index.html"'
        in cited
    )


def test_the_map_has_a_key_and_labels_only_what_a_line_cannot_say(haqqani_site: Paths) -> None:
    page = article(haqqani_site, "map")
    assert '<ul class="explainer-legend">\n<li><strong>Key:</strong></li>' in page
    for kind in ("person", "organisation", "state", "group", "anonymous source", "member of"):
        assert f"</span>{kind}</li>" in page
    labels = re.findall(r'<text class="explainer-edge-label"[^>]*>([^<]*)</text>', page)
    assert labels and "member of" not in labels  # a dashed line says it
    assert "<title>Mike Mullen accuses Inter-Services Intelligence</title></line>" in page


def test_a_record_page_shows_the_readers_place(haqqani_site: Paths) -> None:
    page = (haqqani_site.site / "events/mullen-accuses-isi/index.html").read_text(encoding="utf-8")
    breadcrumb = re.search(r'<nav class="md-path".*?</nav>', page, flags=re.S)
    trail = re.sub("<[^>]+>", " ", breadcrumb[0]).split() if breadcrumb else []
    assert trail[-1:] == ["Events"] and len(trail) == 2  # the home page, then the section
    active = re.search(r'<li class="md-tabs__item md-tabs__item--active">\s*<a[^>]*>\s*(\w+)', page)
    assert active and active[1] == "Events"


def test_each_kinds_index_heads_a_section_of_the_navigation() -> None:
    # A record page is placed in the section of its kind's index (the plugin): an index
    # that is a page of its own, not a section's, leaves its records without a breadcrumb.
    nav = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    top_pages = [next(iter(item.values())) for item in nav if isinstance(item, dict)]
    for kind in ("actors", "events", "disputes", "sources"):
        assert f"{kind}/index.md" not in top_pages, kind


def test_the_data_format_pages_examples_are_code_blocks(haqqani_site: Paths) -> None:
    page = article(haqqani_site, "reference/data-format")
    assert page.count('<pre><code class="language-yaml">') == 4  # one file per kind


def test_an_outlet_named_with_the_is_not_the_the_in_a_sentence(tmp_path: Path) -> None:
    from generator.commands.build import generate
    from helpers import fixture_project

    paths = fixture_project(tmp_path, REPO / "tests" / "fixtures" / "river" / "data")
    generate(paths)
    page = (paths.docs / "events" / "filling-begins.md").read_text(encoding="utf-8")
    assert "the Delta Post report of" in page and "The Delta Post report" not in page


def test_a_group_of_actors_unconnected_to_the_rest_is_drawn_beside_it() -> None:
    from generator.site.pages.graph import force_layout

    ids = ["a", "b", "c", "d", "e", "f", "g", "h"]
    pairs = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("a", "e"), ("b", "f"), ("g", "h")]
    layout = force_layout(ids, pairs)
    xs = [layout[i][0] for i in "abcdef"]
    ys = [layout[i][1] for i in "abcdef"]
    # the larger group fills the map's width and most of its height; the pair is its own
    # row, not in a corner with the rest crowded in another
    assert max(xs) - min(xs) > 0.9 and max(ys) - min(ys) > 0.5
    assert all(layout[i][1] > max(ys) for i in "gh")


def small_story(tmp_path: Path, *edits: tuple[str, str, str]) -> Paths:
    """The small story's pages generated after `edits` of its data: (file, old, new)."""
    import shutil

    from generator.commands.build import generate
    from helpers import SMALL_DATA, edit, fixture_project

    data = tmp_path / "data"
    shutil.copytree(SMALL_DATA, data)
    for name, old, new in edits:
        edit(data, name, old, new)
    paths = fixture_project(tmp_path, data)
    generate(paths)
    return paths


def page_of(paths: Paths, page: str) -> str:
    return (paths.docs / page).read_text(encoding="utf-8")


def test_an_actor_quoted_on_an_event_they_took_no_part_in_has_it_on_their_timeline(
    tmp_path: Path,
) -> None:
    """New user 8: an actor quoted on three events said "No recorded events": their page's
    timeline lists an event whose page quotes them, as quoted on it."""
    quoted = ("events/remarks.yaml", "  - speaker: minister", "  - speaker: ministry")
    page = page_of(small_story(tmp_path, quoted), "actors/ministry.md")
    timeline = page[page.index("## Timeline") : page.index("## Relations")]
    assert "No recorded events" not in timeline
    assert (
        "[The minister&#39;s remarks](../events/remarks.md)\n    - Role: quoted on it" in timeline
    )


def test_an_actors_statements_of_one_day_follow_their_articles_paragraphs(
    tmp_path: Path,
) -> None:
    """New user 8 saw a ¶5 paraphrase listed before two ¶4 quotes of the same day: claims
    made the same day are listed as the article reports them."""
    later = (
        "events/remarks.yaml",
        "quotes:\n",
        "quotes:\n  - speaker: minister\n    kind: paraphrase\n    text: The group denies"
        " any role, he said.\n    cite: {source: wire-2011-09-15, paragraphs: [2]}\n",
    )
    page = page_of(small_story(tmp_path, later), "actors/minister.md")
    said = page[page.index("{ #statements }") : page.index("## Timeline")]
    assert said.index("out of line&#46;”") < said.index("The group denies any role, he said")


def test_a_wires_own_story_names_its_agency_once(tmp_path: Path) -> None:
    """New user 9's wire story read "Outlet: Nordwire (Nordwire)": the wire in brackets is
    for a story another paper ran, not the agency's own."""
    source = "sources/wire-2011-09-15.yaml"
    own = (source, "outlet: Example Wire\n", "outlet: Example Wire\nwire: Example Wire\n")
    page = page_of(small_story(tmp_path / "own", own), "sources/wire-2011-09-15.md")
    assert ":   Example Wire\n" in page and "(Example Wire)" not in page
    other = (source, "outlet: Example Wire\n", "outlet: Example Wire\nwire: Reuters\n")
    page = page_of(small_story(tmp_path / "other", other), "sources/wire-2011-09-15.md")
    assert ":   Example Wire (Reuters)\n" in page


def test_a_groups_own_words_are_not_paraphrased_by_itself(tmp_path: Path) -> None:
    """New user 9's dispute page read "Save St. Brigid's Maternity, as paraphrased by Save
    St. Brigid's Maternity": a paraphrase of a group's own release says so once."""
    release = ("sources/wire-2011-09-15.yaml", "outlet: Example Wire", "outlet: The Group")
    page = page_of(small_story(tmp_path, release), "disputes/group-role.md")
    assert "as paraphrased by The Group" not in page
    assert "paraphrased from its own words:" in page


def test_an_outlets_correction_of_its_article_is_shown_and_listed(tmp_path: Path) -> None:
    """New user 9's wire story ended "An earlier version of this story misstated…", which
    ingest labels `correction`; its source may not be republished and the paragraph was
    hidden as "not shown", and the Corrections page did not list it."""
    correction = (
        "sources/wire-2011-09-15.yaml",
        "republish: true\n",
        "republish: false\n",
    )
    notice = (
        "sources/wire-2011-09-15.yaml",
        "    uncited_reason: byline\n",
        "    uncited_reason: byline\n  - n: 4\n    label: Correction\n"
        "    text: An earlier version of this story misstated the *day* of the summit.\n"
        "    uncited_reason: the outlet's correction\n",
    )
    paths = small_story(tmp_path, correction, notice)
    source = page_of(paths, "sources/wire-2011-09-15.md")
    assert 'id="p4"' in source and "misstated the &#42;day&#42; of the summit" in source
    assert 'id="p3"' not in source  # an uncited byline stays hidden
    listed = page_of(paths, "changes/corrections.md")
    assert "No correction has been made." in listed  # the explainer corrected nothing
    assert (
        "| [Minister rejects criticism](../sources/wire-2011-09-15.md),"
        " [¶4](../sources/wire-2011-09-15.md#p4)"
        " | 15 September 2011 | An earlier version of this story misstated the &#42;day&#42; of"
    ) in listed
