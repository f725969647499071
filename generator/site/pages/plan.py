"""Every generated page: where it goes, its template, its context and its front matter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...records.explainer import Explainer
from ...records.model import KINDS
from ..markup import page_path
from . import jsonld
from .indexes import (
    actor_parts,
    actors_index,
    actors_part,
    coverage_page,
    disputes_index,
    events_index,
    open_data_index,
    sources_index,
)
from .parts import Part
from .records import (
    actor_page,
    as_written,
    dispute_page,
    event_page,
    record_history,
    source_page,
    translation_note,
)
from .reference import reference_context
from .relations import relationship_map
from .site import Site
from .timeline import timeline_index, timeline_part, timeline_parts


@dataclass(frozen=True)
class Page:
    """One page to generate: where, with which template and context, and its front matter."""

    path: str
    template: str
    context: dict[str, Any]
    title: str
    keywords: list[str] = field(default_factory=list)
    boost: float | None = None
    jsonld: dict[str, Any] | None = None
    hide: list[str] = field(default_factory=list)
    searchable: bool = True


def plan_pages(
    site: Site, only: set[tuple[str, str]] | None = None, indexes: bool = True
) -> list[Page]:
    """Every generated page (or only the record pages of `only`), records first, then
    index and report pages (unless `indexes` is false)."""
    x = site.x

    def wanted(kind: str) -> list[Any]:
        return [r for r in getattr(x, kind).values() if only is None or (kind, r.id) in only]

    def context(kind: str, record: Any, page: Callable[[Site, Any], dict[str, Any]]) -> Any:
        """A record page's own context, and the record's history (every kind has one)."""
        return {
            **page(site, record),
            "history": record_history(site.chronicle, kind, record, site.lang),
            "translation": translation_note(site.x, record, site.lang),
            **as_written(site.x, record),
        }

    pages = [
        Page(
            page_path("actors", a.id),
            "actor.md.j2",
            context("actors", a, actor_page),
            a.name,
            [a.name, *a.aliases],
            2,
            jsonld.actor(a, x),
        )
        for a in wanted("actors")
    ]
    pages += [
        Page(
            page_path("events", e.id),
            "event.md.j2",
            context("events", e, event_page),
            e.title,
            jsonld=jsonld.event(e, x),
        )
        for e in wanted("events")
    ]
    pages += [
        Page(
            page_path("disputes", d.id),
            "dispute.md.j2",
            context("disputes", d, dispute_page),
            d.question,
            jsonld=jsonld.dispute(d, x),
        )
        for d in wanted("disputes")
    ]
    pages += [
        Page(
            page_path("sources", s.id),
            "source.md.j2",
            context("sources", s, source_page),
            s.headline,
            # a reader searches an article by its outlet's name too; its own name (the first,
            # which search ranks above other names) is its headline: an actor of the outlet's
            # name (a group's own release) comes before it
            [s.headline, s.outlet],
            jsonld=jsonld.source(s),
        )
        for s in wanted("sources")
    ]
    if indexes:
        pages += index_pages(site)
    return pages


def index_pages(site: Site) -> list[Page]:
    """The pages that are not one record's: indexes and reports. A long index is split
    into parts (Limits.page_rows), each a page left out of search: every record it lists
    has its own page there."""
    periods, letters, _ = timeline_parts(site), actor_parts(site), site.lang._
    pages = [
        Page("actors/index.md", "actors.md.j2", actors_index(site, letters), _("Actors")),
        Page("events/index.md", "events.md.j2", events_index(site, periods), _("Events")),
        Page("disputes/index.md", "disputes.md.j2", disputes_index(site), _("Disputes")),
        Page("sources/index.md", "sources.md.j2", sources_index(site), _("Sources")),
        Page("coverage/index.md", "coverage.md.j2", coverage_page(site), _("Sources and coverage")),
        Page("timeline/index.md", "timeline.md.j2", timeline_index(site, periods), _("Timeline")),
        # The map takes the full width: no sidebars
        Page(
            "map/index.md",
            "map.md.j2",
            relationship_map(site),
            _("Relationship map"),
            hide=["navigation", "toc"],
        ),
        Page("open-data/index.md", "open-data.md.j2", open_data_index(site), _("Open data")),
        Page(
            "reference/data-format.md", "data-format.md.j2", reference_context(), _("Data format")
        ),
    ]
    pages += part_pages(
        periods,
        "timeline-part.md.j2",
        _("Timeline: {part}"),
        lambda parts, i: timeline_part(site, parts, i),
    )
    pages += part_pages(
        letters,
        "actors-part.md.j2",
        _("Actors: {part}"),
        lambda parts, i: actors_part(site, parts, i),
    )
    return pages


def part_pages(
    parts: list[Part] | None,
    template: str,
    title: str,
    context: Callable[[list[Part], int], dict[str, Any]],
) -> list[Page]:
    """The pages of a split index (none if it is not split), left out of search."""
    if not parts:
        return []
    return [
        Page(
            part.path, template, context(parts, i), title.format(part=part.label), searchable=False
        )
        for i, part in enumerate(parts)
    ]


def record_page_paths(explainer: Explainer, skip: set[tuple[str, str]] | None = None) -> list[str]:
    """The page path of every record, but those in `skip`."""
    return [
        page_path(kind, record_id)
        for kind in KINDS
        for record_id in getattr(explainer, kind)
        if not skip or (kind, record_id) not in skip
    ]
