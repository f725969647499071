"""What a name may hold, and when two names are the same or look alike.

A name (an actor's name or alias, an event's title, a dispute's question, a headline)
is what readers search for and what every page shows, so it may not hide characters:
no control or format characters (bidirectional controls reorder the page's own text
around them; tag characters, variation selectors and interlinear annotations show
nothing), no private-use characters, no invisible characters that make two names look
alike. The joiners U+200C and U+200D stay allowed between letters, where Persian and
Indic scripts need them, and an emoji's presentation selector (U+FE0E, U+FE0F) right
after a symbol, where emoji need it.

Two names can also look alike without hiding anything: Cyrillic or Greek letters that
are drawn like Latin ones ("Мike" with a Cyrillic М). Those are warnings (`check`), by a
small table of the look-alikes of Unicode's confusables (UTS #39) for the scripts names
mix in practice.
"""

from __future__ import annotations

import re
import unicodedata

HONORIFICS = frozenset(
    "Dr Mr Mrs Ms Mx Prof Rev Gen Lt Col Maj Capt Sgt Adm Sen Rep Gov Cllr Cr Det Insp Supt"
    " Cmdr Cpl Pvt Fr Msgr Hon Amb Brig Adv Atty".split()
)
"""Titles written before a name, abbreviated ("Dr.", or in British style "Dr"): no part of
the name, so ingest leaves them out and an index files a name without them."""
_LEADING_HONORIFIC = re.compile(
    rf"(?:(?:{'|'.join(sorted(HONORIFICS))})\.|Dr|Mr|Mrs|Ms|Mx|Prof|Cllr)\s+(?=\S)"
)
"""A leading title; without its full stop, only one no name is ("Gen Hoshino" is filed
under G)."""


def filing_name(name: str) -> str:
    """The name as an index files it: casefolded, without a leading title ("Dr. Anh Vo"
    under A, with "Anh Nguyen", not under D)."""
    return _LEADING_HONORIFIC.sub("", name.strip(), count=1).casefold()


BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = (
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u2060-\u2064\u2800\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\U000e0000-\U000e0fff"
)
"""Characters that show nothing (Unicode's default-ignorable code points that are not
format characters, and the braille blank), as a regular-expression class."""
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}
"""Controls, format characters, private use, surrogates, line and paragraph separators."""
_UNNAMED = {"Co": "private-use character", "Cs": "surrogate"}
_JOINERS = "\u200c\u200d"
_EMOJI_SELECTORS = "\ufe0e\ufe0f"
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
_LONE_JOINER = re.compile(rf"(?<!\w)[{_JOINERS}]|[{_JOINERS}](?!\w)")
BIDI_CONTROL = re.compile(f"[{BIDI_CONTROLS}]")
_UNPRINTABLE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def terminal_safe(text: str) -> str:
    """Text from data as the terminal should print it: control characters (an escape
    sequence could clear the screen or forge a line) and bidirectional controls shown as
    escapes. Newlines and tabs stay: a caller that needs one line replaces them first."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def name_problem(text: str) -> str | None:
    """Why `text` cannot be a name, or None."""
    position = next((i for i in range(len(text)) if _hidden(text, i)), None)
    if position is not None:
        char = text[position]
        what = unicodedata.name(char, _UNNAMED.get(unicodedata.category(char), "control character"))
        return (
            f"a name may not hold the invisible or control character U+{ord(char):04X} "
            f"({what}) at position {position + 1}: retype the name"
        )
    if not visible(text):
        return "a name needs at least one visible character"
    return None


def _hidden(text: str, i: int) -> bool:
    """Whether the character at `i` hides in `text`: the joiners only outside a word, an
    emoji selector only after something other than a symbol."""
    char = text[i]
    if char in _JOINERS:
        return bool(_LONE_JOINER.match(text, i))
    if char in _EMOJI_SELECTORS:
        return i == 0 or unicodedata.category(text[i - 1]) != "So"
    return unicodedata.category(char) in _HIDDEN_CATEGORIES or bool(_INVISIBLE_CHAR.match(char))


def visible(text: str) -> str:
    """`text` without white space, joiners and other characters that show nothing."""
    return "".join(
        c
        for c in text
        if not c.isspace()
        and unicodedata.category(c) not in {"Cc", "Cf", "Zs", "Mn", "Me"}
        and not _INVISIBLE_CHAR.match(c)
    )


def same_name_key(text: str) -> str:
    """Two names with the same key look the same to a reader: compared after NFKC
    normalisation and case folding, with invisible characters removed and white space
    folded."""
    text = _shown(unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split())


def _shown(text: str) -> str:
    return "".join(
        c for c in text if unicodedata.category(c) != "Cf" and not _INVISIBLE_CHAR.match(c)
    )


_LOOK_ALIKES = str.maketrans(
    {
        **dict(zip("АВЕКМНОРСТХЅІЈҮԚԜӀ", "ABEKMHOPCTXSIJYQWl", strict=True)),  # Cyrillic
        **dict(zip("аеорсхуѕіјһԁԛԝӏү", "aeopcxysijhdqwly", strict=True)),
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹͿ", "ABEZHIKMNOPTYXCJ", strict=True)),  # Greek
        **dict(zip("οναριγυϲϳ", "ovapiyucj", strict=True)),
        **dict(zip("I1|0", "lllO", strict=True)),  # Latin letters and digits drawn alike
        "m": "rn",
    }
)
"""Letters drawn like a Latin letter, and the letter they are drawn like, as UTS #39's
confusables.txt maps them (its prototypes: 'l' for I and 1, 'rn' for m)."""
LOOK_ALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def look_alike_key(text: str) -> str:
    """Two names with the same key may look the same (UTS #39's skeleton, for Latin,
    Cyrillic and Greek letters): compared after NFKD, with invisible characters removed,
    each look-alike letter replaced by the one it looks like, then case folded."""
    text = _shown(unicodedata.normalize("NFKD", text)).translate(_LOOK_ALIKES)
    return " ".join(text.casefold().split())


def mixed_script(text: str) -> str | None:
    """How a word of `text` mixes Latin, Cyrillic and Greek letters, or None: such a
    word looks like a word of one script while its letters are another's."""
    for word in re.findall(r"\w+", unicodedata.normalize("NFC", text)):
        letters = [(c, _script(c)) for c in word if _script(c) in LOOK_ALIKE_SCRIPTS]
        counts = [script for _, script in letters]
        scripts = sorted(set(counts), key=lambda script: (counts.count(script), script))
        if len(scripts) > 1:
            odd = next(c for c, script in letters if script == scripts[0])
            return (
                f"the word '{word}' mixes {' and '.join(s.title() for s in scripts)} letters "
                f"(U+{ord(odd):04X} {unicodedata.name(odd)} among {scripts[-1].title()} ones)"
            )
    return None


def _script(char: str) -> str:
    """The script of a letter, as the first word of its Unicode name ('' if none)."""
    return unicodedata.name(char, "").split(" ")[0] if char.isalpha() else ""
