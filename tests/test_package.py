"""The generator is a real package: installed from a wheel into a fresh environment, its
`explainer` command builds a project folder that holds no copy of this repository's code."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from generator import __version__
from helpers import HAQQANI_DATA, REPO, fixture_project


def run(*command: str | Path, cwd: Path | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_installed_package_builds_a_project_of_its_own(tmp_path: Path) -> None:
    source = tmp_path / "source"  # built from a copy: a build leaves files beside the code
    shutil.copytree(
        REPO / "generator", source / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source)
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        tmp_path / "dist",
        source,
    )
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    # The pinned dependencies come from this environment; the generator only from the wheel.
    (next(venv.glob("lib/python*/site-packages")) / "dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"]
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        venv / "bin" / "python",
        "install",
        "-q",
        "--no-deps",
        wheel,
    )

    project = tmp_path / "project"
    shutil.copytree(HAQQANI_DATA, project / "data")
    fixture_project(project, project / "data")
    imported = run(
        venv / "bin" / "python", "-c", "import generator; print(generator.__file__)", cwd=tmp_path
    )
    assert imported.startswith(str(venv)), imported

    run(venv / "bin" / "explainer", "build", cwd=project)
    actor = (project / "site" / "actors" / "mike-mullen" / "index.html").read_text(encoding="utf-8")
    assert "application/ld+json" in actor  # the package's theme override, added by its plugin
    map_page = (project / "site" / "map" / "index.html").read_text(encoding="utf-8")
    assert 'href="../actors/mike-mullen/"' in map_page  # the plugin resolved the map's links
    assert not (project / "generator").exists() and (project / ".cache" / "docs").is_dir()


def test_the_version_says_whether_it_is_released() -> None:
    """The changelog's newest section and `explainer --version` agree: a version whose
    section is dated is released as it stands; one marked unreleased is a development
    version (`0.9.0.dev0`), which two copies taken at different commits may share."""
    newest = re.search(r"(?m)^## (\S+) \((.*)\)$", (REPO / "CHANGELOG.md").read_text())
    assert newest, "CHANGELOG.md has no '## VERSION (DATE or unreleased)' section"
    version, when = newest.groups()
    if when == "unreleased":
        assert re.fullmatch(rf"{re.escape(version)}\.dev\d+", __version__)
    else:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", when) and __version__ == version
