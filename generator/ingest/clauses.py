"""The clauses of a sentence, read for what dates them: where two clauses meet and which
one holds a date (`clause_of`), two verbs of one subject (`coordinated`), an absolute "with
X doing …", the clause a verb of saying reports (`SAID_THAT`, `reported_clause`), and the
subject a clause shares or names (`with_subject`, `name_alone`). `proposals` makes an
event's title from the clause these find."""

from __future__ import annotations

import re

from . import letters
from .actors import ROLE_NOUNS, TITLES
from .attribution import VERB
from .attribution_patterns import THAT_VERB
from .datelines import DATELINE
from .datewords import MONTH, WEEKDAY

AUXILIARY = letters.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had)\b"
)
SUBJECT_WORDS = frozenset(
    "the a an it they he she we i you its their his her this that these those".split()
)
"""Words that begin a clause with its own subject ("and the hospital will close …")."""
JOIN = letters.compile(r",(?!\d{3})\s*(?:and\s+|but\s+|then\s+)?|\s+(?:and|but|then)\s+")
"""Where two clauses of a sentence meet: "…in March and close completely next year" (not
the comma of a number, "9,000")."""


def clause_of(sentence: str, at: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """The clause of a sentence with two dates that holds the date at `at` (the words'
    start and end in the sentence), with the subject the clauses share: "The unit will
    stop bookings in March and close next year" -> "The unit will close next year" for
    "next year", "The unit will stop bookings in March" for "in March"."""
    before = [end for start, end in others if end <= at[0]]
    after = [start for start, _ in others if start >= at[1]]
    start = _join(sentence, max(before), at[0], last=True) if before else None
    end = _join(sentence, at[1], min(after), last=False) if after else None
    clause = sentence[start[1] if start else 0 : end[0] if end else len(sentence)]
    if start is None:
        return clause
    first = sentence[: start[0]]
    told = REPORTING.match(clause)
    if told and not REPORTING_VERB.search(first):
        # "Fares will rise on January 4, the authority announced on Monday, the largest
        # increase …": what the later date dates is the announcing of the first clause
        who, what = told["who"][:1].upper() + told["who"][1:], DATELINE.sub("", first).strip()
        what = what if what[:2].isupper() else what[:1].lower() + what[1:]  # not "uS"
        return f"{who} {told['verb']} that {what}"
    if (said := re.match(rf"{REPORTS}\b", clause)) and (who := TRAILING_WHO.search(first)):
        # "X has been put off, the board's chair, Ana Ruiz, said on Monday": her saying it
        name = name_alone(f"{who['who']}, {said[0]}").removesuffix(f" {said[0]}")
        what = DATELINE.sub("", first[: who.start()]).strip()
        what = what if what[:2].isupper() else what[:1].lower() + what[1:]
        return f"{name} {said[0]} that {what}"
    if absolute := ABSOLUTE.match(clause):  # "…, with births moving to Leeds from March"
        clause = clause[absolute.end() :]
    if not clause[:1].islower() or clause.split()[0] in SUBJECT_WORDS or absolute:
        return clause[:1].upper() + clause[1:]
    return with_subject(first, clause)


TRAILING_WHO = letters.compile(
    r",\s*(?P<who>(?:the|its|their|his|her|an?)\s+[^,]{1,60},\s*[A-Z][\w’'. -]{0,60}"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*(?:the|its|their|his|her|an?)\s+[^,]{1,60})$"
)
"""Who reports the clause before, named and set apart by commas before the verb: ", the
board's chair, Ana Ruiz," (then "said …")."""
ABSOLUTE = letters.compile(
    r"with\s+(?=(?:[\w’'-]+\s+){1,4}?(?:[a-z]+(?:ing|ed)|due|set|about|likely|unlikely"
    r"|begun|done|gone|taken|given|shown|held|built|cut|paid|made|kept|left|lost|sold|won)\b)"
)
"""A clause "with X doing …" ("with X due to …", "with X set to …", "with X sold …") after
the main one has its own subject, X."""


def with_subject(first: str, clause: str) -> str:
    """A clause that shares its subject with the clause before it, with that subject:
    "The unit will stop bookings" + "close next year" -> "The unit will close next year"."""
    first = RELATIVE.sub("", first)  # "The hearing, which had been set for Friday,"
    aux = AUXILIARY.search(first)
    verb = aux or re.search(r"\s[a-z]+ed\b", first)
    if aux and not AUXILIARY.match(clause):
        subject = first[: aux.end()]
    elif verb:
        subject = first[: verb.start()]
    else:  # the subject alone, its verb in this clause
        subject = (
            first
            if letters.compile(r"(?:The|[A-Z][\w’'-]*\s)[^,;:]*").fullmatch(first.strip())
            else ""
        )
    return f"{subject.strip()} {clause}".strip()


RELATIVE = letters.compile(r",\s+(?:who|which|whose)\b[^,]*(?:,|$)")
"""A relative clause set apart after a noun: what it says is not the main clause's verb."""


REPORTS = rf"(?:{VERB}|confirm(?:ed|s)|disclos(?:ed|es)|reveal(?:ed|s))"
"""The verbs of speech, and those that make known what another clause tells."""
REPORTING_VERB = letters.compile(rf"\b{REPORTS}\b")
REPORTING = letters.compile(
    rf"(?P<who>(?:[Tt]he|[Ii]ts|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){{0,7}}?)\s+(?P<verb>{REPORTS})\b"
)
"""A clause that only says who reported the one before it: "the Keston Valley Transport
Authority announced on Monday"."""


SUBORDINATE = letters.compile(
    r"\s+(?:why|because|after|before|when|where|while|how)\s+(?=(?:the|a|an|it|they|he|she|we)\s)"
)
"""Where a clause with its own subject begins inside another: "demanded that the company
explain why a fire burned last month" -> "a fire burned last month" for "last month"."""


def _join(sentence: str, start: int, end: int, last: bool) -> tuple[int, int] | None:
    """Where clauses meet between `start` and `end` (the last or the first such place),
    a word or more before the later date: "and close next year", never "and Tuesday"; a
    later date's clause may also begin at a subordinate clause with its own subject."""
    joins = [
        j
        for j in JOIN.finditer(sentence, start, end)
        if sentence[j.end() : end].split() and not _names_joined(sentence, j)
    ]
    if last:
        joins += [
            j for j in SUBORDINATE.finditer(sentence, start, end) if sentence[j.end() : end].split()
        ]
        joins += [j for j in [INTENT.match(sentence, start, end)] if j]
        joins.sort(key=lambda j: j.start())
    if not joins:
        return None
    join = joins[-1] if last else joins[0]
    return join.start(), join.end()


def _names_joined(sentence: str, join: re.Match[str]) -> bool:
    """ "Arden and Kilby": an "and" between two names joins the names, not two clauses
    (a date's name before it may end a clause: "in March and Ana Ruiz resigned")."""
    before = sentence[: join.start()].split()[-1:]
    after = sentence[join.end() :].split()[:1]
    return (
        "," not in join[0]
        and bool(before and after)
        and name_word(before[0])
        and name_word(after[0])
    )


def name_word(word: str) -> bool:
    """A capitalised word that is not a date's name."""
    return word[:1].isupper() and not DATE_NAME.fullmatch(word.strip("’'\".,;:"))


DATE_NAME = letters.compile(rf"{MONTH}\.?|{WEEKDAY}")


INTENT = letters.compile(r"\s+(?=to\s+[a-z]+\b)")
"""What was decided, just after the decision's date: "voted on Tuesday to raise the levy
from August" -> "The board to raise the levy" for "from August" (a headline's future)."""


COORDINATED = letters.compile(
    r"\s+and\s+(?=(?:will|would|shall|has|have|had|is|are|was|were|could|can|may|might"
    r"|must|should|[a-z]+ed)\b)"
)
"""Two verbs of one subject: "The campaign has collected 9,000 names and will hold a
meeting on Monday" (not "Ministers and unions will meet")."""


def coordinated(sentence: str, at: int) -> str:
    """The clause holding the date at `at` when the sentence joins two verbs of one
    subject, with that subject: "The campaign will hold a meeting on Monday"."""
    joins = list(COORDINATED.finditer(sentence, 0, at))
    if not joins:
        return sentence
    first, clause = sentence[: joins[-1].start()], sentence[joins[-1].end() :]
    if not AUXILIARY.search(first) and not re.search(r"\s[a-z]+ed\b", first):
        return sentence
    return with_subject(first, clause)


OWN_PRONOUN = letters.compile(r"^(?:he|she|it|they)\s+(?=[a-z])")
"""The subject of what is reported, when it is who reports it: "Blair said he would …"."""
ADDRESSEE = r"(?:(?:the|a|an|its|their|his|her|our)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+"
"""Whom it was said to: "warned the crews", "told a meeting of islanders"."""
ASIDE_WORDS = r"(?:(?:on|in|at|to|last|this|next|yesterday|today|earlier)\b[^,\"“”]{0,50}?\s+)?"
"""Where or when it was said, between the verb and "that": "said on Tuesday that"."""
SAID_THAT = letters.compile(
    rf"^(?P<who>[A-Z][^,]{{0,80}}?(?:,\s+(?!wh)[^,\"“”]{{2,80}}?,)?)\s+"
    rf"(?:{THAT_VERB}\s+{ASIDE_WORDS}that"
    rf"|(?:told|warned|assured|informed|reminded|promised)\s+{ADDRESSEE}{ASIDE_WORDS}that"
    r"|(?!warned\b)" + THAT_VERB + r"(?!\s+(?:on|in|at|to|by|that)\b))\s+(?=[a-z])"
)
"""An opening "Lund said (that) ", "Lund warned the crews on Monday that ": a date further
on dates what she said happened, so the title is that, not her saying it ("said on Tuesday
that …" keeps the saying when Tuesday is the date)."""


def reported_clause(clause: str, who: str) -> str:
    """What was reported, its subject named when it is who reported it: "Blair said he would
    raise the fees" -> "Blair would raise the fees", never another person named nearby."""
    if not OWN_PRONOUN.match(clause):
        return clause
    words = name_alone(f"{who.strip()} did so").removesuffix(" did so")
    return OWN_PRONOUN.sub(f"{words} ", clause, count=1)


NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
"""A name written in full (an honorific kept: it is how the article names them)."""
OFFICES = frozenset(
    "organiser organizer officer secretary master inspector warden principal treasurer clerk"
    " superintendent commander".split()
)
ROLE_WORDS = TITLES | ROLE_NOUNS | OFFICES
"""The head words of a role: "the union's regional organiser", "Harbour Master"."""
APPOSITION = letters.compile(
    r"^(?P<first>[^,\"“”]{2,80}?),\s+(?P<second>[^,\"“”]{2,80}?),\s+(?=[a-z])"
)
"""A subject named twice, by a role and by a name set apart by commas: "The council
leader, Ana Ruiz, said …", "Ana Ruiz, the council leader, said …"."""
ROLE_BEFORE = letters.compile(
    rf"^(?P<role>(?:[\w’'.-]+\s+){{0,4}}?(?i:{'|'.join(sorted(ROLE_WORDS, key=len)[::-1])})\s+)"
    rf"(?P<name>{NAME})(?<![’']s)(?=\s+[a-z])"
)
"""A role run into the name before it: "Health Minister Ana Ruiz said …" (not in a
possessive, which stays whole: "Mayor Ana Ruiz's budget")."""


PROPER = letters.compile(r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w’'.&-]*))*")
"""A name: its words capitalised but for small ones ("Friends of Dunmore Library")."""
DESCRIPTION = letters.compile(r"(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w’'-]*$")
"""What a name is, set apart after it: "a volunteer group", "the firm that owns the quay"."""


def name_alone(text: str) -> str:
    """The subject by its name alone: a role before a name, or beside it between commas,
    belongs on the actor's page, not in a title ("The council leader, Ana Ruiz, said" ->
    "Ana Ruiz said"), and so does what a body is ("Friends of X, a volunteer group, said")."""
    if pair := APPOSITION.match(text):
        for name, role in ((pair["second"], pair["first"]), (pair["first"], pair["second"])):
            own = letters.compile(rf"{NAME}$").search(name)
            if own and _is_role(role, name[: own.start()]):
                return f"{own[0]} {text[pair.end() :]}"
        if PROPER.fullmatch(pair["first"]) and DESCRIPTION.match(pair["second"]):
            return f"{pair['first']} {text[pair.end() :]}"  # "Friends of X, a volunteer group,"
    if (lead := ROLE_BEFORE.match(text)) and _is_role(lead["role"]):
        return text[lead.start("name") :]
    return text


def _is_role(role: str, before: str = "") -> bool:
    """Words that say what someone is ("the union's regional organiser", "chief
    executive of the board"): a role's head word, no verb of its own."""
    words = f"{before} {role}".split()
    head = re.split(r"\s+(?:of|at|for|in|from|with|on|to)\s+", " ".join(words))[0].split()
    return (
        bool(head)
        and head[-1].lower().strip(".") in ROLE_WORDS
        and not any(w in {"said", "says", "is", "was", "has", "had", "will"} for w in words)
    )
