"""Which drafts one article gives: new events and actors with their ids, updates of the
records data/ already has, and where each quotation's speaker and paragraph lead."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..run.project import id_slug
from .actors import Proposed
from .dates import DateGuess
from .matches import Existing, matching_actor, matching_event
from .proposals import clause_of, event_words, id_of, lasting, sentence_at, title_of


@dataclass
class Candidate:
    """A dated sentence of the article, as a new event or as an existing one."""

    guess: DateGuess
    sentence: str
    title: str
    event_id: str  # its new id, or the id of the existing event it is
    existing: bool = False


@dataclass
class Plan:
    candidates: list[Candidate] = field(default_factory=list)
    actors: dict[str, Proposed] = field(default_factory=dict)  # new actor id -> proposal
    actor_updates: dict[str, list[tuple[Proposed, bool]]] = field(default_factory=dict)
    speakers: dict[str, str] = field(default_factory=dict)  # a proposed name -> actor id
    lasting: list[DateGuess] = field(default_factory=list)  # "since 1987": no event of its own

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
) -> Plan:
    """Decide what each candidate event and proposed actor becomes."""
    plan = Plan()
    taken = set(existing.events)
    for number, guess in enumerate(dated, 1):
        paragraph = paragraphs[guess.paragraph - 1]
        sentence = sentence_at(paragraph, guess.start)
        if lasting(guess, paragraph, sentence, dated):
            plan.lasting.append(guess)
            continue
        title = title_of(_own_clause(guess, paragraph, sentence, dated), guess.words)
        title = _named_subject(
            title, paragraphs, guess.paragraph, paragraph.find(sentence), proposed
        )
        names = named[guess.paragraph - 1] if named else []
        match = matching_event(guess, names, existing, sentence)
        event_id = match or id_of(event_words(title), taken, f"{source_id}-event-{number}")
        plan.candidates.append(Candidate(guess, sentence, title, event_id, match is not None))
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


PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")


def _named_subject(
    title: str, paragraphs: list[str], number: int, at: int, proposed: list[Proposed]
) -> str:
    """A title that opens with "He" or "She" names the person instead: the one of the
    people ingest proposes whose surname the article wrote last before the sentence, in
    its paragraph or the one before ("He was referring to a fire" -> "Howells was…")."""
    if not PRONOUN_SUBJECT.match(title):
        return title
    before = paragraphs[number - 2] + "\n" if number > 1 else ""
    text = before + paragraphs[number - 1][: max(at, 0)]
    surnames = {p.name.split()[-1] for p in proposed if p.kind == "person" and " " in p.name}
    last = max(
        (
            (m.start(), name)
            for name in surnames
            for m in re.finditer(rf"\b{re.escape(name)}\b", text)
        ),
        default=None,
    )
    return PRONOUN_SUBJECT.sub(last[1], title, count=1) if last else title


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
    return clause_of(sentence, own, others) if others else sentence
