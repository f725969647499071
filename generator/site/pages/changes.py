"""The explainer over time, as pages: what changed (each update, newest first) and the
corrections; and the same updates as open data, which the feeds are made from."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from markupsafe import Markup

from ...records.explainer import Explainer
from ...records.model import KINDS, TITLE_FIELDS
from ...records.updates import Item, Update
from ..i18n import ENGLISH, Language
from ..markup import escape_text, link, page_path
from .change_words import item_text, item_values, message_parts
from .dates import day, describe_when
from .plan import Page

CHANGES = "changes/index.md"
CORRECTIONS = "changes/corrections.md"
UPDATES_JSON = "open-data/updates.json"
CALENDAR_JSON = "open-data/calendar.json"


def change_pages(
    explainer: Explainer, updates: list[Update], lang: Language = ENGLISH
) -> list[Page]:
    """The What changed page and the Corrections page, in the language `lang`."""
    listed = _by_day(explainer, updates, lang)
    notes = sorted(
        (
            (note, kind, record)
            for kind in KINDS
            for record in getattr(explainer, kind).values()
            for note in record.changes
            if note.correction
        ),
        key=lambda found: found[0].date,
        reverse=True,
    )
    corrections = [
        {
            "date": day(note.date, lang),
            "record": link(
                lang.data(getattr(record, TITLE_FIELDS[kind])),
                page_path(kind, record.id),
                CORRECTIONS,
            ),
            "note": note.note,
        }
        for note, kind, record in notes
    ]
    by_outlets = [
        {
            "published": day(source.published, lang),
            # the headline to the article's page, the paragraph number to the paragraph
            "source": lang.markup(
                "{headline}, {paragraph}",
                headline=link(
                    lang.data(source.headline), page_path("sources", source.id), CORRECTIONS
                ),
                paragraph=link(
                    Markup(f"¶{lang.number(p.n)}"),
                    page_path("sources", source.id),
                    CORRECTIONS,
                    f"p{p.n}",
                ),
            ),
            "text": p.text,
        }
        for source in sorted(explainer.sources.values(), key=lambda s: s.published, reverse=True)
        for p in source.paragraphs
        if p.outlet_correction
    ]
    return [
        Page(CHANGES, "changes.md.j2", {"updates": listed}, lang._("What changed")),
        Page(
            CORRECTIONS,
            "corrections.md.j2",
            {"corrections": corrections, "by_outlets": by_outlets},
            lang._("Corrections"),
        ),
    ]


def _by_day(explainer: Explainer, updates: list[Update], lang: Language) -> list[dict[str, Any]]:
    """The updates grouped by the day they were made, newest first: one heading a day,
    and a change said twice that day (two commits) said once."""
    days: dict[dt.date, dict[str, Any]] = {}
    for update in updates:
        when = update.time.date()
        group = days.setdefault(
            when,
            {
                "date": day(when, lang),
                "anchor": Markup(when.isoformat()),
                "items": [],
                "said": set(),
            },
        )
        for item in update.items:
            # a removal is said without a name: each record's its own line ("Removed an
            # actor" twice is two actors), never folded into one
            said = (item.text, item.id if item.removed else "")
            if said not in group["said"]:
                group["said"].add(said)
                group["items"].append(_item(explainer, item, CHANGES, lang))
    return [{k: v for k, v in group.items() if k != "said"} for group in days.values()]


def _item(
    explainer: Explainer, item: Item, current: str, lang: Language = ENGLISH
) -> dict[str, Any]:
    record = getattr(explainer, item.kind, {}).get(item.id)
    target = page_path(item.kind, item.id) if record is not None and not item.removed else None
    name = lang.isolate(_title_in(explainer, item, record))
    title = link(name, target, current) if target else escape_text(name)
    parts = message_parts(lang._(item.message))
    words = item_values(item, lang, marked=True)  # the page marks a correction itself
    values = {"title": title, **{k: escape_text(v) for k, v in words.items()}}
    # The message's own words are escaped as the data is ("New event: " before a link).
    text = Markup("").join(escape_text(p) if i % 2 == 0 else values[p] for i, p in enumerate(parts))
    return {"text": text, "correction": item.correction}


def _title_in(explainer: Explainer, item: Item, record: Any) -> str:
    """The name an item is listed under: the record's name now (records/updates.py,
    as_published), or on a site of another language its translated name if it has one."""
    field = TITLE_FIELDS.get(item.kind, "")
    translations = getattr(record, "translations", {})  # a source has none: its own words
    translation = translations.get(explainer.language)
    if item.removed or getattr(translation, field, None) is None:
        return item.title
    return str(getattr(record, field))


def updates_json(updates: list[Update], lang: Language = ENGLISH) -> str:
    """open-data/updates.json: every update with its items, for feeds and reuse."""
    data = [
        {
            "commit": update.commit,
            "time": update.time.isoformat(),
            "items": [
                {
                    "kind": item.kind,
                    "id": "" if item.removed else item.id,  # an id is made from a name
                    "text": item_text(item, lang),
                    "title": item.title,
                    "removed": item.removed,
                    "correction": item.correction,
                }
                for item in update.items
            ],
        }
        for update in updates
    ]
    return json.dumps({"updates": data}, ensure_ascii=False, indent=1) + "\n"


def calendar_json(explainer: Explainer) -> str:
    """open-data/calendar.json: the events that have not happened (scheduled, postponed,
    called off), each with the days its date can mean (the end exclusive, as iCalendar
    counts), for the calendar feed: one put off stays in it, marked, so that a
    subscriber's calendar shows it called off instead of silently losing it."""
    events = []
    for event in sorted(explainer.events.values(), key=lambda e: (e.when.date, e.id)):
        if event.status == "happened":
            continue
        start, end = event.when.days()
        events.append(
            {
                "id": event.id,
                "status": event.status,
                "title": event.title,
                "summary": event.summary,
                "place": event.place,
                "date": describe_when(event.when),
                "start": start.isoformat(),
                "end": end.isoformat(),
            }
        )
    return json.dumps({"events": events}, ensure_ascii=False, indent=1) + "\n"
