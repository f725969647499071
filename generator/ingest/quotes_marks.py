"""How an article sets its quotations and its sentences: where a quotation opens and
closes (double marks; two apostrophes, as some archives print them; single marks, in an
article that never sets a double one; a misprinted closing mark), and where a sentence
ends (not after "U.S.", "Gen." or "Sen.\u00a0"). Every function keeps each character in
its place, so that a quotation's offsets are the paragraph's.
"""

from __future__ import annotations

import re

from ..text.names import HONORIFICS
from . import letters

QUOTE = letters.compile(r"[“\"]([^“”\"]+)[”\"]|[“\"]([^“”\"]+)$")
"""A quotation, or one opened that the paragraph does not close (it goes on in the next)."""
ABBREVIATION = letters.compile(
    rf"(?:\b(?:[A-Z]\.)+|\b(?:{'|'.join(sorted(HONORIFICS))}|St|Jr|Sr|No|Jan|Feb|Aug|Sept?|Oct"
    r"|Nov|Dec|Inc|Corp|Co|Sens|Reps|Govs|Ft|Mt)\.)$"
)
"""A word ending in a full stop that ends no sentence: initials, a title ("Brig.", "Amb.",
every one of HONORIFICS), a month, a firm's legal form."""
SENTENCE_BREAK = letters.compile(r"(?<=[.!?])([”\"’]?)\s+(?=[“\"A-Z])")


TAG = letters.compile(r"<[A-Za-z/][^<>\n]{0,500}>")
"""Markup left in a page's text (`<tweet author="…">`): blanked, at the same length."""


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences (not split after "U.S." or "Gen.")."""
    return [paragraph[start:end] for start, end in sentence_spans(paragraph)]


DOUBLE = letters.compile(r"[“”\"]")


SINGLE_OPEN = letters.compile(r"(?:^|(?<=[\s(\[:—–-]))[‘'](?=[A-Za-z0-9])")
SINGLE_CLOSE = letters.compile(r"(?<=\S)[’'](?=$|[\s,.;:!?)\]—–-])")
"""A single quotation mark that opens (after a space, before a word) or closes (after a
word, before a space or a stop); one between letters is an apostrophe ("don't")."""


MISPRINTED_CLOSE = letters.compile(r"(?<=\w[,.!?])“(?=\s|$)")
"""An opening mark set where the closing one belongs ("It's unusual,“ said Lee): after a
word's punctuation and before a space, a mark can only close."""


def misprints_mended(paragraph: str) -> str:
    """The paragraph with a misprinted closing mark as a closing one, each character kept
    in its place."""
    return MISPRINTED_CLOSE.sub("”", paragraph)


def apostrophes_as_marks(paragraph: str) -> str:
    """Two apostrophes as a quotation mark, as some archives print them (''We will appeal,''
    she said), each character kept in its place: ' "We will appeal," she said'."""
    if "''" not in paragraph or DOUBLE.search(paragraph):
        return paragraph
    text = re.sub(r"''(?=[A-Za-z0-9])", ' "', paragraph)
    return re.sub(r"(?<=\S)''", '" ', text)


def single_as_double(paragraph: str) -> str:
    """An article that never sets a double quotation mark sets its quotations in single
    ones, as British papers do (‘We will appeal,’ she said): those as double marks, each
    character in its place; a mark between letters stays an apostrophe ("don't")."""
    chars, open_at = list(paragraph), None
    marks = sorted(
        [*SINGLE_OPEN.finditer(paragraph), *SINGLE_CLOSE.finditer(paragraph)],
        key=lambda m: m.start(),
    )
    for mark in marks:
        if open_at is None and mark.re is SINGLE_OPEN:
            open_at = mark.start()
        elif open_at is not None and mark.re is SINGLE_CLOSE:
            chars[open_at], chars[mark.start()] = "“", "”"
            open_at = None
    return "".join(chars)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Where each sentence of the paragraph starts and ends, read where the breaks are:
    "Sen.\u00a0Sanders" or a double space keeps its place in the paragraph."""
    spans, start = [], 0
    for cut in SENTENCE_BREAK.finditer(paragraph):
        end = cut.start() + len(cut[1])  # a closing quotation mark ends the sentence
        if not ABBREVIATION.search(paragraph[max(start, end - 40) : end]):
            spans.append((start, end))
            start = cut.end()
    spans.append((start, len(paragraph)))
    return [
        (a + len(text) - len(text.lstrip()), b - len(text) + len(text.rstrip()))
        for a, b in spans
        if (text := paragraph[a:b]).strip()
    ]
