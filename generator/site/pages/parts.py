"""Long indexes split into parts: a page per key that stays put as records come and go."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ...text.names import filing_name
from .links import Links


@dataclass(frozen=True)
class Part:
    """One page of a split index: its path, its label, and the records it lists."""

    path: str
    label: str
    records: list[Any]


def split(
    records: list[Any], folder: str, key: Callable[[Any], tuple[str, str]], page_rows: int
) -> list[Part] | None:
    """Records (in the order they are listed) in parts by key -> (file name, label), or
    None when they fit one page (`page_rows`)."""
    if len(records) <= page_rows:
        return None
    parts: dict[str, Part] = {}
    for record in records:
        name, label = key(record)
        parts.setdefault(name, Part(f"{folder}/{name}.md", label, [])).records.append(record)
    return list(parts.values())


def initial(name: str, other: str = "Other") -> tuple[str, str]:
    """(key, label) of the part of the actors index a name is listed in: its first letter
    without accents ('o', 'O' for 'Ömer') or a title ('a' for 'Dr. Anh Vo'), or ('other',
    `other`) for a digit or symbol."""
    first = unicodedata.normalize("NFKD", filing_name(name)[:1])[:1]
    return (first, first.upper()) if "a" <= first <= "z" else ("other", other)


def part_links(parts: list[Part], links: Links) -> list[dict[str, Any]]:
    """A link to each part, with the number of records it lists."""
    return [
        {"link": links.to(part.label, part.path), "count": links.lang.number(len(part.records))}
        for part in parts
    ]


def part_nav(
    parts: list[Part], i: int, links: Links, up: str, index: str
) -> dict[str, Markup | None]:
    """Links from part `i` to its index and to the parts before and after it."""
    return {
        "up": links.to(up, index),
        "previous": links.to(parts[i - 1].label, parts[i - 1].path) if i > 0 else None,
        "next": links.to(parts[i + 1].label, parts[i + 1].path) if i + 1 < len(parts) else None,
    }
