"""A tiny run of the benchmark's corpus generator: valid, deterministic, the right size.
(The benchmark itself is `make bench`, never part of the test suite.)"""

from __future__ import annotations

from pathlib import Path

from bench.corpus import write_corpus
from generator.load import load_all
from generator.validate import validate


def test_synthetic_corpus_is_valid_and_sized(tmp_path: Path) -> None:
    counts = write_corpus(tmp_path, 80)
    explainer = validate(load_all(tmp_path))
    assert sum(counts.values()) == 80
    assert len(explainer.actors) == counts["actors"] and explainer.claims


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 40, seed=7)
    write_corpus(tmp_path / "b", 40, seed=7)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.yaml"))
    assert files and all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
