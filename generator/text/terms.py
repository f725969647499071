"""How text becomes search terms. `worker.js` (fold, terms) is the same code in
JavaScript, so a reader's query meets the index on the same terms; keep them together."""

from __future__ import annotations

import functools
import re
import unicodedata

STOP_WORDS = frozenset(
    "a an and are as at be but by for from had has have he her his in into is it its of on"
    " or she that the their them they this to was were which who will with".split()
)
"""Not indexed (they would be the largest posting lists), but counted in positions, so a
phrase with one in the middle still matches. `us` is not one: it is U.S."""

_APOSTROPHES = re.compile("[\u2018\u2019\u02bc\u0060\u00b4\u2032]")
_INITIALISM = re.compile(r"(?<![^\W_])(?:[^\W\d_]\.){2,}")  # U.S. -> us, U.N. -> un
_POSSESSIVE = re.compile(r"'s(?![^\W_])")
_TERM = re.compile(r"[^\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold(run: re.Match[str]) -> str:
    return _fold_run(run[0])


@functools.lru_cache(maxsize=4096)
def _fold_run(run: str) -> str:
    """Compatibility forms decomposed, combining marks dropped: "é" -> "e", "ﬁ" -> "fi".
    Run by run of non-ASCII characters: the same as the whole text, since a mark is
    dropped wherever it stands."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", run) if unicodedata.category(c)[0] != "M"
    ).translate(LETTERS_APART)


LETTERS_APART = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ı": "i"}
)
"""Latin letters that are no letter with an accent, so NFKD leaves them whole: as English
writes them ("Brønsted" finds "Bronsted", "Łukasz" "Lukasz"). search-worker.js has the
same table."""


def fold(text: str) -> str:
    """Lower case, accents dropped ("Ömer" -> "omer"), curly apostrophes straight,
    initialisms and possessives folded ("the U.S.'s" -> "the us")."""
    text = text.lower()
    if not text.isascii():
        text = _APOSTROPHES.sub("'", _NON_ASCII.sub(_fold, text))
    elif "`" in text:
        text = text.replace("`", "'")
    if "." in text:
        text = _INITIALISM.sub(lambda m: m[0].replace(".", ""), text)
    if "'" in text:
        text = _POSSESSIVE.sub("", text).replace("'", "")
    return text


def terms(text: str) -> list[str]:
    """Every word of the text, normalised, stop words included (positions count them)."""
    return _TERM.findall(fold(text))
