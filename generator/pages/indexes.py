"""The index pages: every actor, event, dispute and source, and the coverage report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..markup import page_path
from ..model import KINDS, Actor, Dispute, Source
from .dates import day
from .links import Links
from .parts import Part, initial, part_links, part_nav, split
from .site import Site
from .timeline import event_row

KIND_HEADINGS = {
    "person": "People",
    "organisation": "Organisations",
    "state": "States",
    "group": "Groups",
    "anonymous": "Anonymous sources",
}


def actors_by_name(site: Site) -> list[Actor]:
    return sorted(site.x.actors.values(), key=lambda a: a.name.lower())


def actor_parts(site: Site) -> list[Part] | None:
    """The actors index split by first letter (actors/by-name/a.md), if it is too long."""
    return split(
        actors_by_name(site), "actors/by-name", lambda a: initial(a.name), site.limits.page_rows
    )


def actors_index(site: Site, parts: list[Part] | None) -> dict[str, Any]:
    """Every actor by kind, or, split, a link to each letter's page."""
    links = site.links("actors/index.md")
    if parts:
        return {"groups": None, "parts": part_links(parts, links), "count": len(site.x.actors)}
    return {"groups": actor_groups(actors_by_name(site), links), "parts": None}


def actors_part(site: Site, parts: list[Part], i: int) -> dict[str, Any]:
    """One letter's page of a split actors index."""
    links = site.links(parts[i].path)
    return {
        "label": parts[i].label,
        "nav": part_nav(parts, i, links, "Actors", "actors/index.md"),
        "groups": actor_groups(parts[i].records, links),
    }


def actor_groups(actors: list[Actor], links: Links) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {heading: [] for heading in KIND_HEADINGS.values()}
    for actor in actors:
        groups[KIND_HEADINGS[actor.kind]].append(
            {"link": links.actor(actor.id), "role": actor.role, "aliases": actor.aliases}
        )
    return {label: rows for label, rows in groups.items() if rows}


def events_index(site: Site, periods: list[Part] | None) -> dict[str, Any]:
    """Every event in a table, or, when the timeline is split, a link to each of its parts."""
    links = site.links("events/index.md")
    if periods:
        return {"events": None, "parts": part_links(periods, links), "count": len(site.x.events)}
    return {"events": [event_row(e, links) for e in site.x.events_in_order()], "parts": None}


def disputes_index(site: Site) -> dict[str, Any]:
    links = site.links("disputes/index.md")
    disputes = sorted(site.x.disputes.values(), key=lambda d: d.question.lower())
    return {
        "disputes": [
            {"link": links.dispute(d), "status": d.status, "sides": len(d.positions)}
            for d in disputes
        ],
        "matrix": positions_matrix(site, disputes, links),
    }


def positions_matrix(site: Site, disputes: list[Dispute], links: Links) -> dict[str, Any] | None:
    """Actors x disputes: each cell the actor's stance, linked to the position's claims.
    None when the table would be too large to read (it is then left out)."""
    x = site.x
    holders = sorted(
        {a for d in disputes for p in d.positions for a in p.actors}, key=lambda a: x.actors[a].name
    )
    if not holders or len(holders) * len(disputes) > site.limits.matrix_cells:
        return None
    rows = []
    for actor_id in holders:
        stances = {
            d.id: (i, p)
            for d, p in x.positions_of(actor_id)
            for i, q in enumerate(d.positions, 1)
            if q is p
        }
        cells = [
            links.to(
                stances[d.id][1].stance, page_path("disputes", d.id), f"position-{stances[d.id][0]}"
            )
            if d.id in stances
            else "—"
            for d in disputes
        ]
        rows.append({"actor": links.actor(actor_id), "cells": cells})
    columns = [links.to(f"Q{i}", page_path("disputes", d.id)) for i, d in enumerate(disputes, 1)]
    return {
        "columns": columns,
        "rows": rows,
        "legend": [(f"Q{i}", d.question) for i, d in enumerate(disputes, 1)],
    }


def sources_index(site: Site) -> dict[str, Any]:
    links = site.links("sources/index.md")
    return {
        "sources": [
            {
                "link": links.to(s.headline, page_path("sources", s.id)),
                "outlet": s.outlet,
                "published": day(s.published),
            }
            for s in sorted(site.x.sources.values(), key=lambda s: (s.published, s.id))
        ]
    }


def rights(sources: Iterable[Source]) -> dict[str, int]:
    """How many articles may be shown in full (`republish`), and how many only where cited:
    what the open-data page and the offline copy say of the articles' rights."""
    shown = [s.republish for s in sources]
    return {"full": sum(shown), "cited_only": len(shown) - sum(shown)}


def open_data_index(site: Site) -> dict[str, Any]:
    return {"kinds": list(KINDS), "rights": rights(site.x.sources.values())}


def coverage_page(site: Site) -> dict[str, Any]:
    """What cites each paragraph of each source; or, when that list is longer than
    `page_rows`, counts by source (each source's page shows what cites each paragraph)."""
    links = site.links("coverage/index.md")
    total = site.coverage.totals()
    detailed = total["paragraphs"] <= site.limits.page_rows
    rows = []
    for source in sorted(site.x.sources.values(), key=lambda s: (s.published, s.id)):
        report = site.coverage.report(source.id)
        target = page_path("sources", source.id)
        paragraphs = None
        if detailed:
            paragraphs = [
                {
                    "n": links.to(f"¶{n}", target, f"p{n}") if report.shown(n) else f"¶{n}",
                    "citers": sorted({links.owner(r.owner) for r in refs}),
                    "reason": report.reasons.get(n),
                }
                for n, refs in report.by_paragraph.items()
            ]
        rows.append(
            {"link": links.to(source.headline, target), "report": report, "paragraphs": paragraphs}
        )
    return {"sources": rows, "total": total, "detailed": detailed}
