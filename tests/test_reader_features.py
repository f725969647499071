"""Relationship map, backlinks, first-mention links and timeline slices."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.commands.build import check, generate
from generator.records.coverage import Coverage
from generator.records.explainer import MEMBER_OF, Edge
from generator.records.load import load_all
from generator.records.model import Actor, Citation
from generator.records.validate import validate
from generator.run.project import GENERATED_MARK, Paths
from generator.site.pages.autolink import ActorNames, PageMentions
from generator.site.pages.dates import period
from generator.site.pages.graph import (
    CHAR,
    FONT,
    RADIUS,
    Node,
    draw,
    force_layout,
    radial_layout,
    short_label,
    to_canvas,
)
from generator.site.pages.parts import initial
from generator.site.pages.site import Limits
from generator.site.sanitise import sanitise
from helpers import (
    HAQQANI_DATA,
    REPO,
    build_fixture_site,
    edit,
    fixture_project,
    search_documents,
)

CITE = [Citation(source="s", paragraphs=[1])]


def actor(actor_id: str, name: str, *aliases: str) -> Actor:
    return Actor(
        id=actor_id, name=name, kind="state", aliases=list(aliases), description="x", cite=CITE
    )


NAMES = ActorNames(
    {
        a.id: a
        for a in [
            actor("pakistan", "Pakistan", "Islamabad"),
            actor("army", "Pakistan Army", "the army"),
            actor("us", "United States", "Washington", "U.S."),
            actor("us-state", "Washington State", "Washington"),  # "Washington" is ambiguous
            actor("bad", "<script>alert(1)</script>", "Evil"),
        ]
    }
)


def linked(text: str, own: str | None = None) -> str:
    return str(PageMentions(NAMES, "events/e.md", own).prose(text))


def test_first_mention_of_each_actor_is_linked_once() -> None:
    assert linked("Pakistan said Islamabad and Pakistan agree") == (
        "[Pakistan](../actors/pakistan.md) said Islamabad and Pakistan agree"
    )


def test_the_longest_name_wins_and_words_are_not_cut() -> None:
    assert linked("Pakistani forces; the Pakistan Army's view") == (
        "Pakistani forces; the [Pakistan Army](../actors/army.md)&#39;s view"
    )


def test_text_in_quotation_marks_is_never_linked() -> None:
    assert linked('He called it "Pakistan" and “U.S.”, not Pakistan') == (
        "He called it &#34;Pakistan&#34; and “U&#46;S&#46;”, not [Pakistan](../actors/pakistan.md)"
    )


def test_an_ambiguous_alias_and_the_pages_own_actor_are_not_linked() -> None:
    assert linked("Washington and Pakistan", own="pakistan") == "Washington and Pakistan"


def test_names_that_are_markup_stay_text() -> None:
    out = linked("<script>alert(1)</script> and Evil")
    assert "<script>" not in out and "&#60;script&#62;" in out
    assert out.endswith("[Evil](../actors/bad.md)")


# --- the map picture ---------------------------------------------------------------------

NODES = [
    Node("a", "Alpha <b>", "Alpha <b>", "person", "../actors/a.md"),
    Node("b", "Beta", "Beta", "state", "../actors/b.md"),
    Node("c", "Gamma Organisation", "Gamma Organisation", "organisation", "../actors/c.md"),
]
EDGES = [Edge("a", "accuses", "b"), Edge("b", "meets", "a"), Edge("c", MEMBER_OF, "b")]


def picture(layout: dict[str, tuple[float, float]]) -> tuple[str, dict[str, tuple[float, float]]]:
    pos = to_canvas(layout, NODES, 600.0, 400.0)
    return str(draw(NODES, EDGES, pos, 600.0, 400.0, "Map <of> three")), pos


def test_every_node_links_to_its_page_and_names_are_text() -> None:
    svg, _ = picture(force_layout(["a", "b", "c"], [("a", "b"), ("c", "b")]))
    assert re.findall(r'<a href="([^"]+)"', svg) == [
        "../actors/a.md",
        "../actors/b.md",
        "../actors/c.md",
    ]
    assert (
        "<b>" not in svg
        and "Alpha &#60;b&#62;" in svg
        and 'aria-label="Map &#60;of&#62; three"' in svg
    )


def test_one_line_per_pair_with_every_label_and_arrows_only_for_directed_relations() -> None:
    svg, _ = picture(radial_layout("b", ["a", "c"]))
    lines = re.findall(r"<line [^>]*>", svg)
    assert len(lines) == 2
    # A relation is labelled; membership is a dashed line (the key says so), named on hover.
    labels = re.findall(r'class="explainer-edge-label"[^>]*>([^<]*)<', svg)
    assert labels == ["accuses; meets"]
    titles = re.findall(r"<title>([^<]*)</title></line>", svg)
    assert len(titles) == 2 and any(" member of " in title for title in titles)
    assert all("marker-end" in line for line in lines)


def test_an_alleged_relation_is_drawn_and_named_as_alleged_never_as_fact() -> None:
    edges = [Edge("a", "aids", "c", alleged_by=("b",))]
    pos = to_canvas(radial_layout("b", ["a", "c"]), NODES, 600.0, 400.0)
    svg = str(draw(NODES, edges, pos, 600.0, 400.0, "Map"))
    assert '<line class="explainer-edge-alleged"' in svg
    assert re.findall(r'class="explainer-edge-label"[^>]*>([^<]*)<', svg) == [
        "gives aid to &#40;alleged&#41;"
    ]
    assert re.findall(r"<title>([^<]*)</title></line>", svg) == [
        "Alpha &#60;b&#62; gives aid to Gamma Organisation, as alleged by Beta"
    ]


def test_lines_stop_outside_every_node_and_its_label() -> None:
    svg, pos = picture(radial_layout("b", ["a", "c"]))
    for x, y in re.findall(r'x[12]="([\d.]+)" y[12]="([\d.]+)"', svg):
        for node in NODES:
            nx, ny = pos[node.id]
            half = max(RADIUS, len(node.label) * CHAR / 2)
            inside = abs(float(x) - nx) < half and ny - RADIUS < float(y) < ny + RADIUS + FONT
            assert not inside, (x, y, node.id)


def test_a_long_name_without_a_short_alias_is_drawn_whole_on_two_lines() -> None:
    union = "National Union of Rail, Maritime and Transport Workers"
    assert short_label(union, ["RMT"]) == "RMT"  # an alias that fits is drawn
    label = short_label(union, [])
    assert label == "National Union of Rail,\nMaritime and Transport Workers"
    longer = "The Association of Independent Rural Maternity Units and Birth Centres of the North"
    assert all(len(line) <= 32 for line in short_label(longer, []).split("\n"))
    assert short_label(longer, []).endswith("…")  # what two lines cannot hold is cut
    assert short_label("Ana\nRuiz", []) == "Ana Ruiz"  # a line break in a name is a space
    nodes = [*NODES, Node("u", union, label, "organisation", "../actors/u.md")]
    pos = to_canvas(radial_layout("b", ["a", "c", "u"]), nodes, 600.0, 400.0)
    svg = str(draw(nodes, [*EDGES, Edge("u", "accuses", "b")], pos, 600.0, 400.0, "Map"))
    x, y = pos["u"]
    assert (
        f'<text x="{x:.1f}" y="{y + RADIUS + FONT:.1f}" text-anchor="middle">'
        f'National Union of Rail,<tspan x="{x:.1f}" dy="18">Maritime and Transport Workers'
        "</tspan></text>"
    ) in svg
    # the line to it stops below both lines of its name
    (line,) = re.findall(r'<line [^>]*x1="([\d.]+)" y1="([\d.]+)"[^>]*><title>National', svg)
    lx, ly = map(float, line)
    assert not (abs(lx - x) < 15 * CHAR and y - RADIUS < ly < y + RADIUS + FONT + 18)
    assert all(0 <= px <= 600 and 0 <= py <= 400 - FONT for px, py in pos.values())
    assert "<tspan" in sanitise(svg)  # the site's sanitiser keeps the second line


def test_the_layout_is_deterministic_and_on_the_canvas() -> None:
    first, pos = picture(force_layout(["a", "b", "c"], [("a", "b"), ("c", "b")]))
    assert first == picture(force_layout(["a", "b", "c"], [("a", "b"), ("c", "b")]))[0]
    assert all(0 <= x <= 600 and 0 <= y <= 400 for x, y in pos.values())


# --- the real explainer ----------------------------------------------------------------


@pytest.fixture(scope="module")
def explainer():
    return check(Paths(data=HAQQANI_DATA, docs=REPO / "docs"))


def page(site: Paths, path: str) -> str:
    return (site.docs / path).read_text(encoding="utf-8")


def test_the_map_draws_and_lists_every_relation(haqqani_site: Paths, explainer) -> None:
    text = page(haqqani_site, "map/index.md")
    listed = re.findall(r"^- \[", text, flags=re.M)
    assert len(listed) == len(explainer.edges) > 40
    drawn = set(re.findall(r'<a href="\.\./actors/([a-z0-9-]+)\.md" class="explainer-node', text))
    assert drawn == {i for e in explainer.edges for i in (e.subject, e.object)}
    assert (
        "- [Mike Mullen](../actors/mike-mullen.md) accuses [Inter&#45;Services Intelligence](../actors/isi.md)"
        in text
    )


def test_an_actor_page_draws_its_neighbourhood(haqqani_site: Paths) -> None:
    text = page(haqqani_site, "actors/james-mattis.md")
    section = text.split("## Relations")[1].split("## Positions")[0]
    nodes = re.findall(r'<a href="([a-z0-9-]+)\.md" class="explainer-node', section)
    assert nodes == ["james-mattis", "us-central-command", "ashfaq-kayani", "khalid-wynne"]
    assert "[James Mattis](james-mattis.md) meets [Khalid Wynne](khalid-wynne.md)" in section


def test_map_links_resolve_on_the_built_site(haqqani_site: Paths) -> None:
    html = (haqqani_site.site / "map" / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'<a href="([^"]+)" class="explainer-node', html)
    assert hrefs and all(h.startswith("../actors/") and h.endswith("/") for h in hrefs)
    assert all((haqqani_site.site / "map" / h / "index.html").resolve().is_file() for h in hrefs)


def test_referenced_by_lists_the_records_that_name_a_page(haqqani_site: Paths) -> None:
    text = page(haqqani_site, "events/generals-decide-against-offensive.md").split(
        "## Referenced by"
    )[1]
    assert "- Disputes: [Should Pakistan&#39;s army act against the Haqqani network?]" in text
    source = page(haqqani_site, "sources/cbs-2011-09-15.md").split("## Referenced by")[1]
    assert "[Tehmina Janjua](../actors/tehmina-janjua.md)" in source


def test_first_mention_in_a_description_links_to_the_actor(haqqani_site: Paths) -> None:
    text = page(haqqani_site, "actors/ashfaq-kayani.md")
    assert "not to act against the [Haqqani network](haqqani-network.md)" in text
    assert text.count("](haqqani-network.md)") == 1


def test_actor_and_dispute_pages_show_their_timeline_slice(haqqani_site: Paths) -> None:
    actor_page = (
        page(haqqani_site, "actors/ashfaq-kayani.md")
        .split("## Timeline")[1]
        .split("## Relations")[0]
    )
    assert "### September 2011" in actor_page
    assert actor_page.index("Gen&#46; Mattis visits Pakistan") < actor_page.index(
        "Kayani cancels a trip"
    )
    assert "    - Role: called the impromptu meeting" in actor_page
    dispute = page(haqqani_site, "disputes/military-action-against-haqqani-network.md").split(
        "## Timeline"
    )[1]
    assert "### September 2011" in dispute and "    - Actors involved: " in dispute
    assert "military-action-against-haqqani-network.md" not in dispute.split("## Referenced by")[0]


def test_event_pages_link_the_events_before_and_after_them_in_date_order(
    haqqani_site: Paths, explainer
) -> None:
    order = [event.id for event in explainer.events_in_order()]
    html = {
        event_id: (haqqani_site.site / "events" / event_id / "index.html").read_text("utf-8")
        for event_id in order
    }

    def neighbour(event_id: str, side: str) -> str | None:
        found = re.search(
            rf'<div class="explainer-sequence__{side}">\s*<p><small>\w+ event</small><br>'
            r'<a href="\.\./([a-z0-9-]+)/">',
            html[event_id],
        )
        return found[1] if found else None

    # a chain: the timeline's order read forwards and backwards, with no end linking on
    assert [neighbour(e, "later") for e in order] == order[1:] + [None]
    assert [neighbour(e, "earlier") for e in order] == [None] + order[:-1]
    assert '<nav aria-label="Events in date order" class="explainer-sequence">' in html[order[1]]


def test_events_of_one_day_and_title_still_have_one_order(data_dir: Path) -> None:
    # (date, title) ties are broken by id, so previous/next never depend on file order
    x = check(Paths(data=data_dir, docs=data_dir.parent / "docs"))
    first = x.events_in_order()[0]
    twin = first.model_copy(update={"id": "a-twin"})
    x.events[twin.id] = twin
    x.__dict__.pop("event_order", None)
    x.__dict__.pop("_event_positions", None)
    earlier, later = sorted([twin.id, first.id])
    assert x.event_order[:2] == (earlier, later)
    assert x.adjacent_events(earlier)[1] == x.events[later]


def test_a_paragraph_cited_only_by_a_relation_counts_as_cited(data_dir: Path) -> None:
    edit(
        data_dir,
        "actors/minister.yaml",
        "{source: wire-2011-09-15, paragraphs: [1]}]}",
        "{source: wire-2011-09-15, paragraphs: [3]}]}",
    )
    explainer = validate(load_all(data_dir))
    citers = Coverage(explainer).citers("wire-2011-09-15")
    assert [ref.owner.id for ref in citers[3]] == ["minister"]


# --- long indexes, split into parts ------------------------------------------------------

SPLIT_ROWS = 8
"""Limits.page_rows for the split site: the real explainer's 15 events, 37 actors and
34 paragraphs then need parts, as 10,000 records do at the real limit."""


@pytest.fixture(scope="module")
def split_site(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """The real explainer built strict with its long indexes split (so every link of the
    part pages resolves)."""
    return build_fixture_site(
        tmp_path_factory.mktemp("split"), HAQQANI_DATA, limits=Limits(page_rows=SPLIT_ROWS)
    )


def parts_listed(index: str) -> list[tuple[str, str, int]]:
    """(label, target, count) of each part an index links to, in order."""
    body = index.split("\n---\n", 1)[1]  # after the front matter
    rows = re.findall(r"\[([^\]]+)\]\(([^)]+)\) \|? ?\(?(\d+)\)?", body.split("\n# ")[1])
    return [(label, target, int(count)) for label, target, count in rows]


def test_a_long_timeline_is_split_by_month(split_site: Paths, explainer) -> None:
    index = page(split_site, "timeline/index.md")
    parts = parts_listed(index)
    assert [label for label, _, _ in parts] == ["2001", "2008", "2009", "September 2011"]
    seen: list[str] = []
    for label, target, count in parts:
        text = page(split_site, f"timeline/{target}")
        # Each event is in search on its own page.
        assert text.startswith(GENERATED_MARK + 'search: {"exclude": true}\n')
        assert f"# Timeline: {label}\n" in text
        events = re.findall(
            r"^- \*\*[^*]+\*\*: \[[^\]]+\]\(\.\./events/([a-z0-9-]+)\.md\)", text, flags=re.M
        )
        assert len(events) == count
        assert all(
            period(explainer.events[e].when) == (target.removesuffix(".md"), label) for e in events
        )
        seen += events
    assert seen == [e.id for e in explainer.events_in_order()]  # each event once, in date order
    assert parts_listed(page(split_site, "events/index.md")) == [
        (label, f"../timeline/{target}", count) for label, target, count in parts
    ]


def test_parts_link_to_their_index_and_neighbours(split_site: Paths) -> None:
    links = [
        f"[{label}]({target})"
        for label, target, _ in parts_listed(page(split_site, "timeline/index.md"))
    ]
    for i, (_, target, _) in enumerate(parts_listed(page(split_site, "timeline/index.md"))):
        nav = page(split_site, f"timeline/{target}").split("\n\n")[2]
        expected = "[Timeline](index.md)"
        expected += f" · Previous: {links[i - 1]}" if i > 0 else ""
        expected += f" · Next: {links[i + 1]}" if i + 1 < len(links) else ""
        assert nav == expected


def test_a_long_actors_index_is_split_by_first_letter(split_site: Paths, explainer) -> None:
    parts = parts_listed(page(split_site, "actors/index.md"))
    assert parts[0] == ("A", "by-name/a.md", 5)
    seen: list[str] = []
    for label, target, count in parts:
        text = page(split_site, f"actors/{target}")
        actors = re.findall(r"^\| \[[^\]]+\]\(\.\./([a-z0-9-]+)\.md\) \|", text, flags=re.M)
        assert len(actors) == count and f"# Actors: {label}\n" in text
        assert all(
            initial(explainer.actors[a].name)
            == (target.removeprefix("by-name/").removesuffix(".md"), label)
            for a in actors
        )
        seen += actors
    assert sorted(seen) == sorted(explainer.actors)
    assert "## People" in page(split_site, "actors/by-name/a.md")  # grouped by kind, as unsplit


def test_long_coverage_report_counts_by_source(split_site: Paths) -> None:
    text = page(split_site, "coverage/index.md")
    assert (
        "| [Pakistan hits back at Panetta&#39;s terror criticism](../sources/cbs-2011-09-15.md) | 11 | 11 | 0 | none |"
        in text
    )
    assert "Cited by" not in text


def test_part_pages_are_left_out_of_search(split_site: Paths) -> None:
    locations = {
        d["location"] for d in search_documents(split_site.site) if "#" not in d["location"]
    }
    assert {"timeline/", "actors/", "events/mullen-accuses-isi/"} <= locations
    assert not {"timeline/2011-09/", "actors/by-name/a/"} & locations
    assert (split_site.site / "timeline" / "2011-09" / "index.html").is_file()


def test_first_letters_ignore_accents_and_put_the_rest_together() -> None:
    assert initial("Ömer Aziz") == ("o", "O")
    assert initial("al-Qaeda") == ("a", "A")
    assert initial("9/11 Commission") == ("other", "Other")
    # a title is no part of the name: filed by the name (new user 11's "Dr. Anh Vo" under D)
    assert initial("Dr. Anh Vo") == initial("Dr Anh Vo") == ("a", "A")
    assert initial("Gen Hoshino") == ("g", "G")  # a given name, not "Gen."


def test_an_actors_statements_are_in_the_order_they_were_made(
    data_dir: Path, tmp_path: Path
) -> None:
    # the minister's view on a side, reported on 15 September, and remarks at a later event
    edit(
        data_dir,
        "disputes/group-role.yaml",
        "        cite: {source: wire-2011-09-15, paragraphs: [2]}\n",
        "        cite: {source: wire-2011-09-15, paragraphs: [2]}\n"
        "      - speaker: minister\n        kind: paraphrase\n        text: The group had no role.\n"
        "        cite: {source: wire-2011-09-15, paragraphs: [2]}\n",
    )
    edit(data_dir, "events/remarks.yaml", "date: 2011-09-14", "date: 2011-09-20")
    paths = fixture_project(tmp_path, data_dir)
    generate(paths)
    page = (paths.docs / "actors" / "minister.md").read_text()
    said = page[page.index("{ #statements }") :]
    assert said.index("The group had no role") < said.index("out of line")


def test_a_citation_preview_sets_a_quotation_in_the_paragraph_in_single_marks() -> None:
    """The preview is in quotation marks: a paragraph that opens with a quotation would
    show them doubled ("“"Our members…"”"), so marks inside it become single ones."""
    from generator.records.model import Paragraph
    from generator.site.pages.links import preview
    from helpers import SMALL_DATA

    source = validate(load_all(SMALL_DATA)).sources["wire-2011-09-15"]
    text = '"Our members have waited three years," said Kovac, who called it “unfair.”'
    quoted = source.model_copy(update={"paragraphs": [Paragraph(n=1, text=text)]})
    assert preview(quoted, 1) == (
        "“‘Our members have waited three years,’ said Kovac, who called it ‘unfair.’”"
    )


def test_an_affiliation_cites_the_paragraphs_that_name_the_body() -> None:
    """New user 8's map cited the union chair's every paragraph for "member of the union":
    an affiliation cites those of the actor's paragraphs that name the body it belongs to."""
    from helpers import SMALL_DATA

    explainer = validate(load_all(SMALL_DATA))
    minister = explainer.actors["minister"]
    wire = explainer.sources["wire-2011-09-15"]
    paragraphs = [
        p.model_copy(update={"text": "The Ministry stands by him."}) if p.n == 2 else p
        for p in wire.paragraphs
    ]
    explainer.sources["wire-2011-09-15"] = wire.model_copy(update={"paragraphs": paragraphs})
    cite = [Citation(source="wire-2011-09-15", paragraphs=[1, 2])]
    explainer.actors["minister"] = minister.model_copy(update={"cite": cite})
    (edge,) = [e for e in explainer.edges if e.subject == "minister" and e.is_membership]
    assert [(c.source, c.paragraphs) for c in edge.cite] == [("wire-2011-09-15", [2])]
