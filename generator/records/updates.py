"""What changed in the explainer, commit by commit, in a reader's words: "Added Ana
Lindqvist; The council votes: date changed; New source: Test Wire, 30 September 2011".

Built from the record-level diff (diff.py) of each commit that changed data/ against its
parent. A commit whose parent is not in a shallow clone, or whose data was not valid, is
left out: what it changed cannot be told.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..run.errors import DiffError
from ..run.guard import UnsafePathError, read_regular, refuse_link_on_the_way
from .compare import RecordChange, compare, load_at_ref
from .examples import from_starter
from .explainer import Explainer
from .history import Commit, History
from .model import KINDS, TITLE_FIELDS, ChangeNote, Record, Source

log = logging.getLogger(__name__)

MAX_UPDATES = 50
"""The most recent commits listed: older ones stay in git."""


def N_(message: str) -> str:
    """Marks a message for the site's catalogs (site/i18n.py), which translate it where a
    page shows it; here it is the English wording."""
    return message


ADDED = {
    "actors": N_("Added {title}"),
    "events": N_("New event: {title}"),
    "disputes": N_("New question: {title}"),
    "sources": N_("New source: {title}, {date}"),
}
"""How a new record is announced, by kind."""
REMOVED = {
    "actors": N_("Removed an actor"),
    "events": N_("Removed an event"),
    "disputes": N_("Removed a question"),
    "sources": N_("Removed a source"),
}
"""How a removal is announced: by kind, never by name. A record an editor took down (a
name published in error, a private person) is not published again by What changed."""
CHANGED = N_("{title}: {what}")
CORRECTION = N_("correction: {note}")


@dataclass(frozen=True)
class Item:
    """One change to one record: what happened to it (`action`: added, removed, changed,
    noted) and in which words. The words are English messages (`text`); a page says them
    in its language (site/pages/changes.py)."""

    kind: str
    id: str
    title: str
    action: str
    what: tuple[str, ...] = ()
    """changed: the messages of FIELD_WORDS, one per kind of change; noted: the note."""
    published: str = ""
    """A new source's publication date (ISO)."""
    correction: bool = False

    @property
    def removed(self) -> bool:
        return self.action == "removed"

    @property
    def message(self) -> str:
        """The message saying it, with {title}, {date} or {what} to fill in."""
        if self.action == "added":
            return ADDED[self.kind]
        return REMOVED[self.kind] if self.removed else CHANGED

    @property
    def text(self) -> str:
        """'Added Ana Lindqvist', 'The council votes: date changed' (in English)."""
        published = dt.date.fromisoformat(self.published) if self.published else None
        date = f"{published.day} {published:%B %Y}" if published else ""
        return self.message.format(title=self.title, date=date, what=self.what_text)

    @property
    def what_text(self) -> str:
        """What happened to the record, without its name: 'date changed', 'added'."""
        if self.action == "noted":
            return CORRECTION.format(note=self.what[0]) if self.correction else self.what[0]
        if self.action == "changed":
            return ", ".join(self.what)
        return self.action


@dataclass(frozen=True)
class Update:
    """One commit's changes to the data."""

    commit: str
    time: dt.datetime
    items: tuple[Item, ...]

    @property
    def summary(self) -> str:
        return "; ".join(item.text for item in self.items)


@dataclass(frozen=True)
class Chronicle:
    """The explainer over time, as its pages show it: each record file's dates, and the
    updates newest first."""

    history: History = field(default_factory=History)
    updates: tuple[Update, ...] = ()


def read_updates(
    history: History, data: Path, cache: Path | None = None, limit: int = MAX_UPDATES
) -> list[Update]:
    """The explainer's updates, newest first, from the commits in `history`. A commit's
    update never changes, so each is worked out once and kept in `cache` (a JSON file)."""
    kept = _read_cache(cache)
    trees: dict[str, Explainer] = {}  # the data at a tree of data/: two at a time
    found = []
    for commit in history.commits[:limit]:
        if not history.complete(commit):
            continue
        if commit.id not in kept:
            kept[commit.id] = _items(commit, data, trees)
        # corrections first: a feed's title and What changed show what was wrong first
        items = sorted(kept[commit.id], key=lambda item: not item.correction)
        if items:
            found.append(Update(commit.id, commit.time, tuple(items)))
    _write_cache(cache, kept)
    return found


def _items(commit: Commit, data: Path, trees: dict[str, Explainer]) -> list[Item]:
    try:
        old = _data_at(data, commit.parents[0], trees) if commit.parents else Explainer()
        new = _data_at(data, commit.id, trees)
    except DiffError as problem:
        log.info("What changed: commit %s left out (%s)", commit.id[:12], problem)
        return []
    return [
        item
        for change in compare(old, new).records
        if not from_starter(change.id)  # the made-up story's arrival and removal: no news
        for item in describe(change, old, new)
    ]


def _data_at(data: Path, ref: str, trees: dict[str, Explainer]) -> Explainer:
    if ref not in trees:
        if len(trees) >= 2:
            del trees[next(iter(trees))]
        trees[ref] = load_at_ref(ref, data)
    return trees[ref]


def as_published(updates: tuple[Update, ...], explainer: Explainer) -> list[Update]:
    """The updates as What changed and the feeds publish them, by the data as it is now:
    each record under its name now (a name corrected since is not published again in its
    old words) and, of a record since removed, only its removal ("Removed an actor"). An
    update left with nothing to say is left out."""
    published = []
    for update in updates:
        items = []
        for item in update.items:
            record = getattr(explainer, item.kind, {}).get(item.id)
            if item.removed:
                items.append(item)
            elif record is not None:
                added = isinstance(record, Source) and item.action == "added"
                title = record.outlet if added and isinstance(record, Source) else _title(record)
                items.append(dataclasses.replace(item, title=title))
        if items:
            published.append(dataclasses.replace(update, items=tuple(items)))
    return published


def _read_cache(cache: Path | None) -> dict[str, list[Item]]:
    if cache is None:
        return {}
    try:
        stored = json.loads(read_regular(cache, MAX_CACHE_BYTES))
        if stored.get("code") != _code():
            return {}
        return {
            c: [Item(**{**item, "what": tuple(item["what"])}) for item in items]
            for c, items in stored["commits"].items()
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return {}


def _write_cache(cache: Path | None, kept: dict[str, list[Item]]) -> None:
    if cache is None:
        return
    commits = {c: [dataclasses.asdict(item) for item in items] for c, items in kept.items()}
    try:
        refuse_link_on_the_way(cache, cache.parent)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({"code": _code(), "commits": commits}), encoding="utf-8")
    except (OSError, UnsafePathError) as problem:
        log.warning("Could not keep the updates in %s (%s)", cache, problem)


MAX_CACHE_BYTES = 50_000_000


@functools.cache
def _code() -> str:
    """This module's own code: wording made by other code is made again."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def describe(change: RecordChange, old: Explainer, new: Explainer) -> list[Item]:
    """The reader's words for one record's change; a new change note speaks for itself."""
    before = getattr(old, change.kind).get(change.id)
    after = getattr(new, change.kind).get(change.id)
    if change.status == "added":
        return [_added(after)]
    if change.status == "removed":
        return [Item(change.kind, change.id, "", "removed")]  # its name is not kept
    title = _title(after)
    notes = _new_notes(before, after)
    if notes:
        return [
            Item(change.kind, change.id, title, "noted", (n.note,), correction=n.correction)
            for n in notes
        ]
    what = tuple(dict.fromkeys(_field_words(name, before, after) for name in change.fields))
    return [Item(change.kind, change.id, title, "changed", what)]


def _field_words(name: str, before: Record, after: Record) -> str:
    """How a reader is told the field changed: a date whose day and precision stay is
    not said to have changed (only the words it rests on did), nor an article's text when
    only the editor's notes on its paragraphs did."""
    if name == "when":
        old, new = getattr(before, "when", None), getattr(after, "when", None)
        same = ("date", "end", "precision")
        if old and new and all(getattr(old, f) == getattr(new, f) for f in same):
            return N_("basis of the date changed")
    if name == "paragraphs":
        texts = [[p.text for p in getattr(r, "paragraphs", [])] for r in (before, after)]
        if texts[0] == texts[1]:  # an uncited reason or a label: the outlet's text is as it was
            return N_("editor's notes on the text changed")
    if name == "status" and (status := getattr(after, "status", None)) in STATUS_WORDS:
        return STATUS_WORDS[status]
    return FIELD_WORDS.get(name, N_("updated"))


STATUS_WORDS = {
    "happened": N_("reported as happened"),
    "scheduled": N_("scheduled"),
    "postponed": N_("postponed"),
    "cancelled": N_("called off"),
}
"""An event's new status, as What changed says it ('Board votes on the plan: postponed')."""


FIELD_WORDS = {
    "when": N_("date changed"),
    "status": N_("status changed"),
    "cite": N_("citations changed"),
    "quotes": N_("quotes changed"),
    "positions": N_("positions changed"),
    "participants": N_("participants changed"),
    "name": N_("renamed"),
    "question": N_("question reworded"),
    "title": N_("retitled"),
    "headline": N_("headline changed"),
    "aliases": N_("other names changed"),
    "role": N_("role changed"),
    "summary": N_("summary revised"),
    "description": N_("description revised"),
    "relations": N_("relations changed"),
    "paragraphs": N_("text changed"),
    "events": N_("events changed"),
    "name_note": N_("note on the name changed"),
    "affiliations": N_("affiliations changed"),
    "kind": N_("kind changed"),
    "place": N_("place changed"),
    "outlet": N_("outlet changed"),
    "wire": N_("news agency changed"),
    "published": N_("publication date changed"),
    "dateline": N_("dateline changed"),
    "authors": N_("authors changed"),
    "url": N_("address changed"),
    "offline": N_("address changed"),
    "licence": N_("rights changed"),
    "republish": N_("rights changed"),
    "changes": N_("change notes edited"),
    "translations": N_("translations changed"),
}
"""How a reader is told that a field changed (any other field: 'updated')."""


def _added(record: Record) -> Item:
    if isinstance(record, Source):
        published = record.published.isoformat()
        return Item("sources", record.id, record.outlet, "added", published=published)
    return Item(_kind(record), record.id, _title(record), "added")


def _new_notes(before: Record, after: Record) -> list[ChangeNote]:
    return [note for note in after.changes if note not in before.changes]


def _title(record: Record) -> str:
    return str(getattr(record, TITLE_FIELDS[_kind(record)]))


_KIND_OF = {model: kind for kind, model in KINDS.items()}


def _kind(record: Record) -> str:
    return _KIND_OF[type(record)]
