"""One build at a time in a project: a second `make site` (or a preview's regeneration)
waits for the first and says so, instead of refusing pages the first one is writing."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .guard import UnsafePathError, refuse_link_on_the_way
from .project import Paths

log = logging.getLogger(__name__)
_held = threading.local()  # lock files this thread holds: a build that generates re-enters


@contextlib.contextmanager
def build_lock(paths: Paths) -> Iterator[None]:
    """Hold the project's build lock (`.cache/build.lock`, beside docs/) while the block runs."""
    path = paths.cache.parent / "build.lock"
    key = path.absolute()
    held: set[Path] = _held.__dict__.setdefault("paths", set())
    if key in held:
        yield
        return
    with _open_lock(path) as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read(100).strip() or "another process"
            log.warning("Another build is running in this project (%s); waiting for it", holder)
            fcntl.flock(lock, fcntl.LOCK_EX)
        lock.seek(0)
        lock.truncate()
        lock.write(f"pid {os.getpid()}\n")
        lock.flush()
        held.add(key)
        try:
            yield
        finally:
            held.discard(key)
            fcntl.flock(lock, fcntl.LOCK_UN)


def _open_lock(path: Path) -> IO[str]:
    """The lock file, opened for reading and writing: never through a link (it could
    truncate a file outside the project), and only a regular file."""
    refuse_link_on_the_way(path, path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK
        descriptor = os.open(path, flags, 0o666)
    except OSError as problem:
        raise UnsafePathError(f"cannot use the build lock {path}: {problem.strerror}") from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise UnsafePathError(f"cannot use the build lock {path}: it is not a regular file")
    return os.fdopen(descriptor, "r+", encoding="utf-8")
