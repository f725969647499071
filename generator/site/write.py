"""Stage 4, write: put generated pages into docs/, touching only what changed.

The generator owns the folders in GENERATED_DIRS. It remembers what it wrote in a
manifest, so it deletes only its own stale pages and refuses to overwrite a file it
did not write (a hand-written page put there by someone). The manifest also keeps a
fingerprint of the inputs the pages were made from, so that an unchanged run can stop early.

The manifest is written last, so a run stopped half-way leaves pages it does not list;
every generated page begins with GENERATED_MARK, which proves it is the generator's to
overwrite or delete. A lost or corrupt manifest is rebuilt from the marks.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..run.errors import OutputError
from ..run.guard import UnsafePathError, read_regular, read_start, refuse_link_on_the_way
from ..run.project import GENERATED_DIRS, GENERATED_MARK, MANIFEST

log = logging.getLogger(__name__)
_MARK = GENERATED_MARK.encode("utf-8")
MAX_MANIFEST_BYTES = 64_000_000
"""The largest manifest read (a million pages' names)."""
_reported: set[Path] = set()  # manifests found lost or corrupt, and said so


@dataclass(frozen=True)
class WriteReport:
    written: list[str]
    unchanged: int
    removed: list[str]


def write_pages(
    docs_dir: Path,
    pages: dict[str, str],
    owned_dirs: tuple[str, ...],
    fingerprint: str = "",
    kept: set[str] = frozenset(),  # type: ignore[assignment]
) -> WriteReport:
    """Write new or changed pages atomically, delete stale generated pages, update the
    manifest. `kept` names pages of the last run that stay as they are (not re-rendered)."""
    folders = {path.rpartition("/")[0] for path in pages}
    _refuse_linked_folders(docs_dir, folders)
    existing, links = _listing(docs_dir, folders)  # one listing a folder: files, and links
    if links:
        raise UnsafePathError(
            f"refusing to write into {Path(links[0]).parent}: {links[0]} is a symbolic link,"
            " which could lead outside the project; remove it"
        )
    previous = _read_manifest(docs_dir, owned_dirs)["pages"]
    _refuse_foreign(pages, previous, existing, owned_dirs, docs_dir)
    written = [
        path
        for path, text in sorted(pages.items())
        if _write_if_changed(docs_dir / path, text, path in existing)
    ]
    current = pages.keys() | (kept & previous)
    # The manifest is a hint, never a licence: only files inside the generated folders go.
    removed = sorted(
        path
        for path in previous - current
        if _generated_file(docs_dir, path, owned_dirs) and _provably_ours(docs_dir, path)
    )
    for path in removed:
        (docs_dir / path).unlink(missing_ok=True)
        _remove_empty_parents(docs_dir / path, docs_dir)
    manifest = {"fingerprint": fingerprint, "pages": sorted(current)}
    _write_if_changed(docs_dir / MANIFEST, json.dumps(manifest, indent=1) + "\n")
    _reported.discard(docs_dir / MANIFEST)
    return WriteReport(written, len(current) - len(written), removed)


def generated_pages(docs_dir: Path) -> set[str]:
    """The pages the last run wrote, from its manifest."""
    return _read_manifest(docs_dir)["pages"]


def last_run_completed(docs_dir: Path) -> bool:
    """Whether the last run's manifest is there and readable: without it, a run was
    interrupted (or the manifest damaged), and a page may be missing or half-written."""
    return not _read_manifest(docs_dir)["rebuilt"]


def up_to_date(docs_dir: Path, fingerprint: str) -> int | None:
    """The number of pages, if the last run made them from the same inputs and all are
    still there; None if they must be made again."""
    manifest = _read_manifest(docs_dir)
    if not fingerprint or manifest["fingerprint"] != fingerprint:
        return None
    pages = manifest["pages"]
    if not pages <= files_in(docs_dir, {page.rpartition("/")[0] for page in pages}):
        return None
    return len(manifest["pages"])


def _refuse_linked_folders(docs_dir: Path, folders: set[str]) -> None:
    """Refuse to write into a folder that is, or is reached through, a symbolic link (a
    page written there would land wherever the link leads), or over a manifest that is
    not a file."""
    manifest = docs_dir / MANIFEST
    refuse_link_on_the_way(manifest, docs_dir)
    if manifest.exists() and not manifest.is_file():
        raise UnsafePathError(
            f"{manifest} is a folder, not the generator's list of pages; remove it"
        )
    for folder in sorted(folders):
        refuse_link_on_the_way(docs_dir / folder, docs_dir)


def _generated_file(docs_dir: Path, path: str, owned: tuple[str, ...]) -> bool:
    """Whether `path` names a file (not a folder or a link) inside a generated folder."""
    parts = PurePosixPath(path).parts
    if (
        len(parts) < 2
        or parts[0] not in owned
        or ".." in parts
        or PurePosixPath(path).is_absolute()
    ):
        return False
    target = docs_dir / path
    return target.is_file() and not target.is_symlink()


def _refuse_foreign(
    pages: dict[str, str],
    previous: set[str],
    existing: set[str],
    owned: tuple[str, ...],
    docs_dir: Path,
) -> None:
    problems = []
    for path in sorted(pages):
        parts = PurePosixPath(path).parts
        if not parts or parts[0] not in owned or ".." in parts or PurePosixPath(path).is_absolute():
            problems.append(
                f"refusing to write '{path}': outside the generated folders {', '.join(owned)}"
            )
        elif path in existing and path not in previous and not _provably_ours(docs_dir, path):
            problems.append(
                f"refusing to overwrite {docs_dir / path}: it was not written by the generator"
            )
    if problems:
        raise OutputError("\n".join(problems))


def files_in(docs_dir: Path, folders: set[str]) -> set[str]:
    """'folder/name' of the files in these folders of docs/: one listing each instead of a
    stat per page, which is slow when a folder holds thousands of pages."""
    return _listing(docs_dir, folders)[0]


def _listing(docs_dir: Path, folders: set[str]) -> tuple[set[str], list[str]]:
    """The regular files of these folders ('folder/name'), and the links among their
    entries (their paths, sorted)."""
    found: set[str] = set()
    links: list[str] = []
    for folder in folders:
        with (
            contextlib.suppress(FileNotFoundError, NotADirectoryError),
            os.scandir(docs_dir / folder) as scan,
        ):
            for entry in scan:
                if entry.is_symlink():
                    links.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    found.add(f"{folder}/{entry.name}")
    return found, sorted(links)


def _read_manifest(docs_dir: Path, owned: tuple[str, ...] = GENERATED_DIRS) -> dict:
    path = docs_dir / MANIFEST
    try:
        manifest = json.loads(read_regular(path, MAX_MANIFEST_BYTES).decode("utf-8"))
        if isinstance(manifest, list):  # written before fingerprints were kept
            manifest = {"pages": manifest}
        pages, fingerprint = manifest.get("pages", []), manifest.get("fingerprint", "")
        if isinstance(fingerprint, str) and all(isinstance(p, str) for p in pages):
            return {"fingerprint": fingerprint, "pages": set(pages), "rebuilt": False}
        problem = "not a list of pages"
    except FileNotFoundError:
        problem = "missing"
    except (ValueError, AttributeError, TypeError, RecursionError) as error:  # JSON, UTF-8, shape
        problem = f"unreadable ({type(error).__name__})"
    except OSError as error:  # a link, a folder, a device, too large
        problem = f"unreadable ({error.strerror or error})"
    marked = marked_pages(docs_dir, owned)
    if (marked or problem != "missing") and path not in _reported:
        _reported.add(path)  # once, though a run reads the manifest more than once
        log.warning(
            "%s was %s: rebuilt from the %d pages that carry the generator's mark",
            path,
            problem,
            len(marked),
        )
    return {"fingerprint": "", "pages": marked, "rebuilt": True}


def marked_pages(docs_dir: Path, owned: tuple[str, ...] = GENERATED_DIRS) -> set[str]:
    """The Markdown pages in the generated folders that begin with the generator's mark."""
    found = set()
    for folder in owned:
        for root, _, names in os.walk(docs_dir / folder):
            for name in names:
                path = f"{Path(root).relative_to(docs_dir).as_posix()}/{name}"
                if name.endswith(".md") and _provably_ours(docs_dir, path, whole_mark=True):
                    found.add(path)
    return found


def _provably_ours(docs_dir: Path, path: str, whole_mark: bool = False) -> bool:
    """A Markdown page that begins with the mark or, unless `whole_mark`, with part of it:
    a page whose writing was interrupted holds nothing to lose, and is written again
    (it is never taken for a finished one). Other files the generator writes (open data)
    have names no hand-written page takes, and may always be overwritten."""
    if not path.endswith(".md"):
        return True
    try:
        head = read_start(docs_dir / path, len(_MARK))
    except OSError:
        return False
    return head == _MARK if whole_mark else _MARK.startswith(head)


def _write_if_changed(path: Path, text: str, exists: bool = True) -> bool:
    """Atomically replace `path` with `text` unless it already holds exactly that.
    `exists` false (from a listing of the folder) saves trying to read a new file."""
    data = text.encode("utf-8")
    if exists:
        try:
            if read_regular(path, len(data)) == data:
                return False
        except FileNotFoundError:
            exists = False
        except OSError:
            pass  # larger, or not a regular file: replaced (a link itself, never its target)
    if not exists:
        # A new page replaces nothing, so it needs no temporary file; a page interrupted
        # half-written holds part of the mark, and the next run proves it ours.
        try:
            _create(path, data)
        except FileNotFoundError:  # its folder is new too
            path.parent.mkdir(parents=True, exist_ok=True)
            _create(path, data)
        return True
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.chmod(temporary, 0o644)  # mkstemp makes owner-only files
    os.replace(temporary, path)
    return True


def _create(path: Path, data: bytes) -> None:
    """Write a new file; never through a link, even a dangling one (O_EXCL)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)


def _remove_empty_parents(path: Path, stop: Path) -> None:
    parent = path.parent
    while parent != stop and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
