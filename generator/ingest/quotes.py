"""Every direct quotation in an article, with its speaker when a sentence names one.

The rules are news conventions, tried in order on the quotation's sentence:

1. `"…," said X`                       (verb, then the speaker)
2. `"…," X said` / `"…," X told reporters`
3. `X said (on Thursday) that … "…"`   (the speaker before the verb, before the quote:
   "The navy said in a statement that Ruiz … "…"" is the navy's statement)
4. `… according to X`
5. `he said`, `the official said`, `the statement said`: an actor the description fits
   that the article named last, or else the speaker named last before (in this
   paragraph or the one before; a sentence without a quotation that ends "…, X said"
   names one too);
6. no speaker in the sentence: the speaker of the quotation just before in the same
   paragraph (a quotation that runs on).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .actors import ActorIndex, named_in, proposal

VERB = (
    r"(?:said|says|told|tells|added|adds|warned|stated|insisted|declared|explained|noted"
    r"|asked|wrote|argued|stressed|accused|demanded|urged|complained|alleged)"
)
QUOTE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Gen|Adm|Mr|Mrs|Ms|Dr|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Co)\.)$"
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])([”\"’]?)\s+(?=[“\"A-Z])")
PRONOUNS = re.compile(
    r"^(?:he|she|they|it|one of (?:the|them)\b.*"
    r"|the (?:official|officials|statement|spokes\w+|minister|ministry|embassy|source)s?)$",
    re.I,
)

WHO = 150
"""The most characters of the words naming a speaker that a pattern reads (ten words
are accepted): a pattern never scans unbounded text from each place it starts."""
PHRASE = rf"(?:[^,.;“\"]|\.(?=[A-Za-z])|(?<=\.[A-Z])\.){{1,{WHO}}}?"  # "U.S." does not end it
AFTER_VERB_FIRST = re.compile(
    rf"^[,.!?]?\s*{VERB}\s+(?P<who>{PHRASE})\s*(?:[,;]|(?<!\.[A-Z])\.(?:\s|$)|$)"
)
AFTER_SPEAKER_FIRST = re.compile(rf"^[,.!?]?\s*(?P<who>{PHRASE})\s+{VERB}\b")
BEFORE = re.compile(rf"(?:^|[,;]\s+)(?P<who>[^,;“\"]{{1,{WHO}}}?)\s+{VERB}\b[^“\"]*$")
ACCORDING = re.compile(rf"according to (?P<who>{PHRASE})\s*(?:[,;]|(?<!\.[A-Z])\.(?:\s|$)|$)", re.I)
APPOSITION = re.compile(
    rf"(?:^|[.;]\s+)(?P<who>[A-Z][\w'’.-]{{0,40}}(?:\s+[A-Z][\w'’.-]{{0,40}}){{0,9}}),"
    rf"\s+(?:the|a|an|its|his|her)\b[^,“\"]{{0,{WHO}}},\s+{VERB}\b"
)
"""`Emil Varga, the commission's chair, said`: the speaker is the name, not the role."""
ATTRIBUTION = re.compile(rf"(?:^|,\s+)(?P<who>[^,;“\"]{{1,{WHO}}}?)\s+{VERB}\b[^,;“\"]*\.?$")
"""A sentence with no quotation that ends by naming who said it ("…, one of the
officials said."): the speaker a following "he said" means."""


@dataclass
class Quote:
    paragraph: int
    text: str
    who: str | None  # the words naming the speaker
    actor: str | None  # the explainer's actor id, if matched
    rule: str  # which convention gave the speaker
    sentence: str


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


def speaker_of(sentence: str, start: int, end: int) -> tuple[str | None, str]:
    """The words naming who said the quotation at sentence[start:end], and the rule."""
    after, before = sentence[end:], sentence[:start]
    for rule, pattern, text, at in (
        ("“…,” said X", AFTER_VERB_FIRST, after, 0),
        ("“…,” X said", AFTER_SPEAKER_FIRST, after, 0),
        ("X, the role, said … “…”", APPOSITION, before, 0),
        # BEFORE's match holds no quotation mark: it starts after the last one.
        ("X said … “…”", BEFORE, before, _after_last(before, '“"')),
        ("according to X", ACCORDING, sentence, 0),
    ):
        match = pattern.search(text, at)
        if match and len(match["who"].split()) <= 10:
            return match["who"].strip(), rule
    return None, "no speaker in the sentence"


def _after_last(text: str, marks: str) -> int:
    """Where the text after the last of `marks` starts (0 if none is in it): a pattern
    whose match holds none of them is searched from there, so that it never scans the
    rest of the text again from every place it could start."""
    return max(text.rfind(mark) for mark in marks) + 1


def find_quotes(paragraphs: list[str], index: ActorIndex) -> tuple[list[Quote], list, list[str]]:
    """Every quotation, in order; the new actors proposed for unknown speakers; and the
    explainer's actors that speak in the article (named or described)."""
    reader = _Reader(index)
    for number, paragraph in enumerate(paragraphs, 1):
        reader.paragraph(number, paragraph)
    return reader.found, reader.proposed, list(reader.spoke)


class _Reader:
    """What a reader keeps in mind: who was named, who spoke, and who spoke last."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.found: list[Quote] = []
        self.proposed: list = []
        self.recent: list[str] = []  # actors named so far, last = most recent
        self.speakers: list[str] = []  # actors who spoke: "the official" is one of them first
        self.spoke: dict[str, None] = {}  # the same, in the order they first spoke
        self.last: Quote | None = None

    def paragraph(self, number: int, text: str) -> None:
        spans = _spans(text)
        ends = [e for _, e in spans]
        quotes = list(QUOTE.finditer(text))  # over the paragraph: a quotation may run on
        starts = [q.start() for q in quotes]
        for start, end in spans:
            sentence = text[start:end]
            first, past = bisect_left(starts, start), bisect_left(starts, end)
            inside = quotes[first:past]
            running = first > 0 and quotes[first - 1].end() > start  # a quotation runs on
            if not inside and not running:
                self.attribution(number, sentence)
            for q in inside:
                at = bisect_left(ends, q.end())  # the sentence the quotation closes in
                close = ends[at] if at < len(spans) and spans[at][0] < q.end() else end
                words = (
                    q[1].strip().removesuffix(",").rstrip()
                )  # "…," said X: the comma is the sentence's
                self.quote(number, words, text[start:close], q.start() - start, q.end() - start)
            self.recent = _remembered(self.recent, named_in(sentence, self.index))

    def attribution(self, number: int, sentence: str) -> None:
        """A sentence without a quotation that ends "…, X said": X is who "he" is next."""
        # ATTRIBUTION's match holds none of `,;“"` but the ',' it starts with, if any.
        last = _after_last(sentence, ',;“"') - 1
        said = APPOSITION.search(sentence) or (
            ATTRIBUTION.search(sentence, max(last, 0))
            if last < 0 or sentence[last] == ","
            else None
        )
        if not said:
            return
        who = said["who"].strip()
        actor = self.described(who) if PRONOUNS.match(who) else self.index.match(who, self.recent)
        if (
            actor is None
            and PRONOUNS.match(who)
            and self.last
            and self.last.paragraph >= number - 1
        ):
            actor = self.last.actor
        self.last = Quote(number, "", who, actor, "attribution", sentence)
        self.heard(actor)

    def quote(self, number: int, text: str, sentence: str, start: int, end: int) -> None:
        who, rule = speaker_of(sentence, start, end)
        actor = None
        last = self.last
        if who is None and last and last.paragraph == number and last.text:
            who, actor, rule = last.who, last.actor, "runs on from the quotation before"
        elif who and PRONOUNS.match(who):
            actor = self.described(who)
            if actor is None and last and last.paragraph >= number - 1:
                actor = last.actor
                rule += f"; “{who}” is the speaker named before"
        elif who:
            actor = self.index.match(who, self.recent)
            if actor is None and (new := proposal(who)):
                self.proposed.append(new)
        self.found.append(Quote(number, text, who, actor, rule, sentence))
        if who:
            self.last = self.found[-1]
        self.heard(actor)

    def described(self, who: str) -> str | None:
        return self.index.by_meaning(who, self.speakers) or self.index.by_meaning(who, self.recent)

    def heard(self, actor: str | None) -> None:
        if actor:
            self.recent = _remembered(self.recent, [actor])
            self.speakers = _remembered(self.speakers, [actor])
            self.spoke.setdefault(actor, None)


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
