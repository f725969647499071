"""The drafts of one article (drafts/<id>/, made by `explainer ingest`) as the review page
works on them: each item (a draft file, or one quotation of quotes.yaml) corrected in its
own fields, accepted into data/ by `accept` itself, or rejected.

Nothing here writes data/: accepting stages the one item, confirmed, in a folder of its
own and hands it to `accept.accept`, which validates the whole of data/ before it writes
(all or nothing) and keeps existing files' comments and layout. Every value from a form
is checked against the item's own fields and pick-lists; no path comes from a form.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..ingest.drafts import known_actors
from ..records.model import ID_PATTERN, RELATION_LABELS
from ..run.errors import DataErrors, ExplainerError
from ..run.guard import refuse_link_on_the_way
from .accept import Accepted, accept, dumped, finish, round_trip
from .review_article import cited_paragraphs
from .review_files import ReviewError, digest, load_draft, read_draft, records_in, write_draft
from .review_renames import TITLE_OF, follow_outlet, follow_title, into_update

FILE_KINDS = (
    "sources",
    "actors",
    "events",
    "disputes",
    "updates/events",
    "updates/actors",
    "updates/disputes",
    "updates/sources",
)
ACTOR_KINDS = ("person", "organisation", "state", "group", "anonymous")
PRECISIONS = ("day", "weekend", "week", "month", "year", "range", "since")
STATUSES = ("happened", "scheduled", "postponed", "cancelled")


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
        Field(("when", "date"), "Date", "date", optional=optional),
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

FIELDS: dict[str, list[Field]] = {
    "sources": [
        Field(("outlet",), "Outlet"),
        Field(("headline",), "Headline"),
        Field(("published",), "Published", "date"),
        Field(("dateline",), "Dateline", optional=True),
        Field(("authors",), "Written by (names, separated by commas)", "names", optional=True),
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
        Field(("status",), "Status", "choice", ("open", "settled")),
        Field(("summary",), "Summary", "textarea"),
    ],
    "updates/events": [
        Field(("status",), "Status", "choice", STATUSES),
        *_when(optional=True),  # emptied: the update leaves data/'s date as it is
        Field(("place",), "Place (where it happened), if the article says", optional=True),
        Field(
            ("summary",),
            "New summary (what happened, or what is planned now)",
            "textarea",
            optional=True,
        ),
        Field(CHANGE_NOTE, "A note for readers of what changed (its `changes`)", optional=True),
        Field(
            CORRECTS,
            "The note corrects an error the explainer published (a correction)",
            "check",
            optional=True,
        ),
        Field(
            BEARS_ON,
            "Bears on a dispute of data/ (it joins the dispute's events)",
            "dispute",
            optional=True,
        ),
    ],
    "updates/actors": [],
    "updates/disputes": [],
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
ADD_ACTOR, ADD_ROLE = "Add a participant", "The added participant's role"
ADD_STANCE, ADD_SIDE_HOLDER = "Add a position: the stance", "Add a position: held by"
WHAT_IS_MISSING = {
    ADD_ACTOR: "say who took part (or leave their role empty)",
    ADD_ROLE: "say what they did in the event",
    ADD_STANCE: "say what the side holds",
    ADD_SIDE_HOLDER: "say who holds it",
}
"""What a field of an added entry asks for when its other fields are filled in and it is not."""


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
        role, then an empty pair to add one ingest missed."""
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
            fields.append(
                Field(("participants", count, "actor"), ADD_ACTOR, "actor", optional=True)
            )
            fields.append(Field(("participants", count, "role"), ADD_ROLE, optional=True))
        return fields

    def adds(self, field: Field) -> bool:
        """Whether the field is of an empty entry that adds to a list (a participant, a
        side's holder, a side)."""
        return _added_at(self.record, field.path) is not None

    def value(self, field: Field) -> str:
        """The field's value as the form shows it ("" when absent)."""
        if field.path == SAME_AS:
            return ""
        if self.kind == "disputes" and field.path[0] == "events":  # a box per event
            return "on" if field.path[1] in (self.record.get("events") or []) else ""
        value = _get(self.record, field.path)
        if isinstance(value, bool):
            return "on" if value else ""
        if isinstance(value, list):  # names: one per item, shown on one line
            return ", ".join(map(str, value))
        return "" if value is None else str(value)

    def shown(self) -> str:
        """The item as YAML, for the page."""
        if self.index is None:
            return read_draft(self.file)
        return dumped(CommentedSeq([_strip(self.record)]))


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


def _added_at(record: Any, path: tuple[str | int, ...]) -> int | None:
    """The step of the path that is one past the end of its list (the field adds an entry
    there), or None when the path names what the record has."""
    for at, step in enumerate(path):
        if isinstance(step, int):
            listed = _get(record, path[:at])
            if step >= len(listed if isinstance(listed, list) else []):
                return at
    return None


def _entry(given: dict[tuple[str | int, ...], Any]) -> Any:
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
    return _get(record, field.path) is not None


def _get(record: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        if isinstance(step, int):
            record = record[step] if isinstance(record, list) and step < len(record) else None
        else:
            record = record.get(step) if isinstance(record, dict) else None
    return record


def _strip(value: Any) -> Any:
    """A value without the comments that round trip carries (those of the next item)."""
    if isinstance(value, dict):
        return CommentedMap((k, _strip(v)) for k, v in value.items())
    if isinstance(value, list):
        return CommentedSeq(_strip(v) for v in value)
    return value


@dataclass(frozen=True)
class Choice:
    """One entry of a pick-list: the value written, and what the editor reads."""

    value: str
    label: str


class DraftSet:
    """drafts/<set_id>/ beside data/. The id is checked as an id, never taken as a path."""

    def __init__(self, drafts: Path, set_id: str, data: Path) -> None:
        if len(set_id) > 100 or not re.fullmatch(ID_PATTERN, set_id):
            raise ReviewError(f"'{set_id}' is no draft set id (lower-case letters, digits, -)")
        self.id = set_id
        self.folder = drafts / set_id
        self.data = data
        self.problems: list[str] = []  # the files items() could not read
        self._lists: dict[str, Any] = {}  # data/ and the set read once per request (lists())
        if self.folder.is_symlink() or (not self.folder.is_dir() and not self.of_data()):
            raise ReviewError(f"no drafts {set_id} in {drafts}")

    def of_data(self) -> bool:
        """Whether this is an article of data/ with no drafts left (its set accepted and
        removed): its page still shows the article and the forms that add what ingest
        missed, which make the set again."""
        source = self.data / "sources" / f"{self.id}.yaml"
        return not self.folder.exists() and source.is_file() and not source.is_symlink()

    def made(self) -> Path:
        """The set's folder, made for the first draft added to an article of data/."""
        refuse_link_on_the_way(self.folder, self.folder.parent)
        self.folder.mkdir(exist_ok=True)
        return self.folder

    def items(self) -> list[Item]:
        """Every item, in the order accept needs them: source, actors, events, updates,
        quotes. A file that cannot be read is left out and named in `problems`."""
        found, self.problems = [], []
        for kind in FILE_KINDS:
            for path in sorted((self.folder / kind).glob("*.yaml")):
                found += self._read_items(f"{kind}/{path.name}", kind, path)
        found += self._read_items("quotes.yaml", "quotes", self.folder / "quotes.yaml")
        for item in found:
            if item.kind == "sources":
                item.uncited = self._uncited(item.record)
            if item.kind == "disputes":  # data/'s events: a draft one is accepted first
                item.events = tuple(_labelled(self._events_for(item.record)))
        return found

    def _events_for(self, dispute: Any) -> list[dict[str, Any]]:
        """The events of data/ a dispute's form offers: all of them, or in a long story
        those this article reports and those the dispute names already."""
        events = records_in(self.data / "events")
        if len(events) <= MANY_EVENTS:
            return events
        named = set(dispute.get("events") or [])
        return [e for e in events if e["id"] in named or self._reports(e)]

    def _reports(self, event: dict[str, Any]) -> bool:
        """Whether an event of data/ cites this set's article."""
        cite = event.get("cite")
        return any(isinstance(c, dict) and c.get("source") == self.id for c in cite or [])

    def _uncited(self, source: Any) -> tuple[int, ...]:
        """The positions of a source's paragraphs that no draft of the set nor record of
        data/ cites, or that already say why (`check` warns of the others)."""
        cited = self.cited(str(source.get("id")))
        paragraphs = source.get("paragraphs")
        return tuple(
            n
            for n, paragraph in enumerate(paragraphs if isinstance(paragraphs, list) else [])
            if isinstance(paragraph, dict)
            and (paragraph.get("n") not in cited or paragraph.get("uncited_reason"))
        )

    def _read_items(self, key: str, kind: str, path: Path) -> list[Item]:
        if path.is_symlink() or not path.is_file():
            return []
        try:
            text = read_draft(path)
            document = load_draft(path, text)
            if kind != "quotes":
                return [Item(key, kind, path, document, None, digest(text))]
            quotes = document.get("quotes") or []
            if not isinstance(quotes, list) or not all(isinstance(q, dict) for q in quotes):
                raise ReviewError(f"{path}: `quotes` is not a list of quotations")
        except ReviewError as problem:
            self.problems.append(f"{problem}: fix the file, or delete it")
            return []
        return [
            Item(f"quotes.yaml#{n}", "quotes", path, document, n, digest(text))
            for n in range(len(quotes))
        ]

    def item(self, key: str, digest: str) -> Item:
        """The item a form names, as it is now; refused if it changed since the form was shown."""
        found = {item.key: item for item in self.items()}.get(key)
        if found is None:
            raise ReviewError(f"{self.id}: no draft {key!r} (accepted or rejected already?)")
        if found.digest != digest:
            raise ReviewError(
                f"{self.id}/{found.file.name} changed since the page was shown: nothing was"
                " done; here it is as it is now"
            )
        return found

    def cited(self, source_id: str) -> set[int]:
        """The paragraphs of a source the set or data/ cites (read once per request)."""
        return self._once(
            f"cited:{source_id}", lambda: cited_paragraphs(self.folder, self.data, source_id)
        )

    def _once(self, key: str, read: Callable[[], Any]) -> Any:
        """A list read from data/ and the set, once per request: a form with many fields
        checks each against it. Forgotten after every change the set or data/ sees."""
        if key not in self._lists:
            self._lists[key] = read()
        return self._lists[key]

    def pick_lists(self) -> dict[str, list[Choice]]:
        """Each pick-list widget's choices: actors, places, disputes."""
        return {
            "actor": self.actors(),
            "place": self.places(),
            "dispute": self.disputes(),
            "relation": [Choice(key, label) for key, label in RELATION_LABELS.items()],
            "event": self._once(
                "events",
                lambda: list(_labelled(records_in(self.data / "events"))),
            ),
        }

    def disputes(self) -> list[Choice]:
        """The disputes of data/ an accepted event may join (a drafted one is accepted first)."""
        return self._once(
            "disputes",
            lambda: [
                Choice(f"dispute:{r['id']}", str(r.get("question")))
                for r in records_in(self.data / "disputes")
            ],
        )

    def actors(self) -> list[Choice]:
        """The pick-list of actors: data/'s, then this set's drafts."""
        return self._once("actors", self._actors)

    def _actors(self) -> list[Choice]:
        return [
            *(Choice(a.id, f"{a.names[0]} ({a.id})") for a in known_actors(self.data)),
            *(Choice(a.id, f"{a.names[0]} ({a.id}, draft)") for a in known_actors(self.folder)),
        ]

    def places(self) -> list[Choice]:
        """The pick-list of a quote's places: each event, and each position of a dispute."""
        return self._once("places", self._places)

    def _places(self) -> list[Choice]:
        found = [
            Choice(f"event:{event.value}", f"Event: {event.label}")
            for folder, note in ((self.data, ""), (self.folder, ", draft"))
            for event in _labelled(records_in(folder / "events"), note)
        ]
        for folder, note in ((self.data, ""), (self.folder, " (draft)")):
            for record in records_in(folder / "disputes"):
                for n, position in enumerate(record.get("positions") or [], 1):
                    stance = position.get("stance") if isinstance(position, dict) else None
                    found.append(
                        Choice(
                            f"dispute:{record['id']}:{n}",
                            f"Dispute{note}: {record.get('question')} — position {n}: {stance}",
                        )
                    )
        return found

    def correct(self, item: Item, form: Mapping[str, str]) -> Path | None:
        """Write the form's values into the draft (it stays a draft). A new event said to
        be one of data/ becomes an update of it: the update's file, to review next."""
        update = self._same_as(item, form)
        if update is None:
            self._corrected(item, form)
            self._save(item)
        if update is None and item.kind == "disputes":  # a holder added takes their words
            self.to_sides(str(item.record.get("id")), item.record.get("positions") or [])
        return update

    def to_sides(self, dispute_id: str, positions: list[Any]) -> None:
        """The set's quotations by a holder of a side, whose place is still ingest's guess
        (an event dated near them), go to that side: a view someone holds in the dispute
        is said on their side of it; the guess stays among their places."""
        path = self.folder / "quotes.yaml"
        refuse_link_on_the_way(path, self.folder)
        if not path.is_file():
            return
        document = load_draft(path, read_draft(path))
        quotes = document.get("quotes") if isinstance(document, dict) else None
        changed = False
        for quote in quotes if isinstance(quotes, list) else []:
            claim = quote.get("claim") if isinstance(quote, dict) else None
            guessed = "place guessed" in str(quote.get("draft") or "") if claim else False
            if not claim or not (guessed or str(quote.get("to")) == "TODO"):
                continue
            side = next(
                (n for n, p in enumerate(positions, 1) if claim.get("speaker") in p["actors"]),
                None,
            )
            target = f"dispute:{dispute_id}:{side}"
            if side is None or quote.get("to") == target:
                continue
            places = [target, *(p for p in quote.get("places") or [] if p != target)]
            quote["to"], quote["places"] = target, CommentedSeq(places)
            changed = True
        if changed:
            write_draft(path, dumped(document), self.folder)
            self._lists.clear()

    def _same_as(self, item: Item, form: Mapping[str, str]) -> Path | None:
        """The update a new event's draft becomes when the form names the event of data/
        it is (nothing else of the form is kept: the update's own form asks what changed)."""
        field = next((f for f in item.fields() if f.path == SAME_AS), None)
        if field is None or not form.get(field.name):
            return None
        try:
            event_id = self._parsed(field, form.get(field.name), "")
        except ValueError as problem:
            raise ReviewError(f"{item.key}: {field.label}: {problem} (nothing was saved)") from None
        event = yaml.safe_load(read_draft(self.data / "events" / f"{event_id}.yaml"))
        self._lists.clear()
        return into_update(self.folder, item, event_id, event)

    def accept(self, item: Item, form: Mapping[str, str]) -> Accepted:
        """Confirm the item with the form's values and write it into data/ with `accept`.
        When accept refuses, the corrections are kept in the draft and nothing is written.
        A new event said to be one of data/ is accepted as an update of it."""
        if (update := self._same_as(item, form)) is not None:
            item = next(i for i in self.items() if i.file == update)
            form = {f.name: item.value(f) for f in item.fields()}
        self._corrected(item, form)
        todo = [f.label for f in item.fields() if item.value(f).startswith("TODO")]
        if todo:  # confirming on this screen is confirming each value (`accept --all` is not)
            self._save(item)
            raise ReviewError(
                f"{item.key}: still TODO: {'; '.join(todo)}. Fill them in (a participant"
                " nobody can name a role for: choose (none) to take them off); your"
                " corrections are saved, nothing was written into data/"
            )
        confirmed = _strip(item.record) if item.index is not None else item.document
        mark = confirmed.pop("draft", None)
        with tempfile.TemporaryDirectory(prefix="explainer-review-") as folder:
            staged = Path(folder) / self.id
            if item.index is None:
                target, text = staged / item.key, dumped(confirmed)
            else:
                target, text = staged / "quotes.yaml", dumped(CommentedMap(quotes=[confirmed]))
            target.parent.mkdir(parents=True)
            target.write_text(text, encoding="utf-8")
            try:
                plan = accept(staged, self.data)
            except DataErrors:  # each names a file of data/, as `accept` says
                self._keep(item, mark)
                raise
            except ExplainerError as problem:
                self._keep(item, mark)
                raise ReviewError(self._named(str(problem), staged)) from None
        if plan.left:
            self._keep(item, mark)
            raise ReviewError("; ".join(self._named(line, staged) for line in plan.left))
        self._remove(item)
        return plan

    def _listed(self, item: Item, field: Field, form: Mapping[str, str]) -> None:
        """A list of the record with one entry the form gives: an update's `changes` note
        (dated today, an update, not a correction) or an actor's first affiliation."""
        shown = item.value(field)
        value = self._parsed(field, form.get(field.name), shown)
        key = str(field.path[0])
        if value == (shown or None):
            return
        if field.path == CHANGE_NOTE:
            note = CommentedMap(date=dt.date.today(), note=value, correction=False)
            entries = [note] if value else []
        else:  # the first affiliation replaced, or taken off; the others kept
            entries = [*([value] if value else []), *(item.record.get(key) or [])[1:]]
        if entries:
            item.record[key] = CommentedSeq(entries)
        else:
            item.record.pop(key, None)

    def reject(self, item: Item) -> None:
        """Remove the item from the drafts; a rejected event or dispute is no longer a
        quotation's place (its `to` becomes the next of its `places`, or TODO), a
        rejected actor no quotation's speaker (TODO)."""
        self._remove(item)
        if item.kind == "actors":
            self._without_actor(str(item.record.get("id")))
        quotes = self.folder / "quotes.yaml"
        if item.kind not in PLACE_OF and item.kind != "actors":
            return
        if not quotes.is_file() or quotes.is_symlink():
            return
        gone = str(item.record.get("id"))
        place = re.compile(rf"{PLACE_OF.get(item.kind, '-')}:{re.escape(gone)}(?::\d+)?")
        document = round_trip().load(read_draft(quotes))
        changed = False
        for quote in (document or {}).get("quotes") or []:
            places, claim = quote.get("places") or [], quote.get("claim") or {}
            if item.kind == "actors" and claim.get("speaker") == gone:
                claim["speaker"], changed = "TODO", True  # say who, or reject it too
            for there in [p for p in places if place.fullmatch(str(p))]:
                places.remove(there)
                changed = True
            if place.fullmatch(str(quote.get("to"))):
                quote["to"] = places[0] if places else "TODO"
                changed = True
        if changed:
            write_draft(quotes, dumped(document), self.folder)

    def _without_actor(self, gone: str) -> None:
        """The set's events and disputes without a rejected actor: no longer a participant
        or a holder of a side (a side it held alone keeps it, for the editor to mend)."""
        for kind in ("events", "disputes", "updates/events"):
            for path in sorted((self.folder / kind).glob("*.yaml")):
                refuse_link_on_the_way(path, self.folder)
                record = load_draft(path, read_draft(path))
                if not isinstance(record, dict):
                    continue
                participants = record.get("participants") or []
                kept = [
                    p for p in participants if not (isinstance(p, dict) and p.get("actor") == gone)
                ]
                changed = len(kept) != len(participants)
                if changed:
                    if kept:
                        record["participants"] = CommentedSeq(kept)
                    else:
                        del record["participants"]
                for position in record.get("positions") or []:
                    holders = position.get("actors") if isinstance(position, dict) else None
                    if isinstance(holders, list) and gone in holders and len(holders) > 1:
                        holders.remove(gone)
                        changed = True
                if changed:
                    write_draft(path, dumped(record), self.folder)

    def _corrected(self, item: Item, form: Mapping[str, str]) -> None:
        titled = TITLE_OF.get(item.kind)
        before = str(item.record.get(titled) or "") if titled and item.index is None else ""
        outlet = str(item.record.get("outlet") or "") if item.kind == "sources" else ""
        source_id = str(item.record.get("id")) if item.kind == "sources" else ""
        problems, changed = [], set()
        added: dict[tuple[str | int, ...], dict[tuple[str | int, ...], tuple[Field, Any]]] = {}
        ticked = []
        for field in item.fields():
            if field.path == SAME_AS:
                continue  # handled before (_same_as): no field of the record
            if field.path == CORRECTS:
                notes = item.record.get("changes") or []
                if notes and isinstance(notes[0], dict):
                    notes[0]["correction"] = form.get(field.name) == "on"
                elif form.get(field.name) == "on":
                    problems.append(f"{field.label}: write the note first")
                continue
            if field.path in (CHANGE_NOTE, AFFILIATION):
                try:
                    self._listed(item, field, form)
                except ValueError as problem:
                    problems.append(f"{field.label}: {problem}")
                continue
            if item.kind == "disputes" and field.path[0] == "events":
                if form.get(field.name) == "on":
                    ticked.append(str(field.path[1]))
                continue
            if (at := _added_at(item.record, field.path)) is not None:
                try:  # added once the others are set: it shifts no index
                    value = self._parsed(field, form.get(field.name), "")
                except ValueError as problem:
                    problems.append(f"{field.label}: {problem}")
                    continue
                entry = added.setdefault(field.path[: at + 1], {})
                entry[field.path[at + 1 :]] = (field, value)
                continue
            try:
                shown = item.value(field)
                value = self._parsed(field, form.get(field.name), shown)
                _set(item.record, field, value)
                if item.value(field) != shown:
                    changed.add(field.path)
            except ValueError as problem:
                problems.append(f"{field.label}: {problem}")
        if item.events:  # the events ticked, and any the page did not offer
            offered = {event.value for event in item.events}
            kept = [e for e in item.record.get("events") or [] if e not in offered]
            item.record["events"] = CommentedSeq([*kept, *ticked])
        participants = item.record.get("participants") or []
        for n in reversed(range(len(participants))):
            if not participants[n].get("actor"):  # set to (none): taken off
                del participants[n]
        if "participants" in item.record and not participants:
            del item.record["participants"]  # the last one taken off: no empty list
        when = item.record.get("when")
        if isinstance(when, dict) and not set(when) - {"source"}:
            del item.record["when"]  # every date field emptied: no date of its own
        for path, parts in added.items():
            given = {rest: value for rest, (_, value) in parts.items() if value is not None}
            missing = [field for field, value in parts.values() if value is None]
            if given and missing:
                label = missing[0].label
                problems.append(f"{label}: {WHAT_IS_MISSING.get(label, 'fill it in too')}")
            elif given:
                listed = _get(item.record, path[:-1])
                if listed is None:
                    _set(item.record, Field(path[:-1], ""), listed := CommentedSeq())
                listed.append(_entry(given))
        problems += _holders_kept(item.record)
        _settled(item, changed)
        if item.kind == "sources" and item.record.get("url"):
            item.record.pop("address_unknown", None)  # the address is known now
        if problems:
            raise ReviewError(f"{item.key}: " + "; ".join(problems) + " (nothing was saved)")
        if before:
            follow_title(self.folder, self.data, item, before)
        renamed = follow_outlet(self.folder, self.data, item, outlet) if outlet else None
        if renamed and self.id == source_id and not self.folder.with_name(renamed).exists():
            self._move_set(item, renamed)

    def _move_set(self, item: Item, new_id: str) -> None:
        """The set's folder under its source's new id, which it is named by: the page, the
        article it shows and what is added to it find the source there."""
        target = self.folder.with_name(new_id)
        refuse_link_on_the_way(target, self.folder.parent)
        self.folder.rename(target)
        item.file = target / item.file.relative_to(self.folder)
        self.id, self.folder = new_id, target
        self._lists.clear()

    def finish(self) -> bool:
        """Remove the set once nothing is left in it (as `accept` does); whether it was."""
        return not self.items() and not self.problems and finish(self.folder)

    def _parsed(self, field: Field, raw: str | None, now: str) -> Any:
        """The form's value of a field, checked: a pick-list's must be offered (or be the
        value the draft has: accept says what is wrong with a TODO)."""
        if field.widget == "check":
            return raw == "on"
        text = " ".join((raw or "").split()) if field.widget != "textarea" else (raw or "")
        text = text.replace("\r\n", "\n").strip()
        if not text:
            if field.optional:
                return None
            raise ValueError("must not be empty")
        if field.widget == "names":
            return CommentedSeq(name.strip() for name in re.split(r"[,;]", text) if name.strip())
        if field.widget == "date":
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError(f"'{text}' is no date (YYYY-MM-DD)") from None
        offered: list[str] | None = None
        if field.widget == "choice":
            offered = list(field.choices)
        elif field.widget in (lists := self.pick_lists()):
            offered = [c.value for c in lists[field.widget]]
        if offered is not None and text not in offered and text != now:
            raise ValueError(f"'{text}' is not one of the choices")
        return text

    def _keep(self, item: Item, mark: Any) -> None:
        """Save the corrections of an item accept refused, still marked a draft."""
        if mark and "draft" not in item.record:
            item.record.insert(1 if item.index is None else 0, "draft", mark)
        self._save(item)

    def _save(self, item: Item) -> None:
        write_draft(item.file, dumped(item.document), self.folder)
        self._lists.clear()

    def _remove(self, item: Item) -> None:
        self._lists.clear()  # accepted into data/, or rejected: the lists change
        refuse_link_on_the_way(item.file, self.folder)
        text = read_draft(item.file)
        if item.index is None or len(yaml.safe_load(text).get("quotes") or []) <= 1:
            item.file.unlink()  # a draft file, or the last quotation: nothing is left to place
            return
        write_draft(item.file, _without(text, item.index), self.folder)

    def _named(self, text: str, staged: Path) -> str:
        """A message of accept's about the staged copy, naming the drafts instead."""
        return text.replace(str(staged), str(self.folder))


MANY_EVENTS = 40
"""More events than a dispute's form offers a box each."""


def _labelled(events: list[dict[str, Any]], note: str = "") -> list[Choice]:
    """Events as a pick-list labels them: by title, date and id (two events may share a
    title)."""
    found = []
    for record in events:
        when = record.get("when")
        on = when.get("date") if isinstance(when, dict) else None
        date = f"{on}, " if on else ""
        found.append(Choice(record["id"], f"{record.get('title')} ({date}{record['id']}{note})"))
    return found


SETTLES: dict[tuple[str | int, ...], str] = {
    ("claim", "speaker"): "speaker guessed",
    ("to",): "place guessed",
}
"""A quotation's guess the editor settles by correcting its field."""


def _settled(item: Item, changed: set[tuple[str | int, ...]]) -> None:
    """The draft mark without the guesses the editor just corrected (a speaker chosen is
    no longer "guessed from 'likes to'")."""
    gone = [SETTLES[path] for path in changed if path in SETTLES]
    if not gone or not item.record.get("draft"):
        return
    kept = [g for g in item.guesses() if not g.startswith(tuple(gone))]
    item.record["draft"] = "; ".join(kept) or "corrected on the review screen"


def _holders_kept(record: Any) -> list[str]:
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


def _set(record: Any, field: Field, value: Any) -> None:
    """Set the field's value, or take it out (None): a mapping left empty goes with it, and
    none is made for a value left empty (an update without a `when` gets no `when: {}`)."""
    *above, last = field.path
    if value is None and isinstance(last, int):  # an entry of a list: taken off after
        listed = _get(record, tuple(above))
        if isinstance(listed, list) and last < len(listed):
            listed[last] = None
        return
    if value is None:
        parents = [record]
        for step in above:
            parents.append(_get(parents[-1], (step,)))
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


def _without(text: str, index: int) -> str:
    """quotes.yaml without its item `index`, each other item keeping the comments above it
    (round trip would hand an item's comments to the one before it)."""
    lines = text.splitlines(keepends=True)
    starts = [n for n, line in enumerate(lines) if line.startswith("  - ")]
    blocks = []
    for n in starts:
        while n > 0 and lines[n - 1].startswith("  #"):
            n -= 1
        blocks.append(n)
    end = blocks[index + 1] if index + 1 < len(blocks) else len(lines)
    kept = "".join(lines[: blocks[index]] + lines[end:])
    before = yaml.safe_load(text)["quotes"]
    if len(blocks) == len(before) and yaml.safe_load(kept)["quotes"] == [
        q for n, q in enumerate(before) if n != index
    ]:
        return kept
    document = round_trip().load(text)  # not laid out as ingest writes it: drop the item alone
    del document["quotes"][index]
    return dumped(document)


def data_articles(data: Path, sets: list[str]) -> list[Choice]:
    """The sources of data/ with no draft set, newest first: pages where what ingest missed
    in an article already accepted can still be added."""
    found = [r for r in records_in(data / "sources") if r["id"] not in sets]
    found.sort(key=lambda r: (str(r.get("published")), r["id"]), reverse=True)
    return [
        Choice(r["id"], f"{r.get('outlet')}, {r.get('published')}: {r.get('headline')}")
        for r in found
    ]


def draft_sets(drafts: Path) -> list[str]:
    """The ids of the draft sets in drafts/, each a folder named as an id."""
    if not drafts.is_dir():
        return []
    return sorted(
        entry.name
        for entry in drafts.iterdir()
        if entry.is_dir() and not entry.is_symlink() and re.fullmatch(ID_PATTERN, entry.name)
    )
