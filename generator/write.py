"""Stage 4, write: put generated pages into docs/, touching only what changed.

The generator owns the folders in GENERATED_DIRS. It remembers what it wrote in a
manifest, so it deletes only its own stale pages and refuses to overwrite a file it
did not write (a hand-written page put there by someone).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import OutputError

MANIFEST = ".generated.json"


@dataclass(frozen=True)
class WriteReport:
    written: list[str]
    unchanged: int
    removed: list[str]


def write_pages(docs_dir: Path, pages: dict[str, str], owned_dirs: tuple[str, ...]) -> WriteReport:
    """Write new or changed pages atomically, delete stale generated pages, update the manifest."""
    previous = _read_manifest(docs_dir)
    _refuse_foreign(docs_dir, pages, previous, owned_dirs)
    written = [path for path, text in sorted(pages.items()) if _write_if_changed(docs_dir / path, text)]
    removed = sorted(previous - pages.keys())
    for path in removed:
        (docs_dir / path).unlink(missing_ok=True)
        _remove_empty_parents(docs_dir / path, docs_dir)
    _write_if_changed(docs_dir / MANIFEST, json.dumps(sorted(pages), indent=1) + "\n")
    return WriteReport(written, len(pages) - len(written), removed)


def _refuse_foreign(docs_dir: Path, pages: dict[str, str], previous: set[str], owned: tuple[str, ...]) -> None:
    problems = []
    for path in sorted(pages):
        parts = PurePosixPath(path).parts
        if not parts or parts[0] not in owned or ".." in parts or PurePosixPath(path).is_absolute():
            problems.append(f"refusing to write '{path}': outside the generated folders {', '.join(owned)}")
        elif (docs_dir / path).exists() and path not in previous:
            problems.append(f"refusing to overwrite {docs_dir / path}: it was not written by the generator")
    if problems:
        raise OutputError("\n".join(problems))


def _read_manifest(docs_dir: Path) -> set[str]:
    try:
        return set(json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return set()


def _write_if_changed(path: Path, text: str) -> bool:
    """Atomically replace `path` with `text` unless it already holds exactly that."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.chmod(temporary, 0o644)  # mkstemp makes owner-only files
    os.replace(temporary, path)
    return True


def _remove_empty_parents(path: Path, stop: Path) -> None:
    parent = path.parent
    while parent != stop and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
