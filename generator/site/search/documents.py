"""A built page's HTML -> the documents a reader can find in search.

Every page gives a document for itself (its title and the text before its first
section) and one per section (a heading with an id). The generator's pages also mark
two finer kinds, which become documents of their own so that a result can say what it
is: a claim (`data-search-claim="quote"` or `"paraphrase"`, with `data-search-speaker`)
and a paragraph of a source (`class="explainer-paragraph"` with an id). Anything under
`data-search-exclude` (Material's own attribute) is left out, as Material's search does:
on a heading, its whole section.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field

from ...text.html import TEXT_BREAKS
from ..i18n import N_

RECORD_KINDS = {"actors": "Actor", "events": "Event", "disputes": "Dispute", "sources": "Source"}
"""A page at <folder>/<id>/ is a record of this kind; any other page is a "Page"."""

CLAIM_KINDS = {"quote": "Quote", "paraphrase": "Paraphrase"}

KINDS = (
    N_("Actor"),
    N_("Event"),
    N_("Dispute"),
    N_("Source"),
    N_("Quote"),
    N_("Paraphrase"),
    N_("Source paragraph"),
    N_("Section"),
    N_("Page"),
)
"""Every kind a document may be. The index keeps these English names; the worker shows
each in the site's language, from the labels the manifest carries (site.py)."""

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}


@dataclass
class Document:
    """One thing a reader can find: a page, a section, a claim or a source paragraph."""

    location: str
    title: str
    kind: str
    text: str = ""
    names: tuple[str, ...] = ()
    detail: str = ""


@dataclass
class _Open:
    """A document being read, and which element closes it."""

    document: Document
    depth: int
    parts: list[str] = field(default_factory=list)
    claim: bool = False  # a claim's text is its words, not its attribution
    text_depth: int | None = None  # the depth of the open element of class CLAIM_TEXT


def page_kind(url: str) -> str:
    """ "Actor" for actors/x/, "Page" for a hand-written page or an index."""
    parts = url.strip("/").removesuffix(".html").split("/")
    if len(parts) == 2 and parts[1] != "index":
        return RECORD_KINDS.get(parts[0], "Page")
    return "Page"


CLAIM_TEXT = "explainer-claim-text"
"""The class of the element holding a claim's words (a quotation or a paraphrase)."""


def page_documents(html: str, url: str, title: str, names: list[str]) -> list[Document]:
    """The documents of one page: the page first, then its parts in reading order."""
    page = Document(url, title, page_kind(url), names=tuple(names))
    reader = _Reader(page)
    html = _RAW_TEXT.sub(" ", html)
    at = 0
    for tag in _TAG.finditer(html):
        if tag.start() > at:
            reader.handle_data(_text_of(html[at : tag.start()]))
        at = tag.end()
        name = tag[2].lower() if tag[2] else ""
        if not name:
            continue  # a comment or declaration
        if tag[1]:
            reader.handle_endtag(name)
            continue
        reader.handle_starttag(name, _attributes(tag[3]))
        if tag[3].rstrip().endswith("/") and name not in _VOID:
            reader.handle_endtag(name)
    reader.handle_data(_text_of(html[at:]))
    return reader.finish()


# A small tag scanner instead of html.parser, which took most of the time of reading
# pages. Pages come from Python-Markdown (and the sanitiser, for generated ones), so
# tags are well formed; script and style elements are dropped whole first.
_RAW_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(
    r"<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S
)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")


def _text_of(raw: str) -> str:
    return html_lib.unescape(raw) if "&" in raw else raw


def _attributes(raw: str) -> dict[str, str | None]:
    """The attributes reading looks at (most tags, such as links, have none of them)."""
    if "class" not in raw and "id" not in raw and "data-search" not in raw:
        return {}
    found: dict[str, str | None] = {}
    for a in _ATTRIBUTE.finditer(raw):
        value = a[2] if a[2] is not None else a[3] if a[3] is not None else a[4]
        found[a[1].lower()] = None if value is None else _text_of(value)
    return found


class _Reader:
    def __init__(self, page: Document) -> None:
        self.page = page
        self.section = _Open(page, 0)
        self.done: list[_Open] = [self.section]
        self.inner: _Open | None = None  # an open claim or paragraph
        self.depth = 0
        self.skip_below: int | None = None  # depth of an excluded element
        self.heading: tuple[str, int, list[str]] | None = None  # id, depth, text
        self.left_out = False  # in a section whose heading is marked data-search-exclude

    def handle_starttag(self, tag: str, a: dict[str, str | None]) -> None:
        if tag not in _VOID:
            self.depth += 1
        if self.skip_below is not None:
            return
        if tag in _HEADINGS and "data-search-exclude" in a and self.inner is None:
            # As in Material's search: a heading marked so leaves out its whole section.
            self.left_out = True
            self.skip_below = self.depth
            return
        if "data-search-exclude" in a or "headerlink" in (a.get("class") or "").split():
            if tag not in _VOID:
                self.skip_below = self.depth
            return
        classes = (a.get("class") or "").split()
        if "explainer-sr" in classes and tag not in _VOID:
            # "The Wire, paragraph " said to a screen reader before a citation's number: a
            # result shows "The Wire ¶6", as the page does (the ¶ is drawn by the style sheet)
            self._text("¶")
            self.skip_below = self.depth
            return
        if self.inner is not None and self.inner.claim and CLAIM_TEXT in classes:
            self.inner.text_depth = self.depth
        if tag in TEXT_BREAKS:
            self._text(" ")
        if tag in _HEADINGS and a.get("id") and self.inner is None:
            self.heading = (a["id"] or "", self.depth, [])
        elif tag == "h1":
            self.heading = ("", self.depth, [])  # the page's own title: not its text
        elif self.left_out:
            return
        elif self.inner is None and a.get("data-search-claim") in CLAIM_KINDS:
            section = self.section.document.location
            self._open_inner(
                CLAIM_KINDS[a["data-search-claim"] or ""],
                a.get("data-search-speaker") or "",
                section if "#" in section else f"{section}#",  # a part, even before a heading
            )
        elif self.inner is None and "explainer-paragraph" in (a.get("class") or "").split():
            anchor = a.get("id") or ""
            number = anchor.removeprefix("p")
            self._open_inner("Source paragraph", f"¶{number}", f"{self.page.location}#{anchor}")
        elif "explainer-paragraph-number" in (a.get("class") or "").split() and tag not in _VOID:
            self.skip_below = self.depth  # the "¶4" link: the title says it already

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self.skip_below is not None:
            if self.depth == self.skip_below:
                self.skip_below = None
            self.depth -= 1
            return
        if self.heading and self.depth == self.heading[1]:
            anchor, _, words = self.heading
            self.heading = None
            if anchor:
                heading = " ".join("".join(words).split())
                location = f"{self.page.location}#{anchor}"
                self.section = _Open(Document(location, heading, "Section"), 0)
                self.done.append(self.section)
                self.left_out = False
        elif self.inner and self.depth == self.inner.depth:
            self.inner = None
        elif self.inner and self.depth == self.inner.text_depth:
            self.inner.text_depth = None
        if tag in TEXT_BREAKS:
            self._text(" ")
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.skip_below is None:
            self._text(data)

    def _text(self, data: str) -> None:
        if self.heading is not None:
            self.heading[2].append(data)
        elif self.inner is not None:
            if not self.inner.claim or self.inner.text_depth is not None:
                self.inner.parts.append(data)
        elif not self.left_out:
            self.section.parts.append(data)

    def _open_inner(self, kind: str, title: str, location: str) -> None:
        detail = self.section.document.title if kind != "Source paragraph" else self.page.title
        self.inner = _Open(Document(location, title, kind, detail=detail), self.depth)
        self.inner.claim = kind in CLAIM_KINDS.values()
        self.done.append(self.inner)

    def finish(self) -> list[Document]:
        documents = []
        for part in self.done:
            part.document.text = " ".join("".join(part.parts).split())
            if part.document is self.page or part.document.text or part.document.kind != "Section":
                documents.append(part.document)
        return documents
