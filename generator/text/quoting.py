"""Matching a verbatim quote against the paragraph it cites, and showing it as the source
has it.

An editor may type a quote with other quote marks, apostrophes, dashes or spacing than
the article uses: both are compared in a normal form that forgives exactly those. The
site then shows the article's own characters, so that one quote typed two ways is one
quote. On a mismatch, the editor is shown the closest passage with the first difference
marked.
"""

from __future__ import annotations

import re
from collections import Counter

_FOLDED = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\uff07", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\u2026": "...",
    }
)
_SPACE = re.compile(r"\s+")


def comparable(text: str) -> str:
    """Fold runs of white space to one space, and quote marks, apostrophes, dashes and the
    ellipsis to their plain forms."""
    return _SPACE.sub(" ", text.translate(_FOLDED)).strip()


def _normal_with_positions(text: str) -> tuple[str, list[int]]:
    """`comparable(text)` without the strip, and for each of its characters the index in
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
    wanted = comparable(quote)
    start = normal.find(wanted)
    if not wanted or start < 0:
        return None
    end = where[start + len(wanted) - 1] + 1
    return " ".join(paragraph[where[start] : end].split())


def closest_passage(quote: str, paragraphs: list[str], context: int = 5) -> str | None:
    """The passage of the cited paragraphs most like `quote`, with the first difference
    marked: `… acts as [a] veritable arm …` (in brackets what the paragraph has where the
    quote differs; `[]` where the quote has words the paragraph lacks). None if the quote
    is too different to show one: not even its first words are in a paragraph.

    Time stays linear in the lengths (a near miss of 20,000 characters is common in
    hostile data): the paragraph is the one sharing most words with the quote; the quote
    is anchored where its longest beginning occurs in it, and the first difference
    classified within a few words. Words are compared without the punctuation around
    them first, then as they are."""
    wanted = comparable(quote).split()
    words = max(
        (comparable(paragraph).split() for paragraph in paragraphs),
        key=lambda words: sum((Counter(wanted) & Counter(words)).values()),
    )
    for key in (lambda w: w.strip(_PUNCTUATION), lambda w: w):
        marked = _first_difference(
            [key(w) for w in wanted], [key(w) for w in words], words, context
        )
        if marked:
            return marked
    return None


_PUNCTUATION = "\"'.,;:!?()[]-"
SKIPPED_WORDS = 3
"""Words at the start of a quote that may differ from the paragraph (a typo in the first
word) before the quote counts as too different to show a closest passage."""
RESYNC_WORDS = 8
"""How far past the first difference the quote and the paragraph are compared to tell
words missing, added or replaced."""


def _first_difference(wanted: list[str], keys: list[str], words: list[str], context: int) -> str:
    for skipped in range(min(SKIPPED_WORDS, len(wanted) - 1) + 1):
        length, at = _longest_start(wanted[skipped:], keys)
        if length == len(wanted) - skipped and not skipped:
            return ""  # the whole quote is there, in this comparison
        if length:
            break
    else:
        return ""
    if skipped:  # the quote's first words differ: what the paragraph has before the anchor
        b1, b2 = max(0, at - skipped), at
    else:
        b1, b2 = _differing_span(wanted[length:], keys, at + length)
    before = words[max(0, b1 - context) : b1]
    after = words[b2 : b2 + context]
    lead = "… " if b1 - context > 0 else ""
    tail = " …" if b2 + context < len(words) else ""
    return lead + " ".join([*before, f"[{' '.join(words[b1:b2])}]", *after]) + tail


def _longest_start(wanted: list[str], keys: list[str]) -> tuple[int, int]:
    """How many of the first words of `wanted` occur together in `keys`, and where:
    a binary search over the length, each step one linear-time `str.find`."""
    text = f" {' '.join(keys)} "
    found, at, low, high = 0, 0, 1, len(wanted)
    while low <= high:
        middle = (low + high) // 2
        offset = text.find(f" {' '.join(wanted[:middle])} ")
        if offset < 0:
            high = middle - 1
        else:
            found, at, low = middle, text.count(" ", 0, offset), middle + 1
    return found, at


def _differing_span(rest: list[str], keys: list[str], b1: int) -> tuple[int, int]:
    """The paragraph's words where the quote's `rest` first differs, from keys[b1]: up to
    where both agree again within RESYNC_WORDS words (none: the paragraph has words
    the quote lacks; empty: the quote has words the paragraph lacks)."""
    shifts = sorted(
        ((a, b) for a in range(RESYNC_WORDS + 1) for b in range(RESYNC_WORDS + 1) if a or b),
        key=lambda shift: (sum(shift), shift[0]),
    )
    for a, b in shifts:
        size = min(2, len(rest) - a)
        if size > 0 and rest[a : a + size] == keys[b1 + b : b1 + b + size]:
            return b1, b1 + b
    return b1, min(len(keys), b1 + max(1, min(len(rest), RESYNC_WORDS)))
