"""Write stage: only what changed is written, and nothing hand-written is touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.errors import OutputError
from generator.project import GENERATED_DIRS
from generator.write import write_pages
from helpers import REPO

OWNED = ("actors", "events")


def test_unchanged_pages_are_not_rewritten(tmp_path: Path) -> None:
    first = write_pages(tmp_path, {"actors/a.md": "A", "events/e.md": "E"}, OWNED)
    mtime = (tmp_path / "actors/a.md").stat().st_mtime_ns
    second = write_pages(tmp_path, {"actors/a.md": "A", "events/e.md": "E2"}, OWNED)
    assert first.written == ["actors/a.md", "events/e.md"]
    assert second.written == ["events/e.md"] and second.unchanged == 1
    assert (tmp_path / "actors/a.md").stat().st_mtime_ns == mtime


def test_stale_generated_pages_are_removed(tmp_path: Path) -> None:
    write_pages(tmp_path, {"actors/a.md": "A", "events/e.md": "E"}, OWNED)
    report = write_pages(tmp_path, {"actors/a.md": "A"}, OWNED)
    assert report.removed == ["events/e.md"]
    assert not (tmp_path / "events").exists()


def test_hand_written_page_in_a_generated_folder_is_kept(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "notes.md").write_text("mine")
    write_pages(tmp_path, {"actors/a.md": "A"}, OWNED)
    write_pages(tmp_path, {"actors/b.md": "B"}, OWNED)
    assert (tmp_path / "actors" / "notes.md").read_text() == "mine"


def test_refuses_to_overwrite_a_page_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "a.md").write_text("mine")
    with pytest.raises(
        OutputError,
        match=r"refusing to overwrite .*actors/a\.md: it was not written by the generator",
    ):
        write_pages(tmp_path, {"actors/a.md": "A"}, OWNED)
    assert (tmp_path / "actors" / "a.md").read_text() == "mine"


@pytest.mark.parametrize("path", ["index.md", "../actors/a.md", "actors/../../x.md"])
def test_refuses_paths_outside_the_generated_folders(tmp_path: Path, path: str) -> None:
    with pytest.raises(OutputError, match="outside the generated folders"):
        write_pages(tmp_path / "docs", {path: "X"}, OWNED)


def test_manifest_of_an_earlier_version_is_read(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "a.md").write_text("A")
    (tmp_path / ".generated.json").write_text('["actors/a.md"]')
    assert write_pages(tmp_path, {"actors/b.md": "B"}, OWNED).removed == ["actors/a.md"]


def test_every_generated_folder_is_ignored_by_git() -> None:
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert [d for d in GENERATED_DIRS if f"docs/{d}/" not in ignored] == []


def test_a_manifest_naming_other_files_deletes_none_of_them(tmp_path: Path) -> None:
    # A manifest is a hint, never a licence: only files inside the generated folders go.
    (tmp_path / "docs" / "actors").mkdir(parents=True)
    for hand_written in ("docs/about.md", "README.md", "docs/actors/sub/x.md"):
        (tmp_path / hand_written).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / hand_written).write_text("by hand")
    (tmp_path / "docs" / "actors" / "link.md").symlink_to(tmp_path / "README.md")
    names = ["about.md", "../README.md", "actors/sub", "actors/link.md", "actors/../about.md"]
    (tmp_path / "docs" / ".generated.json").write_text(json.dumps({"pages": names}))
    report = write_pages(tmp_path / "docs", {"actors/a.md": "A"}, OWNED)
    assert report.removed == []
    for hand_written in (
        "docs/about.md",
        "README.md",
        "docs/actors/sub/x.md",
        "docs/actors/link.md",
    ):
        assert (tmp_path / hand_written).read_text() == "by hand"
