"""Which way a date expression points, read from the words nearest to it: the past, the
future, or neither (issue #27). The verb nearest a date is the one it dates ("said Friday
that talks will resume next month": Friday is past, the month is next); a deadline or a
start ("by August", "beginning Thursday") points forward whatever the tense."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .datewords import MONTH, WEEKDAY

FUTURE = re.compile(
    r"\b(?:will|won't|shall|would|is to|are to|was to|were to|plans? to|planned|planning"
    r"|scheduled|schedule|expected|expects?|going to|due|upcoming|proposed"
    r"|calls? for|set for|set to|slated|intends? to|aims? to|hopes? to|payable|coming"
    r"|will be|ahead of"
    # a scheduled event told in the present: "the trial resumes on Monday"
    r"|begins|starts|opens|closes|meets|arrives|flies|leaves|departs|returns|resumes"
    r"|launches|expires|convenes|travels|takes place|kicks off|ends|comes into force"
    r"|goes to the polls|next(?!\s+(?:to|day|week|month|year)\b))\b"
    r"|\bwhen\s+\w+\s+(?!was\b|has\b|is\b)\w+s\b"  # "when she addresses": the future
    r"|'ll\b|’ll\b",
    re.I,
)
PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|ago|earlier|met|took|gave|began|came|went|left|made"
    r"|held|won|lost|sent|saw|got|found|spoke|wrote|rose|fell|paid|sold|bought|led|ran"
    r"|struck|became|knew|thought|brought|kept|felt|began|broke|chose|drew|flew|froze"
    r"|stood|fought|caught|taught|sought|agreed|freed|[a-z]+[^e\W]ed)\b",
    re.I,
)
DEADLINE = re.compile(
    r"\b(?:by|until|till|through|to|effective|record|payable|due|around|starting|beginning"
    r"|from)\s+$",
    re.I,
)
"""The word before a date that makes it a deadline or a start: "by August", "extended to
Nov. 20", "effective Feb. 1", "beginning Thursday" point forward, whatever the tense
around them."""
OPENING = re.compile(r"(?:by|until|till|through)\b", re.I)
"""A sentence or an expression that opens so ("By Friday, …", "until June") points forward."""
DONE_BY = re.compile(
    r"\b(?i:had)\s+(?!to\b)\w+\b[^,;]*$"
    rf"|\b(?i:from)\s+(?:{MONTH}\.?\s+\d|{WEEKDAY})[^,;]*?\s+(?i:to|through|until|till)\s+$"
)
"""A deadline or end the past reached: "had filed by Wednesday", "bought from Sept. 14 to
Thursday" (a range whose start is named): the tense of the clause dates it."""
POSSESSIVE = re.compile(r"['’]s\b")
REACH = 80
"""The characters on each side of an expression in which its tense is looked for."""


def pointing(sentence: str, match: re.Match[str]) -> int:
    """Which way the expression `match` of the sentence points: +1 the future, -1 or -2
    the past (see `direction`), 0 neither; a deadline or a start points forward unless the
    past reached it ("had filed by Wednesday")."""
    way = direction(sentence, match.start(), match.end())
    # the words just before, never the whole sentence again for each expression in it
    near = max(0, match.start() - REACH)
    deadline = (
        DEADLINE.search(sentence[max(0, near - 1) : match.start()], 1 if near else 0)
        or OPENING.match(sentence, 0, match.start())
        or OPENING.match(match[0])
    )
    if deadline and deadline[0].lower().startswith("from"):
        if POSSESSIVE.match(sentence, match.end()):
            return way  # "up from Monday's close": an event, no start
    if deadline and not DONE_BY.search(sentence[near : match.start()]):
        return 1
    return way


def direction(sentence: str, start: int, end: int) -> int:
    """+1 when the words nearest the expression speak of the future, -1 of the past, 0
    when there are none: the verb nearest a date is the one it dates. A past verb shortly
    before the date in its own clause ("killed him in February") is -2: the clause's own
    tense, which a date a few weeks ahead does not outweigh."""
    before, after = sentence[max(0, start - REACH) : start], sentence[end : end + REACH]
    best: tuple[float, int] = (REACH + 1.0, 0)
    own = False  # a past verb in the date's own clause, whichever clue is nearest
    for clue in _clues(before, after):
        own = own or clue[1] == -2
        if clue[0] < best[0]:
            best = clue
    return -2 if best[1] < 0 and own else best[1]


def _clues(before: str, after: str) -> Iterator[tuple[float, int]]:
    """Each word of tense near a date: how far it is, and which way it points."""
    for pattern, sign in ((FUTURE, 1), (PAST, -1)):
        for match in pattern.finditer(before):
            if sign > 0 and PLANNED.search(before, 0, match.start()):
                continue  # "had been scheduled for January 25": a plan of the past
            if sign > 0 or not PARTICIPLE.search(before, 0, match.start()):
                yield len(before) - match.end(), -_strength(before, match) if sign < 0 else 1
        if sign > 0:
            for match in AHEAD.finditer(before):
                if NO_BREAK.fullmatch(before, match.end()):
                    yield len(before) - match.end(), 1
        for match in pattern.finditer(after):  # a verb after the date is a bit further
            if sign > 0 or not PARTICIPLE.search(after, 0, match.start()):
                yield match.start() * 1.5 + 1, sign


def _strength(before: str, verb: re.Match[str]) -> int:
    """2 for a past verb in the date's own clause, shortly before it; else 1."""
    own = OWN_CLAUSE.fullmatch(before, verb.end()) and not SPEECH.fullmatch(verb[0])
    return 2 if own else 1


OWN_CLAUSE = re.compile(
    r"(?=.{0,45}$)(?:(?!\b(?i:to|that|for|which|who|when|if|whether)\b)[^,;:\"“”—–])*"
)
"""The words between a verb and a date in its own clause: not one after an infinitive
or a purpose ("wanted to land there in May", "got them together for a June meeting")."""
SPEECH = re.compile(r"said|told", re.I)
"""A verb of speech dates the speaking, not what is reported: no clause's own tense."""
AHEAD = re.compile(
    r"\b(?:may|might|could|can)\b(?!\s+(?:not\s+|n.t\s+)?have\b)|\b(?i:called for)\b"
    r"|\b(?:is|are)\s+\w+ed\b"
)
"""Words that point forward only to a date after them in their clause: "could arrive
Sunday", "called for a meeting on Thursday" (but "Friday, the mayor called for calm"), a
present passive ("nominations are announced Tuesday")."""
NO_BREAK = re.compile(r"[^,;:\"“”—–]*")
PARTICIPLE = re.compile(r"\b(?:be|to|is|are|being)\s+$", re.I)
"""Before "held" in "will be held", "is to be held", "are held": no past tense."""
PLANNED = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
"""Before "scheduled", "expected", "planned": a plan the past made, which dates nothing ahead."""
