"""Every direct quotation in an article, with its speaker when a sentence names one
(`attribution.py` chooses among the patterns), and what a reader keeps in mind from one
paragraph to the next: who was named, who spoke last, a quotation left open.

A quoted term or title ("the so-called "deal of the century"", "Orange Is the New
Black", a hashtag) is kept with `kind: term`, no speaker (`quotes_terms.py` tells them);
where a quotation opens and closes, and where a sentence ends, is `quotes_marks.py`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..records.explainer import outlet_key
from . import letters
from .actors import OF_NAME, ORGANISATION, ActorIndex, Proposed, cite_proposal, named_in, who_is
from .actors_names import ROLE_NOUNS, TITLES, Named, epithet, head_of
from .attribution import (
    ACCORDING,
    APPOSITION,
    ATTRIBUTION,
    CALLING_RULE,
    HELPING,
    INTERVIEW,
    NAME_WORD,
    NOT_A_NAME,
    QA_MARK,
    REPORTED,
    SPAN,
    SPEAKER_LABEL,
    SPOKEN_FOR,
    SUBJECT_RULE,
    TAIL_RULE,
    VERB,
    after_last,
    apposed,
    credited_next,
    introducing,
    name_then_role,
    speaker_of,
    subject_of,
)
from .datewords import MAYBE_VERB
from .names import OFFICES, PARTICLE
from .quotes_genders import GENDER_BEFORE, Genders
from .quotes_marks import (
    DOUBLE,
    QUOTE,
    TAG,
    apostrophes_as_marks,
    misprints_mended,
    sentence_spans,
    single_as_double,
)
from .quotes_marks import sentences as sentences  # where the other stages find them
from .quotes_terms import is_term, is_title, no_words, untitled

PRONOUNS = letters.compile(
    r"^(?:he|she|they|it|one of (?:the|them)\b.*"
    r"|the (?:official|officials|statement|spokes\w+|minister|ministry|embassy|source)s?)$",
    re.I,
)


NAMES = letters.compile(
    rf"\b{NAME_WORD}(?:\s+(?:[A-Z]\.|{NAME_WORD}|{PARTICLE}(?:\s+{PARTICLE})?(?=\s+[A-Z])))"
    r"{1,5}\b"
)
"""A full name in running text ("Chi Onwurah"): what a surname alone refers back to."""
LEADING = letters.compile(
    rf"(?i:{VERB}|then|now|so|yet|still|also|finally|next|here|there|when|while|after|as|if"
    r"|although|though|because|since|before|until|once|with|without|like|unlike|by|from|to"
    r"|does|did|do|don[’']t|was|were|is|are|neither|nor|either|both|even|only|not|why|how"
    r"|what|where|who)"
)
"""A capitalised word before a name that is no part of it ("Said Ruiz", "Then Ruiz")."""


BODY_NAME = letters.compile(
    rf"\b(?:[A-Z][\w'’&-]*\s+)*(?P<head>[A-Z][\w'’&-]*)(?P<of>{OF_NAME.pattern})?"
)
"""A run of capitalised words, and the "of" name after it: a body's name when its head
word is a body's ("Northvale Health Trust", "Bank of England")."""
PAIR = letters.compile(
    r"(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+and\s+"
    r"(?P<second>(?:[A-Z][\w'’.-]*\s+|[a-z]+\s+(?=[A-Z])){0,4}[A-Z][\w'’.-]*)"
)
"""Two people who speak together: "Ana Ruiz and Tom Hale", "Ruiz and harbour master Hale"."""
OPENING_CLAUSE = letters.compile(
    r"^(?:Although|Though|While|When|After|As|Because|Since|If)\s+(?=[A-Z])"
)
"""A subordinate clause's first word, before its subject: "Although Hale admitted…"."""
CREDIT = letters.compile(r"^\s*[-–—]{1,2}\s*(?P<who>[A-Z][^“”\"–—]{0,150}?)[.\s]*$")
"""`— Ana Ruiz, harbour master.` on its own line after a paragraph that is all quotation:
the credit line of a fact check, an epigraph or a pull quote names whose words they were."""
CREDITED = "a credit line under the quotation"
SPOKESPERSON_FOR = letters.compile(
    r"\b(?i:an?|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+(?:for|from|of)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’&-]*(?:\s+(?:(?:for|of|and)\s+)?[A-Z][\w'’&-]*){0,6})"
)
"""`A spokesperson for Transport for NSW said`: who "the spokesperson" speaks for next."""
"""`He vowed that "…"`: a pronoun's sentence giving the words it introduces."""
REFERRAL = letters.compile(r"(?i:the)\s+(?P<noun>[a-z]+)")
"""`the trust said`: a body named in full before, by its head noun."""


def bodies_in(sentence: str) -> list[tuple[str, str]]:
    """The bodies a sentence names in full, each with its head noun: "the Northvale Health
    Trust" -> ("Northvale Health Trust", "trust"); "the Bank of England" -> "bank"."""
    found = []
    for match in BODY_NAME.finditer(sentence):
        words = match[0][: match.start("of") if match["of"] else None].split()
        while words and NOT_A_NAME.fullmatch(words[0]):
            words.pop(0)  # "The", "But": no part of the name
        if ORGANISATION.fullmatch(match["head"]) and (len(words) > 1 or match["of"]):
            found.append((" ".join(words) + (match["of"] or ""), match["head"].lower()))
    return found


@dataclass
class Quote:
    paragraph: int
    text: str
    who: str | None  # the words naming the speaker
    actor: str | None  # the explainer's actor id, if matched
    rule: str  # which convention gave the speaker
    sentence: str
    start: int = 0  # where the quotation mark opens in the paragraph
    name: str | None = None  # the speaker's name, when the article gives it
    kind: str = "quote"  # or "term": a quoted word or title, not anyone's words


def find_quotes(
    paragraphs: list[str], index: ActorIndex, outlets: tuple[str | None, ...] = ()
) -> tuple[list[Quote], list[Proposed], list[str]]:
    """Every quotation, in order; the new actors proposed for the people and bodies whose
    words the article gives; and the explainer's actors that speak in it. `outlets`, the
    article's own outlet and wire, are never what "the agency" refers to ("she told the
    Harbour Press Agency" is who reports, not who speaks)."""
    reader = _Reader(index, {outlet_key(o) for o in outlets if o})
    texts = [apostrophes_as_marks(p) for p in paragraphs]
    single = not any(DOUBLE.search(text) for text in texts)  # the article's own convention
    for number, text in enumerate(texts, 1):
        reader.paragraph(number, single_as_double(text) if single else text)
    return reader.found, list(reader.proposed.values()), list(reader.spoke)


class _Reader:
    """What a reader keeps in mind: who was named, who spoke, and who spoke last."""

    def __init__(self, index: ActorIndex, outlets: set[str] | frozenset[str] = frozenset()) -> None:
        self.index = index
        self.found: list[Quote] = []
        self.proposed: dict[str, Proposed] = {}
        self.recent: list[str] = []  # actors named so far, last = most recent
        self.speakers: list[str] = []  # actors who spoke: "the official" is one of them first
        self.spoke: dict[str, None] = {}  # the same, in the order they first spoke
        self.people: dict[str, str] = {}  # a surname -> the full name it was last part of
        self.other_names: dict[str, str] = {}  # another word of a name -> the same
        self.roles: dict[str, str] = {}  # a person's full name -> the words describing them
        self.descriptions: dict[str, set[str]] = {}  # the same -> each word describing them
        self.outlets = outlets  # the article's own outlet and wire, as outlet_key
        self.interview: dict[str, str] = {}  # "Q" -> who asks, "A" -> who answers
        self.qa = ""  # "Q" or "A": the mark of the paragraph being read, if it has one
        self.labelled = ""  # whom a transcript's paragraph is labelled with (MARSH: "…")
        self.last: Quote | None = None
        self.open: Quote | None = None  # a quotation the paragraph before left open
        self.lead: tuple[int, str] | None = None  # who a sentence since the last quote is about
        self.subject: tuple[int, str] | None = None  # the person a sentence was last about
        self.bodies: dict[str, tuple[str, int]] = {}  # a head noun -> a body's name, where named
        self.quoted: list[Quote] = []  # the quotations of a paragraph that was all quotation
        self.genders = Genders(self.full)  # who is "he", who "she", and who was named where

    def paragraph(self, number: int, text: str) -> None:
        original = text
        text = misprints_mended(TAG.sub(lambda m: " " * len(m[0]), text))  # markup quotes nobody
        quoted, self.quoted = self.quoted, []
        if quoted and (credit := CREDIT.match(text)):
            self.credited(quoted, credit["who"], number)
            return
        if quoted and (credit_next := credited_next(text)):  # "So said Tom Hale on Monday."
            self.credited(quoted, credit_next, number, "credited in the paragraph after")
        first_found = len(self.found)
        self.qa = mark["mark"] if (mark := QA_MARK.match(text)) else ""
        self.labelled = self.labelled_by(text)
        spans = sentence_spans(text)
        ends = [e for _, e in spans]
        quotes = list(QUOTE.finditer(text))  # over the paragraph: a quotation may run on
        starts, titled = [q.start() for q in quotes], untitled(text, quotes)
        carried, self.open = self.open, None
        for _i, (start, end) in enumerate(spans):
            sentence = text[start:end]
            self.learn(sentence, number)
            first, past = bisect_left(starts, start), bisect_left(starts, end)
            inside = quotes[first:past]
            running = first > 0 and quotes[first - 1].end() > start  # a quotation runs on
            if not inside and not running:
                last = self.last
                self.attribution(number, sentence)
                about = introducing(sentence, number) or subject_of(sentence, number)
                if (about is None or not self.a_person(about[1])) and (
                    person := self.described_person(about[1] if about else "")
                    or self.described_person(sentence)
                ):
                    about = (number, person)  # "The former governor was blunt."
                said = self.last.who if self.last is not last and self.last else None
                if about and said and about[1] not in said and said not in about[1]:
                    about = None  # "Hale won the crowd, Ruiz said.": Ruiz spoke, not Hale
                if about and about[1].lower() in ("he", "she") and self.lead:
                    # "Holt spoke first. She told members:" is still about Holt
                    about = (about[0], self.lead[1])
                # "…, one of the officials said.": who spoke is newer than whom a sentence was about
                self.lead = about if about or self.last is not last else self.lead
                if about and self.a_person(about[1]):
                    self.subject = about
            if running:  # ""No. No," Ruiz said, adding "…"": the sentence began at the first
                start = spans[bisect_left(ends, quotes[first - 1].start() + 1)][0]
            for q in inside:
                at = bisect_left(ends, q.end())  # the sentence the quotation closes in
                close = ends[at] if at < len(spans) and spans[at][0] < q.end() else end
                following = text[spans[at + 1][0] : spans[at + 1][1]] if at + 1 < len(spans) else ""
                words = (q[1] or q[2]).strip().removesuffix(",").rstrip()
                whole = q.start() == 0 and (q.end() >= len(text.rstrip()) - 1 or not q[1])
                # the words an attribution is read in: no more of a long sentence, each time
                lo, hi = max(start, q.start() - SPAN), min(close, q.end() + SPAN)
                self.quote(
                    number,
                    words,
                    (text[lo:hi], titled[lo:hi]),
                    (q.start() - lo, q.end() - lo),
                    q.start(),
                    following,
                    carried if whole or q.start() == 0 else None,
                )
                if q[2] is not None:
                    self.open = self.found[-1]  # it goes on in the next paragraph
            self.recent = _remembered(self.recent, named_in(sentence, self.index))
        if QUOTE.fullmatch(text.strip().removesuffix(".")):
            self.quoted = [q for q in self.found[first_found:] if q.kind == "quote"]
        if original != text:  # the words as printed, markup included: verbatim, as check wants
            at = 0
            for found in self.found[first_found:]:
                if found.paragraph == number and (start := text.find(found.text, at)) >= 0:
                    found.text, at = original[start : start + len(found.text)], start

    def credited(self, quoted: list[Quote], who: str, number: int, rule: str = CREDITED) -> None:
        """ "- Ana Ruiz." under a paragraph of quotation: the quotation is hers."""
        named = who_is(who)
        if named is None or named.kind == "anonymous":
            return
        actor, name = self.resolve(who, number)
        for q in quoted:
            q.who, q.actor, q.name, q.rule = who, actor, name, rule
        self.last = quoted[-1]
        self.heard(actor)

    def learn(self, sentence: str, number: int) -> None:
        """Full names in the sentence: a surname alone refers to the last of them, and
        "the trust" to the body last named in full with that head noun."""
        for name, noun in bodies_in(sentence):
            if outlet_key(name) not in self.outlets:
                self.bodies[noun] = (name.strip(), number)
        for spoken in SPOKESPERSON_FOR.finditer(sentence):  # "the spokesperson" is theirs
            for noun in ("spokesperson", "spokesman", "spokeswoman"):
                self.bodies[noun] = (spoken["body"].strip(), number)
        headline = _title_case(sentence)  # "Speaker Just Shared …" names nobody's role
        for found in NAMES.finditer(sentence):
            name, words = found[0], found[0].split()
            if words[0] in ("The", "A", "An", "In", "On", "But", "And", "At", "For"):
                continue
            if LEADING.fullmatch(words[0]):  # "Said Ruiz:", "Then Ruiz:": no first name
                name = " ".join(words[1:])
            if OF_BEFORE.search(sentence, 0, found.start()) and len(words) > 2:
                name = " ".join(words[1:])  # "Member of the Senedd Aled Pryce": a body's word
            named = who_is(name)  # "Councillor Ana Ruiz": the title is no part of the name
            if named and self.full(named.name) != named.name:
                continue  # "Mr Muñoz de la Fuente", a short form of a name known in full
            if named and named.kind == "person" and " " in named.name:
                surname = re.sub(r"[’']s?$", "", words[-1])
                self.people[surname.casefold()] = named.name
                self.genders.named(surname, named.name)
                # "Ms Zhang" of Zhang Xiuying, "Ms Ortega" of María Ortega Ruiz, "Ahmad" of
                # Ahmad bin Yusof: a name's other words, where no surname is the same
                role = "" if headline else _role_around(found, named)
                if role:
                    self.roles[named.name] = role
                if not headline:
                    self.descriptions.setdefault(named.name, set()).update(_describing(found, role))
                for word in named.name.split()[:-1] if _presented(found, named) else ():
                    if word[:1].isupper() and len(word.rstrip(".")) > 1:
                        self.other_names[word.casefold()] = named.name
        self.genders.learn(sentence, number)
        for nicknamed in NICKNAMED.finditer(sentence):  # Dolores "Lola" Trujillo
            first, surname = nicknamed["first"], nicknamed["surname"]
            self.people.setdefault(surname.casefold(), f"{first} {surname}")
        if interview := INTERVIEW.search(sentence):  # "Ana Ruiz sat down with Tom Hale"
            asker = interview["asker"]
            self.interview = {"A": interview["who"] or interview["subject"]}
            if asker and self.a_person(asker):
                self.interview["Q"] = asker

    def labelled_by(self, text: str) -> str:
        """The person a transcript's paragraph is labelled with, by their surname in
        capitals (`MARSH: "…"` of Helen Marsh, named before), or ""."""
        label = SPEAKER_LABEL.match(text)
        surname = label["label"].split()[-1].casefold() if label else ""
        return self.people.get(surname, "") if len(surname) > 1 else ""

    def a_person(self, who: str) -> bool:
        """Whether the words name a person in full, or by a surname named so before
        ("Council leader Ana Ruiz", "Ruiz"; not "Six")."""
        named = who_is(who)
        if named is None or named.kind != "person" or LEADING.fullmatch(named.name.split()[0]):
            return False  # "Was Szlachta…", "Don't Republicans…": a question, not a name
        return " " in self.full(named.name)

    def full(self, name: str, gender: str | None = None) -> str:
        """ "Onwurah" -> "Chi Onwurah" when the article named her so before; of two people
        of one surname, the one of the `gender` a style gives ("Mrs. Clinton")."""
        if " " in name:  # "Muñoz de la Fuente" of José Ángel Muñoz de la Fuente
            return next((n for n in self.people.values() if n.endswith(" " + name)), name)
        fitting = self.genders.fitting(name, gender) if gender else None
        key = name.casefold()
        return fitting or self.people.get(key) or self.other_names.get(key, name)

    def attribution(self, number: int, sentence: str) -> None:
        """A sentence without a quotation that names who speaks ("…, X said.", "X said
        that…", "according to X"): X is who "he" is next, and an actor to propose."""
        # ATTRIBUTION's match holds none of `,;“"` but the ',' it starts with, if any.
        last = after_last(sentence, ',;“”"') - 1
        said = (
            APPOSITION.search(sentence)
            or (
                ATTRIBUTION.search(sentence, max(last, 0))
                if last < 0 or sentence[last] == ","
                else None
            )
            or REPORTED.match(sentence)
            or ACCORDING.search(sentence)
        )
        if not said or len(said["who"].split()) > 10:
            return
        said_by = HELPING.sub("", " " + said["who"]).strip()  # "Hale has argued that…"
        speaker, role = name_then_role(said_by, (said.groupdict().get("role") or ""))
        if named := apposed(sentence, said, speaker):
            speaker, role = named, speaker  # "Ana Ruiz, the harbour master said so."
        who = speaker + (f", {role}" if role else "")
        if self.last and self.last.text and self.last.paragraph == number and self.last.who == who:
            return  # the attribution of the quotation just before ("…?" X asked.)
        if not PRONOUNS.match(who) and not who_is(who) and not self.referred(who):
            return  # "The decision was made on Sunday, it said" names nobody new
        actor, name = self.resolve(who, number)
        if other := self.genders.other(who, name, number):  # "…, she said." after a man spoke
            actor, name = self.resolve(other, number)
        self.last = Quote(number, "", who, actor, "attribution", sentence, name=name)
        self.heard(actor)

    def resolve(self, who: str, number: int) -> tuple[str | None, str | None]:
        """The explainer's actor and the name of whoever `who` names: "he" is the speaker
        named last; an unknown person or body is proposed as a new actor."""
        last = self.last if self.last and self.last.paragraph >= number - 2 else None
        body = self.referred(who)
        if pair := self.pair(who, number):
            return None, pair
        if spoken_for := self.spoken_for(who, number):
            return spoken_for
        if PRONOUNS.match(who):
            actor = self.described(who)
            if actor is None and body:
                return self.body(body, who, number)
            if actor is None and last:
                return last.actor, last.name
            return actor, last.name if last and last.actor == actor else None
        named = who_is(who)
        if named is None and body:
            return self.body(body, who, number)
        described = named is None or named.kind == "anonymous" or epithet(named.name)
        if described and (person := self.described_as(who, number)):
            return self.resolve(person, number)  # "the headteacher said" of one named so
        styled = GENDER_BEFORE.match(who.strip())  # "Mrs. Clinton" is no man
        gender = ("she" if styled["she"] else "he") if styled else None
        name = self.full(named.name, gender) if named and named.kind == "person" else None
        # A person's own name first: "Gareth Howells, who chairs Keep Marsh Lane Safe" is
        # Howells, even when the explainer knows the group named in his description.
        actor = (self.index.exact(name) if name else None) or (
            # "Ms Raghunathan, for the land council": the person, before a body of her words
            self.index.match(name, self.recent)
            if name and named and named.kind == "person"
            else None
        )
        in_full = bool(named and named.kind == "person" and name and " " in name)
        # "Mehmet Yıldız, a lifeguard and a SIPTU member": a person named in full is not
        # the body their description names (new user 13); they are proposed
        actor = actor or (None if in_full else self.index.match(who, self.recent))
        actor = actor or (self.index.match(name, self.recent) if name else None)
        if named and named.kind == "organisation":
            name = named.name
        if (
            actor is None
            and named
            and named.kind != "anonymous"
            and name
            and (" " in name or named.kind == "organisation")
        ):
            self.propose(Proposed(name, named.role, who, named.kind), number)
        return actor, name or (named.name if named else None)

    def spoken_for(self, who: str, number: int) -> tuple[str | None, str] | None:
        """The body a spokesperson named by role only speaks for ("A Corvina Port Authority
        spokesman", "an authority spokeswoman" after the authority was named in full)."""
        match = SPOKEN_FOR.fullmatch(who.strip())
        words = (match["body"] or match["owner"] or match["noun"] or "").strip() if match else ""
        if words[:1].islower() and (body := self.referred("the " + words)):
            return self.body(body, who, number)
        named = who_is(words) if words[:1].isupper() else None
        if named is None or named.kind != "organisation":
            return None  # "Hale's spokeswoman": a person's, whose words are her own
        actor = self.index.match(named.name, self.recent)
        if actor is None:
            self.propose(Proposed(named.name, "", who, "organisation"), number)
        return actor, named.name

    def pair(self, who: str, number: int) -> str | None:
        """ "Ana Ruiz and Tom Hale said": both speak, each proposed; the words are theirs."""
        match = PAIR.fullmatch(who.strip())
        named = [who_is(match[1]), who_is(match[2])] if match else []
        if not named or any(n is None or n.kind != "person" for n in named):
            return None
        names = [self.full(n.name) for n in named if n]
        for n, name in zip(named, names, strict=True):
            if n and " " in name:
                self.propose(Proposed(name, n.role, who, "person"), number)
        return " and ".join(names)

    def referred(self, who: str) -> tuple[str, int] | None:
        """The body "the trust" refers to: the last named in full with that head noun."""
        match = REFERRAL.fullmatch(who.strip())
        return self.bodies.get(match["noun"].lower()) if match else None

    def body(self, body: tuple[str, int], who: str, number: int) -> tuple[str | None, str]:
        """The explainer's actor a body referred to by its head noun is, or a new one
        proposed, citing where the article names it and where it speaks."""
        name, named = body
        actor = self.index.match(name, self.recent)
        if actor is None:
            self.propose(Proposed(name, "", f"{name}” … “{who}", "organisation"), named)
            self.propose(self.proposed[name], number)
        return actor, name

    def propose(self, new: Proposed, number: int) -> None:
        """A new actor, or one more paragraph (and a role, if it had none) for one."""
        cite_proposal(self.proposed, new, number)

    def quote(
        self,
        number: int,
        text: str,
        window: tuple[str, str],
        where: tuple[int, int],
        at: int,
        following: str,
        carried: Quote | None,
    ) -> None:
        # the words of its sentence around it, and the same with the titles' marks blanked
        (sentence, titled), (start, end) = window, where
        who, rule = speaker_of(
            titled[:start] + sentence[start:end] + titled[end:], *where, following
        )
        if who is None and (colon := introducing(sentence[:start].rstrip(" “\"'"), number)):
            who, rule = colon[1], "a colon after whose words follow: “…”"  # "Ruiz’s letter ends:"
        if who is None and self.qa and (asked := self.interview.get(self.qa)):
            # an interview's "A: "…"" is the interviewee's, "Q: "…"" the interviewer's
            who, rule = asked, f"an interview's {self.qa}: paragraph"
        if who is None and self.labelled:
            who, rule = self.labelled, "a transcript's speaker, named in capitals: “…”"
        actor = name = None
        last = self.last
        kind = "quote"
        # the words just around it: a pathological sentence is not copied for every quote
        before, after = sentence[max(0, start - 100) : start], sentence[end - 2 : end + 200]
        if (
            (
                (who is None or rule in (SUBJECT_RULE, TAIL_RULE, CALLING_RULE))
                and is_term(text, before, after[2:])
            )
            or is_title(text, before, after)
            or no_words(text)
        ):
            who = None
            kind, rule = "term", "a quoted term or title"
        elif who is None and carried is not None and carried.who:
            who, actor, name = carried.who, carried.actor, carried.name
            rule = "a quotation over paragraphs, as the paragraph before"
        elif (
            who is None
            and self.lead
            and self.lead[0] >= number - (2 if at == 0 else 0)
            and start == 0  # it opens its sentence: "Ruiz toured the quay. "We will…""
        ):
            who, rule = (
                self.lead[1],
                (
                    "a quotation paragraph after one about its speaker"
                    if at == 0
                    else "a quotation after a sentence about its speaker"
                ),
            )
            actor, name = self.resolve(who, number)
        elif (
            who is None
            and last
            and (last.text or last.paragraph == number)
            and last.paragraph >= number - (2 if at == 0 else 0)
        ):
            who, actor, name, rule = (
                last.who,
                last.actor,
                last.name,
                "runs on from the quotation before",
            )
        elif who:
            # "Although Hale admitted that it was "…," he said": the subordinate clause's subject
            opening = OPENING_CLAUSE.sub("", sentence[:start])
            named = subject_of(opening, number) if who.lower() in ("he", "she") else None
            if named and not PRONOUNS.match(named[1]):
                # "Hale fired back: "…," he wrote": the sentence's subject, not the last speaker
                who, rule = named[1], rule + f"; “{who}” is the sentence's subject"
            meant = who
            # whom this paragraph or the one before is about, since the last speaker spoke
            lead = self.lead if self.lead and self.lead[0] >= number - 1 else None
            spoke = (
                self.spoke_as(who.lower(), lead[1], number)
                if lead and lead[0] < number and who.lower() in ("he", "she")
                else None
            )
            if spoke:
                # "Ms Vrank: "…"" / "Anders Holm said funds would come." / ""…," she said"
                meant, rule = spoke, rule + f"; “{who}” is who spoke before, known as “{who}”"
            elif who.lower() in ("he", "she") and lead and self.a_person(lead[1]):
                # "Ruiz disagreed. "…," she said": whom the sentence before was about
                meant, rule = lead[1], rule + f"; “{who}” is whom the sentence before is about"
            actor, name = self.resolve(meant, number)
            if other := self.genders.other(who, name, number):  # "she" after a man spoke: the woman
                actor, name = self.resolve(other, number)
                rule += f"; “{who}” is the last person named known to be “{who.lower()}”"
            elif meant != who and name and who.lower() in ("he", "she"):
                self.genders.add(name, who.lower())  # "Ruiz disagreed. "…," she said"
            elif (
                name is None
                and who.lower() in ("he", "she")
                and not (last and last.who and last.paragraph >= number - 1)  # someone spoke
                and (person := self.named_before(who.lower(), sentence, number))
            ):
                # "Ana Ruiz has run the ferry since 1998. … "…," she said": no one spoke
                # before, so the person the article was about, or the one named last
                meant, (actor, name) = person, self.resolve(person, number)
                rule += f"; no one spoke before: “{who}” is {person}"
            if PRONOUNS.match(meant) and last and actor == last.actor:
                rule += f"; “{who}” is the speaker named before"
        if carried is not None and not carried.who and who:  # named at the end: both are theirs
            carried.who, carried.actor, carried.name = who, actor, name
        self.found.append(Quote(number, text, who, actor, rule, sentence, at, name, kind))
        if who:
            self.last, self.lead = self.found[-1], None
            if name in self.proposed:
                self.propose(self.proposed[name], number)
        self.heard(actor)

    def spoke_as(self, pronoun: str, lead: str, number: int) -> str | None:
        """Whom "he" or "she" opening the paragraph after one about another person is,
        when that person is not known to be of the pronoun's gender: the last to speak in
        the two paragraphs before who is known to be ("Ms Vrank said …" / "Anders Holm
        said funds would come." / ""…," she said")."""
        if self.genders.of(lead) == pronoun:
            return None
        for said in reversed(self.found):
            if said.paragraph < number - 2:
                return None
            if said.name and " " in said.name and self.genders.of(said.name) == pronoun:
                return said.name
        return None

    def named_before(self, pronoun: str, sentence: str, number: int) -> str | None:
        """Whom "he" or "she" is when no one has spoken yet: the person a sentence of the
        last two paragraphs was about, else the person named last known to be of the pronoun's
        gender."""
        about = self.recent_subject(number)
        if about and self.genders.of(about) in (None, pronoun):
            return about
        return self.genders.last(pronoun, sentence)

    def described_as(self, who: str, number: int) -> str | None:
        """Whom a description ("the chief constable", "the 34-year-old", "the mother of
        two") is: the person named last whom the article described with its head word (as
        their role, or among the words that describe them: described_person), else the
        person a sentence of the last two paragraphs was about."""
        match = DESCRIPTION.fullmatch(who.split(",")[0].strip())  # not its ", who …" clause
        if match is None or self.referred(who):
            return None
        head = match["head"].casefold()
        for person, role in reversed(self.roles.items()):
            if head_of(role).casefold() == head:  # "the new harbour master of Kell, Ruth Ambler"
                return person
        if by_words := self.described_person(who):
            return by_words
        if not _a_person_noun(head):
            return None  # "the statement", "the company" are not a person
        about = self.recent_subject(number)
        return about if about and self.a_person(about) else None

    def described_person(self, who: str) -> str | None:
        """The person the article described with the words of a description ("the Oregon
        senator" of "Sen. Marnie Kessler of Oregon", "the 81-year-old" of "Harold Beaumont,
        81,", "the businessman" of "Businessman Eric Stavros"): of those whose words hold
        its head word, the one that shares most of its words, the last named first."""
        # a description opens the sentence or a clause of it ("Two hours north, the
        # Republican nominee struck …"), and ends where its verb begins
        for chunk in who.split(",")[:4]:
            if found := self._described_by(chunk.split()):
                return found
        return None

    def _described_by(self, words: list[str]) -> str | None:
        """The person the longest opening of `words` describes, or None."""
        best: tuple[int, str] | None = None
        for size in range(min(len(words), 6), 1, -1):
            match = DESCRIPTION.fullmatch(" ".join(words[:size]))
            if match is None:
                continue
            head = match["head"].casefold()
            if not _a_person_noun(head):
                continue  # "the province", "the report": no one described
            if (
                match["head"][:1].isupper()
                and size < len(words)
                and not VERB_NEXT.match(words[size])
            ):
                continue  # "The Kenyan navy": a nation's word before a noun is no one
            wanted = {w.casefold() for w in words[1:size]}
            for person, known in reversed(self.descriptions.items()):
                if head in known and (best is None or len(wanted & known) > best[0]):
                    best = (len(wanted & known), person)
            if best:
                return best[1]
        return None

    def recent_subject(self, number: int) -> str | None:
        """The person a sentence of this paragraph or the two before was about."""
        return self.subject[1] if self.subject and self.subject[0] >= number - 2 else None

    def described(self, who: str) -> str | None:
        return self.index.by_meaning(who, self.speakers) or self.index.by_meaning(who, self.recent)

    def heard(self, actor: str | None) -> None:
        if actor:
            self.recent = _remembered(self.recent, [actor])
            self.speakers = _remembered(self.speakers, [actor])
            self.spoke.setdefault(actor, None)


OF_BEFORE = letters.compile(r"\bof\s+(?:the\s+)?\Z")
"""Where the first capitalised word after it is a body's, not a name's ("of the Senedd")."""
DESCRIPTION = letters.compile(
    r"(?i:the)\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?P<head>[a-z0-9][\w-]*|[A-Z][a-z]+)(?:\s+of\s+[\w-]+)?"
)
"""A speaker described, not named: "the chief constable", "the 34-year-old", "the mother
of two", "the Vermont senator"; its head word is the last before "of"."""
PEOPLE_NOUNS = frozenset(
    "man woman mother father son daughter wife husband widow widower grandmother"
    " grandfather boy girl teenager doctor driver worker victim survivor witness climber"
    " skier".split()
)
"""Nouns that describe a person, besides the nouns of roles and titles ("the mother of
two", "the driver"; "the farmer" is a role noun already)."""


def _a_person_noun(noun: str) -> bool:
    """Whether "the <noun>" describes a person: a role, a title, a person's noun, an age."""
    return (
        noun.lower() in ROLE_NOUNS | TITLES | PEOPLE_NOUNS
        or bool(re.fullmatch(r"\d+-year-old", noun))
        or epithet(noun.capitalize())  # "the Republican said", "the Scot said"
    )


NICKNAMED = letters.compile(
    r"\b(?P<first>[A-Z][\w'’-]+)\s+[“\"‘'](?P<nick>[A-Z][\w'’-]+)[”\"’']\s+(?P<surname>[A-Z][\w'’-]+)"
)
"""A name with a nickname in quotation marks: `Dolores "Lola" Trujillo` is Dolores Trujillo."""
ROLE_END = letters.compile(r"[,;:]|\.(?:\s|$)")
"""Where a description after a name ends."""
RUN_IN_ROLE = letters.compile(
    r"(?:^|[,;:.]\s+|\b(?:and|but|as|said|says|by)\s+)(?P<role>(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:[a-z-]+|[A-Z][a-z]+))\Z"
)
"""The words of a role run into the name after them, from the sentence's start or its last
comma: "Sheep farmer (Dafydd ap Rhys)", "Headteacher (Ana Ruiz)"."""
DESCRIBED_BEFORE = letters.compile(
    r"\s*(?:[Tt]he|an?|An?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w'’.-]*[’']s)"
    r"(?:\s+[^\s“”\",]+){1,8},"
)
"""A description before a name, from its own comma: "The new harbour master of Kell, …"."""
DESCRIBED_AFTER = letters.compile(
    r"\s*,\s+(?:(?:a|an|the|his|her|their|[A-Z][\w'’.-]*[’']s)\s+(?:[\w'’-]+\s+){0,3}?[a-z]"
    r"|(?!(?:which|that|where|when|and|but|or|said|says)\b|[a-z]+ing\b)[a-z])"
)
"""A description after a name: "Zhang Xiuying, a retired teacher", "…, the port's chief",
"…, chairman of the board", "…, who leads the parents' group" (only a person is a "who")."""


def _presented(found: re.Match[str], named: Named) -> bool:
    """Whether the article presents a name as a person's: with a title or role before it
    ("President Xi Jinping", "the chairman Ahmad bin Yusof"), or a description after it;
    not "Trump Tower" or "Boston Red Sox", whose first word is nobody's name."""
    before = found.string[max(0, found.start() - 40) : found.start()].split()
    role = before[-1].rstrip(".,").lower() if before else ""
    return bool(
        named.role
        or role in TITLES | ROLE_NOUNS
        or DESCRIBED_AFTER.match(found.string, found.end())
    )


def _title_case(sentence: str) -> bool:
    """Whether a sentence is a headline in title case, whose capitals name nobody."""
    words = sentence.split()
    return len(words) > 3 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)


def _role_around(found: re.Match[str], named: Named) -> str:
    """The words that describe a person where the article names them: a title or role in
    the name ("Chief Constable Ana Ruiz"), the words back to the comma before it ("The new
    chief constable of Westmarch, Ana Ruiz,"), or the description after it ("Ana Ruiz,
    34, a nurse,")."""
    text = found.string
    before = text[: found.start()].rstrip()
    before = re.sub(r"\s+[A-Z][a-z]{1,4}\.$", "", before)  # "its chair, Rep. Ana Ruiz": the title
    lead = before[before.rfind(",", 0, len(before) - 1) + 1 :] if before.endswith(",") else ""
    lead = lead.rsplit(" and ", 1)[-1]  # "… heard from X and the trust's chair, Colin Marsh"
    # "with its chair, X,", "clashing with the harbour master, Y,": the description alone
    lead = re.sub(
        r"^.*?\b(?:with|by|from|for|to|including)\s+(?=(?:the|a|an|its|his|her|their)\s)",
        " ",
        lead,
    )
    lead = lead if DESCRIBED_BEFORE.fullmatch(lead) else ""  # not "said the ministry,"
    run_in = RUN_IN_ROLE.search(before) if not lead else None
    if run_in and _a_person_noun(run_in["role"].split()[-1]):
        lead = run_in["role"]  # "Sheep farmer Dafydd ap Rhys", "Headteacher Ana Ruiz"
    after = DESCRIBED_AFTER.match(text, found.end()) or letters.compile(r",\s+\d+,").match(
        text, found.end()
    )
    stop = ROLE_END.search(text, after.end()) if after else None
    tail = text[found.end() : stop.start() if stop else len(text)] if after else ""
    return " ".join(part for part in (named.role, lead, tail) if part).strip(" ,")


VERB_NEXT = letters.compile(rf"(?:{MAYBE_VERB}|also|then|later)\b")
"""A verb after a description (or a word before its verb): where the description ends."""
TITLE_WORDS = {
    **{title.casefold(): (office.casefold(),) for title, office in OFFICES.items()},
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "det": ("detective",),
    "amb": ("ambassador",),
    "dr": ("doctor",),
    "rev": ("reverend",),
}
"""The words an abbreviated title is written out in when the article describes the person
again ("Sen. Ana Ruiz" … "the senator")."""
NAMED_WITH = letters.compile(r"(?P<title>\b[A-Z][a-z]{1,4})\.?\s+\Z")
"""An abbreviated title just before a name."""
TITLED_WITH = letters.compile(r"(?:\b(?:[A-Z][\w'’-]*|former|then|acting|deputy|of|the)\s+){1,6}\Z")
"""A title run into a name, written out: "former Secretary of State Evelyn Marchbanks"."""
NAMED_FROM = letters.compile(
    r"\s+of\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)|,\s+(?P<age>\d{1,3}),"
)
"""Where a person is from ("Sen. Marnie Kessler of Oregon") or their age ("Harold Beaumont,
81,"), right after the name."""


def _describing(found: re.Match[str], role: str) -> set[str]:
    """Each word a later description of the person named at `found` may use: their role's,
    their title's written out, their state's or town's, their age as "81-year-old"."""
    text = found.string
    words = set(re.findall(r"[\w-]+", role.casefold()))
    if before := TITLED_WITH.search(text, 0, found.start()):
        words.update(re.findall(r"[\w-]+", before[0].casefold()))
    for title in [*found[0].split()[:1], (NAMED_WITH.search(text, 0, found.start()) or [""])[0]]:
        words.update(TITLE_WORDS.get(title.strip().rstrip(".").casefold(), ()))
    if after := NAMED_FROM.match(text, found.end()):
        if after["place"]:
            words.update(after["place"].casefold().split())
        else:
            words.add(f"{after['age']}-year-old")
    return words


def _remembered(actors: list[str], named: list[str]) -> list[str]:
    """`actors` (the last named last) after `named` were named: each actor once, so that
    the list stays as short as the explainer's list of actors."""
    if not named:
        return actors
    return [a for a in actors if a not in named] + list(dict.fromkeys(named))
