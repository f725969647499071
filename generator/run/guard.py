"""What the generator may touch: it reads and writes inside the project, never through a
symbolic link, and it replaces or deletes only what it made.

Data and pages arrive in pull requests, and previews are built in CI. MkDocs follows
links, so a link planted in docs/ would publish whatever it points at (a token in
/proc/self/environ); one planted where a page, the lock or the cache goes would have the
generator write outside the project. Every check here fails with one line naming the path.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from .errors import ExplainerError

SITE_MARK = ".explainer-site"
"""A file in every site folder this generator builds (MkDocs keeps dotfiles when it
cleans its output): the proof that a folder may be replaced by the next build."""

_MKDOCS_OUTPUT = ("index.html", "404.html", "sitemap.xml")
"""What every MkDocs build has: a site built before SITE_MARK existed is still ours."""

_LISTED = 5
"""How many offending paths a message names before it says how many more there are."""


class UnsafePathError(ExplainerError):
    """A path the generator refuses to read, write, replace or delete."""

    exit_code = 2


def refuse_links(root: Path, what: str) -> None:
    """Refuse `root` if it, or anything under it, is a symbolic link: MkDocs would
    follow it and publish what it leads to."""
    if root.is_symlink():
        raise UnsafePathError(f"{shown(root)} is a symbolic link; {what} must be a real folder")
    found = list(_links_under(root))
    if found:
        listed = ", ".join(str(shown(path)) for path in found[:_LISTED])
        more = f" and {len(found) - _LISTED} more" if len(found) > _LISTED else ""
        raise UnsafePathError(
            f"symbolic link in {what}, which could publish a file from outside the project: "
            f"{listed}{more}; replace each with a copy of the file"
        )


def _links_under(root: Path) -> Iterable[Path]:
    for folder, subfolders, files in os.walk(root):  # os.walk never follows links
        for name in sorted([*subfolders, *files]):
            path = Path(folder) / name
            if path.is_symlink():
                yield path


def shown(path: Path) -> Path:
    """A path as its user knows it: relative to the working folder when inside it."""
    try:
        return path.relative_to(Path.cwd()) if path.is_absolute() else path
    except ValueError:
        return path


def refuse_link_on_the_way(path: Path, top: Path) -> None:
    """Refuse to write `path` when it, or a folder between `top` and it, is a symbolic
    link (a dangling one too): the write would land wherever the link leads."""
    current = path
    while True:
        if current.is_symlink():
            raise UnsafePathError(
                f"refusing to write {path}: {current} is a symbolic link, which could lead "
                "outside the project; remove it"
            )
        if current == top or current.parent == current:
            return
        current = current.parent


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file that is not a link, at most `limit` of them. Raises
    OSError (a link, a folder, a device or FIFO, or a file over the limit)."""
    data = read_start(path, limit + 1)
    if len(data) > limit:
        raise OSError(f"{path} is larger than {limit:,} bytes")
    return data


def read_start(path: Path, size: int) -> bytes:
    """The first `size` bytes of a regular file that is not a link. Raises OSError
    otherwise; a FIFO is never waited on, /dev/zero never read."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise OSError(f"{path} is not a regular file")
        return stream.read(size)


def check_site_folder(site: Path, sealed: Iterable[Path], project: Path) -> None:
    """Refuse an output folder that a build must not replace: the project or a folder
    holding it, one of its `sealed` folders (docs/, data/) or a folder inside one, a
    link, or a folder of other files that no build of ours made."""
    target = site.resolve()
    for kept in {project.resolve(), *(folder.resolve() for folder in sealed)}:
        if target == kept or target in kept.parents:
            raise UnsafePathError(
                f"refusing to build the site into {site}: it holds {kept}, which the build "
                "would replace; choose another --site"
            )
    for kept in {folder.resolve() for folder in sealed}:
        if kept in target.parents:
            raise UnsafePathError(
                f"refusing to build the site into {site}: it is inside {kept}; "
                "choose a folder of its own"
            )
    if site.is_symlink():
        raise UnsafePathError(f"refusing to build the site into {site}: it is a symbolic link")
    if site.exists() and not site.is_dir():
        raise UnsafePathError(f"refusing to build the site into {site}: it is not a folder")
    if site.is_dir() and any(site.iterdir()) and not is_built_site(site):
        raise UnsafePathError(
            f"refusing to replace {site}: it holds files that no build of this generator "
            f"made (no {SITE_MARK}); remove it yourself or choose another --site"
        )


def is_built_site(folder: Path) -> bool:
    """Whether a folder is a site this generator built (its mark, or, from before the
    mark, what every MkDocs build holds) and is not a link."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    if (folder / SITE_MARK).is_file():
        return True
    return all((folder / name).is_file() for name in _MKDOCS_OUTPUT)


def mark_site(folder: Path) -> None:
    """Mark a folder as a site of ours, so that the next build may replace it."""
    (folder / SITE_MARK).write_text("Built by the explainer generator.\n", encoding="utf-8")


_INHERIT = re.compile(r"^INHERIT:\s*['\"]?([^'\"#\n]+?)['\"]?\s*(?:#.*)?$", re.MULTILINE)


def check_config(config: Path, project: Path) -> None:
    """Refuse an MkDocs configuration that reads outside the project: the file itself a
    link, or an INHERIT that leads out of its folder or through a link."""
    if config.is_symlink():
        raise UnsafePathError(f"{config} is a symbolic link; keep the MkDocs config a real file")
    try:
        text = config.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return  # MkDocs reports an unreadable config itself
    for parent in _INHERIT.findall(text):
        path = config.parent / parent.strip()
        inside = project.resolve() in path.resolve().parents
        if path.is_symlink() or not inside:
            raise UnsafePathError(
                f"{config}: INHERIT: '{parent.strip()}' is outside the project or a symbolic "
                "link; the configuration may only inherit a file of the project"
            )
