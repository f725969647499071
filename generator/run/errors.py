"""The one family of exceptions the generator raises: each is a problem the user can act
on, and `cli` turns every one of them into a message and an exit code. Anything else
that escapes is a bug in the generator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ExplainerError(Exception):
    """Base of every problem the generator reports to its user (not a bug)."""

    exit_code = 1


@dataclass(frozen=True, order=True)
class DataError:
    """One mistake in the data, located by file, line and field path."""

    file: Path
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class DataErrors(ExplainerError):
    """All data mistakes found in one run, sorted by file and line."""

    exit_code = 2

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


class OutputError(ExplainerError):
    """The generator refused to write: it would overwrite or delete a hand-written file."""


class SiteBuildError(ExplainerError):
    """MkDocs refused to build the site (in strict mode, any warning)."""


class DiffError(ExplainerError):
    """The git ref to compare with cannot be read (unknown ref, not a git checkout)."""


class UnsaidChanges(ExplainerError):
    """`diff --strict`: quotes, speakers, dates or citations changed with no note in the
    record's `changes`, which readers would not be told of."""
