"""Fixtures of the generator's tests: a writable copy of the small data set, a
realistic explainer built once, and Chromium for the browser tests. The checks of the explainer in data/ (tests/explainer/)
have their own."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.run.project import Paths
from generator.site.chromium import CHROMIUM, CHROMIUM_ARGS
from helpers import HAQQANI_DATA, SMALL_DATA, build_fixture_site, require


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


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright, for one test module (a Playwright left running
    would stop the next module's from starting)."""
    require(CHROMIUM, "apt-get install -y chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
