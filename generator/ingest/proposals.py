"""What a candidate event is called: a title, a summary and an id proposed from the
sentence that dates it. They are the article's own words trimmed, never invented, and
every draft that uses them says so in its `draft` mark."""

from __future__ import annotations

import re

from ..records.model import RESERVED_IDS, WINDOWS_NAMES
from ..run.project import id_slug
from .quotes import sentences

TITLE_WORDS = 12
"""The most words a proposed title keeps: a title is a line, not the sentence."""
ID_WORDS = 6
"""The most words of the title an id keeps."""
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+?\s*(?:\([^)]*\))?\s*[-–—]+\s*")
"""'CORVINA CITY - ', 'LONDON (Reuters) - ': the dateline before the first sentence."""
ATTRIBUTION = re.compile(
    r",?\s*(?:(?:an?|the|one|two|three)\s+)?[\w’'. -]{0,60}?\s+"
    r"(?:said|says|told \w+|announced|reported|added)\s*(?:on\s+\w+)?[.!]?$"
)
"""A trailing ', the officials said.': who reports it, not what happened."""
LEADING = re.compile(r"^(?:On|Last|This|Earlier|Since|In|By)\b\s*,?\s*", re.I)
SMALL = frozenset(
    "a an the of to in on at by for and or but that which who as with from its their his her"
    " is was were be been said says".split()
)
"""Words a title or an id does not end on."""


def sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of `paragraph` holding the character at `offset`."""
    position = 0
    for sentence in sentences(paragraph):
        position = paragraph.find(sentence, position)
        if position <= offset < position + len(sentence):
            return sentence
        position += len(sentence)
    return paragraph


def summary_of(sentence: str) -> str:
    """The sentence without its dateline: the article's words, for the editor to rewrite."""
    return DATELINE.sub("", sentence).strip()


def title_of(sentence: str, date_words: str) -> str:
    """The sentence without its dateline, its date words and who reported it, cut to a
    line: 'Belmark said on Tuesday that the filling broke the treaty' -> 'Belmark said
    that the filling broke the treaty'."""
    text = summary_of(sentence)
    text = text.replace(date_words, " ", 1) if date_words else text
    text = LEADING.sub("", " ".join(text.split()))
    text = re.split(r",\s+(?:which|who|whose|despite|as|while)\b", text, maxsplit=1)[0]
    text = ATTRIBUTION.sub("", text.rstrip()) or text
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,;:.")
    words = text.split()[:TITLE_WORDS]
    while len(words) > 1 and words[-1].lower().strip(",;:") in SMALL:
        words.pop()
    title = " ".join(words).strip(" ,;:")
    return title[:1].upper() + title[1:] if title else "Event"


def id_of(title: str, taken: set[str], fallback: str) -> str:
    """An id from the title's first words, not one of `taken` (numbered if need be)."""
    words = [w for w in id_slug(re.sub(r"[’']s\b", "", title)).split("-") if w]
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words.pop(0)
    while len(words) > ID_WORDS or (len(words) > 1 and words[-1] in SMALL):
        words.pop()
    base = "-".join(words) or fallback
    if base in RESERVED_IDS | WINDOWS_NAMES:
        base = f"{base}-event"
    record_id, number = base, 1
    while record_id in taken:
        number += 1
        record_id = f"{base}-{number}"
    taken.add(record_id)
    return record_id
