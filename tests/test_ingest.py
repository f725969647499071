"""`explainer ingest`: one test per news convention, bad input, and the drafts it writes."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.ingest.actors import ActorIndex, Known, Proposed, forms_of, named_in, proposal
from generator.ingest.article import IngestError, furniture_reason, read_article
from generator.ingest.dates import DateGuess, find_dates
from generator.ingest.matches import Existing, matching_actor, matching_event
from generator.ingest.proposals import id_of, title_of
from generator.ingest.quotes import find_quotes, sentences
from helpers import REPO

SOURCES = REPO / "tests" / "fixtures" / "ingest"
THURSDAY = dt.date(2011, 9, 15)  # the publication dates of the two articles
MONDAY = dt.date(2011, 9, 26)

ACTORS = ActorIndex(
    [
        Known("janjua", ("Tehmina Janjua",)),
        Known("ministry", ("Pakistan Foreign Ministry",)),
        Known("panetta", ("Leon Panetta", "Panetta")),
        Known("officials", ("Two Pakistani military officials",)),
        Known("official", ("A Pakistani military official",)),
        Known("embassy", ("U.S. Embassy in Pakistan", "U.S. embassy")),
        Known("us", ("United States", "U.S.")),
        Known("unnamed", ("U.S. officials (unnamed)",)),
        Known("others", ("Other militant groups in Pakistan",)),
    ]
)


def ingest(*args: object) -> int:
    """`explainer ingest` with these arguments; its exit code."""
    return main(["ingest", *map(str, args)])


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


# --- the article: furniture and structure ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Watch CBS News",
        "View CBS News In",
        "Get browser notifications for breaking news, live events, and exclusive reporting.",
        "Sign up for our newsletter",
        "We use cookies to improve your experience.",
        'Clinton: Kabul attackers will be "dealt with"',  # a related story's headline
        "Kabul attack a bad sign for Afghan security",
        "Chrome Safari Continue",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "The decision was made by senior Pakistani generals on Sunday, the officials said.",
        '"We are not in a position to undertake an operation at this point," he said.',
        "Stroh did not say whether they discussed it.",
    ],
)
def test_running_text_is_kept(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    "after", ["By Lena Ortiz", "SPRINGFIELD — The county board voted on Monday to close it."]
)
def test_a_long_first_line_before_a_byline_or_dateline_is_the_headline(
    tmp_path: Path, after: str
) -> None:
    # long enough to read as running text, but it ends no sentence and opens the story
    headline = "County board votes to close Springfield library branch as readers protest plan"
    page = write(
        tmp_path,
        "a.txt",
        f"{headline}\n\n{after}\n\nSPRINGFIELD — The county board voted on Monday to"
        " close the branch, its chair said.\n",
    )
    article = read_article(page, published=dt.date(2024, 5, 7))
    assert article.headline == headline
    assert not any(p.text == headline for p in article.paragraphs)


def test_a_text_capture_becomes_numbered_paragraphs_and_nothing_is_lost(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "a.txt",
        "Watch Example News\n\nRiver talks stall\n\nGENEVA - Delegates left the talks on "
        "Monday without a deal, officials said.\n\nRelated: Dam opens\nDam opens early\n\n"
        "The next round is set for March, a spokesman said.\n\nGet notifications for "
        "breaking news.\n",
    )
    article = read_article(page, published=dt.date(2020, 3, 4))
    assert article.headline == "River talks stall"
    assert article.outlet == "Example News" and article.dateline == "Geneva"
    assert [p.text[:12] for p in article.paragraphs] == ["GENEVA - Del", "The next rou"]
    assert {line for line, _ in article.dropped} == {
        "Watch Example News",
        "Related: Dam opens",
        "Dam opens early",
        "Get notifications for breaking news.",
    }


def test_story_highlights_and_captions_are_kept_with_a_label(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "b.txt",
        "Headline here\n\nThe minister (L) speaks to reporters in the capital on Friday.\n\n"
        "Story highlights\n\n  • Talks end without a deal\n  • Next round in March\n"
        "The talks ended on Friday without a deal, delegates said.\n",
    )
    article = read_article(page, published=dt.date(2020, 3, 4))
    assert [(p.label, p.text) for p in article.paragraphs] == [
        ("photo caption", "The minister (L) speaks to reporters in the capital on Friday."),
        ("story highlight", "Talks end without a deal"),
        ("story highlight", "Next round in March"),
        (None, "The talks ended on Friday without a deal, delegates said."),
    ]


def test_a_saved_page_keeps_its_article_and_lists_the_rest() -> None:
    article = read_article(SOURCES / "cnn-2011-09-26.html")
    assert article.published == MONDAY and article.outlet == "CNN"
    assert article.paragraphs[0].text.startswith("The Pakistani Army has decided")
    dropped = {line for line, _ in article.dropped}
    assert (
        "Accept all cookies" in dropped
        and "Share on Facebook Share on Twitter Email Print" in dropped
    )
    assert not [p for p in article.paragraphs if "cookies" in p.text or "newsletter" in p.text]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty"),
        (b"  \n\n", "the file is empty"),
        (b"%PDF-1.7\n...", "a PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data"),
        (b"<html><body><nav>Home</nav><p>Menu</p></body></html>", "no article text found"),
        (
            b"Headline\n\nThe talks ended without a deal, delegates said on Friday.\n",
            "no publication date found",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    page = write(tmp_path, "in.txt", content)
    with pytest.raises(IngestError, match=message):
        read_article(page)
    code = ingest(page, "--data", tmp_path / "data", "--drafts", tmp_path / "drafts")
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and message in err
    assert not (tmp_path / "drafts").exists()


# --- quotes -----------------------------------------------------------------------------


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    found, _, _ = find_quotes(list(paragraphs), ACTORS)
    return [(q.text, q.actor) for q in found]


def test_said_after_the_quote_names_the_speaker() -> None:
    assert quotes_of('"We will act," said Leon Panetta.') == [("We will act", "panetta")]


def test_the_speaker_before_said_after_the_quote() -> None:
    assert quotes_of('"We will act," Panetta told reporters.') == [("We will act", "panetta")]


def test_the_speaker_said_before_the_quote_and_a_role_leads_to_the_person() -> None:
    text = (
        "Pakistan Foreign Ministry spokeswoman Tehmina Janjua said Thursday that the remarks"
        ' were "out of line with the cooperation."'
    )
    assert quotes_of(text) == [("out of line with the cooperation.", "janjua")]


def test_according_to_names_the_speaker() -> None:
    assert quotes_of('The talks "went well," according to the U.S. embassy.') == [
        ("went well", "embassy")
    ]


def test_he_said_is_the_speaker_named_before_even_without_a_quote() -> None:
    text = (
        "The army is stretched too thin, one of the officials said. "
        '"We are not in a position to act," he said.'
    )
    assert quotes_of("Two military officials told CNN on Monday.", text) == [
        ("We are not in a position to act", "officials")
    ]


def test_a_description_prefers_who_spoke_and_agrees_in_number() -> None:
    assert quotes_of(
        "U.S. officials met. Two military officials told CNN on Monday.",
        '"A conspiracy," one of the officials said.',
        'The official accused Washington of using Pakistan as a "scapegoat".',
    ) == [("A conspiracy", "officials"), ("scapegoat", "officials")]


def test_a_quotation_that_runs_on_keeps_its_speaker_and_may_span_sentences() -> None:
    assert quotes_of(
        '"It will send a message," Panetta said. "Differences do not come in the way."',
        'The army said that Wynne "expressed concern. He stressed the irritants."',
    ) == [
        ("It will send a message", "panetta"),
        ("Differences do not come in the way.", "panetta"),
        ("expressed concern. He stressed the irritants.", None),
    ]


def test_an_unknown_speaker_is_proposed_with_the_role_the_article_gives() -> None:
    _, proposed, _ = find_quotes(['"No," said Interior Ministry spokesman Ali Raza.'], ACTORS)
    assert [(p.name, p.role) for p in proposed] == [("Ali Raza", "Interior Ministry spokesman")]
    assert proposal("Water Minister Kasia Nowak") == Proposed(
        "Kasia Nowak", "Water Minister", "Water Minister Kasia Nowak"
    )
    assert proposal("Gen. Ana Ruiz").role == ""  # type: ignore[union-attr]
    assert proposal("the ministry") is None


def test_a_name_in_apposition_is_the_speaker_not_its_role() -> None:
    assert quotes_of(
        "Leon Panetta, the defence secretary, said talks would go on.",
        '"Nobody wants a crisis," he said.',
    ) == [("Nobody wants a crisis", "panetta")]


def test_sentences_do_not_break_after_initialisms_or_titles() -> None:
    assert sentences("The U.S. Embassy said so. Gen. Mattis met Kayani. It ended.") == [
        "The U.S. Embassy said so.",
        "Gen. Mattis met Kayani.",
        "It ended.",
    ]
    # every title ingest knows, as it knows them for names (text.names.HONORIFICS)
    assert sentences("Brig. Ana Ruiz and Amb. Tom Hale met Insp. Lee. It ended.") == [
        "Brig. Ana Ruiz and Amb. Tom Hale met Insp. Lee.",
        "It ended.",
    ]


# --- actors -----------------------------------------------------------------------------


def test_names_are_found_in_any_case_and_a_longer_name_wins() -> None:
    text = "The U.S. embassy said U.S. officials met other militant groups."
    assert named_in(text, ACTORS) == ["embassy", "unnamed", "others"]


def test_a_name_has_the_forms_an_article_writes() -> None:
    assert forms_of("U.S. officials (unnamed)") == ["U.S. officials (unnamed)", "U.S. officials"]
    assert forms_of("Other militant groups in Pakistan")[-1] == "Other militant groups"
    assert forms_of("Army of Pakistan") == ["Army of Pakistan"]  # too short without its place


# --- dates ------------------------------------------------------------------------------


def dated(
    sentence: str, published: dt.date = MONDAY
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (g.words, g.date.isoformat() if g.date else None, g.precision, g.status)
        for g in find_dates([sentence], published)
    ]


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("The ministry warned Thursday.", THURSDAY, ("Thursday", "2011-09-15", "day", None)),
        ("On Wednesday, officials said so.", THURSDAY, ("On Wednesday", "2011-09-14", "day", None)),
        (
            "The meeting will be held on Thursday.",
            MONDAY,
            ("on Thursday", "2011-09-29", "day", "scheduled"),
        ),
        (
            "Gilani called for a meeting on Thursday.",
            MONDAY,
            ("on Thursday", "2011-09-29", "day", "scheduled"),
        ),
        (
            "She speaks when she addresses the assembly on Tuesday.",
            MONDAY,
            ("on Tuesday", "2011-09-27", "day", "scheduled"),
        ),
        ("He made allegations last week.", MONDAY, ("last week", "2011-09-19", "week", None)),
        (
            "After this week's attack, talks stalled.",
            THURSDAY,
            ("this week's", "2011-09-12", "week", None),
        ),
        (
            "The attack two weeks ago shocked them.",
            MONDAY,
            ("two weeks ago", "2011-09-12", "week", None),
        ),
        (
            "Leaders met over the weekend.",
            MONDAY,
            ("over the weekend", "2011-09-24", "weekend", None),
        ),
        ("It rained three days ago.", MONDAY, ("three days ago", "2011-09-23", "day", None)),
        ("The law passed on June 28.", MONDAY, ("June 28", "2011-06-28", "day", None)),
        ("Talks resume next month.", MONDAY, ("next month", "2011-10-01", "month", "scheduled")),
        ("Strikes have gone on since 2008.", MONDAY, ("since 2008", "2008-01-01", "since", None)),
        ("It recalled a 2009 assault.", MONDAY, ("2009", "2009-01-01", "year", None)),
    ],
)
def test_each_date_rule(sentence: str, published: dt.date, expected: tuple) -> None:
    assert dated(sentence, published) == [expected]


def test_vague_and_relative_expressions_are_noted_without_a_date() -> None:
    found = find_dates(["It came a day after the vote, and in recent months tension grew."], MONDAY)
    assert [(g.words, g.date) for g in found] == [("a day after", None), ("in recent months", None)]
    assert all(g.note for g in found)


def test_a_number_is_not_a_year() -> None:
    assert dated("It gave $2011 million and 20,000 troops to 1,999 towns.") == []


# --- the drafts ---------------------------------------------------------------------------


def test_ingest_writes_reviewable_drafts_and_touches_nothing_in_data(
    tmp_path: Path, capsys
) -> None:
    data = REPO / "tests" / "fixtures" / "haqqani" / "data"
    before = {p: p.stat().st_mtime_ns for p in data.rglob("*")}
    article = SOURCES / "cbs-2011-09-15-pakistan-hits-back.txt"
    code = ingest(
        article, "--published", "2011-09-15", "--data", data, "--drafts", tmp_path / "drafts"
    )
    out = capsys.readouterr().out
    assert code == 0 and "Watch CBS News" in out and "“out of line" in out
    # data/ has this article as cbs-2011-09-15: the drafts cite that record (they had cited
    # a second, drafted as cbs-news-2011-09-15), and no source is drafted
    folder = tmp_path / "drafts" / "cbs-2011-09-15"
    assert not (folder / "sources").exists() and "no source is drafted" in out
    quotes = yaml.safe_load((folder / "quotes.yaml").read_text())["quotes"]
    quotes = [q for q in quotes if q["claim"]["kind"] == "quote"]  # not the paraphrases
    assert {"speaker": "tehmina-janjua", "kind": "quote"}.items() <= quotes[0]["claim"].items()
    assert quotes[0]["draft"].startswith("speaker guessed")
    # data/ has this article: each event it dates is one data/ cites it for, an update
    assert not (folder / "events").exists()
    first = sorted((folder / "updates" / "events").glob("*.yaml"))[0]
    update = yaml.safe_load(first.read_text())
    assert update["update"] == f"events/{first.stem}" and update["draft"]
    assert update["cite"][0]["source"] == "cbs-2011-09-15"
    assert {p: p.stat().st_mtime_ns for p in data.rglob("*")} == before
    # A second run never overwrites the drafts under review.
    again = ingest(
        article, "--published", "2011-09-15", "--data", data, "--drafts", tmp_path / "drafts"
    )
    assert again == 2 and "exists already" in capsys.readouterr().err


def test_a_hostile_article_gives_drafts_that_are_data_not_code(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "h.txt",
        'Headline\n\nX - "<script>alert(1)</script>\nstill," said Evil Person: on Monday.\n'
        "# not: a comment\n\nThe talks ended on Friday without a deal, delegates said.\n",
    )
    code = ingest(
        page,
        "--published",
        "2020-03-04",
        "--data",
        tmp_path / "data",
        "--drafts",
        tmp_path / "d",
        "-q",
    )
    assert code == 0  # main() turns a crash into exit 3: it must not pass for one
    [folder] = (tmp_path / "d").iterdir()  # named after the outlet, none here
    name = folder.name
    drafts = sorted(folder.rglob("*.yaml"))
    assert name.endswith("-2020-03-04") and [d.relative_to(folder).as_posix() for d in drafts] == [
        "actors/evil-person.yaml",  # whose words the article reports
        "events/said-evil-person.yaml",
        "events/talks-ended-without-deal.yaml",
        "quotes.yaml",
        f"sources/{name}.yaml",
    ]
    for file in drafts:
        yaml.safe_load(file.read_text())  # every draft is valid YAML, whatever the article held


# --- issue #27: conventions of news the rules were not written against --------------------
# Every sentence below is made up or from other stories; none is from the Haqqani articles.

FRIDAY = dt.date(2019, 9, 13)


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # the tense of the words nearest the date, not of the whole sentence
        (
            "The minister said Friday that talks would resume.",
            FRIDAY,
            ("Friday", "2019-09-13", "day", None),
        ),
        ("Rivals met last Thursday.", FRIDAY, ("last Thursday", "2019-09-12", "day", None)),
        ("The bridge was opened in June.", FRIDAY, ("in June", "2019-06-01", "month", None)),
        ("The strike began last May.", FRIDAY, ("last May", "2019-05-01", "month", None)),
        ("Ice melted in early August.", FRIDAY, ("in early August", "2019-08-01", "month", None)),
        (
            "A vote is due in early December.",
            FRIDAY,
            ("in early December", "2019-12-01", "month", "scheduled"),
        ),
        ("Sales fell last year.", FRIDAY, ("last year", "2018-01-01", "year", None)),
        ("Sales rose this year.", FRIDAY, ("this year", "2019-01-01", "year", None)),
        ("Sales will rise next year.", FRIDAY, ("next year", "2020-01-01", "year", "scheduled")),
        ("The mine closed six years ago.", FRIDAY, ("six years ago", "2013-01-01", "year", None)),
        (
            "It will be done by the end of the year.",
            FRIDAY,
            ("by the end of the year", "2019-01-01", "year", "scheduled"),
        ),
        ("Parliament meets next week.", FRIDAY, ("next week", "2019-09-16", "week", "scheduled")),
        (
            "The floods of 26 December 2019 were the worst.",
            FRIDAY,
            ("26 December 2019", "2019-12-26", "day", "scheduled"),
        ),
        (
            "The fire of March 1996 was the worst.",
            FRIDAY,
            ("March 1996", "1996-03-01", "month", None),
        ),
        (
            "She will attend the Oscars on Feb. 9.",
            dt.date(2020, 1, 17),
            ("Feb. 9", "2020-02-09", "day", "scheduled"),
        ),
        (
            "Record of Nov. 16, the company said.",
            dt.date(1999, 11, 1),
            ("Nov. 16", "1999-11-16", "day", "scheduled"),
        ),
        ("Emissions must halve by 2030.", FRIDAY, ("2030", "2030-01-01", "year", "scheduled")),
        (
            "The deal is payable Feb. 1.",
            dt.date(2019, 10, 26),
            ("Feb. 1", "2020-02-01", "day", "scheduled"),
        ),
    ],
)
def test_each_news_date_convention(sentence: str, published: dt.date, expected: tuple) -> None:
    assert dated(sentence, published) == [expected]


def test_a_past_weekday_stays_past_beside_a_future_month() -> None:
    assert dated("On Sunday, the union announced a strike next month.", FRIDAY) == [
        ("On Sunday", "2019-09-08", "day", None),
        ("next month", "2019-10-01", "month", "scheduled"),
    ]


def test_a_season_is_three_months_and_an_academic_year_one_range() -> None:
    [summer] = find_dates(["Fires raged last summer."], FRIDAY)
    assert (summer.date, summer.end, summer.precision) == (
        dt.date(2019, 6, 1),
        dt.date(2019, 8, 31),
        "range",
    )
    [school] = find_dates(["Enrolment fell in 2011-12."], FRIDAY)
    assert (school.words, school.date, school.end, school.precision) == (
        "2011-12",
        dt.date(2011, 1, 1),
        dt.date(2012, 12, 31),
        "range",
    )
    assert "academic or fiscal" in school.note


def found(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    quotes, _, _ = find_quotes(list(paragraphs), ActorIndex([]))
    return [(q.text, q.name, q.kind) for q in quotes]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "she said" after a role before the name
        (
            [
                "State Department spokeswoman Victoria Nuland said the talks had ended. "
                '"We need a pause," she said.'
            ],
            [("We need a pause", "Victoria Nuland", "quote")],
        ),
        # a person introduced in reported speech
        (
            ["Mayor Ana Ruiz said that the budget was final.", '"We are done," she said.'],
            [("We are done", "Ana Ruiz", "quote")],
        ),
        (
            ["The plan will fail, according to economist Lena Berg.", '"It is doomed," she added.'],
            [("It is doomed", "Lena Berg", "quote")],
        ),
        # verbs beyond "said"
        (['"I am not a robot," quipped Tom Hale.'], [("I am not a robot", "Tom Hale", "quote")]),
        (
            ['"Enough is enough," Tom Hale wrote on Twitter.'],
            [("Enough is enough", "Tom Hale", "quote")],
        ),
        (
            ['"Is that fair?" Tom Hale asked. "I doubt it."'],
            [("Is that fair?", "Tom Hale", "quote"), ("I doubt it.", "Tom Hale", "quote")],
        ),
        # an apposition after the name
        (
            ['"We will vote no," said Rep. Jerry Nadler, a Democrat from New York.'],
            [("We will vote no", "Jerry Nadler", "quote")],
        ),
        (
            ['"This campaign is growing," Jeff Weaver, the campaign manager, said in a statement.'],
            [("This campaign is growing", "Jeff Weaver", "quote")],
        ),
        # a quotation over two paragraphs: opened in each, closed only in the last
        (
            [
                '"The first thing we did was count the votes. Nobody slept.',
                '"Then we counted them again," said Mira Patel, an election officer.',
            ],
            [
                (
                    "The first thing we did was count the votes. Nobody slept.",
                    "Mira Patel",
                    "quote",
                ),
                ("Then we counted them again", "Mira Patel", "quote"),
            ],
        ),
        (
            [
                '"The river has never been this low," said Mira Patel, a hydrologist.',
                '"We have never seen anything like it. It is frightening."',
            ],
            [
                ("The river has never been this low", "Mira Patel", "quote"),
                ("We have never seen anything like it. It is frightening.", "Mira Patel", "quote"),
            ],
        ),
        # a surname alone is the person named in full before
        (
            [
                "Chi Onwurah, the shadow minister, spoke first.",
                '"This is a scandal," Onwurah said.',
            ],
            [("This is a scandal", "Chi Onwurah", "quote")],
        ),
        # the subject of "…, saying"
        (
            ['Ruiz stepped up her attacks, saying, "The council has failed us."'],
            [("The council has failed us.", "Ruiz", "quote")],
        ),
        # terms and titles are nobody's words
        (
            [
                'Viewers loved "Orange Is the New Black" and the so-called "deal of the century" again.'
            ],
            [("Orange Is the New Black", None, "term"), ("deal of the century", None, "term")],
        ),
    ],
)
def test_each_quotation_convention(paragraphs: list[str], expected: list) -> None:
    assert found(*paragraphs) == expected


def test_quoted_people_and_bodies_are_proposed_with_kind_role_and_paragraphs() -> None:
    _, proposed, _ = find_quotes(
        [
            "Chi Onwurah, the shadow minister, spoke first.",
            '"This is a scandal," Onwurah said.',
            '"The ruling is wrong," the Communication Workers Union said.',
            '"We will vote no," said Rep. Jerry Nadler, a Democrat from New York.',
            '"No," Onwurah said again.',
        ],
        ActorIndex([]),
    )
    assert [(p.name, p.kind, p.role, p.paragraphs) for p in proposed] == [
        ("Chi Onwurah", "person", "", (2, 5)),
        ("Communication Workers Union", "organisation", "", (3,)),
        ("Jerry Nadler", "person", "a Democrat from New York", (4,)),
    ]


def test_a_paragraph_ending_in_a_name_or_a_quote_is_running_text() -> None:
    assert (
        furniture_reason("The council named its new chair on Tuesday, the former mayor Ana Ruiz")
        is None
    )
    assert (
        furniture_reason(
            'Asked about the vote, the minister said only that it was "a matter for parliament"'
        )
        is None
    )
    assert furniture_reason("Get breaking news alerts. Download the Example News app.")


def test_a_page_title_loses_its_site_and_a_wire_is_found(tmp_path: Path) -> None:
    from generator.ingest.article import headline_of, wire_of

    assert (
        headline_of("Libya talks open in Berlin | DW | 19.01.2020", "DW")
        == "Libya talks open in Berlin"
    )
    assert headline_of("Talks fail - BBC News", "BBC News") == "Talks fail"
    assert headline_of("Talks fail - again", None) == "Talks fail - again"
    assert wire_of("This post originally appeared on Grist.") == "Grist"
    assert wire_of("LONDON (Reuters) - Britain said on Monday it would act.") == "Reuters"
    page = write(
        tmp_path,
        "w.txt",
        "Dam plan shelved\n\nLONDON (Reuters) - The dam plan was shelved on Monday, officials said.\n\n"
        "This post originally appeared on Grist.\n",
    )
    article = read_article(page, published=dt.date(2020, 3, 4))
    assert article.wire == "Reuters" and len(article.paragraphs) == 1


# --- issue #28: drafts that are records, updates of what data/ has, quotes placed ---------
# The river story (tests/fixtures/river/): another explainer, never the Haqqani articles.

RIVER = REPO / "tests" / "fixtures" / "river" / "data"
RIVER_ARTICLE = """Sarn commission meets as river flow falls

Share this story

CORVINA CITY - The Tri-River Commission met on Monday at the request of Corvina, and agreed \
to measure the flow of the Sarn at the border every day, its chair Ines Kovac said.

"We will publish every measurement," Kovac told reporters after the meeting.

Belmark's foreign minister Emil Varga said on Tuesday that the measurements proved the treaty \
was broken. "The numbers speak for themselves," Varga said.

Arland's water minister Dana Roth rejected the claim. "Arland keeps its word," Roth said.
"""


def river_drafts(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the river story's data/, and the drafts of a second article on it."""
    data = tmp_path / "data"
    shutil.copytree(RIVER, data)
    article = write(tmp_path, "sarn.txt", RIVER_ARTICLE)
    args = ["--published", "2025-06-18", "--outlet", "The Delta Post", "--id", "delta-2"]
    assert ingest(article, *args, "--data", data, "--drafts", tmp_path / "drafts", "-q") == 0
    return data, tmp_path / "drafts" / "delta-2"


@pytest.mark.parametrize(
    "sentence, words, title, record_id",
    [
        (
            "CORVINA CITY - Arland began filling the reservoir of its new dam on Monday, its"
            " water minister said, despite protests.",
            "on Monday",
            "Arland began filling the reservoir of its new dam",
            "arland-began-filling-the-reservoir",
        ),
        (
            "LONDON (Reuters) - The dam plan was shelved on Monday, officials said.",
            "on Monday",
            "The dam plan was shelved",
            "dam-plan-was-shelved",
        ),
        (
            "On Sunday, the union announced a strike, which begins next month.",
            "On Sunday",
            "The union announced a strike",
            "union-announced-a-strike",
        ),
        (
            "Mayor Ana Ruiz's budget passed last week by a single vote.",
            "last week",
            "Mayor Ana Ruiz's budget passed by a single vote",
            "mayor-ana-ruiz-budget-passed",
        ),
    ],
)
def test_an_event_is_titled_and_named_from_its_sentence(
    sentence: str, words: str, title: str, record_id: str
) -> None:
    assert title_of(sentence, words) == title
    assert id_of(title, set(), "x") == record_id
    assert id_of(title, {record_id}, "x") == f"{record_id}-2"


def test_drafts_pass_check_when_moved_into_data_and_strict_names_every_guess(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data, drafts = river_drafts(tmp_path)
    for kind in ("sources", "actors", "events"):
        for draft in (drafts / kind).glob("*.yaml"):
            shutil.copy(draft, data / kind)
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", "--data", str(data), "-q"]) == 0
    warnings = [r.getMessage().removeprefix(f"warning: {data}/") for r in caplog.records]
    assert warnings == [
        "sources/delta-2.yaml:4: draft: the licence is guessed from the outlet and year: check who"
        " holds the rights; the address is not known: give `url`, or `offline` if it is not"
        " online; headline: the longest line before the story, 'Sarn commission meets as"
        " river flow falls'; dateline: Corvina City, from 'CORVINA CITY -' (confirm it, then"
        " delete `draft`)",
        "actors/ines-kovac.yaml:4: draft: the article names “its chair Ines Kovac”: check the"
        " name and kind; role: the words before the name, or after it between commas;"
        " description proposed from where the article quotes them: rewrite it (confirm it,"
        " then delete `draft`)",
        "events/emil-varga-said-that-measurements-proved.yaml:5: draft: title and summary are the"
        " sentence of paragraph 3 that dates it: rewrite them in neutral words; the date is"
        " resolved from “on Tuesday” (weekday); participants are the actors the paragraph"
        " names (confirm it, then delete `draft`)",
        "events/emil-varga-said-that-measurements-proved.yaml:18: TODO left in participants[0].role,"
        " participants[1].role: replace it",
        "sources/delta-2.yaml:30: paragraph 4 is cited by no record (cite it, or give it an"
        " uncited_reason)",
        "events/emil-varga-said-that-measurements-proved.yaml:1: the event is in no dispute's `events`"
        " (add it where it bears on one, or acknowledge `in-no-dispute` with the reason)",
        # not `overdue`: the data's meeting was due in the week of 16 June, which the new
        # article of the 18th is still in
    ]
    source = yaml.safe_load((data / "sources" / "delta-2.yaml").read_text())
    assert source["address_unknown"] is True and "url" not in source and "offline" not in source
    assert main(["check", "--strict", "--data", str(data), "-q"]) == 2


def test_an_event_data_has_is_an_update_not_a_new_draft(tmp_path: Path) -> None:
    _, drafts = river_drafts(tmp_path)
    # ¶1: the commission and Corvina met on Monday 16 June: the meeting the first article
    # announced for that week, now held.
    assert not (drafts / "events" / "tri-river-commission-met.yaml").exists()
    update = yaml.safe_load((drafts / "updates" / "events" / "emergency-meeting.yaml").read_text())
    assert update == {
        "update": "events/emergency-meeting",
        "draft": "same participants (corvina, tri-river-commission) and date window as"
        " “Emergency meeting of the commission”: confirm it is the same event; its date"
        " changes from 2025-06-16 (week, “due next week”) to 2025-06-16 (day, “on Monday” in"
        " ¶1)"  # said where the editor confirms it, beside the date it replaces
        "; its title and summary tell it as planned: give new ones that say what happened",
        "cite": [{"source": "delta-2", "paragraphs": [1]}],
        "status": "happened",
        "when": {
            "date": dt.date(2025, 6, 16),
            "precision": "day",
            "basis": "on Monday",
            "source": "delta-2",
        },
    }


def test_a_candidate_on_other_days_or_with_other_actors_is_a_new_event() -> None:
    existing = Existing(
        events={
            "vote": {
                "participants": [{"actor": "council"}, {"actor": "mayor"}],
                "when": {"date": dt.date(2020, 3, 2), "precision": "week"},
            }
        }
    )
    guess = DateGuess(1, "on Tuesday", "weekday", dt.date(2020, 3, 3), precision="day")
    assert matching_event(guess, ["council", "mayor"], existing) == "vote"
    assert matching_event(guess, ["council"], existing) is None  # one of two participants
    later = DateGuess(1, "on Tuesday", "weekday", dt.date(2020, 3, 10), precision="day")
    assert matching_event(later, ["council", "mayor"], existing) is None


def test_a_proposed_actor_with_a_known_name_or_surname_is_an_update() -> None:
    existing = Existing(
        actors={
            "dana-roth": {"name": "Dana Roth", "kind": "person", "aliases": ["Roth"]},
            "union": {"name": "Communication Workers Union", "kind": "organisation"},
        }
    )
    assert matching_actor(Proposed("D. Roth", "", "minister D. Roth"), existing) == (
        "dana-roth",
        True,
    )
    union = Proposed("communication workers union", "", "the union", "organisation")
    assert matching_actor(union, existing) == ("union", False)
    assert matching_actor(Proposed("Dana Rothman", "", "Dana Rothman"), existing) is None


def test_each_quote_has_ranked_places(tmp_path: Path) -> None:
    _, drafts = river_drafts(tmp_path)
    quotes = yaml.safe_load((drafts / "quotes.yaml").read_text())["quotes"]
    quotes = [q for q in quotes if q["claim"]["kind"] == "quote"]  # paraphrases: placed alike
    assert [(q["claim"]["speaker"], q["to"], q["places"]) for q in quotes] == [
        # no event dated in ¶2: the meeting of ¶1 ("after the meeting")
        ("ines-kovac", "event:emergency-meeting", ["event:emergency-meeting"]),
        (
            "emil-varga",
            "event:emil-varga-said-that-measurements-proved",
            [
                "event:emil-varga-said-that-measurements-proved",
                "dispute:does-the-filling-break-the-treaty:1",
                "event:emergency-meeting",
            ],
        ),
        # Roth holds the second position: it comes before the event of the paragraph before
        (
            "dana-roth",
            "dispute:does-the-filling-break-the-treaty:2",
            [
                "dispute:does-the-filling-break-the-treaty:2",
                "event:emil-varga-said-that-measurements-proved",
            ],
        ),
    ]


# --- issue #27, second pass: speakers the first rules missed ------------------------------
# Made-up sentences in the manner of other stories; none is from the Haqqani articles.


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a party and state in brackets are no part of the name and end no sentence
        (
            ['"We need a vote," said Sen. Ann Lee (D-Md.). "We need it now."'],
            [("We need a vote", "Ann Lee", "quote"), ("We need it now.", "Ann Lee", "quote")],
        ),
        (
            ['"Lines were long," Rep. Tom Hale (R-Ohio) said.'],
            [("Lines were long", "Tom Hale", "quote")],
        ),
        # an apposition over several commas, after the quotation
        (
            ['"The lines were long," Ana Ruiz, 41, of Tulsa, Okla., who voted early, said.'],
            [("The lines were long", "Ana Ruiz", "quote")],
        ),
        # an apposition without an article, after an opening phrase
        (
            [
                "In an interview, Tom Hale, chair of the water board, said the dam was"
                ' "a disaster waiting to happen."'
            ],
            [("a disaster waiting to happen.", "Tom Hale", "quote")],
        ),
        # an attribution that ends the sentence is that of the quotation in it
        (
            ['"Turnout was low," and the count went on past midnight, Ana Ruiz said.'],
            [("Turnout was low", "Ana Ruiz", "quote")],
        ),
        # "as X said" names the speaker
        (
            ['The race is "a dead heat right now," as Ana Ruiz said on Monday.'],
            [("a dead heat right now", "Ana Ruiz", "quote")],
        ),
        # the verb first: "Said X, …"
        (
            ['Said Tom Hale, who grew up on the street, "We were all so proud of him."'],
            [("We were all so proud of him.", "Tom Hale", "quote")],
        ),
        # verbs of speech beyond the first list
        (
            ['"I would say this," Tom Hale answered.', '"They failed us," Ana Ruiz fumed.'],
            [("I would say this", "Tom Hale", "quote"), ("They failed us", "Ana Ruiz", "quote")],
        ),
    ],
)
def test_each_attribution_convention(paragraphs: list[str], expected: list) -> None:
    assert found(*paragraphs) == expected


def test_two_speakers_in_a_sentence_the_nearest_verb_is_the_quotations() -> None:
    assert found(
        'While not all Hale says is true, Ana Ruiz said Hale is "reading the mood well."'
    ) == [("reading the mood well.", "Ana Ruiz", "quote")]
    assert found(
        'Ana Ruiz accuses Hale of "playing games with the budget" and Tom Hale says'
        ' she is "out of touch with the valley."'
    ) == [
        ("playing games with the budget", "Ana Ruiz", "quote"),
        ("out of touch with the valley.", "Tom Hale", "quote"),
    ]


def test_a_quotation_in_a_sentence_about_a_named_person_is_theirs() -> None:
    assert found(
        'Tom Hale took the stage in Leeds and called the plan "a betrayal of the north."',
        'Ana Ruiz is praising the mayor as "a man who kept every promise to the town."',
    ) == [
        ("a betrayal of the north.", "Tom Hale", "quote"),
        ("a man who kept every promise to the town.", "Ana Ruiz", "quote"),
    ]
    # a description is no name; a title is nobody's words, whoever the subject
    assert found(
        'The candidate herself called it "a distraction from the real issues of the race."',
        'Tom Hale appeared on "The Daily Show."',
    ) == [
        ("a distraction from the real issues of the race.", None, "quote"),
        ("The Daily Show.", None, "term"),
    ]


def test_a_quotation_paragraph_takes_the_speaker_a_paragraph_before_introduces() -> None:
    assert found("Stated Mira Patel:", '"The river has never been this low."') == [
        ("The river has never been this low.", "Mira Patel", "quote")
    ]
    said = '"They have failed every family on this street."'
    about = "Tom Hale continued his attack on the council."
    assert found(about, said) == [(said.strip('"'), "Tom Hale", "quote")]
    # two paragraphs on at most (another sentence naming nobody in between)
    assert found(about, "The council declined to comment.", said)[0][1] == "Tom Hale"
    assert found(about, "The council declined to comment.", "It met at noon.", said)[0][1] is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "A Belmark water ministry spokesman, Jan Ostrow, said the ministry would appeal.",
            "Jan Ostrow",
            "a Belmark water ministry spokesman",
        ),
        (
            "The mayor of Corvina, Petra Holm, said her town had lost a third of its water.",
            "Petra Holm",
            "the mayor of Corvina",
        ),
        (
            "Rep. Jerry Nadler, a Democrat from New York, said the bill would fail.",
            "Jerry Nadler",
            "a Democrat from New York",
        ),
    ],
)
def test_a_person_whose_words_are_reported_is_proposed_with_the_role_beside_the_name(
    sentence: str, name: str, role: str
) -> None:
    from generator.ingest.actors import ActorIndex
    from generator.ingest.quotes import find_quotes

    _, proposed, _ = find_quotes([sentence], ActorIndex([]))
    assert [(p.name, p.role, p.kind, p.paragraphs) for p in proposed] == [
        (name, role, "person", (1,))
    ]


# --- issue #27, third pass: more conventions, each on sentences of other stories ---------


def test_a_year_spelled_out_as_a_broadcast_says_it_is_that_year() -> None:
    assert dated("The dam burst in nineteen eighty-three, the anchor said.", FRIDAY) == [
        ("nineteen eighty-three", "1983-01-01", "year", None)
    ]
    assert dated("Prices slid in April two thousand and eight.", FRIDAY) == [
        ("April two thousand and eight", "2008-04-01", "month", None)
    ]
    assert dated("Nineteen people voted, two thousand five hundred stayed home.", FRIDAY) == []


def test_a_season_of_a_named_year_is_that_season() -> None:
    [season] = find_dates(["The harbour froze in the winter of 1963."], FRIDAY)
    assert (season.words, season.date, season.end, season.precision) == (
        "the winter of 1963",
        dt.date(1963, 12, 1),
        dt.date(1964, 2, 29),
        "range",
    )
    assert [g.words for g in find_dates(["Rents fall 2010 euros short."], FRIDAY)] == ["2010"]


def test_a_date_before_a_colon_is_still_a_date() -> None:
    assert dated("The board wrote in a notice on Tuesday, Sept. 3: the road is shut.", FRIDAY) == [
        ("Tuesday, Sept. 3", "2019-09-03", "day", None)
    ]


def test_a_verb_ending_in_eed_is_no_past_tense() -> None:
    assert dated("The colonel will succeed Ms. Varga Feb. 1.", dt.date(2019, 10, 26)) == [
        ("Feb. 1", "2020-02-01", "day", "scheduled")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Forty members had paid their dues by Monday.", ("by Monday", "2019-09-09")),
        ("Shares were bought from Sept. 2 to Tuesday.", ("Tuesday", "2019-09-10")),
        ("The deadline was extended to Friday.", ("Friday", "2019-09-13")),
    ],
)
def test_a_deadline_the_past_perfect_or_a_named_start_reached_is_past(
    sentence: str, expected: tuple
) -> None:
    wednesday = dt.date(2019, 9, 11)
    assert dated(sentence, wednesday)[-1][:2] == expected


def test_a_role_in_lowercase_before_the_subjects_name_is_no_part_of_it() -> None:
    assert found(
        'Green party candidate Mira Patel called the dam "a monument to waste in the valley."',
        'Former state senator Tom Hale took questions and called it "a fair deal."',
    ) == [
        ("a monument to waste in the valley.", "Mira Patel", "quote"),
        ("a fair deal.", "Tom Hale", "quote"),
    ]


def test_a_sentence_ending_in_a_colon_introduces_the_quotation_that_follows() -> None:
    said = '"We will rebuild the bridge before winter."'
    assert found("Harbour pilot Ana Ruiz, 17, echoed:", said) == [
        (said.strip('"'), "Ana Ruiz", "quote")
    ]
    assert found("As the Gazette's Tom Hale reported after the flood:", said) == [
        (said.strip('"'), "Tom Hale", "quote")
    ]


def test_a_name_set_before_the_quotation_with_a_colon_is_the_speaker() -> None:
    assert found(
        'Rep. Tom Hale (R-Ohio): "Who told you that the river was safe to drink?"',
        'DROUGHT WORSENS - Former governor Ana Ruiz: "The reservoirs are at a third."',
    ) == [
        ("Who told you that the river was safe to drink?", "Tom Hale", "quote"),
        ("The reservoirs are at a third.", "Ana Ruiz", "quote"),
    ]


def test_a_title_where_a_programme_or_book_is_named_is_a_term_whoever_speaks() -> None:
    assert found(
        '"Prices will fall," Ana Ruiz said on Channel 4\'s "Morning Market."',
        'Tom Hale wrote in his memoir, "Rivers of Home," that he grew up by the dam.',
    ) == [
        ("Prices will fall", "Ana Ruiz", "quote"),
        ("Morning Market.", None, "term"),
        ("Rivers of Home", None, "term"),
    ]


def test_a_number_or_handle_in_quotation_marks_is_nobodys_words() -> None:
    assert found('Ana Ruiz said the form was stamped "2019-10-01" and signed.') == [
        ("2019-10-01", None, "term")
    ]


def test_words_between_the_speaker_and_the_verb_are_no_part_of_the_speaker() -> None:
    assert found(
        "Mayor Ana Ruiz said the new bridge was ready.",
        '"It will carry the town for a century," she further said.',
    ) == [("It will carry the town for a century", "Ana Ruiz", "quote")]


def test_a_quotation_after_an_attribution_in_its_paragraph_is_the_speakers() -> None:
    assert found(
        'Ana Ruiz, the harbour master, said in a statement. "The pier stays closed until spring."'
    ) == [("The pier stays closed until spring.", "Ana Ruiz", "quote")]


def test_a_name_after_and_is_the_speaker_of_the_quotation_that_follows() -> None:
    assert found(
        'The crowd cheered, and then Tom Hale continued: "We will win the valley back."'
    ) == [("We will win the valley back.", "Tom Hale", "quote")]


def test_more_verbs_of_speech_remembered_and_reacted() -> None:
    assert found(
        '"We rebuilt the pier twice after the storms," remembered Tom Hale.',
        '"Is the council even listening to us?" reacted Ana Ruiz.',
    ) == [
        ("We rebuilt the pier twice after the storms", "Tom Hale", "quote"),
        ("Is the council even listening to us?", "Ana Ruiz", "quote"),
    ]


def test_a_sentence_does_not_end_after_a_rank_or_title() -> None:
    assert sentences("It was Sgt. Tom Hale. Then Prof. Ana Ruiz spoke.") == [
        "It was Sgt. Tom Hale.",
        "Then Prof. Ana Ruiz spoke.",
    ]
    assert found('"We held the line at the bridge," said Army Capt. Ana Ruiz.') == [
        ("We held the line at the bridge", "Ana Ruiz", "quote")
    ]


def test_a_dash_sets_the_speakers_clause_apart_as_a_comma_does() -> None:
    assert found(
        "Closing the session with a long speech -- and no script -- Ana Ruiz told the council"
        ' that "the valley cannot wait another year."'
    ) == [("the valley cannot wait another year.", "Ana Ruiz", "quote")]


def test_business_news_dates_the_full_year_and_the_year_ago_period() -> None:
    assert dated(
        "Sales for the full year rose, year-earlier profit was restated, and rain fell"
        " earlier in the year.",
        FRIDAY,
    ) == [
        ("the full year", "2019-01-01", "year", None),
        ("year-earlier", "2018-01-01", "year", None),
        ("earlier in the year", "2019-01-01", "year", None),
    ]


def test_the_following_year_counts_from_the_date_the_article_named_last() -> None:
    assert dated(
        "The mill shut in 2004, and the following year the town lost its school.", FRIDAY
    ) == [("2004", "2004-01-01", "year", None), ("the following year", "2005-01-01", "year", None)]
    assert dated("The previous month was dry.", FRIDAY) == [
        ("The previous month", None, None, None)
    ]


def test_a_date_word_capitalised_after_a_name_is_the_name_of_a_paper_or_programme() -> None:
    assert dated('She told Harbour Today that she spoke on Radio Tay\'s "This Week."', FRIDAY) == []
    assert dated("Today the council voted.", FRIDAY) == [("Today", "2019-09-13", "day", None)]


def test_a_sentence_opening_with_but_still_names_its_speaker() -> None:
    assert found('But Tom Hale added that, from what he saw, the dam "was never at risk."') == [
        ("was never at risk.", "Tom Hale", "quote")
    ]


def test_a_clause_with_is_or_was_before_a_verb_of_speech_names_nobody() -> None:
    quotes, _, _ = find_quotes(
        ['"We were told nothing at all." The plan was first reported by the Gazette.'],
        ActorIndex([]),
    )
    assert [(q.text, q.who) for q in quotes] == [("We were told nothing at all.", None)]


def test_an_attribution_verb_first_that_ends_the_sentence_is_the_quotations() -> None:
    assert found(
        '"The count will take a week" if the storm holds, said Ana Ruiz, a county clerk.'
    ) == [("The count will take a week", "Ana Ruiz", "quote")]


def test_many_dates_or_quotations_in_one_sentence_take_linear_time() -> None:
    # Each was quadratic (minutes); now about a second. No timing asserted: on a shared
    # machine a limit fails by load, not by the code (a slow run shows in --durations).
    assert len(find_dates(["in 1999 and " * 20000], FRIDAY)) == 20000
    assert len(find_quotes(['"a b c", said Tom ' * 8000], ActorIndex([]))[0]) == 8000


# --- fourth pass (#27): each test fails on the code before its rule -----------------------


def test_a_name_in_the_possessive_is_no_subject_unless_of_words() -> None:
    assert found(
        "Ana Ruiz, Harbour County’s new fire chief, praised the crews for their"
        " “quiet courage under the worst of it.”",
        "The council asked when the pier would open. Tom Hale’s reply was:"
        " “Not before the spring thaw.”",
    ) == [
        ("quiet courage under the worst of it.", "Ana Ruiz", "quote"),
        ("Not before the spring thaw.", "Tom Hale", "quote"),
    ]


def test_a_verb_of_speech_ends_the_subjects_name() -> None:
    assert found(
        "Ana Ruiz said Monday that the levy was “a fair price for a safe harbour”"
        " and “long overdue.”"
    ) == [
        ("a fair price for a safe harbour", "Ana Ruiz", "quote"),
        ("long overdue.", "Ana Ruiz", "quote"),
    ]


def test_a_day_between_the_subject_and_its_verb_is_neither() -> None:
    assert found(
        "Democratic presidential candidate Sen. Ana Ruiz on Tuesday criticized the climate"
        " plan, saying it went “nowhere near far enough.”"
    ) == [("nowhere near far enough.", "Ana Ruiz", "quote")]


def test_with_a_name_and_a_participle_of_speech_names_the_speaker() -> None:
    assert found(
        "At the meeting on Monday, Ana Ruiz and Tom Hale split on the levy, with Hale"
        " warning that the town faced “a winter without a ferry.”"
    ) == [("a winter without a ferry.", "Tom Hale", "quote")]


def test_who_called_or_described_something_so_is_the_speaker() -> None:
    assert found(
        "Speaking to a radio station on Monday, in the middle of the storm, Tom Hale"
        " described the council’s plan as “a map with no roads at all.”",
        "Even its friends were lukewarm: Former Mayor Ana Ruiz called it"
        " “the least bad choice on the table.”",
        "The town runs a fund called “Harbour First.”",
    ) == [
        ("a map with no roads at all.", "Tom Hale", "quote"),
        ("the least bad choice on the table.", "Ana Ruiz", "quote"),
        ("Harbour First.", None, "term"),
    ]


def test_a_sentence_saying_what_a_person_is_introduces_their_quotation() -> None:
    assert found(
        "Tom Hale was quick to add that the ferry would not be sold.",
        "“Not this year, and not while I chair the board.”",
    ) == [("Not this year, and not while I chair the board.", "Tom Hale", "quote")]


def test_a_quotation_opening_a_sentence_after_one_about_a_person_is_theirs() -> None:
    assert found(
        "The storm broke the pier on Sunday.",
        "Ana Ruiz toured the flooded quay on Monday. “We will rebuild it stone by stone.”",
    ) == [("We will rebuild it stone by stone.", "Ana Ruiz", "quote")]


def test_he_or_she_is_the_subject_of_the_quotations_own_sentence() -> None:
    assert found(
        "“The ferry is safe for another winter,” said Tom Hale.",
        "Ana Ruiz hit back: “The ferry is a wreck,” she said.",
    ) == [
        ("The ferry is safe for another winter", "Tom Hale", "quote"),
        ("The ferry is a wreck", "Ana Ruiz", "quote"),
    ]


# --- a new user's article (a council cutting a ferry): each mistake of its drafts as a
# general convention, tested on sentences of other stories ------------------------------


def test_a_title_is_no_part_of_a_name_and_a_surname_alone_is_the_same_person() -> None:
    quotes, proposed, _ = find_quotes(
        [
            "Mayor Ana Ruiz, who called the vote, said the pool would close.",
            "“We have no choice,” Ruiz said after the meeting.",
            "Senator Lena Park, a Democrat, said the state would help.",
            "Park said the money would come next year.",
            "Dr. Omar Haddad said the clinic would stay open. Haddad said it would hire.",
        ],
        ActorIndex([]),
    )
    assert [(p.name, p.role, p.paragraphs) for p in proposed] == [
        ("Ana Ruiz", "Mayor", (1, 2)),
        ("Lena Park", "Senator", (3, 4)),
        ("Omar Haddad", "", (5,)),
    ]
    assert [(q.who, q.name) for q in quotes] == [("Ruiz", "Ana Ruiz")]


def test_a_name_beside_a_bodys_description_is_an_organisation_without_the_opening() -> None:
    _, proposed, _ = find_quotes(
        [
            "Last week the airline, Northwind Air, warned that fares would rise.",
            "On Friday the company, Halvorsen Foods, said it would close the plant.",
            "Bus contractor Redline Coaches said the routes would change.",
            "Ana Ruiz, the union's lawyer, said the workers would appeal.",
        ],
        ActorIndex([]),
    )
    assert [(p.name, p.kind, p.role) for p in proposed] == [
        ("Northwind Air", "organisation", "the airline"),
        ("Halvorsen Foods", "organisation", "the company"),
        ("Redline Coaches", "organisation", "Bus contractor"),
        ("Ana Ruiz", "person", "the union's lawyer"),
    ]


def test_a_relative_clause_after_a_name_gives_a_role_without_who() -> None:
    _, proposed, _ = find_quotes(
        [
            "Omar Haddad, who heads the Millbrook Parents' Council, said nobody asked.",
            "Rita Moss, who is the town's fire chief, said the hall was unsafe.",
            "Tom Hale, who has sold fish on the quay for 30 years, said trade was slow.",
        ],
        ActorIndex([]),
    )
    assert [(p.name, p.role) for p in proposed] == [
        ("Omar Haddad", "head of the Millbrook Parents' Council"),
        ("Rita Moss", "the town's fire chief"),
        ("Tom Hale", "has sold fish on the quay for 30 years"),
    ]


def test_since_a_year_says_how_long_something_lasted_and_is_no_new_event() -> None:
    from generator.ingest.drafts import dated
    from generator.ingest.plan import make_plan

    paragraphs = [
        "The county closed the old bridge on Friday, ending a crossing that has carried"
        " traffic since 1931.",
        "Ana Ruiz, who has run the bakery since 1990, said trade fell in March.",
        "The lighthouse has been dark since 2015.",
    ]
    guesses = dated(find_dates(paragraphs, dt.date(2024, 5, 20)))
    plan = make_plan(guesses, paragraphs, [], [], Existing(), "s")
    assert [(c.guess.words, c.title) for c in plan.candidates] == [
        ("on Friday", "The county closed the old bridge"),
        ("in March", "Ana Ruiz said trade fell"),
        ("since 2015", "The lighthouse has been dark"),
    ]
    assert [g.words for g in plan.lasting] == ["since 1931", "since 1990"]


@pytest.mark.parametrize(
    ("sentence", "words", "title"),
    [
        (
            "The board will meet on April 9 to hear the appeal, a spokeswoman said.",
            "April 9",
            "The board will meet to hear the appeal",
        ),
        (
            "Last month the bus contractor, Redline Coaches, warned that it would need two new"
            " routes to carry the pupils.",
            "Last month",
            "The bus contractor, Redline Coaches, warned that it would need two new routes",
        ),
        (
            "On Monday the regional water board agreed that it would build a new treatment"
            " plant on the river.",
            "On Monday",
            "The regional water board agreed that it would build a new treatment plant",
        ),
        (
            "The Millbrook school board voted 5-2 on Monday to close two village schools at the"
            " end of the summer term.",
            "on Monday",
            "The Millbrook school board voted 5-2 to close two village schools",
        ),
        (
            "The Millbrook school board voted 5-2 on Monday to close two village schools,"
            " ending lessons taught there since 1952.",
            "since 1952",
            "The Millbrook school board voted 5-2 on Monday to close two village schools",
        ),
        # the part of the day goes with the day; an abbreviated month keeps working
        (
            "Councillors voted 9-4 on Tuesday night to reject the sale of the water company.",
            "on Tuesday",
            "Councillors voted 9-4 to reject the sale of the water company",
        ),
        (
            "The ferry board meets on Feb. 3 to set fares.",
            "Feb. 3",
            "The ferry board meets to set fares",
        ),
    ],
)
def test_a_title_loses_its_dates_preposition_and_ends_at_a_phrase_boundary(
    sentence: str, words: str, title: str
) -> None:
    assert title_of(sentence, words) == title


def test_a_byline_is_dropped_as_a_byline(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "a.txt",
        "Village schools to close\n\nBy Ana Ruiz and Tom Hale, The Valley Gazette\n\n"
        "By Friday, the board had voted to close two schools in the valley.\n",
    )
    article = read_article(page, published=dt.date(2024, 5, 20))
    assert article.dropped == [
        ("By Ana Ruiz and Tom Hale, The Valley Gazette", "a byline (by Ana Ruiz and Tom Hale)")
    ]
    assert [p.text[:9] for p in article.paragraphs] == ["By Friday"]


SCHOOLS = """Valley school board shuts two village schools

By Ana Ruiz, The Valley Gazette

MILLBROOK - The Millbrook school board voted 5-2 on Monday to close two village schools.

Mayor Dana Whitfield said enrolment had fallen for a decade. "We cannot heat half-empty \
buildings," Whitfield said after the meeting.

Omar Haddad, who heads the Millbrook Parents' Council, said families were not asked. \
"Nobody asked us," he said.

Earlier this year the bus contractor, Redline Coaches, warned that it would need new routes.
"""


def test_the_review_and_the_drafts_name_the_same_speakers_and_claim_no_quote_not_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(RIVER, data)
    article = write(tmp_path, "schools.txt", SCHOOLS)
    args = ["--published", "2024-05-22", "--outlet", "The Valley Gazette", "--id", "vg"]
    assert ingest(article, *args, "--data", data, "--drafts", tmp_path / "drafts") == 0
    folder = tmp_path / "drafts" / "vg"
    claims = [q["claim"] for q in yaml.safe_load((folder / "quotes.yaml").read_text())["quotes"]]
    assert [c["speaker"] for c in claims if c["kind"] == "quote"] == [
        "dana-whitfield",
        "omar-haddad",
    ]
    # what the article reports without quoting: each sentence a paraphrase of its source
    assert [(c["speaker"], c["text"]) for c in claims if c["kind"] == "paraphrase"] == [
        ("dana-whitfield", "Enrolment had fallen for a decade."),  # what was said, not who
        ("omar-haddad", "Families were not asked."),
        (  # a clause opens the sentence: kept whole, to rewrite
            "redline-coaches",
            "Earlier this year the bus contractor, Redline Coaches, warned that it would need new"
            " routes.",
        ),
    ]
    review = (folder / "REVIEW.md").read_text()
    assert "'Whitfield' -> dana-whitfield (new actor)" in review
    assert "'he' -> omar-haddad (new actor)" in review
    assert "dropped (a byline (by Ana Ruiz)): By Ana Ruiz, The Valley Gazette" in review
    assert sorted(p.stem for p in (folder / "actors").glob("*.yaml")) == [
        "dana-whitfield",
        "omar-haddad",
        "redline-coaches",
    ]
    firm = yaml.safe_load((folder / "actors" / "redline-coaches.yaml").read_text())
    assert (firm["kind"], firm["role"]) == ("organisation", "the bus contractor")
    assert firm["description"] == "Named by The Valley Gazette on 2024-05-22 as the bus contractor."
    head = yaml.safe_load((folder / "actors" / "omar-haddad.yaml").read_text())
    assert head["description"] == (
        "Quoted by The Valley Gazette on 2024-05-22 as head of the Millbrook Parents' Council."
    )
    mayor = yaml.safe_load((folder / "actors" / "dana-whitfield.yaml").read_text())
    # the title before her name is "Mayor"; after it, in running text, "mayor"
    assert (mayor["role"], mayor["description"]) == (
        "Mayor",
        "Quoted by The Valley Gazette on 2024-05-22 as mayor.",
    )


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ('The Royal College of Nursing said the rota was "simply unsafe".', "Royal College of Nursing", "organisation"),
        ('The University of Leeds said the course was "no longer viable".', "University of Leeds", "organisation"),
        ('"Rates will stay as they are," the Bank of England said.', "Bank of England", "organisation"),
        ('"We are watching," Bank of England governor Ann Ruiz said.', "Ann Ruiz", "person"),
        ('"It is closed," Sen. Ben Cardin of Maryland said.', "Ben Cardin", "person"),
    ],
)  # fmt: skip
def test_a_bodys_name_runs_on_through_of_and_its_word_makes_it_a_body(
    sentence: str, name: str, kind: str
) -> None:
    _, proposed, _ = find_quotes([sentence], ActorIndex([]))
    assert [(p.name, p.kind) for p in proposed] == [(name, kind)]


def test_a_title_without_a_full_stop_is_no_role_and_the_apposition_before_it_is() -> None:
    _, proposed, _ = find_quotes(
        [
            "The council's finance director, Mr Owen Price, said the budget was short."
            ' "We will find the money," Price said.'
        ],
        ActorIndex([]),
    )
    assert [(p.name, p.role) for p in proposed] == [
        ("Owen Price", "the council's finance director")
    ]
    assert proposal("Prof Ann Lee").role == ""  # type: ignore[union-attr]
    assert proposal("Dr Ann Lee, a surgeon").role == "a surgeon"  # type: ignore[union-attr]


def test_a_body_named_in_full_then_by_its_head_noun_is_that_body_when_it_speaks() -> None:
    _, proposed, _ = find_quotes(
        [
            "The Harbour Ferry Company raised fares on Monday.",
            "Passengers queued for an hour at the quay.",
            "The company said it would review the prices in the spring.",
        ],
        ActorIndex([]),
    )
    assert [(p.name, p.kind, p.paragraphs) for p in proposed] == [
        ("Harbour Ferry Company", "organisation", (1, 3))
    ]
    _, proposed, _ = find_quotes(["The company said it would review the prices."], ActorIndex([]))
    assert proposed == []  # no body named before: "the company" is nobody to propose


@pytest.mark.parametrize(
    ("paragraph", "titles"),
    [
        (
            "Under the deal, the library will close for repairs in June and reopen in"
            " September, once the roof is fixed.",
            ["Under the deal, the library will close for repairs", "Under the deal, the library will reopen"],
        ),
        (
            "The council approved the budget on Monday and published it on Friday.",
            ["The council approved the budget", "The council published it"],
        ),
        (
            "The strike began in March, and the union will vote on a new offer in June.",
            ["The strike began", "The union to vote on a new offer"],
        ),
    ],
)  # fmt: skip
def test_two_dates_in_a_sentence_each_title_their_own_clause(
    paragraph: str, titles: list[str]
) -> None:
    from generator.ingest.drafts import dated
    from generator.ingest.plan import make_plan

    guesses = dated(find_dates([paragraph], dt.date(2024, 5, 20)))
    plan = make_plan(guesses, [paragraph], [], [], Existing(), "s")
    assert [c.title for c in plan.candidates] == titles


def test_an_event_id_is_the_titles_subject_and_verb_without_its_opening_or_articles() -> None:
    from generator.ingest.drafts import dated
    from generator.ingest.plan import make_plan

    paragraphs = [
        "The chair of the Harbour Council resigned on Friday over the ferry contract.",
        "Under the agreement, the union will end its strike on Monday.",
        "About 3,000 people marched through the city centre last week.",
        "Under the agreement, the union will end its strike on July 1.",
    ]
    guesses = dated(find_dates(paragraphs, dt.date(2024, 5, 20)))
    plan = make_plan(guesses, paragraphs, [], [], Existing(), "s")
    assert [c.event_id for c in plan.candidates] == [
        "harbour-council-resigned-over-ferry-contract",
        "union-will-end-its-strike",
        "about-3000-people-marched-through-city",
        "union-will-end-its-strike-2",
    ]


# --- fifth pass (#27): each test fails on the code before its rule ------------------------


def test_a_sentence_keeps_its_place_after_a_title_and_a_no_break_space() -> None:
    assert found(
        "“The levy pays for the pier,” Sen.\u00a0Ana Ruiz said on Monday.  “Nothing else will.”"
    ) == [
        ("The levy pays for the pier", "Ana Ruiz", "quote"),
        ("Nothing else will.", "Ana Ruiz", "quote"),
    ]
    assert sentences("It was Gov.\u00a0Tom Hale.  Then it rained.") == [
        "It was Gov.\u00a0Tom Hale.",
        "Then it rained.",
    ]


def test_a_sentence_begins_where_the_quotation_that_runs_into_it_opens() -> None:
    assert found(
        "“Never. Never again,” Tom Hale replied, adding that the ferry was “safe enough for"
        " another year” at least."
    ) == [
        ("Never. Never again", "Tom Hale", "quote"),
        ("safe enough for another year", "Tom Hale", "quote"),
    ]


def test_a_title_in_quotation_marks_inside_an_apposition_ends_no_attribution() -> None:
    assert found(
        "Ana Ruiz, the author of “Harbour Lights,” a history of the port, said the ferry"
        " was “the town’s last lifeline to the mainland.”"
    ) == [
        ("Harbour Lights", None, "term"),
        ("the town’s last lifeline to the mainland.", "Ana Ruiz", "quote"),
    ]


def test_a_verb_of_speech_in_the_present_tense_names_the_speaker() -> None:
    assert found(
        "Tom Hale has run the ferry for thirty years.",
        "Ana Ruiz chairs the harbour council.",
        "“The pier will hold through the winter, whatever the council thinks,” Hale concludes.",
    ) == [
        ("The pier will hold through the winter, whatever the council thinks", "Tom Hale", "quote")
    ]


def test_a_pronoun_in_a_clause_without_that_is_the_speaker_not_the_noun_before_it() -> None:
    assert found(
        "“We have no other choice,” said Ana Ruiz, the harbour master.",
        "The council approved the levy on Monday, a measure she says is “the only way to keep"
        " the ferry running.”",
    ) == [
        ("We have no other choice", "Ana Ruiz", "quote"),
        ("the only way to keep the ferry running.", "Ana Ruiz", "quote"),
    ]


def test_a_quotation_paragraph_after_one_of_narration_continues_the_last_speaker() -> None:
    assert found(
        "“We will rebuild the pier,” said Ana Ruiz, the harbour master.",
        "The storm caused damage worth two million pounds along the quay.",
        "“It will take a year, perhaps two, but it will be done.”",
    ) == [
        ("We will rebuild the pier", "Ana Ruiz", "quote"),
        ("It will take a year, perhaps two, but it will be done.", "Ana Ruiz", "quote"),
    ]


def test_the_next_sentence_is_read_only_when_the_quotations_own_names_nobody() -> None:
    assert found(
        "At the quay on Monday, Ana Ruiz said, “The ferry stops on Friday for good.”"
        " The harbour master then recalled the winter the pier froze."
    ) == [("The ferry stops on Friday for good.", "Ana Ruiz", "quote")]


def test_a_dash_after_a_quotation_sets_no_speaker_apart() -> None:
    assert found(
        "Tom Hale boasted to reporters of his crews - “the best on the whole coast” - and"
        " stressed the pier’s importance to the town."
    ) == [("the best on the whole coast", "Tom Hale", "quote")]


def test_an_adverb_alone_before_a_verb_of_speech_names_nobody() -> None:
    assert found(
        "At the hearing, Ana Ruiz, exasperated, famously replied: “What difference does a"
        " week make to the ferry?”"
    ) == [("What difference does a week make to the ferry?", "Ana Ruiz", "quote")]


def test_an_attribution_set_between_commas_after_the_subject_is_the_sentences() -> None:
    assert found(
        "The trouble, says Ana Ruiz, a historian of the port, began when the council sold"
        " “the only ferry the town ever owned.”",
        "The plan, Tom Hale writes, is “a map with no roads and no destination.”",
    ) == [
        ("the only ferry the town ever owned.", "Ana Ruiz", "quote"),
        ("a map with no roads and no destination.", "Tom Hale", "quote"),
    ]


def test_as_someone_put_it_names_the_speaker() -> None:
    assert found("The mood on the quay was grim; as Ana Ruiz put it, “No ferry, no town.”") == [
        ("No ferry, no town.", "Ana Ruiz", "quote")
    ]


def test_the_speaker_is_the_subject_of_the_clause_with_the_verb_of_speech() -> None:
    assert found(
        "The hearing grew so heated over the ferry contract that Councillor Ana Ruiz said,"
        " “I feel like I need a translator for this.”"
    ) == [("I feel like I need a translator for this.", "Ana Ruiz", "quote")]


def test_a_title_after_a_name_in_the_possessive_is_a_term_whoever_speaks() -> None:
    assert found("The ferry will run, Ana Ruiz told Harbour Radio’s “Morning Tide.”") == [
        ("Morning Tide.", None, "term")
    ]


def test_a_name_in_title_case_before_a_noun_is_a_term_whoever_speaks() -> None:
    assert found(
        "Ana Ruiz said the “Save Our Ferry” campaign had raised forty thousand pounds.",
        "Tom Hale said the levy was “Fair to Everyone,” and the council agreed.",
    ) == [
        ("Save Our Ferry", None, "term"),
        ("Fair to Everyone", "Tom Hale", "quote"),
    ]


def test_a_participle_of_speech_after_a_quotation_is_the_speaker_of_the_next() -> None:
    assert found(
        "Hale cannot promise “a ferry every single hour,” Ana Ruiz added, saying the"
        " timetable should be “set by the council and nobody else.”"
    ) == [
        ("a ferry every single hour", "Ana Ruiz", "quote"),
        ("set by the council and nobody else.", "Ana Ruiz", "quote"),
    ]


def test_agrees_after_a_quotation_names_the_speaker() -> None:
    assert found(
        "“The pier will not last another winter,” agrees Tom Hale, 52, of Harbour Street."
    ) == [("The pier will not last another winter", "Tom Hale", "quote")]


def test_a_party_in_brackets_does_not_hide_whom_a_sentence_is_about() -> None:
    assert found(
        "On the other side, Sen. Ann Lee (D-Md.), a member of the harbour committee,"
        " tweeted a warning. “Remember the ferry vote in November, every one of you.”"
    ) == [("Remember the ferry vote in November, every one of you.", "Ann Lee", "quote")]


def test_a_name_before_a_role_left_without_its_closing_comma_is_the_speaker() -> None:
    assert found(
        "“The ferry runs at a loss,” Ana Ruiz, the harbour master told the council on Monday.",
        "Tom Hale, chair of the Harbour Users Group stated, “It has run at a loss for years.”",
    ) == [
        ("The ferry runs at a loss", "Ana Ruiz", "quote"),
        ("It has run at a loss for years.", "Tom Hale", "quote"),
    ]
    assert found(
        "Lena Park, the ferry company’s spokeswoman said in a statement. “The timetable stays.”"
    ) == [("The timetable stays.", "Lena Park", "quote")]


def test_the_next_sentences_own_attribution_at_its_end_is_not_the_quotations() -> None:
    assert found(
        "“The pier is safe,” said Tom Hale. “It will stand for another century.” The repairs"
        " will cost more than planned, the council said."
    ) == [
        ("The pier is safe", "Tom Hale", "quote"),
        ("It will stand for another century.", "Tom Hale", "quote"),
    ]


def test_questioned_after_a_quotation_names_the_speaker() -> None:
    assert found(
        "Ana Ruiz chairs the harbour council.",
        "“What made the company change its mind so suddenly?” Tom Hale questioned.",
    ) == [("What made the company change its mind so suddenly?", "Tom Hale", "quote")]


def test_more_verbs_of_speech_after_a_quotation_name_the_speaker() -> None:
    assert found(
        "Ana Ruiz chairs the harbour council.",
        "“The town will always be a port,” an angry Tom Hale retaliated.",
        "“A port with no ferry?” Lena Park repeated.",
    ) == [
        ("The town will always be a port", "Tom Hale", "quote"),
        ("A port with no ferry?", "Lena Park", "quote"),
    ]


def test_two_people_joined_by_and_are_both_the_speakers() -> None:
    quotes, proposed, _ = find_quotes(
        [
            "Ana Ruiz and Tom Hale issued a statement calling the closure “a betrayal of the"
            " whole harbour.”"
        ],
        ActorIndex([]),
    )
    assert [(q.text, q.name) for q in quotes] == [
        ("a betrayal of the whole harbour.", "Ana Ruiz and Tom Hale")
    ]
    assert [p.name for p in proposed] == ["Ana Ruiz", "Tom Hale"]


def test_a_name_after_until_or_whether_is_not_the_quotations_speaker() -> None:
    assert found(
        "Tom Hale says he was “riding the fence on the levy” until Ana Ruiz said she would back it."
    ) == [("riding the fence on the levy", "Tom Hale", "quote")]


def test_the_next_sentence_attributes_up_to_its_own_quotation_unless_it_introduces_it() -> None:
    assert found(
        "“Is the pier safe for the winter?” Ana Ruiz asked, pointing at the cracks along"
        " “the old north wall.”"
    ) == [
        ("Is the pier safe for the winter?", "Ana Ruiz", "quote"),
        ("the old north wall.", "Ana Ruiz", "quote"),
    ]
    assert found(
        "“Is the pier safe for the winter?” Tom Hale said the engineers had found it"
        " “sound from end to end.”"
    ) == [
        ("Is the pier safe for the winter?", None, "quote"),
        ("sound from end to end.", "Tom Hale", "quote"),
    ]


def test_he_after_a_quotation_may_be_the_subject_of_an_opening_subordinate_clause() -> None:
    assert found(
        "“The pier is finished,” said Ana Ruiz.",
        "Although Tom Hale admitted to the council that the pier had been “neglected for a"
        " whole decade,” he said it could still be saved.",
    ) == [
        ("The pier is finished", "Ana Ruiz", "quote"),
        ("neglected for a whole decade", "Tom Hale", "quote"),
    ]


def test_a_full_stop_ending_the_sentence_ends_the_speaker_after_a_capital() -> None:
    assert found("“The levy is fair to everyone,” said Lena Park of the harbour firm HMC.") == [
        ("The levy is fair to everyone", "Lena Park", "quote")
    ]


def test_a_quotation_in_an_opening_phrase_of_speech_is_the_main_subjects() -> None:
    assert found(
        "Calling the ferry plan “a map with no roads at all,” Ana Ruiz urged the council to"
        " think again.",
        "Conceding that the pier was “in a sorry state,” though, Tom Hale did suggest that"
        " it could be saved.",
    ) == [
        ("a map with no roads at all", "Ana Ruiz", "quote"),
        ("in a sorry state", "Tom Hale", "quote"),
    ]


def test_a_participle_begins_no_subject() -> None:
    assert found(
        "Tom Hale denied the accusations through a spokeswoman, dismissing Ana Ruiz as “a bitter"
        " former employee.”",
        "Lena Park said the levy could be “the best of both worlds,” giving the town a ferry"
        " and the council its budget.",
    ) == [
        ("a bitter former employee.", "Tom Hale", "quote"),
        ("the best of both worlds", "Lena Park", "quote"),
    ]


def test_has_between_a_speaker_and_the_verb_of_a_reported_sentence_is_no_part_of_them() -> None:
    assert found(
        "Tom Hale chairs the harbour users group.",
        "Hale has argued that the levy was doomed from the start. As a result, the town still"
        " has “a ferry that nobody can afford to run.”",
    ) == [("a ferry that nobody can afford to run.", "Tom Hale", "quote")]


def test_asked_about_something_before_the_speaker_is_no_inverted_attribution() -> None:
    assert found(
        "Asked about the levy, Ana Ruiz said: “It is the only way to keep the ferry going.”"
    ) == [("It is the only way to keep the ferry going.", "Ana Ruiz", "quote")]


def test_of_two_verbs_of_speech_joined_by_and_the_nearer_names_the_speaker() -> None:
    assert found(
        "At the quay, a fisherman asked for a photograph and Ana Ruiz said, “As long as the"
        " pier holds, why not.”"
    ) == [("As long as the pier holds, why not.", "Ana Ruiz", "quote")]


def test_a_quotation_after_adding_that_is_not_attributed_by_the_next_sentence() -> None:
    assert found(
        "“The pier is safe,” said Tom Hale, adding that “the engineers checked every beam of"
        " it.” Lena Park agreed that the work had been needed."
    ) == [
        ("The pier is safe", "Tom Hale", "quote"),
        ("the engineers checked every beam of it.", "Tom Hale", "quote"),
    ]


def test_the_quotation_marks_of_markup_left_in_the_text_quote_nobody() -> None:
    assert (
        found(
            '<tweet author="harbourcouncil" id="8812">The ferry runs again on Monday, as planned'
            " by the council.</tweet>"
        )
        == []
    )


def test_a_headline_giving_a_persons_words_names_them_for_the_quotation_after_it() -> None:
    assert found(
        "Tom Hale: ‘The Ferry Will Sail Again.’",
        "“We will not give up on this town, not now and not ever.”",
    ) == [("We will not give up on this town, not now and not ever.", "Tom Hale", "quote")]


def test_a_title_in_quotation_marks_after_the_quotation_ends_no_attribution() -> None:
    assert found(
        "“We have had better summers than this one,” Tom Hale, wearing a cap and a “Save Our"
        " Ferry” badge, said with a shrug."
    ) == [
        ("We have had better summers than this one", "Tom Hale", "quote"),
        ("Save Our Ferry", None, "term"),
    ]


def test_the_subject_of_the_quotations_own_clause_after_while_is_the_speaker() -> None:
    assert found(
        "Tom Hale on Monday signed the petition to save the pier, while Ana Ruiz, the harbour"
        " master, proposed that the town “buy the ferry outright.”"
    ) == [("buy the ferry outright.", "Ana Ruiz", "quote")]


def test_a_question_put_to_someone_is_the_askers() -> None:
    assert found(
        "Tom Hale was asked by host Ana Ruiz, who chairs the panel, “Do you think the ferry"
        " will survive the winter?”"
    ) == [("Do you think the ferry will survive the winter?", "Ana Ruiz", "quote")]


@pytest.mark.parametrize(
    ("paragraph", "name", "kind", "role"),
    [
        # a description, then the name between commas, then the verb of speech
        (
            'Its chair, Colin Marsh, said: "We were told we were scaremongering."',
            "Colin Marsh",
            "person",
            "its chair",
        ),
        (
            'The developer, Northgate Homes, said it was "disappointed" by the ruling.',
            "Northgate Homes",
            "organisation",
            "the developer",
        ),
        # a spokesperson or a statement gives the words of the body it speaks for
        (
            'A spokesperson for Kestrel District Council said it would "study the judgment".',
            "Kestrel District Council",
            "organisation",
            "",
        ),
        (
            'A statement from the Harbour Trust said the plan was "reckless and far too late".',
            "Harbour Trust",
            "organisation",
            "",
        ),
    ],
)
def test_who_speaks_after_a_description_or_through_a_spokesperson(
    paragraph: str, name: str, kind: str, role: str
) -> None:
    quotes, proposed, _ = find_quotes([paragraph], ActorIndex([]))
    assert quotes[0].name == name
    assert [(p.name, p.kind, p.role) for p in proposed] == [(name, kind, role)]


def test_a_credit_line_under_a_paragraph_of_quotation_names_its_speaker() -> None:
    assert found(
        "Ana Ruiz chairs the harbour council. The claims below were checked after the debate.",
        "“Every ferry route in the county has been cut since 2019.”",
        "— Tom Hale, harbour master.",
        "Two routes were in fact added last year.",
    ) == [("Every ferry route in the county has been cut since 2019.", "Tom Hale", "quote")]


def test_an_apposition_with_a_long_relative_clause_still_ends_before_the_speakers_verb() -> None:
    role = (
        "a councillor who has represented the north ward since 2009 and who led the campaign"
        " against the closure of the ferry terminal at the end of last winter"
    )
    assert len(role) > 150
    assert found(
        "Tom Hale chairs the harbour council.",
        f"Ana Ruiz, {role}, said the plan was “a gift to the developers.”",
        f"“We will not sell the pier,” Lena Park, {role.replace('north', 'south')}, said.",
    ) == [
        ("a gift to the developers.", "Ana Ruiz", "quote"),
        ("We will not sell the pier", "Lena Park", "quote"),
    ]


def test_a_next_sentence_reporting_a_statement_of_its_own_does_not_attribute_the_quotation() -> (
    None
):
    assert found(
        "Tom Hale spoke to the crew on the quay.",
        "“It is a sad day for the harbour.” “The ferry will run all winter.” Ana Ruiz, the"
        " mayor, said she would ask the council for more money.",
    ) == [
        ("It is a sad day for the harbour.", "Tom Hale", "quote"),
        ("The ferry will run all winter.", "Tom Hale", "quote"),
    ]


def test_a_verb_of_speech_in_a_clause_after_when_or_after_is_nearer_the_quotation() -> None:
    assert found(
        "Tom Hale tweeted after Ana Ruiz argued at the meeting that the levy would"
        " “ruin every family on the quay.”",
        "Lena Park wrote to the council when Tom Hale claimed that the pier was “safe for"
        " another century.”",
    ) == [
        ("ruin every family on the quay.", "Ana Ruiz", "quote"),
        ("safe for another century.", "Tom Hale", "quote"),
    ]


def test_he_or_she_after_a_sentence_about_a_person_is_that_person() -> None:
    assert found(
        "“The pier cannot wait another winter,” said Tom Hale, the harbour master.",
        "Council leader Ana Ruiz disagreed. “The levy pays for the ferry first,” she said.",
        "Six hundred people signed the petition. “We will be heard,” she said.",
    ) == [
        ("The pier cannot wait another winter", "Tom Hale", "quote"),
        ("The levy pays for the ferry first", "Ana Ruiz", "quote"),
        ("We will be heard", "Ana Ruiz", "quote"),
    ]
    # a short paragraph about her, then her words, before anyone has spoken
    assert found(
        "Tom Hale chairs the harbour board.",
        "Council leader Ana Ruiz weighed in on Twitter.",
        "“The levy pays for the ferry first. The pier comes next,” she wrote.",
    ) == [("The levy pays for the ferry first. The pier comes next", "Ana Ruiz", "quote")]


def test_a_description_then_the_name_between_commas_after_an_opening_or_a_quotation() -> None:
    assert found(
        "In a statement, the harbour trust’s chief executive, Tom Hale, said: “We regret the"
        " closure of the pier.”",
        "“The ferry will run again in spring,” the council’s leader, Ana Ruiz, wrote in a"
        " letter to residents.",
    ) == [
        ("We regret the closure of the pier.", "Tom Hale", "quote"),
        ("The ferry will run again in spring", "Ana Ruiz", "quote"),
    ]


def test_who_called_or_described_something_so_may_be_named_with_an_apposition() -> None:
    assert found(
        "The mayor, Ana Ruiz, described the new levy as “painful but necessary for the ferry.”",
        "Tom Hale, the harbour master, called the plan “a folly that will sink the town.”",
    ) == [
        ("painful but necessary for the ferry.", "Ana Ruiz", "quote"),
        ("a folly that will sink the town.", "Tom Hale", "quote"),
    ]


def test_a_colon_after_what_the_subject_is_introduces_the_subjects_words() -> None:
    assert found(
        "Ana Ruiz chairs the harbour council.",
        "Tom Hale, 54, a fisherman from Corvina, was blunt: “Nobody asked us about the levy.”",
        "At the meeting, Lena Park was even more direct: “The pier is finished.”",
    ) == [
        ("Nobody asked us about the levy.", "Tom Hale", "quote"),
        ("The pier is finished.", "Lena Park", "quote"),
    ]


def test_the_subject_of_two_verbs_joined_by_and_or_but_is_the_speaker() -> None:
    assert found(
        "Tom Hale spoke first.",
        "Ana Ruiz toured the flooded quay and said the pier was “beyond saving by any means.”",
        "Lena Park declined to comment on the ruling but said in a statement that her firm"
        " “will appeal at once.”",
    ) == [
        ("beyond saving by any means.", "Ana Ruiz", "quote"),
        ("will appeal at once.", "Lena Park", "quote"),
    ]


def test_a_full_name_just_before_a_colon_introducing_a_quotation_is_the_speaker() -> None:
    assert found(
        "Tom Hale spoke first.",
        "The collapse does not surprise harbour historian Ana Ruiz: “The pier was always going"
        " to fall.”",
        "Here is Lena Park in 2019: “We will rebuild the quay within two years.”",
    ) == [
        ("The pier was always going to fall.", "Ana Ruiz", "quote"),
        ("We will rebuild the quay within two years.", "Lena Park", "quote"),
    ]


def test_a_full_names_spokesperson_named_between_commas_is_the_speaker() -> None:
    assert found(
        "Ana Ruiz is the mayor of Corvina.",
        "Ana Ruiz’s spokesman, Carl Dent, said the pier was “safe for the winter at least.”",
    ) == [("safe for the winter at least.", "Carl Dent", "quote")]


def test_a_sentence_saying_what_a_person_is_may_set_an_adverb_between_commas() -> None:
    assert found(
        "“The pier must close,” said Ana Ruiz, the mayor.",
        "Tom Hale, the harbour master, spoke next.",
        "Hale, meanwhile, was more cautious. “We need an engineer’s report first,” he said.",
    ) == [
        ("The pier must close", "Ana Ruiz", "quote"),
        ("We need an engineer’s report first", "Tom Hale", "quote"),
    ]


def test_the_subject_of_a_relative_clause_with_the_verb_of_speech_is_the_speaker() -> None:
    assert found(
        "Tom Hale spoke first.",
        "The crowd gathered at the old pier, which Mayor Ana Ruiz on Friday declared a monument"
        " “to every family that fished here.”",
    ) == [("to every family that fished here.", "Ana Ruiz", "quote")]


def test_quotations_in_single_marks_or_two_apostrophes_are_quotations() -> None:
    british = [
        "‘We will appeal,’ said Ana Ruiz, the council’s leader.",
        "The judge said the residents' case was strong: 'It is at least arguable that the"
        " committee was misled.'",
    ]
    quotes = find_quotes(british, ActorIndex([]))[0]
    assert [(q.text, q.kind) for q in quotes] == [
        ("We will appeal", "quote"),
        ("It is at least arguable that the committee was misled.", "quote"),
    ]
    assert quotes[0].name == "Ana Ruiz"
    archive = ["''We will appeal the ruling at once,'' said Tom Hale, the trust's chair."]
    [quote] = find_quotes(archive, ActorIndex([]))[0]
    assert (quote.text, quote.name) == ("We will appeal the ruling at once", "Tom Hale")
    # where an article sets double marks, single ones are quotations inside them or terms
    american = ['"We will appeal," Ruiz said.', "The 'Save Our Ferry' campaign grew."]
    assert [q.text for q in find_quotes(american, ActorIndex([]))[0]] == ["We will appeal"]


def test_a_known_person_is_not_taken_for_the_known_body_their_description_names() -> None:
    index = ActorIndex(
        [
            Known("gareth-howells", ("Gareth Howells",)),
            Known("keep-marsh-lane-safe", ("Keep Marsh Lane Safe",)),
        ]
    )
    paragraph = (
        '"We will keep fighting this plant," said Gareth Howells, a retired engineer who'
        " chairs the residents' group Keep Marsh Lane Safe."
    )
    [quote] = find_quotes([paragraph], index)[0]
    assert quote.actor == "gareth-howells"


def test_a_double_barrelled_surname_is_the_person_named_in_full_before() -> None:
    paragraphs = [
        "Sen. Maria Delgado-Hunt (D-Ore.) sent a letter to the company.",
        '"We need to know what happened here," Delgado-Hunt said Tuesday.',
    ]
    [quote] = find_quotes(paragraphs, ActorIndex([]))[0]
    assert quote.name == "Maria Delgado-Hunt"


def test_the_spokesperson_speaks_for_the_body_a_spokesperson_was_for() -> None:
    paragraphs = [
        "Opposition transport spokesman Mark Ellison said the plan was rushed.",
        "A spokesperson for Transport for NSW said the tender would protect jobs."
        ' "No driver will lose their job," the spokesperson said.',
    ]
    [quote] = find_quotes(paragraphs, ActorIndex([]))[0]
    assert quote.name == "Transport for NSW"  # not Ellison, the last person named


def test_cr_as_australian_papers_abbreviate_a_councillor_is_a_title() -> None:
    paragraphs = [
        "The motion was moved by Labor councillor Sam Okafor.",
        '"This tender is a betrayal of the drivers," Cr Okafor told the meeting.',
    ]
    quotes, proposed, _ = find_quotes(paragraphs, ActorIndex([]))
    assert [q.name for q in quotes] == ["Sam Okafor"]
    assert [p.name for p in proposed] == ["Sam Okafor"]  # one actor, not "Cr Okafor" too


def test_likes_to_say_after_an_apposition_names_the_speaker() -> None:
    paragraph = (
        "Dana Whitcombe, a former engineer, likes to say that the company"
        ' "mines the junkyard instead of the ground."'
    )
    [quote] = find_quotes([paragraph], ActorIndex([]))[0]
    assert quote.name == "Dana Whitcombe"


def test_who_sent_a_statement_saying_something_is_its_speaker() -> None:
    paragraph = (
        "The company's spokesperson, Megan Liu, later sent a statement saying the plant"
        ' "meets every federal standard" and would reopen.'
    )
    [quote] = find_quotes([paragraph], ActorIndex([]))[0]
    assert quote.name == "Megan Liu"


def test_an_article_ingested_again_updates_the_events_already_recorded_from_it(
    tmp_path: Path,
) -> None:
    """Once an article's drafts are accepted, its events are in data/ citing its
    paragraphs: ingesting it again (an updated page) proposes updates of those events,
    whatever the editor has retitled them, never second copies."""
    data, drafts = river_drafts(tmp_path)
    assert main(["accept", str(drafts), "--data", str(data), "--all", "-q"]) == 0
    (drafted,) = [p for p in (data / "events").glob("*.yaml") if "varga" in p.name]
    record = yaml.safe_load(drafted.read_text())
    record["title"] = "Belmark accuses Arland of breaking the water treaty"  # no word alike
    record["participants"] = []  # nor anyone named: only its citation tells
    renamed = data / "events" / "belmark-accuses-arland.yaml"
    record["id"] = renamed.stem
    renamed.write_text(yaml.safe_dump(record, sort_keys=False))
    drafted.unlink()
    article = write(tmp_path, "sarn.txt", RIVER_ARTICLE)
    again = tmp_path / "again"
    args = ["--published", "2025-06-18", "--outlet", "The Delta Post"]
    assert ingest(article, *args, "--data", data, "--drafts", again, "-q") == 0
    (folder,) = again.iterdir()
    assert not (folder / "events").exists()  # no event drafted a second time
    update = (folder / "updates" / "events" / renamed.name).read_text()
    assert "which data/ already cites for this article's ¶3" in update


def test_an_article_that_dates_a_plan_on_its_day_moves_it_by_no_other_date(
    tmp_path: Path,
) -> None:
    """The meeting announced for the week of 16 June is reported held on Monday 16 June;
    the same actors' next meeting, on 27 June, is another event, not the first one moved
    (new user 8's hearing had been proposed moved to the day of its ruling)."""
    data = tmp_path / "data"
    shutil.copytree(RIVER, data)
    article = write(
        tmp_path,
        "met.txt",
        "Commission meets on the Sarn\n\n"
        "CORVINA CITY - The Tri-River Commission held its emergency meeting with Corvina on"
        " Monday.\n\n"
        "The Tri-River Commission will hold a second emergency meeting with Corvina on June 27,"
        " its chair said.\n",
    )
    args = ["--published", "2025-06-18", "--outlet", "The Delta Post", "--id", "delta-3"]
    assert ingest(article, *args, "--data", data, "--drafts", tmp_path / "drafts", "-q") == 0
    drafts = tmp_path / "drafts" / "delta-3"
    update = yaml.safe_load((drafts / "updates" / "events" / "emergency-meeting.yaml").read_text())
    assert update["when"]["date"] == dt.date(2025, 6, 16) and update["status"] == "happened"
    (second,) = [yaml.safe_load(p.read_text()) for p in (drafts / "events").glob("*.yaml")]
    assert second["when"]["date"] == dt.date(2025, 6, 27)


def test_the_starters_made_up_story_is_nobody_a_desks_article_names(tmp_path: Path) -> None:
    """New user 9's council was matched to the starter's example council by its alias
    "town council", and became a participant of their first event."""
    shutil.copytree(REPO / "generator" / "starter" / "data", tmp_path / "data")
    article = write(
        tmp_path,
        "council.txt",
        "Council to debate ward closure\n\n"
        "KELLMOOR - The town council voted on Monday to oppose the closure of the ward,"
        " its chair said.\n",
    )
    args = ["--published", "2025-03-12", "--outlet", "Kellmoor Courier", "--id", "courier-1"]
    assert (
        ingest(article, *args, "--data", tmp_path / "data", "--drafts", tmp_path / "d", "-q") == 0
    )
    drafts = "".join(p.read_text() for p in (tmp_path / "d" / "courier-1").rglob("*.yaml"))
    assert "example-" not in drafts


def later_version_drafts(tmp_path: Path) -> tuple[Path, Path]:
    """The river story's second article accepted into data/, then ingested again as its
    outlet corrected it (a day changed, a correction added): data/ and the set's folder."""
    data, drafts = river_drafts(tmp_path)
    assert main(["accept", str(drafts), "--data", str(data), "--all", "-q"]) == 0
    later = RIVER_ARTICLE.replace("Emil Varga said on Tuesday", "Emil Varga said on Wednesday")
    later += (
        "\nCorrection: An earlier version of this story misstated the day Emil Varga spoke."
        " He spoke on Wednesday.\n"
    )
    article = write(tmp_path, "sarn.txt", later)
    again = tmp_path / "again"
    args = ["--published", "2025-06-18", "--outlet", "The Delta Post"]
    assert ingest(article, *args, "--data", data, "--drafts", again, "-q") == 0
    (folder,) = again.iterdir()
    return data, folder


def test_the_outlets_later_version_of_an_article_is_read_and_drafted_as_its_update(
    tmp_path: Path,
) -> None:
    """New user 12: the corrected version of an article data/ had was read as data/ had it,
    so its correction, and the changed day, were thrown away unsaid."""
    data, folder = later_version_drafts(tmp_path)
    recorded = yaml.safe_load((data / "sources" / f"{folder.name}.yaml").read_text())
    varga = next(p["n"] for p in recorded["paragraphs"] if "Varga said on" in p["text"])
    update = yaml.safe_load((folder / "updates" / "sources" / f"{folder.name}.yaml").read_text())
    last = len(recorded["paragraphs"]) + 1
    assert [(p["n"], p.get("label")) for p in update["paragraphs"]] == [
        (varga, None),
        (last, "correction"),
    ]
    assert "on Wednesday" in update["paragraphs"][0]["text"]
    # the words it replaces stand beside it, for the editor to compare
    written = (folder / "updates" / "sources" / f"{folder.name}.yaml").read_text()
    assert f"# ¶{varga} in data/ before: Belmark's foreign minister Emil Varga said on Tuesday" in (
        written
    )
    assert f"the outlet changed ¶{varga} and added ¶{last}" in update["draft"]
    # the drafts read the later version: the event dated by ¶3 is set right, openly
    assert not (folder / "events").exists()
    (righted,) = [
        yaml.safe_load(p.read_text())
        for p in (folder / "updates" / "events").glob("*.yaml")
        if "varga" in p.name
    ]
    assert str(righted["when"]["date"]) == "2025-06-18" and righted["changes"][0]["correction"]
    assert "the Delta Post of 2025-06-18" in righted["changes"][0]["note"]
    # the outlet's correction is nobody's claim, and what data/ has is not drafted twice
    drafted = (folder / "quotes.yaml").read_text()
    claims = yaml.safe_load(drafted)["quotes"]
    assert all(last not in q["claim"]["cite"]["paragraphs"] for q in claims)
    assert "Already in data/ from this article" in drafted
    assert not [q for q in claims if q["claim"]["text"].startswith("The numbers speak")]
    assert main(["accept", str(folder), "--data", str(data), "--all", "-q"]) == 0
    source = yaml.safe_load((data / "sources" / f"{folder.name}.yaml").read_text())
    assert "on Wednesday" in source["paragraphs"][varga - 1]["text"]
    assert source["paragraphs"][-1]["label"] == "correction"
    assert len(source["paragraphs"]) == last  # data/'s numbers kept


def river_follow_up(tmp_path: Path, set_id: str, text: str, published: str) -> Path:
    """The drafts of a follow-up of the river story (its first paragraph `text`) against
    a copy of the story's data/: the set's folder."""
    data = tmp_path / "data"
    shutil.copytree(RIVER, data)
    article = write(tmp_path, f"{set_id}.txt", f"Commission news\n\nCORVINA CITY - {text}\n")
    args = ["--published", published, "--outlet", "The Delta Post", "--id", set_id]
    assert ingest(article, *args, "--data", data, "--drafts", tmp_path / "drafts", "-q") == 0
    return tmp_path / "drafts" / set_id


@pytest.mark.parametrize(
    "text",
    [
        # new user 12: "had been due … on Thursday. Instead, … adjourned the hearing until
        # October 19" was put off with no new day, and the new day drafted as another event
        "The Tri-River Commission had been due to hold its emergency meeting with Corvina on"
        " Wednesday. Instead, its chair adjourned the meeting until June 30.",
        # new user 13: "… due to vote on the closure on Monday evening. Instead, they agreed
        # to defer the item until 30 November": not found by "closure" (its title says
        # "closing"), nor its new day, in other words
        "Commissioners had been due to meet Corvina's delegates in an emergency session on"
        " Monday. Instead, they agreed to defer the item until June 30.",
    ],
)
def test_a_plan_due_on_a_day_and_put_off_to_another_moves_to_the_new_day(
    tmp_path: Path, text: str
) -> None:
    drafts = river_follow_up(tmp_path, "delta-4", text, "2025-06-18")
    assert not (drafts / "events").exists()
    update = yaml.safe_load((drafts / "updates" / "events" / "emergency-meeting.yaml").read_text())
    assert update["status"] == "scheduled" and update["when"]["date"] == dt.date(2025, 6, 30)


def test_an_update_that_puts_a_plan_off_says_its_status_changes(tmp_path: Path) -> None:
    """New user 13: an update made the council's vote `postponed` and said nothing of it
    where it was confirmed."""
    drafts = river_follow_up(
        tmp_path,
        "delta-5",
        "The Tri-River Commission's emergency meeting with Corvina, due on Wednesday, has been"
        " postponed, its chair said.",
        "2025-06-17",
    )
    update = yaml.safe_load((drafts / "updates" / "events" / "emergency-meeting.yaml").read_text())
    assert update["status"] == "postponed"
    assert "its status changes from scheduled to postponed" in update["draft"]
