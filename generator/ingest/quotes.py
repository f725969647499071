"""Every direct quotation in an article, with its speaker when a sentence names one.

The rules are news conventions, tried in order on the quotation's sentence:

1. `"…," said X` / `"…," said X, the role.`   (verb, then the speaker; "Sen." and "P."
   do not end the name)
2. `"…," X said` / `"…," X, a Democrat from New York, said` / `"…?" X asked.` (the
   attribution may be the next sentence when the quotation ends its own)
3. `X said (on Thursday) that … "…"`   (the speaker before the verb, before the quote:
   "The navy said in a statement that Ruiz … "…"" is the navy's statement)
4. `… according to X`
5. `he said`, `the official said`, `the statement said`: an actor the description fits
   that the article named last, or else the speaker named last before (in this
   paragraph or the one before; a sentence without a quotation that names who speaks,
   "X said that…", "according to X", "…, X said.", names one too);
6. no speaker in the sentence: the speaker of the quotation just before in the same
   paragraph (a quotation that runs on), or of the paragraph before when this paragraph
   is all quotation (a quotation over several paragraphs opens each one and closes only
   in the last).

Beyond these (issue #27): a party and state in brackets are blanked ("Sen. Ann Lee
(D-Md.) said"); an apposition may run over several commas ("Ana Ruiz, 41, of Tulsa,
Okla., who voted early, said") and follow an opening phrase ("In an interview, Tom Hale,
chair of the board, said"); "Said X, "…"" and "as X said" name X; an attribution that
ends the sentence ("…" and the count went on, Ruiz said.) is that of its quotations; of
two verbs of speech before a quotation, the one in its clause ("While not all Hale says
is true, Ruiz said Hale is "…""); with no verb of speech, a sentence whose subject is a
name ("Hale took the stage and called the plan "…"") gives that name, unless the
quotation is a title; and a paragraph that opens with a quotation and names nobody is
the words of whom a sentence of the two paragraphs before was about, since the last
quotation ("Stated Patel:", "Hale continued his attack.").

Third pass: a role in lowercase before a subject's name ("Republican presidential
candidate Ana Ruiz called it "…""); a sentence ending in a colon introduces the quotation
that follows ("Ruiz, 17, echoed:"); a name set before the quotation with a colon, as a
transcript or a digest sets it ("Sen. Ann Lee (D-Md.): "…""); a quotation after an
attribution in its paragraph ("Ruiz said in a statement. "…""); "…, and then Ruiz said",
"But Ruiz added", "she further said": the conjunction or adverb is no part of the
speaker; a dash sets a clause apart as a comma does; a clause with "is" or "was" names
nobody; "…" if it rains, said Ruiz, a clerk." ends the sentence verb first; "Capt." and
"Prof." end no sentence; a title where a programme or a book is named ("said on MSNBC's
"Morning Joe."") and a number or a handle are terms whoever speaks.

The speech verbs are those of news writing beyond "said" ("quipped", "wrote", "added",
"told", "warned", "insisted"…). A speaker named by surname only ("Onwurah said") is the
person named in full before. A quoted term or title ("the so-called "deal of the
century"", "Orange Is the New Black", a hashtag) is kept with `kind: term`, no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .actors import ActorIndex, Proposed, named_in, who_is

VERB = (
    r"(?:said|says|say|told|tells|added|adds|warned|warns|stated|states|insisted|insists"
    r"|declared|declares|explained|explains|noted|notes|asked|asks|wrote|writes|argued|argues"
    r"|stressed|stresses|accused|demanded|urged|urges|complained|alleged|quipped|joked|tweeted"
    r"|continued|continues|recalled|recalls|responded|replied|countered|admitted|acknowledged"
    r"|conceded|predicted|predicts|announced|cautioned|contended|maintained|claimed|claims"
    r"|suggested|suggests|asserted|boasted|charged|vowed|promised|pledged|emphasi[sz]ed"
    r"|observed|remarked|concluded|posted|told reporters|went on|pointed out|shouted|yelled"
    r"|exclaimed|wondered|mused|testified|agreed|reiterated|lamented|scoffed|retorted|pressed|interjected|added"
    r"|answered|answers|fumed|opined|assured|echoed|snapped|barked|proclaimed|bragged|boasts"
    r"|thundered|reported|reports|recounted|reflected|chimed in|shot back|texted"
    r"|emailed|laughed|cracked|teased|pleaded|hinted|griped|raged|ranted|remembered|reacted"
    r"|reads)"
)
QUOTE = re.compile(r"[“\"]([^“”\"]+)[”\"]|[“\"]([^“”\"]+)$")
"""A quotation, or one opened that the paragraph does not close (it goes on in the next)."""
ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Gen|Adm|Mr|Mrs|Ms|Dr|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|No|Jan|Feb|Aug|Sept?|Oct|Nov"
    r"|Dec|Inc|Corp|Co|Capt|Maj|Sgt|Cpl|Pvt|Cmdr|Prof|Rev|Fr|Msgr|Atty|Supt|Det|Sens|Reps|Govs"
    r"|Ft|Mt)\.)$"
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])([”\"’]?)\s+(?=[“\"A-Z])")
PRONOUNS = re.compile(
    r"^(?:he|she|they|it|one of (?:the|them)\b.*"
    r"|the (?:official|officials|statement|spokes\w+|minister|ministry|embassy|source)s?)$",
    re.I,
)

SPAN = 1000
"""The most characters before and after a quotation that its attribution is read in: a
sentence of news is shorter, and a pathological one is not read again for each quote."""
WHO = 150
"""The most characters of the words naming a speaker that a pattern reads (ten words
are accepted): a pattern never scans unbounded text from each place it starts."""
ABBREVIATED = (
    "Sen", "Rep", "Gov", "Gen", "Dr", "Mr", "Mrs", "Ms", "Lt", "Col", "Sgt", "Adm", "Jr",
    "St", "Prof", "Rev", "Maj", "Capt", "Atty", "Sr",
)  # fmt: skip
TITLE_DOT = "(?:(?<=\\b[A-Z])|" + "|".join(rf"(?<=\b{t})" for t in ABBREVIATED) + r")\.(?=\s)"
"""The full stop of "Sen." or of an initial ("Robert P. Casey"): it ends no name."""
NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in ABBREVIATED)
PHRASE = rf"(?:[^,.;“”\"]|\.(?=[A-Za-z])|(?<=\.[A-Z])\.|{TITLE_DOT}){{1,{WHO}}}?"
END = rf"\s*(?:[,;]|(?<!\.[A-Z])(?<![A-Z]){NOT_AFTER_TITLE}\.(?:\s|$)|[!?]|$)"
AFTER_VERB_FIRST = re.compile(
    rf"^[,.!?]?\s*{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+(?:a|an|the|his|her|its|[A-Z][\w'’.-]*[’']s?)\s[^,;“”\"]{{1,{WHO}}}?)?{END}"
)
AFTER_SPEAKER_FIRST = re.compile(
    rf"^[,.!?]?\s*(?P<who>{PHRASE})(?P<role>(?:,[^,“”\"]{{1,{WHO}}}){{1,5}},)?\s+{VERB}\b"
)
"""`"…," Ana Ruiz, 30, of Tulsa, Okla., who voted for him, said`: an apposition may run
over several commas."""
TAIL_SPEAKER_FIRST = re.compile(rf",\s+(?P<who>{PHRASE})\s+{VERB}\b[^,;“”\"]{{0,{WHO}}}$")
"""`"…" and donations rose, Ruiz said.`: an attribution that ends the sentence is that of
every quotation in it."""
TAIL_RULE = "“…” …, said X."
TAIL_VERB_FIRST = re.compile(
    rf",\s+{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+(?:a|an|the|his|her|its|[A-Z][\w'’.-]*[’']s?)\s[^,;“”\"]{{1,{WHO}}}?)?{END}"
)
"""`"…" if she loses, said Ana Ruiz, a pollster.`: the same, the verb first."""
DASH = r"\s*—\s*|\s–\s|\s--?\s"
"""A dash sets a clause apart as a comma does: "… with a formal speech -- Ruiz told …"."""
BEFORE = re.compile(rf"(?:^|[,;]\s+)(?P<who>[^,;“”\"]{{1,{WHO}}}?)\s+{VERB}\b[^“”\"]*$")
NEAREST = re.compile(
    rf"(?:^|[,;]\s+|{DASH}|(?<=[“”\"])\s+(?:and\s+|but\s+|while\s+)?)"
    rf"(?P<who>(?:(?!{DASH})[^,;“”\"]){{1,{WHO}}}?)\s+{VERB}\b[^,;“”\"]*[,:]?\s*$"
)
"""`While not all Lee says is true, Ruiz said Lee is "…"`: of two speakers in a sentence,
the one whose verb is nearest the quotation (in the same clause) is its speaker."""
ACCORDING = re.compile(rf"(?i:according to) (?P<who>{PHRASE}){END}")
APPOSITION = re.compile(
    rf"(?:^|[.;]\s+|^[^,;“”\"]{{1,60}},\s+)"
    rf"(?P<who>[A-Z][\w'’.-]{{0,40}}(?:\s+[A-Z][\w'’.-]{{0,40}}){{0,9}})\s*,"
    rf"\s+(?P<role>(?:the|a|an|its|his|her|[a-z]+|[A-Z][\w'’.-]*[’']s?)\b[^“”\"]{{0,{WHO}}}?),"
    rf"\s+{VERB}\b"
)
"""`Emil Varga, the commission's chair, said`: the speaker is the name, not the role."""
ATTRIBUTION = re.compile(rf"(?:^|,\s+)(?P<who>[^,;“”\"]{{1,{WHO}}}?)\s+{VERB}\b[^,;“”\"]*\.?$")
"""A sentence with no quotation that ends by naming who said it ("…, one of the
officials said."): the speaker a following "he said" means."""
SAYING = re.compile(
    r"(?:^|,\s+)(?P<who>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|[A-Z]\.))*)"
    r"(?:\s+(?:then|also|later|again|now|\w+ly))?\s+(?!of\b|and\b|in\b|to\b)[a-z]+(?:ed|s|t)\b"
    r"[^“”\"]*,\s+(?:saying|adding|telling|writing|noting|arguing|calling|asking|insisting"
    r"|warning|declaring|explaining|tweeting)\b[^“”\"]*$"
)
"""`Sanders stepped up his emphasis …, saying, "…"`: the quotation is the subject's."""
ROLE_WORD = (
    r"(?:presidential|candidate|nominee|front-?runner|hopeful|rival|contender|challenger"
    r"|incumbent|secretary|spokes(?:man|woman|person)|advis[eo]r|aide|strategist|pollster"
    r"|chair(?:man|woman)?|leader|senator|governor|lawmaker|delegate|director|manager"
    r"|commentator|host|anchor|analyst|former|campaign|party|press|senior|top|deputy|chief"
    r"|executive|star|author|columnist|reporter|attorney|lawyer|mogul|businessman"
    r"|billionaire|minister|mayor|president|vice|general|state|national|political"
    r"|conservative|liberal|progressive|activist|founder|economist|professor|historian)"
)
"""Lowercase words of a role set before a name ("Republican presidential candidate Ana
Ruiz", "former secretary of state Tom Hale")."""
SUBJECT_RULE = "X [did something] … “…”: the subject"
SUBJECT = re.compile(
    r"^(?:[^,;“”\"]{1,100},\s+)?"
    rf"(?P<who>(?:[A-Z][\w'’.-]*\s+|[a-z][\w-]*\s+(?=[A-Z])|{ROLE_WORD}\s+(?:of\s+)?){{0,6}}"
    r"[A-Z][\w'’.-]*[a-z][\w'’.-]*"
    r"|[Hh]e|[Ss]he)"
    rf"(?P<role>\s*(?:,[^,“”\"]{{1,{WHO}}}){{1,3}},)?\s+(?:\w+ly\s+|also\s+|then\s+|again\s+)?"
    r"(?!(?:and|or|of|in|on|at|to|for|from|with|by)\b|(?:is|was|are|were)\b(?!\s+\w+ing\b))"
    r"[a-z]{2,}\b"
)
"""`Lee took the stage and called the system "rotten"`: with no verb of speech, a quotation
in a sentence whose subject is a name is that person's words."""
HELPING = re.compile(
    r"(?:\s+(?:also|further|then|later|again|once|previously|earlier|has|have|had|would"
    r"|will|[a-z]+ly))+\s*$"
)
"""Words between the speaker and the verb of speech ("She further said", "Hale has also
noted"): no part of who speaks."""
JOINED = re.compile(r"^(?i:and|but|so|yet|then)\s+(?:then\s+|now\s+|later\s+)?(?=[A-Z])")
"""`The crowd cheered, and then Ruiz continued: "…"`: a name after "and" is the speaker
("…, and urged…" names nobody)."""
CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|been|being)\b")
"""Words of a clause, not of who speaks: "… O'Malley's move was first reported by…"."""
AS = re.compile(r"^(?:(?:and|but|so|yet)\s+)?as\s+(?=[A-Z])", re.I)
"""`"…," as Ruiz said on Monday` / `As the Post reported, "…"`: "as" introduces the speaker."""
INVERTED = re.compile(
    rf"^(?:(?:But|And|Or|So),?\s+)?(?i:{VERB})\s+(?P<who>{PHRASE})"
    rf"(?P<role>,[^“”\"]{{1,{WHO}}}?)?[,:]\s*$"
)
"""`Said Ana Ruiz, who grew up there, "…"` / `Stated Ruiz:`: the verb first, then the speaker."""
LABEL = re.compile(
    r"^(?:[^“”\"]{0,100}?\s[-–—]\s+)?"
    rf"(?P<who>(?:(?:[A-Z][\w'’.-]*|{ROLE_WORD}|of|and)\s+){{0,8}}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    r"\s*:\s*$"
)
"""`Sen. Ann Lee (D-Md.): "…"`, `POLLS DIVERGE - Tom Hale: "…"`: a name set before the
quotation with a colon, as a transcript or a digest sets it, is the speaker."""
NO_SUBJECT = re.compile(
    r"(?i:and|but|or|then|yet|while|when|who|which|that|because|as|if|although|so|after"
    r"|before|since|where)\b"
)
"""Words that begin a clause, not a name: "…, and urged…" says nothing of who urged."""
NOT_A_NAME = re.compile(
    r"(?:The|A|An|It|It[’']s|In|On|At|Another|This|That|These|Those|There|Some|His|Her|Their"
    r"|Its|Our|My|Your|One|Many|Most|All|Both|Each|Every|No|Such|What|When|If|But|And|As"
    r"|After|Before|For|With|From|By|During|Still|Even|Now|Then|Yet|So|Here|Why|How)\b"
)
"""A subject that begins so is a description, not a name ("The candidate herself")."""
REPORTED = re.compile(
    rf"^(?P<who>[A-Z][^,;“”\"]{{0,{WHO}}}?)(?P<role>,[^,“”\"]{{1,{WHO}}},)?\s+{VERB}\b"
)
"""A sentence that begins "X said (that)…": reported speech; X is who "he" is next."""
TERM = re.compile(
    r"(?:\b(?:called|dubbed|named|titled|entitled|so-called|known as|nicknamed|labell?ed"
    r"|branded|the words?|the phrase|the term|the slogan|the hashtag|headlined|the title)"
    r"\s*[,:]?\s*)$",
    re.I,
)
"""Words before a quotation that make it a term or a title, not anyone's words."""
NAMES = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}\b")
"""A full name in running text ("Chi Onwurah"): what a surname alone refers back to."""


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


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences (not split after "U.S." or "Gen.")."""
    pieces: list[list[str]] = []  # each sentence's parts, joined once at the end
    for piece in SENTENCE_BREAK.split(paragraph):
        if pieces and piece in ("", "”", '"', "’"):
            pieces[-1].append(piece)
        elif pieces and ABBREVIATION.search(_tail(pieces[-1])):
            pieces[-1] += [" ", piece]
        else:
            pieces.append([piece])
    return [s for s in ("".join(parts).strip() for parts in pieces) if s]


def _tail(parts: list[str], size: int = 40) -> str:
    """The last `size` characters of a sentence in parts: enough to end in "Gen."."""
    tail = ""
    for part in reversed(parts):
        tail = part + tail
        if len(tail) >= size:
            break
    return tail[-size:]


def speaker_of(sentence: str, start: int, end: int, following: str = "") -> tuple[str | None, str]:
    """The words naming who said the quotation at sentence[start:end], and the rule;
    `following` is the next sentence, read when the quotation ends its own."""
    if start > SPAN:  # a sentence longer than news writes: only the words near the quote
        sentence, start, end = sentence[start - SPAN :], SPAN, end - start + SPAN
    sentence, following = _unbracketed(sentence[: end + SPAN]), _unbracketed(following[:SPAN])
    after, before = sentence[end:], sentence[:start]
    if not after.strip(" ,.!?—–-") and following and not re.search(r"[“”\"]", following):
        after = " " + following
    for rule, pattern, text, at in (
        ("“…,” said X", AFTER_VERB_FIRST, after, 0),
        ("“…,” X said", AFTER_SPEAKER_FIRST, after, 0),
        ("X, the role, said … “…”", APPOSITION, before, 0),
        ("Said X, “…”", INVERTED, before, 0),
        ("X: “…”", LABEL, before, 0),
        # BEFORE's match holds no quotation mark: it starts after the last one.
        ("X said … “…”", NEAREST, before, _after_last(before, '“”"')),
        ("X said … “…”", BEFORE, before, _after_last(before, '“”"')),
        ("according to X", ACCORDING, sentence, 0),
        ("“…” …, X said.", TAIL_SPEAKER_FIRST, after, _after_last(after, '“”"')),
        (TAIL_RULE, TAIL_VERB_FIRST, after, _after_last(after, '“”"')),
        ("X …, saying “…”", SAYING, before, 0),
        (SUBJECT_RULE, SUBJECT, before, 0),
    ):
        match = pattern.search(text, at)
        who = AS.sub("", HELPING.sub("", match["who"])) if match else ""
        if text is before:  # "…, and then Ruiz said "…"", not ""…" and Ruiz said"
            who = JOINED.sub("", who)
        if not match or not 0 < len(who.split()) <= 10 or NO_SUBJECT.match(who):
            continue
        if CLAUSE_VERB.search(who):  # "The Buckeye State is one of 45 states that…"
            continue
        if pattern is SUBJECT and NOT_A_NAME.match(who):
            continue  # "The candidate herself took to the airwaves…": no name
        role = (match.groupdict().get("role") or "").strip(" ,")
        return " ".join((who + (f", {role}" if role else "")).split()), rule
    return None, "no speaker in the sentence"


BRACKETED = re.compile(r"\([^()“”\"]{1,40}\)")


def _unbracketed(text: str) -> str:
    """The text with each short parenthesis blanked, at the same length: "Sen. Ann Lee
    (D-Md.) said" names Ann Lee, and the affiliation's full stop ends no sentence."""
    if "(" not in text:
        return text
    return BRACKETED.sub(lambda m: " " * len(m[0]), text)


def is_term(text: str, before: str, after: str) -> bool:
    """A quoted term or title rather than someone's words: introduced as one ("so-called",
    "titled"), a handle, an address or a number, or a few words in title case that no
    sentence attributes to anyone."""
    words = text.split()
    if TERM.search(before[-40:]) and len(words) <= 8:
        return True
    if re.search(r"^[@#]|=|https?:|www\.", text) or no_words(text):
        return True
    short = len(words) <= 3 and not re.search(r"[.!?,]$", text)
    return _in_title_case(text) or (
        short and not re.match(r"^[,.]?\s*(?:\w+\s+){0,4}" + VERB, after)
    )


def no_words(text: str) -> bool:
    """A handle, an address or a number: nobody's words, whoever the sentence names."""
    return bool(re.fullmatch(r"[@#]\S+|(?:https?://|www\.)\S+|[\d\W]+", text.strip()))


def is_title(text: str, before: str) -> bool:
    """A title in title case where a programme, a book or a paper is named, whoever speaks
    in the sentence: "said on MSNBC's "Morning Joe."", "his book, "Crippled Nations,""."""
    return bool(WORK.search(before[-60:])) and _in_title_case(text)


def _in_title_case(text: str) -> bool:
    """A few words each capitalised but the small ones; American usage puts a full stop
    or comma inside the closing quotation mark: "The Apprentice." is a title too."""
    words = text.split()
    small = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "with", "or", "is"}
    capitals = [w for w in words if w[:1].isupper() or not w[:1].isalpha() or w in small]
    return len(words) <= 7 and len(capitals) == len(words) and not re.search(r"[!?]$|\.\.$", text)


WORK = re.compile(
    r"(?:\b(?:on|in)\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*)?[’']s\s+)?"
    r"|\b(?:book|film|movie|show|programme|program|song|album|column|op-ed|essay|memoir"
    r"|novel|documentary|series|podcast|headline)\s*,?\s*)$"
)
"""Where a work is named: after "on" or "in" (and a network's name), or after the kind
of work it is."""


def _after_last(text: str, marks: str) -> int:
    """Where the text after the last of `marks` starts (0 if none is in it): a pattern
    whose match holds none of them is searched from there, so that it never scans the
    rest of the text again from every place it could start."""
    return max(text.rfind(mark) for mark in marks) + 1


def find_quotes(
    paragraphs: list[str], index: ActorIndex
) -> tuple[list[Quote], list[Proposed], list[str]]:
    """Every quotation, in order; the new actors proposed for the people and bodies whose
    words the article gives; and the explainer's actors that speak in it."""
    reader = _Reader(index)
    for number, paragraph in enumerate(paragraphs, 1):
        reader.paragraph(number, paragraph)
    return reader.found, list(reader.proposed.values()), list(reader.spoke)


class _Reader:
    """What a reader keeps in mind: who was named, who spoke, and who spoke last."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.found: list[Quote] = []
        self.proposed: dict[str, Proposed] = {}
        self.recent: list[str] = []  # actors named so far, last = most recent
        self.speakers: list[str] = []  # actors who spoke: "the official" is one of them first
        self.spoke: dict[str, None] = {}  # the same, in the order they first spoke
        self.people: dict[str, str] = {}  # a surname -> the full name it was last part of
        self.last: Quote | None = None
        self.open: Quote | None = None  # a quotation the paragraph before left open
        self.lead: tuple[int, str] | None = None  # who a sentence since the last quote is about

    def paragraph(self, number: int, text: str) -> None:
        spans = _spans(text)
        ends = [e for _, e in spans]
        quotes = list(QUOTE.finditer(text))  # over the paragraph: a quotation may run on
        starts = [q.start() for q in quotes]
        carried, self.open = self.open, None
        for _i, (start, end) in enumerate(spans):
            sentence = text[start:end]
            self.learn(sentence)
            first, past = bisect_left(starts, start), bisect_left(starts, end)
            inside = quotes[first:past]
            running = first > 0 and quotes[first - 1].end() > start  # a quotation runs on
            if not inside and not running:
                self.attribution(number, sentence)
                self.lead = (
                    _introducing(sentence, number) or _subject(sentence, number) or self.lead
                )
            for q in inside:
                at = bisect_left(ends, q.end())  # the sentence the quotation closes in
                close = ends[at] if at < len(spans) and spans[at][0] < q.end() else end
                following = text[spans[at + 1][0] : spans[at + 1][1]] if at + 1 < len(spans) else ""
                words = (q[1] or q[2]).strip().removesuffix(",").rstrip()
                whole = q.start() == 0 and (q.end() >= len(text.rstrip()) - 1 or not q[1])
                self.quote(
                    number,
                    words,
                    text[start:close],
                    (q.start() - start, q.end() - start),
                    q.start(),
                    following,
                    carried if whole or q.start() == 0 else None,
                )
                if q[2] is not None:
                    self.open = self.found[-1]  # it goes on in the next paragraph
            self.recent = _remembered(self.recent, named_in(sentence, self.index))

    def learn(self, sentence: str) -> None:
        """Full names in the sentence: a surname alone refers to the last of them."""
        for name in NAMES.findall(sentence):
            words = name.split()
            if words[0] not in ("The", "A", "An", "In", "On", "But", "And", "At", "For"):
                self.people[words[-1].rstrip("’'s").casefold()] = name

    def full(self, name: str) -> str:
        """ "Onwurah" -> "Chi Onwurah" when the article named her so before."""
        if " " in name:
            return name
        return self.people.get(name.casefold(), name)

    def attribution(self, number: int, sentence: str) -> None:
        """A sentence without a quotation that names who speaks ("…, X said.", "X said
        that…", "according to X"): X is who "he" is next, and an actor to propose."""
        # ATTRIBUTION's match holds none of `,;“"` but the ',' it starts with, if any.
        last = _after_last(sentence, ',;“”"') - 1
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
        speaker, role = _name_then_role(said["who"].strip(), (said.groupdict().get("role") or ""))
        who = speaker + (f", {role}" if role else "")
        if self.last and self.last.text and self.last.paragraph == number and self.last.who == who:
            return  # the attribution of the quotation just before ("…?" X asked.)
        if not PRONOUNS.match(who) and not who_is(who):
            return  # "The decision was made on Sunday, it said" names nobody new
        actor, name = self.resolve(who, number)
        self.last = Quote(number, "", who, actor, "attribution", sentence, name=name)
        self.heard(actor)

    def resolve(self, who: str, number: int) -> tuple[str | None, str | None]:
        """The explainer's actor and the name of whoever `who` names: "he" is the speaker
        named last; an unknown person or body is proposed as a new actor."""
        last = self.last if self.last and self.last.paragraph >= number - 2 else None
        if PRONOUNS.match(who):
            actor = self.described(who)
            if actor is None and last:
                return last.actor, last.name
            return actor, last.name if last and last.actor == actor else None
        named = who_is(who)
        name = self.full(named.name) if named and named.kind == "person" else None
        actor = self.index.match(who, self.recent) or (
            self.index.match(name, self.recent) if name else None
        )
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

    def propose(self, new: Proposed, number: int) -> None:
        """A new actor, or one more paragraph (and a role, if it had none) for one."""
        old = self.proposed.get(new.name)
        if old is None:
            self.proposed[new.name] = replace(new, paragraphs=(number,))
        else:
            paragraphs = tuple(sorted({*old.paragraphs, number}))
            self.proposed[new.name] = replace(old, role=old.role or new.role, paragraphs=paragraphs)

    def quote(
        self,
        number: int,
        text: str,
        sentence: str,
        where: tuple[int, int],
        at: int,
        following: str,
        carried: Quote | None,
    ) -> None:
        start, end = where
        who, rule = speaker_of(sentence, start, end, following)
        actor = name = None
        last = self.last
        kind = "quote"
        if (
            (
                (who is None or rule in (SUBJECT_RULE, TAIL_RULE))
                and is_term(text, sentence[:start], sentence[end:])
            )
            or is_title(text, sentence[:start])
            or no_words(text)
        ):
            who = None
            kind, rule = "term", "a quoted term or title"
        elif who is None and carried is not None and carried.who:
            who, actor, name = carried.who, carried.actor, carried.name
            rule = "a quotation over paragraphs, as the paragraph before"
        elif who is None and at == 0 and self.lead and self.lead[0] >= number - 2:
            who, rule = self.lead[1], "a quotation paragraph after one about its speaker"
            actor, name = self.resolve(who, number)
        elif (
            who is None
            and last
            and (last.text or last.paragraph == number)
            and last.paragraph >= number - (1 if at == 0 else 0)
        ):
            who, actor, name, rule = (
                last.who,
                last.actor,
                last.name,
                "runs on from the quotation before",
            )
        elif who:
            actor, name = self.resolve(who, number)
            if PRONOUNS.match(who) and last and actor == last.actor:
                rule += f"; “{who}” is the speaker named before"
        if carried is not None and not carried.who and who:  # named at the end: both are theirs
            carried.who, carried.actor, carried.name = who, actor, name
        self.found.append(Quote(number, text, who, actor, rule, sentence, at, name, kind))
        if who:
            self.last, self.lead = self.found[-1], None
            if name in self.proposed:
                self.propose(self.proposed[name], number)
        self.heard(actor)

    def described(self, who: str) -> str | None:
        return self.index.by_meaning(who, self.speakers) or self.index.by_meaning(who, self.recent)

    def heard(self, actor: str | None) -> None:
        if actor:
            self.recent = _remembered(self.recent, [actor])
            self.speakers = _remembered(self.speakers, [actor])
            self.spoke.setdefault(actor, None)


def _name_then_role(who: str, role: str) -> tuple[str, str]:
    """ "The mayor of Corvina, Petra Holm, said": the name between the commas is the
    speaker, and the description before it its role (as in "Petra Holm, the mayor of
    Corvina, said")."""
    role = role.strip(" ,")
    if role and _is_name(role) and not _is_name(who):
        # The sentence's capital: "The mayor" is "the mayor" once it follows the name.
        described = re.sub(r"^(The|A|An)\b", lambda m: m[1].lower(), who)
        return role, described
    return who, role


def _is_name(text: str) -> bool:
    """A proper name: every word capitalised, none an article ("Petra Holm", "Rep. Ann Lee")."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and words[0] not in ("The", "A", "An")
    )


def _introducing(sentence: str, number: int) -> tuple[int, str] | None:
    """Who a sentence that ends in a colon introduces ("Lee, 17, echoed:", "As the Post's
    Ana Ruiz reported after the vote:"): the quotation that follows is theirs."""
    if not sentence.rstrip().endswith(":"):
        return None
    who, _ = speaker_of(sentence + " “…”", len(sentence) + 1, len(sentence) + 4)
    return (number, who) if who else None


def _subject(sentence: str, number: int) -> tuple[int, str] | None:
    """Who a sentence without a quotation is about: its subject when that is a name ("Ruiz
    continued her attack.", "Lee echoed:"), or the speaker of "Said Lee:"."""
    match = SUBJECT.match(sentence) or INVERTED.match(sentence)
    if match is None or NO_SUBJECT.match(match["who"]) or NOT_A_NAME.match(match["who"]):
        return None
    return number, match["who"]


def _remembered(actors: list[str], named: list[str]) -> list[str]:
    """`actors` (the last named last) after `named` were named: each actor once, so that
    the list stays as short as the explainer's list of actors."""
    if not named:
        return actors
    return [a for a in actors if a not in named] + list(dict.fromkeys(named))


def _spans(paragraph: str) -> list[tuple[int, int]]:
    """Where each sentence of the paragraph starts and ends."""
    spans, at = [], 0
    for sentence in sentences(paragraph):
        start = paragraph.find(sentence, at)
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return spans
