"""Stage 1, load: YAML files in data/ -> raw records that remember their line numbers.

libyaml (PyYAML's C parser) parses each file into nodes, which carry line numbers. This
module builds the values itself, so that a duplicate key is an error, not a silent
overwrite, and unquoted values are typed by YAML 1.2's rules (`NO` and `yes` stay text).
It is much faster than ruamel.yaml's round-trip loader (bench/README.md has the figures).
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR, S_ISLNK, S_ISREG
from typing import Any

import yaml

from ..run.errors import DataError, DataErrors
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
    """A file in one kind's folder of data/, with its stamp; or an entry there that is no
    record file (a link, a folder, a device), with the reason it is refused."""

    kind: str
    path: Path
    stamp: Stamp
    refused: str | None = None


MAX_FILE_BYTES = 1_000_000
"""The largest record file read (a long article is a tenth of it)."""
MAX_DEPTH = 20
"""The deepest nesting of lists and mappings in a record (the schema needs five)."""
NESTED_TOO_DEEP = f"lists and mappings nested more than {MAX_DEPTH} deep; no record needs that"
MAX_DIGITS = 15
"""The longest whole number (a paragraph number needs four)."""


def classify(kind: str, entry: os.DirEntry[str] | Path) -> RecordFile:
    """A record file, or the reason this entry of a kind's folder is refused. Only regular
    files are read: a symbolic link could lead out of the project (to a secret, or to
    /dev/zero), a FIFO would block the build, and data arrives in pull requests."""
    path = Path(entry)
    try:
        stat = entry.stat(follow_symlinks=False) if isinstance(entry, os.DirEntry) else path.lstat()
    except OSError as problem:
        return RecordFile(kind, path, (0, 0, 0, 0), f"cannot be read ({problem.strerror})")
    mode = stat.st_mode
    if S_ISLNK(mode):
        refused = "is a symbolic link; data/ holds only regular files (a link can lead anywhere)"
    elif S_ISDIR(mode):
        refused = f"is a folder; record files go directly in data/{kind}/"
    elif not S_ISREG(mode):
        refused = "is not a regular file (a device, FIFO or socket)"
    elif stat.st_size > MAX_FILE_BYTES:
        refused = f"is {stat.st_size:,} bytes; a record file may hold at most {MAX_FILE_BYTES:,}"
    else:
        refused = None
    return RecordFile(kind, path, stamp_of(stat), refused)


def listing_order(file: RecordFile) -> tuple[int, str]:
    """Where a file comes in `record_files`: by kind, then by name. Records load in this
    order, and the inputs' fingerprint is taken in it."""
    return KIND_ORDER[file.kind], file.path.name


def record_files(data_dir: Path) -> list[RecordFile]:
    """Every entry of every kind's folder, by kind and name (dotfiles left out, but for a
    hidden record file), and as refused entries any other folder of data/ (a misspelt
    kind) and any record file loose in data/.
    os.scandir: one stat each instead of three through pathlib, which counts in a large
    explainer; the build takes its inputs' fingerprint from the same list."""
    found = []
    for kind in KINDS:
        folder = data_dir / kind
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            found.append(
                RecordFile(kind, folder, (0, 0, 0, 0), "must be a folder (not a file or a link)")
            )
            continue
        try:
            with os.scandir(folder) as scan:
                found += [_entry(kind, e) for e in scan if _listed(e.name)]
        except FileNotFoundError:
            continue
    found += _misplaced(data_dir)
    return sorted(found, key=listing_order)


def _listed(name: str) -> bool:
    """Whether an entry of a kind's folder is listed: not a dotfile, unless it is named
    like a record (`.x.yaml`), which would otherwise vanish unread. An editor's lock or
    metadata file (`.#x.yaml`, `._x.yaml`) is no record."""
    return not name.startswith(".") or (name.endswith(".yaml") and name[1:2] not in "#_")


def _entry(kind: str, entry: os.DirEntry[str]) -> RecordFile:
    if entry.name.startswith("."):
        reason = (
            f"is hidden (its name starts with '.') and would never be read: rename it to"
            f" '{entry.name.lstrip('.')}', or move it out of data/"
        )
        return RecordFile(kind, Path(entry.path), (0, 0, 0, 0), reason)
    return classify(kind, entry)


def _misplaced(data_dir: Path) -> list[RecordFile]:
    """Entries of data/ itself that records would silently vanish in: a folder that is no
    kind's, a record file outside a kind's folder."""
    try:
        entries = [e for e in os.scandir(data_dir) if not e.name.startswith(".")]
    except OSError:
        return []
    kinds = ", ".join(KINDS)
    misplaced = []
    for entry in entries:
        if entry.name.endswith((".yaml", ".yml")) and not entry.is_dir():
            reason = f"is not in a record folder: move it into one of data/{{{kinds}}}/"
        elif entry.is_dir() and entry.name not in KINDS:
            close = difflib.get_close_matches(entry.name, list(KINDS), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            reason = f"is not a record folder (those are: {kinds}){hint}"
        else:
            continue
        misplaced.append(RecordFile("sources", Path(entry.path), (0, 0, 0, 0), reason))
    return misplaced


def load_all(
    data_dir: Path, cache: ParseCache | None = None, files: list[RecordFile] | None = None
) -> list[RawRecord]:
    """Read every record file under data_dir (or `files`, listed from it just before);
    raise DataErrors listing every unreadable one."""
    records, errors = read_all(data_dir, cache, files)
    if errors:
        raise DataErrors(errors)
    return records


def read_all(
    data_dir: Path, cache: ParseCache | None = None, files: list[RecordFile] | None = None
) -> tuple[list[RawRecord], list[DataError]]:
    """Every record file under data_dir that can be read, and the mistakes of those that
    cannot: the readable ones are still validated, so that one broken file hides no
    mistake in the others.

    With a cache (from the previous run), files whose stamp is unchanged are taken from
    it; the cache is updated in place to hold exactly the files read now."""
    if not data_dir.is_dir():
        raise _error(data_dir, 0, "no data folder here (give its path with --data)")
    records: list[RawRecord] = []
    errors: list[DataError] = []
    seen: set[Path] = set()
    files = record_files(data_dir) if files is None else files
    if not any(file.kind == "sources" and not file.refused for file in files):
        # Every record cites a source: without one, nothing could be published.
        errors.append(
            DataError(data_dir / "sources", 0, "", "holds no source file; every record cites one")
        )
    for file in files:
        try:
            if file.refused:
                raise _error(file.path, 0, file.refused)
            records.append(
                _load_cached(file, cache) if cache is not None else load_file(file.kind, file.path)
            )
            seen.add(file.path)
        except DataErrors as problem:
            errors.extend(problem.errors)
    if cache is not None:
        for gone in cache.keys() - seen:
            del cache[gone]
    return records, errors


def _load_cached(file: RecordFile, cache: ParseCache) -> RawRecord:
    hit = cache.get(file.path)
    if hit is not None and hit[0] == file.stamp and hit[1].kind == file.kind:
        return hit[1]
    record = load_file(file.kind, file.path)
    cache[file.path] = (file.stamp, record)
    return record


READING: list[Path] = []
"""The file being read now, if any: an internal error names it (cli.py)."""


def load_file(kind: str, path: Path) -> RawRecord:
    """Parse one record file, rejecting anything YAML would silently misread."""
    READING[:] = [path]  # left set by an unexpected exception, for its report
    try:
        record = _load_file(kind, path)
    except DataErrors:
        READING.clear()
        raise
    READING.clear()
    return record


def _load_file(kind: str, path: Path) -> RawRecord:
    if path.suffix != ".yaml":
        raise _error(path, 1, f"expected a '.yaml' file in data/{kind}/, found '{path.name}'")
    with open(path, "rb") as stream:  # a file that grew since it was listed is cut short
        raw = stream.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise _error(
            path, 0, f"holds more than {MAX_FILE_BYTES:,} bytes, the most a record file may"
        )
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
    _refuse_unreadable_characters(path, text)
    _refuse_deep_nesting(path, text)
    document = _compose(path, text)
    if not isinstance(document, yaml.MappingNode):
        found = "list" if isinstance(document, yaml.SequenceNode) else "a single value"
        raise _error(path, 1, f"expected a mapping of fields at the top level, found {found}")
    lines: dict[FieldPath, int] = {}
    return RawRecord(kind, path, _value(path, document, (), lines, set()), lines)


_NOT_YAML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _refuse_unreadable_characters(path: Path, text: str) -> None:
    """A character YAML may not hold (NUL, other controls), named with its line: libyaml
    would report it at line 1, by its offset in the whole text."""
    bad = _NOT_YAML.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise _error(
            path,
            line,
            f"control character U+{ord(bad[0]):04X} at column {column}, which YAML cannot "
            "hold; delete it",
        )


COMPOSE_DEPTH = 1_000
"""Nesting libyaml's composer is left to handle: it recurses in C, which is safe this
deep (100,000 levels crashed the interpreter); below it, `_value` refuses what is
deeper than MAX_DEPTH."""
_NESTING_MARKS = ("[", "[", "{", "- ", "-\n", "-\t", "-\r", "? ", "?\n", "?\t", "?\r")
"""What opens a level of nesting without indenting further: a flow bracket (twice for
`[`: `[a: b]` is a list holding a mapping), a block list's dash or an explicit key's
`?` (`- - x`, `? ? x` nest on one line)."""
_DEEP_INDENT = re.compile(rf"^ {{{COMPOSE_DEPTH // 2},}}", re.MULTILINE)


def _could_nest_too_deep(text: str) -> bool:
    """Whether `text` could nest deeper than COMPOSE_DEPTH: every level is a mark of
    _NESTING_MARKS or a step of indentation, so fewer than half of each cannot."""
    marks = sum(text.count(mark) for mark in _NESTING_MARKS)
    return marks >= COMPOSE_DEPTH // 2 or _DEEP_INDENT.search(text) is not None


def _refuse_deep_nesting(path: Path, text: str) -> None:
    """Nesting deeper than MAX_DEPTH in a text that could nest deeper than COMPOSE_DEPTH,
    found from YAML's events (yaml.parse does not recurse) before libyaml composes it.
    An ordinary record is only counted, never parsed twice."""
    if not _could_nest_too_deep(text):
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_NodeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _error(
                        path,
                        event.start_mark.line + 1 if event.start_mark else 0,
                        NESTED_TOO_DEEP,
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # a syntax error: composing reports it, with its line


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
    if what in _KEY_NOT_ENDED and mark and _key_before(lines, mark.line, mark.column):
        return line, KEY_TOO_LONG
    if what == "could not find expected ':'" and problem.context_mark:
        # libyaml notices on the next line; the line missing its colon is where the key began.
        return (
            problem.context_mark.line + 1,
            "invalid YAML: no ':' after the field name; write `field: value`",
        )
    if what == "mapping values are not allowed in this context":
        missing = _colon_missing_above(lines, mark.line, mark.column) if mark else None
        if missing is not None:
            return missing + 1, "invalid YAML: no ':' after the field name; write `field: value`"
        return line, (
            "invalid YAML: a ': ' inside a value (YAML reads it as a new field); put the whole"
            ' value in quotes, e.g. title: "Vote: the council splits"'
        )
    if problem.context and what.startswith("but "):  # "expected a document ..., but found ..."
        what = f"{problem.context}, {what}"
    elif (
        problem.context and problem.context_mark and mark and problem.context_mark.line != mark.line
    ):
        what += f" ({problem.context} that starts on line {problem.context_mark.line + 1})"
    return line, f"invalid YAML: {what}"


def _colon_missing_above(lines: list[str], line: int, column: int) -> int | None:
    """The line missing its ':' when a field (`key: value` alone on its line) is read as
    the end of the value above it: `- source cnn` then `  paragraphs: [1]`."""
    text = lines[line] if line < len(lines) else ""
    if ": " in text[:column] or text[:column].lstrip(" -").startswith(("'", '"')):
        return None  # a second ': ' on one line: a value that holds a colon
    above = next((n for n in range(line - 1, -1, -1) if lines[n].strip()), None)
    if above is None or ":" in lines[above] or lines[above].lstrip().startswith("#"):
        return None
    return above


_KEY_NOT_ENDED = (
    "could not find expected ':'",
    "did not find expected ',' or '}'",
    "did not find expected ',' or ']'",
)
"""What libyaml says when a key runs past MAX_KEY characters: it stops looking for the
key's ':' (and, in a {...} or [...], then meets it where a ',' should be)."""


def _key_before(lines: list[str], line: int, column: int) -> bool:
    """Whether the ':' at `column` of `line` ends a key longer than MAX_KEY."""
    text = lines[line] if line < len(lines) else ""
    if text[column : column + 1] != ":":
        return False
    return len(re.split(r"[,\[\]{}]", text[:column])[-1].strip(" -?")) > MAX_KEY


_STR_TAG = "tag:yaml.org,2002:str"
_KIND_TAGS = {
    yaml.ScalarNode: _STR_TAG,
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


def _value(
    path: Path, node: yaml.Node, at: FieldPath, lines: dict[FieldPath, int], seen: set[int]
) -> Any:
    """Plain Python values from YAML nodes, noting the line of every key and list item.
    An alias is the node it names met again: refused, so that no file expands into
    billions of values ("billion laughs")."""
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise _error(
            path,
            line,
            "invalid YAML: this value is used again through an alias (*name); "
            "aliases are not supported",
        )
    seen.add(id(node))
    if len(at) > MAX_DEPTH:
        raise _error(path, line, NESTED_TOO_DEEP)
    if node.tag != _KIND_TAGS[type(node)]:
        raise _error(path, line, f"invalid YAML: explicit tag '{node.tag}' is not supported")
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _key(path, key_node, at, lines, seen)
            key_line = key_node.start_mark.line + 1
            if key in out:
                first = lines[at + (key,)]
                raise _error(
                    path, key_line, f"invalid YAML: duplicate key '{key}' (first on line {first})"
                )
            lines[at + (key,)] = key_line
            out[key] = _value(path, value_node, at + (key,), lines, seen)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[at + (index,)] = item.start_mark.line + 1
            items.append(_value(path, item, at + (index,), lines, seen))
        return items
    assert isinstance(node, yaml.ScalarNode)
    if node.style:
        return node.value
    try:
        return _plain_scalar(node.value)
    except _NumberTooLong:
        raise _error(
            path,
            line,
            f"a number of more than {MAX_DIGITS} digits; quote it if it is text",
        ) from None


def _key(
    path: Path, node: yaml.Node, at: FieldPath, lines: dict[FieldPath, int], seen: set[int]
) -> str:
    """A mapping's key: a field name, so a scalar of at most MAX_KEY characters. A list
    or mapping as a key (`? [a]`, `{? {? x}}`) is refused before it is built: as text,
    nested keys double in size at every level."""
    if not isinstance(node, yaml.ScalarNode):
        kind = "list" if isinstance(node, yaml.SequenceNode) else "mapping"
        raise _error(
            path,
            node.start_mark.line + 1,
            f"invalid YAML: a {kind} as a field name; a field name is a plain word such as 'name'",
        )
    if len(node.value) > MAX_KEY:
        raise _error(path, node.start_mark.line + 1, KEY_TOO_LONG)
    return str(_value(path, node, at, lines, seen))


MAX_KEY = 1_024
"""The longest field name: libyaml reads no longer key unless it is marked with `?`."""
KEY_TOO_LONG = (
    f"invalid YAML: a field name longer than {MAX_KEY:,} characters; a field name is a plain"
    " word such as 'name'"
)


class _NumberTooLong(ValueError):
    pass


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
        if len(text.lstrip("+-")) > MAX_DIGITS:
            raise _NumberTooLong(text)
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
