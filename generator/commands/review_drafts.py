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
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..ingest.drafts import known_actors
from ..records.model import ID_PATTERN, RELATION_LABELS
from ..run.errors import DataError, DataErrors, ExplainerError
from ..run.guard import refuse_link_on_the_way
from .accept import Accepted, accept, dumped, finish, round_trip
from .review_article import cited_paragraphs
from .review_files import ReviewError, digest, load_draft, read_draft, records_in, write_draft
from .review_forms import (
    AFFILIATION,
    CHANGE_NOTE,
    CORRECTS,
    PLACE_OF,
    SAME_AS,
    WHAT_IS_MISSING,
    Choice,
    Field,
    Item,
    added_at,
    entry_of,
    holders_kept,
    set_value,
    settle_guesses,
    value_at,
    without_comments,
)
from .review_renames import TITLE_OF, follow_outlet, follow_title, into_update

FILE_KINDS = (
    "sources",
    "actors",
    "events",
    "disputes",
    "updates/sources",  # the outlet's later version first: what follows may cite its words
    "updates/events",
    "updates/actors",
    "updates/disputes",
)


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
        confirmed = without_comments(item.record) if item.index is not None else item.document
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
            except DataErrors as problem:  # each names a file of data/, or this draft
                self._keep(item, mark)
                raise DataErrors([self._in_draft(e, staged) for e in problem.errors]) from None
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
        rejected actor no quotation's speaker (TODO); a rejected update of an event of
        data/ (ingest's match) is no longer the place it guessed for a quotation."""
        self._remove(item)
        if item.kind == "actors":
            self._without_actor(str(item.record.get("id")))
        quotes = self.folder / "quotes.yaml"
        matched = item.kind == "updates/events"  # ingest's match of an event of data/
        if item.kind not in PLACE_OF and item.kind != "actors" and not matched:
            return
        if not quotes.is_file() or quotes.is_symlink():
            return
        gone = str(item.record.get("update" if matched else "id")).removeprefix("events/")
        kind = "event" if matched else PLACE_OF.get(item.kind, "-")
        place = re.compile(rf"{kind}:{re.escape(gone)}(?::\d+)?")
        document = round_trip().load(read_draft(quotes))
        changed = False
        for quote in (document or {}).get("quotes") or []:
            places, claim = quote.get("places") or [], quote.get("claim") or {}
            if matched and "place guessed" not in str(quote.get("draft") or ""):
                continue  # placed there by the editor, not by the match rejected
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
        fields = item.fields()
        offered = {field.name for field in fields}
        if unknown := [name[2:] for name in form if name.startswith("f:") and name not in offered]:
            # a value the form has no field for would be dropped unsaid (new user 11)
            problems.append(f"{', '.join(unknown)}: this form has no such field")
        added: dict[tuple[str | int, ...], dict[tuple[str | int, ...], tuple[Field, Any]]] = {}
        ticked = []
        for field in fields:
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
            if (at := added_at(item.record, field.path)) is not None:
                try:  # added once the others are set: it shifts no index
                    value = self._parsed(field, form.get(field.name), "")
                except ValueError as problem:
                    problems.append(f"{field.label}: {problem}")
                    continue
                entry = added.setdefault(field.path[: at + 1], {})
                entry[field.path[at + 1 :]] = (field, value)
                continue
            if field.path[0] == "participants" and field.path[-1] == "role":
                actor = form.get(field.name.removesuffix(".role") + ".actor")
                if actor is not None and not actor.strip():
                    continue  # "(none)": the participant goes, its role with it
            try:
                shown = item.value(field)
                value = self._parsed(field, form.get(field.name), shown)
                set_value(item.record, field, value)
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
        elif isinstance(when, dict) and not when.get("source"):
            when["source"] = self.id  # a date given on this screen rests on this article
        for path, parts in added.items():
            given = {rest: value for rest, (_, value) in parts.items() if value is not None}
            missing = [field for field, value in parts.values() if value is None]
            if given and missing:
                first = missing[0]
                asks = WHAT_IS_MISSING.get((first.path[0], first.path[-1]), "fill it in too")
                problems.append(f"{first.label}: {asks}")
            elif given:
                listed = value_at(item.record, path[:-1])
                if listed is None:
                    set_value(item.record, Field(path[:-1], ""), listed := CommentedSeq())
                listed.append(entry_of(given))
        problems += holders_kept(item.record)
        settle_guesses(item, changed)
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

    def _in_draft(self, error: DataError, staged: Path) -> DataError:
        """A mistake accept names in the staged copy of a draft, named in the draft: by
        field, not line (the copy has no comments, the draft's lines are others)."""
        if not error.file.is_relative_to(staged):  # a file of data/, as the draft changes it
            return DataError(
                error.file, error.line, error.field, self._named(error.message, staged)
            )
        draft = self.folder / error.file.relative_to(staged)
        return DataError(draft, 0, error.field, self._named(error.message, staged))

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
