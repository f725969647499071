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

PHRASE = r"(?:[^,.;“\"]|\.(?=[A-Za-z])|(?<=\.[A-Z])\.)+?"  # "U.S." does not end it
AFTER_VERB_FIRST = re.compile(
    rf"^[,.!?]?\s*{VERB}\s+(?P<who>{PHRASE})\s*(?:[,;]|(?<!\.[A-Z])\.(?:\s|$)|$)"
)
AFTER_SPEAKER_FIRST = re.compile(rf"^[,.!?]?\s*(?P<who>{PHRASE})\s+{VERB}\b")
BEFORE = re.compile(rf"(?:^|[,;]\s+)(?P<who>[^,;“\"]+?)\s+{VERB}\b[^“\"]*$")
ACCORDING = re.compile(rf"according to (?P<who>{PHRASE})\s*(?:[,;]|(?<!\.[A-Z])\.(?:\s|$)|$)", re.I)
APPOSITION = re.compile(
    rf"(?:^|[.;]\s+)(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+(?:the|a|an|its|his|her)\b"
    rf"[^,“\"]*,\s+{VERB}\b"
)
"""`Emil Varga, the commission's chair, said`: the speaker is the name, not the role."""
ATTRIBUTION = re.compile(rf"(?:^|,\s+)(?P<who>[^,;“\"]+?)\s+{VERB}\b[^,;“\"]*\.?$")
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
    pieces: list[str] = []
    for piece in SENTENCE_BREAK.split(paragraph):
        if pieces and piece in ("", "”", '"', "’"):
            pieces[-1] += piece
        elif pieces and ABBREVIATION.search(pieces[-1]):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return [p.strip() for p in pieces if p.strip()]


def speaker_of(sentence: str, start: int, end: int) -> tuple[str | None, str]:
    """The words naming who said the quotation at sentence[start:end], and the rule."""
    after, before = sentence[end:], sentence[:start]
    for rule, pattern, text in (
        ("“…,” said X", AFTER_VERB_FIRST, after),
        ("“…,” X said", AFTER_SPEAKER_FIRST, after),
        ("X, the role, said … “…”", APPOSITION, before),
        ("X said … “…”", BEFORE, before),
        ("according to X", ACCORDING, sentence),
    ):
        match = pattern.search(text)
        if match and len(match["who"].split()) <= 10:
            return match["who"].strip(), rule
    return None, "no speaker in the sentence"


def find_quotes(paragraphs: list[str], index: ActorIndex) -> tuple[list[Quote], list, list[str]]:
    """Every quotation, in order; the new actors proposed for unknown speakers; and the
    explainer's actors that speak in the article (named or described)."""
    reader = _Reader(index)
    for number, paragraph in enumerate(paragraphs, 1):
        reader.paragraph(number, paragraph)
    return reader.found, reader.proposed, list(dict.fromkeys(reader.speakers))


class _Reader:
    """What a reader keeps in mind: who was named, who spoke, and who spoke last."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.found: list[Quote] = []
        self.proposed: list = []
        self.recent: list[str] = []  # actors named so far, last = most recent
        self.speakers: list[str] = []  # actors who spoke: "the official" is one of them first
        self.last: Quote | None = None

    def paragraph(self, number: int, text: str) -> None:
        spans = _spans(text)
        quotes = list(QUOTE.finditer(text))  # over the paragraph: a quotation may run on
        for start, end in spans:
            sentence = text[start:end]
            inside = [q for q in quotes if start <= q.start() < end]
            if not inside and not any(q.start() < start < q.end() for q in quotes):
                self.attribution(number, sentence)
            for q in inside:
                close = next((e for s, e in spans if s < q.end() <= e), end)
                words = (
                    q[1].strip().removesuffix(",").rstrip()
                )  # "…," said X: the comma is the sentence's
                self.quote(number, words, text[start:close], q.start() - start, q.end() - start)
            self.recent += named_in(sentence, self.index)

    def attribution(self, number: int, sentence: str) -> None:
        """A sentence without a quotation that ends "…, X said": X is who "he" is next."""
        said = APPOSITION.search(sentence) or ATTRIBUTION.search(sentence)
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
            self.recent.append(actor)
            self.speakers.append(actor)


def _spans(paragraph: str) -> list[tuple[int, int]]:
    """Where each sentence of the paragraph starts and ends."""
    spans, at = [], 0
    for sentence in sentences(paragraph):
        start = paragraph.find(sentence, at)
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return spans
