"""Who an article names how: the full name it gives each person, the title, office or
description it gives them there ("Councillor Ruth Adeyemi, a retired engineer,", "Florida
Sen. Ana Ruiz", "President Ruiz"), and whether words read as a person's name or a role at
all. `reported.py` asks it who a source is; it says nothing about who said what.
"""

from __future__ import annotations

import re

from . import letters
from .actors_names import (
    AGENTS,
    BODY_WORDS,
    HONORIFICS,
    ORGANISATION,
    PARTICLES,
    PREDICATE_OPENING,
    ROLE_NOUNS,
    TITLES,
    Named,
    own_name,
    who_is,
)
from .datewords import IRREGULAR_PAST

ABBREVIATION = rf"(?:[A-Z]|{'|'.join(sorted(HONORIFICS))}|St|Jr|Sr)\."
PARTICLE = rf"\b(?:{'|'.join(PARTICLES)})"
PLACE = letters.compile(
    r"(?:City|County|Sea|Ocean|River|Valley|Island|Islands|Beach|Bay|Belt|Coast|Street"
    r"|Avenue|Road|Square|Mountains|Falls|Springs|Heights|Harbor|Harbour|Airport|Station"
    r"|Bridge|Canal|Desert|Peninsula|Strait)"
)
"""The last word of a place's name: "Atlantic City reported" names no person."""
LONG_SEGMENT = r"[^,;“”\"–—]{1,160}"
"""A description after a full name, up to its comma or dash ("Dan Hale, managing partner of
the Westwood bank and author of a book on ferries,")."""
BRACKET = r"(?:\s*\([^()]{1,20}\))?"
"""A party and state after a name: "Sen. Ron Johnson (R-Wis.) asked"."""
OPENERS = frozenset(
    "But And So Yet Then Still Now Also However Meanwhile Later Earlier Instead Indeed"
    " Today Yesterday Tonight When While After Before If As Asked Though Although"
    " In On At With For From By Of To Under Over Until Since During Like Unlike Among Despite"
    " Without".split()
)
"""Words that open a sentence or a phrase and are no part of the name after them ("But Ruiz
said", "In October Ruiz said")."""
LETTERS = r"[^\W\d_A-Z'’]+"
WORD = (
    r"(?!(?:Says|Tells|Asks)\b)"  # a headline's verb: "Ana Ruiz Says Tom Hale Lied"
    rf"(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van|Vande|Vander)?[A-Z]{LETTERS}(?:-[A-Z]?{LETTERS})*"
)
"""A word of a name: double-barrelled ("Delgado-Hunt"), with a capital inside ("McAllister",
"O’Neill", "DeWitt") or a letter no English word has ("Zoë", "Łukasz"); never the "’s" of a
possessive ("Ana Ruiz’s plan" names Ana Ruiz)."""
FULL_NAME = letters.compile(
    rf"\b{WORD}(?:\s+(?:[A-Z]\.|{WORD}|{PARTICLE}(?:\s+{PARTICLE})?(?=\s+[A-Z]))){{1,5}}(?!\w)"
    rf"(?={BRACKET}(?:,|\s+[-–—]+)\s+(?P<role>{LONG_SEGMENT})(?:[,.]|\s+[-–—]))?"  # looked at only
)
"""A full name, with a title before it or a description after it ("Councillor Ruth
Adeyemi, a retired engineer,", "Harbour Board Chair Ana M. Ruiz")."""
ROLE_BEFORE = letters.compile(
    r"(?:^|[.;:“”\"]\s*|,\s+|\b(?:said|says|added|wrote|according\s+to)\s+)"
    r"(?P<role>(?:(?:[Tt]he\s+|[Aa]n?\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)[’']s\s+)?"
    r"(?:[a-z][a-z -]{2,60}"
    r"|[a-z][a-z -]{2,60}?\s(?:of|the)\s(?:the\s)?[A-Z][\w'’&-]*"  # "the director of the Port"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’&-]*){0,5}"
    # "Oster Province's Minister for Water Resources": an office in capitals
    rf"|(?:[A-Z][\w-]*\s+){{0,2}}(?i:{'|'.join(sorted(TITLES, key=len, reverse=True))})"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+)?[A-Z][\w'’&-]*){0,4})?"
    r")),\s+$"
)
"""A description set before a name between commas, opening the sentence or after a comma:
"Aquavia's chief executive, Piet de Vries, said", "…, the board's chair, Peter Lynch,
said", "the director of the Kestrel Port Authority, Ana Ruiz,", "…, said the firm's chief
executive, Ana Ruiz."."""
TITLE_BEFORE = letters.compile(
    r"(?P<role>(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?:(?:former|then|senior|deputy|chief|[a-z]+al|[a-z]+ic)\s+)*"  # "presidential", "civic"
    r"(?P<title>[a-z][a-z-]{3,}))\s+$"
)
"""A title in lowercase just before a name, as running text sets it: "a motion by Labor
councillor Sam Okafor" -> "Labor councillor", "Republican presidential candidate Ana
Ruiz"."""


TITLE_OF = letters.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<role>(?:(?:[A-Z][\w'’.-]*|former)\s+){0,2}"
    r"(?:Secretary|Minister|Attorney|Director|Chairman|Chairwoman|Chair|Governor|President"
    r"|Speaker|Chief|Head|Mayor|Leader|Commissioner|Administrator|Surgeon)\s+of\s+(?:the\s+)?)$"
)
"""A title that runs on with "of" before a name: "Secretary of State Ana Ruiz", "Kestrel
Secretary of State Ana Ruiz" (the word after "of" is the title's, not the name's)."""


SUFFIX = letters.compile(r"(?:Jr|Sr)\.?|I{2,3}|IV", re.I)
"""What follows a surname and is no name: "Joseph R. Biden Jr.", "Brent Bozell III"."""


def surname_of(name: str) -> str:
    """The word a person is named by alone, casefolded: "Brent Bozell III" -> "bozell"."""
    words = name.split()
    while len(words) > 1 and SUFFIX.fullmatch(words[-1].rstrip(",")):
        words.pop()
    return words[-1].casefold() if words else ""


NOT_A_NAME = letters.compile(
    r"(?:Early|Earlier|Late|Later|Between|Most|Many|Some|Deep|Super|What|Perhaps|Only|Even"
    r"|Every|Each|Both|All|Any|No|Why|How|Where|Whether|This|That|These|Those|Team|Stop)"
)
"""Words that begin no person's name ("Early Tuesday", "Most Southern", "Team Trump")."""
PLACE_FIRST = letters.compile(r"New|North|South|East|West|San|Santa|Los|Las|Fort|Port|Saint")
"""The first words of places' names ("San Diego", "New England")."""
NO_NAME_WORD = letters.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Says)\b|\b[A-Z]{3,}\b"
    r"|-(?:based|born)\b"
)
"""A day, a headline's verb, a word in capitals or "-based": in no person's name ("Super
Tuesday", "POLITICO New York", "Dublin-based Shire")."""


def a_name(name: str) -> bool:
    """Whether what was proposed as a person reads as a person's name: not a time, a phrase
    that opens a sentence or a headline's words ("On Wednesday", "Super Tuesday", "Tom
    Hale Says He"), nor a place ("Las Vegas Strip", "New England")."""
    first = name.split()[0]
    return not (
        first in OPENERS
        or (len(first) > 4 and first.endswith("s") and first[:-1].lower() in TITLES)  # "Senators"
        or NOT_A_NAME.fullmatch(first)
        or PLACE_FIRST.fullmatch(first)
        or NO_NAME_WORD.search(name)
        or PLACE.fullmatch(name.split()[-1])
    )


STYLED = letters.compile(r"(?:Mrs?|Ms)\s+Justice|Lord|Lady|Baroness|Baron")
"""Styles that name a person with a surname alone, as British papers name judges and peers:
"Mrs Justice Okonjo-Pryce", "Lord Hale"."""


NOT_ROLES = letters.compile(
    rf"(?i:a|an|the|as|and|former|then|{PARTICLE})"
    r"|(?i:he|she|they|it|we|according)\b.*"  # a clause: "she also congratulated"
    r"|(?!(?:Democrat|Republican|Independent|Conservative|Liberal)\b)[A-Z][\w'’-]*"
)
"""What a role read before or after a name may be and still be none: an article, a
particle, a clause, a single capitalised word that is no title ("State", "Florida")."""


def a_role(role: str) -> bool:
    """Whether words read as a role are one (see NOT_ROLES)."""
    return bool(role) and not (
        NOT_ROLES.fullmatch(role) and role.rstrip(".").lower() not in TITLES | ROLE_NOUNS
    )


def styled(named: Named) -> str:
    """A surname with the style that is the whole of its name ("Lord Hale"), or the name."""
    if " " not in named.name and STYLED.fullmatch(named.role):
        return f"{named.role} {named.name}"
    return named.name


SURNAME_TITLES = frozenset("King Prince Pope Bishop Judge Chancellor Speaker Sheriff".split())
"""Titles that are also surnames: "Peter T. King", "Amy Pope", "Matthew Prince"."""
TITLE_FIRST = frozenset(
    "Vice Prime Crown Deputy Grand High Acting Former Assistant Under Executive Associate"
    " Special Senior Chief Supreme Surgeon Solicitor Police Fire County State Federal".split()
)
"""Words that begin a title rather than a name ("Crown Prince", "Chief Judge")."""


def read_name(phrase: str) -> Named | None:
    """`who_is`, reading a title after a first name as a surname ("said Amy Pope")."""
    words = phrase.split()
    if len(words) == 2 and words[0].rstrip(".") in STYLE_WORDS and words[1] in SURNAME_TITLES:
        return Named(words[1], "", "person")  # "Mr. Prince said"
    if len(words) > 1 and words[-1] in SURNAME_TITLES and _given(words[-2]):
        named = who_is(" ".join([*words[:-1], "Surname"]))
        if named and named.kind == "person" and named.name.endswith(" Surname"):
            return Named(f"{named.name[: -len('Surname')]}{words[-1]}", named.role, "person")
    return who_is(phrase)


STYLE_WORDS = frozenset({"Mr", "Mrs", "Ms", "Dr"})


def _given(word: str) -> bool:
    """Whether a word before a title may be a first name or an initial."""
    return bool(letters.compile(rf"{WORD}|[A-Z]\.").fullmatch(word)) and not (
        word in TITLE_FIRST or word.lower() in TITLES or ORGANISATION.fullmatch(word)
    )


def without_opener(who: str) -> str:
    """The words naming someone without the sentence's opening words; an article that
    opens it is no part of a name ("The Democrats said": a group; "The Kestrel Trust": a
    body's name, as `who_is` reads "the")."""
    words = who.split()
    while len(words) > 1 and (
        words[0] in OPENERS
        or NOT_A_NAME.fullmatch(words[0])
        or words[0].endswith(("-based", "-born"))
    ):
        words.pop(0)  # "But", "Even", "Texas-based", "Kestrel-born"
    if words and words[0] in ("The", "A", "An"):
        words[0] = words[0].lower()
    return " ".join(words)


def role_in(apposition: str | None) -> str:
    """The first description between the commas ("34, a bus driver" -> "a bus driver"):
    an age, a clause ("who is Muslim") or a capitalised phrase with no title in it (a
    place: "of Tulsa", "Okla.") is no role."""
    for part in (apposition or "").split(","):
        if does := WHO_DOES.match(part.strip().rstrip(".")):
            agent = AGENTS.get(does["verb"])
            return f"{agent} of {does['rest']}" if agent else f"{does['verb']} {does['rest']}"
        role = WHO_IS.sub("", part.strip().rstrip("."))  # "who is the fire chief"
        if role[:1].islower() and not NO_ROLE.match(role) and not CLAUSE.match(role):
            return role
        if role[:1].isupper() and CAPITAL_ROLE.search(role):
            return role
    return ""


WHO_IS = letters.compile(
    r"^who\s+(?:is|was|has been|had been|serves as|served as)\s+"
    r"(?=(?:an?|the|his|her|their|[A-Z][\w.-]*['’]s?)\s"
    rf"|(?:[a-z-]+\s+)?(?:{'|'.join(sorted(TITLES | ROLE_NOUNS))})\b)"
)
"""A relative clause that says what someone is gives their role without its "who is":
"who is the fire chief", "who was Ana Ruiz's adviser", "who is executive director of the
trust" (not "who is Muslim")."""
WHO_DOES = letters.compile(
    r"^who\s+(?:(?:has|had)\s+)?(?P<verb>heads|headed|leads|led|runs|ran|oversees|oversaw"
    r"|directs|directed|chairs|chaired|manages|managed|owns|founded|co-founded|represents"
    r"|represented|edits|edited|hosts|hosted|advises|advised|coaches|coached|teaches|taught"
    r"|covers|covered|appraises|studies|works for|worked for|works as|worked as)\s+(?P<rest>.+)"
)
"""A relative clause that says what someone does for a living: "who heads the trust" (head
of the trust), "who runs a newsletter on ferries"."""
NO_ROLE = letters.compile(
    rf"(?:who|which|whose|that)\b|{PREDICATE_OPENING.pattern}|(?:of|from|in)\s+[A-Z]"
    rf"|(?:[a-z]+ed|{IRREGULAR_PAST})\s+(?:the|a|an|his|her|its|their|this|that|these"
    r"|those|it|them|him|us)\b"
)
"""A clause, a predicate or a place, not a role: "who is Muslim", "has said the pier is
safe", "defended the plan" (the name between commas is the subject: "The firm's director,
Ana Ruiz, defended the plan"), "of Tulsa"."""
CAPITAL_ROLE = letters.compile(
    rf"\b(?:MP|MPs|MSP|MEP|MLA|AM|TD|(?i:{'|'.join(sorted(TITLES))}))\b(?!\.)"
    r"|^(?:Democrat|Republican|Labour|Labor|Conservative|Liberal|Green)\s+(?:of|from|for)\s"
)
"""A role in capitals, as a party and a seat are written: "Labour MP for Wrexley", "Mayor
of Kestrel", "Republican of Ohio" (but "Okla." or "of Tulsa" is a place)."""


def full_names(paragraphs: list[str]) -> dict[str, tuple[str, str, int]]:
    """A surname -> the full name the article first gives it, the role it gives there and
    that paragraph's number ("adeyemi" -> ("Ruth Adeyemi", "Councillor", 3)); a word after
    "of" belongs to a role ("Secretary of State Ana Ruiz"), an opening word to no one."""
    people: dict[str, tuple[str, str, int]] = {}
    common = {w.casefold() for t in paragraphs for w in letters.compile(r"\b[a-z]+\b").findall(t)}
    for number, text in enumerate(paragraphs, 1):
        for match in FULL_NAME.finditer(text):
            mention = match[0]
            office = ""
            if text[: match.start()].endswith(" of ") and mention.count(" ") > 1:
                office, mention = mention.split(None, 1)
                title = TITLE_OF.search(text, max(0, match.start() - 60), match.start())
                office = f"{title['role']}{office}" if title else ""
            named = read_name(without_opener(mention))
            if named and named.kind == "person":
                named = own_name(named, common)
            if named and named.kind == "person" and " " in named.name:
                role = office or _role_at(text, match, named)
                _remember(people, named.name, role, number, common)
    whole = "\n".join(paragraphs)
    for name, role, number in list(people.values()):
        for word in name.split()[:-1]:  # "Ms. Acosta" is Melba Acosta Febo, "Mr. Lou" Lou Jiwei
            if re.search(rf"\b(?:Mrs?|Ms|Dr)\.?\s+{re.escape(word)}\b", whole):
                people.setdefault(word.casefold(), (name, role, number))
    _titled_only(people, paragraphs, common)
    _titled_elsewhere(people, whole)
    _described_by_surname(people, paragraphs)
    _paired(people, whole)
    return people


PAIRED = letters.compile(
    r"(?P<role>(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z-]+\s+){0,2}(?P<plural>[a-z]{3,})s|Sens\.|Reps\.)"
    r"\s+(?P<first>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s*\([^()]{1,20}\))?\s+and\s+"
    r"(?P<second>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
)
"""A role in the plural before two names joined by "and": each one's ("Liberal candidates
Ana Ruiz and Tom Hale", "Sens. Ana Ruiz (D-Ore.) and Tom Hale")."""


def _paired(people: dict[str, tuple[str, str, int]], whole: str) -> None:
    """Two people a plural role names, with no role found where they are named: that
    role, in the singular, is theirs (see PAIRED)."""
    for match in PAIRED.finditer(whole):
        plural = match["plural"]
        if plural and plural not in TITLES | ROLE_NOUNS:
            continue
        role = _office(match) if not plural else match["role"][:-1]
        for named in (match["first"], match["second"]):
            key = surname_of(named)
            name, old, number = people.get(key, ("", "x", 0))
            if not old and name.endswith(named.split()[-1]):
                people[key] = (name, role, number)


SURNAME_ROLE = letters.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[“\"]))(?P<surname>[A-Z][\w'’-]+),\s+"
    r"(?P<role>(?:the|a|an)\s+[^,;“”\"]{2,60}),"
)
"""A description set after a surname that opens a sentence: "Ruiz, the harbour master,
said"."""


def _described_by_surname(people: dict[str, tuple[str, str, int]], paragraphs: list[str]) -> None:
    """A person named in full with no role, whom the article describes after their surname
    alone ("Ruiz, the harbour master, …"): that description is their role."""
    for text in paragraphs:
        for match in SURNAME_ROLE.finditer(text):
            key = match["surname"].casefold()
            name, role, number = people.get(key, ("", "x", 0))
            if not role and surname_of(name) == key and (found := role_in(match["role"])):
                people[key] = (name, found, number)


def _titled_elsewhere(people: dict[str, tuple[str, str, int]], whole: str) -> None:
    """A person named in full with no role, whom the article calls by an office and their
    surname elsewhere ("Ana Ruiz said…", "Gov. Ruiz"): that office, spelt out, is their
    role (a style, "Ms. Ruiz", is none)."""
    offices: dict[str, str] = {}
    for match in TITLED.finditer(whole):
        if match["title"] not in STYLES:
            offices.setdefault(match["surname"].casefold(), match["title"])
    for key, (name, role, number) in people.items():
        if not role and key in offices and surname_of(name) == key:
            office = " ".join(OFFICES.get(w.rstrip("."), w) for w in offices[key].split())
            people[key] = (name, office, number)


TITLED = letters.compile(
    r"\b(?P<title>(?:Vice |Prime )?(?:President|Minister|Senator|Governor|Mayor|Judge|Justice"
    r"|Chancellor|Speaker|Secretary|Ambassador|Commissioner)|(?:Lt\. )?(?:Sen|Rep|Gov|Gen)\."
    r"|Mrs?\.|Ms\.|Dr\.)\s+(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b(?![’']s\s+[A-Z]|\s+[A-Z])"
)
"""A surname after a title or a style: "President Ruiz", "Gov. Hale", "Mrs. Lund" (not a
first name: "Sen. Ana Ruiz")."""


STYLES = frozenset({"Mr.", "Mrs.", "Ms.", "Dr."})
"""Styles, no office: "Mr. Hale" and "Gov. Hale" are one person."""
STYLED_NAME = letters.compile(rf"\b(?:{STYLED.pattern})\s+([A-Z][\w'’-]*\w)")


def _titled_only(
    people: dict[str, tuple[str, str, int]], paragraphs: list[str], common: set[str]
) -> None:
    """A person the article names by a title and a surname only ("President Ruiz", "Judge
    Hale"), never in full: named so, the title spelt out as their role ("Gov." is
    Governor; "Mr." no role)."""
    whole = "\n".join(paragraphs)
    offices: dict[str, set[str]] = {m[1]: {"style"} for m in STYLED_NAME.finditer(whole)}
    for match in TITLED.finditer(whole):
        if match["title"] not in STYLES:
            offices.setdefault(match["surname"], set()).add(match["title"])
    for number, text in enumerate(paragraphs, 1):
        for match in TITLED.finditer(text):
            surname = match["surname"]
            if surname.casefold() in people or surname.casefold() in common:
                continue
            if surname.lower() in TITLES or NO_NAME_WORD.search(surname):
                continue
            if len(offices.get(surname, ())) > 1 or "style" in offices.get(surname, ()):
                continue  # "Mayor Hale" and "Lord Hale", "Mrs Justice Okonjo-Pryce" (`styled`)
            title = match["title"]
            office = " ".join(OFFICES.get(w.rstrip("."), w) for w in title.split())
            role = "" if title in STYLES else office
            people[surname.casefold()] = (f"{title} {surname}", role, number)


def _remember(
    people: dict[str, tuple[str, str, int]],
    name: str,
    role: str,
    number: int,
    common: set[str],
) -> None:
    """The first full name of a surname, or a shorter one that ends it ("McCain Challenger
    Kelli Ward" in a headline is Kelli Ward with a role run into the name), unless the
    shorter is a surname of particles and what it leaves off no role ("Mr Muñoz de la
    Fuente" leaves José Ángel Muñoz de la Fuente whole); the role of the first mention in
    full that gives one."""
    surname = surname_of(name)
    old = people.get(surname)
    left_off = old[0][: -len(name)].split() if old and old[0].endswith(f" {name}") else []
    if old is None:
        people[surname] = (name, role, number)
    elif left_off and (
        any(w.casefold() in common | TITLES | ROLE_NOUNS for w in left_off)
        or not any(w[:1].islower() for w in name.split())  # "de la Fuente": a surname's
    ):
        people[surname] = (name, old[1] or role or old[0][: -len(name)].strip(), old[2])
    elif not old[1] and role and old[0].split()[0] == name.split()[0]:
        people[surname] = (old[0], role, old[2])  # "Donald J. Trump", later "Donald Trump, a…"


def _role_at(text: str, match: re.Match[str], named: Named) -> str:
    """The role the article gives a full name where it names them: a title run into the
    name, a description after it, one set before it between commas, a title in lowercase
    before it, an office abbreviated before it ("Florida Sen. Ana Ruiz": Florida
    Senator), or the body after it with "of" (OF_BODY)."""
    before = ROLE_BEFORE.search(text, max(0, match.start() - 80), match.start())
    titled = TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
    office = OFFICE.search(text, max(0, match.start() - 40), match.start())
    return (
        named.role
        or role_in(match["role"])
        or (before["role"] if before else "")
        or (titled["role"] if titled and titled["title"] in TITLES | ROLE_NOUNS else "")
        or (_office(office) if office else "")
        or (f"of {works[1].rstrip('.')}" if (works := OF_BODY.match(text, match.end())) else "")
    )


OF_BODY = letters.compile(
    r"\s+of\s+((?:[Tt]he\s+)?(?:[a-z-]+\s+){0,3}(?:[A-Z][\w'’&.-]*\s+){0,4}"
    rf"(?:(?i:{BODY_WORDS})\b|[A-Z]{{2,}}\b|(?<=\b[Tt]he\s)[A-Z][\w'’&.-]*"
    r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&.-]*)*)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)?)"
)
"""Where someone works, after their name: "Tom Hale of the Kestrel Institute", "Ana Ruiz of
the polling firm Ruiz Data", "Ines Vaz of Harbour Radio" (not a place: "Ana Ruiz of
Marlow")."""


OFFICES = {
    "Sen": "Senator",
    "Sens": "Senator",
    "Reps": "Representative",
    "Rep": "Representative",
    "Gov": "Governor",
    "Gen": "General",
    "Adm": "Admiral",
    "Col": "Colonel",
    "Maj": "Major",
    "Capt": "Captain",
    "Lt": "Lieutenant",
    "Sgt": "Sergeant",
    "Prof": "Professor",
    "Atty": "Attorney",
    "Cllr": "Councillor",
    "Supt": "Superintendent",
    "Pres": "President",
}
"""Abbreviated titles that are an office, and so a role ("Sen." is a senator's); "Dr.",
"Mr.", "Rev." are styles, no role."""
OFFICE = letters.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<role>(?:[A-Z][\w'’.-]*\s+){0,2}?"
    rf"(?:(?:{'|'.join(OFFICES)})\.?\s+){{1,2}})$"
)
"""An office abbreviated just before a name, with up to two capitalised words before it:
"Sen.", "Lt. Gov.", "Florida Sen.", "Democratic U.S. Rep."."""


def _office(match: re.Match[str]) -> str:
    """The office, spelt out, with its qualifiers: "Lt. Gov." -> "Lieutenant Governor"."""
    words = [w for w in match["role"].split() if w not in OPENERS and w not in ("The", "A")]
    return " ".join(OFFICES.get(w.rstrip("."), w) for w in words)


WHEN_DONE = letters.compile(
    r"\s+(?:(?:in|on|since|during|until|over)\s+(?:the\s+)?(?:(?:early|late|past)\s+)?"
    r"(?:spring|summer|autumn|fall|winter|weekend|\d{4}|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\w+day)"
    r"|(?:last|this|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter|\w+day)"
    r"|(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+ago)\b[^,]*$"
)
"""When someone did what their description says ("founder of the Save the Quay campaign in
the summer", "elected in 2019"): it dates the deed, no part of the role."""
CLAUSE = letters.compile(
    r"(?:\w+ed|seen|written|given|known|shown|taken|chosen|sworn|sent|held|made|kept)"
    r"\s+(?:by|in|on|at|to|from|with|for)\b"
)
"""A description that opens with a participle and a preposition is a clause about a thing
beside the name, no role ("…, the board's chair, Ana Ruiz, seen by the Gazette,")."""


def plain_role(role: str) -> str:
    """A role without the time of the deed that gives it; none if it is a clause."""
    return "" if CLAUSE.match(role) else WHEN_DONE.sub("", role)
