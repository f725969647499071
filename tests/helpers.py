"""Helpers shared by the tests: the small valid data set to copy and break, and site builders."""

from __future__ import annotations

import json
import shutil
import socket
import urllib.request
from pathlib import Path
from typing import Any

import yaml
from explainer.support import require  # noqa: F401  (one definition, for both test suites)
from mkdocs.utils.yaml import yaml_load

from generator.commands.build import build_site, generate
from generator.records.load import read_all
from generator.records.validate import validate
from generator.run.errors import DataErrors
from generator.run.project import Paths

REPO = Path(__file__).resolve().parent.parent
SMALL_DATA = REPO / "tests" / "fixtures" / "small" / "data"
HAQQANI_DATA = REPO / "tests" / "fixtures" / "haqqani" / "data"
"""A copy of the first explainer's data: a realistic fixture that data/ edits do not change."""


def edit(data_dir: Path, name: str, old: str, new: str) -> None:
    """Replace exactly one occurrence of `old` in a data file (fails loudly otherwise)."""
    path = data_dir / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors_of(data_dir: Path) -> list[str]:
    """The error lines that load + validate report, with paths relative to data_dir."""
    try:
        records, unreadable = read_all(data_dir)
        validate(records, unreadable=unreadable)
    except DataErrors as problem:
        return [str(e).removeprefix(f"{data_dir}/") for e in problem.errors]
    return []


def fixture_project(root: Path, data: Path) -> Paths:
    """A project folder for `data`: the real mkdocs.yml (same Markdown dialect, plugins
    and validation), without the hand-written navigation."""
    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("nav", "watch"):
        config.pop(key, None)
    config["site_url"] = ""
    (root / "docs" / "assets").mkdir(parents=True, exist_ok=True)
    for asset in ("explainer.css", "explainer.js"):
        shutil.copy(REPO / "docs" / "assets" / asset, root / "docs" / "assets")
    (root / "docs" / "index.md").write_text("# Fixture\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return Paths(data=data, docs=root / "docs", config=root / "mkdocs.yml", site=root / "site")


def build_fixture_site(root: Path, data: Path, **options: object) -> Paths:
    """Generate and build `data` in a fixture project; `options` go to `generate`."""
    paths = fixture_project(root, data)
    generate(paths, **options)  # type: ignore[arg-type]
    build_site(paths)
    return paths


def search_documents(site: Path) -> list[dict[str, str]]:
    """Every document of a built site's search index (generator/site/search/), as the worker
    reads them: location, title, kind, detail, text (its start)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    folder = site / index["config"]["explainer"]["folder"] / "d"
    found = []
    for number in range(len(list(folder.glob("*.js")))):
        rows = search_data((folder / f"{number}.js").read_text(encoding="utf-8"))
        found += [
            dict(zip(("location", "title", "kind", "detail", "text"), row, strict=True))
            for row in rows
        ]
    return found


def search_data(script: str) -> Any:
    """The data of one search file, `__explainerSearch(name, data);` (search/index.py)."""
    return json.loads(script[script.index(",") + 1 : script.rindex(")")])


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    """The body of a page, or "" when it cannot be had."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""
