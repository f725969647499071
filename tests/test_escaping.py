"""Untrusted data strings are shown as text in the built site, never run as markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
import yaml

from generator.run.project import Paths
from generator.site.markup import escape_md, external_link
from generator.site.render import yaml_flow
from helpers import SMALL_DATA, build_fixture_site, edit


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    return build_fixture_site(tmp_path_factory.mktemp("hostile"), SMALL_DATA)


class Page(HTMLParser):
    """What a browser makes of a page: the text a reader sees, and every tag with its attributes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.script_type = dict(attrs).get("type")

    def handle_data(self, data: str) -> None:
        if self.cdata_elem != "script":
            self.text.append(data)
        elif self.script_type != "application/ld+json":  # JSON-LD is data, never run
            self.scripts.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def page(site: Paths, path: str) -> Page:
    return Page((site.site / path / "index.html").read_text(encoding="utf-8"))


def test_script_in_an_alias_shows_as_text(site: Paths) -> None:
    minister = page(site, "actors/minister")
    assert "Minister, <script>alert(1)</script>" in minister.visible
    assert minister.scripts and not any("alert" in script for script in minister.scripts)


def test_markdown_link_and_attribute_list_in_prose_stay_text(site: Paths) -> None:
    minister = page(site, "actors/minister")
    assert (
        "Spoke for the ministry. [click](javascript:alert(1)) {: onclick=alert(1) }"
        in minister.visible
    )
    for tag, attrs in minister.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not any("javascript:" in (value or "") for value in attrs.values()), (tag, attrs)


def test_heading_and_table_syntax_in_a_field_stay_text(site: Paths) -> None:
    index = page(site, "actors")
    assert "# Minister | of *Things*" in index.visible
    assert [tag for tag, _ in index.tags].count("h1") == 1
    html = (site.site / "actors" / "index.html").read_text(encoding="utf-8")
    row = next(r for r in re.findall(r"<tr>.*?</tr>", html, re.S) if "Minister" in r)
    assert row.count("<td") == 3


def test_title_is_escaped_in_the_html_head(site: Paths) -> None:
    # Material prints front-matter titles raw: the generator escapes them.
    html = (site.site / "actors" / "minister" / "index.html").read_text(encoding="utf-8")
    assert "<title>The Minister - " in html


def test_escape_md_keeps_text_on_one_line() -> None:
    assert escape_md("a\n# b\n\n| c") == "a &#35; b &#124; c"


def test_external_links_are_http_only() -> None:
    with pytest.raises(ValueError):
        external_link("x", "javascript:alert(1)")
    assert external_link("x", "https://a.example/(b) c") == "[x](https://a.example/%28b%29%20c)"


def test_sanitiser_removes_what_templates_never_make() -> None:
    """Defence in depth: even markup that escaping let through is removed."""
    from generator.site.sanitise import sanitise

    dirty = (
        '<p id="p1" class="x" onclick="alert(1)">a<script>alert(2)</script>'
        '<a href="javascript:alert(3)">b</a><img src=x onerror=alert(4)><a href="../x/#p2" title="t">c</a></p>'
    )
    assert sanitise(dirty) == '<p id="p1" class="x">a<a>b</a><a href="../x/#p2" title="t">c</a></p>'


def test_json_ld_holds_data_exactly_and_cannot_end_its_script(site: Paths) -> None:
    import json

    html = (site.site / "actors" / "minister" / "index.html").read_text(encoding="utf-8")
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert "<" not in block  # tojson escapes it, so `</script>` in data cannot end the element
    data = json.loads(block)
    assert data["@type"] == "Person" and data["alternateName"] == [
        "Minister",
        "<script>alert(1)</script>",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        'a "quoted" \\ back',
        "tab\there\nnew line",
        "\x00\x07\x1b\x7f\x85\x9f",
        "line\u2028sep\u2029",
        "\ufeffbom \ufffe \uffff",
        "# not a comment: {x} [y] &z *a !t |b >c %d @e `f",
        "emoji 😀 and 中文",
        "- item",
    ],
)
def test_front_matter_values_read_back_exactly(text: str) -> None:
    for value in (text, [text], {"k": text}):
        assert yaml.safe_load(f"key: {yaml_flow(value)}\n") == {"key": value}


def test_a_right_to_left_override_reorders_nothing_outside_its_field(data_dir, tmp_path) -> None:
    # U+202E in a description: without an isolate, the page's own words after it would
    # read backwards; a stray U+2069 would close the isolate early.
    edit(data_dir, "actors/minister.yaml", 'description: "Spoke', 'description: "\u2069\u202eSpoke')
    paths = build_fixture_site(tmp_path, data_dir)
    html = (paths.site / "actors" / "minister" / "index.html").read_text(encoding="utf-8")
    text = "".join(Page(html).text)
    start = text.index("\u2068\u202eSpoke")
    end = text.index("\u2069", start)
    assert "\u202e" not in text[end:] and "\u2069\u202e" not in text
    assert "onclick" in text[start:end]  # the whole field, and only it, is inside the isolate
    assert escape_md("plain text") == "plain text"  # no isolate where none is needed


def test_an_actors_name_note_is_shown_as_the_explainers_own(data_dir, tmp_path) -> None:
    edit(
        data_dir,
        "actors/ministry.yaml",
        "kind: organisation",
        "name_note: 'official name; the <b>wire</b> says only \"the ministry\"'\nkind: organisation",
    )
    paths = build_fixture_site(tmp_path, data_dir)
    page = Page((paths.site / "actors" / "ministry" / "index.html").read_text(encoding="utf-8"))
    text = " ".join("".join(page.text).split())
    assert "About the name The explainer's own: official name; the <b>wire</b> says only" in text
    assert "b" not in [tag for tag, _ in page.tags]


def test_a_sources_authors_are_shown_as_text_and_named_in_its_json_ld(data_dir, tmp_path) -> None:
    import json

    edit(
        data_dir,
        "sources/wire-2011-09-15.yaml",
        "dateline: Islamabad",
        "dateline: Islamabad\nauthors: ['Ana *Ruiz*', '<script>alert(5)</script> Hale']",
    )
    paths = build_fixture_site(tmp_path, data_dir)
    html = (paths.site / "sources" / "wire-2011-09-15" / "index.html").read_text(encoding="utf-8")
    page = Page(html)
    assert "Written by Ana *Ruiz*, <script>alert(5)</script> Hale" in page.visible
    assert not any("alert" in script for script in page.scripts)
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(block)["author"] == [
        {"@type": "Person", "name": "Ana *Ruiz*"},
        {"@type": "Person", "name": "<script>alert(5)</script> Hale"},
    ]
