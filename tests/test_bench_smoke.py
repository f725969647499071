"""A tiny run of the benchmark's corpus generator: valid, deterministic, the right size.
(The benchmark itself is `make bench`, never part of the test suite.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from generator.commands.build import generate
from generator.records.load import load_all
from generator.records.validate import validate
from generator.run.incremental import STATE
from generator.run.project import MANIFEST, Paths

REPO = Path(__file__).resolve().parent.parent


def test_synthetic_corpus_is_valid_and_sized(tmp_path: Path) -> None:
    counts = write_corpus(tmp_path, 80)
    explainer = validate(load_all(tmp_path))
    assert sum(counts.values()) == 80
    assert len(explainer.actors) == counts["actors"] and explainer.claims


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 40, seed=7)
    write_corpus(tmp_path / "b", 40, seed=7)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.yaml"))
    assert files and all(
        (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files
    )


def test_the_timed_stages_write_what_generate_writes(tmp_path: Path) -> None:
    # bench/stages.py times the stages one by one; what it writes must be what `make site`
    # would, or its figures measure something else.
    write_corpus(tmp_path / "data", 60)
    for docs in ("timed", "generated"):
        (tmp_path / docs).mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "bench.stages", str(tmp_path / "data"), str(tmp_path / "timed")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    figures = json.loads(result.stdout)
    generate(Paths(data=tmp_path / "data", docs=tmp_path / "generated"), full=True)
    timed, generated = _files(tmp_path / "timed"), _files(tmp_path / "generated")
    assert timed.keys() == generated.keys() and MANIFEST in timed
    assert all(timed[name] == generated[name] for name in timed)
    # and the state for the next run, each in its own cache (pickles may order sets differently)
    assert all(
        (Paths(docs=tmp_path / docs).cache / STATE).is_file() for docs in ("timed", "generated")
    )
    assert set(figures["stages"]) == {"load", "validate", "coverage", "render", "write"}
    assert figures["pages"] == sum(1 for name in timed if name.endswith(".md"))
    assert figures["seconds"] == pytest.approx(
        sum(s["seconds"] for s in figures["stages"].values()), abs=0.01
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
