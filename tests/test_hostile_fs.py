"""Hostile files and folders: the generator deletes, swaps or overwrites only what is its
own, never writes or reads through a symbolic link, and answers each case in one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.commands import bundle
from generator.commands.clean import clean
from generator.run.guard import SITE_MARK
from generator.run.project import MANIFEST, Paths, slug
from helpers import REPO, SMALL_DATA, fixture_project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with the small data set, as the working directory."""
    root = tmp_path / "project"
    root.mkdir()
    fixture_project(root, root / "data")
    shutil.copytree(SMALL_DATA, root / "data")
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> int:
    return main([*args, "-q"])


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "internal error" not in err, err
    return err


@pytest.mark.parametrize("site", ["docs", "data", ".", ".."])
def test_the_site_folder_may_not_be_the_project_or_hold_it(
    project: Path, capsys: pytest.CaptureFixture[str], site: str
) -> None:
    before = sorted(p.name for p in project.iterdir())
    assert run("build", "--site", site) == 2
    assert "refusing to build the site into" in one_line(capsys)
    assert sorted(p.name for p in project.iterdir()) == before
    assert (project / "docs" / "index.md").is_file() and (project / "data" / "sources").is_dir()


def test_the_site_folder_may_not_be_a_folder_of_other_files(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "notes").mkdir()
    (project / "notes" / "mine.txt").write_text("mine")
    assert run("build", "--site", "notes") == 2
    assert one_line(capsys) == (
        f"error: refusing to replace notes: it holds files that no build of this generator "
        f"made (no {SITE_MARK}); remove it yourself or choose another --site"
    )
    assert (project / "notes" / "mine.txt").read_text() == "mine"
    assert run("build", "--site", "docs/built") == 2
    assert "it is inside" in one_line(capsys)


def test_a_built_site_carries_its_mark_and_is_replaced_by_the_next_build(project: Path) -> None:
    assert run("build") == 0
    assert (project / "site" / SITE_MARK).is_file()
    (project / "site.notes.txt").write_text("mine")
    assert run("build") == 0
    assert (project / "site.notes.txt").read_text() == "mine"


def test_a_link_in_docs_is_refused_and_nothing_outside_is_published(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN=hunter2\n")
    (project / "docs" / "leak.md").symlink_to(secret)
    assert run("build") == 2
    assert one_line(capsys) == (
        "error: symbolic link in docs/, which could publish a file from outside the project: "
        "docs/leak.md; replace each with a copy of the file"
    )
    assert not (project / "site").exists()


def test_the_bundle_refuses_a_link_in_docs_before_copying_it(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.md").write_text("TOKEN=hunter2\n")
    (project / "docs" / "more").symlink_to(tmp_path / "outside")
    (project / "mkdocs.offline.yml").write_text("INHERIT: mkdocs.yml\n")
    assert run("bundle") == 2
    assert "symbolic link in docs/" in one_line(capsys)
    assert not (project / "dist").exists()


def test_the_bundle_is_built_under_the_build_lock(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held: list[Paths] = []

    def lock(paths: Paths) -> _Refused:
        held.append(paths)
        return _Refused()

    monkeypatch.setattr(bundle, "build_lock", lock)
    with pytest.raises(_Stop):
        bundle.make_bundle(Paths(), Path("mkdocs.offline.yml"), Path("dist"))
    assert held == [Paths()]


class _Stop(Exception):
    pass


class _Refused:
    def __enter__(self) -> None:
        raise _Stop

    def __exit__(self, *exc: object) -> None:
        return None


def test_an_inherited_config_outside_the_project_is_refused(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "elsewhere.yml").write_text("site_name: x\n")
    config = project / "mkdocs.yml"
    config.write_text("INHERIT: ../elsewhere.yml\n" + config.read_text())
    assert run("build") == 2
    assert "INHERIT: '../elsewhere.yml' is outside the project" in one_line(capsys)


def test_a_lock_planted_as_a_link_truncates_nothing(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (project / ".cache").mkdir()
    (project / ".cache" / "build.lock").symlink_to(victim)
    assert run("generate") == 2
    assert "build.lock is a symbolic link" in one_line(capsys)
    assert victim.read_text() == "precious\n"


def test_a_lock_that_is_a_folder_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / ".cache" / "build.lock").mkdir(parents=True)
    assert run("generate") == 2
    assert one_line(capsys) == (
        "error: cannot use the build lock .cache/build.lock: Is a directory"
    )


@pytest.mark.parametrize("where", ["folder", "dangling page"])
def test_pages_are_never_written_through_a_link(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    if where == "folder":
        (project / "docs" / "actors").symlink_to(outside)
    else:
        (project / "docs" / "actors").mkdir()
        (project / "docs" / "actors" / "minister.md").symlink_to(outside / "planted.md")
    assert run("generate") == 2
    assert "symbolic link, which could lead outside the project" in one_line(capsys)
    assert list(outside.iterdir()) == []


def test_add_never_writes_through_a_dangling_link(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "planted.yaml"
    (project / "data" / "actors" / "new-person.yaml").symlink_to(target)
    assert run("add", "actor", "new-person") == 2
    assert "new-person.yaml is a symbolic link" in one_line(capsys)
    assert not target.exists()


def test_a_hand_written_page_the_manifest_lists_is_not_deleted(project: Path) -> None:
    assert run("generate") == 0
    mine = project / "docs" / "actors" / "my-notes.md"
    mine.write_text("# My notes\n")
    manifest = project / "docs" / MANIFEST
    listed = json.loads(manifest.read_text())
    listed["pages"].append("actors/my-notes.md")
    manifest.write_text(json.dumps(listed))
    shutil.rmtree(project / ".cache")  # no state: a full render
    with open(project / "data" / "actors" / "minister.yaml", "a") as record:
        record.write("# edited\n")
    assert run("generate") == 0
    assert mine.read_text() == "# My notes\n"


def test_a_page_left_empty_by_an_interrupted_run_is_written_again(project: Path) -> None:
    assert run("generate") == 0
    page = project / "docs" / "actors" / "minister.md"
    expected = page.read_text()
    page.write_text("")  # created, then killed before a byte was written
    (project / "docs" / MANIFEST).unlink()
    assert run("generate") == 0
    assert page.read_text() == expected


@pytest.mark.parametrize("damage", ["link to /dev/zero", "nested 100,000 deep"])
def test_a_hostile_manifest_is_rebuilt_from_the_marks(
    project: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    assert run("generate") == 0
    manifest = project / "docs" / MANIFEST
    manifest.unlink()
    if damage.startswith("link"):
        manifest.symlink_to("/dev/zero")
    else:
        manifest.write_text("[" * 100_000 + "]" * 100_000)
    shutil.rmtree(project / ".cache")
    assert main(["generate"]) == (2 if damage.startswith("link") else 0)
    if not damage.startswith("link"):
        assert "was unreadable (RecursionError)" in caplog.text


def test_a_manifest_that_is_a_folder_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "docs" / MANIFEST).mkdir()
    assert run("generate") == 2
    assert one_line(capsys) == (
        f"error: docs/{MANIFEST} is a folder, not the generator's list of pages; remove it"
    )


def test_a_state_file_of_the_wrong_kind_only_costs_a_full_render(project: Path) -> None:
    (project / ".cache" / "docs" / "state").mkdir(parents=True)
    assert run("generate") == 0
    assert (project / "docs" / "actors" / "minister.md").is_file()


def test_a_folder_where_a_page_goes_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "docs" / "actors" / "minister.md").mkdir(parents=True)
    assert run("generate") == 2
    assert one_line(capsys).startswith("error: docs/actors/minister.md")


def test_clean_removes_only_what_the_generator_made(project: Path, tmp_path: Path) -> None:
    assert run("build") == 0
    mine = {
        "site.notes.txt": "notes",
        "site.old-recipes/soup.txt": "soup",
        "docs/actors/by-hand.md": "# By hand\n",
        "dist/notes.txt": "dist notes",
    }
    for name, text in mine.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text)
    (project / "dist" / "x-2026-01-02.zip").write_bytes(b"PK")
    outside = tmp_path / "outside.md"
    outside.write_text("kept")
    (project / "docs" / "events").mkdir(exist_ok=True)
    # With no virtual environment: the Makefile runs it with the system's Python.
    result = subprocess.run(
        [sys.executable, "-S", "-m", "generator.commands.clean"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert {name: (project / name).read_text() for name in mine} == mine
    assert not (project / "site").exists() and not (project / ".cache").exists()
    assert not (project / "dist" / "x-2026-01-02.zip").exists()
    assert sorted(p.name for p in (project / "docs" / "actors").iterdir()) == ["by-hand.md"]
    assert not (project / "docs" / "events").exists() and not (project / "docs" / MANIFEST).exists()
    assert outside.read_text() == "kept"
    assert clean(Paths()) == []  # nothing of ours is left


def test_make_clean_runs_the_generators_own_clean() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nclean:\n", 1)[1].split("\n\n", 1)[0]
    assert "-m generator.commands.clean" in recipe and "*" not in recipe and "site" not in recipe


def test_deploy_secrets_reach_only_the_deploy_step() -> None:
    for workflow in sorted((REPO / ".github" / "workflows").glob("*.yml")):
        for name, job in yaml.safe_load(workflow.read_text())["jobs"].items():
            assert "secrets." not in json.dumps(job.get("env", {})), f"{workflow.name}: {name}"
            for step in job["steps"]:
                run_script = step.get("run", "")
                if any(word in run_script for word in ("make", ".ci/run", "explainer", "pytest")):
                    env = json.dumps(step.get("env", {}))
                    assert "secrets." not in env, f"{workflow.name}: {step.get('name')}"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("The Haqqani dispute, September 2011", "the-haqqani-dispute-september-2011"),
        ("نزاع سد النهضة", "نزاع-سد-النهضة"),
        ("!!!", "explainer"),
    ],
)
def test_a_bundle_is_named_after_its_title_in_any_script(title: str, expected: str) -> None:
    assert slug(title) == expected
