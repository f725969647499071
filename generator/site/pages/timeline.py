"""The timeline: every event by date, on its own page and as a slice on actor and dispute pages."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ...records.model import Event
from ..i18n import N_
from .dates import describe_when, period
from .links import Links
from .parts import Part, part_links, part_nav, split
from .site import Site

INDEX = "timeline/index.md"


STATUS_MARKS = {
    "scheduled": N_("(scheduled)"),
    "postponed": N_("(postponed)"),
    "cancelled": N_("(called off)"),
}
"""What a list says beside an event that has not happened (one that has: nothing)."""


def event_row(event: Event, links: Links) -> dict[str, Any]:
    """An event as a row of a list: its link, its date, and whether it is still to come,
    put off or called off."""
    mark = STATUS_MARKS.get(event.status)
    return {
        "link": links.event(event),
        "date": describe_when(event.when, links.lang),
        "mark": Markup(links.lang._(mark)) if mark else "",  # the catalog's words, not data
    }


def timeline_parts(site: Site) -> list[Part] | None:
    """The timeline split by month (timeline/2011-09.md) or year, if it is too long."""
    return split(
        site.x.events_in_order(),
        "timeline",
        lambda e: period(e.when, site.lang),
        site.limits.page_rows,
    )


def timeline_index(site: Site, parts: list[Part] | None) -> dict[str, Any]:
    """Every event by date, grouped by month (by year for year and 'since' dates), or,
    split, a link to each month's page."""
    links = site.links(INDEX)
    if parts:
        return {"groups": None, "parts": part_links(parts, links), "count": len(site.x.events)}
    return {"groups": timeline_groups(site, site.x.events_in_order(), links), "parts": None}


def timeline_part(site: Site, parts: list[Part], i: int) -> dict[str, Any]:
    """One month's (or year's) page of a split timeline."""
    links = site.links(parts[i].path)
    return {
        "label": parts[i].label,
        "nav": part_nav(parts, i, links, site.lang._("Timeline"), INDEX),
        "events": [timeline_row(site, event, links) for event in parts[i].records],
    }


def timeline_groups(
    site: Site,
    events: list[Event],
    links: Links,
    roles: dict[str, str] | None = None,
    dispute: str | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Events (already in date order) grouped under 'September 2011'-style labels."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        groups.setdefault(period(event.when, site.lang)[1], []).append(
            timeline_row(site, event, links, roles, dispute)
        )
    return groups


def timeline_row(
    site: Site,
    event: Event,
    links: Links,
    roles: dict[str, str] | None = None,
    dispute: str | None = None,
) -> dict[str, Any]:
    """An event with its participants and their roles (or, on an actor's page, that
    actor's role) and the disputes it is part of (but the one whose page this is)."""
    return dict(
        event_row(event, links),
        role=roles.get(event.id) if roles else None,
        participants=[] if roles else participants(event, links),
        disputes=[
            links.dispute(d) for d in site.x.disputes_by_event.get(event.id, []) if d.id != dispute
        ],
    )


def participants(event: Event, links: Links) -> list[Markup]:
    """Each participant with its role, as the data gives it: 'The river authority
    (blamed for the flood by residents)', never a bare name that would state the role as fact."""
    return [
        links.lang.markup("{actor} ({role})", actor=links.actor(p.actor), role=p.role)
        for p in event.participants
    ]
