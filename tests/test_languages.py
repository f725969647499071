"""One explainer in several languages: records carry translations marked as such (a
quotation keeps its words, its translation beside it), `check` warns of a missing one and
`--strict` refuses it, and one build gives site/ and site/ur/ with a switcher, hreflang
links and a search index each. Also the words that were English only: search's result
kinds, the offline-copy note, What changed."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import feedparser
import icalendar
import pytest
import yaml
from watchdog.events import FileModifiedEvent

from generator.commands.build import build_all, build_site, check, generate
from generator.commands.bundle import make_bundle
from generator.commands.serve import Preview
from generator.records.coverage import Coverage
from generator.records.gaps import GapsError
from generator.records.load import load_all
from generator.records.model import KINDS
from generator.records.translations import translated
from generator.records.updates import Item, Update
from generator.records.validate import validate
from generator.run.project import Paths, slug
from generator.site.feeds import alternate_links, atom_feed, calendar
from generator.site.i18n import ENGLISH, LanguageError, configured_languages, language
from generator.site.pages.change_words import item_text
from generator.site.pages.changes import change_pages
from generator.site.plugin import offline_copy_note
from generator.site.render import render
from helpers import REPO, SMALL_DATA, edit, errors_of, fixture_project, require

UR = language("ur")
STARTER_DATA = REPO / "generator" / "starter" / "data"

MINISTER_IN_URDU = """translations:
  ur:
    name: وزیر
    role: وزارت کے وزیر
    description: وزارت کی طرف سے بولے۔
"""
REMARKS_IN_URDU = """    translations:
      ur: {text: حد سے باہر۔, context: صحافیوں سے}
"""


def two_languages(root: Path, data: Path, **options: object) -> Paths:
    """A fixture project whose mkdocs.yml promises English (the main one) and Urdu."""
    paths = fixture_project(root, data)
    config = yaml.safe_load(paths.config.read_text(encoding="utf-8"))
    config["plugins"] = ["search", {"explainer": {"languages": ["en", "ur"], **options}}]
    paths.config.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return paths


def urdu_pages(data: Path) -> dict[str, str]:
    explainer = translated(validate(load_all(data)), "ur")
    return render(explainer, Coverage(explainer), lang=UR)


def test_text_shown_as_written_is_set_in_its_own_language_and_direction(
    data_dir: Path,
) -> None:
    # an untranslated summary on an Urdu page is an English paragraph, left to right (its
    # brackets and citation at its end); a quotation always keeps its own direction
    page = urdu_pages(data_dir)["events/remarks.md"]
    summary = next(line for line in page.splitlines() if "rejected" in line and "cite" in line)
    after = page.split(summary + "\n", 1)[1]
    assert after.startswith('{: lang="en" dir="ltr" }\n')
    assert '<span class="explainer-claim-text" lang="en" dir="ltr">' in page
    with open(data_dir / "events" / "remarks.yaml", "a", encoding="utf-8") as record:
        record.write("translations: {ur: {summary: وزیر نے بیان مسترد کیا۔}}\n")
    translated_page = urdu_pages(data_dir)["events/remarks.md"]
    assert "وزیر نے بیان مسترد کیا۔" in translated_page
    assert '{: lang="en" dir="ltr" }' not in translated_page.split("## ")[0]


def test_a_record_translation_is_shown_and_marked(data_dir: Path) -> None:
    with open(data_dir / "actors" / "minister.yaml", "a", encoding="utf-8") as record:
        record.write(MINISTER_IN_URDU)
    page = urdu_pages(data_dir)["actors/minister.md"]
    assert "# وزیر\n" in page and "وزارت کی طرف سے بولے۔" in page
    assert "ترجمہ: یہ صفحہ اس ریکارڈ کا مدیروں کا کیا ہوا ترجمہ پیش کرتا ہے۔" in page
    # the name as written is only among the other names, the first of them
    opening = page.split("---\n", 2)[2].split("\n## ")[0]
    assert [line for line in opening.splitlines() if "The Minister" in line] == [
        ":   \u2068The Minister\u2069، \u2068Minister\u2069، "
        "\u2068&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;\u2069"
    ]
    # Another record, untranslated, says so; the English site shows no note at all.
    group = urdu_pages(data_dir)["actors/the-group.md"]
    assert "ابھی ترجمہ نہیں ہوا: ریکارڈ اصل زبان میں دکھایا گیا ہے۔" in group
    english = validate(load_all(data_dir))
    assert "explainer-translation" not in render(english, Coverage(english))["actors/minister.md"]


def test_a_quotation_keeps_its_words_with_its_translation_beside(data_dir: Path) -> None:
    edit(
        data_dir,
        "events/remarks.yaml",
        "    context: to reporters\n",
        "    context: to reporters\n" + REMARKS_IN_URDU,
    )
    page = urdu_pages(data_dir)["events/remarks.md"]
    quote = page[page.index('data-search-claim="quote"') :]
    assert "“\u2068out of line&#46;\u2069”" in quote  # the speaker's own words, isolated
    assert (
        '<span class="explainer-claim-translation">ترجمہ: <span class="explainer-claim-text">'
        "“حد سے باہر۔”</span></span>"
    ) in quote
    assert quote.index("out of line") < quote.index("حد سے باہر")
    assert "صحافیوں سے" in quote  # the context is replaced by its translation


def test_a_translation_of_a_field_the_record_lacks_is_an_error(data_dir: Path) -> None:
    edit(
        data_dir,
        "actors/ministry.yaml",
        "kind: organisation\n",
        "kind: organisation\ntranslations:\n  ur: {role: وزارت}\n",
    )
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:1: translations.ur.role: translates `role`, which is not given"
    ]


def test_a_translation_names_a_language_and_known_fields(data_dir: Path) -> None:
    edit(
        data_dir,
        "actors/ministry.yaml",
        "kind: organisation\n",
        "kind: organisation\ntranslations:\n  Urdu!: {name: وزارت}\n  ur: {nam: وزارت}\n",
    )
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:5: translations.Urdu!.[key]: expected text matching the format"
        " (see the data-format page), found 'Urdu!'",
        "actors/ministry.yaml:6: translations.ur.nam: unknown field (allowed: name, name_note,"
        " role, description); did you mean 'name'?",
    ]


def test_a_missing_translation_is_warned_and_refused_under_strict(
    tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = two_languages(tmp_path, data_dir)
    with caplog.at_level(logging.WARNING):
        check(paths)
    minister = data_dir / "actors" / "minister.yaml"
    assert (
        f"warning: {minister}:2: translations.ur: no translation of name, role, description (the"
        " site promises 'ur' in mkdocs.yml; its pages show these as written)"
    ) in caplog.messages
    remarks = [m for m in caplog.messages if "events/remarks.yaml:2: translations.ur" in m]
    assert remarks and "participants[0].role, quotes[0].text, quotes[0].context" in remarks[0]
    with pytest.raises(GapsError):
        check(paths, strict=True)
    assert not any(
        "translations" in m for m in _warnings_of(fixture_project(tmp_path / "one", data_dir))
    )


def _warnings_of(paths: Paths) -> list[str]:
    """The warnings `check` gives a project (an English-only site: no translation missing)."""
    logger = logging.getLogger("generator.records.gaps")
    found: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: found.append(record.getMessage())  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        check(paths)
    finally:
        logger.removeHandler(handler)
    return found


def test_a_translation_into_a_language_the_site_does_not_publish_is_warned(
    tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # e.g. a mistyped code: no page would ever show it
    with open(data_dir / "actors" / "minister.yaml", "a", encoding="utf-8") as record:
        record.write(MINISTER_IN_URDU.replace("  ur:", "  urd:"))
    paths = fixture_project(tmp_path, data_dir)  # English only
    with caplog.at_level(logging.WARNING):
        check(paths)
    assert (
        f"warning: {data_dir / 'actors' / 'minister.yaml'}:13: translations.urd: the site is not"
        " published in 'urd' (mkdocs.yml promises en): no page shows this translation; fix the"
        " language code, or add the language to the explainer plugin's `languages`"
    ) in caplog.messages
    with pytest.raises(GapsError):
        check(paths, strict=True)


def test_the_languages_begin_with_the_main_one(tmp_path: Path) -> None:
    paths = two_languages(tmp_path, SMALL_DATA)
    assert configured_languages(paths.config) == ("en", "ur")
    config = yaml.safe_load(paths.config.read_text(encoding="utf-8"))
    config["plugins"][1]["explainer"]["languages"] = ["ur", "en"]
    paths.config.write_text(yaml.safe_dump(config), encoding="utf-8")
    with pytest.raises(LanguageError, match=r"must begin with theme.language \('en'\)"):
        configured_languages(paths.config)


def test_the_starter_story_is_complete_in_urdu(tmp_path: Path) -> None:
    """`explainer new`'s example records carry their Urdu translations: strict passes
    (once the hand-written home page has its Urdu one too)."""
    data = tmp_path / "data"
    shutil.copytree(STARTER_DATA, data)
    paths = two_languages(tmp_path, data)
    (paths.docs / "index.ur.md").write_text("# سرورق\n", encoding="utf-8")
    check(paths, strict=True)


def test_a_hand_written_page_without_its_translation_is_warned(
    tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = two_languages(tmp_path, data_dir)
    (paths.docs / "about.md").write_text("# About\n", encoding="utf-8")
    (paths.docs / "about.ur.md").write_text("# تعارف\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        check(paths)
    pages = [m for m in caplog.messages if "no translation into 'ur' (write" in m]
    assert pages == [
        f"warning: {paths.docs / 'index.md'}: no translation into 'ur' (write"
        f" {paths.docs / 'index.ur.md'}): that language's site shows the page as written"
    ]


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """The starter story built in English and Urdu; About has no Urdu page, home has one."""
    root = tmp_path_factory.mktemp("two")
    shutil.copytree(STARTER_DATA, root / "data")
    paths = two_languages(root, root / "data", site_names={"ur": "پل <کی> بندش"})
    about = "---\ntitle: About\n---\n\n# About\n\nWritten in English only.\n\n<!-- disputes -->\n"
    (paths.docs / "about.md").write_text(about)
    (paths.docs / "index.ur.md").write_text(
        "# سرورق\n\nاردو میں۔\n\n<!-- offline-copy -->\n", encoding="utf-8"
    )
    with open(paths.docs / "index.md", "a", encoding="utf-8") as home:
        home.write("\n<!-- offline-copy -->\n")
    name = slug(yaml.safe_load(paths.config.read_text(encoding="utf-8"))["site_name"])
    (root / "dist").mkdir()
    (root / "dist" / f"{name}-2026-01-15.zip").write_bytes(b"x" * 1000)
    build_all(paths)
    return paths


def test_one_build_gives_a_site_per_language(two_sites: Paths) -> None:
    site = two_sites.site
    english = (site / "actors" / "example-ana-lindqvist" / "index.html").read_text()
    urdu = (site / "ur" / "actors" / "example-ana-lindqvist" / "index.html").read_text()
    assert '<html lang="en"' in english and '<h1 id="ana-lindqvist">Ana Lindqvist<' in english
    assert '<html lang="ur"' in urdu and '<body dir="rtl"' in urdu and "آنا لنڈکوسٹ" in urdu
    for html, home in ((english, "../../"), (urdu, "../../../")):
        assert (
            f'<link rel="alternate" href="{home}actors/example-ana-lindqvist/" hreflang="en">'
            in html
        )
        assert (
            f'<link rel="alternate" href="{home}ur/actors/example-ana-lindqvist/" hreflang="ur">'
            in html
        )
        assert f'<a href="{home}ur/actors/example-ana-lindqvist/" hreflang="ur"' in html
        assert 'class="md-select__link">\n              اردو' in html  # the switcher
    for root in (site, site / "ur"):
        index = json.loads((root / "search" / "search_index.json").read_text())
        assert (root / index["config"]["explainer"]["folder"]).is_dir()


def test_the_offline_copy_is_published_once_for_every_language(two_sites: Paths) -> None:
    site = two_sites.site
    [bundle] = [p.name for p in site.glob("*.zip")]
    assert not list((site / "ur").glob("*.zip"))
    assert f'<a href="{bundle}">Download the offline copy</a>' in (site / "index.html").read_text()
    urdu = (site / "ur" / "index.html").read_text()
    assert f'<a href="../{bundle}">آف لائن نقل ڈاؤن لوڈ کریں</a>' in urdu


def test_each_language_has_its_site_name(two_sites: Paths, tmp_path: Path) -> None:
    english = (two_sites.site / "index.html").read_text(encoding="utf-8")
    urdu = (two_sites.site / "ur" / "index.html").read_text(encoding="utf-8")
    assert "پل &lt;کی&gt; بندش" in urdu and "پل" not in english.split("<body")[0]
    shutil.copytree(SMALL_DATA, tmp_path / "data")
    paths = two_languages(tmp_path, tmp_path / "data", site_names={"ar": "x"})
    generate(paths)
    with pytest.raises(LanguageError, match="site_names: ar is not one of the site's other"):
        build_site(paths)


def test_no_isolation_mark_ends_up_in_an_attribute_a_browser_reads_as_code(
    two_sites: Paths,
) -> None:
    # U+2066..2069 keep a left-to-right name's punctuation in place in Urdu text; in a
    # class, an id or an address they would break the style, the anchor or the link
    marked = re.compile(r'([\w-]+)="[^"]*[\u2066-\u2069]')
    found = {
        (page.relative_to(two_sites.site).as_posix(), attribute)
        for page in (two_sites.site / "ur").rglob("*.html")
        for attribute in marked.findall(page.read_text(encoding="utf-8"))
        if attribute not in ("title", "aria-label", "alt", "content")
    }
    assert found == set()


def test_hand_written_pages_per_language(two_sites: Paths) -> None:
    site = two_sites.site
    assert "اردو میں۔" in (site / "ur" / "index.html").read_text()
    assert "اردو میں۔" not in (site / "index.html").read_text()
    assert not (site / "index.ur").exists() and not (site / "ur" / "index.ur").exists()
    about = (site / "ur" / "about" / "index.html").read_text()
    assert (
        '<p class="explainer-untranslated" data-search-exclude>'
        "اس صفحے کا ابھی ترجمہ نہیں ہوا: یہ انگریزی میں دکھایا گیا ہے۔</p>\n"
        '<div lang="en" dir="ltr">'
    ) in about
    assert "explainer-untranslated" not in (site / "about" / "index.html").read_text()
    # what the generator writes into it is in Urdu, set right to left inside the English
    within = about.split('<div lang="en" dir="ltr">')[1]
    assert '<div dir="rtl" lang="ur">\n<p>“کھلا”' in within
    # its `title: About` is one of the usual titles: the Urdu tab says it in Urdu
    assert (
        "<title>تعارف - " in about
        and "<title>About - " in (site / "about" / "index.html").read_text()
    )
    assert not (two_sites.docs / "ur").exists()  # the other language's pages are never in docs/


def test_search_kinds_are_in_the_sites_language(two_sites: Paths) -> None:
    urdu = json.loads((two_sites.site / "ur" / "search" / "search_index.json").read_text())
    kinds = urdu["config"]["explainer"]["kinds"]
    assert kinds["Actor"] == "کردار" and kinds["Quote"] == "اقتباس"
    english = json.loads((two_sites.site / "search" / "search_index.json").read_text())
    assert english["config"]["explainer"]["kinds"]["Source paragraph"] == "Source paragraph"
    require(shutil.which("node") or "node (not on PATH)", "apt-get install -y nodejs")
    harness = REPO / "tests" / "search" / "harness.js"
    asked = json.dumps({"query": "Lindqvist"}) + "\n"
    done = subprocess.run(
        ["node", str(harness), str(two_sites.site / "ur")],
        input=asked,
        capture_output=True,
        text=True,
        check=True,
    )
    tags = [tag for group in json.loads(done.stdout)["items"] for i in group for tag in i["tags"]]
    assert "کردار" in tags and "Actor" not in tags


def test_a_translated_actor_is_found_by_its_name_as_written(two_sites: Paths) -> None:
    # a reader of the Urdu site may know the Latin spelling; the page lists it as another name
    require(shutil.which("node") or "node (not on PATH)", "apt-get install -y nodejs")
    harness = REPO / "tests" / "search" / "harness.js"
    done = subprocess.run(
        ["node", str(harness), str(two_sites.site / "ur")],
        input=json.dumps({"query": "Ana Lind"}) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    first = json.loads(done.stdout)["items"][0][0]
    assert first["location"].endswith("actors/example-ana-lindqvist/")
    page = two_sites.site / "ur" / "actors" / "example-ana-lindqvist" / "index.html"
    assert "Ana Lindqvist" in page.read_text(encoding="utf-8")


def test_the_offline_copy_note_is_in_the_sites_language(tmp_path: Path) -> None:
    # no copy built: that there is none, and no word of building one
    assert (
        offline_copy_note(None, False, UR)
        == "اس ورژن کے ساتھ سائٹ کی کوئی آف لائن نقل شائع نہیں کی گئی۔"
    )
    assert offline_copy_note(None, True, UR).startswith("یہ سائٹ کی آف لائن نقل ہے")
    bundle = tmp_path / "story-2026-01-15.zip"
    bundle.write_bytes(b"x" * 1_500_000)
    assert offline_copy_note(bundle, False).startswith(
        '<a href="story-2026-01-15.zip">Download the offline copy</a>'
        " (1.5 MB, built 15 January 2026)"
    )
    assert "(1.5 MB، 15 جنوری 2026 کو بنی)" in offline_copy_note(bundle, False, UR)


def test_what_changed_is_said_in_the_sites_language() -> None:
    added = Item("actors", "envoy", "The Envoy", "added")
    changed = Item("events", "summit", "Summit", "changed", ("date changed", "retitled"))
    source = Item("sources", "w", "Example Wire", "added", published="2011-09-15")
    assert [i.text for i in (added, changed, source)] == [
        "Added The Envoy",
        "Summit: date changed, retitled",
        "New source: Example Wire, 15 September 2011",
    ]
    assert item_text(added, UR) == "\u2068The Envoy\u2069 شامل کیا گیا"
    assert item_text(changed, UR) == "\u2068Summit\u2069: تاریخ بدلی گئی، عنوان بدلا گیا"
    assert item_text(source, UR) == "نیا ماخذ: \u2068Example Wire\u2069، 15 ستمبر 2011"


def test_what_changed_lists_a_record_under_its_translated_name() -> None:
    # the name at the time of the change on the main site; its translation on the Urdu one
    explainer = validate(load_all(STARTER_DATA))
    added = Item("actors", "example-ana-lindqvist", "Ana Lindqvist", "added")
    update = Update("a" * 40, dt.datetime(2026, 1, 20, tzinfo=dt.UTC), (added,))
    urdu = change_pages(translated(explainer, "ur"), [update], UR)[0].context
    english = change_pages(explainer, [update], ENGLISH)[0].context
    assert "آنا لنڈکوسٹ" in str(urdu["updates"][0]["items"][0]["text"])
    assert "Ana Lindqvist" in str(english["updates"][0]["items"][0]["text"])


def test_the_feeds_speak_the_sites_language() -> None:
    items = [{"text": f"t{n}", "kind": "actors", "id": "x", "removed": False} for n in range(5)]
    update = {"time": "2026-01-02T10:00:00+00:00", "commit": "a" * 40, "items": items}
    feed = feedparser.parse(atom_feed([update], "https://example.org/", "Site", UR))
    assert feed.feed.title == "Site: تازہ کاریاں" and feed.feed.language == "ur"
    assert feed.entries[0].title == f"t0؛ t1؛ t2؛ اور {UR.number(2)} مزید"
    ical = icalendar.Calendar.from_ical(calendar([], "https://example.org/", "Site", UR))
    assert str(ical["X-WR-CALNAME"]) == "Site: طے شدہ واقعات"
    links = alternate_links("https://example.org/", "Site", UR)
    assert 'title="Site: تازہ کاریاں"' in links and 'title="Site: طے شدہ واقعات"' in links


def test_the_preview_shows_every_language_and_an_edit_reaches_each(tmp_path: Path) -> None:
    shutil.copytree(STARTER_DATA, tmp_path / "data")
    paths = two_languages(tmp_path, tmp_path / "data")
    preview = Preview(paths, tmp_path / "served", "http://127.0.0.1:8000/")
    preview.update()
    urdu = tmp_path / "served" / "ur" / "actors" / "example-ana-lindqvist" / "index.html"
    html = urdu.read_text(encoding="utf-8")
    assert "آنا لنڈکوسٹ" in html and '<html lang="ur"' in html
    assert 'href="http://127.0.0.1:8000/actors/example-ana-lindqvist/" hreflang="en"' in html
    record = tmp_path / "data" / "actors" / "example-ana-lindqvist.yaml"
    record.write_text(record.read_text(encoding="utf-8").replace("آنا لنڈکوسٹ", "آنا"), "utf-8")
    preview.data_files.report(FileModifiedEvent(str(record)))
    preview.update()
    assert "آنا لنڈکوسٹ" not in urdu.read_text(encoding="utf-8")


AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.mark.browser
def test_every_urdu_page_kind_meets_wcag_22_aa(browser: Any, two_sites: Paths) -> None:
    # right to left, English names isolated inside Urdu text, at a desktop's and a phone's width
    require(AXE, "run `npm ci` (make test does)")
    urdu = two_sites.site / "ur"
    kinds = ["", "actors/", "events/", "disputes/", "sources/", "map/", "timeline/", "about/"]
    records = [f"{kind}/{next(iter(sorted((urdu / kind).glob('*/')))).name}/" for kind in KINDS]
    violations = []
    for width in (1280, 390):
        page = browser.new_page(viewport={"width": width, "height": 900})
        for path in [*kinds, *records, "changes/"]:
            page.goto((urdu / path / "index.html").as_uri())
            page.add_script_tag(path=str(AXE))
            result = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
            )
            violations += [
                f"{width}px ur/{path}: {v['id']}: {node['target']}"
                for v in result["violations"]
                for node in v["nodes"]
            ]
        page.close()
    assert violations == []


def test_the_bundle_holds_every_language_and_asks_no_sitemap_beside_a_page(
    tmp_path: Path,
) -> None:
    shutil.copytree(STARTER_DATA, tmp_path / "data")
    paths = two_languages(tmp_path, tmp_path / "data")
    shutil.copy(REPO / "mkdocs.offline.yml", tmp_path / "mkdocs.offline.yml")
    archive = make_bundle(paths, tmp_path / "mkdocs.offline.yml", tmp_path / "dist")
    with zipfile.ZipFile(archive) as bundle:
        page = next(
            n for n in bundle.namelist() if n.endswith("/ur/actors/example-ana-lindqvist.html")
        )
        html = bundle.read(page).decode("utf-8")
    assert "آنا لنڈکوسٹ" in html
    assert '<a href="../../actors/example-ana-lindqvist.html" hreflang="en"' in html  # switcher
    # Material fetches sitemap.xml beside each <link rel="alternate">: from file:// an error
    assert 'hreflang="en">' not in html.split("</head>")[0]
