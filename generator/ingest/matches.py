"""What the explainer has already: a candidate that is an existing event or actor becomes
an update of it (a citation, a finer date, `scheduled` -> `happened`, an alias), and each
quotation gets ranked places (the event of its paragraph, the positions its speaker holds).

data/ is read leniently here: a broken file is `check`'s to report, not ingest's."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ..records.examples import from_starter
from . import letters
from .actors import Proposed
from .dates import DateGuess

PRECISION_RANK = {"day": 0, "weekend": 1, "week": 2, "month": 3, "range": 4, "year": 5, "since": 6}
"""Finer first: a candidate refines a date only with a finer precision."""


@dataclass
class Existing:
    """The records of data/ ingest compares with, as loaded (plain YAML values)."""

    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    disputes: dict[str, dict[str, Any]] = field(default_factory=dict)

    def claims_of(self, source_id: str) -> list[dict[str, Any]]:
        """The claims of data/'s events and disputes that cite the source."""
        found = [
            claim for record in self.events.values() for claim in record.get("quotes") or []
        ] + [
            claim
            for record in self.disputes.values()
            for position in record.get("positions") or []
            if isinstance(position, dict)
            for claim in position.get("claims") or []
        ]
        return [
            c
            for c in found
            if isinstance(c, dict)
            and isinstance(c.get("cite"), dict)
            and c["cite"].get("source") == source_id
        ]

    @cached_property
    def name_words(self) -> set[str]:
        """The words of every actor's name and aliases ("board", "harbour" of "Harbour
        Board"): who acts, which tells no event from another of the same actors."""
        names = (
            str(n)
            for record in self.actors.values()
            for n in [record.get("name"), *(record.get("aliases") or [])]
            if n
        )
        return _content_words(" ".join(names))


def existing_records(data: Path) -> Existing:
    """Every readable record of data/ of the kinds ingest may update or place quotes in."""
    found = Existing()
    for kind in ("events", "actors", "disputes"):
        for path in sorted((data / kind).glob("*.yaml")):
            try:
                record = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, yaml.YAMLError):
                continue
            record_id = str(record.get("id") or path.stem) if isinstance(record, dict) else ""
            if record_id and not from_starter(record_id):  # the made-up story: none of ours
                getattr(found, kind)[record_id] = record
    return found


def window(start: dt.date, end: dt.date | None, precision: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date of this precision can mean."""
    last = {
        "weekend": start + dt.timedelta(days=1),
        "week": start + dt.timedelta(days=6),
        "month": start.replace(day=calendar.monthrange(start.year, start.month)[1]),
        "year": start.replace(month=12, day=31),
        "range": end or start,
    }.get(precision, start)
    return start, last


def _window_of(when: Any) -> tuple[dt.date, dt.date] | None:
    try:
        return window(when["date"], when.get("end"), str(when["precision"]))
    except (KeyError, TypeError, AttributeError, ValueError, OverflowError):
        return None


def matching_event(
    guess: DateGuess, named: list[str], existing: Existing, sentence: str = ""
) -> str | None:
    """The existing event this candidate is, among those whose dates can mean the same
    days: the one most of whose title's words stand next to the date (the same article
    read again, or another telling it in the same words; the names of the actors the
    paragraph names count: "His meeting with the union" is "Forde to meet the union"), or
    else the one whose participants the paragraph names (two of them, or its only one) on
    the days of a week at most (a month holds many deeds of the same actors). A
    scheduled event on those days needs fewer of its words: half of those that say what is
    done, not who does it ("Board members are due to vote on the plan next Thursday" is
    "Health board votes on the closure plan"). A scheduled event that moved is still found a
    few weeks either side when both its words and its participants are there, or, having
    none, its words alone."""
    assert guess.date is not None and guess.precision is not None
    low, high = window(guess.date, guess.end, guess.precision)
    best: tuple[int, str] | None = None
    worded: tuple[float, int, str] | None = None  # share of the title's words, their count
    said = _content_words(_near(sentence, guess.words)) | _name_words(named, existing)
    for event_id, record in existing.events.items():
        span = _window_of(record.get("when"))
        if span is None or not (low - MOVED <= span[1] and span[0] <= high + MOVED):
            continue
        participants = {
            p.get("actor") for p in record.get("participants") or [] if isinstance(p, dict)
        }
        shared = len(participants & set(named))
        near = low <= span[1] and span[0] <= high
        title = _content_words(str(record.get("title") or ""))
        common = _shared(title, said)
        told = (common / len(title) if title else 0.0, common, event_id)
        alike = common >= 2 and common * 3 >= len(title) * 2
        scheduled = record.get("status") == "scheduled"
        moved = scheduled and (shared > 0 or not participants)
        if scheduled and near and not alike:  # a later report of a plan, in its own words
            what = title - existing.name_words  # what is done, not who does it
            alike = _shared(what, said) >= 2 and _shared(what, said) * 2 >= len(what)
        if alike and (near or moved) and (worded is None or told > worded):
            worded = told
        narrow = PRECISION_RANK.get(str(guess.precision), 9) <= PRECISION_RANK["week"]
        if near and narrow and participants and shared >= min(2, len(participants)):
            if best is None or shared > best[0]:
                best = (shared, event_id)
    # The words next to the date say more than who the paragraph names: "this week's attack
    # on the embassy", in a paragraph naming the minister who spoke of it, is the attack.
    return worded[2] if worded else best[1] if best else None


def cited_event(
    guess: DateGuess, existing: Existing, source_id: str | None, new_words: bool = False
) -> str | None:
    """The existing event that already cites this paragraph of this article (`source_id`,
    the article's record in data/) on days its date can mean: the editor recorded it from
    here, whatever its title now says (the article ingested again after its drafts were
    accepted, an event matched by hand on the review screen). Of several, the one whose
    date rests on these very words. Words the outlet's later version put in the paragraph
    (`new_words`) may give it other days: the event dated by this article, set right."""
    if source_id is None:
        return None
    assert guess.date is not None and guess.precision is not None
    low, high = window(guess.date, guess.end, guess.precision)
    found = []
    for event_id, record in existing.events.items():
        span = _window_of(record.get("when"))
        cites = any(
            isinstance(c, dict)
            and c.get("source") == source_id
            and guess.paragraph in (c.get("paragraphs") or [])
            for c in record.get("cite") or []
        )
        rests_here = (record.get("when") or {}).get("source") == source_id
        if cites and span and ((low <= span[1] and span[0] <= high) or (new_words and rests_here)):
            basis = (record.get("when") or {}).get("basis")
            found.append((str(basis).lower() != guess.words.lower(), event_id))
    return min(found)[1] if found else None


MOVED = dt.timedelta(days=21)
"""How far a scheduled event may have moved and still be found by its words and
participants ("the meeting, first due next week, is now expected on Thursday")."""


def _name_words(named: list[str], existing: Existing) -> set[str]:
    """The words of the names of the actors a paragraph names."""
    names = " ".join(str((existing.actors.get(a) or {}).get("name") or "") for a in named)
    return _content_words(names)


NEAR = 12
"""The words either side of a date that tell what it dates: "this week's attack on the
U.S. Embassy in Kabul" is the attack's, not the ministry's that warned of it."""


def _near(sentence: str, words: str) -> str:
    """The words of the sentence around the date's own words."""
    at = sentence.find(words)
    if at < 0:
        return sentence
    before = [w for w in sentence[:at].split() if re.search(r"\w", w)][-NEAR:]
    after = [w for w in sentence[at + len(words) :].split() if re.search(r"\w", w)][:NEAR]
    return " ".join([*before, words, *after])


def _shared(title: set[str], said: set[str]) -> int:
    """How many of a title's words the article says, or a word of theirs ("closure" of
    "closing", "councillors" of "council": one begins the other, four letters at least)."""
    return sum(
        1
        for word in title
        if word in said
        or any(
            min(len(word), len(s)) >= 4 and (s.startswith(word) or word.startswith(s)) for s in said
        )
    )


def _content_words(text: str) -> set[str]:
    """The words of a title that say what happened (not "the", "said", "on"), without
    their endings: "vote", "voted" and "votes", "drivers'" and "driver" are one word here."""
    words = {w for w in re.findall(r"[a-z0-9][a-z0-9'’-]+", text.lower()) if len(w) > 3} - {
        "said", "says", "that", "with", "from", "will", "would", "have", "been", "were", "their",
        "than", "more", "this", "into", "over", "after", "before", "about", "also", "which",
    }  # fmt: skip
    bare = (re.sub(r"[’']s?$", "", w) for w in words)
    return {re.sub(r"(?:ing|ure|ed|es|s|e)$", "", w) or w for w in bare}


NOT_DONE = letters.compile(
    r"\b(?:had\s+been|was|were)\s+(?:due|expected|scheduled|set|supposed|meant|planned"
    r"|slated|to\s+have)\s+to\b",
    re.I,
)
"""Words that tell a plan, not that it happened: "The board had been due to vote on
Thursday" (it may, or may not, have)."""
PUT_OFF = {
    "postponed": letters.compile(
        # verbs, not "the postponement", a noun that may be another plan's
        r"\b(?:postpon(?!ement)|put(?:ting)?\s+off|defer(?:red|s|ring)?\b|delay(?!s?\s+(?:in|of)\b)"
        r"|adjourn|pushed\s+back)",
        re.I,
    ),
    "cancelled": letters.compile(
        r"\b(?:cancell?(?:ed|ing|s)?\b|called?\s+off|calling\s+off|scrap(?:ped|s)?\b|abandon)",
        re.I,
    ),
}
"""Words that tell a plan undone: put off ("the vote on Thursday was postponed"), or
called off."""


def event_changes(
    record: dict[str, Any],
    guess: DateGuess,
    source_id: str,
    published: dt.date,
    sentence: str = "",
    paragraph: str = "",
) -> dict[str, Any]:
    """What a candidate adds to the event it matches: `status` and `when` when they are
    news (the citation is added by the caller). A sentence that tells the event was due
    is no report that it happened; one that tells it put off, or called off, is that news
    ('postponed', 'cancelled': its date stays the day it was due), told in the sentence or
    the rest of its paragraph ("The board had been due to vote on Thursday. Instead, it
    agreed to delay the decision")."""
    changes: dict[str, Any] = {}
    # the sentence and what the paragraph says after it ("… Instead, they delayed it"),
    # never a background sentence before it
    told = paragraph[paragraph.find(sentence) :] if sentence in paragraph else sentence
    undone = [status for status, words in PUT_OFF.items() if words.search(told)]
    if record.get("status") in ("scheduled", "postponed") and undone:
        if moved(record, guess) and undone[-1] == "postponed":  # put off to the day given
            if guess.date and guess.date <= published and guess.status != "scheduled":
                # "put off from Thursday to Tuesday", reported after that Tuesday: it was held
                if not NOT_DONE.search(sentence):
                    return {"status": "happened", "when": when_of(guess, source_id)}
            return {"status": "scheduled", "when": when_of(guess, source_id)}
        if record.get("status") != undone[-1]:
            changes["status"] = undone[-1]  # "postponed, then cancelled": cancelled
        return changes
    if (
        record.get("status") == "scheduled"
        and guess.status != "scheduled"
        and guess.date is not None
        and guess.date <= published
        and not NOT_DONE.search(sentence)
    ):
        changes["status"] = "happened"
    when = record.get("when") or {}
    old, new = _window_of(when), _window_of(when_of(guess, source_id))
    finer = PRECISION_RANK.get(str(guess.precision), 9) < PRECISION_RANK.get(
        str(when.get("precision")), 9
    )
    within = bool(old and new and old[0] <= new[0] and new[1] <= old[1])
    reported = "status" in changes and not PRECISION_RANK.get(str(guess.precision), 9) > (
        PRECISION_RANK.get(str(when.get("precision")), 9)
    )  # it happened: the report that says so dates it, not the one that announced it
    if (within and (finer or reported)) or moved(record, guess):
        changes["when"] = when_of(guess, source_id)
    return changes


def moved(record: dict[str, Any], guess: DateGuess) -> bool:
    """Whether a scheduled (or postponed) event is told on days its date cannot mean: it
    moved."""
    return record.get("status") in ("scheduled", "postponed") and other_days(record, guess)


def other_days(record: dict[str, Any], guess: DateGuess) -> bool:
    """Whether the guess names days the event's date cannot mean."""
    old = _window_of(record.get("when") or {})
    if old is None or guess.date is None:
        return False
    low, high = window(guess.date, guess.end, str(guess.precision))
    return not (low <= old[1] and old[0] <= high)


def when_of(guess: DateGuess, source_id: str) -> dict[str, Any]:
    return {
        "date": guess.date,
        **({"end": guess.end} if guess.end else {}),
        "precision": guess.precision,
        "basis": guess.words,
        "source": source_id,
    }


def fold(name: str) -> str:
    """A name compared without case, accents or dots ('U.S.' is 'US')."""
    plain = unicodedata.normalize("NFKD", name.casefold().replace(".", ""))
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())


def matching_actor(p: Proposed, existing: Existing) -> tuple[str, bool] | None:
    """The existing actor a proposed one is, and whether its name is a new alias: the same
    name or alias; or, for a person, the same surname and initial ('D. Roth', 'Dana Roth')."""
    for actor_id, record in existing.actors.items():
        names = [str(n) for n in [record.get("name"), *(record.get("aliases") or [])] if n]
        if fold(p.name) in {fold(n) for n in names}:
            return actor_id, False
    words = fold(p.name).split()
    for actor_id, record in existing.actors.items():
        theirs = fold(str(record.get("name") or "")).split()
        if (
            p.kind == "person"
            and record.get("kind") == "person"
            and len(words) > 1
            and len(theirs) > 1
            and words[-1] == theirs[-1]
            and words[0][0] == theirs[0][0]
        ):
            return actor_id, True
    return None


def places(
    speaker: str | None,
    events: list[tuple[str, str]],
    earlier: list[tuple[str, str]],
    existing: Existing,
) -> list[tuple[str, str]]:
    """Where a quotation may go, best first, each with why: the events dated in its
    paragraph (`events`: target, why), the dispute positions its speaker holds, the events
    dated in the paragraph before (`earlier`), positions held by whom the speaker speaks for."""
    ranked = list(events)
    if speaker is None:
        return ranked + earlier
    affiliations = set((existing.actors.get(speaker) or {}).get("affiliations") or [])
    for held_by, why in ((speaker, "held by the speaker"), (None, "held by whom they speak for")):
        if held_by is None:
            ranked += [e for e in earlier if e[0] not in {t for t, _ in ranked}]
        for dispute_id, record in existing.disputes.items():
            for n, position in enumerate(record.get("positions") or [], 1):
                actors = set(position.get("actors") or []) if isinstance(position, dict) else set()
                if (speaker in actors) if held_by else (actors & affiliations) - {speaker}:
                    target = f"dispute:{dispute_id}:{n}"
                    if target not in {t for t, _ in ranked}:
                        stance = position.get("stance")
                        ranked.append((target, f"the position “{stance}”, {why}"))
    return ranked
