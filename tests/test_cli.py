"""The command line: help, exit codes, and a failed build that loses nothing."""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main, parser
from generator.records import gaps
from generator.records.load import load_all
from generator.records.validate import validate
from generator.run.project import Paths
from helpers import REPO, build_fixture_site, edit, fixture_project


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build_args(paths: Paths, data: Path) -> list[str]:
    """`explainer build` on a fixture project."""
    options = {"--data": data, "--docs": paths.docs, "--config": paths.config, "--site": paths.site}
    return ["build", *(str(part) for option in options.items() for part in option)]


def test_help_explains_the_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    for command in COMMANDS:
        assert f"  {command} " in result.stdout, f"`{command}` is not explained in --help"
    assert "FILE:LINE: FIELD: MESSAGE" in result.stdout


COMMANDS = [
    "check",
    "generate",
    "build",
    "serve",
    "bundle",
    "diff",
    "add",
    "ingest",
    "accept",
    "new",
    "upgrade",
]


def subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_is_documented() -> None:
    assert sorted(subcommands()) == sorted(COMMANDS), (
        "a new command needs its line in the tests and the README"
    )
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"explainer {command}" in readme, f"README does not show `explainer {command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_each_commands_help_says_what_it_does(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exit.value.code == 0
    assert out.startswith(f"usage: explainer {command}")
    description = subcommands()[command].description
    assert description and description in out
    assert "--quiet" in out
    assert ("--data DATA" in out) == (command not in ("new", "upgrade"))  # those make folders


def test_the_installed_script_runs_the_same_commands() -> None:
    script = Path(sys.executable).parent / "explainer"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("usage: explainer")


def test_check_reports_every_error_and_exits_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(data_dir, "actors/ministry.yaml", "kind: organisation", "kind: ministry")
    edit(data_dir, "events/remarks.yaml", "text: out of line.", "text: out of step.")
    assert main(["check", "--data", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert f"{data_dir}/actors/ministry.yaml:3: kind: expected 'person'" in err
    assert f"{data_dir}/events/remarks.yaml:11: quotes[0].text: quote not found" in err
    assert err.endswith("2 data error(s); nothing was written.\n")
    assert "Traceback" not in err


def test_check_passes_on_valid_data(data_dir: Path) -> None:
    assert main(["check", "--data", str(data_dir), "--quiet"]) == 0


def test_failed_build_leaves_site_and_pages_untouched(tmp_path: Path, data_dir: Path) -> None:
    paths = build_fixture_site(tmp_path, data_dir)
    site_before, docs_before = snapshot(paths.site), snapshot(paths.docs)
    edit(data_dir, "actors/ministry.yaml", "kind: organisation", "kind: ministry")
    args = build_args(paths, data_dir)
    assert main(args) == 2
    assert snapshot(paths.site) == site_before
    assert snapshot(paths.docs) == docs_before


def test_mkdocs_failure_keeps_the_previous_site(tmp_path: Path, data_dir: Path) -> None:
    paths = build_fixture_site(tmp_path, data_dir)
    site_before = snapshot(paths.site)
    (paths.docs / "index.md").write_text("# Fixture\n\n[broken](nowhere.md)\n")
    args = build_args(paths, data_dir)
    assert main(args) == 1
    assert snapshot(paths.site) == site_before
    assert not list(tmp_path.glob("site.building-*"))


def test_build_then_rebuild_writes_nothing_new(
    tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = fixture_project(tmp_path, data_dir)
    args = ["generate", "--data", str(data_dir), "--docs", str(paths.docs)]
    assert main(args) == 0
    caplog.clear()
    caplog.set_level(logging.INFO, logger="generator")
    assert main(args) == 0
    assert (
        "Files: 29 up to date (data/ and the generator unchanged since the last run)" in caplog.text
    )


def test_a_data_edit_or_a_lost_page_regenerates(
    tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = fixture_project(tmp_path, data_dir)
    args = ["generate", "--data", str(data_dir), "--docs", str(paths.docs)]
    caplog.set_level(logging.INFO, logger="generator")
    assert main(args) == 0
    edit(
        data_dir,
        "actors/ministry.yaml",
        "description: A ministry.",
        "description: A ministry of state.",
    )
    caplog.clear()
    assert main(args) == 0
    # Rendered: the actor's page and the open data (a description shows on no other page).
    # Written: the page, and the open data that holds the record (explainer.json, actors.csv).
    assert "14 generated, 3 written, 26 unchanged, 0 removed" in caplog.text
    (paths.docs / "actors" / "minister.md").unlink()
    caplog.clear()
    assert main(args) == 0
    assert "29 generated, 1 written, 28 unchanged, 0 removed" in caplog.text


def test_uncited_paragraphs_are_named_for_a_few_sources_and_counted_for_the_rest(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    wire = (data_dir / "sources" / "wire-2011-09-15.yaml").read_text(encoding="utf-8")
    for n in range(4):  # nothing cites these copies
        (data_dir / "sources" / f"copy-{n}.yaml").write_text(
            wire.replace("id: wire-2011-09-15", f"id: copy-{n}").replace("?id=1", f"?id=c{n}")
        )
    explainer = validate(load_all(data_dir))
    with caplog.at_level(logging.WARNING, logger="generator"):
        gaps.report(gaps.find_gaps(explainer, data_dir), shown=2)
    assert [r.getMessage() for r in caplog.records] == [
        f"warning: {data_dir}/sources/copy-0.yaml: paragraphs 1, 2 are cited by no record"
        " (cite them, or give each an uncited_reason)",
        f"warning: {data_dir}/sources/copy-1.yaml: paragraphs 1, 2 are cited by no record"
        " (cite them, or give each an uncited_reason)",
        "warning: ... and 2 more like it (`check --all` lists them)",
    ]


def test_check_all_lists_every_warning(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    wire = (data_dir / "sources" / "wire-2011-09-15.yaml").read_text(encoding="utf-8")
    for n in range(12):  # more uncited copies than a kind shows by default
        (data_dir / "sources" / f"copy-{n:02}.yaml").write_text(
            wire.replace("id: wire-2011-09-15", f"id: copy-{n:02}").replace("?id=1", f"?id=c{n}")
        )
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", "--data", str(data_dir)]) == 0
    assert "copy-11.yaml" not in caplog.text and "and 2 more like it" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", "--all", "--data", str(data_dir)]) == 0
    assert "copy-11.yaml" in caplog.text and "more like it" not in caplog.text


def test_check_warns_of_gaps_and_strict_fails_on_them(
    data_dir: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    edit(data_dir, "disputes/group-role.yaml", "events: [summit, remarks]", "events: [summit]")
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", "--data", str(data_dir)]) == 0
    assert "events/remarks.yaml:1: the event is in no dispute's `events`" in caplog.text
    assert main(["check", "--strict", "--data", str(data_dir)]) == 2
    assert "1 warning(s); --strict fails on them" in capsys.readouterr().err


def test_the_site_is_readable_by_others_and_a_stuck_old_site_blocks_nothing(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = build_fixture_site(tmp_path, data_dir)
    assert paths.site.stat().st_mode & 0o755 == 0o755  # as the umask allows, not mkdtemp's 0700
    # Old sites that cannot be deleted (read-only, or another user's files: as root, chmod
    # would not stop the test, so deleting them is what fails here).
    remove = shutil.rmtree

    def undeletable_old_sites(path: Path, ignore_errors: bool = False) -> None:
        if not Path(path).name.startswith("site.old"):
            remove(path, ignore_errors=ignore_errors)

    monkeypatch.setattr("generator.commands.build.shutil.rmtree", undeletable_old_sites)
    args = build_args(paths, data_dir)
    for _ in range(2):
        (paths.docs / "index.md").write_text(f"# Fixture {_}\n")
        assert main(args) == 0
        assert f"Fixture {_}" in (paths.site / "index.html").read_text(encoding="utf-8")
    assert not list(tmp_path.glob("site.building-*"))


def test_ctrl_c_is_one_line_and_exit_130(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("generator.cli.check", interrupted)
    assert main(["check", "--data", str(data_dir)]) == 130
    assert capsys.readouterr().err == "interrupted: `explainer check` stopped\n"


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda root: root / "no-such-folder", "no data folder here"),
        (lambda root: root, "sources: holds no source file"),
    ],
    ids=["missing", "empty"],
)
def test_check_refuses_a_data_folder_with_nothing_to_publish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, expected: str
) -> None:
    data = make(tmp_path)
    assert main(["check", "--data", str(data)]) == 2
    assert expected in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["source", "actor", "event", "dispute"])
def test_add_writes_a_commented_record_that_passes_check(data_dir: Path, kind: str) -> None:
    assert main(["add", kind, f"new-{kind}", "--data", str(data_dir), "-q"]) == 0
    text = (data_dir / f"{kind}s" / f"new-{kind}.yaml").read_text(encoding="utf-8")
    assert text.startswith("# ") and "TODO" in text
    assert main(["check", "--data", str(data_dir), "-q"]) == 0


def test_add_refuses_a_taken_or_malformed_id(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add", "actor", "minister", "--data", str(data_dir)]) == 1
    assert "minister.yaml already exists" in capsys.readouterr().err
    assert main(["add", "actor", "Ana Lindqvist", "--data", str(data_dir)]) == 1
    assert "'Ana Lindqvist' is no id" in capsys.readouterr().err


def test_add_marks_what_it_guessed_from_the_id_and_check_reports_it(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    args = ["--data", str(data_dir), "-q"]
    assert main(["add", "actor", "us-state-department", "--source", "wire-2011-09-15", *args]) == 0
    record = yaml.safe_load((data_dir / "actors" / "us-state-department.yaml").read_text())
    assert (record["name"], record["kind"]) == ("US State Department", "organisation")
    assert record["draft"] == (
        "the name 'US State Department' is made from the id; kind organisation is guessed from"
        " the id; paragraph 1 of wire-2011-09-15 is cited as a stand-in"
    )
    assert main(["add", "actor", "bank-of-england", *args]) == 0
    record = yaml.safe_load((data_dir / "actors" / "bank-of-england.yaml").read_text())
    assert (record["name"], record["kind"]) == ("Bank of England", "organisation")
    # every head word ingest knows for a body: a tribunal, a utility company
    assert main(["add", "actor", "--name", "Federal Water Tribunal", *args]) == 0
    record = yaml.safe_load((data_dir / "actors" / "federal-water-tribunal.yaml").read_text())
    assert record["kind"] == "organisation"
    with caplog.at_level(logging.WARNING, logger="generator"):
        assert main(["check", *args]) == 0
    assert (
        f"warning: {data_dir}/actors/us-state-department.yaml:8: TODO left in role, description:"
        " replace it"
    ) in caplog.text
    assert main(["check", "--strict", *args]) == 2


def test_add_refuses_an_unknown_source(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", "event", "vote", "--source", "nowhere", "--data", str(data_dir)]) == 1
    assert capsys.readouterr().err == (
        "error: --source: unknown source 'nowhere' (known: wire-2011-09-15)\n"
    )


def test_add_with_a_name_keeps_it_as_written_and_makes_the_id_from_it(data_dir: Path) -> None:
    args = ["--data", str(data_dir), "-q"]
    assert main(["add", "actor", "--name", "Jean-Luc Dubois: an # aside", *args]) == 0
    record = yaml.safe_load((data_dir / "actors" / "jean-luc-dubois-an-aside.yaml").read_text())
    assert record["name"] == "Jean-Luc Dubois: an # aside"
    assert "made from the id" not in record["draft"]
    assert main(["add", "event", "vote-on-levy", "--name", "'Council' votes", *args]) == 0
    record = yaml.safe_load((data_dir / "events" / "vote-on-levy.yaml").read_text())
    assert record["title"] == "'Council' votes"
    assert main(["check", *args]) == 0


def test_add_without_an_id_or_name_or_with_a_name_for_a_source_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add", "actor", "--data", str(data_dir)]) == 1
    assert "give the record's id, or its --name" in capsys.readouterr().err
    assert main(["add", "source", "--name", "Daily Post", "--data", str(data_dir)]) == 1
    assert "--name is for an actor's name or an event's title" in capsys.readouterr().err
    assert main(["add", "actor", "--name", "!!!", "--data", str(data_dir)]) == 1
    assert "no id can be made from '!!!'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "record_id"),
    [
        ("Zoë Brun", "zoe-brun"),  # an accent taken off
        ("Zoë Brønsted", "zoe-bronsted"),  # letters NFKD does not take apart
        ("Łukasz Wiśniewski", "lukasz-wisniewski"),
        ("Straße der Einheit", "strasse-der-einheit"),
    ],
)
def test_an_id_made_from_a_name_keeps_every_letter(name: str, record_id: str) -> None:
    from generator.run.project import id_slug

    assert id_slug(name) == record_id
