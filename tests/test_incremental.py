"""Regenerating after an edit renders only some pages; the result must be exactly what a
full render of the edited data gives."""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.corpus import write_corpus
from generator.commands.build import generate
from generator.commands.serve import Preview
from generator.records.coverage import Coverage
from generator.records.load import load_all
from generator.records.validate import validate
from generator.run.incremental import FIELD_REACH, StateStore
from generator.run.project import Paths
from generator.run.speedups import Speedups
from generator.site.pages.plan import index_pages, plan_pages, record_page_paths
from generator.site.pages.site import Limits, Site
from helpers import HAQQANI_DATA, REPO


def edit_file(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    stat = path.stat()  # a later modification time, even on a coarse clock
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


EDITS = {
    "actor description": lambda d: edit_file(
        d / "actors/mike-mullen.yaml", "Accused Pakistan's", "Accused, on record, Pakistan's"
    ),
    "actor name (autolinks everywhere)": lambda d: edit_file(
        d / "actors/isi.yaml", "name: Inter-Services Intelligence", "name: ISI directorate"
    ),
    "event title, shown on neighbours' pages": lambda d: edit_file(
        d / "events/mullen-accuses-isi.yaml", "title: ", "title: Admiral "
    ),
    "a relation added": lambda d: edit_file(
        d / "actors/mike-mullen.yaml",
        "relations:\n",
        "relations:\n  - {type: warns, actor: pakistan, cite: [{source: cnn-2011-09-26, paragraphs: [1]}]}\n",
    ),
    "an event leaves a dispute": lambda d: edit_file(
        d
        / "disputes/"
        / next(
            p.name for p in (d / "disputes").iterdir() if "mullen-accuses-isi," in p.read_text()
        ),
        "mullen-accuses-isi, ",
        "",
    ),
    "an event moves to another month": lambda d: edit_file(
        d / "events/mullen-accuses-isi.yaml", "date: 2011-09-19", "date: 2011-10-03"
    ),
    "an event deleted": lambda d: (
        d / "events/indian-embassy-attack.yaml"
    ).unlink(),  # the only one of 2009
    "a source headline": lambda d: edit_file(
        d / "sources/cbs-2011-09-15.yaml", "headline: ", "headline: Updated - "
    ),
    # A second source of one outlet: every citation of both names its date, far from it.
    "a second source of the same outlet": lambda d: (d / "sources/cbs-2011-09-16.yaml").write_text(
        (d / "sources/cbs-2011-09-15.yaml")
        .read_text(encoding="utf-8")
        .replace("id: cbs-2011-09-15", "id: cbs-2011-09-16")
        .replace("published: 2011-09-15", "published: 2011-09-16")
        .replace("criticism/", "criticism-2/"),  # another article: another address
        encoding="utf-8",
    ),
    # A second story of one outlet on one day: citations of both name their headline.
    "a second source of the same outlet and day": lambda d: (
        d / "sources/cbs-2011-09-15-late.yaml"
    ).write_text(
        (d / "sources/cbs-2011-09-15.yaml")
        .read_text(encoding="utf-8")
        .replace("id: cbs-2011-09-15", "id: cbs-2011-09-15-late")
        .replace("criticism/", "criticism-late/"),
        encoding="utf-8",
    ),
    "an outlet edited to be another's": lambda d: edit_file(
        d / "sources/cnn-2011-09-26.yaml", "outlet: CNN", "outlet: CBS News"
    ),
    # Fields that only their own page shows (incremental.FIELD_REACH): only that page is rendered.
    "event summary": lambda d: edit_file(
        d / "events/mullen-accuses-isi.yaml", "summary: >-\n  Adm.", "summary: >-\n  Admiral"
    ),
    "dispute summary": lambda d: edit_file(
        d / "disputes/militant-safe-havens.yaml",
        "summary: >-\n  US officials",
        "summary: >-\n  American officials",
    ),
}


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, recursively."""
    compared = filecmp.dircmp(left, right)
    found: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(compared, "")
    return found


def regenerate_and_compare(
    tmp_path: Path, edit: str, in_memory: bool, limits: Limits = Limits()
) -> None:
    data = tmp_path / "data"
    shutil.copytree(HAQQANI_DATA, data)
    incremental = Paths(data=data, docs=tmp_path / "incremental")
    store = StateStore(incremental.cache, in_memory=in_memory)
    # In memory, the preview's speed-ups are kept from one run to the next, as under `make serve`.
    speedups = Speedups(processes=1) if in_memory else None
    generate(incremental, store=store, speedups=speedups, limits=limits)
    EDITS[edit](data)
    report = generate(incremental, store=store, speedups=speedups, limits=limits)
    assert report.written  # the edit shows somewhere
    full = Paths(data=data, docs=tmp_path / "full")
    generate(full, full=True, limits=limits)
    assert differences(incremental.docs, full.docs) == []


@pytest.mark.parametrize(
    "in_memory", [False, True], ids=["state on disk", "state in memory (make serve)"]
)
@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_regenerating_after_an_edit_equals_a_full_render(
    tmp_path: Path, edit: str, in_memory: bool
) -> None:
    # In memory, unchanged records stay the same objects, so what memo.py keeps of them is reused.
    regenerate_and_compare(tmp_path, edit, in_memory)


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_regenerating_split_indexes_equals_a_full_render(tmp_path: Path, edit: str) -> None:
    # Split as at 10,000 records: index parts are kept, rendered, added and removed.
    regenerate_and_compare(tmp_path, edit, in_memory=True, limits=Limits(page_rows=8))


def append(field: str) -> Callable[[dict[str, Any]], Any]:
    return lambda record: record.update({field: f"{record.get(field) or ''} Edited"})


FIELD_EDITS: dict[
    tuple[str, str], tuple[Callable[[dict[str, Any]], bool], Callable[[dict[str, Any]], Any]]
] = {
    # (kind, field): (which records can take the edit, the edit)
    ("actors", "name_note"): (lambda r: True, lambda r: r.update(name_note="A gloss.")),
    ("actors", "description"): (lambda r: True, append("description")),
    ("actors", "role"): (lambda r: True, append("role")),
    ("actors", "kind"): (
        lambda r: True,
        lambda r: r.update(kind="group" if r["kind"] != "group" else "state"),
    ),
    ("actors", "affiliations"): (lambda r: "affiliations" in r, lambda r: r.pop("affiliations")),
    ("actors", "relations"): (lambda r: "relations" in r, lambda r: r.pop("relations")),
    ("actors", "cite"): (
        lambda r: True,
        lambda r: r["cite"][0].update(paragraphs=[r["cite"][0]["paragraphs"][0] % 12 + 1]),
    ),
    ("events", "summary"): (lambda r: True, append("summary")),
    ("events", "place"): (lambda r: True, append("place")),
    ("events", "title"): (lambda r: True, append("title")),
    ("events", "when"): (
        lambda r: True,
        lambda r: r.update(when={**r["when"], "date": dt.date(2011, 3, 7), "precision": "day"}),
    ),
    ("events", "status"): (lambda r: True, lambda r: r.update(status="scheduled")),
    ("events", "participants"): (
        lambda r: len(r["participants"]) > 1,
        lambda r: r["participants"].pop(),
    ),
    ("events", "quotes"): (lambda r: r["quotes"], lambda r: r["quotes"].pop()),
    ("events", "cite"): (
        lambda r: True,
        lambda r: r["cite"][0].update(paragraphs=[r["cite"][0]["paragraphs"][0] % 12 + 1]),
    ),
    ("disputes", "summary"): (lambda r: True, append("summary")),
    ("disputes", "question"): (lambda r: True, append("question")),
    ("disputes", "events"): (lambda r: len(r["events"]) > 1, lambda r: r["events"].pop()),
    ("disputes", "status"): (lambda r: True, lambda r: r.update(status="settled")),
    ("disputes", "positions"): (
        lambda r: True,
        lambda r: r["positions"][0].update(stance="Edited stance"),
    ),
    ("disputes", "cite"): (
        lambda r: True,
        lambda r: r["cite"][0].update(paragraphs=[r["cite"][0]["paragraphs"][0] % 12 + 1]),
    ),
    ("sources", "wire"): (lambda r: True, append("wire")),
    ("sources", "dateline"): (lambda r: True, append("dateline")),
    ("sources", "authors"): (lambda r: True, lambda r: r.update(authors=["Ana Ruiz"])),
    ("sources", "licence"): (lambda r: True, append("licence")),
    ("sources", "republish"): (lambda r: True, lambda r: r.update(republish=not r["republish"])),
    ("sources", "paragraphs"): (
        lambda r: True,
        lambda r: r["paragraphs"][0].update(text=r["paragraphs"][0]["text"] + " Edited."),
    ),
    ("sources", "outlet"): (lambda r: True, append("outlet")),
    ("sources", "headline"): (lambda r: True, append("headline")),
    ("sources", "url"): (lambda r: True, lambda r: r.update(url=r["url"] + "-edited")),
    ("sources", "published"): (
        lambda r: True,
        lambda r: r.update(published=r["published"] + dt.timedelta(days=1)),
    ),
}


def test_every_field_with_a_shorter_reach_is_edited_below() -> None:
    # ... and the fields that reach two steps (the default) for which a shorter reach looks plausible.
    assert set(FIELD_EDITS) >= {
        (kind, name) for kind, fields in FIELD_REACH.items() for name in fields
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("corpus") / "data"
    write_corpus(data, 150)
    return data


def most_referenced(data: Path, kind: str, can_take: Callable[[dict[str, Any]], bool]) -> Path:
    """The record of this kind that other records name most often (so an edit shows on
    many pages) among those that can take the edit."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in data.glob("*/*.yaml"))
    files = [
        path
        for path in sorted((data / kind).glob("*.yaml"))
        if can_take(yaml.safe_load(path.read_text(encoding="utf-8")))
    ]
    return max(files, key=lambda path: len(re.findall(rf"\b{path.stem}\b", text)))


@pytest.mark.parametrize("field", FIELD_EDITS, ids=[f"{kind}.{name}" for kind, name in FIELD_EDITS])
def test_each_fields_reach_covers_every_page_that_shows_it(
    tmp_path: Path, corpus: Path, field: tuple[str, str]
) -> None:
    # The synthetic corpus has every field; with its indexes split, parts are kept and rendered too.
    limits = Limits(page_rows=20)
    data = tmp_path / "data"
    shutil.copytree(corpus, data)
    incremental = Paths(data=data, docs=tmp_path / "incremental")
    store = StateStore(incremental.cache, in_memory=True)
    speedups = Speedups(processes=1)
    generate(incremental, store=store, speedups=speedups, limits=limits)
    can_take, change = FIELD_EDITS[field]
    path = most_referenced(data, field[0], can_take)
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(record)
    text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
    path.write_text("x", encoding="utf-8")
    edit_file(path, "x", text)  # (with a later modification time)
    assert generate(incremental, store=store, speedups=speedups, limits=limits).written
    full = Paths(data=data, docs=tmp_path / "full")
    generate(full, full=True, limits=limits)
    assert differences(incremental.docs, full.docs) == []


def test_an_edit_renders_only_nearby_pages(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = Paths(data=tmp_path / "data", docs=tmp_path / "docs")
    counts = write_corpus(paths.data, 2000)
    generate(paths)
    caplog.set_level("INFO", logger="generator")

    def rendered_after(record: str, old: str, new: str) -> tuple[int, bool, list[str]]:
        caplog.clear()
        edit_file(paths.data / f"{record}.yaml", old, new)
        report = generate(paths)
        rendered = re.search(
            r"Rendered the pages of (\d+) changed or related records, and (every|no) index",
            caplog.text,
        )
        assert rendered, caplog.text
        return int(rendered[1]), rendered[2] == "every", report.written

    # An event's title: on its neighbours' pages.
    rendered, indexes, written = rendered_after("events/event-7", "title: ", "title: Edited ")
    assert 1 < rendered < sum(counts.values()) / 10 and indexes
    # An actor's role: its page and the index.
    rendered, indexes, written = rendered_after("actors/actor-7", "role: ", "role: Edited ")
    assert rendered == 1 and indexes
    pages = [page for page in written if not page.startswith("open-data/")]
    assert (
        pages[0] == "actors/actor-7.md"
        and pages[1].startswith("actors/by-name/")
        and len(pages) == 2  # one letter's part
    )
    # An actor's description: its page alone.
    rendered, indexes, written = rendered_after(
        "actors/actor-7", "description: ", "description: Edited. "
    )
    assert rendered == 1 and not indexes
    assert "actors/actor-7.md" in written


def test_index_pages_are_the_pages_that_are_not_a_records() -> None:
    # An edit to fields shown only on a record's own page keeps the index pages as they are.
    explainer = validate(load_all(HAQQANI_DATA))
    site = Site(explainer, Coverage(explainer))
    planned = {page.path for page in plan_pages(site)}
    indexes = {page.path for page in index_pages(site)}
    assert planned - set(record_page_paths(explainer)) == indexes
    assert "timeline/index.md" in indexes
    assert {page.path for page in plan_pages(site, only=set(), indexes=False)} == set()


def test_a_render_shared_between_processes_equals_one_in_process() -> None:
    # In a fresh interpreter: the processes are forked, which the test process (with its
    # server threads) should not do.
    script = """
from pathlib import Path
from generator.run import speedups
from generator.records.coverage import Coverage
from generator.records.load import load_all
from generator.site.render import render
from generator.records.validate import validate
explainer = validate(load_all(Path(DATA)))
coverage = Coverage(explainer)
assert speedups._can_fork()
shared = render(explainer, coverage, speedups=speedups.Speedups(processes=2, share_from=1))
alone = render(explainer, coverage, speedups=speedups.Speedups.off())
assert shared == alone and len(shared) > 50, (len(shared), len(alone))
print("same", len(shared))
"""
    result = subprocess.run(
        [sys.executable, "-c", f"DATA = {str(HAQQANI_DATA)!r}\n{script}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("same ")


def test_every_speedup_off_gives_the_same_files(tmp_path: Path) -> None:
    on = Paths(data=HAQQANI_DATA, docs=tmp_path / "on")
    off = Paths(data=HAQQANI_DATA, docs=tmp_path / "off")
    generate(on, speedups=Speedups(processes=1))
    generate(off, speedups=Speedups.off())
    assert differences(on.docs, off.docs) == []
    assert not Speedups.off().memo.keep and Speedups.off().processes == 1


def test_speedups_are_switched_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPLAINER_SPEEDUPS", "off")
    speedups = Speedups.configured()
    assert (speedups.processes, speedups.pause_gc, speedups.memo.keep) == (1, False, False)
    monkeypatch.delenv("EXPLAINER_SPEEDUPS")
    assert Speedups.configured().memo.keep


def test_a_long_lived_process_renders_in_itself(tmp_path: Path) -> None:
    # What the processes sharing a render derive is lost with them; under `make serve`
    # the first edit would derive it all again.
    paths = Paths(data=HAQQANI_DATA, docs=tmp_path / "docs")
    assert Preview(paths, tmp_path / "site", "http://127.0.0.1:8000/").speedups.processes == 1
    assert Speedups.configured().processes == min(os.cpu_count() or 1, 8)
