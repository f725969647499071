"""What a name may hold, and when two names are the same.

A name (an actor's name or alias, an event's title, a dispute's question, a headline)
is what readers search for and what every page shows, so it may not hide characters:
no control characters, no bidirectional controls (which reorder the page's own text
around them), no invisible characters that make two names look alike. The joiners
U+200C and U+200D stay allowed between letters, where Persian and Indic scripts need them.
"""

from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = "\u00ad\u034f\u115f\u1160\u180e\u200b\u2060\u2061\u2062\u2063\u2064\u3164\ufeff\uffa0"
_JOINERS = "\u200c\u200d"
_REFUSED = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}{_INVISIBLE}]")
_LONE_JOINER = re.compile(rf"(?<!\w)[{_JOINERS}]|[{_JOINERS}](?!\w)")
BIDI_CONTROL = re.compile(f"[{BIDI_CONTROLS}]")


def name_problem(text: str) -> str | None:
    """Why `text` cannot be a name, or None."""
    bad = _REFUSED.search(text) or _LONE_JOINER.search(text)
    if bad:
        char = bad[0]
        what = unicodedata.name(char, "control character")
        return (
            f"a name may not hold the invisible or control character U+{ord(char):04X} "
            f"({what}) at position {bad.start() + 1}: retype the name"
        )
    if not visible(text):
        return "a name needs at least one visible character"
    return None


def visible(text: str) -> str:
    """`text` without white space, joiners and other characters that show nothing."""
    return "".join(
        c
        for c in text
        if not c.isspace()
        and unicodedata.category(c) not in {"Cc", "Cf", "Zs", "Mn", "Me"}
        and c not in _INVISIBLE
    )


def same_name_key(text: str) -> str:
    """Two names with the same key look the same to a reader: compared after NFKC
    normalisation and case folding, with invisible characters removed and white space
    folded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf" and c not in _INVISIBLE)
    return " ".join(text.casefold().split())
