"""The largest legal inputs: one source file of up to 1 MB (MAX_FILE_BYTES) made of
paragraphs of 20,000 characters (MAX_TEXT), built end to end.

    python -m bench.limits [--out bench/results]

Times the generator and the strict MkDocs build at a quarter, a half and the whole of the
file limit, to show the build grows linearly with the input. Prints a table and writes
the figures as JSON under bench/results/. Not part of `make test`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

import yaml

from bench.run import project
from generator.commands.build import build_site, generate
from generator.records.load import MAX_FILE_BYTES
from generator.records.model import MAX_TEXT
from generator.run.speedups import Speedups

WORDS = "the council said on tuesday that bridge river residents vote repair close".split()


def paragraph(rng: random.Random) -> str:
    """A paragraph of just under MAX_TEXT characters of words."""
    words: list[str] = []
    length = 0
    while length < MAX_TEXT - 20:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[: MAX_TEXT - 10]


def write_data(data: Path, paragraphs: int) -> int:
    """One source of `paragraphs` long paragraphs, an actor and a dispute citing them all."""
    rng = random.Random(1)
    cite = [{"source": "big", "paragraphs": list(range(1, paragraphs + 1))}]
    source = {
        "id": "big",
        "outlet": "Bench",
        "headline": "The longest article",
        "published": dt.date(2025, 1, 1),
        "url": "https://example.org/big",
        "republish": True,
        "licence": "CC0",
        "paragraphs": [{"n": n, "text": paragraph(rng)} for n in range(1, paragraphs + 1)],
    }
    actor = {"id": "a", "name": "A", "kind": "person", "description": "D", "cite": cite}
    dispute = {
        "id": "d",
        "question": "Q?",
        "summary": "S",
        "status": "open",
        "positions": [{"stance": "S", "actors": ["a"]}],
        "cite": cite,
    }
    for kind, record in (("sources", source), ("actors", actor), ("disputes", dispute)):
        (data / kind).mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=10**9)
        (data / kind / f"{record['id']}.yaml").write_text(text, encoding="utf-8")
    return (data / "sources" / "big.yaml").stat().st_size


def bench_file(paragraphs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-limits-") as folder:
        paths = project(Path(folder))
        size = write_data(paths.data, paragraphs)
        assert size <= MAX_FILE_BYTES, size
        started = time.perf_counter()
        generate(paths, full=True, speedups=Speedups.off())
        generated = time.perf_counter()
        build_site(paths)
        built = time.perf_counter()
    return {
        "paragraphs": paragraphs,
        "file_bytes": size,
        "generator_seconds": round(generated - started, 3),
        "mkdocs_seconds": round(built - generated, 3),
    }


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--out", type=Path, default=Path("bench/results"))
    args = options.parse_args()
    most = MAX_FILE_BYTES // (MAX_TEXT + 50)
    runs = [bench_file(n) for n in (most // 4, most // 2, most)]
    print(
        f"{'paragraphs':>10} {'file bytes':>11} {'generator s':>12} {'MkDocs s':>9} {'s per MB':>9}"
    )
    for run in runs:
        total = run["generator_seconds"] + run["mkdocs_seconds"]
        per_mb = total / (run["file_bytes"] / 1e6)
        print(
            f"{run['paragraphs']:>10} {run['file_bytes']:>11,} {run['generator_seconds']:>12.2f}"
            f" {run['mkdocs_seconds']:>9.2f} {per_mb:>9.2f}"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"{dt.date.today()}-limits.json"
    out.write_text(json.dumps(runs, indent=1) + "\n", encoding="utf-8")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
