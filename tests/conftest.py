"""Fixtures of the generator's tests: a writable copy of the small data set, and a
realistic explainer built once. The checks of the explainer in data/ (tests/explainer/)
have their own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.run.project import Paths
from helpers import HAQQANI_DATA, SMALL_DATA, build_fixture_site


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the small valid fixture data set."""
    target = tmp_path / "data"
    shutil.copytree(SMALL_DATA, target)
    return target


@pytest.fixture(scope="session")
def haqqani_site(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A realistic explainer (a copy of the first one's data), built strict once."""
    return build_fixture_site(tmp_path_factory.mktemp("haqqani"), HAQQANI_DATA)
