"""A new explainer: this tool's files copied into a new folder, with a starter story.

The new repository gets its own copy of the generator (as a project template does),
not a pinned package: the generator is not on a package index, a desk can read and
mend its copy, and its two commands need nothing but the package registries.
`explainer upgrade` later copies a newer tool over it, leaving the story alone."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from .errors import ExplainerError
from .scaffold import text_environment

log = logging.getLogger(__name__)

TOOL = Path(__file__).resolve().parent.parent
"""The checkout this generator runs from: the files below are copied from it."""
STARTER = Path(__file__).resolve().parent / "starter"

TOOL_FILES = [
    "generator",
    "pyproject.toml",
    "requirements.txt",
    "requirements-test.txt",
    "package.json",
    "package-lock.json",
    "Makefile",
    ".gitignore",
    ".ci/run",
    ".github/workflows/preview.yml",
    ".github/workflows/publish.yml",
    "tests/explainer",
    "mkdocs.offline.yml",
    "docs/assets/explainer.css",
]
"""What every explainer shares with this repository, copied as it is (and again by
`upgrade`). The tool's own tests, benchmark and fixtures stay here."""

STORY_FILES = ["tests/explainer/search-misses.yaml"]
"""Files inside TOOL_FILES that belong to each explainer: made new, never upgraded."""

LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


class NewExplainerError(ExplainerError):
    """The new explainer cannot be made here (folder not empty, tool files missing)."""


def new_explainer(target: Path, title: str, description: str | None = None) -> Path:
    """Make a new explainer repository in `target` (which must not exist, or be empty)."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise NewExplainerError(f"{target} already exists and is not empty; choose a new folder")
    _require_tool_checkout()
    title = " ".join(title.split())
    if not title:
        raise NewExplainerError("--title must not be empty")
    description = " ".join((description or "").split()) or (
        f"{title}: who the actors are, what happened when, and what is disputed,"
        " traced to the sources."
    )
    target.mkdir(parents=True, exist_ok=True)
    _copy_tool(target)
    shutil.copytree(STARTER / "data", target / "data")
    _write_config(target, title, description)
    # The pages' titles are escaped in the templates (`| e`); the rest is ours.
    starter = text_environment(STARTER)
    context = {"title": title, "description": description}
    for template, path in [
        ("README.md.j2", "README.md"),
        ("index.md.j2", "docs/index.md"),
        ("about.md.j2", "docs/about.md"),
        ("methodology.md.j2", "docs/methodology.md"),
        ("search-misses.yaml.j2", "tests/explainer/search-misses.yaml"),
    ]:
        (target / path).write_text(starter.get_template(template).render(context), encoding="utf-8")
    _git_init(target)
    log.info("New explainer in %s: run `make site` and `make test` there", target)
    return target


def upgrade_explainer(target: Path) -> None:
    """Copy this tool's files over an existing explainer (data/, the hand-written pages,
    mkdocs.yml, the README and the search misses are the story's, and stay)."""
    if not (target / "data").is_dir() or not (target / "mkdocs.yml").is_file():
        raise NewExplainerError(f"{target} is not an explainer (no data/ or mkdocs.yml)")
    if target.resolve() == TOOL:
        raise NewExplainerError("this is the tool's own checkout; give the explainer's folder")
    _require_tool_checkout()
    kept = {name: (target / name).read_bytes() for name in STORY_FILES if (target / name).is_file()}
    _copy_tool(target)
    for name, content in kept.items():
        (target / name).write_bytes(content)
    log.info("Upgraded %s: review the changes with `git diff`, then run `make test`", target)


def _require_tool_checkout() -> None:
    missing = [name for name in TOOL_FILES if not (TOOL / name).exists()]
    if missing:
        raise NewExplainerError(
            f"{TOOL} is not a checkout of the generator's repository (missing: "
            f"{', '.join(missing)}); `explainer new` copies the tool from one: clone it "
            "and run the command from there"
        )


def _copy_tool(target: Path) -> None:
    for name in TOOL_FILES:
        source, copy = TOOL / name, target / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.rmtree(copy, ignore_errors=True)  # modules removed upstream go too
            shutil.copytree(source, copy, ignore=LEFT_OUT)
        else:
            shutil.copy2(source, copy)


def _write_config(target: Path, title: str, description: str) -> None:
    """This repository's mkdocs.yml with the new site's name and description."""
    new = {"site_name": title, "site_description": description}
    lines = (TOOL / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        key = line.partition(":")[0]
        if key in new:  # a top-level key: the comments and the rest stay as they are
            lines[i] = f"{key}: {_yaml_string(new.pop(key))}\n"
    (target / "mkdocs.yml").write_text("".join(lines), encoding="utf-8")


def _yaml_string(text: str) -> str:
    """A double-quoted YAML scalar (a title may hold a colon, quotes or a hash)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _git_init(target: Path) -> None:
    """A repository from the start: the bundle names its git commit, previews diff it."""
    try:
        subprocess.run(["git", "init", "-q", str(target)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        log.warning("git init failed in %s: make it a git repository yourself", target)
