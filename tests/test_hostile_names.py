"""Hostile names: characters that show nothing are refused; names that look like another
name (mixed scripts, Unicode's confusables) are warned of, and `check --strict` fails."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generator.cli import main
from generator.text.names import name_problem
from helpers import edit, errors_of


@pytest.mark.parametrize(
    ("escape", "code", "what"),
    [
        ("\\U000E0041", "E0041", "TAG LATIN CAPITAL LETTER A"),
        ("\\U000E0001", "E0001", "LANGUAGE TAG"),
        ("\\uFE0F", "FE0F", "VARIATION SELECTOR-16"),
        ("\\U000E0100", "E0100", "VARIATION SELECTOR-17"),
        ("\\uFFF9", "FFF9", "INTERLINEAR ANNOTATION ANCHOR"),
        ("\\uFFFB", "FFFB", "INTERLINEAR ANNOTATION TERMINATOR"),
        ("\\x85", "0085", "control character"),
        ("\\x9B", "009B", "control character"),
        ("\\u2028", "2028", "LINE SEPARATOR"),
        ("\\uE000", "E000", "private-use character"),
        ("\\u2800", "2800", "BRAILLE PATTERN BLANK"),
        ("\\u180B", "180B", "MONGOLIAN FREE VARIATION SELECTOR ONE"),
    ],
)
def test_a_name_may_not_hold_a_character_that_shows_nothing(
    data_dir: Path, escape: str, code: str, what: str
) -> None:
    edit(data_dir, "actors/minister.yaml", "name: The Minister", f'name: "The{escape}Minister"')
    assert errors_of(data_dir) == [
        "actors/minister.yaml:2: name: a name may not hold the invisible or control character "
        f"U+{code} ({what}) at position 4: retype the name",
    ]


def test_a_name_of_only_a_braille_blank_is_refused(data_dir: Path) -> None:
    edit(data_dir, "actors/minister.yaml", "name: The Minister", 'name: "\\u2800"')
    edit(data_dir, "events/summit.yaml", "title: Summit", 'title: "Summit\\U000E0020"')
    assert errors_of(data_dir) == [
        "actors/minister.yaml:2: name: a name may not hold the invisible or control character "
        "U+2800 (BRAILLE PATTERN BLANK) at position 1: retype the name",
        "events/summit.yaml:2: title: a name may not hold the invisible or control character "
        "U+E0020 (TAG SPACE) at position 7: retype the name",
    ]


def test_an_emoji_keeps_its_presentation_selector_and_a_word_its_joiners() -> None:
    assert name_problem("Group \u2764\ufe0f") is None  # after a symbol: how emoji are typed
    assert name_problem("\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627") is None
    assert name_problem("A\ufe0f") == (
        "a name may not hold the invisible or control character U+FE0F "
        "(VARIATION SELECTOR-16) at position 2: retype the name"
    )


def test_a_word_mixing_cyrillic_and_latin_letters_is_a_warning_and_strict_fails(
    data_dir: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Мike" with a Cyrillic М, and a Greek omicron in an alias.
    edit(data_dir, "actors/minister.yaml", "name: The Minister", "name: \u041cike Mullen")
    edit(
        data_dir, "actors/minister.yaml", "aliases: [Minister,", "aliases: [Minister, Mull\u03bfn,"
    )
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", "--data", str(data_dir)]) == 0
    assert [r.getMessage() for r in caplog.records] == [
        f"warning: {data_dir}/actors/minister.yaml:2: name: the word '\u041cike' mixes Cyrillic "
        "and Latin letters (U+041C CYRILLIC CAPITAL LETTER EM among Latin ones): "
        "retype it in one script",
        f"warning: {data_dir}/actors/minister.yaml:4: aliases[1]: the word 'Mull\u03bfn' mixes "
        "Greek and Latin letters (U+03BF GREEK SMALL LETTER OMICRON among Latin ones): "
        "retype it in one script",
    ]
    assert main(["check", "--strict", "--data", str(data_dir)]) == 2
    assert capsys.readouterr().err == "error: 2 warning(s); --strict fails on them\n"


def test_two_actors_whose_names_look_alike_are_warned_of_naming_both(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Cyrillic letters drawn like Latin ones (each word is also warned of as mixed).
    look_alike = "\u0422h\u0435 \u041c\u0456n\u0456\u0455t\u0435r"
    edit(data_dir, "actors/the-group.yaml", "name: The Group", f"name: {look_alike}")
    assert errors_of(data_dir) == []  # not the same name: a warning, not an error
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", "--data", str(data_dir)]) == 0
    assert [r.getMessage() for r in caplog.records if "looks like" in r.getMessage()] == [
        f"warning: {data_dir}/actors/minister.yaml:2: name: 'The Minister' looks like the name "
        f"of {data_dir}/actors/the-group.yaml ('{look_alike}'): a reader may take one for the "
        "other",
        f"warning: {data_dir}/actors/the-group.yaml:2: name: '{look_alike}' looks like the name "
        f"of {data_dir}/actors/minister.yaml ('The Minister'): a reader may take one for the "
        "other",
    ]
