"""Matching a verbatim quote against the paragraph it cites: both are compared in this
normal form."""

from __future__ import annotations

import re

# Typographic quote marks count as their plain forms; nothing else is forgiven.
_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold runs of whitespace to one space and curly quotes to straight ones."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip()
