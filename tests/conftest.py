"""Fixtures shared by every test: a writable copy of the small data set, and the real
explainer built once. Browser fixtures are in tests/browser/conftest.py, so that no other
test imports Playwright."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import build_site, generate
from generator.project import GENERATED_DIRS, MANIFEST, Paths
from helpers import REPO, SMALL_DATA


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the small valid fixture data set."""
    target = tmp_path / "data"
    shutil.copytree(SMALL_DATA, target)
    return target


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """The real explainer (data/ and the hand-written pages), built strict into a temp folder."""
    root = tmp_path_factory.mktemp("real")
    shutil.copytree(REPO / "docs", root / "docs", ignore=_generated_folders)
    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(REPO / config, root / config)
    (root / "data").symlink_to(REPO / "data")  # mkdocs.yml may watch it
    paths = Paths(
        data=REPO / "data", docs=root / "docs", config=root / "mkdocs.yml", site=root / "site"
    )
    generate(paths)
    build_site(paths)
    return paths


def _generated_folders(folder: str, names: list[str]) -> list[str]:
    return [
        n for n in names if Path(folder) == REPO / "docs" and (n in GENERATED_DIRS or n == MANIFEST)
    ]
