"""Stage 2, validate: raw records -> typed records, every mistake collected and located."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

from ..run.errors import DataError, DataErrors
from ..run.memo import Memo
from ..text.names import same_name_key
from ..text.quoting import closest_passage, comparable
from .explainer import Explainer
from .load import FieldPath, ImpossibleDate, RawRecord
from .model import (
    ID_PATTERN,
    KINDS,
    REFERENCES,
    RESERVED_IDS,
    URL_PATTERN,
    WINDOWS_NAMES,
    Actor,
    Citation,
    Claim,
    Event,
    Record,
    Source,
    models_in,
    walk,
)

Problem = tuple[FieldPath, str]
"""A mistake inside one record: where (field path) and what."""


def validate(
    raw_records: list[RawRecord],
    memo: Memo | None = None,
    unreadable: tuple[DataError, ...] | list[DataError] = (),
) -> Explainer:
    """Check every field and reference; raise DataErrors with all mistakes at once, with
    those of the files that could not be read (`unreadable`, from load.read_all).
    `memo` keeps what is derived from each record for the stages after this one, and for
    the next run of a long-lived process (speedups.py)."""
    memo = memo or Memo()
    errors: list[DataError] = list(unreadable)
    typed: dict[str, dict[str, tuple[RawRecord, Record]]] = {kind: {} for kind in KINDS}
    broken: list[RawRecord] = []
    for raw in raw_records:
        record, problems = memo(parse_record, raw, raw.path)
        errors += [_locate(raw, loc, message) for loc, message in problems]
        if record is not None:
            errors += _register(typed[raw.kind], raw, record)
        elif isinstance(raw.data, dict):
            broken.append(raw)
    by_kind: dict[str, Any] = {
        kind: {i: rec for i, (_, rec) in recs.items()} for kind, recs in typed.items()
    }
    errors += _same_names(typed["actors"])
    errors += _same_addresses(typed["sources"])
    explainer = Explainer(**by_kind, memo=memo)
    # A reference to a file that exists but is broken is not reported again: its own
    # errors say what is wrong.
    present = {kind: {raw.path.stem for raw in raw_records if raw.kind == kind} for kind in KINDS}
    for error in unreadable:  # files that exist but could not be read: named, not unknown
        if error.file.parent.name in present:
            present[error.file.parent.name].add(error.file.stem)
    for records in typed.values():
        for raw, record in records.values():
            problems = check_references(record, explainer, present)
            errors += [_locate(raw, loc, message) for loc, message in problems]
    for raw in broken:  # a record that could not be built: check the parts that could
        for loc, part in _valid_parts(KINDS[raw.kind], raw.data, ()):
            problems = _check_part(loc, part, explainer, present)
            errors += [_locate(raw, where, message) for where, message in problems]
    if errors:
        raise DataErrors(errors)
    return explainer


def _valid_parts(
    model: type[BaseModel], data: Any, at: FieldPath
) -> Iterator[tuple[FieldPath, Any]]:
    """The nested values of a record that fails validation which are valid on their own (a
    citation, a claim, a date), with their field paths: a mistake elsewhere in the file
    should hide no mistake in them."""
    if not isinstance(data, dict):
        return
    for name, info in model.model_fields.items():
        for nested in models_in(info.annotation):
            value = data.get(name)
            items = enumerate(value) if isinstance(value, list) else [(None, value)]
            for index, item in items:
                loc = at + (name,) if index is None else at + (name, index)
                try:
                    yield loc, nested.model_validate(item)
                except ValidationError:
                    yield from _valid_parts(nested, item, loc)


def _check_part(
    at: FieldPath, part: Any, explainer: Explainer, present: dict[str, set[str]]
) -> list[Problem]:
    """check_references' checks on one valid part of a broken record."""
    return [
        problem
        for loc, value in walk(part, at)
        for problem in _check_value(loc, value, _quote_of(value), explainer, present)
    ]


def parse_record(raw: RawRecord) -> tuple[Record | None, list[Problem]]:
    """Build the typed record, or explain field by field why it cannot be built."""
    model = KINDS[raw.kind]
    try:
        record = model.model_validate(raw.data)
    except ValidationError as invalid:
        return None, [(tuple(e["loc"]), describe(e, model)) for e in invalid.errors()]
    if record.id != raw.path.stem:
        return record, [
            (("id",), f"must match the file name '{raw.path.stem}', found '{record.id}'")
        ]
    if record.id in RESERVED_IDS:
        return None, [
            (
                ("id",),
                f"'{record.id}' is the name of a section's index page: rename the file and its id",
            )
        ]
    if record.id in WINDOWS_NAMES:
        return None, [
            (
                ("id",),
                (
                    f"'{record.id}' is a file name Windows reserves (the offline copy could not"
                    " be unpacked there): rename the file and its id"
                ),
            )
        ]
    return record, []


def _register(
    records: dict[str, tuple[RawRecord, Record]], raw: RawRecord, record: Record
) -> list[DataError]:
    """Add a record under its id, refusing a second record that would write the same page."""
    if record.id in records:
        first = records[record.id][0]
        return [_locate(raw, ("id",), f"duplicate id '{record.id}', already used by {first.path}")]
    records[record.id] = (raw, record)
    return []


def _same_names(actors: dict[str, tuple[RawRecord, Record]]) -> list[DataError]:
    """Two actors whose names look the same (after NFKC, case folding and invisible
    characters removed): a reader cannot tell them apart, in search or on a page."""
    return _alike(actors, "name", lambda a: same_name_key(a.name), "looks the same as the name of")


def _same_addresses(sources: dict[str, tuple[RawRecord, Record]]) -> list[DataError]:
    """Two sources at one address: one article recorded twice (new user 12's corrected
    version accepted as a second source), whose citations split between the two. An
    outlet's later version updates its one record."""

    def address(source: Any) -> str | None:
        url = source.url
        return re.sub(r"#.*$|/+$", "", url.strip()).casefold() if url else None

    return _alike(sources, "url", address, "the same address as", ": one article is one source")


def _alike(
    records: dict[str, tuple[RawRecord, Record]],
    field: str,
    key_of: Callable[[Any], str | None],
    said: str,
    why: str = "",
) -> list[DataError]:
    """Two records whose `field` is the same by `key_of` (None: not compared): an error on
    each, naming the other."""
    first: dict[str, RawRecord] = {}
    errors = []
    for raw, record in records.values():
        key = key_of(record)
        if key is None:
            continue
        if key in first:
            other = first[key]
            errors += [
                _locate(raw, (field,), f"{said} {other.path}{why}"),
                _locate(other, (field,), f"{said} {raw.path}{why}"),
            ]
        else:
            first[key] = raw
    return errors


def describe(error: Any, model: type[BaseModel]) -> str:
    """Turn one pydantic error into 'expected ..., found ...' words for editors."""
    kind, found = error["type"], error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return _unknown_field(error["loc"], model, found)
    if isinstance(found, ImpossibleDate):
        return (
            f"expected a real date (YYYY-MM-DD), found '{found}', which is no day of the calendar"
        )
    if kind == "date_type" and isinstance(found, str) and _DATE.fullmatch(found):
        return f"expected a date, found the text '{found}': remove the quotes to make it a date"
    if kind == "string_type" and isinstance(found, (int, float, dt.date)):
        # YAML read an unquoted `2011-09-16` or `1e3` as a date or a number.
        return f"expected text, found {_show(found)}: put it in quotes to make it text"
    if kind == "string_pattern_mismatch":
        rule = _PATTERN_RULES.get(error.get("ctx", {}).get("pattern", ""))
        if rule:
            return f"expected {rule}, found {_show(found)}"
    expected = _EXPECTED.get(kind, "").format(**error.get("ctx", {})) or None
    if expected is None:
        message = error["msg"]
        expected = message[0].lower() + message[1:]
        expected = expected.removeprefix("value error, ").removeprefix("input should be ")
        if kind == "value_error":
            return expected
    return f"expected {expected}, found {_show(found)}"


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A date in quotes, which YAML reads as text."""

_PATTERN_RULES = {
    ID_PATTERN: "an id: lower-case letters, digits and single hyphens, e.g. 'ana-lindqvist'",
    URL_PATTERN: "an address starting with http:// or https://",
    r"\S": "text with at least one character that is not a space",
}
"""What each pattern of the schema asks for, in words."""

_EXPECTED = {
    "string_type": "text",
    "string_too_short": "non-empty text",
    "string_too_long": "text of at most {max_length:,} characters",
    "string_pattern_mismatch": "text matching the format (see the data-format page)",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "date_type": "a date written YYYY-MM-DD",
    "list_type": "a list",
    "model_type": "a mapping of fields",
    "dict_type": "a mapping of fields",
    "too_short": "at least one item",
    "greater_than_equal": "a number of 1 or more",
}


def _show(value: Any) -> str:
    names = {bool: "boolean", int: "number", float: "number", list: "list", dict: "mapping"}
    if value is None:
        return "nothing (empty value)"
    if isinstance(value, str):
        return repr(value) if len(value) <= 80 else f"{value[:60]!r}… ({len(value):,} characters)"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if type(value) in names:
        shown = repr(value) if not isinstance(value, (list, dict)) else ""
        return f"{names[type(value)]} {shown}".strip()
    return f"{type(value).__name__} {value!r}"


def _unknown_field(loc: tuple[Any, ...], model: type[BaseModel], value: Any) -> str:
    """Name the unknown field and suggest the allowed one it was probably meant to be."""
    allowed = list(_model_at(model, loc[:-1]).model_fields)
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    if value is None and len(loc) > 1:  # `{role: a, b}` reads `b` as a field with no value
        hint = "; a comma inside {...} starts a new field: put the value in quotes"
    return f"unknown field (allowed: {', '.join(allowed)}){hint}"


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel]:
    """The nested model class that a field path points into."""
    for step in loc:
        if isinstance(step, int) or step not in model.model_fields:
            continue  # an item of a list, or the key of a mapping (a translation's language)
        annotation = model.model_fields[step].annotation
        model = next(models_in(annotation), model)
    return model


def check_references(
    record: Record, explainer: Explainer, present: dict[str, set[str]]
) -> list[Problem]:
    """Every id a record names must exist; every citation and quote must match its source.

    `present` holds the ids of every record file found, valid or not."""
    problems: list[Problem] = []
    for loc, value, quote in explainer.memo(_checked_values, record, (type(record), record.id)):
        problems += _check_value(loc, value, quote, explainer, present)
    problems += _check_affiliation_cycle(record, explainer)
    problems += _check_dated_by_cycle(record, explainer)
    problems += _check_self_relations(record)
    problems += _check_paragraph_numbers(record)
    problems += _check_participants_once(record)
    return problems


def _check_value(
    loc: FieldPath,
    value: Any,
    quote: str | None,
    explainer: Explainer,
    present: dict[str, set[str]],
) -> list[Problem]:
    """The ids a value names exist; a citation's paragraphs and a quote's words are in
    its source."""
    if isinstance(value, Citation):  # its source id is checked with the paragraph numbers
        return _check_citation(loc, value, explainer, present)
    problems = _check_quote(loc, value, quote, explainer) if quote is not None else []
    for name, kind in REFERENCES.get(type(value), ()):
        if getattr(value, name) is not None:  # an optional reference left out
            problems += _check_ids(loc + (name,), getattr(value, name), present[kind], kind)
    return problems


def _quote_of(value: Any) -> str | None:
    """A quote's text as matched against its source; None for anything else."""
    return comparable(value.text) if isinstance(value, Claim) and value.kind == "quote" else None


def _checked_values(record: Record) -> list[tuple[FieldPath, Any, str | None]]:
    """The values inside a record that check_references looks at, found once per record,
    each with its quote's text as matched against the source (None if not a quote)."""
    return [
        (loc, value, _quote_of(value))
        for loc, value in walk(record)
        if isinstance(value, (Citation, Claim)) or type(value) in REFERENCES
    ]


def _check_ids(loc: FieldPath, ids: str | list[str], known: set[str], kind: str) -> list[Problem]:
    if isinstance(ids, str):
        return _unknown(loc, ids, known, kind)
    return [p for i, one in enumerate(ids) for p in _unknown(loc + (i,), one, known, kind)]


def _unknown(loc: FieldPath, ref: str, known: set[str], kind: str) -> list[Problem]:
    if ref in known:
        return []
    close = difflib.get_close_matches(ref, sorted(known), n=3)
    hint = (
        f" (did you mean: {', '.join(close)}?)"
        if close
        else f" (no such file data/{kind}/{ref}.yaml)"
    )
    return [(loc, f"unknown {kind[:-1]} '{ref}'{hint}")]


def _check_citation(
    loc: FieldPath, citation: Citation, explainer: Explainer, present: dict[str, set[str]]
) -> list[Problem]:
    source = explainer.sources.get(citation.source)
    if source is None:  # unknown, or present but invalid (reported in its own file)
        return _unknown(loc + ("source",), citation.source, present["sources"], "sources")
    count = len(source.paragraphs)
    return [
        (
            loc + ("paragraphs", i),
            f"paragraph {n} is out of range: source '{source.id}' has paragraphs 1-{count}",
        )
        for i, n in enumerate(citation.paragraphs)
        if n > count
    ]


def _check_quote(loc: FieldPath, claim: Claim, quote: str, explainer: Explainer) -> list[Problem]:
    source = explainer.sources.get(claim.cite.source)
    if source is None or any(n > len(source.paragraphs) for n in claim.cite.paragraphs):
        return []  # already reported as a citation problem
    paragraphs = explainer.memo(_normalised_paragraphs, source, source.id)
    if any(quote in paragraphs[n - 1] for n in claim.cite.paragraphs):
        return []
    cited = ", ".join(str(n) for n in claim.cite.paragraphs)
    closest = closest_passage(quote, [source.paragraphs[n - 1].text for n in claim.cite.paragraphs])
    shown = (
        f"the closest passage, first difference in brackets: {closest}"
        if closest
        else "it is too different from the paragraph to show a closest passage"
    )
    return [
        (
            loc + ("text",),
            f"quote not found verbatim in source '{source.id}' paragraph {cited}; {shown}",
        )
    ]


def _normalised_paragraphs(source: Source) -> list[str]:
    return [comparable(paragraph.text) for paragraph in source.paragraphs]


def _check_affiliation_cycle(record: Record, explainer: Explainer) -> list[Problem]:
    """An actor may not belong to itself, directly or through others."""
    if not isinstance(record, Actor):
        return []
    stack, seen = [(record.id, [record.id])], set()
    while stack:
        current, chain = stack.pop()
        for parent in getattr(explainer.actors.get(current), "affiliations", []):
            if parent == record.id:
                return [(("affiliations",), f"affiliation cycle: {' -> '.join(chain + [parent])}")]
            if parent not in seen:
                seen.add(parent)
                stack.append((parent, chain + [parent]))
    return []


def _check_dated_by_cycle(record: Record, explainer: Explainer) -> list[Problem]:
    """An event may not be dated by itself, directly or through others (`relative_to`):
    its date would rest on nothing."""
    if not isinstance(record, Event):
        return []
    chain, current = [record.id], record.when.relative_to
    while current is not None and current not in chain[1:]:
        chain.append(current)
        if current == record.id:
            if len(chain) == 2:
                return [
                    (("when", "relative_to"), f"an event cannot be dated by itself ('{record.id}')")
                ]
            return [(("when", "relative_to"), f"dated-by cycle: {' -> '.join(chain)}")]
        other = explainer.events.get(current)
        current = other.when.relative_to if other is not None else None
    return []


def _check_self_relations(record: Record) -> list[Problem]:
    if not isinstance(record, Actor):
        return []
    return [
        (("relations", i, "actor"), f"an actor cannot have a relation with itself ('{record.id}')")
        for i, relation in enumerate(record.relations)
        if relation.actor == record.id
    ]


def _check_participants_once(record: Record) -> list[Problem]:
    """Each actor takes part in an event once, with all its roles in one entry (twice, the
    page would list them twice)."""
    if not isinstance(record, Event):
        return []
    first: dict[str, int] = {}
    problems: list[Problem] = []
    for i, participant in enumerate(record.participants):
        if participant.actor in first:
            again = f"participants[{first[participant.actor]}]"
            message = f"'{participant.actor}' takes part already ({again}): give it one entry"
            problems.append((("participants", i, "actor"), message + " with both roles"))
        first.setdefault(participant.actor, i)
    return problems


def _check_paragraph_numbers(record: Record) -> list[Problem]:
    if not isinstance(record, Source):
        return []
    return [
        (("paragraphs", i, "n"), f"expected paragraph number {i + 1}, found {p.n}")
        for i, p in enumerate(record.paragraphs)
        if p.n != i + 1
    ]


def _locate(raw: RawRecord, loc: FieldPath, message: str) -> DataError:
    return DataError(raw.path, raw.line_of(loc), field_path(loc), message)


def field_path(loc: FieldPath) -> str:
    """('positions', 0, 'claims', 1, 'text') -> 'positions[0].claims[1].text'."""
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def field_loc(path: str) -> FieldPath:
    """'positions[0].claims[1].text' -> ('positions', 0, 'claims', 1, 'text'): field_path
    read back."""
    return tuple(int(index) if index else name for name, index in FIELD_STEP.findall(path))


FIELD_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
