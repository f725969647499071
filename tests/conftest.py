"""Shared test helpers: a small valid data set to copy and break, and a site builder."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, sync_playwright
from mkdocs.utils.yaml import yaml_load

from bench.offline import CHROMIUM, CHROMIUM_ARGS  # one set of browser flags for tests and benchmark
from generator.build import Paths, build_site, generate
from generator.errors import DataErrors
from generator.load import load_all
from generator.render import GENERATED_DIRS
from generator.validate import validate
from generator.write import MANIFEST

REPO = Path(__file__).resolve().parent.parent
SMALL_DATA = REPO / "tests" / "fixtures" / "small" / "data"




def require(thing: Path | str, how: str) -> None:
    """Skip a test whose outside tool is missing, with how to get it; under CI, fail:
    .ci/run installs every tool the tests need."""
    if Path(thing).exists():
        return
    message = f"{thing} is missing: {how}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


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
    return [n for n in names if Path(folder) == REPO / "docs" and (n in GENERATED_DIRS or n == MANIFEST)]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium through Playwright (never `playwright install`: no download here)."""
    require(CHROMIUM, "apt-get install -y chromium (.ci/run does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(real_site: Paths) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 for the duration of the tests."""
    handler = functools.partial(QuietHandler, directory=str(real_site.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
