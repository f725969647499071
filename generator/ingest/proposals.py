"""What a candidate event is called: a title, a summary and an id proposed from the
sentence that dates it. They are the article's own words trimmed, never invented, and
every draft that uses them says so in its `draft` mark."""

from __future__ import annotations

import re

from ..records.model import RESERVED_IDS, WINDOWS_NAMES
from ..run.project import id_slug
from . import letters
from .attribution import VERB
from .clauses import (
    DATE_NAME,
    REPORTING,
    SAID_THAT,
    SUBJECT_WORDS,
    name_alone,
    name_word,
    reported_clause,
)
from .datelines import DATELINE
from .dates import DateGuess
from .datewords import MAYBE_VERB, MONTH, WEEKDAY
from .quotes import sentences

TITLE_WORDS = 12
"""The most words a proposed title keeps: a title is a line, not the sentence."""
ID_WORDS = 6
"""The most words of the title an id keeps."""
ATTRIBUTION = letters.compile(
    r"(?:,?\s*(?:(?:an?|the|one|two|three)\s+)?[\w’'. -]{0,60}?"
    r"|,\s*(?:the|its|their|his|her|an?)\s+[^,]{1,60},\s*[A-Z][\w’'. -]{0,60}?,?"
    r"|,\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*(?:the|its|their|his|her|an?)\s+"
    r"[^,]{1,60}?,?)\s+"
    r"(?:said|says|told \w+|announced|reported|added)\s*(?:on\s+\w+)?[.!]?$"
)
"""A trailing ', the officials said.', ', the board's chair, Ana Ruiz, said.': who
reports it, not what happened."""
ASIDE = letters.compile(
    r"^(?P<subject>[^,]{1,80}),\s+(?:who\s+(?P<clause>[^,]{1,200}),"
    r"|which\s+(?P<said>[^,]{1,200})(?:,|$))"
)
"""A clause set apart after the subject: the date in it dates what it says the subject did
("The hearing, which had been set for Friday, …" -> "The hearing had been set")."""
OPENING_QUOTE = letters.compile(
    r"^[“\"](?P<words>[^“”\"]{1,300})[”\"],?\s+"
    r"(?P<who>(?!(?:they|it|we|I)\b)(?i:he|she)\b|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+"
    r"(?:said|says|told|added|warned|insisted|wrote)\b"
)
"""A sentence that opens with a quotation and names its speaker after it (or "she", whom
the plan names): a quotation alone is no title."""
ACCORDING = letters.compile(r"^(?i:according to)\s+[^,]{1,80},\s*")
"""An opening "According to the union, ": who reports what follows."""
LEADING = letters.compile(
    r"^(?:(?:On|Last|This|Earlier|Since|In|By)\b\s*,?|(?:Instead|However|Meanwhile|Still"
    r"|Nevertheless|Separately|Later|Then|Moreover|Indeed|Also),)\s*",
    re.I,
)
"""A title's opening that ties it to the sentence before ("Instead, the chair adjourned …")."""
SMALL = frozenset(
    "a an the of to in on at by for and or but that which who as with from its their his her"
    " is was were be been said says".split()
)
"""Words a title or an id does not end on."""
NO_END = frozenset(
    "not no never than more less very its their his her this these those have has had will"
    " would shall should can could may might must do does did one two three four five six"
    " seven eight nine ten some many most all each several few".split()
)
"""Words a clause does not end on either: "the dam was not" is cut inside its object."""


def sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of `paragraph` holding the character at `offset`."""
    position = 0
    for sentence in sentences(paragraph):
        position = paragraph.find(sentence, position)
        if position <= offset < position + len(sentence):
            return sentence
        position += len(sentence)
    return paragraph


def summary_of(sentence: str) -> str:
    """The sentence without its dateline: the article's words, for the editor to rewrite."""
    return DATELINE.sub("", sentence).strip()


def title_of(sentence: str, date_words: str) -> str:
    """The sentence without its dateline, its date words (and the preposition before
    them) and who reported it, cut to a line at a phrase's end: 'Belmark said on Tuesday
    that the filling broke the treaty' -> 'Belmark said that the filling broke the treaty'."""
    text = ACCORDING.sub("", summary_of(sentence))  # who reports it, not what happened
    if date_words and (aside := ASIDE.match(text)) and date_words in (aside["clause"] or ""):
        text = f"{aside['subject']} {aside['clause']}"  # "X, who announced it last week, said"
    elif aside and date_words in (aside["said"] or "") and not VERB_LIKE.search(aside["subject"]):
        text = f"{aside['subject']} {aside['said']}"  # "The hearing, which was set for Friday,"
    text = _relative_dated(text, date_words)
    told = SAID_THAT.match(text)
    if (
        date_words
        and told
        and date_words in text[told.end() :]
        and text.find(date_words) > told.end()
    ):
        text = reported_clause(text[told.end() :], told["who"])  # "Lund said the board ignored …"
    text = _without_date(text, date_words)
    text = PARTICIPLE_OPENING.sub("", LEADING.sub("", " ".join(text.split())))
    if said := OPENING_QUOTE.match(text):  # ""…," Ruiz said Tuesday": what she said is news
        who = said["who"][:1].upper() + said["who"][1:]  # "she" is named by the plan
        text = f"{who}: {said['words'].rstrip(' ,')}"
    text = name_alone(re.sub(r",\s+(?:who|whose|which)\b[^,]*,(?=\s+[a-z])", "", text))
    text = re.split(
        r",\s+(?:which|who|whose|despite|as|while|once|because|although|unless|after|amid"
        r"|[a-z]+ing)\b"
        r"|\s+and\s+that\s",  # a second thing said: "said that X and that Y"
        text,
        maxsplit=1,
    )[0]
    if not said:  # a speaker's words keep their end ("… and never told us")
        text = ATTRIBUTION.sub("", text.rstrip()) or text
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,;:.")
    whole = said and len(text.split()) <= TITLE_WORDS + SLACK  # a speaker's words, whole
    words = text.split() if whole else _cut(text.split())
    while not whole and len(words) > 1 and words[-1].lower().strip(",;:") in SMALL | NO_END:
        words.pop()
    title = " ".join(words).strip(" ,;:")
    return title[:1].upper() + title[1:] if title else "Event"


FUTURE_FORM = letters.compile(
    r"^(?P<subject>[A-Z][^,;:\"“”]{0,80}?)\s+"
    r"(?P<aux>will|(?:is|are)\s+(?:due\s+)?to|(?P<then>would|(?:was|were)\s+(?:due\s+)?to))\s+"
    r"(?!(?:not|never|have|also)\b)(?=[a-z])"
)
"""A plan told in a subject's own clause: "The board will vote", "is (due) to vote", or,
of a scheduled event, "would vote", "was (due) to vote"."""
PERFECT = letters.compile(
    r"^(?P<subject>[A-Z][^,;:\"“”]{0,80}?)\s+(?:has|have)\s+(?:been\s+)?(?P<verb>[a-z]+ed)\b"
)
"""A deed told in the present perfect (or its passive) of a regular verb: "has voted",
"has been postponed"."""
NO_SUBJECT = letters.compile(
    rf"\b(?:{VERB}|that|if|unless|when|because|will|would|is|are|was|were|has|have|had"
    r"|can|could|may|might|must|should|shall)\b"
    r"|(?<!\b[Tt]he)(?<!\b[Aa])(?<!\b[Aa]n)(?<!\b[Ii]ts)(?<!\b[Tt]heir)\s+[a-z]+ed\b"
)
"""A verb or a clause's conjunction: words that are no bare subject."""


def headline(title: str, scheduled: bool) -> str:
    """A title in a headline's tenses: a plan with "to" ("The board will vote" -> "The
    board to vote"; "would" and "was due to" only of a scheduled event), a deed in the
    past ("The board has voted" -> "The board voted", "has been postponed" -> "postponed");
    a title whose subject is unclear, or a condition ("would … if"), is left as it is."""
    if (plan := FUTURE_FORM.match(title)) and _bare_subject(plan["subject"]):
        if (scheduled or not plan["then"]) and not re.search(r"\b(?:if|unless)\b", title):
            return f"{plan['subject']} to {title[plan.end() :]}"
    if (done := PERFECT.match(title)) and _bare_subject(done["subject"]):
        return f"{done['subject']} {done['verb']}{title[done.end() :]}"
    return title


def _bare_subject(words: str) -> bool:
    """Whether the words are a subject alone, with no verb of their own."""
    return NO_SUBJECT.search(f" {words}") is None


def _without_date(text: str, date_words: str) -> str:
    """The text without the date words and their preposition, unless they are a
    possessive, which stays whole ("before Thursday's meeting"), or say how long something
    lasts ("until the end of March")."""
    until = rf"^(?:until|till)\b|\b(?:until|till)\s+{re.escape(date_words)}"
    if not date_words or re.search(until, f"{date_words}\n{text}", re.M):
        return text  # "would last until the end of March": how long is what it says
    dated = letters.compile(
        rf"(?:\b(?:{DATE_PREPOSITIONS})\s+)?{re.escape(date_words)}{PART_OF_DAY}"
        # "in April or May", "on Monday and Tuesday": the dates listed with it go too
        rf"(?:\s+(?:or|and|to|through)\s+(?:early\s+|late\s+|mid-)?(?:{MONTH}|{WEEKDAY})\b)?"
        r"(?![’']s?\b)",
        re.I,
    )
    return dated.sub(" ", text, count=1)


VERB_LIKE = letters.compile(rf"\b(?:{MAYBE_VERB})\b")
"""A word that may be a verb: the words before ", which" are then no noun alone."""


PARTICIPLE_OPENING = letters.compile(r"^[A-Z][a-z]+ing\b[^,\"“]{0,60},\s+(?=[A-Za-z])")
"""An opening "Speaking in parliament, he said …": how the subject did it, not what."""


RELATIVE_DATED = letters.compile(
    r"\b(?P<object>(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+"
    r"(?:that|which)\s+(?P<subject>(?:the|its|their|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4}?)\s+"
    r"(?P<verb>[a-z]+ed)\s+"
)


def _relative_dated(text: str, date_words: str) -> str:
    """A date in a relative clause dates what it says of its noun: "follows a review that
    the board published last month" -> "the board published a review" for "last month"."""
    if not date_words:
        return text
    for m in RELATIVE_DATED.finditer(text):
        rest = text[m.end() :]
        if re.match(rf"(?:(?:{DATE_PREPOSITIONS})\s+)?{re.escape(date_words)}\b", rest):
            return f"{m['subject'][:1].upper()}{m['subject'][1:]} {m['verb']} {m['object']}"
    return text


PART_OF_DAY = r"(?:\s+(?:night|morning|afternoon|evening)\b)?"
"""The part of the day after a day's name goes with it: "voted on Tuesday night to …"."""
DATE_PREPOSITIONS = "on|in|at|by|since|during|from|until|till|through|before|after|as of"
"""A date's preposition goes with it: "will meet on March 3 to discuss" -> "will meet to
discuss", never "will meet on to discuss"."""
PHRASE_START = frozenset(
    "in on at by for from with into onto over under after before during since until"
    " against about between through across among amid despite without near and or but"
    " which who whose while as because if when where to that of".split()
)
"""Words that begin a phrase: a title cut before one ends where a phrase ends."""
CLAUSE_START = frozenset("and or but which who whose while as because if when where".split())
"""Words that begin a clause: the best place to end a title."""


def _cut(words: list[str]) -> list[str]:
    """About TITLE_WORDS words, ending where a phrase ends (before a clause, after a
    comma, before a preposition), not inside the object: never after a word a clause does
    not end on ("was not"), nor before "that" after a verb ("warned | that"); before "of"
    or "to" and a verb ("instructed the board | to publish") only when no better end is
    near: the end nearest TITLE_WORDS, a few words beyond it if nearer."""
    if len(words) <= TITLE_WORDS:
        return words
    verb = _first_verb(words)  # "The governor of the Bank | of …" is a subject alone
    ends = [
        (_end_cost(words, n) + abs(n - TITLE_WORDS), -n)
        for n in range(max(3, verb + 1), min(len(words), TITLE_WORDS + SLACK) + 1)
        if _end_cost(words, n) < 9
    ]
    if ends:
        return words[: -min(ends)[1]]
    further = range(
        max(TITLE_WORDS + SLACK, verb) + 1, min(len(words), max(2 * TITLE_WORDS, verb + 1)) + 1
    )
    beyond = next((n for n in further if _end_cost(words, n) < 9), TITLE_WORDS)
    return words[:beyond]  # no end near: the first one further on, or a line of words


def _first_verb(words: list[str]) -> int:
    """Where the title's first verb is (0 when none is seen): a title ends after it."""
    for n, word in enumerate(words[1:], 1):
        word = word.strip(",;:")
        determined = words[n - 1].lower() in ARTICLES | {"its", "their", "his", "her"}
        if re.fullmatch(VERB, word) and n + 1 < len(words) and words[n + 1] == "that":
            return n + 2 + _first_verb(words[n + 2 :])  # "said that the hearing | has been"
        if word in AUXILIARY_WORDS or re.fullmatch(VERB, word):
            return n
        if re.fullmatch(r"[a-z]+ed", word) and not determined:
            return n
    return 0


AUXILIARY_WORDS = frozenset(
    "will would shall should can could may might must is are was were has have had".split()
)


def _end_cost(words: list[str], n: int) -> int:
    """How poor a title's end before words[n] is: 0 at a clause's end, more inside one,
    9 where it may not end."""
    last = words[n - 1].lower().strip("’'\"")
    if last.strip(",;:") in SMALL | NO_END:
        return 9
    if n == len(words) or last[-1] in ",;:":
        return 0
    following = words[n].lower()
    after = words[n + 1] if n + 1 < len(words) else ""
    later, before = after.lower(), words[n - 2].lower() if n > 1 else ""
    if following not in PHRASE_START:
        return 9
    if following in ("and", "or") and name_word(words[n - 1]) and name_word(after):
        return 9  # "Arden | and Kilby": one of two names
    if following == "of" and name_word(words[n - 1]) and name_word(after):
        return 9  # "the Bank | of Kestria": inside a name
    if before in ("and", "or") and re.fullmatch(r"[a-z]+ed", last):
        return 9  # "held a protest and handed | in a letter": the second verb's object
    if following in COMPLEMENT and _bare_verb(words[:n]):
        return 9  # "the board will vote (on Thursday) | on a plan": what the verb is about
    if following == "to" and later[:1].isalpha() and later not in ARTICLES | SUBJECT_WORDS:
        return 4 if words[n + 1][:1].islower() else 1  # "to close" is the object; "to Leeds"
    if following == "that" and (last.endswith("ed") or re.fullmatch(VERB, last)):
        return 9  # "warned | that it would": the clause is what was said
    return 0 if following in CLAUSE_START else 3 if following == "of" else 1


MODALS = frozenset("will would shall should can could may might must to".split())
COMPLEMENT = frozenset("on about for with against into onto over of to between among".split())
"""Prepositions that begin what a verb is about ("vote on", "ask for"), not when or where."""


def _bare_verb(words: list[str]) -> bool:
    """Whether the words end on a verb after "will" or "to" (and perhaps a day's or a
    month's name: "will vote on Thursday"), which what follows may complete."""
    ending = [w.strip(",;:") for w in words[-4:]]
    if len(ending) > 2 and DATE_NAME.fullmatch(ending[-1]):
        ending = ending[:-2]  # "vote on Thursday"
    return (
        len(ending) > 1
        and ending[-2].lower() in MODALS
        and ending[-1].isalpha()
        and ending[-1].islower()
    )


SLACK = 4
"""The words a title may run beyond TITLE_WORDS to end its phrase."""


def id_of(title: str, taken: set[str], fallback: str) -> str:
    """An id from the name's first words, not one of `taken` (numbered if need be)."""
    words = [w for w in id_slug(re.sub(r"[’']s\b", "", title)).split("-") if w]
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words.pop(0)
    while len(words) > ID_WORDS or (len(words) > 1 and words[-1] in SMALL):
        words.pop()
    base = "-".join(words) or fallback
    if base in RESERVED_IDS | WINDOWS_NAMES:
        base = f"{base}-event"
    record_id, number = base, 1
    while record_id in taken:
        number += 1
        record_id = f"{base}-{number}"
    taken.add(record_id)
    return record_id


OPENING_PHRASE = letters.compile(
    r"^(?:under|according to|as part of|in|on|at|after|before|despite|following|amid"
    r"|during|since|with|for|by)\b[^,]{0,40},\s*",
    re.I,
)
"""A title's opening phrase ("Under the plan, …"): what it says sets the scene, it names
neither who did something nor what they did."""
ARTICLES = frozenset({"the", "a", "an"})


def event_words(title: str) -> str:
    """The words of a title an event's id is made of: without its opening phrase, its
    articles, and the body a subject is part of ("The board of the Northvale Health
    Trust voted to close" -> "Northvale Health Trust voted to close")."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", OPENING_PHRASE.sub("", title))  # 2,000 -> 2000
    words = [w for w in text.split() if w.lower() not in ARTICLES]
    if len(words) > 2 and words[0][:1].islower() and words[1] == "of" and words[2][:1].isupper():
        words = words[2:]
    return " ".join(words) or title


STATE_CLAUSE = letters.compile(
    rf"\b(?:who|which|whose)\b|\b(?!{VERB}\b)\w+\s+that\b|,\s+(?:[a-z]+ing|having)\b"
)
"""A relative or participle clause ("…, ending a service that has run since 1987"): what
it says of something is no event of the sentence ("said that" opens no such clause)."""


def lasting(guess: DateGuess, paragraph: str, sentence: str, dated: list[DateGuess]) -> bool:
    """ "since 1987" says how long something has lasted: no new event when it is said of
    something in a relative or participle clause, or in a sentence dated otherwise."""
    if guess.precision != "since":
        return False
    start = paragraph.find(sentence)
    others = [
        g
        for g in dated
        if g is not guess
        and g.paragraph == guess.paragraph
        and start <= g.start < start + len(sentence)
    ]
    return bool(others) or STATE_CLAUSE.search(paragraph[start : guess.start]) is not None


FIGURE = letters.compile(
    r"(?<![\w.,£$€])(?!(?:1[89]|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*%|\s+per\s?cent)?\s+(?!(?:years?|months?|weeks?|days?|hours?|miles?)\b)[a-z]"
)
"""A count: "587 births", "41 night shifts" (not a year, not how long or how far)."""
COMPARED = letters.compile(
    r"\b(?:down|up|rising|falling|fell|rose)\s+from\s+\d|\bcompared with\s+\d"
)
"""A count set against another: "…, down from 790 in 2019"."""


def figure_for_period(guess: DateGuess, clause: str) -> bool:
    """A number reported for a year ("587 babies were born there last year", "down from 790
    in 2019") is a figure, no event: what it counts happened many times over the year."""
    if guess.precision != "year" or guess.status == "scheduled":
        return False
    text = clause.replace(guess.words, " ")
    return bool(FIGURE.search(text) or COMPARED.search(clause))


def in_quotation(paragraph: str, offset: int) -> bool:
    """Whether the character at `offset` is inside a quotation (opened before it, closed
    after it): what the speaker says, drafted as their quotation, no event the article
    tells."""
    before, after = paragraph[:offset], paragraph[offset:]
    curly = before.count("“") > before.count("”") and "”" in after
    return curly or (before.count('"') % 2 == 1 and '"' in after)


def reporting_alone(title: str) -> bool:
    """A title that only says who reported something ("Its chief executive confirmed")."""
    told = REPORTING.fullmatch(title)
    return told is not None and len(told["who"].split()) <= 8
