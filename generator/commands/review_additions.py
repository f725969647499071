"""What the editor adds on the review page that ingest missed: an actor the article names,
an event or a dispute it tells, a claim it reports (a paraphrase, a quotation ingest did
not find), or a relation between two actors it reports, written as a new draft of the set
(drafts/<id>/actors/, events/, disputes/, quotes.yaml; a relation in its actor's draft, or
in an update of an actor of data/, updates/actors/) citing the set's article at the
paragraphs the editor gives. Each is then an item like the others: corrected, accepted
through `accept`, or rejected; a quotation can be placed on a drafted dispute's positions.
Every value is checked here; no path comes from the form."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..ingest.drafts import known_actors
from ..ingest.proposals import id_of
from ..records.model import RELATION_LABELS
from ..run.guard import refuse_link_on_the_way
from ..run.project import id_slug
from ..text.names import name_problem, same_name_key
from .accept import dumped
from .review_article import source_of
from .review_drafts import DraftSet, ReviewError
from .review_files import load_draft, read_draft, write_draft
from .review_forms import ACTOR_KINDS, DISPUTE_STATUSES, PRECISIONS, STATUSES, Field

NEW_ACTOR = [
    Field(("name",), "Name, as the article gives it"),
    Field(("kind",), "Kind", "choice", ACTOR_KINDS),
    Field(("role",), "Role or title at the time", optional=True),
    Field(("description",), "Description (one or two neutral sentences)", "textarea"),
    Field(("paragraphs",), "Paragraphs of the article that name them (e.g. 2, 5)"),
]
"""The form of a new actor; its names are those of `Field.name` (f:name, f:kind …)."""

NEW_DISPUTE = [
    Field(("question",), "The question disputed (e.g. Does the dam break the treaty?)"),
    Field(("summary",), "What is disputed, in neutral words", "textarea"),
    Field(("status",), "Status", "choice", DISPUTE_STATUSES),
    Field(("positions", 0, "stance"), "Position 1: the stance, in a few neutral words"),
    Field(("positions", 0, "actors"), "Position 1: held by", "actor"),
    Field(("positions", 0, "also"), "Position 1: also held by", "actor", optional=True),
    Field(("positions", 1, "stance"), "Position 2: the stance", optional=True),
    Field(("positions", 1, "actors"), "Position 2: held by", "actor", optional=True),
    Field(("positions", 1, "also"), "Position 2: also held by", "actor", optional=True),
    Field(("paragraphs",), "Paragraphs of the article that tell it (e.g. 1, 4)"),
]
"""The form of a new dispute: a question and up to two sides of one or two holders each
(more are added on its draft's form)."""

NEW_CLAIM = [
    Field(("speaker",), "Whose words or view", "actor"),
    Field(("kind",), "Kind", "choice", ("paraphrase", "quote")),
    Field(("text",), "The words: a quote exactly as printed, or a neutral paraphrase", "textarea"),
    Field(("paragraphs",), "The paragraph that reports it (e.g. 6)"),
    Field(("to",), "Place (an event, or a side of a dispute)", "place"),
]
"""The form of a claim ingest did not draft: reported speech ("according to X", "X said
the city had admitted …"), a view, or a quotation it missed."""


NEW_EVENT = [
    Field(("title",), "Title, in neutral words (e.g. The council defers the vote)"),
    Field(("date",), "Date", "date"),
    Field(("precision",), "Precision", "choice", PRECISIONS),
    Field(("basis",), "Basis (the article's words for the date, e.g. on Monday)"),
    Field(("status",), "Status", "choice", STATUSES),
    Field(("summary",), "Summary (what happened, or what is planned)", "textarea"),
    Field(("participants", 0, "actor"), "Participant", "actor", optional=True),
    Field(("participants", 0, "role"), "Participant: their role", optional=True),
    Field(("participants", 1, "actor"), "Another participant", "actor", optional=True),
    Field(("participants", 1, "role"), "Another participant: their role", optional=True),
    Field(("paragraphs",), "Paragraphs of the article that tell it (e.g. 2, 3)"),
]
"""The form of an event ingest did not draft (new user 13 wrote one by hand)."""


def add_actor(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """Write the form's actor as drafts/<set>/actors/<id>.yaml, its id made from the name
    (numbered when data/ or the set has it). Nothing is written if a value is wrong."""
    values, problems = _typed(NEW_ACTOR, form)
    if values["kind"] and values["kind"] not in ACTOR_KINDS:
        problems.append(f"Kind: '{values['kind']}' is not one of the choices")
    numbers = _paragraphs(drafts, values["paragraphs"], problems)
    if values["name"] and (problem := name_problem(values["name"])):
        problems.append(f"Name: {problem}")
    if same := _same_name(drafts, values["name"]):
        problems.append(f"Name: '{values['name']}' is already an actor ({same}): correct that one")
    record_id = _free_id(drafts, "actors", id_slug(values["name"]))
    if values["name"] and not record_id:
        problems.append(f"Name: no id can be made from '{values['name']}'")
    if problems:
        raise ReviewError("New actor: " + "; ".join(problems) + " (nothing was written)")
    record = CommentedMap(id=record_id, name=values["name"], kind=values["kind"])
    if values["role"]:
        record["role"] = values["role"]
    record["description"] = values["description"]
    record["cite"] = _cited(drafts, numbers)
    return _written(drafts, "actors", record)


def add_dispute(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """Write the form's dispute as drafts/<set>/disputes/<id>.yaml, its id made from the
    question. Its sides' actors must be the explainer's or the set's."""
    values, problems = _typed(NEW_DISPUTE, form)
    if values["status"] and values["status"] not in DISPUTE_STATUSES:
        problems.append(f"Status: '{values['status']}' is not one of the choices")
    if values["question"] and (problem := name_problem(values["question"])):
        problems.append(f"Question: {problem}")
    known = {choice.value for choice in drafts.actors()}
    positions = CommentedSeq()
    for n in (0, 1):
        stance, actor = values[f"positions.{n}.stance"], values[f"positions.{n}.actors"]
        also = values[f"positions.{n}.also"]
        holders = list(dict.fromkeys(a for a in (actor, also) if a))
        if unknown := [a for a in holders if a not in known]:
            problems.append(f"Position {n + 1}: '{unknown[0]}' is not one of the actors")
        elif bool(stance) != bool(actor):
            problems.append(f"Position {n + 1}: give both its stance and who holds it")
        elif stance:
            positions.append(CommentedMap(stance=stance, actors=CommentedSeq(holders)))
    numbers = _paragraphs(drafts, values["paragraphs"], problems)
    words = " ".join(values["question"].rstrip("?").split()[:8])
    record_id = _free_id(drafts, "disputes", id_of(words, set(), "") if words else "")
    if values["question"] and not record_id:
        problems.append(f"Question: no id can be made from '{values['question']}'")
    if problems:
        raise ReviewError("New dispute: " + "; ".join(problems) + " (nothing was written)")
    record = CommentedMap(id=record_id, question=values["question"])
    record["summary"] = values["summary"]
    record["status"] = values["status"]
    record["positions"] = positions
    record["cite"] = _cited(drafts, numbers)
    written = _written(drafts, "disputes", record)
    drafts.to_sides(record_id, positions)
    return written


def add_event(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """Write the form's event as drafts/<set>/events/<id>.yaml, its id made from the
    title, its date resting on the set's article; its participants must be the explainer's
    or the set's actors, each with a role."""
    values, problems = _typed(NEW_EVENT, form)
    try:
        day = dt.date.fromisoformat(values["date"]) if values["date"] else None
    except ValueError:
        problems.append(f"Date: '{values['date']}' is no date (YYYY-MM-DD)")
        day = None
    for name, offered in (("precision", PRECISIONS), ("status", STATUSES)):
        if values[name] and values[name] not in offered:
            problems.append(f"{name.capitalize()}: '{values[name]}' is not one of the choices")
    if values["title"] and (problem := name_problem(values["title"])):
        problems.append(f"Title: {problem}")
    known = {choice.value for choice in drafts.actors()}
    participants = CommentedSeq()
    for n, label in ((0, "Participant"), (1, "Another participant")):
        actor, role = values[f"participants.{n}.actor"], values[f"participants.{n}.role"]
        if actor and actor not in known:
            problems.append(f"{label}: '{actor}' is not one of the actors")
        elif bool(actor) != bool(role):
            problems.append(f"{label}: give both who took part and their role")
        elif actor and actor not in [p["actor"] for p in participants]:
            participants.append(CommentedMap(actor=actor, role=role))
    numbers = _paragraphs(drafts, values["paragraphs"], problems)
    record_id = _free_id(
        drafts, "events", id_of(values["title"], set(), "") if values["title"] else ""
    )
    if values["title"] and not record_id:
        problems.append(f"Title: no id can be made from '{values['title']}'")
    if problems:
        raise ReviewError("New event: " + "; ".join(problems) + " (nothing was written)")
    record = CommentedMap(id=record_id, title=values["title"])
    record["when"] = CommentedMap(
        date=day, precision=values["precision"], basis=values["basis"], source=drafts.id
    )
    record["status"] = values["status"]
    record["summary"] = values["summary"]
    if participants:
        record["participants"] = participants
    record["cite"] = _cited(drafts, numbers)
    return _written(drafts, "events", record)


def add_claim(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """Add the form's claim to the set's quotes.yaml as one more quotation to review and
    accept (`accept` checks a quote's words against the paragraph, verbatim)."""
    values, problems = _typed(NEW_CLAIM, form)
    if values["speaker"] and values["speaker"] not in {c.value for c in drafts.actors()}:
        problems.append(f"Whose words: '{values['speaker']}' is not one of the actors")
    if values["kind"] and values["kind"] not in ("quote", "paraphrase"):
        problems.append(f"Kind: '{values['kind']}' is not one of the choices")
    if values["to"] and values["to"] not in {c.value for c in drafts.places()}:
        problems.append(f"Place: '{values['to']}' is not one of the choices")
    numbers = _paragraphs(drafts, values["paragraphs"], problems)
    if len(numbers) > 1:
        problems.append("Paragraphs: a claim is reported in one paragraph")
    if problems:
        raise ReviewError("New claim: " + "; ".join(problems) + " (nothing was written)")
    claim = CommentedMap(speaker=values["speaker"], kind=values["kind"], text=values["text"])
    claim["cite"] = CommentedMap(source=drafts.id, paragraphs=CommentedSeq(numbers))
    path = drafts.made() / "quotes.yaml"
    document = _extended(drafts, path, CommentedMap)
    quotes = document.setdefault("quotes", CommentedSeq())
    quotes.append(CommentedMap(to=values["to"], claim=claim))
    _saved(drafts, path, document)
    return path


NEW_RELATION = [
    Field(("actor",), "Who (the actor who does it, or is it)", "actor"),
    Field(("type",), "Does what", "relation"),
    Field(("other",), "To whom", "actor"),
    Field(
        ("alleged_by",),
        "Alleged by (only when it is someone's claim, not what the sources establish)",
        "actor",
        optional=True,
    ),
    Field(("paragraphs",), "Paragraphs of the article that report it (e.g. 3)"),
]
"""The form of a relation the article reports ("X accuses Y", "X leads Y"), which the map
draws: written into its actor's draft, or as an update of an actor of data/."""


def add_relation(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """Add the form's relation to its actor: to the set's draft of that actor, or to the
    set's update of an actor of data/ (made if there is none), which `accept` applies."""
    values, problems = _typed(NEW_RELATION, form)
    known = {choice.value for choice in drafts.actors()}
    for key, label in (("actor", "Who"), ("other", "To whom"), ("alleged_by", "Alleged by")):
        if values[key] and values[key] not in known:
            problems.append(f"{label}: '{values[key]}' is not one of the actors")
    if values["type"] and values["type"] not in RELATION_LABELS:
        problems.append(f"Does what: '{values['type']}' is not one of the choices")
    if values["actor"] and values["actor"] == values["other"]:
        problems.append("To whom: an actor has no relation to itself")
    numbers = _paragraphs(drafts, values["paragraphs"], problems)
    if problems:
        raise ReviewError("New relation: " + "; ".join(problems) + " (nothing was written)")
    relation = CommentedMap(type=values["type"], actor=values["other"])
    if values["alleged_by"]:
        relation["alleged_by"] = CommentedSeq([values["alleged_by"]])
    relation["cite"] = _cited(drafts, numbers)
    draft = drafts.made() / "actors" / f"{values['actor']}.yaml"
    if not draft.is_file():  # an actor of data/: its update carries the relation
        draft = drafts.folder / "updates" / "actors" / f"{values['actor']}.yaml"
    record = _extended(
        drafts,
        draft,
        lambda: CommentedMap(
            update=f"actors/{values['actor']}",
            draft="a relation added on the review screen: check it, then accept",
        ),
    )
    record.setdefault("relations", CommentedSeq()).append(relation)
    _saved(drafts, draft, record)
    return draft


NEW_BEARING = [
    Field(("event",), "The event (of data/)", "event"),
    Field(("dispute",), "Bears on the dispute (of data/)", "dispute"),
]
"""The form that joins an event already accepted to a dispute already accepted."""


def add_bearing(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """Add the event to the set's update of the dispute (made if there is none), which
    `accept` applies: the dispute's `events` gains it."""
    values, problems = _typed(NEW_BEARING, form)
    lists = drafts.pick_lists()
    if values["event"] and values["event"] not in {c.value for c in lists["event"]}:
        problems.append(f"The event: '{values['event']}' is not one of data/'s events")
    if values["dispute"] and values["dispute"] not in {c.value for c in lists["dispute"]}:
        problems.append(f"The dispute: '{values['dispute']}' is not one of data/'s disputes")
    if problems:
        raise ReviewError("Event and dispute: " + "; ".join(problems) + " (nothing was written)")
    path, record = _dispute_update(drafts, values["dispute"].removeprefix("dispute:"))
    events = record.setdefault("events", CommentedSeq())
    if values["event"] not in events:
        events.append(values["event"])
    _saved(drafts, path, record)
    return path


NEW_UNCITED = [
    Field(("paragraph",), "The paragraph no record cites (e.g. 7)"),
    Field(("reason",), "Why it needs no citation (e.g. a photo caption, background)"),
]
"""The form that says why a paragraph of an accepted article is left uncited."""


def add_uncited(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """The reason a paragraph of a source of data/ is cited by nothing, in the set's
    update of that source, which `accept` writes into the paragraph's `uncited_reason`
    (a source still a draft takes it on its own form)."""
    values, problems = _typed(NEW_UNCITED, form)
    numbers = _paragraphs(drafts, values["paragraph"], problems)
    source = drafts.data / "sources" / f"{drafts.id}.yaml"
    if not source.is_file():
        problems.append("the source is still a draft: give the reason on its form above")
    elif len(numbers) > 1:
        problems.append("Paragraph: one paragraph at a time")
    elif numbers and numbers[0] in drafts.cited(drafts.id):
        problems.append(f"Paragraph: ¶{numbers[0]} is cited already: it needs no reason")
    if problems:
        raise ReviewError("Uncited paragraph: " + "; ".join(problems) + " (nothing was written)")
    path = drafts.made() / "updates" / "sources" / f"{drafts.id}.yaml"
    record = _extended(drafts, path, lambda: CommentedMap(update=f"sources/{drafts.id}"))
    reasons = record.setdefault("uncited", CommentedSeq())
    reasons[:] = [r for r in reasons if r.get("paragraph") != numbers[0]]
    reasons.append(CommentedMap(paragraph=numbers[0], reason=values["reason"]))
    _saved(drafts, path, record)
    return path


NEW_DISPUTE_NEWS = [
    Field(("dispute",), "The dispute (of data/)", "dispute"),
    Field(("status",), "Its status now", "choice", DISPUTE_STATUSES),
    Field(("summary",), "New summary (what is disputed now, or how it was settled)", "textarea"),
    Field(("note",), "A note for readers of what changed"),
    Field(("paragraphs",), "Paragraphs of the article that report it (e.g. 1, 2)"),
]
"""The form of what an article reports of a dispute already accepted: settled (a ruling),
or changed."""


def add_dispute_news(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """The set's update of a dispute of data/: its new status and summary, a note for
    readers (dated the day it is accepted) and this article's citation, which `accept`
    applies."""
    values, problems = _typed(NEW_DISPUTE_NEWS, form)
    if values["dispute"] and values["dispute"] not in {c.value for c in drafts.disputes()}:
        problems.append(f"The dispute: '{values['dispute']}' is not one of data/'s disputes")
    if values["status"] and values["status"] not in DISPUTE_STATUSES:
        problems.append(f"Its status now: '{values['status']}' is not one of the choices")
    numbers = _paragraphs(drafts, values["paragraphs"], problems)
    if problems:
        raise ReviewError("Dispute news: " + "; ".join(problems) + " (nothing was written)")
    path, record = _dispute_update(drafts, values["dispute"].removeprefix("dispute:"))
    _cite_too(drafts, record, numbers)
    record["status"], record["summary"] = values["status"], values["summary"]
    note = CommentedMap(date=dt.date.today(), note=values["note"], correction=False)
    record["changes"] = CommentedSeq([note])
    _saved(drafts, path, record)
    return path


NEW_HOLDER = [
    Field(("side",), "The side (a position of a dispute of data/)", "place"),
    Field(("actor",), "Who holds it too", "actor"),
    Field(("paragraphs",), "Paragraphs of the article that say so (e.g. 4)"),
]
"""The form of one more holder of a side of a dispute already accepted."""


def add_holder(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """The set's update of a dispute of data/ that adds a holder to one of its sides and
    cites this article, which `accept` applies (new user 13 added holders by hand)."""
    values, problems = _typed(NEW_HOLDER, form)
    side = re.fullmatch(r"dispute:([a-z0-9-]+):(\d{1,3})", values["side"])
    disputes = {c.value.removeprefix("dispute:") for c in drafts.disputes()}
    if values["side"] and (side is None or side[1] not in disputes):
        problems.append(f"The side: '{values['side']}' is not a side of a dispute of data/")
    if values["actor"] and values["actor"] not in {c.value for c in drafts.actors()}:
        problems.append(f"Who holds it too: '{values['actor']}' is not one of the actors")
    numbers = _paragraphs(drafts, values["paragraphs"], problems)
    if problems or side is None:
        raise ReviewError("New holder: " + "; ".join(problems) + " (nothing was written)")
    path, record = _dispute_update(drafts, side[1])
    holders = record.setdefault("holders", CommentedSeq())
    holders.append(CommentedMap(position=int(side[2]), actor=values["actor"]))
    _cite_too(drafts, record, numbers)
    _saved(drafts, path, record)
    return path


@dataclass(frozen=True)
class Addition:
    """One form of the page that adds what ingest missed: its button's action, the anchor
    and heading of its section, the hint under the heading, its fields and what it does."""

    action: str
    anchor: str
    title: str
    short: str  # in "Missing something? Add an actor, …"
    hint: str
    fields: list[Field]
    add: Callable[[DraftSet, Mapping[str, str]], Path]


def _same_name(drafts: DraftSet, name: str) -> str | None:
    """The actor of data/ or of the set that already goes by this name or alias."""
    wanted = same_name_key(name)  # as `check` compares names: "looks the same"
    for where, folder in (("", drafts.data), (", a draft of this set", drafts.folder)):
        for actor in known_actors(folder):
            if any(same_name_key(n) == wanted for n in actor.names):
                return f"{actor.id}{where}"
    return None


def _typed(fields: list[Field], form: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The form's values by field path ('name', 'positions.0.stance'), on one line (a
    textarea's kept as typed), and the required ones left empty."""
    values = {}
    for field in fields:
        raw = form.get(field.name, "").replace("\r\n", "\n")
        values[field.name[2:]] = (
            raw.strip() if field.widget == "textarea" else " ".join(raw.split())
        )
    missing = [
        f"{f.label}: must not be empty" for f in fields if not f.optional and not values[f.name[2:]]
    ]
    return values, missing


def _paragraphs(drafts: DraftSet, typed: str, problems: list[str]) -> list[int]:
    """The paragraph numbers typed ('2, 5'), each one of the set's article."""
    found = source_of(drafts.folder, drafts.id, drafts.data)
    known = set(range(1, len(found[1]["paragraphs"]) + 1)) if found else set()
    numbers: list[int] = []
    tokens = [t for t in re.split(r"[,;\s]+", typed) if t]
    for token in tokens:  # "2", or "2-4" for 2, 3 and 4
        span = re.fullmatch(r"(\d{1,6})(?:[-–](\d{1,6}))?", token)
        if span is None:
            numbers = []
            break
        first, last = int(span[1]), int(span[2] or span[1])
        numbers += range(first, min(last, first + len(known)) + 1)
    numbers = sorted(set(numbers))
    if typed and (not numbers or not set(numbers) <= known):
        problems.append(
            f"Paragraphs: '{typed}' are not all paragraphs of the article"
            f" (1 to {max(known, default=0)})"
        )
    return numbers


def _extended(drafts: DraftSet, path: Path, fresh: Callable[[], CommentedMap]) -> Any:
    """The draft at `path` to add to, read as the review reads every draft (a broken file
    is a ReviewError naming it), or `fresh()` when there is none yet."""
    refuse_link_on_the_way(path, drafts.folder)
    return load_draft(path, read_draft(path)) if path.is_file() else fresh()


def _saved(drafts: DraftSet, path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_draft(path, dumped(document), drafts.folder)


def _dispute_update(drafts: DraftSet, dispute_id: str) -> tuple[Path, Any]:
    """The set's update of a dispute of data/, as far as it is written (news of it, an
    event that bears on it, a holder), or a new one: its file and its record."""
    path = drafts.made() / "updates" / "disputes" / f"{dispute_id}.yaml"
    return path, _extended(drafts, path, lambda: CommentedMap(update=f"disputes/{dispute_id}"))


def _cite_too(drafts: DraftSet, record: Any, numbers: list[int]) -> None:
    """An update's citation of this article, with these paragraphs besides those an earlier
    form gave it (news of a dispute, then a holder of one of its sides)."""
    cited = next((c for c in record.get("cite") or [] if c.get("source") == drafts.id), None)
    if cited is None:
        record["cite"] = _cited(drafts, numbers)
    else:
        cited["paragraphs"] = CommentedSeq(sorted({*cited.get("paragraphs", []), *numbers}))


def _cited(drafts: DraftSet, numbers: list[int]) -> CommentedSeq:
    return CommentedSeq([CommentedMap(source=drafts.id, paragraphs=CommentedSeq(numbers))])


def _written(drafts: DraftSet, kind: str, record: CommentedMap) -> Path:
    path = drafts.made() / kind / f"{record['id']}.yaml"
    refuse_link_on_the_way(path, drafts.folder)
    path.parent.mkdir(exist_ok=True)
    with open(path, "x", encoding="utf-8") as out:  # never over a draft made meanwhile
        out.write(dumped(record))
    return path


def _free_id(drafts: DraftSet, kind: str, base: str) -> str:
    """`base`, numbered past the ids data/ and the set hold ('zoe-brun-2'); '' for ''."""
    if not base:
        return ""
    taken = {  # a record's id is its file's name (check refuses any other)
        path.stem for folder in (drafts.data, drafts.folder) for path in (folder / kind).glob("*")
    }
    record_id, n = base, 2
    while record_id in taken:
        record_id, n = f"{base}-{n}", n + 1
    return record_id


ADDITIONS = (
    Addition(
        "add-actor",
        "new-actor",
        "An actor ingest missed",
        "an actor",
        "Someone the article quotes, or whose words or deeds it reports, that no draft above"
        " proposes: added as a draft of this set, citing the paragraphs you give, to accept"
        " like the others.",
        NEW_ACTOR,
        add_actor,
    ),
    Addition(
        "add-event",
        "new-event",
        "An event ingest missed",
        "an event",
        "Something that happened, or is planned, that the article tells and no draft above"
        " drafts: added as a draft of this set, dated by the article's words, citing the"
        " paragraphs you give, to accept like the others.",
        NEW_EVENT,
        add_event,
    ),
    Addition(
        "add-dispute",
        "new-dispute",
        "A dispute this article tells",
        "a dispute",
        "What exactly is disputed, and who holds each side: added as a draft of this set;"
        " once accepted, a quotation can be placed on either side.",
        NEW_DISPUTE,
        add_dispute,
    ),
    Addition(
        "add-claim",
        "new-claim",
        "A claim this article reports",
        "a claim",
        "Words or a view the article gives without a quotation ingest found (\u201caccording"
        " to X\u201d, \u201cX said the city had admitted \u2026\u201d): added to the quotations"
        " of this set, to accept like the others. A quote is checked against its paragraph"
        " word for word.",
        NEW_CLAIM,
        add_claim,
    ),
    Addition(
        "add-relation",
        "new-relation",
        "A relation this article reports",
        "a relation",
        "What one actor does to or is to another, as the article reports it (“X accuses"
        " Y”, “X leads Y”): the map of actors draws it. Added to the actor's"
        " draft, or, for an actor already in data/, as an update of it to accept.",
        NEW_RELATION,
        add_relation,
    ),
    Addition(
        "add-bearing",
        "new-bearing",
        "An event of data/ that bears on a dispute of data/",
        "an event to a dispute",
        "Both already accepted (an event accepted before its dispute, or a dispute accepted"
        " before its events were ticked): the dispute's events gain it, as an update of the"
        " dispute to accept.",
        NEW_BEARING,
        add_bearing,
    ),
    Addition(
        "add-dispute-news",
        "new-dispute-news",
        "News of a dispute of data/",
        "news of a dispute",
        "The article settles a dispute already accepted (a ruling, a deal) or changes it: its"
        " status, a new summary and a note for readers, citing this article; an update of the"
        " dispute to accept.",
        NEW_DISPUTE_NEWS,
        add_dispute_news,
    ),
    Addition(
        "add-holder",
        "new-holder",
        "A holder of a side of a dispute of data/",
        "a holder to a side",
        "Someone the article says holds a side of a dispute already accepted: added to that"
        " side, as an update of the dispute to accept (then their quotations may be placed"
        " there).",
        NEW_HOLDER,
        add_holder,
    ),
    Addition(
        "add-uncited",
        "new-uncited",
        "A paragraph no record needs to cite",
        "a reason a paragraph is uncited",
        "For an article already in data/: a paragraph nothing cites (a photo caption, a"
        " byline, background) says why, so that check no longer asks of it; an update of the"
        " source to accept.",
        NEW_UNCITED,
        add_uncited,
    ),
)
"""The forms, in the page's order, by which the editor adds what ingest missed."""
