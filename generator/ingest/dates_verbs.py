"""The verbs the tense of a date is read from (generator/ingest/tense.py): those of the
future, of the past and of scheduled events, and the verbs in the present that tell an event
ahead: that of the subject opening the date's clause ("the pilgrimage climaxes on
Wednesday", "the Cardinals play the Cubs on Tuesday", "the envoy, who addresses the
assembly on Friday"), and any in a clause of time or condition ("before board members vote
on Thursday")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import letters
from .datewords import IRREGULAR_PAST


def _third_person(verb: str) -> str:
    """ "begin" -> "begins", "fly" -> "flies", "go to the polls" -> "goes to the polls"."""
    word, _, rest = verb.partition(" ")
    if re.search(r"(?:s|sh|ch|x|z|o)$", word):
        word += "es"
    else:
        word = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"
    return f"{word} {rest}".strip()


EVENTS = (
    "begin", "meet", "arrive", "depart", "resume", "convene", "reconvene", "reopen",
    "take place", "kick off", "come into force", "take effect", "take office",
    "go to the polls", "stand trial", "go on trial", "tee off",
)  # fmt: skip
"""Verbs of a scheduled event that are no noun: told in the present with a date, in either
person, they point forward ("talks resume in Geneva on Monday", "voters go to the polls")."""
NOUNS_TOO = (
    "start", "open", "close", "fly", "leave", "return", "launch", "expire", "travel", "end",
    "play", "face", "visit", "restart",
)  # fmt: skip
"""Verbs of a scheduled event that are nouns too ("the close Friday"): only as "-s"."""
SCHEDULED = "|".join(
    [r"(?<!\bto )(?<!\bnot )(?<!n't )(?<!\bdid )" + v.replace(" ", r"\s+") for v in EVENTS]
    + [_third_person(v).replace(" ", r"\s+") for v in EVENTS + NOUNS_TOO]
)
"""A scheduled event told in the present: "the trial resumes on Monday"."""
FUTURE = letters.compile(
    # "as planned", "as scheduled", "as expected": how it went, no tense of what is ahead
    r"\b(?<!\bas )(?:will|won't|shall|would|is to|are to|was to|were to|plans? to|planned"
    r"|planning(?=\s+to\b)"
    r"|scheduled|schedule|expected|expects?|going to|due|upcoming|proposed"
    r"|calls? for|set for|set to|slated|intends? to|aims? to|hop(?:es|ed|ing|e) (?:to|for)"
    r"|payable|coming|(?:is|are) forecast|(?:is|are) (?:un)?likely"
    r"|will be|ahead of|(?:run|lead|build)-up to"
    rf"|{SCHEDULED}|next(?!\s+(?:to|day|week|month|year)\b))\b"
    r"|'ll\b|’ll\b",
    re.I,
)
PAST = letters.compile(
    rf"\b(?:said|told|was|were|had|did|ago|earlier|since|{IRREGULAR_PAST}"
    r"|agreed|freed|[a-z]+[^e\W]ed)\b",
    re.I,
)


# --- verbs in the present that tell an event ahead ----------------------------------------

TIME_CLAUSE = letters.compile(
    r"\b(?i:before|until|till|when|once|after|as soon as|unless|if)\s+(?=[^,;:\"“”—–]*$)"
)
"""A conjunction opening a clause of time or condition that runs on to the date."""
DETERMINER_ONLY = letters.compile(
    r"(?i:the|a|an|its|his|her|their|our|this|that|these|those|each|every|no|both|all)"
)
ONE = letters.compile(r"(?i:he|she|it)")
MANY = letters.compile(r"(?i:they|we|you)|I")
NOT_VERB = letters.compile(
    r"(?i:on|in|at|of|for|to|from|with|by|over|under|into|as|than|and|or|but|not|also|then"
    r"|later|now|again|still|more|less|its|his|her|their|our|the|a|an|this|that|these|those"
    r"|was|were|had|did|will|would|could|should|may|might|can|must|shall|news|series|means"
    r"|is|has|does)"
)
"""Words no present verb of a subject can be (those of a past, a modal, a function word)."""


def present_in_time_clause(before: str) -> Iterator[int]:
    """Where a verb in the present ends in a clause of time or condition that runs on to
    the date: English tells the future so there ("before board members vote on Thursday",
    "unless the court intervenes before Tuesday", "when she addresses the assembly")."""
    for conjunction in TIME_CLAUSE.finditer(before):
        words = list(re.finditer(r"[\w’'.-]+", before[conjunction.end() :]))
        for at in range(1, min(5, len(words))):
            if _present(words[:at], words[at][0]):
                yield conjunction.end() + words[at].end()
                break


def _present(subject: list[re.Match[str]], verb: str) -> bool:
    """Whether `verb` is a verb in the present of the `subject` before it: "she addresses",
    "the mayor signs", "board members vote", "they meet" (not "ballot papers", "the vote
    on")."""
    if not _subject(subject):
        return False
    if verb in ("is", "are", "has", "have"):
        return True
    if not verb.isalpha() or not verb.islower() or NOT_VERB.fullmatch(verb):
        return False
    if re.search(r"(?:ed|ing|ly)$", verb):
        return False
    last = subject[-1][0]
    if MANY.fullmatch(last) or PLURAL.fullmatch(last):
        return not verb.endswith("s")  # "they meet", "board members vote"
    return bool(PLURAL.fullmatch(verb))  # "she addresses", "the mayor signs"


CLAUSE_START = letters.compile(r"[,;:\"“”—–()]")
"""What ends the clause before a date's own: the verb of its subject is read after it."""
NO_EVENT = letters.compile(
    r"(?i:says?|tells?|reports?|claims?|adds?|notes?|insists?|argues?|warns?|announces?"
    r"|confirms?|denies?|writes?|recalls?|explains?|believes?|thinks?|estimates?|fears?"
    r"|admits?|acknowledges?|quotes?|cites?|shows?|suggests?|indicates?|predicts?|states?"
    r"|accuses?|blames?|wants?|needs?|seems?|remains?|stands?|looks?|means?|knows?"
    r"|marks?|follows?|comes?|represents?|includes?|involves?|contains?|reflects?|hinges?"
    r"|depends?|dates?)"
)
"""Verbs in the present that tell no event ahead: what is said, a state, what a date marks
("police say", "the index stands at 300 on Friday", "the visit follows Monday's talks")."""


def present_of_clause(before: str) -> int | None:
    """Where a verb in the present of a subject that opens the date's clause ends: news
    tells what is ahead so ("the pilgrimage climaxes on Wednesday", "he flies to Oslo on
    Tuesday", "the summit, which opens on Monday"). Only a subject in the singular that
    begins with a determiner or is "he", "she", "it", "who" or "which", a verb in "-s"
    followed by a preposition or a determiner (or the date): "the company's shares fell"
    is no verb "shares"; a verb of speech or of a state tells no event. A subject in the
    plural is read by `_plural_present`."""
    clause = CLAUSE_START.split(before)[-1]
    words = list(re.finditer(r"[\w’'.-]+", clause))
    if len(words) < 2 or not OPENER.fullmatch(words[0][0]):
        return None
    if (plural := _plural_present(words)) is not None:
        return len(before) - len(clause) + plural
    if MANY.fullmatch(words[0][0]) or words[0][0].lower() == "both":
        return None  # a subject in the plural has no verb in "-s"
    at = (
        1
        if ONE.fullmatch(words[0][0]) or RELATIVE.fullmatch(words[0][0])
        else next((i for i in range(2, min(5, len(words))) if PLURAL.fullmatch(words[i][0])), 0)
    )
    if not at or any(
        not NOUN.fullmatch(w[0])
        or PAST.fullmatch(w[0])
        or NOT_VERB.fullmatch(w[0])
        or SEVERAL.fullmatch(w[0])
        for w in words[1:at]
    ):
        return None
    verb, follows = words[at][0], words[at + 1][0] if at + 1 < len(words) else ""
    if not PLURAL.fullmatch(verb) or NO_EVENT.fullmatch(verb) or NOT_VERB.fullmatch(verb):
        return None
    if verb.endswith("ings"):
        return None  # "the embassy bombings on Friday": a noun
    if at > 1 and PLURAL.fullmatch(words[at - 1][0]):
        return None
    if follows and not (LEADS_ON.fullmatch(follows) or follows[0].isupper()):
        return None
    return len(before) - len(clause) + words[at].end()


SEVERAL = letters.compile(
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|twin|both|several|many|few|some|all"
    r"|these|those|dozens|hundreds|thousands)"
)
"""Words of a subject in the plural: the word in "-s" after them is its noun ("the two
blasts on Friday"), not a verb."""
NOUN = letters.compile(r"[A-Za-z][a-z’'-]*")
"""A word of a subject: no number, no word in capitals alone ("DAX")."""
OPENER = letters.compile(r"(?i:the|a|an|its|his|her|their|this|both|he|she|it|they|we|who|which)")
RELATIVE = letters.compile(r"(?i:who|which)")
"""A relative pronoun opening the date's clause is its subject: "the summit, which opens on
Monday", "the minister, who flies to Oslo on Tuesday"."""
BARE_EVENTS = letters.compile(
    "|".join(NOUNS_TOO)
    + r"|host|vote|gather|rally|march|hold|sign|debate|decide|compete|race|head|sit|testify"
    + r"|take on|wrap up|attend|celebrate|unveil|elect|choose|welcome|entertain|contest"
)
"""Verbs of scheduled events in the plural present, that are nouns too: read as verbs only
right after a subject in the plural ("the Cardinals play on Tuesday", "they host Leeds")."""


def _plural_present(words: list[re.Match[str]]) -> int | None:
    """Where the verb in the present of a subject in the plural that opens the date's clause
    ends, when it is a verb of a scheduled event ("the Cardinals play the Cubs on Tuesday",
    "both sides meet again in May", "they host Leeds on Saturday"): the plural is what
    makes it a verb, not a noun ("the play on Tuesday")."""
    if ONE.fullmatch(words[0][0]) or RELATIVE.fullmatch(words[0][0]):
        return None
    if MANY.fullmatch(words[0][0]):
        at = 1
    else:
        at = next(
            (i + 1 for i in range(1, min(4, len(words) - 1)) if PLURALS.fullmatch(words[i][0])),
            0,
        )
        if not at or any(not NOUN.fullmatch(w[0]) or NOT_VERB.fullmatch(w[0]) for w in words[1:at]):
            return None
    if at >= len(words):
        return None
    verb = words[at][0]
    if at + 1 < len(words) and BARE_EVENTS.fullmatch(f"{verb} {words[at + 1][0]}"):
        return words[at + 1].end()
    return words[at].end() if BARE_EVENTS.fullmatch(verb) else None


PLURALS = letters.compile(r"[A-Za-z][a-z-]*[^su'’\W]s|(?i:sides|parties|countries|teams|nations)")
"""A noun in the plural, a name of a team too ("the Cardinals"); "-ies" is "parties"."""
LEADS_ON = letters.compile(
    r"(?i:on|in|at|to|for|with|from|into|before|against|after|across|the|a|an|its|his|her"
    r"|their|again|back|off|up|out|down|here|there|early|late|later)"
)
"""Words after a verb, not after a noun ("climaxes on", "meets the envoy"), or a name
("hosts Leeds")."""


PLURAL = letters.compile(r"[a-z-]+[^su'’\W]s")
"""A word in "-s" (not "-ss", "-us", "'s"): a noun in the plural, or a verb of "he" or "she"."""


def _subject(words: list[re.Match[str]]) -> bool:
    """Whether the words may be the subject of a clause: a pronoun, a name, a determiner
    and what it determines, or nouns in the plural ("he", "Mr Lynch", "the head of the
    board", "board members"; not "Georgia arrested four")."""
    first, rest = words[0][0], [w[0] for w in words[1:]]
    if ONE.fullmatch(first) or MANY.fullmatch(first):
        return not rest
    if any(NOT_VERB.fullmatch(w) and w.lower() not in ("of", "the") for w in rest):
        return False
    if DETERMINER_ONLY.fullmatch(first):
        return bool(rest) and not any(w.endswith("ed") for w in rest[1:])
    if first[0].isupper():
        return all(w[0].isupper() or w == "of" for w in rest)
    return len(words) <= 2 and bool(PLURAL.fullmatch(words[-1][0]))
