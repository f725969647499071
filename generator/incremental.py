"""Regenerating after an edit: which record pages can show the records that changed.

A record page shows the record itself, the records its data names and the records that
name it, and one step further: an actor's timeline lists the disputes of its events, a
dispute's timeline the participants of its events. So an edit can change only the pages
of records within two steps of it in the reference graph, taken both before and after
the edit; an edit to a field that only its own page shows (OWN_PAGE_FIELDS) stops there.
Two things reach every page: the actors' names and aliases (prose on any page
may link them) and the generator's own code; a change to either renders everything.
Open-data files are always rendered again, index and report pages unless the edit was
only to OWN_PAGE_FIELDS.

The state of the last run (parsed files, reference graph, actor names) is kept in
docs/.generated.state, next to the manifest; MkDocs ignores dotfiles.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .explainer import Explainer
from .load import ParseCache

STATE = ".generated.state"
Key = tuple[str, str]
"""A record as (kind, id), e.g. ('actors', 'ashfaq-kayani')."""
REACH = 2
"""How many steps in the reference graph a record's page shows (see above)."""
OWN_PAGE_FIELDS: dict[str, set[str]] = {"actors": {"description"}, "events": {"summary"}, "disputes": {"summary"}}
"""Fields shown only on their record's own page and in the open data: an edit to these
alone renders that page and the open-data files, no other record's page and no index.
The most common edit, to a text, then renders one page instead of hundreds at 10,000
records. tests/test_incremental.py edits each of them and compares with a full render."""


@dataclass(frozen=True)
class State:
    """What the next run needs to know about this one."""

    code: str
    parsed: ParseCache
    references: dict[Key, set[Key]]
    actor_names: dict[str, tuple[str, ...]]


class StateStore:
    """Where the last run's state is kept: docs/.generated.state, read at the start of a
    run and written at its end. A long-lived process (`make serve`) keeps it in memory
    instead and writes the file once, at close: unpickling and pickling it took about
    1 s of every regeneration at 10,000 records, and records kept in memory stay the same
    objects, so what is derived from them alone is reused (memo.py)."""

    def __init__(self, docs: Path, in_memory: bool = False) -> None:
        self.docs = docs
        self.in_memory = in_memory
        self._kept: State | None = None

    @property
    def cold(self) -> bool:
        """A store that keeps its state in memory but holds none yet: the first run should
        load and validate everything even if nothing changed, so that later runs start warm."""
        return self.in_memory and self._kept is None

    def load(self, code: str) -> State | None:
        if self._kept is not None:
            return self._kept if self._kept.code == code else None
        return read_state(self.docs, code)

    def save(self, state: State) -> None:
        if self.in_memory:
            self._kept = state
        else:
            write_state(self.docs, state)

    def close(self) -> None:
        """Write the state kept in memory, for the next process to start from."""
        if self._kept is not None:
            write_state(self.docs, self._kept)


def read_state(docs: Path, code: str) -> State | None:
    """The last run's state, or None if there is none usable (missing, unreadable, or
    made by other generator code)."""
    try:
        with open(docs / STATE, "rb") as stream:
            state = pickle.load(stream)  # our own file; CI runs the checked-out code anyway
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return state if isinstance(state, State) and state.code == code else None


def write_state(docs: Path, state: State) -> None:
    docs.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=docs, prefix=STATE + ".")
    with os.fdopen(handle, "wb") as stream:
        pickle.dump(state, stream, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, docs / STATE)


def changed_records(before: ParseCache, now: ParseCache) -> dict[Key, bool]:
    """Records whose file is new, edited or gone since `before` -> whether the change can
    show beyond the record's own page (False when only OWN_PAGE_FIELDS changed)."""
    changed = {}
    for path in before.keys() | now.keys():
        old, new = before.get(path), now.get(path)
        if old is not None and new is not None and old[0] == new[0]:
            continue
        kind = path.parent.name
        own_page_only = (
            old is not None and new is not None
            and _changed_fields(old[1].data, new[1].data) <= OWN_PAGE_FIELDS.get(kind, set())
        )
        changed[(kind, path.stem)] = not own_page_only
    return changed


def _changed_fields(old: dict[str, object], new: dict[str, object]) -> set[str]:
    return {name for name in old.keys() | new.keys() if old.get(name) != new.get(name)}


def affected(previous: State, changed: dict[Key, bool], explainer: Explainer) -> set[Key] | None:
    """The records whose pages may show a change; None when every page may."""
    if previous.actor_names != explainer.actor_names:
        return None
    reached, frontier = set(changed), {key for key, spreads in changed.items() if spreads}
    if not frontier:
        return reached
    neighbours: dict[Key, set[Key]] = {}
    for graph in (previous.references, explainer.references):
        for source, targets in graph.items():
            for target in targets:
                neighbours.setdefault(source, set()).add(target)
                neighbours.setdefault(target, set()).add(source)
    for _ in range(REACH):
        frontier = {n for key in frontier for n in neighbours.get(key, ())} - reached
        reached |= frontier
    return reached
