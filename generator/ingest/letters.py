"""The letters of every Latin alphabet in ingest's patterns.

Ingest's patterns say "a capital" as `[A-Z]` and "a small letter" as `[a-z]`, which in
Python's `re` are ASCII only: "Łukasz Żółkiewski", "Ms Núñez" or "Søren Østergaard" were
no names. Every pattern of ingest is compiled by `compile`, which widens those classes
(and `[^A-Z]`, `[A-Za-z]`) to the capitals and small letters of the Latin script
(Latin-1, Latin Extended-A and -B, Latin Extended Additional: Polish, Czech, Nordic,
Turkish, Vietnamese, Spanish, Yoruba…). Other scripts have no case, or are no part of an
English article's names.
"""

from __future__ import annotations

import re
import unicodedata

LATIN = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
"""Code points of the Latin letters beyond ASCII."""
CAPITALS = "".join(c for c in map(chr, LATIN) if unicodedata.category(c) in ("Lu", "Lt"))
SMALL = "".join(c for c in map(chr, LATIN) if unicodedata.category(c) == "Ll")


def widened(pattern: str) -> str:
    """`pattern` with each character class's `A-Z` and `a-z` taking every Latin capital
    and small letter ("[A-Z][a-z]+" matches "Łukasz"); nothing outside a class changes."""
    out: list[str] = []
    i, in_class, class_start = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if not in_class and char == "[":
            in_class, class_start = True, i
            out.append(char)
            if pattern.startswith("^", i + 1):
                out.append("^")
                i += 1
            if pattern.startswith("]", i + 1):  # "[]…]": a bracket is its first member
                out.append("]")
                i += 1
        elif in_class and char == "]" and i > class_start:
            in_class = False
            out.append(char)
        elif in_class and pattern.startswith("A-Z", i):
            out.append("A-Z" + CAPITALS)
            i += 3
            continue
        elif in_class and pattern.startswith("a-z", i):
            out.append("a-z" + SMALL)
            i += 3
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` of the `widened` pattern."""
    return re.compile(widened(pattern), flags)
