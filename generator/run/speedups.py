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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .memo import Memo

T = TypeVar("T")


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

    def processes_for(self, records: int) -> int:
        """How many processes a full render of `records` records is shared between: one
        (this process) unless there are many records and forking is safe."""
        if self.processes > 1 and records >= self.share_from and _can_fork():
            return self.processes
        return 1


_WORK: Callable[[int], Any] | None = None
"""What the forked processes run (inherited, not pickled)."""


def map_in_processes(work: Callable[[int], T], tasks: list[int], processes: int) -> list[T]:
    """`work` of each task, in `processes` forked processes: each takes the next task when
    it is done, so the longest tasks should come first. What `work` reads is inherited
    from this process, never pickled; only the results travel back."""
    global _WORK
    _WORK = work
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            return pool.map(_run, tasks, chunksize=1)
    finally:
        _WORK = None


def _run(task: int) -> Any:
    assert _WORK is not None
    return _WORK(task)


def _can_fork() -> bool:
    """Forking is safe only in a process without other threads."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
