"""Write stage: only what changed is written, and nothing hand-written is touched."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from generator.run.errors import OutputError
from generator.run.guard import UnsafePathError
from generator.run.project import GENERATED_DIRS, GENERATED_MARK, MANIFEST
from generator.site.write import write_pages
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
    write_pages(tmp_path, {"actors/a.md": page("A"), "events/e.md": page("E")}, OWNED)
    report = write_pages(tmp_path, {"actors/a.md": page("A")}, OWNED)
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
    (tmp_path / "actors" / "a.md").write_text(page("A"))
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
    (tmp_path / "docs" / "actors" / "by-hand.md").write_text("by hand")
    names = ["about.md", "../README.md", "actors/sub", "actors/link.md", "actors/../about.md"]
    names.append("actors/by-hand.md")  # in a generated folder, but without the mark
    (tmp_path / "docs" / ".generated.json").write_text(json.dumps({"pages": names}))
    (tmp_path / "docs" / "actors" / "link.md").symlink_to(tmp_path / "README.md")
    with pytest.raises(UnsafePathError, match=r"link\.md is a symbolic link"):
        write_pages(tmp_path / "docs", {"actors/a.md": "A"}, OWNED)
    (tmp_path / "docs" / "actors" / "link.md").unlink()
    report = write_pages(tmp_path / "docs", {"actors/a.md": "A"}, OWNED)
    assert report.removed == []
    for hand_written in ("docs/about.md", "README.md", "docs/actors/sub/x.md"):
        assert (tmp_path / hand_written).read_text() == "by hand"
    assert (tmp_path / "docs/actors/by-hand.md").read_text() == "by hand"


def page(text: str) -> str:
    """A generated page: it begins with the generator's mark, as render() makes them."""
    return GENERATED_MARK + "title: x\n---\n" + text


def test_a_run_stopped_before_its_manifest_is_completed_by_the_next(tmp_path: Path) -> None:
    write_pages(tmp_path, {"actors/a.md": page("A")}, OWNED)
    manifest = (tmp_path / MANIFEST).read_text()
    write_pages(tmp_path, {"actors/a.md": page("A"), "actors/b.md": page("B")}, OWNED)
    (tmp_path / MANIFEST).write_text(manifest)  # killed after the pages, before the manifest
    report = write_pages(tmp_path, {"actors/a.md": page("A"), "actors/b.md": page("B2")}, OWNED)
    assert report.written == ["actors/b.md"]


@pytest.mark.parametrize("damage", ["deleted", "{not json", '{"pages": 3}', "\xff\xfe"])
def test_a_lost_or_corrupt_manifest_is_rebuilt_from_the_marks(
    tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    write_pages(tmp_path, {"actors/a.md": page("A"), "actors/old.md": page("old")}, OWNED)
    (tmp_path / "actors" / "notes.md").write_text("mine")  # hand-written, no mark
    if damage == "deleted":
        (tmp_path / MANIFEST).unlink()
    else:
        (tmp_path / MANIFEST).write_bytes(damage.encode("latin-1"))
    with caplog.at_level(logging.WARNING):
        report = write_pages(tmp_path, {"actors/a.md": page("A2")}, OWNED)
    assert report.written == ["actors/a.md"] and report.removed == ["actors/old.md"]
    assert (tmp_path / "actors" / "notes.md").read_text() == "mine"
    (warning,) = [r.getMessage() for r in caplog.records]
    assert "rebuilt from the 2 pages that carry the generator's mark" in warning
    assert "\n" not in warning


def test_without_a_manifest_an_unmarked_page_is_still_refused(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "a.md").write_text("mine, " + GENERATED_MARK)  # the mark, not first
    with pytest.raises(OutputError, match="it was not written by the generator"):
        write_pages(tmp_path, {"actors/a.md": page("A")}, OWNED)
