"""Matching a verbatim quote against the paragraph it cites, and showing it as the source
has it.

An editor may type a quote with other quote marks, apostrophes, dashes or spacing than
the article uses: both are compared in a normal form that forgives exactly those. The
site then shows the article's own characters, so that one quote typed two ways is one
quote. On a mismatch, the editor is shown the closest passage with the first difference
marked.
"""

from __future__ import annotations

import difflib
import re

_FOLDED = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\uff07", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\u2026": "...",
    }
)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold runs of white space to one space, and quote marks, apostrophes, dashes and the
    ellipsis to their plain forms."""
    return _SPACE.sub(" ", text.translate(_FOLDED)).strip()


def _normal_with_positions(text: str) -> tuple[str, list[int]]:
    """`normalise(text)` without the strip, and for each of its characters the index in
    `text` of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        folded = " " if char.isspace() else char.translate(_FOLDED)
        if folded == " " and out and out[-1] == " ":
            continue
        out.extend(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


def source_passage(quote: str, paragraph: str) -> str | None:
    """The passage of `paragraph` that `quote` matches, in the paragraph's own characters
    (white space folded), or None if it does not match."""
    normal, where = _normal_with_positions(paragraph)
    wanted = normalise(quote)
    start = normal.find(wanted)
    if not wanted or start < 0:
        return None
    end = where[start + len(wanted) - 1] + 1
    return " ".join(paragraph[where[start] : end].split())


def closest_passage(quote: str, paragraph: str, context: int = 5) -> str:
    """The passage of `paragraph` most like `quote`, word by word, with the first
    difference marked: `… acts as [a] veritable arm …` (in brackets what the paragraph has
    where the quote differs; `[]` where the quote has words the paragraph lacks). Words
    are compared without the punctuation around them first, then as they are."""
    wanted, words = normalise(quote).split(), normalise(paragraph).split()
    for key in (lambda w: w.strip(_PUNCTUATION), lambda w: w):
        marked = _first_difference(
            [key(w) for w in wanted], [key(w) for w in words], words, context
        )
        if marked:
            return marked
    return " ".join(words)


_PUNCTUATION = "\"'.,;:!?()[]-"


def _first_difference(wanted: list[str], keys: list[str], words: list[str], context: int) -> str:
    matcher = difflib.SequenceMatcher(None, wanted, keys, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        # Paragraph words before or after the whole quote are no difference.
        if tag == "equal" or (tag == "insert" and a1 in (0, len(wanted))):
            continue
        if tag == "replace" and b2 - b1 > a2 - a1:  # at an end of the quote: only its span
            b1, b2 = (b2 - (a2 - a1), b2) if a1 == 0 else (b1, b1 + (a2 - a1))
        before = words[max(0, b1 - context) : b1]
        after = words[b2 : b2 + context]
        lead = "… " if b1 - context > 0 else ""
        tail = " …" if b2 + context < len(words) else ""
        return lead + " ".join([*before, f"[{' '.join(words[b1:b2])}]", *after]) + tail
    return ""
