"""Actors an article makes the subject of what a clause says they do, besides those whose
words it reports: a body named in full ("The Harbour Board has deadlocked on fares",
"Kestrel Radio aired the debate", "the Ruiz campaign is trying…"), which `reported.py`
proposes as it proposes a body that speaks, and a person it proposes, cited there too
("Ruiz has fired her aide"); and the tidying of the bodies' names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import letters
from .actors import Proposed
from .actors_names import BODY_WORDS, ORGANISATION
from .datelines import DATELINE
from .names import BRACKET
from .reported_patterns import APPOSITION, BETWEEN, HEAD_WORDS, NAME

OPENING_WORDS = (
    "that but and while when as although because after before since until if"
    " But And While When As Although Because After Before Since Until If"
).split()
CLAUSE_START = (
    r"(?:^|(?<=[.!?:;]\s)|(?<=[.!?,][”\"’]\s)|(?<=,\s)|(?<=[—–]\s)"
    + "".join(rf"|(?<=\b{word}\s)" for word in OPENING_WORDS)
    + ")"
)
"""Where a clause, and so its subject, may begin: a sentence, a comma, "that", "but",
"although"…"""
IRREGULAR = (
    r"(?:made|took|sent|ran|spread|told|wrote|gave|put|got|began|held|kept|set|won|lost"
    r"|paid|sought|brought|found|led|left|met|saw|sold|spent|stood|struck|thought|went"
    r"|chose|drew|fought|hit|let|meant|shut|cut|bought|became|built|taught|withheld)"
)
"""Past tenses that do not end in "-ed"."""
ADVERB = r"(?:\s+(?:\w+ly|also|yet|not|never|already|still|just|now))*"
FINITE = (
    rf"(?:(?:is|are|was|were)(?:n['’]t)?{ADVERB}\s+[a-z]{{2,}}ing"
    rf"|(?:has|have|had)(?:n['’]t)?{ADVERB}\s+(?:been\s+[a-z]{{2,}}ing|[a-z]{{2,}}ed|{IRREGULAR})"
    rf"|did(?:n['’]t|\s+not){ADVERB}\s+[a-z]{{3,}}"
    rf"|[a-z]{{2,}}ed|{IRREGULAR})\b"
)
"""A verb the subject does: a past ("aired", "made"), a perfect ("has not commented"), a
progressive ("is planning") or "did not" ("did not respond"); not a passive, which it
suffers ("was told", "is privately held"), nor a state ("is a charity", "has been"), nor
a present that may be a plural noun ("Harbour Board officials")."""
NOT_OWNER = r"(?!(?:His|Her|Its|Their|Our|My|Your)\s)"
"""A pronoun names no owner: "His campaign said" is left to the quotation's speaker."""
BODY_DOES = letters.compile(
    rf"{CLAUSE_START}(?:[Tt]he\s+)?(?P<who>{NAME}){APPOSITION}\s+{BETWEEN}{FINITE}"
)
"""A body named in capitals, subject of a clause: "The Harbour Board has deadlocked"."""
OWNED_DOES = letters.compile(
    rf"{CLAUSE_START}(?:[Tt]he\s+)?{NOT_OWNER}(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
    rf"(?:[A-Z][\w'’&-]*\s+){{1,3}}{HEAD_WORDS}){APPOSITION}\s+{BETWEEN}{FINITE}"
)
"""A body named by whose it is, subject of a clause: "Ruiz’s campaign sent out…", "the
Ruiz campaign is trying…"."""
NO_BODY = letters.compile(r"[A-Z]+(?:\s+[A-Z]+)+|[A-Z][a-z]+ing\b.*")
"""Words in capitals (a headline's, a name's: "HARBOUR BOARD VOTES") or a participle
opening the sentence ("Criticizing police tactics") name no body."""


PERSON_DOES = letters.compile(
    rf"{CLAUSE_START}(?P<who>{NAME}){BRACKET}{APPOSITION}\s+{BETWEEN}{FINITE}"
)
"""A person, subject of a clause: "Ruiz has fired her aide", "Ms. Ruiz withdrew the bill"."""


def person_subjects(text: str) -> list[re.Match[str]]:
    """Every name a paragraph makes the subject of what a clause says they do."""
    return list(PERSON_DOES.finditer(text))


def body_subjects(text: str) -> list[re.Match[str]]:
    """Every body a paragraph makes the subject of a clause (see BODY_DOES), for
    `reported.py` to read and keep if it names an organisation."""
    found = [*BODY_DOES.finditer(text), *OWNED_DOES.finditer(text)]
    return [
        m
        for m in found
        if not NO_BODY.fullmatch(m["who"]) and not (m.start("who") == 0 and DATELINE.match(text))
    ]


LEADING = letters.compile(
    r"^(?:(?:As|How|While|Whereas|Alongside|Although|Though|That[’']s|It[’']s|But|And|So|Yet"
    r"|Or|Then|Now|Also|His|Her|Its|Their)\s+|[a-z][\w'’-]*\s+)+"
)
"""Words before a body's name that are none of it: a conjunction or a question's first word
("As the Harbour Times reported", "How has the Harbour Board"), a pronoun ("His Treasury"),
then words in lowercase ("the", "has the")."""
REPEATED = letters.compile(r"(\s(?:of|for)\s[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*)*)\1$")
"""The end of a body's name read twice ("Kestrel Board of Elections of Elections")."""
WHEN_AFTER = letters.compile(
    r"\s+(?:on|last|this|next|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|week|month|year)$"
)
"""A day read into a body's name from the words after it ("the Ruiz campaign on Tuesday")."""
GENERIC = letters.compile(
    r"(?i:committee|bureau|department|agency|office|board|commission|campaign|group|fund"
    r"|party|company|corporation|foundation|institute|association|union|ministry"
    r"|administration|authority|coalition|league|trust|society|club)|PACs?"
)
"""A head word alone names no body in particular ("Committee has spent", "PAC called"): the
rest of its name was lost, or it refers to one named before. ("the Government", "the
Council", "the Court" name the one of the place, as British papers write them.)"""
NOT_A_NAME = letters.compile(
    rf"\s(?!(?:of|for|and|the|on|in|at|de|du|la|le|del|y|{HEAD_WORDS}|{BODY_WORDS})\b)[a-z][\w'’-]*"
)
"""A word in lowercase that joins no name's words ("News in a story that"): a phrase."""
CAPITALS = letters.compile(r"[A-Z]{2,}(?:\s+[A-Z]{2,})+")
"""Words in capitals, a headline's or a dateline's ("BUENA PARK"), no body's name."""
RUBRIC = letters.compile(r"[A-Z]{4,}:?")
"""A word in capitals before a colon, the paragraph's rubric ("EXCLUSIVE:", "UPDATE:")."""


def tidied(body: Proposed) -> Proposed | None:
    """A body's name without the words before it that are none of it (see LEADING), a
    dateline ("WASHINGTON ― The board"), a day after it or its end read twice; None when no
    name is left ("But the company": a referral), or it is a head word alone, a phrase or
    a rubric or dateline in capitals ("EXCLUSIVE:")."""
    name = REPEATED.sub(r"\1", LEADING.sub("", DATELINE.sub("", body.name)))
    name = WHEN_AFTER.sub("", name)
    if not name[:1].isupper() or (RUBRIC.fullmatch(name) and body.evidence.endswith(":")):
        return None
    if GENERIC.fullmatch(name) or NOT_A_NAME.search(name) or CAPITALS.fullmatch(name):
        return None
    return replace(body, name=name) if name != body.name else body


def merge_into(found: dict[str, Proposed], body: Proposed) -> None:
    """Propose `body`, or give the proposal of its name its paragraphs (and its role, if
    that had none)."""
    old = found.get(body.name)
    if old is None:
        found[body.name] = body
    else:
        cited = tuple(sorted({*old.paragraphs, *body.paragraphs}))
        found[body.name] = replace(old, role=old.role or body.role, paragraphs=cited)


PAPER = letters.compile(
    r"Post|Times|Journal|News|Herald|Tribune|Gazette|Courier|Chronicle|Telegraph|Examiner"
    r"|Inquirer|Globe|Star|Sun|Mail|Guardian|Observer|Independent|Mirror|Express"
)
"""The last word of a paper's title, by which the article names it again ("the Post")."""


def _shorter_of(name: str, other: str) -> bool:
    """Whether `name` names the body `other` by part of its name (see `shortened`)."""
    words, longer = name.split(), other.split()
    if len(longer) <= len(words):
        return False
    if longer[: len(words)] == words:  # "Kestrel Centre" of "Kestrel Centre for Justice"
        return longer[len(words)] in ("of", "for", "on") and bool(ORGANISATION.fullmatch(words[-1]))
    return longer[-len(words) :] == words and (len(words) > 1 or bool(PAPER.fullmatch(name)))


def shortened(found: dict[str, Proposed]) -> None:
    """A body named again by its name's start, up to a head word before "of" or "for"
    ("the Kestrel Centre" for the Kestrel Centre for Justice), by its last two words or
    more ("the Daily Courier" for the Marlow Daily Courier) or a paper by its title's last
    word ("the Courier"): the shorter name's paragraphs are the longer one's, when only one
    proposed body's name is so."""
    bodies = {n: b for n, b in found.items() if b.kind == "organisation"}
    for name in sorted(bodies, key=lambda n: len(n.split())):
        longer = [other for other in bodies if _shorter_of(name, other)]
        if len(longer) == 1 and name in found and longer[0] in found:
            short = found.pop(name)
            merge_into(found, replace(short, name=longer[0], role=""))
