"""One build at a time in a project: a second `make site` (or a preview's regeneration)
waits for the first and says so, instead of refusing pages the first one is writing."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from .project import Paths

log = logging.getLogger(__name__)
_held = threading.local()  # lock files this thread holds: a build that generates re-enters


@contextlib.contextmanager
def build_lock(paths: Paths) -> Iterator[None]:
    """Hold the project's build lock (`.cache/build.lock`, beside docs/) while the block runs."""
    path = (paths.cache.parent / "build.lock").resolve()
    held: set[Path] = _held.__dict__.setdefault("paths", set())
    if path in held:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            log.warning("Another build is running in this project (%s); waiting for it", holder)
            fcntl.flock(lock, fcntl.LOCK_EX)
        lock.seek(0)
        lock.truncate()
        lock.write(f"pid {os.getpid()}\n")
        lock.flush()
        held.add(path)
        try:
            yield
        finally:
            held.discard(path)
            fcntl.flock(lock, fcntl.LOCK_UN)
