"""Edit to preview: how long `make serve` takes to show an edited record.

    python -m bench.serve PROJECT      # a folder made by bench/run.py's project()

Starts the preview on the project as `make serve` does (`python -m generator serve`),
waits for its first build, then edits three fields (EDITS) three times each, each time
asking the server for the edited record's page until the edit shows. Prints and returns
the seconds from saving the file to the page showing it (the median, and each).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


EDITS = [
    ("actors/actor-1", "description", "text edit"),
    ("actors/actor-1", "role", "edit seen by others"),
    ("events/event-1", "title", "event title"),
]
"""(record, field, label) of each edit. A description shows only on the actor's own page;
a role also on related records' pages and the actors index; an event's title also on the
timeline and the events index, the largest pages."""
REPEATS = 3
"""Edits of each field timed one after another; the median is reported."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def edit_to_preview(root: Path, timeout: float = 120.0) -> dict[str, Any]:
    """Serve the project, make each of EDITS, and time until the record's page shows it."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "generator",
        "serve",
        "--data",
        str(root / "data"),
        "--docs",
        str(root / "docs"),
        "--config",
        str(root / "mkdocs.yml"),
        "--port",
        str(port),
    ]
    ready = "Preview on"
    server = subprocess.Popen(
        command,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    log: list[tuple[float, str]] = []
    serving = threading.Event()

    def read_log() -> None:
        assert server.stdout is not None
        for line in server.stdout:
            log.append((time.perf_counter(), line.rstrip()))
            if ready in line:
                serving.set()

    threading.Thread(target=read_log, daemon=True).start()
    try:
        started = time.perf_counter()
        if not serving.wait(timeout=3600):
            raise RuntimeError("the server did not start:\n" + "\n".join(line for _, line in log))
        first_build = time.perf_counter() - started
        time.sleep(2)  # let the file watcher take its first look at the folders
        shown: dict[str, list[float]] = {}
        for record, field, reach in EDITS:
            url, path = f"http://127.0.0.1:{port}/{record}/", root / "data" / f"{record}.yaml"
            for attempt in range(REPEATS):
                marker = f"Edited under serve {time.time_ns()}"
                path.write_text(path.read_text().replace(f"{field}: ", f"{field}: {marker} ", 1))
                edited = time.perf_counter()
                while marker not in fetch(url):
                    if time.perf_counter() - edited > timeout:
                        raise RuntimeError(
                            f"the edit did not show within {timeout} s:\n"
                            + "\n".join(line for _, line in log[-20:])
                        )
                    time.sleep(0.05)
                shown.setdefault(reach, []).append(time.perf_counter() - edited)
                time.sleep(2)  # let the rebuild finish and the watcher settle
                for at, line in log:
                    if at > edited and line.lstrip().startswith(("Rendered", "Files:", "Preview:")):
                        print(
                            f"    {field} edit {attempt + 1} +{at - edited:5.2f} s  {line.strip()}"
                        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"  {'serve: first build':<22} {first_build:8.2f} s")
    results: dict[str, Any] = {"first_build_seconds": round(first_build, 3)}
    for reach, seconds in shown.items():
        median = statistics.median(seconds)
        print(
            f"  {'serve: ' + reach:<22} {median:8.2f} s  (median of {', '.join(f'{s:.2f}' for s in seconds)})"
        )
        results[reach] = {
            "edit_to_preview_seconds": round(median, 3),
            "each_edit_seconds": [round(s, 3) for s in seconds],
        }
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
    edit_to_preview(parser.parse_args().project.resolve())


if __name__ == "__main__":
    main()
