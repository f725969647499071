"""The CI workflows are valid GitHub Actions files and use the README's make targets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
CHECKER = Path(sys.executable).with_name("check-jsonschema")


def schema_check(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECKER), "--builtin-schema", "vendor.github-workflows", *map(str, files)],
        capture_output=True,
        text=True,
    )


def test_workflows_match_the_github_schema() -> None:
    result = schema_check(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n")
    assert schema_check(broken).returncode != 0


@pytest.mark.parametrize("name", ["preview.yml", "publish.yml"])
def test_workflows_build_with_the_make_targets(name: str) -> None:
    text = (REPO / ".github" / "workflows" / name).read_text()
    for command in ("bash .ci/run", "make site", "make bundle"):
        assert command in text


def test_preview_never_points_at_production() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "preview.yml").read_text())
    build = next(
        s for s in workflow["jobs"]["preview"]["steps"] if s.get("name", "").startswith("Build")
    )
    assert build["env"]["SITE_URL"] == "${{ steps.address.outputs.url }}"


def test_preview_fails_last_on_a_change_readers_are_not_told_of() -> None:
    """The preview and its comment come first; then `diff --strict` fails the check while a
    quote, speaker, date or citation changed without a note in the record's `changes`."""
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "preview.yml").read_text())
    steps = workflow["jobs"]["preview"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert "--strict" in runs[-1] and "explainer diff" in runs[-1]
    comment = next(n for n, s in enumerate(steps) if s.get("name", "").startswith("Post"))
    assert comment < len(steps) - 1
