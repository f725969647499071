"""Links and citations, written as seen from one page."""

from __future__ import annotations

import posixpath
from typing import Any

from markupsafe import Markup

from ...records.explainer import Explainer
from ...records.model import TITLE_FIELDS, Actor, Citation, Dispute, Event, Source, When
from ..markup import escape_md, external_link, link, page_path, relative
from .dates import day


class Links:
    """Every link on one page (`here`, docs-relative): to records, paragraphs and pages."""

    def __init__(self, explainer: Explainer, here: str) -> None:
        self.x = explainer
        self.here = here
        self._folder = here.rpartition("/")[0]
        self.cited: dict[str, None] = {}  # the sources cited on this page, in order

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
        """'CBS News ¶3, ¶4' with each paragraph linking to its anchor on the source page
        (see `_cite`)."""
        source = self.x.sources[citation.source]
        self.cited[source.id] = None
        return self.x.memo(
            _cite, source, ("sources", source.id), tuple(citation.paragraphs), self._folder
        )

    def cites(self, citations: list[Citation]) -> Markup:
        return Markup("; ".join(self.cite(c) for c in citations))

    def sources_cited(self) -> list[dict[str, Markup]]:
        """Every source cited on this page so far, with its original address (or why it
        has none): what a printed page keeps of where its statements come from."""
        found = []
        for source in sorted((self.x.sources[i] for i in self.cited), key=_by_date):
            title = f"{source.outlet}, “{source.headline}”, {day(source.published)}"
            found.append(
                {
                    "link": self.to(title, page_path("sources", source.id)),
                    "original": external_link(source.url, source.url)
                    if source.url
                    else Markup(f"not online: {escape_md(source.offline)}")
                    if source.offline
                    else Markup("address not noted"),
                }
            )
        return found

    def basis(self, when: When) -> Markup:
        """'the CBS News report of 15 September 2011 says “on Wednesday”', and the event it
        dates this one by, if any."""
        source = self.x.sources[when.source]
        report = self.to(
            f"the {source.outlet} report of {day(source.published)}",
            page_path("sources", source.id),
        )
        basis = Markup(f"{report} says “{escape_md(when.basis)}”")
        if when.relative_to and when.relative_to in self.x.events:
            other = self.event(self.x.events[when.relative_to])
            basis = Markup(f"{basis}, counting from another event: {other}")
        return basis


# Made from a folder, not a page: "folder/_" stands for any page in it.
def _record_link(record: Any, kind: str, folder: str) -> Markup:
    return link(
        getattr(record, TITLE_FIELDS[kind]), page_path(kind, record.id), posixpath.join(folder, "_")
    )


def _by_date(source: Source) -> tuple[Any, str]:
    return source.published, source.id


PREVIEW_CHARS = 400
"""The most characters of a cited paragraph a citation's preview shows."""


def _cite(source: Source, paragraphs: tuple[int, ...], folder: str) -> Markup:
    """'CBS News ¶3, ¶4': each paragraph a link named for screen readers ('CBS News,
    paragraph 3'; the '¶' is drawn by explainer.css) and titled with the paragraph's
    text, which is its preview on hover, focus and tap."""
    href = relative(page_path("sources", source.id), posixpath.join(folder, "_"))
    outlet = escape_md(source.outlet)
    parts = [
        Markup(
            f'<a class="explainer-cite" href="{href}#p{n}" title="{escape_md(preview(source, n))}">'
            f'<small class="explainer-sr">{outlet}, paragraph </small>{n}</a>'
        )
        for n in paragraphs
    ]
    return Markup(f"{outlet} {', '.join(parts)}")


def preview(source: Source, n: int) -> str:
    """The start of paragraph `n` of a source, in quotation marks: what a citation shows
    of it without leaving the page."""
    text = " ".join(source.paragraphs[n - 1].text.split())
    if len(text) > PREVIEW_CHARS:
        text = text[: PREVIEW_CHARS - 1].rsplit(" ", 1)[0] + " …"
    return f"“{text}”"
