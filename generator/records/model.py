"""The data model: one frozen, typed record per YAML file in data/.

This module is the schema. Every field carries a description, and the editors'
data-format reference page is generated from these classes (see reference.py).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from ..text.names import name_problem

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"
Id = Annotated[
    str,
    StringConstraints(max_length=100, pattern=ID_PATTERN),
    Field(
        description="Record id: lower-case letters, digits and single hyphens, at most 100"
        " characters (not 'index', the name of index pages, nor a name Windows reserves"
        " such as 'con' or 'nul')."
    ),
]
MAX_TEXT = 20_000
"""The most characters a text field may hold (a long paragraph of an article has 2,000)."""
Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT, pattern=r"\S")]


def _checked_name(text: str) -> str:
    problem = name_problem(text)
    if problem:
        raise ValueError(problem)
    return text


Name = Annotated[Text, AfterValidator(_checked_name)]
"""Text that names something readers search for and pages show: nothing hidden in it."""
Url = Annotated[str, StringConstraints(pattern=URL_PATTERN)]
MIN_YEAR, MAX_YEAR = 1000, 2999
"""The years a date may fall in: every date is shown, sorted and counted by week and
month, which Python's calendar cannot do at its ends (a week before 0001-01-03)."""


def _checked_year(day: dt.date) -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(
            f"expected a date from the year {MIN_YEAR} to {MAX_YEAR}, found {day.isoformat()}"
        )
    return day


Day = Annotated[dt.date, AfterValidator(_checked_year)]
"""A date (YYYY-MM-DD) between MIN_YEAR and MAX_YEAR."""

LanguageCode = Annotated[
    str,
    StringConstraints(max_length=20, pattern=r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$"),
    Field(description="A language code as mkdocs.yml spells it: 'ur', 'ar', 'pt-BR'."),
]
TRANSLATIONS_DESCRIPTION = (
    "Translations of this value's reader-facing text into the site's other languages"
    " (mkdocs.yml: `explainer: {languages: [...]}`), by language code, e.g. `ur: {name: …}`."
    " That language's site shows each in place of the original, marked as a translation;"
    " a quotation keeps its own words, its translation shown beside it. `check` warns of a"
    " missing one, `check --strict` refuses it."
)
Precision = Literal["day", "weekend", "week", "month", "year", "range", "since"]
ActorKind = Literal["person", "organisation", "state", "group", "anonymous"]


class Model(BaseModel):
    """Base of every typed value of the schema, a record or a value nested in one:
    unknown fields are errors, values are never coerced."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Translation(Model):
    """The translation of a value's text into one language: only the fields it translates."""


class Translatable(Model):
    """A value whose reader-facing text may carry `translations` (declared by each kind,
    with its own Translation model): a translation translates only what the value gives."""

    @model_validator(mode="after")
    def _translations_fit(self) -> Translatable:
        for code, translation in getattr(self, "translations", {}).items():
            for name in sorted(translation.model_fields_set):
                if getattr(translation, name) is not None and getattr(self, name) is None:
                    raise ValueError(
                        f"translations.{code}.{name}: translates `{name}`, which is not given"
                    )
        return self


class Citation(Model):
    """Where a statement comes from: a source and paragraph numbers in it."""

    source: Id = Field(description="Id of the source record (a file in data/sources/).")
    paragraphs: list[Annotated[int, Field(ge=1)]] = Field(
        min_length=1, description="Numbers of the cited paragraphs, as in the source record."
    )


class When(Model):
    """A date as precise as the article allows, with the article's own wording."""

    date: Day = Field(
        description="First day the wording can mean (for `week` a Monday, for `weekend` "
        "a Saturday, for `month` the 1st, for `year` and `since` 1 January)."
    )
    end: Day | None = Field(default=None, description="Last day, only for precision `range`.")
    precision: Precision = Field(
        description="How precise the date is: day, weekend, week, month, year, "
        "range or since (an ongoing state since that date)."
    )
    basis: Text = Field(
        description="The article's own words for the date, e.g. 'on Wednesday', 'last week'."
    )
    source: Id = Field(
        description="Id of the source whose publication date the wording was resolved against."
    )
    relative_to: Id | None = Field(
        default=None,
        description="Id of the event the article dates this one by, when it gives no date of"
        " its own ('a day after' the other): shown with the date, which then takes the"
        " precision that event's date allows.",
    )

    @model_validator(mode="after")
    def _precision_fits_date(self) -> When:
        problem = precision_problem(self.date, self.end, self.precision)
        if problem:
            raise ValueError(problem)
        return self

    def days(self) -> tuple[dt.date, dt.date]:
        """The first day the date can mean, and the day after its last (as iCalendar
        counts): a week is seven days, a month all of it; 'since' a date, that day."""
        start = self.date
        if self.precision == "weekend":
            return start, start + dt.timedelta(days=2)
        if self.precision == "week":
            return start, start + dt.timedelta(days=7)
        if self.precision == "month":
            return start, (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if self.precision == "year":
            return start, start.replace(year=start.year + 1, month=1, day=1)
        if self.precision == "range" and self.end:
            return start, self.end + dt.timedelta(days=1)
        return start, start + dt.timedelta(days=1)

    def last_day(self) -> dt.date:
        """The last day the date can mean."""
        return self.days()[1] - dt.timedelta(days=1)


def precision_problem(start: dt.date, end: dt.date | None, precision: str) -> str | None:
    """Say why a date does not fit its precision, or None when it does."""
    if precision == "range":
        if end is None:
            return "precision 'range' needs an end date"
        if end <= start:
            return f"end {end} must come after date {start}"
        return None
    if end is not None:
        return f"only precision 'range' takes an end date, found precision '{precision}'"
    weekday = start.strftime("%A")
    saturday = start - dt.timedelta(days=(start.weekday() - 5) % 7)
    monday = start - dt.timedelta(days=start.weekday())
    expected = {
        "weekend": (
            start.weekday() == 5,
            f"a Saturday, found {weekday} {start}: the Saturday before is {saturday}",
        ),
        "week": (
            start.weekday() == 0,
            f"a Monday, found {weekday} {start}: the Monday of that week is {monday}",
        ),
        "month": (start.day == 1, f"the 1st of a month, found {start}"),
        "year": ((start.month, start.day) == (1, 1), f"1 January, found {start}"),
    }
    ok, what = expected.get(precision, (True, ""))
    return None if ok else f"precision '{precision}' needs date on {what}"


OUTLET_CORRECTION_LABELS = frozenset({"correction", "clarification"})
"""Paragraph labels that mark an outlet's correction of its own article."""


class Paragraph(Model):
    """One numbered paragraph of a source's body text."""

    n: int = Field(ge=1, description="Paragraph number: 1, 2, 3, ... in reading order.")
    text: Text = Field(
        description="The paragraph's text, verbatim from the article (at most 20,000 characters,"
        " as every text field)."
    )
    label: Text | None = Field(
        default=None,
        description="What the paragraph is if not body text, e.g. 'photo caption'. The label"
        " 'correction' (or 'clarification') marks the outlet's own correction of its article:"
        " it is always shown on the source's page and listed on the Corrections page.",
    )
    uncited_reason: Text | None = Field(
        default=None,
        description="Why this paragraph needs no citation (e.g. 'photo caption'); "
        "leave out for ordinary body text.",
    )

    @property
    def outlet_correction(self) -> bool:
        """Whether this is the outlet's own correction of its article: readers are owed it
        even where the rest of the text may not be republished."""
        return (self.label or "").strip().casefold() in OUTLET_CORRECTION_LABELS


class ChangeNote(Model):
    """A change to a record after it was published, said openly: a correction of a
    mistake, or an update with new information."""

    date: Day = Field(description="The day the change was published.")
    note: Text = Field(
        description="What changed; for a correction, what was wrong, e.g. 'The quote was"
        " the mayor's, not her deputy's.'"
    )
    correction: bool = Field(
        default=True,
        description="true: it corrects a mistake (listed on the Corrections page); false: an"
        " update with new information, not a correction.",
    )


CHANGES_DESCRIPTION = (
    "Changes made after the record was published, newest last: each a date, a note and"
    " whether it is a correction. `explainer diff` asks for one when a quote, a speaker, a"
    " date or a citation changes."
)


WARNINGS = {
    "uncited": "body paragraphs of a source that no record cites",
    "in-no-dispute": "an event that no dispute's `events` names",
    "future-date": "a `happened` event dated after every source that cites it was published",
    "overdue": "a `scheduled` event whose day is before the newest source of the explainer",
    "mixed-scripts": "a word of a name mixing Latin, Cyrillic and Greek letters",
    "look-alike-name": "two actors whose names may be taken for each other",
    "other-side": "a claim backing one side of a dispute, by an actor who holds another",
}
"""The warnings of `check` an editor may acknowledge in a record, once judged: name ->
what it warns of. Drafts and placeholders cannot be acknowledged, only finished."""

WarningName = Literal[tuple(WARNINGS)]  # type: ignore[valid-type]  # one list, not two


class Acknowledgement(Model):
    """A warning of `check` the editors have judged to stand, and why."""

    warning: WarningName = Field(  # type: ignore[valid-type]
        description="The warning's name: "
        + "; ".join(f"{k} ({v})" for k, v in WARNINGS.items())
        + "."
    )
    reason: Text = Field(
        description="Why it stands, e.g. 'background: the trip bears on no dispute'."
    )


DRAFT_DESCRIPTION = (
    "Why the record is still a draft: the guesses `explainer ingest` or `explainer add` made"
    " that no editor has confirmed. `check` warns of it, `check --strict` refuses it, and"
    " `explainer accept` leaves the record in drafts/ (unless `--all`): delete it once the"
    " record is reviewed."
)
ACKNOWLEDGED_DESCRIPTION = (
    "Warnings of `check` the editors have judged to stand for this record, each with its"
    " reason: `check` and `check --strict` then pass over them (and warn when one no longer"
    " applies)."
)


class Source(Model):
    """A published article (or other document) that records cite."""

    id: Id
    outlet: Name = Field(description="Publisher, e.g. 'The Daily Ledger'.")
    wire: Text | None = Field(default=None, description="News agency the copy came from, if any.")
    headline: Name = Field(description="The article's headline.")
    published: Day = Field(description="Publication date; relative dates are resolved against it.")
    dateline: Text | None = Field(default=None, description="Place in the article's dateline.")
    authors: list[Name] = Field(
        default=[],
        description="Who wrote the article, as its byline names them, one per item (e.g."
        " 'Ana Ruiz'); leave it out for an unsigned article.",
    )
    url: Url | None = Field(
        default=None,
        description="Address of the original article (http or https); leave it out only for a"
        " source that is not online, and say why in `offline`.",
    )
    offline: Text | None = Field(
        default=None,
        description="Why the source has no address, e.g. 'print edition only' or 'hearing"
        " transcript, not published online'; shown on its page instead of a link.",
    )
    address_unknown: bool = Field(
        default=False,
        description="true for a source that is online at an address nobody noted yet (a"
        " saved page or a print-out without its address): neither `url` nor `offline`. The"
        " source page should say 'address not known', never 'not online'.",
    )
    republish: bool = Field(
        description="Whether the full text may be shown on the site; if false, "
        "only cited paragraphs are shown."
    )
    licence: Text = Field(description="Rights statement shown with the text.")
    paragraphs: list[Paragraph] = Field(
        min_length=1, description="Body text with page furniture removed, one item per paragraph."
    )
    changes: list[ChangeNote] = Field(default=[], description=CHANGES_DESCRIPTION)
    draft: Text | None = Field(default=None, description=DRAFT_DESCRIPTION)
    acknowledged: list[Acknowledgement] = Field(default=[], description=ACKNOWLEDGED_DESCRIPTION)

    @model_validator(mode="after")
    def _address_or_reason(self) -> Source:
        if self.address_unknown:
            if self.url is not None or self.offline is not None:
                raise ValueError(
                    "`address_unknown: true` is for a source with neither `url` nor `offline`:"
                    " delete it, or them"
                )
            return self
        if (self.url is None) == (self.offline is None):
            raise ValueError(
                "give the article's `url`, or, for a source that is not online, `offline`"
                " saying why (not both)"
            )
        return self


RELATION_LABELS = {
    "accuses": "accuses",
    "aids": "gives aid to",
    "demands-of": "demands action from",
    "denies": "denies the accusations of",
    "fights": "fights",
    "instructs": "instructs",
    "leads": "leads",
    "meets": "meets",
    "spokesperson-for": "spokesperson for",
    "ties-to": "has ties to",
    "warns": "warns",
}
"""Relation types an editor may record, with the words the map and the pages show."""

SYMMETRIC_RELATIONS = {"meets"}
"""Relations that read the same both ways (drawn without an arrow)."""

RelationType = Literal[tuple(RELATION_LABELS)]  # type: ignore[valid-type]  # one list, not two


class Relation(Model):
    """What one actor does to or is to another, as an article reports it."""

    type: RelationType = Field(  # type: ignore[valid-type]
        description="One of: "
        + ", ".join(f"{k} ({v})" if k != v else k for k, v in RELATION_LABELS.items())
        + "."
    )
    actor: Id = Field(description="Id of the other actor.")
    alleged_by: list[Id] = Field(
        default=[],
        description="Ids of the actors who allege it, when it is someone's claim and not what"
        " the sources establish (e.g. that an agency aids a group): the map draws it as"
        " alleged and names them.",
    )
    cite: list[Citation] = Field(min_length=1, description="Where the articles report it.")


class ActorTranslation(Translation):
    """An actor's text in another language (aliases stay as they are: search finds them)."""

    name: Name | None = Field(default=None, description="`name`, translated.")
    name_note: Text | None = Field(default=None, description="`name_note`, translated.")
    role: Text | None = Field(default=None, description="`role`, translated.")
    description: Text | None = Field(default=None, description="`description`, translated.")


class Actor(Translatable):
    """A person, organisation, state, group or anonymous source."""

    id: Id
    name: Name = Field(
        description="Name as the articles give it, or a description "
        "for anonymous sources ('two officials at the ministry')."
    )
    name_note: Text | None = Field(
        default=None,
        description="Where the name comes from when the cited articles do not give it (the"
        " explainer's own gloss), e.g. 'the official name; the articles say only \"the"
        " agency\"'. Shown with the name.",
    )
    kind: ActorKind = Field(description="person, organisation, state, group or anonymous.")
    aliases: list[Name] = Field(default=[], description="Other names and short forms (searchable).")
    role: Text | None = Field(default=None, description="Role or title at the time of the story.")
    affiliations: list[Id] = Field(
        default=[], description="Ids of actors this one belongs to or speaks for."
    )
    description: Text = Field(description="One or two neutral sentences.")
    cite: list[Citation] = Field(min_length=1, description="Where the description comes from.")
    relations: list[Relation] = Field(
        default=[],
        description="What this actor does to or is to other actors (shown on the relationship "
        "map); `affiliations` are drawn as 'member of' and need no relation.",
    )
    translations: dict[LanguageCode, ActorTranslation] = Field(
        default={}, description=TRANSLATIONS_DESCRIPTION
    )
    changes: list[ChangeNote] = Field(default=[], description=CHANGES_DESCRIPTION)
    draft: Text | None = Field(default=None, description=DRAFT_DESCRIPTION)
    acknowledged: list[Acknowledgement] = Field(default=[], description=ACKNOWLEDGED_DESCRIPTION)


class ParticipantTranslation(Translation):
    """A participant's role in another language."""

    role: Text | None = Field(default=None, description="`role`, translated.")


class Participant(Translatable):
    """An actor taking part in an event."""

    actor: Id = Field(description="Id of the actor.")
    role: Text = Field(description="What the actor did in the event, e.g. 'called the meeting'.")
    translations: dict[LanguageCode, ParticipantTranslation] = Field(
        default={}, description=TRANSLATIONS_DESCRIPTION
    )


class ClaimTranslation(Translation):
    """A claim in another language: a quotation's translation is shown beside its words."""

    text: Text | None = Field(
        default=None,
        description="A quote's translation (shown beside the quote, which keeps its own"
        " words), or the paraphrase in that language.",
    )
    context: Text | None = Field(default=None, description="`context`, translated.")
    place: Text | None = Field(default=None, description="`place`, translated.")


class Claim(Translatable):
    """A statement by an actor: a verbatim quote or an attributed paraphrase."""

    speaker: Id = Field(description="Id of the actor who said it (or whose statement it is).")
    kind: Literal["quote", "paraphrase"] = Field(
        description="quote: verbatim, checked against the cited paragraph;"
        " paraphrase: reported speech."
    )
    text: Text = Field(description="The quote verbatim, or the paraphrase.")
    context: Text | None = Field(
        default=None, description="How it was said, e.g. 'told reporters', 'in a statement'."
    )
    when: When | None = Field(default=None, description="When it was said.")
    place: Text | None = Field(default=None, description="Where it was said.")
    cite: Citation = Field(description="The paragraph that reports it.")
    translations: dict[LanguageCode, ClaimTranslation] = Field(
        default={}, description=TRANSLATIONS_DESCRIPTION
    )


class EventTranslation(Translation):
    """An event's text in another language."""

    title: Name | None = Field(default=None, description="`title`, translated.")
    place: Text | None = Field(default=None, description="`place`, translated.")
    summary: Text | None = Field(default=None, description="`summary`, translated.")


class Event(Translatable):
    """Something that happened, or was announced to happen, on a date."""

    id: Id
    title: Name = Field(description="Short title, e.g. 'Council votes to close the bridge'.")
    when: When = Field(description="When it happened.")
    status: Literal["happened", "scheduled", "postponed", "cancelled"] = Field(
        default="happened",
        description=(
            "'scheduled' for an event announced for a later day; 'postponed' for one put off"
            " with no new day known (its date stays the day it was due), 'cancelled' for one"
            " called off."
        ),
    )
    place: Text | None = Field(default=None, description="Where it happened.")
    participants: list[Participant] = Field(default=[], description="Actors and their roles.")
    summary: Text = Field(description="What happened, in neutral words.")
    quotes: list[Claim] = Field(default=[], description="What was said at or about the event.")
    cite: list[Citation] = Field(min_length=1, description="Where the event is reported.")
    translations: dict[LanguageCode, EventTranslation] = Field(
        default={}, description=TRANSLATIONS_DESCRIPTION
    )
    changes: list[ChangeNote] = Field(default=[], description=CHANGES_DESCRIPTION)
    draft: Text | None = Field(default=None, description=DRAFT_DESCRIPTION)
    acknowledged: list[Acknowledgement] = Field(default=[], description=ACKNOWLEDGED_DESCRIPTION)


class PositionTranslation(Translation):
    """A side's stance in another language."""

    stance: Text | None = Field(default=None, description="`stance`, translated.")


class Position(Translatable):
    """One side of a dispute: a stance, who holds it and what they said."""

    stance: Text = Field(description="The stance in a few neutral words.")
    actors: list[Id] = Field(min_length=1, description="Ids of the actors holding it.")
    claims: list[Claim] = Field(default=[], description="Quotes and paraphrases backing it.")
    translations: dict[LanguageCode, PositionTranslation] = Field(
        default={}, description=TRANSLATIONS_DESCRIPTION
    )


class DisputeTranslation(Translation):
    """A dispute's text in another language."""

    question: Name | None = Field(default=None, description="`question`, translated.")
    summary: Text | None = Field(default=None, description="`summary`, translated.")


class Dispute(Translatable):
    """A contested question and the positions taken on it."""

    id: Id
    question: Name = Field(
        description="The contested question, e.g. 'Should the bridge close to cars?'"
    )
    summary: Text = Field(description="What is disputed, in neutral words.")
    status: Literal["open", "settled"] = Field(description="open or settled.")
    events: list[Id] = Field(default=[], description="Ids of related events.")
    positions: list[Position] = Field(min_length=1, description="The sides, each with its claims.")
    cite: list[Citation] = Field(min_length=1, description="Where the summary comes from.")
    translations: dict[LanguageCode, DisputeTranslation] = Field(
        default={}, description=TRANSLATIONS_DESCRIPTION
    )
    changes: list[ChangeNote] = Field(default=[], description=CHANGES_DESCRIPTION)
    draft: Text | None = Field(default=None, description=DRAFT_DESCRIPTION)
    acknowledged: list[Acknowledgement] = Field(default=[], description=ACKNOWLEDGED_DESCRIPTION)


Record = Source | Actor | Event | Dispute
"""A record: what one file of data/ holds."""

KINDS: dict[str, type[Record]] = {
    "sources": Source,
    "actors": Actor,
    "events": Event,
    "disputes": Dispute,
}
"""Record kinds in dependency order: folder name under data/ -> model."""
KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}
"""Each kind's place in KINDS, for sorting records and files by kind."""
TITLE_FIELDS = {"sources": "headline", "actors": "name", "events": "title", "disputes": "question"}
"""The field each kind of record is named by in links, lists and change summaries."""
RESERVED_IDS = frozenset({"index"})
"""Ids no record may take: 'actors/index.md' is the actors index, not an actor's page."""
WINDOWS_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(10))}
)
"""File names Windows reserves: a page named so could not be unpacked from the bundle there."""


REFERENCES: dict[type[Model], list[tuple[str, str]]] = {
    Actor: [("affiliations", "actors")],
    Relation: [("actor", "actors"), ("alleged_by", "actors")],
    Participant: [("actor", "actors")],
    Claim: [("speaker", "actors")],
    Position: [("actors", "actors")],
    Dispute: [("events", "events")],
    When: [("source", "sources"), ("relative_to", "events")],
    Citation: [("source", "sources")],
}
"""Fields that hold ids, by model: field -> kind of record the ids refer to."""


def walk(
    value: Any, loc: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Yield every typed value nested in `value` (itself included) and its field path,
    depth first."""
    if isinstance(value, Model):
        yield loc, value
        for name in _record_fields(type(value)):
            yield from walk(getattr(value, name), loc + (name,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, loc + (index,))


@functools.cache
def _record_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model that can hold typed values (walking skips text and numbers)."""
    return tuple(
        name for name, info in model.model_fields.items() if any(models_in(info.annotation))
    )


def models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """The model classes a field's type annotation names (`list[Citation]` -> Citation)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in getattr(annotation, "__args__", ()):
        yield from models_in(argument)
