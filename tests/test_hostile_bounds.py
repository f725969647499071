"""Issue #33, every input bounded: each hostile input is a one-line error naming the file
(exit 2), or is handled, in about a second; none exhausts memory, time or the stack."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from helpers import edit, errors_of

ACTOR = (
    "id: x\nname: X\nkind: person\ndescription: D\n"
    "cite: [{source: wire-2011-09-15, paragraphs: [1]}]\n"
)
ACTORS_SEE = "actors/x.yaml"


def actor(data_dir: Path, text: str, name: str = "x.yaml") -> None:
    (data_dir / "actors" / name).write_text(text, encoding="utf-8")


def check(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`explainer check` in its own process: a crash of libyaml would end only it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "check", "--data", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )


# --- YAML ---------------------------------------------------------------------------


def test_a_mapping_as_a_key_is_refused_before_it_is_built(data_dir: Path) -> None:
    # 142 bytes that took 4.2 GB: as text, each level of nested keys doubled in size.
    actor(data_dir, "id: x\nx: " + "{? " * 32 + "z" + "}" * 32 + "\n")
    assert errors_of(data_dir) == [
        f"{ACTORS_SEE}:2: invalid YAML: a mapping as a field name; a field name is a plain"
        " word such as 'name'"
    ]
    actor(data_dir, "id: x\n? [a, b]\n: v\n")
    assert errors_of(data_dir) == [
        f"{ACTORS_SEE}:2: invalid YAML: a list as a field name; a field name is a plain"
        " word such as 'name'"
    ]


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize("mark", ["? ", "- ", "[? "])
def test_nesting_on_one_line_is_refused_without_a_crash(
    data_dir: Path, depth: int, mark: str
) -> None:
    # 100,000 explicit keys crashed libyaml's composer (exit 139), 1,000 were an internal error.
    closing = "]" * depth if mark.startswith("[") else ""
    actor(data_dir, "id: x\nname:\n  " + mark * depth + "z" + closing + "\n")
    result = check(data_dir)
    assert result.returncode == 2, result.stderr[-500:]
    assert f"{ACTORS_SEE}:3: lists and mappings nested more than 20 deep" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "id: x\n" + "k" * 10_000 + ": v\n",
        "id: x\nx: {" + "k" * 2_000 + ": v}\n",
        "id: x\n? " + "k" * 2_000 + "\n: v\n",
    ],
)
def test_a_key_too_long_is_told_so(data_dir: Path, text: str) -> None:
    actor(data_dir, text)
    assert errors_of(data_dir) == [
        f"{ACTORS_SEE}:2: invalid YAML: a field name longer than 1,024 characters; a field"
        " name is a plain word such as 'name'"
    ]


def test_a_missing_colon_on_a_long_line_is_still_a_missing_colon(data_dir: Path) -> None:
    actor(data_dir, "id: x\nname: A\n" + "k" * 3_000 + "\n")
    assert errors_of(data_dir) == [
        f"{ACTORS_SEE}:3: invalid YAML: no ':' after the field name; write `field: value`"
    ]


# --- dates and references ---------------------------------------------------------------


def test_a_quoted_date_is_told_to_lose_its_quotes(data_dir: Path) -> None:
    edit(data_dir, "events/remarks.yaml", "date: 2011-09-14,", 'date: "2011-09-14",')
    assert errors_of(data_dir) == [
        "events/remarks.yaml:3: when.date: expected a date, found the text '2011-09-14':"
        " remove the quotes to make it a date"
    ]


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "0999-12-31", "3000-01-01"])
def test_a_date_outside_the_years_the_site_can_show_is_a_data_error(
    data_dir: Path, date: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # 0001-01-01 was an internal error (exit 3): the Saturday before it is no date.
    edit(data_dir, "events/remarks.yaml", "date: 2011-09-14,", f"date: {date},")
    assert main(["check", "--data", str(data_dir)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{data_dir}/events/remarks.yaml:3: when.date: expected a date from the year 1000 to"
        f" 2999, found {date}"
    )


def test_the_edges_of_the_years_are_dates(data_dir: Path) -> None:
    edit(data_dir, "events/remarks.yaml", "date: 2011-09-14,", "date: 1000-01-01,")
    edit(
        data_dir,
        "events/summit.yaml",
        "date: 2011-09-26, precision: week",
        "date: 2999-12-28, precision: weekend",
    )
    assert errors_of(data_dir) == []  # the weekend's Sunday is in 2999 too


def test_an_event_dated_by_itself_or_a_cycle_is_refused(data_dir: Path) -> None:
    edit(
        data_dir,
        "events/summit.yaml",
        "source: wire-2011-09-15}",
        "source: wire-2011-09-15, relative_to: summit}",
    )
    assert errors_of(data_dir) == [
        "events/summit.yaml:3: when.relative_to: an event cannot be dated by itself ('summit')"
    ]
    edit(data_dir, "events/summit.yaml", "relative_to: summit}", "relative_to: remarks}")
    edit(
        data_dir,
        "events/remarks.yaml",
        "source: wire-2011-09-15}",
        "source: wire-2011-09-15, relative_to: summit}",
    )
    assert errors_of(data_dir) == [
        "events/remarks.yaml:3: when.relative_to: dated-by cycle: remarks -> summit -> remarks",
        "events/summit.yaml:3: when.relative_to: dated-by cycle: summit -> remarks -> summit",
    ]


# --- files that would vanish unread -------------------------------------------------------


def test_a_hidden_record_file_and_a_loose_one_are_reported(data_dir: Path) -> None:
    actor(data_dir, ACTOR, ".hidden.yaml")
    actor(data_dir, "lock", ".#x.yaml")  # an editor's lock file: no record
    (data_dir / "loose.yaml").write_text(ACTOR)
    (data_dir / "README.md").write_text("notes")
    assert errors_of(data_dir) == [
        "actors/.hidden.yaml: is hidden (its name starts with '.') and would never be read:"
        " rename it to 'hidden.yaml', or move it out of data/",
        "loose.yaml: is not in a record folder: move it into one of"
        " data/{sources, actors, events, disputes}/",
    ]


# --- quotes -------------------------------------------------------------------------------

WORDS = "the minister said group role talks army navy council bridge vote city water".split()


def near_misses(data_dir: Path, quotes: int, files: int) -> list[str]:
    """A source of three 19,000-character paragraphs (few distinct words: the worst case
    for a comparison by alignment), and `files` disputes of `quotes` near misses each."""
    paragraphs = [
        " ".join(WORDS[(i * 7 + n * 3 + i // 5) % len(WORDS)] for i in range(3_000))[:19_000]
        for n in range(3)
    ]
    source = data_dir / "sources" / "wire-2011-09-15.yaml"
    document = yaml.safe_load(source.read_text())
    document["paragraphs"] = [{"n": n, "text": t} for n, t in enumerate(paragraphs, 1)]
    source.write_text(yaml.safe_dump(document, width=10**6))
    misses = []
    for q in range(quotes):
        words = paragraphs[q % 3].split()
        words[(q * 131) % len(words)] = "changed"  # one word in the middle differs
        if q % 2:
            words = [w if i % 7 else "x" + w for i, w in enumerate(words)]  # and many more
        misses.append(" ".join(words)[:20_000])
    claims = [
        {
            "speaker": "the-group",
            "kind": "quote",
            "text": t,
            "cite": {"source": "wire-2011-09-15", "paragraphs": [1, 2, 3]},
        }
        for t in misses
    ]
    for f in range(files):
        dispute = {
            "id": f"d{f}",
            "question": "Q?",
            "summary": "S",
            "status": "open",
            "positions": [{"stance": "S", "actors": ["the-group"], "claims": claims}],
            "cite": [{"source": "wire-2011-09-15", "paragraphs": [1]}],
        }
        (data_dir / "disputes" / f"d{f}.yaml").write_text(yaml.safe_dump(dispute, width=10**6))
    return misses


def test_near_misses_of_long_quotes_are_reported_quickly(data_dir: Path) -> None:
    # Three 600 KB files of near-miss 20,000-character quotes kept `check` busy past 120 s.
    near_misses(data_dir, quotes=30, files=3)
    errors = [e for e in errors_of(data_dir) if e.startswith("disputes/")]
    assert len(errors) == 90
    first = errors[0]
    assert first.startswith(
        "disputes/d0.yaml:18: positions[0].claims[0].text: quote not found verbatim in source"
        " 'wire-2011-09-15' paragraph 1, 2, 3; the closest passage, first difference in"
        " brackets: [the] navy minister council said vote …"
    )


def test_a_quote_with_nothing_in_common_says_so(data_dir: Path) -> None:
    edit(data_dir, "events/remarks.yaml", "text: out of line.", "text: zzz yyy xxx www.")
    assert errors_of(data_dir) == [
        "events/remarks.yaml:11: quotes[0].text: quote not found verbatim in source"
        " 'wire-2011-09-15' paragraph 1; it is too different from the paragraph to show a"
        " closest passage"
    ]


def test_a_typo_in_the_first_word_shows_the_paragraphs_word(data_dir: Path) -> None:
    edit(data_dir, "events/remarks.yaml", "text: out of line.", "text: Teh minister said.")
    (error,) = errors_of(data_dir)
    assert error.endswith(
        "first difference in brackets: ISLAMABAD - [The] minister said on Wednesday that …"
    )


# --- ingest -----------------------------------------------------------------------------


def ingest(tmp_path: Path, *args: object) -> int:
    return main(
        [
            "ingest",
            *map(str, args),
            "--data",
            str(tmp_path / "data"),
            "--drafts",
            str(tmp_path / "drafts"),
            "-q",
        ]
    )


ARTICLE = (
    "Talks stall\n\nGENEVA - Delegates left the talks on Monday without a deal, officials said.\n"
)


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_ingest_reads_only_a_regular_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "in.txt"
    if kind == "fifo":
        os.mkfifo(path)  # opening it to read would wait for a writer for ever
    elif kind == "folder":
        path.mkdir()
    else:
        path = Path("/dev/zero")  # read whole, it never ends
    assert ingest(tmp_path, path, "--published", "2020-03-04") == 2
    expected = (
        "is a folder: give the saved article's file"
        if kind == "folder"
        else ("is not a regular file (a device, FIFO or socket)")
    )
    assert capsys.readouterr().err == f"error: {path}: {expected}\n"


def test_ingest_reads_no_more_than_its_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as out:
        out.truncate(3_000_000_000)  # sparse: read whole, 3 GB
    assert ingest(tmp_path, big, "--published", "2020-03-04") == 2
    assert (
        capsys.readouterr().err
        == f"error: {big}: larger than 5,000,000 bytes: not an article page\n"
    )


def test_an_article_longer_than_a_record_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 4.9 MB of text ran past 120 s; a source record holds at most 1,000,000 bytes anyway.
    sentence = '"We will act soon on the bridge," said Official Person. He added more. '
    text = "Headline\n\n" + "\n\n".join([sentence * 4] * 17_000) + "\n"
    page = tmp_path / "big.txt"
    page.write_text(text[:4_900_000] + ".\n")
    assert ingest(tmp_path, page, "--published", "2020-03-04") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {page}: the article's text is ") and err.endswith(
        " characters, more than a source record may hold (1,000,000): keep only the article in"
        " the file\n"
    )


def test_a_long_article_is_searched_up_to_a_limit_and_the_review_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = '"We will act soon," said Official Person on Monday. '
    long_paragraph = "The talks went on. " * 1_200  # 22,800 characters
    page = tmp_path / "a.txt"
    page.write_text("Headline\n\n" + long_paragraph + "\n\n" + "\n\n".join([sentence * 5] * 900))
    assert (
        main(
            [
                "ingest",
                str(page),
                "--published",
                "2020-03-04",
                "--data",
                str(tmp_path / "data"),
                "--drafts",
                str(tmp_path / "drafts"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert (
        "- ¶1: 22,799 characters, more than a paragraph may hold (20,000): not searched for"
        " quotes, dates or names; split it"
    ) in out
    assert (
        "- ¶774–¶901: not searched for quotes, dates or names (only the first 200,000"
        " characters of an article are): draft them by hand"
    ) in out


@pytest.mark.parametrize(
    "paragraph",
    [
        "alpha said " * 40_000 + ", end.",  # ATTRIBUTION tried every 'said' to the end
        "according to alpha " * 20_000 + "“x.",  # ACCORDING, from every 'according to'
        "Alpha Said. " * 20_000 + "x.",  # APPOSITION, from every sentence
    ],
)
def test_speaker_patterns_take_linear_time(paragraph: str) -> None:
    from generator.ingest.actors import ActorIndex
    from generator.ingest.quotes import find_quotes

    # Each took from 10 s to minutes; now well under a second (no timing asserted).
    found, _, _ = find_quotes([paragraph], ActorIndex([]))
    assert len(found) <= 1 and all(q.who is None for q in found)  # no speaker made up


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ab Cd, " * 20_000 + "said",  # a name, an apposition, a name… before one verb
        "Ana Ruiz, " + "a clerk, " * 20_000 + "said",  # appositions past their three
        "according to a statement from " * 10_000 + "Ana",  # ACCORDING's optional opening
        "Ab Cd " * 40_000 + "said Ab Cd, " * 5_000,  # capitalised words everywhere
    ],
)
def test_reported_people_take_linear_time(paragraph: str) -> None:
    from generator.ingest.actors import ActorIndex
    from generator.ingest.reported import reported_people

    # Each pattern is bounded to a few words and commas; no timing asserted.
    people = reported_people([paragraph], [], ActorIndex([]))
    assert all(len(p.name) < 100 for p in people)


def test_ingest_refuses_an_id_that_is_no_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "a.txt"
    page.write_text(ARTICLE)
    assert ingest(tmp_path, page, "--published", "2020-03-04", "--id", "../x") == 2
    assert capsys.readouterr().err == (
        "error: --id '../x' is no id: lower-case letters, digits and single hyphens, at most"
        " 100 characters\n"
    )
    assert not (tmp_path / "x").exists() and not (tmp_path / "drafts").exists()


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_ingest_refuses_a_publication_date_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], date: str
) -> None:
    page = tmp_path / "a.txt"
    page.write_text(ARTICLE)
    assert ingest(tmp_path, page, "--published", date) == 2
    assert capsys.readouterr().err == (
        f"error: {page}: publication date {date} is not between the years 1000 and 2999: give"
        " --published YYYY-MM-DD\n"
    )


def test_two_speakers_whose_names_differ_by_an_accent_get_two_drafts(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(
        'Talks stall\n\n"We will act," said Water Minister Zoë Brun.\n\n'
        '"We will not," said Rail Minister Zoé Brun.\n'
    )
    assert ingest(tmp_path, page, "--published", "2020-03-04", "--id", "s") == 0
    drafts = sorted((tmp_path / "drafts" / "s" / "actors").iterdir())
    assert [d.name for d in drafts] == ["zoe-brun-2.yaml", "zoe-brun.yaml"]
    names = {
        yaml.safe_load(d.read_text())["id"]: yaml.safe_load(d.read_text())["name"] for d in drafts
    }
    assert names == {"zoe-brun": "Zoë Brun", "zoe-brun-2": "Zoé Brun"}
