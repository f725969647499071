"""The index pages: every actor, event, dispute and source, and the coverage report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...records.model import KINDS, Actor, Dispute, Source
from ...text.names import filing_name
from ..i18n import N_
from ..markup import page_path
from .dates import day
from .links import KIND_NAMES, Links
from .parts import Part, initial, part_links, part_nav, split
from .site import Site
from .timeline import event_row

KIND_HEADINGS = {
    "person": N_("People"),
    "organisation": N_("Organisations"),
    "state": N_("States"),
    "group": N_("Groups"),
    "anonymous": N_("Anonymous sources"),
}


def actors_by_name(site: Site) -> list[Actor]:
    return sorted(site.x.actors.values(), key=lambda a: filing_name(a.name))


def actor_parts(site: Site) -> list[Part] | None:
    """The actors index split by first letter (actors/by-name/a.md), if it is too long."""
    return split(
        actors_by_name(site),
        "actors/by-name",
        lambda a: initial(a.name, site.lang._("Other")),
        site.limits.page_rows,
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
        "nav": part_nav(parts, i, links, site.lang._("Actors"), "actors/index.md"),
        "groups": actor_groups(parts[i].records, links),
    }


def actor_groups(actors: list[Actor], links: Links) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {heading: [] for heading in KIND_HEADINGS.values()}
    for actor in actors:
        groups[KIND_HEADINGS[actor.kind]].append(
            {"link": links.actor(actor.id), "role": actor.role, "aliases": actor.aliases}
        )
    return {links.lang._(label): rows for label, rows in groups.items() if rows}


def events_index(site: Site, periods: list[Part] | None) -> dict[str, Any]:
    """Every event in a table, or, when the timeline is split, a link to each of its parts."""
    links = site.links("events/index.md")
    if periods:
        return {"events": None, "parts": part_links(periods, links), "count": len(site.x.events)}
    return {"events": [event_row(e, links) for e in site.x.events_in_order()], "parts": None}


def disputes_index(site: Site) -> dict[str, Any]:
    """Every question with its sides, each in one line with who holds it: the answer
    first, before a reader opens a dispute."""
    links = site.links("disputes/index.md")
    disputes = sorted(site.x.disputes.values(), key=lambda d: d.question.lower())
    return {"disputes": [dispute_sides(site, d, links) for d in disputes]}


def dispute_sides(site: Site, dispute: Dispute, links: Links) -> dict[str, Any]:
    """A question, its status, and each side linked to its claims with who holds it."""
    target = page_path("disputes", dispute.id)
    return {
        "link": links.dispute(dispute),
        "status": site.lang._(STATUS_WORDS[dispute.status]),
        "sides": [
            {
                "stance": links.to(p.stance, target, f"position-{i}"),
                "holders": [site.x.actors[a].name for a in p.actors],
            }
            for i, p in enumerate(dispute.positions, 1)
        ],
    }


STATUS_WORDS = {"open": N_("open"), "settled": N_("settled")}
"""A dispute's status in one word, as the list of questions gives it."""


def sources_index(site: Site) -> dict[str, Any]:
    links = site.links("sources/index.md")
    return {
        "sources": [
            {
                "link": links.to(s.headline, page_path("sources", s.id)),
                "outlet": s.outlet,
                "published": day(s.published, site.lang),
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
    return {
        "kinds": list(KINDS),
        "kind_names": {kind: site.lang._(KIND_NAMES[kind]) for kind in KINDS},
        "rights": rights(site.x.sources.values()),
    }


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
                    "n": links.to(f"¶{site.lang.number(n)}", target, f"p{n}")
                    if report.shown(n)
                    else f"¶{site.lang.number(n)}",
                    "citers": sorted({links.owner(r.owner) for r in refs}),
                    "reason": report.reasons.get(n),
                }
                for n, refs in report.by_paragraph.items()
            ]
        rows.append(
            {"link": links.to(source.headline, target), "report": report, "paragraphs": paragraphs}
        )
    return {"sources": rows, "total": total, "detailed": detailed}
