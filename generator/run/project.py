"""Where an explainer project keeps things: its folders, and which of them the generator owns."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..text.terms import LETTERS_APART

GENERATED_DIRS = (
    "actors",
    "events",
    "disputes",
    "sources",
    "coverage",
    "reference",
    "timeline",
    "map",
    "open-data",
    "changes",
)
"""Folders under docs/ that belong to the generator; every other page is hand-written."""

MANIFEST = ".generated.json"
"""The generator's list of the pages it wrote, in docs/ (MkDocs ignores dotfiles)."""

GENERATED_MARK = "---\n# Generated from data/ by the explainer generator: edits here are lost.\n"
"""How every generated Markdown page begins (a YAML comment in its front matter): the
proof that a page is the generator's, when its manifest is lost or behind."""


@dataclass(frozen=True)
class Paths:
    """Where the pipeline reads and writes; all relative to the project by default."""

    data: Path = Path("data")
    docs: Path = Path("docs")
    config: Path = Path("mkdocs.yml")
    site: Path = Path("site")

    @property
    def cache(self) -> Path:
        """What one run keeps for the next, about the pages of this docs folder: beside
        docs/, never in it (`.cache/docs/`), so it is neither published nor committed."""
        return self.docs.parent / ".cache" / self.docs.name


def slug(text: str) -> str:
    """A site's name as the offline bundle's file name starts: 'the-haqqani-dispute-…'.
    Letters and digits of any script stay (an Arabic title gives an Arabic name); a name
    with none is 'explainer'."""
    kept = "".join(
        c if unicodedata.category(c)[0] in "LMN" else "-"  # letters, their marks, digits
        for c in unicodedata.normalize("NFKC", text).casefold()
    )
    return re.sub("-+", "-", kept)[:80].strip("-") or "explainer"


def id_slug(text: str) -> str:
    """Text as a record id may spell it: lower-case ASCII letters, digits and single
    hyphens, accents taken off ('Zoë Brun' -> 'zoe-brun'); '' when nothing is left."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = plain.lower().translate(LETTERS_APART)
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:90].strip("-")
