"""Drafts as text: each value dumped by the YAML dumper, its guess a comment above it."""

from __future__ import annotations

import re

import yaml


def field_text(key: str, value: object, note: str | None = None) -> str:
    """One top-level field, dumped; its note (a guess and its evidence) above it."""
    dumped = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=90)
    above = "".join(f"# {line}\n" for line in comment(note).splitlines()) if note else ""
    return above + dumped


def comment(text: str) -> str:
    """Text that is safe in a YAML comment: no control character ends it early."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)


def indented(text: str) -> str:
    """Dumped YAML indented to sit under a key."""
    return "".join(f"  {line}\n" for line in text.splitlines())
