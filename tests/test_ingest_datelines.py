"""A story's dateline, one definition for every stage of ingest: its parts, what is no
dateline, and what the stages read of it. Every sentence here is made up, from other
stories."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.actors_names import who_is
from generator.ingest.article import wire_of
from generator.ingest.datelines import DATELINE, dated_dateline
from generator.ingest.dates import dateline
from generator.ingest.proposals import summary_of
from generator.ingest.reported_subjects import body_subjects

NO_PARTS = dict.fromkeys(("region", "month", "day", "day_first", "month_after", "year", "agency"))


@pytest.mark.parametrize(
    "line, parts",
    [
        (
            "HALLEN, March 3 (Nordwire) - The harbour board will reopen the port.",
            {"place": "HALLEN", "month": "March", "day": "3", "agency": "Nordwire"},
        ),
        (
            "SACRAMENTO, Calif. (AP) -- The state sued the water board on Monday.",
            {"place": "SACRAMENTO", "region": "Calif.", "agency": "AP"},
        ),
        (  # a state, then the day with its year
            "MOMBASA, Kenya, Oct. 4, 2025 (Xinhua) -- Port workers went on strike today.",
            {"place": "MOMBASA", "region": "Kenya", "month": "Oct", "day": "4", "year": "2025"}
            | {"agency": "Xinhua"},
        ),
        (  # the day without a full stop after the month, as Reuters sets it
            "PORTVALE, Aug 31 (Reuters) - The council voted to sell the pier.",
            {"place": "PORTVALE", "month": "Aug", "day": "31", "agency": "Reuters"},
        ),
        (  # a hyphen in the place's name, a state with full stops
            "WINSTON-SALEM, N.C. — The mill closed its last loom on Friday.",
            {"place": "WINSTON-SALEM", "region": "N.C."},
        ),
        (  # accented capitals
            "SÃO PAULO (Reuters) - Coffee prices rose for a third week.",
            {"place": "SÃO PAULO", "agency": "Reuters"},
        ),
        (  # a state in brackets is no agency
            "FRESNO (Calif.) - The dam held through the night.",
            {"place": "FRESNO"},
        ),
        (  # the underscore old wire copy typed for a dash
            "NEW YORK _ A ferry ran aground off Staten Island on Thursday.",
            {"place": "NEW YORK"},
        ),
        (
            "CANBERRA, Australia (AP)_ The senate passed the water bill.",
            {"place": "CANBERRA", "region": "Australia", "agency": "AP"},
        ),
        (  # a horizontal bar
            "MARLOW HEIGHTS ― The library will close two branches.",
            {"place": "MARLOW HEIGHTS"},
        ),
        (  # an em dash closed up
            "KESTON—The ferry service resumed on Monday.",
            {"place": "KESTON"},
        ),
        (  # a hyphen set off by a space before it only
            "ST. LOUIS -The city council met on Tuesday.",
            {"place": "ST. LOUIS"},
        ),
        (  # the day first, with its year: a press release's
            "LENKOVO, 3 March 2025 - The farmers' union today confirmed its complaint.",
            {"place": "LENKOVO", "day_first": "3", "month_after": "March", "year": "2025"},
        ),
        (  # alone on its line
            "LA CROSSE, Wis. (AP) --",
            {"place": "LA CROSSE", "region": "Wis.", "agency": "AP"},
        ),
    ],
)
def test_a_datelines_parts(line: str, parts: dict[str, str]) -> None:
    match = DATELINE.match(line)
    assert match is not None and match.groupdict() == {**NO_PARTS, **parts}


@pytest.mark.parametrize(
    "line",
    [
        "AFL-CIO leaders endorsed the mayor on Monday.",  # a hyphen closed up joins words
        "KING-TV reported the fire first.",
        "NORTH–SOUTH rail link opens in May.",  # so does an en dash
        "US - China talks resumed in Geneva.",  # two capitals: an abbreviation
        "NATO, the alliance, said it would send two ships.",  # no dash
        "The Harbour Board - its chair said - will meet again.",  # no capitals
        "EXCLUSIVE: The mayor kept a second diary.",
    ],
)
def test_what_is_no_dateline(line: str) -> None:
    assert DATELINE.match(line) is None


@pytest.mark.parametrize(
    "line, filed",
    [
        ("HALLEN, March 3 (Nordwire) - The port reopened.", ("March", 3, None)),
        ("BONN, Germany, March 3 — The vote was put off.", ("March", 3, None)),
        ("LENKOVO, 3 March 2025 - The union confirmed it.", ("March", 3, 2025)),  # day first
        ("SACRAMENTO, Calif. (AP) - The state sued.", None),  # no day
        ("The board met on March 3.", None),
    ],
)
def test_a_dated_dateline_names_the_day_the_story_was_filed(
    line: str, filed: tuple[str, int, int | None] | None
) -> None:
    found = dated_dateline(line)
    assert (found and (found.month, found.day, found.year)) == filed


def test_a_wire_stories_today_counts_from_its_datelines_day() -> None:
    story = "MOMBASA, Kenya, Oct. 4, 2025 (Xinhua) -- Port workers went on strike today."
    assert dateline(["Dock strike", story], dt.date(2025, 10, 5)) == dt.date(2025, 10, 4)


@pytest.mark.parametrize(
    "line, wire",
    [
        ("HALLEN, March 3 (Nordwire) - The port reopened on Monday.", "Nordwire"),
        ("FRESNO (Calif.) - The dam held.", None),  # a state in brackets
        ("ANNAPOLIS (Md.) - The council met.", None),
    ],
)
def test_the_agency_in_a_datelines_brackets_is_the_wire(line: str, wire: str | None) -> None:
    assert wire_of(line) == wire


@pytest.mark.parametrize(
    "sentence, summary",
    [
        (
            "RENO, Nev. (AP) — The dam will be closed on Monday.",
            "The dam will be closed on Monday.",
        ),
        (
            "CAMBRIDGE, Mass., Dec. 11 (Nordwire) — Students will march on Friday.",
            "Students will march on Friday.",
        ),
        (
            "NEW YORK _ The ferry will resume on Friday.",
            "The ferry will resume on Friday.",
        ),
        (  # a name with a hyphen is kept whole
            "AFL-CIO leaders endorsed the mayor on Monday.",
            "AFL-CIO leaders endorsed the mayor on Monday.",
        ),
    ],
)
def test_a_summary_is_the_sentence_without_its_dateline(sentence: str, summary: str) -> None:
    assert summary_of(sentence) == summary


@pytest.mark.parametrize(
    "phrase, name, role",
    [
        ("RENO, Nev. (AP) — Ana Ruiz", "Ana Ruiz", ""),
        (
            "KESTON, March 3 (Nordwire) - Harbour Board chair Ana Ruiz",
            "Ana Ruiz",
            "Harbour Board chair",
        ),
        ("AFL-CIO president Tom Hale", "Tom Hale", "AFL-CIO president"),
    ],
)
def test_a_dateline_before_a_name_is_no_part_of_it(phrase: str, name: str, role: str) -> None:
    named = who_is(phrase)
    assert named is not None and (named.name, named.role, named.kind) == (name, role, "person")


@pytest.mark.parametrize(
    "paragraph, bodies",
    [
        ("KESTON — The Harbour Board cancelled every crossing on Monday.", ["Harbour Board"]),
        # a body in capitals, then a comma, opens no dateline
        ("NORDCO, the ferry operator, cancelled every crossing on Monday.", ["NORDCO"]),
    ],
)
def test_the_place_of_a_dateline_is_no_body(paragraph: str, bodies: list[str]) -> None:
    assert [m["who"] for m in body_subjects(paragraph)] == bodies
