"""Hostile files in data/ (as a pull request could bring them): every one is a one-line
data error naming the file, within seconds; nothing hangs, crashes or reads outside."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from helpers import SMALL_DATA, errors_of

ACTOR = "id: {id}\nname: {name}\nkind: person\ndescription: D\ncite: [{{source: wire-2011-09-15, paragraphs: [1]}}]\n"


def actor(data_dir: Path, text: str, name: str = "x.yaml") -> Path:
    path = data_dir / "actors" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_alias_bomb_is_refused_at_once(data_dir: Path) -> None:
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    actor(data_dir, "id: x\n" + "\n".join(levels) + "\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:2: invalid YAML: this value is used again through an alias (*name); "
        "aliases are not supported"
    ]


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_nesting_is_refused_without_a_crash(data_dir: Path, depth: int) -> None:
    actor(data_dir, "id: x\nname: " + "[" * depth + "]" * depth + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--data", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr[-500:]
    assert "actors/x.yaml:2: lists and mappings nested more than 20 deep" in result.stderr


def test_a_huge_number_is_refused(data_dir: Path) -> None:
    edit_paragraph = (data_dir / "sources" / "wire-2011-09-15.yaml").read_text()
    (data_dir / "sources" / "wire-2011-09-15.yaml").write_text(
        edit_paragraph.replace("  - n: 2\n", "  - n: " + "9" * 5000 + "\n", 1)
    )
    assert errors_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:13: a number of more than 15 digits; quote it if it is text"
    ]


def test_only_regular_files_are_read(data_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text(ACTOR.format(id="outside", name="Outside"))
    (data_dir / "actors" / "outside.yaml").symlink_to(secret)
    (data_dir / "actors" / "zero.yaml").symlink_to("/dev/zero")
    (data_dir / "actors" / "dangling.yaml").symlink_to(tmp_path / "gone.yaml")
    os.mkfifo(data_dir / "actors" / "fifo.yaml")
    (data_dir / "actors" / "sub").mkdir()
    link = "is a symbolic link; data/ holds only regular files (a link can lead anywhere)"
    assert errors_of(data_dir) == [
        f"actors/dangling.yaml: {link}",
        "actors/fifo.yaml: is not a regular file (a device, FIFO or socket)",
        f"actors/outside.yaml: {link}",
        "actors/sub: is a folder; record files go directly in data/actors/",
        f"actors/zero.yaml: {link}",
    ]


def test_a_kind_folder_must_be_a_real_folder(data_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (data_dir / "disputes").rename(outside)
    (data_dir / "disputes").symlink_to(outside)
    (data_dir / "events").rename(tmp_path / "events")
    (data_dir / "events").write_text("not a folder")
    errors = errors_of(data_dir)
    assert "disputes: must be a folder (not a file or a link)" in errors
    assert "events: must be a folder (not a file or a link)" in errors


def test_a_broken_link_drops_no_other_record(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "disputes" / "a-link.yaml").symlink_to(tmp_path / "gone.yaml")
    errors = errors_of(data_dir)
    assert [e.split(":")[0] for e in errors] == ["disputes/a-link.yaml"]  # group-role.yaml read


def test_a_misspelt_kind_folder_is_named(data_dir: Path) -> None:
    (data_dir / "actor").mkdir()
    actor(data_dir.parent / "data", ACTOR.format(id="y", name="Y"), "../actor/y.yaml")
    assert errors_of(data_dir) == [
        "actor: is not a record folder (those are: sources, actors, events, disputes); "
        "did you mean 'actors'?"
    ]


def test_a_file_over_a_megabyte_is_refused_unread(data_dir: Path) -> None:
    big = actor(data_dir, "id: x\n")
    with open(big, "ab") as out:
        out.truncate(50_000_000)  # sparse: the size is what counts
    assert errors_of(data_dir) == [
        "actors/x.yaml: is 50,000,000 bytes; a record file may hold at most 1,000,000"
    ]


def test_a_text_over_20000_characters_is_refused(data_dir: Path) -> None:
    source = data_dir / "sources" / "wire-2011-09-15.yaml"
    text = source.read_text().replace("text: The group denies any role.", "text: " + "x" * 20_001)
    source.write_text(text)
    assert errors_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:14: paragraphs[1].text: expected text of at most 20,000 "
        "characters, found 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'… "
        "(20,001 characters)",
    ]


@pytest.mark.parametrize("text", ["id: x\naliases: !evil [a]\n", "id: x\nname: !evil {a: b}\n"])
def test_a_custom_tag_on_a_list_or_mapping_is_refused(data_dir: Path, text: str) -> None:
    actor(data_dir, text)
    (error,) = errors_of(data_dir)
    assert error == "actors/x.yaml:2: invalid YAML: explicit tag '!evil' is not supported"


@pytest.mark.parametrize("record_id", ["a" * 101, "con", "aux", "nul", "com1", "lpt9"])
def test_ids_no_file_system_can_hold_are_refused(data_dir: Path, record_id: str) -> None:
    actor(data_dir, ACTOR.format(id=record_id, name="Y"), f"{record_id}.yaml")
    (error,) = errors_of(data_dir)
    assert error.startswith(f"actors/{record_id}.yaml:1: id: ")
    assert ("at most 100 characters" in error) or ("Windows reserves" in error)


def test_a_nul_byte_is_reported_on_its_line(data_dir: Path) -> None:
    actor(data_dir, "id: x\nname: A\x00B\n")
    assert errors_of(data_dir) == [
        "actors/x.yaml:2: control character U+0000 at column 8, which YAML cannot hold; delete it"
    ]


def test_an_unquoted_date_or_number_where_text_belongs_gets_a_hint(data_dir: Path) -> None:
    actor(data_dir, ACTOR.format(id="x", name="2011-09-16"))
    assert errors_of(data_dir) == [
        "actors/x.yaml:2: name: expected text, found the date 2011-09-16: "
        "put it in quotes to make it text"
    ]


def test_control_characters_from_data_never_reach_the_terminal_raw(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actor(data_dir, ACTOR.format(id="x", name="X") + '"\\e[2Jkey\\nforged": 1\n')
    actor(data_dir, "id: y\n", "y\x1b[2J\nforged.yaml")
    assert main(["check", "--data", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[2J" in err
    *errors, count = err.strip().splitlines()
    assert all(e.startswith(str(data_dir)) for e in errors)  # no line forged
    assert count == f"{len(errors)} data error(s); nothing was written."


def test_an_internal_error_is_one_line_and_exit_3(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.records import load

    def broken(kind: str, path: Path) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(load, "_load_file", broken)
    assert main(["check", "--data", str(data_dir)]) == 3
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("internal error while reading ") and "RecursionError" in line
    assert "please report it" in line


# Property: any structure (nesting, aliases, numbers, tags) in any field is a data error
# or a record, never another exception.
_scalars = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["x", "'q'", "2011-09-16", "2011-02-30", "1e999", "~", "*a", "!evil x", ""]),
    st.text(alphabet="ab :-#&*!?|>", max_size=6),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
        st.lists(st.tuples(st.sampled_from(["id", "name", "k", "cite"]), inner), max_size=4).map(
            lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
        ),
    ),
    max_leaves=40,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=_values, second=_values, depth=st.integers(min_value=0, max_value=300))
def test_any_structure_is_a_record_or_a_data_error(first: str, second: str, depth: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        shutil.copytree(SMALL_DATA, data)
        text = f"id: x\nname: &a {first}\naliases: {'[' * depth}{second}{']' * depth}\n"
        (data / "actors" / "x.yaml").write_text(text, encoding="utf-8")
        errors = errors_of(data)  # raises anything but DataErrors
        assert all(e.startswith("actors/x.yaml") for e in errors)


@pytest.mark.parametrize(
    "content",
    [
        b"id: x\nname: Caf\xe9\n",  # not UTF-8
        b"\xef\xbb\xbfid: x\n",  # byte-order mark
        b"id: x\naliases:\n\t- A\n",  # tab
        b"id: x\nname: A\x00B\n",  # NUL
        b"",  # empty
        b"# only a comment\n",
        b"id: x\n---\nid: y\n",  # two documents
        b"id: !!python/object/apply:os.system [echo hi]\n",
        b"id: index\n",
        b"id: Foo\n",
        b"id: ../../etc/x\n",
        b"id: foo bar\n",
        "id: café\n".encode(),
        b"id: x\nname: A\nname: B\n",  # duplicate key
        b"base: &b {name: A}\nid: x\n<<: *b\n",  # merge key
        b"id: x\naffiliations: [x]\n",  # belongs to itself
        b"id: x\ncite: [{source: wire-2011-09-15, paragraphs: [999999999999]}]\n",
    ],
)
def test_what_was_already_refused_stays_a_one_line_error(data_dir: Path, content: bytes) -> None:
    (data_dir / "actors" / "x.yaml").write_bytes(content)
    errors = errors_of(data_dir)
    assert errors and all(e.startswith("actors/x.yaml") and "\n" not in e for e in errors)
