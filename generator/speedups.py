"""Speed-ups: every mechanism that makes the pipeline faster without changing what it makes.

They live behind this one boundary. `build` and `preview` make a `Speedups` and pass it
down; no other module starts processes, pauses the collector or keeps values between
runs. `EXPLAINER_SPEEDUPS=off` in the environment (or `Speedups.off()`) turns every one
of them off, and the output stays byte-identical (tests/test_incremental.py,
`test_every_speedup_off_gives_the_same_files`). What each is worth is in bench/README.md.

- The memo: values derived from one record alone (its references, citations, links and
  open-data row), kept for as long as that very record object is in use. Within a run,
  pages link to the same records over and over; under `make serve`, unchanged records
  stay the same objects from one edit to the next, so their values are reused.
- A full render of many records shared between processes, one per core (rendering is
  pure Python).
- The cyclic garbage collector paused while records and pages are built, and while the
  search index is (search/site.py): they form few cycles, and its repeated scans of a
  growing heap made the stages grow faster than the data.

The state kept between runs (what was parsed, what each record names) is incremental.py's:
it decides what to render again, not how fast.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from .coverage import Coverage
from .explainer import Explainer
from .memo import Memo
from .model import KINDS
from .opendata import open_data_files
from .pages.plan import index_pages, plan_pages
from .pages.site import Limits, Site
from .render import render, render_pages


@dataclass
class Speedups:
    """The speed-ups one run (or one long-lived preview) uses."""

    memo: Memo = field(default_factory=Memo)
    processes: int = field(default_factory=lambda: min(os.cpu_count() or 1, 8))
    """Processes a full render is shared between; 1 renders in this process. A long-lived
    process (`make serve`) renders in itself: what forked processes derive is lost with
    them, and its first edit would derive it all again."""
    share_from: int = 500
    """Records from which a full render is shared between processes."""
    pause_gc: bool = True

    @classmethod
    def off(cls) -> Speedups:
        """No memo, no other process, the collector left alone."""
        return cls(memo=Memo(keep=False), processes=1, pause_gc=False)

    @classmethod
    def configured(cls, processes: int | None = None) -> Speedups:
        """The default speed-ups (sharing a render between `processes` if given), or none
        when EXPLAINER_SPEEDUPS=off."""
        if os.environ.get("EXPLAINER_SPEEDUPS") == "off":
            return cls.off()
        return cls() if processes is None else cls(processes=processes)

    @contextlib.contextmanager
    def paused_gc(self) -> Iterator[None]:
        """Pause the cyclic garbage collector while records and pages are built."""
        was_enabled = gc.isenabled()
        if self.pause_gc:
            gc.disable()
        try:
            yield
        finally:
            if was_enabled:
                gc.enable()

    def render(
        self,
        explainer: Explainer,
        coverage: Coverage,
        only: set[tuple[str, str]] | None = None,
        indexes: bool = True,
        limits: Limits = Limits(),
    ) -> dict[str, str]:
        """`render.render`, with a full render of many records shared between processes."""
        records = sum(len(getattr(explainer, kind)) for kind in KINDS)
        if only is None and self.processes > 1 and records >= self.share_from and _can_fork():
            return _render_in_processes(Site(explainer, coverage, limits), self.processes)
        return render(explainer, coverage, only, indexes, limits)


CHUNKS_PER_PROCESS = 4
"""Record pages are handed out in this many chunks per process, after the index pages and
the open data, so that a process that drew a long task is not waited for."""
_SHARED: tuple[Site, list[tuple[str, str]], int] | None = None
"""What the forked processes render from (inherited, not pickled)."""
_INDEXES, _OPEN_DATA = -1, -2
"""Tasks that are not a chunk of record pages."""


def _can_fork() -> bool:
    """Forking is safe only in a process without other threads."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _render_in_processes(site: Site, processes: int) -> dict[str, str]:
    global _SHARED
    keys = [(kind, record_id) for kind in KINDS for record_id in getattr(site.x, kind)]
    chunks = processes * CHUNKS_PER_PROCESS
    _SHARED = (site, keys, chunks)
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            # The longest tasks first; each process takes the next task when it is done.
            results = pool.map(_render_task, [_INDEXES, _OPEN_DATA, *range(chunks)], chunksize=1)
    finally:
        _SHARED = None
    return {path: text for result in results for path, text in result.items()}


def _render_task(task: int) -> dict[str, str]:
    """In a forked process: the index pages, the open data, or chunk `task` of the record
    pages (every `chunks`-th record, so that each chunk mixes kinds)."""
    assert _SHARED is not None
    site, keys, chunks = _SHARED
    if task == _OPEN_DATA:
        return open_data_files(site.x, site.coverage)
    if task == _INDEXES:
        return render_pages(index_pages(site))
    return render_pages(plan_pages(site, set(keys[task::chunks]), indexes=False))
