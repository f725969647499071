"""`make clean` / `explainer clean`: remove what the generator made, and nothing else.

A glob such as `site.*` would take a desk's `site.notes.txt` with it. This removes the
generated pages that carry the generator's mark (and the files its manifest lists in
the generated folders), a site folder only if a build of ours made it, the cache, and
bundles named as `bundle` names them. It imports only the standard library and modules
that do, so `make clean` runs it with the system's Python, before or after `.venv/`.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
from pathlib import Path

from ..run.guard import UnsafePathError, is_built_site, refuse_link_on_the_way
from ..run.project import GENERATED_DIRS, MANIFEST, Paths
from ..site.write import generated_pages, marked_pages

log = logging.getLogger(__name__)
_BUNDLE = re.compile(r".+-[0-9]{4}-[0-9]{2}-[0-9]{2}\.zip(\.partial)?")


def clean(paths: Paths, dist: Path = Path("dist")) -> list[Path]:
    """Remove the generated pages, the built site, the cache and the bundles; return
    what was removed."""
    removed = _generated(paths.docs)
    site = paths.site
    for folder in [site, *site.parent.glob(f"{site.name}.building-*")]:
        removed += _built_site(folder)
    for folder in site.parent.glob(f"{site.name}.old-*"):
        removed += _built_site(folder)
    removed += _cache(paths.cache.parent)
    removed += _bundles(dist)
    return removed


def _generated(docs: Path) -> list[Path]:
    pages = marked_pages(docs) | {
        p for p in generated_pages(docs) if not p.endswith(".md")
    }  # open data: names no hand-written file takes
    removed = []
    for page in sorted(pages):
        path = docs / page
        if page.split("/")[0] in GENERATED_DIRS and path.is_file() and _no_link(path, docs):
            path.unlink()
            removed.append(path)
    for folder in GENERATED_DIRS:
        _remove_empty_folders(docs / folder)
    for name in (MANIFEST, ".generated.state"):
        if (docs / name).is_file() and not (docs / name).is_symlink():
            (docs / name).unlink()
            removed.append(docs / name)
    return removed


def _no_link(path: Path, top: Path) -> bool:
    """Whether neither `path` nor a folder on the way to it from `top` is a link."""
    try:
        refuse_link_on_the_way(path, top)
    except UnsafePathError:
        return False
    return True


def _remove_empty_folders(top: Path) -> None:
    if top.is_symlink() or not top.is_dir():
        return
    for folder in sorted((p for p in top.rglob("*") if p.is_dir()), reverse=True):
        if not folder.is_symlink() and not any(folder.iterdir()):
            folder.rmdir()
    if not any(top.iterdir()):
        top.rmdir()


def _built_site(folder: Path) -> list[Path]:
    if not is_built_site(folder):
        if folder.exists():
            log.warning("Left %s: no build of this generator made it", folder)
        return []
    shutil.rmtree(folder)
    return [folder]


def _cache(cache: Path) -> list[Path]:
    if cache.is_symlink():
        cache.unlink()  # the link only, never what it leads to
    elif cache.is_dir():
        shutil.rmtree(cache)
    else:
        return []
    return [cache]


def _bundles(dist: Path) -> list[Path]:
    if dist.is_symlink() or not dist.is_dir():
        return []
    removed = [p for p in sorted(dist.iterdir()) if _BUNDLE.fullmatch(p.name) and p.is_file()]
    for path in removed:
        path.unlink()
    if not any(dist.iterdir()):
        dist.rmdir()
    return removed


def main() -> int:
    """`python -m generator.commands.clean`, as `make clean` runs it (with no .venv/)."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    removed = clean(Paths())
    log.info("Removed %d generated files and folders", len(removed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
