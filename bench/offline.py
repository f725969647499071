"""The offline bundle at scale: build it, unpack it, and time search from file:// in Chromium.

    python -m bench.offline PROJECT      # a folder made by bench/run.py's project()

Builds the bundle as `make bundle` does, unpacks it, opens its home page from file://
in Debian's Chromium (headless, through Playwright) and types the name of one actor
into the search box as soon as the page has loaded. Reports the archive's size, the
time from loading the page to the first result (the search index is downloaded and
indexed in the browser first), and the time for a second query once it is ready.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import yaml

from generator.commands.bundle import make_bundle
from generator.run.project import Paths
from generator.site.chromium import CHROMIUM, CHROMIUM_ARGS, FIRST_RESULT, SEARCH_BOX

REPO = Path(__file__).resolve().parent.parent


def offline_config(root: Path) -> Path:
    """The repository's mkdocs.offline.yml, inheriting the project's mkdocs.yml."""
    config = yaml.safe_load((REPO / "mkdocs.offline.yml").read_text(encoding="utf-8"))
    config["INHERIT"] = "mkdocs.yml"
    path = root / "mkdocs.offline.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def time_search(site: Path, queries: list[str], timeout_ms: int = 600_000) -> list[dict[str, Any]]:
    """Open site/index.html from file:// and time each query to its first result."""
    from playwright.sync_api import sync_playwright

    timings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_default_timeout(timeout_ms)
        page.goto((site / "index.html").as_uri(), wait_until="load")
        for query in queries:
            started = time.perf_counter()
            page.fill(SEARCH_BOX, "")
            page.click(SEARCH_BOX)
            page.type(SEARCH_BOX, query, delay=50)
            typed = time.perf_counter()
            first = page.locator(FIRST_RESULT).first
            first.wait_for()
            timings.append(
                {
                    "query": query,
                    "seconds": round(time.perf_counter() - started, 3),
                    "of_which_typing": round(typed - started, 3),
                    "first_result": (first.get_attribute("href") or "").split("?")[0],
                }
            )
            page.keyboard.press("Escape")
        browser.close()
    return timings


def offline_search(paths: Paths, actor: str = "actor-1") -> dict[str, Any]:
    """Build and unpack the bundle of a bench project, then time two searches in it."""
    root = paths.config.parent
    started = time.perf_counter()
    archive = make_bundle(paths, offline_config(root), root / "dist")
    built = time.perf_counter() - started
    name = yaml.safe_load((paths.data / "actors" / f"{actor}.yaml").read_text(encoding="utf-8"))[
        "name"
    ]
    with tempfile.TemporaryDirectory(prefix="unpacked-") as unpacked:
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(unpacked)
        (folder,) = Path(unpacked).iterdir()
        index_bytes = sum(p.stat().st_size for p in (folder / "search").glob("*"))
        first, second = time_search(folder, [name, name.split()[-1]])
    results = {
        "bundle_build_seconds": round(built, 3),
        "archive_bytes": archive.stat().st_size,
        "search_index_bytes": index_bytes,
        "first_query": first,
        "second_query": second,
    }
    print(
        f"  {'bundle: build + zip':<22} {built:8.2f} s  ({archive.stat().st_size / 1e6:.0f} MB archive)"
    )
    print(
        f"  {'bundle: first result':<22} {first['seconds']:8.2f} s  (page load to a result for {name!r})"
    )
    print(f"  {'bundle: next query':<22} {second['seconds']:8.2f} s")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "project",
        type=Path,
        help="a project folder made by bench/run.py (data/, docs/, mkdocs.yml)",
    )
    root = parser.parse_args().project.resolve()
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("generator").setLevel(logging.ERROR)
    offline_search(
        Paths(
            data=root / "data", docs=root / "docs", config=root / "mkdocs.yml", site=root / "site"
        )
    )


if __name__ == "__main__":
    main()
