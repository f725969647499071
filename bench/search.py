"""Search at scale, as a reader meets it: over http and from file://, in Chromium.

    python -m bench.search --sizes 1000 10000 100000     # about 1 h in all on 2 cores
    python -m bench.search --sizes 1000 --queries 3      # a quick look

For each size, writes the synthetic corpus (bench/corpus.py), generates its pages and
builds them once with mkdocs.offline.yml, as `make bundle` does (the offline copy), and
reads the search plugin's own figures: time spent reading pages and writing the index,
against the whole MkDocs build, and the index's size. That one folder is then searched
twice: served over http by a local server (which counts every byte it sends), and
opened from file://. For each query, a fresh tab opens the home page and, once it has
loaded, types an actor's name at 50 ms a key. The page itself records:

- the time from the last key to the result list drawn for the whole name, with that
  actor's page first;
- the longest task on the page's main thread from the first key to that moment
  (Long Tasks API: only tasks of 50 ms and more are reported);

and the server counts the bytes of search files (search/, the worker) sent for it. The
site served over http is the offline build (file names instead of directory URLs); its
search files and worker are the same as a published build's. The server sends files
uncompressed, so the bytes are an upper bound of what a server with gzip would send.

Prints a table and writes bench/results/<date>-search-<commit>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import json
import logging
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

import yaml

from generator.commands.build import generate
from generator.commands.bundle import build_offline_site
from generator.site.chromium import CHROMIUM, CHROMIUM_ARGS, FIRST_RESULT, SEARCH_BOX

from .corpus import write_corpus
from .offline import offline_config
from .run import folder_bytes, project

REPO = Path(__file__).resolve().parent.parent

WATCH = """
([query, expected]) => {
  window.__bench = { lastKey: null, found: null, tasks: [] };
  new PerformanceObserver(list => {
    for (const task of list.getEntries()) window.__bench.tasks.push([task.startTime, task.duration]);
  }).observe({ type: "longtask", buffered: true });
  const box = document.querySelector("input.md-search__input");
  box.addEventListener("keydown", () => { window.__bench.lastKey = performance.now(); });
  box.addEventListener("keydown", () => { window.__bench.firstKey ??= performance.now(); });
  const list = document.querySelector(".md-search-result__list");
  new MutationObserver(() => {
    // The list is drawn again for each answer: the first drawing for the whole name
    // whose first result is the actor's page.
    const first = list.querySelector("a.md-search-result__link");
    if (!window.__bench.found && box.value === query && first &&
        first.getAttribute("href").split("?")[0].endsWith(expected))
      window.__bench.found = performance.now();
  }).observe(list, { childList: true, subtree: true });
}
"""


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site, and counts the bytes of search files it sends."""

    sent: ClassVar[dict[str, int]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def copyfile(self, source: Any, outputfile: Any) -> None:
        path = self.path.split("?")[0]
        if path.startswith("/search/") or path.endswith("search-worker.js"):
            data = source.read()
            CountingHandler.sent[path] = CountingHandler.sent.get(path, 0) + len(data)
            outputfile.write(data)
        else:
            shutil.copyfileobj(source, outputfile)


def build(root: Path, entities: int) -> dict[str, Any]:
    """Corpus, pages, and one MkDocs build with the offline configuration."""
    paths = project(root)
    write_corpus(paths.data, entities)
    generate(paths)
    started = time.perf_counter()
    about = "# About this copy\n\nA benchmark.\n"
    config = build_offline_site(offline_config(root), paths.docs, paths.site, about)
    mkdocs = time.perf_counter() - started
    figures = dict(config.plugins["explainer"].search.written)
    index_seconds = figures["reading_seconds"] + figures["writing_seconds"]
    return {
        "site": paths.site,
        "data": paths.data,
        "mkdocs_seconds": round(mkdocs, 2),
        "index": figures,
        "index_share_of_mkdocs": round(index_seconds / mkdocs, 4),
        "index_bytes_on_disk": folder_bytes(paths.site / "search"),
        "index_bytes_per_1000_entities": round(
            folder_bytes(paths.site / "search") * 1000 / entities
        ),
    }


def queries(data: Path, count: int) -> list[tuple[str, str]]:
    """Actors spread over the corpus: (name typed, page expected first)."""
    actors = sorted(data.glob("actors/*.yaml"), key=lambda p: int(p.stem.split("-")[-1]))
    step = max(1, len(actors) // count)
    chosen = actors[::step][:count]
    return [
        (yaml.safe_load(p.read_text(encoding="utf-8"))["name"], f"actors/{p.stem}.html")
        for p in chosen
    ]


def one_query(browser: Any, home: str, name: str, expected: str) -> dict[str, Any]:
    page = browser.new_page()
    page.set_default_timeout(120_000)
    CountingHandler.sent = {}  # search_index.json is asked for as the page loads
    page.goto(home, wait_until="load")
    page.evaluate(WATCH, [name, expected])
    page.click(SEARCH_BOX)
    page.type(SEARCH_BOX, name, delay=50)
    page.wait_for_function("() => window.__bench.found !== null", timeout=120_000)
    bench = page.evaluate("window.__bench")
    first_href = page.locator(FIRST_RESULT).first.get_attribute("href")
    page.close()
    during = [
        d
        for start, d in bench["tasks"]
        if start + d >= bench["firstKey"] and start <= bench["found"]
    ]
    return {
        "query": name,
        "first_result": (first_href or "").split("?")[0],
        "seconds_after_last_key": round((bench["found"] - bench["lastKey"]) / 1000, 3),
        "longest_task_ms": round(max(during, default=0)),
        "search_bytes": sum(CountingHandler.sent.values()),
    }


def search_both_ways(site: Path, asked: list[tuple[str, str]]) -> dict[str, list[dict[str, Any]]]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(CountingHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    homes = {
        "http": f"http://127.0.0.1:{server.server_address[1]}/index.html",
        "file": (site / "index.html").as_uri(),
    }
    found: dict[str, list[dict[str, Any]]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for mode, home in homes.items():
            found[mode] = [one_query(browser, home, name, expected) for name, expected in asked]
            if mode == "file":
                for run in found[mode]:
                    run.pop("search_bytes")  # nothing is served: see the http figures
        browser.close()
    server.shutdown()
    return found


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [r["seconds_after_last_key"] for r in runs]
    figures = {
        "median_seconds": round(statistics.median(seconds), 3),
        "worst_seconds": max(seconds),
        "longest_task_ms": max(r["longest_task_ms"] for r in runs),
    }
    if "search_bytes" in runs[0]:
        figures["first_query_bytes_median"] = round(
            statistics.median(r["search_bytes"] for r in runs)
        )
        figures["first_query_bytes_worst"] = max(r["search_bytes"] for r in runs)
    return figures


def bench_size(entities: int, count: int) -> dict[str, Any]:
    print(f"\n{entities} entities", flush=True)
    with tempfile.TemporaryDirectory(prefix=f"search-{entities}-") as folder:
        built = build(Path(folder), entities)
        print(
            f"  MkDocs build {built['mkdocs_seconds']:.1f} s; search index: reading pages"
            f" {built['index']['reading_seconds']:.2f} s + writing {built['index']['writing_seconds']:.2f} s"
            f" = {built['index_share_of_mkdocs']:.1%} of it; {built['index_bytes_on_disk'] / 1e6:.1f} MB"
            f" on disk ({built['index_bytes_per_1000_entities'] / 1e6:.2f} MB per 1,000 entities)",
            flush=True,
        )
        runs = search_both_ways(built.pop("site"), queries(built.pop("data"), count))
    result = {"entities": entities, **built, "queries": runs}
    for mode, found in runs.items():
        result[f"{mode}_summary"] = figures = summary(found)
        shown = ", ".join(f"{k} {v}" for k, v in figures.items())
        print(f"  {mode}: {shown}", flush=True)
    return result


def commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1000, 10000], help="entities (default 1000 10000)"
    )
    parser.add_argument(
        "--queries", type=int, default=5, help="actor names typed per size and way (default 5)"
    )
    parser.add_argument("--out", type=Path, help="where to write the JSON (default bench/results/)")
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("generator").setLevel(logging.ERROR)  # the corpus leaves paragraphs uncited
    results = [bench_size(entities, options.queries) for entities in options.sizes]
    out = options.out or REPO / "bench" / "results" / f"{dt.date.today()}-search-{commit()}.json"
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
