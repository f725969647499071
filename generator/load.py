"""Stage 1, load: YAML files in data/ -> raw records that remember their line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError

from .errors import DataError, DataErrors
from .model import KINDS

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class RawRecord:
    """One YAML file's content as plain Python values, with a line for every field path."""

    kind: str
    path: Path
    data: dict[str, Any]
    lines: dict[FieldPath, int] = field(default_factory=dict)

    def line_of(self, loc: FieldPath) -> int:
        """Line of the deepest known field on the way to `loc` (1 for the file itself)."""
        for end in range(len(loc), 0, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return 1


def load_all(data_dir: Path) -> list[RawRecord]:
    """Read every record file under data_dir; raise DataErrors listing every unreadable one."""
    records, errors = [], []
    for kind in KINDS:
        for path in sorted((data_dir / kind).glob("*")):
            if path.name.startswith(".") or path.is_dir():
                continue
            try:
                records.append(load_file(kind, path))
            except DataErrors as problem:
                errors.extend(problem.errors)
    if errors:
        raise DataErrors(errors)
    return records


def load_file(kind: str, path: Path) -> RawRecord:
    """Parse one record file, rejecting anything YAML would silently misread."""
    if path.suffix != ".yaml":
        raise _error(path, 1, f"expected a '.yaml' file in data/{kind}/, found '{path.name}'")
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise _error(path, 1, "file starts with a byte-order mark; save it as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as problem:
        line = raw[: problem.start].count(b"\n") + 1
        raise _error(path, line, f"not valid UTF-8: byte 0x{raw[problem.start]:02x} at offset {problem.start}")
    if not text.strip():
        raise _error(path, 1, "file is empty; expected a mapping of fields")
    document = _parse_yaml(path, text)
    if not isinstance(document, CommentedMap):
        found = type(_plain(document)).__name__
        raise _error(path, 1, f"expected a mapping of fields at the top level, found {found}")
    lines: dict[FieldPath, int] = {}
    return RawRecord(kind, path, _plain(document, (), lines), lines)


def _parse_yaml(path: Path, text: str) -> Any:
    yaml = YAML(typ="rt")  # round-trip mode keeps line numbers and rejects duplicate keys
    yaml.Constructor = _Constructor
    try:
        return yaml.load(text)
    except MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        line = mark.line + 1 if mark else 1
        what = (problem.problem or problem.context or "invalid YAML").strip()
        raise _error(path, line, f"invalid YAML: {what}")


class ImpossibleDate(str):
    """A date-shaped value that names no real day (2011-02-30); the model reports it."""


class _Constructor(RoundTripConstructor):
    """ruamel's constructor, except that an impossible date is kept for a located error."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return ImpossibleDate(node.value)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


def _plain(node: Any, at: FieldPath = (), lines: dict[FieldPath, int] | None = None) -> Any:
    """Convert ruamel's containers to dict/list, noting the line of every key and item."""
    lines = {} if lines is None else lines
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            line, _col = node.lc.key(key)
            lines[at + (str(key),)] = line + 1
            out[str(key) if not isinstance(key, str) else key] = _plain(value, at + (str(key),), lines)
        return out
    if isinstance(node, CommentedSeq):
        for index in range(len(node)):
            lines[at + (index,)] = node.lc.item(index)[0] + 1
        return [_plain(value, at + (index,), lines) for index, value in enumerate(node)]
    # Drop ruamel's scalar subclasses (ScalarInt, ScalarFloat, ...): the strict model
    # accepts only the plain types.
    if isinstance(node, ImpossibleDate) or node is None:
        return node
    for plain in (bool, str, int, float):
        if isinstance(node, plain):
            return plain(node)
    return node


def _error(path: Path, line: int, message: str) -> DataErrors:
    return DataErrors([DataError(path, line, "", message)])
