"""Golden files: the rendered Markdown of the small fixture, page by page.

After a deliberate change to templates or contexts, run `make golden` and review the
diff of tests/golden/ like code before committing it.
"""

from __future__ import annotations

import os

import pytest

from conftest import REPO, SMALL_DATA
from generator.coverage import Coverage
from generator.load import load_all
from generator.render import render
from generator.validate import validate

GOLDEN = REPO / "tests" / "golden" / "small"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def rendered() -> dict[str, str]:
    explainer = validate(load_all(SMALL_DATA))
    return render(explainer, Coverage(explainer))


PAGES = rendered()


def test_golden_set_matches_the_pages() -> None:
    """No golden file is missing or left over."""
    if UPDATE:
        for stale in set(_golden_files()) - set(PAGES):
            (GOLDEN / stale).unlink()
    assert sorted(_golden_files()) == sorted(PAGES)


@pytest.mark.parametrize("path", sorted(PAGES))
def test_page_matches_golden(path: str) -> None:
    golden = GOLDEN / path
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(PAGES[path], encoding="utf-8")
    assert PAGES[path] == golden.read_text(encoding="utf-8"), f"run `make golden` and review the diff of {golden}"


def _golden_files() -> list[str]:
    return [p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()]
