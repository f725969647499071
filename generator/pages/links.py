"""Links and citations, written as seen from one page."""

from __future__ import annotations

import posixpath
from typing import Any

from markupsafe import Markup

from ..explainer import Explainer
from ..markup import escape_md, link, page_path
from ..model import TITLE_FIELDS, Actor, Citation, Dispute, Event, Source, When
from .dates import day


class Links:
    """Every link on one page (`here`, docs-relative): to records, paragraphs and pages."""

    def __init__(self, explainer: Explainer, here: str) -> None:
        self.x = explainer
        self.here = here
        self._folder = here.rpartition("/")[0]

    def to(self, text: object, target: str, anchor: str = "") -> Markup:
        """A link to any page of the site (docs-relative)."""
        return link(text, target, self.here, anchor)

    # Pages link to the same records over and over, and a link depends only on its target
    # and the folder it is made from: each is made once and kept in the explainer's memo.

    def record(self, kind: str, record: Any) -> Markup:
        """A link to a record's page, titled with its name, title, question or headline."""
        return self.x.memo(_record_link, record, (kind, record.id), kind, self._folder)

    def actor(self, actor_id: str) -> Markup:
        return self.record("actors", self.x.actors[actor_id])

    def event(self, event: Event) -> Markup:
        return self.record("events", event)

    def dispute(self, dispute: Dispute) -> Markup:
        return self.record("disputes", dispute)

    def owner(self, owner: Any) -> Markup:
        """A link to the record a claim or citation belongs to."""
        if isinstance(owner, Actor):
            return self.actor(owner.id)
        return self.event(owner) if isinstance(owner, Event) else self.dispute(owner)

    def referenced_by(self, kind: str, record_id: str) -> list[tuple[str, list[Markup]]]:
        """The records whose data name this one, by kind: [('Events', [link, ...]), ...]."""
        groups: dict[str, list[Markup]] = {}
        for referrer_kind, record in self.x.referrers((kind, record_id)):
            groups.setdefault(referrer_kind.capitalize(), []).append(
                self.record(referrer_kind, record)
            )
        return list(groups.items())

    def cite(self, citation: Citation) -> Markup:
        """'CBS News ¶3, ¶4' with each paragraph linking to its anchor on the source page."""
        source = self.x.sources[citation.source]
        return self.x.memo(
            _cite, source, ("sources", source.id), tuple(citation.paragraphs), self._folder
        )

    def cites(self, citations: list[Citation]) -> Markup:
        return Markup("; ".join(self.cite(c) for c in citations))

    def basis(self, when: When) -> Markup:
        """'“on Wednesday”, resolved against CBS News of 15 September 2011'."""
        source = self.x.sources[when.source]
        against = self.to(
            f"{source.outlet} of {day(source.published)}", page_path("sources", source.id)
        )
        basis = Markup(f"“{escape_md(when.basis)}”, resolved against {against}")
        if when.relative_to and when.relative_to in self.x.events:
            other = self.event(self.x.events[when.relative_to])
            basis = Markup(f"{basis}; dated by another event: {other}")
        return basis


# Made from a folder, not a page: "folder/_" stands for any page in it.
def _record_link(record: Any, kind: str, folder: str) -> Markup:
    return link(
        getattr(record, TITLE_FIELDS[kind]), page_path(kind, record.id), posixpath.join(folder, "_")
    )


def _cite(source: Source, paragraphs: tuple[int, ...], folder: str) -> Markup:
    here, target = posixpath.join(folder, "_"), page_path("sources", source.id)
    parts = [link(f"¶{n}", target, here, f"p{n}") for n in paragraphs]
    return Markup(f"{escape_md(source.outlet)} {', '.join(parts)}")
