"""Reading and writing the files of a draft set for the review page: regular files only
(never through a link), of a bounded size, written whole or not at all."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.error import YAMLError

from ..run.errors import ExplainerError
from ..run.guard import read_regular, refuse_link_on_the_way
from .accept import round_trip

MAX_DRAFT = 2_000_000
"""The bytes of a draft file the review reads (an article's source draft is far less)."""


class ReviewError(ExplainerError):
    """What the review cannot do with a request, said on the page (nothing was written)."""


def records_in(folder: Path) -> list[dict[str, Any]]:
    """The records of a folder with an id, read leniently (a broken file is `check`'s)."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            record = yaml.safe_load(read_draft(path))
        except (OSError, yaml.YAMLError, ReviewError):
            continue
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            found.append(record)
    return found


def read_draft(path: Path) -> str:
    try:
        return read_regular(path, MAX_DRAFT).decode("utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise ReviewError(f"{path}: cannot be read ({problem})") from None


def load_draft(path: Path, text: str) -> Any:
    try:
        document = round_trip().load(text)
    except YAMLError as problem:
        raise ReviewError(f"{path}: not YAML ({str(problem).splitlines()[0]})") from None
    if not isinstance(document, dict):
        raise ReviewError(f"{path}: not a mapping of fields")
    return document


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def write_draft(path: Path, text: str, top: Path) -> None:
    refuse_link_on_the_way(path, top)
    temporary = path.with_name(f".{path.name}.review")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
