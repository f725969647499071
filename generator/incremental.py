"""Regenerating after an edit: which record pages can show the records that changed.

A record page shows the record itself, the records its data names and the records that
name it, and one step further: an actor's timeline lists the disputes of its events, a
dispute's timeline the participants of its events. So an edit can change only the pages
of records within two steps of it in the reference graph, taken both before and after
the edit. Two things reach every page: the actors' names and aliases (prose on any page
may link them) and the generator's own code; a change to either renders everything.
Index, report and open-data files are always rendered again.

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


@dataclass(frozen=True)
class State:
    """What the next run needs to know about this one."""

    code: str
    parsed: ParseCache
    references: dict[Key, set[Key]]
    actor_names: dict[str, tuple[str, ...]]


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


def changed_records(before: dict[Path, tuple[int, int]], parsed: ParseCache) -> set[Key]:
    """Records whose file is new, edited or gone since the stamps in `before`."""
    edited = {path for path, (stamp, _) in parsed.items() if before.get(path) != stamp}
    gone = before.keys() - parsed.keys()
    return {(path.parent.name, path.stem) for path in edited | gone}


def affected(previous: State, changed: set[Key], explainer: Explainer) -> set[Key] | None:
    """The records whose pages may show a change; None when every page may."""
    if previous.actor_names != explainer.actor_names:
        return None
    neighbours: dict[Key, set[Key]] = {}
    for graph in (previous.references, explainer.references):
        for source, targets in graph.items():
            for target in targets:
                neighbours.setdefault(source, set()).add(target)
                neighbours.setdefault(target, set()).add(source)
    reached, frontier = set(changed), set(changed)
    for _ in range(REACH):
        frontier = {n for key in frontier for n in neighbours.get(key, ())} - reached
        reached |= frontier
    return reached
