"""The relationship map: every actor and its relations, and each actor's neighbourhood."""

from __future__ import annotations

from typing import Any

from ...records.explainer import Edge
from ...records.model import Actor
from ..markup import page_path, relative
from . import graph
from .links import Links
from .site import Site


def relation_row(edge: Edge, links: Links) -> dict[str, Any]:
    return {
        "subject": links.actor(edge.subject),
        "label": links.lang._(edge.label),
        "object": links.actor(edge.object),
        "alleged_by": [links.actor(a) for a in edge.alleged_by],
        "cite": links.cites(list(edge.cite)),
    }


def _nodes(site: Site, ids: list[str], here: str) -> list[graph.Node]:
    actors = [site.x.actors[i] for i in ids]
    return [
        graph.Node(
            a.id,
            a.name,
            graph.short_label(a.name, a.aliases),
            a.kind,
            relative(page_path("actors", a.id), here),
        )
        for a in actors
    ]


def relationship_map(site: Site) -> dict[str, Any]:
    """All actors that have a relation, drawn together, and every relation as a list."""
    here, x, limits = "map/index.md", site.x, site.limits
    links = site.links(here)
    edges = sorted(
        x.edges, key=lambda e: (x.actors[e.subject].name, e.label, x.actors[e.object].name)
    )
    ids = sorted({i for e in edges for i in (e.subject, e.object)})
    picture = None
    if 0 < len(ids) <= limits.map_nodes:
        nodes = _nodes(site, ids, here)
        width, height = 1100.0, min(700.0 + 6 * len(ids), 1400.0)
        layout = graph.force_layout(ids, sorted({(e.subject, e.object) for e in edges}))
        title = site.lang.ngettext(
            "Relationship map of {n} actor; the same relations are listed below",
            "Relationship map of {n} actors; the same relations are listed below",
            len(ids),
        ).format(n=site.lang.number(len(ids)))
        picture = graph.picture(nodes, edges, layout, width, height, title, site.lang)
    return {
        "picture": picture,
        "caption": site.lang._("The relationship map."),
        "actors": len(ids),
        "relations": [relation_row(e, links) for e in edges]
        if len(edges) <= limits.map_list
        else None,
        "count": len(edges),
        "limits": {"nodes": limits.map_nodes, "relations": limits.map_list},
    }


def neighbourhood(site: Site, actor: Actor, links: Links) -> dict[str, Any]:
    """One actor in the middle of the actors it relates to, and those relations listed."""
    x = site.x
    edges = sorted(
        x.edges_by_actor.get(actor.id, []),
        key=lambda e: (e.label, x.actors[e.object if e.subject == actor.id else e.subject].name),
    )
    others = list(dict.fromkeys(e.object if e.subject == actor.id else e.subject for e in edges))
    picture = None
    if others:
        drawn = others[: site.limits.neighbours]
        nodes = _nodes(site, [actor.id, *drawn], links.here)
        width, height = 760.0, (300.0 if len(drawn) <= 4 else 520.0)
        shown = [e for e in edges if e.subject in drawn or e.object in drawn]
        title = site.lang.ngettext(
            "{name} and {n} related actor; the same relations are listed below",
            "{name} and {n} related actors; the same relations are listed below",
            len(drawn),
        ).format(name=actor.name, n=site.lang.number(len(drawn)))
        picture = graph.picture(
            nodes, shown, graph.radial_layout(actor.id, drawn), width, height, title, site.lang
        )
    # A plain string: escaped as a whole, as every data string is.
    caption = site.lang._("Actors related to {name}. Select a name to open its page.")
    return {
        "picture": picture,
        "caption": caption.format(name=actor.name),
        "relations": [relation_row(e, links) for e in edges],
    }
