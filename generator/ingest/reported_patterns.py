"""Where an article names who speaks: the patterns `reported.py` reads a source by ("Ana
Ruiz, a nurse, said", "…,” said Jon Favreau", "according to the union"), each with a
named group `who`, and `sources`, every place in a paragraph one of them matches.
"""

from __future__ import annotations

import re

from . import letters
from .actors_names import BODY_WORDS, HONORIFICS
from .attribution import VERB
from .datelines import DATELINE
from .names import ABBREVIATION, BRACKET, PARTICLE

NAME = rf"(?<![\w.'’-])(?:(?:[A-Z][\w'’-]*|{ABBREVIATION}|{PARTICLE})\s+){{0,5}}[A-Z][\w'’-]*\w"
"""Up to four capitalised words: a name with its title ("Sen. Ann Lee", "Piet de
Vries"); a full stop only after an abbreviation, so "…Ruiz. Whenever asked" names nobody;
never the end of a word ("U.S. Senate" is not "S. Senate", "KING-TV" not "TV")."""
SEGMENT = r"[^,;“”\"]{1,80}"
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
CAPITAL = r"[A-Z][\w'’&-]*(?:\.[A-Z]\w*)*(?:\.(?=,))?"
"""A capitalised word, or an abbreviation before a comma ("N.C.,", "Calif.,")."""
CAPITALISED = rf"{CAPITAL}(?:\s+(?:of\s+|and\s+)?{CAPITAL}){{0,4}}"
OF_PLACE = (
    rf"(?P<of>\s+(?:of|from)\s+(?:the\s+|[Tt]he\s+)?{CAPITALISED}(?:\s+in\s+{CAPITALISED})?)?"
)
"""Where a person is from or works, after their name: "Tom Hale of the Harbour Trust",
"Rep. Ana Ruiz of Oregon", "Lena Park of Kestrel Baptist Church in Marlow"."""
SUBJECT = letters.compile(rf"(?P<who>{NAME}){BRACKET}{APPOSITION}\s+{BETWEEN}{REPORTS}\b")
"""The subject of a verb of reporting: "Sanders complained", "Ana Ruiz, a nurse, said"."""
FULL = rf"(?<![\w.'’-])(?:(?:[A-Z][\w'’-]*|{ABBREVIATION}|{PARTICLE})\s+){{1,5}}[A-Z][\w'’-]*\w"
"""A name of two words or more ("Tom Hale", "Sen. Ana Ruiz"), as `NAME` reads it."""
SUBJECT_OF = letters.compile(
    rf"(?P<who>{FULL}){BRACKET}{OF_PLACE}{APPOSITION}\s+{BETWEEN}{REPORTS}\b"
)
"""The same with where they are from: "Tom Hale of the Harbour Trust said" (not "Secretary
of State Ana Ruiz said", which `SUBJECT` reads)."""
NAMED_AFTER = letters.compile(rf",\s+(?P<who>{NAME}){BRACKET},\s+{BETWEEN}{REPORTS}\b")
"""A name set after its description: "Aquavia's chief executive, Piet de Vries, said"
(but "a professor at Rutgers University, said" is no subject: no comma before it)."""
NAMED_AFTER_OF = letters.compile(rf",\s+(?P<who>{FULL}){BRACKET}{OF_PLACE},\s+{BETWEEN}{REPORTS}\b")
"""The same with where they are from ("One pastor, Ana Ruiz of Kestrel Baptist Church,
said")."""
INVERTED = letters.compile(
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
JOINED = letters.compile(rf"(?P<who>{NAME}){BRACKET}\s+and\s+{NAME}{AFTER_JOINED}")
"""Two people who say or hold one thing: "Ana Ruiz and Tom Hale often blame the board"."""
JOINED_OTHER = letters.compile(rf"{NAME}{BRACKET}\s+and\s+(?P<who>{NAME}){AFTER_JOINED}")
OPENED = letters.compile(
    rf"(?:^|(?<=[.!?]\s))[A-Z][\w'’]*(?:\s+[\w'’]+){{0,4}},\s+(?P<who>{FULL}){BRACKET}"
    rf"(?:,\s+(?P<role>{SEGMENT}),)?\s+{BETWEEN}{REPORTS}\b"
)
"""A subject between commas after an opening phrase: "On Sunday, Ana Ruiz, the mayor,
called on…" (`SUBJECT` reads the phrase as the name and the name as its apposition)."""
SENTENCE = (
    "(?:^|(?<=[.!?]\\s)" + "".join(rf"(?<!{t}\.\s)" for t in HONORIFICS) + r"(?<!\b[A-Z]\.\s))"
)
"""Where a sentence begins: not after "Mrs." or an initial ("Ana M. Ruiz")."""
SAYING = letters.compile(
    rf"{SENTENCE}(?P<who>{NAME}){BRACKET}{APPOSITION}\s+"
    r"(?:(?!\b(?:said|says|told)\b)[^.!?;“”\"]){1,200}?"  # no other speaker's verb between
    r"[,–—]\s*(?:saying|adding|arguing|noting|insisting|declaring|writing|warning|calling"
    r"|telling|asking|urging|accusing|vowing|pledging|promising|claiming|citing|describing)\b"
)
"""The subject of a sentence whose clause ends in a participle of speech: "Ruiz withdrew
her support on Monday, saying the plan…"."""
AND_SAID = letters.compile(
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
BODY_SUBJECT = letters.compile(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=,\s)|(?<=\b[Tt]he\s))"
    rf"(?P<who>(?:[A-Z][\w'’.&-]*\s+){{1,4}}{HEAD_WORDS}){APPOSITION}\s+{BETWEEN}{REPORTS}\b"
)
"""A body named by the capitalised words before its head word, subject of a verb of speech:
"The Lindqvist campaign said", "Kestrel police say", "Ruiz’s campaign acknowledged"."""
ACTS = (
    r"(?:voted|approved|approves|rejected|rejects|passed|decided|decides|filed|launched"
    r"|launches|collected|adopted|adopts|sued|ruled|ordered|banned|blocked|awarded|suspended"
    r"|suspends|fined|appointed|appoints|hired|fired|signed|raised|spent|overturned|upheld"
    r"|struck down|agreed to|moved to|endorsed|endorses|withdrew|dropped|granted|refused"
    r"|introduced|unveiled|published|commissioned|repealed|scrapped|cancell?ed)"
)
"""Verbs of what a body decides or does ("the board voted", "the council passed a motion",
"the campaign has collected 4,000 signatures"): a body that acts in the story is one of its
actors, as one whose words it reports."""
BODY_ACTS = letters.compile(rf"(?P<who>{NAME}){APPOSITION}\s+{BETWEEN}{ACTS}\b")
"""A body named in capitals that acts: "The Kestrel Harbour Board voted on Monday to…"."""
OWNED_ACTS = letters.compile(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=,\s)|(?<=\b[Tt]he\s))"
    rf"(?P<who>(?:[A-Z][\w'’.&-]*\s+(?:the\s+(?=[A-Z]))?){{1,4}}{HEAD_WORDS}){APPOSITION}\s+{BETWEEN}{ACTS}\b"
)
"""A body named by whose it is that acts: "The Lindqvist campaign has collected…"."""
DASHED = letters.compile(
    rf"(?P<who>{FULL}){BRACKET}\s+(?:--|[–—])\s*[^–—.;]{{1,150}}?\s*(?:--|[–—])\s+{BETWEEN}{REPORTS}\b"
)
"""A name with an apposition between dashes: "Tom Hale — who lost in 2008 — said"."""
PASSIVE_BY = letters.compile(
    r"\b(?:asked|called|described|criticized|criticised|praised|dubbed|labell?ed|echoed"
    r"|questioned|attacked|slammed|mocked|quoted|reported|revealed|announced)\b"
    r"(?:\s+(?:[“\"][^“”\"]{1,60}[”\"],?|(?!\w+ed\b)[\w'’-]+)){0,3}?\s+by\s+"  # no other verb"
    rf"(?:(?:the\s+)?(?!the\b)[a-z][\w-]*\s+){{0,2}}(?P<who>(?:the\s+)?{FULL})"
)
"""Who said it, in the passive: "the plan was called “a farce” by Tom Hale"."""
HEADLINE = letters.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\w)\s+(?:Says|Tells|Asks|Explains"
    r"|Explained|Slams|Blasts|Rips|Calls|Warns|Urges|Admits|Defends|Responds|Reveals|Praises"
    r"|Attacks|Mocks|Claims|Insists|Denies|Endorses|Demands|Vows|Pledges|Rejects|Dismisses"
    r"|Opens Up|Gets Real|Got Real|Weighs In|Sounds Off|Speaks Out|On Why|On How)\b"
)
"""A headline's subject, in title case: "Ana Ruiz Says the Ferry Will Stop", "Ruiz Vows to
Appeal" (not "Ruiz's Letter Explains…"); a surname alone is the person the article names
in full."""
HEADLINE_COLON = letters.compile(r"^(?P<who>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\w):\s+(?=\S)")
"""A headline that gives someone's words after their name and a colon: "Ruiz: Ferry Will
Sail Again" (in the first paragraph only: further on, "Update:" or a byline)."""
ASKED_BY = letters.compile(
    rf"\b[Aa]sked\s+(?:\w+\s+){{0,3}}?by\s+(?:(?:the\s+)?[a-z][\w-]*\s+){{0,2}}(?P<who>{NAME})"
)
"""Who put a question: "Asked by Ana Ruiz whether…", "was asked by host Tom Hale"."""
ACCORDING = letters.compile(
    rf"\b[Aa]ccording to\s+(?:(?:a|an|the)\s+(?:\w+\s+){{0,2}}(?:from|by|of)\s+)?"
    rf"(?P<who>(?:the\s+)?{NAME})(?:,\s+(?P<role>{SEGMENT})(?=\s*(?:[,;.)]|$)))?"
)
""""according to Ana Ruiz", "according to a post from Ana Ruiz", "according to Ana Ruiz, a
nurse, …": a role is what stands between commas (or ends the sentence), not the clause
after the name ("According to Ruiz, the port will reopen when the board meets in May")."""


FOR_NAME = letters.compile(rf"\b[A-Z][\w'’-]*\s+for\s+$|\b(?i:{BODY_WORDS})\s+of\s+(?:the\s+)?$")
"""What stands before the last words of a body's name made with "for" or "of" ("Transport
for", "the Royal Society of")."""


def sources(text: str, number: int = 0) -> list[re.Match[str]]:
    """Every place in a paragraph that names who speaks (both of two joined by "and");
    the paragraph numbered 1 is the headline. Never the place a dateline names ("KELLMOOR,
    March 3 - The group, formed last year, called…" is the group's call)."""
    filed = DATELINE.match(text)
    found = [
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
    return [m for m in found if not filed or m.start("who") >= filed.end()]
