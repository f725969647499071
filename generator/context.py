"""What each page shows, computed in Python; the templates only lay it out."""

from __future__ import annotations

import datetime as dt
import posixpath
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from .coverage import Coverage
from . import graph
from .autolink import ActorNames, PageMentions
from .explainer import Edge, Explainer, QuoteRef
from .markup import escape_md, external_link, link, page_path, relative
from .memo import derived
from .model import Actor, Citation, Dispute, Event, Source, When

KIND_HEADINGS = {
    "person": "People",
    "organisation": "Organisations",
    "state": "States",
    "group": "Groups",
    "anonymous": "Anonymous sources",
}

KIND_LABELS = {
    "person": "Person",
    "organisation": "Organisation",
    "state": "State",
    "group": "Group",
    "anonymous": "Anonymous source",
}


def describe_when(when: When) -> str:
    """A date as precise as its source allows: 'week of 12 September 2011', 'since 2008'."""
    start, end = when.date, when.end
    if when.precision == "day":
        return f"{start:%A} {_day(start)}"
    if when.precision == "weekend":
        return f"weekend of {_span(start, start + dt.timedelta(days=1))}"
    if when.precision == "week":
        return f"week of {_day(start)}"
    if when.precision == "month":
        return f"{start:%B %Y}"
    if when.precision == "year":
        return str(start.year)
    if when.precision == "since":
        return f"since {start.year}" if (start.month, start.day) == (1, 1) else f"since {_day(start)}"
    return _span(start, end or start)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _span(start: dt.date, end: dt.date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {_day(end)}"
    return f"{_day(start)} – {_day(end)}"


TITLE_FIELDS = {"sources": "headline", "actors": "name", "events": "title", "disputes": "question"}
"""The field each kind of record is named by in links."""

MATRIX_CELLS = 2000
"""Largest actors x disputes table shown on the disputes index."""
MAP_NODES = 120
"""Most actors drawn on the whole relationship map; above it only the list is shown."""
MAP_LIST = 2000
"""Most relations listed on the map page; above it each actor page lists its own."""
NEIGHBOURS = 24
"""Most actors drawn round one actor on its page (all are listed under the picture)."""
PAGE_ROWS = 300
"""Most rows an index lists on one page. A longer list is split into pages by a key that
stays put as records come and go: the timeline by month, the actors index by the first
letter of the name. The coverage report then counts by source, and each source's page
shows what cites each paragraph. Readers can use such pages, and an edit changes one of
them, not a page of megabytes that MkDocs must render again (bench/README.md)."""


def period(when: When) -> tuple[str, str]:
    """(key, label) of the part of the timeline an event is listed in: its month
    ('2011-09', 'September 2011'), or its year for a year or 'since' date ('2008')."""
    day = when.date
    if when.precision in ("year", "since"):
        return str(day.year), str(day.year)
    return f"{day:%Y-%m}", f"{day:%B %Y}"


def initial(name: str) -> tuple[str, str]:
    """(key, label) of the part of the actors index a name is listed in: its first letter
    without accents ('o', 'O' for 'Ömer'), or ('other', 'Other') for a digit or symbol."""
    first = unicodedata.normalize("NFKD", name.strip()[:1].casefold())[:1]
    return (first, first.upper()) if "a" <= first <= "z" else ("other", "Other")


@dataclass(frozen=True)
class Part:
    """One page of a split index: its path, its label, and the records it lists."""

    path: str
    label: str
    records: list[Any]


def split(records: list[Any], folder: str, key: Callable[[Any], tuple[str, str]]) -> list[Part] | None:
    """Records (in the order they are listed) in parts by key -> (file name, label), or
    None when they fit one page (PAGE_ROWS)."""
    if len(records) <= PAGE_ROWS:
        return None
    parts: dict[str, Part] = {}
    for record in records:
        name, label = key(record)
        parts.setdefault(name, Part(f"{folder}/{name}.md", label, [])).records.append(record)
    return list(parts.values())


# A relative link depends only on the folder it is made from: "folder/_" stands for any page in it.
def _record_link(record: Any, kind: str, folder: str) -> Markup:
    return link(getattr(record, TITLE_FIELDS[kind]), page_path(kind, record.id), posixpath.join(folder, "_"))


def _cite(source: Source, paragraphs: tuple[int, ...], folder: str) -> Markup:
    here, target = posixpath.join(folder, "_"), page_path("sources", source.id)
    parts = [link(f"¶{n}", target, here, f"p{n}") for n in paragraphs]
    return Markup(f"{escape_md(source.outlet)} {', '.join(parts)}")


class PageContext:
    """Builds page contexts for one explainer, with links relative to the page being built."""

    def __init__(self, explainer: Explainer, coverage: Coverage) -> None:
        self.x = explainer
        self.coverage = coverage
        self.names = ActorNames(explainer.actors)

    # --- links -------------------------------------------------------------------------

    # A link depends only on its target and the folder it is made from, and pages link to
    # the same records over and over: building each once made contexts ~2x faster. Kept
    # in the process's memo, a link is also reused by the next run while its record is
    # unchanged (`make serve`).

    def record_link(self, kind: str, record: Any, here: str) -> Markup:
        """A link to a record's page, titled with its name, title, question or headline."""
        return derived(_record_link, record, (kind, record.id), kind, here.rpartition("/")[0])

    def actor_link(self, actor_id: str, here: str) -> Markup:
        return self.record_link("actors", self.x.actors[actor_id], here)

    def event_link(self, event: Event, here: str) -> Markup:
        return self.record_link("events", event, here)

    def dispute_link(self, dispute: Dispute, here: str) -> Markup:
        return self.record_link("disputes", dispute, here)

    def owner_link(self, owner: Any, here: str) -> Markup:
        if isinstance(owner, Actor):
            return self.actor_link(owner.id, here)
        return self.event_link(owner, here) if isinstance(owner, Event) else self.dispute_link(owner, here)

    def referenced_by(self, kind: str, record_id: str, here: str) -> list[tuple[str, list[Markup]]]:
        """The records whose data name this one, by kind: [('Events', [link, ...]), ...]."""
        groups: dict[str, list[Markup]] = {}
        for referrer_kind, record in self.x.referrers((kind, record_id)):
            groups.setdefault(referrer_kind.capitalize(), []).append(self.record_link(referrer_kind, record, here))
        return list(groups.items())

    def cite(self, citation: Citation, here: str) -> Markup:
        """'CBS News ¶3, ¶4' with each paragraph linking to its anchor on the source page."""
        source = self.x.sources[citation.source]
        return derived(_cite, source, ("sources", source.id), tuple(citation.paragraphs), here.rpartition("/")[0])

    def cites(self, citations: list[Citation], here: str) -> Markup:
        return Markup("; ".join(self.cite(c, here) for c in citations))

    def when(self, when: When | None) -> str | None:
        return None if when is None else describe_when(when)

    def basis(self, when: When, here: str) -> Markup:
        """'“on Wednesday”, resolved against CBS News of 15 September 2011'."""
        source = self.x.sources[when.source]
        against = link(f"{source.outlet} of {_day(source.published)}", page_path("sources", source.id), here)
        return Markup(f"“{escape_md(when.basis)}”, resolved against {against}")

    # --- shared pieces -----------------------------------------------------------------

    def claim(self, ref: QuoteRef, here: str) -> dict[str, Any]:
        claim = ref.claim
        details = [claim.context, self.when(claim.when), claim.place]
        on = self.owner_link(ref.owner, here)
        if ref.position:
            on = Markup(f"{on} (position: {escape_md(ref.position.stance)})")
        return {
            "quote": claim.kind == "quote",
            "text": claim.text,
            "speaker": self.actor_link(claim.speaker, here),
            "details": [d for d in details if d],
            "cite": self.cite(claim.cite, here),
            "on": [on],
        }

    def statements(self, refs: list[QuoteRef], here: str) -> list[dict[str, Any]]:
        """Claims by date, each statement once: the same words from the same paragraph,
        recorded on an event and in a dispute, list both as what they bear on."""
        views: dict[tuple[Any, ...], dict[str, Any]] = {}
        for ref in sorted(refs, key=self._claim_date):
            c = ref.claim
            key = (c.kind, c.text, c.cite.source, tuple(c.cite.paragraphs))
            if key in views:
                views[key]["on"] += self.claim(ref, here)["on"]
            else:
                views[key] = self.claim(ref, here)
        return list(views.values())

    def event_row(self, event: Event, here: str) -> dict[str, Any]:
        return {
            "link": self.event_link(event, here),
            "date": describe_when(event.when),
            "scheduled": event.status == "scheduled",
        }

    def _claim_date(self, ref: QuoteRef) -> dt.date:
        owner_date = ref.owner.when.date if isinstance(ref.owner, Event) else dt.date.max
        return ref.claim.when.date if ref.claim.when else owner_date

    # --- pages -------------------------------------------------------------------------

    def actor(self, actor: Actor) -> dict[str, Any]:
        here = page_path("actors", actor.id)
        roles = {}
        for event in self.x.events_by_actor.get(actor.id, []):
            roles[event.id] = "; ".join(p.role for p in event.participants if p.actor == actor.id)
        return {
            "actor": actor,
            "description": PageMentions(self.names, here, actor.id).prose(actor.description),
            "kind": KIND_LABELS[actor.kind],
            "affiliations": [self.actor_link(a, here) for a in actor.affiliations],
            "members": [self.actor_link(m.id, here) for m in self.x.members.get(actor.id, [])],
            "cite": self.cites(actor.cite, here),
            "claims": self.statements(self.x.claims_by_speaker.get(actor.id, []), here),
            "timeline": self.timeline_groups(self.x.events_in_order(list(roles)), here, roles),
            "positions": [
                {"dispute": self.dispute_link(d, here), "stance": p.stance}
                for d, p in self.x.positions_of(actor.id)
            ],
            "neighbourhood": self.neighbourhood(actor, here),
            "referenced_by": self.referenced_by("actors", actor.id, here),
        }

    def event(self, event: Event) -> dict[str, Any]:
        here = page_path("events", event.id)
        return {
            "event": event,
            "summary": PageMentions(self.names, here).prose(event.summary),
            "date": describe_when(event.when),
            "basis": self.basis(event.when, here),
            "participants": [(self.actor_link(p.actor, here), p.role) for p in event.participants],
            "quotes": [self.claim(QuoteRef(q, event), here) for q in event.quotes],
            "cite": self.cites(event.cite, here),
            "disputes": [self.dispute_link(d, here) for d in self.x.disputes_by_event.get(event.id, [])],
            "referenced_by": self.referenced_by("events", event.id, here),
        }

    def dispute(self, dispute: Dispute) -> dict[str, Any]:
        here = page_path("disputes", dispute.id)
        positions = [
            {
                "stance": p.stance,
                "actors": [self.actor_link(a, here) for a in p.actors],
                "claims": [self.claim(QuoteRef(c, dispute, p), here) for c in p.claims],
                "quotes": sum(c.kind == "quote" for c in p.claims),
                "sources": len({c.cite.source for c in p.claims}),
            }
            for p in dispute.positions
        ]
        return {
            "dispute": dispute,
            "summary": PageMentions(self.names, here).prose(dispute.summary),
            "positions": positions,
            "cite": self.cites(dispute.cite, here),
            "one_sided": len(dispute.positions) == 1 or any(not p.claims for p in dispute.positions),
            "timeline": self.timeline_groups(self.x.events_in_order(dispute.events), here, dispute=dispute.id),
            "referenced_by": self.referenced_by("disputes", dispute.id, here),
        }

    def source(self, source: Source) -> dict[str, Any]:
        here = page_path("sources", source.id)
        cited = self.coverage.citers(source.id)
        shown = [p for p in source.paragraphs if source.republish or p.n in cited]
        return {
            "source": source,
            "published": _day(source.published),
            "original": external_link("Read the original article", source.url),
            "paragraphs": [
                {
                    "n": p.n,
                    "text": p.text,
                    "label": p.label,
                    "uncited_reason": p.uncited_reason,
                    "cited_by": sorted({self.owner_link(ref.owner, here) for ref in cited.get(p.n, [])}),
                }
                for p in shown
            ],
            "hidden": len(source.paragraphs) - len(shown),
            "referenced_by": self.referenced_by("sources", source.id, here),
        }

    def actors_by_name(self) -> list[Actor]:
        return sorted(self.x.actors.values(), key=lambda a: a.name.lower())

    def actor_parts(self) -> list[Part] | None:
        """The actors index split by first letter (actors/by-name/a.md), if it is too long."""
        return split(self.actors_by_name(), "actors/by-name", lambda a: initial(a.name))

    def actors_index(self, parts: list[Part] | None) -> dict[str, Any]:
        """Every actor by kind, or, split, a link to each letter's page."""
        here = "actors/index.md"
        if parts:
            return {"groups": None, "parts": self.part_links(parts, here), "count": len(self.x.actors)}
        return {"groups": self.actor_groups(self.actors_by_name(), here), "parts": None}

    def actors_part(self, parts: list[Part], i: int) -> dict[str, Any]:
        here = parts[i].path
        return {"label": parts[i].label, "nav": self.part_nav(parts, i, "Actors", "actors/index.md"),
                "groups": self.actor_groups(parts[i].records, here)}

    def actor_groups(self, actors: list[Actor], here: str) -> dict[str, list[dict[str, Any]]]:
        groups: dict[str, list[dict[str, Any]]] = {heading: [] for heading in KIND_HEADINGS.values()}
        for actor in actors:
            groups[KIND_HEADINGS[actor.kind]].append(
                {"link": self.actor_link(actor.id, here), "role": actor.role, "aliases": actor.aliases}
            )
        return {label: rows for label, rows in groups.items() if rows}

    def events_index(self, periods: list[Part] | None) -> dict[str, Any]:
        """Every event in a table, or, when the timeline is split, a link to each of its parts."""
        here = "events/index.md"
        if periods:
            return {"events": None, "parts": self.part_links(periods, here), "count": len(self.x.events)}
        return {"events": [self.event_row(e, here) for e in self.x.events_in_order()], "parts": None}

    # --- split indexes -----------------------------------------------------------------

    def part_links(self, parts: list[Part], here: str) -> list[dict[str, Any]]:
        return [{"link": link(part.label, part.path, here), "count": len(part.records)} for part in parts]

    def part_nav(self, parts: list[Part], i: int, up: str, index: str) -> dict[str, Markup | None]:
        """Links from one part to its index and to the parts before and after it."""
        here = parts[i].path
        return {
            "up": link(up, index, here),
            "previous": link(parts[i - 1].label, parts[i - 1].path, here) if i > 0 else None,
            "next": link(parts[i + 1].label, parts[i + 1].path, here) if i + 1 < len(parts) else None,
        }

    def disputes_index(self) -> dict[str, Any]:
        here = "disputes/index.md"
        disputes = sorted(self.x.disputes.values(), key=lambda d: d.question.lower())
        return {
            "disputes": [
                {"link": self.dispute_link(d, here), "status": d.status, "sides": len(d.positions)} for d in disputes
            ],
            "matrix": self.positions_matrix(disputes, here),
        }

    def positions_matrix(self, disputes: list[Dispute], here: str) -> dict[str, Any] | None:
        """Actors x disputes: each cell the actor's stance, linked to the position's claims.
        None when the table would be too large to read (it is then left out)."""
        holders = sorted({a for d in disputes for p in d.positions for a in p.actors}, key=lambda a: self.x.actors[a].name)
        if not holders or len(holders) * len(disputes) > MATRIX_CELLS:
            return None
        rows = []
        for actor_id in holders:
            stances = {d.id: (i, p) for d, p in self.x.positions_of(actor_id) for i, q in enumerate(d.positions, 1) if q is p}
            cells = [
                link(stances[d.id][1].stance, page_path("disputes", d.id), here, f"position-{stances[d.id][0]}")
                if d.id in stances else "—"
                for d in disputes
            ]
            rows.append({"actor": self.actor_link(actor_id, here), "cells": cells})
        columns = [link(f"Q{i}", page_path("disputes", d.id), here) for i, d in enumerate(disputes, 1)]
        return {"columns": columns, "rows": rows, "legend": [(f"Q{i}", d.question) for i, d in enumerate(disputes, 1)]}

    def timeline_parts(self) -> list[Part] | None:
        """The timeline split by month (timeline/2011-09.md) or year, if it is too long."""
        return split(self.x.events_in_order(), "timeline", lambda e: period(e.when))

    def timeline(self, parts: list[Part] | None) -> dict[str, Any]:
        """Every event by date, grouped by month (by year for year and 'since' dates), or,
        split, a link to each month's page."""
        here = "timeline/index.md"
        if parts:
            return {"groups": None, "parts": self.part_links(parts, here), "count": len(self.x.events)}
        return {"groups": self.timeline_groups(self.x.events_in_order(), here), "parts": None}

    def timeline_part(self, parts: list[Part], i: int) -> dict[str, Any]:
        here = parts[i].path
        return {"label": parts[i].label, "nav": self.part_nav(parts, i, "Timeline", "timeline/index.md"),
                "events": [self.timeline_row(event, here) for event in parts[i].records]}

    def timeline_groups(
        self, events: list[Event], here: str, roles: dict[str, str] | None = None, dispute: str | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        """Events (already in date order) grouped under 'September 2011'-style labels."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for event in events:
            groups.setdefault(period(event.when)[1], []).append(self.timeline_row(event, here, roles, dispute))
        return groups

    def timeline_row(
        self, event: Event, here: str, roles: dict[str, str] | None = None, dispute: str | None = None
    ) -> dict[str, Any]:
        """An event with its participants (or, on an actor's page, that actor's role) and
        the disputes it bears on (but the one whose page this is)."""
        return dict(
            self.event_row(event, here),
            role=roles.get(event.id) if roles else None,
            participants=[] if roles else [self.actor_link(p.actor, here) for p in event.participants],
            disputes=[self.dispute_link(d, here) for d in self.x.disputes_by_event.get(event.id, []) if d.id != dispute],
        )

    # --- relationship map -----------------------------------------------------------------

    def relation_row(self, edge: Edge, here: str) -> dict[str, Any]:
        return {
            "subject": self.actor_link(edge.subject, here),
            "label": edge.label,
            "object": self.actor_link(edge.object, here),
            "cite": self.cites(list(edge.cite), here),
        }

    def _nodes(self, ids: list[str], here: str) -> list[graph.Node]:
        actors = [self.x.actors[i] for i in ids]
        return [
            graph.Node(a.id, a.name, graph.short_label(a.name, a.aliases), a.kind, relative(page_path("actors", a.id), here))
            for a in actors
        ]

    def relationship_map(self) -> dict[str, Any]:
        """All actors that have a relation, drawn together, and every relation as a list."""
        here = "map/index.md"
        edges = sorted(self.x.edges, key=lambda e: (self.x.actors[e.subject].name, e.label, self.x.actors[e.object].name))
        ids = sorted({i for e in edges for i in (e.subject, e.object)})
        picture = None
        if 0 < len(ids) <= MAP_NODES:
            nodes = self._nodes(ids, here)
            width, height = 1100.0, min(700.0 + 6 * len(ids), 1400.0)
            layout = graph.force_layout(ids, sorted({(e.subject, e.object) for e in edges}))
            title = f"Relationship map of {len(ids)} actors; the same relations are listed below"
            picture = graph.picture(nodes, edges, layout, width, height, title)
        return {
            "picture": picture,
            "actors": len(ids),
            "relations": [self.relation_row(e, here) for e in edges] if len(edges) <= MAP_LIST else None,
            "count": len(edges),
            "limits": {"nodes": MAP_NODES, "relations": MAP_LIST},
        }

    def neighbourhood(self, actor: Actor, here: str) -> dict[str, Any]:
        """One actor in the middle of the actors it relates to, and those relations listed."""
        edges = sorted(
            self.x.edges_by_actor.get(actor.id, []),
            key=lambda e: (e.label, self.x.actors[e.object if e.subject == actor.id else e.subject].name),
        )
        others = list(dict.fromkeys(e.object if e.subject == actor.id else e.subject for e in edges))
        picture = None
        if others:
            drawn = others[:NEIGHBOURS]
            nodes = self._nodes([actor.id, *drawn], here)
            width, height = 760.0, (300.0 if len(drawn) <= 4 else 520.0)
            shown = [e for e in edges if e.subject in drawn or e.object in drawn]
            related = f"{len(drawn)} related actor{'s' if len(drawn) > 1 else ''}"
            title = f"{actor.name} and {related}; the same relations are listed below"
            picture = graph.picture(nodes, shown, graph.radial_layout(actor.id, drawn), width, height, title)
        return {"picture": picture, "relations": [self.relation_row(e, here) for e in edges]}

    def sources_index(self) -> dict[str, Any]:
        here = "sources/index.md"
        return {
            "sources": [
                {
                    "link": link(s.headline, page_path("sources", s.id), here),
                    "outlet": s.outlet,
                    "published": _day(s.published),
                }
                for s in sorted(self.x.sources.values(), key=lambda s: (s.published, s.id))
            ]
        }

    def coverage_page(self) -> dict[str, Any]:
        """What cites each paragraph of each source; or, when that list is longer than
        PAGE_ROWS, counts by source (each source's page shows what cites each paragraph)."""
        here = "coverage/index.md"
        total = self.coverage.totals()
        detailed = total["paragraphs"] <= PAGE_ROWS
        rows = []
        for source in sorted(self.x.sources.values(), key=lambda s: (s.published, s.id)):
            report = self.coverage.report(source.id)
            target = page_path("sources", source.id)
            rows.append(
                {
                    "link": link(source.headline, target, here),
                    "report": report,
                    "paragraphs": [
                        {
                            "n": link(f"¶{n}", target, here, f"p{n}") if report.shown(n) else f"¶{n}",
                            "citers": sorted({self.owner_link(r.owner, here) for r in refs}),
                            "reason": report.reasons.get(n),
                        }
                        for n, refs in report.by_paragraph.items()
                    ] if detailed else None,
                }
            )
        return {"sources": rows, "total": total, "detailed": detailed}
