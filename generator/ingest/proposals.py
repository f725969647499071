"""What a candidate event is called: a title, a summary and an id proposed from the
sentence that dates it. They are the article's own words trimmed, never invented, and
every draft that uses them says so in its `draft` mark."""

from __future__ import annotations

import re

from ..records.model import RESERVED_IDS, WINDOWS_NAMES
from ..run.project import id_slug
from .attribution import VERB
from .dates import DateGuess
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
    """The sentence without its dateline, its date words (and the preposition before
    them) and who reported it, cut to a line at a phrase's end: 'Belmark said on Tuesday
    that the filling broke the treaty' -> 'Belmark said that the filling broke the treaty'."""
    text = summary_of(sentence)
    if date_words:
        dated = re.compile(rf"(?:\b(?:{DATE_PREPOSITIONS})\s+)?{re.escape(date_words)}", re.I)
        text = dated.sub(" ", text, count=1)
    text = LEADING.sub("", " ".join(text.split()))
    text = re.sub(r",\s+(?:who|whose|which)\b[^,]*,(?=\s+[a-z])", "", text)  # set apart
    text = re.split(r",\s+(?:which|who|whose|despite|as|while|[a-z]+ing)\b", text, maxsplit=1)[0]
    text = ATTRIBUTION.sub("", text.rstrip()) or text
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,;:.")
    words = _cut(text.split())
    while len(words) > 1 and words[-1].lower().strip(",;:") in SMALL:
        words.pop()
    title = " ".join(words).strip(" ,;:")
    return title[:1].upper() + title[1:] if title else "Event"


DATE_PREPOSITIONS = "on|in|at|by|since|during|from|until|till|through|before|after|as of"
"""A date's preposition goes with it: "will meet on March 3 to discuss" -> "will meet to
discuss", never "will meet on to discuss"."""
PHRASE_START = frozenset(
    "of to in on at by for from with into onto over under after before during since until"
    " against about between through across among amid despite without near and or but that"
    " which who whose while as because if when where".split()
)
"""Words that begin a phrase: a title cut before one ends where a phrase ends."""


def _cut(words: list[str]) -> list[str]:
    """About TITLE_WORDS words, ending where a phrase ends (before a preposition, a
    conjunction or a relative word, or after a comma), never inside a noun phrase ("would
    need a larger"): the phrase end nearest TITLE_WORDS, a few words beyond it if nearer
    ("The operator, Halden Marine, warned that it would need a larger subsidy")."""
    if len(words) <= TITLE_WORDS:
        return words
    ends = [
        n
        for n in range(2, min(len(words), TITLE_WORDS + SLACK) + 1)
        if n == len(words) or words[n].lower() in PHRASE_START or words[n - 1][-1] in ",;:"
    ]
    if not ends:
        return words[:TITLE_WORDS]
    return words[: min(ends, key=lambda n: (abs(n - TITLE_WORDS), n))]


SLACK = 4
"""The words a title may run beyond TITLE_WORDS to end its phrase."""


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


STATE_CLAUSE = re.compile(
    rf"\b(?:who|which|whose)\b|\b(?!{VERB}\b)\w+\s+that\b|,\s+(?:[a-z]+ing|having)\b"
)
"""A relative or participle clause ("…, ending a service that has run since 1987"): what
it says of something is no event of the sentence ("said that" opens no such clause)."""


def lasting(guess: DateGuess, paragraph: str, sentence: str, dated: list[DateGuess]) -> bool:
    """ "since 1987" says how long something has lasted: no new event when it is said of
    something in a relative or participle clause, or in a sentence dated otherwise."""
    if guess.precision != "since":
        return False
    start = paragraph.find(sentence)
    others = [
        g
        for g in dated
        if g is not guess
        and g.paragraph == guess.paragraph
        and start <= g.start < start + len(sentence)
    ]
    return bool(others) or STATE_CLAUSE.search(paragraph[start : guess.start]) is not None
