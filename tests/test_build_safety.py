"""The build never gets stuck: one at a time, leftovers cleaned, every edit seen, and a
state file that came from elsewhere is never run."""

from __future__ import annotations

import logging
import os
import pickle
import threading
from pathlib import Path

import pytest

from generator.commands.build import build_site, generate
from generator.run.errors import DataErrors
from generator.run.guard import SITE_MARK
from generator.run.incremental import STATE
from generator.run.lock import build_lock
from generator.run.project import Paths
from helpers import build_fixture_site, edit


def test_a_second_build_waits_for_the_first_and_says_so(
    data_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = Paths(data=data_dir, docs=tmp_path / "docs")
    finished, waiting = threading.Event(), threading.Event()

    def second() -> None:
        generate(paths)
        finished.set()

    class Waiting(logging.Handler):  # the second build says it waits, then blocks
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("Another build is running"):
                waiting.set()

    watcher = Waiting()
    logging.getLogger("generator").addHandler(watcher)
    try:
        with caplog.at_level(logging.WARNING), build_lock(paths):
            thread = threading.Thread(target=second)
            thread.start()
            assert waiting.wait(timeout=60)
            assert not finished.is_set()  # it waits while the first holds the lock
    finally:
        logging.getLogger("generator").removeHandler(watcher)
    thread.join(timeout=60)
    assert finished.is_set() and (tmp_path / "docs" / "actors" / "minister.md").is_file()
    assert "Another build is running in this project (pid " in caplog.text


def test_staging_folders_an_interrupted_build_left_are_removed(
    data_dir: Path, tmp_path: Path
) -> None:
    paths = build_fixture_site(tmp_path, data_dir)
    leftover = tmp_path / "site.building-x1y2z3"
    (leftover / "actors").mkdir(parents=True)
    (leftover / SITE_MARK).write_text("")  # as every staging folder is marked at once
    not_ours = tmp_path / "site.building-notes"
    not_ours.mkdir()
    (not_ours / "plan.txt").write_text("mine")
    build_site(paths)
    assert not leftover.exists() and (paths.site / "index.html").is_file()
    assert (not_ours / "plan.txt").read_text() == "mine"


def same_size_and_time(path: Path, old: str, new: str) -> None:
    """Edit a file as `cp -p` or `rsync -t` would leave it: same size, same mtime."""
    assert len(old) == len(new)
    stat = path.stat()
    edit(path.parent.parent, f"{path.parent.name}/{path.name}", old, new)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size


def test_an_edit_that_keeps_size_and_time_is_seen(data_dir: Path, tmp_path: Path) -> None:
    paths = Paths(data=data_dir, docs=tmp_path / "docs")
    generate(paths)
    same_size_and_time(data_dir / "actors" / "ministry.yaml", "The Ministry", "The Mynistry")
    generate(paths)
    assert "# The Mynistry" in (tmp_path / "docs" / "actors" / "ministry.md").read_text()
    same_size_and_time(
        data_dir / "actors" / "ministry.yaml", "kind: organisation", "kind: organisatio_"
    )
    with pytest.raises(DataErrors, match="kind"):
        generate(paths)  # never exit 0 on data that `check` rejects


def test_a_state_file_not_signed_by_this_user_is_never_unpickled(
    data_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = Paths(data=data_dir, docs=tmp_path / "docs")
    generate(paths)
    proof = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (Path.touch, (str(proof),))

    state = paths.cache / STATE
    state.write_bytes(b"\0" * 32 + pickle.dumps(Payload()))
    edit(data_dir, "actors/ministry.yaml", "The Ministry", "The Ministry of Things")
    with caplog.at_level(logging.WARNING):
        generate(paths)
    assert not proof.exists()
    assert "was not written by this user's runs (or by an older generator): ignored" in caplog.text
    assert "Ministry of Things" in (tmp_path / "docs" / "actors" / "ministry.md").read_text()
    assert state.read_bytes()[32:] != pickle.dumps(Payload())  # rewritten, signed
