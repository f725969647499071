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

from . import letters
from .actors import ActorIndex, Proposed, cite_proposal
from .actors_names import BODY, BODY_WORDS, PARTICLES, Named, head_of
from .attribution_patterns import THAT_VERB
from .datelines import DATELINE
from .names import (
    PLACE,
    a_name,
    a_role,
    plain_role,
    read_name,
    role_in,
    styled,
    surname_of,
    without_opener,
)
from .names import (
    full_names as _full_names,
)
from .quotes import Quote
from .quotes_marks import sentences
from .reported_patterns import (
    ACTS,
    APPOSITION,
    BETWEEN,
    BODY_ACTS,
    FOR_NAME,
    HEADLINE_COLON,
    JOINED,
    JOINED_OTHER,
    OWNED_ACTS,
    REPORTS,
    WHEN,
    sources,
)
from .reported_subjects import (
    body_subjects,
    merge_into,
    person_subjects,
    shortened,
    tidied,
)


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
        for match in sources(text, number):
            if _headline_only(match, paragraphs):
                continue
            named = _named(text, match)
            if named and named.kind == "organisation" and not index.match(named.name, []):
                _propose_body(found, paragraphs, named, match, number)
            elif named and named.kind == "person":
                _propose_person(found, people, named, match, number, index)
        for match in [*BODY_ACTS.finditer(text), *OWNED_ACTS.finditer(text), *body_subjects(text)]:
            named = _named(text, match)  # only a body: people are proposed for their words
            if named and named.kind == "organisation" and not index.match(named.name, []):
                _propose_body(found, paragraphs, named, match, number)
        _cite_referred(found, text, number)
    _cite_quoted(found, people, quotes)
    for number, text in enumerate(paragraphs, 1):
        _cite_subject(found, people, text, number)
    for name, body in list(found.items()):
        if body.kind == "organisation" and (tidy := tidied(body)) != body:
            del found[name]
            if tidy:
                merge_into(found, tidy)
    shortened(found)
    merged = list(_merged(found).values())
    return [
        _with_role(_its_resolved(p, merged), people)
        for p in merged
        if p.kind != "person" or a_name(p.name)
    ]


ITS = letters.compile(r"(?i:its)\s+(?P<role>.+)")
"""A role given by "its" ("Its general secretary, Ana Ruiz,"): the body the article named
last before names whose role it is."""


def _its_resolved(proposed: Proposed, found: list[Proposed]) -> Proposed:
    """A person's role without the time of its deed, a clause dropped, and "its" made the
    body named last before the person's first paragraph ("general secretary of the Kestrel
    Dockers Union"), or dropped if there is none."""
    if proposed.kind != "person":
        return proposed
    role = plain_role(proposed.role)
    its = ITS.fullmatch(role)
    if its:
        first = min(proposed.paragraphs, default=0)
        bodies = [b for b in found if b.kind == "organisation" and min(b.paragraphs) <= first]
        last = max(bodies, key=lambda b: min(b.paragraphs), default=None)
        role = f"{its['role']} of the {last.name}" if last else its["role"]
    return replace(proposed, role=role)


def _with_role(proposed: Proposed, people: dict[str, tuple[str, str, int]]) -> Proposed:
    """A person's role that is none ("a", "as", "State": see NOT_ROLES) replaced by the one
    the article gives where it names them in full, if any."""
    if proposed.kind != "person" or a_role(proposed.role) or " " not in proposed.name:
        return proposed
    name, role, _ = people.get(surname_of(proposed.name), ("", "", 0))
    return replace(proposed, role=role if name == proposed.name and a_role(role) else "")


REFERRED = letters.compile(
    rf"\b[Tt]he\s+(?P<noun>{BODY_WORDS}){APPOSITION}\s+{BETWEEN}{REPORTS}\b", re.I
)
"""A body referred to by its head word alone: "the ministry said in a statement", "The
union warned that…"."""
REFERRED_ACTS = letters.compile(
    rf"\b[Tt]he\s+(?P<noun>{BODY_WORDS}){APPOSITION}\s+{BETWEEN}{ACTS}\b", re.I
)
"""The same, acting: "the board voted", "the council passed a motion"."""


def _cite_referred(found: dict[str, Proposed], text: str, number: int) -> None:
    """Cite the organisation "the ministry" refers to: the last proposed before whose name
    has that word ("the Ministry of Transport"); none if no such body was proposed."""
    for match in [*REFERRED.finditer(text), *REFERRED_ACTS.finditer(text)]:
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


def _cite_subject(
    found: dict[str, Proposed], people: dict[str, tuple[str, str, int]], text: str, number: int
) -> None:
    """Cite a person proposed in each paragraph where they are the subject of what a clause
    says they do ("Ruiz has fired her aide"): the one proposal of the surname's full name."""
    by_surname: dict[str, list[str]] = {}
    for name, p in found.items():
        if p.kind == "person":
            by_surname.setdefault(surname_of(name), []).append(name)
    for match in person_subjects(text):
        named = read_name(without_opener(match["who"]))
        if named is None or named.kind != "person":
            continue
        full = people.get(surname_of(named.name), (named.name, "", 0))[0]
        same = by_surname.get(surname_of(full), [])
        if len(same) == 1:
            cite_proposal(found, found[same[0]], number)


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
        if shorter.split()[0].casefold() in SURNAME_PARTICLES:
            # "Ms Ní Bhriain" of Siobhán Ní Bhriain: a surname of two words, not a full name
            old, new = found.pop(shorter), found[longer]
            cited = tuple(sorted({*old.paragraphs, *new.paragraphs}))
            found[longer] = replace(new, role=new.role or old.role, paragraphs=cited)
            continue
        old, new = found.pop(longer), found[shorter]
        extra = longer[: -len(shorter)].strip()
        role = new.role or old.role or extra
        cited = tuple(sorted({*old.paragraphs, *new.paragraphs}))
        found[shorter] = replace(new, role=role, paragraphs=cited)
    return found


SURNAME_PARTICLES = frozenset(
    [*PARTICLES, *"ní nic mac mc ó ua uí mhic binti el abu ben dos das".split()]
)
"""Words that begin a surname of two words ("Ní Bhriain", "Van Dijk", "Al Hashimi"): a
name of that surname alone is no one's full name."""


def _named(text: str, match: re.Match[str]) -> Named | None:
    """Who a source names, read whole: a body's name listed with commas ("the Rail, Tram
    and Bus Union"), not the end of a longer name ("Transport for NSW" is not NSW)."""
    if FOR_NAME.search(text, max(0, match.start("who") - 40), match.start("who")):
        return _named_for(text, match)
    if match.re in (JOINED, JOINED_OTHER) and match[0][:4] in ("The ", "the "):
        joined = read_name(without_opener(match[0]))
        if joined and joined.kind == "organisation":
            return None  # "The Nurses and Midwives Union said": one body, read by LISTED
    named = read_name(without_opener(match["who"]))
    of = match.groupdict().get("of")
    if of and named and named.kind == "organisation" and of.split()[0] == "of":
        # "the Keston Valley Chamber of Commerce said": the rest of the body's own name
        whole = read_name(without_opener(f"{match['who']}{of}"))
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


NAME_LEAD = letters.compile(r"(?:[A-Z][\w'’&-]*\s+){1,3}(?:for|of)\s+(?:the\s+)?$")
"""The first words of a body's name made with "for" or "of": "Club for", "Royal Society of"."""


def _named_for(text: str, match: re.Match[str]) -> Named | None:
    """The body whose name runs through "for" or "of" to the words a source names
    ("Club for Growth said": the Club for Growth), or None (not "Minister for Health Ana
    Ruiz", a person with her title)."""
    lead = NAME_LEAD.search(text, max(0, match.start("who") - 60), match.start("who"))
    whole = read_name(text[lead.start() : match.end("who")]) if lead else None
    return whole if whole and whole.kind == "organisation" else None


LISTED = letters.compile(
    r"(?<=\b[Tt]he\s)"
    r"(?P<list>(?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]*"  # the first words, then one to a comma
    r"(?:,\s+[A-Z][\w'’&-]*)*,?\s+(?:and|&)\s+)$"
)
"""The first words of a body's name that lists what it is for, after "the", before its last
word and "and", one word to each comma ("the Rail, Tram and Bus Union", "The Food, Drink &
Allied Workers")."""


FIRM_ENDS = frozenset("Co Company Inc Ltd LLC LLP PLC Corp Partners Sons Associates".split())
"""The last word of a firm's name after "&" ("Mac Lochlainn & Co", "Burke & Sons")."""
FIRM_LEAD = letters.compile(r"(?P<names>(?:[A-Z][\w'’.-]*\s+){1,3})(?:&|and)\s+\Z")
"""The names before a firm's "& Co"."""


def _propose_body(
    found: dict[str, Proposed],
    paragraphs: list[str],
    named: Named,
    match: re.Match[str],
    number: int,
) -> None:
    """Propose a body that speaks, with the description set beside it ("Northgate Homes,
    the developer,"), citing the paragraph and the one where the article first names it."""
    lead = FIRM_LEAD.search(match.string, 0, match.start("who"))
    if named.name.rstrip(".") in FIRM_ENDS and lead:  # "Mac Lochlainn & Co, solicitors, wrote"
        named = replace(named, name=f"{lead['names']}& {named.name}")
    described = role_in(match.groupdict().get("role"))
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
    name, first_role, first = people.get(surname_of(named.name), (styled(named), "", number))
    if " " not in name or index.match(name, []):
        return  # a surname the article never gives in full could be anyone
    own = "" if name.startswith(f"{named.role} ") else named.role  # "Lord Hale"
    roles = (own, role_in(match.groupdict().get("role")), first_role)
    role = next((r for r in roles if a_role(r)), "")
    new = Proposed(name, role, match[0].strip(' ,”"'), "person")
    cite_proposal(found, new, number)
    cite_proposal(found, new, first)


def reported_claims(
    paragraphs: list[str],
    proposed: list[Proposed],
    index: ActorIndex,
    quoted: list[Quote] | tuple[Quote, ...] = (),
) -> list[Quote]:
    """Each sentence that reports someone's words or view without quoting them ("The
    authority said fares must rise", "according to the union"), as a paraphrase of its
    source to review: the article's own sentence, which the editor rewrites. A sentence
    with a quotation mark is left to the quotation it holds; one claim per sentence. "She
    said …" is the person who spoke last (of `quoted` and the claims before it), in its
    paragraph or the two before."""
    people = _full_names(paragraphs)
    names = {p.name for p in proposed}
    claims: list[Quote] = []
    for number, text in enumerate(paragraphs, 1):
        spans = [(text.find(s), s) for s in sentences(text)]
        by_sentence: dict[int, tuple[str, list[re.Match[str]]]] = {}
        for match in sorted(sources(text), key=lambda m: m.start()):
            start, sentence = next(
                ((at, s) for at, s in reversed(spans) if 0 <= at <= match.start("who")),
                (0, text),
            )
            by_sentence.setdefault(start, (sentence, []))[1].append(match)
        for start, (sentence, matches) in by_sentence.items():
            if QUOTATION_MARK.search(sentence) or NO_COMMENT.search(sentence):
                continue  # a quotation's own; "did not respond to a request for comment"
            # "A biologist from the Marine Institute, Dr Ane Loinaz, told…": hers, not the
            # institute's, whose name only comes before hers
            matches = [m for m in matches if not _person_after(m)] or matches
            end = start + len(sentence.rstrip())
            # "…, its chair Ines Kovac said.": an attribution that ends the sentence is its
            # source; otherwise the first ("Ruiz said Hale had praised it": Ruiz)
            ending = [m for m in matches if ENDS.fullmatch(text, m.end(), end)]
            match = ending[-1] if ending else matches[0]
            rest = text[start : match.start()] + text[match.end() : end]
            if len(re.findall(r"[^\W\d_]{2,}", rest)) < 3:
                continue  # "Dealy said.": the attribution of the quotation before it, alone
            if match["who"].lower() in ("he", "she"):
                spoken = _spoke_last([*quoted, *claims], number, start, match["who"])
                if spoken is None:
                    continue
                actor, name = spoken.actor, spoken.name or ""
            else:
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


NO_COMMENT = letters.compile(
    r"\b(?:did not|didn['’]t|does not|doesn['’]t|could not be|couldn['’]t be|was not|were not"
    r"|declined to|refused to|has not|have not|had not)\s+(?:immediately\s+)?(?:respond|reply"
    r"|return|reached|comment|available)",
    re.I,
)
"""A sentence that says someone gave no words: no claim of theirs."""


def _spoke_last(said: list[Quote], number: int, start: int, pronoun: str) -> Quote | None:
    """Whom "he" or "she" opening a sentence is: the person named as the speaker of the
    last words before it, in its paragraph or the two before; nobody if those words were
    said by a "she" and this is a "he" (or the other way round)."""
    before = [
        q
        for q in said
        if q.name and number - 2 <= q.paragraph and (q.paragraph, q.start) < (number, start)
    ]
    last = max(before, key=lambda q: (q.paragraph, q.start), default=None)
    other = {"he": "she", "she": "he"}[pronoun.lower()]
    if last is None or (last.who or "").lower() == other or " " not in (last.name or ""):
        return None
    return last


def _person_after(match: re.Match[str]) -> bool:
    """Whether the words a source names are a body's, and what stands between commas after
    them a person's name: the person speaks, the body is theirs."""
    role = (match.groupdict().get("role") or "").strip(" ,")
    person = read_name(role) if role[:1].isupper() else None
    body = read_name(without_opener(match["who"]))
    return bool(
        person
        and person.kind == "person"
        and " " in person.name
        and body
        and body.kind == "organisation"
    )


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
        said = SAID_WHEN.sub("", after).strip()
    elif before and ENDS.fullmatch(after):
        said = ROLE_BEFORE_NAME.sub("", before)  # "…, its chair Maya Lund said."
    else:
        return None
    # a second thing said is said by the same speaker: "…births but warned that it would
    # need…" -> "…births but it would need…"; "…her job and that an ambulance…" -> "and an"
    said = re.sub(
        rf"\s+(?P<conj>and|but)\s+(?:also\s+)?(?:{THAT_VERB}\s+)?that\s+(?=\S)"
        rf"|\s+(?P<also>and|but)\s+(?:also\s+)?{THAT_VERB}\s+(?=[a-z])",
        lambda m: f" {m['conj'] or m['also']} ",
        said,
    )
    if len(said.split()) < 3:
        return None
    said = said.rstrip(" ,;:.") + "."
    return said[:1].upper() + said[1:]


SAID_WHEN = letters.compile(
    r"^\s*(?:,\s*)?(?:(?:last|this|next|earlier|later|on|at|in|during|after|before|while|when)"
    rf"\b[^,.;:“”\"]{{0,60}}?\s+(?=that\b)|(?:{WHEN}(?![\w'’]),?\s+){{1,2}}"
    r"(?![\w-]+['’]s\b|(?:morning|afternoon|evening|night)\b))?(?:that\s+)?"
)
"""The words between a verb of saying and what was said, when and where it was said:
"said last week that", "said at the close of the hearing that", "said in a statement that",
and without "that" a day ("said on Monday the board…" is no board's Monday; new user 12)."""
ROLE_BEFORE_NAME = letters.compile(
    r",\s+(?:its|the|his|her|their|a|an|[A-Z][\w'’]*['’]s)"
    r"(?:\s+(?!(?:will|is|was|has|had|would)\b)[\w'’-]+){0,4}$"
)
"""The role that ends a sentence's words before its speaker's name: ", its chair"."""
SAYS_THAT = letters.compile(rf"\b{THAT_VERB}$")
"""An attribution ending in a verb whose words follow as a clause (THAT_VERB)."""
QUOTATION_MARK = letters.compile(r"[“”\"]")
ENDS = letters.compile(rf"(?:\s+{WHEN})?\s*[.!?]?")
"""What may follow an attribution that ends its sentence: a day, then the full stop."""
