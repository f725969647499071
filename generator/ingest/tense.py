"""Which way a date expression points, read from the words nearest to it: the past, the
future, or neither. The verb nearest a date is the one it dates ("said Friday that talks
will resume next month": Friday is past, the month is next). Each convention has its test
in tests/test_ingest_dates.py; how it was found is told in bench/README.md (issue #27).
The verbs it reads (of the future, of the past, of scheduled events, and those in the
present that tell an event ahead) are in generator/ingest/dates_verbs.py.

- The past: a past verb shortly before the date in its own clause outweighs the same
  month a few weeks ahead ("killed him in February" in December's paper); "since" dates
  the past whatever is near, and so does a deed or a disaster the date names ("February's
  killing", "the May 3 quake"): nobody schedules one; a deadline the past perfect or a
  named start reached ("had filed by Wednesday", "from Sept. 14 to Thursday"); a plan in
  the past perfect dates nothing ahead ("had been scheduled for January 25"); a deadline
  the past perfect after it reached ("By Monday, divers had found the wreck"); a span
  with both ends named takes its clause's tense ("was shut from Monday to Wednesday").
- The future: "will", "is to", "next", "scheduled" and the like ("will" in the date's own
  clause outweighs the same day a few weeks back: "will reopen on Dec. 6" in January); a
  scheduled event told in the present in either person ("talks resume on Monday", "voters
  go to the polls", "her term expires in September"), and any verb in "-s" of a subject
  that opens the date's clause ("the pilgrimage climaxes on Wednesday", "the envoy, who
  addresses the assembly on Friday"; not a verb of speech or of a state), or a verb of a
  scheduled event after a subject in the plural ("the Cardinals play the Cubs on
  Tuesday", "they host Leeds on Saturday"); a present passive, "may", "could", "can" or "called
  for" before a date in its clause ("nominations are announced Tuesday"); "is" just before
  a date ("the vote is Sunday"); a deadline or a start ("by August", "beginning
  Thursday"), unless a weekday in the possessive makes it an event ("up from Monday's
  close", "by Tuesday's vote"); a verb in the present in a clause of time or condition
  ("before board members vote on Thursday", "unless the court intervenes before Friday",
  "if no one wins on Sunday"); the infinitive of what someone is asked to do ("urged
  voters to turn out on Sunday", "asked the board to publish it before Thursday's
  meeting"; not "asked police to examine Saturday's match", an event named).
- No tense: "are held", "is seen", "being", "succeed", "need" are no past tense; an "-ed"
  word after a determiner is an adjective ("a still unnamed date"), and one before "by"
  after a date a participle; "to" before an article is no infinitive; after a date, "that"
  or ", X said" opens another clause, whose verbs do not date it.
- The present in general (`in_general`): quoted, "today" with a verb of a state or a habit
  and no word of the past or the future ("the money it takes today").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import letters
from .dates_verbs import FUTURE, PAST, present_in_time_clause, present_of_clause
from .datewords import MONTH, WEEKDAY

DEADLINE = letters.compile(
    r"\b(?:by|until|till|through|to|effective|record|payable|due|around|starting|beginning"
    r"|from)\s+(?:(?:about|around|noon|midday|midnight|dawn|on)\s+)*$",
    re.I,
)
"""The word before a date that makes it a deadline or a start: "by August", "extended to
Nov. 20", "effective Feb. 1", "beginning Thursday" point forward, whatever the tense
around them."""
OPENING = letters.compile(r"(?:by|until|till|through)\b", re.I)
"""A sentence or an expression that opens so ("By Friday, …", "until June") points forward."""
DONE_BY = letters.compile(
    r"\b(?i:had)\s+(?!to\b)\w+\b[^,;]*$"
    rf"|\b(?i:from)\s+(?:{MONTH}\.?\s+\d|{WEEKDAY})[^,;]*?\s+(?i:to|through|until|till)\s+$"
)
"""A deadline or end the past reached: "had filed by Wednesday", "bought from Sept. 14 to
Thursday" (a range whose start is named): the tense of the clause dates it."""
SPAN_FROM = letters.compile(r"\b(?i:from)\s+(?:(?i:early|late|noon|midday|midnight)\s+)?$")
SPAN_TO = letters.compile(
    rf"\s*(?:[-–]|\s(?i:to|through|till|until)\s)\s*(?:(?i:early|late)\s+)?(?:{WEEKDAY}|{MONTH}\b)"
)
"""A date that opens a span with both ends named ("from Monday to Wednesday", "from June
3 to June 5"): not a start ahead, but a span the clause's tense dates ("the pier was shut
from Monday to Wednesday", while "will be shut from Monday to Wednesday" is ahead)."""
HAD_AFTER = letters.compile(
    r"(?:,(?!\s*(?i:which|who|when|where|that|as|but|and)\b))?[^,;:.!?\"“”]{0,40}?\b(?i:had)\s+"
    r"(?!to\b|been\s+(?:scheduled|expected|due|set|planned)\b)\w+"
)
"""A past perfect just after a deadline, in its clause: the past reached it ("By Monday,
rescuers had found 40 survivors"; not "had to", "had been scheduled")."""
SINCE = letters.compile(r"\b(?i:since)\s+(?:(?i:the|early|mid|late)[\s-]+)?$")
"""Before a date that "since" begins: "since December", "since the May floods"."""
BY = letters.compile(r"\s+by\b")
"""After an "-ed" word that follows a date, "by" makes it a participle of what the date
is about: "arrives early Thursday accompanied by relatives"."""
REPORTED = letters.compile(r"\bthat\b|,[^,;]*?\b(?:said|says|told)\b", re.I)
"""After a date, "that" opens what was reported, and a comma before a verb of speech an
attribution: neither dates it ("said in New York Tuesday that he plans to…", "…in the
fall, observers said", "In an interview Monday, he said he would run")."""
IS = letters.compile(
    r"\b(?:is|are)\s+(?:(?:on|at|about|around|noon|midday|midnight|GMT|[ap]\.m\.|[\d:.()]+)\s+)*$",
    re.I,
)
"""A present "is" just before a date, over a time of day: an event ahead ("the vote is
Sunday", "the deadline is 1600 GMT Thursday")."""
POSSESSIVE = letters.compile(r"['’]s\b")
DEED = letters.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:killings?|assassinations?|murders?|slayings?|attacks?"
    r"|bombings?|blasts?|explosions?|massacres?|coups?|invasion|crash(?:es)?|(?:earth)?quakes?"
    r"|floods?|fires?|shootings?|riots?|ambush|kidnapping|hijacking|tsunami|disaster)\b"
)
"""A deed or a disaster a date names (the date's noun, after it): nobody schedules one, so
it is past whatever is near ("February's killing", "a June bomb blast", "the May 3 quake")."""
REACH = 80
"""The characters on each side of an expression in which its tense is looked for."""


def pointing(sentence: str, match: re.Match[str]) -> int:
    """Which way the expression `match` of the sentence points: +1 the future, -1 or -2
    the past (see `direction`), -3 what "since" begins or a deed nobody schedules, 0
    neither; a deadline or a start points forward unless the past reached it ("had filed
    by Wednesday")."""
    if SINCE.search(sentence, max(0, match.start() - 12), match.start()) or re.match(
        r"(?i:since)\b", match[0]
    ):
        return -3  # "since December": the past, however near the same month ahead
    if DEED.match(sentence, match.end()):
        return -3  # "February's killing", "the May 3 blast": nobody schedules those
    way = direction(sentence, match.start(), match.end())
    # the words just before, never the whole sentence again for each expression in it
    near = max(0, match.start() - REACH)
    deadline = (
        DEADLINE.search(sentence[max(0, near - 1) : match.start()], 1 if near else 0)
        or OPENING.match(sentence, 0, match.start())
        or OPENING.match(match[0])
    )
    if IS.search(sentence, near, match.start()):
        return 1  # "the vote is Sunday", "the deadline is 1600 GMT Thursday"
    if deadline and POSSESSIVE.match(sentence, match.end()):
        return way  # "up from Monday's close", "swept away by Tuesday's vote": an event
    if (
        way < 0
        and SPAN_FROM.search(sentence, near, match.start())
        and SPAN_TO.match(sentence, match.end())
    ):
        return way  # "was shut from Monday to Wednesday": a span the past tense dates
    if deadline and not DONE_BY.search(sentence[near : match.start()]):
        if HAD_AFTER.match(sentence, match.end()):
            return -1  # "By Monday, rescuers had found 40 survivors": a deadline reached
        return 1
    return way


IN_RELATIVE = letters.compile(r",\s*(?i:who|which)\s[^,;:\"“”—–()]*$")
"""A date in a relative clause set off by commas: the verbs after the comma that closes it
are those of the main clause, which do not date it."""


def direction(sentence: str, start: int, end: int) -> int:
    """+1 when the words nearest the expression speak of the future, -1 of the past, 0
    when there are none: the verb nearest a date is the one it dates. A past verb shortly
    before the date in its own clause ("killed him in February") is -2: the clause's own
    tense, which a date a few weeks ahead does not outweigh; "will" there is +3, which a
    date a few weeks back does not outweigh ("will reopen on Dec. 6" in January)."""
    before, after = sentence[max(0, start - REACH) : start], sentence[end : end + REACH]
    after = after[: m.start()] if (m := REPORTED.search(after)) else after
    if IN_RELATIVE.search(before) or any(_will(before, m) for m in FUTURE.finditer(before)):
        # "the envoy, who flies in on Friday, met …"; "will be heard on Thursday, in the
        # first case brought under…": past the comma, the verbs are another clause's
        after = after.split(",")[0]
    best: tuple[float, int] = (REACH + 1.0, 0)
    own = will = False  # a past verb, or "will", in the date's own clause, whichever is nearest
    for clue in _clues(before, after, not POSSESSIVE.match(sentence, end)):
        own, will = own or clue[1] == -2, will or clue[1] == 3
        if clue[0] < best[0]:
            best = clue
    if best[1] > 0:
        return 3 if will else 1
    return -2 if best[1] < 0 and own else best[1]


def _clues(before: str, after: str, bare: bool = True) -> Iterator[tuple[float, int]]:
    """Each word of tense near a date: how far it is, and which way it points. `bare`: the
    date is no weekday in the possessive naming an event ("Friday's trial")."""
    for verb in present_in_time_clause(before):
        yield len(before) - verb, 1
    if bare and not _verb_follows(after) and (verb_end := present_of_clause(before)) is not None:
        yield len(before) - verb_end, 1
    if (asked := ASKED.search(before)) and (bare or BEFORE.search(before)):
        yield len(before) - asked.end("to"), 1
    for pattern, sign in ((FUTURE, 1), (PAST, -1)):
        for match in pattern.finditer(before):
            if sign > 0 and PLANNED.search(before, 0, match.start()):
                continue  # "had been scheduled for January 25": a plan of the past
            if sign > 0:
                yield len(before) - match.end(), 3 if _will(before, match) else 1
            elif _past(before, match):
                yield len(before) - match.end(), -_strength(before, match)
        if sign > 0:
            for match in AHEAD.finditer(before):
                if NO_BREAK.fullmatch(before, match.end()):
                    yield len(before) - match.end(), 1
        for match in pattern.finditer(after):  # a verb after the date is a bit further
            if sign > 0 or (_past(after, match) and not BY.match(after, match.end())):
                yield match.start() * 1.5 + 1, sign


WILL = letters.compile(r"(?i:will|shall|won't|is to|are to)|['’]ll")


def _will(before: str, word: re.Match[str]) -> bool:
    """Whether a word of the future is "will" (or "is to") in the date's own clause, shortly
    before it: "the boy will turn 7 on Dec. 6" in January is next December, however near
    the last one."""
    return bool(WILL.fullmatch(word[0]) and OWN_CLAUSE.fullmatch(before, word.end()))


def _past(text: str, verb: re.Match[str]) -> bool:
    """Whether a word of `PAST` is a past tense there: not "held" in "will be held", nor an
    adjective ("a still unspecified date")."""
    if PARTICIPLE.search(text, 0, verb.start()):
        return False
    if ADJECTIVE_AFTER.search(text, 0, verb.start()) and NOUN_NEXT.match(text, verb.end()):
        return False  # "in closed session", "make up lost days": an adjective before a noun
    return not (verb[0].lower().endswith("ed") and DETERMINER.search(text, 0, verb.start()))


def _strength(before: str, verb: re.Match[str]) -> int:
    """2 for a past verb in the date's own clause, shortly before it; else 1."""
    own = OWN_CLAUSE.fullmatch(before, verb.end()) and not SPEECH.fullmatch(verb[0])
    return 2 if own else 1


FINITE = letters.compile(r"\b(?i:is|are|was|were|has|have|had|will|would|did|does)\b")


def _verb_follows(after: str) -> bool:
    """Whether a finite verb follows the date shortly, in its clause: then the word in "-s"
    before the date is the noun of its subject ("the embassy bombings on Friday killed
    80", "the rescue efforts on Friday were hampered"), not a verb."""
    clause = NO_BREAK.match(after)[0][:40]  # type: ignore[index]
    return bool(FINITE.search(clause)) or any(_past(clause, m) for m in PAST.finditer(clause))


ASKED = letters.compile(
    r"\b(?i:ask|urg|call(?:s|ed|ing)?\s+(?:on|upon)|press|instruct|order|direct|request|invit"
    r"|encourag|advis|requir|persuad)\w*\s+(?:[^,;:.\"“”—–]{0,50}?\s)?"
    r"(?P<to>(?i:to))\s+(?!(?:the|a|an|its|his|her|their|our|this|that|us|me|him|them)\b)"
    r"[a-z]+\b[^,;:\"“”—–]*$"
)
"""An infinitive of what someone is asked to do, running on to the date: what is asked is
ahead ("urged voters to turn out on Sunday", "asked the board to publish it before
Thursday's meeting"); a weekday naming an event is that only after "before" ("asked him
to look into Friday's trial": the trial is past)."""
BEFORE = letters.compile(r"\b(?i:before)\s+$")


OWN_CLAUSE = letters.compile(
    r"(?=.{0,45}$)(?:(?!\b(?i:to(?!\s+(?:a|an|the|its|his|her|their)\b)|that|for|which|who|when"
    r"|if|whether)\b)[^,;:\"“”—–])*"
)
"""The words between a verb and a date in its own clause: not one after an infinitive
or a purpose ("wanted to land there in May", "got them together for a June meeting")."""
SPEECH = letters.compile(r"said|told", re.I)
"""A verb of speech dates the speaking, not what is reported: no clause's own tense."""
AHEAD = letters.compile(
    r"\b(?:may|might|could|can)\b(?!\s+(?:not\s+|n.t\s+)?have\b)|\b(?i:called for)\b"
    r"|\b(?:is|are)\s+\w+ed\b"
)
"""Words that point forward only to a date after them in their clause: "could arrive
Sunday", "called for a meeting on Thursday" (but "Friday, the mayor called for calm"), a
present passive ("nominations are announced Tuesday")."""
NO_BREAK = letters.compile(r"[^,;:\"“”—–]*")
PARTICIPLE = letters.compile(r"\b(?:be|to|is|are|being)\s+$", re.I)
"""Before "held" in "will be held", "is to be held", "are held": no past tense."""
DETERMINER = letters.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|these|those)(?:\s+(?:still|\w+ly))?\s+$", re.I
)
"""Before an "-ed" word that is an adjective ("a still unspecified date"): no past tense."""
ADJECTIVE_AFTER = letters.compile(r"\b(?:in|on|at|for|with|of|from|into|up|over)\s+$", re.I)
"""Before a past form that qualifies the noun after it ("in closed session")."""
NOUN_NEXT = letters.compile(
    r"\s+(?!(?:the|a|an|his|her|its|their|it|them|him|by|to|on|in|at|for|with|and|or|that)\b)"
    r"[a-z]+\b"
)
"""A word after a past form that is no object nor preposition: the noun it qualifies."""
PLANNED = letters.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
"""Before "scheduled", "expected", "planned": a plan the past made, which dates nothing ahead."""


STATE = letters.compile(
    r"\b(?:is|are|am|has|have|remains?|seems?|needs?|knows?|possess(?:es)?|exists?|means?"
    r"|owns?|lacks?|depends?|belongs?|wants?|believes?|costs?|it\s+takes"
    r"|(?:it|that|there|what|he|she)['’]s|(?:we|they|you)['’]re)\b"
    r"(?!\s+(?:\w+ing|\w+ed|to|been|done|got|had|made|due|set|about|likely|going)\b)",
    re.I,
)
"""A verb of a state or a habit in the present: what "today" means in "the money it takes
today", "Today, eight countries possess such arms" (not "is meeting", "has agreed", "is
to")."""
ACTION = letters.compile(
    r"\b(?i:to)\s+(?!(?:the|a|an|his|her|its|their|our|this|that|us|me|him|them|you)\b)[a-z]+"
    r"|\b[a-z]{2,}ing\b(?<!thing)(?<!during)(?<!morning)(?<!evening)"
)
"""An infinitive or a participle before a date: the date is of that action ("willing to
talk today", "shutting down the programme today")."""
CLAUSE_END = letters.compile(r"[.;:!?\"“”—–]")


def in_general(sentence: str, match: re.Match[str]) -> bool:
    """Whether a word of the present ("today", "this week") is the present in general:
    a verb of a state or a habit in its clause, and none of the past or the future ("we
    need more funds today"; not "the vote is today", "what happened today", "we meet
    today")."""
    if POSSESSIVE.match(sentence, match.end()):
        return False  # "today's vote": an event
    if direction(sentence, match.start(), match.end()) != 0:
        return False
    after = sentence[match.end() :]
    if IS.search(sentence, max(0, match.start() - REACH), match.start()):
        return not re.match(r"\s*(?:[,.;:!?\"”]|$)", after)  # "is today stronger", not "is today."
    before = sentence[max(0, match.start() - 50) : match.start()]
    before = CLAUSE_END.split(before)[-1]
    if ACTION.search(before):
        return False  # "no reason to present it today": the day of what is done
    after = CLAUSE_END.split(after[:50])[0]
    return bool(STATE.search(before) or STATE.search(after))
