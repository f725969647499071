"""Benchmark the pipeline on synthetic explainers of several sizes.

    python -m bench.run [--sizes 1000 10000] [--generator-only 100000] [--repeat 3] [--quick] [--out bench/results]

For each size: write a seeded corpus, then time every stage (load, validate, render,
write, MkDocs build) with its peak memory. At each full-build size this is done `--repeat`
times: a generation in a fresh process (stages.py), then a strict MkDocs build of its
pages. The generator's share of MkDocs is taken within each such pair and the median
share reported (the machine's speed moves both), with the runs of median generator and
MkDocs time in the table; generator-only sizes run once. It also reports output and
search-index sizes, the transfer size of an actor page, and incremental rebuilds (nothing
changed; one record edited, then `mkdocs build --dirty`; one record edited under
`mkdocs serve`, until the served page shows it, see serve.py). Then build the offline bundle and time its search
in Chromium from file:// (offline.py). Prints one table and writes the same figures as
JSON under bench/results/. Not part of `make test`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load

from bench.corpus import write_corpus
from bench.offline import offline_search
from bench.serve import edit_to_preview
from bench.stages import stage
from generator.commands.build import generate
from generator.run.project import GENERATED_DIRS, MANIFEST, Paths
from generator.site.mkdocs_api import run_mkdocs

REPO = Path(__file__).resolve().parent.parent


def project(root: Path) -> Paths:
    """A project folder: the real mkdocs.yml and hand-written pages, synthetic data."""
    docs = root / "docs"
    generated = {*GENERATED_DIRS, MANIFEST}
    shutil.copytree(
        REPO / "docs", docs, ignore=lambda d, names: [n for n in names if n in generated]
    )
    (docs / "index.md").write_text("# Benchmark explainer\n\nSynthetic data.\n")
    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("watch", None)
    config["site_url"] = ""
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return Paths(data=root / "data", docs=docs, config=root / "mkdocs.yml", site=root / "site")


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def actor_page_transfer(site: Path) -> dict[str, int]:
    """Bytes a reader downloads for one actor page: its HTML and the CSS/JS it loads."""
    page = next((site / "actors").glob("*/index.html"))
    html = page.read_text(encoding="utf-8")
    assets = re.findall(r'(?:href|src)="((?:\.\./)+assets/[^"]+\.(?:css|js))"', html)
    assets_bytes = sum((page.parent / a).resolve().stat().st_size for a in set(assets))
    return {
        "html": page.stat().st_size,
        "css_js": assets_bytes,
        "total": page.stat().st_size + assets_bytes,
    }


def bench_size(
    entities: int, root: Path, with_site: bool, reader: bool = True, repeat: int = 3
) -> dict[str, Any]:
    print(f"\n{entities} entities ({'full build' if with_site else 'generator only'})", flush=True)
    paths = project(root)
    results: dict[str, Any] = {"entities": entities, "stages": {}}
    results["records"] = stage(
        "corpus (not timed in total)", results, lambda: write_corpus(paths.data, entities)
    )
    runs = timed_runs(paths, root, repeat if with_site else 1, with_site)
    generation = median_run(runs, "seconds")
    results["stages"].update(generation["stages"])
    results["pages"] = generation["pages"]
    results["generator_seconds"] = generation["seconds"]
    results["generator_runs_seconds"] = [run["seconds"] for run in runs]
    if with_site:
        # Each run's generator time over the MkDocs build that followed it: the machine's
        # speed moves both, so the share is taken within each pair, and the median reported.
        build = median_run(runs, "mkdocs_seconds")
        results["stages"]["mkdocs build"] = build["mkdocs_stage"]
        results["mkdocs_seconds"] = build["mkdocs_seconds"]
        results["mkdocs_runs_seconds"] = [run["mkdocs_seconds"] for run in runs]
        shares = [round(run["seconds"] / run["mkdocs_seconds"], 3) for run in runs]
        results["generator_share_of_mkdocs_runs"] = shares
        results["generator_share_of_mkdocs"] = sorted(shares)[len(shares) // 2]
    results["incremental"] = incremental(paths, results)
    if with_site:
        results["sizes"] = {
            "site_bytes": folder_bytes(paths.site),
            "search_index_bytes": folder_bytes(paths.site / "search"),  # every file of it
            "actor_page": actor_page_transfer(paths.site),
        }
        results["sizes"]["search_index_bytes_per_1000_entities"] = round(
            results["sizes"]["search_index_bytes"] * 1000 / entities
        )
        results["incremental"]["mkdocs_dirty_after_edit"] = dirty_rebuild(paths)
        if reader:
            results["incremental"]["serve"] = edit_to_preview(root)
            results["offline_bundle"] = offline_search(paths)
    return results


def timed_runs(paths: Paths, root: Path, repeat: int, with_site: bool) -> list[dict[str, Any]]:
    """Generate the pages `repeat` times, each in a fresh process (bench/stages.py) and into
    a docs/ of its own, each followed (with_site) by a strict MkDocs build of those pages.
    The last run writes into the project's docs/ and site/, which later steps use."""
    runs = []
    for run in range(repeat):
        print(f"  run {run + 1} of {repeat}", flush=True)
        docs, site = paths.docs, paths.site
        if (
            run < repeat - 1
        ):  # a copy of the hand-written pages; deleting generated ones slows the disk
            docs, site = root / f"docs-run{run + 1}", root / f"site-run{run + 1}"
            shutil.copytree(paths.docs, docs)
        # Untimed: what earlier steps wrote (the corpus, the last run's pages) reaches the disk
        # now, not while this run is timed.
        os.sync()
        command = [sys.executable, "-m", "bench.stages", str(paths.data), str(docs)]
        result = json.loads(
            subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.PIPE).stdout
        )
        if with_site:
            os.sync()
            timed: dict[str, Any] = {"stages": {}}
            stage(
                "mkdocs build",
                timed,
                functools.partial(run_mkdocs, paths.config, docs, site),
                result["pages"] + 4,
            )
            result["mkdocs_stage"] = timed["stages"]["mkdocs build"]
            result["mkdocs_seconds"] = result["mkdocs_stage"]["seconds"]
        runs.append(result)
    return runs


def median_run(runs: list[dict[str, Any]], figure: str) -> dict[str, Any]:
    """The run whose `figure` is the median (the higher middle one of an even number)."""
    return sorted(runs, key=lambda run: run[figure])[len(runs) // 2]


def incremental(paths: Paths, results: dict[str, Any]) -> dict[str, Any]:
    """Regenerate with nothing changed, then after editing one actor's description."""
    logging.getLogger("generator").setLevel(logging.ERROR)  # the corpus leaves paragraphs uncited
    # Untimed: leaves the state a later run starts from, as `make serve` does.
    generate(paths, full=True)
    started = time.perf_counter()
    unchanged = generate(paths)
    nothing = time.perf_counter() - started
    actor = paths.data / "actors" / "actor-1.yaml"
    actor.write_text(actor.read_text().replace("description: ", "description: Edited. ", 1))
    started = time.perf_counter()
    edited = generate(paths)
    one = time.perf_counter() - started
    print(
        f"  {'regenerate, no change':<22} {nothing:8.2f} s  ({len(unchanged.written)} files written)"
    )
    print(f"  {'regenerate, one edit':<22} {one:8.2f} s  ({len(edited.written)} files written)")
    return {
        "nothing_changed_seconds": round(nothing, 3),
        "nothing_changed_written": len(unchanged.written),
        "nothing_changed_share_of_fresh": round(nothing / results["generator_seconds"], 3),
        "one_edit_seconds": round(one, 3),
        "one_edit_written": edited.written,
    }


def dirty_rebuild(paths: Paths) -> float:
    """`mkdocs build --dirty` after the edit: MkDocs rebuilds only pages whose source is newer."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--dirty",
            "-q",
            "-f",
            str(paths.config),
            "-d",
            str(paths.site),
        ],
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    seconds = time.perf_counter() - started
    print(f"  {'mkdocs build --dirty':<22} {seconds:8.2f} s")
    return round(seconds, 3)


def table(runs: list[dict[str, Any]]) -> str:
    names = list(runs[0]["stages"])
    header = f"{'stage':<28}" + "".join(f"{r['entities']:>12} ent." for r in runs)
    lines = [header, "-" * len(header)]
    for name in names:
        cells = []
        for r in runs:
            s = r["stages"].get(name)
            cells.append(f"{s['seconds']:8.2f} s {s['peak_mb']:5.0f}M" if s else " " * 16)
        lines.append(f"{name:<28}" + "".join(f"{c:>16}" for c in cells))
    extra = [
        ("pages", lambda r: f"{r['pages']}"),
        ("generator total (s)", lambda r: f"{r['generator_seconds']:.2f}"),
        ("generator pages/s", lambda r: f"{r['pages'] / r['generator_seconds']:.0f}"),
        (
            "mkdocs pages/s",
            lambda r: f"{r['pages'] / r['mkdocs_seconds']:.0f}" if "mkdocs_seconds" in r else "-",
        ),
        (
            "generator / mkdocs (median)",
            lambda r: f"{r['generator_share_of_mkdocs']:.1%}" if "mkdocs_seconds" in r else "-",
        ),
        (
            "  in each run",
            lambda r: (
                " ".join(f"{s:.1%}" for s in r["generator_share_of_mkdocs_runs"])
                if "mkdocs_seconds" in r
                else "-"
            ),
        ),
        (
            "no-change regen / fresh",
            lambda r: f"{r['incremental']['nothing_changed_share_of_fresh']:.1%}",
        ),
        ("files written, no change", lambda r: f"{r['incremental']['nothing_changed_written']}"),
        ("files written, one edit", lambda r: f"{len(r['incremental']['one_edit_written'])}"),
        ("regen after one edit (s)", lambda r: f"{r['incremental']['one_edit_seconds']:.2f}"),
        ("mkdocs --dirty (s)", lambda r: f"{r['incremental'].get('mkdocs_dirty_after_edit', '-')}"),
        (
            "serve: text edit shown (s)",
            lambda r: (
                f"{r['incremental']['serve']['text edit']['edit_to_preview_seconds']:.2f}"
                if "serve" in r["incremental"]
                else "-"
            ),
        ),
        (
            "serve: other edit shown (s)",
            lambda r: (
                f"{r['incremental']['serve']['edit seen by others']['edit_to_preview_seconds']:.2f}"
                if "serve" in r["incremental"]
                else "-"
            ),
        ),
        (
            "serve: event title shown (s)",
            lambda r: (
                f"{r['incremental']['serve']['event title']['edit_to_preview_seconds']:.2f}"
                if "serve" in r["incremental"]
                else "-"
            ),
        ),
        (
            "site size (MB)",
            lambda r: f"{r['sizes']['site_bytes'] / 1e6:.1f}" if "sizes" in r else "-",
        ),
        (
            "search index (MB)",
            lambda r: f"{r['sizes']['search_index_bytes'] / 1e6:.2f}" if "sizes" in r else "-",
        ),
        (
            "index per 1k entities (KB)",
            lambda r: (
                f"{r['sizes']['search_index_bytes_per_1000_entities'] / 1e3:.0f}"
                if "sizes" in r
                else "-"
            ),
        ),
        (
            "actor page transfer (KB)",
            lambda r: f"{r['sizes']['actor_page']['total'] / 1e3:.0f}" if "sizes" in r else "-",
        ),
        (
            "bundle archive (MB)",
            lambda r: (
                f"{r['offline_bundle']['archive_bytes'] / 1e6:.0f}"
                if "offline_bundle" in r
                else "-"
            ),
        ),
        (
            "bundle: first result (s)",
            lambda r: (
                f"{r['offline_bundle']['first_query']['seconds']:.2f}"
                if "offline_bundle" in r
                else "-"
            ),
        ),
        (
            "bundle: next query (s)",
            lambda r: (
                f"{r['offline_bundle']['second_query']['seconds']:.2f}"
                if "offline_bundle" in r
                else "-"
            ),
        ),
    ]
    lines.append("-" * len(header))
    for label, cell in extra:
        lines.append(f"{label:<28}" + "".join(f"{cell(r):>16}" for r in runs))
    return "\n".join(lines)


def growth(runs: list[dict[str, Any]]) -> list[str]:
    """Time at the largest full-build size over the smallest, against the size ratio."""
    full = [r for r in runs if "mkdocs_seconds" in r]
    if len(full) < 2:
        return []
    small, large = full[0], full[-1]
    ratio = large["entities"] / small["entities"]
    generator = large["generator_seconds"] / small["generator_seconds"]
    mkdocs = large["mkdocs_seconds"] / small["mkdocs_seconds"]
    growth = f"growth {small['entities']} -> {large['entities']} entities (x{ratio:.0f})"
    return [
        f"{growth}: generator x{generator:.1f}, mkdocs x{mkdocs:.1f} (target <= x{ratio * 1.1:.0f})"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=[1000, 10000],
        help="full builds (default 1000 10000; none: --sizes alone)",
    )
    parser.add_argument(
        "--generator-only", type=int, nargs="*", default=[100000], help="sizes without MkDocs"
    )
    parser.add_argument(
        "--out", type=Path, default=REPO / "bench" / "results", help="folder for the JSON results"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        metavar="N",
        help="at each full-build size, generate (in a fresh process) and build with MkDocs N times, and report the median share and times (default 3)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="skip `make serve`'s edit-to-preview and the offline bundle's search (each builds the site once more)",
    )
    args = parser.parse_args()
    # The code measured is the code at the start: the run takes half an hour.
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("generator").setLevel(logging.ERROR)  # the corpus leaves paragraphs uncited
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-") as temporary:
        for size in args.sizes:
            runs.append(
                bench_size(size, Path(temporary) / str(size), True, not args.quick, args.repeat)
            )
        for size in args.generator_only:
            runs.append(bench_size(size, Path(temporary) / f"{size}-gen", False, repeat=1))
    print("\n" + table(runs))
    for line in growth(runs):
        print(line)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"{dt.date.today()}-{commit or 'nogit'}.json"
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    out.write_text(
        json.dumps(
            {"commit": commit, "machine": machine, "runs": runs, "growth": growth(runs)}, indent=1
        )
    )
    print(f"\nwritten {out}")


if __name__ == "__main__":
    main()
