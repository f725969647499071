"""Shared test helpers: a small valid data set to copy and break, and a site builder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import yaml_load

from generator.build import Paths, build_site, generate
from generator.errors import DataErrors
from generator.load import load_all
from generator.validate import validate

REPO = Path(__file__).resolve().parent.parent
SMALL_DATA = REPO / "tests" / "fixtures" / "small" / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the small valid fixture data set."""
    target = tmp_path / "data"
    shutil.copytree(SMALL_DATA, target)
    return target


def edit(data_dir: Path, name: str, old: str, new: str) -> None:
    """Replace exactly one occurrence of `old` in a data file (fails loudly otherwise)."""
    path = data_dir / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors_of(data_dir: Path) -> list[str]:
    """The error lines that load + validate report, with paths relative to data_dir."""
    try:
        validate(load_all(data_dir))
    except DataErrors as problem:
        return [str(e).removeprefix(f"{data_dir}/") for e in problem.errors]
    return []


def fixture_project(root: Path, data: Path) -> Paths:
    """A project folder for `data`: the real mkdocs.yml (same Markdown dialect and
    validation), without the hand-written navigation and the serve hook."""
    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("nav", "hooks", "watch"):
        config.pop(key, None)
    config["theme"]["custom_dir"] = str(REPO / "generator" / "theme")
    config["site_url"] = ""
    (root / "docs" / "assets").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "docs" / "assets" / "explainer.css", root / "docs" / "assets")
    (root / "docs" / "index.md").write_text("# Fixture\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return Paths(data=data, docs=root / "docs", config=root / "mkdocs.yml", site=root / "site")


def build_fixture_site(root: Path, data: Path) -> Paths:
    paths = fixture_project(root, data)
    generate(paths)
    build_site(paths)
    return paths


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """The real explainer (data/ and the hand-written pages), built strict into a temp folder."""
    root = tmp_path_factory.mktemp("real")
    shutil.copytree(REPO / "docs", root / "docs", ignore=_generated_folders)
    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(REPO / config, root / config)
    for folder in ("generator", "data"):  # mkdocs.yml names them (hooks, watch)
        (root / folder).symlink_to(REPO / folder)
    paths = Paths(data=REPO / "data", docs=root / "docs", config=root / "mkdocs.yml", site=root / "site")
    generate(paths)
    build_site(paths)
    return paths


def _generated_folders(folder: str, names: list[str]) -> list[str]:
    from generator.render import GENERATED_DIRS
    from generator.write import MANIFEST

    return [n for n in names if Path(folder) == REPO / "docs" and (n in GENERATED_DIRS or n == MANIFEST)]
