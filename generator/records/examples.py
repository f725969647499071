"""Record files as `explainer add` writes them and the Data format page shows them: one
commented scaffold per kind (generator/scaffolds/), filled in."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

SCAFFOLDS = Path(__file__).resolve().parents[1] / "scaffolds"


@functools.cache
def text_environment(folder: Path) -> Environment:
    """Templates of the plain-text files the tool writes (a record's YAML here; a new
    explainer's README and pages in new.py), not of generated pages: nothing escaped,
    every variable required."""
    return Environment(
        loader=FileSystemLoader(folder), undefined=StrictUndefined, keep_trailing_newline=True
    )


def scaffold_text(kind: str, context: dict[str, object]) -> str:
    """A kind's scaffold filled in: YAML, not Markdown, so nothing is escaped (the values
    are ids, and names made from an id)."""
    return text_environment(SCAFFOLDS).get_template(f"{kind}.yaml.j2").render(context)


STARTER_PREFIX = "example-"
"""How the ids of the starter's made-up story begin (generator/starter/data/): `check`
warns of them beside records of one's own, and What changed never lists them."""


def from_starter(record_id: str) -> bool:
    """Whether a record is one of the starter's made-up story."""
    return record_id.startswith(STARTER_PREFIX)


EXAMPLE: dict[str, object] = {
    "id": "example-id",
    "name": "Example name",
    "kind": "person",
    "draft": None,
    "source": "example-source",
    "actor": "example-actor",
    "date": dt.date(2026, 1, 13),
    "today": dt.date(2026, 1, 15),
}
"""What the Data format page's example files are filled in with."""
