"""The validated data set, and the cross-references every page needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property

from ..run.memo import Memo
from .model import (
    KIND_ORDER,
    KINDS,
    REFERENCES,
    RELATION_LABELS,
    Actor,
    Citation,
    Claim,
    Dispute,
    Event,
    Position,
    Record,
    Source,
    walk,
)


@dataclass(frozen=True)
class QuoteRef:
    """A claim together with the record and position (if any) it belongs to."""

    claim: Claim
    owner: Event | Dispute
    position: Position | None = None


@dataclass(frozen=True)
class CitationRef:
    """A citation and the record that makes it."""

    citation: Citation
    owner: Source | Actor | Event | Dispute


MEMBER_OF = "member-of"
"""The edge type of an affiliation (not a relation an editor records)."""


@dataclass(frozen=True)
class Edge:
    """A relation between two actors: recorded in `relations`, or an affiliation."""

    subject: str
    type: str
    object: str
    cite: tuple[Citation, ...] = ()
    alleged_by: tuple[str, ...] = ()
    """Who alleges it, when it is a claim and not what the sources establish."""

    @property
    def label(self) -> str:
        return RELATION_LABELS.get(self.type, "member of")

    @property
    def is_membership(self) -> bool:
        return self.type == MEMBER_OF


@dataclass(frozen=True)
class Explainer:
    """All records of one explainer, keyed by id, plus derived indexes (built once)."""

    sources: dict[str, Source] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    disputes: dict[str, Dispute] = field(default_factory=dict)
    memo: Memo = field(default_factory=Memo, compare=False, repr=False)
    """Where values derived from one record are kept (speedups.py)."""
    language: str = ""
    """The language the records were translated into (translations.py); "" as written."""
    written_in: str = ""
    """The language the records are written in, when `language` is another."""

    def events_in_order(self, ids: list[str] | None = None) -> list[Event]:
        """Events (all, or those named) by date, then title."""
        chosen = self.events.values() if ids is None else (self.events[i] for i in ids)
        return sorted(chosen, key=_chronological)

    @cached_property
    def event_order(self) -> tuple[str, ...]:
        """Every event's id, by date, then title (then id, so that the order is one)."""
        return tuple(event.id for event in self.events_in_order())

    def adjacent_events(self, event_id: str) -> tuple[Event | None, Event | None]:
        """The events just before and just after this one, in date order."""
        position = self._event_positions[event_id]
        order = self.event_order
        before = self.events[order[position - 1]] if position > 0 else None
        after = self.events[order[position + 1]] if position + 1 < len(order) else None
        return before, after

    @cached_property
    def _event_positions(self) -> dict[str, int]:
        return {event_id: n for n, event_id in enumerate(self.event_order)}

    @cached_property
    def claims(self) -> list[QuoteRef]:
        """Every claim in the data, from events and dispute positions."""
        refs = [QuoteRef(c, event) for event in self.events.values() for c in event.quotes]
        refs += [
            QuoteRef(c, dispute, position)
            for dispute in self.disputes.values()
            for position in dispute.positions
            for c in position.claims
        ]
        return refs

    @cached_property
    def claims_by_speaker(self) -> dict[str, list[QuoteRef]]:
        index: dict[str, list[QuoteRef]] = defaultdict(list)
        for ref in self.claims:
            index[ref.claim.speaker].append(ref)
        return index

    @cached_property
    def events_by_actor(self) -> dict[str, list[Event]]:
        index: dict[str, list[Event]] = defaultdict(list)
        for event in self.events_in_order():
            for participant in event.participants:
                index[participant.actor].append(event)
        return index

    @cached_property
    def disputes_by_event(self) -> dict[str, list[Dispute]]:
        index: dict[str, list[Dispute]] = defaultdict(list)
        for dispute in self.disputes.values():
            for event_id in dispute.events:
                index[event_id].append(dispute)
        return index

    @cached_property
    def members(self) -> dict[str, list[Actor]]:
        """Actors affiliated with each actor (the reverse of `affiliations`)."""
        index: dict[str, list[Actor]] = defaultdict(list)
        for actor in self.actors.values():
            for parent in actor.affiliations:
                index[parent].append(actor)
        return index

    def positions_of(self, actor_id: str) -> list[tuple[Dispute, Position]]:
        """The disputes an actor holds a position in, with that position."""
        return self.positions_by_actor.get(actor_id, [])

    @cached_property
    def positions_by_actor(self) -> dict[str, list[tuple[Dispute, Position]]]:
        index: dict[str, list[tuple[Dispute, Position]]] = defaultdict(list)
        for dispute in self.disputes.values():
            for position in dispute.positions:
                for actor_id in position.actors:
                    index[actor_id].append((dispute, position))
        return index

    @cached_property
    def citations(self) -> list[CitationRef]:
        """Every citation anywhere in the data, with the record making it. Found by walking
        the records, so a new field with citations counts without listing it here."""
        return [
            ref
            for kind in KINDS
            for record in getattr(self, kind).values()
            for ref in self.memo(_citations_in, record, (kind, record.id))
        ]

    @cached_property
    def citations_by_source(self) -> dict[str, list[CitationRef]]:
        index: dict[str, list[CitationRef]] = defaultdict(list)
        for ref in self.citations:
            index[ref.citation.source].append(ref)
        return index

    @cached_property
    def edges(self) -> list[Edge]:
        """Every relation between actors. An affiliation is drawn as 'member of' unless a
        recorded relation already says more about the same pair (e.g. 'spokesperson for')."""
        edges = [
            Edge(actor.id, r.type, r.actor, tuple(r.cite), tuple(r.alleged_by))
            for actor in self.actors.values()
            for r in actor.relations
        ]
        said = {(e.subject, e.object) for e in edges}
        edges += [
            Edge(actor.id, MEMBER_OF, parent, self._naming(actor, parent))
            for actor in self.actors.values()
            for parent in actor.affiliations
            if (actor.id, parent) not in said
        ]
        return edges

    def _naming(self, actor: Actor, parent_id: str) -> tuple[Citation, ...]:
        """An affiliation's evidence: the actor's cited paragraphs that name the body it
        belongs to ("Marta Kovac, chair of the farmers' union"), or all of them if none
        does (an affiliation has no citation of its own)."""
        parent = self.actors.get(parent_id)
        names = [n.casefold() for n in (parent.name, *parent.aliases)] if parent else []
        naming = []
        for citation in actor.cite:
            source = self.sources.get(citation.source)
            texts = {p.n: p.text.casefold() for p in source.paragraphs} if source else {}
            kept = [n for n in citation.paragraphs if any(m in texts.get(n, "") for m in names)]
            if kept:
                naming.append(Citation(source=citation.source, paragraphs=kept))
        return tuple(naming) or tuple(actor.cite)

    @cached_property
    def edges_by_actor(self) -> dict[str, list[Edge]]:
        """The relations each actor takes part in, either way round."""
        index: dict[str, list[Edge]] = defaultdict(list)
        for edge in self.edges:
            index[edge.subject].append(edge)
            index[edge.object].append(edge)
        return index

    @cached_property
    def references(self) -> dict[tuple[str, str], set[tuple[str, str]]]:
        """(kind, id) of every record -> the (kind, id) of every other record its data names."""
        return {
            (kind, record.id): self.memo(_named_in, record, (kind, record.id)) - {(kind, record.id)}
            for kind in KINDS
            for record in getattr(self, kind).values()
        }

    @cached_property
    def _named_by(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        index: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for referrer, targets in self.references.items():
            for target in targets:
                index[target].append(referrer)
        return index

    def named_by(self, target: tuple[str, str]) -> list[tuple[str, str]]:
        """(kind, id) of the records whose data name the record `target`, unsorted."""
        return self._named_by.get(target, [])

    def referrers(self, target: tuple[str, str]) -> list[tuple[str, Record]]:
        """The records whose data name the record `target` (kind, id), as (kind, record),
        each once, by kind and id. Sorted only for the pages rendered: after an edit,
        that is a few of all."""
        return [
            (kind, getattr(self, kind)[i])
            for kind, i in sorted(self.named_by(target), key=_kind_order)
        ]

    @cached_property
    def shared_outlets(self) -> frozenset[str]:
        """The sources whose outlet another source has too ("Portvale Courier" twice): a
        citation names them with their date, or a reader could not tell them apart."""
        return self._sharing(lambda source: outlet_key(source.outlet))

    @cached_property
    def shared_days(self) -> frozenset[str]:
        """The sources whose outlet and day another source has too (two stories of one
        paper on one day): a citation names them with their headline as well."""
        return self._sharing(lambda source: (outlet_key(source.outlet), source.published))

    def _sharing(self, key: Callable[[Source], Hashable]) -> frozenset[str]:
        groups: dict[Hashable, list[str]] = {}
        for source in self.sources.values():
            groups.setdefault(key(source), []).append(source.id)
        return frozenset(i for ids in groups.values() if len(ids) > 1 for i in ids)

    @cached_property
    def actor_names(self) -> dict[str, tuple[str, ...]]:
        """Each actor's name and aliases: prose on any page may link them."""
        return {a.id: (a.name, *a.aliases) for a in self.actors.values()}


def outlet_key(outlet: str) -> str:
    """An outlet as a reader tells it from others: "The Harbour Courier" is "harbour courier"."""
    return " ".join(outlet.casefold().split()).removeprefix("the ")


def _named_in(record: Record) -> set[tuple[str, str]]:
    """Every (kind, id) that a record's fields refer to."""
    named: set[tuple[str, str]] = set()
    for _, value in walk(record):
        for name, kind in REFERENCES.get(type(value), ()):
            ids = getattr(value, name)
            if ids is not None:  # an optional reference left out
                named.update((kind, i) for i in ([ids] if isinstance(ids, str) else ids))
    return named


def _citations_in(record: Record) -> list[CitationRef]:
    return [CitationRef(value, record) for _, value in walk(record) if isinstance(value, Citation)]


def _chronological(event: Event) -> tuple[object, str, str]:
    return (event.when.date, event.title, event.id)


def _kind_order(key: tuple[str, str]) -> tuple[int, str]:
    kind, record_id = key
    return KIND_ORDER[kind], record_id
