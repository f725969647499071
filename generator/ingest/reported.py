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
from dataclasses import replace

from .actors import (
    BODY,
    BODY_WORDS,
    DATELINE,
    HONORIFICS,
    ORGANISATION,
    ROLE_NOUNS,
    TITLES,
    ActorIndex,
    Named,
    Proposed,
    cite_proposal,
    head_of,
    own_name,
    who_is,
)
from .attribution import VERB
from .attribution_patterns import THAT_VERB
from .quotes import Quote, sentences

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
LONG_SEGMENT = r"[^,;“”\"–—]{1,160}"
"""A description after a full name, up to its comma or dash ("Dan Hale, managing partner of
the Westwood bank and author of a book on ferries,")."""
APPOSITION = rf"(?:,\s+(?P<role>{SEGMENT}(?:,\s+{SEGMENT}){{0,2}}),)?"
"""What follows a name between commas, over up to three commas ("Lance Beebe, 49, a
Navy veteran, said"; "Matthew Prince, chief executive of CloudFlare, a San Francisco
company, said")."""
REPORTS = (
    rf"(?:{VERB}|believes|thinks|hopes|fears|expects|wants|wanted|supports|opposes|opposed"
    r"|criticized|criticised|decried|praised|attacked|blamed|denied|defended|endorsed"
    r"|called for|called on|spoke|railed|slammed|blasted|touted|dismissed|rejected"
    r"|questioned|challenged|threatened|conceded|written|welcomed|condemned|backed"
    r"|believed|thought|hoped|feared|expected|supported|proposed|proposes|recommended"
    r"|recommends|thanked|described|describes|likened|called|calls|reminded|mocked"
    r"|ridiculed|lashed out|hit back|came out (?:against|for|in favou?r of)|apologi[sz]ed"
    r"|cited|referred to|estimated|estimates|calculated|calculates|disputed|disagreed"
    r"|objected|insists|praises|criticizes|criticises|denies|defends|rejects|dismisses"
    r"|welcomes|backs|endorses|vouched for|coined|savaged|smeared|smears|blames|confirmed"
    r"|confirms|points out|declined to (?:comment|discuss|say|respond)|refused to comment"
    r"|(?:released|issued|put out|sent) an? (?:\w+ )?(?:statement|release|letter|email)"
    r"|pushed back|(?:is|was|are|were) (?:saying|telling|declaring|thanking|urging|warning"
    r"|calling|arguing|claiming|insisting|promising|vowing|accusing|asking|criticizing"
    r"|criticising|praising|defending|denying|blaming|questioning|touting|pledging)"
    r"|did not (?:immediately )?(?:respond|return|reply)|could not be reached)"
)
"""Verbs that give what someone said, wrote or holds: the source of a reported view."""
WHEN = (
    r"(?:(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|this\s+(?:past\s+)?week|last\s+week|yesterday|today|earlier|on\s+Twitter"
    r"|in\s+(?:an?|the|his|her)\s+(?:\w+\s+)?(?:interview|statement|speech|letter|post))"
)
BETWEEN = (
    rf"(?:(?:\w+ly|also|later|then|has|had|have|would|will|may|might|could|did|again|once"
    rf"|often|even|never|always|now|still|first|long|just|since|{WHEN}),?\s+){{0,3}}"
)
"""Words between a subject and its verb: "also", "had", "may have", "on Tuesday morning",
"often", "in a statement"."""
BRACKET = r"(?:\s*\([^()]{1,20}\))?"
"""A party and state after a name: "Sen. Ron Johnson (R-Wis.) asked"."""
CAPITAL = r"[A-Z][\w'’&-]*(?:\.[A-Z]\w*)*(?:\.(?=,))?"
"""A capitalised word, or an abbreviation before a comma ("N.C.,", "Calif.,")."""
CAPITALISED = rf"{CAPITAL}(?:\s+(?:of\s+|and\s+)?{CAPITAL}){{0,4}}"
OF_PLACE = (
    rf"(?P<of>\s+(?:of|from)\s+(?:the\s+|[Tt]he\s+)?{CAPITALISED}(?:\s+in\s+{CAPITALISED})?)?"
)
"""Where a person is from or works, after their name: "Tom Hale of the Harbour Trust",
"Rep. Ana Ruiz of Oregon", "Lena Park of Kestrel Baptist Church in Marlow"."""
SUBJECT = re.compile(rf"(?P<who>{NAME}){BRACKET}{APPOSITION}\s+{BETWEEN}{REPORTS}\b")
"""The subject of a verb of reporting: "Sanders complained", "Ana Ruiz, a nurse, said"."""
FULL = rf"(?:(?:[A-Z][\w'’-]*|{ABBREVIATION}|{PARTICLE})\s+){{1,3}}[A-Z][\w'’-]*\w"
"""A name of two words or more ("Tom Hale", "Sen. Ana Ruiz"), as `NAME` reads it."""
SUBJECT_OF = re.compile(rf"(?P<who>{FULL}){BRACKET}{OF_PLACE}{APPOSITION}\s+{BETWEEN}{REPORTS}\b")
"""The same with where they are from: "Tom Hale of the Harbour Trust said" (not "Secretary
of State Ana Ruiz said", which `SUBJECT` reads)."""
NAMED_AFTER = re.compile(rf",\s+(?P<who>{NAME}){BRACKET},\s+{BETWEEN}{REPORTS}\b")
"""A name set after its description: "Aquavia's chief executive, Piet de Vries, said"
(but "a professor at Rutgers University, said" is no subject: no comma before it)."""
NAMED_AFTER_OF = re.compile(rf",\s+(?P<who>{FULL}){BRACKET}{OF_PLACE},\s+{BETWEEN}{REPORTS}\b")
"""The same with where they are from ("One pastor, Ana Ruiz of Kestrel Baptist Church,
said")."""
INVERTED = re.compile(
    r"[,”\"'’]\s*(?:said|says|added|adds|wrote|writes|asked|asks|tweeted|explained|noted"
    r"|notes|continued|insisted|argued|recalled|declared|stated|replied|responded|warned"
    rf"|agreed|countered|recalls|argues)\s+(?P<who>{NAME})"
    rf"(?:,\s+(?P<role>{SEGMENT}(?:,\s+{SEGMENT}){{0,2}}))?"
)
"""After a quotation or a clause, the verb first: "…,” said Jon Favreau, a speechwriter."""
PLURAL = (
    r"(?:say|argue|blame|want|oppose|support|believe|insist|warn|agree|claim|contend|fear"
    r"|hope|expect|think|critici[sz]e|dispute|reject|deny|accuse|urge|call(?:ed)?|praise)"
)
"""Verbs of speech or of a view after two subjects: "Ruiz and Hale blame the board"."""
AFTER_JOINED = rf"(?<![’']s){BRACKET}\s+(?:both\s+)?{BETWEEN}(?:{REPORTS}|{PLURAL})\b"
JOINED = re.compile(rf"(?P<who>{NAME}){BRACKET}\s+and\s+{NAME}{AFTER_JOINED}")
"""Two people who say or hold one thing: "Ana Ruiz and Tom Hale often blame the board"."""
JOINED_OTHER = re.compile(rf"{NAME}{BRACKET}\s+and\s+(?P<who>{NAME}){AFTER_JOINED}")
OPENED = re.compile(
    rf"(?:^|(?<=[.!?]\s))[A-Z][\w'’]*(?:\s+[\w'’]+){{0,4}},\s+(?P<who>{FULL}){BRACKET}"
    rf"(?:,\s+(?P<role>{SEGMENT}),)?\s+{BETWEEN}{REPORTS}\b"
)
"""A subject between commas after an opening phrase: "On Sunday, Ana Ruiz, the mayor,
called on…" (`SUBJECT` reads the phrase as the name and the name as its apposition)."""
SENTENCE = (
    "(?:^|(?<=[.!?]\\s)" + "".join(rf"(?<!{t}\.\s)" for t in HONORIFICS) + r"(?<!\b[A-Z]\.\s))"
)
"""Where a sentence begins: not after "Mrs." or an initial ("Ana M. Ruiz")."""
SAYING = re.compile(
    rf"{SENTENCE}(?P<who>{NAME}){BRACKET}{APPOSITION}\s+"
    r"(?:(?!\b(?:said|says|told)\b)[^.!?;“”\"]){1,200}?"  # no other speaker's verb between
    r"[,–—]\s*(?:saying|adding|arguing|noting|insisting|declaring|writing|warning|calling"
    r"|telling|asking|urging|accusing|vowing|pledging|promising|claiming|citing|describing)\b"
)
"""The subject of a sentence whose clause ends in a participle of speech: "Ruiz withdrew
her support on Monday, saying the plan…"."""
AND_SAID = re.compile(
    rf"{SENTENCE}(?P<who>{NAME}){BRACKET}{APPOSITION}\s+"
    r"(?:(?!\b(?:said|says|told)\b)[^.!?;“”\"]){1,150}?"  # no other speaker's verb between
    rf"\s(?:and|but)\s+{BETWEEN}{REPORTS}\b"
)
"""The subject of a verb of speech joined to another verb: "Ruiz toured the quay on Monday
and said the ferry would stop"."""
HEAD_WORDS = (
    r"(?:campaign|administration|government|police|department|ministry|office|party"
    r"|committee|council|union|agency|court|army|embassy|board)"
)
"""The head word in lowercase of a body named by who it belongs to ("the Ruiz campaign",
"Kestrel police", "Ruiz’s campaign")."""
BODY_SUBJECT = re.compile(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=,\s)|(?<=\b[Tt]he\s))"
    rf"(?P<who>(?:[A-Z][\w'’.&-]*\s+){{1,4}}{HEAD_WORDS}){APPOSITION}\s+{BETWEEN}{REPORTS}\b"
)
"""A body named by the capitalised words before its head word, subject of a verb of speech:
"The Lindqvist campaign said", "Kestrel police say", "Ruiz’s campaign acknowledged"."""
DASHED = re.compile(
    rf"(?P<who>{FULL}){BRACKET}\s+(?:--|[–—])\s*[^–—.;]{{1,150}}?\s*(?:--|[–—])\s+{BETWEEN}{REPORTS}\b"
)
"""A name with an apposition between dashes: "Tom Hale — who lost in 2008 — said"."""
PASSIVE_BY = re.compile(
    r"\b(?:asked|called|described|criticized|criticised|praised|dubbed|labell?ed|echoed"
    r"|questioned|attacked|slammed|mocked|quoted|reported|revealed|announced)\b"
    r"(?:\s+(?:[“\"][^“”\"]{1,60}[”\"],?|(?!\w+ed\b)[\w'’-]+)){0,3}?\s+by\s+"  # no other verb"
    rf"(?:(?:the\s+)?(?!the\b)[a-z][\w-]*\s+){{0,2}}(?P<who>(?:the\s+)?{FULL})"
)
"""Who said it, in the passive: "the plan was called “a farce” by Tom Hale"."""
HEADLINE = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\w)\s+(?:Says|Tells|Asks|Explains"
    r"|Explained|Slams|Blasts|Rips|Calls|Warns|Urges|Admits|Defends|Responds|Reveals|Praises"
    r"|Attacks|Mocks|Claims|Insists|Denies|Endorses|Demands|Vows|Pledges|Rejects|Dismisses"
    r"|Opens Up|Gets Real|Got Real|Weighs In|Sounds Off|Speaks Out|On Why|On How)\b"
)
"""A headline's subject, in title case: "Ana Ruiz Says the Ferry Will Stop", "Ruiz Vows to
Appeal" (not "Ruiz's Letter Explains…"); a surname alone is the person the article names
in full."""
HEADLINE_COLON = re.compile(r"^(?P<who>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\w):\s+(?=\S)")
"""A headline that gives someone's words after their name and a colon: "Ruiz: Ferry Will
Sail Again" (in the first paragraph only: further on, "Update:" or a byline)."""
ASKED_BY = re.compile(
    rf"\b[Aa]sked\s+(?:\w+\s+){{0,3}}?by\s+(?:(?:the\s+)?[a-z][\w-]*\s+){{0,2}}(?P<who>{NAME})"
)
"""Who put a question: "Asked by Ana Ruiz whether…", "was asked by host Tom Hale"."""
ACCORDING = re.compile(
    rf"\b[Aa]ccording to\s+(?:(?:a|an|the)\s+(?:\w+\s+){{0,2}}(?:from|by|of)\s+)?"
    rf"(?P<who>(?:the\s+)?{NAME})(?:,\s+(?P<role>{SEGMENT}))?"
)
""""according to Ana Ruiz", "according to a post from Ana Ruiz"."""
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
FULL_NAME = re.compile(
    rf"\b{WORD}(?:\s+(?:[A-Z]\.|{WORD}|{PARTICLE}(?=\s+[A-Z]))){{1,5}}(?!\w)"
    rf"(?={BRACKET}(?:,|\s+[-–—]+)\s+(?P<role>{LONG_SEGMENT})(?:[,.]|\s+[-–—]))?"  # looked at only
)
"""A full name, with a title before it or a description after it ("Councillor Ruth
Adeyemi, a retired engineer,", "Harbour Board Chair Ana M. Ruiz")."""
ROLE_BEFORE = re.compile(
    r"(?:^|[.;:“”\"]\s*)(?P<role>(?:[A-Z][\w'’-]*[’']s\s+)?[a-z][a-z -]{2,60}),\s+$"
)
"""A description set before a name between commas: "Aquavia's chief executive, Piet de
Vries, said"."""


FOR_NAME = re.compile(rf"\b[A-Z][\w'’-]*\s+for\s+$|\b(?i:{BODY_WORDS})\s+of\s+(?:the\s+)?$")
"""What stands before the last words of a body's name made with "for" or "of" ("Transport
for", "the Royal Society of")."""
TITLE_BEFORE = re.compile(
    r"(?P<role>(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?:(?:former|then|senior|deputy|chief|[a-z]+al|[a-z]+ic)\s+)*"  # "presidential", "civic"
    r"(?P<title>[a-z]{4,}))\s+$"
)
"""A title in lowercase just before a name, as running text sets it: "a motion by Labor
councillor Sam Okafor" -> "Labor councillor", "Republican presidential candidate Ana
Ruiz"."""


def reported_people(
    paragraphs: list[str],
    proposed: list[Proposed],
    index: ActorIndex,
    quotes: list[Quote] | tuple[Quote, ...] = (),
) -> list[Proposed]:
    """`proposed` and every other person the article names in full whose words it
    reports, each citing the paragraphs where it does (and those of `quotes` it speaks),
    with the role the article gives them; the explainer's actors are left out (they are
    recognised, not proposed)."""
    people = _full_names(paragraphs)
    found = {p.name: p for p in proposed}
    for number, text in enumerate(paragraphs, 1):
        for match in _sources(text, number):
            if _headline_only(match, paragraphs):
                continue
            named = _named(text, match)
            if named and named.kind == "organisation" and not index.match(named.name, []):
                _propose_body(found, paragraphs, named, match, number)
            elif named and named.kind == "person":
                _propose_person(found, people, named, match, number, index)
        _cite_referred(found, text, number)
    _cite_quoted(found, people, quotes)
    merged = _merged(found).values()
    return [_with_role(p, people) for p in merged if p.kind != "person" or _a_name(p.name)]


def _with_role(proposed: Proposed, people: dict[str, tuple[str, str, int]]) -> Proposed:
    """A person's role that is none ("a", "as", "State": see NOT_ROLES) replaced by the one
    the article gives where it names them in full, if any."""
    if proposed.kind != "person" or _a_role(proposed.role) or " " not in proposed.name:
        return proposed
    name, role, _ = people.get(surname_of(proposed.name), ("", "", 0))
    return replace(proposed, role=role if name == proposed.name and _a_role(role) else "")


REFERRED = re.compile(
    rf"\b[Tt]he\s+(?P<noun>{BODY_WORDS}){APPOSITION}\s+{BETWEEN}{REPORTS}\b", re.I
)
"""A body referred to by its head word alone: "the ministry said in a statement", "The
union warned that…"."""


def _cite_referred(found: dict[str, Proposed], text: str, number: int) -> None:
    """Cite the organisation "the ministry" refers to: the last proposed before whose name
    has that word ("the Ministry of Transport"); none if no such body was proposed."""
    for match in REFERRED.finditer(text):
        noun = match["noun"].casefold()
        bodies = [
            p
            for p in found.values()
            if p.kind == "organisation"
            and noun in p.name.casefold().split()
            and min(p.paragraphs, default=number) <= number
        ]
        if bodies:
            cite_proposal(found, bodies[-1], number)


def _headline_only(match: re.Match[str], paragraphs: list[str]) -> bool:
    """Words before a headline's colon that the story never repeats ("Delegate Update:",
    "Morning Email:"): a rubric, not a name; a surname alone is looked up as any other."""
    who = match["who"]
    return match.re is HEADLINE_COLON and " " in who and not any(who in t for t in paragraphs[1:])


def _cite_quoted(
    found: dict[str, Proposed],
    people: dict[str, tuple[str, str, int]],
    quotes: list[Quote] | tuple[Quote, ...],
) -> None:
    """Cite each proposal in every paragraph where a quotation is theirs, whoever the
    attribution names them by ("Ms. Ruiz said", "she said", a quotation carried over from
    the paragraph before): the name the quotation was given, the article's full name for
    a surname, else the one proposal of that surname."""
    by_surname: dict[str, list[str]] = {}
    for name in found:
        by_surname.setdefault(surname_of(name), []).append(name)
    for q in quotes:
        for name in re.split(r"\s+and\s+", q.name or "") if q.kind == "quote" else ():
            if not name.strip():
                continue
            name = name if " " in name else people.get(surname_of(name), (name, "", 0))[0]
            same = by_surname.get(surname_of(name), [])
            key = name if name in found else (same[0] if len(same) == 1 else None)
            if key:
                cite_proposal(found, found[key], q.paragraph)


SUFFIX = re.compile(r"(?:Jr|Sr)\.?|I{2,3}|IV", re.I)
"""What follows a surname and is no name: "Joseph R. Biden Jr.", "Brent Bozell III"."""


def surname_of(name: str) -> str:
    """The word a person is named by alone, casefolded: "Brent Bozell III" -> "bozell"."""
    words = name.split()
    while len(words) > 1 and SUFFIX.fullmatch(words[-1].rstrip(",")):
        words.pop()
    return words[-1].casefold() if words else ""


def _merged(found: dict[str, Proposed]) -> dict[str, Proposed]:
    """One proposal per person: a name that ends with another proposed name ("Texas Senator
    Ted Cruz", "Ted Cruz") is that person with a role run into the name; the shorter name
    keeps both proposals' paragraphs, and the longer one's extra words as a role if it has
    none."""
    names = [n for n, p in found.items() if p.kind == "person" and " " in n]
    for longer in sorted(names, key=lambda n: -len(n.split())):
        shorter = next((n for n in names if n != longer and f" {longer}".endswith(f" {n}")), None)
        if shorter is None or longer not in found or shorter not in found:
            continue
        old, new = found.pop(longer), found[shorter]
        extra = longer[: -len(shorter)].strip()
        role = new.role or old.role or extra
        cited = tuple(sorted({*old.paragraphs, *new.paragraphs}))
        found[shorter] = replace(new, role=role, paragraphs=cited)
    return found


NOT_A_NAME = re.compile(
    r"(?:Early|Earlier|Late|Later|Between|Most|Many|Some|Deep|Super|What|Perhaps|Only|Even"
    r"|Every|Each|Both|All|Any|No|Why|How|Where|Whether|This|That|These|Those|Team|Stop"
    r"|Renounce)"
)
"""Words that begin no person's name ("Early Tuesday", "Most Southern", "Team Trump")."""
PLACE_FIRST = re.compile(r"New|North|South|East|West|San|Santa|Los|Las|Fort|Port|Saint")
"""The first words of places' names ("San Diego", "New England")."""
NO_NAME_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Says)\b|\b[A-Z]{3,}\b|-based\b"
)
"""A day, a headline's verb, a word in capitals or "-based": in no person's name ("Super
Tuesday", "POLITICO New York", "Dublin-based Shire")."""


def _a_name(name: str) -> bool:
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


STYLED = re.compile(r"(?:Mrs?|Ms)\s+Justice|Lord|Lady|Baroness|Baron")
"""Styles that name a person with a surname alone, as British papers name judges and peers:
"Mrs Justice Okonjo-Pryce", "Lord Hale"."""


def _named(text: str, match: re.Match[str]) -> Named | None:
    """Who a source names, read whole: a body's name listed with commas ("the Rail, Tram
    and Bus Union"), not the end of a longer name ("Transport for NSW" is not NSW)."""
    if FOR_NAME.search(text, max(0, match.start("who") - 40), match.start("who")):
        return None
    named = _who_is(_without_opener(match["who"]))
    of = match.groupdict().get("of")
    if of and named and named.kind == "organisation" and of.split()[0] == "of":
        # "the Keston Valley Chamber of Commerce said": the rest of the body's own name
        whole = _who_is(_without_opener(f"{match['who']}{of}"))
        return whole if whole and whole.kind == "organisation" else named
    if match.groupdict().get("of") and (
        named is None
        or " " not in named.name
        or (match.groupdict().get("role") or "x")[:1].isupper()
    ):
        return None  # "Bank of England said", "Joint Chiefs of Staff, Adm. Ana Ruiz, said"
    listed = LISTED.search(text, max(0, match.start("who") - 120), match.start("who"))
    if named and named.kind == "organisation" and listed:
        return Named(f"{listed['list']}{named.name}", "", "organisation")
    if named and named.kind == "person" and PLACE.fullmatch(named.name.split()[-1]):
        return None
    return named


LISTED = re.compile(
    r"(?<=\b[Tt]he\s)"
    r"(?P<list>(?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]*"  # the first words, then one to a comma
    r"(?:,\s+[A-Z][\w'’&-]*)+,?\s+(?:and|&)\s+)$"
)
"""The first words of a body's name that lists what it is for, after "the", before its last
word and "and", one word to each comma ("the Rail, Tram and Bus Union", "The Food, Drink &
Allied Workers")."""


def _propose_body(
    found: dict[str, Proposed],
    paragraphs: list[str],
    named: Named,
    match: re.Match[str],
    number: int,
) -> None:
    """Propose a body that speaks, with the description set beside it ("Northgate Homes,
    the developer,"), citing the paragraph and the one where the article first names it."""
    described = _role(match.groupdict().get("role"))
    role = named.role or (described if BODY.fullmatch(head_of(described)) else "")
    body = Proposed(named.name, role, match[0].strip(' ,”"'), "organisation")
    cite_proposal(found, body, number)
    first = next(n for n, t in enumerate(paragraphs, 1) if named.name in t or n == number)
    cite_proposal(found, body, first)


def _propose_person(
    found: dict[str, Proposed],
    people: dict[str, tuple[str, str, int]],
    named: Named,
    match: re.Match[str],
    number: int,
    index: ActorIndex,
) -> None:
    """Propose the person a source names by the full name the article gives them, citing
    the paragraph and the one where the article says who they are."""
    name, first_role, first = people.get(surname_of(named.name), (_styled(named), "", number))
    if " " not in name or index.match(name, []):
        return  # a surname the article never gives in full could be anyone
    own = "" if name.startswith(f"{named.role} ") else named.role  # "Lord Hale"
    roles = (own, _role(match.groupdict().get("role")), first_role)
    role = next((r for r in roles if _a_role(r)), "")
    new = Proposed(name, role, match[0].strip(' ,”"'), "person")
    cite_proposal(found, new, number)
    cite_proposal(found, new, first)


NOT_ROLES = re.compile(
    rf"(?i:a|an|the|as|and|former|then|{PARTICLE})"
    r"|(?i:he|she|they|it|we|according)\b.*"  # a clause: "she also congratulated"
    r"|(?!(?:Democrat|Republican|Independent|Conservative|Liberal)\b)[A-Z][\w'’-]*"
)
"""What a role read before or after a name may be and still be none: an article, a
particle, a clause, a single capitalised word that is no title ("State", "Florida")."""


def _a_role(role: str) -> bool:
    """Whether words read as a role are one (see NOT_ROLES)."""
    return bool(role) and not (
        NOT_ROLES.fullmatch(role) and role.rstrip(".").lower() not in TITLES | ROLE_NOUNS
    )


def _styled(named: Named) -> str:
    """A surname with the style that is the whole of its name ("Lord Hale"), or the name."""
    if " " not in named.name and STYLED.fullmatch(named.role):
        return f"{named.role} {named.name}"
    return named.name


def reported_claims(
    paragraphs: list[str], proposed: list[Proposed], index: ActorIndex
) -> list[Quote]:
    """Each sentence that reports someone's words or view without quoting them ("The
    authority said fares must rise", "according to the union"), as a paraphrase of its
    source to review: the article's own sentence, which the editor rewrites. A sentence
    with a quotation mark is left to the quotation it holds; one claim per sentence."""
    people = _full_names(paragraphs)
    names = {p.name for p in proposed}
    claims: list[Quote] = []
    for number, text in enumerate(paragraphs, 1):
        spans = [(text.find(s), s) for s in sentences(text)]
        by_sentence: dict[int, tuple[str, list[re.Match[str]]]] = {}
        for match in sorted(_sources(text), key=lambda m: m.start()):
            start, sentence = next(
                ((at, s) for at, s in reversed(spans) if 0 <= at <= match.start("who")),
                (0, text),
            )
            by_sentence.setdefault(start, (sentence, []))[1].append(match)
        for start, (sentence, matches) in by_sentence.items():
            if QUOTATION_MARK.search(sentence):
                continue
            end = start + len(sentence.rstrip())
            # "…, its chair Ines Kovac said.": an attribution that ends the sentence is its
            # source; otherwise the first ("Ruiz said Hale had praised it": Ruiz)
            ending = [m for m in matches if ENDS.fullmatch(text, m.end(), end)]
            match = ending[-1] if ending else matches[0]
            named = _named(text, match)
            if named is None or named.kind not in ("person", "organisation"):
                continue
            name = named.name
            if named.kind == "person":
                name = people.get(surname_of(named.name), (named.name, "", 0))[0]
            actor = index.match(name, [])
            if actor is None and name not in names:
                continue  # nobody ingest proposes or the explainer knows
            words = DATELINE.sub("", sentence.strip())  # where it was filed: no one's words
            reported = reported_words(words, match[0].strip(" ,"))
            rule = (
                "reported speech: what the sentence reports, without who says it"
                if reported
                else "reported speech: the article's sentence, to rewrite as a paraphrase"
            )
            words = reported or words
            claims.append(
                Quote(number, words, match["who"], actor, rule, words, start, name, "paraphrase")
            )
    return claims


def reported_words(sentence: str, attribution: str) -> str | None:
    """What a sentence reports, without who says it, when the attribution frames a clause:
    "Lund said the board had no choice." -> "The board had no choice."; "Fares must rise,
    the authority said on Monday." -> "Fares must rise." None when it frames no clause
    ("The union called the rise a tax": a view, kept whole)."""
    at = sentence.find(attribution)
    if at < 0:
        return None
    before, after = sentence[:at].strip(" ,"), sentence[at + len(attribution) :]
    if not before and (
        SAYS_THAT.search(attribution) or attribution.lower().startswith("according to")
    ):
        said = re.sub(r"^\s*(?:,\s*)?(?:that\s+)?", "", after).strip()
    elif before and ENDS.fullmatch(after):
        said = ROLE_BEFORE_NAME.sub("", before)  # "…, its chair Maya Lund said."
    else:
        return None
    if len(said.split()) < 3:
        return None
    said = said.rstrip(" ,;:.") + "."
    return said[:1].upper() + said[1:]


ROLE_BEFORE_NAME = re.compile(
    r",\s+(?:its|the|his|her|their|a|an|[A-Z][\w'’]*['’]s)"
    r"(?:\s+(?!(?:will|is|was|has|had|would)\b)[\w'’-]+){0,4}$"
)
"""The role that ends a sentence's words before its speaker's name: ", its chair"."""
SAYS_THAT = re.compile(rf"\b{THAT_VERB}$")
"""An attribution ending in a verb whose words follow as a clause (THAT_VERB)."""
QUOTATION_MARK = re.compile(r"[“”\"]")
ENDS = re.compile(rf"(?:\s+{WHEN})?\s*[.!?]?")
"""What may follow an attribution that ends its sentence: a day, then the full stop."""


def _sources(text: str, number: int = 0) -> list[re.Match[str]]:
    """Every place in a paragraph that names who speaks (both of two joined by "and");
    the paragraph numbered 1 is the headline."""
    return [
        *(HEADLINE_COLON.finditer(text) if number == 1 else ()),
        *JOINED.finditer(text),
        *JOINED_OTHER.finditer(text),
        *SUBJECT.finditer(text),
        *SUBJECT_OF.finditer(text),
        *NAMED_AFTER.finditer(text),
        *NAMED_AFTER_OF.finditer(text),
        *INVERTED.finditer(text),
        *ASKED_BY.finditer(text),
        *AND_SAID.finditer(text),
        *DASHED.finditer(text),
        *PASSIVE_BY.finditer(text),
        *HEADLINE.finditer(text),
        *OPENED.finditer(text),
        *BODY_SUBJECT.finditer(text),
        *SAYING.finditer(text),
        *ACCORDING.finditer(text),
    ]


SURNAME_TITLES = frozenset("King Prince Pope Bishop Judge Chancellor Speaker Sheriff".split())
"""Titles that are also surnames: "Peter T. King", "Amy Pope", "Matthew Prince"."""
TITLE_FIRST = frozenset(
    "Vice Prime Crown Deputy Grand High Acting Former Assistant Under Executive Associate"
    " Special Senior Chief Supreme Surgeon Solicitor Police Fire County State Federal".split()
)
"""Words that begin a title rather than a name ("Crown Prince", "Chief Judge")."""


def _who_is(phrase: str) -> Named | None:
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
    return bool(re.fullmatch(rf"{WORD}|[A-Z]\.", word)) and not (
        word in TITLE_FIRST or word.lower() in TITLES or ORGANISATION.fullmatch(word)
    )


def _without_opener(who: str) -> str:
    """The words naming someone without the sentence's opening words; an article that
    opens it is no part of a name ("The Democrats said": a group; "The Kestrel Trust": a
    body's name, as `who_is` reads "the")."""
    words = who.split()
    while len(words) > 1 and (
        words[0] in OPENERS or NOT_A_NAME.fullmatch(words[0]) or words[0].endswith("-based")
    ):
        words.pop(0)  # "But", "Even", "Texas-based"
    if words and words[0] in ("The", "A", "An"):
        words[0] = words[0].lower()
    return " ".join(words)


def _role(apposition: str | None) -> str:
    """The first description between the commas ("34, a bus driver" -> "a bus driver"):
    an age, a clause ("who is Muslim") or a capitalised phrase with no title in it (a
    place: "of Tulsa", "Okla.") is no role."""
    for part in (apposition or "").split(","):
        role = WHO_IS.sub("", part.strip().rstrip("."))  # "who is the fire chief"
        if role[:1].islower() and not NO_ROLE.match(role):
            return role
        if role[:1].isupper() and CAPITAL_ROLE.search(role):
            return role
    return ""


WHO_IS = re.compile(
    r"^who\s+(?:is|was|has been|had been|serves as|served as)\s+"
    r"(?=(?:an?|the|his|her|their|[A-Z][\w.-]*['’]s?)\s)"
)
"""A relative clause that says what someone is gives their role without its "who is":
"who is the fire chief", "who was Ana Ruiz's adviser" (not "who is Muslim")."""
NO_ROLE = re.compile(r"(?:who|which|whose|that|said|says)\b|(?:of|from|in)\s+[A-Z]")
"""A clause or a place, not a role: "who is Muslim", "of Tulsa"."""
CAPITAL_ROLE = re.compile(
    rf"\b(?:MP|MPs|MSP|MEP|MLA|AM|TD|(?i:{'|'.join(sorted(TITLES))}))\b(?!\.)"
    r"|^(?:Democrat|Republican|Labour|Labor|Conservative|Liberal|Green)\s+(?:of|from|for)\s"
)
"""A role in capitals, as a party and a seat are written: "Labour MP for Wrexley", "Mayor
of Kestrel", "Republican of Ohio" (but "Okla." or "of Tulsa" is a place)."""


def _full_names(paragraphs: list[str]) -> dict[str, tuple[str, str, int]]:
    """A surname -> the full name the article first gives it, the role it gives there and
    that paragraph's number ("adeyemi" -> ("Ruth Adeyemi", "Councillor", 3)); a word after
    "of" belongs to a role ("Secretary of State Ana Ruiz"), an opening word to no one."""
    people: dict[str, tuple[str, str, int]] = {}
    common = {w.casefold() for t in paragraphs for w in re.findall(r"\b[a-z]+\b", t)}
    for number, text in enumerate(paragraphs, 1):
        for match in FULL_NAME.finditer(text):
            mention = match[0]
            if text[: match.start()].endswith(" of ") and mention.count(" ") > 1:
                mention = mention.split(None, 1)[1]
            named = _who_is(_without_opener(mention))
            if named and named.kind == "person":
                named = own_name(named, common)
            if named and named.kind == "person" and " " in named.name:
                _remember(people, named.name, _role_at(text, match, named), number)
    whole = "\n".join(paragraphs)
    for name, role, number in list(people.values()):
        for word in name.split()[:-1]:  # "Ms. Acosta" is Melba Acosta Febo, "Mr. Lou" Lou Jiwei
            if re.search(rf"\b(?:Mrs?|Ms|Dr)\.?\s+{re.escape(word)}\b", whole):
                people.setdefault(word.casefold(), (name, role, number))
    _titled_only(people, paragraphs, common)
    return people


TITLED = re.compile(
    r"\b(?P<title>(?:Vice |Prime )?(?:President|Minister|Senator|Governor|Mayor|Judge|Justice"
    r"|Chancellor|Speaker|Secretary|Ambassador|Commissioner)|(?:Lt\. )?(?:Sen|Rep|Gov|Gen)\."
    r"|Mrs?\.|Ms\.|Dr\.)\s+(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b(?![’']s\s+[A-Z]|\s+[A-Z])"
)
"""A surname after a title or a style: "President Ruiz", "Gov. Hale", "Mrs. Lund" (not a
first name: "Sen. Ana Ruiz")."""


STYLES = frozenset({"Mr.", "Mrs.", "Ms.", "Dr."})
"""Styles, no office: "Mr. Hale" and "Gov. Hale" are one person."""
STYLED_NAME = re.compile(rf"\b(?:{STYLED.pattern})\s+([A-Z][\w'’-]*\w)")


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
                continue  # "Mayor Hale" and "Lord Hale", "Mrs Justice Okonjo-Pryce" (`_styled`)
            title = match["title"]
            office = " ".join(OFFICES.get(w.rstrip("."), w) for w in title.split())
            role = "" if title in STYLES else office
            people[surname.casefold()] = (f"{title} {surname}", role, number)


def _remember(people: dict[str, tuple[str, str, int]], name: str, role: str, number: int) -> None:
    """The first full name of a surname, or a shorter one that ends it ("McCain Challenger
    Kelli Ward" in a headline is Kelli Ward with a role run into the name); the role of the
    first mention in full that gives one."""
    surname = surname_of(name)
    old = people.get(surname)
    if old is None:
        people[surname] = (name, role, number)
    elif old[0] != name and f" {old[0]}".endswith(f" {name}"):
        people[surname] = (name, old[1] or role or old[0][: -len(name)].strip(), old[2])
    elif not old[1] and role and old[0].split()[0] == name.split()[0]:
        people[surname] = (old[0], role, old[2])  # "Donald J. Trump", later "Donald Trump, a…"


def _role_at(text: str, match: re.Match[str], named: Named) -> str:
    """The role the article gives a full name where it names them: a title run into the
    name, a description after it, one set before it between commas, a title in lowercase
    before it, or an office abbreviated before it ("Florida Sen. Ana Ruiz": Florida
    Senator)."""
    before = ROLE_BEFORE.search(text, max(0, match.start() - 80), match.start())
    titled = TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
    office = OFFICE.search(text, max(0, match.start() - 40), match.start())
    return (
        named.role
        or _role(match["role"])
        or (before["role"] if before else "")
        or (titled["role"] if titled and titled["title"] in TITLES | ROLE_NOUNS else "")
        or (_office(office) if office else "")
    )


OFFICES = {
    "Sen": "Senator",
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
OFFICE = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<role>(?:[A-Z][\w'’.-]*\s+){0,2}?"
    rf"(?:(?:{'|'.join(OFFICES)})\.?\s+){{1,2}})$"
)
"""An office abbreviated just before a name, with up to two capitalised words before it:
"Sen.", "Lt. Gov.", "Florida Sen.", "Democratic U.S. Rep."."""


def _office(match: re.Match[str]) -> str:
    """The office, spelt out, with its qualifiers: "Lt. Gov." -> "Lieutenant Governor"."""
    words = [w for w in match["role"].split() if w not in OPENERS and w not in ("The", "A")]
    return " ".join(OFFICES.get(w.rstrip("."), w) for w in words)
