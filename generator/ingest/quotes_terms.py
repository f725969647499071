"""A quoted term or title rather than anyone's words: "the so-called "deal of the
century"", "his book, "Crippled Nations,"", a hashtag, an address, a few words in title
case that no sentence attributes to anyone. `quotes.py` keeps them with `kind: term`.
"""

from __future__ import annotations

import re

from . import letters
from .attribution import VERB

TERM = letters.compile(
    r"(?:\b(?:called|dubbed|named|titled|entitled|so-called|known as|nicknamed|labell?ed"
    r"|branded|the words?|the phrase|the term|the slogan|the hashtag|headlined|the title)"
    r"\s*[,:]?\s*)$",
    re.I,
)
"""Words before a quotation that make it a term or a title, not anyone's words."""
CALLED_BY = letters.compile(
    r"(?:\b(?:he|she|they|I|we)|\b[A-Z][\w'’.-]*[a-z])\s+(?:has\s+|had\s+|have\s+|\w+ly\s+)?"
    r"(?:called|dubbed|labell?ed|branded|nicknamed)\s*,?\s*$"
)
"""`what Ruiz called "a tax on fishermen"`: a name's words, not a term ("a group called")."""


def is_term(text: str, before: str, after: str) -> bool:
    """A quoted term or title rather than someone's words: introduced as one ("so-called",
    "titled"), a handle, an address or a number, or a few words in title case that no
    sentence attributes to anyone."""
    words = text.split()
    if TERM.search(before[-40:]) and len(words) <= 8 and not CALLED_BY.search(before[-60:]):
        return True
    if re.search(r"^[@#]|=|https?:|www\.", text) or no_words(text):
        return True
    short = len(words) <= 3 and not re.search(r"[.!?,]$", text)
    return in_title_case(text) or (
        short and not re.match(r"^[,.]?\s*(?:\w+\s+){0,4}" + VERB, after)
    )


def untitled(text: str, quotes: list[re.Match[str]]) -> str:
    """The paragraph with the quotation marks of each title blanked: "Lee, the author of
    "Going Viral," said" sets a title in an apposition, and its quotation marks end no
    attribution."""
    pieces, at = [], 0
    for q in quotes:
        if q[1] and not q[1][:1].islower() and in_title_case(q[1]):
            pieces += [text[at : q.start()], " ", q[1], " "]
            at = q.end()
    return "".join(pieces) + text[at:]


def no_words(text: str) -> bool:
    """A handle, an address or a number: nobody's words, whoever the sentence names."""
    return bool(re.fullmatch(r"[@#]\S+|(?:https?://|www\.)\S+|[\d\W]+", text.strip()))


def is_title(text: str, before: str, after: str = "") -> bool:
    """A title in title case where a programme, a book or a paper is named, whoever speaks
    in the sentence: "said on MSNBC's "Morning Joe."", "his book, "Crippled Nations,"";
    after a name in the possessive ("told NBC's "Today""); or a name used as a word
    before a noun ("the "Never Again" campaign")."""
    named = WORK.search(before[-60:]) or OWNER.search(before[-60:]) or MODIFIER.match(after)
    return bool(named) and in_title_case(text)


OWNER = letters.compile(r"\b[A-Z][\w.&-]*[’']s\s*$")
MODIFIER = letters.compile(r"[^,.;:!?][”\"][ \t]+[a-z]")
"""The end of a quotation without punctuation, then a lowercase word: "the "X" campaign"."""


def in_title_case(text: str) -> bool:
    """A few words each capitalised but the small ones; American usage puts a full stop
    or comma inside the closing quotation mark: "The Apprentice." is a title too."""
    words = text.split()
    small = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "with", "or", "is"}
    capitals = [w for w in words if w[:1].isupper() or not w[:1].isalpha() or w in small]
    return len(words) <= 7 and len(capitals) == len(words) and not re.search(r"[!?]$|\.\.$", text)


WORK = letters.compile(
    r"(?:\b(?:on|in)\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*)?[’']s\s+)?"
    r"|\b(?:book|film|movie|show|programme|program|song|album|column|op-ed|essay|memoir"
    r"|novel|documentary|series|podcast|headline)\s*,?\s*)$"
)
"""Where a work is named: after "on" or "in" (and a network's name), or after the kind
of work it is."""
