"""The relationship map as Chromium draws it: no relation's label lies on an actor's dot
or name, where it would read as that actor's (measured from the rendered text, not from
the layout's own estimate of it)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.run.project import Paths

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


def test_no_relation_label_lies_on_an_actors_dot_or_name(browser: Any, haqqani_site: Paths) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    actors = sorted(p.parent.name for p in (haqqani_site.site / "actors").glob("*/index.html"))
    pages = ["map", *(f"actors/{name}" for name in actors)]
    clashes = {}
    for path in pages:
        page.goto((haqqani_site.site / path / "index.html").as_uri())
        if found := page.evaluate(CLASHES):
            clashes[path] = found
    page.close()
    assert len(pages) > 30 and clashes == {}
