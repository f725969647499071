"""Which drafts one article gives: new events and actors with their ids, updates of the
records data/ already has, and where each quotation's speaker and paragraph lead."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from ..run.project import id_slug
from . import letters
from .actors import Proposed, head_of
from .article import CORRECTION
from .clauses import ROLE_WORDS, clause_of, coordinated
from .dates import APPOSED, PUT_OFF_TO, PUT_OFF_VERB, DateGuess
from .datewords import WEEKDAYS
from .matches import (
    Existing,
    cited_event,
    matching_actor,
    matching_event,
    moved,
    other_days,
    window,
)
from .proposals import (
    event_words,
    figure_for_period,
    headline,
    id_of,
    in_quotation,
    lasting,
    reporting_alone,
    sentence_at,
    title_of,
)


@dataclass
class Candidate:
    """A dated sentence of the article, as a new event or as an existing one."""

    guess: DateGuess
    sentence: str
    title: str
    event_id: str  # its new id, or the id of the existing event it is
    existing: bool = False
    paragraph: str = ""  # the whole paragraph of the sentence
    cited: bool = False  # the existing event cites this paragraph already (cited_event)
    put_off_from: str = ""  # the words of the day the sentence puts the existing plan off from
    set_right: str = ""  # the words denying the existing event's day ("not on Monday")
    corrected_in: int = 0  # the paragraph the outlet's later version gave this date

    @property
    def matched_by(self) -> str:
        """Why it is an existing event whatever its words and participants, or ""."""
        if self.put_off_from:
            return f"the plan of the day it is put off from, “{self.put_off_from}”"
        if self.set_right:
            return f"the event of the day the article denies, “{self.set_right}”: a correction"
        if self.corrected_in:
            return (
                f"the event data/ dates by ¶{self.corrected_in}, which the outlet's later version"
                " changed: a correction"
            )
        return ""


@dataclass
class Plan:
    candidates: list[Candidate] = field(default_factory=list)
    actors: dict[str, Proposed] = field(default_factory=dict)  # new actor id -> proposal
    actor_updates: dict[str, list[tuple[Proposed, bool]]] = field(default_factory=dict)
    speakers: dict[str, str] = field(default_factory=dict)  # a proposed name -> actor id
    lasting: list[DateGuess] = field(default_factory=list)  # "since 1987": no event of its own
    not_events: list[tuple[DateGuess, str]] = field(default_factory=list)  # a date, and why
    recorded_as: str | None = None  # the id data/ has this article under, if any

    def speaker(self, actor: str | None, name: str | None) -> str | None:
        """Who a quotation's speaker is in the drafts: an actor of data/, or a new one (a
        surname alone, "Delgado-Hunt", is the one new person of that surname)."""
        if actor or not name:
            return actor
        if name in self.speakers:
            return self.speakers[name]
        same = {i for n, i in self.speakers.items() if " " not in name and n.split()[-1] == name}
        return same.pop() if len(same) == 1 else None

    def new_events(self) -> list[Candidate]:
        return [c for c in self.candidates if not c.existing]

    def updates(self) -> dict[str, list[Candidate]]:
        """Existing event id -> the candidates that are it."""
        found: dict[str, list[Candidate]] = {}
        for c in self.candidates:
            if c.existing:
                found.setdefault(c.event_id, []).append(c)
        return found

    def events_of(self, paragraph: int) -> list[str]:
        """The events (new or existing) dated in a paragraph, in the order found."""
        ids = [c.event_id for c in self.candidates if c.guess.paragraph == paragraph]
        return list(dict.fromkeys(ids))


def make_plan(
    dated: list[DateGuess],
    paragraphs: list[str],
    named: list[list[str]],
    proposed: list[Proposed],
    existing: Existing,
    source_id: str,
    recorded_as: str | None = None,
    corrected: dict[int, str] | None = None,
) -> Plan:
    """Decide what each candidate event and proposed actor becomes; `recorded_as` is the id
    data/ has this article under, if it has it already, and `corrected` the paragraphs its
    outlet's later version changed (number: data/'s words before)."""
    plan = Plan(recorded_as=recorded_as)
    taken = set(existing.events)
    known = tuple(
        Proposed(str(r.get("name")), str(r.get("role") or ""), "")
        for r in existing.actors.values()
        if r.get("kind") == "person" and r.get("name")
    )
    for number, guess in enumerate(dated, 1):
        paragraph = paragraphs[guess.paragraph - 1]
        sentence = sentence_at(paragraph, guess.start)
        if lasting(guess, paragraph, sentence, dated):
            plan.lasting.append(guess)
            continue
        if finer := _finer(guess, paragraph, sentence, dated):
            # "granted the lease last month, on August 21": one event, on its day
            wider = f"a wider date of the sentence than “{finer.words}”, which dates it: no event"
            plan.not_events.append((guess, wider))
            continue
        clause = _own_clause(guess, paragraph, sentence, dated)
        title = title_of(clause, guess.words)
        title = _named_subject(
            title, paragraphs, guess.paragraph, paragraph.find(sentence), proposed, known
        )
        if why := _no_event(guess, paragraph, clause, title):
            plan.not_events.append((guess, why))
            continue
        title = headline(title, guess.status == "scheduled")
        same = (c for c in plan.candidates if c.sentence == sentence)
        if any(_same_title(c.title, title) for c in same):
            # "X today confirmed that Y will be heard on Thursday, … since the drought began
            # last year": one title, one event, dated by its first date
            plan.not_events.append((guess, "a sentence already drafted, dated again: no event"))
            continue
        names = named[guess.paragraph - 1] if named else []
        put_off = _put_off(guess, paragraph, sentence, dated, existing) or _set_right(
            guess, paragraph, sentence, dated, existing
        )
        if put_off and put_off[0] == "from":
            plan.not_events.append(
                (guess, f"the day {put_off[1]} was put off from (its update moves it): no event")
            )
            continue
        before = (corrected or {}).get(guess.paragraph)
        new_words = before is not None and guess.words not in before  # the outlet's change
        cited = cited_event(guess, existing, recorded_as, new_words)
        match = cited or (
            put_off[1] if put_off else matching_event(guess, names, existing, sentence)
        )
        event_id = match or id_of(event_words(title), taken, f"{source_id}-event-{number}")
        plan.candidates.append(
            Candidate(
                guess,
                sentence,
                title,
                event_id,
                match is not None,
                paragraph,
                bool(cited),
                put_off[2] if put_off and put_off[0] == "to" and not cited else "",
                put_off[2] if put_off and put_off[0] == "right" and not cited else "",
                guess.paragraph
                if cited and new_words and other_days(existing.events[cited], guess)
                else 0,
            )
        )
    _put_off_to(plan, existing)
    _not_moved_by_the_same_article(plan, existing, taken, source_id)
    taken = set(existing.actors)
    for p in proposed:
        found = matching_actor(p, existing)
        if found:
            plan.actor_updates.setdefault(found[0], []).append((p, found[1]))
            plan.speakers[p.name] = found[0]
            continue
        actor_id = id_of(p.name, taken, id_slug(p.name) or "actor")
        plan.actors[actor_id] = p
        plan.speakers[p.name] = actor_id
    return plan


PUT_OFF = letters.compile(PUT_OFF_VERB, re.I)
FROM_TO = letters.compile(r"\s+(?:until|till|to)\s+(?:at least\s+|at the earliest\s+)?")
"""What joins the day a plan was put off from to the day it was put off to."""


def _of_sentence(
    guess: DateGuess, paragraph: str, sentence: str, dated: list[DateGuess]
) -> list[DateGuess]:
    """The dates of the sentence `guess` is in, in their order."""
    at = paragraph.find(sentence)
    return sorted(
        (g for g in dated if g.paragraph == guess.paragraph and at <= g.start < at + len(sentence)),
        key=lambda g: g.start,
    )


def _finer(
    guess: DateGuess, paragraph: str, sentence: str, dated: list[DateGuess]
) -> DateGuess | None:
    """The date set beside this one that names a day within it ("on August 21" of "last
    month, on August 21"), or None."""
    assert guess.date is not None and guess.precision is not None
    low, high = window(guess.date, guess.end, guess.precision)
    for other in _of_sentence(guess, paragraph, sentence, dated):
        between = paragraph[guess.start + len(guess.words) : other.start]
        if other.start <= guess.start or not APPOSED.fullmatch(between):
            continue
        assert other.date is not None and other.precision is not None
        inner = window(other.date, other.end, other.precision)
        if low <= inner[0] and inner[1] <= high and inner != (low, high):
            return other
    return None


def _put_off(
    guess: DateGuess, paragraph: str, sentence: str, dated: list[DateGuess], existing: Existing
) -> tuple[str, str, str] | None:
    """ "The company postponed the start of dredging from April 20 until at least May 4":
    when data/ has a plan on the first day, that day is where it was ("from", its id, the
    words) and the second where it went ("to", …): an update of it, whatever the sentence's
    other words. None otherwise."""
    if not PUT_OFF.search(sentence):
        return None
    for was, now in itertools.pairwise(_of_sentence(guess, paragraph, sentence, dated)):
        between = paragraph[was.start + len(was.words) : now.start]
        if not (re.search(r"\bfrom\s+$", paragraph[: was.start]) and FROM_TO.fullmatch(between)):
            continue
        planned = next(
            (
                event_id
                for event_id, record in existing.events.items()
                if record.get("status") == "scheduled"
                and str((record.get("when") or {}).get("date")) == str(was.date)
            ),
            None,
        )
        if planned and guess in (was, now):
            return ("from" if guess is was else "to", planned, was.words)
    return None


def _set_right(
    guess: DateGuess, paragraph: str, sentence: str, dated: list[DateGuess], existing: Existing
) -> tuple[str, str, str] | None:
    """ "The ruling was signed on Tuesday, April 7, and not on Monday": when data/ has an
    event on the day the sentence denies, the other day of the sentence is that event's,
    set right (an update, which the editor notes as a correction): ("right", its id, the
    denied words). None otherwise."""
    same = _of_sentence(guess, paragraph, sentence, dated)
    denied = [g for g in same if DENIED.search(paragraph, max(0, g.start - 16), g.start)]
    if len(denied) != 1 or guess in denied or len(same) != 2:
        return None
    wrong, right = denied[0], guess.date
    day = wrong.date
    if wrong.rule == "weekday" and right and guess.precision == "day":
        # "on Tuesday, April 7, and not on Monday": the Monday next to April 7
        weekday = WEEKDAYS.index(wrong.words.split()[-1].lower())
        day = min(
            (right + dt.timedelta(days=n) for n in range(-3, 4)),
            key=lambda d: (d.weekday() != weekday, abs((d - right).days)),
        )
    for event_id, record in existing.events.items():
        when = record.get("when") or {}
        if str(when.get("date")) == str(day) and when.get("precision") == wrong.precision:
            return ("right", event_id, f"not {wrong.words}")
    return None


def _put_off_to_its_day(c: Candidate) -> bool:
    """Whether the candidate's date is the day a plan is put off to ("adjourned the
    meeting until June 30", "agreed to defer the item until 30 November")."""
    return bool(PUT_OFF_TO.search(c.paragraph, max(0, c.guess.start - 100), c.guess.start))


def _put_off_to(plan: Plan, existing: Existing) -> None:
    """ "Councillors had been due to vote on Monday. Instead, they agreed to defer the item
    until 30 November": the day a plan of data/ the paragraph dated on its day is put off
    to is that plan's new day, whatever words the sentence uses (new user 13)."""
    for c in plan.candidates:
        if c.existing or not _put_off_to_its_day(c):
            continue
        planned = [
            other.event_id
            for other in plan.candidates
            if other.existing
            and other.guess.paragraph == c.guess.paragraph
            and other.guess.start < c.guess.start
            and existing.events[other.event_id].get("status") in ("scheduled", "postponed")
        ]
        if planned:
            c.event_id, c.existing = planned[-1], True


def _not_moved_by_the_same_article(
    plan: Plan, existing: Existing, taken: set[str], source_id: str
) -> None:
    """An article that dates a planned event on its day says it did not move: its other
    dates that would move it are other events of the same actors ("heard on Thursday";
    "the ruling on Friday"; "members began planting last week"), drafted as new, unless
    their sentence puts a plan off ("adjourned the meeting until June 30")."""
    for event_id, found in plan.updates().items():
        record = existing.events[event_id]
        if all(moved(record, c.guess) for c in found):
            continue
        for c in found:
            # "had been due on Wednesday. Instead, the chair adjourned it until June 30":
            # the day a sentence puts it off to is its new day
            if moved(record, c.guess) and not _put_off_to_its_day(c):
                number = plan.candidates.index(c) + 1
                c.event_id = id_of(event_words(c.title), taken, f"{source_id}-event-{number}")
                c.existing = False


def _same_title(one: str, other: str) -> bool:
    """Whether two titles of one sentence tell one thing: without the words of a day
    ("today confirmed" is "confirmed"), one begins the other, cut where its date was."""
    a, b = ([w for w in t.lower().split() if w not in DAY_WORDS] for t in (one, other))
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= MIN_TITLE_WORDS and longer[: len(shorter)] == shorter


MIN_TITLE_WORDS = 4
"""Fewer words than this are too few to tell two titles the same ("The union")."""


DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", *WEEKDAYS})
"""Words of a day, which two titles of one sentence differ by ("today confirmed")."""
NAMING_YEAR = letters.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*|act|law|agreement|treaty|plan|accord|deal|rules?)\b"
)
"""What follows a year that names something rather than dating an event: "the 2019
Shared Rivers Act", "the 2019 agreement"."""
PRONOUN_SUBJECT = letters.compile(r"^(?:He|She)\b")


SPEAKER_TITLE = letters.compile(r"(?!(?:He|She):)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}: ")
"""A title "Holm: Every household will …": whose words they are, then the words."""


REPORTED_AS = letters.compile(
    r"\bas\s+(?:(?:was|were|it was|had been|has been)\s+)?(?:\w+ly\s+)?"
    r"(?:reported|said|stated|announced|claimed|suggested)\s+\Z"
)
"""The day of a report the sentence sets right: "not 340,000 as was widely reported last week"."""
DENIED = letters.compile(r"\bnot\s+(?:on\s+|in\s+|until\s+)?\Z")
"""A date the sentence says is not when it happened: "on Tuesday, not on Monday"."""


def _no_event(guess: DateGuess, paragraph: str, clause: str, title: str) -> str | None:
    """Why a dated sentence gives no event: a figure for a period, a date in someone's
    quotation whose speaker it cannot name (drafted as the quotation), a title that only
    says who reported something."""
    if figure_for_period(guess, clause):
        return "a figure for a period, no event"
    if CORRECTION.match(paragraph):
        return "in the outlet's correction of its story: what it corrects, no event"
    if DENIED.search(paragraph, max(0, guess.start - 16), guess.start):
        return "a day the sentence denies (“not on Monday”), no event"
    if REPORTED_AS.search(paragraph, max(0, guess.start - 40), guess.start):
        return "dates an earlier report (“as was reported last week”), no event"
    if NAMING_YEAR.match(paragraph, guess.start + len(guess.words)) and re.fullmatch(
        r"\d{4}", guess.words
    ):
        return "a year in a name (“the 2019 Shared Rivers Act”), no event"
    if in_quotation(paragraph, guess.start) and not SPEAKER_TITLE.match(title):
        return "in a quotation whose speaker is not named: drafted in quotes.yaml, no event"
    if reporting_alone(title):
        return "dates who reported it, not what happened: no event"
    return None


def _named_subject(
    title: str,
    paragraphs: list[str],
    number: int,
    at: int,
    proposed: list[Proposed],
    known: tuple[Proposed, ...] = (),  # the people data/ has
) -> str:
    """A title that opens with "He" or "She" names the person instead: the one of the
    people ingest proposes (or data/ has) whose surname (or role: "the minister") the
    article wrote first in the last sentence naming any before it, in its paragraph or the
    one before ("He was referring to a fire" -> "Howells was…"); one that opens with a role
    ("Its chief executive confirmed") names the one person proposed in that role."""
    people = [p for p in proposed if p.kind == "person" and " " in p.name]
    if by_role := _by_role(title, people):
        return by_role
    if not PRONOUN_SUBJECT.match(title):
        return title
    people += [p for p in known if " " in p.name]  # named here, or no mention is found
    before = paragraphs[number - 2] + "\n" if number > 1 else ""
    text = before + paragraphs[number - 1][: max(at, 0)]
    mentions = [(p.name.split()[-1], rf"\b{re.escape(p.name.split()[-1])}\b") for p in people]
    mentions += [
        (p.name.split()[-1], rf"\b[Tt]he\s+{re.escape(head_of(p.role).lower())}\b")
        for p in people
        if p.role and head_of(p.role).lower() in ROLE_WORDS
    ]
    found = sorted(
        (m.start(), name) for name, pattern in mentions for m in re.finditer(pattern, text)
    )
    if not found:
        return title
    # the subject of the last sentence naming anyone, not whom it names after its verb
    # ("Ana Ruiz said the mayor had lied. He …" is Ruiz)
    start = max(text.rfind(end, 0, found[-1][0]) for end in (". ", "\n", "? ", "! "))
    subject = next(name for where, name in found if where > start)
    return PRONOUN_SUBJECT.sub(subject, title, count=1)


def _by_role(title: str, people: list[Proposed]) -> str | None:
    """ "Its chief executive confirmed …" -> "Helen Marsh confirmed …", when one person
    proposed has that role."""
    found = {}
    for p in people:
        head = head_of(p.role).lower() if p.role else ""
        opening = re.match(rf"(?:Its|Their|His|Her|The)\s+(?:[\w’'-]+\s+){{0,2}}?{head}\s+", title)
        if head in ROLE_WORDS and opening:
            found[p.name] = opening.end()
    if len(found) != 1:
        return None
    ((name, end),) = found.items()
    return f"{name} {title[end:]}"


def _own_clause(guess: DateGuess, paragraph: str, sentence: str, dated: list[DateGuess]) -> str:
    """The clause of the sentence that the guess dates, when the sentence dates others."""
    at = paragraph.find(sentence)
    spans = [
        (g.start - at, g.start - at + len(g.words))
        for g in dated
        if g.paragraph == guess.paragraph
        and at <= g.start < at + len(sentence)
        and not lasting(g, paragraph, sentence, dated)  # "who has run it since 1990"
    ]
    own = (guess.start - at, guess.start - at + len(guess.words))
    others = [span for span in spans if span != own]
    return clause_of(sentence, own, others) if others else coordinated(sentence, own[0])
