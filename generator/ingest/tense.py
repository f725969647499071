"""Which way a date expression points, read from the words nearest to it: the past, the
future, or neither. The verb nearest a date is the one it dates ("said Friday that talks
will resume next month": Friday is past, the month is next). Each convention has its test
in tests/test_ingest_dates.py; how it was found is told in bench/README.md (issue #27).

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
  that opens the date's clause ("the pilgrimage climaxes on Wednesday"; not a verb of
  speech or of a state); a present passive, "may", "could", "can" or "called
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

from .datewords import MONTH, WEEKDAY


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
FUTURE = re.compile(
    r"\b(?:will|won't|shall|would|is to|are to|was to|were to|plans? to|planned|planning"
    r"|scheduled|schedule|expected|expects?|going to|due|upcoming|proposed"
    r"|calls? for|set for|set to|slated|intends? to|aims? to|hop(?:es|ed|ing|e) (?:to|for)"
    r"|payable|coming"
    r"|will be|ahead of|(?:run|lead|build)-up to"
    rf"|{SCHEDULED}|next(?!\s+(?:to|day|week|month|year)\b))\b"
    r"|'ll\b|’ll\b",
    re.I,
)
PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|ago|earlier|since|met|took|gave|began|came|went|left|made"
    r"|held|won|lost|sent|saw|got|found|spoke|wrote|rose|fell|paid|sold|bought|led|ran"
    r"|struck|became|knew|thought|brought|kept|felt|began|broke|chose|drew|flew|froze"
    r"|stood|fought|caught|taught|sought|agreed|freed|[a-z]+[^e\W]ed)\b",
    re.I,
)
DEADLINE = re.compile(
    r"\b(?:by|until|till|through|to|effective|record|payable|due|around|starting|beginning"
    r"|from)\s+(?:(?:about|around|noon|midday|midnight|dawn|on)\s+)*$",
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
SPAN_FROM = re.compile(r"\b(?i:from)\s+(?:(?i:early|late|noon|midday|midnight)\s+)?$")
SPAN_TO = re.compile(
    rf"\s*(?:[-–]|\s(?i:to|through|till|until)\s)\s*(?:(?i:early|late)\s+)?(?:{WEEKDAY}|{MONTH}\b)"
)
"""A date that opens a span with both ends named ("from Monday to Wednesday", "from June
3 to June 5"): not a start ahead, but a span the clause's tense dates ("the pier was shut
from Monday to Wednesday", while "will be shut from Monday to Wednesday" is ahead)."""
HAD_AFTER = re.compile(
    r"(?:,(?!\s*(?i:which|who|when|where|that|as|but|and)\b))?[^,;:.!?\"“”]{0,40}?\b(?i:had)\s+"
    r"(?!to\b|been\s+(?:scheduled|expected|due|set|planned)\b)\w+"
)
"""A past perfect just after a deadline, in its clause: the past reached it ("By Monday,
rescuers had found 40 survivors"; not "had to", "had been scheduled")."""
SINCE = re.compile(r"\b(?i:since)\s+(?:(?i:the|early|mid|late)[\s-]+)?$")
"""Before a date that "since" begins: "since December", "since the May floods"."""
BY = re.compile(r"\s+by\b")
"""After an "-ed" word that follows a date, "by" makes it a participle of what the date
is about: "arrives early Thursday accompanied by relatives"."""
REPORTED = re.compile(r"\bthat\b|,[^,;]*?\b(?:said|says|told)\b", re.I)
"""After a date, "that" opens what was reported, and a comma before a verb of speech an
attribution: neither dates it ("said in New York Tuesday that he plans to…", "…in the
fall, observers said", "In an interview Monday, he said he would run")."""
IS = re.compile(
    r"\b(?:is|are)\s+(?:(?:on|at|about|around|noon|midday|midnight|GMT|[ap]\.m\.|[\d:.()]+)\s+)*$",
    re.I,
)
"""A present "is" just before a date, over a time of day: an event ahead ("the vote is
Sunday", "the deadline is 1600 GMT Thursday")."""
POSSESSIVE = re.compile(r"['’]s\b")
DEED = re.compile(
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


def direction(sentence: str, start: int, end: int) -> int:
    """+1 when the words nearest the expression speak of the future, -1 of the past, 0
    when there are none: the verb nearest a date is the one it dates. A past verb shortly
    before the date in its own clause ("killed him in February") is -2: the clause's own
    tense, which a date a few weeks ahead does not outweigh; "will" there is +3, which a
    date a few weeks back does not outweigh ("will reopen on Dec. 6" in January)."""
    before, after = sentence[max(0, start - REACH) : start], sentence[end : end + REACH]
    after = after[: m.start()] if (m := REPORTED.search(after)) else after
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
    for verb in _present_in_time_clause(before):
        yield len(before) - verb, 1
    if bare and (verb_end := _present_of_clause(before)) is not None:
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


WILL = re.compile(r"(?i:will|shall|won't|is to|are to)|['’]ll")


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
    return not (verb[0].lower().endswith("ed") and DETERMINER.search(text, 0, verb.start()))


def _strength(before: str, verb: re.Match[str]) -> int:
    """2 for a past verb in the date's own clause, shortly before it; else 1."""
    own = OWN_CLAUSE.fullmatch(before, verb.end()) and not SPEECH.fullmatch(verb[0])
    return 2 if own else 1


TIME_CLAUSE = re.compile(
    r"\b(?i:before|until|till|when|once|after|as soon as|unless|if)\s+(?=[^,;:\"“”—–]*$)"
)
"""A conjunction opening a clause of time or condition that runs on to the date."""
DETERMINER_ONLY = re.compile(
    r"(?i:the|a|an|its|his|her|their|our|this|that|these|those|each|every|no|both|all)"
)
ONE = re.compile(r"(?i:he|she|it)")
MANY = re.compile(r"(?i:they|we|you)|I")
NOT_VERB = re.compile(
    r"(?i:on|in|at|of|for|to|from|with|by|over|under|into|as|than|and|or|but|not|also|then"
    r"|later|now|again|still|more|less|its|his|her|their|our|the|a|an|this|that|these|those"
    r"|was|were|had|did|will|would|could|should|may|might|can|must|shall|news|series|means"
    r"|is|has|does)"
)
"""Words no present verb of a subject can be (those of a past, a modal, a function word)."""


def _present_in_time_clause(before: str) -> Iterator[int]:
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


CLAUSE_START = re.compile(r"[,;:\"“”—–()]")
"""What ends the clause before a date's own: the verb of its subject is read after it."""
NO_EVENT = re.compile(
    r"(?i:says?|tells?|reports?|claims?|adds?|notes?|insists?|argues?|warns?|announces?"
    r"|confirms?|denies?|writes?|recalls?|explains?|believes?|thinks?|estimates?|fears?"
    r"|admits?|acknowledges?|quotes?|cites?|shows?|suggests?|indicates?|predicts?|states?"
    r"|accuses?|blames?|wants?|needs?|seems?|remains?|stands?|looks?|means?|knows?"
    r"|marks?|follows?|comes?)"
)
"""Verbs in the present that tell no event ahead: what is said, a state, what a date marks
("police say", "the index stands at 300 on Friday", "the visit follows Monday's talks")."""


def _present_of_clause(before: str) -> int | None:
    """Where a verb in the present of a subject that opens the date's clause ends: news
    tells what is ahead so ("the pilgrimage climaxes on Wednesday", "he flies to Oslo on
    Tuesday"). Only a subject in the singular that begins with a determiner or is "he",
    "she" or "it", a verb in "-s" followed by a preposition or a determiner (or the date):
    "the company's shares fell" is no verb "shares"; a verb of speech or of a state tells
    no event."""
    clause = CLAUSE_START.split(before)[-1]
    words = list(re.finditer(r"[\w’'.-]+", clause))
    if len(words) < 2 or not OPENER.fullmatch(words[0][0]):
        return None
    at = (
        1
        if ONE.fullmatch(words[0][0])
        else next((i for i in range(2, min(5, len(words))) if PLURAL.fullmatch(words[i][0])), 0)
    )
    if not at or any(
        not NOUN.fullmatch(w[0]) or PAST.fullmatch(w[0]) or NOT_VERB.fullmatch(w[0])
        for w in words[1:at]
    ):
        return None
    verb, follows = words[at][0], words[at + 1][0] if at + 1 < len(words) else ""
    if not PLURAL.fullmatch(verb) or NO_EVENT.fullmatch(verb) or NOT_VERB.fullmatch(verb):
        return None
    if at > 1 and PLURAL.fullmatch(words[at - 1][0]):
        return None
    if follows and not (LEADS_ON.fullmatch(follows) or follows[0].isupper()):
        return None
    return len(before) - len(clause) + words[at].end()


NOUN = re.compile(r"[A-Za-z][a-z’'-]*")
"""A word of a subject: no number, no word in capitals alone ("DAX")."""
OPENER = re.compile(r"(?i:the|a|an|its|his|her|their|this|he|she|it)")
LEADS_ON = re.compile(
    r"(?i:on|in|at|to|for|with|from|into|before|against|after|across|the|a|an|its|his|her"
    r"|their|again|back|off|up|out|down|here|there|early|late|later)"
)
"""Words after a verb, not after a noun ("climaxes on", "meets the envoy"), or a name
("hosts Leeds")."""


PLURAL = re.compile(r"[a-z-]+[^su'’\W]s")
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


ASKED = re.compile(
    r"\b(?i:ask|urg|call(?:s|ed|ing)?\s+(?:on|upon)|press|instruct|order|direct|request|invit"
    r"|encourag|advis|requir|persuad)\w*\s+(?:[^,;:.\"“”—–]{0,50}?\s)?"
    r"(?P<to>(?i:to))\s+(?!(?:the|a|an|its|his|her|their|our|this|that|us|me|him|them)\b)"
    r"[a-z]+\b[^,;:\"“”—–]*$"
)
"""An infinitive of what someone is asked to do, running on to the date: what is asked is
ahead ("urged voters to turn out on Sunday", "asked the board to publish it before
Thursday's meeting"); a weekday naming an event is that only after "before" ("asked him
to look into Friday's trial": the trial is past)."""
BEFORE = re.compile(r"\b(?i:before)\s+$")


OWN_CLAUSE = re.compile(
    r"(?=.{0,45}$)(?:(?!\b(?i:to(?!\s+(?:a|an|the|its|his|her|their)\b)|that|for|which|who|when"
    r"|if|whether)\b)[^,;:\"“”—–])*"
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
DETERMINER = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|these|those)(?:\s+(?:still|\w+ly))?\s+$", re.I
)
"""Before an "-ed" word that is an adjective ("a still unspecified date"): no past tense."""
PLANNED = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
"""Before "scheduled", "expected", "planned": a plan the past made, which dates nothing ahead."""


STATE = re.compile(
    r"\b(?:is|are|am|has|have|remains?|seems?|needs?|knows?|possess(?:es)?|exists?|means?"
    r"|owns?|lacks?|depends?|belongs?|wants?|believes?|costs?|it\s+takes"
    r"|(?:it|that|there|what|he|she)['’]s|(?:we|they|you)['’]re)\b"
    r"(?!\s+(?:\w+ing|\w+ed|to|been|done|got|had|made|due|set|about|likely|going)\b)",
    re.I,
)
"""A verb of a state or a habit in the present: what "today" means in "the money it takes
today", "Today, eight countries possess such arms" (not "is meeting", "has agreed", "is
to")."""
ACTION = re.compile(
    r"\b(?i:to)\s+(?!(?:the|a|an|his|her|its|their|our|this|that|us|me|him|them|you)\b)[a-z]+"
    r"|\b[a-z]{2,}ing\b(?<!thing)(?<!during)(?<!morning)(?<!evening)"
)
"""An infinitive or a participle before a date: the date is of that action ("willing to
talk today", "shutting down the programme today")."""
CLAUSE_END = re.compile(r"[.;:!?\"“”—–]")


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
