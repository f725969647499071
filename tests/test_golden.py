"""Golden files: the rendered Markdown of the small fixture, page by page.

After a deliberate change to templates or contexts, run `make golden` and review the
diff of tests/golden/ like code before committing it.
"""

from __future__ import annotations

import os

import pytest

from generator.records.coverage import Coverage
from generator.records.load import load_all
from generator.records.validate import validate
from generator.site.render import render
from helpers import REPO, SMALL_DATA

GOLDEN = REPO / "tests" / "golden" / "small"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _golden_files() -> list[str]:
    """The golden files on disk (listing a folder at collection time renders nothing)."""
    return sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """The small fixture, rendered."""
    explainer = validate(load_all(SMALL_DATA))
    return render(explainer, Coverage(explainer))


def test_golden_set_matches_the_pages(pages: dict[str, str]) -> None:
    """No golden file is missing or left over."""
    if UPDATE:
        for stale in set(_golden_files()) - set(pages):
            (GOLDEN / stale).unlink()
            print(f"golden file removed: {GOLDEN / stale}")
        for new in set(pages) - set(_golden_files()):  # the parametrised test sees only old ones
            (GOLDEN / new).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / new).write_text(pages[new], encoding="utf-8")
            print(f"golden file added: {GOLDEN / new}")
    assert sorted(_golden_files()) == sorted(pages), "run `make golden` and review the diff"


@pytest.mark.parametrize("path", _golden_files())
def test_page_matches_golden(pages: dict[str, str], path: str) -> None:
    golden = GOLDEN / path
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(pages[path], encoding="utf-8")
    assert path in pages, f"{golden} is not a page any more: run `make golden` and review"
    assert pages[path] == golden.read_text(encoding="utf-8"), (
        f"run `make golden` and review the diff of {golden}"
    )
