"""Regenerating after an edit renders only some pages; the result must be exactly what a
full render of the edited data gives."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from generator.build import Paths, generate
from generator.coverage import Coverage
from generator.incremental import STATE, StateStore
from generator.load import load_all
from generator import context
from generator.context import PageContext
from generator.render import index_pages, plan_pages, record_page_paths
from generator.validate import validate

from conftest import REPO


def edit_file(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    stat = path.stat()  # a later modification time, even on a coarse clock
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


EDITS = {
    "actor description": lambda d: edit_file(d / "actors/mike-mullen.yaml", "Accused Pakistan's", "Accused, on record, Pakistan's"),
    "actor name (autolinks everywhere)": lambda d: edit_file(d / "actors/isi.yaml", "name: Inter-Services Intelligence", "name: ISI directorate"),
    "event title, shown on neighbours' pages": lambda d: edit_file(
        d / "events/mullen-accuses-isi.yaml", "title: ", "title: Admiral "
    ),
    "a relation added": lambda d: edit_file(
        d / "actors/mike-mullen.yaml", "relations:\n", "relations:\n  - {type: warns, actor: pakistan, cite: [{source: cnn-2011-09-26, paragraphs: [1]}]}\n"
    ),
    "an event leaves a dispute": lambda d: edit_file(
        d / "disputes/" / next(p.name for p in (d / "disputes").iterdir() if "mullen-accuses-isi," in p.read_text()),
        "mullen-accuses-isi, ", "",
    ),
    "an event moves to another month": lambda d: edit_file(
        d / "events/mullen-accuses-isi.yaml", "date: 2011-09-19", "date: 2011-10-03"
    ),
    "an event deleted": lambda d: (d / "events/indian-embassy-attack.yaml").unlink(),  # the only one of 2008
    "a source headline": lambda d: edit_file(d / "sources/cbs-2011-09-15.yaml", "headline: ", "headline: Updated - "),
    # Fields that only their own page shows (incremental.OWN_PAGE_FIELDS): only that page is rendered.
    "event summary": lambda d: edit_file(d / "events/mullen-accuses-isi.yaml", "summary: >-\n  Adm.", "summary: >-\n  Admiral"),
    "dispute summary": lambda d: edit_file(
        d / "disputes/militant-safe-havens.yaml", "summary: >-\n  US officials", "summary: >-\n  American officials"
    ),
}


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, recursively (the state file aside)."""
    compared = filecmp.dircmp(left, right, ignore=[STATE])
    found: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(compared, "")
    return found


def regenerate_and_compare(tmp_path: Path, edit: str, in_memory: bool) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    incremental = Paths(data=data, docs=tmp_path / "incremental")
    store = StateStore(incremental.docs, in_memory=in_memory)
    generate(incremental, store=store)
    EDITS[edit](data)
    report = generate(incremental, store=store)
    assert report.written  # the edit shows somewhere
    full = Paths(data=data, docs=tmp_path / "full")
    generate(full, full=True)
    assert differences(incremental.docs, full.docs) == []


@pytest.mark.parametrize("in_memory", [False, True], ids=["state on disk", "state in memory (make serve)"])
@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_regenerating_after_an_edit_equals_a_full_render(tmp_path: Path, edit: str, in_memory: bool) -> None:
    # In memory, unchanged records stay the same objects, so what memo.py keeps of them is reused.
    regenerate_and_compare(tmp_path, edit, in_memory)


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_regenerating_split_indexes_equals_a_full_render(
    tmp_path: Path, edit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Split as at 10,000 records: index parts are kept, rendered, added and removed.
    monkeypatch.setattr(context, "PAGE_ROWS", 8)
    regenerate_and_compare(tmp_path, edit, in_memory=True)


def test_an_edit_renders_only_nearby_pages(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    paths = Paths(data=tmp_path / "data", docs=tmp_path / "docs")
    counts = write_corpus(paths.data, 2000)
    generate(paths)
    caplog.set_level("INFO", logger="generator")

    def rendered_after(old: str, new: str) -> tuple[int, list[str]]:
        caplog.clear()
        edit_file(paths.data / "actors/actor-7.yaml", old, new)
        report = generate(paths)
        return int(re.search(r"Rendered the pages of (\d+) changed or related records", caplog.text)[1]), report.written

    rendered, written = rendered_after("role: ", "role: Edited ")  # shown on neighbours' pages
    assert 1 < rendered < sum(counts.values()) / 10
    assert "actors/actor-7.md" in written
    rendered, written = rendered_after("description: ", "description: Edited. ")  # shown on its own page only
    assert rendered == 1
    assert "actors/actor-7.md" in written


def test_index_pages_are_the_pages_that_are_not_a_records() -> None:
    # An edit to fields shown only on a record's own page keeps the index pages as they are.
    explainer = validate(load_all(REPO / "data"))
    coverage = Coverage(explainer)
    planned = {page.path for page in plan_pages(explainer, coverage)}
    indexes = {page.path for page in index_pages(PageContext(explainer, coverage))}
    assert planned - set(record_page_paths(explainer)) == indexes
    assert "timeline/index.md" in indexes
    assert {page.path for page in plan_pages(explainer, coverage, only=set(), indexes=False)} == set()
