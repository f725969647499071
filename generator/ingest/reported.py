"""People whose words an article reports, quoted or not: "Sanders complained that…",
"…, said Nate Silver, the polling guru", "according to Ana Ruiz". `quotes.py` proposes
who speaks its quotations; this pass adds everyone else the article makes a source, so
that each is drafted as an actor cited to the paragraphs where their words are given.

A person is proposed only when the article names them in full somewhere ("Bernie
Sanders"): a surname alone ("Sanders complained") is that person, and a capitalised word
before a verb of speech that the article never gives a first name ("Twitter said",
"Police said") is left to the editor.
"""

from __future__ import annotations

import re

from .actors import HONORIFICS, TITLES, ActorIndex, Named, Proposed, cite_proposal, who_is
from .attribution import VERB

ABBREVIATION = rf"(?:[A-Z]|{'|'.join(sorted(HONORIFICS))}|St|Jr|Sr)\."
PARTICLE = r"(?:de|van|von|der|den|da|del|della|di|du|la|le|bin|al|ibn)"
NAME = rf"(?:(?:[A-Z][\w'’-]*|{ABBREVIATION}|{PARTICLE})\s+){{0,3}}[A-Z][\w'’-]*\w"
"""Up to four capitalised words: a name with its title ("Sen. Ann Lee", "Piet de
Vries"); a full stop only after an abbreviation, so "…Ruiz. Whenever asked" names nobody."""
PLACE = re.compile(
    r"(?:City|County|Sea|Ocean|River|Valley|Island|Islands|Beach|Bay|Belt|Coast|Street"
    r"|Avenue|Road|Square|Mountains|Falls|Springs|Heights|Harbor|Harbour|Airport|Station"
    r"|Bridge|Canal|Desert|Peninsula|Strait)"
)
"""The last word of a place's name: "Atlantic City reported" names no person."""
SEGMENT = r"[^,;“”\"]{1,80}"
APPOSITION = rf"(?:,\s+(?P<role>{SEGMENT}(?:,\s+{SEGMENT}){{0,2}}),)?"
"""What follows a name between commas, over up to three commas ("Lance Beebe, 49, a
Navy veteran, said"; "Matthew Prince, chief executive of CloudFlare, a San Francisco
company, said")."""
REPORTS = (
    rf"(?:{VERB}|believes|thinks|hopes|fears|expects|wants|wanted|supports|opposes|opposed"
    r"|criticized|criticised|decried|praised|attacked|blamed|denied|defended|endorsed"
    r"|called for|called on|spoke|railed|slammed|blasted|touted|dismissed|rejected"
    r"|questioned|challenged|threatened|conceded|written|welcomed|condemned|backed)"
)
"""Verbs that give what someone said, wrote or holds: the source of a reported view."""
WHEN = (
    r"(?:(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|this\s+(?:past\s+)?week|last\s+week|yesterday|today|earlier|on\s+Twitter)"
)
BETWEEN = (
    rf"(?:(?:\w+ly|also|later|then|has|had|have|would|will|may|might|could|did|again|once"
    rf"|{WHEN}),?\s+){{0,3}}"
)
"""Words between a subject and its verb: "also", "had", "may have", "on Tuesday"."""
BRACKET = r"(?:\s*\([^()]{1,20}\))?"
"""A party and state after a name: "Sen. Ron Johnson (R-Wis.) asked"."""
SUBJECT = re.compile(rf"(?P<who>{NAME}){BRACKET}{APPOSITION}\s+{BETWEEN}{REPORTS}\b")
"""The subject of a verb of reporting: "Sanders complained", "Ana Ruiz, a nurse, said"."""
NAMED_AFTER = re.compile(rf",\s+(?P<who>{NAME}){BRACKET},\s+{BETWEEN}{REPORTS}\b")
"""A name set after its description: "Aquavia's chief executive, Piet de Vries, said"
(but "a professor at Rutgers University, said" is no subject: no comma before it)."""
INVERTED = re.compile(
    rf"[,”\"'’]\s*(?:said|says|added|wrote|asked)\s+(?P<who>{NAME})(?:,\s+(?P<role>{SEGMENT}))?"
)
"""After a quotation or a clause, the verb first: "…,” said Jon Favreau, a speechwriter."""
ACCORDING = re.compile(
    rf"\b[Aa]ccording to\s+(?:(?:a|an|the)\s+(?:\w+\s+){{0,2}}(?:from|by|of)\s+)?"
    rf"(?P<who>{NAME})(?:,\s+(?P<role>{SEGMENT}))?"
)
""""according to Ana Ruiz", "according to a post from Ana Ruiz"."""
OPENERS = frozenset(
    "But And So Yet Then Still Now Also However Meanwhile Later Earlier Instead Indeed"
    " Today Yesterday Tonight When While After Before If As Asked Though Although".split()
)
"""Words that open a sentence and are no part of the name after them ("But Ruiz said")."""
WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
"""A word of a name, double-barrelled ones included ("Delgado-Hunt", "Okonjo-Pryce")."""
FULL_NAME = re.compile(
    rf"\b{WORD}(?:\s+(?:[A-Z]\.|{WORD}|{PARTICLE}(?=\s+[A-Z]))){{1,3}}\b"
    rf"(?=,\s+(?P<role>{SEGMENT})[,.])?"  # looked at, not taken: it may name others
)
"""A full name, with a title before it or a description after it ("Councillor Ruth
Adeyemi, a retired engineer,")."""
ROLE_BEFORE = re.compile(
    r"(?:^|[.;:“”\"]\s*)(?P<role>(?:[A-Z][\w'’-]*[’']s\s+)?[a-z][a-z -]{2,60}),\s+$"
)
"""A description set before a name between commas: "Aquavia's chief executive, Piet de
Vries, said"."""


FOR_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+for\s+$")
"""What stands before the last words of a body's name made with "for" ("Transport for")."""
TITLE_BEFORE = re.compile(r"(?P<role>(?:[A-Z][a-z]+\s+)?(?P<title>[a-z]{4,}))\s+$")
"""A title in lowercase just before a name, as running text sets it: "a motion by Labor
councillor Sam Okafor" -> "Labor councillor"."""


def reported_people(
    paragraphs: list[str], proposed: list[Proposed], index: ActorIndex
) -> list[Proposed]:
    """`proposed` and every other person the article names in full whose words it
    reports, each citing the paragraphs where it does, with the role the article gives
    them; the explainer's actors are left out (they are recognised, not proposed)."""
    people = _full_names(paragraphs)
    found = {p.name: p for p in proposed}
    for number, text in enumerate(paragraphs, 1):
        for match in _sources(text):
            if FOR_NAME.search(text, max(0, match.start("who") - 40), match.start("who")):
                continue  # the end of a longer name: "Transport for NSW said" is not NSW
            named = who_is(_without_opener(match["who"]))
            if named and named.kind == "organisation" and not index.match(named.name, []):
                body = Proposed(named.name, "", match[0].strip(' ,”"'), "organisation")
                cite_proposal(found, body, number)
                first = next(
                    n for n, t in enumerate(paragraphs, 1) if named.name in t or n == number
                )
                cite_proposal(found, body, first)  # where the article first names it
            if named is None or named.kind != "person" or PLACE.fullmatch(named.name.split()[-1]):
                continue
            surname = named.name.split()[-1].casefold()
            name, first_role, first = people.get(surname, (_styled(named), "", number))
            if " " not in name or index.match(name, []):
                continue  # a surname the article never gives in full could be anyone
            own = "" if name.startswith(f"{named.role} ") else named.role  # "Lord Hale"
            role = own or _role(match.groupdict().get("role")) or first_role
            new = Proposed(name, role, match[0].strip(' ,”"'), "person")
            cite_proposal(found, new, number)
            cite_proposal(found, new, first)  # where the article says who they are
    return list(found.values())


STYLED = re.compile(r"(?:Mrs?|Ms)\s+Justice|Lord|Lady|Baroness|Baron")
"""Styles that name a person with a surname alone, as British papers name judges and peers:
"Mrs Justice Okonjo-Pryce", "Lord Hale"."""


def _styled(named: Named) -> str:
    """A surname with the style that is the whole of its name ("Lord Hale"), or the name."""
    if " " not in named.name and STYLED.fullmatch(named.role):
        return f"{named.role} {named.name}"
    return named.name


def _sources(text: str) -> list[re.Match[str]]:
    """Every place in a paragraph that names who speaks."""
    return [
        *SUBJECT.finditer(text),
        *NAMED_AFTER.finditer(text),
        *INVERTED.finditer(text),
        *ACCORDING.finditer(text),
    ]


def _without_opener(who: str) -> str:
    words = who.split()
    while len(words) > 1 and words[0] in OPENERS:
        words.pop(0)
    return " ".join(words)


def _role(apposition: str | None) -> str:
    """The first description between the commas ("34, a bus driver" -> "a bus driver"):
    an age, a clause ("who is Muslim") or a capitalised phrase (a place: "of Tulsa",
    "Okla.") is no role."""
    for part in (apposition or "").split(","):
        role = part.strip().rstrip(".")
        if role[:1].islower() and not re.match(r"(?:who|which|whose|that|said|says)\b", role):
            return role
    return ""


def _full_names(paragraphs: list[str]) -> dict[str, tuple[str, str, int]]:
    """A surname -> the full name the article first gives it, the role it gives there and
    that paragraph's number ("adeyemi" -> ("Ruth Adeyemi", "Councillor", 3)); a word after
    "of" belongs to a role ("Secretary of State Ana Ruiz"), an opening word to no one."""
    people: dict[str, tuple[str, str, int]] = {}
    for number, text in enumerate(paragraphs, 1):
        for match in FULL_NAME.finditer(text):
            mention = match[0]
            if text[: match.start()].endswith(" of ") and mention.count(" ") > 1:
                mention = mention.split(None, 1)[1]
            named = who_is(_without_opener(mention))
            if named and named.kind == "person" and " " in named.name:
                before = ROLE_BEFORE.search(text, max(0, match.start() - 80), match.start())
                titled = TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
                role = (
                    named.role
                    or _role(match["role"])
                    or (before["role"] if before else "")
                    or (titled["role"] if titled and titled["title"] in TITLES else "")
                )
                people.setdefault(named.name.split()[-1].casefold(), (named.name, role, number))
    return people
