"""The search of one MkDocs build: pages in, search files and worker out.

The plugin hands over each page's HTML as MkDocs renders it, and asks for the search
files when the build is done. Material's search plugin stays in mkdocs.yml (it owns the
search box, its translations and search_index.json), but is told to skip every page
(`search.exclude`, its documented front-matter switch), so that the pages are not parsed
twice. Its worker is swapped for ours in each page's configuration.
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from ...run.speedups import Speedups
from ..i18n import ENGLISH, Language
from .documents import KINDS, Document, page_documents
from .index import FOLDER, build

log = logging.getLogger("mkdocs.plugins.explainer")

WORKER = Path(__file__).with_name("worker.js")
WORKER_PATH = "assets/explainer/search-worker.js"

_MATERIAL_WORKER = re.compile(
    r'("search":\s*"[^"]*?)javascripts/workers/search\.[0-9a-z]+\.min\.js"'
)
"""Material's worker in a page's configuration: the path up to it leads to assets/."""
_MATERIAL_COUNT = '"search.result.other": "# matching documents"'
_OUR_COUNT = '"search.result.other": "Top # matches"'


class SiteSearch:
    """Documents of every page rendered in this build, and the files made from them."""

    def __init__(self, lang: Language = ENGLISH) -> None:
        self.lang = lang  # the result kinds' words ("Actor", "Quote") are the site's language
        self.pages: dict[str, list[Document]] = {}
        self.writing = threading.Lock()
        self.timer: threading.Timer | None = None
        self.warned = False
        self.reading_seconds = 0.0  # time spent reading pages, for the build's log line
        self.written: dict[str, float] = {}  # figures of the last write, for bench/search.py

    def add_page(self, page: Any, html: str) -> None:
        """Read a page's documents (unless it is left out of search) and keep Material's
        search plugin from reading the page again."""
        meta = page.meta
        search = meta.get("search") if isinstance(meta.get("search"), dict) else {}
        if search.get("exclude"):
            self.pages.pop(page.file.src_uri, None)
            return
        started = time.perf_counter()
        names = [html_lib.unescape(str(t)) for t in meta.get("tags") or [] if t]
        title = html_lib.unescape(str(page.title or ""))
        self.pages[page.file.src_uri] = page_documents(html, page.url, title, names)
        meta["search"] = {**search, "exclude": True}
        self.reading_seconds += time.perf_counter() - started

    def use_worker(self, output: str, page: str) -> str:
        """The page's HTML with our worker where Material's configuration names its own
        (and, in English, "Top 12 matches" where it would count documents: a result list
        shows the best MAX_PAGES pages, not every one)."""
        swapped, found = _MATERIAL_WORKER.subn(r'\1explainer/search-worker.js"', output, count=1)
        swapped = swapped.replace(_MATERIAL_COUNT, _OUR_COUNT, 1)
        if not found and not self.warned and 'id="__config"' in output:
            log.warning("search: no search worker named in the configuration of %s", page)
            self.warned = True
        return swapped

    def write_soon(self, site: Path, delay: float = 1.0) -> None:
        """Write the search files `delay` seconds after the last call, in the background.
        Under the preview an edit's pages show at once; the index (seconds of work at
        10,000 records) follows, once for a burst of saves."""
        if self.timer is not None:
            self.timer.cancel()
        self.timer = threading.Timer(delay, self.write, args=(site,))
        self.timer.daemon = True
        self.timer.start()

    def write(self, site: Path) -> None:
        """Write the search files and the worker; the manifest into search_index.json."""
        with self.writing:
            self._write(site)

    def _write(self, site: Path) -> None:
        started = time.perf_counter()
        documents = [d for page in list(self.pages.values()) for d in page]
        with Speedups.configured().paused_gc():
            made = build(documents)
        for folder_name in {name.rpartition("/")[0] for name in made.files}:
            (site / folder_name).mkdir(parents=True, exist_ok=True)
        for name, text in made.files.items():
            with open(site / name, "w", encoding="utf-8") as out:
                out.write(text)
        worker = site / WORKER_PATH
        worker.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(WORKER, worker)
        kinds = {kind: self.lang._(kind) for kind in KINDS}
        write_manifest(site / "search" / "search_index.json", {**made.manifest, "kinds": kinds})
        # Earlier builds' files go last: a reader's open page may still be using them.
        for earlier in (site / FOLDER).iterdir():
            if earlier.name != Path(str(made.manifest["folder"])).name:
                shutil.rmtree(earlier, ignore_errors=True)
        size = sum(len(t) for t in made.files.values())
        seconds = time.perf_counter() - started
        self.written = {
            "documents": len(documents),
            "files": len(made.files),
            "bytes": size,
            "reading_seconds": round(self.reading_seconds, 3),
            "writing_seconds": round(seconds, 3),
        }
        log.info(
            "Search index: %d documents in %d files (%.1f MB); pages read in %.1f s, index"
            " written in %.1f s",
            len(documents),
            len(made.files),
            size / 1e6,
            self.reading_seconds,
            seconds,
        )


def write_manifest(path: Path, manifest: dict[str, object]) -> None:
    """search_index.json as Material's page script reads it, with no documents of its own:
    the manifest rides in `config`, which Material hands to the worker as it is."""
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        index = {"config": {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": []}}
    index["config"]["explainer"] = manifest
    index["docs"] = []
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
