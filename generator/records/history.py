"""The explainer over time, from git: when each record file was first published and last
changed, and the commits that changed data/.

Dates are commit dates (the committer's), so the same history always gives the same
pages. A shallow clone (CI's default `fetch-depth: 1`) holds only the newest commits:
a file seen only in its oldest commit may be older than that, so its dates are unknown
rather than wrong. Without git (a tarball), SOURCE_DATE_EPOCH stands for every date
when it is set; otherwise there are none.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileDates:
    """When a record file was first committed and last changed (None: not known)."""

    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class Commit:
    """A commit that changed data/: its id, time and the record files it touched."""

    id: str
    parents: tuple[str, ...]
    time: dt.datetime
    files: tuple[str, ...]
    """Paths relative to data/, e.g. 'actors/mike-mullen.yaml'."""


@dataclass(frozen=True)
class History:
    """What git knows of data/: the commits that changed it, newest first."""

    commits: tuple[Commit, ...] = ()
    shallow: frozenset[str] = frozenset()
    """Commits at the edge of a shallow clone: their parents are not here."""
    fallback: dt.date | None = None
    """SOURCE_DATE_EPOCH's day, for a data folder with no git history."""
    head: str = ""
    dates: dict[str, FileDates] = field(default_factory=dict)

    def dates_of(self, relative: str) -> FileDates:
        """The dates of a record file (path relative to data/)."""
        return self.dates.get(relative, FileDates(self.fallback, self.fallback))

    def complete(self, commit: Commit) -> bool:
        """Whether the commit's parent is here, so that what it changed can be told."""
        return commit.id not in self.shallow


def read_history(data: Path) -> History:
    """The history of data/ (empty, with SOURCE_DATE_EPOCH as the fallback, outside git)."""
    log_output = _git(
        data, "log", "--format=%x00%ct %H %P", "--name-only", "--no-renames", "--", "."
    )
    prefix = _git(data, "rev-parse", "--show-prefix")
    if log_output is None or prefix is None:
        return History(fallback=_epoch_day())
    commits = _parse_log(log_output, prefix.strip())
    shallow = _shallow_edge(data)
    head = commits[0].id if commits else ""
    history = History(tuple(commits), shallow, None, head)
    history.dates.update(_file_dates(history))
    if shallow:
        log.info(
            "History: a shallow clone; records older than its oldest commit show no dates "
            "(fetch the whole history, e.g. `fetch-depth: 0`, for all of them)"
        )
    return history


_LOG_FORMAT = "--format=%x00%ct %H %P"
"""Each commit: a NUL, its time, id and parents, then the names of the files it touched."""


def _parse_log(output: str, prefix: str) -> list[Commit]:
    commits = []
    for block in output.split("\0")[1:]:
        header, *names = block.strip("\n").split("\n")
        seconds, commit_id, *parents = header.split()
        files = tuple(
            name.removeprefix(prefix) for name in names if name and name.startswith(prefix)
        )
        time = dt.datetime.fromtimestamp(int(seconds), dt.UTC)
        commits.append(Commit(commit_id, tuple(parents), time, files))
    return commits


def _file_dates(history: History) -> dict[str, FileDates]:
    """First and last commit of each file; a date a shallow edge could fake is unknown."""
    last: dict[str, dt.date | None] = {}
    first: dict[str, dt.date | None] = {}
    for commit in history.commits:  # newest first
        day = commit.time.date()
        at_edge = not history.complete(commit)
        for name in commit.files:
            if name not in last:
                last[name] = None if at_edge else day
            first[name] = None if at_edge else day
    return {name: FileDates(first[name], last[name]) for name in last}


def _shallow_edge(data: Path) -> frozenset[str]:
    path = _git(data, "rev-parse", "--git-path", "shallow")
    if not path:
        return frozenset()
    shallow = Path(path.strip())
    shallow = shallow if shallow.is_absolute() else data / shallow
    try:
        return frozenset(shallow.read_text(encoding="ascii").split())
    except OSError:
        return frozenset()


def _git(cwd: Path, *args: str) -> str | None:
    """What git prints, or None outside a repository (or without git)."""
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8"
        )
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def _epoch_day() -> dt.date | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch.isdigit() else None
