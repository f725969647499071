"""`python -m generator diff REF`: the change summary, on two real commits of a fixture repo."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from helpers import SMALL_DATA, edit


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with the small fixture committed, then a second commit that changes it."""
    repo = tmp_path / "repo"
    shutil.copytree(SMALL_DATA, repo / "data")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "first")
    data = repo / "data"
    edit(data, "events/summit.yaml", "title: Summit", "title: Summit of ministers")
    edit(data, "events/remarks.yaml", "text: out of line.", 'text: remarks were "out of line."')
    (data / "disputes" / "group-role.yaml").unlink()
    (data / "actors" / "envoy.yaml").write_text(
        "id: envoy\nname: The Envoy\nkind: person\ndescription: An envoy.\n"
        "cite:\n  - {source: wire-2011-09-15, paragraphs: [1]}\n"
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "second")
    return repo


def run(repo: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["diff", *args, "--data", str(repo / "data")])
    return code, capsys.readouterr().out


def test_text_summary_between_two_commits(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, capsys, "HEAD~1") == (
        0,
        "added    actor    envoy\n"
        "changed  event    remarks (quotes)\n"
        "changed  event    summit (title)\n"
        "removed  dispute  group-role\n"
        'added    quote    The Minister: “remarks were "out of line."”\n'
        "removed  quote    The Minister: “out of line.”\n"
        "warning  events/remarks: quotes or their speakers changed with no note in `changes`;"
        " add one (correction: true, or false for an update that corrects nothing)\n",
    )


def test_strict_fails_while_a_change_is_unsaid(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--strict` (the preview's check) exits 1 after the summary while a warning stands,
    and 0 once the record's `changes` says it."""
    code = main(["diff", "HEAD~1", "--strict", "--data", str(repo / "data")])
    out, err = capsys.readouterr()
    assert code == 1 and "warning  events/remarks:" in out
    assert err == (
        "error: 1 change(s) that readers would not be told of (the warnings above): add a note"
        " to each record's `changes`\n"
    )
    with open(repo / "data" / "events" / "remarks.yaml", "a") as record:
        record.write("changes:\n  - {date: 2026-12-04, note: The quote was cut short.}\n")
    assert main(["diff", "HEAD~1", "--strict", "--data", str(repo / "data")]) == 0


def test_a_note_in_changes_answers_the_warning(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open(repo / "data" / "events" / "remarks.yaml", "a") as record:
        record.write("changes:\n  - {date: 2026-12-04, note: The quote was cut short.}\n")
    code, out = run(repo, capsys, "HEAD~1")
    assert code == 0 and "warning" not in out
    edit(repo / "data", "events/summit.yaml", "date: 2011-09-26", "date: 2011-10-03")
    code, out = run(repo, capsys, "HEAD~1", "--format", "markdown")
    warnings = out.split("**Warnings** (say what changed, on the record's page):\n\n")[1]
    assert warnings.splitlines() == [
        "- events/summit&#58; the date changed with no note in &#96;changes&#96;; add one"
        " &#40;correction&#58; true, or false for an update that corrects nothing&#41;"
    ]
    # the same day in other words is said as What changed says it
    edit(repo / "data", "events/summit.yaml", "date: 2011-10-03", "date: 2011-09-26")
    edit(repo / "data", "events/summit.yaml", "basis: next week", "basis: the week after")
    code, out = run(repo, capsys, "HEAD~1")
    assert "events/summit: the basis of the date changed with no note" in out


def test_markdown_summary_links_to_preview_pages(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(
        repo, capsys, "HEAD~1", "--format", "markdown", "--base-url", "https://pr-7.example.org/"
    )
    assert code == 0
    assert out.splitlines()[:8] == [
        "**Change summary** (against `HEAD~1`): 1 added, 2 changed, 1 removed records.",
        "",
        "| Change | Kind | Record | Fields changed |",
        "|---|---|---|---|",
        "| added | actor | [The Envoy](https://pr-7.example.org/actors/envoy/) |  |",
        "| changed | event | [The minister&#39;s remarks](https://pr-7.example.org/events/remarks/) | quotes |",
        "| changed | event | [Summit of ministers](https://pr-7.example.org/events/summit/) | title |",
        "| removed | dispute | Did the group have a role? |  |",
    ]


def test_working_tree_changes_count_too(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo / "data", "actors/ministry.yaml", "name: The Ministry", "name: The Foreign Ministry")
    assert run(repo, capsys, "HEAD") == (0, "changed  actor    ministry (name)\n")


def test_no_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, capsys, "HEAD") == (0, "No changes to the data.\n")


def test_unknown_ref(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "no-such-branch", "--data", str(repo / "data")]) == 1
    assert capsys.readouterr().err == "error: unknown git ref 'no-such-branch'\n"


def test_mistakes_in_the_refs_data_are_named_as_git_names_them(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = repo / "data"
    (data / "actors" / "twin.yaml").write_text(
        (data / "actors" / "envoy.yaml").read_text().replace("id: envoy", "id: twin")
    )
    edit(data, "actors/ministry.yaml", "kind: organisation", "kind: envoy")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "broken")
    git(repo, "revert", "--no-edit", "HEAD")
    assert main(["diff", "HEAD~1", "--data", str(data)]) == 1
    assert capsys.readouterr().err == (
        "error: the data at 'HEAD~1' is not valid:\n"
        "HEAD~1:data/actors/envoy.yaml:2: name: looks the same as the name of "
        "HEAD~1:data/actors/twin.yaml\n"
        "HEAD~1:data/actors/ministry.yaml:3: kind: expected 'person', 'organisation', "
        "'state', 'group' or 'anonymous', found 'envoy'\n"
        "HEAD~1:data/actors/twin.yaml:2: name: looks the same as the name of "
        "HEAD~1:data/actors/envoy.yaml\n"
    )


@pytest.mark.parametrize("target", ["/etc/passwd", "../sources/wire-2011-09-15.yaml"])
def test_a_link_in_the_refs_data_is_refused_as_check_refuses_it(
    repo: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    (repo / "data" / "actors" / "link.yaml").symlink_to(target)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "a link")
    (repo / "data" / "actors" / "link.yaml").unlink()
    assert main(["diff", "HEAD", "--data", str(repo / "data")]) == 1
    assert capsys.readouterr().err == (
        "error: the data at 'HEAD' is not valid:\n"
        "HEAD:data/actors/link.yaml: is a symbolic link; data/ holds only regular files "
        "(a link can lead anywhere)\n"
    )
