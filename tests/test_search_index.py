"""The explainer's own search: documents from pages, the index files, and the worker's
answers, run in Node on built fixture sites (the browser checks are in tests/explainer/)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.commands.build import build_site, check, generate
from generator.run.project import Paths
from generator.site.search.documents import page_documents
from generator.site.search.index import MAX_POSTINGS, build
from generator.text.terms import terms
from helpers import (
    HAQQANI_DATA,
    REPO,
    SMALL_DATA,
    build_fixture_site,
    edit,
    fixture_project,
    require,
    search_data,
)

HARNESS = Path(__file__).with_name("search") / "harness.js"
RIVER_DATA = REPO / "tests" / "fixtures" / "river" / "data"


@pytest.fixture
def node() -> None:
    """Node.js runs the worker: without it a test is skipped with a message, or fails
    under CI (`.ci/run` installs it)."""
    require(shutil.which("node") or "node (not on PATH)", "apt-get install -y nodejs")


needs_node = pytest.mark.usefixtures("node")


def ask(site: Path, *questions: dict[str, str]) -> list:
    """The worker's answers, in Node, to each question ({"query": …} or {"terms": …})."""
    lines = "".join(json.dumps(q) + "\n" for q in questions)
    done = subprocess.run(
        ["node", str(HARNESS), str(site)], input=lines, capture_output=True, text=True, check=True
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def first_pages(result: dict) -> list[str]:
    """The page each result group opens, best first."""
    return [
        next(i["location"] for i in group if "#" not in i["location"]) for group in result["items"]
    ]


@pytest.fixture(scope="module")
def haqqani(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    return build_fixture_site(tmp_path_factory.mktemp("haqqani"), HAQQANI_DATA)


@pytest.fixture(scope="module")
def river(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    return build_fixture_site(tmp_path_factory.mktemp("river"), RIVER_DATA)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    return build_fixture_site(tmp_path_factory.mktemp("small"), SMALL_DATA)


# --- text ---------------------------------------------------------------------------


TRICKY = [
    "Ömer Çelik, Zoë and Łódź",
    "Zoë Brønsted, Æsir, Straße, Þórr and Đorđe",  # letters NFKD leaves whole
    "the U.S.'s envoy and the U.N. said: “no”",
    "Pakistan’s army, Pakistan's army, Pakistans' army",
    "don't stop—ever… 20-hour assault; ¶8 (photo caption)",
    "ＦＵＬＬＷＩＤＴＨ ligature ﬁ and İstanbul",
    "Ελληνικά, русский, العربية, 中文",
]


def test_text_folds_case_accents_quotes_and_initialisms() -> None:
    assert terms("Ömer") == terms("omer") == ["omer"]
    assert terms("Brønsted Łukasz") == terms("Bronsted Lukasz") == ["bronsted", "lukasz"]
    assert terms("U.S.") == terms("US") == ["us"]
    assert terms("Pakistan’s") == terms("Pakistan's") == ["pakistan"]
    assert terms("“army”") == terms('"army"') == ["army"]


@needs_node
def test_the_worker_makes_the_same_terms_as_the_index(small: Paths) -> None:
    answers = ask(small.site, *({"terms": text} for text in TRICKY))
    assert answers == [terms(text) for text in TRICKY]


# --- documents ----------------------------------------------------------------------


PAGE = """
<h1 id="x">Title <a class="headerlink" href="#x">¶</a></h1>
<p>Intro words.</p>
<div data-search-exclude><p>Timeline noise</p></div>
<h2 id="positions">Positions</h2>
<p>Held by: Someone</p>
<div class="explainer-claim" data-search-claim="quote" data-search-speaker="A &lt;b&gt; Speaker">
<blockquote><p><span class="explainer-claim-text">“We said it”</span></p></blockquote>
<p>— A Speaker, Monday. Source: CNN ¶7</p>
</div>
<div class="explainer-claim" data-search-claim="paraphrase" data-search-speaker="B">
<p>B, as paraphrased by CNN: <span class="explainer-claim-text">they did it</span></p>
</div>
<h2 id="referenced-by" data-search-exclude>Referenced by</h2>
<p>Left out, with its section</p>
<div class="explainer-claim" data-search-claim="quote" data-search-speaker="X"><blockquote>no</blockquote></div>
<h2 id="text">Text</h2>
<p class="explainer-paragraph" id="p3"><a class="explainer-paragraph-number" href="#p3">¶3</a> Third paragraph.</p>
<small data-search-exclude>Cited by: X</small>
"""


def test_a_page_gives_documents_for_itself_its_sections_claims_and_paragraphs() -> None:
    found = page_documents(PAGE, "actors/x/", "Title", ["Title", "Alias"])
    assert [(d.location, d.kind, d.title, d.text, d.detail) for d in found] == [
        ("actors/x/", "Actor", "Title", "Intro words.", ""),
        ("actors/x/#positions", "Section", "Positions", "Held by: Someone", ""),
        ("actors/x/#positions", "Quote", "A <b> Speaker", "“We said it”", "Positions"),
        ("actors/x/#positions", "Paraphrase", "B", "they did it", "Positions"),
        ("actors/x/#p3", "Source paragraph", "¶3", "Third paragraph.", "Title"),
    ]
    assert found[0].names == ("Title", "Alias")


def test_a_citation_reads_as_the_page_shows_it() -> None:
    # the screen reader's "The Wire, paragraph " is not the result's text
    cite = '<a class="explainer-cite" href="#p{n}"><small class="explainer-sr">The Wire, paragraph </small>{n}</a>'
    html = f"<p>They met. (The Wire {cite.format(n=6)}, {cite.format(n=12)})</p>"
    (page,) = page_documents(html, "events/x/", "X", [])
    assert page.text == "They met. (The Wire ¶6, ¶12)"


def test_a_hand_written_page_is_a_page() -> None:
    (page,) = page_documents("<p>Hello</p>", "about/", "About", [])
    assert (page.kind, page.text) == ("Page", "Hello")


# --- index --------------------------------------------------------------------------


def test_every_term_is_in_exactly_one_dictionary_part(haqqani: Paths) -> None:
    index = json.loads((haqqani.site / "search" / "search_index.json").read_text())
    manifest = index["config"]["explainer"]
    folder = haqqani.site / manifest["folder"]
    parts = {}
    for key, name in manifest["shards"].items():
        parts[key] = search_data((folder / "t" / f"{name}.js").read_text())
    for key, part in parts.items():
        for term in part:
            assert term.startswith(key)
            owner = max((k for k in parts if term.startswith(k)), key=len)
            assert owner == key, f"{term!r} is in {key!r} but belongs in {owner!r}"
    assert index["docs"] == [] and manifest["documents"] > 300
    home = (haqqani.site / "index.html").read_text(encoding="utf-8")
    assert '"search": "assets/explainer/search-worker.js"' in home
    assert '"search.result.other": "Top # matches"' in home  # a list shows the best pages


def test_a_very_common_word_keeps_its_best_documents() -> None:
    from generator.site.search.documents import Document

    documents = [
        Document(f"p{i}/", f"Page {i}", "Page", "word " * (1 + i % 3))
        for i in range(MAX_POSTINGS + 50)
    ]
    documents.append(Document("named/", "Word", "Actor", "", names=("Word",)))
    files = {name: search_data(text) for name, text in build(documents).files.items()}
    (entry,) = [part["word"] for name, part in files.items() if "/t/" in name and "word" in part]
    assert entry[0] == MAX_POSTINGS + 51  # how many hold it is kept whole
    (kept,) = [data for name, data in files.items() if name.endswith(f"/{entry[1]}.js")]
    assert len(kept) == MAX_POSTINGS and kept[-1][0] == MAX_POSTINGS + 50  # the name is kept


# --- the worker's answers -----------------------------------------------------------


@needs_node
@pytest.mark.parametrize("fixture", ["haqqani", "river"])
def test_every_name_and_alias_finds_its_actor_first(fixture: str, request) -> None:
    paths: Paths = request.getfixturevalue(fixture)
    explainer = check(paths)
    asked = [(a.id, name) for a in explainer.actors.values() for name in (a.name, *a.aliases)]
    answers = ask(paths.site, *({"query": name} for _, name in asked))
    misses = [
        (name, first_pages(answer)[:1])
        for (actor, name), answer in zip(asked, answers, strict=True)
        if first_pages(answer)[:1] != [f"actors/{actor}/"]
    ]
    assert misses == []


@needs_node
@pytest.mark.parametrize("fixture", ["haqqani", "river"])
def test_an_outlet_or_a_headline_finds_its_source_first(fixture: str, request) -> None:
    paths: Paths = request.getfixturevalue(fixture)
    sources = check(paths).sources.values()
    asked = [(s, name) for s in sources for name in (s.outlet, s.headline)]
    answers = ask(paths.site, *({"query": name} for _, name in asked))
    firsts = [first_pages(answer)[:1] for answer in answers]
    outlets = {s.outlet: [t for t in sources if t.outlet == s.outlet] for s in sources}
    misses = [
        (name, first)
        for (source, name), first in zip(asked, firsts, strict=True)
        # an outlet of several sources finds one of them first
        if first not in ([f"sources/{t.id}/"] for t in outlets.get(name, [source]))
    ]
    assert misses == []


def holds(group: list[dict], marked: str) -> bool:
    return any(marked in item["text"] for item in group)


@needs_node
def test_a_phrase_from_a_quote_finds_the_quote_and_who_said_it(haqqani: Paths) -> None:
    (answer,) = ask(haqqani.site, {"query": "not in a position"})
    phrase = "<mark>not</mark> in a <mark>position</mark>"
    top = [item for group in answer["items"][:4] for item in group if phrase in item["text"]]
    quotes = [item for item in top if item["tags"][0] == "Quote"]
    assert quotes and quotes[0]["title"] == "Two Pakistani military officials"
    kinds = {item["location"].split("/")[0] for item in top}
    assert {"actors", "disputes", "events", "sources"} <= kinds


@needs_node
@pytest.mark.parametrize(
    "query, marked",
    [
        ("not in a position", "<mark>not</mark> in a <mark>position</mark>"),
        ("failed policy", "<mark>failed</mark> <mark>policy</mark>"),
        ("stretched too thin", "<mark>stretched</mark> <mark>too</mark> <mark>thin"),
    ],
)
def test_words_together_come_before_words_apart(haqqani: Paths, query: str, marked: str) -> None:
    (answer,) = ask(haqqani.site, {"query": query})
    together = [holds(group, marked) for group in answer["items"]]
    assert together[0] and together == sorted(together, reverse=True)


@needs_node
def test_a_source_paragraph_says_what_it_is(haqqani: Paths) -> None:
    (answer,) = ask(haqqani.site, {"query": "failed policy"})
    assert first_pages(answer)[0] == "sources/cnn-2011-09-26/"
    paragraph = answer["items"][0][0]
    assert paragraph["tags"] == ["Source paragraph"]
    assert re.fullmatch(r"¶\d+", paragraph["title"])
    assert re.fullmatch(r"sources/cnn-2011-09-26/#p\d+", paragraph["location"])


@needs_node
def test_diacritics_case_and_curly_quotes_fold(haqqani: Paths) -> None:
    plain, accented, curly = ask(
        haqqani.site,
        {"query": "pakistan's army"},
        {"query": "PÄKISTÁN’S ARMY"},
        {"query": "Pakistan’s army"},
    )
    assert first_pages(plain)[:5] == first_pages(accented)[:5] == first_pages(curly)[:5]


@needs_node
def test_no_match_is_an_empty_result(haqqani: Paths) -> None:
    assert ask(haqqani.site, {"query": "zzyzx quorble"}) == [{"items": []}]


HOSTILE = [
    "<img src=x onerror=alert(1)>",
    ".*+?[](){}|\\^$ (a|a)*",
    "pak " * 2500,
    "constructor __proto__",
]


@needs_node
def test_hostile_queries_are_answered_as_text(small: Paths, haqqani: Paths) -> None:
    for site in (small.site, haqqani.site):
        for answer in ask(site, *({"query": q} for q in HOSTILE)):
            for group in answer["items"]:
                for item in group:
                    shown = " ".join([item["title"], item["text"], *item["tags"]])
                    assert "<" not in re.sub(r"</?mark>", "", shown), shown


@needs_node
def test_a_script_in_an_alias_is_found_and_shown_as_text(small: Paths) -> None:
    (answer,) = ask(small.site, {"query": "script alert"})
    assert first_pages(answer)[0] == "actors/minister/"
    assert "&#60;<mark>script</mark>&#62;" in json.dumps(answer)


@needs_node
def test_suggestions_only_for_plain_words(haqqani: Paths) -> None:
    # Material's suggestion line repeats the query (which ?q= in the address can fill)
    # and is written with innerHTML in its sources; 9.8.1 escapes it. Whatever the
    # version, a query with markup in it gets no suggestion.
    plain, marked = ask(
        haqqani.site, {"query": "Haqq"}, {"query": "<img src=x onerror=alert(1)> Haqq"}
    )
    assert plain.get("suggest") == ["haqqani"]
    assert "suggest" not in marked


def test_a_desk_can_switch_back_to_materials_search(tmp_path: Path) -> None:
    paths = fixture_project(tmp_path, SMALL_DATA)
    config = yaml.safe_load(paths.config.read_text(encoding="utf-8"))
    config["plugins"] = [
        p if p != "explainer" else {"explainer": {"search": "material"}} for p in config["plugins"]
    ]
    paths.config.write_text(yaml.safe_dump(config), encoding="utf-8")
    generate(paths)
    build_site(paths)
    index = json.loads((paths.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert "explainer" not in index["config"] and len(index["docs"]) > 10
    home = (paths.site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'"search": "assets/javascripts/workers/search\.\w+\.min\.js"', home)
    assert not (paths.site / "search" / "explainer").exists()
    assert '"search.result.other": "# matching documents"' in home


@needs_node
def test_an_actor_comes_before_an_article_of_its_own_name(tmp_path: Path) -> None:
    """New user 9's group's own press release, whose outlet is the group, came first for the
    group's name: a page's own name ranks above another page's outlet (or alias)."""
    data = tmp_path / "data"
    shutil.copytree(SMALL_DATA, data)
    edit(data, "sources/wire-2011-09-15.yaml", "outlet: Example Wire", "outlet: The Group")
    # its release's headline names the group too, as a release's does
    edit(data, "sources/wire-2011-09-15.yaml", "Minister rejects", "The Group rejects")
    paths = build_fixture_site(tmp_path / "site", data)
    group, outlet = ask(paths.site, {"query": "The Group"}, {"query": "The Group rejects"})
    assert first_pages(group)[:1] == ["actors/the-group/"]
    assert first_pages(outlet)[:1] == ["sources/wire-2011-09-15/"]  # its headline still finds it
