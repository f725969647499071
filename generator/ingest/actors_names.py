"""Who a phrase names, and how: a person's name with the role run into it or set beside
it ("Clinton's campaign manager Robby Mook", "Northgate Homes, the developer"), a body's
name ("the Communication Workers Union", "Transport for NSW"), or no one in particular
("two officials"). `actors.py` proposes what it reads; `names.py` and `reported.py` ask it
who a source is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.names import HONORIFICS
from . import letters
from .datelines import DATELINE

TITLES = {
    "adm",
    "adv",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sen",
    "rep",
    "gov",
    "pres",
    "prof",
    "sir",
    "president",
    "minister",
    "secretary",
    "ambassador",
    "mayor",
    "governor",
    "senator",
    "representative",
    "chancellor",
    "premier",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "archbishop",
    "rabbi",
    "imam",
    "chairman",
    "chairwoman",
    "director",
    "professor",
    "coach",
    "detective",
    "sheriff",
    "attorney",
    "general",
    "colonel",
    "commander",
    "admiral",
    "brigadier",
    "commodore",
    "marshal",
    "corporal",
    "captain",
    "sergeant",
    "lieutenant",
    "commissioner",
    "councillor",
    "cllr",
    "cr",
    "speaker",
    "chief",
    "lord",
    "dame",
    "rev",
    "atty",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "alderwoman",
    "trustee",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "superintendent",
    "inspector",
    "constable",
    "magistrate",
}


BODY_WORDS = (
    r"(?:campaign|committee|party|department|ministry|administration|office|agency"
    r"|council|court|union|association|federation|company|corporation|inc|corp|co|ltd|plc"
    r"|group|foundation|institute|university|commission|board|bank|service|police|army"
    r"|navy|embassy|government|parliament|senate|congress|house|newspaper|network|news"
    r"|times|post|journal|organi[sz]ation|trust|authority|coalition|league"
    r"|centre|center|fund|society|club|bureau|secretariat|cabinet|tribunal"
    r"|statement|spokes\w+ for|college|hospital|infirmary|school|academy|clinic|chamber"
    r"|church|mosque|synagogue|temple|cathedral|parish|diocese|holdings|partners|recycling"
    r"|energy|industries|enterprises|ventures|investments|logistics|utilities|airlines|airways"
    r"|railways?|technologies|pharmaceuticals|laboratories|labs|foods|homes|properties"
    r"|insurance|communications|studios|motors|systems|solutions|capital|mining|minerals"
    r"|metals|resources|lithium|petroleum|oil|gas|chemicals|shipping|construction"
    r"|developments|networks|healthcare|therapeutics|electronics|telecoms?|hotels|breweries"
    r"|courier|gazette|herald|tribune|chronicle|telegraph|examiner|inquirer"
    r"|radio|tv|television|broadcasting|magazine"
    r"|s\.a\.?|s\.l\.?|s\.p\.a\.?|s\.r\.l\.?|n\.v\.?|b\.v\.?|gmbh|sarl)"
)
ORGANISATION = letters.compile(rf"\b{BODY_WORDS}(?!\w)", re.I)
"""The head words of a body's name ("the Communication Workers Union", "the High Court"); a
paper's or a broadcaster's ("the Morning Courier", "Harbour Radio") is an outlet's, never a
person's."""
ROLE_OF_THEN_NAME = (
    letters.compile(
        r"(?P<role>(?:[A-Z][\w'’-]*\s+)?(?P<office>[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*)"
        r"\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*)"
    ),
    letters.compile(
        r"(?P<role>[A-Z][\w'’-]*\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
        r"(?P<office>[A-Z][\w'’-]*))\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*)"
    ),
)
"""An office "of" a body, or a body "of" somewhere and an office, run into a name: "Member
of the Senedd Gethin Roberts", "Bank of England Governor Mark Carney"."""
HEAD_FIRST = frozenset(
    "cofradía asociación associação associazione ayuntamiento federación federação"
    " federazione fédération sindicato syndicat sindacato comisión comissão commissione"
    " consejo conselho consiglio conseil junta gobierno governo gouvernement ministerio"
    " ministério ministero ministère universidad universidade università université comune"
    " mairie fundación fundação fondazione fondation instituto istituto institut partido"
    " partito parti banco banca banque confederación confédération cámara câmara camera"
    " chambre colegio audiencia juzgado corte cour agencia agência agenzia agence"
    " diputación generalitat cabildo mancomunidad autoridad autorità autorité compañía"
    " companhia compagnia compagnie sociedad sociedade società société grupo gruppo groupe"
    " servicio serviço servizio policía polícia polizia guardia gendarmerie ejército"
    " exército esercito armée tribunal".split()
)
"""The head words that open a body's name in French, Italian, Portuguese and Spanish, the
rest following "de" ("Cofradía de Pescadores San Telmo", "Ayuntamiento de Bilbao")."""
HEAD_FIRST_NAME = letters.compile(
    r"(?:[Tt]he\s+)?(?P<head>[A-Z][\w'’-]*)\s+(?:de|del|de la|de los|de las|des|du|di|della"
    r"|da|do|dos|das|d[’'])\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|la|y|e|et))*"
)
"""A body's name that opens with its head word ("Cofradía de Pescadores San Telmo")."""
ANONYMOUS = letters.compile(
    r"^(?:an?|one|two|three|several|some|many|the)\b.*\b(?:officials?|sources?|aides?"
    r"|diplomats?|people|persons?|residents?|witnesses|analysts|experts)\b",
    re.I,
)
NAME_WORD = letters.compile(
    r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:de|van|von|der|den|da|del|della|di|du|bin|al|ibn|la|le|ap|ab)"
    r"|Jr\.?|Sr\.?|I{1,3})$"
)
CUT = letters.compile(r",|\(|\s+(?:of|from|who|whose|with|at|for|in|on|to|and)\s+|\s+[-–—]\s+")
"""Where the words naming someone end and what follows them begins: "Sen. Ben Cardin of
Maryland", "Rep. Jerry Nadler, a Democrat", "Elijah Cummings (D-Md.)"."""


@dataclass(frozen=True)
class Named:
    """Who a phrase names: the name, the role it gives, and the kind of actor."""

    name: str
    role: str
    kind: str  # person, organisation, anonymous


FOR_BODY = letters.compile(
    r"(?:the\s+)?(?P<body>(?P<head>[A-Z][a-z]+)\s+for\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)
"""A body named for what it does and where: "Transport for NSW", "Homes for Wales" (not
"Minister for Health", a title)."""
SPEAKING_FOR = letters.compile(
    r"(?i:an?|the)\s+(?:[\w-]+\s+)?(?i:spokes(?:man|woman|person)|press officer|statement)"
    r"\s+(?:for|from|of|by)\s+(?P<body>(?:the\s+)?[A-Z][^,;]*)"
)
"""Who speaks through a spokesperson or a statement: the body it names."""


ACRONYM = letters.compile(r"[A-Z]{2,}[a-z]?(?:-[A-Z]{2,})*")
"""A body's name in capitals, with a hyphen too: "NATO", "PACs", "the AFL-CIO", "KPLS-TV"."""
ROLE_NOUNS = frozenset(
    "candidate nominee spokesman spokeswoman spokesperson strategist adviser advisor aide"
    " pollster economist analyst lawyer reporter columnist anchor host commentator activist"
    " founder executive official lawmaker donor businessman businesswoman developer author"
    " writer historian scientist researcher pastor priest organizer organiser manager"
    " consultant operative chair leader head editor publisher owner deputy whip actor"
    " actress comedian singer rapper musician novelist poet playwright filmmaker producer"
    " journalist broadcaster billionaire entrepreneur investor philanthropist"
    " physician surgeon nurse teacher farmer architect engineer artist photographer"
    " athlete player veteran resident campaigner protester volunteer staffer hopeful"
    " contender front-runner frontrunner surrogate challenger incumbent speechwriter pundit"
    " blogger correspondent moderator headteacher headmaster headmistress principal"
    " winemaker fisherman skipper coach ecologist biologist midwife paramedic firefighter"
    " detective pensioner landlord pilot striker midfielder defender goalkeeper winger"
    " quarterback pitcher batsman jockey referee umpire sprinter swimmer cyclist boxer golfer"
    " captain officer".split()
)
"""Nouns of a role that running text sets before a name, capitalised when they open the
sentence ("Clinton spokesman Brian Fallon", "Comedian Sarah Silverman said"); no name
begins with one."""
PARTY = letters.compile(
    r"Democrat|Republican|Democratic|GOP|Labour|Labor|Tory|Conservative|Liberal"
)
DEMONYM = letters.compile(
    r"[A-Z][a-z]+(?:man|woman|ian|ean|an|ese|i)|Scot|Swede|Dane|Finn|Pole|Brit|Briton|Czech"
    r"|Swiss|Greek|Turk|Thai|Spaniard|Filipin[oa]|Kiwi|Aussie|Argentine|Basque|Catalan|Croat"
    r"|Serb|Kurd|Uzbek|Kazakh|Arab"
)
"""Words for a person of a nation or people ("the Scot", "the Kenyan", "the Dutchman"):
after "the", a description of someone named before, as a party's name is."""


def epithet(name: str) -> bool:
    """Whether a one-word name after "the" describes a person named before: "the
    Republican", "The Scot", "the Nigerian"."""
    word = re.sub(r"^(?:[Tt]he\s+)", "", name)
    return bool(PARTY.fullmatch(word) or DEMONYM.fullmatch(word))


PARTICLES = "de van von der den da del della di du la le bin al ibn ap ab".split()
"""Small words inside a name, before its surname ("Ana de Souza", "Dafydd ap Rhys")."""
INITIAL = letters.compile(rf"[A-Z]\.|Jr\.?|Sr\.?|I{{1,3}}|(?:{'|'.join(PARTICLES)})")
"""Words of a name besides its own: initials, suffixes, particles ("Ana M. de Souza Jr.")."""
ROLE_THEN_NAME = letters.compile(
    r"^(?P<role>.*?\b(?P<noun>[a-z]{3,}))\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*\w)$"
)
"""A role in running text that ends in a lowercase noun of a role, then a full name: "Fight
for Fair Fares organizing director Kendall Fells" (a body's name with "for" in the role)."""


def own_name(named: Named, common: frozenset[str] | set[str] = frozenset()) -> Named:
    """A person's name without the capitalised words of a role run into it ("Senate
    Minority Leader Ana M. Ruiz" -> Ana M. Ruiz, "Comedian Sarah Silverman"): at most four
    words besides initials and particles (three if one of four is a role's or a common
    word), and a first word that is a title, a noun of a role, a party or a common word of
    the article (`common`: "Labor", "Even") is no name."""
    words = named.name.split()
    own = [i for i, w in enumerate(words) if not INITIAL.fullmatch(w) and w[:1].isupper()]
    roles = TITLES | ROLE_NOUNS
    while len(own) > 2 and (
        len(own) > 4
        # four words are one name ("José Luis Herrera Campos") unless a role runs into
        # them ("Senate Majority Leader Mitch McConnell")
        or (
            len(own) == 4
            and any(
                words[i].casefold() in common
                or ORGANISATION.fullmatch(words[i])
                or any(part in roles for part in words[i].casefold().split("-"))
                for i in own
            )
        )
        or words[own[0]].casefold() in common
        or words[own[0]].casefold() in TITLES | ROLE_NOUNS
        or PARTY.fullmatch(words[own[0]])
    ):
        own.pop(0)
    if not own or own[0] == 0:
        return named
    role = " ".join([named.role, *words[: own[0]]]).strip()
    return Named(" ".join(words[own[0] :]), role, named.kind)


POSSESSIVE = letters.compile(r"(?<=[a-z])(?:[’']s|(?<=s)[’'])\s+(?=[A-Z])")


def _possessed(name: str) -> tuple[str, str]:
    """A name in the possessive and what follows it: "Ministry of Works’ Chief Engineer"
    -> ("Ministry of Works", "Chief Engineer"); one without -> (name, "")."""
    match = POSSESSIVE.search(name)
    return (name[: match.start()], name[match.end() :]) if match else (name, "")


PLACE_OPENING = letters.compile(
    r"(?:Outside|Inside|Near|Behind|Beyond|Across|Within|Around|Opposite|Beside|Outside of)\s"
)
"""A place's preposition, which begins no body's name ("Outside court", "Inside the council")."""
POST_NOMINAL = letters.compile(
    r"(?<=[a-z])\s+(?:KC|QC|SC|MP|MSP|MLA|MPP|MHA|MLC|TD|OBE|MBE|CBE|KBE|DBE|PhD)\b(?=\s*(?:,|$))"
)
"""Letters after a person's name (a silk's, a member's, an honour's): no part of the name."""


def who_is(phrase: str) -> Named | None:
    """The person or body a phrase names, with the role it gives ("Clinton's campaign
    manager Robby Mook" -> Robby Mook, role "Clinton's campaign manager"; "the
    Communication Workers Union" -> an organisation; "two officials" -> anonymous)."""
    phrase = DATELINE.sub("", " ".join(phrase.split())).strip(" ,.;:")
    phrase = POST_NOMINAL.sub("", phrase)  # "Michael Strathdee SC": no body's acronym
    tail = ROLE_THEN_NAME.match(phrase)
    if tail and tail["noun"] in TITLES | ROLE_NOUNS and "," not in phrase:
        own = tail["name"].split()
        while len(own) > 2 and _abbreviated_title(own[0]):
            own.pop(0)  # "candidate Sen. Ana Ruiz": the title is neither name nor role
        return Named(" ".join(own), OPENING.sub("", tail["role"]), "person")
    voice = SPEAKING_FOR.match(phrase)
    if voice and (spoken_for := who_is(voice["body"])) and spoken_for.kind == "organisation":
        return spoken_for  # "a spokesperson for the Home Office" gives the Home Office's words
    named_for = FOR_BODY.fullmatch(phrase.split(",")[0].strip())
    if named_for and named_for["head"].lower() not in TITLES | ROLE_NOUNS | {"counsel"}:
        return Named(named_for["body"], "", "organisation")  # "Transport for London said"
    for pattern in ROLE_OF_THEN_NAME:  # "Member of the Senedd Gethin Roberts"
        office = pattern.fullmatch(phrase.split(",")[0].strip())
        if office and office["office"].lower() in TITLES | ROLE_NOUNS | {"member", "professor"}:
            return Named(office["name"], office["role"], "person")
    first = HEAD_FIRST_NAME.fullmatch(phrase.split(",")[0].strip())
    if first and first["head"].casefold() in HEAD_FIRST:
        title = re.sub(r"^[Tt]he\s+", "", first[0])  # "the Ayuntamiento de Bilbao said"
        return Named(title, "", "organisation")
    head, of_name = _head(phrase)
    apposition = phrase[len(head) :].strip(" ,") if phrase[len(head) :].startswith(",") else ""
    if ANONYMOUS.match(head):
        return Named(head, "", "anonymous")
    last = head.split()[-1] if head.split() else ""
    if of_name or ORGANISATION.fullmatch(last) or ACRONYM.fullmatch(last):
        whole = head if of_name and ORGANISATION.fullmatch(last) else phrase  # see _head
        body = re.split(r",|\(|\s+(?:who|which|that)\s+", whole, maxsplit=1)[0].strip()
        title = re.sub(r"^(?:the|a|an)\s+", "", body, flags=re.I)
        # "the Ministry of Works’ Chief Engineer": the ministry's official, its words (not
        # "the Riders' Union", whose possessive is the body's own name)
        owner, official = _possessed(title)
        if official and official.split()[-1].lower() in TITLES | ROLE_NOUNS:
            title = owner
        described = _role_of(apposition)  # "Northgate Homes, the developer"
        role = described if BODY.fullmatch(head_of(described)) else ""
        if PLACE_OPENING.match(body):
            return None  # "Outside court, Ana Ruiz said": a place, no body's name
        return Named(title, role, "organisation") if title[:1].isupper() else None
    words = head.split()
    name: list[str] = []
    while words and NAME_WORD.match(words[-1]) and words[-1].rstrip(".").lower() not in TITLES:
        if re.search(r"[’']s$", words[-1]):
            break  # "Clinton's" belongs to the role: "Clinton's aide Jake Sullivan"
        name.insert(0, words.pop())
    while name and not name[0][:1].isupper():
        words.append(name.pop(0))  # a particle does not begin a name
    if not name or (
        len(name) == 1
        and name[0].lower() in ROLE_NOUNS
        and words
        and words[-1].rstrip(".").lower() in TITLES
        and not _abbreviated_title(words[-1])  # "Mr. Singer" is someone
    ):
        return None  # "the Port Authority's Chief Engineer": a title, no one named
    titled = bool(words) and _abbreviated_title(words[-1])  # "the Rev. Ana Ruiz"
    while words and _abbreviated_title(words[-1]):
        words.pop()  # "Gen.", "Dr" belong to neither the name nor the role ("Water Minister" is)
    role = OPENING.sub("", " ".join(words).strip(" ,") or _role_of(apposition))
    if role.lower() == "the" and len(name) > 1 and not titled:
        return Named(" ".join(name), "", "organisation")  # a person's name takes no "the"
    role = "" if role.lower() == "the" else role  # "the Rev. Ana Ruiz": no role in "the"
    # "Ms Ana Ruiz, for the council": a titled name is someone speaking for a body
    kind = "organisation" if BODY.fullmatch(head_of(role)) and not titled else "person"
    # "Robert Hale Jr." as the article writes it, whether or not a sentence ended after it
    named = Named(re.sub(r"\b(Jr|Sr)$", r"\1.", " ".join(name)), role, kind)
    return own_name(named) if kind == "person" else named


def _abbreviated_title(word: str) -> bool:
    """ "Gen.", "Sen.", or without its full stop "Dr", "Prof": a title, not a name."""
    return word.rstrip(".").lower() in TITLES and (word.endswith(".") or word in HONORIFICS)


OF_NAME = letters.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+)?[A-Z][\w'’&-]*)*")
"""The rest of a body's name after its head word: "Bank of England", "Royal College of
Midwives", "University of the West of England"."""


JOINED_NAME = letters.compile(r"\s+and\s+(?:[A-Z][\w'’&-]*\s+){0,3}(?P<head>[A-Z][\w'’&-]*)")
"""The last words of a body's name that joins two nouns with "and", ending in a body's
head word: "(the Nurses) and Midwives Union", "(the Food) and Drug Administration"."""
THE_NAME = letters.compile(r"(?:^|\s)[Tt]he\s+(?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]*$")
"""Capitalised words after "the": a body's name, since a person's takes no "the"."""


def _head(phrase: str) -> tuple[str, bool]:
    """The words naming someone, before what follows them (see CUT); a body's name runs on
    through "of" and capitalised words ("the Royal College of Midwives said"). The flag
    says the words end with such a name."""
    at = 0
    while True:
        cut = CUT.search(phrase, at)
        if cut is None:
            return phrase, at > 0 and at == len(phrase)
        head = phrase[: cut.start()].split()[-1:]
        joined = JOINED_NAME.match(phrase, cut.start())
        if (
            joined
            and ORGANISATION.fullmatch(joined["head"])
            and THE_NAME.search(phrase, 0, cut.start())
        ):
            return phrase[: joined.end()], True  # "the Nurses and Midwives Union": one body
        name = OF_NAME.match(phrase, cut.start())
        if not (name and head and head[0][:1].isupper() and ORGANISATION.fullmatch(head[0])):
            return phrase[: cut.start()], at > 0 and at == cut.start()
        at = name.end()


OPENING = letters.compile(
    r"^(?:(?:(?:earlier|later)\s+)?(?:last|this|next|that)\s+(?:week|month|year|weekend"
    r"|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|\w+day)"
    r"|(?:on|in|at|by|since|during|until|after|before|over|early|late)\s+(?:the\s+)?"
    r"(?:\w+day|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|weekend|week|month|year|morning|afternoon|evening|night|\d{4})"
    r"(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|meanwhile|separately|however)"
    r"\s*,?\s+(?=(?:the|a|an|its|his|her|their)\s)",
    re.I,
)
"""A sentence's opening phrase of time ("Last month the ferry operator, …, warned"): it
dates what the sentence says, it is no part of the role of who says it."""
BODY = letters.compile(
    r"(?i:operator|company|firm|carrier|airline|contractor|developer|manufacturer|maker"
    r"|retailer|supplier|provider|insurer|lender|publisher|broadcaster|utility|charity"
    r"|business|chain|group|union|agency|regulator|body|organi[sz]ation|association"
    r"|council|ministry|department|bank|newspaper|network|club|party|team|trust"
    r"|foundation|institute|university|school|hospital|authority|board|committee)"
)
"""The head of a description of a body: a name beside "the ferry operator", "the
company", "the airline" is an organisation's, whatever its own words are."""


def head_of(role: str) -> str:
    """The noun a role is about: "the union's lawyer" -> lawyer, "chair of the board" ->
    chair, "the ferry operator" -> operator, "Bank of England governor" -> governor."""
    role = OF_NAME.sub("", role)  # "Bank of England governor" -> governor
    noun = re.split(
        # "the state mediator assigned to the dispute": the noun before the participle
        r"\s+(?:[a-z]+ed\s+)?(?:of|at|for|in|from|with|on|to|by|who|that|which)\s+|,",
        role,
        maxsplit=1,
    )[0]
    return noun.split()[-1] if noun.split() else ""


AGENTS = {
    "chairs": "chair",
    "heads": "head",
    "leads": "leader",
    "directs": "director",
    "manages": "manager",
    "owns": "owner",
    "founded": "founder",
    "co-founded": "co-founder",
    "represents": "representative",
    "coaches": "coach",
    "edits": "editor",
    "hosts": "host",
    "advises": "adviser",
}
"""A relative clause that says what someone is by what they do: "who chairs the board"
is the chair of the board."""


PREDICATE_OPENING = letters.compile(
    r"(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|said|says|told"
    r"|tells|added|adds)\b"
)
"""The first word of a predicate, which no role begins with ("then the mayor" is one)."""


def _role_of(apposition: str) -> str:
    """ "a Democrat from New York", "Sanders' campaign manager": a role in apposition; a
    relative clause gives one without its "who" ("who chairs the board" -> "chair of the
    board", "who is the fire chief" -> "the fire chief", else the clause's own words)."""
    role = apposition.split(",")[0].strip()
    if PREDICATE_OPENING.match(role):
        return ""  # "Tom Hale, has said the pier is safe": no apposition, a comma too many
    clause = re.match(r"(?:who|which|that)\s+(?:(?:is|serves as|acts as)\s+)?(\S+)(.*)", role)
    if clause:
        verb, rest = clause[1], clause[2].strip()
        agent = AGENTS.get(verb.lower())
        role = f"{agent} of {rest}" if agent and rest else f"{verb} {rest}".strip()
    return role if 0 < len(role.split()) <= 12 and not role[:1] == "(" else ""
