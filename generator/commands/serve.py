"""`make serve`: a live preview that shows a data edit within seconds, however large the site.

`mkdocs serve` builds the whole site again after every change: even with --dirty it
lists, reads and checks every page, so an edit takes longer to show the larger the site
(bench/README.md has the figures). The preview builds the site once and keeps MkDocs'
file list, navigation and theme in memory. After an edit to data/ it regenerates the
pages the edit can reach (incremental.py) and has MkDocs render again only the pages
whose Markdown changed.

Everything is built again when a record is added or removed, a hand-written page or
asset changes, or mkdocs.yml does. The search index is written again a second after the last edit.
Changes to the generator's own code need a restart.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from watchdog.events import (
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from ..records.load import RecordFile, classify, listing_order, record_files
from ..records.model import KINDS
from ..run.errors import DataErrors
from ..run.incremental import StateStore
from ..run.project import GENERATED_DIRS, Paths
from ..run.speedups import Speedups
from ..site.mkdocs_api import BannerServer, BasePlugin, build_everything, render_again
from ..site.plugin import DISPUTES_INDEX, DISPUTES_MARK
from ..site.write import WriteReport
from ..text.names import terminal_safe
from .build import generate, render_languages
from .languages import language_docs, site_languages
from .review import PREFIX as REVIEW
from .review import ReviewPages

log = logging.getLogger("generator")


class _KeepBuild(BasePlugin):
    """Remembers the file list, navigation and theme environment of a MkDocs build."""

    files: Any = None
    nav: Any = None
    env: Any = None

    def on_files(self, files: Any, config: Any) -> Any:
        self.files = files
        return files

    def on_nav(self, nav: Any, config: Any, files: Any) -> Any:
        self.nav = nav
        return nav

    def on_env(self, env: Any, config: Any, files: Any) -> Any:
        self.env = env
        return env


class DataFiles:
    """The record files of data/ with their stamps, kept up to date from the file
    watcher's reports, instead of listing and stat-ing every file after each edit, which
    grows with the data. Only reported files are looked at again; a
    report the list cannot place (a folder created, moved or deleted) lists everything."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self._root = data.resolve()
        self._files: dict[Path, RecordFile] = {}
        self._reported: set[str] = set()
        self._unsure = True  # list everything next time
        self._lock = threading.Lock()

    def forget(self) -> None:
        """List everything next time: changes made before the watcher started were not reported."""
        with self._lock:
            self._unsure = True

    def report(self, event: FileSystemEvent) -> None:
        """Called from the watcher's thread for every change under the watched paths."""
        with self._lock:
            if not event.is_directory:
                self._reported.update(
                    os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p
                )
            elif event.event_type != EVENT_TYPE_MODIFIED:
                # (A folder is "modified" when a file in it is added or removed, which is
                # reported on its own.)
                self._unsure = True

    def listing(self) -> list[RecordFile]:
        """Every record file, as `load.record_files` lists it."""
        with self._lock:
            reported, self._reported = self._reported, set()
            unsure, self._unsure = self._unsure, False
        if unsure:
            self._files = {file.path: file for file in record_files(self.data)}
        else:
            for path in filter(None, map(self._record_path, reported)):
                self._files.pop(path, None)
                if path.is_symlink() or path.exists():  # gone: left out, as record_files would
                    self._files[path] = classify(path.parent.name, path)
        return sorted(self._files.values(), key=listing_order)

    def _record_path(self, reported: str) -> Path | None:
        """data/<kind>/<name> as record_files spells it, or None for any other file."""
        try:
            kind, name = Path(reported).resolve().relative_to(self._root).parts
        except ValueError:  # outside data/, or not directly in a folder
            return None
        return self.data / kind / name if kind in KINDS and not name.startswith(".") else None


class Preview:
    """The site served from `site_dir`, kept up to date with data/, docs/ and mkdocs.yml."""

    def __init__(self, paths: Paths, site_dir: Path, url: str) -> None:
        self.paths = paths
        self.site_dir = site_dir
        self.url = url
        self.state = StateStore(paths.cache, in_memory=True)
        # Renders in this process, and keeps its memo from one edit to the next.
        self.speedups = Speedups.configured(processes=1)
        self.data_files = DataFiles(paths.data)
        self._config: Any = None
        self._built: _KeepBuild | None = None
        self._hand_written: dict[str, tuple[int, int]] = {}
        self.errors: list[str] = []  # the data errors of the last edit, shown on every page

    def watched(self) -> list[Path]:
        """What the server watches: data/ and everything hand-written."""
        return [self.paths.data, *self.hand_written()]

    def hand_written(self) -> list[Path]:
        """mkdocs.yml and the hand-written parts of docs/: never the generated folders,
        which the preview writes itself."""
        docs = [
            entry
            for entry in sorted(self.paths.docs.iterdir())
            if not entry.name.startswith(".") and entry.name not in GENERATED_DIRS
        ]
        return [self.paths.config, *docs]

    def update(self) -> None:
        """Bring the site up to date: the live-reload server calls this after every change."""
        started = time.perf_counter()
        try:
            report = generate(
                self.paths,
                store=self.state,
                files=self.data_files.listing(),
                speedups=self.speedups,
            )
        except DataErrors as problem:
            if self._built is None:
                raise  # nothing to show yet: the command prints every mistake and stops
            # Keep serving the last good pages; show every mistake in the terminal and on
            # the open page.
            log.error(
                "Data errors; the preview still shows the last good pages:\n%s",
                "\n".join(terminal_safe(str(e).replace("\n", "\\n")) for e in problem.errors),
            )
            self.errors = [str(error) for error in problem.errors]
            return
        self.errors = []
        hand_written = self._hand_written_stamps()
        if (
            self._built is None
            or hand_written != self._hand_written
            or not self._render_again(report)
        ):
            self._build_everything()
            self._hand_written = hand_written
            log.info("Preview: built everything in %.1f s", time.perf_counter() - started)
        else:
            log.info(
                "Preview: %d file(s) updated in %.2f s",
                len(report.written),
                time.perf_counter() - started,
            )
        self._build_other_languages()

    def close(self) -> None:
        self.state.close()

    def banner(self) -> str:
        """HTML of the data errors of the last edit, for the top of every page; "" if none."""
        if not self.errors:
            return ""
        lines = "\n".join(html.escape(error) for error in self.errors)
        return (
            '<div role="alert" lang="en" dir="ltr" style="position:sticky;top:0;z-index:10;'
            'padding:.8em 1.2em;background:#b71c1c;color:#fff;font:14px/1.4 sans-serif">'
            f"<strong>{len(self.errors)} data error(s): this preview shows the last good pages."
            "</strong> Fix them and save; this banner goes when the data is valid."
            f'<pre style="white-space:pre-wrap;margin:.5em 0 0;color:#fff">{lines}</pre></div>'
        )

    def _build_everything(self) -> None:
        built = _KeepBuild()
        self._config = build_everything(
            self.paths.config, self.paths.docs, self.site_dir, self.url, built
        )
        self._built = built

    def _build_other_languages(self) -> None:
        """Each other language of the site, built whole into its folder of the preview
        (after the main one, whose full build clears the folder): its pages show the
        records' translations, so any edit may change them."""
        others = render_languages(self.paths, self.speedups)
        if not others:
            return
        started = time.perf_counter()
        codes = site_languages(self.paths)
        for code, files in others.items():
            with language_docs(self.paths, code, files) as docs:
                build_everything(
                    self.paths.config, docs, self.site_dir / code, self.url, None, codes, code
                )
        log.info("Preview: built %s in %.1f s", ", ".join(others), time.perf_counter() - started)

    def _render_again(self, report: WriteReport) -> bool:
        """Have MkDocs render the rewritten pages and copy the rewritten files; False when
        that is not enough (a page was added or removed) and everything must be built."""
        assert self._built is not None
        files, config = self._built.files, self._config
        if report.removed:
            return False
        changed = [files.get_file_from_path(path) for path in report.written]
        if any(file is None for file in changed):
            return False
        pages = [file for file in changed if file.is_documentation_page()]
        if DISPUTES_INDEX in report.written:  # copied into hand-written pages by the plugin
            pages += [f for f in files.documentation_pages() if _shows_disputes(f)]
        for file in changed:
            if not file.is_documentation_page():
                file.copy_file()
        render_again(config, files, self._built.nav, self._built.env, pages)
        return True

    def _hand_written_stamps(self) -> dict[str, tuple[int, int]]:
        stamps = {}
        for watched in self.hand_written():
            for path in [watched] if watched.is_file() else watched.rglob("*"):
                if path.is_file():
                    stat = path.stat()
                    stamps[str(path)] = (stat.st_size, stat.st_mtime_ns)
        return stamps


class _ChangesOnly:
    """The live-reload server's file watcher, on inotify and told only of changes.

    MkDocs' server polls every watched file twice a second: a stat of every data file each
    time, and up to half a second before an edit is seen.
    inotify tells at once, but also tells of files being opened and read (the build
    reads the hand-written pages), which must not start another build."""

    CHANGES: ClassVar[set[str]] = {
        EVENT_TYPE_CREATED,
        EVENT_TYPE_MODIFIED,
        EVENT_TYPE_DELETED,
        EVENT_TYPE_MOVED,
    }

    def __init__(self, tap: Callable[[FileSystemEvent], None]) -> None:
        self._observer = Observer()
        self._tap = tap  # told of each change first (DataFiles.report)

    def schedule(self, handler: FileSystemEventHandler, path: str, recursive: bool = False) -> Any:
        def on_change(event: FileSystemEvent) -> None:
            if event.event_type in self.CHANGES:
                self._tap(event)
                handler.on_any_event(event)

        changes_only = FileSystemEventHandler()
        changes_only.on_any_event = on_change  # type: ignore[method-assign]
        return self._observer.schedule(changes_only, path, recursive=recursive)

    def __getattr__(self, name: str) -> Any:  # start, stop, join, unschedule
        return getattr(self._observer, name)


class LocalServer(BannerServer):
    """The preview's server, answering only requests addressed to this computer by name
    (127.0.0.1, localhost, [::1] and the port): a web page elsewhere that points a host
    name of its own at 127.0.0.1 (DNS rebinding) gets 403 Forbidden, not the site."""

    NAMES = ("127.0.0.1", "localhost", "[::1]")
    review: ReviewPages | None = None  # the drafts' review pages, under /-/review/

    def serve_request(self, environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("HTTP_HOST", "").lower() not in self.hosts():
            start_response("403 Forbidden", [("Content-Type", "text/plain; charset=utf-8")])
            return [
                b"403 Forbidden: the preview answers only http://127.0.0.1, localhost or [::1]\n"
            ]
        answer = self.review(environ, start_response) if self.review else None
        return super().serve_request(environ, start_response) if answer is None else answer

    def hosts(self) -> set[str]:
        """The Host headers answered: each name with the port as bound (port 0 asks for any
        free one), or without it on port 80, where a browser leaves it out."""
        port = self.server_port
        return {f"{name}:{port}" for name in self.NAMES} | (
            set(self.NAMES) if port == 80 else set()
        )


class _TerminalSafe(logging.Filter):
    """Every message the preview prints, escaped as `check` escapes data (cli.describe)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = terminal_safe(record.getMessage()), None
        return True


class _WarnedOnce(logging.Filter):
    """A warning of `check` only the first time: each edit checks the data again, and the
    same warnings would fill the terminal (`explainer check` lists them all)."""

    def __init__(self) -> None:
        super().__init__()
        self.warned: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.levelno != logging.WARNING or not message.startswith("warning: "):
            return True
        if message in self.warned:
            return False
        self.warned.add(message)
        return True


@contextlib.contextmanager
def _terminal_safe_logging() -> Iterator[None]:
    """Escape whatever the preview, the generator and MkDocs log while it runs: a data
    string in a message could otherwise act on the terminal. A warning is said once."""
    safe = _TerminalSafe()
    handlers = {handler: _WarnedOnce() for handler in logging.getLogger().handlers}
    for handler, once in handlers.items():
        handler.addFilter(once)  # each handler says each warning once
        handler.addFilter(safe)
    try:
        yield
    finally:
        for handler, once in handlers.items():
            handler.removeFilter(safe)
            handler.removeFilter(once)


def _shows_disputes(file: Any) -> bool:
    """A hand-written page into which the plugin copies the disputes' sides."""
    if file.src_uri.split("/")[0] in GENERATED_DIRS:
        return False
    try:
        return DISPUTES_MARK in Path(file.abs_src_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def serve(paths: Paths, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the preview on http://host:port/ until interrupted."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.WARNING)  # our own progress lines say enough
    signal.signal(signal.SIGTERM, _interrupt)  # stopped by a process manager: clean up as on Ctrl-C
    with (
        _terminal_safe_logging(),
        tempfile.TemporaryDirectory(prefix="explainer-preview-") as site_dir,
    ):
        url = f"http://{host}:{port}/"
        preview = Preview(paths, Path(site_dir), url)
        log.info("Preview: building the whole site once (later edits update only their pages)...")
        preview.update()
        server = LocalServer(
            builder=preview.update, host=host, port=port, root=site_dir, banner=preview.banner
        )
        # Stands in for the server's watchdog observer (same methods, see _ChangesOnly).
        server.observer = _ChangesOnly(tap=preview.data_files.report)  # type: ignore[assignment]
        server.review = ReviewPages(paths)
        for path in preview.watched():
            server.watch(str(path))
        preview.data_files.forget()  # an edit made during the first build was not reported
        log.info(
            "Preview on %s (Ctrl-C to stop); watching data/, docs/ and %s", url, paths.config.name
        )
        log.info("Review the drafts of ingest on %s%s", url, REVIEW.lstrip("/"))
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Stopping the preview")
        finally:
            server.shutdown()
            preview.close()
