"""`explainer add KIND ID`: a new record file with every field, commented, that passes
`check` as it stands, for an editor to fill in (scaffolds/)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .errors import ExplainerError
from .guard import refuse_link_on_the_way
from .load import load_file
from .model import KINDS, RESERVED_IDS, WINDOWS_NAMES

log = logging.getLogger(__name__)
SCAFFOLDS = Path(__file__).resolve().parent / "scaffolds"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ScaffoldError(ExplainerError):
    """The record file cannot be added (unknown kind, bad or taken id, nothing to cite)."""


def add_record(data: Path, kind: str, record_id: str) -> Path:
    """Write data/<kind>/<id>.yaml from its scaffold; `kind` may be singular."""
    kind = kind if kind in KINDS else f"{kind}s"
    if kind not in KINDS:
        raise ScaffoldError(
            f"unknown kind '{kind[:-1]}': one of {', '.join(k[:-1] for k in KINDS)}"
        )
    if not _ID.fullmatch(record_id) or len(record_id) > 100:
        raise ScaffoldError(
            f"'{record_id}' is no id: lower-case letters, digits and single hyphens, "
            "at most 100 characters"
        )
    if record_id in RESERVED_IDS | WINDOWS_NAMES:
        raise ScaffoldError(f"'{record_id}' is a reserved name: choose another id")
    path = data / kind / f"{record_id}.yaml"
    refuse_link_on_the_way(path, data)
    if path.exists():
        raise ScaffoldError(f"{path} already exists")
    context: dict[str, object] = {"id": record_id, "name": record_id.replace("-", " ").capitalize()}
    if kind == "actors":
        context["name"] = record_id.replace("-", " ").title()
    if kind != "sources":
        source = _first(data, "sources", "add a source first: explainer add source ID")
        context["source"] = source.stem
        context["date"] = load_file("sources", source).data.get("published")
    if kind == "disputes":
        context["actor"] = _first(data, "actors", "add an actor first: explainer add actor ID").stem
    context["today"] = dt.date.today()
    text = scaffold_text(kind, context)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as out:  # never over a file made meanwhile
        out.write(text)
    log.info("Wrote %s: fill in its TODOs, then run `make check`", path)
    return path


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


EXAMPLE = {
    "id": "example-id",
    "name": "Example name",
    "source": "example-source",
    "actor": "example-actor",
    "date": dt.date(2026, 1, 13),
    "today": dt.date(2026, 1, 15),
}
"""What the Data format page's example files are filled in with."""


def _first(data: Path, kind: str, otherwise: str) -> Path:
    files = sorted(p for p in (data / kind).glob("*.yaml") if p.is_file() and not p.is_symlink())
    if not files:
        raise ScaffoldError(otherwise)
    return files[0]
