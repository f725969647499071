"""What changed, in a reader's words and language: the messages records/updates.py
names for each change, translated and filled in."""

from __future__ import annotations

import datetime as dt
import re

from ...records.updates import CORRECTION, Item
from ..i18n import ENGLISH, N_, Language

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def message_parts(message: str) -> list[str]:
    """A message cut at its placeholders: words, a name, words, a name, ... words."""
    return _PLACEHOLDER.split(message)


def item_values(item: Item, lang: Language, marked: bool = False) -> dict[str, str]:
    """The date and the words of an item's message, in the language `lang` (`marked`: a
    correction's note alone, where the page marks it a correction already)."""
    published = dt.date.fromisoformat(item.published) if item.published else None
    return {
        "date": lang.date(published, "d MMMM y") if published else "",
        "what": what_changed(item, lang, marked),
    }


ACTIONS = {"added": N_("added"), "removed": N_("removed")}


def what_changed(item: Item, lang: Language = ENGLISH, marked: bool = False) -> str:
    """What happened to the record, without its name, in the language `lang`: 'date
    changed', 'added', or its change note (a correction said so, unless `marked`)."""
    if item.action == "noted":
        note = lang.isolate(item.what[0])
        return lang._(CORRECTION).format(note=note) if item.correction and not marked else note
    if item.action == "changed":
        return lang._(", ").join(lang._(word) for word in item.what)
    return lang._(ACTIONS[item.action])


def item_text(item: Item, lang: Language = ENGLISH) -> str:
    """An item as plain text in the language `lang` ('Added Ana Lindqvist')."""
    title = lang.isolate(item.title)
    return lang._(item.message).format(title=title, **item_values(item, lang))
