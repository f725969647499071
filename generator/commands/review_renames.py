"""A drafted record's id that follows the editor's correction on the review page: a new
event's or actor's id follows its title or name, a new source's its outlet, as ingest makes
them, when it is the id ingest made (an id the editor chose is kept). The file is renamed,
and the set's references (quotations, citations, participants, REVIEW.md) follow it. A new
event the editor says is an event of data/ becomes an update of it, and the set's
references follow it there."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..ingest.proposals import event_words, id_of
from ..ingest.updates import said_change
from ..run.guard import refuse_link_on_the_way
from ..run.project import id_slug
from .accept import dumped
from .review_files import load_draft, read_draft, write_draft

if TYPE_CHECKING:
    from .review_forms import Item

TITLE_OF = {"events": "title", "actors": "name"}
"""The field a new record's drafted id is made from."""


def follow_outlet(folder: Path, data: Path, item: Item, before: str) -> str | None:
    """A drafted source's id follows its corrected outlet, as ingest makes it
    (`outlet-date`), when it is the id ingest made: "source-2026-03-03" becomes
    "ap-2026-03-03" once the outlet is known; the set's citations follow it. The new id,
    or None when it is kept."""
    record = item.document
    old_id, after = str(record.get("id") or ""), str(record.get("outlet") or "")
    published = record.get("published")

    def made(outlet: str) -> str:  # ingest wrote TODO where it knew no outlet
        return f"{id_slug('' if outlet == 'TODO' else outlet) or 'source'}-{published}"

    if not after or after == before:
        return None
    if not re.fullmatch(rf"{re.escape(made(before))}(?:-\d+)?", old_id):
        return None  # an id the editor chose
    taken = {p.stem for folder in (data, folder) for p in (folder / "sources").glob("*.yaml")}
    new_id, number = made(after), 1  # as ingest makes it: the outlet's slug and the date
    while new_id in taken - {old_id}:
        number += 1
        new_id = f"{made(after)}-{number}"
    if new_id == old_id:
        return None
    citing = re.compile(rf"(?<![\w-]){re.escape(old_id)}(?![\w-])")
    for path in [*sorted(folder.rglob("*.yaml")), folder / "REVIEW.md"]:
        if path == item.file or path.is_symlink() or not path.is_file():
            continue
        text = read_draft(path)
        renamed = citing.sub(new_id, text)
        if renamed != text:
            write_draft(path, renamed, folder)
    move(folder, item, new_id)
    return new_id


def follow_title(folder: Path, data: Path, item: Item, before: str) -> None:
    """A new event's or actor's id follows its corrected title or name, when it is the id
    ingest made from the old one (an id the editor chose is kept): the record's address
    then says what it is. The file is renamed and the set's references follow it."""
    record, kind = item.document, item.kind
    old_id, after = str(record.get("id") or ""), str(record.get(TITLE_OF[kind]) or "")
    made = _words_of_id(kind)  # as ingest makes the id: an event's subject and verb
    if not after or after == before:
        return
    ingests = (id_of(made(before), set(), ""), id_of(before, set(), ""))
    if not any(re.fullmatch(rf"{re.escape(i)}(?:-\d+)?", old_id) for i in ingests):
        return  # an id the editor chose ("…-said-41" may end in a number of its own)
    taken = {p.stem for folder in (data, folder) for p in (folder / kind).glob("*.yaml")}
    new_id = id_of(made(after), taken - {old_id}, old_id)
    if new_id == old_id:
        return
    for path in sorted(folder.rglob("*.yaml")):
        if path == item.file or path.is_symlink() or not path.is_file():
            continue
        text = read_draft(path)
        if kind == "events":  # `to` and `places` of quotations, and the comments on them
            renamed = re.sub(rf"\bevent:{re.escape(old_id)}(?![\w-])", f"event:{new_id}", text)
            if renamed != text:
                write_draft(path, renamed, folder)
            continue
        document = load_draft(path, text)
        if _renamed(document, old_id, new_id):
            write_draft(path, dumped(document), folder)
    review = folder / "REVIEW.md"  # ingest's list of the drafts names the file
    if review.is_file() and not review.is_symlink():
        text = read_draft(review)
        named = text.replace(f"{kind}/{old_id}.yaml", f"{kind}/{new_id}.yaml")
        if named != text:
            write_draft(review, named, folder)
    move(folder, item, new_id)


def move(folder: Path, item: Item, new_id: str) -> None:
    """The item's record and file under its new id (its references have followed)."""
    item.document["id"] = new_id
    target = item.file.with_name(f"{new_id}.yaml")
    refuse_link_on_the_way(target, folder)
    item.file.rename(target)
    item.file, item.key = target, f"{item.kind}/{target.name}"


def _words_of_id(kind: str) -> Callable[[str], str]:
    """The words of a title or name ingest makes a new record's id from."""
    return event_words if kind == "events" else str


def _renamed(value: Any, old_id: str, new_id: str) -> bool:
    """Point a draft's references to a renamed actor at its new id; whether any did."""
    found = False
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("actor", "speaker") and inner == old_id:
                value[key], found = new_id, True
            elif key == "alleged_by" and isinstance(inner, list) and old_id in inner:
                inner[inner.index(old_id)], found = new_id, True
            else:
                found = _renamed(inner, old_id, new_id) or found
    elif isinstance(value, list):
        for inner in value:
            found = _renamed(inner, old_id, new_id) or found
    return found


def into_update(folder: Path, item: Item, event_id: str, event: dict[str, Any]) -> Path:
    """A new event's draft that is `event` of data/ (its id `event_id`) becomes the set's
    update of it: its citations, and its status and date where they differ from the
    record's (a follow-up reports the meeting held); an update the set has of that event
    already takes them in. The set's quotations placed on the draft go to the event, and
    the draft is removed. Returns the update's file."""
    record, old_id = item.document, str(item.document.get("id") or "")
    target = folder / "updates" / "events" / f"{event_id}.yaml"
    refuse_link_on_the_way(target, folder)
    update = load_draft(target, read_draft(target)) if target.is_file() else None
    if update is None:
        update = CommentedMap(update=f"events/{event_id}")
        update["draft"] = (
            f"made on the review screen from the new event “{record.get('title')}”: give a new"
            " summary and a note for readers if it changed, then accept"
        )
    cite = update.setdefault("cite", CommentedSeq())
    for citation in record.get("cite") or []:
        same = next((c for c in cite if c.get("source") == citation.get("source")), None)
        if same is None:
            cite.append(citation)
        else:  # the same article: its paragraphs joined
            numbers = sorted({*same.get("paragraphs", []), *citation.get("paragraphs", [])})
            same["paragraphs"] = CommentedSeq(numbers)
    drafted = {"status": "happened", **record}  # a record without a status happened
    for key in ("status", "when"):
        if key in drafted and key not in update and _news(key, drafted[key], event.get(key)):
            update[key] = drafted[key]
            # said where the update is confirmed: a wrong day in one article is not
            # carried into data/ unseen (new user 12)
            said = said_change(key, event.get(key), drafted[key])
            keep = ": empty the date fields to keep data/'s" if key == "when" else ""
            update["draft"] = f"{update.get('draft')}; {said}{keep}"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_draft(target, dumped(update), folder)
    for path in sorted(folder.rglob("*.yaml")):  # `to` and `places` of quotations
        if path in (item.file, target) or path.is_symlink() or not path.is_file():
            continue
        text = read_draft(path)
        moved = re.sub(rf"\bevent:{re.escape(old_id)}(?![\w-])", f"event:{event_id}", text)
        if moved != text:
            write_draft(path, moved, folder)
    refuse_link_on_the_way(item.file, folder)
    item.file.unlink()
    return target


def _news(key: str, drafted: Any, recorded: Any) -> bool:
    """Whether the draft's value of `key` tells the event of data/ something new: a date
    only when its days differ ("next Thursday" in a later article is no better a basis
    than "Thursday, November 19")."""
    if key == "when" and isinstance(drafted, dict) and isinstance(recorded, dict):
        days = ("date", "end", "precision")
        return any(str(drafted.get(k)) != str(recorded.get(k)) for k in days)
    return bool(drafted != recorded)
