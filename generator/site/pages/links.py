"""Links and citations, written as seen from one page."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from markupsafe import Markup

from ...records.explainer import Explainer
from ...records.model import TITLE_FIELDS, Actor, Citation, Dispute, Event, Source, When
from ..i18n import ENGLISH, N_, Language
from ..markup import external_link, link, page_path, relative
from .dates import day


class Links:
    """Every link on one page (`here`, docs-relative): to records, paragraphs and pages."""

    def __init__(self, explainer: Explainer, here: str, lang: Language = ENGLISH) -> None:
        self.x = explainer
        self.here = here
        self.lang = lang
        self._folder = here.rpartition("/")[0]
        self.cited: dict[str, None] = {}  # the sources cited on this page, in order

    def to(self, text: object, target: str, anchor: str = "") -> Markup:
        """A link to any page of the site (docs-relative)."""
        return link(self.lang.data(text), target, self.here, anchor)

    # Pages link to the same records over and over, and a link depends only on its target
    # and the folder it is made from: each is made once and kept in the explainer's memo.

    def record(self, kind: str, record: Any) -> Markup:
        """A link to a record's page, titled with its name, title, question or headline."""
        return self.x.memo(_record_link, record, (kind, record.id), kind, self._folder, self.lang)

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
            groups.setdefault(self.lang._(KIND_NAMES[referrer_kind]), []).append(
                self.record(referrer_kind, record)
            )
        return list(groups.items())

    def cite(self, citation: Citation) -> Markup:
        """'CBS News ¶3, ¶4' with each paragraph linking to its anchor on the source page
        (see `_cite`)."""
        source = self.x.sources[citation.source]
        self.cited[source.id] = None
        return self.x.memo(
            _cite,
            source,
            ("sources", source.id),
            tuple(citation.paragraphs),
            self._folder,
            self.lang,
            source.id in self.x.shared_outlets,
            source.id in self.x.shared_days,
        )

    def cites(self, citations: list[Citation]) -> Markup:
        return Markup("; ".join(self.cite(c) for c in citations))

    def sources_cited(self) -> list[dict[str, Markup]]:
        """Every source cited on this page so far, with its original address (or why it
        has none): what a printed page keeps of where its statements come from."""
        found = []
        lang = self.lang
        for source in sorted((self.x.sources[i] for i in self.cited), key=_by_date):
            title = lang.markup(
                "{outlet}, “{headline}”, {date}",
                outlet=source.outlet,
                headline=source.headline,
                date=day(source.published, lang),
            )
            found.append(
                {
                    "link": self.to(title, page_path("sources", source.id)),
                    "original": external_link(source.url, source.url)
                    if source.url
                    else lang.markup("not online: {why}", why=source.offline)
                    if source.offline
                    else lang.markup("address not noted"),
                }
            )
        return found

    def basis(self, when: When) -> Markup:
        """'the CBS News report of 15 September 2011 says “on Wednesday”', and the event it
        dates this one by, if any."""
        source, lang = self.x.sources[when.source], self.lang
        phrase = N_("the {outlet} report of {date}")
        outlet = source.outlet
        if re.search(r"\bthe \{outlet\}", lang._(phrase), re.I):
            outlet = re.sub(r"^the\s+", "", outlet, flags=re.I)  # not "the The Times report"
        report = self.to(
            lang.markup(phrase, outlet=outlet, date=day(source.published, lang)),
            page_path("sources", source.id),
        )
        basis = lang.markup("{report} says “{words}”", report=report, words=when.basis)
        if when.relative_to and when.relative_to in self.x.events:
            other = self.event(self.x.events[when.relative_to])
            basis = lang.markup(
                "{basis}, counting from another event: {other}", basis=basis, other=other
            )
        return basis


KIND_NAMES = {
    "actors": N_("Actors"),
    "events": N_("Events"),
    "disputes": N_("Disputes"),
    "sources": N_("Sources"),
}
"""Each kind of record as a heading names the records of that kind."""


# Made from a folder, not a page: "folder/_" stands for any page in it.
def _record_link(record: Any, kind: str, folder: str, lang: Language) -> Markup:
    title = lang.data(getattr(record, TITLE_FIELDS[kind]))
    return link(title, page_path(kind, record.id), posixpath.join(folder, "_"))


def _by_date(source: Source) -> tuple[Any, str]:
    return source.published, source.id


JOINER = "\u2060"
"""U+2060 WORD JOINER: no line break here, and nothing shown."""
PREVIEW_CHARS = 400
"""The most characters of a cited paragraph a citation's preview shows."""


def _cite(
    source: Source,
    paragraphs: tuple[int, ...],
    folder: str,
    lang: Language,
    dated: bool,
    titled: bool = False,
) -> Markup:
    """'CBS News ¶3, ¶4': each paragraph a link named for screen readers ('CBS News,
    paragraph 3'; the '¶' is drawn by explainer.css) and titled with the paragraph's
    text, which is its preview on hover, focus and tap. `dated` when another source has
    the same outlet: 'Portvale Courier, 10 November 2026 ¶9'; `titled` when one has the
    same outlet and day too: 'Portvale Courier, 10 November 2026, “Ferry fares to rise” ¶9'."""
    href = relative(page_path("sources", source.id), posixpath.join(folder, "_"))
    outlet = lang.data(source.outlet)
    if titled:
        outlet = lang.markup(
            "{outlet}, {date}, “{headline}”",
            outlet=source.outlet,
            date=day(source.published, lang),
            headline=source.headline,
        )
    elif dated:
        outlet = lang.markup(
            "{outlet}, {date}", outlet=source.outlet, date=day(source.published, lang)
        )
    named = lang.markup("{outlet}, paragraph ", outlet=outlet)  # then the number
    parts = [
        Markup(
            f'<a class="explainer-cite" href="{href}#p{n}" title="{lang.data(preview(source, n))}">'
            f'<small class="explainer-sr">{named}</small>{lang.number(n)}</a>'
        )
        for n in paragraphs
    ]
    # A word joiner after each link: a browser may break a line after an inline-block, and
    # the comma or full stop after "¶7" would begin the next line.
    return Markup(f"{outlet} {(JOINER + lang._(', ')).join(parts)}{JOINER}")


def preview(source: Source, n: int) -> str:
    """The start of paragraph `n` of a source, in quotation marks: what a citation shows
    of it without leaving the page."""
    text = " ".join(source.paragraphs[n - 1].text.split())
    if len(text) > PREVIEW_CHARS:
        text = text[: PREVIEW_CHARS - 1].rsplit(" ", 1)[0] + " …"
    return f"“{INNER_QUOTE.sub(_single, text)}”"


INNER_QUOTE = re.compile(r'(?P<open>(?:^|(?<=[\s(\[—–-]))")|[“”"]')
"""A quotation mark inside the previewed paragraph: inside the preview's own marks, a
quotation in it takes single ones ("“‘We will appeal,’ she said.”", never "“"We…"”")."""


def _single(mark: re.Match[str]) -> str:
    return "‘" if mark["open"] or mark[0] == "“" else "’"
