"""Stage 1, load: YAML files in data/ -> raw records that remember their line numbers.

libyaml (PyYAML's C parser) parses each file into nodes, which carry line numbers. This
module builds the values itself, so that a duplicate key is an error, not a silent
overwrite, and unquoted values are typed by YAML 1.2's rules (`NO` and `yes` stay text).
It is much faster than ruamel.yaml's round-trip loader (bench/README.md has the figures).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError, DataErrors
from .model import KIND_ORDER, KINDS

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


class ImpossibleDate(str):
    """A date-shaped value that names no real day (2011-02-30); the model reports it."""


Stamp = tuple[int, int, int, int]
"""A file's size, modification and status-change times and inode: a file whose stamp is
unchanged is not read again. `cp -p`, `rsync -t` and `touch -d` can set the modification
time back, but any write moves the status-change time (as git's index relies on)."""


def stamp_of(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


ParseCache = dict[Path, tuple[Stamp, RawRecord]]


@dataclass(frozen=True)
class RecordFile:
    """A file in one kind's folder of data/, with its stamp."""

    kind: str
    path: Path
    stamp: Stamp


def listing_order(file: RecordFile) -> tuple[int, str]:
    """Where a file comes in `record_files`: by kind, then by name. Records load in this
    order, and the inputs' fingerprint is taken in it."""
    return KIND_ORDER[file.kind], file.path.name


def record_files(data_dir: Path) -> list[RecordFile]:
    """Every file of every kind's folder, by kind and name (dotfiles and folders left out).
    os.scandir: one stat each instead of three through pathlib, which counts in a large
    explainer; the build takes its inputs' fingerprint from the same list."""
    found = []
    for kind in KINDS:
        try:
            with os.scandir(data_dir / kind) as scan:
                for entry in scan:
                    if not entry.name.startswith(".") and not entry.is_dir():
                        found.append(RecordFile(kind, Path(entry.path), stamp_of(entry.stat())))
        except FileNotFoundError:
            continue
    return sorted(found, key=listing_order)


def load_all(
    data_dir: Path, cache: ParseCache | None = None, files: list[RecordFile] | None = None
) -> list[RawRecord]:
    """Read every record file under data_dir (or `files`, listed from it just before);
    raise DataErrors listing every unreadable one.

    With a cache (from the previous run), files whose stamp is unchanged are taken from
    it; the cache is updated in place to hold exactly the files read now."""
    if not data_dir.is_dir():
        raise _error(data_dir, 0, "no data folder here (give its path with --data)")
    records, errors = [], []
    seen: set[Path] = set()
    files = record_files(data_dir) if files is None else files
    if not any(file.kind == "sources" for file in files):
        # Every record cites a source: without one, nothing could be published.
        errors.append(
            DataError(data_dir / "sources", 0, "", "holds no source file; every record cites one")
        )
    for file in files:
        try:
            records.append(
                _load_cached(file, cache) if cache is not None else load_file(file.kind, file.path)
            )
            seen.add(file.path)
        except DataErrors as problem:
            errors.extend(problem.errors)
    if cache is not None:
        for gone in cache.keys() - seen:
            del cache[gone]
    if errors:
        raise DataErrors(errors)
    return records


def _load_cached(file: RecordFile, cache: ParseCache) -> RawRecord:
    hit = cache.get(file.path)
    if hit is not None and hit[0] == file.stamp and hit[1].kind == file.kind:
        return hit[1]
    record = load_file(file.kind, file.path)
    cache[file.path] = (file.stamp, record)
    return record


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
        found = f"byte 0x{raw[problem.start]:02x} at offset {problem.start}"
        raise _error(path, line, f"not valid UTF-8: {found}") from None
    if not text.strip():
        raise _error(path, 1, "file is empty; expected a mapping of fields")
    document = _compose(path, text)
    if not isinstance(document, yaml.MappingNode):
        found = "list" if isinstance(document, yaml.SequenceNode) else "a single value"
        raise _error(path, 1, f"expected a mapping of fields at the top level, found {found}")
    lines: dict[FieldPath, int] = {}
    return RawRecord(kind, path, _value(path, document, (), lines), lines)


class _NodeLoader(yaml.CSafeLoader):
    """libyaml's parser with no implicit typing: every plain scalar comes out as a string
    node, typed later by `_plain_scalar` (PyYAML's YAML 1.1 rules turn `NO` into False)."""

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 (PyYAML reads the class attribute)

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        """The tag of an untagged node: with no implicit typing, just its kind's (libyaml
        calls this for every node; PyYAML's general version was a tenth of loading)."""
        return _KIND_TAGS[kind]


def _compose(path: Path, text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_NodeLoader)
    except yaml.MarkedYAMLError as problem:
        raise _error(path, *_explain(problem, text)) from None
    except yaml.YAMLError as problem:  # e.g. a second document in the file
        raise _error(path, 1, f"invalid YAML: {problem}") from None


def _explain(problem: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """Line and wording of a YAML syntax error, naming tabs and unclosed brackets."""
    mark = problem.problem_mark or problem.context_mark
    line = mark.line + 1 if mark else 1
    what = (problem.problem or "invalid YAML").strip()
    lines = text.splitlines()
    before_problem = lines[mark.line][: mark.column + 1] if mark and mark.line < len(lines) else ""
    if "\t" in before_problem:
        return line, "invalid YAML: a tab cannot indent YAML; use spaces"
    if problem.context and what.startswith("but "):  # "expected a document ..., but found ..."
        what = f"{problem.context}, {what}"
    elif (
        problem.context and problem.context_mark and mark and problem.context_mark.line != mark.line
    ):
        what += f" ({problem.context} that starts on line {problem.context_mark.line + 1})"
    return line, f"invalid YAML: {what}"


_STR_TAG = "tag:yaml.org,2002:str"
_KIND_TAGS = {
    yaml.ScalarNode: _STR_TAG,
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


def _value(path: Path, node: yaml.Node, at: FieldPath, lines: dict[FieldPath, int]) -> Any:
    """Plain Python values from YAML nodes, noting the line of every key and list item."""
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(_value(path, key_node, at, lines))
            line = key_node.start_mark.line + 1
            if key in out:
                first = lines[at + (key,)]
                raise _error(
                    path, line, f"invalid YAML: duplicate key '{key}' (first on line {first})"
                )
            lines[at + (key,)] = line
            out[key] = _value(path, value_node, at + (key,), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[at + (index,)] = item.start_mark.line + 1
            items.append(_value(path, item, at + (index,), lines))
        return items
    if node.tag != _STR_TAG:
        raise _error(
            path,
            node.start_mark.line + 1,
            f"invalid YAML: explicit tag '{node.tag}' is not supported",
        )
    assert isinstance(node, yaml.ScalarNode)
    return node.value if node.style else _plain_scalar(node.value)


_KEYWORDS = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
    "null": None,
    "Null": None,
    "NULL": None,
    "~": None,
    "": None,
}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


_NUMBER_START = frozenset("0123456789+-.")
"""How every number and date starts: other values (names, ids, prose) skip the patterns."""


def _plain_scalar(text: str) -> Any:
    """Type an unquoted scalar by YAML 1.2's core schema, plus dates written YYYY-MM-DD."""
    if text[:1] not in _NUMBER_START:
        return _KEYWORDS.get(text, text)
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return ImpossibleDate(text)
    return text


def _error(path: Path, line: int, message: str) -> DataErrors:
    return DataErrors([DataError(path, line, "", message)])
