"""Time one fresh generation stage by stage, the way `generate` runs them.

    python -m bench.stages DATA DOCS    # prints the figures as JSON

It runs in a process of its own (bench/run.py starts one per repetition), so that nothing
an earlier run left in memory (compiled templates, the memo of derived values) makes it
faster than a first `make site`. DOCS should hold no generated page yet.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.commands.build import (
    generator_code_hash,
    history_files,
    inputs_fingerprint,
    site_language,
)
from generator.records.coverage import Coverage
from generator.records.explainer import Explainer
from generator.records.history import read_history
from generator.records.load import ParseCache, load_all, record_files
from generator.records.updates import Chronicle, read_updates
from generator.records.validate import validate
from generator.run.incremental import State, StateStore
from generator.run.project import GENERATED_DIRS, Paths
from generator.run.speedups import Speedups
from generator.site.render import render
from generator.site.write import write_pages

GENERATOR_STAGES = ("load", "validate", "coverage", "render", "write")


def peak_rss_reset() -> None:
    """Start a new peak-memory window (Linux: VmHWM is reset by writing 5 to clear_refs)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stage(
    name: str, results: dict[str, Any], work: Callable[[], Any], pages: int | None = None
) -> Any:
    """Run one stage, recording its time, pages per second and peak memory."""
    peak_rss_reset()
    started = time.perf_counter()
    value = work()
    seconds = time.perf_counter() - started
    results["stages"][name] = {
        "seconds": round(seconds, 3),
        "pages_per_second": round(pages / seconds, 1) if pages and seconds else None,
        "peak_mb": round(peak_rss_mb(), 1),
    }
    print(f"  {name:<22} {seconds:8.2f} s", file=sys.stderr, flush=True)
    return value


def fresh_generation(data: Path, docs: Path) -> dict[str, Any]:
    """Generate every page of data/ into docs/, timing each stage."""
    results: dict[str, Any] = {"stages": {}}
    parsed: ParseCache = {}
    count = len(record_files(data))
    speedups = Speedups.configured()  # as `generate` uses them, from its start to its end
    with speedups.paused_gc():
        records = stage("load", results, lambda: load_all(data, parsed), count)
        explainer = stage("validate", results, lambda: validate(records, speedups.memo), count)
        coverage = stage("coverage", results, lambda: Coverage(explainer))
        history = read_history(data)
        chronicle = Chronicle(history, tuple(read_updates(history, data)))
        lang = site_language(Paths(data=data, docs=docs))
        files = stage(
            "render",
            results,
            lambda: {
                **render(explainer, coverage, speedups=speedups, chronicle=chronicle, lang=lang),
                **history_files(explainer, chronicle, lang),
            },
            count,
        )
        stage(
            "write",
            results,
            lambda: write_all(data, docs, files, parsed, explainer, history.head + lang.code),
            len(files),
        )
    results["pages"] = sum(1 for path in files if path.endswith(".md"))
    results["seconds"] = round(
        sum(results["stages"][name]["seconds"] for name in GENERATOR_STAGES), 3
    )
    return results


def write_all(
    data: Path,
    docs: Path,
    files: dict[str, str],
    parsed: ParseCache,
    explainer: Explainer,
    head: str,
) -> None:
    """What `generate` writes: the files, their manifest, and its state for the next run."""
    write_pages(docs, files, GENERATED_DIRS, inputs_fingerprint(record_files(data), head))
    StateStore(Paths(data=data, docs=docs).cache).save(
        State.after(generator_code_hash() + head, parsed, explainer)
    )


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)  # the corpus leaves paragraphs uncited
    print(json.dumps(fresh_generation(Path(sys.argv[1]), Path(sys.argv[2]))))
