"""A text capture as an editor pastes it from a news page: the site's name, its menus and
section names above the headline, a standfirst, a byline, a date line. Every article here
is made up (found by a new user on captures of other stories)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.ingest.article import date_of_line, read_article

WIRE_PAGE = """Skip to main content
HARBOUR WIRE
U.S. News  World  Politics  Business
Senators demand answers after fire at a battery recycling plant
By JANE MARLOWE
Published 4:12 PM EST, March 3, 2026
Share
SALEM, Ore. (AP) — Two senators on Tuesday demanded that the company explain the fire.

"People were told this plant was safe," one of them said.
"""

FEATURE = """The Valley Review
Features
The town that caught fire, and the town that is afraid it will
A recycler says it can make the boom clean. Two towns are not so sure.
By Tomas Reyes
March 15, 2026
12 min read

On the night of February 14, Luis Ortega was driving home when he saw the glow.
"""


def test_the_headline_is_the_longest_line_before_the_byline_and_the_date_line_dates_it(
    tmp_path: Path,
) -> None:
    page = tmp_path / "wire.txt"
    page.write_text(WIRE_PAGE, encoding="utf-8")
    article = read_article(page)  # no --published: the date line gives it
    assert article.headline == "Senators demand answers after fire at a battery recycling plant"
    assert article.published == dt.date(2026, 3, 3)
    # the site it was read on, its name above the headline; the agency is its wire
    assert (article.wire, article.outlet) == ("AP", "Harbour Wire")
    assert article.paragraphs[0].text.startswith("SALEM, Ore. (AP)")
    assert ("Published 4:12 PM EST, March 3, 2026", "the story's date line") in article.dropped


def test_a_wires_banner_with_a_dash_is_no_dateline_above_the_headline(tmp_path: Path) -> None:
    """New user 12: "AAW — Australian Associated Wire" above the headline was read as a
    dateline, which starts the story: no headline, and no date from the date line."""
    page = tmp_path / "capture.txt"
    page.write_text(
        "KNA — Kestrel News Agency\nHome | Region | Sport\n\n"
        "Harbour board delays vote on the dredging contract until spring\n\n"
        "By Ama Mensah\n14 March 2025, 9:40 am\n\n"
        "KESTREL, March 14 (KNA) - The harbour board on Thursday delayed its vote on the"
        " dredging contract, its chair said.\n",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.headline == "Harbour board delays vote on the dredging contract until spring"
    assert article.published == dt.date(2025, 3, 14)


def test_a_standfirst_is_kept_apart_and_the_outlets_name_is_no_headline(tmp_path: Path) -> None:
    page = tmp_path / "feature.txt"
    page.write_text(FEATURE, encoding="utf-8")
    article = read_article(page, outlet="The Valley Review")
    assert article.headline == "The town that caught fire, and the town that is afraid it will"
    assert article.published == dt.date(2026, 3, 15)
    assert [(p.label, p.text[:12]) for p in article.paragraphs] == [
        ("standfirst", "A recycler s"),
        (None, "On the night"),
    ]
    assert ("The Valley Review", "the outlet's name") in article.dropped


@pytest.mark.parametrize(
    "line, day",
    [
        ("Published 4:12 PM EST, March 3, 2026", dt.date(2026, 3, 3)),
        ("Updated 3 March 2026 10:02", dt.date(2026, 3, 3)),
        ("Tuesday, Sept. 26, 2011", dt.date(2011, 9, 26)),
        ("2026-03-03", dt.date(2026, 3, 3)),
        ("March 3, 2026, the council voted to close the bridge.", None),  # a sentence
        ("February 30, 2026", None),
    ],
)
def test_a_date_line_is_only_a_date(line: str, day: dt.date | None) -> None:
    assert date_of_line(line) == day


def test_an_article_data_has_is_named_and_another_of_that_outlet_and_day_gets_its_own_id(
    tmp_path: Path,
) -> None:
    page = tmp_path / "wire.txt"
    page.write_text(WIRE_PAGE, encoding="utf-8")
    (tmp_path / "data" / "sources").mkdir(parents=True)
    (tmp_path / "data" / "sources" / "harbour-wire-2026-03-03.yaml").write_text(
        "id: harbour-wire-2026-03-03\noutlet: Harbour Wire\nheadline: Senators demand answers after fire at a"
        " battery recycling plant\npublished: 2026-03-03\n",
        encoding="utf-8",
    )
    folders = ["--data", str(tmp_path / "data"), "--drafts", str(tmp_path / "drafts")]
    assert main(["ingest", str(page), *folders, "-q"]) == 0
    review = (tmp_path / "drafts" / "harbour-wire-2026-03-03" / "REVIEW.md").read_text(
        encoding="utf-8"
    )
    assert "already in data/: sources/harbour-wire-2026-03-03.yaml is this article" in review
    other = tmp_path / "other.txt"
    other.write_text(
        WIRE_PAGE.replace("Senators demand answers", "Regulators open inquiry"), encoding="utf-8"
    )
    assert main(["ingest", str(other), *folders, "-q"]) == 0
    assert (
        tmp_path
        / "drafts"
        / "harbour-wire-2026-03-03-2"
        / "sources"
        / "harbour-wire-2026-03-03-2.yaml"
    ).is_file()


def test_a_saved_pages_canonical_link_is_its_address(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise - The Harbour Gazette</title>"
        '<link rel="canonical" href="https://www.harbourgazette.example/news/ferry-fares">'
        '<meta property="og:site_name" content="The Harbour Gazette"></head><body><article>'
        "<h1>Ferry fares to rise</h1><p>The ferry operator said on Monday that fares would rise"
        " by a fifth from April, blaming the cost of fuel.</p><p>Passengers' groups said the"
        " rise would hit island families hardest.</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_article(page, published=dt.date(2026, 2, 10))
    assert article.url == "https://www.harbourgazette.example/news/ferry-fares"


def test_an_event_told_in_the_dateline_sentence_is_placed_at_the_dateline_as_a_guess(
    tmp_path: Path,
) -> None:
    article = tmp_path / "vote.txt"
    article.write_text(
        "Harbour levy passes\n"
        "WELLSPORT - The harbour board voted on Tuesday to raise the mooring levy.\n"
        "The levy was first proposed in March, board members said.\n",
        encoding="utf-8",
    )
    (tmp_path / "data").mkdir()
    folders = ["--data", str(tmp_path / "data"), "--drafts", str(tmp_path / "drafts")]
    args = ["--published", "2026-06-04", "--outlet", "Coast Times", *folders, "-q"]
    assert main(["ingest", str(article), *args]) == 0
    events = {
        p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in (tmp_path / "drafts").rglob("events/*.yaml")
    }
    placed = {record["title"]: record.get("place") for record in events.values()}
    assert placed == {
        "The harbour board voted to raise the mooring levy": "Wellsport",
        "The levy was first proposed": None,  # not the dateline's sentence: no guess
    }
    voted = next(r for r in events.values() if r.get("place"))
    assert "place: the dateline, where the story was filed from" in voted["draft"]


def test_a_papers_name_above_the_headline_of_a_capture_is_its_outlet(tmp_path: Path) -> None:
    capture = tmp_path / "capture.txt"
    capture.write_text(
        "Skip to main content\nThe Wellsport Evening Post\nLocal News\n"
        "Harbour board raises mooring levy\nBy Jane Okoro\nJune 4, 2026\n"
        "WELLSPORT - The harbour board voted on Tuesday to raise the mooring levy.\n",
        encoding="utf-8",
    )
    article = read_article(capture)
    assert (article.outlet, article.headline) == (
        "The Wellsport Evening Post",
        "Harbour board raises mooring levy",
    )
    assert "outlet: 'The Wellsport Evening Post', the name above the headline" in article.guesses
    given = read_article(capture, outlet="Evening Post")  # --outlet wins
    assert given.outlet == "Evening Post"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By JANE MARLOWE", ["Jane Marlowe"]),
        ("By Ana Ruiz and Tom Hale, The Valley Gazette", ["Ana Ruiz", "Tom Hale"]),
        ("BY ANA RUIZ AND TOM HALE | Staff writers", ["Ana Ruiz", "Tom Hale"]),
        ("By Jan van der Berg", ["Jan van der Berg"]),
        ("By Staff Reporters", []),  # a desk, not a writer
        ("By The Associated Press", []),
    ],
)
def test_the_byline_names_the_sources_authors(
    tmp_path: Path, byline: str, authors: list[str]
) -> None:
    page = tmp_path / "story.txt"
    page.write_text(WIRE_PAGE.replace("By JANE MARLOWE", byline), encoding="utf-8")
    article = read_article(page)
    assert article.authors == authors
    assert (article.authors != []) == any(g.startswith("authors:") for g in article.guesses)


def test_a_saved_pages_author_field_names_its_authors_and_the_draft_keeps_them(
    tmp_path: Path,
) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise</title>"
        '<meta name="author" content="Priya Natarajan; Owen Blake"></head><body><article>'
        "<h1>Ferry fares to rise</h1><p>The ferry operator said on Monday that fares would rise"
        " by a fifth from April, blaming the cost of fuel.</p><p>Passengers' groups said the"
        " rise would hit island families hardest.</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_article(page, published=dt.date(2026, 2, 10)).authors == [
        "Priya Natarajan",
        "Owen Blake",
    ]
    (tmp_path / "data").mkdir()
    folders = ["--data", str(tmp_path / "data"), "--drafts", str(tmp_path / "drafts")]
    args = ["--published", "2026-02-10", "--outlet", "Harbour Gazette", *folders, "-q"]
    assert main(["ingest", str(page), *args]) == 0
    (draft,) = (tmp_path / "drafts").glob("*/sources/*.yaml")
    assert yaml.safe_load(draft.read_text(encoding="utf-8"))["authors"] == [
        "Priya Natarajan",
        "Owen Blake",
    ]


def test_a_second_article_of_an_outlet_and_day_gets_its_own_set_while_the_first_is_drafted(
    tmp_path: Path,
) -> None:
    (tmp_path / "data").mkdir()
    folders = ["--data", str(tmp_path / "data"), "--drafts", str(tmp_path / "drafts")]
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(WIRE_PAGE, encoding="utf-8")
    second.write_text(
        WIRE_PAGE.replace("Senators demand answers", "Regulators open inquiry"), encoding="utf-8"
    )
    assert main(["ingest", str(first), *folders, "-q"]) == 0  # not accepted: still drafts
    assert main(["ingest", str(second), *folders, "-q"]) == 0
    sets = sorted(p.name for p in (tmp_path / "drafts").iterdir())
    assert sets == ["harbour-wire-2026-03-03", "harbour-wire-2026-03-03-2"]
    # the same article again is its set's, under review: refused, saying so
    assert main(["ingest", str(first), *folders, "-q"]) == 2


def test_quiet_ingest_says_only_where_the_drafts_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").mkdir()
    page = tmp_path / "wire.txt"
    page.write_text(WIRE_PAGE, encoding="utf-8")
    folders = ["--data", str(tmp_path / "data"), "--drafts", str(tmp_path / "drafts")]
    assert main(["ingest", str(page), *folders, "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Drafts in ") and out.count("\n") == 1  # the list is in REVIEW.md
    assert (
        "headline:" in (tmp_path / "drafts" / "harbour-wire-2026-03-03" / "REVIEW.md").read_text()
    )


PAGE_IN_LATIN_1 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Caf\xe9 owners win a reprieve</title></head><body><article>
<h1>Caf\xe9 owners win a reprieve</h1>
<p>The council gave the caf\xe9 owners of the old market six more months, Ren\xe9e Dubois said.</p>
<p>The market hall will be repaired over the winter and open again by the spring.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "content, note",
    [
        (PAGE_IN_LATIN_1.encode("latin-1"), "read as iso-8859-1, as the page declares"),
        (  # Notepad's "Unicode": UTF-16 with its byte-order mark
            "Caf\xe9 owners win\n\nThe council gave the caf\xe9 owners six more months.\n".encode(
                "utf-16"
            ),
            None,
        ),
        (  # a capture saved by an older Windows editor: no declaration, Windows-1252
            "Caf\xe9 owners win\n\nThe council gave the caf\xe9 owners \u201csix months\u201d.\n".encode(
                "cp1252"
            ),
            "read as Windows-1252",
        ),
    ],
)
def test_an_article_not_in_utf_8_is_read_in_its_encoding_and_says_how(
    tmp_path: Path, content: bytes, note: str | None
) -> None:
    suffix = ".html" if content.lstrip().startswith(b"<html") else ".txt"
    page = tmp_path / f"in{suffix}"
    page.write_bytes(content)
    article = read_article(page, published=dt.date(2026, 2, 10))
    assert "café owners" in " ".join(p.text for p in article.paragraphs)
    said = [g for g in article.guesses if g.startswith("encoding:")]
    assert (note in said[0]) if note else not said


@pytest.mark.parametrize(
    "line, wire",
    [
        ("KESTON, March 3 (Nordwire) - The port reopened on Monday, officials said.", "Nordwire"),
        (
            "This story was provided by Harbour Wire and is republished by The Courier.",
            "Harbour Wire",
        ),
        ("SACRAMENTO, Calif. (AP) - The state sued on Monday.", "AP"),
        ("SACRAMENTO, Calif. - The state sued on Monday.", None),  # a state, no agency
    ],
)
def test_the_agency_a_dateline_or_a_credit_line_names_is_the_wire(
    line: str, wire: str | None
) -> None:
    from generator.ingest.article import wire_of

    assert wire_of(line) == wire


def test_a_dated_dateline_is_the_place_and_its_agency_the_wire_not_a_credit_line(
    tmp_path: Path,
) -> None:
    page = tmp_path / "in.txt"
    page.write_text(
        "Keston port reopens\n\n"
        "KESTON, March 3 (Nordwire) - The harbour board will reopen the port, its chair"
        " said on Tuesday.\n\n"
        "The board closed the port after the storm of February 20, the chair said.\n\n"
        "(Reporting by Ana Ruiz; Editing by Tom Hale)\n"
    )
    article = read_article(page, published=dt.date(2026, 3, 3), outlet="The Keston Courier")
    assert (article.wire, article.dateline) == ("Nordwire", "Keston")
    own = tmp_path / "own.txt"  # the outlet's own dateline names no wire
    own.write_text("Port reopens\n\nKESTON (Courier) - The port reopened, the board said.\n")
    assert read_article(own, published=dt.date(2026, 3, 3), outlet="Courier").wire is None


def test_a_press_release_gives_its_day_headline_and_body_without_its_marks(
    tmp_path: Path,
) -> None:
    """A release has no date line: its dateline carries the day, day first; its own marks
    and the sender's boilerplate are no part of the story."""
    release = tmp_path / "release.txt"
    release.write_text(
        "KESTON DOCKERS' UNION\nPRESS RELEASE\nFOR IMMEDIATE RELEASE\n\n"
        "Dockers take port levy to the harbour tribunal\n\n"
        "KESTON, 3 March 2025 - The Keston Dockers' Union today filed a complaint against"
        " the new mooring levy with the harbour tribunal.\n\n"
        '"The levy doubles our costs overnight," said Ana Veld, the union\'s chair.\n\n'
        "About the Keston Dockers' Union: Founded in 1921, the union represents 900 dockers"
        " on the Keston quays.\n\n-ENDS-\n\nNotes to editors\n\nSpokespeople are available"
        " for interview.\n\nAbout the Keston Dockers' Union\n\nThe union was founded in"
        " 1921.\n",
        encoding="utf-8",
    )
    article = read_article(release)
    # its sender above the headline, not the "FOR IMMEDIATE RELEASE" under it
    assert article.outlet == "Keston Dockers' Union"
    assert article.published == dt.date(2025, 3, 3) and article.dateline == "Keston"
    assert article.headline == "Dockers take port levy to the harbour tribunal"
    assert [p.text[:20] for p in article.paragraphs] == [
        "KESTON, 3 March 2025",
        '"The levy doubles ou',
    ]
    dropped = dict(article.dropped)
    assert dropped["FOR IMMEDIATE RELEASE"] == "a press release's mark"
    # from the release's end, and from the sender's "About …", none is the story
    assert (
        dropped["-ENDS-"]
        == dropped["The union was founded in 1921."]
        == ("the sender's part, after the story")
    )


def test_a_wire_storys_credits_give_its_author_and_a_correction_is_labelled(
    tmp_path: Path,
) -> None:
    story = tmp_path / "wire.txt"
    story.write_text(
        "Keston port levy doubled\n\n"
        "KESTON, May 2 (Nordwire) - The harbour board doubled the mooring levy on Friday.\n\n"
        "The dockers' union said it would appeal.\n\n"
        "(Reporting by Lena Novak and Piet Sandor; Editing by Ruth Abbas)\n\n"
        "An earlier version of this story misstated the levy. It is 40 crowns, not 30.\n",
        encoding="utf-8",
    )
    article = read_article(story, published=dt.date(2025, 5, 2))
    assert article.authors == ["Lena Novak", "Piet Sandor"]  # not the editor
    assert [(p.text[:20], p.label) for p in article.paragraphs] == [
        ("KESTON, May 2 (Nordw", None),
        ("The dockers' union s", None),
        ("An earlier version o", "correction"),
    ]


def test_a_release_mark_above_the_headline_names_no_outlet(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(
        "FOR IMMEDIATE RELEASE\n\nDockers take port levy to the harbour tribunal\n\n"
        "KESTON, 3 March 2025 - The Keston Dockers' Union today filed a complaint.\n",
        encoding="utf-8",
    )
    article = read_article(release)
    assert article.outlet is None
    assert article.headline == "Dockers take port levy to the harbour tribunal"


def test_an_article_data_has_under_its_own_id_is_cited_there_as_data_numbers_it(
    tmp_path: Path,
) -> None:
    """An article ingested again drafted a second source under outlet-date, and every draft
    cited that copy: accepting them split the article's citations over two records. The
    drafts now cite data/'s record, by data/'s paragraph numbers (an editor had split the
    dateline's paragraph in two), and no source is drafted."""
    page = tmp_path / "wire.txt"
    page.write_text(WIRE_PAGE, encoding="utf-8")
    (tmp_path / "data" / "sources").mkdir(parents=True)
    (tmp_path / "data" / "sources" / "plant-fire.yaml").write_text(
        "id: plant-fire\noutlet: Harbour Wire\nheadline: Senators demand answers after fire at a"
        " battery recycling plant\npublished: 2026-03-03\nparagraphs:\n"
        "  - {n: 1, text: 'SALEM, Ore. (AP) —'}\n"
        "  - {n: 2, text: Two senators on Tuesday demanded that the company explain the fire.}\n"
        "  - {n: 3, text: '\"People were told this plant was safe,\" one of them said.'}\n",
        encoding="utf-8",
    )
    folders = ["--data", str(tmp_path / "data"), "--drafts", str(tmp_path / "drafts")]
    assert main(["ingest", str(page), *folders, "-q"]) == 0
    drafts = tmp_path / "drafts" / "plant-fire"
    assert not (drafts / "sources").exists()
    assert not (tmp_path / "drafts" / "harbour-wire-2026-03-03").exists()
    quotes = yaml.safe_load((drafts / "quotes.yaml").read_text(encoding="utf-8"))["quotes"]
    assert [q["claim"]["cite"] for q in quotes] == [{"source": "plant-fire", "paragraphs": [3]}]
    assert "no source is drafted" in (drafts / "REVIEW.md").read_text(encoding="utf-8")


def test_a_press_release_gives_its_sender_and_its_day_after_the_place(tmp_path: Path) -> None:
    """New user 10's release was refused for want of a date ("Errenteria-Ibarra, 21 April
    2026" under the headline), and its sender's name, above its marks, was no outlet."""
    page = tmp_path / "release.txt"
    page.write_text(
        "Cofradía de Pescadores San Telmo\n\nPRESS RELEASE\n\n"
        "Fishermen take the dredging permit to the High Court\n\n"
        "San Sebastián, 21 April 2026\n\n"
        "The fishermen's association lodged an appeal on Monday against the permit.\n",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.published == dt.date(2026, 4, 21)
    assert article.outlet == "Cofradía de Pescadores San Telmo"
    assert article.headline == "Fishermen take the dredging permit to the High Court"
    assert date_of_line("The council met on 21 April 2026") is None  # a sentence


def test_a_byline_in_capitals_before_its_agency_names_the_writer() -> None:
    """New user 11's AP byline, "By JENNIFER MORALES Associated Press", gave no author."""
    from generator.ingest.article import authors_of

    assert authors_of("By JENNIFER MORALES Associated Press") == ["Jennifer Morales"]
    assert authors_of("BY ANA RUIZ AND TOM HALE") == ["Ana Ruiz", "Tom Hale"]


def test_a_caption_set_in_the_story_is_labelled_and_dates_no_event(tmp_path: Path) -> None:
    """New user 13's "Photo: Swimmers at the centre, which opened in 1974." was body text and
    a drafted event of 1974."""
    page = tmp_path / "capture.txt"
    page.write_text(
        "Council to close the baths\n\nBy Ana Ruiz\n14 March 2025\n\n"
        "The city council voted on Tuesday to close the Mill Lane baths next year.\n\n"
        "Photo: Swimmers at the Mill Lane baths, which opened in 1974.\n\n"
        "The baths' roof failed an inspection last month, the council said.\n",
        encoding="utf-8",
    )
    drafts = tmp_path / "drafts"
    assert (
        main(["ingest", str(page), "--data", str(tmp_path / "data"), "--drafts", str(drafts), "-q"])
        == 0
    )
    (folder,) = drafts.iterdir()
    source = yaml.safe_load((folder / "sources" / f"{folder.name}.yaml").read_text())
    caption = next(p for p in source["paragraphs"] if p["text"].startswith("Photo:"))
    assert caption.get("label") == "photo caption"
    events = "".join(p.read_text() for p in (folder / "events").glob("*.yaml"))
    assert "1974" not in events


def test_a_sites_own_name_in_its_author_field_is_no_writer(tmp_path: Path) -> None:
    """New user 13's wire page named itself, "Newswire Ireland", as its author."""
    page = tmp_path / "wire.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise</title>"
        '<meta property="og:site_name" content="Kestrel Newswire">'
        '<meta name="author" content="Kestrel Newswire"></head><body><article>'
        "<h1>Ferry fares to rise</h1><p>The ferry operator said on Monday that fares would rise"
        " by a fifth from April, blaming the cost of fuel.</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_article(page, published=dt.date(2026, 2, 10)).authors == []
