"""Fixtures of the explainer checks: the explainer in this folder's data/ and docs/,
built strict once, served over http, bundled, and Debian's Chromium to read it."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.commands.build import build_site, check, generate
from generator.commands.bundle import make_bundle
from generator.records.explainer import Explainer
from generator.run.project import GENERATED_DIRS, MANIFEST, Paths
from generator.site.chromium import CHROMIUM, CHROMIUM_ARGS

from .support import ROOT, require


@pytest.fixture(scope="session")
def explainer() -> Explainer:
    """The records of data/, validated."""
    return check(Paths(data=ROOT / "data"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """data/ and the hand-written pages, built strict into a temporary folder (the
    explainer's own docs/ and site/ are left alone)."""
    root = tmp_path_factory.mktemp("explainer")
    shutil.copytree(ROOT / "docs", root / "docs", ignore=_generated)
    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / config, root / config)
    (root / "data").symlink_to(ROOT / "data")  # mkdocs.yml may watch it
    paths = Paths(
        data=ROOT / "data", docs=root / "docs", config=root / "mkdocs.yml", site=root / "site"
    )
    generate(paths)
    build_site(paths)
    return paths


def _generated(folder: str, names: list[str]) -> list[str]:
    top = Path(folder) == ROOT / "docs"
    return [n for n in names if top and (n in GENERATED_DIRS or n == MANIFEST)]


@pytest.fixture(scope="session")
def bundle(built: Paths, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline bundle, built as `make bundle` does and unpacked into a fresh folder."""
    archive = make_bundle(
        built, built.config.with_name("mkdocs.offline.yml"), built.site.parent / "dist"
    )
    target = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(target)
    (folder,) = target.iterdir()
    return folder


@pytest.fixture(scope="package")  # closed before other suites start their own Playwright
def browser() -> Iterator[object]:
    """Debian's Chromium through Playwright."""
    require(CHROMIUM, "apt-get install -y chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(built: Paths) -> Iterator[str]:
    """The built site served on 127.0.0.1 for the duration of the tests."""
    handler = functools.partial(_QuietHandler, directory=str(built.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
