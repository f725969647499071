"""schema.org descriptions of entity pages (JSON-LD), for search engines and reusers.

The generator puts them in each page's front matter; the theme override
(generator/theme/main.html) prints them in the page head.
"""

from __future__ import annotations

from typing import Any

from ...records.explainer import Explainer
from ...records.model import Actor, Claim, Dispute, Event, Source

CONTEXT = "https://schema.org"
EVENT_STATUS = {
    "scheduled": "EventScheduled",
    "postponed": "EventPostponed",
    "cancelled": "EventCancelled",
}
"""schema.org's word for an event's status; one that happened has none."""
ACTOR_TYPES = {
    "person": "Person",
    "anonymous": "Person",
    "organisation": "Organization",
    "state": "Country",
    "group": "Organization",
}


def actor(a: Actor, x: Explainer) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": ACTOR_TYPES[a.kind],
        "name": a.name,
        "description": a.description,
    }
    if a.aliases:
        data["alternateName"] = list(a.aliases)
    if a.role and a.kind == "person":
        data["jobTitle"] = a.role
    if a.affiliations:
        data["affiliation"] = [_agent(x.actors[p]) for p in a.affiliations]
    return data


def event(e: Event, x: Explainer) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": e.title,
        "description": e.summary,
        "startDate": e.when.date.isoformat(),
    }
    if e.when.end:
        data["endDate"] = e.when.end.isoformat()
    if e.place:
        data["location"] = {"@type": "Place", "name": e.place}
    if e.status in EVENT_STATUS:
        data["eventStatus"] = f"https://schema.org/{EVENT_STATUS[e.status]}"
    if e.participants:
        data["attendee"] = [_agent(x.actors[p.actor]) for p in e.participants]
    return data


def dispute(d: Dispute, x: Explainer) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "@type": "WebPage",
        "about": {"@type": "Question", "name": d.question, "text": d.summary},
        "hasPart": [_claim(c, x) for p in d.positions for c in p.claims],
    }


def source(s: Source) -> dict[str, Any]:
    return {"@context": CONTEXT, "@type": "NewsArticle", **_article(s)}


def _claim(c: Claim, x: Explainer) -> dict[str, Any]:
    source = x.sources[c.cite.source]
    return {
        "@type": "Claim",
        "text": c.text,
        "author": _agent(x.actors[c.speaker]),
        "appearance": {"@type": "NewsArticle", **_article(source)},
    }


def _article(s: Source) -> dict[str, Any]:
    article = {
        "headline": s.headline,
        "datePublished": s.published.isoformat(),
        "url": s.url,
        "publisher": {"@type": "Organization", "name": s.outlet},
        "author": [{"@type": "Person", "name": name} for name in s.authors] or None,
    }
    return {key: value for key, value in article.items() if value is not None}


def _agent(a: Actor) -> dict[str, Any]:
    return {"@type": ACTOR_TYPES[a.kind], "name": a.name}
