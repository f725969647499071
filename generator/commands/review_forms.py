"""A draft's form on the review page: the fields each kind of draft offers, the item the
page shows (a draft file, or one quotation of quotes.yaml), and how a form's values are set
into the draft: an entry added to a list, one taken off, a guess settled. `review_drafts`
reads and writes the drafts; nothing here touches a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..ingest.updates import DATE_CHANGES, DATE_STAYS, STATUS_CHANGES
from ..records.model import Actor, Dispute, Event, Model, When
from .accept import dumped
from .review_files import read_draft


def choices_of(model: type[Model], name: str) -> tuple[str, ...]:
    """The values a field of the data model allows, as the form's pick-list offers them:
    one definition, the model's."""
    return get_args(model.model_fields[name].annotation)


ACTOR_KINDS = choices_of(Actor, "kind")
PRECISIONS = choices_of(When, "precision")
STATUSES = choices_of(Event, "status")
DISPUTE_STATUSES = choices_of(Dispute, "status")


@dataclass(frozen=True)
class Field:
    """One field of a draft the page lets the editor correct."""

    path: tuple[str | int, ...]
    label: str
    widget: str = "text"  # text, textarea, date, choice, check, names, or a pick-list's
    choices: tuple[str, ...] = ()
    optional: bool = False

    @property
    def name(self) -> str:
        """The form field's name: f:when.date, f:participants.0.actor."""
        return "f:" + ".".join(map(str, self.path))


def _when(*, optional: bool = False) -> list[Field]:
    return [
        Field(
            ("when", "date"),
            "Date (left empty, data/'s date stays)" if optional else "Date",
            "date",
            optional=optional,
        ),
        Field(("when", "end"), "End date (a range)", "date", optional=True),
        Field(("when", "precision"), "Precision", "choice", PRECISIONS, optional=optional),
        Field(("when", "basis"), "Basis (the article's words)", optional=optional),
    ]


CHANGE_NOTE = ("changes", 0, "note")
"""An update's note for readers: one `changes` entry, dated the day it is accepted."""
CORRECTS = ("changes", 0, "correction")
"""Whether that note corrects an error the explainer published (listed on Corrections)."""
AFFILIATION = ("affiliations", 0)
"""An actor's first affiliation, chosen from the pick-list (more are added in data/)."""
SAME_AS = ("same_as",)
"""A field of the form only: the event of data/ a new event's draft is (a follow-up's news
of it), which makes the draft an update of that event."""
BEARS_ON = ("bears_on",)
"""The dispute of data/ whose `events` the event joins when it is accepted: kept in the
draft until then (a correction saved keeps it); `accept` adds the event to the dispute
and never writes it into the event."""

NOTE_FOR_READERS = [
    Field(CHANGE_NOTE, "A note for readers of what changed (its `changes`)", optional=True),
    Field(
        CORRECTS,
        "The note corrects an error the explainer published (a correction)",
        "check",
        optional=True,
    ),
]
"""An update's note for readers, and whether it is a correction."""

FIELDS: dict[str, list[Field]] = {
    "sources": [
        Field(("outlet",), "Outlet"),
        Field(("headline",), "Headline"),
        Field(("published",), "Published", "date"),
        Field(("dateline",), "Dateline", optional=True),
        Field(("authors",), "Written by (names, separated by commas)", "names", optional=True),
        Field(("wire",), "The news agency it came from (its wire), if any", optional=True),
        Field(("url",), "Address (https://…)", optional=True),
        Field(("licence",), "Licence"),
        Field(("republish",), "The licence lets the full text be republished", "check"),
    ],
    "actors": [
        Field(("name",), "Name"),
        Field(("kind",), "Kind", "choice", ACTOR_KINDS),
        Field(("role",), "Role", optional=True),
        Field(
            AFFILIATION,
            "Affiliated with (a body they speak for or belong to)",
            "actor",
            optional=True,
        ),
        Field(("description",), "Description", "textarea"),
    ],
    "events": [
        Field(
            SAME_AS,
            "The same event as one of data/ (this article's news of it: it becomes an update)",
            "event",
            optional=True,
        ),
        Field(("title",), "Title"),
        *_when(),
        Field(("status",), "Status", "choice", STATUSES, optional=True),
        Field(("place",), "Place (where it happened)", optional=True),
        Field(("summary",), "Summary", "textarea"),
        Field(
            BEARS_ON,
            "Bears on a dispute of data/ (it joins the dispute's events)",
            "dispute",
            optional=True,
        ),
    ],
    "disputes": [
        Field(("question",), "Question"),
        Field(("status",), "Status", "choice", DISPUTE_STATUSES),
        Field(("summary",), "Summary", "textarea"),
    ],
    "updates/events": [
        Field(
            ("title",),
            "New title (a plan that happened: 'The board raised the levy')",
            optional=True,
        ),
        # offered even when the update has none: a follow-up's news often is that it happened
        Field(("status",), "Status", "choice", STATUSES, optional=True),
        *_when(optional=True),  # emptied: the update leaves data/'s date as it is
        Field(("place",), "Place (where it happened), if the article says", optional=True),
        Field(
            ("summary",),
            "New summary (what happened, or what is planned now)",
            "textarea",
            optional=True,
        ),
        *NOTE_FOR_READERS,
        Field(
            BEARS_ON,
            "Bears on a dispute of data/ (it joins the dispute's events)",
            "dispute",
            optional=True,
        ),
    ],
    "updates/actors": [],
    "updates/disputes": [
        Field(("status",), "Status", "choice", DISPUTE_STATUSES),
        Field(
            ("summary",), "New summary (what is disputed now, or how it was settled)", "textarea"
        ),
        *NOTE_FOR_READERS,
    ],
    "updates/sources": [],
    "quotes": [
        Field(("to",), "Place (to:)", "place"),
        Field(("claim", "speaker"), "Speaker", "actor"),
        Field(("claim", "kind"), "Kind", "choice", ("quote", "paraphrase")),
        Field(("claim", "text"), "Words", "textarea"),
    ],
}


PLACE_OF = {"events": "event", "disputes": "dispute"}
"""How a quotation's `to` names a record of the kind: event:ID, dispute:ID:N."""
PARTICIPANTS_ADDED = 3
"""How many participants an event's form adds in one save (an event of two sides and a
go-between, drafted with nobody, takes one save)."""
ADD_STANCE, ADD_SIDE_HOLDER = "Add a position: the stance", "Add a position: held by"
WHAT_IS_MISSING: dict[tuple[str | int, str | int], str] = {
    ("participants", "actor"): "say who took part (or leave their role empty)",
    ("participants", "role"): "say what they did in the event",
    ("positions", "stance"): "say what the side holds",
    ("positions", 0): "say who holds it",
}
"""What a field of an added entry asks for when its other fields are filled in and it is not
(by its list and its own last step)."""


@dataclass
class Item:
    """One thing to accept or reject: a draft file, or quotes.yaml's item `index`."""

    key: str  # events/x.yaml, updates/events/x.yaml, quotes.yaml#1
    kind: str  # a key of FIELDS
    file: Path
    document: Any  # the file as ruamel.yaml's round trip loads it
    index: int | None
    digest: str  # of the file's text, to tell a form shown before the file changed
    uncited: tuple[int, ...] = ()  # a source's paragraphs (positions) nothing cites
    events: tuple[Choice, ...] = ()  # the events a dispute may bear on

    @property
    def record(self) -> Any:
        return self.document if self.index is None else self.document["quotes"][self.index]

    def guesses(self) -> list[str]:
        """What the draft says is a guess (its `draft` mark), one per line."""
        return [g for g in str(self.record.get("draft") or "").split("; ") if g]

    def fields(self) -> list[Field]:
        """The fields the page offers: an update's only as far as it has them, and an
        event's participants each with an actor pick-list ((none) takes them off) and a
        role, then empty pairs to add those ingest missed."""
        fields = [
            f
            for f in FIELDS[self.kind]
            if _present(self.record, f) or not _updates(self) or f.optional
        ]
        count = len(self.record.get("participants") or [])
        for n in range(count):
            fields.append(  # (none) takes them off the event
                Field(("participants", n, "actor"), f"Participant {n + 1}", "actor", optional=True)
            )
            fields.append(Field(("participants", n, "role"), f"Participant {n + 1}'s role"))
        if self.kind == "disputes":
            fields += _sides(self.record.get("positions") or [])
        for event in self.events:
            fields.append(Field(("events", event.value), f"Bears on {event.label}", "check"))
        for n in self.uncited:
            label = f"¶{n + 1} is cited by no draft: why leave it out? (e.g. photo caption)"
            fields.append(Field(("paragraphs", n, "uncited_reason"), label, optional=True))
        if self.kind == "events":
            for n in range(count, count + PARTICIPANTS_ADDED):
                add = f"Add participant {n + 1}"
                fields.append(Field(("participants", n, "actor"), add, "actor", optional=True))
                fields.append(
                    Field(("participants", n, "role"), f"{add}: their role", optional=True)
                )
        return fields

    def adds(self, field: Field) -> bool:
        """Whether the field is of an empty entry that adds to a list (a participant, a
        side's holder, a side)."""
        return added_at(self.record, field.path) is not None

    def value(self, field: Field) -> str:
        """The field's value as the form shows it ("" when absent)."""
        if field.path == SAME_AS:
            return ""
        if self.kind == "disputes" and field.path[0] == "events":  # a box per event
            return "on" if field.path[1] in (self.record.get("events") or []) else ""
        value = value_at(self.record, field.path)
        if isinstance(value, bool):
            return "on" if value else ""
        if isinstance(value, list):  # names: one per item, shown on one line
            return ", ".join(map(str, value))
        return "" if value is None else str(value)

    def shown(self) -> str:
        """The item as YAML, for the page."""
        if self.index is None:
            return read_draft(self.file)
        return dumped(CommentedSeq([without_comments(self.record)]))


def _sides(positions: list[Any]) -> list[Field]:
    """A dispute's sides as the form shows them: each stance, each holder with a pick-list
    ((none) takes them off the side), an empty pick to add a holder, then an empty side."""
    fields = []
    for n, position in enumerate(positions):
        side = f"Position {n + 1}"
        fields.append(Field(("positions", n, "stance"), f"{side}: the stance"))
        holders = (position.get("actors") if isinstance(position, dict) else None) or []
        for m in range(len(holders) + 1):  # the last one adds a holder
            held = ("held by", "also held by")[min(m, 1)] if m < len(holders) else "add a holder"
            path = ("positions", n, "actors", m)
            fields.append(Field(path, f"{side}: {held}", "actor", optional=True))
    fields.append(Field(("positions", len(positions), "stance"), ADD_STANCE, optional=True))
    fields.append(
        Field(("positions", len(positions), "actors", 0), ADD_SIDE_HOLDER, "actor", optional=True)
    )
    return fields


def added_at(record: Any, path: tuple[str | int, ...]) -> int | None:
    """The step of the path that is one past the end of its list (the field adds an entry
    there), or None when the path names what the record has."""
    for at, step in enumerate(path):
        if isinstance(step, int):
            listed = value_at(record, path[:at])
            if step >= len(listed if isinstance(listed, list) else []):
                return at
    return None


def entry_of(given: dict[tuple[str | int, ...], Any]) -> Any:
    """An added entry from its fields' values, by the rest of their paths: a value alone
    (a holder), or a mapping (a participant's actor and role; a side's stance and its
    first holder, `("actors", 0)`)."""
    if () in given:
        return given[()]
    entry = CommentedMap()
    for rest, value in given.items():
        if len(rest) == 2 and rest[1] == 0:
            entry[rest[0]] = CommentedSeq([value])
        else:
            entry[rest[0]] = value
    return entry


def _updates(item: Item) -> bool:
    return item.kind.startswith("updates/")


def _present(record: Any, field: Field) -> bool:
    return value_at(record, field.path) is not None


def value_at(record: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        if isinstance(step, int):
            record = record[step] if isinstance(record, list) and step < len(record) else None
        else:
            record = record.get(step) if isinstance(record, dict) else None
    return record


def without_comments(value: Any) -> Any:
    """A value without the comments that round trip carries (those of the next item)."""
    if isinstance(value, dict):
        return CommentedMap((k, without_comments(v)) for k, v in value.items())
    if isinstance(value, list):
        return CommentedSeq(without_comments(v) for v in value)
    return value


@dataclass(frozen=True)
class Choice:
    """One entry of a pick-list: the value written, and what the editor reads."""

    value: str
    label: str


SETTLES: dict[tuple[str | int, ...], tuple[str, ...]] = {
    ("claim", "speaker"): ("speaker guessed",),
    ("to",): ("place guessed",),
    # a source's: how ingest read its page (new user 12's stayed after she mended them)
    ("url",): ("the address is not known", "url:"),
    ("outlet",): ("outlet:",),
    ("headline",): ("headline:",),
    ("published",): ("published:",),
    ("dateline",): ("dateline:",),
    ("authors",): ("authors:",),
    ("wire",): ("wire:",),
    ("licence",): ("the licence is guessed",),
    # an update's: what it changes beside data/ (new user 13's stayed once she blanked them)
    ("status",): (STATUS_CHANGES,),
    ("when", "date"): (DATE_CHANGES, DATE_STAYS),
    ("when", "precision"): (DATE_CHANGES, DATE_STAYS),
}
"""A draft's guess the editor settles by correcting its field."""


def settle_guesses(item: Item, changed: set[tuple[str | int, ...]]) -> None:
    """The draft mark without the guesses the editor just corrected (a speaker chosen is
    no longer "guessed from 'likes to'")."""
    gone = tuple(prefix for path in changed if path in SETTLES for prefix in SETTLES[path])
    if not gone or not item.record.get("draft"):
        return
    kept = [g for g in item.guesses() if not g.startswith(gone)]
    item.record["draft"] = "; ".join(kept) or "corrected on the review screen"


def holders_kept(record: Any) -> list[str]:
    """A dispute's sides without the holders set to (none), each holder once; a side must
    keep one."""
    problems = []
    for n, position in enumerate(record.get("positions") or []):
        holders = position.get("actors") if isinstance(position, dict) else None
        if not isinstance(holders, list):
            continue
        kept = list(dict.fromkeys(holder for holder in holders if holder is not None))
        if not kept:
            problems.append(f"Position {n + 1}: keep one holder (a side nobody holds is none)")
        if kept != holders:
            holders[:] = kept
    return problems


def set_value(record: Any, field: Field, value: Any) -> None:
    """Set the field's value, or take it out (None): a mapping left empty goes with it, and
    none is made for a value left empty (an update without a `when` gets no `when: {}`)."""
    *above, last = field.path
    if value is None and isinstance(last, int):  # an entry of a list: taken off after
        listed = value_at(record, tuple(above))
        if isinstance(listed, list) and last < len(listed):
            listed[last] = None
        return
    if value is None:
        parents = [record]
        for step in above:
            parents.append(value_at(parents[-1], (step,)))
        if not isinstance(parents[-1], dict):
            return
        parents[-1].pop(last, None)
        for step, parent, inner in zip(
            reversed(above), reversed(parents[:-1]), reversed(parents[1:]), strict=True
        ):
            if isinstance(step, str) and isinstance(parent, dict) and inner == {}:
                del parent[step]
        return
    for step in above:
        record = record[step] if isinstance(step, int) else record.setdefault(step, CommentedMap())
    record[last] = value
