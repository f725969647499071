"""Regenerating after an edit: which record pages can show the records that changed.

A record page shows the record itself, the records its data names and the records that
name it, and one step further: an actor's timeline lists the disputes of its events, a
dispute's timeline the participants of its events, a speaker's page the outlets its
claims cite. So an edit can change only the pages of records within two steps of it in
the reference graph, taken both before and after the edit. Most fields go less far
(FIELD_REACH): an actor's description is shown on its own page only, an event's title
one step away and on the indexes; an event's title and date also reach the events
before and after it in date order. Two things reach every page: the actors' names and
aliases (prose on any page may link them) and the generator's own code; a change to
either renders everything. Open-data files are always rendered again.

The state of the last run (parsed files, reference graph, actor names) is kept in the
project's cache folder (`.cache/docs/generated.state`, beside docs/, ignored by git); delete
it to force a full render.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..records.explainer import Explainer
from ..records.load import ParseCache
from .guard import read_regular, refuse_link_on_the_way

log = logging.getLogger(__name__)

STATE = "generated.state"
Key = tuple[str, str]
"""A record as (kind, id), e.g. ('actors', 'city-council')."""


@dataclass(frozen=True)
class Reach:
    """Which pages a field is shown on: its record's own page, the pages of records up to
    `steps` away in the reference graph, and the index and report pages if `indexes`."""

    steps: int
    indexes: bool

    def __or__(self, other: Reach) -> Reach:
        return Reach(max(self.steps, other.steps), self.indexes or other.indexes)


OWN_PAGE = Reach(0, False)
OWN_PAGE_AND_INDEXES = Reach(0, True)
NEIGHBOURS = Reach(1, True)
TWO_STEPS = Reach(2, True)
"""The reach of a new or removed record, and of every field FIELD_REACH leaves out."""

FIELD_REACH: dict[str, dict[str, Reach]] = {
    "actors": {
        "description": OWN_PAGE,
        "name_note": OWN_PAGE,
        "role": OWN_PAGE_AND_INDEXES,
        # kind: neighbours' pictures and JSON-LD; cite: the cited source's page
        "kind": NEIGHBOURS,
        "affiliations": NEIGHBOURS,
        "relations": NEIGHBOURS,
        "cite": NEIGHBOURS,
    },
    "events": {
        "summary": OWN_PAGE,
        "place": OWN_PAGE,
        "title": NEIGHBOURS,
        "when": NEIGHBOURS,
        "status": NEIGHBOURS,
        "participants": NEIGHBOURS,
        "quotes": NEIGHBOURS,
        "cite": NEIGHBOURS,
    },
    # a dispute's question and events: two steps, on the timelines of its events' participants
    "disputes": {
        "summary": OWN_PAGE,
        "status": OWN_PAGE_AND_INDEXES,
        "positions": NEIGHBOURS,
        "cite": NEIGHBOURS,
    },
    # a source's outlet: two steps, on the speaker's page of every claim that cites it
    "sources": {
        "wire": OWN_PAGE,
        "dateline": OWN_PAGE,
        "licence": OWN_PAGE,
        "republish": OWN_PAGE_AND_INDEXES,
        # paragraphs: previewed by every citation, on the speaker's page of a claim too;
        # headline, url and published: in the "Sources cited" of those pages; authors: in
        # the JSON-LD of every claim that cites it
        "paragraphs": TWO_STEPS,
        "headline": TWO_STEPS,
        "url": TWO_STEPS,
        "published": TWO_STEPS,
    },
}
"""How far an edit to each field of a record can show. The most common edits, to a text,
then render one page instead of hundreds in a large explainer. tests/test_incremental.py
edits every field listed here and compares the result with a full render; the actors'
names and aliases reach every page (see above)."""


@dataclass(frozen=True)
class State:
    """What the next run needs to know about this one."""

    code: str
    parsed: ParseCache
    references: dict[Key, set[Key]]
    actor_names: dict[str, tuple[str, ...]]
    event_order: tuple[str, ...]
    shared_outlets: frozenset[str] = frozenset()
    shared_days: frozenset[str] = frozenset()

    @classmethod
    def after(cls, code: str, parsed: ParseCache, explainer: Explainer) -> State:
        """The state a run leaves: what it parsed, the explainer's references and names, and
        the events' order (an event's page links the one before and after it)."""
        return cls(
            code,
            parsed,
            explainer.references,
            explainer.actor_names,
            explainer.event_order,
            explainer.shared_outlets,
            explainer.shared_days,
        )


class StateStore:
    """Where the last run's state is kept: a file in the cache folder, read at the start of
    a run and written at its end. A long-lived process (`make serve`) keeps it in memory
    instead and writes the file once, at close: reading and writing it is a large part of
    a regeneration in a large explainer, and records kept in memory stay the same objects, so
    what is derived from them alone is reused (memo.py)."""

    def __init__(self, cache: Path, in_memory: bool = False) -> None:
        self.cache = cache
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
        return read_state(self.cache, code)

    def save(self, state: State) -> None:
        if self.in_memory:
            self._kept = state
        else:
            write_state(self.cache, state)

    def close(self) -> None:
        """Write the state kept in memory, for the next process to start from."""
        if self._kept is not None:
            write_state(self.cache, self._kept)


MAX_STATE_BYTES = 2_000_000_000
"""The largest state file read (a 100,000-record explainer's is far smaller)."""


def read_state(cache: Path, code: str) -> State | None:
    """The last run's state, or None if there is none usable (missing, unreadable, not
    signed with this user's key, or made by other generator code)."""
    try:
        signed = read_regular(cache / STATE, MAX_STATE_BYTES)
    except OSError:  # missing, a link, a folder, a device, too large
        return None
    key = _state_key()
    tag, body = signed[:_TAG], signed[_TAG:]
    if key is None or not hmac.compare_digest(tag, _sign(key, body)):
        if key is not None:
            log.warning(
                "%s was not written by this user's runs (or by an older generator): ignored,"
                " so everything is rendered again",
                cache / STATE,
            )
        return None
    try:
        state = pickle.loads(body)  # signed by us: written by this user's own runs
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    return state if isinstance(state, State) and state.code == code else None


def write_state(cache: Path, state: State) -> None:
    key = _state_key()
    if key is None:
        return  # the next run starts cold: slower, never wrong
    body = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    refuse_link_on_the_way(cache / STATE, cache.parent)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache, prefix=STATE + ".")
        with os.fdopen(handle, "wb") as stream:
            stream.write(_sign(key, body) + body)
        os.replace(temporary, cache / STATE)
    except OSError as problem:  # e.g. a folder where the state goes: slower next time, never wrong
        log.warning("Could not keep this run's state in %s (%s)", cache, problem)


# The state is a pickle, which runs code when read: it is signed with a key of this
# user's, kept outside the project, so a state file that came with the project (a
# commit, an archive) is never unpickled.
_TAG = hashlib.sha256().digest_size


def _sign(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).digest()


def _state_key() -> bytes | None:
    """This user's signing key (made on first use), or None where none can be kept."""
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "policy-explainer"
    path = folder / "state.key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(secrets.token_bytes(32))
    except FileExistsError:  # another process made it first
        pass
    except OSError:
        return None
    return path.read_bytes()


def changed_records(before: ParseCache, now: ParseCache) -> dict[Key, Reach]:
    """Records whose file is new, edited or gone since `before` -> how far the change can show."""
    changed = {}
    for path in before.keys() | now.keys():
        old, new = before.get(path), now.get(path)
        if old is not None and new is not None and old[0] == new[0]:
            continue
        kind = path.parent.name
        reach = TWO_STEPS
        if old is not None and new is not None:
            fields = FIELD_REACH.get(kind, {})
            reach = OWN_PAGE
            for name in _changed_fields(old[1].data, new[1].data):
                reach |= fields.get(name, TWO_STEPS)
        changed[(kind, path.stem)] = reach
    return changed


def _changed_fields(old: dict[str, object], new: dict[str, object]) -> set[str]:
    return {name for name in old.keys() | new.keys() if old.get(name) != new.get(name)}


def affected(previous: State, changed: dict[Key, Reach], explainer: Explainer) -> set[Key] | None:
    """The records whose pages may show a change; None when every page may."""
    if previous.actor_names != explainer.actor_names:
        return None
    # A source whose outlet (or outlet and day) became shared, or no longer is: its
    # citations name its date or headline (or no longer do) wherever it is cited.
    relabelled = (previous.shared_outlets ^ explainer.shared_outlets) | (
        previous.shared_days ^ explainer.shared_days
    )
    changed = {**{("sources", i): TWO_STEPS for i in relabelled}, **changed}
    reached = set(changed)
    # Only a changed record can name other records than it did: the references of the
    # others are the same in both runs. So the neighbours in either run's graph are found
    # from this run's references, both ways, plus what changed records named before.
    named_before = {key: previous.references.get(key, set()) for key in changed}

    def neighbours(key: Key) -> set[Key]:
        found = {
            *explainer.references.get(key, ()),
            *explainer.named_by(key),
            *named_before.get(key, ()),
        }
        found.update(changed_key for changed_key, named in named_before.items() if key in named)
        return found

    for steps in {reach.steps for reach in changed.values()} - {0}:
        frontier = {key for key, reach in changed.items() if reach.steps == steps}
        seen = set(frontier)
        for _ in range(steps):
            frontier = {n for key in frontier for n in neighbours(key)} - seen
            seen |= frontier
        reached |= seen
    reached |= _adjacent_in_order(changed, previous.event_order, explainer.event_order)
    return reached


def _adjacent_in_order(
    changed: dict[Key, Reach], before: tuple[str, ...], now: tuple[str, ...]
) -> set[Key]:
    """The events next to a changed one, in the order of either run: their pages link it
    by title and date, and lose or gain it as a neighbour when it moves, comes or goes."""
    moved = {key[1] for key, reach in changed.items() if key[0] == "events" and reach.steps}
    adjacent: set[Key] = set()
    for order in (before, now):
        for n, event_id in enumerate(order):
            if event_id in moved:
                adjacent.update(("events", order[m]) for m in (n - 1, n + 1) if 0 <= m < len(order))
    return adjacent
