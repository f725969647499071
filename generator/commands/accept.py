"""`explainer accept DRAFTS_DIR`: the drafts an editor confirmed (their `draft` line
deleted), or all of them with `--all`, written into data/.

New records are copied as they are, comments included; updates of records data/ has
(updates/, quotes.yaml) are applied with ruamel.yaml's round trip, so an updated file
keeps its comments and layout. Everything is worked out and validated on a copy of data/
before anything is written: accept writes all of it, or nothing. What it wrote is removed
from the drafts; what it left is named, with why."""

from __future__ import annotations

import io
import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from ..records.gaps import find_gaps
from ..records.load import load_file, read_all
from ..records.validate import field_loc, validate
from ..run.errors import DataError, DataErrors, ExplainerError
from ..run.guard import refuse_link_on_the_way

log = logging.getLogger(__name__)
RECORD_KINDS = ("sources", "actors", "events", "disputes")


class AcceptError(ExplainerError):
    """The drafts cannot be accepted (no drafts folder, a record data/ has already, an
    update of a record data/ lacks)."""


@dataclass
class Accepted:
    """What accept does: data/ files to write (path -> text), and what it says of them."""

    files: dict[Path, str] = field(default_factory=dict)
    wrote: list[str] = field(default_factory=list)
    updated: dict[Path, list[str]] = field(default_factory=dict)
    left: list[str] = field(default_factory=list)
    todo: list[str] = field(default_factory=list)  # placeholders in what it writes
    done: list[Path] = field(default_factory=list)  # draft files to remove
    joins: list[tuple[Path, str, str]] = field(default_factory=list)  # draft, event, dispute
    made_by: dict[Path, list[Path]] = field(default_factory=dict)  # data/ file -> its drafts
    quotes_left: list[Any] | None = None  # quotes.yaml's items still to place


def _yaml() -> YAML:
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096  # never fold a line of an existing file
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def _load(path: Path) -> Any:
    try:
        return _yaml().load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as problem:
        raise AcceptError(
            f"{path}: cannot be read as YAML ({str(problem).splitlines()[0]})"
        ) from None


def _dump(value: Any) -> str:
    out = io.StringIO()
    _yaml().dump(value, out)
    return out.getvalue()


def round_trip() -> YAML:
    """The YAML reader and writer accept uses: a round trip that keeps comments and layout."""
    return _yaml()


def dumped(value: Any) -> str:
    """A value as accept writes it into data/."""
    return _dump(value)


def accept(drafts: Path, data: Path, everything: bool = False) -> Accepted:
    """Write the confirmed drafts (or all) into data/; say what was written and left."""
    if not drafts.is_dir():
        raise AcceptError(f"{drafts}: no drafts folder here")
    plan = Accepted()
    records: dict[Path, Any] = {}  # data/ files updated, as loaded
    for kind in RECORD_KINDS:
        for path in sorted((drafts / kind).glob("*.yaml")):
            _new_record(plan, path, data / kind / path.name, everything)
    for kind in ("events", "actors", "disputes", "sources"):
        for path in sorted((drafts / "updates" / kind).glob("*.yaml")):
            _update(plan, records, path, data, drafts, everything)
    for draft, event, dispute in plan.joins:  # an event's `bears_on`, chosen on review
        record = _record_at(records, plan, data / "disputes" / f"{dispute}.yaml", draft)
        events = record.setdefault("events", CommentedSeq())
        if event not in events:
            events.append(event)
            plan.updated.setdefault(data / "disputes" / f"{dispute}.yaml", []).append(
                f"event {event} added"
            )
    if (drafts / "quotes.yaml").is_file():
        _place_quotes(plan, records, drafts, data, everything)
    for path, record in records.items():
        plan.files[path] = _dump(record)
    _validated(plan, data)
    _write(plan, drafts)
    return plan


def _new_record(plan: Accepted, draft: Path, target: Path, everything: bool) -> None:
    text = draft.read_text(encoding="utf-8")
    record = _load(draft)
    mark = record.get("draft") if isinstance(record, dict) else None
    if mark and not everything:
        plan.left.append(f"{draft}: not confirmed (draft: {mark})")
        return
    if target.exists():
        raise AcceptError(f"{draft}: {target} exists already: give the draft another id")
    _joins(plan, draft, record, str(record.get("id") if isinstance(record, dict) else ""))
    # Without the draft's comments: ingest's evidence and instructions, said in REVIEW.md
    # too, would be stale in data/ (a note for readers goes in the record's `changes`).
    plan.files[target] = _dump(_plain(record)) if isinstance(record, dict) else text
    plan.made_by[target] = [draft]
    plan.wrote.append(str(target))
    plan.done.append(draft)


def _record_at(records: dict[Path, Any], plan: Accepted, path: Path, draft: Path) -> Any:
    """The data/ record to update: as updated so far, as a new draft wrote it, or read."""
    if path not in records:
        if path in plan.files:  # a record this run writes: update its text
            records[path] = _yaml().load(plan.files.pop(path))
        elif path.is_file():
            records[path] = _load(path)
        else:
            raise AcceptError(f"{draft}: {path} does not exist: nothing to update")
    made_by = plan.made_by.setdefault(path, [])
    if draft not in made_by:
        made_by.append(draft)
    return records[path]


def _update(
    plan: Accepted,
    records: dict[Path, Any],
    draft: Path,
    data: Path,
    drafts: Path,
    everything: bool,
) -> None:
    update = _load(draft)
    mark = update.get("draft")
    if mark and not everything:
        plan.left.append(f"{draft}: not confirmed (draft: {mark})")
        return
    target = data / f"{update['update']}.yaml"
    _joins(plan, draft, update, str(update["update"]).removeprefix("events/"))
    record = _record_at(records, plan, target, draft)
    said = plan.updated.setdefault(target, [])
    for citation in update.get("cite") or []:
        _cite(record, citation)
        said.append(f"cites {citation['source']} ¶{', ¶'.join(map(str, citation['paragraphs']))}")
    for key in ("title", "status", "when", "place", "summary"):
        if key in update:
            record[key] = _plain(update[key], _is_flow(record.get(key)))
            said.append(f"{key} is now {_short(update[key])}")
    for note in update.get("changes") or []:  # said openly on the record's page
        record.setdefault("changes", CommentedSeq()).append(_plain(note))
        said.append(f"a change noted: {note.get('note')}")
    if "when" in update and not update.get("changes"):
        plan.todo.append(
            f"{target}: its date changed with no note in `changes`: readers of a published"
            " page are owed one (a correction, or an update with news); `explainer diff"
            " REF --strict` refuses the change until it has one"
        )
    for alias in update.get("aliases") or []:
        record.setdefault("aliases", CommentedSeq()).append(alias)
        said.append(f"alias {alias!r} added")
    for relation in update.get("relations") or []:  # added on the review screen
        relations = record.setdefault("relations", CommentedSeq())
        if relation not in relations:
            relations.append(_plain(relation))
            said.append(f"relation {relation.get('type')} {relation.get('actor')} added")
    for uncited in update.get("uncited") or []:  # why a paragraph needs no citation
        paragraph = next(
            (p for p in record.get("paragraphs") or [] if p.get("n") == uncited.get("paragraph")),
            None,
        )
        if paragraph is None:
            raise AcceptError(f"{draft}: the source has no paragraph {uncited.get('paragraph')}")
        paragraph["uncited_reason"] = uncited.get("reason")
        said.append(f"¶{uncited.get('paragraph')} left uncited: {uncited.get('reason')}")
    for paragraph in update.get("paragraphs") or []:  # the outlet's later version
        set_paragraph(record, paragraph)
        said.append(f"¶{paragraph.get('n')} as the outlet's later version has it")
    for holder in update.get("holders") or []:  # added on the review screen
        positions = record.get("positions") or []
        n = holder.get("position")
        if not isinstance(n, int) or not 1 <= n <= len(positions):
            raise AcceptError(f"{draft}: the dispute has no position {n}")
        actors = positions[n - 1].setdefault("actors", CommentedSeq())
        if holder.get("actor") not in actors:
            actors.append(holder.get("actor"))
            said.append(f"{holder.get('actor')} added to positions[{n - 1}].actors")
    for event in update.get("events") or []:  # a dispute an accepted event bears on
        events = record.setdefault("events", CommentedSeq())
        if event not in events:
            events.append(event)
            said.append(f"event {event} added")
    if mark:
        _mark(record, f"update from {drafts.name}: {mark}")
    plan.done.append(draft)


def set_paragraph(source: Any, paragraph: Any) -> None:
    """A source's paragraph of that number given new words (its notes kept), or added: the
    outlet's later version, as accept writes it and the review screen shows it."""
    paragraphs = source.setdefault("paragraphs", CommentedSeq())
    same = next((p for p in paragraphs if p.get("n") == paragraph.get("n")), None)
    if same is None:
        paragraphs.append(_plain(paragraph))
        return
    same["text"] = paragraph.get("text")
    if paragraph.get("label"):
        same["label"] = paragraph["label"]


def _joins(plan: Accepted, draft: Path, record: Any, event: str) -> None:
    """An event draft's `bears_on: dispute:ID` (chosen on the review screen): no field of
    the event, but the dispute of data/ whose `events` it joins."""
    if not isinstance(record, dict) or "bears_on" not in record:
        return
    dispute = str(record.pop("bears_on") or "").removeprefix("dispute:")
    if dispute:
        plan.joins.append((draft, event, dispute))


def _plain(value: Any, flow: bool = False) -> Any:
    """A draft's value without the comments around it in the draft, as a block (or flow,
    to sit among flow-style values) mapping or list."""
    if isinstance(value, dict):
        out: Any = CommentedMap((k, _plain(v, flow)) for k, v in value.items())
    elif isinstance(value, list):
        out = CommentedSeq(_plain(v, flow) for v in value)
    else:
        return value
    if flow:
        out.fa.set_flow_style()
    return out


def _is_flow(value: Any) -> bool:
    return bool(getattr(value, "fa", None) is not None and value.fa.flow_style())


def _short(value: Any) -> str:
    if isinstance(value, str) and len(value) > 60:
        return f"“{value[:60]}…”"
    if isinstance(value, dict):
        return f"{value.get('date')} ({value.get('precision')}, “{value.get('basis')}”)"
    return str(value)


def _cite(record: Any, citation: Any) -> None:
    """Add a citation: to the same source's paragraphs, or as a new one."""
    cite = record.setdefault("cite", CommentedSeq())
    for old in cite:
        if old.get("source") == citation["source"]:
            paragraphs = old["paragraphs"]
            paragraphs.extend(n for n in citation["paragraphs"] if n not in paragraphs)
            return
    flow = _is_flow(cite) or any(_is_flow(old) for old in cite)
    cite.append(_plain(citation, flow))


def _mark(record: Any, mark: str) -> None:
    """Add to a record's draft mark (accept --all keeps every guess marked)."""
    old = record.get("draft")
    if not old:
        record.insert(1, "draft", mark)
    elif mark not in old:
        record["draft"] = f"{old}; {mark}"


def _place_quotes(
    plan: Accepted, records: dict[Path, Any], drafts: Path, data: Path, everything: bool
) -> None:
    path = drafts / "quotes.yaml"
    document = _load(path)
    items = document.get("quotes") or []
    kept = CommentedSeq()
    for n, item in enumerate(items, 1):
        why = _unplaceable(item, everything)
        if why:
            plan.left.append(f"{path}: quotes[{n - 1}] “{item['claim']['text'][:40]}”: {why}")
            kept.append(item)
            continue
        _place(plan, records, path, data, item)
    if len(kept) != len(items):  # something was placed: the file keeps only what was not
        plan.quotes_left = [CommentedMap(quotes=_plain(kept))] if kept else []


def _in_reading_order(claims: Any, claim: Any) -> None:
    """Add a claim after the last one of its article that the article reports no later
    (a claim added on the review screen after the others keeps the article's order), or
    last: the order of the others, an editor's, is kept."""
    source = (claim.get("cite") or {}).get("source")
    at = _first(claim)
    after = [
        n
        for n, other in enumerate(claims)
        if (other.get("cite") or {}).get("source") == source and _first(other) <= at
    ]
    same = [
        n for n, other in enumerate(claims) if (other.get("cite") or {}).get("source") == source
    ]
    if same and not after:
        claims.insert(same[0], claim)  # before the article's first, which it precedes
    elif after and after[-1] + 1 < len(claims):
        claims.insert(after[-1] + 1, claim)
    else:
        claims.append(claim)


def _first(claim: Any) -> int:
    paragraphs = (claim.get("cite") or {}).get("paragraphs") or [0]
    return min(paragraphs) if all(isinstance(n, int) for n in paragraphs) else 0


def _unplaceable(item: Any, everything: bool) -> str | None:
    if item.get("draft") and not everything:
        return f"not confirmed (draft: {item['draft']})"
    if str(item.get("to", "TODO")) == "TODO":
        return "no place: set `to`"
    if str(item["claim"].get("speaker", "TODO")) == "TODO":
        return "no speaker: set `claim.speaker`"
    return None


def _place(plan: Accepted, records: dict[Path, Any], path: Path, data: Path, item: Any) -> None:
    kind, _, rest = str(item["to"]).partition(":")
    record_id, _, position = rest.partition(":")
    if kind not in ("event", "dispute") or not record_id or (kind == "dispute") != bool(position):
        raise AcceptError(
            f"{path}: to: '{item['to']}' is no place: event:ID, or dispute:ID:N (its Nth position)"
        )
    target = data / f"{kind}s" / f"{record_id}.yaml"
    record = _record_at(records, plan, target, path)
    claim = _plain(item["claim"])
    said = "a paraphrase" if claim.get("kind") == "paraphrase" else "a quote"
    if kind == "event":
        claims, where = record.setdefault("quotes", CommentedSeq()), "quotes"
    else:
        positions = record.get("positions") or []
        if not position.isdigit() or not 1 <= int(position) <= len(positions):
            raise AcceptError(
                f"{path}: to: '{item['to']}': the dispute has {len(positions)} position(s)"
            )
        claims = positions[int(position) - 1].setdefault("claims", CommentedSeq())
        where = f"positions[{int(position) - 1}].claims"
    if any(_same_claim(claim, other) for other in claims):
        # an article ingested again drafts its quotations again (new user 13's twice)
        plan.updated.setdefault(target, []).append(f"{said} already in {where}: not added again")
        return
    _in_reading_order(claims, claim)
    if item.get("draft"):
        _mark(record, f"a quote placed by ingest: {item['draft']}")
    plan.updated.setdefault(target, []).append(f"{said} added to {where}")


def _same_claim(one: Any, other: Any) -> bool:
    """Whether two claims are one: the same speaker's same words from the same source."""

    def key(claim: Any) -> tuple[str, str, str]:
        source = str((claim.get("cite") or {}).get("source")) if isinstance(claim, dict) else ""
        words = " ".join(str(claim.get("text", "")).split()).casefold()
        return str(claim.get("speaker")), source, words

    return isinstance(other, dict) and key(one) == key(other)


def _validated(plan: Accepted, data: Path) -> None:
    """Raise the data errors data/ would have once written (in a copy): then nothing is."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "data"
        if data.is_dir():
            shutil.copytree(data, copy, symlinks=True)
        else:  # every record deleted (git removes the emptied folder): the first is written
            copy.mkdir()
        for path, text in plan.files.items():
            (copy / path.relative_to(data)).parent.mkdir(parents=True, exist_ok=True)
            (copy / path.relative_to(data)).write_text(text, encoding="utf-8")
        records, unreadable = read_all(copy)
        try:
            explainer = validate(records, unreadable=unreadable)
        except DataErrors as problem:
            raise DataErrors([_in_drafts(e, copy, data, plan) for e in problem.errors]) from None
        # Valid, yet still to be done: a TODO (a participant's role) written into data/
        # is said now, not first by the next `check`.
        for gap in find_gaps(explainer, copy, (), records):
            written = data / gap.file.relative_to(copy)
            if gap.kind == "placeholder" and written in plan.files:
                where = f"{written}:{gap.line}" if gap.line else str(written)
                plan.todo.append(f"{where}: {gap.message}")


def _in_drafts(error: DataError, copy: Path, data: Path, plan: Accepted) -> DataError:
    """A mistake of the copy of data/, named where the editor mends it: in the draft of a
    new record, at that draft's line (the copy holds it without comments, so its lines
    are not the draft's); in a data/ file the drafts update, at that file's line, with the
    drafts that change it. Never in the copy's folder (a message may name a file)."""
    written = data / error.file.relative_to(copy)
    message = error.message.replace(str(copy), str(data))
    drafts = plan.made_by.get(written)
    if not drafts:
        return DataError(written, error.line, error.field, message)
    kind = written.parent.name
    if written.is_file():
        line, _ = _line_in(written, kind, error.field)
        changed_by = ", ".join(map(str, drafts))
        return DataError(
            written, line or error.line, error.field, f"{message} (once {changed_by} is applied)"
        )
    draft, *more = drafts
    line, there = _line_in(draft, kind, error.field)
    if not there and more:  # a field another draft adds (a quote placed from quotes.yaml)
        message += f" (in what {', '.join(map(str, more))} adds to it)"
    return DataError(draft, line, error.field, message)


def _line_in(path: Path, kind: str, field: str) -> tuple[int, bool]:
    """The line of `field` in a record file, or of the nearest field holding it, and
    whether the file has the field itself; (0, False) if it cannot be read as a record."""
    try:
        record = load_file(kind, path)
    except DataErrors:
        return 0, False
    loc = field_loc(field)
    return (record.line_of(loc) if loc else 0), loc in record.lines


def _write(plan: Accepted, drafts: Path) -> None:
    for path, text in plan.files.items():
        refuse_link_on_the_way(path, path.parents[1])
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.accept")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    for draft in plan.done:
        draft.unlink()
    for folder in sorted({d.parent for d in plan.done}, key=lambda f: -len(f.parts)):
        for empty in (folder, folder.parent):  # updates/events/, then updates/
            if empty != drafts and empty.is_dir() and not any(empty.iterdir()):
                empty.rmdir()
    quotes = drafts / "quotes.yaml"
    if plan.quotes_left:
        quotes.write_text(QUOTES_LEFT + _dump(plan.quotes_left[0]), encoding="utf-8")
    elif plan.quotes_left is not None:
        quotes.unlink(missing_ok=True)  # every quotation placed: none may be placed twice
    finish(drafts)


def finish(drafts: Path) -> bool:
    """Remove a draft set nothing is left in: its REVIEW.md (ingest's list of what it
    drafted) and its empty folders; any other file keeps it. Whether it was removed."""
    if drafts.is_symlink() or not drafts.is_dir():
        return False
    files = [p for p in drafts.rglob("*") if not p.is_dir()]
    if any(p != drafts / "REVIEW.md" or p.is_symlink() for p in files):
        return False
    for path in files:
        path.unlink()
    for folder in sorted((p for p in drafts.rglob("*") if p.is_dir()), key=lambda f: -len(f.parts)):
        folder.rmdir()
    drafts.rmdir()
    return True


QUOTES_LEFT = (
    "# The quotations `explainer accept` has not placed yet: set `to` (event:ID, or\n"
    "# dispute:ID:N for its Nth position; `places` are the suggestions, best first), check\n"
    "# the speaker, then delete the `draft` line.\n"
)


def report(plan: Accepted, drafts: Path) -> list[str]:
    """What accept wrote, updated and left, one line each, then a count."""
    updated = {str(path): said for path, said in plan.updated.items()}
    lines = [
        f"wrote {path}" + (f": {'; '.join(updated[path])}" if path in updated else "")
        for path in plan.wrote
    ]
    lines += [
        f"updated {path}: {'; '.join(said)}"
        for path, said in updated.items()
        if path not in plan.wrote
    ]
    lines += [f"left {line}" for line in plan.left]
    lines += [f"to do {line}" for line in plan.todo]
    lines.append(
        f"{len(plan.wrote)} written, {len(updated.keys() - set(plan.wrote))} updated,"
        f" {len(plan.left)} left in {drafts}"
        + ("" if drafts.exists() else " (nothing is left: the folder is removed)")
    )
    return lines
