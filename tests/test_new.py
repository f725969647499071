"""`explainer new` and `explainer upgrade`: a new explainer owes nothing to this story,
passes its own checks with a different story in it, and survives an upgrade."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import __version__
from generator.cli import main
from generator.commands import new
from generator.commands.build import generate
from generator.run.project import Paths
from helpers import REPO

RIVER_DATA = REPO / "tests" / "fixtures" / "river" / "data"
STORY_WORDS = re.compile(r"Haqqani|Kayani|Mullen|Janjua|Panetta|Pakistan|\bISI\b|\bCNN\b")
"""Words of this repository's own story, which no other explainer should carry."""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    target = tmp_path / "bridge"
    assert main(["new", str(target), "--title", 'The "old bridge" dispute', "-q"]) == 0
    return target


def text_files(folder: Path) -> list[Path]:
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".git" not in p.parts and p.suffix not in {".js", ".png"}
    ]


def test_a_new_explainer_has_the_layout_and_no_file_of_this_story(desk: Path) -> None:
    for name in ["mkdocs.yml", "Makefile", "README.md", ".ci/run", "pyproject.toml"]:
        assert (desk / name).is_file(), name
    for name in ["generator", "data", "docs", "tests/explainer", ".github/workflows", ".git"]:
        assert (desk / name).is_dir(), name
    assert not (desk / "develop.mk").exists() and not (desk / "bench").exists()
    assert sorted(p.name for p in (desk / "tests").iterdir()) == ["explainer"]
    carrying = [
        f"{p.relative_to(desk)}: {m[0]}"
        for p in text_files(desk)
        for m in [STORY_WORDS.search(p.read_text(encoding="utf-8", errors="replace"))]
        if m
    ]
    assert carrying == []
    assert 'site_name: "The \\"old bridge\\" dispute"' in (desk / "mkdocs.yml").read_text()
    assert '# The "old bridge" dispute' in (desk / "docs" / "index.md").read_text()


def test_its_generated_data_format_page_and_schemas_carry_no_story_words(desk: Path) -> None:
    paths = Paths(data=desk / "data", docs=desk / "docs")
    generate(paths)
    pages = [desk / "docs" / "reference" / "data-format.md"]
    pages += sorted((desk / "docs" / "open-data" / "schema").glob("*.json"))
    assert len(pages) == 5
    assert [p.name for p in pages if STORY_WORDS.search(p.read_text(encoding="utf-8"))] == []


@pytest.mark.browser
def test_a_new_explainer_with_another_story_passes_its_own_checks(desk: Path) -> None:
    shutil.rmtree(desk / "data")
    shutil.copytree(RIVER_DATA, desk / "data")
    (desk / "docs" / "index.md").write_text(
        "# The Sarn dam\n\nWho says the new dam breaks the "
        "[1994 treaty](disputes/does-the-filling-break-the-treaty.md).\n",
        encoding="utf-8",
    )
    (desk / "node_modules").symlink_to(REPO / "node_modules")  # the checkers, as `npm ci` gives
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/explainer"],
        cwd=desk,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    # every check ran and passed: none failed, none skipped for a missing tool
    summary = result.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ passed in .*", summary), result.stdout[-500:]


def test_upgrade_replaces_the_tool_and_leaves_the_story(
    desk: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    old_record = json.loads((desk / new.TOOL_RECORD).read_text())
    # An older tool: one module since removed upstream, another Makefile.
    (desk / "generator" / "stale.py").write_text("# removed upstream\n")
    (desk / "Makefile").write_text("# an old Makefile\n")
    old_record["files"] = new.tool_hashes(desk)
    old_record["version"] = "0.7.0"
    (desk / new.TOOL_RECORD).write_text(json.dumps(old_record))
    misses = desk / "tests" / "explainer" / "search-misses.yaml"
    misses.write_text('- {name: "Old", finds: actors/old/}\n')
    story = {p: p.read_bytes() for p in [desk / "mkdocs.yml", desk / "README.md", misses]}
    story |= {p: p.read_bytes() for p in (desk / "data").rglob("*.yaml")}
    story |= {p: p.read_bytes() for p in (desk / "docs").glob("*.md")}
    with caplog.at_level(logging.INFO):
        assert main(["upgrade", str(desk)]) == 0
    assert f"from generator 0.7.0 ({old_record['commit']}) to {__version__}" in caplog.text
    assert "tool files 1 changed, 0 added, 1 removed" in caplog.text
    assert not (desk / "generator" / "stale.py").exists()
    assert (desk / "Makefile").read_bytes() == (REPO / "Makefile").read_bytes()
    assert [p for p, content in story.items() if p.read_bytes() != content] == []
    assert json.loads((desk / new.TOOL_RECORD).read_text())["files"] == new.tool_hashes(REPO)


def test_new_records_the_version_and_what_it_copied(desk: Path) -> None:
    record = json.loads((desk / new.TOOL_RECORD).read_text())
    assert record["version"] == __version__ and record["commit"]
    assert record["files"] == new.tool_hashes(REPO) == new.tool_hashes(desk)
    assert "generator/cli.py" in record["files"] and "Makefile" in record["files"]
    assert "tests/explainer/search-misses.yaml" not in record["files"]


def test_upgrade_names_local_edits_and_keeps_them_without_force(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fix = "# our desk's fix\n"
    with open(desk / "generator" / "cli.py", "a") as module:
        module.write(fix)
    (desk / "generator" / "ours.py").write_text(fix)
    assert main(["upgrade", str(desk), "-q"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {desk} has edits of its own to the tool's files, which an upgrade would "
        "overwrite: generator/cli.py, generator/ours.py. Keep them (e.g. `git diff > "
        "local.patch`), then run again with --force"
    )
    assert (desk / "generator" / "cli.py").read_text().endswith(fix)
    assert main(["upgrade", str(desk), "--force", "-q"]) == 0
    assert not (desk / "generator" / "ours.py").exists()


def test_upgrade_refuses_a_folder_new_did_not_make_and_links(
    desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / new.TOOL_RECORD).unlink()
    assert main(["upgrade", str(desk), "-q"]) == 2
    assert f"has no readable {new.TOOL_RECORD}: it was not made by `explainer new`" in (
        capsys.readouterr().err
    )
    outside = tmp_path / "outside-makefile"
    outside.write_text("mine\n")
    (desk / "Makefile").unlink()
    (desk / "Makefile").symlink_to(outside)
    assert main(["upgrade", str(desk), "--force", "-q"]) == 2
    assert "Makefile is a symbolic link" in capsys.readouterr().err
    assert outside.read_text() == "mine\n"


def test_a_hostile_title_is_text_and_a_control_character_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "[Click](javascript:alert(1)) <b>x</b>"
    assert main(["new", str(tmp_path / "a"), "--title", title, "-q"]) == 0
    home = (tmp_path / "a" / "docs" / "index.md").read_text()
    assert "](javascript:" not in home and "<b>" not in home
    words = "Who's paying: the harbour's \"levy\""
    assert (
        main(["new", str(tmp_path / "c"), "--title", "1. Levy", "--description", words, "-q"]) == 0
    )
    home = (tmp_path / "c" / "docs" / "index.md").read_text()
    assert "# &#49;. Levy\n" in home and f"\n{words}\n" in home  # no list, and readable
    assert main(["new", str(tmp_path / "b"), "--title", "Bad\x1b[2J title", "-q"]) == 2
    assert "--title: it may not hold the invisible or control character U+001B" in (
        capsys.readouterr().err
    )
    assert not (tmp_path / "b").exists()


def test_new_and_upgrade_refuse_what_is_not_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    assert main(["new", str(tmp_path / "taken"), "--title", "X"]) == 2
    assert "already exists and is not empty" in capsys.readouterr().err
    assert (tmp_path / "taken" / "notes.txt").read_text() == "mine"

    assert main(["upgrade", str(tmp_path / "taken")]) == 2
    assert "is not an explainer" in capsys.readouterr().err

    monkeypatch.setattr(new, "TOOL", tmp_path / "installed")  # as from a wheel: no checkout
    assert main(["new", str(tmp_path / "fresh"), "--title", "X"]) == 2
    assert "is not a checkout of the generator's repository" in capsys.readouterr().err
    assert not (tmp_path / "fresh").exists()


def test_a_new_explainer_passes_its_own_strict_check_as_made(desk: Path) -> None:
    from generator.commands.build import check

    paths = Paths(data=desk / "data", docs=desk / "docs", config=desk / "mkdocs.yml")
    assert check(paths, strict=True).events  # raises on any warning (a translation into
    # a language the site does not publish was one, on every record)
    starter = REPO / "generator" / "starter" / "data" / "events" / "example-council-vote.yaml"
    assert "translations:" in starter.read_text(encoding="utf-8")  # the tool keeps them


def test_once_a_story_of_its_own_is_in_the_examples_are_one_warning(
    desk: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(desk)
    args: list[str] = []
    assert main(["add", "source", "city-paper-2026-11-30", *args, "-q"]) == 0
    source = desk / "data" / "sources" / "city-paper-2026-11-30.yaml"
    source.write_text(re.sub(r"published: .*", "published: 2026-11-30", source.read_text()))
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", "--all", *args]) == 0
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert not [w for w in warned if "/example-" in w.split(":")[0] and "starter's" not in w]
    assert any(
        "7 record(s) of the starter's made-up story are still here beside your own" in w
        for w in warned
    )  # not the example event `overdue` beside the newest real source
    assert main(["check", "--strict", *args, "-q"]) == 2


def test_a_new_explainer_is_on_the_branch_its_publish_workflow_publishes(desk: Path) -> None:
    head = subprocess.run(
        ["git", "symbolic-ref", "--short", "HEAD"], cwd=desk, capture_output=True, text=True
    ).stdout.strip()
    workflow = yaml.safe_load((desk / ".github" / "workflows" / "publish.yml").read_text())
    assert head == new.PUBLISHED_BRANCH and workflow[True]["push"]["branches"] == [head]


def test_a_new_explainer_keeps_ingests_drafts_out_of_git(desk: Path) -> None:
    (desk / "drafts" / "a-set").mkdir(parents=True)
    (desk / "drafts" / "a-set" / "REVIEW.md").write_text("the article's whole text\n")
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=desk,
        capture_output=True,
        text=True,
    ).stdout
    assert "drafts/" not in status


def test_a_new_explainer_keeps_saved_articles_and_drafts_out_of_git(desk: Path) -> None:
    """New user 10: the README's `saved/` folder of whole articles was not ignored, so a
    desk could push its outlets' full texts by accident."""
    for path in ("saved/wire.html", "drafts/wire/quotes.yaml"):
        ignored = subprocess.run(["git", "check-ignore", "-q", path], cwd=desk, check=False)
        assert ignored.returncode == 0, path
    kept = subprocess.run(["git", "check-ignore", "-q", "data/sources/x.yaml"], cwd=desk)
    assert kept.returncode == 1
