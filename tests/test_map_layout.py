"""The relationship map as Chromium draws it: no relation's label lies on an actor's dot
or name, where it would read as that actor's (measured from the rendered text, not from
the layout's own estimate of it)."""

from __future__ import annotations

from typing import Any

import pytest

from bench.corpus import write_corpus
from generator.run.project import Paths
from helpers import build_fixture_site

pytestmark = pytest.mark.browser

CLASHES = """() => {
  const box = e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
  const meet = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const found = [];
  for (const svg of document.querySelectorAll('svg.explainer-graph')) {
    const nodes = [...svg.querySelectorAll('a circle, a text')];
    for (const label of svg.querySelectorAll('text.explainer-edge-label'))
      for (const node of nodes)
        if (meet(box(label), box(node)))
          found.push(`${label.textContent} / ${node.textContent || node.closest('a').textContent}`);
  }
  return found;
}"""


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A story that is not ours, denser than it: bench's synthetic corpus of 150 records."""
    root = tmp_path_factory.mktemp("synthetic")
    write_corpus(root / "data", 150)
    return build_fixture_site(root, root / "data")


@pytest.mark.parametrize("story", ["haqqani_site", "synthetic_site"])
def test_no_relation_label_lies_on_an_actors_dot_or_name(
    browser: Any, story: str, request: pytest.FixtureRequest
) -> None:
    site = request.getfixturevalue(story).site
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    actors = sorted(p.parent.name for p in (site / "actors").glob("*/index.html"))
    pages = ["map", *(f"actors/{name}" for name in actors)]
    clashes = {}
    for path in pages:
        page.goto((site / path / "index.html").as_uri())
        if found := page.evaluate(CLASHES):
            clashes[path] = found
    page.close()
    assert len(pages) > 30 and clashes == {}
