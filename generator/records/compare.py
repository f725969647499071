"""What a change to the data does: records and quotes added, changed and removed between
two versions of data/ (a git ref and the working tree, or two commits), and the changes a
reader should have been told of."""

from __future__ import annotations

import copy
import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..run.errors import DataError, DataErrors, DiffError
from .explainer import Explainer
from .load import load_all
from .model import KINDS, TITLE_FIELDS, Claim, Dispute, Event, Record
from .validate import validate


@dataclass(frozen=True)
class RecordChange:
    status: str  # added, changed or removed
    kind: str
    id: str
    title: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteChange:
    status: str  # added or removed
    speaker: str
    text: str


@dataclass(frozen=True)
class ChangeSummary:
    records: list[RecordChange]
    quotes: list[QuoteChange]
    warnings: list[str] = field(default_factory=list)
    """Changes a reader should be told of, made without a note in the record's `changes`."""

    def count(self, status: str) -> int:
        return sum(change.status == status for change in self.records)


def load_at_ref(ref: str, data: Path) -> Explainer:
    """The validated data set as it was at a git ref (empty if data/ did not exist)."""
    top = _git(data, "rev-parse", "--show-toplevel")
    if top.returncode:
        raise DiffError(f"{data} is not in a git checkout")
    root = Path(top.stdout.decode().strip()).resolve()
    prefix = data.resolve().relative_to(root).as_posix()
    if _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode:
        raise DiffError(f"unknown git ref '{ref}'")
    if _git(root, "cat-file", "-e", f"{ref}:{prefix}").returncode:
        return Explainer()  # the ref has no data folder yet
    archive = _git(root, "archive", "--format=tar", ref, "--", prefix)
    if archive.returncode:
        raise DiffError(f"git archive failed: {archive.stderr.decode().strip()}")
    with tempfile.TemporaryDirectory(prefix="diff-") as temporary:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(temporary, filter=_links_lead_nowhere)
        try:
            return validate(load_all(Path(temporary) / prefix))
        except DataErrors as problem:
            shown = "\n".join(_at_ref(error, Path(temporary), ref) for error in problem.errors)
            raise DiffError(f"the data at '{ref}' is not valid:\n{shown}") from None


def _links_lead_nowhere(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
    """Extract a link as a link to nothing: the loader refuses it as it refuses a link in
    data/ (and follows none), where the data filter would stop at an absolute one."""
    if member.issym() or member.islnk():
        member = copy.copy(member)
        member.type, member.linkname = tarfile.SYMTYPE, ".link-not-followed"
    return tarfile.data_filter(member, path)


def _at_ref(error: DataError, copy: Path, ref: str) -> str:
    """A mistake in the ref's data, with every file named as git names it
    (REF:data/actors/x.yaml), not by the temporary copy read; one line, as `check` prints."""
    return str(error).replace(f"{copy}/", f"{ref}:").replace("\n", "\\n")


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True)


def compare(old: Explainer, new: Explainer) -> ChangeSummary:
    records = []
    for kind in KINDS:
        before, after = getattr(old, kind), getattr(new, kind)
        for record_id in sorted(before.keys() | after.keys()):
            change = _record_change(kind, before.get(record_id), after.get(record_id))
            if change:
                records.append(change)
    return ChangeSummary(records, _quote_changes(old, new), unannounced_changes(old, new))


def unannounced_changes(old: Explainer, new: Explainer) -> list[str]:
    """A warning for each record whose quotes, speakers, dates or citations changed (not
    only grew) with no new note in its `changes`: a correction must be said openly, and
    an update that is not one says so (`correction: false`)."""
    warnings = []
    for kind in KINDS:
        before, after = getattr(old, kind), getattr(new, kind)
        for record_id in sorted(before.keys() & after.keys()):
            was, now = before[record_id], after[record_id]
            what = _altered(was, now)
            if what and len(now.changes) <= len(was.changes):
                warnings.append(
                    f"{kind}/{record_id}: {', '.join(what)} changed with no note in `changes`;"
                    " add one (correction: true, or false for an update that corrects nothing)"
                )
    return warnings


def _altered(was: Record, now: Record) -> list[str]:
    """Which of a record's quotes, speakers, dates and citations were changed or removed."""
    found = []
    if _lost(_claims(was), _claims(now)):
        found.append("quotes or their speakers")
    if _dates(was) != _dates(now):  # as What changed says it: the days, or what they rest on
        same_days = all(
            getattr(_dates(was), f, None) == getattr(_dates(now), f, None)
            for f in ("date", "end", "precision")
        )
        found.append("the basis of the date" if same_days else "the date")
    if _lost(getattr(was, "cite", []), getattr(now, "cite", [])):
        found.append("citations")
    return found


def _lost(before: Any, after: Any) -> bool:
    before = before if isinstance(before, list) else [before]
    after = after if isinstance(after, list) else [after]
    return any(item not in after for item in before)


def _claims(record: Record) -> list[Claim]:
    if isinstance(record, Event):
        return list(record.quotes)
    if isinstance(record, Dispute):
        return [claim for position in record.positions for claim in position.claims]
    return []


def _dates(record: Record) -> object:
    if isinstance(record, Event):
        return record.when
    return getattr(record, "published", None)


def _record_change(kind: str, old: Record | None, new: Record | None) -> RecordChange | None:
    current = new or old
    assert current is not None, "a change has an old or a new record"
    title = getattr(current, TITLE_FIELDS[kind])
    if old is None or new is None:
        return RecordChange("added" if old is None else "removed", kind, current.id, title)
    fields = tuple(
        name for name in type(new).model_fields if getattr(old, name) != getattr(new, name)
    )
    return RecordChange("changed", kind, new.id, title, fields) if fields else None


def _quote_changes(old: Explainer, new: Explainer) -> list[QuoteChange]:
    def quotes(explainer: Explainer) -> dict[tuple[str, str], Claim]:
        return {
            (r.claim.speaker, r.claim.text): r.claim
            for r in explainer.claims
            if r.claim.kind == "quote"
        }

    before, after = quotes(old), quotes(new)
    names = {
        **{a.id: a.name for a in old.actors.values()},
        **{a.id: a.name for a in new.actors.values()},
    }
    added = [QuoteChange("added", names[s], t) for s, t in sorted(after.keys() - before.keys())]
    removed = [QuoteChange("removed", names[s], t) for s, t in sorted(before.keys() - after.keys())]
    return added + removed
