"""Load stage: what YAML would misread or cannot read is reported with file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.records.load import ImpossibleDate, _plain_scalar
from helpers import edit, errors_of


def write(data_dir: Path, name: str, content: bytes | str) -> None:
    path = data_dir / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def test_valid_fixture_has_no_errors(data_dir: Path) -> None:
    assert errors_of(data_dir) == []


def test_duplicate_key_is_an_error_not_a_silent_overwrite(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "id: x\nname: A\nname: B\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:3: invalid YAML: duplicate key 'name' (first on line 2)"
    ]


def test_tab_indentation(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "id: x\naliases:\n\t- A\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:3: invalid YAML: a tab cannot indent YAML; use spaces"
    ]


def test_malformed_yaml(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "id: x\nname: [unclosed\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:3: invalid YAML: did not find expected ',' or ']' "
        "(while parsing a flow sequence that starts on line 2)"
    ]


def test_empty_file(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "  \n")
    assert errors_of(data_dir) == ["actors/x.yaml:1: file is empty; expected a mapping of fields"]


def test_byte_order_mark(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", b"\xef\xbb\xbfid: x\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:1: file starts with a byte-order mark; save it as UTF-8 without BOM"
    ]


def test_not_utf8(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", b"id: x\nname: Caf\xe9\n")
    assert errors_of(data_dir) == ["actors/x.yaml:2: not valid UTF-8: byte 0xe9 at offset 15"]


def test_explicit_tags_are_refused(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "id: x\nname: !!python/object x\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:2: invalid YAML: explicit tag 'tag:yaml.org,2002:python/object' is not supported"
    ]


def test_two_documents_in_one_file(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "id: x\n---\nid: y\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:2: invalid YAML: expected a single document in the stream, but found another document"
    ]


def test_top_level_must_be_a_mapping(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "- id: x\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:1: expected a mapping of fields at the top level, found list"
    ]


def test_wrong_extension(data_dir: Path) -> None:
    write(data_dir, "actors/x.yml", "id: x\n")
    assert errors_of(data_dir) == [
        "actors/x.yml:1: expected a '.yaml' file in data/actors/, found 'x.yml'"
    ]


def test_every_broken_file_is_reported_in_one_run(data_dir: Path) -> None:
    write(data_dir, "actors/a.yaml", "")
    write(data_dir, "events/b.yaml", "- 1\n")
    assert len(errors_of(data_dir)) == 2


def test_a_broken_file_hides_no_mistake_in_the_others(data_dir: Path) -> None:
    write(data_dir, "actors/ministry.yaml", "id: ministry\nname: [unclosed\n")  # cannot be read
    edit(data_dir, "actors/the-group.yaml", "paragraphs: [2]", "paragraphs: [9]")
    edit(data_dir, "events/remarks.yaml", "text: out of line.", "text: out of step.")
    edit(data_dir, "events/summit.yaml", "paragraphs: [1]", "paragraphs: [1, 7]")
    edit(data_dir, "disputes/group-role.yaml", "status: open", "status: opne")
    errors = errors_of(data_dir)
    assert [e.split(": ")[0] for e in errors] == [
        "actors/ministry.yaml:3",
        "actors/the-group.yaml:6",
        "disputes/group-role.yaml:4",
        "events/remarks.yaml:11",
        "events/summit.yaml:7",
    ]
    assert not [e for e in errors if "unknown actor 'ministry'" in e]  # broken, not missing


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("-3", -3),
        ("+4", 4),
        ("1.5", 1.5),
        (".5", 0.5),
        ("-.5", -0.5),
        ("1e3", 1000.0),
        ("2011-09-15", dt.date(2011, 9, 15)),
        ("true", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("", None),
        # text: YAML 1.1's booleans, and values that only start like a number
        ("NO", "NO"),
        ("yes", "yes"),
        ("-x", "-x"),
        (".hidden", ".hidden"),
        ("12 May", "12 May"),
        ("1,000", "1,000"),
        ("Kayani", "Kayani"),
        ("2011-09", "2011-09"),
    ],
)
def test_unquoted_values_are_typed_by_yaml_1_2(text: str, value: object) -> None:
    typed = _plain_scalar(text)
    assert typed == value and type(typed) is type(value)


def test_an_impossible_date_is_kept_for_the_model_to_report() -> None:
    assert isinstance(_plain_scalar("2011-02-30"), ImpossibleDate)


def test_a_missing_colon_is_reported_on_its_own_line(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "id: x\nname: A\nkind person\ndescription: D\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:3: invalid YAML: no ':' after the field name; write `field: value`"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "id: x\nname: A\nkind: person\ncite:\n  - source src\n    paragraphs: [1]\n",
        "id: x\nname: A\nkind: person\naffiliations:\n  - actor\n    role: chair\n",
    ],
    ids=["in a list item", "a bare list item"],
)
def test_a_missing_colon_in_a_list_item_is_reported_on_its_own_line(
    data_dir: Path, text: str
) -> None:
    # YAML only notices at the next field, which it reads as the end of the value above
    write(data_dir, "actors/x.yaml", text)
    assert errors_of(data_dir) == [
        "actors/x.yaml:5: invalid YAML: no ':' after the field name; write `field: value`"
    ]


def test_a_colon_inside_a_value_asks_for_quotes(data_dir: Path) -> None:
    write(data_dir, "actors/x.yaml", "id: x\nname: Kayani: no action\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:2: invalid YAML: a ': ' inside a value (YAML reads it as a new field);"
        ' put the whole value in quotes, e.g. title: "Vote: the council splits"'
    ]
